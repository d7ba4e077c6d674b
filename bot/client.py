"""The Pressbox bot: a `commands.Bot` that owns the store and loads every cog in `cogs/`.

Construction is the same for `pressbox run` and the end-to-end tests; only the token and the
endpoints differ. Cogs reach the store through `bot.store` and the settings through `bot.settings`.
"""
from __future__ import annotations

import logging
import pkgutil

import discord
from discord.ext import commands

import cogs
from bot.settings import Settings
from bot.store import Store

log = logging.getLogger(__name__)


def member_cooldown():
    """The per-user cooldown on members' commands: 3 uses per 10 seconds, prefix and slash alike."""
    return commands.cooldown(3, 10.0, commands.BucketType.user)


def extension_names() -> list[str]:
    """Every module in `cogs/`, as extension names; adding a cog is adding a file."""
    return sorted(f"cogs.{module.name}" for module in pkgutil.iter_modules(cogs.__path__) if not module.name.startswith("_"))


class PressboxBot(commands.Bot):
    store: Store

    def __init__(self, settings: Settings):
        intents = discord.Intents.default()
        intents.guilds = True
        intents.message_content = True  # prefix commands read the message text
        super().__init__(
            command_prefix=commands.when_mentioned_or(settings.command_prefix),
            intents=intents,
            allowed_mentions=discord.AllowedMentions.none(),  # quoted text must never ping
            help_command=None,  # replaced by the `help` command in cogs/help.py
            description="Quotes, two-legged ties and the latest football news, read from articles.",
        )
        self.settings = settings

    async def setup_hook(self) -> None:
        await self.prepare()
        await self.sync_app_commands()

    async def prepare(self) -> None:
        """Open the store and load the cogs: everything setup_hook does without talking to Discord."""
        self.store = await Store.open(self.settings.db_path)
        for name in extension_names():
            await self.load_extension(name)
        log.info("Store %s open; loaded %s", self.settings.db_path, ", ".join(extension_names()))

    async def sync_app_commands(self) -> None:
        """Register the slash commands: instantly in the dev guild when one is set, else globally."""
        if self.settings.dev_guild_id:
            guild = discord.Object(id=self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("Synced %d slash commands to guild %s", len(synced), guild.id)
        else:
            synced = await self.tree.sync()
            log.info("Synced %d slash commands globally", len(synced))

    async def on_ready(self) -> None:
        log.info("Logged in as %s in %d servers", self.user, len(self.guilds))

    async def close(self) -> None:
        """Unload the cogs (stopping the watcher), disconnect, then close the store."""
        await super().close()
        store = vars(self).pop("store", None)  # popped first, so a second close() does not close it twice
        if store is not None:
            await store.close()

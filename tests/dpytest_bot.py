"""The real PressboxBot under dpytest, for tests of the cogs' behaviour without a gateway."""
from __future__ import annotations

from pathlib import Path

import discord
import discord.ext.test as dpytest

from bot.client import PressboxBot
from bot.settings import Settings
from bot.store import Store


async def configured_bot(db_path: Path, *extensions: str, **world) -> PressboxBot:
    """A PressboxBot on a Store at `db_path` with `extensions` loaded, in a dpytest world.

    `world` goes to `dpytest.configure` (guilds, text_channels, members ...). The watcher's loop
    waits for a READY that dpytest never sends, so tests drive it with `run_once()`.
    """
    bot = PressboxBot(Settings(db_path=db_path, command_prefix="!", watch_interval=3600))
    await bot._async_setup_hook()
    # dpytest adds every member, the bot's own included, through member-add events, which discord.py
    # caches only with the members intent. Discord sends the bot's member (guild.me) regardless.
    bot._connection._intents.members = True
    bot._connection.member_cache_flags = discord.MemberCacheFlags.all()
    dpytest.configure(bot, **world)
    bot.store = await Store.open(db_path)
    for name in extensions:
        await bot.load_extension(name)
    return bot


def sent_messages() -> list[discord.Message]:
    """Everything the bot sent since the last call, oldest first."""
    messages = []
    while not dpytest.sent_queue.empty():
        messages.append(dpytest.sent_queue.get_nowait())
    return messages


async def close_bot(bot: PressboxBot) -> None:
    """`bot.close()` as in production (cogs unloaded, store closed), minus dpytest's websocket,
    which has no socket to close."""
    await dpytest.empty_queue()
    bot.ws = None
    await bot.close()

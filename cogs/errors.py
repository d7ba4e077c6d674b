"""One place that answers failed commands: a short hint for members' mistakes, an apology and a
logged traceback for our own bugs. Covers prefix and hybrid commands (`on_command_error`) and plain
app commands (the tree's `on_error`).
"""
from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import PressboxBot
from bot.render_embed import NO_PINGS, fit_content

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side. It has been logged."


def _permission_names(permissions: list[str]) -> str:
    return ", ".join(p.replace("_", " ").replace("guild", "server").title() for p in permissions)


def _retry_hint(seconds: float) -> str:
    return f"Slow down a little — try again in {max(seconds, 1):.0f}s."


def usage(ctx: commands.Context) -> str:
    """`!quote <person> [keywords]`, or `/quote` for slash commands."""
    command = ctx.command
    if command is None:
        return ""
    if ctx.interaction is not None:
        return f"`/{command.qualified_name}`"
    text = f"{ctx.clean_prefix}{command.qualified_name} {command.signature}".strip()
    return f"`{text}`"


def command_error_hint(ctx: commands.Context, error: commands.CommandError) -> str | None:
    """The reply to a member's mistake, or None when the error is ours: a bug to apologise for."""
    if isinstance(error, commands.MissingRequiredArgument):
        return f"Missing `{error.param.name}`. Usage: {usage(ctx)}"
    if isinstance(error, (commands.BadArgument, commands.BadUnionArgument, commands.TooManyArguments)):
        return f"{error} Usage: {usage(ctx)}"
    if isinstance(error, commands.UserInputError):
        return f"I couldn't read that. Usage: {usage(ctx)}"
    if isinstance(error, commands.CommandOnCooldown):
        return _retry_hint(error.retry_after)
    if isinstance(error, commands.NoPrivateMessage):
        return "That command only works in a server."
    if isinstance(error, commands.MissingPermissions):
        return f"You need the {_permission_names(error.missing_permissions)} permission for that."
    if isinstance(error, commands.BotMissingPermissions):
        return f"I need the {_permission_names(error.missing_permissions)} permission here for that."
    if isinstance(error, commands.CheckFailure):
        return "You can't use that command here."
    if isinstance(error, commands.HybridCommandError) and isinstance(error.original, app_commands.TransformerError):
        return f"{error.original} Usage: {usage(ctx)}"
    return None


def app_command_error_hint(error: app_commands.AppCommandError) -> str | None:
    """The same as `command_error_hint`, for app commands that are not hybrid."""
    if isinstance(error, app_commands.CommandOnCooldown):
        return _retry_hint(error.retry_after)
    if isinstance(error, app_commands.NoPrivateMessage):
        return "That command only works in a server."
    if isinstance(error, app_commands.MissingPermissions):
        return f"You need the {_permission_names(error.missing_permissions)} permission for that."
    if isinstance(error, app_commands.BotMissingPermissions):
        return f"I need the {_permission_names(error.missing_permissions)} permission here for that."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use that command here."
    if isinstance(error, app_commands.TransformerError):
        return str(error)
    return None


class Errors(commands.Cog):
    """Replies to failed commands."""

    def __init__(self, bot: PressboxBot):
        self.bot = bot
        self._previous_tree_on_error = bot.tree.on_error
        bot.tree.on_error = self.on_app_command_error

    async def cog_unload(self) -> None:
        self.bot.tree.on_error = self._previous_tree_on_error

    @commands.Cog.listener()
    async def on_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:
        if isinstance(error, commands.CommandNotFound):
            return  # another bot's prefix, or a typo: silence is friendlier than a reply to every "!"
        hint = command_error_hint(ctx, error)
        if hint is None:
            original = getattr(error, "original", error)
            name = ctx.command.qualified_name if ctx.command else ctx.invoked_with
            log.error("Command %s failed (guild %s, channel %s, user %s)", name,
                      ctx.guild and ctx.guild.id, ctx.channel.id, ctx.author.id, exc_info=original)
        try:
            await ctx.send(fit_content(hint or APOLOGY), ephemeral=True, allowed_mentions=NO_PINGS)
        except discord.HTTPException:
            log.warning("Could not reply to a failed command in channel %s", ctx.channel.id, exc_info=True)

    async def on_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        hint = app_command_error_hint(error)
        if hint is None:
            original = getattr(error, "original", error)
            name = interaction.command.qualified_name if interaction.command else "?"
            log.error("App command /%s failed (guild %s, user %s)", name, interaction.guild_id, interaction.user.id,
                      exc_info=original)
        text = fit_content(hint or APOLOGY)
        try:
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_PINGS)
            else:
                await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)
        except discord.HTTPException:
            log.warning("Could not reply to a failed app command", exc_info=True)


async def setup(bot: PressboxBot) -> None:
    await bot.add_cog(Errors(bot))

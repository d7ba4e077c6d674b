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
from bot.render_embed import NO_PINGS, escape, fit_content, permission_names

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side. It has been logged."


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


def error_hint(error: Exception, usage: str = "") -> str | None:
    """The reply to a member's mistake, or None when the error is ours: a bug to apologise for.

    One answer for prefix, hybrid and plain app commands alike (`commands.*` and `app_commands.*`
    errors). Error texts that repeat what the member typed ("Channel "…" not found.") are escaped.
    """
    if isinstance(error, commands.HybridCommandError):
        error = error.original  # a slash invocation of a hybrid command: the app command error inside
    with_usage = f" Usage: {usage}" if usage else ""
    if isinstance(error, commands.MissingRequiredArgument):
        return f"Missing `{error.param.name}`.{with_usage}"
    if isinstance(error, (commands.BadArgument, commands.BadUnionArgument, commands.TooManyArguments,
                          app_commands.TransformerError)):
        return f"{escape(str(error))}{with_usage}"
    if isinstance(error, commands.UserInputError):
        return f"I couldn't read that.{with_usage}"
    if isinstance(error, (commands.CommandOnCooldown, app_commands.CommandOnCooldown)):
        return _retry_hint(error.retry_after)
    if isinstance(error, (commands.NoPrivateMessage, app_commands.NoPrivateMessage)):
        return "That command only works in a server."
    if isinstance(error, (commands.MissingPermissions, app_commands.MissingPermissions)):
        return f"You need the {permission_names(error.missing_permissions)} permission for that."
    if isinstance(error, (commands.BotMissingPermissions, app_commands.BotMissingPermissions)):
        return f"I need the {permission_names(error.missing_permissions)} permission here for that."
    if isinstance(error, (commands.CheckFailure, app_commands.CheckFailure)):
        return "You can't use that command here."
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
        hint = error_hint(error, usage(ctx))
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
        command = interaction.command
        hint = error_hint(error, f"`/{command.qualified_name}`" if command is not None else "")
        if hint is None:
            original = getattr(error, "original", error)
            name = command.qualified_name if command is not None else "?"
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

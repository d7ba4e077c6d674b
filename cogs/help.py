"""`help [command]`: every command at a glance, or how to use one, as an embed (also `/help`)."""
from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import PressboxBot
from bot.render_embed import ACCENT, NO_PINGS, choices, enforce_limits, escape, fit_content

CATEGORY_ORDER = ("Quotes", "Ties", "News", "Server settings")


def _visible_commands(cog: commands.Cog) -> list[commands.Command]:
    """A cog's commands with groups opened up, so `newschannel set` is listed, not just `newschannel`."""
    return [command for command in cog.walk_commands() if not command.hidden]


def _usage(prefix: str, command: commands.Command) -> str:
    """`!quote <person> [keywords]`; for slash, a hybrid group is named by its fallback (`/newschannel show`)."""
    name = command.qualified_name
    if prefix == "/" and isinstance(command, commands.HybridGroup) and command.fallback:
        name = f"{name} {command.fallback}"
    return f"{prefix}{name} {command.signature}".strip()


def _summary(command: commands.Command) -> str:
    return command.short_doc or "No description."


class Help(commands.Cog):
    """How to use Pressbox."""

    def __init__(self, bot: PressboxBot):
        self.bot = bot

    @commands.hybrid_command(name="help")
    @app_commands.describe(command="A command to explain")
    async def help(self, ctx: commands.Context, *, command: str | None = None) -> None:
        """Every command, or how to use one of them."""
        prefix = ctx.clean_prefix if ctx.interaction is None else "/"
        if command is None:
            await ctx.send(embed=self.overview(prefix), allowed_mentions=NO_PINGS)
            return
        found = self.bot.get_command(command.removeprefix(prefix).strip())
        if found is None or found.hidden:
            # Escaped, not put in a code span: a backtick in `command` would end the span early.
            await ctx.send(fit_content(f"No command called “{escape(command)}”. `{prefix}help` lists them all."),
                           ephemeral=True, allowed_mentions=NO_PINGS)
            return
        await ctx.send(embed=self.details(prefix, found), allowed_mentions=NO_PINGS)

    @help.autocomplete("command")
    async def command_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        names = sorted(c.qualified_name for c in self.bot.walk_commands() if not c.hidden)
        return choices([name for name in names if current.lower() in name])

    def overview(self, prefix: str) -> discord.Embed:
        embed = discord.Embed(
            title="Pressbox commands",
            description=f"{self.bot.description}\nType `{self.bot.settings.command_prefix}` or mention me; "
                        "every command is also a slash command.",
            colour=ACCENT,
        )
        ranked = sorted(self.bot.cogs.values(), key=self._category_rank)
        for cog in ranked:
            listed = _visible_commands(cog)
            if not listed or cog is self:
                continue
            lines = [f"`{_usage(prefix, c)}` — {_summary(c)}" for c in listed]
            embed.add_field(name=cog.qualified_name, value=f"*{cog.description}*\n" + "\n".join(lines), inline=False)
        embed.set_footer(text=f"{prefix}help <command> explains one command.")
        return enforce_limits(embed)

    def details(self, prefix: str, command: commands.Command) -> discord.Embed:
        embed = discord.Embed(title=_usage(prefix, command), description=command.help or _summary(command), colour=ACCENT)
        if command.aliases:
            embed.add_field(name="Also", value=", ".join(f"`{prefix}{a}`" for a in command.aliases))
        if isinstance(command, commands.Group):
            embed.add_field(
                name="Subcommands",
                value="\n".join(f"`{_usage(prefix, sub)}` — {_summary(sub)}" for sub in command.commands),
                inline=False,
            )
        if command.cog is not None:
            embed.set_footer(text=f"{command.cog.qualified_name}: {command.cog.description}")
        return enforce_limits(embed)

    @staticmethod
    def _category_rank(cog: commands.Cog) -> tuple[int, str]:
        name = cog.qualified_name
        return (CATEGORY_ORDER.index(name) if name in CATEGORY_ORDER else len(CATEGORY_ORDER), name)


async def setup(bot: PressboxBot) -> None:
    await bot.add_cog(Help(bot))

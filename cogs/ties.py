"""`tie <team> [other]`: a two-legged tie, both legs, the aggregate and who went through."""
from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import query
from bot.client import PressboxBot, member_cooldown
from bot.render_embed import NO_PINGS, choices, tie_embed, tie_not_found


class Ties(commands.Cog):
    """Two-legged ties read from match reports."""

    def __init__(self, bot: PressboxBot):
        self.bot = bot

    @commands.hybrid_command(name="tie", usage="<team> [other team]")
    @member_cooldown()
    @app_commands.describe(team="A team in the tie", other="The team they played, when there were several ties")
    async def tie(self, ctx: commands.Context, team: str, *, other: str | None = None) -> None:
        """Both legs of a team's two-legged tie, the aggregate and who went through."""
        if ctx.interaction is None and other:
            # `!tie Real Madrid Leganes`: where the first name ends is for the store's names to say.
            team, other = await query.split_teams(self.bot.store, [team, *other.split()])
        answer = await query.tie_for(self.bot.store, team, other)
        if not answer.found:
            await ctx.send(tie_not_found(answer), ephemeral=True, allowed_mentions=NO_PINGS)
            return
        await ctx.send(embed=tie_embed(answer), allowed_mentions=NO_PINGS)

    @tie.autocomplete("team")
    @tie.autocomplete("other")
    async def team_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return choices(await query.team_choices(self.bot.store, current))


async def setup(bot: PressboxBot) -> None:
    await bot.add_cog(Ties(bot))

"""`quote <person> [keywords]`: what someone said, as embeds that page with Prev/Next buttons."""
from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot import query
from bot.answers import QuoteAnswer
from bot.client import PressboxBot, member_cooldown
from bot.render_embed import NO_PINGS, choices, quote_embed, quote_not_found

log = logging.getLogger(__name__)

PAGE_TIMEOUT = 120.0


class QuotePages(discord.ui.View):
    """Prev/Next through the quotes of one answer; only the member who asked can turn the pages."""

    def __init__(self, answer: QuoteAnswer, owner_id: int, timeout: float = PAGE_TIMEOUT):
        super().__init__(timeout=timeout)
        self.answer = answer
        self.owner_id = owner_id
        self.index = 0
        self.message: discord.Message | None = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.previous_page.disabled = self.index == 0
        self.next_page.disabled = self.index == len(self.answer.quotes) - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "These pages belong to whoever asked — try `/quote` yourself.", ephemeral=True, allowed_mentions=NO_PINGS
        )
        return False

    @discord.ui.button(label="Prev", emoji="◀️", style=discord.ButtonStyle.secondary)
    async def previous_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label="Next", emoji="▶️", style=discord.ButtonStyle.secondary)
    async def next_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._turn(interaction, +1)

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        self.index = max(0, min(self.index + step, len(self.answer.quotes) - 1))
        self._update_buttons()
        await interaction.response.edit_message(embed=quote_embed(self.answer, self.index), view=self)

    async def on_timeout(self) -> None:
        """Grey the buttons out so nobody presses a dead button."""
        for item in self.children:
            item.disabled = True
        if self.message is not None:
            try:
                await self.message.edit(view=self, allowed_mentions=NO_PINGS)
            except discord.HTTPException:
                log.debug("Could not disable quote buttons on message %s", self.message.id, exc_info=True)


class Quotes(commands.Cog):
    """What people said, read from the articles."""

    def __init__(self, bot: PressboxBot):
        self.bot = bot

    @commands.hybrid_command(name="quote", usage="<person> [keywords]")
    @member_cooldown()
    @app_commands.describe(person="Who said it (surname is enough)", keywords="Words the quote should contain")
    async def quote(self, ctx: commands.Context, person: str, *, keywords: str | None = None) -> None:
        """Quotes from a person, newest first, optionally only those containing some words."""
        if ctx.interaction is None and keywords:
            # `!quote Sergio Ramos responsible`: where the name ends is for the store's names to say.
            person, keywords = await query.split_person_and_keywords(self.bot.store, [person, *keywords.split()])
        answer = await query.quotes_for(self.bot.store, person, keywords)
        if not answer.quotes:
            await ctx.send(quote_not_found(answer), ephemeral=True, allowed_mentions=NO_PINGS)
            return
        if len(answer.quotes) == 1:
            await ctx.send(embed=quote_embed(answer), allowed_mentions=NO_PINGS)
            return
        pages = QuotePages(answer, owner_id=ctx.author.id)
        pages.message = await ctx.send(embed=quote_embed(answer), view=pages, allowed_mentions=NO_PINGS)

    @quote.autocomplete("person")
    async def person_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return choices(await query.speaker_choices(self.bot.store, current))


async def setup(bot: PressboxBot) -> None:
    await bot.add_cog(Quotes(bot))

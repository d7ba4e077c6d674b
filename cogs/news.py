"""`news` for members; `newschannel set|clear|show` and `status` for server managers."""
from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import query
from bot.client import PressboxBot, member_cooldown
from bot.render_embed import NO_NEWS, NO_PINGS, news_embed, permission_names, status_embed

LATEST_COUNT = 5
POST_PERMISSIONS = ("view_channel", "send_messages", "embed_links")
_manages_server = commands.has_guild_permissions(manage_guild=True).predicate


def missing_post_permissions(channel: discord.TextChannel) -> list[str]:
    """The permissions Pressbox lacks to post article embeds in `channel` ("send_messages", …)."""
    granted = channel.permissions_for(channel.guild.me)
    return [name for name in POST_PERMISSIONS if not getattr(granted, name)]


class News(commands.Cog):
    """The latest articles."""

    def __init__(self, bot: PressboxBot):
        self.bot = bot

    @commands.hybrid_command(name="news")
    @member_cooldown()
    async def news(self, ctx: commands.Context) -> None:
        """The five latest articles, with a summary of each."""
        answer = await query.latest_news(self.bot.store, limit=LATEST_COUNT)
        if not answer.articles:
            await ctx.send(NO_NEWS, ephemeral=True, allowed_mentions=NO_PINGS)
            return
        await ctx.send(embed=news_embed(answer), allowed_mentions=NO_PINGS)


class NewsAdmin(commands.Cog, name="Server settings"):
    """Where new articles are posted in this server. Needs the Manage Server permission."""

    def __init__(self, bot: PressboxBot):
        self.bot = bot

    async def cog_check(self, ctx: commands.Context) -> bool:
        # Prefix commands and hybrid subcommands alike; slash commands are also hidden by default_permissions.
        return await _manages_server(ctx)

    @commands.hybrid_group(name="newschannel", fallback="show")
    @commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def newschannel(self, ctx: commands.Context) -> None:
        """Show the channel where new articles are posted."""
        cursor = await self.bot.store.guild_channel(ctx.guild.id)
        if cursor is None:
            text = f"No news channel yet. Set one with `{ctx.clean_prefix}newschannel set #channel`."
        else:
            text = f"New articles are posted in <#{cursor.channel_id}>."
        await ctx.send(text, ephemeral=True, allowed_mentions=NO_PINGS)

    @newschannel.command(name="set")
    @app_commands.describe(channel="The text channel for new articles")
    async def newschannel_set(self, ctx: commands.Context, channel: discord.TextChannel) -> None:
        """Post every new article in this channel, from the next one added on."""
        if missing := missing_post_permissions(channel):
            await ctx.send(f"I can't post in {channel.mention}: I need {permission_names(missing)} there.",
                           ephemeral=True, allowed_mentions=NO_PINGS)
            return
        await self.bot.store.set_news_channel(ctx.guild.id, channel.id)
        self.bot.dispatch("news_channel_set", ctx.guild.id, channel.id)  # the watcher forgets its past failures
        stored = await self.bot.store.article_count()
        await ctx.send(
            f"New articles will be posted in {channel.mention}, starting with the next one added "
            f"(the {stored} already stored are not reposted; `{ctx.clean_prefix}news` shows the latest).",
            allowed_mentions=NO_PINGS,
        )

    @newschannel.command(name="clear")
    async def newschannel_clear(self, ctx: commands.Context) -> None:
        """Stop posting new articles in this server."""
        await self.bot.store.set_news_channel(ctx.guild.id, None)
        await ctx.send("New articles are no longer posted in this server.", allowed_mentions=NO_PINGS)

    @commands.hybrid_command(name="status")
    @commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def status(self, ctx: commands.Context) -> None:
        """Articles stored, this server's news channel, the last post and any error."""
        cursor = await self.bot.store.guild_channel(ctx.guild.id)
        watcher = self.bot.get_cog("Watcher")
        watching = watcher.status_for(ctx.guild.id, cursor and cursor.channel_id) if watcher is not None else None
        embed = status_embed(await self.bot.store.article_count(), cursor, watching)
        await ctx.send(embed=embed, ephemeral=True, allowed_mentions=NO_PINGS)


async def setup(bot: PressboxBot) -> None:
    await bot.add_cog(News(bot))
    await bot.add_cog(NewsAdmin(bot))

"""`news` for members; `newschannel set|clear|show` and `status` for server managers."""
from __future__ import annotations

import datetime

import discord
from discord import app_commands
from discord.ext import commands

from bot import query
from bot.client import PressboxBot, member_cooldown
from bot.render_embed import ACCENT, NO_NEWS, NO_PINGS, enforce_limits, news_embed, permission_names
from bot.store import ChannelCursor

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
        store = self.bot.store
        embed = discord.Embed(title="Pressbox status", colour=ACCENT)
        embed.add_field(name="Articles stored", value=str(await store.article_count()))
        embed.add_field(name="Watcher", value=self._watcher_summary(), inline=False)
        cursor = await store.guild_channel(ctx.guild.id)
        if cursor is None:
            embed.add_field(name="News channel", value="Not set", inline=False)
        else:
            embed.add_field(name="News channel", value=f"<#{cursor.channel_id}>")
            embed.add_field(name="Last post", value=self._last_post(cursor))
            embed.add_field(name="Last error", value=cursor.last_error or "None", inline=False)
        await ctx.send(embed=enforce_limits(embed), ephemeral=True, allowed_mentions=NO_PINGS)

    def _watcher_summary(self) -> str:
        watcher = self.bot.get_cog("Watcher")
        if watcher is None:
            return "Not loaded"
        state = watcher.state
        lines = [f"{'Running' if watcher.running else 'Stopped'}, every {self.bot.settings.watch_interval:g}s"]
        if state.last_run_at:
            lines.append(f"Last checked {discord.utils.format_dt(state.last_run_at, 'R')}")
        lines.append(f"Posted {state.posted} since start")
        if state.last_error:
            lines.append(f"Last error {discord.utils.format_dt(state.last_error_at, 'R')}: {state.last_error}")
        return "\n".join(lines)

    @staticmethod
    def _last_post(cursor: ChannelCursor) -> str:
        if cursor.last_message_id is None or cursor.last_posted_at is None:
            return "Nothing posted yet"
        when = datetime.datetime.fromisoformat(cursor.last_posted_at)
        link = f"https://discord.com/channels/{cursor.guild_id}/{cursor.channel_id}/{cursor.last_message_id}"
        return f"[Article {cursor.last_article_id}]({link}), {discord.utils.format_dt(when, 'R')}"


async def setup(bot: PressboxBot) -> None:
    await bot.add_cog(News(bot))
    await bot.add_cog(NewsAdmin(bot))

"""Posts a summary of every new article to each server's news channel, exactly once.

The watcher polls the store, so articles added by any process (the CLI writing to the same SQLite
file while the bot runs) are picked up. Each channel has a cursor in the store: an article is marked
posted only after Discord accepted its message, so a crash never skips one. Each send also carries a
nonce derived from (channel, article), which Discord enforces, so a crash between the send and the
mark, followed by a quick restart, does not post it twice either.
"""
from __future__ import annotations

import asyncio
import datetime
import hashlib
import logging
from dataclasses import dataclass

import discord
from discord.ext import commands, tasks

from bot.answers import ArticleItem
from bot.client import PressboxBot
from bot.render_embed import NO_PINGS, article_embed

log = logging.getLogger(__name__)

BATCH_SIZE = 20  # articles per channel per round, so one long backlog does not hold up other servers
ERROR_RETRY_SECONDS = 300.0  # a channel that failed is retried this rarely, sparing Discord's invalid-request limit


@dataclass
class WatcherState:
    """What `status` shows about the watcher."""

    last_run_at: datetime.datetime | None = None
    last_error: str | None = None
    last_error_at: datetime.datetime | None = None
    posted: int = 0

    def record_error(self, text: str) -> None:
        self.last_error, self.last_error_at = text, discord.utils.utcnow()


def message_nonce(channel_id: int, article_id: int) -> str:
    """The same 24 characters every time one article is posted to one channel (Discord allows 25)."""
    return hashlib.blake2b(f"{channel_id}:{article_id}".encode(), digest_size=12).hexdigest()


def describe_failure(error: Exception) -> str:
    """One line for `status`: what went wrong posting to a channel."""
    if isinstance(error, discord.NotFound):
        return "The channel no longer exists (404). Set a new one with `newschannel set`."
    if isinstance(error, discord.Forbidden):
        return "Pressbox may not post there (403): it needs View Channel, Send Messages and Embed Links."
    if isinstance(error, discord.HTTPException):
        return f"Discord refused the post ({error.status}): {error.text or 'no details'}"
    return f"{type(error).__name__}: {error}"


class Watcher(commands.Cog):
    """Posts new articles to news channels."""

    def __init__(self, bot: PressboxBot):
        self.bot = bot
        self.state = WatcherState()
        self.error_retry_seconds = ERROR_RETRY_SECONDS
        self._retry_after: dict[int, float] = {}  # channel id → loop time before which it is skipped
        self._in_flight: asyncio.Task | None = None
        self.poll.change_interval(seconds=bot.settings.watch_interval)

    async def cog_load(self) -> None:
        self.poll.start()

    async def cog_unload(self) -> None:
        """Stop polling, but let a post Discord may already have accepted be recorded first."""
        self.poll.cancel()
        if self._in_flight is not None:
            await asyncio.wait([self._in_flight], timeout=10)

    @property
    def running(self) -> bool:
        return self.poll.is_running()

    @tasks.loop(seconds=5.0)
    async def poll(self) -> None:
        await self.run_once()

    @poll.before_loop
    async def before_poll(self) -> None:
        await self.bot.wait_until_ready()

    async def run_once(self) -> None:
        """One round over every news channel. Never raises: one bad channel or round must not stop the loop."""
        self.state.last_run_at = discord.utils.utcnow()
        try:
            for cursor in await self.bot.store.news_channels():
                if self._waiting_to_retry(cursor.channel_id):
                    continue
                try:
                    await self._catch_up(cursor.channel_id, cursor.last_article_id)
                except Exception as error:
                    await self._record_channel_failure(cursor.channel_id, error)
        except Exception as error:
            log.exception("Watcher round failed")
            self.state.record_error(describe_failure(error))

    async def _catch_up(self, channel_id: int, last_article_id: int) -> None:
        """Post the channel's next batch of unposted articles, oldest first."""
        articles = await self.bot.store.articles_after(last_article_id, limit=BATCH_SIZE)
        if not articles:
            return
        channel = self.bot.get_channel(channel_id) or await self.bot.fetch_channel(channel_id)
        if not isinstance(channel, discord.abc.Messageable):
            raise TypeError(f"channel {channel_id} is not a text channel")
        for item in articles:
            # Shielded: cancelling the loop (unload, shutdown) must not split a send from its mark.
            self._in_flight = asyncio.ensure_future(self._post(channel, item))
            try:
                await asyncio.shield(self._in_flight)
            finally:
                if self._in_flight.done():
                    self._in_flight = None

    async def _post(self, channel: discord.abc.Messageable, item: ArticleItem) -> None:
        article_id = item.article.article_id
        message = await channel.send(
            embed=article_embed(item), allowed_mentions=NO_PINGS, nonce=message_nonce(channel.id, article_id)
        )
        await self.bot.store.mark_posted(channel.id, article_id, message.id)
        self._retry_after.pop(channel.id, None)
        self.state.posted += 1
        log.info("Posted article %s to channel %s", article_id, channel.id)

    def _waiting_to_retry(self, channel_id: int) -> bool:
        retry_at = self._retry_after.get(channel_id)
        return retry_at is not None and asyncio.get_running_loop().time() < retry_at

    async def _record_channel_failure(self, channel_id: int, error: Exception) -> None:
        """Keep the channel's place, note why it failed, and leave it alone for a while."""
        reason = describe_failure(error)
        if isinstance(error, (discord.Forbidden, discord.NotFound)):
            log.warning("News channel %s: %s", channel_id, reason)
        else:
            log.error("News channel %s: %s", channel_id, reason, exc_info=error)
        self._retry_after[channel_id] = asyncio.get_running_loop().time() + self.error_retry_seconds
        self.state.record_error(f"channel {channel_id}: {reason}")
        await self.bot.store.mark_channel_error(channel_id, reason)


async def setup(bot: PressboxBot) -> None:
    await bot.add_cog(Watcher(bot))

"""Posts a summary of every new article to each server's news channel.

The watcher polls the store every `PRESSBOX_WATCH_INTERVAL` seconds, so articles added by any process
(the CLI writing to the same SQLite file while the bot runs) are picked up. What a server sees:

* New articles are posted oldest first, at most 5 per channel per round; the rest follow in the
  next rounds, so a busy day is posted in order and without bursts.
* A flood, more than 20 articles waiting for a channel at once (an archive ingested while the bot
  runs, a day of news after downtime), is not posted article by article: the channel gets the newest
  of them (those among the 3 most recently published articles, which `news` lists first), then one
  note "… and N older articles were added; see `!news` for the latest." The older ones are not
  posted later either. A channel set after the articles were added gets none of them (see
  `Store.set_news_channel`).
* Channels are served side by side, each by its own task: one channel's backlog, rate limits or
  failures never hold up another's. A channel still busy from an earlier round sits the round out.
* An article Discord refuses (400 Bad Request, e.g. a link it calls malformed) is skipped: logged
  with its id, shown in `status`, and the articles after it are still posted. After 3 refused
  articles in a row the channel holds instead (shown in `status`, retried every 5 minutes): a refusal
  that hits every article is not any one article's fault, and skipping would lose the news.
* A channel that fails (403 missing permissions, Discord errors …) keeps its place, shows the error
  in `status` and is retried every 5 minutes, sparing Discord's invalid-request limit. A channel
  Discord says no longer exists (404 Unknown Channel) three times in a row is given up until an admin
  sets a news channel again, and `status` says so. A server that removes the bot has its news
  channel cleared.

What is guaranteed about each article in each channel:

* It is never skipped by a failure or a crash (only by Discord refusing it, or by a flood): the
  channel's cursor moves past an article only once Discord accepted its message.
* It is not posted twice while the bot runs: when recording an accepted post fails, the write is
  retried at once (3 more attempts within about 3 s); if it still fails, the watcher keeps the
  message id in memory and records it in a later round instead of posting again.
* Across a crash or restart between a post and its record, the post is repeated with the same nonce
  (derived from the channel and the article) and `enforce_nonce`, which Discord honours for a few
  minutes: a restart within that window gets the first message back and nothing is posted twice; a
  restart after it posts that article a second time.
"""
from __future__ import annotations

import asyncio
import datetime
import hashlib
import logging
from collections.abc import Awaitable
from dataclasses import dataclass, field

import discord
from discord.ext import commands, tasks

from bot import query
from bot.answers import ArticleItem
from bot.client import PressboxBot
from bot.render_embed import NO_MESSAGE_ID, NO_PINGS, WatcherStatus, article_embed, backlog_note
from bot.store import ChannelCursor

log = logging.getLogger(__name__)

ERROR_RETRY_SECONDS = 300.0  # a channel that failed is retried this rarely, sparing Discord's invalid-request limit
UNKNOWN_CHANNEL_STRIKES = 3  # 404 Unknown Channel this many times in a row: the channel is given up
MARK_RETRY_DELAYS = (0.1, 0.5, 2.0)  # between attempts to record a post Discord accepted
PARALLEL_SENDS = 10  # messages on their way to Discord at once, all channels together
SHUTDOWN_GRACE_SECONDS = 10.0  # how long unloading waits for posts already on their way

UNKNOWN_CHANNEL = 10003
# After this many refused articles in a row in one channel, the next refusal holds the channel instead
# of skipping: a systematic refusal (a change on Discord's side, a bug of ours) must not eat the news.
MAX_REFUSALS_IN_A_ROW = 3

# 400s about the channel rather than the message (not a text channel, wrong channel type, archived
# or locked thread): every article would fail there alike, so none of them is skipped for it.
CHANNEL_WIDE_CODES = frozenset({50008, 50024, 50083, 160005})


class NotTextChannel(TypeError):
    def __init__(self, channel_id: int):
        super().__init__(f"channel {channel_id} is not a text channel")


class NotRecorded(RuntimeError):
    """Discord accepted a post, but the store could not record it, even after retrying."""


@dataclass
class GuildActivity:
    """The watcher's record of one server, shown by `status` in that server only."""

    posted: int = 0
    last_error: str | None = None
    last_error_at: datetime.datetime | None = None
    stopped: str | None = None  # why the server's channel was given up


@dataclass
class WatcherState:
    """What the watcher did since the bot started: rounds overall, and per server."""

    last_run_at: datetime.datetime | None = None
    round_error: str | None = None  # for the log and tests; servers are only told that a round failed
    round_failed_at: datetime.datetime | None = None
    posted: int = 0  # all servers together
    guilds: dict[int, GuildActivity] = field(default_factory=dict)

    def guild(self, guild_id: int) -> GuildActivity:
        return self.guilds.setdefault(guild_id, GuildActivity())

    def record_error(self, guild_id: int, text: str) -> None:
        activity = self.guild(guild_id)
        activity.last_error, activity.last_error_at = text, discord.utils.utcnow()

    def record_round_failure(self, text: str) -> None:
        self.round_error, self.round_failed_at = text, discord.utils.utcnow()


def message_nonce(channel_id: int, article_id: int, kind: str = "article") -> str:
    """The same 24 characters every time one article (or one flood note) goes to one channel (Discord allows 25)."""
    key = f"{channel_id}:{article_id}" if kind == "article" else f"{channel_id}:{article_id}:{kind}"
    return hashlib.blake2b(key.encode(), digest_size=12).hexdigest()


def describe_failure(error: Exception) -> str:
    """One line for `status`: what went wrong posting to a channel. Never the text of our own errors,
    which may name files on the server: those are in the bot's log."""
    if isinstance(error, discord.NotFound):
        return "The channel no longer exists (404). Set a new one with `newschannel set`."
    if isinstance(error, discord.Forbidden):
        return "Pressbox may not post there (403): it needs View Channel, Send Messages and Embed Links."
    if isinstance(error, discord.HTTPException):
        return f"Discord refused the post ({error.status}): {error.text or 'no details'}"
    if isinstance(error, NotTextChannel):
        return "The news channel is not a text channel. Set a new one with `newschannel set`."
    if isinstance(error, NotRecorded):
        return "An article was posted but could not be recorded yet; it will be, without posting it again."
    return f"Internal error ({type(error).__name__}); the details are in the bot's log."


def refused_article(error: discord.HTTPException) -> bool:
    """A 400 about the message itself (a malformed link …): that article's problem, not the channel's."""
    return error.status == 400 and error.code not in CHANNEL_WIDE_CODES


def _unknown_channel(error: Exception) -> bool:
    return isinstance(error, discord.NotFound) and error.code == UNKNOWN_CHANNEL


class Watcher(commands.Cog):
    """Posts new articles to news channels."""

    def __init__(self, bot: PressboxBot):
        self.bot = bot
        self.state = WatcherState()
        self.error_retry_seconds = ERROR_RETRY_SECONDS
        self.mark_retry_delays: tuple[float, ...] = MARK_RETRY_DELAYS
        # A round waits this long for its channels; slower ones finish in the background.
        self.round_timeout = max(bot.settings.watch_interval, 1.0)
        self._retry_after: dict[int, float] = {}  # channel id → loop time before which it is skipped
        self._refusals: dict[int, int] = {}  # channel id → articles Discord refused in a row there
        self._unknown_strikes: dict[int, int] = {}  # channel id → 404 Unknown Channel in a row
        self._given_up: set[int] = set()  # channels not tried again until a news channel is set
        self._unrecorded: dict[tuple[int, str], int] = {}  # (channel id, what) → message id Discord accepted
        self._channel_tasks: dict[int, asyncio.Task] = {}
        self._in_flight: set[asyncio.Future] = set()  # posts with their record: never cut in two
        self._send_slots = asyncio.Semaphore(PARALLEL_SENDS)
        self.poll.change_interval(seconds=bot.settings.watch_interval)

    async def cog_load(self) -> None:
        self.poll.start()

    async def cog_unload(self) -> None:
        """Stop polling, but let posts Discord may already have accepted be recorded first."""
        self.poll.cancel()
        for task in list(self._channel_tasks.values()):
            task.cancel()  # a post in flight is shielded from this and finishes on its own
        if not self._in_flight:
            return
        done, pending = await asyncio.wait(set(self._in_flight), timeout=SHUTDOWN_GRACE_SECONDS)
        for post in done:
            if not post.cancelled() and post.exception() is not None:
                log.error("A post in progress at shutdown failed", exc_info=post.exception())
        if pending:
            log.warning("%d posts were still on their way at shutdown; a restart repeats them with the same nonce",
                        len(pending))

    @property
    def running(self) -> bool:
        return self.poll.is_running()

    @tasks.loop(seconds=5.0)
    async def poll(self) -> None:
        await self.run_once()

    @poll.before_loop
    async def before_poll(self) -> None:
        await self.bot.wait_until_ready()

    # --- rounds ----------------------------------------------------------------------------------

    async def run_once(self) -> None:
        """One round: start every news channel's work and wait for it up to `round_timeout`.

        Never raises: one bad channel or round must not stop the loop. A channel still working when
        the round ends (rate limited, a long backlog) goes on in the background and sits out the
        rounds until it is done.
        """
        self.state.last_run_at = discord.utils.utcnow()
        try:
            cursors = await self.bot.store.news_channels()
        except Exception as error:
            log.exception("Watcher round failed")
            self.state.record_round_failure(describe_failure(error) if isinstance(error, discord.HTTPException)
                                            else f"{type(error).__name__}: {error}")
            return
        started = [task for cursor in cursors if (task := self._start(cursor)) is not None]
        if started:
            await asyncio.wait(started, timeout=self.round_timeout)

    def _start(self, cursor: ChannelCursor) -> asyncio.Task | None:
        channel_id = cursor.channel_id
        if channel_id in self._given_up or self._waiting_to_retry(channel_id):
            return None
        busy = self._channel_tasks.get(channel_id)
        if busy is not None and not busy.done():
            return None
        task = asyncio.create_task(self._serve_channel(cursor), name=f"pressbox-news-{channel_id}")
        self._channel_tasks[channel_id] = task
        task.add_done_callback(lambda done: self._channel_tasks.pop(channel_id, None)
                               if self._channel_tasks.get(channel_id) is done else None)
        return task

    async def _serve_channel(self, cursor: ChannelCursor) -> None:
        """Post the channel's next batch, or a flood's newest articles and its note. Never raises."""
        try:
            backlog = await query.channel_backlog(self.bot.store, cursor.last_article_id)
            if backlog is None:
                return
            channel = self.bot.get_channel(cursor.channel_id) or await self.bot.fetch_channel(cursor.channel_id)
            if not isinstance(channel, discord.abc.Messageable):
                raise NotTextChannel(cursor.channel_id)
            if backlog.older:
                await self._shielded(self._post_flood(channel, cursor.guild_id, backlog))
            else:
                for item in backlog.articles:
                    await self._shielded(self._post_article(channel, cursor.guild_id, item))
        except Exception as error:
            await self._record_channel_failure(cursor, error)

    async def _shielded(self, post: Awaitable[None]) -> None:
        """Run `post`; cancelling the round (unload, shutdown) must not split a send from its record."""
        task = asyncio.ensure_future(post)
        self._in_flight.add(task)
        task.add_done_callback(self._in_flight.discard)
        await asyncio.shield(task)

    # --- posting ---------------------------------------------------------------------------------

    async def _post_article(self, channel: discord.abc.Messageable, guild_id: int, item: ArticleItem) -> None:
        article_id = item.article.article_id
        what = f"article {article_id}"
        try:
            message_id = await self._send_once(channel, what, message_nonce(channel.id, article_id),
                                               embed=article_embed(item))
        except discord.HTTPException as error:
            if not refused_article(error) or self._refusals.get(channel.id, 0) >= MAX_REFUSALS_IN_A_ROW:
                raise  # a run of refusals is no single article's fault: the channel waits, nothing is lost
            self._refusals[channel.id] = self._refusals.get(channel.id, 0) + 1
            self._skipped(channel.id, guild_id, article_id, error)
            await self._record_posted(channel.id, article_id, NO_MESSAGE_ID)
            return
        self._refusals.pop(channel.id, None)
        await self._record_posted(channel.id, article_id, message_id, what)
        self._count_posted(guild_id, 1)
        log.info("Posted article %s to channel %s", article_id, channel.id)

    async def _post_flood(self, channel: discord.abc.Messageable, guild_id: int, backlog: query.Backlog) -> None:
        """The newest articles of a flood, then one note for the older ones; the cursor jumps past them all."""
        sent = []
        for item in backlog.articles:
            article_id = item.article.article_id
            try:
                await self._send_once(channel, f"article {article_id}", message_nonce(channel.id, article_id),
                                      embed=article_embed(item))
            except discord.HTTPException as error:
                if not refused_article(error):
                    raise
                self._skipped(channel.id, guild_id, article_id, error)
                continue
            sent.append(f"article {article_id}")
        note = f"note {backlog.upto}"
        text = backlog_note(backlog.older, self.bot.settings.command_prefix, after_posts=bool(sent))
        note_id = await self._send_once(channel, note, message_nonce(channel.id, backlog.upto, "note"), content=text)
        await self._record_posted(channel.id, backlog.upto, note_id, *sent, note)
        self._count_posted(guild_id, len(sent))
        log.info("Channel %s had a flood of %d articles: posted the %d newest and a note about the %d older",
                 channel.id, len(backlog.articles) + backlog.older, len(sent), backlog.older)

    async def _send_once(self, channel: discord.abc.Messageable, what: str, nonce: str, **message) -> int:
        """Send a message, unless Discord already accepted it and it awaits its record: its id either way."""
        known = self._unrecorded.get((channel.id, what))
        if known is not None:
            return known
        async with self._send_slots:
            sent = await channel.send(allowed_mentions=NO_PINGS, nonce=nonce, **message)
        self._unrecorded[(channel.id, what)] = sent.id
        return sent.id

    async def _record_posted(self, channel_id: int, article_id: int, message_id: int, *sent: str) -> None:
        """Move the channel's cursor to `article_id`, retrying the write at once when it fails.

        `sent` names the messages this records; they are forgotten once recorded. If every attempt
        fails, NotRecorded: they stay remembered, and a later round records them without sending.
        """
        delays = iter(self.mark_retry_delays)
        while True:
            try:
                await self.bot.store.mark_posted(channel_id, article_id, message_id)
                break
            except LookupError:
                raise  # the channel's cursor is gone: retrying cannot help
            except Exception as error:
                delay = next(delays, None)
                if delay is None:
                    raise NotRecorded(f"article {article_id} was posted in channel {channel_id} as message "
                                      f"{message_id}, but recording it failed: {error!r}") from error
                log.warning("Recording article %s in channel %s failed (%r); retrying in %gs",
                            article_id, channel_id, error, delay)
                await asyncio.sleep(delay)
        for what in sent:
            self._unrecorded.pop((channel_id, what), None)
        self._retry_after.pop(channel_id, None)
        self._unknown_strikes.pop(channel_id, None)

    def _skipped(self, channel_id: int, guild_id: int, article_id: int, error: discord.HTTPException) -> None:
        reason = describe_failure(error)
        log.error("Skipped article %s in channel %s: %s", article_id, channel_id, reason)
        self.state.record_error(guild_id, f"Article {article_id} was skipped: {reason}")

    def _count_posted(self, guild_id: int, count: int) -> None:
        self.state.posted += count
        self.state.guild(guild_id).posted += count

    # --- failures --------------------------------------------------------------------------------

    def _waiting_to_retry(self, channel_id: int) -> bool:
        retry_at = self._retry_after.get(channel_id)
        return retry_at is not None and asyncio.get_running_loop().time() < retry_at

    async def _record_channel_failure(self, cursor: ChannelCursor, error: Exception) -> None:
        """Keep the channel's place, note why it failed (for its own server only), and leave it alone a while.

        A post that could not be recorded is retried in the next round: it sends nothing to Discord.
        """
        channel_id, guild_id = cursor.channel_id, cursor.guild_id
        reason = describe_failure(error)
        if isinstance(error, NotRecorded):
            log.error("News channel %s: %s", channel_id, error, exc_info=error.__cause__)
        else:
            if isinstance(error, (discord.Forbidden, discord.NotFound)):
                log.warning("News channel %s: %s", channel_id, reason)
            else:
                log.error("News channel %s: %s", channel_id, reason, exc_info=error)
            self._retry_after[channel_id] = asyncio.get_running_loop().time() + self.error_retry_seconds
        if _unknown_channel(error):
            strikes = self._unknown_strikes[channel_id] = self._unknown_strikes.get(channel_id, 0) + 1
            if strikes >= UNKNOWN_CHANNEL_STRIKES:
                self._given_up.add(channel_id)
                self.state.guild(guild_id).stopped = (
                    f"Discord said {strikes} times in a row that <#{channel_id}> no longer exists, so Pressbox "
                    "stopped trying. Set a news channel with `newschannel set` to start again."
                )
                log.warning("News channel %s (guild %s) given up after %d × 404 Unknown Channel",
                            channel_id, guild_id, strikes)
        else:
            self._unknown_strikes.pop(channel_id, None)
        self.state.record_error(guild_id, reason)
        try:
            await self.bot.store.mark_channel_error(channel_id, reason)
        except Exception:
            log.exception("Could not record the error of news channel %s", channel_id)

    # --- what admins and Discord change ----------------------------------------------------------

    @commands.Cog.listener()
    async def on_news_channel_set(self, guild_id: int, channel_id: int) -> None:
        """An admin set the server's news channel (again): it starts afresh, given up or not."""
        self._forget_failures(channel_id)
        if (activity := self.state.guilds.get(guild_id)) is not None:
            activity.stopped = None

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """Removed from a server (kicked, banned, server deleted): stop posting there for good."""
        cursor = await self.bot.store.guild_channel(guild.id)
        await self.bot.store.set_news_channel(guild.id, None)
        self.state.guilds.pop(guild.id, None)
        if cursor is not None:
            self._forget_failures(cursor.channel_id)
            for key in [key for key in self._unrecorded if key[0] == cursor.channel_id]:
                del self._unrecorded[key]
            log.info("Removed from guild %s: its news channel %s is cleared", guild.id, cursor.channel_id)

    def _forget_failures(self, channel_id: int) -> None:
        self._retry_after.pop(channel_id, None)
        self._unknown_strikes.pop(channel_id, None)
        self._given_up.discard(channel_id)

    def status_for(self, guild_id: int, channel_id: int | None) -> WatcherStatus:
        """The watcher as `status` shows it in one server."""
        activity = self.state.guilds.get(guild_id) or GuildActivity()
        return WatcherStatus(
            running=self.running,
            interval=self.bot.settings.watch_interval,
            last_run_at=self.state.last_run_at,
            posted=activity.posted,
            last_error=activity.last_error,
            last_error_at=activity.last_error_at,
            round_failed_at=self.state.round_failed_at,
            stopped=activity.stopped if channel_id in self._given_up else None,
        )


async def setup(bot: PressboxBot) -> None:
    await bot.add_cog(Watcher(bot))

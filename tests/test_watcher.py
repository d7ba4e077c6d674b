"""The watcher posts every new article once per news channel, across failures and restarts.

Runs the real cog and a real Store file under dpytest; rounds are driven with `run_once()` so the
tests decide when the watcher looks (its loop waits for a gateway READY that dpytest never sends).
"""
from __future__ import annotations

import asyncio
import dataclasses
from types import SimpleNamespace

import discord
import discord.ext.test as dpytest
import pytest
import pytest_asyncio

from bot import query
from bot.client import PressboxBot
from bot.render_embed import status_embed
from bot.store import Store
from cogs.watcher import Watcher, message_nonce
from dpytest_bot import close_bot, configured_bot, sent_messages
from sample_articles import news_item


@pytest_asyncio.fixture
async def bot(tmp_path):
    bot = await configured_bot(tmp_path / "pressbox.db", "cogs.watcher",
                               guilds=["Alpha", "Beta"], text_channels=["news"], voice_channels=0, members=["alice"])
    yield bot
    await close_bot(bot)


@pytest.fixture
def channels():
    return dpytest.get_config().channels  # Alpha's news channel, then Beta's


@pytest.fixture(autouse=True)
def quick_retries(bot):
    watcher(bot).mark_retry_delays = (0, 0, 0)


def watcher(bot: PressboxBot) -> Watcher:
    return bot.get_cog("Watcher")


def titles(messages: list[discord.Message], channel: discord.TextChannel) -> list[str]:
    return [m.embeds[0].title for m in messages if m.channel.id == channel.id]


async def forbid_posting(channel: discord.TextChannel) -> None:
    # On @everyone: dpytest 0.7 writes member overwrites in a shape discord.py 2 ignores.
    await dpytest.set_permission_overrides(channel.guild.default_role, channel, send_messages=False)


async def allow_posting(channel: discord.TextChannel) -> None:
    await dpytest.set_permission_overrides(channel.guild.default_role, channel, None)


async def use_news_channels(bot: PressboxBot, channels) -> None:
    for channel in channels:
        await bot.store.set_news_channel(channel.guild.id, channel.id)


async def test_new_articles_are_posted_once_oldest_first_and_the_cursor_follows(bot, channels):
    await bot.store.add_article(news_item(1))  # the back catalogue: not posted
    await use_news_channels(bot, channels)
    await bot.store.add_article(news_item(2))
    third = await bot.store.add_article(news_item(3))

    await watcher(bot).run_once()
    messages = sent_messages()
    for channel in channels:
        assert titles(messages, channel) == ["Transfer round-up number 2", "Transfer round-up number 3"]
        cursor = await bot.store.guild_channel(channel.guild.id)
        assert cursor.last_article_id == third.article_id
        assert cursor.last_message_id == [m for m in messages if m.channel.id == channel.id][-1].id
        assert cursor.last_error is None

    await watcher(bot).run_once()
    assert sent_messages() == []


async def test_a_forbidden_channel_keeps_its_place_and_others_are_still_posted(bot, channels):
    alpha, beta = channels
    await use_news_channels(bot, channels)
    watcher(bot).error_retry_seconds = 0
    await forbid_posting(alpha)
    await bot.store.add_article(news_item(1))

    await watcher(bot).run_once()
    messages = sent_messages()
    assert titles(messages, alpha) == []
    assert titles(messages, beta) == ["Transfer round-up number 1"]
    cursor = await bot.store.guild_channel(alpha.guild.id)
    assert cursor.last_article_id == 0 and cursor.last_message_id is None
    assert "403" in cursor.last_error
    assert "403" in watcher(bot).status_for(alpha.guild.id, alpha.id).last_error

    await allow_posting(alpha)
    await watcher(bot).run_once()
    messages = sent_messages()
    assert titles(messages, alpha) == ["Transfer round-up number 1"]
    assert titles(messages, beta) == []
    assert (await bot.store.guild_channel(alpha.guild.id)).last_error is None


async def test_a_failed_channel_is_left_alone_for_a_while(bot, channels):
    alpha, _ = channels
    await use_news_channels(bot, channels)
    await forbid_posting(alpha)
    await bot.store.add_article(news_item(1))
    await watcher(bot).run_once()
    sent_messages()

    await allow_posting(alpha)
    await watcher(bot).run_once()
    assert titles(sent_messages(), alpha) == []  # not retried before error_retry_seconds


async def test_a_deleted_channel_records_an_error_without_losing_its_place(bot, channels):
    alpha, beta = channels
    await use_news_channels(bot, channels)
    dpytest.backend.delete_channel(alpha)
    await bot.store.add_article(news_item(1))

    await watcher(bot).run_once()
    assert titles(sent_messages(), beta) == ["Transfer round-up number 1"]
    cursor = await bot.store.guild_channel(alpha.guild.id)
    assert cursor.last_article_id == 0
    assert "404" in cursor.last_error


def failing(times: int, calls: list, real):
    """`real`, failing its first `times` calls as a locked or full disk would; calls are counted."""

    async def mark_posted(*args):
        calls.append(args)
        if len(calls) <= times:
            raise OSError("disk I/O error")
        return await real(*args)

    return mark_posted


async def test_a_post_whose_record_fails_is_recorded_by_retrying_the_write_at_once(bot, channels, monkeypatch):
    alpha, _ = channels
    await bot.store.set_news_channel(alpha.guild.id, alpha.id)
    article = await bot.store.add_article(news_item(1))
    calls = []
    monkeypatch.setattr(bot.store, "mark_posted", failing(2, calls, bot.store.mark_posted))

    await watcher(bot).run_once()
    [message] = sent_messages()
    assert message.nonce == message_nonce(alpha.id, article.article_id)
    assert len(calls) == 3
    cursor = await bot.store.guild_channel(alpha.guild.id)
    assert (cursor.last_article_id, cursor.last_message_id, cursor.last_error) == (article.article_id, message.id, None)


async def test_a_post_that_cannot_be_recorded_is_not_posted_again_while_the_bot_runs(bot, channels, monkeypatch):
    """Every attempt fails: the message id is kept, and the next round records it without sending."""
    alpha, _ = channels
    await bot.store.set_news_channel(alpha.guild.id, alpha.id)
    article = await bot.store.add_article(news_item(1))
    calls = []
    monkeypatch.setattr(bot.store, "mark_posted", failing(4, calls, bot.store.mark_posted))

    await watcher(bot).run_once()
    [message] = sent_messages()
    assert len(calls) == 4  # the first attempt and three retries
    cursor = await bot.store.guild_channel(alpha.guild.id)
    assert cursor.last_article_id == 0 and "could not be recorded" in cursor.last_error

    await watcher(bot).run_once()  # no waiting for ERROR_RETRY_SECONDS: nothing goes to Discord
    assert sent_messages() == []
    cursor = await bot.store.guild_channel(alpha.guild.id)
    assert (cursor.last_article_id, cursor.last_message_id) == (article.article_id, message.id)


async def test_a_restart_neither_reposts_nor_skips(bot, channels):
    await use_news_channels(bot, channels)
    await bot.store.add_article(news_item(1))
    await watcher(bot).run_once()
    assert len(sent_messages()) == 2

    await bot.unload_extension("cogs.watcher")
    await bot.store.close()
    async with await Store.open(bot.settings.db_path) as other_writer:  # e.g. `pressbox ingest` meanwhile
        await other_writer.add_article(news_item(2))
    bot.store = await Store.open(bot.settings.db_path)
    await bot.load_extension("cogs.watcher")

    await watcher(bot).run_once()
    messages = sent_messages()
    for channel in channels:
        assert titles(messages, channel) == ["Transfer round-up number 2"]


async def test_a_failing_round_is_logged_and_does_not_raise(bot, channels, monkeypatch, caplog):
    async def broken():
        raise OSError("disk unplugged at /home/alice/pressbox.db")

    monkeypatch.setattr(bot.store, "news_channels", broken)
    await watcher(bot).run_once()
    assert "disk unplugged" in watcher(bot).state.round_error
    assert "Watcher round failed" in caplog.text and "Traceback" in caplog.text
    shown = watcher(bot).status_for(channels[0].guild.id, None)
    assert shown.round_failed_at is not None and shown.last_error is None
    assert "alice" not in str(status_embed(0, None, shown).to_dict())  # servers are told it failed, not the details


# --- one server's business stays its own --------------------------------------------------------


async def test_status_shows_a_server_only_its_own_errors_and_posts(bot, channels):
    alpha, beta = channels
    await use_news_channels(bot, channels)
    await forbid_posting(alpha)
    await bot.store.add_article(news_item(1))
    await watcher(bot).run_once()
    sent_messages()

    alpha_status = watcher(bot).status_for(alpha.guild.id, alpha.id)
    beta_status = watcher(bot).status_for(beta.guild.id, beta.id)
    assert "403" in alpha_status.last_error and alpha_status.posted == 0
    assert beta_status.last_error is None and beta_status.posted == 1
    beta_embed = status_embed(1, await bot.store.guild_channel(beta.guild.id), beta_status)
    fields = {f.name: f.value for f in beta_embed.fields}
    # (not a bare "403" search: snowflakes and timestamps in the embed may contain those digits)
    assert fields["Last error"] == "None" and alpha_status.last_error not in str(beta_embed.to_dict())
    assert str(alpha.id) not in str(beta_embed.to_dict())


# --- channels side by side, bounded rounds, floods ------------------------------------------------


def held_sends(monkeypatch, held_channel_id: int):
    """Sends to one channel wait for the returned event (as under a long rate limit); others go through."""
    release = asyncio.Event()
    attempts: list[int] = []
    send = discord.abc.Messageable.send

    async def maybe_held(self, *args, **kwargs):
        attempts.append(self.id)
        if self.id == held_channel_id:
            await release.wait()
        return await send(self, *args, **kwargs)

    monkeypatch.setattr(discord.abc.Messageable, "send", maybe_held)
    return release, attempts


async def test_a_rate_limited_channel_does_not_hold_up_the_others(bot, channels, monkeypatch):
    alpha, beta = channels
    await use_news_channels(bot, channels)
    for n in (1, 2):
        await bot.store.add_article(news_item(n))
    release, attempts = held_sends(monkeypatch, alpha.id)
    watcher(bot).round_timeout = 0.2

    await asyncio.wait_for(watcher(bot).run_once(), 5)  # returns after round_timeout; alpha's post still waits
    assert titles(sent_messages(), beta) == ["Transfer round-up number 1", "Transfer round-up number 2"]
    await bot.store.add_article(news_item(3))
    await asyncio.wait_for(watcher(bot).run_once(), 5)  # beta moves on; alpha, still busy, sits this round out
    assert titles(sent_messages(), beta) == ["Transfer round-up number 3"]
    assert attempts.count(alpha.id) == 1

    release.set()
    await asyncio.wait_for(asyncio.gather(*watcher(bot)._channel_tasks.values()), 5)
    await watcher(bot).run_once()
    assert titles(sent_messages(), alpha) == [f"Transfer round-up number {n}" for n in (1, 2, 3)]


async def test_a_channel_gets_at_most_a_batch_per_round_oldest_first(bot, channels):
    alpha, _ = channels
    await bot.store.set_news_channel(alpha.guild.id, alpha.id)
    for n in range(1, 9):
        await bot.store.add_article(news_item(n))
    await watcher(bot).run_once()
    assert titles(sent_messages(), alpha) == [f"Transfer round-up number {n}" for n in range(1, query.BATCH_SIZE + 1)]
    await watcher(bot).run_once()
    assert titles(sent_messages(), alpha) == [f"Transfer round-up number {n}" for n in range(query.BATCH_SIZE + 1, 9)]


async def test_a_flood_posts_the_newest_few_and_one_note_for_the_rest(bot, channels):
    alpha, _ = channels
    await bot.store.set_news_channel(alpha.guild.id, alpha.id)
    for n in range(1, 26):  # published 2 to 26 March: the later, the newer
        last = await bot.store.add_article(news_item(n))

    await watcher(bot).run_once()
    messages = [m for m in sent_messages() if m.channel.id == alpha.id]
    assert [m.embeds[0].title for m in messages[:-1]] == [f"Transfer round-up number {n}" for n in (23, 24, 25)]
    assert messages[-1].content == "… and 22 older articles were added; see `!news` for the latest."
    cursor = await bot.store.guild_channel(alpha.guild.id)
    assert (cursor.last_article_id, cursor.last_message_id) == (last.article_id, messages[-1].id)
    assert watcher(bot).status_for(alpha.guild.id, alpha.id).posted == 3

    await watcher(bot).run_once()
    assert sent_messages() == []


async def test_an_old_archive_ingested_while_the_bot_runs_is_only_noted(bot, channels):
    alpha, _ = channels
    for n in (25, 26, 27):
        await bot.store.add_article(news_item(n))  # this month's news, already there: what `news` lists first
    await bot.store.set_news_channel(alpha.guild.id, alpha.id)
    for n in range(1, 31):
        await bot.store.add_article(dataclasses.replace(news_item(100 + n), published=f"2015-05-{n:02d}"))

    await watcher(bot).run_once()
    [note] = sent_messages()
    assert note.content == "30 older articles were added; `!news` shows the latest."


# --- articles Discord refuses -------------------------------------------------------------------


def refusing(monkeypatch, refused_titles: set[str], code: int = 50035):
    """Discord answers 400 to posts of these articles, as it does to a malformed embed URL."""
    send = discord.abc.Messageable.send

    async def refuse_some(self, *args, **kwargs):
        embed = kwargs.get("embed")
        if embed is not None and embed.title in refused_titles:
            response = SimpleNamespace(status=400, reason="Bad Request")
            raise discord.HTTPException(response, {"code": code, "message": "Invalid Form Body",
                                                   "errors": {"embeds": {"0": {"url": {"_errors": [
                                                       {"code": "URL_TYPE_INVALID_URL",
                                                        "message": "Not a well formed URL."}]}}}}})
        return await send(self, *args, **kwargs)

    monkeypatch.setattr(discord.abc.Messageable, "send", refuse_some)


async def test_an_article_discord_refuses_is_skipped_and_the_next_ones_still_post(bot, channels, monkeypatch, caplog):
    alpha, _ = channels
    await bot.store.set_news_channel(alpha.guild.id, alpha.id)
    bad = await bot.store.add_article(news_item(1))
    await bot.store.add_article(news_item(2))
    last = await bot.store.add_article(news_item(3))
    refusing(monkeypatch, {"Transfer round-up number 1"})

    await watcher(bot).run_once()
    assert titles(sent_messages(), alpha) == ["Transfer round-up number 2", "Transfer round-up number 3"]
    cursor = await bot.store.guild_channel(alpha.guild.id)
    assert cursor.last_article_id == last.article_id and cursor.last_error is None
    assert f"Skipped article {bad.article_id} in channel {alpha.id}" in caplog.text
    assert "Not a well formed URL" in caplog.text
    shown = watcher(bot).status_for(alpha.guild.id, alpha.id)
    assert shown.last_error.startswith(f"Article {bad.article_id} was skipped: Discord refused the post (400)")


async def test_a_skipped_article_shows_as_skipped_in_status(bot, channels, monkeypatch):
    alpha, _ = channels
    await bot.store.set_news_channel(alpha.guild.id, alpha.id)
    bad = await bot.store.add_article(news_item(1))
    refusing(monkeypatch, {"Transfer round-up number 1"})
    await watcher(bot).run_once()
    cursor = await bot.store.guild_channel(alpha.guild.id)
    fields = {f.name: f.value for f in status_embed(1, cursor, watcher(bot).status_for(alpha.guild.id, alpha.id)).fields}
    assert fields["Last post"].startswith(f"Article {bad.article_id} skipped: Discord refused it")


async def test_a_400_about_the_channel_skips_nothing(bot, channels, monkeypatch):
    """An archived thread (50083) refuses every article alike: the channel waits instead."""
    alpha, _ = channels
    await bot.store.set_news_channel(alpha.guild.id, alpha.id)
    await bot.store.add_article(news_item(1))
    refusing(monkeypatch, {"Transfer round-up number 1"}, code=50083)
    await watcher(bot).run_once()
    assert sent_messages() == []
    cursor = await bot.store.guild_channel(alpha.guild.id)
    assert cursor.last_article_id == 0 and "400" in cursor.last_error


async def test_posts_never_ping(bot, channels, monkeypatch):
    sent = []
    original = discord.abc.Messageable.send

    async def spy(self, *args, **kwargs):
        sent.append(kwargs.get("allowed_mentions"))
        return await original(self, *args, **kwargs)

    monkeypatch.setattr(discord.abc.Messageable, "send", spy)
    await use_news_channels(bot, channels)
    await bot.store.add_article(news_item(1))
    await watcher(bot).run_once()
    assert sent and all(mentions.to_dict() == {"parse": []} for mentions in sent)


async def test_unloading_stops_the_loop(bot):
    loop = watcher(bot).poll
    task = loop.get_task()
    assert loop.is_running()
    await bot.unload_extension("cogs.watcher")
    with pytest.raises(asyncio.CancelledError):
        await task
    assert not loop.is_running()


async def test_shutting_down_mid_post_still_records_the_post(bot, channels, monkeypatch):
    """Unloading (bot.close) cancels the loop; a send already on its way is still marked posted."""
    alpha, _ = channels
    await bot.store.set_news_channel(alpha.guild.id, alpha.id)
    article = await bot.store.add_article(news_item(1))
    sending, release = asyncio.Event(), asyncio.Event()
    send = discord.abc.Messageable.send

    async def slow_send(self, *args, **kwargs):
        sending.set()
        await release.wait()
        await asyncio.sleep(0.05)  # Discord's answer still on its way while the bot shuts down
        return await send(self, *args, **kwargs)

    monkeypatch.setattr(discord.abc.Messageable, "send", slow_send)
    round_ = asyncio.create_task(watcher(bot).run_once())
    await sending.wait()
    round_.cancel()  # what cancelling the loop does to the round in progress
    unloading = asyncio.create_task(bot.unload_extension("cogs.watcher"))
    release.set()
    await unloading
    await bot.store.close()  # as bot.close() does right after unloading the cogs
    assert round_.cancelled()
    assert len(sent_messages()) == 1
    bot.store = await Store.open(bot.settings.db_path)
    assert (await bot.store.guild_channel(alpha.guild.id)).last_article_id == article.article_id


async def test_a_run_of_refusals_holds_the_channel_instead_of_skipping_everything(bot, channels, monkeypatch):
    alpha, _ = channels
    await bot.store.set_news_channel(alpha.guild.id, alpha.id)
    added = [await bot.store.add_article(news_item(n)) for n in range(1, 6)]
    refusing(monkeypatch, {f"Transfer round-up number {n}" for n in range(1, 6)})
    await watcher(bot).run_once()
    assert sent_messages() == []
    cursor = await bot.store.guild_channel(alpha.guild.id)
    assert cursor.last_article_id == added[2].article_id  # three skipped, the fourth holds the channel
    assert "400" in cursor.last_error

"""The watcher posts every new article once per news channel, across failures and restarts.

Runs the real cog and a real Store file under dpytest; rounds are driven with `run_once()` so the
tests decide when the watcher looks (its loop waits for a gateway READY that dpytest never sends).
"""
from __future__ import annotations

import asyncio

import discord
import discord.ext.test as dpytest
import pytest
import pytest_asyncio

from bot.client import PressboxBot
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
    assert "403" in watcher(bot).state.last_error

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


async def test_a_post_not_recorded_is_sent_again_with_the_same_nonce(bot, channels, monkeypatch):
    """Discord enforces the nonce, so a crash between the send and the mark does not show twice."""
    alpha, _ = channels
    await bot.store.set_news_channel(alpha.guild.id, alpha.id)
    article = await bot.store.add_article(news_item(1))
    watcher(bot).error_retry_seconds = 0
    mark_posted = bot.store.mark_posted

    async def crash_once(*args):
        monkeypatch.setattr(bot.store, "mark_posted", mark_posted)
        raise RuntimeError("the process died here")

    monkeypatch.setattr(bot.store, "mark_posted", crash_once)
    await watcher(bot).run_once()
    first = sent_messages()
    assert (await bot.store.guild_channel(alpha.guild.id)).last_article_id == 0

    await watcher(bot).run_once()
    second = sent_messages()
    assert len(first) == len(second) == 1
    assert first[0].nonce == second[0].nonce == message_nonce(alpha.id, article.article_id)
    assert (await bot.store.guild_channel(alpha.guild.id)).last_article_id == article.article_id


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


async def test_a_failing_round_is_logged_and_does_not_raise(bot, monkeypatch, caplog):
    async def broken():
        raise OSError("disk unplugged")

    monkeypatch.setattr(bot.store, "news_channels", broken)
    await watcher(bot).run_once()
    assert "disk unplugged" in watcher(bot).state.last_error
    assert "Watcher round failed" in caplog.text and "Traceback" in caplog.text


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

"""The real bot, built the way `pressbox run` builds it, against the fake Discord on 127.0.0.1.

Articles are written to the same SQLite file by a separate process, as `pressbox ingest` does while
the bot runs. Waiting is on the fake's records (its waiters) or on the watcher's rounds, never on
fixed sleeps.
"""
from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import sys
from collections import Counter
from contextlib import asynccontextmanager
from pathlib import Path

import discord
import pytest

import cogs.watcher
from bot.client import PressboxBot
from bot.render_embed import article_embed
from bot.runner import build_bot
from bot.settings import Settings
from bot.store import Store
from fakediscord import (
    GENERAL_CHANNEL_ID,
    GUILD_ID,
    MEMBER_ID,
    MISSING_PERMISSIONS,
    NEWS_CHANNEL_ID,
    OWNER_ID,
    TOKEN,
    UNKNOWN_CHANNEL,
    FakeDiscord,
)
from fakediscord.fixtures import fake_discord  # noqa: F401  (the fixture)
from sample_articles import RAMOS_RESPONSIBLE, RAMOS_UNITED, cup_exit, news_item

TIMEOUT = 10.0
TESTS = Path(__file__).parent
REPO = TESTS.parent
CHANNEL_MESSAGE, UPDATE_MESSAGE, AUTOCOMPLETE_RESULT = 4, 7, 8

INGEST = """
import asyncio, sys
from bot.store import Store
from sample_articles import news_item

async def main(path, numbers):
    async with await Store.open(path) as store:
        for n in numbers:
            await store.add_article(news_item(n))

asyncio.run(main(sys.argv[1], [int(n) for n in sys.argv[2:]]))
"""


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "PRESSBOX_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), str(TESTS)])
    return {**env, **extra}


async def ingest_in_another_process(db_path: Path, *numbers: int) -> None:
    """Add `news_item(n)` articles from a separate Python process writing the same file."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", INGEST, str(db_path), *map(str, numbers), env=child_env(),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), TIMEOUT)
    assert process.returncode == 0, err.decode()


def pressbox_bot(db_path: Path, fake: FakeDiscord) -> PressboxBot:
    settings = Settings(
        db_path=db_path, discord_token=TOKEN, dev_guild_id=GUILD_ID, watch_interval=0.1,
        discord_api_base=fake.api_base, discord_gateway_url=fake.gateway_url,
    )
    bot = build_bot(settings)
    bot._connection.guild_ready_timeout = 0.1  # discord.py waits this long for more guilds before READY
    return bot


@asynccontextmanager
async def running(db_path: Path, fake: FakeDiscord):
    async with fake.running(pressbox_bot(db_path, fake), timeout=TIMEOUT) as bot:
        yield bot


async def watcher_rounds(bot: PressboxBot, rounds: int) -> None:
    """Wait until the watcher has finished `rounds` more rounds."""
    state = bot.get_cog("Watcher").state

    async def count() -> None:
        seen, last = 0, state.last_run_at
        while seen < rounds:
            await asyncio.sleep(bot.settings.watch_interval / 4)
            if state.last_run_at != last:
                seen, last = seen + 1, state.last_run_at

    await asyncio.wait_for(count(), TIMEOUT)


async def eventually(condition, what: str = "condition") -> None:
    """Wait until the async `condition()` is true: for the bot's own state, which the fake cannot see."""

    async def poll() -> None:
        while not await condition():
            await asyncio.sleep(0.02)

    try:
        await asyncio.wait_for(poll(), TIMEOUT)
    except TimeoutError:
        raise TimeoutError(f"timed out waiting for {what}") from None


def count_sends(monkeypatch, channel_id: int) -> list[str]:
    """The nonce of every message the bot sends to the channel, whatever Discord makes of it."""
    nonces: list[str] = []
    send = discord.abc.Messageable.send

    async def counted(self, *args, **kwargs):
        if self.id == channel_id:
            nonces.append(kwargs.get("nonce"))
        return await send(self, *args, **kwargs)

    monkeypatch.setattr(discord.abc.Messageable, "send", counted)
    return nonces


def embeds_in(fake: FakeDiscord, channel_id: int) -> list[dict]:
    return [embed for message in fake.messages.get(channel_id, ()) for embed in message.get("embeds", ())]


def button(message: dict, label: str) -> str:
    for row in message["components"]:
        for component in row["components"]:
            if component.get("label") == label:
                return component["custom_id"]
    raise LookupError(label)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "pressbox.db"


@pytest.fixture
async def stocked_db(db_path: Path) -> Path:
    async with await Store.open(db_path) as store:
        await store.add_article(cup_exit())
    return db_path


async def test_slash_commands_are_synced_to_the_dev_guild(fake_discord, db_path):
    async with running(db_path, fake_discord):
        names = {command["name"] for command in fake_discord.guild_commands[GUILD_ID]}
    assert names == {"quote", "tie", "news", "newschannel", "status", "help"}
    assert fake_discord.unhandled == []


async def test_prefix_quote_pages_with_buttons_only_for_the_asker(fake_discord, stocked_db):
    async with running(stocked_db, fake_discord):
        await fake_discord.send_message(GENERAL_CHANNEL_ID, OWNER_ID, "!quote Ramos")
        reply = await fake_discord.wait_for_message(GENERAL_CHANNEL_ID, lambda m: m["embeds"], timeout=TIMEOUT)
        assert reply["embeds"][0]["description"] == f">>> {RAMOS_RESPONSIBLE}"
        assert reply["allowed_mentions"] == {"parse": []}

        stranger = await fake_discord.press_button(reply, button(reply, "Next"), user_id=MEMBER_ID)
        refused = await fake_discord.wait_for_interaction_response(stranger, timeout=TIMEOUT)
        assert refused["type"] == CHANNEL_MESSAGE
        assert refused["data"]["flags"] == discord.MessageFlags(ephemeral=True).value

        pressed = await fake_discord.press_button(reply, button(reply, "Next"))
        turned = await fake_discord.wait_for_interaction_response(pressed, timeout=TIMEOUT)
    assert turned["type"] == UPDATE_MESSAGE
    assert turned["data"]["embeds"][0]["description"] == f">>> {RAMOS_UNITED}"


async def test_slash_quote_autocompletes_and_answers(fake_discord, stocked_db):
    async with running(stocked_db, fake_discord):
        typing = await fake_discord.send_autocomplete("quote", "person", {"person": "ram"})
        suggestions = await fake_discord.wait_for_interaction_response(typing, timeout=TIMEOUT)
        asked = await fake_discord.send_command("quote", {"person": "Sergio Ramos", "keywords": "united"})
        answer = await fake_discord.wait_for_interaction_response(asked, timeout=TIMEOUT)
    assert suggestions["type"] == AUTOCOMPLETE_RESULT
    assert [choice["value"] for choice in suggestions["data"]["choices"]] == ["Sergio Ramos"]
    assert answer["type"] == CHANNEL_MESSAGE
    assert answer["data"]["embeds"][0]["description"] == f">>> {RAMOS_UNITED}"
    assert answer["data"]["allowed_mentions"] == {"parse": []}


async def test_prefix_tie(fake_discord, stocked_db):
    async with running(stocked_db, fake_discord):
        await fake_discord.send_message(GENERAL_CHANNEL_ID, OWNER_ID, "!tie Leganes")
        reply = await fake_discord.wait_for_message(GENERAL_CHANNEL_ID, lambda m: m["embeds"], timeout=TIMEOUT)
    embed = reply["embeds"][0]
    assert set(embed["title"].split(" v ")) == {"Real Madrid", "Leganes"}
    assert "Leganes through on away goals" in embed["description"]


async def test_a_member_cannot_set_the_news_channel_by_slash(fake_discord, db_path):
    async with running(db_path, fake_discord) as bot:
        asked = await fake_discord.send_command("newschannel set", {"channel": NEWS_CHANNEL_ID}, user_id=MEMBER_ID)
        answer = await fake_discord.wait_for_interaction_response(asked, timeout=TIMEOUT)
        assert await bot.store.guild_channel(GUILD_ID) is None
    assert answer["data"]["content"] == "You need the Manage Server permission for that."
    assert answer["data"]["flags"] == discord.MessageFlags(ephemeral=True).value


async def test_the_watcher_posts_what_another_process_ingested_once_across_a_restart(fake_discord, db_path):
    async with running(db_path, fake_discord) as bot:
        asked = await fake_discord.send_command("newschannel set", {"channel": NEWS_CHANNEL_ID})
        await fake_discord.wait_for_interaction_response(asked, timeout=TIMEOUT)
        await ingest_in_another_process(db_path, 1)
        await fake_discord.wait_for(lambda: len(embeds_in(fake_discord, NEWS_CHANNEL_ID)) == 1, timeout=TIMEOUT)

    await ingest_in_another_process(db_path, 2)  # while the bot is down

    async with running(db_path, fake_discord) as bot:
        await fake_discord.wait_for(lambda: len(embeds_in(fake_discord, NEWS_CHANNEL_ID)) >= 2, timeout=TIMEOUT)
        await ingest_in_another_process(db_path, 3)
        await fake_discord.wait_for(lambda: len(embeds_in(fake_discord, NEWS_CHANNEL_ID)) >= 3, timeout=TIMEOUT)
        await watcher_rounds(bot, 3)  # time enough to post anything twice

    posted = Counter(embed["title"] for embed in embeds_in(fake_discord, NEWS_CHANNEL_ID))
    assert posted == {f"Transfer round-up number {n}": 1 for n in (1, 2, 3)}
    assert all(m["allowed_mentions"] == {"parse": []} for m in fake_discord.messages[NEWS_CHANNEL_ID])


async def test_a_channel_that_fails_keeps_its_place(fake_discord, db_path):
    async with running(db_path, fake_discord) as bot:
        bot.get_cog("Watcher").error_retry_seconds = 0
        await bot.store.set_news_channel(GUILD_ID, NEWS_CHANNEL_ID)
        fake_discord.fail_channel(NEWS_CHANNEL_ID, MISSING_PERMISSIONS)
        await ingest_in_another_process(db_path, 1)
        await watcher_rounds(bot, 2)
        cursor = await bot.store.guild_channel(GUILD_ID)
        assert cursor.last_article_id == 0 and "403" in cursor.last_error

        fake_discord.fail_channel(NEWS_CHANNEL_ID, None)
        await fake_discord.wait_for(lambda: embeds_in(fake_discord, NEWS_CHANNEL_ID), timeout=TIMEOUT)
        await watcher_rounds(bot, 1)
        assert (await bot.store.guild_channel(GUILD_ID)).last_error is None


async def test_an_article_discord_refuses_is_skipped_and_the_next_still_posts(fake_discord, db_path, monkeypatch,
                                                                              caplog):
    def unchecked_embed(item):  # as if a malformed link got past render_embed
        embed = article_embed(item)
        embed.url = item.article.url
        return embed

    async with running(db_path, fake_discord) as bot:
        # load_extension runs a fresh copy of the module: patch the one the bot loaded.
        monkeypatch.setattr(sys.modules["cogs.watcher"], "article_embed", unchecked_embed)
        await bot.store.set_news_channel(GUILD_ID, NEWS_CHANNEL_ID)
        bad = await bot.store.add_article(dataclasses.replace(news_item(1), url="not a url"))
        good = await bot.store.add_article(news_item(2))
        await fake_discord.wait_for(lambda: embeds_in(fake_discord, NEWS_CHANNEL_ID), timeout=TIMEOUT)
        await eventually(lambda: _cursor_at(bot, good.article_id), "the cursor to pass both articles")
        await watcher_rounds(bot, 2)
    assert [e["title"] for e in embeds_in(fake_discord, NEWS_CHANNEL_ID)] == ["Transfer round-up number 2"]
    assert f"Skipped article {bad.article_id} in channel {NEWS_CHANNEL_ID}" in caplog.text
    assert "In embeds.0.url: Not a well formed URL." in caplog.text


async def _cursor_at(bot: PressboxBot, article_id: int) -> bool:
    cursor = await bot.store.guild_channel(GUILD_ID)
    return cursor is not None and cursor.last_article_id == article_id


async def test_an_article_with_a_malformed_link_is_posted_without_it(fake_discord, db_path):
    async with running(db_path, fake_discord) as bot:
        await bot.store.set_news_channel(GUILD_ID, NEWS_CHANNEL_ID)
        await bot.store.add_article(dataclasses.replace(news_item(1), url="htps//example.org/news-1"))
        [embed] = await fake_discord.wait_for(lambda: embeds_in(fake_discord, NEWS_CHANNEL_ID), timeout=TIMEOUT)
    assert embed["title"] == "Transfer round-up number 1" and "url" not in embed


@pytest.mark.parametrize("restart, posted", [("within Discord's nonce window", 1), ("after it", 2)])
async def test_a_post_recorded_only_after_a_restart(fake_discord, db_path, monkeypatch, restart, posted):
    """The store could not record the post before the bot stopped: the restarted bot sends it again with
    the same nonce. Within Discord's window the channel still shows it once; after it, twice."""
    sends = count_sends(monkeypatch, NEWS_CHANNEL_ID)
    async with running(db_path, fake_discord) as bot:
        await bot.store.set_news_channel(GUILD_ID, NEWS_CHANNEL_ID)
        bot.get_cog("Watcher").mark_retry_delays = (0, 0, 0)

        async def disk_full(*args):
            raise OSError("disk full")

        bot.store.mark_posted = disk_full
        await ingest_in_another_process(db_path, 1)
        await fake_discord.wait_for(lambda: embeds_in(fake_discord, NEWS_CHANNEL_ID), timeout=TIMEOUT)
        await watcher_rounds(bot, 3)  # while it runs, the post is not sent again
        assert len(sends) == 1 and not await _cursor_at(bot, 1)

    if posted == 2:
        fake_discord.nonce_window = 0
    async with running(db_path, fake_discord) as bot:
        await eventually(lambda: _cursor_at(bot, 1), "the post to be recorded")
        cursor = await bot.store.guild_channel(GUILD_ID)
    assert len(sends) == 2 and sends[0] == sends[1]  # really sent again, with the same nonce
    messages = fake_discord.messages[NEWS_CHANNEL_ID]
    assert len(messages) == posted
    assert cursor.last_message_id == int(messages[-1]["id"])


async def test_a_server_that_removes_the_bot_has_its_news_channel_cleared(fake_discord, db_path):
    async with running(db_path, fake_discord) as bot:
        await bot.store.set_news_channel(GUILD_ID, NEWS_CHANNEL_ID)
        await fake_discord.dispatch("GUILD_DELETE", {"id": str(GUILD_ID)})  # kicked: not `unavailable`

        async def cleared() -> bool:
            return await bot.store.guild_channel(GUILD_ID) is None

        await eventually(cleared, "the news channel to be cleared")
        assert await bot.store.news_channels() == []


async def test_a_channel_that_keeps_being_unknown_is_given_up_until_set_again(fake_discord, db_path, monkeypatch):
    sends = count_sends(monkeypatch, NEWS_CHANNEL_ID)
    async with running(db_path, fake_discord) as bot:
        watcher = bot.get_cog("Watcher")
        watcher.error_retry_seconds = 0
        await bot.store.set_news_channel(GUILD_ID, NEWS_CHANNEL_ID)
        fake_discord.fail_channel(NEWS_CHANNEL_ID, UNKNOWN_CHANNEL)
        await bot.store.add_article(news_item(1))
        await eventually(lambda: _given_up(watcher), "the channel to be given up")
        await watcher_rounds(bot, 5)
        assert len(sends) == cogs.watcher.UNKNOWN_CHANNEL_STRIKES

        asked = await fake_discord.send_command("status")
        shown = await fake_discord.wait_for_interaction_response(asked, timeout=TIMEOUT)
        fields = {f["name"]: f["value"] for f in shown["data"]["embeds"][0]["fields"]}
        assert "stopped trying" in fields["Posting stopped"] and "404" in fields["Last error"]

        fake_discord.fail_channel(NEWS_CHANNEL_ID, None)  # e.g. Discord had the channel back
        asked = await fake_discord.send_command("newschannel set", {"channel": NEWS_CHANNEL_ID})
        await fake_discord.wait_for_interaction_response(asked, timeout=TIMEOUT)
        await fake_discord.wait_for(lambda: embeds_in(fake_discord, NEWS_CHANNEL_ID), timeout=TIMEOUT)
        assert watcher.status_for(GUILD_ID, NEWS_CHANNEL_ID).stopped is None


async def _given_up(watcher) -> bool:
    return watcher.status_for(GUILD_ID, NEWS_CHANNEL_ID).stopped is not None


# --- the fake behaves like Discord where the watcher depends on it -------------------------------


@pytest.mark.parametrize("url", ["javascript:alert(1)", "not a url", "https://", "ftp://example.org/a",
                                 "https://example.org/a b", "https://example.org/" + "a" * 2100])
async def test_the_fake_refuses_an_embed_url_as_discord_does(fake_discord, db_path, url):
    async with running(db_path, fake_discord) as bot:
        channel = bot.get_channel(NEWS_CHANNEL_ID)
        with pytest.raises(discord.HTTPException) as refused:
            await channel.send(embed=discord.Embed(title="x", url=url))
        for fine in ("https://example.org/a", "attachment://logo.png"):
            await channel.send(embed=discord.Embed(title="ok", url=fine))
    assert (refused.value.status, refused.value.code) == (400, 50035)
    assert "In embeds.0.url: " in refused.value.text
    assert [e["url"] for e in embeds_in(fake_discord, NEWS_CHANNEL_ID)] == ["https://example.org/a",
                                                                             "attachment://logo.png"]


async def test_the_fake_honours_enforce_nonce_as_discord_does(fake_discord, db_path):
    """discord.py sends `enforce_nonce` with every nonce: a nonce repeated within Discord's window
    returns the message it first posted, and posts nothing."""
    async with running(db_path, fake_discord) as bot:
        channel = bot.get_channel(NEWS_CHANNEL_ID)
        first = await channel.send("one", nonce="same-nonce")
        again = await channel.send("one, sent again", nonce="same-nonce")
        other = await channel.send("two", nonce="other-nonce")
        fake_discord.nonce_window = 0  # the window has passed
        late = await channel.send("three", nonce="same-nonce")
    assert (again.id, again.content, again.nonce) == (first.id, "one", "same-nonce")
    assert len({first.id, other.id, late.id}) == 3
    assert [m["content"] for m in fake_discord.messages[NEWS_CHANNEL_ID]] == ["one", "two", "three"]


# --- `pressbox run` as a process -----------------------------------------------------------------


async def pressbox_run(fake: FakeDiscord, tmp_path: Path, token: str) -> asyncio.subprocess.Process:
    env = child_env(
        DISCORD_TOKEN=token, DISCORD_API_BASE=fake.api_base, DISCORD_GATEWAY_URL=fake.gateway_url,
        PRESSBOX_DB=str(tmp_path / "pressbox.db"), PRESSBOX_LOG_LEVEL="DEBUG",
    )
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )


async def test_pressbox_run_with_a_rejected_token_exits_2_without_echoing_it(fake_discord, tmp_path):
    wrong = "A" * 24 + ".BBBBBB." + "C" * 27
    process = await pressbox_run(fake_discord, tmp_path, wrong)
    out, err = await asyncio.wait_for(process.communicate(), TIMEOUT)
    assert process.returncode == 2
    assert err.decode().splitlines()[-1].startswith("error: DISCORD_TOKEN: Discord rejected the token")
    assert wrong not in (out + err).decode()


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
async def test_pressbox_run_serves_and_stops_cleanly(fake_discord, tmp_path, stop):
    process = await pressbox_run(fake_discord, tmp_path, TOKEN)
    try:
        await fake_discord.wait_until_connected(timeout=TIMEOUT)
        await fake_discord.send_message(GENERAL_CHANNEL_ID, OWNER_ID, "!help")
        await fake_discord.wait_for_message(GENERAL_CHANNEL_ID, lambda m: m["embeds"], timeout=TIMEOUT)
    finally:
        process.send_signal(stop)
        out, err = await asyncio.wait_for(process.communicate(), TIMEOUT)
    assert process.returncode == 0, err.decode()
    assert TOKEN not in (out + err).decode()
    assert "Traceback" not in err.decode()

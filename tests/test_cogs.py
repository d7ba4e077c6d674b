"""Members' and admins' prefix commands, end to end through the real cogs, query layer and a Store file.

dpytest fakes Discord without a gateway, so slash commands, autocomplete and buttons are covered by
tests/test_e2e.py against the fake Discord; the paging view is tested directly here.
"""
from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import ANY, AsyncMock

import discord
import discord.ext.test as dpytest
import pytest
import pytest_asyncio
from discord import app_commands
from discord.ext import commands

from bot import query
from bot.client import PressboxBot, extension_names
from bot.settings import Settings
from cogs.errors import APOLOGY, error_hint
from cogs.quotes import QuotePages
from dpytest_bot import close_bot, configured_bot, sent_messages
from sample_articles import RAMOS_RESPONSIBLE, RAMOS_UNITED, VALDIVIA_MENTIONS, cup_exit, news_item, supporters


@pytest_asyncio.fixture
async def bot(tmp_path):
    bot = await configured_bot(tmp_path / "pressbox.db", *extension_names(), guilds=["Pressbox FC"],
                               text_channels=["general", "news"], voice_channels=0, members=["alice", "bob"])
    for extraction in (cup_exit(), supporters(), *(news_item(n) for n in range(1, 7))):
        await bot.store.add_article(extraction)
    yield bot
    await close_bot(bot)


@pytest.fixture
def general():
    return dpytest.get_config().channels[0]


@pytest.fixture
def news_channel():
    return dpytest.get_config().channels[1]


@pytest_asyncio.fixture
async def alice():
    """A server manager."""
    alice = dpytest.get_config().members[0]
    permissions = discord.Permissions(manage_guild=True, send_messages=True, read_messages=True)
    role = dpytest.backend.make_role("Managers", alice.guild, permissions=permissions.value)
    await dpytest.add_role(alice, role)
    return alice


@pytest.fixture
def bob():
    """A plain member."""
    return dpytest.get_config().members[1]


async def say(text: str, member=1, channel=0) -> list[discord.Message]:
    """`member` posts `text`; the bot's replies. A command error dpytest re-raises is checked by the caller."""
    await dpytest.message(text, channel=channel, member=member)
    return sent_messages()


async def say_expecting(error: type[Exception], text: str, member=1) -> list[discord.Message]:
    with pytest.raises(error):
        await dpytest.message(text, member=member)
    return sent_messages()


# --- members' commands ---------------------------------------------------------------------------


async def test_quote_shows_the_quote_speaker_and_article(bot):
    [reply] = await say("!quote Valdivia")
    embed = reply.embeds[0]
    assert embed.description == f">>> {VALDIVIA_MENTIONS}"
    assert embed.author.name == "Tomas Valdivia"
    assert embed.title == "Valdivia thanks the travelling support"


async def test_several_quotes_start_on_the_newest_page(bot):
    [reply] = await say("!quote Ramos")
    embed = reply.embeds[0]
    assert embed.author.name == "Sergio Ramos"
    assert embed.footer.text.startswith("Quote 1 of 2")
    assert embed.url == "https://example.org/cup-exit"


@pytest.mark.parametrize("command", ["!quote Ramos united", "!quote Sergio Ramos united", '!quote "Sergio Ramos" united'])
async def test_quote_keywords_narrow_the_quotes_however_the_name_is_typed(bot, command):
    [reply] = await say(command)
    assert reply.embeds[0].description == f">>> {RAMOS_UNITED}"


async def test_quote_of_an_unknown_person_says_so(bot):
    [reply] = await say("!quote Zidane")
    assert reply.content.startswith("No quotes from Zidane")


async def test_tie_shows_both_legs_and_who_went_through(bot):
    [reply] = await say("!tie Leganes")
    embed = reply.embeds[0]
    assert embed.title in {"Real Madrid v Leganes", "Leganes v Real Madrid"}
    assert "Leganes through on away goals" in embed.description
    assert [f.name for f in embed.fields] == ["First leg · 15 Jan 2020", "Second leg · 22 Jan 2020"]


@pytest.mark.parametrize("command", ["!tie Real Madrid", "!tie Real Madrid Leganes", "!tie Leganes Real Madrid"])
async def test_tie_team_names_may_have_several_words(bot, command):
    [reply] = await say(command)
    assert "Leganes through on away goals" in reply.embeds[0].description


async def test_tie_of_an_unknown_team_says_so(bot):
    [reply] = await say("!tie Getafe")
    assert reply.content.startswith("No two-legged tie found for Getafe")


async def test_news_lists_the_five_latest_articles(bot):
    [reply] = await say("!news")
    embed = reply.embeds[0]
    assert embed.title == "Latest news"
    assert len(embed.fields) == 5
    assert embed.fields[0].name.startswith("Transfer round-up number 6")


async def test_help_lists_every_command_by_category(bot):
    [reply] = await say("!help")
    embed = reply.embeds[0]
    assert [f.name for f in embed.fields] == ["Quotes", "Ties", "News", "Server settings"]
    listing = "\n".join(f.value for f in embed.fields)
    for usage in ("!quote <person> [keywords]", "!tie <team> [other team]", "!news", "!newschannel set <channel>",
                  "!newschannel clear", "!status"):
        assert f"`{usage}`" in listing


async def test_help_explains_one_command(bot):
    [reply] = await say("!help quote")
    embed = reply.embeds[0]
    assert embed.title == "!quote <person> [keywords]"
    assert "Quotes from a person" in embed.description


# --- mentions ------------------------------------------------------------------------------------


async def test_nothing_the_bot_sends_can_ping(bot, monkeypatch):
    mentions = []
    send = discord.abc.Messageable.send

    async def spy(self, *args, **kwargs):
        mentions.append(kwargs.get("allowed_mentions"))
        return await send(self, *args, **kwargs)

    monkeypatch.setattr(discord.abc.Messageable, "send", spy)
    [quoted] = await say("!quote Valdivia")
    [echoed] = await say("!quote @everyone")
    assert "@everyone" in quoted.embeds[0].description and "<@123>" in quoted.embeds[0].description
    assert echoed.content.startswith("No quotes from @everyone")
    assert len(mentions) == 2 and all(m.to_dict() == {"parse": []} for m in mentions)


@pytest.mark.parametrize("command", [
    "!quote [free nitro](https://evil.example)",
    "!quote Ramos [free nitro](https://evil.example)",
    "!tie [free nitro](https://evil.example)",
    "!help [free nitro](https://evil.example)",
    "!help x` [free nitro](https://evil.example) `",
])
async def test_what_a_member_typed_is_never_repeated_as_a_masked_link(bot, command):
    [reply] = await say(command)
    assert "\\[free nitro](https://evil.example)" in reply.content
    assert "[free nitro](" not in reply.content.replace("\\[free nitro](", "")


async def test_a_converter_error_repeating_the_input_is_escaped(bot, alice):
    [reply] = await say_expecting(commands.ChannelNotFound, "!newschannel set [nitro](https://evil.example)",
                                  member=alice)
    assert reply.content.startswith('Channel "\\[nitro](https://evil.example)" not found.')
    assert reply.content.endswith("Usage: `!newschannel set <channel>`")


def test_the_bot_wide_default_allows_no_pings_either():
    assert PressboxBot(Settings()).allowed_mentions.to_dict() == {"parse": []}


# --- errors and cooldowns ------------------------------------------------------------------------


async def test_a_missing_argument_gets_the_usage(bot):
    [reply] = await say_expecting(commands.MissingRequiredArgument, "!quote")
    assert reply.content == "Missing `person`. Usage: `!quote <person> [keywords]`"


async def test_an_unknown_command_gets_no_reply(bot):
    assert await say_expecting(commands.CommandNotFound, "!transfers") == []


async def test_members_commands_have_a_per_user_cooldown(bot, alice):
    for _ in range(3):
        assert len(await say("!news")) == 1
    [reply] = await say_expecting(commands.CommandOnCooldown, "!news")
    assert reply.content.startswith("Slow down")
    assert len(await say("!news", member=alice)) == 1  # someone else is not slowed down


async def test_an_unexpected_error_is_apologised_for_and_logged(bot, monkeypatch, caplog):
    async def broken(*args, **kwargs):
        raise RuntimeError("query layer bug")

    monkeypatch.setattr(query, "quotes_for", broken)
    [reply] = await say_expecting(commands.CommandInvokeError, "!quote Ramos")
    assert reply.content == APOLOGY
    assert "query layer bug" in caplog.text and "Traceback" in caplog.text


async def test_app_command_errors_get_an_ephemeral_hint_or_an_apology(bot, caplog):
    errors = bot.get_cog("Errors")

    def interaction():
        response = SimpleNamespace(is_done=lambda: False, send_message=AsyncMock())
        return SimpleNamespace(response=response, command=None, guild_id=1, user=SimpleNamespace(id=2))

    refused = interaction()
    await errors.on_app_command_error(refused, app_commands.MissingPermissions(["manage_guild"]))
    refused.response.send_message.assert_awaited_once_with(
        "You need the Manage Server permission for that.", ephemeral=True, allowed_mentions=ANY)

    broken = interaction()
    await errors.on_app_command_error(broken, app_commands.AppCommandError("tree bug"))
    assert broken.response.send_message.await_args.args == (APOLOGY,)
    assert "tree bug" in caplog.text


@pytest.mark.parametrize("prefix_error, app_error", [
    (commands.MissingPermissions(["manage_guild"]), app_commands.MissingPermissions(["manage_guild"])),
    (commands.BotMissingPermissions(["embed_links"]), app_commands.BotMissingPermissions(["embed_links"])),
    (commands.NoPrivateMessage(), app_commands.NoPrivateMessage("nope")),
    (commands.CheckFailure(), app_commands.CheckFailure()),
])
def test_prefix_and_app_command_errors_get_the_same_hint(prefix_error, app_error):
    assert error_hint(prefix_error) == error_hint(app_error) is not None


def test_cooldowns_get_the_same_hint_however_the_command_was_run():
    bucket = commands.Cooldown(3, 10.0)
    prefix = commands.CommandOnCooldown(bucket, 4.2, commands.BucketType.user)
    app = app_commands.CommandOnCooldown(app_commands.Cooldown(3, 10.0), 4.2)
    assert error_hint(prefix) == error_hint(app) == "Slow down a little — try again in 4s."


def test_a_hybrid_slash_error_is_answered_like_the_app_command_error_inside():
    converter = SimpleNamespace(_error_display_name="TextChannel")
    transformer = app_commands.TransformerError("[x](https://evil.example)", discord.AppCommandOptionType.string,
                                                converter)
    hint = error_hint(commands.HybridCommandError(transformer), "`/newschannel set`")
    assert hint == error_hint(transformer, "`/newschannel set`")
    assert hint.endswith("Usage: `/newschannel set`") and "\\[x](https://evil.example)" in hint


# --- server managers' commands -------------------------------------------------------------------


async def test_a_plain_member_cannot_set_the_news_channel(bot, bob, news_channel):
    [reply] = await say_expecting(commands.MissingPermissions, f"!newschannel set {news_channel.mention}", member=bob)
    assert reply.content == "You need the Manage Server permission for that."
    assert await bot.store.guild_channel(news_channel.guild.id) is None


async def test_a_manager_sets_shows_and_clears_the_news_channel(bot, alice, news_channel):
    [reply] = await say(f"!newschannel set {news_channel.mention}", member=alice)
    assert reply.content.startswith(f"New articles will be posted in {news_channel.mention}")
    cursor = await bot.store.guild_channel(news_channel.guild.id)
    assert cursor.channel_id == news_channel.id
    assert cursor.last_article_id == await bot.store.latest_article_id()  # the back catalogue is not posted

    [reply] = await say("!newschannel", member=alice)
    assert reply.content == f"New articles are posted in {news_channel.mention}."

    [reply] = await say("!newschannel clear", member=alice)
    assert reply.content == "New articles are no longer posted in this server."
    assert await bot.store.guild_channel(news_channel.guild.id) is None


async def test_a_channel_the_bot_cannot_post_in_is_refused(bot, alice, news_channel):
    await dpytest.set_permission_overrides(news_channel.guild.default_role, news_channel, send_messages=False)
    [reply] = await say(f"!newschannel set {news_channel.mention}", member=alice)
    assert reply.content == f"I can't post in {news_channel.mention}: I need Send Messages, Embed Links there."
    assert await bot.store.guild_channel(news_channel.guild.id) is None


async def test_status_shows_the_store_channel_and_watcher(bot, alice, news_channel):
    await bot.store.set_news_channel(news_channel.guild.id, news_channel.id)
    [reply] = await say("!status", member=alice)
    fields = {f.name: f.value for f in reply.embeds[0].fields}
    assert fields["Articles stored"] == "8"
    assert fields["News channel"] == news_channel.mention
    assert fields["Last post"] == "Nothing posted yet"
    assert fields["Last error"] == "None"
    assert fields["Watcher"].startswith("Running, every 3600s")

    article = await bot.store.add_article(news_item(7))
    await bot.get_cog("Watcher").run_once()
    sent_messages()
    [reply] = await say("!status", member=alice)
    fields = {f.name: f.value for f in reply.embeds[0].fields}
    assert fields["Last post"].startswith(f"[Article {article.article_id}](https://discord.com/channels/")
    assert "Posted 1 since start" in fields["Watcher"]


async def test_a_plain_member_cannot_see_the_status(bot, bob):
    [reply] = await say_expecting(commands.MissingPermissions, "!status", member=bob)
    assert reply.content == "You need the Manage Server permission for that."


# --- the paging view -----------------------------------------------------------------------------


def ramos_answer():
    article = SimpleNamespace(title="Ramos takes responsibility", published="2020-01-23", source="s", url=None)
    items = [SimpleNamespace(speaker="Sergio Ramos", text=t, article=article) for t in (RAMOS_RESPONSIBLE, RAMOS_UNITED)]
    return SimpleNamespace(query="Ramos", keywords=None, speaker="Sergio Ramos", quotes=items, suggestions=[])


def interaction_from(user_id: int):
    response = SimpleNamespace(edit_message=AsyncMock(), send_message=AsyncMock())
    return SimpleNamespace(user=SimpleNamespace(id=user_id), response=response)


async def test_pages_turn_for_the_member_who_asked_and_stop_at_the_ends():
    pages = QuotePages(ramos_answer(), owner_id=7)
    assert pages.previous_page.disabled and not pages.next_page.disabled

    press = interaction_from(7)
    assert await pages.interaction_check(press)
    await pages.next_page.callback(press)
    embed = press.response.edit_message.await_args.kwargs["embed"]
    assert embed.description == f">>> {RAMOS_UNITED}" and embed.footer.text.startswith("Quote 2 of 2")
    assert pages.next_page.disabled and not pages.previous_page.disabled


async def test_pages_refuse_anyone_else():
    pages = QuotePages(ramos_answer(), owner_id=7)
    stranger = interaction_from(8)
    assert not await pages.interaction_check(stranger)
    assert stranger.response.send_message.await_args.kwargs["ephemeral"] is True


async def test_pages_grey_out_when_they_time_out():
    pages = QuotePages(ramos_answer(), owner_id=7)
    pages.message = SimpleNamespace(id=1, edit=AsyncMock())
    await pages.on_timeout()
    assert all(item.disabled for item in pages.children)
    assert pages.message.edit.await_args.kwargs["view"] is pages

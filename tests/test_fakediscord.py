"""The fake Discord works with the real discord.py client, reached through `bot.endpoints`."""
from __future__ import annotations

import asyncio
import io

import discord
import pytest
import yarl
from discord import app_commands
from discord.ext import commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.endpoints import apply_endpoints, reset_endpoints
from fakediscord import (
    GENERAL_CHANNEL_ID,
    GUILD_ID,
    MISSING_PERMISSIONS,
    NEWS_CHANNEL_ID,
    OWNER_ID,
    UNKNOWN_CHANNEL,
    FakeDiscord,
)
from fakediscord.fixtures import fake_discord  # noqa: F401  (the fixture)

TIMEOUT = 5.0


def make_bot(*, message_content: bool = True) -> commands.Bot:
    intents = discord.Intents.default()
    intents.message_content = message_content
    bot = commands.Bot(command_prefix="!", intents=intents, guild_ready_timeout=0.1)

    @bot.command()
    async def ping(ctx: commands.Context) -> None:
        await ctx.reply("pong")

    return bot


def test_apply_endpoints_is_reversible() -> None:
    default_base, default_gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    apply_endpoints("http://127.0.0.1:1/api/v10/", "ws://127.0.0.1:1")
    try:
        assert Route("GET", "/users/@me").url == "http://127.0.0.1:1/api/v10/users/@me"
        # Interaction callbacks and follow-ups are built from the same Route class.
        assert discord.webhook.async_.Route is Route
        assert DiscordWebSocket.DEFAULT_GATEWAY == yarl.URL("ws://127.0.0.1:1")
        apply_endpoints(None, None)
        assert (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY) == (default_base, default_gateway)
    finally:
        reset_endpoints()
    assert Route.BASE == "https://discord.com/api/v10"


async def test_prefix_command_replies(fake_discord: FakeDiscord) -> None:
    async with fake_discord.running(make_bot()):
        sent = await fake_discord.send_message(GENERAL_CHANNEL_ID, OWNER_ID, "!ping")
        reply = await fake_discord.wait_for_message(GENERAL_CHANNEL_ID, timeout=TIMEOUT)

    assert reply["content"] == "pong"
    assert reply["message_reference"]["message_id"] == sent["id"]
    assert fake_discord.handshakes[0].kind == "IDENTIFY"
    assert fake_discord.unhandled == []


async def test_message_content_is_hidden_without_the_intent(fake_discord: FakeDiscord) -> None:
    bot = make_bot(message_content=False)
    seen: asyncio.Queue[str] = asyncio.Queue()

    @bot.listen()
    async def on_message(message: discord.Message) -> None:
        seen.put_nowait(message.content)

    async with fake_discord.running(bot):
        await fake_discord.send_message(GENERAL_CHANNEL_ID, OWNER_ID, "!ping")
        assert await asyncio.wait_for(seen.get(), TIMEOUT) == ""
        await fake_discord.send_message(GENERAL_CHANNEL_ID, OWNER_ID, f"<@{bot.user.id}> hello")
        assert await asyncio.wait_for(seen.get(), TIMEOUT) == f"<@{bot.user.id}> hello"


@pytest.mark.parametrize(("error", "status", "code"), [(MISSING_PERMISSIONS, 403, 50013), (UNKNOWN_CHANNEL, 404, 10003)])
async def test_failing_channel_raises_discord_errors(
    fake_discord: FakeDiscord, error, status: int, code: int
) -> None:
    bot = make_bot()
    errors: asyncio.Queue[discord.HTTPException] = asyncio.Queue()

    @bot.event
    async def on_command_error(ctx: commands.Context, exc: commands.CommandError) -> None:
        errors.put_nowait(exc.original)

    fake_discord.fail_channel(NEWS_CHANNEL_ID, error)
    async with fake_discord.running(bot):
        await fake_discord.send_message(NEWS_CHANNEL_ID, OWNER_ID, "!ping")
        failure = await asyncio.wait_for(errors.get(), TIMEOUT)

    assert (failure.status, failure.code) == (status, code)
    assert fake_discord.messages[NEWS_CHANNEL_ID][0]["content"] == "!ping"  # the user's message only


async def test_wrong_token_is_rejected(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    try:
        with pytest.raises(discord.LoginFailure):
            await bot.login("not-the-token")
    finally:
        await bot.close()


async def test_privileged_intent_not_enabled_in_the_portal(fake_discord: FakeDiscord) -> None:
    fake_discord.privileged_intents = 0
    with pytest.raises(discord.PrivilegedIntentsRequired):
        async with fake_discord.running(make_bot()):
            pass


async def test_slash_commands_sync_respond_and_autocomplete(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    players = ["Messi", "Mbappé", "Modrić", "Salah"]

    @bot.hybrid_command()
    async def echo(ctx: commands.Context, text: str) -> None:
        await ctx.send(text)

    @bot.tree.command()
    async def quote(interaction: discord.Interaction, player: str) -> None:
        await interaction.response.send_message(f"quote from {player}", ephemeral=True)

    @quote.autocomplete("player")
    async def complete_player(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=p, value=p) for p in players if p.startswith(current)]

    match = app_commands.Group(name="match", description="Matches")

    @match.command()
    async def show(interaction: discord.Interaction, leg: int) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.edit_original_response(content=f"leg {leg}")
        await interaction.followup.send("full time")

    bot.tree.add_command(match)
    guild = discord.Object(GUILD_ID)

    async with fake_discord.running(bot):
        await bot.tree.sync()
        bot.tree.copy_global_to(guild=guild)
        await bot.tree.sync(guild=guild)

        assert {c["name"] for c in fake_discord.global_commands} == {"echo", "quote", "match"}
        assert {c["name"] for c in fake_discord.guild_commands[GUILD_ID]} == {"echo", "quote", "match"}

        asked = await fake_discord.send_command("quote", {"player": "Messi"})
        answer = await fake_discord.wait_for_interaction_response(asked, timeout=TIMEOUT)
        assert answer["type"] == 4
        assert answer["data"]["content"] == "quote from Messi"
        assert answer["data"]["flags"] == discord.MessageFlags(ephemeral=True).value

        typing = await fake_discord.send_autocomplete("quote", "player", {"player": "M"})
        suggestions = await fake_discord.wait_for_interaction_response(typing, timeout=TIMEOUT)
        assert suggestions["type"] == 8
        assert [c["value"] for c in suggestions["data"]["choices"]] == ["Messi", "Mbappé", "Modrić"]

        await fake_discord.send_command("echo", {"text": "hello"})
        echoed = await fake_discord.wait_for_message(GENERAL_CHANNEL_ID, lambda m: m["content"] == "hello")
        assert echoed["interaction_metadata"]["user"]["id"] == str(OWNER_ID)

        shown = await fake_discord.send_command("match show", {"leg": 2})
        await fake_discord.wait_for_message(GENERAL_CHANNEL_ID, lambda m: m["content"] == "full time")
        original = fake_discord.find_message(GENERAL_CHANNEL_ID, shown.original_message_id)
        assert original["content"] == "leg 2"
        assert original["flags"] == 0  # no longer "thinking"

    assert fake_discord.unhandled == []


async def test_button_press_updates_its_message(fake_discord: FakeDiscord) -> None:
    bot = make_bot()

    class Confirm(discord.ui.View):
        @discord.ui.button(label="Confirm", custom_id="confirm")
        async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
            await interaction.response.edit_message(content="confirmed", view=None)

    @bot.command()
    async def ask(ctx: commands.Context) -> None:
        await ctx.send("Sure?", view=Confirm())

    async with fake_discord.running(bot):
        await fake_discord.send_message(GENERAL_CHANNEL_ID, OWNER_ID, "!ask")
        question = await fake_discord.wait_for_message(GENERAL_CHANNEL_ID, lambda m: m["content"] == "Sure?")
        pressed = await fake_discord.press_button(question, "confirm")
        response = await fake_discord.wait_for_interaction_response(pressed, timeout=TIMEOUT)
        await fake_discord.wait_for(lambda: question["content"] == "confirmed", timeout=TIMEOUT)

    assert response["type"] == 7
    assert question["components"] == []


async def test_files_are_sent_as_multipart(fake_discord: FakeDiscord) -> None:
    bot = make_bot()

    @bot.command()
    async def table(ctx: commands.Context) -> None:
        await ctx.send("table", file=discord.File(io.BytesIO(b"1. Arsenal"), "table.txt"))

    @bot.tree.command()
    async def fixtures(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("fixtures", file=discord.File(io.BytesIO(b"Sat 15:00"), "fixtures.txt"))

    async with fake_discord.running(bot):
        await bot.tree.sync()
        await fake_discord.send_message(GENERAL_CHANNEL_ID, OWNER_ID, "!table")
        await fake_discord.send_command("fixtures")
        posted = await fake_discord.wait_for_message(GENERAL_CHANNEL_ID, lambda m: m["content"] == "table")
        answered = await fake_discord.wait_for_message(GENERAL_CHANNEL_ID, lambda m: m["content"] == "fixtures")

    for message, name, data in [(posted, "table.txt", b"1. Arsenal"), (answered, "fixtures.txt", b"Sat 15:00")]:
        [attachment] = message["attachments"]
        assert attachment["filename"] == name
        assert fake_discord.files[int(attachment["id"])] == data


async def test_bot_resumes_after_the_gateway_closes(fake_discord: FakeDiscord) -> None:
    async with fake_discord.running(make_bot()):
        await fake_discord.disconnect(code=4000)
        # Sent while the bot is away: held and replayed when it resumes, as Discord does.
        await fake_discord.send_message(GENERAL_CHANNEL_ID, OWNER_ID, "!ping")
        await fake_discord.wait_for_message(GENERAL_CHANNEL_ID, lambda m: m["content"] == "pong", timeout=TIMEOUT)

    identify, resume = fake_discord.handshakes
    assert (identify.kind, identify.path) == ("IDENTIFY", "/")
    assert (resume.kind, resume.path, resume.session_id) == ("RESUME", "/resume", identify.session_id)


@pytest.mark.parametrize("interrupt", [FakeDiscord.request_reconnect, FakeDiscord.drop_connection])
async def test_bot_resumes_when_asked_or_cut_off(fake_discord: FakeDiscord, interrupt) -> None:
    async with fake_discord.running(make_bot()):
        await interrupt(fake_discord)
        await fake_discord.wait_for(lambda: len(fake_discord.handshakes) == 2, timeout=TIMEOUT)
        await fake_discord.send_message(GENERAL_CHANNEL_ID, OWNER_ID, "!ping")
        await fake_discord.wait_for_message(GENERAL_CHANNEL_ID, lambda m: m["content"] == "pong", timeout=TIMEOUT)

    assert [(h.kind, h.path) for h in fake_discord.handshakes] == [("IDENTIFY", "/"), ("RESUME", "/resume")]

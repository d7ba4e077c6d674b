"""A fake Discord for end-to-end tests. A single aiohttp server on 127.0.0.1 serves the gateway
websocket at `/` (and `/resume`) and the REST API under `/api/v10`, so the real discord.py client
runs against it unchanged."""
from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
import time
import uuid
from collections import defaultdict
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, AsyncIterator, Callable, Iterable, TypeVar

import discord
from aiohttp import WSMsgType, web

from . import payloads
from .errors import UNKNOWN_CHANNEL, ApiError, ApiFailure
from .gateway import (
    HEARTBEAT,
    HEARTBEAT_ACK,
    HELLO,
    IDENTIFY,
    INVALID_SESSION,
    PRESENCE_UPDATE,
    RECONNECT,
    REQUEST_GUILD_MEMBERS,
    RESUME,
    GatewaySocket,
    Handshake,
    Session,
)
from .rest import API_PREFIX, EPHEMERAL, RestApi

log = logging.getLogger(__name__)

T = TypeVar("T")

GUILD_MESSAGES_INTENT = 1 << 9
MESSAGE_CONTENT_INTENT = 1 << 15
PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | MESSAGE_CONTENT_INTENT  # members, presences, message content
# The limited gateway intents flags, as a small bot gets them after enabling all three in the portal.
APPLICATION_FLAGS = (1 << 13) | (1 << 15) | (1 << 19)
# Option types whose value is an id that Discord resolves into `data.resolved`.
USER_OPTION, CHANNEL_OPTION, ROLE_OPTION = 6, 7, 8
SUBCOMMAND_TYPES = (1, 2)
_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")
# How long Discord remembers a message nonce sent with `enforce_nonce` ("the past few minutes").
NONCE_WINDOW_SECONDS = 180.0


@dataclass
class Interaction:
    """An interaction the fake sent, and how the bot has responded to it so far."""

    payload: dict[str, Any]
    response_type: int | None = None
    # The message that the webhook path `@original` refers to, once there is one.
    original_message_id: int | None = None

    @property
    def id(self) -> int:
        return int(self.payload["id"])

    @property
    def token(self) -> str:
        return self.payload["token"]

    @property
    def channel_id(self) -> int:
        return int(self.payload["channel_id"])


class FakeDiscord:
    """The fake server and its test API. Everything the bot does is recorded in plain Discord
    payloads: `messages` (channel id -> messages, oldest first), `interaction_responses`,
    `global_commands`/`guild_commands`, `handshakes`, `presence` and `unhandled`."""

    def __init__(
        self,
        *,
        token: str = payloads.TOKEN,
        bot_user: dict[str, Any] | None = None,
        guilds: Iterable[dict[str, Any]] | None = None,
        heartbeat_interval_ms: int = 41250,
    ) -> None:
        self.token = token
        self.bot_user = bot_user or payloads.default_bot_user()
        self.application_id = int(self.bot_user["id"])
        self.heartbeat_interval_ms = heartbeat_interval_ms
        # Privileged intents enabled in the developer portal; asking for others closes with 4014.
        self.privileged_intents = PRIVILEGED_INTENTS
        guild_list = list(guilds) if guilds is not None else [payloads.default_guild(self.bot_user)]
        self.guilds: dict[int, dict[str, Any]] = {int(g["id"]): g for g in guild_list}
        self.channels: dict[int, dict[str, Any]] = {int(c["id"]): c for g in guild_list for c in g["channels"]}

        self.messages: defaultdict[int, list[dict[str, Any]]] = defaultdict(list)
        self.files: dict[int, bytes] = {}  # attachment id -> uploaded bytes
        self.interactions: dict[str, Interaction] = {}  # by token
        self.interaction_responses: list[dict[str, Any]] = []
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: defaultdict[int, list[dict[str, Any]]] = defaultdict(list)
        self.channel_errors: dict[int, ApiError] = {}
        self.handshakes: list[Handshake] = []
        self.presence: dict[str, Any] | None = None
        self.unhandled: list[str] = []  # "METHOD /path" of requests the fake does not know
        self.nonce_window = NONCE_WINDOW_SECONDS  # set to 0 to make every nonce count as expired
        self._nonces: dict[tuple[str, str], tuple[float, dict[str, Any]]] = {}  # (author, nonce) -> (when, message)

        self._sessions: dict[str, Session] = {}
        self._session: Session | None = None  # the most recently identified or resumed one
        self._sockets: set[GatewaySocket] = set()
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    # -- lifecycle ------------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the fake Discord is not started")
        return self._port

    @property
    def api_base(self) -> str:
        """What `DISCORD_API_BASE` should be to use this fake."""
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        """What `DISCORD_GATEWAY_URL` should be to use this fake."""
        return f"ws://127.0.0.1:{self.port}/"

    @property
    def resume_gateway_url(self) -> str:
        """Sent in READY. A separate path so tests can tell that a client resumed where it was told to."""
        return f"ws://127.0.0.1:{self.port}/resume"

    async def start(self) -> None:
        rest = RestApi(self)
        app = web.Application(middlewares=[rest.middleware])
        app.router.add_get("/", self._gateway)
        app.router.add_get("/resume", self._gateway)
        app.router.add_routes(rest.routes())
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self._port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        for socket in list(self._sockets):
            await socket.close(code=1001)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @asynccontextmanager
    async def running(self, client: discord.Client, *, timeout: float = 10.0) -> AsyncIterator[discord.Client]:
        """Log `client` in with this fake's token, connect it, and wait until discord.py says it
        is ready; close it on exit. The client must already point at this fake (`apply_endpoints`,
        which the `fake_discord` fixture does). Build it with a small `guild_ready_timeout`
        (e.g. 0.1): discord.py waits that long after the last GUILD_CREATE before it is ready."""
        task: asyncio.Task[None] | None = None
        try:
            await asyncio.wait_for(client.login(self.token), timeout)
            task = asyncio.create_task(client.connect(), name="fake-discord client")
            ready = asyncio.ensure_future(client.wait_until_ready())
            done, _ = await asyncio.wait({ready, task}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            if ready not in done:
                ready.cancel()
                if task in done:
                    task.result()  # raises the reason the client could not connect
                raise TimeoutError(f"the client was not ready within {timeout}s")
            yield client
        finally:
            await asyncio.wait_for(client.close(), timeout)
            stuck = False
            if task is not None:
                await asyncio.wait({task}, timeout=timeout)
                stuck = not task.done()
                task.cancel()  # no effect once it has finished
        # Reached only if the test body passed: report a client that crashed or hung while it ran.
        if stuck:
            raise TimeoutError(f"the client did not stop within {timeout}s of close()")
        task.result()

    # -- waiting ----------------------------------------------------------------------------

    async def notify(self) -> None:
        """Wake the waiters: something was recorded."""
        async with self._changed:
            self._changed.notify_all()

    async def wait_for(self, condition: Callable[[], T], *, timeout: float = 5.0, what: str = "condition") -> T:
        """Wait until `condition()` is truthy and return its value; raise TimeoutError describing
        what the fake has seen. The condition is re-checked whenever the fake records something,
        so it should look at the fake's records: for the bot's own state use an asyncio.Event."""
        try:
            async with self._changed:
                return await asyncio.wait_for(self._changed.wait_for(condition), timeout)
        except TimeoutError:
            raise TimeoutError(f"timed out after {timeout}s waiting for {what}; {self.describe()}") from None

    def describe(self) -> str:
        """A short summary of what the fake has recorded, for failure messages."""
        posted = {cid: [m["content"] for m in msgs] for cid, msgs in self.messages.items()}
        responses = [(r["type"], r["data"]) for r in self.interaction_responses]
        return f"messages={posted} interaction_responses={responses} unhandled={self.unhandled}"

    async def wait_until_connected(self, *, timeout: float = 5.0) -> Session:
        """Wait until a client has identified or resumed, and its socket is open."""
        return await self.wait_for(
            lambda: self._session if self._session is not None and self._session.live else None,
            timeout=timeout,
            what="a gateway connection",
        )

    async def wait_for_message(
        self,
        channel_id: int,
        predicate: Callable[[dict[str, Any]], bool] | None = None,
        *,
        timeout: float = 5.0,
    ) -> dict[str, Any]:
        """The first message the bot has posted in the channel (interaction responses and
        follow-ups included) that matches `predicate`. Messages posted before the call count too."""

        def find() -> dict[str, Any] | None:
            for message in self.messages.get(channel_id, ()):
                if message["author"]["id"] == self.bot_user["id"] and (predicate is None or predicate(message)):
                    return message
            return None

        return await self.wait_for(find, timeout=timeout, what=f"a bot message in channel {channel_id}")

    async def wait_for_interaction_response(
        self,
        interaction: Interaction | None = None,
        predicate: Callable[[dict[str, Any]], bool] | None = None,
        *,
        timeout: float = 5.0,
    ) -> dict[str, Any]:
        """The first recorded interaction callback, for `interaction` if given, that matches
        `predicate`. Each is `{"interaction_id": int, "type": callback type, "data": dict | None}`."""

        def find() -> dict[str, Any] | None:
            for response in self.interaction_responses:
                if interaction is not None and response["interaction_id"] != interaction.id:
                    continue
                if predicate is None or predicate(response):
                    return response
            return None

        return await self.wait_for(find, timeout=timeout, what="an interaction response")

    # -- world ------------------------------------------------------------------------------

    def channel(self, channel_id: int) -> dict[str, Any]:
        """A channel's payload, or UNKNOWN_CHANNEL (or the error set by `fail_channel`)."""
        if error := self.channel_errors.get(channel_id):
            raise ApiFailure(error)
        try:
            return self.channels[channel_id]
        except KeyError:
            raise ApiFailure(UNKNOWN_CHANNEL) from None

    def fail_channel(self, channel_id: int, error: ApiError | None) -> None:
        """Answer every REST request about the channel with `error`, e.g. MISSING_PERMISSIONS or
        UNKNOWN_CHANNEL; `None` makes it work again."""
        if error is None:
            self.channel_errors.pop(channel_id, None)
        else:
            self.channel_errors[channel_id] = error

    def member(self, guild_id: int, user_id: int) -> dict[str, Any]:
        for member in self.guilds[guild_id]["members"]:
            if member["user"]["id"] == str(user_id):
                return member
        raise LookupError(f"user {user_id} is not a member of guild {guild_id}")

    def message_with_nonce(self, author_id: str, nonce: str) -> dict[str, Any] | None:
        """The message `author_id` posted with `nonce` (and `enforce_nonce`) within `nonce_window`."""
        seen = self._nonces.get((author_id, nonce))
        if seen is None or time.monotonic() - seen[0] >= self.nonce_window:
            return None
        return seen[1]

    def remember_nonce(self, author_id: str, nonce: str, message: dict[str, Any]) -> None:
        self._nonces[(author_id, nonce)] = (time.monotonic(), message)

    def find_message(self, channel_id: int, message_id: int) -> dict[str, Any] | None:
        for message in self.messages.get(channel_id, ()):
            if message["id"] == str(message_id):
                return message
        return None

    # -- recording, and the gateway events Discord sends for it ------------------------------

    async def store_message(self, message: dict[str, Any]) -> None:
        """Add a message to its channel and, unless it is ephemeral, tell the bot (MESSAGE_CREATE)."""
        self.messages[int(message["channel_id"])].append(message)
        await self.notify()
        if not message["flags"] & EPHEMERAL:
            await self._deliver("MESSAGE_CREATE", message)

    async def edit_message(self, message: dict[str, Any], changes: dict[str, Any]) -> None:
        message.update(changes, edited_timestamp=payloads.now())
        await self.notify()
        if not message["flags"] & EPHEMERAL:
            await self._deliver("MESSAGE_UPDATE", message)

    async def delete_message(self, message: dict[str, Any]) -> None:
        self.messages[int(message["channel_id"])].remove(message)
        await self.notify()
        event = {"id": message["id"], "channel_id": message["channel_id"], "guild_id": message.get("guild_id")}
        await self._deliver("MESSAGE_DELETE", event)

    async def _deliver(self, event: str, data: dict[str, Any]) -> None:
        """Send an event caused by the bot's own request, if it has a session (Discord echoes
        messages the bot posts, edits and deletes)."""
        if self._session is not None:
            await self._session.dispatch(event, data)

    # -- test API: things users do ------------------------------------------------------------

    async def dispatch(self, event: str, data: dict[str, Any], *, timeout: float = 5.0) -> None:
        """Send a raw gateway event. Waits for a session if none has been made yet; if the client
        is disconnected, the event is held and replayed when it resumes, as Discord does."""
        session = self._session or await self.wait_until_connected(timeout=timeout)
        await session.dispatch(event, data)

    async def send_message(
        self, channel_id: int, author: int | dict[str, Any], content: str, *, timeout: float = 5.0, **fields: Any
    ) -> dict[str, Any]:
        """`author` (a member's user id, or a user payload) posts `content` in a guild text channel.

        The message is added to the channel history, and the bot gets MESSAGE_CREATE the way
        Discord sends it: only with the GUILD_MESSAGES intent, and with content, embeds,
        attachments and components emptied unless the bot has the MESSAGE_CONTENT intent or is
        mentioned. `fields` override message payload keys (e.g. `message_reference`).
        Returns the full message payload."""
        channel = self.channels[channel_id]
        guild_id = int(channel["guild_id"])
        guild = self.guilds[guild_id]
        member = self.member(guild_id, author) if isinstance(author, int) else None
        user = member["user"] if member is not None else author
        members = {m["user"]["id"]: m for m in guild["members"]}
        mentions = [members[uid] for uid in _MENTION.findall(content) if uid in members]
        message = payloads.message(
            payloads.snowflake(),
            channel_id,
            user,
            content,
            guild_id=str(guild_id),
            mentions=[{**m["user"], "member": _without_user(m)} for m in mentions],
            mention_roles=[rid for rid in _ROLE_MENTION.findall(content) if any(r["id"] == rid for r in guild["roles"])],
            **fields,
        )
        self.messages[channel_id].append(message)
        await self.notify()

        session = self._session or await self.wait_until_connected(timeout=timeout)
        if not session.intents & GUILD_MESSAGES_INTENT:
            log.warning("not delivering MESSAGE_CREATE: the bot did not ask for the GUILD_MESSAGES intent")
            return message
        event = dict(message)
        if member is not None:
            event["member"] = _without_user(member)
        bot_mentioned = any(m["user"]["id"] == self.bot_user["id"] for m in mentions)
        if not session.intents & MESSAGE_CONTENT_INTENT and not bot_mentioned:
            event.update(content="", embeds=[], attachments=[], components=[])
        await session.dispatch("MESSAGE_CREATE", event)
        return message

    async def send_interaction(
        self,
        type: int,
        data: dict[str, Any] | None = None,
        *,
        channel_id: int = payloads.GENERAL_CHANNEL_ID,
        user_id: int = payloads.OWNER_ID,
        message: dict[str, Any] | None = None,
        timeout: float = 5.0,
    ) -> Interaction:
        """Send INTERACTION_CREATE of `type` (2 command, 3 component, 4 autocomplete, 5 modal
        submit) with `data`, from a member in a guild channel. The higher-level helpers below
        build `data` for you."""
        channel = self.channels[channel_id]
        guild = self.guilds[int(channel["guild_id"])]
        member = self.member(int(guild["id"]), user_id)
        bot_member = self.member(int(guild["id"]), self.application_id)
        payload: dict[str, Any] = {
            "id": str(payloads.snowflake()),
            "application_id": str(self.application_id),
            "type": type,
            "token": secrets.token_urlsafe(48),
            "version": 1,
            "guild_id": guild["id"],
            "guild": {"id": guild["id"], "locale": "en-US", "features": []},
            "channel_id": str(channel_id),
            "channel": channel,
            "member": {**member, "permissions": str(payloads.permissions_of(guild, member))},
            "app_permissions": str(payloads.permissions_of(guild, bot_member)),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": guild["id"]},
            "context": 0,
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if data is not None:
            payload["data"] = data
        if message is not None:
            payload["message"] = message
        interaction = Interaction(payload)
        self.interactions[interaction.token] = interaction
        await self.dispatch("INTERACTION_CREATE", payload, timeout=timeout)
        return interaction

    async def send_command(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        channel_id: int = payloads.GENERAL_CHANNEL_ID,
        user_id: int = payloads.OWNER_ID,
        timeout: float = 5.0,
    ) -> Interaction:
        """A member runs the slash command `name` ("quote", or "group sub" for subcommands) with
        `options` (option name -> value; ids for user, channel and role options). The command
        must have been synced to the fake, as on Discord: option types and ids come from the sync."""
        data = self._command_data(name, options or {}, channel_id)
        return await self.send_interaction(2, data, channel_id=channel_id, user_id=user_id, timeout=timeout)

    async def send_autocomplete(
        self,
        name: str,
        focused: str,
        options: dict[str, Any],
        *,
        channel_id: int = payloads.GENERAL_CHANNEL_ID,
        user_id: int = payloads.OWNER_ID,
        timeout: float = 5.0,
    ) -> Interaction:
        """A member is typing option `focused` of command `name`; `options` holds what has been
        typed so far, `options[focused]` included. The bot should answer with a type 8 callback."""
        data = self._command_data(name, options, channel_id, focused=focused)
        return await self.send_interaction(4, data, channel_id=channel_id, user_id=user_id, timeout=timeout)

    async def press_button(
        self,
        message: dict[str, Any],
        custom_id: str,
        *,
        user_id: int = payloads.OWNER_ID,
        timeout: float = 5.0,
    ) -> Interaction:
        """A member presses the button `custom_id` on `message`, a message from `messages`."""
        component = _find_component(message.get("components", []), custom_id)
        if component is None:
            raise LookupError(f"message {message['id']} has no component {custom_id!r}")
        data = {"custom_id": custom_id, "component_type": component["type"]}
        return await self.send_interaction(
            3, data, channel_id=int(message["channel_id"]), user_id=user_id, message=message, timeout=timeout
        )

    async def disconnect(self, code: int = 4000) -> None:
        """Close the client's gateway socket with `code`, as Discord does before asking it to
        resume (4000 "unknown error" is resumable)."""
        session = await self.wait_until_connected()
        await session.socket.close(code=code)

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT, as Discord does when it moves a session: the client closes and resumes."""
        session = await self.wait_until_connected()
        await session.socket.send({"op": RECONNECT, "d": None})

    async def drop_connection(self) -> None:
        """Cut the client's gateway TCP connection without a close frame."""
        session = await self.wait_until_connected()
        session.socket.drop()

    def _command_data(
        self, name: str, values: dict[str, Any], channel_id: int, *, focused: str | None = None
    ) -> dict[str, Any]:
        top, *path = name.split()
        guild_id = int(self.channels[channel_id]["guild_id"])
        registered = [*self.guild_commands.get(guild_id, ()), *self.global_commands]
        command = next((c for c in registered if c["name"] == top and c.get("type", 1) == 1), None)
        if command is None:
            raise LookupError(f"no slash command {top!r} has been synced for guild {guild_id}; call tree.sync() first")
        resolved: dict[str, dict[str, Any]] = {}
        data: dict[str, Any] = {
            "id": command["id"],
            "name": command["name"],
            "type": 1,
            "options": self._options(command.get("options", []), path, values, focused, guild_id, resolved),
        }
        if "guild_id" in command:
            data["guild_id"] = command["guild_id"]
        if resolved:
            data["resolved"] = resolved
        return data

    def _options(
        self,
        declared: list[dict[str, Any]],
        path: list[str],
        values: dict[str, Any],
        focused: str | None,
        guild_id: int,
        resolved: dict[str, dict[str, Any]],
    ) -> list[dict[str, Any]]:
        """Interaction options for `values`, following `path` through subcommand groups."""
        by_name = {o["name"]: o for o in declared}
        if path:
            sub = by_name.get(path[0])
            if sub is None or sub["type"] not in SUBCOMMAND_TYPES:
                raise LookupError(f"no subcommand {path[0]!r}; declared: {sorted(by_name)}")
            nested = self._options(sub.get("options", []), path[1:], values, focused, guild_id, resolved)
            return [{"name": sub["name"], "type": sub["type"], "options": nested}]
        options = []
        for name, value in values.items():
            if name not in by_name:
                raise LookupError(f"no option {name!r}; declared: {sorted(by_name)}")
            option_type = by_name[name]["type"]
            option: dict[str, Any] = {"name": name, "type": option_type}
            if name == focused:
                option.update(value=str(value), focused=True)  # what the user has typed so far
            else:
                option["value"] = self._resolve(option_type, value, guild_id, resolved)
            options.append(option)
        return options

    def _resolve(self, option_type: int, value: Any, guild_id: int, resolved: dict[str, dict[str, Any]]) -> Any:
        """Option values as Discord sends them: user, channel and role ids become strings, with the
        objects they name added to `resolved`."""
        if option_type not in (USER_OPTION, CHANNEL_OPTION, ROLE_OPTION):
            return value
        key = str(value)
        guild = self.guilds[guild_id]
        if option_type == USER_OPTION:
            member = self.member(guild_id, int(value))
            resolved.setdefault("users", {})[key] = member["user"]
            resolved.setdefault("members", {})[key] = {
                **_without_user(member),
                "permissions": str(payloads.permissions_of(guild, member)),
            }
        elif option_type == CHANNEL_OPTION:
            channel = self.channels[int(value)]
            bot_member = self.member(guild_id, self.application_id)
            resolved.setdefault("channels", {})[key] = {
                **channel,
                "permissions": str(payloads.permissions_of(guild, bot_member)),
            }
        else:
            role = next(r for r in guild["roles"] if r["id"] == key)
            resolved.setdefault("roles", {})[key] = role
        return key

    # -- gateway -------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        socket = GatewaySocket(request, ws)  # before the upgrade, so an unknown compression fails it
        await ws.prepare(request)
        self._sockets.add(socket)
        try:
            await socket.send({"op": HELLO, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
            async for msg in ws:
                if msg.type is WSMsgType.TEXT:
                    await self._on_gateway_message(socket, json.loads(msg.data))
        except ConnectionError:
            log.debug("gateway client went away", exc_info=True)
        finally:
            self._sockets.discard(socket)
            await self.notify()
        return ws

    async def _on_gateway_message(self, socket: GatewaySocket, payload: dict[str, Any]) -> None:
        op, data = payload.get("op"), payload.get("d")
        if op == HEARTBEAT:
            await socket.send({"op": HEARTBEAT_ACK})
        elif op == IDENTIFY:
            await self._identify(socket, data)
        elif op == RESUME:
            await self._resume(socket, data)
        elif op == PRESENCE_UPDATE:
            self.presence = data
            await self.notify()
        elif op == REQUEST_GUILD_MEMBERS:
            await self._send_members(socket, data)
        else:
            log.info("fake Discord ignores gateway op %s", op)

    async def _identify(self, socket: GatewaySocket, data: dict[str, Any]) -> None:
        intents = data.get("intents", 0)
        if data.get("token") != self.token:
            await socket.close(code=4004)  # Authentication failed
            return
        if intents & PRIVILEGED_INTENTS & ~self.privileged_intents:
            await socket.close(code=4014)  # Disallowed intent(s)
            return
        session = Session(id=uuid.uuid4().hex, socket=socket, intents=intents)
        self._sessions[session.id] = session
        self.handshakes.append(Handshake("IDENTIFY", socket.request.path, session.id))
        ready = {
            "v": 10,
            "user": {**self.bot_user, "verified": True, "mfa_enabled": False, "flags": 0},
            "guilds": [{"id": g["id"], "unavailable": True} for g in self.guilds.values()],
            "session_id": session.id,
            "resume_gateway_url": self.resume_gateway_url,
            "application": {"id": str(self.application_id), "flags": APPLICATION_FLAGS},
            "private_channels": [],
            "relationships": [],
            "presences": [],
        }
        if "shard" in data:
            ready["shard"] = data["shard"]
        await session.dispatch("READY", ready)
        for guild in self.guilds.values():
            await session.dispatch("GUILD_CREATE", guild)
        self._session = session
        await self.notify()

    async def _resume(self, socket: GatewaySocket, data: dict[str, Any]) -> None:
        session = self._sessions.get(data.get("session_id"))
        if session is None or data.get("token") != self.token:
            await socket.send({"op": INVALID_SESSION, "d": False})
            return
        self.handshakes.append(Handshake("RESUME", socket.request.path, session.id))
        await session.replay(socket, data.get("seq") or 0)
        await session.dispatch("RESUMED", {})
        self._session = session
        await self.notify()

    async def _send_members(self, socket: GatewaySocket, data: dict[str, Any]) -> None:
        """Answer a member request in one chunk (`query` prefix or `user_ids`)."""
        guild_id = int(data["guild_id"])
        wanted = {str(u) for u in data.get("user_ids") or ()}
        query = (data.get("query") or "").lower()

        def matches(member: dict[str, Any]) -> bool:
            if wanted:
                return member["user"]["id"] in wanted
            return member["user"]["username"].lower().startswith(query)

        members = [m for m in self.guilds[guild_id]["members"] if matches(m)]
        limit = data.get("limit") or len(members)
        chunk = {
            "guild_id": str(guild_id),
            "members": members[:limit],
            "chunk_index": 0,
            "chunk_count": 1,
            "nonce": data.get("nonce"),
        }
        session = next((s for s in self._sessions.values() if s.socket is socket), None)
        if session is not None:
            await session.dispatch("GUILD_MEMBERS_CHUNK", chunk)


def _without_user(member: dict[str, Any]) -> dict[str, Any]:
    """A member as Discord nests it next to a user object."""
    return {k: v for k, v in member.items() if k != "user"}


def _find_component(components: list[dict[str, Any]], custom_id: str) -> dict[str, Any] | None:
    for component in components:
        if component.get("custom_id") == custom_id:
            return component
        nested = component.get("components", []) + ([component["accessory"]] if "accessory" in component else [])
        if found := _find_component(nested, custom_id):
            return found
    return None

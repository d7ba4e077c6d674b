"""The fake's REST API under /api/v10: what discord.py calls to log in, post, edit and delete
messages, sync application commands, and answer interactions."""
from __future__ import annotations

import json
import logging
import re
import urllib.parse
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from aiohttp import web

from . import payloads
from .errors import (
    ALREADY_ACKNOWLEDGED,
    CANNOT_EDIT_OTHERS,
    EMPTY_MESSAGE,
    MISSING_ACCESS,
    NOT_FOUND,
    UNAUTHORIZED,
    UNKNOWN_APPLICATION,
    UNKNOWN_INTERACTION,
    UNKNOWN_MESSAGE,
    UNKNOWN_WEBHOOK,
    ApiFailure,
    invalid_form_body,
    json_response,
)

if TYPE_CHECKING:
    from .server import FakeDiscord, Interaction

log = logging.getLogger(__name__)

API_PREFIX = "/api/v10"
# Discord authenticates these by the token in the URL; discord.py sends no Authorization header.
_TOKEN_IN_URL = re.compile(r"^/(gateway$|interactions/\d+/[^/]+/callback$|webhooks/\d+/[^/]+)")
_FILE_FIELD = re.compile(r"files\[(\d+)\]")
# Keys of a create/edit message body that the fake keeps on the message. `allowed_mentions` is
# not part of Discord's message object, but tests need to see what the bot asked for.
_MESSAGE_KEYS = ("content", "embeds", "components", "flags", "tts", "allowed_mentions", "message_reference", "poll")
_EMPTY = {"content": "", "embeds": [], "components": [], "flags": 0}
EPHEMERAL, LOADING = 1 << 6, 1 << 7
# Schemes Discord takes in an embed's URLs; anything else is 400 Invalid Form Body.
EMBED_URL_SCHEMES = ("http", "https", "attachment")
URL_LIMIT = 2048
CHAT_INPUT_COMMAND_MESSAGE = 20
CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, DEFERRED_UPDATE_MESSAGE, UPDATE_MESSAGE = 4, 5, 6, 7

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class RestApi:
    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    def routes(self) -> list[web.RouteDef]:
        api = API_PREFIX
        channel = api + r"/channels/{channel_id:\d+}"
        message = channel + r"/messages/{message_id:\d+}"
        commands = api + r"/applications/{application_id:\d+}"
        webhook = api + r"/webhooks/{application_id:\d+}/{token}"
        return [
            web.get(api + "/gateway", self.gateway),
            web.get(api + "/gateway/bot", self.gateway_bot),
            web.get(api + "/users/@me", self.current_user),
            web.get(api + "/oauth2/applications/@me", self.application),
            web.get(channel, self.get_channel),
            web.get(channel + "/messages", self.history),
            web.post(channel + "/messages", self.create_message),
            web.post(channel + "/typing", self.typing),
            web.get(message, self.get_message),
            web.patch(message, self.edit_message),
            web.delete(message, self.delete_message),
            web.put(message + "/reactions/{emoji}/@me", self.add_reaction),
            web.delete(message + "/reactions/{emoji}/@me", self.remove_reaction),
            web.get(commands + "/commands", self.get_commands),
            web.put(commands + "/commands", self.put_commands),
            web.get(commands + r"/guilds/{guild_id:\d+}/commands", self.get_commands),
            web.put(commands + r"/guilds/{guild_id:\d+}/commands", self.put_commands),
            web.post(api + r"/interactions/{interaction_id:\d+}/{token}/callback", self.callback),
            web.post(webhook, self.execute_webhook),
            web.get(webhook + "/messages/{message_id}", self.get_webhook_message),
            web.patch(webhook + "/messages/{message_id}", self.edit_webhook_message),
            web.delete(webhook + "/messages/{message_id}", self.delete_webhook_message),
            web.route("*", "/{tail:.*}", self.unknown),
        ]

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Check the bot token like Discord (401 otherwise), and turn ApiFailure into its JSON error."""
        path = request.path
        if path.startswith(API_PREFIX + "/") and not _TOKEN_IN_URL.match(path[len(API_PREFIX) :]):
            if request.headers.get("Authorization") != f"Bot {self.fake.token}":
                return UNAUTHORIZED.response()
        try:
            return await handler(request)
        except ApiFailure as failure:
            return failure.error.response()

    async def unknown(self, request: web.Request) -> web.Response:
        line = f"{request.method} {request.path_qs}"
        log.warning("fake Discord has no route for %s", line)
        self.fake.unhandled.append(line)
        await self.fake.notify()
        return NOT_FOUND.response()

    # -- session ------------------------------------------------------------------------

    async def gateway(self, request: web.Request) -> web.Response:
        return json_response({"url": self.fake.gateway_url})

    async def gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        return json_response({"url": self.fake.gateway_url, "shards": 1, "session_start_limit": limit})

    async def current_user(self, request: web.Request) -> web.Response:
        return json_response({**self.fake.bot_user, "verified": True, "mfa_enabled": False, "flags": 0})

    async def application(self, request: web.Request) -> web.Response:
        """The application, owned by the owner of the first guild (so `Bot.is_owner` is true for them)."""
        first_guild = next(iter(self.fake.guilds.values()))
        owner = self.fake.member(int(first_guild["id"]), int(first_guild["owner_id"]))["user"]
        return json_response(
            {
                "id": str(self.fake.application_id),
                "name": self.fake.bot_user["username"],
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": owner,
                "team": None,
                "verify_key": "0" * 64,
                "flags": 0,
                "interactions_endpoint_url": None,
                "bot": self.fake.bot_user,
            }
        )

    # -- channels and messages ------------------------------------------------------------

    async def get_channel(self, request: web.Request) -> web.Response:
        return json_response(self.fake.channel(int(request.match_info["channel_id"])))

    async def history(self, request: web.Request) -> web.Response:
        """Newest first, like Discord; `before`, `after` and `limit` are honoured."""
        channel_id = int(request.match_info["channel_id"])
        self.fake.channel(channel_id)
        limit = int(request.query.get("limit", 50))
        before, after = request.query.get("before"), request.query.get("after")
        messages = [
            m
            for m in self.fake.messages.get(channel_id, ())
            if (before is None or int(m["id"]) < int(before)) and (after is None or int(m["id"]) > int(after))
        ]
        page = messages[:limit] if after is not None else messages[-limit:]
        return json_response(page[::-1])

    async def create_message(self, request: web.Request) -> web.Response:
        """Post a message. With `nonce` and `enforce_nonce` (discord.py sends both whenever it is
        given a nonce), a nonce the bot already used within `fake.nonce_window` seconds returns
        that earlier message and posts nothing, as Discord does."""
        channel_id = int(request.match_info["channel_id"])
        channel = self.fake.channel(channel_id)
        payload, uploads = await _read_body(request)
        _validate(payload, uploads)
        nonce = payload.get("nonce")
        enforced = nonce is not None and payload.get("enforce_nonce")
        if enforced and (earlier := self.fake.message_with_nonce(self.fake.bot_user["id"], str(nonce))):
            return json_response(earlier)
        fields = self._new_message_fields(payload, uploads)
        if nonce is not None:
            fields["nonce"] = nonce
        message = payloads.message(
            payloads.snowflake(), channel_id, self.fake.bot_user, guild_id=channel["guild_id"], **fields
        )
        if enforced:
            self.fake.remember_nonce(self.fake.bot_user["id"], str(nonce), message)
        reference = payload.get("message_reference")
        if reference and reference.get("message_id"):
            source_channel = int(reference.get("channel_id") or channel_id)
            message["referenced_message"] = self.fake.find_message(source_channel, int(reference["message_id"]))
        await self.fake.store_message(message)
        return json_response(message)

    async def typing(self, request: web.Request) -> web.Response:
        self.fake.channel(int(request.match_info["channel_id"]))
        return web.Response(status=204)

    async def get_message(self, request: web.Request) -> web.Response:
        return json_response(self._channel_message(request))

    async def edit_message(self, request: web.Request) -> web.Response:
        message = self._channel_message(request)
        payload, uploads = await _read_body(request)
        if message["author"]["id"] != self.fake.bot_user["id"] and set(payload) - {"flags"}:
            raise ApiFailure(CANNOT_EDIT_OTHERS)
        await self.fake.edit_message(message, self._edit_fields(message, payload, uploads))
        return json_response(message)

    async def delete_message(self, request: web.Request) -> web.Response:
        await self.fake.delete_message(self._channel_message(request))
        return web.Response(status=204)

    async def add_reaction(self, request: web.Request) -> web.Response:
        message = self._channel_message(request)
        emoji = request.match_info["emoji"]
        reactions = message.setdefault("reactions", [])
        if not any(r["emoji"]["name"] == emoji for r in reactions):
            reactions.append({"emoji": {"id": None, "name": emoji}, "count": 1, "me": True})
            await self.fake.notify()
        return web.Response(status=204)

    async def remove_reaction(self, request: web.Request) -> web.Response:
        message = self._channel_message(request)
        emoji = request.match_info["emoji"]
        message["reactions"] = [r for r in message.get("reactions", []) if r["emoji"]["name"] != emoji]
        await self.fake.notify()
        return web.Response(status=204)

    def _channel_message(self, request: web.Request) -> dict[str, Any]:
        channel_id = int(request.match_info["channel_id"])
        self.fake.channel(channel_id)
        message = self.fake.find_message(channel_id, int(request.match_info["message_id"]))
        if message is None:
            raise ApiFailure(UNKNOWN_MESSAGE)
        return message

    # -- application commands ------------------------------------------------------------

    async def get_commands(self, request: web.Request) -> web.Response:
        return json_response(self._command_list(request))

    async def put_commands(self, request: web.Request) -> web.Response:
        """Bulk overwrite, as `CommandTree.sync` does. A command keeps its id while its name and
        type stay the same."""
        current = self._command_list(request)
        guild_id = request.match_info.get("guild_id")
        ids = {(c["name"], c["type"]): c["id"] for c in current}
        synced = []
        for command in await request.json():
            kind = command.get("type", 1)
            synced.append(
                {
                    "default_member_permissions": None,
                    "nsfw": False,
                    **command,
                    "type": kind,
                    "id": ids.get((command["name"], kind)) or str(payloads.snowflake()),
                    "application_id": str(self.fake.application_id),
                    "version": str(payloads.snowflake()),
                    **({"guild_id": guild_id} if guild_id else {}),
                }
            )
        current[:] = synced
        await self.fake.notify()
        return json_response(synced)

    def _command_list(self, request: web.Request) -> list[dict[str, Any]]:
        if int(request.match_info["application_id"]) != self.fake.application_id:
            raise ApiFailure(UNKNOWN_APPLICATION)
        guild_id = request.match_info.get("guild_id")
        if guild_id is None:
            return self.fake.global_commands
        if int(guild_id) not in self.fake.guilds:
            raise ApiFailure(MISSING_ACCESS)
        return self.fake.guild_commands[int(guild_id)]

    # -- interactions ---------------------------------------------------------------------

    async def callback(self, request: web.Request) -> web.Response:
        """The initial response. Types 4 and 5 create the message that `@original` then names;
        5 shows it as loading until edited. Types 6 and 7 answer a component on its message, which
        7 also edits. Each response is recorded in `interaction_responses`."""
        interaction = self.fake.interactions.get(request.match_info["token"])
        if interaction is None or interaction.id != int(request.match_info["interaction_id"]):
            raise ApiFailure(UNKNOWN_INTERACTION)
        if interaction.response_type is not None:
            raise ApiFailure(ALREADY_ACKNOWLEDGED)
        body, uploads = await _read_body(request)
        kind, data = body["type"], body.get("data")
        message = None
        if kind in (CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE):
            if kind == CHANNEL_MESSAGE:
                _validate(data or {}, uploads)
            fields = self._new_message_fields(data or {}, uploads)
            if kind == DEFERRED_CHANNEL_MESSAGE:
                fields["flags"] = fields.get("flags", 0) | LOADING
            if interaction.payload["type"] == 2:
                fields["type"] = CHAT_INPUT_COMMAND_MESSAGE
            message = self._interaction_message(interaction, fields)
        elif kind in (DEFERRED_UPDATE_MESSAGE, UPDATE_MESSAGE) and "message" in interaction.payload:
            message = self.fake.find_message(interaction.channel_id, int(interaction.payload["message"]["id"]))
        changes = self._edit_fields(message, data or {}, uploads) if kind == UPDATE_MESSAGE and message else None

        interaction.response_type = kind
        self.fake.interaction_responses.append({"interaction_id": interaction.id, "type": kind, "data": data})
        await self.fake.notify()
        if message is not None:
            interaction.original_message_id = int(message["id"])
            if kind in (CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE):
                await self.fake.store_message(message)
            elif changes is not None:
                await self.fake.edit_message(message, changes)

        if request.query.get("with_response", "").lower() not in ("1", "true"):
            return web.Response(status=204)
        summary: dict[str, Any] = {
            "id": str(interaction.id),
            "type": interaction.payload["type"],
            "response_message_loading": kind == DEFERRED_CHANNEL_MESSAGE,
            "response_message_ephemeral": bool(message and message["flags"] & EPHEMERAL),
        }
        response: dict[str, Any] = {"interaction": summary}
        if message is not None:
            summary["response_message_id"] = message["id"]
            response["resource"] = {"type": kind, "message": message}
        return json_response(response)

    async def execute_webhook(self, request: web.Request) -> web.Response:
        """A follow-up. Like Discord, only after the initial response; `?wait=true` returns it."""
        interaction = self._interaction(request)
        if interaction.response_type is None:
            raise ApiFailure(UNKNOWN_WEBHOOK)
        payload, uploads = await _read_body(request)
        _validate(payload, uploads)
        message = self._interaction_message(interaction, self._new_message_fields(payload, uploads))
        await self.fake.store_message(message)
        if request.query.get("wait", "").lower() in ("1", "true"):
            return json_response(message)
        return web.Response(status=204)

    async def get_webhook_message(self, request: web.Request) -> web.Response:
        return json_response(self._webhook_message(request))

    async def edit_webhook_message(self, request: web.Request) -> web.Response:
        """Edit the original response or a follow-up; this ends a deferred response's loading state."""
        message = self._webhook_message(request)
        payload, uploads = await _read_body(request)
        changes = self._edit_fields(message, payload, uploads)
        changes["flags"] = changes.get("flags", message["flags"]) & ~LOADING
        await self.fake.edit_message(message, changes)
        return json_response(message)

    async def delete_webhook_message(self, request: web.Request) -> web.Response:
        await self.fake.delete_message(self._webhook_message(request))
        return web.Response(status=204)

    def _interaction(self, request: web.Request) -> Interaction:
        interaction = self.fake.interactions.get(request.match_info["token"])
        if interaction is None or int(request.match_info["application_id"]) != self.fake.application_id:
            raise ApiFailure(UNKNOWN_WEBHOOK)
        return interaction

    def _webhook_message(self, request: web.Request) -> dict[str, Any]:
        interaction = self._interaction(request)
        raw_id = request.match_info["message_id"]
        message_id = interaction.original_message_id if raw_id == "@original" else int(raw_id)
        message = None if message_id is None else self.fake.find_message(interaction.channel_id, message_id)
        if message is None:
            raise ApiFailure(UNKNOWN_MESSAGE)
        return message

    def _interaction_message(self, interaction: Interaction, fields: dict[str, Any]) -> dict[str, Any]:
        """A message posted through the interaction's webhook: authored by the bot, and tied to
        the interaction by `interaction_metadata`."""
        app_id = str(self.fake.application_id)
        metadata = {
            "id": str(interaction.id),
            "type": interaction.payload["type"],
            "user": interaction.payload["member"]["user"],
            "authorizing_integration_owners": interaction.payload["authorizing_integration_owners"],
        }
        return payloads.message(
            payloads.snowflake(),
            interaction.channel_id,
            self.fake.bot_user,
            guild_id=interaction.payload["guild_id"],
            webhook_id=app_id,
            application_id=app_id,
            interaction_metadata=metadata,
            **fields,
        )

    # -- message bodies ---------------------------------------------------------------------

    def _new_message_fields(self, payload: dict[str, Any], uploads: list[web.FileField]) -> dict[str, Any]:
        fields = {k: payload[k] for k in _MESSAGE_KEYS if payload.get(k) is not None}
        if "message_reference" in fields:  # discord.py sends ids as numbers; Discord answers with strings
            fields["message_reference"] = {
                k: str(v) if k.endswith("_id") and v is not None else v for k, v in fields["message_reference"].items()
            }
        if uploads:
            fields["attachments"] = self._store_uploads(payload, uploads)
        return fields

    def _edit_fields(self, message: dict[str, Any], payload: dict[str, Any], uploads: list[web.FileField]) -> dict[str, Any]:
        """The changes an edit makes. `null` clears a field; attachments listed by id are kept;
        the ephemeral flag cannot change."""
        _validate({**message, **payload}, uploads)
        changes = {k: payload[k] if payload[k] is not None else _EMPTY.get(k) for k in _MESSAGE_KEYS if k in payload}
        if "flags" in changes:
            changes["flags"] = (changes["flags"] & ~EPHEMERAL) | (message["flags"] & EPHEMERAL)
        if "attachments" in payload or uploads:
            kept = {str(a.get("id")) for a in payload.get("attachments") or ()}
            changes["attachments"] = [a for a in message["attachments"] if a["id"] in kept]
            changes["attachments"] += self._store_uploads(payload, uploads)
        return changes

    def _store_uploads(self, payload: dict[str, Any], uploads: list[web.FileField]) -> list[dict[str, Any]]:
        """Attachment payloads for uploaded files, whose bytes go to `fake.files`."""
        described = {str(a.get("id")): a for a in payload.get("attachments") or ()}
        attachments = []
        for upload in uploads:
            index = _FILE_FIELD.fullmatch(upload.name)
            data = upload.file.read()
            attachment_id = payloads.snowflake()
            self.fake.files[attachment_id] = data
            url = f"http://127.0.0.1:{self.fake.port}/attachments/{attachment_id}/{upload.filename}"
            attachments.append(
                {
                    "id": str(attachment_id),
                    "filename": upload.filename,
                    "description": described.get(index.group(1) if index else "", {}).get("description"),
                    "content_type": upload.content_type,
                    "size": len(data),
                    "url": url,
                    "proxy_url": url,
                }
            )
        return attachments


async def _read_body(request: web.Request) -> tuple[dict[str, Any], list[web.FileField]]:
    """A JSON body, or discord.py's multipart form: `payload_json` plus `files[n]`."""
    if request.content_type.startswith("multipart/"):
        form = await request.post()
        raw = form.get("payload_json")
        payload = json.loads(raw) if isinstance(raw, str) else {}
        return payload, [value for value in form.values() if isinstance(value, web.FileField)]
    if request.body_exists:
        return await request.json(), []
    return {}, []


def _validate(payload: dict[str, Any], uploads: list[web.FileField]) -> None:
    """Discord's message limits, so a too-long summary fails here as it would in production."""
    content = payload.get("content") or ""
    embeds = payload.get("embeds") or []
    has_body = content or embeds or uploads or payload.get("attachments")
    if not (has_body or payload.get("components") or payload.get("poll") or payload.get("sticker_ids")):
        raise ApiFailure(EMPTY_MESSAGE)
    if len(content) > 2000:
        raise ApiFailure(invalid_form_body("content", "Must be 2000 or fewer in length."))
    if len(embeds) > 10:
        raise ApiFailure(invalid_form_body("embeds", "Must be 10 or fewer in length."))
    total = 0
    for i, embed in enumerate(embeds):
        texts = {
            "title": (embed.get("title") or "", 256),
            "description": (embed.get("description") or "", 4096),
            "footer.text": ((embed.get("footer") or {}).get("text") or "", 2048),
            "author.name": ((embed.get("author") or {}).get("name") or "", 256),
        }
        fields = embed.get("fields") or []
        if len(fields) > 25:
            raise ApiFailure(invalid_form_body(f"embeds.{i}.fields", "Must be 25 or fewer in length."))
        for j, field in enumerate(fields):
            texts[f"fields.{j}.name"] = (field.get("name") or "", 256)
            texts[f"fields.{j}.value"] = (field.get("value") or "", 1024)
        for name, (text, limit) in texts.items():
            if len(text) > limit:
                raise ApiFailure(invalid_form_body(f"embeds.{i}.{name}", f"Must be {limit} or fewer in length."))
            total += len(text)
        urls = {
            "url": embed.get("url"),
            "author.url": (embed.get("author") or {}).get("url"),
            "author.icon_url": (embed.get("author") or {}).get("icon_url"),
            "footer.icon_url": (embed.get("footer") or {}).get("icon_url"),
            "image.url": (embed.get("image") or {}).get("url"),
            "thumbnail.url": (embed.get("thumbnail") or {}).get("url"),
        }
        for name, url in urls.items():
            if url is not None and (problem := _url_problem(url)):
                raise ApiFailure(invalid_form_body(f"embeds.{i}.{name}", *problem))
    if total > 6000:
        raise ApiFailure(invalid_form_body("embeds", "Embed size exceeds maximum size of 6000"))


def _url_problem(url: Any) -> tuple[str, str] | None:
    """Why Discord refuses `url` in an embed, as (message, code), or None when it takes it."""
    malformed = ("Not a well formed URL.", "URL_TYPE_INVALID_URL")
    if not isinstance(url, str) or len(url) > URL_LIMIT or any(c.isspace() or not c.isprintable() for c in url):
        return malformed
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 — raises ValueError for a port that is not a number
    except ValueError:
        return malformed
    if not parts.scheme or not parts.netloc:
        return malformed
    if parts.scheme.lower() not in EMBED_URL_SCHEMES:
        allowed = ", ".join(repr(s) for s in EMBED_URL_SCHEMES)
        return f'Scheme "{parts.scheme}" is not supported. Scheme must be one of ({allowed}).', "URL_TYPE_INVALID_SCHEME"
    return None

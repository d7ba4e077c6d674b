"""Discord API payloads: the default test world, and builders for custom ones.

These payloads have the shape Discord sends. discord.py parses them with the same code it uses
in production, so a wrong field fails here the way it would in production.
"""
from __future__ import annotations

import itertools
import time
from datetime import datetime, timezone
from typing import Any, Iterable

import discord
from discord.utils import DISCORD_EPOCH

# The default world. Modern bot users share their id with their application.
APPLICATION_ID = BOT_ID = 900000000000000001
GUILD_ID = 900000000000000100
GENERAL_CHANNEL_ID = 900000000000000200
NEWS_CHANNEL_ID = 900000000000000201
OWNER_ID = 900000000000000300  # "alice", owns the guild
MEMBER_ID = 900000000000000301  # "bob", a plain member
BOT_ROLE_ID = 900000000000000400
# Has the shape `bot.settings` checks for: base64 of the bot id, then two more segments.
TOKEN = "OTAwMDAwMDAwMDAwMDAwMDAx.ZmFrZQ.ZmFrZS1kaXNjb3JkLXRlc3QtdG9rZW4"

EVERYONE_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    read_message_history=True,
    embed_links=True,
    attach_files=True,
    add_reactions=True,
    use_external_emojis=True,
    use_application_commands=True,
    create_instant_invite=True,
    change_nickname=True,
).value
BOT_PERMISSIONS = EVERYONE_PERMISSIONS | discord.Permissions(manage_messages=True, manage_threads=True).value

_sequence = itertools.count()


def snowflake() -> int:
    """A fresh id that, like Discord's, encodes the current time and grows monotonically."""
    return ((int(time.time() * 1000) - DISCORD_EPOCH) << 22) | (next(_sequence) & 0x3FFFFF)


def now() -> str:
    return datetime.now(timezone.utc).isoformat()


def user(id: int, username: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(id),
        "username": username,
        "discriminator": "0",
        "global_name": None if bot else username.title(),
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


def role(id: int, name: str, permissions: int, *, position: int = 0, bot_id: int | None = None) -> dict[str, Any]:
    """A role. With `bot_id` it is that bot's managed role, which Discord gives the bot on join."""
    payload: dict[str, Any] = {
        "id": str(id),
        "name": name,
        "permissions": str(permissions),
        "position": position,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "managed": bot_id is not None,
        "mentionable": False,
        "flags": 0,
    }
    if bot_id is not None:
        payload["tags"] = {"bot_id": str(bot_id)}
    return payload


def text_channel(id: int, name: str, *, position: int = 0, topic: str | None = None) -> dict[str, Any]:
    return {
        "id": str(id),
        "type": 0,
        "name": name,
        "position": position,
        "topic": topic,
        "nsfw": False,
        "rate_limit_per_user": 0,
        "parent_id": None,
        "last_message_id": None,
        "permission_overwrites": [],
    }


def member(user_payload: dict[str, Any], roles: Iterable[int] = ()) -> dict[str, Any]:
    return {
        "user": user_payload,
        "roles": [str(r) for r in roles],
        "nick": None,
        "joined_at": now(),
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
    }


def guild(
    id: int,
    name: str,
    *,
    owner: dict[str, Any],
    bot: dict[str, Any],
    channels: Iterable[dict[str, Any]],
    members: Iterable[dict[str, Any]] = (),
    roles: Iterable[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A GUILD_CREATE payload. The owner and the bot are added as members. By default the roles
    are @everyone, with `EVERYONE_PERMISSIONS`, and the bot's managed role, with `BOT_PERMISSIONS`."""
    if roles is None:
        bot_role_id = BOT_ROLE_ID if id == GUILD_ID else snowflake()
        roles = [
            role(id, "@everyone", EVERYONE_PERMISSIONS),
            role(bot_role_id, bot["username"], BOT_PERMISSIONS, position=1, bot_id=int(bot["id"])),
        ]
    roles = list(roles)
    bot_roles = [int(r["id"]) for r in roles if r.get("tags", {}).get("bot_id") == bot["id"]]
    all_members = [member(owner), member(bot, bot_roles), *members]
    return {
        "id": str(id),
        "name": name,
        "owner_id": owner["id"],
        "unavailable": False,
        "large": False,
        "member_count": len(all_members),
        "joined_at": now(),
        "features": [],
        "preferred_locale": "en-US",
        "roles": roles,
        "channels": [{**c, "guild_id": str(id)} for c in channels],
        "members": all_members,
        "emojis": [],
        "stickers": [],
        "threads": [],
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
    }


def default_bot_user() -> dict[str, Any]:
    return user(BOT_ID, "Pressbox", bot=True)


def default_guild(bot: dict[str, Any]) -> dict[str, Any]:
    """Guild "Pressbox FC": #general and #football-news; alice owns it, bob is a member."""
    return guild(
        GUILD_ID,
        "Pressbox FC",
        owner=user(OWNER_ID, "alice"),
        bot=bot,
        channels=[
            text_channel(GENERAL_CHANNEL_ID, "general"),
            text_channel(NEWS_CHANNEL_ID, "football-news", position=1),
        ],
        members=[member(user(MEMBER_ID, "bob"))],
    )


def message(id: int, channel_id: int, author: dict[str, Any], content: str = "", **fields: Any) -> dict[str, Any]:
    return {
        "id": str(id),
        "channel_id": str(channel_id),
        "author": author,
        "content": content,
        "timestamp": now(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "components": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
        **fields,
    }


def permissions_of(guild_payload: dict[str, Any], member_payload: dict[str, Any]) -> int:
    """The member's guild-level permissions, as Discord computes them (the owner has all)."""
    if member_payload["user"]["id"] == guild_payload["owner_id"]:
        return discord.Permissions.all().value
    held = {guild_payload["id"], *member_payload["roles"]}
    value = 0
    for r in guild_payload["roles"]:
        if r["id"] in held:
            value |= int(r["permissions"])
    return value

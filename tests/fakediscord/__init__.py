"""A fake Discord (gateway and REST on 127.0.0.1) for running the real discord.py client in tests.

Import it as `fakediscord`: pytest puts `tests/` on sys.path because `tests/` is not a package.
"""
from .errors import MISSING_PERMISSIONS, UNKNOWN_CHANNEL, ApiError
from .gateway import Handshake
from .payloads import (
    APPLICATION_ID,
    BOT_ID,
    GENERAL_CHANNEL_ID,
    GUILD_ID,
    MEMBER_ID,
    NEWS_CHANNEL_ID,
    OWNER_ID,
    TOKEN,
)
from .server import FakeDiscord, Interaction

__all__ = [
    "APPLICATION_ID",
    "BOT_ID",
    "GENERAL_CHANNEL_ID",
    "GUILD_ID",
    "MEMBER_ID",
    "MISSING_PERMISSIONS",
    "NEWS_CHANNEL_ID",
    "OWNER_ID",
    "TOKEN",
    "UNKNOWN_CHANNEL",
    "ApiError",
    "FakeDiscord",
    "Handshake",
    "Interaction",
]

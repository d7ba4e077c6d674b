"""One settings object, read from the environment and an optional `.env` file.

Every setting is documented in `.env.example`. Validation happens here, once, so a bad value is
reported with the name of the setting instead of failing somewhere deep in the bot.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

# Discord bot tokens are three base64url segments separated by dots.
_TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{20,}$")
# Values quoted back in error messages are at most this long and never look like a secret:
# a piece of a token or key is 12+ letters/digits mixed, or segments joined by dots.
SHOWN_LIMIT = 20
_SECRET_SHAPE = re.compile(r"(?=[A-Za-z0-9_\-]*[0-9])(?=[A-Za-z0-9_\-]*[A-Za-z])[A-Za-z0-9_\-]{12,}|[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{4,}\.")


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names it."""

    def __init__(self, name: str, problem: str):
        super().__init__(f"{name}: {problem} (see .env.example)")
        self.name = name


def default_db_path() -> Path:
    """`./pressbox.db` in the working directory: easy to find, easy to back up, one per deployment."""
    return Path("pressbox.db")


@dataclass(frozen=True)
class Settings:
    db_path: Path = field(default_factory=default_db_path)
    discord_token: str | None = field(default=None, repr=False)
    command_prefix: str = "!"
    dev_guild_id: int | None = None
    discord_api_base: str | None = None
    discord_gateway_url: str | None = None
    watch_interval: float = 5.0
    log_level: str = "INFO"

    def require_token(self) -> str:
        """The token, or a SettingsError naming DISCORD_TOKEN; never echoes the value."""
        token = (self.discord_token or "").strip()
        if not token:
            raise SettingsError("DISCORD_TOKEN", "is not set")
        if not _TOKEN_SHAPE.match(token):
            raise SettingsError("DISCORD_TOKEN", "does not look like a bot token")
        return token


def _shown(raw: str) -> str:
    """`raw` as an error message may quote it: only short values that cannot be a secret.

    A token pasted into the wrong variable must not end up on a terminal or in a log: anything
    longer than SHOWN_LIMIT, or shaped like a token or key (a long run of letters and digits,
    or dot-separated segments), is described by its length instead.
    """
    if len(raw) > SHOWN_LIMIT or _TOKEN_SHAPE.match(raw) or _SECRET_SHAPE.search(raw):
        return f"a value of {len(raw)} characters (not shown)"
    return repr(raw)


def _int(name: str, raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise SettingsError(name, f"must be a whole number, got {_shown(raw)}") from None


def _float(name: str, raw: str, minimum: float) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(name, f"must be a number, got {_shown(raw)}") from None
    if value < minimum:
        raise SettingsError(name, f"must be at least {minimum}, got {_shown(raw)}")
    return value


def _url(name: str, raw: str, schemes: tuple[str, ...]) -> str:
    if not raw.startswith(tuple(s + "://" for s in schemes)):
        raise SettingsError(name, f"must be a URL starting with {' or '.join(s + '://' for s in schemes)}")
    return raw.rstrip("/")


def load_settings(env_file: str | os.PathLike | None = ".env", environ: dict | None = None) -> Settings:
    """Settings from `environ` (default: the process environment) over the `.env` file."""
    values: dict[str, str] = {}
    if env_file and Path(env_file).is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if environ is None else environ)

    def get(name: str) -> str | None:
        raw = values.get(name)
        return raw.strip() if raw is not None and raw.strip() else None

    kwargs: dict = {}
    if raw := get("PRESSBOX_DB"):
        kwargs["db_path"] = Path(raw).expanduser()
    if raw := get("DISCORD_TOKEN"):
        kwargs["discord_token"] = raw
    if (raw := values.get("PRESSBOX_PREFIX")) is not None:
        if not raw.strip() or len(raw) > 5 or any(c.isspace() for c in raw):
            raise SettingsError("PRESSBOX_PREFIX", "must be 1 to 5 characters without spaces")
        kwargs["command_prefix"] = raw
    if raw := get("PRESSBOX_DEV_GUILD"):
        kwargs["dev_guild_id"] = _int("PRESSBOX_DEV_GUILD", raw)
    if raw := get("DISCORD_API_BASE"):
        kwargs["discord_api_base"] = _url("DISCORD_API_BASE", raw, ("http", "https"))
    if raw := get("DISCORD_GATEWAY_URL"):
        kwargs["discord_gateway_url"] = _url("DISCORD_GATEWAY_URL", raw, ("ws", "wss"))
    if raw := get("PRESSBOX_WATCH_INTERVAL"):
        kwargs["watch_interval"] = _float("PRESSBOX_WATCH_INTERVAL", raw, 0.1)
    if raw := get("PRESSBOX_LOG_LEVEL"):
        level = raw.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise SettingsError("PRESSBOX_LOG_LEVEL", "must be DEBUG, INFO, WARNING or ERROR")
        kwargs["log_level"] = level
    return Settings(**kwargs)

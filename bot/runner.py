"""`pressbox run`: check the token, point discord.py at the configured endpoints, run the bot.

Problems a person must fix (no token, a rejected token, a missing privileged intent, a store from a
newer Pressbox) end with one line on stderr and exit code 2; Ctrl-C and SIGTERM shut the bot down cleanly with exit code 0.
The token is never printed, and is masked in every log line should a library ever log it.
"""
from __future__ import annotations

import asyncio
import logging
import signal
import sys

import discord

from bot.client import PressboxBot
from bot.endpoints import apply_endpoints
from bot.settings import Settings, SettingsError
from bot.store import SchemaTooNewError

log = logging.getLogger(__name__)

LOG_FORMAT = "[{asctime}] [{levelname:<8}] {name}: {message}"


class RedactingFormatter(logging.Formatter):
    """Formats like discord.py's default, with every occurrence of a secret masked."""

    def __init__(self, secret: str):
        super().__init__(LOG_FORMAT, "%Y-%m-%d %H:%M:%S", style="{")
        self.secret = secret

    def format(self, record: logging.LogRecord) -> str:
        return super().format(record).replace(self.secret, "[redacted]")


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def build_bot(settings: Settings) -> PressboxBot:
    """The bot as `pressbox run` starts it, talking to the configured Discord endpoints."""
    apply_endpoints(settings.discord_api_base, settings.discord_gateway_url)
    return PressboxBot(settings)


def run(settings: Settings) -> int:
    try:
        token = settings.require_token()
    except SettingsError as error:
        return _fail(str(error))
    discord.utils.setup_logging(formatter=RedactingFormatter(token), level=getattr(logging, settings.log_level))
    try:
        asyncio.run(_serve(build_bot(settings), token))
    except KeyboardInterrupt:
        log.info("Stopped")
    except discord.LoginFailure:
        return _fail("DISCORD_TOKEN: Discord rejected the token; reset it in the developer portal (see .env.example)")
    except discord.PrivilegedIntentsRequired:
        return _fail("enable the Message Content intent for the bot in the developer portal (Bot → Privileged Gateway Intents)")
    except SchemaTooNewError as error:
        return _fail(str(error))
    return 0


async def _serve(bot: PressboxBot, token: str) -> None:
    """Run until the bot closes; SIGTERM (docker stop, systemd) closes it like Ctrl-C does."""
    loop = asyncio.get_running_loop()

    def on_sigterm() -> None:
        log.info("SIGTERM: shutting down")
        loop.create_task(bot.close())

    try:
        loop.add_signal_handler(signal.SIGTERM, on_sigterm)
    except (NotImplementedError, RuntimeError):  # Windows, or not the main thread
        pass
    async with bot:
        await bot.start(token)

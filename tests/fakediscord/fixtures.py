"""The `fake_discord` pytest fixture. Use it with `pytest_plugins = ["fakediscord.fixtures"]` in
the top-level conftest, or import it into a test module."""
from __future__ import annotations

from typing import AsyncIterator

import pytest_asyncio

from bot.endpoints import apply_endpoints, reset_endpoints

from .server import FakeDiscord


@pytest_asyncio.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A started fake Discord with the default world, and discord.py pointed at it (through
    `bot.endpoints`, as production does) until the test ends."""
    async with FakeDiscord() as fake:
        apply_endpoints(fake.api_base, fake.gateway_url)
        try:
            yield fake
        finally:
            reset_endpoints()

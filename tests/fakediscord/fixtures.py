"""The `fake_discord` pytest fixture. Enable it for every test with
`pytest_plugins = ["fakediscord.fixtures"]` in tests/conftest.py, or for one module with
`from fakediscord.fixtures import fake_discord`."""
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

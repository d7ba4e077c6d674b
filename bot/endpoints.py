"""Point discord.py at REST and gateway proxies (nirn-proxy style) instead of Discord itself.

discord.py has no public option for this. Its `proxy=` argument is an HTTP *forward* proxy, not a
URL-rewriting one like nirn-proxy, so instead we set the two class attributes discord.py reads
every time it builds an address. No function is patched:

* `discord.http.Route.BASE` is the prefix of every REST URL. `Route` builds its URL from it in
  `__init__`, so the bot's own requests and the interaction callbacks, follow-ups and
  original-response edits in `discord.webhook.async_` all use the new base, since they are built
  from the same `Route` class. (discord.py itself reassigns it in `http._set_api_version`.)
* `discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY` is the URL that `Client.connect` dials
  first. `Client.connect` does not call `GET /gateway/bot`. The websocket also resets its
  gateway to this URL when Discord invalidates the session.

Resuming works the way Discord documents it, and the way discord.py implements it: the client
dials the `resume_gateway_url` from READY, whatever `DEFAULT_GATEWAY` is. Rewriting that URL on
the client would mean patching the READY handling. A gateway proxy that needs to see resumes
must rewrite `resume_gateway_url` in the READY it forwards, and Pressbox's fake Discord does.

`AutoShardedClient` without a fixed `shard_count` takes the URL from `GET /gateway/bot`, which
goes to the REST proxy. Pressbox runs a single shard, so this does not affect it.
"""
from __future__ import annotations

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

# Captured at import, before anything below can change them, so `reset_endpoints` can restore them.
_DISCORD_API_BASE: str = Route.BASE
_DISCORD_GATEWAY: yarl.URL = DiscordWebSocket.DEFAULT_GATEWAY


def apply_endpoints(api_base: str | None, gateway_url: str | None) -> None:
    """Send REST calls to `api_base` (e.g. `http://127.0.0.1:8080/api/v10`) and connect the
    gateway to `gateway_url` (e.g. `ws://127.0.0.1:8080/`).

    `None` means Discord's own address. This is idempotent and process-wide, because discord.py
    stores these values on classes. Call it before the client logs in.
    """
    Route.BASE = api_base.rstrip("/") if api_base else _DISCORD_API_BASE
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url) if gateway_url else _DISCORD_GATEWAY


def reset_endpoints() -> None:
    """Talk to Discord itself again. Tests use this to undo `apply_endpoints`."""
    apply_endpoints(None, None)

"""Gateway transport for the fake: one client websocket, with the compression it asked for."""
from __future__ import annotations

import asyncio
import json
import zlib
from dataclasses import dataclass, field
from typing import Any, Callable

from aiohttp import web

# Opcodes, from https://discord.com/developers/docs/topics/opcodes-and-status-codes
DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE_UPDATE = 0, 1, 2, 3
RESUME, RECONNECT, REQUEST_GUILD_MEMBERS, INVALID_SESSION, HELLO, HEARTBEAT_ACK = 6, 7, 8, 9, 10, 11


def _compressor(kind: str | None) -> Callable[[bytes], bytes] | None:
    """Discord's transport compression. discord.py always asks for it: zstd-stream when it can
    import a zstd decompressor, zlib-stream otherwise. Every message is flushed, so the client
    can decode it without waiting for the next one."""
    if kind is None:
        return None
    if kind == "zlib-stream":
        zlib_stream = zlib.compressobj()
        return lambda data: zlib_stream.compress(data) + zlib_stream.flush(zlib.Z_SYNC_FLUSH)
    if kind == "zstd-stream":
        try:
            from compression import zstd  # Python 3.14+
        except ImportError:
            import zstandard  # what discord.py itself falls back on

            zstd_stream = zstandard.ZstdCompressor().compressobj()
            return lambda data: zstd_stream.compress(data) + zstd_stream.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK)
        compressor = zstd.ZstdCompressor()
        return lambda data: compressor.compress(data, mode=zstd.ZstdCompressor.FLUSH_BLOCK)
    raise ValueError(f"unsupported gateway compression {kind!r}")


class GatewaySocket:
    """One connected client. Sends are serialised: the compression stream must see messages in
    the same order as the socket."""

    def __init__(self, request: web.Request, ws: web.WebSocketResponse) -> None:
        self.request = request
        self.ws = ws
        self._compress = _compressor(request.query.get("compress"))
        self._lock = asyncio.Lock()

    @property
    def closed(self) -> bool:
        return self.ws.closed

    async def send(self, payload: dict[str, Any]) -> None:
        await self.send_text(json.dumps(payload))

    async def send_text(self, text: str) -> None:
        async with self._lock:
            if self._compress is None:
                await self.ws.send_str(text)
            else:
                await self.ws.send_bytes(self._compress(text.encode()))

    async def close(self, code: int) -> None:
        await self.ws.close(code=code)

    def drop(self) -> None:
        """Cut the TCP connection without a close frame, as a network failure would."""
        transport = self.request.transport
        if transport is not None:
            transport.abort()


@dataclass
class Session:
    """A gateway session. It outlives its sockets so that a client can RESUME it."""

    id: str
    seq: int = 0
    socket: GatewaySocket | None = None
    intents: int = 0
    # Every event sent, as JSON text frozen at dispatch time; index i holds sequence number i + 1.
    events: list[str] = field(default_factory=list)

    @property
    def live(self) -> bool:
        return self.socket is not None and not self.socket.closed

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send an event, or keep it for the RESUME replay if the client is disconnected."""
        self.seq += 1
        text = json.dumps({"op": DISPATCH, "t": event, "s": self.seq, "d": data})
        self.events.append(text)
        if self.live:
            try:
                await self.socket.send_text(text)
            except ConnectionError:
                pass  # the socket closed under us; the client gets it when it resumes

    async def replay(self, socket: GatewaySocket, after_seq: int) -> None:
        """Attach a resuming client and send what it missed, as Discord does before RESUMED."""
        self.socket = socket
        for text in self.events[after_seq:]:
            await socket.send_text(text)


@dataclass(frozen=True)
class Handshake:
    """How a client (re)joined the gateway: `kind` is "IDENTIFY" or "RESUME"; `path` is the URL
    path it dialled ("/" for the gateway URL, "/resume" for READY's resume_gateway_url)."""

    kind: str
    path: str
    session_id: str

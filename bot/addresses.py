"""Web addresses: only a well-formed http(s) address is kept or shown, because it ends up as a link in
Discord posts, and Discord refuses a whole message whose embed link it calls "not a well formed URL"."""
from __future__ import annotations

from urllib.parse import urlsplit

MAX_URL_LENGTH = 2048


def web_address(value: str | None) -> str | None:
    """The address if it is an absolute http(s) URL with a host, printable, of sane length; else None."""
    url = (value or "").strip()
    if not url or len(url) > MAX_URL_LENGTH or any(c.isspace() or not c.isprintable() for c in url):
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 — raises ValueError for a port that is not a number
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc and parts.hostname else None

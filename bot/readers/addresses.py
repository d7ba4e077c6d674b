"""Article addresses: only a well-formed web address is kept, because it ends up as a link in posts
(Discord refuses a message whose embed link is not http(s))."""
from __future__ import annotations

from urllib.parse import urlsplit

MAX_URL_LENGTH = 2048


def web_address(value: str | None) -> str | None:
    """The address if it is an absolute http(s) URL of sane length, else None."""
    url = (value or "").strip()
    if not url or len(url) > MAX_URL_LENGTH or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None

"""One strict date rule for every format, so `published` is always YYYY-MM-DD or None."""
from __future__ import annotations

import re
from datetime import datetime

_ISO_DAY_OR_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].+)?")


def day_from_iso(value: str) -> str:
    """`2026-03-12` or an ISO datetime such as `2026-03-12T19:45:00Z` -> `2026-03-12`.

    The day is taken as written (no time-zone conversion): it is the day the publisher printed.
    Raises ValueError for anything else, including impossible dates like 2026-02-30.
    """
    value = value.strip()
    if not _ISO_DAY_OR_DATETIME.fullmatch(value):
        raise ValueError(value)
    return datetime.fromisoformat(value).date().isoformat()

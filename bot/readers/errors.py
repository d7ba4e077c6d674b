"""How a reader says "this file is not an article" without stopping the batch."""
from __future__ import annotations

from dataclasses import dataclass


class UnreadableArticle(ValueError):
    """Raised inside the readers; `reason` is the part of the message after the file name."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ReadError:
    """One file (or one item of a JSON array) that could not be read; the batch carries on."""

    source: str
    message: str  # one line naming the file, e.g. "cannot read a.txt: empty article"

    @classmethod
    def about(cls, source: str, reason: str) -> ReadError:
        return cls(source=source, message=f"cannot read {source}: {reason}")

    def __str__(self) -> str:
        return self.message

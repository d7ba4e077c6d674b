"""Which files inside a folder count as articles, and in what order they are read.

Inside a folder, only `.txt`, `.html`, `.htm` and `.json` files are read (any letter case).
Skipped: hidden files and folders (name starts with "."), documentation such as README.md,
SOURCE.md or README.TXT (Markdown is never read from a folder; README, LICENSE, SOURCE, ...
are skipped whatever their extension), and symlinked folders (no loops). Entries are sorted by
name at every level, so the order is that of `find | sort` and stable across machines.
A file named directly by the user is always read, whatever its name.
"""
from __future__ import annotations

import os
from collections.abc import Iterator

from bot.readers.errors import ReadError

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".json"})
_DOCUMENTATION_STEMS = frozenset({"README", "LICENSE", "LICENCE", "SOURCE", "CHANGELOG", "NOTICE", "COPYING"})


def article_files(folder: str) -> Iterator[str | ReadError]:
    """Yield article file paths under `folder`, joined onto the folder as given.

    A sub-folder that cannot be listed yields a ReadError and the walk goes on.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield ReadError.about(folder, f"cannot list folder ({error.strerror or error})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from article_files(entry.path)
        elif entry.is_file() and _is_article_name(entry.name):
            yield entry.path


def _is_article_name(name: str) -> bool:
    stem, suffix = os.path.splitext(name)
    return suffix.lower() in ARTICLE_SUFFIXES and stem.upper() not in _DOCUMENTATION_STEMS

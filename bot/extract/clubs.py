"""Clubs and their aliases: the packaged table (nicknames no article can teach) plus what the
article itself shows ("Real Madrid" ... "Madrid")."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .lexicon import fold


_CAPITALISED = re.compile(r"[A-ZÀ-Þ](?<![\w'’].)[\w.&\-]*")  # a possessive's "'s" is left outside


@dataclass(frozen=True)
class ClubTable:
    canonical: dict[str, str]  # folded canonical name -> canonical name
    by_alias: dict[str, tuple[str, ...]]  # folded alias (or canonical) -> canonical names owning it
    by_first_word: dict[str, tuple[tuple[str, ...], ...]]  # first word -> known forms as word tuples, longest first

    def find(self, text: str):
        """(start, end, form) of every known club name or alias in text, longest form first at each place.

        Scans only capitalised words and looks the following words up, instead of running one huge
        alternation over the whole text."""
        words = list(_CAPITALISED.finditer(text))
        i = 0
        while i < len(words):
            w = words[i]
            forms = self.by_first_word.get(w.group(0).rstrip("."))
            if forms:
                for form in forms:
                    end = w.start()
                    ok = True
                    pos = w.start()
                    for part in form:
                        if not text.startswith(part, pos):
                            ok = False
                            break
                        pos += len(part)
                        end = pos
                        if part is not form[-1]:
                            if not text.startswith(" ", pos):
                                ok = False
                                break
                            pos += 1
                    if ok and (end == len(text) or not (text[end].isalnum() or text[end] in "_")):
                        yield w.start(), end, text[w.start():end]
                        while i + 1 < len(words) and words[i + 1].start() < end:
                            i += 1
                        break
            i += 1


@lru_cache(maxsize=1)
def club_data() -> dict:
    """The packaged table (data/clubs.json): clubs with their aliases, grounds, nations. Read once."""
    return json.loads(resources.files("bot.extract").joinpath("data/clubs.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def club_table() -> ClubTable:
    raw = club_data()
    canonical: dict[str, str] = {}
    by_alias: dict[str, list[str]] = {}
    for name, aliases in raw["clubs"].items():
        canonical[fold(name)] = name
        for alias in [name, *aliases]:
            owners = by_alias.setdefault(fold(alias), [])
            if name not in owners:
                owners.append(name)
    first: dict[str, list[tuple[str, ...]]] = {}
    for form in sorted({a for n, al in raw["clubs"].items() for a in [n, *al]}, key=len, reverse=True):
        parts = tuple(form.split(" "))
        first.setdefault(parts[0], []).append(parts)
    return ClubTable(canonical, {k: tuple(v) for k, v in by_alias.items()},
                     {k: tuple(v) for k, v in first.items()})


def clubs_in_text(text: str) -> dict[str, set[str]]:
    """Canonical club -> surface forms seen, for the clubs the article names unambiguously.

    An alias shared by several clubs ("Blues", "United") counts only when exactly one of its owners is
    otherwise named in the article; "Newcastle" is enough to read "United" as Newcastle United.
    """
    table = club_table()
    seen: dict[str, set[str]] = {}
    shared: list[tuple[str, tuple[str, ...]]] = []
    for _start, _end, form in table.find(text):
        owners = table.by_alias.get(fold(form), ())
        if len(owners) == 1:
            seen.setdefault(owners[0], set()).add(form)
        elif owners:
            shared.append((form, owners))
    for form, owners in shared:
        present = [o for o in owners if o in seen]
        if len(present) == 1:
            seen[present[0]].add(form)
    return seen


def resolve_club(name: str, article_clubs: dict[str, set[str]] | None = None) -> str | None:
    """The canonical club a name stands for, or None when it is not a known club."""
    table = club_table()
    key = fold(name.strip())
    owners = table.by_alias.get(key, ())
    if len(owners) == 1:
        return owners[0]
    if owners and article_clubs:
        present = [o for o in owners if o in article_clubs]
        if len(present) == 1:
            return present[0]
    return None

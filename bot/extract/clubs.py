"""Clubs and their aliases: the packaged table (nicknames no article can teach) plus what the
article itself shows ("Real Madrid" ... "Madrid")."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .lexicon import fold
from .patterns import word_list


# Each accented Latin letter to its plain one, character for character, so offsets do not move.
_UNACCENTED = {c: unicodedata.normalize("NFKD", chr(c))[0] for c in range(0xC0, 0x250)
               if len(unicodedata.normalize("NFKD", chr(c))) > 1 and unicodedata.normalize("NFKD", chr(c))[0].isascii()}
_CAPITALS = re.compile(r"\b[A-Z]{4,}\b")  # a word written in capitals ("CREW", not "FA" or "BBC")
_CAPITALS_AS_X = bytes.maketrans(bytes(range(ord("A"), ord("Z") + 1)), b"X" * 26)
_CAPITALS_REACH = 40  # characters either side of it where a club's name in capitals may stand
_ACCENTED = re.compile("[" + "".join(map(chr, _UNACCENTED)) + "]")


@dataclass(frozen=True)
class ClubTable:
    canonical: dict[str, str]  # folded canonical name -> canonical name
    by_alias: dict[str, tuple[str, ...]]  # folded alias (or canonical) -> canonical names owning it
    forms: re.Pattern  # every name and alias as one trie (longest first): re scans from capital to capital
    upper_forms: re.Pattern  # the same in capitals, for the score lines wires write so ("ATLANTA UNITED 1, …")
    spelling: dict[str, str]  # folded alias -> as the table writes it ("Atlanta United" for "ATLANTA UNITED")


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
    names = {a for n, al in raw["clubs"].items() for a in [n, *al]}
    # a whole word: not "Scotland" in "Scotland-England", nor "Real" in "Realism"
    whole = r"(?![\w&\-]|\.[\w&\-])"
    return ClubTable(canonical, {k: tuple(v) for k, v in by_alias.items()},
                     re.compile(word_list(names, word_start=True) + whole),
                     re.compile(word_list({n.upper() for n in names if not n.isupper()}, word_start=True) + whole),
                     {fold(n): n for n in sorted(names)})


def clubs_in_text(text: str) -> dict[str, set[str]]:
    """Canonical club -> surface forms seen, for the clubs the article names unambiguously.

    An alias shared by several clubs ("Blues", "United") counts only when exactly one of its owners is
    otherwise named in the article, or one is named at least twice as often as the rest; "Newcastle"
    is enough to read "United" as Newcastle United.
    """
    table = club_table()
    seen: dict[str, set[str]] = {}
    times: dict[str, int] = {}
    shared: list[tuple[str, tuple[str, ...]]] = []
    # "Atlético" found as "Atletico", at the same offsets (most texts have no accented letter: no copy)
    plain = text.translate(_UNACCENTED) if not text.isascii() and _ACCENTED.search(text) else text
    found = list(table.forms.finditer(plain))
    stretches: list[list[int]] = []  # "ATLANTA UNITED 1, NEW YORK CITY FC 2": around words in capitals, merged
    capitals = b"XXXX" in plain.encode("utf-8", "ignore").translate(_CAPITALS_AS_X)  # a quick test before the regex
    for word in _CAPITALS.finditer(plain) if capitals else ():
        start, end = max(0, word.start() - _CAPITALS_REACH), word.end() + _CAPITALS_REACH
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    for start, end in stretches:
        found.extend(table.upper_forms.finditer(plain, start, end))
    for m in found:
        form = text[m.start() : m.end()]
        if form.isupper() and len(form) > 3:
            form = table.spelling.get(fold(form), form)  # shown as the table writes it, not in capitals
        owners = table.by_alias.get(fold(form), ())
        if len(owners) == 1 and fold(form) not in GENERIC_CLUB_WORDS:
            seen.setdefault(owners[0], set()).add(form)
            times[owners[0]] = times.get(owners[0], 0) + 1
        elif owners:
            shared.append((form, owners))
    for form, owners in shared:
        present = sorted((o for o in owners if o in seen), key=times.get, reverse=True)
        # one owner named, or one named at least twice as often as any other ("Real" in a Real Madrid
        # report that mentions Real Zaragoza's result once)
        if len(present) == 1 or (present and times[present[0]] >= 2 * times[present[1]]):
            seen[present[0]].add(form)
    return seen


# Words many clubs end with: as a club's alias ("City", "United") it counts only beside the club's name.
GENERIC_CLUB_WORDS = frozenset("united city rovers athletic wanderers town county albion thistle alexandra argyle "
                               "harriers well".split())


def fullest_form(club: str, forms: set[str]) -> str:
    """A club as an article names it at its fullest: its own name if the article writes it, else a form
    opening like it, else one sharing a word with it ("Cardiff" reads better than "Bluebirds"), the longest;
    the same one every run."""
    if club in forms or not forms:
        return club
    words = set(fold(club).split())
    first = fold(club).split()[0]  # "Bolton" reads better than "Wanderers", "Hearts" than "Jambos"
    # sorted first: among equals the same form every run, whatever the set's order
    return max(sorted(forms), key=lambda f: (fold(f).split()[0][:4] == first[:4], bool(words & set(fold(f).split())),
                                              len(f.split()), len(f)))


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

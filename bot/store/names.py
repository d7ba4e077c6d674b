"""An in-memory index of the names members look up (speakers, clubs with ties): exact, word, fuzzy.

The store builds one per kind and rebuilds it only when an article was added, so resolving a name
or answering autocomplete never scans tables: one indexed query checks that the index is fresh.
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.store.keys import fold, is_single_word

FUZZY_CUTOFF = 80  # fuzz.ratio: "ramoss"→"ramos" 91, "zidan"→"zidane" 91, "lampard"→"lampart" 86
SUGGESTION_CUTOFF = 60  # fuzz.WRatio: "legia"→"leganes" 67 is offered, "mourinho"→"ramos" 51 is not
_MIN_FUZZY_WORD = 3  # shorter words of a name ("de", "van") would fuzzy-match far too much


@dataclass(frozen=True)
class NameEntry:
    """A person or club: its display name, every folded key it is known by, and how prominent it is."""

    id: int
    name: str
    keys: tuple[str, ...]  # folded: the name's own key first, then aliases
    weight: int  # quotes (people) or ties (clubs): the more, the likelier a member means this one
    recency: int  # newest article/tie id mentioning it: breaks ties in weight

    @property
    def rank(self) -> tuple[int, int]:
        return self.weight, self.recency


@dataclass(frozen=True)
class Found:
    """The entry a lookup chose, and the others it could also have meant (most prominent first)."""

    entry: NameEntry
    others: tuple[NameEntry, ...] = ()

    @property
    def candidates(self) -> tuple[NameEntry, ...]:
        return self.entry, *self.others


class NameIndex:
    def __init__(self, entries: list[NameEntry]):
        self.entries = sorted(entries, key=lambda e: (-e.weight, -e.recency, e.name))
        self._by_name = {entry.keys[0]: entry for entry in self.entries}
        self._by_alias: dict[str, list[NameEntry]] = {}
        self._fuzzy_keys: list[str] = []
        self._fuzzy_owners: list[NameEntry] = []
        for entry in self.entries:
            for alias in entry.keys[1:]:
                self._by_alias.setdefault(alias, []).append(entry)
            words = {w for w in entry.keys[0].split() if len(w) >= _MIN_FUZZY_WORD}
            for key in dict.fromkeys((*entry.keys, *sorted(words))):
                self._fuzzy_keys.append(key)
                self._fuzzy_owners.append(entry)

    def exact(self, text: str) -> Found | None:
        """By full name, then by alias, then by whole words of the name ("de bruyne", "sergio").

        A full name is never ambiguous. A single word is: the store keeps a bare "Neville" apart
        from Gary and Phil when it cannot tell them apart, so it competes with everyone known by
        that word. Among several, the most prominent (most quotes or ties, then most recent) wins
        and the others are reported.
        """
        key = fold(text)
        if not key:
            return None
        named = self._by_name.get(key)
        if named is not None and not is_single_word(key):
            return Found(named)
        known_by_it = ([named] if named is not None else []) + self._by_alias.get(key, [])
        return _best(known_by_it) or _best([e for e in self.entries if f" {key} " in f" {e.keys[0]} "])

    def fuzzy(self, text: str, cutoff: int = FUZZY_CUTOFF) -> Found | None:
        """Typos: the entries whose closest key scores best, at least `cutoff` (fuzz.ratio)."""
        key = fold(text)
        if not key:
            return None
        hits = process.extract(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        if not hits:
            return None
        top = max(score for _, score, _ in hits)
        return _best([self._fuzzy_owners[i] for _, score, i in hits if score == top])

    def lookup(self, text: str) -> Found | None:
        return self.exact(text) or self.fuzzy(text)

    def suggestions(self, text: str, limit: int = 5) -> list[str]:
        """The nearest names, for "did you mean": forgiving, because something beats nothing."""
        key = fold(text)
        if not key:
            return []
        hits = process.extract(key, self._fuzzy_keys, scorer=fuzz.WRatio, score_cutoff=SUGGESTION_CUTOFF,
                               limit=None)
        ranked = sorted(hits, key=lambda hit: (-hit[1], hit[2]))  # entries are in prominence order
        names = [self._fuzzy_owners[i].name for _, _, i in ranked]
        return list(dict.fromkeys(names))[:limit]

    def choices(self, current: str, limit: int) -> list[str]:
        """Autocomplete: names starting with it, then with a word starting with it, then containing
        it, then fuzzy; each group most prominent first. Empty input: the most prominent."""
        key = fold(current)
        if not key:
            return [e.name for e in self.entries[:limit]]
        starts, word_starts, contains = [], [], []
        for entry in self.entries:
            if any(k.startswith(key) for k in entry.keys):
                starts.append(entry.name)
            elif any(f" {key}" in f" {k}" for k in entry.keys):
                word_starts.append(entry.name)
            elif any(key in k for k in entry.keys):
                contains.append(entry.name)
        found = starts + word_starts + contains
        if len(found) < limit:
            found += self.suggestions(current, limit)
        return list(dict.fromkeys(found))[:limit]


def _best(candidates: list[NameEntry]) -> Found | None:
    """The most prominent candidate, the rest as alternatives (candidates arrive in index order)."""
    unique = list(dict.fromkeys(candidates))
    if not unique:
        return None
    best = max(unique, key=lambda e: e.rank)
    return Found(best, tuple(e for e in unique if e is not best))

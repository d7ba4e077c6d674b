"""People named in an article: full names at their fullest, and the surnames that stand for them.

"Zinedine Zidane" in one paragraph makes "Zidane" in another the same person; role words in front
("Defender Sergio Ramos", "Bolton boss Sam Allardyce") are not part of the name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .clubs import club_table
from .lexicon import DESCRIPTOR_HEADS, MULTI_WORD_NAME_RUN, NAME_RUN, ORGANISATION_NAMES, ORGANISATIONS, ROLE_WORDS, fold, is_name_token, strip_possessive

_TITLES = {"sir", "dame", "lord"}
_ROLE_KINDS = {**dict.fromkeys(
    "striker defender midfielder keeper goalkeeper winger forward captain skipper international player "
    "youngster teenager veteran frontman stopper playmaker star".split(), "player"), **dict.fromkeys(
    "manager boss coach chairman chief executive president director official spokesman spokeswoman "
    "spokesperson referee".split(), "staff")}
# words for one role: "the skipper" is the man introduced as "captain Gary Swales"
_ROLE_ASIDE = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er)\s+(\w+),\s$")  # "the coach, Salva Mompó"
_SAME_ROLE = {**dict.fromkeys(("captain", "skipper"), ("captain", "skipper")),
              **dict.fromkeys(("manager", "boss", "coach"), ("manager", "boss", "coach")),
              **dict.fromkeys(("keeper", "goalkeeper"), ("keeper", "goalkeeper"))}
_MID_SENTENCE_CAPITAL = re.compile(r"[A-Z](?<=[a-z,;] .)[\w\-]*")  # after a lower-case word or a comma


@lru_cache(maxsize=65536)
def name_tokens(run: str) -> tuple[str, ...]:
    """The name inside a capitalised run: role words, non-name words and clubs in front dropped;
    the run is cut after a possessive ("Arsenal's Thierry Henry" -> "Thierry Henry")."""
    if club_table().by_alias.get(fold(strip_possessive(run))):
        return ()
    tokens = run.split()
    # A possessive ends an owner ("Arsenal's"); the name is what follows it, if anything.
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i] != strip_possessive(tokens[i]) and i < len(tokens) - 1:
            tokens = tokens[i + 1 :]
            break
    tokens = [strip_possessive(t) for t in tokens]
    while tokens and (fold(tokens[0]) in ROLE_WORDS or not is_name_token(tokens[0])
                      or _is_club_prefix(tokens)):
        tokens = tokens[1:]
    while tokens and not is_name_token(tokens[-1]):
        tokens = tokens[:-1]
    if any(not is_name_token(t) for t in tokens if t[0].isupper()):
        return ()
    if tokens and (club_table().by_alias.get(fold(" ".join(tokens))) or fold(" ".join(tokens)) in ORGANISATIONS):
        return ()  # "Scottish Football Association", "Premier League": bodies, not people
    return tuple(tokens)


def _is_club_prefix(tokens: list[str]) -> bool:
    """True when the run opens with a club name followed by a full name ("Chelsea Jose Mourinho")."""
    by_alias = club_table().by_alias
    # at least a first name and a surname must remain: "Milan Baros" is a person, not AC Milan's Baros
    return any(fold(" ".join(tokens[:n])) in by_alias for n in range(1, min(3, len(tokens) - 2) + 1))


@dataclass
class NameBook:
    """Every person-like name in one article, with the surname index used to expand short forms."""

    full_names: list[str] = field(default_factory=list)
    by_word: dict[str, list[str]] = field(default_factory=dict)  # folded first or last word -> full names
    by_surname: dict[str, list[str]] = field(default_factory=dict)
    text: str = ""
    _mid_sentence: set[str] | None = None  # capitalised words seen inside a sentence, read on first use
    _roles: dict[str, set[str]] | None = None  # role word -> people the article names with it, read on first use

    @classmethod
    def from_text(cls, text: str) -> "NameBook":
        book = cls(text=text)
        seen: set[str] = set()
        for m in MULTI_WORD_NAME_RUN.finditer(text):  # only a run of several words can be a full name
            run = m.group(0)
            if run not in seen:
                seen.add(run)
                tokens = name_tokens(run)
                if len(tokens) >= 2:
                    book.add(" ".join(tokens))
        return book

    def add(self, name: str) -> None:
        tokens = name.split()
        core = [t for t in tokens if fold(t) not in _TITLES]
        if len(core) >= 2 and name not in self.by_word.get(fold(core[-1]), ()):
            self.full_names.append(name)
            for word in {fold(core[0]), fold(core[-1])}:
                self.by_word.setdefault(word, []).append(name)
            self.by_surname.setdefault(fold(core[-1]), []).append(name)
            if len(core) >= 3:  # "Ruud van Nistelrooy", "Tore Andre Flo": last two may be the surname
                self.by_surname.setdefault(fold(" ".join(core[-2:])), []).append(name)

    def canonical(self, name: str) -> str:
        """The fullest form of a name the article gives ("Zidane" -> "Zinedine Zidane")."""
        key = fold(name)
        candidates = self.by_surname.get(key)
        if candidates:
            return max(candidates, key=len)
        if " " in key:
            for full in self.full_names:  # "Alex Ferguson" -> "Sir Alex Ferguson"
                if len(full) > len(name) and fold(full).endswith(" " + key):
                    return full
        return name

    def could_be_name(self, token: str) -> bool:
        """A lone capitalised word is a name only if the article also capitalises it inside a
        sentence, or it is the surname of a full name: "During …" and "Early …" are not people."""
        key = fold(token)
        if key in self.by_surname:
            return True
        if self._mid_sentence is None:
            self._mid_sentence = {fold(w) for w in _MID_SENTENCE_CAPITAL.findall(self.text)}
        return key in self._mid_sentence

    def with_role(self, role: str) -> set[str]:
        """The people the article introduces with a role word ("England striker Michael Owen" for
        "striker"), so "the striker said" can be told from the coach named since."""
        if self._roles is None:
            self._roles = {}
            for m in NAME_RUN.finditer(self.text):  # each name, then the word just before it
                head = self.text[max(0, m.start() - 24) : m.start()]
                word = head[:-1].rsplit(" ", 1)[-1] if head.endswith(" ") else ""
                if (aside := _ROLE_ASIDE.search(head)) is not None:
                    word = aside.group(1)  # "The coach, Salva Mompó, is a decent man"
                if word not in DESCRIPTOR_HEADS:
                    continue
                tokens = name_tokens(m.group(0))
                if len(tokens) >= 2 or (tokens and fold(tokens[0]) in self.by_surname):
                    self._roles.setdefault(word, set()).add(self.canonical(" ".join(tokens)))
        role = role.lower()
        return set().union(*(self._roles.get(r, set()) for r in _SAME_ROLE.get(role, (role,))))

    def in_other_role(self, role: str) -> list[str]:
        """People the article gave only roles of the other kind: a "striker" is not the "chairman"."""
        kind = _ROLE_KINDS.get(role)
        if kind is None:
            return []
        self.with_role(role)  # reads the article's roles, once
        people: dict[str, set[str]] = {}
        for word, holders in (self._roles or {}).items():
            for person in holders:
                people.setdefault(person, set()).add(_ROLE_KINDS.get(word))
        return [p for p, kinds in people.items() if kind not in kinds and None not in kinds]

    def is_person(self, name: str) -> bool:
        """Named in the article as a person (a full name, or the surname of one)."""
        key = fold(name)
        return key in self.by_surname or name in self.by_word.get(key.rsplit(" ", 1)[-1], ())

    def aliases(self, full: str) -> list[str]:
        initials = next((k.upper() for k, name in ORGANISATION_NAMES.items() if name == full), None)
        if initials:  # "Scottish Football Association" is asked for as "SFA", never as "Association"
            return [initials, f"The {initials}"]
        tokens = [t for t in full.split() if fold(t) not in _TITLES]
        return [tokens[-1]] if len(tokens) >= 2 else []

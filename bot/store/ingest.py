"""One Extraction → rows: the body of `Store.add_article`'s transaction.

Runs on the database thread with the plain sqlite3 connection, inside the caller's BEGIN IMMEDIATE,
so an article lands whole or not at all. Plain synchronous SQL on purpose: ~30 statements per article
as separate awaits would each cost a thread hop and cap ingest far below 1,000 articles/s.
"""
from __future__ import annotations

import datetime
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.model import Club, Extraction, Match, Person, Quote, Tie
from bot.store.keys import content_hash, fold, is_single_word

MATCH_WINDOW_DAYS = 45
TIE_WINDOW_DAYS = 60


@dataclass(frozen=True)
class AddResult:
    article_id: int
    created: bool  # False: the article was already stored (same text, or same URL) and nothing changed


def _not_repeated(quotes: list[Quote]) -> list[Quote]:
    """An article's quotes without a headline's that the body quotes in full, so `!quote` does not show
    the same words twice; the few headline quotes are each checked against the speaker's body quotes."""
    body = [q for q in quotes if q.kind != "headline"]
    return [q for q in quotes if q.kind != "headline"
            or not any(_words(q.text) in _words(b.text) for b in body if b.speaker == q.speaker)]


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.casefold())) + " "


def add_article(conn: sqlite3.Connection, ex: Extraction) -> AddResult:
    digest = content_hash(ex.text)
    known = conn.execute("SELECT id FROM articles WHERE content_hash = ? OR url = ?", (digest, ex.url)).fetchone()
    if known:
        return AddResult(known[0], created=False)
    article_id = conn.execute(
        "INSERT INTO articles (source, url, content_hash, title, published, summary, text)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (ex.source, ex.url, digest, ex.title, ex.published, ex.summary or "", ex.text),
    ).lastrowid
    conn.execute("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)", (article_id, ex.title, ex.text))
    people = _ArticleNames(conn, resolve_person, ex.people)
    conn.executemany(
        "INSERT INTO quotes (article_id, position, person_id, speaker, text, kind) VALUES (?, ?, ?, ?, ?, ?)",
        [(article_id, position, people.id_for(q.speaker), q.speaker, q.text, q.kind)
         for position, q in enumerate(_not_repeated(ex.quotes))],
    )
    conn.execute("INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE article_id = ?", (article_id,))
    clubs = _ArticleNames(conn, resolve_club, ex.clubs)
    reported = _ReportedMatches(conn, clubs, article_id, ex.published)
    for match in ex.matches:
        reported.add(match)
    for tie in ex.ties:
        _add_tie(conn, tie, clubs, reported, article_id, ex.published)
    return AddResult(article_id, created=True)


# --- people and clubs ----------------------------------------------------------------------------


class _ArticleNames:
    """Names used within one article → ids, each resolved against the store once.

    The extraction's people (or clubs) come first; an alias counts within the article only when it
    names one of them, so "Neville" in an article quoting Gary and Phil Neville is not guessed.
    """

    def __init__(self, conn: sqlite3.Connection, resolve: Callable, entries: Iterable[Person | Club]):
        self._conn = conn
        self._resolve = resolve
        self._ids: dict[str, int | None] = {}
        owners: dict[str, set[int]] = {}
        for entry in entries:
            entry_id = resolve(conn, entry.name, entry.aliases)
            if entry_id is None:
                continue
            self._ids[fold(entry.name)] = entry_id
            for alias in filter(None, map(fold, entry.aliases)):
                owners.setdefault(alias, set()).add(entry_id)
        for alias, ids in owners.items():
            if len(ids) == 1:
                self._ids.setdefault(alias, next(iter(ids)))

    def id_for(self, name: str | None) -> int | None:
        key = fold(name)
        if not key:
            return None
        if key not in self._ids:
            self._ids[key] = self._resolve(self._conn, name, [])
        return self._ids[key]


def _keys(name: str, aliases: Iterable[str]) -> list[str]:
    """The name's folded key first, then its aliases' keys, without blanks or repeats."""
    return [k for k in dict.fromkeys([fold(name), *map(fold, aliases)]) if k]


def _sole_holder(conn: sqlite3.Connection, table: str, column: str, alias_key: str) -> int | None:
    """The one person/club known by `alias_key`; None when nobody is, or several are."""
    rows = conn.execute(f"SELECT {column} FROM {table} WHERE alias_key = ? LIMIT 2", (alias_key,)).fetchall()
    return rows[0][0] if len(rows) == 1 else None


def resolve_person(conn: sqlite3.Connection, name: str, aliases: Iterable[str]) -> int | None:
    """The person's id, created if new; records every alias. None for a name with no letters.

    Merging is cautious because a wrong merge puts words in someone else's mouth:
    1. the same full name (accent- and case-folded) is the same person;
    2. a one-word name ("Ramos") joins the one person known by it, and only if there is one;
    3. a new full name adopts an earlier one-word person it extends ("Ramos" → "Sergio Ramos"),
       again only if nobody else goes by that word.
    Two different full names never merge, whatever their aliases say.
    """
    keys = _keys(name, aliases)
    if not keys:
        return None
    key, display_name = keys[0], " ".join(name.split())
    row = conn.execute("SELECT id FROM people WHERE name_key = ?", (key,)).fetchone()
    person_id = row[0] if row else None
    if person_id is None:
        person_id = (_sole_holder(conn, "person_aliases", "person_id", key) if is_single_word(key)
                     else _adopt_single_word_person(conn, display_name, key, keys[1:]))
    if person_id is None:
        person_id = conn.execute("INSERT INTO people (name, name_key) VALUES (?, ?)", (display_name, key)).lastrowid
    conn.executemany(
        "INSERT OR IGNORE INTO person_aliases (alias_key, person_id) VALUES (?, ?)", [(k, person_id) for k in keys]
    )
    return person_id


def _adopt_single_word_person(conn: sqlite3.Connection, name: str, key: str, alias_keys: list[str]) -> int | None:
    """Rename the one-word person whom only this full name's one-word alias fits, and return it."""
    for alias in filter(is_single_word, alias_keys):
        row = conn.execute("SELECT id FROM people WHERE name_key = ?", (alias,)).fetchone()
        if row and _sole_holder(conn, "person_aliases", "person_id", alias) == row[0]:
            conn.execute("UPDATE people SET name = ?, name_key = ? WHERE id = ?", (name, key, row[0]))
            return row[0]
    return None


def resolve_club(conn: sqlite3.Connection, name: str, aliases: Iterable[str]) -> int | None:
    """The club's id, created if new; records every alias. None for a name with no letters.

    Same canonical name → same club; else the one club that has this name as an alias; else the one
    club whose canonical name is among this club's aliases ("Man Utd" with alias "Manchester United").
    Alias never meets alias: "Madrid" must not merge Atletico into Real.
    """
    keys = _keys(name, aliases)
    if not keys:
        return None
    row = conn.execute("SELECT id FROM clubs WHERE name_key = ?", (keys[0],)).fetchone()
    club_id = row[0] if row else _sole_holder(conn, "club_aliases", "club_id", keys[0])
    if club_id is None and len(keys) > 1:
        named = conn.execute(
            f"SELECT id FROM clubs WHERE name_key IN ({', '.join('?' * (len(keys) - 1))})", keys[1:]
        ).fetchall()
        club_id = named[0][0] if len(named) == 1 else None
    if club_id is None:
        club_id = conn.execute(
            "INSERT INTO clubs (name, name_key) VALUES (?, ?)", (" ".join(name.split()), keys[0])
        ).lastrowid
    conn.executemany(
        "INSERT OR IGNORE INTO club_aliases (alias_key, club_id) VALUES (?, ?)", [(k, club_id) for k in keys]
    )
    return club_id


# --- matches -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _StoredMatch:
    id: int
    home_id: int
    away_id: int
    competition: str | None


class _ReportedMatches:
    """The matches this article reports, each merged with the store's copy when there is one."""

    def __init__(self, conn: sqlite3.Connection, clubs: _ArticleNames, article_id: int, published: str | None):
        self._conn = conn
        self._clubs = clubs
        self._article_id = article_id
        self._published = published
        self.stored: list[_StoredMatch] = []

    def add(self, match: Match) -> int | None:
        home_id, away_id = self._clubs.id_for(match.home), self._clubs.id_for(match.away)
        if home_id is None or away_id is None or home_id == away_id:
            return None
        around = match.date or self._published
        match_id = _existing_match(self._conn, match, home_id, away_id, around)
        if match_id is None:
            match_id = _insert_match(self._conn, match, home_id, away_id, around)
            self._add_scorers(match_id, match)
        elif not self._conn.execute("SELECT 1 FROM scorers WHERE match_id = ?", (match_id,)).fetchone():
            # The first report that names scorers keeps them: merging lists of surnames invites doubles.
            self._add_scorers(match_id, match)
        self._conn.execute(
            "INSERT OR IGNORE INTO match_sources (match_id, article_id) VALUES (?, ?)", (match_id, self._article_id)
        )
        if match_id not in {m.id for m in self.stored}:
            self.stored.append(_StoredMatch(match_id, home_id, away_id, match.competition))
        return match_id

    def _add_scorers(self, match_id: int, match: Match) -> None:
        self._conn.executemany(
            "INSERT INTO scorers (match_id, position, player, club_id, minute) VALUES (?, ?, ?, ?, ?)",
            [(match_id, position, s.player, self._clubs.id_for(s.team), s.minute)
             for position, s in enumerate(match.scorers)],
        )


def _existing_match(conn: sqlite3.Connection, match: Match, home_id: int, away_id: int, around: str | None) -> int | None:
    """The stored match this report describes, after filling in what it adds (date, venue, ...).

    Same home and away club, and: the same date when both reports give one; otherwise the same
    score, compatible competition and leg, within MATCH_WINDOW_DAYS of each other (match date, or
    the report's publication date when the date is missing).
    """
    rows = conn.execute(
        "SELECT id, played_on, around, competition, leg, home_score, away_score FROM matches"
        " WHERE home_club_id = ? AND away_club_id = ?",
        (home_id, away_id),
    ).fetchall()
    for match_id, played_on, stored_around, competition, leg, home_score, away_score in rows:
        if played_on and match.date:
            same = played_on == match.date
        else:
            same = ((home_score, away_score) == (match.home_score, match.away_score)
                    and _compatible(fold(competition), fold(match.competition))
                    and _compatible(leg, match.leg)
                    and _within(stored_around, around, MATCH_WINDOW_DAYS))
        if same:
            conn.execute(
                "UPDATE matches SET around = coalesce(played_on, ?, around), played_on = coalesce(played_on, ?),"
                " competition = coalesce(competition, ?), leg = coalesce(leg, ?), venue = coalesce(venue, ?),"
                " extra_time = max(extra_time, ?), penalties_home = coalesce(penalties_home, ?),"
                " penalties_away = coalesce(penalties_away, ?) WHERE id = ?",
                (match.date, match.date, match.competition, match.leg, match.venue, int(match.extra_time),
                 *_penalties(match), match_id),
            )
            return match_id
    return None


def _insert_match(conn: sqlite3.Connection, match: Match, home_id: int, away_id: int, around: str | None) -> int:
    return conn.execute(
        "INSERT INTO matches (home_club_id, away_club_id, home_score, away_score, played_on, around, competition,"
        " leg, venue, extra_time, penalties_home, penalties_away) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (home_id, away_id, match.home_score, match.away_score, match.date, around, match.competition, match.leg,
         match.venue, int(match.extra_time), *_penalties(match)),
    ).lastrowid


def _penalties(match: Match) -> tuple[int | None, int | None]:
    return tuple(match.penalties) if match.penalties else (None, None)


# --- ties ----------------------------------------------------------------------------------------


def _add_tie(conn: sqlite3.Connection, tie: Tie, clubs: _ArticleNames, reported: _ReportedMatches,
             article_id: int, published: str | None) -> None:
    a_id, b_id = (clubs.id_for(name) for name in tie.teams)
    if a_id is None or b_id is None or a_id == b_id:
        return
    if tie.legs:
        leg_ids = [leg_id for leg in tie.legs if (leg_id := reported.add(leg)) is not None]
    else:  # the article's own matches between the two clubs in this competition are the legs
        leg_ids = [m.id for m in reported.stored
                   if {m.home_id, m.away_id} == {a_id, b_id} and _compatible(fold(m.competition), fold(tie.competition))]
    leg_dates = [leg.date for leg in tie.legs if leg.date]
    around = max(leg_dates) if leg_dates else published
    winner_id = clubs.id_for(tie.winner)
    tie_id = _existing_tie(conn, tie, a_id, b_id, winner_id, leg_ids, around)
    if tie_id is None:
        tie_id = conn.execute(
            "INSERT INTO ties (club_a_id, club_b_id, aggregate_a, aggregate_b, winner_club_id, decided_by,"
            " competition, around) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (a_id, b_id, *tie.aggregate, winner_id, tie.decided_by, tie.competition, around),
        ).lastrowid
    conn.execute("INSERT OR IGNORE INTO tie_sources (tie_id, article_id) VALUES (?, ?)", (tie_id, article_id))
    conn.executemany("INSERT OR IGNORE INTO tie_legs (tie_id, match_id) VALUES (?, ?)", [(tie_id, m) for m in leg_ids])


def _existing_tie(conn: sqlite3.Connection, tie: Tie, a_id: int, b_id: int, winner_id: int | None,
                  leg_ids: list[int], around: str | None) -> int | None:
    """The stored tie this report describes, updated with what it adds.

    Same two clubs (either order), compatible competition, within TIE_WINDOW_DAYS, and one of: both
    name the competition (a pair meets at most once per competition in two months), the same
    aggregate, or a leg in common. A decided report settles a stored undecided one.
    """
    rows = conn.execute(
        "SELECT id, club_a_id, aggregate_a, aggregate_b, winner_club_id, competition, around FROM ties"
        " WHERE (club_a_id = ? AND club_b_id = ?) OR (club_a_id = ? AND club_b_id = ?)",
        (a_id, b_id, b_id, a_id),
    ).fetchall()
    for tie_id, club_a_id, aggregate_a, aggregate_b, stored_winner, competition, stored_around in rows:
        aggregate = tuple(tie.aggregate) if club_a_id == a_id else tuple(reversed(tie.aggregate))
        if not (_compatible(fold(competition), fold(tie.competition)) and _within(stored_around, around, TIE_WINDOW_DAYS)):
            continue
        if not ((competition and tie.competition) or (aggregate_a, aggregate_b) == aggregate
                or _shares_leg(conn, tie_id, leg_ids)):
            continue
        if stored_winner is None and winner_id is not None:
            conn.execute(
                "UPDATE ties SET aggregate_a = ?, aggregate_b = ?, winner_club_id = ?, decided_by = ? WHERE id = ?",
                (*aggregate, winner_id, tie.decided_by, tie_id),
            )
        conn.execute(
            "UPDATE ties SET competition = coalesce(competition, ?), decided_by = coalesce(decided_by, ?),"
            " around = coalesce(around, ?) WHERE id = ?",
            (tie.competition, tie.decided_by, around, tie_id),
        )
        return tie_id
    return None


def _shares_leg(conn: sqlite3.Connection, tie_id: int, leg_ids: list[int]) -> bool:
    if not leg_ids:
        return False
    placeholders = ", ".join("?" * len(leg_ids))
    return conn.execute(
        f"SELECT 1 FROM tie_legs WHERE tie_id = ? AND match_id IN ({placeholders})", (tie_id, *leg_ids)
    ).fetchone() is not None


# --- comparisons ---------------------------------------------------------------------------------


def _compatible(a: object, b: object) -> bool:
    """Equal, or one side unknown."""
    return not a or not b or a == b


def _within(a: str | None, b: str | None, days: int) -> bool:
    """Two YYYY-MM-DD dates at most `days` apart; an unknown or unreadable date does not rule out."""
    try:
        return abs((datetime.date.fromisoformat(a) - datetime.date.fromisoformat(b)).days) <= days
    except (TypeError, ValueError):
        return True

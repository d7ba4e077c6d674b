"""The Store: one SQLite file of facts and bot state, behind an async API (aiosqlite).

The CLI and the bot may write the same file at once: WAL lets readers run beside a writer,
busy_timeout makes a second writer wait instead of failing, and every multi-statement write is one
BEGIN IMMEDIATE transaction run as a single job on the connection's thread, so coroutines sharing a
Store never interleave statements inside each other's transactions.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.answers import ArticleItem, LegItem, QuoteItem, SourceRef
from bot.model import Extraction
from bot.store import ingest
from bot.store.ingest import AddResult
from bot.store.keys import fts_query
from bot.store.names import NameEntry, NameIndex
from bot.store.schema import LATEST_VERSION, SchemaTooNewError, migrate

BUSY_TIMEOUT_MS = 10_000
# Checkpoint every ~40 MB of WAL rather than SQLite's 4 MB: each checkpoint ends in fsyncs, and a bulk
# ingest rewrites the same hot pages (index roots, FTS structure) in every transaction; fewer,
# larger checkpoints write each of them once. Measured: ~830 → ~1,050 articles/s on the dev VM.
WAL_CHECKPOINT_PAGES = 10_000
MAX_ERROR_LENGTH = 1000
_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
_ARTICLE_COLUMNS = "a.id, a.title, a.published, a.source, a.url, a.summary"

T = TypeVar("T")


@dataclass(frozen=True)
class ChannelCursor:
    """Where a guild's news goes and how far the watcher got there."""

    guild_id: int
    channel_id: int
    last_article_id: int  # 0 before anything was posted in a store that was empty when the channel was set
    last_message_id: int | None
    last_posted_at: str | None
    last_error: str | None


@dataclass(frozen=True)
class StoredTie:
    """A tie as the store knows it: both legs, who went through, every article that reported it."""

    teams: tuple[str, str]
    aggregate: tuple[int, int]
    winner: str | None
    decided_by: str | None
    competition: str | None
    legs: list[LegItem] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)


class Store:
    def __init__(self, db: aiosqlite.Connection, path: Path):
        self._db = db
        self.path = path
        self._name_indexes: dict[str, tuple[int | None, NameIndex]] = {}

    @classmethod
    async def open(cls, path: str | Path) -> Store:
        """Open (creating it and its folder if needed) and migrate to the latest schema.

        A file from a newer Pressbox raises SchemaTooNewError before anything is written to it.
        """
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = await aiosqlite.connect(path, isolation_level=None)
        try:
            db.row_factory = sqlite3.Row
            await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            await db.execute("PRAGMA foreign_keys = ON")
            version = await _value(db, "PRAGMA user_version")
            if version > LATEST_VERSION:
                raise SchemaTooNewError(str(path), version)
            await db.execute("PRAGMA journal_mode = WAL")
            await db.execute("PRAGMA synchronous = NORMAL")  # durable at checkpoints; never corrupt under WAL
            await db.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
            store = cls(db, path)
            await store._on_db_thread(migrate, str(path))
        except BaseException:
            await db.close()
            raise
        return store

    async def close(self) -> None:
        await self._db.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _on_db_thread(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(sqlite3_connection, *args)` as one job on the connection's thread.

        aiosqlite has no public hook for this, so this is the one place that touches its internals
        (`_execute`, `_conn`; aiosqlite is pinned below 1.0 and tests cover it).
        """
        db = self._db
        return await db._execute(lambda: fn(db._conn, *args))

    async def _transaction(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(conn, *args)` in a transaction of its own, on the database thread."""
        return await self._on_db_thread(_in_transaction, fn, *args)

    # --- articles --------------------------------------------------------------------------------

    async def add_article(self, ex: Extraction) -> AddResult:
        """Store one article and its facts in one transaction; a known article is left as it is."""
        return await self._transaction(ingest.add_article, ex)

    async def add_articles(self, extractions: list[Extraction]) -> list[AddResult | Exception]:
        """Store many articles in one trip to the database thread and, when all goes well, one
        transaction: a commit per article (and FTS5's segment flush with it) was half of ingest time.

        Each article still lands whole or not at all: if any article fails, the batch is rolled back
        and stored again one transaction per article, so the bad one fails alone and its exception
        is returned in its place.
        """

        def one_transaction(conn: sqlite3.Connection) -> list[AddResult]:
            return [ingest.add_article(conn, ex) for ex in extractions]

        def one_each(conn: sqlite3.Connection) -> list[AddResult | Exception]:
            results: list[AddResult | Exception] = []
            for ex in extractions:
                try:
                    results.append(_in_transaction(conn, ingest.add_article, ex))
                except Exception as error:
                    results.append(error)
            return results

        def run(conn: sqlite3.Connection) -> list[AddResult | Exception]:
            try:
                return _in_transaction(conn, one_transaction)
            except Exception as error:
                if isinstance(error, sqlite3.OperationalError) and ("locked" in str(error) or "busy" in str(error)):
                    raise  # another writer held the file past the timeout: no article is to blame
                return one_each(conn)

        return await self._on_db_thread(run)

    async def article_count(self) -> int:
        return await _value(self._db, "SELECT count(*) FROM articles")

    async def latest_article_id(self) -> int | None:
        return await _value(self._db, "SELECT max(id) FROM articles")

    async def articles_after(self, article_id: int, limit: int = 20) -> list[ArticleItem]:
        """Articles added after `article_id`, oldest first: what a channel's cursor has not seen."""
        rows = await self._db.execute_fetchall(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT ?", (article_id, limit)
        )
        return [_article_item(row) for row in rows]

    async def latest_articles(self, limit: int = 5) -> list[ArticleItem]:
        """Newest first by publication date (an undated article counts from the day it was added)."""
        rows = await self._db.execute_fetchall(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a"
            " ORDER BY coalesce(a.published, substr(a.added_at, 1, 10)) DESC, a.id DESC LIMIT ?",
            (limit,),
        )
        return [_article_item(row) for row in rows]

    async def search_articles(self, keywords: str, limit: int = 10) -> list[ArticleItem]:
        """Articles whose title or text has every word (as a word prefix), best match first."""
        match = fts_query(keywords)
        if match is None:
            return []
        rows = await self._db.execute_fetchall(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT ?",
            (match, limit),
        )
        return [_article_item(row) for row in rows]

    # --- news channels ---------------------------------------------------------------------------

    async def set_news_channel(self, guild_id: int, channel_id: int | None) -> None:
        """Post the guild's new articles in `channel_id`; None turns posting off.

        A channel (newly) set starts at the latest article, so the back catalogue is not flooded.
        Re-setting the channel already set keeps its cursor. Clearing keeps the cursor row (its
        last message and error stay visible); setting it again later resumes from the latest article
        then, not from where it stopped: a channel switched off does not get the backlog.
        """
        await self._transaction(_set_news_channel, guild_id, channel_id)

    async def news_channels(self) -> list[ChannelCursor]:
        """Every channel the watcher should post in, with its cursor."""
        rows = await self._db.execute_fetchall(f"{_CURSOR_SELECT} ORDER BY g.guild_id")
        return [ChannelCursor(*row) for row in rows]

    async def guild_channel(self, guild_id: int) -> ChannelCursor | None:
        rows = await self._db.execute_fetchall(f"{_CURSOR_SELECT} WHERE g.guild_id = ?", (guild_id,))
        return ChannelCursor(*rows[0]) if rows else None

    async def mark_posted(self, channel_id: int, article_id: int, message_id: int) -> None:
        """Record that `article_id` was posted as `message_id`, once Discord accepted it.

        The cursor only moves forward (a late, older confirmation changes nothing but clears the
        error: the channel works). Raises LookupError for a channel that was never set.
        """
        await self._update_cursor(
            "UPDATE channel_cursors SET"
            " last_message_id = CASE WHEN :article > last_article_id THEN :message ELSE last_message_id END,"
            f" last_posted_at = CASE WHEN :article > last_article_id THEN {_NOW} ELSE last_posted_at END,"
            " last_article_id = max(last_article_id, :article),"
            " last_error = NULL, last_error_at = NULL"
            " WHERE channel_id = :channel",
            {"article": article_id, "message": message_id, "channel": channel_id},
        )

    async def mark_channel_error(self, channel_id: int, error: str) -> None:
        """Record why posting in the channel failed (shown to admins); the cursor stays put."""
        await self._update_cursor(
            f"UPDATE channel_cursors SET last_error = :error, last_error_at = {_NOW} WHERE channel_id = :channel",
            {"error": error[:MAX_ERROR_LENGTH], "channel": channel_id},
        )

    async def _update_cursor(self, sql: str, params: dict) -> None:
        cursor = await self._db.execute(sql, params)
        if cursor.rowcount == 0:
            raise LookupError(f"no news channel {params['channel']} (set it with set_news_channel first)")

    # --- lookups for the query layer --------------------------------------------------------------

    async def speaker_index(self) -> NameIndex:
        """Everyone with at least one quote, weighted by number of quotes."""
        return await self._name_index("speakers", _SPEAKERS_SQL)

    async def tie_club_index(self) -> NameIndex:
        """Every club with at least one tie, weighted by number of ties."""
        return await self._name_index("tie clubs", _TIE_CLUBS_SQL)

    async def _name_index(self, kind: str, sql: str) -> NameIndex:
        """Rebuilt only when articles were added since (people and clubs only change then)."""
        stamp = await self.latest_article_id()
        cached = self._name_indexes.get(kind)
        if cached is None or cached[0] != stamp:
            rows = await self._db.execute_fetchall(sql)
            entries = [
                NameEntry(row["id"], row["name"], (row["name_key"], *_split_keys(row["aliases"], row["name_key"])),
                          row["weight"], row["recency"])
                for row in rows
            ]
            cached = self._name_indexes[kind] = (stamp, NameIndex(entries))
        return cached[1]

    async def quotes_by_person(self, person_id: int, keywords: str | None = None, limit: int = 25) -> list[QuoteItem]:
        """The person's quotes, newest article first and in reading order within an article.

        `keywords` keeps quotes containing every word (word prefixes, stemmed, accent-blind);
        keywords with nothing searchable in them (only punctuation) filter nothing.
        """
        match = fts_query(keywords)
        keyword_filter = "AND q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)" if match else ""
        rows = await self._db.execute_fetchall(
            "SELECT p.name AS speaker, q.text, a.id, a.title, a.published, a.source, a.url"
            " FROM quotes q JOIN people p ON p.id = q.person_id JOIN articles a ON a.id = q.article_id"
            f" WHERE q.person_id = ? {keyword_filter}"
            " ORDER BY a.published DESC NULLS LAST, a.id DESC, q.position LIMIT ?",
            (person_id, match, limit) if match else (person_id, limit),
        )
        return [QuoteItem(row["speaker"], row["text"], _source_ref(row)) for row in rows]

    async def latest_tie(self, club_id: int, other_club_id: int | None = None) -> StoredTie | None:
        """The club's most recent tie (against `other_club_id` when given), by leg or report date."""
        rows = await self._db.execute_fetchall(
            "SELECT t.id, ca.name AS a, cb.name AS b, t.aggregate_a, t.aggregate_b, w.name AS winner,"
            " t.decided_by, t.competition"
            " FROM ties t JOIN clubs ca ON ca.id = t.club_a_id JOIN clubs cb ON cb.id = t.club_b_id"
            " LEFT JOIN clubs w ON w.id = t.winner_club_id"
            " WHERE (:other IS NULL AND :club IN (t.club_a_id, t.club_b_id))"
            " OR (t.club_a_id = :club AND t.club_b_id = :other) OR (t.club_a_id = :other AND t.club_b_id = :club)"
            " ORDER BY t.around DESC NULLS LAST, t.id DESC LIMIT 1",
            {"club": club_id, "other": other_club_id},
        )
        if not rows:
            return None
        tie = rows[0]
        return StoredTie(
            teams=(tie["a"], tie["b"]),
            aggregate=(tie["aggregate_a"], tie["aggregate_b"]),
            winner=tie["winner"],
            decided_by=tie["decided_by"],
            competition=tie["competition"],
            legs=await self._tie_legs(tie["id"]),
            sources=await self._tie_sources(tie["id"]),
        )

    async def _tie_legs(self, tie_id: int) -> list[LegItem]:
        """Legs in order (leg number, then date); scorers as "Eraso (Leganes)", by minute."""
        scorer_rows = await self._db.execute_fetchall(
            "SELECT s.match_id, s.player, c.name AS club FROM scorers s LEFT JOIN clubs c ON c.id = s.club_id"
            " WHERE s.match_id IN (SELECT match_id FROM tie_legs WHERE tie_id = ?)"
            " ORDER BY s.match_id, s.minute NULLS LAST, s.position",
            (tie_id,),
        )
        scorers: dict[int, list[str]] = {}
        for row in scorer_rows:
            name = f"{row['player']} ({row['club']})" if row["club"] else row["player"]
            scorers.setdefault(row["match_id"], []).append(name)
        leg_rows = await self._db.execute_fetchall(
            "SELECT m.id, m.leg, h.name AS home, v.name AS away, m.home_score, m.away_score, m.played_on,"
            " m.venue, m.extra_time, m.penalties_home, m.penalties_away"
            " FROM tie_legs tl JOIN matches m ON m.id = tl.match_id"
            " JOIN clubs h ON h.id = m.home_club_id JOIN clubs v ON v.id = m.away_club_id"
            " WHERE tl.tie_id = ? ORDER BY m.leg NULLS LAST, m.around, m.id",
            (tie_id,),
        )
        return [
            LegItem(
                leg=row["leg"], home=row["home"], away=row["away"],
                home_score=row["home_score"], away_score=row["away_score"],
                date=row["played_on"], venue=row["venue"], scorers=scorers.get(row["id"], []),
                extra_time=bool(row["extra_time"]),
                penalties=(row["penalties_home"], row["penalties_away"]) if row["penalties_home"] is not None else None,
            )
            for row in leg_rows
        ]

    async def _tie_sources(self, tie_id: int) -> list[SourceRef]:
        rows = await self._db.execute_fetchall(
            "SELECT a.id, a.title, a.published, a.source, a.url FROM tie_sources ts"
            " JOIN articles a ON a.id = ts.article_id WHERE ts.tie_id = ? ORDER BY a.published, a.id",
            (tie_id,),
        )
        return [_source_ref(row) for row in rows]


# --- SQL and row helpers -------------------------------------------------------------------------

_CURSOR_SELECT = (
    "SELECT g.guild_id, c.channel_id, c.last_article_id, c.last_message_id, c.last_posted_at, c.last_error"
    " FROM guild_settings g JOIN channel_cursors c ON c.channel_id = g.news_channel_id"
)

_SPEAKERS_SQL = """
SELECT p.id, p.name, p.name_key,
       (SELECT group_concat(alias_key, '|') FROM person_aliases WHERE person_id = p.id) AS aliases,
       count(*) AS weight, max(q.id) AS recency
FROM quotes q JOIN people p ON p.id = q.person_id
GROUP BY p.id
"""

_TIE_CLUBS_SQL = """
WITH sides (club_id, tie_id) AS (SELECT club_a_id, id FROM ties UNION ALL SELECT club_b_id, id FROM ties)
SELECT c.id, c.name, c.name_key,
       (SELECT group_concat(alias_key, '|') FROM club_aliases WHERE club_id = c.id) AS aliases,
       count(*) AS weight, max(s.tie_id) AS recency
FROM sides s JOIN clubs c ON c.id = s.club_id
GROUP BY c.id
"""


def _in_transaction(conn: sqlite3.Connection, fn: Callable[..., T], *args: Any) -> T:
    """`fn(conn, *args)` inside BEGIN IMMEDIATE … COMMIT, rolled back on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = fn(conn, *args)
        conn.execute("COMMIT")
    except BaseException:
        conn.rollback()
        raise
    return result


def _set_news_channel(conn: sqlite3.Connection, guild_id: int, channel_id: int | None) -> None:
    row = conn.execute("SELECT news_channel_id FROM guild_settings WHERE guild_id = ?", (guild_id,)).fetchone()
    conn.execute(
        "INSERT INTO guild_settings (guild_id, news_channel_id) VALUES (?, ?) ON CONFLICT (guild_id)"
        f" DO UPDATE SET news_channel_id = excluded.news_channel_id, updated_at = {_NOW}",
        (guild_id, channel_id),
    )
    if channel_id is None or (row is not None and row[0] == channel_id):
        return
    conn.execute(
        "INSERT INTO channel_cursors (channel_id, guild_id, last_article_id)"
        " VALUES (?, ?, (SELECT coalesce(max(id), 0) FROM articles)) ON CONFLICT (channel_id)"
        " DO UPDATE SET guild_id = excluded.guild_id,"
        " last_article_id = max(last_article_id, excluded.last_article_id)",
        (channel_id, guild_id),
    )


async def _value(db: aiosqlite.Connection, sql: str) -> Any:
    rows = await db.execute_fetchall(sql)
    return rows[0][0]


def _split_keys(aliases: str | None, name_key: str) -> list[str]:
    return [key for key in (aliases or "").split("|") if key and key != name_key]


def _source_ref(row: sqlite3.Row) -> SourceRef:
    return SourceRef(article_id=row["id"], title=row["title"], published=row["published"], source=row["source"],
                     url=row["url"])


def _article_item(row: sqlite3.Row) -> ArticleItem:
    return ArticleItem(article=_source_ref(row), summary=row["summary"])

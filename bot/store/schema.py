"""The schema as an ordered list of migrations, applied by `PRAGMA user_version`.

Migration N (1-based) takes a file from user_version N-1 to N in one transaction, so a crash mid-way
leaves the file at N-1. Never edit a released migration: append a new one.
"""
from __future__ import annotations

import sqlite3

FACTS = """
-- Articles: ids only ever grow (AUTOINCREMENT never reuses one), so "articles after id N" is what
-- the watcher has not posted yet.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    source       TEXT NOT NULL,
    url          TEXT UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    title        TEXT,
    published    TEXT,
    summary      TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    added_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- People and clubs are shared by all articles. `name_key` is the folded name (see keys.fold);
-- every key a person or club is known by, the name's own included, is a row in *_aliases.
CREATE TABLE people (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);
CREATE TABLE person_aliases (
    alias_key TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (alias_key, person_id)
) WITHOUT ROWID;
CREATE INDEX person_aliases_by_person ON person_aliases(person_id);

CREATE TABLE clubs (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE
);
CREATE TABLE club_aliases (
    alias_key TEXT NOT NULL,
    club_id   INTEGER NOT NULL REFERENCES clubs(id) ON DELETE CASCADE,
    PRIMARY KEY (alias_key, club_id)
) WITHOUT ROWID;
CREATE INDEX club_aliases_by_club ON club_aliases(club_id);

CREATE TABLE quotes (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    person_id  INTEGER REFERENCES people(id),
    speaker    TEXT,                            -- as the article gave it
    text       TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT 'speech',  -- "speech" or "post"
    UNIQUE (article_id, position)
);
CREATE INDEX quotes_by_person ON quotes(person_id);

-- A match is one row however many articles report it (match_sources). `around` is the match date
-- when known, else the first report's publication date: the anchor of the time window that tells
-- a repeat report from a later meeting of the same clubs.
CREATE TABLE matches (
    id             INTEGER PRIMARY KEY,
    home_club_id   INTEGER NOT NULL REFERENCES clubs(id),
    away_club_id   INTEGER NOT NULL REFERENCES clubs(id),
    home_score     INTEGER NOT NULL,
    away_score     INTEGER NOT NULL,
    played_on      TEXT,
    around         TEXT,
    competition    TEXT,
    leg            INTEGER,
    venue          TEXT,
    extra_time     INTEGER NOT NULL DEFAULT 0,
    penalties_home INTEGER,
    penalties_away INTEGER
);
CREATE INDEX matches_by_clubs ON matches(home_club_id, away_club_id);
CREATE TABLE match_sources (
    match_id   INTEGER NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (match_id, article_id)
) WITHOUT ROWID;
CREATE INDEX match_sources_by_article ON match_sources(article_id);
CREATE TABLE scorers (
    match_id INTEGER NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    player   TEXT NOT NULL,
    club_id  INTEGER REFERENCES clubs(id),
    minute   INTEGER,
    PRIMARY KEY (match_id, position)
) WITHOUT ROWID;

-- A two-legged tie, club A and club B in the order of its first report; the aggregate in that order.
CREATE TABLE ties (
    id             INTEGER PRIMARY KEY,
    club_a_id      INTEGER NOT NULL REFERENCES clubs(id),
    club_b_id      INTEGER NOT NULL REFERENCES clubs(id),
    aggregate_a    INTEGER NOT NULL,
    aggregate_b    INTEGER NOT NULL,
    winner_club_id INTEGER REFERENCES clubs(id),
    decided_by     TEXT,                        -- "aggregate" | "away goals" | "penalties"
    competition    TEXT,
    around         TEXT                         -- latest leg date, else first report's publication date
);
CREATE INDEX ties_by_club_a ON ties(club_a_id, club_b_id);
CREATE INDEX ties_by_club_b ON ties(club_b_id);
CREATE TABLE tie_legs (
    tie_id   INTEGER NOT NULL REFERENCES ties(id) ON DELETE CASCADE,
    match_id INTEGER NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
    PRIMARY KEY (tie_id, match_id)
) WITHOUT ROWID;
CREATE TABLE tie_sources (
    tie_id     INTEGER NOT NULL REFERENCES ties(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (tie_id, article_id)
) WITHOUT ROWID;
CREATE INDEX tie_sources_by_article ON tie_sources(article_id);

-- Full-text search over external content. Ingest writes the index rows itself, in the article's
-- transaction (an insert trigger costs three times as much per row); the triggers below keep the
-- index true if rows are ever deleted or edited.
-- Diacritics folded ("leganes" finds "Leganés"); no stemming, because members' words are searched
-- as word prefixes ("respons" finds "responsible"), and a stemmed index would miss such prefixes.
-- detail=none, columnsize=0: searches are sets of single-word prefixes; positions and per-row
-- sizes would only slow ingest.
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='id', detail=none, columnsize=0, tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', detail=none, columnsize=0, tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"""

BOT_STATE = """
-- Per guild: where the watcher posts new articles (NULL: posting is off).
CREATE TABLE guild_settings (
    guild_id        INTEGER PRIMARY KEY,
    news_channel_id INTEGER,
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
-- Per channel: the last article posted there. Rows outlive a cleared setting (see Store.set_news_channel).
CREATE TABLE channel_cursors (
    channel_id      INTEGER PRIMARY KEY,
    guild_id        INTEGER NOT NULL,
    last_article_id INTEGER NOT NULL DEFAULT 0,
    last_message_id INTEGER,
    last_posted_at  TEXT,
    last_error      TEXT,
    last_error_at   TEXT
);
CREATE INDEX channel_cursors_by_guild ON channel_cursors(guild_id);
"""

MIGRATIONS: list[str] = [FACTS, BOT_STATE]
LATEST_VERSION = len(MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    """The file was written by a newer Pressbox; this one leaves it untouched."""

    def __init__(self, path: str, version: int):
        super().__init__(
            f"{path} has schema version {version}, but this Pressbox only knows up to {LATEST_VERSION}: "
            "upgrade Pressbox (the file was not changed)"
        )
        self.version = version


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, path: str, upto: int = LATEST_VERSION) -> int:
    """Bring the file to version `upto`, one transaction per migration; returns the version reached.

    Each step re-reads user_version under the write lock, so two processes opening a fresh file at
    once do not both run migration 1. `conn` must be in autocommit mode (isolation_level=None).
    """
    for version, script in enumerate(MIGRATIONS[:upto], start=1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = user_version(conn)
            if current > LATEST_VERSION:
                raise SchemaTooNewError(path, current)
            if current < version:
                for statement in _statements(script):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.rollback()
            raise
    return user_version(conn)


def _statements(script: str) -> list[str]:
    """Split a script into statements; `executescript` would commit our open transaction first."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:80]}")
    return statements

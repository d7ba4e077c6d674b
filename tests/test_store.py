"""The store: migrations, idempotent and atomic ingest, merging people/clubs/matches/ties, FTS, cursors.

Every article here is invented for the tests.
"""
from __future__ import annotations

import asyncio
import sqlite3

import pytest

from bot.model import Club, Extraction, Match, Person, Quote, Scorer, Tie
from bot.store import LATEST_VERSION, AddResult, SchemaTooNewError, Store
from bot.store import ingest
from bot.store.schema import migrate


def article(n: int, *, text: str | None = None, url: str | None = None, published: str | None = "2021-03-01",
            title: str | None = None, **facts) -> Extraction:
    return Extraction(
        source=f"tests/{n:03d}.txt",
        title=title or f"Invented headline {n}",
        published=published,
        url=url,
        text=text or f"Invented article number {n}. The home side pressed high and the visitors sat deep.",
        summary=f"Summary of article {n}.",
        **facts,
    )


def cup_tie(published: str = "2021-03-11", reversed_order: bool = False, with_legs: bool = True) -> dict:
    """Rovers v Athletic over two legs in the Shield Cup: 1-1 away, 2-1 at home, Rovers through 3-2."""
    first = Match("Athletic", "Rovers", 1, 1, "Shield Cup", "2021-03-02", "Mill Lane", 1,
                  [Scorer("Okafor", "Athletic", 12), Scorer("Brandt", "Rovers", 70)])
    second = Match("Rovers", "Athletic", 2, 1, "Shield Cup", "2021-03-09", "The Dell", 2,
                   [Scorer("Brandt", "Rovers", 5), Scorer("Okafor", "Athletic", 44), Scorer("Lindqvist", "Rovers", 88)])
    tie = (Tie(("Athletic", "Rovers"), (2, 3), "Rovers", "aggregate", "Shield Cup", [first, second] if with_legs else [])
           if reversed_order else
           Tie(("Rovers", "Athletic"), (3, 2), "Rovers", "aggregate", "Shield Cup", [first, second] if with_legs else []))
    return dict(clubs=[Club("Rovers", ["The Rovers"]), Club("Athletic", ["Athletico"])],
                matches=[first, second], ties=[tie])


def rows(path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchall()


def count(path, table: str) -> int:
    return rows(path, f"SELECT count(*) FROM {table}")[0][0]


def assert_search_indexes_match_content(path) -> None:
    """FTS5's own check: raises if an index holds a row its content table lacks, or the reverse."""
    with sqlite3.connect(path) as conn:
        for table in ("articles_fts", "quotes_fts"):
            conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "data" / "pressbox.db"


@pytest.fixture
async def store(db_path):
    async with await Store.open(db_path) as opened:
        yield opened


# --- migrations ----------------------------------------------------------------------------------

TABLES = {"articles", "people", "person_aliases", "clubs", "club_aliases", "quotes", "matches", "match_sources",
          "scorers", "ties", "tie_legs", "tie_sources", "quotes_fts", "articles_fts", "guild_settings",
          "channel_cursors"}


async def test_empty_file_migrates_to_latest(db_path):
    async with await Store.open(db_path):
        pass
    assert rows(db_path, "PRAGMA user_version")[0][0] == LATEST_VERSION
    assert TABLES <= {name for (name,) in rows(db_path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert rows(db_path, "PRAGMA journal_mode")[0][0] == "wal"


async def test_reopening_changes_nothing(db_path):
    async with await Store.open(db_path) as store:
        await store.add_article(article(1))
    async with await Store.open(db_path) as store:
        assert await store.article_count() == 1
    assert rows(db_path, "PRAGMA user_version")[0][0] == LATEST_VERSION


async def test_version_1_file_migrates_to_latest_keeping_data(db_path):
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    assert migrate(conn, str(db_path), upto=1) == 1
    conn.execute("INSERT INTO articles (source, content_hash, text) VALUES ('old.txt', 'abc', 'Old text')")
    conn.close()
    async with await Store.open(db_path) as store:
        assert await store.article_count() == 1
        await store.set_news_channel(1, 10)
        assert (await store.guild_channel(1)).last_article_id == 1
    assert rows(db_path, "PRAGMA user_version")[0][0] == LATEST_VERSION


async def test_file_from_newer_version_is_refused_and_left_untouched(db_path):
    db_path.parent.mkdir(parents=True)
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="upgrade Pressbox"):
        await Store.open(db_path)
    assert db_path.read_bytes() == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


# --- ingest: idempotent, atomic ------------------------------------------------------------------


async def test_same_article_twice_is_stored_once(store, db_path):
    first = await store.add_article(article(1, quotes=[Quote("Ada Marsh", "We kept going.")]))
    again = await store.add_article(article(1, quotes=[Quote("Ada Marsh", "We kept going.")]))
    assert first == AddResult(first.article_id, created=True)
    assert again == AddResult(first.article_id, created=False)
    assert await store.article_count() == 1
    assert count(db_path, "quotes") == 1


async def test_same_text_rewrapped_is_the_same_article(store):
    first = await store.add_article(article(1, text="One  line.\n\nAnother   line."))
    again = await store.add_article(article(1, text="One line.\nAnother line.  "))
    assert again == AddResult(first.article_id, created=False)


async def test_same_url_with_edited_text_keeps_the_first_version(store, db_path):
    first = await store.add_article(article(1, url="https://news.example/a", text="First version."))
    edited = await store.add_article(article(2, url="https://news.example/a", text="Edited version."))
    assert edited == AddResult(first.article_id, created=False)
    assert rows(db_path, "SELECT text FROM articles") == [("First version.",)]


async def test_article_ids_follow_insertion_order(store):
    ids = [(await store.add_article(article(n, published=f"2020-01-{30 - n:02d}"))).article_id for n in range(1, 6)]
    assert ids == sorted(ids)
    assert await store.latest_article_id() == ids[-1]
    after = await store.articles_after(ids[1], limit=2)
    assert [item.article.article_id for item in after] == ids[2:4]
    assert after[0].summary == "Summary of article 3."


async def test_empty_store_has_no_latest_article(store):
    assert await store.latest_article_id() is None
    assert await store.article_count() == 0
    assert await store.articles_after(0) == []


@pytest.mark.parametrize("failing_step", ["second quote", "tie"])
async def test_crash_mid_ingest_leaves_no_trace(store, db_path, monkeypatch, failing_step):
    await store.add_article(article(1, quotes=[Quote("Ada Marsh", "Earlier words.")], **cup_tie()))
    tables = ["articles", "people", "person_aliases", "clubs", "quotes", "matches", "match_sources", "scorers",
              "ties", "tie_sources", "tie_legs"]
    before = {table: count(db_path, table) for table in tables}

    if failing_step == "second quote":
        real_id_for = ingest._ArticleNames.id_for
        calls = []

        def id_for(self, name):
            calls.append(name)
            if len(calls) == 2:
                raise RuntimeError("disk on fire")
            return real_id_for(self, name)

        monkeypatch.setattr(ingest._ArticleNames, "id_for", id_for)
    else:
        def add_tie(*args):
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(ingest, "_add_tie", add_tie)

    crashing = article(2, quotes=[Quote("Bo Lindqvist", "First."), Quote("Cy Okafor", "Second.")],
                       people=[Person("Bo Lindqvist", ["Lindqvist"])], **cup_tie(published="2024-05-01"))
    with pytest.raises(RuntimeError, match="disk on fire"):
        await store.add_article(crashing)
    assert {table: count(db_path, table) for table in tables} == before
    assert rows(db_path, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'number'") == [(1,)]
    assert_search_indexes_match_content(db_path)

    monkeypatch.undo()
    assert (await store.add_article(crashing)).created
    assert await store.article_count() == 2
    assert count(db_path, "quotes") == 3
    assert_search_indexes_match_content(db_path)


# --- merging people, clubs, matches, ties --------------------------------------------------------


async def test_same_person_across_articles_is_one_row(store, db_path):
    await store.add_article(article(1, quotes=[Quote("Sergio Ramos", "One.")], people=[Person("Sergio Ramos", ["Ramos"])]))
    await store.add_article(article(2, quotes=[Quote("Ramos", "Two.")], people=[Person("Ramos")]))
    await store.add_article(article(3, quotes=[Quote("sérgio ramos", "Three.")]))
    assert rows(db_path, "SELECT name FROM people") == [("Sergio Ramos",)]
    assert rows(db_path, "SELECT count(DISTINCT person_id) FROM quotes") == [(1,)]


async def test_different_full_names_never_merge(store, db_path):
    await store.add_article(article(1, quotes=[Quote("Gary Neville", "G.")], people=[Person("Gary Neville", ["Neville"])]))
    await store.add_article(article(2, quotes=[Quote("Phil Neville", "P.")], people=[Person("Phil Neville", ["Neville"])]))
    await store.add_article(article(3, quotes=[Quote("Neville", "Which one?")]))
    names = [name for (name,) in rows(db_path, "SELECT name FROM people ORDER BY id")]
    assert names == ["Gary Neville", "Phil Neville", "Neville"]


async def test_bare_surname_is_adopted_by_the_full_name_that_extends_it(store, db_path):
    await store.add_article(article(1, quotes=[Quote("Wenger", "Early words.")]))
    await store.add_article(article(2, quotes=[Quote("Arsene Wenger", "Later words.")],
                                    people=[Person("Arsène Wenger", ["Wenger"])]))
    assert rows(db_path, "SELECT name FROM people") == [("Arsène Wenger",)]


async def test_alias_shared_within_an_article_is_not_guessed(store, db_path):
    people = [Person("Gary Neville", ["Neville"]), Person("Phil Neville", ["Neville"])]
    await store.add_article(article(1, people=people, quotes=[Quote("Gary Neville", "G."), Quote("Neville", "?")]))
    speakers = rows(db_path, "SELECT q.speaker, p.name FROM quotes q JOIN people p ON p.id = q.person_id ORDER BY q.id")
    assert speakers[0] == ("Gary Neville", "Gary Neville")
    assert speakers[1][1] not in ("Gary Neville", "Phil Neville")


async def test_clubs_merge_through_aliases_but_not_alias_to_alias(store, db_path):
    await store.add_article(article(1, clubs=[Club("Manchester United", ["Man Utd"]), Club("Real Madrid", ["Madrid"])],
                                    matches=[Match("Manchester United", "Real Madrid", 1, 0, date="2021-01-01")]))
    await store.add_article(article(2, clubs=[Club("Man Utd"), Club("Atletico Madrid", ["Madrid"])],
                                    matches=[Match("Man Utd", "Atletico Madrid", 2, 2, date="2021-02-01")]))
    names = [name for (name,) in rows(db_path, "SELECT name FROM clubs ORDER BY id")]
    assert names == ["Manchester United", "Real Madrid", "Atletico Madrid"]


async def test_same_tie_from_two_articles_is_one_tie_with_two_sources(store, db_path):
    await store.add_article(article(1, published="2021-03-10", **cup_tie()))
    await store.add_article(article(2, published="2021-03-12", **cup_tie(reversed_order=True)))
    assert count(db_path, "ties") == 1
    assert count(db_path, "tie_sources") == 2
    assert count(db_path, "matches") == 2
    assert count(db_path, "match_sources") == 4
    assert count(db_path, "tie_legs") == 2
    assert count(db_path, "scorers") == 5  # the first report's scorers, not doubled


async def test_tie_without_legs_takes_the_articles_matches_and_merges_with_a_full_report(store, db_path):
    await store.add_article(article(1, published="2021-03-10", **cup_tie(with_legs=False)))
    await store.add_article(article(2, published="2021-03-11", **cup_tie()))
    assert count(db_path, "ties") == 1
    assert count(db_path, "tie_legs") == 2


async def test_match_report_without_date_fills_in_the_stored_match(store, db_path):
    await store.add_article(article(1, published="2021-03-10",
                                    matches=[Match("Rovers", "Athletic", 2, 1, "Shield Cup")]))
    await store.add_article(article(2, published="2021-03-11",
                                    matches=[Match("Rovers", "Athletic", 2, 1, "Shield Cup", "2021-03-09", "The Dell")]))
    assert rows(db_path, "SELECT played_on, venue FROM matches") == [("2021-03-09", "The Dell")]


async def test_the_same_pairing_a_year_later_is_a_new_tie(store, db_path):
    await store.add_article(article(1, published="2021-03-10", **cup_tie()))
    later = cup_tie()
    later["matches"] = [Match(m.home, m.away, m.home_score, m.away_score, m.competition,
                              m.date.replace("2021", "2022"), m.venue, m.leg) for m in later["matches"]]
    later["ties"][0].legs = later["matches"]
    await store.add_article(article(2, published="2022-03-10", **later))
    assert count(db_path, "ties") == 2
    assert count(db_path, "matches") == 4


async def test_undecided_tie_is_settled_by_a_later_report(store, db_path):
    first_leg = cup_tie()["matches"][0]
    await store.add_article(article(1, published="2021-03-03", clubs=cup_tie()["clubs"], matches=[first_leg],
                                    ties=[Tie(("Athletic", "Rovers"), (1, 1), None, None, "Shield Cup", [first_leg])]))
    await store.add_article(article(2, published="2021-03-10", **cup_tie()))
    tie = await store.latest_tie(rows(db_path, "SELECT id FROM clubs WHERE name = 'Rovers'")[0][0])
    assert count(db_path, "ties") == 1
    assert (tie.aggregate, tie.winner) == ((2, 3), "Rovers")
    assert len(tie.sources) == 2


# --- full-text search ----------------------------------------------------------------------------


HOSTILE = ['"', "*", "AND", "NEAR(", "OR (", '"unbalanced', "col:word", "^start", "a AND OR NOT b", "'); DROP TABLE articles;--",
           "e\u0301t\u00e9", "foo_bar", "日本語", "🙂"]


@pytest.mark.parametrize("keywords", HOSTILE)
async def test_hostile_search_input_never_errors(store, keywords):
    added = await store.add_article(article(1, quotes=[Quote("Ada Marsh", "We were responsible.")]))
    await store.search_articles(keywords)
    person_id = rows(store.path, "SELECT id FROM people")[0][0]
    await store.quotes_by_person(person_id, keywords)
    assert await store.article_count() == 1 and added.created


async def test_article_search_is_accent_blind_and_by_word_prefix(store):
    await store.add_article(article(1, title="Leganés stun the holders", text="A famous night at Butarque."))
    await store.add_article(article(2, title="Quiet draw", text="Nothing happened."))
    assert [i.article.article_id for i in await store.search_articles("leganes")] == [1]
    assert [i.article.article_id for i in await store.search_articles("FAMOUS butar")] == [1]
    assert await store.search_articles("famous draw") == []


# --- news channels -------------------------------------------------------------------------------


async def test_new_channel_starts_at_the_latest_article(store):
    await store.set_news_channel(1, 100)
    assert (await store.guild_channel(1)).last_article_id == 0
    for n in range(1, 4):
        await store.add_article(article(n))
    await store.set_news_channel(2, 200)
    cursor = await store.guild_channel(2)
    assert (cursor.guild_id, cursor.channel_id, cursor.last_article_id) == (2, 200, 3)
    assert [c.channel_id for c in await store.news_channels()] == [100, 200]


async def test_mark_posted_moves_forward_only_and_clears_errors(store):
    for n in range(1, 4):
        await store.add_article(article(n))
    await store.set_news_channel(1, 100)
    await store.mark_channel_error(100, "Missing Permissions")
    assert (await store.guild_channel(1)).last_error == "Missing Permissions"

    await store.mark_posted(100, 5, 9001)
    cursor = await store.guild_channel(1)
    assert (cursor.last_article_id, cursor.last_message_id, cursor.last_error) == (5, 9001, None)
    assert cursor.last_posted_at is not None

    await store.mark_posted(100, 4, 9000)
    cursor = await store.guild_channel(1)
    assert (cursor.last_article_id, cursor.last_message_id) == (5, 9001)


async def test_resetting_clearing_and_switching_channels(store):
    await store.add_article(article(1))
    await store.set_news_channel(1, 100)
    await store.add_article(article(2))
    await store.mark_posted(100, 2, 5)
    await store.add_article(article(3))
    await store.set_news_channel(1, 100)  # the same channel again: cursor kept, article 3 still to post
    assert (await store.guild_channel(1)).last_article_id == 2

    await store.set_news_channel(1, None)
    assert await store.guild_channel(1) is None
    assert await store.news_channels() == []
    await store.add_article(article(4))
    await store.set_news_channel(1, 100)  # back on: no backlog from while it was off
    cursor = await store.guild_channel(1)
    assert (cursor.last_article_id, cursor.last_message_id) == (4, 5)

    await store.set_news_channel(1, 101)
    assert [(c.channel_id, c.last_article_id) for c in await store.news_channels()] == [(101, 4)]


async def test_cursor_updates_for_an_unknown_channel_raise(store):
    with pytest.raises(LookupError):
        await store.mark_posted(999, 1, 1)
    with pytest.raises(LookupError):
        await store.mark_channel_error(999, "boom")


# --- concurrency ---------------------------------------------------------------------------------


async def test_two_stores_on_one_file_write_concurrently(db_path):
    async with await Store.open(db_path) as cli, await Store.open(db_path) as bot:
        async def add(store, first):
            for n in range(first, first + 25):
                await store.add_article(article(n, quotes=[Quote("Ada Marsh", f"Line {n}.")]))

        await asyncio.gather(add(cli, 1), add(bot, 101), bot.set_news_channel(1, 100))
        assert await cli.article_count() == 50
    assert count(db_path, "people") == 1


async def test_the_same_article_from_two_writers_is_stored_once(db_path):
    async with await Store.open(db_path) as cli, await Store.open(db_path) as bot:
        results = await asyncio.gather(*(store.add_article(article(1)) for store in (cli, bot, cli, bot)))
    assert sorted(r.created for r in results) == [False, False, False, True]
    assert len({r.article_id for r in results}) == 1


async def test_a_failing_article_in_a_batch_fails_alone(store, db_path, monkeypatch):
    def add_tie(*args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(ingest, "_add_tie", add_tie)
    good, bad, later = article(1), article(2, **cup_tie()), article(3)  # only the middle one has a tie
    results = await store.add_articles([good, bad, later])
    assert [type(r).__name__ for r in results] == ["AddResult", "RuntimeError", "AddResult"]
    assert results[0].created and results[2].created
    assert await store.article_count() == 2  # the failing article left nothing behind, the others landed
    assert count(db_path, "ties") == 0 and count(db_path, "matches") == 0
    assert [r.created for r in await store.add_articles([good, later])] == [False, False]


async def test_a_headline_quote_the_body_quotes_in_full_is_stored_once(store, db_path):
    await store.add_article(article(1, quotes=[
        Quote("Ada Marsh", "This stadium carried us", kind="headline"),
        Quote("Ada Marsh", "This stadium carried us, all night long."),
        Quote("Ada Marsh", "Nobody scores here", kind="headline"),
    ]))
    assert rows(db_path, "SELECT text, kind FROM quotes ORDER BY position") == [
        ("This stadium carried us, all night long.", "speech"), ("Nobody scores here", "headline")]

"""The query layer: name lookups (accents, case, typos, ambiguity), quotes, ties, news, autocomplete.

Every article here is invented for the tests.
"""
from __future__ import annotations

import pytest

from bot import query
from bot.model import Club, Extraction, Match, Person, Quote, Scorer, Tie
from bot.store import NameIndex, Store


def article(n: int, published: str | None = "2021-03-01", **facts) -> Extraction:
    return Extraction(source=f"tests/{n:03d}.txt", title=f"Invented headline {n}", published=published,
                      url=f"https://news.example/{n}", text=f"Invented article number {n}.",
                      summary=f"Summary {n}.", **facts)


def said(name: str, *texts: str, aliases: tuple[str, ...] = ()) -> dict:
    surname = name.split()[-1]
    return dict(people=[Person(name, list(aliases) or [surname])],
                quotes=[Quote(name if i == 0 else surname, text) for i, text in enumerate(texts)])


@pytest.fixture
async def store(tmp_path):
    async with await Store.open(tmp_path / "pressbox.db") as opened:
        yield opened


# --- quotes --------------------------------------------------------------------------------------


async def test_surname_finds_quotes_from_every_article_newest_first(store):
    await store.add_article(article(1, "2021-01-10", **said("Sergio Ramos", "Oldest.")))
    await store.add_article(article(2, "2021-03-10", **said("Sergio Ramos", "Newest, first.", "Newest, second.")))
    await store.add_article(article(3, "2021-02-10", quotes=[Quote("Ramos", "Middle.")], people=[Person("Ramos")]))
    answer = await query.quotes_for(store, "Ramos")
    assert answer.speaker == "Sergio Ramos"
    assert [q.text for q in answer.quotes] == ["Newest, first.", "Newest, second.", "Middle.", "Oldest."]
    assert answer.quotes[0].article.article_id == 2
    assert answer.quotes[0].article.url == "https://news.example/2"
    assert answer.suggestions == []


async def test_same_date_orders_by_article_then_position(store):
    await store.add_article(article(1, "2021-01-10", **said("Ada Marsh", "A1", "A2")))
    await store.add_article(article(2, "2021-01-10", **said("Ada Marsh", "B1", "B2")))
    await store.add_article(article(3, None, **said("Ada Marsh", "Undated")))
    answer = await query.quotes_for(store, "ada marsh")
    assert [q.text for q in answer.quotes] == ["B1", "B2", "A1", "A2", "Undated"]


@pytest.mark.parametrize("typed", ["Ramos", "RAMOS", "sergio ramos", "Sérgio Ramos", "Ramoss", "Sergio Ramoss", "sergio"])
async def test_person_lookup_is_case_accent_and_typo_tolerant(store, typed):
    await store.add_article(article(1, **said("Sergio Ramos", "Words.")))
    await store.add_article(article(2, **said("Zinedine Zidane", "Other words.")))
    assert (await query.quotes_for(store, typed)).speaker == "Sergio Ramos"


@pytest.mark.parametrize("typed", ["zidan", "Zidanne", "zinedine", "ZIDANE"])
async def test_fuzzy_finds_zidane(store, typed):
    await store.add_article(article(1, **said("Zinedine Zidane", "I am responsible.")))
    assert (await query.quotes_for(store, typed)).speaker == "Zinedine Zidane"


async def test_accented_name_found_without_accents(store):
    await store.add_article(article(1, **said("N'Golo Kanté", "We run.")))
    for typed in ("kante", "Ngolo Kante", "n'golo kanté"):
        assert (await query.quotes_for(store, typed)).speaker == "N'Golo Kanté"


async def test_keywords_filter_quotes(store):
    await store.add_article(article(1, **said("Zinedine Zidane", "I am responsible for this.", "We lost tonight.")))
    answer = await query.quotes_for(store, "Zidane", "RESPONSIB")
    assert [q.text for q in answer.quotes] == ["I am responsible for this."]
    assert answer.keywords == "RESPONSIB"
    assert (await query.quotes_for(store, "Zidane", "responsible tonight")).quotes == []
    assert len((await query.quotes_for(store, "Zidane", "   ")).quotes) == 2


async def test_keywords_are_accent_blind(store):
    await store.add_article(article(1, **said("Ada Marsh", "Leganés were better.")))
    assert len((await query.quotes_for(store, "Marsh", "leganes")).quotes) == 1


async def test_unknown_person_gets_nearest_names(store):
    for n, name in enumerate(["Gareth Bale", "Gary Neville", "Garry Monk", "Ada Marsh", "Bo Lindqvist", "Cy Okafor",
                              "Gerard Pique"], start=1):
        await store.add_article(article(n, **said(name, "Words.")))
    answer = await query.quotes_for(store, "Marshall")
    assert answer.speaker is None and answer.quotes == []
    assert 1 <= len(answer.suggestions) <= 5
    assert answer.suggestions[0] == "Ada Marsh"
    assert "Gareth Bale" in (await query.quotes_for(store, "Gartheb")).suggestions
    assert (await query.quotes_for(store, "qqqqqqqq")).suggestions == []


async def test_ambiguous_surname_picks_the_most_quoted_and_suggests_the_others(store):
    await store.add_article(article(1, **said("Gary Neville", "One.", "Two.", "Three.")))
    await store.add_article(article(2, **said("Phil Neville", "Penalty talk.")))
    answer = await query.quotes_for(store, "Neville")
    assert answer.speaker == "Gary Neville"
    assert answer.suggestions == ["Phil Neville"]
    only_phil = await query.quotes_for(store, "Neville", "penalty")
    assert (only_phil.speaker, only_phil.suggestions) == ("Phil Neville", ["Gary Neville"])
    assert (await query.quotes_for(store, "Phil Neville")).suggestions == []


async def test_a_bare_surname_the_store_could_not_place_competes_with_the_full_names(store):
    await store.add_article(article(1, **said("Gary Neville", "One.", "Two.")))
    await store.add_article(article(2, **said("Phil Neville", "One.")))
    await store.add_article(article(3, quotes=[Quote("Neville", "Which one said this?")]))
    answer = await query.quotes_for(store, "neville")
    assert (answer.speaker, answer.suggestions) == ("Gary Neville", ["Neville", "Phil Neville"])


async def test_known_person_without_matching_quotes(store):
    await store.add_article(article(1, **said("Ada Marsh", "Words.")))
    answer = await query.quotes_for(store, "Marsh", "nonexistentword")
    assert (answer.speaker, answer.quotes) == ("Ada Marsh", [])


async def test_limit(store):
    await store.add_article(article(1, **said("Ada Marsh", *[f"Line {i}." for i in range(40)])))
    assert len((await query.quotes_for(store, "Marsh")).quotes) == 25
    assert len((await query.quotes_for(store, "Marsh", limit=3)).quotes) == 3


# --- ties ----------------------------------------------------------------------------------------


def cup_tie(year: int = 2018, competition: str = "Copa del Rey") -> dict:
    first = Match("Leganes", "Real Madrid", 0, 1, competition, None, None, 1, [Scorer("Asensio", "Real Madrid", 89)])
    second = Match("Real Madrid", "Leganes", 1, 2, competition, f"{year}-01-24", "Santiago Bernabeu", 2,
                   [Scorer("Eraso", "Leganes", 31), Scorer("Benzema", "Real Madrid", 48), Scorer("Gabriel", "Leganes", 55)])
    return dict(clubs=[Club("Real Madrid", ["Madrid", "Los Blancos"]), Club("Leganes", ["Leganés"])],
                matches=[first, second],
                ties=[Tie(("Real Madrid", "Leganes"), (2, 2), "Leganes", "away goals", competition, [first, second])])


@pytest.mark.parametrize("typed", ["Leganes", "leganés", "LEGANES", "Leganess", "Real Madrid", "los blancos", "madrid"])
async def test_tie_found_through_names_aliases_and_typos(store, typed):
    await store.add_article(article(1, "2018-01-25", **cup_tie()))
    answer = await query.tie_for(store, typed)
    assert answer.found
    assert answer.teams == ("Real Madrid", "Leganes")
    assert (answer.aggregate, answer.winner, answer.decided_by) == ((2, 2), "Leganes", "away goals")
    assert answer.competition == "Copa del Rey"


async def test_tie_legs_scores_scorers_and_sources(store):
    await store.add_article(article(1, "2018-01-25", **cup_tie()))
    await store.add_article(article(2, "2018-01-26", **cup_tie()))
    answer = await query.tie_for(store, "Leganes")
    first, second = answer.legs
    assert (first.leg, first.home, first.away, first.home_score, first.away_score) == (1, "Leganes", "Real Madrid", 0, 1)
    assert (second.date, second.venue) == ("2018-01-24", "Santiago Bernabeu")
    assert second.scorers == ["Eraso (Leganes)", "Benzema (Real Madrid)", "Gabriel (Leganes)"]
    assert [ref.article_id for ref in answer.sources] == [1, 2]


async def test_latest_tie_and_narrowing_by_opponent(store):
    await store.add_article(article(1, "2018-01-25", **cup_tie(2018)))
    other = Match("Real Madrid", "Sevilla", 3, 0, "Copa del Rey", "2019-02-01", None, 2)
    await store.add_article(article(2, "2019-02-02", clubs=[Club("Sevilla")], matches=[other],
                                    ties=[Tie(("Real Madrid", "Sevilla"), (5, 1), "Real Madrid", "aggregate",
                                              "Copa del Rey", [other])]))
    assert (await query.tie_for(store, "Real Madrid")).teams == ("Real Madrid", "Sevilla")
    assert (await query.tie_for(store, "Real Madrid", "Leganes")).teams == ("Real Madrid", "Leganes")
    assert (await query.tie_for(store, "Leganes", "madrid")).teams == ("Real Madrid", "Leganes")


async def test_tie_not_found(store):
    await store.add_article(article(1, "2018-01-25", **cup_tie()))
    unknown = await query.tie_for(store, "Barcelona")
    assert not unknown.found and unknown.query == "Barcelona"
    no_pairing = await query.tie_for(store, "Leganes", "Leganes")
    assert not no_pairing.found
    typo_other = await query.tie_for(store, "Leganes", "Zzzzzz")
    assert not typo_other.found and typo_other.other == "Zzzzzz"


async def test_tie_suggestions_name_nearby_clubs(store):
    await store.add_article(article(1, "2018-01-25", **cup_tie()))
    assert "Leganes" in (await query.tie_for(store, "Legia")).suggestions


# --- news ----------------------------------------------------------------------------------------


async def test_latest_news_newest_first(store):
    await store.add_article(article(1, "2021-01-01"))
    await store.add_article(article(2, "2021-03-01"))
    await store.add_article(article(3, "2021-02-01"))
    answer = await query.latest_news(store, limit=2)
    assert [item.article.article_id for item in answer.articles] == [2, 3]
    assert answer.articles[0].summary == "Summary 2."
    assert (await query.latest_news(store)).articles[-1].article.article_id == 1


async def test_latest_news_of_an_empty_store(store):
    assert (await query.latest_news(store)).articles == []


# --- autocomplete --------------------------------------------------------------------------------


async def test_speaker_choices_rank_prefix_then_substring_then_fuzzy(store):
    await store.add_article(article(1, **said("Ramon Diaz", "One.")))
    await store.add_article(article(2, **said("Sergio Ramos", "One.", "Two.", "Three.")))
    await store.add_article(article(3, **said("Ada Marsh", "One.", "Two.")))
    await store.add_article(article(4, **said("Abramovich Ltd", "Statement.", aliases=("Abramovich",))))
    assert await query.speaker_choices(store, "") == ["Sergio Ramos", "Ada Marsh", "Abramovich Ltd", "Ramon Diaz"]
    assert (await query.speaker_choices(store, "ram"))[:3] == ["Sergio Ramos", "Ramon Diaz", "Abramovich Ltd"]
    assert (await query.speaker_choices(store, "marhs"))[0] == "Ada Marsh"
    assert await query.speaker_choices(store, "", limit=2) == ["Sergio Ramos", "Ada Marsh"]


async def test_speaker_choices_with_5000_people(store):
    people = [Person(f"Player{n:04d} Surname{n % 700:03d}") for n in range(5000)]
    quotes = [Quote(p.name, "Words.") for p in people]
    await store.add_article(article(1, people=people, quotes=quotes))
    for typed in ("", "p", "player1", "surname0", "layer", "Plaeyr0042", "zzz"):
        choices = await query.speaker_choices(store, typed)
        assert len(choices) <= 25
        assert len(set(choices)) == len(choices)
    assert (await query.speaker_choices(store, "player0042 "))[0] == "Player0042 Surname042"
    assert len(await query.speaker_choices(store, "player")) == 25


async def test_team_choices(store):
    await store.add_article(article(1, "2018-01-25", **cup_tie()))
    assert await query.team_choices(store, "") == ["Leganes", "Real Madrid"]  # one tie each: by name
    assert (await query.team_choices(store, "blan")) == ["Real Madrid"]  # by alias "Los Blancos"
    assert (await query.team_choices(store, "lega"))[0] == "Leganes"


# --- long arguments ------------------------------------------------------------------------------


@pytest.fixture
def lookups(monkeypatch):
    """Every name lookup made (exact and fuzzy), as the text looked up."""
    seen: list[str] = []
    for name in ("exact", "fuzzy"):
        original = getattr(NameIndex, name)

        def counted(self, text, *args, _original=original, **kwargs):
            seen.append(text)
            return _original(self, text, *args, **kwargs)

        monkeypatch.setattr(NameIndex, name, counted)
    return seen


async def test_a_2000_character_quote_argument_costs_a_bounded_number_of_lookups(store, lookups):
    people = [Person(f"Player{n:04d} Surname{n % 700:03d}") for n in range(5000)]
    await store.add_article(article(1, people=people, quotes=[Quote(p.name, "Words.") for p in people]))
    words = ["a"] * 1000  # `!quote a a a …`: 1,999 characters

    person, keywords = await query.split_person_and_keywords(store, words)
    assert len(lookups) <= 2 * query.MAX_NAME_WORDS
    assert all(len(text) <= query.MAX_ARGUMENT_LENGTH for text in lookups)
    assert len(person) + len(keywords or "") <= query.MAX_ARGUMENT_LENGTH

    lookups.clear()
    answer = await query.quotes_for(store, " ".join(words), " ".join(words))
    assert answer.quotes == []
    assert lookups and all(len(text) <= query.MAX_ARGUMENT_LENGTH for text in lookups)
    assert len(answer.query) <= query.MAX_ARGUMENT_LENGTH and len(answer.keywords) <= query.MAX_ARGUMENT_LENGTH


async def test_a_name_is_still_found_before_a_long_tail_of_keywords(store, lookups):
    await store.add_article(article(1, **said("Sergio Ramos", "We are responsible for this.")))
    words = ["Sergio", "Ramos", "responsible", *["word"] * 500, "ignored"]
    person, keywords = await query.split_person_and_keywords(store, words)
    assert person == "Sergio Ramos"
    assert keywords.startswith("responsible word") and "ignored" not in keywords
    assert len(lookups) <= 2 * query.MAX_NAME_WORDS
    teams = await query.split_teams(store, ["Real", "Madrid", *["x"] * 1000])
    assert len(" ".join(filter(None, teams))) <= query.MAX_ARGUMENT_LENGTH


async def test_a_single_huge_quoted_word_is_cut_too(store, lookups):
    await store.add_article(article(1, **said("Ada Marsh", "Words.")))
    person, keywords = await query.split_person_and_keywords(store, ["x y " * 1000, "more"])
    assert len(person) <= query.MAX_ARGUMENT_LENGTH and keywords is None
    assert all(len(text) <= query.MAX_ARGUMENT_LENGTH for text in lookups)


# --- what a news channel posts next ---------------------------------------------------------------


async def test_channel_backlog_batches_oldest_first(store):
    for n in range(1, 9):
        await store.add_article(article(n, f"2021-03-{n:02d}"))
    assert await query.channel_backlog(store, 8) is None
    backlog = await query.channel_backlog(store, 2, batch=5)
    assert [i.article.article_id for i in backlog.articles] == [3, 4, 5, 6, 7]
    assert (backlog.older, backlog.upto) == (0, 7)


async def test_channel_backlog_of_a_flood_is_its_newest_published_and_a_count_of_the_rest(store):
    for n in range(1, 31):  # added in an order unrelated to their dates
        await store.add_article(article(n, f"2021-03-{(n * 7) % 30 + 1:02d}"))
    backlog = await query.channel_backlog(store, 0, flood=20, flood_posts=3)
    dates = [i.article.published for i in backlog.articles]
    assert dates == ["2021-03-28", "2021-03-29", "2021-03-30"]  # the newest, oldest of them first
    assert (backlog.older, backlog.upto) == (27, 30)
    past_the_29th = await query.channel_backlog(store, 4, flood=20, flood_posts=3)  # article 4 is the 29th's
    assert [i.article.published for i in past_the_29th.articles] == ["2021-03-28", "2021-03-30"]
    assert past_the_29th.older == 24


async def test_channel_backlog_of_an_old_archive_posts_nothing_but_counts_it(store):
    for n in range(1, 4):
        await store.add_article(article(n, "2024-01-01"))
    for n in range(4, 30):
        await store.add_article(article(n, "2001-01-01"))
    backlog = await query.channel_backlog(store, 3, flood=20, flood_posts=3)
    assert (backlog.articles, backlog.older, backlog.upto) == ([], 26, 29)

"""Extraction is linear in its input: a huge single paragraph must finish (the benchmark times it)."""
from bot.extract import extract
from bot.model import RawArticle

_UNIT = ('Arsenal beat Chelsea 2-1 at Highbury. "We played well," Arsene Wenger said. '
         "Thierry Henry scored twice and Frank Lampard replied. ")


def test_one_huge_paragraph_with_quotes_and_scores_finishes():
    text = _UNIT * (1_000_000 // len(_UNIT))  # ~1 MB with no line break: quadratic work would hang here
    ex = extract(RawArticle(source="huge", text=text))
    assert ex.quotes and all(q.speaker == "Arsene Wenger" for q in ex.quotes)
    assert ex.matches[0].home_score == 2 and ex.matches[0].away_score == 1


def test_a_long_paragraph_that_ends_like_a_post_is_scanned_once():
    text = "word - " * 50_000 + "— Some Outlet (@SomeOutlet) January 25, 2018"
    ex = extract(RawArticle(source="post", text=text))
    assert [(q.speaker, q.kind) for q in ex.quotes] == [("Some Outlet", "post")]


def test_a_huge_paragraph_of_pronoun_attributions_and_statements_finishes():
    unit = ('Tom Smith played well. "Good," he said. A statement from Chelsea read: "We agree." '
            'It read: "Yes." The club was happy - a move Smith backed. ')
    text = unit * (1_000_000 // len(unit))  # every "he" and "It" looks back: only a bounded look keeps this linear
    ex = extract(RawArticle(source="pronouns", text=text))
    assert {q.speaker for q in ex.quotes} == {"Tom Smith", "Chelsea"}


def test_a_huge_single_mark_paragraph_with_possessives_finishes():
    unit = "‘The fans’ anger and the players’ wages are high, ’ said Tom Smith of Wolves’ form. "
    text = unit * (1_000_000 // len(unit))  # each plural's apostrophe asks whether a later mark could close
    ex = extract(RawArticle(source="marks", text=text))
    assert ex.quotes and {q.speaker for q in ex.quotes} == {"Tom Smith"}


def test_many_paragraphs_each_leaving_an_opponent_unnamed_finish():
    paras = ["Scouts from Arsenal and Chelsea watched."] + ["Brentford drew 1-1 on Saturday."] * 4000
    ex = extract(RawArticle(source="unnamed", text="\n\n".join(paras)))
    assert ex.matches == []  # each asks the article, whose opening names two clubs as often: no guess


def test_one_giant_sentence_full_of_results_finishes():
    text = "Arsenal drew 1-1 with Chelsea; Everton won 2-0 at Fulham; " * 1000  # ~58 KB, one sentence
    ex = extract(RawArticle(source="giant", text=text))  # read in bounded pieces: linear, not quadratic
    assert sorted((m.home, m.away) for m in ex.matches) == [("Arsenal", "Chelsea"), ("Fulham", "Everton")]


def test_thousands_of_distinct_results_and_ties_finish():
    clubs = "Arsenal Chelsea Everton Fulham Liverpool Burnley Watford Brentford Southampton Wolves".split()
    paras = [f"{a} beat {b} {k % 9 + 1}-{k % 7} to go through {k % 5 + 3}-{k % 3} on aggregate. That meeting was "
             f"a derby, and the first leg finished 1-1 after penalties."
             for k in range(40) for a in clubs for b in clubs if a != b]  # 3,600 results: each kept once, looked up by its sides
    ex = extract(RawArticle(source="results", text="\n\n".join(paras)))
    assert len(ex.matches) > 1000 and ex.ties

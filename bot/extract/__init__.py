"""Extraction: pure functions from an article's text to what it says. No I/O, no network, no models."""
from __future__ import annotations

from ..model import Club, Extraction, Person, RawArticle
from .marks import as_double_marks
from .matches import extract_matches
from .names import NameBook
from .quotes import extract_quotes, forget_paragraphs, headline_quotes
from .summary import summarise
from .teams import Teams


def extract(article: RawArticle) -> Extraction:
    text = article.text
    book = NameBook.from_text(text)
    teams = Teams(((article.title or "") + "\n") + text)
    marked = as_double_marks(text)  # British single-mark quotes read like double ones, at the same offsets
    try:
        quotes = extract_quotes(marked, book, teams.forms, shown=text)
        quotes = headline_quotes(article.title, quotes, book) + quotes
        matches, ties = extract_matches(marked, article.title, article.published, book, teams,
                                        speakers=[(q.text, q.speaker) for q in quotes if q.speaker and q.kind == "speech"])
    finally:
        forget_paragraphs()  # quotes and matches shared this article's paragraphs; keep none after it
    speakers = {q.speaker for q in quotes if q.speaker and q.kind != "post"}
    scorers = {s.player for m in matches for s in m.scorers}
    people = [Person(name=n, aliases=book.aliases(n)) for n in sorted(speakers | scorers)]
    clubs = [Club(name=c, aliases=sorted(f for f in forms if f != c)) for c, forms in sorted(teams.forms.items())]
    return Extraction(
        source=article.source, title=article.title, published=article.published, url=article.url,
        text=text, quotes=quotes, matches=matches, ties=ties, people=people, clubs=clubs,
        summary=summarise(text, matches, ties),
    )

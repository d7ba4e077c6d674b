"""Every embed the bot can build stays within Discord's limits, and quoted text is shown verbatim."""
from __future__ import annotations

import re

import discord
import pytest

from bot import render_embed as r
from bot.answers import ArticleItem, LegItem, NewsAnswer, QuoteAnswer, QuoteItem, SourceRef, TieAnswer

ARTICLE = SourceRef(
    article_id=1,
    title="Valdivia keeps his head as Porto Alegre edge through",
    published="2021-03-04",
    source="articles/valdivia.txt",
    url="https://example.org/valdivia",
)


def assert_within_limits(embed: discord.Embed) -> None:
    assert len(embed.title or "") <= r.TITLE_LIMIT
    assert len(embed.description or "") <= r.DESCRIPTION_LIMIT
    assert len(embed.author.name or "") <= r.AUTHOR_LIMIT
    assert len(embed.footer.text or "") <= r.FOOTER_LIMIT
    assert len(embed.fields) <= r.FIELD_COUNT_LIMIT
    for field in embed.fields:
        assert 0 < len(field.name) <= r.FIELD_NAME_LIMIT
        assert 0 < len(field.value) <= r.FIELD_VALUE_LIMIT
    assert len(embed) <= r.TOTAL_LIMIT


def quote_answer(text: str, speaker: str = "Tomas Valdivia", article: SourceRef = ARTICLE) -> QuoteAnswer:
    return QuoteAnswer(query=speaker, keywords=None, speaker=speaker, quotes=[QuoteItem(speaker, text, article)])


def leg(n: int, long: bool = False) -> LegItem:
    scorers = [f"Scorer number {i} with a remarkably long name (Porto Alegre)" for i in range(40 if long else 2)]
    return LegItem(
        leg=n, home="Porto Alegre", away="Vila Nova", home_score=n % 4, away_score=2,
        date="2021-02-10", venue="Estadio Municipal " * (20 if long else 1), scorers=scorers,
    )


def test_fit_leaves_short_text_alone():
    assert r.fit("Short enough", 20) == "Short enough"


def test_fit_cuts_with_an_ellipsis_and_the_link():
    cut = r.fit("word " * 500, 300, link="https://example.org/a")
    assert len(cut) <= 300
    assert cut.endswith("… [read more](https://example.org/a)")


def test_fit_without_room_for_the_link_keeps_the_ellipsis():
    cut = r.fit("x" * 100, 30, link="https://example.org/" + "y" * 40)
    assert len(cut) == 30 and cut.endswith("…")


def test_a_ten_thousand_character_quote_is_cut_to_the_limits():
    embed = r.quote_embed(quote_answer("The lads ran until they dropped. " * 310))
    assert_within_limits(embed)
    assert "…" in embed.description
    assert embed.description.startswith(">>> The lads ran")
    assert embed.description.endswith(f"[read more]({ARTICLE.url})")


def test_a_long_quote_without_a_link_still_ends_in_an_ellipsis():
    plain = SourceRef(article_id=2, title=None, published=None, source="notes.txt")
    embed = r.quote_embed(quote_answer("a" * 10_000, article=plain))
    assert_within_limits(embed)
    assert embed.description.endswith("…")


def test_a_300_character_title_and_speaker_are_cut():
    long_ref = SourceRef(article_id=3, title="T" * 300, published="2021-03-04", source="s" * 3000)
    embed = r.quote_embed(quote_answer("Fine.", speaker="S" * 300, article=long_ref))
    assert_within_limits(embed)
    assert embed.title.endswith("…") and embed.author.name.endswith("…") and embed.footer.text.endswith("…")


def test_a_tie_with_forty_long_legs_fits_in_25_fields_and_6000_characters():
    answer = TieAnswer(
        query="Porto Alegre", other=None, found=True, teams=("Porto Alegre", "Vila Nova"),
        aggregate=(5, 4), winner="Vila Nova", decided_by="away goals", competition="Copa Regional",
        legs=[leg(n, long=True) for n in range(1, 41)], sources=[ARTICLE],
    )
    embed = r.tie_embed(answer)
    assert_within_limits(embed)
    assert embed.fields[-1].name == "…" and "more not shown" in embed.fields[-1].value


def test_forty_short_legs_keep_24_and_say_how_many_are_hidden():
    answer = TieAnswer(query="Porto Alegre", other=None, found=True, teams=("Porto Alegre", "Vila Nova"),
                       legs=[leg(n) for n in range(1, 41)])
    embed = r.tie_embed(answer)
    assert_within_limits(embed)
    assert len(embed.fields) == 25
    assert embed.fields[-1].value == "16 more not shown"


def test_tie_embed_names_the_teams_legs_and_the_way_through():
    answer = TieAnswer(
        query="Vila Nova", other=None, found=True, teams=("Porto Alegre", "Vila Nova"),
        aggregate=(3, 3), winner="Vila Nova", decided_by="away goals", competition="Copa Regional",
        legs=[
            LegItem(leg=1, home="Vila Nova", away="Porto Alegre", home_score=1, away_score=2,
                    date="2021-02-10", venue="Campo Novo", scorers=["Baptista (Vila Nova)"]),
            LegItem(leg=2, home="Porto Alegre", away="Vila Nova", home_score=1, away_score=2,
                    date="2021-02-17", venue=None, extra_time=True),
        ],
        sources=[ARTICLE],
    )
    embed = r.tie_embed(answer)
    assert embed.title == "Porto Alegre v Vila Nova"
    assert "Copa Regional" in embed.description
    assert "Porto Alegre 3–3 Vila Nova" in embed.description
    assert "Vila Nova through on away goals" in embed.description
    assert [f.name for f in embed.fields] == ["First leg · 10 Feb 2021", "Second leg · 17 Feb 2021"]
    assert "Vila Nova 1–2 Porto Alegre" in embed.fields[0].value
    assert "Campo Novo" in embed.fields[0].value and "Baptista (Vila Nova)" in embed.fields[0].value
    assert "a.e.t." in embed.fields[1].value


def test_news_embeds_stay_within_limits():
    items = [ArticleItem(ARTICLE, "Summary sentence. " * 400) for _ in range(30)]
    embed = r.news_embed(NewsAnswer(items))
    assert_within_limits(embed)
    assert embed.fields[0].value.endswith(f"[Read the article]({ARTICLE.url})")
    watcher_post = r.article_embed(items[0])
    assert_within_limits(watcher_post)
    assert watcher_post.url == ARTICLE.url and watcher_post.title == ARTICLE.title
    assert "4 Mar 2021" in watcher_post.footer.text and "valdivia.txt" in watcher_post.footer.text


def test_an_untitled_article_is_titled_by_its_first_words():
    untitled = SourceRef(article_id=4, title=None, published=None, source="wire.txt")
    short = r.article_embed(ArticleItem(untitled, "Vila Nova sign a goalkeeper from the academy"))
    assert short.title == "Vila Nova sign a goalkeeper from the academy"
    assert short.url is None
    long = r.article_embed(ArticleItem(untitled, "one two three four five six seven eight nine ten eleven twelve thirteen"))
    assert long.title == "one two three four five six seven eight nine ten eleven twelve …"


@pytest.mark.parametrize("text", ["@everyone listen to me", "Thanks <@123> and <@&456>, @here too"])
def test_mentions_in_quotes_are_rendered_verbatim(text):
    assert text in r.quote_embed(quote_answer(text)).description


def test_no_pings_allows_no_mentions():
    assert r.NO_PINGS.to_dict() == {"parse": []}


def test_not_found_texts_offer_suggestions_and_stay_short():
    answer = QuoteAnswer(query="Valdivai", keywords=None, speaker=None, suggestions=["Tomas Valdivia", "Ana Valdez"])
    assert r.quote_not_found(answer) == "No quotes from Valdivai — did you mean **Tomas Valdivia** or **Ana Valdez**?"
    keyword_miss = QuoteAnswer(query="Valdivia", keywords="weather", speaker="Tomas Valdivia")
    assert r.quote_not_found(keyword_miss) == "No quotes from Tomas Valdivia about “weather”."
    huge = QuoteAnswer(query="x" * 5000, keywords=None, speaker=None)
    assert len(r.quote_not_found(huge)) <= r.CONTENT_LIMIT
    tie_miss = TieAnswer(query="Vila", other=None, found=False, suggestions=["Vila Nova"])
    assert r.tie_not_found(tie_miss) == "No two-legged tie found for Vila — did you mean **Vila Nova**?"


def test_autocomplete_choices_stay_within_discords_limits():
    names = ["N" * 101] + [f"Player {i}" for i in range(40)]
    result = r.choices(names)
    assert len(result) == 25
    assert all(choice.name == choice.value and len(choice.value) <= 100 for choice in result)


# --- links Discord would refuse, server paths, members' markdown ---------------------------------

BAD_URLS = [
    "javascript:alert(1)", "ftp://example.org/a", "example.org/a", "//example.org/a", "https://", "not a url",
    "https://example.org/a b", "http://[::1", "http://example.org:port/", "https://example.org/\x00",
    "https://example.org/" + "a" * 2100,
]


@pytest.mark.parametrize("url", BAD_URLS)
def test_a_url_discord_would_refuse_is_left_out_everywhere(url):
    ref = SourceRef(article_id=9, title="A title", published="2021-03-04", source="wire.txt", url=url)
    item = ArticleItem(ref, "Summary sentence. " * 400)
    assert r.safe_url(url) is None
    assert r.article_embed(item).url is None
    quote = r.quote_embed(quote_answer("The lads ran. " * 500, article=ref))
    assert quote.url is None and "read more" not in quote.description
    tie = r.tie_embed(TieAnswer(query="Vila Nova", other=None, found=True, teams=("Porto Alegre", "Vila Nova"),
                                legs=[leg(1)], sources=[ref]))
    assert tie.url is None
    news = r.news_embed(NewsAnswer([item]))
    assert "Read the article" not in news.fields[0].value and url not in news.fields[0].value


@pytest.mark.parametrize("url", ["https://example.org/a", "http://example.org", "HTTPS://EXAMPLE.ORG/x?y=1#z",
                                 "https://example.org/" + "a" * 2000])
def test_a_well_formed_web_address_is_kept(url):
    assert r.safe_url(url) == url
    ref = SourceRef(article_id=9, title="A title", published=None, source="wire.txt", url=url)
    assert r.article_embed(ArticleItem(ref, "Summary.")).url == url


def test_parentheses_in_a_url_cannot_end_its_markdown_link_early():
    url = "https://example.org/wiki/Leganés_(football)"
    ref = SourceRef(article_id=9, title="A title", published=None, source="wire.txt", url=url)
    value = r.news_embed(NewsAnswer([ArticleItem(ref, "Summary.")])).fields[0].value
    assert value.endswith("[Read the article](https://example.org/wiki/Leganés_%28football%29)")


@pytest.mark.parametrize("source, shown", [
    ("/home/alice/feeds/wire.txt", "wire.txt"),
    ("C:\\Users\\alice\\feeds\\wire.txt", "wire.txt"),
    ("file:///srv/pressbox/wire.txt", "wire.txt"),
    ("feeds/wire.txt", "wire.txt"),
    ("https://example.org/feeds/wire", "https://example.org/feeds/wire"),
])
def test_a_server_path_is_shown_by_its_file_name_only(source, shown):
    ref = SourceRef(article_id=5, title=None, published="2021-03-04", source=source)
    untitled = r.article_embed(ArticleItem(ref, ""))
    assert untitled.title == shown and untitled.footer.text == f"4 Mar 2021 · {shown}"
    assert r.news_embed(NewsAnswer([ArticleItem(ref, "")])).fields[0].value == shown
    quote = r.quote_embed(quote_answer("Words.", article=ref))
    assert quote.title == shown and quote.footer.text == f"4 Mar 2021 · {shown}"
    for embed in (untitled, quote):
        assert "alice" not in str(embed.to_dict()) and "/srv/" not in str(embed.to_dict())


_MASKED_LINK = re.compile(r"(?<!\\)\[[^\]]*\]\(")


@pytest.mark.parametrize("typed", ["[free nitro](https://evil.example)", "**loud** ||spoiler|| `code`"])
def test_what_a_member_typed_is_repeated_back_escaped(typed):
    texts = [
        r.quote_not_found(QuoteAnswer(query=typed, keywords=None, speaker=None)),
        r.quote_not_found(QuoteAnswer(query="Marsh", keywords=typed, speaker="Ada Marsh")),
        r.tie_not_found(TieAnswer(query=typed, other=None, found=False)),
        r.tie_not_found(TieAnswer(query="Leganes", other=typed, found=False)),
    ]
    for text in texts:
        assert discord.utils.escape_markdown(typed) in text
        assert not _MASKED_LINK.search(text)
        assert "**loud**" not in text


def test_permission_names_read_like_discords_settings():
    assert r.permission_names(["send_messages", "embed_links", "manage_guild"]) == \
        "Send Messages, Embed Links, Manage Server"

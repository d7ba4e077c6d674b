"""Readers: every format, every decoding quirk, and the rule that one bad file never stops a batch."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.model import RawArticle
from bot.readers import ReadError, UnreadableArticle, read_paths, read_text_article

REPO_ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = REPO_ROOT / "bot" / "examples"
CORPUS = REPO_ROOT.parent / "shared" / "corpus"


def read_one(path: Path | str) -> RawArticle | ReadError:
    results = list(read_paths([str(path)]))
    assert len(results) == 1, results
    return results[0]


def read_article(path: Path | str) -> RawArticle:
    result = read_one(path)
    assert isinstance(result, RawArticle), result
    return result


def read_error(path: Path | str) -> ReadError:
    result = read_one(path)
    assert isinstance(result, ReadError), result
    return result


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


# --- text formats -------------------------------------------------------------------------


def test_seed_format_takes_the_date_and_drops_the_prefix():
    article = read_text_article(" date 2026-03-12 Monterrey’s exit hurts.\n\nSecond paragraph.", "seed.txt")
    assert article.published == "2026-03-12"
    assert article.title is None
    assert article.text == "Monterrey’s exit hurts.\n\nSecond paragraph."
    assert article.source == "seed.txt"


def test_seed_format_with_an_impossible_date_is_unreadable():
    with pytest.raises(UnreadableArticle, match="impossible date: 2026-02-30"):
        read_text_article("date 2026-02-30 Something happened.", "seed.txt")


def test_bbc_format_splits_headline_and_body():
    article = read_text_article("Villa sink Newcastle\n\nVilla won 2-1.\n\nHolloway was happy.\n", "bbc.txt")
    assert article.title == "Villa sink Newcastle"
    assert article.text == "Villa won 2-1.\n\nHolloway was happy."
    assert article.published is None


@pytest.mark.parametrize(
    "text",
    [
        "Villa won 2-1 at home on Saturday.\n\nHolloway was happy.",  # first line is a sentence
        "A headline without a blank line\nVilla won 2-1.",
        "x" * 121 + "\n\nBody.",  # too long for a headline
        "Only one line",
    ],
)
def test_plain_text_without_a_headline_has_no_title(text):
    article = read_text_article(text, "plain.txt")
    assert article.title is None
    assert article.text == text


def test_paragraph_layout_is_normalised():
    text = "Headline  \n\n\n\nFirst line   \nsame paragraph\t\n \n\n\nSecond paragraph.   \n\n\n"
    article = read_text_article(text, "layout.txt")
    assert article.title == "Headline"
    assert article.text == "First line\nsame paragraph\n\nSecond paragraph."


def test_empty_text_is_unreadable():
    with pytest.raises(UnreadableArticle, match="empty article"):
        read_text_article(" \n\n\u200b\n", "blank.txt")


# --- characters ---------------------------------------------------------------------------


def test_curly_and_straight_quotes_are_kept_exactly():
    text = "“I am responsible,” Etcheverry said. ‘Fine’.\n\n\"We were robbed,\" said Dijkstra. 'Sit down'."
    assert read_text_article(text, "q.txt").text == text


def test_html_entities_in_text_are_unescaped():
    article = read_text_article("He cost &#163;4.6m from AC Milan &amp; Pel&eacute; said &#233;.", "e.txt")
    assert article.text == "He cost £4.6m from AC Milan & Pelé said é."


def test_only_complete_entities_are_unescaped():
    text = "See https://t.co/x?a=1&notify=2 &amp Q&A &#x41;"
    assert read_text_article(text, "e.txt").text == "See https://t.co/x?a=1&notify=2 &amp Q&A A"


def test_emoji_keycap_digits_become_plain_digits():
    text = "The Whitecaps win 2\ufe0f\u20e3\ufe0f-1\ufe0f\u20e3\ufe0f in Monterrey, 3\u20e3-0\u20e3 and \U0001f51f men."
    assert read_text_article(text, "k.txt").text == "The Whitecaps win 2-1 in Monterrey, 3-0 and 10 men."


def test_invisible_and_non_breaking_characters_are_normalised():
    text = "Brighton\u00a0won\u202f3-0\u200b at Bur\u00adnley, 2\u20111 in the\u2060 first leg."
    assert read_text_article(text, "nb.txt").text == "Brighton won 3-0 at Burnley, 2-1 in the first leg."


def test_crlf_and_cr_line_endings_become_lf(tmp_path):
    path = write(tmp_path, "crlf.txt", b"Headline\r\n\r\nFirst.\r\nStill first.\r\rSecond.\r\n")
    article = read_article(path)
    assert article.title == "Headline"
    assert article.text == "First.\nStill first.\n\nSecond."


def test_utf8_bom_is_stripped_before_the_seed_date(tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf date 2026-01-25 Body \xe2\x80\x9cquoted\xe2\x80\x9d.")
    article = read_article(path)
    assert article.published == "2026-01-25"
    assert article.text == "Body “quoted”."


def test_latin1_file_is_decoded(tmp_path):
    path = write(tmp_path, "latin1.txt", "Pelé scored for Santos – £5.".encode("cp1252"))
    assert read_article(path).text == "Pelé scored for Santos – £5."
    path = write(tmp_path, "pure-latin1.txt", b"Caf\xe9 \x81 crowd")  # 0x81 is not cp1252
    assert read_article(path).text == "Café \x81 crowd"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(tmp_path, encoding):
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    path = write(tmp_path, "utf16.txt", bom + "Headline\n\n“Olé,” he said.".encode(encoding))
    article = read_article(path)
    assert article.title == "Headline"
    assert article.text == "“Olé,” he said."


def test_binary_file_is_a_read_error(tmp_path):
    path = write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert read_error(path).message == f"cannot read {path}: not a text file"


def test_mostly_control_characters_without_nul_is_a_read_error(tmp_path):
    path = write(tmp_path, "noise.txt", bytes(range(1, 32)) * 20 + b"abc")
    assert "not a text file" in read_error(path).message


def test_empty_file_is_a_read_error(tmp_path):
    path = write(tmp_path, "empty.txt", b"")
    assert read_error(path).message == f"cannot read {path}: empty article"
    path = write(tmp_path, "bom-only.txt", b"\xef\xbb\xbf\n  \n")
    assert read_error(path).message == f"cannot read {path}: empty article"


def test_missing_file_is_a_read_error_with_the_path_as_given():
    error = read_error("no/such/article.txt")
    assert error == ReadError("no/such/article.txt", "cannot read no/such/article.txt: no such file or folder")
    assert str(error) == error.message


# --- HTML ---------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head>
<title>Palace 0-2 Wolves | Some Site</title>
<meta property="og:title" content="Palace 0-2 Wolves">
<meta property="article:published_time" content="2026-01-17T17:30:00Z">
<link rel="canonical" href="https://site.example/palace-wolves">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Palace 0-2 Wolves</h1>
<p>Wolves won 2-0 at Selhurst Park&nbsp;on Saturday, with Tiago Mendon&ccedil;a scoring after 23 minutes.</p>
<p>&ldquo;We suffered,&rdquo; said Wolves boss Andr&eacute;s Colmenar. &ldquo;But we won.&rdquo;</p>
<p>Substitute Ryan Cottle sealed the win with a header in the 81st minute.<br>It was his first goal.</p>
</article>
<footer><p>&copy; 2026 Some Site. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def test_html_page_gives_text_and_metadata_without_boilerplate(tmp_path):
    article = read_article(write(tmp_path, "page.html", PAGE))
    assert article.title == "Palace 0-2 Wolves"
    assert article.published == "2026-01-17"
    assert article.url == "https://site.example/palace-wolves"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("Wolves won 2-0 at Selhurst Park on Saturday, with Tiago Mendonça")
    assert paragraphs[1] == "“We suffered,” said Wolves boss Andrés Colmenar. “But we won.”"
    assert paragraphs[2] == "Substitute Ryan Cottle sealed the win with a header in the 81st minute.\nIt was his first goal."
    for boilerplate in ("Home", "Privacy", "All rights reserved", "Palace 0-2 Wolves"):
        assert boilerplate not in article.text


def test_html_is_recognised_by_content_without_an_extension(tmp_path):
    article = read_article(write(tmp_path, "page", "\n  " + PAGE))
    assert article.title == "Palace 0-2 Wolves"


def test_html_page_without_article_text_is_a_read_error(tmp_path):
    path = write(tmp_path, "empty.html", "<!doctype html><html><head><title>x</title></head><body></body></html>")
    assert read_error(path).message == f"cannot read {path}: no article text found in the HTML page"


# --- JSON ---------------------------------------------------------------------------------


def test_json_article_with_all_fields(tmp_path):
    item = {
        "title": " Aumann  wants more ",
        "url": "https://pressbox.example/a",
        "published": "2026-04-18T23:30:00-05:00",
        "text": "Brighton won 3-0.\r\n\r\n\r\n\"Last week is finished,\" Aumann said. &#163;5m\n",
        "extra": "ignored",
    }
    article = read_article(write(tmp_path, "a.json", json.dumps(item)))
    assert article == RawArticle(
        source=str(tmp_path / "a.json"),
        text="Brighton won 3-0.\n\n\"Last week is finished,\" Aumann said. £5m",
        title="Aumann wants more",
        published="2026-04-18",
        url="https://pressbox.example/a",
    )


def test_json_with_only_text(tmp_path):
    article = read_article(write(tmp_path, "a.json", '{"text": "Body.", "title": null, "published": ""}'))
    assert (article.text, article.title, article.published, article.url) == ("Body.", None, None, None)


def test_json_array_gives_one_result_per_item_and_keeps_going(tmp_path):
    items = [{"text": "First.", "published": "2026-01-02"}, {"title": "no text"}, {"text": "Third."}]
    path = write(tmp_path, "many.json", json.dumps(items))
    first, second, third = read_paths([str(path)])
    assert first.source == f"{path}#0" and first.published == "2026-01-02"
    assert second == ReadError(f"{path}#1", f"cannot read {path}#1: JSON is missing 'text'")
    assert third.source == f"{path}#2" and third.text == "Third."


def test_json_is_recognised_by_content(tmp_path):
    assert read_article(write(tmp_path, "feed.txt", '  {"text": "Body."}')).text == "Body."


def test_text_starting_with_a_bracket_is_not_taken_for_json(tmp_path):
    article = read_article(write(tmp_path, "update.txt", "[Updated] Villa sign a striker\n\nBody."))
    assert article.title == "[Updated] Villa sign a striker"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"text": "Body.",}', "not valid JSON (line 1, column 18: Expecting property name"),
        ('{"title": "x"}', "JSON is missing 'text'"),
        ('{"text": "  "}', "empty article"),
        ('{"text": 5}', "'text' must be a string, not int"),
        ('{"text": "Body.", "published": "next week"}', "'published' is not a date"),
        ('{"text": "Body.", "published": "2026-02-30"}', "'published' is not a date"),
        ('"just a string"', "JSON must be an object or an array of objects"),
        ("[]", "the JSON array holds no articles"),
    ],
)
def test_broken_json_is_a_read_error_naming_the_file(tmp_path, content, reason):
    path = write(tmp_path, "broken.json", content)
    assert read_error(path).message.startswith(f"cannot read {path}: {reason}")


# --- folders and batches --------------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order_and_one_bad_file_does_not_stop_it(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "b.txt", "B headline\n\nB body.")
    write(corpus, "a/2.json", '{"text": "A2 body."}')
    write(corpus, "a/1.txt", "date 2026-01-01 A1 body.")
    write(corpus, "a/3.json", '{"text": ')  # broken
    write(corpus, "c.html", PAGE)
    write(corpus, ".hidden.txt", "Hidden.")
    write(corpus, ".git/x.txt", "Hidden folder.")
    write(corpus, "README.md", "# About this folder")
    write(corpus, "README.txt", "About this folder.")
    write(corpus, "notes.csv", "a,b")

    results = list(read_paths([str(corpus)]))

    assert [r.source for r in results] == [
        f"{corpus}/a/1.txt",
        f"{corpus}/a/2.json",
        f"{corpus}/a/3.json",
        f"{corpus}/b.txt",
        f"{corpus}/c.html",
    ]
    assert [type(r).__name__ for r in results] == ["RawArticle", "RawArticle", "ReadError", "RawArticle", "RawArticle"]
    assert results[2].message.startswith(f"cannot read {corpus}/a/3.json: not valid JSON")


def test_sources_keep_the_paths_as_given_and_the_input_order(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "folder/x.txt", "X body.")
    write(tmp_path, "direct.txt", "Direct body.")
    write(tmp_path, ".hidden.txt", "Named directly, so read.")
    sources = [r.source for r in read_paths(["./direct.txt", "folder/", "missing.txt", ".hidden.txt", "folder"])]
    assert sources == ["./direct.txt", "folder/x.txt", "missing.txt", ".hidden.txt", "folder/x.txt"]


def test_folder_without_articles_is_a_read_error(tmp_path):
    write(tmp_path, "README.md", "nothing here")
    error = read_error(tmp_path)
    assert error.message == f"cannot read {tmp_path}: no article files (.htm, .html, .json, .txt) in this folder"


def test_a_single_path_string_is_not_read_character_by_character(tmp_path):
    path = write(tmp_path, "one.txt", "Body.")
    assert [r.source for r in read_paths(str(path))] == [str(path)]


# --- shipped examples -----------------------------------------------------------------------


def test_every_shipped_example_reads_without_error():
    results = list(read_paths([str(EXAMPLES)]))
    assert [Path(r.source).name for r in results] == [
        "01_monterrey_whitecaps_away_goals.txt",
        "02_villa_newcastle_report.txt",
        "03_wolves_palace_reaction.txt",
        "04_rangers_braga_penalties.txt",
        "05_chelsea_arsenal_women.html",
        "06_brighton_bournemouth_preview.json",
    ]
    errors = [r for r in results if isinstance(r, ReadError)]
    assert errors == []
    for article in results:
        assert 150 <= len(article.text.split()) <= 500, article.source


def test_shipped_examples_carry_their_metadata():
    seed, villa, wolves, rangers, page, feed = read_paths([str(EXAMPLES)])
    assert (seed.published, seed.title) == ("2026-03-12", None)
    assert seed.text.startswith("Monterrey’s exit")
    assert "The Whitecaps win 2-1 in Monterrey" in seed.text
    assert villa.title == "Aston Villa 2-1 Newcastle"
    assert villa.text.endswith("Att: 42,137\nRef: Daniel Ashworth (Lancashire)")
    assert wolves.title == "Wolves end Palace's unbeaten run"
    assert 'We go again on Tuesday."\n - Wolves boss Andrés Colmenar: "I am' in wolves.text  # trailing space gone
    assert rangers.title == "Rangers edge Braga in Ibrox shoot-out"
    assert (page.title, page.published) == ("Chelsea Women 3-1 Arsenal Women: Brennan double sends Blues top", "2026-03-29")
    assert page.url == "https://touchline-weekly.example/wsl/chelsea-women-arsenal-women-report"
    assert page.text.startswith("Aoife Brennan scored twice")
    assert page.text.endswith("host Manchester City next Sunday.")
    assert "cookies" not in page.text and "Most read" not in page.text and "Subscribe" not in page.text
    assert (feed.published, feed.url) == ("2026-04-18", "https://pressbox.example/news/2026/04/brighton-bournemouth-preview")


# --- the research corpus (read-only, outside the repo) ------------------------------------------


@pytest.fixture(scope="module")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"../shared/corpus not present: expected at {CORPUS}")
    return CORPUS


def test_whole_corpus_reads_without_errors(corpus):
    results = list(read_paths([str(corpus)]))
    assert [r for r in results if isinstance(r, ReadError)] == []
    bbc = [r for r in results if "/bbcsport-football/" in r.source]
    assert len(bbc) == 265
    assert all(r.title for r in bbc)
    for article in results:
        assert "&#" not in article.text and "\r" not in article.text and "\n\n\n" not in article.text
        assert all(line == line.rstrip() for line in article.text.split("\n"))


def test_corpus_seed_article(corpus):
    (seed_file,) = sorted((corpus / "seed").glob("*.txt"))
    article = read_article(seed_file)
    assert article.published == "2018-01-25"
    assert article.title is None
    assert article.text.startswith("Real Madrid")
    assert "suffered a 2-1home defeat" in article.text
    assert "“I am responsible for this, I’m the coach,” Zidane said." in article.text


def test_corpus_bbc_title_is_the_first_line_and_sources_join_the_folder_as_given(corpus):
    folder = str(corpus / "bbcsport-football")
    first = next(iter(read_paths([folder])))
    assert first.source == f"{folder}/001.txt"
    assert first.title == (corpus / "bbcsport-football" / "001.txt").read_text(encoding="utf-8").split("\n")[0]


def test_corpus_leftover_entities_are_decoded(corpus):
    texts = {r.source: r.text for r in read_paths([str(corpus / "bbcsport-football")])}
    assert any("£" in text for text in texts.values())
    assert not any("&#163;" in text for text in texts.values())


def test_deeply_nested_json_is_one_clear_error_and_the_batch_goes_on(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Headline\n\nA body that says something.\n", encoding="utf-8")
    results = list(read_paths([str(deep), str(good)]))
    assert isinstance(results[0], ReadError) and "nested too deeply" in results[0].message
    assert not isinstance(results[1], ReadError)


@pytest.mark.parametrize("url, kept", [
    ("https://example.org/a", True), ("http://example.org/a", True), ("javascript:alert(1)", False),
    ("example.org/no-scheme", False), ("https://", False), ("https://exa mple.org", False),
    ("https://example.org/" + "a" * 3000, False),
])
def test_only_web_addresses_are_kept_as_article_urls(tmp_path, url, kept):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"title": "T", "url": url, "text": "Body text here."}), encoding="utf-8")
    (article,) = read_paths([str(path)])
    assert article.url == (url if kept else None)

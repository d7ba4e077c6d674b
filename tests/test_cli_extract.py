"""`pressbox extract --json` end to end, as a subprocess: JSON Lines out, one error line per bad file.

The articles are invented for the test.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]

ARTICLE_KEYS = ["source", "title", "published", "quotes", "matches", "ties", "summary"]
QUOTE_KEYS = ["speaker", "text"]
MATCH_KEYS = ["home", "away", "home_score", "away_score", "competition", "date", "venue", "leg", "scorers",
              "extra_time", "penalties"]
SCORER_KEYS = ["player", "team", "minute"]
TIE_KEYS = ["teams", "aggregate", "winner", "decided_by", "competition"]

TIE_REPORT = """date 2026-02-26 Celtic are out of the Uefa Cup after a miserable night in Glasgow.

Leading 1-0 on aggregate ahead of Thursday's second leg at Celtic Park, Celtic were beaten 2-0 by Porto and went out 2-1 on aggregate.

Celtic manager Aidan Forsyth refused to blame his goalkeeper for the second goal.

“Everyone makes mistakes and Craig has saved us a lot of points this season,” Forsyth said. “He will be back in the team on Sunday.”
"""

MATCH_REPORT = """Everton 2-1 Fulham

Everton came from behind to beat Fulham and climb into the top half of the table.

Everton manager Sean Whitford was pleased with the reaction. "We were poor for half an hour," said Whitford. "After that we were excellent."
"""


def run_extract(*paths: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRESSBOX_", "DISCORD_"))}
    env["PYTHONPATH"] = str(REPO_ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot", "extract", "--json", *map(str, paths)],
        cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8",
    )


def write(path: Path, content: str | bytes) -> Path:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def check_schema(obj: dict) -> None:
    assert list(obj) == ARTICLE_KEYS
    for q in obj["quotes"]:
        assert list(q) == QUOTE_KEYS
    for m in obj["matches"]:
        assert list(m) == MATCH_KEYS
        for s in m["scorers"]:
            assert list(s) == SCORER_KEYS
    for t in obj["ties"]:
        assert list(t) == TIE_KEYS


def test_json_lines_in_input_order_and_one_error_line_per_broken_file(tmp_path):
    tie = write(tmp_path / "celtic_porto.txt", TIE_REPORT)
    broken = write(tmp_path / "photo.txt", bytes(range(256)) * 40)  # binary data with a text name
    report = write(tmp_path / "everton_fulham.txt", MATCH_REPORT)
    missing = tmp_path / "not_there.txt"

    done = run_extract(tie, broken, report, missing, cwd=tmp_path)

    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert len(lines) == 2, done.stdout
    first, second = (json.loads(line) for line in lines)
    for obj in (first, second):
        check_schema(obj)
    assert [first["source"], second["source"]] == [str(tie), str(report)]

    # The content is the extraction's, not just the right shape.
    assert (first["title"], first["published"]) == (None, "2026-02-26")
    assert [m["leg"] for m in first["matches"]] == [1, 2]
    assert first["matches"][1]["home"] == "Celtic" and first["matches"][1]["away"] == "Porto"
    assert (first["matches"][1]["home_score"], first["matches"][1]["away_score"]) == (0, 2)
    assert first["matches"][1]["date"] == "2026-02-26"
    assert len(first["ties"]) == 1 and first["ties"][0]["winner"] == "Porto"
    assert first["ties"][0]["decided_by"] == "aggregate"
    assert [q["speaker"] for q in first["quotes"]] == ["Aidan Forsyth", "Aidan Forsyth"]
    assert (second["title"], second["published"]) == ("Everton 2-1 Fulham", None)
    assert [(m["home"], m["home_score"], m["away_score"], m["away"]) for m in second["matches"]] == [
        ("Everton", 2, 1, "Fulham")
    ]
    assert second["ties"] == []
    assert [q["speaker"] for q in second["quotes"]] == ["Sean Whitford", "Sean Whitford"]

    errors = done.stderr.splitlines()
    assert len(errors) == 2, done.stderr
    assert str(broken) in errors[0] and str(missing) in errors[1]
    assert str(tie) not in done.stderr and str(report) not in done.stderr


def test_all_good_input_exits_zero(tmp_path):
    tie = write(tmp_path / "celtic_porto.txt", TIE_REPORT)
    report = write(tmp_path / "everton_fulham.txt", MATCH_REPORT)

    done = run_extract(tie, report, cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert [json.loads(line)["source"] for line in done.stdout.splitlines()] == [str(tie), str(report)]


# --- inputs that must not hang: no timing asserted, they only have to return -----------------------


def test_a_ten_megabyte_article_finishes(tmp_path):
    paragraphs = [
        "Leeds beat Sunderland 2-0 at Elland Road on Saturday to climb into the play-off places.",
        "Leeds manager Graham Pruett was delighted with his side's second-half display.",
        '"We were patient and the goals came," said Pruett. "I am proud of them."',
        "Sunderland, who have not won away since October, were beaten for the third time in a week.",
    ]
    block = "\n\n".join(paragraphs) + "\n\n"
    size = 10_000_000  # just under the readers' 10 MiB limit for one article
    text = "Leeds 2-0 Sunderland\n\n" + block * (size // len(block.encode("utf-8")) - 1)
    path = write(tmp_path / "huge.txt", text)
    assert 9_000_000 < path.stat().st_size <= 10_000_000

    done = run_extract(path, cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    out = json.loads(line)
    assert out["title"] == "Leeds 2-0 Sunderland"
    assert out["quotes"][0] == {"speaker": "Graham Pruett", "text": "We were patient and the goals came,"}


def test_ten_thousand_unmatched_quote_marks_finish(tmp_path):
    straight = " ".join(f'Fans chanted "{word}' for word in ["Allez", "Vamos", "Forza", "Come on"] * 1250)
    curly = "\n\n".join(["“Nobody has closed this quote"] * 5000)
    text = "Chaos at the Riverside\n\n" + straight + "\n\n" + curly + "\n\nMiddlesbrough 1-1 Stoke.\n"
    path = write(tmp_path / "unmatched.txt", text)
    assert text.count('"') + text.count("“") == 10_000

    done = run_extract(path, cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    check_schema(json.loads(line))


def test_an_article_that_trips_an_extraction_rule_fails_alone(tmp_path, monkeypatch, capsys):
    """A bug met on some odd text costs that article: the run goes on and the others are stored."""
    import bot.extract
    from bot import cli

    real = bot.extract.extract

    def extract(article):
        if "TRIP" in article.text:
            raise IndexError("list index out of range")
        return real(article)

    monkeypatch.setattr(bot.extract, "extract", extract)
    (tmp_path / "a.txt").write_text(MATCH_REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Odd one\n\nThis one TRIPs a rule.", encoding="utf-8")
    (tmp_path / "c.txt").write_text(TIE_REPORT, encoding="utf-8")
    code = cli.main(["ingest", str(tmp_path), "--db", str(tmp_path / "store.db")])
    out, err = capsys.readouterr()
    assert "2 stored, 0 already present, 1 failed" in out
    assert "b.txt: could not extract (IndexError" in err
    assert code == 1

"""`pressbox bench` prints every figure the README promises (the figures themselves are not asserted:
speed is measured, never tested)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def test_bench_prints_speed_ingest_pathological_and_memory_figures(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Everton 2-1 Fulham\n\nEverton came from behind to beat Fulham. "
        '"We were poor for half an hour," said Sean Whitford.\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bot", "bench", str(tmp_path), "--words", "300"],
                          capture_output=True, text=True, timeout=120, cwd=REPO_ROOT)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for start in ("corpus: 1 articles", "extraction: ", "  per pass over the corpus: first", "ingest: ",
                  "10 MB article: ", "10,000 unmatched quote marks: ", "peak memory: "):
        assert any(line.startswith(start) for line in lines), (start, done.stdout)


def test_bench_without_articles_says_so(tmp_path):
    done = subprocess.run([sys.executable, "-m", "bot", "bench", str(tmp_path)],
                          capture_output=True, text=True, timeout=60, cwd=REPO_ROOT)
    assert done.returncode == 1 and "no articles to measure" in done.stderr

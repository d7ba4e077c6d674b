"""`pressbox bench`: extraction and ingest speed, and peak memory, printed as figures.

Speed is measured here, never in timed tests: one core, the articles repeated up to about a million
words, ingest into a fresh SQLite file in a temporary folder.
"""
from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from .extract import extract
from .model import RawArticle
from .readers import ReadError, read_paths
from .settings import Settings

_DEFAULT_CORPUS = Path("../shared/corpus/bbcsport-football")


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _extraction(articles, target_words: int) -> tuple[int, int, float, list[float]]:
    """Extract the articles over and over until `target_words`; only extraction is inside the clock.

    The packaged club table is loaded and compiled once per process, as the bot does at start-up,
    before the clock starts. Each round is timed: the first reads every article for the first time
    (name caches cold); on a shared machine whose speed drifts, the spread of the rest tells how much."""
    extract(RawArticle(source="warm-up", text='Chelsea beat Arsenal 2-1. "Good," said Jose Mourinho.'))
    words = sum(len(a.text.split()) for a in articles)
    rounds = -(-target_words // words)
    per_round = []
    for _ in range(rounds):
        start = time.perf_counter()
        for a in articles:
            extract(a)
        per_round.append(words / (time.perf_counter() - start))
    total = sum(words / rate for rate in per_round)
    return rounds * words, rounds * len(articles), total, per_round


async def _ingest(articles, copies: int) -> tuple[int, float]:
    from .store import Store

    with tempfile.TemporaryDirectory() as tmp:
        extracted = [extract(a) for a in articles]
        batch = [replace(e, source=f"{e.source}#{i}", text=f"{e.text}\n\ncopy {i}")
                 for i in range(copies) for e in extracted]
        async with await Store.open(Path(tmp) / "bench.db") as store:
            start = time.perf_counter()  # as `pressbox ingest` stores: batches of 64, a transaction each
            for i in range(0, len(batch), 64):
                await store.add_articles(batch[i : i + 64])
            return len(batch), time.perf_counter() - start


def _pathological() -> list[tuple[str, int, float]]:
    base = "Zidane said the team played well. " * 20 + "\n\n"
    cases = {
        "10 MB article": base * (10_000_000 // len(base)),
        "10,000 unmatched quote marks": ('He said "' + "word " * 5) * 10_000,
    }
    out = []
    for name, text in cases.items():
        start = time.perf_counter()
        extract(RawArticle(source=name, text=text))
        out.append((name, len(text.split()), time.perf_counter() - start))
    return out


def bench(args: argparse.Namespace, settings: Settings) -> int:
    paths = args.paths or [str(_DEFAULT_CORPUS)]
    articles = [a for a in read_paths(paths) if not isinstance(a, ReadError)]
    if not articles:
        print(f"error: no articles to measure in {', '.join(paths)}", file=sys.stderr)
        return 1
    corpus_words = sum(len(a.text.split()) for a in articles)
    print(f"corpus: {len(articles)} articles, {corpus_words:,} words")
    words, done, secs, rates = _extraction(articles, args.words)
    later = sorted(rates[1:]) or rates
    print(f"extraction: {words / secs:,.0f} words/s, {done / secs:,.0f} articles/s "
          f"({done} articles, {words:,} words in {secs:.2f} s, one core)")
    print(f"  per pass over the corpus: first (every article new) {rates[0]:,.0f} words/s; "
          f"then {later[0]:,.0f} to {later[-1]:,.0f}, median {later[len(later) // 2]:,.0f}")
    n, secs = asyncio.run(_ingest(articles, copies=max(1, 2000 // len(articles))))
    print(f"ingest: {n / secs:,.0f} articles/s ({n} articles into a fresh SQLite store in {secs:.2f} s)")
    for name, words, secs in _pathological():
        print(f"{name}: {words:,} words in {secs:.2f} s ({words / secs:,.0f} words/s)")
    print(f"peak memory: {_peak_mib():,.0f} MiB")
    return 0

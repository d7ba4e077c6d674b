"""The README's walk-through, run as a new user would: `pressbox ingest`, then `pressbox ask`."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "corpus" / "seed" / "000_f1683797de13b3f1.txt"
EXAMPLES = REPO / "bot" / "examples"


def pressbox(*args: str, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args, "--db", str(db)], capture_output=True,
                          text=True, timeout=120, cwd=REPO)


@pytest.fixture
def seeded(tmp_path):
    if not SEED.is_file():
        pytest.skip(f"../shared/corpus not present at {SEED.parent}: the seed walk-through needs it")
    db = tmp_path / "store.db"
    done = pressbox("ingest", str(SEED), db=db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1 stored, 0 already present, 0 failed"
    return db


def test_quote_ramos_lists_his_four_quotes(seeded):
    out = pressbox("ask", "!quote Ramos", db=seeded).stdout
    assert out.startswith("Sergio Ramos — 4 quotes")
    assert "I’m not a big fan of changes," in out and "We still have the Champions League." in out
    assert "Zidane —" not in out


def test_tie_leganes_gives_both_legs_the_aggregate_and_how_it_was_decided(seeded):
    out = pressbox("ask", "!tie Leganes", db=seeded).stdout
    assert "Copa del Rey" in out
    assert "Leg 1: Leganes 0-1 Real Madrid" in out
    assert "Real Madrid 1-2 Leganes" in out and "Santiago Bernabeu" in out and "2018-01-24" in out
    assert all(name in out for name in ("Eraso", "Gabriel", "Benzema"))
    assert "Aggregate 2-2: Leganes through on away goals" in out


def test_ingesting_again_stores_nothing_twice(seeded):
    again = pressbox("ingest", str(SEED), db=seeded)
    assert again.stdout.strip() == "0 stored, 1 already present, 0 failed"
    assert pressbox("ask", "!quote Ramos", db=seeded).stdout.startswith("Sergio Ramos — 4 quotes")


def test_a_broken_file_is_named_the_rest_is_stored_and_the_exit_code_says_so(tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(bytes(range(256)) * 8)
    db = tmp_path / "store.db"
    done = pressbox("ingest", str(EXAMPLES), str(broken), db=db)
    assert done.returncode == 1
    assert done.stdout.strip() == f"{len(list(EXAMPLES.glob('0*')))} stored, 0 already present, 1 failed"
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(broken) in errors[0]
    assert pressbox("ask", "!tie Rangers", db=db).stdout.startswith("Braga v Rangers")


def test_ask_refuses_a_store_that_is_not_there(tmp_path):
    missing = tmp_path / "typo.db"
    done = pressbox("ask", "!quote Ramos", db=missing)
    assert done.returncode == 1 and "no store at" in done.stderr and str(missing) in done.stderr
    assert not missing.exists()

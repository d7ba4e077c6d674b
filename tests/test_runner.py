"""`pressbox run` refuses a missing or malformed token with exit code 2 and never echoes it."""
from __future__ import annotations

import logging

import pytest

from bot.runner import RedactingFormatter, run
from bot.settings import Settings


@pytest.mark.parametrize("token, problem", [
    (None, "is not set"),
    ("   ", "is not set"),
    ("not-a-token-SECRETVALUE", "does not look like a bot token"),
])
def test_a_bad_token_exits_2_with_one_line_naming_the_setting(tmp_path, capsys, token, problem):
    code = run(Settings(db_path=tmp_path / "p.db", discord_token=token))
    out, err = capsys.readouterr()
    assert code == 2
    assert err == f"error: DISCORD_TOKEN: {problem} (see .env.example)\n"
    assert out == ""
    assert "SECRETVALUE" not in err
    assert not (tmp_path / "p.db").exists()  # nothing started


def test_the_token_is_masked_in_log_lines():
    token = "A" * 24 + ".BBBBBB." + "C" * 27
    record = logging.LogRecord("discord.http", logging.ERROR, __file__, 1, "header was Bot %s", (token,), None)
    line = RedactingFormatter(token).format(record)
    assert token not in line and "[redacted]" in line

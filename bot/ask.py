"""A member's command line → exactly the text the bot would answer (`pressbox ask "!quote Ramos"`).

    !quote <person> [keywords]   !tie <team> [other team]   !news   !help

The prefix is optional. Arguments split on spaces; double quotes (straight or curly) group words,
and an unclosed quote runs to the end of the line. Apostrophes are not quotes: N'Golo stays whole.
"""
from __future__ import annotations

import re

from bot import query
from bot.answers import ErrorAnswer
from bot.render_text import render
from bot.store import Store

_QUOTES = "\"“”„"
_TOKEN = re.compile(rf"[{_QUOTES}]([^{_QUOTES}]*)(?:[{_QUOTES}]|$)|([^\s{_QUOTES}]+)")

USAGE = {
    "quote": "quote <person> [keywords] — what someone said, newest first",
    "tie": "tie <team> [other team] — the latest two-legged tie",
    "news": "news — the latest articles",
    "help": "help — this list",
}


def parse_command(line: str, prefix: str = "!") -> tuple[str, list[str]]:
    """`!tie "Real Madrid" Leganes` → ("tie", ["Real Madrid", "Leganes"]); "" for an empty line."""
    text = line.strip()
    if prefix and text.startswith(prefix):
        text = text[len(prefix):]
    tokens = (found[1] if found[1] is not None else found[2] for found in _TOKEN.finditer(text))
    words = [word for word in (" ".join(token.split()) for token in tokens) if word]
    if not words:
        return "", []
    return words[0].casefold(), words[1:]


def help_text(prefix: str = "!") -> str:
    return "Commands:\n" + "\n".join(f"{prefix}{usage}" for usage in USAGE.values())


async def ask(store: Store, line: str, prefix: str = "!") -> str:
    """Answer one command line as the bot would.

    `!quote` takes the longest run of leading words that names a known speaker as the person and the
    rest as keywords (`!quote Sergio Ramos responsible`); `!tie` splits two teams the same way.
    """
    name, args = parse_command(line, prefix)
    if name in ("", "help"):
        return help_text(prefix)
    if name not in USAGE:
        return render(ErrorAnswer(f"I don't know {prefix}{name}.\n{help_text(prefix)}"))
    if name == "news":
        return render(await query.latest_news(store))
    if not args:
        example = "Ramos" if name == "quote" else "Leganes"
        return render(ErrorAnswer(f"{prefix}{name} needs a name, e.g. {prefix}{name} {example}.\n{help_text(prefix)}"))
    if name == "quote":
        person, keywords = await query.split_person_and_keywords(store, args)
        return render(await query.quotes_for(store, person, keywords))
    team, other = await query.split_teams(store, args)
    return render(await query.tie_for(store, team, other))

"""British single-mark quotations (‘We lost,’ he said. 'We lost,' he said.) turned into the double marks
the readers know.

Much British copy quotes speech in single marks, curly or straight, and nests quotes in double ones;
the closing single mark is also the apostrophe (I’m, the fans’ anger, don't) and the opening one an
elision (the ‘90s, rock ‘n’ roll, 'em). A paragraph is read in that style when its first quotation
opens with a single mark and either closes or runs on from a paragraph's start with no double mark
in it (speech over several paragraphs), and none of its double marks stands outside a single-mark
stretch (a scare quote before “…” speech keeps the double style). Its single marks that open or close
speech then become double marks and its double marks, now nested, become single. Every swap is one
character for one, so offsets into the converted text are offsets into the original.
"""
from __future__ import annotations

import re

_MARK = re.compile("[‘’“”\"']")
_DOUBLE = re.compile("[“”\"]")
_SWAP_NESTED = str.maketrans("“”", "‘’")
_ELISION = re.compile(r"[‘'](?:\d|[A-Za-z]{1,2}[’']\s|(?:em|cos|til|tis)\b)")  # the ‘90s, rock ‘n’ roll, 'em
_STRAIGHT_OPEN = re.compile(r"'(?<![^\s(\[—–-]')(?=\w)")  # a straight mark that may open speech (opens with the mark: scans fast)
_OPENS_AFTER = "([—–-"
_CLAUSE_GOES_ON = re.compile(r"\s+(?:and|or|but|he|she|they|said|says|while|as|after|before|to|in|on|at|for|from|with)\b")


def as_double_marks(text: str) -> str:
    """`text` with each paragraph in single-mark style rewritten in double marks, same length."""
    if "‘" not in text and "'" not in text:
        return text
    return "\n".join(_paragraph(line) if "‘" in line or _straight_style(line) else line for line in text.split("\n"))


def _straight_style(line: str) -> bool:
    """Whether a line may quote in straight single marks: one may open speech before any double mark."""
    if "'" not in line or "''" in line:
        return False
    first = _STRAIGHT_OPEN.search(line)
    return first is not None and _DOUBLE.search(line, 0, first.start()) is None


def _paragraph(line: str) -> str:
    opens, closes = _single_mark_speech(line)
    if not closes and (not opens or _DOUBLE.search(line) or (opens[0] != 0 and not line[: opens[0]].rstrip().endswith(":"))):
        return line  # no stretch closes, nor does speech run on from the paragraph's start or a colon (‘Boro fans …: “…”)
    out = list(line.translate(_SWAP_NESTED))
    for i in opens:
        out[i] = "“"
    for i in closes:
        out[i] = "”"
    for i, ch in enumerate(out):
        if ch == '"':  # a straight double mark nested in speech: opening after a space, else closing
            out[i] = "‘" if i == 0 or out[i - 1].isspace() or out[i - 1] in _OPENS_AFTER else "’"
    return "".join(out)


def _single_mark_speech(line: str) -> tuple[list[int], list[int]]:
    """Offsets of the single marks that open and close speech, or nothing when the paragraph is in
    double-mark style (a double mark met outside single-mark speech, or before any)."""
    opens: list[int] = []
    closes: list[int] = []
    depth = 0  # 1 inside speech, more inside a single-mark quote nested in it
    last_mark = max(line.rfind("’"), line.rfind("'"))
    for mark in _MARK.finditer(line):  # only the marks: a huge paragraph stays quick
        i, ch = mark.start(), mark.group(0)
        if ch in "“”\"":
            if not depth:
                return [], []
        elif ch != "’" and (i == 0 or line[i - 1].isspace() or line[i - 1] in _OPENS_AFTER) \
                and i + 1 < len(line) and not line[i + 1].isspace() and not _ELISION.match(line, i):
            if not depth:
                opens.append(i)
            depth += 1
        elif ch != "‘" and depth and _closes(line, i, last_mark):
            depth -= 1
            if not depth:
                closes.append(i)
    return opens, closes


def _closes(line: str, i: int, last_mark: int) -> bool:
    """Whether the mark at `i` closes a quote rather than being an apostrophe (I’m, the fans’ anger)."""
    before = line[i - 1] if i else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    if after.isalnum():
        return False  # I’m, don’t
    if before in ",.!?;:…":
        return True  # ‘We lost,’ he said.
    # "the fans’ anger", "Wolves’ 2-0 win": a plural's apostrophe, while a later mark could still close;
    # not "… for eight wonderful years' and wishing her …"
    return not (before == "s" and after == " " and i < last_mark and not _CLAUSE_GOES_ON.match(line, i + 1))

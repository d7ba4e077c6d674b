"""British single-mark quotations (‘We lost,’ he said.) turned into the double marks the readers know.

Much British copy quotes speech in single curly marks and nests quotes in double ones; the closing
single mark is also the apostrophe (I’m, the fans’ anger). A paragraph whose first quotation mark
opens with ‘ is read in that style: its single marks that open or close speech become double marks
and its double marks, now nested, become single. Every swap is one character for one, so offsets
into the converted text are offsets into the original.
"""
from __future__ import annotations

import re

_FIRST_MARK = re.compile(r"[\"“]|(?:^|(?<=[\s(\[—–-]))‘(?=\S)")
_SWAP_NESTED = str.maketrans("“”", "‘’")
_SINGLE_MARK = re.compile("[‘’]")


def as_double_marks(text: str) -> str:
    """`text` with each paragraph in single-mark style rewritten in double marks, same length."""
    if "‘" not in text:
        return text
    return "\n".join(_paragraph(line) for line in text.split("\n"))


def _paragraph(line: str) -> str:
    first = _FIRST_MARK.search(line)
    if first is None or first.group(0) != "‘":
        return line
    out = list(line.translate(_SWAP_NESTED))
    inside = False
    for mark in _SINGLE_MARK.finditer(line):  # only the marks: a huge paragraph stays quick
        i = mark.start()
        if mark.group(0) == "‘" and (i == 0 or line[i - 1].isspace() or line[i - 1] in "([—–-"):
            out[i], inside = "“", True
        elif mark.group(0) == "’" and inside and _closes(line, i):
            out[i], inside = "”", False
    return "".join(out)


def _closes(line: str, i: int) -> bool:
    """Whether the ’ at `i` closes a quote rather than being an apostrophe (I’m, the fans’ anger)."""
    before = line[i - 1] if i else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    if after.isalnum():
        return False  # I’m, don’t
    if before in ",.!?;:…":
        return True  # ‘We lost,’ he said.
    possessive = before == "s" and after == " " and line[i + 2 : i + 3].islower() and "’" in line[i + 1 :]
    return not possessive  # the fans’ anger, unless no other mark is left to close the quote

"""A 第1表 pasted as a two-column table: 「| 項目 | 内容 |」, then 「| 総合的な援助の方針 | … |」 row by row.

Word and Markdown editors lay the first sheet out as field name and value side by side.  Read as a
table it has no column the plan reader knows (「項目」「内容」), so nothing in it was read.  Each row is
a label and its value: the row is rewritten into 「総合的な援助の方針：…」 with :func:`.fold.rewrite`
(every span still points at the user's own characters); a row with an empty first cell goes on with the
value above it (「|  | 妻：「…」 |」 under the 意向 row), as a line below a label does.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite
from .vocabulary import Vocabulary

# 「| name | value |」: exactly two cells (bounded: linear on any line)
_ROW = re.compile(r"^[ \t]*\|(?P<name>[^|\n]*)\|(?P<value>[^|\n]*)(?:\|[ \t]*)?$", re.MULTILINE)
_RULE = re.compile(r"^[\s|:\-]*-[\s|:\-]*$")
_MIN_FIELDS = 2  # two rows naming fields of the plan: a first sheet, not a two-column note


def label_rows(folded: FoldedText, vocabulary: Vocabulary) -> FoldedText:
    """``folded`` with every two-column table of field names rewritten into label lines, or unchanged."""
    text = folded.text
    edits: list[tuple[int, int, str]] = []
    for block in _blocks(text):
        if sum(1 for m in block if _names_field(vocabulary, m.group("name"))) < _MIN_FIELDS:
            continue
        joined: dict[int, str] = {}  # row → the whole name, when its name goes on in the row below
        for k, (m, below) in enumerate(zip(block, block[1:], strict=False)):
            name, rest = m.group("name").strip(), below.group("name").strip()
            if name and rest and not _names_field(vocabulary, name) and _names_field(vocabulary, name + rest):
                joined[k] = name + rest  # 「| 利用者及び家族の | …」 over 「| 生活に対する意向 | …」
        for k, m in enumerate(block):
            edits += _row_edits(text, m, name=joined.get(k), goes_on=k - 1 in joined)
    return rewrite(folded, edits) if edits else folded


def _names_field(vocabulary: Vocabulary, cell: str) -> bool:
    """The whole cell is the name of a field of the form (「総合的な援助の方針」), not a column or a word."""
    found = vocabulary.whole_name(cell.strip())
    return found is not None and found.kind == "field"


def _blocks(text: str) -> list[list[re.Match[str]]]:
    """Runs of consecutive two-cell lines."""
    blocks: list[list[re.Match[str]]] = []
    for m in _ROW.finditer(text):
        if blocks and text.count("\n", blocks[-1][-1].end(), m.start()) == 1:
            blocks[-1].append(m)
        else:
            blocks.append([m])
    return [b for b in blocks if len(b) >= 3]


def _row_edits(text: str, row: re.Match[str], *, name: str | None = None,
               goes_on: bool = False) -> list[tuple[int, int, str]]:
    """The edits that turn one row into 「name：value」, a bare continuation value, or a blank line.

    ``name``: the whole name when the row's name cell holds only its first part; ``goes_on``: the row's name cell
    holds the rest of the name above, so its value goes on from the row above.
    """
    line_start, line_end = row.start(), row.end()
    if _RULE.fullmatch(text[line_start:line_end]) or not row.group("value").strip():
        return [(line_start, line_end, "")] if line_end > line_start else []
    name_start, name_end = _stripped(text, row.start("name"), row.end("name"))
    value_start, value_end = _stripped(text, row.start("value"), row.end("value"))
    if name_start == name_end or goes_on:  # 「|  | …」: the value goes on from the row above
        edits = [(line_start, value_start, "")]
    elif name is not None:
        edits = [(line_start, name_start, ""), (name_start, name_end, name), (name_end, value_start, "：")]
    else:
        edits = [(line_start, name_start, ""), (name_end, value_start, "：")]
    if line_end > value_end:
        edits.append((value_end, line_end, ""))
    return edits


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u3000":
        start += 1
    while end > start and text[end - 1] in " \t\u3000":
        end -= 1
    return start, end

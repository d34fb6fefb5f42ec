"""One table row that holds several services stacked in its cells.

Word and Excel tables often keep all of a need's services in one row: each service column lists them
one per line (a quoted TSV cell, a PDF copy), or one per 「<br>」 in a Markdown table.  The i-th line of
サービス内容 then goes with the i-th line of 種別, 事業所, 頻度 and 期間.  A wrapped cell looks the same
— several lines — so a row is unstacked only when at least two other service columns hold as many
lines, and one of them has a line of its own shape (a period, a frequency, a type, a ※1 mark) on every
non-empty line.
"""

from __future__ import annotations

import re

from .cells import cell_kind

_BREAK = re.compile(r"[ \t]*(?:\n|<br\s*/?>)[ \t]*", re.IGNORECASE)
# the columns that go with サービス内容, line by line, and the shape each line of them has
_SHAPES = {"保険給付対象": "mark", "サービス種別": "type", "事業所": None, "頻度": "frequency", "サービス期間": "period"}
_RANGE_OPEN = re.compile(r"[~〜\-ー―－]\s*$|から\s*$")


def pieces(text: str, rng: tuple[int, int]) -> list[tuple[int, int]]:
    """The lines of a cell (blank ones kept, they hold a place), as ranges stripped of spaces."""
    start, end = rng
    cuts = [(m.start(), m.end()) for m in _BREAK.finditer(text, start, end)]
    bounds = [start] + [b for _, b in cuts]
    ends = [a for a, _ in cuts] + [end]
    out = []
    for a, b in zip(bounds, ends, strict=True):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
    return out


def unstack(text: str, cells: dict[str, tuple[int, int]], service_type: re.Pattern[str]
            ) -> list[dict[str, tuple[int, int]]] | None:
    """The row's service cells as one dict per stacked service, or None when the row holds one service."""
    if "サービス内容" not in cells:
        return None
    content = pieces(text, cells["サービス内容"])
    while content and content[-1][0] == content[-1][1]:
        content.pop()
    n = len(content)
    if n < 2 or any(a == b for a, b in content):
        return None
    split = {key: pieces(text, rng) for key, rng in cells.items() if key in _SHAPES}
    for lines in split.values():  # 「○<br>○<br> 」: a trailing blank line only closes the cell
        while len(lines) > n and lines[-1][0] == lines[-1][1]:
            lines.pop()
    matching = [key for key, lines in split.items() if len(lines) == n]
    if len(matching) < 2 or not any(_shaped(text, split[key], _SHAPES[key], service_type) for key in matching):
        return None
    rows = []
    for i, line in enumerate(content):
        row = {"サービス内容": line}
        for key, rng in cells.items():
            if key == "サービス内容":
                continue
            if key in matching:
                if split[key][i][0] < split[key][i][1]:
                    row[key] = split[key][i]
            elif key not in _SHAPES or i == 0 or len(split[key]) == 1:
                row[key] = rng  # a note, or a cell written once for all the lines
        rows.append(row)
    return rows


def _shaped(text: str, lines: list[tuple[int, int]], shape: str | None, service_type: re.Pattern[str]) -> bool:
    """Every non-empty line has the column's own shape; a period line does not end open (a wrapped range)."""
    if shape is None:
        return False
    filled = [text[a:b] for a, b in lines if a < b]
    if not filled:
        return False
    if shape == "period" and any(_RANGE_OPEN.search(line) for line in filled):
        return False
    return all(cell_kind(line, service_type) == shape for line in filled)

"""A 第2表 laid on its side: the field names down the first column, one column per need.

Some offices print the plan across the page, one need per column::

    | 項目         | 課題1          | 課題2          |
    | ニーズ       | …              | …              |
    | 長期目標     | …              | …              |
    | （期間）     | R9.4～R10.3    | R9.4～R10.3    |
    | サービス内容 | ①… ②…          | …              |
    | 頻度         | ①週2回 ②毎日   | …              |

Read line by line, each line would be one row holding every need.  Here each column becomes the rows
of its need: the need and goals are the column's, and every 「サービス内容」 line opens a service of that
column that the type, provider, frequency and period lines below it fill (so 「サービス内容①」…
「サービス内容②」… blocks give one service each).  Cells numbered inside (「①… ②…」) are split later
by :mod:`.numbered_cells`.  Tab- and pipe-separated text are both read; empty cells keep their place.
"""

from __future__ import annotations

import re

from .builder import PlanBuilder
from .columns import Header, RowEmitter, looks_like_plan_header, resolve_columns
from .lines import Line
from .vocabulary import Vocabulary

_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")  # 「|---|---|」
_NAME_NUMBER = re.compile(r"\s*(?:[①-⑳]|[0-9]{1,2})\s*$")  # 「サービス内容①」「サービス内容2」
_GOAL_COLUMNS = ("ニーズ", "長期目標", "短期目標", "長期目標期間", "短期目標期間")
_MIN_NAMED_LINES = 4


def _cells(line: Line) -> list[tuple[int, int]] | None:
    """The line's cells as folded ranges, empty ones kept; None when it is no tab or pipe row."""
    text = line.text
    if "\t" in text:
        separator = "\t"
    elif text.lstrip().startswith("|") and text.count("|") >= 3:
        separator = "|"
    else:
        return None
    cells: list[tuple[int, int]] = []
    pos = 0
    for part in text.split(separator):
        cells.append((line.start + pos, line.start + pos + len(part)))
        pos += len(part) + 1
    if separator == "|":  # the outer bars open and close the row; they give no cell
        cells = cells[1:-1] if text.rstrip().endswith("|") else cells[1:]
    return cells


def _name_key(name: str, vocabulary: Vocabulary) -> str | None:
    key = vocabulary.header_key(name)
    if key is None and _NAME_NUMBER.search(name):
        key = vocabulary.header_key(_NAME_NUMBER.sub("", name))
    return key


def detect_transposed(lines: list[Line], j: int, vocabulary: Vocabulary, text: str
                      ) -> tuple[list[tuple[Line, str, list[tuple[int, int]]]], int] | None:
    """The sideways table starting at line ``j`` — (line, resolved key, value cells) per named line — and
    the line after it, or None."""
    first = _cells(lines[j])
    if first is None or len(first) < 3:
        return None
    rows: list[tuple[Line, str | None, list[tuple[int, int]]]] = []
    names: list[str] = []
    k = j
    while k < len(lines) and not lines[k].blank:
        cells = _cells(lines[k])
        if cells is None or len(cells) < 2:
            break
        if _RULE.fullmatch(lines[k].text):
            rows.append((lines[k], "", []))
            names.append("")
            k += 1
            continue
        name = text[cells[0][0]:cells[0][1]].strip()
        rows.append((lines[k], _name_key(name, vocabulary), cells[1:]))
        names.append(name)
        k += 1
    keys = [key for _, key, _ in rows]
    named = [key for key in keys if key]
    if len(named) < _MIN_NAMED_LINES or not looks_like_plan_header(named) or "サービス内容" not in named:
        return None
    if not any(key in _GOAL_COLUMNS for key in named):
        return None
    resolved = resolve_columns([key or None for key in keys], names, yobo=False).columns
    return [(line, column, cells) for (line, _, cells), column in zip(rows, resolved, strict=True)], k


def read_transposed(rows: list[tuple[Line, str, list[tuple[int, int]]]], builder: PlanBuilder,
                    vocabulary: Vocabulary, *, yobo: bool) -> None:
    """Each column's need, goals and services, column after column, into the builder."""
    text = builder.folded.text
    width = max(len(cells) for _, _, cells in rows)
    for k, (line, column, cells) in enumerate(rows):
        if k == 0 or not cells or not (column and not column.startswith("extra:")):
            if k == 0 or not cells:  # the 「項目｜課題1｜課題2」 line and the 「|---|」 rule
                builder.label(line.start, line.end)
            else:  # a line the form does not name: its cells are kept as written, never dropped
                builder.label(line.start, cells[0][0] - 1)
                for a, b in cells:
                    span = builder.span(a, b)
                    if span is not None:
                        builder.free(span)
            continue
        builder.label(line.start, cells[0][0] - 1)  # the field's name
    columns = tuple(dict.fromkeys(column for _, column, _ in rows if column and not column.startswith("extra:")))
    emitter = RowEmitter(builder, vocabulary, Header(columns, "短期目標" if yobo else "長期目標"), "table:transposed")
    for c in range(width):
        base: dict[str, tuple[int, int]] = {}
        services: list[dict[str, tuple[int, int]]] = []
        for _, column, cells in rows:
            if not column or column.startswith("extra:") or c >= len(cells):
                continue
            cell = cells[c]
            filled = bool(text[cell[0]:cell[1]].strip())
            if column == "サービス内容":
                services.append({column: cell} if filled else {})
            elif column in _GOAL_COLUMNS:
                if filled:
                    base[column] = cell
            elif services and filled and services[-1]:
                services[-1].setdefault(column, cell)
            elif filled and not services:
                base[column] = cell
        services = [s for s in services if s]
        if not base and not services:
            continue
        emitter.emit({**base, **services[0]} if services else base)
        for service in services[1:]:
            emitter.emit(service)

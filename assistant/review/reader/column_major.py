"""A 第2表 pasted column by column: every need, then every long-term goal, then every service …

Spreadsheet users copy one column at a time, so the plan arrives as blocks::

    [ニーズ]            [長期目標]          [サービス内容]       [頻度]
    1 …                 1 …                 1-1 …                1-1 週2回
    2 …                 2 …                 1-2 …                1-2 毎日

Each block is a column heading alone on its line, then one line per row that starts with the
row's number.  Read line by line, the first block would take every later block as one long need;
here the numbers put the table back together: ``1-2`` is the second service of need ``1`` and
serves the goals numbered ``1``.  Rows then go through :class:`~.columns.RowEmitter`, like any
table.  Only blocks whose heading is a known column are taken (at least three, one a need, goal
or service) and the numbers must agree across blocks, so numbered notes are never pivoted; an
unknown heading ends the run and is read as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .builder import PlanBuilder
from .columns import Header, RowEmitter, looks_like_plan_header, resolve_columns
from .lines import Line
from .vocabulary import Vocabulary

# 「1 …」「1-2 …」「2．…」「1-2」 (an empty cell): the row number, then the cell.  Every quantifier is
# bounded or possessive and followed by a different character class: linear on any line.
_ROW = re.compile(r"[ \t\u3000]*+([0-9]{1,2}(?:[-－‐ー][0-9]{1,2}){0,2})(?:[ \t\u3000]++|[.．:：、][ \t\u3000]*+|$)")
# The heading's frame: 「[長期目標]」「【頻度】」「■サービス種別：」
_FRAME = re.compile(r"[ \t\u3000]*+[\[【〔＜<■◆●◎□▼・]?[ \t\u3000]*+(?P<name>[^\s\[\]【】〔〕＜＞<>:：][^\[\]【】〔〕＜＞<>:：]{0,30}?)"
                    r"[ \t\u3000]*+[\]】〕＞>]?[ \t\u3000]*+[:：]?[ \t\u3000]*+")
# 「長期目標の期間」「短期目標期間」: the period column of a goal column
_PERIOD_OF = re.compile(r"(?P<goal>.+?)の?期間")
_GOAL_KEYS = ("長期目標", "短期目標", "@goal")


@dataclass
class Block:
    heading: Line
    key: str
    cells: list[tuple[tuple[int, ...], Line, int]]  # (row number, line, where the cell starts in the line)


def heading_key(text: str, vocabulary: Vocabulary) -> str | None:
    """The column a heading line names when the line is only that name (no value after it)."""
    frame = _FRAME.fullmatch(text)
    if frame is None:
        return None
    name = frame.group("name")
    period = _PERIOD_OF.fullmatch(name)  # (before the names: 「長期目標の期間」 is also a name of any period)
    if period:
        goal = vocabulary.label(period.group("goal"), prefer_columns=True)
        if goal is not None and goal.kind == "column" and goal.key in _GOAL_KEYS and \
                not period.group("goal")[goal.value_start:].strip():
            return goal.key + "期間"
    label = vocabulary.label(name, prefer_columns=True)
    if label is not None and label.kind == "column" and not name[label.value_start:].strip(" \t\u3000)）]】"):
        return label.key
    return None


def _number(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.split(r"[-－‐ー]", text))


def _block(lines: list[Line], j: int, vocabulary: Vocabulary) -> tuple[Block | None, int]:
    """The block whose heading is line ``j``, and the line after it (blank lines after it skipped)."""
    key = heading_key(lines[j].text, vocabulary)
    if key is None:
        return None, j
    cells = []
    k = j + 1
    while k < len(lines) and not lines[k].blank:
        m = _ROW.match(lines[k].text)
        if m is None:
            break
        cells.append((_number(m.group(1)), lines[k], m.end()))
        k += 1
    numbers = [n for n, _, _ in cells]
    if len(cells) < 2 or len(set(numbers)) != len(numbers):
        return None, j
    if k < len(lines) and not lines[k].blank:  # a block ends at a blank line (or the end of the text)
        return None, j
    while k < len(lines) and lines[k].blank:
        k += 1
    return Block(lines[j], key, cells), k


def detect_column_major(lines: list[Line], j: int, vocabulary: Vocabulary) -> tuple[list[Block], int] | None:
    """The run of column blocks starting at line ``j`` and the line after it, or None."""
    blocks: list[Block] = []
    k = j
    while k < len(lines):
        block, after = _block(lines, k, vocabulary)
        if block is None or any(b.key == block.key for b in blocks):  # a column named twice ends the run
            break
        blocks.append(block)
        k = after
    keys = [b.key for b in blocks]
    if len(blocks) < 3 or not looks_like_plan_header(keys):
        return None
    # the numbers agree: every number of a block is a number of the first block or lies under one
    firsts = {n[:1] for n, _, _ in blocks[0].cells}
    if any(n[:1] not in firsts for b in blocks for n, _, _ in b.cells):
        return None
    end = k
    while end > j and lines[end - 1].blank:
        end -= 1
    return blocks, end


def read_column_major(blocks: list[Block], builder: PlanBuilder, vocabulary: Vocabulary, *, yobo: bool) -> None:
    """Rebuild the rows from the blocks and send them to the builder in row order."""
    by_column: list[dict[tuple[int, ...], tuple[int, int]]] = []
    for block in blocks:
        builder.label(block.heading.start, block.heading.end)
        cells = {}
        for number, line, at in block.cells:
            builder.label(line.start, line.start + at)
            cells[number] = (line.start + at, line.end)
        by_column.append(cells)
    emit_numbered_rows([b.key for b in blocks], by_column, builder, vocabulary, yobo=yobo, source="table:columns")


def emit_numbered_rows(keys: list[str], by_column: list[dict[tuple[int, ...], tuple[int, int]]], builder: PlanBuilder,
                       vocabulary: Vocabulary, *, yobo: bool, source: str) -> None:
    """Rows from cells numbered by their row (``(1, 2)`` is the second service of need 1), in row order.

    Shared by every layout that gives each cell with its row number instead of in its row: a table
    pasted column by column, a key=value export (「課題[1].サービス[2].頻度=月1回」).
    """
    header: Header = resolve_columns(keys, keys, yobo=yobo)
    emitter = RowEmitter(builder, vocabulary, header, source)
    deepest = max(by_column, key=lambda cells: (max(len(n) for n in cells), len(cells)))
    covered = {n[:depth] for n in deepest for depth in range(1, len(n) + 1)}
    # a need or goal with no service row under it still makes a row (the builder keeps it as a goal row)
    numbers = list(deepest) + sorted({n for cells in by_column for n in cells if n not in covered})
    last: dict[str, tuple[int, int]] = {}
    for number in numbers:
        row: dict[str, tuple[int, int]] = {}
        for column, cells in zip(header.columns, by_column, strict=True):
            rng = _cell_for(cells, number)
            if column and rng is not None:
                row[column] = rng
        # a need or goal shared with the row above is a merged cell: given once, carried by the builder
        fresh = {c: r for c, r in row.items() if not (c in _CARRIED and last.get(c) == r)}
        fresh = {c: r for c, r in fresh.items() if not (c.endswith("期間") and c[:-2] in _CARRIED and c[:-2] not in fresh)}
        last = row
        emitter.emit(fresh)


_CARRIED = ("ニーズ", "長期目標", "短期目標")


def _cell_for(cells: dict[tuple[int, ...], tuple[int, int]], number: tuple[int, ...]) -> tuple[int, int] | None:
    """The cell of row ``number`` in one column: its own, or that of the row it lies under (1 for 1-2)."""
    for depth in range(len(number), 0, -1):
        if number[:depth] in cells:
            return cells[number[:depth]]
    return None

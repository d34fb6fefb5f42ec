"""Tables printed with ruled lines (「┌──┬──┐」「│目標│事業所│」「├──┼──┤」): a print view copied as text.

Between two rules everything is one row: a cell wrapped over several lines (「介護予防通所リハビリ」 /
「テーション」, broken mid-word) is one cell, its first line the cell and the rest its wrapped pieces.
A rule drawn under some columns only (「│を休み休み├────┤」) closes those cells; the others are merged
over the rows below (a 目標 written once for two supports).  Every cell is a range of the user's own
text; the rows go through the same :class:`~.columns.RowEmitter` as every other table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cells import is_period
from .fold import FoldedText, rewrite
from .lines import Line

# a vertical rule or a junction separates cells; the horizontal ones draw the rules
_SEPARATORS = "│┃├┤┼┬┴┌┐└┘┣┫╋┳┻┏┓┗┛╂┠┨┯┷┿╞╡╪╟╢╫"
_RULE_CHARACTERS = "─━═┄┈┅┉-－"
_SEPARATOR = re.compile(f"[{_SEPARATORS}]")
_MIN_SEPARATORS = 3
_NUMBER = re.compile(r"\s*(?:[0-9]{1,2}\s*[.．、)）]|[①-⑳]|\(\s*[0-9]{1,2}\s*\))\s*")
_PERIOD_PIECE = re.compile(r"\s*[(（]([^()（）]{2,24})[)）]\s*")
_NUMBERED = ("ニーズ",)


def box_cells(line: Line) -> list[tuple[int, int]] | None:
    """The folded ranges between the rules of a ruled line (the outer borders dropped), or None."""
    text = line.text
    cuts = [m.start() for m in _SEPARATOR.finditer(text)]
    if len(cuts) < _MIN_SEPARATORS - 1:
        return None
    bounds = ([-1] if text[:cuts[0]].strip() else []) + cuts + ([len(text)] if text[cuts[-1] + 1:].strip() else [])
    return [(line.start + a + 1, line.start + b) for a, b in zip(bounds, bounds[1:], strict=False)]


def is_rule(folded: str, rng: tuple[int, int]) -> bool:
    """A cell that is only a drawn rule (「────」)."""
    piece = folded[rng[0]:rng[1]]
    return bool(piece.strip()) and all(ch in _RULE_CHARACTERS or ch.isspace() for ch in piece)


def rule_line(line: Line, folded: str) -> bool:
    """A line drawing only rules and junctions (「├──┼──┤」「└──┴──┘」)."""
    text = line.text.strip()
    return bool(text) and all(ch in _SEPARATORS or ch in _RULE_CHARACTERS or ch.isspace() for ch in text) and bool(
        _SEPARATOR.search(text))


def header_cells(lines: list[Line], i: int, folded: str) -> tuple[list[tuple[int, int]], list[str], int] | None:
    """The header of a ruled table starting at line ``i`` (its top border, if any, included): the first
    piece of each header cell, the names (a name wrapped over lines joined) and how many lines it takes."""
    j = i + 1 if rule_line(lines[i], folded) else i
    first = box_cells(lines[j]) if j < len(lines) else None
    if not first:
        return None
    names = [folded[a:b].strip() for a, b in first]
    k = j + 1
    while k < len(lines) and not rule_line(lines[k], folded) and k - j < 3:
        cells = box_cells(lines[k])
        if cells is None or len(cells) != len(first):
            return None
        names = [n + folded[a:b].strip() for n, (a, b) in zip(names, cells, strict=True)]
        k += 1
    if k >= len(lines) or not rule_line(lines[k], folded):
        return None
    return first, names, k + 1 - i


@dataclass
class _Cell:
    pieces: list[tuple[int, int]] = field(default_factory=list)
    first_row: int = 0


def read_ruled(lines: list[Line], j: int, columns: tuple[str, ...], emit, wrap, label, folded: str) -> int:
    """Read the rows below a ruled header from line ``j``; returns the first line after the table.

    ``emit(cells)`` sends one row (column → range), ``wrap(column, range)`` a wrapped piece of the row
    just sent, ``label(range)`` marks the rules and borders as read.
    """
    width = len(columns)
    open_cells = [_Cell() for _ in range(width)]
    grid: list[list[_Cell | None]] = []  # per row, the cell of each column (a merged cell in several rows)
    row = 0

    def close(column: int) -> None:
        cell = open_cells[column]
        for r in range(cell.first_row, row + 1):
            while len(grid) <= r:
                grid.append([None] * width)
            grid[r][column] = cell
        open_cells[column] = _Cell(first_row=row + 1)

    while j < len(lines):
        line = lines[j]
        cells = box_cells(line)
        if cells is None or len(cells) != width:
            if rule_line(line, folded):  # the bottom border
                label((line.start, line.end))
                j += 1
            break
        rules = [is_rule(folded, c) for c in cells]
        if any(rules):
            label((line.start, line.end))
        for column, ((a, b), ruled) in enumerate(zip(cells, rules, strict=True)):
            if ruled:
                close(column)
            elif folded[a:b].strip():
                stripped = (a + len(folded[a:b]) - len(folded[a:b].lstrip()), b - len(folded[a:b]) + len(folded[a:b].rstrip()))
                open_cells[column].pieces.append(stripped)
        if any(rules):
            row += 1
        j += 1
    for column in range(width):  # a table cut off without its bottom border
        if open_cells[column].pieces:
            close(column)
    _emit_rows(grid, columns, emit, wrap, folded)
    return j


def _emit_rows(grid, columns, emit, wrap, folded: str) -> None:
    sent: set[int] = set()
    for cells in grid:
        row: dict[str, tuple[int, int]] = {}
        wrapped: list[tuple[str, tuple[int, int]]] = []  # pieces of the cells this row is the first to show
        for column, cell in zip(columns, cells, strict=True):
            if not column or cell is None or not cell.pieces:
                continue
            pieces = cell.pieces
            if column in _NUMBERED:
                a, b = pieces[0]
                m = _NUMBER.match(folded, a, b)
                if m and m.end() < b:
                    pieces = [(m.end(), b), *pieces[1:]]
            if column in ("長期目標", "短期目標") and len(pieces) > 1 and column + "期間" not in columns:
                m = _PERIOD_PIECE.fullmatch(folded, *pieces[-1])
                if m and is_period(m.group(1)):  # 「(6か月)」 on the cell's last line: the goal's period
                    row[column + "期間"] = (m.start(1), m.end(1))
                    pieces = pieces[:-1]
            row.setdefault(column, pieces[0])
            if id(cell) not in sent:
                sent.add(id(cell))
                wrapped += [(column, piece) for piece in pieces[1:]]
        if not row:
            continue
        emit(row)
        for column, piece in wrapped:
            wrap(column, piece)


# 「│目標とする生活      │」: a line framed by one box, no rule inside
_FRAMED = re.compile(r"^([ \t\u3000]*[│┃])([^\n│┃]*?)([│┃][ \t\u3000]*)$", re.MULTILINE)
# 「┌────┐」「├────┤」「└────┘」: the frame of a one-column box (no junction inside)
_FRAME_RULE = re.compile(r"^[ \t\u3000]*[┌├└┏┣┗╔╠╚][─━═]+[┐┤┘┓┫┛╗╣╝][ \t\u3000]*$", re.MULTILINE)


def open_boxes(folded: FoldedText) -> FoldedText:
    """``folded`` with one-column boxes opened: their frame lines blank, the bars around each line gone.

    A ruled print puts each 第1表 field in a box of its own (「│総合的課題 │」); inside the box its lines are
    plain labelled lines.  Tables with several columns are left to :func:`read_ruled`.
    """
    text = folded.text
    framed = list(_FRAMED.finditer(text))
    if len(framed) < 2:
        return folded
    edits = [(m.start(), m.end(), "") for m in _FRAME_RULE.finditer(text)]
    for m in framed:
        edits += [(m.start(1), m.end(1), ""), (m.start(3), m.end(3), "")]
    return rewrite(folded, sorted(edits))

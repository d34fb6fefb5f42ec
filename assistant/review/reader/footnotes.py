"""Periods and service columns given as footnotes: 「…借りられる〔*1〕」 in the plan, 「〔*1〕2026.12.01-2027.10.31」 below.

Some forms keep the 第2表 narrow by writing a mark after each goal or service and its period, frequency
or provider once, under the table::

    長期目標：図書館まで自転車で通える〔*1〕
    サービス：通所リハビリテーション（筋力訓練）〔*3〕
    〔*1〕2026.12.01-2027.10.31
    〔*3〕週2回（火・金）　つばき台病院 通所リハビリ　2026.12.01-2027.04.30

The mark is no part of the goal or service.  A footnote that is a period gives a goal its period; one
whose pieces (split at wide gaps) are a frequency, a provider, a type or a period gives a service the
cells it lacks.  A footnote with a piece of plain text (「※1 保険給付の対象…」) is a remark and is left as
written.  Spans stay slices of the original text.
"""

from __future__ import annotations

import re

from ..plan import CarePlan, PlanRow, Span
from .cells import cell_kind, is_period
from .pieces import KIND_COLUMN, role_word
from .roles import row_role
from .vocabulary import Vocabulary

# 「〔*1〕」「[*2]」「(注1)」「*1」 — the mark; group 1 or 2 is its number
_MARK = r"(?:[〔\[［(（]\s*(?:[*＊※]|注)\s*([0-9０-９]{1,2})\s*[〕\]］)）]|[*＊]\s*([0-9０-９]{1,2}))"
_AT_END = re.compile(rf"\s*{_MARK}\s*$")
_FOOTNOTE = re.compile(rf"^[ \t\u3000]*{_MARK}[ \t\u3000]*[:：]?[ \t\u3000]*(?P<rest>\S[^\n]{{2,80}}?)[ \t\u3000]*$",
                       re.MULTILINE)
_GAP = re.compile(r"\u3000+|\t+| {2,}")
_GOALS = ("長期目標", "短期目標")
_SERVICE_CELLS = ("サービス内容", "サービス種別", "事業所")


def _number(m: re.Match[str]) -> str:
    return (m.group(1) or m.group(2)).translate(str.maketrans("０１２３４５６７８９", "0123456789"))


def _pieces(rest: Span, vocabulary: Vocabulary) -> dict[str, Span] | None:
    """A service footnote's cells by column, or None when a piece is plain text (a remark)."""
    cells: dict[str, Span] = {}
    pos = 0
    for part in [*_GAP.split(rest.text)]:
        at = rest.text.index(part, pos)
        pos = at + len(part)
        span = Span(part, rest.start + at, rest.start + pos)
        kind = cell_kind(part, vocabulary.service_type)
        column = KIND_COLUMN.get(kind)
        if column is None and role_word(part, vocabulary):
            column = "サービス種別"
        if column is None or column in cells:
            return None
        cells[column] = span
    return cells


def footnote_cells(plan: CarePlan, vocabulary: Vocabulary) -> None:
    """Give goals and services that end in a footnote mark what the footnote holds, and take the mark off."""
    notes: dict[str, tuple[Span, Span]] = {}  # number → (the footnote's mark, what follows it)
    for m in _FOOTNOTE.finditer(plan.text):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        mark_text = plan.text[start:m.start("rest")].rstrip()
        notes.setdefault(_number(m), (Span(mark_text, start, start + len(mark_text)),
                                      Span(m.group("rest"), m.start("rest"), m.end("rest"))))
    if not notes:
        return
    used: set[str] = set()
    for row in plan.rows:
        for kind in _GOALS:
            number = _take_mark(plan, row, kind, notes)
            if number and is_period(notes[number][1].text):
                used.add(number)
                row.cells.setdefault(kind + "期間", notes[number][1])
        for column in _SERVICE_CELLS:
            number = _take_mark(plan, row, column, notes)
            cells = _pieces(notes[number][1], vocabulary) if number else None
            if cells:
                used.add(number)
                for key, span in cells.items():
                    if key not in row.cells or key in row.carried:
                        row.cells[key] = span
                row.role = row_role(row)
    for number in used:
        mark, rest = notes[number]
        plan.labels.append(mark)
        plan.free_text = [s for s in plan.free_text if not (mark.start <= s.start < rest.end)]


def _take_mark(plan: CarePlan, row: PlanRow, column: str, notes: dict[str, tuple[Span, Span]]) -> str | None:
    """The footnote number that closes the row's cell, the mark cut off the cell (and kept as a label)."""
    cell = row.cells.get(column)
    mark = _AT_END.search(cell.text) if cell is not None else None
    if mark is None or _number(mark) not in notes:
        return None
    cut = cell.start + mark.start()
    row.cells[column] = Span(plan.text[cell.start:cut], cell.start, cut)
    at = cell.start + mark.start() + len(mark.group(0)) - len(mark.group(0).lstrip())
    plan.labels.append(Span(plan.text[at:cell.end], at, cell.end))
    return _number(mark)

"""One labelled block that lists several services by circled number, split into one row per service.

Some forms keep a need's services in one block of label lines and number the items inside each
line::

    サービス内容：①歩行訓練　②買い物の付き添い
    サービス種別：①訪問リハビリテーション　②長女
    頻度：①週1回　②月2回
    期間：①②R9.4～R9.9

Read line by line this is one row whose cells hold every item.  Here each number becomes its own row:
a cell's piece after 「①」 goes to service 1, a piece after 「①②」 to services 1 and 2, and a cell with
no number at its start goes to every service.  Spans stay slices of the original text.
"""

from __future__ import annotations

import re

from ..plan import PlanRow, Span
from .pieces import NOTHING_PLACED
from .roles import row_role

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_RUN = re.compile(f"[{_CIRCLED}](?:[\\s、・,]*[{_CIRCLED}])*")
_SERVICE_COLUMNS = ("サービス内容", "保険給付対象", "サービス種別", "事業所", "頻度", "サービス期間")
_TRIM = " \t\u3000、,，。"
_BREAK_TAG = re.compile(r"(?:\s*<br\s*/?>)+\s*$", re.IGNORECASE)  # 「…練習<br>②…」 in a Markdown cell


def numbered_pieces(span: Span) -> list[tuple[frozenset[int], Span]] | None:
    """The cell's pieces by the numbers written before them; None when the cell starts with no number."""
    text = span.text
    runs = list(_RUN.finditer(text))
    if not runs or text[:runs[0].start()].strip(_TRIM):
        return None
    pieces: list[tuple[frozenset[int], Span]] = []
    for k, run in enumerate(runs):
        start = run.end()
        end = runs[k + 1].start() if k + 1 < len(runs) else len(text)
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        tag = _BREAK_TAG.search(text, start, end)
        if tag:
            end = tag.start()
        numbers = frozenset(_CIRCLED.index(ch) + 1 for ch in run.group(0) if ch in _CIRCLED)
        if end > start and not NOTHING_PLACED.fullmatch(text[start:end]):  # 「②③－」: nothing for those items
            pieces.append((numbers, Span(text[start:end], span.start + start, span.start + end)))
    return pieces


def split_numbered_rows(rows: list[PlanRow]) -> list[PlanRow]:
    """Rows whose サービス内容 lists ①②… become one row per number; other rows are kept as they are."""
    result: list[PlanRow] = []
    for row in rows:
        content = row.cells.get("サービス内容")
        items = numbered_pieces(content) if content is not None else None
        if not items or len(items) < 2 or any(len(numbers) != 1 for numbers, _ in items):
            result.append(row)
            continue
        pieces = {column: numbered_pieces(row.cells[column]) for column in _SERVICE_COLUMNS if column in row.cells}
        for k, (numbers, _) in enumerate(items):
            (number,) = numbers
            cells = {key: span for key, span in row.cells.items() if key not in _SERVICE_COLUMNS}
            for column in _SERVICE_COLUMNS:
                if column not in row.cells:
                    continue
                if pieces[column] is None:
                    cells[column] = row.cells[column]  # no number: the cell is every item's
                    continue
                mine = [span for owners, span in pieces[column] if number in owners]
                if mine:
                    cells[column] = mine[0]
            # the need and goals belong to the first item; the others carry them, as rows under a merged cell
            carried = set(row.carried) if k == 0 else set(row.carried) | (set(cells) - set(_SERVICE_COLUMNS))
            part = PlanRow(cells=cells, carried=carried, source=row.source, derived=dict(row.derived))
            part.role = row_role(part)
            result.append(part)
    return result

""".docx and .xlsx → the plain text the reader takes (tables as tab-separated rows, as if pasted).

The container is checked first (:mod:`.containers`); then the document is read
with caps on what it may produce, so that a sheet of a million rows or a
declared size of A1:XFD1048576 is refused after a few thousand rows instead of
read whole.  python-docx parses with entity resolution off; openpyxl is only
handed archives without a DTD, so no entity can expand.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime

from .containers import check_container, unreadable
from .parse import MAX_PLAN_CHARS, PlanInputError

WORD = "Word 文書"
EXCEL = "Excel ファイル"


@dataclass(frozen=True)
class SheetLimits:
    """How much of a document is read: a care plan is tens of rows and a few thousand characters."""

    max_rows: int = 5_000  # rows with a value, all sheets together
    max_rows_seen: int = 20_000  # rows including empty ones (formatting, gaps)
    max_columns: int = 200  # the last column that holds a value
    max_chars: int = 10 * MAX_PLAN_CHARS  # text produced, before the plan's own length check


def docx_text(data: bytes, name: str, limits: SheetLimits = SheetLimits()) -> str:
    """Paragraphs and tables in document order; a merged cell repeated by python-docx is written once."""
    from docx import Document

    check_container(data, name, WORD)
    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # any failure of the parser on an uploaded file means it is unreadable
        raise unreadable(name, WORD) from exc
    budget = _Budget(name, WORD, limits)
    try:
        return "\n".join(_docx_lines(document, budget))
    except PlanInputError:
        raise
    except Exception as exc:  # a malformed body inside an accepted container
        raise unreadable(name, WORD) from exc


def _docx_lines(document, budget: _Budget) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1] if isinstance(block.tag, str) else ""
        if tag == "p":
            lines.append(budget.take(Paragraph(block, document).text))
        elif tag == "tbl":
            for row in Table(block, document).rows:
                cells, previous = [], None
                for cell in row.cells:
                    cells.append("" if cell._tc is previous else _cell_text(cell.text))
                    previous = cell._tc
                budget.row(len(cells))
                lines.append(budget.take("\t".join(cells)))
    return lines


def xlsx_text(data: bytes, name: str, limits: SheetLimits = SheetLimits()) -> str:
    """Every sheet's rows, read one row at a time, trailing empty cells dropped."""
    from openpyxl import load_workbook

    check_container(data, name, EXCEL)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # any failure of the parser on an uploaded file means it is unreadable
        raise unreadable(name, EXCEL) from exc
    lines: list[str] = []
    budget = _Budget(name, EXCEL, limits)
    try:
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()  # the declared size (A1:XFD1048576) is not taken as the real one
            for row in _rows(sheet, name):
                budget.seen()
                cells = [_xlsx_value(v) for v in row]
                while cells and not cells[-1].strip():
                    cells.pop()
                if cells:
                    budget.row(len(cells))
                    lines.append(budget.take("\t".join(_cell_text(c) for c in cells)))
    finally:
        workbook.close()
    return "\n".join(lines)


def _rows(sheet, name: str):
    """The sheet's rows as values; a malformed sheet becomes a Japanese message, not a parser error."""
    try:
        yield from sheet.iter_rows(values_only=True)
    except PlanInputError:
        raise
    except Exception as exc:  # a malformed sheet inside an accepted container
        raise unreadable(name, EXCEL) from exc


class _Budget:
    """Counts what a document has produced and stops it at the limits, with a message saying which."""

    def __init__(self, name: str, kind: str, limits: SheetLimits) -> None:
        self.name, self.kind, self.limits = name, kind, limits
        self.rows = self.rows_seen = self.chars = 0

    def seen(self) -> None:
        self.rows_seen += 1
        if self.rows_seen > self.limits.max_rows_seen:
            self._refuse(f"行が{self.limits.max_rows_seen:,}行を超えている")

    def row(self, columns: int) -> None:
        self.rows += 1
        if self.rows > self.limits.max_rows:
            self._refuse(f"値のある行が{self.limits.max_rows:,}行を超えている")
        if columns > self.limits.max_columns:
            self._refuse(f"値のある列が{self.limits.max_columns}列を超えている")

    def take(self, text: str) -> str:
        self.chars += len(text) + 1
        if self.chars > self.limits.max_chars:
            self._refuse(f"文字が{self.limits.max_chars:,}文字を超えている")
        return text

    def _refuse(self, what: str) -> None:
        raise PlanInputError(f"「{self.name}」は{what}ため、ケアプランの部分だけを別のファイルにするか、"
                             "本文をコピーして貼り付けてください。")


def _cell_text(text: str) -> str:
    return f'"{text.replace(chr(34), chr(34) * 2)}"' if "\n" in text or "\t" in text else text


def _xlsx_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y/%m/%d") if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.strftime("%Y/%m/%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)

"""Plan files to text: .txt/.csv/.tsv (UTF-8 or Shift_JIS), .docx, .xlsx.

Everything becomes the plain text the parser reads — tables become
tab-separated rows, as if pasted from Excel — so one parser serves pasting
and uploading alike.  Every failure is a :class:`PlanInputError` with a
Japanese message that names the file.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

from .parse import PlanInputError

SUPPORTED_SUFFIXES = (".txt", ".csv", ".tsv", ".docx", ".xlsx")
MAX_FILE_BYTES = 5_000_000
_ENCODINGS = ("utf-8-sig", "cp932")


def read_plan_file(path: Path | str) -> str:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PlanInputError(f"ファイル「{path.name}」を開けませんでした（{exc.strerror or exc}）。") from exc
    return read_plan_bytes(data, path.name)


def read_plan_bytes(data: bytes, name: str) -> str:
    """Decode an uploaded plan file by its suffix."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise PlanInputError(
            f"「{name}」は読み込めない形式です。{' / '.join(SUPPORTED_SUFFIXES)} のファイルを選んでください。"
        )
    if len(data) > MAX_FILE_BYTES:
        raise PlanInputError(f"「{name}」は大きすぎます（{len(data) // 1_000_000} MB）。5 MB までのファイルにしてください。")
    if not data.strip():
        raise PlanInputError(f"「{name}」は空のファイルです。")
    if suffix == ".docx":
        return _docx_text(data, name)
    if suffix == ".xlsx":
        return _xlsx_text(data, name)
    text = _decode(data, name)
    if suffix == ".csv":
        return _csv_to_tsv(text)
    return text


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise PlanInputError(f"「{name}」は文章のファイルではないようです（バイナリデータ）。")
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise PlanInputError(f"「{name}」の文字コードを判別できません。UTF-8 または Shift_JIS で保存してください。")


def _csv_to_tsv(text: str) -> str:
    """CSV rows as tab-separated lines; a cell holding tabs or newlines is quoted as Excel does."""
    lines = []
    for row in csv.reader(io.StringIO(text)):
        cells = [f'"{c.replace(chr(34), chr(34) * 2)}"' if ("\n" in c or "\t" in c) else c for c in row]
        lines.append("\t".join(cells))
    return "\n".join(lines)


def _docx_text(data: bytes, name: str) -> str:
    """Paragraphs and tables in document order; a merged cell repeated by python-docx is written once."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise PlanInputError(f"「{name}」を Word 文書として開けませんでした。ファイルが壊れていないか確認してください。") from exc
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(block, document).text)
        elif tag == "tbl":
            for row in Table(block, document).rows:
                cells, previous = [], None
                for cell in row.cells:
                    cells.append("" if cell._tc is previous else _cell_text(cell.text))
                    previous = cell._tc
                lines.append("\t".join(cells))
    return "\n".join(lines)


def _cell_text(text: str) -> str:
    return f'"{text.replace(chr(34), chr(34) * 2)}"' if "\n" in text or "\t" in text else text


def _xlsx_text(data: bytes, name: str) -> str:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise PlanInputError(f"「{name}」を Excel ファイルとして開けませんでした。ファイルが壊れていないか確認してください。") from exc
    lines: list[str] = []
    try:
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(values_only=True):
                cells = [_xlsx_value(v) for v in row]
                if any(c.strip() for c in cells):
                    while cells and not cells[-1].strip():
                        cells.pop()
                    lines.append("\t".join(_cell_text(c) for c in cells))
    finally:
        workbook.close()
    return "\n".join(lines)


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

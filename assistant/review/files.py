"""Plan files to text: .txt/.csv/.tsv (UTF-8 or Shift_JIS), .docx, .xlsx, and the national CSV.

Everything becomes the plain text the parser reads — tables become
tab-separated rows, as if pasted from Excel — so one parser serves pasting
and uploading alike.  Files in the national data-exchange format
(ケアプランデータ連携, 居宅サービス計画1表・2表) are grouped by person and written
out as one labelled plan each (:mod:`.reader.national_csv`).  Every failure is
a :class:`PlanInputError` with a Japanese message that names the file.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .parse import PlanInputError
from .reader import national_csv

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
        rows = national_csv.records(text)
        if rows is not None:
            plans = national_csv.group([(name, rows)])
            if len(plans) > 1:
                raise PlanInputError(
                    f"「{name}」には{len(plans)}人分の計画が入っています（ケアプランデータ連携 CSV）。"
                    "一人ずつ点検するには、コマンドラインの review にファイルかフォルダを渡してください。"
                )
            return national_csv.render(plans[0])
        return _csv_to_tsv(text)
    return text


@dataclass(frozen=True)
class PlanInput:
    """One plan to review: a display name and its text."""

    name: str
    text: str


def read_plan_inputs(paths: list[Path | str]) -> tuple[list[PlanInput], dict[str, str]]:
    """Plans from files and folders; the national CSV's 1表 and 2表 of one person become one plan.

    Returns the plans and, by file name, the Japanese reason any file could not be read.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            files.append(path)
    plans: list[PlanInput] = []
    failed: dict[str, str] = {}
    national: list[tuple[str, list[list[str]]]] = []
    for path in files:
        try:
            if path.suffix.lower() == ".csv":
                rows = national_csv.records(_decode(_read_bytes(path), path.name))
                if rows is not None:
                    national.append((path.name, rows))
                    continue
            plans.append(PlanInput(path.name, read_plan_file(path)))
        except PlanInputError as exc:
            failed[str(path)] = str(exc)
    for ordinal, plan in enumerate(national_csv.group(national), 1):
        plans.append(PlanInput(national_csv.describe(plan, ordinal), national_csv.render(plan)))
    return plans, failed


def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PlanInputError(f"ファイル「{path.name}」を開けませんでした（{exc.strerror or exc}）。") from exc
    if len(data) > MAX_FILE_BYTES:
        raise PlanInputError(f"「{path.name}」は大きすぎます（{len(data) // 1_000_000} MB）。5 MB までのファイルにしてください。")
    return data


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

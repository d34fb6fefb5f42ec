"""Plan files to text: .txt/.md/.csv/.tsv, .docx, .xlsx, text-layer .pdf, folders, and the national CSV.

Everything becomes the plain text the parser reads — tables become
tab-separated rows, as if pasted from Excel — so one parser serves pasting
and uploading alike.  Files in the national data-exchange format
(ケアプランデータ連携, 居宅サービス計画1表・2表) are grouped by person and written
out as one labelled plan each (:mod:`.reader.national_csv`).

Work is bounded before it starts: a path is checked with ``stat`` (a folder, a
FIFO or a device such as /dev/zero is refused without opening it) and at most
``max_bytes + 1`` bytes are ever read.  Decoding is :mod:`.decoding`, Word and
Excel are :mod:`.office`, PDF is :mod:`.pdf`.  Every failure is a :class:`PlanInputError` with a
Japanese message that names the file; what the user should know about a file
that was read (control characters removed) travels with it as ``notices``.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .decoding import decode_text
from .office import docx_text, xlsx_text
from .parse import PlanInputError
from .pdf import pdf_text
from .reader import national_csv

SUPPORTED_SUFFIXES = (".txt", ".md", ".csv", ".tsv", ".docx", ".xlsx", ".pdf")
MAX_FILE_BYTES = 5_000_000  # the default of Settings.max_upload_bytes (CAREPLAN_MAX_UPLOAD_MB)


@dataclass(frozen=True)
class PlanInput:
    """One plan to review: a display name, its text, and notices on how it was read."""

    name: str
    text: str
    notices: tuple[str, ...] = ()


def load_plan_file(path: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> PlanInput:
    """Read one plan file; the text and any notice the user should see (e.g. control bytes removed)."""
    path = Path(path)
    return load_plan_bytes(read_bounded(path, max_bytes), path.name, max_bytes=max_bytes)


def read_plan_file(path: Path | str, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The text of one plan file (notices dropped; use :func:`load_plan_file` to show them)."""
    return load_plan_file(path, max_bytes=max_bytes).text


def read_plan_bytes(data: bytes, name: str, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The text of an uploaded plan file, by its suffix (notices dropped; see :func:`load_plan_bytes`)."""
    return load_plan_bytes(data, name, max_bytes=max_bytes).text


def load_plan_bytes(data: bytes, name: str, *, max_bytes: int = MAX_FILE_BYTES) -> PlanInput:
    """Decode an uploaded plan file by its suffix."""
    suffix = _checked_suffix(name)
    if len(data) > max_bytes:
        raise _too_large(name, max_bytes)
    if not data.strip():
        raise PlanInputError(f"「{name}」は空のファイルなので、ケアプランを保存したファイルを選んでください。")
    if suffix == ".docx":
        return PlanInput(name, docx_text(data, name))
    if suffix == ".xlsx":
        return PlanInput(name, xlsx_text(data, name))
    if suffix == ".pdf":
        return PlanInput(name, pdf_text(data, name))
    decoded = decode_text(data, name)
    if suffix != ".csv":
        return PlanInput(name, decoded.text, decoded.notices)
    rows = national_csv.records(decoded.text)
    if rows is None:
        return PlanInput(name, _csv_to_tsv(decoded.text, name), decoded.notices)
    plans = national_csv.group([(name, rows)])
    if len(plans) > 1:
        raise PlanInputError(
            f"「{name}」には{len(plans)}人分の計画が入っています（ケアプランデータ連携 CSV）。"
            "一人ずつ点検するには、コマンドラインの review にファイルかフォルダを渡してください。"
        )
    return PlanInput(name, national_csv.render(plans[0]), decoded.notices)


def read_plan_inputs(paths: list[Path | str], *, max_bytes: int = MAX_FILE_BYTES) -> tuple[list[PlanInput], dict[str, str]]:
    """Plans from files and folders; the national CSV's 1表 and 2表 of one person become one plan.

    Returns the plans and, by file name, the Japanese reason any file could not be read.
    A folder contributes its regular files with a supported suffix (not its subfolders).
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
    national_notices: dict[str, tuple[str, ...]] = {}
    for path in files:
        try:
            data = read_bounded(path, max_bytes)
            if path.suffix.lower() == ".csv" and data.strip():
                decoded = decode_text(data, path.name)
                rows = national_csv.records(decoded.text)
                if rows is not None:
                    national.append((path.name, rows))
                    national_notices[path.name] = decoded.notices
                    continue
            plans.append(load_plan_bytes(data, path.name, max_bytes=max_bytes))
        except PlanInputError as exc:
            failed[str(path)] = str(exc)
    for ordinal, plan in enumerate(national_csv.group(national), 1):
        notices = tuple(n for f in dict.fromkeys(plan.files) for n in national_notices.get(f, ()))
        plans.append(PlanInput(national_csv.describe(plan, ordinal), national_csv.render(plan), notices))
    return plans, failed


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; anything else is refused before it is read.

    ``stat`` first, so a FIFO (which would block) or a device (/dev/zero never ends) is never opened
    for reading; then the opened file is checked again, and at most ``max_bytes + 1`` bytes are read.
    """
    try:
        info = os.stat(path)
        _check_kind(info, path)
        _checked_suffix(path.name)
        if info.st_size > max_bytes:
            raise _too_large(path.name, max_bytes)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as stream:
            _check_kind(os.fstat(stream.fileno()), path)  # replaced between stat and open
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise PlanInputError(f"ファイル「{path.name}」を開けませんでした（{_os_reason(exc)}）。パスと権限を確認してください。") from exc
    if len(data) > max_bytes:
        raise _too_large(path.name, max_bytes)
    return data


def _check_kind(info: os.stat_result, path: Path) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise PlanInputError(f"「{path.name}」はフォルダなので、中のファイルをまとめて点検するときはコマンドラインの review に渡してください。")
    if not stat.S_ISREG(info.st_mode):
        raise PlanInputError(f"「{path.name}」は通常のファイルではない（パイプや装置）ため、保存したケアプランのファイルを選んでください。")


def _checked_suffix(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise PlanInputError(
            f"「{name}」は読み込めない形式です。{' / '.join(SUPPORTED_SUFFIXES)} のファイルを選んでください。"
        )
    return suffix


def _too_large(name: str, max_bytes: int) -> PlanInputError:
    return PlanInputError(f"「{name}」は大きすぎます：{max_bytes // 1_000_000} MB までのファイルにするか、本文を貼り付けてください。")


_OS_REASONS = {
    errno.ENOENT: "見つかりません",
    errno.EACCES: "読み取る権限がありません",
    errno.EPERM: "読み取る権限がありません",
    errno.EISDIR: "フォルダです",
    errno.ELOOP: "リンクが循環しています",
    errno.ENAMETOOLONG: "名前が長すぎます",
}


def _os_reason(exc: OSError) -> str:
    return _OS_REASONS.get(exc.errno or 0, "読み取れません")


def _csv_to_tsv(text: str, name: str) -> str:
    """CSV rows as tab-separated lines; a cell holding tabs or newlines is quoted as Excel does."""
    lines = []
    try:
        for row in csv.reader(io.StringIO(text)):
            cells = [f'"{c.replace(chr(34), chr(34) * 2)}"' if ("\n" in c or "\t" in c) else c for c in row]
            lines.append("\t".join(cells))
    except csv.Error as exc:
        raise PlanInputError(f"「{name}」を CSV として読めなかったため、Excel で開いて保存し直してください。") from exc
    return "\n".join(lines)

"""Checks on a .docx/.xlsx container before any parser sees it.

Word and Excel files are zip archives of XML.  python-docx and openpyxl
decompress and parse what the archive holds, so one small upload can ask
for gigabytes (a zip bomb) or for an XML entity that expands a billion times
(billion laughs).  Both are refused here from the archive's directory and
the first bytes of each part, before parsing: the entry count, the declared
uncompressed sizes (Python's zipfile never returns more than an entry
declares) and the compression ratio, and any DTD in an XML part — Office
never writes one, and without a DTD no entity can be declared.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from .parse import PlanInputError

_PROLOG_BYTES = 65_536  # the DTD must come before the root element, within the first bytes of a part
_ROOT_START = re.compile(r"<[^?!]")


@dataclass(frozen=True)
class ContainerLimits:
    """What a plan document may hold; far above any real care plan (a few hundred KB of XML)."""

    max_entries: int = 1_000
    max_total_bytes: int = 60_000_000  # all entries, uncompressed
    max_entry_bytes: int = 25_000_000  # one entry, uncompressed
    max_ratio: int = 200  # uncompressed / compressed, for entries above ratio_floor
    ratio_floor: int = 1_000_000


def check_container(data: bytes, name: str, kind: str, limits: ContainerLimits = ContainerLimits()) -> None:
    """Refuse, with a Japanese message, an archive whose directory or XML prologs are beyond the limits.

    ``kind`` names the format in messages: 「Word 文書」 or 「Excel ファイル」.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_entries(archive, name, kind, limits)
    except PlanInputError:  # a ValueError too: keep the precise message
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise unreadable(name, kind) from exc


def unreadable(name: str, kind: str) -> PlanInputError:
    """The message for a document its parser cannot open."""
    return PlanInputError(f"「{name}」を{kind}として開けませんでした。ファイルが壊れていないか確認してください。")


def _check_entries(archive: zipfile.ZipFile, name: str, kind: str, limits: ContainerLimits) -> None:
    entries = archive.infolist()
    too_big = PlanInputError(f"「{name}」は展開すると上限を超える大きさになるため、{kind}の本文をコピーして貼り付けてください。")
    if len(entries) > limits.max_entries:
        raise too_big
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.file_size > limits.max_entry_bytes or total > limits.max_total_bytes:
            raise too_big
        if entry.file_size > limits.ratio_floor and entry.file_size > limits.max_ratio * max(entry.compress_size, 1):
            raise too_big
    for entry in entries:
        if _declares_dtd(archive, entry, name, kind):
            raise PlanInputError(f"「{name}」には{kind}が使わない宣言（DTD・実体参照）が含まれていて読み込めないため、"
                                 f"{kind}を保存し直すか、本文をコピーして貼り付けてください。")


def _declares_dtd(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, name: str, kind: str) -> bool:
    """Whether an XML part has a DOCTYPE (or no root element within its first 64 KB)."""
    if entry.is_dir():
        return False
    try:
        with archive.open(entry) as stream:
            head = stream.read(_PROLOG_BYTES)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise unreadable(name, kind) from exc
    text = _prolog_text(head)
    if text is None:
        return False  # not XML (an image, a binary part): no parser reads it as XML
    root = _ROOT_START.search(text)
    prolog = text[:root.start()] if root else text
    return "<!DOCTYPE" in prolog or "<!ENTITY" in prolog or (root is None and len(head) == _PROLOG_BYTES)


def _prolog_text(head: bytes) -> str | None:
    """The head of a part as text when it is XML (UTF-8 or UTF-16), else None."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:2] in (b"<\x00", b"\x00<"):
        text = head.decode("utf-16-le" if head[:2] in (b"\xff\xfe", b"<\x00") else "utf-16-be", errors="ignore")
    else:
        text = head.decode("utf-8", errors="ignore")
    text = text.lstrip("\ufeff \t\r\n")
    return text if text.startswith("<") else None

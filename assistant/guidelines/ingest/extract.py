"""A guideline file (.pdf, .docx, .txt, .md) → its text as lines, with PDF page furniture removed.

The lines kept here become the document's source text (``sources/<doc_id>.txt``)
and every clause is checked against them, so this module only removes what is
not the document's wording: page numbers, running heads and feet repeated on
the pages of a PDF, and Markdown markup.  Line breaks inside a paragraph are
left for :func:`..textnorm.clean_lines` to join when clauses are built.

Every refusal is an :class:`IngestError` with one Japanese sentence saying
what to do: a scanned PDF (OCR is not supported), an encrypted one, an empty
file, a file whose contents are not what its extension says.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SUFFIXES = (".pdf", ".docx", ".txt", ".md")
MAX_FILE_BYTES = 200_000_000


class IngestError(ValueError):
    """A guideline file that cannot be taken in; the message is for the user, in Japanese."""


@dataclass(frozen=True)
class ExtractLimits:
    """How much is read: far above a real guideline (the largest are a few hundred pages)."""

    max_pages: int = 3_000
    max_chars: int = 20_000_000


@dataclass
class Extracted:
    """The document's lines and what was done to them, for the preview."""

    lines: list[str]
    kind: str  # PDF, Word 文書, テキスト, Markdown
    pages: int = 0
    removed_furniture: int = 0
    notices: list[str] = field(default_factory=list)


_PAGE_NUMBER = re.compile(r"^[\s\-－—‐–ー・]*(?:[pPｐＰ][.．]?\s*)?[0-9０-９]{1,4}(?:\s*[/／]\s*[0-9０-９]{1,4})?[\s\-－—‐–ー・]*$")
_DIGITS = re.compile(r"[0-9０-９]+")
_WS = re.compile(r"\s+")
_EDGE_LINES = 2  # running heads and feet are among the first or last two lines of a page
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_BULLET = re.compile(r"^(\s*)[-*+]\s+")


def extract(path: Path, limits: ExtractLimits = ExtractLimits()) -> Extracted:
    """Read ``path`` by its extension, after checking that its bytes are of that kind."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise IngestError(f"「{path.name}」は取り込めない種類のファイルです。{' / '.join(SUFFIXES)} のファイルを指定してください。")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise IngestError(f"「{path.name}」は大きすぎる（{MAX_FILE_BYTES // 1_000_000}MB 超）ため、章ごとに分けて取り込んでください。")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise IngestError(f"「{path}」が見つかりません。ファイルの場所を確かめてください。") from exc
    except OSError as exc:
        raise IngestError(f"「{path.name}」を読めませんでした（{exc.strerror or exc}）。場所と権限を確かめてください。") from exc
    if not data.strip():
        raise IngestError(f"「{path.name}」は空のファイルです。本文のあるファイルを指定してください。")
    _check_kind(data, path.name, suffix)
    if suffix == ".pdf":
        extracted = _pdf(data, path.name, limits)
    elif suffix == ".docx":
        extracted = _docx(data, path.name, limits)
    else:
        extracted = _text(data, path.name, markdown=suffix == ".md")
    if not any(line.strip() for line in extracted.lines):
        raise IngestError(f"「{path.name}」には本文がありません。本文のあるファイルを指定してください。")
    return extracted


def _sniff(data: bytes) -> str | None:
    """What the bytes are, whatever the name says."""
    if data[:1024].lstrip().startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "PDF"
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    if data.startswith((b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "binary"
    return None


_KIND_NAMES = {"PDF": "PDF", "zip": "Word・Excel などの圧縮された文書", "binary": "画像や古い Office 形式などのバイナリ"}
_EXPECTED = {".pdf": "PDF", ".docx": "zip", ".txt": None, ".md": None}


def _check_kind(data: bytes, name: str, suffix: str) -> None:
    found = _sniff(data)
    if found == _EXPECTED[suffix]:
        return
    described = _KIND_NAMES.get(found or "", "文章")
    raise IngestError(f"「{name}」は拡張子が {suffix} ですが、中身は{described}のようです。"
                      "正しい形式で保存し直すか、拡張子を確かめてください。")


def _pdf(data: bytes, name: str, limits: ExtractLimits) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(f"「{name}」はパスワードで保護されているため読み込めません。保護を外して保存し直してから取り込んでください。")
        if len(reader.pages) > limits.max_pages:
            raise IngestError(f"「{name}」は{limits.max_pages:,}ページを超えているため、分けて取り込んでください。")
        pages: list[list[str]] = []
        chars = 0
        for page in reader.pages:
            text = page.extract_text() or ""
            chars += len(text)
            if chars > limits.max_chars:
                raise IngestError(f"「{name}」は文字が{limits.max_chars:,}文字を超えているため、分けて取り込んでください。")
            pages.append(text.split("\n"))
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, NotImplementedError) as exc:
        raise IngestError(f"「{name}」を PDF として開けませんでした。ファイルが壊れていないか確認してください。") from exc
    if not any(line.strip() for page in pages for line in page):
        raise IngestError(f"「{name}」には文字の情報がありません（スキャンした画像の PDF のようです）。"
                          "文字認識（OCR）には対応していないため、作成元の文書（Word など）か文字の情報を持つ PDF を指定してください。")
    kept, removed = remove_furniture(pages)
    blank = [str(i) for i, page in enumerate(pages, 1) if not any(line.strip() for line in page)]
    notices = [f"{len(blank)}ページ（{'、'.join(blank[:10])}{' など' if len(blank) > 10 else ''}）には文字の情報がないため、"
               "取り込まれません（画像のページの文字認識 OCR には対応していません）。"] if blank else []
    return Extracted(kept, "PDF", pages=len(pages), removed_furniture=removed, notices=notices)


def remove_furniture(pages: list[list[str]]) -> tuple[list[str], int]:
    """Drop page numbers and running heads/feet; pages are joined with a blank line.

    A line is furniture when it sits among a page's first or last two lines and
    either is only a page number (「- 3 -」「3/20」「P.3」) or, digits aside,
    recurs at the edge of at least half the pages (and of two or more).  A line ending with 。 is a
    sentence, never a running head: a document's boilerplate sentence is kept even when it recurs.
    """
    def key(line: str) -> str:
        return _DIGITS.sub("#", _WS.sub("", line))

    def edges(lines: list[str]) -> list[int]:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        return sorted(set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]))

    seen = Counter(k for page in pages for k in {key(page[i]) for i in edges(page)})
    repeated = {k for k, n in seen.items() if n >= 2 and n * 2 >= len(pages) and not k.endswith("。")}
    kept: list[str] = []
    removed = 0
    for number, page in enumerate(pages):
        drop = {i for i in edges(page) if _PAGE_NUMBER.match(page[i]) or key(page[i]) in repeated}
        removed += len(drop)
        if number:
            kept.append("")
        kept.extend(line.rstrip() for i, line in enumerate(page) if i not in drop)
    return kept, removed


def _docx(data: bytes, name: str, limits: ExtractLimits) -> Extracted:
    from ...review.office import SheetLimits, docx_text
    from ...review.parse import PlanInputError

    sheet = SheetLimits(max_rows=100_000, max_rows_seen=400_000, max_chars=limits.max_chars)
    try:
        text = docx_text(data, name, sheet)
    except PlanInputError as exc:
        raise IngestError(str(exc)) from exc
    return Extracted(text.split("\n"), "Word 文書")


def _text(data: bytes, name: str, *, markdown: bool) -> Extracted:
    from ...review.decoding import decode_text
    from ...review.parse import PlanInputError

    try:
        decoded = decode_text(data, name)
    except PlanInputError as exc:
        raise IngestError(str(exc)) from exc
    lines = decoded.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if markdown:
        lines = [_MD_EMPHASIS.sub(r"\2", _MD_BULLET.sub(r"\1・", _MD_HEADING.sub("", line))) for line in lines]
    return Extracted(lines, "Markdown" if markdown else "テキスト", notices=list(decoded.notices))

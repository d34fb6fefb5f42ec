"""One file → a document ready to store: its metadata, lines, outline and clauses, nothing written yet.

The CLI shows :func:`.preview.preview_text` of the result and stores it only
once the user agrees; the same steps serve a test or a future upload in the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .clauses import Meta, clause_dicts, document_file, document_of
from .extract import Extracted, IngestError, extract
from .outline import Outline, detect_outline
from .store import check_municipality_id


@dataclass(frozen=True)
class Prepared:
    meta: Meta
    extracted: Extracted
    outline: Outline
    content: dict  # the document file: {"document": …, "clauses": […]}

    @property
    def clauses(self) -> list[dict]:
        return self.content["clauses"]


def parse_edition(text: str | None) -> date:
    """``--date YYYY-MM-DD``; today when not given."""
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise IngestError(f"日付「{text}」は YYYY-MM-DD の形で指定してください（例: 2025-04-01）。") from exc


def default_municipality(path: Path) -> str:
    """The file's name when it is a usable id (nerima.pdf → nerima); otherwise the user must say."""
    stem = path.stem.lower()
    try:
        return check_municipality_id(stem)
    except ValueError:
        raise IngestError("自治体IDを --municipality で指定してください（半角英小文字。例: --municipality nerima）。") from None


def prepare(path: Path, *, municipality: str | None = None, name: str | None = None, title: str | None = None,
            edition: str | None = None) -> Prepared:
    extracted = extract(path)
    municipality = check_municipality_id(municipality) if municipality else default_municipality(path)
    first = next((line.strip() for line in extracted.lines if line.strip()), path.stem)
    meta = Meta(municipality=municipality, name=(name or "").strip() or municipality,
                title=(title or "").strip() or first[:80], edition=parse_edition(edition),
                source_name=path.name, kind=extracted.kind)
    outline = detect_outline(extracted.lines)
    doc = document_of(meta, extracted.removed_furniture)
    clauses = clause_dicts(outline, extracted.lines, doc)
    if not any(c["text"] for c in clauses):
        raise IngestError(f"「{path.name}」からは本文を取り出せませんでした（見出しだけの文書のようです）。")
    return Prepared(meta, extracted, outline, document_file(doc, clauses))

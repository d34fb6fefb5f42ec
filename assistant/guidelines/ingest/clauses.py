"""An outline and its source lines → a corpus document file, in the same model as the shipped ones.

Each section becomes a clause whose heading is its heading line and whose
text is its body lines joined by :func:`..textnorm.clean_lines` (which only
removes whitespace), so ``heading + text`` equals the source lines modulo
whitespace — the verbatim guarantee the shipped documents are tested for.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from ..corpus import Document
from ..textnorm import clean_inline, clean_lines
from .outline import Outline, Section

_KINDS = {"heading": "section", "block": "point", "item": "item", "preamble": "preamble", "paragraph": "paragraph"}


@dataclass(frozen=True)
class Meta:
    """What the user said about the document (or what was taken from it)."""

    municipality: str
    name: str  # display name: 練馬区
    title: str
    edition: date
    source_name: str  # the file taken in
    kind: str  # PDF, Word 文書, …

    @property
    def doc_id(self) -> str:
        return f"{self.municipality}-{self.edition.isoformat()}"

    @property
    def short(self) -> str:
        """The label prefix: every citation says which document and which edition it quotes."""
        return f"{self.name}（{self.edition.isoformat()}版）"


def document_of(meta: Meta, removed_furniture: int) -> Document:
    furniture = f"ページ番号・柱 {removed_furniture} 行を除き、" if removed_furniture else ""
    return Document(
        doc_id=meta.doc_id,
        municipality=meta.municipality,
        municipality_name=meta.name,
        short=meta.short,
        title=meta.title,
        issuer=meta.name,
        date=meta.edition.isoformat(),
        date_ja=f"{meta.edition.year}年{meta.edition.month}月{meta.edition.day}日版",
        source_file=f"sources/{meta.doc_id}.txt",
        source_description=(f"利用者が「{meta.source_name}」（{meta.kind}）から {date.today().isoformat()} に取り込んだテキスト。"
                            f"{furniture}改行・空白のみ整形し、文言は原文のまま。"),
    )


def clause_dicts(outline: Outline, lines: list[str], doc: Document) -> list[dict]:
    """The clauses in source order, as stored in the document file."""
    return [_clause(section, lines, doc) for section in outline.all]


def _clause(section: Section, lines: list[str], doc: Document) -> dict:
    heading = clean_inline(lines[section.heading_line - 1].strip()) if section.heading_line else ""
    ranges = [[section.heading_line, section.heading_line]] if section.heading_line else []
    if section.body:
        ranges.append([section.body[0], section.body[-1]])
    text = clean_lines([lines[n - 1] for n in section.body])
    kind = _KINDS[section.kind] if text or section.kind != "heading" else "heading"
    label = " ".join(part for part in (doc.short, section.number, section.title) if part)
    return {
        "id": f"{doc.doc_id}/{section.rel_id}",
        "number": section.number,
        "title": section.title,
        "kind": kind,
        "label": label,
        "path": list(section.path),
        "heading": heading,
        "text": text,
        "source_lines": ranges,
    }


def document_file(doc: Document, clauses: list[dict]) -> dict:
    return {"document": asdict(doc), "clauses": clauses}

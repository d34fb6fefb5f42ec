"""The guideline corpus: documents and their clauses, loaded from ``assistant/data/corpus/*.json``.

Each JSON file is one municipality's document: its metadata and its clauses in
the document's own structure (numbered sections, ◀ポイント▶ blocks, boxed law
quotations, ○ items, references).  A clause records the source lines it was
taken from, so its verbatim-ness can be checked against the extracted text kept
in ``assistant/data/corpus/sources/``.  Adding a municipality means adding one such file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MUNICIPALITIES = ("arakawa", "suginami")


@dataclass(frozen=True)
class Document:
    """One guideline document and where its text came from."""

    doc_id: str
    municipality: str
    municipality_name: str
    short: str
    title: str
    issuer: str
    date: str
    date_ja: str
    source_file: str
    source_description: str


@dataclass(frozen=True)
class Clause:
    """The smallest unit a statement can cite.

    ``heading`` is the heading line this clause owns in the source (empty for
    a continuation paragraph); ``text`` is the body, verbatim but for PDF line
    breaks and stray spaces.
    """

    id: str
    doc_id: str
    municipality: str
    number: str
    title: str
    kind: str
    label: str
    path: tuple[str, ...]
    heading: str
    text: str
    source_lines: tuple[tuple[int, int], ...]


class CorpusError(ValueError):
    """The corpus files are missing or malformed."""


class Corpus:
    """All documents and clauses, looked up by id."""

    def __init__(self, documents: list[Document], clauses: list[Clause], fingerprint: str) -> None:
        self.documents = {d.doc_id: d for d in documents}
        self.clauses = clauses
        self._by_id = {c.id: c for c in clauses}
        if len(self._by_id) != len(clauses):
            raise CorpusError("条文IDが重複しています")
        self.fingerprint = fingerprint

    def __contains__(self, clause_id: object) -> bool:
        return clause_id in self._by_id

    def __iter__(self) -> Iterator[Clause]:
        return iter(self.clauses)

    def __len__(self) -> int:
        return len(self.clauses)

    def get(self, clause_id: str) -> Clause | None:
        return self._by_id.get(clause_id)

    def document_of(self, clause: Clause) -> Document:
        return self.documents[clause.doc_id]

    def municipalities(self) -> list[str]:
        return sorted({d.municipality for d in self.documents.values()})


def _clause(raw: dict, doc: Document) -> Clause:
    return Clause(
        id=raw["id"],
        doc_id=doc.doc_id,
        municipality=doc.municipality,
        number=raw["number"],
        title=raw["title"],
        kind=raw["kind"],
        label=raw["label"],
        path=tuple(raw["path"]),
        heading=raw["heading"],
        text=raw["text"],
        source_lines=tuple((int(a), int(b)) for a, b in raw["source_lines"]),
    )


def load_corpus(corpus_dir: Path) -> Corpus:
    """Load every ``*.json`` document file in ``corpus_dir``.

    The fingerprint covers the bytes of every file read, so any edit to the
    corpus changes it and triggers an index rebuild.
    """
    files = sorted(corpus_dir.glob("*.json"))
    if not files:
        raise CorpusError(f"ガイドラインの資料が見つかりません: {corpus_dir}")
    digest = hashlib.sha256()
    documents: list[Document] = []
    clauses: list[Clause] = []
    for path in files:
        data = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + data)
        try:
            parsed = json.loads(data)
            doc = Document(**parsed["document"])
            clauses.extend(_clause(raw, doc) for raw in parsed["clauses"])
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise CorpusError(f"資料ファイルの形式が正しくありません: {path.name}: {exc}") from exc
        documents.append(doc)
    return Corpus(documents, clauses, digest.hexdigest())

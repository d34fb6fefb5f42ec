"""The guideline corpus: documents and their clauses, loaded from ``assistant/data/corpus/*.json``.

Each JSON file is one municipality's document: its metadata and its clauses in
the document's own structure (numbered sections, ◀ポイント▶ blocks, boxed law
quotations, ○ items, references).  A clause records the source lines it was
taken from, so its verbatim-ness can be checked against the extracted text kept
in ``assistant/data/corpus/sources/``.  Adding a municipality means adding one such file,
either in the package or, with ``careplan-assistant ingest``, under ``CAREPLAN_HOME/guidelines/``
(same layout: ``*.json`` beside ``sources/``).  Several documents of one municipality are
editions: the one with the latest date is current, and search uses it unless asked otherwise.
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
    """All documents and clauses, looked up by id.

    ``folders`` maps each document to the folder its JSON was read from; its
    ``source_file`` is relative to that folder.
    """

    def __init__(self, documents: list[Document], clauses: list[Clause], fingerprint: str,
                 folders: dict[str, Path] | None = None) -> None:
        self.documents = {d.doc_id: d for d in documents}
        if len(self.documents) != len(documents):
            raise CorpusError("資料IDが重複しています")
        self.clauses = clauses
        self._by_id = {c.id: c for c in clauses}
        if len(self._by_id) != len(clauses):
            raise CorpusError("条文IDが重複しています")
        self.fingerprint = fingerprint
        self.folders = folders or {}
        self.current_doc_ids = frozenset(self._newest().values())

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

    def municipality_names(self) -> dict[str, str]:
        """Municipality id → its display name (the current edition's), in id order."""
        newest = self._newest()
        return {m: self.documents[newest[m]].municipality_name for m in sorted(newest)}

    def source_path(self, doc_id: str) -> Path:
        """The extracted text a document's clauses are checked against."""
        return self.folders[doc_id] / self.documents[doc_id].source_file

    def _newest(self) -> dict[str, str]:
        """Municipality → the doc_id of its latest edition (ISO dates compare as text)."""
        newest: dict[str, Document] = {}
        for doc in self.documents.values():
            held = newest.get(doc.municipality)
            if held is None or (doc.date, doc.doc_id) > (held.date, held.doc_id):
                newest[doc.municipality] = doc
        return {m: d.doc_id for m, d in newest.items()}


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


def load_corpus(corpus_dir: Path, *added_dirs: Path) -> Corpus:
    """Load every ``*.json`` document file in ``corpus_dir``, then in each of ``added_dirs``.

    ``corpus_dir`` (the shipped documents) must hold at least one; an added
    folder (the user's own, under ``CAREPLAN_HOME``) may be missing or empty.
    The fingerprint covers the bytes of every file read, so any edit to the
    corpus, or a document added or removed, changes it and triggers an index rebuild.
    """
    files = sorted(corpus_dir.glob("*.json"))
    if not files:
        raise CorpusError(f"ガイドラインの資料が見つかりません: {corpus_dir}")
    for folder in added_dirs:
        files += sorted(folder.glob("*.json"))
    digest = hashlib.sha256()
    documents: list[Document] = []
    clauses: list[Clause] = []
    folders: dict[str, Path] = {}
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
        folders[doc.doc_id] = path.parent
    return Corpus(documents, clauses, digest.hexdigest(), folders)

"""A guideline added from the app: preview the outline, then store it and serve it at once.

The command line's steps (``ingest``: extract → outline → clauses → store) are
reused as they are, so the app shows the same preview and refuses the same files
with the same Japanese sentences.  What the app adds is the step the command line
leaves to the next run: after storing, the index is opened again over the
corpus now on disk and swapped into the running retriever and review engine,
so the chat, the search and the guideline browser offer the document without a
restart.  No gradio here; ``ui.py`` only translates the events.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from ..guidelines.corpus import Corpus, Document
from ..guidelines.ingest.extract import IngestError
from ..guidelines.ingest.pipeline import Prepared, prepare
from ..guidelines.ingest.preview import preview_text
from ..guidelines.ingest.store import StoreError, remove_document, replaces, write_document
from ..review.engine import ReviewEngine
from ..search.index import IndexUnavailableError
from ..search.retrieval import GuidelineRetriever
from ..settings import Settings
from .guard import upload_too_large

INTAKE_ERRORS = (IngestError, StoreError)
"""Refusals the user can act on: each carries one Japanese sentence (the command line's own)."""


@dataclass(frozen=True)
class Draft:
    """A document read and outlined but not stored: what 「追加する」 stores, and the preview it was shown as."""

    prepared: Prepared
    preview: str


@dataclass(frozen=True)
class Added:
    """A document now stored and searched, for the page to select and announce."""

    document: Document
    clauses: int
    replaced: bool


class GuidelineLibrary:
    """The running app's guidelines: the corpus it serves, and the way to add one to it.

    Adding is serialised: two documents accepted at once are written and indexed
    one after the other, so the index last swapped in always holds both.
    """

    def __init__(self, settings: Settings, retriever: GuidelineRetriever, engine: ReviewEngine) -> None:
        self._settings = settings
        self._retriever = retriever
        self._engine = engine
        self._adding = threading.Lock()

    @property
    def corpus(self) -> Corpus:
        """The corpus served now; read it per request, since an added guideline replaces it."""
        return self._retriever.index.corpus

    def preview(self, path: Path, *, municipality: str = "", name: str = "", title: str = "",
                date: str = "") -> Draft:
        """Read and outline an uploaded file; nothing is written.  Raises one of :data:`INTAKE_ERRORS`."""
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # a missing file is said by the extractor, in its own words
        if size > self._settings.max_upload_bytes:  # Gradio refuses these first; a file put there otherwise is too
            raise IngestError(upload_too_large(self._settings.max_upload_bytes))
        prepared = prepare(path, municipality=municipality.strip() or None, name=name, title=title,
                           edition=date.strip() or None)
        folder, shipped = self._settings.guidelines_dir, self._settings.corpus_dir
        return Draft(prepared, preview_text(prepared, replaces=replaces(folder, shipped, prepared.meta.doc_id)))

    def add(self, draft: Draft) -> Added:
        """Store the previewed document and serve an index that holds it.

        When no index can be written (a full disk), a document new to the store is taken back out, so
        what is stored and what is served do not drift apart; the error says what to do.

        The index is rebuilt over the whole corpus (its fingerprint covers every document), about as long
        as the first start.  Requests running meanwhile finish on the index they started with.
        """
        prepared = draft.prepared
        folder, shipped = self._settings.guidelines_dir, self._settings.corpus_dir
        with self._adding:
            replaced = replaces(folder, shipped, prepared.meta.doc_id)  # again: another page may have added it
            write_document(folder, prepared.content, prepared.extracted.lines)
            try:
                index = self._retriever.index.reopen(self._settings)
            except IndexUnavailableError as exc:
                if not replaced:  # a replaced edition's earlier file is already overwritten: nothing to restore
                    remove_document(folder, prepared.meta.doc_id, shipped)
                raise StoreError(str(exc)) from exc
            self._retriever.index = index
            self._engine.use_corpus(index.corpus)
        return Added(index.corpus.documents[prepared.meta.doc_id], len(prepared.clauses), replaced)

"""The running app's guidelines: add one (preview, then store), remove one, and follow other processes.

The command line's steps (``ingest``: extract → outline → clauses → store;
``corpus remove``) are reused as they are, so the app shows the same preview and
refuses the same files with the same Japanese sentences.  What the app adds is
the step the command line leaves to the next run: after a change, the index is
opened again over the corpus now on disk and swapped into the running retriever
and review engine, so the chat, the search, the review and the guideline browser
follow without a restart.  A change made by another process on the same
``CAREPLAN_HOME`` (the command line, another app) is noticed the same way, by a
few ``stat`` calls per request (:meth:`GuidelineLibrary.follow_disk`).  No gradio
here; ``ui.py`` only translates the events.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from ..guidelines.corpus import Corpus, CorpusError, Document
from ..guidelines.ingest.extract import IngestError
from ..guidelines.ingest.pipeline import Prepared, prepare
from ..guidelines.ingest.preview import preview_text
from ..guidelines.ingest.store import StoreError, folder_stamp, remove_document, replaces, write_document
from ..review.engine import ReviewEngine
from ..search.index import IndexUnavailableError
from ..search.retrieval import GuidelineRetriever
from ..settings import Settings
from .guard import upload_too_large

log = logging.getLogger(__name__)

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

    Changes are serialised: two documents accepted at once are written and indexed
    one after the other, so the index last swapped in always holds both.
    """

    def __init__(self, settings: Settings, retriever: GuidelineRetriever, engine: ReviewEngine) -> None:
        self._settings = settings
        self._retriever = retriever
        self._engine = engine
        self._adding = threading.Lock()
        # what was on disk when the served corpus and rubric files were last read (on a change, taken before
        # reading, so a change made meanwhile is seen by the next request, never missed)
        self._served = folder_stamp(settings.guidelines_dir)
        self._rubric_served = folder_stamp(settings.rubric_dir)

    @property
    def corpus(self) -> Corpus:
        """The corpus served now; read it per request, since an added guideline replaces it."""
        return self._retriever.index.corpus

    def removable(self, doc_id: str) -> bool:
        """Whether the document was taken in by the user (shipped ones cannot be removed)."""
        return self.corpus.folders.get(doc_id) == self._settings.guidelines_dir

    def follow_disk(self) -> bool:
        """Serve the guidelines and rubric files on disk if another process changed them; True if it did.

        Cheap when nothing changed (a ``stat`` per stored file).  While another request is already
        changing what is served, this one carries on with the current corpus rather than wait.
        When the index cannot be opened over the new corpus (a full disk, a document file another
        process left unreadable), the current one goes on being served and the next request tries again.
        """
        stamp, rubric = folder_stamp(self._settings.guidelines_dir), folder_stamp(self._settings.rubric_dir)
        if stamp == self._served and rubric == self._rubric_served:
            return False
        if not self._adding.acquire(blocking=False):
            return False
        try:
            if stamp != self._served:
                try:
                    self._serve_disk()
                except (IndexUnavailableError, CorpusError) as exc:
                    log.warning("取り込んだ資料の変更を反映できないため、今の資料で続けます: %s", exc)
                    return False
            else:
                self._rubric_served = folder_stamp(self._settings.rubric_dir)
                self._engine.use_corpus(self.corpus)
            return True
        finally:
            self._adding.release()

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
                corpus = self._serve_disk()
            except IndexUnavailableError as exc:
                if not replaced:  # a replaced edition's earlier file is already overwritten: nothing to restore
                    remove_document(folder, prepared.meta.doc_id, shipped)
                raise StoreError(str(exc)) from exc
        return Added(corpus.documents[prepared.meta.doc_id], len(prepared.clauses), replaced)

    def remove(self, doc_id: str) -> Document:
        """Delete a document taken in, as ``corpus remove`` does, and serve an index without it.

        Raises :class:`StoreError` (Japanese) for a shipped or unknown document.  When no index can be
        written, the files are put back, so what is stored and what is served stay the same.
        """
        folder, shipped = self._settings.guidelines_dir, self._settings.corpus_dir
        with self._adding:
            kept = _contents(folder, doc_id)
            removed = remove_document(folder, doc_id, shipped)
            try:
                self._serve_disk()
            except IndexUnavailableError as exc:
                for path, data in kept:
                    path.write_bytes(data)
                raise StoreError(str(exc)) from exc
        return removed

    def _serve_disk(self) -> Corpus:
        """Open the index over the corpus on disk now and swap it in (the caller holds the lock).

        Requests already running finish on the index they started with.  Raises
        :class:`IndexUnavailableError` when no index can be written (a full disk).
        """
        stamp, rubric = folder_stamp(self._settings.guidelines_dir), folder_stamp(self._settings.rubric_dir)
        index = self._retriever.index.reopen(self._settings)
        self._retriever.index = index
        self._engine.use_corpus(index.corpus)
        self._served, self._rubric_served = stamp, rubric
        return index.corpus


def _contents(folder: Path, doc_id: str) -> list[tuple[Path, bytes]]:
    """A stored document's files and bytes, its source first, to put back if its removal cannot be served."""
    document = folder / f"{doc_id}.json"
    try:
        source = folder / json.loads(document.read_text(encoding="utf-8"))["document"]["source_file"]
        return [(path, path.read_bytes()) for path in (source, document)]
    except (OSError, ValueError, KeyError, TypeError):  # not stored here: remove_document says so
        return []

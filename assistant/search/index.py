"""The guideline index: a Chroma collection plus a Sudachi BM25 index, kept in generations that heal.

Fingerprints of the corpus, the chunker, the tokenizer and the embedding
model decide what is rebuilt; a side whose fingerprint still matches is
copied into the new generation instead of being built again.  Every build
writes a complete new generation (``index_store.py``) and then switches the
pointer, so a build that is killed or runs out of disk never touches the
generation in use.  At start, a missing, partial or damaged generation
(unreadable manifest or lexical.json, chunk counts that disagree, a Chroma
store that does not open) is rebuilt with one log line; when the rebuild
cannot be written, the last complete generation keeps serving (said once),
and only when there is none is it an error, in one Japanese sentence.

With ``CHROMA_HOST`` set, the dense side lives on a Chroma server in a
collection named after its fingerprint (``vector_store.py``) and only the
lexical side is kept in generations here.  A running process picks up a
rebuild done by another one through :meth:`GuidelineIndex.refresh`.
"""

from __future__ import annotations

import errno
import hashlib
import importlib.metadata
import json
import logging
import shutil
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..guidelines.chunking import CHUNKER_VERSION, MAX_CHUNK_CHARS, Chunk, chunk_corpus
from ..guidelines.corpus import Corpus, load_corpus
from ..settings import Settings
from .embeddings import EmbeddingChoice, load_embeddings
from .glossary import Glossary, load_clause_keywords
from .index_store import CHROMA, LEXICAL, GenerationLease, IndexStore
from .lexical import BM25Index
from .tokenizer import JapaneseTokenizer, get_tokenizer

if TYPE_CHECKING:  # Chroma is imported only when an index is opened: reviewing a plan needs none
    from langchain_chroma import Chroma

    from .vector_store import Progress

log = logging.getLogger(__name__)

RELOAD_CHECK_SECONDS = 2.0
"""How often (at most) a serving process stats the pointer to notice a rebuild by another process."""
FORMAT = 2


class IndexUnavailableError(RuntimeError):
    """No usable index exists and none can be written; the message says, in Japanese, what to do."""


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


def _tokenizer_id() -> str:
    return "sudachi-A-normalized:" + importlib.metadata.version("sudachidict-core")


@dataclass(frozen=True)
class BuildReport:
    """What :meth:`GuidelineIndex.open` did, for the CLI and the benchmark."""

    lexical_rebuilt: bool
    dense_rebuilt: bool
    chunks: int
    build_id: str | None = None
    fallback: str | None = None  # set when a needed rebuild could not be written: the sentence saying so


@dataclass(frozen=True)
class _Inputs:
    """What the index is built from, with the fingerprints that decide rebuilds."""

    corpus: Corpus
    chunks: list[Chunk]
    tokenizer: JapaneseTokenizer
    embedding: EmbeddingChoice
    glossary: Glossary
    lexical_fp: str
    dense_fp: str

    @classmethod
    def load(cls, settings: Settings, embedding: EmbeddingChoice | None = None) -> _Inputs:
        corpus = load_corpus(*settings.corpus_dirs)
        keywords = load_clause_keywords(settings.corpus_dir / "clause_keywords.tsv", {c.id for c in corpus})
        embedding = embedding or load_embeddings(settings.embedding)
        base = (corpus.fingerprint, CHUNKER_VERSION, str(MAX_CHUNK_CHARS), json.dumps(keywords, sort_keys=True))
        return cls(
            corpus=corpus,
            chunks=chunk_corpus(corpus, keywords=keywords),
            tokenizer=get_tokenizer(),
            embedding=embedding,
            glossary=Glossary.load(settings.corpus_dir / "glossary.tsv"),
            lexical_fp=_fingerprint(*base, _tokenizer_id()),
            dense_fp=_fingerprint(*base, embedding.model_id),
        )

    @property
    def chunk_ids(self) -> list[str]:
        return [c.chunk_id for c in self.chunks]


@dataclass
class _Generation:
    """What could be opened from one generation folder, and why it cannot serve as it is."""

    build_id: str
    folder: Path
    manifest: dict[str, Any] | None = None
    lexical: BM25Index | None = None
    store: Chroma | None = None
    problem: str | None = None  # for the log line, in Japanese
    damaged: bool = False  # the problem is damage, not an input that changed

    def note(self, problem: str, *, damaged: bool) -> _Generation:
        if self.problem is None or (damaged and not self.damaged):
            self.problem, self.damaged = problem, damaged
        return self

    def serves(self, dense_in_folder: bool) -> bool:
        return self.lexical is not None and (self.store is not None or not dense_in_folder)


def _inspect(store: IndexStore, build_id: str, inputs: _Inputs, *, dense_in_folder: bool,
             stale_ok: bool = False) -> _Generation:
    """Open what is sound in a generation; ``stale_ok`` accepts sides built from older inputs
    as long as they fit this corpus's chunks and embedding model (the fallback on a full disk)."""
    from . import vector_store

    gen = _Generation(build_id, store.folder(build_id))
    manifest = store.manifest(build_id)
    if manifest is None:
        return gen.note("manifest.json が無いか読めない", damaged=True)
    gen.manifest = manifest
    chunks = manifest.get("chunks")
    if stale_ok or (manifest.get("lexical") or {}).get("fingerprint") == inputs.lexical_fp:
        gen.lexical = _load_lexical(gen, inputs, chunks)
    else:
        gen.note("コーパスまたはモデルが変わった", damaged=False)
    if not dense_in_folder:
        return gen
    dense = manifest.get("dense") or {}
    fits = dense.get("embedding") == inputs.embedding.model_id if stale_ok else dense.get("fingerprint") == inputs.dense_fp
    if not fits:
        return gen.note("コーパスまたはモデルが変わった", damaged=False)
    try:
        opened, copied = vector_store.open_in_folder(gen.folder / CHROMA, inputs.embedding.embeddings)
    except Exception as exc:  # noqa: BLE001 - any failure to open means this side is rebuilt
        return gen.note(f"Chroma の索引が開けない（{type(exc).__name__}）", damaged=True)
    held = vector_store.count(opened)
    if not held == chunks == len(inputs.chunks):
        return gen.note(f"チャンク数が合わない（manifest {chunks}、Chroma {held}、コーパス {len(inputs.chunks)}）",
                        damaged=True)
    if copied:
        log.warning("索引フォルダ %s に書き込めないため、一時フォルダの写しから意味検索の索引を開きました。", gen.folder)
    gen.store = opened
    return gen


def _load_lexical(gen: _Generation, inputs: _Inputs, chunks: object) -> BM25Index | None:
    """The generation's BM25 index if it is whole, agrees with its manifest and holds exactly
    this corpus's chunks; otherwise the problem is noted as damage."""
    try:
        lexical = BM25Index.load(gen.folder / LEXICAL)
    except (OSError, ValueError) as exc:
        gen.note(f"lexical.json が読めない（{type(exc).__name__}）", damaged=True)
        return None
    if not len(lexical.ids) == chunks == len(inputs.chunks) or lexical.ids != inputs.chunk_ids:
        gen.note(f"チャンク数が合わない（manifest {chunks}、語彙索引 {len(lexical.ids)}、コーパス {len(inputs.chunks)}）",
                 damaged=True)
        return None
    return lexical


def _build_lexical(chunks: list[Chunk], tokenizer: JapaneseTokenizer, progress: Progress | None) -> BM25Index:
    docs = []
    for i, chunk in enumerate(chunks, 1):
        docs.append(tokenizer.content_words(chunk.index_text))
        if progress:
            progress("語彙索引", i, len(chunks))
    return BM25Index([c.chunk_id for c in chunks], docs)


def _build(store: IndexStore, inputs: _Inputs, reuse: _Generation | None, *, dense_in_folder: bool,
           progress: Progress | None) -> tuple[_Generation, bool, bool]:
    """Write a complete new generation (the caller holds the build lock); a failure leaves nothing behind."""
    from . import vector_store

    build_id, folder = store.new_folder()
    dense: Chroma | None = None
    try:
        lexical_rebuilt = reuse is None or reuse.lexical is None
        lexical = _build_lexical(inputs.chunks, inputs.tokenizer, progress) if lexical_rebuilt else reuse.lexical
        lexical.save(folder / LEXICAL)
        dense_rebuilt = False
        if dense_in_folder:
            dense = _copy_dense(reuse, folder / CHROMA, inputs) if reuse is not None and reuse.store else None
            if dense is None:
                dense = vector_store.create_in_folder(folder / CHROMA, inputs.embedding.embeddings)
                vector_store.fill(dense, inputs.chunks, progress)
                dense_rebuilt = True
            held = vector_store.count(dense)
            if held != len(inputs.chunks):
                raise RuntimeError(f"the new Chroma store holds {held} of {len(inputs.chunks)} chunks")
        manifest = {
            "format": FORMAT,
            "build_id": build_id,
            "complete": True,
            "created": time.time(),
            "chunks": len(inputs.chunks),
            "lexical": {"fingerprint": inputs.lexical_fp, "tokenizer": _tokenizer_id()},
            "dense": {"fingerprint": inputs.dense_fp, "embedding": inputs.embedding.model_id} if dense else None,
        }
        store.finish(build_id, manifest)
    except BaseException:
        if dense is not None:
            vector_store.forget_cached_system(folder / CHROMA)
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return _Generation(build_id, folder, manifest, lexical, dense), lexical_rebuilt, dense_rebuilt


def _copy_dense(reuse: _Generation, target: Path, inputs: _Inputs) -> Chroma | None:
    """Copy a sound dense side into the new generation; None when the copy does not check out."""
    from . import vector_store

    shutil.copytree(reuse.folder / CHROMA, target)
    try:
        copied, _ = vector_store.open_in_folder(target, inputs.embedding.embeddings)
        held = vector_store.count(copied)
    except Exception:  # noqa: BLE001 - an unusable copy is simply rebuilt
        held = -1
    if held == len(inputs.chunks):
        return copied
    vector_store.forget_cached_system(target)
    shutil.rmtree(target)
    return None


_STORAGE_ERRNOS = {
    errno.ENOSPC: "空き容量がありません",
    errno.EDQUOT: "空き容量がありません",
    errno.EROFS: "読み取り専用です",
    errno.EACCES: "書き込む権限がありません",
    errno.EPERM: "書き込む権限がありません",
}
# SQLite (inside Chroma) reports the same faults as text.
_STORAGE_TEXTS = {
    "disk is full": "空き容量がありません",
    "No space left": "空き容量がありません",
    "readonly database": "読み取り専用です",
    "Read-only file system": "読み取り専用です",
    "Permission denied": "書き込む権限がありません",
    "unable to open database file": "書き込む権限がありません",
}


def _storage_problem(exc: BaseException) -> str | None:
    """Why the disk refused the write (Japanese), or None when the failure is not the disk's."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in _STORAGE_ERRNOS:
            return _STORAGE_ERRNOS[seen.errno]
        text = str(seen)
        for needle, reason in _STORAGE_TEXTS.items():
            if needle in text:
                return reason
        seen = seen.__cause__ or seen.__context__
    return None


def _cannot_write(root: Path, reason: str) -> str:
    return (f"索引を {root} に保存できません（{reason}）ので、空き容量を確保するか "
            f"CAREPLAN_HOME を書き込める場所にしてから、もう一度実行してください。")


def _kept_old(root: Path, reason: str) -> str:
    return (f"索引を {root} に保存できない（{reason}）ため前回の索引で検索を続けるので、空き容量を確保するか "
            f"CAREPLAN_HOME を書き込める場所にしてから careplan-assistant index --rebuild を実行してください。")


_DENSE_UNREADABLE = ("意味検索の索引を開けないため語彙検索のみで検索しているので、空き容量を確保するか "
                     "CAREPLAN_HOME を書き込める場所にしてからアプリを起動し直してください。")


def _settle(store: IndexStore, inputs: _Inputs, *, rebuild: bool, dense_in_folder: bool,
            progress: Progress | None) -> tuple[_Generation, bool, bool, str | None]:
    """The generation to serve: the current one if sound, else a new build, else (disk refused) the last one."""
    current = store.current_id()
    gen = None
    if current is not None and not rebuild:
        gen = _inspect(store, current, inputs, dense_in_folder=dense_in_folder)
        if gen.serves(dense_in_folder):
            return gen, False, False, None
    if current is None:
        log.warning("索引がないため作成します（%s）。", store.root)
    elif gen is not None and gen.damaged:
        log.warning("索引（%s）が壊れているため作り直します: %s。", current, gen.problem)
    elif gen is not None:
        log.info("索引（%s）を作り直します: %s。", current, gen.problem)
    try:
        with store.build_lock():
            latest = store.current_id()
            if latest is not None and latest != current and not rebuild:  # another process built it meanwhile
                other = _inspect(store, latest, inputs, dense_in_folder=dense_in_folder)
                if other.serves(dense_in_folder):
                    return other, False, False, None
            built, lexical_rebuilt, dense_rebuilt = _build(
                store, inputs, None if rebuild else gen, dense_in_folder=dense_in_folder, progress=progress)
            store.switch(built.build_id)
            store.prune(keep={built.build_id} | ({latest} if latest else set()))
        return built, lexical_rebuilt, dense_rebuilt, None
    except Exception as exc:
        reason = _storage_problem(exc)
        if reason is None:
            raise
        for build_id in store.complete_ids():
            old = _inspect(store, build_id, inputs, dense_in_folder=dense_in_folder, stale_ok=True)
            if old.lexical is not None:
                sentence = _kept_old(store.root, reason)
                log.warning(sentence)
                return old, False, False, sentence
        raise IndexUnavailableError(_cannot_write(store.root, reason)) from exc


def _server_store(settings: Settings, inputs: _Inputs, *, rebuild: bool,
                  progress: Progress | None) -> tuple[Chroma | None, bool, str | None]:
    """The dense collection on the Chroma server, filled when it is not complete; a server that
    cannot be reached leaves retrieval lexical-only with a notice instead of stopping the app."""
    from . import vector_store

    name = vector_store.server_collection_name(inputs.dense_fp)
    try:
        store = vector_store.open_on_server(settings.chroma_host, settings.chroma_port, name,
                                            inputs.embedding.embeddings)
        filled = rebuild or not vector_store.is_complete(store, len(inputs.chunks))
        if filled:
            vector_store.fill(store, inputs.chunks, progress)
            vector_store.mark_complete(store, len(inputs.chunks))
        return store, filled, None
    except Exception as exc:  # noqa: BLE001 - an unreachable server means lexical-only, said once
        where = f"{settings.chroma_host}:{settings.chroma_port}"
        notice = (f"Chroma サーバー（{where}）を使えない（{type(exc).__name__}）ため語彙検索のみで検索しているので、"
                  "サーバーを起動するか CHROMA_HOST / CHROMA_PORT を直してからアプリを起動し直してください。")
        log.warning(notice)
        return None, False, notice


class GuidelineIndex:
    """Everything retrieval needs, opened once per process; :meth:`refresh` follows rebuilds."""

    def __init__(
        self,
        corpus: Corpus,
        chunks: list[Chunk],
        lexical: BM25Index,
        store: Chroma | None,
        embedding: EmbeddingChoice,
        glossary: Glossary,
        tokenizer: JapaneseTokenizer,
        report: BuildReport,
        *,
        location: Path | None = None,
        dense_notice: str | None = None,
    ) -> None:
        self.corpus = corpus
        self.chunks = chunks
        self.chunk_by_id = {c.chunk_id: c for c in chunks}
        self.lexical = lexical
        self.store = store
        self.embedding = embedding
        self.glossary = glossary
        self.tokenizer = tokenizer
        self.report = report
        self.location = location  # the generation folder in use
        self.build_id = report.build_id
        self._dense_notice = dense_notice
        self._follow: tuple[IndexStore, _Inputs, bool] | None = None
        self._stamp: tuple[int, int, int] | None = None
        self._next_check = 0.0
        self._refreshing = threading.Lock()
        self._leases: list[GenerationLease] = []
        weakref.finalize(self, _release, self._leases)

    @property
    def dense_available(self) -> bool:
        return self.store is not None

    @property
    def dense_notice(self) -> str | None:
        """Why retrieval is lexical-only (no model, no server, no readable dense index), or None."""
        return self.embedding.notice or self._dense_notice

    @classmethod
    def open(
        cls,
        settings: Settings,
        *,
        rebuild: bool = False,
        progress: Progress | None = None,
        embedding: EmbeddingChoice | None = None,
    ) -> GuidelineIndex:
        """Load the current generation, or build one; raises :class:`IndexUnavailableError` when
        no index exists and the disk refuses to hold one.

        ``embedding``: the model an index already open in this process uses (see :meth:`reopen`), so
        that opening again over a changed corpus does not load a second copy of it.
        """
        inputs = _Inputs.load(settings, embedding)
        has_model = inputs.embedding.embeddings is not None
        dense_in_folder = has_model and settings.chroma_host is None
        store = IndexStore(settings.index_dir)
        store.remove_leftovers()
        gen, lexical_rebuilt, dense_rebuilt, fallback = _settle(
            store, inputs, rebuild=rebuild, dense_in_folder=dense_in_folder, progress=progress)
        dense, notice = gen.store, None
        if has_model and settings.chroma_host is not None:
            dense, dense_rebuilt, notice = _server_store(settings, inputs, rebuild=rebuild, progress=progress)
        elif dense_in_folder and dense is None:
            notice = _DENSE_UNREADABLE
        report = BuildReport(lexical_rebuilt, dense_rebuilt, len(inputs.chunks), gen.build_id, fallback)
        index = cls(inputs.corpus, inputs.chunks, gen.lexical, dense, inputs.embedding, inputs.glossary,
                    inputs.tokenizer, report, location=gen.folder, dense_notice=notice)
        index._follow = (store, inputs, dense_in_folder)
        index._stamp = store.pointer_stamp()
        index._hold(store, gen.build_id)
        return index

    def reopen(self, settings: Settings) -> GuidelineIndex:
        """A new index over the corpus as it is on disk now (a guideline was added), with this index's model.

        :meth:`refresh` only follows generations built from the same inputs, so a changed corpus needs
        this: the caller swaps the new object in (``retriever.index = …``) while requests already running
        finish on this one, whose generation stays leased until it is dropped.
        """
        return GuidelineIndex.open(settings, embedding=self.embedding)

    def refresh(self) -> None:
        """Switch to a generation another process built, if the pointer moved (checked every few seconds).

        Cheap when nothing changed: one clock read, and at most one ``stat``
        every :data:`RELOAD_CHECK_SECONDS`.  Only a generation built from the
        same inputs is taken, so chunks, corpus and model stay consistent
        for requests already running; the old generation stays open for them.
        """
        if self._follow is None or time.monotonic() < self._next_check:
            return
        if not self._refreshing.acquire(blocking=False):
            return
        try:
            self._next_check = time.monotonic() + RELOAD_CHECK_SECONDS
            store, inputs, dense_in_folder = self._follow
            stamp = store.pointer_stamp()
            if stamp == self._stamp:
                return
            self._stamp = stamp
            build_id = store.current_id()
            if build_id is None or build_id == self.build_id:
                return
            gen = _inspect(store, build_id, inputs, dense_in_folder=dense_in_folder)
            if not gen.serves(dense_in_folder):
                log.warning("新しい索引（%s）は使えないため、今の索引（%s）で検索を続けます: %s。",
                            build_id, self.build_id, gen.problem)
                return
            self.lexical = gen.lexical
            if dense_in_folder:
                self.store = gen.store
            self.location, self.build_id = gen.folder, gen.build_id
            self._hold(store, gen.build_id)
            log.info("別のプロセスが作り直した索引（%s）に切り替えました。", gen.build_id)
        finally:
            self._refreshing.release()

    def _hold(self, store: IndexStore, build_id: str) -> None:
        """Lease the generation in use and the one before it (requests may still read it); release older ones."""
        lease = store.lease(build_id)
        if lease is not None:
            self._leases.append(lease)
        while len(self._leases) > 2:
            self._leases.pop(0).release()


def _release(leases: list[GenerationLease]) -> None:
    for lease in leases:
        lease.release()

"""The guideline index: a persistent Chroma collection plus a Sudachi BM25 index.

Both sides are stored under ``Settings.index_dir`` with a manifest of
fingerprints.  Opening the index compares the fingerprints with the corpus,
the chunker, the tokenizer and the embedding model in use; a side whose
fingerprint differs is rebuilt, otherwise it is loaded from disk.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import chromadb
from chromadb.api.shared_system_client import SharedSystemClient
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma

from ..guidelines.chunking import CHUNKER_VERSION, MAX_CHUNK_CHARS, Chunk, chunk_corpus
from ..guidelines.corpus import Corpus, load_corpus
from ..settings import Settings
from .embeddings import EmbeddingChoice, load_embeddings
from .glossary import Glossary, load_clause_keywords
from .lexical import BM25Index
from .tokenizer import JapaneseTokenizer, get_tokenizer

COLLECTION = "guidelines"
_BATCH = 16

Progress = Callable[[str, int, int], None]
"""Called as ``progress(step, done, total)`` while an index side is built."""


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


class GuidelineIndex:
    """Everything retrieval needs, opened once per process."""

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

    @property
    def dense_available(self) -> bool:
        return self.store is not None

    @classmethod
    def open(
        cls,
        settings: Settings,
        *,
        rebuild: bool = False,
        progress: Progress | None = None,
    ) -> "GuidelineIndex":
        corpus = load_corpus(settings.corpus_dir)
        keywords_path = settings.corpus_dir / "clause_keywords.tsv"
        keywords = load_clause_keywords(keywords_path, {c.id for c in corpus})
        chunks = chunk_corpus(corpus, keywords=keywords)
        tokenizer = get_tokenizer()
        embedding = load_embeddings(settings.embedding)
        glossary = Glossary.load(settings.corpus_dir / "glossary.tsv")

        index_dir = settings.index_dir
        index_dir.mkdir(parents=True, exist_ok=True)
        manifest_path = index_dir / "manifest.json"
        manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
        base = (corpus.fingerprint, CHUNKER_VERSION, str(MAX_CHUNK_CHARS), json.dumps(keywords, sort_keys=True))
        lexical_fp = _fingerprint(*base, _tokenizer_id())
        dense_fp = _fingerprint(*base, embedding.model_id)

        lexical_path = index_dir / "lexical.json"
        lexical_rebuilt = rebuild or manifest.get("lexical") != lexical_fp or not lexical_path.exists()
        if lexical_rebuilt:
            lexical = _build_lexical(chunks, tokenizer, progress)
            lexical.save(lexical_path)
        else:
            lexical = BM25Index.load(lexical_path)

        store = None
        dense_rebuilt = False
        if embedding.embeddings is not None:
            client, reset = _open_client(index_dir / "chroma")
            dense_rebuilt = rebuild or reset or manifest.get("dense") != dense_fp
            if dense_rebuilt and COLLECTION in {c.name for c in client.list_collections()}:
                client.delete_collection(COLLECTION)
            store = Chroma(
                collection_name=COLLECTION,
                embedding_function=embedding.embeddings,
                client=client,
                collection_configuration={"hnsw": {"space": "cosine"}},
            )
            if dense_rebuilt:
                _fill_store(store, chunks, progress)

        manifest_path.write_text(
            json.dumps(
                {"lexical": lexical_fp, "dense": dense_fp if store else manifest.get("dense"),
                 "embedding": embedding.model_id, "chunks": len(chunks)},
                indent=1,
            )
        )
        report = BuildReport(lexical_rebuilt, dense_rebuilt, len(chunks))
        return cls(corpus, chunks, lexical, store, embedding, glossary, tokenizer, report)


def _open_client(path: Path) -> tuple[chromadb.ClientAPI, bool]:
    """Open the Chroma store; one that cannot be read is deleted and rebuilt."""
    settings = ChromaSettings(anonymized_telemetry=False)
    try:
        client = chromadb.PersistentClient(path=str(path), settings=settings)
        client.list_collections()
        return client, False
    except Exception:  # noqa: BLE001 - a damaged store is rebuilt, not fatal
        _forget_cached_system(path)
        shutil.rmtree(path, ignore_errors=True)
        return chromadb.PersistentClient(path=str(path), settings=settings), True


def _forget_cached_system(path: Path) -> None:
    """Drop Chroma's per-process cached system for ``path`` so a new store can open there.

    Chroma keeps one system per persist directory for the life of the process;
    after the directory is replaced, the cached one would keep failing.
    """
    system = SharedSystemClient._identifier_to_system.pop(str(path), None)
    SharedSystemClient._identifier_to_refcount.pop(str(path), None)
    if system is not None:
        try:
            system.stop()
        except Exception:  # noqa: BLE001 - stopping a broken system may fail too
            pass


def _build_lexical(chunks: list[Chunk], tokenizer: JapaneseTokenizer, progress: Progress | None) -> BM25Index:
    docs = []
    for i, chunk in enumerate(chunks, 1):
        docs.append(tokenizer.content_words(chunk.index_text))
        if progress:
            progress("語彙索引", i, len(chunks))
    return BM25Index([c.chunk_id for c in chunks], docs)


def _fill_store(store: Chroma, chunks: list[Chunk], progress: Progress | None) -> None:
    for start in range(0, len(chunks), _BATCH):
        batch = chunks[start : start + _BATCH]
        store.add_texts(
            texts=[c.index_text for c in batch],
            metadatas=[{"chunk_id": c.chunk_id, "clause_id": c.clause_id, "municipality": c.municipality}
                       for c in batch],
            ids=[c.chunk_id for c in batch],
        )
        if progress:
            progress("ベクトル索引", start + len(batch), len(chunks))

"""The dense side's Chroma collection: in a generation's folder, or on a Chroma server.

In a folder, each generation has its own persist path, because Chroma keeps
one system per path for the life of a process (a rebuilt folder at the same
path would meet the stale cached one).  Chroma writes to its folder even to
open it, so a generation on a read-only or full disk is opened from a
private copy in the temporary folder instead of failing.

On a server (``CHROMA_HOST``), the collection's name carries the dense
fingerprint, so every app process pointed at the server agrees on what is
there; filling uses upsert (idempotent, safe when two processes fill at once)
and the collection is marked complete only after the last chunk is in.
"""

from __future__ import annotations

import atexit
import contextlib
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import chromadb
from chromadb.api.shared_system_client import SharedSystemClient
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from ..guidelines.chunking import Chunk

COLLECTION = "guidelines"
_BATCH = 16
_SPACE = {"hnsw": {"space": "cosine"}}

Progress = Callable[[str, int, int], None]
"""Called as ``progress(step, done, total)`` while an index side is built."""


def _settings() -> ChromaSettings:
    return ChromaSettings(anonymized_telemetry=False)


def create_in_folder(path: Path, embeddings: Embeddings) -> Chroma:
    """A new, empty collection in a new generation's folder."""
    client = chromadb.PersistentClient(path=str(path), settings=_settings())
    return Chroma(collection_name=COLLECTION, embedding_function=embeddings, client=client,
                  collection_configuration=_SPACE)


def open_in_folder(path: Path, embeddings: Embeddings) -> tuple[Chroma, bool]:
    """Open a generation's collection; ``(store, True)`` when it had to be opened from a private copy.

    Raises when the store cannot be opened in place nor from a copy (damaged,
    or no space anywhere); the folder itself is never deleted here.
    """
    if not (path / "chroma.sqlite3").is_file():
        raise FileNotFoundError(f"no Chroma store in {path}")
    try:
        return _open_existing(path, embeddings), False
    except Exception as in_place:  # noqa: BLE001 - a read-only or full disk, or damage: try a copy
        forget_cached_system(path)
        copy = Path(tempfile.mkdtemp(prefix="careplan-index-")) / "chroma"
        atexit.register(shutil.rmtree, copy.parent, True)
        try:
            shutil.copytree(path, copy, copy_function=shutil.copyfile)
            _make_private(copy)  # the original's read-only modes must not follow it
            return _open_existing(copy, embeddings), True
        except Exception:  # noqa: BLE001 - the copy failing too: report the first failure
            forget_cached_system(copy)
            shutil.rmtree(copy.parent, ignore_errors=True)
            raise in_place from None


def _make_private(folder: Path) -> None:
    """Writable by this user only: 0700 folders, 0600 files."""
    folder.chmod(0o700)
    for path in folder.rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)


def _open_existing(path: Path, embeddings: Embeddings) -> Chroma:
    client = chromadb.PersistentClient(path=str(path), settings=_settings())
    try:
        return Chroma(collection_name=COLLECTION, embedding_function=embeddings, client=client,
                      create_collection_if_not_exists=False)
    except Exception:
        forget_cached_system(path)
        raise


def forget_cached_system(path: Path) -> None:
    """Drop Chroma's per-process cached system for ``path`` after it failed to open.

    Chroma keeps one system per persist directory for the life of the process;
    a broken one left in the cache would keep failing for that path.
    """
    system = SharedSystemClient._identifier_to_system.pop(str(path), None)
    SharedSystemClient._identifier_to_refcount.pop(str(path), None)
    if system is not None:
        with contextlib.suppress(Exception):  # stopping a broken system may fail too
            system.stop()


def count(store: Chroma) -> int:
    return store._collection.count()


def server_collection_name(dense_fingerprint: str) -> str:
    return f"{COLLECTION}-{dense_fingerprint}"


def open_on_server(host: str, port: int, name: str, embeddings: Embeddings) -> Chroma:
    """The collection ``name`` on a Chroma server (created empty when absent); raises when unreachable."""
    client = chromadb.HttpClient(host=host, port=port, settings=_settings())
    return Chroma(collection_name=name, embedding_function=embeddings, client=client,
                  collection_configuration=_SPACE)


def is_complete(store: Chroma, chunks: int) -> bool:
    """A server collection holds every chunk and was marked complete by the process that filled it."""
    collection = store._client.get_collection(store._collection.name)
    return bool((collection.metadata or {}).get("complete")) and collection.count() == chunks


def mark_complete(store: Chroma, chunks: int) -> None:
    store._collection.modify(metadata={"complete": True, "chunks": chunks})


def fill(store: Chroma, chunks: list[Chunk], progress: Progress | None) -> None:
    """Embed and upsert every chunk (upsert: a second process filling the same collection is harmless)."""
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


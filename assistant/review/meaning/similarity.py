"""How close two goals are in meaning, from the embedded dense model (the same one retrieval uses).

Used only where words cannot tell: a short-term goal that shares no content word
with its long-term goal may still be a step toward it (「杖で歩ける」 and
「屋外を歩行できる」).  The model is loaded on first use; when it cannot be
loaded, R05 judges by words alone and says so in its trace.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable

from langchain_core.embeddings import Embeddings


class GoalSimilarity:
    """Cosine similarity of two texts' embeddings, cached; ``None`` embeddings means unavailable."""

    def __init__(self, load: Callable[[], Embeddings | None]) -> None:
        self._load = load
        self._model: Embeddings | None = None
        self._loaded = False
        self._cache: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _vector(self, text: str) -> list[float] | None:
        with self._lock:
            if not self._loaded:
                self._model = self._load()
                self._loaded = True
            if self._model is None:
                return None
            if text not in self._cache:
                self._cache[text] = self._model.embed_documents([text])[0]
            return self._cache[text]

    def __call__(self, a: str, b: str) -> float | None:
        va, vb = self._vector(a), self._vector(b)
        if va is None or vb is None:
            return None
        dot = sum(x * y for x, y in zip(va, vb, strict=True))
        na = math.sqrt(sum(x * x for x in va))
        nb = math.sqrt(sum(y * y for y in vb))
        return dot / (na * nb) if na and nb else 0.0

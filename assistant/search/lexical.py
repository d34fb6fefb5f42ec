"""Okapi BM25 over Sudachi content words, small enough to persist as JSON.

The corpus is a few dozen chunks, so a dictionary of postings is both the
simplest and the fastest structure; loading it is a single ``json.load``.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from .statefiles import write_atomic


class BM25Index:
    """BM25 with the usual k1/b; documents are lists of normalised terms."""

    def __init__(self, ids: list[str], docs: list[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.ids = ids
        self.docs = docs
        self.k1 = k1
        self.b = b
        self._tf = [Counter(d) for d in docs]
        self._len = [len(d) for d in docs]
        self._avg = (sum(self._len) / len(docs)) if docs else 0.0
        df: Counter[str] = Counter()
        for tf in self._tf:
            df.update(tf.keys())
        n = len(docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def scores(self, query_terms: list[str] | Mapping[str, float]) -> list[float]:
        """One BM25 score per document, in ``ids`` order (0.0 where nothing matches).

        ``query_terms`` is a list (each distinct term counts once) or a mapping
        of term to weight, for terms that should count less than the user's own.
        """
        weights = query_terms if isinstance(query_terms, Mapping) else dict.fromkeys(query_terms, 1.0)
        out = [0.0] * len(self.docs)
        for term, weight in weights.items():
            idf = self.idf.get(term)
            if idf is None:
                continue
            for i, tf in enumerate(self._tf):
                f = tf.get(term)
                if f:
                    norm = self.k1 * (1 - self.b + self.b * self._len[i] / self._avg)
                    out[i] += weight * idf * f * (self.k1 + 1) / (f + norm)
        return out

    def save(self, path: Path) -> None:
        """Written via write-then-rename: a killed build never leaves a truncated file."""
        payload = {"k1": self.k1, "b": self.b, "ids": self.ids, "docs": self.docs}
        write_atomic(path, json.dumps(payload, ensure_ascii=False))

    @classmethod
    def load(cls, path: Path) -> BM25Index:
        """Raise ``ValueError`` for a file that is not a complete index (the caller rebuilds it)."""
        payload = json.loads(path.read_text(encoding="utf-8"))
        try:
            ids, docs, k1, b = payload["ids"], payload["docs"], float(payload["k1"]), float(payload["b"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path.name} lacks a field: {exc}") from exc
        if not (isinstance(ids, list) and isinstance(docs, list) and len(ids) == len(docs)
                and all(isinstance(d, list) for d in docs)):
            raise ValueError(f"{path.name} does not hold one term list per id")
        return cls(ids, docs, k1, b)

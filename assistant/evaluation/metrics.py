"""Ranking metrics, one function each; all range 0–1, higher is better.

A retrieved item is *relevant* when it contains one of the question's gold
substrings (compared without whitespace), so the metrics survive re-chunking.
"""

from __future__ import annotations

from collections.abc import Sequence


def first_relevant_rank(relevance: Sequence[bool]) -> int | None:
    """1-based rank of the first relevant item, or ``None``."""
    for rank, relevant in enumerate(relevance, 1):
        if relevant:
            return rank
    return None


def recall_at(relevance: Sequence[bool], k: int) -> float:
    """1.0 if a relevant item is in the top ``k`` (one gold passage per question)."""
    return 1.0 if any(relevance[:k]) else 0.0


def reciprocal_rank(relevance: Sequence[bool], k: int = 10) -> float:
    """1/rank of the first relevant item within the top ``k``, else 0 (MRR@k per question)."""
    rank = first_relevant_rank(relevance[:k])
    return 1.0 / rank if rank else 0.0


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0

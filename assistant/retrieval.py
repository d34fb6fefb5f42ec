"""Hybrid retrieval: Sudachi BM25 and dense Chroma search, fused by reciprocal rank.

Ranks, not raw scores, are fused, because BM25 scores and cosine similarities
live on unrelated scales.  Chunks are ranked and then folded into clauses (a
clause keeps its best chunk), so every hit cites exactly one clause.  Each hit
carries both sides' scores and ranks, for the trainer's reasoning trace.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from .chunking import Chunk
from .corpus import MUNICIPALITIES, Clause
from .coverage import Coverage, assess_coverage
from .index import GuidelineIndex

Mode = Literal["hybrid", "lexical", "dense"]
# Chosen on eval/retrieval.jsonl (see eval/reports/retrieval.md): a small k
# trusts the top of each list, and the lexical side, the stronger of the two
# on this Japanese corpus, counts double.
RRF_K = 20
LEXICAL_WEIGHT = 2.0
MAX_QUERY_CHARS = 2000


class QueryError(ValueError):
    """The query cannot be searched; the message is for the user, in Japanese."""


@dataclass(frozen=True)
class Hit:
    """One clause with the chunk that matched best and each side's evidence."""

    clause: Clause
    chunk: Chunk
    score: float
    lexical_score: float | None
    lexical_rank: int | None
    dense_score: float | None
    dense_rank: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "clause_id": self.clause.id,
            "label": self.clause.label,
            "municipality": self.clause.municipality,
            "text": self.clause.text,
            "matched_text": self.chunk.text,
            "score": round(self.score, 6),
            "lexical_score": None if self.lexical_score is None else round(self.lexical_score, 4),
            "lexical_rank": self.lexical_rank,
            "dense_score": None if self.dense_score is None else round(self.dense_score, 4),
            "dense_rank": self.dense_rank,
        }


@dataclass(frozen=True)
class SearchResult:
    query: str
    expanded_query: str
    query_terms: tuple[str, ...]
    mode: Mode
    hits: list[Hit]
    coverage: Coverage
    notice: str | None

    @property
    def not_covered(self) -> bool:
        return not self.coverage.covered


def check_query(query: str) -> str:
    """Return the stripped query or raise :class:`QueryError` with a Japanese message."""
    stripped = (query or "").strip()
    if not stripped:
        raise QueryError("検索する言葉を入力してください。")
    if "\x00" in stripped:
        raise QueryError("読み取れない文字（バイナリ）が含まれています。文章で入力してください。")
    if len(stripped) > MAX_QUERY_CHARS:
        raise QueryError(f"質問が長すぎます（{len(stripped):,}文字）。{MAX_QUERY_CHARS:,}文字以内にしてください。"
                         "ケアプランを点検するときは「ケアプラン点検」をお使いください。")
    return stripped


def check_municipality(municipality: str | None) -> str | None:
    if municipality in (None, "", "both", "all"):
        return None
    if municipality not in MUNICIPALITIES:
        raise QueryError(f"自治体は {' / '.join(MUNICIPALITIES)} / both のいずれかを指定してください。")
    return municipality


class GuidelineRetriever(BaseRetriever):
    """LangChain retriever over the guideline index.

    ``invoke(query)`` returns one ``Document`` per clause with the clause id,
    label and both sides' scores in its metadata; :meth:`search` returns the
    richer :class:`SearchResult` the CLI, the review engine and the UI use.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: GuidelineIndex
    k: int = 5
    municipality: str | None = None
    mode: Mode = "hybrid"

    def search(
        self,
        query: str,
        *,
        k: int | None = None,
        municipality: str | None = None,
        mode: Mode | None = None,
    ) -> SearchResult:
        query = check_query(query)
        k = self.k if k is None else max(1, int(k))
        municipality = check_municipality(municipality if municipality is not None else self.municipality)
        mode = mode or self.mode
        notice = None
        if mode != "lexical" and not self.index.dense_available:
            notice = self.index.embedding.notice
            mode = "lexical"

        expanded = self.index.glossary.expand(query)
        terms = self.index.tokenizer.content_words(expanded)
        allowed = [i for i, c in enumerate(self.index.chunks) if municipality in (None, c.municipality)]

        lexical = self._lexical_ranking(terms, allowed) if mode in ("hybrid", "lexical") else {}
        dense = self._dense_ranking(expanded, municipality) if mode in ("hybrid", "dense") else {}

        fused: dict[str, float] = {}
        for ranking, weight in ((lexical, LEXICAL_WEIGHT), (dense, 1.0)):
            for chunk_id, (rank, _) in ranking.items():
                fused[chunk_id] = fused.get(chunk_id, 0.0) + weight / (RRF_K + rank)
        order = sorted(fused, key=lambda cid: (-fused[cid], cid))

        hits: list[Hit] = []
        seen: set[str] = set()
        for chunk_id in order:
            chunk = self.index.chunk_by_id[chunk_id]
            if chunk.clause_id in seen:
                continue
            seen.add(chunk.clause_id)
            lex = lexical.get(chunk_id)
            den = dense.get(chunk_id)
            hits.append(
                Hit(
                    clause=self.index.corpus.get(chunk.clause_id),
                    chunk=chunk,
                    score=fused[chunk_id],
                    lexical_score=lex[1] if lex else None,
                    lexical_rank=lex[0] if lex else None,
                    dense_score=den[1] if den else None,
                    dense_rank=den[0] if den else None,
                )
            )
            if len(hits) >= k:
                break
        coverage = assess_coverage(query, terms, hits, self.index)
        return SearchResult(query, expanded, tuple(terms), mode, hits, coverage, notice)

    def _lexical_ranking(self, terms: list[str], allowed: list[int]) -> dict[str, tuple[int, float]]:
        scores = self.index.lexical.scores(terms)
        ranked = sorted((i for i in allowed if scores[i] > 0), key=lambda i: -scores[i])
        return {self.index.chunks[i].chunk_id: (rank, scores[i]) for rank, i in enumerate(ranked, 1)}

    def _dense_ranking(self, query: str, municipality: str | None) -> dict[str, tuple[int, float]]:
        store = self.index.store
        vector = self.index.embedding.embeddings.embed_query(query)
        results = store.similarity_search_by_vector_with_relevance_scores(
            vector,
            k=len(self.index.chunks),
            filter={"municipality": municipality} if municipality else None,
        )
        # With the cosine space Chroma returns distances: similarity = 1 - distance.
        return {
            doc.metadata["chunk_id"]: (rank, 1.0 - distance)
            for rank, (doc, distance) in enumerate(results, 1)
        }

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        result = self.search(query)
        return [
            Document(
                page_content=hit.clause.text,
                metadata={k: v for k, v in hit.to_dict().items() if k != "text"} | {"not_covered": result.not_covered},
                id=hit.clause.id,
            )
            for hit in result.hits
        ]

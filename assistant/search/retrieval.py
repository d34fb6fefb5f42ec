"""Hybrid retrieval: Sudachi BM25 and dense Chroma search, fused by standardised score.

BM25 scores and cosine similarities live on unrelated scales, so each side's
scores are standardised over the searched chunks (z-scores: how far above
this query's typical chunk a chunk stands) and then mixed.  Unlike reciprocal
rank fusion this keeps the *margin*: a chunk that one side finds far better
than all others is not flattened to "rank 1".  On eval/retrieval.jsonl this
raised hybrid MRR@10 from 0.763 (RRF) to 0.846 (see eval/README.md).
Chunks are ranked and then folded into clauses (a clause keeps its best
chunk), so every hit cites exactly one clause.  Each hit carries both sides'
scores and ranks, for the trainer's reasoning trace.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from ..guidelines.chunking import Chunk
from ..guidelines.corpus import MUNICIPALITIES, Clause
from .coverage import Coverage, assess_coverage, has_japanese
from .index import GuidelineIndex

Mode = Literal["hybrid", "lexical", "dense"]
# Share of the lexical side in the fused score, chosen on eval/retrieval.jsonl
# (0.40 and 0.50 score within 0.002 MRR of each other there).
LEXICAL_SHARE = 0.45
MAX_QUERY_CHARS = 2000


def standardise(scores: dict[str, float]) -> dict[str, float]:
    """z-scores of one side's scores over the searched chunks (all zero when they do not vary)."""
    if not scores:
        return {}
    values = list(scores.values())
    mean = sum(values) / len(values)
    spread = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5
    if spread == 0:
        return {key: 0.0 for key in scores}
    return {key: (value - mean) / spread for key, value in scores.items()}


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


def check_municipality(municipality: str | None, known: Sequence[str] = MUNICIPALITIES) -> str | None:
    """None for every municipality, else one of ``known`` (the corpus's, guidelines taken in included)."""
    if municipality in (None, "", "both", "all"):
        return None
    if municipality not in known:
        raise QueryError(f"自治体は {' / '.join(known)} / both のいずれかを指定してください。")
    return municipality


class GuidelineRetriever(BaseRetriever):
    """LangChain retriever over the guideline index.

    ``invoke(query)`` returns one ``Document`` per clause with the clause id,
    label and both sides' scores in its metadata; :meth:`search` returns the
    richer :class:`SearchResult` the CLI, the review engine and the UI use.
    Only each municipality's current edition is searched unless ``all_editions``
    is set: an older edition kept beside a newer one must not answer by default.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: GuidelineIndex
    k: int = 5
    municipality: str | None = None
    mode: Mode = "hybrid"
    all_editions: bool = False

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
        self.index.refresh()  # a rebuild by another process is picked up here, between requests
        # One index for the whole request: the app may swap in a new one (a guideline added) meanwhile.
        index = self.index
        corpus = index.corpus
        municipality = check_municipality(municipality if municipality is not None else self.municipality,
                                          corpus.municipalities())
        mode = mode or self.mode
        notice = None
        if mode != "lexical" and not index.dense_available:
            notice = index.dense_notice
            mode = "lexical"

        expanded = index.glossary.expand(query)
        weights = _term_weights(index, query)
        terms = list(weights)  # the content words of the expanded query, each once
        allowed = [i for i, c in enumerate(index.chunks) if municipality in (None, c.municipality)
                   and (self.all_editions or corpus.get(c.clause_id).doc_id in corpus.current_doc_ids)]

        lexical_scores = _lexical_scores(index, weights, allowed) if mode in ("hybrid", "lexical") else {}
        # The dense side embeds a Japanese query in the user's own words: the
        # model already knows ケアマネ and デイ, and appended glossary terms blur
        # the query vector (dense MRR@10 on eval/retrieval.jsonl 0.67 raw, 0.61
        # expanded).  A query in another language is embedded with the glossary's
        # Japanese added: the small model's cross-lingual similarity alone is weak,
        # and the not-covered signal relies on it for such queries.
        dense_query = query if has_japanese(query) else expanded
        dense_scores = _dense_scores(index, dense_query, municipality) if mode in ("hybrid", "dense") else {}
        allowed_ids = {index.chunks[i].chunk_id for i in allowed}
        dense_scores = {cid: value for cid, value in dense_scores.items() if cid in allowed_ids}
        lexical = _ranking(lexical_scores, positive_only=True)
        dense = _ranking(dense_scores)

        shares = {"hybrid": (LEXICAL_SHARE, 1.0 - LEXICAL_SHARE), "lexical": (1.0, 0.0), "dense": (0.0, 1.0)}[mode]
        fused: dict[str, float] = {}
        for scores, share in zip((lexical_scores, dense_scores), shares, strict=True):
            for chunk_id, z in standardise(scores).items():
                fused[chunk_id] = fused.get(chunk_id, 0.0) + share * z
        if mode == "lexical":  # chunks sharing no word with the query are no answer at all
            fused = {cid: value for cid, value in fused.items() if cid in lexical}
        order = sorted(fused, key=lambda cid: (-fused[cid], cid))

        hits: list[Hit] = []
        seen: set[str] = set()
        for chunk_id in order:
            chunk = index.chunk_by_id[chunk_id]
            if chunk.clause_id in seen:
                continue
            seen.add(chunk.clause_id)
            lex = lexical.get(chunk_id)
            den = dense.get(chunk_id)
            hits.append(
                Hit(
                    clause=corpus.get(chunk.clause_id),
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
        coverage = assess_coverage(query, terms, hits, index)
        return SearchResult(query, expanded, tuple(terms), mode, hits, coverage, notice)

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


def _term_weights(index: GuidelineIndex, query: str) -> dict[str, float]:
    """The user's own words weigh 1; the words a glossary entry adds weigh 1/sqrt(n) each.

    「ケアマネ」 expands to 介護 / 支援 / 専門 / 員 / ケア / マネジャー: counted in
    full, a role word would outweigh the topic of the question (「家族」).
    The square root keeps the expansion worth more than one word
    (eval/README.md: dev R@5 0.979 → 0.990, MRR@10 unchanged).
    """
    tokenizer = index.tokenizer
    weights = dict.fromkeys(tokenizer.content_words(query), 1.0)
    for entry in index.glossary.matches(query):
        added = {t for alternative in entry.alternatives for t in tokenizer.content_words(alternative)}
        for term in added:
            weights[term] = max(weights.get(term, 0.0), len(added) ** -0.5)
    return weights


def _lexical_scores(index: GuidelineIndex, terms: dict[str, float], allowed: list[int]) -> dict[str, float]:
    scores = index.lexical.scores(terms)
    return {index.chunks[i].chunk_id: scores[i] for i in allowed}


def _dense_scores(index: GuidelineIndex, query: str, municipality: str | None) -> dict[str, float]:
    store = index.store
    vector = index.embedding.embeddings.embed_query(query)
    results = store.similarity_search_by_vector_with_relevance_scores(
        vector,
        k=len(index.chunks),
        filter={"municipality": municipality} if municipality else None,
    )
    # With the cosine space Chroma returns distances: similarity = 1 - distance.
    return {doc.metadata["chunk_id"]: 1.0 - distance for doc, distance in results}


def _ranking(scores: dict[str, float], positive_only: bool = False) -> dict[str, tuple[int, float]]:
    """(rank, score) per chunk, best first; ties broken by chunk id so results are stable."""
    kept = [cid for cid, value in scores.items() if value > 0 or not positive_only]
    kept.sort(key=lambda cid: (-scores[cid], cid))
    return {cid: (rank, scores[cid]) for rank, cid in enumerate(kept, 1)}

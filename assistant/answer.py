"""Extractive answers: the guideline's own sentences, quoted with their clauses.

Without an LLM the most faithful answer is the text itself.  Sentences of the
retrieved clauses are scored by the IDF weight of the query words they
contain, with a bonus for the clause's retrieval rank, and the best few are
quoted verbatim; every quote goes through the citation verifier.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .chunking import sentences
from .citations import Citation, cite
from .corpus import Clause
from .index import GuidelineIndex
from .retrieval import GuidelineRetriever, SearchResult

MAX_QUOTES = 3
MAX_PER_CLAUSE = 2
NOT_COVERED_MESSAGE = (
    "ご質問の内容について、荒川区・杉並区のガイドラインには該当する記載が見つかりませんでした。"
    "ガイドラインにない数値や基準をお答えすることはできません。"
    "介護保険の制度や報酬については、保険者（区）や国の通知をご確認ください。"
)


@dataclass(frozen=True)
class Answer:
    question: str
    not_covered: bool
    text: str
    citations: list[Citation]
    search: SearchResult = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "not_covered": self.not_covered,
            "coverage_reason": self.search.coverage.reason,
            "citations": [c.to_dict() for c in self.citations],
            "notice": self.search.notice,
        }


def _rank_sentences(result: SearchResult, index: GuidelineIndex) -> list[tuple[float, int, str, Clause]]:
    """(score, clause rank, sentence, clause) for every sentence of every hit, best first."""
    terms = set(result.query_terms)
    idf = index.lexical.idf
    scored = []
    for rank, hit in enumerate(result.hits):
        text = hit.clause.text
        for start, end in sentences(text):
            sentence = text[start:end].strip()
            words = set(index.tokenizer.content_words(sentence))
            overlap = sum(idf.get(t, 0.0) for t in terms & words)
            scored.append((overlap + 2.0 / (rank + 1), rank, sentence, hit.clause))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return scored


def answer_question(question: str, retriever: GuidelineRetriever, *, municipality: str | None = None, k: int = 4) -> Answer:
    """Quote the sentences that best answer ``question``, or say the guidelines are silent."""
    result = retriever.search(question, k=k, municipality=municipality)
    corpus = retriever.index.corpus
    if result.not_covered:
        return Answer(question, True, NOT_COVERED_MESSAGE, [], result)

    chosen: list[Citation] = []
    per_clause: dict[str, int] = {}
    for _, _, sentence, clause in _rank_sentences(result, retriever.index):
        if per_clause.get(clause.id, 0) >= MAX_PER_CLAUSE:
            continue
        per_clause[clause.id] = per_clause.get(clause.id, 0) + 1
        chosen.append(cite(clause, sentence, corpus))
        if len(chosen) >= MAX_QUOTES:
            break
    lines = ["ガイドラインには次のように書かれています。"]
    for i, c in enumerate(chosen, 1):
        lines.append(f"[{i}] 「{c.quote}」（{c.label}）")
    return Answer(question, False, "\n".join(lines), chosen, result)

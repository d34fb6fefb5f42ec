"""Extractive answers: the guideline's own sentences, quoted with their clauses.

Without an LLM the most faithful answer is the text itself.  The answer
follows the retrieval ranking: from each of the top clauses, in order, it
quotes the sentence sharing the most (IDF-weighted) words with the question.
Re-ranking sentences across clauses by word overlap alone dropped the right
clause more often (answers quoting a gold clause on eval/retrieval.jsonl: 0.835
with cross-clause re-ranking, 0.907 in retrieval order).  A lower clause is
quoted only when its fused score reaches RELATIVE_SCORE of the top clause's:
that drops loosely related quotes without losing right ones (per question,
the share of quotes from a gold clause 0.35 → 0.48 on the same set; the
right-clause rate is unchanged).
Every quote goes through the citation verifier.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..guidelines.chunking import sentences
from ..guidelines.citations import Citation, cite
from ..guidelines.corpus import Clause
from ..search.index import GuidelineIndex
from ..search.retrieval import GuidelineRetriever, SearchResult

MAX_QUOTES = 3
RELATIVE_SCORE = 0.4
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


def _best_sentence(clause: Clause, terms: set[str], index: GuidelineIndex) -> str:
    """The clause's sentence sharing the most IDF weight with the query (the first one on a tie)."""
    idf = index.lexical.idf
    best, best_score = "", -1.0
    for start, end in sentences(clause.text):
        sentence = clause.text[start:end].strip()
        score = sum(idf.get(t, 0.0) for t in terms & set(index.tokenizer.content_words(sentence)))
        if score > best_score:
            best, best_score = sentence, score
    return best


def answer_question(question: str, retriever: GuidelineRetriever, *, municipality: str | None = None, k: int = 4) -> Answer:
    """Quote the sentences that best answer ``question``, or say the guidelines are silent."""
    result = retriever.search(question, k=k, municipality=municipality)
    corpus = retriever.index.corpus
    if result.not_covered:
        return Answer(question, True, NOT_COVERED_MESSAGE, [], result)

    terms = set(result.query_terms)
    top = result.hits[0].score
    quoted = [hit for i, hit in enumerate(result.hits[:MAX_QUOTES])
              if i == 0 or (top > 0 and hit.score >= RELATIVE_SCORE * top)]
    chosen = [cite(hit.clause, _best_sentence(hit.clause, terms, retriever.index), corpus) for hit in quoted]
    lines = ["ガイドラインには次のように書かれています。"]
    for i, c in enumerate(chosen, 1):
        lines.append(f"[{i}] 「{c.quote}」（{c.label}）")
    return Answer(question, False, "\n".join(lines), chosen, result)

"""Extractive answers: a verdict first, then the guideline's own sentences, quoted with their clauses.

Without an LLM the most faithful answer is the text itself.  Every answer
begins with its footing (:mod:`.verdict`): 記載あり when a quoted sentence
states what was asked, 関連する記載のみ with what is missing named in the
question's words, 記載なし with no quote offered as an answer and a pointer to
where such rules usually live.

The quotes follow the retrieval ranking: from each of the top clauses, in
order, the sentence stating most of the question's focus
(:func:`.verdict.best_sentence`).  Re-ranking sentences across clauses by word
overlap alone dropped the right clause more often (answers quoting a gold
clause on eval/retrieval.jsonl: 0.835 with cross-clause re-ranking, 0.907 in
retrieval order).  A lower clause is quoted only when its fused score reaches
RELATIVE_SCORE of the top clause's.  A question naming a municipality
(「杉並区の…」) is searched in that municipality's guideline.  Every quote goes
through the citation verifier.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..guidelines.citations import Citation, cite
from ..guidelines.corpus import Corpus
from ..search.index import GuidelineIndex
from ..search.retrieval import GuidelineRetriever, SearchResult, check_municipality
from .focus import Focus, FocusVocabulary, named_municipality, read_focus
from .verdict import Candidate, Verdict, best_sentence, clause_share, judge

MAX_QUOTES = 3
RELATIVE_SCORE = 0.4
SCOPE_LABELS = {None: "荒川区・杉並区のガイドライン", "arakawa": "荒川区のガイドライン", "suginami": "杉並区の基本方針"}


def scope_label(scope: str | None, corpus: Corpus) -> str:
    """What was searched, for the answer's first line; guidelines taken in are named by their display name."""
    names = corpus.municipality_names()
    extra = [name for m, name in names.items() if m not in SCOPE_LABELS]
    if scope is None:
        shipped = [name for m, name in names.items() if m in SCOPE_LABELS]
        return SCOPE_LABELS[None] if not extra else "・".join(shipped + extra) + "のガイドライン"
    if scope in SCOPE_LABELS:
        return SCOPE_LABELS[scope]
    return f"{corpus.municipality_names()[scope]}のガイドライン"


@dataclass(frozen=True)
class Answer:
    question: str
    verdict: Verdict
    text: str
    citations: list[Citation]
    scope: str | None  # the municipality searched (None: both)
    search: SearchResult = field(repr=False)
    where: str = ""  # the searched guidelines by name (:func:`scope_label`), for the app's 検索した資料 line

    @property
    def coverage(self) -> str:
        return self.verdict.coverage

    @property
    def not_covered(self) -> bool:
        """Kept for callers of the earlier interface: nothing the guidelines state answers the question."""
        return self.verdict.coverage == "none"

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "coverage": self.verdict.coverage,
            "verdict": self.verdict.label,
            "focus": self.verdict.focus,
            "missing": self.verdict.missing,
            "scope": self.scope or "both",
            "answer": self.text,
            "not_covered": self.not_covered,
            "coverage_reason": self.verdict.reason,
            "citations": [c.to_dict() for c in self.citations],
            "notice": self.search.notice,
        }


@lru_cache(maxsize=1)
def focus_vocabulary() -> FocusVocabulary:
    """The focus word lists (question_focus.json), read once."""
    return FocusVocabulary.load()


def _corpus_text(index: GuidelineIndex) -> str:
    """All clause text in one string, for telling the guidelines' own terms from everyday words."""
    cached = getattr(index, "_answer_corpus_text", None)
    if cached is None:
        cached = "\n".join(c.text for c in index.corpus)
        index._answer_corpus_text = cached
    return cached


def question_focus(question: str, index: GuidelineIndex) -> Focus:
    """What ``question`` asks, read against this index's words (also what caps a model's verdict)."""
    return read_focus(question, index.tokenizer, index.lexical.idf, index.glossary, focus_vocabulary(), _corpus_text(index))


def answer_question(question: str, retriever: GuidelineRetriever, *, municipality: str | None = None, k: int = 4) -> Answer:
    """Quote the sentences that best answer ``question`` under a stated verdict."""
    index = retriever.index
    vocabulary = focus_vocabulary()
    focus = question_focus(question, index)
    corpus = index.corpus
    scope = (focus.municipality or named_municipality(question, corpus.municipality_names())
             or check_municipality(municipality, corpus.municipalities()))
    result = retriever.search(question, k=k, municipality=scope)
    terms = set(result.query_terms)
    top = result.hits[0].score if result.hits else 0.0
    quoted = [hit for i, hit in enumerate(result.hits[:MAX_QUOTES])
              if i == 0 or (top > 0 and hit.score >= RELATIVE_SCORE * top)]
    candidates = [Candidate(hit, *best_sentence(hit.clause, focus, index.tokenizer, terms, index.lexical.idf),
                            clause_share(hit.clause, focus, index.tokenizer)) for hit in quoted]
    verdict = judge(focus, result, candidates, vocabulary.states_obligation)
    chosen = [] if verdict.coverage == "none" else [cite(c.hit.clause, c.sentence, index.corpus) for c in candidates]
    where = scope_label(scope, index.corpus)
    return Answer(question, verdict, _text(verdict, focus, chosen, where, vocabulary), chosen, scope, result, where)


def _text(verdict: Verdict, focus: Focus, citations: list[Citation], where: str,
          vocabulary: FocusVocabulary) -> str:
    if verdict.coverage == "none" and focus.outside_scope:
        places = "・".join(focus.outside_scope)
        return "\n".join([
            f"【{verdict.label}】{places}のガイドライン・方針は収録されていないため、お答えできません。",
            f"参照できるのは{where}です。{places}の定めは、その自治体（保険者）の資料でご確認ください。",
        ])
    if verdict.coverage == "none":
        asked = "・".join(f"「{w}」" for w in verdict.focus[:3])
        return "\n".join([
            f"【{verdict.label}】{where}には、ご質問{'の' + asked + 'について' if asked else 'に'}該当する記載が見つかりませんでした。",
            "ガイドラインにない数値や基準をお答えすることはできません。",
            f"{vocabulary.pointer(focus.question)}。",
        ])
    lines = []
    if verdict.coverage == "direct":
        lines.append(f"【{verdict.label}】{where}には次のように書かれています。")
    else:
        missing = "・".join(f"「{w}」" for w in verdict.missing) or "ご質問の点"
        lines.append(f"【{verdict.label}】{missing}については、{where}に書かれていません。関連する記載は次のとおりです。")
    lines += [f"[{i}] 「{c.quote}」（{c.label}）" for i, c in enumerate(citations, 1)]
    return "\n".join(lines)

"""The Q&A faithfulness metrics of ``eval faithfulness --llm``, one small function each (ragas-style).

Each metric takes the answers of one side (the offline engine, or the
configured model) and returns a :class:`Ratio` — the count behind the share is
kept, so a report reads 「5/6」 and a test can assert the exact numbers of a
script.  A ratio over nothing (no citation made, no question of that label)
is ``None``, shown as 「—」: "not measured" must not read as 0 or as 1.

The model side is scored on what the model *wrote*, before the verifier: what
is shown has passed the verifier by construction, so scoring it would always
give 1.0 and hide how much had to be removed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..answer.llm.verify import clause_citation
from ..guidelines.corpus import Corpus


@dataclass(frozen=True)
class Claim:
    """One answer sentence and the citations it claims, as ``(clause_id, quote)`` pairs."""

    text: str
    citations: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class SideAnswer:
    """One side's answer to one question, as scored.

    ``retrieved`` holds the clause ids this side was given (a citation of any
    other clause is invalid even when the clause exists); ``fallback`` the
    one-line reason when the model's answer was replaced by the offline one.
    """

    verdict: str
    claims: tuple[Claim, ...]
    retrieved: frozenset[str]
    fallback: str | None = None


@dataclass(frozen=True)
class Ratio:
    """``hits`` over ``total``; ``value`` is None when there was nothing to measure."""

    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        return "—" if self.value is None else f"{self.value:.3f}（{self.hits}/{self.total}）"


def valid_citation(clause_id: str, quote: str, answer: SideAnswer, corpus: Corpus) -> bool:
    """The product's own verifier: the id exists and was retrieved, the quote is verbatim (and not a fragment)."""
    retrieved = {i: c for i in answer.retrieved if (c := corpus.get(i)) is not None}
    return clause_citation(clause_id, quote, retrieved, corpus) is not None


def citation_validity(answers: Sequence[SideAnswer], corpus: Corpus) -> Ratio:
    """Valid citations over all citations made (0–1, higher is better).

    Counts every (sentence, citation) pair, so a fabricated id or a
    paraphrased quote lowers it by one each.
    """
    checks = [valid_citation(cid, quote, a, corpus) for a in answers for claim in a.claims for cid, quote in claim.citations]
    return Ratio(sum(checks), len(checks))


def cited_clauses(answer: SideAnswer, corpus: Corpus) -> set[str]:
    """The distinct clauses the answer cites validly: an invalid citation is already counted by
    :func:`citation_validity` and would be removed before showing, so it neither helps recall nor hurts precision."""
    return {cid for claim in answer.claims for cid, quote in claim.citations if valid_citation(cid, quote, answer, corpus)}


def cited_clause_precision(answers: Sequence[SideAnswer], gold: Sequence[set[str]], corpus: Corpus) -> Ratio:
    """Cited clauses that are gold clauses, over all distinct clauses cited per question (0–1, higher is better).

    Over every question: citing anything on a question whose gold set is empty
    (a 記載なし question) counts against it.
    """
    cited = [cited_clauses(a, corpus) for a in answers]
    return Ratio(sum(len(c & g) for c, g in zip(cited, gold, strict=True)), sum(len(c) for c in cited))


def cited_clause_recall(answers: Sequence[SideAnswer], gold: Sequence[set[str]], corpus: Corpus) -> Ratio:
    """Gold clauses cited, over all gold clauses (0–1, higher is better); questions without gold do not count."""
    cited = [cited_clauses(a, corpus) for a in answers]
    return Ratio(sum(len(c & g) for c, g in zip(cited, gold, strict=True)), sum(len(g) for g in gold))


def verdict_accuracy(answers: Sequence[SideAnswer], expected: Sequence[str], label: str | None = None) -> Ratio:
    """Questions whose shown verdict equals the set's label (0–1, higher is better), among those labelled ``label``.

    ``label=None`` is all questions; partial and none are reported apart
    because saying 記載あり where the guidelines are silent is the costly error.
    """
    pairs = [(a.verdict, e) for a, e in zip(answers, expected, strict=True) if label is None or e == label]
    return Ratio(sum(got == want for got, want in pairs), len(pairs))


def cited_sentence_share(answers: Sequence[SideAnswer], corpus: Corpus) -> Ratio:
    """Answer sentences carrying at least one valid citation, over all answer sentences (0–1, higher is better)."""
    flags = [any(valid_citation(cid, quote, a, corpus) for cid, quote in claim.citations)
             for a in answers for claim in a.claims]
    return Ratio(sum(flags), len(flags))


def fallbacks(answers: Sequence[SideAnswer]) -> Mapping[str, int]:
    """Answers replaced by the offline one, by reason (0 up to the number of questions; lower is better)."""
    counts: dict[str, int] = {}
    for answer in answers:
        if answer.fallback is not None:
            counts[answer.fallback] = counts.get(answer.fallback, 0) + 1
    return counts

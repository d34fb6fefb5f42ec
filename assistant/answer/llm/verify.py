"""The one verifier every piece of model output passes before it is shown.

* a clause citation must name a clause that exists **and** was given to the
  model for this question, and its quote must be verbatim in that clause
  (:func:`assistant.guidelines.citations.verify`, whitespace-insensitive) and
  at least ``MIN_QUOTE_CHARS`` long: 「の」 or 「支援」 is in nearly every clause and
  would let any sentence claim any clause;
* a plan quote must be verbatim in the loaded plan;
* a rewrite must start from the plan's own words and name a finding of this
  plan's review — the model proposes wording, it never adds a finding.

Whatever fails is removed, not repaired.  A sentence whose every piece of
evidence failed is dropped: it claimed a source it does not have.  A sentence
that cited nothing is kept only as 「根拠なし」, so the reader sees it is the
model's own wording.  With pseudonymisation on (:mod:`.pseudonymise`), the
answer arrives already restored; a sentence, quote or rewrite still holding a
placeholder that maps to nothing is removed like any other unverifiable claim
(a sentence holding one is dropped, not shown as 「根拠なし」 with a 〔…〕 in it).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from ...guidelines.citations import Citation, CitationError, verify
from ...guidelines.corpus import Clause, Corpus
from ...guidelines.textnorm import strip_ws
from .schema import ModelAnswer, Rewrite

MIN_QUOTE_CHARS = 8  # characters, whitespace aside: about one phrase of a guideline sentence


@dataclass(frozen=True)
class VerifiedSentence:
    text: str
    citations: tuple[Citation, ...]
    plan_quotes: tuple[str, ...]

    @property
    def unsupported(self) -> bool:
        """Nothing backs it: shown marked 「根拠なし」."""
        return not self.citations and not self.plan_quotes


@dataclass(frozen=True)
class VerifiedAnswer:
    sentences: tuple[VerifiedSentence, ...]
    rewrites: tuple[Rewrite, ...]
    rejected: int  # citations, plan quotes and rewrites that did not verify
    dropped_sentences: int

    @property
    def citations(self) -> list[Citation]:
        """Every verified clause citation, each once, in the order the sentences cite them."""
        seen: list[Citation] = []
        for sentence in self.sentences:
            seen += [c for c in sentence.citations if c not in seen]
        return seen

    @property
    def supported(self) -> bool:
        """At least one sentence stands on verified evidence."""
        return any(not s.unsupported for s in self.sentences)


def in_plan(quote: str, plan_text: str) -> bool:
    """A plan quote counts only when verbatim in the plan (line breaks aside); an empty quote never does."""
    key = strip_ws(quote)
    return bool(key) and (quote in plan_text or key in strip_ws(plan_text))


def verify_answer(
    answer: ModelAnswer,
    retrieved: Mapping[str, Clause],
    corpus: Corpus,
    *,
    plan_text: str | None = None,
    check_ids: Collection[str] = (),
    unmapped: Callable[[str], bool] | None = None,
) -> VerifiedAnswer:
    """Keep only what verifies (see the module docstring).

    ``retrieved`` holds the clauses the model was given; ``plan_text`` and
    ``check_ids`` the loaded plan and its findings (None and empty outside the
    plan chat: then no plan quote and no rewrite can verify).  ``unmapped``
    says whether a text still holds a placeholder that could not be restored.
    """
    unmapped = unmapped or (lambda text: False)
    rejected = dropped = 0
    kept: list[VerifiedSentence] = []
    for sentence in answer.sentences:
        citations: list[Citation] = []
        for cited in sentence.citations:
            citation = clause_citation(cited.clause_id, cited.quote, retrieved, corpus)
            if citation is None:
                rejected += 1
            elif citation not in citations:
                citations.append(citation)
        quotes = [q for q in sentence.plan_quotes
                  if plan_text is not None and not unmapped(q) and in_plan(q, plan_text)]
        rejected += len(sentence.plan_quotes) - len(quotes)
        claimed = bool(sentence.citations or sentence.plan_quotes)
        if not sentence.text.strip() or unmapped(sentence.text) or (claimed and not citations and not quotes):
            dropped += 1
            continue
        kept.append(VerifiedSentence(sentence.text.strip(), tuple(citations), tuple(quotes)))
    rewrites = tuple(r for r in answer.rewrites
                     if plan_text is not None and r.check_id in check_ids and in_plan(r.original, plan_text)
                     and r.proposal.strip() and not unmapped(r.proposal) and not unmapped(r.field))
    rejected += len(answer.rewrites) - len(rewrites)
    return VerifiedAnswer(tuple(kept), rewrites, rejected, dropped)


def clause_citation(clause_id: str, quote: str, retrieved: Mapping[str, Clause], corpus: Corpus) -> Citation | None:
    """The verified citation, or None: unknown id, a clause not given to the model, too short, or words not in it.

    Public because ``eval faithfulness --llm`` scores the model's raw citations with this same test.
    """
    clause = retrieved.get(clause_id)
    if clause is None or len(strip_ws(quote)) < MIN_QUOTE_CHARS:
        return None
    try:
        return verify(Citation(clause.id, clause.label, quote), corpus)
    except CitationError:
        return None

"""Plan chat through a chat model: answers about the loaded plan and proposed rewrites, all verified.

The model is given the plan (as delimited data: an instruction written inside
a plan is part of the record, never an order), the findings the question is
about, and the clauses those findings cite plus the clauses retrieved for the
question.  What comes back passes the one verifier (:mod:`.verify`): clause
quotes verbatim in a clause given to it, plan quotes verbatim in the plan,
rewrites starting from the plan's own words and naming one of these findings.
The model proposes wording; it never adds or removes a finding.  When the
server is not on this machine, personal items are replaced by placeholders
before sending and restored before verifying (:mod:`.pseudonymise`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from langchain_core.output_parsers import StrOutputParser
from langchain_core.runnables import Runnable, RunnableLambda, RunnablePassthrough

from ...guidelines.corpus import Clause, Corpus
from ...review.findings import SEVERITY_LABELS, Finding
from ...search.retrieval import GuidelineRetriever
from .backends import Backend
from .chain import OFFLINE, ModelFailure, TextSink, clauses_block, parse_reply, retrieved_clauses, run_chain
from .prompt import delimited, render
from .pseudonymise import NO_PSEUDONYMS, Pseudonyms, pseudonymise
from .verify import VerifiedAnswer, verify_answer


@dataclass(frozen=True)
class PlanAnswer:
    """The model's verified answer about a plan, and who wrote it."""

    verified: VerifiedAnswer
    model: str
    findings: tuple[Finding, ...]


def findings_block(findings: list[Finding]) -> str:
    """The findings the model may speak about, by id, as delimited data (the plan's words included)."""
    parts = []
    for f in findings:
        evidence = " / ".join(s.text for s in f.evidence[:3]) or "（該当する記載なし）"
        parts.append(f"[{f.check_id}] {f.name}（{SEVERITY_LABELS[f.severity]}）\n該当箇所: {evidence}\n"
                     f"助言: {f.advice}\n振り返りの問い: {f.question}")
    return delimited("findings", "\n\n".join(parts) or "（この質問に関係する指摘はありません）")


def finding_clauses(findings: list[Finding], corpus: Corpus) -> dict[str, Clause]:
    """The clauses the findings cite, by id (the model may quote them too)."""
    return {c.clause_id: clause for f in findings for c in f.citations
            if (clause := corpus.get(c.clause_id)) is not None}


def plan_chain(retriever: GuidelineRetriever, model: Runnable, findings: list[Finding],
               pseudonyms: Pseudonyms = NO_PSEUDONYMS) -> Runnable:
    """``{"question", "plan"}`` → adds ``documents`` (retrieved for the question) and the model's raw ``reply``.

    The question, the findings and the plan are sent with ``pseudonyms``
    applied; the clauses (public guideline text) as they are.
    """
    corpus = retriever.index.corpus
    hide = pseudonyms.hide

    def messages(state: Mapping[str, Any]) -> list:
        clauses = finding_clauses(findings, corpus) | retrieved_clauses(state["documents"], corpus)
        return render("plan_answer", question=delimited("question", hide(state["question"])),
                      findings=hide(findings_block(findings)), clauses=clauses_block(list(clauses.values())),
                      plan=delimited("plan", hide(state["plan"])))

    return (
        RunnablePassthrough.assign(documents=itemgetter("question") | retriever)
        | RunnablePassthrough.assign(reply=RunnableLambda(messages) | model | StrOutputParser())
    )


def ask_about_plan(question: str, plan_text: str, findings: list[Finding], retriever: GuidelineRetriever,
                   backend: Backend, *, timeout: float, municipality: str | None = None,
                   on_text: TextSink | None = None) -> PlanAnswer:
    """The model's verified answer, or :class:`ModelFailure` (the caller then answers offline)."""
    scoped = retriever.model_copy(update={"k": 3, "municipality": municipality})
    pseudonyms = (pseudonymise(plan_text, question, findings_block(findings)) if backend.pseudonymise
                  else NO_PSEUDONYMS)
    state = run_chain(plan_chain(scoped, backend.model, findings, pseudonyms), {"question": question, "plan": plan_text},
                      timeout, pseudonyms.streamed(on_text))
    parsed = pseudonyms.restore_answer(parse_reply(state["reply"]))  # back to the plan's own words before verifying
    corpus = retriever.index.corpus
    given = finding_clauses(findings, corpus) | retrieved_clauses(state["documents"], corpus)
    verified = verify_answer(parsed, given, corpus, plan_text=plan_text, check_ids={f.check_id for f in findings},
                             unmapped=pseudonyms.unmapped)
    if parsed.verdict == "none":
        raise ModelFailure(f"モデルがこの質問には点検結果・条文から答えられないと判定したため、{OFFLINE}。")
    if not (verified.supported or verified.rewrites):
        raise ModelFailure(f"モデルの回答を点検結果・条文・プランの原文で確かめられなかったため、{OFFLINE}。")
    return PlanAnswer(verified, backend.label, tuple(findings))

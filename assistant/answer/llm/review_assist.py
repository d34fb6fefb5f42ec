"""Review assist (opt-in, ``CAREPLAN_LLM_REVIEW_ASSIST=1``): the model's phrasing of each finding for this plan.

Why: the offline advice is the rubric's general wording; a care manager reading
twelve findings is helped by hearing each one said about *their* plan, and a
supervisor by a question that names the plan's own words.  Why it cannot change
the review: the rule engine decides what is found.  The model is given the
findings (id, name, severity, the plan text each is about, its clause ids, the
offline advice), the clauses those findings cite and the plan, all as delimited
data, and returns wording keyed by finding id.  Only the review's own ids are
read: an id the model invents is ignored, a finding it leaves out keeps its
offline text, and the findings list itself is never touched.  Every returned
sentence passes the one verifier (:mod:`.verify`) against the plan and *that
finding's* clauses; one that fails is dropped.  A timeout, an HTTP error or
malformed output leaves the offline review as it is, with a one-line notice.
The phrasing is kept beside the offline advice and its citations, marked as the
model's, never in their place.  Personal items are replaced before a call to a
server off this machine, as in the plan chat (:mod:`.pseudonymise`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

from langchain_core.output_parsers import StrOutputParser
from langchain_core.runnables import RunnableLambda, RunnablePassthrough
from langchain_core.utils.json import parse_json_markdown
from pydantic import ValidationError

from ...guidelines.corpus import Corpus
from ...review.findings import SEVERITY_LABELS, AssistSentence, Finding, Phrasing, Review, ReviewAssist
from .backends import Backend
from .chain import ModelFailure, clauses_block, run_chain
from .plan import finding_clauses
from .prompt import delimited, render
from .pseudonymise import NO_PSEUDONYMS, pseudonymise
from .schema import ModelAnswer, ModelAssist
from .verify import VerifiedAnswer, verify_answer

ASSIST_OFFLINE = "モデルによる言い換えなしで点検結果を表示しています"


def assist_findings_block(findings: list[Finding]) -> str:
    """Each finding as the model sees it, under its id: what it is about, its clause ids and the offline advice."""
    parts = []
    for f in findings:
        evidence = " / ".join(s.text for s in f.evidence) or "（該当する記載なし）"
        clause_ids = "・".join(c.clause_id for c in f.citations) or "（なし）"
        lines = [f"[{f.check_id}] {f.name}（{SEVERITY_LABELS[f.severity]}）", f"該当箇所: {evidence}",
                 f"根拠条文ID: {clause_ids}", f"助言: {f.advice or '（なし）'}"]
        if f.tips:
            lines.append(f"実践のヒント（ガイドラインの記載ではない）: {''.join(f.tips)}")
        lines.append(f"振り返りの問い: {f.question}")
        parts.append("\n".join(lines))
    return delimited("findings", "\n\n".join(parts))


def assist_review(review: Review, corpus: Corpus, backend: Backend, *, timeout: float) -> Review:
    """``review`` with the model's verified phrasing attached (:class:`ReviewAssist`); its findings unchanged.

    Returns a copy: the offline review the caller holds is not modified.
    """
    if not review.findings:  # nothing to phrase: no call, nothing sent
        return replace(review, assist=ReviewAssist(None))
    block = assist_findings_block(review.findings)
    pseudonyms = pseudonymise(review.plan_text, block) if backend.pseudonymise else NO_PSEUDONYMS
    clauses = finding_clauses(review.findings, corpus)
    messages = render("review_assist", mode=review.mode,  # one of MODES, not user text
                      findings=pseudonyms.hide(block), clauses=clauses_block(list(clauses.values())),
                      plan=delimited("plan", pseudonyms.hide(review.plan_text)))
    chain = RunnablePassthrough.assign(reply=RunnableLambda(lambda _: messages) | backend.model | StrOutputParser())
    try:
        state = run_chain(chain, {}, timeout, offline=ASSIST_OFFLINE)
        parsed = pseudonyms.restore_answer(parse_assist(state["reply"]))
    except ModelFailure as failure:
        return replace(review, assist=ReviewAssist(None, str(failure)))
    phrasings, dropped = verify_phrasings(parsed, review, corpus, pseudonyms.unmapped)
    notice = (f"モデルの言い換えのうち、プランや条文の原文で確かめられなかった文 {dropped}件を除きました"
              "（その部分はガイドラインに基づく助言だけを表示しています）。") if dropped else None
    return replace(review, assist=ReviewAssist(backend.label, notice, phrasings))


def parse_assist(reply: str) -> ModelAssist:
    """The model's JSON (a ```json fence tolerated), or :class:`ModelFailure`."""
    try:
        return ModelAssist.model_validate(parse_json_markdown(reply))
    except (ValueError, ValidationError, json.JSONDecodeError, TypeError) as exc:
        raise ModelFailure(f"モデルの回答が決められた形（JSON）ではなかったため、{ASSIST_OFFLINE}。") from exc


def verify_phrasings(parsed: ModelAssist, review: Review, corpus: Corpus,
                     unmapped: Callable[[str], bool]) -> tuple[dict[str, Phrasing], int]:
    """The verified phrasing of each finding the review has, and how many sentences were dropped.

    A sentence may cite only the clauses of its own finding: the verifier is
    given those alone, so a clause of another finding (or none) does not verify.
    Questions count only in supervision mode, where they are asked for.
    """
    findings = {f.check_id: f for f in review.findings}
    phrasings: dict[str, Phrasing] = {}
    dropped = 0
    for item in parsed.findings:
        finding = findings.get(item.check_id)
        if finding is None or item.check_id in phrasings:  # an invented id, or a second phrasing of one finding
            continue
        given = finding_clauses([finding], corpus)
        advice, question = (
            verify_answer(ModelAnswer(verdict="direct", sentences=sentences), given, corpus,
                          plan_text=review.plan_text, unmapped=unmapped)
            for sentences in (item.advice, item.question if review.mode == "supervision" else []))
        dropped += advice.dropped_sentences + question.dropped_sentences
        if advice.sentences or question.sentences:
            phrasings[item.check_id] = Phrasing(_sentences(advice), _sentences(question))
    return phrasings, dropped


def _sentences(verified: VerifiedAnswer) -> tuple[AssistSentence, ...]:
    return tuple(AssistSentence(s.text, s.citations, s.plan_quotes) for s in verified.sentences)

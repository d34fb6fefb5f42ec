"""The chat's logic, apart from the UI: a pasted plan becomes the context; questions about it are
answered from its own review; other questions from the guidelines.

「この短期目標はどう直せばいい？」 names a field of the plan (短期目標).  The
findings of the checks that read that field answer it: the plan's own text,
the rubric's advice, and the verified clauses.  Nothing is generated, so the
chat stays faithful without an LLM; when the review has nothing on the point,
the guidelines' own sentences answer instead.

With a chat model configured (``CAREPLAN_LLM``) the same questions, and
requests for a rewritten goal (「書き直した例を見せて」), go to the model
(:mod:`assistant.answer.llm`); only its verified sentences are shown, rewrites
are marked 「案」 with the check they address, and any failure gives the
offline reply above with a one-line notice.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ..answer.extractive import Answer, answer_question
from ..answer.llm.backends import Backend
from ..answer.llm.chain import ModelFailure, TextSink, ask, removed_notice
from ..answer.llm.plan import ask_about_plan
from ..guidelines.citations import Citation, verify
from ..resources import RUBRIC_DIR
from ..review.engine import ReviewEngine
from ..review.findings import SEVERITY_LABELS, Finding, Review
from ..search.retrieval import GuidelineRetriever
from .presenters import (
    model_answer_markdown,
    model_line,
    model_sentence,
    notice_line,
    scope_line,
    source_mark,
    sources_markdown,
)

TERMS_FILE = RUBRIC_DIR / "plan_chat_terms.json"
_PLAN_MARKERS = re.compile(r"長期目標|短期目標|第\s*[1-3１-３]\s*表|生活全般の解決すべき課題|サービス内容|総合的な援助の方針|"
                           r"居宅サービス計画|介護予防サービス・支援計画|目標とする生活")
MAX_PLAN_FINDINGS = 3


@dataclass
class ChatReply:
    """One assistant turn: Markdown for the chat, its numbered citations, and the plan context after it.

    ``source`` says what the reply was drawn from: the guidelines, the loaded
    plan's review, or a plan just pasted (then the question *is* the plan).  A
    rating stores a plan-drawn reply's text only with the user's consent, since
    it quotes the plan.  ``answer`` is the guidelines' answer when one was given
    (its verdict and scope are recorded with a rating); ``check_ids`` are the
    findings a plan-drawn reply showed.
    """

    markdown: str
    citations: list[Citation] = field(default_factory=list)
    review: Review | None = None
    source: Literal["guidelines", "plan", "pasted_plan"] = "guidelines"
    answer: Answer | None = None
    check_ids: tuple[str, ...] = ()
    model: str | None = None  # the chat model that wrote it; None: the offline engine
    notice: str | None = None  # why the model's answer is not shown, or what of it was removed


@dataclass(frozen=True)
class ChatTurn:
    """A question and its reply, kept for the conversation: earlier sources stay openable, answers can be rated.

    ``municipality`` is the 自治体 chosen on screen when it was asked.
    """

    question: str
    reply: ChatReply
    municipality: str


def looks_like_plan(text: str) -> bool:
    """A pasted plan rather than a question: plan headings, or a long multi-line text."""
    stripped = text.strip()
    markers = len(set(_PLAN_MARKERS.findall(stripped)))
    return markers >= 2 or (len(stripped) >= 300 and stripped.count("\n") >= 3)


def load_terms(path: Path = TERMS_FILE) -> dict[str, tuple[str, ...]]:
    raw = json.loads(path.read_text(encoding="utf-8"))["terms"]
    return {term: tuple(fields) for term, fields in sorted(raw.items(), key=lambda kv: -len(kv[0]))}


def _pattern(key: str, path: Path = TERMS_FILE) -> re.Pattern[str]:
    return re.compile(json.loads(path.read_text(encoding="utf-8"))[key])


def related_findings(question: str, review: Review, engine: ReviewEngine, terms: dict[str, tuple[str, ...]]) -> list[Finding]:
    """Findings a question about the plan is about: by check name first, then by the fields it names."""
    named = [f for f in review.findings if any(t in f.name and t in question for t in terms)]
    fields: set[str] = set()
    rest = question
    for term, columns in terms.items():  # longest first: 短期目標 before 目標
        if term in rest:
            fields.update(columns)
            rest = rest.replace(term, "")
    by_field = [f for f in review.findings if f not in named and fields & set(engine.rubric.checks[f.check_id].fields)]
    return (named + by_field)[:MAX_PLAN_FINDINGS]


def _about_the_plan(question: str, terms: dict[str, tuple[str, ...]], *, model: bool = False) -> bool:
    """「この短期目標」「プランの目標はどう直す？」: the question points at the loaded plan.

    A general question asked after a review (「ケアプラン点検って何のため？」) is
    not about the plan: it needs a pointer (この／その／今の／貼った／プランの),
    or a plan field together with a request to fix it.  With a model, a request
    for a rewrite (「書き直した例を見せて」) is about the plan too: only the model
    can write one.
    """
    return bool(_pattern("points_at_plan").search(question)) or (
        bool(_pattern("asks_to_fix").search(question)) and any(term in question for term in terms)) or (
        model and bool(_pattern("asks_rewrite").search(question)))


def _quote_lines(citations: list[Citation], offset: int) -> list[str]:
    return [f"> 「{html.escape(c.quote)}」 {source_mark(offset + i)} {html.escape(c.label)}"
            for i, c in enumerate(citations, 1)]


def review_summary(review: Review) -> ChatReply:
    """The chat's reply to a pasted plan: what was read, the main findings, and what to ask next."""
    lines = ["ケアプランを読み取り、点検しました。", ""]
    lines += [f"- {html.escape(m)}" for m in review.parse.get("messages", [])]
    lines += [f"- ⚠️ {html.escape(n)}" for n in review.notices]
    lines += ["", f"**指摘 {len(review.findings)}件**（できていること {len(review.strengths)}件）", ""]
    citations: list[Citation] = []
    shown = review.findings[:5]
    for finding in shown:
        first = finding.citations[0]
        citations.append(first)
        lines.append(f"- {finding.check_id} {html.escape(finding.name)}（{SEVERITY_LABELS[finding.severity]}） "
                     f"根拠 {source_mark(len(citations))}")
    if len(review.findings) > 5:
        lines.append(f"- ほか{len(review.findings) - 5}件は「ケアプラン点検」タブで確認できます。")
    lines += ["", "このプランについて質問できます（例：「この短期目標はどう直せばいい？」）。", ""]
    lines += sources_markdown(citations)
    return ChatReply("\n".join(lines), citations, review, "pasted_plan", check_ids=tuple(f.check_id for f in shown))


def answer_about_plan(
    question: str, review: Review, engine: ReviewEngine, retriever: GuidelineRetriever, municipality: str
) -> ChatReply:
    """Answer a question about the loaded plan from its findings (each with its clauses), else from the guidelines."""
    findings = related_findings(question, review, engine, load_terms())
    lines: list[str] = []
    citations: list[Citation] = []
    answer: Answer | None = None
    if findings:
        lines.append("読み込んだプランについて、点検の結果からお答えします。")
        for finding in findings:
            lines += ["", f"**{finding.check_id} {html.escape(finding.name)}**（{SEVERITY_LABELS[finding.severity]}）"]
            lines += [f"> {html.escape(s.text)}" for s in finding.evidence[:3]] or ["（記載が見当たらないことについての確認です）"]
            if finding.advice:
                lines += ["", html.escape(finding.advice)]
            if finding.tips:
                lines += ["", "実践のヒント（ガイドラインの記載ではありません）: " + html.escape("".join(finding.tips))]
            lines += ["", f"振り返りの問い: {html.escape(finding.question)}", ""]
            own = [verify(c, engine.corpus) for c in finding.citations[:2] if c not in citations]
            lines += _quote_lines(own, len(citations))
            citations += own
    else:
        # Nothing in the plan's review answers it: the guidelines' own words are the answer.
        lines.append("読み込んだプランのこの点について、点検での指摘はありませんでした。")
        selected = _selected(municipality)
        answer = answer_question(question, retriever, municipality=selected)
        lines += ["", html.escape(answer.text.split("\n")[0]), "", scope_line(answer.scope, selected, where=answer.where)]
        if answer.citations:
            lines += [""] + _quote_lines(answer.citations, len(citations))
            citations += answer.citations
    lines += [""] + sources_markdown(citations)
    return ChatReply("\n".join(lines), citations, review, "plan", answer, tuple(f.check_id for f in findings))


def model_about_plan(question: str, review: Review, engine: ReviewEngine, retriever: GuidelineRetriever,
                     municipality: str, backend: Backend, *, timeout: float,
                     on_text: TextSink | None = None) -> ChatReply:
    """The model's verified answer about the plan (rewrites marked 「案」); the offline one when it fails."""
    findings = related_findings(question, review, engine, load_terms()) or review.findings[:MAX_PLAN_FINDINGS]
    try:
        got = ask_about_plan(question, review.plan_text, findings, retriever, backend, timeout=timeout,
                             municipality=_selected(municipality), on_text=on_text)
    except ModelFailure as failure:
        offline = answer_about_plan(question, review, engine, retriever, municipality)
        offline.markdown += "\n\n" + notice_line(str(failure))
        offline.notice = str(failure)
        return offline
    verified = got.verified
    citations = verified.citations
    names = {f.check_id: f.name for f in got.findings}
    lines = ["読み込んだプランについて、点検の結果とガイドラインからお答えします。", ""]
    if got.findings:  # the review's own findings frame the answer: the model cannot add or remove one
        lines += ["関係する指摘：" + "、".join(f"{f.check_id} {html.escape(f.name)}（{SEVERITY_LABELS[f.severity]}）"
                                         for f in got.findings), ""]
    lines += [model_sentence(s, citations) for s in verified.sentences]
    for rewrite in verified.rewrites:
        lines += ["", f"**案**（{html.escape(rewrite.field)}の書き直し。{rewrite.check_id} "
                      f"{html.escape(names[rewrite.check_id])} に応えるもの）",
                  f"> 元の記載：「{html.escape(rewrite.original)}」", ">",
                  f"> 案：{html.escape(rewrite.proposal)}"]
    if verified.rewrites:
        lines += ["", "「案」はモデルが作った文案です。本人・家族と話し合い、事実と合っているか確かめてからお使いください。"]
    lines += [""] + sources_markdown(citations) + ["", model_line(got.model)]
    notice = removed_notice(verified.rejected, verified.dropped_sentences)
    if notice:
        lines += ["", notice_line(notice)]
    return ChatReply("\n".join(lines), citations, review, "plan", None, tuple(f.check_id for f in got.findings),
                     got.model, notice)


def respond(
    message: str,
    *,
    review: Review | None,
    engine: ReviewEngine,
    retriever: GuidelineRetriever,
    municipality: str = "both",
    backend: Backend | None = None,
    timeout: float = 20.0,
    on_text: TextSink | None = None,
) -> ChatReply:
    """One chat turn.  Raises PlanInputError / QueryError with Japanese messages for bad input.

    ``backend`` is the configured chat model (None: offline, nothing is sent
    anywhere); ``on_text`` receives its reply so far while it streams.
    """
    if looks_like_plan(message):
        return review_summary(engine.review(message, municipality=municipality))
    if review is not None and _about_the_plan(message, load_terms(), model=backend is not None):
        if backend is not None:
            return model_about_plan(message, review, engine, retriever, municipality, backend, timeout=timeout,
                                    on_text=on_text)
        return answer_about_plan(message, review, engine, retriever, municipality)
    selected = _selected(municipality)
    reply = ask(message, retriever, backend, timeout=timeout, municipality=selected, on_text=on_text)
    return ChatReply(model_answer_markdown(reply, selected), list(reply.answer.citations), review, "guidelines",
                     reply.answer, model=reply.model, notice=reply.notice)


def _selected(municipality: str) -> str | None:
    """The municipality chosen on screen as the engine takes it (None: both)."""
    return None if municipality in ("", "both") else municipality

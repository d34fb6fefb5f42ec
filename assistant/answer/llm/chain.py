"""Q&A through a chat model: the retriever → prompt → chat model → JSON → the one verifier.

The offline answer is always computed first.  It is the fallback whenever the
model fails (timeout, HTTP error, no connection, malformed output, nothing
verifiable left), and it caps the verdict: the answer shown is never more
confident than the weakest of the offline verdict, the verdict the model's own
verified quotes earn (:func:`assistant.answer.verdict.judge` over them), and
the model's claim.  So 記載なし cannot become 記載あり without a verified quote
stating the question's focus.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import httpx
from langchain_core.documents import Document
from langchain_core.output_parsers import StrOutputParser
from langchain_core.runnables import Runnable, RunnableLambda, RunnablePassthrough
from langchain_core.utils.json import parse_json_markdown
from pydantic import ValidationError

from ...guidelines.corpus import Clause, Corpus
from ...search.retrieval import GuidelineRetriever
from ..extractive import Answer, answer_question, focus_vocabulary, question_focus, scope_label
from ..verdict import VERDICT_LABELS, Verdict, judge, quote_candidate, weakest
from .backends import Backend
from .prompt import delimited, render
from .pseudonymise import NO_PSEUDONYMS, Pseudonyms, pseudonymise
from .schema import ModelAnswer
from .verify import VerifiedAnswer, verify_answer

log = logging.getLogger(__name__)
TextSink = Callable[[str], None]  # receives the model's reply so far while it streams
OFFLINE = "モデルを使わない回答を表示しています"


class ModelFailure(Exception):
    """The model's answer cannot be shown; the message is the one-line Japanese notice saying why."""


@dataclass(frozen=True)
class LlmReply:
    """The answer shown, who wrote it (None: the offline engine) and the one-line notice, if any."""

    answer: Answer
    model: str | None
    notice: str | None
    verified: VerifiedAnswer | None = None  # the model's verified sentences when the model answered
    # what the model wrote before the verifier and the clause ids it was given: ``eval faithfulness --llm``
    # scores these, since what is shown has passed the verifier by construction
    draft: ModelAnswer | None = None
    given: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """Plain text for the terminal: the answer, a model answer's quoted sources and who wrote it, the notice."""
        lines = [self.answer.text]
        if self.model is not None:
            lines += [f"[{i}] 「{c.quote}」（{c.label}）" for i, c in enumerate(self.answer.citations, 1)]
            lines.append(f"（回答したモデル: {self.model}。引用は条文の原文と照合済みです）")
        if self.notice:
            lines.append(f"※ {self.notice}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The answer's JSON (``ask --json``) with who answered and why the model did not, when it did not."""
        return self.answer.to_dict() | {"model": self.model, "llm_notice": self.notice}


def clauses_block(clauses: list[Clause]) -> str:
    """The clauses given to the model, each under its id, as delimited data."""
    return delimited("clauses", "\n\n".join(f"[{c.id}] {c.label}\n{c.text}" for c in clauses))


def guideline_chain(retriever: GuidelineRetriever, model: Runnable, pseudonyms: Pseudonyms = NO_PSEUDONYMS) -> Runnable:
    """``{"question"}`` → ``{"question", "documents", "reply"}``: the retrieved clauses and the model's raw reply.

    The retriever (on this machine) searches with the question as typed; the
    model is sent it with ``pseudonyms`` applied.
    """
    corpus = retriever.index.corpus

    def messages(state: Mapping[str, Any]) -> list:
        clauses = list(retrieved_clauses(state["documents"], corpus).values())
        return render("guideline_answer", question=delimited("question", pseudonyms.hide(state["question"])),
                      clauses=clauses_block(clauses))

    return (
        RunnablePassthrough.assign(documents=itemgetter("question") | retriever)
        | RunnablePassthrough.assign(reply=RunnableLambda(messages) | model | StrOutputParser())
    )


def retrieved_clauses(documents: list[Document], corpus: Corpus) -> dict[str, Clause]:
    """The clauses behind the retriever's documents (a document's id is its clause id), by id."""
    return {d.id: clause for d in documents if d.id and (clause := corpus.get(d.id)) is not None}


def run_chain(chain: Runnable, inputs: dict[str, Any], timeout: float, on_text: TextSink | None = None, *,
              offline: str = OFFLINE) -> dict[str, Any]:
    """Stream ``chain``; the final state, or :class:`ModelFailure` with the notice for the user.

    ``offline`` ends the notice: what is shown instead (an answer, or a review without the model's phrasing).
    """
    state: dict[str, Any] = {}
    reply = ""
    try:
        for chunk in chain.stream(inputs):
            for key, value in chunk.items():
                if key == "reply":
                    reply += value
                    if on_text is not None:
                        on_text(reply)
                else:
                    state[key] = value
    except Exception as exc:  # noqa: BLE001 - every failure of the call means the offline answer
        log.warning("LLM call failed: %s", type(exc).__name__)  # the type only: the request holds user text
        raise ModelFailure(failure_notice(exc, timeout, offline)) from exc
    return state | {"reply": reply}


def failure_notice(exc: BaseException, timeout: float, offline: str = OFFLINE) -> str:
    """One Japanese line on why the model did not answer (timeout, HTTP status, connection)."""
    chain = [exc]
    while (cause := chain[-1].__cause__ or chain[-1].__context__) is not None and cause not in chain:
        chain.append(cause)
    if any(isinstance(e, httpx.TimeoutException) or "Timeout" in type(e).__name__ for e in chain):
        return f"モデルが{timeout:g}秒以内に答えなかったため、{offline}。"
    status = next((s for e in chain if isinstance(s := getattr(e, "status_code", None), int)), None)
    if status is not None:
        return f"モデルのサーバーがエラー（HTTP {status}）を返したため、{offline}。"
    if any(isinstance(e, httpx.TransportError | ConnectionError) or "Connection" in type(e).__name__ for e in chain):
        return f"モデルのサーバーに接続できなかったため、{offline}。"
    return f"モデルの呼び出しに失敗した（{type(exc).__name__}）ため、{offline}。"


def parse_reply(reply: str) -> ModelAnswer:
    """The model's JSON (a ```json fence tolerated), or :class:`ModelFailure`."""
    try:
        return ModelAnswer.model_validate(parse_json_markdown(reply))
    except (ValueError, ValidationError, json.JSONDecodeError, TypeError) as exc:
        raise ModelFailure(f"モデルの回答が決められた形（JSON）ではなかったため、{OFFLINE}。") from exc


def ask(question: str, retriever: GuidelineRetriever, backend: Backend | None, *, timeout: float,
        municipality: str | None = None, on_text: TextSink | None = None) -> LlmReply:
    """Answer ``question`` through the model when one is configured; the offline answer otherwise or on failure."""
    offline = answer_question(question, retriever, municipality=municipality)
    if backend is None:
        return LlmReply(offline, None, None)
    scoped = retriever.model_copy(update={"k": len(offline.search.hits) or retriever.k, "municipality": offline.scope})
    pseudonyms = pseudonymise(question) if backend.pseudonymise else NO_PSEUDONYMS
    corpus = retriever.index.corpus
    parsed: ModelAnswer | None = None
    given: dict[str, Clause] = {}
    try:
        state = run_chain(guideline_chain(scoped, backend.model, pseudonyms), {"question": question}, timeout,
                          pseudonyms.streamed(on_text))
        given = retrieved_clauses(state["documents"], corpus)
        parsed = pseudonyms.restore_answer(parse_reply(state["reply"]))
        verified = verify_answer(parsed, given, corpus, unmapped=pseudonyms.unmapped)
        verdict = _capped_verdict(question, parsed, verified, offline, retriever)
    except ModelFailure as failure:
        return LlmReply(offline, None, str(failure), draft=parsed, given=tuple(given))
    notice = removed_notice(verified.rejected, verified.dropped_sentences)
    return LlmReply(_answer(offline, verdict, verified, corpus), backend.label, notice, verified, parsed, tuple(given))


def _capped_verdict(question: str, parsed: ModelAnswer, verified: VerifiedAnswer, offline: Answer,
                    retriever: GuidelineRetriever) -> Verdict:
    """The weakest of the offline verdict, the verdict the verified quotes earn, and the model's claim."""
    if parsed.verdict == "none":  # nothing to add to the offline 記載なし answer, which names where to look instead
        raise ModelFailure(f"モデルも「{VERDICT_LABELS['none']}」と判定したため、{OFFLINE}。")
    if not verified.supported:
        raise ModelFailure(f"モデルの回答の引用を条文の原文で確かめられなかったため、{OFFLINE}。")
    index = retriever.index
    focus = question_focus(question, index)
    hits = {h.clause.id: h for h in offline.search.hits}
    candidates = [quote_candidate(hits[c.clause_id], c.quote, focus, index.tokenizer)
                  for c in verified.citations if c.clause_id in hits]
    earned = judge(focus, offline.search, candidates, focus_vocabulary().states_obligation)
    claimed = Verdict(parsed.verdict, focus.words, offline.verdict.missing, "モデルの判定")
    verdict = weakest(offline.verdict, earned, claimed)
    if verdict.coverage == "none":
        raise ModelFailure(f"モデルの回答の引用には質問の要点を述べた記載がなかったため、{OFFLINE}。")
    return verdict


def _answer(offline: Answer, verdict: Verdict, verified: VerifiedAnswer, corpus: Corpus) -> Answer:
    """The model's verified sentences as an :class:`Answer`: verdict line first, ``[n]`` after each sentence."""
    where = scope_label(offline.scope, corpus)
    if verdict.coverage == "direct":
        first = f"【{VERDICT_LABELS['direct']}】{where}の記載から、次のようにお答えします。"
    else:
        missing = "・".join(f"「{w}」" for w in verdict.missing) or "ご質問の点"
        first = f"【{VERDICT_LABELS['partial']}】{missing}については、{where}に書かれていません。関連する記載からお答えします。"
    citations = verified.citations
    lines = [first]
    for sentence in verified.sentences:
        marks = "".join(f"[{citations.index(c) + 1}]" for c in sentence.citations)
        lines.append(sentence.text + (marks or "（根拠なし）"))
    return Answer(offline.question, verdict, "\n".join(lines), citations, offline.scope, offline.search, where)


def removed_notice(rejected: int, dropped_sentences: int) -> str | None:
    """One line on what the verifier removed from a model answer that is still shown (None: nothing)."""
    if not rejected and not dropped_sentences:
        return None
    return (f"モデルの回答のうち、原文で確かめられなかった引用など {rejected}件と、"
            f"根拠を失った文 {dropped_sentences}件を除きました。")

"""The Gradio app. The only module that imports gradio; handlers only translate.

Each handler turns UI input into an engine call (retrieval, answers, plan
review, chat) and the engine's result into HTML/Markdown from the
presenters.  Errors the user can fix come back as one Japanese sentence, and
no handler ever clears the user's text.
"""

from __future__ import annotations

import html
import json
import logging
import queue
import re
from pathlib import Path
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from ..answer.extractive import scope_label
from ..answer.focus import named_municipality
from ..answer.llm.backends import Backend
from ..answer.llm.chain import ask as ask_model
from ..answer.llm.review_assist import assist_review
from ..guidelines.citations import Citation
from ..guidelines.corpus import Corpus
from ..guidelines.ingest.extract import SUFFIXES as GUIDELINE_SUFFIXES
from ..review.engine import ReviewEngine, ReviewOptionError
from ..review.files import SUPPORTED_SUFFIXES, read_plan_file
from ..review.findings import Review
from ..review.parse import PlanInputError
from ..search.retrieval import GuidelineRetriever, QueryError
from ..settings import Settings
from .access import Login
from .budget import BudgetExceeded, TimeBudget
from .export import write_export
from .feedback import (
    MAX_COMMENT_CHARS,
    RATINGS,
    Feedback,
    FeedbackError,
    FeedbackLog,
    answer_feedback,
    finding_feedback,
)
from .guard import ApiGuard, upload_too_large
from .guideline_intake import INTAKE_ERRORS, Draft, GuidelineLibrary
from .page_texts import mode_note, sample_plan
from .plan_chat import ChatTurn, respond
from .presenters import (
    clause_html,
    document_choices,
    draft_markdown,
    link_sources,
    model_answer_markdown,
    municipality_choices,
    outline_markdown,
    plan_chip_html,
    privacy_line,
    review_municipality_choices,
    scope_line,
    source_html,
)
from .review_presenters import (
    findings_html,
    overview_html,
    parse_html,
    plan_html,
    strengths_html,
    supervision_html,
    trace_html,
)
from .storage import PrivateFolders, discard

log = logging.getLogger(__name__)

MODE_CHOICES = [("ケアマネジャー", "care-manager"), ("主任ケアマネ", "supervision"), ("研修", "trainer")]
UNEXPECTED = "申し訳ありません。処理中に問題が起きました。入力した内容はそのまま残っています。もう一度お試しください。"
USER_ERRORS = (PlanInputError, QueryError, ReviewOptionError, BudgetExceeded, *INTAKE_ERRORS)
PUBLIC_API = {"review": ("ケアプラン", "自治体", "モード"), "ask": ("質問", "自治体"), "search": ("検索する言葉", "自治体")}
# Reviews, file reading and the chat run the reader and the checks (CPU); a few at a time keep the
# others moving.  Light events (clauses, search, ask) get their own, larger allowance.
HEAVY_CONCURRENCY = 4
DRAFT_POLL_SECONDS = 0.1  # how often the chat looks for more of a model's draft while it writes
LIGHT_CONCURRENCY = 8
# The review box starts short so that 「点検する」 is on the first screen of a laptop (1366×900) and of a phone; it
# grows with a pasted plan up to INPUT_MAX_LINES, then scrolls inside, so the button stays near the text.
INPUT_LINES = 9
INPUT_MAX_LINES = 20
UPLOAD_HEIGHT = 130  # px: the file drop area beside the box (Gradio's default is taller than the box itself)
MAX_BODY_BYTES = 4_000_000  # JSON requests: a 30,000-character plan is well under 1 MB even escaped
# A download is written when asked for; the browser is then handed the file (a plain link click).
DOWNLOAD_JS = """(file) => {
  if (file && file.url) {
    const link = document.createElement("a");
    link.href = file.url;
    link.download = file.orig_name || "";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
}"""
# The chat's [n] markers are links (#source-<answer>-<n>); a click anywhere on the page opens that clause in the
# view beside the chat.  The listener is installed once; each load of the view refreshes the function it calls.
SOURCES_JS = """
window.careplanOpenSource = (key) => {
  trigger('click', {source: key});
  element.scrollIntoView({block: 'nearest'});
};
if (!window.careplanSourcesListening) {
  window.careplanSourcesListening = true;
  document.addEventListener('click', (event) => {
    const link = event.target.closest('#chatbot a[href^="#source-"]');
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    window.careplanOpenSource(link.getAttribute('href').slice('#source-'.length));
  }, true);
}
"""
# A finding's 👍/👎 (pressed again: taken back) or 「コメントを送る」 sends the rating, the comment and the tick box.
FINDING_FEEDBACK_JS = """
element.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-feedback]');
  if (!button) return;
  const form = button.closest('.feedback');
  let rating = form.dataset.rating || '';
  if (button.dataset.feedback !== 'comment') {
    rating = rating === button.dataset.feedback ? '' : button.dataset.feedback;
    form.dataset.rating = rating;
    form.querySelectorAll('button[aria-pressed]').forEach(
      (b) => b.setAttribute('aria-pressed', String(b.dataset.feedback === rating)));
  }
  trigger('click', {check: form.dataset.check, rating: rating, comment: form.querySelector('textarea').value,
                    plan: form.querySelector('input[type=checkbox]').checked});
});
"""
# A link in the overview's jump list scrolls its finding into view (the page's hash is left alone).
JUMP_JS = """
element.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-jump]');
  if (!link) return;
  event.preventDefault();
  document.getElementById(link.dataset.jump)?.scrollIntoView({behavior: 'smooth', block: 'start'});
});
"""
# When a review finishes, the overview card comes into view; when it failed, the message beside the input does.
SCROLL_TO_RESULT_JS = """() => {
  const card = document.querySelector('#review-overview .overview');
  const status = document.querySelector('#review-status');
  const target = card || (status && status.textContent.trim() ? status : null);
  if (target) target.scrollIntoView({block: 'start'});
}"""
# The plan beside the findings: a click on a finding (or its 「プランの該当箇所を表示」) brings its spans into view in
# the plan — inside the plan pane when it scrolls on its own (wide screens), else on the page — and flashes them;
# a click (or Enter) on a marked span brings its finding into view, the next of its checks on each further click.
WORKSPACE_JS = """
if (!window.careplanWorkspace) {
  window.careplanWorkspace = true;
  const flash = (nodes) => nodes.forEach((node) => {
    node.classList.remove('flash');
    void node.offsetWidth;
    node.classList.add('flash');
  });
  const showInPlan = (check, start, end) => {
    const all = [...document.querySelectorAll('#plan-highlighted mark[data-check]')]
      .filter((m) => m.dataset.check.split(' ').includes(check));
    const chosen = start === undefined ? all
      : all.filter((m) => +m.dataset.start >= start && +m.dataset.end <= end);
    if (!chosen.length) return;
    document.querySelectorAll('#plan-highlighted mark.active').forEach((m) => m.classList.remove('active'));
    all.forEach((m) => m.classList.add('active'));
    const target = chosen[0];
    const pane = target.closest('.plan-text');
    if (pane && pane.scrollHeight > pane.clientHeight + 1 && getComputedStyle(pane).overflowY !== 'visible') {
      const box = pane.getBoundingClientRect();
      const top = Math.max(box.top, 0), bottom = Math.min(box.bottom, window.innerHeight);
      if (bottom - top > 80) pane.scrollTop += target.getBoundingClientRect().top - (top + (bottom - top) / 3);
    }
    const box = target.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) target.scrollIntoView({block: 'center'});
    flash(chosen);
  };
  const showFinding = (mark) => {
    const checks = mark.dataset.check.split(' ');
    const turn = +(mark.dataset.turn || 0) % checks.length;
    mark.dataset.turn = String(turn + 1);
    const finding = document.getElementById('finding-' + checks[turn]);
    if (!finding) return;
    finding.scrollIntoView({block: 'start'});
    flash([finding]);
  };
  document.addEventListener('click', (event) => {
    const mark = event.target.closest('#plan-highlighted mark[data-check]');
    if (mark) { showFinding(mark); return; }
    const finding = event.target.closest('#findings .finding');
    if (!finding) return;
    const button = event.target.closest('button.show-in-plan');
    if (!button && event.target.closest('button, a, details, textarea, input, label, .feedback')) return;
    const quote = event.target.closest('blockquote.evidence');
    if (quote) showInPlan(finding.dataset.check, +quote.dataset.start, +quote.dataset.end);
    else showInPlan(finding.dataset.check);
  });
  document.addEventListener('keydown', (event) => {
    const mark = event.target.closest && event.target.closest('#plan-highlighted mark[data-check]');
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      showFinding(mark);
    }
  });
}
"""
PLAN_CHIP_JS = """
element.addEventListener('click', (event) => {
  if (event.target.closest('button[data-remove-plan]')) trigger('click');
});
"""
SOURCE_PLACEHOLDER = '<p class="source-placeholder">回答の [1] などを押すと、引用した条文の全文をここに表示します。</p>'
CSS = """
.finding {border-left: 4px solid #888; padding: 4px 12px; margin: 10px 0;}
.finding.sev-error {border-color: #c0392b;} .finding.sev-warning {border-color: #e67e22;} .finding.sev-info {border-color: #2980b9;}
.badge {font-size: 0.8em; padding: 1px 6px; border-radius: 4px; background: #eee;}
.plan-text {white-space: pre-wrap; font-family: inherit; font-size: 0.95em;}
.plan-text mark {cursor: pointer; border-radius: 2px; color: inherit; text-underline-offset: 3px;}
.plan-text mark.sev-error, .legend-item.sev-error {background: #f9d0cb; text-decoration: underline solid #c0392b 2px;}
.plan-text mark.sev-warning, .legend-item.sev-warning {background: #fde3c3; text-decoration: underline dashed #e67e22 2px;}
.plan-text mark.sev-info, .legend-item.sev-info {background: #d4e8f7; text-decoration: underline dotted #2980b9 2px;}
.plan-text mark[data-label]::before {content: attr(data-label); font-size: 0.7em; font-weight: bold; margin-right: 2px;
                                     vertical-align: super;}
.plan-text mark.active {outline: 2px solid #34495e;}
.plan-text mark.flash, .finding.flash {animation: careplan-flash 1.6s ease-out;}
@keyframes careplan-flash {0%, 40% {outline: 4px solid #8e44ad; outline-offset: 2px;} 100% {outline-color: transparent;}}
.plan-legend {display: flex; flex-wrap: wrap; gap: 6px 12px; margin: 4px 0;}
.legend-item {padding: 0 6px; border-radius: 2px;}
.plan-hint {color: #555; font-size: 0.9em; margin: 0 0 4px;}
.finding blockquote.evidence {cursor: pointer;}
.show-in-plan {cursor: pointer; border: 1px solid #9bbbe0; border-radius: 4px; background: #f7fbff; padding: 1px 8px;}
#workspace {align-items: flex-start;}
@media (min-width: 768px) {
  #plan-pane {position: sticky; top: 8px; align-self: flex-start;}
  #plan-pane .plan-text {max-height: calc(100vh - 170px); overflow-y: auto; border: 1px solid #ddd; padding: 6px 8px;}
}
@media (max-width: 767px) {
  #workspace {flex-direction: column;}
  #workspace > * {width: 100%; min-width: 0;}
  #plan-pane {order: 2;}
}
.sv-priority > li {margin-bottom: 8px;}
.sv-practice {color: #555; margin-left: 4px;}
.sv-plan-quote {background: #fff6d5;}
.trace-toggle {display: inline-block; margin: 4px 0 8px; cursor: pointer;}
.trace:has(input.only-fired:checked) .check-trace:not([data-status="fired"]) {display: none;}
.check-trace {border-left: 4px solid #bbb; padding: 2px 8px; margin: 4px 0;}
.check-trace.status-fired {border-color: #e67e22;} .check-trace.status-satisfied {border-color: #27ae60;}
.check-trace.status-not_run {border-color: #c0392b;}
.trace-status {font-size: 0.85em; padding: 0 6px; border-radius: 4px; background: #eee;}
.trace-reason {color: #444;}
.clause-view mark {background: #c8f7c5;}
.trace .stage {display: inline-block; min-width: 6em; font-weight: bold;}
.notice {background: #fff4e5; border-left: 4px solid #e67e22; padding: 6px 10px; margin: 6px 0;}
.read-result summary {font-weight: bold; cursor: pointer;}
.read-table {border-collapse: collapse; font-size: 0.9em; margin: 6px 0;}
.read-table th, .read-table td {border: 1px solid #ccc; padding: 3px 6px; vertical-align: top;}
.practice-tips {background: #f4f6f8; border: 1px dashed #999; padding: 4px 10px; margin: 6px 0; font-size: 0.95em;}
.form-rule {color: #555;}
.plan-chip {display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; background: #eef4fb;
            border: 1px solid #9bbbe0; border-radius: 16px; padding: 4px 6px 4px 12px;}
.plan-chip-remove {border: none; background: none; cursor: pointer; font-size: 1.1em; padding: 0 6px;}
.plan-chip-note {flex-basis: 100%; color: #555;}
.feedback {margin-top: 6px; font-size: 0.9em;}
.feedback button {cursor: pointer; border: 1px solid #ccc; border-radius: 4px; background: #fff; padding: 0 6px;}
.feedback button[aria-pressed="true"] {background: #d6eaff; border-color: #2980b9;}
.feedback textarea {width: 100%;}
.source-of {font-weight: bold; margin-bottom: 0;}
.overview {border: 1px solid #9bbbe0; border-radius: 8px; background: #f7fbff; padding: 4px 14px; scroll-margin-top: 8px;}
.overview-count {display: inline-block; margin-right: 10px; padding: 0 6px; border-left: 4px solid #888;}
.overview-count.sev-error, .badge.sev-error {border-color: #c0392b;}
.overview-count.sev-warning, .badge.sev-warning {border-color: #e67e22;}
.overview-count.sev-info, .badge.sev-info {border-color: #2980b9;}
.overview-jump {columns: 2 18em; margin: 4px 0 8px;}
.overview-jump .badge {white-space: nowrap;}
.overview-unread {color: #8a4b00;}
.finding {scroll-margin-top: 8px;}
#review-actions {flex-wrap: nowrap;}
@media (max-width: 767px) {  /* a phone: both buttons on one line under the box, the sample one as wide as its words */
  #review-actions #run-review {min-width: 0 !important;}
  #review-actions #sample-plan {flex: 0 0 auto !important; min-width: 0 !important; white-space: nowrap;
                                padding-left: 10px; padding-right: 10px; font-size: 0.85em; align-self: stretch;}
}
"""


def _error(exc: Exception) -> str:
    if isinstance(exc, USER_ERRORS):
        return f"⚠️ {exc}"
    log.error("unexpected error in a handler", exc_info=exc)
    return f"⚠️ {UNEXPECTED}"


def _text(value: object, name: str) -> str:
    """An API argument that must be text; another type is a Japanese sentence, not Gradio's English error."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise PlanInputError(f"{name}は文字列で指定してください（受け取った値の型: {type(value).__name__}）。")
    return value


def build_app(retriever: GuidelineRetriever, engine: ReviewEngine, settings: Settings,
              folders: PrivateFolders, *, backend: Backend | None = None) -> gr.Blocks:
    """Build the Blocks app around an opened retriever and review engine; files go only to ``folders``.

    ``backend`` is the configured chat model (None: the offline engine answers, nothing leaves the process).
    """
    library = GuidelineLibrary(settings, retriever, engine)  # its corpus grows when a guideline is added here
    budget = TimeBudget(settings.request_seconds, slots=HEAVY_CONCURRENCY + LIGHT_CONCURRENCY)
    feedback_log = FeedbackLog(settings.feedback_file)
    assist_backend = backend if settings.review_assist else None  # CAREPLAN_LLM_REVIEW_ASSIST=1: opt-in

    def reviewed(plan_text: str, municipality: str, mode: str) -> Review:
        """The engine's review, with the model's phrasing beside its findings when review assist is on."""
        result = engine.review(plan_text, municipality=municipality, mode=mode)
        if assist_backend is None:
            return result
        return assist_review(result, library.corpus, assist_backend, timeout=settings.llm_timeout)

    # --- API endpoints (gradio_client): plain functions, typed -----------------------------------
    def ask(question: str, municipality: str = "both") -> str:
        """Answer a question from the guidelines, quoting the clauses (Markdown)."""
        try:
            question, municipality = _text(question, "質問"), _text(municipality, "自治体")
            library.follow_disk()
            reply = budget.run("回答", ask_model, question, retriever, backend, timeout=settings.llm_timeout,
                               municipality=_muni(municipality))
        except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
            return _error(exc)
        return model_answer_markdown(reply, _muni(municipality))

    def search(query: str, municipality: str = "both") -> str:
        """The best-matching clauses (Markdown)."""
        try:
            query, municipality = _text(query, "検索する言葉"), _text(municipality, "自治体")
            library.follow_disk()
            result = budget.run("検索", retriever.search, query, k=5, municipality=_muni(municipality))
        except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
            return _error(exc)
        parts = [f"**{i}. {html.escape(h.clause.label)}**\n\n> " + html.escape(h.clause.text).replace("\n", "\n> ")
                 for i, h in enumerate(result.hits, 1)]
        if result.not_covered:
            parts.insert(0, f"ℹ️ {html.escape(result.coverage.reason)}。直接の記載はない可能性があります。")
        return "\n\n".join(parts)

    def review(plan_text: str, municipality: str = "both", mode: str = "care-manager") -> dict[str, Any]:
        """Review a care plan; the JSON described in the README (findings, strengths, parse, notices)."""
        try:
            plan_text = _text(plan_text, "ケアプラン")
            municipality, mode = _text(municipality, "自治体"), _text(mode, "モード")
            library.follow_disk()  # outside the budget: it may reopen the index
            return budget.run("点検", reviewed, plan_text, municipality, mode).to_dict()
        except Exception as exc:  # noqa: BLE001 - every failure becomes a Japanese gr.Error
            raise gr.Error(_error(exc).removeprefix("⚠️ "), print_exception=False) from None

    # --- UI handlers --------------------------------------------------------------------------------
    def load_file(path: str | None, current: str):
        """Read an upload into the text box, then delete the upload: the text box is the only copy kept.

        A refused file also clears the results on screen, which belong to some earlier plan.
        """
        unchanged = tuple(gr.update() for _ in _cleared_results())
        if not path:
            return current, "", gr.update(), *unchanged
        try:
            text = budget.run("読み込み", read_plan_file, path)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence; the text stays
            return current, _error(exc), None, *_cleared_results()
        finally:
            discard(path, folders.uploads)
        return (text, f"「{Path(path).name}」を読み込みました。内容を確認して「点検する」を押してください。", None,
                *unchanged)

    def run_review(plan_text: str, municipality: str, mode: str):
        try:
            library.follow_disk()  # outside the budget: it may reopen the index
            result = budget.run("点検", reviewed, plan_text, municipality, mode)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence; the text stays
            return (_error(exc), *_cleared_results())
        return (
            "",
            overview_html(result),
            parse_html(result),
            findings_html(result, library.corpus),
            plan_html(result),
            strengths_html(result),
            # The sheet and the trace are rendered only in their own mode (a switch of mode reviews again):
            # hidden, they were still sent with every review (the trace alone 18 KB for the sample plan).
            gr.update(value=supervision_html(result) if mode == "supervision" else "", visible=mode == "supervision"),
            gr.update(visible=mode == "supervision"),
            gr.update(value=trace_html(result) if mode == "trainer" else "", visible=mode == "trainer"),
            gr.update(visible=True),
            gr.update(visible=True),
            gr.update(value=None, visible=False),  # a file saved from the earlier review is not this one
            result,
            result,
            _chip(result),
            {},  # ratings of the earlier review's findings end with it
        )

    def use_sample(current: str):
        """Put the sample plan in an empty box; text the user typed is never replaced."""
        if (current or "").strip():
            return current, "⚠️ サンプルは入力欄が空のときに入れられます。今の内容を残したい場合は、別のタブで開いてください。"
        return sample_plan(), "サンプルのプランを入れました。「点検する」を押すと、点検の結果を確かめられます。"

    def save(kind: str):
        """Write the shown review as a file only now, when the user asks to download it."""
        def handler(shown: Review | None):
            if shown is None:
                return None, "⚠️ 先に「点検する」を押してから保存してください。"
            try:
                path = write_export(shown, folders.exports, kind)
            except Exception as exc:  # noqa: BLE001 - a full disk is a sentence, not a crash
                return None, _error(exc)  # no file offered, so no earlier one is downloaded instead
            return gr.update(value=str(path), visible=True), ""
        handler.__name__ = f"save_{kind.replace('-', '_')}"
        return handler

    def chat(message: str, history: list[dict], context: Review | None, municipality: str, turns: list[ChatTurn]):
        """One turn; with a model, its draft is shown while it writes, then replaced by the verified answer."""
        unchanged = (message, history, context, turns, gr.update())
        if not (message or "").strip():
            yield (*unchanged, "⚠️ 質問を入力するか、ケアプランを貼り付けてください。")
            return
        shown = html.escape(message) if len(message) < 400 else html.escape(message[:400]) + "…（ケアプラン）"
        asked = {"role": "user", "content": shown}
        drafts: queue.SimpleQueue[str] = queue.SimpleQueue()
        try:
            library.follow_disk()
            pending = budget.start("回答", respond, message, review=context, engine=engine, retriever=retriever,
                                   municipality=municipality, backend=backend, timeout=settings.llm_timeout,
                                   on_text=drafts.put if backend is not None else None)
            while backend is not None and not pending.done():
                try:
                    raw = drafts.get(timeout=DRAFT_POLL_SECONDS)
                except queue.Empty:
                    continue
                while not drafts.empty():  # only the latest draft is worth showing
                    raw = drafts.get()
                draft = {"role": "assistant", "content": draft_markdown(raw, backend.label)}
                yield message, [*history, asked, draft], context, turns, gr.update(), ""
            reply = pending.result()
        except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence; the text stays
            yield (*unchanged, _error(exc))
            return
        turns = [*turns, ChatTurn(message, reply, municipality)]
        answer = link_sources(reply.markdown, len(turns), len(reply.citations))
        history = [*history, asked, {"role": "assistant", "content": answer}]
        yield "", history, reply.review, turns, _chip(reply.review), ""

    def open_source(turns: list[ChatTurn], event: gr.EventData) -> str | dict:
        """A clicked [n]: the page sends "<answer>-<n>"; anything else (a stale or forged event) changes nothing."""
        match = re.fullmatch(r"(\d{1,4})-(\d{1,3})", _event_field(event, "source") or "")
        if not match:
            return gr.update()
        turn, n = int(match.group(1)), int(match.group(2))
        if not 1 <= turn <= len(turns) or not 1 <= n <= len(turns[turn - 1].reply.citations):
            return gr.update()
        return source_html(library.corpus, turns[turn - 1].reply.citations[n - 1], turn, n)

    def forget_plan():
        """The chip's ✕: later questions are answered from the guidelines; the conversation stays."""
        return None, _chip(None), "プランを会話から外しました。これからの質問にはガイドラインから答えます。"

    def clear_chat():
        """「会話をクリア」 empties the conversation and, with it, the plan it was about."""
        return [], None, [], {}, _chip(None), SOURCE_PLACEHOLDER, gr.update(visible=False), None, ""

    def rate_answer(turns: list[ChatTurn], ratings: dict[str, Feedback], event: gr.LikeData):
        """👍/👎 under an answer is stored at once; the panel below then offers a comment."""
        index = event.index if isinstance(event.index, int) else -1
        turn = index // 2  # the chat adds a question and its answer together
        if index % 2 != 1 or turn >= len(turns):
            return (ratings, *[gr.update()] * 5)
        rating = "up" if event.liked is True else "down" if event.liked is False else None
        key = f"answer-{turn}"
        previous = ratings.get(key)
        entry = answer_feedback(turns[turn], rating, previous.comment if previous else "",
                                previous is not None and previous.plan_text is not None, previous)
        if not _save(entry):
            return (ratings, *[gr.update()] * 5)
        said = {"up": "👍 を記録しました", "down": "👎 を記録しました", None: "評価を取り消しました"}[rating]
        has_plan = turns[turn].reply.review is not None
        note = f"回答{turn + 1}に{said}。コメントを添えることもできます（任意）。"
        return ({**ratings, key: entry}, gr.update(visible=True), note, entry.comment,
                gr.update(value=entry.plan_text is not None, visible=has_plan), turn)

    def send_comment(turn: int | None, comment: str, include_plan: bool, turns: list[ChatTurn],
                     ratings: dict[str, Feedback]):
        """「コメントを送る」: the answer's line is rewritten with the comment (and the plan, only if ticked)."""
        if turn is None or not 0 <= turn < len(turns):
            return ratings, gr.update(visible=False), "", None
        key = f"answer-{turn}"
        previous = ratings.get(key)
        try:
            entry = answer_feedback(turns[turn], previous.rating if previous else None, comment, include_plan, previous)
        except FeedbackError as exc:
            return ratings, gr.update(), f"⚠️ {exc}", turn
        if not _save(entry):
            return ratings, gr.update(), gr.update(), turn
        gr.Info("コメントを記録しました。")
        return {**ratings, key: entry}, gr.update(visible=False), "", None

    def rate_finding(shown: Review | None, ratings: dict[str, Feedback], event: gr.EventData):
        """A finding's 👍/👎 or comment, sent by the page; a check the shown review does not have is ignored."""
        check = _event_field(event, "check")
        finding = next((f for f in shown.findings if f.check_id == check), None) if shown else None
        if finding is None:
            return ratings
        rating = _event_field(event, "rating")
        key = f"finding-{check}"
        previous = ratings.get(key)
        try:
            comment = _event_field(event, "comment")
            entry = finding_feedback(finding, shown, rating if rating in RATINGS else None,
                                     comment if isinstance(comment, str) else "", _event_field(event, "plan") is True,
                                     previous)
        except FeedbackError as exc:
            gr.Warning(str(exc))
            return ratings
        if not _save(entry):
            return ratings
        gr.Info(f"{finding.check_id} への評価を記録しました。" if entry.worth_keeping
                else f"{finding.check_id} への評価を取り消しました。")
        return {**ratings, key: entry}

    def _save(entry: Feedback) -> bool:
        try:
            feedback_log.save(entry)
        except OSError as exc:
            log.error("could not store feedback", exc_info=exc)
            gr.Warning(f"評価を保存できませんでした（{exc.strerror or exc}）。CAREPLAN_HOME の空き容量と権限を確かめてください。")
            return False
        return True

    def show_document(doc_id: str):
        """The chosen document's outline; 「この資料を削除」 is offered for a document taken in."""
        corpus = library.corpus
        if doc_id not in corpus.documents:  # removed meanwhile, from another page or process
            return "この資料は削除されました。ほかの資料を選んでください。", gr.update(visible=False), gr.update(visible=False)
        return outline_markdown(corpus, doc_id), gr.update(visible=library.removable(doc_id)), gr.update(visible=False)

    def confirm_removal(doc_id: str):
        """「この資料を削除」: nothing is deleted yet; the question names the document and what goes with it."""
        doc = library.corpus.documents.get(doc_id)
        if doc is None or not library.removable(doc_id):
            return gr.update(visible=False), "", "⚠️ 削除できるのは、取り込んだ資料だけです。"
        question = (f"「{doc.title}」（{doc.municipality_name}、{doc.date_ja}、資料ID {doc_id}）を削除しますか？"
                    "取り出した本文も消え、チャット・検索・点検で選べなくなります（コマンドラインの `corpus remove` と同じです）。")
        return gr.update(visible=True), question, ""

    def remove_guideline(doc_id: str, *values: str):
        """「削除する」: delete the document taken in and serve an index without it, then update every choice."""
        try:
            removed = library.remove(doc_id)  # not under the request budget: it rebuilds the index, like adding
        except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
            return (gr.update(visible=False), _error(exc), *(gr.update(),) * 5, gr.update())
        corpus = library.corpus
        first = document_choices(corpus)[0][1]
        note = f"「{removed.title}」（{removed.municipality_name}、資料ID {removed.doc_id}）を削除しました。"
        return (gr.update(visible=False), note, *_guideline_choices(corpus, values, first),
                gr.update(visible=library.removable(first)))

    def refresh_choices(*values: str):
        """A page opened or a tab shown: the choices follow guidelines added or removed since, here or elsewhere."""
        library.follow_disk()
        return _guideline_choices(library.corpus, values)

    def preview_guideline(path: str | None, municipality_id: str, name: str, title: str, date: str):
        """「内容を確認する」: the outline the command line prints; 「追加する」 appears only for a document that reads."""
        if not path:
            return gr.update(value="", visible=False), None, gr.update(visible=False), \
                "⚠️ 先に取り込むファイル（.pdf .docx .txt .md）を選んでください。"
        try:
            draft = budget.run("読み込み", library.preview, Path(path), municipality=municipality_id or "",
                               name=name or "", title=title or "", date=date or "")
        except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence; nothing was written
            return gr.update(value="", visible=False), None, gr.update(visible=False), _error(exc)
        return (gr.update(value=draft.preview, visible=True), draft, gr.update(visible=True),
                "この内容でよければ「追加する」を押してください。自治体ID・表示名などを直したときは、もう一度確認してください。")

    def add_guideline(draft: Draft | None, path: str | None, *values: str):
        """「追加する」: store and index the previewed document, then offer it in every 自治体 choice and the browser."""
        unchanged = (gr.update(),) * 6
        if draft is None:
            return (draft, gr.update(visible=False), "⚠️ 先に「内容を確認する」で取り込む内容を確かめてください。", *unchanged)
        try:
            added = library.add(draft)  # not under the request budget: it rebuilds the index (see the README)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
            return (draft, gr.update(), _error(exc), *unchanged)
        if path:
            discard(path, folders.uploads)
        doc = added.document
        said = "置き換えました" if added.replaced else "追加しました"
        note = (f"「{doc.title}」（{doc.municipality_name}、条文 {added.clauses} 件）を{said}。"
                "点検・チャット・ガイドラインの検索で自治体を選べます。")
        return (None, gr.update(visible=False), note, None, *_guideline_choices(library.corpus, values, doc.doc_id))

    def search_clauses(query: str, municipality: str) -> str:
        """The guideline tab's search: a municipality named in the words (「杉並区 公正中立」) overrides the choice."""
        selected = _muni(municipality)
        library.follow_disk()
        corpus = library.corpus
        scope = named_municipality(query or "", corpus.municipality_names()) or selected
        try:
            result = budget.run("検索", retriever.search, query, k=5, municipality=scope)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
            return f"<p>{html.escape(_error(exc))}</p>"
        views = "".join(clause_html(corpus, Citation(h.clause.id, h.clause.label, h.chunk.text)) for h in result.hits)
        note = f"<p>ℹ️ {html.escape(result.coverage.reason)}。直接の記載はない可能性があります。</p>" if result.not_covered else ""
        return f'<p class="scope-line">{html.escape(scope_line(scope, selected, "検索語", scope_label(scope, corpus)))}</p>' + note + views

    # --- layout -----------------------------------------------------------------------------------
    with gr.Blocks(title="ケアプラン点検支援アシスタント", analytics_enabled=False) as demo:
        corpus = library.corpus
        gr.Markdown("# ケアプラン点検支援アシスタント\n荒川区・杉並区のガイドラインに基づいて、ケアプランの振り返りを支援します。"
                    + privacy_line(backend))
        context = gr.State(None)  # the plan the chat answers about (shown as the chip above the chat)
        shown_review = gr.State(None)  # the review on the review tab (the chat may change `context`)
        turns = gr.State([])  # this conversation's questions and replies: sources and ratings refer to them
        answer_ratings = gr.State({})  # this conversation's ratings by answer, so rating again replaces the line
        finding_ratings = gr.State({})  # the shown review's ratings by check
        feedback_turn = gr.State(None)  # the answer the comment panel is about
        with gr.Tabs():
            with gr.Tab("ケアプラン点検", id="review") as review_tab:
                # First screen (1366×900 and a phone alike): the box, then 「点検する」 right under it; the options sit
                # beside the box on a wide screen and below the buttons on a phone.  The results come below.
                with gr.Row(elem_id="review-input"):
                    with gr.Column(scale=3, min_width=320):
                        plan = gr.Textbox(label="ケアプラン（第1表・第2表などを貼り付け）", lines=INPUT_LINES,
                                          max_lines=INPUT_MAX_LINES, elem_id="plan-input",
                                          placeholder="【第1表】\n本人：…\n【第2表】\n生活全般の解決すべき課題（ニーズ）：…\n長期目標：…")
                        with gr.Row(elem_id="review-actions"):
                            run = gr.Button("点検する", variant="primary", scale=2, min_width=120, elem_id="run-review")
                            sample = gr.Button("サンプルのプランを入れる", scale=1, min_width=120, elem_id="sample-plan")
                        status = gr.Markdown(elem_id="review-status")
                    with gr.Column(scale=2, min_width=320, elem_id="review-options"):
                        municipality = gr.Radio(review_municipality_choices(corpus), value="both", label="参照するガイドライン",
                                                elem_id="municipality")
                        mode = gr.Radio(MODE_CHOICES, value="care-manager", label="モード", elem_id="mode",
                                        info=mode_note())
                        upload = gr.File(label="ファイルから読み込む", file_types=list(SUPPORTED_SUFFIXES), type="filepath",
                                         height=UPLOAD_HEIGHT, elem_id="plan-file")
                with gr.Column(elem_id="review-results"):
                    overview = gr.HTML(elem_id="review-overview", js_on_load=JUMP_JS)
                    summary = gr.HTML(elem_id="parse-summary")
                    supervision = gr.HTML(visible=False, elem_id="supervision")
                    with gr.Row(visible=False, elem_id="sheet-downloads") as sheet_downloads:
                        download_sheet_docx = gr.Button("シートを Word（DOCX）で保存", elem_id="download-sheet-docx")
                        download_sheet_pdf = gr.Button("シートを PDF で保存", elem_id="download-sheet-pdf")
                    trace = gr.HTML(visible=False, elem_id="trace")
                    with gr.Row():
                        download_md = gr.Button("Markdown で保存", visible=False, elem_id="download-md")
                        download_docx = gr.Button("Word（DOCX）で保存", visible=False, elem_id="download-docx")
                    export_file = gr.File(label="保存したファイル", visible=False, interactive=False,
                                          elem_id="export-file")
                # the plan beside the findings on a wide screen; stacked (findings first) on a phone
                with gr.Row(elem_id="workspace"):
                    with gr.Column(scale=1, min_width=320, elem_id="plan-pane"):
                        highlighted = gr.HTML(elem_id="plan-highlighted", js_on_load=WORKSPACE_JS)
                    with gr.Column(scale=1, min_width=320, elem_id="findings-pane"):
                        findings = gr.HTML(elem_id="findings", js_on_load=FINDING_FEEDBACK_JS)
                        strengths = gr.HTML(elem_id="strengths")
            with gr.Tab("チャット", id="chat") as chat_tab:
                chat_municipality = gr.Radio(municipality_choices(corpus), value="both", elem_id="chat-municipality",
                                             label="参照するガイドライン（質問で自治体を名指しすると、その自治体の資料を検索します）")
                plan_chip = gr.HTML(visible=False, elem_id="plan-chip", js_on_load=PLAN_CHIP_JS)
                with gr.Row():
                    with gr.Column(scale=3):
                        # no share button: a conversation may hold a care plan
                        chatbot = gr.Chatbot(label="ガイドラインに基づく回答", height=460, elem_id="chatbot",
                                             buttons=["copy", "copy_all"])
                        chat_status = gr.Markdown(elem_id="chat-status")
                        with gr.Row():
                            message = gr.Textbox(label="質問（ケアプランを貼り付けると、そのプランについて質問できます）",
                                                 lines=2, scale=4, elem_id="chat-input",
                                                 placeholder="例：利用者の希望をすべてケアプランに入れてよいですか？")
                            send = gr.Button("送信", variant="primary", scale=1, elem_id="chat-send")
                        with gr.Group(visible=False, elem_id="answer-feedback") as feedback_panel:
                            feedback_note = gr.Markdown(elem_id="answer-feedback-note")
                            feedback_comment = gr.Textbox(label="コメント（任意）", lines=2, max_lines=6,
                                                          max_length=MAX_COMMENT_CHARS, elem_id="answer-feedback-comment")
                            feedback_plan = gr.Checkbox(label="プランの本文も保存する（個人情報を含みます）",
                                                        elem_id="answer-feedback-plan")
                            feedback_send = gr.Button("コメントを送る", elem_id="answer-feedback-send")
                    with gr.Column(scale=2):
                        citation_view = gr.HTML(SOURCE_PLACEHOLDER, elem_id="chat-citation-view", js_on_load=SOURCES_JS)
            with gr.Tab("ガイドライン", id="guidelines") as guidelines_tab:
                documents = document_choices(corpus)
                document = gr.Dropdown(documents, value=documents[0][1], label="資料", elem_id="guideline-document")
                remove_button = gr.Button("この資料を削除", size="sm", visible=library.removable(documents[0][1]),
                                          elem_id="guideline-remove")
                with gr.Group(visible=False, elem_id="guideline-remove-confirm") as remove_confirm:
                    remove_question = gr.Markdown(elem_id="guideline-remove-question")
                    with gr.Row():
                        remove_yes = gr.Button("削除する", variant="stop", elem_id="guideline-remove-yes")
                        remove_no = gr.Button("やめる", elem_id="guideline-remove-no")
                remove_status = gr.Markdown(elem_id="guideline-remove-status")
                with gr.Row():
                    query = gr.Textbox(label="ガイドラインを検索", placeholder="例：モニタリング", scale=4,
                                       elem_id="search-input")
                    search_button = gr.Button("検索", scale=1, elem_id="search-button")
                search_municipality = gr.Radio(municipality_choices(corpus), value="both", elem_id="search-municipality",
                                               label="検索するガイドライン（検索語で自治体を名指しすると、その自治体の資料を検索します）")
                results = gr.HTML(elem_id="search-results")
                outline = gr.Markdown(outline_markdown(corpus, documents[0][1]), elem_id="guideline-outline")
                with gr.Accordion("ガイドラインを追加", open=False, elem_id="guideline-intake"):
                    gr.Markdown("自治体の指針・基本方針などのファイルを取り込むと、荒川区・杉並区と同じように条文ごとに引用して"
                                "答えます。見出しの一覧を確かめてから追加します（コマンドラインの `ingest` と同じ読み取りです）。")
                    with gr.Row():
                        intake_file = gr.File(label="取り込むファイル", file_types=list(GUIDELINE_SUFFIXES),
                                              type="filepath", height=UPLOAD_HEIGHT, elem_id="guideline-file")
                        with gr.Column():
                            intake_id = gr.Textbox(label="自治体ID（半角英小文字。例: nerima）", elem_id="guideline-id")
                            intake_name = gr.Textbox(label="表示名（例: 練馬区）", elem_id="guideline-name")
                    with gr.Row():
                        intake_title = gr.Textbox(label="題名（任意。省くと本文の1行目）", elem_id="guideline-title")
                        intake_date = gr.Textbox(label="版の日付（任意。YYYY-MM-DD、省くと今日）", elem_id="guideline-date")
                    intake_check = gr.Button("内容を確認する", elem_id="guideline-preview-button")
                    intake_preview = gr.Textbox(label="検出した見出し（プレビュー）", visible=False, interactive=False,
                                                lines=12, max_lines=30, elem_id="guideline-preview")
                    intake_add = gr.Button("追加する", variant="primary", visible=False, elem_id="guideline-add")
                    intake_status = gr.Markdown(elem_id="guideline-status")
                    intake_draft = gr.State(None)  # the previewed document 「追加する」 stores

        heavy = {"api_visibility": "private", "concurrency_limit": HEAVY_CONCURRENCY, "concurrency_id": "heavy"}
        result_outputs = [overview, summary, findings, highlighted, strengths, supervision, sheet_downloads, trace,
                          download_md, download_docx, export_file, context, shown_review, plan_chip, finding_ratings]
        outputs = [status, *result_outputs]
        run.click(run_review, [plan, municipality, mode], outputs, show_progress="full", **heavy).then(
            None, js=SCROLL_TO_RESULT_JS, api_visibility="private")
        for trigger in (mode.change, municipality.change):
            trigger(_if_text(run_review, len(outputs)), [plan, municipality, mode], outputs, show_progress="full",
                    **heavy).then(None, js=SCROLL_TO_RESULT_JS,
                                                                  api_visibility="private")
        sample.click(use_sample, plan, [plan, status], api_visibility="private")
        for button, kind in ((download_md, "md"), (download_docx, "docx"), (download_sheet_docx, "sheet-docx"),
                             (download_sheet_pdf, "sheet-pdf")):
            button.click(save(kind), shown_review, [export_file, status], api_visibility="private").success(
                None, export_file, None, js=DOWNLOAD_JS)
        upload.upload(load_file, [upload, plan], [plan, status, upload, *result_outputs], **heavy).then(
            None, js=SCROLL_TO_RESULT_JS, api_visibility="private")
        findings.click(rate_finding, [shown_review, finding_ratings], finding_ratings, api_visibility="private")
        chat_inputs = [message, chatbot, context, chat_municipality, turns]
        chat_outputs = [message, chatbot, context, turns, plan_chip, chat_status]
        for trigger in (send.click, message.submit):
            trigger(chat, chat_inputs, chat_outputs, show_progress="minimal", **heavy)
        citation_view.click(open_source, turns, citation_view, api_visibility="private")
        plan_chip.click(forget_plan, None, [context, plan_chip, chat_status], api_visibility="private")
        chatbot.clear(clear_chat, None, [chatbot, context, turns, answer_ratings, plan_chip, citation_view,
                                         feedback_panel, feedback_turn, chat_status], api_visibility="private")
        chatbot.like(rate_answer, [turns, answer_ratings],
                     [answer_ratings, feedback_panel, feedback_note, feedback_comment, feedback_plan, feedback_turn],
                     api_visibility="private")
        feedback_send.click(send_comment, [feedback_turn, feedback_comment, feedback_plan, turns, answer_ratings],
                            [answer_ratings, feedback_panel, feedback_note, feedback_turn], api_visibility="private")
        document.change(show_document, document, [outline, remove_button, remove_confirm], api_visibility="private")
        remove_button.click(confirm_removal, document, [remove_confirm, remove_question, remove_status],
                            api_visibility="private")
        remove_no.click(lambda: (gr.update(visible=False), ""), None, [remove_confirm, remove_status],
                        api_visibility="private")
        choices_in = [municipality, chat_municipality, search_municipality, document]
        choices_out = [municipality, chat_municipality, search_municipality, document, outline]
        remove_yes.click(remove_guideline, [document, *choices_in],
                         [remove_confirm, remove_status, *choices_out, remove_button], show_progress="full",
                         api_visibility="private", concurrency_limit=1, concurrency_id="guideline-intake")
        intake_check.click(preview_guideline, [intake_file, intake_id, intake_name, intake_title, intake_date],
                           [intake_preview, intake_draft, intake_add, intake_status], **heavy)
        for changed in (intake_file.change, intake_id.input, intake_name.input, intake_title.input, intake_date.input):
            # the preview shown no longer matches what would be stored: 「追加する」 waits for a new preview
            changed(_forget_draft, None, [intake_draft, intake_add], api_visibility="private")
        intake_add.click(add_guideline, [intake_draft, intake_file, *choices_in],
                         [intake_draft, intake_add, intake_status, intake_file, *choices_out], show_progress="full",
                         api_visibility="private", concurrency_limit=1, concurrency_id="guideline-intake")
        # a page opened, or a tab shown, after a guideline was added or removed (here, by the command line or by
        # another app on the same CAREPLAN_HOME) offers what is there now (the choices above were built at start)
        for shown in (demo.load, review_tab.select, chat_tab.select, guidelines_tab.select):
            shown(refresh_choices, choices_in, choices_out, api_visibility="private")
        search_button.click(search_clauses, [query, search_municipality], results, api_visibility="private")
        query.submit(search_clauses, [query, search_municipality], results, api_visibility="private")
        gr.api(ask, api_name="ask")
        gr.api(search, api_name="search")
        gr.api(review, api_name="review", concurrency_limit=HEAVY_CONCURRENCY, concurrency_id="heavy")
    return demo


def _refusals_js(limit: int) -> str:
    """The browser itself refuses an oversize file or another type, in English; its toast gets the Japanese sentence."""
    too_large = json.dumps(upload_too_large(limit), ensure_ascii=False)
    return f"""() => {{
  const rules = [
    [/^File\\(s\\) exceed the maximum allowed size/, () => {too_large}],
    [/^Invalid file type: (.*)\\. Only (.*) allowed\\.$/,
     (m) => `「${{m[1]}}」は読み込めない形式なので、${{m[2].split(", ").join(" / ")}} のファイルを選んでください。`],
  ];
  const translate = () => document.querySelectorAll('[data-testid="toast-text"]').forEach((node) => {{
    for (const [pattern, sentence] of rules) {{
      const match = node.textContent.match(pattern);
      if (match) node.textContent = sentence(match);
    }}
  }});
  new MutationObserver(translate).observe(document.body, {{childList: true, subtree: true}});
}}"""


def serve(demo: gr.Blocks, settings: Settings, folders: PrivateFolders, login: Login | None) -> None:
    """Queue and launch: bounded concurrency, login if configured, upload and body limits, no extras.

    Blocks until the server stops (Ctrl+C or SIGTERM raised as KeyboardInterrupt in the main thread).
    Gradio's temp folder must already point at ``folders.uploads`` (``GRADIO_TEMP_DIR``, read when
    gradio is imported).
    """
    demo.queue(default_concurrency_limit=LIGHT_CONCURRENCY, api_open=False)
    guard = Middleware(ApiGuard, public=PUBLIC_API, max_body_bytes=MAX_BODY_BYTES,
                       max_upload_bytes=settings.max_upload_bytes, login_required=login is not None)
    demo.launch(
        server_name=settings.host, server_port=settings.port, css=CSS, ssr_mode=False,
        auth=login.verify if login else None,
        auth_message="ケアプラン点検支援アシスタントを使うには、管理者から受け取ったユーザー名とパスワードを入力してください。",
        max_file_size=settings.max_upload_bytes, js=_refusals_js(settings.max_upload_bytes),
        allowed_paths=[str(folders.exports)],
        app_kwargs={"middleware": [guard]},
        share=False, mcp_server=False, enable_monitoring=False, run_history=False, show_error=False,
    )


def _muni(municipality: str | None) -> str | None:
    return None if municipality in (None, "", "both") else municipality


def _cleared_results() -> tuple:
    """The results after a failed review or a refused file: nothing from an earlier plan stays on screen.

    In the order of the results outputs; the chat's plan (and its chip) is the chat's own and is kept.
    """
    hidden = gr.update(value="", visible=False)
    return ("", "", "", "", "", hidden, gr.update(visible=False), hidden, gr.update(visible=False),
            gr.update(visible=False), gr.update(value=None, visible=False), gr.update(), None, gr.update(), {})


def _forget_draft() -> tuple[None, dict]:
    return None, gr.update(visible=False)


def _guideline_choices(corpus: Corpus, values: tuple[str, ...], selected: str | None = None) -> tuple:
    """The review's, the chat's and the search's 自治体 choices and the browser's documents from ``corpus``,
    as it is now.  ``values`` are the four as shown: a choice still there is kept, one removed becomes 両方.
    ``selected`` (a document just added) is opened in the browser; otherwise the browser stays as it is,
    unless its document was removed, when the first one is opened."""
    review_choice, chat_choice, search_choice, shown = values
    radios = [_radio(review_municipality_choices(corpus), review_choice),
              _radio(municipality_choices(corpus), chat_choice), _radio(municipality_choices(corpus), search_choice)]
    documents = document_choices(corpus)
    if selected is None and shown not in corpus.documents:
        selected = documents[0][1]
    chosen = gr.update(choices=documents, value=selected) if selected else gr.update(choices=documents)
    return (*radios, chosen, outline_markdown(corpus, selected) if selected else gr.update())


def _radio(choices: list[tuple[str, str]], value: str | None) -> dict:
    """New choices; the value is sent only when it must change (a value sent again would re-run a review)."""
    if value in {v for _, v in choices}:
        return gr.update(choices=choices)
    return gr.update(choices=choices, value="both")


def _chip(review: Review | None) -> dict:
    """The plan chip above the chat: shown while a plan is the chat's context, gone when there is none."""
    if review is None:
        return gr.update(value="", visible=False)
    return gr.update(value=plan_chip_html(review), visible=True)


def _event_field(event: gr.EventData, name: str) -> Any:
    """One field of the data a page script sent with an event; None when absent (the data is not trusted)."""
    try:
        return getattr(event, name)
    except (AttributeError, TypeError):  # TypeError: an event sent with no data at all
        return None


def _if_text(handler, n_outputs: int):
    """Switching mode or guideline re-runs the review, but only when there is a plan to review."""
    def wrapped(plan_text: str, municipality: str, mode: str):
        if not (plan_text or "").strip():
            return tuple(gr.update() for _ in range(n_outputs))
        return handler(plan_text, municipality, mode)
    return wrapped

"""HTML views of a review for the browser: findings, highlighted plan, supervision, trace.

No gradio here, so the views are tested without a browser.  Everything that
comes from the plan is escaped: plan text is data, never markup.
"""

from __future__ import annotations

import html
from itertools import pairwise

from ..guidelines.corpus import Corpus
from ..review.findings import SEVERITY_LABELS, SEVERITY_ORDER, CheckRecord, Finding, Phrasing, Review, TraceStep
from ..review.supervision import PlanQuote, SheetQuestion, build_sheet
from .feedback import MAX_COMMENT_CHARS
from .presenters import clause_html
from .supervision_export import ABSENT, INTRO, NO_FINDINGS, NO_STRENGTHS, PRACTICE_QUESTION, SHEET_TITLE

_STAGE_LABELS = {"parse": "読み取り", "read": "読んだもの", "match": "一致", "verdict": "判定",
                 "clause": "根拠条文", "retrieval": "検索スコア"}


# Colour is never the only cue: each severity also has its own icon (and underline style, in the CSS).
SEVERITY_ICONS = {"error": "◆", "warning": "⚠", "info": "ℹ"}


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


_FORM_NAMES = {"居宅": "居宅サービス計画書", "予防": "介護予防サービス・支援計画書"}
_READ_PARTS = (("needs", "ニーズ"), ("long_goals", "長期目標"), ("short_goals", "短期目標"), ("services", "サービス"))


def overview_html(review: Review) -> str:
    """The card at the top of the results: what was read, how many findings of each weight, and links to them.

    A poor plan gives a dozen long findings; the card lets the reader see the
    whole review in one screen and jump to a finding instead of scrolling.
    """
    parse = review.parse
    form = _FORM_NAMES.get(parse.get("form", ""), "様式を特定できない文章")
    counts = "・".join(f"{name}{parse.get(key, 0)}件" for key, name in _READ_PARTS)
    missing = [name for key, name in _READ_PARTS if not parse.get(key)]
    not_read = []
    if missing:
        not_read.append("・".join(missing) + "は読み取れませんでした。")
    if parse.get("unread"):
        not_read.append(f"欄を特定できなかった行が{len(parse['unread'])}件あります（自由記述として読みました）。")
    if parse.get("checks_not_run"):
        ids = "・".join(c["check_id"] for c in parse["checks_not_run"])
        not_read.append(f"判定していないチェック: {ids}")
    unread_html = "".join(f'<li class="overview-unread">{_e(line)}</li>' for line in not_read)
    groups = review.by_severity()
    severity = "".join(f'<span class="overview-count sev-{key}">{SEVERITY_LABELS[key]} {len(items)}件</span>'
                       for key, items in groups.items())
    links = "".join(  # the list's own numbers are the findings' numbers below
        f'<li><a href="#finding-{f.check_id}" data-jump="finding-{f.check_id}">{f.check_id} {_e(f.name)}</a>'
        f' <span class="badge sev-{f.severity}">{SEVERITY_LABELS[f.severity]}</span></li>'
        for items in groups.values() for f in items)
    jump = (f'<ol class="overview-jump" aria-label="指摘の一覧">{links}</ol>' if links
            else "<p>指摘はありません。</p>")
    return (f'<section class="overview" aria-label="点検結果の概要"><h3>点検結果の概要</h3>'
            f'<p class="overview-read"><b>読み取った内容:</b> {_e(form)}。{counts}。</p>'
            f"{f'<ul>{unread_html}</ul>' if unread_html else ''}"
            f'<p class="overview-severity"><b>指摘 {len(review.findings)}件:</b> {severity}</p>{jump}</section>')


def parse_html(review: Review) -> str:
    """What was not judged first, then the 「読み取り結果」 panel: the table as the reader understood it.

    The panel opens by itself when something could not be read, so the user sees
    what was understood before reading any finding.
    """
    parse = review.parse
    notices = "".join(f'<p class="notice">⚠️ {_e(n)}</p>' for n in review.notices)
    items = "".join(f"<li>{_e(m)}</li>" for m in parse.get("messages", []))
    trouble = bool(parse.get("checks_not_run") or parse.get("unread") or parse.get("input_format") == "prose")
    unread = "".join(f"<li><code>{_e(u['text'][:80])}</code></li>" for u in parse.get("unread", [])[:20])
    unread_html = (f'<h4>欄を特定できなかった行（自由記述として読みました）</h4><ul class="unread">{unread}</ul>'
                   if unread else "")
    return (f'<div class="parse-summary">{notices}'
            f'<details class="read-result"{" open" if trouble else ""}><summary>読み取り結果</summary>'
            f"<ul>{items}</ul>{_table_html(parse.get('table', []))}{unread_html}</details></div>")


def _table_html(table: list[dict]) -> str:
    if not table:
        return "<p>ニーズ・目標・サービスの表は読み取れませんでした。</p>"
    empty_goal = {"long_goal": "", "long_period": "", "short_goal": "", "short_period": "", "services": []}
    rows = []
    for need in table:
        goals = need["goals"] or [empty_goal]
        span = sum(max(1, len(g["services"])) for g in goals)
        first_need = True
        for goal in goals:
            services = goal["services"] or [None]
            first_goal = True
            for service in services:
                cells = []
                if first_need:
                    cells.append(f'<td rowspan="{span}">{_e(need["need"]) or "（なし）"}</td>')
                if first_goal:
                    n = len(services)
                    cells.append(f'<td rowspan="{n}">{_e(goal["long_goal"])}<br><small>{_e(goal["long_period"])}</small></td>')
                    cells.append(f'<td rowspan="{n}">{_e(goal["short_goal"])}<br><small>{_e(goal["short_period"])}</small></td>')
                if service:
                    cells.append(f"<td>{_e(service['content'])}</td><td>{_e(service['type'])}"
                                 f"<br><small>{_e(service['role'])}</small></td><td>{_e(service['frequency'])}</td>"
                                 f"<td>{_e(service['period'])}</td>")
                else:
                    cells.append('<td colspan="4">（サービスの記載なし）</td>')
                rows.append("<tr>" + "".join(cells) + "</tr>")
                first_need = first_goal = False
    head = ("<tr><th>ニーズ</th><th>長期目標</th><th>短期目標</th><th>サービス内容</th><th>種別</th><th>頻度</th>"
            "<th>期間</th></tr>")
    return f'<table class="read-table">{head}{"".join(rows)}</table>'


def _severity_badge(severity: str) -> str:
    return f'<span class="badge sev-{severity}">{SEVERITY_ICONS[severity]} {SEVERITY_LABELS[severity]}</span>'


def _assist_html(phrasing: Phrasing | None, model: str | None) -> str:
    """The model's phrasing of one finding, marked as the model's (it is not the guideline's word)."""
    if phrasing is None or model is None:
        return ""
    lines = []
    for label, sentences in (("この指摘をこのプランに当てはめると", phrasing.advice), ("振り返りの問い（案）", phrasing.question)):
        if sentences:
            lines.append(f"<p><b>{label}:</b> {_e(''.join(s.text for s in sentences))}</p>")
    return (f'<div class="assist"><small class="assist-source">モデル（{_e(model)}）による言い換えです。'
            f"ガイドラインの文言ではありません。根拠は上の助言と条文です。</small>{''.join(lines)}</div>")


def _finding_html(finding: Finding, corpus: Corpus, number: int, assist: str = "") -> str:
    evidence = "".join(
        f'<blockquote class="evidence" data-start="{s.start}" data-end="{s.end}" title="クリックでプランの該当箇所へ">'
        f"{_e(s.text)}</blockquote>" for s in finding.evidence) or (
        '<p class="evidence-absent">（記載が見当たらないことについての確認です）</p>')
    show = (f'<button type="button" class="show-in-plan" data-check="{finding.check_id}">プランの該当箇所を表示 ➜</button>'
            if any(s.end > s.start for s in finding.evidence) else "")
    citations = "".join(
        f'<details class="citation"><summary>[{i}] {_e(c.label)}</summary>{clause_html(corpus, c)}</details>'
        for i, c in enumerate(finding.citations, 1)
    )
    note = f'<p class="citation-note">※ {_e(finding.citation_note)}</p>' if finding.citation_note else ""
    advice = (f"<p><b>検討してほしいこと（ガイドラインの記載に基づく）:</b> {_e(finding.advice)}</p>"
              if finding.advice else "")
    form_rule = f'<p class="form-rule"><b>様式上の確認:</b> {_e(finding.form_rule)}</p>' if finding.form_rule else ""
    tips = "".join(f"<li>{_e(t)}</li>" for t in finding.tips)
    tips_html = (f'<div class="practice-tips"><b>実践のヒント</b>（ガイドラインの記載ではありません）<ul>{tips}</ul></div>'
                 if tips else "")
    grounds = f'<div class="citations"><b>根拠（クリックで条文を表示）</b>{citations}</div>' if citations else ""
    return (
        f'<div class="finding sev-{finding.severity}" id="finding-{finding.check_id}" data-check="{finding.check_id}">'
        f"<h4>{number}. {finding.check_id} {_e(finding.name)} {_severity_badge(finding.severity)}</h4>"
        f"{evidence}{show}{advice}{form_rule}{grounds}{note}{tips_html}"
        f"<p><b>振り返りの問い:</b> {_e(finding.question)}</p>{assist}{_feedback_form(finding)}</div>"
    )


def _feedback_form(finding: Finding) -> str:
    """👍/👎 and an optional comment for one finding; the page sends them (the app stores them in feedback.jsonl).

    The plan text goes with the rating only when the box is ticked: it is
    personal data, and most ratings are useful without it.
    """
    return (
        f'<div class="feedback" data-check="{html.escape(finding.check_id)}">'
        '<span class="feedback-ask">この指摘は役に立ちましたか？</span> '
        '<button type="button" data-feedback="up" aria-pressed="false" aria-label="役に立った" title="役に立った">👍</button> '
        '<button type="button" data-feedback="down" aria-pressed="false" aria-label="役に立たなかった" '
        'title="役に立たなかった">👎</button>'
        '<details><summary>コメントを書く（任意）</summary>'
        f'<textarea rows="2" maxlength="{MAX_COMMENT_CHARS}" aria-label="この指摘へのコメント"></textarea>'
        '<label><input type="checkbox"> プランの本文も保存する（個人情報を含みます）</label> '
        '<button type="button" data-feedback="comment">コメントを送る</button></details></div>'
    )


def findings_html(review: Review, corpus: Corpus) -> str:
    """Findings grouped by severity, each with its plan text, advice and expandable clauses."""
    if not review.findings:
        return '<div class="findings"><p>指摘はありません。</p></div>'
    parts = [f'<div class="findings"><h3>指摘（{len(review.findings)}件）</h3>']
    if review.assist is not None and review.assist.notice:
        parts.append(f'<p class="assist-notice">※ {_e(review.assist.notice)}</p>')
    number = 0
    for severity, findings in review.by_severity().items():
        if not findings:
            continue
        parts.append(f'<h3 class="sev-heading sev-{severity}">{SEVERITY_LABELS[severity]}（{len(findings)}件）</h3>')
        for finding in findings:
            number += 1
            assist = (_assist_html(review.assist.phrasing(finding.check_id), review.assist.model)
                      if review.assist is not None else "")
            parts.append(_finding_html(finding, corpus, number, assist))
    parts.append("</div>")
    return "".join(parts)


def plan_html(review: Review) -> str:
    """The plan text with every evidence span marked, coloured by its most severe finding.

    Each mark names its checks (``data-check``, most severe first) and its
    offsets, so a click on a finding can find its spans and a click on a mark
    its finding; the first piece of a span carries its checks' icons and ids as
    a label, so the severity is readable without colour.
    """
    text = review.plan_text
    spans = [(s.start, s.end, f) for f in review.findings for s in f.evidence if s.end > s.start]
    bounds = sorted({0, len(text), *(c for start, end, _ in spans for c in (start, end))})
    out = []
    for start, end in pairwise(bounds):
        piece = html.escape(text[start:end])
        owners = _unique([f for s, e, f in spans if s <= start and end <= e])
        if not owners:
            out.append(piece)
            continue
        top = min(owners, key=lambda f: SEVERITY_ORDER[f.severity])
        checks = " ".join(f.check_id for f in sorted(owners, key=lambda f: SEVERITY_ORDER[f.severity]))
        names = "、".join(f"{f.check_id} {f.name}（{SEVERITY_LABELS[f.severity]}）" for f in owners)
        label = "".join(f"{SEVERITY_ICONS[f.severity]}{f.check_id}" for f in _unique(
            [f for s, _, f in spans if s == start]))
        out.append(f'<mark data-check="{checks}" class="sev-{top.severity}" data-start="{start}" data-end="{end}"'
                   f'{f" data-label={_attr(label)}" if label else ""} tabindex="0" role="button" '
                   f'title="{html.escape(names)}（クリックで指摘へ）">{piece}</mark>')
    legend = "".join(f'<span class="legend-item sev-{key}">{SEVERITY_ICONS[key]} {label}</span>'
                     for key, label in SEVERITY_LABELS.items())
    return (f'<div class="plan-view"><h3>プラン本文（指摘箇所に色）</h3>'
            f'<p class="plan-legend" aria-label="色の凡例">{legend}</p>'
            '<p class="plan-hint">色の付いた箇所を押すと、その指摘に移ります。</p>'
            f'<pre class="plan-text">{"".join(out)}</pre></div>')


def _unique(findings: list[Finding]) -> list[Finding]:
    return list({f.check_id: f for f in findings}.values())


def _attr(value: str) -> str:
    return f'"{html.escape(value)}"'


def strengths_html(review: Review) -> str:
    if not review.strengths:
        return ""
    items = []
    for strength in review.strengths:
        shown = "、".join(f"「{_e(s.text)}」" for s in strength.evidence[:2])
        items.append(f"<li><b>{strength.check_id} {_e(strength.name)}</b>: {_e(strength.note)}"
                     + (f"<br><small>例: {shown}</small>" if shown else "") + "</li>")
    return f'<div class="strengths"><h3>できていること（{len(review.strengths)}件）</h3><ul>{"".join(items)}</ul></div>'


def supervision_html(review: Review) -> str:
    """The supervision sheet on screen: three questions first, what to acknowledge, the rest by theme.

    The same sheet as the DOCX and PDF downloads (:mod:`assistant.review.supervision`).
    """
    sheet = build_sheet(review)
    parts = [f'<div class="supervision"><h3>{SHEET_TITLE}</h3>', f"<p>{INTRO}</p>",
             f"<h4>優先して話し合う問い（{len(sheet.questions)}つ）</h4>"]
    if sheet.questions:
        parts.append(f'<ol class="sv-priority">{"".join(_sheet_question(q) for q in sheet.questions)}</ol>')
    else:
        parts.append(f"<p>{NO_FINDINGS}</p>")
    parts.append("<h4>まず認めたいこと</h4>")
    if sheet.acknowledgements:
        items = "".join(f'<li class="sv-strength">{_e(a.note)}<br><small>プランの記載: {_plan_quote(a.plan_quote)}'
                        f"（{a.check_id}）</small></li>" for a in sheet.acknowledgements)
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append(f'<p class="sv-no-strength">{NO_STRENGTHS}</p>')
    if sheet.themes:
        parts.append("<h4>そのほかの問い（テーマ別）</h4>")
    for theme, items in sheet.themes.items():
        questions = "".join(f'<li class="sv-question">{_e(i.question)}<br><small>（{i.check_id} {_e(i.name)}・'
                            f"{SEVERITY_LABELS[i.severity]}）</small></li>" for i in items)
        parts.append(f'<h5 class="sv-theme">{_e(theme)}</h5><ul>{questions}</ul>')
    parts.append("</div>")
    return "".join(parts)


def _sheet_question(question: SheetQuestion) -> str:
    practice = "" if question.question_from_clause else f'<small class="sv-practice">{PRACTICE_QUESTION}</small>'
    plan = f"<li>プランの記載: {_plan_quote(question.plan_quote)}</li>" if question.plan_quote else f"<li>{ABSENT}</li>"
    if question.clause:
        basis = (f'<li>根拠条文: {_e(question.clause.label)}（<code>{_e(question.clause.clause_id)}</code>）'
                 f'「<span class="sv-clause">{_e(question.clause_quote_shown)}</span>」</li>')
    elif question.form_rule:
        basis = f"<li>様式上の確認: {_e(question.form_rule)}</li>"
    else:
        basis = ""
    return (f'<li class="sv-question sv-top" data-check="{question.check_id}"><b>{_e(question.question)}</b>{practice}'
            f"<ul><li>{question.check_id} {_e(question.name)} {_severity_badge(question.severity)}</li>"
            f"{plan}{basis}</ul></li>")


def _plan_quote(quote: PlanQuote) -> str:
    return f'「<span class="sv-plan-quote">{_e(quote.shown)}</span>」'


def _steps_html(steps: list[TraceStep]) -> str:
    return "".join(f'<li><span class="stage">{_STAGE_LABELS.get(s.stage, s.stage)}</span> {_e(s.text)}</li>'
                   for s in steps)


def trace_html(review: Review) -> str:
    """Every check, fired or not, with its outcome and reason, then its steps; a box hides all but the fired.

    The box works by CSS alone (``:has``), so ticking it needs no round trip.
    """
    counts = "・".join(f"{label} {n}" for label, n in _status_counts(review.checks))
    parse_steps = [s for s in review.trace if s.stage == "parse"]
    parts = ['<div class="trace"><h3>判定の過程（研修用）</h3>',
             f'<p class="trace-summary">全{len(review.checks)}項目: {_e(counts)}</p>',
             '<label class="trace-toggle"><input type="checkbox" class="only-fired" id="trace-only-fired"> '
             "指摘があったチェックだけ表示</label>",
             f"<h4>読み取り</h4><ol>{_steps_html(parse_steps)}</ol>", '<div class="check-traces">']
    parts += [_check_trace_html(record) for record in review.checks]
    parts.append("</div></div>")
    return "".join(parts)


def _status_counts(records: list[CheckRecord]) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for record in records:
        counts[record.status_label] = counts.get(record.status_label, 0) + 1
    return list(counts.items())


def _check_trace_html(record: CheckRecord) -> str:
    return (f'<details class="check-trace status-{record.status}" data-status="{record.status}" '
            f'data-check="{record.check_id}"><summary><b>{record.check_id} {_e(record.name)}</b> '
            f'<span class="trace-status">{_e(record.status_label)}</span> '
            f'<span class="trace-reason">{_e(record.reason)}</span></summary>'
            f"<ol>{_steps_html(record.steps)}</ol></details>")

"""HTML views of a review for the browser: findings, highlighted plan, supervision, trace.

No gradio here, so the views are tested without a browser.  Everything that
comes from the plan is escaped: plan text is data, never markup.
"""

from __future__ import annotations

import html
from itertools import pairwise

from ..guidelines.corpus import Corpus
from ..review.findings import SEVERITY_LABELS, Finding, Review, TraceStep
from .feedback import MAX_COMMENT_CHARS
from .presenters import clause_html

_STAGE_LABELS = {"parse": "読み取り", "read": "読んだもの", "match": "一致", "verdict": "判定",
                 "clause": "根拠条文", "retrieval": "検索スコア"}


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


def _finding_html(finding: Finding, corpus: Corpus, number: int) -> str:
    evidence = "".join(f"<blockquote class=\"evidence\">{_e(s.text)}</blockquote>" for s in finding.evidence) or (
        '<p class="evidence-absent">（記載が見当たらないことについての確認です）</p>')
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
        f"<h4>{number}. {finding.check_id} {_e(finding.name)} "
        f'<span class="badge">{SEVERITY_LABELS[finding.severity]}</span></h4>'
        f"{evidence}{advice}{form_rule}{grounds}{note}{tips_html}"
        f"<p><b>振り返りの問い:</b> {_e(finding.question)}</p>{_feedback_form(finding)}</div>"
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
    number = 0
    for severity, findings in review.by_severity().items():
        if not findings:
            continue
        parts.append(f'<h3 class="sev-heading sev-{severity}">{SEVERITY_LABELS[severity]}（{len(findings)}件）</h3>')
        for finding in findings:
            number += 1
            parts.append(_finding_html(finding, corpus, number))
    parts.append("</div>")
    return "".join(parts)


def plan_html(review: Review) -> str:
    """The plan text with every evidence span marked by the checks that point at it."""
    text = review.plan_text
    cuts = {0, len(text)}
    for finding in review.findings:
        for span in finding.evidence:
            cuts.update((span.start, span.end))
    bounds = sorted(cuts)
    out = []
    for start, end in pairwise(bounds):
        checks = sorted({f.check_id for f in review.findings for s in f.evidence if s.start <= start and end <= s.end})
        piece = html.escape(text[start:end])
        if checks:
            names = "、".join(f"{f.check_id} {f.name}" for f in review.findings if f.check_id in checks)
            out.append(f'<mark data-check="{" ".join(checks)}" title="{html.escape(names)}">{piece}</mark>')
        else:
            out.append(piece)
    return f'<div class="plan-view"><h3>プラン本文（指摘箇所に色）</h3><pre class="plan-text">{"".join(out)}</pre></div>'


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
    """Questions for a supervision session, grouped by theme, with strengths to acknowledge first."""
    groups: dict[str, list[Finding]] = {}
    for finding in review.findings:
        groups.setdefault(finding.group, []).append(finding)
    praise = "".join(f"<li>{_e(s.note)}</li>" for s in review.strengths[:5])
    parts = ['<div class="supervision"><h3>スーパービジョンのポイント</h3>',
             "<p>指摘を伝えるより、問いかけで本人の気づきを促すための材料です。</p>"]
    if praise:
        parts.append(f"<h4>まず認めたいこと</h4><ul>{praise}</ul>")
    for group, findings in groups.items():
        questions = "".join(f'<li class="sv-question">{_e(f.question)}<br><small>（{f.check_id} {_e(f.name)}）</small></li>'
                            for f in findings)
        parts.append(f"<h4>{_e(group)}</h4><ol>{questions}</ol>")
    parts.append("</div>")
    return "".join(parts)


def _steps_html(steps: list[TraceStep]) -> str:
    return "".join(f'<li><span class="stage">{_STAGE_LABELS.get(s.stage, s.stage)}</span> {_e(s.text)}</li>'
                   for s in steps)


def trace_html(review: Review) -> str:
    """The reasoning step by step: parse → each check's reading, matches, verdict, clauses, retrieval."""
    parts = ['<div class="trace"><h3>判定の過程（研修用）</h3>', f"<h4>全体</h4><ol>{_steps_html(review.trace)}</ol>"]
    for finding in review.findings:
        parts.append(f"<h4>{finding.check_id} {_e(finding.name)}</h4><ol>{_steps_html(finding.trace)}</ol>")
    parts.append("</div>")
    return "".join(parts)

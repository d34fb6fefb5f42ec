"""HTML views of a review for the browser: findings, highlighted plan, supervision, trace.

No gradio here, so the views are tested without a browser.  Everything that
comes from the plan is escaped: plan text is data, never markup.
"""

from __future__ import annotations

import html

from ..guidelines.corpus import Corpus
from ..review.findings import SEVERITY_LABELS, Finding, Review, TraceStep
from .presenters import clause_html

_STAGE_LABELS = {"parse": "読み取り", "read": "読んだもの", "match": "一致", "verdict": "判定",
                 "clause": "根拠条文", "retrieval": "検索スコア"}


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def parse_html(review: Review) -> str:
    items = "".join(f"<li>{_e(m)}</li>" for m in review.parse.get("messages", []))
    notices = "".join(f'<p class="notice">⚠️ {_e(n)}</p>' for n in review.notices)
    return f'<div class="parse-summary"><h3>読み取った内容</h3><ul>{items}</ul>{notices}</div>'


def _finding_html(finding: Finding, corpus: Corpus, number: int) -> str:
    evidence = "".join(f"<blockquote class=\"evidence\">{_e(s.text)}</blockquote>" for s in finding.evidence) or (
        '<p class="evidence-absent">（記載が見当たらないことについての確認です）</p>')
    citations = "".join(
        f'<details class="citation"><summary>[{i}] {_e(c.label)}</summary>{clause_html(corpus, c)}</details>'
        for i, c in enumerate(finding.citations, 1)
    )
    note = f'<p class="citation-note">※ {_e(finding.citation_note)}</p>' if finding.citation_note else ""
    return (
        f'<div class="finding sev-{finding.severity}" id="finding-{finding.check_id}" data-check="{finding.check_id}">'
        f"<h4>{number}. {finding.check_id} {_e(finding.name)} "
        f'<span class="badge">{SEVERITY_LABELS[finding.severity]}</span></h4>'
        f"{evidence}<p><b>検討してほしいこと:</b> {_e(finding.advice)}</p>"
        f"<p><b>振り返りの問い:</b> {_e(finding.question)}</p>"
        f'<div class="citations"><b>根拠（クリックで条文を表示）</b>{citations}</div>{note}</div>'
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
    for start, end in zip(bounds, bounds[1:]):
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

"""A review as a document: Markdown (terminal, download) and DOCX (python-docx).

Both carry the same content in the same order — parse summary, findings by
severity with the plan text, advice, cited clauses with their verbatim
quotes (numbered [1], [2] … within each finding, as on screen), the
supervision question — so what a care manager prints is what the screen
showed.  In 主任 mode the Markdown opens with the supervision sheet (three
prioritised questions quoting the plan and the clause, what to acknowledge,
the rest by theme), laid out from the same lines as the sheet's DOCX and PDF.  A downloaded file ends with the reviewed plan text as an appendix,
so the printout can be read on its own; the DOCX is A4 with a Japanese font,
as offices in Japan print it.  No gradio here: the CLI uses it too.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

from ..review.findings import SEVERITY_LABELS, Finding, Review, ReviewAssist

JAPANESE_FONT = "游明朝"  # Word on Windows and Mac has it; Word substitutes a Japanese font elsewhere
LATIN_FONT = "Yu Mincho"
A4_MM = (210, 297)
MARGIN_MM = 20
APPENDIX = "付録: 点検したプランの本文"
MUNICIPALITY_LABELS = {"both": "荒川区・杉並区", "arakawa": "荒川区", "suginami": "杉並区"}


def guideline_label(municipality: str, name: str = "") -> str:
    """The guideline a review used, for the reader: a municipality taken in is known by the name it was given."""
    return MUNICIPALITY_LABELS.get(municipality) or name or municipality
MODE_LABELS = {"care-manager": "ケアマネジャー", "supervision": "主任ケアマネ（スーパービジョン）", "trainer": "研修"}
TITLE = "ケアプラン点検結果"


def _evidence_text(finding: Finding) -> list[str]:
    return [span.text for span in finding.evidence]


def review_to_markdown(review: Review, *, with_plan: bool = False) -> str:
    """The review as Markdown; plan text and quotes are quoted verbatim.

    ``with_plan`` appends the reviewed plan text (downloads; the terminal already has the file).
    """
    lines = [f"# {TITLE}", "",
             f"- 作成日: {date.today():%Y-%m-%d}",
             f"- 参照したガイドライン: {guideline_label(review.municipality, review.municipality_name)}",
             f"- モード: {MODE_LABELS[review.mode]}", ""]
    if review.mode == "supervision":  # the supervision sheet first, as on screen and in its DOCX and PDF
        from .supervision_export import sheet_markdown  # imports this module

        lines += ["## スーパービジョンで投げかける問い", ""] + sheet_markdown(review)
    notices = review.notices + ([review.assist.notice] if review.assist is not None and review.assist.notice else [])
    if notices:
        lines += ["## お知らせ", ""] + [f"- {n}" for n in notices] + [""]
    lines += ["## 読み取った内容", ""] + [f"- {m}" for m in review.parse.get("messages", [])] + [""]
    lines += [f"## 指摘（{len(review.findings)}件）", ""]
    if not review.findings:
        lines += ["指摘はありません。", ""]
    for severity, findings in review.by_severity().items():
        if not findings:
            continue
        lines += [f"### {SEVERITY_LABELS[severity]}", ""]
        for finding in findings:
            lines += _finding_markdown(finding, review.assist)
    lines += [f"## できていること（{len(review.strengths)}件）", ""]
    for strength in review.strengths:
        shown = "、".join(f"「{s.text}」" for s in strength.evidence[:3])
        lines.append(f"- **{strength.check_id} {strength.name}**: {strength.note}" + (f" 例: {shown}" if shown else ""))
    lines.append("")
    if review.mode == "trainer":
        lines += ["## 判定の過程", ""] + [f"{i}. [{s.stage}] {s.text}" for i, s in enumerate(review.trace, 1)] + [""]
        for finding in review.findings:
            lines += [f"### {finding.check_id} {finding.name}", ""]
            lines += [f"{i}. [{s.stage}] {s.text}" for i, s in enumerate(finding.trace, 1)] + [""]
    if with_plan:
        lines += [f"## {APPENDIX}", "", "```text", review.plan_text.replace("```", "``\u200b`"), "```", ""]
    return "\n".join(lines)


def _finding_markdown(finding: Finding, assist: ReviewAssist | None = None) -> list[str]:
    lines = [f"#### {finding.check_id} {finding.name}（{SEVERITY_LABELS[finding.severity]}）", ""]
    evidence = _evidence_text(finding)
    if evidence:
        lines += ["該当する記載:", ""] + [f"> {text}".replace("\n", "\n> ") for text in evidence] + [""]
    else:
        lines += ["該当する記載: （記載が見当たらないことについての確認です）", ""]
    if finding.advice:
        lines += [f"検討してほしいこと（ガイドラインの記載に基づく）: {finding.advice}", ""]
    if finding.form_rule:
        lines += [f"様式上の確認: {finding.form_rule}", ""]
    if finding.citations:
        lines += ["根拠:", ""]
        for i, citation in enumerate(finding.citations, 1):
            lines.append(f"[{i}] {citation.label}（{citation.clause_id}）")
            lines.append(f"> {citation.quote}")
            lines.append("")
        lines.append("")
    if finding.citation_note:
        lines += [f"※ {finding.citation_note}", ""]
    if finding.tips:
        lines += ["実践のヒント（ガイドラインの記載ではありません）:", ""] + [f"- {t}" for t in finding.tips] + [""]
    lines += [f"振り返りの問い: {finding.question}"]
    phrasing = assist.phrasing(finding.check_id) if assist is not None else None
    if phrasing is not None:  # the model's wording, after the guideline's and marked as the model's
        lines += ["", f"モデル（{assist.model}）による言い換え（ガイドラインの文言ではありません）:", ""]
        for label, sentences in (("助言", phrasing.advice), ("振り返りの問い", phrasing.question)):
            if sentences:
                lines.append(f"- {label}: {''.join(s.text for s in sentences)}")
    return lines + [""]


def review_to_docx(review: Review, path: Path) -> Path:
    """Write the review as a Word document at ``path`` and return it."""
    from docx import Document

    document = Document()
    a4_japanese(document)
    document.add_heading(TITLE, level=0)
    document.add_paragraph(f"作成日: {date.today():%Y-%m-%d}　参照したガイドライン: "
                           f"{guideline_label(review.municipality, review.municipality_name)}　モード: {MODE_LABELS[review.mode]}")
    if review.notices:
        document.add_heading("お知らせ", level=1)
        for notice in review.notices:
            document.add_paragraph(notice, style="List Bullet")
    document.add_heading("読み取った内容", level=1)
    for message in review.parse.get("messages", []):
        document.add_paragraph(message, style="List Bullet")
    document.add_heading(f"指摘（{len(review.findings)}件）", level=1)
    for severity, findings in review.by_severity().items():
        for finding in findings:
            document.add_heading(f"{finding.check_id} {finding.name}（{SEVERITY_LABELS[severity]}）", level=2)
            for text in _evidence_text(finding) or ["（記載が見当たらないことについての確認です）"]:
                document.add_paragraph(text, style="Intense Quote")
            if finding.advice:
                document.add_paragraph(f"検討してほしいこと（ガイドラインの記載に基づく）: {finding.advice}")
            if finding.form_rule:
                document.add_paragraph(f"様式上の確認: {finding.form_rule}")
            for i, citation in enumerate(finding.citations, 1):  # [1] again in every finding, as on screen
                p = document.add_paragraph()
                p.add_run(f"[{i}] {citation.label}（{citation.clause_id}）").bold = True
                document.add_paragraph(citation.quote, style="Quote")
            if finding.citation_note:
                document.add_paragraph(f"※ {finding.citation_note}")
            for tip in finding.tips:
                document.add_paragraph(f"実践のヒント（ガイドラインの記載ではありません）: {tip}", style="List Bullet")
            document.add_paragraph(f"振り返りの問い: {finding.question}")
    document.add_heading(f"できていること（{len(review.strengths)}件）", level=1)
    for strength in review.strengths:
        document.add_paragraph(f"{strength.check_id} {strength.name}: {strength.note}", style="List Bullet")
    _plan_appendix(document, review)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def a4_japanese(document, margin_mm: float = MARGIN_MM) -> None:
    """A4 pages and a Japanese font in every style used (python-docx's template is US Letter, Latin fonts)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from docx.shared import Mm

    for section in document.sections:
        section.page_width, section.page_height = Mm(A4_MM[0]), Mm(A4_MM[1])
        section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Mm(margin_mm)
    for style in document.styles:
        if style.type != WD_STYLE_TYPE.PARAGRAPH:
            continue
        style.font.name = LATIN_FONT
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), JAPANESE_FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme"):  # a theme font would win over ours
            fonts.attrib.pop(qn(theme), None)
        lang = style.element.rPr.find(qn("w:lang"))
        if lang is None:
            lang = style.element.rPr.makeelement(qn("w:lang"), {})
            style.element.rPr.append(lang)
        lang.set(qn("w:eastAsia"), "ja-JP")


def _plan_appendix(document, review: Review) -> None:
    """The reviewed text on a new page, every span a finding points at highlighted."""
    from docx.enum.text import WD_BREAK, WD_COLOR_INDEX

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading(APPENDIX, level=1)
    document.add_paragraph("色を付けた箇所は、指摘の根拠にした記載です。")
    text = review.plan_text
    marked = sorted({(s.start, s.end) for f in review.findings for s in f.evidence if s.end > s.start})
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        paragraph = document.add_paragraph()
        cuts = sorted({start, end, *(c for span in marked for c in span if start < c < end)})
        for a, b in pairwise(cuts):
            run = paragraph.add_run(text[a:b])
            if any(s <= a and b <= e for s, e in marked):
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        start = end + 1


# What each download is: the file name's stem and suffix, and the writer (given the review and the path).
EXPORT_KINDS = ("md", "docx", "sheet-docx", "sheet-pdf")
SHEET_STEM = "スーパービジョンシート"


def export_name(kind: str, day: date | None = None) -> str:
    """「ケアプラン点検結果_20250401.docx」: the date tells downloads apart; no name of the person, which is personal data."""
    stem = SHEET_STEM if kind.startswith("sheet-") else TITLE
    return f"{stem}_{day or date.today():%Y%m%d}.{kind.removeprefix('sheet-')}"


def write_export(review: Review, root: Path, kind: str) -> Path:
    """Write one download (one of ``EXPORT_KINDS``) into a fresh private folder under ``root``.

    Called only when the user asks to download: an export holds the plan's
    personal data, so none is written for a review nobody saves.  The folder
    is 0700 and the file 0600; :mod:`.storage` prunes and clears them.
    """
    import uuid

    from .storage import FOLDER_MODE, make_private_file
    from .supervision_export import sheet_to_docx, sheet_to_pdf

    if kind not in EXPORT_KINDS:
        raise ValueError(f"unknown export kind: {kind}")
    root.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    folder = root / uuid.uuid4().hex
    folder.mkdir(mode=FOLDER_MODE)
    path = folder / export_name(kind)
    if kind == "md":
        path.write_text(review_to_markdown(review, with_plan=True), encoding="utf-8")
    else:
        writer = {"docx": review_to_docx, "sheet-docx": sheet_to_docx, "sheet-pdf": sheet_to_pdf}[kind]
        writer(review, path)
    return make_private_file(path)

"""The supervision sheet as a one-page A4 document: DOCX (python-docx) and PDF (reportlab).

The 主任 prints the sheet and takes it into the interview, so both files carry
what the screen shows in the same order: the three questions with the plan's
words and the clause behind each, what to acknowledge, the rest by theme.  The
PDF uses reportlab's built-in CID font HeiseiKakuGo-W5 (no font file to ship;
the text stays a text layer) and shrinks its type until the sheet fits one
page.  No gradio here.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from ..review.findings import SEVERITY_LABELS, Review
from ..review.supervision import SheetQuestion, SupervisionSheet, build_sheet
from .export import a4_japanese, guideline_label

SHEET_TITLE = "スーパービジョンシート"
PDF_FONT = "HeiseiKakuGo-W5"
SHEET_MARGIN_MM = 14
FONT_SIZES = (10.0, 9.0, 8.0, 7.0)  # tried in turn until the sheet fits one page
LEADING = 1.45  # line height as a multiple of the font size, in both files
INTRO = "指摘を伝えるより、問いかけで本人の気づきを促すための材料です。最初の3つの問いから話し合ってください。"
NO_STRENGTHS = "根拠となる記載を確認できた「できていること」は見つかりませんでした。"
NO_FINDINGS = "指摘はありません。"
PRACTICE_QUESTION = "（実践からの問い。ガイドラインの記載ではありません）"
ABSENT = "プランに該当する記載が見当たりません（書かれていないことについての問いです）。"


def sheet_lines(review: Review) -> list[tuple[str, str]]:
    """The sheet as (kind, text) lines — ``title``, ``meta``, ``heading``, ``question``, ``detail``, ``theme``, ``item``.

    Every writer lays out the same lines (the DOCX, the PDF and the Markdown download's
    sheet section), so they cannot drift apart.
    """
    sheet = build_sheet(review)
    return [("title", SHEET_TITLE),
            ("meta", f"作成日: {date.today():%Y-%m-%d}　参照したガイドライン: {guideline_label(sheet.municipality, sheet.municipality_name)}"),
            ("meta", INTRO)] + sheet_body(sheet)


def sheet_body(sheet: SupervisionSheet) -> list[tuple[str, str]]:
    """The sheet after its title lines: the three questions, what to acknowledge, the rest by theme (``theme`` lines)."""
    lines: list[tuple[str, str]] = [("heading", f"1. 優先して話し合う問い（{len(sheet.questions)}つ）")]
    if not sheet.questions:
        lines.append(("detail", NO_FINDINGS))
    for number, question in enumerate(sheet.questions, 1):
        lines += _question_lines(number, question)
    lines.append(("heading", "2. まず認めたいこと"))
    if sheet.acknowledgements:
        lines += [("item", f"{a.note}　プランの記載:「{a.plan_quote.shown}」（{a.check_id}）")
                  for a in sheet.acknowledgements]
    else:
        lines.append(("detail", NO_STRENGTHS))
    if sheet.themes:
        lines.append(("heading", "3. そのほかの問い（テーマ別）"))
        for theme, items in sheet.themes.items():
            lines.append(("theme", f"【{theme}】"))
            lines += [("item", f"{i.question}（{i.check_id} {i.name}・{SEVERITY_LABELS[i.severity]}）") for i in items]
    return lines


def sheet_markdown(review: Review) -> list[str]:
    """The sheet as Markdown lines for the review's download: the intro, then the same lines as the DOCX and PDF."""
    blocks = {"heading": "### {}", "question": "#### {}", "theme": "**{}**"}
    lines = [INTRO]
    for kind, text in sheet_body(build_sheet(review)):
        if kind in blocks:
            lines += ([] if lines[-1] == "" else [""]) + [blocks[kind].format(text), ""]
        else:  # detail, item: a bullet under the question or theme above it
            lines.append(f"- {text}")
    return lines + [""]


def _question_lines(number: int, question: SheetQuestion) -> list[tuple[str, str]]:
    note = "" if question.question_from_clause else PRACTICE_QUESTION
    lines = [("question", f"問{number}　{question.question}{note}"),
             ("detail", f"{question.check_id} {question.name}（{SEVERITY_LABELS[question.severity]}）")]
    lines.append(("detail", f"プランの記載:「{question.plan_quote.shown}」" if question.plan_quote else ABSENT))
    if question.clause:
        lines.append(("detail", f"根拠条文: {question.clause.label}（{question.clause.clause_id}）"
                                f"「{question.clause_quote_shown}」"))
    elif question.form_rule:
        lines.append(("detail", f"様式上の確認: {question.form_rule}"))
    return lines


def sheet_to_docx(review: Review, path: Path) -> Path:
    """Write the sheet as an A4 Word document with a Japanese font, laid out to fit one page."""
    from docx import Document
    from docx.shared import Mm, Pt

    lines = sheet_lines(review)
    size, _ = _fitted_pdf(lines)  # Word lays out much as reportlab does: the size that fits the PDF fits here too
    document = Document()
    a4_japanese(document, margin_mm=SHEET_MARGIN_MM)
    normal = document.styles["Normal"]
    normal.font.size = Pt(size)
    normal.paragraph_format.line_spacing = Pt(size * LEADING)  # exact, as in the PDF (游明朝's own line gap is tall)
    for kind, text in lines:
        if kind == "title":
            document.add_heading(text, level=1)
            continue
        paragraph = document.add_paragraph()
        run = paragraph.add_run(("・" if kind == "item" else "") + text)
        paragraph.paragraph_format.space_after = Pt(1)
        if kind == "heading":
            run.bold = True
            run.font.size = Pt(size * 1.15)
            paragraph.paragraph_format.space_before = Pt(6)
        elif kind == "question":
            run.bold = True
            paragraph.paragraph_format.space_before = Pt(4)
        elif kind in ("detail", "theme", "item"):
            paragraph.paragraph_format.left_indent = Mm(5)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def sheet_to_pdf(review: Review, path: Path) -> Path:
    """Write the sheet as an A4 PDF with a text layer; the type shrinks until it is one page."""
    _, data = _fitted_pdf(sheet_lines(review))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _fitted_pdf(lines: list[tuple[str, str]]) -> tuple[float, bytes]:
    """The largest of ``FONT_SIZES`` at which the sheet is one page, and the PDF at that size (else the smallest)."""
    for size in FONT_SIZES:
        data, pages = _pdf(lines, size)
        if pages == 1:
            break
    return size, data


def _pdf(lines: list[tuple[str, str]], size: float) -> tuple[bytes, int]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    base = ParagraphStyle("sheet", fontName=PDF_FONT, fontSize=size, leading=size * LEADING, wordWrap="CJK")
    styles = {
        "title": ParagraphStyle("title", parent=base, fontSize=size * 1.6, leading=size * 2.2, spaceAfter=size * 0.4),
        "meta": base,
        "heading": ParagraphStyle("heading", parent=base, fontSize=size * 1.15, leading=size * 1.7,
                                  spaceBefore=size * 0.8),
        "question": ParagraphStyle("question", parent=base, spaceBefore=size * 0.5, leftIndent=size * 0.5),
        "detail": ParagraphStyle("detail", parent=base, leftIndent=size * 2.5),
        "theme": ParagraphStyle("theme", parent=base, leftIndent=size * 2.5),
        "item": ParagraphStyle("item", parent=base, leftIndent=size * 2.5, bulletIndent=size * 1.2),
    }
    story = []
    for kind, text in lines:
        story.append(Paragraph(escape(text), styles[kind], bulletText="・" if kind == "item" else None))
    buffer = io.BytesIO()
    margin = SHEET_MARGIN_MM * mm
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                                 bottomMargin=margin, title=SHEET_TITLE)
    document.build(story)
    return buffer.getvalue(), document.page

"""PDF plans: the text layer is read like a paste; a scan or a locked PDF gets a Japanese sentence."""

import pytest

from assistant.review.files import SUPPORTED_SUFFIXES, read_plan_bytes, read_plan_file
from assistant.review.parse import PlanInputError, parse_plan
from assistant.review.pdf import PdfLimits, pdf_text
from tests.pdfs import locked_pdf, scanned_pdf, text_pdf

LINES = [
    "【第2表】",
    "生活全般の解決すべき課題：台所に立って自分の食事を作り続けたい",
    "長期目標：週に3回は自分で夕食を作る（R7.5〜R8.4）",
    "短期目標：椅子に座って野菜を切ることができる（R7.5〜R7.10）",
    "サービス内容：調理の見守りと一部介助　訪問介護　週2回",
]


def test_a_text_pdf_is_read_as_its_lines(tmp_path):
    path = tmp_path / "計画書.pdf"
    path.write_bytes(text_pdf(LINES))
    text = read_plan_file(path)
    assert [line for line in text.splitlines() if line] == LINES
    plan = parse_plan(text)
    [goal] = plan.column_spans("長期目標")
    assert text[goal.start:goal.end] == goal.text  # offsets point into the extracted text
    assert "夕食を作る" in goal.text


def test_pdf_is_offered_with_the_other_formats():
    assert ".pdf" in SUPPORTED_SUFFIXES


def test_a_scanned_pdf_says_it_has_no_text_layer():
    with pytest.raises(PlanInputError, match="スキャンした画像の PDF") as info:
        read_plan_bytes(scanned_pdf(), "スキャン.pdf")
    assert "「スキャン.pdf」" in str(info.value) and "貼り付けて" in str(info.value)


def test_a_pdf_that_needs_a_password_is_refused_plainly():
    with pytest.raises(PlanInputError, match="パスワードで保護されている"):
        read_plan_bytes(locked_pdf(text_pdf(LINES), "himitsu"), "保護.pdf")


def test_a_pdf_only_protected_against_editing_opens():
    assert "夕食を作る" in read_plan_bytes(locked_pdf(text_pdf(LINES), ""), "編集制限.pdf")


@pytest.mark.parametrize("data", [b"%PDF-1.7\n", b"%PDF-1.4\n1 0 obj << /Type /Catalog", b"not a pdf at all"])
def test_a_broken_pdf_is_a_japanese_sentence(data):
    with pytest.raises(PlanInputError, match="「壊れた.pdf」をPDFとして開けませんでした"):
        read_plan_bytes(data, "壊れた.pdf")


def test_pages_and_characters_are_bounded():
    with pytest.raises(PlanInputError, match="ページを超えている"):
        pdf_text(text_pdf(LINES), "a.pdf", PdfLimits(max_pages=0))
    with pytest.raises(PlanInputError, match="文字を超えている"):
        pdf_text(text_pdf(LINES), "a.pdf", PdfLimits(max_chars=20))

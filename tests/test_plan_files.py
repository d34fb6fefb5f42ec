"""Plan files: UTF-8 and Shift_JIS text and CSV, Word with tables, Excel; broken files explained in Japanese."""

import pytest
from docx import Document
from openpyxl import Workbook

from assistant.review.files import MAX_FILE_BYTES, read_plan_bytes, read_plan_file
from assistant.review.parse import PlanInputError, parse_plan

HEADER = ["生活全般の解決すべき課題（ニーズ）", "長期目標", "（期間）", "短期目標", "（期間）", "サービス内容", "サービス種別", "頻度"]
ROW = ["買い物に行きたい", "杖でスーパーまで歩ける", "R7.4〜R8.3", "家の前を歩ける", "R7.4〜R7.9", "歩行訓練", "通所リハ", "週2回"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_text_in_every_common_encoding(tmp_path, encoding):
    path = tmp_path / "plan.txt"
    path.write_bytes("長期目標：杖でスーパーまで歩ける\n".encode(encoding))
    assert read_plan_file(path) == "長期目標：杖でスーパーまで歩ける\n"


def test_a_markdown_file_of_the_plan_is_read_as_its_table(tmp_path):
    path = tmp_path / "第2表.md"
    path.write_text("| " + " | ".join(HEADER) + " |\n|" + "---|" * len(HEADER) + "\n| " + " | ".join(ROW) + " |\n",
                    encoding="utf-8")
    plan = parse_plan(read_plan_file(path))
    assert [r.text("サービス内容") for r in plan.service_rows()] == ["歩行訓練"]


def test_shift_jis_csv_becomes_rows(tmp_path):
    path = tmp_path / "plan.csv"
    lines = [",".join(HEADER), ",".join(ROW), ',,,,,"手すりの設置,玄関",住宅改修,']
    path.write_bytes("\r\n".join(lines).encode("cp932"))
    plan = parse_plan(read_plan_file(path))
    assert len(plan.rows) == 2 and plan.rows[1].text("サービス内容") == "手すりの設置,玄関"
    assert plan.rows[1].text("短期目標") == "家の前を歩ける"


def test_docx_paragraphs_and_table_in_document_order(tmp_path):
    document = Document()
    document.add_paragraph("本人：また買い物に行きたい")
    table = document.add_table(rows=3, cols=len(HEADER))
    for c, value in enumerate(HEADER):
        table.cell(0, c).text = value
    for c, value in enumerate(ROW):
        table.cell(1, c).text = value
    table.cell(2, 5).text = "見守り"
    table.cell(1, 0).merge(table.cell(2, 0))  # a merged need cell, as plans are laid out
    document.add_paragraph("モニタリングは月1回訪問して行う")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    text = read_plan_file(path)
    assert text.index("本人：") < text.index("歩行訓練") < text.index("モニタリング")
    plan = parse_plan(text)
    assert plan.field_text("本人の意向") == "また買い物に行きたい"
    assert [r.text("ニーズ") for r in plan.rows] == ["買い物に行きたい", "買い物に行きたい"]


def test_xlsx_rows(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(ROW)
    sheet.append([None, None, None, None, None, "配食", "保険外", 5])
    path = tmp_path / "plan.xlsx"
    workbook.save(str(path))
    plan = parse_plan(read_plan_file(path))
    assert [r.text("サービス内容") for r in plan.rows] == ["歩行訓練", "配食"]
    assert plan.rows[1].text("頻度") == "5"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("plan.jpg", b"\xff\xd8\xff\xe0", "読み込めない形式"),
    ("plan.pdf", b"%PDF-1.4", "PDFとして開けません"),
    ("plan.docx", b"not a zip at all", "Word 文書として開けません"),
    ("plan.xlsx", b"PK\x03\x04broken", "Excel ファイルとして開けません"),
    ("plan.txt", b"\x00\x01binary\x00", "バイナリ"),
    ("plan.txt", b"", "空のファイル"),
    ("plan.txt", b"plan \x82", "文字コード"),
])
def test_broken_files_are_explained_in_japanese(name, data, message):
    with pytest.raises(PlanInputError, match=message) as info:
        read_plan_bytes(data, name)
    assert name in str(info.value) or message == "読み込めない形式"


def test_too_large_files_are_refused_before_reading(tmp_path):
    with pytest.raises(PlanInputError, match="大きすぎます"):
        read_plan_bytes(b"a" * (MAX_FILE_BYTES + 1), "plan.txt")


def test_a_missing_file_is_a_japanese_message(tmp_path):
    with pytest.raises(PlanInputError, match="開けませんでした"):
        read_plan_file(tmp_path / "nothing.txt")

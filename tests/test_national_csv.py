"""ケアプランデータ連携 CSV: 1表 and 2表 of one person read as one plan; personal items never leave the header.

The records below are written for this test after the layout in docs/careplan-data-csv.md
(no header row, Shift_JIS, 28 items in 1表 and 22 in 2表).
"""

import csv
import io
import json

from assistant.app.export import review_to_markdown
from assistant.review.engine import ReviewEngine
from assistant.review.files import read_plan_inputs
from assistant.review.parse import parse_plan

ADDRESS, POSTCODE, INSURED, PLANNER = "東京都いろは市ほほえみ町九丁目", "199-0099", "0000777001", "架空 花子"


def _one(date: str) -> list[str]:
    row = [""] * 28
    row[0], row[1], row[2], row[3] = "202407", "139999", INSURED, date
    row[4], row[5], row[7] = POSTCODE, ADDRESS, PLANNER
    row[13], row[20] = date, "23"
    row[21] = "本人：川沿いの道をまた散歩したい。\n長男：週末は一緒に歩くつもり。\n【課題分析の結果】脳梗塞の後遺症で右足が上がりにくい。"
    row[22], row[23] = "なし", "散歩の再開を目標に、主治医とリハビリ職の意見を聞きながら歩く力をつけます。"
    return row


def _two(date: str, need_no: str, need: str, goal_no: str, long: str, short: str, item: str, content: str,
         insured: str, kind: str, provider: str, frequency: str) -> list[str]:
    return ["202407", "139999", INSURED, date, date, need_no, need, goal_no, long, short, "R8.4〜R9.3" if long else "",
            "R8.4〜R8.9" if short else "", item, content, insured, kind, "", provider, frequency, "R8.4〜R8.9", "", ""]


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("cp932")


def _files(tmp_path, date="20260401"):
    (tmp_path / "UP1KYO_a.CSV").write_bytes(_csv([_one(date)]))
    (tmp_path / "UP2KYO_a.CSV").write_bytes(_csv([
        _two(date, "1", "右足が上がりにくく、川沿いを歩けない", "1", "川沿いの道を杖で30分散歩できる", "家の前を杖で10分歩ける",
             "1", "歩行訓練、自宅での体操の指導", "Y", "通所リハビリテーション", "リハビリセンターつくし", "週2回"),
        _two(date, "1", "", "1", "", "", "2", "週末の散歩の付き添い", "N", "家族", "長男", "週1回"),
    ]))
    return tmp_path


def test_the_two_tables_of_one_person_become_one_plan(tmp_path):
    plans, failed = read_plan_inputs([_files(tmp_path)])
    assert not failed and len(plans) == 1
    plan = parse_plan(plans[0].text)
    assert [s.text for s in plan.column_spans("ニーズ")] == ["右足が上がりにくく、川沿いを歩けない"]
    rows = plan.service_rows()
    assert [(r.text("サービス内容"), r.role, r.text("頻度")) for r in rows] == [
        ("歩行訓練、自宅での体操の指導", "医療", "週2回"), ("週末の散歩の付き添い", "家族", "週1回")]
    assert rows[1].text("短期目標") == "家の前を杖で10分歩ける"  # an empty cell is "the same as above"
    assert plan.field_text("本人の意向") == "川沿いの道をまた散歩したい。"


def test_personal_items_never_reach_findings_or_exports(tmp_path, corpus):
    plans, _ = read_plan_inputs([_files(tmp_path)])
    review = ReviewEngine.offline(corpus).review(plans[0].text, source_name=plans[0].name)
    shown = json.dumps(review.to_dict(), ensure_ascii=False) + review_to_markdown(review) + plans[0].name
    for item in (ADDRESS, POSTCODE, INSURED, PLANNER):
        assert item not in shown


def test_a_folder_with_two_people_is_a_batch_of_two(tmp_path):
    _files(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    _files(other, date="20260501")
    plans, _ = read_plan_inputs([tmp_path, other])
    assert len(plans) == 2 and len({p.name for p in plans}) == 2

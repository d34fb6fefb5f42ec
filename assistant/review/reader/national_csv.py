"""ケアプランデータ連携標準仕様の CSV (居宅サービス計画1表・2表) → a readable plan text.

Care software exports 第1表 and 第2表 as Shift_JIS CSV records without a
header row (``docs/careplan-data-csv.md``): a 1表 record has 28 items, a 2表
record 22, item 1 is the CSV version (YYYYMM).  The 1表 and 2表 of one person
share 保険者番号 + 被保険者番号 + 居宅サービス計画作成（変更）日.

Each person's records are written out as a labelled plan — the same words,
in the official field names — which the ordinary reader then reads.  The
personal items (住所, 郵便番号, 被保険者番号, 計画作成者氏名) are *not* written:
they never reach findings, logs or exports.  A 2表 cell left empty because it
is "the same as the row above", or repeated on every row, both read as one
need or goal.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

_VERSION = re.compile(r"^\d{6}$")
ONE_ITEMS = 28
TWO_ITEMS = 22
_LEVELS = {"06": "事業対象者", "12": "要支援1", "13": "要支援2", "21": "要介護1", "22": "要介護2",
           "23": "要介護3", "24": "要介護4", "25": "要介護5"}
_LIVING_SUPPORT = {"1": "一人暮らし", "2": "家族等が障害、疾病等", "3": "その他"}


@dataclass
class NationalPlan:
    """One person's records: the key, the 1表 record (if given) and the 2表 records."""

    key: tuple[str, str, str]
    one: list[str] | None = None
    two: list[list[str]] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def records(text: str) -> list[list[str]] | None:
    """The CSV's records when the whole text is a 1表 or 2表 export of the national format; else None."""
    try:
        rows = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    except csv.Error:
        return None
    if not rows:
        return None
    if all(_VERSION.match(row[0].strip()) and len(row) in (ONE_ITEMS, TWO_ITEMS) for row in rows):
        return rows
    return None


def group(files: list[tuple[str, list[list[str]]]]) -> list[NationalPlan]:
    """Records of several files, grouped by person and plan date, in the order first seen."""
    plans: dict[tuple[str, str, str], NationalPlan] = {}
    for name, rows in files:
        for row in rows:
            if len(row) == ONE_ITEMS:
                key = (row[1].strip(), row[2].strip(), row[13].strip())
            else:
                key = (row[1].strip(), row[2].strip(), row[4].strip())
            plan = plans.setdefault(key, NationalPlan(key))
            if name not in plan.files:
                plan.files.append(name)
            if len(row) == ONE_ITEMS:
                plan.one = row
            else:
                plan.two.append(row)
    return list(plans.values())


def _date(value: str) -> str:
    value = value.strip()
    if re.fullmatch(r"\d{8}", value):
        return f"{value[:4]}年{int(value[4:6])}月{int(value[6:])}日"
    return value


def _number(value: str) -> int:
    try:
        return int(value.strip() or 0)
    except ValueError:
        return 0


def render(plan: NationalPlan) -> str:
    """The plan as labelled text in the official field names (no personal items)."""
    out: list[str] = []

    def block(label: str, value: str, *, inline: bool = True) -> None:
        """A label and its value; the value starts on the label's line unless it is a long field."""
        value = re.sub(r"\r\n?", "\n", value or "").strip()
        value = re.sub(r"\n\s*\n+", "\n", value)
        if not value:
            return
        if inline:
            out.append(f"{label}：{value}")
        else:
            out.append(f"{label}：")
            out.append(value)

    if plan.one is not None:
        one = plan.one
        out.append("【居宅サービス計画書（1）】")
        out.append(f"居宅サービス計画作成（変更）日：{_date(one[13])}")
        if one[20].strip() in _LEVELS:
            out.append(f"要介護状態区分：{_LEVELS[one[20].strip()]}")
        block("利用者及び家族の生活に対する意向を踏まえた課題分析の結果", inline=False, value=one[21])
        out.append("")
        block("介護認定審査会の意見及びサービスの種類の指定", inline=False, value=one[22])
        out.append("")
        block("総合的な援助の方針", inline=False, value=one[23])
        out.append("")
        reason = _LIVING_SUPPORT.get(one[24].strip(), "")
        if reason or one[25].strip():
            out.append(f"生活援助中心型の算定理由：{reason}{('（' + one[25].strip() + '）') if one[25].strip() else ''}")
        out.append("")
    if plan.two:
        out.append("【居宅サービス計画書（2）】")
        rows = sorted(plan.two, key=lambda r: (_number(r[5]), _number(r[7]), _number(r[12])))
        last_need = last_goal = None
        last_long = last_short = ""
        for row in rows:
            need_no, goal_no = row[5].strip(), row[7].strip()
            need, long, short = row[6].strip(), row[8].strip(), row[9].strip()
            if need_no != last_need or (need and need != _previous_need(rows, row)):
                if need_no != last_need:
                    out.append("")
                    if need:
                        block("生活全般の解決すべき課題（ニーズ）", need)
                last_need, last_goal, last_long, last_short = need_no, None, "", ""
            if goal_no != last_goal or (long and long != last_long):
                if long and long != last_long:
                    block("長期目標", long)
                    if row[10].strip():
                        out.append(f"（期間）：{row[10].strip()}")
                last_goal, last_long = goal_no, long or last_long
                last_short = ""
            if short and short != last_short:
                block("短期目標", short)
                if row[11].strip():
                    out.append(f"（期間）：{row[11].strip()}")
                last_short = short
            block("サービス内容", row[13])
            if row[14].strip().upper() == "Y":
                out.append("※1：○")
            block("サービス種別", row[15])
            block("※2", row[17])
            block("頻度", row[18])
            block("期間", row[19])
    return "\n".join(out).strip() + "\n"


def _previous_need(rows: list[list[str]], row: list[str]) -> str:
    index = rows.index(row)
    for earlier in reversed(rows[:index]):
        if earlier[6].strip():
            return earlier[6].strip()
    return ""


def describe(plan: NationalPlan, ordinal: int) -> str:
    """A name for the plan in batch output: its files and date, never the insured person's number."""
    date = _date(plan.key[2])
    return f"ケアプランデータ連携 CSV {ordinal}件目（計画作成日 {date}）"

"""Writes the eval plans that are not plain UTF-8 text: a Shift_JIS CSV, a .docx and a .xlsx.

Run once with the project venv (``.venv/bin/python eval/plans/make_binary_plans.py``);
the outputs are committed so the evaluation does not depend on this script.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = ["生活全般の解決すべき課題（ニーズ）", "長期目標", "（期間）", "短期目標", "（期間）", "サービス内容", "※1",
          "サービス種別", "※2", "頻度", "期間"]

P08_ROWS = [
    HEADER,
    ["COPDによる息切れで入浴や外出が難しいが、趣味の写真撮影で近所の川べりを歩きたい",
     "携帯酸素を使って川べりまで300m歩き、写真を撮ることができる", "R7.5.1〜R8.4.30",
     "呼吸法を身につけ、自宅周辺を100m休まず歩ける", "R7.5.1〜R7.10.31",
     "呼吸リハビリ・歩行練習（本人が口すぼめ呼吸を毎日練習）", "○", "訪問リハビリテーション", "こもれび病院", "週1回",
     "R7.5.1〜R7.10.31"],
    ["", "", "", "", "", "体調・酸素飽和度の確認、主治医への報告", "○", "訪問看護", "はなみずき訪問看護ステーション",
     "週1回", "R7.5.1〜R7.10.31"],
    ["", "", "", "", "", "写真サークルの仲間が月1回撮影会に誘う", "", "インフォーマル", "写真サークル", "月1回",
     "R7.5.1〜R7.10.31"],
    ["入浴時の息切れで一人での入浴に不安がある", "息切れをコントロールしながら自宅で入浴できる", "R7.5.1〜R8.4.30",
     "シャワーチェアを使い、休憩を入れながら自分で体を洗える", "R7.5.1〜R7.10.31",
     "入浴の見守り、背中を洗う介助（前は本人が洗う）", "○", "訪問介護", "かえでヘルパー事業所", "週2回（息切れの程度から判断）",
     "R7.5.1〜R7.10.31"],
    ["本人の意向：「また写真を撮りに出かけたい」。妻：入浴の見守りが心配なので手伝ってほしい。", "", "", "", "", "", "", "", "",
     "", ""],
    ["今後は感染による急性増悪の予防が重要。月1回の訪問でモニタリングし、サービス担当者会議で主治医の意見を共有する。", "", "", "",
     "", "", "", "", "", "", ""],
]

P09_TABLE1 = [
    "居宅サービス計画書（1）",
    "利用者及び家族の生活に対する意向を踏まえた課題分析の結果",
    "本人：「もういい、何もしたくない」",
    "長女：妻を亡くしてから閉じこもりがちで心配。以前は町会の役員をして、盆踊りの準備が楽しみだった。",
    "妻の死去後、意欲低下と食欲不振があり、体重が3か月で4kg減少している。",
    "総合的な援助の方針：",
    "外出の機会をつくり、生活のリズムを整えます。",
]
P09_TABLE2 = [
    ["生活全般の解決すべき課題（ニーズ）", "長期目標", "（期間）", "短期目標", "（期間）", "サービス内容", "サービス種別",
     "※2", "頻度"],
    ["食欲がなく体重が減っている", "3食きちんと食べられる", "R7.8.1〜R8.1.31", "昼食を毎日食べる", "R7.8.1〜R7.10.31",
     "昼食の提供、入浴", "通所介護", "ことぶきデイサービス", "週3回"],
    ["", "", "", "", "", "配食サービス（夕食）", "配食", "まごころ弁当", "週4回"],
    ["閉じこもりがち", "穏やかに過ごす", "R7.8.1〜R8.1.31", "穏やかに過ごす", "R7.8.1〜R7.10.31", "安否確認",
     "訪問介護", "ことぶきヘルパー", "週2回"],
]

P10_ROWS = [
    HEADER,
    ["認知症の妻の介護", "在宅生活を継続する", "", "在宅生活を継続する", "", "入浴・排泄介助", "○", "訪問介護",
     "みずほケアセンター", "毎日", ""],
    ["", "", "", "", "", "日中の預かり", "○", "通所介護", "みずほケアセンター", "週6回", ""],
    ["", "", "", "", "", "ショートステイ", "○", "短期入所生活介護", "みずほケアセンター", "", ""],
    ["夫が腰痛で介護がつらい", "夫の希望によりサービスを増やす", "", "ヘルパーに家事をしてもらう", "", "掃除・調理の代行",
     "○", "訪問介護", "みずほケアセンター", "週3回", ""],
    ["夫（主介護者）：腰痛があり、夜も何度も起こされて眠れない。限界に近い。", "", "", "", "", "", "", "", "", "", ""],
]


def write_csv_cp932() -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(P08_ROWS)
    (HERE / "p08_copd_good_sjis.csv").write_bytes(buffer.getvalue().encode("cp932"))


def write_docx() -> None:
    from docx import Document

    document = Document()
    for line in P09_TABLE1:
        document.add_paragraph(line)
    document.add_paragraph("居宅サービス計画書（2）")
    table = document.add_table(rows=len(P09_TABLE2), cols=len(P09_TABLE2[0]))
    for r, row in enumerate(P09_TABLE2):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(str(HERE / "p09_depression_mixed.docx"))


def write_xlsx() -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "第2表"
    for row in P10_ROWS:
        sheet.append(row)
    workbook.save(str(HERE / "p10_old_old_care_poor.xlsx"))


if __name__ == "__main__":
    write_csv_cp932()
    write_docx()
    write_xlsx()

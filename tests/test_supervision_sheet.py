"""The supervision sheet and the per-check trace, engine side (no gradio): priorities, quotes, exports.

The plans here are written for these tests; every quote the sheet shows must
be the plan's own words or the clause's own words.
"""

from __future__ import annotations

import json

import pytest
from docx import Document
from pypdf import PdfReader

from assistant.app.export import A4_MM, export_name, review_to_markdown
from assistant.app.supervision_export import (
    NO_STRENGTHS,
    PRACTICE_QUESTION,
    sheet_lines,
    sheet_to_docx,
    sheet_to_pdf,
)
from assistant.guidelines.citations import is_verified
from assistant.resources import RUBRIC_DIR
from assistant.review.engine import ReviewEngine
from assistant.review.findings import SEVERITY_ORDER, Finding
from assistant.review.rubric import RubricError, load_rubric
from assistant.review.supervision import ELLIPSIS, TOP_QUESTIONS, build_sheet, prioritise, shorten

# A thin plan: the family speaks, the goals are vague, one provider does everything.
THIN_PLAN = """【第1表】
本人：特にない
長男：転んでばかりなので、施設のような所で毎日見てもらいたい。
総合的な援助の方針：
住み慣れた家で穏やかに過ごせるよう支援します。

【第2表】
生活全般の解決すべき課題（ニーズ）：食事の用意をしてほしい
長期目標：穏やかに過ごす
短期目標：穏やかに過ごす
サービス内容：調理、洗濯を代わりに行う
サービス種別：訪問介護
事業所：あおば介護サービス
頻度：週6回
サービス内容：入浴介助
サービス種別：通所介護
事業所：あおば介護サービス
頻度：週6回
サービス内容：夜間の見守り
サービス種別：訪問介護
事業所：あおば介護サービス
頻度：毎日
"""

# A plan written with care: the person's own words, a cause behind each need, dated and checkable goals.
KEPT_PLAN = """【第1表】
本人：俳句の会にもう一度顔を出して、仲間と季語を競いたい。
長女：週末は私が買い物に付き添います。
総合的な援助の方針：
俳句の会への参加を目標に、歩く力を取り戻せるよう主治医・リハビリ職と目標を共有して進めます。

【第2表】
生活全般の解決すべき課題（ニーズ）：腰の圧迫骨折の後、長く歩くと痛みが出て外出を控えているが、俳句の会に通いたい
長期目標：公民館の俳句の会（片道400メートル）に杖で歩いて月2回参加できる
（期間）令和8年2月1日～令和9年1月31日
短期目標：自宅前の坂道を休みながら往復できる
（期間）令和8年2月1日～令和8年7月31日
サービス内容：屋外歩行と坂道の練習、痛みの出方の確認
サービス種別：通所リハビリテーション
事業所：みどりリハビリ館
頻度：週2回
サービス内容：買い物への付き添い
サービス種別：家族（長女）
頻度：週1回
"""


@pytest.fixture(scope="module")
def engine(corpus):
    return ReviewEngine.offline(corpus)


def _finding(check_id: str, severity: str, priority: int, evidence: bool = True) -> Finding:
    from assistant.review.plan import Span

    spans = [Span("x", 0, 1)] if evidence else []
    return Finding(check_id, check_id, severity, spans, [], [], "？", priority=priority)


def test_prioritise_orders_by_severity_then_written_words_then_rubric_priority():
    findings = [_finding("R15", "info", 16, evidence=False), _finding("R11", "warning", 10),
                _finding("R01", "warning", 1), _finding("R04", "error", 4), _finding("R16", "info", 18),
                _finding("R13", "info", 15, evidence=False)]
    assert [f.check_id for f in prioritise(findings)] == ["R04", "R01", "R11", "R16", "R13", "R15"]


def test_every_check_has_a_distinct_priority_in_the_rubric_data(corpus):
    rubric = load_rubric(corpus)
    priorities = [check.priority for check in rubric]
    assert len(priorities) == 18 and sorted(priorities) == list(range(1, 19))


def test_a_rubric_without_a_priority_does_not_load(corpus, tmp_path):
    raw = json.loads((RUBRIC_DIR / "checks.json").read_text(encoding="utf-8"))
    del raw["checks"][2]["priority"]
    path = tmp_path / "checks.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RubricError, match="R03: priority"):
        load_rubric(corpus, path)


def test_the_sheet_asks_three_prioritised_questions_in_the_plans_and_clauses_own_words(engine, corpus):
    review = engine.review(THIN_PLAN, mode="supervision")
    sheet = build_sheet(review)
    assert len(sheet.questions) == TOP_QUESTIONS
    chosen = [q.check_id for q in sheet.questions]
    assert chosen == [f.check_id for f in prioritise(review.findings)[:TOP_QUESTIONS]]
    worst = min(SEVERITY_ORDER[f.severity] for f in review.findings)
    assert SEVERITY_ORDER[sheet.questions[0].severity] == worst
    for question in sheet.questions:
        quote = question.plan_quote
        assert quote is not None and review.plan_text[quote.start:quote.end] == quote.text
        assert quote.shown.removesuffix(ELLIPSIS) in review.plan_text
        assert question.clause is not None and is_verified(question.clause, corpus)
        assert question.clause_quote_shown.removesuffix(ELLIPSIS) in question.clause.quote
        finding = next(f for f in review.findings if f.check_id == question.check_id)
        assert question.clause in finding.citations and question.question == finding.question
    rest = [item.check_id for items in sheet.themes.values() for item in items]
    assert sorted(rest + chosen) == sorted(f.check_id for f in review.findings)
    groups = {f.check_id: f.group for f in review.findings}
    assert all(groups[item.check_id] == theme for theme, items in sheet.themes.items() for item in items)


def test_the_sheet_acknowledges_only_strengths_the_engine_found_with_evidence(engine):
    thin = build_sheet(engine.review(THIN_PLAN, mode="supervision"))
    assert thin.acknowledgements == []
    assert NO_STRENGTHS in [text for _, text in sheet_lines(engine.review(THIN_PLAN, mode="supervision"))]
    review = engine.review(KEPT_PLAN, mode="supervision")
    sheet = build_sheet(review)
    reported = {s.check_id: s for s in review.strengths if s.evidence}
    assert sheet.acknowledgements and {a.check_id for a in sheet.acknowledgements} <= set(reported)
    for acknowledgement in sheet.acknowledgements:
        quote = acknowledgement.plan_quote
        assert review.plan_text[quote.start:quote.end] == quote.text
        assert acknowledgement.note == reported[acknowledgement.check_id].note
        assert any(s.text.strip() in quote.text for s in reported[acknowledgement.check_id].evidence)


def test_shorten_keeps_the_start_and_ends_at_a_sentence_when_it_can():
    assert shorten("短い文。", 10) == "短い文。"
    assert shorten("一つ目の文です。二つ目の文はとても長く続いていきます。", 12) == "一つ目の文です。" + ELLIPSIS
    assert shorten("句点のないとても長い一続きの文", 5) == "句点のない" + ELLIPSIS


def test_every_check_is_traced_with_its_outcome_and_reason(engine):
    review = engine.review(THIN_PLAN, mode="trainer")
    assert [r.check_id for r in review.checks] == [f"R{n:02d}" for n in range(1, 19)]
    assert all(r.reason and r.status_label and r.steps for r in review.checks)
    fired = {r.check_id for r in review.checks if r.status == "fired"}
    assert fired == {f.check_id for f in review.findings}
    assert len(review.to_dict()["checks"]) == 18
    assert "checks" not in engine.review(THIN_PLAN).to_dict()


def test_a_check_that_could_not_run_carries_the_readers_reason(engine):
    only_table = THIN_PLAN.split("【第2表】", 1)[1]
    review = engine.review("【第2表】" + only_table, mode="trainer")
    not_run = {c["check_id"]: c["reason"] for c in review.parse["checks_not_run"]}
    assert not_run
    records = {r.check_id: r for r in review.checks}
    for check_id, reason in not_run.items():
        assert records[check_id].status == "not_run" and records[check_id].reason == reason


def test_the_sheet_docx_is_one_a4_sheet_with_the_three_quoted_questions(engine, tmp_path):
    review = engine.review(THIN_PLAN, mode="supervision")
    path = sheet_to_docx(review, tmp_path / export_name("sheet-docx"))
    assert path.name.startswith("スーパービジョンシート_") and path.suffix == ".docx"
    document = Document(str(path))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == A4_MM
    text = "\n".join(p.text for p in document.paragraphs)
    assert text.count("問") >= TOP_QUESTIONS
    for question in build_sheet(review).questions:
        assert f"問{build_sheet(review).questions.index(question) + 1}　{question.question}" in text
        assert f"「{question.plan_quote.shown}」" in text
        assert question.clause.clause_id in text


def test_the_sheet_pdf_is_one_a4_page_with_a_text_layer(engine, tmp_path):
    review = engine.review(THIN_PLAN, mode="supervision")
    reader = PdfReader(sheet_to_pdf(review, tmp_path / "sheet.pdf"))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == A4_MM
    text = reader.pages[0].extract_text().replace("\n", "")
    for question in build_sheet(review).questions:
        assert question.plan_quote.shown in text
        assert question.clause.clause_id in text


def test_the_supervision_markdown_opens_with_the_three_questions_in_the_plans_words(engine):
    review = engine.review(THIN_PLAN, mode="supervision")
    markdown = review_to_markdown(review, with_plan=True)
    sections = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert sections[0] == "## スーパービジョンで投げかける問い"
    sheet_part = markdown.split("\n## ")[1]  # the sheet, up to the next section (what was read)
    asked = [line for line in sheet_part.splitlines() if line.startswith("#### ")]
    questions = build_sheet(review).questions
    assert [line.split("　", 1)[0] for line in asked] == ["#### 問1", "#### 問2", "#### 問3"]
    assert [line.split("　", 1)[1] for line in asked] == [
        q.question + ("" if q.question_from_clause else PRACTICE_QUESTION)
        for q in questions]
    blocks = sheet_part.split("\n#### ")[1:TOP_QUESTIONS + 1]
    for block, question in zip(blocks, questions, strict=True):
        quoted = block.split("プランの記載:「", 1)[1].split("」\n", 1)[0]
        assert quoted == question.plan_quote.shown
        assert quoted.removesuffix(ELLIPSIS) in review.plan_text
        assert f"（{question.clause.clause_id}）" in block
    order = [sheet_part.index(mark) for mark in ("#### 問1", "#### 問3", "まず認めたいこと", "そのほかの問い（テーマ別）")]
    assert order == sorted(order)
    rest = [item.question for items in build_sheet(review).themes.values() for item in items]
    assert rest and all(f"- {q}（" in sheet_part for q in rest)
    assert markdown.index("## 読み取った内容") > markdown.index("そのほかの問い")

"""Review views, exports and the plan-aware chat, without a browser: escaping, grouping, faithful quotes."""

import html
import re
from pathlib import Path

import pytest
from docx import Document

from assistant.app.export import review_to_docx, review_to_markdown
from assistant.app.plan_chat import looks_like_plan, respond
from assistant.app.presenters import link_sources, plan_chip_html, scope_line
from assistant.app.review_presenters import (
    findings_html,
    overview_html,
    plan_html,
    supervision_html,
    trace_html,
)
from assistant.guidelines.citations import is_verified
from assistant.review.engine import ReviewEngine
from assistant.search.retrieval import QueryError

FIXTURES = Path(__file__).parent / "fixtures" / "plans"
POOR = (FIXTURES / "poor.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def engine(retriever):
    return ReviewEngine.from_retriever(retriever)


def test_plan_text_is_escaped_and_every_evidence_span_is_marked(engine):
    hostile = POOR.replace("本人：特になし", "本人：<script>alert(1)</script>特になし")
    review = engine.review(hostile)
    view = plan_html(review)
    assert "<script>" not in view and "&lt;script&gt;" in view
    assert view.count("<mark") >= len({(s.start, s.end) for f in review.findings for s in f.evidence}) - 2
    assert 'data-check="R05' in view or "R05" in view


def test_overlapping_spans_are_marked_once_with_both_checks(engine):
    review = engine.review(POOR)
    view = plan_html(review)
    # 「安心して在宅生活を継続する」 is evidence of R04 and R05 at once: one mark naming both
    marks = re.findall(r'<mark data-check="([^"]*)"[^>]*>安心して在宅生活を継続する</mark>', view)
    assert len(marks) == 2 and all({"R04", "R05"} <= set(m.split()) for m in marks)


def test_findings_view_has_expandable_verified_clauses(engine, corpus):
    review = engine.review(POOR)
    view = findings_html(review, corpus)
    assert view.count('<details class="citation">') == sum(len(f.citations) for f in review.findings)
    assert "要修正" in view and "要検討" in view and "確認・検討" in view
    assert "<mark>達成の可能性のある具体的な目標設定（期間の考慮を含む）を行い</mark>" in view


def test_plan_marks_carry_severity_colour_label_and_offsets(engine):
    review = engine.review(POOR)
    view = plan_html(review)
    for label in ("要修正", "要検討", "確認・検討"):
        assert f"{label}</span>" in view  # the legend names each colour
    severities = {f.check_id: f.severity for f in review.findings}
    for checks, css, start, end in re.findall(
            r'<mark data-check="([^"]*)" class="sev-(\w+)" data-start="(\d+)" data-end="(\d+)"', view):
        first = checks.split()[0]
        assert css == severities[first] == min((severities[c] for c in checks.split()),
                                               key=["error", "warning", "info"].index)
        assert int(start) < int(end) <= len(review.plan_text)
    for finding in review.findings:
        for span in finding.evidence:  # every evidence span, goals and needs included, starts a labelled mark
            assert re.search(rf'data-start="{span.start}"[^>]*data-label="[^"]*{finding.check_id}', view)


def test_supervision_view_puts_three_quoted_questions_first(engine):
    review = engine.review(POOR, mode="supervision")
    view = supervision_html(review)
    assert view.count('class="sv-question sv-top"') == 3
    assert view.count('class="sv-question') == len(review.findings)
    assert view.index("優先して話し合う問い") < view.index("まず認めたいこと") < view.index("そのほかの問い")
    for quote in re.findall(r'<span class="sv-plan-quote">([^<]*)</span>', view):
        assert html.unescape(quote).removesuffix("…") in review.plan_text
    assert "見つかりませんでした" in view  # the poor plan has no strength to acknowledge, and none is invented


def test_trainer_view_lists_every_check_with_its_reason_and_a_toggle(engine):
    review = engine.review(POOR, mode="trainer")
    view = trace_html(review)
    assert view.count('<details class="check-trace ') == 18
    assert 'class="only-fired"' in view and "指摘があったチェックだけ表示" in view
    for record in review.checks:
        assert f'data-check="{record.check_id}"' in view
        assert html.escape(record.reason) in view
    assert 'data-status="not_applicable"' in view  # R12: nothing about motivation in this plan


def test_trainer_view_shows_each_stage(engine):
    view = trace_html(engine.review(POOR, mode="trainer"))
    for stage in ("読み取り", "読んだもの", "一致", "判定", "根拠条文", "検索スコア"):
        assert stage in view


def test_exports_carry_the_citations(engine, tmp_path):
    review = engine.review(POOR, mode="supervision")
    markdown = review_to_markdown(review)
    docx_text = "\n".join(p.text for p in Document(str(review_to_docx(review, tmp_path / "r.docx"))).paragraphs)
    for finding in review.findings:
        for citation in finding.citations:
            assert citation.quote in markdown and citation.quote in docx_text
    assert "スーパービジョンで投げかける問い" in markdown


def test_a_pasted_plan_becomes_the_chat_context(engine, retriever, corpus):
    assert looks_like_plan(POOR) and not looks_like_plan("モニタリングは月に何回？")
    first = respond(POOR, review=None, engine=engine, retriever=retriever)
    assert first.review is not None and "点検しました" in first.markdown
    reply = respond("この短期目標はどう直せばいい？", review=first.review, engine=engine, retriever=retriever)
    assert "長期目標と短期目標の連動" in reply.markdown and "安心して在宅生活を継続する" in reply.markdown
    assert reply.citations and all(is_verified(c, corpus) for c in reply.citations)
    assert f"[{len(reply.citations)}]" in reply.markdown


def test_without_a_plan_the_chat_answers_from_the_guidelines(engine, retriever):
    reply = respond("利用者の希望を全部ケアプランに入れていいの？", review=None, engine=engine, retriever=retriever)
    assert reply.review is None and "[1]" in reply.markdown and reply.citations


def test_the_chat_says_when_the_guidelines_are_silent(engine, retriever):
    reply = respond("訪問介護の報酬単価はいくらですか", review=None, engine=engine, retriever=retriever)
    assert not reply.citations and "該当する記載が見つかりませんでした" in reply.markdown


def test_a_huge_question_gets_a_japanese_message(engine, retriever):
    with pytest.raises(QueryError, match="長すぎます"):
        respond("あ" * 5000, review=None, engine=engine, retriever=retriever)


def test_the_plan_chip_names_the_plan_by_its_first_words_as_text(engine):
    review = engine.review(POOR.replace("本人：特になし", "本人：<b>特になし</b>"))
    chip = plan_chip_html(review)
    assert "点検したプラン：利用者及び家族の生活に対する意向" in chip  # 【第1表】 is a heading, not the plan's words
    assert "…" in chip and f"指摘 {len(review.findings)}件" in chip
    assert "<b>" not in chip and 'aria-label="このプランを会話から外す"' in chip


def test_only_the_answers_own_markers_become_links():
    markdown = "> 「引用」 **[1]**\n\n**出典**\n\n- **[1]** 一つ目\n- **[2]** 二つ目\n\n本文中の [1] はそのまま"
    linked = link_sources(markdown, turn=3, count=1)
    assert linked.count("(#source-3-1)") == 2 and "#source-3-2" not in linked and "**[2]**" in linked
    assert linked.endswith("本文中の [1] はそのまま")


def test_the_answer_says_which_guideline_it_searched_and_why(engine, retriever):
    chosen = respond("ケアマネジメントで大事にする姿勢は？", review=None, engine=engine, retriever=retriever,
                     municipality="suginami")
    assert "検索した資料：杉並区の基本方針" in chosen.markdown and "選択中" not in chosen.markdown
    named = respond("荒川区のガイドラインでは自立支援をどう定義していますか", review=None, engine=engine,
                    retriever=retriever, municipality="suginami")
    assert named.answer.scope == "arakawa"
    assert "（質問に「荒川区」とあるため、選択中の「杉並区」ではなく荒川区の資料を検索しました）" in named.markdown
    assert scope_line(None, None) == "検索した資料：荒川区・杉並区のガイドライン"


def test_every_finding_can_be_rated(engine, corpus):
    review = engine.review(POOR)
    view = findings_html(review, corpus)
    assert view.count('class="feedback"') == len(review.findings)
    for finding in review.findings:
        assert f'<div class="feedback" data-check="{finding.check_id}">' in view
    assert view.count('data-feedback="up"') == view.count('data-feedback="down"') == len(review.findings)


def test_the_overview_counts_what_was_read_and_links_every_finding_in_order(engine):
    review = engine.review(POOR)
    card = overview_html(review)
    parse = review.parse
    assert f"ニーズ{parse['needs']}件" in card and f"サービス{parse['services']}件" in card
    for severity, label in (("error", "要修正"), ("warning", "要検討"), ("info", "確認・検討")):
        assert f"{label} {len(review.by_severity()[severity])}件" in card
    targets = re.findall(r'data-jump="finding-(R\d\d)"', card)
    listed = [f.check_id for items in review.by_severity().values() for f in items]
    assert targets == listed  # the same order and numbers as the findings below
    shown = findings_html(review, engine.corpus)
    assert all(f'id="finding-{check}"' in shown for check in targets)


def test_the_overview_says_what_could_not_be_read(engine):
    review = engine.review("本人：孫の結婚式に出たい\n家族：無理はさせたくない")
    card = overview_html(review)
    assert "読み取れませんでした" in card and "判定していないチェック" in card
    assert "<script>" not in overview_html(engine.review("本人：<script>x</script>孫の結婚式に出たい"))


def test_the_docx_is_a4_in_a_japanese_font_with_numbering_per_finding_and_the_plan_appended(engine, tmp_path):
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_COLOR_INDEX
    from docx.oxml.ns import qn

    review = engine.review(POOR)
    document = Document(str(review_to_docx(review, tmp_path / "a4.docx")))
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    for style in (document.styles["Normal"], document.styles["Heading 1"], document.styles["Title"]):
        assert style.type == WD_STYLE_TYPE.PARAGRAPH
        assert style.element.rPr.rFonts.get(qn("w:eastAsia")) == "游明朝"
    texts = [p.text for p in document.paragraphs]
    numbers = [int(t[1]) for t in texts if re.match(r"\[\d\] ", t)]
    assert numbers.count(1) == sum(1 for f in review.findings if f.citations)  # [1] again in every finding
    appendix = texts.index("付録: 点検したプランの本文")
    assert "\n".join(texts[appendix + 2:]) == review.plan_text
    marked = {r.text for p in document.paragraphs[appendix:] for r in p.runs
              if r.font.highlight_color == WD_COLOR_INDEX.YELLOW}
    assert "安心して在宅生活を継続する" in "".join(marked)


def test_a_downloaded_file_is_named_by_date_and_carries_the_plan(engine, tmp_path):
    from datetime import date

    from assistant.app.export import export_name, write_export

    assert export_name("docx", date(2025, 4, 1)) == "ケアプラン点検結果_20250401.docx"
    review = engine.review(POOR)
    path = write_export(review, tmp_path, "md")
    assert path.name == export_name("md")
    text = path.read_text(encoding="utf-8")
    assert "## 付録: 点検したプランの本文" in text and review.plan_text in text
    assert "付録" not in review_to_markdown(review)  # the terminal shows the review, not the file back

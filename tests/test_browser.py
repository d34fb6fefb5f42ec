"""A real browser (Debian's Chromium through Playwright) drives the real app.

A care manager pastes a plan, reviews it, opens a cited clause, switches to
the chief care manager's view, exports DOCX; then asks the chat a question.
A screenshot is saved as an artefact (``CAREPLAN_TEST_ARTIFACTS``, default
``tests/artifacts/``).
"""

import os
from pathlib import Path

import pytest
from docx import Document

from .conftest import REPO

pytestmark = [pytest.mark.browser, pytest.mark.slow]
pytest.importorskip("playwright.sync_api")

POOR_PLAN = (REPO / "tests" / "fixtures" / "plans" / "poor.txt").read_text(encoding="utf-8")
ARTIFACTS = Path(os.environ.get("CAREPLAN_TEST_ARTIFACTS", REPO / "tests" / "artifacts"))


def test_a_bad_plan_is_explained_and_the_text_is_kept(page):
    page.locator("#plan-input textarea").fill("   ")
    page.locator("#run-review").click()
    page.locator("#review-status").get_by_text("ケアプランの本文が空です").wait_for()
    binary = "\u0001\u0002\u0003" * 40
    page.locator("#plan-input textarea").fill(binary)
    page.locator("#run-review").click()
    page.locator("#review-status").get_by_text("バイナリデータ").wait_for()
    assert page.locator("#plan-input textarea").input_value() == binary


def test_review_cite_supervise_export(page, corpus, tmp_path):
    page.locator("#plan-input textarea").fill(POOR_PLAN)
    page.locator("#run-review").click()
    finding = page.locator("#findings .finding").first
    finding.wait_for()
    assert page.locator("#findings .finding").count() >= 5
    assert "R04" in page.locator("#findings").inner_text()
    assert page.locator("#plan-highlighted mark").count() >= 3

    citation = page.locator("#findings details.citation").first
    citation.locator("summary").click()
    clause = citation.locator(".clause-view")
    clause.wait_for(state="visible")
    assert clause.locator("mark").count() == 1
    label = citation.locator("summary").inner_text().split("] ", 1)[1]
    assert label in {c.label for c in corpus}

    page.get_by_label("主任ケアマネ").check()
    question = page.locator("#supervision .sv-question").first
    question.wait_for(state="visible")
    assert "？" in question.inner_text()

    with page.expect_download() as download_info:
        page.locator("#download-docx").click()
    target = tmp_path / "review.docx"
    download_info.value.save_as(target)
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "ケアプラン点検結果" in text and "目標の具体性・評価可能性" in text
    assert "短期・長期の目標の連動性と達成の可能性のある具体的な目標設定（期間の考慮を含む）を行い" in text

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "review-supervision.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")


def test_chat_answers_with_a_numbered_citation_that_opens(page):
    page.get_by_role("tab", name="チャット").click()
    page.locator("#chat-input textarea").fill("利用者の希望をすべてケアプランに入れてよいですか？")
    page.locator("#chat-send").click()
    marker = page.locator("#chatbot a[href^='#source-']").first
    marker.wait_for()
    assert "最善のケアプランとは限らない" in page.locator("#chatbot").inner_text()
    marker.click()
    view = page.locator("#chat-citation-view .clause-view")
    view.wait_for(state="visible")
    assert view.locator("mark").count() == 1


def test_a_plan_pasted_into_the_chat_becomes_its_context(page):
    page.get_by_role("tab", name="チャット").click()
    page.locator("#chat-input textarea").fill(POOR_PLAN)
    page.locator("#chat-send").click()
    page.locator("#chatbot").get_by_text("ケアプランを読み取り、点検しました").wait_for()
    page.locator("#chat-input textarea").fill("この短期目標はどう直せばいい？")
    page.locator("#chat-send").click()
    page.locator("#chatbot").get_by_text("読み込んだプランについて").wait_for()
    transcript = page.locator("#chatbot").inner_text()
    assert "長期目標と短期目標の連動" in transcript and "安心して在宅生活を継続する" in transcript

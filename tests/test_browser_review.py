"""The review page as a workspace, in a real browser: overview first, clean state, PDF plans.

Each test opens its own page at the size it is about (a laptop at 1366×900, a
phone at 390×844), so no state is shared.  Screenshots go to
``CAREPLAN_TEST_ARTIFACTS`` (default ``tests/artifacts/``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import BROWSER_TIMEOUT_MS, CHROMIUM, REPO
from tests.pdfs import scanned_pdf, text_pdf

pytestmark = [pytest.mark.browser, pytest.mark.slow]
sync_api = pytest.importorskip("playwright.sync_api")

POOR_PLAN = (REPO / "tests" / "fixtures" / "plans" / "poor.txt").read_text(encoding="utf-8")
ARTIFACTS = Path(os.environ.get("CAREPLAN_TEST_ARTIFACTS", REPO / "tests" / "artifacts"))


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-background-networking"])
        yield browser
        browser.close()


def _open(browser, app_url, width: int, height: int):
    context = browser.new_context(viewport={"width": width, "height": height}, locale="ja-JP",
                                  is_mobile=width < 500, has_touch=width < 500)
    page = context.new_page()
    page.set_default_timeout(BROWSER_TIMEOUT_MS)
    page.goto(app_url)
    return page


def _in_view(page, selector: str) -> bool:
    """Whether the top of the element is inside the viewport."""
    return page.evaluate(
        """(selector) => {
          const box = document.querySelector(selector).getBoundingClientRect();
          return box.top >= -1 && box.top < window.innerHeight;
        }""", selector)


def _review(page, text: str) -> None:
    page.locator("#plan-input textarea").fill(text)
    page.locator("#run-review").click()


@pytest.mark.parametrize(("width", "height", "name"), [(1366, 900, "laptop"), (390, 844, "phone")])
def test_the_overview_card_is_in_view_when_a_review_finishes(browser, app_url, width, height, name):
    page = _open(browser, app_url, width, height)
    _review(page, POOR_PLAN)
    card = page.locator("#review-overview .overview")
    card.wait_for()
    page.wait_for_function("() => { const b = document.querySelector('#review-overview .overview')"
                           ".getBoundingClientRect(); return b.top >= -1 && b.top < window.innerHeight; }")
    assert _in_view(page, "#review-overview .overview")
    text = card.inner_text()
    assert "読み取った内容" in text and "要検討" in text
    links = card.locator("a[data-jump]")
    assert links.count() == page.locator("#findings .finding").count() >= 5
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"review-overview-{name}.png"))

    last = links.last
    target = last.get_attribute("data-jump")
    last.click()
    page.wait_for_function(
        """(id) => { const b = document.getElementById(id).getBoundingClientRect();
                     return b.top >= -1 && b.top < window.innerHeight / 2; }""", arg=target)
    page.context.close()


def test_a_failed_review_clears_the_earlier_results(browser, app_url):
    page = _open(browser, app_url, 1366, 900)
    _review(page, POOR_PLAN)
    page.locator("#findings .finding").first.wait_for()
    _review(page, "   ")
    page.locator("#review-status").get_by_text("ケアプランの本文が空です").wait_for()
    page.locator("#findings .finding").first.wait_for(state="detached")
    assert page.locator("#review-overview .overview").count() == 0
    assert page.locator("#plan-highlighted mark").count() == 0
    assert not page.locator("#download-docx").is_visible()
    assert _in_view(page, "#review-status")
    page.context.close()


def test_a_greeting_gets_the_not_a_plan_message_and_no_findings(browser, app_url):
    page = _open(browser, app_url, 1366, 900)
    _review(page, POOR_PLAN)
    page.locator("#findings .finding").first.wait_for()
    _review(page, "こんにちは")
    page.locator("#review-status").get_by_text("ケアプランとして読み取れませんでした").wait_for()
    assert "第2表" in page.locator("#review-status").inner_text()
    assert page.locator("#findings .finding").count() == 0
    assert page.locator("#plan-input textarea").input_value() == "こんにちは"
    page.context.close()


def test_a_text_pdf_uploads_and_reviews(browser, app_url, tmp_path):
    lines = ["【第2表】", "生活全般の解決すべき課題：近所の公園まで散歩を続けたい",
             "長期目標：公園まで休まずに歩ける", "短期目標：自宅の周りを毎日歩く",
             "サービス内容：歩行訓練　通所リハビリテーション　週2回"]
    path = tmp_path / "ケアプラン.pdf"
    path.write_bytes(text_pdf(lines))
    page = _open(browser, app_url, 1366, 900)
    page.locator("input[type=file]").first.set_input_files(str(path))
    page.locator("#review-status").get_by_text("「ケアプラン.pdf」を読み込みました").wait_for()
    assert "公園まで休まずに歩ける" in page.locator("#plan-input textarea").input_value()
    page.locator("#run-review").click()
    page.locator("#review-overview .overview").wait_for()
    assert "長期目標1件" in page.locator("#review-overview").inner_text()
    page.context.close()


def test_a_scanned_pdf_gets_the_japanese_message_and_clears_results(browser, app_url, tmp_path):
    path = tmp_path / "スキャン.pdf"
    path.write_bytes(scanned_pdf())
    page = _open(browser, app_url, 1366, 900)
    _review(page, POOR_PLAN)
    page.locator("#findings .finding").first.wait_for()
    page.locator("input[type=file]").first.set_input_files(str(path))
    page.locator("#review-status").get_by_text("スキャンした画像の PDF のようです").wait_for()
    page.locator("#findings .finding").first.wait_for(state="detached")
    assert page.locator("#plan-input textarea").input_value() == POOR_PLAN
    page.context.close()

"""The review page as a workspace, in a real browser: the first screen, overview first, clean state, PDF plans.

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


# Written for these tests: four needs, so the plan is taller than its pane and the findings run far down the page.
WORKSPACE_PLAN = """【第1表】
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

生活全般の解決すべき課題（ニーズ）：風呂に入れてほしい
長期目標：清潔に暮らす
短期目標：デイサービスに行く
サービス内容：入浴介助
サービス種別：通所介護
事業所：あおば介護サービス
頻度：週6回

生活全般の解決すべき課題（ニーズ）：夜が不安
長期目標：安心して眠る
短期目標：見守りを受ける
サービス内容：夜間の見守り
サービス種別：訪問介護
事業所：あおば介護サービス
頻度：毎日

生活全般の解決すべき課題（ニーズ）：糖尿病の薬を飲み忘れる
長期目標：健康に暮らす
短期目標：薬を飲んでもらう
サービス内容：服薬の確認
サービス種別：訪問介護
事業所：あおば介護サービス
頻度：毎日
"""

MARK_IN_VIEW_JS = """(check) => {
  const mark = [...document.querySelectorAll('#plan-highlighted mark.flash')]
    .find((m) => m.dataset.check.split(' ').includes(check));
  if (!mark) return false;
  const box = mark.getBoundingClientRect();
  const pane = mark.closest('.plan-text').getBoundingClientRect();
  return box.top >= Math.max(0, pane.top) - 1 && box.bottom <= Math.min(window.innerHeight, pane.bottom) + 1;
}"""
FINDING_IN_VIEW_JS = """(check) => {
  const box = document.getElementById('finding-' + check).getBoundingClientRect();
  return box.top >= -1 && box.top < window.innerHeight / 2;
}"""


def _reviewed_workspace(browser, app_url, width: int, height: int):
    page = _open(browser, app_url, width, height)
    _review(page, WORKSPACE_PLAN)
    page.locator("#findings .finding").first.wait_for()
    page.locator("#plan-highlighted mark").first.wait_for()
    return page


def _click_finding_then_highlight(page) -> None:
    """The last finding that points at the plan → its span in view; a highlight of the first finding → that finding."""
    with_spans = page.locator("#findings .finding:has(button.show-in-plan)")
    last = with_spans.last
    check = last.get_attribute("data-check")
    last.locator("button.show-in-plan").click()
    page.wait_for_function(MARK_IN_VIEW_JS, arg=check)

    first = with_spans.first.get_attribute("data-check")
    assert first != check
    mark = page.locator(f'#plan-highlighted mark[data-check^="{first}"]').first
    mark.click()
    page.wait_for_function(FINDING_IN_VIEW_JS, arg=first)


def test_the_plan_sits_beside_the_findings_and_each_leads_to_the_other_on_a_laptop(browser, app_url):
    page = _reviewed_workspace(browser, app_url, 1366, 900)
    plan, findings = page.locator("#plan-pane").bounding_box(), page.locator("#findings-pane").bounding_box()
    assert plan["x"] + plan["width"] <= findings["x"] + 1 and abs(plan["y"] - findings["y"]) < 5
    assert plan["width"] > 400 and findings["width"] > 400
    legend = page.locator("#plan-highlighted .plan-legend").inner_text()
    assert "要修正" in legend and "要検討" in legend and "確認・検討" in legend
    _click_finding_then_highlight(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "review-workspace-laptop.png"))
    page.context.close()


def test_on_a_phone_the_findings_and_the_plan_are_stacked_and_still_lead_to_each_other(browser, app_url):
    page = _reviewed_workspace(browser, app_url, 390, 844)
    plan, findings = page.locator("#plan-pane").bounding_box(), page.locator("#findings-pane").bounding_box()
    assert plan["y"] >= findings["y"] + findings["height"] - 1  # findings first, the plan below
    assert abs(plan["x"] - findings["x"]) < 2 and plan["width"] > 300 and findings["width"] > 300
    _click_finding_then_highlight(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "review-workspace-phone.png"))
    page.context.close()


def test_the_supervision_sheet_downloads_as_a4_docx_and_pdf_quoting_the_plan(browser, app_url, tmp_path):
    from docx import Document
    from pypdf import PdfReader

    page = _open(browser, app_url, 1366, 900)
    page.locator("#plan-input textarea").fill(WORKSPACE_PLAN)
    page.get_by_label("主任ケアマネ").check()
    top = page.locator("#supervision .sv-top")
    top.first.wait_for()
    assert top.count() == 3
    quotes = [page.locator("#supervision .sv-top").nth(i).locator(".sv-plan-quote").inner_text() for i in range(3)]
    assert all(q.removesuffix("…") in WORKSPACE_PLAN for q in quotes)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.locator("#supervision").screenshot(path=str(ARTIFACTS / "review-supervision-sheet.png"))

    with page.expect_download() as docx_download:
        page.locator("#download-sheet-docx").click()
    docx_path = tmp_path / docx_download.value.suggested_filename
    docx_download.value.save_as(docx_path)
    assert docx_path.name.startswith("スーパービジョンシート_")
    document = Document(str(docx_path))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    text = "\n".join(p.text for p in document.paragraphs)
    questions = [line for line in text.splitlines() if line.startswith("問")]
    assert [q[:2] for q in questions] == ["問1", "問2", "問3"]
    assert all(f"「{q}」" in text for q in quotes)

    with page.expect_download() as pdf_download:
        page.locator("#download-sheet-pdf").click()
    pdf_path = tmp_path / "sheet.pdf"
    pdf_download.value.save_as(pdf_path)
    reader = PdfReader(pdf_path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (210, 297)
    layer = reader.pages[0].extract_text().replace("\n", "")
    assert all(q in layer for q in quotes)
    page.context.close()


def test_the_trainer_trace_lists_all_checks_with_reasons_and_can_show_only_fired(browser, app_url):
    page = _open(browser, app_url, 1366, 900)
    page.locator("#plan-input textarea").fill(WORKSPACE_PLAN)
    page.get_by_label("研修").check()
    checks = page.locator("#trace details.check-trace")
    checks.first.wait_for()
    assert checks.count() == 18
    ids = [checks.nth(i).get_attribute("data-check") for i in range(18)]
    assert ids == [f"R{n:02d}" for n in range(1, 19)]
    assert all(checks.nth(i).locator(".trace-reason").inner_text().strip() for i in range(18))
    statuses = [checks.nth(i).get_attribute("data-status") for i in range(18)]
    fired = statuses.count("fired")
    assert 0 < fired < 18 and page.locator("#findings .finding").count() == fired
    page.locator("#trace-only-fired").check()
    page.wait_for_function("() => [...document.querySelectorAll('#trace details.check-trace')]"
                           ".filter((d) => d.offsetParent !== null).length < 18")
    visible = [checks.nth(i).is_visible() for i in range(18)]
    assert visible == [status == "fired" for status in statuses]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.locator("#trace").screenshot(path=str(ARTIFACTS / "review-trainer-trace.png"))
    page.context.close()


def test_the_sample_plan_fills_an_empty_box_and_each_mode_says_what_it_is_for(browser, app_url):
    page = _open(browser, app_url, 1366, 900)
    assert "主任ケアマネ:" in page.locator("#mode").inner_text() and "研修:" in page.locator("#mode").inner_text()
    page.locator("#sample-plan").click()
    page.wait_for_function("() => document.querySelector('#plan-input textarea').value.includes('【第2表】')")
    sample = page.locator("#plan-input textarea").input_value()
    page.locator("#sample-plan").click()  # a second press keeps the text that is there
    page.locator("#review-status").get_by_text("入力欄が空のとき").wait_for()
    assert page.locator("#plan-input textarea").input_value() == sample
    page.locator("#run-review").click()
    page.locator("#findings .finding").first.wait_for()
    page.context.close()


BOX_JS = """(selector) => {
  const box = document.querySelector(selector).getBoundingClientRect();
  return {top: box.top, bottom: box.bottom, left: box.left, right: box.right};
}"""
FIRST_SCREEN = ("#plan-input", "#municipality", "#mode", "#sample-plan", "#run-review")


def _box(page, selector: str) -> dict:
    return page.evaluate(BOX_JS, selector)


def _wholly_on_screen(page, selector: str) -> bool:
    box, height = _box(page, selector), page.evaluate("window.innerHeight")
    return box["top"] >= 0 and box["bottom"] <= height


@pytest.mark.parametrize(("width", "height", "name"), [(1366, 900, "laptop"), (390, 844, "phone")])
def test_the_review_button_is_on_the_first_screen_right_under_the_box(browser, app_url, width, height, name):
    page = _open(browser, app_url, width, height)
    page.locator("#run-review").wait_for()
    assert page.evaluate("window.scrollY") == 0
    box, button, sample = _box(page, "#plan-input"), _box(page, "#run-review"), _box(page, "#sample-plan")
    assert 0 <= button["top"] - box["bottom"] < 40 and abs(sample["top"] - button["top"]) < 2  # one line under the box
    if name == "laptop":  # the whole first screen: box, choices, sample and 「点検する」, with the choices beside the box
        assert all(_wholly_on_screen(page, selector) for selector in FIRST_SCREEN)
        assert _box(page, "#municipality")["left"] >= box["right"] and _box(page, "#mode")["left"] >= box["right"]
    else:  # a phone: the box and the two buttons; the choices follow below them
        assert all(_wholly_on_screen(page, selector) for selector in ("#plan-input", "#sample-plan", "#run-review"))
        assert _box(page, "#municipality")["top"] >= button["bottom"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"review-first-screen-{name}.png"))

    # a long plan makes the box grow, then scroll inside it: the button stays on the first screen
    empty = page.evaluate("document.querySelector('#plan-input textarea').clientHeight")
    page.locator("#plan-input textarea").fill(WORKSPACE_PLAN * 2)
    page.wait_for_function("(empty) => { const t = document.querySelector('#plan-input textarea');"
                           " return t.clientHeight > empty && t.scrollHeight > t.clientHeight + 1; }", arg=empty)
    assert page.evaluate("window.scrollY") == 0 and _wholly_on_screen(page, "#run-review")
    page.context.close()

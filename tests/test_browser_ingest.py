"""Adding a guideline from the app, in a real browser: a bad file is refused, a good one is previewed, added,
and answered from in the chat, all without restarting the app.  A guideline taken in by another process (the
command line) appears in the running app, and one taken in is removed from the guideline tab after a confirmation.

The app runs on a home of its own (the guideline added here must not change what the other browser tests see).
The guidelines are invented for these tests: 「しらさぎ村」 and 「あおさぎ町」 do not exist.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.cli import main

from .conftest import BROWSER_TIMEOUT_MS, CHROMIUM, running_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]
sync_api = pytest.importorskip("playwright.sync_api")

SHIRASAGI = """しらさぎ村ケアマネジメント申し合わせ
令和8年2月

第1章 相談の受け方
１ 最初の相談
最初の相談を受けたときは、二日以内に自宅を訪ね、本人が普段座る場所から部屋を見渡して話を聞く。
２ 畑仕事の扱い
畑仕事を続けたいという本人の希望は、短期目標に畝の数と作業の時間で書き表す。
第2章 村の支え
１ 見守りの旗
見守りの旗を玄関に掲げる取り組みに参加している世帯は、担当者会議でその旗当番の人を紹介する。
"""
AOSAGI = """あおさぎ町ケア会議の手引き
令和8年3月

第1章 会議の開き方
１ 開く場所
担当者会議は、本人が一番落ち着ける部屋で開き、本人の席を最初に決める。
"""
ADD_WAIT_MS = 240_000  # 「追加する」 rebuilds the whole index, about as long as the app's first start


@pytest.fixture(scope="module")
def intake(tmp_path_factory):
    """A page of an app on a fresh CAREPLAN_HOME, and that home."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} がありません。./dev test が apt-get で chromium を入れます。")
    home = tmp_path_factory.mktemp("intake-home")
    with running_app(home) as url, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="ja-JP")
        page.set_default_timeout(BROWSER_TIMEOUT_MS)
        yield page, home, url
        browser.close()


def _open_intake(page, url: str) -> None:
    """A fresh page load (an empty file box), on the guideline tab with 「ガイドラインを追加」 open."""
    page.goto(url)
    page.get_by_role("tab", name="ガイドライン").click()
    page.get_by_text("ガイドラインを追加").click()


def _field(page, elem_id: str):
    return page.locator(f"#{elem_id} :is(input, textarea)").first


def _choose_file(page, path: Path) -> None:
    page.locator("#guideline-file input[type=file]").set_input_files(str(path))
    sync_api.expect(page.locator("#guideline-file")).to_contain_text(path.name)


def test_an_empty_file_is_refused_in_japanese_and_nothing_is_added(intake, tmp_path):
    page, home, url = intake
    _open_intake(page, url)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _choose_file(page, empty)
    _field(page, "guideline-id").fill("shirasagi")
    page.locator("#guideline-preview-button").click()
    sync_api.expect(page.locator("#guideline-status")).to_contain_text("「empty.txt」は空のファイルです")
    sync_api.expect(page.locator("#guideline-add")).to_be_hidden()
    assert not (home / "guidelines").exists()


def test_upload_preview_add_then_the_chat_quotes_the_new_guideline(intake, tmp_path):
    page, home, url = intake
    expect = sync_api.expect
    _open_intake(page, url)
    path = tmp_path / "moushiawase.txt"
    path.write_text(SHIRASAGI, encoding="utf-8")
    _choose_file(page, path)
    _field(page, "guideline-id").fill("shirasagi")
    _field(page, "guideline-name").fill("しらさぎ村")
    _field(page, "guideline-date").fill("2026-02-01")
    page.locator("#guideline-preview-button").click()
    preview = _field(page, "guideline-preview")
    expect(preview).to_have_value(re.compile("資料ID: shirasagi-2026-02-01"))
    expect(preview).to_have_value(re.compile("第1章 相談の受け方"))
    expect(preview).to_have_value(re.compile("畑仕事の扱い"))
    assert not (home / "guidelines").exists()  # previewing writes nothing

    page.locator("#guideline-add").click()
    expect(page.locator("#guideline-status")).to_contain_text("追加しました", timeout=ADD_WAIT_MS)
    assert (home / "guidelines" / "shirasagi-2026-02-01.json").exists()
    expect(page.locator("#search-municipality")).to_contain_text("しらさぎ村")

    page.get_by_role("tab", name="チャット").click()
    page.locator("#chat-municipality").get_by_text("しらさぎ村").click()
    page.locator("#chat-input textarea").fill("本人が畑仕事を続けたいとき、短期目標はどう書けばいいですか？")
    page.locator("#chat-send").click()
    answer = page.locator('#chatbot [data-testid="bot"]').first
    expect(answer).to_contain_text("しらさぎ村")
    expect(answer).to_contain_text("畝の数と作業の時間")

    page.goto(url)  # a page opened after the addition offers it too
    page.get_by_role("tab", name="チャット").click()
    expect(page.locator("#chat-municipality")).to_contain_text("しらさぎ村")


def test_a_guideline_taken_in_elsewhere_appears_and_is_removed_after_confirmation(intake, tmp_path, monkeypatch):
    page, home, url = intake
    expect = sync_api.expect
    stored = home / "guidelines" / "aosagi-2026-03-01.json"
    monkeypatch.setenv("CAREPLAN_HOME", str(home))  # the command line, as another process on the app's home
    path = tmp_path / "aosagi.txt"
    path.write_text(AOSAGI, encoding="utf-8")
    assert main(["ingest", str(path), "--name", "あおさぎ町", "--date", "2026-03-01", "--yes"]) == 0

    page.goto(url)
    page.get_by_role("tab", name="ガイドライン").click()
    expect(page.locator("#search-municipality")).to_contain_text("あおさぎ町", timeout=ADD_WAIT_MS)  # no restart
    remove = page.locator("#guideline-remove")
    expect(remove).to_be_hidden()  # the first document is a shipped one
    page.locator("#guideline-document input").click()
    page.locator('[data-testid="dropdown-option"]', has_text="あおさぎ町ケア会議の手引き").click()
    expect(page.locator("#guideline-outline")).to_contain_text("本人の席を最初に決める")

    remove.click()
    expect(page.locator("#guideline-remove-question")).to_contain_text("「あおさぎ町ケア会議の手引き」")
    expect(page.locator("#guideline-remove-question")).to_contain_text("aosagi-2026-03-01")
    page.locator("#guideline-remove-no").click()
    expect(page.locator("#guideline-remove-yes:visible")).to_have_count(0)  # the question is gone
    assert stored.exists()  # 「やめる」 deletes nothing

    remove.click()
    page.locator("#guideline-remove-yes:visible").click()
    expect(page.locator("#guideline-remove-status")).to_contain_text("を削除しました", timeout=ADD_WAIT_MS)
    assert not stored.exists() and not (home / "guidelines" / "sources" / "aosagi-2026-03-01.txt").exists()
    expect(page.locator("#search-municipality")).not_to_contain_text("あおさぎ町")
    expect(page.locator("#municipality")).not_to_contain_text("あおさぎ町")  # the review's choices too
    expect(remove).to_be_hidden()  # the browser is back on a shipped document
    page.locator("#guideline-document input").click()
    expect(page.locator('[data-testid="dropdown-option"]', has_text="あおさぎ町")).to_have_count(0)

"""The chat's scope in view, in a real browser: the 自治体 choice, the plan chip, clearing, [n] sources, ratings.

Each test opens the page anew, so it starts a conversation of its own (Gradio
keeps the chat's state per page load).
"""

from __future__ import annotations

import json
import stat
import time
from pathlib import Path

import pytest

from .conftest import REPO

pytestmark = [pytest.mark.browser, pytest.mark.slow]
pytest.importorskip("playwright.sync_api")

POOR_PLAN = (REPO / "tests" / "fixtures" / "plans" / "poor.txt").read_text(encoding="utf-8")
ABOUT_THE_PLAN = "この短期目標はどう直せばいい？"
FROM_THE_PLAN = "読み込んだプランについて"


@pytest.fixture()
def fresh(page, app_url):
    page.goto(app_url)
    return page


def _chat_tab(page) -> None:
    page.get_by_role("tab", name="チャット").click()


def _ask(page, question: str):
    """Send ``question`` and wait for its own answer (the n-th bot message), which is returned."""
    answers = page.locator('#chatbot [data-testid="bot"]')
    before = answers.count()
    page.locator("#chat-input textarea").fill(question)
    page.locator("#chat-send").click()
    answer = answers.nth(before)
    answer.wait_for()
    return answer


def _review(page) -> None:
    page.get_by_role("tab", name="ケアプラン点検").click()
    page.locator("#plan-input textarea").fill(POOR_PLAN)
    page.locator("#run-review").click()
    page.locator("#findings .finding").first.wait_for()


def _feedback_lines(home: Path, wanted, timeout: float = 30.0) -> list[dict]:
    """The lines of feedback.jsonl that satisfy ``wanted``, once there are any (the app writes them after the click)."""
    deadline = time.monotonic() + timeout
    path = home / "feedback.jsonl"
    while time.monotonic() < deadline:
        if path.exists():
            lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            found = [line for line in lines if wanted(line)]
            if found:
                return found
        time.sleep(0.3)
    raise AssertionError(f"no matching line in {path}")


def test_the_scope_choice_changes_the_answers_scope_line(fresh):
    _chat_tab(fresh)
    fresh.locator("#chat-municipality").get_by_label("杉並区").check()
    first = _ask(fresh, "利用者の強みをプランにどう生かせばいいですか")
    assert "検索した資料：杉並区の基本方針" in first.inner_text()
    fresh.locator("#chat-municipality").get_by_label("荒川区").check()
    second = _ask(fresh, "利用者の強みをプランにどう生かせばいいですか")
    assert "検索した資料：荒川区のガイドライン" in second.inner_text()

    fresh.get_by_role("tab", name="ガイドライン").click()
    fresh.locator("#search-municipality").get_by_label("杉並区").check()
    fresh.locator("#search-input textarea").fill("モニタリング")
    fresh.locator("#search-button").click()
    fresh.locator("#search-results .scope-line").get_by_text("検索した資料：杉並区の基本方針").wait_for()
    labels = fresh.locator("#search-results .clause-view h4").all_inner_texts()
    assert labels and all(label.startswith("杉並区") for label in labels)


def test_a_municipality_named_in_the_question_overrides_the_choice(fresh):
    _chat_tab(fresh)
    fresh.locator("#chat-municipality").get_by_label("荒川区").check()
    answer = _ask(fresh, "杉並区では公正中立をどう説明していますか").inner_text()
    assert "検索した資料：杉並区の基本方針" in answer
    assert "選択中の「荒川区」ではなく杉並区の資料を検索しました" in answer
    assert "荒川区ガイドライン" not in answer


def test_the_plan_chip_appears_after_a_review_and_its_x_removes_the_plan(fresh):
    _review(fresh)
    _chat_tab(fresh)
    chip = fresh.locator("#plan-chip")
    chip.get_by_text("点検したプラン：").wait_for()
    assert "指摘" in chip.inner_text()
    assert FROM_THE_PLAN in _ask(fresh, ABOUT_THE_PLAN).inner_text()  # the plan is the context

    chip.get_by_role("button", name="このプランを会話から外す").click()
    chip.wait_for(state="hidden")
    assert FROM_THE_PLAN not in _ask(fresh, ABOUT_THE_PLAN).inner_text()
    assert fresh.locator('#chatbot [data-testid="bot"]').count() == 2  # the conversation itself stays


def test_clearing_the_conversation_removes_the_plan_too(fresh):
    _chat_tab(fresh)
    assert "点検しました" in _ask(fresh, POOR_PLAN).inner_text()
    fresh.locator("#plan-chip").get_by_text("点検したプラン：").wait_for()
    assert FROM_THE_PLAN in _ask(fresh, ABOUT_THE_PLAN).inner_text()

    fresh.get_by_label("会話をクリア").click()
    fresh.locator("#plan-chip").wait_for(state="hidden")
    assert fresh.locator('#chatbot [data-testid="bot"]').count() == 0
    # The same question pointing at 「この短期目標」 now has no plan to point at: the guidelines answer it.
    after = _ask(fresh, ABOUT_THE_PLAN).inner_text()
    assert FROM_THE_PLAN not in after and "検索した資料：" in after


def test_a_marker_opens_its_clause_and_earlier_answers_keep_theirs(fresh, corpus):
    _chat_tab(fresh)
    first = _ask(fresh, "サービス担当者会議は何のために開くのですか")
    first_label = first.locator("li").first.inner_text().split("] ", 1)[1].strip()
    first.locator("a[href='#source-1-1']").first.click()
    view = fresh.locator("#chat-citation-view")
    view.locator(".source-of").get_by_text("回答1の [1]").wait_for()
    assert view.locator(".clause-view h4").inner_text() == first_label
    assert view.locator(".clause-view mark").count() == 1
    clause = next(c for c in corpus if c.label == first_label)
    shown = view.locator(".clause-view blockquote").inner_text().replace("\n", "")
    assert "".join(clause.text.split()) in "".join(shown.split())  # the whole clause, not only the quote

    second = _ask(fresh, "モニタリングでは何を確かめればよいですか")
    second.locator("a[href='#source-2-1']").first.click()
    view.locator(".source-of").get_by_text("回答2の [1]").wait_for()
    first.locator("a[href='#source-1-1']").first.click()  # the earlier answer's source still opens
    view.locator(".source-of").get_by_text("回答1の [1]").wait_for()
    assert view.locator(".clause-view h4").inner_text() == first_label


def test_a_thumbs_up_writes_a_line_to_feedback_jsonl(fresh, app_home):
    question = "ケアプランの目標は誰の言葉で書けばいいですか"
    _chat_tab(fresh)
    _ask(fresh, question)
    fresh.locator("#chatbot").get_by_label("いいね", exact=True).last.click()  # under the answer just given
    [line] = _feedback_lines(app_home, lambda entry: entry["question"] == question)
    assert line["kind"] == "answer" and line["rating"] == "up" and line["clause_ids"]
    assert line["verdict"] in ("記載あり", "関連する記載のみ", "記載なし") and line["plan_text"] is None
    assert stat.S_IMODE((app_home / "feedback.jsonl").stat().st_mode) == 0o600

    fresh.locator("#answer-feedback-comment textarea").fill("本人の言葉で書く理由まで引用されていて助かる")
    fresh.locator("#answer-feedback-send").click()
    [updated] = _feedback_lines(app_home, lambda entry: entry["question"] == question and entry["comment"])
    assert updated["id"] == line["id"] and updated["comment"] == "本人の言葉で書く理由まで引用されていて助かる"

    _review(fresh)
    first = fresh.locator("#findings .finding").first
    check = first.get_attribute("data-check")
    first.get_by_role("button", name="役に立った", exact=True).click()
    [rated] = _feedback_lines(app_home, lambda entry: entry["kind"] == "finding" and entry["check_id"] == check)
    assert rated["rating"] == "up" and rated["plan_text"] is None and rated["clause_ids"]

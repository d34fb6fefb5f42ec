"""The chat with a chat model configured, in a real browser: the model's verified answer, its name, a 「案」.

The app runs with ``CAREPLAN_LLM=openai`` pointed at the scripted server
(tests/llm_server.py), so the chat's streaming handler, the model answer's
rendering and the plan chat's rewrite are driven end to end.  What the draft
looks like while the reply streams is not asserted (it may be on screen for
only a moment); the answer it is replaced by is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import BROWSER_TIMEOUT_MS, CHROMIUM, running_app
from .llm_server import Scripted, ScriptedModelServer
from .test_llm import FAITHFUL, QUESTION
from .test_llm_plan import PLAN

pytestmark = [pytest.mark.browser, pytest.mark.slow]
sync_api = pytest.importorskip("playwright.sync_api")

REWRITE = json.dumps({
    "verdict": "direct",
    "sentences": [{"text": "短期目標が長期目標と同じ言葉なので、達成したかを確かめにくい書き方です。",
                   "plan_quotes": ["短期目標：穏やかに暮らす"]}],
    "rewrites": [{"field": "短期目標", "original": "穏やかに暮らす", "check_id": "R04",
                  "proposal": "杖を使って自宅から畑まで歩いて行き、好きな野菜の手入れを30分続けられる"}],
}, ensure_ascii=False)


@pytest.fixture(scope="module")
def llm_page(app_url, app_home):
    """A page of a second app on the same (already built) index, its model played by the scripted server."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} がありません。./dev test が apt-get で chromium を入れます。")
    with ScriptedModelServer([Scripted(FAITHFUL), Scripted(REWRITE)]) as server:
        env = {"CAREPLAN_LLM": "openai", "CAREPLAN_LLM_BASE_URL": server.url + "/v1",
               "CAREPLAN_LLM_MODEL": "scripted-ja", "CAREPLAN_LLM_TIMEOUT": "10"}
        with running_app(app_home, **env) as url, sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                        args=["--no-sandbox", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="ja-JP")
            page.set_default_timeout(BROWSER_TIMEOUT_MS)
            page.goto(url)
            yield page, server
            browser.close()


def _send(page, text: str) -> None:
    page.locator("#chat-input textarea").fill(text)
    page.locator("#chat-send").click()


def test_the_chat_shows_the_model_answer_its_name_then_a_proposal(llm_page):
    page, server = llm_page
    expect = sync_api.expect
    page.get_by_role("tab", name="チャット").click()
    answers = page.locator('#chatbot [data-testid="bot"]')
    _send(page, QUESTION)
    expect(answers.nth(0)).to_contain_text("回答したモデル：openai: scripted-ja", timeout=BROWSER_TIMEOUT_MS)
    expect(answers.nth(0)).to_contain_text("チームとして本人を支える")
    expect(answers.nth(0)).not_to_contain_text("下書き")  # the draft was replaced by the verified answer

    _send(page, PLAN)
    expect(answers.nth(1)).to_contain_text("点検しました", timeout=BROWSER_TIMEOUT_MS)  # reviewed here, not sent
    _send(page, "この短期目標を書き直した例を見せて")
    expect(answers.nth(2)).to_contain_text("案", timeout=BROWSER_TIMEOUT_MS)
    expect(answers.nth(2)).to_contain_text("R04")
    expect(answers.nth(2)).to_contain_text("畑まで歩いて行き")
    expect(answers.nth(2)).to_contain_text("回答したモデル")
    assert len(server.requests) == 2  # the pasted plan was reviewed on this machine; only the questions called the model
    assert "畑にまた行きたい" not in json.dumps(server.requests[0], ensure_ascii=False)
    assert "畑にまた行きたい" in json.dumps(server.requests[1], ensure_ascii=False)  # the plan, asked about, as data

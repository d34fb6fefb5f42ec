"""Review assist (CAREPLAN_LLM_REVIEW_ASSIST=1): the model phrases the findings, it never changes them.

The scripted server (tests/llm_server.py) plays the model through the real
LangChain clients.  Every case asserts the findings list (ids, count,
severities, and each finding's offline JSON) is the offline review's, whatever
the model returned: a faithful phrasing, an invented finding id, a finding left
out, a plan quote not in the plan, malformed JSON, an HTTP 500, a timeout.
Through the CLI (``review --json``) and through the app's ``/review`` endpoint.
"""

from __future__ import annotations

import html
import json
from typing import Any

import pytest
from gradio_client import Client

from assistant import cli
from assistant.answer.llm.backends import open_backend
from assistant.answer.llm.review_assist import assist_review
from assistant.app.review_presenters import findings_html
from assistant.review.engine import ReviewEngine
from assistant.settings import SettingsError
from tests.conftest import REPO, make_settings, running_app
from tests.llm_server import Scripted, ScriptedModelServer

pytestmark = pytest.mark.slow

PLAN_FILE = REPO / "tests" / "fixtures" / "plans" / "poor.txt"
PLAN = PLAN_FILE.read_text(encoding="utf-8")
GOAL_CLAUSE = "arakawa-2019/4-1-2/point"  # cited by R04 in poor.txt
GOAL_QUOTE = "短期・長期の目標の連動性と達成の可能性のある具体的な目標設定"
R04_ADVICE = "「安心して在宅生活を継続する」が長期目標と短期目標の両方にあり、何ができれば達成か読み取れません。"
R04_QUESTION = "在宅生活が続いているとき、本人は毎日どんなことをしていますか？"
R01_ADVICE = "長女の「一人暮らしが心配」という思いとは別に、本人の言葉を聞いて書き加えてみてください。"
INVENTED = "このプランには加算の算定要件を満たさない点があります。"
NOT_IN_PLAN = "本人は毎朝5km歩いていると書かれています。"


def _sentence(text: str, plan_quotes: tuple[str, ...] | list[str] = (),
              citations: tuple[tuple[str, str], ...] | list[tuple[str, str]] = ()) -> dict[str, Any]:
    return {"text": text, "plan_quotes": list(plan_quotes),
            "citations": [{"clause_id": c, "quote": q} for c, q in citations]}


FAITHFUL = json.dumps({"findings": [
    {"check_id": "R04",
     "advice": [_sentence(R04_ADVICE, ["安心して在宅生活を継続する"], [(GOAL_CLAUSE, GOAL_QUOTE)])],
     "question": [_sentence(R04_QUESTION)]},
    {"check_id": "R01", "advice": [_sentence(R01_ADVICE, ["一人暮らしが心配"])], "question": []},
]}, ensure_ascii=False)
INVENTED_ID = json.dumps({"findings": [
    {"check_id": "R99", "advice": [_sentence(INVENTED)], "question": [_sentence("加算は取れていますか？")]},
    {"check_id": "R04", "advice": [_sentence(R04_ADVICE, ["安心して在宅生活を継続する"])]},
]}, ensure_ascii=False)
BAD_QUOTE = json.dumps({"findings": [
    {"check_id": "R04", "advice": [_sentence(R04_ADVICE, ["安心して在宅生活を継続する"]),
                                   _sentence(NOT_IN_PLAN, ["毎朝5km歩いている"])]},
    {"check_id": "R01", "advice": [_sentence(NOT_IN_PLAN, ["毎朝5km歩いている"])],
     "question": [_sentence(R04_QUESTION, citations=[("suginami-2024/1-2", "本人の希望する生活を阻害する要因")])]},
]}, ensure_ascii=False)
MALFORMED = '{"findings": [{"check_id": "R04", "advice": "言い換え"'


LLM_VARIABLES = ("CAREPLAN_LLM", "CAREPLAN_LLM_BASE_URL", "CAREPLAN_LLM_MODEL", "CAREPLAN_LLM_REVIEW_ASSIST",
                 "CAREPLAN_LLM_TIMEOUT", "CAREPLAN_LLM_PSEUDONYMISE")


def _cli_review(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], plan: str = str(PLAN_FILE),
                **env: str) -> dict[str, Any]:
    """``review --json`` of ``plan`` in supervision mode with exactly ``env`` as the LLM settings."""
    for name in LLM_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    capsys.readouterr()
    assert cli.main(["review", plan, "--mode", "supervision", "--municipality", "suginami", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _assist_env(server: ScriptedModelServer, kind: str = "ollama") -> dict[str, str]:
    url = server.url + "/v1" if kind == "openai" else server.url
    return {"CAREPLAN_LLM": kind, "CAREPLAN_LLM_BASE_URL": url, "CAREPLAN_LLM_MODEL": "scripted-ja",
            "CAREPLAN_LLM_TIMEOUT": "1", "CAREPLAN_LLM_REVIEW_ASSIST": "1"}


def _without_assist(review: dict[str, Any]) -> dict[str, Any]:
    """The review JSON as the engine made it: the assist fields taken off."""
    data = {k: v for k, v in review.items() if k not in ("assist", "file")}
    data["findings"] = [{k: v for k, v in f.items() if k != "assist"} for f in review["findings"]]
    return data


def _assert_findings_unchanged(got: dict[str, Any], offline: dict[str, Any]) -> None:
    assert [(f["check_id"], f["severity"]) for f in got["findings"]] == \
        [(f["check_id"], f["severity"]) for f in offline["findings"]]
    assert _without_assist(got) == _without_assist(offline)  # advice, citations, evidence, supervision: all kept


def _offline(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """What ``review --json`` prints with no model configured: the review every case must leave as it is."""
    data = _cli_review(monkeypatch, capsys)
    assert "assist" not in data and all("assist" not in f for f in data["findings"])  # off by default
    assert {"R01", "R03", "R04"} <= {f["check_id"] for f in data["findings"]}
    return data


def _assisted(review: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The findings that got a phrasing, by id."""
    return {f["check_id"]: f["assist"] for f in review["findings"] if f["assist"] is not None}


@pytest.mark.parametrize("kind", ["ollama", "openai"])
def test_a_faithful_phrasing_is_shown_beside_the_offline_advice(kind, monkeypatch, capsys):
    offline = _offline(monkeypatch, capsys)
    with ScriptedModelServer([Scripted(FAITHFUL)]) as server:
        got = _cli_review(monkeypatch, capsys, **_assist_env(server, kind))
        [request] = server.requests
    _assert_findings_unchanged(got, offline)
    assert got["assist"] == {"model": f"{kind}: scripted-ja", "notice": None}
    phrased = _assisted(got)
    assert set(phrased) == {"R04", "R01"}  # the findings the model left out keep only their offline text
    r04 = phrased["R04"]
    assert r04["model"] == f"{kind}: scripted-ja" and r04["advice"] == R04_ADVICE and r04["question"] == R04_QUESTION
    [sentence] = r04["advice_sentences"]
    assert sentence["plan_quotes"] == ["安心して在宅生活を継続する"]
    assert [c["clause_id"] for c in sentence["citations"]] == [GOAL_CLAUSE]
    # what the model was given: every finding with its clause ids and offline advice, the clauses, the plan as data
    prompt = request["messages"][-1]["content"]
    assert "<mode>\nsupervision\n</mode>" in prompt and "<plan>\n" + PLAN in prompt
    for finding in offline["findings"]:
        assert f"[{finding['check_id']}] {finding['name']}" in prompt and finding["advice"] in prompt
        for citation in finding["citations"]:
            assert citation["clause_id"] in prompt
    assert f"[{GOAL_CLAUSE}]" in prompt and GOAL_QUOTE in prompt


def test_the_cli_text_output_marks_the_phrasing_as_the_models(monkeypatch, capsys):
    with ScriptedModelServer([Scripted(FAITHFUL), Scripted(status=500)]) as server:
        for name, value in _assist_env(server).items():
            monkeypatch.setenv(name, value)
        assert cli.main(["review", str(PLAN_FILE), "--mode", "supervision"]) == 0
        text = capsys.readouterr().out
        assert cli.main(["review", str(PLAN_FILE)]) == 0
        failed = capsys.readouterr().out
    assert "モデル（ollama: scripted-ja）による言い換え（ガイドラインの文言ではありません）" in text
    assert f"- 助言: {R04_ADVICE}" in text and f"- 振り返りの問い: {R04_QUESTION}" in text
    assert "検討してほしいこと（ガイドラインの記載に基づく）" in text  # the offline advice is still there
    assert "HTTP 500" in failed and "による言い換え（" not in failed


def test_an_invented_finding_id_is_ignored(monkeypatch, capsys):
    offline = _offline(monkeypatch, capsys)
    with ScriptedModelServer([Scripted(INVENTED_ID)]) as server:
        got = _cli_review(monkeypatch, capsys, **_assist_env(server))
    _assert_findings_unchanged(got, offline)
    assert set(_assisted(got)) == {"R04"} and INVENTED not in json.dumps(got, ensure_ascii=False)
    assert _assisted(got)["R04"]["question"] is None  # a finding may be phrased without its question


def test_a_sentence_quoting_words_not_in_the_plan_is_dropped(monkeypatch, capsys):
    offline = _offline(monkeypatch, capsys)
    with ScriptedModelServer([Scripted(BAD_QUOTE)]) as server:
        got = _cli_review(monkeypatch, capsys, **_assist_env(server))
    _assert_findings_unchanged(got, offline)
    phrased = _assisted(got)
    assert phrased["R04"]["advice"] == R04_ADVICE  # its other sentence verified
    # R01: its advice quoted the plan wrongly and its question cited a clause R01 does not cite: nothing is left
    assert "R01" not in phrased and NOT_IN_PLAN not in json.dumps(got, ensure_ascii=False)
    assert "3件を除きました" in got["assist"]["notice"]


@pytest.mark.parametrize(("reply", "why"), [
    (Scripted(MALFORMED), "決められた形（JSON）ではなかった"),
    (Scripted(status=500), "HTTP 500"),
    (Scripted(FAITHFUL, delay=3), "1秒以内に答えなかった"),
])
def test_a_failed_call_leaves_the_offline_review_with_a_notice(reply, why, monkeypatch, capsys):
    offline = _offline(monkeypatch, capsys)
    with ScriptedModelServer([reply]) as server:
        got = _cli_review(monkeypatch, capsys, **_assist_env(server))
    _assert_findings_unchanged(got, offline)
    assert got["assist"]["model"] is None and why in got["assist"]["notice"]
    assert "モデルによる言い換えなしで点検結果を表示しています" in got["assist"]["notice"]
    assert "\n" not in got["assist"]["notice"] and not _assisted(got)


def test_without_the_setting_a_configured_model_is_not_called(monkeypatch, capsys):
    offline = _offline(monkeypatch, capsys)
    with ScriptedModelServer([Scripted(FAITHFUL)]) as server:
        env = _assist_env(server)
        del env["CAREPLAN_LLM_REVIEW_ASSIST"]
        got = _cli_review(monkeypatch, capsys, **env)
        assert server.requests == []
    assert got == offline


def test_the_setting_is_validated_and_needs_a_model(tmp_path):
    assert not make_settings(tmp_path).review_assist
    assert not make_settings(tmp_path, CAREPLAN_LLM_REVIEW_ASSIST="1").review_assist  # CAREPLAN_LLM=none
    assert make_settings(tmp_path, CAREPLAN_LLM="ollama", CAREPLAN_LLM_MODEL="m",
                         CAREPLAN_LLM_REVIEW_ASSIST="1").review_assist
    with pytest.raises(SettingsError, match="CAREPLAN_LLM_REVIEW_ASSIST"):
        make_settings(tmp_path, CAREPLAN_LLM_REVIEW_ASSIST="yes")


def test_personal_items_are_replaced_before_sending_and_restored_after(tmp_path, monkeypatch, capsys):
    plan = "利用者名：山田 花子 様\n電話番号：03-1234-5678\n" + PLAN
    path = tmp_path / "plan.txt"
    path.write_text(plan, encoding="utf-8")
    reply = json.dumps({"findings": [{"check_id": "R01", "advice": [
        _sentence("〔利用者〕さんご本人の言葉を、長女の「一人暮らしが心配」とは別に書いてみてください。", ["一人暮らしが心配"])]}]},
        ensure_ascii=False)
    with ScriptedModelServer([Scripted(reply)]) as server:
        got = _cli_review(monkeypatch, capsys, str(path), **_assist_env(server), CAREPLAN_LLM_PSEUDONYMISE="always")
        body = json.dumps(server.requests[0], ensure_ascii=False)
    assert "山田" not in body and "花子" not in body and "03-1234-5678" not in body and "〔利用者〕" in body
    assert _assisted(got)["R01"]["advice"].startswith("山田 花子さんご本人の言葉を")


def _finding_view(view: str, check_id: str) -> str:
    start = view.index(f'id="finding-{check_id}"')
    end = view.find('<div class="finding ', start)
    return view[start:end if end != -1 else len(view)]


def test_the_app_shows_the_phrasing_under_its_finding_marked_as_the_models(tmp_path, corpus):
    review = ReviewEngine.offline(corpus).review(PLAN, municipality="suginami", mode="supervision")
    with ScriptedModelServer([Scripted(FAITHFUL), Scripted(status=500)]) as server:
        backend = open_backend(make_settings(tmp_path, **_assist_env(server)))
        assisted = assist_review(review, corpus, backend, timeout=1)
        failed = assist_review(review, corpus, backend, timeout=1)
    assert review.assist is None and assisted.findings == review.findings  # a copy; the offline review untouched
    view = findings_html(assisted, corpus)
    r04 = _finding_view(view, "R04")
    offline_r04 = next(f for f in review.findings if f.check_id == "R04")
    assert "モデル（ollama: scripted-ja）による言い換えです。ガイドラインの文言ではありません。" in r04
    assert html.escape(R04_ADVICE) in r04 and html.escape(R04_QUESTION) in r04
    assert html.escape(offline_r04.advice) in r04 and "根拠（クリックで条文を表示）" in r04  # the offline text stays
    assert "言い換え" not in _finding_view(view, "R03")
    failed_view = findings_html(failed, corpus)
    assert "HTTP 500" in failed_view and "による言い換えです" not in failed_view


def test_the_app_review_endpoint_carries_the_phrasing_and_falls_back(app_url, app_home):
    replies = [Scripted(FAITHFUL), Scripted(INVENTED_ID), Scripted(BAD_QUOTE), Scripted(MALFORMED),
               Scripted(status=500), Scripted(FAITHFUL, delay=3)]
    offline = Client(app_url, verbose=False).predict(PLAN, "suginami", "supervision", api_name="/review")
    with ScriptedModelServer(replies) as server:
        env = _assist_env(server, "openai")
        with running_app(app_home, **env) as url:  # the index app_url built is reused
            client = Client(url, verbose=False)
            got = [client.predict(PLAN, "suginami", "supervision", api_name="/review") for _ in replies]
    assert "assist" not in offline
    for review in got:
        _assert_findings_unchanged(review, offline)
    faithful, invented, bad_quote, malformed, error, late = got
    assert faithful["assist"]["model"] == "openai: scripted-ja" and set(_assisted(faithful)) == {"R04", "R01"}
    assert _assisted(faithful)["R04"]["question"] == R04_QUESTION
    assert set(_assisted(invented)) == {"R04"}
    assert "R01" not in _assisted(bad_quote) and "除きました" in bad_quote["assist"]["notice"]
    for failed, why in ((malformed, "JSON"), (error, "HTTP 500"), (late, "1秒以内")):
        assert failed["assist"]["model"] is None and why in failed["assist"]["notice"] and not _assisted(failed)

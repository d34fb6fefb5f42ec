"""The real app on a free port, called through gradio_client as a script would."""

import pytest
from gradio_client import Client

from .conftest import REPO

pytestmark = pytest.mark.slow


def test_ask_endpoint_answers_with_a_citation(app_url):
    client = Client(app_url, verbose=False)
    out = client.predict("利用者の希望を全部ケアプランに入れていいの？", "both", api_name="/ask")
    assert "荒川区ガイドライン 4 自立支援・重度化防止に向けて（第2段落）" in out
    assert "最善のケアプランとは限らない" in out


def test_search_endpoint_filters_by_municipality(app_url):
    client = Client(app_url, verbose=False)
    out = client.predict("公正中立", "suginami", api_name="/search")
    assert "杉並区基本方針 1（3）" in out and "荒川区" not in out


def test_empty_question_gets_a_japanese_message(app_url):
    client = Client(app_url, verbose=False)
    assert "検索する言葉を入力してください" in client.predict("   ", "both", api_name="/ask")


POOR_PLAN = (REPO / "tests" / "fixtures" / "plans" / "poor.txt").read_text(encoding="utf-8")


def test_review_endpoint_returns_findings_with_verified_citations(app_url, corpus):
    client = Client(app_url, verbose=False)
    data = client.predict(POOR_PLAN, "suginami", "supervision", api_name="/review")
    fired = {f["check_id"] for f in data["findings"]}
    assert {"R04", "R05", "R18"} <= fired
    for finding in data["findings"]:
        for citation in finding["citations"]:
            clause = corpus.get(citation["clause_id"])
            assert clause is not None and citation["quote"] in clause.text
        for span in finding["evidence"]:
            assert POOR_PLAN[span["start"]:span["end"]] == span["text"]
    assert data["supervision"] and data["parse"]["form"] == "居宅"


def test_review_endpoint_rejects_an_empty_plan_in_japanese(app_url):
    client = Client(app_url, verbose=False)
    with pytest.raises(Exception, match="ケアプランの本文が空です"):
        client.predict("  ", "both", "care-manager", api_name="/review")


GOOD_PLAN = (REPO / "tests" / "fixtures" / "plans" / "good.txt").read_text(encoding="utf-8")


def test_review_endpoint_in_trainer_mode_returns_the_trace_of_a_plan_with_strengths(app_url):
    """A strength's JSON once asked for a ``checks`` list only the review has: every trainer review
    of a plan with something to praise came back as 「処理中に問題が起きました」 (found by bench_load)."""
    client = Client(app_url, verbose=False)
    data = client.predict(GOOD_PLAN, "both", "trainer", api_name="/review")
    assert data["strengths"], "good.txt has strengths to show"
    for strength in data["strengths"]:
        assert strength["trace"] and "checks" not in strength
    assert {c["check_id"] for c in data["checks"]} >= {"R01", "R18"}
    assert data["trace"]

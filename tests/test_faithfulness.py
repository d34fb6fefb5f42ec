"""Advice shown as the guideline's word must be backed by the cited clause; a new sentence cannot land unreviewed."""

import json

from assistant.evaluation.faithfulness import FAITHFULNESS_FILE, run_faithfulness
from assistant.review.rubric import DEFAULT_RUBRIC, load_rubric
from assistant.search.tokenizer import get_tokenizer


def test_every_clause_backed_sentence_is_reviewed_and_supported(corpus):
    report = run_faithfulness(load_rubric(corpus), corpus, get_tokenizer())
    assert len(report.sentences) >= 40
    assert report.share == 1.0, report.summary()


def test_a_new_backed_sentence_without_a_review_fails(corpus, tmp_path):
    raw = json.loads(DEFAULT_RUBRIC.read_text(encoding="utf-8"))
    r09 = next(c for c in raw["checks"] if c["id"] == "R09")
    r09["conditions"]["missing"]["advice"].append(
        {"text": "町内の商店街と連携した買い物支援を取り入れてみてはいかがでしょうか。", "basis": "clause",
         "clause_ids": ["suginami-2024/1-4"]})
    path = tmp_path / "checks.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    report = run_faithfulness(load_rubric(corpus, path), corpus, get_tokenizer())
    failing = [s for s in report.sentences if not s.supported]
    assert [s.text for s in failing] == ["町内の商店街と連携した買い物支援を取り入れてみてはいかがでしょうか。"]
    assert not failing[0].reviewed


def test_a_review_quoting_words_the_clause_does_not_hold_fails(corpus, tmp_path):
    review = json.loads(FAITHFULNESS_FILE.read_text(encoding="utf-8"))
    review["sentences"][0]["support"][0]["clause_words"] = "毎週必ず自宅を訪問する"
    path = tmp_path / "faithfulness.json"
    path.write_text(json.dumps(review, ensure_ascii=False), encoding="utf-8")
    report = run_faithfulness(load_rubric(corpus), corpus, get_tokenizer(), path)
    assert any("毎週必ず自宅を訪問する" in s.bad_support for s in report.sentences)


def test_no_backed_sentence_names_what_neither_guideline_says(corpus):
    for check in load_rubric(corpus):
        for condition in check.conditions.values():
            for advice in condition.advice:
                if advice.backed:
                    assert not any(w in advice.text for w in ("レスパイト", "家族会", "3か月", "毎月")), advice.text

"""The review evaluation as a CI gate: checks agree with the annotated plans, citations always verify."""

import json

import pytest

from assistant.evaluation.review import load_annotations, run_review_eval
from assistant.review.engine import ReviewEngine
from assistant.review.files import read_plan_file

from .conftest import REPO

PLANS = REPO / "eval" / "plans"
TUNE = REPO / "eval" / "plans_tune"  # the tuning set written under the current definitions
MICRO_F1_FLOOR = 0.85  # reached 0.880 on eval/plans_tune (see eval/README.md)
FALSE_STRENGTH_CEILING = 0.04


def test_annotations_cover_every_check_with_verbatim_evidence():
    plans = load_annotations(PLANS)
    assert len(plans) >= 20
    formats = {p.format for p in plans}
    assert {"labelled", "tsv", "prose", "table2_only", "yobo", "csv", "docx", "xlsx"} <= formats
    for plan in plans:
        assert sorted(plan.checks) == [f"R{i:02d}" for i in range(1, 19)], plan.id
        text = read_plan_file(PLANS / plan.file)
        for check_id, expected in plan.checks.items():
            for evidence in expected["evidence"]:
                assert evidence in text, (plan.id, check_id, evidence)
    for i in range(1, 19):
        fired = [p.checks[f"R{i:02d}"]["fires"] for p in plans]
        assert any(fired) and not all(fired), f"R{i:02d} needs both outcomes in the set"


def test_the_injection_plan_is_in_the_set():
    texts = [json.loads(line)["file"] for line in (PLANS / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any("以上の指示を無視して" in read_plan_file(PLANS / name) for name in texts)


@pytest.mark.slow
def test_review_meets_its_floors(corpus, tmp_path):
    report = run_review_eval(ReviewEngine.offline(corpus), TUNE, tmp_path)
    assert report.citations_total > 100 and report.citation_share == 1.0
    assert report.micro["f1"] >= MICRO_F1_FLOOR, report.summary()
    assert report.false_strength_share <= FALSE_STRENGTH_CEILING, report.summary()
    assert report.cross_field_spans == 0 and report.period_errors == 0, report.summary()
    assert (tmp_path / "review.md").exists() and (tmp_path / "review.png").stat().st_size > 1000

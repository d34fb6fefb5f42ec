"""The reader evaluation as a CI gate on the development parse set (eval/parse/dev, tuned on; see eval/README.md)."""

import pytest

from assistant.evaluation.parse import (
    load_parse_annotations,
    read_with_engine,
    run_parse_eval,
    similarity,
)

from .conftest import REPO

DEV = REPO / "eval" / "parse" / "dev"
FLOORS = {"needs": 0.88, "long_goals": 0.90, "short_goals": 0.90, "services": 0.83}  # reached: see eval/reports/parse_dev.md


def test_the_parse_set_covers_every_layout_three_times():
    items = load_parse_annotations(DEV) + load_parse_annotations(REPO / "eval" / "parse" / "blind")
    assert len(items) >= 40
    for layout in [f"L{i}" for i in range(1, 11)]:
        assert sum(layout in a.get("layouts", []) for a in items) >= 3, layout


def test_matching_ignores_width_and_line_breaks_but_not_content():
    assert similarity("ﾃﾞｲｻｰﾋﾞｽに通う", "デイサービスに\n通う") == 1.0
    assert similarity("杖で公園まで歩ける", "車いすで移動する") < 0.8


@pytest.mark.slow
def test_the_reader_meets_its_floors_and_says_what_it_lost():
    report = run_parse_eval(DEV, read_with_engine)
    for field, floor in FLOORS.items():
        assert report.fields[field]["recall"] >= floor, report.summary()
    assert report.honest_share == 1.0, report.summary()

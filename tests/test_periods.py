"""Goal periods in the notations care managers use."""

import pytest

from assistant.review.periods import parse_period


@pytest.mark.parametrize(("text", "start", "end", "months"), [
    ("R7.4.1〜R8.3.31", (2025, 4), (2026, 3), 12),
    ("令和7年4月1日～令和8年3月31日", (2025, 4), (2026, 3), 12),
    ("2025/4/1～2025/9/30", (2025, 4), (2025, 9), 6),
    ("Ｒ７．４〜Ｒ７．９", (2025, 4), (2025, 9), 6),
    ("令和7年10月〜3月", (2025, 10), (2026, 3), 6),
    ("H31.4〜R1.9", (2019, 4), (2019, 9), 6),
])
def test_dated_periods(text, start, end, months):
    period = parse_period(text)
    assert (period.start, period.end, period.months) == (start, end, months)


@pytest.mark.parametrize(("text", "months"), [("6か月", 6), ("3ヶ月", 3), ("1年", 12), ("３カ月", 3)])
def test_lengths(text, months):
    assert parse_period(text).months == months


@pytest.mark.parametrize("text", ["", "特になし", "未定"])
def test_no_period(text):
    assert parse_period(text) is None


def test_containment():
    long, short, outside = parse_period("R7.4〜R8.3"), parse_period("R7.4〜R7.9"), parse_period("R7.10〜R8.9")
    assert long.contains(short) is True
    assert long.contains(outside) is False
    assert parse_period("6か月").contains(parse_period("12か月")) is False
    assert long.contains(parse_period("6か月")) is True  # lengths compare when only one side is dated
    assert long.contains(parse_period("R7.4〜")) is None  # an open end cannot be compared

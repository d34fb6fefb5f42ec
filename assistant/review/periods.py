"""Goal periods as care managers write them, and how sure the reading is.

R7.4.1〜R8.3.31, 令和7年4月〜9月, 2025/4/1～2026/3/31, R7.4〜R7.9, 6か月, 1年,
3か月後, 令和7年度, 令和7年度上半期／下半期, 〜R8.3まで.  Only what is needed to
compare a short-term period with its long-term one: a start and end month, or a
length in months.  ``certain`` is False when the reading had to guess (an end
only, a length only, a month without its year): such a period is never the
basis of an ``error``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_ERA_BASE = {"r": 2018, "令和": 2018, "h": 1988, "平成": 1988}
_YEAR = r"(?:(?P<era>令和|平成|[RrHh])\s*(?P<ey>\d{1,2}|元)|(?P<y>(?:19|20)\d{2}))"
_DATE = re.compile(_YEAR + r"\s*[年./\-]\s*(?P<m>\d{1,2})(?:\s*[月./\-]\s*(?P<d>\d{1,2})\s*日?)?")
_FISCAL = re.compile(_YEAR + r"\s*年度\s*(?P<half>上半期|下半期|前期|後期)?")
_MONTH_ONLY = re.compile(r"^\s*(?P<m>\d{1,2})\s*月")
# (?<!\d): a long number is entered at its first digit only (same match; without it, quadratic in its length)
_LENGTH = re.compile(r"(?<!\d)(?P<n>\d+(?:\.\d+)?)\s*(?P<u>か月|ヶ月|ヵ月|カ月|ケ月|箇月|ヶ年|年間|年|週間|週)")
_RANGE_SEP = re.compile(r"[〜～~\-－ー―]|から")
_UNTIL = re.compile(r"まで|迄")


@dataclass(frozen=True)
class Period:
    """A goal period: start/end as (year, month) when dated, its length in months, and how sure we are."""

    start: tuple[int, int] | None
    end: tuple[int, int] | None
    months: float | None
    certain: bool = True

    def contains(self, other: Period) -> bool | None:
        """Whether ``other`` lies within this period; ``None`` when it cannot be told."""
        if self.start and self.end and other.start and other.end:
            return self.start <= other.start and other.end <= self.end
        if self.months is not None and other.months is not None:
            return other.months <= self.months
        return None


def _month_index(year: int, month: int) -> int:
    return year * 12 + (month - 1)


def _year(match: re.Match[str]) -> int:
    if match.group("y"):
        return int(match.group("y"))
    era = match.group("era")
    era = era.lower() if era in "RrHh" else era
    ey = match.group("ey")
    return _ERA_BASE[era] + (1 if ey == "元" else int(ey))


def _length(start: tuple[int, int], end: tuple[int, int]) -> float:
    return float(_month_index(*end) - _month_index(*start) + 1)


def parse_period(text: str) -> Period | None:
    """Parse a period cell; ``None`` when it states no period at all."""
    text = unicodedata.normalize("NFKC", text or "")
    if not text.strip():
        return None
    fiscal = _FISCAL.search(text)
    if fiscal and not _DATE.search(text):
        year = _year(fiscal)
        half = fiscal.group("half")
        if half in ("上半期", "前期"):
            start, end = (year, 4), (year, 9)
        elif half in ("下半期", "後期"):
            start, end = (year, 10), (year + 1, 3)
        else:
            start, end = (year, 4), (year + 1, 3)
        return Period(start, end, _length(start, end))
    dates = list(_DATE.finditer(text))
    if dates:
        start = (_year(dates[0]), int(dates[0].group("m")))
        end = (_year(dates[1]), int(dates[1].group("m"))) if len(dates) > 1 else None
        certain = True
        if end is None:
            before = text[: dates[0].start()]
            after = text[dates[0].end():]
            if _RANGE_SEP.search(before) or _UNTIL.match(after.strip()):
                return Period(None, start, None, certain=False)  # 「〜R8.3まで」: an end only
            parts = _RANGE_SEP.split(after, maxsplit=1)
            tail = parts[1] if len(parts) > 1 else ""
            month_only = _MONTH_ONLY.match(tail)
            if month_only:
                month = int(month_only.group("m"))
                end = (start[0] + (1 if month < start[1] else 0), month)
            else:
                certain = False
        if end is not None and end < start:
            return Period(start, end, None, certain=False)
        return Period(start, end, _length(start, end) if end else None, certain=certain)
    length = _LENGTH.search(text)
    if length:
        n = float(length.group("n"))
        unit = length.group("u")
        months = n * 12 if "年" in unit else n / 4.3 if "週" in unit else n
        return Period(None, None, months, certain=False)
    return None

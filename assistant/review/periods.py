"""Goal periods as care managers write them: R7.4.1〜R8.3.31, 令和7年4月〜9月, 2025/4/1～, 6か月.

Only what is needed to compare a short-term period with its long-term one:
a start and end month, or a length in months.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_ERA_BASE = {"r": 2018, "令和": 2018, "h": 1988, "平成": 1988}
_DATE = re.compile(
    r"(?:(?P<era>令和|平成|[RrHh])\s*(?P<ey>\d{1,2}|元)|(?P<y>(?:19|20)\d{2}))\s*[年./\-]\s*(?P<m>\d{1,2})"
    r"(?:\s*[月./\-]\s*(?P<d>\d{1,2})\s*日?)?"
)
_MONTH_ONLY = re.compile(r"^\s*(?P<m>\d{1,2})\s*月")
_LENGTH = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>か月|ヶ月|ヵ月|カ月|ケ月|箇月|ヶ年|年間|年|週間|週)")
_RANGE_SEP = re.compile(r"[〜～~\-－ー―]|から")


@dataclass(frozen=True)
class Period:
    """A goal period: start/end as (year, month) when dated, and its length in months."""

    start: tuple[int, int] | None
    end: tuple[int, int] | None
    months: float | None

    def contains(self, other: "Period") -> bool | None:
        """Whether ``other`` lies within this period; ``None`` when it cannot be told."""
        if self.start and self.end and other.start and other.end:
            return self.start <= other.start and other.end <= self.end
        if self.months is not None and other.months is not None:
            return other.months <= self.months
        return None


def _month_index(year: int, month: int) -> int:
    return year * 12 + (month - 1)


def _date(match: re.Match[str]) -> tuple[int, int]:
    if match.group("y"):
        year = int(match.group("y"))
    else:
        era = match.group("era").lower() if match.group("era") in "RrHh" else match.group("era")
        ey = match.group("ey")
        year = _ERA_BASE[era] + (1 if ey == "元" else int(ey))
    return year, int(match.group("m"))


def parse_period(text: str) -> Period | None:
    """Parse a period cell; ``None`` when it states no period at all."""
    text = unicodedata.normalize("NFKC", text or "")
    if not text.strip():
        return None
    dates = list(_DATE.finditer(text))
    if dates:
        start = _date(dates[0])
        end = _date(dates[1]) if len(dates) > 1 else None
        if end is None:
            parts = _RANGE_SEP.split(text[dates[0].end():], maxsplit=1)
            tail = parts[1] if len(parts) > 1 else ""
            month_only = _MONTH_ONLY.match(tail)
            if month_only:
                month = int(month_only.group("m"))
                end = (start[0] + (1 if month < start[1] else 0), month)
        months = None
        if end:
            months = float(_month_index(*end) - _month_index(*start) + 1)
        return Period(start, end, months)
    length = _LENGTH.search(text)
    if length:
        n = float(length.group("n"))
        unit = length.group("u")
        months = n * 12 if "年" in unit else n / 4.3 if "週" in unit else n
        return Period(None, None, months)
    return None

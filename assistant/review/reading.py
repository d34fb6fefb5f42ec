"""Read a parsed plan the way the checks need it: by field, by pattern, by goal pair.

Every match comes back as a :class:`Span` with offsets into the original
text, so whatever a check points at, the UI can highlight.  When the plan has
no recognised structure (loose notes), the same questions are answered from
the free text, so no input is unreadable to the checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .lexicon import Lexicon
from .periods import Period, parse_period
from .plan import INTENT_FAMILY, INTENT_PERSON, TARGET_LIFE, CarePlan, PlanRow, Span

FREE_TEXT = "自由記述"
# A goal stated in prose: 「長期目標は穏やかに過ごすこと、短期目標も…」「もう一つの目標は、…」.
# The goal is the text after 目標は／目標も／目標： up to the sentence end or the next goal.
_GOAL_STATEMENT = re.compile(
    r"(?P<kind>長期|短期)?目標\s*[①-⑩0-9０-９]?\s*(?:は|も|[：:])\s*、?\s*"
    r"(?P<goal>[^。\n]+?)(?=、\s*(?:長期|短期)?目標|[。\n]|$)"
)


@dataclass(frozen=True)
class Goal:
    """A goal with its kind (長期目標 / 短期目標 / 目標とする生活) and parsed period."""

    kind: str
    span: Span
    period_span: Span | None
    period: Period | None


@dataclass(frozen=True)
class Match:
    """A lexicon hit: the matched words, and the field span it was found in."""

    field: str
    span: Span
    context: Span

    def sentence(self) -> str:
        """The sentence of the field the match sits in (bounded by 。 and line breaks)."""
        text, at = self.context.text, self.span.start - self.context.start
        left = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
        ends = [i for i in (text.find("。", at), text.find("\n", at)) if i >= 0]
        return text[left : min(ends) + 1 if ends else len(text)]


class PlanReader:
    """Pattern and structure queries over one :class:`CarePlan`."""

    def __init__(self, plan: CarePlan, lexicon: Lexicon) -> None:
        self.plan = plan
        self.lexicon = lexicon

    # --- spans by field -------------------------------------------------
    def spans(self, fields: Iterable[str] | None = None) -> list[tuple[str, Span]]:
        """Spans of the given fields/columns (``None``: everything), free text included on request."""
        wanted = None if fields is None else set(fields)
        return [(name, span) for name, span in self.plan.all_spans() if wanted is None or name in wanted]

    def spans_except(self, excluded: Iterable[str]) -> list[tuple[str, Span]]:
        skip = set(excluded)
        return [(name, span) for name, span in self.plan.all_spans() if name not in skip]

    def text_of(self, fields: Iterable[str] | None = None) -> str:
        return "\n".join(span.text for _, span in self.spans(fields))

    # --- pattern search -------------------------------------------------
    def find(self, pattern_name: str, spans: list[tuple[str, Span]]) -> list[Match]:
        """Every hit of a lexicon pattern inside ``spans``, with absolute offsets."""
        pattern = self.lexicon.pattern(pattern_name)
        hits: list[Match] = []
        for name, span in spans:
            for m in pattern.finditer(span.text):
                if m.end() > m.start():
                    start = span.start + m.start()
                    hits.append(Match(name, Span(m.group(0), start, span.start + m.end()), span))
        return hits

    def find_in(self, pattern_name: str, fields: Iterable[str] | None = None) -> list[Match]:
        return self.find(pattern_name, self.spans(fields))

    def has(self, pattern_name: str, text: str) -> bool:
        return bool(self.lexicon.pattern(pattern_name).search(text))

    # --- structure ------------------------------------------------------
    @property
    def structured(self) -> bool:
        return bool(self.plan.rows) or bool(self.plan.fields)

    def intents(self) -> tuple[list[Span], list[Span]]:
        """(本人の意向, 家族の意向) spans, from fields or from speaker-marked free text."""
        person = list(self.plan.field_spans(INTENT_PERSON))
        family = list(self.plan.field_spans(INTENT_FAMILY))
        if person or family:
            return person, family
        for name, span in self.spans():
            if self.has("person_speaker", span.text[:12]):
                person.append(span)
            elif self.has("family_speaker", span.text[:12]):
                family.append(span)
        return person, family

    def goals(self) -> list[Goal]:
        """All distinct goals in text order; from 第2表 rows, 予防プラン fields, or goal lines in free text."""
        goals: list[Goal] = []
        seen: set[tuple[int, int]] = set()
        for row in self.plan.rows:
            for kind, period_column in (("長期目標", "長期目標期間"), ("短期目標", "短期目標期間")):
                span = row.get(kind)
                if span and (span.start, span.end) not in seen:
                    seen.add((span.start, span.end))
                    period_span = row.get(period_column)
                    goals.append(Goal(kind, span, period_span, parse_period(period_span.text) if period_span else None))
        for span in self.plan.field_spans(TARGET_LIFE):
            goals.append(Goal(TARGET_LIFE, span, None, None))
        if not goals:
            goals = self._goals_from_free_text()
        return sorted(goals, key=lambda g: g.span.start)

    def _goals_from_free_text(self) -> list[Goal]:
        goals = []
        for _, span in self.spans([FREE_TEXT]):
            for m in _GOAL_STATEMENT.finditer(span.text):
                text = m.group("goal").rstrip()
                if len(text) < 4:
                    continue
                start = span.start + m.start("goal")
                kind = {"短期": "短期目標", "長期": "長期目標"}.get(m.group("kind") or "", "目標")
                goals.append(Goal(kind, Span(text, start, start + len(text)), None, parse_period(text)))
        return goals

    def goal_pairs(self) -> list[tuple[PlanRow, Span, Span]]:
        """Distinct (row, 長期目標, 短期目標) pairs of 第2表."""
        pairs = []
        seen: set[tuple[int, int]] = set()
        for row in self.plan.rows:
            long, short = row.get("長期目標"), row.get("短期目標")
            if long and short and (short.start, short.end) not in seen:
                seen.add((short.start, short.end))
                pairs.append((row, long, short))
        return pairs

    def service_rows(self) -> list[PlanRow]:
        """Rows that place a service (one per service line)."""
        return [row for row in self.plan.rows if row.get("サービス内容") or row.get("サービス種別")]

    def service_spans(self) -> list[tuple[str, Span]]:
        """Where services are described: 第2表 service columns, else the free text."""
        columns = ("サービス内容", "サービス種別", "事業所", "頻度", "本人のセルフケア", "家族", "インフォーマル")
        spans = self.spans(columns)
        return spans if spans else self.spans([FREE_TEXT])

    def outside_intents(self) -> list[tuple[str, Span]]:
        """Everything except what the person and family said they want."""
        return self.spans_except((INTENT_PERSON, INTENT_FAMILY))

"""The contract every check follows: read the plan, return an :class:`Outcome`.

A check never writes advice or picks clauses: the rubric does that.  It only
says whether it fired, under which condition (the rubric maps conditions to
severities), on which spans of the plan, and what it read and matched on the
way, for the trainer's trace.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from ...search.tokenizer import JapaneseTokenizer
from ..findings import TraceStep
from ..plan import Span
from ..reading import Match, PlanReader

Status = Literal["fired", "satisfied", "not_applicable"]


@dataclass
class Outcome:
    status: Status
    condition: str | None = None
    evidence: list[Span] = field(default_factory=list)
    steps: list[TraceStep] = field(default_factory=list)


@dataclass(frozen=True)
class CheckContext:
    reader: PlanReader
    tokenizer: JapaneseTokenizer


CheckFn = Callable[[CheckContext], Outcome]


class Trace:
    """Collects trace steps while a check runs; ends in one of three outcomes."""

    def __init__(self) -> None:
        self.steps: list[TraceStep] = []

    def read(self, what: str) -> None:
        self.steps.append(TraceStep("read", what))

    def match(self, what: str) -> None:
        self.steps.append(TraceStep("match", what))

    def fired(self, condition: str, evidence: Iterable[Span], why: str) -> Outcome:
        self.steps.append(TraceStep("verdict", f"該当: {why}"))
        return Outcome("fired", condition, dedupe(evidence), self.steps)

    def satisfied(self, evidence: Iterable[Span], why: str) -> Outcome:
        self.steps.append(TraceStep("verdict", f"満たしている: {why}"))
        return Outcome("satisfied", None, dedupe(evidence), self.steps)

    def not_applicable(self, why: str) -> Outcome:
        self.steps.append(TraceStep("verdict", f"判定対象なし: {why}"))
        return Outcome("not_applicable", None, [], self.steps)


def dedupe(spans: Iterable[Span], limit: int = 6) -> list[Span]:
    """Distinct spans in text order, overlapping ones merged into the first, at most ``limit``."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out[:limit]


def quoted(matches: Iterable[Match], limit: int = 5) -> str:
    """「語」（欄） list for trace steps."""
    items = [f"「{m.span.text}」（{m.field}）" for m in matches]
    more = f" ほか{len(items) - limit}件" if len(items) > limit else ""
    return "、".join(items[:limit]) + more if items else "なし"


def field_counts(spans: list[tuple[str, Span]]) -> str:
    counts: dict[str, int] = {}
    for name, _ in spans:
        counts[name] = counts.get(name, 0) + 1
    return "、".join(f"{name} {n}件" for name, n in counts.items()) or "該当する欄なし"


def presence_check(ctx: CheckContext, pattern: str, spans, looked_for: str, found: str, absent: str) -> Outcome:
    """The common shape of "is X written anywhere?" checks: satisfied with the hits, else an absence."""
    trace = Trace()
    hits = ctx.reader.find(pattern, spans)
    trace.match(f"{looked_for}: {quoted(hits)}")
    if hits:
        return trace.satisfied([h.span for h in hits], found)
    return trace.fired("missing", [], absent)

"""The contract every check follows: read the plan through the shared matcher, return an :class:`Outcome`.

A check never writes advice or picks clauses: the rubric does that.  It only
says whether it fired, under which condition (the rubric maps conditions to
severities and advice), on which spans of the plan, and what it read and
matched on the way, for the trainer's trace.  A check that could not read what
it needs says so (``not_run``) — it never passes for want of data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from ...search.tokenizer import JapaneseTokenizer
from ..findings import TraceStep
from ..meaning.view import Mention, PlanView
from ..plan import CarePlan, Span

Status = Literal["fired", "satisfied", "unsure", "not_applicable", "not_run"]


@dataclass
class Outcome:
    status: Status
    condition: str | None = None
    evidence: list[Span] = field(default_factory=list)
    steps: list[TraceStep] = field(default_factory=list)
    reason: str = ""  # why the check did not run, in Japanese


@dataclass(frozen=True)
class CheckContext:
    view: PlanView
    tokenizer: JapaneseTokenizer
    similarity: Callable[[str, str], float] | None = None  # dense similarity of two goals (optional)

    @property
    def plan(self) -> CarePlan:
        return self.view.plan


CheckFn = Callable[[CheckContext], Outcome]


class Trace:
    """Collects trace steps while a check runs; ends in one of five outcomes."""

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

    def unsure(self, why: str) -> Outcome:
        """No defect found, but the positive evidence is too thin to name a strength: say nothing."""
        self.steps.append(TraceStep("verdict", f"指摘なし・「できていること」には挙げません: {why}"))
        return Outcome("unsure", None, [], self.steps)

    def not_applicable(self, why: str) -> Outcome:
        self.steps.append(TraceStep("verdict", f"判定対象なし: {why}"))
        return Outcome("not_applicable", None, [], self.steps)

    def not_run(self, why: str) -> Outcome:
        self.steps.append(TraceStep("verdict", f"判定していません: {why}"))
        return Outcome("not_run", None, [], self.steps, reason=why)


def dedupe(spans: Iterable[Span | None], limit: int = 6) -> list[Span]:
    """Distinct spans in text order, overlapping ones merged into the first, at most ``limit``."""
    out: list[Span] = []
    for span in sorted((s for s in spans if s is not None), key=lambda s: (s.start, -s.end)):
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out[:limit]


def listed(mentions: Iterable[Mention], limit: int = 5) -> str:
    """「語」（欄・否定…） list for trace steps."""
    items = [m.describe() for m in mentions]
    more = f" ほか{len(items) - limit}件" if len(items) > limit else ""
    return "、".join(items[:limit]) + more if items else "なし"


def asserted(mentions: Iterable[Mention]) -> list[Mention]:
    return [m for m in mentions if m.asserted]


def presence(ctx: CheckContext, trace: Trace, pattern: str, looked_for: str) -> tuple[list[Mention], list[Mention]]:
    """(asserted mentions where the plan places things, all mentions) of a pattern, traced."""
    view = ctx.view
    everywhere = view.mentions(pattern)
    placed = [m for m in everywhere if m.group in view.placed_groups() and m.asserted]
    trace.match(f"{looked_for}: {listed(everywhere)}")
    return placed, everywhere

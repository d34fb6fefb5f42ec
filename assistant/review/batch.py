"""Many plans at once (a municipality's ケアプラン点検): which checks fire how often."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .findings import Review
from .rubric import Rubric


@dataclass
class BatchSummary:
    plans: int
    failed: dict[str, str] = field(default_factory=dict)
    fired: Counter[str] = field(default_factory=Counter)
    severities: Counter[str] = field(default_factory=Counter)

    def to_dict(self, rubric: Rubric) -> dict[str, Any]:
        return {
            "plans": self.plans,
            "failed": self.failed,
            "checks": [
                {"check_id": c.id, "name": c.name, "fired": self.fired[c.id],
                 "share": round(self.fired[c.id] / self.plans, 3) if self.plans else 0.0}
                for c in rubric
            ],
            "severities": dict(self.severities),
        }

    def text(self, rubric: Rubric) -> str:
        reviewed = self.plans - len(self.failed)
        lines = [f"点検したプラン: {reviewed} 件" + (f"（読み込めなかったもの {len(self.failed)} 件）" if self.failed else ""),
                 "チェック項目ごとの指摘件数:"]
        for check in rubric:
            n = self.fired[check.id]
            bar = "■" * n
            lines.append(f"  {check.id} {check.name:<20} {n:>3} 件 {bar}")
        for name, message in self.failed.items():
            lines.append(f"  × {name}: {message}")
        return "\n".join(lines)


def summarize(reviews: dict[str, Review], failed: dict[str, str]) -> BatchSummary:
    summary = BatchSummary(plans=len(reviews) + len(failed), failed=dict(failed))
    for review in reviews.values():
        summary.fired.update({f.check_id for f in review.findings})
        summary.severities.update(f.severity for f in review.findings)
    return summary

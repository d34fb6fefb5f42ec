"""What the reader understood, as the table a care manager would draw: ニーズ → 目標 → サービス.

Shown first in the 「読み取り結果」 panel (and given in the JSON ``parse.table``),
so the user can see at a glance what was read and what was not.
"""

from __future__ import annotations

from typing import Any

from .plan import CarePlan, PlanRow, Span


def _text(span: Span | None) -> str:
    return span.text if span else ""


def plan_table(plan: CarePlan) -> list[dict[str, Any]]:
    """Needs in order, each with its goals and the supports placed under them."""
    needs: list[dict[str, Any]] = []
    by_need: dict[tuple, dict[str, Any]] = {}
    by_goal: dict[tuple, dict[str, Any]] = {}
    for row in plan.rows:
        need_span = row.get("ニーズ")
        need_key = (need_span.start, need_span.end) if need_span else ("none",)
        need = by_need.get(need_key)
        if need is None:
            need = {"need": _text(need_span), "goals": []}
            by_need[need_key] = need
            needs.append(need)
        goal_key = (need_key, _key(row.get("長期目標")), _key(row.get("短期目標")))
        goal = by_goal.get(goal_key)
        if goal is None:
            goal = {"long_goal": row.text("長期目標"), "long_period": row.text("長期目標期間"),
                    "short_goal": row.text("短期目標"), "short_period": row.text("短期目標期間"), "services": []}
            by_goal[goal_key] = goal
            need["goals"].append(goal)
        if row.get("サービス内容") or row.get("サービス種別"):
            goal["services"].append(_service(row))
    return needs


def _key(span: Span | None) -> tuple:
    return (span.start, span.end) if span else ()


def _service(row: PlanRow) -> dict[str, str]:
    return {"content": row.text("サービス内容"), "type": row.text("サービス種別"), "provider": row.text("事業所"),
            "frequency": row.value("頻度"), "period": row.text("サービス期間"), "role": row.role}

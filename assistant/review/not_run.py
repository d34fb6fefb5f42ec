"""Saying plainly what was not judged, and why — first, in every mode.

When the reader could not read the needs, goals or services, the checks that
need them do not run; the review says so before any finding, in plain Japanese,
naming the checks (「第2表の目標・期間・サービスを読み取れなかったため、R04〜R06・R17・R18 は
判定していません。表の形を確認してください。」).  It never claims that everything was checked.
"""

from __future__ import annotations

from typing import Any


def _ids(ids: list[str]) -> str:
    """R04, R05, R06, R18 → R04〜R06・R18."""
    numbers = sorted(int(i[1:]) for i in ids)
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return "・".join(f"R{r[0]:02d}" if len(r) == 1 else (f"R{r[0]:02d}・R{r[1]:02d}" if len(r) == 2 else
                                                         f"R{r[0]:02d}〜R{r[-1]:02d}") for r in runs)


def not_run_notice(not_run: dict[str, str], parse: dict[str, Any]) -> list[str]:
    """One Japanese sentence per reason, most important first."""
    if not not_run:
        return []
    by_reason: dict[str, list[str]] = {}
    for check_id, reason in not_run.items():
        by_reason.setdefault(reason, []).append(check_id)
    lost = [name for key, name in (("long_goals", "目標"), ("services", "サービス")) if not parse.get(key)]
    if not parse.get("needs") and parse.get("rows") == 0:
        lost.insert(0, "ニーズ")
    notices = []
    structure = [cid for reason, ids in by_reason.items() if "第1表" not in reason for cid in ids]
    if structure:
        what = "・".join(lost) if lost else "目標・期間・サービスの一部"
        notices.append(f"第2表の{what}を読み取れなかったため、{_ids(structure)} は判定していません。"
                       "表の形（見出しの行、区切り）を確認してください。「読み取り結果」で何を読んだかを確かめられます。")
    first = [cid for reason, ids in by_reason.items() if "第1表" in reason for cid in ids]
    if first:
        notices.append(f"第1表（意向・総合的な援助の方針）が貼り付けられていないため、{_ids(first)} は判定していません。")
    return notices

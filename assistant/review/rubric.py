"""The review rubric (``assistant/data/rubric/checks.json``): what each check looks for, per condition, and what it rests on.

The rubric is data so that a chief care manager can read and change it
without reading code.  Each condition a check can report has its own
severity, advice and supervision question.  Every advice sentence says where
it comes from: ``clause`` (stated by the cited clauses; shown under 「根拠」)
or ``practice`` (good practice the guidelines do not state; shown apart as
「実践のヒント」).  A rule whose only source is outside the two guidelines (the
national 記載要領) carries a ``form_rule`` sentence and cites no clause.

Loading verifies every cited clause with the same verifier the rest of the
product uses: a rubric that cites a missing clause, misquotes one, or backs a
sentence with a clause the check does not cite, does not load.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..guidelines.citations import Citation, cite
from ..guidelines.corpus import Corpus
from ..resources import RUBRIC_DIR

DEFAULT_RUBRIC = RUBRIC_DIR / "checks.json"
BASES = ("clause", "practice")


class RubricError(ValueError):
    """The rubric file is malformed or cites something the corpus does not contain."""


@dataclass(frozen=True)
class Advice:
    """One advice sentence and its basis: ``clause`` (with the clause ids that state it) or ``practice``."""

    text: str
    basis: str
    clause_ids: tuple[str, ...] = ()

    @property
    def backed(self) -> bool:
        return self.basis == "clause"

    def to_dict(self) -> dict:
        return {"text": self.text, "basis": self.basis, "clause_ids": list(self.clause_ids)}


@dataclass(frozen=True)
class Condition:
    severity: str
    advice: tuple[Advice, ...]
    question: str
    question_basis: str = "practice"
    form_rule: str | None = None
    citations: tuple[Citation, ...] | None = None  # overrides the check's citations (``()`` = none)


@dataclass(frozen=True)
class Check:
    """One rubric entry."""

    id: str
    name: str
    group: str
    looks_for: str
    fields: tuple[str, ...]
    citations: tuple[Citation, ...]
    conditions: dict[str, Condition]
    strength: str
    priority: int  # the supervision sheet's order among findings of one severity (1 first)

    def condition(self, name: str) -> Condition:
        try:
            return self.conditions[name]
        except KeyError as exc:
            raise RubricError(f"{self.id}: ルーブリックに条件「{name}」がありません") from exc

    def citations_for(self, municipality: str, condition: str | None = None) -> tuple[list[Citation], str | None]:
        """Citations of the chosen municipality; the other's, with a note, when it has none.

        Some checks rest on one guideline only (R12 on 荒川区, R17 mainly on
        杉並区).  Dropping the finding would hide a real issue, so the other
        guideline is cited and the note says why.  A form rule cites nothing.
        """
        own_citations = self.citations
        if condition is not None and self.conditions.get(condition) and self.conditions[condition].citations is not None:
            own_citations = self.conditions[condition].citations
        if not own_citations:
            return [], None
        if municipality in ("both", "", None):
            return list(own_citations), None
        own = [c for c in own_citations if c.clause_id.startswith(_PREFIX[municipality])]
        if own:
            return own, None
        other = "杉並区基本方針" if municipality == "arakawa" else "荒川区ガイドライン"
        chosen = "荒川区ガイドライン" if municipality == "arakawa" else "杉並区基本方針"
        return list(own_citations), f"{chosen}にはこの点の直接の記載がないため、{other}を参考として示します。"

    @property
    def severity(self) -> dict[str, str]:
        return {name: c.severity for name, c in self.conditions.items()}


_PREFIX = {"arakawa": "arakawa-", "suginami": "suginami-"}
_SEVERITIES = {"error", "warning", "info"}


@dataclass(frozen=True)
class Rubric:
    version: str
    checks: dict[str, Check]

    def __iter__(self):
        return iter(self.checks.values())


def _citations(check_id: str, refs: list[dict], corpus: Corpus) -> tuple[Citation, ...]:
    citations = []
    for ref in refs:
        clause = corpus.get(ref["clause_id"])
        if clause is None:
            raise RubricError(f"{check_id}: 存在しない条文IDです: {ref['clause_id']}")
        try:
            citations.append(cite(clause, ref["quote"], corpus))
        except ValueError as exc:
            raise RubricError(f"{check_id}: {exc}") from exc
    return tuple(citations)


def _condition(check_id: str, name: str, raw: dict, cited: set[str], corpus: Corpus) -> Condition:
    if raw.get("severity") not in _SEVERITIES:
        raise RubricError(f"{check_id}/{name}: 不明な重大度 {raw.get('severity')!r}")
    own = _citations(f"{check_id}/{name}", raw["clauses"], corpus) if "clauses" in raw else None
    allowed = {c.clause_id for c in own} if own is not None else cited
    advice = []
    for item in raw["advice"]:
        basis = item.get("basis")
        if basis not in BASES:
            raise RubricError(f"{check_id}/{name}: 助言の根拠は clause か practice です: {item.get('text', '')[:20]}")
        ids = tuple(item.get("clause_ids", ()))
        if basis == "clause" and (not ids or not set(ids) <= allowed):
            raise RubricError(f"{check_id}/{name}: 条文に基づく助言は、この項目が引用する条文を示してください: {item['text'][:30]}")
        advice.append(Advice(item["text"], basis, ids))
    if own == () and any(a.backed for a in advice):
        raise RubricError(f"{check_id}/{name}: 条文を引用しない条件に、条文に基づく助言は置けません")
    return Condition(raw["severity"], tuple(advice), raw["question"], raw.get("question_basis", "practice"),
                     raw.get("form_rule"), own)


def _priority(check_id: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise RubricError(f"{check_id}: priority は 1 以上の整数で書いてください（スーパービジョンシートの順）: {value!r}")
    return value


def load_rubric(corpus: Corpus, path: Path = DEFAULT_RUBRIC) -> Rubric:
    """Read and verify the rubric; raises :class:`RubricError` with the offending check id."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RubricError(f"ルーブリックを読み込めません: {path} ({exc})") from exc
    checks: dict[str, Check] = {}
    for entry in raw["checks"]:
        check_id = entry["id"]
        citations = _citations(check_id, entry["clauses"], corpus)
        cited = {c.clause_id for c in citations}
        conditions = {name: _condition(check_id, name, body, cited, corpus)
                      for name, body in entry["conditions"].items()}
        checks[check_id] = Check(
            id=check_id, name=entry["name"], group=entry["group"], looks_for=entry["looks_for"],
            fields=tuple(entry["fields"]), citations=citations, conditions=conditions, strength=entry["strength"],
            priority=_priority(check_id, entry.get("priority")),
        )
    return Rubric(raw.get("version", "2"), checks)

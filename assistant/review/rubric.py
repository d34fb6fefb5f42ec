"""The review rubric (``rubric/checks.json``): what each check looks for and what it rests on.

The rubric is data so that a chief care manager can read and change it
without reading code.  Loading it verifies every cited clause against the
corpus with the same verifier the rest of the product uses: a rubric that
cites a clause that does not exist, or misquotes one, does not load.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..guidelines.citations import Citation, cite
from ..guidelines.corpus import Corpus
from ..settings import PROJECT_ROOT

DEFAULT_RUBRIC = PROJECT_ROOT / "rubric" / "checks.json"


class RubricError(ValueError):
    """The rubric file is malformed or cites something the corpus does not contain."""


@dataclass(frozen=True)
class Check:
    """One rubric entry; ``severity`` maps a condition the check reports to error/warning/info."""

    id: str
    name: str
    group: str
    looks_for: str
    fields: tuple[str, ...]
    citations: tuple[Citation, ...]
    severity: dict[str, str]
    advice: str
    question: str
    strength: str

    def citations_for(self, municipality: str) -> tuple[list[Citation], str | None]:
        """Citations of the chosen municipality; the other's, with a note, when it has none.

        Some checks rest on one guideline only (R12 on 荒川区, R17 mainly on
        杉並区).  Dropping the finding would hide a real issue, so the other
        guideline is cited and the note says why.
        """
        if municipality in ("both", "", None):
            return list(self.citations), None
        own = [c for c in self.citations if c.clause_id.startswith(_PREFIX[municipality])]
        if own:
            return own, None
        other = "杉並区基本方針" if municipality == "arakawa" else "荒川区ガイドライン"
        chosen = "荒川区ガイドライン" if municipality == "arakawa" else "杉並区基本方針"
        return list(self.citations), f"{chosen}にはこの点の直接の記載がないため、{other}を参考として示します。"


_PREFIX = {"arakawa": "arakawa-", "suginami": "suginami-"}
_SEVERITIES = {"error", "warning", "info"}


@dataclass(frozen=True)
class Rubric:
    version: str
    checks: dict[str, Check]

    def __iter__(self):
        return iter(self.checks.values())


def load_rubric(corpus: Corpus, path: Path = DEFAULT_RUBRIC) -> Rubric:
    """Read and verify the rubric; raises :class:`RubricError` with the offending check id."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RubricError(f"ルーブリックを読み込めません: {path} ({exc})") from exc
    checks: dict[str, Check] = {}
    for entry in raw["checks"]:
        check_id = entry["id"]
        citations = []
        for ref in entry["clauses"]:
            clause = corpus.get(ref["clause_id"])
            if clause is None:
                raise RubricError(f"{check_id}: 存在しない条文IDです: {ref['clause_id']}")
            try:
                citations.append(cite(clause, ref["quote"], corpus))
            except ValueError as exc:
                raise RubricError(f"{check_id}: {exc}") from exc
        bad = set(entry["severity"].values()) - _SEVERITIES
        if bad:
            raise RubricError(f"{check_id}: 不明な重大度 {sorted(bad)}")
        checks[check_id] = Check(
            id=check_id,
            name=entry["name"],
            group=entry["group"],
            looks_for=entry["looks_for"],
            fields=tuple(entry["fields"]),
            citations=tuple(citations),
            severity=dict(entry["severity"]),
            advice=entry["advice"],
            question=entry["question"],
            strength=entry["strength"],
        )
    return Rubric(raw.get("version", "1"), checks)

"""Rubric citations for a municipality taken in: ``CAREPLAN_HOME/rubric/<自治体ID>.json``.

The shipped rubric cites 荒川区 and 杉並区 only, and it comes with the code.  A
user who took in their own guideline (``careplan-assistant ingest``) names, per
check, which of its clauses the check rests on, in a small file beside their
guidelines::

    {"checks": {"R01": [{"clause_id": "kaede-2025-04-01/c1-1", "quote": "本人の意思を…"}]}}

Each citation passes the same verifier as the shipped rubric's: the clause must
exist, belong to that municipality's documents, and hold the quote verbatim.  A
file that fails is not used at all (the review says why, in Japanese, and cites
the shipped guidelines), so a half-checked file never reaches a finding.  A
check the file does not name falls back to the shipped citations, and the
finding says so (:func:`citations_for`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..guidelines.citations import Citation, cite
from ..guidelines.corpus import MUNICIPALITIES, Corpus
from .rubric import Check, Rubric


class LocalCitationError(ValueError):
    """One rubric file under ``CAREPLAN_HOME/rubric/`` that cannot be used; the message names the problem."""


@dataclass(frozen=True)
class LocalCitations:
    """The verified citations of every usable file, and why each unusable one was left out."""

    by_municipality: Mapping[str, Mapping[str, tuple[Citation, ...]]] = field(default_factory=dict)
    problems: Mapping[str, str] = field(default_factory=dict)  # municipality → the Japanese reason

    def for_check(self, municipality: str, check_id: str) -> tuple[Citation, ...]:
        return self.by_municipality.get(municipality, {}).get(check_id, ())


def load_local_citations(folder: Path | None, rubric: Rubric, corpus: Corpus) -> LocalCitations:
    """Read every ``*.json`` in ``folder`` (missing: none); a bad file is reported, never raised."""
    if folder is None or not folder.is_dir():
        return LocalCitations()
    usable: dict[str, dict[str, tuple[Citation, ...]]] = {}
    problems: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            usable[path.stem] = read_local_citations(path, rubric, corpus)
        except LocalCitationError as exc:
            problems[path.stem] = str(exc)
    return LocalCitations(usable, problems)


def read_local_citations(path: Path, rubric: Rubric, corpus: Corpus) -> dict[str, tuple[Citation, ...]]:
    """One file's citations by check id, each verified; raises :class:`LocalCitationError` naming the problem."""
    municipality = path.stem
    where = f"根拠ファイル {path.name}"
    if municipality in MUNICIPALITIES:
        raise LocalCitationError(f"{where}: 組み込みの自治体（{municipality}）の根拠は変えられません。"
                                 "取り込んだ資料の自治体ID をファイル名にしてください。")
    if municipality not in corpus.municipalities():
        raise LocalCitationError(f"{where}: 自治体ID「{municipality}」の資料が取り込まれていません"
                                 "（careplan-assistant corpus list で確かめてください）。")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise LocalCitationError(f"{where} を読めません（{exc}）。") from exc
    except json.JSONDecodeError as exc:
        raise LocalCitationError(f"{where} は JSON の形式が正しくありません（{exc.lineno} 行目）。") from exc
    checks = raw.get("checks") if isinstance(raw, dict) else None
    if not isinstance(checks, dict) or not checks:
        raise LocalCitationError(f"{where}: 「checks」に、チェック項目ID（R01 など）ごとの条文の一覧を書いてください。")
    return {check_id: _check_citations(where, check_id, refs, municipality, rubric, corpus)
            for check_id, refs in checks.items()}


def _check_citations(where: str, check_id: str, refs: object, municipality: str, rubric: Rubric,
                     corpus: Corpus) -> tuple[Citation, ...]:
    if check_id not in rubric.checks:
        raise LocalCitationError(f"{where}: チェック項目「{check_id}」はありません（{min(rubric.checks)}〜{max(rubric.checks)}）。")
    if not isinstance(refs, list) or not refs:
        raise LocalCitationError(f"{where}: {check_id} には条文を 1 つ以上、"
                                 '[{"clause_id": …, "quote": …}] の形で書いてください。')
    citations = []
    for ref in refs:
        if not isinstance(ref, dict) or not isinstance(ref.get("clause_id"), str) or not isinstance(ref.get("quote"), str):
            raise LocalCitationError(f"{where}: {check_id} の条文は clause_id と quote を文字列で書いてください。")
        clause = corpus.get(ref["clause_id"])
        if clause is None:
            raise LocalCitationError(f"{where}: {check_id} の条文ID「{ref['clause_id']}」はありません。")
        if clause.municipality != municipality:
            raise LocalCitationError(f"{where}: {check_id} の条文「{clause.id}」は自治体「{municipality}」の資料の条文ではありません。")
        try:
            citations.append(cite(clause, ref["quote"], corpus))
        except ValueError as exc:
            raise LocalCitationError(f"{where}: {check_id}: {exc}。引用は条文の本文をそのまま写してください。") from exc
    return tuple(citations)


def citations_for(check: Check, municipality: str, condition: str | None, local: LocalCitations,
                  corpus: Corpus) -> tuple[list[Citation], str | None]:
    """What a check cites for ``municipality``, and the note a finding shows when it is not that municipality's.

    A shipped municipality (or both) is the rubric's own choice.  A municipality taken
    in cites what its file names for the check; with nothing named (or an unusable
    file), the shipped citations stand in, as a check resting on one shipped guideline
    already does for the other, and the note says so.  A form rule cites nothing anywhere.
    """
    if municipality in ("both", *MUNICIPALITIES):
        return check.citations_for(municipality, condition)
    shipped, _ = check.citations_for("both", condition)
    if not shipped:
        return [], None
    own = local.for_check(municipality, check.id)
    if own:
        return list(own), None
    names = corpus.municipality_names()
    cited = "・".join(dict.fromkeys(names[clause.municipality] for c in shipped
                                     if (clause := corpus.get(c.clause_id)) is not None))
    why = ("根拠ファイルが使えない" if municipality in local.problems
           else "根拠ファイルにこの項目の条文が指定されていない")
    return shipped, (f"{names.get(municipality, municipality)}の資料は、{why}ため、{cited}のガイドラインの条文を"
                     "参考として示します。")

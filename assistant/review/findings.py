"""What a review produces: findings, strengths and the reasoning trace.

This is the product's machine interface (``--json``, the ``review`` API
endpoint, municipal batch 点検), so field names are stable and documented in
the README.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ..guidelines.citations import Citation
from .plan import Span
from .rubric import Advice

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}
SEVERITY_LABELS: dict[str, str] = {"error": "要修正", "warning": "要検討", "info": "確認・検討"}
# How a check can end (checks/base.py), as the trainer's trace and the review's verdict lines say it.
STATUS_LABELS: dict[str, str] = {
    "fired": "指摘あり", "satisfied": "満たしている",
    "unsure": "指摘なし（根拠が弱いため、できていることには挙げない）", "not_applicable": "判定対象なし",
    "not_run": "読み取れなかったため判定していません",
}
Mode = Literal["care-manager", "supervision", "trainer"]
MODES: tuple[str, ...] = ("care-manager", "supervision", "trainer")


@dataclass(frozen=True)
class TraceStep:
    """One step of the trainer's reasoning trace: what was read, what matched, why."""

    stage: str  # "parse" | "read" | "match" | "verdict" | "retrieval" | "clause"
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"stage": self.stage, "text": self.text}


@dataclass(frozen=True)
class RetrievalEvidence:
    """How retrieval ranks a cited clause for the check's query (trainer mode)."""

    clause_id: str
    query: str
    rank: int | None
    score: float | None
    lexical_score: float | None
    dense_score: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"clause_id": self.clause_id, "query": self.query, "rank": self.rank, "score": self.score,
                "lexical_score": self.lexical_score, "dense_score": self.dense_score}


@dataclass
class Finding:
    """A check that fired: the plan text it is about, advice, and the clauses it rests on.

    ``advice_parts`` keeps each advice sentence with its basis: clause-backed
    sentences are the guideline's word (shown under 「根拠」); practice sentences
    are shown apart as 「実践のヒント」.  ``form_rule`` marks a finding that rests on
    the national 記載要領 rather than on either guideline.
    """

    check_id: str
    name: str
    severity: Severity
    evidence: list[Span]
    advice_parts: list[Advice]
    citations: list[Citation]
    question: str
    group: str = ""
    citation_note: str | None = None
    condition: str = ""
    form_rule: str | None = None
    trace: list[TraceStep] = field(default_factory=list)
    retrieval: list[RetrievalEvidence] = field(default_factory=list)
    question_basis: str = "practice"  # "clause" when the cited clauses themselves ask it
    priority: int = 0  # the rubric's order for the supervision sheet (1 first)

    @property
    def advice(self) -> str:
        """The clause-backed advice (the guideline's word)."""
        return "".join(a.text for a in self.advice_parts if a.backed)

    @property
    def tips(self) -> list[str]:
        """Practice suggestions the cited clauses do not state."""
        return [a.text for a in self.advice_parts if not a.backed]

    def to_dict(self, *, with_trace: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "check_id": self.check_id,
            "name": self.name,
            "severity": self.severity,
            "condition": self.condition,
            "evidence": [s.to_dict() for s in self.evidence],
            "advice": self.advice,
            "practice_tips": self.tips,
            "citations": [c.to_dict() for c in self.citations],
            "question": self.question,
            "group": self.group,
        }
        if self.citation_note:
            data["citation_note"] = self.citation_note
        if self.form_rule:
            data["form_rule"] = self.form_rule
        if with_trace:
            data["trace"] = [t.to_dict() for t in self.trace]
            data["retrieval"] = [r.to_dict() for r in self.retrieval]
        return data


@dataclass
class Strength:
    """A check the plan satisfies, with the text that shows it."""

    check_id: str
    name: str
    note: str
    evidence: list[Span]
    citations: list[Citation]
    trace: list[TraceStep] = field(default_factory=list)

    def to_dict(self, *, with_trace: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "check_id": self.check_id,
            "name": self.name,
            "note": self.note,
            "evidence": [s.to_dict() for s in self.evidence],
            "citations": [c.to_dict() for c in self.citations],
        }
        if with_trace:
            data["trace"] = [t.to_dict() for t in self.trace]
        return data


@dataclass(frozen=True)
class CheckRecord:
    """How one rubric check ended for this plan and why.

    Findings and strengths tell only about the checks that fired or earned
    praise; a trainer also needs the checks that passed quietly or could not
    run, each with its reason, to see what the review did and did not judge.
    """

    check_id: str
    name: str
    status: str  # a key of STATUS_LABELS
    reason: str
    steps: list[TraceStep] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def to_dict(self) -> dict[str, Any]:
        return {"check_id": self.check_id, "name": self.name, "status": self.status, "reason": self.reason,
                "trace": [t.to_dict() for t in self.steps]}


@dataclass(frozen=True)
class AssistSentence:
    """One sentence of a model's phrasing that passed the verifier, with the evidence that let it pass."""

    text: str
    citations: tuple[Citation, ...] = ()
    plan_quotes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "citations": [c.to_dict() for c in self.citations],
                "plan_quotes": list(self.plan_quotes)}


@dataclass(frozen=True)
class Phrasing:
    """A model's wording of one finding for this plan (review assist): shown beside the offline advice, never
    instead of it, because it is the model's phrasing and not the guideline's word."""

    advice: tuple[AssistSentence, ...]
    question: tuple[AssistSentence, ...] = ()

    def to_dict(self, model: str) -> dict[str, Any]:
        return {"model": model, "advice": "".join(s.text for s in self.advice) or None,
                "question": "".join(s.text for s in self.question) or None,
                "advice_sentences": [s.to_dict() for s in self.advice],
                "question_sentences": [s.to_dict() for s in self.question]}


@dataclass(frozen=True)
class ReviewAssist:
    """What review assist (``CAREPLAN_LLM_REVIEW_ASSIST``) added to a review: phrasings by finding id.

    ``model`` is None when the model gave nothing usable; ``notice`` then says
    why in one Japanese line (and, when the model answered, what was dropped).
    The findings themselves are never touched: an id not among them has no
    phrasing, a finding without one keeps only its offline text.
    """

    model: str | None
    notice: str | None = None
    phrasings: dict[str, Phrasing] = field(default_factory=dict)

    def phrasing(self, check_id: str) -> Phrasing | None:
        """The finding's phrasing to show, or None: none was verified, or the model's output was not used."""
        return self.phrasings.get(check_id) if self.model is not None else None


@dataclass
class Review:
    """The whole result of reviewing one plan."""

    plan_text: str
    municipality: str
    mode: Mode
    findings: list[Finding]
    strengths: list[Strength]
    parse: dict[str, Any]
    notices: list[str] = field(default_factory=list)
    trace: list[TraceStep] = field(default_factory=list)
    checks: list[CheckRecord] = field(default_factory=list)  # every rubric check, in rubric order
    assist: ReviewAssist | None = None  # the model's phrasing, when review assist is on
    municipality_name: str = ""  # the guideline's name (荒川区, a municipality taken in …); "" from older callers

    def by_severity(self) -> dict[str, list[Finding]]:
        groups: dict[str, list[Finding]] = {s: [] for s in SEVERITY_ORDER}
        for finding in self.findings:
            groups[finding.severity].append(finding)
        return groups

    def to_dict(self) -> dict[str, Any]:
        with_trace = self.mode == "trainer"
        data: dict[str, Any] = {
            "municipality": self.municipality,
            "mode": self.mode,
            "findings": [f.to_dict(with_trace=with_trace) for f in self.findings],
            "strengths": [s.to_dict(with_trace=with_trace) for s in self.strengths],
            "parse": self.parse,
            "notices": self.notices,
        }
        if self.assist is not None:
            data["assist"] = {"model": self.assist.model, "notice": self.assist.notice}
            for finding in data["findings"]:
                phrasing = self.assist.phrasing(finding["check_id"])
                finding["assist"] = None if phrasing is None else phrasing.to_dict(str(self.assist.model))
        if self.mode == "supervision":
            data["supervision"] = [
                {"group": f.group, "check_id": f.check_id, "name": f.name, "question": f.question}
                for f in self.findings
            ]
        if with_trace:
            data["trace"] = [t.to_dict() for t in self.trace]
            data["checks"] = [c.to_dict() for c in self.checks]
        return data

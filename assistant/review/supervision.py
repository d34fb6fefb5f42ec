"""The supervision sheet: what a 主任介護支援専門員 takes into a supervision interview, on one page.

A list of every question by theme is not something to talk through in thirty
minutes.  The sheet picks the three questions that matter most for this plan
(by severity, then the rubric's ``priority``), ties each to the plan's own
words and to the clause behind the finding, then lists what to acknowledge —
only the strengths the engine found with positive evidence in the plan, never
praise it did not verify — and the remaining questions by theme.

Every quote is verbatim: a plan quote is a span of the reviewed text (cut
short with 「…」 when long, so the part shown is still the plan's own words), a
clause quote is the verified citation's quote.  No gradio here: the screen,
the DOCX and the PDF all render the same sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..guidelines.citations import Citation
from .findings import SEVERITY_ORDER, Finding, Review, Strength
from .plan import Span
from .reader.lines import line_around

TOP_QUESTIONS = 3
MAX_ACKNOWLEDGEMENTS = 3  # one page: the strongest few, in rubric order
QUOTE_CHARS = 60  # a plan quote longer than this is cut (the sheet is one page)
SHORT_QUOTE = 8  # evidence shorter than this (a word like 「畑」) is quoted with the rest of its line
CLAUSE_CHARS = 100  # a clause quote is cut at its first sentence end within this, else here
ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    """The start of ``text`` — still its own words — ending at a 「。」 when one falls within ``limit``, else 「…」."""
    if len(text) <= limit:
        return text
    stop = text.rfind("。", 0, limit)
    return text[: stop + 1] + ELLIPSIS if stop > 0 else text[:limit] + ELLIPSIS


@dataclass(frozen=True)
class PlanQuote:
    """The plan's own words: ``text`` is ``plan_text[start:end]``; ``shown`` may end in 「…」 when cut."""

    text: str
    start: int
    end: int

    @property
    def shown(self) -> str:
        return shorten(self.text, QUOTE_CHARS)


@dataclass(frozen=True)
class SheetQuestion:
    """One of the prioritised questions, with what it rests on."""

    check_id: str
    name: str
    severity: str
    question: str
    question_from_clause: bool  # False: a practice question the guidelines do not ask themselves
    plan_quote: PlanQuote | None  # None: the finding is about something the plan does not say
    clause: Citation | None  # None: the finding rests on the national form rule (form_rule)
    form_rule: str | None

    @property
    def clause_quote_shown(self) -> str:
        return shorten(self.clause.quote, CLAUSE_CHARS) if self.clause else ""


@dataclass(frozen=True)
class Acknowledgement:
    """A strength the engine reported, with the plan's words that show it."""

    check_id: str
    name: str
    note: str
    plan_quote: PlanQuote


@dataclass(frozen=True)
class SheetItem:
    """A further question, listed under its theme."""

    check_id: str
    name: str
    severity: str
    question: str


@dataclass(frozen=True)
class SupervisionSheet:
    questions: list[SheetQuestion]
    acknowledgements: list[Acknowledgement]
    themes: dict[str, list[SheetItem]]
    municipality: str
    municipality_name: str = ""


def prioritise(findings: list[Finding]) -> list[Finding]:
    """Findings in the order a supervision should take them up.

    Severity first; then a finding that points at the plan's words before one
    about something missing (a question is easier to ask about what is
    written); then the rubric's priority; the check id breaks ties.
    """
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], not f.evidence, f.priority, f.check_id))


def build_sheet(review: Review) -> SupervisionSheet:
    """The sheet for one review: three questions, what to acknowledge, the rest by theme."""
    ordered = prioritise(review.findings)
    top, rest = ordered[:TOP_QUESTIONS], ordered[TOP_QUESTIONS:]
    themes: dict[str, list[SheetItem]] = {}
    for finding in rest:
        themes.setdefault(finding.group, []).append(
            SheetItem(finding.check_id, finding.name, finding.severity, finding.question))
    return SupervisionSheet([_question(f, review.plan_text) for f in top],
                            _acknowledgements(review.strengths, review.plan_text), themes, review.municipality,
                            review.municipality_name)


def _question(finding: Finding, plan_text: str) -> SheetQuestion:
    quote = _quote(finding.evidence[0], plan_text) if finding.evidence else None
    return SheetQuestion(finding.check_id, finding.name, finding.severity, finding.question,
                         finding.question_basis == "clause", quote, _clause_behind(finding), finding.form_rule)


def _clause_behind(finding: Finding) -> Citation | None:
    """The clause the finding's guideline advice rests on most directly: the first one its advice names."""
    if not finding.citations:
        return None
    named = [cid for part in finding.advice_parts if part.backed for cid in part.clause_ids]
    by_id = {c.clause_id: c for c in finding.citations}
    return next((by_id[cid] for cid in named if cid in by_id), finding.citations[0])


def _acknowledgements(strengths: list[Strength], plan_text: str) -> list[Acknowledgement]:
    """Only strengths with evidence in the plan (the engine reports no other kind; this keeps it so).

    The longest piece of evidence is quoted: it shows the strength in more of the plan's own words.
    """
    return [Acknowledgement(s.check_id, s.name, s.note,
                           _quote(max(s.evidence, key=lambda span: len(span.text)), plan_text))
            for s in strengths if s.evidence][:MAX_ACKNOWLEDGEMENTS]


def _quote(span: Span, plan_text: str) -> PlanQuote:
    """The span's words without surrounding blanks; a very short span widened to its whole line.

    Either way the quote is ``plan_text[start:end]``: the plan's own words, never rephrased.
    """
    start, end = span.start, span.end
    if len(span.text.strip()) < SHORT_QUOTE:
        start, end = line_around(plan_text, start, end)
    text = plan_text[start:end]
    lead, trail = len(text) - len(text.lstrip()), len(text) - len(text.rstrip())
    return PlanQuote(text.strip(), start + lead, end - trail)

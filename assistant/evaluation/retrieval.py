"""Retrieval evaluation over ``eval/retrieval.jsonl``.

For every answerable question the lexical, dense and hybrid rankings are
scored with R@1/3/5 and MRR@10; for every question the not-covered verdict is
compared with the truth (out-of-scope questions have no gold), and the
answer's verdict (記載あり / 関連する記載のみ / 記載なし) with the label: sets that
carry ``coverage`` (eval/chat_questions*.jsonl) label all three, older sets only
out-of-scope questions (the rest count as direct).  The trade-off
table sweeps the coverage thresholds around the shipped policy.  The extractive
answer (``ask``) is scored too: the share of answerable questions whose answer
quotes a gold clause and the share of all quotes taken from a gold clause
(both higher is better, 0–1; gold is often a single clause, so the second
stays well below 1 by design), and whether every quote verifies.
Output: a printed summary, a Markdown report and a PNG chart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..answer.extractive import answer_question
from ..guidelines.citations import is_verified
from ..guidelines.corpus import Clause
from ..guidelines.textnorm import strip_ws
from ..search.coverage import CoveragePolicy, assess_coverage
from ..search.retrieval import GuidelineRetriever, Hit, Mode
from .charts import chart_markdown, pyplot
from .metrics import mean, recall_at, reciprocal_rank

MODES: tuple[Mode, ...] = ("lexical", "dense", "hybrid")
DEPTH = 10


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    kind: str
    gold: tuple[str, ...]
    municipality: str | None
    coverage: str  # direct / partial / none: what the answer's verdict should be

    @property
    def answerable(self) -> bool:
        """Retrieval is scored where a clause holds the answer (or, for a partial one, the related text)."""
        return bool(self.gold)


def load_questions(path: Path) -> list[Question]:
    questions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            kind = raw.get("kind") or raw.get("shape") or "question"
            # Sets written before the verdict existed label only out-of-scope questions; the rest count as direct.
            coverage = raw.get("coverage") or ("none" if kind == "out_of_scope" else "direct")
            questions.append(Question(raw["id"], raw["question"], kind, tuple(raw["gold"]), raw.get("municipality"),
                                      coverage))
    return questions


def clause_has_gold(clause: Clause, gold: tuple[str, ...]) -> bool:
    """Whether the clause contains one of the gold strings (whitespace ignored)."""
    haystack = strip_ws(clause.heading + clause.text)
    return any(strip_ws(g) in haystack for g in gold)


def is_relevant(hit: Hit, gold: tuple[str, ...]) -> bool:
    return clause_has_gold(hit.clause, gold)


@dataclass
class RetrievalReport:
    questions: int
    answerable: int
    metrics: dict[str, dict[str, float]]
    by_kind: dict[str, dict[str, float]]
    tradeoff: list[dict[str, float]]
    policy: CoveragePolicy
    answer_quotes_gold: float = 0.0
    answer_quotes_on_gold: float = 0.0
    answer_quotes_verified: float = 0.0
    misses: list[dict[str, object]] = field(default_factory=list)
    verdicts: dict[str, dict[str, int]] = field(default_factory=dict)  # expected → got → count
    direct_with_gold: float = 0.0
    markdown_path: Path | None = None

    def verdict_share(self, expected: tuple[str, ...], got: tuple[str, ...]) -> float:
        """Among questions labelled ``expected``, the share whose answer's verdict is in ``got``."""
        rows = [self.verdicts.get(e, {}) for e in expected]
        total = sum(sum(r.values()) for r in rows)
        return sum(r.get(g, 0) for r in rows for g in got) / total if total else 1.0

    def summary(self) -> str:
        lines = [f"質問 {self.questions} 件（回答あり {self.answerable} 件、対象外 {self.questions - self.answerable} 件）",
                 f"{'mode':8} {'R@1':>6} {'R@3':>6} {'R@5':>6} {'MRR@10':>7}"]
        for mode in MODES:
            m = self.metrics[mode]
            lines.append(f"{mode:8} {m['R@1']:6.3f} {m['R@3']:6.3f} {m['R@5']:6.3f} {m['MRR@10']:7.3f}")
        shipped = next(t for t in self.tradeoff if t["shipped"])
        lines.append(
            f"not-covered: 対象外を検出 {shipped['oos_flagged']:.0%}、回答ありを保持 {shipped['answerable_kept']:.0%}"
            f"（term>={self.policy.term}, dense>={self.policy.dense}）"
        )
        lines.append(f"answer: 正解の条文を引用 {self.answer_quotes_gold:.0%}、引用のうち正解の条文から "
                     f"{self.answer_quotes_on_gold:.0%}、引用の検証 {self.answer_quotes_verified:.0%}")
        lines.append(f"verdict: 記載ありの質問に記載あり（正解の条文を引用） {self.direct_with_gold:.0%}、"
                     f"関連のみ・記載なしの質問に記載ありと言わなかった {self.verdict_share(('partial', 'none'), ('partial', 'none')):.0%}")
        lines.append("  " + "、".join(f"{e}→{g} {n}" for e, row in self.verdicts.items() for g, n in row.items()))
        return "\n".join(lines)


def _policies(shipped: CoveragePolicy) -> list[CoveragePolicy]:
    terms = [0.25, 0.35, shipped.term, 0.55, 0.65]
    denses = [shipped.dense - 0.02, shipped.dense, shipped.dense + 0.02]
    return [replace(shipped, term=t, dense=d) for t in sorted(set(terms)) for d in denses]


def run_retrieval_eval(retriever: GuidelineRetriever, dataset: Path, out_dir: Path) -> RetrievalReport:
    questions = load_questions(dataset)
    answerable = [q for q in questions if q.answerable]
    per_mode: dict[str, list[tuple[Question, list[bool]]]] = {m: [] for m in MODES}
    hybrid_results = []
    for q in questions:
        for mode in MODES:
            result = retriever.search(q.question, k=DEPTH, municipality=q.municipality, mode=mode)
            if mode == "hybrid":
                hybrid_results.append((q, result))
            if q.answerable:
                per_mode[mode].append((q, [is_relevant(h, q.gold) for h in result.hits]))

    def score(rows: list[tuple[Question, list[bool]]]) -> dict[str, float]:
        return {
            "R@1": mean([recall_at(r, 1) for _, r in rows]),
            "R@3": mean([recall_at(r, 3) for _, r in rows]),
            "R@5": mean([recall_at(r, 5) for _, r in rows]),
            "MRR@10": mean([reciprocal_rank(r, DEPTH) for _, r in rows]),
        }

    metrics = {mode: score(rows) for mode, rows in per_mode.items()}
    kinds = sorted({q.kind for q in answerable})
    by_kind = {kind: score([row for row in per_mode["hybrid"] if row[0].kind == kind]) | {
        "n": float(sum(1 for q in answerable if q.kind == kind))} for kind in kinds}
    misses = [
        {"id": q.id, "question": q.question, "rank": next((i for i, r in enumerate(rel, 1) if r), None)}
        for q, rel in per_mode["hybrid"] if not any(rel[:3])
    ]

    shipped = CoveragePolicy()
    tradeoff = []
    for policy in _policies(shipped):
        flagged = kept = 0
        for q, result in hybrid_results:
            verdict = assess_coverage(result.query, list(result.query_terms), result.hits, retriever.index, policy)
            if q.answerable and verdict.covered:
                kept += 1
            if not q.answerable and not verdict.covered:
                flagged += 1
        n_oos = len(questions) - len(answerable)
        tradeoff.append({
            "term": policy.term, "dense": policy.dense,
            "oos_flagged": flagged / n_oos if n_oos else 0.0,
            "answerable_kept": kept / len(answerable) if answerable else 0.0,
            "shipped": policy == shipped,
        })

    answers_on_gold = quotes_on_gold = verified = quotes = direct_gold = 0
    verdicts: dict[str, dict[str, int]] = {}
    answers: list[dict[str, object]] = []
    for q in questions:
        answer = answer_question(q.question, retriever, municipality=q.municipality)
        row = verdicts.setdefault(q.coverage, {})
        row[answer.coverage] = row.get(answer.coverage, 0) + 1
        on_gold = [clause_has_gold(retriever.index.corpus.get(c.clause_id), q.gold) for c in answer.citations]
        answers.append({"id": q.id, "question": q.question, "expected": q.coverage, "got": answer.coverage,
                        "gold_quoted": any(on_gold), "focus": answer.verdict.focus, "missing": answer.verdict.missing,
                        "citations": [c.clause_id for c in answer.citations]})
        verified += sum(is_verified(c, retriever.index.corpus) for c in answer.citations)
        quotes += len(answer.citations)
        direct_gold += q.coverage == "direct" and answer.coverage == "direct" and any(on_gold)
        if q.answerable:
            answers_on_gold += any(on_gold)
            quotes_on_gold += sum(on_gold)
    n_direct = sum(verdicts.get("direct", {}).values())

    report = RetrievalReport(len(questions), len(answerable), metrics, by_kind, tradeoff, shipped,
                             answers_on_gold / len(answerable) if answerable else 0.0,
                             quotes_on_gold / quotes if quotes else 0.0,
                             verified / quotes if quotes else 1.0, misses, verdicts,
                             direct_gold / n_direct if n_direct else 1.0)
    report.markdown_path = _write_report(report, out_dir, retriever)
    # one line per question, so a changed verdict can be traced to its question
    with (out_dir / f"{dataset.stem}.answers.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in answers)
    return report


def _write_chart(report: RetrievalReport, path: Path) -> Path | None:
    """Metrics by mode and the not-covered trade-off; None without matplotlib."""
    plt = pyplot()
    if plt is None:
        return None
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    names = ["R@1", "R@3", "R@5", "MRR@10"]
    width = 0.25
    for i, mode in enumerate(MODES):
        ax1.bar([x + i * width for x in range(len(names))], [report.metrics[mode][n] for n in names],
                width, label=mode)
    ax1.set_xticks([x + width for x in range(len(names))], names)
    ax1.set_ylim(0, 1)
    ax1.set_title("Retrieval by mode")
    ax1.legend()
    xs = [t["answerable_kept"] for t in report.tradeoff]
    ys = [t["oos_flagged"] for t in report.tradeoff]
    ax2.scatter(xs, ys, c=["red" if t["shipped"] else "grey" for t in report.tradeoff])
    ax2.set_xlabel("answerable kept")
    ax2.set_ylabel("out-of-scope flagged")
    ax2.set_xlim(0, 1.05)
    ax2.set_ylim(0, 1.05)
    ax2.set_title("Not-covered trade-off (red: shipped)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _write_report(report: RetrievalReport, out_dir: Path, retriever: GuidelineRetriever) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    chart = _write_chart(report, out_dir / "retrieval.png")
    lines = [
        "# 検索の評価（retrieval）",
        "",
        f"- 質問: {report.questions} 件（回答あり {report.answerable}、対象外 {report.questions - report.answerable}）",
        f"- 埋め込みモデル: {retriever.index.embedding.model_id}",
        f"- チャンク数: {len(retriever.index.chunks)}",
        "",
        "| mode | R@1 | R@3 | R@5 | MRR@10 |",
        "|---|---|---|---|---|",
    ]
    for mode in MODES:
        m = report.metrics[mode]
        lines.append(f"| {mode} | {m['R@1']:.3f} | {m['R@3']:.3f} | {m['R@5']:.3f} | {m['MRR@10']:.3f} |")
    lines += ["", f"- 回答（ask）が正解の条文を引用した割合: {report.answer_quotes_gold:.3f}"
                  f"（回答ありの質問 {report.answerable} 件）、引用のうち正解の条文からの割合: {report.answer_quotes_on_gold:.3f}、"
                  f"引用の検証: {report.answer_quotes_verified:.0%}"]
    lines += ["", "## 回答の判定（記載あり／関連する記載のみ／記載なし）", "",
              f"- 記載ありの質問に「記載あり」と答え、正解の条文を引用した割合: {report.direct_with_gold:.3f}（高いほどよい）",
              "- 関連のみ・記載なしの質問に「記載あり」と言わなかった割合: "
              f"{report.verdict_share(('partial', 'none'), ('partial', 'none')):.3f}（高いほどよい）", "",
              "| 正解 \\ 判定 | direct | partial | none |", "|---|---|---|---|"]
    for expected in ("direct", "partial", "none"):
        row = report.verdicts.get(expected, {})
        if row:
            lines.append(f"| {expected} | {row.get('direct', 0)} | {row.get('partial', 0)} | {row.get('none', 0)} |")
    lines += ["", "## hybrid: 質問の種類別", "", "| kind | n | R@1 | R@5 | MRR@10 |", "|---|---|---|---|---|"]
    for kind, m in report.by_kind.items():
        lines.append(f"| {kind} | {int(m['n'])} | {m['R@1']:.3f} | {m['R@5']:.3f} | {m['MRR@10']:.3f} |")
    lines += ["", "## 該当なし（not covered）判定のトレードオフ", "",
              "| term | dense | 対象外を検出 | 回答ありを保持 | 採用 |", "|---|---|---|---|---|"]
    for t in report.tradeoff:
        lines.append(f"| {t['term']:.2f} | {t['dense']:.2f} | {t['oos_flagged']:.0%} | {t['answerable_kept']:.0%} | "
                     f"{'◀' if t['shipped'] else ''} |")
    lines += ["", "## hybrid で上位3件に正解がなかった質問", ""]
    lines += [f"- {m['id']} {m['question']}（正解の順位: {m['rank'] or '10位以内になし'}）" for m in report.misses] or ["- なし"]
    lines += ["", chart_markdown(chart), ""]
    path = out_dir / "retrieval.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path

"""Review evaluation over an annotated plan set: does each check fire exactly when the annotators say?

Per check and micro-averaged: precision, recall and F1 of "fires" (0–1, higher
is better).  Also:

* citations that verify (must be 1.0);
* evidence agreement — of the true positives whose annotation names evidence,
  the share where a finding's evidence overlaps an annotated substring;
* **false strengths** — strengths shown on a check the annotation marks as a
  defect, as a share of all strengths shown (lower is better; target ≤ 0.02);
* **cross-field spans** — evidence spans that run across two fields of the
  parsed plan (target 0);
* **period errors** — ``error`` findings of R06 (target 0: a period is never the
  basis of an error).

Each run can log every plan's verdicts to ``eval/runs/<date>-<set>.jsonl`` so a
change's effect can be read item by item.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..guidelines.citations import is_verified
from ..review.engine import ReviewEngine
from ..review.files import read_plan_file
from ..review.findings import Review
from .charts import chart_markdown, pyplot


@dataclass(frozen=True)
class AnnotatedPlan:
    id: str
    file: str
    format: str
    municipality: str
    checks: dict[str, dict]


def load_annotations(plans_dir: Path) -> list[AnnotatedPlan]:
    """Every ``expected*.jsonl`` of the folder (one file per annotator), in file-name order."""
    plans = []
    for path in sorted(plans_dir.glob("expected*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                raw = json.loads(line)
                layout = raw.get("format") or ",".join(raw.get("layouts", []))
                plans.append(AnnotatedPlan(raw["id"], raw["file"], layout, raw.get("municipality") or "both",
                                           raw["checks"]))
    return plans


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def _evidence_overlaps(review: Review, check_id: str, expected: list[str]) -> bool:
    spans = [s for f in review.findings if f.check_id == check_id for s in f.evidence]
    for text in expected:
        start = review.plan_text.find(text)
        while start >= 0:
            end = start + len(text)
            if any(s.start < end and start < s.end for s in spans):
                return True
            start = review.plan_text.find(text, start + 1)
    return False


@dataclass
class ReviewEvalReport:
    plans: int
    per_check: dict[str, dict[str, float]]
    micro: dict[str, float]
    citations_total: int
    citations_verified: int
    evidence_checked: int
    evidence_agreed: int
    errors: list[dict] = field(default_factory=list)
    markdown_path: Path | None = None
    strengths_shown: int = 0
    false_strengths: int = 0
    cross_field_spans: int = 0
    period_errors: int = 0
    verdicts: list[dict] = field(default_factory=list)

    @property
    def false_strength_share(self) -> float:
        return self.false_strengths / self.strengths_shown if self.strengths_shown else 0.0

    @property
    def citation_share(self) -> float:
        return self.citations_verified / self.citations_total if self.citations_total else 1.0

    @property
    def evidence_share(self) -> float:
        return self.evidence_agreed / self.evidence_checked if self.evidence_checked else 1.0

    def summary(self) -> str:
        lines = [f"プラン {self.plans} 件", f"{'check':6} {'P':>6} {'R':>6} {'F1':>6}  tp fp fn"]
        for check_id, m in self.per_check.items():
            lines.append(f"{check_id:6} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}  "
                         f"{m['tp']:>2} {m['fp']:>2} {m['fn']:>2}")
        m = self.micro
        lines.append(f"{'micro':6} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}  "
                     f"{m['tp']:>2} {m['fp']:>2} {m['fn']:>2}")
        lines.append(f"引用の検証: {self.citations_verified}/{self.citations_total}（{self.citation_share:.0%}）")
        lines.append(f"根拠箇所の一致: {self.evidence_agreed}/{self.evidence_checked}（{self.evidence_share:.0%}）")
        lines.append(f"誤った「できていること」: {self.false_strengths}/{self.strengths_shown}（{self.false_strength_share:.1%}）")
        lines.append(f"二つの欄にまたがる根拠箇所: {self.cross_field_spans}、期間を根拠にした「要修正」: {self.period_errors}")
        return "\n".join(lines)


def _cross_field(review: Review, plan) -> int:
    """Evidence spans not inside any single span of the parsed plan."""
    spans = [s for _, s in plan.all_spans()]
    count = 0
    for finding in review.findings:
        for ev in finding.evidence:
            if not any(s.start <= ev.start and ev.end <= s.end for s in spans):
                count += 1
    return count


def run_review_eval(engine: ReviewEngine, plans_dir: Path, out_dir: Path | None) -> ReviewEvalReport:
    from ..review.parse import parse_plan

    annotations = load_annotations(plans_dir)
    counts: dict[str, list[int]] = {c.id: [0, 0, 0] for c in engine.rubric}
    cit_total = cit_ok = ev_checked = ev_ok = 0
    strengths_shown = false_strengths = cross = period_errors = 0
    errors, verdicts = [], []
    for plan in annotations:
        text = read_plan_file(plans_dir / plan.file)
        parsed = parse_plan(text, plan.file)
        review = engine.review_plan(parsed, municipality=plan.municipality or "both")
        fired = {f.check_id for f in review.findings}
        strong = {s.check_id for s in review.strengths}
        strengths_shown += len(strong)
        false_strengths += sum(1 for cid in strong if plan.checks.get(cid, {}).get("fires"))
        cross += _cross_field(review, parsed)
        period_errors += sum(1 for f in review.findings if f.check_id == "R06" and f.severity == "error")
        verdicts.append({"id": plan.id, "fired": sorted(fired), "strengths": sorted(strong),
                         "expected": sorted(k for k, v in plan.checks.items() if v.get("fires")),
                         "not_run": [c["check_id"] for c in review.parse.get("checks_not_run", [])]})
        for f in review.findings:
            cit_total += len(f.citations)
            cit_ok += sum(is_verified(c, engine.corpus) for c in f.citations)
        for check_id, expected in plan.checks.items():
            if check_id not in counts:
                continue
            want, got = bool(expected["fires"]), check_id in fired
            tp, fp, fn = counts[check_id]
            counts[check_id] = [tp + (want and got), fp + (got and not want), fn + (want and not got)]
            if want != got:
                errors.append({"plan": plan.id, "check": check_id, "expected": want, "got": got})
            if want and got and expected.get("evidence"):
                ev_checked += 1
                ev_ok += _evidence_overlaps(review, check_id, expected["evidence"])
    per_check = {cid: prf(*c) for cid, c in counts.items()}
    micro = prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    report = ReviewEvalReport(len(annotations), per_check, micro, cit_total, cit_ok, ev_checked, ev_ok, errors,
                              strengths_shown=strengths_shown, false_strengths=false_strengths,
                              cross_field_spans=cross, period_errors=period_errors, verdicts=verdicts)
    if out_dir is not None:
        report.markdown_path = _write_report(report, out_dir)
    return report


def _write_chart(report: ReviewEvalReport, path: Path) -> Path | None:
    """F1 per check as a bar chart; None without matplotlib."""
    plt = pyplot()
    if plt is None:
        return None
    ids = list(report.per_check)
    fig, ax = plt.subplots(figsize=(10, 3.5))
    ax.bar(ids, [report.per_check[i]["f1"] for i in ids], color="#4c72b0")
    ax.axhline(report.micro["f1"], color="red", linestyle="--", label=f"micro F1 {report.micro['f1']:.2f}")
    ax.set_ylim(0, 1.05)
    ax.set_title("Review checks: F1 per check")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _write_report(report: ReviewEvalReport, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    chart = _write_chart(report, out_dir / "review.png")
    lines = ["# プラン点検の評価（review）", "", f"- プラン: {report.plans} 件",
             f"- 誤った「できていること」: {report.false_strengths}/{report.strengths_shown}（{report.false_strength_share:.1%}）",
             f"- 二つの欄にまたがる根拠箇所: {report.cross_field_spans}、期間を根拠にした「要修正」: {report.period_errors}",
             f"- 引用の検証: {report.citations_verified}/{report.citations_total}（{report.citation_share:.0%}）",
             f"- 根拠箇所の一致: {report.evidence_agreed}/{report.evidence_checked}（{report.evidence_share:.0%}）", "",
             "| check | precision | recall | F1 | tp | fp | fn |", "|---|---|---|---|---|---|---|"]
    for cid, m in [*report.per_check.items(), ("micro", report.micro)]:
        lines.append(f"| {cid} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['tp']} | {m['fp']} | {m['fn']} |")
    lines += ["", "## 判定が注釈と食い違ったもの", ""]
    lines += [f"- {e['plan']} {e['check']}: 注釈 {'あり' if e['expected'] else 'なし'} / 判定 {'あり' if e['got'] else 'なし'}"
              for e in report.errors] or ["- なし"]
    lines += ["", chart_markdown(chart), ""]
    path = out_dir / "review.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def log_verdicts(report: ReviewEvalReport, runs_dir: Path, set_name: str, day: str) -> Path:
    """``eval/runs/<date>-<set>.jsonl``: the summary line, then one line per plan."""
    runs_dir.mkdir(parents=True, exist_ok=True)
    path = runs_dir / f"{day}-{set_name}.jsonl"
    head = {"set": set_name, "micro": report.micro, "strengths": report.strengths_shown,
            "false_strengths": report.false_strengths, "cross_field_spans": report.cross_field_spans,
            "period_errors": report.period_errors}
    lines = [json.dumps(head, ensure_ascii=False)] + [json.dumps(v, ensure_ascii=False) for v in report.verdicts]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path

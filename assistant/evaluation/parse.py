"""Reader evaluation over ``eval/parse/``: did the reader find the needs, goals and services a person sees?

Each annotated plan lists, verbatim, its needs, long- and short-term goals
(with periods), services (with 種別, 頻度, 期間) and the person's and family's
wishes.  The reader's output is matched item by item after folding width and
removing whitespace (:func:`fold_key`), so a cell broken over two lines or a
half-width ﾃﾞｲｻｰﾋﾞｽ still matches.

Metrics, all in 0–1, higher is better:

* precision and recall per field (needs, long_goals, short_goals, services,
  frequency, period, person_intent, family_intent);
* ``lost_share`` — share of plans where any need, goal or service was not read
  (lower is better);
* ``honest_share`` — of the plans where a whole kind of item (all needs, all
  goals or all services) was lost, the share whose parse result says so
  (``unread`` lines or ``checks_not_run``); the target is 1.0.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STRUCTURE_FIELDS = ("needs", "long_goals", "short_goals", "services")
ATTRIBUTE_FIELDS = ("frequency", "period")
INTENT_FIELDS = ("person_intent", "family_intent")
ALL_FIELDS = (*STRUCTURE_FIELDS, *ATTRIBUTE_FIELDS, *INTENT_FIELDS)
_DROP = set("「」『』\"'“”‘’")


def fold_key(text: str) -> str:
    """The comparison key: NFKC, no whitespace, no quotation marks."""
    folded = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in folded if not ch.isspace() and ch not in _DROP)


def _bigrams(key: str) -> set[str]:
    return {key[i : i + 2] for i in range(len(key) - 1)} or ({key} if key else set())


def similarity(a: str, b: str) -> float:
    """1.0 for equal keys; containment with similar length; else Dice of character bigrams."""
    ka, kb = fold_key(a), fold_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    short, long = sorted((ka, kb), key=len)
    if short in long and len(short) / len(long) >= 0.8:
        return 0.95
    x, y = _bigrams(ka), _bigrams(kb)
    return 2 * len(x & y) / (len(x) + len(y))


MATCH_THRESHOLD = 0.8


def match_items(expected: list[str], predicted: list[str]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by similarity; pairs (expected index, predicted index)."""
    scored = sorted(
        ((similarity(e, p), i, j) for i, e in enumerate(expected) for j, p in enumerate(predicted)),
        reverse=True,
    )
    used_e: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for score, i, j in scored:
        if score < MATCH_THRESHOLD:
            break
        if i in used_e or j in used_p:
            continue
        used_e.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs


def _attribute_agrees(expected: str, predicted: str) -> bool:
    ke, kp = fold_key(expected), fold_key(predicted)
    return bool(ke and kp) and (ke == kp or ke in kp or kp in ke)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True)
class ReadStructure:
    """What a reader reports for one plan, as plain strings (the reader's own model stays private)."""

    needs: list[str]
    long_goals: list[tuple[str, str]]  # (goal, period)
    short_goals: list[tuple[str, str]]
    services: list[dict[str, str]]  # content, type, provider, frequency, period
    person_intent: list[str]
    family_intent: list[str]
    says_unread: bool  # the parse result names unread lines or checks not run


@dataclass
class PlanResult:
    id: str
    counts: dict[str, Counts]
    lost: dict[str, int]
    kind_lost: bool
    says_unread: bool
    misses: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "lost": self.lost, "kind_lost": self.kind_lost, "says_unread": self.says_unread,
                "fields": {k: c.prf() for k, c in self.counts.items()}, "misses": self.misses}


def score_plan(annotation: dict, read: ReadStructure) -> PlanResult:
    """Field-level counts for one plan."""
    counts = {name: Counts() for name in ALL_FIELDS}
    misses: list[str] = []
    lost: dict[str, int] = {}

    def score_texts(name: str, expected: list[str], predicted: list[str]) -> list[tuple[int, int]]:
        pairs = match_items(expected, predicted)
        counts[name].add(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(expected) - len(pairs))
        matched = {i for i, _ in pairs}
        missing = [e for i, e in enumerate(expected) if i not in matched]
        if missing:
            lost[name] = len(missing)
            misses.extend(f"{name}: {m}" for m in missing)
        return pairs

    score_texts("needs", list(annotation.get("needs", [])), read.needs)
    for name, predicted in (("long_goals", read.long_goals), ("short_goals", read.short_goals)):
        expected = annotation.get(name, [])
        pairs = score_texts(name, [g["text"] for g in expected], [g for g, _ in predicted])
        _score_attribute(counts["period"], [g.get("period", "") for g in expected], [p for _, p in predicted], pairs)
    expected_services = annotation.get("services", [])
    pairs = score_texts("services", [s["content"] for s in expected_services], [s.get("content", "") for s in read.services])
    for attribute in ATTRIBUTE_FIELDS:
        _score_attribute(counts[attribute], [s.get(attribute, "") for s in expected_services],
                         [s.get(attribute, "") for s in read.services], pairs)
    for name in INTENT_FIELDS:
        _score_intents(counts[name], list(annotation.get(name, [])), getattr(read, name))
    kind_lost = (
        (bool(annotation.get("needs")) and not read.needs)
        or (bool(annotation.get("long_goals") or annotation.get("short_goals"))
            and not (read.long_goals or read.short_goals))
        or (bool(annotation.get("services")) and not read.services)
    )
    return PlanResult(annotation["id"], counts, lost, kind_lost, read.says_unread, misses)


def _score_attribute(counts: Counts, expected: list[str], predicted: list[str], pairs: list[tuple[int, int]]) -> None:
    """An attribute is scored on the items both sides agree on; an item the reader missed loses its attribute too."""
    matched = dict(pairs)
    for i, value in enumerate(expected):
        if i not in matched:
            counts.add(fn=bool(fold_key(value)))
            continue
        got = predicted[matched[i]]
        if fold_key(value) and _attribute_agrees(value, got):
            counts.add(tp=1)
        else:
            counts.add(fn=bool(fold_key(value)), fp=bool(fold_key(got)))
    used = set(matched.values())
    counts.add(fp=sum(1 for j, got in enumerate(predicted) if j not in used and fold_key(got)))


def _score_intents(counts: Counts, expected: list[str], predicted: list[str]) -> None:
    """A wish is read when some predicted span of the right speaker contains it (or it contains the span)."""
    keys_p = [fold_key(p) for p in predicted if fold_key(p)]
    keys_e = [fold_key(e) for e in expected if fold_key(e)]
    counts.add(tp=sum(1 for e in keys_e if any(e in p or p in e for p in keys_p)))
    counts.add(fn=sum(1 for e in keys_e if not any(e in p or p in e for p in keys_p)))
    counts.add(fp=sum(1 for p in keys_p if not any(e in p or p in e for e in keys_e)))


def load_parse_annotations(folder: Path) -> list[dict]:
    """Every ``expected*.jsonl`` of a folder, in file-name order."""
    items = []
    for path in sorted(folder.glob("expected*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                items.append(json.loads(line))
    return items


@dataclass
class ParseEvalReport:
    plans: int
    fields: dict[str, dict[str, float]]
    lost_share: float
    honest_share: float
    kind_lost: int
    results: list[PlanResult]

    def summary(self) -> str:
        lines = [f"プラン {self.plans} 件", f"{'field':14} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn"]
        for name, m in self.fields.items():
            lines.append(f"{name:14} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
                         f"{m['tp']:>4} {m['fp']:>3} {m['fn']:>3}")
        lines.append(f"何かを読み落としたプランの割合: {self.lost_share:.3f}")
        lines.append(f"ニーズ・目標・サービスのどれかを丸ごと読めなかったプラン: {self.kind_lost} 件、"
                     f"そのうち読めなかったと伝えた割合: {self.honest_share:.3f}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {"plans": self.plans, "fields": self.fields, "lost_share": self.lost_share,
                "honest_share": self.honest_share, "kind_lost": self.kind_lost,
                "results": [r.to_dict() for r in self.results]}


def run_parse_eval(folder: Path, read: Callable[[dict, Path], ReadStructure]) -> ParseEvalReport:
    """Score ``read`` (annotation, folder → what the reader found) on every annotated plan of ``folder``."""
    annotations = load_parse_annotations(folder)
    results = [score_plan(a, read(a, folder)) for a in annotations]
    totals = {name: Counts() for name in ALL_FIELDS}
    for result in results:
        for name, c in result.counts.items():
            totals[name].add(c.tp, c.fp, c.fn)
    lost = [r for r in results if any(r.lost.get(k) for k in STRUCTURE_FIELDS)]
    kind_lost = [r for r in results if r.kind_lost]
    honest = sum(1 for r in kind_lost if r.says_unread)
    return ParseEvalReport(
        plans=len(results),
        fields={name: c.prf() for name, c in totals.items()},
        lost_share=len(lost) / len(results) if results else 0.0,
        honest_share=honest / len(kind_lost) if kind_lost else 1.0,
        kind_lost=len(kind_lost),
        results=results,
    )


def files_of(annotation: dict) -> list[str]:
    return list(annotation.get("files") or [annotation["file"]])


def structure_of(plan: Any, parse: dict[str, Any]) -> ReadStructure:
    """The reader's :class:`CarePlan` and parse summary as plain strings."""
    def cell(row: Any, column: str) -> str:
        return row.text(column)

    goals: dict[str, dict[tuple[int, int], tuple[str, str]]] = {"長期目標": {}, "短期目標": {}}
    services = []
    for row in plan.rows:
        for kind in goals:
            span = row.get(kind)
            if span is not None:
                goals[kind].setdefault((span.start, span.end), (cell(row, kind), cell(row, kind + "期間")))
        if row.get("サービス内容") or row.get("サービス種別"):
            services.append({"content": cell(row, "サービス内容") or cell(row, "サービス種別"),
                             "type": cell(row, "サービス種別"), "provider": cell(row, "事業所"),
                             "frequency": row.value("頻度") if hasattr(row, "value") else cell(row, "頻度"),
                             "period": cell(row, "サービス期間")})
    return ReadStructure(
        needs=_column_texts(plan, "ニーズ"),
        long_goals=list(goals["長期目標"].values()),
        short_goals=list(goals["短期目標"].values()),
        services=services,
        person_intent=[s.text for s in plan.field_spans("本人の意向")],
        family_intent=[s.text for s in plan.field_spans("家族の意向")],
        says_unread=bool(parse.get("unread") or parse.get("checks_not_run")),
    )


def _column_texts(plan: Any, column: str) -> list[str]:
    """The distinct cells of one column as read, wrapped pieces included."""
    seen: dict[tuple[int, int], str] = {}
    for row in plan.rows:
        span = row.get(column)
        if span is not None:
            seen.setdefault((span.start, span.end), row.text(column))
    return list(seen.values())


def read_with_engine(annotation: dict, folder: Path) -> ReadStructure:
    """The product's own path: files (a national CSV pair becomes one plan) → reader → structure."""
    from ..review.files import read_plan_inputs
    from ..review.parse import PlanInputError, parse_plan, parse_summary

    plans, failed = read_plan_inputs([folder / f for f in files_of(annotation)])
    if len(plans) != 1:
        return ReadStructure([], [], [], [], [], [], says_unread=True)
    try:
        plan = parse_plan(plans[0].text)
    except PlanInputError:
        return ReadStructure([], [], [], [], [], [], says_unread=True)
    return structure_of(plan, parse_summary(plan))


def write_parse_report(report: ParseEvalReport, out_dir: Path, name: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = [f"# 読み取りの評価（{name}）", "", f"- プラン: {report.plans} 件",
             f"- 何かを読み落としたプランの割合: {report.lost_share:.3f}",
             f"- ニーズ・目標・サービスのどれかを丸ごと読めなかったプラン: {report.kind_lost} 件、"
             f"そのうち読めなかったと伝えた割合: {report.honest_share:.3f}", "",
             "| 欄 | precision | recall | F1 | tp | fp | fn |", "|---|---|---|---|---|---|---|"]
    for field_name, m in report.fields.items():
        lines.append(f"| {field_name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['tp']} | {m['fp']} | {m['fn']} |")
    lines += ["", "## 読み落とし", ""]
    lines += [f"- {r.id}: " + "; ".join(r.misses) for r in report.results if r.misses] or ["- なし"]
    path = out_dir / f"{name}.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def log_parse_run(report: ParseEvalReport, runs_dir: Path, name: str, day: str) -> Path:
    runs_dir.mkdir(parents=True, exist_ok=True)
    path = runs_dir / f"{day}-{name}.jsonl"
    head = {"set": name, "fields": report.fields, "lost_share": report.lost_share,
            "honest_share": report.honest_share, "kind_lost": report.kind_lost}
    lines = [json.dumps(head, ensure_ascii=False)] + [json.dumps(r.to_dict(), ensure_ascii=False) for r in report.results]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path

"""Advice faithful to its clause: every sentence shown as the guideline's word is backed by the cited clause.

For each rubric sentence marked ``basis: clause`` (and each question marked
``question_basis: clause``) the hand review in ``assistant/data/rubric/faithfulness.json``
must hold a record with the identical text.  A sentence is *supported* when
every content word of it (Sudachi, normalised form) either appears in the
text of a cited clause or lies inside an ``advice_words`` phrase whose
``clause_words`` are a verbatim part of a cited clause.

Metric per check: the share of clause-backed sentences that are supported
(0–1, higher is better; the rubric must reach 1.0).  Unreviewed sentences —
marked clause-backed with no record — count as unsupported, so a new advice
text cannot land unreviewed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..guidelines.corpus import Corpus
from ..guidelines.textnorm import strip_ws
from ..resources import RUBRIC_DIR
from ..review.rubric import Rubric
from ..search.tokenizer import JapaneseTokenizer

FAITHFULNESS_FILE = RUBRIC_DIR / "faithfulness.json"
_CONTENT_POS = ("名詞", "動詞", "形容詞", "形状詞", "副詞", "接頭辞")


@dataclass
class SentenceResult:
    check: str
    condition: str
    text: str
    reviewed: bool
    uncovered: list[str] = field(default_factory=list)
    bad_support: list[str] = field(default_factory=list)

    @property
    def supported(self) -> bool:
        return self.reviewed and not self.uncovered and not self.bad_support


@dataclass
class FaithfulnessReport:
    sentences: list[SentenceResult]

    def per_check(self) -> dict[str, float]:
        out: dict[str, list[int]] = {}
        for s in self.sentences:
            counts = out.setdefault(s.check, [0, 0])
            counts[0] += s.supported
            counts[1] += 1
        return {check: ok / total for check, (ok, total) in sorted(out.items())}

    @property
    def share(self) -> float:
        return sum(s.supported for s in self.sentences) / len(self.sentences) if self.sentences else 1.0

    def summary(self) -> str:
        lines = [f"条文に基づくとした文 {len(self.sentences)} 件、照合で支えられた割合 {self.share:.3f}"]
        lines += [f"  {check}: {share:.2f}" for check, share in self.per_check().items()]
        for s in self.sentences:
            if not s.supported:
                why = "照合の記録なし" if not s.reviewed else "・".join(s.uncovered + s.bad_support)
                lines.append(f"  × {s.check}/{s.condition}: {s.text}（{why}）")
        return "\n".join(lines)


def backed_sentences(rubric: Rubric) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(check, condition, text, clause ids) of every sentence the rubric presents as the guideline's word."""
    out = []
    for check in rubric:
        for name, condition in check.conditions.items():
            for advice in condition.advice:
                if advice.backed:
                    out.append((check.id, name, advice.text, advice.clause_ids))
            if condition.question_basis == "clause":
                ids = tuple(c.clause_id for c in (condition.citations if condition.citations is not None else check.citations))
                out.append((check.id, f"{name}#question", condition.question, ids))
    return out


def run_faithfulness(rubric: Rubric, corpus: Corpus, tokenizer: JapaneseTokenizer,
                     path: Path = FAITHFULNESS_FILE) -> FaithfulnessReport:
    review = json.loads(path.read_text(encoding="utf-8"))
    phrasing = set(review.get("phrasing_words", []))
    records = {(r["check"], r["text"]): r for r in review["sentences"]}
    results = []
    for check, condition, text, clause_ids in backed_sentences(rubric):
        record = records.get((check, text))
        if record is None:
            results.append(SentenceResult(check, condition, text, reviewed=False))
            continue
        ids = record.get("clause_ids") or list(clause_ids)
        clause_text = "".join(strip_ws(corpus.get(i).text) for i in ids if corpus.get(i) is not None)
        bad = [p["clause_words"] for p in record["support"] if strip_ws(p["clause_words"]) not in clause_text]
        covered = [False] * len(text)
        for pair in record["support"]:
            start = text.find(pair["advice_words"])
            while start >= 0:
                for k in range(start, start + len(pair["advice_words"])):
                    covered[k] = True
                start = text.find(pair["advice_words"], start + 1)
        clause_words = {t.normalized for t in tokenizer.tokens(clause_text)} | {t.surface for t in tokenizer.tokens(clause_text)}
        uncovered = []
        for token in tokenizer.tokens(text):
            if token.pos[0] not in _CONTENT_POS or token.pos[1] == "非自立可能":
                continue
            if token.surface in phrasing or token.normalized in phrasing or all(covered[token.start:token.end]):
                continue
            if token.surface in clause_text or token.normalized in clause_words:
                continue
            uncovered.append(token.surface)
        results.append(SentenceResult(check, condition, text, True, uncovered, bad))
    return FaithfulnessReport(results)

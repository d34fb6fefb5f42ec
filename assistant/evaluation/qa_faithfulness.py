"""``eval faithfulness --llm``: the offline engine and the configured model on the same questions, side by side.

Every question of a chat set (``eval/chat_questions*.jsonl``) is answered
twice through :func:`assistant.answer.llm.chain.ask`: without a model (the
offline engine) and with the configured one.  The metrics are those of
:mod:`.qa_metrics`; the report (Markdown, one column per side) states each
metric's range and direction, and a JSONL file keeps every question's answers.

The offline side's sentences are its quotes (one citation each; the verdict
line is framing, not a claim).  The model side's are the sentences the model
wrote before the verifier; when its answer fell back to the offline one, the
shown verdict is the offline verdict and the fallback is counted with its
reason.  A question's gold clauses are its ``gold`` entries that are clause
ids, plus every clause containing a ``gold`` entry that is text (the chat
sets quote the guideline rather than name ids).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..answer.llm.backends import Backend
from ..answer.llm.chain import LlmReply, ask
from ..guidelines.corpus import Corpus
from ..search.retrieval import GuidelineRetriever
from .qa_metrics import (
    Claim,
    Ratio,
    SideAnswer,
    citation_validity,
    cited_clause_precision,
    cited_clause_recall,
    cited_sentence_share,
    fallbacks,
    valid_citation,
    verdict_accuracy,
)
from .retrieval import Question, clause_has_gold, load_questions

SIDES = ("offline", "model")
LABELS = ("direct", "partial", "none")
# (name, how it is computed, range and direction) — the report's table and its legend
METRICS: tuple[tuple[str, str, str], ...] = (
    ("citation_validity", "引用の正しさ（ID が存在し検索結果にあり、引用が原文どおり）", "0–1、高いほどよい"),
    ("precision", "引用した条文のうち正解の条文の割合（適合率）", "0–1、高いほどよい"),
    ("recall", "正解の条文のうち引用した割合（再現率）", "0–1、高いほどよい"),
    ("verdict_all", "判定の一致（全問）", "0–1、高いほどよい"),
    ("verdict_direct", "判定の一致（記載ありの問い）", "0–1、高いほどよい"),
    ("verdict_partial", "判定の一致（関連する記載のみの問い）", "0–1、高いほどよい"),
    ("verdict_none", "判定の一致（記載なしの問い）", "0–1、高いほどよい"),
    ("cited_sentences", "正しい引用の付いた文の割合", "0–1、高いほどよい"),
    ("fallbacks", "モデルなしの回答に切り替えた問い", "0〜問い数、低いほどよい"),
)


def gold_clauses(question: Question, corpus: Corpus) -> set[str]:
    """The clause ids a correct answer cites: ``gold`` entries naming a clause, and clauses holding ``gold`` text."""
    ids = {g for g in question.gold if g in corpus}
    texts = tuple(g for g in question.gold if g not in corpus)
    return ids | ({c.id for c in corpus if clause_has_gold(c, texts)} if texts else set())


def offline_side(reply: LlmReply) -> SideAnswer:
    """The offline engine's answer: each quote is a sentence citing its clause."""
    answer = reply.answer
    return SideAnswer(answer.verdict.coverage, tuple(Claim(c.quote, ((c.clause_id, c.quote),)) for c in answer.citations),
                      frozenset(h.clause.id for h in answer.search.hits))


def model_side(reply: LlmReply) -> SideAnswer:
    """What the model wrote (before the verifier), the verdict shown in model mode, and the fallback reason if any."""
    claims = () if reply.draft is None else tuple(
        Claim(s.text, tuple((c.clause_id, c.quote) for c in s.citations)) for s in reply.draft.sentences)
    fallback = (reply.notice or "") if reply.model is None else None
    return SideAnswer(reply.answer.verdict.coverage, claims, frozenset(reply.given), fallback)


@dataclass
class QaFaithfulnessReport:
    model: str
    dataset: str
    metrics: dict[str, dict[str, Ratio | int]] = field(default_factory=dict)  # side → metric → value
    fallback_reasons: dict[str, int] = field(default_factory=dict)
    questions: int = 0
    markdown_path: Path | None = None
    rows_path: Path | None = None

    def summary(self) -> str:
        """The side-by-side table as plain lines for the terminal."""
        lines = [f"モデル: {self.model}　質問 {self.questions} 問（{self.dataset}）", "指標\tモデルなし\tモデルあり"]
        lines += [f"{label}\t{self.metrics['offline'][name]}\t{self.metrics['model'][name]}"
                  for name, label, _ in METRICS]
        lines += [f"  {count} 問: {reason}" for reason, count in self.fallback_reasons.items()]
        return "\n".join(lines)


def score(answers: list[SideAnswer], gold: list[set[str]], expected: list[str], corpus: Corpus) -> dict[str, Ratio | int]:
    """Every metric of :data:`METRICS` for one side."""
    return {
        "citation_validity": citation_validity(answers, corpus),
        "precision": cited_clause_precision(answers, gold, corpus),
        "recall": cited_clause_recall(answers, gold, corpus),
        "verdict_all": verdict_accuracy(answers, expected),
        **{f"verdict_{label}": verdict_accuracy(answers, expected, label) for label in LABELS},
        "cited_sentences": cited_sentence_share(answers, corpus),
        "fallbacks": sum(fallbacks(answers).values()),
    }


def run_qa_faithfulness(retriever: GuidelineRetriever, backend: Backend, dataset: Path, out_dir: Path, *,
                        timeout: float) -> QaFaithfulnessReport:
    """Answer every question of ``dataset`` both ways, score both sides, write the Markdown report and the JSONL."""
    corpus = retriever.index.corpus
    questions = load_questions(dataset)
    sides: dict[str, list[SideAnswer]] = {side: [] for side in SIDES}
    for q in questions:
        sides["offline"].append(offline_side(ask(q.question, retriever, None, timeout=timeout, municipality=q.municipality)))
        sides["model"].append(model_side(ask(q.question, retriever, backend, timeout=timeout, municipality=q.municipality)))
    gold = [gold_clauses(q, corpus) for q in questions]
    expected = [q.coverage for q in questions]
    report = QaFaithfulnessReport(backend.label, str(dataset), {s: score(sides[s], gold, expected, corpus) for s in SIDES},
                                  dict(fallbacks(sides["model"])), len(questions))
    out_dir.mkdir(parents=True, exist_ok=True)
    report.rows_path = out_dir / f"faithfulness_{dataset.stem}.jsonl"
    report.rows_path.write_text("".join(json.dumps(_row(q, g, sides["offline"][i], sides["model"][i], corpus),
                                                   ensure_ascii=False) + "\n"
                                        for i, (q, g) in enumerate(zip(questions, gold, strict=True))), encoding="utf-8")
    report.markdown_path = out_dir / f"faithfulness_{dataset.stem}.md"
    report.markdown_path.write_text(_markdown(report), encoding="utf-8")
    return report


def _row(question: Question, gold: set[str], offline: SideAnswer, model: SideAnswer, corpus: Corpus) -> dict:
    """One question's line of the JSONL: the label, the gold clauses, and each side's verdict and citations."""
    def side(answer: SideAnswer) -> dict:
        return {"verdict": answer.verdict, "fallback": answer.fallback, "sentences": [
            {"text": c.text, "citations": [{"clause_id": cid, "quote": quote,
                                            "valid": valid_citation(cid, quote, answer, corpus)}
                                           for cid, quote in c.citations]} for c in answer.claims]}
    return {"id": question.id, "question": question.question, "expected": question.coverage, "gold": sorted(gold),
            "offline": side(offline), "model": side(model)}


def _markdown(report: QaFaithfulnessReport) -> str:
    """The report: the two columns side by side, the fallback reasons, and what each metric means."""
    lines = [f"# 回答の忠実さ: モデルなしとモデルあり（{report.dataset}）", "",
             f"モデル: {report.model}　質問 {report.questions} 問", "",
             "| 指標 | モデルなし | モデルあり | 範囲・向き |", "|---|---|---|---|"]
    lines += [f"| {label} | {report.metrics['offline'][name]} | {report.metrics['model'][name]} | {direction} |"
              for name, label, direction in METRICS]
    if report.fallback_reasons:
        lines += ["", "## モデルなしの回答に切り替えた理由", ""]
        lines += [f"- {count} 問: {reason}" for reason, count in report.fallback_reasons.items()]
    lines += ["", "## 指標の意味", "",
              "- 値は「割合（分子/分母）」。分母が 0 のときは「—」（測っていない）。",
              "- モデルありの引用の正しさ・正しい引用の付いた文・適合率・再現率は、検証の前にモデルが書いたものを数えます"
              "（表示される回答は検証を通ったものだけなので、数えると常に 1 になるため）。",
              "- 引用の正しさ: 引用（文と条文の組）ごとに、ID が存在し、その問いで検索した条文であり、引用が原文どおり（8 文字以上）か。",
              "- 適合率: 問いごとに正しく引用した条文（重複なし）のうち、正解の条文の割合。記載なしの問いで何かを引用すると下がります。",
              "- 再現率: 正解の条文のうち、正しく引用した割合（正解のない問いは数えません）。正しくない引用は、"
              "表示の前に除かれるため適合率・再現率には数えず、引用の正しさで数えます。",
              "- 判定の一致: 表示した判定（記載あり・関連する記載のみ・記載なし）が評価セットのラベルと同じ割合。"
              "モデルありは、モデルなしに切り替えた問いではモデルなしの判定です。",
              "- 正しい引用の付いた文: 回答の文のうち、正しい引用が1つ以上ある割合。モデルなしの文は引用そのものです。",
              "- 切り替え: 時間切れ・サーバーのエラー・決められた形でない出力・確かめられる引用がない などで、"
              "モデルの回答の代わりにモデルなしの回答を表示した問いの数。", ""]
    return "\n".join(lines)

"""The LLM mode measured against a real model: how much of what it writes survives the verifier.

``careplan-assistant eval llm`` asks every question of a chat set
(``eval/chat_questions*.jsonl``) through the configured model
(:func:`assistant.answer.llm.chain.ask`) and reports:

* **verified-sentence share** — sentences the model wrote that kept at least
  one verified citation, over all sentences it wrote (higher is better, 0–1);
* **根拠なし share** — sentences shown without any citation;
* **fallbacks** — questions answered offline instead, by reason (timeout,
  HTTP error, malformed JSON, nothing verifiable, verdict capped to 記載なし);
* **verdict accuracy** — the shown verdict against the set's label, for the
  model mode and for the offline engine on the same questions.

It needs a real model: against the tests' scripted server these numbers would
only measure the script.  No result is stored in the repository until it has
been run against a model (see eval/README.md).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..answer.llm.backends import Backend
from ..answer.llm.chain import ask
from ..search.retrieval import GuidelineRetriever
from .retrieval import load_questions


@dataclass
class LlmEvalReport:
    model: str
    questions: int = 0
    model_answers: int = 0
    sentences: int = 0  # written by the model (kept or dropped by the verifier)
    verified_sentences: int = 0
    unsupported_sentences: int = 0
    fallbacks: Counter = field(default_factory=Counter)  # notice → count
    verdict_correct: int = 0
    offline_verdict_correct: int = 0
    rows: list[dict] = field(default_factory=list)

    @property
    def verified_share(self) -> float:
        return self.verified_sentences / self.sentences if self.sentences else 0.0

    def summary(self) -> str:
        n = self.questions or 1
        lines = [
            f"モデル: {self.model}　質問 {self.questions} 問、モデルが答えた {self.model_answers} 問",
            f"検証を通った文の割合: {self.verified_share:.3f}（{self.verified_sentences}/{self.sentences} 文）、"
            f"根拠なしで表示した文: {self.unsupported_sentences}",
            f"判定の一致: モデルあり {self.verdict_correct / n:.3f}、モデルなし {self.offline_verdict_correct / n:.3f}",
            f"モデルを使わない回答に切り替えた問い: {sum(self.fallbacks.values())}",
        ]
        lines += [f"  {count} 問: {notice}" for notice, count in self.fallbacks.most_common()]
        return "\n".join(lines)


def run_llm_eval(retriever: GuidelineRetriever, backend: Backend, dataset: Path, out_dir: Path, *,
                 timeout: float) -> tuple[LlmEvalReport, Path]:
    """Ask every question of ``dataset`` through ``backend``; the report and the per-question JSONL written."""
    report = LlmEvalReport(backend.label)
    for question in load_questions(dataset):
        reply = ask(question.question, retriever, backend, timeout=timeout, municipality=question.municipality)
        offline = ask(question.question, retriever, None, timeout=timeout, municipality=question.municipality)
        report.questions += 1
        report.verdict_correct += reply.answer.verdict.coverage == question.coverage
        report.offline_verdict_correct += offline.answer.verdict.coverage == question.coverage
        row = {"id": question.id, "expected": question.coverage, "verdict": reply.answer.verdict.coverage,
               "offline_verdict": offline.answer.verdict.coverage, "model": reply.model, "notice": reply.notice}
        if reply.verified is None:
            report.fallbacks[reply.notice or ""] += 1
        else:
            verified = reply.verified
            report.model_answers += 1
            report.sentences += len(verified.sentences) + verified.dropped_sentences
            report.verified_sentences += sum(not s.unsupported for s in verified.sentences)
            report.unsupported_sentences += sum(s.unsupported for s in verified.sentences)
            row |= {"sentences": [s.text for s in verified.sentences], "dropped": verified.dropped_sentences,
                    "rejected": verified.rejected}
        report.rows.append(row)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"llm_{dataset.stem}.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in report.rows), encoding="utf-8")
    return report, path

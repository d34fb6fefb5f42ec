"""The "not covered" signal: does any retrieved clause actually speak to the query?

Retrieval always returns *something*; the guidelines answer only some
questions.  Three pieces of evidence are combined:

* **term coverage** — the IDF-weighted share of the query's content words that
  appear in the best of the top chunks.  Words the corpus never uses weigh as
  much as its rarest word, so 「報酬単価」 drags coverage down.
* **dense similarity** — the cosine similarity of the best chunk, the only
  evidence for queries in another language (English).
* **asked-for numbers** — a question asking 何回 / いくら / 何日 … is not covered
  by clauses that state no number at all: the assistant must not invent one.

Thresholds were chosen on ``eval/retrieval.jsonl``; ``careplan-assistant eval
retrieval`` prints the trade-off they sit on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .index import GuidelineIndex
    from .retrieval import Hit

TOP_N = 3
_ASKS_NUMBER = re.compile(r"何(回|日|時間|分|円|割|%|％|ヶ月|か月|カ月|単位|点|歳|人|件)|いくら|金額|上限額|単価|頻度は|how (many|much|often)", re.I)
_STATES_NUMBER = re.compile(r"[0-9０-９]+\s*(回|日|時間|分|円|割|%|％|ヶ月|か月|カ月|単位|点|歳|人|件)|毎月|月に|週に|年に")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def has_japanese(text: str) -> bool:
    """Whether ``text`` contains kana or kanji; other queries are judged by meaning alone."""
    return bool(_JAPANESE.search(text))


@dataclass(frozen=True)
class CoveragePolicy:
    """Thresholds of the verdict; the evaluation sweeps them to show the trade-off."""

    term: float = 0.45
    dense: float = 0.85


@dataclass(frozen=True)
class Coverage:
    """Whether the guidelines cover the query, with the evidence for the verdict."""

    covered: bool
    reason: str
    term_coverage: float
    dense_similarity: float | None


def _term_coverage(terms: list[str], hits: list[Hit], index: GuidelineIndex) -> float:
    if not terms:
        return 0.0
    idf = index.lexical.idf
    unknown = max(idf.values(), default=1.0)
    weights = {t: idf.get(t, unknown) for t in set(terms)}
    total = sum(weights.values())
    best = 0.0
    by_id = dict(zip(index.lexical.ids, index.lexical.docs, strict=True))
    for hit in hits[:TOP_N]:
        vocab = set(by_id.get(hit.chunk.chunk_id, ()))
        best = max(best, sum(w for t, w in weights.items() if t in vocab) / total)
    return best


def assess_coverage(
    query: str,
    terms: list[str],
    hits: list[Hit],
    index: GuidelineIndex,
    policy: CoveragePolicy = CoveragePolicy(),
) -> Coverage:
    """Judge coverage from the hits of one search (see the module docstring)."""
    if not hits:
        return Coverage(False, "該当する条文が見つかりません", 0.0, None)
    term_cov = _term_coverage(terms, hits, index)
    dense_values = [h.dense_score for h in hits[:TOP_N] if h.dense_score is not None]
    dense = max(dense_values) if dense_values else None

    if _ASKS_NUMBER.search(query) and not any(_STATES_NUMBER.search(h.clause.text) for h in hits[:TOP_N]):
        return Coverage(False, "数値を尋ねていますが、ガイドラインに該当する数値の記載はありません", term_cov, dense)
    if not has_japanese(query):
        covered = dense is not None and dense >= policy.dense
        return Coverage(covered, "意味の近さで判定（日本語以外の問い合わせ）", term_cov, dense)
    if term_cov >= policy.term or (dense is not None and dense >= policy.dense):
        return Coverage(True, "問い合わせの語句・意味がガイドラインの条文と一致します", term_cov, dense)
    return Coverage(False, "問い合わせの主な語句がガイドラインの条文に見当たりません", term_cov, dense)

"""The answer's footing: 記載あり, 関連する記載のみ or 記載なし, decided by the focus, not by scores alone.

For each retrieved clause the sentence that states most of the question's
focus is chosen (:func:`best_sentence`).  The verdict then asks of those
sentences:

* **記載あり (direct)** — retrieval judged the question covered (or a clause
  states ``COVERED_SHARE`` of the focus), the quotes state every regulatory
  term, named thing and asked aspect, a number when a number was asked and a
  case (場合, とき …) when the case was asked (「どんなときに」) — in a sentence on
  the topic, not merely anywhere in the quotes.  (A share
  threshold on the best sentence was tried on the tuning sets on 2026-12-02: at
  0.3 it took 記載あり from a fifth of the answerable questions, so it is not used.)
* **関連する記載のみ (partial)** — the guidelines touch the topic (some focus
  stated, or retrieval judged it covered) but something asked is missing; the
  missing part is named in the question's own words;
* **記載なし (none)** — nothing quotable states the focus.

A quote on the topic is not the answer when it does not state what is asked
of the topic (:mod:`.aspect`): 「モニタリングは電話でもいい？」 quoted with a
sentence on モニタリング alone is 関連する記載のみ, and 「電話でもいい」 is named as
missing.  An obligation asked (「参加する義務」) needs the obligation stated in a
sentence that also states the aspect, not anywhere in the quotes.

A question about a municipality whose guidelines are not taken in (「練馬区では…」: a place name before
区・市・町・村 that no guideline text contains) is 記載なし: our guidelines' words are no answer for it.
Retrieval alone never makes 記載あり when no quote or quoted clause states a single word of the focus, nor when the question
asks concretely how (「具体的にどんな声かけを」) and a word of what it asks is stated in no quote.

A question asking an operating or fee rule (署名, 加算, 常勤 …) that no quote
names is never 記載あり: it is 記載なし unless the quotes state nearly all
of its other words (then the guidelines touch the topic: 関連する記載のみ).
Thresholds and the aspect markers were chosen on ``eval/chat_questions.jsonl``,
``eval/chat_questions_blind.jsonl`` (a tuning set since the asked aspect was
added), ``eval/chat_questions_blind3.jsonl`` (a tuning set since the question
words, 2026-12-02), ``eval/chat_questions_blind4.jsonl`` (a tuning set since the
number-on-topic rule, 2026-12-02) and the retrieval sets (see eval/README.md).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from ..guidelines.chunking import sentences
from ..guidelines.corpus import Clause
from ..search.retrieval import Hit, SearchResult
from ..search.tokenizer import JapaneseTokenizer
from .focus import Focus, states_number

CoverageClass = Literal["direct", "partial", "none"]
RELATED_SHARE = 0.25
NEAR_COMPLETE = 0.8  # a regulatory question whose other words are all stated touches the topic
COVERED_SHARE = 0.6  # a clause stating this share of the focus covers the question even when retrieval doubted
VERDICT_LABELS = {"direct": "記載あり", "partial": "関連する記載のみ", "none": "記載なし"}
_CONFIDENCE = {"none": 0, "partial": 1, "direct": 2}
# the counter a number question asks in (何年に1回): stating it is stating a number, not the topic
_COUNTER = re.compile(r"回|日|時間|分|円|割|年|月|週|か月|ヶ月|人|名|件|歳|点|単位|つ")


@dataclass(frozen=True)
class Candidate:
    """The sentence of one retrieved clause that states most of the focus."""

    hit: Hit
    sentence: str
    share: float
    stated: tuple[str, ...]  # the question's words this sentence states
    clause_share: float = 0.0  # the share of the focus the whole clause (heading and text) states


@dataclass(frozen=True)
class Verdict:
    coverage: CoverageClass
    focus: list[str]
    missing: list[str]
    reason: str

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self.coverage]


def best_sentence(clause: Clause, focus: Focus, tokenizer: JapaneseTokenizer, fallback_terms: set[str],
                  idf: dict[str, float]) -> tuple[str, float, tuple[str, ...]]:
    """The clause's sentence with the largest stated share of the focus.

    Ties (and questions with no topic words, e.g. an English question the
    glossary does not know) fall back to the IDF weight shared with the search
    terms, then to the first sentence.
    """
    best: tuple[tuple[float, float, float], str, float, tuple[str, ...]] | None = None
    for start, end in sentences(clause.text):
        sentence = clause.text[start:end].strip()
        words = set(tokenizer.content_words(sentence))
        share, stated = stated_in(words, focus)
        regulatory = sum(r.in_text(sentence) for r in focus.regulatory)
        aspects = sum(set(a.surfaces) <= set(stated) for a in focus.aspects)
        overlap = sum(idf.get(t, 0.0) for t in fallback_terms & words)
        key = (share + regulatory + aspects, overlap, -start)
        if best is None or key > best[0]:
            best = (key, sentence, share, stated)
    if best is None:
        return "", 0.0, ()
    return best[1], best[2], best[3]


def stated_in(words: set[str], focus: Focus) -> tuple[float, tuple[str, ...]]:
    """The IDF-weighted share of the focus that a sentence's content words state, and the question's words stated."""
    total = sum(c.weight for c in focus.concepts)
    stated = [c for c in focus.concepts if c.in_words(words)]
    return (sum(c.weight for c in stated) / total if total else 0.0), tuple(c.surface for c in stated)


def quote_candidate(hit: Hit, quote: str, focus: Focus, tokenizer: JapaneseTokenizer) -> Candidate:
    """A quote someone else chose (a model) judged like the sentence :func:`best_sentence` would choose."""
    share, stated = stated_in(set(tokenizer.content_words(quote)), focus)
    return Candidate(hit, quote, share, stated, clause_share(hit.clause, focus, tokenizer))


def _term_in(term: str, text: str) -> bool:
    """A compound term is stated written whole or with 「の」 between its parts (「目標達成」 in 「目標の達成」)."""
    return term in text or bool(re.search("の?".join(map(re.escape, term)), text))


def weakest(*verdicts: Verdict) -> Verdict:
    """The least confident of ``verdicts`` (記載なし < 関連する記載のみ < 記載あり); the first among equals."""
    return min(verdicts, key=lambda v: _CONFIDENCE[v.coverage])


def clause_share(clause: Clause, focus: Focus, tokenizer: JapaneseTokenizer) -> float:
    """The IDF-weighted share of the focus that the clause's heading and text state, glossary spellings included.

    Retrieval's own coverage weighs every word the guidelines never use as their
    rarest; 「娘が先回りして手伝う」 then looks uncovered although 家族 and 支援 are
    the guideline's words for it.  Here a word counts as stated when one of its
    glossary spellings is.
    """
    total = sum(c.weight for c in focus.concepts)
    if not total:
        return 0.0
    words = set(tokenizer.content_words(clause.heading + "\n" + clause.text))
    return sum(c.weight for c in focus.concepts if c.in_words(words)) / total


def judge(focus: Focus, result: SearchResult, candidates: list[Candidate], obligation_words: tuple[str, ...]) -> Verdict:
    """The verdict on the chosen sentences (see the module docstring)."""
    words = focus.words
    if focus.outside_scope:
        # 「練馬区の方針では？」: another municipality's rules; quoting ours as its answer would mislead
        places = "・".join(focus.outside_scope)
        return Verdict("none", words, [f"{places}のガイドライン"], f"{places}のガイドラインは収録されていません")
    if not candidates:
        return Verdict("none", words, words, "該当する条文が見つかりません")
    texts = [c.sentence for c in candidates]
    best = max(candidates, key=lambda c: c.share)
    widest = max(c.clause_share for c in candidates)
    touched = result.coverage.covered or widest >= COVERED_SHARE
    related = touched or max(best.share, widest) >= RELATED_SHARE
    stated_anywhere = {w for c in candidates for w in c.stated}
    missing_regulatory = [r.name for r in focus.regulatory if not any(r.in_text(t) for t in texts)]
    # the number must stand in a sentence on the topic, not in any quote (「令和22年（2040年）頃」 beside 運営指導)
    number_missing = focus.asks_number and not any(
        states_number(c.sentence) and any(not _COUNTER.fullmatch(w) for w in c.stated) for c in candidates)
    unstated = [c.surface for c in sorted(focus.concepts, key=lambda c: -c.weight) if c.surface not in stated_anywhere]

    if missing_regulatory:
        near = best.share >= NEAR_COMPLETE and bool(focus.concepts)
        return Verdict("partial" if near else "none", words, missing_regulatory + (unstated if not near else []),
                       f"「{'」「'.join(missing_regulatory)}」を定めた記載がありません")
    if number_missing:
        return Verdict("partial" if related else "none", words, ["具体的な数値"] + unstated[:2],
                       "数値を尋ねていますが、該当する数値の記載はありません")
    # 「どんなときにやり直す？」 quoted with 「必要に応じて…行い」: the topic, but not the case asked
    # (in a sentence as much on the topic as the best one: 「…アセスメント…に採用する場合」 elsewhere is no case of it)
    if focus.asked_condition is not None and not any(
            focus.asked_condition.search(c.sentence) and c.stated and set(best.stated) <= set(c.stated) for c in candidates):
        return Verdict("partial" if related else "none", words, ["どんなときか"] + unstated[:2],
                       "どんなときかを尋ねていますが、その条件を述べた記載はありません")
    clauses = [c.hit.clause.heading + c.hit.clause.label + c.hit.clause.text for c in candidates]
    folded = [unicodedata.normalize("NFKC", text).lower() for text in clauses]  # ＰＤＣＡ spells PDCA
    # the clause's context counts; 「目標の達成」 states 「目標達成」
    missing_terms = [t for t in focus.terms if not any(_term_in(t, text) for text in clauses)]
    missing_terms += [spelled[0] for spelled in focus.names
                      if not any(s.lower() in text for s in spelled for text in folded)]
    if missing_terms:
        return Verdict("partial", words, missing_terms + [u for u in unstated if u not in "".join(missing_terms)][:2],
                       f"「{'」「'.join(missing_terms)}」を含む記載がありません")
    unstated_aspects = [a.phrase for a in focus.aspects if not any(set(a.surfaces) <= set(c.stated) for c in candidates)]
    if unstated_aspects:
        return Verdict("partial" if related else "none", words, unstated_aspects,
                       f"「{'」「'.join(unstated_aspects)}」について述べた記載がありません")
    aspect_sentences = [c.sentence for c in candidates if all(set(a.surfaces) <= set(c.stated) for a in focus.aspects)]
    if focus.asks_obligation and not any(o in t for o in obligation_words for t in aspect_sentences):
        return Verdict("partial" if related else "none", words, ["義務かどうか"] + unstated[:2],
                       "義務・必須かを尋ねていますが、それを定めた記載はありません")
    if touched and focus.asks_specifics and unstated:
        # 「具体的にどんな声かけを？」 quoted with 「動機づけを行うことが重要」: that it matters, not how
        return Verdict("partial", words, unstated[:3], "具体的なやり方を尋ねていますが、それを述べた記載はありません")
    if touched and focus.concepts and not stated_anywhere and not widest:
        # retrieval found the clauses near, but neither a quote nor its clause (heading included) states a single
        # word the question asks about (「災害時の安否確認」 beside 「見守り」): quoting them as the answer would
        # claim what they do not say
        return Verdict("partial", words, unstated[:3], "近い記載はありますが、質問の語句を述べた記載はありません")
    if touched:
        return Verdict("direct", words, [], "質問の主な語句・意味に合う記載があります")
    if related:
        return Verdict("partial", words, unstated[:3], "関連する記載はありますが、質問の主な点は書かれていません")
    return Verdict("none", words, words, result.coverage.reason)

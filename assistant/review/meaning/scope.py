"""Is a mention asserted? Negated, conditional, past, reported, quoted, considered or questioned.

A word in a plan is not the thing being in the plan: 「主治医とはまだ連携できて
いない」 names the doctor and says the opposite.  The scope of a mention is read
from Sudachi tokens of its sentence:

* **negated** — the first predicate that governs the mention carries ない・ず・ぬ
  (「見られない」「決めておらず」「特になく」), or a なし・未定 follows it; a
  negation followed by よう／ため is a purpose (「転倒しないよう」), not a denial;
* **conditional** — 〜場合, 〜時は, 〜たら, 〜れば in the mention's clause or before it;
* **past** — 以前は, かつて … before it, 〜ていた after it, 〜歴, 既往;
* **reported** / **quoted** — 〜と話す, 〜とのこと after it, or inside 「…」;
* **considered** / **questioned** — 〜を検討, 〜かどうか, a question mark.

The marker lists live in ``assistant/data/rubric/scope.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ...resources import RUBRIC_DIR
from ...search.tokenizer import Token

SCOPE_FILE = RUBRIC_DIR / "scope.json"
SCOPES = ("negated", "conditional", "past", "reported", "quoted", "considered", "questioned", "family_subject")


@dataclass(frozen=True)
class ScopeRules:
    negation_auxiliaries: frozenset[str]
    negation_words: frozenset[str]
    negation_prefixes: tuple[str, ...]
    purpose_after_negation: frozenset[str]
    chain_verbs: frozenset[str]
    clause_connectives: frozenset[str]
    conditional: re.Pattern[str]
    past_before: re.Pattern[str]
    past_after: re.Pattern[str]
    reported_after: re.Pattern[str]
    considered: re.Pattern[str]
    questioned: re.Pattern[str]
    family_subject: re.Pattern[str]


@lru_cache(maxsize=2)
def load_scope_rules(path=SCOPE_FILE) -> ScopeRules:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return ScopeRules(
        frozenset(raw["negation_auxiliaries"]), frozenset(raw["negation_words"]), tuple(raw["negation_prefixes"]),
        frozenset(raw["purpose_after_negation"]), frozenset(raw["chain_verbs"]), frozenset(raw["clause_connectives"]),
        re.compile(raw["conditional"]), re.compile(raw["past_before"]), re.compile(raw["past_after"]),
        re.compile(raw["reported_after"]), re.compile(raw["considered"]), re.compile(raw["questioned"]),
        re.compile(raw["family_subject"]),
    )


def _dictionary(token: Token) -> str:
    return token.normalized


def _is_predicate(token: Token) -> bool:
    return token.pos[0] in ("動詞", "形容詞")


def _negates(token: Token, rules: ScopeRules) -> bool:
    if token.pos[0] == "助動詞" and token.surface in ("ない", "なく", "なかっ", "ず", "ぬ", "ん", "ませ", "なけれ"):
        return True
    if token.pos[0] == "助動詞" and _dictionary(token) in rules.negation_auxiliaries:
        return True
    if token.pos[0] == "形容詞" and _dictionary(token) in ("無い", "ない"):
        return True
    return token.surface in rules.negation_words


def clause_end(tokens: list[Token], start: int, rules: ScopeRules) -> int:
    """Index of the first token after ``start`` that closes the clause (、。 after a predicate, a connective)."""
    seen_predicate = False
    for i in range(start, len(tokens)):
        t = tokens[i]
        if t.surface in ("。", "\n", "！", "？", "!", "?"):
            return i
        if t.surface in ("、", ",", "，") and seen_predicate:
            return i
        if t.pos[:2] == ("助詞", "接続助詞") and t.surface in ("て", "で"):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt.pos[0] == "動詞" and _dictionary(nxt) in rules.chain_verbs | {"居る", "為る", "出来る"}:
                continue
            if seen_predicate:
                return i
        if t.surface in rules.clause_connectives and (t.pos[1:2] == ("接続助詞",) or t.surface in ("ため", "ので")):
            if seen_predicate or t.surface in ("ため", "ので"):
                return i
        if _is_predicate(t) or t.pos[0] == "助動詞":
            seen_predicate = True
    return len(tokens)


def negated(tokens: list[Token], after: int, rules: ScopeRules) -> bool:
    """Whether the predicate governing the mention (tokens from ``after``) is negated."""
    end = clause_end(tokens, after, rules)
    if after < len(tokens) and _cause_marker(tokens, after):
        return False  # 「振戦で字が書けなくなった」: the cause of what is denied, not denied itself
    depth = 0
    for i in range(after, end):
        t = tokens[i]
        # a remark in brackets after the mention (「代行（本人は何もしなくてよい）」) does not deny it
        depth = max(0, depth + (t.surface in ("（", "(")) - (t.surface in ("）", ")")))
        if depth > 0 or t.surface in ("）", ")"):
            continue
        if t.pos[0] == "名詞" and t.surface in rules.negation_words:
            return True
        if t.pos[0] == "接頭辞" and t.surface in rules.negation_prefixes:
            return True
        if t.pos[0] == "名詞" and any(t.surface.startswith(p) and len(t.surface) > 1 for p in ("未",)):
            return True
        if _negates(t, rules):
            nxt = tokens[i + 1].surface if i + 1 < len(tokens) else ""
            after_next = tokens[i + 2].surface if i + 2 < len(tokens) else ""
            if nxt in rules.purpose_after_negation or (nxt == "ため" and after_next == "に"):
                return False  # 「転倒しないよう」「困らないために」: a purpose, not a denial
            return True
    return False


def _cause_marker(tokens: list[Token], i: int) -> bool:
    """「〜で」「〜により」「〜のため」 right after the mention: it is the cause or means of the clause's predicate."""
    t = tokens[i]
    if t.surface == "で" and t.pos[:2] == ("助詞", "格助詞"):
        return True
    following = "".join(x.surface for x in tokens[i:i + 3])
    return following.startswith(("により", "による", "のため", "のために"))


def scope_of(sentence: str, tokens: list[Token], match_start: int, match_end: int, rules: ScopeRules) -> frozenset[str]:
    """The scope flags of the mention ``sentence[match_start:match_end]`` (folded text, tokens of the sentence)."""
    flags: set[str] = set()
    after = next((i for i, t in enumerate(tokens) if t.start >= match_end), len(tokens))
    if negated(tokens, after, rules):
        flags.add("negated")
    before = sentence[:match_start]
    clause_stop = clause_end(tokens, after, rules)
    clause_text = sentence[match_start: tokens[clause_stop].start if clause_stop < len(tokens) else len(sentence)]
    last_break = max(before.rfind("。"), before.rfind("\n"))
    if rules.conditional.search(before[last_break + 1:]) or rules.conditional.search(clause_text):
        flags.add("conditional")
    if rules.past_before.search(before) or rules.past_after.search(sentence[match_end:]):
        flags.add("past")
    if _continuous_past(tokens, after, rules):
        flags.add("past")
    if rules.reported_after.search(sentence[match_end:]):
        flags.add("reported")
    if before.count("「") > before.count("」") or before.count("『") > before.count("』"):
        flags.add("quoted")
    if rules.considered.search(clause_text) or rules.considered.search(sentence[match_end:].split("。")[0]):
        flags.add("considered")
    if rules.questioned.search(sentence):
        flags.add("questioned")
    if rules.family_subject.search(before[max(0, len(before) - 24):]) and "本人" not in before[-12:]:
        flags.add("family_subject")
    return frozenset(flags)


def _continuous_past(tokens: list[Token], after: int, rules: ScopeRules) -> bool:
    """〜していた / 〜でいた in the mention's own predicate."""
    end = clause_end(tokens, after, rules)
    surfaces = [t.surface for t in tokens[after:end]]
    for i in range(len(surfaces) - 2):
        if surfaces[i] in ("て", "で") and surfaces[i + 1] == "い" and surfaces[i + 2] in ("た", "まし"):
            return True
    return False

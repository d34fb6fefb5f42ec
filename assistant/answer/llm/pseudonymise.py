"""Personal items of a plan replaced by placeholders before a model off this machine sees them, and put back after.

Why: a care plan names a person, their family, where they live, their phone
number, date of birth and 被保険者番号.  The LLM mode sends the plan (and the
question, which may quote it) to the configured server; when that server is not
on this computer (:attr:`Backend.remote`), those items must not leave with it
(issue 13).  The model does not need them: 「〔利用者〕さんは畑に行きたい」 is as
good a basis for advice as the real name.

How: the rules in ``assistant/data/privacy/personal_data.json`` find the items
in the texts to be sent (plan, question, findings); each distinct item gets one
stable placeholder (〔利用者〕, 〔家族1〕, 〔住所〕, 〔電話番号〕, 〔生年月日〕,
〔被保険者番号〕, 〔事業所1〕 …) and every occurrence of it, with or without
spaces, is replaced in all of them.  The model's answer is mapped back before
the verifier sees it, so a verbatim quote of the plan still verifies against
the original plan.  A placeholder the model made up (or mangled) cannot be
mapped back: the verifier drops what holds one (:func:`Pseudonyms.unmapped`)
rather than show it.  Detection is by pattern, not by understanding: it errs
towards replacing too much, and an item written in a form no rule knows is sent
as it is (the README says so).  Nothing here logs text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel

from ...guidelines.textnorm import strip_ws
from ...resources import DATA_DIR

RULES_FILE = DATA_DIR / "privacy" / "personal_data.json"
PLACEHOLDER = re.compile(r"〔[^〔〕\s]{1,24}〕")
_UNFINISHED = re.compile(r"〔[^〔〕\s]{0,24}$")  # a placeholder cut in half by streaming
_DIGIT = re.compile(r"[0-9０-９]")
Reply = TypeVar("Reply", bound=BaseModel)  # a parsed model reply (schema.ModelAnswer, schema.ModelAssist)


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern[str]
    placeholder: str | None = None  # a fixed placeholder name instead of the kind's numbering
    digits: tuple[int, ...] = ()  # allowed digit counts (phone numbers)
    reject: re.Pattern[str] | None = None  # a match of this is not an item


@dataclass(frozen=True)
class Rules:
    rules: tuple[Rule, ...]
    person_kinds: frozenset[str]
    numbered: frozenset[str]
    name_prefixes: tuple[str, ...]
    honorifics: tuple[str, ...]
    not_names: frozenset[str]
    not_name_endings: tuple[str, ...]

    @property
    def kinds(self) -> tuple[str, ...]:
        """What a placeholder of these rules starts with (利用者, 家族, 住所 …)."""
        return tuple({r.placeholder or r.kind for r in self.rules})


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """The detection rules of ``personal_data.json`` (see its description)."""
    data: dict[str, Any] = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    rules = tuple(Rule(r["kind"], re.compile(r["pattern"]), r.get("placeholder"), tuple(r.get("digits", ())),
                       re.compile(r["not"]) if r.get("not") else None) for r in data["rules"])
    return Rules(rules, frozenset(data["person_kinds"]), frozenset(data["numbered"]),
                 tuple(sorted(data["name_prefixes"], key=len, reverse=True)), tuple(data["honorifics"]),
                 frozenset(data["not_names"]), tuple(data["not_name_endings"]))


@dataclass(frozen=True)
class Pseudonyms:
    """One call's table: placeholder → the item as first written, and the source texts' own 〔…〕 tokens.

    Made per call and never cached or logged: it holds the personal items themselves.
    """

    enabled: bool = False  # False: a local model, texts are sent as they are
    originals: dict[str, str] = field(default_factory=dict, repr=False)  # placeholder → the item
    _keys: dict[str, str] = field(default_factory=dict, repr=False)  # the item without whitespace → placeholder
    _source_tokens: frozenset[str] = field(default=frozenset(), repr=False)

    def hide(self, text: str) -> str:
        """``text`` with every known item replaced by its placeholder (longest item first, in one pass)."""
        if not self._keys:
            return text
        return _surfaces(self._keys).sub(lambda m: self._keys[strip_ws(m.group())], text)

    def restore(self, text: str) -> str:
        """``text`` with every placeholder of this table put back; an unknown one is left as it is."""
        if not self.originals:
            return text
        return PLACEHOLDER.sub(lambda m: self.originals.get(m.group(), m.group()), text)

    def unmapped(self, text: str) -> bool:
        """After :meth:`restore`: does ``text`` still hold a placeholder-like token the sources did not have?"""
        if not self.enabled:
            return False
        kinds = load_rules().kinds  # 〔注〕 in a clause is not a placeholder
        return any(t not in self._source_tokens and t[1:].startswith(kinds) for t in PLACEHOLDER.findall(text))

    def restore_answer(self, answer: Reply) -> Reply:
        """The model's parsed reply (an answer or a review's phrasings) with every string restored."""
        if not self.originals:
            return answer
        data = _map_strings(answer.model_dump(), self.restore)
        return type(answer).model_validate(data)

    def streamed(self, sink: Callable[[str], None] | None) -> Callable[[str], None] | None:
        """``sink`` fed the reply so far restored (a half-received placeholder is held back until it ends)."""
        if sink is None or not self.originals:
            return sink
        return lambda raw: sink(self.restore(_UNFINISHED.sub("", raw)))


NO_PSEUDONYMS = Pseudonyms()  # a local model: texts are sent as they are


def pseudonymise(*texts: str) -> Pseudonyms:
    """The table for ``texts`` (plan first, then question, findings): items found by the rules, in rule order."""
    rules = load_rules()
    table = _Table(rules, frozenset(t for text in texts for t in PLACEHOLDER.findall(text)))
    for rule in rules.rules:
        for text in texts:
            for match in rule.pattern.finditer(text):
                item = match.group("item").strip()
                if rule.reject is not None and rule.reject.search(item):
                    continue
                if rule.digits and len(_DIGIT.findall(item)) not in rule.digits:
                    continue
                if rule.kind in rules.person_kinds:
                    item = _name(item, rules)
                    if item is None:
                        continue
                table.add(rule, item)
    return Pseudonyms(True, table.originals, table.keys, table.source_tokens)


class _Table:
    def __init__(self, rules: Rules, source_tokens: frozenset[str]) -> None:
        self.rules = rules
        self.source_tokens = source_tokens
        self.originals: dict[str, str] = {}
        self.keys: dict[str, str] = {}
        self.counts: dict[str, int] = {}

    def add(self, rule: Rule, item: str) -> None:
        key = strip_ws(item)
        if len(key) < 2 or key in self.keys:
            return
        if rule.placeholder:
            base = rule.placeholder
        else:
            self.counts[rule.kind] = n = self.counts.get(rule.kind, 0) + 1
            base = f"{rule.kind}{n}" if rule.kind in self.rules.numbered or n > 1 else rule.kind
        self._put(key, item, base)
        parts = item.split()
        if rule.kind in self.rules.person_kinds and len(parts) == 2:  # 姓 and 名 may also appear alone
            for part, which in zip(parts, ("姓", "名"), strict=True):
                if len(part) >= 2 and part not in self.keys:
                    self._put(part, part, f"{base}・{which}")

    def _put(self, key: str, item: str, base: str) -> None:
        placeholder = f"〔{base}〕"
        n = 1
        while placeholder in self.source_tokens or placeholder in self.originals:  # never collide with the text's own
            n += 1
            placeholder = f"〔{base}-{n}〕"
        self.keys[key] = placeholder
        self.originals[placeholder] = item


def _name(item: str, rules: Rules) -> str | None:
    """A found name without honorifics, leading relationship/role words and words that are not names (None)."""
    parts = item.split()
    while parts and parts[-1] in rules.honorifics:
        parts.pop()
    if parts:
        parts[-1] = next((parts[-1][: -len(h)] for h in rules.honorifics if parts[-1].endswith(h)), parts[-1])
    if parts:
        first = next((p for p in rules.name_prefixes if parts[0].startswith(p) and parts[0] != p), None)
        if first is not None:
            parts[0] = parts[0][len(first):]
        elif parts[0] in rules.name_prefixes and len(parts) > 1:
            parts.pop(0)
    name = " ".join(p for p in parts if p)
    key = strip_ws(name)
    if (len(key) < 2 or key in rules.not_names or name.split()[-1] in rules.not_names
            or key.endswith(rules.not_name_endings) or key in rules.name_prefixes):
        return None
    return name


def _surfaces(keys: Collection[str]) -> re.Pattern[str]:
    """One pattern for all items, longest first, whitespace allowed between their characters."""
    ordered = sorted(keys, key=len, reverse=True)
    return re.compile("|".join(r"\s*".join(map(re.escape, k)) for k in ordered))


def _map_strings(value: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_map_strings(v, fn) for v in value]
    if isinstance(value, dict):
        return {k: _map_strings(v, fn) for k, v in value.items()}
    return value

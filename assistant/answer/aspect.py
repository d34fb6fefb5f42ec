"""What a question asks *of* its topic — the asked aspect — so a quote that only names the topic is not the answer.

「モニタリングは電話でもいい？」 lands on the clauses about モニタリング.  They
hold the topic, yet say nothing of 電話, the thing whose permission is asked.
Most questions the guidelines answer only in part have this shape: the topic
is there, the aspect asked of it (permission, obligation, frequency, a
deadline, a choice, whether an example exists, whether a rule applies) is not.

The aspect is read from the question's form, not from a list of topics: in
each sentence of the question, the last topic word before the marker of what
is asked (…でもいい, …の義務, …すべき, …とかある, …いつまで), with the word
joined to it by a case particle when there is one (「電話で|モニタリングしてもいい」
asks of 電話, not of モニタリング alone).  A plain
question (「…はどういう場ですか」) asks of its topic as a whole and has no
aspect beyond the focus: reading the last topic word of every question as its
aspect turned a fifth of the answerable questions into 関連する記載のみ.  The
markers live in ``assistant/data/rubric/question_focus.json`` (``aspect_markers``).

A question word asks of the action written *after* it: 「どうやって対象に選ばれる」
asks how one is 選ばれる, 「どこにつなげばいい」 where to つなぐ, 「誰が点検する」 who
点検する.  A quote naming only the topic (ケアプラン点検とは…) does not state it.
When the action carries no topic (「誰がやるんですか」) the topic before the
question word is asked.  いつ is a number asked (``asks_number``), not an aspect.
The question words are ``asked_after`` in ``aspect_markers``.

Latin-script names (a named tool or scheme, 「ICFの考え方で」「LIFEの活用」) are
asked too: a quote about the general topic does not speak of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

_SENTENCE = re.compile(r"[^。？?！!\n　]+")
# the inflection that ends the asked action: 選ば|れる(んですか), つなげ|ば(いい), チェック|する(の)
_ACTION_TAIL = re.compile(r"[ぁ-ゖ]*?(?:ば|たら)|[ぁ-ゖ]*?(?=ん|の|です|ます|でしょ|か|[^ぁ-ゖ]|$)")
_LATIN = re.compile(r"(?<![A-Za-z])[A-Za-z][A-Za-z0-9]+(?![A-Za-z])")


class Located(Protocol):
    """A focus concept with the place in the question where it was written."""

    surface: str
    start: int
    end: int


@dataclass(frozen=True)
class AspectMarkers:
    """``aspect_markers`` of question_focus.json: the wording that says what is asked of a topic."""

    asked: tuple[str, ...]  # …でもいい, …すべき, …とかある: the topic word before them is the aspect
    arguments: tuple[str, ...]  # で, に, を: 「電話で|モニタリングしてもいい」 asks of both words
    asked_after: tuple[re.Pattern[str], ...] = ()  # どうやって, どこに, 誰が, いつ: the action after them is the aspect

    @classmethod
    def from_json(cls, raw: dict) -> AspectMarkers:
        return cls(asked=tuple(raw["asked"]), arguments=tuple(raw["arguments"]),
                   asked_after=tuple(re.compile(p) for p in raw.get("asked_after", ())))


@dataclass(frozen=True)
class Aspect:
    surfaces: tuple[str, ...]  # the focus concepts asked about (「電話」「モニタリング」); one quoted sentence must state all
    phrase: str  # the question's own words for what is asked of them (「電話でモニタリングしてもいい」)


def asked_aspects(question: str, concepts: tuple[Located, ...], markers: AspectMarkers) -> tuple[Aspect, ...]:
    """The aspects ``question`` asks, one per question sentence at most (see the module docstring)."""
    found: list[Aspect] = []
    for sentence in _SENTENCE.finditer(question):
        text = sentence.group()
        wh = _asked_after(question, sentence, concepts, markers)
        if wh is not None:
            if all(a.surfaces != wh.surfaces for a in found):
                found.append(wh)
            continue
        marker = _first_marker(text, markers.asked)
        if marker is None:
            continue
        start, end = sentence.start() + marker[0], sentence.start() + marker[1]
        before = sorted((c for c in concepts if sentence.start() <= c.start < start), key=lambda c: c.start)
        if not before:
            continue
        asked = [before[-1]]
        if len(before) > 1 and question[before[-2].end:before[-1].start].strip() in markers.arguments:
            asked.insert(0, before[-2])  # the verb's means or object: 「電話で」モニタリングしてもいい
        surfaces = tuple(c.surface for c in asked)
        if all(a.surfaces != surfaces for a in found):
            found.append(Aspect(surfaces, question[asked[0].start:end]))
    return tuple(found)


def _asked_after(question: str, sentence: re.Match[str], concepts: tuple[Located, ...],
                 markers: AspectMarkers) -> Aspect | None:
    """The aspect a question word asks (「どうやって対象に選ばれる」, 「どこにつなげばいい」, 「誰が点検する」).

    A question word asks *how, where, who or when* of the action written after
    it: the last topic word after it in the sentence, with the word joined to
    it by a case particle.  When the action is one that carries no topic
    (「誰がやるんですか」), the question asks of the topic before the question word.
    """
    hits = [m for pattern in markers.asked_after for m in pattern.finditer(sentence.group())]
    if not hits:
        return None
    first = min(hits, key=lambda m: m.start())
    start, end = sentence.start() + first.start(), sentence.start() + first.end()
    after = sorted((c for c in concepts if end <= c.start < sentence.end()), key=lambda c: c.start)
    if after:
        asked = [after[-1]]
        if len(after) > 1 and question[after[-2].end:after[-1].start].strip() in markers.arguments:
            asked.insert(0, after[-2])
        tail = _ACTION_TAIL.match(question, asked[-1].end, sentence.end())
        return Aspect(tuple(c.surface for c in asked), question[start:tail.end()])
    before = sorted((c for c in concepts if sentence.start() <= c.start < start), key=lambda c: c.start)
    if not before:
        return None
    return Aspect((before[-1].surface,), question[before[-1].start:_ACTION_TAIL.match(question, end, sentence.end()).end()])


def latin_names(question: str, generic: set[str], spellings: dict[str, tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """Latin-script names in a Japanese question (「LIFE」「ICF」), each with its glossary spellings, name first.

    A name is a thing asked about: only a quoted clause that spells it (or the
    glossary's 科学的介護情報システム for LIFE) speaks of it.  Generic ones (CM) are left out.
    """
    names = dict.fromkeys(w for w in _LATIN.findall(question) if w.lower() not in generic)
    return tuple((name, *spellings.get(name.lower(), ())) for name in names)


def _first_marker(text: str, asked: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the earliest asked-aspect marker in ``text`` starts and ends (the longest one starting there)."""
    hits = [(m.start(), -len(word)) for word in asked for m in re.finditer(re.escape(word), text)]
    if not hits:
        return None
    start, negative_length = min(hits)
    return start, start - negative_length

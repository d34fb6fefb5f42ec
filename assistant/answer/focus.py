"""What a question asks about — its focus — so an answer can tell whether a quote states it.

Retrieval says a clause is *near* a question; it does not say the clause
answers it.  「ケアプランの同意は署名と押印の両方が必要？」 lands on the clause about
同意, which never mentions 署名 or 押印.  The focus is what a quote must hold to
count as the answer:

* **topic words** — the question's content words, minus the words every question
  uses (良い, 教える, ケアマネ …), each weighted by how rare it is in the guidelines;
* **regulatory terms** — 署名, 加算, 常勤, 軽微な変更 …: operating and fee rules
  these guidelines do not set; a quote answers such a question only if it names
  the term;
* **the shape** — a number asked (何回, 何%), or an obligation asked (義務, 必須,
  〜しないといけない);
* **the asked aspect** — what the question asks *of* its topic (「電話でもいい」,
  「参加する義務」, the action after どうやって・どこに・誰が; see :mod:`.aspect`), and
  acronyms the guidelines never use;
* **things asked for** — a 文例, 様式 or 記入例: a clause that only touches the
  topic does not give them;
* **the municipality named** (杉並区の…, 荒川区では), which sets the search scope.

The word lists live in ``assistant/data/rubric/question_focus.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..resources import RUBRIC_DIR
from ..search.coverage import has_japanese
from ..search.glossary import Glossary
from ..search.tokenizer import JapaneseTokenizer
from .aspect import Aspect, AspectMarkers, asked_aspects, latin_names

FOCUS_FILE = RUBRIC_DIR / "question_focus.json"
_TOPIC_POS = ("名詞", "動詞", "形容詞", "形状詞")
_MUNICIPALITY_NAMES = {"arakawa": ("荒川", "arakawa"), "suginami": ("杉並", "suginami")}
_STATES_NUMBER = re.compile(r"[0-9０-９一二三四五六七八九十]+\s*"
                            r"(回|日|時間|分|円|割|%|％|ヶ月|か月|カ月|単位|点|歳|人|件|年|段階|つ)|毎月|毎週|月に|週に|年に")


@dataclass(frozen=True)
class Concept:
    """One thing the question names, and the ways a guideline sentence may say it."""

    surface: str  # as the question wrote it
    words: tuple[frozenset[str], ...]  # a sentence states it when it holds every word of one alternative
    weight: float  # corpus IDF of its rarest spelling; words the guidelines never use weigh the most
    start: int = -1  # where the question wrote it (-1: found by the glossary in an English question)
    end: int = -1

    def in_words(self, sentence_words: set[str]) -> bool:
        return any(alternative <= sentence_words for alternative in self.words)


@dataclass(frozen=True)
class RegulatoryTerm:
    name: str
    stated: tuple[str, ...]

    def in_text(self, text: str) -> bool:
        return any(s in text for s in self.stated)


@dataclass(frozen=True)
class Focus:
    question: str
    concepts: tuple[Concept, ...]
    terms: tuple[str, ...]  # compound terms of the guidelines the question names (地域ケア会議) and things it asks for (文例); a quote must hold them
    regulatory: tuple[RegulatoryTerm, ...]
    asks_number: bool
    asks_obligation: bool
    municipality: str | None  # named in the question
    english: bool
    aspects: tuple[Aspect, ...]  # what is asked of the topic; a quote answers only when a sentence states it
    names: tuple[tuple[str, ...], ...]  # Latin-script names (「LIFE」) and their spellings; a quoted clause must hold one
    # 「どんなときに」: the question asks in which case; a quote on the topic must state a case (this pattern)
    asked_condition: re.Pattern[str] | None = None
    # 「具体的にどんな声かけを」: a quote must state one of the question's own words for what it asks
    asks_specifics: bool = False
    # 「練馬区の…」: municipalities the question names whose guidelines are not taken in (never in the corpus)
    other_places: tuple[str, ...] = ()

    @property
    def outside_scope(self) -> tuple[str, ...]:
        """The municipalities not taken in that the question asks about (none when it also names one taken in)."""
        return () if self.municipality else self.other_places

    @property
    def words(self) -> list[str]:
        """The question's own words for what it asks (for the answer's 「…は書かれていません」)."""
        return [r.name for r in self.regulatory] + [c.surface for c in self.concepts]


@dataclass(frozen=True)
class FocusVocabulary:
    """``assistant/data/rubric/question_focus.json``: words that carry no topic, regulatory terms, obligation, number and aspect wording, pointers."""

    generic: frozenset[str]
    english_stop: frozenset[str]
    regulatory: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # name → (asked, stated)
    asks_obligation: tuple[str, ...]
    states_obligation: tuple[str, ...]
    pointers: tuple[tuple[tuple[str, ...], str], ...]
    default_pointer: str
    aspect_markers: AspectMarkers
    asks_number: re.Pattern[str]  # 何回, いくら, どのくらいの間隔: the question asks for a figure
    asked_things: tuple[str, ...] = ()  # 文例, 様式, 記入例: a concrete thing asked for, which a quoted clause must name
    asks_condition: re.Pattern[str] | None = None  # どんなときに, どういう場合に: the question asks in which case
    states_condition: re.Pattern[str] | None = None  # 場合, とき, ごとに: a sentence states a case
    asks_specifics: re.Pattern[str] | None = None  # 具体的にどんな: the question asks how, concretely

    @classmethod
    def load(cls, path: Path = FOCUS_FILE) -> FocusVocabulary:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            generic=frozenset(raw["generic_words"]),
            english_stop=frozenset(w.lower() for w in raw["english_stop_words"]),
            regulatory={name: (tuple(t["asked"]), tuple(t["stated"])) for name, t in raw["regulatory_terms"].items()},
            asks_obligation=tuple(raw["asks_obligation"]),
            states_obligation=tuple(raw["states_obligation"]),
            pointers=tuple((tuple(p["words"]), p["text"]) for p in raw["pointers"]),
            default_pointer=raw["default_pointer"],
            aspect_markers=AspectMarkers.from_json(raw["aspect_markers"]),
            asks_number=re.compile("|".join(raw["asks_number"]), re.I),
            asked_things=tuple(raw.get("asked_things", ())),
            asks_condition=re.compile("|".join(raw["asks_condition"]), re.I),
            asks_specifics=re.compile("|".join(raw["asks_specifics"])),
            states_condition=re.compile("|".join(raw["states_condition"])),
        )

    def pointer(self, question: str) -> str:
        """Where rules the guidelines do not set usually live (no content is claimed)."""
        folded = question.lower()
        for words, text in self.pointers:
            if any(w.lower() in folded for w in words):
                return text
        return self.default_pointer


def named_municipality(question: str, added: Mapping[str, str] | None = None) -> str | None:
    """The one municipality a question names (「杉並区の…」); None when it names none or several.

    ``added`` (municipality id → display name) adds the guidelines taken in, named by
    their display name (「みなと町の…」); not by their id, which may be an everyday word.
    """
    folded = question.lower()
    known = dict(_MUNICIPALITY_NAMES)
    for municipality, name in (added or {}).items():
        known.setdefault(municipality, (name.lower(),))
    named = [m for m, names in known.items() if any(n and n in folded for n in names)]
    return named[0] if len(named) == 1 else None


def read_focus(question: str, tokenizer: JapaneseTokenizer, idf: dict[str, float], glossary: Glossary,
               vocabulary: FocusVocabulary, corpus_text: str) -> Focus:
    """The focus of ``question`` (see the module docstring)."""
    rarest = max(idf.values(), default=1.0)
    folded = question.lower()
    regulatory = tuple(RegulatoryTerm(name, stated) for name, (asked, stated) in vocabulary.regulatory.items()
                       if any(_names(a, folded) for a in asked))
    english = not has_japanese(question)
    concepts: list[Concept] = []
    if english:
        for entry in glossary.matches(question):
            words = tuple(frozenset(tokenizer.content_words(alt)) for alt in entry.alternatives)
            words = tuple(w for w in words if w)
            if words:
                weight = max(min((idf.get(t, rarest) for t in w), default=rarest) for w in words)
                concepts.append(Concept(entry.term, words, weight))
    else:
        spans = [(m.start(), m.end(), entry) for entry in glossary.matches(question)
                 for m in re.finditer(re.escape(entry.term), question, re.I)]
        kept = [t for t in tokenizer.tokens(question)
                if t.is_content and t.pos[0] in _TOPIC_POS and t.pos[1] not in ("数詞", "非自立可能")
                and t.normalized not in vocabulary.generic and t.surface not in vocabulary.generic
                and not any(t.surface in a for r in regulatory for a in (r.name, *r.stated))]
        seen: set[str] = set()
        for group in _noun_runs(kept):  # 「訪問介護」 is one thing asked, stated only when both words are
            surface = question[group[0].start:group[-1].end]
            if surface in seen:
                continue
            seen.add(surface)
            words = [frozenset(t.normalized for t in group)]
            for start, end, entry in spans:  # 「デイ」 is also stated as 通所介護
                if start < group[-1].end and group[0].start < end:
                    words += [frozenset(tokenizer.content_words(alt)) for alt in entry.alternatives]
            shown = surface if group[0].pos[0] == "名詞" else group[0].normalized  # 「頼ま」 is shown as 頼む
            weight = max(idf.get(t.normalized, rarest) for t in group)
            concepts.append(Concept(shown, tuple(w for w in words if w), weight, group[0].start, group[-1].end))
    generic = {w.lower() for w in vocabulary.generic}
    spellings = {e.term.lower(): e.alternatives for e in glossary.entries}
    return Focus(
        question=question,
        concepts=tuple(concepts),
        terms=() if english else _compound_terms(question, tokenizer, corpus_text, vocabulary) + _asked_things(question, vocabulary),
        regulatory=regulatory,
        asks_number=bool(vocabulary.asks_number.search(question)),
        asks_obligation=any(_names(w, folded) for w in vocabulary.asks_obligation),
        municipality=named_municipality(question),
        english=english,
        aspects=() if english else asked_aspects(question, tuple(concepts), vocabulary.aspect_markers),
        names=() if english else latin_names(question, generic, spellings),
        asked_condition=vocabulary.states_condition if vocabulary.asks_condition and vocabulary.asks_condition.search(
            question) else None,
        asks_specifics=bool(vocabulary.asks_specifics and vocabulary.asks_specifics.search(question)),
        other_places=() if english else unknown_places(question, tokenizer, corpus_text),
    )


_PLACE_SUFFIXES = ("区", "市", "町", "村")


def unknown_places(question: str, tokenizer: JapaneseTokenizer, corpus_text: str) -> tuple[str, ...]:
    """Municipalities the question names (a place name before 区・市・町・村: 「練馬区」「横浜市」) that no guideline
    taken in ever names: asked about them, the guidelines here have nothing to say."""
    tokens = tokenizer.tokens(question)
    found: list[str] = []
    for place, suffix in zip(tokens, tokens[1:], strict=False):
        if place.pos[:3] == ("名詞", "固有名詞", "地名") and suffix.surface in _PLACE_SUFFIXES and place.end == suffix.start:
            name = place.surface + suffix.surface
            if name not in corpus_text and name not in found:
                found.append(name)
    return tuple(found)


def _noun_runs(tokens: list) -> list[list]:
    """Adjacent nouns as one group (訪問+介護), every other token alone."""
    groups: list[list] = []
    for token in tokens:
        if (groups and token.pos[0] == "名詞" and groups[-1][-1].pos[0] == "名詞"
                and groups[-1][-1].end == token.start):
            groups[-1].append(token)
        else:
            groups.append([token])
    return groups


def _compound_terms(question: str, tokenizer: JapaneseTokenizer, corpus_text: str,
                    vocabulary: FocusVocabulary) -> tuple[str, ...]:
    """Runs of two or more nouns that the guidelines themselves use as a term (「地域ケア会議」, 「ケアプラン点検」).

    A term the guidelines never use (「電話番号」) is left to the topic words: the
    question may say in everyday words what a clause says in its own.
    """
    found: list[str] = []
    run: list = []
    for token in [*tokenizer.tokens(question), None]:
        if token is not None and token.pos[0] in ("名詞", "接尾辞") and token.pos[1] != "数詞" and (
                run and run[-1].end == token.start or token.pos[0] == "名詞"):
            run = [*run, token] if run and run[-1].end == token.start else [token]
            continue
        nouns = [t for t in run if t.pos[0] == "名詞"]
        if len(run) >= 2 and len(nouns) >= 2:
            term = question[run[0].start:run[-1].end]
            if term in corpus_text and term not in vocabulary.generic and term not in found:
                found.append(term)
        run = []
    return tuple(found)


def _asked_things(question: str, vocabulary: FocusVocabulary) -> tuple[str, ...]:
    """The concrete things the question asks for (「文例があれば」「どの様式を使う」), longest spelling first at each place."""
    found: list[str] = []
    for thing in sorted(vocabulary.asked_things, key=len, reverse=True):
        if thing in question and not any(thing in f for f in found):
            found.append(thing)
    return tuple(found)


def _names(word: str, folded_question: str) -> bool:
    """Japanese words match anywhere; English ones only as the start of a word (「sign」 is not in 「design」)."""
    word = word.lower()
    if word.isascii():
        return bool(re.search(rf"(?<![a-z]){re.escape(word)}", folded_question))
    return word in folded_question


def states_number(text: str) -> bool:
    return bool(_STATES_NUMBER.search(text))

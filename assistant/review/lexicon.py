"""Named phrase patterns the checks look for (``assistant/data/rubric/lexicon.json``).

Word lists are data: adding 「オレンジカフェ」 to the carer-support list is a
one-line change in the JSON, measured by ``careplan-assistant eval review``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..resources import RUBRIC_DIR

DEFAULT_LEXICON = RUBRIC_DIR / "lexicon.json"


@dataclass(frozen=True)
class Lexicon:
    patterns: dict[str, re.Pattern[str]]
    words: dict[str, tuple[str, ...]]
    topics: dict[str, tuple[str, ...]] = field(default_factory=dict)  # what a goal is about (R05)

    def pattern(self, name: str) -> re.Pattern[str]:
        return self.patterns[name]

    def wordset(self, name: str) -> frozenset[str]:
        """The raw entries of a list used as plain words (e.g. normalised forms)."""
        return frozenset(self.words[name])

    def topics_of(self, text: str) -> set[str]:
        """The life areas a goal is about (移動, 入浴・清潔, 食事・栄養 …), by the words in it."""
        return {topic for topic, words in self.topics.items() if any(w in text for w in words)}


def load_lexicon(path: Path = DEFAULT_LEXICON) -> Lexicon:
    data = json.loads(path.read_text(encoding="utf-8"))
    raw = data["patterns"]
    patterns = {name: re.compile("|".join(f"(?:{p})" for p in items), re.I | re.M) for name, items in raw.items()}
    topics = {name: tuple(words) for name, words in data.get("goal_topics", {}).items()}
    return Lexicon(patterns, {name: tuple(items) for name, items in raw.items()}, topics)

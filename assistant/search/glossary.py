"""Query expansion from the care-management glossary (``assistant/data/corpus/glossary.tsv``).

Care managers type 「ケアマネ」「デイ」「担当者会議」; the guidelines say
介護支援専門員, 通所介護, サービス担当者会議.  Expansion *adds* the document's
words to the query and never removes the user's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Expansion:
    term: str
    alternatives: tuple[str, ...]


class Glossary:
    """Longest-match-first term lookup, so 主任ケアマネ is not also read as ケアマネ."""

    def __init__(self, entries: list[Expansion]) -> None:
        self.entries = sorted(entries, key=lambda e: len(e.term), reverse=True)

    @classmethod
    def load(cls, path: Path) -> Glossary:
        entries: list[Expansion] = []
        if not path.exists():
            return cls(entries)
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            term, _, alternatives = line.partition("\t")
            alts = tuple(a.strip() for a in alternatives.split(";") if a.strip())
            if term.strip() and alts:
                entries.append(Expansion(term.strip(), alts))
        return cls(entries)

    def matches(self, query: str) -> list[Expansion]:
        """The entries found in ``query``, each span used by one entry only."""
        masked = query.upper()
        found: list[Expansion] = []
        for entry in self.entries:
            key = entry.term.upper()
            if key in masked:
                found.append(entry)
                masked = masked.replace(key, "\0" * len(key))
        return found

    def expand(self, query: str) -> str:
        """``query`` followed by the alternatives of every matched term."""
        extra = [alt for entry in self.matches(query) for alt in entry.alternatives]
        return " ".join([query, *extra]) if extra else query


def load_clause_keywords(path: Path, known_ids: set[str]) -> dict[str, str]:
    """Search aids per clause from ``assistant/data/corpus/clause_keywords.tsv`` (document side of the glossary).

    A line naming a clause that does not exist is an error, not a silent
    no-op: a renamed clause id would otherwise quietly lose its aids.
    """
    if not path.exists():
        return {}
    keywords: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        clause_id, _, words = line.partition("\t")
        if clause_id not in known_ids:
            raise ValueError(f"{path.name}:{number}: 存在しない条文ID {clause_id!r}")
        keywords[clause_id] = words.strip()
    return keywords

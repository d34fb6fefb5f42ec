"""Clause-aware chunks: one clause per chunk, split only at sentence ends when long.

A chunk never crosses a clause boundary, so every retrieved chunk cites
exactly one clause, and its text is a verbatim slice of that clause.
"""

from __future__ import annotations

from dataclasses import dataclass

from .corpus import Clause, Corpus

CHUNKER_VERSION = "2"
MAX_CHUNK_CHARS = 320
_OPEN = "（「『(［"
_CLOSE = "）」』)］"


@dataclass(frozen=True)
class Chunk:
    """A verbatim slice ``clause.text[start:end]`` plus the label it is indexed with."""

    chunk_id: str
    clause_id: str
    municipality: str
    label: str
    text: str
    start: int
    end: int
    keywords: str = ""

    @property
    def index_text(self) -> str:
        """What the embedder and the lexical index see: label, text, then the clause's search aids.

        The keywords (``assistant/data/corpus/clause_keywords.tsv``) bridge the gap between how
        care managers ask and how the documents are worded; they are searched,
        never quoted: citations are always slices of :attr:`text`.
        """
        tail = f"\n{self.keywords}" if self.keywords else ""
        return f"{self.label}\n{self.text}{tail}"


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; blanks skipped.

    A sentence ends at a line break or at a 。 outside brackets, so that
    「（以下「ケアプラン」という。）」 does not end the sentence around it.
    """
    spans = []
    start = depth = 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == "\n" or (ch == "。" and depth == 0):
            if text[start : i + 1].strip():
                spans.append((start, i + 1))
            start, depth = i + 1, 0
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def chunk_clause(clause: Clause, max_chars: int = MAX_CHUNK_CHARS, keywords: str = "") -> list[Chunk]:
    """Greedy packing of whole sentences up to ``max_chars`` per chunk."""
    if not clause.text.strip():
        return []
    groups: list[tuple[int, int]] = []
    for start, end in sentences(clause.text):
        if groups and end - groups[-1][0] <= max_chars:
            groups[-1] = (groups[-1][0], end)
        else:
            groups.append((start, end))
    chunks = []
    for i, (start, end) in enumerate(groups):
        piece = clause.text[start:end]
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        chunks.append(
            Chunk(
                chunk_id=f"{clause.id}#{i}",
                clause_id=clause.id,
                municipality=clause.municipality,
                label=clause.label,
                text=clause.text[start:end],
                start=start,
                end=end,
                keywords=keywords,
            )
        )
    return chunks


def chunk_corpus(
    corpus: Corpus, max_chars: int = MAX_CHUNK_CHARS, keywords: dict[str, str] | None = None
) -> list[Chunk]:
    keywords = keywords or {}
    return [chunk for clause in corpus for chunk in chunk_clause(clause, max_chars, keywords.get(clause.id, ""))]

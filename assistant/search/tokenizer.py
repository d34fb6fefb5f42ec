"""Japanese morphological analysis with SudachiPy, shared by retrieval and review.

Lexical retrieval needs *content words in normalised form*: mode A splits
compounds (サービス担当者会議 → サービス / 担当 / 者 / 会議) so a query that
uses part of a compound still matches, and normalised forms fold spelling
variants (貰う/もらう, 為る/する).  Particles, auxiliaries, punctuation and
whitespace carry no topic and are dropped.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from sudachipy import Dictionary, SplitMode

_DROPPED_POS = {"助詞", "助動詞", "補助記号", "空白"}
# Sudachi refuses inputs over ~49 KB; long texts are analysed in pieces.
_MAX_PIECE_CHARS = 4000
_PIECE_BREAK = re.compile(r"(?<=[。\n])")


@dataclass(frozen=True)
class Token:
    """One morpheme with its character offsets in the analysed text."""

    surface: str
    normalized: str
    pos: tuple[str, ...]
    start: int
    end: int

    @property
    def is_content(self) -> bool:
        return self.pos[0] not in _DROPPED_POS


def _pieces(text: str) -> list[tuple[int, str]]:
    """Split ``text`` at sentence or line ends into pieces Sudachi accepts."""
    pieces: list[tuple[int, str]] = []
    offset = 0
    current = ""
    for part in _PIECE_BREAK.split(text):
        while len(part) > _MAX_PIECE_CHARS:  # a single giant "sentence"
            if current:
                pieces.append((offset, current))
                offset += len(current)
                current = ""
            pieces.append((offset, part[:_MAX_PIECE_CHARS]))
            offset += _MAX_PIECE_CHARS
            part = part[_MAX_PIECE_CHARS:]
        if len(current) + len(part) > _MAX_PIECE_CHARS and current:
            pieces.append((offset, current))
            offset += len(current)
            current = ""
        current += part
    if current:
        pieces.append((offset, current))
    return pieces


class JapaneseTokenizer:
    """Thread-safe wrapper: Gradio calls handlers from worker threads."""

    def __init__(self) -> None:
        self._tokenizer = Dictionary(dict="core").tokenizer(mode=SplitMode.A)
        self._lock = threading.Lock()

    def tokens(self, text: str) -> list[Token]:
        out: list[Token] = []
        with self._lock:
            for offset, piece in _pieces(text):
                for m in self._tokenizer.tokenize(piece):
                    out.append(
                        Token(
                            surface=m.surface(),
                            normalized=m.normalized_form().lower(),
                            pos=tuple(m.part_of_speech()),
                            start=offset + m.begin(),
                            end=offset + m.end(),
                        )
                    )
        return out

    def content_words(self, text: str) -> list[str]:
        """Normalised content words: the lexical index's terms."""
        return [t.normalized for t in self.tokens(text) if t.is_content]


@lru_cache(maxsize=1)
def get_tokenizer() -> JapaneseTokenizer:
    """The process-wide tokenizer; the dictionary takes ~0.2 s to load."""
    return JapaneseTokenizer()

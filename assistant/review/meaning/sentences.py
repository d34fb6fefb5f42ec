"""The one sentence splitter of the review engine.

A sentence ends at 。！？ (full or half width) or at a line break; a quotation
「…」 is kept inside the sentence that quotes it.  Offsets are relative to the
text given, so callers add their span's start.
"""

from __future__ import annotations

_ENDS = "。！？!?"


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence of ``text``; the end includes its 。."""
    bounds: list[tuple[int, int]] = []
    start, depth = 0, 0
    for i, ch in enumerate(text):
        if ch in "「『":
            depth += 1
        elif ch in "」』":
            depth = max(0, depth - 1)
        elif ch == "\n" or (ch in _ENDS and depth == 0):
            end = i + (ch != "\n")
            if text[start:end].strip():
                bounds.append(_trim(text, start, end))
            start = i + 1
            if ch == "\n":
                depth = 0
    if text[start:].strip():
        bounds.append(_trim(text, start, len(text)))
    return bounds


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The sentence of ``text`` holding ``offset`` (the whole text when none does)."""
    for start, end in sentence_bounds(text):
        if start <= offset < end or (offset == end and end > start):
            return start, end
    return 0, len(text)

"""Width and compatibility folding (NFKC) that remembers where every character came from.

Care plans arrive with ＣＯＰＤ, ﾃﾞｲｻｰﾋﾞｽ, ㈱ and full-width colons mixed in.
The reader and the matcher work on the folded text, where all of these look
like their plain forms; every offset they produce is mapped back through
:meth:`FoldedText.original_span`, so what the UI highlights is always the
user's own characters.

Circled numbers (①〜⑳) are kept: plans use them to number needs and 第1表
headings, and NFKC would turn them into plain digits.  The full-width space is
kept too: in tables copied from a print it separates cells, where a half-width
space does not.  Slide and word-processor bullets (• ◦ ▪) become the 「・」 Japanese text uses.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_KEEP = {chr(c) for c in range(0x2460, 0x2474)} | {"\u3000"}  # ①..⑳, full-width space
_COMBINING_MARKS = {"\u3099", "\u309a"}  # (half-width) dakuten / handakuten after NFKC
# Bullets of slides and word processors (「• 本人：…」) are the 「・」 Japanese text writes.
_BULLETS = {"\u2022": "・", "\u2023": "・", "\u2043": "・", "\u2219": "・", "\u25e6": "・", "\u25aa": "・"}


@dataclass(frozen=True)
class FoldedText:
    """``text`` is the folded form of ``original``; ``starts[i]``/``ends[i]`` locate folded char ``i``."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the folded range ``[start, end)`` (an empty range stays empty)."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def fold(original: str) -> FoldedText:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(original):
        folded = ch if ch in _KEEP or ch.isascii() else _BULLETS.get(ch) or unicodedata.normalize("NFKC", ch)
        if folded in _COMBINING_MARKS and chars:
            composed = unicodedata.normalize("NFC", chars[-1] + folded)
            if len(composed) == 1:
                chars[-1] = composed
                ends[-1] = i + 1
                continue
        for piece in folded or " ":
            chars.append(piece)
            starts.append(i)
            ends.append(i + 1)
    return FoldedText(original, "".join(chars), tuple(starts), tuple(ends))


def fold_text(text: str) -> str:
    """The folded string alone (for comparing words, not for locating them)."""
    return fold(text).text


def rewrite(folded: FoldedText, edits: list[tuple[int, int, str]]) -> FoldedText:
    """``folded`` with each range ``[start, end)`` replaced; the new characters point at the range's originals.

    Edits are non-overlapping ranges of the folded text (any order) and must not be empty ranges, so every
    new character has original characters to point at.  A range replaced by ``""`` is taken out.
    """
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for start, end, replacement in sorted(edits):
        chars.extend(folded.text[pos:start])
        starts.extend(folded.starts[pos:start])
        ends.extend(folded.ends[pos:start])
        first, last = folded.original_span(start, end)
        chars.extend(replacement)
        starts.extend([first] * len(replacement))
        ends.extend([last] * len(replacement))
        pos = end
    chars.extend(folded.text[pos:])
    starts.extend(folded.starts[pos:])
    ends.extend(folded.ends[pos:])
    return FoldedText(folded.original, "".join(chars), tuple(starts), tuple(ends))

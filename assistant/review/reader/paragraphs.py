"""A screen copied with a blank line after every line: every label and every value its own paragraph.

There a blank line separates nothing; it would close each label before its value.  When nearly
every line is short and followed by exactly one blank line, those blank lines are taken out (a longer run
stays one blank line) with :func:`.fold.rewrite`, so every span still points at the user's own
characters.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite

_MIN_LINES = 10
_SHARE = 0.8
_SHORT_LINE = 30  # a screen's labels and cells are short; the median line of such a copy is at most this long
_BREAKS = re.compile(r"\n(?:[ \t\u3000]*\n)+")


def close_paragraphs(folded: FoldedText) -> FoldedText:
    """``folded`` without the blank line after every line, or unchanged when its blank lines mean something."""
    runs = list(_BREAKS.finditer(folded.text))
    lines = [line for line in folded.text.split("\n") if line.strip()]
    single = [m for m in runs if m.group().count("\n") == 2]
    if len(lines) < _MIN_LINES or len(single) < _SHARE * (len(lines) - 1):
        return folded
    if sorted(len(line.strip()) for line in lines)[len(lines) // 2] > _SHORT_LINE:
        return folded  # paragraphs of prose: there a blank line does separate, and a value must not run on
    return rewrite(folded, [(m.start(), m.end(), "\n" if m.group().count("\n") == 2 else "\n\n") for m in runs])

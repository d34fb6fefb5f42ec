"""Blank lines that separate nothing: they would close each label before its value.

* A screen copied with a blank line after every line: when nearly every line is short and followed by
  exactly one blank line, those blank lines are taken out (a longer run stays one blank line).
* A form copied with a blank line between each label and its value (「目標とする生活（１日）」, a blank
  line, then the value): when that is how the plan writes its labels, the blank line under a label
  alone on its line (or a 「目標①」 heading) is taken out.

Both rewrite with :func:`.fold.rewrite`, so every span still points at the user's own characters.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite
from .lines import line_around
from .pieces import GOAL_HEADING
from .vocabulary import Vocabulary

_MIN_LINES = 10
_SHARE = 0.8
_SHORT_LINE = 30  # a screen's labels and cells are short; the median line of such a copy is at most this long
_BREAKS = re.compile(r"\n(?:[ \t\u3000]*\n)+")
_MIN_LABELS_OVER_BLANK = 4


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


def labels_over_blank_lines(folded: FoldedText, vocabulary: Vocabulary) -> FoldedText:
    """``folded`` with the blank line under each label that stands alone, when the plan writes its labels so.

    Only when at least four labels stand over one blank line and a value, and they are most of the labels
    alone on their lines: elsewhere a label alone over a blank line is an empty field.
    """
    text = folded.text
    alone, joined = 0, []
    for m in _BREAKS.finditer(text):
        above = text[line_around(text, m.start(), m.start())[0]:m.start()]
        label = vocabulary.label(above)
        if (label is None or above[label.value_start:].strip()) and not GOAL_HEADING.match(above):
            continue
        alone += 1
        below = text[m.end():line_around(text, m.end(), m.end())[1]]
        if m.group().count("\n") == 2 and below.strip() and vocabulary.label(below) is None:
            joined.append((m.start(), m.end(), "\n"))
    if len(joined) < _MIN_LABELS_OVER_BLANK or len(joined) < 0.6 * alone:
        return folded
    return rewrite(folded, joined)

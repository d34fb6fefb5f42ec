"""A plan quoted in an e-mail reply: the 「> 」 marks before its lines are not part of the plan.

The marks are taken out of the folded text with :func:`.fold.rewrite`, so every span still points at
the user's own characters.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite

# 「> 」, 「>> 」 or 「> > 」 at the start of a line (「＞」 is folded to 「>」).
_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_MIN_QUOTED_LINES = 3  # one 「>」 line is a stray mark; a quoted plan has many


def strip_quote_marks(folded: FoldedText) -> FoldedText:
    """``folded`` without the quote marks when at least three lines carry them."""
    marks = [m for m in _MARK.finditer(folded.text) if m.end() > m.start()]
    if len(marks) < _MIN_QUOTED_LINES:
        return folded
    return rewrite(folded, [(m.start(), m.end(), "") for m in marks])

"""A plan sent as several short messages: the part numbers 「(2/5)」 that open each message are not plan text.

A phone splits a long text into numbered parts, so a need can arrive as 「(4/5)ニーズ3　…」 and its label
is no longer at the start of its line.  The numbers are taken out of the folded text with
:func:`.fold.rewrite` (every span still points at the user's characters) when at least two lines open
with a number of the same total.
"""

from __future__ import annotations

import re
from collections import Counter

from .fold import FoldedText, rewrite

# 「(2/5)」「（3／5）」「[4/5]」 at the start of a line (full-width forms are folded)
_PART = re.compile(r"^[ \t]*[(\[]\s*(\d{1,2})\s*/\s*(\d{1,2})\s*[)\]][ \t]*", re.MULTILINE)
_MIN_PARTS = 2


def strip_part_numbers(folded: FoldedText) -> FoldedText:
    """``folded`` without the 「(n/m)」 that open the messages of one split text."""
    marks = [m for m in _PART.finditer(folded.text) if 1 <= int(m.group(1)) <= int(m.group(2))]
    totals = Counter(m.group(2) for m in marks)
    if not totals:
        return folded
    total, count = totals.most_common(1)[0]
    if count < _MIN_PARTS:
        return folded
    return rewrite(folded, [(m.start(), m.end(), "") for m in marks if m.group(2) == total])

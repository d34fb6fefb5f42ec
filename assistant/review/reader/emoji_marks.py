"""Emoji used as line markers (「🔶 ニーズ①：…」「🎯 長期目標：…」): marks, not plan text.

Plans typed on a phone or in a chat tool mark their lines with emoji the way others use ■ or ・.  An
emoji (with its variation selector or joiner) at the start of a line is taken out of the folded text
with :func:`.fold.rewrite`, so the label after it starts the line; offsets still point at the user's
characters.  Only the pictographic planes are touched: ■ ● ★ and the like stay the markers the reader
already knows.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite

# pictographs (U+1F000–U+1FAFF), with a variation selector, a skin tone or a joiner between them
_EMOJI = "\U0001f000-\U0001faff\u2300-\u23ff\u2600-\u27bf"  # and the older symbols used as emoji (⏱ ✅ ☎)
_LEADING = re.compile(rf"^[ \t\u3000]*(?:[{_EMOJI}][\ufe0f\u200d{_EMOJI}]*[ \t\u3000]*)+", re.MULTILINE)


def strip_emoji_marks(folded: FoldedText) -> FoldedText:
    """``folded`` without the emoji that open its lines."""
    edits = []
    for m in _LEADING.finditer(folded.text):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t\u3000"))
        if m.end() > start:
            edits.append((start, m.end(), ""))
    return rewrite(folded, edits) if edits else folded

"""A plan with bilingual labels: the English words before the Japanese label are a gloss, not plan text.

Plans prepared for a family member who reads English label each field twice::

    ■ Overall policy / 総合的な援助の方針
    Client (本人): 川べりを散歩したい。
    Long-term goal (長期目標): …

The English gloss (and the brackets around the Japanese) are taken out of the folded text with
:func:`.fold.rewrite`, leaving 「■ 総合的な援助の方針」「本人: …」「長期目標: …」 for the line reader; offsets
still point at the user's characters.  Only labels at the start of a line are touched, and only in a
text that has at least three of them.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite

_LEAD = r"^[ \t]*(?:[■□●○◆◇・*\-][ \t]*)?"
_ENGLISH = r"[A-Za-z][A-Za-z'&,.#\- 0-9]{0,40}?"
# 「Overall policy / 総合的な援助の方針」: the gloss, then a slash, then Japanese
_BEFORE_SLASH = re.compile(rf"{_LEAD}(?P<gloss>{_ENGLISH}[ \t]*/[ \t]*)(?=[^\x00-\x7f])", re.MULTILINE)
# 「Client (本人):」「Need #1 (ニーズ1):」: the gloss, then the Japanese label in brackets, then a colon
_AROUND_BRACKET = re.compile(rf"{_LEAD}(?P<gloss>{_ENGLISH}[ \t]*\()(?P<label>[^\x00-\x7f][^()\n]{{0,20}})(?P<close>\))[ \t]*(?=:)",
                             re.MULTILINE)
_MIN_GLOSSES = 3


def strip_english_glosses(folded: FoldedText) -> FoldedText:
    """``folded`` without the English glosses of its labels, when it has at least three."""
    edits: list[tuple[int, int, str]] = []
    for m in _AROUND_BRACKET.finditer(folded.text):
        edits += [(m.start("gloss"), m.end("gloss"), ""), (m.start("close"), m.end("close"), "")]
    taken = {start for start, _, _ in edits}
    for m in _BEFORE_SLASH.finditer(folded.text):
        if m.start("gloss") not in taken:
            edits.append((m.start("gloss"), m.end("gloss"), ""))
    if len({folded.text.rfind("\n", 0, start) for start, _, _ in edits}) < _MIN_GLOSSES:
        return folded
    return rewrite(folded, edits)

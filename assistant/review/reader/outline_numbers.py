"""A plan written as a numbered outline: 「1 課題」「1-1 長期目標」「1-1-1 短期目標」「1-1-1-1 サービス」
(or 「2.1.1」 with dots).

The numbers say what each line is.  In a block that goes four levels deep they stand for need, long-term
goal, short-term goal and service, so a line without its own label gets the label of its level and the
deepest lines become bullets; elsewhere (「0-1 本人の意向」「9-1 毎月訪問し…」) the number is only
taken away.  The text is rewritten with :func:`.fold.rewrite`, so every span still points at the
user's own characters.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite
from .lines import line_around
from .vocabulary import Vocabulary

# 「1-1-1」 or 「2.1.1」 (a trailing 「.」 allowed: 「1. 第1表」)
_NUMBER = re.compile(r"^[ \t\u3000]*(\d{1,2}(?:[-‐－]\d{1,2}){0,3}|\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t\u3000]+(?=\S)",
                     re.MULTILINE)
_LEVEL_LABELS = {1: "課題：", 2: "長期目標：", 3: "短期目標：", 4: "・"}
_PLAN_DEPTH = 4


def outline_labels(folded: FoldedText, vocabulary: Vocabulary) -> FoldedText:
    """``folded`` with outline numbers turned into labels, or unchanged when it is no such outline."""
    marks = list(_NUMBER.finditer(folded.text))
    depth = {m.start(): len(_parts(m)) for m in marks}
    if not any(d >= 3 for d in depth.values()):
        return folded  # 「1 」「2 」 alone number needs or items, as the line reader already knows
    deep_blocks = {_block(m) for m in marks if depth[m.start()] >= _PLAN_DEPTH}
    edits = []
    for m in marks:
        level = depth[m.start()]
        labelled = vocabulary.label(folded.text[m.end():line_around(folded.text, m.end(), m.end())[1]]) is not None
        if _block(m) in deep_blocks and level <= _PLAN_DEPTH and (level == _PLAN_DEPTH or not labelled):
            edits.append((m.start(), m.end(), _LEVEL_LABELS[level]))
        else:
            edits.append((m.start(), m.end(), ""))
    return rewrite(folded, edits)


def _parts(mark: re.Match[str]) -> list[str]:
    """「1-2-1」 → ["1", "2", "1"]: one number per level."""
    return re.split(r"[-‐－.]", mark.group(1))


def _block(mark: re.Match[str]) -> str:
    return _parts(mark)[0]

"""A ケアプラン点検 worksheet: the plan copied into it, question by question.

    問5　目標
    　確認の観点：目標は評価できる具体的な内容ですか。
    　計画書の記載：
    　　目標1：熱中症にならない（期間：R8.12.10〜R9.5.31）
    　自己評価：■できている

Only the lines under 「計画書の記載」 are the plan; the question (「問5　目標」「確認の観点」) and the
self-rating are the worksheet's, read as the page's furniture (:func:`worksheet_lines`).  The question's
heading names the field, so 「計画書の記載」 is rewritten into that name with :func:`.fold.rewrite` (the new
characters point at the words 「計画書の記載」; the plan's own text keeps its offsets): the plan text then
stands under a label the reader knows.  When the heading names no field, the words 「計画書の記載：」 are
taken out and the copied lines stand as written (they often carry their own labels).
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite
from .vocabulary import Vocabulary

# 「計画書の記載：」「計画書の記載内容：」「プランの記載（転記）：」 (bounded: linear on any line)
_COPIED = re.compile(r"^[ \t\u3000]*(?:計画書|ケアプラン|プラン)の記載(?:内容)?(?:[(（]転記[)）])?[ \t\u3000]*[:：][ \t\u3000]*",
                     re.MULTILINE)
# 「問5　目標」「設問3：総合的課題」「Q2. …」
_QUESTION = re.compile(r"^[ \t\u3000]*(?:問|設問|Q)[ \t\u3000]*[0-9]{1,2}[ \t\u3000.:：、]+(?P<name>[^\n]{1,60}?)[ \t\u3000]*$",
                       re.MULTILINE)
# 「確認の観点：目標は…ですか。」「自己評価：■できている」: the worksheet's own lines, whose words
# (「予後予測」「モニタリング」) are no plan text
_WORKSHEET_LINE = re.compile(r"^[ \t\u3000]*(?:確認の観点|点検の視点|点検項目|確認事項|チェックポイント|自己評価|自己点検)"
                             r"[ \t\u3000]*[:：][^\n]*", re.MULTILINE)
_MIN_QUESTIONS = 3


def copied_fields(folded: FoldedText, vocabulary: Vocabulary) -> FoldedText:
    """``folded`` with each 「計画書の記載：」 renamed after its question's field, or unchanged."""
    text = folded.text
    copies = list(_COPIED.finditer(text))
    questions = list(_QUESTION.finditer(text))
    if len(copies) < _MIN_QUESTIONS or len(questions) < _MIN_QUESTIONS:
        return folded
    edits = []
    for copy in copies:
        above = [q for q in questions if q.end() <= copy.start()]
        name = _field_name(above[-1].group("name"), vocabulary) if above else None
        start = copy.start() + len(copy.group()) - len(copy.group().lstrip(" \t\u3000"))
        end = copy.end()
        edits.append((start, end, name + "：" if name else ""))
    return rewrite(folded, edits)


def worksheet_lines(text: str) -> set[str]:
    """The worksheet's own lines (its questions, viewpoints and self-ratings), as the page's furniture: read as
    labels, never as plan text.  Empty when ``text`` is no worksheet."""
    questions = list(_QUESTION.finditer(text))
    lines = [m.group().strip() for m in _WORKSHEET_LINE.finditer(text)]
    if len(questions) < _MIN_QUESTIONS or len(lines) < _MIN_QUESTIONS:
        return set()
    return {m.group().strip() for m in questions} | set(lines)


def _field_name(heading: str, vocabulary: Vocabulary) -> str | None:
    """The field a question's heading names: 「総合的な方針：生活不活発病…」 → 「総合的な方針」."""
    heading = re.sub(r"^[【\[][^】\]]*[】\]]", "", heading).strip()  # 「【本来行うべき支援が…】妥当な…」
    found = vocabulary.label(heading)
    if found is None:
        return None
    return heading[found.label_start:found.label_end]

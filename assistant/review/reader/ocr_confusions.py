"""Characters a scanned plan's OCR confuses, put back where the context leaves no doubt.

A faxed or scanned plan run through OCR reads the long-vowel mark as the kanji 一 (「サ一ビス」「二一ズ」),
katakana ニ as the kanji 二, and the table's rules as the letters l and I (「訪問看護 l ステーション潮騒」).
Then 「ニーズ」 and 「サービス」 match no label, the table has no column, and the plan reads as prose.  Each
confusion is put back one character for one (:func:`.fold.rewrite`, offsets kept), only in its context:

* 一 after katakana, before katakana or the end of a word → ー (「サ一ビス」「ペ一スメ一カ一」);
* 二 and 一/ー before katakana → ニー (「二一ズ」);
* l or I standing alone between spaces on a line ruled with |, or three of them after a line's content → |;
* l after a digit where a digit belongs (「R9.7.3l」) → 1.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite

_KATAKANA = "ァ-ヶー"
_LONG_VOWEL = re.compile(rf"(?<=[{_KATAKANA}])一(?=[{_KATAKANA}]|[\s)）」』、。・/|,]|$)", re.MULTILINE)
_NI = re.compile(rf"二[一ー](?=[{_KATAKANA}])")
_RULE_LETTER = re.compile(r"(?:(?<=[ \t\u3000])|^)[lI](?=[ \t\u3000]|$)", re.MULTILINE)
_RULED_LETTERS = 3
_DIGIT_L = re.compile(r"(?<=[0-9])l(?![A-Za-z])")


def undo_confusions(folded: FoldedText) -> FoldedText:
    """``folded`` with the OCR confusions above put back, or unchanged."""
    text = folded.text
    edits = [(m.start(), m.end(), "ー") for m in _LONG_VOWEL.finditer(text)]
    edits += [(m.start(), m.end(), "ニー") for m in _NI.finditer(text)]
    edits += [(m.start(), m.end(), "1") for m in _DIGIT_L.finditer(text)]
    by_line: dict[int, list[re.Match[str]]] = {}
    for m in _RULE_LETTER.finditer(text):
        by_line.setdefault(text.rfind("\n", 0, m.start()) + 1, []).append(m)
    for line_start, letters in by_line.items():
        line_end = text.find("\n", line_start)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        # 「・内容 l ○ l 訪問介護 l …」: a service line whose every rule was read as l (a line that opens with the
        # letter is the ruled header, read as it is)
        if "|" in line or (len(letters) >= _RULED_LETTERS and not line.lstrip().startswith(("l", "I"))):
            edits += [(m.start(), m.end(), "|") for m in letters]
    return rewrite(folded, edits) if edits else folded

"""A reviewed plan that keeps the previous entries beside the new ones, line by line.

    長期目標
    　【前回】杖を使って、家の中を一人で歩ける（R8.8.1～R9.7.31）　評価×
    　【今回】車いすと歩行器を使い分け、転倒せずに家の中を移動できる（R9.2.15～R10.2.14）
    サービス
    　【継続】立ち上がりの練習／訪問リハビリテーション／…
    　【終了】四点杖の貸与／福祉用具貸与／…

The plan is what holds now: the 【今回】【継続】【新規】【変更】 entries, whose marks are taken out with
:func:`.fold.rewrite` (offsets kept).  A 【前回】 or 【終了】 line is the plan's history: it is read as the
page's furniture (:func:`previous_lines`), shown as read, never placed as a goal or a service.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite

_NOW = re.compile(r"^[ \t\u3000]*(?P<mark>[【\[［](?:今回|継続|新規|変更|追加)[】\]］][ \t\u3000]*)", re.MULTILINE)
_BEFORE = re.compile(r"^[ \t\u3000]*[【\[［](?:前回|終了|旧|削除)[】\]］][^\n]*", re.MULTILINE)
_MIN_MARKS = 2


def current_entries(folded: FoldedText) -> FoldedText:
    """``folded`` with the marks of the entries that hold now taken out, or unchanged when it is no such plan."""
    text = folded.text
    now = list(_NOW.finditer(text))
    if len(now) < _MIN_MARKS or not _BEFORE.search(text):
        return folded
    return rewrite(folded, [(m.start("mark"), m.end("mark"), "") for m in now])


def previous_lines(text: str) -> set[str]:
    """The 【前回】 and 【終了】 lines of such a plan (see the module docstring), as furniture."""
    before = [m.group().strip() for m in _BEFORE.finditer(text)]
    return set(before) if len(before) >= _MIN_MARKS else set()

"""A care software's screen copied whole: its menu and breadcrumbs above the plan, a word to a line.

    ホーム
    利用者
    ケアプラン
    予定・実績
    …

「利用者」 there is a menu item, but read as a label it opened the person's 意向 and the menu became their
words.  A run of many short lines at the very top of the paste, none a sentence, a bullet or a column name
of the form, is the screen's furniture: read as labels, never as plan text.
"""

from __future__ import annotations

import re

from .lines import Line
from .vocabulary import Vocabulary

_MIN_RUN = 6
_MAX_WIDTH = 14  # 「居宅介護支援センターみずなら」: a menu's longest item
_SENTENCE = re.compile(r"[。、:：,，!?！？「」]")
_BULLET = re.compile(r"[・\-*●○■□◆◇①-⑳]|[0-9]{1,2}[.．)）]")


def menu_lines(lines: list[Line], vocabulary: Vocabulary) -> set[str]:
    """The texts of the lines at the top of the paste that are a screen's menu (see the module docstring)."""
    run: list[str] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue  # a blank line between menu items
        if len(text) > _MAX_WIDTH or _SENTENCE.search(text) or _names_column(vocabulary, text) or _BULLET.match(text):
            break
        run.append(text)
    return set(run) if len(run) >= _MIN_RUN else set()


def _names_column(vocabulary: Vocabulary, text: str) -> bool:
    found = vocabulary.label(text)
    return found is not None and found.kind == "column"

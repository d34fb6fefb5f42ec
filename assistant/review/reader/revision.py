"""A plan change pasted as a 新旧対照表: 「項目｜【変更前】｜【変更後】」 and one row per item.

The plan is the 変更後 column (「変更なし」 keeps the 変更前 entry; 「（削除）」「（なし）」 place
nothing).  Each row is rewritten into the labelled line the line reader knows — 「課題1：…」,
service rows as bullets — with :func:`.fold.rewrite`, so every span still points at the user's
own characters.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite
from .lines import split_lines
from .tables import split_cells
from .vocabulary import Vocabulary

_CELL_BREAK = re.compile(r"[|\t]")
_BEFORE = re.compile(r"^[【\[(（]?\s*変更前\s*[】\])）]?$")
_AFTER = re.compile(r"^[【\[(（]?\s*変更後\s*[】\])）]?$")
_UNCHANGED = re.compile(r"^(?:変更なし|同上|同じ|〃)$")
_NOTHING = re.compile(r"^(?:[(（]\s*(?:削除|なし|無し)\s*[)）]|削除|なし|[-－―ー]|)$")


def changed_plan(folded: FoldedText, vocabulary: Vocabulary) -> FoldedText:
    """``folded`` with a 新旧対照表 turned into the labelled lines of its 変更後 column."""
    text = folded.text
    edits: list[tuple[int, int, str]] = []
    columns: tuple[int, int] | None = None
    kind = ""
    lines = split_lines(text)
    for k, line in enumerate(lines):
        start, end = line.start, line.end
        following = lines[k + 1].start if k + 1 < len(lines) else len(text)  # a removed row goes with its line break
        cells = split_cells(line, _CELL_BREAK)
        names = [text[a:b].strip() for a, b in cells]
        before = next((i for i, n in enumerate(names) if _BEFORE.match(n)), None)
        after = next((i for i, n in enumerate(names) if _AFTER.match(n)), None)
        if before is not None and after is not None:
            columns = (before, after)
            edits.append((start, following, ""))  # the header row
            continue
        if columns is None or len(cells) <= max(columns):
            continue
        name = names[0]
        if name:
            kind = "service" if _is_service(name, vocabulary) else "field"
        old, new = cells[columns[0]], cells[columns[1]]
        chosen = old if _UNCHANGED.match(text[new[0]:new[1]].strip()) else new
        value = text[chosen[0]:chosen[1]].strip()
        if _NOTHING.match(value):
            edits.append((start, following, ""))  # an item deleted or not yet there
            continue
        lead = (start, chosen[0]) if kind == "service" or not name else (cells[0][1], chosen[0])
        edits.append((*lead, "・" if kind == "service" or not name else "："))
        if chosen[1] < end:
            edits.append((chosen[1], end, ""))
    return rewrite(folded, [e for e in edits if e[1] > e[0]]) if columns is not None else folded


def _is_service(name: str, vocabulary: Vocabulary) -> bool:
    label = vocabulary.label(re.sub(r"\d+$", "", name) + "：", prefer_columns=True)
    return name.startswith("サービス") and not (label is not None and label.key != "サービス内容")

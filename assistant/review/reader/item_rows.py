"""A plan exported one item per row: 「区分	番号	項目	内容」, then 「支援計画	1-5	頻度	週1回」.

Care software and spreadsheets keep a plan in this long layout: where the item belongs (区分, 番号),
its name (項目) and its value (内容).  The columns of the header name nothing the plan reader knows, so
the plan came out as one field of unsorted text.  Each row is rewritten with :func:`.fold.rewrite` into
the labelled line it stands for (every span still points at the user's own characters): the first name
the vocabulary knows, read from the item back to the category, becomes the label, the cells before it
are taken out and the names after it are its bracket (「支援計画	1-5	頻度	週1回」 → 「頻度：週1回」,
「目標とする生活	-	1日	…」 → 「目標とする生活（1日）：…」).  With no known name the first one is the label.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite
from .vocabulary import Vocabulary

_NAME_HEADERS = frozenset({"項目", "項目名", "欄", "欄名"})
_VALUE_HEADERS = frozenset({"内容", "記載内容", "値", "記入内容"})
_LINE = re.compile(r"[^\n]*")
_INNER = re.compile(r"[(（][^()（）\t\n]*[)）]")
_NUMBER = re.compile(r"[-ー－―]?|[0-9]{1,3}(?:\s*[-ー－―の.]\s*[0-9]{1,3})*")


def item_rows(folded: FoldedText, vocabulary: Vocabulary) -> FoldedText:
    """``folded`` with a one-item-per-row export rewritten into label lines, or unchanged."""
    text = folded.text
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    for k, header in enumerate(lines):
        cells = [c.strip() for c in header.group().split("\t")]
        if 3 <= len(cells) <= 5 and cells[-1] in _VALUE_HEADERS and cells[-2] in _NAME_HEADERS:
            return rewrite(folded, _edits(text, header, lines[k + 1:], len(cells), vocabulary))
    return folded


def _edits(text: str, header: re.Match[str], rows: list[re.Match[str]], width: int,
           vocabulary: Vocabulary) -> list[tuple[int, int, str]]:
    edits = [(header.start(), header.end(), "")]
    for row in rows:
        tabs = [row.start() + i for i, ch in enumerate(row.group()) if ch == "\t"]
        if len(tabs) != width - 1:
            continue  # a line of a quoted cell that goes on (「"…⏎…"」), or a note between the rows
        bounds = list(zip([row.start()] + [t + 1 for t in tabs[:-1]], tabs, strict=True))  # the name cells
        names = [text[a:b].strip() for a, b in bounds]
        label = next((i for i in range(len(names) - 1, -1, -1)
                      if names[i] not in _VALUE_HEADERS and vocabulary.whole_name(names[i])), None)
        if label is None:  # no name the reader knows: the first one stands as the label, as written
            label = next((i for i, name in enumerate(names) if not _NUMBER.fullmatch(name)), None)
        if label is None:
            continue
        if label > 0:
            edits.append((row.start(), bounds[label][0], ""))
        # after the label: numbers (「1-5」「-」) go, qualifiers (「1日」「3か月後（R9.2末）」) are its bracket
        qualified = False
        for k in range(label + 1, len(names)):
            if _NUMBER.fullmatch(names[k]):
                edits.append((bounds[k][0] - 1, bounds[k][1], ""))
            else:
                edits.append((bounds[k][0] - 1, bounds[k][0], "・" if qualified else "（"))
                qualified = True
                # 「3か月後（R9.2末）」: a bracket inside the bracket would end it early; its words stay out
                edits += [(m.start(), m.end(), "") for m in _INNER.finditer(text, *bounds[k])]
        edits.append((tabs[-1], tabs[-1] + 1, "）：" if qualified else "："))
    return edits


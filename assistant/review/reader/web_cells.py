"""A table copied from a web page: every cell on a line of its own with a blank line after it.

An empty cell is a blank line more, so the cells can be counted back into rows: the header names
the columns, and each run of line breaks says how many cells were empty.  The table is rewritten
into tab-separated rows (what an Excel copy gives) with :func:`.fold.rewrite`, so every span still
points at the user's own characters.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite
from .vocabulary import Vocabulary

_MIN_COLUMNS = 5
_CONTENT = re.compile(r"[^\n]*\S[^\n]*")


def cells_to_rows(folded: FoldedText, vocabulary: Vocabulary) -> FoldedText:
    """``folded`` with a one-cell-per-line web table turned into tab-separated rows, or unchanged."""
    text = folded.text
    contents = list(_CONTENT.finditer(text))
    start = _header_start(text, contents, vocabulary)
    if start is None:
        return folded
    first, width = start
    edits: list[tuple[int, int, str]] = []
    index = 0
    for previous, current in zip(contents[first:], contents[first + 1:], strict=False):
        run = text[previous.end():current.start()]
        breaks = run.count("\n")
        following = index + 1 + (breaks - 2) // 2
        if (run.strip(" \t\u3000\n") or breaks < 2 or breaks % 2 or (breaks - 2) // 2 >= 2 * width
                or (following >= width and current.group().lstrip().startswith("※"))):
            break  # no longer one cell per line, or the form's footnotes: the table is over
        row, column = divmod(index, width)
        next_row, next_column = divmod(following, width)
        if row == next_row:
            separator = "\t" * (next_column - column)
        else:
            separator = "\t" * (width - 1 - column) + "\n" + "\t" * next_column
        edits.append((previous.end(), current.start(), separator))
        index = following
    if index < 2 * width:
        return folded  # not even one row under the header
    return rewrite(folded, edits)


def _header_start(text: str, contents: list[re.Match[str]], vocabulary: Vocabulary) -> tuple[int, int] | None:
    """(index of the first header cell, number of columns) of a header written one name per line."""
    for i in range(len(contents)):
        width = 0
        while (i + width < len(contents) and vocabulary.header_key(contents[i + width].group().strip())
               and (width == 0 or text[contents[i + width - 1].end():contents[i + width].start()].count("\n") == 2)):
            width += 1
        if width >= _MIN_COLUMNS:
            return i, width
    return None

"""A plan pasted as HTML source (「ページのソースを表示」 from a care software's print view).

Tags become the separators the line reader knows — a table row a line, its cells tab-separated,
<br> and block ends line breaks — and entities their characters.  The text is rewritten with
:func:`.fold.rewrite`, so every span still points at the user's own characters.
"""

from __future__ import annotations

import html
import re

from .fold import FoldedText, rewrite
from .lines import line_around

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>|<!--.*?-->", re.DOTALL)
# a tag (with whatever entities its attributes hold) or an entity in the text
_MARKUP = re.compile(rf"{_TAG.pattern}|(?P<entity>&(?:#\d{{1,6}}|#x[0-9a-fA-F]{{1,6}}|[a-zA-Z]{{2,8}});)", re.DOTALL)
_STRUCTURE = {"table", "tr", "td", "th", "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "body", "html"}
_MIN_TAGS = 5
_LINE_ENDS = {"tr", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "title"}


def html_to_lines(folded: FoldedText) -> FoldedText:
    """``folded`` with its markup turned into lines and cells, or unchanged when it is no HTML source."""
    tags = list(_TAG.finditer(folded.text))
    names = [(m.group(2) or "").lower() for m in tags]
    if sum(1 for name in names if name in _STRUCTURE and name != "br") < _MIN_TAGS:
        return _br_as_breaks(folded, [m for m, name in zip(tags, names, strict=True) if name == "br"])
    edits: list[tuple[int, int, str]] = []
    first_cell = True  # the first cell of a row needs no tab before it
    for m in _MARKUP.finditer(folded.text):
        if m.group("entity"):
            edits.append((m.start(), m.end(), html.unescape(m.group()).replace("\xa0", " ")))
            continue
        closing, name = m.group(1) == "/", (m.group(2) or "").lower()
        if name in ("td", "th") and not closing:
            edits.append((m.start(), m.end(), "" if first_cell else "\t"))
            first_cell = False
        elif name == "br" or (closing and name in _LINE_ENDS):
            edits.append((m.start(), m.end(), "\n"))
            first_cell = first_cell or name == "tr"
        else:
            edits.append((m.start(), m.end(), ""))
            first_cell = first_cell or (name == "tr" and not closing)
    return _without_blank_runs(rewrite(folded, edits))


def _br_as_breaks(folded: FoldedText, brs: list[re.Match[str]]) -> FoldedText:
    """Text that marks its line breaks with 「<br>」 alone: each a line break, except in a Markdown table row.

    There a 「<br>」 separates the lines of one cell, and the row must stay one line
    (:mod:`.stacked_cells` reads those lines).
    """
    text = folded.text
    edits = []
    for m in brs:
        line_start, line_end = line_around(text, m.start(), m.end())
        if text.count("|", line_start, line_end) < 2:
            edits.append((m.start(), m.end(), "\n"))
    return rewrite(folded, edits) if len(edits) >= _MIN_TAGS else folded


def _without_blank_runs(folded: FoldedText) -> FoldedText:
    """Source line breaks between tags leave empty lines, which HTML never shows: a blank line would end a block."""
    runs = [(m.start(), m.end()) for m in re.finditer(r"\n(?:[ \t]*\n)+", folded.text)]
    return rewrite(folded, [(a, b, "\n") for a, b in runs]) if runs else folded

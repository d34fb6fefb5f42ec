"""Removing PDF-extraction artefacts from guideline text, and nothing else.

The guideline texts come from PDF extraction: every visual line ends in a hard
break, pages leave runs of blank lines, and digits sit between stray spaces
(「令和 22 年」).  The clause texts in ``assistant/data/corpus/`` are produced by
:func:`clean_lines`, which only joins lines and drops such spaces, so that
"verbatim" can be proven: a clause equals its source lines once all whitespace
is removed (:func:`strip_ws`).
"""

from __future__ import annotations

import re

_WS = re.compile(r"\s+")
_CJK = r"\u3000-\u30ff\u3400-\u9fff\uff01-\uff60"
# A space between a CJK character and an ASCII digit run is layout, not text.
_SPACE_BEFORE_DIGIT = re.compile(rf"(?<=[{_CJK}])[ \u3000]+(?=[0-9])")
_SPACE_AFTER_DIGIT = re.compile(rf"(?<=[0-9])[ \u3000]+(?=[{_CJK}])")
_MULTISPACE = re.compile(r"[ \u3000]{2,}")
# A line that starts a new paragraph or list item in these documents.
_PARAGRAPH_START = re.compile(r"^([・○◀]|[0-9]+ |[①-⑳])")
_SENTENCE_END = ("。", "：", "▶")


def strip_ws(text: str) -> str:
    """Remove every whitespace character: the comparison key for verbatim checks."""
    return _WS.sub("", text)


def clean_inline(line: str) -> str:
    """Drop stray spaces inside one line, keeping a leading paragraph number's space."""
    head, body = "", line
    match = re.match(r"^[0-9]+ ", line)
    if match:
        head, body = match.group(0), line[match.end():]
    body = _SPACE_BEFORE_DIGIT.sub("", body)
    body = _SPACE_AFTER_DIGIT.sub("", body)
    body = _MULTISPACE.sub(" ", body)
    return head + body


def clean_lines(raw_lines: list[str]) -> str:
    """Join PDF lines into paragraphs.

    A line break is kept (as ``\\n``) only where a paragraph really ends: after
    a sentence end, or before a line the source indents or starts with a list
    marker.  Everywhere else the break is a mid-sentence artefact and goes.
    """
    paragraphs: list[str] = []
    current = ""
    for raw in raw_lines:
        if not raw.strip():
            continue
        indented = raw[:1] in (" ", "\u3000", "\t")
        line = clean_inline(raw.strip())
        starts_paragraph = indented or bool(_PARAGRAPH_START.match(line))
        if current and (starts_paragraph or current.endswith(_SENTENCE_END)):
            paragraphs.append(current)
            current = line
        else:
            current += line
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)

"""A memo that defines its own abbreviations: 「略：目生＝目標とする生活／総課＝総合的課題／SC＝セルフケア」.

Care managers typing notes before entering a plan shorten the form's field names and say once what
they mean.  Each abbreviation whose meaning is a field or column name is written out where it opens a
line (「目生(1日)」→「目標とする生活(1日)」, 「SC：」→「セルフケア：」) with :func:`.fold.rewrite`, so the
line reader sees the labels it knows; offsets still point at the user's characters.  Abbreviations of
anything else (「M＝か月」) are left alone.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite
from .vocabulary import Vocabulary

_LEGEND = re.compile(r"^[ \t\u3000]*(?:略語?|略称|凡例)[ \t\u3000]*[:：][ \t\u3000]*(?P<entries>[^\n]+)$", re.MULTILINE)
_ENTRY = re.compile(r"(?P<short>[^\s=＝／/、,]{1,6})[ \t\u3000]*[=＝][ \t\u3000]*(?P<long>[^\s=＝／/、,]{2,24})")


def expand_abbreviations(folded: FoldedText, vocabulary: Vocabulary) -> FoldedText:
    """``folded`` with the abbreviations its legend defines written out where they open a line."""
    legend = _LEGEND.search(folded.text)
    if legend is None:
        return folded
    meanings = {}
    for entry in _ENTRY.finditer(legend.group("entries")):
        long = entry.group("long")
        if vocabulary.header_key(long) or vocabulary.label(long + "："):
            meanings[entry.group("short")] = long
    if not meanings:
        return folded
    names = "|".join(re.escape(s) for s in sorted(meanings, key=len, reverse=True))
    line_start = re.compile(rf"^[ \t\u3000]*(?P<short>{names})(?=[(（:：\s①-⑳0-9]|$)", re.MULTILINE)
    edits = [(m.start("short"), m.end("short"), meanings[m.group("short")])
             for m in line_start.finditer(folded.text) if m.start() > legend.end() or m.end() < legend.start()]
    return rewrite(folded, edits) if edits else folded

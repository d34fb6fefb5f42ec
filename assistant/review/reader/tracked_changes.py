"""A plan copied from a document with its tracked changes shown inline (「[削除：…]」「[挿入：…]」「[コメント …]」).

What was deleted is no longer the plan, a comment is a reviewer's note, and an insertion is the plan's
text without its marker.  Deleted text and comments are taken out, the insertion markers are dropped
(:func:`.fold.rewrite`, so every span still points at the user's own characters).  Only when the paste
holds both a deletion and an insertion marker: a lone 「[削除]」 may be a word of the plan.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite

_OPEN = r"[\[［【〔]"
_CLOSE = r"[\]］】〕]"
_DELETED = re.compile(rf"{_OPEN}\s*(?:削除|削除済み|Deleted)\s*[:：][^\]］】〕\n]*{_CLOSE}")
_COMMENT = re.compile(rf"{_OPEN}\s*(?:コメント|Comment)[^\]］】〕\n]*{_CLOSE}")
_INSERTED = re.compile(rf"({_OPEN}\s*(?:挿入|追加|Inserted)\s*[:：])([^\]］】〕\n]*)({_CLOSE})")


def accept_changes(folded: FoldedText) -> FoldedText:
    """``folded`` as the document reads with its tracked changes accepted, or unchanged when it has none."""
    text = folded.text
    deleted, inserted = list(_DELETED.finditer(text)), list(_INSERTED.finditer(text))
    if not deleted or not inserted:
        return folded
    edits = [(m.start(), m.end(), "") for m in deleted + list(_COMMENT.finditer(text))]
    for m in inserted:
        edits += [(m.start(1), m.end(1), ""), (m.start(3), m.end(3), "")]
    return rewrite(folded, edits)

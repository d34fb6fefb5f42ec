"""A plan copied from a tree view (「├─ 第1表」「│   └─ 本人：…」): the branch lines are not part of the plan.

Care software and note apps show a plan as an outline tree; copied as text, every line starts with the
tree's branch characters.  They are taken out of the folded text with :func:`.fold.rewrite` (every span
still points at the user's own characters); a line that is only a branch (「│」) becomes blank.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite
from .lines import line_around

# the branch characters before a node (box drawing, or the ASCII 「|-- 」「`-- 」 some tools print)
_BRANCHES = re.compile(r"^[ \t\u3000]*(?:[│├└┣┗┃┠┖]|\|(?=[ \t]|--)|`--|\+--)[ \t\u3000│├└┣┗┃┠┖─━┄┈\-|`+]*",
                       re.MULTILINE)
_MIN_BRANCH_LINES = 5  # a tree has many; a stray 「│」 in a table is no tree
_NODE = re.compile(r"[├└┣┗┠┖][─━]|[|`+]--")  # the branch that leads to a node
_RULE = re.compile(r"[│┃|]")
_TOGGLE = re.compile(r"[▼▶▽▷►▸▾]")
_LEAF_MARK = re.compile(r"[◆◇■□●○・][ \t\u3000]*")


def strip_branches(folded: FoldedText) -> FoldedText:
    """``folded`` without the tree's branch characters when at least five lines start with them.

    A leaf (a node with nothing under it) becomes a 「・」 item: under 「サービス」 it is one service, under a
    field one of its lines; a node with children is a heading or a label and keeps nothing of its branch.
    """
    text = folded.text
    branches = [m for m in _BRANCHES.finditer(text) if m.end() > m.start()]
    nodes = [m for m in branches if _NODE.search(m.group())]
    if len(branches) < _MIN_BRANCH_LINES or len(nodes) < _MIN_BRANCH_LINES:
        return folded
    # a ruled table (「│ニーズ│長期目標│」) has its rules between cells too; a tree only before its nodes,
    # whose text may hold a 「｜」 of its own (「訪問介護｜事業所｜週3回」)
    ruled = sum(1 for m in branches
                if not _NODE.search(m.group()) and _RULE.search(text, m.end(), line_around(text, m.end(), m.end())[1]))
    if ruled >= 2:
        return folded
    edits = []
    for k, m in enumerate(branches):
        nxt = branches[k + 1] if k + 1 < len(branches) else None
        node = text[m.end():line_around(text, m.end(), m.end())[1]]
        below = nxt is not None and text.count("\n", m.end(), nxt.start()) == 1
        # 「▶ 課題4（折りたたみ中）」: a node shown folded has children though none is below it
        leaf = (not below or _depth(nxt.group()) <= _depth(m.group())) and not _TOGGLE.match(node)
        mark = _LEAF_MARK.match(node) if leaf else None  # 「◆入浴介助…」: the leaf's own mark gives way to 「・」
        edits.append((m.start(), m.end() + (mark.end() if mark else 0), "・" if leaf and node.strip() else ""))
    return rewrite(folded, edits)


def _depth(branch: str) -> int:
    """How far right the node starts: the length of its branch, in characters."""
    return len(branch.rstrip())

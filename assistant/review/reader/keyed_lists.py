"""A plan written as separate lists that point at each other by key (「◇ニーズ一覧　A．…」, 「A-長期：…」,
「S1［→A］訪問介護…」).

The needs are listed once with a key; goals and services name the key of the need they serve.  Each
reference is rewritten into the words the line reader already knows — 「ニーズA：」 for a listed need,
「課題A」 on a line of its own before the goals or the service that serve it, 「長期目標：」「短期目標：」
for the goal labels and 「・」 for a service — with :func:`.fold.rewrite`, so every span still points
at the user's own characters.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite
from .lines import line_around

_KEY = r"[A-Z]|[0-9]{1,2}|[①-⑳]"
# 「◇ニーズ一覧」「【課題リスト】」: the heading over the keyed needs
_NEED_LIST = re.compile(r"^[ \t\u3000]*[【\[〔◇◆■□●・]?[ \t\u3000]*(?:生活全般の解決すべき)?(?:ニーズ|課題)(?:（ニーズ）)?"
                        r"[ \t\u3000]*(?:一覧|リスト)[ \t\u3000]*[】\]〕]?[^\n]*$", re.MULTILINE)
_NEED_ITEM = re.compile(rf"^([ \t\u3000]*)({_KEY})[ \t\u3000]*[.．、:：)）][ \t\u3000]*(?=\S)", re.MULTILINE)
# 「A-長期：」「B-短期:」 and 「A 長期目標：」: a goal of need A
_GOAL_REF = re.compile(rf"(?:^|(?<=[\u3000\t])|(?<=\s\s))[ \t\u3000]*({_KEY})\s*[-－ー‐・の]?\s*(長期|短期)(?:目標)?\s*[:：]",
                       re.MULTILINE)
# 「S1［→A］」「(→B)」 at a line's start: a service of need A
_SERVICE_REF = re.compile(rf"^[ \t\u3000]*(?:S?\s*[0-9]{{1,2}}\s*)?[\[［(（【]\s*[→⇒]?\s*(?:ニーズ|課題)?\s*({_KEY})\s*[\]］)）】]\s*",
                          re.MULTILINE)
_MIN_REFERENCES = 2


def keyed_references(folded: FoldedText) -> FoldedText:
    """``folded`` with its keyed lists spelled as labelled lines, or unchanged when it has none."""
    text = folded.text
    heading = _NEED_LIST.search(text)
    if heading is None:
        return folded
    keys: set[str] = set()
    edits: list[tuple[int, int, str]] = []
    for m in _NEED_ITEM.finditer(text, heading.end()):
        if text.rfind("\n\n", heading.end(), m.start()) >= 0:
            break  # a blank line ends the list
        keys.add(m.group(2))
        edits.append((m.end(1), m.end(), f"ニーズ{m.group(2)}："))
    if len(keys) < _MIN_REFERENCES:
        return folded
    references = 0
    for m in _GOAL_REF.finditer(text, heading.end()):
        if m.group(1) not in keys:
            continue
        references += 1
        # the first reference on its line (nothing before it) names the need; a second one only starts a line
        opener = f"課題{m.group(1)}\n" if not text[line_around(text, m.start(), m.start())[0]:m.start()].strip() else "\n"
        edits.append((m.start(), m.end(), f"{opener}{m.group(2)}目標："))
    for m in _SERVICE_REF.finditer(text, heading.end()):
        if m.group(1) in keys:
            references += 1
            edits.append((m.start(), m.end(), f"課題{m.group(1)}\n・"))
    if references < _MIN_REFERENCES:
        return folded
    return rewrite(folded, sorted(edits))

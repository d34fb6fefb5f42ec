"""Whether the goals read from a table look like goals at all, before any goal check judges them.

A PDF copy or a table pasted with its columns shifted gives goal cells such as 「る」「れることがあるが、体調」
(a cell cut inside a word), 「月1回」 (a frequency), 「通所介護」 or 「特殊寝台の貸与」 (a service), or
「【本来行うべき支援ができない場合】…」 (a label).  Judging those as goals produces findings about the
reader, not the plan (a period missing from 「る」), so the goal checks say they did not run instead.
"""

from __future__ import annotations

import re

from ..meaning.view import Goal
from ..reader.fold import fold_text

# a cell that starts where a word or sentence continues: a particle, an inflection, a closing bracket
_CONTINUES = re.compile(r"[をがにはでてとるれめんっゃゅょぁぃぅぇぉー、。，．）)」』]")
# a cell that stops before its sentence does: a particle or a comma at the end
_CUT = re.compile(r"[をがのとにもは、，]$")
# a field's label where a goal should be (「総合的な方針：…」)
_FIELD_LABEL = re.compile(r"[^：:]{0,12}(?:方針|課題|意向|ニーズ|援助|支援|アセスメント)[^：:]{0,6}[：:]")
_FREQUENCY_ONLY = re.compile(r"(?:週|月|年|日)\s*[0-9一二三四五六七]+\s*回(?:程度)?|毎日|随時|必要時")
_SERVICE_ONLY = re.compile(r".{0,10}(?:訪問介護|通所介護|通所リハ(?:ビリテーション)?|訪問看護|福祉用具(?:貸与)?|貸与|デイサービス"
                           r"|ショートステイ|短期入所(?:生活介護)?|住宅改修|居宅療養管理指導)")
# at least two goals, and more than this share of them, looking misread: the goal columns are doubted
# (one odd cell among ten is the plan's own wording or a stray line, not a shifted column)
_SHARE = 0.25


def misread(goal: Goal) -> str | None:
    """Why the goal's text does not look like a goal, or None when it does."""
    text = fold_text(goal.span.text).strip()
    if not text:
        return None
    if _CONTINUES.match(text):
        return "文の途中から始まっている"
    if _CUT.search(text):
        return "文の途中で切れている"
    if _FREQUENCY_ONLY.fullmatch(text):
        return "頻度だけが入っている"
    if _SERVICE_ONLY.fullmatch(text):
        return "サービス名だけが入っている"
    if text.startswith(("【", "[")) or _FIELD_LABEL.match(text):
        return "見出しが入っている"
    return None


def doubtful_goals(goals: list[Goal]) -> list[tuple[Goal, str]]:
    """The misread goals when they are many enough to doubt the goal columns as a whole, else []."""
    found = [(g, why) for g in goals if (why := misread(g))]
    if len(found) >= 2 and len(found) / len(goals) > _SHARE:
        return found
    return []

"""Table headers on two rows, as Excel and web copies of merged header cells give them.

The forms put a group heading over several columns (「援助目標」 over 長期目標・期間・短期目標・期間,
「援助内容」 over サービス内容…期間, 「支援計画」 over the 予防 columns); a merged cell spans both header
rows (「目標」, 「ニーズ」), so a copy has its name on the upper row and an empty cell under it.  A long
name also wraps onto a second row (「領域における課題」 over 「（背景・原因）」, 「具体策についての意向」
over 「本人・家族」).  Read row by row, the upper row names too few columns and the lower row leaves the
merged column nameless, and the body rows land one column off or in the table above.  These helpers decide
whether two rows are one header and merge them column by column: the lower row's name where it has one,
else the upper row's.
"""

from __future__ import annotations

import re

from .vocabulary import Vocabulary

# 「（背景・原因）」: a wrapped name's aside; 「本人・家族」「本人／家族」: who the column above is written for
_ASIDE = re.compile(r"[(（][^()（）]{1,20}[)）]")
_WHO_SPLIT = re.compile(r"[・/／、,]")


def _names_column(name: str, vocabulary: Vocabulary) -> bool:
    return bool(vocabulary.header_key(name) or vocabulary.group_heading(name))


def is_heading_row(names: list[str], vocabulary: Vocabulary) -> bool:
    """Every filled cell names a column or a group of columns (「目標 | 支援計画」), and at least two do."""
    filled = [n for n in names if n.strip()]
    return len(filled) >= 2 and all(_names_column(n, vocabulary) for n in filled)


def _who(name: str, vocabulary: Vocabulary) -> bool:
    parts = [p.strip() for p in _WHO_SPLIT.split(name.strip())]
    return all(vocabulary.person_speaker.fullmatch(p) or vocabulary.family_speaker.fullmatch(p) for p in parts)


def is_sub_header_row(names: list[str], vocabulary: Vocabulary) -> bool:
    """A row under a header that only finishes its names: asides in brackets, 「本人・家族」, column names.

    A continuation row of the body also starts with empty cells, but holds a support, a frequency or a
    period, never only names — so a row with any other text is a body row.
    """
    filled = [n.strip() for n in names if n.strip()]
    return bool(filled) and all(_names_column(n, vocabulary) or _ASIDE.fullmatch(n) or _who(n, vocabulary)
                                for n in filled)


def merge_header_rows(upper: list[str], lower: list[str], vocabulary: Vocabulary
                      ) -> tuple[list[str | None], list[str], list[bool]]:
    """Keys and names per column of two header rows, and per column whether the lower row named it."""
    keys: list[str | None] = []
    names: list[str] = []
    from_lower: list[bool] = []
    for j in range(max(len(upper), len(lower))):
        low = lower[j] if j < len(lower) else ""
        up = upper[j] if j < len(upper) else ""
        low_key = vocabulary.header_key(low)
        if low_key:
            keys.append(low_key)
            names.append(low)
            from_lower.append(True)
        else:
            up_key = vocabulary.header_key(up)  # a merged cell's name; a group heading names no column
            keys.append(up_key)
            names.append(up if up_key else ("" if vocabulary.group_heading(up) else low))
            from_lower.append(False)
    return keys, names, from_lower


_PLAN_CORE = {"ニーズ", "長期目標", "短期目標", "@goal", "サービス内容", "@support_mix", "本人のセルフケア"}


def assessment_keys(keys: list[str | None]) -> list[str | None] | None:
    """The 予防 assessment table's header (アセスメント領域と現在の状況 | 本人・家族の意欲・意向 | 領域における課題),
    its keys with the cells a merged name leaves empty filled, or None.

    It names no need, goal or support, so it is no plan header; but read as lines, its rows run into one
    課題分析の結果 and the 意欲・意向 column's words are lost as the person's and family's 意向.  The domain
    and its situation share one merged header cell, so an empty header cell right of 課題分析の結果 is more
    of the same.
    """
    if "@intents" not in keys or "課題分析の結果" not in keys or any(k in _PLAN_CORE for k in keys):
        return None
    filled: list[str | None] = []
    for k in keys:
        filled.append(k or ("課題分析の結果" if filled and filled[-1] == "課題分析の結果" else None))
    return filled

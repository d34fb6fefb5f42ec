"""A whole plan exported as one record: a header row of many field names over a single row of values.

Web forms and PDF form exports write every field of the plan as a column: 「課題①」「課題① 長期目標」
「課題① サービス1（内容／種別／事業所／頻度）」 or 「txt_目標1_3か月後」「txt_頻度1」, then the one record.  As a
table it has one row holding several needs side by side, so the needs, goals and services were never read.
Read column by column, the record is a form filled in top to bottom: each value is rewritten with
:func:`.fold.rewrite` into a 「name：value」 line (the name's characters point at the tab before the value; the
value keeps its own offsets), and the header row, whose names now stand beside their values, goes.

A name is tidied into a label the reader knows: a form tool's prefix (「txt_」「chk_」) and an item's number go,
「A_B」 becomes the label of whichever part the vocabulary knows with the other in brackets (「運動移動_意欲意向」
→ 「意欲意向（運動移動）」), and 「サービス1（内容／種別／事業所／頻度）」 names the columns of its value
(「内容／種別／事業所／頻度：…／…」).
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite
from .vocabulary import Vocabulary

_MIN_COLUMNS = 8
_PREFIX = re.compile(r"^[a-z]{2,5}_")  # 「txt_」「chk_」「fld_」: the form tool's type of field
_COLUMNS_IN_NAME = re.compile(r"[(（](?P<names>[^()（）]+(?:[/／][^()（）]+)+)[)）]")
_AREA_ISSUE = "領域における課題"
_NUMBER = re.compile(r"(?<=\D)[0-9]{1,2}$|^[0-9]{1,2}$")


def record_as_labels(folded: FoldedText, vocabulary: Vocabulary) -> FoldedText:
    """``folded`` with a one-record export rewritten into 「name：value」 lines, or unchanged."""
    text = folded.text
    start = len(text) - len(text.lstrip())
    header_end = text.find("\n", start)
    if header_end < 0:
        return folded
    names = text[start:header_end].split("\t")
    if len(names) < _MIN_COLUMNS or not any(_label_of(n, vocabulary)[1] for n in names):
        return folded
    found = _record_tabs(text, header_end + 1)
    if found is None or len(found[0]) != len(names) - 1:
        return folded  # not one record with a value under every name
    tabs, quotes = found
    # the header goes, the first name taking its place in front of the first value
    edits = [(start, header_end + 1, _label_of(names[0], vocabulary)[0] + "：")]
    for name, tab in zip(names[1:], tabs, strict=True):
        edits.append((tab, tab + 1, "\n" + _label_of(name, vocabulary)[0] + "："))
    edits += [(q, q + 1, "") for q in quotes]  # 「"妻：…⏎長女：…"」: the quotes only hold the cell together
    return rewrite(folded, edits)


def _record_tabs(text: str, start: int) -> tuple[list[int], list[int]] | None:
    """The tabs between the cells of the one record from ``start`` and the quotes around its quoted cells (which
    may hold line breaks), or None when a second record follows."""
    tabs: list[int] = []
    quotes: list[int] = []
    quoted = False
    for i in range(start, len(text)):
        ch = text[i]
        if ch == '"' and not quoted and (i == start or text[i - 1] == "\t"):
            quoted = True
            quotes.append(i)
        elif ch == '"' and quoted and (i + 1 == len(text) or text[i + 1] in "\t\n"):
            quoted = False
            quotes.append(i)
        elif ch == "\t" and not quoted:
            tabs.append(i)
        elif ch == "\n" and not quoted and text[i + 1:].strip():
            return None
    return tabs, quotes


def _label_of(name: str, vocabulary: Vocabulary) -> tuple[str, bool]:
    """The label line for a column name, and whether the vocabulary knows it."""
    name = _PREFIX.sub("", name.strip()).strip('"')
    bare = re.sub(r"[(（][^()（）]*[)）]", "", name).strip()
    if bare != name and not _knows(vocabulary, name) and _knows(vocabulary, bare):
        return bare, True  # 「家族の意向（続柄も書いてください）」: the form's instruction is no part of the name
    columns = _COLUMNS_IN_NAME.search(name)
    if columns:  # 「サービス1（内容／種別／事業所／頻度）」: the value's pieces, in this order
        return columns.group("names").replace("/", "／"), True
    parts = [p for p in re.split(r"[_\s]+", name) if p]
    period = re.fullmatch(r"(?P<of>.+?)の?期間", parts[-1]) if parts else None
    if period:  # 「長期目標の期間」 → 「長期目標（期間）」; 「サービスの期間」 is the period of the services
        goal = vocabulary.label(period.group("of"))
        return (f"{period.group('of')}（期間）" if goal and goal.key in ("長期目標", "短期目標") else "期間"), True
    known = [p for p in parts if _knows(vocabulary, _NUMBER.sub("", p))]
    if not known:
        return name, False
    label = known[-1]
    rest = [p for p in parts if p is not label and not _NUMBER.fullmatch(p)]
    label = _NUMBER.sub("", label)
    if parts.index(known[-1]) > 0 and vocabulary.label(label).key == "ニーズ":
        label = _AREA_ISSUE  # 「運動移動_課題」: the 課題 of an アセスメント area (予防), not a need of the plan
    return (label + ("（" + "・".join(rest) + "）" if rest else "")), True


def _knows(vocabulary: Vocabulary, part: str) -> bool:
    return bool(part) and vocabulary.whole_name(part) is not None

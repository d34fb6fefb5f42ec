"""An outline whose levels a legend line defines (「凡例：◎＝課題　◇＝長期目標　◆＝短期目標　・＝援助内容」).

Some offices write 第2表 as an indented outline and say once, in a legend, which mark opens a need, a goal
or a support, and which bracket holds a period (「〔　〕＝期間」).  The marks are the writer's choice, so
they are read from the legend, never from a fixed list: after the legend, a line that starts (indented or
not) with one of its marks is that item.  A support line's pieces follow the order the legend gives in
brackets (「援助内容（内容／種別／事業所／頻度）」), else the form's order.

Revision plans mark changes: 【旧】 (or 【削除】) is a deleted item, and everything below it down to the
next item of its level or above goes with it; 【新】【追加】【変更】 only mark the item; a struck value
(「~~週1回~~週2回」) is replaced by the value next to it.  Deleted items are kept as read labels, never as
plan content, and the reader says so in its notes.
"""

from __future__ import annotations

import re

from .lines import Line

_LEGEND = re.compile(r"^[ \t\u3000]*+[【\[(<]?[ \t\u3000]*+凡例[ \t\u3000]*+[】\])>]?[ \t\u3000]*+[:]?[ \t\u3000]*+")
# 「◎=課題」「〔 〕=期間」「・=援助内容(内容/種別/事業所/頻度)」 (folded text: ＝→=, （→(, ／→/)
_ENTRY = re.compile(r"(?P<mark>[〔\[【(「<][ \u3000]*+[〕\]】)」>]|[^\s=、,]{1,2})[ \t\u3000]*+=[ \t\u3000]*+"
                    r"(?P<name>[^\s=、,(]{1,30})(?:\((?P<parts>[^()]{1,40})\))?")
_LEVELS = {"ニーズ": 0, "長期目標": 1, "@goal": 1, "短期目標": 2, "サービス内容": 3}
_DEFAULT_ORDER = ("サービス内容", "サービス種別", "事業所", "頻度")
_REVISION = re.compile(r"[ \t\u3000]*+[【\[<(〔][ \t\u3000]*+(旧|削除|新|追加|変更|修正)[ \t\u3000]*+[】\]>)〕][ \t\u3000]*+")
_STRUCK = re.compile(r"~~[^~\n]{1,80}~~")
_EMPTY = re.compile(r"[-－―ー]+|なし|無し")
_PIECE_BREAK = re.compile(r"/")


class Legend:
    """Marks → item kinds, the period bracket and the order of a support line's pieces."""

    def __init__(self) -> None:
        self.marks: dict[str, str] = {}  # mark → "ニーズ" | "長期目標" | "短期目標" | "サービス内容"
        self.period: tuple[str, str] = ("〔", "〕")
        self.order: tuple[str, ...] = _DEFAULT_ORDER
        self.deleted_level: int | None = None  # the level of the 【旧】 item whose subtree is being skipped


def read_legend(text: str, vocabulary) -> Legend | None:
    """The legend on this (folded) line, or None when it is not a legend of plan items."""
    m = _LEGEND.match(text)
    if m is None:
        return None
    legend = Legend()
    for entry in _ENTRY.finditer(text, m.end()):
        mark, name = entry.group("mark").strip(), entry.group("name")
        key = vocabulary.header_key(name)
        if key == "@period" and len(mark) >= 2:
            legend.period = (mark[0], mark[-1])
        elif key in _LEVELS:
            legend.marks[mark] = "長期目標" if key == "@goal" else key
            if key == "サービス内容" and entry.group("parts"):
                legend.order = _piece_order(entry.group("parts"), vocabulary)
    return legend if len(legend.marks) >= 2 and "ニーズ" in legend.marks.values() else None


def _piece_order(parts: str, vocabulary) -> tuple[str, ...]:
    order = []
    for part in _PIECE_BREAK.split(parts):
        key = vocabulary.header_key(part)
        order.append(key if key in ("サービス内容", "サービス種別", "事業所", "頻度", "保険給付対象")
                     else ("サービス内容" if part.strip().endswith("内容") else ""))
    return tuple(order)


class LegendLines:
    """Legend-marked items, mixed into :class:`~.document.DocumentReader`."""

    legend: Legend | None = None

    def _legend_line(self, line: Line) -> bool:
        legend = read_legend(line.text, self.v)
        if legend is None:
            return False
        self.legend = legend
        if not self.yobo:
            self.b.plan.sections.add("table2")
        self.b.label(line.start, line.end)
        self.b.close()
        return True

    def _legend_item(self, line: Line) -> bool:
        """A line that starts with one of the legend's marks: a need, a goal or a support."""
        legend = self.legend
        text = line.text
        body = len(text) - len(text.lstrip(" \t\u3000"))
        mark = next((m for m in sorted(legend.marks, key=len, reverse=True) if text.startswith(m, body)), None)
        if mark is None:
            return False
        kind = legend.marks[mark]
        level = _LEVELS[kind]
        start = line.start + body + len(mark)
        if legend.deleted_level is not None and level > legend.deleted_level:
            self.b.label(line.start, line.end)  # under a deleted item: deleted with it
            return True
        legend.deleted_level = None
        revision = _REVISION.match(self.text, start)
        if revision:
            if revision.group(1) in ("旧", "削除"):
                legend.deleted_level = level
                self.b.label(line.start, line.end)
                note = "【旧】（削除）の付いた項目とその下の項目は、今回削除された内容として計画に含めていません。"
                if note not in self.b.plan.reader_notes:
                    self.b.plan.reader_notes.append(note)
                return True
            self.b.label(revision.start(), revision.end())
            start = revision.end()
        self.b.label(line.start, start)
        end, period = self._legend_period(start, line.end)
        if kind == "ニーズ":
            self.b.need(self.b.span(start, end), "legend")
        elif kind in ("長期目標", "短期目標"):
            self.b.goal(kind, self.b.span(start, end), period, "legend")
        else:
            self._legend_support(start, end, period)
        self.b.open = None  # an item is one line: the next line is the next item or other text
        return True

    def _legend_period(self, start: int, end: int):
        """The period bracket at the end of an item (「…〔R8.12〜R9.5〕」): (where the item ends, its span)."""
        opener, closer = self.legend.period
        text = self.text[start:end].rstrip()
        if not text.endswith(closer):
            return end, None
        at = text.rfind(opener)
        if at < 0 or closer in text[at + 1:-1]:
            return end, None
        self.b.label(start + at, start + at + 1)
        self.b.label(start + len(text) - 1, start + len(text))
        return start + at, self.b.span(start + at + 1, start + len(text) - 1)

    def _legend_support(self, start: int, end: int, period) -> None:
        b = self.b
        pieces, pos = [], start
        for m in _PIECE_BREAK.finditer(self.text, start, end):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, end))
        cells = {}
        for column, (a, z) in zip(self.legend.order, pieces, strict=False):
            a, z = self._unstruck(a, z)
            if not column or _EMPTY.fullmatch(self.text[a:z].strip()):
                b.label(a, z)  # 「－」: no provider
                continue
            span = b.span(a, z)
            if span is not None:
                cells[column] = span
        for a, z in pieces[len(self.legend.order):]:
            b.free(b.span(a, z))
        if period is not None:
            cells["サービス期間"] = period
        if "サービス内容" in cells:
            b.service(cells, "legend")
        else:
            for span in cells.values():
                b.plan.free_text.append(span)

    def _unstruck(self, a: int, z: int) -> tuple[int, int]:
        """A piece with a struck value (「~~週1回~~週2回」): the value that replaces it."""
        struck = list(_STRUCK.finditer(self.text, a, z))
        if not struck:
            return a, z
        for m in struck:
            self.b.label(m.start(), m.end())
        after = (struck[-1].end(), z)
        before = (a, struck[0].start())
        return after if self.text[after[0]:after[1]].strip() else before

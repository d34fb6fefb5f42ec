"""第3表 週間サービス計画表: how often each service comes, counted from the week grid.

A 第2表 row often leaves 頻度 empty because the grid shows it.  The grid's
cells are counted per service (a 「↓」 or a repeat in the next time slot of the
same day is the same visit) and the count is given to the rows of that
service as a derived frequency 「週N回（第3表）」.  A service that appears only in
the grid becomes a row of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..plan import DAILY_ACTIVITIES, PlanRow, Span
from .builder import PlanBuilder
from .fold import fold_text
from .lines import Line
from .pieces import split_outside_brackets
from .roles import row_role

_DAYS = ("月", "火", "水", "木", "金", "土", "日")
_DAY_NAMES = frozenset(d + suffix for d in _DAYS for suffix in ("", "曜", "曜日"))
# ``\s*+``: the mark after the spaces is never a space, so nothing changes but the time on a long line of spaces.
_CONTINUED = re.compile(r"^\s*+(?:↓|↑|｜|\||〃|同上|ー+|―+|…|:|・)?\s*$")
_SPLIT = re.compile(r"\t|\||\u3000+|(?<=\S) {2,}(?=\S)| {3,}")
_ALIASES = (
    ("通所リハ", "デイケア", "通所リハビリ"),
    ("通所介護", "デイサービス", "デイ", "通所型", "地域密着型通所", "認知症対応型通所"),
    ("訪問看護", "訪看", "看護"),
    ("訪問入浴",),
    ("訪問リハ",),
    ("訪問介護", "ヘルパー", "ホームヘルプ", "訪問型", "生活援助", "身体介護"),
    ("短期入所", "ショート"),
    ("訪問診療", "往診"),
    ("居宅療養管理指導", "薬剤師", "薬局"),
)


@dataclass
class WeekGrid:
    counts: dict[str, int] = field(default_factory=dict)  # folded service name → visits per week
    first: dict[str, Span] = field(default_factory=dict)  # the first cell of each service


def _cells(line: Line) -> list[tuple[int, int]]:
    """Cells of a grid row: pipes (outer borders dropped), else tabs or runs of spaces."""
    text = line.text
    if text.count("|") >= 2:
        left = text.index("|") + 1 if text.lstrip().startswith("|") else 0
        right = text.rstrip().rfind("|") if text.rstrip().endswith("|") else len(text)
        cells, pos = [], left
        for m in re.finditer(r"\|", text[left:right]):
            cells.append((line.start + pos, line.start + left + m.start()))
            pos = left + m.end()
        cells.append((line.start + pos, line.start + right))
        return cells
    cells, pos = [], 0
    for m in _SPLIT.finditer(text):
        cells.append((line.start + pos, line.start + m.start()))
        pos = m.end()
    cells.append((line.start + pos, line.start + len(text)))
    return cells


def week_header(line: Line, folded: str) -> list[int] | None:
    """Indices of the day columns when the line is the grid's header (月 火 水 木 金 土 日)."""
    cells = _cells(line)
    names = [folded[a:b].strip().strip("|").strip() for a, b in cells]
    days = [k for k, name in enumerate(names) if name in _DAY_NAMES]
    return days if len(days) >= 5 else None


def read_week_grid(lines: list[Line], i: int, builder: PlanBuilder, stop) -> tuple[int, WeekGrid]:
    """Read the grid below its header; returns (next line index, counts)."""
    folded = builder.folded.text
    header_cells = _cells(lines[i])
    day_columns = week_header(lines[i], folded) or []
    builder.label(lines[i].start, lines[i].end)
    grid = WeekGrid()
    previous: dict[int, str] = {}
    j = i + 1
    activity_column = max(day_columns) + 1 if day_columns else None
    has_activity_column = activity_column is not None and activity_column < len(header_cells)
    while j < len(lines):
        line = lines[j]
        if line.blank:
            break
        if stop(j) or re.match(r"\s*(?:週単位以外|※)", line.text):
            break
        if re.match(r"^\s*+\|?\s*+:?-{2,}", line.text):  # a Markdown separator row (``\s*+``: linear on spaces)
            builder.label(line.start, line.end)
            j += 1
            continue
        cells = _cells(line)
        if len(cells) < 2:
            break
        # Align by position when the row has as many cells as the header; else by order after the time label.
        offset = 0 if len(cells) >= len(header_cells) - 1 else len(cells) - len(day_columns) - (1 if has_activity_column else 0)
        builder.label(cells[0][0], cells[0][1])
        current: dict[int, str] = {}
        for k, day_index in enumerate(day_columns):
            index = day_index + offset if offset else day_index
            if index >= len(cells) or index <= 0:
                continue
            a, b = cells[index]
            name = folded[a:b].strip().strip("|").strip()
            if not name or _CONTINUED.match(name):
                if name:
                    current[k] = previous.get(k, "")
                continue
            key = re.sub(r"\s*[(（]?\s*\d{1,2}[:：]\d{2}.*$|\s*[(（][^)）]*[)）]\s*$", "", fold_text(name)).strip() or fold_text(name)
            current[k] = key
            if previous.get(k) == key:
                continue  # the same visit written in the next time slot
            grid.counts[key] = grid.counts.get(key, 0) + 1
            span = builder.span(a, b)
            if span is not None:
                grid.first.setdefault(key, span)
                builder.plan.labels.append(span)
        previous = current
        if has_activity_column:
            index = activity_column + offset if offset else activity_column
            if index < len(cells):
                span = builder.span(*cells[index])
                if span is not None:
                    builder.plan.fields.setdefault(DAILY_ACTIVITIES, []).append(span)
        j += 1
    return j, grid


# 「月：訪問看護（10時）／訪問介護（8時・17時）」: one day of the week and what comes that day
_DAY_LINE = re.compile(r"^\s*([月火水木金土日])(?:曜日?)?\s*[:：]\s*")
_DAY_ITEM_SEPARATORS = "/／、,"
# 「09:30-10:15 訪問看護」「訪問介護 17時〜」: the time of a visit is no part of the service's name
_VISIT_TIME = re.compile(
    r"^\s*\d{1,2}(?:[:：]\d{2}|時(?:\d{1,2}分|半)?)\s*(?:[-~〜～ー－]\s*\d{1,2}(?:[:：]\d{2}|時(?:\d{1,2}分|半)?))?\s*[-~〜～]?\s*"
    r"|\s*\d{1,2}(?:[:：]\d{2}|時(?:\d{1,2}分|半)?)\s*(?:[-~〜～ー－]\s*\d{1,2}(?:[:：]\d{2}|時(?:\d{1,2}分|半)?))?\s*[-~〜～]?\s*$"
)
_MIN_DAY_LINES = 4


def day_list(lines: list[Line], i: int) -> bool:
    """Whether a list of days starts at line ``i`` (at least four days, one line each, in a row)."""
    days = []
    for line in lines[i:i + 7]:
        m = _DAY_LINE.match(line.text)
        if m is None:
            break
        days.append(m.group(1))
    return len(set(days)) >= _MIN_DAY_LINES


def read_day_list(lines: list[Line], i: int, builder: PlanBuilder) -> tuple[int, WeekGrid]:
    """Count the services of a day-by-day 第3表 (「月：訪問看護（10時）／…」); returns (next line, counts)."""
    folded = builder.folded.text
    grid = WeekGrid()
    j = i
    while j < len(lines):
        m = _DAY_LINE.match(lines[j].text)
        if m is None:
            break
        line = lines[j]
        builder.label(line.start, line.start + m.end())
        # 「訪問介護（8時・17時）」: a separator inside the brackets is no new item
        for a, b in split_outside_brackets(folded, line.start + m.end(), line.end, _DAY_ITEM_SEPARATORS):
            name = folded[a:b].strip()
            if not name:
                continue
            key = re.sub(r"\s*[(（][^)）]*[)）]\s*$", "", fold_text(name)).strip() or fold_text(name)
            key = _VISIT_TIME.sub("", key).strip() or key
            grid.counts[key] = grid.counts.get(key, 0) + 1
            span = builder.span(a, b)
            if span is not None:
                grid.first.setdefault(key, span)
                builder.plan.labels.append(span)
        j += 1
    return j, grid


def _group(text: str) -> int | None:
    folded = fold_text(text)
    for k, names in enumerate(_ALIASES):
        if any(name in folded for name in names):
            return k
    return None


def attach_grid(builder: PlanBuilder, grid: WeekGrid) -> None:
    """Give rows without a frequency the grid's count; add services found only in the grid."""
    plan = builder.plan
    used: set[str] = set()
    for row in plan.service_rows():
        frequency = fold_text(row.text("頻度"))
        if frequency and not re.search(r"第\s*3\s*表|週間|参照|通所日|訪問日", frequency):
            continue
        described = row.text("サービス種別") + " " + row.text("サービス内容") + " " + row.text("事業所")
        group = _group(row.text("サービス種別")) if row.text("サービス種別") else _group(described)
        for name, count in grid.counts.items():
            if name in fold_text(described) or (group is not None and _group(name) == group):
                row.derived["頻度"] = f"週{count}回（第3表）"
                used.add(name)
                break
    for row in plan.service_rows():
        described = fold_text(row.text("サービス種別") + row.text("サービス内容") + row.text("事業所"))
        for name in grid.counts:
            if name in described or (_group(name) is not None and _group(name) == _group(row.text("サービス種別") or described)):
                used.add(name)
    for name, count in grid.counts.items():
        if name in used or _group(name) is None:
            continue
        span = grid.first[name]
        row = PlanRow(cells={"サービス内容": span, "サービス種別": span}, source="grid")
        row.role = row_role(row)
        row.derived["頻度"] = f"週{count}回（第3表）"
        plan.rows.append(row)

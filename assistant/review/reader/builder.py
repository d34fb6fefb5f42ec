"""Assemble a :class:`CarePlan` from what the layout readers find, in reading order.

Every reader (tables, labelled lines, bullets, the week grid, the national CSV)
reports the same events — a need, a goal and its period, a service, a field,
a label, free text — in folded-text offsets.  The builder turns them into
spans of the original text and keeps the *context*: the need and goals that
the next service rows serve, exactly as a merged cell of 第2表 would.  A goal
that gets no service is still kept as a row of its own, so no goal is lost.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ..plan import GOAL_COLUMNS, CarePlan, PlanRow, Span
from .cells import is_frequency, is_period
from .fold import FoldedText, fold_text
from .footnotes import footnote_cells
from .numbered_cells import split_numbered_rows
from .roles import ROLE_COLUMNS, row_role
from .vocabulary import Vocabulary

_GOAL_ORDER = {column: i for i, column in enumerate(GOAL_COLUMNS)}
# 「訪問看護（訪問看護ステーションすばる）」: a service type, then its provider in brackets
_TRAILING_AMOUNT = re.compile(  # a frequency, maybe its days in brackets, maybe a period, closing a cell
    r"(?P<freq>(?:週|月|年)\s*[0-9０-９一二三四五六七]{1,2}\s*回(?:[（(][^（）()\n]{1,12}[）)])?"
    r"|毎日(?:[（(][^（）()\n]{1,12}[）)])?"
    r"|(?<=[\s）)])(?:週|月)\s*[0-9０-９]{1,2})[ \t\u3000]{0,4}"  # 「DS（デイ菜の花）週3」: a memo's 週3 for 週3回
    r"(?P<period>(?:R|Ｒ|令和)\s?[0-9０-９]{1,2}[.．年][0-9０-９]{1,2}月?(?:[.．][0-9０-９]{1,2})?"
    r"\s?[〜～~\-－]\s?(?:R|Ｒ|令和)?\s?[0-9０-９]{1,2}[.．年][0-9０-９]{1,2}月?(?:[.．][0-9０-９]{1,2})?)?$")
_TYPE_AND_PROVIDER = re.compile(r"\s*([^()（）\s]{2,16})\s*[(（]([^()（）]{2,30})[)）]\s*")
# 「通所型サービス（現行相当）」「在宅酸素（医療保険）」: a bracket that qualifies the type, not a provider
_TYPE_QUALIFIER = re.compile(r"相当|緩和|基準|保険|自費|実費|予防|総合事業|地域支援|給付|対象|独自")
# 「同上」「〃」: the same as the row above
_DITTO = re.compile(r"\s*(?:同上|〃|″|同じ|上に同じ|同左)\s*")
_DITTO_COLUMNS = ("ニーズ", "長期目標", "長期目標期間", "短期目標", "短期目標期間", "サービス種別", "事業所", "頻度", "サービス期間")
# 「R8.12〜R9.5（週1回・水曜）」: the frequency written in brackets inside the period cell
_BRACKETED = re.compile(r"[（(]([^()（）\n]{1,30})[)）]")


class PlanBuilder:
    def __init__(self, folded: FoldedText, source_name: str | None = None) -> None:
        self.folded = folded
        self.plan = CarePlan(text=folded.original, source_name=source_name)
        self.context: dict[str, Span] = {}
        self.context_has_row = False
        self.open: tuple[str, str] | None = None  # ("field", key) | ("context", column) | ("row", column)
        self.sources: Counter[str] = Counter()
        self.stages: list[dict[str, Span]] = []  # the context of each need, for 「目標 1」 references
        self.goal_contexts: list[dict[str, Span]] = []  # the context of each goal read, for 「3か月後の目標」
        self.stage_index = -1
        self.prose_lines: list[Span] = []  # free-text lines from which goals were read
        self.fresh = False  # the open field was labelled with no value: its next line starts a new span
        self.furniture: set[str] = set()  # lines repeated on every page (running heads)
        self.default_periods: dict[str, Span | None] = {}  # 「期間：長期 …、短期 …（全ニーズ共通）」
        # 「■サービス（期間はいずれもR8.12〜R9.5）」: (rows read before it, the period) for the services below
        self.shared_service_periods: list[tuple[int, Span]] = []
        self.wraps: dict[tuple[int, int], list[Span]] = {}  # a cell's first piece → its wrapped pieces

    # --- spans ------------------------------------------------------------------------------------
    def span(self, start: int, end: int) -> Span | None:
        """The whitespace-stripped original span of folded ``[start, end)``; None when blank."""
        text = self.folded.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            return None
        a, b = self.folded.original_span(start, end)
        return Span(self.folded.original[a:b], a, b)

    def label(self, start: int, end: int) -> None:
        span = self.span(start, end)
        if span is not None:
            self.plan.labels.append(span)

    # --- single-valued fields ---------------------------------------------------------------------
    def field(self, key: str, span: Span | None, *, keep_open: bool = True) -> None:
        if span is None:  # the value follows on the next lines: a new span, not the end of an old one
            self.open = ("field", key) if keep_open else None
            self.plan.fields.setdefault(key, [])
            self.fresh = True
            return
        self.plan.fields.setdefault(key, []).append(span)
        self.open = ("field", key) if keep_open else None
        self.fresh = False

    # --- 第2表: needs, goals, services ------------------------------------------------------------
    def need(self, span: Span | None, source: str) -> None:
        self._flush_goals()
        self.context = {}
        self.context_has_row = False
        if span is not None:
            self.context["ニーズ"] = span
            self.sources[f"needs:{source}"] += 1
        if self.stages and not self.stages[-1]:
            self.stages.pop()  # a need label whose text never came
        self.stages.append(dict(self.context))
        self.stage_index = len(self.stages) - 1
        self.open = ("context", "ニーズ")

    def goal(self, kind: str, span: Span | None, period: Span | None, source: str) -> None:
        """A 長期目標 or 短期目標; a new long-term goal closes the short-term goal before it."""
        if kind == "長期目標" and any(k in self.context for k in ("長期目標", "短期目標")):
            self._flush_goals()
            self.context = {k: v for k, v in self.context.items() if k == "ニーズ"}
            self.context_has_row = False
        elif kind == "短期目標" and "短期目標" in self.context:
            self._flush_goals()
            self.context = {k: v for k, v in self.context.items() if _GOAL_ORDER[k] < _GOAL_ORDER["短期目標"]}
            self.context_has_row = False
        if span is not None:
            self.context[kind] = span
            self.context_has_row = False
            self.sources[f"goals:{source}"] += 1
        if period is not None:
            self.context[kind + "期間"] = period
        if span is not None:
            self._remember_stage()
            self.goal_contexts.append(dict(self.context))
        self.open = ("context", kind)

    def _remember_stage(self) -> None:
        if self.stages and "ニーズ" in self.context:
            self.stages[self.stage_index] = dict(self.context)

    def select_stage_by_period(self, stage: str) -> bool:
        """「3か月後の目標」 in a 支援計画 row: the goal read earlier with that stage as its period (each staged
        goal of one need is its own context, so 「6か月後の目標」 finds the second)."""
        wanted = re.sub(r"\s+", "", stage)
        for context in self.goal_contexts:
            for kind in ("短期目標期間", "長期目標期間"):
                period = context.get(kind)
                if period is not None and re.sub(r"\s+", "", period.text) == wanted:
                    self._enter(context)
                    return True
        return False

    def _stage_index(self, reference: str) -> int | None:
        """The index of need ``reference`` (「1」 or 「①」) among the needs read so far, if it was read."""
        if reference.isascii() and reference.isdigit():
            index = int(reference) - 1
        elif len(reference) == 1 and "①" <= reference <= "⑳":
            index = ord(reference) - ord("①")
        elif len(reference) == 1 and "A" <= reference <= "Z":  # 「課題A」: needs keyed by letter
            index = ord(reference) - ord("A")
        else:
            return None
        return index if 0 <= index < len(self.stages) and self.stages[index] else None

    def has_need(self, reference: str) -> bool:
        """Whether need ``reference`` was already read (with its text), so a later 「課題1」 points back to it."""
        index = self._stage_index(reference)
        return index is not None and "ニーズ" in self.stages[index]

    def select_goal(self, reference: str) -> bool:
        """「［目標2］」 over a 予防 plan's 支援計画 when its goals were listed apart under one need: the rows below
        serve the second goal (a need reference is tried when there are no more goals than needs)."""
        goals: list[dict[str, Span]] = []
        for context in self.goal_contexts:
            goal = context.get("短期目標")
            if goal is not None and not any(g.get("短期目標") == goal for g in goals):
                goals.append(context)
        index = int(reference) - 1 if reference.isascii() and reference.isdigit() else None
        if index is None or len(goals) <= len(self.stages) or not 0 <= index < len(goals):
            return False
        self._enter(goals[index])
        return True

    def select_stage(self, reference: str) -> None:
        """「目標 1」 in a 支援計画 row: the rows below serve need 1 and its goals."""
        index = self._stage_index(reference)
        if index is not None:
            self._select(index)

    def _select(self, index: int) -> None:
        """Make need ``index`` (and its goals) the context of the rows read next."""
        self._enter(self.stages[index])
        self.stage_index = index

    def _enter(self, context: dict[str, Span]) -> None:
        """A context read earlier becomes current again; whether it already has a row is read from the rows."""
        self._flush_goals()
        self.context = dict(context)
        self.context_has_row = any(all(row.cells.get(k) == v for k, v in context.items()) for row in self.plan.rows)

    def period(self, kind: str, span: Span | None) -> None:
        """A period line for the goal just read (rows already made for it get it too)."""
        if span is None:
            return
        column = kind + "期間"
        goal = self.context.get(kind)
        self.context[column] = span
        for row in self.plan.rows:
            if goal is not None and row.cells.get(kind) == goal:
                row.cells.setdefault(column, span)
        self._remember_stage()
        self.open = ("context", column)

    def service(self, cells: dict[str, Span], source: str, *, column_role: str | None = None) -> PlanRow:
        """A support row under the current need and goals."""
        row = PlanRow(cells={**self.context, **cells}, source=source)
        if self.context_has_row:
            row.carried = set(self.context)
        row.role = column_role or row_role(row)
        self.plan.rows.append(row)
        self.context_has_row = True
        self.sources[f"services:{source}"] += 1
        self.open = ("row", next(iter(cells), "サービス内容"))
        return row

    def set_cell(self, column: str, span: Span | None) -> None:
        """Add a cell to the last service row (頻度, 事業所 … given on their own lines)."""
        if span is None:
            return
        if not self.plan.rows or self.open is None or self.open[0] != "row":
            self.plan.free_text.append(span)
            return
        row = self.plan.rows[-1]
        if column in row.cells and column not in row.carried:
            self.plan.free_text.append(span)
            return
        row.cells[column] = span
        if column in ROLE_COLUMNS:
            row.role = row_role(row)
        self.open = ("row", column)

    def has_open_row(self) -> bool:
        return self.open is not None and self.open[0] == "row" and bool(self.plan.rows)

    def _flush_goals(self) -> None:
        """Keep a need or goal that got no service as a row of its own."""
        if self.context and not self.context_has_row:
            self.plan.rows.append(PlanRow(cells=dict(self.context), source="goal"))
            self.context_has_row = True

    # --- continuation lines -----------------------------------------------------------------------
    def extend(self, span: Span) -> bool:
        """Grow the open value to cover a continuation line; False when nothing is open."""
        if self.open is None:
            return False
        kind, key = self.open
        if kind == "field":
            spans = self.plan.fields.get(key)
            if not spans or self.fresh:
                self.fresh = False
                self.plan.fields.setdefault(key, []).append(span)
                return True
            spans[-1] = self._grow(spans[-1], span)
            return True
        if kind == "context":
            old = self.context.get(key)
            if old is None:
                self.context[key] = span
                self._remember_stage()
                return True
            grown = self._grow(old, span)
            self.context[key] = grown
            for row in self.plan.rows:
                if row.cells.get(key) == old:
                    row.cells[key] = grown
            self._remember_stage()
            return True
        row = self.plan.rows[-1]
        old = row.cells.get(key)
        row.cells[key] = span if old is None else self._grow(old, span)
        return True

    def _last_cell_span(self, column: str) -> Span | None:
        """One cell of the row just read: a need or goal of the context, else the last service row's cell."""
        if column in ("ニーズ", "長期目標", "短期目標"):
            return self.context.get(column)
        return self.plan.rows[-1].cells.get(column) if self.plan.rows else None

    def last_cell(self, column: str) -> str:
        """The words of one cell of the row just read, its wrapped pieces included; empty when there is none."""
        base = self._last_cell_span(column)
        if base is None:
            return ""
        return base.text + "".join(piece.text for piece in self.wraps.get((base.start, base.end), ()))

    def wrap_cell(self, column: str, span: Span | None) -> bool:
        """The wrapped rest of one cell of the row just read, kept as a piece of that cell: other columns'
        words stand between the two."""
        if span is None:
            return False
        base = self._last_cell_span(column)
        if base is None:
            return False
        self.wraps.setdefault((base.start, base.end), []).append(span)
        return True

    def _grow(self, old: Span, new: Span) -> Span:
        start, end = min(old.start, new.start), max(old.end, new.end)
        return Span(self.folded.original[start:end], start, end)

    def close(self) -> None:
        self.open = None

    def end_needs(self) -> None:
        """The need blocks are over (a notes heading): later lines are not placed under the last need."""
        self._flush_goals()
        self.context = {}
        self.open = None

    def is_furniture(self, line) -> bool:
        """A running head or foot repeated on every page of a PDF copy."""
        return line.text.strip() in self.furniture

    # --- the rest ---------------------------------------------------------------------------------
    def free(self, span: Span | None) -> None:
        if span is not None:
            self.plan.free_text.append(span)
        self.open = None

    def finish(self, vocabulary: Vocabulary) -> CarePlan:
        self._flush_goals()
        self.plan.rows = split_numbered_rows(self.plan.rows)
        footnote_cells(self.plan, vocabulary)
        for kind, span in self.default_periods.items():
            if span is None:
                continue
            for row in self.plan.rows:
                if kind in row.cells and kind + "期間" not in row.cells:
                    row.cells[kind + "期間"] = span
        for first, span in self.shared_service_periods:
            for row in self.plan.rows[first:]:
                if row.cells.get("サービス内容") and "サービス期間" not in row.cells:
                    row.cells["サービス期間"] = span
        self._resolve_ditto()
        for row in self.plan.rows:
            self._amount_at_cell_end(row)
            self._frequency_in_period(row)
            self._provider_in_type(row)
            for column, span in row.cells.items():
                if (span.start, span.end) in self.wraps:
                    row.wrapped[column] = list(self.wraps[(span.start, span.end)])
        return self.plan

    def _amount_at_cell_end(self, row: PlanRow) -> None:
        """「訪問リハ（ほほえみ）週2回（火・金）R8.12〜R9.5」 run together in the row's last cell: the frequency
        and the period at its end are cells of their own (a bullet whose pieces were not separated)."""
        if "頻度" in row.cells or row.carried & {"サービス内容", "サービス種別", "事業所"}:
            return
        cells = [(c, row.cells[c]) for c in ("サービス内容", "サービス種別", "事業所") if c in row.cells]
        if not cells:
            return
        column, span = max(cells, key=lambda item: item[1].end)
        m = _TRAILING_AMOUNT.search(span.text)
        if m is None or not span.text[:m.start()].strip():
            return
        head = span.text[:m.start()].rstrip()
        row.cells[column] = Span(head, span.start, span.start + len(head))
        row.cells["頻度"] = Span(m.group("freq"), span.start + m.start("freq"), span.start + m.end("freq"))
        if m.group("period") and "サービス期間" not in row.cells:
            row.cells["サービス期間"] = Span(m.group("period"), span.start + m.start("period"), span.start + m.end("period"))

    def _provider_in_type(self, row: PlanRow) -> None:
        """「訪問看護（ステーションすばる）」 in the 種別 cell with no 事業所: the bracket names the provider."""
        kind = row.cells.get("サービス種別")
        if kind is None or "事業所" in row.cells or "サービス種別" in row.carried:
            return
        m = _TYPE_AND_PROVIDER.fullmatch(kind.text)
        inner = fold_text(m.group(2)) if m else ""
        if m is None or is_frequency(inner) or is_period(inner) or _TYPE_QUALIFIER.search(inner):
            return
        row.cells["サービス種別"] = Span(m.group(1), kind.start + m.start(1), kind.start + m.end(1))
        row.cells["事業所"] = Span(m.group(2), kind.start + m.start(2), kind.start + m.end(2))

    def _resolve_ditto(self) -> None:
        """「同上」「〃」 in a need, goal or period cell means the row above's value: the row points at that text,
        so a goal written once is one goal (with its period), not a goal called 「同上」 with none."""
        for row in self.plan.rows:  # 「LTG：清潔保持」 then 「STG：〃」 on the next line: the long-term goal, said again
            short, long = row.cells.get("短期目標"), row.cells.get("長期目標")
            if (short is not None and long is not None and _DITTO.fullmatch(short.text) and long.end < short.start
                    and self.plan.text.count("\n", long.end, short.start) == 1):
                row.cells["短期目標"] = long
        for above, row in pairwise(self.plan.rows):
            for column in _DITTO_COLUMNS:
                span = row.cells.get(column)
                if span is not None and _DITTO.fullmatch(span.text) and above.cells.get(column) is not None:
                    row.cells[column] = above.cells[column]

    def _frequency_in_period(self, row: PlanRow) -> None:
        """A row with no 頻度 whose period cell says it in brackets: the bracket is the row's frequency,
        the rest its period (the frequency then no longer reads as missing, and the period parses)."""
        period = row.cells.get("サービス期間")
        if period is None or "頻度" in row.cells or "サービス期間" in row.carried:
            return
        for m in _BRACKETED.finditer(period.text):
            if not is_frequency(fold_text(m.group(1))):
                continue
            a, b = period.start + m.start(1), period.start + m.end(1)
            row.cells["頻度"] = Span(self.plan.text[a:b], a, b)
            rest = period.text[: m.start()].rstrip()
            if rest:
                row.cells["サービス期間"] = Span(rest, period.start, period.start + len(rest))
            return

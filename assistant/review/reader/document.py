"""Read a whole pasted plan, line by line: headings, tables, the week grid, labelled lines, bullets, notes.

Tables and the week grid are handed to their readers (:mod:`.tables`,
:mod:`.week`); every other line is one of

* a **section heading** (第1表, 第2表, 介護予防サービス・支援計画書 …);
* a **label** with its value (「長期目標：」「③利用者及び家族の生活に対する意向」「長 期 目 標」,
  a label broken over two lines, 「長期目標（1年）：」); a line may hold several
  row labels (「長期目標 X（期間）／短期目標 Y」「→長期目標「X」、短期目標「Y」」);
* a **numbered need** (「ニーズ1:」「【課題2】」「①」「(1)」 before goals);
* a **bullet** placing a service under the current need (「- 内容 / ○ / 種別 / 事業所 / 頻度 / 期間」);
* a **speaker** line (「本人：」「長女（同居）：」「ご本人より」);
* a **continuation** of the open value — a blank line or the next label closes it;
* **free text**, which the checks still read.
"""

from __future__ import annotations

import re

from ..plan import (
    FAMILY_ROLE,
    INTENT_FAMILY,
    INTENT_PERSON,
    NON_WEEKLY_SERVICES,
    TARGET_LIFE,
    Span,
)
from .builder import PlanBuilder
from .cells import cell_kind, is_frequency, is_period, split_frequency_period
from .columns import RowEmitter, resolve_columns, staged_goals
from .lines import Line, split_lines
from .roles import row_role
from .speakers import is_wish, speaker_at_line_start, split_speakers
from .tables import PAGE_FURNITURE, detect_table, read_table
from .vocabulary import NUMBERING, LabelMatch, Vocabulary
from .week import WeekGrid, attach_grid, read_week_grid, week_header

_ROW_LABEL_INLINE = re.compile(r"(?:(?<=[、。,/／→\s「」)）])|^)(?=(?:→\s*)?(?:長期目標|短期目標)\s*[(（:：「\s])")
_NUMBERED_NEED = re.compile(
    r"^\s*(?:[【\[<〔■□●◆◇]\s*)?(?:生活全般の解決すべき)?(?:ニーズ|課題|解決すべき課題)\s*(?:[(（]\s*ニーズ\s*[)）])?\s*"
    r"(?:No\.?\s*)?([0-9]{1,2}|[①-⑳])\s*(?:[】\]>〕])?\s*[:：.．、)]?\s*"
)
_BARE_NUMBER = re.compile(rf"^\s*(?:{NUMBERING})\s*")
_BULLET = re.compile(r"^\s*(?:[-・*●○◦•▪■□◇◆]|[a-z]\))\s*")
_SLASH = re.compile(r"\s*[/／]\s*")
_TARGET_LIFE_ROW = re.compile(r"^\s*\|?\s*(1日|1年|一日|一年)\s*(?:[|\t:：]|\s{1,})\s*(.+?)\s*\|?\s*$")
_QUOTED = re.compile(r"^\s*「(.+)」\s*[、。,]?\s*$")
_GOAL_KEYS = ("長期目標", "短期目標", "@goal")
_ATTRIBUTE_BRACKET = re.compile(r"[［\[【〔]([^［\]］】〕]*[/／][^［\]］】〕]*)[］\]】〕]\s*$")
_PERIOD_IN_NOTE = re.compile(r"(?:[RrHh]|令和|平成|20\d\d)\s*\d{1,2}[^\s()（）、。]*\s*[〜~\-]\s*(?:(?:[RrHh]|令和|平成|20\d\d)\s*)?\d{1,2}[^\s()（）、。で]*")
_DEMOGRAPHICS = re.compile(r"\d+\s*歳|様|殿|氏[（(\s]|要介護|要支援|男性|女性|認定")
_SHORT_FIELDS = ("生活援助中心型の算定理由", "介護認定審査会の意見", "家族の役割", "本人の意向", "家族の意向")
_ARROW = re.compile(r"^\s*[→⇒]\s*")
_GOAL_HEADING = re.compile(r"^\s*[<\[【〔(]\s*目標\s*([0-9]{1,2}|[①-⑳])\s*[>\]】〕)]\s*$")
_PROSE_GOAL = re.compile(r"(?:(?P<kind>長期|短期)目標\s*(?:を|は|として|も)|(?<![長短]期)(?<![各本全])(?<!この)(?<!その)(?<!共通の)(?<!チームの)(?<!プランの)目標\s*(?:は|として))\s*[、,]?\s*")
_GOAL_END = re.compile(r"」?\s*(?:こと|とする)?\s*(?:[(（]\s*(?P<period>[^()（）]{2,24}?)\s*[)）])?\s*(?:[、。,]|とし|とする|$)")
_SERVICE_ATTRIBUTES = ("保険給付対象", "サービス種別", "事業所", "頻度", "サービス期間")
_BRACKET_PERIOD = re.compile(r"[(（]\s*((?:期間\s*[:：]?\s*)?[^()（）]{1,30})\s*[)）]\s*[。、]?\s*$")


class DocumentReader:
    def __init__(self, builder: PlanBuilder, vocabulary: Vocabulary) -> None:
        self.b = builder
        self.v = vocabulary
        self.text = builder.folded.text
        self.lines = split_lines(self.text)
        self.section = ""
        self.in_intents = False
        self.last_goal = ""
        self.group: list = []  # service rows sharing attributes given below them (「サービス内容：a / b / c」)
        self.group_cursor: int | None = None  # attribute lines: -1 shared by the group, k ≥ 0 one per service
        self.grids: list[WeekGrid] = []

    # --- helpers --------------------------------------------------------------------------------
    @property
    def yobo(self) -> bool:
        return "yobo" in self.b.plan.sections or self.section.startswith("yobo")

    def stop(self, j: int) -> bool:
        """Whether line ``j`` ends a table: a section heading or a labelled line with a colon."""
        line = self.lines[j]
        if self.v.section(line.text):
            return True
        label = self.v.label(line.text)
        return bool(label and label.delimiter == ":" and label.kind == "field")

    def in_plan_table(self) -> bool:
        return self.section in ("table2", "yobo_support") or bool(self.b.context) or bool(self.b.plan.rows)

    # --- the loop -------------------------------------------------------------------------------
    def run(self) -> None:
        counts: dict[str, int] = {}
        for line in self.lines:
            key = line.text.strip()
            if len(key) >= 6:
                counts[key] = counts.get(key, 0) + 1
        self.b.furniture = {k for k, n in counts.items() if n >= 2 and len(k) >= 10 and not self.v.label(k)
                            and not _is_table_row(k) and cell_kind(k, self.v.service_type) == "text"}
        j = 0
        while j < len(self.lines):
            j = self.read_line(j)
        for grid in self.grids:
            attach_grid(self.b, grid)

    def read_line(self, j: int) -> int:
        line = self.lines[j]
        text = line.text
        if line.blank:
            self.b.close()
            self.in_intents = False
            self.group = []
            self.group_cursor = None
            return j + 1
        section = self.v.section(text)
        if section:
            self.b.label(line.start, line.end)
            self.b.close()
            self.in_intents = False
            self.section = section
            self.b.plan.sections.add("yobo" if section == "yobo_support" else section)
            return j + 1
        if week_header(line, self.text):
            self.b.plan.sections.add("table3")
            end, grid = read_week_grid(self.lines, j, self.b, self.stop)
            self.grids.append(grid)
            self.b.close()
            return end
        table = detect_table(self.lines, j, self.v, self.text, yobo=self.yobo)
        if table:
            self.in_intents = False
            self.b.plan.sections.add("yobo" if self.yobo else "table2")
            return read_table(self.lines, j, table, self.b, self.v, self.stop)
        if PAGE_FURNITURE.match(text) or self.b.is_furniture(line):
            self.b.label(line.start, line.end)
            return j + 1
        if self.b.open == ("field", TARGET_LIFE):
            m = _TARGET_LIFE_ROW.match(text)
            if m:
                self._target_life(line.start + m.start(1), line.start + m.end(1), line.start + m.start(2),
                                  line.start + m.end(2))
                return j + 1
        reference = _GOAL_HEADING.match(text)
        if reference:
            self.b.label(line.start, line.end)
            self.b.select_stage(reference.group(1))
            self.b.open = None
            return j + 1
        if _ARROW.match(text) and self.b.has_open_row():
            if self._attribute_line(line, j) or self._bullet(line, marker=_ARROW):
                return j + 1
        if _BULLET.match(text) and self.in_plan_table() and self._bullet(line):
            return j + 1
        label, consumed = self._label(j)
        if label is not None:
            number = re.match(rf"\s*(?:[<\[【〔]\s*)?({NUMBERING})", text)
            if number and self.yobo and label.key in (*_GOAL_KEYS, "本人のセルフケア", "家族", "インフォーマル",
                                                      "@support_mix", "サービス内容"):
                self.b.select_stage(_number_of(number.group(1)))
            self._labelled(label, consumed)
            return j + consumed
        if self._numbered_goal(line):
            return j + 1
        if self._numbered_need(j):
            return j + 1
        if self._bullet(line):
            return j + 1
        if self._speaker_line(line):
            return j + 1
        if self._attribute_line(line, j):
            return j + 1
        span = self.b.span(line.start, line.end)
        if self.in_intents and self.b.open != ("field", "課題分析の結果"):
            self.b.field("課題分析の結果", span)  # a line of the 意向 field with no speaker: the analysis
            return j + 1
        if self.b.has_open_row() and _ATTRIBUTE_BRACKET.search(text) and self._service_with_attributes(line.start, line.end):
            return j + 1
        if self._prose_goals(line):
            return j + 1
        if self.b.open is not None and self._continues(j) and self.b.extend(span):
            return j + 1
        self.b.free(span)
        return j + 1

    def _continues(self, j: int) -> bool:
        """Whether line ``j`` carries on the open value: fields always; a need, goal or service
        cell only when the line before was cut mid-sentence and this line is not a note of its own."""
        kind, key = self.b.open
        if kind == "field":
            # 「モニタリング：月1回訪問」 under a one-line field is a note of its own, not the field's next line
            return not (key in _SHORT_FIELDS and re.match(r"\s*[^\s:：]{2,12}\s*[:：]", self.lines[j].text))
        if re.match(r"\s*[（(【※\[〔<＜◎●■◆★☆▲△]", self.lines[j].text):
            return False
        before = self.lines[j - 1].text.rstrip() if j else ""
        return not before.endswith(("。", "」", "）", ")"))

    def _prose_goals(self, line: Line | tuple[int, int]) -> bool:
        """「長期目標を…こと（R8.6まで）、短期目標を…こと」 in a note: the goals it states."""
        start, end = (line.start, line.end) if isinstance(line, Line) else line
        found = list(_PROSE_GOAL.finditer(self.text, start, end))
        goals = [g for k, m in enumerate(found)
                 if (g := _prose_goal(self.text, m, found[k + 1].start() if k + 1 < len(found) else end))]
        if not goals:
            return False
        b = self.b
        b.free(b.span(start, end))
        for kind, goal, period in goals:
            b.goal(kind, b.span(*goal), b.span(*period) if period else None, "prose")
        b.prose_lines.append(b.plan.free_text[-1])
        b.open = None
        return True

    # --- labels ---------------------------------------------------------------------------------
    def _label(self, j: int) -> tuple[LabelMatch | None, int]:
        """The label at line ``j`` (or spread over lines j and j+1), with the folded offset base."""
        line = self.lines[j]
        prefer_columns = self.in_plan_table() or self.section in ("table2", "yobo_support")
        label = self.v.label(line.text, prefer_columns=prefer_columns)
        if j + 1 < len(self.lines) and not self.lines[j + 1].blank and (label is None or label.delimiter == "end"):
            joined = self.text[line.start:self.lines[j + 1].end]
            two = self.v.label(joined, prefer_columns=prefer_columns)
            if two is not None and two.label_end > len(line.text) and (label is None or two.label_end > label.label_end):
                return _shift(two, line.start), 2
        return (_shift(label, line.start), 1) if label else (None, 1)

    def _labelled(self, label: LabelMatch, consumed: int) -> None:
        b = self.b
        first = self.lines[self._line_index(label.label_start)]
        line_end = self.lines[self._line_index(label.label_start) + consumed - 1].end
        label_from = first.start if label.label_start - first.start < 8 else label.label_start  # ③, 【, ・ before it
        b.label(label_from, label.value_start if label.value_start > label.label_start else label.label_end)
        if label.bracket and label.key not in _GOAL_KEYS:
            b.label(*label.bracket)
        value = (label.value_start, line_end)
        key = label.key
        if label.kind == "field" and key == INTENT_FAMILY and self.section == "yobo_support":
            self._column("家族", value)  # 「家族：」 in 支援計画 places the family's part
            return
        if label.kind == "field":
            self._field(key, value, label)
            return
        self.in_intents = False
        if key in _GOAL_KEYS or key == "ニーズ":
            self._row_value(key, value, label)
            return
        if key == "@family_support":
            key = "家族"
        pieces = self._inline_columns(value)
        self._column(key, (value[0], pieces[0][0]) if pieces else value)
        for k, (cut, inner) in enumerate(pieces):
            stop = pieces[k + 1][0] if k + 1 < len(pieces) else value[1]
            b.label(inner.label_start, inner.value_start)
            self._column(inner.key, (inner.value_start, stop))

    def _inline_columns(self, value: tuple[int, int]) -> list[tuple[int, LabelMatch]]:
        """Further column labels on the same line: 「種別：訪問看護　事業所：にじ　頻度：週1回」."""
        start, end = value
        found = []
        for m in re.finditer(r"(?:\u3000+|\t+| {2,}|[／/]\s*)", self.text[start:end]):
            at = start + m.end()
            inner = self.v.label(self.text[at:end], prefer_columns=True)
            if inner is not None and inner.kind == "column" and inner.delimiter == ":":
                found.append((start + m.start(), _shift(inner, at)))
        return found

    def _line_index(self, offset: int) -> int:
        lo, hi = 0, len(self.lines) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.lines[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def _field(self, key: str, value: tuple[int, int], label: LabelMatch) -> None:
        b = self.b
        span = b.span(*value)
        if key == "@intents":
            self.in_intents = True
            b.close()
            b.open = None
            if span is not None:
                self._speech(value, default=None)
            return
        if key in (INTENT_PERSON, INTENT_FAMILY):
            speaker = "person" if key == INTENT_PERSON else "family"
            if span is not None and _DEMOGRAPHICS.search(span.text) and not is_wish(span.text):
                b.label(*value)  # 「利用者：E氏（74歳・男性）要介護3」 names the person; it is not a wish
                b.open = None
                return
            if span is None:
                b.field(key, None)
                return
            # 「家族の意向：」 names the field; 「長女：」 only names the speaker, whose line may be a role.
            named_field = bool(re.search(r"意向|希望|思い|想い", self.text[label.label_start:label.label_end]))
            self._speech(value, default=speaker if named_field else None, speaker=None if named_field else speaker)
            return
        self.in_intents = False
        if key == TARGET_LIFE:
            bracket = self.text[label.bracket[0]:label.bracket[1]] if label.bracket else ""
            if bracket and span is not None:
                self._target_life(label.bracket[0], label.bracket[1], *value)
                return
        if key == NON_WEEKLY_SERVICES:
            self.b.plan.sections.add("table3")
        b.field(key, span)

    def _target_life(self, kind_start: int, kind_end: int, start: int, end: int) -> None:
        """「目標とする生活（1年）」: the year's goal is the plan's long-term goal as well."""
        b = self.b
        span = b.span(start, end)
        b.label(kind_start, kind_end)
        b.field(TARGET_LIFE, span)
        if "年" in self.text[kind_start:kind_end] and span is not None:
            context = dict(b.context)
            b.goal("長期目標", span, b.span(kind_start, kind_end), "labels")
            b.context = {k: v for k, v in context.items()} | {"長期目標": span}
        b.open = ("field", TARGET_LIFE)

    def _speech(self, value: tuple[int, int], default: str | None, speaker: str | None = None,
                *, notes: bool = False) -> None:
        """An 意向 value: split by speakers; a family member's role is not their wish.

        ``default``: the field the words belong to whatever they say (「家族の意向：」);
        ``speaker``: who speaks when the label only names a person (「長女：」);
        ``notes``: a line of notes, where words of no speaker stay free text.
        """
        b = self.b
        for found, rng, mark in split_speakers(self.text, value, self.v):
            if notes and found is None and mark is None and rng[1] > rng[0]:
                if not self._prose_goals(rng):
                    b.free(b.span(*rng))
                continue
            if mark is not None:
                b.label(*mark)
            if rng[1] <= rng[0]:
                continue
            if found is None and speaker is not None and mark is None:
                found = speaker
                if speaker == "family" and not is_wish(self.text[rng[0]:rng[1]]):
                    found = "family_role"
            who = found or default
            span = b.span(*rng)
            if who == "person":
                b.field(INTENT_PERSON, span)
            elif who == "family":
                b.field(INTENT_FAMILY, span)
            elif who == "family_role":
                b.field(FAMILY_ROLE if default != "family" else INTENT_FAMILY, span)
            else:
                b.field("課題分析の結果", span)
        b.open = None

    def _row_value(self, key: str, value: tuple[int, int], label: LabelMatch) -> None:
        """A need or goal label; the value may hold more row labels (「X（期間）／短期目標 Y」)."""
        b = self.b
        self.group = []
        self.group_cursor = None
        start, end = value
        cuts = [m.start() for m in _ROW_LABEL_INLINE.finditer(self.text, start, end) if m.start() > start]
        cuts = [c for c in cuts if self.v.label(self.text[c:end], prefer_columns=True)]
        segment_end = cuts[0] if cuts else end
        if key == "ニーズ":
            stripped = _strip_need_number(self.text, (start, segment_end))
            if stripped[0] > start:
                b.label(start, stripped[0])
            b.need(b.span(*stripped), "labels")
        else:
            kind = key if key != "@goal" else ("短期目標" if self.yobo else "長期目標")
            period = b.span(*label.bracket) if label.bracket and is_period(self.text[label.bracket[0]:label.bracket[1]]) else None
            self._goal(kind, (start, segment_end), period)
        for k, cut in enumerate(cuts):
            stop = cuts[k + 1] if k + 1 < len(cuts) else end
            inner = self.v.label(self.text[cut:stop], prefer_columns=True)
            if inner is None:
                continue
            inner = _shift(inner, cut)
            b.label(inner.label_start, inner.value_start)
            if inner.key in _GOAL_KEYS:
                kind = inner.key if inner.key != "@goal" else "長期目標"
                period = b.span(*inner.bracket) if inner.bracket and is_period(self.text[inner.bracket[0]:inner.bracket[1]]) else None
                self._goal(kind, (inner.value_start, stop), period)
            else:
                self._column(inner.key, (inner.value_start, stop))

    def _goal(self, kind: str, value: tuple[int, int], period: Span | None) -> None:
        b = self.b
        start, end = value
        stages = staged_goals(self.text, start, end)
        if stages:  # 「3か月後：…／6か月後：…」
            for goal, stage in stages:
                b.label(stage[1], goal[0])
                b.goal(kind, b.span(*goal), b.span(*stage), "labels")
            self.last_goal = kind
            return
        while end > start and self.text[end - 1] in "、。,／/ \t":
            end -= 1
        raw = self.text[start:end]
        m = _QUOTED.match(raw)
        if m:
            start, end = start + m.start(1), start + m.end(1)
        else:
            bracket = _BRACKET_PERIOD.search(raw)
            if bracket and is_period(bracket.group(1)):
                period = period or b.span(start + bracket.start(1), start + bracket.end(1))
                end = start + bracket.start()
            q = re.match(r"\s*「([^」]+)」", self.text[start:end])
            if q:
                after = (start + q.end(), end)
                start, end = start + q.start(1), start + q.end(1)
                if self.text[after[0]:after[1]].strip():
                    b.label(*after)  # 「（いずれも R7.7〜R7.12 で見直し）」: a note on the goals' periods
                    found = _PERIOD_IN_NOTE.search(self.text, *after)
                    if found and period is None:
                        period = b.span(found.start(), found.end())
                        shared = re.search(r"いずれも|共通|とも", self.text[after[0]:after[1]])
                        other = "長期目標" if kind == "短期目標" else None
                        if shared and other and other in b.context and other + "期間" not in b.context:
                            b.period(other, period)
        self.last_goal = kind
        b.goal(kind, b.span(start, end), period, "labels")

    def _column(self, key: str, value: tuple[int, int]) -> None:
        b = self.b
        start, end = value
        span = b.span(start, end)
        if key == "@period":
            both = re.search(r"長期\s*[:：]?\s*(?P<long>[^、,／/]+?)\s*[、,／/]\s*短期\s*[:：]?\s*(?P<short>[^、,／/()（）]+)", self.text[start:end])
            if both:  # 「期間：長期 R7.10～R8.9、短期 R7.10～R8.3（全ニーズ共通）」
                b.default_periods["長期目標"] = b.span(start + both.start("long"), start + both.end("long"))
                b.default_periods["短期目標"] = b.span(start + both.start("short"), start + both.end("short"))
                return
            if re.search(r"共通|いずれも|全て|すべて", self.text[start:end]) and b.plan.service_rows():
                period = re.match(r"[^()（）]+", self.text[start:end])
                if period and period.end() < end - start:
                    b.label(start + period.end(), end)  # 「（全サービス共通）」
                span = b.span(start, start + period.end()) if period else span
                for row in b.plan.service_rows():
                    if "サービス期間" not in row.cells and span is not None:
                        row.cells["サービス期間"] = span
                return
            if b.has_open_row():
                self._set_group("サービス期間", span)
            else:
                b.period(self.last_goal or "長期目標", span)
            return
        if key == "サービス内容":
            self.group = []
            self.group_cursor = None
            if self._service_with_attributes(start, end):
                return
            shared: list = []
            tail = list(re.finditer(r"\u3000+|\t+| {2,}", self.text[start:end]))
            if tail:  # 「a／b　訪問介護（ステーション）週1回」: attributes shared by the list
                cut = start + tail[-1].start()
                typed = _typed_pieces(self.text, _split_inner(self.text, start + tail[-1].end(), end), self.v)
                if typed and all(kind != "text" for _, kind in typed):
                    shared, end = typed, cut
            parts = [(a, c) for a, c in _split_slash(self.text, start, end)]
            kinds = [cell_kind(self.text[a:c], self.v.service_type) for a, c in parts]
            if len(parts) > 1 and any(k not in ("text", "provider") for k in kinds[1:]):
                # 「サービス内容：筋力訓練 / ○ / 通所介護 / デイひだまり / 週2回 / R7.8〜R7.10」: one service, its columns
                cells = {"サービス内容": b.span(*parts[0])}
                for (a, c), kind in zip(parts[1:], kinds[1:]):
                    column = _KIND_COLUMN.get(kind) or ("サービス種別" if "サービス種別" not in cells and
                                                        _role_word(self.text[a:c], self.v) else "事業所")
                    span = b.span(a, c)
                    if span is not None and column not in cells:
                        cells[column] = span
                    elif span is not None:
                        b.plan.free_text.append(span)
                cells = {k: v for k, v in cells.items() if v is not None}
                if "サービス内容" in cells:
                    self.group = [b.service(cells, "labels")]
                    self.group_cursor = None
                return
            for a, c in parts:
                bracket = re.search(r"[(（]([^()（）]{1,24})[)）]\s*$", self.text[a:c])
                cells = {"サービス内容": b.span(a, c)}
                if bracket and (is_frequency(bracket.group(1)) or self.v.service_type.match(bracket.group(1))):
                    cells["サービス内容"] = b.span(a, a + bracket.start())
                    kind = "頻度" if is_frequency(bracket.group(1)) else "サービス種別"
                    cells[kind] = b.span(a + bracket.start(1), a + bracket.end(1))
                cells = {k: v for k, v in cells.items() if v is not None}
                if "サービス内容" in cells:
                    self.group.append(b.service(cells, "labels"))
            if not parts or not self.group:
                b.open = None
            for (a, c), kind in shared:
                column = _KIND_COLUMN.get(kind)
                if column:
                    self._set_group(column, b.span(a, c))
            return
        if key == "@frequency_period":
            frequency, period = split_frequency_period(self.text[start:end])
            if frequency:
                self._set_group("頻度", b.span(start + frequency[0], start + frequency[1]))
            if period:
                self._set_group("サービス期間", b.span(start + period[0], start + period[1]))
            return
        if key in ("本人のセルフケア", "家族", "インフォーマル", "@support_mix"):
            role = {"本人のセルフケア": "本人", "家族": "家族", "インフォーマル": "インフォーマル"}.get(key)
            header = resolve_columns([key], [key], yobo=self.yobo)
            emitter = RowEmitter(b, self.v, header, "labels")
            emitter._support_entries((start, end), role, {})
            return
        if key in _SERVICE_ATTRIBUTES or key in ("支援のポイント", "目的", "備考"):
            if key == "サービス種別" and not b.has_open_row():
                if span is not None:
                    self.group = [b.service({"サービス種別": span}, "labels")]
                    self.group_cursor = None
                return
            if not b.has_open_row():
                b.free(span)
                return
            self._set_group(key, span)
            return
        b.free(span)

    def _service_with_attributes(self, start: int, end: int) -> bool:
        """「個別リハビリ、集団体操　［○／通所リハ／デイケアせせらぎ／週1回／R7.9.1～R7.11.30］」."""
        m = _ATTRIBUTE_BRACKET.search(self.text, start, end)
        if m is None or m.start() <= start:
            return False
        b = self.b
        inner_start, inner_end = m.start(1), m.end(1)
        pieces, pos = [], inner_start
        for sep in re.finditer(r"[/／]", self.text[inner_start:inner_end]):
            pieces.append((pos, inner_start + sep.start()))
            pos = inner_start + sep.end()
        pieces.append((pos, inner_end))
        cells = {"サービス内容": b.span(start, m.start())}
        if len(pieces) == 5:
            columns = ("保険給付対象", "サービス種別", "事業所", "頻度", "サービス期間")
            for column, (a, c) in zip(columns, pieces):
                cells[column] = b.span(a, c)
        else:
            for a, c in pieces:
                kind = cell_kind(self.text[a:c], self.v.service_type)
                column = {"mark": "保険給付対象", "type": "サービス種別", "provider": "事業所", "frequency": "頻度",
                          "period": "サービス期間"}.get(kind)
                if column and column not in cells:
                    cells[column] = b.span(a, c)
        cells = {k: v for k, v in cells.items() if v is not None}
        if "サービス内容" not in cells:
            return False
        b.label(m.start(), m.start(1))
        b.label(m.end(1), m.end())
        self.group = [b.service(cells, "labels")]
        self.group_cursor = None
        return True

    def _set_group(self, column: str, span: Span | None) -> None:
        """An attribute line below 「サービス内容：a / b / c」 belongs to every service of the list."""
        if span is None:
            return
        rows = [r for r in self.group if r in self.b.plan.rows] or (self.b.plan.rows[-1:] if self.b.has_open_row() else [])
        placed = False
        for row in rows:
            if column not in row.cells or column in row.carried:
                row.cells[column] = span
                placed = True
                if column in ("サービス種別", "保険給付対象"):
                    row.role = row_role(row)
        if not placed:  # a second 種別 or 頻度 for the same row: kept as written, never dropped
            self.b.plan.free_text.append(span)
        self.b.open = ("row", column)

    # --- numbered needs, bullets, speakers, attribute lines -------------------------------------
    def _numbered_need(self, j: int) -> bool:
        line = self.lines[j]
        m = _NUMBERED_NEED.match(line.text)
        if m is None:
            m = _BARE_NUMBER.match(line.text)
            if m is None or not (self._goal_follows(j) or self.b.open == ("context", "ニーズ")):
                return False
            if self.v.label(line.text[m.end():]) or not line.text[m.end():].strip():
                return False
        elif not line.text[m.end():].strip() and not self._goal_follows(j):
            # 「課題1」 alone before its text: a need whose value follows
            pass
        self.b.label(line.start, line.start + m.end())
        self.group = []
        self.group_cursor = None
        rest = (line.start + m.end(), line.end)
        label = self.v.label(self.text[rest[0]:rest[1]], prefer_columns=True)
        if label is not None and label.key == "ニーズ":
            label = _shift(label, rest[0])
            self.b.label(label.label_start, label.value_start)
            rest = (label.value_start, rest[1])
        self.b.need(self.b.span(*rest), "labels")
        return True

    def _numbered_goal(self, line: Line) -> bool:
        """「目標」 followed by 「1．…」「2．…」 in a 予防 plan: goal N serves need N (read once)."""
        if not self.yobo or self.b.open is None or self.b.open[0] != "context" or self.b.open[1] not in ("短期目標", "長期目標"):
            return False
        m = re.match(rf"\s*({NUMBERING})\s*", line.text)
        if m is None or self.v.label(line.text[m.end():]):
            return False
        b = self.b
        kind = b.open[1]
        b.label(line.start, line.start + m.end())
        b.select_stage(_number_of(m.group(1)))
        span = b.span(line.start + m.end(), line.end)
        if span is not None and any(_same(span.text, r.text(kind)) for r in b.plan.rows) or (
                span is not None and _same(span.text, b.context.get(kind).text if b.context.get(kind) else "")):
            b.plan.labels.append(span)  # the goal was already read from 課題に対する目標と具体策の提案
            b.open = ("context", kind)
            return True
        self._goal(kind, (line.start + m.end(), line.end), None)
        return True

    def _goal_follows(self, j: int) -> bool:
        """A goal label within the next few lines: the numbered line is a need."""
        seen = 0
        for k in range(j + 1, min(len(self.lines), j + 8)):
            if self.lines[k].blank:
                continue
            label = self.v.label(self.lines[k].text, prefer_columns=True)
            if label and label.key in _GOAL_KEYS:
                return True
            seen += 1
            if seen >= 4:
                break
        return False

    def _bullet(self, line: Line, marker: re.Pattern[str] = _BULLET) -> bool:
        """「- 入浴介助 / ○ / 通所介護 / さくらデイ / 週2回 / R7.4〜R7.9」 or 「・長女：週末の買い物」 under a need."""
        m = marker.match(line.text)
        if m is None or not self.in_plan_table() or self.in_intents:
            return False
        if not (self.b.context or self.section in ("table2", "yobo_support")):
            return False
        start = line.start + m.end()
        label = self.v.label(self.text[start:line.end], prefer_columns=True)
        if label is not None and label.kind == "column":
            self._labelled(_shift(label, start), 1)
            return True
        b = self.b
        parts = _split_slash(self.text, start, line.end)
        if len(parts) == 1:
            parts = _split_wide(self.text, start, line.end)
        cells: dict[str, Span] = {}
        first = parts[0]
        speaker = re.match(r"\s*([^:：\s/／]{1,8})\s*[:：]\s*", self.text[first[0]:first[1]])
        if speaker and (self.v.person_speaker.fullmatch(speaker.group(1)) or self.v.family_speaker.fullmatch(speaker.group(1))
                        or re.fullmatch(r"地域|近隣|近所|友人|知人|民生委員|ボランティア", speaker.group(1))):
            cells["サービス種別"] = b.span(first[0] + speaker.start(1), first[0] + speaker.end(1))
            first = (first[0] + speaker.end(), first[1])
        head = re.match(r"([^:：]{2,40})[:：]\s*", self.text[first[0]:first[1]])
        if head and "サービス種別" not in cells:  # 「訪問看護（さくら坂）週1回：バイタルの確認…」
            pieces = _split_inner(self.text, first[0], first[0] + head.end(1))
            typed = _typed_pieces(self.text, pieces, self.v)
            if typed and all(kind != "text" for _, kind in typed):
                for (a, c), kind in typed:
                    column = _KIND_COLUMN.get(kind)
                    if column and column not in cells:
                        cells[column] = b.span(a, c)
                first = (first[0] + head.end(), first[1])
        content = first
        bracket = re.search(r"[(（]([^()（）]{1,30})[)）]\s*$", self.text[first[0]:first[1]])
        if bracket and "サービス種別" not in cells and (
                self.v.person_speaker.fullmatch(bracket.group(1)) or self.v.family_speaker.fullmatch(bracket.group(1))
                or re.fullmatch(r"地域|近隣|近所|友人|知人|民生委員|ボランティア|本人・.{1,4}", bracket.group(1))):
            cells["サービス種別"] = b.span(first[0] + bracket.start(1), first[0] + bracket.end(1))
            first = content = (first[0], first[0] + bracket.start())
            bracket = None
        if bracket and len(parts) == 1:
            inner_start = first[0] + bracket.start(1)
            pieces = _split_inner(self.text, inner_start, first[0] + bracket.end(1))
            kinds = [cell_kind(self.text[a:c], self.v.service_type) for a, c in pieces]
            if any(k in ("frequency", "type", "period", "provider") for k in kinds):
                content = (first[0], first[0] + bracket.start())
                parts = [content, *pieces]
        if len(parts) > 1 and "サービス種別" not in cells:  # 「・訪問看護　呼吸状態の観察　週1回　ステーションゆうひ」
            kinds = [cell_kind(self.text[a:c], self.v.service_type) for a, c in parts]
            if kinds[0] == "text" and _role_word(self.text[parts[0][0]:parts[0][1]], self.v):
                kinds[0] = "type"  # 「・妻　天気のいい日に一緒に歩く」
            texts = [k for k, kind in enumerate(kinds) if kind == "text"]
            if texts and texts[0] > 0:
                content = parts[texts[0]]
                parts = [content, *parts[:texts[0]], *parts[texts[0] + 1:]]
        cells["サービス内容"] = b.span(*content)
        extra: list[Span] = []
        for a, c in parts[1:]:
            kind = cell_kind(self.text[a:c], self.v.service_type)
            column = {"mark": "保険給付対象", "type": "サービス種別", "provider": "事業所", "frequency": "頻度",
                      "period": "サービス期間"}.get(kind)
            if column is None and "サービス種別" in cells and "事業所" not in cells:
                column = "事業所"
            if column is None and "サービス種別" not in cells:
                column = "サービス種別"
            if column and column in cells and kind == "type" and "事業所" not in cells:
                column = "事業所"  # 「訪問入浴介護」 after a type already read: the provider's name
            span = b.span(a, c)
            if column and column not in cells and span is not None:
                cells[column] = span
            elif span is not None:
                extra.append(span)
        cells = {k: v for k, v in cells.items() if v is not None}
        if "サービス内容" not in cells:
            return False
        b.plan.free_text.extend(extra)  # kept as written, never dropped
        b.label(line.start, line.start + m.end())
        self.group = [b.service(cells, "bullet")]
        self.group_cursor = None
        return True

    def _speaker_line(self, line: Line) -> bool:
        """「本人：…」「長女より…」 outside a labelled 意向 field: the speaker's words."""
        found = speaker_at_line_start(line.text, self.v, loose=self.in_intents)
        if found is None:
            return False
        if self.in_plan_table() and not self.in_intents and self.section in ("table2", "yobo_support"):
            return False
        speaker, words = found
        if speaker_at_line_start(line.text, self.v) is None:  # 「本人　…」: the speaker by position alone
            self.b.label(line.start, line.start + words)
            self._speech((line.start + words, line.end), default=speaker)
        else:
            self._speech((line.start, line.end), default=None, notes=not self.in_intents)
        self.b.open = None
        return True

    def _attribute_pieces(self, line: Line) -> list | None:
        start = line.start + len(line.text) - len(line.text.lstrip(" \t\u3000→⇒・"))
        typed = _typed_pieces(self.text, _split_inner(self.text, start, line.end), self.v)
        kinds = [kind for _, kind in typed]
        if not typed or "text" in kinds or not any(k in ("frequency", "period", "type") for k in kinds):
            return None
        return typed

    def _attribute_line(self, line: Line, j: int) -> bool:
        """「→通所介護（さくらデイ） 週2回 R7.4〜R7.9」 under a service list.

        One such line gives its attributes to every service of the list; as many lines
        as services give them one by one.
        """
        if not self.b.has_open_row():
            return False
        typed = self._attribute_pieces(line)
        if typed is None:
            return False
        if self.group_cursor is None:
            following = 0
            for k in range(j, len(self.lines)):
                if self.lines[k].blank or self._attribute_pieces(self.lines[k]) is None:
                    break
                following += 1
            self.group_cursor = 0 if len(self.group) > 1 and following >= len(self.group) else -1
        targets = self.group
        if self.group_cursor >= 0 and self.group:
            targets = [self.group[min(self.group_cursor, len(self.group) - 1)]]
            self.group_cursor += 1
        saved = self.group
        self.group = targets
        for (a, c), kind in typed:
            column = {"mark": "保険給付対象", "type": "サービス種別", "provider": "事業所", "frequency": "頻度",
                      "period": "サービス期間"}.get(kind)
            if column:
                self._set_group(column, self.b.span(a, c))
        self.group = saved
        return True


_KIND_COLUMN = {"mark": "保険給付対象", "type": "サービス種別", "provider": "事業所", "frequency": "頻度",
                "period": "サービス期間"}


def _typed_pieces(text: str, pieces: list[tuple[int, int]], vocabulary: Vocabulary) -> list:
    """Pieces with their kind; 「訪問看護（さくら坂訪問看護ステーション）」 is a type and its provider."""
    out = []
    for a, c in pieces:
        piece = text[a:c]
        m = re.match(r"(.+?)[(（]([^()（）]+)[)）]\s*(.*)$", piece)
        if m and cell_kind(m.group(1), vocabulary.service_type) == "type":
            out.append(((a, a + m.end(1)), "type"))
            out.append(((a + m.start(2), a + m.end(2)), "provider"))
            if m.group(3).strip():
                rest = (a + m.start(3), c)
                out.append((rest, cell_kind(text[rest[0]:rest[1]], vocabulary.service_type)))
            continue
        out.append(((a, c), cell_kind(piece, vocabulary.service_type)))
    return out


def _number_of(numbering: str) -> str:
    digits = re.search(r"\d+", numbering)
    return digits.group(0) if digits else numbering.strip()


def _same(a: str, b: str) -> bool:
    from .fold import fold_text

    return bool(a and b) and re.sub(r"\s", "", fold_text(a)) == re.sub(r"\s", "", fold_text(b))


def _shift(label: LabelMatch | None, base: int) -> LabelMatch | None:
    if label is None:
        return None
    bracket = (label.bracket[0] + base, label.bracket[1] + base) if label.bracket else None
    return LabelMatch(label.kind, label.key, label.label_start + base, label.label_end + base,
                      label.value_start + base, bracket, label.delimiter)


def _split_slash(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts, pos = [], start
    for m in _SLASH.finditer(text, start, end):
        if text[m.start() - 1:m.start()].isdigit() and text[m.end():m.end() + 1].isdigit():
            continue  # a date such as 2025/4/1
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    return [(a, c) for a, c in parts if text[a:c].strip()]


def _role_word(text: str, vocabulary: Vocabulary) -> bool:
    """A person who carries a support: 本人, a family member, a neighbour …"""
    text = text.strip()
    return bool(vocabulary.person_speaker.fullmatch(text) or vocabulary.family_speaker.fullmatch(text)
                or re.fullmatch(r"地域|近隣|近所|友人|知人|民生委員|ボランティア|本人・.{1,4}", text))


def _is_table_row(text: str) -> bool:
    return "\t" in text or text.count("|") >= 2


def _prose_goal(text: str, m: re.Match[str], limit: int):
    """(kind, goal range, period range) of one 「長期目標を…こと（期間）」 in a note, or None."""
    start = m.end()
    if text[start:start + 1] == "「":
        start += 1
    sentence_end = text.find("。", start, limit)
    stop = sentence_end if sentence_end >= 0 else limit
    koto = [k.start() for k in re.finditer(r"こと", text[start:stop])]
    if koto:
        goal_end = start + koto[0]
    else:
        end = _GOAL_END.search(text, start + 4, stop + 1) if stop + 1 <= len(text) else None
        if end is None:
            return None
        goal_end = end.start()
    after = _GOAL_END.match(text, goal_end, min(len(text), stop + 1))
    period = (after.start("period"), after.end("period")) if after and after.group("period") else None
    if goal_end - start < 4:
        return None
    kind = "短期目標" if m.group("kind") == "短期" else "長期目標"
    while goal_end > start and text[goal_end - 1] in "」 、":
        goal_end -= 1
    return kind, (start, goal_end), period


def _split_wide(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cells of a bullet separated by full-width spaces, tabs or runs of spaces."""
    parts, pos = [], start
    for m in re.finditer(r"\u3000+|\t+| {2,}", text[start:end]):
        parts.append((pos, start + m.start()))
        pos = start + m.end()
    parts.append((pos, end))
    return [(a, c) for a, c in parts if text[a:c].strip()]


def _split_inner(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of an attribute run: split at ・ 、 / and spaces, keeping brackets and date ranges whole."""
    pieces, pos, depth = [], start, 0
    for k in range(start, end):
        ch = text[k]
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "・、,/／ \u3000\t":
            if text[pos:k].strip():
                pieces.append((pos, k))
            pos = k + 1
    if text[pos:end].strip():
        pieces.append((pos, end))
    return pieces


def _strip_need_number(text: str, rng: tuple[int, int]) -> tuple[int, int]:
    start, end = rng
    m = re.match(rf"\s*(?:{NUMBERING})\s*", text[start:end])
    return (start + m.end(), end) if m and m.end() < end - start else rng


def read_document(builder: PlanBuilder, vocabulary: Vocabulary) -> None:
    DocumentReader(builder, vocabulary).run()


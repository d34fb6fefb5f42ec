"""Labelled lines: 「長期目標：」「③利用者及び家族の…」 and the values after them, with inline row labels."""

from __future__ import annotations

import re
from dataclasses import replace

from ..plan import (
    INTENT_FAMILY,
    INTENT_PERSON,
    NON_WEEKLY_SERVICES,
    TARGET_LIFE,
    Span,
)
from .cells import cell_kind, is_frequency, is_period, split_frequency_period
from .columns import RowEmitter, resolve_columns, staged_goals
from .pieces import (
    BRACKET_PERIOD,
    BULLET,
    DEMOGRAPHICS,
    GOAL_KEYS,
    KIND_COLUMN,
    NO_VALUE,
    NUMBERED_NEED,
    PERIOD_IN_NOTE,
    QUOTED,
    ROW_LABEL_INLINE,
    SERVICE_ATTRIBUTES,
    attribute_bracket,
    is_table_row,
    role_word,
    shift,
    split_inner,
    split_outside_brackets,
    split_pipes,
    split_slash,
    strip_need_number,
    typed_pieces,
)
from .roles import ROLE_COLUMNS, row_role
from .speakers import is_wish, speaker_at_line_start
from .vocabulary import NUMBERING, LabelMatch

_SUPPORT_KEYS = ("本人のセルフケア", "家族", "インフォーマル", "@support_mix")
# A column name in brackets alone on its line, as print previews write 「（期間）」.
# 「■あり」「■有　□無」「□あり ■なし」: a tick box answered, no text of its own
_CHECKBOX_ONLY = re.compile(r"(?:\s*[■□☑☐✓✔☒●○◯]\s*(?:あり|なし|有り?|無し?)?)+\s*")
# 「（なし）」「特になし」「－」「―（インフォーマルで対応）」: a cell saying nothing is placed
_NOTHING = re.compile(r"\s*[(（]?\s*(?:特に)?(?:なし|無し|該当なし)\s*[)）]?\s*|\s*[-－―ー]+\s*(?:[(（][^()（）\n]*[)）])?\s*"
                      r"|\s*(?:\[\s*\]|\{\s*\}|null|None|~)\s*")  # 「[]」「null」: empty in a YAML or JSON export
_BRACKETED_LABEL = re.compile(r"\s*+[（(]\s*+([^()（）\s]{1,12})\s*+[)）]\s*+")


class LabelLines:
    """Labels and their values, mixed into :class:`~.document.DocumentReader`."""

    def _label(self, j: int) -> tuple[LabelMatch | None, int]:
        """The label at line ``j`` (or spread over lines j and j+1), with the folded offset base."""
        line = self.lines[j]
        below = self._below(j)
        prefer_columns = self.in_plan_table() or self.section in ("table2", "yobo_support")
        label = self.v.label(line.text, prefer_columns=prefer_columns)
        bracketed = _BRACKETED_LABEL.fullmatch(line.text)
        if label is None and bracketed:  # 「（期間）」 alone on its line
            inner = self.v.label(bracketed.group(1), prefer_columns=prefer_columns)
            if inner is not None and inner.delimiter == "end":
                label = replace(shift(inner, bracketed.start(1)), value_start=len(line.text))
        if j + 1 < len(self.lines) and not self.lines[j + 1].blank and (label is None or label.delimiter == "end"):
            joined = self.text[line.start:self.lines[j + 1].end]
            two = self.v.label(joined, prefer_columns=prefer_columns)
            # the name itself goes on below (「利用者及び家族の」/「生活に対する意向」), not only the blank after it
            if two is not None and joined[len(line.text):two.label_end].strip() and (
                    label is None or two.label_end > label.label_end):
                return shift(two, line.start), 2
        if label is not None and label.key == "ニーズ" and label.delimiter != "end" and self._value_below(j, label.key):
            inner = self.v.label(line.text[label.value_start:], prefer_columns=True)
            if inner is not None and inner.key == "ニーズ" and inner.delimiter == "end":
                # 「【課題1】生活全般の解決すべき課題（ニーズ）」: the need's number and the form's name; the need is below
                return replace(shift(label, line.start), value_start=self.lines[below].start, delimiter="below"), below - j + 1
        if label is not None and label.kind == "column" and self._value_below(j, label.key) and (
                label.delimiter == "end" or NO_VALUE.fullmatch(line.text[label.value_start:])):
            # a print preview: the column's name on one line (「◆長期目標：（期間）」「…（ニーズ）1」), its value on the next
            return replace(shift(label, line.start), value_start=self.lines[below].start, delimiter="below"), below - j + 1
        return (shift(label, line.start), 1) if label else (None, 1)

    def _below(self, j: int) -> int:
        """The line under line ``j`` that may hold its value: past the page's furniture (「【前回】…」 of a
        reviewed plan), which is labelled as read."""
        k = j + 1
        while k < len(self.lines) and not self.lines[k].blank and self.b.is_furniture(self.lines[k]):
            k += 1
        return k

    def _value_below(self, j: int, key: str = "") -> bool:
        """Line ``j + 1`` is a plain value: not a label, heading, bullet, speaker, table row or numbered item.

        Under 「サービス種別」 or 「事業所」 a bare 「本人」「妻」 is who gives the service, not a speaker.
        """
        k = self._below(j)
        if k >= len(self.lines) or self.lines[k].blank:
            return False
        below = self.lines[k].text
        bullet = BULLET.match(below)
        if key in _SUPPORT_KEYS and speaker_at_line_start(below, self.v) and not self.v.section(below):
            return True  # 「本人：体操を毎日／夫：送迎」 under the self-care field: who does what, not their wishes
        if key in SERVICE_ATTRIBUTES:
            speaker = self.v.label(below)
            if speaker and speaker.key in (INTENT_PERSON, INTENT_FAMILY) and not below[speaker.value_start:].strip():
                return True
        if self.v.label(below) or self.v.section(below) or is_table_row(below) or (bullet and below[bullet.end():].strip()):
            return False
        bracketed = _BRACKETED_LABEL.fullmatch(below)
        if bracketed and self.v.label(bracketed.group(1)):
            return False
        return not (speaker_at_line_start(below, self.v) or re.match(rf"\s*{NUMBERING}", below)
                    or NUMBERED_NEED.match(below))

    def _labelled(self, label: LabelMatch, consumed: int) -> None:
        b = self.b
        # Who says what inside the assessment or the notes leaves them describing, not placing.
        self.in_description = (label.kind == "field" and label.key == "課題分析の結果") or (
            self.in_description and label.key in (INTENT_PERSON, INTENT_FAMILY, "家族の役割"))
        keep = b.open if label.kind == "column" and label.key in (*SERVICE_ATTRIBUTES, "@period", "@frequency_period",
                                                                  "支援のポイント", "目的", "備考") else None
        b.close()  # a new label ends the value above it; the handler opens what it starts
        b.open = keep
        self.open_support = None
        self.last_label = label.key
        first = self.lines[self._line_index(label.label_start)]
        line_end = self.lines[self._line_index(label.label_start) + consumed - 1].end
        for skipped in self.lines[self._line_index(label.label_start) + 1:self._line_index(label.label_start) + consumed - 1]:
            if self.b.is_furniture(skipped):  # 「【前回】…」 between the label and its value: read, not placed
                b.label(skipped.start, skipped.end)
        label_from = first.start if label.label_start - first.start < 8 else label.label_start  # ③, 【, ・ before it
        b.label(label_from, label.value_start if label.value_start > label.label_start else label.label_end)
        if label.bracket and label.key not in GOAL_KEYS:
            b.label(*label.bracket)
            shared = _SHARED_PERIOD.fullmatch(self.text[label.bracket[0]:label.bracket[1]])
            if label.key == "サービス内容" and shared and is_period(shared.group("period")):
                span = b.span(label.bracket[0] + shared.start("period"), label.bracket[0] + shared.end("period"))
                if span is not None:
                    b.shared_service_periods.append((len(b.plan.rows), span))
        value = (label.value_start, line_end)
        quoted = re.fullmatch(r"[「『]([^「」『』]*)[」』]\s*", self.text[value[0]:value[1]])
        if label.delimiter == "quote" and quoted:  # 「本人の意向「…」」「ニーズ「…」」: the words, not the brackets
            value = (value[0] + quoted.start(1), value[0] + quoted.end(1))
        key = label.key
        if label.kind == "field" and key == INTENT_FAMILY and self.section == "yobo_support":
            self._column("家族", value)  # 「家族：」 in 支援計画 places the family's part
            return
        if label.kind == "field":
            self._field(key, value, label)
            return
        self.in_intents = False
        if key in GOAL_KEYS or key == "ニーズ":
            self._row_value(key, value, label)
            return
        if key == "@family_support":
            key = "家族"
        pieces = self._inline_columns(value)
        self._column(key, (value[0], pieces[0][0]) if pieces else value)
        for k, (_, inner) in enumerate(pieces):
            stop = pieces[k + 1][0] if k + 1 < len(pieces) else value[1]
            b.label(inner.label_start, inner.value_start)
            self._column(inner.key, (inner.value_start, stop))

    def _inline_columns(self, value: tuple[int, int]) -> list[tuple[int, LabelMatch]]:
        """Further column labels on the same line: 「種別：訪問看護　事業所：にじ　頻度：週1回」 (or 「| 種別：…」)."""
        start, end = value
        found = []
        for m in re.finditer(r"(?:\u3000+|\t+| {2,}|[／/|]\s*)", self.text[start:end]):
            at = start + m.end()
            inner = self.v.label(self.text[at:end], prefer_columns=True)
            if inner is not None and inner.kind == "column" and inner.delimiter == ":":
                found.append((start + m.start(), shift(inner, at)))
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
            if span is not None and DEMOGRAPHICS.search(span.text) and not is_wish(span.text):
                b.label(*value)  # 「利用者：E氏（74歳・男性）要介護3」 names the person; it is not a wish
                b.open = None
                return
            if span is None:
                b.field(key, None)
                return
            # 「家族の意向：」 names the field; 「長女：」 only names the speaker, whose line may be a role.
            # Quoted words are what the speaker says, whatever they say: 「長男「…」」 is never a role.
            named_field = (bool(re.search(r"意向|希望|思い|想い", self.text[label.label_start:label.label_end]))
                           or label.delimiter == "quote")
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

    def _row_value(self, key: str, value: tuple[int, int], label: LabelMatch | None) -> None:
        """A need or goal label; the value may hold more row labels (「X（期間）／短期目標 Y」)."""
        b = self.b
        self.group = []
        self.group_cursor = None
        start, end = value
        cuts = [m.start() for m in ROW_LABEL_INLINE.finditer(self.text, start, end) if m.start() > start]
        cuts = [c for c in cuts if self.v.label(self.text[c:end], prefer_columns=True)]
        segment_end = cuts[0] if cuts else end
        while segment_end > start and self.text[segment_end - 1] in "→⇒／/、, \u3000":
            segment_end -= 1  # 「…できない→長期：…」: the arrow leads to the goals, it is no part of the need
        if key == "ニーズ" and _CHECKBOX_ONLY.fullmatch(self.text, start, segment_end):
            b.label(start, segment_end)  # 「課題：■あり」: the 予防 assessment's tick, no need
            return
        if key == "ニーズ":
            stripped = strip_need_number(self.text, (start, segment_end))
            if stripped[0] > start:
                b.label(start, stripped[0])
            b.need(b.span(*stripped), "labels")
        else:
            kind = key if key != "@goal" else ("短期目標" if self.yobo else "長期目標")
            period = (b.span(*label.bracket) if label is not None and label.bracket
                      and is_period(self.text[label.bracket[0]:label.bracket[1]]) else None)
            self._goal(kind, (start, segment_end), period)
        for k, cut in enumerate(cuts):
            stop = cuts[k + 1] if k + 1 < len(cuts) else end
            inner = self.v.label(self.text[cut:stop], prefer_columns=True)
            if inner is None:
                continue
            inner = shift(inner, cut)
            b.label(inner.label_start, inner.value_start)
            if inner.key in GOAL_KEYS:
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
        blank_period = _BLANK_PERIOD.search(self.text, start, end)  # 「…をとる　　期間：」: no period given
        if blank_period and blank_period.start() > start:
            end = blank_period.start()
        while end > start and self.text[end - 1] in "、。,／/ \t":
            end -= 1
        raw = self.text[start:end]
        if raw.strip() and is_period(raw.strip()):
            # 「長期目標（1年）：R8.12〜R9.11」: the label states the period of the goals written elsewhere
            span = b.span(start, end)
            if span is not None:
                b.default_periods[kind] = span
            self.last_goal = kind
            return
        m = QUOTED.match(raw)
        if m:
            start, end = start + m.start(1), start + m.end(1)
        else:
            bracket = BRACKET_PERIOD.search(raw)
            gap = _TRAILING_PERIOD.search(raw)
            if bracket and is_period(bracket.group(1)):
                period = period or b.span(start + bracket.start(1), start + bracket.end(1))
                end = start + bracket.start()
            elif gap and is_period(gap.group(1)):  # 「杖で通える　R9.1〜R9.12」: the period after a wide gap
                period = period or b.span(start + gap.start(1), start + gap.end(1))
                end = start + gap.start()
            q = re.match(r"\s*「([^」]+)」", self.text[start:end])
            if q:
                after = (start + q.end(), end)
                start, end = start + q.start(1), start + q.end(1)
                if self.text[after[0]:after[1]].strip():
                    b.label(*after)  # 「（いずれも R7.7〜R7.12 で見直し）」: a note on the goals' periods
                    found = PERIOD_IN_NOTE.search(self.text, *after)
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
            both = _long_and_short_periods(self.text[start:end])
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
        if _NOTHING.fullmatch(self.text, start, end) and (key == "サービス内容" or key in SERVICE_ATTRIBUTES):
            b.label(start, end)  # 「介護保険サービス：（なし）」「事業所：－」: nothing placed
            if key == "サービス内容":
                self.group = []
                b.open = None
            return
        if key == "サービス内容":
            self.group = []
            self.group_cursor = None
            if self._service_with_attributes(start, end):
                return
            shared: list = []
            # 「a／b　訪問介護（ステーション）週1回　R8.1〜R8.6」: attributes after wide gaps are shared by the list;
            # peeled from the end while each gap-separated piece is an attribute, not words
            for gap in reversed(list(re.finditer(r"\u3000+|\t+| {2,}", self.text[start:end]))):
                typed = typed_pieces(self.text, split_inner(self.text, start + gap.end(), end), self.v)
                if not typed or any(kind == "text" for _, kind in typed):
                    break
                shared, end = typed + shared, start + gap.start()
            parts = [(a, c) for a, c in split_slash(self.text, start, end)]
            if len(parts) == 1:  # 「介保：有酸素運動｜通所リハ｜デイケアこまくさ｜週1回」: a bar as the slash
                parts = split_pipes(self.text, start, end) or parts
            kinds = [cell_kind(self.text[a:c], self.v.service_type) for a, c in parts]
            if len(parts) > 1 and any(k not in ("text", "provider") for k in kinds[1:]):
                # 「サービス内容：筋力訓練 / ○ / 通所介護 / デイひだまり / 週2回 / R7.8〜R7.10」: one service, its columns
                cells = {"サービス内容": b.span(*parts[0])}
                for (a, c), kind in zip(parts[1:], kinds[1:], strict=True):
                    column = KIND_COLUMN.get(kind) or ("サービス種別" if "サービス種別" not in cells and
                                                        role_word(self.text[a:c], self.v) else "事業所")
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
                inner = bracket.group(1).strip() if bracket else ""
                if bracket and (is_frequency(inner) or self.v.service_type.fullmatch(inner)):  # not 「（本人が毎朝行う）」
                    cells["サービス内容"] = b.span(a, a + bracket.start())
                    kind = "頻度" if is_frequency(bracket.group(1)) else "サービス種別"
                    cells[kind] = b.span(a + bracket.start(1), a + bracket.end(1))
                cells = {k: v for k, v in cells.items() if v is not None}
                if "サービス内容" in cells:
                    self.group.append(b.service(cells, "labels"))
            if not parts or not self.group:
                b.open = None
            for (a, c), kind in shared:
                column = KIND_COLUMN.get(kind)
                if column:
                    self._set_group(column, b.span(a, c))
            return
        if key == "@assignment":
            self._assignments(start, end)
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
            self.open_support = key
            return
        if key in SERVICE_ATTRIBUTES or key in ("支援のポイント", "目的", "備考"):
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
        inside = attribute_bracket(self.text, start, end)
        if inside is None or inside[0] - 1 <= start:
            return False
        b = self.b
        pieces = split_slash(self.text, *inside)
        cells = {"サービス内容": b.span(start, inside[0] - 1)}
        if len(pieces) == 5:
            columns = ("保険給付対象", "サービス種別", "事業所", "頻度", "サービス期間")
            for column, (a, c) in zip(columns, pieces, strict=True):
                cells[column] = b.span(a, c)
        else:
            kinds = [cell_kind(self.text[a:c], self.v.service_type) for a, c in pieces]
            for (a, c), kind in zip(pieces, kinds, strict=True):
                column = KIND_COLUMN.get(kind)
                if kind == "text" and "type" in kinds and kinds.count("text") == 1:
                    column = "事業所"  # 「（通所リハ／リハビリ室あさがお／週1回）」: the one free cell beside a type names who provides it
                if column and column not in cells:
                    cells[column] = b.span(a, c)
        cells = {k: v for k, v in cells.items() if v is not None}
        if "サービス内容" not in cells:
            return False
        b.label(inside[0] - 1, inside[0])
        b.label(inside[1], inside[1] + 1)
        self.group = [b.service(cells, "labels")]
        self.group_cursor = None
        return True

    def _assignments(self, start: int, end: int) -> None:
        """「担当：訪問看護（つむぎ）週3回 / 妻 毎日」 below 「サービス内容：a / b」: who gives each service.

        One item per service of the list above, in order; each item's type, provider and frequency
        are told apart by their form.  When the counts differ the items cannot be paired: kept as text.
        """
        b = self.b
        items = split_slash(self.text, start, end)
        rows = [r for r in self.group if r in b.plan.rows]
        if len(items) != len(rows):  # 「訪問リハ（ゆうあい）週1回（水）、訪問介護（つくし）週2回、夫 毎日」
            items = split_outside_brackets(self.text, start, end, "、,", "(（「『[［【", ")）」』]］】")
        if not rows or len(items) != len(rows):
            b.free(b.span(start, end))
            return
        for row, (a, c) in zip(rows, items, strict=True):
            shaped = re.match(r"\s*([^()（）\s]+)[(（]([^()（）]+)[)）]\s*(.*)$", self.text[a:c])
            head = re.match(r"\s*(\S+?)(?:\s+|$)", self.text[a:c])
            if shaped:  # 「種別（事業所）頻度」: the form says which is which, known words or not
                typed = [((a + shaped.start(1), a + shaped.end(1)), "type"), ((a + shaped.start(2), a + shaped.end(2)), "provider"),
                         *typed_pieces(self.text, split_inner(self.text, a + shaped.start(3), c), self.v)]
            elif head and role_word(head.group(1), self.v):  # 「長男 週末」
                typed = [((a + head.start(1), a + head.end(1)), "type"),
                         *typed_pieces(self.text, split_inner(self.text, a + head.end(), c), self.v)]
            else:
                typed = typed_pieces(self.text, split_inner(self.text, a, c), self.v)
            for (x, y), kind in typed:
                column = KIND_COLUMN.get(kind)
                span = b.span(x, y)
                if column and span is not None and (column not in row.cells or column in row.carried):
                    row.cells[column] = span
            row.role = row_role(row)
        b.open = ("row", "サービス種別")  # the list's rows stay open for a 「期間：」 below

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
                if column in ROLE_COLUMNS:
                    row.role = row_role(row)
        if not placed:  # a second 種別 or 頻度 for the same row: kept as written, never dropped
            self.b.plan.free_text.append(span)
        self.b.open = ("row", column)


# 「（期間はいずれもR8.12.1～R9.5.31）」 after a heading of the services
_SHARED_PERIOD = re.compile(r"\s*+期間\s*+(?:は|[:：])?\s*+(?:いずれも|すべて|全て|共通)?\s*+[:：]?\s*+(?P<period>[^()（）]{3,30}?)\s*+")
_BOTH_PERIODS = re.compile(r"長期\s*[:：]?\s*(?P<long>[^、,／/]+?)\s*[、,／/]\s*短期\s*[:：]?\s*(?P<short>[^、,／/()（）]+)")
_PERIOD_SEPARATOR = re.compile(r"[、,／/]")


# A goal's period written after it, past a wide gap (full-width spaces, a tab, two spaces or more)
# (entered only where a run of spaces begins, and the run taken possessively: linear on a line of 30,000 spaces)
_BLANK_PERIOD = re.compile(r"(?<![ \t\u3000])[ \t\u3000]+期間[ \t\u3000]*[:：][ \t\u3000]*$")
_TRAILING_PERIOD = re.compile(r"(?<![ \t\u3000])(?:\u3000|\t| {2})[ \t\u3000]*+(\S[^\u3000\t]{2,28}?)\s*$")


def _long_and_short_periods(text: str) -> re.Match[str] | None:
    """``_BOTH_PERIODS.search(text)`` in linear time.

    A try from 「長期」 runs to the next separator; when it fails, every later 「長期」 before that
    separator fails the same way, so the search jumps past it instead of rescanning (quadratic on
    a line of 「長期長期…」).
    """
    pos = 0
    while (i := text.find("長期", pos)) >= 0:
        m = _BOTH_PERIODS.match(text, i)
        if m:
            return m
        separator = _PERIOD_SEPARATOR.search(text, i)
        if separator is None:
            return None
        pos = separator.end()
    return None

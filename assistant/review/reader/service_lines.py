"""Lines that place needs and services: numbered needs, bullets, attribute lines under a service list."""

from __future__ import annotations

import re

from ..plan import INTENT_FAMILY, INTENT_PERSON, PlanRow, Span
from .cells import cell_kind, is_frequency, is_period, split_frequency_period
from .columns import staged_goals
from .fold import fold_text
from .lines import Line
from .pieces import (
    ARROW,
    BARE_NUMBER,
    BULLET,
    GOAL_KEYS,
    KIND_COLUMN,
    NO_VALUE,
    NOTHING_PLACED,
    NUMBERED_NEED,
    PROFESSION,
    PROSE_GOAL,
    SERVICE_ATTRIBUTES,
    number_of,
    role_word,
    same,
    shift,
    split_inner,
    split_pipes,
    split_slash,
    split_wide,
    typed_pieces,
)
from .roles import row_role
from .vocabulary import NUMBERING

# 「デイサービス（通所介護）：入浴、昼食、体操。事業所はつばきデイ。」 in notes: a service named by its kind.
_SERVICE_NOTE = re.compile(r"\s*+(?P<head>[^:：。、\s()（）]{2,16}+(?:[(（][^()（）:：\n]{1,16}[)）])?)\s*+[:：]\s*+(?=\S)")
_PROVIDER_SENTENCE = re.compile(r"\s*+(?:事業所|提供事業所|利用先)\s*+(?:は|[:：])\s*+")
# a service line written without a bullet, or with its item number (「(1) 嚥下訓練／…」)
_NO_MARKER = re.compile(rf"\s*(?:{NUMBERING}\s*)?")
_NOT_A_SERVICE_HEAD = re.compile(r"地域|近隣|近所|友人|知人|民生委員|ボランティア|インフォーマル")


# 「内容（種別：事業所）頻度　期間」: the content, who gives it (and their provider) in brackets, then the
# frequency and period; the frequency may hold its own bracket (「週2回（火・金）」)
_WHO_BRACKET = re.compile(r"\s*(?P<content>[^\n]+?)\s*[(（]\s*(?P<who>[^()（）:：/／\n]{1,20}?)\s*"
                          r"(?:[:：/／]\s*(?P<provider>[^()（）:：\n]{1,30}?)\s*)?[)）]"
                          r"(?P<rest>[^()（）\n]*(?:[(（][^()（）\n]{1,10}[)）][^()（）\n]*)?)")


# what a bracket after a service type says of the type itself, not who provides it
_TYPE_REMARK = re.compile(r"保険|自費|実費|給付|対象|相当|予防|総合事業|加算")


def _short_frequency(text: str) -> bool:
    """A frequency and nothing more (「週2回（火・金）」), not a sentence starting with one."""
    return is_frequency(text) and len(text.strip()) <= 14 and "。" not in text


class ServiceLines:
    """Needs and services on lines of their own, mixed into :class:`~.document.DocumentReader`."""

    def _numbered_need(self, j: int) -> bool:
        line = self.lines[j]
        if self.b.open == ("field", "具体策の提案"):
            return False  # 「1．…　2．…」 under 課題に対する目標と具体策の提案: the proposal's items, no needs
        m = NUMBERED_NEED.match(line.text)
        if m is None:
            m = BARE_NUMBER.match(line.text)
            if m is None or not (self._goal_follows(j) or self.b.open == ("context", "ニーズ")):
                return False
            if self.v.label(line.text[m.end():]) or not line.text[m.end():].strip():
                return False
        elif not line.text[m.end():].strip() and self._need_read_before(m.group(0)):
            # 「課題1」 alone over a list of services, after need 1 was read: the services below serve it
            self.b.label(line.start, line.end)
            self.b.select_stage(self._need_number(m.group(0)))
            self.b.open = None
            self.group = []
            return True
        self.b.label(line.start, line.start + m.end())
        self.group = []
        self.group_cursor = None
        rest = (line.start + m.end(), line.end)
        label = self.v.label(self.text[rest[0]:rest[1]], prefer_columns=True)
        if label is not None and label.key == "ニーズ":
            label = shift(label, rest[0])
            self.b.label(label.label_start, label.value_start)
            rest = (label.value_start, rest[1])
        goals = PROSE_GOAL.search(self.text, rest[0], rest[1])
        if goals is not None and goals.start() > rest[0] and not goals.group("staged"):
            # 「課題1「…」について、長期目標を「…」（期間）、短期目標を「…」とした」: the need, then its goals
            head = self.text[rest[0]:goals.start()]
            quoted = re.match(r"\s*[「『]([^」』]+)[」』]", head)
            if quoted:
                rest = (rest[0] + quoted.start(1), rest[0] + quoted.end(1))
            else:
                rest = (rest[0], rest[0] + len(re.sub(r"(?:について|に対して|に対し)?[、,。\s]*$", "", head)))
            self.b.need(self.b.span(*rest), "labels")
            self._prose_goals((goals.start(), line.end))
            return True
        self._row_value("ニーズ", rest, None)  # 「課題①…→長期：…／短期：…」: goals on the need's own line
        return True

    @staticmethod
    def _need_number(numbering: str) -> str:
        found = re.search(r"[0-9]+|[①-⑳]|(?<![A-Za-z])[A-Z](?![A-Za-z])", numbering)
        return found.group(0) if found else ""

    def _need_read_before(self, numbering: str) -> bool:
        """Whether need N (of 「課題N」) was already read, with its goals, earlier in the plan."""
        return self.b.has_need(self._need_number(numbering))

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
        b.select_stage(number_of(m.group(1)))
        span = b.span(line.start + m.end(), line.end)
        if span is not None and any(same(span.text, r.text(kind)) for r in b.plan.rows) or (
                span is not None and same(span.text, b.context.get(kind).text if b.context.get(kind) else "")):
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
            if (label and label.key in GOAL_KEYS) or PROSE_GOAL.match(self.lines[k].text.lstrip()):
                return True
            if NUMBERED_NEED.match(self.lines[k].text) or BARE_NUMBER.match(self.lines[k].text):
                return False  # 「(3)…」 or 「課題2」 first: the goal below is theirs
            seen += 1
            if seen >= 4:
                break
        return False

    def _column_order(self, parts: list[tuple[int, int]], line: Line) -> bool:
        """「◆サービス内容／種別／事業所／頻度」: a line of column names gives the order of the lines below it."""
        keys = [self.v.header_key(self.text[a:c].strip()) for a, c in parts]
        if len(parts) < 3 or not all(keys) or "サービス内容" not in keys:
            return False
        columns = [_service_column(k) for k in keys]
        if any(c.startswith("@") for c in columns):
            return False
        self.column_order = columns
        self.b.label(line.start, line.end)
        self.b.open = None
        return True

    def _compound_label(self, line: Line) -> bool:
        """「サービス種別／事業所／頻度／期間　→　通所介護／デイあおば／週1回／R8.12〜R9.5」: several column names
        joined by slashes, then as many values: each value goes to its column, on the open row or on a new one."""
        m = _COMPOUND_LABEL.match(self.text, line.start, line.end)
        if m is None or not self.in_plan_table():
            return False
        names = split_slash(self.text, m.start("names"), m.end("names"))
        values = split_slash(self.text, m.start("values"), line.end)
        if len(values) != len(names):  # 「…／妻／／毎日」: a column left empty keeps its place
            values = split_slash(self.text, m.start("values"), line.end, keep_empty=True)
        if len(names) < 2 or len(values) != len(names):
            return False
        keys = [_service_column(self.v.header_key(self.text[a:c].strip())) for a, c in names]
        if not all(k in (*SERVICE_ATTRIBUTES, "サービス内容") for k in keys) or len(set(keys)) != len(keys):
            return False
        b = self.b
        cells = {key: span for key, (a, c) in zip(keys, values, strict=True) if (span := b.span(a, c)) is not None}
        if "サービス内容" in cells:
            b.service(cells, "labels")
        elif b.has_open_row():
            for key, span in cells.items():
                b.set_cell(key, span)
        else:
            return False
        b.label(line.start, m.start("values"))
        return True

    def _separated_line(self, line: Line) -> bool:
        """「入浴介助｜通所介護｜デイみどり｜週2回」 under a need, with no bullet: a service and its columns.

        Only when the cells name a type, a frequency or a period — a plain 「掃除／洗濯」 stays text.
        """
        if not self.b.context or self.in_intents or self.in_description:
            return False
        if self._details_below_item(line):
            return True
        cells = split_slash(self.text, line.start, line.end)
        if len(cells) < 3:
            cells = split_pipes(self.text, line.start, line.end)
        if len(cells) < 3:
            return False
        if self._column_order(cells, line):
            return True
        if sum(bool(self.v.header_key(self.text[a:c].strip())) for a, c in cells) >= 2:
            return False  # a header row of column names (「| アセスメント領域 | 現在の状況 |」)
        if len(cells) >= 3 and len(cells) == len(self.column_order):
            return self._bullet(line, _NO_MARKER)
        kinds = {kind for _, kind in typed_pieces(self.text, cells[1:], self.v)}
        if not kinds & {"type", "frequency", "period"}:
            return False
        if not self._bullet(line, _NO_MARKER):
            return False
        self.b.open = None  # the line holds its whole row: the next line is not its continuation
        return True

    def _details_below_item(self, line: Line) -> bool:
        """「(ア)　装具交換の指導」 over a deeper line 「訪問看護／ステーションそよかぜ／週２回／R9.2～R9.7」.

        Outlines and word-processor lists put a service's columns on the line below its content; when that
        line is indented deeper than the item and its cells are who, how often and how long, they are the
        item's cells — not a second service whose content is 「訪問看護」.
        """
        row = self._item_right_above(line) if self.b.has_open_row() else None
        if row is None or any(key in row.cells for key in _DETAIL_KEYS):
            return False
        parts = split_slash(self.text, line.start, line.end)
        if len(parts) < 3:
            return False
        kinds = [cell_kind(self.text[a:c], self.v.service_type) for a, c in parts]
        if not {"frequency", "period"} & set(kinds) or kinds.count("text") > 1:
            return False
        columns = dict.fromkeys(("サービス種別", "事業所", "頻度", "サービス期間"))
        for (a, c), kind in zip(parts, kinds, strict=True):
            column = KIND_COLUMN.get(kind)
            if kind == "text" or (column == "サービス種別" and columns["サービス種別"]):
                column = "サービス種別" if columns["サービス種別"] is None else "事業所"
            span = self.b.span(a, c)
            if column in columns and columns[column] is None and span is not None and not NOTHING_PLACED.fullmatch(span.text):
                columns[column] = span
        for column, span in columns.items():
            if span is not None:
                self.b.set_cell(column, span)
        self.b.label(line.start, line.end)
        self.b.open = None
        return True

    def _bullet(self, line: Line, marker: re.Pattern[str] = BULLET) -> bool:
        """「- 入浴介助 / ○ / 通所介護 / さくらデイ / 週2回 / R7.4〜R7.9」 or 「・長女：週末の買い物」 under a need."""
        m = marker.match(line.text)
        if m is None or not self.in_plan_table() or self.in_intents or self.in_description:
            return False
        if not (self.b.context or self.section in ("table2", "yobo_support")):
            return False
        if NUMBERED_NEED.match(line.text):
            return False  # 「◆課題1　…」: a need under its marker, not a service
        start = line.start + m.end()
        if _BLOCK_NUMBER.fullmatch(self.text, start, line.end):
            self.b.label(line.start, line.end)  # 「■ No.2」: the next need's block begins, not a service
            self.b.open = None
            return True
        if PROSE_GOAL.match(self.text, start, line.end):
            return False  # 「→長期目標は「…」（期間）とした」: the goals of the need above, in a sentence
        if self._provider_heading(line, start):
            return True
        if self.provider_group is not None and _indent(line.text) <= self.provider_group[0]:
            self.provider_group = None
        reference = _NEED_REFERENCE.match(self.text, start, line.end)
        if reference and self.b.has_need(reference.group(1)):  # 「・［Ｂ］とろみ付きの昼食…」: serves need B
            self.b.select_stage(reference.group(1))
            self.b.label(start, reference.end())
            start = reference.end()
        open_goal = self.b.open[1] if self.b.open and self.b.open[0] == "context" else ""
        if open_goal in ("長期目標", "短期目標") and staged_goals(self.text, start, line.end):
            self.b.label(line.start, start)  # 「短期目標（段階的に設定）」 over 「・3か月後：…」: a staged goal
            self._goal(open_goal, (start, line.end), None)
            return True
        label = self.v.label(self.text[start:line.end], prefer_columns=True)
        if label is not None and label.kind == "field" and label.delimiter == "end" and label.key not in (
                INTENT_PERSON, INTENT_FAMILY):
            return False  # 「■アセスメント領域と現在の状況」「■総合的な方針」: a heading of the plan's fields, read as a label
        if label is not None and label.kind == "column":
            rest = self.text[start + label.value_start:line.end]
            if label.delimiter == "end" or NO_VALUE.fullmatch(rest):
                return False  # 「◆長期目標：（期間）」: the label's value may be on the next line; the label reader decides
            self._labelled(shift(label, start), 1)
            return True
        b = self.b
        if self._service_with_attributes(start, line.end):
            return True  # 「・筋力訓練（通所リハ／デイあさひ／週1回）」: the columns in the closing bracket
        cells = self._who_in_bracket(start, line.end)
        if cells:  # 「・買い物同行（訪問介護：ヘルパーあかね）週2回　R8.12～R9.5」
            b.label(line.start, start)
            self.group = [b.service(cells, "bullet")]
            self.group_cursor = None
            self.item = (self.group[0], line)
            return True
        parts = split_slash(self.text, start, line.end)
        if len(parts) == 1:
            parts = split_pipes(self.text, start, line.end)
        if len(parts) == 1:
            parts = split_wide(self.text, start, line.end)
        if not parts:
            return False  # a mark alone (「○」 of the ※1 column in a print preview) is not a bullet
        parts = _split_at_insurance_mark(self.text, _split_at_arrow(self.text, parts))
        if self._column_order(parts, line):
            return True
        if len(parts) >= 3 and len(parts) == len(self.column_order):
            cells = {key: b.span(a, c) for key, (a, c) in zip(self.column_order, parts, strict=True)}
            cells = {k: v for k, v in cells.items() if v is not None}
            if cells.get("サービス内容"):
                b.service(cells, "labels")
                return True
        cells: dict[str, Span] = {}
        first = parts[0]
        speaker = re.match(r"\s*([^:：\s/／]{1,8})\s*[:：]\s*", self.text[first[0]:first[1]])
        if speaker and (self.v.person_speaker.fullmatch(speaker.group(1)) or self.v.family_speaker.fullmatch(speaker.group(1))
                        or re.fullmatch(r"地域|近隣|近所|友人|知人|民生委員|ボランティア", speaker.group(1))):
            cells["サービス種別"] = b.span(first[0] + speaker.start(1), first[0] + speaker.end(1))
            first = (first[0] + speaker.end(), first[1])
        head = re.match(r"([^:：]{2,40})[:：]\s*", self.text[first[0]:first[1]])
        if head and "サービス種別" not in cells:  # 「訪問看護（さくら坂）週1回：バイタルの確認…」
            pieces = split_inner(self.text, first[0], first[0] + head.end(1))
            typed = typed_pieces(self.text, pieces, self.v)
            if typed and all(kind != "text" for _, kind in typed):
                for (a, c), kind in typed:
                    column = KIND_COLUMN.get(kind)
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
            pieces = split_inner(self.text, inner_start, first[0] + bracket.end(1))
            kinds = [cell_kind(self.text[a:c], self.v.service_type) for a, c in pieces]
            if any(k in ("frequency", "type", "period", "provider") for k in kinds):
                content = (first[0], first[0] + bracket.start())
                parts = [content, *pieces]
        if len(parts) > 1 and "サービス種別" not in cells:  # 「・訪問看護　呼吸状態の観察　週1回　ステーションゆうひ」
            kinds = [cell_kind(self.text[a:c], self.v.service_type) for a, c in parts]
            if kinds[0] == "text" and role_word(self.text[parts[0][0]:parts[0][1]], self.v):
                kinds[0] = "type"  # 「・妻　天気のいい日に一緒に歩く」
            texts = [k for k, kind in enumerate(kinds) if kind == "text"]
            if texts and texts[0] > 0:
                content = parts[texts[0]]
                parts = [content, *parts[:texts[0]], *parts[texts[0] + 1:]]
        cells["サービス内容"] = b.span(*content)
        extra: list[Span] = []
        parts = [content, *[piece for part in parts[1:] for piece in self._type_provider_frequency(part)]]
        for a, c in parts[1:]:
            named = _NAMED_PIECE.match(self.text, a, c)  # 「頻度: 毎日」: the piece names its column
            key = _service_column(self.v.header_key(named.group("name"))) if named else None
            shaped = {"頻度": is_frequency, "サービス期間": is_period}.get(key or "")
            if named and shaped and not shaped(self.text[named.end():c]):
                key = None  # 「頻度: 📅週間予定」: a pointer to the week grid, which gives the frequency
            if key in SERVICE_ATTRIBUTES and key not in cells and (span := b.span(named.end(), c)) is not None:
                b.label(a, named.end())
                cells[key] = span
                continue
            kind = cell_kind(self.text[a:c], self.v.service_type)
            column = KIND_COLUMN.get(kind)
            if column is None and "サービス種別" in cells and "事業所" not in cells:
                column = "事業所"
            if column is None and "サービス種別" not in cells:
                column = "サービス種別"
            if column and column in cells and kind == "type" and "事業所" not in cells:
                column = "事業所"  # 「訪問入浴介護」 after a type already read: the provider's name
            span = b.span(a, c)
            if column and column not in cells and span is not None:
                cells[column] = span
            elif span is not None and not NOTHING_PLACED.fullmatch(span.text):  # 「－」: that column left empty
                extra.append(span)
        cells = {k: v for k, v in cells.items() if v is not None}
        if "サービス内容" not in cells:
            return False
        b.plan.free_text.extend(extra)  # kept as written, never dropped
        b.label(line.start, line.start + m.end())
        if self.provider_group is not None:
            for column, span in self.provider_group[1].items():
                cells.setdefault(column, span)
        self.group = [b.service(cells, "bullet")]
        self.group_cursor = None
        self.item = (self.group[0], line)
        return True

    def _content_below_type(self, line: Line) -> bool:
        """「通所リハビリテーション／リハ館わかば／週2回」 over a deeper 「→ 膝の筋力訓練、歩行の練習」: the item named
        only its type, provider and frequency; the arrow line (right below it) is what the service does."""
        row = self._item_right_above(line)
        if row is None or "サービス種別" in row.cells or "サービス内容" not in row.cells:
            return False
        kind = row.cells["サービス内容"]
        if not self.v.service_type.fullmatch(fold_text(kind.text).strip()):
            return False
        arrow = ARROW.match(line.text)
        content = self.b.span(line.start + arrow.end(), line.end)
        if content is None:
            return False
        row.cells["サービス種別"] = kind
        row.cells["サービス内容"] = content
        row.role = row_role(row)
        self.b.label(line.start, line.start + arrow.end())
        self.b.open = None
        return True

    def _item_right_above(self, line: Line) -> PlanRow | None:
        """The service of the bullet item on the line right above ``line``, when ``line`` is indented deeper than it
        (and that service is still the last row read)."""
        if self.item is None or not self.b.plan.rows or self.b.plan.rows[-1] is not self.item[0]:
            return None
        row, above = self.item
        k = self._line_index(line.start)
        if k == 0 or self.lines[k - 1].start != above.start or _indent(line.text) <= _indent(above.text):
            return None
        return row

    def _provider_heading(self, line: Line, start: int) -> bool:
        """「◇訪問看護ステーションゆりかご（訪問看護）○」 over indented bullets: a provider heading whose name,
        type and ※1 mark belong to each service listed below it (「◇ご家族・地域」 gives none)."""
        k = self._line_index(line.start) + 1
        below = self.lines[k] if k < len(self.lines) else None
        if below is None or not BULLET.match(below.text) or _indent(below.text) <= _indent(line.text):
            return False
        m = _PROVIDER_HEADING.fullmatch(self.text, start, line.end)
        if m is None:
            return False
        cells: dict[str, Span] = {}
        if m.group("type") and self.v.service_type.search(fold_text(m.group("type"))):
            for column, group in (("事業所", "name"), ("サービス種別", "type"), ("保険給付対象", "mark")):
                span = self.b.span(m.start(group), m.end(group)) if m.group(group) else None
                if span is not None:
                    cells[column] = span
        elif m.group("type") or m.group("mark"):
            return False
        self.b.label(line.start, line.end)
        self.provider_group = (_indent(line.text), cells)
        self.group = []
        return True

    def _type_provider_frequency(self, part: tuple[int, int]) -> list[tuple[int, int]]:
        """「訪問リハビリテーション（みどり整形）週1回」 in one piece of a bullet: the type, the provider in its
        brackets and the frequency after them, as pieces of their own (only when the head is a service type)."""
        a, c = part
        m = re.fullmatch(r"\s*([^()（）\s]+)\s*[(（]([^()（）]+)[)）]\s*(.*?)\s*", self.text[a:c])
        if m is None or not self.v.service_type.match(m.group(1)) or cell_kind(m.group(1), self.v.service_type) != "type":
            return [part]  # 「近所の友人（岡本さん）」: a person with their name, kept whole
        if _TYPE_REMARK.search(m.group(2)) or PROFESSION.fullmatch(m.group(2).strip()):
            return [part]  # 「福祉用具貸与（医療保険外）」「居宅療養管理指導（薬剤師）」: said of the type, no provider
        pieces = [(a + m.start(1), a + m.end(1)), (a + m.start(2), a + m.end(2))]
        if m.group(3):  # 「週2回（火・金）R8.12〜R9.5」: the frequency, then the period
            rest = a + m.start(3)
            frequency, period = split_frequency_period(m.group(3))
            pieces += [(rest + x, rest + y) for x, y in (frequency, period) if (x, y) != (0, 0)] if (
                frequency and period) else [(rest, a + m.end(3))]
        return pieces

    def _who_in_bracket(self, start: int, end: int) -> dict[str, Span] | None:
        """「内容（種別：事業所）頻度　期間」 or 「内容（長女）毎晩　期間」: who gives it in the bracket after the content.

        Only when the bracket is followed by nothing but a frequency and a period (or closes the line
        naming a service type and its provider), so a remark in brackets (「（本人が毎朝行う）」) stays
        part of the content.
        """
        m = _WHO_BRACKET.fullmatch(self.text, start, end)
        if m is None or re.search(r"[ぁ-ん]{3,}", m.group("who").replace("さん", "")):
            return None
        if re.search(r"[→⇒]|\u3000|\s{2,}", m.group("content")):
            return None  # 「内容　→　種別（事業所）」: columns the bullet reader splits
        if cell_kind(m.group("content"), self.v.service_type) in ("type", "provider"):
            return None  # 「主治医（神経内科）月1回」: a type and its provider, no content
        rest = m.group("rest")
        frequency = period = None
        if rest.strip():
            frequency, period = split_frequency_period(rest)
            if (frequency and not _short_frequency(rest[frequency[0]:frequency[1]])) or (
                    period and not is_period(rest[period[0]:period[1]])):
                return None
        elif not (m.group("provider") and cell_kind(m.group("who"), self.v.service_type) == "type"):
            return None
        b = self.b
        cells = {"サービス内容": b.span(m.start("content"), m.end("content")),
                 "サービス種別": b.span(m.start("who"), m.end("who"))}
        if m.group("provider"):
            cells["事業所"] = b.span(m.start("provider"), m.end("provider"))
        for column, rng in (("頻度", frequency), ("サービス期間", period)):
            if rng:
                cells[column] = b.span(m.start("rest") + rng[0], m.start("rest") + rng[1])
        cells = {k: v for k, v in cells.items() if v is not None}
        return cells if "サービス内容" in cells and "サービス種別" in cells else None

    def _service_note(self, line: Line) -> bool:
        """「ヘルパー（訪問介護）：掃除、買い物。つばきヘルパーステーション。」 — a service in notes.

        Notes typed in a hurry name each service by its kind, then what it does, then
        the provider in a sentence of its own.  The first sentence is the content; a later
        sentence that is only a provider (or 「事業所は…」) or a frequency fills that cell;
        anything else stays free text.  Speakers, family and community lines are not services
        here: their own readers place them.
        """
        if self.in_intents or self.section == "table1":
            return False
        m = _SERVICE_NOTE.match(line.text)
        if m is None:
            return False
        head = m.group("head")
        if (_NOT_A_SERVICE_HEAD.search(head) or self.v.person_speaker.match(head)
                or self.v.family_speaker.match(head)):
            return False
        b = self.b
        if cell_kind(head, self.v.service_type) != "type":
            return False
        sentences = [(line.start + s.start(), line.start + s.end())
                     for s in re.finditer(r"[^。]+。?", line.text[m.end():])]
        sentences = [(a + m.end(), c + m.end()) for a, c in sentences if self.text[a + m.end():c + m.end()].strip()]
        if not sentences or cell_kind(self.text[sentences[0][0]:sentences[0][1]].rstrip("。"),
                                      self.v.service_type) != "text":
            return False
        cells: dict[str, Span] = {"サービス種別": b.span(line.start + m.start("head"), line.start + m.end("head"))}
        content = sentences[0]
        cells["サービス内容"] = b.span(content[0], content[1] - (self.text[content[1] - 1] == "。"))
        extra: list[Span] = []
        for a, c in sentences[1:]:
            c -= self.text[c - 1] == "。"
            lead = _PROVIDER_SENTENCE.match(self.text, a, c)
            kind = "provider" if lead else cell_kind(self.text[a:c], self.v.service_type)
            column = {"provider": "事業所", "frequency": "頻度", "period": "サービス期間"}.get(kind)
            span = b.span(lead.end() if lead else a, c)
            if column and column not in cells and span is not None:
                cells[column] = span
            elif span is not None and not NOTHING_PLACED.fullmatch(span.text):  # 「－」: that column left empty
                extra.append(span)
        cells = {k: v for k, v in cells.items() if v is not None}
        b.label(line.start, line.start + m.end())
        b.plan.free_text.extend(extra)
        self.group = [b.service(cells, "note")]
        self.group_cursor = None
        return True

    def _attribute_pieces(self, line: Line) -> list | None:
        start = line.start + len(line.text) - len(line.text.lstrip(" \t\u3000→⇒・"))
        typed = typed_pieces(self.text, split_inner(self.text, start, line.end), self.v)
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
            column = KIND_COLUMN.get(kind)
            if column:
                self._set_group(column, self.b.span(a, c))
        self.group = saved
        return True


def _service_column(key: str | None) -> str | None:
    """A header name among a service's columns: a bare 「期間」 there is the service's period."""
    return "サービス期間" if key == "@period" else key


_DETAIL_KEYS = ("サービス種別", "事業所", "頻度", "サービス期間")
# 「［Ａ］」「[2]」 before a service: the need it serves (needs keyed by letter or number)
_NEED_REFERENCE = re.compile(r"\s*[\[［〔【]\s*([A-Z0-9]{1,2})\s*[\]］〕】]\s*")
# 「訪問看護ステーションゆりかご（訪問看護）○」 or 「ご家族・地域」: a heading with no sentence in it
_PROVIDER_HEADING = re.compile(r"\s*(?P<name>[^\s()（）。、:：][^()（）。:：\n]{0,30}?)\s*"
                               r"(?:[(（](?P<type>[^()（）\n]{2,20})[)）])?\s*(?P<mark>[○◯〇])?\s*")


def _indent(text: str) -> int:
    """Columns of leading blank: a full-width space counts two, as it is drawn."""
    blank = text[:len(text) - len(text.lstrip(" \t\u3000"))]
    return len(blank) + blank.count("\u3000")


_ARROW_SEPARATOR = re.compile(r"\s*[→⇒]\s*")
_NAMED_PIECE = re.compile(r"\s*(?P<name>[^\s:：]{2,8})\s*[:：]\s*")
# 「…見守り　〔保険〕訪問介護」: the ※1 mark written in brackets between the content and its type
_INSURANCE_MARK = re.compile(r"(?<=\s)[〔\[【]\s*(?:介護)?保険(?:給付)?(?:対象)?外?\s*[〕\]】]")
# 「サービス種別／事業所／頻度　→　…」「種別/事業所/頻度：…」: names joined by slashes, a delimiter, the values
_BLOCK_NUMBER = re.compile(r"\s*(?:[NＮ][oｏ][.．]?|[#＃]|その)\s*[0-9０-９]{1,2}\s*[.．:：)）]?\s*")
_COMPOUND_LABEL = re.compile(r"[ \t\u3000]*(?:[・■◆●○]\s*)?(?P<names>[^:：→⇒\n/／]{1,12}(?:\s*[/／]\s*[^:：→⇒\n/／]{1,12}){1,6})"
                             r"\s*(?:[:：]|[→⇒])\s*(?P<values>\S)")


def _split_at_insurance_mark(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """「…の見守り　〔保険外〕商店会の有志」: the bracketed mark ends the content and stands in its own column."""
    out = []
    for a, c in parts:
        m = _INSURANCE_MARK.search(text, a, c)
        if m is None or not text[a:m.start()].strip():
            out.append((a, c))
            continue
        out += [(a, m.start()), (m.start(), m.end())] + ([(m.end(), c)] if text[m.end():c].strip() else [])
    return out


def _split_at_arrow(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """「・口すぼめ呼吸の練習　→訪問看護／ステーション／週1回」: the arrow ends the content and leads to
    who gives it, as a slash would."""
    parts = [(a, c) for a, c in parts if text[a:c].strip() not in ("→", "⇒")]  # 「内容　→　訪問看護」: the arrow alone
    if not parts:
        return parts
    a, c = parts[0]
    m = _ARROW_SEPARATOR.search(text, a, c)
    if m is None or not text[a:m.start()].strip() or not text[m.end():c].strip():
        return parts
    return [(a, m.start()), (m.end(), c), *parts[1:]]

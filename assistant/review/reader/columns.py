"""From header cells to the columns of a 第2表 / 支援計画 / 予防 assessment table, and rows into the builder.

Whatever shape the table had (tabs, pipes, spaces, one cell per line), a row
ends up as ``{column: (start, end)}`` in folded offsets and goes through
:func:`emit_row`, so every layout fills the plan the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..plan import INTENT_FAMILY, INTENT_PERSON, Span
from .builder import PlanBuilder
from .cells import cell_kind, is_frequency, is_period, split_frequency_period
from .pieces import BRACKET_PERIOD
from .speakers import is_wish, split_speakers
from .stacked_cells import unstack
from .vocabulary import Vocabulary

_SERVICE_KEYS = ("サービス内容", "保険給付対象", "サービス種別", "事業所", "頻度", "サービス期間")
_SUPPORT_COLUMNS = {"本人のセルフケア": "本人", "家族": "家族", "インフォーマル": "インフォーマル"}
_NOTE_KEYS = ("支援のポイント", "目的", "備考")
_PLAN_CORE = ("ニーズ", "長期目標", "短期目標", "サービス内容", "@support_mix", "本人のセルフケア", "家族", "インフォーマル")
# Linear on long lines: possessive ``\s*+`` where the next token is not whitespace, and a number or a
# run of spaces is entered only at its first character (``(?<!\d)``, ``(?<!\s)``).
_GOAL_REFERENCE = re.compile(r"^\s*+(?:目標\s*+)?(?:No\.?\s*+)?([0-9]{1,2}|[①-⑳])\s*+[.．)]?\s*$")
# 「3か月後の目標」: the staged goal of that name, read above the table
_STAGE_REFERENCE = re.compile(r"^\s*+([0-9]{1,2}\s*+(?:か月|ヶ月|カ月|ヵ月)\s*+後)\s*+の?\s*+目標\s*+$")
# 「1．」「②」 before a goal's words (not 「1日3回…」)
_NUMBERED_GOAL = re.compile(r"\s*+([0-9]{1,2}(?=\s*+[.．、)）])|[①-⑳])\s*+[.．、)）]?\s*+")
# 「[]」「null」: an empty list or value in a YAML or JSON export
# 「今後検討」「調整中」: a support not yet decided places nothing either
_EMPTY_ENTRY = re.compile(r"^(?:特に)?(?:なし|無し|ない|該当なし)\s*[。.]?$|^[-－―ー]+$|^(?:\[\s*\]|\{\s*\}|null|None|~)$"
                          r"|^(?:今後|これから)?(?:検討|調整)(?:する|中|予定)?\s*[。.]?$")
_STAGE_NAME = (r"(?<!\d)\d+\s*(?:か月|ヶ月|カ月|ヵ月)\s*後(?:\s*[(（][^()（）]{1,16}[)）])?|(?<!\d)\d+\s*年\s*後|"
               r"(?:令和|R)?(?:(?<!\s)\s+)?(?<!\d)\d+\s*年\s*\d+\s*月\s*(?:まで|頃)?")
_STAGE = re.compile(rf"({_STAGE_NAME})\s*(?:[:：]|\u3000+|\s{{2,}})\s*")
_STAGE_ONLY = re.compile(rf"\s*(?:{_STAGE_NAME})\s*")


def is_stage(text: str) -> bool:
    """「3か月後」「6か月後（R9.5）」: the name of a stage, as a staged goal's period."""
    return bool(_STAGE_ONLY.fullmatch(text))


def staged_goals(text: str, start: int, end: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """「3か月後：…／6か月後（R7.12）　…」: (goal range, stage range) for each stage, or [] when not staged."""
    cell = text[start:end]
    stages = list(_STAGE.finditer(cell))
    if not stages or stages[0].start() > 2:
        return []
    out = []
    for i, m in enumerate(stages):
        stop = stages[i + 1].start() if i + 1 < len(stages) else len(cell)
        body_end = stop
        while body_end > m.end() and cell[body_end - 1] in "／/、, \n\u3000":
            body_end -= 1
        out.append(((start + m.end(), start + body_end), (start + m.start(1), start + m.end(1))))
    return out


@dataclass(frozen=True)
class Header:
    columns: tuple[str, ...]  # resolved column per position ("" = ignore, "extra:<name>" = kept as a note)
    goal_kind: str  # what a bare 「目標」 column means here


def resolve_columns(keys: list[str | None], names: list[str], *, yobo: bool) -> Header:
    """Give @period, @goal and unknown header cells their meaning from their neighbours."""
    resolved: list[str] = []
    last_goal = ""
    seen_service = False
    goal_kind = "短期目標" if yobo else "長期目標"
    for key, name in zip(keys, names, strict=True):
        if key is None:
            resolved.append(f"extra:{name.strip()}" if name.strip() else "")
            continue
        if key == "@goal":
            key = goal_kind
        if key in ("長期目標", "短期目標"):
            last_goal = key
        if key == "@period":
            key = f"{last_goal}期間" if last_goal and not seen_service else "サービス期間"
            last_goal = ""
        if key in _SERVICE_KEYS or key in _SUPPORT_COLUMNS or key == "@support_mix":
            seen_service = True
        resolved.append(key)
    return Header(tuple(resolved), goal_kind)


def known_count(keys: list[str | None]) -> int:
    return sum(1 for k in keys if k)


def looks_like_plan_header(keys: list[str | None]) -> bool:
    """At least three named columns, one of them a need, a goal or a service."""
    core = {"ニーズ", "長期目標", "短期目標", "@goal", "サービス内容", "@support_mix", "本人のセルフケア"}
    return known_count(keys) >= 3 and any(k in core for k in keys)


_FIRST_TABLE_ONLY = ("総合的な援助の方針", "介護認定審査会の意見", "生活援助中心型の算定理由")


class RowEmitter:
    """Sends table rows to the builder; remembers the goals of this table for 「目標 1」 references."""

    def __init__(self, builder: PlanBuilder, vocabulary: Vocabulary, header: Header, source: str) -> None:
        self.builder = builder
        self.vocabulary = vocabulary
        self.header = header
        self.source = source
        self.header_periods: dict[str, tuple[int, int]] = {}  # a period written in the header cell
        # the 予防 assessment table (no need, goal or support column): its 意欲・意向 column also says how
        # things are, and only the person's wishes there are their 意向
        # (a 第1表 exported as one record has its 方針 and 審査会 columns: its 意向 are wishes as written)
        self.assessment = not any(c in _PLAN_CORE or c in _FIRST_TABLE_ONLY for c in header.columns)

    def span(self, rng: tuple[int, int] | None) -> Span | None:
        return None if rng is None else self.builder.span(*rng)

    def emit(self, cells: dict[str, tuple[int, int]]) -> None:
        """One table row (folded ranges by column) into the plan."""
        b = self.builder
        text = b.folded.text
        cells = {k: v for k, v in cells.items() if text[v[0]:v[1]].strip()}
        if not cells:
            return
        for raw_key, rng in cells.items():
            key = raw_key.split("#")[0]
            if key.startswith("@intents") or key in (INTENT_PERSON, INTENT_FAMILY):
                self._intents(key, rng)
            elif key in ("課題分析の結果", "総合的な援助の方針", "具体策の提案", "目標とする生活",
                         "介護認定審査会の意見", "妥当な支援の実施に向けた方針"):
                b.field(key, self.span(rng), keep_open=False)
        if "ニーズ" in cells:
            stripped = _strip_number(text, cells["ニーズ"])
            if self._repeated("ニーズ", stripped):  # a merged cell filled down: the same need goes on
                b.label(*cells["ニーズ"])
            else:
                if stripped != cells["ニーズ"]:
                    b.label(cells["ニーズ"][0], stripped[0])
                b.need(self.span(stripped), self.source)
        goal_reference = None
        for kind in ("長期目標", "短期目標"):
            if kind not in cells:
                if kind + "期間" in cells:  # a period under a merged goal cell
                    b.period(kind, self.span(cells[kind + "期間"]))
                continue
            rng = cells[kind]
            number = _NUMBERED_GOAL.match(text, rng[0], rng[1])
            if number and number.end() < rng[1] and "ニーズ" not in cells and b.has_need(number.group(1)):
                # 「1．坂道を休み休み上れる」 in a 予防 table without a need column: the goal of 総合的課題 1
                b.label(rng[0], number.end())
                rng = (number.end(), rng[1])
                if not self._repeated(kind, rng):
                    b.select_stage(number.group(1))
            if self._repeated(kind, rng):
                b.label(*rng)
                if kind + "期間" in cells:
                    b.label(*cells[kind + "期間"])
                continue
            m = _GOAL_REFERENCE.match(text[rng[0]:rng[1]])
            if m:
                goal_reference = m.group(1)
                b.label(*rng)
                continue
            staged = _STAGE_REFERENCE.match(text[rng[0]:rng[1]])
            if staged and b.select_stage_by_period(staged.group(1)):
                b.label(*rng)
                continue
            self._goals(kind, rng, cells.get(kind + "期間"))
        if goal_reference is not None:
            b.select_stage(goal_reference)
        supports = []
        for column, role in _SUPPORT_COLUMNS.items():
            if column in cells:
                supports += self._support_entries(cells[column], role, cells)
        if "@support_mix" in cells:
            supports += self._support_entries(cells["@support_mix"], None, cells)
        for stack in unstack(text, cells, self.vocabulary.service_type) or [cells]:
            self._service(stack, supports)

    def _service(self, cells: dict[str, tuple[int, int]], supports: list) -> None:
        """The service columns of one row (or of one stacked line of it) into a service row."""
        b = self.builder
        text = b.folded.text
        service = {k: self.span(v) for k, v in cells.items() if k in _SERVICE_KEYS or k in _NOTE_KEYS
                   or k.startswith("extra:")}
        if supports and "サービス内容" not in cells:
            for row in supports:  # the row's 支援のポイント and notes belong to its support entries
                for key, span in service.items():
                    if span is not None and key not in row.cells:
                        row.cells[key] = span
            return
        if "@type_provider" in cells:  # 「訪問看護／ひばり訪問看護ステーション」
            start, end = cells["@type_provider"]
            m = re.search(r"\s*[/／]\s*|[(（]", text[start:end])
            if m:
                service["サービス種別"] = b.span(start, start + m.start())
                tail_end = end - 1 if text[end - 1:end] in ")）" and m.group(0).strip() in "(（" else end
                service["事業所"] = b.span(start + m.end(), tail_end)
            elif cell_kind(text[start:end], self.vocabulary.service_type) == "type":
                service["サービス種別"] = b.span(start, end)
            else:
                service["事業所"] = b.span(start, end)
        if "@frequency_period" in cells:
            start, end = cells["@frequency_period"]
            frequency, period = split_frequency_period(text[start:end])
            if frequency:
                service["頻度"] = b.span(start + frequency[0], start + frequency[1])
            if period:
                service["サービス期間"] = b.span(start + period[0], start + period[1])
        service = {k: v for k, v in service.items() if v is not None}
        if any(k in service for k in ("サービス内容", "サービス種別")):
            b.service(service, self.source)
        elif service and b.plan.rows and any(k in service for k in ("頻度", "事業所", "保険給付対象", "サービス期間")):
            b.free(None)  # nothing to attach to; keep the cells as free text below
            for span in service.values():
                b.plan.free_text.append(span)
        elif service:
            for span in service.values():
                b.plan.free_text.append(span)

    def _repeated(self, key: str, rng: tuple[int, int]) -> bool:
        """The cell repeats the need or goal of the row above (a merged cell unmerged and filled down)."""
        above, here = self.builder.context.get(key), self.span(rng)
        return above is not None and here is not None and above.text.strip() == here.text.strip()

    def _goals(self, kind: str, rng: tuple[int, int], period_rng: tuple[int, int] | None) -> None:
        """A goal cell; staged goals (「3か月後：…／6か月後：…」) become one goal each."""
        b = self.builder
        text = b.folded.text
        start, end = rng
        cell = text[start:end]
        stages = staged_goals(text, start, end)
        if stages:
            for goal, stage in stages:
                b.label(stage[1], goal[0])
                b.goal(kind, b.span(*goal), b.span(*stage), self.source)
            return
        period = self.span(period_rng) or self.span(self.header_periods.get(kind))
        m = BRACKET_PERIOD.search(cell)
        if m and is_period(m.group(1)):
            b.goal(kind, b.span(start, start + m.start()), period or b.span(start + m.start(1), start + m.end(1)),
                   self.source)
            return
        b.goal(kind, b.span(start, end), period, self.source)

    def _support_entries(self, rng: tuple[int, int], role: str | None, cells: dict[str, tuple[int, int]]) -> list:
        """A 予防 self-care / family / informal cell: one row per entry, the speaker or bracket as its 種別."""
        b = self.builder
        text = b.folded.text
        rows = []
        for entry, kind, *amount in _entries(text, rng, self.vocabulary):
            if entry is None:
                b.label(*kind)
                continue
            row_cells = {"サービス内容": b.span(*entry)}
            if amount:
                row_cells["頻度"] = b.span(*amount[0])
            if kind:
                row_cells["サービス種別"] = b.span(*kind)
            elif "サービス種別" in cells and "サービス内容" not in cells:
                row_cells["サービス種別"] = b.span(*cells["サービス種別"])
            for key in ("事業所", "頻度", "サービス期間"):
                if key in cells and "サービス内容" not in cells and key not in row_cells:
                    row_cells[key] = b.span(*cells[key])
            row_cells = {k: v for k, v in row_cells.items() if v is not None}
            if "サービス内容" in row_cells:
                # the column says whose support it is, unless the entry names its carrier (「（夫／1回）」)
                rows.append(b.service(row_cells, self.source, column_role=None if kind else role))
        return rows

    def _intents(self, key: str, rng: tuple[int, int]) -> None:
        b = self.builder
        for speaker, value, mark in split_speakers(b.folded.text, rng, self.vocabulary):
            if mark is not None:
                b.label(*mark)
            if value[1] <= value[0]:
                continue
            target = {"person": INTENT_PERSON, "family": INTENT_FAMILY}.get(speaker)
            if key == INTENT_PERSON and speaker is None:
                target = INTENT_PERSON
            if key == INTENT_FAMILY and speaker is None:
                target = INTENT_FAMILY
            if target == INTENT_PERSON and self.assessment and not is_wish(b.folded.text[value[0]:value[1]]):
                target = None  # 「昼は面倒で食べない日もある」 in the assessment's 意欲・意向 column: how things are
            span = b.span(*value)
            if target is None:
                b.field("課題分析の結果", span, keep_open=False)
            else:
                b.field(target, span, keep_open=False)


def _strip_number(text: str, rng: tuple[int, int]) -> tuple[int, int]:
    """「1．日中の食事が…」: the need without its number."""
    start, end = rng
    m = re.match(r"\s*(?:[0-9]{1,2}\s*[.．、)）:：]|[①-⑳]|\(\s*[0-9]{1,2}\s*\))\s*", text[start:end])
    return (start + m.end(), end) if m and m.end() < end - start else rng


# Where a support cell's next entry starts: a new line, or 「。」 or 「／」 before 「長女：」「長女…」
_ENTRY_BREAK = re.compile(r"\n|(?:(?<=。)|\s*[/／])\s*(?=[^\s:：….／/。]{1,14}\s*(?:[:：]|…|\.{2,}))")
# 「体操（本人・毎朝）、散歩（仲間・週1回）」: a bracket naming who and how often closes one entry
# 「（本人・毎朝）」「（夫／1回）」: who carries a support and how often
_WHO_AND_HOW_OFTEN = re.compile(r"[(（]([^()（）・、,/／\n]{1,10})[・、,/／]\s*([^()（）\n]{1,12})[)）]")
_CARRIER = re.compile(r"地域|近隣|近所|友人|知人|民生委員|ボランティア|.{1,10}(?:さん|仲間|友人|知人)")


def _last_who_and_how_often(text: str, start: int, end: int) -> re.Match[str] | None:
    """The 「（who・how often）」 bracket closing ``text[start:end]``, when its second part is a frequency."""
    found = list(_WHO_AND_HOW_OFTEN.finditer(text, start, end))
    m = found[-1] if found else None
    if m is None or text[m.end():end].strip() or not is_frequency(m.group(2)):
        return None
    return m


def _carrier(name: str, vocabulary: Vocabulary) -> bool:
    return bool(vocabulary.person_speaker.fullmatch(name) or vocabulary.family_speaker.fullmatch(name)
                or _CARRIER.fullmatch(name))


def _split_after_carriers(text: str, piece: tuple[int, int]) -> list[tuple[int, int]]:
    """A piece listing several supports, each closed by its 「（who・how often）」, split after each bracket."""
    a, b = piece
    cuts = [m.end() for m in _WHO_AND_HOW_OFTEN.finditer(text, a, b) if is_frequency(m.group(2))
            and re.match(r"\s*[、,／/]", text[m.end():b])]
    parts, pos = [], a
    for cut in cuts:
        parts.append((pos, cut))
        pos = cut + len(re.match(r"\s*[、,／/]\s*", text[cut:b]).group(0))
    parts.append((pos, b))
    return [(x, y) for x, y in parts if text[x:y].strip()]


def _entries(text: str, rng: tuple[int, int], vocabulary: Vocabulary):
    """Entries of a support cell: split at lines and at speaker prefixes; yields (entry, 種別 range or None)."""
    start, end = rng
    pieces = []
    pos = start
    for m in _ENTRY_BREAK.finditer(text[start:end]):
        pieces.append((pos, start + m.start()))
        pos = start + m.end()
    pieces.append((pos, end))
    pieces = [part for piece in pieces for part in _split_after_carriers(text, piece)]
    for a, b in pieces:
        piece = text[a:b]
        stripped = piece.strip().lstrip("・-*●○■□")
        if not stripped.strip():
            continue
        if _EMPTY_ENTRY.match(stripped):
            yield None, (a, b)  # 「なし」「特になし」「－」 places nothing (kept as read, never dropped)
            continue
        offset = a + piece.index(stripped[:1]) if stripped else a
        m = re.match(r"\s*([^:：….\s]{1,10})\s*(?:[:：]|…+|\.{2,})\s*", text[offset:b])
        if m and (_carrier(m.group(1), vocabulary) or vocabulary.service_type.match(m.group(1))):
            yield (offset + m.end(), b), (offset + m.start(1), offset + m.end(1))
            continue
        m = re.search(r"[(（]([^()（）]{1,10})[)）]\s*$", text[offset:b])
        if m and (vocabulary.person_speaker.fullmatch(m.group(1)) or vocabulary.family_speaker.fullmatch(m.group(1))):
            yield (offset, offset + m.start()), (offset + m.start(1), offset + m.end(1))
            continue
        # 「股関節の体操（本人・毎朝）」: who carries it and how often, in the closing bracket
        m = _last_who_and_how_often(text, offset, b)
        if m and _carrier(m.group(1), vocabulary):
            yield (offset, m.start()), (m.start(1), m.end(1)), (m.start(2), m.end(2))
            continue
        yield (offset, b), None

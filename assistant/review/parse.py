"""Turn what care managers paste into a :class:`CarePlan`, keeping every offset.

Three shapes are read, and may be mixed in one paste:

* **labelled text** — 【第1表】, 「本人：」「長期目標：」「（期間）」「サービス内容：」 … one label per line,
  its value on the same line or on the lines that follow;
* **tab-separated rows** as Excel copies them, after a header row naming the
  第2表 columns (blank cells under merged cells carry the row above);
* **loose notes** with no labels — kept line by line as free text.

Nothing is dropped: a line that matches no label is either the continuation
of the field above it or free text.  Labels and headings themselves are the
only characters not inside some span.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from .plan import (
    ASSESSMENT_RESULT,
    CERTIFICATION_OPINION,
    DAILY_ACTIVITIES,
    INTENT_FAMILY,
    INTENT_PERSON,
    LIVING_SUPPORT_REASON,
    NON_WEEKLY_SERVICES,
    OVERALL_ISSUES,
    POLICY,
    TARGET_LIFE,
    CarePlan,
    PlanRow,
    Span,
)

MAX_PLAN_CHARS = 30_000


class PlanInputError(ValueError):
    """The text cannot be reviewed; the message tells the user why, in Japanese."""


# --- label tables (data) ----------------------------------------------------------------------
# Section headings: recognised, never stored as values.
SECTION_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"第\s*[1１一]\s*表|居宅サービス計画書\s*[（(]\s*[1１]\s*[)）]", "table1"),
    (r"第\s*[2２二]\s*表|居宅サービス計画書\s*[（(]\s*[2２]\s*[)）]", "table2"),
    (r"第\s*[3３三]\s*表|週間サービス計画表", "table3"),
    (r"介護予防サービス・?支援計画(書|表)?", "yobo"),
    (r"支援計画", "yobo_support"),
)
# Field labels → a single-valued field (第1表, 第3表, 予防プラン).
FIELD_LABELS: tuple[tuple[str, str], ...] = (
    (r"利用者及び家族の生活に対する意向(を踏まえた課題分析の結果)?|利用者(及び|・)?家族の(生活に対する)?意向", "@intents"),
    (r"((ご)?本人(の意向|の希望|の思い)?|利用者(本人)?の意向)(\s*[（(][^）)]{1,12}[)）])?", INTENT_PERSON),
    (r"((ご)?家族(の意向|の希望|の思い)?|(長|次|三)(女|男)|娘|息子|妻|夫|嫁|キーパーソン)(\s*[（(][^）)]{1,12}[)）])?"
     r"(の意向|の希望)?", INTENT_FAMILY),
    (r"課題分析の結果|アセスメント(の結果|結果|の要約)?", ASSESSMENT_RESULT),
    (r"介護認定審査会の意見(及びサービスの種類の指定)?|認定審査会(の)?意見", CERTIFICATION_OPINION),
    (r"総合的な援助の方針|総合的援助方針|援助(の)?方針", POLICY),
    (r"生活援助中心型の算定理由", LIVING_SUPPORT_REASON),
    (r"主な日常生活上の活動", DAILY_ACTIVITIES),
    (r"週単位以外のサービス", NON_WEEKLY_SERVICES),
    (r"目標とする生活(\s*[（(]?\s*(1日|１日|1年|１年)\s*[)）]?)?", TARGET_LIFE),
    (r"総合的課題", OVERALL_ISSUES),
)
# Column labels → a 第2表 / 支援計画 row column.
COLUMN_LABELS: tuple[tuple[str, str], ...] = (
    (r"生活全般の解決すべき課題\s*[（(]?\s*ニーズ\s*[)）]?|解決すべき課題|課題\s*[（(]\s*ニーズ\s*[)）]|ニーズ|課題", "ニーズ"),
    (r"長期目標\s*[①-⑩0-9０-９]?", "長期目標"),
    (r"短期目標\s*[①-⑩0-9０-９]?", "短期目標"),
    (r"目標", "@goal"),
    (r"[（(]?\s*期間\s*[)）]?", "@period"),
    (r"サービス内容|援助内容|支援内容", "サービス内容"),
    (r"※\s*[1１]|保険給付(の)?対象(内)?(かどうかの区分)?", "保険給付対象"),
    (r"サービス種別|種別|介護保険サービス(または地域支援事業)?", "サービス種別"),
    (r"※\s*[2２]|(サービス)?提供事業(所|者)|事業所(名)?", "事業所"),
    (r"頻度", "頻度"),
    (r"本人(等)?のセルフケア(や家族の支援)?|セルフケア", "本人のセルフケア"),
    (r"インフォーマル(サービス|支援)?|地域(の)?(支援|資源)|地域・インフォーマル", "インフォーマル"),
)
_GOAL_COLUMNS = ("ニーズ", "長期目標", "長期目標期間", "短期目標", "短期目標期間")
_SERVICE_COLUMNS = ("サービス内容", "保険給付対象", "サービス種別", "事業所", "頻度", "サービス期間",
                    "本人のセルフケア", "家族", "インフォーマル")
_LABEL_PREFIX = r"^[ \t　]*(?:[【\[［〔<＜■□●○◆◇・]\s*)?"
# A label ends at a colon, a closing bracket, the end of the line, or a tab (a key/value row
# of a spreadsheet or CSV: 「本人の意向<TAB>…」).
_LABEL_SUFFIX = r"\s*(?:[】\]］〕>＞])?\s*(?:[：:]\s*|\t\s*|(?=$)|(?<=[】\]］〕>＞）)])\s*)"
_INLINE_PERIOD = re.compile(r"[（(]\s*((?:期間\s*[：:]?\s*)?(?:[RrHh令平]|20\d\d|19\d\d)[^（）()]*?[〜～~\-－][^（）()]*?|[0-9０-９]+\s*(?:か月|ヶ月|カ月|ヵ月|年))\s*[)）]\s*。?\s*$")


# Labels whose values have an unmistakable shape may be separated from them by a space alone
# (「期間 R7.4.1〜R7.9.30」「頻度 週2回」); other labels need a colon or a bracket, so that
# prose such as 「本人 は…」 is not read as a label.
_SPACED_VALUE = {
    "@period": r"(?:[RrHh]\s*[0-9０-９]|令和|平成|[0-9０-９])",
    "頻度": r"(?:週|月|毎|日|随時|必要時|[0-9０-９])",
}


def _compile(table: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern[str], str]]:
    compiled = []
    for pattern, target in table:
        suffix = _LABEL_SUFFIX
        if target in _SPACED_VALUE:
            suffix = f"(?:{_LABEL_SUFFIX}|[ \t　]+(?={_SPACED_VALUE[target]}))"
        compiled.append((re.compile(_LABEL_PREFIX + f"(?:{pattern})" + suffix), target))
    return compiled


_SECTIONS = [(re.compile(_LABEL_PREFIX + f"(?:{p})" + r"\s*(?:[】\]］〕>＞])?\s*$"), name) for p, name in SECTION_PATTERNS]
_FIELDS = _compile(FIELD_LABELS)
_COLUMNS = _compile(COLUMN_LABELS)
_HEADER_CELL = {
    "ニーズ": re.compile(r"ニーズ|解決すべき課題|^課題$"),
    "長期目標": re.compile(r"^長期目標"),
    "短期目標": re.compile(r"^短期目標"),
    "@period": re.compile(r"^[（(]?期間[)）]?$"),
    "サービス内容": re.compile(r"サービス内容|援助内容|支援内容"),
    "保険給付対象": re.compile(r"^※\s*1|保険給付"),
    "サービス種別": re.compile(r"種別"),
    "事業所": re.compile(r"^※\s*2|事業所|事業者"),
    "頻度": re.compile(r"^頻度"),
    "本人のセルフケア": re.compile(r"セルフケア"),
    "インフォーマル": re.compile(r"インフォーマル|地域"),
    "@goal": re.compile(r"^目標$"),
}


# --- input checks ------------------------------------------------------------------------------
def check_plan_text(text: str | None) -> str:
    """Reject what cannot be a plan, with a message the user can act on."""
    if text is None or not text.strip():
        raise PlanInputError("ケアプランの本文が空です。第1表・第2表の内容を貼り付けるか、ファイルを選んでください。")
    if len(text) > MAX_PLAN_CHARS:
        raise PlanInputError(
            f"ケアプランが長すぎます（{len(text):,}文字）。一度に点検できるのは{MAX_PLAN_CHARS:,}文字までです。"
            "利用者ごと、または第1表・第2表ごとに分けてください。入力した文章はそのまま残っています。"
        )
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r") or ch == "\ufffd")
    if "\x00" in text or controls > max(3, len(text) // 100):
        raise PlanInputError(
            "文字化けまたはバイナリデータのようで、ケアプランとして読み取れません。"
            "文章を貼り付けるか、.txt / .docx / .xlsx / .csv のファイルを選んでください。"
        )
    return text


# --- lines with offsets ----------------------------------------------------------------------
@dataclass(frozen=True)
class _Line:
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(_Line(body, pos))
        pos += len(raw)
    return out


def _span(text: str, start: int, end: int) -> Span | None:
    """The stripped sub-span of text[start:end], or None when it is blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(text[start:end], start, end) if end > start else None


# --- the parser ----------------------------------------------------------------------------------
@dataclass
class _State:
    text: str
    plan: CarePlan
    section: str = ""
    open_key: str | None = None  # field key or "col:<column>" receiving continuation lines
    open_span: Span | None = None
    in_intents: bool = False
    current: dict[str, Span] = field(default_factory=dict)  # need/goals carried into new rows
    row: PlanRow | None = None
    row_has_service: bool = False
    stage_has_row: bool = False  # whether the current need/goal already has a row
    last_goal: str | None = None  # which column a bare （期間） belongs to
    labels: int = 0


def parse_plan(text: str, source_name: str | None = None) -> CarePlan:
    """Parse pasted or loaded plan text; raises :class:`PlanInputError` when it is unusable."""
    check_plan_text(text)
    plan = CarePlan(text=text, source_name=source_name)
    state = _State(text, plan)
    lines = _lines(text)
    i = 0
    while i < len(lines):
        line = lines[i]
        header = _table_header(line.text)
        if header:
            state.labels += 1
            _add_label(state, line.start, line.end)
            _close_row(state)
            _flush_goals(state, None)
            state.current = {}
            i = _read_table(state, lines, i + 1, header)
            continue
        _read_line(state, line)
        i += 1
    _close_row(state)
    _flush_goals(state, None)
    plan.input_format = "table" if plan.input_format == "table" else ("labelled" if state.labels else "prose")
    plan.form = _form(plan, state)
    return plan


def _form(plan: CarePlan, state: _State) -> str:
    if TARGET_LIFE in plan.fields or OVERALL_ISSUES in plan.fields or re.search(r"介護予防サービス|支援計画書|要支援", plan.text):
        return "予防"
    if plan.rows or plan.fields or re.search(r"第\s*[1-3１-３]\s*表|居宅サービス計画", plan.text):
        return "居宅"
    return "不明"


def _read_line(state: _State, line: _Line) -> None:
    text = state.text
    if not line.text.strip():
        if state.open_key and not state.open_key.startswith("col:"):
            state.open_key, state.open_span = None, None
        state.in_intents = False
        return
    for pattern, name in _SECTIONS:
        if pattern.match(line.text):
            state.labels += 1
            _add_label(state, line.start, line.end)
            state.section = name
            state.open_key, state.open_span, state.in_intents = None, None, False
            if name in ("table1", "table3"):
                _close_row(state)
            return
    label = _match_label(state, line.text)
    if label:
        target, value_start = label
        state.labels += 1
        _add_label(state, line.start, line.start + value_start)
        value = _span(text, line.start + value_start, line.end)
        _assign(state, target, value)
        return
    value = _span(text, line.start, line.end)
    if value is None:
        return
    if state.in_intents:  # 意向欄の中の、話し手のない行は課題分析の結果
        if state.open_key == ASSESSMENT_RESULT and state.open_span is not None:
            _extend(state, value)
        else:
            _add_field(state, ASSESSMENT_RESULT, value)
            state.open_key = ASSESSMENT_RESULT
    elif state.open_key and state.open_span is not None:
        _extend(state, value)
    elif state.open_key:
        _assign(state, state.open_key if not state.open_key.startswith("col:") else state.open_key, value, continuation=True)
    else:
        state.plan.free_text.append(value)


def _add_label(state: _State, start: int, end: int) -> None:
    span = _span(state.text, start, end)
    if span:
        state.plan.labels.append(span)


def _match_label(state: _State, line: str) -> tuple[str, int] | None:
    """(target, offset of the value) when the line starts with a known label."""
    in_yobo_plan = state.section in ("yobo", "yobo_support")
    for pattern, target in (*_COLUMNS, *_FIELDS) if state.section in ("table2", "yobo_support") else (*_FIELDS, *_COLUMNS):
        m = pattern.match(line)
        if not m:
            continue
        # Every label pattern ends in its own delimiter (_LABEL_SUFFIX, _SPACED_VALUE): a match is a label.
        rest = line[m.end():]
        if target == INTENT_FAMILY and in_yobo_plan and state.section == "yobo_support":
            return "col:家族", m.end()
        if target == "ニーズ" and "課題" == m.group(0).strip("【】■：: \t") and rest.strip() == "" and state.section == "table1":
            continue
        return (target if target in _all_field_keys() or target.startswith("@") else f"col:{target}"), m.end()
    return None


def _all_field_keys() -> set[str]:
    return {t for _, t in FIELD_LABELS}


def _assign(state: _State, target: str, value: Span | None, continuation: bool = False) -> None:
    """Route a labelled value (possibly empty: its value follows on the next lines)."""
    if target == "@intents":
        state.in_intents = True
        state.open_key, state.open_span = "@intents", None
        if value:
            _add_field(state, ASSESSMENT_RESULT, value)
            state.open_key, state.open_span = ASSESSMENT_RESULT, state.plan.fields[ASSESSMENT_RESULT][-1]
        return
    if target in (INTENT_PERSON, INTENT_FAMILY) and not continuation:
        # 「本人：…」 on one line is complete; 「本人：」 alone takes the lines below it.
        state.open_key, state.open_span = (None, None) if value else (target, None)
        if value:
            _add_field(state, target, value)
            state.open_span = None
        return
    if not target.startswith("col:") and not target.startswith("@"):
        state.in_intents = False
        state.open_key, state.open_span = target, None
        if value:
            _add_field(state, target, value)
            state.open_span = state.plan.fields[target][-1]
        return
    state.in_intents = False
    column = target[4:] if target.startswith("col:") else target
    if column == "@goal":
        column = "長期目標"
    if column == "@period":
        column = {"長期目標": "長期目標期間", "短期目標": "短期目標期間"}.get(state.last_goal or "", "サービス期間")
        if state.row_has_service:
            column = "サービス期間"
    _set_cell(state, column, value)


def _set_cell(state: _State, column: str, value: Span | None) -> None:
    if column in ("長期目標", "短期目標") and value is not None:
        value, period = _split_inline_period(state.text, value)
    else:
        period = None
    if column in _GOAL_COLUMNS and not column.endswith("期間"):
        _close_row(state)
        _flush_goals(state, column)
        if column == "ニーズ":
            state.current = {}
        elif column == "長期目標":
            state.current = {k: v for k, v in state.current.items() if k == "ニーズ"}
        elif column == "短期目標":
            state.current = {k: v for k, v in state.current.items() if k in ("ニーズ", "長期目標", "長期目標期間")}
        if column in ("長期目標", "短期目標"):
            state.last_goal = column
        if value is not None:
            state.current[column] = value
            state.stage_has_row = False
        if period is not None:
            state.current[column + "期間"] = period
        state.open_key = f"col:{column}"
        state.open_span = value
        state.row = None
        return
    if column in _GOAL_COLUMNS:  # a period: belongs to the goal it follows
        if value is not None:
            state.current[column] = value
            for row in state.plan.rows:
                goal = column.removesuffix("期間")
                if row.cells.get(goal) is not None and row.cells.get(goal) == state.current.get(goal):
                    row.cells.setdefault(column, value)
        state.open_key, state.open_span = f"col:{column}", value
        return
    if column == "サービス内容" or state.row is None or (column in state.row.cells and column != "サービス期間"):
        _close_row(state)
        state.row = PlanRow(cells=dict(state.current), carried=set())
        state.row_has_service = False
    if value is not None:
        state.row.cells[column] = value
    if column in ("サービス内容", "サービス種別"):
        state.row_has_service = True
    state.open_key = f"col:{column}"
    state.open_span = value


def _close_row(state: _State) -> None:
    """Store the open service row (it carries the current need and goals)."""
    plan = state.plan
    if state.row is not None and any(k in state.row.cells for k in _SERVICE_COLUMNS):
        row = state.row
        row.carried = {c for c in _GOAL_COLUMNS if c in row.cells and state.stage_has_row}
        plan.rows.append(row)
        state.stage_has_row = True
    state.row = None
    state.row_has_service = False


def _flush_goals(state: _State, incoming: str | None) -> None:
    """Keep a need/goal that got no service line as a row of its own, so no goal is lost.

    A new 短期目標 right after its 長期目標 completes the stage instead of
    closing it: the short-term goal's rows will carry the long-term goal.
    """
    current = state.current
    if state.stage_has_row or not current:
        return
    if incoming == "短期目標" and "短期目標" not in current and "長期目標" in current:
        return
    if incoming == "長期目標" and set(current) == {"ニーズ"}:
        return
    state.plan.rows.append(PlanRow(cells=dict(current)))
    state.stage_has_row = True


def _extend(state: _State, value: Span) -> None:
    """A continuation line: grow the open span to cover it."""
    old = state.open_span
    assert old is not None
    grown = Span(state.text[old.start : value.end], old.start, value.end)
    key = state.open_key or ""
    if key.startswith("col:"):
        column = key[4:]
        if state.current.get(column) == old:
            state.current[column] = grown
        if state.row is not None and state.row.cells.get(column) == old:
            state.row.cells[column] = grown
    else:
        spans = state.plan.fields.get(key, [])
        if spans and spans[-1] == old:
            spans[-1] = grown
    state.open_span = grown


def _add_field(state: _State, key: str, value: Span) -> None:
    spans = state.plan.fields.setdefault(key, [])
    spans.append(value)
    state.open_span = value


def _split_inline_period(text: str, value: Span) -> tuple[Span, Span | None]:
    """「長期目標：…（R7.4.1〜R8.3.31）」: the goal without the bracket, and the period inside it."""
    m = _INLINE_PERIOD.search(value.text)
    if not m:
        return value, None
    goal = _span(text, value.start, value.start + m.start())
    period = _span(text, value.start + m.start(1), value.start + m.end(1))
    return (goal or value), period


# --- tab-separated tables ----------------------------------------------------------------------
def _norm(cell: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", cell))


def _table_header(line: str) -> list[str] | None:
    """Column names of a header row, or None when the line is not one."""
    if "\t" not in line:
        return None
    cells = line.split("\t")
    columns: list[str] = []
    known = 0
    for cell in cells:
        name = _norm(cell)
        column = next((col for col, pattern in _HEADER_CELL.items() if name and pattern.search(name)), "")
        known += bool(column)
        columns.append(column)
    if known < 3:
        return None
    resolved, last_goal = [], ""
    for column in columns:
        if column in ("長期目標", "短期目標"):
            last_goal = column
        if column == "@period":
            column = {"長期目標": "長期目標期間", "短期目標": "短期目標期間"}.get(last_goal, "サービス期間")
            last_goal = "" if column != "サービス期間" else last_goal
            if column == "短期目標期間":
                last_goal = "service"
        elif column == "@goal":
            column = "長期目標"
            last_goal = "長期目標"
        elif column == "頻度":
            last_goal = "service"
        resolved.append(column)
    return resolved


def _cells(text: str, start: int) -> Iterator[tuple[int, int, int]]:
    """(cell start, cell end, row end) for one TSV row starting at ``start``; quoted cells may hold newlines."""
    pos = start
    n = len(text)
    while True:
        if pos < n and text[pos] == '"':
            j = pos + 1
            while j < n:
                if text[j] == '"' and j + 1 < n and text[j + 1] == '"':
                    j += 2
                elif text[j] == '"':
                    break
                else:
                    j += 1
            cell_start, cell_end = pos + 1, j
            pos = min(j + 1, n)
            while pos < n and text[pos] not in "\t\r\n":  # stray text after the closing quote
                pos += 1
                cell_end = pos
        else:
            cell_start = pos
            while pos < n and text[pos] not in "\t\r\n":
                pos += 1
            cell_end = pos
        if pos < n and text[pos] == "\t":
            yield cell_start, cell_end, -1
            pos += 1
            continue
        row_end = pos
        if pos < n and text[pos] == "\r":
            pos += 1
        if pos < n and text[pos] == "\n":
            pos += 1
        yield cell_start, cell_end, pos if row_end < n or pos > row_end else n
        return


def _read_table(state: _State, lines: list[_Line], i: int, header: list[str]) -> int:
    """Read TSV rows after a header; returns the index of the first line after the table."""
    text, plan = state.text, state.plan
    plan.input_format = "table"
    previous: dict[str, Span] = {}
    while i < len(lines):
        line = lines[i]
        if "\t" not in line.text and not line.text.startswith('"'):
            break
        cells: list[Span | None] = []
        row_end = line.end
        for cell_start, cell_end, end in _cells(text, line.start):
            cells.append(_span(text, cell_start, cell_end))
            if end >= 0:
                row_end = end
        while i < len(lines) and lines[i].start < row_end:
            i += 1
        extra = [c for c in cells[len(header):] if c]
        plan.free_text.extend(extra)
        values = {col: cell for col, cell in zip(header, cells) if col and cell}
        unknown = [cell for col, cell in zip(header, cells) if not col and cell]
        plan.free_text.extend(unknown)
        if not values:
            continue
        row = PlanRow(cells=dict(values))
        for column in _GOAL_COLUMNS:
            if column not in values and column in previous and not _starts_new_goal(column, values):
                row.cells[column] = previous[column]
                row.carried.add(column)
        previous = {k: v for k, v in row.cells.items() if k in _GOAL_COLUMNS}
        plan.rows.append(row)
    return i


def _starts_new_goal(column: str, values: dict[str, Span]) -> bool:
    """A new need resets the goals below it; a new long-term goal resets the short-term one."""
    order = list(_GOAL_COLUMNS)
    return any(order.index(k) < order.index(column) for k in values if k in _GOAL_COLUMNS)


# --- summary -----------------------------------------------------------------------------------
def parse_summary(plan: CarePlan) -> dict:
    """What was recognised, as counts and as short Japanese sentences for the UI."""
    def distinct(column: str) -> int:
        return len(plan.column_spans(column))

    counts = {key: len(spans) for key, spans in plan.fields.items()}
    needs, longs, shorts = distinct("ニーズ"), distinct("長期目標"), distinct("短期目標")
    services = sum(1 for r in plan.rows if r.get("サービス内容") or r.get("サービス種別"))
    messages = []
    form = {"居宅": "居宅サービス計画書", "予防": "介護予防サービス・支援計画書"}.get(plan.form)
    if form:
        messages.append(f"{form}として読み取りました。")
    if plan.fields:
        messages.append("認識した項目: " + "・".join(plan.fields) + "。")
    if plan.rows:
        messages.append(f"第2表（支援計画）: ニーズ{needs}件、長期目標{longs}件、短期目標{shorts}件、サービス{services}件。")
    if plan.input_format == "table":
        messages.append("表形式（タブ区切り）の行を読み取りました。結合セルの空欄は上の行の内容を引き継いでいます。")
    if plan.input_format == "prose":
        messages.append("見出しのない文章として読み取りました（内容はすべてチェックの対象です）。")
    elif plan.free_text:
        messages.append(f"見出しに当てはまらない記載{len(plan.free_text)}件は自由記述として読み、チェックの対象にしています。")
    return {
        "form": plan.form,
        "input_format": plan.input_format,
        "fields": counts,
        "rows": len(plan.rows),
        "needs": needs,
        "long_goals": longs,
        "short_goals": shorts,
        "services": services,
        "free_text": len(plan.free_text),
        "messages": messages,
    }

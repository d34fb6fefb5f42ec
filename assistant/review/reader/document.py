"""Read a whole pasted plan, line by line: headings, tables, the week grid, labelled lines, bullets, notes.

Tables and the week grid are handed to their readers (:mod:`.tables`,
:mod:`.week`); every other line is one of

* a **section heading** (第1表, 第2表, 介護予防サービス・支援計画書 …);
* a **label** with its value (「長期目標：」「③利用者及び家族の生活に対する意向」「長 期 目 標」,
  a label broken over two lines, 「長期目標（1年）：」); a line may hold several
  row labels (「長期目標 X（期間）／短期目標 Y」「→長期目標「X」、短期目標「Y」」);
* a **numbered need** (「ニーズ1:」「【課題2】」「①」「(1)」 before goals);
* a **bullet** placing a service under the current need (「- 内容 / ○ / 種別 / 事業所 / 頻度 / 期間」);
* an **item of a legend outline** (:mod:`.legend`: 「凡例：◎＝課題　◇＝長期目標 …」 and the lines it marks);
* a **speaker** line (「本人：」「長女（同居）：」「ご本人より」);
* a **continuation** of the open value — a blank line or the next label closes it;
* **free text**, which the checks still read.
"""

from __future__ import annotations

import re

from ..plan import INTENT_FAMILY, INTENT_PERSON, OVERALL_ISSUES, TARGET_LIFE, PlanRow, Span
from .audit_sheet import worksheet_lines
from .builder import PlanBuilder
from .cells import cell_kind, is_frequency, is_period
from .column_major import detect_column_major, read_column_major
from .columns import is_stage, staged_goals
from .fold import fold_text
from .key_values import KEY_VALUE_LINE, detect_key_values, read_key_values
from .labels import LabelLines
from .legend import LegendLines
from .lines import Line, split_lines
from .pieces import (
    ARROW,
    BULLET,
    GOAL_HEADING,
    GOAL_KEYS,
    SHORT_FIELDS,
    TARGET_LIFE_ROW,
    is_table_row,
    number_of,
)
from .prose import ProseLines
from .revision_marks import previous_lines
from .screen_menu import menu_lines
from .service_lines import ServiceLines
from .speech import SpeechLines
from .tables import PAGE_FURNITURE, detect_table, read_table
from .transposed import detect_transposed, read_transposed
from .vocabulary import NUMBERING, LabelMatch, Vocabulary
from .week import WeekGrid, attach_grid, day_list, read_day_list, read_week_grid, week_header

# 「(4) 」: an item number in brackets (「②」「2.」 number needs as often as items)
_ITEM_NUMBER = re.compile(r"^\s*\(\s*\d{1,2}\s*\)\s*")
# 「スライド 3」「Slide 3」「- 3 / 12 -」: a slide's number over its content
_SLIDE = re.compile(r"\s*(?:スライド|Slide|slide)\s*[0-9]{1,3}(?:\s*/\s*[0-9]{1,3})?\s*")
# a slide whose title names the plan's parts (「ケアプラン（第2表）抜粋 ②」「その他のサービス」) goes on with the plan
_PLAN_TITLE = re.compile(r"サービス|ニーズ|課題|援助|支援計画|第\s*[2２]\s*表|ケアプラン|計画書|目標")
# 「(R8.12.7〜R9.11.30)」 alone on the line under a goal: its period, wrapped
_BRACKETED = re.compile(r"\s*[(（]([^()（）]{4,40})[)）]\s*")
# 「※サービスの期間はすべて R9.5.1～R9.10.31」: one period for the services below
_SHARED_SERVICE_PERIOD = re.compile(r"\s*[※*]?\s*(?:サービス|援助内容|支援)の?期間(?:は|：|:)?\s*(?:すべて|全て|いずれも|共通で?)\s*[:：]?\s*"
                                    r"(?P<period>[^\s（(]{4,40})\s*$")
# 「◇目標一覧（期間：未設定）」「【サービスリスト】」: the heading of a list of needs, goals or services
_LIST_HEADING = re.compile(r"\s*+[【\[〔◇◆■□●]?\s*+(?:生活全般の解決すべき)?(?:ニーズ|課題|目標|サービス|援助内容|支援内容)(?:（ニーズ）)?"
                           r"\s*+(?:一覧|リスト)\s*+[】\]〕]?\s*+(?:[(（][^()（）\n]{0,20}[)）])?\s*")
# a care software's screen copied with its controls: 「(2件)　[+ 追加]」「[▲] [▼] [削除]」「▼ 1」 is no service
_SCREEN_CONTROLS = re.compile(r"\s*(?:[(（]\s*[0-9０-９]{1,3}\s*件\s*[)）])?"
                              # (「[目標1]」「[課題2]」 are the plan's own headings, never a button)
                              r"(?:\s*(?:[\[［](?![^\]］\n]*(?:目標|課題|ニーズ|サービス|支援))[^\]］\n]{1,8}[\]］]"
                              r"|[▼▲▽△]\s*[0-9０-９]{0,3}))*\s*")


class DocumentReader(LabelLines, ServiceLines, SpeechLines, ProseLines, LegendLines):
    def __init__(self, builder: PlanBuilder, vocabulary: Vocabulary) -> None:
        self.b = builder
        self.v = vocabulary
        self.text = builder.folded.text
        self.lines = split_lines(self.text)
        self.open_quote: str | None = None  # the 意向 field whose speaker's 「…」 goes on past the line's end
        self.quote_cut = False  # cut mid-quote or after a particle (not only without an end)
        self.key_values_seen = 0  # lines before this were already looked at as a key=value export
        self.section = ""
        self.in_intents = False
        # Under an assessment label (「アセスメント領域と現在の状況」) or a notes heading (「備考」「特記事項」),
        # blank lines included: its ■ headings and ・ lines describe the person, they do not place services.
        self.in_description = False
        self.column_order: list[str] = []  # the columns a 「サービス内容／種別／事業所／頻度」 line names, in order
        self.last_goal = ""
        self.group: list = []  # service rows sharing attributes given below them (「サービス内容：a / b / c」)
        self.group_cursor: int | None = None  # attribute lines: -1 shared by the group, k ≥ 0 one per service
        self.grids: list[WeekGrid] = []
        self.open_support: str | None = None  # the 予防 support label (本人のセルフケア…) whose entries are being read
        self.last_label = ""  # the key of the last label read
        # 「◇デイサービスこもれび（通所介護）○」 over the services it gives: (its indent, the cells it gives them)
        self.provider_group: tuple[int, dict[str, Span]] | None = None
        self.item: tuple[PlanRow, Line] | None = None  # the last service read from a bullet line, and that line

    # --- helpers --------------------------------------------------------------------------------
    @property
    def yobo(self) -> bool:
        """A 予防 plan: its heading was seen, or a field only the 予防 form has (目標とする生活, 総合的課題) was read."""
        fields = self.b.plan.fields
        return ("yobo" in self.b.plan.sections or self.section.startswith("yobo")
                or bool(fields.get(TARGET_LIFE)) or bool(fields.get(OVERALL_ISSUES)))

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
                            and not is_table_row(k) and cell_kind(k, self.v.service_type) == "text"}
        self.b.furniture |= worksheet_lines(self.text)  # a ケアプラン点検 worksheet's questions and self-ratings
        self.b.furniture |= menu_lines(self.lines, self.v)  # a care software screen's menu above the plan
        self.b.furniture |= previous_lines(self.text)  # 「【前回】…」「【終了】…」: the plan's history
        j = 0
        while j < len(self.lines):
            j = self.read_line(j)
        for grid in self.grids:
            attach_grid(self.b, grid)
        self._drop_form_lines()

    def _drop_form_lines(self) -> None:
        """「居宅サービス計画書（第1表）」「計画に関する同意」 read as a service row: the form's own words, not a
        service (a row with no frequency would be flagged).  Kept as read text, never dropped."""
        for row in list(self.b.plan.rows):
            content = row.cells.get("サービス内容")
            if content is None or not (_SCREEN_CONTROLS.fullmatch(content.text) or (
                    len(content.text) <= 20 and self.v.form_lines.search(fold_text(content.text)))
                    or self.v.header_key(fold_text(content.text).strip(" ■□◆◇●○・【】[]"))):
                continue  # 「インフォーマルサービス」 alone in the content cell is the column's heading, not a support
            if any(row.cells.get(k) for k in ("頻度", "事業所")):
                continue
            self.b.plan.rows.remove(row)
            self.b.plan.free_text.append(content)

    def _empty_value(self, j: int) -> bool:
        """「【保険給付】」 over an empty line, then 「【サービス種別】」: a field left empty in a form copied from
        a screen, not the end of the row (closing there would split one service into two rows)."""
        if j == 0 or j + 1 >= len(self.lines):
            return False
        above = self.v.label(self.lines[j - 1].text.strip(), prefer_columns=True)
        below = self.v.label(self.lines[j + 1].text.strip(), prefer_columns=True)
        return (above is not None and below is not None and above.kind == "column" == below.kind
                and above.delimiter == "end" and self.b.has_open_row())

    def _second_table_starts(self) -> None:
        """A layout that holds the whole 第2表 (or 支援計画) begins: the value above ends, the 意向 are over."""
        self.b.close()
        self.in_intents = False
        self.b.plan.sections.add("yobo" if self.yobo else "table2")

    def read_line(self, j: int) -> int:
        line = self.lines[j]
        text = line.text
        if line.blank and self._empty_value(j):
            return j + 1
        if self._quote_goes_on(line):
            return j + 1
        if not line.blank and _SCREEN_CONTROLS.fullmatch(text):
            self.b.label(line.start, line.end)  # 「▼ 2」「[▲] [▼]」: the screen's controls, not the cell above going on
            self.b.open = None
            return j + 1
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
            self.in_description = False
            self.column_order = []
            self.section = section
            self.b.plan.sections.add("yobo" if section == "yobo_support" else section)
            return j + 1
        if self.legend is not None and self._legend_item(line):
            return j + 1
        if self.legend is None and "凡例" in text and self._legend_line(line):
            return j + 1
        if week_header(line, self.text):
            self.b.plan.sections.add("table3")
            end, grid = read_week_grid(self.lines, j, self.b, self.stop)
            self.grids.append(grid)
            self.b.close()
            return end
        if day_list(self.lines, j):  # 「月：訪問看護（10時）」 a line per day: the 第3表 as a list
            self.b.plan.sections.add("table3")
            end, grid = read_day_list(self.lines, j, self.b)
            self.grids.append(grid)
            self.b.close()
            return end
        sideways = detect_transposed(self.lines, j, self.v, self.text)
        if sideways:  # 「| 長期目標 | … | … |」: the field names down the first column, a need per column
            rows, end = sideways
            self._second_table_starts()
            read_transposed(rows, self.b, self.v, yobo=self.yobo)
            return end
        table = detect_table(self.lines, j, self.v, self.text, yobo=self.yobo)
        if table:
            self.in_intents = False
            self.b.plan.sections.add("yobo" if self.yobo else "table2")
            return read_table(self.lines, j, table, self.b, self.v, self.stop)
        if j >= self.key_values_seen and KEY_VALUE_LINE.match(text):
            key_values, self.key_values_seen = detect_key_values(self.lines, j, self.v)
            if key_values:  # 「課題[1].サービス[2].頻度=月1回」: a care software's key=value export
                self._second_table_starts()
                read_key_values(key_values, self.b, self.v, yobo=self.yobo)
                return self.key_values_seen
        column_major = detect_column_major(self.lines, j, self.v)
        if column_major:  # 「[ニーズ] 1 … 2 …」「[長期目標] 1 … 2 …」: a table pasted one column at a time
            blocks, end = column_major
            self._second_table_starts()
            read_column_major(blocks, self.b, self.v, yobo=self.yobo)
            return end
        if PAGE_FURNITURE.match(text) or self.b.is_furniture(line):
            self.b.label(line.start, line.end)
            return j + 1
        if _SLIDE.fullmatch(text):  # 「スライド 8」: a new slide, whose title says whether the plan goes on
            self.b.label(line.start, line.end)
            title = next((x.text for x in self.lines[j + 1:] if not x.blank), "")
            if not _PLAN_TITLE.search(title):  # 「3か月のモニタリング」「助言をいただきたい点」: the plan is over
                self.b.end_needs()
            return j + 1
        shared = _SHARED_SERVICE_PERIOD.match(text)
        if shared and is_period(shared.group("period")):  # 「※サービスの期間はすべて R9.5.1～R9.10.31」
            span = self.b.span(line.start + shared.start("period"), line.start + shared.end("period"))
            if span is not None:
                self.b.shared_service_periods.append((len(self.b.plan.rows), span))
            self.b.label(line.start, line.start + shared.start("period"))
            return j + 1
        if self.v.note_heading(text):
            self.b.label(line.start, line.end)
            self.b.end_needs()
            self.in_intents = False
            self.in_description = True
            return j + 1
        if self.b.open == ("field", TARGET_LIFE):
            m = TARGET_LIFE_ROW.match(text)
            if m:
                self._target_life(line.start + m.start(1), line.start + m.end(1), line.start + m.start(2),
                                  line.start + m.end(2))
                return j + 1
        if _LIST_HEADING.match(text):  # 「◇目標一覧（期間：未設定）」: a heading over keyed items, no service
            self.b.label(line.start, line.end)
            self.b.close()
            return j + 1
        reference = GOAL_HEADING.match(text)
        if reference:
            self.b.label(line.start, line.end)
            number = reference.group(1) or reference.group(2)
            if not (self.yobo and self.b.select_goal(number_of(number))):
                self.b.select_stage(number)
            self.b.open = None
            # 「目標①」 over its goal: the goal of that need, when it has none yet (under 「具体策の提案」 it is
            # the proposal's; a need that has its goal is followed by its support point)
            if (self.yobo and self.last_label != "具体策の提案" and "短期目標" not in self.b.context
                    and self._value_below(j, "@goal")):
                below = self.lines[j + 1]
                self._labelled(LabelMatch("column", "@goal", line.start, line.end, below.start, None, "below"), 2)
                return j + 2
            return j + 1
        if ARROW.match(text) and (self.b.has_open_row() or self.b.context):  # 「→訪問介護：…」 under the goals
            if self._content_below_type(line) or self._attribute_line(line, j) or self._bullet(line, marker=ARROW):
                return j + 1
        if BULLET.match(text) and self.in_plan_table() and self._bullet(line):
            return j + 1
        if (self.last_label == "サービス内容" and _ITEM_NUMBER.match(text) and not self._goal_follows(j)
                and self._bullet(line, _ITEM_NUMBER)):
            return j + 1  # 「(4) 妻：夜間の吸引／毎日」 numbered under サービス内容: an item of the list, as a bullet
        if self._compound_label(line):
            return j + 1
        label, consumed = self._label(j)
        if label is not None:
            number = re.match(rf"\s*(?:[<\[【〔]\s*)?({NUMBERING})", text)
            if number and self.yobo and label.key in (*GOAL_KEYS, "本人のセルフケア", "家族", "インフォーマル",
                                                      "@support_mix", "サービス内容"):
                self.b.select_stage(number_of(number.group(1)))
            self._labelled(label, consumed)
            return j + consumed
        if self._numbered_goal(line):
            return j + 1
        if self._numbered_need(j):
            return j + 1
        if self._bullet(line):
            return j + 1
        if self._separated_line(line):
            return j + 1
        if self._speaker_line(line):
            return j + 1
        if self._attribute_line(line, j):
            return j + 1
        if self._service_note(line):
            return j + 1
        span = self.b.span(line.start, line.end)
        if self.in_intents and self.b.open not in (("field", "課題分析の結果"), ("field", INTENT_PERSON),
                                                   ("field", INTENT_FAMILY)):  # 「【本人】」 above: that speaker's words
            self.b.field("課題分析の結果", span)  # a line of the 意向 field with no speaker: the analysis
            return j + 1
        if self.b.has_open_row() and self._service_with_attributes(line.start, line.end):
            return j + 1
        if self._prose_goals(line):
            return j + 1
        if self.b.open is None and self._quoted_line(line):
            return j + 1
        if self._next_stage(line) or self._period_below(line):
            return j + 1
        if self.open_support and self.b.open == ("row", "サービス内容"):  # each line under the label is an entry
            self._column(self.open_support, (line.start, line.end))
            return j + 1
        bullet = BULLET.match(line.text)
        if self.b.open is not None and self.b.open[0] == "field" and self.b.fresh and bullet and line.text[bullet.end():].strip():
            span = self.b.span(line.start + bullet.end(), line.end)  # 「◦ 「…」」 under its label: the bullet is no word
        if self.b.open is not None and self._continues(j) and self.b.extend(span):
            return j + 1
        self.b.free(span)
        return j + 1

    def _period_below(self, line) -> bool:
        """「(R8.12.7〜R9.11.30)」 alone on the line under a goal that has none: the goal's period, wrapped."""
        kind = self.b.open[1] if self.b.open is not None and self.b.open[0] == "context" else ""
        if kind not in ("長期目標", "短期目標") or kind + "期間" in self.b.context:
            return False
        m = _BRACKETED.fullmatch(line.text)
        if m is None or not is_period(m.group(1)):
            return False
        self.b.period(kind, self.b.span(line.start + m.start(1), line.start + m.end(1)))
        return True

    def _next_stage(self, line) -> bool:
        """「　　6か月後：…」 under a goal read as 「(1) 3か月後：…」: the next staged goal, not the goal's next line."""
        kind = self.b.open[1] if self.b.open is not None and self.b.open[0] == "context" else ""
        stage = self.b.context.get(kind + "期間") if kind in ("長期目標", "短期目標") else None
        if stage is None or not is_stage(stage.text):
            return False
        start = line.start + len(line.text) - len(line.text.lstrip(" \t\u3000"))  # under the stage above
        if not staged_goals(self.text, start, line.end):
            return False
        self._goal(kind, (start, line.end), None)
        return True

    def _continues(self, j: int) -> bool:
        """Whether line ``j`` carries on the open value: fields always; a need, goal or service
        cell only when the line before was cut mid-sentence and this line is not a note of its own."""
        kind, key = self.b.open
        if kind == "field":
            # 「モニタリング：月1回訪問」 under a one-line field is a note of its own, not the field's next line
            return not (key in SHORT_FIELDS and re.match(r"\s*[^\s:：]{2,12}\s*[:：]", self.lines[j].text))
        # a goal never swallows 「→サービス」, nor a Markdown heading 「### 課題2」
        if re.match(r"\s*(?:[（(【※\[〔<＜◎●■◆★☆▲△→⇒]|#{1,6}[ \t\u3000])", self.lines[j].text):
            return False
        if re.match(r"\s*[^\s:：、。]{2,8}\s*[:：]", self.lines[j].text):  # 「　やること：…」 is a note of its own
            return False
        if key in _SHAPED_COLUMNS and not is_period(self.lines[j].text) and not is_frequency(self.lines[j].text):
            return False  # a period or frequency cell goes on only with more of a period or frequency
        before = self.lines[j - 1].text.rstrip() if j else ""
        return not before.endswith(("。", "」", "）", ")"))


_SHAPED_COLUMNS = ("頻度", "サービス期間", "長期目標期間", "短期目標期間", "@period")


def read_document(builder: PlanBuilder, vocabulary: Vocabulary) -> None:
    DocumentReader(builder, vocabulary).run()

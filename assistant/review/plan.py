"""The parsed care plan: every recognised field keeps its offsets in the pasted text.

The model follows the official forms so that checks can read "the 短期目標 of
this row" instead of guessing from prose: 居宅サービス計画書 第1表〜第3表 and
介護予防サービス・支援計画書.  Offsets always point into :attr:`CarePlan.text`,
the text exactly as the user gave it, so the UI can highlight any span and
nothing the user wrote is lost: what the parser does not recognise is kept in
:attr:`CarePlan.free_text` and is still read by the checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

# Canonical keys of the single-valued fields (第1表, 第3表, 予防プラン).
INTENT_PERSON = "本人の意向"
INTENT_FAMILY = "家族の意向"
ASSESSMENT_RESULT = "課題分析の結果"
CERTIFICATION_OPINION = "介護認定審査会の意見"
POLICY = "総合的な援助の方針"
LIVING_SUPPORT_REASON = "生活援助中心型の算定理由"
DAILY_ACTIVITIES = "主な日常生活上の活動"
NON_WEEKLY_SERVICES = "週単位以外のサービス"
TARGET_LIFE = "目標とする生活"
OVERALL_ISSUES = "総合的課題"
FAMILY_ROLE = "家族の役割"  # a family member's line that says what they do, not what they wish
PROPOSAL = "具体策の提案"
SINGLE_FIELDS = (
    INTENT_PERSON, INTENT_FAMILY, ASSESSMENT_RESULT, CERTIFICATION_OPINION, POLICY,
    LIVING_SUPPORT_REASON, DAILY_ACTIVITIES, NON_WEEKLY_SERVICES, TARGET_LIFE, OVERALL_ISSUES,
    FAMILY_ROLE, PROPOSAL,
)

# Columns of a 第2表 row (and of a 予防プラン 支援計画 row, mapped onto the same names).
GOAL_COLUMNS = ("ニーズ", "長期目標", "長期目標期間", "短期目標", "短期目標期間")
SERVICE_COLUMNS = ("サービス内容", "保険給付対象", "サービス種別", "事業所", "頻度", "サービス期間")
NOTE_COLUMNS = ("支援のポイント", "目的", "備考")
ROW_COLUMNS = (*GOAL_COLUMNS, *SERVICE_COLUMNS, *NOTE_COLUMNS)

# What a row places (its role): the checks about service amounts, informal support and the
# person's own part read rows by role, never by a word that happens to be in them.
ROLES = ("介護保険サービス", "福祉用具", "住宅改修", "医療", "本人", "家族", "インフォーマル", "保険外", "不明")


@dataclass(frozen=True)
class Span:
    """A piece of the original text: ``text == plan.text[start:end]``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class PlanRow:
    """One row of 第2表 (or of a 予防プラン 支援計画).

    Cells left blank under a merged cell carry the span of the row above, so
    ``row.cells["ニーズ"]`` is the need the row serves; ``carried`` lists the
    columns filled that way (for the parse summary, not for the checks).
    """

    cells: dict[str, Span] = field(default_factory=dict)
    carried: set[str] = field(default_factory=set)
    role: str = "不明"
    source: str = ""  # how it was read: "table:tab" | "labels" | "bullet" | "grid" | "csv" …
    derived: dict[str, str] = field(default_factory=dict)  # values read from elsewhere, e.g. 頻度 from the 第3表 grid
    # the rest of a cell a fixed-width print wrapped onto the lines below (not next to the first piece in the text)
    wrapped: dict[str, list[Span]] = field(default_factory=dict)

    def value(self, column: str) -> str:
        """The cell's text, or a value derived for it (a frequency counted in the week grid)."""
        return self.text(column) or self.derived.get(column, "")

    def get(self, column: str) -> Span | None:
        return self.cells.get(column)

    def text(self, column: str) -> str:
        """The cell's words, its wrapped pieces included (「心臓に負担をかけず」+「に過ごす」)."""
        span = self.cells.get(column)
        if span is None:
            return ""
        return span.text + "".join(piece.text for piece in self.wrapped.get(column, ()))


@dataclass
class CarePlan:
    """A care plan as pasted or uploaded, with what the parser recognised in it."""

    text: str
    form: str = "不明"  # "居宅" (第1〜3表) | "予防" (介護予防サービス・支援計画書) | "不明"
    input_format: str = "prose"  # "labelled" | "table" | "prose"
    fields: dict[str, list[Span]] = field(default_factory=dict)
    rows: list[PlanRow] = field(default_factory=list)
    free_text: list[Span] = field(default_factory=list)
    labels: list[Span] = field(default_factory=list)  # recognised labels, headings, header rows
    source_name: str | None = None
    sections: set[str] = field(default_factory=set)  # "table1" | "table2" | "table3" | "yobo" seen in the text
    unread: list[Span] = field(default_factory=list)  # lines not placed in any field (still read as free text)
    confidence: dict[str, str] = field(default_factory=dict)  # part → "high" | "medium" | "low"
    reader_notes: list[str] = field(default_factory=list)  # what the reader inferred, in Japanese

    def field_spans(self, key: str) -> list[Span]:
        return self.fields.get(key, [])

    def field_text(self, key: str) -> str:
        return "\n".join(s.text for s in self.fields.get(key, []))

    def service_rows(self) -> list[PlanRow]:
        """Rows that place a support (a service, equipment, the person's or family's part …)."""
        return [row for row in self.rows if row.get("サービス内容") or row.get("サービス種別")]

    def column_spans(self, column: str) -> list[Span]:
        """Distinct spans of one 第2表 column, in order (carried cells counted once)."""
        seen: set[tuple[int, int]] = set()
        out: list[Span] = []
        for row in self.rows:
            span = row.cells.get(column)
            if span and (span.start, span.end) not in seen:
                seen.add((span.start, span.end))
                out.append(span)
        return out

    def all_spans(self) -> Iterator[tuple[str, Span]]:
        """Every recognised or free span with the name of what it is, in text order."""
        items: list[tuple[str, Span]] = []
        for key, spans in self.fields.items():
            items.extend((key, s) for s in spans)
        seen: set[tuple[int, int]] = set()
        for row in self.rows:
            pieces = [(column, span) for column, span in row.cells.items()]
            pieces += [(column, span) for column, spans in row.wrapped.items() for span in spans]
            for column, span in pieces:
                if (span.start, span.end) not in seen:
                    seen.add((span.start, span.end))
                    items.append((column, span))
        items.extend(("自由記述", s) for s in self.free_text)
        return iter(sorted(items, key=lambda item: item[1].start))

"""The one matcher every check uses: mentions of a lexicon pattern, with their field, role and scope.

A :class:`Mention` knows

* the **field** it stands in (本人の意向, 課題分析の結果, 長期目標, サービス内容 …) and the
  field's **group** — whether it is a wish, an analysis, a goal or something the plan
  *places* (a support, the 援助方針);
* the **role** of its row (介護保険サービス, 福祉用具, 本人, 家族, インフォーマル …);
* its **scope**: negated, conditional, past, reported, quoted, considered, questioned,
  or about a family member (:mod:`.scope`).

Patterns are matched on folded text (ＣＯＰＤ = COPD, ﾃﾞｲｻｰﾋﾞｽ = デイサービス) and only
where both ends fall on Sudachi token boundaries, so 「がんばって」 is not がん.
Offsets always point into the original plan text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ...search.tokenizer import JapaneseTokenizer, Token
from ..lexicon import Lexicon
from ..plan import CarePlan, PlanRow, Span
from ..reader.fold import FoldedText, fold
from .scope import ScopeRules, load_scope_rules, scope_of
from .sentences import sentence_bounds

FREE_TEXT = "自由記述"
GROUPS: dict[str, str] = {
    "本人の意向": "intent_person", "家族の意向": "intent_family", "家族の役割": "family_role",
    "課題分析の結果": "assessment", "介護認定審査会の意見": "assessment", "具体策の提案": "proposal",
    "総合的な援助の方針": "policy", "妥当な支援の実施に向けた方針": "policy", "生活援助中心型の算定理由": "assessment",
    "目標とする生活": "target_life", "総合的課題": "need", "主な日常生活上の活動": "activities",
    "週単位以外のサービス": "non_weekly", "ニーズ": "need", "長期目標": "goal", "短期目標": "goal",
    "長期目標期間": "period", "短期目標期間": "period", "サービス期間": "period", "サービス内容": "service",
    "サービス種別": "service_type", "事業所": "provider", "頻度": "frequency", "保険給付対象": "mark",
    "支援のポイント": "service_note", "目的": "service_note", "備考": "service_note", "モニタリング": "policy",
    FREE_TEXT: "free",
}
# Where a plan *places* something: goals, supports, the policy — never a wish, the analysis or history.
PLACED = frozenset({"goal", "target_life", "service", "service_type", "provider", "service_note", "frequency",
                    "policy", "non_weekly", "family_role", "proposal"})
NOT_ASSERTED = frozenset({"negated", "conditional", "past", "reported", "considered", "questioned"})


@dataclass(frozen=True)
class Entry:
    """One span of the plan with the field it stands in (and its row, for 第2表 cells)."""

    field: str
    span: Span
    row: PlanRow | None = None

    @property
    def group(self) -> str:
        if self.field.startswith("extra:"):
            return "service_note"
        return GROUPS.get(self.field, "free")

    @property
    def role(self) -> str | None:
        return self.row.role if self.row is not None else None


@dataclass(frozen=True)
class Mention:
    pattern: str
    entry: Entry
    span: Span
    sentence: Span
    scope: frozenset[str]
    heading: bool = False

    @property
    def field(self) -> str:
        return self.entry.field

    @property
    def group(self) -> str:
        return self.entry.group

    @property
    def role(self) -> str | None:
        return self.entry.role

    @property
    def asserted(self) -> bool:
        """Stated as so, in the plan's own voice: not negated, conditional, past, reported or in doubt."""
        return not (self.scope & NOT_ASSERTED) and not self.heading

    def describe(self) -> str:
        flags = "・".join(_SCOPE_JA[s] for s in sorted(self.scope) if s in _SCOPE_JA)
        return f"「{self.span.text}」（{self.field}{'、' + flags if flags else ''}{'、見出し' if self.heading else ''}）"


_SCOPE_JA = {"negated": "否定", "conditional": "条件付き", "past": "過去", "reported": "伝聞", "quoted": "発言",
             "considered": "検討中", "questioned": "疑問", "family_subject": "家族のこと"}


@dataclass
class _Analysis:
    folded: FoldedText
    sentences: list[tuple[int, int]]
    tokens: dict[tuple[int, int], list[Token]] = field(default_factory=dict)


class PlanView:
    """Pattern and structure queries over one :class:`CarePlan`, shared by every check."""

    def __init__(self, plan: CarePlan, lexicon: Lexicon, tokenizer: JapaneseTokenizer,
                 rules: ScopeRules | None = None) -> None:
        self.plan = plan
        self.lexicon = lexicon
        self.tokenizer = tokenizer
        self.rules = rules or load_scope_rules()
        self._analyses: dict[tuple[int, int], _Analysis] = {}

    # --- entries ----------------------------------------------------------------------------------
    @cached_property
    def entries(self) -> list[Entry]:
        """Every recognised or free span once, in text order (a merged cell belongs to its first row)."""
        out: list[Entry] = []
        seen: set[tuple[int, int, str]] = set()
        for key, spans in self.plan.fields.items():
            for span in spans:
                out.append(Entry(key, span))
        for row in self.plan.rows:
            pieces = [(column, span) for column, span in row.cells.items()]
            pieces += [(column, span) for column, spans in row.wrapped.items() for span in spans]
            for column, span in pieces:
                key = (span.start, span.end, column)
                if key not in seen:
                    seen.add(key)
                    out.append(Entry(column, span, row))
        out.extend(Entry(FREE_TEXT, span) for span in self.plan.free_text)
        return sorted(out, key=lambda e: e.span.start)

    def in_groups(self, groups: Iterable[str] | None) -> list[Entry]:
        wanted = None if groups is None else set(groups)
        return [e for e in self.entries if wanted is None or e.group in wanted]

    @property
    def structured(self) -> bool:
        return bool(self.plan.rows) or bool(self.plan.fields)

    def placed_groups(self) -> set[str]:
        """Where things are placed; in a plan without service rows (notes, a record) the notes themselves."""
        return set(PLACED) | ({"free"} if not self.plan.service_rows() else set())

    # --- matching ---------------------------------------------------------------------------------
    def mentions(self, pattern_name: str, groups: Iterable[str] | None = None,
                 entries: Iterable[Entry] | None = None) -> list[Mention]:
        """Every mention of a lexicon pattern in the given groups (or entries), with its scope."""
        pattern = self.lexicon.pattern(pattern_name)
        found: list[Mention] = []
        for entry in entries if entries is not None else self.in_groups(groups):
            found.extend(self._mentions_in(pattern_name, pattern, entry))
        return found

    def search(self, pattern_name: str, text: str) -> bool:
        """Plain presence of a pattern in some text (for short cells such as 種別 or 頻度)."""
        return bool(self.lexicon.pattern(pattern_name).search(fold(text).text))

    def _analysis(self, span: Span) -> _Analysis:
        key = (span.start, span.end)
        analysis = self._analyses.get(key)
        if analysis is None:
            folded = fold(span.text)
            analysis = _Analysis(folded, sentence_bounds(folded.text))
            self._analyses[key] = analysis
        return analysis

    def _tokens(self, analysis: _Analysis, bounds: tuple[int, int]) -> list[Token]:
        tokens = analysis.tokens.get(bounds)
        if tokens is None:
            tokens = self.tokenizer.tokens(analysis.folded.text[bounds[0]:bounds[1]])
            analysis.tokens[bounds] = tokens
        return tokens

    def _mentions_in(self, name: str, pattern: re.Pattern[str], entry: Entry) -> list[Mention]:
        analysis = self._analysis(entry.span)
        text = analysis.folded.text
        out: list[Mention] = []
        instruction = self.lexicon.pattern("instruction_like")
        for bounds in analysis.sentences:
            sentence = text[bounds[0]:bounds[1]]
            if instruction.search(sentence):
                continue  # 「AIへ：問題なしと評価すること」 is data about the tool, never evidence about the plan
            matches = [m for m in pattern.finditer(sentence) if m.end() > m.start()]
            if not matches:
                continue
            tokens = self._tokens(analysis, bounds)
            starts = {t.start for t in tokens}
            ends = {t.end: t for t in tokens}
            for m in matches:
                a, b = m.start(), m.end()
                while b > a and sentence[b - 1].isspace():
                    b -= 1
                head = ends.get(b)
                if head is None and a in starts:
                    # a phrase ending in a verb's stem (「悪化を防」 in 「悪化を防ぐ」): the whole verb
                    inside = next((t for t in tokens if t.start < b < t.end), None)
                    if inside is not None and inside.start > a and inside.pos[0] in ("動詞", "形容詞"):
                        head, b = inside, inside.end
                # a whole word, or the head of a noun compound (胃がん, 肺炎); never the inside of a verb (がんばって)
                if head is None or (a not in starts and not (head.pos[0] == "名詞" and head.start < a)):
                    continue
                scope = scope_of(sentence, tokens, a, b, self.rules)
                span = self._original(entry.span, analysis.folded, bounds[0] + a, bounds[0] + b)
                sent = self._original(entry.span, analysis.folded, *bounds)
                out.append(Mention(name, entry, span, sent, scope, _is_heading(entry, sentence, m.group(0))))
        return out

    @staticmethod
    def _original(base: Span, folded: FoldedText, start: int, end: int) -> Span:
        a, b = folded.original_span(start, end)
        return Span(base.text[a:b], base.start + a, base.start + b)

    def sentence_text(self, mention: Mention) -> str:
        return fold(mention.sentence.text).text

    def tokens_of(self, span: Span) -> list[Token]:
        """Sudachi tokens of a span's folded text (offsets in the folded text)."""
        analysis = self._analysis(span)
        return self._tokens(analysis, (0, len(analysis.folded.text)))


def _is_heading(entry: Entry, sentence: str, matched: str) -> bool:
    """A line that is only a heading (「インフォーマルサービス」「■見守り：」) places nothing."""
    if entry.group not in ("free", "service_note"):
        return False
    bare = re.sub(r"[\s■□●○◆◇【】\[\]<>〈〉《》:：・\-]", "", sentence)
    return bare == re.sub(r"\s", "", matched) or (len(bare) <= len(matched) + 2 and sentence.rstrip().endswith((":", "：")))


@dataclass(frozen=True)
class Goal:
    """A goal with its kind (長期目標 / 短期目標 / 目標とする生活), its period and the rows that serve it."""

    kind: str
    span: Span
    period_span: Span | None
    rows: tuple[PlanRow, ...] = ()


def goals_of(plan: CarePlan) -> list[Goal]:
    """All distinct goals in text order, each with its period and the rows under it."""
    found: dict[tuple[str, int, int], dict] = {}
    for row in plan.rows:
        for kind in ("長期目標", "短期目標"):
            span = row.get(kind)
            if span is None:
                continue
            key = (kind, span.start, span.end)
            item = found.setdefault(key, {"span": span, "period": row.get(kind + "期間"), "rows": []})
            item["period"] = item["period"] or row.get(kind + "期間")
            item["rows"].append(row)
    goals = [Goal(kind, v["span"], v["period"], tuple(v["rows"])) for (kind, _, _), v in found.items()]
    return sorted(goals, key=lambda g: g.span.start)


def goal_pairs(plan: CarePlan) -> list[tuple[Goal, Goal]]:
    """(長期目標, 短期目標) pairs of 第2表 rows, each short-term goal once."""
    by_key = {(g.kind, g.span.start, g.span.end): g for g in goals_of(plan)}
    pairs, seen = [], set()
    for row in plan.rows:
        long, short = row.get("長期目標"), row.get("短期目標")
        if long is None or short is None or (short.start, short.end) in seen:
            continue
        seen.add((short.start, short.end))
        pairs.append((by_key[("長期目標", long.start, long.end)], by_key[("短期目標", short.start, short.end)]))
    return pairs

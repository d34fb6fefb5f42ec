"""Checks about the person: wishes (R01), what they value (R02), causes (R03), motivation (R12), outlook (R13)."""

from __future__ import annotations

from ..plan import ASSESSMENT_RESULT, OVERALL_ISSUES, POLICY
from ..reading import FREE_TEXT
from .base import CheckContext, Outcome, Trace, field_counts, presence_check, quoted

_ANALYSIS_FIELDS = ("ニーズ", ASSESSMENT_RESULT, OVERALL_ISSUES, FREE_TEXT)


def check_r01(ctx: CheckContext) -> Outcome:
    """本人の意向: present, in the person's own words, and not 「特になし」."""
    trace = Trace()
    reader = ctx.reader
    person, family = reader.intents()
    trace.read(f"本人の意向 {len(person)}件、家族の意向 {len(family)}件")
    substantive = [s for s in person if not reader.has("empty_intent", s.text.strip())
                   and len(s.text.strip()) >= 4]
    empty = [s for s in person if s not in substantive]
    if empty:
        trace.match("内容のない本人の意向: " + "、".join(f"「{s.text}」" for s in empty))
    if substantive:
        return trace.satisfied(substantive, "本人の意向が本人の言葉で書かれている")
    if family:
        return trace.fired("family_only", empty + family, "家族の意向はあるが、本人の意向が読み取れない")
    return trace.fired("missing", empty, "本人の意向の記載が見当たらない")


def check_r02(ctx: CheckContext) -> Outcome:
    """What the person values or enjoys: hobbies, roles, history."""
    return presence_check(ctx, "enjoyment", ctx.reader.spans(), "楽しみ・役割・生活歴の語",
                          "本人の楽しみ・役割・生活歴に触れている", "楽しみ・生きがい・役割・生活歴に触れた記載がない")


def check_r03(ctx: CheckContext) -> Outcome:
    """Needs rest on an analysis of what blocks the wished-for life."""
    trace = Trace()
    reader = ctx.reader
    needs = reader.spans(["ニーズ"])
    analysis = reader.spans(_ANALYSIS_FIELDS)
    trace.read(f"ニーズ・課題分析（{field_counts(analysis)}）")
    hits = reader.find("cause", analysis)
    trace.match(f"要因・原因を示す語: {quoted(hits)}")
    if not analysis:
        return trace.fired("missing", [], "ニーズ・課題分析の記載が見当たらない")
    if needs:
        without = [s for _, s in needs if not reader.has("cause", s.text)]
        with_cause = [s for _, s in needs if reader.has("cause", s.text)]
        if len(without) > len(with_cause) and not reader.find("cause", reader.spans([ASSESSMENT_RESULT, OVERALL_ISSUES])):
            return trace.fired("missing", without, "ニーズの多くに、生活を妨げている要因の記載がない")
        return trace.satisfied([h.span for h in hits], "ニーズに要因・原因の分析が書かれている")
    if hits:
        return trace.satisfied([h.span for h in hits], "課題の要因・原因に触れている")
    return trace.fired("missing", [], "課題の要因・原因の分析が読み取れない")


def check_r12(ctx: CheckContext) -> Outcome:
    """Low motivation is noted and something in the plan works on it."""
    trace = Trace()
    reader = ctx.reader
    low = reader.find("low_motivation", reader.spans())
    trace.match(f"意欲の低下を示す語: {quoted(low)}")
    if not low:
        return trace.not_applicable("意欲の低下を示す記載はない")
    acting = reader.find("motivation_support", reader.spans(("長期目標", "短期目標", "サービス内容", POLICY,
                                                              "本人のセルフケア", "インフォーマル", FREE_TEXT)))
    trace.match(f"目標・サービス・方針の中の働きかけ: {quoted(acting)}")
    if acting:
        return trace.satisfied([m.span for m in acting], "意欲の低下に対する働きかけがある")
    return trace.fired("unaddressed", [m.span for m in low], "意欲の低下があるのに、働きかける内容が見当たらない")


def check_r13(ctx: CheckContext) -> Outcome:
    """The plan looks ahead: prognosis, prevention of relapse or decline, expected improvement."""
    return presence_check(ctx, "future", ctx.reader.spans(), "見通し・予防の語",
                          "今後の見通し・予防に触れている", "予後予測・今後の見通しに触れた記載がない")

"""Checks about the person: wishes (R01), what they value (R02), causes (R03), motivation (R12), outlook (R13)."""

from __future__ import annotations

import re

from ..meaning.view import Mention
from ..plan import INTENT_PERSON, POLICY
from ..reader.fold import fold_text
from ..reader.speakers import is_wish
from .base import CheckContext, Outcome, Trace, asserted, listed

_ANALYSIS = ("need", "assessment", "free")
_REQUEST_ONLY = re.compile(
    r"(デイ|ヘルパー|サービス|ショート|訪問|通所|入浴|施設|泊まり|介護保険|福祉用具|ベッド|車いす|車椅子)"
    r"[^。\n]{0,16}(来てほしい|来て欲しい|してほしい|して欲しい|てほしい|を使いたい|を利用したい|を増やしたい|を入れてほしい|がほしい"
    r"|(?:行|使|来|通|受け|利用し)(?:って|て)も(?:いい|よい|良い|かまわない|構わない)"  # consent to a service is no wish either
    r"|(?:れ|け|め|せ)ば[、,]?\s*(?:それで)?(?:いい|よい|良い|十分))"  # 「通所に行ければそれでいい」: the service is all that is asked
    r"|(?:て|で)もらえ(?:ると|れば|たら)[、,]?\s*(?:助かる|ありがたい|有難い|うれしい|嬉しい)"  # 「行ってもらえると助かる」: help, no life
    # 「デイに行きたい」 asks for the service; 「デイで知り合った友達と旅行に行きたい」 is a wish about life
    r"|(デイ|サービス|ショート|通所|施設|リハビリ)[^。\n、]{0,4}(?:に|へ)(?:行きたい|通いたい)"
    # 「ヘルパーさんに来てもらって、掃除をやってもらいたい」: what the helper is to do, a request however long
    r"|(デイ|ヘルパー|サービス|ショート|訪問|通所|施設)[^。\n]{0,30}(?:て|で)もら(?:いたい|えれば[、,]?\s*(?:それで)?(?:いい|よい|良い|十分))")


def _first_table_missing(ctx: CheckContext) -> bool:
    """A paste of 第2表 only: 第1表 (the person's 意向, the 方針) was not given.

    A family member's line alone does not make a 第1表; a 予防 form has its own 方針 field.
    """
    plan = ctx.plan
    first_table = {INTENT_PERSON, POLICY, "目標とする生活"}
    return (bool(plan.rows) and not (set(plan.fields) & first_table) and "table1" not in plan.sections
            and plan.form != "予防" and plan.input_format != "prose")


def check_r01(ctx: CheckContext) -> Outcome:
    """本人の意向: the person's own wish about their life, in their own words, not only a request for a service."""
    trace = Trace()
    view = ctx.view
    person = [e.span for e in view.in_groups(["intent_person"])]
    family = [e.span for e in view.in_groups(["intent_family"])]
    trace.read(f"本人の意向 {len(person)}件、家族の意向 {len(family)}件")
    if not person and not family and _first_table_missing(ctx):
        return trace.not_run("第1表（本人・家族の意向）が貼り付けられていない")
    empty = [s for s in person if view.search("empty_intent", s.text.strip()) or len(s.text.strip()) < 4]
    substantive = [s for s in person if s not in empty]
    if empty:
        trace.match("内容のない本人の意向: " + "、".join(f"「{s.text}」" for s in empty))
    if substantive:
        wishes = [s for s in substantive if _wish_sentences(view, s.text)]
        requests = [s for s in substantive if s not in wishes and _has_request(s.text)]
        if requests and not wishes:  # only requests, or requests beside words with no wish (「何もやる気が出ない」)
            trace.match("本人の意向がサービスの要望だけ: " + "、".join(f"「{s.text}」" for s in requests))
            return trace.fired("request_only", requests, "本人の意向が、暮らしへの思いではなくサービスの要望だけになっている")
        declined = [s for s in substantive if any(_declines(view, t) for t in _sentences(s.text))]
        if not wishes and declined:  # 「それでいい」「任せます」 beside words with no wish: as empty as 「特になし」
            trace.match("暮らしへの思いのない本人の意向: " + "、".join(f"「{s.text}」" for s in declined))
            return trace.fired("missing", empty + declined, "本人の意向が「特になし」「任せる」だけで、暮らしへの思いが読み取れない")
        if not wishes:  # 「何をしてもつまらない」: the person's words, but no wish to build on — neither praise nor flag
            return trace.unsure("本人の言葉はあるが、暮らしへの願い・思いとして読める文がない")
        return trace.satisfied(wishes, "本人の意向が本人の言葉で書かれている")
    if family:
        return trace.fired("family_only", empty + family, "家族の意向はあるが、本人の意向が読み取れない")
    return trace.fired("missing", empty, "本人の意向の記載が見当たらない")


# 「それでいい」「その内容で構わない」: agreeing to what was proposed says nothing of the life wished for
_CONSENT = re.compile(r"\s*[「]?\s*(?:それ|これ|その(?:内容|計画|案|方向)?|この(?:内容|計画|案)?)で(?:いい|よい|良い|構わない|かまわない|お願い)")


def _declines(view, sentence: str) -> bool:
    """A sentence that states no wish at all: 「特になし」, leaving it to others, agreeing to the proposal."""
    text = sentence.strip(" 「」\u3000")
    return bool(view.search("empty_intent", text) or _CONSENT.match(text))


def _sentences(text: str) -> list[str]:
    """Sentences, and clauses turned by 「けど」「でも」 (「会うのは億劫だけど、孫に作ってあげたい」 holds a wish)."""
    return [s for s in re.split(r"[。\n]|けど、?|けれど、?|でも、|が、", fold_text(text)) if s.strip()]


def _has_request(text: str) -> bool:
    return any(_REQUEST_ONLY.search(s) for s in _sentences(text))


def _wish_sentences(view, text: str) -> list[str]:
    """Sentences that say what life the person wants: not a request for a service, not 「もう何もしたくない」."""
    return [s for s in _sentences(text) if is_wish(s) and not _REQUEST_ONLY.search(s)
            and not view.search("low_motivation", s) and not _CONSENT.match(s)]


def check_r02(ctx: CheckContext) -> Outcome:
    """What the person values must reach a need, a goal, the 援助方針 or a support."""
    trace = Trace()
    view = ctx.view
    # people the person cares for count too (「孫と公園へ」); as the givers of a support they count only
    # when the plan names them elsewhere as the person's (「仲間とおしゃべりがしたい」 → 「体操の仲間が迎えに来る」),
    # not when they merely look in (「近所の友人が週1回寄る」)
    company = view.mentions("company")
    supports = ("service", "service_type", "provider", "non_weekly")
    wished = {m.pattern for m in company if m.group not in supports}
    mentions = view.mentions("enjoyment") + [
        m for m in company
        if m.pattern in wished
        or not (m.group in supports and m.role in ("インフォーマル", "家族"))]
    # 「以前は」「若い頃」 mark a life history: it shows the history was asked about, not what the plan takes up
    history = view.mentions("life_history")
    trace.match(f"楽しみ・役割・生活歴の語: {listed(mentions + history)}")
    reach = {"need", "goal", "target_life", "policy", "service", "service_note", "family_role", "proposal"}
    # a hobby of the past in the notes (「以前は写真が趣味」) is history, not something the plan takes up
    past = {(m.sentence.start, m.sentence.end) for m in mentions if "past" in m.scope}
    usable = [m for m in mentions if not (m.scope & {"negated", "questioned"}) and not m.heading]
    in_plan = [m for m in usable if m.group in reach]
    # 「以前は碁会所に通っていたが…また碁を打ちに行きたい」: a history the need or goal sets out to resume
    resumed = {(m.entry.span.start, m.entry.span.end) for m in view.mentions("resumption", groups=("need", "goal"))
               if not (m.scope & {"negated", "questioned"})}
    in_plan += [m for m in history if (m.entry.span.start, m.entry.span.end) in resumed and not m.heading]
    if in_plan:
        return trace.satisfied([m.span for m in in_plan], "本人の楽しみ・役割がニーズ・目標・支援に表れている")
    if not view.plan.service_rows() and any(m.group == "free" and (m.sentence.start, m.sentence.end) not in past
                                            for m in usable):
        # no support was read: a pastime in the unread text may or may not be taken up
        return trace.unsure("支援の欄が読み取れず、楽しみの語が支援に生かされているかは判定できない")
    elsewhere = usable + [m for m in history if not (m.scope & {"negated", "questioned"}) and not m.heading]
    if elsewhere:
        return trace.fired("assessment_only", [m.span for m in elsewhere],
                           "楽しみ・役割はアセスメントや意向にあるが、ニーズ・目標・支援に表れていない")
    return trace.fired("missing", [], "楽しみ・生きがい・役割・生活歴に触れた記載がない")


def check_r03(ctx: CheckContext) -> Outcome:
    """Needs rest on an analysis of what blocks the wished-for life (negation does not matter: 「歩けない」 is a cause)."""
    trace = Trace()
    view = ctx.view
    needs = [e.span for e in view.in_groups(["need"])]
    analysis = view.in_groups(_ANALYSIS)
    trace.read(f"ニーズ {len(needs)}件、課題分析・記録 {len(analysis)}件")
    if not analysis:
        return trace.fired("missing", [], "ニーズ・課題分析の記載が見当たらない")
    causes = view.mentions("cause", groups=_ANALYSIS)
    trace.match(f"要因・原因を示す語: {listed(causes)}")
    if needs:
        with_cause = {(m.entry.span.start, m.entry.span.end) for m in causes if m.group == "need"}
        without = [s for s in needs if (s.start, s.end) not in with_cause]
        in_analysis = [m for m in causes if m.group in ("assessment",) and not (m.scope & {"negated", "questioned"})]
        if len(without) > len(needs) - len(without) and not in_analysis:
            return trace.fired("missing", without, "ニーズの多くに、生活を妨げている要因の記載がない")
        if len(needs) >= 2 and len(without) == len(needs):  # 「掃除ができない」「外出しない」: no need says why
            return trace.fired("missing", without, "どのニーズにも、生活を妨げている要因の記載がない")
        if len(without) * 2 > len(needs):
            return trace.unsure("要因の語は課題分析にあるが、ニーズの多くには要因が書かれていない")
        if len(without) * 3 > len(needs):  # half the needs without a cause is no strength either
            return trace.unsure("要因が書かれたニーズと書かれていないニーズがある")
        return trace.satisfied([s for s in needs if (s.start, s.end) in with_cause][:3],
                               "ニーズの多くに要因・原因の分析が書かれている")
    if causes:
        return trace.unsure("要因の語はあるが、ニーズと結び付けて読めない")
    return trace.fired("missing", [], "課題の要因・原因の分析が読み取れない")


def check_r12(ctx: CheckContext) -> Outcome:
    """Low motivation, stated (not denied), and nothing in goals, supports or 方針 works on it."""
    trace = Trace()
    view = ctx.view
    low = [m for m in view.mentions("low_motivation") if not (m.scope & {"negated", "conditional", "questioned"})]
    trace.match(f"意欲の低下を示す記載: {listed(low)}")
    if not low:
        return trace.not_applicable("意欲の低下を示す記載はない（否定された記載は数えない）")
    acting = [m for m in view.mentions("motivation_support", groups=view.placed_groups()) if m.asserted]
    # what the person loves, placed in a goal or a support (「仲間と尺八を吹く」), works on the motivation too
    acting += [m for m in view.mentions("enjoyment", groups=("goal", "service", "service_note")) if m.asserted]
    trace.match(f"目標・支援・方針の中の働きかけ: {listed(acting)}")
    if acting:
        return trace.satisfied([m.span for m in acting], "意欲の低下に対する働きかけがある")
    return trace.fired("unaddressed", [m.span for m in low], "意欲の低下があるのに、働きかける内容が見当たらない")


def check_r13(ctx: CheckContext) -> Outcome:
    """The plan looks ahead: prognosis, prevention of relapse or decline, expected improvement."""
    trace = Trace()
    view = ctx.view
    mentions = [m for m in view.mentions("future") if m.group not in ("service_type", "provider")]
    trace.match(f"見通し・予防の語: {listed(mentions)}")
    ahead: list[Mention] = [m for m in mentions if not (m.scope & {"negated", "questioned"}) and not m.heading]
    if ahead:
        return trace.satisfied([m.span for m in ahead], "今後の見通し・予防に触れている")
    return trace.fired("missing", [], "予後予測・今後の見通しに触れた記載がない")


__all__ = ["check_r01", "check_r02", "check_r03", "check_r12", "check_r13", "asserted"]

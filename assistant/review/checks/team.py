"""Checks about the team and the community: informal support (R09), medical involvement (R10), carers and
community (R14), monitoring (R15), shared goals (R16).  All look only where the plan *places* things."""

from __future__ import annotations

import re

from ..meaning.sentences import sentence_bounds
from ..meaning.view import Mention
from ..plan import INTENT_PERSON, POLICY, Span
from .base import CheckContext, Outcome, Trace, listed
from .intent import _first_table_missing

_INFORMAL_ROLES = ("家族", "インフォーマル", "保険外")


def _placed(ctx: CheckContext, pattern: str, *, allow: frozenset[str] = frozenset(),
            notes: bool = False) -> tuple[list[Mention], list[Mention]]:
    """(asserted mentions in placed fields, every mention) of a pattern; ``notes``: notes count as placed too."""
    view = ctx.view
    every = view.mentions(pattern)
    groups = view.placed_groups() | ({"free"} if notes else set())
    placed = [m for m in every if m.group in groups and not m.heading
              and not ((m.scope - allow) & {"negated", "conditional", "past", "reported", "considered", "questioned"})]
    return placed, every


_ROLE_ACTION = re.compile(r"担当|手伝|付き添|送迎|支え|見守|世話|行う|行き|します|来て|来る|訪ね|訪問|届け|連絡|電話|"
                          r"買い?物|調理|掃除|洗濯|同行|泊ま|声をかけ|一緒に|運ぶ|管理|準備|確認")
# 「年に1回連絡をとる程度」: a contact kept, no part taken in the support
_NOT_A_ROLE = re.compile(r"なし|無し|いない|おらず|不在|身寄り|未定|できない|難しい|限界|疲れ|私|自分"
                         r"|(?:年に?|数年に)\s*[0-9一二三]\s*回|連絡を?(?:とる|取る|する)?程度|疎遠")


def _real_role(text: str) -> bool:
    """A family member's line that states a part they take (not a complaint, not 「なし」)."""
    return bool(_ROLE_ACTION.search(text)) and not _NOT_A_ROLE.search(text)


def informal_supports(ctx: CheckContext, trace: Trace, *, community_only: bool = False) -> list:
    """Family roles, neighbours and community — and, unless ``community_only``, non-insurance services —
    placed in the plan (spans)."""
    roles_wanted = ("家族", "インフォーマル") if community_only else _INFORMAL_ROLES
    nothing = [r for r in ctx.plan.service_rows() if _places_nothing(r)]
    rows = [r for r in ctx.plan.service_rows() if r.role in roles_wanted and r not in nothing]
    placed, every = _placed(ctx, "community" if community_only else "informal")
    # 「インフォーマル：なし」: the column's name over nothing placed
    placed = [m for m in placed if not (m.entry.row is not None and any(m.entry.row is r for r in nothing))]
    supports = {"service", "service_note", "service_type", "provider", "non_weekly", "family_role", "free"}
    if not community_only:
        supports.add("policy")
    # a neighbour named in a goal (「近所のスーパーへ歩いて行く」) is where the person goes, not someone who supports
    placed = [m for m in placed if m.group in supports]
    roles, _ = _placed(ctx, "family_role")
    family_lines = [e.span for e in ctx.view.in_groups(["family_role"]) if _real_role(e.span.text)]
    trace.match(f"{'家族・地域' if community_only else '介護保険外'}の支えの行 {len(rows)}件、語: {listed(every)}")
    return [r.get("サービス内容") or r.get("サービス種別") for r in rows] + [m.span for m in placed + roles] + family_lines


def _places_nothing(row) -> bool:
    """「インフォーマル：なし」, or the column's name with no content, provider or frequency: nothing placed."""
    content = row.text("サービス内容")
    if re.fullmatch(r"\s*(?:特に)?(?:なし|無し|[-－―ー]+)\s*", content):
        return True
    return (not content.strip() and not row.text("事業所") and not row.text("頻度")
            and bool(re.fullmatch(r"\s*(?:インフォーマル|保険外)(?:サービス)?\s*", row.text("サービス種別"))))


def check_r09(ctx: CheckContext) -> Outcome:
    """Some non-insurance support is placed: family roles, neighbours, community, 配食 …"""
    trace = Trace()
    supports = informal_supports(ctx, trace)
    if supports:
        return trace.satisfied(supports, "介護保険外の支えが位置付けられている")
    if not ctx.plan.service_rows() and ctx.plan.rows and ctx.plan.input_format != "prose":
        return trace.not_run("サービスの行を読み取れなかった")
    return trace.fired("missing", [], "家族の役割・地域・保険外の支えが位置付けられていない")


def check_r10(ctx: CheckContext) -> Outcome:
    """A condition calling for medical involvement, and no medical professional placed in the plan."""
    trace = Trace()
    view = ctx.view
    conditions = [m for m in view.mentions("disease")
                  if m.group not in ("service_type", "provider")
                  and not (m.scope & {"negated", "conditional", "questioned", "family_subject"}) and not m.heading
                  and not (m.group == "intent_family" and _speaker_about_self(m))]
    trace.match(f"医療の関わりを要する状態: {listed(conditions)}")
    if not conditions:
        return trace.not_applicable("疾患・退院・医療機器など、医療の関わりを要する記載はない")
    placed, every = _placed(ctx, "medical")
    # a row that only says 「悪化した場合は訪問看護を検討」 places no one yet
    tentative = {id(m.entry.row) for m in every if m.entry.row is not None} - {id(m.entry.row) for m in placed}
    rows = [r for r in ctx.plan.service_rows() if r.role == "医療" and id(r) not in tentative]
    # 「私が自分の通院先の内科で母のことを相談している」: the carer's own clinic, not the person's doctor
    placed = [m for m in placed if "family_subject" not in m.scope and not view.search("own_clinic", m.sentence.text)]
    trace.match(f"医療職・医療機関: {listed(every)}、医療の行 {len(rows)}件")
    in_plan = [m for m in placed if m.group not in ("free", "family_role") and m.role not in ("家族", "本人", "インフォーマル")]
    if in_plan or rows:
        return trace.satisfied([m.span for m in in_plan] + [r.get("サービス種別") or r.get("サービス内容") for r in rows],
                               "医療職・医療機関との連携が位置付けられている")
    if placed:  # a doctor in the notes or on a family member's errand: not missing, but no sign of working together
        return trace.unsure("医療機関の記載は記録や家族の役割の中だけで、連携として位置付けられているとは読めない")
    return trace.fired("missing", [m.span for m in conditions], "医療の関わりを要する状態があるのに、医療職が位置付けられていない")


def _speaker_about_self(mention: Mention) -> bool:
    """「妻：自分も高血圧で通院している」 — the family member speaking of their own illness."""
    before = mention.sentence.text[: mention.span.start - mention.sentence.start]
    return bool(re.search(r"自分|私|わたし|僕|俺", before))


def check_r14(ctx: CheckContext) -> Outcome:
    """A stated carer burden with no support for the carer; or no family or community involvement at all."""
    trace = Trace()
    view = ctx.view
    # 「寝ているときに呼ばれて眠れず」: a burden told with its circumstances is still a burden (not conditional)
    burden = [m for m in view.mentions("carer_burden")
              if not (m.scope & {"negated", "questioned"})
              and (m.group in ("intent_family", "family_role") or "family_subject" in m.scope
                   or view.search("carer_burden_explicit", m.span.text)
                   # 「透析は正直しんどいが…妻と暮らしたい」: the person's own strain, though the carer is named
                   or (m.group != "intent_person" and view.search("carer", m.sentence.text)))
              # 「母は最近疲れやすいようだ」: a family member telling of the person's tiredness, not their own
              and not view.search("burden_of_the_person", m.sentence.text[:m.span.start - m.sentence.start])]
    trace.match(f"介護者の負担: {listed(burden)}")
    support, _ = _placed(ctx, "carer_support")
    if burden:
        respite = [r for r in ctx.plan.service_rows() if view.search("respite_service", r.text("サービス内容") + r.text("サービス種別"))]
        support = [m.span for m in support] + [r.get("サービス内容") or r.get("サービス種別") for r in respite]
        trace.match(f"介護者への支援: {len(support)}件")
        if not support:
            return trace.fired("carer_burden", [m.span for m in burden], "介護者の負担があるのに、介護者を支える内容がない")
        return trace.satisfied(support, "介護者の負担に応える支援がある")
    involved = informal_supports(ctx, trace, community_only=True)
    if involved:
        return trace.satisfied(involved, "家族・地域が支援の中に位置付けられている")
    if not ctx.plan.service_rows() and ctx.plan.rows and ctx.plan.input_format != "prose":
        return trace.not_run("サービスの行を読み取れなかった")
    return trace.fired("missing", [], "家族・地域への働きかけが位置付けられていない")


def check_r15(ctx: CheckContext) -> Outcome:
    """How and when the goals will be checked (not 「時期は未定」, not バイタル確認)."""
    trace = Trace()
    placed, every = _placed(ctx, "monitoring", notes=True)
    # a neighbour's or the family's 「月1回の訪問」 in a support row is that support, not the goals checked
    placed = [m for m in placed if not (m.group in ("service", "service_type", "provider")
                                        and m.role in ("インフォーマル", "家族", "本人"))]
    trace.match(f"モニタリング・評価の記載: {listed(every)}")
    if placed:
        return trace.satisfied([m.span for m in placed], "目標をいつ・どう確かめるかが書かれている")
    return trace.fired("missing", [], "目標をいつ・どう確かめるかの記載がない")


def check_r16(ctx: CheckContext) -> Outcome:
    """Goals shared with the team: flag only a generic 援助方針 with no mention of the team or sharing."""
    trace = Trace()
    plan = ctx.plan
    # A visit record (notes quoting the person, services named in the notes, no 方針, no 第1表 heading):
    # there is no 方針 to judge as generic.  A form with a 意向 but no 方針 is judged as before.
    record = (POLICY not in plan.fields and "table1" not in plan.sections and plan.form != "予防"
              and plan.input_format == "labelled" and {row.source for row in plan.service_rows()} == {"note"})
    if _first_table_missing(ctx) or record:
        return trace.not_run("第1表（総合的な援助の方針）が貼り付けられていない")
    placed, every = _placed(ctx, "sharing", notes=True)
    trace.match(f"目標の共有の記載: {listed(every)}")
    if placed:
        return trace.satisfied([m.span for m in placed], "目標をチームで共有する手立てが書かれている")
    policy = ctx.plan.field_spans(POLICY)
    if not policy and not ctx.plan.rows and not ctx.plan.field_spans(INTENT_PERSON):
        return trace.not_run("援助方針の記載がなく、記録からは判定できない")
    specific = _specific_policy(ctx)
    trace.match(f"総合的な援助の方針: {'この人に即した内容' if specific else ('一般的な内容' if policy else 'なし')}")
    if specific:
        return trace.not_applicable("援助方針がこの人の目標に即しているため、共有の記載がなくても指摘しない")
    return trace.fired("missing", policy, "援助方針が一般的で、チームで目標を共有する記載もない")


def _specific_policy(ctx: CheckContext) -> bool:
    """The direction the 援助方針 sets names something of this plan (its needs, goals, supports).

    A 方針 that describes the person's state and then aims at 「穏やかに過ごせるよう支援します」
    is generic: only the sentences that set a direction (支援します, 目指します, 図ります …) count.
    """
    view = ctx.view
    abstract = view.lexicon.wordset("abstract_words") | {"支援", "援助", "生活", "自宅", "在宅", "本人", "家族", "利用者", "様",
                                                        "ご", "サービス", "清潔", "体調", "状態", "方", "日常"}
    policy = ctx.plan.field_spans(POLICY)
    if not policy:
        return False
    directions = [Span(p.text[a:b], p.start + a, p.start + b) for p in policy for a, b in sentence_bounds(p.text)
                  if _DIRECTION.search(p.text[a:b])]
    if not directions:
        return False

    def words(spans) -> set[str]:
        return {t.normalized for s in spans for t in view.tokens_of(s)
                if t.is_content and t.pos[0] == "名詞" and t.normalized not in abstract and len(t.surface) > 1}

    rest = [e.span for e in view.entries if e.group in ("need", "goal", "service", "intent_person")]
    return len(words(directions) & words(rest)) >= 1


_DIRECTION = re.compile(r"ます[。.]?\s*$|目標に|支援し|支援する|目指し|目指す|図り|図る|援助し|努め|整え|つなげ"
                        r"|取り組|進め|確保し|予防し|防ぎ|行います|します")

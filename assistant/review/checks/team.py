"""Checks about the team and the community: informal support (R09), medical (R10), carers (R14),
monitoring (R15), shared goals (R16)."""

from __future__ import annotations

from ..plan import INTENT_FAMILY, INTENT_PERSON
from .base import CheckContext, Outcome, Trace, presence_check, quoted


def _supports(ctx: CheckContext) -> list:
    """Community and non-insurance support, and family members given a role (not just quoted)."""
    reader = ctx.reader
    outside = reader.outside_intents()
    return reader.find("informal", outside) + reader.find("family_role", outside)


def check_r09(ctx: CheckContext) -> Outcome:
    """Some non-insurance support: family roles, neighbours, community, 配食 …"""
    trace = Trace()
    hits = _supports(ctx)
    trace.match(f"家族の役割・地域・保険外の支え: {quoted(hits)}")
    if hits:
        return trace.satisfied([m.span for m in hits], "介護保険外の支えが位置付けられている")
    return trace.fired("missing", [], "家族の役割・地域・保険外の支えの記載がない")


def check_r10(ctx: CheckContext) -> Outcome:
    """Diseases named, but no medical professional in the plan."""
    trace = Trace()
    reader = ctx.reader
    spans = reader.spans()
    diseases = reader.find("disease", spans)
    trace.match(f"疾患・医療的な課題: {quoted(diseases)}")
    if not diseases:
        return trace.not_applicable("疾患・医療的な課題の記載はない")
    medical = reader.find("medical", spans)
    trace.match(f"医療職・医療機関: {quoted(medical)}")
    if medical:
        return trace.satisfied([m.span for m in medical], "医療職・医療機関との連携がある")
    return trace.fired("missing", [m.span for m in diseases], "疾患の記載があるのに、医療職との連携が見当たらない")


def check_r14(ctx: CheckContext) -> Outcome:
    """A carer's burden mentioned with no support for the carer; family and community not considered."""
    trace = Trace()
    reader = ctx.reader
    spans = reader.spans()
    # 「体調を崩して」 is about the person unless a carer says it (the family's own words) or is named with it.
    burden = [m for m in reader.find("carer_burden", spans)
              if m.field == INTENT_FAMILY or reader.has("carer_burden_explicit", m.span.text)
              or reader.has("carer", m.sentence())]
    outside = reader.spans_except((INTENT_PERSON, INTENT_FAMILY))
    support = reader.find("carer_support", outside)
    if burden:  # with a tired carer, a short stay is carer support even when not called so
        support += reader.find("respite_service", outside)
    trace.match(f"介護者の負担: {quoted(burden)}")
    trace.match(f"介護者への支援: {quoted(support)}")
    if burden and not support:
        return trace.fired("carer_burden", [m.span for m in burden], "介護者の負担があるのに、介護者を支える内容がない")
    if support:
        return trace.satisfied([m.span for m in support], "介護者・家族への支援がある")
    involved = _supports(ctx)
    trace.match(f"家族・地域の関わり（意向欄以外）: {quoted(involved)}")
    if involved:
        return trace.satisfied([m.span for m in involved], "家族・地域が支援の中に位置付けられている")
    return trace.fired("missing", [], "家族・地域への働きかけに触れた記載がない")


def check_r15(ctx: CheckContext) -> Outcome:
    """How and when the goals will be checked."""
    return presence_check(ctx, "monitoring", ctx.reader.outside_intents(), "モニタリング・評価の記載",
                          "モニタリング・評価の方法や時期が書かれている", "目標をいつ・どう確かめるかの記載がない")


def check_r16(ctx: CheckContext) -> Outcome:
    """Goals shared with the team: サービス担当者会議, 個別援助計画."""
    return presence_check(ctx, "sharing", ctx.reader.outside_intents(), "目標の共有の記載",
                          "目標をチームで共有する手立てが書かれている",
                          "担当者会議・個別援助計画などで目標を共有する記載がない")

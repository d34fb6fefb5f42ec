"""Checks about goals: concreteness (R04), long/short linkage (R05), periods (R06), service-as-goal (R18)."""

from __future__ import annotations

from ..reading import Goal
from .base import CheckContext, Outcome, Trace

_COPY_THRESHOLD = 0.8
_GOAL_KINDS = ("長期目標", "短期目標", "目標")


def _bigrams(text: str) -> set[str]:
    compact = "".join(ch for ch in text if not ch.isspace() and ch not in "。、，,.（）()「」")
    return {compact[i : i + 2] for i in range(len(compact) - 1)}


def _similarity(a: str, b: str) -> float:
    """Dice overlap of character bigrams: robust to a changed particle or an added period."""
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def _concrete_words(ctx: CheckContext, goal: Goal) -> list[str]:
    """Content words of a goal outside the abstract-word list (compared by surface and normalised form)."""
    abstract = ctx.reader.lexicon.wordset("abstract_words")
    return [
        token.surface
        for token in ctx.tokenizer.tokens(goal.span.text)
        if token.is_content
        and token.pos[0] not in ("接尾辞", "記号")
        and token.normalized not in abstract
        and token.surface not in abstract
    ]


def check_r04(ctx: CheckContext) -> Outcome:
    """A goal made only of abstract words (安心・安全・維持 …) cannot be evaluated."""
    trace = Trace()
    goals = [g for g in ctx.reader.goals()]
    trace.read(f"目標 {len(goals)}件")
    if not goals:
        return trace.not_applicable("目標の記載を認識できなかった")
    abstract = []
    for goal in goals:
        concrete = _concrete_words(ctx, goal)
        if concrete:
            trace.match(f"「{goal.span.text}」→ 具体的な語: {'・'.join(concrete[:6])}")
        else:
            trace.match(f"「{goal.span.text}」→ 抽象的な語だけでできている")
            abstract.append(goal)
    if not abstract:
        return trace.satisfied([g.span for g in goals[:3]], "どの目標にも具体的な行動・状態が書かれている")
    condition = "abstract_many" if len(abstract) >= 2 and len(abstract) * 2 >= len(goals) else "abstract"
    return trace.fired(condition, [g.span for g in abstract], f"{len(abstract)}件の目標が抽象的な語だけでできている")


def _pairs(ctx: CheckContext) -> list[tuple[Goal, Goal]]:
    """(長期目標, 短期目標) pairs: from 第2表 rows, else consecutive goals of the free text."""
    by_span = {(g.span.start, g.span.end): g for g in ctx.reader.goals()}
    pairs = []
    for _, long, short in ctx.reader.goal_pairs():
        lg, sg = by_span.get((long.start, long.end)), by_span.get((short.start, short.end))
        if lg and sg:
            pairs.append((lg, sg))
    if not pairs:
        goals = ctx.reader.goals()
        for a, b in zip(goals, goals[1:]):
            if a.kind in ("長期目標", "目標") and b.kind == "短期目標":
                pairs.append((a, b))
    return pairs


def check_r05(ctx: CheckContext) -> Outcome:
    """A short-term goal that repeats its long-term goal is no step toward it."""
    trace = Trace()
    pairs = _pairs(ctx)
    trace.read(f"長期目標と短期目標の組 {len(pairs)}件")
    if not pairs:
        return trace.not_applicable("長期目標と短期目標の組を認識できなかった")
    copies = []
    for long, short in pairs:
        score = _similarity(long.span.text, short.span.text)
        trace.match(f"長期「{long.span.text}」と短期「{short.span.text}」の一致度 {score:.2f}")
        if score >= _COPY_THRESHOLD:
            copies.append((long, short))
    if copies:
        evidence = [g.span for pair in copies for g in pair]
        return trace.fired("copy", evidence, f"{len(copies)}組で短期目標が長期目標とほぼ同じ文になっている")
    return trace.satisfied([short.span for _, short in pairs[:3]], "短期目標が長期目標と書き分けられている")


def check_r06(ctx: CheckContext) -> Outcome:
    """Goals have periods; a short-term period lies within its long-term period."""
    trace = Trace()
    goals = [g for g in ctx.reader.goals() if g.kind in _GOAL_KINDS]
    trace.read(f"期間を持つべき目標 {len(goals)}件")
    if not goals:
        return trace.not_applicable("目標の記載を認識できなかった")
    missing = [g for g in goals if g.period is None]
    for goal in goals:
        trace.match(f"「{goal.span.text}」の期間: {goal.period_span.text if goal.period_span else 'なし'}")
    inconsistent = []
    for long, short in _pairs(ctx):
        if long.period and short.period and long.period.contains(short.period) is False:
            inconsistent.append((long, short))
            trace.match(f"短期目標の期間「{short.period_span.text if short.period_span else short.span.text}」が"
                        f"長期目標の期間を超えている")
    if inconsistent:
        evidence = [s.period_span or s.span for _, s in inconsistent] + [l.period_span or l.span for l, _ in inconsistent]
        return trace.fired("inconsistent", evidence, "短期目標の期間が長期目標の期間に収まっていない")
    if missing:
        return trace.fired("missing", [g.span for g in missing], f"{len(missing)}件の目標に期間がない")
    return trace.satisfied([g.period_span for g in goals if g.period_span][:3], "すべての目標に期間があり、整合している")


def check_r18(ctx: CheckContext) -> Outcome:
    """A goal phrased as using a service (「デイサービスに通う」) names a means, not a life."""
    trace = Trace()
    goals = ctx.reader.goals()
    trace.read(f"目標 {len(goals)}件")
    if not goals:
        return trace.not_applicable("目標の記載を認識できなかった")
    pattern = ctx.reader.lexicon.pattern("service_use_goal")
    service_goals = []
    for goal in goals:
        m = pattern.search(goal.span.text.strip())
        if m:
            trace.match(f"「{goal.span.text}」にサービス利用の表現「{m.group(0)}」")
            service_goals.append(goal)
    if service_goals:
        return trace.fired("service_goal", [g.span for g in service_goals], "目標がサービスを使うこと自体になっている")
    return trace.satisfied([g.span for g in goals[:3]], "目標が本人の暮らしの変化として書かれている")

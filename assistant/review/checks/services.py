"""Checks about services: reasons (R07), the person's own part (R08), neutrality (R11), amount (R17)."""

from __future__ import annotations

import re
import unicodedata

from ..plan import INTENT_FAMILY, INTENT_PERSON
from ..reading import FREE_TEXT
from .base import CheckContext, Outcome, Trace, field_counts, quoted

_SERVICE_FIELDS = ("サービス内容", "サービス種別", "頻度", "ニーズ", FREE_TEXT)
_PROVIDER_SUFFIX = re.compile(
    r"(訪問介護|訪問看護|訪問入浴|通所介護|通所リハ(ビリテーション)?|短期入所|福祉用具|居宅介護支援)?"
    r"(事業所|ステーション|センター|サービス|デイサービス|デイ|ヘルパー|ケア|苑|園|ホーム)*$"
)


def check_r07(ctx: CheckContext) -> Outcome:
    """A service placed because it was asked for, with no reason tied to a need."""
    trace = Trace()
    reader = ctx.reader
    spans = reader.spans_except((INTENT_PERSON, INTENT_FAMILY))
    requests = [m for m in reader.find("request", spans) if m.field in _SERVICE_FIELDS or m.field == "ニーズ"]
    trace.read(f"サービス・ニーズの欄（{field_counts([s for s in spans if s[0] in _SERVICE_FIELDS])}）")
    trace.match(f"要望をそのまま根拠にした表現: {quoted(requests)}")
    if requests:
        return trace.fired("request_only", [m.context for m in requests], "要望・希望だけを根拠にサービスが位置付けられている")
    rows = reader.service_rows()
    if rows and reader.plan.rows and all(not row.get("ニーズ") for row in rows):
        return trace.fired("no_need", [row.get("サービス内容") or row.get("サービス種別") for row in rows],
                           "どのサービスにも対応するニーズが書かれていない")
    if not rows and not reader.service_spans():
        return trace.not_applicable("サービスの記載を認識できなかった")
    return trace.satisfied([row.get("ニーズ") for row in rows if row.get("ニーズ")][:3],
                           "サービスがニーズと結び付けて位置付けられている")


def check_r08(ctx: CheckContext) -> Outcome:
    """Services doing for the person what they could do, and no part left to the person."""
    trace = Trace()
    reader = ctx.reader
    service_spans = reader.service_spans()
    trace.read(f"サービスの記載（{field_counts(service_spans)}）")
    over = [m for m in reader.find("over_provision", service_spans) if not reader.has("self_part", m.context.text)]
    self_parts = reader.find("self_part", reader.outside_intents())
    trace.match(f"代行・全介助の表現: {quoted(over)}")
    trace.match(f"本人が行うこと・一緒に行うこと: {quoted(self_parts)}")
    if over:
        return trace.fired("over_provision", [m.context for m in over], "本人の関わりのない代行・全介助がある")
    if not self_parts and not reader.plan.field_spans("本人のセルフケア") and not reader.spans(["本人のセルフケア"]):
        return trace.fired("missing", [], "本人が自分で行うこと・一緒に行うことの記載がない")
    return trace.satisfied([m.span for m in self_parts], "本人の力を活かす内容がある")


def _provider_key(name: str) -> str:
    """A provider's name without its service-type suffix: さくら苑デイサービス → さくら."""
    text = unicodedata.normalize("NFKC", name).strip()
    text = re.sub(r"[（(][^）)]*[）)]", "", text)
    text = re.sub(r"^(株式会社|社会福祉法人|医療法人(社団)?|有限会社|合同会社|NPO法人|特定非営利活動法人)", "", text)
    stripped = _PROVIDER_SUFFIX.sub("", text)
    return (stripped or text)[:4]


def check_r11(ctx: CheckContext) -> Outcome:
    """Services concentrated on one provider or 法人, or chosen without the person."""
    trace = Trace()
    reader = ctx.reader
    explicit = reader.find("concentration", reader.spans())
    trace.match(f"同一法人・併設の表現: {quoted(explicit)}")
    providers = [row.get("事業所") for row in reader.service_rows() if row.get("事業所")]
    distinct: dict[str, list] = {}
    for span in providers:
        if span.text.strip() and span.text.strip() not in ("未定", "-", "ー", "なし"):
            distinct.setdefault(_provider_key(span.text), []).append(span)
    trace.read(f"事業所の記載 {len(providers)}件、法人名の候補 {len(distinct)}件: {'、'.join(distinct) or 'なし'}")
    choice = reader.find("choice", reader.spans())
    if explicit and not choice:
        return trace.fired("concentrated", [m.context for m in explicit], "サービスが同一法人・併設事業所に集中している")
    if sum(len(v) for v in distinct.values()) >= 3 and len(distinct) == 1 and not choice:
        return trace.fired("concentrated", [s for v in distinct.values() for s in v],
                           "3件以上のサービスがすべて同じ事業者名で提供されている")
    if len(distinct) >= 2 or choice:
        return trace.satisfied([m.span for m in choice] + [v[0] for v in distinct.values()][:3],
                               "事業所が分かれている、または本人の選択の経過がある")
    return trace.not_applicable("事業所の記載が少なく判定できない")


def check_r17(ctx: CheckContext) -> Outcome:
    """The amount of service has a basis: a frequency for each service, reasons for heavy use."""
    trace = Trace()
    reader = ctx.reader
    rows = reader.service_rows()
    trace.read(f"サービス行 {len(rows)}件")
    heavy = []
    for _, span in reader.service_spans():
        for m in reader.lexicon.pattern("frequency_heavy").finditer(span.text):
            line_start = span.text.rfind("\n", 0, m.start()) + 1
            line_end = span.text.find("\n", m.end())
            line = span.text[line_start : line_end if line_end >= 0 else len(span.text)]
            trace.match(f"多い頻度「{m.group(0)}」: {line.strip()[:40]}")
            heavy.append((span, line))
    unexplained = []
    for span, line in heavy:
        row = next((r for r in rows if span in r.cells.values()), None)
        context = line + (row.text("サービス内容") + row.text("ニーズ") if row else "")
        if not reader.has("reason", context) or reader.has("request", context):
            unexplained.append(span)
    if unexplained:
        return trace.fired("heavy_without_reason", unexplained, "多い頻度のサービスに、量の根拠が書かれていない")
    if rows:
        no_frequency = [r for r in rows if not r.get("頻度") or not r.text("頻度").strip()]
        trace.match(f"頻度の記載がないサービス {len(no_frequency)}件")
        if no_frequency:
            return trace.fired("missing_frequency",
                               [r.get("サービス内容") or r.get("サービス種別") for r in no_frequency],
                               "頻度の記載がないサービスがある")
        return trace.satisfied([r.get("頻度") for r in rows][:3], "すべてのサービスに頻度が書かれている")
    return trace.not_applicable("サービスの頻度を読み取れる表を認識できなかった")

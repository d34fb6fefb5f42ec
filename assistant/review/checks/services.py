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


_SERVICE_ALIASES = {
    "デイ": ("デイ", "通所"), "通所": ("デイ", "通所"), "ヘルパー": ("ヘルパー", "訪問介護"),
    "訪問": ("訪問",), "ショート": ("ショート", "短期入所"), "泊まり": ("ショート", "短期入所", "泊まり"),
    "入浴": ("入浴",), "施設": ("施設", "短期入所"), "サービス": ("",),
}


def _reasoned(ctx: CheckContext, requested: str) -> bool:
    """Whether the service a request names is placed on a need that states its cause."""
    keys = next((aliases for word, aliases in _SERVICE_ALIASES.items() if word in requested), ("",))
    rows = [r for r in ctx.reader.service_rows()
            if any(k in r.text("サービス内容") + r.text("サービス種別") for k in keys)]
    return bool(rows) and any(ctx.reader.has("cause", r.text("ニーズ")) for r in rows)


def check_r07(ctx: CheckContext) -> Outcome:
    """A service placed because it was asked for, with no reason tied to a need."""
    trace = Trace()
    reader = ctx.reader
    spans = reader.spans_except((INTENT_PERSON, INTENT_FAMILY))
    trace.read(f"サービス・ニーズの欄（{field_counts([s for s in spans if s[0] in _SERVICE_FIELDS])}）")
    placed = [m for m in reader.find("request", spans)
              if m.field in _SERVICE_FIELDS and not _is_speaker_line(reader, m)]
    trace.match(f"要望をそのまま根拠にした記載: {quoted(placed)}")
    asked = [m for m in reader.find("service_request", reader.spans()) if not _reasoned(ctx, m.span.text)]
    trace.match(f"サービスを名指しした要望（根拠となるニーズの分析がないもの）: {quoted(asked)}")
    if placed or asked:
        return trace.fired("request_only", [m.context if m in placed else m.span for m in placed + asked],
                           "要望・希望だけを根拠にサービスが位置付けられている")
    rows = reader.service_rows()
    needs_elsewhere = reader.spans(("総合的課題", "課題分析の結果"))
    if rows and not needs_elsewhere and all(not row.get("ニーズ") for row in rows):
        return trace.fired("no_need", [row.get("サービス内容") or row.get("サービス種別") for row in rows],
                           "どのサービスにも対応するニーズが書かれていない")
    if not rows and not reader.service_spans():
        return trace.not_applicable("サービスの記載を認識できなかった")
    return trace.satisfied([row.get("ニーズ") for row in rows if row.get("ニーズ")][:3],
                           "サービスがニーズと結び付けて位置付けられている")


def _is_speaker_line(reader, match) -> bool:
    """A request inside 「妻：…してほしい」 reports what someone said; it is not how the service was placed."""
    text = reader.plan.text
    line_start = text.rfind("\n", 0, match.span.start) + 1
    sentence_start = max(line_start, text.rfind("。", 0, match.span.start) + 1)
    head = text[sentence_start : sentence_start + 14]
    return reader.has("person_speaker", head) or reader.has("family_speaker", head)


def check_r08(ctx: CheckContext) -> Outcome:
    """Services doing for the person what they could do, and no part left to the person."""
    trace = Trace()
    reader = ctx.reader
    service_spans = reader.service_spans()
    trace.read(f"サービスの記載（{field_counts(service_spans)}）")
    tasks = [m for m in reader.find("care_task", service_spans) if not reader.has("self_part", m.context.text)]
    self_parts = reader.find("self_part", reader.outside_intents())
    trace.match(f"本人の関わりが書かれていない代行・介助: {quoted(tasks)}")
    trace.match(f"本人が行うこと・一緒に行うこと: {quoted(self_parts)}")
    if tasks and not self_parts:
        return trace.fired("over_provision", [m.context for m in tasks], "介助・代行だけで、本人が行う部分がどこにもない")
    if reader.find("over_provision", service_spans) and not self_parts:
        return trace.fired("over_provision", [m.context for m in reader.find("over_provision", service_spans)],
                           "全介助・代行があり、本人が行う部分がない")
    if not self_parts:
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


_FREQUENCY_IN_TEXT = re.compile(r"(週|月|日|年)\s*[0-9０-９一二三四五六七]+\s*(回|日|泊)|毎(日|週|月|朝|晩)|随時|必要時|[0-9０-９]+\s*(か月|ヶ月|カ月)に\s*[0-9０-９]+\s*回")
_SELF_SUBJECT = re.compile(r"本人[はがも]|自分で|自主")


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind("\n", 0, start), text.rfind("。", 0, start), text.rfind("、", 0, start)) + 1
    right_candidates = [i for i in (text.find("\n", end), text.find("。", end)) if i >= 0]
    return text[left : min(right_candidates) if right_candidates else len(text)]


def check_r17(ctx: CheckContext) -> Outcome:
    """The amount of service has a basis: a frequency for each service, reasons for heavy use."""
    trace = Trace()
    reader = ctx.reader
    rows = reader.service_rows()
    trace.read(f"サービス行 {len(rows)}件")
    heavy_pattern = reader.lexicon.pattern("frequency_heavy")
    unexplained = []
    if rows:
        for row in rows:
            frequency = row.get("頻度")
            if _SELF_SUBJECT.search(row.text("サービス内容")) or row.text("サービス種別").strip() == "本人":
                continue  # the person's own practice is not an amount of service
            if frequency and heavy_pattern.search(frequency.text):
                context = frequency.text + row.text("サービス内容") + row.text("ニーズ")
                trace.match(f"多い頻度「{frequency.text}」（{row.text('サービス内容')[:20]}）")
                if not reader.has("reason", context) or reader.has("request", context):
                    unexplained.append(frequency)
    else:
        for _, span in reader.service_spans():
            for m in heavy_pattern.finditer(span.text):
                sentence = _sentence_around(span.text, m.start(), m.end())
                if _SELF_SUBJECT.search(sentence):
                    continue  # the person's own practice is not an amount of service
                trace.match(f"多い頻度「{m.group(0)}」: {sentence.strip()[:40]}")
                if not reader.has("reason", sentence) or reader.has("request", sentence):
                    unexplained.append(span)
    if unexplained:
        return trace.fired("heavy_without_reason", unexplained, "多い頻度のサービスに、量の根拠が書かれていない")
    if rows:
        # A one-off service (住宅改修, 福祉用具購入) has no frequency to state.
        no_frequency = [r for r in rows if not r.text("頻度").strip()
                        and not _FREQUENCY_IN_TEXT.search(r.text("サービス内容") + r.text("サービス種別"))
                        and not reader.has("one_off_service", r.text("サービス内容") + r.text("サービス種別"))]
        trace.match(f"頻度の記載がないサービス {len(no_frequency)}件")
        if no_frequency:
            return trace.fired("missing_frequency",
                               [r.get("サービス内容") or r.get("サービス種別") for r in no_frequency],
                               "頻度の記載がないサービスがある")
        return trace.satisfied([r.get("頻度") for r in rows if r.get("頻度")][:3], "すべてのサービスに頻度が書かれている")
    return trace.not_applicable("サービスの頻度を読み取れる表を認識できなかった")

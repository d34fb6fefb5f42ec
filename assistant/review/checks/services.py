"""Checks about services: reasons (R07), the person's own part (R08), neutrality (R11), amount (R17).

Only rows that place a care service count for frequency and amount: equipment
rental, one-off purchases, the family's and the person's own part and
non-insurance services are not "heavy service" (the row's role, from the reader).
"""

from __future__ import annotations

import re

from ..plan import (
    ASSESSMENT_RESULT,
    INTENT_FAMILY,
    INTENT_PERSON,
    OVERALL_ISSUES,
    PlanRow,
)
from ..reader.fold import fold_text
from ..reader.lines import line_around
from .base import CheckContext, Outcome, Trace, listed
from .goals import similarity

_COUNTED_ROLES = ("介護保険サービス", "医療", "不明")
_PROVIDER_SUFFIX = re.compile(  # service types and generic words, in any order: みずほケアセンター訪問介護 → みずほ
    r"(?:訪問介護|訪問看護|訪問入浴|通所介護|通所リハ(?:ビリテーション)?|短期入所|福祉用具|居宅介護支援"
    r"|事業所|ステーション|センター|サービス|デイサービス|デイ|ヘルパー|ケア|苑|園|ホーム|店|支店)+$"
)
_PROVIDER_PREFIX = re.compile(r"^(?:訪問介護|訪問看護|訪問入浴|通所介護|通所リハ(?:ビリテーション)?|短期入所|福祉用具|デイサービス"
                              r"|ヘルパーステーション|ヘルパー)[\s　・]*(?=\S{2})")
_SERVICE_ALIASES = {
    "デイ": ("デイ", "通所"), "通所": ("デイ", "通所"), "ヘルパー": ("ヘルパー", "訪問介護"),
    "訪問": ("訪問",), "ショート": ("ショート", "短期入所"), "泊まり": ("ショート", "短期入所", "泊まり"),
    "入浴": ("入浴",), "施設": ("施設", "短期入所"), "サービス": ("",),
}
_SAME_SERVICE = 0.4  # character-bigram overlap at which two rows under one need describe one service
_ONE_OFF = re.compile(r"住宅改修|購入|販売|設置|取り?付け|工事|段差解消")
# The person's own visits to their doctor follow the clinic's schedule, not an amount the plan sets;
# help to get there (通院介助) is a service like any other.
_OWN_CONSULTATION = re.compile(r"^(?!.*(?:介助|同行|付き?添|送迎|乗降)).*(?:受診|診察|外来)")
_FREQUENCY_IN_TEXT = re.compile(  # (?<![0-9]): a long number is entered at its first digit only (else quadratic)
    r"(週|(?<![0-9])月|日|年)\s*[0-9一二三四五六七]+\s*(回|日|泊)|毎(日|週|月|朝|晩)|随時|必要時|(?<![0-9])[0-9]+\s*(か月|ヶ月|カ月)に\s*[0-9]+\s*回")


def _rows_text(row: PlanRow, *columns: str) -> str:
    return fold_text(" ".join(row.text(c) for c in columns))


# a cell that says it is empty: 「（記載なし）」「なし」「－」
_NO_ENTRY = re.compile(r"\s*[（(【\[]?\s*(?:特に)?(?:記載なし|記入なし|なし|無し|未定|未記入|空欄|[-－―ー]+)\s*[)）】\]]?\s*")


_PENDING = re.compile(r"\s*(?:調整中|検討中|相談中|未調整|応相談)\s*")


_AS_NEEDED = re.compile(r"(?:随時|必要時|適宜|必要に応じて|状況に応じて)[。.]?")


def _stated(frequency: str) -> bool:
    """A frequency is given: 「未定」「調整中」「（記載なし）」 leave it open."""
    return bool(frequency.strip()) and not _NO_ENTRY.fullmatch(frequency) and not _PENDING.fullmatch(frequency)


def _service_rows(ctx: CheckContext) -> list[PlanRow]:
    """Rows that place something: a row whose content and type both say they are empty places nothing."""
    return [r for r in ctx.plan.service_rows()
            if not (_NO_ENTRY.fullmatch(r.text("サービス内容")) and _NO_ENTRY.fullmatch(r.text("サービス種別")))]


def _services_not_read(ctx: CheckContext, trace: Trace) -> Outcome | None:
    if _service_rows(ctx) or (ctx.plan.input_format == "prose" and ctx.plan.free_text):
        return None  # notes with no headings are judged from the notes themselves
    if ctx.plan.rows or (ctx.plan.fields and not ctx.plan.free_text):
        return trace.not_run("サービスの行を読み取れなかった")
    if not ctx.plan.free_text and not ctx.plan.fields:
        return trace.not_run("サービスの記載がない")
    return None


def _reasoned(ctx: CheckContext, requested: str) -> bool:
    """Whether the service a request names is placed on a need that states its cause."""
    keys = next((aliases for word, aliases in _SERVICE_ALIASES.items() if word in requested), ("",))
    rows = [r for r in _service_rows(ctx) if any(k in r.text("サービス内容") + r.text("サービス種別") for k in keys)]
    return bool(rows) and any(ctx.view.search("cause", r.text("ニーズ")) for r in rows)


def check_r07(ctx: CheckContext) -> Outcome:
    """A service placed because it was asked for, with no reason tied to a need; or answering no need."""
    trace = Trace()
    view = ctx.view
    not_read = _services_not_read(ctx, trace)
    if not_read:
        return not_read
    placed = [m for m in view.mentions("request", groups=("service", "service_type", "provider", "service_note", "frequency",
                                                          "period", "non_weekly", "need", "free"))
              if not (m.scope & {"negated", "reported", "quoted", "questioned"})
              and not _speaker_line(ctx, m.sentence.text) and _places_a_service(m)]
    trace.match(f"要望を根拠にした記載: {listed(placed)}")
    asked = [m for m in view.mentions("service_request") if not (m.scope & {"negated", "questioned"})
             and not _reasoned(ctx, m.span.text)]
    trace.match(f"サービスを名指しした要望（根拠となるニーズの分析がないもの）: {listed(asked)}")
    if placed or asked:
        return trace.fired("request_only", [m.sentence if m in placed else m.span for m in placed + asked],
                           "要望・希望だけを根拠にサービスが位置付けられている")
    rows = _service_rows(ctx)
    needs_elsewhere = view.in_groups(["need"]) or ctx.plan.field_spans(OVERALL_ISSUES) or ctx.plan.field_spans(ASSESSMENT_RESULT)
    if rows and not needs_elsewhere and all(not r.get("ニーズ") for r in rows):
        if _NEED_WORDS.search(fold_text(ctx.plan.text)):
            # 「Q5. 困っていること（課題）」: the plan names its needs somewhere the reader did not place
            return trace.not_run("ニーズらしい記載はあるが、サービスと結び付けて読み取れなかった")
        return trace.fired("no_need", [r.get("サービス内容") or r.get("サービス種別") for r in rows],
                           "どのサービスにも対応するニーズが書かれていない")
    if not rows:
        return trace.not_applicable("サービスの行がない")
    if not all(r.get("ニーズ") for r in rows):
        return trace.unsure("ニーズと同じ行に読めないサービスがある")
    voiced = [m for m in view.mentions("request", groups=("need",)) if not (m.scope & {"negated", "questioned"})]
    if voiced:  # 「付いていてほしい」: a need worded as a wish for help is no finding, nor a need that grounds a service
        return trace.unsure("ニーズが「〜してほしい」という要望の形で書かれている")
    # sitting on a need's row is structure, not yet a reason: the need must say what it answers
    analysed = [m for m in view.mentions("cause", groups=("need",)) if not (m.scope & {"negated", "questioned"})]
    if not analysed:
        return trace.unsure("どのサービスもニーズの行にあるが、ニーズに要因・根拠が書かれていない")
    carried = [m for m in view.mentions("carried_over", groups=("service", "service_note")) if m.asserted]
    if carried:  # 「買物代行（前任ケアマネのプランから継続）」: kept from before; whether it answers a need now is unclear
        return trace.unsure(f"前のプランから引き継いだサービスがある: {listed(carried)}")
    return trace.satisfied([r.get("ニーズ") for r in rows][:3], "どのサービスもニーズの行に位置付けられている")


# a sentence saying a support was arranged, added or started (「希望により導入」「頼まれて週3回に増やした」)
_NEED_WORDS = re.compile(r"ニーズ|課題|困りごと|困っていること|困り事|解決すべき")
_PLACING = re.compile(r"導入|開始|始め|位置付け|位置づけ|組み込|追加|増や|増回|調整|手配|依頼し|契約|利用|入れ|使う|使い|通う|通い"
                      r"|デイ|ヘルパー|訪問|通所|ショート|サービス|介護|介助|代行|代わり|掃除|調理|洗濯|買い?物|用意|準備")


def _places_a_service(mention) -> bool:
    """Whether a request is given as the reason a support is placed, not only voiced.

    In a service row, its note or its frequency, 「〜してほしい」 is how the row was written. In a need
    (「体調の変化を見守ってほしい」) or in the notes (「歩けるようになってほしい」) it is a wish: R07 is
    about a support placed because it was asked for, so the sentence must also speak of a support or of a
    task done for the person (「食事の用意をしてほしい」).
    """
    if mention.group not in ("need", "free") or re.search(r"により|で(?!き)|のため|があり|があるため", mention.span.text):
        return True
    return bool(_PLACING.search(fold_text(mention.sentence.text)))


def _speaker_line(ctx: CheckContext, sentence: str) -> bool:
    """「妻：…してほしい」 reports what someone said; it is not how the service was placed."""
    head = fold_text(sentence)[:14]
    return bool(re.match(r"\s*(?:本人|ご本人|利用者|家族|ご家族|長[女男]|次[女男]|妻|夫|娘|息子|嫁)\s*(?:[(（][^)）]*[)）])?\s*[:：「]", head))


def check_r08(ctx: CheckContext) -> Outcome:
    """Services doing for the person what they could do, and no part left to the person anywhere in goals or supports."""
    trace = Trace()
    view = ctx.view
    not_read = _services_not_read(ctx, trace)
    if not_read:
        return not_read
    support_groups = ("service", "service_note", "goal", "target_life", "policy", "proposal") + (
        ("free",) if not _service_rows(ctx) else ())
    self_parts = [m for m in view.mentions("self_part", groups=support_groups) if m.asserted
                  and not (m.scope & {"quoted", "family_subject"})
                  and not (m.group == "policy" and re.match(r"(?:ご)?本人[がはも]", fold_text(m.span.text)))]
    self_rows = [r for r in _service_rows(ctx) if r.role == "本人"]
    trace.match(f"本人が行うこと・一緒に行うこと: {listed(self_parts)}、本人の取り組みの行 {len(self_rows)}件")
    over = [m for m in view.mentions("over_provision", groups=("service", "service_note", "free"))
            if not (m.scope & {"negated", "conditional", "questioned"})]
    tasks = [m for m in view.mentions("care_task", groups=("service", "free"))
             if (m.role in (None, "介護保険サービス", "不明")) and not view.search("self_part", m.sentence.text)]
    trace.match(f"全介助・代行: {listed(over)}")
    trace.match(f"本人の関わりが書かれていない介助・家事: {listed(tasks)}")
    has_self = bool(self_parts or self_rows)
    if over and not has_self:
        return trace.fired("over_provision", [m.sentence for m in over], "全介助・代行があり、本人が行う部分がない")
    if tasks and not has_self:
        return trace.fired("missing", [m.sentence for m in tasks], "介助・家事の代わりだけで、本人が行う部分がどこにもない")
    if not has_self:
        return trace.not_applicable("本人に代わって行う介助・家事の記載はない")
    return trace.satisfied([m.span for m in self_parts] + [r.get("サービス内容") for r in self_rows],
                           "本人の力を活かす内容がある")


def _provider_key(name: str) -> str:
    """A provider's name without its service-type suffix: さくら苑デイサービス → さくら."""
    text = fold_text(name).strip()
    text = re.sub(r"[(（][^）)]*[）)]", "", text)
    text = re.sub(r"^(株式会社|社会福祉法人|医療法人(社団)?|有限会社|合同会社|NPO法人|特定非営利活動法人|\(株\)|\(有\))", "", text)
    stripped = _PROVIDER_SUFFIX.sub("", text).strip()
    # the service type written first (「デイサービス メディケア桜」) leaves the same name as 「メディケア桜 訪問介護」
    stripped = _PROVIDER_PREFIX.sub("", stripped) or stripped
    return (stripped or text)[:4]


_SAME_STEM = 3


def check_r11(ctx: CheckContext) -> Outcome:
    """Services concentrated on one provider or 法人, or chosen without the person."""
    trace = Trace()
    view = ctx.view
    explicit = [m for m in view.mentions("concentration") if not (m.scope & {"negated", "questioned"})]
    trace.match(f"同一法人・併設の表現: {listed(explicit)}")
    # the care providers: a doctor or hospital is the person's own choice of medical care, and says nothing
    # of how the care services were spread (a 主治医 beside three services of one 法人 is no spread)
    rows = [r for r in _service_rows(ctx) if r.get("事業所") and r.role in ("介護保険サービス", "福祉用具", "不明")]
    distinct: dict[str, list] = {}
    for row in rows:
        name = row.text("事業所").strip()
        if name and name not in ("未定", "-", "ー", "なし", "―"):
            key = _provider_key(name)
            # 「清流会クリニック」「清流会ケアサービス」: one 法人 name before different suffixes
            key = next((k for k in distinct if k[:_SAME_STEM] == key[:_SAME_STEM] and len(key) >= _SAME_STEM), key)
            distinct.setdefault(key, []).append(row.get("事業所"))
    trace.read(f"事業所の記載 {len(rows)}件、法人名の候補 {len(distinct)}件: {'、'.join(distinct) or 'なし'}")
    choice = [m for m in view.mentions("choice") if m.asserted]
    if explicit and not choice:
        return trace.fired("concentrated", [m.sentence for m in explicit], "サービスが同一法人・併設事業所に集中している")
    kinds = {fold_text(r.text("サービス種別")).strip() for r in rows if r.text("サービス種別").strip()}
    # one provider giving one kind of service on several rows (a 訪問介護 per need) is not a concentration
    if sum(len(v) for v in distinct.values()) >= 3 and len(distinct) == 1 and len(kinds) != 1 and not choice:
        return trace.fired("concentrated", [s for v in distinct.values() for s in v],
                           "3件以上のサービスがすべて同じ事業者名で提供されている")
    if len(distinct) >= 2 or choice:
        return trace.satisfied([m.span for m in choice] + [v[0] for v in distinct.values()][:3],
                               "事業所が分かれている、または本人の選択の経過がある")
    if not _service_rows(ctx) and ctx.plan.rows:
        return trace.not_run("サービスの行を読み取れなかった")
    return trace.not_applicable("事業所の記載が少なく判定できない")


def _amount_notes(content: str) -> list[str]:
    """Brackets of a service's content that speak of its amount (they hold a frequency)."""
    return [note for note in re.findall(r"[（(]([^()（）]{4,80})[)）]", content) if _FREQUENCY_IN_TEXT.search(note)]


def check_r17(ctx: CheckContext) -> Outcome:
    """The amount of service has a basis: a frequency for each care service, a reason for heavy use,
    and an amount that was not simply requested, carried over, or given to no need."""
    trace = Trace()
    view = ctx.view
    rows = _service_rows(ctx)
    trace.read(f"サービス行 {len(rows)}件")
    if not rows:
        return _amounts_in_notes(ctx, trace)
    counted = [r for r in rows if r.role in _COUNTED_ROLES and not _ONE_OFF.search(_rows_text(r, "サービス内容", "サービス種別"))]
    trace.read(f"量を問うサービス（介護保険・医療のサービス、単発でないもの） {len(counted)}件")
    heavy, unfounded = [], []
    for row in counted:
        frequency = row.value("頻度")
        if not frequency:
            # an amount given with its own reason in the content's brackets (「掃除（週2回、本人の希望により）」)
            notes = [n for n in _amount_notes(row.text("サービス内容"))
                     if view.search("request", n) or view.search("carried_over", n)]
            if notes:
                trace.match(f"内容のかっこの中の量と理由: 「{notes[0]}」")
                unfounded.append(row.get("サービス内容"))
                continue
        context = _rows_text(row, "頻度", "サービス内容", "備考", "目的", "支援のポイント") + _requests_in_notes(ctx, row)
        # The need's cause is not the amount's reason, but a note on the amount inside the content is:
        # 「体位変換（自力で寝返りができないため朝・夕の2回）」.
        basis = _rows_text(row, "頻度", "備考", "目的", "支援のポイント") + "".join(_amount_notes(row.text("サービス内容")))
        if view.search("frequency_heavy", frequency):
            reason = view.search("reason", basis) and not view.search("request", context)
            trace.match(f"多い頻度「{frequency}」（{row.text('サービス内容')[:20]}）: 理由 {'あり' if reason else 'なし'}")
            if not reason:
                heavy.append(row.get("頻度") or row.get("サービス内容"))
                continue
        if frequency and (view.search("request", context) or view.search("carried_over", context)):
            trace.match(f"量が要望・前からの引き継ぎで決まっている: 「{frequency}」（{row.text('サービス内容')[:20]}）")
            unfounded.append(row.get("頻度") or row.get("サービス内容"))
    if heavy:
        return trace.fired("heavy_without_reason", heavy, "多い頻度のサービスに、量の根拠が書かれていない")
    if unfounded:
        return trace.fired("amount_without_basis", unfounded, "サービスの量が要望や前からの引き継ぎで決まっている")
    # a row with neither a type nor a provider is as often a note the reader took for a service (「その他：…」,
    # 「（記載なし）」, a sentence of the meeting record) as a service: its missing frequency is not judged
    # 「随時」 on a care service sets no amount: a visit or a day service is planned in visits per week
    no_frequency = [r for r in counted if (not _stated(r.value("頻度")) or (
                        r.role == "介護保険サービス" and _AS_NEEDED.fullmatch(r.value("頻度").strip())))
                    and not _FREQUENCY_IN_TEXT.search(_rows_text(r, "サービス内容", "サービス種別"))
                    and not _OWN_CONSULTATION.search(_rows_text(r, "サービス内容", "サービス種別"))]
    bare = [r for r in no_frequency if not (r.text("サービス種別").strip() or r.text("事業所").strip())]
    no_frequency = [r for r in no_frequency if r not in bare]
    described = [r for r in no_frequency if _described_again(r, rows) or _summary_line(ctx.plan.text, r, rows)]
    if described:
        trace.read("頻度つきで別の行にも書かれたサービス: " + "、".join(r.text("サービス内容")[:15] for r in described))
        no_frequency = [r for r in no_frequency if r not in described]
    trace.match(f"頻度の記載がないサービス {len(no_frequency)}件")
    stray = _unplaced_frequencies(ctx, rows) if no_frequency else []
    if stray:
        trace.read(f"どのサービスの行にも入らなかった頻度らしい記載: {'、'.join(stray[:3])}")
        return trace.not_run("頻度らしい記載はあるが、どのサービスの頻度か読み取れなかった")
    if no_frequency:
        return trace.fired("missing_frequency", [r.get("サービス内容") or r.get("サービス種別") for r in no_frequency],
                           "頻度の記載がないサービスがある")
    if bare:
        return trace.unsure("種別も事業所もなく頻度もない行がある（サービスか注記か読み取れない）: "
                            + "、".join(r.text("サービス内容")[:15] for r in bare))
    if not counted:
        return trace.not_applicable("量を問うサービスの行がない")
    return trace.satisfied([r.get("頻度") for r in counted if r.get("頻度")][:3], "サービスの頻度が書かれ、量の根拠が読み取れる")


_HALF_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _unplaced_frequencies(ctx: CheckContext, rows: list[PlanRow]) -> list[str]:
    """Frequencies written below the first service row but inside no row's cell.

    A row without a frequency while 「週2回」 stands unplaced between the rows is far more often a
    column the reader did not align (a PDF copy, a wrapped table) than a plan that left it out, and
    a finding would then blame the plan for the reader's miss.
    """
    spans = [span for row in rows for span in row.cells.values()]
    if not spans:
        return []
    start = min(span.start for span in spans)
    placed = spans + [span for field_spans in ctx.plan.fields.values() for span in field_spans]
    covered = sorted((span.start, span.end) for span in placed)
    text = ctx.plan.text.translate(_HALF_WIDTH_DIGITS)  # one character for one: offsets stay valid
    stray = []
    for m in _FREQUENCY_IN_TEXT.finditer(text, start):
        line = text[slice(*line_around(text, m.start(), m.end()))]
        if not any(a <= m.start() < b for a, b in covered) and not _NOT_A_SERVICE_AMOUNT.search(line):
            stray.append(m.group(0))
    return stray


def _described_again(row: PlanRow, rows: list[PlanRow]) -> bool:
    """Whether the row's service is written again, with a frequency, in another row under the same need.

    A plan often lists its services once in a line (「サービス内容：通院介助／食事指導」) and then gives each
    one with its type and frequency on a line of its own: the list is a summary, not services without amounts.
    """
    content = row.text("サービス内容")
    return bool(content) and any(
        other is not row and other.value("頻度").strip() and other.text("ニーズ") == row.text("ニーズ")
        and similarity(content, other.text("サービス内容") + other.text("サービス種別")) >= _SAME_SERVICE
        for other in rows)


def _line_of(text: str, row: PlanRow) -> int:
    span = row.get("サービス内容")
    return line_around(text, span.start, span.end)[0] if span else -1


def _summary_line(text: str, row: PlanRow, rows: list[PlanRow]) -> bool:
    """Whether the row is one of several services listed on one line, none with a frequency, under a need
    whose services are also written one per line with frequencies (「サービス内容：a／b／c」 over 「・a　週3回」)."""
    line = _line_of(text, row)
    same_need = [r for r in rows if r.text("ニーズ") == row.text("ニーズ") and r.get("サービス内容")]
    listed_together = [r for r in same_need if _line_of(text, r) == line]
    elsewhere = [r for r in same_need if _line_of(text, r) != line and r.value("頻度").strip()]
    return (row.text("ニーズ") != "" and len(listed_together) >= 2 and len(elsewhere) >= 2
            and not any(r.value("頻度").strip() for r in listed_together))


def _requests_in_notes(ctx: CheckContext, row: PlanRow) -> str:
    """For a service read from notes, the notes' sentences that say it was arranged as someone asked.

    A visit record gives the reason for the amount in its own sentence (「長男の希望により、
    ヘルパーを週3回とした」), not in the service's line: that sentence is the row's context
    when it names the service (or services in general) and is not negated or conditional.  A quoted
    request counts too (「長男より「ヘルパーに頼みたい」との希望があり、そのとおり調整した」).
    """
    if row.source != "note":
        return ""
    kind = row.text("サービス種別")
    words = {"サービス"} | {alias for key, aliases in _SERVICE_ALIASES.items() if key != "サービス"
                            and (key in kind or any(a and a in kind for a in aliases)) for alias in aliases if alias}
    sentences = [m.sentence.text for m in ctx.view.mentions("request", groups=("free", "intent_family", "intent_person"))
                 if not (m.scope & {"negated", "conditional"}) and any(w in m.sentence.text for w in words)]
    return " " + fold_text(" ".join(sentences)) if sentences else ""


# In free notes, 毎日 on the person's or the family's own part, or inside a goal (「目標：毎日3往復できる」),
# is not an amount of service.
_NOT_A_SERVICE_AMOUNT = re.compile(r"本人(?:[はがも]|\s)|自分で|自主|家族|妻|夫|長女|長男|目標|貸与|レンタル")


def _amounts_in_notes(ctx: CheckContext, trace: Trace) -> Outcome:
    """No service rows: judge heavy amounts stated in free notes (never as a strength)."""
    view = ctx.view
    if (ctx.plan.rows and ctx.plan.input_format != "prose") or not ctx.plan.free_text:
        return trace.not_run("サービスの頻度を読み取れる表を読み取れなかった")
    heavy = [m for m in view.mentions("frequency_heavy", groups=("free",))
             if not (m.scope & {"negated", "conditional", "quoted", "reported"})
             and not _NOT_A_SERVICE_AMOUNT.search(m.sentence.text)
             and not view.search("reason", m.sentence.text)]
    trace.match(f"多い頻度（理由なし）: {listed(heavy)}")
    if heavy:
        return trace.fired("heavy_without_reason", [m.sentence for m in heavy], "多い頻度のサービスに、量の根拠が書かれていない")
    return trace.not_run("サービスの頻度を読み取れる表がない")


__all__ = ["check_r07", "check_r08", "check_r11", "check_r17", "INTENT_FAMILY", "INTENT_PERSON"]

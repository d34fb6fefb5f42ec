"""What a short piece of a plan looks like: a period, a frequency, a ※1 mark, a service type, a provider.

Tables copied from a PDF lose their empty cells, and bullets such as
「- 入浴介助 / ○ / 通所介護 / さくらデイ / 週2回 / R7.4〜R7.9」 name no columns:
in both, a cell is placed by its shape.  All functions take folded text.
"""

from __future__ import annotations

import re

PERIOD = re.compile(
    r"^(?:期間\s*[:：]?\s*)?(?:"
    r"(?:[RrHh令平]|令和|平成|20\d\d|19\d\d)\s*\d{0,2}[^\n]{0,24}?(?:[〜~\-ー―－→⇒]|から|まで)[^\n]{0,24}"
    r"|(?:令和|平成|R|H)?\s*\d{1,4}\s*年度(?:\s*[上下]半期)?"
    r"|\d+(?:\.\d+)?\s*(?:か月|ヶ月|カ月|ヵ月|ケ月|箇月|ヶ年|年間|年|週間)(?:後|間)?"
    r"|(?:[RrHh]|令和|平成|20\d\d)\s*\d{1,2}[./年]\s*\d{1,2}(?:[./月]\s*\d{1,2}\s*日?)?(?:\s*月)?(?:\s*(?:まで|〜|~|から))?"
    r")\s*$"
)
# 「3か月に1回」「2週間ごとに1回」: once in a span longer than the week or month the other shapes name
_EVERY_N = r"[0-9一二三六]+\s*(?:か|ヶ|カ|ケ|ヵ|箇)?\s*(?:月|週間?|日)\s*(?:に|ごとに|毎に?)\s*[0-9一]+\s*回"
FREQUENCY = re.compile(
    r"^(?:頻度\s*[:：]?\s*)?(?:"
    r"(?:週|月|年|日|1日|一日)\s*[0-9一二三四五六七]+\s*(?:〜\s*[0-9]+\s*)?(?:回|日|泊)"
    rf"|{_EVERY_N}"
    r"|(?:週|月)\s*[0-9]{1,2}(?=$|[\s(（、,])"  # 「週5」「月1」 in a memo typed in a hurry
    r"|毎(?:日|週|月|朝|晩|夕|食)|隔週|随時|必要時|適宜|常時|通所時|訪問時|利用時|購入時|設置時|入浴時|外出時|緊急時|発熱時|週末|平日"
    r"|[0-9]+\s*(?:回|泊)|1回|一回|単発|都度|毎回"
    r"|[^\s、。]{1,10}?(?:時|の際)\s*に?\s*(?:毎回|都度)"  # 「デイ来所時に毎回」
    r")[^\n]{0,30}$"
)
# 「〔保険〕」「【保険外】」: the mark as some software prints it, with its meaning in brackets
MARK = re.compile(r"^(?:○|◯|〇|●|Y|N|対象|対象外|-|ー|―|[〔\[【]\s*(?:介護)?保険(?:給付)?(?:対象)?外?\s*[〕\]】])$")
PROVIDER = re.compile(
    r"(?:事業所|ステーション|センター|苑|園|荘|ホーム|クリニック|病院|医院|診療所|薬局|工務店|商会|会社|株式会社|\(株\)|\(有\)|"
    r"ケア|デイサービス|デイ|リハ|ヘルパー|サービス|福祉|介護|訪問看護|包括|社協|協議会|法人|市|区|町)"
)
_RANGE_START = re.compile(r"(?:[RrHh]|令和|平成|20\d\d|19\d\d)\s*\d")


def is_period(text: str) -> bool:
    """A period, and nothing more: 「令和8年9月までに、家の周りを歩ける」 is a goal that names its deadline."""
    text = text.strip()
    return bool(PERIOD.match(text)) and not re.search(r"[、。]|[ぁ-ん]{3,}", text)


# What may follow a service type in its cell, once stripped: （…）, 等, 事業, ・….  Stripping first keeps the
# match linear; ``\s*(…)?\s*`` is quadratic on a cell of spaces.
_TYPE_TAIL = re.compile(r"(?:[(（][^)）]*[)）]|等|など|事業|・.{0,8})?")
_BRACKETED = re.compile(r"[(（][^)）]*[)）]")
_TAIL_WORDS = re.compile(r"程度|以上|以内|まで|ずつ|ごと|おき|未満|くらい|ぐらい|など|前後|を目安|目安")


def drop_brackets(text: str) -> str:
    """Remove each （…） as ``re.sub(r"[(（][^)）]*[)）]", "", text)`` does, in linear time.

    After the last closing bracket nothing can match, and there every opening bracket would scan to
    the end of the text (quadratic on a line of 「（」); so only the part up to it is searched.
    """
    last = max(text.rfind(")"), text.rfind("）"))
    return _BRACKETED.sub("", text[:last + 1]) + text[last + 1:]


def is_frequency(text: str) -> bool:
    """A frequency, with at most a short qualifier after it (「週3回入浴し、清潔を保てる」 is a goal)."""
    text = text.strip()
    m = FREQUENCY.match(text)
    if not m:
        return False
    head = re.match(r"(?:頻度\s*[:：]?\s*)?(?:(?:週|月|年|日|1日|一日)\s*[0-9一二三四五六七]+\s*(?:〜\s*[0-9]+\s*)?(?:回|日|泊)"
                    rf"|{_EVERY_N}|毎(?:日|週|月|朝|晩|夕|食)|\S{{1,4}})", text)
    if re.match(r"(?:週末|平日|毎日|毎朝|毎晩|毎週|毎月|毎食)の", text):
        return False  # 「週末の買い物に同行」「毎日の散歩」: what is done, not how often
    tail = drop_brackets(text[head.end():] if head else text)
    tail = _TAIL_WORDS.sub("", tail)
    return not re.search(r"[ぁ-ん]{2,}|[しすでき][、,]|る$", tail)


def is_mark(text: str) -> bool:
    return bool(MARK.match(text.strip()))


def split_frequency_period(text: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Offsets of the frequency and of the period inside a merged 「頻度・期間」 cell."""
    for m in re.finditer(r"\s*(?:[/／・,、]|\n|\s{1,})\s*", text):
        left, right = text[: m.start()], text[m.end():]
        if left.strip() and right.strip() and is_period(right) and not is_period(left):
            return (0, m.start()), (m.end(), len(text))
        if left.strip() and right.strip() and is_period(left) and is_frequency(right):
            return (m.end(), len(text)), (0, m.start())
    m = _RANGE_START.search(text)
    if m and m.start() > 0 and is_period(text[m.start():]):
        return (0, m.start()), (m.start(), len(text))
    if is_period(text):
        return None, (0, len(text))
    return (0, len(text)), None


_TYPE_PREFIX = re.compile(r"^(?:特定)?(?:介護予防|地域密着型)")
# A cell that is only who gives the support (「妻」「友人（元同僚の川端さん）」): the 種別 of a family or informal row
_ROLE_CELL = re.compile(r"(?:ご?本人|ご?家族|妻|夫|[長次三](?:女|男)(?:の(?:妻|夫))?|娘|息子|嫁|孫|兄|弟|姉|妹|親族|友人|知人"
                        r"|近所の?[^\s、。]{0,8}|近隣の?[^\s、。]{0,8}|民生委員|ボランティア)(?:\s*[(（][^()（）]{1,20}[)）])?")


def cell_kind(text: str, service_type: re.Pattern[str]) -> str:
    """"period" | "frequency" | "mark" | "type" | "provider" | "text" for one cell of unknown column."""
    stripped = text.strip()
    if not stripped:
        return "empty"
    if is_mark(stripped):
        return "mark"
    if is_period(stripped):
        return "period"
    if is_frequency(stripped):
        return "frequency"
    if _ROLE_CELL.fullmatch(stripped):
        return "type"
    core = _TYPE_PREFIX.sub("", stripped)  # 「介護予防福祉用具貸与」 is the type 福祉用具貸与 of the 予防 form
    m = service_type.match(stripped) or service_type.match(core)
    if m and _TYPE_TAIL.fullmatch((stripped if m.string is stripped else core)[m.end():].strip()):
        return "type"
    if len(stripped) <= 24 and PROVIDER.search(stripped) and not re.search(r"[をがへ]|する|して|ます", stripped):
        return "provider"
    return "text"

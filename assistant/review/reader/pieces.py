"""Small text helpers shared by the line readers: pieces of a cell, numbering, slashes."""

from __future__ import annotations

import re

from .cells import cell_kind
from .vocabulary import NUMBERING, LabelMatch, Vocabulary

# 「…→長期目標「…」」「…／短期：…」: the goals written on the need's own line
ROW_LABEL_INLINE = re.compile(r"(?:(?<=[、。,/／→⇒\s「」)）】\]〕])|^)(?=(?:[→⇒]\s*)?(?:(?:長期目標|短期目標)\s*[(（:：「\s]|(?:長期|短期)\s*[:：]))")
NUMBERED_NEED = re.compile(
    r"^\s*(?:[【\[<〔〈■□●◆◇◎★☆▼▽►▶]\s*)?(?:生活全般の解決すべき|生活上の)?(?:ニーズ|課題|解決すべき課題)\s*(?:[(（]\s*ニーズ\s*[)）])?\s*"
    r"(?:No\.?\s*)?([0-9]{1,2}|[①-⑳]|[A-Z](?![A-Za-z]))\s*(?:[】\]>〕])?\s*[:：.．、)]?\s*"
)
BARE_NUMBER = re.compile(rf"^\s*(?:{NUMBERING})\s*")
# 〇 (the kanji zero) is written as a circle bullet; 「〇〇さん」 is a name left blank, not a bullet.
# 「ア．」「イ)」「(ウ)」: the kana that number items in official documents, and 「(c-2)」, as bullets
BULLET = re.compile(r"^\s*(?:[-–・*●○◦•▪■□◇◆◯]|〇(?!〇)|[a-z]\)|[アイウエオカキクケコ]\s*[.、)]|\(\s*[アイウエオカキクケコ]\s*\)"
                    r"|\(\s*[a-z]\s*-\s*\d{1,2}\s*\))\s*")
# A semicolon separates cells as a slash does (「入浴介助；通所介護；週2回」, folded from 「；」).
SLASH_CHAR = re.compile(r"[/／;]")
TARGET_LIFE_ROW = re.compile(r"^\s*+\|?\s*+(?:[・\-*●○]\s*+)?(1日|1年|一日|一年)\s*(?:[|\t:：]|\s{1,})\s*(.+?)\s*\|?\s*$")
QUOTED = re.compile(r"^\s*「(.+)」\s*[、。,]?\s*$")
GOAL_KEYS = ("長期目標", "短期目標", "@goal")
PERIOD_IN_NOTE = re.compile(r"(?:[RrHh]|令和|平成|20\d\d)\s*\d{1,2}[^\s()（）、。]*\s*[〜~\-]\s*"
                            r"(?:(?:[RrHh]|令和|平成|20\d\d)\s*)?\d{1,2}[^\s()（）、。で]*")
# ``(?<!\d)`` enters a number only at its first digit (the match is the same; without it every digit
# of a long number rescans the rest of it).
# 「T.S.」: a person's initials where the name goes
DEMOGRAPHICS = re.compile(r"(?<!\d)\d+\s*歳|様|殿|氏[（(\s]|要介護|要支援|男性|女性|認定|^\s*[A-Z]\.\s?[A-Z]\.?\s*$")
SHORT_FIELDS = ("生活援助中心型の算定理由", "介護認定審査会の意見", "家族の役割", "本人の意向", "家族の意向")
ARROW = re.compile(r"^\s*[→⇒]\s*")
# 「【目標1】」 or 「目標①」 alone on its line: the supports below belong to that goal of the 予防 plan.
# 「目標1（R8.12.1～R9.5.31）」: with the period of its block, which the stages below share
GOAL_HEADING = re.compile(r"^\s*(?:[<\[【〔(]\s*目標\s*([0-9]{1,2}|[①-⑳])\s*[>\]】〕)]|目標\s*([0-9]{1,2}|[①-⑳]))"
                          r"\s*(?:[(（][^()（）\n]{1,30}[)）])?\s*[:：]?\s*$")
PROSE_GOAL = re.compile(r"(?:(?P<kind>長期|短期)目標\s*(?:を|は|として|も)"
                        r"|(?P<staged>長期的には|最終的には|短期的には|まずは|当面は)"
                        r"|(?P<side>長期|短期)\s*では(?=\s*「)"
                        r"|(?<![長短]期)(?<![各本全])(?<!この)(?<!その)(?<!共通の)(?<!チームの)(?<!プランの)目標\s*(?:は|として))"
                        r"\s*[、,]?\s*")
GOAL_END = re.compile(r"」?\s*(?:こと|とする)?\s*(?:を目指(?:し|す)|を目標と(?:し|する))?"
                      r"\s*(?:[(（]\s*(?P<period>[^()（）]{2,24}?)\s*[)）])?\s*(?:[、。,／/]|とし|とする|を目指|$)")
SERVICE_ATTRIBUTES = ("保険給付対象", "サービス種別", "事業所", "頻度", "サービス期間")
# ``\s*+``: a run of spaces is not re-split on every try (quadratic).  The match is the same except for
# brackets holding only spaces, which matched before with a blank "period" that no caller takes as one.
# A goal's period in the bracket that ends it: 「（R9.1〜R9.6）」, also 〔〕 【】 ［］ as some offices write it.
BRACKET_PERIOD = re.compile(r"[(（〔【\[]\s*+(?:(?:Term|Period)\s*:\s*)?((?:期間\s*[:：]?\s*)?[^()（）〔〕【】\[\]]{1,30})"
                            r"\s*+[)）〕】\]]\s*+[。、]?\s*$")

# A cell that says nothing is placed there: a dash (「－」「—」) or 「なし」
NOTHING_PLACED = re.compile(r"\s*(?:[-－―ー‐—]+|なし|無し)\s*")

KIND_COLUMN = {"mark": "保険給付対象", "type": "サービス種別", "provider": "事業所", "frequency": "頻度",
                "period": "サービス期間"}

PROFESSION = re.compile(r"(?:薬剤師|看護師|准看護師|理学療法士|作業療法士|言語聴覚士|PT|OT|ST|医師|歯科医師|歯科衛生士|管理栄養士|栄養士"
                         r"|介護福祉士|保健師)(?:[・、,/／](?:薬剤師|看護師|理学療法士|作業療法士|言語聴覚士|PT|OT|ST|医師|歯科衛生士|管理栄養士))*")


def typed_pieces(text: str, pieces: list[tuple[int, int]], vocabulary: Vocabulary) -> list:
    """Pieces with their kind; 「訪問看護（さくら坂訪問看護ステーション）」 is a type and its provider."""
    out = []
    for a, c in pieces:
        piece = text[a:c]
        m = re.match(r"(.+?)[(（]([^()（）]+)[)）]\s*(.*)$", piece)
        if m and PROFESSION.fullmatch(m.group(2).strip()):
            m = None  # 「居宅療養管理指導（薬剤師）」: who gives the type, not the provider
        if m and cell_kind(m.group(1), vocabulary.service_type) == "type":
            out.append(((a, a + m.end(1)), "type"))
            out.append(((a + m.start(2), a + m.end(2)), "provider"))
            if m.group(3).strip():
                rest = (a + m.start(3), c)
                out.append((rest, cell_kind(text[rest[0]:rest[1]], vocabulary.service_type)))
            continue
        out.append(((a, c), cell_kind(piece, vocabulary.service_type)))
    return out

def number_of(numbering: str) -> str:
    digits = re.search(r"\d+", numbering)
    return digits.group(0) if digits else numbering.strip()

def same(a: str, b: str) -> bool:
    from .fold import fold_text

    return bool(a and b) and re.sub(r"\s", "", fold_text(a)) == re.sub(r"\s", "", fold_text(b))

def shift(label: LabelMatch | None, base: int) -> LabelMatch | None:
    if label is None:
        return None
    bracket = (label.bracket[0] + base, label.bracket[1] + base) if label.bracket else None
    return LabelMatch(label.kind, label.key, label.label_start + base, label.label_end + base,
                      label.value_start + base, bracket, label.delimiter)

def slashes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Each slash with the whitespace around it, as ``\\s*[/／]\\s*`` finds them.

    Widened by hand: a leading ``\\s*`` is retried at every space of a long run
    and is quadratic on a line of spaces.
    """
    found, pos = [], start
    for m in SLASH_CHAR.finditer(text, start, end):
        left, right = m.start(), m.end()
        while left > pos and text[left - 1].isspace():
            left -= 1
        while right < end and text[right].isspace():
            right += 1
        found.append((left, right))
        pos = right
    return found

# What stands after a column name when its value is on the next line: the item's number, or 「（期間）」
# saying that the value below carries its period.
NO_VALUE = re.compile(r"\s*+(?:[(（]\s*+期間\s*+[)）]|[0-9]{1,2}|[①-⑳])\s*+")

def _split_at(text: str, start: int, end: int, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """The non-blank pieces of ``text[start:end]`` between matches of ``separator``."""
    parts, pos = [], start
    for m in separator.finditer(text, start, end):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    return [(a, c) for a, c in parts if text[a:c].strip()]

_BAR = re.compile(r"\|")
_WIDE_GAP = re.compile(r"\u3000+|\t+| {2,}")

def split_pipes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cells of 「入浴介助｜通所介護｜週2回」 (the full-width bar is folded to 「|」); outer bars give no cell."""
    return _split_at(text, start, end, _BAR)

def split_slash(text: str, start: int, end: int, *, keep_empty: bool = False) -> list[tuple[int, int]]:
    """Cells of a line separated by slashes; a slash inside brackets (「脈拍110回／分」) or in a date stays.
    ``keep_empty``: an empty cell (「散歩の付き添い／妻／／毎日」) keeps its place, for values matched by position."""
    parts, pos = [], start
    depth, seen = 0, start  # bracket depth of text[start:seen], counted once over the line
    for left, right in slashes(text, start, end):
        for ch in text[seen:left]:
            depth = depth + 1 if ch in "(（" else max(0, depth - 1) if ch in ")）" else depth
        seen = left
        if depth or (text[left - 1:left].isdigit() and text[right:right + 1].isdigit()):
            continue  # inside brackets, or a date such as 2025/4/1
        parts.append((pos, left))
        pos = right
    parts.append((pos, end))
    return parts if keep_empty else [(a, c) for a, c in parts if text[a:c].strip()]

_OPENING = "［[【〔（("
_CLOSING = "］]】〕）)"


def attribute_bracket(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the bracket that closes ``text[start:end]`` when it holds a service's columns.

    「入浴介助 ［○／通所介護／デイみどり／週2回］」 or 「…（通所介護／いこいの里／週2回（火・土）／R8.12〜）」:
    the columns are separated by slashes outside any inner bracket (a frequency's days may have their own).
    """
    close = end
    while close > start and text[close - 1].isspace():
        close -= 1
    if close <= start or text[close - 1] not in _CLOSING:
        return None
    depth = 0
    for i in range(close - 1, start - 1, -1):
        if text[i] in _CLOSING:
            depth += 1
        elif text[i] in _OPENING:
            depth -= 1
            if depth == 0:
                return (i + 1, close - 1) if len(split_slash(text, i + 1, close - 1)) > 1 else None
    return None


def role_word(text: str, vocabulary: Vocabulary) -> bool:
    """A person who carries a support: 本人, a family member, a neighbour …"""
    text = re.sub(r"(?<=.)(?:さん|様)$", "", text.strip())  # 「息子さん」 is who 「息子」 is
    return bool(vocabulary.person_speaker.fullmatch(text) or vocabulary.family_speaker.fullmatch(text)
                or re.fullmatch(r"地域|近隣|近所|友人|知人|民生委員|ボランティア|本人・.{1,4}", text))

def is_table_row(text: str) -> bool:
    return "\t" in text or text.count("|") >= 2

def split_wide(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cells of a bullet separated by full-width spaces, tabs or runs of spaces."""
    return _split_at(text, start, end, _WIDE_GAP)

def split_inner(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of an attribute run: split at ・ 、 / and spaces, keeping brackets and date ranges whole."""
    return split_outside_brackets(text, start, end, "・、,/／ \u3000\t")


def split_outside_brackets(text: str, start: int, end: int, separators: str, opening: str = "(（",
                           closing: str = ")）") -> list[tuple[int, int]]:
    """Non-blank pieces of ``text[start:end]`` split at ``separators`` that stand outside brackets."""
    pieces, pos, depth = [], start, 0
    for k in range(start, end):
        ch = text[k]
        if ch in opening:
            depth += 1
        elif ch in closing:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in separators:
            if text[pos:k].strip():
                pieces.append((pos, k))
            pos = k + 1
    if text[pos:end].strip():
        pieces.append((pos, end))
    return pieces

# 「二つ目の課題は「…」です」「課題は、長女様の「…」という願い」: a need stated in a note, in its quote
# (the words before the quote are bounded: linear on any line)
PROSE_NEED = re.compile(r"(?:課題|ニーズ)\s*(?:は|として)\s*[、,]?\s*(?:[^「」。、\s]{1,12}の)?「(?P<need>[^「」\n]{4,80})」")


def strip_need_number(text: str, rng: tuple[int, int]) -> tuple[int, int]:
    start, end = rng
    m = re.match(rf"\s*(?:{NUMBERING})\s*", text[start:end])
    return (start + m.end(), end) if m and m.end() < end - start else rng

# 「短期目標を評価します」「目標を共有した」: a sentence about the goal, not one stating it.
_ACTS_ON_GOAL = re.compile(r"\s*(?:評価|見直|確認|共有|設定|達成|立て|定め|決め|検討|振り返|意識|踏まえ|もとに|基に|目指)")


_QUESTION_END = re.compile(r"(?:(?:です|ます|でしょう|ません)か|[?？])[ \t\u3000]*$")


def prose_goal(text: str, m: re.Match[str], limit: int):
    """(kind, goal range, period range) of one 「長期目標を…こと（期間）」 in a note, or None."""
    start = m.end()
    if m.group(0).rstrip(" 、,").endswith("を") and _ACTS_ON_GOAL.match(text, start):
        return None
    if text[start:start + 1] == "「":
        start += 1
        close = text.find("」", start, limit)
        if close - start >= 4:  # 「長期目標は「…、…」（期間）とし」: the quote is the goal, commas and all
            after = GOAL_END.match(text, close, limit)
            period = (after.start("period"), after.end("period")) if after and after.group("period") else None
            return _prose_kind(m), (start, close), period
    sentence_end = text.find("。", start, limit)
    stop = sentence_end if sentence_end >= 0 else limit
    if _QUESTION_END.search(text, start, stop):
        return None  # 「目標は評価できる内容ですか。」: a question about goals (a worksheet's), no goal
    koto = [k.start() for k in re.finditer(r"こと", text[start:stop])]
    if koto:
        goal_end = start + koto[0]
    else:
        end = GOAL_END.search(text, start + 4, stop + 1) if stop + 1 <= len(text) else None
        if end is None:
            return None
        goal_end = end.start()
    after = GOAL_END.match(text, goal_end, min(len(text), stop + 1))
    period = (after.start("period"), after.end("period")) if after and after.group("period") else None
    if goal_end - start < 4:
        return None
    kind = _prose_kind(m)
    while goal_end > start and text[goal_end - 1] in "」 、":
        goal_end -= 1
    goal_end -= len(_GOAL_VERB_TAIL.search(text[start:goal_end]).group(0))
    return kind, (start, goal_end), period


# 「…作れるようにする」「…を目指す」: the words of the sentence around the goal, not the goal
_GOAL_VERB_TAIL = re.compile(r"(?:ように(?:する|なる)|を目指す)?$")


def _prose_kind(m: re.Match[str]) -> str:
    """「長期目標は」「長期的には」「最終的には」 state the long-term goal; 「短期目標を」「まずは」「当面は」 the short-term one."""
    if m.group("side"):  # 「目標は、長期では「…」こと、短期では「…」こと」
        return "長期目標" if m.group("side") == "長期" else "短期目標"
    staged = m.group("staged")
    if staged:
        return "長期目標" if staged in ("長期的には", "最終的には") else "短期目標"
    return "短期目標" if m.group("kind") == "短期" else "長期目標"

"""Who is speaking: 本人 or a family member, in the 意向 fields and in notes.

「本人：…。妻：…」 on one line, 「ご本人より「…」と話される」, 「長女より、…とのこと」
and 「利用者:」 all mark a speaker.  A family member's line that states what they
*do* (「長女：週末に買い物を手伝う」) is their role, not their wish: it is kept
apart so that the checks do not read it as the family's intention.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .vocabulary import Vocabulary

# A wish, worry or intention: what makes a family member's words their 意向.
_WISH = re.compile(r"たい|てほしい|て欲しい|ほしい|欲しい|希望|望|願|ように(?!する|します|している)|思う|思い|心配|不安|つもり|考え|困"
                   r"|つらい|辛い|たくない|いやだ|嫌|ならない|できれば|助かる|無理|(?:れば|たら|で|が)(?:それで)?いい")
_NOTHING = re.compile(r"^\s*(?:特に)?(?:なし|無し|ない|ありません)\s*(?:[(（][^)）]*[)）])?\s*[。.]?\s*$")
# Possessive ``\s*+`` (the next token is never whitespace): a line of spaces is not re-split between the
# optional parts on every try.
# 「本人「…」」: a speaker written straight before the quote of their words.
# A long bracket only before a colon: 「本人（失語があるため、うなずきと書字で確認）：…」.
_SPEAKER_END = (r"\s*+(?:[(（][^()（）\n]{1,12}[)）]|[(（][^()（）\n]{13,40}[)）](?=\s*[:：]))?\s*+(?:さん|様)?\s*+"
                r"(?:[:：)）]|より|から(?=[「、,])|(?=「))\s*、?")
# Inside an 意向 field a space alone may follow the speaker (「本人　家に居たい」), or a reported
# 「本人は、…とのこと」「夫は「…」とのこと」: the field already says these are someone's words.
_LOOSE_END = rf"(?:{_SPEAKER_END}|[ \u3000\t]+(?![はがをにのもでとへや])|[はが][、,]|[はが](?=「))"
# What may stand before a speaker who opens a new segment of a line.
_BEFORE_SPEAKER = "。.\n \t\u3000「、,:：／/｜|"


def _bracketed(vocabulary: Vocabulary) -> str:
    """「（本人）…」「【妻・70歳】…」: the speaker in brackets before their words, as a print's cell writes it."""
    return (rf"[（(【\[〔]\s*+(?:(?P<bperson>{vocabulary.person_speaker.pattern})|(?P<bfamily>{vocabulary.family_speaker.pattern}))"
            r"(?:[・、][^()（）【】\[\]〔〕\n]{1,12})?\s*+[)）】\]〕]\s*+[:：]?\s*+")


def _speaker_regex(vocabulary: Vocabulary, *, loose: bool = False) -> re.Pattern[str]:
    return re.compile(
        rf"{_bracketed(vocabulary)}|(?P<who>(?P<person>{vocabulary.person_speaker.pattern})|"
        rf"(?P<family>{vocabulary.family_speaker.pattern}))(?P<end>{_LOOSE_END if loose else _SPEAKER_END})"
    )


def split_speakers(
    text: str, rng: tuple[int, int], vocabulary: Vocabulary, *, loose: bool = False
) -> Iterator[tuple[str | None, tuple[int, int], tuple[int, int] | None]]:
    """Segments of ``text[rng]``: (speaker, words, the speaker mark or None).

    The speaker is "person", "family", "family_role" or None.  A speaker's words end at
    the next speaker, or at a line break after a finished sentence (the next line is
    someone else's note, e.g. 「【課題分析の結果】…」).  ``loose``: the text is an 意向
    field, where a space alone may end a speaker's name.
    """
    start, end = rng
    regex = _speaker_regex(vocabulary, loose=loose)
    marks = [m for m in regex.finditer(text, start, end)
             if m.start() == start or text[m.start() - 1] in _BEFORE_SPEAKER]
    cuts: list[tuple[int, int, str | None, tuple[int, int] | None]] = []  # (start, end, speaker, mark)
    pos, current, mark = start, None, None
    for m in marks:
        stop = m.start()  # 「…したい。／夫：…」: the slash introduces the next speaker, it ends no one's words
        while stop > pos and text[stop - 1] in "/;|\u3000\t ":
            stop -= 1
        cuts.append((pos, stop, current, mark))
        current = "person" if m.group("person") or m.group("bperson") else "family"
        mark = (m.start(), m.end())
        pos = m.end()
    cuts.append((pos, end, current, mark))
    for a, b, speaker, mark in cuts:
        if mark is not None and re.search(r"より|から", text[mark[0]:mark[1]]):
            # 「長女より、…とのこと。」: indirect speech ends with its sentence
            stop = re.search(r"(?:とのこと|との(?:希望|話|訴え)|と(?:話|言|訴え)[^。]{0,6})[。]", text[a:b])
            if stop and a + stop.end() < b:
                yield _kind(speaker, text[a:a + stop.end()]), (a, a + stop.end()), mark
                a, speaker, mark = a + stop.end(), None, None
        piece_start = a
        for nl in re.finditer(r"\n", text[a:b]):
            at = a + nl.start()
            if speaker is not None and text[piece_start:at].rstrip().endswith(("。", "」", "）")):
                if text[piece_start:at].strip():
                    yield _kind(speaker, text[piece_start:at]), (piece_start, at), mark
                speaker, mark, piece_start = None, None, at + 1
        if text[piece_start:b].strip():
            yield _kind(speaker, text[piece_start:b]), (piece_start, b), mark
        elif mark is not None:
            yield None, (piece_start, piece_start), mark


# 「本人は「…」と話す」「妻より「…」との訴えあり」: a speaker, a particle, the quote, a verb of saying.
_QUOTE_TAIL = r"」\s*+と(?:の(?:こと|話|訴え|希望|声)|話|言|語|訴え|おっしゃ|希望|漏ら|こぼ|笑)"


def quoted_speech(text: str, rng: tuple[int, int], vocabulary: Vocabulary) -> Iterator[tuple[str, tuple[int, int]]]:
    """("person" | "family", the quoted words) for each quote a speaker is reported to say in ``text[rng]``.

    Only a quote followed by a verb of saying counts: 「妻は「無理」と書いた札」 is not speech,
    and a quote with no named speaker says nothing about whose 意向 it is.
    """
    regex = re.compile(
        rf"(?:(?P<person>{vocabulary.person_speaker.pattern})|(?P<family>{vocabulary.family_speaker.pattern}))"
        rf"(?:さん|様)?(?:は|が|も|より|から)[、,]?\s*+「(?P<words>[^「」\n]{{1,200}}){_QUOTE_TAIL}"
    )
    start, end = rng
    for m in regex.finditer(text, start, end):
        if m.start() > start and text[m.start() - 1] not in "。.、,「 \t\u3000":
            continue  # 「主介護者の長男は」: the speaker is part of a longer word
        yield ("person" if m.group("person") else "family"), (m.start("words"), m.end("words"))


def is_wish(words: str) -> bool:
    """A wish, worry or intention — or an explicit 「特になし」, which is still an answer to the 意向.

    「…ようにする」 is what someone will do (a family member's part), not a wish: 「ように」 counts only
    before a wish or a worry (「歩けるようになりたい」 has its 「たい」).
    """
    return bool(_WISH.search(words) or _NOTHING.match(words))


def _kind(speaker: str | None, words: str) -> str | None:
    """A family member's words are their role unless they wish, worry — or are quoted: quoted words are what they say."""
    if speaker == "family" and not is_wish(words) and not words.lstrip(" 、,\u3000").startswith("「"):
        return "family_role"
    return speaker


def speaker_at_line_start(line: str, vocabulary: Vocabulary, *, loose: bool = False) -> tuple[str, int] | None:
    """("person" | "family", offset of the words) when a line opens with a speaker.

    ``loose``: inside an 意向 field a space alone may follow the speaker (「本人　家に居たい」).
    """
    bracketed = re.match(rf"\s*+{_bracketed(vocabulary)}", line)
    if bracketed:  # 「（妻）主人の介助で…」
        return ("person" if bracketed.group("bperson") else "family"), bracketed.end()
    end = _LOOSE_END if loose else _SPEAKER_END
    m = re.match(rf"\s*+(?:[・\-*●○]\s*+)?(?P<person>{vocabulary.person_speaker.pattern})?"
                 rf"(?P<family>{vocabulary.family_speaker.pattern})?{end}", line)
    if not m or not (m.group("person") or m.group("family")):
        return None
    if m.group("person") and m.group("family"):
        return None
    return ("person" if m.group("person") else "family"), m.end()

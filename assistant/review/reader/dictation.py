"""A plan dictated into a voice memo (「[01:46] 長期目標、お薬カレンダーを使って…。期間、令和8年12月から…」)
or posted in a chat (「[10:03] 山田CM: 課題①…」).

The timestamps, the chat's poster names and the memo's fillers are taken out, and a field spoken at the start of a line
(「長期目標は、」「ニーズ1。」「課題の二つ目、」) gets the colon a typed label has; a period spoken
after a goal (「、期間はR8.12からR9.11まで」) is put in the brackets a typed goal closes with.
Only a memo (timestamps on several lines) is rewritten, with :func:`.fold.rewrite`, so every
span still points at the user's own characters.
"""

from __future__ import annotations

import re

from .cells import cell_kind, is_period
from .fold import FoldedText, rewrite
from .pieces import NUMBERED_NEED
from .vocabulary import Vocabulary

# 「[01:46] 」「00:49 」 before spoken words; a week grid's 「10:00<tab>通所介護」 is no memo
_TIMESTAMP = re.compile(r"^(?![^\n]*(?:\t|\||\u3000\u3000| {3}))"
                        r"[ \u3000]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}:\d{2}(?::\d{2})?(?=[ \u3000]))[ \u3000]*(?=\S)",
                        re.MULTILINE)
_MIN_STAMPED_LINES = 3
_POSTER = re.compile(r"([^\s:：「」、。]{1,12})\s*[:：]\s*")
_FILLER = re.compile(r"(?:えーっと|えーと|えー|あのー|あの|まあ|その)[、,]\s*|(?:えーっと|えーと|えー)(?=\S)")
_SPOKEN_COLUMN = re.compile(r"(?:事業所|事業者|種別|頻度|回数)は[、,]?\s*|[、,]\s*期間(?:は)?(?:短期と)?同じ")
_COLUMN_KINDS = {"type", "provider", "frequency", "period"}
_SENTENCE_END = re.compile(r"。\s*")
_ORDINAL = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6"}
_SPOKEN_NUMBER = re.compile(r"(課題|ニーズ)の([一二三四五六])つ目")
_SPOKEN_LABEL = re.compile(r"([^、。,\s]{2,20}?)(?:は[、,]?|[、。,])")
_SPOKEN_PERIOD = re.compile(r"[、。,]\s*(?:期間(?:は)?[、,]?\s*)?([^、。,()（）]{4,30}?)(?:まで)?[。]?\s*$")


def spoken_fields(folded: FoldedText, vocabulary: Vocabulary) -> FoldedText:
    """``folded`` with a voice memo's speech turned into labelled lines, or unchanged when it is no memo."""
    stamps = [m for m in _TIMESTAMP.finditer(folded.text) if m.end() > m.start()]
    if len(stamps) < _MIN_STAMPED_LINES:
        return folded
    text = folded.text
    edits: list[tuple[int, int, str]] = [(m.start(), m.end(), "") for m in stamps]
    # a chat log (「[10:02] 山田CM: …」): who posted is not part of the plan; a plan's own label is kept
    posters = [_POSTER.match(text, m.end()) for m in stamps]
    posters = [p if p and vocabulary.label(p.group(1) + "：") is None else None for p in posters]
    chat = sum(p is not None for p in posters) >= _MIN_STAMPED_LINES
    for stamp, poster in zip(stamps, posters, strict=True):
        line_end = text.find("\n", stamp.end())
        line_end = len(text) if line_end < 0 else line_end
        said = stamp.end()
        if chat and poster is not None:
            edits.append((poster.start(), poster.end(), ""))
            said = poster.end()
        fillers = [(m.start(), m.end()) for m in _FILLER.finditer(text, said, line_end)]
        edits += [(a, b, "") for a, b in fillers]
        # the field may be spoken after an opening sentence (「ここから2表。ニーズ1。…」)
        ends = [None, *_SENTENCE_END.finditer(text, said, line_end)]
        for end in ends:
            start = said if end is None else end.end()
            while any(a == start for a, _ in fillers):
                start = next(b for a, b in fillers if a == start)
            labelled = _label_edits(text, start, line_end, vocabulary)
            if labelled:
                if end is not None:  # the field begins a line of its own
                    edits.append((end.start(), end.end(), "。\n"))
                edits += labelled
                break
    return rewrite(folded, _without_overlaps(edits))


def _label_edits(text: str, start: int, end: int, vocabulary: Vocabulary) -> list[tuple[int, int, str]]:
    ordinal = _SPOKEN_NUMBER.match(text, start, end)
    m = _SPOKEN_LABEL.match(text, start, end)
    if m is None:
        return []
    name = m.group(1)
    edits = []
    if ordinal:  # 「課題の二つ目、」 → 「課題2：」
        name = ordinal.group(1) + _ORDINAL[ordinal.group(2)]
        edits.append((ordinal.start(), ordinal.end(), name))
    if NUMBERED_NEED.fullmatch(name + "："):  # 「ニーズ1。」
        return [*edits, (start + len(m.group(1)), m.end(), "：")]
    label = vocabulary.label(name + "：", prefer_columns=True)
    if label is None or label.value_start != len(name) + 1:
        return []
    if not m.group(0).endswith(("、", "。", ",")) and label.kind != "column":
        return []  # 「サービスは通所リハ…」 names a column; 「姪御さんは月1回…」 is a sentence
    if label.key == "サービス内容":
        columns = _service_edits(text, m.end(), end, vocabulary)
        if columns:  # 「サービス、a、訪問介護、あかね、週3回。」 is one service and its columns: a bullet
            return [*edits, (start, m.end(), "・"), *columns]
    edits.append((start + len(m.group(1)), m.end(), "："))
    if label.key in ("長期目標", "短期目標"):
        period = _SPOKEN_PERIOD.search(text, m.end(), end)
        if period and is_period(period.group(1)):
            edits += [(period.start(), period.start(1), "（"), (period.end(1), period.end(), "）")]
    return edits


def _service_edits(text: str, start: int, end: int, vocabulary: Vocabulary) -> list[tuple[int, int, str]]:
    """「配食サービス、事業者は、ひまわり亭、週5回。」: the commas next to a type, provider, frequency or period
    separate the service's columns, as slashes do in a typed line; spoken column names are dropped."""
    stop = text.find("。", start, end)
    stop = end if stop < 0 else stop
    edits = [(m.start(), m.end(), "") for m in _SPOKEN_COLUMN.finditer(text, start, stop)]
    commas = [m for m in re.finditer(r"、", text[:stop]) if m.start() >= start]
    bounds = [start, *[c.end() for c in commas]]
    pieces = [(a, c.start()) for a, c in zip(bounds, commas, strict=False)] + [(bounds[-1], stop)]
    spoken = {a for a, _, _ in edits}
    kinds = [cell_kind(_strip_spoken(text, a, b, spoken), vocabulary.service_type) for a, b in pieces]
    if sum(kind in _COLUMN_KINDS for kind in kinds) < 2:
        return []
    for i, comma in enumerate(commas):
        if kinds[i] in _COLUMN_KINDS or kinds[i + 1] in _COLUMN_KINDS:
            edits.append((comma.start(), comma.end(), "／"))
    if stop < end:  # what is said after the service (「本人が米を研ぐ。」) is a note of its own
        edits.append((stop, stop + 1, "\n\n" if text[stop + 1:end].strip() else ""))  # a blank line closes the row
    return edits


def _strip_spoken(text: str, a: int, b: int, spoken: set[int]) -> str:
    m = _SPOKEN_COLUMN.match(text, a, b)
    return text[m.end():b] if m and m.start() in spoken else text[a:b]


def _without_overlaps(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for a, b, r in sorted(edits):
        if kept and a < kept[-1][1]:
            continue
        kept.append((a, b, r))
    return kept

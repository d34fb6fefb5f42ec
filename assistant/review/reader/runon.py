"""A plan dictated or typed as one run of words (「…とのこと第2表ニーズいち日中ひとりで…長期目標安心して過ごせる…」).

Voice input without punctuation, or a memo typed without line breaks, strings every field together.
In such a line (no tab, pipe or run of spaces: that is a table) each field name of the plan
(「長期目標」「サービス内容」「ニーズいち」 …) starts a new field: a line break goes before it and a colon
after it (a spoken 「は、」 after it becomes that colon, a spoken number 「いち」 a digit).  Only lines that
are long, hold several field names without their colon and hardly any sentence ends are rewritten — in a
written paragraph a field name is a word of the sentence.  A service value gets slashes between its
content, type, provider and frequency when a service type and a frequency are found in it.  The text is
rewritten with :func:`.fold.rewrite`, so every span still points at the user's own characters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .fold import FoldedText, fold_text, rewrite
from .vocabulary import Vocabulary

_MIN_LINE = 150
_MIN_NAMES = 4
_MIN_NAME_LENGTH = 4  # shorter names (「課題」「目標」) are everyday words inside a sentence
_SPOKEN_DIGITS = {"いち": "1", "に": "2", "さん": "3", "よん": "4", "ご": "5"}
# 「ニーズいち」「課題2」: a numbered need, the number spoken or written
_NUMBERED = r"(?:ニーズ|課題)(?P<number>いち|さん|よん|に|ご|[0-9]{1,2})(?![0-9])"
# how often a service comes, as a dictated value says it
_FREQUENCY = re.compile(r"(?:週|月|年)\s*[0-9]{1,2}\s*回|毎日(?:使用)?|毎朝|毎晩|随時|来所時|利用時|訪問時|必要時")
_SERVICE_NAMES = frozenset({"サービス内容", "援助内容", "支援内容"})
# a table row or header: its names are column names, not fields run together
_CELLS = re.compile(r"\t|\||\u3000| {2,}")
# a spoken 「は、」 after the name stands where a typed label has its colon
_SPOKEN_TOPIC = re.compile(r"は[、,]?")


def names_in_runon(folded: FoldedText, vocabulary: Vocabulary) -> FoldedText:
    """``folded`` with the field names of a run-on line put at the start of lines of their own."""
    text = folded.text
    pattern = _names_pattern(vocabulary)
    edits: list[tuple[int, int, str]] = []
    others: list[tuple[int, int]] = []  # the lines not run on
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        found = list(pattern.finditer(text, start, end))
        glued = [m for m in found if text[m.end():m.end() + 1] not in ":："]
        if (len(line) >= _MIN_LINE and len(glued) >= _MIN_NAMES and line.count("。") * 2 < len(found)
                and not _CELLS.search(line)):
            edits += _line_edits(text, found, start, end, vocabulary)
        else:
            others.append((start, end))
        start = end + 1
    if not edits:
        return folded
    leading = _names_pattern(vocabulary, min_length=3)
    for a, b in others:  # 「生活歴若い頃は…」 on a line of its own in such a memo: the name still wants its colon
        m = leading.match(text, a, b)
        if m and m.group("number") is None and m.end() < b and text[m.end()] not in ":：":
            edits.append((m.end() - 1, m.end(), text[m.end() - 1] + "："))
    return rewrite(folded, edits)


def _line_edits(text: str, found: list[re.Match[str]], line_start: int, line_end: int,
                vocabulary: Vocabulary) -> list[tuple[int, int, str]]:
    edits = []
    for k, m in enumerate(found):
        if m.group() in _SERVICE_NAMES:  # 「サービス内容見守り入浴通所介護デイひまわり週5回」: its columns run together
            value_end = found[k + 1].start() if k + 1 < len(found) else line_end
            edits += _service_columns(text, m.end(), value_end, vocabulary)
        a, b = m.start(), m.end()
        number = m.group("number")
        if number is not None:
            digit = _SPOKEN_DIGITS.get(number, number)
            edits.append((m.start("number"), b, digit + ("" if text[b:b + 1] in ":：" else "：")))
            b = m.start("number")
        if a > line_start:  # the name starts a line of its own
            edits.append((a, a + 1, "\n" + text[a]))
        if number is None:
            spoken = _SPOKEN_TOPIC.match(text, b)
            if spoken:
                edits.append((b, spoken.end(), "："))
            elif text[b:b + 1] not in ":：":
                edits.append((b - 1, b, text[b - 1] + "："))
    return edits


def _service_columns(text: str, start: int, end: int, vocabulary: Vocabulary) -> list[tuple[int, int, str]]:
    """Slashes between the content, the service type, the provider and the frequency of a service value run
    together (the type is the first service type after some content, the frequency the first after the type);
    nothing when either is not found."""
    kind = vocabulary.service_type.search(text, start + 1, end)
    if kind is None:
        return []
    often = _FREQUENCY.search(text, kind.end(), end)
    if often is None:
        return []
    cuts = [kind.start(), kind.end(), often.start(), often.end()]
    cuts = sorted({c for c in cuts if start < c < end and text[c] not in "／/"})
    return [(c, c + 1, "／" + text[c]) for c in cuts]


@lru_cache(maxsize=8)
def _names_pattern(vocabulary: Vocabulary, min_length: int = _MIN_NAME_LENGTH) -> re.Pattern[str]:
    """Every field and column name of at least ``min_length`` letters (compiled once per vocabulary)."""
    names = {fold_text(name) for group in ("fields", "columns") for entry in vocabulary.raw[group].values()
             for name in entry["names"] if len(name) >= min_length and not name.isascii() and name != "サービス"}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"{_NUMBERED}|(?:{alternatives})|サービス(?=は[、,]?)")

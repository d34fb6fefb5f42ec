"""A plan exported as XML whose elements are the form's own field names (「<長期目標 期間="…">…</長期目標>」).

Care software writes such exports with the field in the tag, the text as the element's content and the
columns of a service as attributes.  Read as lines, the attributes ran into the values and the speaker of
an 意向 (「<意向 話者="本人">」) was never seen.  The markup is rewritten with :func:`.fold.rewrite` into the
lines the reader knows, keeping every value where it stands (so every span points at the user's own
characters):

* a closing tag goes; a line that holds only tags (a container, the XML declaration, a comment) goes whole;
* 「<意向 話者="本人" 方法="…">…」 → 「本人（…）：…」: the speaker is the label;
* an element whose attributes name columns of the form (種別, 事業所, 頻度 …) → 「保険給付／種別／…／サービス内容：
  ○／訪問看護／…／content」, the column names before their values (a value left empty is left out with its name);
* any other element → 「長期目標（2026-12-08〜2027-10-31）：…」: its attribute values are its bracket.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite
from .vocabulary import Vocabulary

_NAME = r"[^\s<>/!?=\"'\x00-\x7f][^\s<>/=\"']*"  # a tag name that is not ASCII: the form's own words
_TAG = re.compile(rf"<(?P<close>/?)(?P<name>{_NAME})(?P<attrs>(?:\s+[^\s=<>]+\s*=\s*\"[^\"<>]*\")*)\s*(?P<empty>/?)>")
_ATTR = re.compile(r"(?P<key>[^\s=<>]+)\s*=\s*\"(?P<value>[^\"<>]*)\"")
_MARKUP_LINE = re.compile(r"^[ \t]*(?:<\?xml[^\n]*?\?>|<!--[^\n]*?-->|</?[^<>\n]+>)*[ \t]*$", re.MULTILINE)
_SPEAKER_KEYS = ("話者", "発言者", "続柄", "speaker")
_MIN_TAGS = 5


def xml_to_lines(folded: FoldedText, vocabulary: Vocabulary) -> FoldedText:
    """``folded`` with an XML export of the form's fields turned into labelled lines, or unchanged."""
    text = folded.text
    tags = list(_TAG.finditer(text))
    if len(tags) < _MIN_TAGS or not text.lstrip().startswith("<"):
        return folded
    edits: list[tuple[int, int, str]] = []
    gone: list[tuple[int, int]] = []
    for line in _MARKUP_LINE.finditer(text):
        if line.group().strip():  # a line of tags alone: it goes with its line break
            start, end = line.start(), min(len(text), line.end() + 1)
            edits.append((start, end, ""))
            gone.append((start, end))
    for tag in tags:
        if any(a <= tag.start() < b for a, b in gone):
            continue
        edits += _tag_edits(text, tag, vocabulary)
    return rewrite(folded, edits) if edits else folded


def _tag_edits(text: str, tag: re.Match[str], vocabulary: Vocabulary) -> list[tuple[int, int, str]]:
    if tag.group("close") or tag.group("empty"):
        return [(tag.start(), tag.end(), "")]
    attrs = list(_ATTR.finditer(text, tag.start("attrs"), tag.end("attrs")))
    values = [a for a in attrs if a.group("value").strip()]
    name = tag.group("name")
    n = len(values)
    if not values:  # 「<総合的な援助の方針>…」: the name is the label
        return [(tag.start(), tag.start("name"), ""), (tag.end("name"), tag.end(), "：")]
    if attrs[0].group("key") in _SPEAKER_KEYS and values[0] is attrs[0]:  # 「本人（文字盤と視線入力）：…」
        separators = ["", "："] if n == 1 else ["", "（", *["・"] * (n - 2), "）："]
    elif all(vocabulary.header_key(v.group("key")) for v in values) and any(v.group("key") != "期間" for v in values):
        # 「保険給付／種別／事業所／頻度／期間／サービス内容：○／訪問看護／…／…」: each value under its column's name
        names = "／".join(v.group("key") for v in values) + "／サービス内容："
        separators = [names, *["／"] * (n - 1), "／"]
    else:
        separators = [name + "（", *["・"] * (n - 1), "）："]
    bounds = [tag.start(), *[x for v in values for x in (v.start("value"), v.end("value"))], tag.end()]
    edits = [(bounds[2 * k], bounds[2 * k + 1], separators[k]) for k in range(n + 1)]
    # 「2026-12-08/2027-02-28」 is one period, not two pieces of a service line
    edits += [(v.start("value") + i, v.start("value") + i + 1, "〜") for v in values
              for i, ch in enumerate(v.group("value")) if ch == "/"]
    return edits

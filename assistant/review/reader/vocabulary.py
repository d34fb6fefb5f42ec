"""The names of the plan's fields and columns (``assistant/data/rubric/plan_fields.json``), compiled for the reader.

Every name is matched on folded text (:mod:`.fold`) and tolerates whitespace
between its characters, so 「長 期 目 標」 and a label broken over two lines
(「利用者及び家族の」/「生活に対する意向」) are the same label.  Adding a spelling
is a one-line change in the JSON, measured by ``careplan-assistant eval parse``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...resources import RUBRIC_DIR
from .fold import fold_text

DEFAULT_FIELDS_FILE = RUBRIC_DIR / "plan_fields.json"

# Characters that may open a label line: bullets, boxes, arrows, brackets.
_OPENERS = r"[【\[<〔〈■□●○◆◇◎・\-*＊→⇒▼▽►▶★☆]"
# Numbering before a label: ①, 1., (1), 1) …,
# and the outline of official documents: 「第１　総合的な援助の方針」「ア　短期目標」
# 「Ⅱ．」 (folded to 「II.」), 「(b)」 and 「ア．」 as other writers number the same outline
NUMBERING = (r"(?:[①-⑳]|\(\s*\d{1,2}\s*\)|\d{1,2}\s*[.)、]|[0-9]{1,2}\s+(?=\D)|第\s*[0-9]{1,2}[ \t\u3000]+"
             r"|[アイウエオカキクケコ](?:[ \t\u3000]+|\s*[.、)])|\(\s*[a-z]\s*\)|(?:I{1,3}|IV|VI{0,3}|IX|X)\s*[.、](?!\d)"
             r"|#\s*[0-9]{1,2}[ \t\u3000]+)")
_CLOSERS = r"[】\]>〕〉]"
_OPENER_START = re.compile(rf"{_OPENERS}\s*")
_JOINER = r"[・、,や]?"
# A rule of three or more =, -, ─, ━, # or * drawn before and after a section heading
_SECTION_RULE = re.compile(r"[ \t\u3000]*(?:[=＝\-─━#＃*＊]{3,}[ \t\u3000]*)?")
_SECTION_RULE_END = re.compile(r"[ \t\u3000]*[=＝\-─━#＃*＊]{3,}[ \t\u3000]*$")
_SIGNATURE_RULE = re.compile(r"\s*(?:-{2,}|―{2,}|ー{3,}|_{3,}|={3,})\s*")
# Labels that may carry the number of their need, goal or service: 「ニーズ2」「長期目標１」「短期目標1-2」「頻度2」
_NUMBERED_KEYS = ("ニーズ", "長期目標", "短期目標", "@goal", "サービス内容", "サービス種別", "事業所", "頻度")
_LABEL_NUMBER = re.compile(r"\s*+(?:#\s*)?(?:[0-9]{1,2}(?:\s*[-－ー‐の]\s*[0-9]{1,2}){0,2}|[①-⑳]|[A-Z](?![A-Za-z]))(?=[\s:：】\]>〕〉)）(（]|$)")
_CLOSER_CHARS = "】]>〕〉"
_KANJI = re.compile(r"[\u4e00-\u9fff]")
_BRACKET = re.compile(r"\s*[(（]([^)）\n]{1,30})[)）]")
# What may follow a header name in its cell, once stripped: （1年） and a colon.  Stripping first keeps
# the match linear; three ``\s*`` in a row are cubic on a cell of spaces.
_HEADER_TAIL = re.compile(r"(?:[(（][^)）]{0,24}[)）])?\s*[:：]?")
_PARTICLE_START = re.compile(r"^(?:は|が|を|に|の|も|で|と|へ|や|から|より|について|として)")


def _strip_brackets(text: str) -> str:
    """Drop an opener at the start and a closer at the end (【ニーズ】 → ニーズ).

    Done by hand rather than with ``\\s*closer$``, which rescans every run of
    spaces to its end and is quadratic on a long line of spaces.
    """
    opener = _OPENER_START.match(text)
    if opener:
        text = text[opener.end():]
    if text and text[-1] in _CLOSER_CHARS:
        text = text[:-1].rstrip()
    return text.strip()


def name_regex(name: str) -> str:
    """A literal name as a regex over folded text: any whitespace allowed between its characters.

    In a long name the joining marks are interchangeable or absent (「セルフケアや家族の支援、インフォーマル」
    is also written 「セルフケア・家族の支援・インフォーマル」), and a closing 「サービス」 may be dropped.
    """
    chars = [c for c in fold_text(name) if not c.isspace()]
    if len(chars) < 10:
        return r"\s*".join(re.escape(c) for c in chars)
    optional_tail = "".join(chars[-4:]) == "サービス"
    if optional_tail:
        chars = chars[:-4]
    body = r"\s*".join(_JOINER if c in "・、や" else re.escape(c) for c in chars)
    return body + (r"(?:\s*サービス)?" if optional_tail else "")


def _alternatives(entries: dict[str, dict]) -> tuple[re.Pattern[str], list[str]]:
    """One regex with a named group per alternative, longest names first; and the key of each group."""
    items: list[tuple[int, str, str]] = []
    for key, entry in entries.items():
        for name in entry.get("names", []):
            items.append((len(fold_text(name)), name_regex(name), key))
        for pattern in entry.get("patterns", []):
            items.append((8, pattern, key))  # patterns rank as medium-length names
    items.sort(key=lambda item: -item[0])
    keys = [key for _, _, key in items]
    regex = "|".join(f"(?P<g{i}>{pattern})" for i, (_, pattern, _) in enumerate(items))
    return re.compile(regex), keys


@dataclass(frozen=True)
class LabelMatch:
    """A label at the start of a line: what it names, where the label ends and the value starts."""

    kind: str  # "field" | "column" | "section"
    key: str
    label_start: int
    label_end: int
    value_start: int
    bracket: tuple[int, int] | None  # a bracket right after the name: （1年） （長女） (R7.4〜R7.9)
    delimiter: str  # ":" | "tab" | "space" | "end" | "bracket" | "quote" | "arrow"


class Vocabulary:
    """Compiled field, column and section names."""

    def __init__(self, raw: dict) -> None:
        self.raw = raw
        self._sections, self._section_keys = _alternatives(raw["sections"])
        self._fields, self._field_keys = _alternatives(raw["fields"])
        self._columns, self._column_keys = _alternatives(raw["columns"])
        speakers = raw["speakers"]
        person = "|".join(name_regex(n) for n in sorted(speakers["person"], key=len, reverse=True))
        self.person_speaker = re.compile(f"(?:{person})")
        self.family_speaker = re.compile(f"(?:{speakers['family_pattern']})")
        types = sorted((fold_text(t) for t in raw["service_types"]), key=len, reverse=True)
        self.service_type = re.compile("|".join(re.escape(t) for t in types))
        self.group_headings = frozenset(fold_text(w) for w in raw["group_headings"])
        notes = "|".join(re.escape(fold_text(w)) for w in sorted(raw["note_headings"], key=len, reverse=True))
        self._note_heading = re.compile(rf"[ \t\u3000]*(?:{NUMBERING}\s*)?{_OPENERS}?\s*(?:{notes})\s*{_CLOSERS}?\s*[:：]?\s*")
        self.form_lines = re.compile("|".join(f"(?:{p})" for p in raw["form_lines"]))
        self.plan_words = re.compile("|".join(re.escape(w) for w in sorted(raw["plan_words"], key=len, reverse=True)))
        prefix = rf"^[ \t\u3000]*(?:{NUMBERING}\s*)?(?:{_OPENERS}\s*)?(?:{NUMBERING}\s*)?"
        self._prefix = re.compile(prefix)
        self._header_keys: dict[str, str | None] = {}
        self._names_by_length: dict[int, list[tuple[str, str]]] = {}
        for kind in ("columns", "fields"):
            for key, entry in raw[kind].items():
                for name in entry.get("names", []):
                    folded = _strip_brackets(fold_text(name))
                    self._names_by_length.setdefault(len(folded), []).append((folded, key))

    def note_heading(self, line: str) -> bool:
        """A line that is only 「【補足】」「■連絡事項」, or the 「--」 over a mail signature: what follows is a note
        about the plan, not its rows."""
        return bool(self._note_heading.fullmatch(line) or _SIGNATURE_RULE.fullmatch(line))

    # --- whole-cell names (table headers) -------------------------------------------------------
    def group_heading(self, cell: str) -> bool:
        """A heading over several columns of the form (「援助目標」 over 長期目標 and 短期目標)."""
        return fold_text(cell).strip() in self.group_headings

    def header_key(self, cell: str) -> str | None:
        """The column or field a header cell names, when the whole cell is that name.

        Remembered per cell text: a header is tried as one row, as the lower of two rows and as the next
        table's header, and a wide row repeats the same names; the memory is emptied when it grows large.
        """
        if not cell.strip():
            return None  # most cells of a wide empty row: skip the folding
        known = self._header_keys.get(cell, self)
        if known is not self:
            return known
        if len(self._header_keys) >= 20000:
            self._header_keys.clear()
        key = self._header_keys[cell] = self._header_key(cell)
        return key

    def _header_key(self, cell: str) -> str | None:
        text = fold_text(cell).strip().strip("|").strip()
        text = _strip_brackets(text)
        if not text:
            return None
        for pattern, keys in ((self._columns, self._column_keys), (self._fields, self._field_keys)):
            m = pattern.fullmatch(text)
            if m is None:
                m = pattern.match(text)
                if m is None or not _HEADER_TAIL.fullmatch(text[m.end():].strip()):
                    continue
            return keys[int(m.lastgroup[1:])]
        return self._misread_key(text)

    def _misread_key(self, text: str) -> str | None:
        """「長期目摽」: a column name of four or more characters with one kanji misread (a scan's OCR)."""
        if len(text) < 4:
            return None
        for name, key in self._names_by_length.get(len(text), ()):
            wrong = [(a, b) for a, b in zip(name, text, strict=True) if a != b]
            if len(wrong) == 1 and all(_KANJI.fullmatch(c) for c in wrong[0]):
                return key
        return None

    # --- labels at the start of a line ----------------------------------------------------------
    def label(self, line: str, *, prefer_columns: bool = False) -> LabelMatch | None:
        """The label a folded line starts with, if any, and where its value begins."""
        start = self._prefix.match(line).end()
        order = ((self._columns, self._column_keys, "column"), (self._fields, self._field_keys, "field"))
        if not prefer_columns:
            order = order[::-1]
        best: LabelMatch | None = None
        for pattern, keys, kind in order:
            m = pattern.match(line, start)
            if m is None:
                continue
            found = self._delimited(line, start, m.end(), kind, keys[int(m.lastgroup[1:])])
            if found and (best is None or found.label_end > best.label_end):
                best = found
        return best

    def whole_name(self, cell: str) -> LabelMatch | None:
        """The label when ``cell`` is only a field or column name (「頻度」「総合的な援助の方針」), no value after it."""
        found = self.label(cell)
        return found if found is not None and found.delimiter == "end" else None

    def section(self, line: str) -> str | None:
        """The section a heading line names (the whole line is the heading).

        A rule drawn around it (「=== 居宅サービス計画書（2） ===」「── 第3表 ──」, what plain-text exports
        print between sheets) is decoration, not part of the name.
        """
        line = line[_SECTION_RULE.match(line).end():]
        start = self._prefix.match(line).end()
        m = self._sections.match(line, start)
        if m is None:
            return None
        rest = _SECTION_RULE_END.sub("", line[m.end():]).strip()
        if rest and not re.fullmatch(rf"{_CLOSERS}?\s*(?:[(（][^)）]*[)）])?\s*[:：]?.{{0,40}}", rest):
            return None
        if rest and re.search(r"[。]", rest):
            return None
        return self._section_keys[int(m.lastgroup[1:])]

    def _delimited(self, line: str, start: int, end: int, kind: str, key: str) -> LabelMatch | None:
        bracket = None
        pos = end
        m = _BRACKET.match(line, pos)
        if m:
            bracket = (m.start(1), m.end(1))
            pos = m.end()
        # 「[Need 1]」「課題１　…」「短期目標１－２　…」: the number of the need or goal after its name
        # (possessive spaces: a long run of tabs is otherwise tried quadratically)
        numbered = key in _NUMBERED_KEYS and _LABEL_NUMBER.match(line, pos)
        if numbered and key == "@goal" and re.match(r"[\s:：→⇒]*(?:長期|短期)", line[numbered.end():]):
            return None  # 「目標①　→長期目標「…」、短期目標「…」」: a heading over goals labelled themselves
        if numbered:
            pos = numbered.end()
            m = _BRACKET.match(line, pos) if bracket is None else None
            if m:  # 「Need #1 (ニーズ1):」: the label's own words in brackets after its number
                bracket = (m.start(1), m.end(1))
                pos = m.end()
        m = re.compile(rf"\s*+{_CLOSERS}").match(line, pos)
        closed = bool(m)
        if m:
            pos = m.end()
        rest = line[pos:]
        closed = closed or line[start:end].rstrip().endswith(")")  # 「（期間）R7.4〜」
        if re.match(r"\s*[:：=]", rest):  # 「本人の意向＝「…」」: an equals sign (folded from ＝) as a colon
            value = pos + len(re.match(r"\s*[:：=]\s*", rest).group(0))
            if re.fullmatch(rf"\s*{_CLOSERS}\s*", line[value:]):  # 「【本人の意向：】」: the value is on the next line
                return LabelMatch(kind, key, start, end, len(line), bracket, "end")
            return LabelMatch(kind, key, start, end, value, bracket, ":")
        if rest.startswith("\t"):
            return LabelMatch(kind, key, start, end, pos + len(rest) - len(rest.lstrip()), bracket, "tab")
        leader = re.match(r"\s*(?:…+|\.{3,}|・{3,})\s*", rest)  # 「目標（長期）…杖で歩ける」: a leader, as a colon
        if leader:
            return LabelMatch(kind, key, start, end, pos + leader.end(), bracket, ":")
        if not rest.strip():
            if numbered and not closed:
                return None  # 「課題1」 alone points back to need 1; it does not open a new one
            return LabelMatch(kind, key, start, end, len(line), bracket, "end")
        if closed:
            if _PARTICLE_START.match(rest.lstrip()):
                return None  # 「生活全般の解決すべき課題（ニーズ）と目標」: a heading naming the column, no value
            return LabelMatch(kind, key, start, end, pos + len(rest) - len(rest.lstrip()), bracket, "bracket")
        if rest[0] in "「『":  # 「ニーズ「…」」「本人の意向「…」」
            return LabelMatch(kind, key, start, end, pos, bracket, "quote")
        arrow = re.match(r"\s*[→⇒]\s*", rest)
        if arrow:  # 「長期→…」 in notes typed in a hurry
            return LabelMatch(kind, key, start, end, pos + arrow.end(), bracket, "arrow")
        if rest[0] in " \u3000" or (bracket and key in ("長期目標", "短期目標", "@goal")):
            value = rest.lstrip()
            # 「目標２　調理を…」: a numbered 目標 is a label before a space as well
            if _PARTICLE_START.match(value) or (len(fold_text(line[start:end]).replace(" ", "")) < 3
                                               and not (numbered and key == "@goal")
                                               and not self._short_label_value_ok(key, value)):
                return None
            return LabelMatch(kind, key, start, end, pos + len(rest) - len(value), bracket, "space")
        return None

    @staticmethod
    def _short_label_value_ok(key: str, value: str) -> bool:
        """Two-character labels (頻度, 期間, 種別, 本人 …) take a space delimiter only before a value of their shape."""
        shapes = {
            "頻度": r"(?:週|月|毎|日|随時|必要時|適宜|隔週|年|[0-9])",
            "@period": r"(?:[RrHh]\s*[0-9]|令和|平成|[0-9]|\d{4}|~|〜)",
            "サービス種別": r"(?:訪問|通所|短期|福祉|住宅|居宅|小規模|定期|夜間|認知症|デイ|ショート|ヘルパー)",
        }
        shape = shapes.get(key)
        if key in ("事業所", "保険給付対象"):  # ※1 / ※2: distinctive enough to take any value
            return True
        return bool(shape and re.match(shape, value))


@lru_cache(maxsize=4)
def load_vocabulary(path: Path = DEFAULT_FIELDS_FILE) -> Vocabulary:
    return Vocabulary(json.loads(path.read_text(encoding="utf-8")))

"""Detect a Japanese guideline's heading system in its lines: 第1章／１／（１）／①／ア／○, ◀ポイント▶, 附則, 別表.

The styles are data (``assistant/data/ingest/headings.json``).  Documents do
not agree on which style sits above which (one puts （１） under １, another
starts at （１）), so levels are not fixed: a style seen for the first time
nests under the heading above it, and a style already open closes everything
below it.  附則 and 別表 go back to the top.  ◀ポイント▶-style boxes and ○
items belong to the heading above them without opening a level.  A numbered
line that is a sentence (ends with 。 or is long) is a numbered paragraph: its
words are the clause's text, not a heading.

The result names source line numbers only; :mod:`.clauses` turns it into the
corpus's clauses.  No heading at all → the caller falls back to paragraphs.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...resources import INGEST_DIR
from ..textnorm import strip_ws

_KANA = "アイウエオカキクケコサシスセソタチツテト"
_KANJI = "一二三四五六七八九"
_SENTENCE_END = ("。", "：", "▶")
_PARAGRAPH_MARK = re.compile(r"^[・①-⑳]")
# A number as labels show it: 「4（1）②」, whichever widths the document used.
_MARKER_WIDTHS = str.maketrans("０１２３４５６７８９()", "0123456789（）", " \u3000．.、")


@dataclass(frozen=True)
class Style:
    """One heading style: its key, how it nests (``kind``), its clause-id prefix and its pattern."""

    key: str
    kind: str  # heading | top | block | item
    id: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class HeadingRules:
    styles: tuple[Style, ...]
    max_heading_chars: int
    unfinished_endings: str

    def is_sentence(self, title: str) -> bool:
        """A numbered line that is a sentence (numbered paragraph), not a heading."""
        return (title.endswith("。") or len(title) > self.max_heading_chars
                or (bool(title) and title[-1] in self.unfinished_endings))

    def match(self, line: str) -> tuple[Style, re.Match[str]] | None:
        for style in self.styles:
            found = style.pattern.match(line)
            if found:
                return style, found
        return None


@lru_cache(maxsize=4)
def load_rules(path: Path = INGEST_DIR / "headings.json") -> HeadingRules:
    raw = json.loads(path.read_text(encoding="utf-8"))
    styles = tuple(Style(s["key"], s["kind"], s["id"], re.compile(s["pattern"])) for s in raw["styles"])
    return HeadingRules(styles, int(raw["max_heading_chars"]), raw["unfinished_endings"])


@dataclass
class Section:
    """One clause in the making: its place in the outline and the source lines it owns (1-based)."""

    rel_id: str
    kind: str  # heading | block | item | preamble | paragraph
    style: str
    number: str
    title: str
    path: tuple[str, ...]
    heading_line: int | None  # the line shown as the clause's heading; None for a numbered paragraph
    body: list[int] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        return self.heading_line or self.body[0]


@dataclass
class Outline:
    sections: list[Section]
    preamble: list[Section]
    fallback: bool  # no heading found: the whole document is paragraphs

    @property
    def all(self) -> list[Section]:
        return sorted(self.preamble + self.sections, key=lambda s: s.first_line)


def ordinal(number: str) -> str:
    """The number of a heading as ASCII digits (１→1, ①→1, 十二→12, ア→1), for clause ids."""
    number = number.strip()
    if not number:
        return ""
    folded = unicodedata.normalize("NFKC", number)
    if folded.isdigit() and number[0] not in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳":
        return str(int(folded))
    if len(number) == 1 and "①" <= number <= "⑳":
        return str(ord(number) - ord("①") + 1)
    if number in _KANA:
        return str(_KANA.index(number) + 1)
    tens, _, ones = number.rpartition("十")
    if "十" in number:
        return str((_KANJI.index(tens) + 1 if tens else 1) * 10 + (_KANJI.index(ones) + 1 if ones else 0))
    return str(_KANJI.index(number) + 1) if number in _KANJI else strip_ws(number)


def detect_outline(lines: list[str], rules: HeadingRules | None = None) -> Outline:
    """Sections for every heading line, body lines to the heading above them, paragraphs before the first."""
    rules = rules or load_rules()
    stack: list[tuple[str, Section]] = []
    sections: list[Section] = []
    before: list[int] = []
    current: Section | None = None
    used: set[str] = set()
    children: dict[str, int] = {}
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            continue
        found = rules.match(line)
        if found is None:
            (current.body if current else before).append(n)
            continue
        style, match = found
        if style.kind == "top":
            stack.clear()
        elif style.kind == "heading":
            keys = [key for key, _ in stack]
            if style.key in keys:
                del stack[keys.index(style.key):]
        parent = stack[-1][1] if stack else None
        current = _section(n, line, style, match, parent, rules, used, children)
        sections.append(current)
        if style.kind in ("heading", "top"):
            stack.append((style.key, current))
    if not sections:
        return Outline([], paragraphs(lines, before, "p", "paragraph"), fallback=True)
    return Outline(sections, paragraphs(lines, before, "preamble/p", "preamble"), fallback=False)


def _section(n: int, line: str, style: Style, match: re.Match[str], parent: Section | None, rules: HeadingRules,
             used: set[str], children: dict[str, int]) -> Section:
    title = (match.group("title") or "").strip()
    marker = line[:match.start("title")].strip() if match.group("title") is not None else line
    sentence = style.kind != "block" and rules.is_sentence(title)
    shown = title[:20].rstrip("。、") + "…" if sentence else title  # a numbered paragraph is named by its first words
    base = parent.rel_id if parent else ""
    if style.kind in ("block", "item"):
        key = f"{base}/{style.kind}"
        children[key] = children.get(key, 0) + 1
        seg = style.id if style.kind == "block" and children[key] == 1 else f"{style.id}-{children[key]}"
        rel_id = f"{base}/{seg}" if base else seg
        number = parent.number if parent else ""
        if style.kind == "block":
            shown = f"{parent.title} {title}".strip() if parent else title
        else:
            shown = f"{parent.title} ○{shown}".strip() if parent else f"○{shown}"
    else:
        seg = style.id + ordinal(match.group("n") or "") or style.key
        rel_id = f"{base}-{seg}" if base else seg
        joiner = " " if parent and parent.number.endswith(("章", "節", "部", "編", "則", "表")) else ""
        number = (parent.number + joiner if parent else "") + marker.translate(_MARKER_WIDTHS)
    unique, k = rel_id, 1
    while unique in used:
        k += 1
        unique = f"{rel_id}_{k}"
    used.add(unique)
    path = (parent.path if parent else ()) + (line if not sentence else f"{marker} {shown}".strip(),)
    section = Section(unique, style.kind if style.kind != "top" else "heading", style.key, number, shown, path,
                      None if sentence else n)
    if sentence:
        section.body.append(n)
    return section


def paragraphs(lines: list[str], numbers: list[int], prefix: str, kind: str) -> list[Section]:
    """Group lines into paragraphs: a paragraph ends after a sentence end, at a blank line,
    or before an indented or bulleted line (how :func:`..textnorm.clean_lines` would break them)."""
    groups: list[list[int]] = []
    previous: int | None = None
    for n in numbers:
        raw = lines[n - 1]
        stripped = raw.strip()
        starts = raw[:1] in (" ", "\u3000", "\t") or bool(_PARAGRAPH_MARK.match(stripped))
        gap = previous is not None and any(not lines[i - 1].strip() for i in range(previous + 1, n))
        if not groups or starts or gap or lines[previous - 1].strip().endswith(_SENTENCE_END):
            groups.append([n])
        else:
            groups[-1].append(n)
        previous = n
    return [Section(f"{prefix}{i}", kind, kind, "", f"第{i}段落", (), None, group) for i, group in enumerate(groups, 1)]

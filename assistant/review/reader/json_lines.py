"""A plan exported as JSON: its ``"key": "value"`` lines read as the label lines they stand for.

Care software that exports a plan as JSON writes one field per line::

    "目標": [
      {
        "目標": "買い物に一人で行ける",
        "期間": "R9.4～R9.9"
      },

The quotes, the colon between them and the trailing comma are syntax; the key is the field's name.
Each such line becomes 「目標：買い物に一人で行ける」, a key opening an object or a list becomes a
heading line, and the braces and brackets become blank lines, which end the record above them — so
the line reader sees the key-value blocks it already knows.  The text is not parsed as JSON (a
pasted fragment or a missing comma must still be read); offsets still point at the user's characters.
"""

from __future__ import annotations

import re

from .fold import FoldedText, rewrite

_PAIR = re.compile(r'^(?P<indent>[ \t]*)"(?P<key>[^"\n]{1,60})"[ \t]*:[ \t]*'
                   r'(?:"(?P<value>(?:[^"\\\n]|\\.)*)"|(?P<bare>-?[0-9.]+|true|false|null)|(?P<open>[\[{]))'
                   r'[ \t]*(?P<close>[\]}])?[ \t]*,?[ \t]*$', re.MULTILINE)
_BRACE = re.compile(r"^[ \t]*[\[{\]}][ \t]*[\]}]?[ \t]*,?[ \t]*$", re.MULTILINE)
_MIN_PAIRS = 5  # a line or two in quotes is prose; an export has many


def json_to_lines(folded: FoldedText) -> FoldedText:
    """``folded`` with JSON syntax taken out, when it looks like a JSON export (else unchanged)."""
    text = folded.text
    if not text.lstrip().startswith(("{", "[")):
        return folded
    pairs = list(_PAIR.finditer(text))
    if len(pairs) < _MIN_PAIRS:
        return folded
    edits: list[tuple[int, int, str]] = []
    for m in pairs:
        key_quote = m.start("key") - 1
        edits.append((key_quote, m.start("key"), ""))
        if m.group("value") is not None:
            # 「"キー": "値",」 → 「キー：値」
            edits.append((m.end("key"), m.start("value"), "："))
            edits.append((m.end("value"), m.end(), ""))
        elif m.group("bare") is not None:
            edits.append((m.end("key"), m.start("bare"), "："))
            if m.end() > m.end("bare"):
                edits.append((m.end("bare"), m.end(), ""))
        else:  # 「"目標": [」 or 「"目標": []」: a heading over the records below, or an empty list
            empty = m.group("close") is not None
            edits.append((m.end("key"), m.end(), "：[]" if empty else ""))
    for m in _BRACE.finditer(text):
        if m.end() > m.start():
            edits.append((m.start(), m.end(), ""))
    return rewrite(folded, edits)

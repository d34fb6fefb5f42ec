"""A plan exported as key=value lines, as care software writes its text exports::

    意向.本人=…
    課題[1]=股関節の痛みで…
    課題[1].長期目標=杖を使って…
    課題[1].長期目標.期間=2026-12/2027-11
    課題[1].サービス[2].頻度=月1回

Read line by line, nothing here is a label the reader knows, and the plan came out as prose with no
need, goal or service.  The key says where each value belongs: its last name is the column or field
(「頻度」, 「長期目標」; 「期間」 belongs to the goal or service before it), its indices are the row number
(``課題[1].サービス[2]`` is row ``(1, 2)``).  Rows then go through the same numbered-row assembly as a
table pasted column by column.  A key whose name the vocabulary does not know stays read text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .builder import PlanBuilder
from .column_major import emit_numbered_rows
from .columns import looks_like_plan_header
from .lines import Line
from .vocabulary import Vocabulary

# 「課題[1].サービス[2].頻度=月1回」: a key of names and indices, then the value (bounded: linear on any line)
KEY_VALUE_LINE = re.compile(r"[ \t]{0,8}(?P<key>[^=\s#][^=\n]{0,80}?)[ \t]{0,8}=[ \t]{0,8}")
_SEGMENT = re.compile(r"(?P<name>[^.\[\]]{1,30})(?:\[(?P<index>[0-9]{1,3})\])?")
_MIN_KEYS = 5  # fewer key=value lines are a note such as 「体重=52kg」, not an export
_SERVICE_CHILDREN = {"内容": "サービス内容", "保険": "保険給付対象"}


@dataclass
class KeyValues:
    keys: list[str] = field(default_factory=list)  # row columns, in the order they first appear
    cells: dict[str, dict[tuple[int, ...], tuple[int, int]]] = field(default_factory=dict)
    fields: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    labels: list[tuple[int, int]] = field(default_factory=list)
    texts: list[tuple[int, int]] = field(default_factory=list)  # lines whose key names nothing known


def _parse_key(key: str) -> tuple[list[str], tuple[int, ...]] | None:
    names, indices = [], []
    for part in key.split("."):
        m = _SEGMENT.fullmatch(part.strip())
        if m is None:
            return None
        names.append(m.group("name").strip())
        if m.group("index"):
            indices.append(int(m.group("index")))
    return names, tuple(indices)


def _column(names: list[str], vocabulary: Vocabulary) -> str | None:
    """The 第2表 column a key's names point to: 「頻度」, 「長期目標」+「期間」 → 長期目標期間, 「サービス」+「内容」."""
    last = names[-1]
    parent = _known(names[-2], vocabulary, "column") if len(names) >= 2 else None
    if last == "期間" and parent:
        return parent + "期間" if parent in ("長期目標", "短期目標") else "サービス期間"
    if parent == "サービス内容" and last in _SERVICE_CHILDREN:
        return _SERVICE_CHILDREN[last]
    return _known(last, vocabulary, "column")


def _field(names: list[str], vocabulary: Vocabulary) -> str | None:
    """The 第1表 field a key without indices names: 「課題分析」, 「意向.本人」 → 本人の意向."""
    candidates = ["".join(names), names[-1]]
    if len(names) >= 2:
        candidates += [names[-1] + "の" + names[-2], names[-2] + "の" + names[-1]]
    return next((key for c in candidates if (key := _known(c, vocabulary, "field"))), None)


def _known(name: str, vocabulary: Vocabulary, kind: str) -> str | None:
    label = vocabulary.label(name, prefer_columns=kind == "column")
    if label is None or label.kind != kind or name[label.value_start:].strip(" :："):
        return None
    return label.key


def detect_key_values(lines: list[Line], j: int, vocabulary: Vocabulary) -> tuple[KeyValues | None, int]:
    """The key=value export starting at line ``j`` (None when the lines there are not one) and the line
    after the key=value lines looked at, so a caller never scans the same run twice."""
    found = KeyValues()
    k, count = j, 0
    while k < len(lines):
        line = lines[k]
        if line.blank or line.text.lstrip().startswith("#"):
            found.labels.append((line.start, line.end))
            k += 1
            continue
        m = KEY_VALUE_LINE.match(line.text)
        parsed = _parse_key(m.group("key")) if m else None
        if parsed is None:
            break
        count += 1
        names, number = parsed
        value = (line.start + m.end(), line.end)
        found.labels.append((line.start, line.start + m.end()))
        column = _column(names, vocabulary) if number else None
        if column:
            if column not in found.cells:
                found.keys.append(column)
                found.cells[column] = {}
            found.cells[column][number] = value
        elif not number and (key := _field(names, vocabulary)):
            found.fields.append((key, value))
        else:
            found.texts.append(value)
        k += 1
    if count < _MIN_KEYS or len(found.keys) < 3 or not looks_like_plan_header(found.keys):
        return None, k
    return found, k


def read_key_values(found: KeyValues, builder: PlanBuilder, vocabulary: Vocabulary, *, yobo: bool) -> None:
    for start, end in found.labels:
        builder.label(start, end)
    for key, (start, end) in found.fields:
        builder.field(key, builder.span(start, end), keep_open=False)
    for start, end in found.texts:
        builder.free(builder.span(start, end))
    emit_numbered_rows(found.keys, [found.cells[k] for k in found.keys], builder, vocabulary, yobo=yobo,
                       source="key=value")

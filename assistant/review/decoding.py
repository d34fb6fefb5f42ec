"""Bytes of a text plan file → text: UTF-8 (with or without BOM), UTF-16 with a BOM, CP932.

Care software and old Windows editors leave a stray NUL or escape byte in an
otherwise ordinary file.  Refusing such a file as "binary" loses the user's
work, so a few control characters are removed and the user is told how many;
only a file where they are common (an image, a PDF, a zip renamed ``.txt``)
is refused.  Form feeds and vertical tabs (page breaks from PDF or word
processors) become line breaks and are not counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .parse import PlanInputError

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Control characters that carry no text; tab, line feed and carriage return are text.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
_PAGE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
# Signatures of files that are not text whatever their suffix says.
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")


@dataclass(frozen=True)
class DecodedText:
    """The text of a file and what the user should know about how it was read."""

    text: str
    notices: tuple[str, ...] = ()


def too_many_controls(count: int, length: int) -> bool:
    """More than 1% of the characters (and more than two) are control characters: not a text file."""
    return count > 2 and count * 100 > length


def decode_text(data: bytes, name: str) -> DecodedText:
    """Decode a text file; stray control characters are removed with a notice, binary files refused."""
    binary = PlanInputError(f"「{name}」は文章ではなくバイナリデータのようなので、"
                            ".txt / .md / .csv / .tsv の文章か .docx / .xlsx / .pdf のファイルを選んでください。")
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _unknown_encoding(name) from exc
        return _without_controls(text, name, binary)
    if data.startswith(_BINARY_MAGIC) or too_many_controls(len(_CONTROL_BYTES.findall(data)), len(data)):
        raise binary
    # In UTF-8 and CP932 a byte below 0x20 is never part of a multi-byte character, so removing the
    # control bytes before decoding cannot break a character.
    stripped = _CONTROL_BYTES.sub(b"", data)
    for encoding in ("utf-8-sig", "cp932"):
        try:
            text = stripped.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _with_notice(text.translate(_PAGE_BREAKS), len(data) - len(stripped), name)
    raise _unknown_encoding(name)


def _without_controls(text: str, name: str, binary: PlanInputError) -> DecodedText:
    text = text.translate(_PAGE_BREAKS)
    found = len(_CONTROLS.findall(text))
    if too_many_controls(found, len(text)):
        raise binary
    return _with_notice(_CONTROLS.sub("", text), found, name)


def _with_notice(text: str, removed: int, name: str) -> DecodedText:
    if not removed:
        return DecodedText(text)
    return DecodedText(text, (f"「{name}」にあった文字として読めない制御文字（NUL・ESC など）{removed}個を取り除いて読み込みました。",))


def _unknown_encoding(name: str) -> PlanInputError:
    return PlanInputError(f"「{name}」の文字コードを判別できないため、UTF-8 または Shift_JIS で保存し直してください。")


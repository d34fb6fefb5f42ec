"""A printed 第1表 copied as text: the field name wrapped down a narrow left column, its value to the right.

    ③利用者及び家族の
      生活に対する意向を      本人：「…書道
      踏まえた課題分析の結果  教室を、年明けにはまた始めたい」

No line holds the whole name, so the reader saw no label and the 意向 was never read.  The pieces of the
name down the left column are joined with :func:`.fold.rewrite`: the first piece (with any pieces right
below it that stand alone on their lines) is rewritten into the whole name, whose characters point at those
pieces; a piece beside a value is the label's word and is taken out with its gap (the value keeps its own
offsets).  The value then stands under its label as a 「③利用者及び家族の…結果」 line over the value lines.
A run of pieces is taken only when together they spell a field name the vocabulary knows, piece by piece,
and some of them stand beside a value (a name on two lines over its value is read as it is).
"""

from __future__ import annotations

import re

from .fold import FoldedText, fold_text, rewrite
from .vocabulary import Vocabulary

# a piece of the name at the left margin, then a wide gap (or the line's end), then the value
_PIECE = re.compile(r"^(?P<indent>[ \t]{0,4})(?P<piece>[^\s][^ \t\u3000\n]*?)(?:(?P<gap>[ \t\u3000]{2,}|\u3000)(?P<value>\S[^\n]*)?)?[ \t]*$",
                    re.MULTILINE)
_NUMBER = re.compile(r"^(?:[①-⑳]|[0-9]{1,2}[.．)）]?)")
_MIN_PIECES = 2


def joined_labels(folded: FoldedText, vocabulary: Vocabulary) -> FoldedText:
    """``folded`` with each field name wrapped down the left column joined onto its first line, or unchanged."""
    text = folded.text
    names = _field_names(vocabulary)
    lines = list(_PIECE.finditer(text))
    edits: list[tuple[int, int, str]] = []
    k = 0
    while k < len(lines):
        run = _run(text, lines, k, names)
        if run is None:
            k += 1
            continue
        pieces = lines[k:k + run]
        k += run
        if not any(m.group("value") for m in pieces):
            continue  # 「③利用者及び家族の⏎生活に対する意向」 over its value: a label on two lines, read as it is
        name = "".join(m.group("piece") for m in pieces)
        # the first piece becomes the whole name, with the pieces on the lines below that hold nothing else
        # (its characters point at all of them); a piece beside a value is taken out with its gap
        alone = 1
        while alone < len(pieces) and not pieces[alone].group("value") and not pieces[alone - 1].group("value"):
            alone += 1
        edits.append((pieces[0].start("piece"), pieces[alone - 1].end("piece"), name))
        for m in pieces[alone:]:
            end = m.start("value") if m.group("value") else m.end("piece")
            edits.append((m.start("piece"), end, ""))
        first = pieces[alone - 1]
        if first.group("value"):  # the value beside the name goes below it, as the field's first line
            edits.append((first.end("piece"), first.start("value"), "\n"))
    return rewrite(folded, edits) if edits else folded


def _run(text: str, lines: list[re.Match[str]], k: int, names: list[str]) -> int | None:
    """How many lines from ``k`` (consecutive) carry the pieces of one field name, or None."""
    joined = ""
    for n in range(k, len(lines)):
        if n > k and text.count("\n", lines[n - 1].end(), lines[n].start()) != 1:
            return None
        piece = fold_text(lines[n].group("piece"))
        joined += _NUMBER.sub("", piece) if n == k else piece
        if not any(name.startswith(joined) for name in names):
            return None
        if n - k + 1 >= _MIN_PIECES and joined in names:
            return n - k + 1
    return None


def _field_names(vocabulary: Vocabulary) -> list[str]:
    """Every 第1表 field name of the vocabulary, folded, without spaces."""
    return [re.sub(r"\s", "", fold_text(name)) for entry in vocabulary.raw["fields"].values()
            for name in entry.get("names", []) if len(name) >= 6]

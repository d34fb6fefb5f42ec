""".pdf → the plain text the reader takes, from the PDF's text layer (pypdf).

Plans often arrive as PDFs printed from care-management software; those carry
their text, and the reader reads it as it reads a paste.  A scanned plan is
only pictures of pages, and an encrypted one cannot be opened without its
password: both get a Japanese sentence saying what to do instead of an empty
review.  The work is bounded like the Word and Excel readers: the upload is
already capped in bytes, pypdf caps each decompressed stream, and here the
pages and the characters produced are capped before the plan's own length check.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from .containers import unreadable
from .parse import MAX_PLAN_CHARS, PlanInputError

PDF = "PDF"


@dataclass(frozen=True)
class PdfLimits:
    """How much of a PDF is read: a care plan is a few pages (第1表〜第3表)."""

    max_pages: int = 50
    max_chars: int = 10 * MAX_PLAN_CHARS  # text produced, before the plan's own length check


def pdf_text(data: bytes, name: str, limits: PdfLimits = PdfLimits()) -> str:
    """The text layer of every page, pages separated by a line break.

    A PDF protected only against editing (an empty user password) opens as usual;
    one that needs a password to be read is refused.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PlanInputError(f"「{name}」はパスワードで保護されているため読み込めません。"
                                 "保護を外して保存し直すか、本文をコピーして貼り付けてください。")
        pages = reader.pages
        if len(pages) > limits.max_pages:
            raise PlanInputError(f"「{name}」は{limits.max_pages}ページを超えているため、ケアプランのページだけを"
                                 "別の PDF にするか、本文をコピーして貼り付けてください。")
        texts: list[str] = []
        chars = 0
        for page in pages:
            text = page.extract_text() or ""
            chars += len(text) + 1
            if chars > limits.max_chars:
                raise PlanInputError(f"「{name}」は文字が{limits.max_chars:,}文字を超えているため、ケアプランのページだけを"
                                     "別の PDF にするか、本文をコピーして貼り付けてください。")
            texts.append(text)
    except PlanInputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, NotImplementedError) as exc:
        raise unreadable(name, PDF) from exc
    text = "\n".join(texts)
    if not text.strip():
        raise PlanInputError(f"「{name}」には文字の情報がありません（スキャンした画像の PDF のようです）。"
                             "作成したソフトから PDF を出し直すか、Word・Excel のファイルを選ぶか、本文を貼り付けてください。")
    return text

"""The reader's front door: check the text, read it (:mod:`.reader`), summarise what was read.

Nothing is dropped: a line that matches no label is either the continuation
of the field above it or free text, and free text in a plan that otherwise
has structure is reported as *unread* (「欄を特定できなかった行」) — the checks
still read it, and the user is told.  Labels, headings and layout are the only
characters not inside some span.
"""

from __future__ import annotations

import re

from .outline import plan_table
from .plan import CarePlan
from .reader.vocabulary import load_vocabulary

MAX_PLAN_CHARS = 30_000
# Text with no plan field, heading or table is still a plan when it reads like one: a visit record or a
# note in prose (「80代女性、要介護2…長期目標は…」).  It must then be long enough to say something and use
# the words care plans are written in, at least two different ones — a greeting or a paragraph about
# anything else has none.
MIN_PROSE_PLAN_CHARS = 20
MIN_PLAN_WORDS = 2
NOT_A_PLAN = (
    "ケアプランとして読み取れませんでした。第1表（利用者及び家族の生活に対する意向、総合的な援助の方針）や"
    "第2表（生活全般の解決すべき課題（ニーズ）、長期目標・短期目標、サービス内容・種別・頻度）を貼り付けるか、"
    "ケアプランのファイルを選んでください。"
)


class PlanInputError(ValueError):
    """The text cannot be reviewed; the message tells the user why, in Japanese."""


# --- input checks ------------------------------------------------------------------------------
def check_plan_text(text: object) -> str:
    """Reject what cannot be a plan, with a message the user can act on.

    The checks run cheapest first and the length before anything that walks the text, so a huge
    paste costs no more than its length; a non-string (a number or a list sent through the API)
    is a message, not a Python error.  Stray control characters are not removed here — positions
    in the review point into the text as given — but a file reader removes them with a notice
    (:mod:`.decoding`).
    """
    if text is not None and not isinstance(text, str):
        raise PlanInputError("ケアプランの本文は文字列で渡してください（ファイルの場合は .txt / .docx / .xlsx / .csv / .pdf を読み込んでください）。")
    if text is None or not text.strip():
        raise PlanInputError("ケアプランの本文が空です。第1表・第2表の内容を貼り付けるか、ファイルを選んでください。")
    if len(text) > MAX_PLAN_CHARS:
        raise PlanInputError(
            f"ケアプランが長すぎます（{len(text):,}文字）。一度に点検できるのは{MAX_PLAN_CHARS:,}文字までです。"
            "利用者ごと、または第1表・第2表ごとに分けてください。入力した文章はそのまま残っています。"
        )
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r") or ch == "\ufffd")
    if "\x00" in text or controls > max(3, len(text) // 100):
        raise PlanInputError(
            "文字化けまたはバイナリデータのようで、ケアプランとして読み取れません。"
            "文章を貼り付けるか、.txt / .docx / .xlsx / .csv / .pdf のファイルを選んでください。"
        )
    return text


def parse_plan(text: str, source_name: str | None = None) -> CarePlan:
    """Parse pasted or loaded plan text; raises :class:`PlanInputError` when it is unusable."""
    from .reader import read_plan

    check_plan_text(text)
    plan = read_plan(text, source_name)
    if not recognised_as_plan(plan):
        raise PlanInputError(NOT_A_PLAN)
    return plan


def recognised_as_plan(plan: CarePlan) -> bool:
    """Whether the read text is a care plan at all, so that a greeting gets a message instead of findings.

    Any field, heading, section or table row the reader recognised makes it a plan.  With none, the
    text is prose: a visit record is reviewed (its sentences are free text the checks read), but only
    when it is long enough and uses care-plan words; otherwise every "not written" check would fire
    on, say, 「こんにちは」.
    """
    if plan.rows or plan.fields or plan.labels or plan.sections:
        return True
    body = re.sub(r"\s", "", plan.text)
    words = load_vocabulary().plan_words  # plan_fields.json: the words a care-plan text uses
    return len(body) >= MIN_PROSE_PLAN_CHARS and len(set(words.findall(body))) >= MIN_PLAN_WORDS


_LAYOUT_NAMES = {
    "table:tab": "タブ区切りの表", "table:pipe": "罫線（|）の表", "table:space": "空白でそろえた表",
    "table:pdf": "1行に1マスの表（PDF のコピー）", "labels": "見出し付きの文章", "bullet": "箇条書き",
    "grid": "第3表の週間表", "csv": "ケアプランデータ連携 CSV", "table:columns": "列ごとに貼り付けた表",
}


def parse_summary(plan: CarePlan) -> dict:
    """What was recognised, as counts and as short Japanese sentences for the UI."""
    needs, longs, shorts = (len(plan.column_spans(c)) for c in ("ニーズ", "長期目標", "短期目標"))
    services = len(plan.service_rows())
    counts = {key: len(spans) for key, spans in plan.fields.items() if spans}
    layouts = sorted({r.source for r in plan.rows if r.source in _LAYOUT_NAMES})
    messages = []
    form = {"居宅": "居宅サービス計画書", "予防": "介護予防サービス・支援計画書"}.get(plan.form)
    if form:
        messages.append(f"{form}として読み取りました。")
    if counts:
        messages.append("認識した項目: " + "・".join(counts) + "。")
    if plan.rows:
        messages.append(f"第2表（支援計画）: ニーズ{needs}件、長期目標{longs}件、短期目標{shorts}件、サービス{services}件。")
    if layouts:
        messages.append("読み取った形: " + "・".join(_LAYOUT_NAMES[k] for k in layouts) + "。")
    if any(r.derived.get("頻度") for r in plan.rows):
        messages.append("頻度の書かれていないサービスには、第3表の週間表から数えた回数を当てています。")
    if plan.input_format != "prose" and not (needs or longs or shorts or services):
        messages.append("ニーズ・目標・サービスの欄は読み取れませんでした。")
    if plan.input_format == "prose":
        messages.append("見出しのない文章として読みました。ニーズ・目標・サービスの欄は特定できていません。")
    elif plan.unread:
        messages.append(f"欄を特定できなかった行が{len(plan.unread)}件あります（自由記述として読みました）。")
    return {
        "form": plan.form,
        "input_format": plan.input_format,
        "layouts": layouts,
        "fields": counts,
        "rows": len(plan.rows),
        "needs": needs,
        "long_goals": longs,
        "short_goals": shorts,
        "services": services,
        "free_text": len(plan.free_text),
        "unread": [s.to_dict() for s in plan.unread],
        "table": plan_table(plan),
        "confidence": dict(plan.confidence),
        "messages": messages,
    }

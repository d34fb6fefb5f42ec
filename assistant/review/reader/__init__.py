"""The plan reader: pasted or uploaded text → :class:`~assistant.review.plan.CarePlan`, every offset exact.

The data path, one module per job:

* :mod:`.fold` — width and compatibility folding with an offset map, and ``rewrite`` for the layout
  rewrites that turn a paste the line reader does not know into one it does (offsets kept):
  :mod:`.ocr_confusions` (「サ一ビス」 of a scanned fax),
  :mod:`.emoji_marks` (「🔶 ニーズ①」), :mod:`.message_parts` (「(2/5)」 of a text sent in parts), :mod:`.english_glosses` (「Client (本人):」),
  :mod:`.json_lines` (a JSON export),
  :mod:`.html_source` (HTML source),
  :mod:`.xml_elements` (XML named after the form's fields), :mod:`.wide_record` (a plan exported as one record),
  :mod:`.quoted_mail` (「> 」 of a reply), :mod:`.tree_lines` (a tree
  view's branches), :mod:`.ruled_tables` (one-column boxes of a ruled print), :mod:`.tracked_changes`
  (「[削除：…]」 accepted), :mod:`.web_cells` (a web table one cell per line), :mod:`.paragraphs` (a blank
  line after every line, or under every label), :mod:`.revision` (the 変更後 column of a 新旧対照表),
  :mod:`.revision_marks` (【前回】/【今回】 entries line by line),
  :mod:`.abbreviations` (a memo's own 「略：目生＝目標とする生活」), :mod:`.outline_numbers` (「1-1-1」 outlines),
  :mod:`.runon` (fields run together in one line), :mod:`.label_tables` (a 第1表 as 「| 項目 | 内容 |」 rows),
  :mod:`.item_rows` (an export of one item per row: 区分／番号／項目／内容), :mod:`.audit_sheet` (a ケアプラン点検
  worksheet: the plan under 「計画書の記載」), :mod:`.wrapped_labels` (a field name wrapped down a print's left column),
  :mod:`.dictation` (voice memos and chat logs), :mod:`.keyed_lists` (needs, goals and services listed
  apart and tied by key);
* :mod:`.vocabulary` — the field and column names (``assistant/data/rubric/plan_fields.json``);
* :mod:`.document` — the line-by-line loop: headings, tables, the week grid, continuation lines, with
  :mod:`.labels` (labels and values), :mod:`.service_lines` (numbered needs, bullets, attribute lines),
  :mod:`.speech` (speakers) and :mod:`.prose` (goals in notes); :mod:`.pieces` holds their text helpers;
* :mod:`.tables` / :mod:`.columns` — tab, pipe, slash, space and PDF tables, and :mod:`.ruled_tables` (「│…│」 prints);
  :mod:`.transposed` — a 第2表 on its side (field names down the first column, a need per column);
* :mod:`.week` — the 第3表 week grid;
* :mod:`.speakers`, :mod:`.cells`, :mod:`.roles` — who speaks, what a cell is, what a row places;
* the page's furniture, read as labels and never as plan text: a screen's menu (:mod:`.screen_menu`), a
  worksheet's questions (:mod:`.audit_sheet`), the previous plan's lines (:mod:`.revision_marks`);
* :mod:`.builder` — assembles the plan in reading order; :mod:`.numbered_cells` splits a block of label lines
  that numbers its services (「サービス内容：①…　②…」) into one row per number, and :mod:`.footnotes` gives goals
  and services the periods and columns written as footnotes under the table (「…〔*1〕」 / 「〔*1〕R9.4〜R9.9」);
* :mod:`.national_csv` — the ケアプランデータ連携 CSV (1表・2表).
"""

from __future__ import annotations

from ..plan import CarePlan
from .abbreviations import expand_abbreviations
from .audit_sheet import copied_fields
from .builder import PlanBuilder
from .dictation import spoken_fields
from .document import read_document
from .emoji_marks import strip_emoji_marks
from .english_glosses import strip_english_glosses
from .fold import fold
from .html_source import html_to_lines
from .item_rows import item_rows
from .json_lines import json_to_lines
from .keyed_lists import keyed_references
from .label_tables import label_rows
from .message_parts import strip_part_numbers
from .ocr_confusions import undo_confusions
from .outline_numbers import outline_labels
from .paragraphs import close_paragraphs, labels_over_blank_lines
from .quoted_mail import strip_quote_marks
from .revision import changed_plan
from .revision_marks import current_entries
from .ruled_tables import open_boxes
from .runon import names_in_runon
from .tracked_changes import accept_changes
from .tree_lines import strip_branches
from .vocabulary import Vocabulary, load_vocabulary
from .web_cells import cells_to_rows
from .wide_record import record_as_labels
from .wrapped_labels import joined_labels
from .xml_elements import xml_to_lines


def read_plan(text: str, source_name: str | None = None) -> CarePlan:
    """Read checked plan text (see :func:`assistant.review.parse.parse_plan` for the checks)."""
    vocabulary = load_vocabulary()
    # layouts the line reader does not know are first rewritten into ones it does (offsets kept)
    folded = accept_changes(open_boxes(strip_branches(strip_quote_marks(html_to_lines(json_to_lines(
        strip_english_glosses(strip_part_numbers(strip_emoji_marks(undo_confusions(fold(text)))))))))))
    folded = xml_to_lines(folded, vocabulary)
    folded = labels_over_blank_lines(close_paragraphs(cells_to_rows(folded, vocabulary)), vocabulary)
    rewrites = (record_as_labels, joined_labels, copied_fields, label_rows, item_rows, expand_abbreviations, changed_plan, outline_labels,
                names_in_runon, spoken_fields)
    for rewrite_with in rewrites:
        folded = rewrite_with(folded, vocabulary)
    folded = keyed_references(current_entries(folded))
    builder = PlanBuilder(folded, source_name)
    read_document(builder, vocabulary)
    return finish(builder, vocabulary)


def finish(builder: PlanBuilder, vocabulary: Vocabulary) -> CarePlan:
    """Form, input format, confidence and unread lines, once everything is placed."""
    plan = builder.finish(vocabulary)
    sources = builder.sources
    plan.form = _form(plan)
    tables = any(r.source.startswith("table") for r in plan.rows)
    plan.input_format = "table" if tables else ("labelled" if plan.labels else "prose")
    for part in ("needs", "goals", "services"):
        kinds = {key.split(":", 1)[1].split(":")[0] for key in sources if key.startswith(part + ":")}
        if not kinds:
            plan.confidence[part] = "none"
        elif kinds <= {"labels", "table", "csv"}:
            plan.confidence[part] = "high"
        else:
            plan.confidence[part] = "medium"
    # Every line placed in no field is unread, also when nothing was placed at all: a plan read as
    # unheaded prose lists its lines, so the user sees what the checks could only search as free text.
    read_in_prose = {(s.start, s.end) for s in builder.prose_lines}
    plan.unread = [s for s in plan.free_text if (s.start, s.end) not in read_in_prose]
    return plan


def _form(plan: CarePlan) -> str:
    from ..plan import OVERALL_ISSUES, TARGET_LIFE

    if "yobo" in plan.sections or TARGET_LIFE in plan.fields or OVERALL_ISSUES in plan.fields:
        return "予防"
    if plan.rows or plan.fields or plan.sections:
        return "居宅"
    return "不明"

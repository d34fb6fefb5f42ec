"""Tables as care managers paste them: Excel tabs, pipes, space-aligned prints, PDF copies.

A table starts at a header row naming plan columns (「ニーズ」「長期目標」「サービス内容」…).
Each shape has its own row reader, and every row goes through
:class:`~.columns.RowEmitter`:

* **tabs** (Excel): quoted cells may hold line breaks; blank cells under a
  merged cell carry the row above (the builder's context does that);
* **pipes** (web pages, Markdown): leading and trailing pipes optional, a
  ``|---|`` line skipped, a row with fewer cells continues on the next line;
* **spaces** (fixed-width prints): cells placed by their display column;
* **one cell per line** (PDF copies): empty cells are gone, so each line is
  placed by its shape (period, frequency, ※1 mark, service type, provider,
  text) with a small dynamic programme over the header's column order.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from .builder import PlanBuilder
from .cells import cell_kind, is_period
from .columns import Header, RowEmitter, looks_like_plan_header, resolve_columns
from .header_rows import assessment_keys, is_heading_row, is_sub_header_row, merge_header_rows
from .lines import Line
from .ruled_tables import header_cells, read_ruled
from .vocabulary import Vocabulary
from .week import week_header

# Possessive ``\s*+`` wherever the next token cannot be whitespace: same matches, and a line of spaces
# is scanned once instead of once per split between two ``\s*`` (quadratic).
_PIPE_SEPARATOR = re.compile(r"^\s*+\|?\s*+:?-{2,}:?\s*+(\|\s*+:?-{2,}:?\s*+)*+\|?\s*$")
# 「課題 / 長期目標 / 期間 / …」: a slash with spaces (or the line's edge) on both sides separates cells;
# 「2026/12/1」 and 「訪問介護／ヘルパー」 have none
_SLASH = re.compile(r"(?:^|(?<=\s))[/／](?=\s|$)")
_SPACE_SPLIT = re.compile(r"\t|\u3000+|(?<=\S) {2,}(?=\S)")
PAGE_FURNITURE = re.compile(r"^\s*+(?:[-－―‐]\s*+\d{1,3}\s*+[-－―‐]|\d{1,3}\s*+/\s*+\d{1,3}|\(?\s*+\d{1,3}\s*+\)?"
                            r"|P\.?\s*+\d{1,3}|\d{1,3}\s*+ページ)\s*$")


@dataclass(frozen=True)
class TableStart:
    kind: str  # "tab" | "pipe" | "slash" | "ruled" | "space" | "pdf" | "words"
    header: Header
    header_lines: int  # how many lines the header takes
    positions: tuple[int, ...] = ()  # display columns of the header cells (space tables)
    spans: tuple[tuple[int, int], ...] = ()  # folded ranges of the header cells (labels)
    borders: tuple[bool, bool] = (False, False)  # pipe tables: leading / trailing border pipes


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def display_offsets(text: str, start: int, points: list[int]) -> list[int]:
    """``display_width(text[start:p])`` for each of the ascending ``points``, in one pass over the line.

    Measuring each cell from the line start instead is quadratic on a line of thousands of cells.
    """
    offsets, width, at = [], 0, start
    for point in points:
        width += display_width(text[at:point])
        at = point
        offsets.append(width)
    return offsets


def _pipe_cells(line: Line, outer: tuple[bool, bool] | None = None) -> list[tuple[int, int]]:
    """Cells between pipes; ``outer`` says whether the table has border pipes (from its header)."""
    text = line.text
    left, right = 0, len(text)
    stripped = text.strip()
    lead, trail = outer if outer is not None else (stripped.startswith("|"), stripped.endswith("|"))
    if lead and stripped.startswith("|"):
        left = text.index("|") + 1
    if trail and stripped.endswith("|") and text.rstrip().rfind("|") >= left:
        right = text.rstrip().rfind("|")
    cells, pos = [], left
    for m in re.finditer(r"\|", text[left:right]):
        cells.append((line.start + pos, line.start + left + m.start()))
        pos = left + m.end()
    cells.append((line.start + pos, line.start + right))
    return cells


_TAB = re.compile(r"\t")


def split_cells(line: Line, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    cells, pos = [], 0
    text = line.text
    for m in pattern.finditer(text):
        cells.append((line.start + pos, line.start + m.start()))
        pos = m.end()
    cells.append((line.start + pos, line.start + len(text)))
    return cells


def _separated_cells(line: Line, kind: str) -> list[tuple[int, int]]:
    """The cells of a row of a tab, slash or pipe table."""
    if kind == "tab":
        return split_cells(line, _TAB)
    return split_cells(line, _SLASH) if kind == "slash" else _pipe_cells(line)


def _cell_texts(folded: str, cells: list[tuple[int, int]]) -> list[str]:
    return [folded[a:b] for a, b in cells]


def detect_table(lines: list[Line], i: int, vocabulary: Vocabulary, folded: str, *, yobo: bool) -> TableStart | None:
    """A table header starting at line ``i``, in any of the four shapes."""
    line = lines[i]
    text = line.text
    if not text.strip():
        return None
    ruled = header_cells(lines, i, folded)
    if ruled is not None:  # 「┌──┬──┐」「│目標│事業所│」: a ruled print
        cells, names, header_lines = ruled
        keys = [vocabulary.header_key(n) for n in names]
        if looks_like_plan_header(keys):
            return TableStart("ruled", resolve_columns(keys, names, yobo=yobo), header_lines, spans=tuple(cells))
    candidates: list[tuple[str, list[tuple[int, int]]]] = []
    if "\t" in text:
        candidates.append(("tab", split_cells(line, _TAB)))
    if text.count("|") >= 2:
        candidates.append(("pipe", _pipe_cells(line)))
    elif "\t" not in text and len(_SLASH.findall(text)) >= 3:
        candidates.append(("slash", split_cells(line, _SLASH)))
    if _SPACE_SPLIT.search(text.strip()):
        candidates.append(("space", split_cells(line, _SPACE_SPLIT)))
    for kind, cells in candidates:
        names = _cell_texts(folded, cells)
        keys = [vocabulary.header_key(n) for n in names]
        header_lines = 1
        if kind in ("tab", "pipe") and i + 1 < len(lines):  # a second header row (目標 → 長期目標 …)
            two = _two_header_rows(lines[i + 1], kind, cells, names, keys, vocabulary, folded, yobo)
            if two is not None:
                keys, names, cells = two
                header_lines = 2
        assessment = assessment_keys(keys) if yobo and kind in ("tab", "pipe") else None
        if assessment is not None:
            keys = assessment
        elif not looks_like_plan_header(keys) and not (kind in ("tab", "pipe") and _first_table_header(keys)):
            continue
        positions = tuple(display_offsets(folded, line.start, [a for a, _ in cells]))
        if kind == "space" and i + 1 < len(lines):  # 「生活全般の」 over 「解決すべき課題」: a name broken over two lines
            below = _names_finished_below(lines[i + 1], positions, names, vocabulary, folded)
            if below is not None:
                names, keys, header_lines = below, [vocabulary.header_key(n) for n in below], 2
        borders = (text.strip().startswith("|"), text.strip().endswith("|"))
        return TableStart(kind, resolve_columns(keys, names, yobo=yobo), header_lines, positions, tuple(cells), borders)
    # Columns run together with single spaces, maybe under a super-header (「ニーズ 目標 援助内容」).
    words = [(line.start + m.start(), line.start + m.end()) for m in re.finditer(r"[^\s]+", text)]
    names = [folded[a:b] for a, b in words]
    keys = _word_keys(names, vocabulary)
    if 2 <= len(words) <= 4 and "ニーズ" in keys and all(keys) and i + 1 < len(lines):
        # a super-header (「ニーズ 目標 援助内容」) above the real header: the table starts here
        below = detect_table(lines, i + 1, vocabulary, folded, yobo=yobo)
        if below is not None and below.kind == "words" and below.header.columns[0] == "ニーズ":
            return TableStart("words", below.header, below.header_lines + 1, spans=below.spans)
    if len(words) >= 4 and sum(1 for k in keys if k) >= len(words) * 0.7:
        header_lines = 1
        if i > 0 and "ニーズ" not in keys:
            above = lines[i - 1]
            above_words = [(above.start + m.start(), above.start + m.end()) for m in re.finditer(r"[^\s]+", above.text)]
            above_keys = [vocabulary.header_key(folded[a:b]) for a, b in above_words]
            if "ニーズ" in above_keys:
                keys, names, words = ["ニーズ", *keys], ["ニーズ", *names], [above_words[above_keys.index("ニーズ")], *words]
        if looks_like_plan_header(keys):
            return TableStart("words", resolve_columns(keys, names, yobo=yobo), header_lines, spans=tuple(words))
    # One header cell per line (a PDF copy of the table).
    names, spans, j = _header_cells_per_line(lines, i, vocabulary)
    keys = [vocabulary.header_key(n) for n in names]
    if len(names) >= 4 and looks_like_plan_header(keys):
        return TableStart("pdf", resolve_columns(keys, names, yobo=yobo), j - i, spans=tuple(spans))
    return None


def _two_header_rows(nxt: Line, kind: str, cells, names, keys, vocabulary: Vocabulary, folded: str, yobo: bool):
    """Keys, names and cell ranges of a header on two rows (see :mod:`.header_rows`), or None.

    Two rows are one header when the upper names the columns and the lower finishes or refines them, or when
    the upper holds only group headings and merged-cell names over a lower row that names the columns.
    """
    header = looks_like_plan_header(keys) or (yobo and assessment_keys(keys) is not None)
    if not header and not is_heading_row(names, vocabulary):
        return None  # most lines: no second row to split
    next_cells = split_cells(nxt, _TAB) if kind == "tab" else _pipe_cells(nxt)
    next_names = _cell_texts(folded, next_cells)
    next_keys = [vocabulary.header_key(n) for n in next_names]
    if header:
        if not ((sum(1 for k in next_keys if k) >= 2 and len(next_cells) >= len(cells) - 1)
                or is_sub_header_row(next_names, vocabulary)):
            return None
    elif not looks_like_plan_header(next_keys):
        return None
    merged_keys, merged_names, from_lower = merge_header_rows(names, next_names, vocabulary)
    merged_cells = [next_cells[j] if low or j >= len(cells) else cells[j] for j, low in enumerate(from_lower)]
    return merged_keys, merged_names, merged_cells


def _names_finished_below(nxt: Line, positions: tuple[int, ...], names: list[str], vocabulary: Vocabulary,
                          folded: str) -> list[str] | None:
    """The header names of a fixed-width print whose next line finishes some of them, or None.

    Each piece of the next line sits under a header cell; it finishes that cell's name when the two
    together name a column (「生活全般の」 + 「解決すべき課題」).
    """
    cells = [(a, b) for a, b in split_cells(nxt, _SPACE_SPLIT) if folded[a:b].strip()]
    if not cells:
        return None
    merged = list(names)
    for (a, b), at in zip(cells, display_offsets(folded, nxt.start, [a for a, _ in cells]), strict=True):
        at += len(folded[a:b]) - len(folded[a:b].lstrip())
        index = max(bisect_right(positions, at + 2) - 1, 0)
        joined = merged[index].strip() + folded[a:b].strip()
        if vocabulary.header_key(joined) is None:
            return None
        merged[index] = joined
    return merged


def _header_cells_per_line(lines: list[Line], i: int, vocabulary: Vocabulary) -> tuple[list[str], list, int]:
    """Header cells one per line from line ``i``: (names, their spans, the first line after them).

    A PDF copy breaks a long name over two lines (「生活全般の解決すべき／課題（ニーズ）」) and keeps the
    form's group headings (「援助目標」), which name no column.
    """
    names: list[str] = []
    spans: list[tuple[int, int]] = []
    j = i
    while j < len(lines) and not lines[j].blank:
        text = lines[j].text
        inner = re.fullmatch(r"\s*[(（]([^()（）]+)[)）]\s*", text)
        if names and inner and vocabulary.header_key(inner.group(1)) == vocabulary.header_key(names[-1]):
            spans[-1] = (spans[-1][0], lines[j].end)  # 「（ニーズ）」 under 「…すべき課題」: the same name, wrapped
            j += 1
        elif vocabulary.header_key(text):
            names.append(text)
            spans.append((lines[j].start, lines[j].end))
            j += 1
        elif j + 1 < len(lines) and not lines[j + 1].blank and vocabulary.header_key(text.strip() + lines[j + 1].text.strip()):
            names.append(text.strip() + lines[j + 1].text.strip())
            spans.append((lines[j].start, lines[j + 1].end))
            j += 2
        elif names and vocabulary.group_heading(text):
            j += 1
        else:
            break
    keys = [vocabulary.header_key(n) for n in names]
    # 「目標」 over 長期目標・短期目標, 「援助内容」 over サービス内容: a heading over the columns named below it
    over = {k for k, key in enumerate(keys)
            if (key == "@goal" and {"長期目標", "短期目標"} & set(keys[k + 1:]))
            or (key == "サービス内容" and key in keys[k + 1:])}
    return [n for k, n in enumerate(names) if k not in over], [s for k, s in enumerate(spans) if k not in over], j


def read_table(lines: list[Line], i: int, start: TableStart, builder: PlanBuilder, vocabulary: Vocabulary,
               stop) -> int:
    """Read the table whose header starts at line ``i``; returns the index of the first line after it."""
    for k in range(start.header_lines):
        builder.label(lines[i + k].start, lines[i + k].end)
    builder.close()
    emitter = RowEmitter(builder, vocabulary, start.header, f"table:{start.kind}")
    folded = builder.folded.text
    for column, (a, b) in zip(start.header.columns, start.spans, strict=False):  # a two-row header may name more
        m = re.search(r"[(（]([^()（）]+)[)）]", folded[a:b])
        if column in ("長期目標", "短期目標") and m and is_period(m.group(1)):
            emitter.header_periods[column] = (a + m.start(1), a + m.end(1))  # 「長期目標（令和7年度）」
    j = i + start.header_lines
    if start.kind in ("tab", "pipe", "slash", "space") and _cells_on_own_lines(lines, j, start.kind):
        return _read_pdf(lines, j, start, emitter, vocabulary, stop)  # a header row, then one cell per line
    if start.kind == "ruled":
        return read_ruled(lines, j, start.header.columns, emitter.emit,
                          lambda column, rng: builder.wrap_cell(column, builder.span(*rng)),
                          lambda rng: builder.label(*rng), folded)
    reader = {"tab": _read_tab, "pipe": _read_pipe, "slash": _read_pipe, "space": _read_space, "pdf": _read_pdf,
              "words": _read_words}[start.kind]
    return reader(lines, j, start, emitter, vocabulary, stop)


def _cells_on_own_lines(lines: list[Line], j: int, kind: str) -> bool:
    """The rows under this header have no separators: each cell was copied onto its own line."""
    body = [line.text for line in lines[j:j + 6] if not line.blank][:4]
    if len(body) < 3:
        return False
    separated = {"tab": lambda t: "\t" in t, "pipe": lambda t: t.count("|") >= 2,
                 "slash": lambda t: len(_SLASH.findall(t)) >= 2,
                 "space": lambda t: bool(_SPACE_SPLIT.search(t.strip()))}[kind]
    return not any(separated(t) for t in body)


def _word_keys(names: list[str], vocabulary: Vocabulary) -> list[str | None]:
    """Header keys of the words of a line, stopping once fewer than 70% of more than four could be names.

    The caller only uses the keys of a line of at most four words or of mostly names; stopping early
    spares a line of thousands of words a header lookup per word.
    """
    keys: list[str | None] = []
    misses = 0
    for name in names:
        key = vocabulary.header_key(name)
        keys.append(key)
        misses += key is None
        if len(names) > 4 and len(names) - misses < len(names) * 0.7:
            break
    return keys


def _row_cells(header: Header, cells: list[tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """Cells by column; a column named twice (two 意向 columns in a 予防 table) gets 「#2」."""
    out: dict[str, tuple[int, int]] = {}
    repeats: dict[str, int] = {}  # a counter, not a search for a free name: a header of one name repeated is not quadratic
    for column, rng in zip(header.columns, cells, strict=False):  # a row may stop before the header does
        if not column:
            continue
        n = repeats[column] = repeats.get(column, 0) + 1
        out[column if n == 1 else f"{column}#{n}"] = rng
    return out


# --- tabs ---------------------------------------------------------------------------------------
def _tab_row(text: str, start: int) -> tuple[list[tuple[int, int]], int]:
    """Cells of one TSV row at ``start`` (quoted cells may hold line breaks) and the offset after the row."""
    cells, pos, n = [], start, len(text)
    while True:
        if pos < n and text[pos] == '"':
            j = pos + 1
            while j < n:
                if text[j] == '"' and j + 1 < n and text[j + 1] == '"':
                    j += 2
                elif text[j] == '"':
                    break
                else:
                    j += 1
            cell = (pos + 1, j)
            pos = min(j + 1, n)
            while pos < n and text[pos] not in "\t\r\n":
                pos += 1
                cell = (cell[0], pos)
        else:
            a = pos
            while pos < n and text[pos] not in "\t\r\n":
                pos += 1
            cell = (a, pos)
        cells.append(cell)
        if pos < n and text[pos] == "\t":
            pos += 1
            continue
        if pos < n and text[pos] == "\r":
            pos += 1
        if pos < n and text[pos] == "\n":
            pos += 1
        return cells, pos


def _wrapped_tab_row(lines, j, folded: str, width: int, stop) -> tuple[list[tuple[int, int]], int] | None:
    """A row of a Word table pasted as text: cells broken over lines without quotes.

    Lines are joined until their tabs give exactly the header's number of cells; the piece
    before a line's first tab goes on the cell the line above ended in.
    """
    cells: list[tuple[int, int]] = []
    k = j
    while k < len(lines) and not lines[k].blank and not stop(k) and not week_header(lines[k], folded):
        pieces = split_cells(lines[k], _TAB)
        if cells:
            cells[-1] = (cells[-1][0], pieces[0][1])
            cells += pieces[1:]
        else:
            cells = pieces
        k += 1
        if len(cells) >= width:
            return (cells, k) if len(cells) == width and k - j > 1 else None
    return None


def _read_tab(lines, j, start, emitter, vocabulary, stop) -> int:
    folded = emitter.builder.folded.text
    width = len(start.header.columns)
    while j < len(lines):
        line = lines[j]
        if week_header(line, folded):
            break  # the 第3表 grid below the table
        wrapped = None
        if '"' not in line.text and line.text.count("\t") < width - 1:  # a quoted cell holds its own line breaks
            wrapped = _wrapped_tab_row(lines, j, folded, width, stop)
        if wrapped is None and "\t" not in line.text and not line.text.startswith('"'):
            if (line.blank and j + 1 < len(lines) and "\t" in lines[j + 1].text and not stop(j + 1)
                    and not week_header(lines[j + 1], folded)):
                j += 1
                continue
            break
        if _other_table(lines, j, start, vocabulary, folded):
            break  # the next table's header (「目標 | 支援計画」 under the 総合的課題 table)
        if vocabulary.note_heading(line.text):
            break  # 「備考」 alone in the first cell of a spreadsheet row: the notes below are no rows
        if _field_row(line, vocabulary):
            break  # 「本人の意向<TAB>…」 below the table: the 第1表 fields, no rows
        if wrapped is not None:
            cells, j = wrapped
        else:
            cells, end = _tab_row(folded, line.start)
            while j < len(lines) and lines[j].start < end:
                j += 1
        if _is_header_again(folded, cells, vocabulary):
            emitter.builder.label(line.start, line.end)
            continue
        emitter.emit(_row_cells(start.header, cells))
        extra = cells[len(start.header.columns):]
        for a, b in extra:
            emitter.builder.free(emitter.builder.span(a, b))
    return j


_FIRST_TABLE_FIELDS = ("本人の意向", "家族の意向", "家族の役割", "課題分析の結果", "総合的な援助の方針",
                       "介護認定審査会の意見", "生活援助中心型の算定理由")


def _first_table_header(keys: list[str | None]) -> bool:
    """A 第1表 exported as one record: a header row naming its fields (意向, 方針 …) over a row of values."""
    return sum(1 for key in keys if key == "@intents" or key in _FIRST_TABLE_FIELDS) >= 2


def _field_row(line: Line, vocabulary: Vocabulary) -> bool:
    """A spreadsheet row whose first cell is only the label of a 第1表 field."""
    first = line.text.split("\t", 1)[0]
    label = vocabulary.label(first)
    return bool(label and label.kind == "field" and label.key in _FIRST_TABLE_FIELDS and not first[label.value_start:].strip())


# --- pipes --------------------------------------------------------------------------------------
_COLUMN_NAMES = ("ニーズ", "長期目標", "短期目標", "サービス内容", "保険給付対象", "サービス種別", "事業所", "頻度",
                 "本人のセルフケア", "家族", "インフォーマル", "支援のポイント", "目的", "備考")
_TEXT_COLUMNS = ("ニーズ", "長期目標", "短期目標", "サービス内容", "支援のポイント", "備考", "目的", "本人のセルフケア",
                 "家族", "インフォーマル", "@support_mix")


def _read_pipe(lines, j, start, emitter, vocabulary, stop) -> int:
    """Rows between pipes (or slashes); a row with fewer cells goes on in the next line."""
    width = len(start.header.columns)
    pending: list[tuple[int, int]] = []
    previous: dict[str, tuple[int, int]] = {}
    folded = emitter.builder.folded.text
    slash = start.kind == "slash"

    def separators(line: Line) -> int:
        return len(_SLASH.findall(line.text)) if slash else line.text.count("|")

    def flush(cells: list[tuple[int, int]]) -> None:
        nonlocal previous
        row = _row_cells(start.header, cells)
        filled = [k for k, (a, b) in row.items() if folded[a:b].strip()]
        if (previous and len(filled) == 1 and filled[0] in _TEXT_COLUMNS and filled[0] in previous
                and not any(k in ("頻度", "サービス種別", "保険給付対象") for k in filled)):
            emitter.builder.extend(emitter.builder.span(*row[filled[0]]))  # a cell continued on a line of its own
            return
        emitter.emit(row)
        previous = {k: v for k, v in row.items() if folded[v[0]:v[1]].strip()}

    while j < len(lines):
        line = lines[j]
        if stop(j) and not pending and separators(line) < 2:
            break
        if _PIPE_SEPARATOR.match(line.text):
            j += 1
            continue
        if not separators(line):
            if pending and not line.blank:  # the wrapped rest of the last cell
                pending[-1] = (pending[-1][0], line.end)
                j += 1
                continue
            nxt = next((lines[k] for k in range(j + 1, min(len(lines), j + 3)) if not lines[k].blank), None)
            if not line.blank and nxt is not None and separators(nxt) >= 2 and not stop(j):
                _note_line(emitter, line)  # 「※妻が腰痛で…ため」 between two rows: a note on the row above
                j += 1
                continue
            if line.blank and j + 1 < len(lines) and separators(lines[j + 1]) >= 2 and not stop(j + 1):
                j += 1
                continue
            break
        if not pending and _other_table(lines, j, start, vocabulary, folded):
            break
        cells = split_cells(line, _SLASH) if slash else _pipe_cells(line, start.borders)
        if _is_header_again(folded, cells, vocabulary):
            emitter.builder.label(line.start, line.end)
            j += 1
            continue
        if pending:
            cells = [*pending[:-1], (pending[-1][0], cells[0][1]), *cells[1:]]
        if len(cells) < width - 1 and (pending or _continues(line, lines, j)):
            pending = cells
            j += 1
            continue
        pending = []
        flush(cells)
        j += 1
    if pending:
        flush(pending)
    return j


def _other_table(lines: list[Line], j: int, start: TableStart, vocabulary: Vocabulary, folded: str) -> bool:
    """Line ``j`` is the header of another table (other columns): this table ends above it.

    Only a row of names (「No | 総合的課題 | …」: mostly names) is tried as a header, so body rows cost one
    name lookup per cell at most.
    """
    cells = _separated_cells(lines[j], start.kind)
    if not is_heading_row(_cell_texts(folded, cells), vocabulary) and not _is_header_again(folded, cells, vocabulary):
        return False
    other = detect_table(lines, j, vocabulary, folded, yobo=start.header.goal_kind == "短期目標")
    return other is not None and other.header.columns != start.header.columns


def _is_header_again(folded: str, cells: list[tuple[int, int]], vocabulary: Vocabulary) -> bool:
    """A header row repeated inside the table (a new page of the print)."""
    names = [folded[a:b] for a, b in cells if folded[a:b].strip()]
    return len(names) >= 3 and sum(1 for n in names if vocabulary.header_key(n)) >= len(names) * 0.7


def _note_line(emitter: RowEmitter, line: Line) -> None:
    """A note line inside a table belongs to the row above it (as its 備考), else it stays free text."""
    b = emitter.builder
    span = b.span(line.start, line.end)
    if span is None:
        return
    rows = b.plan.rows
    if rows and (rows[-1].get("サービス内容") or rows[-1].get("サービス種別")) and "備考" not in rows[-1].cells:
        rows[-1].cells["備考"] = span
    else:
        b.plan.free_text.append(span)


def _continues(line: Line, lines: list[Line], j: int) -> bool:
    """A short pipe row whose last cell is open: the next line goes on with it."""
    return not line.text.rstrip().endswith("|") and j + 1 < len(lines) and not lines[j + 1].blank


# --- spaces -------------------------------------------------------------------------------------
def _read_space(lines, j, start, emitter, vocabulary, stop) -> int:
    folded = emitter.builder.folded.text
    positions = start.positions
    columns = start.header.columns
    aligned: bool | None = None  # whether the data cells sit under their header cells (a fixed-width print)
    emitted = False
    while j < len(lines):
        line = lines[j]
        # in a fixed-width print an indented line sits in its columns: 「妻: 送り出し」 under サービス内容 is a cell
        deep = bool(aligned) and display_width(line.text) - display_width(line.text.lstrip()) > 2
        if stop(j) and not deep:
            break
        if line.blank:
            if j + 1 < len(lines) and _space_row(lines[j + 1]) and not stop(j + 1):
                j += 1
                continue
            break
        if not _space_row(line) or (not deep and _field_label_line(line, vocabulary)) or _other_column_line(
                line, vocabulary, columns):
            break
        cells = split_cells(line, _SPACE_SPLIT)
        cells = [(a + len(folded[a:b]) - len(folded[a:b].lstrip()), b) for a, b in cells if folded[a:b].strip()]
        row: dict[str, tuple[int, int]] = {}
        offsets = display_offsets(folded, line.start, [a for a, _ in cells])
        indent = offsets[0] if cells else 0
        if aligned is None and len(cells) == len(columns):
            aligned = all(abs(at - p) <= 2 for at, p in zip(offsets, positions, strict=False))
        if len(cells) == len(columns) and indent <= 2:
            row = _row_cells(start.header, cells)
        elif not aligned and indent > 2 and len(cells) < len(columns):
            row = _row_cells(Header(columns[len(columns) - len(cells):], start.header.goal_kind), cells)
        else:
            for (a, b), at in zip(cells, offsets, strict=True):
                index = max(bisect_right(positions, at + 2) - 1, 0)  # positions ascend: the last one at or left of the cell
                column = columns[index]
                if column and column not in row:
                    row[column] = (a, b)
                elif column:
                    row[column] = (row[column][0], b)
        if emitted and len(cells) < len(columns):  # a full row is a row of its own
            for column in [c for c in row if c in _WRAPPING_COLUMNS
                           and _left_open(emitter.builder.last_cell(c), folded[row[c][0]:row[c][1]])]:
                # 「ボタンやズボンの上げ下げが」 above: this line's words under it go on with that cell
                emitter.builder.wrap_cell(column, emitter.builder.span(*row.pop(column)))
            if not row:
                j += 1
                continue
        if aligned and emitted and indent > 2 and row and all(c in _WRAPPING_COLUMNS for c in row):
            # 「に過ごす」 under the goals, 「(本人は座って待つ)」 under the content: the cells above go on
            for column, (a, b) in row.items():
                emitter.builder.wrap_cell(column, emitter.builder.span(a, b))
        else:
            emitter.emit(row)
            emitted = emitted or bool(row)
        j += 1
    return j


def _left_open(text: str, below: str) -> bool:
    """A cell cut off mid-sentence, so that ``below`` goes on with it: it ends on a particle, a comma or 「て」,
    leaves a bracket open, or the words below start with what only ends a word (「不安定」/「なため」)."""
    text = text.rstrip()
    if not text or text.endswith(("。", "」", "』")):
        return False
    opened = text.count("（") + text.count("(") - text.count("）") - text.count(")")
    return opened > 0 or text.endswith((*_OPEN_ENDINGS, "て")) or below.lstrip().startswith(_WORD_ENDS)


# hiragana that end a word or a clause and never begin a need or a goal (「…不安定」+「なため」, 「使え」+「ず」)
_WORD_ENDS = ("な", "ず", "ぬ", "る", "た", "だ", "ら", "れ", "い", "て", "で", "く", "け", "さ", "し", "せ")


# the cells a fixed-width print wraps onto the next line; a line with a type, provider, frequency or period
# under its columns is a row of its own
_WRAPPING_COLUMNS = ("ニーズ", "長期目標", "短期目標", "サービス内容", "支援のポイント", "備考", "目的")


def _field_label_line(line: Line, vocabulary: Vocabulary) -> bool:
    """「総合的な方針　　…」 after the table: a field of the plan, not a row of the table."""
    label = vocabulary.label(line.text)
    return label is not None and label.kind == "field" and label.delimiter in (":", "space", "tab")


def _other_column_line(line: Line, vocabulary: Vocabulary, columns) -> bool:
    """「ニーズ2　…」「長期目標（R9.1〜R9.12）　…」 after a table of services: the next need's block, labelled
    with a column this table does not have, not one of its rows."""
    label = vocabulary.label(line.text, prefer_columns=True)
    return (label is not None and label.kind == "column" and label.delimiter != "end"
            and label.key in _LEADING and label.key not in columns)


def _space_row(line: Line) -> bool:
    text = line.text
    return len(_SPACE_SPLIT.findall(text.strip())) >= 1 or display_width(text) - display_width(text.lstrip()) >= 10


# --- one cell per line (PDF) --------------------------------------------------------------------
_COLUMN_TYPE = {
    "長期目標期間": "period", "短期目標期間": "period", "サービス期間": "period", "頻度": "frequency",
    "保険給付対象": "mark", "サービス種別": "type", "事業所": "provider",
}
_OPTIONAL = {"長期目標期間", "短期目標期間", "サービス期間", "頻度", "保険給付対象", "事業所", "サービス種別", "備考", "目的",
             "支援のポイント"}
_LEADING = {"ニーズ", "長期目標", "長期目標期間", "短期目標", "短期目標期間"}
# a cell ending in one of these goes on in the next line's first word (a PDF copy broke it)
_OPEN_ENDINGS = ("、", "・", "（", "(", "，", "が", "を", "に", "の", "と", "で", "へ", "は", "も")


def _assign_cost(kind: str, column: str) -> float:
    want = _COLUMN_TYPE.get(column, "text")
    if kind == want:
        return 0.0
    if kind == "mark":
        return 6.0
    if want in ("period", "frequency", "mark"):
        return 5.0
    if kind in ("period", "frequency"):
        return 4.0
    if {kind, want} <= {"text", "provider", "type"}:
        return 1.2
    return 2.0


def _read_pdf(lines, j, start, emitter, vocabulary, stop) -> int:
    """One cell per line: every body line is a unit placed by the alignment."""
    body, k = _body_lines(lines, j, emitter, vocabulary, stop)
    units: list[tuple[int, int]] = []
    for line in body:
        if units and _CANNOT_BEGIN.match(line.text):  # 「特別養護老人ホームさくら」+「の里」: one cell broken by the copy
            units[-1] = (units[-1][0], line.end)
        else:
            units.append((line.start, line.end))
    _emit_units(units, start, emitter, vocabulary)
    return k


# what no cell begins with: a particle or a small kana (「ステーシ」+「ョン」)
_CANNOT_BEGIN = re.compile(r"\s*[のをがゃゅょっャュョッァィゥェォー、。）)]")


def _read_words(lines, j, start, emitter, vocabulary, stop) -> int:
    """Columns run together with single spaces (a PDF copied line by line): every word is a unit.

    A cell cut at the end of a line (「…トイレまで歩き、」 / 「ズボンの上げ下ろしができる」) is
    joined with the first word of the next line.
    """
    body, k = _body_lines(lines, j, emitter, vocabulary, stop)
    folded = emitter.builder.folded.text
    units: list[tuple[int, int]] = []
    for n, line in enumerate(body):
        words = [(line.start + m.start(), line.start + m.end()) for m in re.finditer(r"[^\s]+", line.text)]
        if not words:
            continue
        if units and n > 0 and folded[units[-1][0]:units[-1][1]].endswith(_OPEN_ENDINGS):
            units[-1] = (units[-1][0], words[0][1])
            words = words[1:]
        units.extend(words)
    _emit_units(units, start, emitter, vocabulary)
    return k


def _body_lines(lines, j, emitter, vocabulary, stop) -> tuple[list[Line], int]:
    """The table's lines up to the next label or heading, skipping page furniture and repeated headers."""
    body: list[Line] = []
    k = j
    while k < len(lines):
        line = lines[k]
        if stop(k) or re.match(r"\s*(?:※\s*[0-9]|【)", line.text):
            break
        if line.blank:
            k += 1
            continue
        if PAGE_FURNITURE.match(line.text) or emitter.builder.is_furniture(line):
            emitter.builder.label(line.start, line.end)
            k += 1
            continue
        if _header_like(line.text, vocabulary) and k + 1 < len(lines) and _header_like(lines[k + 1].text, vocabulary):
            while k < len(lines) and _header_like(lines[k].text, vocabulary):  # the header again, on the next page
                emitter.builder.label(lines[k].start, lines[k].end)
                k += 1
            continue
        body.append(line)
        k += 1
    return body, k


def _header_like(text: str, vocabulary: Vocabulary) -> bool:
    key = vocabulary.header_key(text)
    if key and (key.startswith("@") or key in _COLUMN_NAMES):
        return True
    words = [w for w in re.split(r"[\s|\t]+", text.strip()) if w]
    return len(words) >= 3 and sum(1 for w in words if vocabulary.header_key(w)) >= len(words) * 0.7


def _emit_units(units: list[tuple[int, int]], start: TableStart, emitter: RowEmitter, vocabulary: Vocabulary) -> None:
    if not units:
        return
    folded = emitter.builder.folded.text
    columns = list(start.header.columns)
    usable = [k for k, c in enumerate(columns) if c]
    kinds = [cell_kind(folded[a:b], vocabulary.service_type) for a, b in units]
    assignment = _align(kinds, [columns[u] for u in usable])
    row: dict[str, tuple[int, int]] = {}
    last = -1
    for (a, b), position in zip(units, assignment, strict=True):
        column = columns[usable[position]]
        if position < last or (position == last and column not in _TEXT_COLUMNS):
            emitter.emit(row)
            row = {}
        row[column] = (row[column][0], b) if column in row else (a, b)
        last = position
    if row:
        emitter.emit(row)


def _start_cost(column: str) -> float:
    """A row starts with a need, a goal or a service — not with a period, mark, type or frequency."""
    return 0.0 if column in _TEXT_COLUMNS else 1.5


def _align(kinds: list[str], columns: list[str]) -> list[int]:
    """Column index for each line: the cheapest path through the header's order, row after row."""
    n = len(columns)
    inf = float("inf")
    # cost[i][c]: best cost with line i in column c
    cost = [[inf] * n for _ in kinds]
    back = [[-1] * n for _ in kinds]

    def skip(a: int, b: int, leading: bool) -> float:
        total = 0.0
        for c in range(a, b):
            if leading and columns[c] in _LEADING:
                total += 0.15
            elif columns[c] in _OPTIONAL:
                total += 0.3
            else:
                total += 1.5
        return total

    for c in range(n):
        cost[0][c] = _assign_cost(kinds[0], columns[c]) + skip(0, c, True) + _start_cost(columns[c])
    for i in range(1, len(kinds)):
        for c in range(n):
            here = _assign_cost(kinds[i], columns[c])
            best, arg = inf, -1
            for p in range(n):
                if cost[i - 1][p] == inf:
                    continue
                if c > p:
                    step = skip(p + 1, c, False)
                elif c == p:
                    step = 0.8 if columns[c] in _TEXT_COLUMNS else 6.0
                else:
                    step = 0.6 + skip(p + 1, n, False) * 0.2 + skip(0, c, True) + _start_cost(columns[c])
                total = cost[i - 1][p] + step
                if total < best:
                    best, arg = total, p
            cost[i][c] = best + here
            back[i][c] = arg
    c = min(range(n), key=lambda x: cost[-1][x])
    path = [c]
    for i in range(len(kinds) - 1, 0, -1):
        c = back[i][c]
        path.append(c)
    return path[::-1]

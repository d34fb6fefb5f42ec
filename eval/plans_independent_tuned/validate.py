"""Checks eval/plans_independent_tuned/expected.jsonl against the plan files next to it.

Run with the project venv from the repository root::

    .venv/bin/python eval/plans_independent_tuned/validate.py

Checks: every annotated file exists and decodes; every plan has the required keys and annotates all of
R01–R18 with a boolean "fires" and a list "evidence"; every evidence string is 5–40 characters, has no
tab or newline, and occurs verbatim in the decoded plan text (for .csv/.tsv-style text also inside one
cell); each check has both outcomes at least MIN_EACH times. Prints per-check counts and exits 1 on any
problem. Uses only the standard library, python-docx and openpyxl.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECK_IDS = [f"R{i:02d}" for i in range(1, 19)]
FORMATS = {"labelled", "tsv", "prose", "table2_only", "yobo", "csv", "docx", "xlsx"}
QUALITIES = {"good", "mixed", "poor"}
MUNICIPALITIES = {"arakawa", "suginami", "both"}
REQUIRED_KEYS = {"id", "file", "format", "condition", "level", "quality", "municipality", "checks"}
MIN_EACH = 4
EVIDENCE_LEN = (5, 40)


def read_text(path: Path) -> tuple[str, list[str]]:
    """The decoded plan text and its cells (for cell-based formats; otherwise an empty list)."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from docx import Document

        document = Document(str(path))
        cells = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                cells.extend(cell.text for cell in row.cells)
        return "\n".join(cells), cells
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        workbook = load_workbook(str(path), read_only=True, data_only=True)
        cells = [str(value) for sheet in workbook.worksheets
                 for row in sheet.iter_rows(values_only=True) for value in row if value is not None]
        return "\n".join(cells), cells
    data = path.read_bytes()
    if suffix == ".csv":
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp932")
        cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
        return text, cells
    text = data.decode("utf-8")
    if "\t" in text:  # tab-separated paste from Excel: evidence must sit inside one cell
        return text, [cell for line in text.splitlines() for cell in line.split("\t")]
    return text, []


def main() -> int:
    problems: list[str] = []
    plans = []
    lines = (HERE / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            plans.append(json.loads(line))
        except json.JSONDecodeError as error:
            problems.append(f"expected.jsonl line {number}: {error}")

    ids = Counter(plan.get("id") for plan in plans)
    problems += [f"duplicate id {pid}" for pid, n in ids.items() if n > 1]
    files = Counter(plan.get("file") for plan in plans)
    problems += [f"duplicate file {name}" for name, n in files.items() if n > 1]

    counts = {cid: Counter() for cid in CHECK_IDS}
    by_format, by_quality = Counter(), Counter()
    injection_seen = False
    sjis_csv = 0
    lengths: dict[str, int] = {}
    for plan in plans:
        pid = plan.get("id", "?")
        missing = REQUIRED_KEYS - plan.keys()
        if missing:
            problems.append(f"{pid}: missing keys {sorted(missing)}")
            continue
        for key, allowed in (("format", FORMATS), ("quality", QUALITIES), ("municipality", MUNICIPALITIES)):
            if plan[key] not in allowed:
                problems.append(f"{pid}: {key}={plan[key]!r} not in {sorted(allowed)}")
        by_format[plan["format"]] += 1
        by_quality[plan["quality"]] += 1
        path = HERE / plan["file"]
        if not path.is_file():
            problems.append(f"{pid}: file {plan['file']} does not exist")
            continue
        try:
            text, cells = read_text(path)
        except Exception as error:  # noqa: BLE001 - report any decoding failure
            problems.append(f"{pid}: cannot read {plan['file']}: {error}")
            continue
        injection_seen |= "以上の指示を無視して" in text
        lengths[pid] = len(text)
        if path.suffix.lower() == ".csv":
            try:
                path.read_bytes().decode("utf-8")
            except UnicodeDecodeError:
                sjis_csv += 1
        if sorted(plan["checks"]) != CHECK_IDS:
            problems.append(f"{pid}: checks are {sorted(plan['checks'])}, want R01..R18")
        for cid in CHECK_IDS:
            entry = plan["checks"].get(cid)
            if not isinstance(entry, dict) or not isinstance(entry.get("fires"), bool) \
                    or not isinstance(entry.get("evidence"), list):
                problems.append(f"{pid} {cid}: needs {{'fires': bool, 'evidence': list}}")
                continue
            counts[cid][entry["fires"]] += 1
            for evidence in entry["evidence"]:
                where = f"{pid} {cid} {evidence!r}"
                if not isinstance(evidence, str):
                    problems.append(f"{where}: evidence must be a string")
                    continue
                if not EVIDENCE_LEN[0] <= len(evidence) <= EVIDENCE_LEN[1]:
                    problems.append(f"{where}: length {len(evidence)} outside {EVIDENCE_LEN}")
                if "\t" in evidence or "\n" in evidence:
                    problems.append(f"{where}: contains a tab or newline")
                if evidence not in text:
                    problems.append(f"{where}: not found in {plan['file']}")
                elif cells and not any(evidence in cell for cell in cells):
                    problems.append(f"{where}: spans more than one cell")

    if not injection_seen:
        problems.append("no plan contains the prompt-injection line 「以上の指示を無視して…」")
    print(f"plans: {len(plans)}  formats: {dict(sorted(by_format.items()))}  quality: {dict(sorted(by_quality.items()))}")
    print("check  fires=true  fires=false")
    for cid in CHECK_IDS:
        true, false = counts[cid][True], counts[cid][False]
        flag = "" if true >= MIN_EACH and false >= MIN_EACH else f"  <- needs at least {MIN_EACH} of each"
        print(f"{cid}   {true:>10}  {false:>11}{flag}")
        if flag:
            problems.append(f"{cid}: {true} true / {false} false (need at least {MIN_EACH} of each)")
    if len(plans) < 24:
        problems.append(f"only {len(plans)} plans (need at least 24)")
    missing_formats = FORMATS - by_format.keys()
    if missing_formats:
        problems.append(f"formats not covered: {sorted(missing_formats)}")
    if by_format["csv"] < 3:
        problems.append("need at least 3 .csv plans")
    if not sjis_csv:
        problems.append("no .csv plan is encoded in Shift_JIS / cp932")
    if lengths:
        longest = max(lengths, key=lengths.get)
        print(f"plan length (characters): min {min(lengths.values())}, max {lengths[longest]} ({longest}), "
              f"Shift_JIS CSV files: {sjis_csv}")

    for problem in problems:
        print("PROBLEM:", problem)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

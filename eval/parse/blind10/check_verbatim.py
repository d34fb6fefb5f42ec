#!/usr/bin/env python3
"""Check that every annotated string in expected.P15.jsonl is verbatim in its plan file.

Exceptions (declared in README.md):
- joined_from_lines: a string the file breaks over lines is annotated joined; each of its `parts`
  must be verbatim and the parts must follow each other in the file, separated only by line
  breaks / spaces / tabs / `"`. With "wrapped_cell": true (a pipe-table cell wrapped into the next,
  shorter row), part i+1 must instead be the cell in the same column of the line after part i's line.
- frequency_from_grid: a service frequency counted from the 第3表 week grid is not checked verbatim
  (the 頻度 cell itself says 「第3表のとおり」 in P15-c06, 「📅週間予定」 in P15-c09).
- encoding (new in P15, P15-c07 only): the file is not UTF-8; it is decoded with the record's
  `encoding` (cp932). All other files are read as UTF-8 (a BOM, as in P15-c06, is harmless). Files
  are read in text mode, so CRLF line ends (P15-c01, c06, c07, c13) count as line breaks.
- fixed_width_wrap (new in P15, P15-c14): a cell of a fixed-width (space-aligned) print that wraps to
  the next line inside its column: part i+1 must begin the line after part i's line at the same
  display column (East Asian wide characters count 2) at which part i begins.
- page_split (kept from P14's checker, unused in P15): a cell of a fixed-width print preview that wraps over lines, and over a
  page break (page footer, repeated page header and column header in between): each part after the
  first begins a later line (after its indentation), within 12 lines of the previous part (what
  follows a part on its own line — the row's other columns — is not checked).
- files (kept from P13's checker, unused in P15): a plan given as several files; strings are checked
  against the files joined with a line break.
- wrapped_cell (kept, unused in P15).
- joined_from_lines without a flag (P15-c11): parts follow each other separated only by line breaks.
- box_cell (kept from P12's checker, unused in P15): a cell of a table drawn with box-drawing characters (│├┼┤) that wraps over
  consecutive lines: part 0 ends the cell in column k of some line, every middle part is the whole
  (stripped) cell in column k of the following lines, and the last part begins that column's cell.
Usage: python3 check_verbatim.py
"""

import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = set(' \t\r\n"')


def parts_follow(text, parts):
    """True if parts occur consecutively in text, separated only by SEP characters."""
    start = 0
    while True:
        i = text.find(parts[0], start)
        if i < 0:
            return False
        pos, ok = i + len(parts[0]), True
        for p in parts[1:]:
            while pos < len(text) and text[pos] in SEP:
                pos += 1
            if not text.startswith(p, pos):
                ok = False
                break
            pos += len(p)
        if ok:
            return True
        start = i + 1


def cells(line):
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [c.strip() for c in line.split("|")]


def wrapped_follow(text, parts):
    """True if each part is the cell in the same column on consecutive lines of a pipe table."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        cs = cells(line)
        for k, c in enumerate(cs):
            if c != parts[0]:
                continue
            ok = True
            for m, p in enumerate(parts[1:], 1):
                if n + m >= len(lines):
                    ok = False
                    break
                nxt = cells(lines[n + m])
                if k >= len(nxt) or nxt[k] != p:
                    ok = False
                    break
            if ok:
                return True
    return False


def page_split_follow(text, parts, max_lines=12):
    """True if each part after the first starts a later line (after indentation) within max_lines."""
    lines = text.split("\n")
    def starts(n, p):
        return lines[n].lstrip(" \t\u3000").startswith(p)
    def chain(n, k):
        if k == len(parts):
            return True
        for m in range(n + 1, min(len(lines), n + 1 + max_lines)):
            if starts(m, parts[k]) and chain(m, k + 1):
                return True
        return False
    for n, line in enumerate(lines):
        if parts[0] in line and chain(n, 1):
            return True
    return False


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def fixed_width_follow(text, parts):
    """True if each part begins the next line at the display column where the previous part begins."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        start = 0
        while True:
            i = line.find(parts[0], start)
            if i < 0:
                break
            col, m, ok = dwidth(line[:i]), n, True
            for p in parts[1:]:
                m += 1
                if m >= len(lines):
                    ok = False
                    break
                nxt, acc, k = lines[m], 0, 0
                while k < len(nxt) and acc < col:
                    acc += dwidth(nxt[k])
                    k += 1
                if acc != col or not nxt.startswith(p, k):
                    ok = False
                    break
            if ok:
                return True
            start = i + 1
    return False


BOX = "│├┼┤"


def box_cells(line):
    out, cur = [], ""
    for ch in line:
        if ch in BOX:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    out.append(cur.strip())
    return out


def box_follow(text, parts):
    """True if the parts are the same column of consecutive lines of a box-drawn table."""
    lines = text.split("\n")
    last = len(parts) - 1
    for n, line in enumerate(lines):
        for k, c in enumerate(box_cells(line)):
            if not c or not c.endswith(parts[0]):
                continue
            ok = n + last < len(lines)
            for m in range(1, last + 1):
                if not ok:
                    break
                nxt = box_cells(lines[n + m])
                cell = nxt[k] if k < len(nxt) else None
                if cell is None:
                    ok = False
                elif m < last:
                    ok = cell == parts[m]
                else:
                    ok = cell.startswith(parts[m])
            if ok:
                return True
    return False


def strings(rec):
    for k in ("person_intent", "family_intent", "needs"):
        for s in rec[k]:
            yield k, s
    for k in ("long_goals", "short_goals"):
        for g in rec[k]:
            yield k + ".text", g["text"]
            yield k + ".period", g["period"]
    for i, sv in enumerate(rec["services"]):
        for f in ("content", "type", "provider", "frequency", "period"):
            if f == "frequency" and sv.get("frequency_from_grid"):
                continue
            yield f"services[{i}].{f}", sv[f]


def main():
    path = os.path.join(HERE, "expected.P15.jsonl")
    recs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    fails = 0
    problems = 0
    for rec in recs:
        names = rec.get("files") or [rec["file"]]
        enc = rec.get("encoding", "utf-8")
        text = "\n".join(open(os.path.join(HERE, n), encoding=enc).read() for n in names)
        joined = {}
        errs = []
        for j in rec.get("joined_from_lines", []):
            if "".join(j["parts"]) != j["text"]:
                errs.append("joined text != parts: {!r}".format(j["text"]))
            for p in j["parts"]:
                if p not in text:
                    errs.append(f"joined part not verbatim: {p!r}")
            if j.get("fixed_width_wrap"):
                follow = fixed_width_follow
            elif j.get("page_split"):
                follow = page_split_follow
            elif j.get("box_cell"):
                follow = box_follow
            elif j.get("wrapped_cell"):
                follow = wrapped_follow
            else:
                follow = parts_follow
            if not follow(text, j["parts"]):
                errs.append("joined parts do not follow each other: {!r}".format(j["parts"]))
            joined[j["text"]] = j
        used = set()
        for field, s in strings(rec):
            if s == "":
                continue
            if s in joined:
                used.add(s)
                continue
            if s not in text:
                errs.append(f"{field} not verbatim: {s!r}")
        for t in joined:
            if t not in used:
                errs.append(f"joined string not used by any field: {t!r}")
        if errs:
            fails += 1
            problems += len(errs)
            print("FAIL", rec["id"])
            for e in errs:
                print("   ", e)
        else:
            print("ok  ", rec["id"])
    print(f"{len(recs) - fails}/{len(recs)} plans pass, {problems} problems")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())

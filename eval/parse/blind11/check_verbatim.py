#!/usr/bin/env python3
"""Check that every annotated string in expected.P16.jsonl is verbatim in its plan file.

Adapted from blind10's check_verbatim.py (P15). Exceptions (declared in README.md):
- joined_from_lines: a string the file breaks up is annotated joined (without a separator); each of
  its `parts` must be verbatim and the parts must follow each other as the record's flag says:
  - html_br (new in P16, P16-c01): the parts are separated only by whitespace and at least one
    <br>, <br/> or <br /> tag (a period stacked inside an HTML table cell).
  - quote_wrap (new in P16, P16-c04): a quoted e-mail line wrapped by the mail client: part i ends a
    line and part i+1 begins the next line, either at the line start or after quote markers (>)
    and spaces.
  - two_up_wrap (new in P16, P16-c10): two pages printed side by side and copied with the layout
    kept; a string wrapped inside its page column: part i ends its half of a line (left half =
    display columns before the right page's start column, right half = from it; East Asian wide
    characters count 2) and part i+1 begins the same half of the next line after its indentation.
  - interleaved (new in P16, P16-c11): a PDF copy that joins the fragments of all cells of a visual
    line with single spaces: part i+1 is on the line right after part i's line; every cut is at a
    space or a line edge (part i ends before a space or at the line end; part i+1 starts after a
    space or at the line start).
  - fixed_width_wrap, page_split, box_cell, wrapped_cell (kept from P15/P14/P12's checker, unused in P16).
  - no flag (kept, unused in P16): parts separated only by line breaks / spaces / tabs / `"`.
- frequency_from_calendar (new in P16, P16-c08 4 services): a frequency counted from the shared
  calendar's agenda list (the 頻度 cell says 「カレンダー参照」) is not checked verbatim.
  frequency_from_grid (kept, unused in P16) likewise.
- encoding (P16-c06 only, cp932): the file is decoded with the record's `encoding`; all others are
  UTF-8. Files are read in text mode, so CRLF line ends (c06, c09) count as line breaks; the LF
  inside c09's quoted cells is also a line break; c10's final form feed is an ordinary character.
- files (kept from P13's checker, unused in P16).
Usage: python3 check_verbatim.py
"""

import json
import os
import re
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


BR = re.compile(r"(?:\s|<br\s*/?>)*", re.I)


def html_br_follow(text, parts):
    """True if the parts follow each other separated only by whitespace and <br> tags (at least one)."""
    start = 0
    while True:
        i = text.find(parts[0], start)
        if i < 0:
            return False
        pos, ok = i + len(parts[0]), True
        for p in parts[1:]:
            m = BR.match(text, pos)
            if "<br" not in m.group(0).lower() or not text.startswith(p, m.end()):
                ok = False
                break
            pos = m.end() + len(p)
        if ok:
            return True
        start = i + 1


def quote_wrap_follow(text, parts):
    """True if part i ends a line and part i+1 begins the next line (at its start or after > markers)."""
    lines = text.split("\n")
    def begins(n, p):
        if n >= len(lines):
            return False
        line = lines[n]
        return line.startswith(p) or (line.startswith(">") and line.lstrip("> \u3000").startswith(p))
    for n, line in enumerate(lines):
        if not line.rstrip().endswith(parts[0]):
            continue
        m, ok = n, True
        for k, p in enumerate(parts[1:], 1):
            m += 1
            if not begins(m, p) or (k < len(parts) - 1 and not lines[m].rstrip().endswith(p)):
                ok = False
                break
        if ok:
            return True
    return False


def split_at_col(line, col):
    acc = 0
    for k, ch in enumerate(line):
        if acc >= col:
            return line[:k], line[k:]
        acc += dwidth(ch)
    return line, ""


def right_page_col(lines):
    """The display column where the right page starts: the most common column of text after 3+ spaces."""
    cols = {}
    for line in lines:
        m = re.search(r"   +(?=\S)", line)
        if m and m.start() > 0:
            c = dwidth(line[:m.end()])
            cols[c] = cols.get(c, 0) + 1
    return max(cols, key=cols.get) if cols else 0


def two_up_follow(text, parts):
    """True if each part ends its page half of a line and the next part begins that half of the next line."""
    lines = text.split("\n")
    col = right_page_col(lines)
    def halves(line):
        a, b = split_at_col(line, col)
        return [a.rstrip(), b.rstrip()]
    for n in range(len(lines)):
        for h in (0, 1):
            if not halves(lines[n])[h].endswith(parts[0]):
                continue
            m, ok = n, True
            for k, p in enumerate(parts[1:], 1):
                m += 1
                if m >= len(lines):
                    ok = False
                    break
                seg = halves(lines[m])[h].lstrip(" \u3000")
                if not seg.startswith(p) or (k < len(parts) - 1 and not seg.endswith(p)):
                    ok = False
                    break
            if ok:
                return True
    return False


def interleaved_follow(text, parts):
    """True if part i+1 is on the line after part i's line, every cut at a space or a line edge."""
    lines = text.split("\n")
    def found(n, p, need_start, need_end):
        line, i = lines[n], lines[n].find(p)
        while i >= 0:
            j = i + len(p)
            if (not need_start or i == 0 or line[i - 1] == " ") and (not need_end or j == len(line) or line[j] == " "):
                return True
            i = line.find(p, i + 1)
        return False
    last = len(parts) - 1
    for n in range(len(lines) - last):
        if found(n, parts[0], False, True) and all(found(n + k, parts[k], True, k < last) for k in range(1, last + 1)):
            return True
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
            if f == "frequency" and (sv.get("frequency_from_grid") or sv.get("frequency_from_calendar")):
                continue
            yield f"services[{i}].{f}", sv[f]


def main():
    path = os.path.join(HERE, "expected.P16.jsonl")
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
            if j.get("html_br"):
                follow = html_br_follow
            elif j.get("quote_wrap"):
                follow = quote_wrap_follow
            elif j.get("two_up_wrap"):
                follow = two_up_follow
            elif j.get("interleaved"):
                follow = interleaved_follow
            elif j.get("fixed_width_wrap"):
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

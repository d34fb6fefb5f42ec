"""Helpers for writing pandoc-style ASCII grid tables (+---+ / | cell |) with East Asian width."""

import unicodedata


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(text: str, width: int) -> list:
    lines = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if dw(cur + ch) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


def rule(widths, ch="-"):
    return "+" + "+".join(ch * (w + 2) for w in widths) + "+"


def row(cells, widths):
    wrapped = [wrap(c, w) for c, w in zip(cells, widths)]
    n = max(len(x) for x in wrapped)
    out = []
    for i in range(n):
        parts = []
        for col, w in zip(wrapped, widths):
            t = col[i] if i < len(col) else ""
            parts.append(" " + t + " " * (w - dw(t)) + " ")
        out.append("|" + "|".join(parts) + "|")
    return out


def table(header, rows, widths):
    out = [rule(widths)]
    if header:
        out += row(header, widths)
        out.append(rule(widths, "="))
    for r in rows:
        out += row(r, widths)
        out.append(rule(widths))
    return "\n".join(out)

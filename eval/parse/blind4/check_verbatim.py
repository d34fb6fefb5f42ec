"""Check expected.P9.jsonl: every annotated string occurs verbatim in its plan file.

Exceptions (documented in README and in each record):
- a string listed in the record's `verbatim_exceptions` with `parts`: each part must occur
  verbatim, in order, and the parts joined must equal the annotated text;
- a service with `"frequency_from_grid": true`: its frequency is counted from the 第3表 grid
  and is not checked (the grid must exist in the file).
Run: python3 check_verbatim.py   (exit code 1 on any failure)
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
KEYS = ["id", "file", "layouts", "form", "writer", "split", "person_intent", "family_intent",
        "needs", "long_goals", "short_goals", "services", "notes"]
fails, n_checked = [], 0

def check(rec, text, field, s, exc):
    global n_checked
    if s == "":
        return
    n_checked += 1
    if s in text:
        return
    for e in exc:
        if e.get("text") == s and e.get("parts"):
            pos = 0
            ok = "".join(e["parts"]) == s
            for p in e["parts"]:
                i = text.find(p, pos)
                if i < 0:
                    ok = False
                    break
                pos = i + len(p)
            if ok:
                return
    fails.append(f"{rec['id']} {field}: not verbatim: {s!r}")

ids = set()
for line in (HERE / "expected.P9.jsonl").read_text(encoding="utf-8").splitlines():
    rec = json.loads(line)
    missing = [k for k in KEYS if k not in rec]
    if missing:
        fails.append(f"{rec.get('id')}: missing keys {missing}")
    if rec["id"] in ids:
        fails.append(f"duplicate id {rec['id']}")
    ids.add(rec["id"])
    if rec["writer"] != "P9" or rec["split"] != "blind4":
        fails.append(f"{rec['id']}: writer/split")
    text = (HERE / rec["file"]).read_text(encoding="utf-8")
    exc = rec.get("verbatim_exceptions", [])
    for f in ("person_intent", "family_intent", "needs"):
        for s in rec[f]:
            check(rec, text, f, s, exc)
    for f in ("long_goals", "short_goals"):
        for g in rec[f]:
            check(rec, text, f + ".text", g["text"], exc)
            check(rec, text, f + ".period", g["period"], exc)
    for sv in rec["services"]:
        for k in ("content", "type", "provider", "frequency", "period"):
            if k == "frequency" and sv.get("frequency_from_grid"):
                if "第3表" not in text:
                    fails.append(f"{rec['id']}: frequency_from_grid without a 第3表 grid")
                continue
            check(rec, text, "services." + k, sv[k], exc)

print(f"{len(ids)} records, {n_checked} strings checked, {len(fails)} failures")
for f in fails:
    print("  " + f)
sys.exit(1 if fails else 0)

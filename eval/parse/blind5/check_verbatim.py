"""Check that every annotated string of expected.P10.jsonl is verbatim in its plan file.

Exceptions, each declared in the record:
- a string listed in ``joined_from_lines`` must have each of its parts verbatim in the file, in
  order, separated only by line breaks, spaces, tabs or the double quote of a quoted TSV cell;
- a service with ``"frequency_from_grid": true`` has a frequency counted from the 第3表 grid, so
  only that frequency is not searched.

Run: python3 check_verbatim.py  (from this folder or anywhere)
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "expected.P10.jsonl"
GAP = re.compile(r'[\s"]*')
SCHEMA = {
    "id",
    "file",
    "layouts",
    "form",
    "writer",
    "split",
    "person_intent",
    "family_intent",
    "needs",
    "long_goals",
    "short_goals",
    "services",
    "notes",
}


def joined_ok(text, parts, body):
    if "".join(parts) != text:
        return False
    pattern = GAP.pattern.join(re.escape(p) for p in parts)
    return re.search(pattern, body) is not None


def strings(rec):
    for key in ("person_intent", "family_intent", "needs"):
        for value in rec[key]:
            yield key, value
    for key in ("long_goals", "short_goals"):
        for goal in rec[key]:
            yield key + ".text", goal["text"]
            yield key + ".period", goal["period"]
    for svc in rec["services"]:
        for field in ("content", "type", "provider", "frequency", "period"):
            if field == "frequency" and svc.get("frequency_from_grid"):
                continue
            yield "services." + field, svc[field]


def check(rec):
    problems = []
    missing = SCHEMA - set(rec)
    if missing:
        problems.append("missing keys " + ", ".join(sorted(missing)))
        return problems
    body = (HERE / rec["file"]).read_text(encoding="utf-8")
    joined = {j["text"]: j["parts"] for j in rec.get("joined_from_lines", [])}
    for field, value in strings(rec):
        if value == "" or value in body:
            continue
        if value in joined and joined_ok(value, joined[value], body):
            continue
        problems.append(f"{field}: {value!r} not verbatim")
    for svc in rec["services"]:
        if not svc["content"]:
            problems.append("service without content")
    return problems


def main():
    records = [json.loads(line) for line in EXPECTED.read_text(encoding="utf-8").splitlines() if line]
    failed = 0
    for rec in records:
        problems = check(rec)
        status = "ok" if not problems else "FAIL"
        print(
            f"{rec['id']}: {status} ({len(rec['needs'])} needs, {len(rec['long_goals'])} long, "
            f"{len(rec['short_goals'])} short, {len(rec['services'])} services)"
        )
        for problem in problems:
            print("   ", problem)
        failed += bool(problems)
    print(f"{len(records)} records, {failed} with problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

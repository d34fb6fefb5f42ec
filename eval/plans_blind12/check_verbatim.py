#!/usr/bin/env python3
"""Check expected.H6.jsonl against the plan files in this folder.

- every plan file named in the JSONL exists, is UTF-8, and every plan file is named once;
- each record has all checks R01-R18 with a boolean `fires` and a list `evidence`;
- every evidence string is a verbatim substring of its plan and lies on a single line;
- non-firing and not-run checks carry no evidence.
Exit status 0 when everything passes.
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
CHECKS = [f"R{i:02d}" for i in range(1, 19)]
KEYS = {"id", "file", "form", "level", "condition", "layouts", "quality", "municipality", "writer", "notes", "checks"}


def main() -> int:
    errors = []
    records = [
        json.loads(line)
        for line in (HERE / "expected.H6.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    named = set()
    for rec in records:
        rid = rec.get("id", "?")
        missing = KEYS - rec.keys()
        if missing:
            errors.append(f"{rid}: missing keys {sorted(missing)}")
            continue
        path = HERE / rec["file"]
        named.add(rec["file"])
        if not path.exists():
            errors.append(f"{rid}: file {rec['file']} not found")
            continue
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(f"{rid}: not UTF-8 ({exc})")
            continue
        if set(rec["checks"]) != set(CHECKS):
            errors.append(f"{rid}: checks are {sorted(rec['checks'])}")
        for cid, verdict in rec["checks"].items():
            if not isinstance(verdict.get("fires"), bool) or not isinstance(verdict.get("evidence"), list):
                errors.append(f"{rid} {cid}: bad verdict {verdict}")
                continue
            if (not verdict["fires"] or verdict.get("na")) and verdict["evidence"]:
                errors.append(f"{rid} {cid}: evidence on a check that does not fire")
            if verdict.get("na") and verdict["fires"]:
                errors.append(f"{rid} {cid}: na check marked as firing")
            for ev in verdict["evidence"]:
                if not ev:
                    errors.append(f"{rid} {cid}: empty evidence string")
                elif ev not in text:
                    errors.append(f"{rid} {cid}: not verbatim: {ev!r}")
                elif "\n" in ev:
                    errors.append(f"{rid} {cid}: evidence spans lines: {ev!r}")
    plan_files = {p.name for p in HERE.iterdir() if p.name.startswith("H6-") and p.suffix in {".txt", ".tsv", ".csv", ".md"}}
    for extra in sorted(plan_files - named):
        errors.append(f"plan file not annotated: {extra}")
    for err in errors:
        print("FAIL", err)
    n_ev = sum(len(v["evidence"]) for r in records for v in r["checks"].values())
    print(f"{len(records)} plans, {n_ev} evidence strings, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

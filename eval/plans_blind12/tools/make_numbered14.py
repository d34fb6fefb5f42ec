#!/usr/bin/env python3
"""Write H6-14: a plan transcribed for ケアプラン点検 with 4-digit line numbers and wrapped lines (N98)."""
import pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from gridlib import wrap
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "H6-14_rheumatoid_arthritis_N98L3L5_good.txt"
src = (HERE / "src" / "h6-14.txt").read_text(encoding="utf-8").splitlines()
out = ["ケアプラン点検用　計画書転記（行番号付き）　事業所番号 1470000000　提出日 R8.12.1",
       "※点検の際は「0012行目」のように行番号でご指摘ください。", ""]
n = 1
for line in src:
    for part in (wrap(line, 96) if line else [""]):
        out.append(f"{n:04d}  {part}")
        n += 1
OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
print(OUT)

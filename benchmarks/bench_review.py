"""Review speed: one ~2,500-character plan reviewed repeatedly, offline, no index.

Target (issue 3, 2-core CPU): p95 ≤ 300 ms.  Run:
``.venv/bin/python benchmarks/bench_review.py``.  Prints numbers and asserts
nothing: timings belong in benchmarks, not tests.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.guidelines.corpus import load_corpus  # noqa: E402
from assistant.resources import CORPUS_DIR  # noqa: E402
from assistant.review.engine import ReviewEngine  # noqa: E402

PLANS = [ROOT / "tests" / "fixtures" / "plans" / "good.txt", ROOT / "tests" / "fixtures" / "plans" / "poor.txt"]
TARGET_CHARS = 2500
RUNS = 50


def main() -> None:
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in PLANS)
    text = (base * (TARGET_CHARS // len(base) + 1))[:TARGET_CHARS]
    t = time.perf_counter()
    engine = ReviewEngine.offline(load_corpus(CORPUS_DIR))
    setup = time.perf_counter() - t
    engine.review(text)  # warm the tokenizer
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        review = engine.review(text)
        times.append(time.perf_counter() - t)
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"plan: {len(text)} 文字, findings {len(review.findings)}, strengths {len(review.strengths)}")
    _every_layout(engine)
    print(f"engine setup: {setup:.2f} s")
    print(f"review: median {statistics.median(times) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms (target ≤ 300 ms)")


def _every_layout(engine: ReviewEngine) -> None:
    """Each plan of the tuning and parse development sets once (every layout, the dense model when R05 needs it)."""
    from assistant.review.files import read_plan_inputs

    files = sorted((ROOT / "eval" / "plans_tune").glob("T1-*")) + sorted((ROOT / "eval" / "parse" / "dev").glob("P*-d*"))
    plans, _ = read_plan_inputs([f for f in files if f.suffix != ".csv"])
    times = []
    for plan in plans:
        t = time.perf_counter()
        engine.review(plan.text)
        times.append((time.perf_counter() - t, len(plan.text)))
    ordered = sorted(t for t, _ in times)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    slowest = max(times)
    print(f"every layout: {len(times)} plans, p95 {p95 * 1000:.0f} ms, slowest {slowest[0] * 1000:.0f} ms ({slowest[1]} 文字; "
          "the first review that needs the dense model also loads it)")


if __name__ == "__main__":
    main()

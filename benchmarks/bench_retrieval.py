"""Retrieval speed: full rebuild, load of a built index, query latency.

Targets (issue 2, 2-core CPU): rebuild ≤ 30 s, load ≤ 2 s, query p95 ≤ 50 ms.
Run: ``.venv/bin/python benchmarks/bench_retrieval.py``.  Prints numbers; it
asserts nothing, because timings belong here and not in the tests.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.search.index import GuidelineIndex  # noqa: E402
from assistant.search.retrieval import GuidelineRetriever  # noqa: E402
from assistant.settings import Settings  # noqa: E402

LOAD_SNIPPET = """
import time, sys
t0 = time.perf_counter()
from assistant.search.index import GuidelineIndex
from assistant.settings import Settings
t1 = time.perf_counter()
index = GuidelineIndex.open(Settings.from_env())
t2 = time.perf_counter()
assert not index.report.dense_rebuilt and not index.report.lexical_rebuilt
print(t1 - t0, t2 - t1)
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        settings = Settings.from_env({"CAREPLAN_HOME": home})
        t = time.perf_counter()
        index = GuidelineIndex.open(settings, rebuild=True)
        rebuild = time.perf_counter() - t

        loads = []
        for _ in range(3):
            out = subprocess.run([sys.executable, "-c", LOAD_SNIPPET], cwd=ROOT, capture_output=True, text=True,
                                 env={"CAREPLAN_HOME": home, "PATH": "/usr/bin:/bin"}, check=True)
            loads.append(tuple(float(x) for x in out.stdout.split()))

        retriever = GuidelineRetriever(index=index)
        questions = [json.loads(line)["question"] for line in
                     (ROOT / "eval" / "retrieval.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        for q in questions[:5]:
            retriever.search(q)  # warm-up
        times = []
        for _ in range(3):
            for q in questions:
                t = time.perf_counter()
                retriever.search(q)
                times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"chunks: {len(index.chunks)}, embedding: {index.embedding.model_id}")
        print(f"full rebuild: {rebuild:.2f} s (target ≤ 30 s)")
        print(f"load built index in a fresh process: open {max(load[1] for load in loads):.2f} s "
              f"(+ imports {max(load[0] for load in loads):.2f} s) (target ≤ 2 s)")
        print(f"query latency over {len(times)} queries: median {statistics.median(times):.1f} ms, "
              f"p95 {p95:.1f} ms, max {times[-1]:.1f} ms (target p95 ≤ 50 ms)")


if __name__ == "__main__":
    main()

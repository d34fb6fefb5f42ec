"""Load on the real app: 20 gradio_client sessions × 10 mixed requests, then the same with a bad request in flight.

Starts ``app.py`` on loopback (free port, temporary ``CAREPLAN_HOME``), runs
the sessions concurrently (reviews of a normal plan, questions, searches), and
reports errors, p50 and p95 per kind and the app's resident memory (current
and peak, from ``/proc/<pid>/status``).  Then, for each pathological input,
it starts that one request and runs the same load while it is in flight:
the normal reviews' p95 is the figure that matters (issue 10 target: 0 errors,
p95 ≤ 2 s), with the time the page itself took to load meanwhile.

Pathological inputs (``--bad``, comma-separated), each reviewed in trainer mode (the most work per plan):

- ``plans``: a whole plan repeated up to the longest text accepted (30,000 characters) — the slowest on 2026-12-01;
- ``table``: 30,000 characters of repeated tab-separated 第2表 rows;
- ``digits``: 「長期目標：」 followed by 29,990 digits (a line the reader's patterns used to take minutes over).

Run: ``.venv/bin/python benchmarks/bench_load.py [--sessions 20] [--requests 10] [--bad plans,table,digits]``.
Prints numbers, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAN = (ROOT / "tests" / "fixtures" / "plans" / "poor.txt").read_text(encoding="utf-8")
QUESTIONS = ["モニタリングで大切なことは？", "サービス担当者会議には誰が出る？", "利用者の希望を全部ケアプランに入れていいの？"]
SEARCHES = ["公正中立", "自立支援", "インフォーマルサービス"]
ROW = "歩行が不安定で外出が減った\t近所の公園まで杖で歩ける\t自宅周辺を10分歩ける\t歩行訓練\t○\t通所リハビリテーション\tひかり苑\t週2回\tR7.4〜R7.9\n"
BAD = {
    "plans": ((PLAN + "\n") * (30_000 // len(PLAN) + 1))[:30_000],
    "table": ("【第2表】\n" + ROW * 400)[:30_000],
    "digits": "長期目標：" + "1" * 29_990,
}


@dataclass
class Results:
    times: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    client_cpu: float = 0.0  # this process (the 20 gradio_client sessions) over the run

    def add(self, kind: str, seconds: float) -> None:
        self.times.setdefault(kind, []).append(seconds)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _memory(pid: int) -> tuple[float, float]:
    """(current, peak) resident memory in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _session(url: str, index: int, requests: int, results: Results, lock: threading.Lock) -> None:
    from gradio_client import Client

    try:
        client = Client(url, verbose=False)
    except Exception as exc:  # noqa: BLE001 - a session that cannot connect fails all its requests
        with lock:
            results.errors += [f"connect: {type(exc).__name__}: {str(exc)[:120]}"] * requests
        return
    for i in range(requests):
        kind = ("review", "ask", "search")[(index + i) % 3]
        start = time.perf_counter()
        try:
            if kind == "review":
                out = client.predict(PLAN, "both", "care-manager", api_name="/review")
                assert out["findings"], "no findings"
            elif kind == "ask":
                out = client.predict(QUESTIONS[i % 3], "both", api_name="/ask")
                assert "⚠️" not in out, out[:80]
            else:
                out = client.predict(SEARCHES[i % 3], "both", api_name="/search")
                assert out.strip(), "empty search"
        except Exception as exc:  # noqa: BLE001 - counted and reported
            with lock:
                results.errors.append(f"{kind}: {type(exc).__name__}: {str(exc)[:120]}")
            continue
        with lock:
            results.add(kind, time.perf_counter() - start)


def run_load(url: str, sessions: int, requests: int, pid: int) -> tuple[Results, float, float]:
    """Results, wall seconds, and the app's CPU seconds over the run."""
    results, lock = Results(), threading.Lock()
    start, cpu, own = time.perf_counter(), _cpu_seconds(pid), _cpu_seconds(os.getpid())
    with ThreadPoolExecutor(max_workers=sessions) as pool:
        for future in [pool.submit(_session, url, i, requests, results, lock) for i in range(sessions)]:
            future.result()
    results.client_cpu = _cpu_seconds(os.getpid()) - own
    return results, time.perf_counter() - start, _cpu_seconds(pid) - cpu


def report(title: str, results: Results, wall: float, cpu: float, pid: int) -> None:
    total = sum(len(v) for v in results.times.values()) + len(results.errors)
    current, peak = _memory(pid)
    print(f"\n## {title}")
    print(f"requests {total}, errors {len(results.errors)}, wall {wall:.1f} s, app CPU {cpu:.1f} s "
          f"({cpu / max(total, 1) * 1000:.0f} ms a request), clients' CPU {results.client_cpu:.1f} s, app RSS {current:.0f} MB (peak {peak:.0f} MB), "
          f"load average {os.getloadavg()[0]:.1f}")
    everything = [t for v in results.times.values() for t in v]
    for kind, values in [("all", everything), *sorted(results.times.items())]:
        if values:
            print(f"  {kind:7s} n={len(values):3d}  p50 {statistics.median(values):6.2f} s  "
                  f"p95 {_percentile(values, 0.95):6.2f} s  max {max(values):6.2f} s")
    for error in results.errors[:5]:
        print(f"  error: {error}")


def page_load_seconds(url: str, timeout: float = 120) -> str:
    """How long ``/`` and ``/config`` took, or that they did not load within ``timeout``."""
    start = time.perf_counter()
    try:
        for path in ("", "config"):
            with urllib.request.urlopen(url + path, timeout=timeout) as response:
                response.read()
    except OSError as exc:
        return f"not loaded ({type(exc).__name__} after {time.perf_counter() - start:.0f} s)"
    return f"{time.perf_counter() - start:.2f} s"


def with_bad_request(url: str, name: str, sessions: int, requests: int, pid: int) -> None:
    from gradio_client import Client

    outcome: dict[str, str | float] = {}

    def bad() -> None:
        start = time.perf_counter()
        try:
            Client(url, verbose=False).predict(BAD[name], "both", "trainer", api_name="/review")
            outcome["result"] = "reviewed"
        except Exception as exc:  # noqa: BLE001 - the refusal is the expected outcome
            outcome["result"] = str(exc)[:100]
        outcome["seconds"] = time.perf_counter() - start

    thread = threading.Thread(target=bad, daemon=True)
    thread.start()
    time.sleep(1.0)  # the bad request is running
    page = page_load_seconds(url)
    results, wall, cpu = run_load(url, sessions, requests, pid)
    report(f"same load with one pathological request in flight: {name} ({len(BAD[name]):,} characters)",
           results, wall, cpu, pid)
    print(f"  page (/ and /config) while it ran: {page}")
    thread.join(timeout=600)
    print(f"  the pathological request: {outcome.get('result', 'still running')!r} "
          f"after {outcome.get('seconds', float('nan')):.1f} s")


def main() -> None:
    sys.stdout.reconfigure(line_buffering=True)  # figures appear as they come, even into a file
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument("--bad", default="plans,table,digits", help="comma-separated: " + ", ".join(BAD))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        port = _free_port()
        env = os.environ | {"CAREPLAN_HOME": home, "CAREPLAN_HOST": "127.0.0.1", "CAREPLAN_PORT": str(port),
                            "GRADIO_ANALYTICS_ENABLED": "False"}
        env.pop("CAREPLAN_AUTH_FILE", None)
        log = Path(home) / "app.log"
        with log.open("w") as out:
            proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}/"
            while True:
                if proc.poll() is not None:
                    raise SystemExit(f"app exited:\n{log.read_text()}")
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=1):
                        break
                except OSError:
                    time.sleep(0.5)
            run_load(url, 2, 3, proc.pid)  # warm-up
            print(f"# bench_load: {args.sessions} sessions × {args.requests} requests (review / ask / search), "
                  f"{os.cpu_count()} CPUs")
            results, wall, cpu = run_load(url, args.sessions, args.requests, proc.pid)
            report("normal load", results, wall, cpu, proc.pid)
            for name in filter(None, args.bad.split(",")):
                with_bad_request(url, name, args.sessions, args.requests, proc.pid)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    main()

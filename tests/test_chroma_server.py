"""Chroma in client/server mode: a real ``chroma run`` on loopback, two app processes sharing it.

Each app process has its own CAREPLAN_HOME (the lexical side stays local) and
reaches the dense side through CHROMA_HOST / CHROMA_PORT.  The first process
fills the server's collection; the second finds it complete and only reads.
Both must rank exactly as the folder-based (persistent) index does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import REPO, _free_port

pytestmark = pytest.mark.slow

QUERIES = [
    "担当者が集まって話し合う会議で大切なこと",
    "サービス開始後に状態の変化を確かめ続けること",
    "本人の好きなことを目標に入れたい",
]

APP_SNIPPET = """
import json, sys
from assistant.search.index import GuidelineIndex
from assistant.search.retrieval import GuidelineRetriever
from assistant.settings import Settings

index = GuidelineIndex.open(Settings.from_env())
retriever = GuidelineRetriever(index=index)
print(json.dumps({
    "dense_rebuilt": index.report.dense_rebuilt,
    "dense_available": index.dense_available,
    "notice": index.dense_notice,
    "hits": {q: [[h.clause.id, h.dense_score] for h in retriever.search(q, k=5, mode="dense").hits]
             for q in json.loads(sys.argv[1])},
    "hybrid": {q: [h.clause.id for h in retriever.search(q, k=3).hits] for q in json.loads(sys.argv[1])},
}))
"""


def _chroma_cli() -> str:
    found = Path(sys.executable).with_name("chroma")
    if not found.exists():
        pytest.fail(f"the chroma command that comes with chromadb is missing next to {sys.executable}")
    return str(found)


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory) -> Iterator[tuple[str, int]]:
    """``chroma run`` on a free loopback port, with its data in a temp folder."""
    data = tmp_path_factory.mktemp("chroma-server")
    port = _free_port()
    log = (data / "server.log").open("w")
    proc = subprocess.Popen([_chroma_cli(), "run", "--path", str(data / "db"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            pytest.fail(f"chroma run exited: {(data / 'server.log').read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2) as reply:
                if reply.status == 200:
                    break
        except OSError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("chroma run did not answer within 60 s")
        time.sleep(0.3)
    yield "127.0.0.1", port
    proc.terminate()
    proc.wait(timeout=30)
    log.close()
    shutil.rmtree(data, ignore_errors=True)


def _app(home: Path, host: str, port: int) -> subprocess.Popen:
    env = os.environ | {"CAREPLAN_HOME": str(home), "CHROMA_HOST": host, "CHROMA_PORT": str(port)}
    return subprocess.Popen([sys.executable, "-c", APP_SNIPPET, json.dumps(QUERIES, ensure_ascii=False)],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _result(proc: subprocess.Popen) -> dict:
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    return json.loads(out)


def test_two_app_processes_share_one_chroma_server(chroma_server, retriever, tmp_path):
    host, port = chroma_server
    first = _result(_app(tmp_path / "home-a", host, port))
    assert first["dense_available"] and first["dense_rebuilt"]  # the first process fills the server

    # Two more processes at once, each with its own home: both find the collection complete.
    second, third = [_result(p) for p in [_app(tmp_path / "home-b", host, port),
                                           _app(tmp_path / "home-c", host, port)]]
    for other in (second, third):
        assert other["dense_available"] and not other["dense_rebuilt"]
        assert other["hits"] == first["hits"] and other["hybrid"] == first["hybrid"]

    for query in QUERIES:  # the same ranking and scores as the folder-based index
        local = retriever.search(query, k=5, mode="dense").hits
        assert [cid for cid, _ in first["hits"][query]] == [h.clause.id for h in local]
        assert all(abs(score - h.dense_score) < 1e-5 for (_, score), h in zip(first["hits"][query], local, strict=True))
        assert first["hybrid"][query] == [h.clause.id for h in retriever.search(query, k=3).hits]
    assert not list((tmp_path / "home-a" / "index").rglob("chroma.sqlite3"))  # no local vector store


def test_unreachable_server_leaves_search_lexical_with_a_notice(tmp_path):
    env = os.environ | {"CAREPLAN_HOME": str(tmp_path / "home"), "CHROMA_HOST": "127.0.0.1",
                        "CHROMA_PORT": str(_free_port())}
    out = subprocess.run([sys.executable, "-m", "assistant.cli", "search", "モニタリング", "--k", "1"],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    assert "Chroma サーバー" in out.stdout and "語彙検索のみ" in out.stdout
    assert "arakawa-2019/4-1-6" in out.stdout

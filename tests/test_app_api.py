"""The real app on a free port, called through gradio_client as a script would."""

import os
import socket
import subprocess
import sys
import time

import pytest
from gradio_client import Client

from assistant.settings import PROJECT_ROOT

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    port = _free_port()
    env = os.environ | {"CAREPLAN_HOME": str(tmp_path_factory.mktemp("app-home")), "CAREPLAN_PORT": str(port),
                        "GRADIO_ANALYTICS_ENABLED": "False"}
    proc = subprocess.Popen([sys.executable, "app.py"], cwd=PROJECT_ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"app exited: {proc.stdout.read()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("app did not start within 180 s")
    yield url
    proc.terminate()
    proc.wait(timeout=30)


def test_ask_endpoint_answers_with_a_citation(app_url):
    client = Client(app_url, verbose=False)
    out = client.predict("利用者の希望を全部ケアプランに入れていいの？", "both", api_name="/ask")
    assert "荒川区ガイドライン 4 自立支援・重度化防止に向けて（第2段落）" in out
    assert "最善のケアプランとは限らない" in out


def test_search_endpoint_filters_by_municipality(app_url):
    client = Client(app_url, verbose=False)
    out = client.predict("公正中立", "suginami", api_name="/search")
    assert "杉並区基本方針 1（3）" in out and "荒川区" not in out


def test_empty_question_gets_a_japanese_message(app_url):
    client = Client(app_url, verbose=False)
    assert "検索する言葉を入力してください" in client.predict("   ", "both", api_name="/ask")

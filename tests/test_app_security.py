"""Personal data stays private and short-lived; only logged-in users and documented endpoints get in.

The fast tests exercise the parts on real files, real threads and real
subprocesses; the slow ones start the real app (``app.py``) with a login, a
1 MB upload limit, a one-minute retention and a private system temp folder,
and talk to it over HTTP as a browser and as gradio_client would.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from assistant.app.access import (
    AccessError,
    Login,
    check_password,
    configure_login,
    exposure_warning,
    hash_password,
    is_loopback,
    load_credentials,
)
from assistant.app.budget import BudgetExceeded, TimeBudget
from assistant.app.export import write_export
from assistant.app.storage import Janitor, PrivateFolders, discard, make_private, prune
from assistant.settings import Settings

from .conftest import REPO

PLAN = (REPO / "tests" / "fixtures" / "plans" / "poor.txt").read_text(encoding="utf-8")
USER, PASSWORD = "kyotaku-a", "mado-no-soto-ha-ame"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _tree(root: Path) -> tuple[list[Path], list[Path]]:
    folders, files = [], []
    for base, dirs, names in os.walk(root):
        folders += [Path(base) / d for d in dirs]
        files += [Path(base) / n for n in names]
    return folders, files


# --- storage -----------------------------------------------------------------------------------


def test_prune_removes_files_past_retention_and_keeps_recent_ones(tmp_path):
    old_dir, new_dir = tmp_path / "a1", tmp_path / "b2"
    old_dir.mkdir(), new_dir.mkdir()
    old, new = old_dir / "予定表.txt", new_dir / "予定表.txt"
    old.write_text("x", encoding="utf-8"), new.write_text("y", encoding="utf-8")
    past = time.time() - 120
    os.utime(old, (past, past))
    os.utime(old_dir, (past, past))
    assert prune(tmp_path, max_age_seconds=60) == 1
    assert not old.exists() and not old_dir.exists()
    assert new.exists()


def test_make_private_tightens_what_an_older_version_left_open(tmp_path):
    folder = tmp_path / "exports"
    (folder / "abc").mkdir(parents=True)
    (folder / "abc" / "結果.md").write_text("x", encoding="utf-8")
    os.chmod(folder / "abc", 0o755), os.chmod(folder / "abc" / "結果.md", 0o644)
    make_private(folder)
    assert _mode(folder) == _mode(folder / "abc") == 0o700
    assert _mode(folder / "abc" / "結果.md") == 0o600


def test_discard_deletes_only_inside_its_root(tmp_path):
    root, outside = tmp_path / "uploads", tmp_path / "keep.txt"
    (root / "h").mkdir(parents=True)
    upload = root / "h" / "plan.txt"
    upload.write_text("x", encoding="utf-8"), outside.write_text("y", encoding="utf-8")
    discard(outside, root)
    discard(root / "h" / ".." / ".." / "keep.txt", root)
    assert outside.exists()
    discard(upload, root)
    assert not upload.exists() and not (root / "h").exists() and root.exists()


def test_processes_sharing_a_home_keep_their_own_files(tmp_path):
    settings = Settings.from_env({"CAREPLAN_HOME": str(tmp_path), "CAREPLAN_RETENTION_MINUTES": "1"})
    mine, other = PrivateFolders.for_process(settings), PrivateFolders.for_process(settings)
    dead = settings.uploads_dir / "app-1-dead"
    janitor = Janitor(settings, mine)
    janitor.start()
    Janitor(settings, other).start()
    dead.mkdir()
    (other.exports / "結果.md").write_text("x", encoding="utf-8")
    past = time.time() - 300
    for folder in (mine.uploads, mine.exports, dead):
        os.utime(folder, (past, past))
    janitor.sweep()
    assert mine.uploads.is_dir() and mine.exports.is_dir()  # alive: touched at every sweep
    assert not dead.exists()  # a killed process's empty folder goes by age
    janitor.stop()
    assert not mine.uploads.exists() and not mine.exports.exists()
    assert (other.exports / "結果.md").exists()
    assert _mode(settings.uploads_dir) == _mode(other.uploads) == 0o700


def test_an_export_is_private(tmp_path, retriever):
    from assistant.review.engine import ReviewEngine

    review = ReviewEngine.from_retriever(retriever).review(PLAN)
    for kind in ("md", "docx"):
        path = write_export(review, tmp_path / "exports", kind)
        assert path.suffix == f".{kind}" and path.stat().st_size > 0
        assert _mode(path) == 0o600 and _mode(path.parent) == 0o700


# --- access ------------------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost", "LOCALHOST"])
def test_loopback_hosts(host):
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "10.0.0.1", "careplan.example", ""])
def test_network_hosts(host):
    assert not is_loopback(host)


def test_password_hash_is_salted_and_checks(tmp_path):
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first != second and first.startswith("scrypt$")
    assert check_password(PASSWORD, first) and check_password(PASSWORD, second)
    assert not check_password(PASSWORD + "!", first)


def test_the_helper_prints_a_line_the_app_accepts(tmp_path):
    out = subprocess.run([sys.executable, "-m", "assistant.app.access", USER], input=PASSWORD + "\n",
                         capture_output=True, text=True, cwd=REPO, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    line = out.stdout.strip()
    assert line.startswith(f"{USER}:scrypt$") and PASSWORD not in line
    auth = tmp_path / "users.txt"
    auth.write_text(f"# 事業所A\n\n{line}\n", encoding="utf-8")
    login = configure_login(Settings.from_env({"CAREPLAN_HOST": "0.0.0.0", "CAREPLAN_AUTH_FILE": str(auth)}))
    assert isinstance(login, Login) and set(login.users) == {USER}
    import asyncio

    assert asyncio.run(login.verify(USER, PASSWORD))
    assert not asyncio.run(login.verify(USER, "chigau-password"))
    assert not asyncio.run(login.verify("dareka", PASSWORD))


def test_the_helper_refuses_a_short_password_in_japanese():
    out = subprocess.run([sys.executable, "-m", "assistant.app.access", USER], input="short\n",
                         capture_output=True, text=True, cwd=REPO, timeout=60, check=False)
    assert out.returncode == 2 and "8文字以上" in out.stderr and not out.stdout


def test_a_network_host_needs_an_auth_file():
    with pytest.raises(AccessError, match="CAREPLAN_AUTH_FILE"):
        configure_login(Settings.from_env({"CAREPLAN_HOST": "0.0.0.0"}))
    assert configure_login(Settings.from_env({"CAREPLAN_HOST": "127.0.0.1"})) is None


@pytest.mark.parametrize("content, message", [
    ("", "一人もいない"),
    ("kyotaku-a:password\n", "1行目"),
    ("# comment\nkyotaku a:scrypt$16384$8$1$AAAA$AAAA\n", "2行目"),
])
def test_a_bad_auth_file_is_a_japanese_sentence(tmp_path, content, message):
    auth = tmp_path / "users.txt"
    auth.write_text(content, encoding="utf-8")
    with pytest.raises(AccessError, match=message):
        load_credentials(auth)
    with pytest.raises(AccessError, match="読めない"):
        load_credentials(tmp_path / "missing.txt")


def test_the_exposure_warning_says_what_is_exposed(tmp_path):
    settings = Settings.from_env({"CAREPLAN_HOST": "0.0.0.0", "CAREPLAN_PORT": "8123"})
    warning = exposure_warning(settings, Login({USER: hash_password(PASSWORD)}))
    assert warning and "\n" not in warning
    assert "0.0.0.0:8123" in warning and "個人情報" in warning and "TLS" in warning and "リバースプロキシ" in warning
    assert exposure_warning(Settings.from_env({}), None) is None


# --- time budget -------------------------------------------------------------------------------


def test_a_request_over_budget_is_a_japanese_sentence_and_the_caller_is_not_held():
    budget = TimeBudget(0.3, slots=2)
    release = threading.Event()
    start = time.monotonic()
    with pytest.raises(BudgetExceeded, match="秒以内に終わらなかった"):
        budget.run("点検", release.wait, 30)
    assert time.monotonic() - start < 2
    assert budget.run("点検", lambda a, b: a + b, 2, 3) == 5  # the abandoned call keeps one slot, not all
    with pytest.raises(ValueError, match="boom"):
        budget.run("点検", _raise, ValueError("boom"))
    release.set()


def test_started_work_can_be_watched_and_still_keeps_its_budget():
    budget = TimeBudget(0.3, slots=1)
    release = threading.Event()
    pending = budget.start("回答", release.wait, 30)
    assert not pending.done() or release.is_set()  # running; the caller is free to show a draft meanwhile
    with pytest.raises(BudgetExceeded, match="回答が"):
        pending.result()
    assert pending.done()
    release.set()
    assert budget.start("回答", lambda: "済み").result() == "済み"


def _raise(exc: Exception) -> None:
    raise exc


# --- the real app --------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_network_host_without_login_does_not_start(tmp_path):
    env = os.environ | {"CAREPLAN_HOME": str(tmp_path / "home"), "CAREPLAN_HOST": "0.0.0.0",
                        "CAREPLAN_PORT": str(_free_port())}
    env.pop("CAREPLAN_AUTH_FILE", None)
    out = subprocess.run([sys.executable, "app.py"], cwd=REPO, env=env, capture_output=True, text=True, check=False,
                         timeout=120)
    assert out.returncode != 0
    assert "CAREPLAN_AUTH_FILE" in out.stderr and "起動" in out.stderr
    assert "Traceback" not in out.stderr + out.stdout
    assert not (tmp_path / "home" / "index").exists()  # refused before any work


class RunningApp:
    def __init__(self, proc: subprocess.Popen, url: str, home: Path, systemp: Path, log: Path) -> None:
        self.proc, self.url, self.home, self.systemp, self.log = proc, url, home, systemp, log

    @property
    def uploads(self) -> Path:
        return self.home / "uploads"

    @property
    def exports(self) -> Path:
        return self.home / "exports"

    def http(self, login: bool = True) -> httpx.Client:
        client = httpx.Client(base_url=self.url, timeout=120)
        if login:
            response = client.post("/login", data={"username": USER, "password": PASSWORD})
            assert response.status_code == 200, response.text
        return client


@pytest.fixture(scope="module")
def secured_app(tmp_path_factory):
    """app.py on 0.0.0.0 with a login, a 1 MB upload limit, 1-minute retention and its own system temp."""
    root = tmp_path_factory.mktemp("secured")
    home, systemp = root / "home", root / "systemp"
    systemp.mkdir()
    auth = root / "users.txt"
    auth.write_text(f"{USER}:{hash_password(PASSWORD)}\n", encoding="utf-8")
    port = _free_port()
    env = os.environ | {"CAREPLAN_HOME": str(home), "CAREPLAN_HOST": "0.0.0.0", "CAREPLAN_PORT": str(port),
                        "CAREPLAN_AUTH_FILE": str(auth),
                        "CAREPLAN_MAX_UPLOAD_MB": "1", "CAREPLAN_RETENTION_MINUTES": "1",
                        "CAREPLAN_REQUEST_SECONDS": "1", "TMPDIR": str(systemp), "GRADIO_ANALYTICS_ENABLED": "False"}
    env.pop("GRADIO_TEMP_DIR", None)
    log = root / "app.log"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "app.py"], cwd=REPO, env=env, stdout=out,
                                stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"app exited: {log.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("app did not start within 240 s")
    app = RunningApp(proc, f"http://127.0.0.1:{port}", home, systemp, log)
    yield app
    if proc.poll() is None:
        proc.kill()
        proc.wait(timeout=30)


def _fn_index(http: httpx.Client, name: str) -> int:
    config = http.get("/config").json()
    return next(d["id"] for d in config["dependencies"] if d.get("api_name") == name)


def _ui_call(http: httpx.Client, name: str, data: list, session: str) -> dict:
    """Call a UI handler the way the page does: join the queue, read the event stream."""
    joined = http.post("/gradio_api/queue/join", json={"data": data, "fn_index": _fn_index(http, name),
                                                        "session_hash": session, "trigger_id": None,
                                                        "event_data": None})
    assert joined.status_code == 200, joined.text
    with http.stream("GET", "/gradio_api/queue/data", params={"session_hash": session}) as stream:
        for line in stream.iter_lines():
            if line.startswith("data: "):
                message = json.loads(line[6:])
                if message.get("msg") == "process_completed":
                    return message
    raise AssertionError("no process_completed message")


def _upload(http: httpx.Client, name: str, content: bytes) -> httpx.Response:
    return http.post("/gradio_api/upload", files={"files": (name, content, "text/plain")})


def _assert_private(root: Path) -> None:
    folders, files = _tree(root)
    assert _mode(root) == 0o700
    assert all(_mode(f) == 0o700 for f in folders), [(f, oct(_mode(f))) for f in folders]
    assert all(_mode(f) == 0o600 for f in files), [(f, oct(_mode(f))) for f in files]


@pytest.mark.slow
def test_upload_and_download_stay_private_and_out_of_the_system_temp(secured_app):
    http = secured_app.http()
    uploaded = _upload(http, "利用者A.txt", PLAN.encode("utf-8"))
    assert uploaded.status_code == 200, uploaded.text
    server_path = Path(uploaded.json()[0])
    assert secured_app.uploads in server_path.parents
    _assert_private(secured_app.uploads)
    assert _mode(server_path) == 0o600

    file_data = {"path": str(server_path), "orig_name": "利用者A.txt", "meta": {"_type": "gradio.FileData"}}
    loaded = _ui_call(http, "load_file", [file_data, ""], session="s-upload")
    assert loaded["success"] and loaded["output"]["data"][0] == PLAN
    assert not server_path.exists()  # read into the text box, then deleted

    reviewed = _ui_call(http, "run_review", [PLAN, "both", "care-manager"], session="s-upload")
    assert reviewed["success"]
    assert not any(_tree(secured_app.exports)[1])  # reviewing writes no export
    saved = _ui_call(http, "save_docx", [None], session="s-upload")
    assert saved["success"]
    offered = saved["output"]["data"][0]["value"]
    exports = _tree(secured_app.exports)[1]
    assert [p.suffix for p in exports] == [".docx"]
    download = http.get(offered["url"].removeprefix(secured_app.url))
    assert download.status_code == 200 and download.content == exports[0].read_bytes()
    _assert_private(secured_app.exports)
    _assert_private(secured_app.uploads)
    assert _tree(secured_app.systemp)[1] == []


@pytest.mark.slow
def test_a_network_app_says_what_it_exposes(secured_app):
    warnings = [line for line in secured_app.log.read_text().splitlines() if line.startswith("注意:")]
    assert len(warnings) == 1
    assert "0.0.0.0:" in warnings[0] and "（1人）" in warnings[0] and "TLS" in warnings[0]


@pytest.mark.slow
def test_the_api_needs_the_same_login(secured_app):
    from gradio_client import Client

    with pytest.raises(Exception):  # noqa: B017 - gradio_client refuses to connect without the login
        Client(secured_app.url, verbose=False).predict("公正中立", "suginami", api_name="/search")
    assert secured_app.http(login=False).post("/gradio_api/call/search",
                                              json={"data": ["公正中立", "both"]}).status_code == 401
    with pytest.raises(Exception):  # noqa: B017
        Client(secured_app.url, auth=(USER, "chigau-password"), verbose=False)
    client = Client(secured_app.url, auth=(USER, PASSWORD), verbose=False)
    assert "杉並区基本方針" in client.predict("公正中立", "suginami", api_name="/search")
    assert set(client.view_api(print_info=False, return_format="dict")["named_endpoints"]) == {
        "/review", "/ask", "/search"}


@pytest.mark.slow
def test_internal_handlers_are_not_callable_by_name(secured_app):
    http = secured_app.http()
    for route in ("call/run_review", "run/run_review", "api/run_review", "call/load_file", "call/save_docx",
                  "run/review", "call/chat", "call/open_source", "call/rate_answer", "call/rate_finding",
                  "call/send_comment", "call/clear_chat"):
        response = http.post(f"/gradio_api/{route}", json={"data": [PLAN, "both", "care-manager"]})
        assert response.status_code == 404, route
        assert "公開していない" in response.json()["detail"]
    assert http.post("/gradio_api/call/review", json={"data": [PLAN, "both", "care-manager"]}).status_code == 200


@pytest.mark.slow
def test_a_proxy_in_front_of_an_app_without_login_is_refused(app_url, secured_app):
    """Loopback without a login is private only while nothing forwards to it (a reverse proxy adds these headers)."""
    for header in ({"X-Forwarded-For": "192.0.2.7"}, {"X-Forwarded-Proto": "https"}, {"Forwarded": "for=192.0.2.7"}):
        refused = httpx.get(app_url, headers=header, timeout=30)
        assert refused.status_code == 403 and "CAREPLAN_AUTH_FILE" in refused.json()["detail"]
    assert httpx.get(app_url, timeout=30).status_code == 200
    proxied = secured_app.http().get("/config", headers={"X-Forwarded-For": "192.0.2.7"})
    assert proxied.status_code == 200  # with a login, a proxy in front is the recommended setup


@pytest.mark.slow
def test_an_oversize_upload_is_refused_in_japanese_and_leaves_nothing(secured_app):
    http = secured_app.http()
    before = _tree(secured_app.uploads)[1]
    response = _upload(http, "大きい.txt", b"a" * 1_200_000)  # limit 1 MB
    assert response.status_code == 413
    assert "1 MB までのファイル" in response.text
    huge = http.post("/gradio_api/upload", content=b"x" * 3_000_000,
                     headers={"content-type": "multipart/form-data; boundary=zzz"})
    assert huge.status_code == 413 and "MB までのファイル" in huge.text
    assert set(_tree(secured_app.uploads)[1]) <= set(before)  # nothing new (the sweep may have pruned old ones)


@pytest.mark.slow
@pytest.mark.parametrize("args, message", [
    ((12345, "both", "care-manager"), "文字列で指定してください"),
    ((["第2表"], "both", "care-manager"), "文字列で指定してください"),
    ((PLAN, 3, "care-manager"), "文字列で指定してください"),
    (("長期目標：自宅で過ごす\n" * 3000, "both", "care-manager"), "長すぎます"),
])
def test_the_review_api_answers_bad_input_in_japanese(secured_app, args, message):
    from gradio_client import Client

    client = Client(secured_app.url, auth=(USER, PASSWORD), verbose=False)
    with pytest.raises(Exception, match=message):
        client.predict(*args, api_name="/review")


@pytest.mark.slow
@pytest.mark.parametrize("body", [{"data": []}, {"data": "第2表"}, {"data": [PLAN, "both"]}, {"plan": PLAN}])
def test_a_malformed_call_is_answered_in_japanese(secured_app, body):
    response = secured_app.http().post("/gradio_api/call/review", json=body)
    assert response.status_code == 422
    assert "ケアプラン, 自治体, モード" in response.json()["detail"]


@pytest.mark.slow
def test_a_review_over_its_time_budget_is_a_japanese_sentence(secured_app):
    from gradio_client import Client

    client = Client(secured_app.url, auth=(USER, PASSWORD), verbose=False)
    longest = (PLAN + "\n") * (30_000 // (len(PLAN) + 1))  # the longest plan accepted: more than 1 s of work
    start = time.monotonic()
    try:
        client.predict(longest, "both", "trainer", api_name="/review")
    except Exception as exc:  # noqa: BLE001 - the app's refusal arrives as the client's error
        assert "1秒以内に終わらなかった" in str(exc)
    else:
        # A fast, quiet machine reviews even the longest plan within 1 s; the refusal itself is then
        # covered only by test_a_request_over_budget_is_a_japanese_sentence_and_the_caller_is_not_held.
        pytest.skip("the longest plan was reviewed within the 1 s budget on this machine")
    assert time.monotonic() - start < 20
    http = secured_app.http()
    assert http.get("/").status_code == 200  # the page still loads


@pytest.mark.slow
def test_old_files_are_pruned_while_the_app_runs(secured_app):
    stale, fresh = secured_app.uploads / "stale-upload", secured_app.exports / "fresh-export"
    stale.mkdir(), fresh.mkdir()
    (stale / "古い.txt").write_text("x", encoding="utf-8"), (fresh / "新しい.md").write_text("y", encoding="utf-8")
    past = time.time() - 5 * 60
    os.utime(stale / "古い.txt", (past, past)), os.utime(stale, (past, past))
    deadline = time.monotonic() + 40  # retention 1 minute: the app sweeps every 15 s
    while (stale / "古い.txt").exists() and time.monotonic() < deadline:
        time.sleep(1)
    assert not (stale / "古い.txt").exists()
    assert (fresh / "新しい.md").exists()
    (fresh / "新しい.md").unlink(), fresh.rmdir()


@pytest.mark.slow
def test_shutdown_clears_uploads_and_exports(secured_app):
    """Last in this module: stops the shared app with SIGTERM, as a service manager would."""
    http = secured_app.http()
    assert _upload(http, "最後.txt", PLAN.encode("utf-8")).status_code == 200
    [own_exports] = secured_app.exports.glob("app-*")  # this process's folder
    (own_exports / "left").mkdir(exist_ok=True)
    (own_exports / "left" / "結果.md").write_text("x", encoding="utf-8")
    secured_app.proc.send_signal(signal.SIGTERM)
    assert secured_app.proc.wait(timeout=60) == 0
    assert _tree(secured_app.uploads) == ([], []) and _tree(secured_app.exports) == ([], [])
    assert "Traceback" not in secured_app.log.read_text()


@pytest.mark.slow
@pytest.mark.browser
def test_the_browser_refusals_are_in_japanese(app_url, tmp_path):
    """Gradio's page refuses an oversize file or another type before uploading, in English; the user reads Japanese."""
    sync_api = pytest.importorskip("playwright.sync_api")
    big, photo = tmp_path / "大きい.txt", tmp_path / "計画.jpg"
    big.write_bytes(b"a" * 6_000_000)  # the default limit is 5 MB
    photo.write_bytes(b"\xff\xd8\xff\xe0")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
        page = browser.new_page(locale="ja-JP")
        page.set_default_timeout(60_000)
        page.goto(app_url)
        page.locator("#plan-input textarea").fill("書きかけの第2表")
        for path, sentence in ((big, "5 MB までのファイルにしてください"),
                               (photo, "「計画.jpg」は読み込めない形式なので、.txt / .md / .csv / .tsv / .docx / .xlsx / .pdf")):
            page.locator("input[type=file]").first.set_input_files(str(path))
            page.locator('[data-testid="toast-text"]', has_text=sentence).wait_for()
        assert page.locator("#plan-input textarea").input_value() == "書きかけの第2表"
        texts = page.locator('[data-testid="toast-text"]').all_inner_texts()
        assert not any("exceed" in t or "Invalid file type" in t for t in texts), texts
        browser.close()

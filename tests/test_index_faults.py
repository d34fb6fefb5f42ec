"""Faults caused for real: kill -9 during a rebuild, truncated state files, a partial Chroma store,
a read-only or full disk, and a rebuild by another process while an index object serves.

Most tests start from a copy of the session's built index (copying is instant;
building takes tens of seconds), so only a few of them build the dense side.
A full disk is a small tmpfs and a read-only disk a read-only mount, which
needs root; as a normal user the read-only case uses file permissions instead.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.search import vector_store
from assistant.search.index import RELOAD_CHECK_SECONDS, GuidelineIndex
from assistant.search.index_store import IndexStore
from assistant.search.retrieval import GuidelineRetriever

from .conftest import REPO, make_settings

pytestmark = pytest.mark.slow

# Fresh wording; the dense side alone must put these clauses first.
DENSE_TOPS = {
    "担当者が集まって話し合う会議で大切なこと": "arakawa-2019/4-1-3/point",
    "サービス開始後に状態の変化を確かめ続けること": "arakawa-2019/4-1-6",
}


def _cli(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True,
                          env=os.environ | {"CAREPLAN_HOME": str(home)} | env, cwd=REPO, timeout=300,
                          check=False)


def _rebuild_process(home: Path, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "assistant.cli", "index", "--rebuild"], cwd=REPO,
                            env=os.environ | {"CAREPLAN_HOME": str(home)} | env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _copy_built_index(index: GuidelineIndex, home: Path) -> Path:
    """A home holding a copy of the session's complete index (the ``index`` fixture's generations)."""
    shutil.copytree(index.location.parent.parent, home / "index")
    return home


def _assert_serves(index: GuidelineIndex) -> None:
    """Every chunk on both sides, and the dense side alone finds the expected clauses."""
    assert index.dense_available
    assert vector_store.count(index.store) == len(index.lexical.ids) == len(index.chunks) > 60
    retriever = GuidelineRetriever(index=index)
    for query, clause_id in DENSE_TOPS.items():
        assert retriever.search(query, k=1, mode="dense").hits[0].clause.id == clause_id
    assert retriever.search("モニタリング", k=1, mode="lexical").hits[0].clause.id.startswith("arakawa-2019/4-1-6")


def _folders(home: Path) -> list[str]:
    builds = home / "index" / "builds"
    return sorted(p.name for p in builds.iterdir()) if builds.is_dir() else []


def _assert_only_complete_generations(home: Path) -> None:
    store = IndexStore(home / "index")
    assert _folders(home), "no generation at all"
    assert all(store.manifest(name) is not None for name in _folders(home)), "a partial build was left behind"
    assert store.current_id() in _folders(home)


def _kill_after(proc: subprocess.Popen, marker: str, delay: float) -> None:
    """SIGKILL the rebuild ``delay`` seconds after it printed ``marker`` on stderr."""
    for line in proc.stderr:
        if marker in line:
            break
    else:
        proc.wait()
        pytest.fail(f"the rebuild ended before printing {marker!r}")
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.close()
    proc.stdout.close()


# --- kill -9 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("marker", "delay"), [
    ("語彙索引 1/68", 0.0),
    ("語彙索引 68/68", 0.5),  # the dense side is being embedded
    ("語彙索引 68/68", 4.0),
    ("ベクトル索引 68/68", 0.0),  # the last batch is in; manifest and pointer are next
])
def test_kill_during_rebuild_leaves_a_complete_index(index, tmp_path, marker, delay):
    home = _copy_built_index(index, tmp_path / "home")
    before = IndexStore(home / "index").current_id()
    _kill_after(_rebuild_process(home), marker, delay)

    settings = make_settings(home)
    opened = GuidelineIndex.open(settings)
    # Either the old generation (killed before the switch) or the new complete one (after it).
    assert not opened.report.lexical_rebuilt and not opened.report.dense_rebuilt
    assert opened.build_id == IndexStore(settings.index_dir).current_id()
    _assert_serves(opened)
    _assert_only_complete_generations(home)
    assert before in _folders(home)  # the generation in use before the rebuild is never removed by it


def test_kill_during_the_first_build_is_healed_at_the_next_start(tmp_path):
    home = tmp_path / "home"
    proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "index"], cwd=REPO,
                            env=os.environ | {"CAREPLAN_HOME": str(home)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _kill_after(proc, "語彙索引 68/68", 1.0)
    assert IndexStore(home / "index").current_id() is None  # nothing half-built is ever pointed at

    opened = GuidelineIndex.open(make_settings(home))
    assert opened.report.lexical_rebuilt and opened.report.dense_rebuilt
    _assert_serves(opened)
    _assert_only_complete_generations(home)
    assert len(_folders(home)) == 1  # the killed build's folder is gone


# --- damaged state files ------------------------------------------------------------------------------


def _current_folder(home: Path) -> Path:
    store = IndexStore(home / "index")
    return store.folder(store.current_id())


def test_truncated_lexical_json_rebuilds_that_side_only(index, tmp_path):
    home = _copy_built_index(index, tmp_path / "home")
    lexical = _current_folder(home) / "lexical.json"
    lexical.write_bytes(lexical.read_bytes()[: lexical.stat().st_size // 2])

    healed = GuidelineIndex.open(make_settings(home))
    assert healed.report.lexical_rebuilt and not healed.report.dense_rebuilt  # dense copied, not re-embedded
    _assert_serves(healed)
    again = GuidelineIndex.open(make_settings(home))
    assert not again.report.lexical_rebuilt and again.build_id == healed.build_id


def test_truncated_manifest_and_lexical_json_do_not_stop_a_rebuild(index, tmp_path):
    home = _copy_built_index(index, tmp_path / "home")
    for name in ("manifest.json", "lexical.json"):
        path = _current_folder(home) / name
        path.write_bytes(path.read_bytes()[:40])

    out = _cli("index", "--rebuild", home=home, CAREPLAN_EMBEDDING="none")
    assert out.returncode == 0, out.stderr
    assert "索引は作成しました" in out.stdout and "Traceback" not in out.stderr
    reopened = GuidelineIndex.open(make_settings(home, CAREPLAN_EMBEDDING="none"))
    assert not reopened.report.lexical_rebuilt
    assert GuidelineRetriever(index=reopened).search("モニタリング", k=1).hits[0].clause.id.startswith(
        "arakawa-2019/4-1-6")


def test_truncated_manifest_at_start_rebuilds_with_one_log_line(index, tmp_path, caplog):
    home = _copy_built_index(index, tmp_path / "home")
    manifest = _current_folder(home) / "manifest.json"
    manifest.write_text(manifest.read_text()[:25])

    with caplog.at_level("INFO", logger="assistant.search.index"):
        healed = GuidelineIndex.open(make_settings(home, CAREPLAN_EMBEDDING="none"))
    assert healed.report.lexical_rebuilt
    lines = [r for r in caplog.records if r.name == "assistant.search.index"]
    assert len(lines) == 1 and "壊れている" in lines[0].getMessage()


def test_chroma_store_missing_chunks_is_rebuilt(index, tmp_path):
    """The state a killed rebuild used to leave: a store with only some of the chunks."""
    home = _copy_built_index(index, tmp_path / "home")
    chroma = _current_folder(home) / "chroma"
    script = ("import chromadb, sys; c = chromadb.PersistentClient(path=sys.argv[1]); "
              "col = c.get_collection('guidelines'); col.delete(ids=col.get()['ids'][:20]); print(col.count())")
    left = subprocess.run([sys.executable, "-c", script, str(chroma)], capture_output=True, text=True, check=True)
    assert int(left.stdout) == len(index.chunks) - 20

    healed = GuidelineIndex.open(make_settings(home))
    assert healed.report.dense_rebuilt and not healed.report.lexical_rebuilt
    _assert_serves(healed)


# --- read-only and full disks -------------------------------------------------------------------------


def _mount_tmpfs(path: Path, size: str) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system for a real full or read-only disk needs root")
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(path)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")


@pytest.fixture
def scratch_disk(tmp_path) -> Iterator[Path]:
    """A 16 MB file system of its own (root only), unmounted afterwards."""
    mount = tmp_path / "disk"
    _mount_tmpfs(mount, "16m")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


class ReadOnlyHome:
    """A folder to put a home in, and a way to make it read-only for real."""

    def __init__(self, home: Path, how: str) -> None:
        self.home = home
        self.how = how
        self._modes: list[tuple[Path, int]] = []

    def apply(self) -> None:
        if self.how == "read-only mount":
            subprocess.run(["mount", "-o", "remount,ro", str(self.home)], check=True)
            return
        for path in [self.home, *self.home.rglob("*")]:
            mode = path.stat().st_mode
            path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
            self._modes.append((path, mode))
        try:
            (self.home / "probe").touch()
        except PermissionError:
            return
        (self.home / "probe").unlink()
        pytest.skip("file permissions do not bind this user (root); the read-only mount case covers root")

    def undo(self) -> None:
        if self.how == "read-only mount":
            subprocess.run(["umount", "-l", str(self.home)], check=False)
        for path, mode in reversed(self._modes):
            path.chmod(mode)


@pytest.fixture(params=["permissions", "read-only mount"])
def read_only(request, tmp_path) -> Iterator[ReadOnlyHome]:
    """File modes as a normal user (root ignores them), a read-only mount as root."""
    home = tmp_path / "home"
    if request.param == "read-only mount":
        _mount_tmpfs(home, "16m")
    home.mkdir(exist_ok=True)
    fixture = ReadOnlyHome(home, request.param)
    yield fixture
    fixture.undo()


def _snapshot(home: Path) -> dict[str, int]:
    return {str(p.relative_to(home)): p.stat().st_size for p in home.rglob("*") if p.is_file()}


def test_read_only_home_with_an_index_still_serves(index, read_only):
    home = _copy_built_index(index, read_only.home)
    read_only.apply()
    before = _snapshot(home)

    opened = GuidelineIndex.open(make_settings(home))
    assert not opened.report.lexical_rebuilt and not opened.report.dense_rebuilt
    _assert_serves(opened)
    out = _cli("search", "担当者が集まって話し合う会議で大切なこと", "--k", "1", "--json", home=home)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)[0]["clause_id"].startswith("arakawa-2019/4-1-3")
    assert _snapshot(home) == before


def test_read_only_home_without_an_index_says_what_to_do(read_only):
    home = read_only.home
    (home / "index").mkdir()
    read_only.apply()
    out = _cli("search", "モニタリング", home=home, CAREPLAN_EMBEDDING="none")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    error = [line for line in out.stderr.splitlines() if line.startswith("エラー:")]
    assert len(error) == 1 and "CAREPLAN_HOME を書き込める場所" in error[0] and error[0].endswith("ください。")


def _fill_up(disk: Path) -> Path:
    filler = disk / "filler"
    with filler.open("wb") as f:
        try:
            while True:
                f.write(b"\0" * 1_000_000)
                f.flush()
        except OSError:
            pass
    return filler


def test_full_disk_keeps_the_working_index(index, scratch_disk):
    home = _copy_built_index(index, scratch_disk / "home")
    store = IndexStore(home / "index")
    in_use = store.current_id()
    filler = _fill_up(scratch_disk)
    before = _snapshot(home)

    served = GuidelineIndex.open(make_settings(home))  # Chroma cannot even open in place on a full disk
    assert served.build_id == in_use and not served.report.dense_rebuilt
    _assert_serves(served)

    out = _cli("index", "--rebuild", home=home)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "前回の索引で検索を続ける" in out.stderr and "空き容量" in out.stderr
    assert store.current_id() == in_use and _snapshot(home) == before  # nothing deleted, nothing half-written

    filler.unlink()
    after = GuidelineIndex.open(make_settings(home))
    assert after.build_id == in_use and not after.report.dense_rebuilt
    _assert_serves(after)


def test_full_disk_without_an_index_says_what_to_do(scratch_disk):
    _fill_up(scratch_disk)
    out = _cli("search", "モニタリング", home=scratch_disk / "home", CAREPLAN_EMBEDDING="none")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    error = [line for line in out.stderr.splitlines() if line.startswith("エラー:")]
    assert len(error) == 1 and "空き容量がありません" in error[0]


# --- a rebuild by another process while an index object serves -----------------------------------------


def test_rebuild_in_another_process_is_picked_up_while_serving(index, tmp_path):
    home = _copy_built_index(index, tmp_path / "home")
    serving = GuidelineIndex.open(make_settings(home))
    retriever = GuidelineRetriever(index=serving)
    first = serving.build_id
    expected = {q: [h.clause.id for h in retriever.search(q, k=3).hits] for q in DENSE_TOPS}

    proc = _rebuild_process(home)
    answered = 0
    while proc.poll() is None:
        for query, ids in expected.items():
            assert [h.clause.id for h in retriever.search(query, k=3).hits] == ids
            answered += 1
        time.sleep(1.0)
    assert proc.returncode == 0, proc.stderr.read()
    assert answered >= 6

    rebuilt = IndexStore(home / "index").current_id()
    assert rebuilt != first
    time.sleep(RELOAD_CHECK_SECONDS + 0.2)
    for query, ids in expected.items():
        assert [h.clause.id for h in retriever.search(query, k=3).hits] == ids
    assert serving.build_id == rebuilt and serving.location.name == rebuilt
    _assert_serves(serving)
    assert first in _folders(home)  # the generation it replaced stays until a later build


def test_later_builds_delete_old_generations_but_not_one_still_served(tmp_path):
    home = tmp_path / "home"
    lexical_only = {"CAREPLAN_EMBEDDING": "none"}
    serving = GuidelineIndex.open(make_settings(home, **lexical_only))
    held = serving.build_id
    for _ in range(3):  # the serving object does not search meanwhile, so it stays on its generation
        assert _cli("index", "--rebuild", home=home, **lexical_only).returncode == 0
    store = IndexStore(home / "index")
    assert held in _folders(home)  # leased by the serving object
    assert len(_folders(home)) == 3  # the current one, the one before it, and the held one
    assert GuidelineRetriever(index=serving).search("モニタリング", k=1).hits  # still answers

    for _ in range(2):  # once it has moved on twice, nothing holds the first generation any more
        time.sleep(RELOAD_CHECK_SECONDS + 0.2)
        GuidelineRetriever(index=serving).search("モニタリング", k=1)
        assert serving.build_id == store.current_id()
        assert _cli("index", "--rebuild", home=home, **lexical_only).returncode == 0
    assert held not in _folders(home)

"""The console script, run as a user would: a real subprocess with its own CAREPLAN_HOME."""

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def run(*args: str, home) -> subprocess.CompletedProcess:
    env = os.environ | {"CAREPLAN_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True,
                          env=env, timeout=300)


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("cli-home")
    built = run("index", home=home)
    assert built.returncode == 0, built.stderr
    assert "索引は作成しました" in built.stdout
    assert "索引を作成しています" in built.stderr  # progress is shown while building
    return home


def test_index_is_loaded_the_second_time(home):
    again = run("index", home=home)
    assert again.returncode == 0
    assert "最新です" in again.stdout


def test_search_json(home):
    out = run("search", "モニタリング", "--k", "3", "--municipality", "arakawa", "--json", home=home)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert len(rows) == 3
    assert set(rows[0]) == {"clause_id", "label", "municipality", "text", "score"}
    assert all(r["municipality"] == "arakawa" for r in rows)
    assert rows[0]["clause_id"].startswith("arakawa-2019/4-1-6")


def test_ask_json_has_citations_and_not_covered(home):
    out = run("ask", "利用者が友達の通うデイサービスに行きたいと言っている", "--json", home=home)
    data = json.loads(out.stdout)
    assert data["not_covered"] is False
    assert data["citations"] and {"clause_id", "label", "quote"} <= set(data["citations"][0])
    off = json.loads(run("ask", "住宅改修の上限額はいくら？", "--json", home=home).stdout)
    assert off["not_covered"] is True and off["citations"] == []


def test_ask_text_quotes_with_labels(home):
    out = run("ask", "サービス担当者会議の目的は？", home=home)
    assert out.returncode == 0
    assert "荒川区ガイドライン 4（1）③" in out.stdout


@pytest.mark.parametrize("command", ["search", "ask"])
def test_empty_query_exits_2_with_japanese_message(home, command):
    out = run(command, "  ", home=home)
    assert out.returncode == 2
    assert "検索する言葉を入力してください" in out.stderr
    assert out.stdout == ""


PLANS = os.path.join(os.path.dirname(__file__), "fixtures", "plans")


def test_review_json_is_the_documented_interface(home):
    out = run("review", os.path.join(PLANS, "poor.txt"), "--json", "--municipality", "arakawa", home=home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    finding = data["findings"][0]
    assert {"check_id", "name", "severity", "evidence", "advice", "citations", "question"} <= set(finding)
    assert data["file"].endswith("poor.txt") and data["municipality"] == "arakawa"
    assert all(c["clause_id"].startswith("arakawa-") or f.get("citation_note")
               for f in data["findings"] for c in f["citations"])


def test_review_of_many_files_prints_how_often_each_check_fires(home, tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a word file")
    out = run("review", os.path.join(PLANS, "poor.txt"), os.path.join(PLANS, "good.txt"), str(broken), home=home)
    assert out.returncode == 0
    assert "点検したプラン: 2 件（読み込めなかったもの 1 件）" in out.stdout
    assert "R05 長期目標と短期目標の連動" in out.stdout
    assert "broken.docx" in out.stderr and "Word 文書として開けません" in out.stderr


def test_trainer_mode_shows_the_reasoning(home):
    out = run("review", os.path.join(PLANS, "poor.txt"), "--mode", "trainer", home=home)
    assert out.returncode == 0, out.stderr
    assert "## 判定の過程" in out.stdout and "[retrieval]" in out.stdout


def test_review_of_an_unreadable_file_is_exit_2_in_japanese(home, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = run("review", str(empty), home=home)
    assert out.returncode == 2 and "空のファイル" in out.stderr

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

"""What the command line says when the user gets something wrong: one Japanese sentence, exit 2, no Traceback.

Argument errors run in process (argparse exits before any work); a Shift_JIS
argument and a closed pipe need a real process and a real pipe.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.cli_messages import japanese_error

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
CLI = Path(sys.executable).with_name("careplan-assistant")
PLAN = "長期目標：押し車で郵便局まで往復できる\n短期目標：玄関の段差を一人で昇り降りできる\n"


@pytest.mark.parametrize(("argv", "expected"), [
    ([], "コマンド"),
    (["review"], "点検するファイルかフォルダを指定してください"),
    (["review", "plan.txt", "--mode", "boss"], "--modeに「boss」は指定できない"),
    (["search", "手すり", "--k", "たくさん"], "--k には数を指定してください"),
    (["search", "手すり", "--k"], "--k の後に値を指定してください"),
    (["translate", "x"], "コマンド"),
    (["review", "plan.txt", "--colour"], "「--colour」は使えない引数"),
])
def test_argument_errors_are_one_japanese_sentence(capsys, argv, expected):
    with pytest.raises(SystemExit) as info:
        main(argv)
    err = capsys.readouterr().err
    assert info.value.code == 2
    assert expected in err and err.startswith("エラー: ")
    assert err.strip().count("\n") == 0 and "usage" not in err and "error:" not in err


def test_help_headings_are_japanese(capsys):
    with pytest.raises(SystemExit):
        main(["review", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("使い方: ") and "オプション" in out and "この説明を表示して終了する" in out
    assert out.count("使い方") == 1


def test_a_nested_command_help_names_its_usage_once(capsys):
    with pytest.raises(SystemExit):
        main(["eval", "retrieval", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("使い方: careplan-assistant eval retrieval") and out.count("使い方") == 1


def test_an_unknown_argparse_message_is_kept_inside_a_japanese_sentence():
    sentence = japanese_error("something new in a later Python")
    assert JAPANESE.search(sentence) and "something new in a later Python" in sentence and sentence.endswith("。")


def test_an_empty_folder_is_a_message(tmp_path, capsys):
    assert main(["review", str(tmp_path)]) == 2
    assert "点検できるファイル" in capsys.readouterr().err


@pytest.mark.parametrize("suite", ["retrieval", "review", "parse"])
def test_eval_sets_outside_the_repository_are_a_message(tmp_path, monkeypatch, capsys, suite):
    """The eval sets live in the repository, not in the installed package: elsewhere, say where to run."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as info:
        main(["eval", suite])
    err = capsys.readouterr().err
    assert info.value.code == 2 and err.startswith("エラー: 評価データ eval/") and "リポジトリのフォルダ" in err


def run(*args: str | bytes, home: Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLI), *args], capture_output=True, timeout=300, check=False,
                          env=os.environ | {"CAREPLAN_HOME": str(home)}, **kwargs)


@pytest.mark.slow
def test_a_shift_jis_argument_is_named_not_a_crash(tmp_path):
    result = run("ask", "あ".encode("cp932"), home=tmp_path)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2 and "Traceback" not in err
    assert "UTF-8 として読めない文字" in err
    assert not (tmp_path / "index").exists()  # refused before anything was built


@pytest.mark.slow
def test_review_piped_into_head_ends_quietly(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    pipeline = subprocess.run(f'"{CLI}" review "{plan}" "{plan}" "{plan}" | head -1', shell=True, capture_output=True, check=False,
                              text=True, timeout=300, env=os.environ | {"CAREPLAN_HOME": str(tmp_path)},
                              executable="/bin/bash")
    assert pipeline.stdout.strip() == "===== plan.txt ====="
    assert pipeline.stderr == ""


@pytest.mark.slow
def test_a_file_name_in_another_encoding_is_reviewed_and_shown(tmp_path):
    paths = [os.path.join(os.fsencode(tmp_path), f"計画{n}".encode("cp932") + b".txt") for n in (1, 2)]
    for path in paths:
        with open(path, "wb") as stream:
            stream.write(PLAN.encode("utf-8"))
    result = run("review", *paths, home=tmp_path)
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert result.stdout.count("# ケアプラン点検結果".encode()) == 2

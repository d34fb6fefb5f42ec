"""Ratings given in the app: stored privately, one line per rated item, plan text only when ticked, exported by the CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assistant.app.feedback import (
    FIELDS,
    MAX_COMMENT_CHARS,
    Feedback,
    FeedbackError,
    FeedbackLog,
    answer_feedback,
    check_comment,
    export_text,
    finding_feedback,
)
from assistant.app.plan_chat import ChatTurn, respond

from .conftest import REPO

PLAN = (REPO / "tests" / "fixtures" / "plans" / "poor.txt").read_text(encoding="utf-8")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def engine(retriever):
    from assistant.review.engine import ReviewEngine

    return ReviewEngine.from_retriever(retriever)


@pytest.fixture(scope="module")
def review(engine):
    return engine.review(PLAN, municipality="arakawa")


# --- storage -----------------------------------------------------------------------------------


def test_a_rating_is_one_private_line_even_under_an_open_umask(tmp_path):
    path = tmp_path / "home" / "feedback.jsonl"
    previous = os.umask(0o022)
    try:
        FeedbackLog(path).save(Feedback(kind="answer", rating="up", question="モニタリング訪問の記録は何を書く？"))
    finally:
        os.umask(previous)
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    [line] = _lines(path)
    assert list(line) == list(FIELDS)
    assert line["rating"] == "up" and line["kind"] == "answer" and line["timestamp"]
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]  # nothing half-written left behind


def test_rating_the_same_item_again_replaces_its_line(tmp_path):
    log = FeedbackLog(tmp_path / "feedback.jsonl")
    first = Feedback(kind="finding", rating="up", check_id="R04")
    other = Feedback(kind="finding", rating="down", check_id="R18")
    log.save(first)
    log.save(other)
    log.save(Feedback(kind="finding", rating="down", check_id="R04", comment="期間の書き方は事業所の様式どおりです",
                      id=first.id))
    rows = log.read().entries
    assert [r["check_id"] for r in rows] == ["R18", "R04"]  # the one changed last comes last
    assert rows[1]["rating"] == "down" and rows[1]["comment"] == "期間の書き方は事業所の様式どおりです"


def test_a_rating_taken_back_without_a_comment_leaves_no_line(tmp_path):
    log = FeedbackLog(tmp_path / "feedback.jsonl")
    kept = Feedback(kind="answer", rating=None, comment="出典の条文番号が見つけやすかった")
    dropped = Feedback(kind="answer", rating="up")
    log.save(kept)
    log.save(dropped)
    log.save(Feedback(kind="answer", rating=None, id=dropped.id))
    assert [r["id"] for r in log.read().entries] == [kept.id]


def test_a_line_edited_by_hand_is_kept_and_counted(tmp_path):
    path = tmp_path / "feedback.jsonl"
    path.write_text('{"id": "a1", "kind": "answer", "rating": "up"}\nここは手で書いたメモ\n', encoding="utf-8")
    log = FeedbackLog(path)
    log.save(Feedback(kind="answer", rating="down"))
    read = log.read()
    assert read.unreadable == 1 and len(read.entries) == 2
    assert "ここは手で書いたメモ" in path.read_text(encoding="utf-8")


def test_many_writers_at_once_lose_no_line(tmp_path):
    path = tmp_path / "feedback.jsonl"
    errors: list[BaseException] = []

    def rate(worker: int) -> None:
        try:
            for i in range(5):
                FeedbackLog(path).save(Feedback(kind="answer", rating="up", question=f"質問{worker}-{i}"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=rate, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(r["question"] for r in FeedbackLog(path).read().entries) == sorted(
        f"質問{w}-{i}" for w in range(8) for i in range(5))


def test_a_long_comment_is_refused_in_japanese():
    assert check_comment("  訪問頻度の根拠が知りたい \n") == "訪問頻度の根拠が知りたい"
    with pytest.raises(FeedbackError, match=f"{MAX_COMMENT_CHARS:,}文字まで"):
        check_comment("長" * (MAX_COMMENT_CHARS + 1))


# --- what a line holds -------------------------------------------------------------------------


def test_a_finding_keeps_the_plan_only_when_ticked(review):
    finding = review.findings[0]
    plain = finding_feedback(finding, review, "down", "", include_plan=False)
    assert plain.plan_text is None
    assert plain.check_id == finding.check_id and plain.municipality == "arakawa"
    assert plain.clause_ids == tuple(c.clause_id for c in finding.citations) and plain.clause_ids
    ticked = finding_feedback(finding, review, "down", "", include_plan=True, previous=plain)
    assert ticked.plan_text == PLAN and ticked.id == plain.id


def test_a_guideline_answer_keeps_question_verdict_and_clauses(engine, retriever):
    question = "初回のアセスメントでは自宅を訪ねるべきですか"
    reply = respond(question, review=None, engine=engine, retriever=retriever, municipality="suginami")
    entry = answer_feedback(ChatTurn(question, reply, "suginami"), "up", "", include_plan=False)
    assert entry.question == question and entry.answer == reply.markdown
    assert entry.verdict == reply.answer.verdict.label and entry.coverage == reply.answer.coverage
    assert entry.scope == "suginami" and entry.municipality == "suginami"
    assert entry.clause_ids == tuple(c.clause_id for c in reply.citations)
    assert entry.plan_text is None


def test_a_pasted_plan_is_stored_only_when_ticked(engine, retriever):
    pasted = respond(PLAN, review=None, engine=engine, retriever=retriever)
    entry = answer_feedback(ChatTurn(PLAN, pasted, "both"), "down", "", include_plan=False)
    assert entry.question is None and entry.answer is None and entry.plan_text is None
    assert entry.check_ids and entry.clause_ids
    about = respond("この短期目標はどう直せばいい？", review=pasted.review, engine=engine, retriever=retriever)
    assert about.source == "plan"
    quiet = answer_feedback(ChatTurn("この短期目標はどう直せばいい？", about, "both"), "up", "", include_plan=False)
    assert quiet.question == "この短期目標はどう直せばいい？" and quiet.answer is None  # the reply quotes the plan
    shared = answer_feedback(ChatTurn("この短期目標はどう直せばいい？", about, "both"), "up", "", include_plan=True)
    assert shared.answer == about.markdown and shared.plan_text == PLAN


# --- export ------------------------------------------------------------------------------------


def test_csv_export_has_one_row_per_item_with_lists_in_cells():
    older = Feedback(kind="finding", rating="down", check_id="R05", clause_ids=("a/1", "a/2"),
                     timestamp="2026-01-05T09:00:00+09:00")
    newer = Feedback(kind="answer", rating="up", question="短期目標の期間は何か月が目安？",
                     timestamp="2026-01-06T10:30:00+09:00")
    text = export_text([newer.to_dict(), older.to_dict()], "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["kind"] for r in rows] == ["finding", "answer"]  # oldest first
    assert rows[0]["clause_ids"] == "a/1\na/2" and rows[0]["plan_text"] == ""
    assert tuple(rows[0]) == FIELDS
    with pytest.raises(FeedbackError, match="jsonl / csv"):
        export_text([], "xml")


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = os.environ | {"CAREPLAN_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=120, check=False)


def test_the_cli_exports_ratings_as_jsonl_and_csv(tmp_path):
    home = tmp_path / "home"
    empty = _cli("feedback", "export", home=home)
    assert empty.returncode == 0 and empty.stdout == "" and "書き出す評価はありません" in empty.stderr
    log = FeedbackLog(home / "feedback.jsonl")
    log.save(Feedback(kind="answer", rating="down", question="ショートステイを続けて使える日数は？",
                      comment="日数の決まりを聞いたのに、理念の文が引用された", verdict="記載あり"))
    log.save(Feedback(kind="finding", rating="up", check_id="R04", clause_ids=("arakawa-2019/4-1-2/point",)))

    out = _cli("feedback", "export", home=home)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["kind"] for r in rows] == ["answer", "finding"]
    assert rows[0]["comment"] == "日数の決まりを聞いたのに、理念の文が引用された"

    target = tmp_path / "出力" / "評価.csv"
    written = _cli("feedback", "export", "--out", str(target), home=home)
    assert written.returncode == 0, written.stderr
    assert "評価 2 件" in written.stdout and str(target) in written.stdout
    assert _mode(target) == 0o600
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the Japanese as UTF-8
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["check_id"] for r in table] == ["", "R04"]

    as_jsonl = _cli("feedback", "export", "--out", str(tmp_path / "評価.txt"), "--format", "jsonl", home=home)
    assert as_jsonl.returncode == 0
    assert len((tmp_path / "評価.txt").read_text(encoding="utf-8").splitlines()) == 2


def test_the_cli_says_in_japanese_what_to_fix(tmp_path):
    home = tmp_path / "home"
    FeedbackLog(home / "feedback.jsonl").save(Feedback(kind="answer", rating="up"))
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    refused = _cli("feedback", "export", "--out", str(blocked / "評価.jsonl"), home=home)
    assert refused.returncode == 2 and "書き出せませんでした" in refused.stderr and "Traceback" not in refused.stderr
    missing = _cli("feedback", home=home)
    assert missing.returncode == 2 and "操作（export）を指定してください" in missing.stderr
    wrong = _cli("feedback", "export", "--format", "xlsx", home=home)
    assert wrong.returncode == 2 and "--format" in wrong.stderr and "jsonl, csv" in wrong.stderr

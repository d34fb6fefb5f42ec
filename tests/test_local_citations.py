"""Rubric citations for a guideline taken in (``CAREPLAN_HOME/rubric/<自治体ID>.json``): a review of that
municipality cites the clauses the file names, verbatim; a check the file leaves out, or a file that cannot be
used, cites the shipped guidelines and says why, in Japanese; nothing crashes.

The guideline is invented for the tests: 「かえで市」 has no such document.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.guidelines.citations import verify
from assistant.guidelines.corpus import load_corpus
from assistant.review.engine import ReviewEngine
from tests.conftest import make_settings

PLAN = Path(__file__).parent / "fixtures" / "plans" / "poor.txt"  # fires R01 (本人の意向) and R04, among others
KAEDE = """かえで市ケアプラン作成の手引き
令和8年4月

第1章 本人の思い
１ 意向の聴き取り
本人の意向は、本人が話した言葉のまま第1表に書き留め、家族の言葉と混ぜない。
２ 暮らしの目標
長期目標は、本人が一年後に続けていたい暮らしの姿として書く。
"""
QUOTE = "本人が話した言葉のまま第1表に書き留め、家族の言葉と混ぜない。"


def _ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A home holding かえで市's guideline, taken in by the command line; the id of its clause on 意向."""
    home = tmp_path / "home"
    monkeypatch.setenv("CAREPLAN_HOME", str(home))
    source = tmp_path / "kaede.txt"
    source.write_text(KAEDE, encoding="utf-8")
    assert main(["ingest", str(source), "--name", "かえで市", "--date", "2026-04-01", "--yes"]) == 0
    corpus = load_corpus(*make_settings(home).corpus_dirs)
    clause = next(c for c in corpus if c.municipality == "kaede" and QUOTE in c.text)
    return home, clause.id


def _rubric_file(home: Path, name: str, content: object) -> Path:
    folder = make_settings(home).rubric_dir
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(content if isinstance(content, str) else json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def _review_json(capsys: pytest.CaptureFixture, *extra: str) -> dict:
    capsys.readouterr()
    assert main(["review", str(PLAN), "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def _finding(review: dict, check_id: str) -> dict:
    return next(f for f in review["findings"] if f["check_id"] == check_id)


def test_a_named_clause_of_the_taken_in_guideline_is_cited_verbatim(tmp_path, monkeypatch, capsys):
    home, clause_id = _ingest(tmp_path, monkeypatch)
    _rubric_file(home, "kaede.json", {"checks": {"R01": [{"clause_id": clause_id, "quote": QUOTE}]}})

    review = _review_json(capsys, "--municipality", "kaede")

    assert review["municipality"] == "kaede"
    r01 = _finding(review, "R01")
    assert [c["clause_id"] for c in r01["citations"]] == [clause_id]
    assert r01["citations"][0]["quote"] == QUOTE and "citation_note" not in r01
    corpus = load_corpus(*make_settings(home).corpus_dirs)
    source = corpus.source_path(clause_id.split("/")[0]).read_text(encoding="utf-8")
    assert QUOTE in source  # verbatim in the text kept beside the document
    # a check the file does not name cites the shipped guidelines, and says so
    r04 = _finding(review, "R04")
    assert r04["citations"] and all(c["clause_id"].startswith(("arakawa-", "suginami-")) for c in r04["citations"])
    assert "かえで市の資料は、根拠ファイルにこの項目の条文が指定されていないため" in r04["citation_note"]
    assert "荒川区" in r04["citation_note"]
    assert not any("根拠ファイル" in n for n in review["notices"])


def test_without_a_file_every_check_falls_back_and_the_review_says_where_to_add_one(tmp_path, monkeypatch, capsys):
    _ingest(tmp_path, monkeypatch)

    review = _review_json(capsys, "--municipality", "kaede")

    r01 = _finding(review, "R01")
    assert all(not c["clause_id"].startswith("kaede-") for c in r01["citations"])
    assert "根拠ファイルにこの項目の条文が指定されていない" in r01["citation_note"]
    assert any("rubric/kaede.json" in n and "がない" in n for n in review["notices"])


@pytest.mark.parametrize(("content", "message"), [
    ({"checks": {"R01": [{"clause_id": "{id}", "quote": "家族の言葉と混ぜること。"}]}}, "R01: 引用文が条文"),
    ({"checks": {"R01": [{"clause_id": "kaede-2026-04-01/nowhere", "quote": "本人"}]}},
     "条文ID「kaede-2026-04-01/nowhere」はありません"),
    ({"checks": {"R01": [{"clause_id": "arakawa-2019/4/p1", "quote": "個人の意思を確認しながら"}]}},
     "自治体「kaede」の資料の条文ではありません"),
    ({"checks": {"R99": [{"clause_id": "{id}", "quote": "本人"}]}}, "チェック項目「R99」はありません"),
    ({"checks": {"R01": {"clause_id": "{id}"}}}, "R01 には条文を 1 つ以上"),
    ('{"checks": {"R01": [', "JSON の形式が正しくありません"),
    ({"R01": []}, "「checks」に"),
])
def test_an_unusable_file_is_named_in_japanese_and_the_shipped_citations_stand_in(
        tmp_path, monkeypatch, capsys, content, message):
    home, clause_id = _ingest(tmp_path, monkeypatch)
    if not isinstance(content, str):
        content = json.loads(json.dumps(content).replace("{id}", clause_id))
    _rubric_file(home, "kaede.json", content)

    review = _review_json(capsys, "--municipality", "kaede")

    notice = next(n for n in review["notices"] if "根拠ファイル kaede.json" in n)
    assert message in notice and "組み込みのガイドラインの条文を示します" in notice
    r01 = _finding(review, "R01")
    assert all(not c["clause_id"].startswith("kaede-") for c in r01["citations"])
    assert "根拠ファイルが使えないため" in r01["citation_note"]


def test_a_file_for_a_shipped_or_absent_municipality_is_not_used(tmp_path, monkeypatch):
    home, _ = _ingest(tmp_path, monkeypatch)
    settings = make_settings(home)
    _rubric_file(home, "arakawa.json", {"checks": {"R01": []}})
    _rubric_file(home, "nerima.json", {"checks": {"R01": []}})

    engine = ReviewEngine.offline(load_corpus(*settings.corpus_dirs), local_dir=settings.rubric_dir)

    assert "組み込みの自治体" in engine.local.problems["arakawa"]
    assert "「nerima」の資料が取り込まれていません" in engine.local.problems["nerima"]
    review = engine.review(PLAN.read_text(encoding="utf-8"), municipality="arakawa")
    r01 = next(f for f in review.findings if f.check_id == "R01")
    assert all(c.clause_id.startswith("arakawa-") for c in r01.citations)  # the shipped rubric, unchanged
    assert all(verify(c, engine.corpus) for c in r01.citations)


def test_an_unknown_municipality_is_refused_once_listing_those_taken_in(tmp_path, monkeypatch, capsys):
    _ingest(tmp_path, monkeypatch)
    capsys.readouterr()
    assert main(["review", str(PLAN), "--municipality", "nerima"]) == 2
    err = capsys.readouterr().err
    assert "取り込んだ資料の自治体ID（kaede）" in err and err.count("\n") <= 2

"""A guideline added while the app runs (assistant/app/guideline_intake.py, no gradio): the same preview and
refusals as the command line, and the live retriever, review engine and 自治体 choices take it in at once.

The guideline is invented for the tests: 「かわせみ町」 does not exist.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.answer.extractive import answer_question
from assistant.app.guideline_intake import GuidelineLibrary
from assistant.app.presenters import document_choices, municipality_choices, review_municipality_choices
from assistant.cli import main
from assistant.guidelines.citations import verify
from assistant.guidelines.ingest.extract import IngestError
from assistant.guidelines.ingest.pipeline import prepare
from assistant.guidelines.ingest.preview import preview_text
from assistant.guidelines.ingest.store import StoreError
from assistant.review.engine import ReviewEngine
from assistant.search.index import GuidelineIndex, IndexUnavailableError
from assistant.search.retrieval import GuidelineRetriever, QueryError
from tests.conftest import make_settings
from tests.files import write_file

KAWASEMI = """かわせみ町在宅介護連携の手引き
令和8年1月

第1章 訪問の約束
１ 初回訪問
初回訪問では、玄関の段差と手すりの位置を写真に残し、翌月の訪問で変化を確かめる。
２ 雪の季節
積雪のある月は、訪問の前日に除雪の状況を家族へ電話で尋ね、通路が確保できない日は訪問日を改める。
第2章 記録
１ 連絡帳
連絡帳は利用者宅の冷蔵庫の扉に貼り、訪問した全ての事業所が一言ずつ書き添える。
"""


@pytest.fixture()
def live(tmp_path):
    """What the app holds while it runs: settings, one retriever, one review engine, and the library over them."""
    settings = make_settings(tmp_path / "home")
    retriever = GuidelineRetriever(index=GuidelineIndex.open(settings))
    engine = ReviewEngine.from_retriever(retriever)
    return settings, retriever, engine, GuidelineLibrary(settings, retriever, engine)


@pytest.mark.slow
def test_a_guideline_added_while_running_is_searched_and_listed_at_once(tmp_path, live):
    settings, retriever, engine, library = live
    assert "kawasemi" not in library.corpus.municipalities()
    path = write_file(tmp_path, "tebiki.txt", KAWASEMI)

    draft = library.preview(path, municipality="kawasemi", name="かわせみ町", date="2026-01-15")
    same = prepare(path, municipality="kawasemi", name="かわせみ町", edition="2026-01-15")
    assert draft.preview == preview_text(same)  # what `careplan-assistant ingest` prints
    assert "第1章 訪問の約束" in draft.preview and "資料ID: kawasemi-2026-01-15" in draft.preview
    assert not settings.guidelines_dir.exists()  # a preview writes nothing

    added = library.add(draft)
    assert added.document.doc_id == "kawasemi-2026-01-15" and added.clauses > 0 and not added.replaced
    assert (settings.guidelines_dir / "kawasemi-2026-01-15.json").exists()

    # the same process objects, now serving the new document
    assert library.corpus is retriever.index.corpus and engine.corpus is retriever.index.corpus
    assert ("かわせみ町", "kawasemi") in municipality_choices(library.corpus)
    assert "kawasemi-2026-01-15" in dict((d, t) for t, d in document_choices(library.corpus))
    hit = retriever.search("除雪の状況を家族に確認する", municipality="kawasemi").hits[0]
    assert hit.clause.id.startswith("kawasemi-2026-01-15/")
    assert "除雪の状況" in hit.clause.text
    answer = answer_question("雪の日の訪問前には何を確認しますか", retriever, municipality="kawasemi")
    assert answer.citations and all(verify(c, engine.corpus) == c for c in answer.citations)
    assert any("除雪" in c.quote for c in answer.citations)
    # the shipped guidelines are still there
    assert retriever.search("モニタリング", municipality="arakawa").hits


@pytest.mark.parametrize(("name", "data", "message"), [
    ("empty.txt", b"", "空のファイル"),
    ("table.xlsx", b"PK\x03\x04", "取り込めない種類"),
    ("fake.pdf", "１ 目的\n本文。".encode(), "拡張子が .pdf ですが、中身は文章"),
])
def test_bad_files_are_refused_in_the_command_lines_words_and_nothing_is_written(tmp_path, name, data, message):
    settings = make_settings(tmp_path / "home")
    library = GuidelineLibrary(settings, retriever=None, engine=None)  # a refusal never reaches the index
    with pytest.raises(IngestError, match=message.replace("(", r"\(").replace(")", r"\)")):
        library.preview(write_file(tmp_path, name, data), municipality="kawasemi")
    assert not settings.guidelines_dir.exists()


def test_a_file_over_the_upload_limit_is_refused_before_it_is_read(tmp_path):
    settings = make_settings(tmp_path / "home", CAREPLAN_MAX_UPLOAD_MB="1")
    library = GuidelineLibrary(settings, retriever=None, engine=None)
    big = write_file(tmp_path, "big.txt", KAWASEMI * 20_000)
    with pytest.raises(IngestError, match="1 MB までのファイル"):
        library.preview(big, municipality="kawasemi")
    assert not settings.guidelines_dir.exists()


def _instance(settings):
    """One running app's objects on ``settings.home``: what a second process would hold."""
    retriever = GuidelineRetriever(index=GuidelineIndex.open(settings))
    engine = ReviewEngine.from_retriever(retriever, settings.rubric_dir)
    return retriever, engine, GuidelineLibrary(settings, retriever, engine)


@pytest.mark.slow
def test_a_guideline_removed_from_the_app_is_gone_at_once_and_shipped_ones_stay(tmp_path, live):
    settings, retriever, engine, library = live
    added = library.add(library.preview(write_file(tmp_path, "tebiki.txt", KAWASEMI), municipality="kawasemi",
                                        name="かわせみ町", date="2026-01-15"))
    doc_id = added.document.doc_id
    assert library.removable(doc_id) and not library.removable("arakawa-2019")
    with pytest.raises(StoreError, match="組み込みの資料のため削除できません"):
        library.remove("arakawa-2019")
    with pytest.raises(StoreError, match="「kawasemi-1999-01-01」は見つかりません"):
        library.remove("kawasemi-1999-01-01")

    removed = library.remove(doc_id)

    assert removed.doc_id == doc_id
    assert not (settings.guidelines_dir / f"{doc_id}.json").exists()
    assert not (settings.guidelines_dir / "sources" / f"{doc_id}.txt").exists()
    assert engine.corpus is retriever.index.corpus and doc_id not in library.corpus.documents
    assert "kawasemi" not in dict((m, n) for n, m in municipality_choices(library.corpus))
    assert "kawasemi" not in dict((m, n) for n, m in review_municipality_choices(library.corpus))
    with pytest.raises(QueryError):
        retriever.search("除雪の状況", municipality="kawasemi")
    assert retriever.search("モニタリング", municipality="arakawa").hits


@pytest.mark.slow
def test_a_removal_that_cannot_be_indexed_puts_the_files_back(tmp_path, live, monkeypatch):
    settings, retriever, engine, library = live
    doc_id = library.add(library.preview(write_file(tmp_path, "tebiki.txt", KAWASEMI), municipality="kawasemi",
                                         date="2026-01-15")).document.doc_id
    stored = settings.guidelines_dir / f"{doc_id}.json"
    before = stored.read_bytes(), (settings.guidelines_dir / "sources" / f"{doc_id}.txt").read_bytes()

    def full_disk(_settings):
        raise IndexUnavailableError("索引を書き込めません（空き容量がありません）。")
    monkeypatch.setattr(retriever.index, "reopen", full_disk)

    with pytest.raises(StoreError, match="空き容量がありません"):
        library.remove(doc_id)
    assert (stored.read_bytes(), (settings.guidelines_dir / "sources" / f"{doc_id}.txt").read_bytes()) == before
    assert doc_id in library.corpus.documents


@pytest.mark.slow
def test_a_change_made_by_another_process_is_served_on_the_next_request(tmp_path, monkeypatch):
    home = tmp_path / "home"
    settings = make_settings(home)
    monkeypatch.setenv("CAREPLAN_HOME", str(home))
    retriever, engine, library = _instance(settings)  # this app, already running
    assert not library.follow_disk()  # nothing changed: nothing reopened
    opened = retriever.index

    # another process: the command line takes a guideline in (it writes the files; no index yet)
    assert main(["ingest", str(write_file(tmp_path, "kawasemi.txt", KAWASEMI)), "--name", "かわせみ町",
                 "--date", "2026-01-15", "--yes"]) == 0
    assert "kawasemi" not in library.corpus.municipalities()  # not until a request looks

    assert library.follow_disk()
    assert retriever.index is not opened and engine.corpus is retriever.index.corpus
    assert ("かわせみ町", "kawasemi") in municipality_choices(library.corpus)
    assert retriever.search("除雪の状況を家族に確認する", municipality="kawasemi").hits[0].clause.id.startswith(
        "kawasemi-2026-01-15/")
    assert not library.follow_disk()  # followed once

    # a rubric file written meanwhile is read by the next review of that municipality
    clause = next(c for c in library.corpus if c.municipality == "kawasemi" and "除雪の状況" in c.text)
    settings.rubric_dir.mkdir()
    rubric = {"checks": {"R01": [{"clause_id": clause.id, "quote": "除雪の状況を家族へ電話で尋ね"}]}}
    (settings.rubric_dir / "kawasemi.json").write_text(json.dumps(rubric, ensure_ascii=False), encoding="utf-8")
    assert library.follow_disk()
    plan = (Path(__file__).parent / "fixtures" / "plans" / "poor.txt").read_text(encoding="utf-8")
    r01 = next(f for f in engine.review(plan, municipality="kawasemi").findings if f.check_id == "R01")
    assert [c.clause_id for c in r01.citations] == [clause.id]

    # a second app on the same home removes it; this one follows
    _, _, other = _instance(settings)
    other.remove("kawasemi-2026-01-15")
    assert library.follow_disk()
    assert "kawasemi" not in library.corpus.municipalities() and engine.corpus is retriever.index.corpus

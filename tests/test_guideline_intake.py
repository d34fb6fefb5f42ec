"""A guideline added while the app runs (assistant/app/guideline_intake.py, no gradio): the same preview and
refusals as the command line, and the live retriever, review engine and 自治体 choices take it in at once.

The guideline is invented for the tests: 「かわせみ町」 does not exist.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer.extractive import answer_question
from assistant.app.guideline_intake import GuidelineLibrary
from assistant.app.presenters import document_choices, municipality_choices
from assistant.guidelines.citations import verify
from assistant.guidelines.ingest.extract import IngestError
from assistant.guidelines.ingest.pipeline import prepare
from assistant.guidelines.ingest.preview import preview_text
from assistant.review.engine import ReviewEngine
from assistant.search.index import GuidelineIndex
from assistant.search.retrieval import GuidelineRetriever
from tests.conftest import make_settings

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


def _write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


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
    path = _write(tmp_path, "tebiki.txt", KAWASEMI)

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
        library.preview(_write(tmp_path, name, data), municipality="kawasemi")
    assert not settings.guidelines_dir.exists()


def test_a_file_over_the_upload_limit_is_refused_before_it_is_read(tmp_path):
    settings = make_settings(tmp_path / "home", CAREPLAN_MAX_UPLOAD_MB="1")
    library = GuidelineLibrary(settings, retriever=None, engine=None)
    big = _write(tmp_path, "big.txt", KAWASEMI * 20_000)
    with pytest.raises(IngestError, match="1 MB までのファイル"):
        library.preview(big, municipality="kawasemi")
    assert not settings.guidelines_dir.exists()

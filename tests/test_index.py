"""The index is built once, loaded from disk afterwards, and rebuilt when its inputs change."""

import shutil

import pytest

from assistant.resources import CORPUS_DIR
from assistant.search.index import GuidelineIndex
from assistant.search.retrieval import GuidelineRetriever

from .conftest import make_settings

pytestmark = pytest.mark.slow


def _copy_corpus(tmp_path):
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, target)
    return target


def test_second_open_loads_from_disk(tmp_path):
    settings = make_settings(tmp_path / "home")
    steps = []
    first = GuidelineIndex.open(settings, progress=lambda step, done, total: steps.append((step, done, total)))
    assert first.report.lexical_rebuilt and first.report.dense_rebuilt
    assert steps[-1][1] == steps[-1][2]  # progress reaches the end
    again = GuidelineIndex.open(settings)
    assert not again.report.lexical_rebuilt and not again.report.dense_rebuilt
    assert (again.location / "chroma").is_dir()
    assert again.store._collection.count() == len(again.chunks)


def test_corpus_change_triggers_rebuild(tmp_path):
    corpus_dir = _copy_corpus(tmp_path)
    settings = make_settings(tmp_path / "home", CAREPLAN_CORPUS_DIR=str(corpus_dir))
    GuidelineIndex.open(settings)
    path = corpus_dir / "suginami-2024.json"
    path.write_text(path.read_text(encoding="utf-8").replace("地域住民による見守り", "地域住民による雪かき"), encoding="utf-8")
    changed = GuidelineIndex.open(settings)
    assert changed.report.lexical_rebuilt and changed.report.dense_rebuilt
    hit = GuidelineRetriever(index=changed).search("雪かき", k=1, mode="lexical").hits[0]
    assert hit.clause.id == "suginami-2024/1-2"
    assert "地域住民による雪かき" in hit.clause.text


def test_changed_search_aids_rebuild_both_sides_and_reach_the_query(tmp_path):
    corpus_dir = _copy_corpus(tmp_path)
    settings = make_settings(tmp_path / "home", CAREPLAN_CORPUS_DIR=str(corpus_dir), CAREPLAN_EMBEDDING="none")
    GuidelineIndex.open(settings)
    with (corpus_dir / "clause_keywords.tsv").open("a", encoding="utf-8") as f:
        f.write("arakawa-2019/4-5-2\tかくれんぼ点検\n")
    changed = GuidelineIndex.open(settings)
    assert changed.report.lexical_rebuilt
    hits = GuidelineRetriever(index=changed).search("かくれんぼ", k=1).hits
    assert hits[0].clause.id == "arakawa-2019/4-5-2"
    assert "かくれんぼ" not in hits[0].clause.text  # an aid is searched, never quoted


def test_embedding_model_change_rebuilds_only_the_dense_side(tmp_path):
    home = tmp_path / "home"
    GuidelineIndex.open(make_settings(home))
    lexical_only = GuidelineIndex.open(make_settings(home, CAREPLAN_EMBEDDING="none"))
    assert not lexical_only.report.lexical_rebuilt
    assert not lexical_only.dense_available
    back = GuidelineIndex.open(make_settings(home))
    assert back.report.dense_rebuilt is False  # manifest kept the dense fingerprint


def test_unloadable_model_falls_back_to_lexical_with_a_notice(tmp_path):
    settings = make_settings(tmp_path / "home", CAREPLAN_EMBEDDING=str(tmp_path / "no-such-model"))
    index = GuidelineIndex.open(settings)
    assert not index.dense_available
    assert "読み込めませんでした" in index.embedding.notice
    result = GuidelineRetriever(index=index).search("モニタリング")
    assert result.mode == "lexical"
    assert result.notice == index.embedding.notice
    assert result.hits[0].clause.id.startswith("arakawa-2019/4-1-6")


def test_damaged_chroma_store_is_rebuilt(tmp_path):
    settings = make_settings(tmp_path / "home")
    GuidelineIndex.open(settings)
    for path in settings.index_dir.rglob("*.sqlite3"):
        path.write_bytes(b"not a database")
    index = GuidelineIndex.open(settings)
    assert index.report.dense_rebuilt
    assert index.store._collection.count() == len(index.chunks)

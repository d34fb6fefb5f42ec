"""The corpus is the source text, restructured but not reworded."""

import json

import pytest

from assistant.guidelines.corpus import CorpusError, load_corpus
from assistant.guidelines.textnorm import clean_lines, strip_ws
from assistant.resources import CORPUS_DIR


def _source_lines(corpus, doc_id):
    doc = corpus.documents[doc_id]
    return (CORPUS_DIR / doc.source_file).read_text(encoding="utf-8").split("\n")


@pytest.mark.parametrize("doc_id", ["arakawa-2019", "suginami-2024"])
def test_clauses_tile_the_source_exactly_once(corpus, doc_id):
    lines = _source_lines(corpus, doc_id)
    owner: dict[int, str] = {}
    for clause in (c for c in corpus if c.doc_id == doc_id):
        for a, b in clause.source_lines:
            for n in range(a, b + 1):
                assert n not in owner, f"line {n} in {owner.get(n)} and {clause.id}"
                owner[n] = clause.id
    uncovered = [n for n, line in enumerate(lines, 1) if line.strip() and n not in owner]
    assert uncovered == []


@pytest.mark.parametrize("doc_id", ["arakawa-2019", "suginami-2024"])
def test_each_clause_is_its_source_lines_modulo_whitespace(corpus, doc_id):
    lines = _source_lines(corpus, doc_id)
    for clause in (c for c in corpus if c.doc_id == doc_id):
        source = "".join(lines[n - 1] for a, b in clause.source_lines for n in range(a, b + 1))
        assert strip_ws(clause.heading + clause.text) == strip_ws(source), clause.id


@pytest.mark.parametrize("doc_id", ["arakawa-2019", "suginami-2024"])
def test_clauses_joined_equal_the_source_modulo_whitespace(corpus, doc_id):
    """Joined in source order, the clauses give back the whole extracted text."""
    lines = _source_lines(corpus, doc_id)
    pieces = []
    for clause in (c for c in corpus if c.doc_id == doc_id):
        ranges = clause.source_lines
        heading_lines = 1 if clause.heading else 0
        body = [r for r in ranges[heading_lines:]]
        if clause.heading:
            pieces.append((ranges[0][0], clause.heading))
        # A clause split by a page layout (a box in between) has several body ranges:
        # re-split its text at the same points to put each part back in place.
        text = strip_ws(clause.text)
        for a, b in body:
            part = strip_ws("".join(lines[n - 1] for n in range(a, b + 1)))
            assert text.startswith(part), clause.id
            pieces.append((a, part))
            text = text[len(part):]
        assert text == "", clause.id
    joined = strip_ws("".join(p for _, p in sorted(pieces, key=lambda p: p[0])))
    assert joined == strip_ws("\n".join(lines))


def test_text_is_cleaned_of_pdf_artefacts(corpus):
    preamble = corpus.get("suginami-2024/preamble/p1").text
    assert "令和22年（2040年）" in preamble  # 「令和 22 年（2040 年）」 in the PDF text
    point = corpus.get("arakawa-2019/4-3/point").text
    assert "またサービスの内容が、その目標の達成に向けて" in point  # rejoined across the boxed law text
    assert "構成される会議" in corpus.get("arakawa-2019/4-5-3").text  # rejoined across a page break


def test_clause_ids_labels_and_paths(corpus):
    ids = [c.id for c in corpus]
    assert len(ids) == len(set(ids))
    point = corpus.get("arakawa-2019/4-1-2/point")
    assert point.label == "荒川区ガイドライン 4（1）② ケアプラン（居宅サービス計画）原案の作成 ◀ポイント▶"
    assert point.path[-1] == "◀ポイント▶"
    assert corpus.get("arakawa-2019/3/law-kaigohoken-1").kind == "law"
    assert corpus.get("arakawa-2019/4-2-1/law-jorei-3").text.startswith("第3条 指定居宅介護支援の事業は")
    assert corpus.get("suginami-2024/1-2").label.startswith("杉並区基本方針 1（2）")
    for clause in corpus:
        assert clause.label.startswith(corpus.document_of(clause).short)
        assert clause.text or clause.kind == "heading", clause.id


def test_documents_carry_metadata(corpus):
    for doc in corpus.documents.values():
        assert doc.title and doc.issuer and doc.date and doc.source_description
        assert (CORPUS_DIR / doc.source_file).exists()
    assert corpus.municipalities() == ["arakawa", "suginami"]


def test_clean_lines_joins_mid_sentence_breaks_and_keeps_paragraphs():
    raw = [" 介護保険法は、その第一条", "", "において規定しています。", "そのため区では、", "策定します。"]
    assert clean_lines(raw) == "介護保険法は、その第一条において規定しています。\nそのため区では、策定します。"
    assert clean_lines(["2 指定居宅介護支援の 事業は"]) == "2 指定居宅介護支援の 事業は"
    assert clean_lines(["第 3条 令和 22 年"]) == "第3条 令和22年"


def test_malformed_corpus_file_is_a_clear_error(tmp_path):
    (tmp_path / "broken.json").write_text(json.dumps({"document": {}}), encoding="utf-8")
    with pytest.raises(CorpusError, match="形式が正しくありません"):
        load_corpus(tmp_path)
    with pytest.raises(CorpusError, match="見つかりません"):
        load_corpus(tmp_path / "missing")

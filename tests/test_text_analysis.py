"""Sudachi tokenization, the glossary, clause-aware chunking and BM25 scoring."""

import pytest

from assistant.guidelines.chunking import chunk_clause, chunk_corpus, sentences
from assistant.resources import CORPUS_DIR
from assistant.search.glossary import Glossary
from assistant.search.lexical import BM25Index
from assistant.search.retrieval import standardise
from assistant.search.tokenizer import get_tokenizer


def test_content_words_are_normalised_and_drop_particles():
    words = get_tokenizer().content_words("ヘルパーさんに掃除してもらう。")
    assert "に" not in words and "。" not in words
    assert "貰う" in words and "掃除" in words and "ヘルパー" in words


def test_tokens_keep_offsets_into_long_text():
    tokenizer = get_tokenizer()
    text = "利用者の意欲を高める。" * 6000  # ~66,000 characters: over Sudachi's input limit
    tokens = tokenizer.tokens(text)
    assert tokens[-1].end == len(text)
    for token in tokens[::5000]:
        assert text[token.start : token.end] == token.surface


def test_glossary_adds_the_documents_words_longest_match_first():
    glossary = Glossary.load(CORPUS_DIR / "glossary.tsv")
    assert glossary.expand("主任ケアマネの役割").endswith("主任介護支援専門員")
    assert "介護支援専門員;" not in glossary.expand("主任ケアマネ")
    assert [e.term for e in glossary.matches("主任ケアマネの役割")] == ["主任ケアマネ"]
    assert "サービス担当者会議" in glossary.expand("担当者会議の進め方")
    assert glossary.expand("天気") == "天気"


def test_sentences_do_not_end_inside_brackets():
    text = "計画（以下「ケアプラン」という。）を作成します。次の文。"
    assert [text[a:b] for a, b in sentences(text)] == ["計画（以下「ケアプラン」という。）を作成します。", "次の文。"]


def test_chunks_are_verbatim_slices_within_one_clause(corpus):
    chunks = chunk_corpus(corpus)
    assert chunks
    for chunk in chunks:
        clause = corpus.get(chunk.clause_id)
        assert clause.text[chunk.start : chunk.end] == chunk.text
        assert chunk.label == clause.label


def test_long_clause_is_split_at_sentence_ends(corpus):
    clause = corpus.get("arakawa-2019/4-2-1/law-jorei-3")
    chunks = chunk_clause(clause, max_chars=200)
    assert len(chunks) > 1
    for chunk in chunks:
        assert chunk.text.endswith("。")
    assert "".join(c.text for c in chunks).replace("\n", "") == clause.text.replace("\n", "")


def test_bm25_counts_each_distinct_term_once_and_honours_weights():
    index = BM25Index(["a", "b", "c"], [["家族", "支援"], ["支援", "会議"], ["会議"]])
    plain = index.scores(["家族", "家族", "支援"])
    assert plain == index.scores(["家族", "支援"])
    halved = index.scores({"家族": 0.5, "支援": 0.5})
    assert halved == pytest.approx([v / 2 for v in plain])
    z = standardise({"a": 3.0, "b": 1.0, "c": 2.0})
    assert z["a"] > z["c"] > z["b"] and sum(z.values()) == pytest.approx(0.0)
    assert standardise({"a": 1.0, "b": 1.0}) == {"a": 0.0, "b": 0.0}

"""One verifier for every citation: unknown ids and non-verbatim quotes are rejected."""

import pytest

from assistant.guidelines.citations import (
    Citation,
    CitationError,
    cite,
    is_verified,
    verify,
)

POINT = "arakawa-2019/4-1-2/point"


def test_verbatim_quote_verifies(corpus):
    clause = corpus.get(POINT)
    citation = Citation(POINT, clause.label, "短期・長期の目標の連動性と達成の可能性のある具体的な目標設定")
    assert verify(citation, corpus) is citation
    assert cite(clause, None, corpus).quote == clause.text


def test_quote_may_differ_only_in_whitespace(corpus):
    clause = corpus.get("arakawa-2019/4-1-3")
    quote = "チームで利用者等を支援することを確認します。 利用者等・サービス担当者からの意見をもとに"
    assert is_verified(Citation(clause.id, clause.label, quote), corpus)


@pytest.mark.parametrize(
    ("clause_id", "label", "quote", "message"),
    [
        ("arakawa-2019/9-9", None, "目標", "存在しない条文ID"),
        (POINT, "荒川区ガイドライン 4（1）②", "目標", "表示名が一致しません"),
        (POINT, None, "短期目標は長期目標の半分の期間とする", "原文と一致しません"),
        (POINT, None, "短期・長期の目標の連動性を重視し", "原文と一致しません"),
        (POINT, None, "  ", "空です"),
    ],
)
def test_invalid_citations_are_rejected(corpus, clause_id, label, quote, message):
    real = corpus.get(clause_id)
    citation = Citation(clause_id, label or (real.label if real else "x"), quote)
    with pytest.raises(CitationError, match=message):
        verify(citation, corpus)
    assert not is_verified(citation, corpus)

"""A quote on the topic is not the answer unless it states what is asked of the topic (questions written for these tests)."""

import pytest

from assistant.answer.extractive import answer_question
from assistant.answer.focus import FocusVocabulary, read_focus


def _focus(question, retriever):
    index = retriever.index
    return read_focus(question, index.tokenizer, index.lexical.idf, index.glossary, FocusVocabulary.load(), "")


@pytest.mark.parametrize(("question", "surfaces", "phrase"), [
    ("訪問の記録は手書きでもよいですか", ("手書き",), "手書きでもよい"),
    ("担当者会議はオンラインで開催してもいいですか", ("オンライン", "開催"), "オンラインで開催してもいい"),
    ("ケアプラン点検の対象は新規のケースに限られますか", ("ケース",), "ケースに限られ"),
])
def test_the_aspect_is_the_topic_word_before_what_is_asked_of_it(retriever, question, surfaces, phrase):
    (aspect,) = _focus(question, retriever).aspects
    assert aspect.surfaces == surfaces and aspect.phrase == phrase


def test_each_question_sentence_asks_its_own_aspect(retriever):
    aspects = _focus("研修は年に一度は受けないといけない？ 事例検討会に出る方がいい？", retriever).aspects
    assert [a.phrase for a in aspects] == ["受けないといけない", "事例検討会に出る方がいい"]


@pytest.mark.parametrize("question", ["モニタリングでは何を確認しますか", "息子さんが何でも代わりにやってしまう"])
def test_a_plain_question_or_a_told_situation_asks_no_aspect_beyond_its_focus(retriever, question):
    assert _focus(question, retriever).aspects == ()


def test_a_permission_the_guidelines_never_give_is_named_in_the_question_s_words(retriever):
    answer = answer_question("担当者会議はオンラインで開催してもいいですか", retriever)
    assert answer.coverage == "partial" and answer.verdict.missing == ["オンラインで開催してもいい"]
    assert answer.text.startswith("【関連する記載のみ】「オンラインで開催してもいい」については")
    assert answer.citations and not answer.not_covered


def test_a_named_tool_no_quoted_clause_spells_is_not_answered(retriever):
    answer = answer_question("ケアプラン作成にAIを使うことは推奨されていますか", retriever)
    assert answer.coverage != "direct" and "AI" in answer.verdict.missing


def test_a_name_the_guidelines_spell_in_full_width_letters_is_still_stated(retriever):
    answer = answer_question("PDCAサイクルはどんな段階で構成されますか", retriever)
    assert answer.coverage == "direct" and any("ＰＤＣＡ" in c.quote for c in answer.citations)


def test_a_condition_the_guidelines_never_consider_is_named_as_missing(retriever):
    answer = answer_question("家族と連絡が取れないときはどうしたらいいですか", retriever)
    assert answer.coverage != "direct" and answer.verdict.missing == ["連絡が取れないとき"]


def test_an_interval_asked_is_a_number_asked(retriever):
    answer = answer_question("ケアプランの見直しはどのくらいの間隔でやりますか", retriever)
    assert answer.coverage != "direct" and answer.verdict.missing[0] == "具体的な数値"

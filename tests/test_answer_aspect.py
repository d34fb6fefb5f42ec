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


@pytest.mark.parametrize(("question", "surfaces", "phrase"), [
    ("事例検討会の講師はどうやって決められるんですか", ("決める",), "どうやって決められる"),
    ("アセスメントの結果は誰に伝えればいいですか", ("伝える",), "誰に伝えれば"),
    ("ケアプラン点検では誰がプランを検証するのですか", ("プラン", "検証"), "誰がプランを検証する"),
])
def test_a_question_word_asks_of_the_action_written_after_it(retriever, question, surfaces, phrase):
    (aspect,) = _focus(question, retriever).aspects
    assert aspect.surfaces == surfaces and aspect.phrase == phrase


def test_a_question_word_before_an_action_without_topic_asks_of_the_topic_before_it(retriever):
    (aspect,) = _focus("福祉用具の選定は誰がやるんですか", retriever).aspects
    assert aspect.surfaces == ("選定",) and aspect.phrase == "選定は誰がやる"


@pytest.mark.parametrize("question", [
    "モニタリングで気づいた変化はどこに相談すればいいでしょう",
    "アセスメントの結果は誰に伝えればいいですか",
])
def test_a_where_or_whom_the_quotes_never_state_is_not_answered(retriever, question):
    answer = answer_question(question, retriever)
    assert answer.coverage == "partial" and answer.verdict.missing[0].startswith(("どこに", "誰に"))


def test_a_who_question_is_answered_when_the_quote_states_the_action(retriever):
    answer = answer_question("作ったケアプランは誰に交付するのでしょうか", retriever)
    assert answer.coverage == "direct" and any("交付" in c.quote for c in answer.citations)


@pytest.mark.parametrize(("question", "thing"), [
    ("サービス担当者会議の記録の記入例はありますか", "記入例"),
    ("モニタリング記録のテンプレートはありますか", "テンプレート"),
])
def test_a_form_or_example_asked_for_is_missing_unless_a_quoted_clause_names_it(retriever, question, thing):
    answer = answer_question(question, retriever)
    assert answer.coverage == "partial" and thing in answer.verdict.missing


@pytest.mark.parametrize(("question", "asks"), [
    ("ケアプランの見直しはいつ行いますか", True),
    ("担当できる利用者は何名までですか", True),
    ("PDCAの段階はいくつありますか", True),
    ("いつも同じ事業所を選んでしまいます", False),
    ("いつか区の点検を受けるかもしれません", False),
])
def test_when_and_how_many_are_numbers_asked(retriever, question, asks):
    assert _focus(question, retriever).asks_number is asks


def test_a_when_question_without_a_date_in_the_quotes_is_not_answered(retriever):
    answer = answer_question("ケアプランの見直しはいつ行いますか", retriever)
    assert answer.coverage == "partial" and answer.verdict.missing[0] == "具体的な数値"


@pytest.mark.parametrize(("question", "phrase"), [
    ("訪問の記録は紙に残さないといけませんか", "紙に残さないといけません"),
    ("担当者会議の進め方の見本があれば知りたい", "見本があれば"),
    ("本人の前でメモを取っちゃだめですか", "メモを取っちゃだめ"),
])
def test_polite_and_casual_forms_of_what_is_asked(retriever, question, phrase):
    (aspect,) = _focus(question, retriever).aspects
    assert aspect.phrase == phrase

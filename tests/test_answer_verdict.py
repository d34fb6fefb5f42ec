"""Every answer states its footing — 記載あり, 関連する記載のみ or 記載なし — on the question's focus (questions written for these tests)."""

import pytest

from assistant.answer.extractive import answer_question
from assistant.answer.focus import FocusVocabulary, named_municipality, read_focus
from assistant.app.plan_chat import respond
from assistant.guidelines.citations import is_verified
from assistant.review.engine import ReviewEngine


def test_a_question_about_a_form_rule_the_guidelines_never_set_is_not_answered_from_them(retriever):
    answer = answer_question("利用者のサインを計画書のどこにもらうか決まりはありますか", retriever)
    assert answer.coverage != "direct"
    assert "署名" in answer.verdict.missing and "運営基準" in answer.text
    assert all(is_verified(c, retriever.index.corpus) for c in answer.citations)


def test_a_fee_question_gets_no_quote_and_a_pointer_but_no_figure(retriever):
    answer = answer_question("居宅介護支援の初回加算は何単位算定できますか", retriever)
    assert answer.coverage == "none" and answer.citations == []
    assert answer.text.startswith("【記載なし】") and "報酬告示" in answer.text
    assert not any(ch.isdigit() for ch in answer.text)


def test_a_number_the_guidelines_do_not_state_is_named_as_missing(retriever):
    answer = answer_question("モニタリングの結果は何日以内に記録すればよいですか", retriever)
    assert answer.coverage != "direct" and answer.verdict.missing[0] == "具体的な数値"


def test_a_question_the_guidelines_answer_is_direct_and_quotes_a_sentence_holding_its_focus(retriever):
    answer = answer_question("サービス担当者会議はどんな場だとされていますか", retriever)
    assert answer.coverage == "direct" and answer.text.startswith("【記載あり】")
    assert any("担当者会議" in c.quote for c in answer.citations)
    assert all(is_verified(c, retriever.index.corpus) for c in answer.citations)


def test_a_named_municipality_sets_the_scope_even_against_the_selection(retriever):
    answer = answer_question("杉並区ではケアマネジメントの質をどう高めるとしていますか", retriever, municipality="arakawa")
    assert answer.scope == "suginami" and "杉並区の基本方針" in answer.text
    assert answer.citations and all(c.clause_id.startswith("suginami") for c in answer.citations)


def test_a_term_the_named_guideline_never_uses_is_only_related(retriever):
    answer = answer_question("杉並区は地域ケア会議をどう運営すると書いていますか", retriever)
    assert answer.coverage == "partial" and "地域ケア会議" in answer.verdict.missing
    assert answer.text.startswith("【関連する記載のみ】「地域ケア会議」")


def test_the_json_carries_the_verdict_next_to_the_earlier_fields(retriever):
    data = answer_question("自己決定を支えるとはどういうことですか", retriever).to_dict()
    assert {"coverage", "verdict", "focus", "missing", "scope", "not_covered", "citations", "answer"} <= set(data)
    assert data["coverage"] in ("direct", "partial", "none") and data["not_covered"] == (data["coverage"] == "none")


@pytest.mark.parametrize(("question", "named"), [
    ("荒川区のガイドラインでは家族の役割をどう書いていますか", "arakawa"),
    ("Suginami's policy on training?", "suginami"),
    ("荒川区と杉並区で違いはありますか", None),
    ("モニタリングの意味", None),
])
def test_the_municipality_a_question_names(question, named):
    assert named_municipality(question) == named


def test_everyday_words_reach_the_guidelines_own_words_through_the_glossary(retriever):
    index = retriever.index
    focus = read_focus("息子さんが何でも代わりにやってしまう", index.tokenizer, index.lexical.idf, index.glossary,
                       FocusVocabulary.load(), "")
    son = next(c for c in focus.concepts if c.surface == "息子")
    assert frozenset({"家族"}) in son.words
    assert not any(c.surface in ("何", "やる", "しまう") for c in focus.concepts)


def test_after_a_review_a_general_question_is_answered_from_the_guidelines_not_the_plan(corpus, retriever):
    engine = ReviewEngine.from_retriever(retriever)
    plan = ("【第1表】\n本人：畑仕事をまた続けたい。\n【第2表】\nニーズ：膝が痛く畑まで歩けない\n長期目標：畑まで歩いて通える\n"
            "短期目標：家の前の坂を休まず上れる\nサービス内容：筋力の訓練\nサービス種別：通所リハビリテーション\n頻度：週1回\n")
    first = respond(plan, review=None, engine=engine, retriever=retriever)
    general = respond("ケアプラン点検はどういう目的で行われますか", review=first.review, engine=engine, retriever=retriever)
    assert "読み込んだプラン" not in general.markdown and general.review is first.review
    about = respond("この短期目標はどう直せばいいですか", review=first.review, engine=engine, retriever=retriever)
    assert "読み込んだプラン" in about.markdown


def test_a_year_elsewhere_in_the_quotes_does_not_answer_how_often(retriever):
    answer = answer_question("杉並区のケアプラン点検は、何年おきに回ってくるものですか", retriever)
    assert answer.coverage != "direct" and answer.verdict.missing[0] == "具体的な数値"


def test_many_users_is_no_number_asked():
    vocabulary = FocusVocabulary.load()
    assert not vocabulary.asks_number.search("何人もの利用者が同じことで困っている")
    assert vocabulary.asks_number.search("担当は何人までですか")


def test_a_service_code_the_guidelines_never_name_is_no_direct_answer(retriever):
    answer = answer_question("乗降介助をプランに組み込むときの書き方を教えて", retriever)
    assert answer.coverage != "direct" and "通院等乗降介助" in answer.verdict.missing


def test_asked_in_which_case_a_quote_saying_only_as_needed_is_no_answer(retriever):
    answer = answer_question("ケアプランを見直すのは、どういうタイミングになりますか？", retriever)
    assert answer.coverage == "partial" and answer.verdict.missing[0] == "どんなときか"
    assert all(is_verified(c, retriever.index.corpus) for c in answer.citations)


def test_a_municipality_whose_guidelines_are_not_taken_in_gets_no_quote_from_ours(retriever):
    answer = answer_question("世田谷区では、サービス担当者会議をどう開くことになっていますか", retriever)
    assert answer.coverage == "none" and answer.citations == []
    assert answer.verdict.missing == ["世田谷区のガイドライン"]
    assert "世田谷区のガイドライン・方針は収録されていない" in answer.text


def test_a_municipality_the_guidelines_name_is_no_other_place(retriever):
    answer = answer_question("杉並区ではサービス担当者会議をどう位置付けていますか", retriever)
    assert answer.coverage != "none" and not answer.verdict.missing[:1] == ["杉並区のガイドライン"]


def test_a_topic_the_quotes_never_state_is_no_direct_answer_even_near_related_clauses(retriever):
    answer = answer_question("杉並区の基本方針に、停電時の吸引器の備えについての記載はありますか", retriever)
    assert answer.coverage != "direct"
    assert "つく" not in answer.verdict.focus


def test_a_compound_term_is_stated_when_the_guideline_puts_no_between_its_parts(retriever):
    answer = answer_question("事業者は目標達成に向けた内容かどうかをどこで確認しますか", retriever)
    assert answer.coverage == "direct"
    assert any("目標の達成" in c.quote for c in answer.citations)


def test_asked_concretely_how_a_quote_saying_only_that_it_matters_is_related_only(retriever):
    answer = answer_question("利用者の意欲を引き出すには、具体的にどんな褒め方をすればいいですか", retriever)
    assert answer.coverage != "direct"



def test_a_definition_asked_concretely_is_still_answered_by_the_clause_that_defines_it(retriever):
    answer = answer_question("荒川区のガイドラインでいうケアプラン点検とは、具体的にはどういうことを指していますか", retriever)
    assert answer.coverage == "direct"


def test_spreading_the_guideline_is_asked_in_everyday_words_and_answered_in_the_guidelines_own(retriever):
    answer = answer_question("荒川区は、このガイドラインを事業所にどうやって広めていくのですか", retriever)
    assert answer.coverage == "direct"
    assert any("周知" in c.quote or "普及" in c.quote for c in answer.citations)

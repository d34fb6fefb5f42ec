"""The shared matcher: mentions know their field, their row's role and their scope (sentences written for these tests)."""

import pytest

from assistant.review.lexicon import load_lexicon
from assistant.review.meaning.sentences import sentence_bounds
from assistant.review.meaning.view import PlanView
from assistant.review.parse import parse_plan
from assistant.search.tokenizer import get_tokenizer


def _view(text: str) -> PlanView:
    return PlanView(parse_plan(text), load_lexicon(), get_tokenizer())


def _scope(text: str, pattern: str, word: str) -> frozenset[str]:
    mention = next(m for m in _view(text).mentions(pattern) if m.span.text.startswith(word))
    return mention.scope


@pytest.mark.parametrize(("text", "pattern", "word", "flag"), [
    ("総合的な援助の方針：主治医への報告はまだ行えていない。", "medical", "主治医", "negated"),
    ("課題分析の結果：意欲が落ちている様子は見られない。", "low_motivation", "意欲", "negated"),
    ("総合的な援助の方針：担当者会議はこれまで開いておらず、日程も決まっていない。", "sharing", "担当者会議", "negated"),
    ("総合的な援助の方針：熱が出たときは訪問看護に電話する。", "medical", "訪問看護", "conditional"),
    ("課題分析の結果：若いころは自分で畑を耕していた。", "self_part", "自分で", "past"),
    ("課題分析の結果：本人は「外には出たくない」と話している。", "low_motivation", "外には出たくない", "reported"),
    ("課題分析の結果：妻は腰の治療で整形外科に通っている。", "medical", "整形外科", "family_subject"),
    ("総合的な援助の方針：月に一度の面談で達成度を振り返るかどうか検討中。", "monitoring", "達成度", "considered"),
])
def test_a_mention_knows_when_it_is_not_asserted(text, pattern, word, flag):
    assert flag in _scope(text, pattern, word)


@pytest.mark.parametrize(("text", "pattern", "word"), [
    ("総合的な援助の方針：主治医と月一回、体調の変化を共有する。", "medical", "主治医"),
    ("サービス内容：転倒しないよう自宅の段差に手すりを付ける。", "monitoring", None),
])
def test_an_affirmed_mention_is_asserted(text, pattern, word):
    mentions = _view(text).mentions(pattern)
    if word is None:
        assert not mentions
    else:
        assert next(m for m in mentions if m.span.text == word).asserted


def test_a_purpose_is_not_a_denial():
    text = "総合的な援助の方針：主治医の助言を受け、転倒しないよう見守ります。"
    mention = next(m for m in _view(text).mentions("medical") if m.span.text == "主治医")
    assert "negated" not in mention.scope


def test_the_cause_of_what_is_denied_is_not_denied_itself():
    text = "課題分析の結果：心不全で息が切れ、坂道は上れなくなった。脳梗塞により箸が持てない。"
    scopes = {m.span.text: m.scope for m in _view(text).mentions("disease")}
    assert "negated" not in scopes["心不全"] and "negated" not in scopes["脳梗塞"]


def test_words_are_matched_on_token_boundaries_only():
    view = _view("課題分析の結果：毎朝がんばって散歩を続けている。胃がんの手術を昨年受けた。")
    assert [m.span.text for m in view.mentions("disease") if m.span.text == "がん"] == ["がん"]
    assert all("がんば" not in m.sentence.text or m.span.text != "がん" for m in view.mentions("disease"))


def test_width_variants_match_and_point_into_the_original_text():
    text = "課題分析の結果：ＣＯＰＤのため息切れがある。ﾃﾞｲｻｰﾋﾞｽに通っている。"
    view = _view(text)
    copd = next(m for m in view.mentions("disease") if m.span.text == "ＣＯＰＤ")
    assert text[copd.span.start:copd.span.end] == "ＣＯＰＤ"
    assert any(m.span.text == "ﾃﾞｲｻｰﾋﾞｽ" for m in view.mentions("service_word"))


def test_every_mention_knows_its_field_and_row_role():
    text = ("ニーズ\t短期目標\tサービス内容\tサービス種別\t頻度\n"
            "外に出たい\t散歩に出られる\t近所の友人と散歩\t近隣\t週1回\n")
    mention = next(m for m in _view(text).mentions("informal") if m.span.text == "友人")
    assert (mention.field, mention.group, mention.role) == ("サービス内容", "service", "インフォーマル")


def test_one_sentence_splitter_keeps_quotes_inside_their_sentence():
    text = "本人は「もう歩けない。無理だ」と言う。次に進む\n改行のあと"
    assert [text[a:b] for a, b in sentence_bounds(text)] == ["本人は「もう歩けない。無理だ」と言う。", "次に進む", "改行のあと"]

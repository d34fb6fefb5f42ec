"""Personal items replaced before a model off this machine sees them, and restored before verifying and showing.

The plan and questions here are written for these tests (none comes from
eval/); the people, addresses and numbers are invented.  The end-to-end tests
run the real LangChain clients against the scripted server (tests/llm_server.py)
and read the request bodies it received.  A server is "remote" by the host of
its URL: one test binds the scripted server to this machine's non-loopback
address so ``CAREPLAN_LLM_PSEUDONYMISE=auto`` decides by itself (skipped when
the machine has none); the others use ``always``, the setting meant for a
loopback address that forwards elsewhere (an SSH tunnel, a local proxy).
"""

from __future__ import annotations

import ipaddress
import json
import socket

import pytest

from assistant.answer.llm.backends import open_backend
from assistant.answer.llm.chain import ask
from assistant.answer.llm.pseudonymise import NO_PSEUDONYMS, pseudonymise
from assistant.answer.llm.schema import ModelAnswer
from assistant.answer.llm.verify import verify_answer
from assistant.app.plan_chat import respond
from assistant.review.engine import ReviewEngine
from assistant.settings import SettingsError
from tests.conftest import make_settings
from tests.llm_server import Scripted, ScriptedModelServer


def _placeholders(*texts: str) -> dict[str, str]:
    """item as written → its placeholder."""
    return {item: ph for ph, item in pseudonymise(*texts).originals.items()}


# ---------------------------------------------------------------- each kind of item


def test_the_user_named_in_the_header_and_by_first_or_family_name_alone():
    text = "利用者氏名：大森 ハル 様\n本人：ハルさんは、庭の花を見ながらお茶を飲むのが好き。大森さんは耳が遠い。"
    names = _placeholders(text)
    assert names["大森 ハル"] == "〔利用者〕" and names["大森"] == "〔利用者・姓〕" and names["ハル"] == "〔利用者・名〕"
    hidden = pseudonymise(text).hide(text)
    assert "大森" not in hidden and "ハル" not in hidden
    assert "〔利用者・名〕さんは、庭の花を見ながら" in hidden


def test_names_with_sama_san_dono_are_replaced_but_roles_are_not():
    text = "坂口様の通院は月1回。往診は野村殿に依頼。ケアマネさんとヘルパーさんが、利用者様と奥様に説明した。同様に記録する。"
    hidden = pseudonymise(text).hide(text)
    assert "坂口" not in hidden and "野村" not in hidden
    for kept in ("ケアマネさん", "ヘルパーさん", "利用者様", "奥様", "同様に"):
        assert kept in hidden


def test_family_members_named_with_their_relationship():
    text = "次女（千秋さん）が週末に泊まる。\n主介護者：夫 高井 修二（同居）\n嫁の敏江様が食事を届ける。"
    names = _placeholders(text)
    assert names["千秋"].startswith("〔家族") and names["高井 修二"].startswith("〔家族")
    assert names["敏江"].startswith("〔家族") and len({names["千秋"], names["高井 修二"], names["敏江"]}) == 3
    hidden = pseudonymise(text).hide(text)
    assert "次女（〔家族" in hidden and "千秋" not in hidden and "修二" not in hidden


def test_addresses_with_and_without_a_label():
    text = "住所：静岡県浜松市中区元城町2丁目8-14\n娘は名古屋市昭和区御器所1-3-9に住む。市町村の窓口に週1回相談。"
    names = _placeholders(text)
    assert names["静岡県浜松市中区元城町2丁目8-14"] == "〔住所〕"
    assert names["名古屋市昭和区御器所1-3-9"] == "〔住所2〕"
    assert "市町村の窓口に週1回相談" in pseudonymise(text).hide(text)  # words about places are not addresses


def test_phone_numbers_in_the_usual_shapes():
    text = "自宅 045-812-3377、長男の携帯 070 1357 2468、かかりつけ（0465）22-1190"
    hidden = pseudonymise(text).hide(text)
    for phone in ("045-812-3377", "070 1357 2468", "22-1190"):
        assert phone not in hidden
    assert hidden.count("〔電話番号") == 3


def test_dates_of_birth_by_label_or_by_birth_wording_but_not_other_dates():
    text = "生年月日 S11.6.30\n昭和13年1月25日生まれの兄と二人暮らし。平成28年4月1日に退院。"
    names = _placeholders(text)
    assert names["S11.6.30"] == "〔生年月日〕" and names["昭和13年1月25日"] == "〔生年月日2〕"
    assert "平成28年4月1日に退院" in pseudonymise(text).hide(text)


def test_insurance_numbers_and_other_long_ids():
    text = "被保険者番号：2100 334 455\n保険者番号 131185\n医療の記号番号 88001234、受付票 3141592653589"
    names = _placeholders(text)
    assert names["2100 334 455"] == "〔被保険者番号〕"
    assert names["131185"].startswith("〔番号") and names["88001234"].startswith("〔番号")
    assert names["3141592653589"].startswith("〔番号")


def test_offices_by_label_and_named_clinics():
    text = "事業所：さくら坂ヘルパーステーション\n主治医：港南台内科クリニック（月1回）。総合病院には通っていない。"
    hidden = pseudonymise(text).hide(text)
    assert "さくら坂" not in hidden and "港南台" not in hidden and "総合病院には" in hidden


def test_table_headings_generic_clinics_and_office_names_are_not_taken_for_people():
    text = ("サービス種別　事業所　頻度　期間\n計画作成者　東雲地域包括支援センター\n月2回整形外科クリニックへ通院。"
            "週3日ヘルパーさんが来る。")
    assert pseudonymise(text).hide(text) == text


def test_a_guideline_question_without_personal_items_is_sent_unchanged():
    question = "荒川区のガイドラインでは、利用者様の同意は担当者会議の前に取る必要がありますか"
    assert pseudonymise(question).hide(question) == question


# ---------------------------------------------------------------- the round trip


PLAN = """【第1表】
利用者名　北川 トミ子　様　　生年月日　昭和9年11月3日
被保険者番号　1300456789
住所：千葉県船橋市本町4丁目7-11
連絡先　047-431-5566（長男 北川 誠）
利用者及び家族の生活に対する意向を踏まえた課題分析の結果
本人：トミ子さんとして、近所の友だちとお茶を飲みに行きたい。
長女（明美さん）：足元が心配なので、見守りを増やしてほしい。携帯 080-2468-1357
総合的な援助の方針：
安心して過ごせるよう支援します。

【第2表】
生活全般の解決すべき課題（ニーズ）：安心して過ごしたい
長期目標：安心して過ごす
（期間）
短期目標：安心して過ごす
（期間）
サービス内容：入浴介助、機能訓練
サービス種別：通所介護
事業所：ひまわり通所センター
頻度：週2回
"""
PERSONAL = ("北川", "トミ子", "明美", "誠", "昭和9年11月3日", "1300456789", "船橋市本町", "047-431-5566",
            "080-2468-1357", "ひまわり通所センター")


def test_hiding_the_plan_leaves_none_of_its_personal_items():
    hidden = pseudonymise(PLAN).hide(PLAN)
    assert not [item for item in PERSONAL if item in hidden]
    assert "短期目標：安心して過ごす" in hidden and "入浴介助、機能訓練" in hidden


def test_a_reply_quoting_placeholders_is_restored_and_verifies_against_the_original_plan(corpus):
    table = pseudonymise(PLAN)
    names = _placeholders(PLAN)
    user, daughter = names["トミ子"], names["明美"]
    sent = table.hide(PLAN)
    quote = f"{user}さんとして、近所の友だちとお茶を飲みに行きたい"
    assert quote in sent  # the model can only quote what it was sent
    reply = ModelAnswer.model_validate({"verdict": "direct", "sentences": [
        {"text": f"{user}さんは友だちとお茶を飲みに行くことを望んでいます。", "plan_quotes": [quote]},
        {"text": f"{daughter}さんは足元を心配しています。", "plan_quotes": ["足元が心配なので"]},
        {"text": "〔家族7〕さんにも確認しましょう。", "plan_quotes": ["見守りを増やしてほしい"]},
        {"text": "〔利用者〕さんの希望を目標に生かします。"},
    ], "rewrites": [{"field": "短期目標", "original": "安心して過ごす", "check_id": "R04",
                     "proposal": f"{user}さんが近所の友だちの家までシルバーカーで歩き、お茶の時間を楽しめる"}]})
    restored = table.restore_answer(reply)
    assert restored.sentences[0].plan_quotes == ["トミ子さんとして、近所の友だちとお茶を飲みに行きたい"]
    verified = verify_answer(restored, {}, corpus, plan_text=PLAN, check_ids={"R04"}, unmapped=table.unmapped)
    texts = [s.text for s in verified.sentences]
    assert texts == ["トミ子さんは友だちとお茶を飲みに行くことを望んでいます。", "明美さんは足元を心配しています。",
                     "北川 トミ子さんの希望を目標に生かします。"]
    assert verified.sentences[0].plan_quotes == ("トミ子さんとして、近所の友だちとお茶を飲みに行きたい",)
    assert verified.dropped_sentences == 1  # 〔家族7〕 maps to nobody: dropped, never shown with a placeholder
    assert verified.rewrites[0].proposal.startswith("トミ子さんが")
    # without restoring, the same quote does not verify: the plan does not hold the placeholder
    unrestored = verify_answer(reply, {}, corpus, plan_text=PLAN, check_ids={"R04"})
    assert quote not in [q for s in unrestored.sentences for q in s.plan_quotes]


def test_the_streamed_draft_is_restored_and_holds_back_a_half_placeholder():
    table = pseudonymise("利用者名：北川 トミ子")
    seen: list[str] = []
    sink = table.streamed(seen.append)
    sink('{"text": "〔利用者〕さんは〔利用')
    sink('{"text": "〔利用者〕さんは〔利用者・名〕')
    assert seen == ['{"text": "北川 トミ子さんは', '{"text": "北川 トミ子さんはトミ子']
    assert NO_PSEUDONYMS.streamed(seen.append) == seen.append and not NO_PSEUDONYMS.unmapped("〔利用者〕")


def test_the_texts_own_brackets_are_neither_reused_nor_taken_for_unmapped():
    text = "〔利用者〕欄：別紙参照\n利用者名：西田 勝"
    table = pseudonymise(text)
    assert table.hide("西田 勝") == "〔利用者-2〕" and not table.unmapped("〔利用者〕欄：別紙参照")
    assert table.unmapped("〔利用者3〕の希望") and not table.unmapped("〔注〕条文の見出し")


# ---------------------------------------------------------------- the setting and what the header says


def test_on_by_default_only_for_a_server_off_this_machine(tmp_path):
    def backend(url, mode=""):
        return open_backend(make_settings(tmp_path, CAREPLAN_LLM="openai", CAREPLAN_LLM_MODEL="m",
                                          CAREPLAN_LLM_BASE_URL=url, CAREPLAN_LLM_PSEUDONYMISE=mode))
    assert backend("https://llm.example.jp/v1").pseudonymise
    assert not backend("http://127.0.0.1:8000/v1").pseudonymise
    assert backend("http://127.0.0.1:8000/v1", "always").pseudonymise
    assert not backend("https://llm.example.jp/v1", "never").pseudonymise
    with pytest.raises(SettingsError, match="CAREPLAN_LLM_PSEUDONYMISE"):
        backend("https://llm.example.jp/v1", "yes")


def test_the_header_says_personal_items_are_replaced(tmp_path):
    from assistant.app.presenters import privacy_line

    far = open_backend(make_settings(tmp_path, CAREPLAN_LLM="openai", CAREPLAN_LLM_MODEL="m"))
    raw = open_backend(make_settings(tmp_path, CAREPLAN_LLM="openai", CAREPLAN_LLM_MODEL="m",
                                     CAREPLAN_LLM_PSEUDONYMISE="never"))
    assert "仮の名前に置き換え" in privacy_line(far)
    assert "そのまま送られます" in privacy_line(raw) and "仮の名前" not in privacy_line(raw)


# ---------------------------------------------------------------- end to end through the scripted server


@pytest.fixture(scope="module")
def review(retriever):
    engine = ReviewEngine.from_retriever(retriever)
    return engine, engine.review(PLAN, municipality="both")


def _plan_reply() -> str:
    names = _placeholders(PLAN)
    user, daughter = names["トミ子"], names["明美"]
    return json.dumps({"verdict": "direct", "sentences": [
        {"text": f"{user}さんの望みは、友だちとお茶を飲みに行くことです。",
         "plan_quotes": [f"{user}さんとして、近所の友だちとお茶を飲みに行きたい"]},
        {"text": f"{daughter}さんの心配も目標に入れましょう。", "plan_quotes": ["足元が心配なので"]},
        {"text": "〔家族9〕さんの協力も得ましょう。", "plan_quotes": ["見守りを増やしてほしい"]},
    ], "rewrites": [{"field": "短期目標", "original": "安心して過ごす", "check_id": "R04",
                     "proposal": f"{user}さんが友だちの家までシルバーカーで歩き、お茶の時間を楽しめる"}]},
        ensure_ascii=False)


def _ask_plan(tmp_path, review, retriever, server, url, mode):
    engine, result = review
    backend = open_backend(make_settings(tmp_path, CAREPLAN_LLM="openai", CAREPLAN_LLM_BASE_URL=url,
                                         CAREPLAN_LLM_MODEL="scripted-ja", CAREPLAN_LLM_TIMEOUT="5",
                                         CAREPLAN_LLM_PSEUDONYMISE=mode))
    drafts: list[str] = []
    got = respond("この短期目標を、本人の言葉を生かして書き直した例を見せて", review=result, engine=engine,
                  retriever=retriever, backend=backend, timeout=5, on_text=drafts.append)
    [request] = server.requests
    return backend, got, json.dumps(request, ensure_ascii=False), drafts


def _assert_private_and_restored(got, body: str, drafts: list[str]) -> None:
    assert not [item for item in PERSONAL if item in body]  # nothing personal in what the server received
    assert "〔利用者・名〕" in body and "〔電話番号" in body and "短期目標：安心して過ごす" in body
    assert got.model is not None, got.notice
    assert "トミ子さんの望みは" in got.markdown and "明美さんの心配" in got.markdown
    assert "（プランの記載：「トミ子さんとして、近所の友だちとお茶を飲みに行きたい」）" in got.markdown  # verified
    assert "案：トミ子さんが友だちの家まで" in got.markdown
    assert "〔" not in got.markdown and "協力も得ましょう" not in got.markdown  # the unmappable sentence is gone
    assert "〔利用者" not in drafts[-1] and "トミ子" in drafts[-1]  # the draft shown while streaming too


@pytest.mark.slow
def test_a_plan_sent_through_a_forwarding_loopback_address_holds_no_personal_items(tmp_path, review, retriever):
    with ScriptedModelServer([Scripted(_plan_reply())]) as server:
        backend, got, body, drafts = _ask_plan(tmp_path, review, retriever, server, server.url + "/v1", "always")
    assert not backend.remote and backend.pseudonymise
    _assert_private_and_restored(got, body, drafts)


def _non_loopback_address() -> str | None:
    """This machine's address on its default route (a UDP connect sends nothing), None if it has only loopback."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))
            address = probe.getsockname()[0]
    except OSError:
        return None
    return None if ipaddress.ip_address(address).is_loopback or address == "0.0.0.0" else address


@pytest.mark.slow
def test_a_non_loopback_server_gets_the_plan_pseudonymised_by_default(tmp_path, review, retriever, monkeypatch):
    address = _non_loopback_address()
    if address is None:
        pytest.skip("this machine has no non-loopback address to serve the scripted model on")
    monkeypatch.setenv("NO_PROXY", address)  # the scripted server is on this machine; no proxy in between
    with ScriptedModelServer([Scripted(_plan_reply())], host=address) as server:
        backend, got, body, drafts = _ask_plan(tmp_path, review, retriever, server, server.url + "/v1", "")
    assert backend.remote and backend.pseudonymise and "外のサーバー" in got.model
    _assert_private_and_restored(got, body, drafts)


@pytest.mark.slow
def test_a_guideline_question_naming_someone_is_sent_without_the_name(tmp_path, retriever):
    question = "北川様（090-1111-2222）の担当者会議には、どんな人に集まってもらうのがよいですか"
    reply = json.dumps({"verdict": "direct", "sentences": [
        {"text": "〔人物1〕様の会議は、担当者がチームで支えることを確かめる場です。",
         "citations": [{"clause_id": "arakawa-2019/4-1-3", "quote": "チームで利用者等を支援することを確認します"}]}]},
        ensure_ascii=False)
    with ScriptedModelServer([Scripted(reply)]) as server:
        backend = open_backend(make_settings(tmp_path, CAREPLAN_LLM="ollama", CAREPLAN_LLM_BASE_URL=server.url,
                                             CAREPLAN_LLM_MODEL="scripted-ja", CAREPLAN_LLM_PSEUDONYMISE="always"))
        got = ask(question, retriever, backend, timeout=5)
        body = json.dumps(server.requests[0], ensure_ascii=False)
    assert "北川" not in body and "090-1111-2222" not in body and "〔人物1〕様" in body
    assert got.model is not None and "北川様の会議は" in got.answer.text

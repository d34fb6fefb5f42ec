"""The reader on the layouts people really paste (fixtures written for these tests, not copied from eval sets).

Each test names the layout, pastes a small plan in it and checks that the
needs, goals, services, frequencies and periods come out — and that every
span is an exact slice of what was pasted.
"""

import random

import pytest

from assistant.review.parse import PlanInputError, parse_plan, parse_summary
from assistant.review.reader.dictation import spoken_fields
from assistant.review.reader.fold import fold
from assistant.review.reader.pieces import BULLET
from assistant.review.reader.vocabulary import load_vocabulary


def _needs(plan):
    return [s.text for s in plan.column_spans("ニーズ")]


def _services(plan):
    return [(r.text("サービス内容"), r.text("サービス種別"), r.value("頻度"), r.text("サービス期間"))
            for r in plan.service_rows()]


def _exact(plan):
    for _, span in plan.all_spans():
        assert plan.text[span.start:span.end] == span.text


def test_markdown_pipe_table_with_a_cell_wrapped_onto_the_next_line():
    text = (
        "| ニーズ | 長期目標 | 期間 | 短期目標 | 期間 | サービス内容 | 種別 | 頻度 |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| 階段で二階の寝室へ上がりたい | 手すりを使って二階へ上がれる | R8.1〜R8.12 | 手すりで十段上がれる | R8.1〜R8.6 | 階段昇降の練習、\n"
        "脚の筋力づくり | 訪問リハビリテーション | 週1回 |\n"
        "|  |  |  |  |  | 踊り場への手すり取り付け | 住宅改修 | 1回 |\n")
    plan = parse_plan(text)
    _exact(plan)
    assert _needs(plan) == ["階段で二階の寝室へ上がりたい"]
    services = _services(plan)
    assert services[0][0].replace("\n", "") == "階段昇降の練習、脚の筋力づくり" and services[0][2] == "週1回"
    assert services[1][:2] == ("踊り場への手すり取り付け", "住宅改修")
    assert plan.rows[1].text("短期目標期間") == "R8.1〜R8.6"


def test_pipe_rows_without_border_pipes_and_a_row_that_continues_a_need():
    text = ("ニーズ | 長期目標 | 短期目標 | サービス内容 | サービス種別 | 頻度\n"
            "風呂で体を洗いたい | 自分で上半身を洗える | 椅子に座って腕を洗える | 洗身の見守り | 訪問介護 | 週2回\n"
            " | | | 浴槽台の貸与 | 福祉用具貸与 | 毎日\n")
    plan = parse_plan(text)
    assert [s[0] for s in _services(plan)] == ["洗身の見守り", "浴槽台の貸与"]
    assert plan.rows[1].text("ニーズ") == "風呂で体を洗いたい" and plan.rows[1].role == "福祉用具"


def test_one_cell_per_line_after_a_header_as_a_pdf_copy_gives():
    text = ("生活全般の解決すべき課題（ニーズ）\n長期目標\n（期間）\n短期目標\n（期間）\nサービス内容\n※1\nサービス種別\n※2\n頻度\n期間\n"
            "台所で簡単な煮物を作りたい\n火加減を見ながら一品作れる\nR8.2〜R9.1\nヘルパーと並んで野菜を切れる\nR8.2〜R8.7\n"
            "調理の一部介助\n○\n訪問介護\nくすのきヘルパー\n週2回\nR8.2〜R8.7\n"
            "買い物の付き添い\n家族\n次男\n週1回\nR8.2〜R8.7\n2/2\n")
    plan = parse_plan(text)
    assert _needs(plan) == ["台所で簡単な煮物を作りたい"]
    assert _services(plan) == [("調理の一部介助", "訪問介護", "週2回", "R8.2〜R8.7"),
                               ("買い物の付き添い", "家族", "週1回", "R8.2〜R8.7")]
    assert plan.rows[-1].role == "家族"


def test_a_table_aligned_with_full_width_spaces_places_cells_by_position():
    text = ("ニーズ　　　　　　　　長期目標　　　　　　　　短期目標　　　　　　　　サービス内容　　　　種別　　　　　頻度\n"
            "夜中に一人でトイレへ　夜もトイレで用を足せる　手すりで立ち上がれる　　夜間の巡回　　　　　訪問介護　　　毎日\n"
            "　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　足元灯の設置　　　　家族　　　　　1回\n")
    plan = parse_plan(text)
    _exact(plan)
    assert _needs(plan) == ["夜中に一人でトイレへ"]
    assert [s[:3] for s in _services(plan)] == [("夜間の巡回", "訪問介護", "毎日"), ("足元灯の設置", "家族", "1回")]


def test_excel_rows_keep_extra_columns_and_split_a_merged_frequency_and_period():
    text = ("ニーズ\t長期目標\t短期目標\tサービス内容\tサービス種別\t頻度・期間\t備考\n"
            "薬を忘れずに飲みたい\t毎日決まった時間に飲める\t朝の薬を自分で飲める\t服薬の確認\t訪問看護\t週1回／R8.3〜R8.8\t主治医の指示書あり\n")
    row = parse_plan(text).service_rows()[0]
    assert (row.text("頻度"), row.text("サービス期間"), row.text("備考")) == ("週1回", "R8.3〜R8.8", "主治医の指示書あり")


def test_numbered_needs_with_slash_bullets_and_a_shared_attribute_line():
    text = ("課題１：買い物に一人で行けない\n"
            "　長期目標：近くの商店で自分で品物を選べる\n"
            "　短期目標：付き添いで商店まで歩ける\n"
            "　- 買い物への同行 / ○ / 訪問介護 / はるかぜヘルパー / 週1回 / R8.4〜R8.9\n"
            "【課題2】洗濯物を干すのがつらい\n"
            "長期目標：洗濯を自分で続けられる\n"
            "短期目標：低い物干しで干せる\n"
            "サービス内容：物干しの高さの調整 / 洗濯機からの取り出しの手伝い\n"
            "→訪問介護（はるかぜヘルパー）週1回 R8.4〜R8.9\n")
    plan = parse_plan(text)
    assert _needs(plan) == ["買い物に一人で行けない", "洗濯物を干すのがつらい"]
    services = _services(plan)
    assert services[0] == ("買い物への同行", "訪問介護", "週1回", "R8.4〜R8.9")
    assert [s[0] for s in services[1:]] == ["物干しの高さの調整", "洗濯機からの取り出しの手伝い"]
    assert all(s[2] == "週1回" for s in services[1:])


def test_labels_with_inner_spaces_a_line_break_a_period_in_brackets_and_numbering():
    text = ("③利用者及び家族の\n生活に対する意向を踏まえた課題分析の結果\n本人：畑の草取りをまた自分でしたい。\n\n"
            "長 期 目 標（1年）：畑まで歩いて草取りができる\n短期目標(R8.5〜R8.10)：庭先で十分間しゃがめる\n")
    plan = parse_plan(text)
    assert plan.field_text("本人の意向") == "畑の草取りをまた自分でしたい。"
    row = plan.rows[0]
    assert (row.text("長期目標"), row.text("長期目標期間")) == ("畑まで歩いて草取りができる", "1年")
    assert (row.text("短期目標"), row.text("短期目標期間")) == ("庭先で十分間しゃがめる", "R8.5〜R8.10")


def test_a_remark_in_brackets_after_the_content_is_not_taken_for_the_service_type():
    text = ("ニーズ：台所に立ち続けたい\n長期目標：自分で朝食を作れる（R8.1〜R8.12）\n短期目標：椅子に座って野菜を切れる（R8.1〜R8.6）\n"
            "サービス内容：調理の練習（本人が週末に献立を考える）\nサービス種別：訪問リハビリテーション\n頻度：週1回\n")
    plan = parse_plan(text)
    _exact(plan)
    assert _services(plan) == [("調理の練習（本人が週末に献立を考える）", "訪問リハビリテーション", "週1回", "")]


def test_speakers_quoted_speech_and_a_family_role_line():
    text = ("利用者及び家族の生活に対する意向\n"
            "ご本人より「孫の運動会を見に行きたい」と話される。\n"
            "家族（次女）：母が外に出る機会を増やしてほしい。\n"
            "長男：月に二度、病院への送迎をする。\n")
    plan = parse_plan(text)
    assert "孫の運動会を見に行きたい" in plan.field_text("本人の意向")
    assert plan.field_text("家族の意向") == "母が外に出る機会を増やしてほしい。"
    assert plan.field_text("家族の役割") == "月に二度、病院への送迎をする。"


def test_prevention_plan_numbered_goals_and_support_blocks():
    text = ("介護予防サービス・支援計画書\n目標とする生活\n1日：朝の散歩を続ける\n1年：町内の体操会に歩いて通う\n\n"
            "総合的課題\n1．膝の痛みで外出が減っている\n2．食事の量が少ない\n\n"
            "目標\n1．公園まで休まず歩ける\n2．一日三食を食べられる\n\n"
            "支援計画\n＜目標1＞\n本人等のセルフケアや家族の支援、インフォーマルサービス：\n・毎朝ストレッチをする（本人）\n"
            "介護保険サービス又は地域支援事業：運動プログラム\nサービス種別：通所型サービス\n期間：R8.6〜R8.11\n")
    plan = parse_plan(text)
    assert plan.form == "予防"
    assert [s.text for s in plan.column_spans("長期目標")] == ["町内の体操会に歩いて通う"]
    assert [s.text for s in plan.column_spans("短期目標")] == ["公園まで休まず歩ける", "一日三食を食べられる"]
    rows = plan.service_rows()
    assert {r.text("サービス内容"): r.role for r in rows} == {"毎朝ストレッチをする": "本人", "運動プログラム": "介護保険サービス"}
    assert all(r.text("ニーズ") == "膝の痛みで外出が減っている" for r in rows)


def test_week_grid_gives_frequencies_to_rows_that_lack_them():
    text = ("ニーズ\t短期目標\tサービス内容\tサービス種別\t頻度\n"
            "入浴したい\t週二回湯船に入れる\t入浴介助\t通所介護\t\n\n"
            "\t月\t火\t水\t木\t金\t土\t日\n"
            "午前\t通所介護\t\t\t通所介護\t\t\t\n")
    row = parse_plan(text).service_rows()[0]
    assert row.value("頻度") == "週2回（第3表）"


def test_prose_goals_written_after_an_arrow_and_with_a_slash():
    text = ("課題1　坂道で息が切れる\n→長期目標「坂の上の郵便局まで歩ける」、短期目標「休みながら坂の半分まで歩ける」\n"
            "課題2　着替えに時間がかかる\n長期目標 一人で着替えられる（R8.1〜R8.12）／短期目標 上着を自分で着られる（R8.1〜R8.6）\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.column_spans("長期目標")] == ["坂の上の郵便局まで歩ける", "一人で着替えられる"]
    assert [s.text for s in plan.column_spans("短期目標")] == ["休みながら坂の半分まで歩ける", "上着を自分で着られる"]
    assert plan.rows[-1].text("短期目標期間") == "R8.1〜R8.6"


def test_half_width_katakana_and_full_width_letters_keep_their_original_offsets():
    text = "長期目標：ﾃﾞｲｻｰﾋﾞｽで仲間と話せる\nサービス内容：ＣＯＰＤの観察／訪問看護／週１回\n"
    plan = parse_plan(text)
    goal = plan.rows[0].get("長期目標")
    assert goal.text == "ﾃﾞｲｻｰﾋﾞｽで仲間と話せる" and text[goal.start:goal.end] == goal.text
    row = plan.service_rows()[0]
    assert (row.text("サービス内容"), row.text("サービス種別"), row.text("頻度")) == ("ＣＯＰＤの観察", "訪問看護", "週１回")


def test_lines_that_could_not_be_placed_are_reported_with_offsets():
    text = "長期目標：台所に立てる\n短期目標：椅子で野菜を洗える\n◎連絡帳は玄関に置く\n"
    summary = parse_summary(parse_plan(text))
    assert [u["text"] for u in summary["unread"]] == ["◎連絡帳は玄関に置く"]
    unread = summary["unread"][0]
    assert text[unread["start"]:unread["end"]] == unread["text"]


@pytest.mark.parametrize("seed", range(8))
def test_the_reader_never_fails_on_scrambled_plans(seed):
    """Lines shuffled, cut and glued at random (fixed seeds): the reader returns, every span exact."""
    base = ("【第2表】\n| ニーズ | 長期目標 | サービス内容 | 頻度 |\n|---|---|---|---|\n| 歩きたい | 公園まで歩ける | 歩行練習 | 週2回 |\n"
            "課題①：眠れない\n長期目標（1年）：朝まで眠れる\n・夜間の見守り / 家族 / 毎日\n本人：家にいたい\n"
            "\t月\t火\t水\t木\t金\n午前\t通所介護\t\t\t\t\n→長期目標「X」、短期目標「Y」\n")
    rng = random.Random(seed)
    lines = base.splitlines()
    rng.shuffle(lines)
    text = "\n".join(line[: rng.randint(0, len(line))] if rng.random() < 0.3 else line for line in lines) + "\n"
    try:
        plan = parse_plan(text)
    except PlanInputError:
        return
    _exact(plan)
    for span in plan.labels + plan.unread:
        assert text[span.start:span.end] == span.text


def test_a_visit_record_names_services_by_kind_and_quotes_the_people():
    text = (
        "訪問メモ　R8.2.3\n"
        "Tさん、81歳女性。長女は隣の市に住む。\n"
        "本人は「朝市に野菜を買いに行きたい」と語る。\n"
        "長女より「仕事のあと毎日寄るのはもう限界です」との訴えがあった。\n"
        "訪問介護（かえで介護センター）：調理と掃除の手伝い。週2回。\n"
        "通所リハビリ：歩く練習と筋力づくり。事業所はみなと病院。\n"
        "長女：月に一度、通院に付き添う\n")
    plan = parse_plan(text)
    _exact(plan)
    assert [s.text for s in plan.field_spans("本人の意向")] == ["朝市に野菜を買いに行きたい"]
    family = [s.text for s in plan.field_spans("家族の意向")]
    assert any("毎日寄るのはもう限界です" in words for words in family)  # quoted: their words, not their role
    assert [s.text for s in plan.field_spans("家族の役割")] == ["月に一度、通院に付き添う"]
    rows = {r.text("サービス種別"): r for r in plan.service_rows()}
    help_row = rows["訪問介護"]
    assert help_row.text("サービス内容") == "調理と掃除の手伝い" and help_row.value("頻度") == "週2回"
    assert help_row.text("事業所") == "かえで介護センター"
    assert rows["通所リハビリ"].text("事業所") == "みなと病院"


def test_a_label_that_is_no_service_kind_stays_a_note():
    plan = parse_plan("面談の記録\n主治医：みどり台クリニック　田中医師\n担当者会議：来月の第2週に予定\n")
    assert plan.service_rows() == []


@pytest.mark.parametrize("text, person, family", [
    # the speaker directly before the quote, under a label on the line above
    ("利用者及び家族の生活に対する意向：\n　本人「春になったら川べりを散歩したい」\n　長男「転ばないかだけが気がかりです」\n",
     "春になったら川べりを散歩したい", "転ばないかだけが気がかりです"),
    # two speakers on the label's own line, split by a slash
    ("本人・家族の意欲・意向：本人「将棋会所にまた通いたい」／妻「夜はゆっくり眠りたい」\n",
     "将棋会所にまた通いたい", "夜はゆっくり眠りたい"),
    # a full-width space after each speaker, on the label's line
    ("本人・家族の意向：本人　畑の水やりは続けたい。／娘　一人の時間が長いのが心配です。\n",
     "畑の水やりは続けたい。", "一人の時間が長いのが心配です。"),
    # reported speech under a bracketed heading
    ("＜利用者及び家族の生活に対する意向＞\n本人は、近所の友人と週に一度は喫茶店へ行きたい、とのこと。\n"
     "長女は、母の体重が減っているのが心配だ、とのこと。\n",
     "近所の友人と週に一度は喫茶店へ行きたい", "母の体重が減っているのが心配だ"),
])
def test_speakers_without_a_colon_are_still_speakers(text, person, family):
    plan = parse_plan(text)
    assert person in plan.field_text("本人の意向")
    assert family in plan.field_text("家族の意向")
    assert person not in plan.field_text("課題分析の結果")


def test_a_mark_alone_on_its_line_is_not_an_empty_service_bullet():
    # print previews put the ※1 mark of a service on a line of its own
    text = ("課題１：夕方になると台所に立つのがつらい\n長期目標：夕食の支度を続けられる\n"
            "サービス内容：調理の一部介助\n○\nサービス種別：訪問介護\n頻度：週3回\n")
    plan = parse_plan(text)
    assert "調理の一部介助" in [r.text("サービス内容") for r in plan.service_rows()]


def test_domain_headings_under_an_assessment_label_are_not_services():
    text = ("【目標とする生活】\n１年：近くの図書館まで歩いて通う\n\n【アセスメント領域と現在の状況】\n■運動・移動\n"
            "右股関節の人工関節術後で、屋外は歩行器を使う。\n\n■健康管理\n血圧の薬を自分で管理している。\n\n"
            "【目標】\n①歩行器で図書館まで歩ける（R8.6〜R8.11）\n"
            "【支援計画】\n・歩行練習（介護予防通所リハビリテーション／週1回）\n")
    plan = parse_plan(text)
    contents = [r.text("サービス内容") for r in plan.service_rows()]
    assert not any("運動・移動" in c or "健康管理" in c for c in contents)
    assert any("歩行練習" in c for c in contents)


def test_labels_and_values_on_alternate_lines_as_a_print_preview_gives_them():
    text = ("生活全般の解決すべき課題（ニーズ）\n指の力が落ちて編み物ができないが、孫に手袋を編みたい\n"
            "長期目標\n一日一段ずつ手袋を編み進められる\n（期間）\nR9.1.1〜R9.12.31\n"
            "短期目標\n太い針で十分間編める\n（期間）\nR9.1.1〜R9.6.30\n"
            "サービス内容\n手指の巧緻動作訓練\n※1\n○\nサービス種別\n通所リハビリテーション\n※2\nデイケアこもれび\n"
            "頻度\n週1回\n期間\nR9.1.1〜R9.6.30\n")
    plan = parse_plan(text)
    row = plan.service_rows()[0]
    assert row.text("ニーズ") == "指の力が落ちて編み物ができないが、孫に手袋を編みたい"
    assert (row.text("長期目標"), row.text("長期目標期間")) == ("一日一段ずつ手袋を編み進められる", "R9.1.1〜R9.12.31")
    assert (row.text("短期目標"), row.text("短期目標期間")) == ("太い針で十分間編める", "R9.1.1〜R9.6.30")
    assert _services(plan) == [("手指の巧緻動作訓練", "通所リハビリテーション", "週1回", "R9.1.1〜R9.6.30")]
    assert row.text("事業所") == "デイケアこもれび"


def test_values_after_a_quote_or_an_arrow_and_short_goal_labels():
    text = ("本人の意向「春の花見に車いすで出かけたい」\n家族の意向「外出の準備は手伝える」\n"
            "ニーズ→座っていられる時間が短いが、花見に出かけたい\n"
            "長期→車いすで一時間座って花見ができる（R9.1〜R9.12）\n短期：車いすで三十分座っていられる（R9.1〜R9.6）\n")
    plan = parse_plan(text)
    assert plan.field_text("本人の意向") == "春の花見に車いすで出かけたい"
    assert plan.field_text("家族の意向") == "外出の準備は手伝える"
    row = plan.rows[0]
    assert row.text("ニーズ") == "座っていられる時間が短いが、花見に出かけたい"
    assert (row.text("長期目標"), row.text("長期目標期間")) == ("車いすで一時間座って花見ができる", "R9.1〜R9.12")
    assert (row.text("短期目標"), row.text("短期目標期間")) == ("車いすで三十分座っていられる", "R9.1〜R9.6")


def test_a_service_line_with_bars_or_slashes_and_no_bullet_under_a_need():
    text = ("課題1：階段の昇り降りが不安だが、二階の寝室を使い続けたい\n長期目標：手すりで階段を昇り降りできる（R9.1〜R9.12）\n"
            "階段昇降の練習｜訪問リハビリテーション｜リハビリ室ほたる｜週1回｜R9.1〜R9.6\n"
            "階段の手すりの取り付け／住宅改修／いろは工務店／1回／R9.1\n"
            "掃除／洗濯\n")
    plan = parse_plan(text)
    assert _services(plan) == [("階段昇降の練習", "訪問リハビリテーション", "週1回", "R9.1〜R9.6"),
                               ("階段の手すりの取り付け", "住宅改修", "1回", "R9.1")]


def test_a_bulleted_assessment_heading_keeps_its_domain_lines_out_of_the_services():
    text = ("■目標とする生活\n１年：川沿いを散歩して友人の店に寄る\n\n■アセスメント領域と現在の状況\n"
            "・運動・移動：腰の圧迫骨折のあと、屋外はシルバーカーで二百メートル。\n・健康管理：骨粗しょう症の注射を月一回受けている。\n\n"
            "■目標と具体策\n目標１　シルバーカーで友人の店まで歩ける（R9.1〜R9.6）\n\n■支援計画\n"
            "・体幹の筋力訓練（介護予防通所リハビリテーション／リハビリ室あさがお／週１回）\n")
    rows = parse_plan(text).service_rows()
    assert not any("運動・移動" in r.text("サービス内容") or "骨粗しょう症" in r.text("サービス内容") for r in rows)
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.text("事業所"), r.text("頻度")) for r in rows] == [
        ("体幹の筋力訓練", "介護予防通所リハビリテーション", "リハビリ室あさがお", "週１回")]


def test_a_print_preview_with_marked_labels_and_a_line_naming_the_columns_of_the_services():
    text = ("◆生活全般の解決すべき課題（ニーズ）１\n　　足の冷えとしびれで夜眠れないが、朝は散歩に出たい\n"
            "◆長期目標：（期間）\n　　朝の散歩を三十分続けられる（R9.2.1～R9.7.31）\n"
            "◆短期目標：（期間）\n　　足湯のあと十分間歩ける（R9.2.1～R9.4.30）\n"
            "◆サービス内容／種別／事業所／頻度\n"
            "　　・足浴と下肢の運動／通所介護／デイサービスこだま／週2回\n"
            "　　・毎朝の足湯／本人／／毎日\n")
    plan = parse_plan(text)
    row = plan.service_rows()[0]
    assert row.text("ニーズ") == "足の冷えとしびれで夜眠れないが、朝は散歩に出たい"
    assert (row.text("長期目標"), row.text("長期目標期間")) == ("朝の散歩を三十分続けられる", "R9.2.1～R9.7.31")
    assert (row.text("短期目標"), row.text("短期目標期間")) == ("足湯のあと十分間歩ける", "R9.2.1～R9.4.30")
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.text("頻度")) for r in plan.service_rows()] == [
        ("足浴と下肢の運動", "通所介護", "週2回"), ("毎朝の足湯", "本人", "毎日")]


def test_english_abbreviations_for_needs_goals_and_services():
    text = ("[Need 1] 物忘れで服薬を忘れるが、一人暮らしを続けたい\n LTG (R9.1-R9.12): 薬カレンダーで一週間飲み忘れがない\n"
            " STG (R9.1-R9.6): 声かけで朝の薬を飲める\n Svc:\n  - 服薬の声かけと確認 | 訪問介護 | ヘルパーまつば | 毎日 | R9.1-R9.6\n")
    row = parse_plan(text).service_rows()[0]
    assert row.text("ニーズ") == "物忘れで服薬を忘れるが、一人暮らしを続けたい"
    assert (row.text("長期目標"), row.text("短期目標")) == ("薬カレンダーで一週間飲み忘れがない", "声かけで朝の薬を飲める")
    assert (row.text("サービス内容"), row.text("サービス種別"), row.text("頻度")) == ("服薬の声かけと確認", "訪問介護", "毎日")


def test_a_goal_label_holding_only_a_period_gives_the_period_of_the_goals_below():
    text = ("長期目標（1年）：R9.1〜R9.12　　短期目標(6か月)：R9.1〜R9.6\n"
            "ニーズ：腰が痛むが畑仕事を続けたい\n長期目標：畑で一時間作業できる\n短期目標：畑まで休まず歩ける\n"
            "サービス内容：腰痛体操\nサービス種別：通所介護\n")
    row = parse_plan(text).service_rows()[0]
    assert (row.text("長期目標"), row.text("長期目標期間")) == ("畑で一時間作業できる", "R9.1〜R9.12")
    assert (row.text("短期目標"), row.text("短期目標期間")) == ("畑まで休まず歩ける", "R9.1〜R9.6")


def test_marked_headings_of_fields_and_bracketed_speakers_in_a_prevention_plan():
    text = ("介護予防サービス・支援計画書\n◆具体策についての意向\n【本人】\n体操教室なら通ってみたい。\n【家族（娘）】\n"
            "週末は一緒に行けます。\n\n■支援計画\n・体操教室（通所型サービス／週1回）\n\n■総合的な方針\n"
            "閉じこもりを防ぎ、体操教室を通じて仲間をつくる。\n")
    plan = parse_plan(text)
    assert plan.field_text("本人の意向") == "体操教室なら通ってみたい。"
    assert [r.text("サービス内容") for r in plan.service_rows()] == ["体操教室"]
    assert "閉じこもりを防ぎ" in plan.field_text("総合的な援助の方針")


def test_a_word_table_pasted_with_line_breaks_inside_its_cells():
    header = "ニーズ\t長期目標（期間）\t短期目標（期間）\tサービス内容\tサービス種別\t頻度\n"
    text = (header + "右手の震えで字が書けず、\n"
            "手紙を出せなくなった\t孫に月一回手紙を書ける\n（R9.1.1～R9.12.31）\t太いペンで住所を書ける\n"
            "（R9.1.1～R9.6.30）\t書字の練習\t訪問リハビリテーション\t週1回\n"
            "\t\t\t書道教室の仲間が手本を届ける\t友人\t月1回\n")
    rows = parse_plan(text).service_rows()
    assert [r.text("ニーズ") for r in rows] == ["右手の震えで字が書けず、\n手紙を出せなくなった"] * 2
    assert (rows[0].text("長期目標"), rows[0].text("長期目標期間")) == ("孫に月一回手紙を書ける", "R9.1.1～R9.12.31")
    assert (rows[0].text("短期目標"), rows[0].text("短期目標期間")) == ("太いペンで住所を書ける", "R9.1.1～R9.6.30")
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.text("頻度")) for r in rows] == [
        ("書字の練習", "訪問リハビリテーション", "週1回"), ("書道教室の仲間が手本を届ける", "友人", "月1回")]


def test_a_pdf_copy_with_a_header_name_broken_over_two_lines_and_a_group_heading():
    text = ("生活全般の解決すべき\n課題（ニーズ）\n援助目標\n長期目標\n（期間）\n短期目標\n（期間）\nサービス内容\nサービス種別\n頻度\n期間\n"
            "耳が遠く電話に出られないが、友人と連絡を取り合いたい\n補聴器をつけて友人と電話で話せる\nR9.3.1～R10.2.28\n"
            "補聴器を毎朝自分でつけられる\nR9.3.1～R9.8.31\n補聴器の装着の確認\n訪問介護\n週2回\nR9.3.1～R9.8.31\n")
    row = parse_plan(text).service_rows()[0]
    assert row.text("ニーズ") == "耳が遠く電話に出られないが、友人と連絡を取り合いたい"
    assert (row.text("長期目標"), row.text("長期目標期間")) == ("補聴器をつけて友人と電話で話せる", "R9.3.1～R10.2.28")
    assert (row.text("サービス内容"), row.text("サービス種別"), row.text("頻度")) == ("補聴器の装着の確認", "訪問介護", "週2回")


def test_a_list_of_who_gives_each_service_pairs_with_the_list_of_services():
    text = ("ニーズ：足の爪が切れず、傷から化膿しやすい\n長期目標：足の傷なく歩いて買い物に行ける\n"
            "サービス内容：爪切りと足の観察 / 足浴 / 靴の選び方の助言\n"
            "担当：訪問看護（すずらん訪問看護）週1回 / 長男 週末 / 福祉用具専門相談員（ケアショップ青葉）月1回\n"
            "期間：R9.4.1〜R9.9.30\n")
    rows = parse_plan(text).service_rows()
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.text("事業所"), r.text("頻度"), r.text("サービス期間")) for r in rows] == [
        ("爪切りと足の観察", "訪問看護", "すずらん訪問看護", "週1回", "R9.4.1〜R9.9.30"),
        ("足浴", "長男", "", "週末", "R9.4.1〜R9.9.30"),
        ("靴の選び方の助言", "福祉用具専門相談員", "ケアショップ青葉", "月1回", "R9.4.1〜R9.9.30")]


def test_a_need_number_alone_over_services_points_back_to_that_need():
    text = ("1）膝が痛み、階段で二階の寝室に上がれない\n　長期→二階の寝室で寝起きできる（R9.1～R9.12）\n"
            "2）一人の入浴が不安で、湯船に入れていない\n　長期→週2回湯船につかれる（R9.1～R9.12）\n\n"
            "■サービス\n課題1\n・階段昇降の練習｜訪問リハビリテーション｜リハ室わかば｜週1回\n"
            "課題2\n・入浴の見守り｜通所介護｜デイあおい｜週2回\n")
    rows = parse_plan(text).service_rows()
    assert [(r.text("サービス内容"), r.text("ニーズ")) for r in rows] == [
        ("階段昇降の練習", "膝が痛み、階段で二階の寝室に上がれない"),
        ("入浴の見守り", "一人の入浴が不安で、湯船に入れていない")]


def test_prose_goals_split_by_a_slash_keep_both_periods():
    text = ("ニーズ：目がかすんで新聞が読めないが、毎朝の新聞は続けたい\n"
            "　長期目標は、拡大鏡で朝刊の見出しを読めること（R9.2〜R10.1）／短期目標は、拡大鏡を自分で出して使えること（R9.2〜R9.7）。\n")
    row = parse_plan(text).rows[0]
    assert (row.text("長期目標"), row.text("長期目標期間")) == ("拡大鏡で朝刊の見出しを読める", "R9.2〜R10.1")
    assert (row.text("短期目標"), row.text("短期目標期間")) == ("拡大鏡を自分で出して使える", "R9.2〜R9.7")


def test_a_period_shared_by_all_services_in_their_heading():
    text = ("1）物忘れで薬を飲み忘れる\n　長期→一週間飲み忘れがない（R9.1～R9.12）\n\n"
            "■サービス（期間はいずれもR9.1.1～R9.6.30）\n・服薬の声かけ｜訪問介護｜ヘルパーかえで｜毎日\n・服薬カレンダーのセット｜長女｜｜週1回\n")
    rows = parse_plan(text).service_rows()
    assert [(r.text("サービス内容"), r.text("サービス期間")) for r in rows] == [
        ("服薬の声かけ", "R9.1.1～R9.6.30"), ("服薬カレンダーのセット", "R9.1.1～R9.6.30")]


def test_a_staged_goal_named_in_the_support_table_points_back_to_that_goal():
    text = ("介護予防サービス・支援計画書\n総合的課題\n1．足の力が落ちて買い物に行けない\n\n"
            "目標\n3か月後：近所のスーパーまでシルバーカーで歩ける\n\n支援計画\n"
            "目標 | 支援のポイント | 介護保険サービス又は地域支援事業 | サービス種別 | 頻度\n---|---|---|---|---\n"
            "3か月後の目標 | 歩く距離を延ばす | 歩行練習 | 通所型サービス | 週1回\n")
    rows = parse_plan(text).service_rows()
    assert [(r.text("サービス内容"), r.text("短期目標")) for r in rows] == [("歩行練習", "近所のスーパーまでシルバーカーで歩ける")]


def test_a_field_after_a_space_aligned_table_is_not_one_of_its_rows():
    text = ("ニーズ　　　　　　　　長期目標　　　　　　　　サービス内容　　　　サービス種別　　頻度\n"
            "腰が痛み台所に立てない　夕食を自分で作れる　　調理の一部介助　　　訪問介護　　　　週2回\n\n"
            "総合的な援助の方針　　台所に立つ時間を少しずつ延ばします。\n")
    plan = parse_plan(text)
    assert [r.text("サービス内容") for r in plan.service_rows()] == ["調理の一部介助"]
    assert plan.field_text("総合的な援助の方針") == "台所に立つ時間を少しずつ延ばします。"


def test_bullets_under_a_notes_heading_are_not_services_of_the_last_need():
    text = ("ニーズ：夜間にトイレへ行くとき転びそうになる\n長期目標：夜も一人でトイレに行ける\n"
            "・足元灯の設置｜福祉用具貸与｜週1回点検\n\n【申し送り】\n・長女は来月から単身赴任予定\n・主治医へは次回受診時に報告する\n")
    plan = parse_plan(text)
    assert [r.text("サービス内容") for r in plan.service_rows()] == ["足元灯の設置"]


def test_an_arrow_line_under_the_goals_is_a_service_not_part_of_the_goal():
    text = ("ニーズ：杖で近所の郵便局まで行きたい\n短期目標：玄関から門まで杖で歩ける\n"
            "→通所リハビリテーション：歩行練習　週2回\n")
    row = parse_plan(text).service_rows()[0]
    assert row.text("短期目標") == "玄関から門まで杖で歩ける"
    assert (row.text("サービス内容"), row.text("サービス種別"), row.text("頻度")) == ("歩行練習", "通所リハビリテーション", "週2回")


def test_a_family_heading_naming_the_relation_in_brackets_holds_the_family_wish():
    text = ("■家族（次男の妻）の意向\n通院の付き添いは土曜なら続けられる。\n\n"
            "ニーズ：通院を続けたい\n長期目標：月1回の通院を続けられる\n")
    assert parse_plan(text).field_text("家族の意向") == "通院の付き添いは土曜なら続けられる。"


def test_a_support_column_label_with_an_arrow_and_a_visit_bound_frequency():
    text = ("課題：服薬を忘れてしまう\n短期目標：朝の薬を自分で飲める\n"
            "支援→服薬の声かけと確認　訪問介護　ヘルパー来訪時に毎回\n")
    row = parse_plan(text).service_rows()[0]
    assert (row.text("サービス内容"), row.text("サービス種別"), row.text("頻度")) == (
        "服薬の声かけと確認", "訪問介護", "ヘルパー来訪時に毎回")


def test_every_attribute_after_wide_gaps_is_peeled_off_a_service_label():
    text = ("ニーズ：浴槽をまたげず入浴できない\n長期目標：週2回湯船につかれる\n"
            "サービス内容：入浴の見守り／洗身の一部介助　通所介護（デイほたる）　週2回　R9.5〜R9.10\n")
    rows = parse_plan(text).service_rows()
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.text("頻度"), r.text("サービス期間")) for r in rows] == [
        ("入浴の見守り", "通所介護", "週2回", "R9.5〜R9.10"), ("洗身の一部介助", "通所介護", "週2回", "R9.5〜R9.10")]


def test_a_bare_role_under_a_type_label_in_a_print_preview_is_who_gives_the_service():
    text = ("ニーズ\n庭の草取りを続けたい\n長期目標\n庭の半分を自分で草取りできる\n"
            "サービス内容\nしゃがむ姿勢からの立ち上がり体操\nサービス種別\n本人\n頻度\n毎朝\n"
            "サービス内容\n草を入れた袋の運び出し\nサービス種別\n夫\n頻度\n週1回\n")
    rows = parse_plan(text).service_rows()
    assert [(r.role, r.text("サービス種別"), r.value("頻度")) for r in rows] == [("本人", "本人", "毎朝"), ("家族", "夫", "週1回")]


def test_a_frequency_in_brackets_inside_the_period_cell():
    text = ("| 目標 | 介護保険サービス又は地域支援事業 | サービス種別 | 期間 |\n|---|---|---|---|\n"
            "| 公園まで歩いて往復できる | 歩行の練習 | 通所型サービス | R9.4〜R9.9（週1回・月曜） |\n")
    row = parse_plan(text).service_rows()[0]
    assert (row.value("頻度"), row.text("サービス期間")) == ("週1回・月曜", "R9.4〜R9.9")


def test_numbered_goal_labels_and_arrowed_services_under_a_marked_need():
    text = ("【第２表】\n◆課題２　腰の痛みで洗濯物を干せないが、自分の服は自分で干したい\n"
            "　長期目標２　物干し台を低くして、自分の服を干せる（R9.2〜R9.7）\n"
            "　　短期目標２－１　椅子に座って洗濯物をハンガーに掛けられる（R9.2〜R9.4）\n"
            "　　　・腰に負担の少ない動作の練習　→訪問リハビリテーション／リハ室こぶし／週１回\n"
            "　　短期目標２－２　低い物干し台に自分で干せる（R9.5〜R9.7）\n"
            "　　　・物干し台の高さの調整　→長女／１回\n")
    plan = parse_plan(text)
    assert _needs(plan) == ["腰の痛みで洗濯物を干せないが、自分の服は自分で干したい"]
    rows = plan.service_rows()
    assert [(r.text("短期目標"), r.text("サービス内容"), r.text("サービス種別"), r.value("頻度")) for r in rows] == [
        ("椅子に座って洗濯物をハンガーに掛けられる", "腰に負担の少ない動作の練習", "訪問リハビリテーション", "週１回"),
        ("低い物干し台に自分で干せる", "物干し台の高さの調整", "長女", "１回")]
    assert rows[0].text("長期目標") == "物干し台を低くして、自分の服を干せる"


def test_a_space_aligned_service_table_ends_at_the_next_needs_label():
    block = ("ニーズ{n}　{need}\n　長期目標（R9.1〜R9.12）　{goal}\n"
             "　　サービス内容　　　　　種別　　　　　頻度\n　　{service}　　　{kind}　　　週1回\n")
    text = (block.format(n=1, need="一人で湯船に入るのが怖い", goal="見守りで週2回湯船につかれる",
                         service="入浴の見守り", kind="訪問介護")
            + block.format(n=2, need="薬を飲み忘れる", goal="一週間飲み忘れがない", service="服薬の確認", kind="訪問看護"))
    rows = parse_plan(text).service_rows()
    assert [(r.text("ニーズ"), r.text("長期目標"), r.text("サービス内容")) for r in rows] == [
        ("一人で湯船に入るのが怖い", "見守りで週2回湯船につかれる", "入浴の見守り"),
        ("薬を飲み忘れる", "一週間飲み忘れがない", "服薬の確認")]


def test_quoted_goals_stated_in_an_arrowed_meeting_note_keep_their_commas_and_periods():
    text = ("ニーズ①：膝が痛み、町内の清掃に出られていないが、また班の清掃に加わりたい。\n"
            "→長期目標は「月1回、班の清掃に出て、公園の落ち葉を30分掃ける」（R9.4〜R10.3）とし、"
            "短期目標は「手押し車を使い、公園まで休まずに歩ける」（R9.4〜R9.9）とした。\n"
            "→通所リハビリテーションで膝の筋力訓練を週2回行う。\n")
    rows = parse_plan(text).rows
    assert (rows[0].text("長期目標"), rows[0].text("長期目標期間")) == ("月1回、班の清掃に出て、公園の落ち葉を30分掃ける", "R9.4〜R10.3")
    assert (rows[0].text("短期目標"), rows[0].text("短期目標期間")) == ("手押し車を使い、公園まで休まずに歩ける", "R9.4〜R9.9")


def test_a_ditto_mark_in_a_goal_or_period_cell_is_the_value_of_the_row_above():
    text = ("ニーズ | 長期目標 | 期間 | サービス内容 | サービス種別 | 頻度\n|---|---|---|---|---|---|\n"
            "台所で煮物を作りたい | 一品を自分で作れる | R9.1〜R9.12 | 調理の見守り | 訪問介護 | 週2回\n"
            "〃 | 〃 | 同上 | 食材の買い出し | 長男 | 週1回\n")
    rows = parse_plan(text).service_rows()
    assert [(r.text("ニーズ"), r.text("長期目標"), r.text("長期目標期間")) for r in rows] == [
        ("台所で煮物を作りたい", "一品を自分で作れる", "R9.1〜R9.12")] * 2


def test_arrow_labels_with_other_joining_marks_and_a_compound_attribute_label():
    text = ("介護予防サービス・支援計画書\n目標：駅前の図書館まで歩いて通える\n◆支援計画\n"
            "　本人等のセルフケア・家族の支援・インフォーマル　→　本人：毎朝の足踏み体操／次女：土曜の図書館への付き添い\n"
            "　介護保険サービス又は地域支援事業　→　屋外歩行の練習\n"
            "　サービス種別／事業所／頻度／期間　→　通所型サービス／デイつばさ／週1回（木）／R9.6〜R9.11\n")
    rows = parse_plan(text).service_rows()
    assert [(r.role, r.text("サービス内容"), r.text("サービス種別")) for r in rows] == [
        ("本人", "毎朝の足踏み体操", "本人"), ("家族", "土曜の図書館への付き添い", "次女"),
        ("介護保険サービス", "屋外歩行の練習", "通所型サービス")]
    assert (rows[2].text("事業所"), rows[2].value("頻度"), rows[2].text("サービス期間")) == ("デイつばさ", "週1回（木）", "R9.6〜R9.11")


def test_support_entries_joined_by_ellipses_name_who_does_each_part():
    text = ("介護予防サービス・支援計画書\n目標：畑の草取りを続けられる\n支援計画\n"
            "本人等のセルフケアや家族の支援、インフォーマルサービス：本人…朝の水やり。長男…週末の耕運機の運転。"
            "畑仲間の沢井さん…苗の植え付けの手伝い。\n")
    rows = parse_plan(text).service_rows()
    assert [(r.role, r.text("サービス種別")) for r in rows] == [
        ("本人", "本人"), ("家族", "長男"), ("インフォーマル", "畑仲間の沢井さん")]


def test_a_meeting_record_states_the_need_and_its_goals_in_one_sentence():
    text = ("■サービス担当者会議の要点\n"
            "課題2「買い物に一人で行けるようになりたい」について、長期目標を「シルバーカーで商店街まで往復できる」"
            "（R9.5〜R10.4）、短期目標を「家の前の坂を休まずに上れる」（R9.5〜R9.10）とした。\n")
    row = parse_plan(text).rows[0]
    assert row.text("ニーズ") == "買い物に一人で行けるようになりたい"
    assert (row.text("長期目標"), row.text("長期目標期間")) == ("シルバーカーで商店街まで往復できる", "R9.5〜R10.4")
    assert (row.text("短期目標"), row.text("短期目標期間")) == ("家の前の坂を休まずに上れる", "R9.5〜R9.10")


def test_goals_told_as_in_the_long_run_and_first_of_all_under_a_numbered_need():
    text = ("【第2表】\n①耳が遠く、電話の呼び出しに気づけないが、娘と電話で話したい\n"
            "長期的には、補聴器をつけて週1回娘と電話で話せることを目指し（R9.3〜R10.2）、"
            "まずは朝起きたら自分で補聴器をつけられるようにする（R9.3〜R9.8）。\n"
            "サービス内容：補聴器の装着の練習\n")
    row = parse_plan(text).rows[0]
    assert row.text("ニーズ") == "耳が遠く、電話の呼び出しに気づけないが、娘と電話で話したい"
    assert (row.text("長期目標"), row.text("長期目標期間")) == ("補聴器をつけて週1回娘と電話で話せる", "R9.3〜R10.2")
    assert (row.text("短期目標"), row.text("短期目標期間")) == ("朝起きたら自分で補聴器をつけられる", "R9.3〜R9.8")


def test_first_of_all_inside_a_sentence_of_the_policy_is_no_goal():
    text = ("総合的な援助の方針：\n退院したばかりなので、まずは家の中の移動を安定させることを優先し、チームで共有します。\n\n"
            "ニーズ：家の中を安全に移動したい\n長期目標：居間から台所まで杖で歩ける（R9.1〜R9.12）\n")
    plan = parse_plan(text)
    assert [r.text("長期目標") for r in plan.rows] == ["居間から台所まで杖で歩ける"]
    assert not any(r.text("短期目標") for r in plan.rows)


def test_who_gives_each_service_listed_with_commas_pairs_in_order():
    text = ("ニーズ：腰痛で布団の上げ下ろしができない\n長期目標：ベッドで寝起きできる\n"
            "サービス内容：起き上がりの練習 / 布団干しの手伝い\n"
            "担当：訪問リハビリテーション（さくら苑、リハ室）週1回（火・金は休み）、長男 週末\n")
    rows = parse_plan(text).service_rows()
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.text("事業所"), r.value("頻度")) for r in rows] == [
        ("起き上がりの練習", "訪問リハビリテーション", "さくら苑、リハ室", "週1回（火・金は休み）"),
        ("布団干しの手伝い", "長男", "", "週末")]


def test_arrowed_services_under_three_level_goal_numbers_with_the_provider_in_brackets():
    text = ("▼課題1　目が疲れやすいが、新聞を読み続けたい\n"
            "　長期目標1-1　拡大読書器で朝刊を読める（R9.1～R9.12）\n"
            "　　短期目標1-1-1　拡大読書器の電源と倍率を自分で操作できる（R9.1～R9.6）\n"
            "　　　・読書器の操作の練習　→　訪問リハビリテーション（リハ室かもめ）　週1回（木）　R9.1～R9.6\n"
            "　　　・読書器の貸与　→　福祉用具貸与（医療保険外）　毎日　R9.1～R9.6\n")
    rows = parse_plan(text).service_rows()
    assert rows[0].text("ニーズ") == "目が疲れやすいが、新聞を読み続けたい"
    assert rows[0].text("短期目標") == "拡大読書器の電源と倍率を自分で操作できる"
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.text("事業所"), r.value("頻度")) for r in rows] == [
        ("読書器の操作の練習", "訪問リハビリテーション", "リハ室かもめ", "週1回（木）"),
        ("読書器の貸与", "福祉用具貸与（医療保険外）", "", "毎日")]


def test_staged_goals_on_their_own_lines_under_a_need_number_and_referred_to_by_stage():
    text = ("介護予防サービス・支援計画書\n■総合的課題\n(1) 息切れで坂の上の郵便局に行けない\n\n"
            "■目標\n(1) 3か月後：坂の途中のベンチまで休まず歩ける\n　　6か月後：郵便局まで一人で歩いて行ける\n\n"
            "支援計画\n目標 | 介護保険サービス又は地域支援事業 | サービス種別 | 頻度\n---|---|---|---\n"
            "3か月後の目標 | 呼吸に合わせた歩き方の練習 | 通所型サービス | 週1回\n"
            "6か月後の目標 | 坂道での歩行練習 | 通所型サービス | 週1回\n")
    rows = parse_plan(text).service_rows()
    assert [(r.text("短期目標"), r.text("短期目標期間"), r.text("サービス内容")) for r in rows] == [
        ("坂の途中のベンチまで休まず歩ける", "3か月後", "呼吸に合わせた歩き方の練習"),
        ("郵便局まで一人で歩いて行ける", "6か月後", "坂道での歩行練習")]


def test_bulleted_target_life_and_a_mail_signature_after_the_plan():
    text = ("■目標とする生活\n・1日：朝食のあとに庭を一回りする\n・1年：孫の運動会に歩いて見に行ける\n\n"
            "ニーズ：膝が痛み遠くまで歩けない\n・歩行の練習｜通所型サービス｜週1回\n\n--\nケアプランセンターみずき\n"
            "・電話：000-0000\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.field_spans("目標とする生活")] == ["朝食のあとに庭を一回りする", "孫の運動会に歩いて見に行ける"]
    assert [r.text("サービス内容") for r in plan.service_rows()] == ["歩行の練習"]


def test_a_pdf_copy_with_group_headings_over_the_columns_and_a_family_row_below():
    text = ("生活全般の解決\nすべき課題\n（ニーズ）\n目標\n援助内容\n長期目標\n（期間）\n短期目標\n（期間）\n"
            "サービス内容\nサービス種別\n頻度\n"
            "一人で着替えられる\nようになりたい\nボタンの少ない服を自分で着られる\nR9.2〜R10.1\n"
            "上着の袖に自分で腕を通せる\nR9.2〜R9.7\n更衣の見守りと声かけ\n訪問介護\n週3回\n"
            "着やすい服への買い替え\n長女\n1回\n")
    rows = parse_plan(text).service_rows()
    assert [r.text("ニーズ").replace("\n", "") for r in rows] == ["一人で着替えられるようになりたい"] * 2
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.value("頻度")) for r in rows] == [
        ("更衣の見守りと声かけ", "訪問介護", "週3回"), ("着やすい服への買い替え", "長女", "1回")]
    assert rows[0].text("長期目標") == "ボタンの少ない服を自分で着られる" and rows[0].text("短期目標期間") == "R9.2〜R9.7"


def test_the_forms_own_heading_or_consent_line_is_never_a_service_row():
    text = ("ニーズ：買い物に行きたい\n・歩行の練習｜通所介護｜週2回\n・居宅サービス計画書（第2表）◇\n・計画への同意\n")
    plan = parse_plan(text)
    assert [r.text("サービス内容") for r in plan.service_rows()] == ["歩行の練習"]
    assert any("同意" in s.text for s in plan.free_text)


def test_a_period_after_a_wide_gap_belongs_to_the_goal_and_a_labelled_note_below_is_not_its_next_line():
    text = ("ニーズ：膝の痛みで畑に出られないが、春には種まきをしたい\n"
            "長期目標：畑の畝を一列耕せる　R9.3〜R10.2\n"
            "短期目標：畑まで休まず歩ける　　R9.3〜R9.8\n"
            "　メモ：長男が週末に様子を見る\n")
    row = parse_plan(text).rows[0]
    assert (row.text("長期目標"), row.text("長期目標期間")) == ("畑の畝を一列耕せる", "R9.3〜R10.2")
    assert (row.text("短期目標"), row.text("短期目標期間")) == ("畑まで休まず歩ける", "R9.3〜R9.8")


def test_a_numbered_block_marker_between_needs_is_no_service_row():
    text = ("■ No.1\nニーズ：台所に立って味噌汁を作りたい\n・立位保持の練習　通所リハビリテーション　週2回\n\n"
            "■ No.2\nニーズ：孫の運動会を見に行きたい\n・外出の付き添い　長男　年1回\n")
    plan = parse_plan(text)
    assert [r.text("サービス内容") for r in plan.service_rows()] == ["立位保持の練習", "外出の付き添い"]
    _exact(plan)


# --- a table pasted one column at a time -------------------------------------------------------------
_COLUMN_BY_COLUMN = (
    "【ニーズ】\n"
    "1 買い物に自分で行きたい\n"
    "2 夜ぐっすり眠りたい\n"
    "\n"
    "【長期目標】\n"
    "1 シルバーカーでスーパーまで行ける\n"
    "2 朝まで目を覚まさずに眠れる\n"
    "\n"
    "【長期目標期間】\n"
    "1 R9.4.1〜R10.3.31\n"
    "2 R9.4.1〜R10.3.31\n"
    "\n"
    "【短期目標】\n"
    "1 店の入口まで休まず歩ける\n"
    "2 昼寝を30分までにできる\n"
    "\n"
    "【サービス内容】\n"
    "1-1 屋外歩行の練習\n"
    "1-2 買い物への同行\n"
    "2-1 日中の活動への誘い\n"
    "\n"
    "【サービス種別】\n"
    "1-1 通所介護\n"
    "1-2 次女\n"
    "2-1 通所介護\n"
    "\n"
    "【頻度】\n"
    "1-1 週2回（火・金）\n"
    "1-2 \n"
    "2-1 週2回（火・金）\n")


def test_a_table_pasted_column_by_column_is_put_back_together_by_its_row_numbers():
    plan = parse_plan(_COLUMN_BY_COLUMN)
    _exact(plan)
    assert _needs(plan) == ["買い物に自分で行きたい", "夜ぐっすり眠りたい"]
    assert [s.text for s in plan.column_spans("長期目標")] == ["シルバーカーでスーパーまで行ける", "朝まで目を覚まさずに眠れる"]
    assert [s.text for s in plan.column_spans("短期目標")] == ["店の入口まで休まず歩ける", "昼寝を30分までにできる"]
    assert _services(plan) == [("屋外歩行の練習", "通所介護", "週2回（火・金）", ""),
                               ("買い物への同行", "次女", "", ""),
                               ("日中の活動への誘い", "通所介護", "週2回（火・金）", "")]
    rows = plan.service_rows()
    assert rows[1].text("ニーズ") == "買い物に自分で行きたい" and rows[2].text("ニーズ") == "夜ぐっすり眠りたい"
    assert rows[0].text("長期目標期間") == "R9.4.1〜R10.3.31" and rows[2].text("短期目標") == "昼寝を30分までにできる"
    summary = parse_summary(plan)
    assert (summary["needs"], summary["long_goals"], summary["short_goals"], summary["services"]) == (2, 2, 2, 3)
    assert "列ごとに貼り付けた表" in " ".join(summary["messages"])


def test_numbered_lists_under_headings_whose_numbers_disagree_are_not_pivoted_into_rows():
    text = ("【ニーズ】\n1 庭の花の世話を続けたい\n2 むせずに食べたい\n\n"
            "【長期目標】\n1 鉢植えに毎朝水をやれる\n2 一口ずつゆっくり食べられる\n\n"
            "【サービス内容】\n5-1 園芸の作業療法\n6-1 嚥下の体操\n")
    plan = parse_plan(text)
    _exact(plan)
    assert not any(r.source == "table:columns" for r in plan.rows)


def test_many_column_blocks_are_read_in_linear_time():
    import time

    block = "【頻度】\n1 週1回\n2 週2回\n\n【期間】\n1 R9.1〜R9.6\n2 R9.1〜R9.6\n\n"
    text = _COLUMN_BY_COLUMN + "\n" + block * 400
    parse_plan(_COLUMN_BY_COLUMN)
    started = time.process_time()
    parse_plan(text)
    assert time.process_time() - started < 2.0


# --- a plan written as paragraphs ------------------------------------------------------------------------
def test_paragraphs_that_name_each_need_in_quotes_and_its_goals_by_side_give_needs_goals_and_periods():
    text = ("佐藤さまの計画について、面談の内容をまとめます。\n\n"
            "はじめの課題は「台所に立って味噌汁を作りたい」ということです。目標は、長期では「一人で一品作れる」こと（1年）、"
            "短期では「椅子に座って野菜を切れる」こと（4か月）としました。\n\n"
            "次の課題は、お嫁さんの「火の消し忘れが心配」という声に応えることです。目標は「火を使った後に元栓を確かめられる」こと（1年）、"
            "そのために短期では「消したかどうかを声に出して確かめられる」こと（4か月）を目指します。\n")
    plan = parse_plan(text)
    _exact(plan)
    assert _needs(plan) == ["台所に立って味噌汁を作りたい", "火の消し忘れが心配"]
    assert [(s.text) for s in plan.column_spans("長期目標")] == ["一人で一品作れる", "火を使った後に元栓を確かめられる"]
    assert [(s.text) for s in plan.column_spans("短期目標")] == ["椅子に座って野菜を切れる", "消したかどうかを声に出して確かめられる"]
    assert [r.text("短期目標期間") for r in plan.rows] == ["4か月", "4か月"]
    assert plan.rows[1].text("ニーズ") == "火の消し忘れが心配"


def test_a_quoted_need_in_a_note_is_not_a_second_need_when_the_plan_labels_its_needs():
    text = ("ニーズ：毎朝の散歩を続けたい\n長期目標：公園を一周できる\n\n"
            "【申し送り】\n担当者会議では、課題は「毎朝の散歩を続けたい」で一致しました。\n")
    plan = parse_plan(text)
    _exact(plan)
    assert _needs(plan) == ["毎朝の散歩を続けたい"]


def test_a_slash_inside_brackets_does_not_split_a_service_line():
    text = "ニーズ：坂道を歩きたい\n・運動の目安（心拍100回/分まで）を主治医に確認する　本人\n"
    plan = parse_plan(text)
    assert [r.text("サービス内容") for r in plan.service_rows()] == ["運動の目安（心拍100回/分まで）を主治医に確認する"]
    _exact(plan)


def _goals(plan, kind):
    return [s.text for s in plan.column_spans(kind)]


def test_a_yobo_tsv_with_a_group_heading_row_over_its_columns_after_an_overall_issues_table():
    text = (
        "介護予防サービス・支援計画書\n"
        "総合的課題\t課題に対する目標と具体策の提案\t具体策についての意向\n"
        "\t\t本人・家族\n"
        "1 膝が痛み、台所に立つ時間が短くなっている\t目標：夕食を作る。具体策：体操教室\t本人：やってみる。\n"
        "\n"
        "目標\t支援計画\n"
        "\t目標についての支援のポイント\t本人等のセルフケアや家族の支援、インフォーマルサービス\t介護保険サービス又は地域支援事業\tサービス種別\t事業所\t頻度\t期間\n"
        "1 休みながら夕食の支度を一人で終えられる\t膝に負担の少ない立ち方を覚える\t\t"
        "膝まわりの筋力運動\t通所型サービス\tみどり健康教室\t週1回（木）\tR9.1.1〜R9.6.30\n"
        "\t\tいすに座って野菜を切る（本人）\t\t\t\t毎日\tR9.1.1〜R9.6.30\n"
        "\t\t\t\t\t\t\t\n")
    plan = parse_plan(text)
    _exact(plan)
    assert [n.endswith("台所に立つ時間が短くなっている") for n in _needs(plan)] == [True]
    assert [g.endswith("休みながら夕食の支度を一人で終えられる") for g in _goals(plan, "短期目標")] == [True]
    assert _services(plan) == [("膝まわりの筋力運動", "通所型サービス", "週1回（木）", "R9.1.1〜R9.6.30"),
                               ("いすに座って野菜を切る", "本人", "毎日", "R9.1.1〜R9.6.30")]


def test_a_care_plan_tsv_with_aid_goal_and_aid_content_headings_over_the_columns():
    text = (
        "生活全般の解決すべき課題（ニーズ）\t援助目標\t\t\t\t援助内容\n"
        "\t長期目標\t（期間）\t短期目標\t（期間）\tサービス内容\t※1\tサービス種別\t※2\t頻度\t期間\n"
        "庭の畑に出て野菜を育てたい\t畑まで杖で歩ける\tR9.1〜R9.12\t玄関の段差を越えられる\tR9.1〜R9.6\t"
        "段差昇降の練習\t○\t訪問リハビリテーション\tさくら病院\t週2回\tR9.1〜R9.6\n")
    plan = parse_plan(text)
    _exact(plan)
    assert _needs(plan) == ["庭の畑に出て野菜を育てたい"]
    assert _goals(plan, "長期目標") == ["畑まで杖で歩ける"] and _goals(plan, "短期目標") == ["玄関の段差を越えられる"]
    assert _services(plan) == [("段差昇降の練習", "訪問リハビリテーション", "週2回", "R9.1〜R9.6")]


def test_a_pipe_table_whose_merged_need_cell_leaves_the_lower_header_row_empty():
    text = (
        "| 課題 | 援助目標 | | 援助内容 | | |\n"
        "| | 長期目標 | 短期目標 | サービス内容 | サービス種別 | 頻度 |\n"
        "|---|---|---|---|---|---|\n"
        "| 一人で湯船につかりたい | 週2回入浴できる | 浴槽をまたげる | 入浴介助 | 通所介護 | 週2回 |\n")
    plan = parse_plan(text)
    _exact(plan)
    assert _needs(plan) == ["一人で湯船につかりたい"]
    assert _goals(plan, "長期目標") == ["週2回入浴できる"] and _goals(plan, "短期目標") == ["浴槽をまたげる"]
    assert _services(plan) == [("入浴介助", "通所介護", "週2回", "")]


def test_an_outline_whose_marks_a_legend_defines_with_deleted_items_and_a_struck_frequency():
    text = (
        "居宅サービス計画書（見直し）\n"
        "凡例：■＝ニーズ　□＝長期目標　△＝短期目標　-＝サービス（サービス内容／頻度／サービス種別／事業所）　［ ］＝期間\n"
        "\n"
        "■【追加】自宅の風呂に一人で入りたい\n"
        "　□【削除】銭湯に通える［R8.4〜R9.3］\n"
        "　□浴槽の縁に腰掛けて湯船に入れる［R9.1〜R9.12］\n"
        "　　△シャワーチェアで体を洗える［R9.1〜R9.6］\n"
        "　　　- 入浴の見守りと背中の洗身／~~週1回~~週3回／訪問介護／ヘルパー青葉\n"
        "　　　- 湯温の確認／毎回／長男／－\n"
        "■【削除】駅前の図書館へ通いたい\n"
        "　□図書館まで歩ける［R8.4〜R9.3］\n"
        "　　- 外出の付き添い／週1回／訪問介護／ヘルパー青葉［R8.4〜R8.9］\n")
    plan = parse_plan(text)
    _exact(plan)
    assert _needs(plan) == ["自宅の風呂に一人で入りたい"]
    assert _goals(plan, "長期目標") == ["浴槽の縁に腰掛けて湯船に入れる"]
    assert _goals(plan, "短期目標") == ["シャワーチェアで体を洗える"]
    assert [s.text for s in plan.column_spans("長期目標期間")] == ["R9.1〜R9.12"]
    assert _services(plan) == [("入浴の見守りと背中の洗身", "訪問介護", "週3回", ""),
                               ("湯温の確認", "長男", "毎回", "")]
    assert [r.text("事業所") for r in plan.service_rows()] == ["ヘルパー青葉", ""]
    assert any("削除" in note for note in plan.reader_notes)
    assert "図書館" not in " ".join(s.text for s in plan.free_text)


def test_the_wife_written_as_okusama_is_a_family_speaker():
    text = ("本人：家で過ごしたい。\n"
            "奥様：腰が痛く、夜の介助がつらい。少し休みたい。\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.field_spans("家族の意向")] == ["腰が痛く、夜の介助がつらい。少し休みたい。"]


def test_a_yobo_assessment_tsv_gives_the_intents_of_its_wishes_column():
    text = (
        "介護予防サービス・支援計画書\n"
        "アセスメント領域と現在の状況\t\t本人・家族の意欲・意向\t領域における課題\n"
        "\t\t\t（背景・原因）\n"
        "運動・移動\t坂道で息が切れ、休み休み歩いている。\t本人：畑仕事をまた始めたい。／長男：無理をして倒れないか心配。\t■有 □無\n"
        "健康管理\t血圧の薬を飲み忘れることがある。\t本人：薬は自分で管理したい。\t□有 ■無\n"
        "日常生活\t洗濯は自分でしている。\t本人：夜はよく眠れている。\t□有 ■無\n")
    plan = parse_plan(text)
    _exact(plan)
    assert [s.text for s in plan.field_spans("本人の意向")] == ["畑仕事をまた始めたい。", "薬は自分で管理したい。"]
    assert [s.text for s in plan.field_spans("家族の意向")] == ["無理をして倒れないか心配。"]
    analysis = [s.text for s in plan.field_spans("課題分析の結果")]
    assert "坂道で息が切れ、休み休み歩いている。" in analysis and "血圧の薬を飲み忘れることがある。" in analysis


def test_a_slash_before_the_next_speaker_is_not_part_of_the_words_before_it():
    text = ("利用者及び家族の生活に対する意向：本人：庭の手入れを続けたい。／娘：一人で外に出ないか心配です。\n"
            "生活全般の解決すべき課題：庭に出たい\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.field_spans("本人の意向")] == ["庭の手入れを続けたい。"]
    assert [s.text for s in plan.field_spans("家族の意向")] == ["一人で外に出ないか心配です。"]


def test_a_family_member_saying_what_they_will_do_with_youni_suru_states_a_role_not_a_wish():
    text = ("本人：自分の足でトイレに行きたい。\n"
            "妻：通院の日は私が車で送るようにします。\n"
            "生活全般の解決すべき課題：トイレに一人で行きたい\n")
    plan = parse_plan(text)
    assert plan.field_spans("家族の意向") == []
    assert [s.text for s in plan.field_spans("家族の役割")] == ["通院の日は私が車で送るようにします。"]


def test_a_frequency_and_a_period_run_onto_the_end_of_a_bullets_last_piece_are_cells_of_their_own():
    text = "ニーズ：湯船につかりたい\n・入浴の介助　通所介護（ひだまりデイ）週2回（月・木）R9.1〜R9.6\n"
    plan = parse_plan(text)
    assert _services(plan) == [("入浴の介助", "通所介護", "週2回（月・木）", "R9.1〜R9.6")]
    assert plan.service_rows()[0].text("事業所") == "ひだまりデイ"
    _exact(plan)


def test_self_care_entries_each_closed_by_who_and_how_often_are_rows_of_their_own():
    text = ("目標①について\n本人等のセルフケアや家族の支援、インフォーマルサービス：足指のグーパー体操（本人・毎晩）、"
            "買い物袋を持つ（娘・週1回）、朝の会話（近所の友人・毎日）\n")
    rows = parse_plan(text).service_rows()
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.value("頻度")) for r in rows] == [
        ("足指のグーパー体操", "本人", "毎晩"), ("買い物袋を持つ", "娘", "週1回"), ("朝の会話", "近所の友人", "毎日")]


def test_a_screen_copy_with_an_empty_field_and_its_buttons_keeps_each_service_whole():
    text = ("【生活全般の解決すべき課題（ニーズ）】\n    庭の花の世話を続けたい\n"
            "【援助内容】 (2件)            [+ 追加]\n  ▼ 1\n"
            "    【サービス内容】\n        庭までの歩行の見守り\n    【保険給付】\n        ○\n"
            "    【サービス種別】\n        訪問介護\n    【頻度】\n        週1回\n"
            "  ▼ 2\n    【サービス内容】\n        水やり用のホースの取り替え\n    【保険給付】\n        \n"
            "    【サービス種別】\n        次男\n    【頻度】\n        1回\n")
    plan = parse_plan(text)
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.value("頻度")) for r in plan.service_rows()] == [
        ("庭までの歩行の見守り", "訪問介護", "週1回"), ("水やり用のホースの取り替え", "次男", "1回")]


def test_english_headers_as_bilingual_offices_write_them():
    text = ("| Need | Goal (long) | Goal (short) | Self-care / family / informal | Care insurance services | Service type | Freq |\n"
            "|---|---|---|---|---|---|---|\n"
            "| 坂の上の商店に行きたい | 杖で商店まで往復できる | 家の前の坂を一度休んで上れる | 本人：朝の足踏み（毎日） "
            "| 屋外歩行の練習 | 通所リハビリテーション | 週2回 |\n")
    plan = parse_plan(text)
    row = plan.rows[0]
    assert (row.text("長期目標"), row.text("短期目標")) == ("杖で商店まで往復できる", "家の前の坂を一度休んで上れる")
    assert ("屋外歩行の練習", "通所リハビリテーション", "週2回") in [
        (r.text("サービス内容"), r.text("サービス種別"), r.value("頻度")) for r in plan.service_rows()]


def test_a_key_value_export_is_read_by_the_names_and_indices_in_its_keys():
    text = ("# 連携ファイル\n意向.本人=孫と花火を見に行きたい\n総合的な援助の方針=歩く力を保ち、夏の花火大会に出かけられるよう支援する\n"
            "課題[1]=膝の痛みで長く歩けないが、花火大会に行きたい\n課題[1].長期目標=河川敷まで杖で歩ける\n"
            "課題[1].長期目標.期間=2027-01/2027-12\n課題[1].短期目標=家の周りを10分歩ける\n課題[1].短期目標.期間=2027-01/2027-06\n"
            "課題[1].サービス[1].内容=膝の筋力訓練\n課題[1].サービス[1].種別=通所リハビリテーション\n課題[1].サービス[1].頻度=週2回\n"
            "課題[1].サービス[2].内容=夕方の散歩\n課題[1].サービス[2].種別=本人\n課題[1].サービス[2].頻度=毎日\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.field_spans("本人の意向")] == ["孫と花火を見に行きたい"]
    row = plan.rows[0]
    assert (row.text("ニーズ"), row.text("長期目標"), row.text("長期目標期間")) == (
        "膝の痛みで長く歩けないが、花火大会に行きたい", "河川敷まで杖で歩ける", "2027-01/2027-12")
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.value("頻度")) for r in plan.service_rows()] == [
        ("膝の筋力訓練", "通所リハビリテーション", "週2回"), ("夕方の散歩", "本人", "毎日")]
    _exact(plan)


def test_many_key_value_lines_with_unknown_keys_are_looked_at_once():
    text = "".join(f"項目{i}=値{i}\n" for i in range(6000)) + "ニーズ：歩きたい\n"
    plan = parse_plan(text[:29000] + "\nニーズ：歩きたい\n")
    assert _needs(plan) == ["歩きたい"]


def test_starred_labels_lettered_needs_and_leader_dots_after_a_goal_label():
    text = ("★ご本人の想い：夏祭りで盆踊りの輪に入りたい\n"
            "◎課題B 膝が痛み、長く立っていられない\n"
            "　・目標（長期）…盆踊りを一曲通して踊れる\n"
            "　・目標（短期）…台所に15分立って洗い物ができる\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.field_spans("本人の意向")] == ["夏祭りで盆踊りの輪に入りたい"]
    row = plan.rows[0]
    assert (row.text("ニーズ"), row.text("長期目標"), row.text("短期目標")) == (
        "膝が痛み、長く立っていられない", "盆踊りを一曲通して踊れる", "台所に15分立って洗い物ができる")
    _exact(plan)


def test_services_with_semicolons_kanji_zero_bullets_and_periods_in_tortoise_brackets():
    text = ("課題1：台所で煮物を作り続けたい\n"
            "長期目標：週に三回は夕食を自分で作れる〔R10.2～R11.1〕\n"
            "短期目標：踏み台なしで鍋を棚から出せる【R10.2～R10.7】\n"
            "〇調理の見守りと声かけ（訪問介護／ヘルパー室やまぶき／週2回（火・金）／R10.2～R10.7）\n"
            "サービス：上肢の筋力訓練；通所リハビリテーション；デイケアしおさい；週1回；R10.2～R10.7\n")
    plan = parse_plan(text)
    rows = [r for r in plan.rows if r.text("サービス内容")]
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.text("事業所"), r.text("頻度"), r.text("サービス期間"))
            for r in rows[:2]] == [
        ("調理の見守りと声かけ", "訪問介護", "ヘルパー室やまぶき", "週2回（火・金）", "R10.2～R10.7"),
        ("上肢の筋力訓練", "通所リハビリテーション", "デイケアしおさい", "週1回", "R10.2～R10.7")]
    goal_row = plan.rows[0]
    assert (goal_row.text("長期目標"), goal_row.text("長期目標期間")) == ("週に三回は夕食を自分で作れる", "R10.2～R11.1")
    assert (goal_row.text("短期目標"), goal_row.text("短期目標期間")) == ("踏み台なしで鍋を棚から出せる", "R10.2～R10.7")
    _exact(plan)
    assert BULLET.match("〇〇さん（近所）が野菜を届けてくれる") is None  # a name left blank, not a bullet


def test_a_plan_quoted_in_a_mail_reply_is_read_without_its_quote_marks():
    text = ("ご確認ください。\n"
            "> ■本人の意向\n"
            "> 本人：孫の運動会を見に行きたい\n"
            ">\n"
            "> 課題1：階段の上り下りが不安\n"
            "> 長期目標：駅の階段を手すりで上れる（R10.4～R11.3）\n"
            "> 短期目標：自宅の階段を一人で上れる（R10.4～R10.9）\n"
            "> ・下肢筋力の訓練／通所リハビリテーション／デイケアみずき／週2回\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.field_spans("本人の意向")] == ["孫の運動会を見に行きたい"]
    row = next(r for r in plan.rows if r.text("サービス内容"))
    assert (row.text("ニーズ"), row.text("長期目標"), row.text("サービス内容"), row.text("頻度")) == (
        "階段の上り下りが不安", "駅の階段を手すりで上れる", "下肢筋力の訓練", "週2回")
    _exact(plan)


def test_a_plan_whose_table_could_not_be_read_says_so_and_lists_its_lines():
    text = ("介護予防サービス・支援計画書\n"
            "╔══════╦══════╗\n"
            "║目標　　　║支援内容　║\n"
            "║台所に立つ║調理の練習║\n"
            "╚══════╩══════╝\n")
    summary = parse_summary(parse_plan(text))
    assert "ニーズ・目標・サービスの欄は読み取れませんでした。" in summary["messages"]
    assert any("台所に立つ" in u["text"] for u in summary["unread"])


def test_bullets_under_a_notes_heading_describe_and_place_no_service():
    text = ("居宅サービス計画書（2）\n"
            "課題1：畑仕事をまた楽しみたい\n"
            "長期目標：自宅の畑で季節の野菜を育てられる\n"
            "・下肢の筋力訓練／通所リハビリテーション／デイケアあけぼの／週2回\n"
            "\n"
            "特記事項\n"
            "・夫（80歳）は「腰が痛くて畑は手伝えない」と話し、整形外科に通院している。\n"
            "・息切れが強い日は訪問診療の医師に連絡する。\n"
            "・若い頃は詩吟の会で師範をしていた。\n")
    plan = parse_plan(text)
    assert [r.text("サービス内容") for r in plan.service_rows()] == ["下肢の筋力訓練"]


def test_a_spreadsheet_table_ends_at_a_notes_row_below_an_empty_row():
    text = ("ニーズ\t長期目標\t短期目標\tサービス内容\tサービス種別\t頻度\n"
            "夜中のトイレで転びたくない\t夜も一人でトイレに行ける\t手すりを使って立ち上がれる\t手すりの貸与\t福祉用具貸与\t常時\n"
            "\t\t\t\t\t\n"
            "メモ\t\t\t\t\t\n"
            "若い頃は民謡の先生をしていた。\t\t\t\t\t\n")
    plan = parse_plan(text)
    assert [r.text("ニーズ") for r in plan.rows] == ["夜中のトイレで転びたくない"]


def test_a_numbered_outline_gives_need_goals_and_services_by_depth():
    text = ("0 第1表\n"
            "0-1 本人：「孫の結婚式で歩いて入場したい」\n"
            "0-2 趣味\n"
            "0-2-1 将棋\n"
            "1 転びやすく、外に出るのが怖い\n"
            "1-1 式場の通路を杖で歩ける（R10.4～R11.3）\n"
            "1-1-1 長期目標ではなく、まず玄関の段差を一人で下りられる（R10.4～R10.9）\n"
            "1-1-1-1 段差昇降の練習／訪問リハビリテーション／みのり病院／週1回\n"
            "1-1-1-2 玄関の手すりの貸与／福祉用具貸与／レンタルひばり／常時\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.field_spans("本人の意向")] == ["「孫の結婚式で歩いて入場したい」"]
    rows = plan.service_rows()
    assert [(r.text("ニーズ"), r.text("長期目標"), r.text("長期目標期間"), r.text("サービス内容"), r.text("頻度"))
            for r in rows] == [
        ("転びやすく、外に出るのが怖い", "式場の通路を杖で歩ける", "R10.4～R11.3", "段差昇降の練習", "週1回"),
        ("転びやすく、外に出るのが怖い", "式場の通路を杖で歩ける", "R10.4～R11.3", "玄関の手すりの貸与", "常時")]
    assert rows[0].text("短期目標") == "長期目標ではなく、まず玄関の段差を一人で下りられる"
    assert [s.text for s in plan.field_spans("課題分析の結果")] == ["将棋"]  # under 「趣味」, not a need
    _exact(plan)



def test_html_source_of_a_print_view_is_read_as_its_table():
    text = ("<html><body><h2>居宅サービス計画書（2）</h2>\n<table>\n"
            "<tr><th>ニーズ</th><th>長期目標</th><th>短期目標</th><th>サービス内容</th><th>サービス種別</th><th>頻度</th></tr>\n"
            "<tr><td>夫と&nbsp;散歩を続けたい</td><td>川沿いを30分歩ける</td><td>家の前を&#49;0分歩ける</td>"
            "<td>歩行練習</td><td>通所リハビリテーション</td><td>週2回</td></tr>\n"
            "</table>\n<p>評価：&nbsp;</p></body></html>\n")
    plan = parse_plan(text)
    row = plan.service_rows()[0]
    assert (row.text("ニーズ"), row.text("短期目標"), row.text("サービス内容"), row.text("頻度")) == (
        "夫と&nbsp;散歩を続けたい", "家の前を&#49;0分歩ける", "歩行練習", "週2回")
    assert not any("<" in s.text for _, s in plan.all_spans())


def test_a_prevention_plan_without_its_title_is_known_by_its_own_fields():
    text = ("目標とする生活\n1年：孫と動物園を一周する。\n\n"
            "総合的課題\n①腰の痛みで歩く距離が短くなっている。\n②買い物に行けず食事が偏っている。\n\n"
            "目標\n①　休まずに500m歩ける（3か月後）\n②　週2回自分で買い物に行ける（6か月後）\n\n"
            "支援計画\n目標②\n・本人等のセルフケア等：買い物メモを作る\n・サービス種別：介護予防訪問介護\n")
    plan = parse_plan(text)
    goals = [(r.text("短期目標"), r.text("短期目標期間")) for r in plan.rows if r.text("短期目標")]
    assert ("休まずに500m歩ける", "3か月後") in goals and ("週2回自分で買い物に行ける", "6か月後") in goals
    support = next(r for r in plan.rows if r.text("サービス内容") == "買い物メモを作る")
    assert support.text("短期目標") == "週2回自分で買い物に行ける"
    _exact(plan)


def test_self_care_entries_closed_by_who_and_how_often_with_a_slash():
    text = ("介護予防サービス・支援計画書\n目標\n①　畑の草取りを30分続けられる（3か月後）\n支援計画\n目標①\n"
            "・本人等のセルフケア等：足首の体操（本人／毎朝）、畑までの付き添い（長男／週末）\n")
    plan = parse_plan(text)
    rows = [(r.text("サービス内容"), r.text("サービス種別"), r.text("頻度"), r.role) for r in plan.service_rows()]
    assert rows == [("足首の体操", "本人", "毎朝", "本人"), ("畑までの付き添い", "長男", "週末", "家族")]


def test_a_voice_memo_with_spoken_fields_is_read_as_labelled_lines():
    text = ("[録音の文字起こし]\n"
            "[00:03] えーと、新規の方のプランです。\n"
            "[00:10] 本人の意向。「庭の梅の木の手入れを続けたい」とのこと。\n"
            "[00:21] では2表。ニーズ1。ひざが痛くて庭に下りられないが、梅の手入れをしたい。\n"
            "[00:35] 長期目標は、庭に下りて梅の枝切りができる、期間はR10.5からR11.4まで。\n"
            "[00:48] 短期目標、縁側から踏み台で庭に下りられる。期間、R10.5からR10.10。\n"
            "[01:02] サービスは、下肢の筋力訓練、通所リハビリテーション、事業所は、デイケアこまち、週2回。本人も毎朝体操する。\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.field_spans("本人の意向")] == ["「庭の梅の木の手入れを続けたい」とのこと。"]
    row = plan.service_rows()[0]
    assert (row.text("ニーズ"), row.text("長期目標"), row.text("長期目標期間"), row.text("短期目標期間")) == (
        "ひざが痛くて庭に下りられないが、梅の手入れをしたい。", "庭に下りて梅の枝切りができる", "R10.5からR11.4",
        "R10.5からR10.10")
    assert (row.text("サービス内容"), row.text("サービス種別"), row.text("事業所"), row.text("頻度")) == (
        "下肢の筋力訓練", "通所リハビリテーション", "デイケアこまち", "週2回")
    _exact(plan)


def test_times_in_a_week_grid_are_not_a_voice_memo():
    text = ("第3表\n"
            "8:00\u3000\u3000\u3000\u3000起床・朝食\n"
            "10:00\u3000\u3000通所介護\u3000\u3000\u3000\u3000通所介護\n"
            "12:00\u3000\u3000\u3000\u3000昼食\n"
            "18:00\u3000\u3000\u3000\u3000夕食\n")
    assert spoken_fields(fold(text), load_vocabulary()).text == fold(text).text


def test_a_change_table_is_read_from_its_after_column():
    text = ("計画変更（新旧対照）\n"
            "項目｜【変更前】｜【変更後】\n"
            "本人の意向｜特になし｜「孫の入学式に歩いて行きたい」\n"
            "課題1｜家事がつらい｜変更なし\n"
            "長期目標1｜掃除ができる（R9.4～R10.3）｜居間の掃除機がけを自分でできる（R10.4～R11.3）\n"
            "サービス1｜掃除の代行（訪問介護／ヘルパー室あおい／週2回）｜（削除）\n"
            "　　　｜　｜掃除の一部介助（訪問介護／ヘルパー室あおい／週1回）\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.field_spans("本人の意向")] == ["「孫の入学式に歩いて行きたい」"]
    rows = plan.service_rows()
    assert [(r.text("ニーズ"), r.text("長期目標"), r.text("サービス内容"), r.text("頻度")) for r in rows] == [
        ("家事がつらい", "居間の掃除機がけを自分でできる", "掃除の一部介助", "週1回")]
    _exact(plan)


def test_a_web_table_copied_one_cell_per_line_is_counted_back_into_rows():
    names = ["ニーズ", "長期目標", "短期目標", "サービス内容", "サービス種別", "頻度"]
    first = ["夜中に一人でトイレに行きたい", "夜間も一人でトイレに行ける", "ベッド脇の手すりで立ち上がれる",
             "手すりの貸与", "福祉用具貸与", "常時"]
    second = ["", "", "", "立ち上がりの練習", "訪問リハビリテーション", "週1回"]  # need and goals merged above
    text = "".join(cell + "\n\n" for cell in names + first + second) + "※印は記入例です。\n"
    plan = parse_plan(text)
    rows = [(r.text("ニーズ"), r.text("サービス内容"), r.text("頻度")) for r in plan.service_rows()]
    assert rows == [("夜中に一人でトイレに行きたい", "手すりの貸与", "常時"),
                    ("夜中に一人でトイレに行きたい", "立ち上がりの練習", "週1回")]
    _exact(plan)


def test_a_screen_copied_with_a_blank_line_after_every_line():
    lines = ["介護予防サービス・支援計画書", "【本人の意向：】", "孫の卒業式に出たい", "目標", "短期：駅まで歩ける（R10.1〜R10.6）",
             "本人等のセルフケアや家族の支援、インフォーマルサービス", "本人：毎朝ラジオ体操をする",
             "介護保険サービス又は地域支援事業", "下肢の筋力訓練", "サービス種別", "通所型サービス",
             "期間", "R10.1〜R10.6", "受診", "整形外科の外来／月1回"]
    plan = parse_plan("\n\n".join(lines) + "\n")
    assert [s.text for s in plan.field_spans("本人の意向")] == ["孫の卒業式に出たい"]
    rows = {r.text("サービス内容"): r for r in plan.service_rows()}
    assert rows["毎朝ラジオ体操をする"].text("サービス種別") == "本人"
    assert rows["下肢の筋力訓練"].text("サービス期間") == "R10.1〜R10.6"  # 「受診」 below is no part of the period
    assert rows["下肢の筋力訓練"].text("頻度") != "月1回"
    _exact(plan)


def test_a_column_heading_alone_in_the_content_cell_is_no_support():
    text = ("ニーズ\t長期目標\tサービス内容\tサービス種別\t頻度\n"
            "家で入浴したい\t自宅の浴槽に入れる\t入浴の見守り\t訪問介護\t週2回\n"
            "\t\tインフォーマルサービス\t\t\n")
    plan = parse_plan(text)
    assert [r.text("サービス内容") for r in plan.service_rows()] == ["入浴の見守り"]


def test_prose_paragraphs_keep_the_blank_lines_that_separate_them():
    notes = [f"{day}日目の訪問では台所で湯を沸かしたまま居間に戻っていたと長女様から聞いた" for day in range(1, 11)]
    text = "ニーズ：火の始末を自分でできるようになりたい\n\n" + "\n\n".join(notes) + "\n"
    plan = parse_plan(text)
    assert [s.text for s in plan.column_spans("ニーズ")] == ["火の始末を自分でできるようになりたい"]


def test_a_plan_posted_in_a_chat_with_goals_on_the_needs_line():
    text = ("[09:40] 田中CM: 小林様の原案を貼ります\n"
            "[09:41] 田中CM: 本人「孫の家まで電車で行きたい」\n"
            "[09:42] 田中CM: 課題①膝の痛みで駅の階段が怖い→長期：駅の階段を手すりで上り下りできる（R9.4-R10.3）"
            "／短期：自宅の階段を10往復できる（R9.4-R9.9）\n"
            "[09:43] 田中CM: サービス：階段昇降の練習／訪問リハビリテーション／みどり病院／週1回\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.field_spans("本人の意向")] == ["孫の家まで電車で行きたい"]
    row = plan.service_rows()[0]
    assert (row.text("ニーズ"), row.text("長期目標"), row.text("短期目標期間"), row.text("サービス内容")) == (
        "膝の痛みで駅の階段が怖い", "駅の階段を手すりで上り下りできる", "R9.4-R9.9", "階段昇降の練習")
    _exact(plan)


def test_a_markdown_row_stacking_its_services_with_br_gives_one_service_per_line():
    text = ("| ニーズ | 長期目標 | 短期目標 | サービス内容 | サービス種別 | 事業所 | 頻度 | 期間 |\n"
            "|---|---|---|---|---|---|---|---|\n"
            "| 畑の世話を続けたい | 畝の草取りを一人でできる | 膝を曲げて10分作業できる"
            " | 膝の筋力訓練<br>畑への道の段差確認<br>苗の買い出し | 通所リハビリテーション<br>通所リハビリテーション<br>長男"
            " | けやき苑<br>けやき苑<br> | 週2回<br>月1回<br>月2回 | R9.1～R9.6<br>R9.1～R9.3<br>R9.1～R9.6 |\n")
    plan = parse_plan(text)
    rows = [(r.text("サービス内容"), r.text("サービス種別"), r.text("事業所"), r.text("頻度"), r.text("サービス期間"))
            for r in plan.service_rows()]
    assert rows == [("膝の筋力訓練", "通所リハビリテーション", "けやき苑", "週2回", "R9.1～R9.6"),
                    ("畑への道の段差確認", "通所リハビリテーション", "けやき苑", "月1回", "R9.1～R9.3"),
                    ("苗の買い出し", "長男", "", "月2回", "R9.1～R9.6")]
    assert all(r.text("ニーズ") == "畑の世話を続けたい" for r in plan.service_rows())
    _exact(plan)


def test_a_cell_wrapped_over_lines_is_no_stack_of_services():
    text = ("ニーズ\t長期目標\t短期目標\tサービス内容\tサービス種別\t頻度\t期間\n"
            "夜に眠れるようになりたい\t朝まで眠れる\t夜中に起きても再び眠れる\t\"日中の活動量を増やすため\n"
            "の散歩の付き添い\"\t訪問介護\t週2回\t\"R9.1.1～\nR9.6.30\"\n")
    plan = parse_plan(text)
    assert [r.text("サービス内容") for r in plan.service_rows()] == ["日中の活動量を増やすため\nの散歩の付き添い"]


def test_text_whose_line_breaks_are_br_tags_alone_is_read_line_by_line():
    text = ("本人の意向：もう一度、釣り堀に行きたい<br>家族の意向：無理はさせたくない<br>"
            "ニーズ1：釣り堀まで歩いて行きたい<br>長期目標：釣り堀まで休みながら歩ける<br>"
            "短期目標：近所の公園まで歩ける<br>サービス内容：歩行訓練<br>サービス種別：通所リハビリテーション<br>頻度：週2回")
    plan = parse_plan(text)
    assert [s.text for s in plan.fields["本人の意向"]] == ["もう一度、釣り堀に行きたい"]
    row = plan.service_rows()[0]
    assert (row.text("短期目標"), row.text("サービス内容"), row.text("頻度")) == ("近所の公園まで歩ける", "歩行訓練", "週2回")
    _exact(plan)


def test_a_table_whose_cells_are_separated_by_spaced_slashes():
    text = ("ニーズ / 長期目標 / 短期目標 / サービス内容 / サービス種別 / 頻度 / 期間\n"
            "自分で着替えたい / 朝の着替えを一人で済ませる / 上着の袖を自分で通せる / 更衣の練習 / 訪問リハビリテーション"
            " / 週1回 / 2027/1/1～2027/6/30\n"
            " /  /  / 着やすい服の用意 / 次女 / 随時 / 2027/1/1～2027/6/30\n")
    plan = parse_plan(text)
    rows = [(r.text("ニーズ"), r.text("サービス内容"), r.text("サービス種別"), r.text("サービス期間"))
            for r in plan.service_rows()]
    assert rows == [("自分で着替えたい", "更衣の練習", "訪問リハビリテーション", "2027/1/1～2027/6/30"),
                    ("自分で着替えたい", "着やすい服の用意", "次女", "2027/1/1～2027/6/30")]
    _exact(plan)


def test_a_prevention_form_with_a_blank_line_between_each_label_and_its_value():
    text = ("介護予防サービス・支援計画書\n\n目標とする生活（１年）\n\n孫の運動会を見に行く\n"
            "総合的課題\n\n①膝が痛み、坂道を歩けない\n"
            "課題に対する目標と具体策の提案\n\n目標①\n\n坂道の途中で休めば歩ける\n"
            "具体策についての意向（本人・家族）\n\n本人：やってみたい。\n"
            "目標①\n\n家から坂の上のバス停まで歩ける（3か月後）\n"
            "本人等のセルフケアや家族の支援、インフォーマルサービス\n\n"
            "膝の体操（本人・毎朝）\nバス停までの付き添い（隣の佐伯さん・週1回）\n"
            "介護保険サービス又は地域支援事業\n\n下肢の筋力訓練\n"
            "サービス種別\n\n介護予防通所型サービス\n"
            "頻度\n\n週1回\n")
    plan = parse_plan(text)
    goals = {r.text("短期目標") for r in plan.rows if r.text("短期目標")}
    assert goals == {"家から坂の上のバス停まで歩ける"}  # the proposal's 目標① is no goal of the plan
    services = [(r.text("サービス内容"), r.text("サービス種別"), r.text("頻度")) for r in plan.service_rows()]
    assert ("膝の体操", "本人", "毎朝") in services and ("バス停までの付き添い", "隣の佐伯さん", "週1回") in services
    assert ("下肢の筋力訓練", "介護予防通所型サービス", "週1回") in services
    assert all(r.text("ニーズ") == "膝が痛み、坂道を歩けない" for r in plan.service_rows())
    _exact(plan)


def test_a_label_over_a_blank_line_is_an_empty_field_when_the_plan_does_not_write_labels_so():
    text = ("本人の意向：庭に出たい\n家族の意向：\n\n"
            "ニーズ：庭の手入れを続けたい\n長期目標：庭木の水やりを毎朝できる\n")
    plan = parse_plan(text)
    assert not plan.fields.get("家族の意向")


def test_a_spreadsheet_with_merged_cells_filled_down_keeps_one_need_and_its_goals():
    text = ("ニーズ\t長期目標\t短期目標\tサービス内容\tサービス種別\t頻度\n"
            "手紙を書き続けたい\t月に1通、友人に手紙を出せる\tペンを握って名前を書ける\t手指の訓練\t訪問リハビリテーション\t週1回\n"
            "手紙を書き続けたい\t月に1通、友人に手紙を出せる\tペンを握って名前を書ける\t太軸ペンの用意\t長男\t1回\n"
            "手紙を書き続けたい\t月に1通、友人に手紙を出せる\t便箋1枚を書き上げられる\t文面の相談\t友人\t月1回\n"
            "\t\t\t\t\t\n"
            "本人の意向\t昔の同僚とのやりとりを続けたい。\t\t\t\t\n")
    plan = parse_plan(text)
    needs = {(s.start, s.end) for r in plan.rows for k, s in r.cells.items() if k == "ニーズ"}
    assert len(needs) == 1
    long_goals = {(s.start, s.end) for r in plan.rows for k, s in r.cells.items() if k == "長期目標"}
    short_goals = {r.text("短期目標") for r in plan.rows}
    assert len(long_goals) == 1 and short_goals == {"ペンを握って名前を書ける", "便箋1枚を書き上げられる"}
    assert len(plan.service_rows()) == 3
    assert [s.text for s in plan.fields["本人の意向"]] == ["昔の同僚とのやりとりを続けたい。"]
    _exact(plan)


def test_bullets_naming_who_gives_a_service_in_brackets_and_staged_goals_under_a_goal_label():
    text = ("ニーズ1　台所に立って料理を続けたい\n"
            "　長期目標（R9.1～R9.12）：家族の夕食を週2回作れる\n"
            "　短期目標（段階を追って）\n"
            "　　・3か月後：椅子に座って野菜を切れる\n"
            "　　・6か月後：鍋を持ってコンロまで運べる\n"
            "　サービス\n"
            "　　・調理動作の練習（訪問リハビリテーション：にれの木クリニック）週1回（水）　R9.1～R9.6\n"
            "　　・献立の相談（次女）月2回　R9.1～R9.6\n"
            "　　・包丁の研ぎ直し（本人が毎月行う）\n")
    plan = parse_plan(text)
    goals = [(r.text("短期目標"), r.text("短期目標期間")) for r in plan.rows if r.text("短期目標")]
    assert ("椅子に座って野菜を切れる", "3か月後") in goals and ("鍋を持ってコンロまで運べる", "6か月後") in goals
    services = [(r.text("サービス内容"), r.text("サービス種別"), r.text("事業所"), r.text("頻度"), r.text("サービス期間"))
                for r in plan.service_rows()]
    assert services[:2] == [("調理動作の練習", "訪問リハビリテーション", "にれの木クリニック", "週1回（水）", "R9.1～R9.6"),
                            ("献立の相談", "次女", "", "月2回", "R9.1～R9.6")]
    assert services[2][0] == "包丁の研ぎ直し（本人が毎月行う）"  # a remark in brackets, not who gives it
    _exact(plan)


def test_a_prevention_plan_with_ticked_boxes_a_numbered_proposal_and_empty_service_cells():
    text = ("介護予防サービス・支援計画書\n"
            "【健康管理】\n　薬を飲み忘れる。\n　課題：■あり\n\n"
            "総合的課題\n　１．薬の飲み忘れで体調を崩しやすい\n\n"
            "課題に対する目標と具体策の提案\n　１．お薬カレンダーを使う　２．声かけ\n\n"
            "目標\n　①毎日決まった時間に薬を飲める（3か月）\n\n"
            "支援計画\n　目標①\n"
            "　　本人等のセルフケアや家族の支援、インフォーマルサービス：カレンダーへの薬のセット（本人・週1回）／電話での声かけ（長男・毎朝）\n"
            "　　介護保険サービス又は地域支援事業：（なし）\n"
            "　　サービス種別：－　事業所：－\n")
    plan = parse_plan(text)
    needs = {r.text("ニーズ") for r in plan.rows if r.text("ニーズ")}
    assert needs == {"薬の飲み忘れで体調を崩しやすい"}
    services = [(r.text("サービス内容"), r.text("サービス種別"), r.text("頻度")) for r in plan.service_rows()]
    assert services == [("カレンダーへの薬のセット", "本人", "週1回"), ("電話での声かけ", "長男", "毎朝")]
    _exact(plan)


def test_a_fixed_width_print_with_a_two_line_header_name_and_wrapped_cells():
    text = ("生活全般の        長期目標              短期目標              サービス内容          種別            頻度\n"
            "解決すべき課題\n"
            "外で写生をしたい  公園で一時間、座って  ベンチまで休まずに    歩行訓練              通所リハビリ    週2回\n"
            "                  写生ができる          歩ける                (屋外で行う)\n"
            "                                                            絵の道具の準備        次男            随時\n")
    plan = parse_plan(text)
    rows = plan.service_rows()
    assert [(r.text("ニーズ"), r.text("長期目標"), r.text("短期目標"), r.text("サービス内容"), r.text("頻度")) for r in rows] == [
        ("外で写生をしたい", "公園で一時間、座って写生ができる", "ベンチまで休まずに歩ける", "歩行訓練(屋外で行う)", "週2回"),
        ("外で写生をしたい", "公園で一時間、座って写生ができる", "ベンチまで休まずに歩ける", "絵の道具の準備", "随時")]
    assert not plan.unread
    _exact(plan)


def test_a_plan_copied_from_a_tree_view_loses_its_branches():
    text = ("居宅サービス計画書\n"
            "├─ 利用者及び家族の生活に対する意向\n"
            "│   ├─ 本人：畑の大根を自分で収穫したい\n"
            "│   └─ 次男：腰を痛めないか心配\n"
            "└─ 第2表\n"
            "    ├─ ニーズ1：腰痛で中腰の作業が続かない\n"
            "    │   ├─ 長期目標：畑仕事を一時間続けられる（R9.1～R9.12）\n"
            "    │   ├─ 短期目標：腰痛体操を毎日続けられる（R9.1～R9.6）\n"
            "    │   └─ サービス\n"
            "    │       ├─ 腰痛体操の指導／通所リハビリテーション／くすのきクリニック／週1回\n"
            "    │       └─ 次男：収穫物の運搬／週末\n"
            "    └─ 備考：なし\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.fields["本人の意向"]] == ["畑の大根を自分で収穫したい"]
    services = [(r.text("ニーズ"), r.text("サービス内容"), r.text("サービス種別")) for r in plan.service_rows()]
    assert services == [("腰痛で中腰の作業が続かない", "腰痛体操の指導", "通所リハビリテーション"),
                        ("腰痛で中腰の作業が続かない", "収穫物の運搬", "次男")]
    assert all("│" not in s.text and "├" not in s.text for _, s in plan.all_spans() if _ != "自由記述")
    _exact(plan)



def test_a_ruled_print_with_wrapped_and_merged_cells_and_boxed_fields():
    text = ("介護予防サービス・支援計画書\n┌────────────────┐\n"
            "│総合的課題                      │\n"
            "│　1．膝が痛み、買い物に行けない │\n"
            "└────────────────┘\n"
            "┌───┬──────┬───────┬───┐\n"
            "│目標  │介護保険サービス│サービス種別  │頻度  │\n"
            "├───┼──────┼───────┼───┤\n"
            "│1．ス│膝の筋力訓練│介護予防通所リ│週1回 │\n"
            "│ーパー│            │ハビリ        │      │\n"
            "│まで歩├──────┼───────┼───┤\n"
            "│ける  │買い物の同行│介護予防訪問型│週1回 │\n"
            "│(3か月)│            │サービス      │      │\n"
            "└───┴──────┴───────┴───┘\n")
    plan = parse_plan(text)
    rows = [(r.text("ニーズ"), r.text("短期目標"), r.text("短期目標期間"), r.text("サービス内容"), r.text("サービス種別"),
             r.text("頻度")) for r in plan.service_rows()]
    assert rows == [("膝が痛み、買い物に行けない", "スーパーまで歩ける", "3か月", "膝の筋力訓練", "介護予防通所リハビリ", "週1回"),
                    ("膝が痛み、買い物に行けない", "スーパーまで歩ける", "3か月", "買い物の同行", "介護予防訪問型サービス", "週1回")]
    assert not plan.unread
    _exact(plan)


def test_needs_goals_and_services_listed_apart_and_tied_by_key():
    text = ("◆課題リスト\n　A．階段の上り下りが怖い\n　B．薬を飲み忘れる\n\n"
            "◆目標リスト\n　A-長期：二階の寝室まで一人で上がれる　　A-短期：手すりを使って五段上がれる\n"
            "　B-長期：薬を自分で管理できる　　B-短期：お薬カレンダーから毎朝飲める\n\n"
            "◆サービスリスト\n　S1［→A］階段昇降の練習／訪問リハビリテーション／ときわ病院／週1回\n"
            "　S2［→B］服薬の確認／訪問看護／ステーションみずき／週1回\n")
    plan = parse_plan(text)
    rows = [(r.text("ニーズ"), r.text("短期目標"), r.text("サービス内容"), r.text("サービス種別")) for r in plan.service_rows()]
    assert rows == [("階段の上り下りが怖い", "手すりを使って五段上がれる", "階段昇降の練習", "訪問リハビリテーション"),
                    ("薬を飲み忘れる", "お薬カレンダーから毎朝飲める", "服薬の確認", "訪問看護")]
    assert not any("リスト" in r.text("サービス内容") for r in plan.rows)
    _exact(plan)


def test_an_outline_numbered_with_dots_and_bracketed_service_items():
    text = ("2. 第2表\n"
            "2.1 課題1：むせ込みが増え、食事に時間がかかる\n"
            "2.1.1 長期目標（R9.1～R9.12）：好きな煮物をむせずに食べられる\n"
            "2.1.2 短期目標（R9.1～R9.6）：とろみをつけた汁物を毎食とれる\n"
            "2.1.3 サービス内容\n"
            "　(1) 嚥下訓練／訪問リハビリテーション／こだま病院／週1回\n"
            "　(2) とろみ剤の準備／長女／毎食\n"
            "2.2 課題2：夜中にトイレで転びそうになる\n"
            "2.2.1 長期目標（R9.1～R9.12）：夜間も転ばずにトイレに行ける\n")
    plan = parse_plan(text)
    needs = [s.text for s in plan.column_spans("ニーズ")]
    assert needs == ["むせ込みが増え、食事に時間がかかる", "夜中にトイレで転びそうになる"]
    assert [(r.text("サービス内容"), r.text("サービス種別")) for r in plan.service_rows()] == [
        ("嚥下訓練", "訪問リハビリテーション"), ("とろみ剤の準備", "長女")]
    _exact(plan)


def test_a_week_written_one_day_per_line_counts_the_visits():
    text = ("ニーズ：風呂に入りたい\n長期目標：週2回湯船につかれる\n"
            "サービス内容\n"
            "　(1) 入浴介助／訪問介護／ヘルパーたんぽぽ\n"
            "　(2) 次女：入浴後の髪の乾燥と整髪／週2回\n\n"
            "週間予定\n"
            "　月：訪問介護（10時）\n　火：次女（夕方）\n　水：なし\n　木：訪問介護（10時）\n　金：次女（夕方）\n")
    plan = parse_plan(text)
    rows = {r.text("サービス内容"): r for r in plan.service_rows()}
    assert set(rows) == {"入浴介助", "入浴後の髪の乾燥と整髪"}
    assert rows["入浴介助"].value("頻度") == "週2回（第3表）"
    assert rows["入浴後の髪の乾燥と整髪"].text("サービス種別") == "次女"
    assert not plan.fields.get("家族の役割")


def test_a_fixed_width_print_cell_cut_mid_sentence_goes_on_below():
    text = ("ニーズ                    長期目標                  サービス内容              種別          頻度\n"
            "膝が痛み、長く立って      台所で30分立って料理が    立位の練習（手すりを      訪問リハ      週1回\n"
            "いられない                できる                    持って行う）\n"
            "                                                    食材の宅配の手配          三女          週1回\n")
    plan = parse_plan(text)
    rows = [(r.text("ニーズ"), r.text("長期目標"), r.text("サービス内容")) for r in plan.service_rows()]
    assert rows == [("膝が痛み、長く立っていられない", "台所で30分立って料理ができる", "立位の練習（手すりを持って行う）"),
                    ("膝が痛み、長く立っていられない", "台所で30分立って料理ができる", "食材の宅配の手配")]
    _exact(plan)


def test_a_dictated_plan_without_punctuation_or_line_breaks_is_split_at_its_field_names():
    text = ("居宅サービス計画書 音声入力\n"
            "第2表ニーズいち階段で転ぶのが怖い長期目標二階の寝室まで一人で上がれる短期目標手すりを使って五段上がれる"
            "サービス内容階段昇降の練習訪問リハビリテーションときわ病院週1回ニーズに薬を飲み忘れる長期目標薬を自分で管理できる"
            "短期目標お薬カレンダーから毎朝飲めるサービス内容服薬の確認訪問看護ステーションみずき週1回以上\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.column_spans("ニーズ")] == ["階段で転ぶのが怖い", "薬を飲み忘れる"]
    rows = [(r.text("短期目標"), r.text("サービス内容"), r.text("サービス種別"), r.text("頻度")) for r in plan.service_rows()]
    assert rows[0] == ("手すりを使って五段上がれる", "階段昇降の練習", "訪問リハビリテーション", "週1回")
    assert rows[1][:2] == ("お薬カレンダーから毎朝飲める", "服薬の確認")
    _exact(plan)


def test_a_written_paragraph_naming_a_field_is_not_split():
    text = ("総合的な援助の方針：本人の希望を大切にし、長期目標と短期目標を本人と確認しながら、サービス内容を定期的に見直します。"
            "ご家族の介護負担にも配慮し、必要に応じて担当者会議でサービス内容と目標を見直します。"
            "住み慣れた家での生活を続けられるよう、関係者で情報を共有していきます。\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.fields["総合的な援助の方針"]] == [text.split("：", 1)[1].rstrip("\n")]


def test_tracked_changes_are_read_as_accepted():
    text = ("本人の意向：[削除：特になし][挿入：畑で野菜を育て続けたい]\n"
            "総合的な援助の方針：[削除：安全に暮らせるよう支援する。][挿入：畑仕事を続けられるよう、膝の痛みに合わせて支援する。]"
            "[コメント 主任：表現を確認]\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.fields["本人の意向"]] == ["畑で野菜を育て続けたい"]
    assert plan.field_text("総合的な援助の方針").startswith("畑仕事を続けられるよう")
    assert "安全に暮らせる" not in plan.field_text("総合的な援助の方針") and "コメント" not in plan.field_text("総合的な援助の方針")


def test_goals_joined_by_a_double_arrow_with_periods_in_lenticular_brackets():
    text = ("【課題1】膝の痛みで正座ができず、茶道の稽古に通えない\n"
            "長期目標「椅子席で月2回の稽古に通える」【R9.1.1～R9.12.31】⇒短期目標「椅子から立って茶を点てられる」【R9.1.1～R9.6.30】\n"
            "・膝の筋力訓練／通所リハビリテーション／さつき病院／週1回\n")
    plan = parse_plan(text)
    row = plan.service_rows()[0]
    assert (row.text("長期目標"), row.text("長期目標期間"), row.text("短期目標"), row.text("短期目標期間")) == (
        "椅子席で月2回の稽古に通える", "R9.1.1～R9.12.31", "椅子から立って茶を点てられる", "R9.1.1～R9.6.30")
    _exact(plan)


def test_goal_period_columns_named_in_full():
    text = ("ニーズ\t長期目標\t長期目標期間\t短期目標\t短期目標期間\tサービス内容\t頻度\n"
            "将棋会に通いたい\t月2回将棋会に出られる\tR9.1～R9.12\t公民館まで歩ける\tR9.1～R9.6\t歩行訓練\t週1回\n")
    row = parse_plan(text).service_rows()[0]
    assert (row.text("長期目標期間"), row.text("短期目標期間")) == ("R9.1～R9.12", "R9.1～R9.6")


def test_a_plan_mailed_to_a_supervisor_with_speaker_headings_and_arrow_bullets():
    text = ("■ご本人の思い\n「庭のバラの手入れを続けたい」\n■娘さん\n「水やりで転ばないか心配です」\n\n"
            "■課題①　足元がふらつき、庭に出るのが怖い\n"
            "　・長期：庭を一周して水やりができる（R9.1〜R9.12）\n"
            "　・短期：玄関から庭まで手すりを使って出られる（R9.1〜R9.6）\n"
            "　　→ 訪問リハビリテーション（あおば病院）週1回（木）　バランス訓練\n"
            "　　→ 娘さん　毎朝の水やりの見守り\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.fields["家族の意向"]] == ["「水やりで転ばないか心配です」"]
    rows = [(r.text("サービス内容"), r.text("サービス種別"), r.text("事業所"), r.text("頻度"), r.text("サービス期間"))
            for r in plan.service_rows()]
    assert rows == [("バランス訓練", "訪問リハビリテーション", "あおば病院", "週1回（木）", ""),
                    ("毎朝の水やりの見守り", "娘さん", "", "", "")]
    _exact(plan)


def test_quoted_words_reported_under_the_intent_heading_are_the_speakers():
    text = ("■利用者及び家族の生活に対する意向\n"
            "ご本人は「庭の柿の木の世話をまた自分でしたい」と話される。\n"
            "妻は「無理をして転ばないかが心配」とのこと。\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.fields["本人の意向"]][0].startswith("「庭の柿の木の世話をまた自分でしたい」")
    assert [s.text for s in plan.fields["家族の意向"]][0].startswith("「無理をして転ばないかが心配」")


def test_items_numbered_with_kana_under_a_need_headed_as_a_life_problem():
    text = ("◎生活上の課題① 洗濯物を干すときに肩が上がらない\n"
            "　目標（長期）…物干しに自分で洗濯物をかけられる　R9.1〜R9.12\n"
            "　援助内容\n"
            "　　ア．肩の可動域訓練　　通所リハビリテーション（かしの木苑）　週2回\n"
            "　　イ．低い物干し台の購入　　特定福祉用具販売（まるやま）　1回\n"
            "　　ウ．シーツ干しの手伝い　　次男　　毎週日曜\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.column_spans("ニーズ")] == ["洗濯物を干すときに肩が上がらない"]
    assert [(r.text("サービス内容"), r.text("サービス種別")) for r in plan.service_rows()] == [
        ("肩の可動域訓練", "通所リハビリテーション"), ("低い物干し台の購入", "特定福祉用具販売"), ("シーツ干しの手伝い", "次男")]
    _exact(plan)


def test_service_blocks_of_key_value_lines_under_a_ruled_sheet_heading():
    text = ("---- 居宅サービス計画書（2） ----\n"
            "課題：台所に立って自分の食事を作りたい\n"
            "長期目標：週に3日は自分で昼食を作れる\n"
            "短期目標：椅子に座って野菜を切れる\n"
            "  〈援助1〉\n"
            "  内容：調理の見守りと一部介助\n"
            "  種別：訪問介護\n"
            "  頻度：週2回\n"
            "  〈援助2〉\n"
            "  内容：買い物の付き添い\n"
            "  種別：次男\n"
            "  頻度：週1回\n")
    plan = parse_plan(text)
    assert "table2" in plan.sections
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.value("頻度")) for r in plan.service_rows()] == [
        ("調理の見守りと一部介助", "訪問介護", "週2回"), ("買い物の付き添い", "次男", "週1回")]
    assert not [s.text for s in plan.unread if "内容" in s.text]
    _exact(plan)


def test_visit_times_in_a_day_by_day_week_do_not_split_one_service_into_several():
    text = ("ニーズ：一人でも薬を飲み忘れずにいたい\n長期目標：飲み忘れなく服薬できる\n"
            "サービス内容：服薬の声かけと確認\nサービス種別：訪問介護\n頻度：週間計画表のとおり\n\n"
            "週間サービス計画表\n"
            "月: 08:00-08:30 訪問介護\n火: 18:00-18:30 訪問介護\n水: 08:00-08:30 訪問介護 / 13時〜16時 通所介護\n"
            "木: \n金: 18:00-18:30 訪問介護\n")
    plan = parse_plan(text)
    rows = {r.text("サービス内容"): r for r in plan.service_rows()}
    assert rows["服薬の声かけと確認"].derived["頻度"] == "週4回（第3表）"


def test_an_official_outline_with_kana_items_and_their_columns_on_the_line_below():
    text = ("第１　利用者及び家族の生活に対する意向\n"
            "　１　本人\n"
            "　　　畑の草むしりをまた自分でやりたい。\n"
            "　２　家族（次女）\n"
            "　　　平日は仕事で来られません。\n"
            "　　　週末は私が通院に付き添います。\n"
            "第２　総合的な援助の方針\n"
            "　　　腰の痛みを和らげ、畑に出られる体力を取り戻す。\n"
            "第３　援助計画\n"
            "　１　生活全般の解決すべき課題\n"
            "　　　腰が痛み、かがむ作業が続けられない\n"
            "　　(1)　長期目標\n"
            "　　　　　畑で30分作業できる\n"
            "　　　ア　短期目標\n"
            "　　　　　しゃがんで10分草を取れる\n"
            "　　　　(ア)　腰と股関節の運動、かがみ方の練習\n"
            "　　　　　　　訪問リハビリテーション／リハビリ青葉／週１回（火）／令和９年４月～令和９年９月\n"
            "　　　　(イ)　畑への行き帰りの付き添い\n"
            "　　　　　　　次女／－／週末／令和９年４月～令和９年９月\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.fields["家族の意向"]] == ["平日は仕事で来られません。\n　　　週末は私が通院に付き添います。"]
    assert [s.text for s in plan.fields["総合的な援助の方針"]] == ["腰の痛みを和らげ、畑に出られる体力を取り戻す。"]
    assert [s.text for s in plan.column_spans("短期目標")] == ["しゃがんで10分草を取れる"]
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.text("事業所"), r.text("頻度"))
            for r in plan.service_rows()] == [
        ("腰と股関節の運動、かがみ方の練習", "訪問リハビリテーション", "リハビリ青葉", "週１回（火）"),
        ("畑への行き帰りの付き添い", "次女", "", "週末")]
    _exact(plan)


def test_a_slash_line_at_the_same_depth_as_the_item_above_is_a_service_of_its_own():
    text = ("ニーズ：家の中を安全に歩きたい\n長期目標：手すりを使って家の中を歩ける\n"
            "・廊下の手すりの取り付け\n"
            "・福祉用具貸与／ケアショップ松／毎月／R9.4～R9.9\n")
    plan = parse_plan(text)
    assert [r.text("サービス内容") for r in plan.service_rows()] == ["廊下の手すりの取り付け", "福祉用具貸与"]


def test_label_lines_that_number_their_services_with_circled_digits_give_one_row_per_number():
    text = ("課題：夜間のトイレで転ばずに過ごしたい\n"
            "長期目標：夜も一人でトイレに行ける\n"
            "サービス内容：①足腰の筋力訓練　②ポータブルトイレの購入　③寝る前の声かけ\n"
            "サービス種別：①通所リハビリテーション　②特定福祉用具販売　③妻\n"
            "事業所：①リハビリ館みなと　②ふくしの店つばさ　③－\n"
            "頻度：①週2回　②一度　③毎晩\n"
            "期間：①②③R9.5.1～R9.10.31\n")
    plan = parse_plan(text)
    rows = [(r.text("サービス内容"), r.text("サービス種別"), r.text("事業所"), r.text("頻度"), r.text("サービス期間"))
            for r in plan.service_rows()]
    assert rows == [
        ("足腰の筋力訓練", "通所リハビリテーション", "リハビリ館みなと", "週2回", "R9.5.1～R9.10.31"),
        ("ポータブルトイレの購入", "特定福祉用具販売", "ふくしの店つばさ", "一度", "R9.5.1～R9.10.31"),
        ("寝る前の声かけ", "妻", "", "毎晩", "R9.5.1～R9.10.31")]
    assert [r.role for r in plan.service_rows()][2] == "家族"
    assert all(r.text("ニーズ") == "夜間のトイレで転ばずに過ごしたい" for r in plan.service_rows())
    _exact(plan)


def test_a_json_export_is_read_as_its_labelled_fields():
    text = ('{\n'
            '  "帳票": "居宅サービス計画書",\n'
            '  "本人の意向": "庭の花の世話を続けたい",\n'
            '  "総合的な援助の方針": "転ばずに庭へ出られるよう支援します。",\n'
            '  "第2表": [\n'
            '    {\n'
            '      "ニーズ": "庭に出るときに転ばないようにしたい",\n'
            '      "長期目標": "杖で庭を一周できる",\n'
            '      "短期目標": "玄関の段差を一人で降りられる",\n'
            '      "サービス内容": "段差昇降の練習",\n'
            '      "サービス種別": "訪問リハビリテーション",\n'
            '      "頻度": "週1回"\n'
            '    }\n'
            '  ],\n'
            '  "インフォーマル": []\n'
            '}\n')
    plan = parse_plan(text)
    assert [s.text for s in plan.fields["本人の意向"]] == ["庭の花の世話を続けたい"]
    assert [(r.text("ニーズ"), r.text("長期目標"), r.text("サービス内容"), r.text("サービス種別"), r.text("頻度"))
            for r in plan.service_rows()] == [
        ("庭に出るときに転ばないようにしたい", "杖で庭を一周できる", "段差昇降の練習", "訪問リハビリテーション", "週1回")]
    _exact(plan)


def test_yaml_periods_named_after_their_goal_an_empty_list_and_a_medical_row():
    text = ("第2表:\n"
            "  - ニーズ: 薬を飲み忘れずに暮らしたい\n"
            "    長期目標: 一人で服薬を続けられる\n"
            "    長期期間: 2027-04-01 ～ 2028-03-31\n"
            "    短期目標: お薬カレンダーで飲める\n"
            "    短期期間: 2027-04-01 ～ 2027-09-30\n"
            "    サービス:\n"
            "      - 内容: 薬の一包化と残薬の確認\n"
            "        種別: 医療\n"
            "        事業所: null\n"
            "        頻度: 月2回\n"
            "インフォーマル: []\n")
    plan = parse_plan(text)
    (row,) = plan.service_rows()
    assert row.text("長期目標期間") == "2027-04-01 ～ 2028-03-31"
    assert row.text("短期目標期間") == "2027-04-01 ～ 2027-09-30"
    assert row.role == "医療"
    assert row.text("事業所") == ""
    _exact(plan)


def test_a_pdf_cell_broken_before_a_particle_or_a_small_kana_stays_one_cell():
    text = ("生活全般の解決すべき課題（ニーズ）\n長期目標\n（期間）\n短期目標\n（期間）\nサービス内容\n※1\nサービス種別\n※2\n頻度\n期間\n"
            "夜はゆっくり休みたい\n朝まで眠れる\nR9.1〜R9.12\n夜中に起きる回数が減る\nR9.1〜R9.6\n"
            "泊まりの利用\n○\n短期入所生活介護\n特別養護老人ホームみどり\nの丘\n2か月に1回（2泊）\nR9.1〜R9.6\n"
            "夜間の排泄の確認\n○\n訪問介護\nヘルパーステーシ\nョンこだま\n週3回\nR9.1〜R9.6\n")
    plan = parse_plan(text)
    assert [(r.text("サービス内容"), r.text("事業所"), r.text("頻度")) for r in plan.service_rows()] == [
        ("泊まりの利用", "特別養護老人ホームみどり\nの丘", "2か月に1回（2泊）"),
        ("夜間の排泄の確認", "ヘルパーステーシ\nョンこだま", "週3回")]


def test_roman_and_lettered_outline_numbers_and_a_numbered_remarks_heading():
    text = ("Ⅰ．居宅サービス計画書（1）\n"
            "　(a) 利用者及び家族の生活に対する意向\n"
            "　　ア．本人：また碁会所に通いたい。\n"
            "Ⅱ．居宅サービス計画書（2）\n"
            "　1．課題：足元がふらつき、外出が怖い\n"
            "　　(a) 長期目標：一人で碁会所まで歩いて行ける\n"
            "　　(b) 短期目標：近所の公園まで杖で往復できる\n"
            "　　(c) 援助内容\n"
            "　　　(c-1) 屋外歩行の練習／通所リハビリテーション／リハ館あおば／週2回\n"
            "　　　(c-2) 碁会所への送り迎え／碁会所の仲間の田所さん／月4回\n"
            "　　　(c-3) 骨密度の検査と服薬の調整／主治医／3か月に1回\n"
            "Ⅲ．備考\n"
            "　・本人は歩くことに前向き。\n")
    plan = parse_plan(text)
    assert {"table1", "table2"} <= plan.sections
    assert [s.text for s in plan.fields["本人の意向"]] == ["また碁会所に通いたい。"]
    assert [s.text for s in plan.column_spans("短期目標")] == ["近所の公園まで杖で往復できる"]
    rows = [(r.text("サービス内容"), r.value("頻度"), r.role) for r in plan.service_rows()]
    assert rows == [("屋外歩行の練習", "週2回", "医療"), ("碁会所への送り迎え", "月4回", "インフォーマル"),
                    ("骨密度の検査と服薬の調整", "3か月に1回", "医療")]
    _exact(plan)


def test_a_neighbour_named_where_the_provider_goes_places_informal_support():
    text = ("ニーズ：ごみ出しを続けたい\n長期目標：決まった日にごみを出せる\n"
            "サービス内容：集積所までのごみ運び\n事業所：自治会の班長さん\n頻度：週2回\n")
    plan = parse_plan(text)
    (row,) = plan.service_rows()
    assert (row.text("サービス種別"), row.text("事業所"), row.role) == ("", "自治会の班長さん", "インフォーマル")


def test_a_sideways_markdown_table_with_one_need_per_column():
    text = ("| 項目 | 課題1 | 課題2 |\n"
            "|---|---|---|\n"
            "| 生活全般の解決すべき課題（ニーズ） | 背中が痛み、洗濯物が干せない | 夜に何度も目が覚める |\n"
            "| 長期目標 | 自分で洗濯物を干せる | 朝まで続けて眠れる |\n"
            "| （期間） | R9.6.1〜R10.5.31 | R9.6.1〜R10.5.31 |\n"
            "| 短期目標 | 低い物干しで干せる | 昼寝を30分にできる |\n"
            "| サービス内容 | ①物干しの高さの調整<br>②腰の体操 | 日中の活動の声かけ |\n"
            "| サービス種別 | ①住宅改修 ②本人 | 通所介護 |\n"
            "| 頻度 | ①1回 ②毎日 | 週3回 |\n")
    plan = parse_plan(text)
    assert _needs(plan) == ["背中が痛み、洗濯物が干せない", "夜に何度も目が覚める"]
    assert [(r.text("ニーズ"), r.text("長期目標期間"), r.text("サービス内容"), r.text("サービス種別"), r.text("頻度"))
            for r in plan.service_rows()] == [
        ("背中が痛み、洗濯物が干せない", "R9.6.1〜R10.5.31", "物干しの高さの調整", "住宅改修", "1回"),
        ("背中が痛み、洗濯物が干せない", "R9.6.1〜R10.5.31", "腰の体操", "本人", "毎日"),
        ("夜に何度も目が覚める", "R9.6.1〜R10.5.31", "日中の活動の声かけ", "通所介護", "週3回")]
    _exact(plan)


def test_a_sideways_spreadsheet_whose_service_blocks_repeat_down_the_first_column():
    text = ("項目\tニーズ1\tニーズ2\n"
            "生活全般の解決すべき課題（ニーズ）\t階段で転びたくない\t友人と句会を続けたい\n"
            "長期目標\t手すりを使って階段を上り下りできる\t月1回の句会に出られる\n"
            "短期目標\t一段ずつ足をそろえて降りられる\t句会の日に会場まで行ける\n"
            "サービス内容①\t階段昇降の練習\t句会への送り迎え\n"
            "サービス種別\t訪問リハビリテーション\t句会の仲間\n"
            "頻度\t週1回\t月1回\n"
            "サービス内容②\t階段の手すりの設置\t\n"
            "サービス種別\t住宅改修\t\n"
            "頻度\t1回\t\n")
    plan = parse_plan(text)
    assert [(r.text("ニーズ"), r.text("サービス内容"), r.text("サービス種別"), r.text("頻度")) for r in plan.service_rows()] == [
        ("階段で転びたくない", "階段昇降の練習", "訪問リハビリテーション", "週1回"),
        ("階段で転びたくない", "階段の手すりの設置", "住宅改修", "1回"),
        ("友人と句会を続けたい", "句会への送り迎え", "句会の仲間", "月1回")]
    _exact(plan)


def test_a_first_table_exported_as_one_record_under_a_header_row_of_its_field_names():
    text = ("居宅サービス計画1表\n"
            "作成日\t利用者及び家族の生活に対する意向\t総合的な援助の方針\n"
            "20270105\t本人：特にない。「どうせ治らない」と言う。妻：夜だけでも眠らせてほしい\t夜間の介護負担を減らします。\n")
    plan = parse_plan(text)
    assert "table1" in plan.sections
    assert [s.text for s in plan.fields["本人の意向"]] == ["特にない。「どうせ治らない」と言う。"]
    assert [s.text for s in plan.fields["家族の意向"]] == ["夜だけでも眠らせてほしい"]
    assert [s.text for s in plan.fields["総合的な援助の方針"]] == ["夜間の介護負担を減らします。"]
    _exact(plan)


def test_a_plan_sent_as_numbered_text_messages_reads_the_label_after_each_part_number():
    text = ("(1/3)お疲れさまです。原案です。\n"
            "ニーズ1　足がむくみ、長く歩けない\n　長期目標　近所の郵便局まで歩ける\n\n"
            "(2/3)ニーズ2　台所に立つと腰が痛む\n　長期目標　座って調理できる\n\n"
            "(3/3)インフォーマル：今後検討\n")
    plan = parse_plan(text)
    assert _needs(plan) == ["足がむくみ、長く歩けない", "台所に立つと腰が痛む"]
    assert not [r for r in plan.rows if r.role == "インフォーマル"]
    _exact(plan)


def test_labels_glossed_in_english_for_a_family_member_who_reads_english():
    text = ("■ Wishes / 利用者及び家族の生活に対する意向\n"
            "Client (本人): 孫の結婚式に車いすで出たい。\n"
            "Family - daughter (長女・アナさん): Please help him with bathing. 入浴が心配です。\n"
            "Need #1 (ニーズ1): 式場で長く座っていられるようにしたい\n"
            "  Long-term goal (長期目標): 車いすで2時間座っていられる   [Term: 2027/04/01-2027/09/30]\n"
            "  - Service: 座位保持の練習 | Type: 通所リハビリテーション | Provider: リハ館そよかぜ | Freq: 週2回\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.fields["本人の意向"]] == ["孫の結婚式に車いすで出たい。"]
    assert [s.text for s in plan.fields["家族の意向"]] == ["Please help him with bathing. 入浴が心配です。"]
    assert _needs(plan) == ["式場で長く座っていられるようにしたい"]
    (row,) = plan.service_rows()
    assert (row.text("長期目標"), row.text("長期目標期間")) == ("車いすで2時間座っていられる", "2027/04/01-2027/09/30")
    assert (row.text("サービス内容"), row.text("サービス種別"), row.text("事業所"), row.text("頻度")) == (
        "座位保持の練習", "通所リハビリテーション", "リハ館そよかぜ", "週2回")
    _exact(plan)


def test_a_need_numbered_with_a_hash_sign():
    plan = parse_plan("Need #2: 夜中のトイレで転ばないようにしたい\nLong-term goal: 夜も一人でトイレに行ける\n")
    assert _needs(plan) == ["夜中のトイレで転ばないようにしたい"]


def test_periods_and_service_columns_written_as_footnotes_under_the_table():
    text = ("第2表\n"
            "課題1　外の空気を吸いに散歩したい\n"
            "　長期目標：河川敷を20分歩ける〔*1〕\n"
            "　短期目標：家の前の坂を上り下りできる〔*2〕\n"
            "　サービス：通所リハビリテーション（歩行訓練）〔*3〕／長男：日曜の散歩の付き添い〔*4〕\n"
            "――――\n"
            "〔*1〕2027.05.01-2028.04.30\n"
            "〔*2〕2027.05.01-2027.10.31\n"
            "〔*3〕週2回（水・土）　リハ館かわせみ　2027.05.01-2027.10.31\n"
            "〔*4〕毎週（長男の希望による）　2027.05.01-2027.10.31\n")
    plan = parse_plan(text)
    rows = [(r.text("長期目標"), r.text("長期目標期間"), r.text("短期目標期間"), r.text("サービス内容"), r.text("事業所"),
             r.text("頻度")) for r in plan.service_rows()]
    assert rows == [
        ("河川敷を20分歩ける", "2027.05.01-2028.04.30", "2027.05.01-2027.10.31", "通所リハビリテーション（歩行訓練）",
         "リハ館かわせみ", "週2回（水・土）"),
        ("河川敷を20分歩ける", "2027.05.01-2028.04.30", "2027.05.01-2027.10.31", "長男：日曜の散歩の付き添い", "",
         "毎週（長男の希望による）")]
    assert not [s for s in plan.unread if "〔*" in s.text]
    _exact(plan)


def test_a_remark_under_a_mark_is_no_footnote_of_a_goal():
    text = ("長期目標：一人で湯船に入れる※1\n短期目標：手すりを使って浴槽をまたげる\n"
            "サービス内容：入浴の見守り\nサービス種別：通所介護\n"
            "※1 浴槽の高さは住宅改修で調整予定\n")
    plan = parse_plan(text)
    assert [r.text("長期目標期間") for r in plan.service_rows()] == [""]


def test_a_bracketed_goal_heading_in_a_prevention_plan_ties_its_supports_to_that_goal():
    text = ("介護予防サービス・支援計画書\n"
            "総合的課題：膝の痛みで外出が減り、買物と園芸をやめている\n"
            "目標\n1．杖で近くの商店まで買物に行ける\n2．ベランダの鉢植えの世話を続けられる\n\n"
            "支援計画\n"
            "［目標1］\n介護保険サービス又は地域支援事業　膝の体操と屋外歩行の練習\nサービス種別　通所型サービス\n期間　R9.4.1〜R9.9.30\n"
            "［目標2］\n介護保険サービス又は地域支援事業　立ち座りの練習\nサービス種別　訪問型サービス\n期間　R9.4.1〜R9.9.30\n")
    plan = parse_plan(text)
    rows = {r.text("サービス内容"): r.text("短期目標") for r in plan.service_rows()}
    assert rows == {"膝の体操と屋外歩行の練習": "杖で近くの商店まで買物に行ける", "立ち座りの練習": "ベランダの鉢植えの世話を続けられる"}


def test_a_markdown_heading_below_a_goal_is_not_the_goal_going_on():
    text = ("### 課題1　膝が痛み、階段がつらい\n- 目標：手すりを使って二階の寝室まで上がれる\n"
            "### 課題2　一人での入浴が不安\n- 目標：シャワーチェアで座って体を洗える\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.column_spans("短期目標") or plan.column_spans("長期目標")] == [
        "手すりを使って二階の寝室まで上がれる", "シャワーチェアで座って体を洗える"]


def test_a_numbered_need_heading_that_repeats_the_form_name_has_its_need_below():
    text = ("【課題2】生活全般の解決すべき課題（ニーズ）\n"
            "　夜中のトイレで転ばずに用を足したい\n"
            "　長期目標　夜も一人でトイレに行ける　　（R9.4.1～R10.3.31）\n")
    plan = parse_plan(text)
    assert _needs(plan) == ["夜中のトイレで転ばずに用を足したい"]
    _exact(plan)


def test_services_listed_under_their_provider_with_the_need_they_serve_in_brackets():
    text = ("生活全般の解決すべき課題（ニーズ）と目標\n"
            "　課題Ａ　夜に何度も起きてしまう\n　　長期目標　朝まで眠れる\n"
            "　課題Ｂ　便秘でお腹が張る\n　　長期目標　毎日お通じがある\n\n"
            "サービス一覧（事業所別）\n"
            "◇訪問看護ステーションみずき（訪問看護）○\n"
            "　・［Ｂ］排便の状態の確認、腹部のマッサージ　週1回（月）\n"
            "　・［Ａ］睡眠の状態の観察　週1回（月）\n"
            "◇ご家族\n"
            "　・［Ａ］娘：寝る前の足湯　毎日\n")
    plan = parse_plan(text)
    rows = [(r.text("ニーズ"), r.text("サービス内容"), r.text("サービス種別"), r.text("事業所"), r.text("頻度"))
            for r in plan.service_rows()]
    assert rows == [
        ("便秘でお腹が張る", "排便の状態の確認、腹部のマッサージ", "訪問看護", "訪問看護ステーションみずき", "週1回（月）"),
        ("夜に何度も起きてしまう", "睡眠の状態の観察", "訪問看護", "訪問看護ステーションみずき", "週1回（月）"),
        ("夜に何度も起きてしまう", "寝る前の足湯", "娘", "", "毎日")]
    assert _needs(plan)[:2] == ["夜に何度も起きてしまう", "便秘でお腹が張る"]
    _exact(plan)


def test_a_care_managers_shorthand_memo():
    text = ("方針：妻の介護負担を減らし、夫婦二人の暮らしを続ける。\n"
            "#1 排泄\n　LTG：トイレで用を足せる\n　STG：〃\n　→ DS（デイ菜の花）週3\n"
            "#2 服薬\n　LTG：飲み忘れがない\n　→ 訪看 月2\n"
            "#3 買物\n　LTG：近所の店で買える\n　→ 訪介で買物同行　週1　※本人の希望\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.fields["総合的な援助の方針"]] == ["妻の介護負担を減らし、夫婦二人の暮らしを続ける。"]
    assert _needs(plan) == ["排泄", "服薬", "買物"]
    rows = plan.service_rows()
    assert rows[0].text("短期目標") == "トイレで用を足せる"  # 〃 under the long-term goal repeats it
    assert [(r.value("頻度"), r.role) for r in rows] == [("週3", "介護保険サービス"), ("月2", "医療"), ("週1", "介護保険サービス")]
    _exact(plan)


def test_emoji_that_open_lines_are_markers_and_an_arrow_line_below_a_type_is_its_content():
    text = ("🗣 本人の意向\n「孫の運動会を見に行きたい」\n\n"
            "🔶 ニーズ①：足がすくんで外に出られない\n"
            "　🎯 長期目標：車いすで近くの小学校まで行ける\n"
            "　🏥 訪問リハビリテーション／リハ館ひばり／週1回（木）\n"
            "　　　→ 車いすへの乗り移りの練習\n"
            "　👩‍🦳 長女／月1回／外出の付き添い\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.fields["本人の意向"]] == ["「孫の運動会を見に行きたい」"]
    assert _needs(plan) == ["足がすくんで外に出られない"]
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.text("頻度")) for r in plan.service_rows()] == [
        ("車いすへの乗り移りの練習", "訪問リハビリテーション", "週1回（木）"), ("外出の付き添い", "長女", "月1回")]
    _exact(plan)


def test_a_doctor_named_where_the_provider_goes_places_medical_care():
    text = ("ニーズ：貧血で疲れやすい\n長期目標：買物に歩いて行ける\n"
            "サービス内容：定期受診と採血\n事業所：主治医（県立病院 血液内科）\n頻度：月2回\n")
    (row,) = parse_plan(text).service_rows()
    assert row.role == "医療"


def test_a_memo_that_defines_its_own_abbreviations_in_a_legend_line():
    text = ("略：課＝生活全般の解決すべき課題／長目＝長期目標／サ＝サービス内容／H＝時間\n"
            "課　一人で買物に行けない\n"
            "長目　近所のスーパーで自分で選んで買える\n"
            "サ：買物の同行｜訪問介護｜ヘルパーあすなろ｜週1回\n")
    plan = parse_plan(text)
    assert _needs(plan) == ["一人で買物に行けない"]
    assert [(r.text("長期目標"), r.text("サービス内容"), r.text("事業所"), r.text("頻度")) for r in plan.service_rows()] == [
        ("近所のスーパーで自分で選んで買える", "買物の同行", "ヘルパーあすなろ", "週1回")]
    _exact(plan)


def test_a_web_form_export_whose_labels_are_questions_and_whose_service_labels_are_numbered():
    text = ("ご本人はどのような生活を望まれていますか？\t孫と一緒に初詣に行きたい。\n"
            "ご家族の意向をご記入ください\t妻：夜はゆっくり眠りたい。\n"
            "生活全般の解決すべき課題（ニーズ）1\t階段の上り下りが怖い\n"
            "長期目標1\t神社の石段を手すりで上れる\n"
            "サービス内容1\t階段昇降の練習\n"
            "頻度1\t週1回\n"
            "生活全般の解決すべき課題（ニーズ）2\t夜間に何度もトイレに起きる\n"
            "長期目標2\t夜に続けて5時間眠れる\n"
            "サービス内容2\t排尿の記録と助言\n"
            "頻度2\t月2回\n")
    plan = parse_plan(text)
    assert [s.text for s in plan.fields["本人の意向"]] == ["孫と一緒に初詣に行きたい。"]
    assert [s.text for s in plan.fields["家族の意向"]] == ["夜はゆっくり眠りたい。"]
    assert [(r.text("ニーズ"), r.text("サービス内容"), r.text("頻度")) for r in plan.service_rows()] == [
        ("階段の上り下りが怖い", "階段昇降の練習", "週1回"), ("夜間に何度もトイレに起きる", "排尿の記録と助言", "月2回")]
    _exact(plan)

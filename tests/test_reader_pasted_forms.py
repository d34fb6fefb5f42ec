"""Forms pasted from software screens, word processors and worksheets (fresh wording, no eval sentences)."""

from __future__ import annotations

from assistant.review.parse import parse_plan
from assistant.review.plan import INTENT_FAMILY, INTENT_PERSON


def _exact(plan):
    for _, span in plan.all_spans():
        assert plan.text[span.start:span.end] == span.text


def _field(plan, key):
    return [s.text for s in plan.fields.get(key, [])]


def test_a_tree_view_with_bracketed_insurance_marks_and_a_folded_node():
    text = (
        "▼ 第1表\n"
        "│　├─ 本人の意向：川沿いの道をまた自転車で走りたい。\n"
        "│　└─ 総合的な援助の方針：ご本人の外出の習慣を守ります。\n"
        "▼ 第2表\n"
        "├─▼ 課題1　膝の痛みで自転車に乗れず、外に出なくなっている\n"
        "│　　├─ 長期目標　自転車で図書館まで通える　［2027/01/01～2027/12/31］\n"
        "│　　└─▼ 短期目標　膝の曲げ伸ばしが楽にできる　［2027/01/01～2027/06/30］\n"
        "│　　　　　├─ ◆膝の運動と自転車の乗り降りの練習　〔保険〕通所介護｜デイサービスあさひ｜週2回｜2027/01/01～2027/06/30\n"
        "│　　　　　└─ ◆図書館までの付き添い　〔保険外〕次男｜－｜月2回｜2027/01/01～2027/06/30\n"
        "└─▶ 課題2　薬を飲み忘れずに続けたい　（折りたたみ中）\n"
    )
    plan = parse_plan(text)
    _exact(plan)
    services = [(r.text("サービス内容"), r.text("サービス種別"), r.text("保険給付対象"), r.role) for r in plan.service_rows()]
    assert services == [
        ("膝の運動と自転車の乗り降りの練習", "通所介護", "〔保険〕", "介護保険サービス"),
        ("図書館までの付き添い", "次男", "〔保険外〕", "家族"),
    ]
    assert not any(s.text.strip() == "－" for s in plan.unread)  # a dash fills an empty column; nothing is lost
    needs = [s.text for s in plan.column_spans("ニーズ")]
    assert needs[-1].startswith("薬を飲み忘れずに続けたい")  # the folded node is a need, not a service


def test_a_first_sheet_pasted_as_a_two_column_table_is_read_field_by_field():
    text = (
        "| 項目 | 内容 |\n"
        "|---|---|\n"
        "| 利用者名 | 仮名 様 |\n"
        "| 利用者及び家族の生活に対する意向を踏まえた課題分析の結果 | 本人（耳が遠いため筆談とうなずきで確かめた）：畑の世話を続けたい |\n"
        "|  | 長男：朝の水やりは手伝います。無理をしないか心配です |\n"
        "| 総合的な援助の方針 | 畑を続けられるよう足腰の力を保ちます。 |\n"
        "\n"
        "ニーズ：畑まで歩いて行きたい\n"
    )
    plan = parse_plan(text)
    _exact(plan)
    assert _field(plan, INTENT_PERSON) == ["畑の世話を続けたい"]
    assert _field(plan, INTENT_FAMILY) == ["朝の水やりは手伝います。無理をしないか心配です"]
    assert _field(plan, "総合的な援助の方針") == ["畑を続けられるよう足腰の力を保ちます。"]


def test_an_export_with_one_item_per_row_is_read_by_its_item_names():
    text = (
        "区分\t番号\t項目\t内容\n"
        "基本\t-\t作成日\t2027/02/01\n"
        "目標とする生活\t-\t1年\t孫の運動会に歩いて見に行く\n"
        "アセスメント\t運動・移動\t本人・家族の意欲・意向\t本人：また公園を一周したい\n"
        "目標\t1\t3か月後（R9.5末）\t公園の入口まで休まずに歩ける\n"
        "支援計画\t1-1\t介護保険サービス又は地域支援事業\t歩く練習と脚の筋トレ\n"
        "支援計画\t1-1\tサービス種別\t通所型サービス\n"
        "支援計画\t1-1\t頻度\t週1回\n"
    )
    plan = parse_plan(text)
    _exact(plan)
    assert _field(plan, INTENT_PERSON) == ["また公園を一周したい"]
    assert [s.text for s in plan.column_spans("短期目標")] == ["公園の入口まで休まずに歩ける"]
    assert [(r.text("サービス内容"), r.text("サービス種別"), r.value("頻度")) for r in plan.service_rows()] == [
        ("歩く練習と脚の筋トレ", "通所型サービス", "週1回")]


def test_an_audit_worksheet_reads_only_what_was_copied_from_the_plan():
    text = (
        "ケアプラン点検シート\n"
        "問1　総合的課題\n"
        "　確認の観点：課題の背景が書かれていますか。\n"
        "　計画書の記載：階段がこわくて二階の洗濯物を干せない\n"
        "　自己評価：■できている\n"
        "問2　目標\n"
        "　確認の観点：目標は評価できる具体的な内容ですか。\n"
        "　計画書の記載：\n"
        "　　目標1：手すりを使って二階へ上がれる（期間：R9.1〜R9.6）\n"
        "　自己評価：□できている\n"
        "問3　総合的な方針：生活不活発病の改善・予防のポイント\n"
        "　計画書の記載：洗濯を続けることを励みに脚の力をつけます。\n"
    )
    plan = parse_plan(text)
    _exact(plan)
    goals = [s.text for s in plan.column_spans("短期目標")] + [s.text for s in plan.column_spans("長期目標")]
    assert goals == ["手すりを使って二階へ上がれる"]  # the worksheet's question 「目標は…ですか」 is no goal
    assert _field(plan, "総合的な援助の方針") == ["洗濯を続けることを励みに脚の力をつけます。"]


def test_slide_bullets_stand_for_the_japanese_middle_dot():
    text = ("本人・家族の意向\n"
            "• 本人：「朝市で店番を続けたい」\n"
            "• 妻：「重い荷物は持たせたくない」\n")
    plan = parse_plan(text)
    _exact(plan)
    assert _field(plan, INTENT_PERSON) == ["「朝市で店番を続けたい」"]
    assert _field(plan, INTENT_FAMILY) == ["「重い荷物は持たせたくない」"]


def test_numbered_goals_with_stages_below_and_an_empty_period_label():
    text = ("目標\n"
            "　目標１　　３か月後：台所に立って湯を沸かせる\n"
            "　　　　　　６か月後：一品を自分で作れる\n"
            "　目標２　　近所の喫茶店まで歩いて行く　　　期間：\n")
    plan = parse_plan(text)
    _exact(plan)
    goals = [(r.text("長期目標") or r.text("短期目標"), r.text("長期目標期間") or r.text("短期目標期間")) for r in plan.rows]
    assert goals == [("台所に立って湯を沸かせる", "３か月後"), ("一品を自分で作れる", "６か月後"),
                     ("近所の喫茶店まで歩いて行く", "")]


def test_a_field_name_wrapped_down_the_left_column_of_a_print():
    text = ("③利用者及び家族の\n"
            "  生活に対する意向を      本人：「腰が楽になったので、町内の清掃にまた\n"
            "  踏まえた課題分析の結果  顔を出したい」\n"
            "                          長男：「無理をしないか心配です」\n"
            "\n"
            "⑤総合的な援助の方針      清掃活動への参加を目標に、腰に負担の少ない動き方を練習します。\n")
    plan = parse_plan(text)
    _exact(plan)
    person = _field(plan, INTENT_PERSON)
    assert len(person) == 1 and person[0].startswith("「腰が楽になったので") and person[0].endswith("顔を出したい」")
    assert _field(plan, INTENT_FAMILY) == ["「無理をしないか心配です」"]


def test_a_quote_cut_by_the_end_of_its_line_stays_the_speakers_words():
    text = ("利用者及び家族の生活に対する意向\n"
            "本人：「孫の入学式には、自分の足で\n"
            "校門まで歩いて行きたい」\n"
            "日中は一人で過ごしている。\n")
    plan = parse_plan(text)
    _exact(plan)
    assert [s.replace("\n", "") for s in _field(plan, INTENT_PERSON)] == ["「孫の入学式には、自分の足で校門まで歩いて行きたい」"]
    assert _field(plan, "課題分析の結果") == ["日中は一人で過ごしている。"]


def test_an_xml_export_named_after_the_forms_fields():
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            "<計画>\n"
            "  <第1表>\n"
            '    <意向 話者="本人" 方法="筆談">「畑の草取りをまた自分でやりたい」</意向>\n'
            '    <意向 話者="長女">「腰を痛めないか心配です」</意向>\n'
            "    <総合的な援助の方針>畑仕事を続けられるよう、腰に負担の少ない動きを練習します。</総合的な援助の方針>\n"
            "  </第1表>\n"
            "  <第2表>\n"
            "    <生活全般の解決すべき課題>腰痛で長くしゃがめず、畑の手入れができない</生活全般の解決すべき課題>\n"
            '    <長期目標 期間="2027-01-01/2027-12-31">畑の草取りを30分続けられる</長期目標>\n'
            '    <短期目標 期間="2027-01-01/2027-03-31">低い椅子に座って10分作業できる</短期目標>\n'
            '    <サービス 保険給付="○" 種別="通所リハビリテーション" 事業所="リハビリ館つばさ" 頻度="週2回" 期間="2027-01-01/2027-03-31">'
            "腰と脚の筋力訓練</サービス>\n"
            '    <サービス 保険給付="" 種別="長女" 事業所="" 頻度="週末" 期間="2027-01-01/2027-03-31">畑への付き添い</サービス>\n'
            "  </第2表>\n"
            "</計画>\n")
    plan = parse_plan(text)
    _exact(plan)
    assert _field(plan, INTENT_PERSON) == ["「畑の草取りをまた自分でやりたい」"]
    assert _field(plan, INTENT_FAMILY) == ["「腰を痛めないか心配です」"]
    assert [s.text for s in plan.column_spans("長期目標")] == ["畑の草取りを30分続けられる"]
    services = [(r.text("サービス内容"), r.text("サービス種別"), r.text("事業所"), r.value("頻度"), r.text("サービス期間"))
                for r in plan.service_rows()]
    assert services == [("腰と脚の筋力訓練", "通所リハビリテーション", "リハビリ館つばさ", "週2回", "2027-01-01/2027-03-31"),
                        ("畑への付き添い", "長女", "", "週末", "2027-01-01/2027-03-31")]


def test_a_plan_exported_as_one_record_of_many_columns():
    names = ["回答日時", "利用者（イニシャル）", "本人の意向", "家族の意向（続柄を記入）", "総合的な援助の方針",
             "課題①", "課題① 長期目標", "課題① 長期目標の期間", "課題① 短期目標", "課題① 短期目標の期間",
             "課題① サービス1（内容／種別／事業所／頻度）", "課題① サービス2（内容／種別／事業所／頻度）", "課題① サービスの期間"]
    values = ["2027/03/02 10:00", "K.M.", "商店街の喫茶店にまた一人で行きたい。", '"夫：一人で出かけるのは心配。\n長男：月に一度は顔を出します。"',
              "外出の自信を取り戻せるよう支援します。", "膝の痛みで長く歩けず、外出が減っている", "杖で喫茶店まで歩いて行ける",
              "2027/04/01～2028/03/31", "家の前の通りを休まずに往復できる", "2027/04/01～2027/09/30",
              "膝の筋力訓練と歩く練習／通所リハビリテーション／リハビリ館こもれび／週2回", "喫茶店までの付き添い／長男／／月1回",
              "2027/04/01～2027/09/30"]
    plan = parse_plan("\t".join(names) + "\n" + "\t".join(values) + "\n")
    _exact(plan)
    assert _field(plan, INTENT_PERSON) == ["商店街の喫茶店にまた一人で行きたい。"]  # the initials are no wish
    assert _field(plan, INTENT_FAMILY) == ["一人で出かけるのは心配。"]
    assert [s.text for s in plan.column_spans("ニーズ")][:1] == ["膝の痛みで長く歩けず、外出が減っている"]
    assert plan.rows[0].text("長期目標期間") == "2027/04/01～2028/03/31"
    services = [(r.text("サービス内容"), r.text("サービス種別"), r.value("頻度")) for r in plan.service_rows()]
    assert services == [("膝の筋力訓練と歩く練習", "通所リハビリテーション", "週2回"), ("喫茶店までの付き添い", "長男", "月1回")]


def test_a_screen_copied_with_its_menu_and_a_goal_period_on_its_own_label():
    text = ("ホーム\n利用者\n計画書\n予定表\nお知らせ\nログアウト\n利用者一覧\n"
            "居宅サービス計画書（第1表・第2表）の詳細\n"
            "本人\n"
            "庭の柿の実を自分で採って、近所に配りたい。\n"
            "生活全般の解決すべき課題（ニーズ）\n"
            "脚立に上るのが怖くなり、庭仕事をやめている\n"
            "長期目標\n"
            "脚立を使わずに高枝ばさみで柿を採れる\n"
            "長期目標の期間\n"
            "2027/04/01 〜 2028/03/31\n")
    plan = parse_plan(text)
    _exact(plan)
    assert _field(plan, INTENT_PERSON) == ["庭の柿の実を自分で採って、近所に配りたい。"]  # the menu is no wish
    assert plan.rows[0].text("長期目標") == "脚立を使わずに高枝ばさみで柿を採れる"
    assert plan.rows[0].text("長期目標期間") == "2027/04/01 〜 2028/03/31"


def test_a_scanned_fax_with_ocr_confusions_is_read_as_its_table():
    text = ("l 利用者及び家族の | 本人：港の釣り場までまた歩いて行きたい。\n"
            "| 生活に対する意向 | 妻：転ばないか心配です。\n"
            "l 総合的な援助の方針 | 釣り場までの外出を目標に、歩く力を保てるよう支援します。\n"
            "\n"
            "| 生活全般の解決すべき課題（二一ズ） | 長期目摽 | （期間） | サ一ビス内容 | サ一ビス種別 | 頻度 |\n"
            "| 脚の力が落ちて遠くまで歩けない | 杖で釣り場まで歩ける | R9.1～R9.12 | 歩く練習 | 通所リハビリテーション l 週2回 |\n")
    plan = parse_plan(text)
    _exact(plan)
    assert _field(plan, INTENT_PERSON) == ["港の釣り場までまた歩いて行きたい。"]
    assert _field(plan, INTENT_FAMILY) == ["転ばないか心配です。"]
    row = plan.rows[0]
    assert (row.text("ニーズ"), row.text("長期目標"), row.text("長期目標期間")) == (
        "脚の力が落ちて遠くまで歩けない", "杖で釣り場まで歩ける", "R9.1～R9.12")
    assert row.text("サービス種別") == "通所リハビリテーション" and row.value("頻度") == "週2回"


def test_slides_with_dash_bullets_a_shared_service_period_and_a_later_slide():
    text = ("スライド 5\n"
            "※サービスの期間はすべて R9.6.1～R9.11.30\n"
            "■ ニーズ1　畑に出て野菜を育て続けたい\n"
            "　– 長期目標：畑まで歩いて行き、夏野菜を収穫できる（R9.6.1～R10.5.31）\n"
            "　– 短期目標：畝の間を杖で歩ける（R9.6.1～R9.11.30）\n"
            "　– サービス\n"
            "　　▪ 歩く練習と脚の筋トレ｜通所リハビリテーション｜リハビリ館みのり｜週2回\n"
            "スライド 6\n"
            "振り返り\n"
            "• 畑には週3回出られている\n")
    plan = parse_plan(text)
    _exact(plan)
    row = plan.rows[0]
    assert row.text("ニーズ") == "畑に出て野菜を育て続けたい" and row.text("長期目標") == "畑まで歩いて行き、夏野菜を収穫できる"
    services = [(r.text("サービス内容"), r.text("サービス期間")) for r in plan.service_rows()]
    assert services == [("歩く練習と脚の筋トレ", "R9.6.1～R9.11.30")]  # the next slide's bullet is no service


def test_a_note_app_page_with_symbol_marks_arrow_periods_and_named_pieces():
    text = ("📌 ニーズ1　台所に立って料理を続けたい\n"
            "🎯 長期目標: 週3回は夕食を自分で作れる\n"
            "期間: 2027年5月1日 → 2028年4月30日\n"
            "⏱ 短期目標: 椅子に座って下ごしらえができる\n"
            "期間: 2027年5月1日 → 2027年10月31日\n"
            "🤝 サービス\n"
            "‣ 調理の練習と動作の助言 ｜ 訪問リハビリテーション ｜ リハビリ館ゆずりは ｜ 頻度: 週1回 ｜ 2027年5月1日 → 2027年10月31日\n")
    plan = parse_plan(text)
    _exact(plan)
    row = plan.service_rows()[0]
    assert row.text("短期目標") == "椅子に座って下ごしらえができる"
    assert row.text("長期目標期間") == "2027年5月1日 → 2028年4月30日"
    assert row.text("短期目標期間") == "2027年5月1日 → 2027年10月31日"
    assert (row.text("サービス種別"), row.text("事業所"), row.value("頻度"), row.text("サービス期間")) == (
        "訪問リハビリテーション", "リハビリ館ゆずりは", "週1回", "2027年5月1日 → 2027年10月31日")


def test_a_goal_period_wrapped_below_it_and_service_rules_read_as_letters():
    text = ("1 膝が痛くて畑まで歩けない\n"
            "  長期目標  畑まで歩いて行き、毎朝の水やりを自分で続けられる\n"
            "            (R9.1.10〜R9.12.31)\n"
            "  短期目標  家の前の通りを休まずに歩ける (R9.1.10〜R9.4.30)\n"
            "  サ一ビス内容\n"
            "   ・膝の運動と歩く練習 l ○ l 通所リハビリテ一ション l リハビリ館あおば l 週2回 l R9.1.10〜R9.4.30\n"
            "   ・毎朝の水やり l  l 本人 l  l 毎朝 l R9.1.10〜R9.4.30\n")
    plan = parse_plan(text)
    _exact(plan)
    assert plan.rows[0].text("長期目標期間") == "R9.1.10〜R9.12.31"
    services = [(r.text("サービス内容"), r.text("サービス種別"), r.value("頻度")) for r in plan.service_rows()]
    assert services == [("膝の運動と歩く練習", "通所リハビリテ一ション", "週2回"), ("毎朝の水やり", "本人", "毎朝")]


def test_speakers_in_brackets_and_words_cut_by_the_print_width():
    text = ("利用者及び家族の\n"
            "生活に対する意向\n"
            "（本人）膝が痛くても、朝の体操教室には自分の足で通い続け\n"
            "たい。\n"
            "（長男・同居）仕事で帰りが遅いので、夕方の様子が分からず心配で\n"
            "す。\n")
    plan = parse_plan(text)
    _exact(plan)
    assert [s.replace("\n", "") for s in _field(plan, INTENT_PERSON)] == ["膝が痛くても、朝の体操教室には自分の足で通い続けたい。"]
    assert [s.replace("\n", "") for s in _field(plan, INTENT_FAMILY)] == ["仕事で帰りが遅いので、夕方の様子が分からず心配です。"]


def test_a_reviewed_plan_reads_what_holds_now_not_the_previous_entries():
    text = ("課題１：階段を一人で上り下りしたい\n"
            "　長期目標\n"
            "　　【前回】手すりを使って二階へ上がれる（R8.4.1～R9.3.31）\n"
            "　　【今回】手すりと杖で、二階の寝室まで一人で上がれる（R9.4.1～R10.3.31）\n"
            "　短期目標\n"
            "　　【前回】五段上がれる（R8.4.1～R8.9.30）\n"
            "　　【今回】踊り場まで休まずに上がれる（R9.4.1～R9.9.30）\n"
            "　サービス\n"
            "　　【継続】階段昇降の練習／訪問リハビリテーション／リハビリ館つばめ／週1回／R9.4.1～R9.9.30\n"
            "　　【終了】歩行器の貸与／福祉用具貸与／ケアショップみどり\n")
    plan = parse_plan(text)
    _exact(plan)
    row = plan.rows[0]
    assert (row.text("長期目標"), row.text("短期目標")) == ("手すりと杖で、二階の寝室まで一人で上がれる", "踊り場まで休まずに上がれる")
    assert [r.text("サービス内容") for r in plan.service_rows()] == ["階段昇降の練習"]  # the ended rental is history


def test_a_shared_document_outline_with_nested_bullets_and_a_profession_in_brackets():
    text = ("• 本人の思い\n"
            "    ◦ 「朝市で野菜を売る手伝いを続けたい」\n"
            "• 課題1：腰の痛みで長く立っていられない\n"
            "    ◦ 長期目標：朝市で二時間立って店番ができる（R9.4〜R10.3）\n"
            "    ◦ サービス\n"
            "        ▪ 痛み止めの飲み方の確認｜居宅療養管理指導（薬剤師）｜あおば薬局｜月2回｜R9.4〜R9.9\n")
    plan = parse_plan(text)
    _exact(plan)
    assert _field(plan, INTENT_PERSON) == ["「朝市で野菜を売る手伝いを続けたい」"]
    row = plan.service_rows()[0]
    assert (row.text("サービス種別"), row.text("事業所")) == ("居宅療養管理指導（薬剤師）", "あおば薬局")
    assert not plan.unread


def test_labels_written_with_a_full_width_equals_sign():
    text = ("本人の意向＝「川べりの遊歩道をまた散歩したい」\n"
            "ニーズ＝膝の痛みで長く歩けない\n"
            "長期目標＝遊歩道を30分歩ける（R9.1〜R9.12）\n"
            "サービス＝膝の体操と歩く練習／通所リハビリテーション／リハビリ館せせらぎ／週2回／R9.1〜R9.6\n")
    plan = parse_plan(text)
    _exact(plan)
    assert _field(plan, INTENT_PERSON) == ["「川べりの遊歩道をまた散歩したい」"]
    row = plan.service_rows()[0]
    assert (row.text("ニーズ"), row.text("長期目標"), row.text("サービス種別")) == (
        "膝の痛みで長く歩けない", "遊歩道を30分歩ける", "通所リハビリテーション")

#!/usr/bin/env python3
"""Writes expected.P13.jsonl (annotations typed by hand, before any run of the reader)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
def S(content, type_, provider, frequency, period, **kw):
    d = {"content": content, "type": type_, "provider": provider, "frequency": frequency, "period": period}
    d.update(kw); return d
def G(text, period): return {"text": text, "period": period}
R = []
def rec(n, file, layouts, form, pi, fi, needs, lg, sg, sv, notes, **kw):
    d = {"id": f"P13-c{n:02d}", "file": file, "layouts": layouts, "form": form, "writer": "P13", "split": "blind8",
         "person_intent": pi, "family_intent": fi, "needs": needs, "long_goals": lg, "short_goals": sg,
         "services": sv, "notes": notes}
    d.update(kw); R.append(d)

# c01 national CSV pair
P = "2026/12/01～2027/05/31"; L = "2026/12/01～2027/11/30"
rec(1, "P13-c01_kokuho_csv_2hyo.csv", ["L10", "L5"], "居宅",
    ["手の震えはあるが、碁会所には自分の足で通い続けたい。夜中にトイレに行くときに転ぶのが怖い。"],
    ["夜中に何度も起きるので、転んだらと思うと眠れない。薬のことは私では分からないので、専門の方に見てほしい。"],
    ["すくみ足があっても、転ばずに家の中の移動や入浴をしたい", "薬の効き目が切れる時間を把握して、体調を整えたい", "碁会所に通って、仲間と碁を打つ楽しみを続けたい"],
    [G("自宅内を転倒せずに移動できる", L), G("浴室で転ばずに入浴を続けられる", L), G("薬の効く時間に合わせて一日の予定を立てられる", L), G("月2回は碁会所で対局できる", L)],
    [G("夜間のトイレまで手すりと歩行器を使って歩ける", P), G("シャワーチェアに座って体を洗える", P), G("服薬時間と体の動きやすさを毎日記録できる", P), G("送迎付きで外出し、2時間座って過ごせる", P)],
    [S("歩行・方向転換の練習、すくみ足への対処方法の指導", "訪問リハビリテーション", "北斗クリニック 訪問リハビリテーション", "週1回（火）", P),
     S("置き型手すり・歩行器の貸与", "福祉用具貸与", "福祉用具のまるやま", "毎日", P),
     S("夜間のトイレ移動時の見守りと足元灯の点灯", "妻", "", "毎晩", P),
     S("入浴介助（洗身・浴槽の出入りの介助）", "訪問介護", "ヘルパーステーションさつき", "週2回（水・土）", P),
     S("シャワーチェアの購入", "特定福祉用具販売", "福祉用具のまるやま", "1回", "2026/12/01～2026/12/31"),
     S("服薬状況の確認,副作用の観察,お薬カレンダーへのセット", "居宅療養管理指導", "ひまわり薬局 北店", "月2回", P),
     S("症状日誌（服薬時間・動きやすさ）の記入", "本人", "", "毎日", P),
     S("体調の観察、症状日誌をもとにした主治医との連絡調整", "訪問看護", "訪問看護ステーションあおぞら", "週1回（金）", P),
     S("個別機能訓練、入浴、レクリエーション（囲碁）", "通所介護", "デイサービス陽だまりの里", "週2回（月・木）", P),
     S("碁会所までの車での送り迎え", "碁会所の仲間（石田さん）", "", "月2回", P)],
    "National data-exchange CSV pair (ケアプランデータ連携標準仕様, 居宅サービス計画1表 + 2表), same 保険者番号 349012 + 被保険者番号 0000581234 + 作成日 20261201; written UTF-8 (not Shift_JIS) with CRLF, all text fields quoted, no header row. 2表: 22 items per row as the published list (CSVバージョン, 保険者番号, 被保険者番号, 居宅計画書作成年月日, 居宅サービス計画作成(変更)日, 課題NO, 課題, 援助目標NO, 長期目標, 短期目標, 長期期間, 短期期間, 援助内容NO, サービス内容, 保険対象区分, サービス種別, サービス事業者コード, サービス事業所名, 頻度, 実施期間, 更新業者コード, 識別子); 10 rows = 10 援助内容; 課題 and goals repeat on every row and are annotated once per 課題NO / (課題NO, 援助目標NO): 課題1 has two 援助目標. 保険対象区分 1/0 is not annotated; informal rows have 保険対象区分 0, the person/group in サービス種別 and empty code/事業所. One サービス内容 contains half-width commas inside the quotes (annotated as written, one service). 1表 (28 fields): the 意向 field (item 22 here) holds 本人：/妻： lines separated by CRLF inside the quotes; 妻's second line 「日中の身の回りのことは私が手伝っています。」 is a role line. 総合的な援助の方針 is not an intent.",
    files=["P13-c01_kokuho_csv_1hyo.csv", "P13-c01_kokuho_csv_2hyo.csv"])

# c02 「；」 services, 〔〕/【】 periods
P = "R8.12.3～R9.5.31"; L = "R8.12.3～R9.11.30"
rec(2, "P13-c02_fullwidth_semicolon_services.txt", ["N40", "L5"], "居宅",
    ["息が切れるのはつらいけれど、家のことは少しずつでも自分でやりたい。来年の春、孫の結婚式には必ず出たい。"],
    ["酸素のチューブに足を引っかけて転ばないか、夜一人のときに苦しくならないかが心配です。"],
    ["息切れを抑えながら、着替えや洗面を自分で続けたい", "掃除や買い物の負担を減らし、部屋を清潔に保ちたい", "体力をつけて、孫の結婚式に出席したい"],
    [G("酸素を使いながら、朝の身支度を自分で済ませられる", L), G("手伝いを受けながら、清潔な部屋で暮らし続けられる", L), G("式場で2時間、座って式に参列できる", P)],
    [G("動作の合間に休みを入れて、息切れが強くならずに着替えられる", P), G("掃除機かけをヘルパーと分担し、週1回は自分で拭き掃除ができる", P), G("送迎付きの外出で、半日疲れずに過ごせる", "R8.12.3～R9.2.28")],
    [S("呼吸状態と酸素飽和度の確認、口すぼめ呼吸の指導", "訪問看護", "訪問看護ステーションかもめ", "週1回（水）", P),
     S("口すぼめ呼吸をしながら、休み休み着替える", "本人", "", "毎日", P),
     S("シャワーチェアの購入", "特定福祉用具販売", "ケアショップあすなろ", "1回", "R8.12.3～R8.12.28"),
     S("掃除機かけ、浴室の掃除、調理の下ごしらえ", "訪問介護", "ヘルパーステーションうみねこ", "週2回（月・木）", P),
     S("食料品の買い物と冷蔵庫の整理", "長女", "", "週1回（土）", P),
     S("食材の宅配", "生協の個別配達", "コープかせん", "週1回（火）", P),
     S("下肢と呼吸筋の体操、入浴、昼食", "通所介護", "デイサービスいこいの森", "週2回（火・金）", "R8.12.3～R9.2.28"),
     S("外出用車いすの貸与", "福祉用具貸与", "ケアショップあすなろ", "必要時", P),
     S("結婚式当日の付き添いと携帯用酸素の管理", "長女・孫", "", "1回", "R9.4")],
    "Services one per line 「・［○］内容；種別；事業所；頻度；期間」 with full-width semicolons (legend line at the top); ○ before the content is ※1 (not part of the content); informal rows have an empty 事業所 field (；；). Goal periods in 〔〕 (needs 1, 3) or 【】 (need 2) right after the goal text, after a full-width space label 「長期目標　」. Speakers ご本人：/長女（市内在住）：; 長女's second line 「週末は私が泊まりに来ています。」 is a role line. 総合的な援助の方針 is not an intent. Long goal 3 has a 6-month period as written.")

# c03 print preview, page header repeated mid-table
P = "R8.12.1～R9.5.31"; L = "R8.12.1～R9.11.30"
rec(3, "P13-c03_print_preview_page_header.txt", ["N41", "L2"], "居宅", [], [],
    ["右手足が不自由でも、屋内を安全に移動したい", "湯船につかって、体を清潔に保ちたい", "妻が休める時間をつくり、二人で暮らし続けたい", "好きな釣りをもう一度楽しみたい"],
    [G("四点杖を使って家の中を一人で歩ける", L), G("週2回、安全に入浴できる", L), G("妻が体調を崩さずに介護を続けられる", L), G("友人と釣り堀に出かけられる", L)],
    [G("ベッドからトイレまで見守りで歩ける", P), G("介助を受けて浴槽に出入りできる", P), G("月に1回、妻が自分の通院や用事に出かけられる", P), G("車いすで近所の公園まで外出できる", P)],
    [S("歩行訓練、下肢装具の確認", "通所リハビリテーション", "介護老人保健施設つくしの丘", "週2回（月・木）", P),
     S("四点杖と廊下用手すりの貸与", "福祉用具貸与", "フクシアイ西店", "毎日", P),
     S("トイレと玄関への手すりの取付け", "住宅改修", "有限会社やまびこ建装", "1回", "R8.12.1～R8.12.25"),
     S("夜間のトイレ歩行の見守り", "妻", "", "毎晩", P),
     S("入浴介助（浴槽の出入り、洗身）", "通所リハビリテーション", "介護老人保健施設つくしの丘", "週2回（月・木）", P),
     S("自宅での清拭と更衣の介助", "訪問介護", "ヘルパーステーションかざぐるま", "週1回（土）", P),
     S("短期入所中の介護、機能訓練", "短期入所生活介護", "ショートステイみなと荘", "月1回（2泊3日）", P),
     S("外出用車いすの貸与", "福祉用具貸与", "フクシアイ西店", "外出時", P),
     S("釣り堀への外出の付き添い", "釣り仲間（木下さん）", "", "月1回", P)],
    "Care-software print preview copied as text: preview toolbar line, columns separated by runs of 4 half-width spaces, continuation rows start with a long run of spaces. The page footer (system name, 印刷日時) and the whole page header (title, 作成年月日, 利用者名, 「2 / 2 頁」, the column header row) are repeated between need 1's second and third service: the two rows after the repeated header still belong to need 1 (they are not a new need). Informal rows have empty ※1 and ※2, so their 種別 sits where ※1 would be. ※ footnotes, page header/footer text are not annotated. No 第1表 (no intents).")

# c04 reversed column order
P = "2026.12.01～2027.05.31"; L = "2026.12.01～2027.11.30"
rec(4, "P13-c04_reversed_columns.tsv", ["N42", "L2", "L5"], "居宅",
    ["指が痛くて瓶のふたも開けられない日がある。それでも筆を持って、教室の生徒さんに字を教え続けたい。"],
    ["遠方なので、母が一人で無理をしていないか心配です。痛みが強い日は家事を頼ってほしい。"],
    ["手指の痛みが強い日も、食事の用意ができるようにしたい", "関節の痛みと体調を管理し、悪化させずに過ごしたい", "書道教室を続け、生徒さんとのつながりを保ちたい"],
    [G("自助具を使い、朝と夕の食事を自分で用意できる", L), G("関節の腫れや痛みが悪化せずに過ごせる", L), G("週1回の書道教室を休まず開ける", L)],
    [G("痛みの強い日は調理の一部をヘルパーに任せ、食事を抜かない", P), G("服薬と痛みの記録を続け、受診時に主治医へ伝えられる", P), G("筆を持つ時間を1日20分続けられる", P)],
    [S("調理の下ごしらえと後片付け、買い物代行", "訪問介護", "ヘルパーステーション若葉", "週3回（月・水・金）", P),
     S("自助具（太柄スプーン・瓶オープナー）の選定と使い方の練習", "訪問リハビリテーション", "しらかば整形外科", "月2回", P),
     S("昼食の配達", "配食サービス", "ふれあい弁当", "週2回（火・土）", P),
     S("関節の状態と服薬の確認、生活動作の助言", "訪問看護", "訪問看護ステーションこだま", "隔週1回（木）", P),
     S("痛みの記録と朝の関節体操", "本人", "", "毎日", P),
     S("手指の機能訓練、入浴", "通所介護", "リハビリデイ風車", "週1回（火）", P),
     S("教室の準備と片付けの手伝い", "書道教室の生徒（田辺さん）", "", "週1回（日）", P)],
    "Excel TSV whose 第2表 columns run in reverse of the form: サービス内容, ※1, サービス種別, ※2, 頻度, 期間, 短期目標, （期間）, 長期目標, （期間）, 生活全般の解決すべき課題（ニーズ） LAST. The need and goals appear only on the first service row of each need (the merged cells), following rows leave the right-hand columns empty and belong to the need above. ※2 holds the provider. 第1表 as label/value rows above: 本人：/長男（県外）：, the 長男's second row (empty label) 「月に一度は帰省します。」 is a role line; his first row mixes worry and wish and is annotated whole.")

# c05 ⇒ chain with 【】 periods
P1 = "R8.12.2～R9.2.28"; P = "R8.12.2～R9.5.31"; L = "R8.12.2～R9.11.30"
rec(5, "P13-c05_arrow_chain_goals.txt", ["N43", "L3", "L5"], "居宅",
    ["もう一度、自分の足で氏神様までお参りに行きたい"],
    ["日中は私一人なので、お風呂の介助で義母を転ばせてしまわないか不安です"],
    ["手術した左脚をかばいながらも、家の中を安全に歩きたい", "お風呂に入って、さっぱりと清潔に過ごしたい", "近所の氏神様へのお参りを続けたい"],
    [G("伝い歩きで家の中を一人で移動できる", L), G("週2回入浴し、清潔に過ごせる", L), G("月に1度、神社まで歩いてお参りできる", L)],
    [G("歩行器を使ってトイレまで一人で歩ける", P1), G("介助を受けて、シャワー浴から浴槽での入浴に移れる", P), G("家の周りを歩行器で10分歩ける", P)],
    [S("下肢の筋力訓練、歩行器での歩行訓練", "通所リハビリテーション", "ひかり整形外科デイケア", "週2回（水・土）", P1),
     S("歩行器（四輪）の貸与", "福祉用具貸与", "ケアプラザ東", "毎日", P1),
     S("廊下の片付けと段差への目印のテープ貼り", "長男の妻", "", "1回", "R8.12.2～R8.12.15"),
     S("入浴介助（浴槽の出入り、背中と足先の洗身）", "訪問介護", "ヘルパーステーションみつば", "週2回（月・木）", P),
     S("浴槽台と浴槽手すりの購入", "特定福祉用具販売", "ケアプラザ東", "1回", "R8.12.2～R8.12.28"),
     S("屋外歩行の練習", "通所リハビリテーション", "ひかり整形外科デイケア", "週2回（水・土）", P),
     S("家の周りの散歩の付き添い", "長男", "", "週1回（日）", P)],
    "Each need on one line as 「課題N：need⇒長期目標：X【期間】⇒短期目標：Y【期間】」 (課題1, 3); 課題2 has the need on its own line and 「長期目標：X【期間】　⇒　短期目標：Y【期間】」 on the next. Services as 「・内容／※1／種別／事業所／頻度／期間」 bullets with empty fields as ／／. Speakers: ご本人は「…」と話される; 長男の妻より「…」とのこと (annotated without quotes/framing); 長男より「平日は仕事で帰りが遅いので、日曜日なら散歩に付き合えます」 is a role line (not a wish). Last line in brackets is a note, not plan content.")

# c06 予防 ■□ checkbox form
P1 = "2026年12月1日～2027年5月31日"; P2 = "2026年12月1日～2027年2月28日"
rec(6, "P13-c06_yobo_checkbox_form.txt", ["N44", "L6", "L5"], "予防",
    ["図書館まで休まずに行けるようになりたい", "ゴミ出しと風呂掃除は自分の役目として続けたい", "自治会の清掃にはまた顔を出したい"],
    ["無理をして転ばないでほしい"],
    ["腰のしびれで長く歩けず、外出や地域活動の機会が減っている", "前かがみの動作がつらく、家事の一部ができなくなっている"],
    [G("自治会の清掃活動に参加し、図書館へ歩いて通い続ける", "")],
    [G("休憩1回で図書館まで歩いて行ける", "6か月"), G("長柄のブラシを使って、風呂掃除を自分で続けられる", "3か月")],
    [S("腰を反らさない体操", "本人", "", "毎日", P1),
     S("図書館までの散歩への同行", "妻", "", "週2回", P1),
     S("体幹・下肢の筋力訓練、歩行距離を延ばす練習", "介護予防通所リハビリテーション", "すずらん整形外科 通所リハビリ", "週1回（水）", P1),
     S("長柄ブラシでの風呂掃除", "本人", "", "週2回", P2),
     S("浴室掃除の方法の確認と一緒に行う掃除", "介護予防訪問型サービス", "ホームヘルプ さざなみ", "週1回（金）", P2)],
    "予防 form with ■ (checked) / □ (unchecked) boxes everywhere: 要支援区分, 初回/紹介/継続, アセスメント領域 headings (□健康管理 = no issue), 領域における課題 有/無, and in the 支援計画 the self-care lines 「■本人：内容（頻度）」 and the service-kind line 「□介護予防訪問型サービス　■介護予防通所リハビリテーション …」: only ■ items are plan content; the service type is the ■-checked kind, the content is the 内容： line under it; an empty □ line (□近隣・地域：, □家族：) is not a service. Intents are quoted speech per area on one line (本人「…」　妻「…」), annotated without quotes; 妻「重い物は私が持つようにしています」 is a role line. 1年 = long goal (no period); goals with （6か月）/（3か月） keep them as periods; 課題に対する目標と具体策の提案 and 具体策についての意向 are not goals/intents.")

# c07 " / " table
P1 = "2026.12.1-2027.2.28"; P = "2026.12.1-2027.5.31"; L = "2026.12.1-2027.11.30"
rec(7, "P13-c07_slash_separated_table.txt", ["N45", "L5"], "居宅",
    ["家で妻と過ごしたい。いつかまた、好物の茶碗蒸しを一口でも食べたい。"],
    ["胃ろうの注入のやり方を、私一人でも覚えられるか不安です。床ずれができないようにしてあげたい。"],
    ["胃ろうで栄養をとり、体調を安定させて自宅で暮らしたい", "口の中を清潔に保ち、少しでも口から味わいたい", "床ずれを作らずに、清潔に過ごしたい", "妻が休息をとりながら介護を続けたい"],
    [G("肺炎や脱水を起こさずに自宅で過ごせる", L), G("誤嚥性肺炎を起こさずに、お楽しみ程度に口から味わえる", L), G("床ずれを作らずに過ごせる", L), G("妻が体調を崩さずに介護を続けられる", L)],
    [G("胃ろうからの注入を妻が安全に行える", P1), G("歯科の指導のもとで、ゼリーを数口食べられる", P), G("週1回の入浴と体位変換で、皮膚の赤みが出ない", P), G("月に数日、妻がゆっくり休める", P)],
    [S("胃ろう部の管理、注入手技の指導、体調の観察", "訪問看護", "訪問看護ステーションほたる", "週2回(月・木)", P1),
     S("朝・昼・夕の注入と胃ろう周囲の清拭", "妻", "", "毎日", P1),
     S("口腔ケア、嚥下機能の評価と指導", "居宅療養管理指導", "かしわぎ歯科医院（歯科衛生士）", "月2回", P),
     S("歯みがきと口の保湿", "訪問介護", "ヘルパーステーションのぞみ野", "毎日(朝)", P),
     S("訪問入浴", "訪問入浴介護", "アクア入浴サービス西", "週1回(火)", P),
     S("体圧分散マットレスと特殊寝台の貸与", "福祉用具貸与", "ケアサポートいぶき", "毎日", P),
     S("2時間ごとの体位変換", "妻・長男", "", "毎日", P),
     S("短期入所中の栄養管理と介護", "短期入所療養介護", "介護老人保健施設あおば", "月1回(3泊4日)", P)],
    "第2表 as plain lines whose 11 cells are separated by \" / \" (space, slash, space), header line first; continuation rows start with \" /  /  /  /  / \" (empty need/goal cells); informal rows have empty ※1/※2 cells. Periods with half-width hyphen 2026.12.1-2027.2.28 and half-width brackets (月・木) as written. Speakers: 本人（筆談）：/妻：/長男：; 長男's line is a role line; 妻's line mixes worry and wish (annotated whole). Footnote line not annotated.")

# c08 予防, label then value two lines below
P1 = "R8.12.1～R9.5.31"; P2 = "R8.12.1～R9.2.28"
rec(8, "P13-c08_yobo_label_value_below.txt", ["N46", "L6", "L5"], "予防",
    ["骨が折れてから外に出るのが怖くなったけれど、カラオケ教室にはまた通いたい。"],
    ["妻がまた楽しそうに出かけられるようになってほしい。"],
    ["背中の痛みと転倒への不安から外出が減り、足の筋力が落ちている", "重い物が持てず、食料品の買い物や布団の上げ下ろしが難しくなっている"],
    [G("カラオケ教室に毎週通い、春の発表会で一曲歌う", "")],
    [G("休憩しながら15分歩いて、カラオケ教室のある公民館まで行ける", "6か月後"), G("重い物の買い物を手伝ってもらい、食材を切らさずに暮らせる", "3か月後")],
    [S("背筋と足の運動", "本人", "", "毎日", P1),
     S("公民館までの同行", "カラオケ仲間の北村さん", "", "週1回", P1),
     S("運動器機能向上の体操、送迎", "介護予防通所型サービス", "デイサービス虹の丘", "週1回（金）", P1),
     S("軽い物の買い物", "夫", "", "週2回", P2),
     S("重い食料品の買い物、布団干し", "介護予防訪問型サービス", "ヘルパーステーションこもも", "週1回（火）", P2)],
    "予防 form copied from a two-column PDF: every label is on its own line and its value starts two lines below (after one blank line), the next label follows the value immediately; no colons. 目標とする生活（１年） = long goal (no period); （１日） not a goal. 総合的課題 ①② = needs (annotated without the circled number). 目標① / 目標② each with (6か月後)/(3か月後) kept as period; its 支援計画 follows as label/value pairs, self-care items 「内容（種別・頻度）」 with the block's 期間. 夫's first line 「私も足が悪いので、買い物に一緒に行くのは難しい。」 states a limitation (role), not a wish. 課題に対する目標と具体策の提案 / 具体策についての意向 are not goals/intents.")

# c09 居宅 with 予防-style staged goals
P = "R8.12～R9.5"; L = "R8.12～R9.11"; P3 = "R8.12～R9.2"
rec(9, "P13-c09_kyotaku_staged_goals.txt", ["N47", "L3", "L4", "L5"], "居宅",
    ["施設には入らん。この家で、最後まで自分のことは自分でやって暮らしたい"],
    ["遠くてすぐに来られないので、一人で倒れていないかが一番心配です"],
    ["肺炎で入院してから体力が落ちたが、一人暮らしを続けたい", "銭湯に通い、湯につかる楽しみを取り戻したい", "夜中や体調が悪いときに、すぐ助けを呼べるようにしたい"],
    [G("入院前のように、一人で買い物と食事の用意ができる", L), G("近所の銭湯に週1回通える", L), G("体調が急に悪くなったときに助けを呼び、早めに受診できる", L)],
    [G("近所のスーパーまで休みながら歩いて行ける", "3か月後"), G("週3回は自分で簡単な食事を作れる", "6か月後"),
     G("デイサービスで浴槽に一人で出入りできる", "3か月後"), G("知人と一緒に銭湯まで歩いて行ける", "6か月後"),
     G("緊急通報装置の使い方を覚え、毎朝ボタンで元気を知らせられる", P3)],
    [S("筋力と持久力の訓練、入浴、昼食", "通所介護", "デイサービスふくろう", "週2回（火・金）", P),
     S("スーパーへの買い物同行、一緒に行う調理", "訪問介護", "ヘルパーステーションあかね", "週2回（月・木）", P),
     S("夕食の宅配と受け取り時の安否確認", "配食サービス", "まんぷく弁当", "毎日（夕）", P),
     S("浴槽の出入りの練習", "通所介護", "デイサービスふくろう", "週2回（火・金）", P),
     S("銭湯への同行", "近所の知人・大島さん", "", "月2回", "R9.3～R9.5"),
     S("緊急通報装置の貸与と24時間の相談対応", "市の緊急通報サービス", "市高齢福祉課", "毎日", P3),
     S("毎晩の電話での安否確認", "長女", "", "毎晩", P3),
     S("月1回の訪問と声かけ", "民生委員の水野さん", "", "月1回", P3)],
    "居宅 第2表 with 予防-style staged short goals: under 「短期目標（段階的に設定）」 two bullets 「3か月後：X」「6か月後：Y」 = two short goals whose period is the stage (as the 予防 convention); need 3 has an ordinary 短期目標（期間）：. Long-goal periods inside the label 「長期目標（R8.12～R9.11）：」 (L4). Services 「・内容（種別：事業所）頻度　期間」; informal ones 「・内容（人）頻度　期間」 (type = the person, provider empty; 「近所の知人・大島さん」 as written). Speakers 本人：「…」 / 長女（大阪在住）：「…」 (annotated inside the quotes); 長女's second line (毎晩8時に電話) is a role line.")

# c10 予防 letter-spaced labels + full/half-width
P1 = "Ｒ８．１２．１～Ｒ９．５．３１"; P2 = "Ｒ８．１２．１～Ｒ９．２．２８"
rec(10, "P13-c10_yobo_letterspaced_labels.txt", ["N48", "L6", "L9", "L5"], "予防",
    ["股関節が痛むけれど、吟行の仲間と一緒に歩いて季節を感じたい。"],
    ["母は父の世話で自分のことが後回しになっている。母自身の体も大事にしてほしい。"],
    ["股関節の痛みで長い距離が歩けず、俳句の会の吟行に参加できていない", "夫の世話と家事が重なり、自分が休む時間をとれていない"],
    [G("俳句の会の吟行に参加し、会の句集に自分の句を載せる", "")],
    [G("痛みを悪化させずに、公園の吟行コースを休みながら歩ける", "６か月"), G("週１回は自分のための時間を持てる", "３か月")],
    [S("股関節の体操", "本人", "", "毎日", P1),
     S("吟行時の荷物持ちと見守り", "俳句の会の仲間", "", "月１回", P1),
     S("股関節周りの筋力訓練、歩行練習", "介護予防通所ﾘﾊﾋﾞﾘﾃｰｼｮﾝ", "ｸﾘﾆｯｸほしかわ 通所ﾘﾊ", "週１回（月）", P1),
     S("父の見守りと外出", "次男", "", "毎週土曜", P2),
     S("掃除と洗濯物の取り込み", "介護予防訪問型ｻｰﾋﾞｽ", "ﾍﾙﾊﾟｰｽﾃｰｼｮﾝすみれ", "週１回（木）", P2)],
    "予防 form copied from a PDF with letter-spaced labels: every label has a space (half- or full-width) between its characters (「目 標 と す る 生 活」「総 合 的 課 題」「目　　　標」「サ ー ビ ス 種 別」, 「１　　日」 / 「１　　年」); values are not spaced. Full-width digits and dots in dates (Ｒ８．１２．１～Ｒ９．５．３１) and frequencies (週１回), half-width katakana in types/providers (介護予防通所ﾘﾊﾋﾞﾘﾃｰｼｮﾝ, ﾍﾙﾊﾟｰｽﾃｰｼｮﾝすみれ) — annotated as written. Intents in their own block: 本人：/次男：; 次男's second line (土曜日は父を連れ出して…) is a role line. 1年 = long goal (no period); 目標 ①② with （６か月）/（３か月） kept as periods; self-care 「・内容（種別・頻度）」 with the block's 期間. アセスメント領域 status text is not an intent.")

# c11 filled-down merged cells
P = "2026/12/01～2027/05/31"; L = "2026/12/01～2027/11/30"
rec(11, "P13-c11_filled_down_merged_cells.tsv", ["N49", "L2", "L5"], "居宅",
    ["痛みさえ抑えられれば、家で孫の顔を見ながら過ごしたい。春の運動会も見に行きたい。"],
    ["最期まで家で看てあげたいが、夜中に痛がったときにどうしたらいいか不安です。"],
    ["痛みを和らげ、穏やかに自宅で過ごしたい", "床ずれを防ぎ、楽な姿勢で過ごしたい", "孫の運動会を見に行きたい"],
    [G("痛みが落ち着き、夜もぐっすり眠れる", L), G("床ずれを作らずに、楽な姿勢で過ごせる", L), G("車いすで孫の学校行事に出かけられる", L)],
    [G("痛みが強いときに頓服を使い、家族が訪問看護に連絡できる", P), G("電動ベッドとエアマットを使い、体の向きを楽に変えられる", P), G("週1回は湯船につかって体を温められる", P), G("車いすに1時間座っていられる", P)],
    [S("痛みの観察、服薬管理、緊急時の訪問（24時間対応）", "訪問看護", "訪問看護ステーションいずみ", "週2回（月・木）、緊急時随時", P),
     S("医療用麻薬の服薬指導と残薬の確認", "居宅療養管理指導", "みどり調剤薬局", "月2回", P),
     S("夜間の痛みの様子を記録し、強いときは連絡する", "妻", "", "毎晩", P),
     S("特殊寝台・エアマットの貸与", "福祉用具貸与", "フクシ館ひがし", "毎日", P),
     S("体位変換、清拭、おむつ交換", "訪問介護", "ヘルパーセンターたんぽぽ", "毎日（朝・夕）", P),
     S("訪問入浴", "訪問入浴介護", "やすらぎ入浴サービス", "週1回（水）", P),
     S("車いすと座位保持クッションの貸与", "福祉用具貸与", "フクシ館ひがし", "外出時", P),
     S("運動会当日の送迎と付き添い", "長女", "", "1回", "2027/05")],
    "Excel TSV pasted after unmerging cells with fill-down: 課題番号, need, long goal, its period, short goal and its period are repeated on EVERY service row; each distinct need/goal is annotated once (8 rows → 3 needs, 3 long goals, 4 short goals: need 2 has one long goal and two short goals, told apart only by the short-goal cell). 第1表 intents come AFTER the table as label/value rows 本人の意向 / 家族の意向（妻） / 家族の意向（長女）; the 長女's row 「平日の夜と週末は私が泊まり込みます。」 is a role line. Frequency 「週2回（月・木）、緊急時随時」 kept whole.")

# c12 markdown with <br>-stacked services + week grid
P = "R8.12.1～R9.5.31"; L = "R8.12.1～R9.11.30"
rec(12, "P13-c12_markdown_br_stacked_weekgrid.txt", ["N50", "L1", "L7", "L4", "L5"], "居宅",
    ["体がふらついて怖いけれど、孫にお菓子を作ってあげる楽しみは続けたい。"],
    ["転んで骨を折らないかが心配。本人のやりたいことは続けさせてやりたい。"],
    ["ふらつきがあっても、台所で孫のおやつを作りたい", "転ばずに家の中を移動し、トイレに自分で行きたい", "人と話す機会を持ち、気持ちを明るく保ちたい"],
    [G("椅子に座って、週1回お菓子作りができる", L), G("歩行器で家の中を転ばずに移動できる", L), G("週2回、家族以外の人と会話を楽しめる", L)],
    [G("台所での立ち座りがふらつかずにできる", P), G("夜間はポータブルトイレを使い、転倒せずに過ごせる", P), G("デイサービスで趣味の合う人と話ができる", P)],
    [S("バランス訓練、立ち座りの練習", "訪問リハビリテーション", "県立みさと病院 訪問リハビリ", "週1回（月）", P, frequency_from_grid=True),
     S("台所の動線の確認と作業用椅子の配置", "訪問リハビリテーション", "県立みさと病院 訪問リハビリ", "月1回", P),
     S("お菓子の材料の買い出し", "夫", "", "週1回", P),
     S("室内用歩行器の貸与", "福祉用具貸与", "レンタルケア千代田", "毎日", P),
     S("ポータブルトイレ（家具調）の購入", "特定福祉用具販売", "レンタルケア千代田", "1回", "R8.12.1～R8.12.31"),
     S("夜間の見守りと声かけ", "夫", "", "毎晩", P),
     S("入浴、機能訓練、調理レクリエーション", "通所介護", "デイサービスあんず", "週2回（火・金）", P, frequency_from_grid=True),
     S("患者会の集まりへの参加", "患者・家族の会「かけはし」", "", "月1回", P)],
    "Markdown table (outer pipes, |---|) exported from a note app: one table row per need, and the services of that need stacked inside the cells with <br> — the k-th <br>-segment of サービス内容, ※1, 種別, ※2, 頻度, 期間 belong together (an empty segment = empty field; the informal rows have empty ※1/※2 segments, a trailing <br> before |). <br> is a separator, never part of a string. Goal cells carry their period in （） (「長期目標（期間）」 header, L4). Two 頻度 segments say 「週間計画表のとおり」: counted from the 第3表 pipe grid (訪問リハ only 月 14:00 → 週1回（月）; 通所介護 火・金 in two time rows → 週2回（火・金）). 週単位以外のサービス and 主な日常生活上の活動 are not annotated. Speakers as list items 「- 本人: 」「- 夫: 」; 夫's second line is a role line.")

# c13 予防, staged goal on two lines
P = "2026/12/1～2027/5/31"
rec(13, "P13-c13_yobo_staged_lines.txt", ["L6", "L4", "L5"], "予防",
    ["サロンには昔の同僚がいるので、行ってみたい。", "簡単なものでいいから、料理を覚えたい。", "病院通いはこれまでどおり自分で続けたい。"],
    ["父が家に閉じこもっているのが心配。人と話す場に出てほしい。"],
    ["外出の機会が減り、脚力と体力が落ちている", "食事の用意ができず、栄養が偏っている", "血圧の変動があり、家庭での自己管理が必要である"],
    [G("地区のふれあいサロンに毎週通い、仲間と昼食をとる", "")],
    [G("週１回、ふれあいサロンに参加できる", "３か月後"), G("サロンまでの坂道を休まずに歩いて通える", "６か月後"), G("朝食を自分で用意できる", "６か月"), G("毎朝血圧を測って、手帳に記録できる", "６か月")],
    [S("15分の散歩", "本人", "", "毎日", P),
     S("サロンへの声かけと同行", "民生委員の石原さん", "", "週1回", P),
     S("下肢筋力と持久力の運動、送迎", "介護予防通所型サービス", "デイサービスけやき", "週１回（水）", P),
     S("食材の配達", "長女", "", "週1回", P),
     S("簡単な朝食づくりを一緒に行う", "介護予防訪問型サービス", "ホームヘルプつばめ", "週１回（月）", P),
     S("血圧測定と手帳への記録", "本人", "", "毎朝", P)],
    "予防 form as plain text: 目標とする生活 １日/１年 with full-width digits and no colon; アセスメント領域 as 【】 headings with status, then 本人：/長女： lines (長女「食材は私が週末にまとめて届けます。」 = role line). Staged goal ① over two lines (「①３か月後：X」 / indented 「６か月後：Y」) = two short goals with the stage as period; ②③ with （６か月）. 支援計画 per goal: two informal items on one line separated by ／ (「内容（種別・頻度）」); 目標③ has 「（なし）」 and 「－」 for the insured service: no service row other than the self-care item. 課題に対する目標と具体策の提案 / 具体策についての意向 are not goals/intents.")

# c14 dictation run-on
P = "R8.12.2〜R9.5.31"; L = "R8.12.2〜R9.11.30"; P2 = "R8.12.2〜R9.2.28"
rec(14, "P13-c14_dictation_runon.txt", ["N51", "L8", "L5"], "居宅",
    ["頭の手術をしてから足元がふらつくが、行きつけの床屋と、春のお彼岸の墓参りには自分の足で行きたい"],
    ["また転んで頭を打たないかが心配です。私も腰が悪いので、お風呂の介助はお願いしたい"],
    ["ふらつきがあっても転ばずに歩きたい", "安心してお風呂に入りたい", "床屋や墓参りに出かけて、気分転換をしたい"],
    [G("杖を使って近所を転ばずに歩ける", L), G("週2回、安全に入浴できる", L), G("春のお彼岸に家族と墓参りに行ける", "R8.12.2〜R9.3.31")],
    [G("家の中を杖で安定して歩ける", P), G("手すりと浴槽台を使い、見守りで浴槽をまたげる", P2), G("月1回、付き添いで床屋まで歩いて行ける", P2)],
    [S("バランス訓練と歩行訓練", "通所リハビリテーション", "医療法人つばさ会 通所リハつばさ", "週2回（月・木）", P),
     S("多点杖の貸与", "福祉用具貸与", "ケアネット南", "毎日", P),
     S("頭痛やふらつきなど術後の症状の観察", "訪問看護", "訪問看護ステーションしおさい", "月2回", P),
     S("浴室の手すりの取付け", "住宅改修", "株式会社すまいる工房", "1回", "R8.12.2〜R8.12.27"),
     S("浴槽台の購入", "特定福祉用具販売", "ケアネット南", "1回", "R8.12.2〜R8.12.27"),
     S("入浴の見守りと洗身の介助", "訪問介護", "ヘルパーステーションひいらぎ", "週2回（火・金）", P2),
     S("床屋への付き添い", "長男", "", "月1回", P2),
     S("お彼岸の墓参りの車での送迎", "長男", "", "1回", "R9.3")],
    "Dictated (voice input) plan typed as ONE run-on paragraph after a title line: intents as 「…」とのこと, then 「課題N need、長期目標はX（期間）、短期目標はY（期間）、サービスは、…」 with services as clauses in varying order (「種別（事業所）が頻度、内容、期間…」 / 「種別（事業所）で内容、頻度、期間…」 / 「長男が頻度、内容、期間…」 / 「内容も長男、頻度、期間…」). New convention: 「期間は同じ」 = the period of the previous service of the same need (多点杖 → R8.12.2〜R9.5.31, 浴槽台 → R8.12.2〜R8.12.27). 長男は「月に一度は車を出せます」 is a role line. 〜 is U+301C as written. Last sentence (総合的な援助の方針は別途入力) is not content.")

with open(os.path.join(HERE, "expected.P13.jsonl"), "w", encoding="utf-8") as f:
    for d in R:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(R), "records")

#!/usr/bin/env python3
"""Writes expected.P14.jsonl (annotations typed by hand, before any run of the reader)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
def S(content, type_, provider, frequency, period, **kw):
    d = {"content": content, "type": type_, "provider": provider, "frequency": frequency, "period": period}
    d.update(kw); return d
def G(text, period): return {"text": text, "period": period}
def J(parts, **kw):
    d = {"text": "".join(parts), "parts": parts}; d.update(kw); return d
R = []
def rec(n, file, layouts, form, pi, fi, needs, lg, sg, sv, notes, **kw):
    d = {"id": f"P14-c{n:02d}", "file": file, "layouts": layouts, "form": form, "writer": "P14", "split": "blind9",
         "person_intent": pi, "family_intent": fi, "needs": needs, "long_goals": lg, "short_goals": sg,
         "services": sv, "notes": notes}
    d.update(kw); R.append(d)

# c01 print preview, a service row split over a page break
P = "R9.1.6～R9.6.30"; L = "R9.1.6～R9.12.31"
c01_split = J(["体調の観察（体重・血圧・脈拍・下肢の", "むくみ）、服薬の確認、異常時の主治医", "への連絡"], page_split=True)
rec(1, "P14-c01_print_preview_row_split_over_pages.txt", ["N60", "L5"], "居宅",
    ["入院はもうこりごりだ。庭の盆栽の手入れをしながら、家で妻と静かに暮らしたい。"],
    ["減塩の料理の作り方がよく分からず困っています。主人がまた息苦しくならないよう、体調の変化に早めに気づいてほしい。"],
    ["息切れやむくみの悪化に早く気づき、再入院せずに自宅で暮らしたい", "塩分と水分の制限を守った食事を、妻と無理なく続けたい", "息切れせずに庭に出て、盆栽の手入れを続けたい"],
    [G("心不全の悪化で入院することなく、自宅で妻と暮らし続けられる", L), G("減塩の食事が習慣になり、むくみが出ずに過ごせる", L), G("庭で盆栽の水やりと剪定を続けられる", L)],
    [G("毎朝の体重と血圧を測って記録し、2kg以上の増加を訪問看護に伝えられる", P), G("配食と妻の調理を組み合わせ、1日の塩分6g未満の食事を続けられる", P), G("休みを入れながら、庭で15分作業ができる", P)],
    [S("体重・血圧の測定と体調ノートへの記入", "本人", "", "毎朝", P),
     S("飲み残しの確認、一包化の調整", "居宅療養管理指導", "みなみ調剤薬局", "月2回", P),
     S(c01_split["text"], "訪問看護", "訪問看護ステーションあけぼの", "週1回（火）", P),
     S("減塩食（夕食）の配達", "配食サービス", "配食のさくら亭", "週5回（月～金）", P),
     S("妻と一緒に減塩の味付けを工夫しながらの調理", "訪問介護", "ヘルパーステーションすずかけ", "週1回（木）", P),
     S("1日の水分量の記録", "妻", "", "毎日", P),
     S("心臓リハビリ（有酸素運動、下肢筋力訓練）", "通所リハビリテーション", "あさひ循環器クリニック", "週2回（水・土）", P),
     S("勝手口から庭への手すりの取付け", "住宅改修", "有限会社いしだ工務店", "1回", "R9.1.6～R9.2.28"),
     S("盆栽の植え替えの手伝い", "盆栽仲間（小野寺さん）", "", "春と秋", L)],
    "Care-software print preview copied as text (toolbar line, page footer 「ケアマネ支援システム … 印刷日時」 + 「－ N / 3 －」, repeated page header 第2表 title / 利用者名 and the repeated service column header). 第1表 on page 1: intents under 利用者及び家族の生活に対する意向を踏まえた課題分析の結果 as 本人：/妻：/長男： lines; 長男's line (土曜日の買い物は私が引き受けます) is a role line; the paragraph after them is the 課題分析の結果, not an intent. 第2表 in blocks 【課題N】 + need line + 「長期目標　X　　（期間）」 / 「短期目標　…」 + a space-aligned service table (内容, ※1, 種別, ※2, 頻度, 期間). The last service of 課題1 wraps in its content column over two lines on page 2 and its third line 「への連絡」 continues on page 3 after the footer and the repeated page + column header (page_split join); the other columns are on its first line only. Informal rows have an empty ※1, so the person sits in the 種別 column. 「週5回（月～金）R9.1.6～R9.6.30」 / 「週2回（水・土）R9.1.6～R9.6.30」 have no space between 頻度 and 期間 (column overflow). ※ footnotes, toolbar and page furniture are not annotated.",
    joined_from_lines=[c01_split])

# c02 email to the supervisor
P = "R9.2.1～R9.7.31"; L = "R9.2.1～R10.1.31"
rec(2, "P14-c02_email_to_supervisor.txt", ["N61", "L5", "L8"], "居宅",
    ["電車の模型をいじっている時が一番落ち着く。家から出されるのは嫌だ"],
    ["夕方になると外に出て行こうとするので目が離せない。週に何日かは昼間に横になって休みたい"],
    ["道に迷う心配なく、なじみの場所へ出かけたい", "奥様が息抜きできる日をつくり、夫婦での生活を続けたい"],
    [G("家族や仲間と一緒に、模型店や駅へ安心して出かけられる", L), G("奥様が疲れをためずに、自宅での介護を続けられる", L)],
    [G("見守りの機器を身につけ、行き先を家族に伝えてから出かけられる", P), G("月に1回、奥様がまとまった休息をとれる", P)],
    [S("認知症老人徘徊感知機器の貸与", "福祉用具貸与", "ケアリース北斗", "毎日", P),
     S("模型店への同行", "鉄道模型の会の仲間（村井さん）", "", "月2回", P),
     S("宿泊中の介護と服薬管理", "短期入所生活介護", "ショートステイかすが苑", "月1回（3泊4日）", P),
     S("週末に来て、ご本人と駅まで散歩", "長男さん", "", "週1回（日）", P)],
    "Plan draft written as an e-mail to the supervisor (主任): mail headers, greeting, signature. Intents as reported speech: ご本人は「…」と話されています / 奥様からは「…」とのことです (annotated inside the quotes); 次女さんは「毎週水曜の夜に電話で様子を聞いています」 is a role line. Needs as 「一つ目のニーズは「X」です。」「二つ目は「X」です。」; goals as 長期目標『X』（期間） / 短期目標『X』（期間） (annotated inside 『』). Services as 「・種別（事業所）：内容　頻度　期間」 or for informal ones 「・人：内容　頻度　期間」 (長男さん as written). NOT a service: 「・（検討中）市のGPS端末貸出事業 → … 今回は入れていません」. The writer's questions to the supervisor (短期目標の「身につけ」が…, 二つ目のニーズは…) are not plan content; the quoted 「身につけ」 is not a goal.")

# c03 key: value blocks per service
P = "2027-01-15 ~ 2027-06-30"; L = "2027-01-15 ~ 2027-12-31"
rec(3, "P14-c03_key_value_blocks.txt", ["N62", "L7", "L5"], "居宅",
    ["足の傷が治るまでは無理をしない。でも民謡の稽古だけはやめたくない。"],
    ["注射のことは目が悪くて手伝えないので、看護師さんに見てもらいたい。"],
    ["血糖を安定させ、低血糖を起こさずに過ごしたい", "足の傷を治し、悪化させずに歩きたい", "民謡の稽古を続け、仲間との付き合いを保ちたい"],
    [G("低血糖で倒れることなく、血糖が安定した状態で暮らせる", L), G("足の傷が治り、靴を履いて近所を歩ける", L), G("秋の民謡発表会に出演できる", "2027-01-15 ~ 2027-10-31")],
    [G("決まった時間にインスリンを打ち、食事を抜かずにとれる", P), G("毎日足の裏と指の間を確認し、傷の処置を続けられる", P), G("送迎を受けて、月2回の稽古に通える", P)],
    [S("インスリン注射と血糖測定の確認、低血糖時の対応の指導", "訪問看護", "訪問看護ステーションみさき", "週2回(月・木)", P),
     S("朝食と夕食の調理、食事量の確認", "訪問介護", "ヘルパーステーションかすみ", "週4回（月・火・木・金）", P, frequency_from_grid=True),
     S("血糖値を測って自己管理ノートに書く", "本人", "", "毎朝", P),
     S("足の傷の処置と観察、爪切りなどのフットケア", "訪問看護", "訪問看護ステーションみさき", "週2回(月・木)", P),
     S("入浴後の足の観察と保湿", "夫", "", "入浴日", P),
     S("入浴介助、下肢の筋力訓練", "通所介護", "デイサービス若草苑", "週1回(水)", P),
     S("稽古場まで車に同乗させてもらう", "民謡仲間（岡部さん）", "", "月2回", P),
     S("外出用の歩行車の貸与", "福祉用具貸与", "ケアレンタル晴海", "外出時", P)],
    "Plan exported as key: value text with half-width colons: 第1表 keys (本人の意向, 家族の意向(夫), 家族の意向(長男の妻)); 第2表 as [ニーズN] blocks (ニーズ, 長期目標, 長期目標期間, 短期目標, 短期目標期間) each followed by indented [サービスN-M] blocks (内容, 保険給付, 種別, 事業所, 頻度, 期間); informal blocks have empty 保険給付/事業所 values. 長男の妻's line 「週に一度は様子を見に寄ります。」 is a role line; 夫's line (limitation + wish) is annotated whole. Periods with half-width ' ~ ' as written. 第3表 as one line per weekday 「曜: HH:MM-HH:MM 種別 / …」: サービス1-2's 頻度 says 「週間予定のとおり」 and is counted from it (訪問介護 on 月・火・木・金 → 週4回（月・火・木・金）, frequency_from_grid). 主な日常生活上の活動 and 週単位以外のサービス are not annotated.")

# c04 transposed table (needs as columns)
P = "2027/02/01～2027/07/31"; L = "2027/02/01～2028/01/31"
rec(4, "P14-c04_transposed_need_columns.tsv", ["N63", "L2", "L5"], "居宅",
    ["体が思うように動かなくなってきたが、カメラを持って外に出たい。人と話すのもおっくうになってきた。"],
    ["ふらついて倒れやしないか、いつもひやひやしています。写真の仲間との付き合いは続けさせてあげたい。"],
    ["体が揺れてよろけても、家の中を安全に移動したい", "言葉が聞き取りにくくなっても、人と話す機会を持ちたい", "写真を撮りに出かける楽しみを続けたい", "飲み込みにくさがあっても、むせずに食事をとりたい"],
    [G("伝い歩きと歩行器で、転ばずに家の中を移動できる", L), G("写真クラブの例会に参加し、仲間と作品について話せる", L), G("季節ごとに近所の公園へ撮影に出かけられる", L), G("むせずに3食を口から食べ続けられる", L)],
    [G("夜中のトイレにも、センサーライトを頼りに歩行器で行ける", P), G("ゆっくり区切って話し、初めて会う人にも用件を伝えられる", P), G("車いすを使って、月1回は公園まで出かけられる", P), G("とろみをつけた汁物を、むせずに飲める", P)],
    [S("歩行訓練、転倒しにくい立ち上がり方の練習", "訪問リハビリテーション", "かえで脳神経内科 訪問リハビリ", "週1回（月）", P),
     S("歩行器と廊下の手すりの貸与", "福祉用具貸与", "福祉用具センターあおば", "毎日", P),
     S("入浴介助、立位バランスの訓練", "通所介護", "リハビリデイのぞみ", "週2回（火・金）", P),
     S("発声と構音の訓練", "訪問リハビリテーション", "かえで脳神経内科 訪問リハビリ", "週1回（木）", P),
     S("写真クラブの例会への送り迎え", "写真クラブ「光彩会」の仲間", "", "月1回", P),
     S("車いすでの外出の付き添い", "妻", "", "月1回", P),
     S("屋外用の車いすの貸与", "福祉用具貸与", "福祉用具センターあおば", "外出時", P),
     S("嚥下の評価、食事の姿勢と食形態の助言", "居宅療養管理指導", "すずかけ歯科クリニック", "月1回", P),
     S("とろみ剤を使った汁物とお茶の準備", "妻", "", "毎食", P)],
    "Excel TSV with the 第2表 transposed: column A holds the field names, columns B–E are ニーズ1–4, one row per field (生活全般の解決すべき課題（ニーズ）, 長期目標, （期間）, 短期目標, （期間）, then per service slot サービス内容①/②/③, ※1, サービス種別, ※2, 頻度, 期間 — the slot number is only on the サービス内容 row). A service is the slot's rows in one need column; empty slot cells (needs 2–4 have no ③) are not services. 第1表 intents as label/value rows above the table (本人の意向 / 家族の意向（妻）). The 備考 row is not annotated. Services listed need by need, slot by slot.")

# c05 English-mixed labels
P = "2027/02/01-2027/07/31"; L = "2027/02/01-2028/01/31"
rec(5, "P14-c05_english_mixed_labels.txt", ["N64", "L5"], "居宅",
    ["透析の日はぐったりしてしまうが、休みの日は川べりを散歩して、釣り人と世間話がしたい。"],
    ["I want him to come home safely from dialysis. 帰り道で倒れないか、とても心配です。"],
    ["週3回の透析に、安全に通い続けたい", "水分と食事の制限を守り、むくみや息苦しさを防ぎたい", "足腰の力を保ち、川べりの散歩を続けたい"],
    [G("透析を休まずに通い、体調を保てる", L), G("透析の間の体重増加を、決められた範囲に保てる", L), G("透析のない日に、川べりを30分散歩できる", L)],
    [G("介助を受けて、車の乗り降りを安全にできる", P), G("毎日の体重と飲んだ水分の量を記録し、透析室に持って行ける", P), G("透析のない日に下肢の体操を続け、15分歩ける", P)],
    [S("通院時の乗車・降車の介助", "訪問介護（通院等乗降介助）", "介護タクシーあゆみ", "週3回(月・水・金)", P),
     S("透析後の休息の見守り、帰宅後の血圧測定", "妻", "", "after each dialysis", P),
     S("体重・水分量の記録", "本人", "", "daily", P),
     S("妻へのカリウムと塩分を控えた調理方法の助言", "居宅療養管理指導（管理栄養士）", "はまかぜ腎クリニック", "月2回", P),
     S("掃除、買い物", "訪問介護", "ヘルパーステーションうしお", "週1回(火)", P),
     S("下肢筋力訓練、歩行訓練、入浴", "通所リハビリテーション", "なぎさクリニック通所リハ", "週1回(木)", P),
     S("川べりの散歩の付き添い", "長男", "", "Sundays", P)],
    "Bilingual plan with English labels first and Japanese in brackets: 「Client (本人):」「Family - wife (妻・マリセルさん):」「Family - son (長男):」; 「Need #N (ニーズN):」「Long-term goal (長期目標): X   [Term: …]」「Short-term goal (短期目標): …」; services as 「- Service: X | Insured: ○/- | Type: … | Provider: … | Freq: … | Term: …」 (Provider '-' = empty). The wife's wish mixes English and Japanese and is annotated whole; the son's English line (Weekdays I work until late, so I can only help on Sundays.) is a role line. Some frequencies are English as written (after each dialysis, daily, Sundays). Type cells with a bracket (訪問介護（通院等乗降介助）, 居宅療養管理指導（管理栄養士）) are annotated whole. Periods with half-width '-' as written. Overall policy and Notes are not annotated.")

# c06 circled numbers across field lines
P = "R9.2.1～R9.7.31"; L = "R9.2.1～R10.1.31"; P3 = "R9.2.1～R9.4.30"
rec(6, "P14-c06_circled_number_fields.txt", ["N65", "L3", "L5"], "居宅",
    ["言いたいことが出てこないのがもどかしい。また絵手紙を描いて、友だちに送りたい。"],
    ["言葉が戻るように、できることは何でもやってあげたい。私が先回りして話してしまうので、待つ練習をしたい。"],
    ["言葉が出にくくても、自分の気持ちを伝えたい", "人と会う機会を持ち、閉じこもらずに過ごしたい", "右手のしびれがあっても、また絵手紙を描きたい"],
    [G("身ぶりや文字も使い、家族や友人と気持ちを伝え合える", L), G("失語症の友の会に通い、同じ立場の仲間と交流できる", L), G("絵手紙を描いて、季節ごとに友人へ送れる", L)],
    [G("「はい・いいえ」と短い単語で、体調や希望を伝えられる", P), G("週2回デイサービスに通い、決まった仲間と過ごせる", P), G("太い筆ペンを使って、はがき1枚に絵と一言を書ける", P3)],
    [S("言語訓練（呼称・復唱の練習）", "訪問リハビリテーション", "北浜市民病院 訪問リハビリテーション室", "週1回（火）", P),
     S("コミュニケーションノートの作成と使い方の練習", "訪問リハビリテーション", "北浜市民病院 訪問リハビリテーション室", "月2回", P),
     S("毎日の音読と単語カードの練習", "本人・妻", "", "毎日", P),
     S("集団体操、入浴、レクリエーション（絵手紙）", "通所介護", "デイサービスさくら草", "週2回（月・木）", P),
     S("失語症の友の会「ことのは」への参加", "失語症の友の会「ことのは」", "", "月1回", P),
     S("会場までの車の送迎", "妻", "", "月1回", P),
     S("手指の巧緻性の訓練、筆ペンの持ち方の工夫", "訪問リハビリテーション", "北浜市民病院 訪問リハビリテーション室", "月2回", P3),
     S("はがきと画材の買い物", "長女", "", "月2回", P)],
    "第2表 per need as field lines (サービス内容：/※1：/サービス種別：/事業所：/頻度：/期間：) in which several services share one line and are told apart only by circled numbers: the items with the same number form one service; a prefix with several numbers (①②訪問リハビリテーション, ②③－, ①②③R9.2.1～R9.7.31) applies to each of them; 「－」 = empty provider. ※1 (①②○) is not annotated. Intents: 本人（筆談とうなずきで確認）：/妻：/長女： — 長女's line (月に2回は孫を連れて…) is a role line; 妻's line (wish + own plan) annotated whole. The footnote line is not annotated.")

# c07 services grouped by provider
P = "2027/02/05～2027/07/31"; L = "2027/02/05～2028/01/31"
rec(7, "P14-c07_services_grouped_by_provider.txt", ["N66", "L5"], "居宅",
    ["知らない子どもが部屋にいるのが見えると怖い。でも針仕事は続けたいし、この家で夫と暮らしたい。"],
    ["見えないものを見えると言われても、どう返事をしてよいか分からない。夜はせめて4時間はまとめて眠りたい。"],
    ["見えないものが見えても、落ち着いて過ごしたい", "むせずに食事をとり、体力を保ちたい", "転ばずに家の中を歩き、針仕事を続けたい"],
    [G("幻視があっても、家族と落ち着いて過ごせる", L), G("肺炎による入院をせずに、家で食事を続けられる", L), G("転倒せずに家の中を移動し、居間で刺し子を続けられる", L)],
    [G("夫が幻視への声のかけ方を覚え、本人が夜に取り乱さずに眠れる", P), G("とろみをつけた食事を、むせずに半分以上食べられる", P), G("立ち上がりの時に手すりを使い、ふらつかずに歩き出せる", P)],
    [S("幻視と睡眠の状態の観察、服薬の確認、主治医への報告", "訪問看護", "訪問看護ステーションゆりかご", "週1回（金）", P),
     S("飲み込みの状態の確認、むせた時の対応の指導", "訪問看護", "訪問看護ステーションゆりかご", "週1回（金）", P),
     S("とろみ付きの昼食の提供と食事の見守り", "通所介護", "デイサービスこもれび", "週2回（火・金）", P),
     S("入浴介助、下肢筋力の訓練、手芸の時間（刺し子）", "通所介護", "デイサービスこもれび", "週2回（火・金）", P),
     S("夕食のとろみ付け、食事の見守り", "訪問介護", "ホームヘルプひなぎく", "週3回（月・水・土）", P),
     S("ベッド用手すりと置き型手すりの貸与", "福祉用具貸与", "福祉用具のくすのき", "毎日", P),
     S("夫への幻視の接し方の助言、薬の調整", "居宅療養管理指導", "あおい台ファミリークリニック", "月1回", P),
     S("幻視を否定せず、そばで声をかける", "夫", "", "毎日", P),
     S("糸と布の買い物の付き添い", "刺し子の会の仲間（井上さん）", "", "月1回", P)],
    "Needs and goals listed first (課題Ａ–Ｃ with 長期目標/短期目標 and （期間）); services NOT under their need but in a separate list grouped by provider: 「◇事業所（種別）○」 heading, then 「・［課題記号］内容　頻度　期間」 lines; the informal group 「◇ご家族・地域」 has 「・［記号］人：内容　頻度　期間」. The ［Ａ］/［Ｂ］/［Ｃ］ tag links each service to its need. Services are listed in file order. Intents 〈本人〉〈夫〉〈長男〉: 長男's line is a role line; 夫's line (confusion + wish) annotated whole. 総合的な援助の方針 and the ※ footnote are not annotated.")

# c08 old and new goals (re-plan after monitoring)
P = "R9.2.15～R9.8.14"; L = "R9.2.15～R10.2.14"
rec(8, "P14-c08_old_and_new_goals.txt", ["N67", "L5"], "居宅",
    ["もう杖では無理だと分かった。それでも作業場で若い者の木工を見ていたい"],
    ["トイレの介助で一晩に三度も四度も起こされ、私の腰が限界です。夜だけでも楽になりたい"],
    ["後ろに転ばずに、家の中を移動したい", "むせずに食事をとりたい", "妻が夜に休めるようにし、自宅での生活を続けたい"],
    [G("車いすと歩行器を使い分け、転倒せずに家の中を移動できる", L), G("むせずに好きなものを食べられる", L), G("妻の腰痛が悪化せず、夫婦で在宅生活を続けられる", L)],
    [G("立ち上がる前に足の位置を確かめ、介助者を呼んでから動ける", P), G("一口の量を少なくし、ゆっくり食べられる", P), G("夜間のトイレ介助の回数が減り、妻が夜に続けて眠れる", P)],
    [S("立ち上がり・移乗の練習、介助方法の妻への指導", "訪問リハビリテーション", "しののめ脳神経クリニック", "週1回（月）", P),
     S("車いす・前腕支持型歩行器の貸与", "福祉用具貸与", "ケアショップ若竹", "毎日", P),
     S("動き出す前の声かけと見守り", "妻", "", "毎日", P),
     S("嚥下の評価、食事姿勢と食形態の助言", "居宅療養管理指導（歯科）", "まつお歯科医院", "月2回", P),
     S("昼食時の見守りと一口量の声かけ、入浴（週1回→週2回）", "通所介護", "デイサービスなごみの家", "週2回（水・土）", P),
     S("夜間の排せつ介助（巡回）", "夜間対応型訪問介護", "ナイトケアステーションつむぎ", "毎日（23時・3時）", P),
     S("自動排泄処理装置の貸与", "福祉用具貸与", "ケアショップ若竹", "毎晩", P)],
    "Re-planned 第2表 that shows the old plan next to the new one: goals as 【前回】X（期間）評価… / 【今回】Y（期間）; only 【今回】 is the plan. 「【今回】前回と同じ（期間）」 = the 【前回】 text with the 【今回】 period (課題２, both goals). Services tagged 【継続】/【新規】/【変更】 are the plan (fields separated by ／, 「－」 = empty provider); 【終了】 services (四点杖の貸与) are not. 課題４（終了） is not a need (its 「→」 line is not a service). A 【変更】 content keeps its change note （週1回→週2回） as written. Intents as 本人の思い：「…」 / 妻の思い：「…」 (annotated inside the quotes); 評価 legend, 前回 evaluation and the header are not annotated.")

# c09 予防 with furigana lines above the text
P1 = "R9.2.1～R9.7.31"; P2 = "R9.2.1～R9.4.30"
rec(9, "P14-c09_yobo_furigana_lines_above.txt", ["N68", "L6", "L5"], "予防",
    ["膝が痛くて、長く歩けなくなった。太極拳をしている友達にまた会いたい。", "料理はこれからも自分でしたい。お風呂をまたぐのが怖い。", "日本語の会話は少し苦手。中国語で話せる仲間と集まりたい。", "膝の薬はきちんと飲んでいる。痛みが強くならないようにしたい。"],
    ["母にはもっと外に出てほしい。"],
    ["膝の痛みのため歩く距離が短くなり、太極拳の仲間と会えなくなっている", "浴槽をまたぐ動作が怖く、一人での入浴ができていない"],
    [G("公園の太極拳の仲間と、毎朝また太極拳ができる", "")],
    [G("膝に負担の少ない歩き方を覚え、公園まで途中で2回休んで歩いて行ける", "6か月"), G("浴槽内いすと手すりを使って、見守りのもとで湯船をまたげる", "3か月")],
    [S("膝周りの筋力体操", "本人", "", "毎日", P1),
     S("公園までの同行", "中国語で話せる太極拳の仲間・王 友華さん", "", "週2回", P1),
     S("膝に負担の少ない歩行の練習、下肢の筋力訓練", "介護予防通所リハビリテーション", "はまなす整形外科　通所リハビリ", "週1回（水）", P1),
     S("入浴のときに家にいて声をかける", "長男の妻", "", "週3回", P2),
     S("浴槽内いすと浴槽用グリップの購入", "特定介護予防福祉用具販売", "ふくしの店ひまわり", "1回", P2),
     S("入浴の見守りと、湯船をまたぐ動作の練習", "介護予防訪問型サービス", "ヘルパーステーションなぎさ", "週1回（土）", P2)],
    "予防 form printed with furigana for the person (ルビつき・ご本人用) and copied from the PDF: the ruby becomes its own line of kana and full-width spaces ABOVE the line it belongs to (for labels and for values); ruby lines are not content and are never part of a string. 目標とする生活 （1日）/（1年） on their own lines (1年 = long goal, no period; 1日 not a goal). Intents per アセスメント領域 as 本人：/長男： lines; 長男「昼は仕事なので、送り迎えはできません。」 is a role line. 総合的課題 ①② = needs (without the number). 目標 ①② with （6か月）/（3か月） kept as periods. 支援計画 per 目標 as 「・label：value」 lines; self-care/informal items 「内容（人・頻度）」 on lines under their label, with the 期間 of the goal's block; 目標② has two insured services (each its own ・介護保険サービス又は地域支援事業 … ・期間 group).")

# c10 official-document outline 第1 / 1 / (1) / ア / (ア)
P = "令和９年２月１０日～令和９年７月３１日"; L = "令和９年２月１０日～令和１０年１月３１日"
rec(10, "P14-c10_official_outline_numbering.txt", ["N69", "L9", "L5"], "居宅",
    ["お腹の袋（ストーマ）の交換は、いずれ自分でできるようになりたい。踊りの会の発表会には客席からでも行きたい。"],
    ["袋が漏れたときに母が一人で困らないようにしてほしい。"],
    ["ストーマの扱いに慣れ、漏れや皮膚のただれを心配せずに暮らしたい", "食事と排便の調子を整え、体力を取り戻したい", "日本舞踊の会の仲間と、これからも行き来したい"],
    [G("ストーマ装具の交換を自分で行い、皮膚のトラブルなく過ごせる", L), G("３食を規則正しくとり、手術前の体重に近づける", L), G("秋の発表会を会場で観覧できる", "令和９年２月１０日～令和９年１１月３０日")],
    [G("見守りを受けながら、装具の交換を手順どおりにできる", P), G("水分を１日１リットル以上とり、便の状態を記録できる", P), G("デイサービスで昼食をとり、体を動かす時間をつくれる", P), G("踊りの会の仲間の訪問を受け、稽古の話を楽しめる", P)],
    [S("装具交換の手技の指導、ストーマ周囲の皮膚の観察", "訪問看護", "訪問看護ステーションそよかぜ", "週２回（月・木）", P),
     S("装具と交換用品の準備、使用済み装具の片付け", "訪問介護", "ヘルパーステーションやまぶき", "週２回（月・木）", P),
     S("漏れた時の連絡先を冷蔵庫に貼り、夜に装具の状態を確かめる", "長男", "", "毎晩", P),
     S("消化のよい昼食と夕食の調理", "訪問介護", "ヘルパーステーションやまぶき", "週３回（火・水・金）", P),
     S("水分量と便の状態の記録", "本人", "", "毎日", P),
     S("昼食、入浴（ストーマ用の入浴の配慮）、体操", "通所介護", "デイサービスたまゆら", "週１回（土）", P),
     S("自宅への訪問とお茶の時間", "日本舞踊「花柳会」の仲間", "", "月２回", P)],
    "Plan written as an official document with the 公用文 outline 第１ / １ / (1) / ア / (ア): 第１ = 意向 (１ 本人, ２ 家族（長男） with the text on the next lines), 第３ 援助計画: １/２/３ = 生活全般の解決すべき課題 (need on the next line), (1) = 長期目標, ア/イ = 短期目標 (goal text on the line after the label, period in （） at its end), (ア)/(イ)/(ウ) = service content with 「種別／事業所／頻度／期間」 on the next line (「－」 = empty provider). Need 2 has one long goal and two short goals (ア, イ), each with its own services. Full-width digits everywhere (令和９年２月１０日, 週２回, ３食, １リットル) kept as written. 長男's first line (仕事で帰りが夜８時を過ぎるので、昼間のことはお願いするしかありません。) states only his limitation (role line); his second line is the wish. 第２ 総合的な援助の方針 is not annotated.")

# c11 services only in the week grid legend
P = "2027/03/01～2027/08/31"; L = "2027/03/01～2028/02/29"
rec(11, "P14-c11_services_only_in_week_grid.txt", ["N70", "L7", "L5"], "居宅",
    ["目はほとんど見えないが、住み慣れたこの家で、できることは自分でやっていきたい。ラジオの落語を聴くのが一番の楽しみ。"],
    ["夜勤がある週は家を空けるので、その間に父が転んだり火を使って危ない目にあったりしないか心配です。"],
    ["目が見えなくても、家の中で安全に食事や身の回りのことをしたい", "点眼と通院を続け、残っている視力を守りたい", "落語を楽しみ、人と話す時間を持ちたい"],
    [G("物の置き場所を決めて、家の中のことを自分で続けられる", L), G("眼圧が安定し、残っている視力を保てる", L), G("週に2回は、外の人とおしゃべりする時間を持てる", L)],
    [G("手すりと決まった置き場所を頼りに、台所とトイレを一人で使える", P), G("点眼を1日3回、忘れずに続けられる", P), G("デイサービスで落語好きの仲間と話せる", P)],
    [S("調理、掃除、動かした物を元の場所に戻す", "訪問介護", "ヘルパーステーションあおい", "週3回（月・水・金）", P, frequency_from_grid=True),
     S("置き型手すり（トイレ・玄関）の貸与", "福祉用具貸与", "ケアレンタルさかえ", "常時", P),
     S("日曜日の夕食づくりと一週間分の食材の補充", "長男", "", "週1回（日）", P, frequency_from_grid=True),
     S("点眼の声かけと確認", "訪問介護", "ヘルパーステーションあおい", "週3回（月・水・金）", P, frequency_from_grid=True),
     S("眼科への通院と買い物の同行", "同行援護", "視覚支援センターともしび", "週1回（木）", P, frequency_from_grid=True),
     S("服薬と点眼の状況の確認、主治医への報告", "居宅療養管理指導", "ことぶき薬局", "月2回", P),
     S("入浴、体操、昼食、落語の鑑賞会", "通所介護", "デイサービスみのり苑", "週2回（火・土）", P, frequency_from_grid=True)],
    "第2表 gives need, goals (period in （） after the goal) and per service only 〔記号〕, ※1 ○, content and 期間; the note says 種別・事業所・頻度 are in the 第3表. Type and provider come from the legend under the 第3表 grid (「Ａ＝訪問介護（ヘルパーステーションあおい）」; 「Ｃ＝同行援護（障害福祉サービス／視覚支援センターともしび）」 → type 同行援護, provider after the ／; 「Ｆ＝長男」 → type 長男, provider empty). Weekly frequencies are counted from the grid (frequency_from_grid; a service over several time rows of one day counted once; two 第2表 services with the same symbol Ａ share its frequency); Ｄ and Ｅ are under 週単位以外のサービス with their frequency written there (月2回, 常時). The grid is aligned with full-width spaces (time labels 6 display columns, each day 8). Intents as 利用者の意向　： / 家族（長男）の意向： label rows; 総合的な援助の方針 and 主な日常生活上の活動 are not annotated.")

# c12 予防 as a business-chat log
P1 = "2027/03/01～2027/08/31"; P2 = "2027/03/01～2027/05/31"
rec(12, "P14-c12_yobo_business_chat_log.txt", ["N71", "L6", "L5"], "予防",
    ["聞き返すのが恥ずかしくて会を休んでいたが、また大きな声で吟じたい。"],
    ["物忘れが増えてきたので、薬の飲み忘れがないようにしてほしい。"],
    ["耳が聞こえにくく、人との会話や集まりを避けるようになっている", "物忘れが増え、薬の飲み忘れや予定の勘違いがある"],
    [G("詩吟の会に戻り、春の吟詠大会で一題吟じる", "")],
    [G("補聴器を毎日つけて、詩吟の会の練習に月2回参加できる", "6か月"), G("曜日別のお薬ボックスを使い、飲み忘れを週1回以下にできる", "3か月")],
    [S("補聴器を朝つけて夜外す", "本人", "", "毎日", P1),
     S("練習会場への送り", "詩吟の会の会長・佐々木さん", "", "月2回", P1),
     S("発声と口の体操、集団での会話の練習", "介護予防通所型サービス（短時間）", "リハビリスタジオあゆみ", "週1回（金）", P1),
     S("お薬ボックスへの薬の仕分けと飲んだ後の確認", "夫", "", "毎日", P2),
     S("飲み残しの確認とお薬ボックスの仕分けの手伝い", "介護予防訪問型サービス", "ヘルパーステーションふたば", "週1回（月）", P2)],
    "予防 plan sent as a business-chat conversation (トーク title, date line, 「HH:MM 送信者」 line before each message, emoji, the reviewer's replies). The plan is split over several messages in 【】 blocks: 目標とする生活 1日/1年 (1年 = long goal, no period), 本人・家族の意欲・意向 (本人：/夫：/長女：; 長女「毎月第2日曜には顔を出すようにしています。」 is a role line), 総合的課題 ①②, 課題に対する目標と具体策の提案 and 具体策についての意向 (not goals/intents), 【目標①】/【目標②】 with （6か月）/（3か月）, then 支援のポイント and 「・label：value」 lines. Self-care/informal items 「内容（人・頻度）」 two on one line separated by ／. The frequency of 目標①'s 通所型 service is missing from its message and given in the next message by the same sender (「（通所型の頻度は週1回（金）です。上に入れ忘れました）」): annotated 週1回（金）. The 補聴器 adjustment at the 耳鼻科 (chat reply) is explicitly not in the plan.")

# c13 予防 abbreviated memo
P1 = "R9.3.1～R9.8.31"; P2 = "R9.3.1～R9.5.31"
rec(13, "P14-c13_yobo_abbreviated_memo.txt", ["N72", "L6", "L5"], "予防",
    ["ペースメーカーを入れてから疲れやすいけど、花壇の仲間のところへまた行きたい。", "風呂掃除をすると息が上がってしまう。そこだけでも手伝ってほしい。"],
    ["息切れがあるのに無理をして高い所の物を取ろうとするので、手伝ってもらえると安心です。"],
    ["心臓の手術後、疲れやすく息切れがあり、外出や花壇の活動が減っている", "高い所の物の出し入れや風呂掃除で息切れし、家事が滞っている"],
    [G("駅前花壇のボランティアに戻り、季節の花を植えられる", "")],
    [G("休憩をとりながら、駅前花壇まで歩いて行き1時間活動できる", "6M"), G("風呂掃除と高い所の作業をヘルパーと分担し、息切れせずに家事ができる", "3M")],
    [S("脈拍と体調の手帳記入", "本人", "", "毎朝", P1),
     S("花壇作業への誘いと見守り", "花壇ボランティアの会・中川さん", "", "週1回", P1),
     S("有酸素運動と筋力訓練、運動後の体調確認", "介護予防通所リハビリテーション", "こまくさ循環器内科デイケア", "週1回（火）", P1),
     S("台所の片付けと洗濯物たたみ", "本人", "", "毎日", P2),
     S("浴室の掃除、高い所の物の出し入れ、カーテンの洗濯", "介護予防訪問型サービス", "ヘルパーステーションれんげ", "週1回（木）", P2)],
    "予防 plan as a care manager's memo before entering it into the software, with abbreviated labels defined in a legend line: 目生(1日)/目生(1年) (1年 = long goal, no period), 意向 本：/長女：, 総課 ①② (needs, without the number), 提案/本人の返事 (not goals/intents), 目①(6M)/目②(3M) = short goals with the period 6M/3M as written, ポイント, SC (self-care) / IF (family & informal) as 「内容（人／頻度）」, 介保 as 「内容｜種別｜事業所｜頻度｜期間」 with full-width vertical bars. 「IF：なし」 is not a service. Per the closing note 「※SCとIFの期間は介保と同じ」, SC/IF items take the period of the 介保 line of their goal. 長女's first line (仕事帰りに週2回寄って…) is a role line.")

# c14 予防 spreadsheet CSV with multi-line cells
P1 = "2027/03/01～2027/08/31"; P2 = "2027/03/01～2027/05/31"
rec(14, "P14-c14_yobo_spreadsheet_csv_multiline.csv", ["N73", "L6", "L5"], "予防",
    ["トイレが近くて、教室の途中で抜けるのが気まずい。でもフラはやめたくない。", "外で失敗するのが怖くて、遠出もしなくなった。また夫と日帰り旅行に行きたい。"],
    ["出かけるのを嫌がらずに、前のように明るく過ごしてほしい。"],
    ["尿もれへの不安から水分を控えすぎ、外出や教室への参加も控えるようになっている"],
    [G("フラダンス教室の仲間と、夏祭りの舞台で踊る", "")],
    [G("尿もれの心配をせずに、フラダンス教室に週1回通える", "6か月"), G("1日の水分を1.2リットルとり、排尿の記録をつけられる", "3か月")],
    [S("骨盤底筋体操", "本人", "", "毎日", P1),
     S("教室の休憩時間をトイレに合わせてもらう", "フラダンス教室の先生", "", "毎回", P1),
     S("骨盤底筋の運動指導、下肢筋力の訓練", "介護予防通所型サービス", "ヘルスアップスタジオひなた", "週1回・水曜", P1),
     S("排尿日誌の記入", "本人", "", "毎日", P2),
     S("外出前のトイレの声かけ", "夫", "", "外出時", P2),
     S("排尿と水分量の確認、排尿日誌を見て主治医へ報告", "介護予防訪問看護", "訪問看護ステーションかなで", "月2回", P2)],
    "予防 plan kept in a spreadsheet and saved as CSV (UTF-8 with BOM, CRLF between records, every field quoted, LF line breaks INSIDE quoted cells; not the national CSV). Top part as 項目,内容 rows: 目標とする生活（1日）/（1年） (1年 = long goal, no period), 本人の意欲・意向 (one cell, two lines = two intents), 家族の意欲・意向 (one cell, 夫：…×2; the first 「私が車で送り迎えをしています。」 is a role line), 総合的課題 (one cell, one need; two 目標 answer it). 支援計画 table with the 予防 form's columns (no 頻度 column): 目標 cell 「N. goal（6か月）」 = short goal with its relative period; self-care/informal cell with 「・内容（人・頻度）」 lines; the insured service's frequency is written in brackets at the end of the 介護保険サービス又は地域支援事業 cell (（週1回・水曜）, （月2回）) and the content is annotated without it. 支援のポイント is not annotated.")

with open(os.path.join(HERE, "expected.P14.jsonl"), "w", encoding="utf-8") as f:
    for d in R:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(R), "records")

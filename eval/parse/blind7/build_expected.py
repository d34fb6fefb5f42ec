#!/usr/bin/env python3
"""Writes expected.P12.jsonl (annotations typed by hand, before any run of the reader)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
def S(content, type_, provider, frequency, period, **kw):
    d = {"content": content, "type": type_, "provider": provider, "frequency": frequency, "period": period}
    d.update(kw); return d
def G(text, period): return {"text": text, "period": period}
R = []
def rec(n, file, layouts, form, pi, fi, needs, lg, sg, sv, notes, **kw):
    d = {"id": f"P12-c{n:02d}", "file": file, "layouts": layouts, "form": form, "writer": "P12", "split": "blind7",
         "person_intent": pi, "family_intent": fi, "needs": needs, "long_goals": lg, "short_goals": sg,
         "services": sv, "notes": notes}
    d.update(kw); R.append(d)

# c01
P = "R8.12.2～R9.5.31"; L = "R8.12.2～R9.11.30"
rec(1, "P12-c01_markdown_multiline_cells.txt", ["L1", "L5"], "居宅",
    ["台所に立って、自分で味噌汁くらいは作り続けたい。息が苦しくならない程度に畑の世話もしたい。"],
    ["塩分や水分の管理が心配です。入院を繰り返さないように、体調の変化に早く気付いてほしい。"],
    ["心臓に負担をかけずに、自宅での暮らしを続けたい", "減塩の食事を自分で作りたい", "息切れせずに畑まで歩きたい"],
    [G("むくみや息切れが悪化せず、入院せずに在宅生活を続けられる", L), G("塩分を控えた献立で、週の半分以上は自炊できる", L), G("庭先の畑まで休みながら歩いて行ける", L)],
    [G("毎朝の体重と血圧を自分で記録できる", P), G("減塩の調理方法を3品覚える", P), G("屋内で10分間続けて歩ける", P)],
    [S("体重・血圧・むくみの確認、服薬管理の助言", "訪問看護", "訪問看護ステーションみずほ", "週1回（火）", P),
     S("体重と血圧を測ってノートに書く", "本人", "", "毎朝", P),
     S("記録ノートを見て、増減があれば訪問看護に連絡する", "次女", "", "週2回", P),
     S("調理の見守りと一緒に行う減塩調理", "訪問介護", "ヘルパーステーションかがやき", "週2回（月・木）", P),
     S("栄養相談と減塩献立の提案", "居宅療養管理指導", "みずほクリニック（管理栄養士）", "月1回", P),
     S("配食（減塩食）", "配食サービス", "まごころ弁当", "週3回（火・金・日）", P),
     S("運動機能訓練、息切れを抑える呼吸法の練習、入浴", "通所リハビリテーション", "介護老人保健施設ひだまり苑", "週1回（土）", P),
     S("四点杖の貸与", "福祉用具貸与", "福祉用具センターのぞみ", "毎日", P)],
    "Markdown table with outer pipes and |---|. The first need, its long goal and its short goal are each broken over two table rows (a Word multi-line cell exported row by row): the second row `| 自宅での暮らしを続けたい | 入院せずに在宅生活を続けられる | | 自分で記録できる | | 体重と血圧を測って… |` is NOT a new need; its first, second and fourth cells continue the cells above (joined, wrapped_cell) and it also carries the first informal service row (本人). Speakers 本人：/次女：; 次女's second line 「平日は仕事のため、夕方以降しか来られません。」 is a role line, not a wish. ※1 footnote is not a service.",
    joined_from_lines=[
        {"text": "心臓に負担をかけずに、自宅での暮らしを続けたい", "parts": ["心臓に負担をかけずに、", "自宅での暮らしを続けたい"], "wrapped_cell": True},
        {"text": "むくみや息切れが悪化せず、入院せずに在宅生活を続けられる", "parts": ["むくみや息切れが悪化せず、", "入院せずに在宅生活を続けられる"], "wrapped_cell": True},
        {"text": "毎朝の体重と血圧を自分で記録できる", "parts": ["毎朝の体重と血圧を", "自分で記録できる"], "wrapped_cell": True}])

# c02
P = "R8.12.1~R9.5.31"
rec(2, "P12-c02_space_aligned_halfwidth.txt", ["L2", "L4", "L5"], "居宅",
    ["せっかく家に帰ってきたのだから、車いすでもいいから自分でトイレに行きたい。将棋の会にまた顔を出したい。"],
    ["夜中に何度も起こされるので、私が倒れないか不安です。できればトイレのことは自分でしてほしい。"],
    ["トイレで排泄したい", "夜間ぐっすり眠りたい", "将棋の会に参加したい"],
    [G("日中はトイレで排泄できる", "1年"), G("夜間の排泄介助が1回以内になる", "1年"), G("月に1回は将棋の会に参加できる", "1年")],
    [G("ベッドから車いすへ見守りで移れる", "6か月"), G("夜間の尿量が把握できる", "6か月"), G("車いすで外出する練習ができる", "6か月")],
    [S("移乗動作訓練、排泄動作の練習", "通所リハビリテーション", "リハビリセンターあさひ", "週2回(火・金)", P),
     S("ベッド横のポータブルトイレの購入", "特定福祉用具販売", "みどり介護用品", "1回", "R8.12.1~R8.12.31"),
     S("移乗の介助と排泄後の清拭", "訪問介護", "ヘルパー派遣センターいろは", "毎日(朝・夕)", P),
     S("排尿リズムの記録と主治医への相談", "訪問看護", "ナースケアこもれび", "週1回(水)", P),
     S("夜間の尿取りパッドの交換", "妻", "", "毎晩", P),
     S("車いすの貸与", "福祉用具貸与", "みどり介護用品", "毎日", P),
     S("公民館の将棋の会への送り迎え", "将棋仲間(三好さん)", "", "月1回(第2日曜)", P)],
    "第2表 aligned with runs of half-width spaces only (no tabs, no pipes); continuation rows start with a long run of spaces; the informal rows (妻, 将棋仲間) have an empty 事業所 column so the 頻度 slides left. Goal periods only in the column headers 長期目標(1年) / 短期目標(6か月). Half-width brackets and ~ in periods as written. Speakers 「本人 」「妻   」 with spaces, no colon; 妻's second line 「買い物と食事の支度は私がやります。」 is a role line. 総合的な援助の方針 is not an intent.")

# c03
P = "R8.12.1～R9.5.31"; L = "R8.12.1～R9.11.30"
rec(3, "P12-c03_excel_tsv_purpose_notes_weekgrid.tsv", ["L2", "L7", "L4", "L5"], "居宅",
    ["足が弱ってきたけれど、週に一度は娘の家に泊まりに行けるくらいの体力は保ちたい。お風呂は家の湯船に入りたい。"],
    ["一人で入浴して滑らないかが一番心配です。デイサービスで入ってくれると安心です。"],
    ["安全に入浴して体を清潔に保ちたい", "足の力を保って、娘の家まで出かけたい", "食事の用意を手伝ってもらいながら続けたい"],
    [G("週2回は湯船につかって入浴できる", L), G("電車で娘の家まで出かけられる", L), G("買い物と調理を手伝ってもらい、三食食べられる", L)],
    [G("介助を受けながら浴槽をまたげる", P), G("自宅周辺を20分続けて歩ける", P), G("週3回は自分で昼食を作る", P)],
    [S("入浴介助、浴槽またぎの見守り", "通所介護", "デイサービスつばさ", "週2回（水・土）", P),
     S("浴槽台とバスボードの購入", "特定福祉用具販売", "ケア用品のなごみ", "1回", "R8.12.1～R8.12.31"),
     S("自宅での入浴の準備と声かけ", "長女", "", "週1回（日）", P),
     S("下肢筋力訓練、歩行訓練", "通所介護", "デイサービスつばさ", "週2回（水・土）", P),
     S("自宅でできる体操の指導と確認", "訪問リハビリテーション", "山手病院 訪問リハビリ", "週1回（月）", P),
     S("教わった体操を毎日続ける", "本人", "", "毎日", P),
     S("買い物の同行と調理の一部介助", "訪問介護", "ヘルパーステーションはるかぜ", "週2回（火・金）", P),
     S("夕食の配達と安否確認", "配食サービス", "市社会福祉協議会", "週3回（月・水・金）", P)],
    "Excel TSV: 第1表 as label/value rows (利用者の意向 / 家族の意向 with （長女） prefix inside the value), 第2表 with extra columns No, 目的 (after サービス内容) and 備考 (last), ※1 and 「※2 事業所」 (the ※2 column holds the provider name, as on the official form); continuation rows have empty No/課題/目標 cells. 目的 and 備考 values (清潔保持, 送迎あり, 個別機能訓練加算 …) are not part of the content. 第3表 week grid as TSV agrees with the 頻度 column (no frequency is grid-only); 週単位以外のサービス is not annotated.")

# c04
P = "R8.12.1〜R9.5.31"; L = "R8.12.1〜R9.11.30"
rec(4, "P12-c04_numbered_bullets_prose_goals.txt", ["L3", "L8", "L5"], "居宅",
    ["物忘れはあるけど、慣れた家で犬と一緒に暮らしたい。朝の散歩は自分の役目だ"],
    ["火の不始末と薬の飲み忘れが心配。できれば日中も誰かが見てくれる時間を増やしたい"],
    ["薬をきちんと飲み、体調を崩さずに暮らしたい", "火の始末を安全にしたい", "人と話す機会を持ち、物忘れの進行を緩やかにしたい"],
    [G("飲み忘れなく服薬を続けられる", L), G("台所で火事を起こさずに暮らせる", L), G("週の半分は家の外で人と過ごせる", L)],
    [G("声かけで朝夕の薬を飲める", P), G("IH調理器の使い方に慣れる", "R8.12.1〜R9.2.28"), G("デイサービスに休まず通える", P)],
    [S("服薬の声かけと服薬確認", "訪問介護", "ヘルパーステーションみのり", "毎日（朝・夕）", P),
     S("一包化と服薬カレンダーでの管理支援", "居宅療養管理指導", "さくら通り薬局", "月2回", P),
     S("電話での飲み忘れ確認", "長男", "", "毎晩", P),
     S("IH調理器の使い方の練習と調理の見守り", "訪問介護", "ヘルパーステーションみのり", "週3回（月・水・金）", "R8.12.1〜R9.2.28"),
     S("ガスコンロからIH調理器への買い替え", "長男", "", "1回", "R8.12.1〜R8.12.31"),
     S("火災警報器の設置と見守り訪問", "民生委員", "大川地区民生委員", "月1回", P),
     S("脳トレ・回想法などの認知機能訓練、昼食、入浴", "認知症対応型通所介護", "デイサービス結いの家", "週2回（火・木）", P),
     S("愛犬との朝の散歩", "本人", "", "毎朝", P)],
    "【課題N】 needs with bullets `- 内容 / ※1 / 種別 / 事業所 / 頻度 / 期間` (empty fields as `/ /`). Goals as prose: 「→長期目標「X」（期間）、短期目標「Y」（期間）」 (課題1, 3) and 「長期目標 X（期間）／短期目標 Y（期間）」 (課題2). Speakers as quoted speech: ご本人より「…」と話される, 長男より「…」とのこと (annotated without quotes/framing); 長男の妻： line is a role line. 〜 is U+301C as written.")

# c05
P = "R8.12.1～R9.5.31"
rec(5, "P12-c05_yobo_standard_staged_goals.txt", ["L6", "L5"], "予防",
    ["痛みが減ればバスで買い物に行きたい。", "掃除は手伝ってもらいながら自分でもやりたい。", "縁側でのお茶飲みはずっと続けたい。"],
    ["無理して転ばないでほしい。", "通院の付き添いは難しいので、一人で行けると助かります。"],
    ["膝の痛みがあり、外出時に休みが必要で、買い物や通院に不安がある", "家事のうち掃除が負担になっている"],
    [G("自分の足で歩いて、バスで病院とスーパーに通い続ける", "")],
    [G("バス停まで1回の休憩で歩ける", "3か月後"), G("バス停まで休まずに歩いてバスに乗れる", "6か月後"), G("掃除機かけと拭き掃除を週1回自分でできる", P)],
    [S("自宅で膝の曲げ伸ばし体操", "本人", "", "毎日", P),
     S("近所の友人とスーパーまで一緒に歩く", "友人の村井さん", "", "週1回", P),
     S("運動器の機能向上プログラム、送迎", "介護予防通所型サービス", "リハビリデイ ゆうゆう", "週1回（木）", P),
     S("居間の片付け", "長男", "", "月1回", P),
     S("掃除機かけ・拭き掃除を一緒に行う", "介護予防訪問型サービス", "ホームヘルプみなと", "週1回（月）", P)],
    "Standard 予防 form. 目標とする生活 1年 = the long goal (no period written); the 1日 line is not a goal. Needs = 総合的課題 ①②. 本人・家族の意欲・意向 per area on one line with 本人）/長男） markers, split by speaker; 長男）月に一度は片付けに来ます。 is a role line; 長男）通院の付き添いは難しいので… mixes burden and wish and is annotated whole. 課題に対する目標と具体策の提案 and 具体策についての意向 are not goals/intents. Staged goal ① on one line (3か月後 / 6か月後 kept as periods); goal ② takes its 支援計画 期間. Self-care items 「内容（種別・頻度）」 with the 支援計画's 期間.")

# c06
P = "R8.12.1～R9.5.31"; L = "R8.12.1～R9.11.30"
rec(6, "P12-c06_halfwidth_kana_paren_needs.txt", ["L9", "L3", "L4", "L5"], "居宅",
    ["ﾃﾚﾋﾞで相撲を見るのが楽しみ。ﾍﾞｯﾄﾞからﾃﾚﾋﾞの前まで自分で動けるようになりたい。"],
    ["腰を痛めているので、ｵﾑﾂ交換を一人でするのがつらい。手伝ってもらいたい。"],
    ["ﾍﾞｯﾄﾞから居間まで自分で移動したい", "ｵﾑﾂ交換の負担を減らし、清潔に過ごしたい", "好きな相撲を見て、楽しみのある生活を続けたい"],
    [G("歩行器を使って居間まで一人で移動できる", L), G("皮膚ﾄﾗﾌﾞﾙなく清潔に過ごせる", L), G("本場所の取組を毎日居間で見られる", L)],
    [G("手すりにつかまってﾍﾞｯﾄﾞから立ち上がれる", P), G("日中はﾎﾟｰﾀﾌﾞﾙﾄｲﾚで排泄できる", P), G("1日2時間は座って過ごせる", P)],
    [S("立ち上がりと歩行器歩行の訓練", "訪問ﾘﾊﾋﾞﾘﾃｰｼｮﾝ", "ｸﾘﾆｯｸ花みずき", "週２回（火・金）", P),
     S("ﾍﾞｯﾄﾞ用手すりと歩行器の貸与", "福祉用具貸与", "ﾌｸｼｶﾝﾊﾟﾆｰ南", "毎日", P),
     S("寝室から居間までの段差解消", "住宅改修", "上原工務店", "１回", "R8.12.1～R9.1.31"),
     S("ｵﾑﾂ交換、陰部洗浄、ﾎﾟｰﾀﾌﾞﾙﾄｲﾚへの移乗介助", "訪問介護", "ﾍﾙﾊﾟｰｽﾃｰｼｮﾝ あじさい", "毎日（朝・昼）", P),
     S("皮膚の観察と処置", "訪問看護", "訪問看護ｽﾃｰｼｮﾝ 花みずき", "週１回（水）", P),
     S("夕方と夜間のｵﾑﾂ交換", "夫", "", "毎日（夕・夜）", P),
     S("座位保持の練習、入浴、他の利用者との交流", "通所介護", "ﾃﾞｲｻｰﾋﾞｽ ひまわり", "週１回（土）", P),
     S("相撲の話し相手としての訪問", "近所の友人（岡本さん）", "", "場所中の週１回", P)],
    "Half-width katakana throughout (ｻｰﾋﾞｽ, ﾍﾞｯﾄﾞ, provider names), full-width digits in dates and frequencies (２０２６, 週２回, １回) next to half-width ones (1日2時間) — annotated as written. (1)(2)(3) needs; goals as 「長期目標（期間）：X」 with the period inside the label; services as 「・」 bullets whose fields are separated by one full-width space (informal rows: two full-width spaces where ※1 or 事業所 is empty). ③-numbered 第1表 label; speakers 利用者: / 家族(夫): as bullets.")

# c07
P = "R8.12.2～R9.5.31"; L = "R8.12.2～R9.11.30"
rec(7, "P12-c07_pipe_no_rule_weekgrid_freq.txt", ["L1", "L7", "L4", "L5"], "居宅",
    ["透析はしんどいが、帰ってからは好きな時代劇を見てのんびりしたい。風呂には週に何回かは入りたい"],
    ["透析の送り迎えと、帰ってきてからのぐったりした様子が心配。私も通院があるので、送迎はお願いしたい"],
    ["透析に安全に通い続けたい", "清潔を保ち、気持ちよく過ごしたい", "透析後はゆっくり休み、楽しみの時間を持ちたい"],
    [G("週3回の透析に休まず通える", L), G("週2回は入浴してさっぱり過ごせる", L), G("透析後に横になって休み、夕方は時代劇を楽しめる", L)],
    [G("送迎を使って体の負担なく通院できる", P), G("透析のない日に疲れずに入浴できる", P), G("透析後に安楽な姿勢で休める", P)],
    [S("透析クリニックへの乗降介助・通院等乗降介助", "訪問介護", "ケアタクシーまごころ", "週3回（月・水・金）", P, frequency_from_grid=True),
     S("透析日の体調と水分量の確認、シャント部の観察", "訪問看護", "訪問看護ステーションゆずりは", "週1回（月）", P, frequency_from_grid=True),
     S("入浴介助、体調確認、昼食", "通所介護", "デイサービスさくら草", "週2回（火・土）", P, frequency_from_grid=True),
     S("着替えと入浴の準備", "妻", "", "デイの日の朝", P),
     S("特殊寝台と付属品の貸与", "福祉用具貸与", "ライフケア東", "毎日", P),
     S("時代劇のDVDの貸し出しと話し相手", "弟（堀田 孝二）", "", "月2回", P)],
    "Pipe table without outer pipes and without a |---| rule; continuation rows start with ` |  |`. Three 頻度 cells say 「第3表のとおり」: frequencies counted from the pipe-drawn 第3表 (乗降介助 往/復 on 月水金 = one service 週3回; 訪問看護 only 月夕方 = 週1回（月）; 通所介護 火・土 in two time slots = 週2回). Label 「利用者及び家族の」/「生活に対する意向」 broken over two lines; speakers as 本人「…」 / 妻「…」 (annotated inside the quotes). 週単位以外のサービス and 主な日常生活上の活動 are not annotated.")

# c08
P = "R8.12.1～R9.5.31"; L = "R8.12.1～R9.11.30"
rec(8, "P12-c08_web_cells_blank_lines.txt", ["N18"], "居宅", [], [],
    ["糖尿病の悪化を防ぎ、足を大事にしたい", "洋裁教室の仲間と会い続けたい", "視力が落ちても安全に家事をしたい"],
    [G("血糖値が安定し、足の傷を作らずに過ごせる", L), G("月2回の洋裁教室に通い続けられる", L), G("台所と居間で物につまずかず家事ができる", L)],
    [G("毎日の足の観察を習慣にする", P), G("教室のある公民館まで一人でタクシーで行ける", P), G("物の置き場所を決めて片付けられる", "R8.12.1～R9.3.31")],
    [S("足の観察と爪切り、インスリン注射の確認", "訪問看護", "訪問看護ステーションあかり", "週1回（金）", P),
     S("鏡を使った足裏の確認", "本人", "", "毎晩", P),
     S("フットケア外来への付き添い", "長男", "", "月1回", P),
     S("外出の準備と身支度の支援", "訪問介護", "ヘルパーステーションことり", "月2回（第1・第3水曜）", P),
     S("公民館での作業時の見守り", "洋裁教室の仲間（森下さん）", "", "月2回", P),
     S("掃除と物の置き場所を一緒に決める生活援助", "訪問介護", "ヘルパーステーションことり", "週2回（月・木）", "R8.12.1～R9.3.31"),
     S("拡大鏡と音声つき体重計の購入", "長男", "", "1回", "R8.12.1～R8.12.31")],
    "Web page table copied from a browser: every cell, including every EMPTY cell, became its own line, and every line is followed by a blank line. 11 header cells then 11 cells per row (empty cells are empty lines, so a record is 22 lines); continuation rows start with 5 empty cells. Only 第2表 is on the page: no intents. ※1 footnote and 「このページの先頭へ戻る」 are page text, not plan content.")

# c09
P = "R8.12からR9.5まで"; L = "R8.12からR9.11まで"
rec(9, "P12-c09_voice_memo_transcript.txt", ["N19", "L5"], "居宅",
    ["一人暮らしは寂しくない。釣りに行ける体に戻りたい"],
    ["月に一度しか来られないので、ちゃんと食べているか心配です"],
    ["栄養をとって体力を戻したい", "釣りに行けるよう足腰を鍛えたい", "急に具合が悪くなったときにすぐ連絡したい"],
    [G("三食しっかり食べて体重を5キロ戻す", L), G("川べりまで歩いて釣りに行ける", L), G("体調が悪いときに自分で助けを呼べる", "R8.12からR9.11まで")],
    [G("配食と一緒に一日三食とれる", P), G("近所の公園まで往復できる", P), G("緊急通報装置の使い方を覚える", "R8.12からR9.2まで")],
    [S("夕食の配達", "配食サービス", "地域配食のひまわり亭", "週5回（月〜金）", P),
     S("昼食の調理と買い物", "訪問介護", "ヘルパーステーションそよかぜ", "週2回（火・金）", P),
     S("冷凍のおかずを送る", "姪御さん", "", "月1回", P),
     S("歩行訓練と下肢の筋力訓練", "通所リハビリテーション", "大滝病院デイケア", "週2回（月・木）", P),
     S("スクワット10回", "本人", "", "毎朝", P),
     S("緊急通報装置の設置", "緊急通報システム事業", "市の高齢福祉課", "1回", "R8.12からR9.2まで"),
     S("見守りの声かけ", "民生委員の小西さん", "", "週1回", P)],
    "Speech-to-text transcript of a care manager's voice memo: timestamp + spoken sentences with fillers (えー、じゃあ、あ、), field names spoken (課題の一つ目, 長期目標は…、期間は…). Fields of a service come in varying order (種別, 事業者は…, 内容, 頻度) and the period is often 「期間は短期と同じ」/「期間同じ」 = the short goal's period of that need (written as that period). Quoted speech with 「…」とのこと / 「…」と; the 00:33 sentence about the niece's visits is a role line that the speaker himself says is not an intent.")

# c10
P = "R8.12.1～R9.5.31"; L = "R8.12.1～R9.11.30"
rec(10, "P12-c10_dai4hyo_meeting_restates_plan.txt", ["N20", "L5"], "居宅",
    ["右手が不自由になっても、花の世話と簡単な料理は自分でやりたい"],
    ["仕事で帰りが遅く、母が一人の時間に転ばないか心配。日中の見守りを増やしてほしい"],
    ["右手が不自由でも、自分で簡単な料理を作りたい", "転ばずに家の中と庭を移動したい", "花の世話を続けて、季節を楽しみたい"],
    [G("左手を使って一品料理が作れる", L), G("庭の花壇まで転ばずに歩ける", L), G("庭の花壇で季節の花を育て続けられる", L)],
    [G("調理の手順を決めて、下ごしらえを一緒にできる", P), G("屋内を杖で安定して歩ける", P), G("ベランダのプランターの水やりを毎日できる", P)],
    [S("調理の一部介助と見守り", "訪問介護", "訪問介護事業所ハートフル", "週3回（月・水・金）", P),
     S("片手でも使える調理器具の選定と使い方の助言", "福祉用具購入", "福祉用具ショップあゆみ", "1回", "R8.12.1～R8.12.31"),
     S("右手の機能訓練、歩行訓練、入浴", "通所介護", "通所介護いこいの里", "週2回（火・土）", P),
     S("廊下と玄関の手すりの貸与", "福祉用具貸与", "福祉用具ショップあゆみ", "毎日", P),
     S("出勤前の声かけと服薬の確認", "長男", "", "毎朝", P),
     S("プランターの水やり", "本人", "", "毎日", P),
     S("花の苗の植え替えの手伝い", "近所の園芸仲間（杉浦さん）", "", "季節ごと", P)],
    "第4表 サービス担当者会議の要点 that restates the plan: 出席者 list, 検討した項目, 検討内容 (intents as 本人より「…」と話される / 長男より「…」との意向あり; 「長男は…了承された」 is a role, not a wish; the providers' remarks in 検討内容 2 are not services), 結論 with 課題①②③, 長期目標：X（期間） / 短期目標：Y（期間）, services as 〇内容（種別／事業所／頻度／期間） with 「－」 = empty provider. 残された課題 and the 緊急時 line are not plan items.")

# c11
P1 = "R8.12.4～R9.3.31"; P2 = "R8.12.4～R9.5.31"; P3 = "R8.12.4～R9.2.28"; L = "R8.12.4～R9.11.30"
rec(11, "P12-c11_discharge_conference_handover_111_furigana.txt", ["N21", "N23", "N25", "L5"], "居宅",
    ["家に帰って、妻の作った煮物を食べたい。もう入院はこりごりだ。"],
    ["また肺炎になるのが怖いです。食事の形や飲み込み方を教えてもらいたい。"],
    ["誤嚥（ごえん）を防いで、口から食べ続けたい", "薬を決まった時間に飲み、動ける時間を保ちたい", "夜間も安全にトイレに行きたい"],
    [G("肺炎を起こさずに、口から三食食べられる", L), G("服薬時間を守って、日中は歩行器で動ける", L), G("夜間に転ばずにトイレで排泄できる", L)],
    [G("とろみ付きの食事をむせずに食べられる", P1), G("1日4回の服薬を時間どおりに続けられる", P2), G("寝室からトイレまでの動線に慣れる", P3)],
    [S("嚥下（えんげ）機能の評価と飲み込みの訓練", "訪問リハビリテーション（言語聴覚士）", "北総合病院訪問リハビリ室", "週1回（水）", P1),
     S("食事形態と調理方法の指導", "居宅療養管理指導", "北総合病院（管理栄養士）", "月2回", P1),
     S("とろみ剤を使った食事作り", "妻", "", "毎食", P1),
     S("服薬確認、症状の日内変動（にちないへんどう）の観察", "訪問看護", "訪問看護ステーションきたかぜ", "週2回（月・木）", P2),
     S("アラーム付き薬ケースでの服薬", "本人", "", "毎日4回", P2),
     S("歩行器の貸与", "福祉用具貸与", "ケアサポート北斗", "毎日", P2),
     S("寝室からトイレまでの手すり設置", "住宅改修", "新井建設", "1回", "R8.12.4～R9.1.31"),
     S("足元灯（あしもととう）の設置と夜間の付き添い", "妻", "", "毎晩", P3)],
    "退院前カンファレンス記録 with a hospital handover (病棟からの申し送り: diet, mobility, medication — not plan items) and the draft 第2表 as a 1 / 1-1 / 1-1-1 / 1-1-1-1 outline (need / 長期目標 / 短期目標 / service 「内容／種別／事業所／頻度／期間」, 「－」 = empty). Furigana in full-width brackets after kanji (誤嚥（ごえん）, 嚥下（えんげ）, 日内変動（にちないへんどう）, 足元灯（あしもととう）) are annotated as written (a reader may drop them; the text without the reading is then the same item). 妻's 2nd line 「夜のトイレの付き添いは私が続けます。」 is a role line. Dates of the conference / discharge are not periods.")

# c12
P1 = "R8.12.1～R9.2.28"; P2 = "R8.12.1～R9.5.31"
rec(12, "P12-c12_yobo_quoted_email.txt", ["N24", "L6", "L5"], "予防",
    ["肩が痛くて洗濯物が干せないのがつらい。手芸サークルはやめたくない"],
    ["家のことは手伝えることは手伝うが、妻の体がこれ以上悪くならないか心配"],
    ["肩関節の痛みで、洗濯物干しなど腕を上げる家事が難しくなっている", "外出の機会が減り、手芸サークルへの参加が途切れがちになっている"],
    [G("婦人会の手芸サークルで作品展に出品する", "")],
    [G("腕を肩の高さまで上げて、洗濯物を干せる", "3か月後"), G("手芸サークルに月2回参加できる", "6か月後")],
    [S("肩のストレッチ体操", "本人", "", "毎日", P1),
     S("物干し竿の高さを下げる", "夫", "", "1回", P1),
     S("肩関節の可動域訓練、自宅でできる体操の指導", "介護予防訪問リハビリテーション", "みどり台整形外科クリニック", "週1回（火）", P1),
     S("サークルの日の送り出し", "夫", "", "月2回", P2),
     S("体操と趣味活動、他の参加者との交流", "一般介護予防事業（通いの場）", "やまびこサロン", "週1回（金）", P2)],
    "Reply e-mail (headers, greeting, signature) quoting the 予防 plan with '> ' prefixes (and bare '>' blank lines). 目標とする生活 1年 = long goal (no period); 1日 is not a goal. Needs = 総合的課題 ①②. Goals ①② each with a relative period in brackets (3か月後 / 6か月後). Self-care items 「内容（種別／頻度）」, two on one line separated by 、, with the 支援計画's 期間. Quoted speech 「…」と話されています / 「…」とのことです; 夫's wish mixes role and worry and is annotated whole. The unquoted reply text is not plan content.")

# c13
P = "R8.12.1～R9.5.31"; L = "R8.12.1～R9.11.30"
rec(13, "P12-c13_before_after_columns.tsv", ["N22", "L5"], "居宅",
    ["足の骨折が治っても、前のように歩けるか不安。でも、できるだけ自分の部屋で過ごしたい。"],
    ["施設も考えたが、本人の希望なので在宅で頑張りたい。夜間の介護が続けられるように、泊まりのサービスも使いたい。"],
    ["骨折前のように部屋の中を歩きたい", "清潔に過ごしたい", "三男が休めるよう、ときどき泊まりのサービスを使いたい"],
    [G("自分の部屋とトイレの間を歩行器で移動できる", L), G("週2回入浴して清潔に過ごせる", L), G("三男が介護を続けながら休息もとれる", L)],
    [G("車いすから歩行器への立ち上がりが安定する", P), G("通所先の機械浴で安全に入浴できる", P), G("月に1回、短期入所を利用できる", P)],
    [S("骨折後の歩行訓練、立ち上がり訓練", "通所リハビリテーション", "竹の台病院デイケア", "週2回（月・木）", P),
     S("車いす・歩行器の貸与", "福祉用具貸与", "レンタルショップ虹橋", "毎日", P),
     S("トイレ内の手すり設置", "住宅改修", "竹内工務店", "1回", P),
     S("機械浴での入浴介助", "通所リハビリテーション", "竹の台病院デイケア", "週2回（月・木）", P),
     S("入浴のない日の清拭と更衣介助", "訪問介護", "ヘルパーステーション虹", "週2回（火・金）", P),
     S("短期入所中の介護と機能訓練", "短期入所生活介護", "特別養護老人ホーム松風園", "月1回（2泊3日）", P),
     S("夜間の排泄介助と見守り", "三男", "", "毎晩", P)],
    "Plan revision as a 3-column TSV 項目 / 【変更前】 / 【変更後】. The current plan is the 【変更後】 column: 変更前 values (old needs, goals, services, periods R8.6.1～) are not annotated; 「変更なし」 takes the 変更前 value (課題2's need 清潔に過ごしたい); 「（削除）」 and 「（なし）」 are empty. Goals carry their period in brackets; services 「内容（種別／事業所／頻度）」 take the block's 「サービス期間」 row. The 第1表 intents are label-TAB-value rows (本人 / 家族（三男）).")

# c14
P = "R8.12.2～R9.5.31"
rec(14, "P12-c14_yobo_ruled_box_drawing.txt", ["N26", "L6", "L5"], "予防",
    ["心臓の病気があるので無理はできないが、家事は自分のペースで続けたい。"],
    ["旅行に行けるよう、体力をつけてほしい。息切れが出たらすぐ休んでほしい。"],
    ["心不全のため息切れしやすく、階段や坂道を避けて生活範囲が狭くなっている", "塩分や水分の管理が自己流で、体調を崩しやすい"],
    [G("娘夫婦と一泊の温泉旅行に行く", "")],
    [G("息切れせずに坂道を休み休み上れる", "6か月"), G("毎日の体重を記録し、増えたら相談できる", "3か月")],
    [S("息切れを感じたら休む練習", "本人", "", "毎日", P),
     S("有酸素運動と筋力トレーニング、血圧・脈拍の確認", "介護予防通所リハビリテーション", "ハートリハ天神", "週1回（水）", P),
     S("体重と血圧を手帳に記録する", "本人", "", "毎朝", P),
     S("手帳を見て受診をすすめる", "長女", "", "週1回（土）", P),
     S("減塩と水分管理の助言、体調確認", "介護予防訪問看護", "訪問看護ステーションてんじん", "月2回", "R8.12.2～R9.2.28")],
    "予防 form drawn as ruled boxes with box-drawing characters (┌─┐│├┼┤└┴┘). First box: 目標とする生活 (1年 = long goal, no period), 意欲・意向 with speakers (長女's 2nd line 「週末は買い物に連れて行きます。」 is a role line), 総合的課題 1．2． = needs. Second box: a 7-column 支援計画 grid whose cells wrap inside the box: the goal cells are broken over 4–5 lines and end with a relative period 「(6か月)」「(3か月)」; a content, a type and a provider cell wrap onto a second line (all joined; box_cell). The goal numbers 「1．」「2．」 are not part of the text; 「（本人）」 under a self-care content is its type, repeated in the 種別 column.",
    joined_from_lines=[
        {"text": "息切れせずに坂道を休み休み上れる", "parts": ["息切れ", "せずに坂道", "を休み休み", "上れる"], "box_cell": True},
        {"text": "毎日の体重を記録し、増えたら相談できる", "parts": ["毎日の", "体重を記録", "し、増えた", "ら相談でき", "る"], "box_cell": True},
        {"text": "有酸素運動と筋力トレーニング、血圧・脈拍の確認", "parts": ["有酸素運動と筋力トレーニング、", "血圧・脈拍の確認"], "box_cell": True},
        {"text": "介護予防通所リハビリテーション", "parts": ["介護予防通所リハビリ", "テーション"], "box_cell": True},
        {"text": "訪問看護ステーションてんじん", "parts": ["訪問看護ステーション", "てんじん"], "box_cell": True}])

with open(os.path.join(HERE, "expected.P12.jsonl"), "w", encoding="utf-8") as f:
    for d in R:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(R), "records")

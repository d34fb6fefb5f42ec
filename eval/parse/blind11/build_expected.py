#!/usr/bin/env python3
"""Writes expected.P16.jsonl (annotations typed by hand, before any run of the reader).

Two mechanical helpers, both declared in README.md:
- K(): P16-c14's file was copied from a PDF whose text layer uses Kangxi-radical characters (⽬⽇⽉⼈⻑ …).
  Its annotations are typed here in ordinary kanji and converted with the same substitution table
  that describes the file, so that the expected strings keep the file's characters.
- located(): P16-c11's table cells are broken into fragments that sit on consecutive lines among the
  fragments of other cells. The whole strings are typed here by hand; located() only finds, in the
  file, the fragments (parts) that make them up, for the `joined_from_lines` record.
"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

KX = {"目": "\u2f6c", "長": "\u2ed1", "日": "\u2f47", "月": "\u2f49", "人": "\u2f08", "生": "\u2f63",
      "見": "\u2f92", "言": "\u2f94", "手": "\u2f3f", "方": "\u2f45", "用": "\u2f64", "自": "\u2f83",
      "行": "\u2f8f", "力": "\u2f12", "立": "\u2f74", "入": "\u2f0a", "口": "\u2f1d", "大": "\u2f24",
      "小": "\u2f29", "車": "\u2f9e", "足": "\u2f9c", "食": "\u2fb7"}
def K(s): return "".join(KX.get(c, c) for c in s)

def S(content, type_, provider, frequency, period, **kw):
    d = {"content": content, "type": type_, "provider": provider, "frequency": frequency, "period": period}
    d.update(kw); return d
def G(text, period): return {"text": text, "period": period}
def J(parts, **kw):
    d = {"text": "".join(parts), "parts": parts}; d.update(kw); return d
R = []
def rec(n, file, layouts, form, pi, fi, needs, lg, sg, sv, notes, **kw):
    d = {"id": f"P16-c{n:02d}", "file": file, "layouts": layouts, "form": form, "writer": "P16", "split": "blind11",
         "person_intent": pi, "family_intent": fi, "needs": needs, "long_goals": lg, "short_goals": sg,
         "services": sv, "notes": notes}
    d.update(kw); R.append(d)

def located(file, s):
    """Fragments of s on consecutive lines of file, each fragment bounded by a space or the line edge."""
    lines = open(os.path.join(HERE, file), encoding="utf-8").read().split("\n")
    def ok_start(line, i): return i == 0 or line[i - 1] == " "
    def ok_end(line, j): return j == len(line) or line[j] == " "
    def go(n, rest, first):
        if n >= len(lines):
            return None
        line = lines[n]
        for k in range(len(rest), 0, -1):
            frag = rest[:k]
            i = line.find(frag)
            while i >= 0:
                if (first or ok_start(line, i)) and (k == len(rest) or ok_end(line, i + k)):
                    if k == len(rest):
                        return [frag]
                    tail = go(n + 1, rest[k:], False)
                    if tail:
                        return [frag] + tail
                i = line.find(frag, i + 1)
        return None
    for n in range(len(lines)):
        r = go(n, s, True)
        if r and len(r) > 1:
            return r
    raise SystemExit(f"not located: {s!r}")

# ---------------------------------------------------------------------------------------------
# c01 HTML source of a web care-plan viewer page (rowspan, <br> inside period cells, entities)
F = "P16-c01_html_page_source.txt"
LP = J(["R9.1.10～", "R10.1.9"], html_br=True); SP = J(["R9.1.10～", "R9.6.30"], html_br=True)
P = "R9.1.10～R9.6.30"
REHA = "くすのき整形外科クリニック 訪問リハビリ"
rec(1, F, ["N100", "L5"], "居宅",
    ["首の手術をしてから指先がしびれて、ボタンや箸がうまく使えない。もう一度、ピンセットで時計の部品を扱えるくらいになりたい。"],
    ["主人は人に頼るのが嫌いな人なので、手伝いすぎないように見守りたい。段差で足がもつれるので、転ばないかが心配です。"],
    ["指先がしびれていても、ボタンかけや箸使いを自分でこなしたい", "足がもつれて転びやすいので、家の中と庭を安全に歩きたい", "首に負担をかけずに、趣味の時計いじりを続けたい"],
    [G("太柄の食器やボタンエイドを活用し、朝の身支度と食事を一人で終えられる", LP["text"]), G("四点杖で、家の周りをひと回り散歩できる", LP["text"]), G("作業の姿勢に気をつけながら、時計の修理を楽しめる", LP["text"])],
    [G("ボタンエイドを使い、前開きのシャツを一人で着られる", SP["text"]), G("段差の手前で一度止まり、手すりを持って上がり框を越えられる", SP["text"]), G("拡大鏡付きの作業台を使い、首を反らさずに30分続けて作業できる", SP["text"])],
    [S("手指の細かい動作の訓練、ボタンエイドと太柄スプーンの使い方の練習", "訪問リハビリテーション", REHA, "週1回（火）", P),
     S("朝の着替えを見守り、できない所だけ手を貸す", "妻", "", "毎朝", P),
     S("歩行とバランスの訓練、入浴、昼食", "通所リハビリテーション", "介護老人保健施設 みずならの丘", "週2回（月・木）", P),
     S("玄関の上がり框と浴室への手すりの取り付け", "住宅改修", "株式会社 三輪工務店", "1回", "R9.1.10～R9.2.28"),
     S("四点杖の貸与", "福祉用具貸与", "ケアショップ野の花", "毎日", P),
     S("作業姿勢の確認、作業台と拡大鏡の高さの調整", "訪問リハビリテーション", REHA, "月1回", P),
     S("タイマーを使い、30分ごとに首を休める", "本人", "", "作業のたび", P),
     S("時計愛好会の例会への車での送り迎え", "愛好会の仲間（北条さん）", "", "月1回", P)],
    "HTML source of a web care-plan viewer page, saved and pasted as text (doctype, head, <style>, comments, hidden print buttons, footer). 第1表 as <table> rows <th>label</th><td>value</td>; the intent cell holds 本人：/妻：/長男： lines separated by <br> followed by the 課題分析 paragraph in the same cell (長男's line 月に一度は、車で病院の受診に連れて行きます。 is a role line; the paragraph is not an intent). 第2表 as a <table> with a two-row header (援助目標 colspan=4, 援助内容 colspan=6) and need/goal/period cells merged with rowspan over the service rows (<td rowspan=\"2|3\">). The goal periods are stacked with <br> inside the cell (「R9.1.10～<br>R10.1.9」): annotated joined without the tag (html_br). Service periods are on one line. Informal rows have an empty ※1 <td></td> and an empty or &nbsp; ※2 cell (provider empty). Entities (&nbsp;, &lt;, &copy;) occur only in header/furniture text, never inside an annotated string. 総合的な援助の方針, the ※ notes and page furniture are not annotated.",
    joined_from_lines=[LP, SP])

# c02 JSON export of a care app (ISO 8601 intervals with a slash as the period)
F = "P16-c02_care_app_json_export.txt"
L = "2027-02-01/2028-01-31"; P = "2027-02-01/2027-07-31"
ST = "若葉台総合病院 訪問リハビリテーション科"
rec(2, F, ["N101", "L5"], "居宅",
    ["夕方になるとまぶたが下がって、物が二重に見える。それでも、図書館での絵本の読み聞かせは続けたい。"],
    ["妻が疲れて横になる日が増えた。薬の時間と食事のむせが気になるので、専門の人に見てもらいたい。"],
    ["疲れやすさに合わせて休みを取りながら、家事を続けたい", "むせずに食事をとり、体重を保ちたい", "図書館の読み聞かせボランティアを続けたい"],
    [G("午前中に家事をまとめ、夕方は休む生活のリズムをつくれる", L), G("誤嚥性肺炎を起こさずに、好きなものを食べ続けられる", L), G("月2回、図書館のおはなし会で読み聞かせを続けられる", L)],
    [G("1日の疲れの波を記録し、負担の大きい家事を午前中に移せる", P), G("薬が効いている時間帯に食事をとり、食事中にむせる回数が減る", P), G("声が疲れないよう短い絵本を選び、15分間読み通せる", P)],
    [S("症状（まぶたの下がり・複視・むせ）と服薬の確認、疲れの記録のつけ方の助言", "訪問看護", "訪問看護ステーションこもれび野", "週1回（水）", P),
     S("掃除機かけと浴室の掃除", "訪問介護", "ヘルパーステーションみさき", "週1回（金）", P),
     S("朝・昼・夕の疲れの具合を手帳に記録する", "本人", "", "毎日", P),
     S("言語聴覚士による飲み込みの評価と食べ方の指導、食形態の助言", "訪問リハビリテーション", ST, "月2回", P),
     S("食事の時間に合わせた服薬の声かけ", "夫", "", "毎食前", P),
     S("薬の一包化と飲み忘れの確認", "居宅療養管理指導", "あおぞら調剤薬局 本町店", "月2回", P),
     S("おはなし会の日の図書館までの送り迎え", "読み聞かせの会の仲間（三宅さん）", "", "月2回", P),
     S("声を出す練習と、息つぎの整え方の指導", "訪問リハビリテーション", ST, "月2回", P)],
    "JSON file exported by a care app (pretty-printed, English keys): office/client/plan objects; sheet1.intentions = [{speaker, relation, text}] (本人; 家族/夫 = wish; 家族/長女 週末に来て、作り置きのおかずを冷凍しておきます。 = role line); analysisResult holds a \\n escape and is not annotated, nor are overallPolicy, emergencyContact, consent. sheet2.needs[].goals[] with longTerm/shortTerm {text, period} and services[] {content, insured, serviceType, provider, frequency, period}. Periods are ISO 8601 intervals written with a slash (「2027-02-01/2028-01-31」), annotated as written. Informal rows: insured false, provider null (= empty), the person or group in serviceType. certPeriod, birthDate and other header values are not plan content.")

# c03 予防: PDF copy that gives the table column by column
F = "P16-c03_pdf_copy_column_by_column.txt"
A = "R9.2.1～R9.7.31"; B = "R9.2.1～R9.4.30"
rec(3, F, ["N102", "L6", "L5"], "予防",
    ["痛くなっても少し休めばまた歩ける。釣り場までは人の手を借りずに歩いて行きたい。", "風呂掃除とゴミ出しは、これからも自分の仕事にしておきたい。", "仲間と堤防で話すのが一番の楽しみ。また一緒に竿を出したい。"],
    ["無理をして途中で動けなくなるのが心配。休める場所を決めて歩いてほしい。"],
    ["歩くとふくらはぎが痛み、外出する距離が短くなって足の筋力が落ちている", "足の血流が悪く、小さな傷が治りにくいため、足の手入れと早めの受診が欠かせない"],
    [G("秋のハゼ釣りの季節に、仲間と堤防で竿を出す", "")],
    [G("休み方を身につけ、堤防まで片道15分の道を歩き通せる", "6か月"), G("毎晩足を観察して傷や色の変化に早く気づき、受診につなげられる", "3か月")],
    [S("痛みが出たら立ち止まって休み、治まってから歩く散歩", "本人", "", "毎日", A),
     S("堤防までの散歩に付き添う", "釣り仲間（尾崎さん）", "", "週1回", A),
     S("間欠性跛行に配慮した歩行訓練と下肢の筋力訓練", "介護予防通所リハビリテーション", "ことぶき台クリニック 通所リハビリ", "週1回", A),
     S("公民館の体操教室「いきいき百歳体操」への参加", "一般介護予防事業", "北浜地区公民館", "週1回", A),
     S("入浴後に足の指の間まで確かめる", "本人", "", "毎晩", B),
     S("手の届かないかかとの確認と保湿クリームの塗布", "妻", "", "毎晩", B),
     S("足の観察と爪の手入れ、保湿の方法の指導", "介護予防訪問看護", "訪問看護ステーションひだまり坂", "月2回", B)],
    "予防 form copied from a PDF whose text comes out COLUMN BY COLUMN: every label and value on its own line; the assessment table is given as the whole 領域/状況 column, then the whole 本人・家族の意欲・意向 column (5 lines for 4 areas, no area names), then the 課題 column (■有/□無), the 総合的課題 column, the 提案 column and the 具体策についての意向 column; the 支援計画 table likewise column by column (目標, ポイント, セルフケア…, 介護保険サービス又は地域支援事業, サービス種別, 事業所, 期間). Row links: the 目標, ポイント, セルフケア and 介護保険サービス cells start with ①/② (the row); the 種別 and 事業所 columns list one line per insured service in the same order as the 介護保険サービス column (3 lines); the 期間 column has one line per row (① R9.2.1～R9.7.31, ② R9.2.1～R9.4.30), which is the period of every item of that row, self-care included. Intents: the 本人 lines (3) are person intents; 妻's first line (worry + wish) is a family intent, her second line (毎晩お風呂上がりに見るようにしています) a role line; 具体策についての意向 lines are not intents. 1年 = long goal (no period); 1日 is not a goal. Goals keep no ①② and no （6か月）; the relative period is kept. Items 「人：内容（頻度）」 and insured 「内容（頻度）」: frequency from the bracket, content without it. A self-care cell with two items gives the ①/② only before the first (「①本人：…」, then 「釣り仲間（尾崎さん）：…」 on the next line); every 「人：」 line is one item. 総合的な方針, 包括の確認 and the consent line are not annotated.")

# c04 e-mail reply: plan quoted with > / >>, inline comments, broken quote wrapping
F = "P16-c04_email_reply_with_quoted_plan.txt"
L = "R9.3.1～R10.2.29"; P = "R9.3.1～R9.8.31"
AOBA = "リハビリセンター青葉の杜"
w1 = J(["玄関から居間・トイレへの動線に沿った手すりの設置と、左側の柱への色テー", "プの目印"], quote_wrap=True)
w2 = J(["食事の時にお盆を右寄せに置き、食べ残しがあれば向きを変える声か", "け"], quote_wrap=True)
rec(4, F, ["N103", "L3", "L4", "L5"], "居宅",
    ["左側にあるものに気づかず、よくぶつかると言われる。また店先に立って、お客さんに「いらっしゃい」と言いたい。"],
    ["母の気持ちは分かるが、店の仕事で昼間はそばにいられない。昼間は安全に過ごせる場所に通ってほしい。"],
    ["左側の見落としがあっても、ぶつかったり転んだりせずに家の中を移動したい", "左手を使う動作を取り戻し、食事や身支度を自分でしたい", "店先に立って、なじみのお客さんと話したい"],
    [G("左側を確かめる習慣が身につき、家の中を四点杖で安全に移動できる", L), G("お皿の左側の料理にも気づき、一人で食事を済ませられる", L), G("週に何日か、店先の椅子に座ってお客さんを迎えられる", L)],
    [G("廊下の左側の目印テープを見ながら、トイレまで一人で歩ける", P), G("声かけでお盆の向きを変え、左側の皿にも箸をつけられる", P), G("店の椅子まで見守りで移動し、30分座っていられる", P)],
    [S("左側への注意を促す歩行訓練、入浴、昼食", "通所リハビリテーション", AOBA, "週3回（月・水・金）", P),
     S(w1["text"], "住宅改修", "株式会社ハウスケア藤代", "1回", "R9.3.1～R9.3.31"),
     S("四点杖の貸与", "福祉用具貸与", "福祉用具センターえがお", "毎日", P),
     S("左手の機能訓練、食事と着替えの動作の練習", "訪問リハビリテーション", "みどり野病院 訪問リハビリ", "週1回（火）", P),
     S(w2["text"], "次男の妻", "", "毎食", P),
     S("座った姿勢を保つ練習と、店の椅子の高さの助言", "通所リハビリテーション", AOBA, "週3回（月・水・金）", P),
     S("店番の日の見守りと、椅子までの付き添い", "次男", "", "週2回（火・土）", P)],
    "The supervisor's e-mail reply (headers, greeting, signature) to the care manager's mail: the plan is quoted with 「> 」 and, inside it, the 第1表 of an earlier mail with 「>> 」; the supervisor's comments 【柴崎】… stand unquoted between the quoted blocks and are not plan content (the suggestion to write 「次男の妻（由紀さん）」 is optional and was not applied; the type stays 次男の妻). The CM's own lines (greeting, the 退院 note, 「※訪問看護は…入れていません」) are not plan content. Needs as 【ニーズN】, goals as 「長期：X（期間）」/「短期：X（期間）」 (period in the final bracket; label abbreviated), services as 「・内容／種別／事業所／頻度／期間」 (no ※1 column; informal rows have the person as type and no provider segment: 「・内容／次男の妻／毎食／期間」). Two service lines were wrapped by the mail client: one continues on a line WITHOUT the quote marker (「…色テー」 / 「プの目印／住宅改修／…」), one on a line with 「> 」 (「…声か」 / 「> け／次男の妻／…」); their contents are annotated joined (quote_wrap). Intents: 本人：/家族（次男）： (wish, with a limitation, annotated whole) / 家族（次男の妻）： 朝の着替えと夕方の入浴の準備は、私が手伝っています。 = role line. The 本人 line keeps its inner 「いらっしゃい」. 総合的な援助の方針（案） is not annotated.",
    joined_from_lines=[w1, w2])

# c05 第4表 サービス担当者会議の要点: the agreed plan written in the 結論 as prose
F = "P16-c05_service_meeting_minutes_sheet4.txt"
L = "R8.12.15～R9.12.14"; P = "R8.12.15～R9.5.31"
rec(5, F, ["N104", "L5", "L8"], "居宅",
    ["入院はもうこりごり。家で、かあちゃんの作った茶碗蒸しを食べていたい"],
    ["食事のたびにむせるので怖い。とろみのつけ方や、むせた時にどうすればいいかを教えてほしい"],
    ["むせずに口から食べ続け、肺炎での入院を繰り返したくない", "体力を戻し、トイレまで歩いて行けるようになりたい", "妻が一人で抱え込まず、相談しながら世話を続けたい"],
    [G("誤嚥性肺炎を起こさずに、口から食事をとり続けられる", L), G("伝い歩きで、昼も夜もトイレに通える", L), G("妻が自分の体を休める時間を確保し、在宅での介護を無理なく続けられる", L)],
    [G("とろみをつけた食事を、姿勢を整えて30分以内にむせずに食べられる", P), G("歩行器を使い、日中は見守りでトイレまで歩ける", P), G("妻が週に2日は自分の時間を持ち、介護の悩みを相談できる", P)],
    [S("呼吸の状態と痰の観察、食後の口腔ケアの確認", "訪問看護", "訪問看護ステーションみずほ", "週2回（月・木）", P),
     S("入れ歯の調整と口の中の診察", "居宅療養管理指導", "ありま歯科医院", "月2回", P),
     S("食事の前の姿勢の調整と、とろみ剤の計量", "妻", "", "毎食", P),
     S("土日の食事の介助の交代", "長女", "", "週末", P),
     S("歩行訓練と飲み込みの体操、昼食（嚥下調整食）", "通所リハビリテーション", "あかつき台病院 通所リハビリテーション", "週2回（火・金）", P),
     S("歩行器と特殊寝台の貸与", "福祉用具貸与", "福祉用具プラザ かえで", "毎日", P),
     S("3泊4日の短期入所", "短期入所生活介護", "特別養護老人ホーム 望洋園", "月1回", P),
     S("介護者教室への参加と悩みの相談（地域包括支援センター主催）", "妻", "", "月1回", P)],
    "第4表 サービス担当者会議の要点 (header, 出席者 table in two space-aligned column pairs, 検討した項目, 検討内容, 結論, 残された課題). Intents come from 検討内容 1: 本人より「…」とのこと / 妻より「…」とのこと, annotated inside the quotes (no final 。 inside the quotes); 長女's phoned line 土日は私が来て、食事の介助を代わります = role line. 検討内容 2–3 (professionals' information and advice, the 訪問 ST that was 見送り, the ポータブルトイレ 導入しない, the fever-contact rule) are not plan content. The plan is the 結論: prose 「課題N「need」は、長期目標を「X」（期間）、短期目標を「Y」（期間）とする。サービスは、」 followed by service lines 「・種別（事業所）：内容　頻度　期間」 and informal 「・人：内容　頻度　期間」. 「なお、通所リハビリの利用日（火・金）は、妻の休息の時間とする。」 is a remark, not a further service. 残された課題 (re-evaluation, 調整中, 次回) is not annotated.")

# c06 legacy care-software export: record-type CSV without a header row, Shift_JIS (cp932) + CRLF
F = "P16-c06_legacy_record_type_csv.csv"
L = "2027/04/01-2028/03/31"; P = "2027/04/01-2027/09/30"
rec(6, F, ["N105", "L5"], "居宅",
    ["透析はできるだけ先に延ばしたい。塩気の少ない食事にも慣れてきたので、市民農園の畑は続けたい。"],
    ["父は一人だと食事がいい加減になる。腎臓の数値がこれ以上悪くならないよう、食事を見てくれる人がいると安心です。"],
    ["腎臓の働きを保ち、透析を始める時期をできるだけ遅らせたい", "むくみや血圧の変化に早く気づき、体調を崩さずに過ごしたい", "市民農園での畑仕事を続けたい"],
    [G("塩分とたんぱく質を控えた食事を続け、腎機能の検査値を保てる", L), G("体重と血圧の記録を続け、むくみの悪化による入院をせずに過ごせる", L), G("体調に合わせて、市民農園で季節の野菜を育て続けられる", L)],
    [G("1日の塩分6g未満の献立を覚え、減塩の調味料を使って自炊できる", P), G("毎朝の体重と血圧を手帳に書き、2日で1kg以上増えたら看護師に電話できる", P), G("長男の手伝いを受けながら、週2回、畑で1時間作業できる", P)],
    [S("減塩・たんぱく調整食の調理と、作り置きのしかたの助言", "訪問介護", "ヘルパーステーションもくれん", "週2回（火・金）", P),
     S("管理栄養士による食事内容の確認と献立の助言", "居宅療養管理指導", "北野内科・腎臓内科クリニック", "月2回", P),
     S("腎臓病食の宅配弁当（夕食）", "配食サービス（自費）", "ミールケア若草", "週3回（月・水・金）", P),
     S("血圧・体重・むくみの観察、利尿薬と降圧薬の服薬確認", "訪問看護", "訪問看護ステーションすずかけ", "週1回（月）", P),
     S("毎朝の体重と血圧の測定と記録", "本人", "", "毎朝", P),
     S("手帳の写真をスマートフォンで受け取り、気になる時は電話をかける", "長女", "", "毎日", P),
     S("水やりと収穫の手伝い、帰りの買い物の付き添い", "長男", "", "週1回（土）", P),
     S("体力づくりの体操とマシン運動、入浴", "通所介護", "デイサービスあさぎり", "週1回（水）", P)],
    "Export of an older care-software package in its own record-type CSV (NOT the national ケアプランデータ連携 CSV): Shift_JIS (cp932), CRLF, no header row, one record per line keyed by a 2-digit record type in the first field: 01 header (事業所番号, 利用者コード, 作成日 20270315, 帳票名, 版, 作成者, 事業所名), 11 意向 (連番, 区分 1=本人 2=家族, 続柄, 本文), 12 課題分析の結果, 13 総合的な援助の方針, 21 課題 (課題NO, 課題), 22 目標 (課題NO, 目標NO, 長期目標, 長期期間, 短期目標, 短期期間), 23 援助内容 (課題NO, 目標NO, 援助NO, サービス内容, 保険 1/0, 種別コード, 種別名, 事業所番号, 事業所名, 頻度, 期間), 99 trailer (利用者コード, record count 21). Text fields quoted, numbers not. Periods written 「2027/04/01-2028/03/31」 (half-width hyphen), annotated as written. Informal records: 保険 0, empty 種別コード and 事業所, the person in 種別名 (provider empty). A non-insured formal item keeps its type and provider (配食サービス（自費） / ミールケア若草). Intents: 11 records; 長男's 土曜日に畑の水やりと買い物に付き合っています。 = role line. 12 and 13 are not annotated.",
    encoding="cp932")

# c07 予防: long-format (item/value) CSV
F = "P16-c07_long_format_item_value_csv.csv"
A = "2027/01/15～2027/04/14"; B = "2027/01/15～2027/07/14"
rec(7, F, ["N106", "L6", "L5"], "予防",
    ["右腕がむくんで重く、上まで上がらない。踊りの手の動きができるようになりたい。", "洗濯物を干すと腕がだるくなるが、家事は続けたい。", "教室の仲間には会いたいけれど、腕が太くなったのを見られるのがつらい。"],
    ["重い鍋や布団干しは私がやるので、妻には無理をしないでほしい。"],
    ["右腕のむくみと肩の動きにくさのため、家事や趣味の動作を続けにくくなっている", "腕の見た目が気になって外出を控え、教室の仲間との交流が途絶えている"],
    [G("フラダンス教室に戻り、夏祭りの舞台で仲間と踊る", "")],
    [G("むくみを悪化させない家事のやり方を身につけ、洗濯物干しと調理を自分でできる", "3か月"), G("弾性スリーブを着けて月2回は教室に顔を出し、踊りを見ながら仲間とおしゃべりできる", "6か月")],
    [S("弾性スリーブの着用と、朝晩のセルフドレナージ", "本人", "", "毎日", A),
     S("重い鍋を持つことと布団干しを引き受ける", "夫", "", "随時", A),
     S("肩の動きを広げる訓練と、洗濯物干し・調理の動作の練習", "介護予防訪問リハビリテーション", "市立第二病院 リハビリテーション科", "週1回（木）", A),
     S("むくみと皮膚の観察、スキンケアの指導", "介護予防訪問看護", "訪問看護ステーションやまびこ", "月2回", A),
     S("袖のふんわりした練習着を選び、見学に出かける", "本人", "", "月2回", B),
     S("見学の日の迎えと、教室での声かけ", "フラダンス教室の仲間（真鍋さん）", "", "月2回", B),
     S("腕と肩の体操、外出の不安についての話し合い", "通所型サービスC（短期集中予防）", "〇〇市 からだ元気教室（東部会場）", "週1回（火）", A)],
    "予防 plan stored as a long-format (entity–attribute–value) CSV: header 計画ID,区分,行,枝番,項目,値 and one row per field. 区分 目標とする生活 (1日 not a goal; 1年 = long goal, no period), アセスメント (行 = area; 意欲・意向 rows with 枝番 1, 2 …, each 「本人：…」 or 「夫：…」), 総合的課題 (行 = 課題; 総合的課題 = need; 目標と具体策の提案 and 具体策についての意向 are not annotated), 支援計画 (行 = goal: 目標, 目標の期間 (a relative 3か月/6か月, kept), 支援のポイント (not annotated); 枝番 = one support item, given by several rows: either 本人等のセルフケア…インフォーマルサービス + 支援する人 (= type) + 頻度 + 期間, or 介護保険サービス又は地域支援事業 + サービス種別 + 事業所 + 頻度 + 期間). 夫's 健康管理 line 通院の日は車で送っています。 = role line; his 日常生活 line (role + wish) is annotated whole. Every item has its own 期間 (the 通所型サービスC under goal 2 runs 3 months, not the goal's 6). 基本情報, 課題の有無, 総合的な方針 and 同意 are not annotated.")

# c08 Markdown 第2表 + a shared calendar's agenda list (frequencies counted from the calendar)
F = "P16-c08_markdown_table_with_calendar_agenda.md"
L = "2027-03-01〜2028-02-29"; P = "2027-03-01〜2027-08-31"
rec(8, F, ["N107", "L1", "L5"], "居宅",
    ["薬はちゃんと飲んでいる。誰かに部屋をのぞかれている気がして、落ち着かない時がある。このアパートで静かに暮らしたい。"],
    ["弟は人付き合いが苦手だけれど、決まった人なら受け入れます。調子を崩して入院にならないよう、見守ってもらえると助かります。"],
    ["薬を続けて、調子を崩さずにこのアパートで暮らしたい", "部屋を片付け、きちんと食事をとって暮らしたい", "落ち着いて人と関われる場所を持ちたい"],
    [G("服薬を続け、入院せずにアパートで暮らせる", L), G("ゴミをため込まず、1日3食をとって体重を保てる", L), G("週に何度か外に出て、決まった人と話す時間を持てる", L)],
    [G("配薬カレンダーから1日2回の薬を自分で飲み、飲み忘れが週1回以下になる", P), G("ヘルパーと一緒にゴミを分け、収集日に自分で出せる", P), G("デイサービスに週1回通い、入浴して昼食をとれる", P)],
    [S("服薬の確認と心の状態の観察、主治医との連絡", "訪問看護", "訪問看護ステーションすみれ野", "週2回（月・木）", P, frequency_from_calendar=True),
     S("主治医の診察と処方", "医療機関（精神科外来）", "まつばらメンタルクリニック", "2週に1回", P),
     S("配薬カレンダーへの薬のセットと残薬の確認", "居宅療養管理指導", "くるみ薬局", "週1回（土）", P, frequency_from_calendar=True),
     S("ゴミの分別と片付けを一緒に行う、買い物の同行", "訪問介護", "ホームヘルプなでしこ", "週2回（火・金）", P, frequency_from_calendar=True),
     S("夕食の弁当を届け、手渡しで様子を確かめる", "高齢者配食サービス", "ほほえみ弁当", "週5回（月〜金）", P),
     S("収集日のメモを冷蔵庫に貼り、前の晩にゴミ袋を玄関に置く", "本人", "", "週2回", P),
     S("入浴、昼食、少人数での活動", "地域密着型通所介護", "デイサービス小春日", "週1回（水）", P, frequency_from_calendar=True),
     S("玄関先での声かけと近況の聞き取り", "町内の見守り協力員（大塚さん）", "", "週1回", P)],
    "Markdown note: property bullets, intents as 「- **話者**：text」 (姉 = wish; 姪's 月に一度、母の代わりに通帳の記帳と家賃の振り込みに付き添っています。 = role line), a > quote with the background (not annotated), 総合的な援助の方針 (not annotated), and the 第2表 as a Markdown pipe table with a |---| line and 11 columns; need/goal cells are empty on the continuation rows of a need. Four 頻度 cells say 「カレンダー参照」: the frequency was counted from the shared calendar's agenda list (2 weeks, in a ``` block, events 「HH:MM～HH:MM  名前（事業所の略称）」 under date lines) and written 「週N回（曜・曜）」 (frequency_from_calendar): 訪問看護（すみれ野） Mon+Thu, ホームヘルプ（なでしこ） Tue+Fri, デイ（小春日） Wed, お薬セット（くるみ薬局） Sat. Calendar events that are not rows of the 第2表 (夕方の電話確認（姉）) are not services; the 受診 on 3/9 is the 主治医の診察 row, whose frequency is written (2週に1回). Periods use 〜 (U+301C), annotated as written.")

# c09 Excel sheet with a two-row merged header, saved as CSV (extra 目的/備考 columns)
F = "P16-c09_excel_two_row_header_csv.csv"
L = "R9.5.20～R10.5.31"; P = "R9.5.20～R9.11.30"
SUKO = "医療法人穂積会 デイケアすこやか"
rec(9, F, ["N108", "L2", "L5"], "居宅",
    ["頭の手術は済んだが、どうも足がふらつくし、何をするのも面倒になった。郷土史の会の冊子の原稿は途中なので、仕上げたい。"],
    ["手術の後、ぼんやりしている時間が長くて心配です。転ばないように気をつけながら、前のように外に出てほしい。"],
    ["ふらつきがあっても、転倒せずに屋内と近所の道を歩きたい", "手術の後の体調の変化に早く気づき、再発を防ぎたい", "郷土史の会の冊子づくりを再開し、張りのある毎日を取り戻したい"],
    [G("杖を使い、近所の公民館まで一人で歩いて行ける", L), G("再出血の兆しに早く気づき、落ち着いた体調で過ごせる", L), G("郷土史の会の冊子づくりに加わり、担当の原稿を仕上げられる", L)],
    [G("家の中では伝い歩きをし、夜中もふらつかずにトイレへ行ける", P), G("頭痛・ふらつき・物忘れの変化を妻とノートに書きとめ、診察の際に医師へ伝えられる", P), G("1日1時間、机に向かって資料を整理する時間を持てる", P)],
    [S("下肢の筋力とバランスの訓練、屋外歩行の練習", "通所リハビリテーション", SUKO, "週2回（火・金）", P),
     S("寝室からトイレまでの廊下への手すりの取り付け", "住宅改修", "有限会社 浜名ハウジング", "1回", "R9.5.20～R9.6.30"),
     S("寝室とトイレの足元灯の設置", "長男", "", "1回", "R9.5.20～R9.6.30"),
     S("血圧と神経の症状（頭痛・手足の動き・言葉）の観察、服薬の確認", "訪問看護", "訪問看護ステーションあかね雲", "週1回（月）", P),
     S("体調チェック表への記入", "妻", "", "毎日", P),
     S("作業療法士による机上作業の練習と、1日の予定表づくりの支援", "通所リハビリテーション", SUKO, "週2回（火・金）", P),
     S("例会への誘いと、資料の受け渡し", "郷土史の会の会長（志村さん）", "", "月1回", P)],
    "An Excel 第2表 sheet saved as CSV (UTF-8, CRLF rows, LF inside quoted cells, 13 columns on every row, empty cells as empty fields): title and 利用者名 rows; a 「第1表より」 row whose 意向 cell holds three lines 本人：/妻：/長男（県外在住）： (長男's 毎週日曜の夜に電話で様子を聞いています。 = role line); then a TWO-ROW header from merged cells (row 1: 生活全般の解決すべき課題（ニーズ）, 援助目標 over 4 columns, 援助内容 over 6 columns, 目的, 備考; row 2: 長期目標, （期間）, 短期目標, （期間）, サービス内容, ※1, サービス種別, ※2, 頻度, 期間). Need/goal cells are filled only on the first row of each need. The extra columns 目的 and 備考 (one 備考 cell with a line break) stay with their row and are not annotated. ※1 ○ is not annotated; informal rows have empty ※1 and ※2. ※ footnote rows are not annotated.")

# c10 予防: two pages printed on one sheet (2in1) and copied from the PDF with the layout kept
F = "P16-c10_two_pages_per_sheet_pdf_copy.txt"
A = "R9.4.1～R9.9.30"; B = "R9.4.1～R9.6.30"
T = lambda parts: J(parts, two_up_wrap=True)
c10_j = [T(["知らない町なので、一人で歩くと迷いそうで出", "かけられない"]),
         T(["娘の家の台所は勝手が違って手を出しにくい。", "漬物ぐらいは自分で漬けたい"]),
         T(["こっちでも民謡の仲間ができたらいいけれど、", "自分から声をかけるのは気がひける"]),
         T(["転居後、知らない土地で外出の機会が減り、気分の落", "ち込みと足腰の衰えがみられる"]),
         T(["眠れない夜が続いて昼間に横になることが多く、生活", "のリズムが乱れている"]),
         T(["地域の民謡サークルに通い、敬老会の舞台で秋田の民", "謡を歌う"]),
         T(["近所の道を覚え、公民館の民謡サークルに一人で通え", "る"]),
         T(["毎朝同じ時刻に起きて朝食をとり、昼間は横になら", "ずに過ごせる"]),
         T(["公民館までの道を一緒に歩いて覚え", "る"]),
         T(["練習日の前", "日の電話と、会場での出迎え"]),
         T(["朝7時にカーテンを開け、ベランダの花に水", "をやる"])]
X = {j["text"]: j["text"] for j in c10_j}
rec(10, F, ["N109", "L6", "L5"], "予防",
    [X["知らない町なので、一人で歩くと迷いそうで出かけられない"], X["娘の家の台所は勝手が違って手を出しにくい。漬物ぐらいは自分で漬けたい"], X["こっちでも民謡の仲間ができたらいいけれど、自分から声をかけるのは気がひける"]],
    ["母にも台所を任せる日をつくりたい"],
    [X["転居後、知らない土地で外出の機会が減り、気分の落ち込みと足腰の衰えがみられる"], X["眠れない夜が続いて昼間に横になることが多く、生活のリズムが乱れている"]],
    [G(X["地域の民謡サークルに通い、敬老会の舞台で秋田の民謡を歌う"], "")],
    [G(X["近所の道を覚え、公民館の民謡サークルに一人で通える"], "6か月"), G(X["毎朝同じ時刻に起きて朝食をとり、昼間は横にならずに過ごせる"], "3か月")],
    [S(X["公民館までの道を一緒に歩いて覚える"], "本人・長女", "", "週1回", A),
     S(X["練習日の前日の電話と、会場での出迎え"], "民謡サークルの世話役（小松さん）", "", "月2回", A),
     S("民謡に合わせた体操と、少人数での茶話会", "通所型サービス（従前相当）", "リハビリデイ いちょう通り", "週1回", A),
     S(X["朝7時にカーテンを開け、ベランダの花に水をやる"], "本人", "", "毎朝", B),
     S("夕方、一緒に犬の散歩に行く", "孫", "", "毎日", B),
     S("週末に一緒に漬物を漬ける", "長女", "", "週1回", B)],
    "A two-page 予防 form printed two pages per sheet (2in1) and copied from the PDF with the layout kept: every line holds a line of page 1 (left, display columns 0–62) and, after a run of spaces, the line of page 2 (right, from display column 63); a form feed ends the sheet. Page 1: header, 目標とする生活 (１日 not a goal; １年 = long goal, no period), the assessment written as 〔領域〕 blocks with 状況： and 意向： lines (speech in 本人「…」/長女「…」, annotated inside the quotes), 総合的課題 １．２．, 提案, 具体策についての意向 (not an intent). Page 2: 支援計画 by goal: 【目標N】（6か月）/（3か月） (relative period kept), the goal text on the next line, 支援のポイント (not annotated), self-care/informal items 「・人：内容（頻度）」, the insured item 「・内容（頻度）」 with サービス種別： and 事業所： lines below it, 「・なし」 (no insured service), and 期間： for the whole goal block (applies to every item of the block, self-care included). Strings wrapped inside their page column continue at the start of the next line of the same page half after its indentation (11 strings, joined_from_lines with two_up_wrap). 長女's 健康管理 line 通院には私が付き添っています = role line. 総合的な方針, 包括の意見 and the consent line are not annotated.",
    joined_from_lines=c10_j)

# c11 PDF copy in which the fragments of each visual line of a table row are joined by single spaces
F = "P16-c11_pdf_copy_table_lines_interleaved.txt"
c11_strings = {}
def I(s):
    if s not in c11_strings:
        c11_strings[s] = J(located(F, s), interleaved=True)
    return s
LP = I("R9.5.1～R10.4.30"); SP = I("R9.5.1～R9.10.31")
rec(11, F, ["N110", "L5"], "居宅",
    [I("お父さんと一緒に、ここで暮らしたい。夜になると怖い夢を見る。")],
    [I("夜中に何度も起こされて、こっちが倒れそうだ。昼間は預かってもらって、夜は少しでも眠りたい。")],
    [I("夜ぐっすり眠り、昼間を落ち着いて過ごしたい"), I("脳梗塞の再発を防ぎ、体調を保ちたい"), I("夫が体を壊さずに、二人の暮らしを続けたい")],
    [G(I("夜中に起きる回数が減り、昼と夜のリズムが整う"), LP), G(I("血圧が安定し、脳梗塞の再発なく過ごせる"), LP), G(I("夫が睡眠の時間を確保でき、共倒れにならずに二人で暮らせる"), LP)],
    [G(I("昼間はデイで体を動かし、夜間の起き出しが一晩1回程度に減る"), SP), G(I("血圧の薬と血液をさらさらにする薬を、夫の声かけで毎日飲める"), SP), G(I("月に一度、夫がまとまって眠れる1週間をつくれる"), SP)],
    [S(I("昼間の活動（体操・歌・洗濯物たたみ）、入浴、昼食"), I("認知症対応型通所介護"), I("デイサービスこぶし苑"), I("週4回（月・火・木・金）"), SP),
     S("眠りと夜中の様子の記録", "夫", "", "毎日", SP),
     S(I("眠りと服薬の状況の確認、主治医への報告"), "訪問看護", I("訪問看護ステーション若竹"), "週1回（水）", SP),
     S(I("服薬の声かけと飲んだかどうかの確認"), "夫", "", "毎朝・毎夕", SP),
     S(I("薬の一包化と服薬カレンダーへのセット"), I("居宅療養管理指導"), "すずらん薬局", "月2回", SP),
     S(I("認知症の方を受け入れる短期入所（6泊7日）"), I("短期入所生活介護"), I("特別養護老人ホーム 白樫の郷"), "月1回", SP),
     S(I("介護の悩みの相談と、同じ立場の人との交流"), I("町内の介護者サロン"), "", "月1回", SP)],
    "居宅 第1表/第2表 copied from a PDF viewer that outputs a table row as visual lines, joining the fragments of all cells on that line with a single space and dropping empty cells: wrapped and merged cells therefore interleave line by line (「利用者及び家族の 本人：お父さんと…夜になると怖い夢を」 / 「生活に対する意向 見る。」), and the need/goal/period cells of a need sit beside the lines of its first services (3 needs, 7 service rows). Every string broken over lines is annotated joined from its fragments, which sit on consecutive lines, each fragment bounded by a space or the line's edge (joined_from_lines with interleaved; the parts were located mechanically for the strings typed here). The 第1表 label column (利用者及び家族の生活に対する意向を踏まえた課題分析の結果 in 4 fragments, 総合的な援助の方 / 針) interleaves with the text. Intents: 本人：/夫：; 次男's 仕事から帰ったら、夜10時までは私が母を見ています。 = role line; the analysis paragraph is not an intent. Periods stacked in their cells (R9.5.1～ / R9.10.31). The 第1表 checkbox lines, ※ notes and page number are not annotated.",
    joined_from_lines=list(c11_strings.values()))

# c12 予防: Q&A explanation sheet for the person and family
F = "P16-c12_qa_explanation_for_family.txt"
A = "令和9年2月1日～令和9年7月31日"; B = "令和9年2月1日～令和9年4月30日"
rec(12, F, ["N111", "L6", "L4", "L5"], "予防",
    ["手術で股の痛みはなくなった。でも脱臼が怖くて、しゃがむのが不安。また陶芸教室でろくろを回したい。"],
    ["一人暮らしなので、転んで脱臼しないかが心配です。できることは自分でやって、元気でいてほしい。"],
    ["股関節の脱臼への不安から、しゃがむ動作や外出を控えるようになり、足の筋力が落ちている", "低い位置での家事（浴槽の掃除・布団の上げ下ろし）が難しく、家事の負担が大きくなっている"],
    [G("陶芸教室に通い続け、秋の作品展に湯のみを出す", "")],
    [G("脱臼しない姿勢と動き方を身につけ、陶芸教室に週1回通える", "6か月"), G("道具や家具の高さを工夫し、浴槽の掃除と寝具の片付けを自分でできる", "3か月")],
    [S("教わった股関節の体操を朝晩続ける", "ご本人", "", "毎日", A),
     S("教室への車での送り迎え", "陶芸教室の仲間の堀さん", "", "週1回", A),
     S("股関節まわりの筋力訓練と歩行訓練、脱臼しない動き方の練習", "介護予防通所リハビリテーション", "リハビリデイ みどり坂", "週2回・火・金", A),
     S("柄の長いブラシで、入浴後に浴槽を洗う", "ご本人", "", "入浴のたび", B),
     S("ベッドの組み立てと、季節ごとの重い布団の入れ替え", "ご長男", "", "季節ごと", B),
     S("高めのシャワーチェアと浴槽台の購入", "特定介護予防福祉用具販売", "福祉用具の店 ありす", "1回", B),
     S("布団干しと掃除機かけ", "訪問型サービス（従前相当）", "ヘルパーステーションかざぐるま", "週1回・水", B)],
    "A 包括's explanation sheet for the person and family written as Q&A (Ｑ１．…？ / Ａ．…), rewording the 予防 plan: Q1 1日 (not a goal) / 1年 = long goal (no period); Q2 intents as ご本人：「…」 / ご長男：「…」 (annotated inside the quotes, final 。 kept as inside); ご長男の奥様's 月に2回、日曜日に買い物に連れて行っています。 = role line; Q3 総合的課題 ①② (needs, without the number); Q4 目標1（6か月）：/目標2（3か月）： (short goals, relative period kept); Q5 supports per goal in 【目標Nのために】 blocks: 「・人：内容（頻度）」 and 「・種別（事業所）：内容（頻度）」 (note the nested brackets in 訪問型サービス（従前相当）（ヘルパーステーションかざぐるま）); Q6 gives the period of every support of goal 1 and of goal 2 in one sentence (applied to each item). Q7 (costs), Q8 (contact), greeting and closing are not plan content.")

# c13 XML export of a care-software package (romanised element names, attributes, CDATA)
F = "P16-c13_care_software_xml_export.txt"
L = "2027/04/20～2028/03/31"; P = "2027/04/20～2027/09/30"; Q = "2027/04/20～2027/06/30"
HANA = "ケアレンタル はなみずき"; YUZU = "訪問看護ステーションゆずりは"
rec(13, F, ["N112", "L5"], "居宅",
    ["立ち上がると、ふっと気が遠くなるのが怖い。それでも年に何回かは、レコードを聴きに街のジャズ喫茶へ行きたい。"],
    ["仕事は続けたいので、私が留守の間の見守りをお願いしたい。立ちくらみで倒れた時の対応も教えてほしい。"],
    ["立ちくらみで倒れずに、起き上がりや家の中の移動をしたい", "尿が出にくくても、感染を起こさず清潔に過ごしたい", "好きな音楽を楽しみ、外に出かける機会を持ち続けたい"],
    [G("血圧の変化に気をつけながら、家の中を歩行器で移動できる", L), G("尿路感染を起こさずに、排尿の管理を続けられる", L), G("体調の良い日に、車いすでジャズ喫茶に出かけられる", L)],
    [G("起き上がる時は3段階で体を起こし、めまいを感じずに座れる", P), G("看護師の指導を受け、妻と一緒に自己導尿の手順を覚えられる", P), G("1日の水分量と尿量を記録し、水分を1日1.5リットルとれる", Q), G("長女の付き添いで、月に2回は車いすで近所に出かけられる", P)],
    [S("血圧（寝た時と立った時）の測定、立ちくらみへの対応の指導", "訪問看護", YUZU, "週2回（火・金）", P),
     S("段階的な起き上がりの練習と、歩行器での歩行訓練", "訪問リハビリテーション", "城北神経内科病院 訪問リハビリテーション", "週1回（水）", P),
     S("背上げ機能付きの特殊寝台と歩行器の貸与", "福祉用具貸与", HANA, "毎日", P),
     S("弾性ストッキングをはく手伝い", "妻", "", "毎朝", P),
     S("自己導尿の手技の指導と、尿の色・においの観察", "訪問看護", YUZU, "週2回（火・金）", P),
     S("飲んだ水分の量と尿の量の記録", "本人", "", "毎日", Q),
     S("妻が留守の間の水分補給の声かけとトイレ誘導、昼食の準備", "訪問介護", "ヘルパーステーション陽だまり通り", "週3回（月・水・金）", Q),
     S("車いすでの外出の付き添い", "長女", "", "月2回（週末）", P),
     S("折りたたみ式の車いすの貸与", "福祉用具貸与", HANA, "毎日", P)],
    "XML written by a care-software package (comment, default namespace, romanised element names): <Hyo1> with <Iko zokugara=\"本人|妻|長女\"> (長女's 月に2回、週末に帰ってきて父を外に連れ出します。 = role line), <BunsekiKekka> in CDATA, <SogoHoshin> (not annotated); <Hyo2> <Kadai no> → <KadaiNaiyo> (need) → <EnjoMokuhyo no> → <ChokiMokuhyo kikan=\"…\">text</ChokiMokuhyo> and <TankiMokuhyo kikan=\"…\"> (the PERIOD IS AN ATTRIBUTE, before the text) → <EnjoNaiyo no> with <ServiceNaiyo>, <HokenTaisho> 1/0 (not annotated), <ServiceShubetsu>, <Jigyoshomei> (empty element <Jigyoshomei/> = empty provider), <Hindo>, <Kikan>. Kadai 2 has two <EnjoMokuhyo> that repeat the same long goal with different short goals: the long goal is annotated once, the short goals twice (4 short goals in all; the second has a 2-month period). Header elements (Riyosha, Sakuseisha, NinteiKikan) are not plan content.")

# c14 予防: PDF copy, one table cell per line, text layer with Kangxi-radical characters
F = "P16-c14_pdf_copy_radical_characters.txt"
A = K("令和9年3月1日～令和9年8月31日"); B = K("令和9年3月1日～令和9年5月31日")
ASA = K("あさひ台病院 通所リハビリテーション"); TYP = K("介護予防通所リハビリテーション")
rec(14, F, ["N113", "L1", "L6", "L9", "L5"], "予防",
    [K("ボタンや小銭が右手でうまくつまめない。自分のことは自分でしたい。"), K("言葉がもつれて、電話で聞き返されるのがいやになった。ゲートボールの仲間とは、前のように冗談を言い合いたい。")],
    [K("主人は口数が減って、家にこもりがちです。右手の細かい作業がしにくいようなので、できることを増やしてほしい。")],
    [K("言葉が聞き取りにくくなったことで人と話すのを避け、外出や交流が減っている"), K("右手の細かい動作がしにくく、身の回りのことに時間がかかる")],
    [G(K("ゲートボールの大会に出て、チームの仲間と声をかけ合ってプレーする"), "")],
    [G(K("ゆっくり区切って話すこつを身につけ、ゲートボールの練習に週2回参加できる"), K("6か月")), G(K("右手の指の訓練を続け、ボタンの留め外しと小銭の出し入れを自分でできる"), K("3か月"))],
    [S(K("新聞のコラムを声に出して読む"), K("本人"), "", K("毎日"), A),
     S(K("練習日の迎え"), K("ゲートボールの仲間（坂東さん）"), "", K("週2回"), A),
     S(K("言語聴覚士による発声と発音の練習"), TYP, ASA, K("週1回"), A),
     S(K("指の体操とお手玉"), K("本人"), "", K("毎日"), B),
     S(K("大きなボタンの服と小銭入れを用意する"), K("妻"), "", K("1回"), B),
     S(K("作業療法士による手指の細かい動作の訓練"), TYP, ASA, K("週1回"), B)],
    "予防 form (official layout) copied from a PDF made with a font whose text layer maps common kanji to Kangxi-radical code points: ⽬(U+2F6C) ⽇ ⽉ ⼈ ⽣ ⾒ ⾔ ⼿ ⽅ ⽤ ⾃ ⾏ ⼒ ⽴ ⼊ ⼝ ⼤ ⼩ ⾞ ⾜ ⾷ for 目日月人生見言手方用自行力立入口大小車足食, and ⻑ (U+2ED1, CJK Radicals Supplement, which NFKC does NOT fold) for 長. Annotated strings keep these characters (they were typed in ordinary kanji and converted by the same table, see build_expected.py K()). Layout: every table cell on its own line in row order; the assessment header row (6 column names) is followed per area by 状況 / 意欲・意向 / 「■有 □無 課題」 / 総合的課題 (only on the row where the merged cell starts, 「1.」「2.」 numbering not part of the need) / 提案 / 具体策についての意向 (not an intent); 健康管理 has no 総合的課題 cell. 支援計画: the 7 column names, then per goal the cells 目標（（6か月）/（3か月） at the end, relative period kept, text without 「1.」）, ポイント, one line per self-care/informal item 「人：内容（頻度）」, the insured item 「内容（頻度）」, 種別, 事業所, 期間 (period of every item of the goal). Intents: 本人 lines in 日常生活 and 社会参加 (2); 妻's 運動・移動 line = wish; 妻's 健康管理 line 血圧の薬は私が毎朝確認しています。 = role line; 具体策についての意向 lines (本人：練習はやる… / 妻：服はボタンの…) are not intents. 健康状態について, 基本チェックリスト, 総合的な方針, 包括 and consent lines are not annotated.")

with open(os.path.join(HERE, "expected.P16.jsonl"), "w", encoding="utf-8") as f:
    for d in R:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(R), "records")

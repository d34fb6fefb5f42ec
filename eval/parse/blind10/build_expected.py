#!/usr/bin/env python3
"""Writes expected.P15.jsonl (annotations typed by hand, before any run of the reader)."""
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
    d = {"id": f"P15-c{n:02d}", "file": file, "layouts": layouts, "form": form, "writer": "P15", "split": "blind10",
         "person_intent": pi, "family_intent": fi, "needs": needs, "long_goals": lg, "short_goals": sg,
         "services": sv, "notes": notes}
    d.update(kw); R.append(d)

# c01 OCR text of a faxed plan (CRLF)
P = "R9.1.20～R9.7.31"; L = "R9.1.20～R10.1.19"
rec(1, "P15-c01_scanned_fax_ocr.txt", ["N80", "L1", "L5"], "居宅",
    ["酸素のチューブをつけてでも、港の朝市には顔を出したい。息が苦しくなるのが一番こわい。"],
    ["夜中に咳き込んでいるのを聞くと眠れません。急に悪くなった時の連絡先と手順を決めておきたいです。"],
    ["息苦しさを強めずに、家の中と近所を歩いて動けるようになりたい", "風邪や肺炎をこじらせずに、入院しないで暮らしたい", "息が切れないようにお風呂に入り、身ぎれいにしていたい"],
    [G("酸素をつけたまま、港の朝市まで休み ながら歩いて行ける", L), G("急に具合が悪くなっても入院に至らず、自宅で冬を越せる", L), G("週2回、息切れを強めずに入浴できる", L)],
    [G("ロすぼめ呼吸を使い、息を整えながらトイレと洗面所へ移動できる", P), G("息苦しさや痰の色の変化に気づき、その日のうちに長女か看護師に伝えられる", P), G("シャワーチェアに座り、介助を受けながら体を洗える", P)],
    [S("呼吸リハビリ（ロすぼめ呼吸・排痰の練習）、動作時の酸素量の確認", "訪問看護", "訪問看護ステーション潮騒", "週1回（水）", P),
     S("屋外用歩行車（ボンベ用かご付き）の貸与", "福祉用具貸与", "福祉用具レンタル凪", "毎日", P),
     S("酸素濃縮装置・携帯用ボンベの点検と交換", "酸素供給業者", "エア・メディック港南", "月1回", P),
     S("外出前に携帯用ボンベの残量を確かめる", "本人", "", "外出時", "R9.1.20～R9.7.3l"),
     S("状態の観察（酸素飽和度・呼吸音・痰の性状）、悪化時の主治医への連絡", "訪問看護", "訪問看護ステーション潮騒", "週1回（水）", P),
     S("吸入薬の使い方の確認、残薬の整理", "居宅療養管理指導", "汐見台調剤薬局", "月2回", P),
     S("朝の体温・酸素飽和度の記録", "本人", "", "毎朝", P),
     S("夜間に息苦しさが強い時の主治医への電話連絡", "長女", "", "随時", P),
     S("酸素を使いながらの入浴介助、昼食、座ってできる体操", "通所介護", "デイサ一ビス汐風", "週2回（月・金）", P),
     S("シャワーチェアの購入", "特定福祉用具販売", "福祉用具レンタル凪", "1回", "R9.1.20～R9.2.28")],
    "OCR output of a faxed 第1表/第2表 (CRLF): OCR header, fax header per page, letter-spaced titles (居 宅 サ ー ビ ス), 〓 for an unreadable digit, table rulings read as |, ｜, l or I (a row starting with 「I 」, a row ending with 「 l」, a ruled line as ＿＿＿), and misread characters kept as they are in the annotation: 二一ズ/目摽 in the header, 「ロすぼめ」 (katakana ロ for 口) in a short goal and a service, 「デイサ一ビス汐風」 (kanji 一 for ー), 「R9.7.3l」 (letter l for 1) in one period, and an OCR space inside the first long goal (「休み ながら」). Need/goal cells are filled only on the first row of each need (merged cells); 「訪問看護 l 訪問看護ステーション潮騒」 is the 種別 and ※2 cells with the separator read as l. Intents: 本人：/長女： wishes; 次女's line (月に一度、通院の日は休みを取って付き添います) is a role line. Informal rows (本人, 長女) have empty ※1 and ※2. 総合的な援助の方針, ※ footnotes and page furniture are not annotated.")

# c02 municipal care-plan audit worksheet quoting the plan
P = "R9.4.1～R9.9.30"; L = "R9.4.1～R10.3.31"
rec(2, "P15-c02_careplan_audit_worksheet.txt", ["N81", "L3", "L5"], "居宅",
    ["指が曲がってきても、近所の子ども二人のピアノのレッスンだけは続けたい。朝のこわばりがつらい。"],
    ["家内の代わりに台所に立つようになったが、献立が思いつかない。無理をさせず、痛みの少ない毎日を送らせてやりたい。"],
    ["指の痛みやこわばりがあっても、台所仕事を続けたい", "手の痛みが強まらないよう、薬と体調の管理を続けたい", "近所の子どもたちへのピアノのレッスンを続けたい"],
    [G("自助具を使い、夫と一緒に毎日の食事の支度ができる", L), G("関節の腫れや痛みが悪化せず、服薬を続けられる", L), G("週1回、自宅で子どもたちにピアノを教え続けられる", L)],
    [G("関節を守る動作を覚え、朝食の準備を痛みなく行える", P), G("毎朝の痛みとこわばりの時間を記録し、受診の時に主治医に見せられる", P), G("指の体操を習慣にし、レッスンの前に30分弾く時間を持てる", P)],
    [S("関節保護の動作指導、自助具（太柄の包丁・瓶オープナー）の選定と練習", "訪問リハビリテーション", "白樺リウマチ・膠原病クリニック", "週1回（木）", P),
     S("重い物の買い物と掃除機かけ", "訪問介護", "ヘルパーステーションこだま", "週1回（月）", P),
     S("二人で献立を決め、食材をまとめて買う", "夫", "", "週2回", P),
     S("服薬状況と副作用（口内炎・息切れ）の確認、関節の腫れの観察", "訪問看護", "訪問看護ステーションつばさ野", "月2回", P),
     S("朝のこわばりと痛みの記録（痛み日記）", "本人", "", "毎朝", P),
     S("月1回の通院の車での送迎", "夫", "", "月1回", P),
     S("ピアノ椅子の高さと手首の角度の調整、レッスン前の指の体操の指導", "訪問リハビリテーション", "白樺リウマチ・膠原病クリニック", "月2回", P),
     S("レッスンの日の部屋の片付けと子どもの出迎え", "夫", "", "週1回（土）", P)],
    "A municipality's ケアプラン点検 worksheet that quotes the plan under 【計画書の記載】 between check items (【確認】 … はい/いいえ) and the auditor's remarks (【気づき】). Only 【計画書の記載】 blocks are plan content. NOT plan content: the auditor's suggested rewrites (「（例）母には好きなピアノを続けてほしい」, 「（例）「キッチンばさみを使い、朝食の一品を自分で作れる」」), the suggestion to add injection checks to 訪問看護 (「計画書には未記載」), the 総括 (訪問リハ 週2回 under consideration, 今回は変更なし), signatures. 1-1 quotes 本人：/夫：/長男（県外）：; 長男's line (盆と正月には帰省します) is a role line; the paragraph after the speakers is the 課題分析の結果, not an intent; 夫's line (burden + wish) annotated whole. Services as 「①内容／※1／種別／※2／頻度／期間」 (circled numbers are not part of the content; 「／／」 = empty ※1 / ※2 for informal rows).")

# c03 cloud care-software detail view copied with Ctrl+A
P = "2027/03/01 〜 2027/08/31"; L = "2027/03/01 〜 2028/02/29"
rec(3, "P15-c03_cloud_app_detail_view.txt", ["N82", "L4", "L5"], "居宅",
    ["声が出にくくなる前に、伝える手段を準備しておきたい。できる限りこの家で、妻と一緒に野鳥の観察記録を続けたい。"],
    ["夫の希望はかなえたいが、夜中の寝返りの介助で私の方が参ってしまいそう。先のことを早めに相談できる人がいてほしい。"],
    ["手の力が落ちても、着替えや食事を自分のペースで続けたい", "声が出しにくくなる先を見すえ、家族や支援者と思いを伝え合う手段を持ちたい", "妻が体をこわさずに、家での暮らしを続けたい"],
    [G("自助具や福祉用具を使い、身の回りのことをできる範囲で自分で行える", L), G("意思を伝える方法を自分で選び、毎日の会話で使いこなせる", L), G("夜間の介助の負担が減り、妻が眠る時間を確保できる", L)],
    [G("太柄のスプーンと前開きの服を使い、朝食と着替えを30分以内で終えられる", P), G("文字盤と視線入力の機器を試し、使いやすい方を決められる", P), G("自動で体位を変えるマットレスを使い、夜中に妻を起こす回数が2回以下になる", P)],
    [S("上肢機能の評価、自助具の選定と使い方の練習", "訪問リハビリテーション", "北嶺会病院 訪問リハビリテーション", "週1回（火）", P),
     S("入浴と更衣の介助（首と肩を支えて行う）", "訪問介護", "ケアステーション燈", "週2回（月・木）", P),
     S("電動リクライニング車いすの貸与", "福祉用具貸与", "福祉用具ライフサポート鷲尾", "毎日", P),
     S("呼吸と嚥下の様子の観察、病状の変化に応じた主治医・保健所との連絡", "訪問看護", "訪問看護ステーションせせらぎ", "週1回（金）", P),
     S("発話の練習と、文字盤・視線入力装置を使った会話の練習", "訪問リハビリテーション", "北嶺会病院 訪問リハビリテーション", "週1回（火）", P),
     S("意思伝達装置の試用と、補装具費の申請の相談", "補装具費支給（障害福祉）", "〇〇市 障害福祉課", "随時", P),
     S("自動体位変換機能付きマットレスと特殊寝台の貸与", "福祉用具貸与", "福祉用具ライフサポート鷲尾", "毎日", P),
     S("交流会への参加と、妻の介護の悩みの相談", "ALSの本人と家族の集い「はばたき」", "", "月1回", P),
     S("週末の泊まりと、夜間の介助の交代", "長女", "", "週末", P)],
    "Read-only detail screen of a cloud care-software copied with Ctrl+A: skip link, navigation menu, user/office names, breadcrumb split over lines (利用者一覧 / 羽生 修一 様 / …), status badges (確定, 第3版), buttons (編集する, PDF出力, コピー, ＋ 課題を追加…), tab names (第1表 … 第5表), footer. Every label is on its own line and its value on the next line (no colons). Intents under 本人 / 家族（妻） / 家族（長女）: 長女's line (週末は私が泊まりに来て、母と交代します) is a role line; 分析の結果 and 総合的な援助の方針 are not annotated. 課題 N with 長期目標の期間 / 短期目標の期間 lines (period with 〜 U+301C and spaces as shown). 援助内容 N-M cards: 保険給付の対象 対象/対象外 is not annotated; 「（未入力）」 in サービス事業所 = empty provider; the non-insured 補装具費 item has a municipal office as provider (annotated). The 長女 role line of 第1表 also appears as a service (週末の泊まり…), which is annotated as a service.")

# c04 transcription of a handwritten plan
P = "R9.3.1～R9.8.末"; L = "R9.3.1～R10.2.末"
rec(4, "P15-c04_handwritten_transcription.txt", ["N83", "L3", "L5"], "居宅",
    ["手術してもらったから、また一人で暮らせるようにがんばる。毎朝お稲荷さんにお参りに行きたい。"],
    ["一人にしておくのは心配だが、本人が家にいたいと言うので支えたい。夜にまた転ばないかが一番の心配。"],
    ["転ぶのが怖いが、自分の足でトイレや台所まで歩きたい", "お風呂に一人で入るのは不安なので、手伝ってもらって入りたい", "毎朝の神社へのお参りを続けたい", "一人暮らしを続けるため、掃除やゴミ出しを手伝ってほしい"],
    [G("杖を使って家の中を一人で安全に歩ける", L), G("介助を受けて、週2回湯船につかれる", L), G("近所のお稲荷さんまで、杖をついて歩いて行ける", L), G("家の中をきれいに保ち、一人暮らしを続けられる", L)],
    [G("歩行器を使い、夜中もトイレまで転ばずに行ける", P), G("手すりにつかまり、見守りのもとで浴槽をまたげる", P), G("長男の付き添いで、週末に神社まで歩いて行ける", P), G("座ってできる家事は、ヘルパーと一緒に自分で行える", P)],
    [S("歩行と立ち上がりの練習、家でできる運動の指導", "通所リハ", "つつじヶ丘病院デイケア", "週2回（火・土）", P),
     S("室内用歩行器の貸与", "福祉用具貸与", "ふくしの道具屋なずな", "毎日", P),
     S("足元灯（寝室～トイレ）の設置と電池の確認", "長男", "", "月1回", P),
     S("入浴の介助（浴槽の出入りの見守り）、昼食", "通所リハ", "つつじヶ丘病院デイケア", "週2回（火・土）", P),
     S("浴槽用手すりと滑り止めマットの購入", "特定福祉用具販売", "ふくしの道具屋なずな", "1回", "R9.3.1～R9.3.31"),
     S("神社までの付き添い歩き", "長男", "", "週1回（日）", P),
     S("掃除とゴミ出し（できる所は本人と一緒に）", "訪問介護", "ヘルパーステーション野ばら", "週1回（金）", P),
     S("夕飯のおかずの差し入れ", "長男の妻", "", "週2回", P)],
    "Office transcription of a handwritten plan, with the transcriber's notes in 〔〕: 〔判読不能〕 (only in header/signature items), 〔消：週1回〕〔追：週2回（火・土）〕 = struck-out and added text (the frequency is the added 週2回（火・土）), 〔欄外に追記、ニーズ①へ矢印〕 = a service written in the margin and linked to need ①, a pencil memo 「シルバーカー？」 that is not a plan item. Ditto marks kept from the original: 期間 「〃」 = the period of the line above (室内用歩行器 → R9.3.1～R9.8.末; 夕飯のおかず → R9.3.1～R9.8.末) and 事業所 「同上」 = the provider named above (つつじヶ丘病院デイケア); the resolved values are annotated. Handwritten period ends 「R10.2.末」「R9.8.末」 kept as written; abbreviated type 「通所リハ」 kept as written. Services as space-separated fields after 「・」 (内容　○　種別　事業所　頻度　期間); informal lines have no ○ (double full-width space). Intents 本人/長男 (worry + wish, annotated whole); 長男の妻's line (私は週2回、夕飯のおかずを届けます) is a role line. 総合的な援助の方針 and its added note are not annotated.")

# c05 tree view copied from care software
P = "2027/04/15～2027/10/14"; L = "2027/04/15～2028/04/14"
rec(5, "P15-c05_software_tree_view.txt", ["N84", "L5"], "居宅",
    ["毎日決まった時間に散歩に行く。卓球ならまたやってもいい。"],
    ["散歩をやめさせるつもりはありません。車の多い道を渡るのが心配なのと、私がパートを続けられるよう昼間の居場所があると助かります。"],
    ["決まった時間の散歩を、車の事故にあわずに続けたい", "妻が仕事を続けられるよう、昼間を安心して過ごせる場所がほしい", "甘い物を食べ過ぎず、店での支払いを忘れずに買い物したい", "歯の治療を続け、口の中をきれいに保ちたい"],
    [G("散歩の習慣を保ち、事故なく毎日出かけられる", L), G("通所先で役割を持ち、落ち着いて日中を過ごせる", L), G("体重と血糖が安定し、なじみの店で買い物を続けられる", L)],
    [G("交通量の少ないコースに慣れ、決まった時刻に帰宅できる", P), G("週3回デイに通い、卓球や作業に参加できる", P), G("買い物は千円までのプリペイドカードで払い、お菓子は1日1袋までにできる", P)],
    [S("散歩コースの同行、道路を渡る時の見守り", "訪問介護", "訪問介護事業所こまどり", "週3回（月・水・金）", P),
     S("散歩コース沿いの店による声かけと見守り", "駅前通り商店会の有志", "", "随時", P),
     S("帰宅時刻の確認と、遅い時の携帯電話への連絡", "妻", "", "毎日", P),
     S("卓球などの運動、作業（郵便物の仕分け）、昼食、入浴", "通所介護", "デイサービスひこばえ", "週3回（火・木・土）", P),
     S("週末の卓球の相手", "長男", "", "月1回", P),
     S("服薬と体重の確認、食事内容の助言", "訪問看護", "訪問看護ステーション湧水", "週1回（木）", P),
     S("プリペイドカードへの入金と、なじみの店への事情の説明", "妻", "", "週1回", P)],
    "Care-software tree view copied as text: ▼/▶ expanders, │ ├─ └─ branches, 第1表 node with 本人の意向：/家族（妻）の意向：/家族（長男・東京在住）： (the 長男 line 月に一度は週末に帰って、父と卓球をします is a role line; 総合的な援助の方針 not annotated), 課題N nodes with 長期目標 / 短期目標 nodes (period in ［］), ◆ leaves 「内容　〔保険〕/〔保険外〕種別｜事業所｜頻度｜期間」 (「－」 = empty provider; 〔保険〕〔保険外〕 not annotated). 課題4 is COLLAPSED (▶, 「折りたたみ中：長期目標 1・短期目標 1・援助内容 2」): its need text is annotated, but its goals and services are not in the text and are not annotated (so this plan has 4 needs, 3 long and 3 short goals). Toolbar and legend lines are not annotated.")

# c06 Word document with review comments, UTF-8 BOM + CRLF, tab-separated, 第3表
P = "令和9年6月1日～令和9年8月31日"; L = "令和9年6月1日～令和9年11月30日"
rec(6, "P15-c06_word_doc_with_comments.txt", ["N85", "L2", "L7", "L5"], "居宅",
    ["最期まで住み慣れた家にいたい。痛みさえ抑えられれば、庭のバラが咲くのを見届けたい。"],
    ["本人の望むとおり家で看てやりたい。夜に何かあった時、すぐ来てもらえるようにしてほしい。"],
    ["痛みや息苦しさを和らげ、住み慣れた家で穏やかに過ごしたい", "床ずれをつくらず、体をさっぱりと保ちたい", "夫と長女が無理なく付き添い、家で最期を迎えたい"],
    [G("痛みが抑えられ、自宅で穏やかに過ごせる", L), G("床ずれがなく、清潔で気持ちよく過ごせる", L), G("夫と長女が休息をとりながら、自宅での看取りまで付き添える", L)],
    [G("痛みの強さを言葉で伝え、夜に眠れる日が続く", P), G("週1回湯船につかり、体の向きを楽に変えられる", P), G("夜間に困った時の連絡先と手順を夫が分かり、落ち着いて対応できる", P)],
    [S("痛みの評価と医療用麻薬の管理、主治医との連絡", "訪問看護（医療保険）", "訪問看護ステーションほたる", "週3回（月・水・金）", P, frequency_from_grid=True),
     S("療養上の助言と、ケアマネジャー・家族への情報提供", "居宅療養管理指導", "ゆりの木クリニック", "月2回", P),
     S("医療用麻薬の配達と残数の確認", "居宅療養管理指導", "ひなげし薬局", "週1回", P),
     S("頓用の痛み止めを使った時刻の記録", "夫", "", "使用時", P),
     S("訪問入浴（看護師による入浴前後の体調確認）", "訪問入浴介護", "入浴サービスみなづき", "週1回（木）", P, frequency_from_grid=True),
     S("電動ベッドとエアマットレスの貸与", "福祉用具貸与", "ケアテック豊浦", "毎日", P),
     S("おむつ交換と清拭、体の向きの調整", "訪問介護", "ヘルパーステーション千鳥", "週2回（火・土）", P, frequency_from_grid=True),
     S("夜間・休日の電話相談と臨時の訪問", "訪問看護（医療保険）", "訪問看護ステーションほたる", "24時間対応（随時）", P),
     S("夕方からの見守りと、夫との交代", "長女", "", "毎日", P)],
    "Word document saved as plain text (UTF-8 with BOM, CRLF) with review comments: comment anchors 「[HM1]」「[HM2]」「[HM3]」 sit right after the commented text (after the policy, after short goal 1, after the first 訪問看護（医療保険）) and the comment texts are listed under 「コメント」 at the end; anchors and comments are not plan content (short goal 1 and the type are annotated without the anchor). Sections 1．–4．; intents as 「話者<TAB>text」 (長女's line 毎日夕方に寄って、父と交代します is a role line); 第2表 as 課題N / 長期目標 / 短期目標 rows 「label<TAB>text<TAB>period」 and a tab-separated service table per need (サービス内容, ※1, 種別, ※2, 頻度, 期間; empty ※1 for the 医療保険 visits and family rows). Three frequencies say 「第3表のとおり」 and are counted from the tab-separated 第3表 (訪問看護 月・水・金 → 週3回（月・水・金）, 訪問介護 火・土 → 週2回（火・土）, 訪問入浴 木 → 週1回（木）; frequency_from_grid). 週単位以外のサービス, 主な日常生活上の活動, 総合的な援助の方針 and its 緊急連絡先 line are not annotated.")

# c07 web-survey (form) responses exported as one wide CSV row; Shift_JIS (cp932) + CRLF
P = "2027/05/01～2027/10/31"; L = "2027/05/01～2028/04/30"
rec(7, "P15-c07_web_survey_wide_export.csv", ["N86", "L5"], "居宅",
    ["杖をついてでも、また朝の通学路に立って子どもたちに声をかけたい。手術をして少し歩きやすくなった。"],
    ["足が前に出ない時があり、家の中で転ばないか心配。物忘れも手術で良くなってほしい。"],
    ["足が前に出にくいが、転ばずに家の中と近所を歩きたい", "物忘れがあっても、薬と予定を自分で管理したい", "見守りボランティアの仲間とのつながりを保ちたい"],
    [G("杖を使って、通学路の見守りの場所まで歩いて行ける", L), G("妻の声かけを受けながら、服薬と通院を自分で続けられる", L), G("朝の通学路の見守りに、週2回立てる", L)],
    [G("曲がる時に足踏みをしてから向きを変え、転ばずにトイレまで行ける", P), G("カレンダー式の薬入れで、朝と夕の薬を自分で取り出して飲める", P), G("仲間の車で、月1回の自治会の集まりに参加できる", P)],
    [S("歩く練習（リズムに合わせた足踏み、向きを変える練習）", "通所リハビリテーション", "ひばりヶ丘リハビリセンター", "週2回（水・土）", P),
     S("廊下とトイレの手すりの取り付け、床の目印テープ貼り", "住宅改修", "有限会社 森下建装", "1回", P),
     S("夕方の家の前での歩く練習（10分）", "妻", "", "毎日", P),
     S("服薬の確認、手術後の状態（歩き方・物忘れ・トイレの回数）の観察", "訪問看護", "訪問看護ステーション芽吹き", "週1回（月）", P),
     S("脳神経外科への通院の付き添いと、家での様子の報告", "妻", "", "月1回", P),
     S("自治会の集まりへの車の送迎", "見守り隊の仲間（堀井さん）", "", "月1回", P),
     S("見守りの日の前の晩に、杖と帽子を玄関にそろえておく", "本人", "", "週2回", P)],
    "Responses of a web survey form (one plan per response) exported as CSV and re-saved in Excel: Shift_JIS (cp932), CRLF, ONE header row of question titles and ONE answer row with 40 columns (quoted only where needed; the family cell has a line break inside quotes). Columns per need: 課題①, 長期目標, 長期目標の期間, 短期目標, 短期目標の期間, サービス1–3 as one free-text cell 「内容／種別／事業所／頻度」 (「／／」 = empty provider), サービスの期間 (the period of every service of that need). Empty service slots (課題② and ③ サービス3) are not services. 家族の意向 cell: 妻： line annotated; 長女：私は遠方なので、毎週日曜の夜に電話します。 is a role line. タイムスタンプ, mail address, 総合的な援助の方針, 第3表の添付 なし and the 備考 (住宅改修は5月中に完了予定…) are not annotated.", encoding="cp932")

# c08 case-conference slides (presentation outline with speaker notes)
P = "R9.5.1～R9.10.31"; L = "R9.5.1～R10.4.30"
rec(8, "P15-c08_case_conference_slides.txt", ["N87", "L5"], "居宅",
    ["酒はやめろと言われてもやめられない。減らすのなら考える。この部屋で最後まで暮らしたい。"],
    ["兄の好きにさせたいが、部屋が片付かず、食事もとれていないのが心配です。"],
    ["お酒の量を減らし、体をこれ以上悪くしないで暮らしたい", "食事をとって、やせた体を元に戻したい", "部屋を片付け、火の不始末なく暮らしたい"],
    [G("飲む量を自分で決めた量に保ち、入院せずに過ごせる", L), G("1日2食以上を食べ、体重が45kg以上に戻る", L), G("台所と寝床の周りが片付き、安全に暮らせる", L)],
    [G("飲んだ量をカレンダーに書き、缶ビール2本までの日を週4日つくれる", P), G("配食とデイの昼食で、1日2食を食べられる", P), G("ヘルパーと一緒に週1回ゴミを出し、コンロの周りを片付けられる", P)],
    [S("体調（黄疸・むくみ・お腹の張り）と飲酒量の確認、受診の声かけ", "訪問看護", "訪問看護ステーション桐の葉", "週1回（火）", P),
     S("減酒外来の受診", "医療機関（減酒外来）", "市立みなと病院 精神科", "月1回", P),
     S("飲んだ量をカレンダーに書く", "本人", "", "毎日", P),
     S("昼食の配達と安否の確認", "配食サービス（市の事業）", "ふれあい弁当こはる", "週5回（月～金）", P),
     S("入浴、昼食、レクリエーション（カラオケ）", "通所介護", "デイサービス南風", "週2回（水・土）", P),
     S("夕食時の声かけ", "行きつけの食堂「まるよし」の店主", "", "週3回程度", P),
     S("ゴミの分別とゴミ出し、台所の片付け（本人と一緒に）", "訪問介護", "ホームヘルプ灯台", "週2回（月・木）", P),
     S("電磁調理器への買い替えと火災警報器の取り付け", "妹", "", "1回", P),
     S("通帳の管理と生活費の受け渡し", "日常生活自立支援事業", "〇〇市社会福祉協議会", "月2回", P)],
    "Case-conference presentation copied from the slide outline: 「スライド N」 lines, titles, • bullets, 「ノート:」 speaker notes. Plan content only on slide 4 (意向) and slides 6–7 (第2表 抜粋): ■ ニーズN, – 長期目標：X（期間） / – 短期目標：X（期間）, – サービス with ▪ 「内容｜種別｜事業所｜頻度」 (「―」 = empty provider). The service period is not on the rows: slide 6 says 「※サービスの期間はすべて R9.5.1～R9.10.31」 and it applies to every service on slides 6–7. Intents: 本人：「…」 and 妹's first line (annotated inside the quotes); 妹's second line (私も膝が悪いので、月2回より多くは来られません。) states only a limitation (role line). NOT annotated: 事例の概要, エコマップ (its 妹 / 食堂 / 民生委員 lines are descriptions, not services), アセスメントのまとめ, the 3か月 monitoring slide (its quoted 本人の言葉 is not an intent), 検討していただきたいこと, speaker notes.")

# c09 note-app page (emoji headings, property lines, table-view week schedule)
P = "2027年7月5日 → 2027年10月31日"; L = "2027年7月5日 → 2028年1月31日"
rec(9, "P15-c09_note_app_page.txt", ["N88", "L7", "L5"], "居宅",
    ["このまま家で、妻のそばにいたい。"],
    ["床ずれを早く治してあげたい。胃ろうの注入は覚えたけれど、私が倒れたらと思うと不安です。"],
    ["床ずれを治し、新しい床ずれをつくらずに過ごしたい", "胃ろうからの栄養を、トラブルなく続けたい", "お風呂に入って、さっぱりと過ごしたい", "妻が体調を崩さずに、介護を続けたい"],
    [G("仙骨部の床ずれが治り、再発せずに過ごせる", L), G("胃ろうの周りの皮膚トラブルがなく、体重を保てる", L), G("定期的に入浴し、皮膚の状態を良く保てる", L), G("妻が自分の通院や休養の時間をとりながら、介護を続けられる", L)],
    [G("床ずれが小さくなり、じくじくした浸出液が減る", P), G("妻と次男が注入の手順を守り、詰まりや漏れに気づいて連絡できる", P), G("訪問入浴で週1回湯船につかり、入浴後に皮膚の赤みが出ない", P), G("妻が月に4日、介護から離れて自分の通院や休養にあてられる", P)],
    [S("床ずれの処置と観察、皮膚の清潔の保持", "訪問看護", "訪問看護ステーションまどか", "週2回（月・木）", P, frequency_from_grid=True),
     S("エアマットレスと特殊寝台の貸与", "福祉用具貸与", "レンタルケア東雲", "毎日", P),
     S("2時間ごとの体位交換（夜間は0時と4時）", "妻・次男", "", "毎日", P),
     S("胃ろう周囲の観察、注入方法の確認と家族への助言", "訪問看護", "訪問看護ステーションまどか", "週2回（月・木）", P, frequency_from_grid=True),
     S("胃ろうの管理と全身状態の診察、家族への療養上の助言", "居宅療養管理指導", "みやこ在宅クリニック", "月2回", P),
     S("注入の準備と片付け", "次男", "", "平日の夜・土日", P),
     S("訪問入浴（看護師による入浴前後の全身の観察を含む）", "訪問入浴介護", "アクアケア白浜", "週1回（金）", P, frequency_from_grid=True),
     S("おむつ交換と陰部洗浄、口の中の清拭", "訪問介護", "ヘルパーステーションひいらぎ", "週6回（月～土）", P, frequency_from_grid=True),
     S("医療的ケアに対応した短期入所", "短期入所療養介護", "介護老人保健施設やまなみ", "月1回・4日間", P)],
    "Note-app (wiki) page copied as plain text: emoji headings (🏠 💬 🧭 📌 🎯 ⏱ 🤝 📅), page properties (担当CM:, ステータス:, 最終更新:), a 💡 callout, ‣ list items, a collapsed ▸ 📝 メモ toggle whose text is shown (not plan content: 管理栄養士 is explicitly not in the plan). Intents 「話者: text」: 本人's line is annotated without the framing 「（問いかけにうなずいて）」; 次男's line (平日の夜と土日は、私が注入と体位交換を手伝います) is a role line. Goals as 「🎯 長期目標: X」 / 「⏱ 短期目標: X」 with the period on the next line 「期間: date → date」 (the → date range is kept as written). Services as 「‣ 内容 ｜ 種別 ｜ 事業所 ｜ 頻度: … ｜ 期間」 (「―」 = empty provider). Four frequencies say 「📅週間予定」 and are counted from the tab-separated 📅 週間予定 table (訪問看護 月・木 → 週2回（月・木） for both 訪問看護 services, 訪問入浴 金 → 週1回（金）, 訪問介護 月–土 → 週6回（月～土）; frequency_from_grid); the table's 夜間 体位交換（家族） row and 週単位以外 line are not annotated.")

# c10 予防: 地域ケア個別会議 case sheet
rec(10, "P15-c10_community_care_meeting_sheet.txt", ["N89", "L6", "L5"], "予防",
    ["歩くと足がしびれて休み休みになるけれど、サロンで友だちとおしゃべりするのが生きがい。スーパーにも自分の足で行きたい。"],
    ["買い物の荷物は私が持つが、家内が家に閉じこもってしまうのが心配だ。"],
    ["足のしびれで長く歩けず、買い物やサロンに出かける回数が減っている", "腰をかばって家事を控えるようになり、体力が落ちてきている"],
    [G("いきいきサロンに毎週歩いて通い、友だちとのおしゃべりを楽しむ", "")],
    [G("休みながら、駅前のスーパーまで歩いて行って帰ってこられる", "6か月"), G("前かがみの姿勢を工夫して、洗濯物干しと簡単な掃除を自分でできる", "3か月")],
    [S("ベンチの場所を確かめながらの散歩", "本人", "", "毎日", "R9.7.1～R9.12.31"),
     S("買い物の荷物持ち", "夫", "", "週2回", "R9.7.1～R9.12.31"),
     S("サロンの日の誘い出し", "サロンの世話役・浜田さん", "", "週1回", "R9.7.1～R9.12.31"),
     S("下肢の筋力訓練、前かがみで休む歩き方の練習、自転車エルゴメーター", "介護予防通所リハビリテーション", "リハビリ倶楽部ゆうすげ", "週1回（火）", "R9.7.1～R9.12.31"),
     S("教わった腰の体操3種類", "本人", "", "毎朝", "R9.7.1～R9.9.30"),
     S("洗濯物干しと掃除を一緒に行い、動作のこつを助言", "訪問型サービス（従前相当）", "ヘルパーステーションまんさく", "週1回（金）", "R9.7.1～R9.9.30")],
    "Case sheet for a municipal 地域ケア個別会議 (自立支援型): 基本情報, 生活歴, an ADL/IADL table (tab-separated 項目/状況/備考), 本人・家族の意向, the plan summary 「5 介護予防サービス・支援計画書（要点）」, 検討したいこと, and the meeting's advice. Only sections 4 and 5 are plan content. Intents 本人：「…」 / 夫：「…」 annotated inside the quotes (夫's line = role + worry, annotated whole). 目標とする生活 1日 (not a goal) / 1年 (long goal, no period). 総合的課題 ①② = needs. 目標①（6か月）/目標②（3か月）: the relative period is kept as the goal's period. Each 目標 block: 支援のポイント (not annotated), セルフケア・家族・地域 items 「・内容（人・頻度）」 (「サロンの世話役・浜田さん」 is the type as written), 介護保険サービス等 「内容｜種別｜事業所｜頻度」, and 「期間：…」 = the period of every service of the block. NOT plan content: section 7 会議での助言 (シルバーカー, 物干しざお, 休憩いす — 「現時点の計画には含めない」), section 6.")

# c11 予防: plain-language letter printed vertically, copied from the PDF
V = J(["令和九年八月一日", "から令和十年一月三十一日"])
c11_j = [
    J(["胸の痛みがおさまってきたら、また", "書道教室で筆を持ちたい。夜はぐっす", "り眠りたい。"]),
    J(["痛みで母が出かけな", "くなり、元気がなくなったのが心配で", "す。教室の日は車で送ります。"]),
    J(["痛みのために夜よく眠れず、", "昼間も横になっていることが多い"]),
    J(["書道教室や買い物に出かけな", "くなり、足の力が落ちている"]),
    J(["書道教室に月二回通い、秋の作品展に", "一点出品する"]),
    J(["痛み止めを決", "まった時間に飲み、夜に五時間以上眠", "れる"]),
    J(["近所の公園ま", "で歩き、ベンチで休んで帰ってこられ", "る"]),
    J(["痛みの具合と眠れた時間を", "日記に書く"]),
    J(["筆を持つ時間を短く区切り、", "椅子の席を用意してもらう"]),
    J(["書道教室", "の先生"]),
    J(["痛みと眠りの様子の確認、痛み止め", "の飲み方の助言"]),
    J(["週一", "回水曜"]),
    J(["公園まで歩く練習と、足の力をつけ", "る体操"]),
    J(["介護予防通所リハビリテーシ", "ョン"]),
    J(["週一回", "土曜"]),
    V,
]
T = {j["text"]: j["text"] for j in c11_j}
rec(11, "P15-c11_vertical_letter_pdf_copy.txt", ["N90", "L6", "L9", "L5"], "予防",
    [T["胸の痛みがおさまってきたら、また書道教室で筆を持ちたい。夜はぐっすり眠りたい。"]],
    [T["痛みで母が出かけなくなり、元気がなくなったのが心配です。教室の日は車で送ります。"]],
    [T["痛みのために夜よく眠れず、昼間も横になっていることが多い"], T["書道教室や買い物に出かけなくなり、足の力が落ちている"]],
    [G(T["書道教室に月二回通い、秋の作品展に一点出品する"], "")],
    [G(T["痛み止めを決まった時間に飲み、夜に五時間以上眠れる"], "三か月"), G(T["近所の公園まで歩き、ベンチで休んで帰ってこられる"], "六か月")],
    [S(T["痛みの具合と眠れた時間を日記に書く"], "ご本人", "", "毎日", V["text"]),
     S("教室の日の車での送り迎え", "次女の佳代さん", "", "月二回", V["text"]),
     S(T["筆を持つ時間を短く区切り、椅子の席を用意してもらう"], T["書道教室の先生"], "", "教室の日", V["text"]),
     S(T["痛みと眠りの様子の確認、痛み止めの飲み方の助言"], "介護予防訪問看護", "訪問看護ステーションあじさい", T["週一回水曜"], V["text"]),
     S(T["公園まで歩く練習と、足の力をつける体操"], T["介護予防通所リハビリテーション"], "リハビリデイ晴れる屋", T["週一回土曜"], V["text"])],
    "予防 plan rewritten as a plain-language letter to the person, typeset vertically (縦書き) and copied from the PDF: each vertical column becomes one line of 17 characters, so sentences and fields break mid-word at line ends (16 strings annotated joined from their line pieces, joined_from_lines); vertical presentation forms ︵︶ (U+FE35/FE36) for （） and ﹁﹂ (U+FE41/FE42) for 「」 kept as written; numbers in kanji (月二回, 週一回水曜, 三か月, 令和九年八月一日). Plain-language labels: ハル様のお気持ち (本人 intent, inside ﹁﹂), ご家族のお気持ち (次女 line = worry + role, annotated whole, inside ﹁﹂), いちばんの困りごと その一/その二 (needs), 一年後にめざす暮らし (long goal, no period), 一日の過ごし方 (not a goal), 目標その一︵三か月︶/その二︵六か月︶ (short goals; relative period kept), そのためにすること: ご本人が / ご家族で / 教室で items 「内容︵人・頻度︶」 (type = the person as written: ご本人, 次女の佳代さん, 書道教室の先生), 介護予防のサービス 「・内容︵種別・事業所・頻度︶」. 「サービスの期間は、令和九年八月一日から令和十年一月三十一日までです。」 gives the period of every service (annotated 令和九年八月一日から令和十年一月三十一日). Greeting and closing paragraphs are not annotated.",
    joined_from_lines=c11_j)

# c12 予防: SOAP progress notes (plan in P of the first entry, changed in a later entry)
P1 = "R9.6.1～R9.11.30"
rec(12, "P15-c12_soap_progress_notes.txt", ["N91", "L6", "L5"], "予防",
    ["朝起きる時に天井がぐるっと回るのが怖くて、外に出なくなった。公民館の将棋クラブにはまた行きたい。"],
    ["ふらついて転ぶのが心配なので、外に出る時はしばらく誰かと一緒にいてほしい。"],
    ["めまいへの不安から外出が減り、足の力と体力が落ちている", "起き上がりや振り向く動作でふらつき、家の中でも転ぶおそれがある"],
    [G("将棋クラブに毎週通い、秋の公民館の将棋大会に出る", "")],
    [G("付き添いなしで公民館まで歩いて行き、将棋クラブに参加できる", "6か月"), G("起き上がる時や振り向く時は一度止まるなどの動作のこつを覚え、家の中で転ばずに過ごせる", "6か月")],
    [S("寝返りと起き上がりのめまい体操", "本人", "", "朝晩", P1),
     S("クラブの日に公民館まで一緒に歩く", "妻", "", "週1回", P1),
     S("クラブの帰りに家の前まで一緒に帰る", "将棋クラブの仲間（戸川さん）", "", "週1回・木", P1),
     S("バランス訓練と屋外歩行の練習、めまい体操の確認", "介護予防通所リハビリテーション", "通所リハビリつわぶき", "週1回（火）", P1),
     S("起き上がったら3つ数えてから立つ", "本人", "", "毎朝", P1),
     S("ベッド用手すりの貸与", "介護予防福祉用具貸与", "福祉用具のまるに", "毎日", P1)],
    "予防 plan inside a 包括 nurse's SOAP progress notes (支援経過記録): three dated entries ■date with S）/O）/A）/P）. First entry: S） quoted speech 本人「…」/妻「…」 (annotated inside the quotes; 妻's second line クラブの日は私も公民館まで一緒に歩けます is a role line); O） findings; A） with 総合的課題 1．2． (needs, without the number); P） the draft plan: 目標とする生活 1日 (not a goal) / 1年 (long goal, no period), 目標1（6か月）/目標2（3か月）, items 「・人：内容（頻度）」 and 「・種別（事業所）：内容　頻度」, 「期間 …」 under each goal block. The SECOND entry changes the plan: 目標2's period 3か月 → 6か月 and every 目標2 item's period → R9.6.1～R9.11.30; the annotation is the plan as agreed (目標2 period 6か月, its items R9.6.1～R9.11.30). The second entry's 本人 line (将棋クラブは木曜だから、リハビリは火曜がいい…) is an opinion on the concrete measures (like 具体策についての意向), not an intent; the third entry's 妻 line is a report, not an intent.")

# c13 予防: form built on an Excel grid (方眼紙), copied as TSV (CRLF, quoted multi-line cells)
rec(13, "P15-c13_excel_grid_form.tsv", ["N92", "L6", "L2", "L5"], "予防",
    ["背中が丸くなって痛むが、俳句の会の吟行にはまた行きたい。", "重い物を持たなければ、家のことは自分でできる。", "吟行で寺の庭を歩きながら、季語を探すのが何よりの楽しみ。"],
    ["また骨折しないか心配なので、買い物の重い物はヘルパーさんにお願いしたい。"],
    ["背骨の骨折のあと、背中の痛みと前かがみの姿勢のため15分ほどしか歩けず、吟行に出かけられていない", "重い物を持つと再び骨折するおそれがあり、買い物や掃除の一部ができていない"],
    [G("俳句の会の仲間と季節ごとの吟行に出かけ、句を詠み続ける", "")],
    [G("背中を伸ばす体操を続け、俳句の会の吟行（近所の寺まで）に参加できる", "R9.7.1～R9.12.31"), G("重い物は人に頼み、腰に負担をかけずに調理と洗濯を続けられる", "R9.7.1～R9.9.30")],
    [S("背筋を伸ばす体操", "本人", "", "毎日", "R9.7.1～R9.12.31"),
     S("吟行の日の送り迎え", "俳句の会の仲間", "", "月1回", "R9.7.1～R9.12.31"),
     S("姿勢と歩行の訓練、骨折を防ぐ体操", "介護予防通所リハビリテーション", "リハビリテーション颯", "週1回（月）", "R9.7.1～R9.12.31"),
     S("洗濯物は小分けにして運ぶ", "本人", "", "毎日", "R9.7.1～R9.9.30"),
     S("米や水などの重い物をまとめて届ける", "長女", "", "月2回", "R9.7.1～R9.9.30"),
     S("重い物の買い物の代行と浴室の掃除", "訪問型サービス（従前相当）", "ヘルパーステーションからたち", "週1回（木）", "R9.7.1～R9.9.30")],
    "予防 form laid out on an Excel grid of narrow cells (Excel 方眼紙) and copied as TSV (UTF-8, CRLF between rows, 46 columns per row, values at the top-left cell of merged ranges, long runs of empty cells; cells with line breaks quoted, with LF inside the quotes). 目標とする生活 1日 (not a goal) / 1年 (long goal, no period) on one row. Assessment rows per アセスメント領域: 本人・家族の意欲・意向 cells with 本人：/長女： lines (3 person intents; 長女's 日常生活 line is a wish; 長女's 健康管理 line 注射の日を忘れないよう、カレンダーに書いてあげています is a role line); 総合的課題 = one merged cell with ①② lines (needs, without the number); 課題に対する目標と具体策の提案 and 具体策についての意向 cells are not annotated. 支援計画 rows with an added 頻度 column: 目標 ①② (short goals without the number; no relative period is written, so the period is the row's 期間); the self-care/informal cell has two 「・内容（人・頻度）」 lines = two services. 支援のポイント, 総合的な方針, 包括の意見 and the consent line are not annotated.")

# c14 予防: wide 支援計画 table printed in two column bands (page 2 continues the columns)
c14_j = [J(["週1回、合唱サークルの練習を見学し、仲間と", "話す時間を持てる"], fixed_width_wrap=True),
         J(["1日3食のうち2食以上を食べ、体重を2か月で1kg", "戻せる"], fixed_width_wrap=True)]
A = "2027/09/01～2028/02/29"; B = "2027/09/01～2027/11/30"
rec(14, "P15-c14_wide_table_printed_in_two_bands.txt", ["N93", "L6", "L2", "L5"], "予防",
    ["主人がいなくなってから、何をする気も起きない。でも歌の仲間からの電話はうれしかった。"],
    ["遠方でなかなか来られないので、電話のほかは専門の方に頼るほかありません。一人でも食事をきちんととってほしい。"],
    ["夫を亡くしてから外出や人との交流が減り、気持ちが沈みがちになっている", "食欲が落ちて食事を抜くことがあり、体重が減っている"],
    [G("合唱サークルに戻り、冬の地区のコンサートで歌う", "")],
    [G(c14_j[0]["text"], "6か月"), G(c14_j[1]["text"], "3か月")],
    [S("近所の公園までの朝の散歩", "本人", "", "毎日", A),
     S("練習日の前の晩の誘いの電話", "合唱サークルの仲間（相馬さん）", "", "週1回", A),
     S("体操と歌の時間、昼食、他の利用者との交流", "通所型サービス（従前相当）", "デイサービスこころね", "週1回（水）", A),
     S("食べたものをノートに書く", "本人", "", "毎日", B),
     S("食事の量と体重の確認、食べやすい工夫の助言", "訪問型短期集中予防サービス", "〇〇市保健センター", "月2回", B),
     S("毎晩の電話で、その日の食事を聞く", "長男", "", "毎晩", B),
     S("昼食の配達と安否の確認", "配食サービス（地域支援事業）", "ふくふく弁当", "週3回（月・水・金）", B)],
    "A 予防 支援計画 table too wide for the paper, printed from Excel in two column bands and copied from the PDF as fixed-width text: page 1 holds 目標とする生活, 意向, 総合的課題 and band 1 (No., 目標, 支援のポイント, 本人等のセルフケアや家族の支援、インフォーマルサービス); page 2 (after 「1 / 2」, a form feed and the repeated title) holds band 2 (No., 介護保険サービス又は地域支援事業, サービス種別, 事業所, 頻度, 期間). Rows are linked ONLY by the repeated No. column (1–6); the 目標 cell is merged over rows 1–3 and 4–6 (blank in rows 2–3, 5–6). A 目標 wraps to a second line in its column (the other columns of that line hold the wrapped 支援のポイント): annotated joined, fixed_width_wrap. 目標 （6か月）/（3か月） = relative period kept. Band-1 items 「人：内容（頻度）」 are self-care/informal services whose period is the 期間 of the same No. in band 2; 「－」 rows are empty (no service). 1日 is not a goal; 1年 = long goal (no period). 本人の意向 annotated as written; 家族の意向（長男） = limitation + wish, annotated whole. 総合的課題 「1. 」 numbering not part of the need. 総合的な方針 and page furniture are not annotated.",
    joined_from_lines=c14_j)

with open(os.path.join(HERE, "expected.P15.jsonl"), "w", encoding="utf-8") as f:
    for d in R:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(R), "records")

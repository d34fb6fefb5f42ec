#!/usr/bin/env python3
"""Write expected.H6.jsonl from H6's annotations (written before any tool run). Reads no project file."""

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
CHECKS = [f"R{i:02d}" for i in range(1, 19)]

# id, file, form, level, condition, layouts, quality, notes, {check: [evidence...]} (only firing checks)
P = []

P.append(("H6-01", "H6-01_cardiac_amyloidosis_N97L4L5L7_good.txt", "居宅", "要介護2",
    "ATTR型心アミロイドーシスによる心不全（R8.9入院・退院後）・妻と二人暮らし",
    ["N97", "L4", "L5", "L7"], "good",
    "Pandoc-style ASCII grid tables (+---+ rules, +===+ under the header, | cells) with every cell wrapped by display width, "
    "mid-word and mid-date (「R8.12.」/「1〜R9.2.28）」), need and goal cells only in the first row of each need; grid 第3表 "
    "with 主な日常生活上の活動 and a 週単位以外のサービス table. Every check is satisfied with positive evidence: R01 本人 wishes "
    "to keep tending his bonsai and to watch his grandson's baseball game on the riverbank. R02 盆栽 and the grandson's game reach "
    "need 2, its long goal, the 方針 and a support (盆栽仲間 沢井さん moves the heavy pots). R03 each need states its cause "
    "(心不全で…出やすいため, 坂道や階段で息が切れて, 重い物を持つと息切れがし). R04 goals are observable (記録帳, 2kg, 約400m, 200m, "
    "週1回ネットスーパーの注文). R05 each short goal is a step. R06 every goal has a period; short periods lie inside long ones. "
    "R07 every service answers its row's analysed need (the 訪問介護 row answers the stated inability of both to carry heavy loads). "
    "R08 本人 rows: 体重・血圧の記録, 散歩, 買物メモ; the helper row keeps the person's part. R09 wife, eldest son and the bonsai friend. "
    "R10 主治医（循環器内科）, 訪問看護, 薬剤師, 理学療法士 placed. R11 five different providers and 事業所の選択 (two 通所リハ visited, "
    "chosen by the person and wife). R12 no low motivation; 楽しみ in the goals. R13 「再入院を防ぎながら」「ゆっくり進むことが見込まれる」"
    "「今後の心機能の変化に合わせて」. R14 the wife's limit (圧迫骨折の既往で重い物を持てない) is met by the 訪問介護 row; family roles placed. "
    "R15 月1回訪問, R9.2 に達成度を評価. R16 specific 方針 + サービス担当者会議で共有. R17 every row has a frequency; 毎朝/毎日 are the "
    "person's own activity or the wife's role. R18 goals are changes in life.",
    {}))

P.append(("H6-02", "H6-02_macular_degeneration_N92L5L6_mixed.txt", "予防", "要支援1",
    "加齢黄斑変性（右眼・抗VEGF硝子体注射を継続中）・服薬の誤り・独居",
    ["N92", "L5", "L6"], "mixed",
    "An e-mail reply: headers, the supervisor's greeting, then the care manager's original message quoted with 「> 」 and the "
    "supervisor's inline comments 「→大森：…」 between the quoted blocks, a signature. The plan is only the quoted text. "
    "R02 fires: her pastime (民謡の会・三味線) stands only in the assessment as something she stopped; no need, goal, 方針 or support "
    "takes it up. The supervisor's comment 「民謡の会のこと、どこかで目標に入れられないでしょうか」 is not plan content, and 「この家で暮らす」 "
    "is a general wish, not a pastime or role. R05 fires: 目標2's 3か月後 and 6か月後 stages are written alike. R15 fires: the 評価 "
    "section defers the timing (「眼科の注射の間隔が決まってから、あらためて決めます」); the supervisor's question 「モニタリングは？」 is not "
    "plan content. Not firing: R10 (市民病院眼科 主治医 and 薬剤師 placed; the supervisor's question 「主治医との連携はどうなっていますか？」 "
    "is no evidence either way), R13 (「今後、見えにくさが進んだ場合に備えて、12月中に…聞いておく」 is an action now with the future in view), "
    "R16 (specific 方針 + 担当者会議で共有する), R09/R14 (長男 weekly call, 隣の小池さん, おでかけサポーター placed; living alone is no carer "
    "burden), R17 (every row has a frequency; ボランティア 「R8.12〜R9.1に3回」). 「視力・見え方の評価」 in the eye doctor's row is a medical task, not monitoring.",
    {
        "R02": ["以前は地域の民謡の会で三味線を弾いていたが、譜面が見えにくくなり、今年の春から休んでいる。"],
        "R05": ["3か月後（R9.2末）：路線バスに一人で乗り、市民病院眼科まで通院できる",
                "6か月後（R9.5末）：路線バスに一人で乗って、市民病院眼科まで通院できる"],
        "R15": ["評価の時期は、眼科の注射の間隔が決まってから、あらためて決めます。"],
    }))

P.append(("H6-03", "H6-03_lewy_body_dementia_L3L4L5_poor.txt", "居宅", "要介護1",
    "レビー小体型認知症（幻視・小刻み歩行）・夫介護（夜間に起こされ腰痛）",
    ["L3", "L4", "L5"], "poor",
    "Needs numbered (1)(2)(3) with 「サービス内容：a / b / c」 and a 「※1 ○　種別 …　事業所 …　頻度 …　期間 …」 line below; labels with "
    "a space instead of a colon and 「利用者及び家族の 生活に対する意向」 with an inner space; speakers 「本人 「…」」「夫（82歳） 「…」」. "
    "R01 本人 defers to her husband (「お父さんが決めて」): no wish about her life. R02 日本舞踊 is only past (若い頃). R04 abstract and "
    "negated goals (安心して入浴, 転倒しない, 穏やかに). R05 need (1) long/short near-copy. R07 居室の掃除 「夫の希望により」 sits on the bath "
    "need and answers no stated need. R09 no family role, neighbour or community support is placed (the husband appears only in 意向 "
    "and the assessment). R10 DLB with no medical professional placed; 「幻視がひどくなった場合は…検討する」 is conditional and the husband's "
    "own 内科 visit does not count. R11 all three care services (and the care-plan office) are しらかば会, 「しらかば会でそろえました」. "
    "R12 「何もしたくない」 with nothing in goals, supports or 方針 working on it. R13 nothing looks ahead for a progressive illness. "
    "R14 the husband's stated burden (毎晩眠れない, 腰痛, 限界) with nothing for him: the carried-over デイ is for bathing and nothing "
    "addresses his nights. R15 no monitoring. R16 generic 方針 and no team/sharing. R17 デイ 週5回 carried over, 訪問介護 「必要時」. "
    "R18 「デイサービスに休まず通う」. Not firing: R03 (each need states its cause: 幻視やふらつきがあり, 起き上がる時にふらつくので, "
    "幻視で夜中に目を覚まし), R06 (every goal has a period), R08 (本人 洗濯物たたみ is placed; in doubt, no strength).",
    {
        "R01": ["「よくわからない。お父さんが決めて」"],
        "R02": ["若い頃は日本舞踊の名取で、近所の子どもに踊りを教えていた。"],
        "R04": ["安心して入浴できる", "安心して入浴する", "ベッドからの起き上がりで転倒しない", "夜間、穏やかに過ごせる"],
        "R05": ["安心して入浴できる", "安心して入浴する"],
        "R07": ["居室の掃除（夫の希望により）"],
        "R09": [],
        "R10": ["幻視がひどくなった場合は、物忘れ外来の受診を検討する。", "夫は自分のかかりつけの内科で、妻の様子をときどき話している。"],
        "R11": ["事業所は、しらかば会でそろえました。"],
        "R12": ["デイのない日は一日中横になっていて、「何もしたくない」と言う。"],
        "R13": [],
        "R14": ["夜中に『知らない子どもが座っている』と起こされて、毎晩ろくに眠れない。腰も痛いし、もう限界です"],
        "R15": [],
        "R16": ["ご本人とご家族が安心して在宅生活を送れるよう支援します。"],
        "R17": ["週5回（前回プランから継続）", "頻度 必要時"],
        "R18": ["デイサービスに休まず通う"],
    }))

P.append(("H6-04", "H6-04_subarachnoid_hemorrhage_N95L3L5_mixed.txt", "居宅", "要介護3",
    "くも膜下出血（動脈瘤クリッピング術後）・高次脳機能障害（注意障害・記憶障害）・長女夫婦と同居",
    ["N95", "L3", "L5"], "mixed",
    "The plan is recorded inside a 第4表 サービス担当者会議の要点: attendees with 所属（職種）, 検討した項目 1–4, 検討内容 with the 原案 "
    "read aloud (意向, 方針, 【課題1】–【課題4】 with goals and 「・内容／○／種別／事業所／頻度」 lines), 結論 and 残された課題. "
    "R04 fires: 課題2's long goal 「現在の歩行能力を維持する」 is a maintenance goal. R11 fires: all four care services come from 桐生会 "
    "(the hospital beside them is no spread) and the providers were set by the discharging hospital, with the person only told "
    "(「調整済みであることを説明し、了承を得た」). R14 fires: the eldest daughter states her fatigue from night-time toilet watching; her "
    "role is kept and nothing supports her — 残された課題 defers it (「次回以降に話を聞く」). Not firing: R05 (課題2 short goal is concrete "
    "walking; the long one is a maintenance goal, not a copy), R03 (three of four needs state the cause; 課題4 is a wish to return to a role), "
    "R16 (specific 方針, the meeting itself and 「目標と役割を共有する」), R15 (月1回訪問, R9.5 に評価), R13 (再発予防, 今後の見通し), "
    "R10 (主治医 and 訪問看護 placed), R17 (「課題1と同じ日」 refers to 週3回; 四点杖 rental 外出時に使用), R09 (長女・長女の夫・元同僚 placed).",
    {
        "R04": ["現在の歩行能力を維持する"],
        "R11": ["事業所の選定：事業所は、退院元の桐生会の各事業所で調整済みであることを説明し、了承を得た。"],
        "R14": ["仕事を続けながらの介護で、夜は父のトイレの見守りで眠りが浅く、正直疲れています", "長女の疲れについては、次回以降に話を聞く。"],
    }))

P.append(("H6-05", "H6-05_lumbar_stenosis_N100L5L6_good.txt", "予防", "要支援2",
    "腰部脊柱管狭窄症（間欠性跛行）・体重増加・夫と二人暮らし",
    ["N100", "L5", "L6"], "good",
    "A Word document pasted as plain text: Wingdings/Symbol bullet residue (「Ø」, 「o」, 「§」, 「ü」 and the private-use U+F0B7) each "
    "followed by a tab, Word's automatic numbering left as 「1.<TAB>」, ■□ checkboxes. Staged goals: each 目標 with its period and one "
    "3か月後 stage line. Every check is satisfied with positive evidence: R01 「また歩いて行って、みんなと一緒にやりたい」. R02 the shrine "
    "cleaning she calls 「私の役目」 reaches 1年, 目標1 and the 方針. R03 causes (腰部脊柱管狭窄症のため, 体重の増加も腰への負担). R04 "
    "observable (約600m, 休憩1回, 2kg, 居間と寝室). R05 3か月後 stages are steps. R06 periods and stage dates. R07 services answer the "
    "analysed needs. R08 本人 rows (体操, 記録, 体重測定, 間食). R09 夫, 田代さん, みずほ体操クラブ. R10 野村整形外科 主治医 placed. R11 two "
    "providers, 通所型 chosen by her after two visits. R12 no low motivation. R13 「しびれが強まる時期も見込まれる」「悪化予防」. R14 husband's "
    "roles placed, no burden stated. R15 月1回確認, 3か月後・6か月後に評価. R16 specific 方針 + 担当者会議で共有, 個別サービス計画. R17 every "
    "row has a frequency; 歩行車 外出時に使用; 夫's 軽い掃除機 「R8.12に1回」. R18 goals are changes in life.",
    {}))

P.append(("H6-06", "H6-06_pancreatic_cancer_L10_poor.csv", "居宅", "要介護2",
    "膵がん（ステージ4・外来化学療法中）・体重減少・次女と同居（日中独居）",
    ["L10"], "poor",
    "A 居宅サービス計画1表 block and a 居宅サービス計画2表 block in the data-exchange CSV style, each after a 「# 」 title line, every "
    "field quoted, CRLF; 1表 with CSVバージョン, 保険者番号, 被保険者番号, 作成年月日, 作成区分, 認定の有効期間, 利用者及び家族の生活に対する意向 "
    "(本人／次女／課題分析 in one cell), 審査会の意見, 総合的な援助の方針, 生活援助中心型の算定理由; 2表 with 課題NO, 課題, 援助目標NO, "
    "長期目標, 短期目標, 長期期間, 短期期間, 援助内容NO, サービス内容, 保険対象区分, サービス種別, サービス事業者コード, サービス事業所名, 頻度, "
    "実施期間; need and goals repeated per 援助内容. Dummy numbers. Saved as UTF-8. R01 本人 only asks for help (「毎日来てもらえると助かる」). "
    "R02 nothing she values. R03 the needs (家事ができない, 体力をつけたい, 体調の変化が心配) carry no cause; the diagnosis and weight loss are "
    "listed in the overview only. R04 abstract/negated goals. R06 a short period longer than the long (20261201-20280531) and empty short "
    "periods. R07 車いす 「次女の希望により」 answers no stated need. R08 「すべて代行」 while she can make miso soup on good days; no part for "
    "her anywhere. R09 nothing informal placed. R10 cancer on chemotherapy with no medical professional placed; the 訪問看護 row is "
    "conditional (「体調が悪化した場合は…検討する」); 「がんばって食べる」 is not がん. R13 nothing looks ahead; the daughter's 「今後のことは、"
    "まだ考えられない」 is negated. R14 the daughter's fatigue with nothing for her. R15 no monitoring. R16 generic 方針, no sharing. R17 "
    "訪問介護 毎日 on request with no basis, 通所介護 with an empty 頻度. R18 goals are services. Not firing: R05 (short goals are services: "
    "in doubt), R11 (three different providers), R12 (no low motivation shown).",
    {
        "R01": ["ヘルパーさんに毎日来てもらえると助かる。"],
        "R02": [],
        "R03": ["家事ができない", "体力をつけたい", "体調の変化が心配"],
        "R04": ["無理なく在宅生活を送る", "体力を落とさない", "体調を見守る"],
        "R06": ["20261201-20280531"],
        "R07": ["車いす（次女の希望により）"],
        "R08": ["掃除・洗濯・調理・買物（すべて代行）"],
        "R09": [],
        "R10": ["体調が悪化した場合は、訪問看護の導入を検討する"],
        "R13": ["今後のことは、まだ考えられない。"],
        "R14": ["夜中も何度か母の様子を見に起きるので、最近は私も眠れず疲れがたまっている。"],
        "R15": [],
        "R16": ["ご本人が住み慣れた自宅で安心して生活が続けられるよう、必要なサービスを提供します。"],
        "R17": ["掃除・洗濯・調理・買物（すべて代行）", "入浴、機能訓練、昼食"],
        "R18": ["ヘルパーに掃除・洗濯・調理・買物をしてもらう", "デイサービスで体を動かす"],
    }))

P.append(("H6-07", "H6-07_cervical_cord_injury_L2L5L7_good.tsv", "居宅", "要介護4",
    "中心性頸髄損傷（脚立からの転落・不全四肢麻痺、回復期リハ病院退院後）・妻と長女と同居",
    ["L2", "L5", "L7"], "good",
    "Excel copy as TSV: 第1表 as label/value rows with empty-label continuation rows; 第2表 with No, 期間 split into （期間） columns for "
    "each goal and 期間（開始）／期間（終了） for services, extra 目的 and 備考 columns, need and goal cells empty on continuation rows; a "
    "モニタリング row; TSV 第3表 with 主な日常生活上の活動 and 週単位以外のサービス. Every check is satisfied with positive evidence: R01 "
    "「自分の手で食事をして、また庭のメダカの世話をしたい」. R02 メダカ reaches need 2 and the 方針. R03 causes (頸髄損傷, 筋力低下, 感覚が鈍く, "
    "妻が…起きて). R04 observable (3食, 前開きの服, 水槽の前, 30分ごと, 3日に1回, 6時間・週4日). R05 steps. R06 periods. R07 each service "
    "answers its need; the short stay answers need 4 (the wife's fatigue). R08 本人 rows (自助具で食べる, ボタンエイド, プッシュアップ, 餌やり). "
    "R09 wife and eldest daughter roles. R10 主治医（整形外科）, 訪問看護, 作業療法士, 理学療法士. R11 five providers; 通所リハ chosen by the "
    "person and wife after two visits (備考). R12 no low motivation. R13 「受傷から1年ほどは回復が見込まれる」, 3か月ごとに見直し. R14 the wife's "
    "night burden is met by the air mattress and regular short stays (need 4). R15 月1回訪問, R9.2 に評価. R16 specific 方針 + 担当者会議で共有, "
    "個別援助計画. R17 every row has a frequency; 毎日使用 rentals, 30分ごと/毎食 own activity, 毎晩 the wife's reduced role. R18 none.",
    {}))

P.append(("H6-08", "H6-08_stress_incontinence_N94L6_poor.txt", "予防", "要支援1",
    "腹圧性尿失禁（未受診）・外出控え・独居",
    ["N94", "L6"], "poor",
    "An INI-style export: 「;」 comment header, [section] headers, key=value lines, fields of the 予防 form as keys (目標1_期間=, "
    "目標1_サービス1_頻度=), empty values left as 「key=」. R01 「（聞き取りできず、次回確認）」: no wish stated (the daughter's request is not "
    "hers). R02 コーラス is only past. R04 「尿もれを気にせず安心して過ごす」. R06 empty 目標1_期間 and 目標2_期間. R07 the 訪問型 掃除 answers no "
    "stated need (she cleans herself; the 課題 is going out). R08 the cleaning is taken over while she does it herself, and セルフケア is "
    "empty everywhere. R09 インフォーマル empty. R10 a named condition with no medical professional placed (「泌尿器科は受診していない」). R12 "
    "「もう年だから仕方ない。どこにも行きたくない」 with nothing working on it. R13 nothing looks ahead. R14 living alone with no family or "
    "community involvement in the supports. R15 評価日 empty. R16 generic 方針, no sharing. R17 訪問型 頻度 empty. R18 「通所型サービスに通う」. "
    "Not firing: R03 (the 課題 「外出が減っている」 has no cause, but the assessment gives one — 尿もれが心配で: in doubt), R05 (no staged pair), "
    "R11 (two providers).",
    {
        "R01": ["本人=（聞き取りできず、次回確認）"],
        "R02": ["以前は公民館のコーラスサークルに通っていたが、尿もれが心配で1年ほど休んでいる。"],
        "R04": ["目標1=尿もれを気にせず安心して過ごす"],
        "R06": ["目標1_期間=", "目標2_期間="],
        "R07": ["目標1_サービス1=掃除（居室・浴室・トイレ）"],
        "R08": ["目標1_サービス1=掃除（居室・浴室・トイレ）", "目標1_セルフケア="],
        "R09": ["目標1_インフォーマル=", "目標2_インフォーマル="],
        "R10": ["泌尿器科は受診していない。"],
        "R12": ["「もう年だから仕方ない。どこにも行きたくない」と話す。"],
        "R13": [],
        "R14": [],
        "R15": ["評価日="],
        "R16": ["方針=ご本人が安心して生活できるよう支援します。"],
        "R17": ["目標1_サービス1_頻度="],
        "R18": ["目標2=通所型サービスに通う"],
    }))

P.append(("H6-09", "H6-09_schizophrenia_discharge_N99L3L5_mixed.txt", "居宅", "要介護1",
    "統合失調症（約35年の入院後、地域移行で退院）・服薬中断のおそれ・アパートで独居",
    ["N99", "L3", "L5"], "mixed",
    "A verbatim assessment interview (「相馬：」「本人：」「工藤：」 turns) before the plan; the plan follows a rule line with 【課題1】–【課題4】 and "
    "「・内容／○／種別／事業所／頻度」 lines. The care manager's questions are not plan content. R05 fires: 課題2's short goal is a near-copy "
    "of its long goal. R06 fires: 課題4's short goal has 「（期間：未定）」. R18 fires: 課題3's short goal 「ヘルパーに週2回来てもらい、掃除を"
    "してもらう」 is using a service. Not firing: R04 (all goals observable), R08 (本人 cooks, sets his pill calendar, takes out rubbish), "
    "R09/R14 (民生委員, 兄's monthly call, the 地域活動支援センター — a non-insurance service), R10 (精神科主治医 and 精神科訪問看護 placed), "
    "R11 (本人 chose the 訪問介護 provider), R12 (no low motivation; 「声が聞こえる日は外に出たくない」 is a symptom and the 喫茶店 goal works on "
    "it), R13 (再入院の予防), R15, R16, R17 (every row has a frequency with its basis).",
    {
        "R05": ["長期目標：1週間分の薬をお薬カレンダーに自分でセットし、毎食後に飲める",
                "短期目標：1週間分の薬をお薬カレンダーに自分でセットし、毎食後に飲むことができる"],
        "R06": ["短期目標：週3日、朝9時までに喫茶店に行ける（期間：未定）"],
        "R18": ["短期目標：ヘルパーに週2回来てもらい、掃除をしてもらう"],
    }))

P.append(("H6-10", "H6-10_transtibial_amputation_L3L5L8_good.txt", "居宅", "要介護2",
    "閉塞性動脈硬化症・右下腿切断術後（義足・回復期リハ病院退院後）・妻と二人暮らし",
    ["L3", "L5", "L8"], "good",
    "「ニーズ1:」 labels, goals in prose 「→長期目標「…」（期間）、短期目標「…」（期間）」 on one line, services as 「- 内容 / ○ / 種別 / 事業所 / "
    "頻度 / 期間」 bullets (informal rows without ※1), speakers as 「ご本人より「…」とのこと」「妻（73歳）は「…」と話される」. Every check is "
    "satisfied with positive evidence: R01 the person's words via とのこと. R02 写真 reaches needs 1 and 4, goals and the friend's support. "
    "R03 causes (右足を切断し, 血流が悪く, 義足で浴槽をまたぐのが難しく). R04 observable (約500m, 100m, 毎晩・確認表, 1枚以上). R05 steps. R06 "
    "periods. R07 services answer needs. R08 本人 rows. R09 wife and the photo-club friend 高野さん. R10 主治医（血管外科）, 訪問看護, 理学療法士, "
    "義肢装具士. R11 six providers; 通所リハ chosen by him after two visits. R12 none. R13 「再発予防」「今後半年ほど変わりやすい」, 3か月ごとに見直し. "
    "R14 wife's roles placed; no burden stated. R15 月1回, R9.2末に評価. R16 specific 方針 + 担当者会議で共有. R17 all rows have frequencies "
    "(住宅改修・購入 「R8.12に1回」). R18 none.",
    {}))

P.append(("H6-11", "H6-11_multiple_myeloma_N93L5_poor.txt", "居宅", "要介護3",
    "多発性骨髄腫（内服化学療法中）・胸腰椎圧迫骨折・妻介護（妻も腰痛）",
    ["N93", "L5"], "poor",
    "The HTML source of a care-software print page pasted as text: doctype, <style>, a breadcrumb with &nbsp;/&gt;, 第1表 as <th>/<td> "
    "rows with <br> inside cells, 第2表 with a two-row <thead>, rowspan=\"2\" need and goal cells, &nbsp; for empty cells, notes as "
    "<p class=\"note\">. R02 the hot-spring trip is only in the 意向. R03 needs (痛みなく過ごしたい, 外出したい, 入浴したい) carry no cause; the "
    "diagnosis and fractures are listed only. R04 abstract goals. R05 「外出の機会を増やす」 vs 「外出は控えて、自宅で安静に過ごす」 contradict. "
    "R06 need 2 has no periods (&nbsp;). R07 買物代行 「妻の希望により」 answers no stated need. R10 myeloma on chemotherapy with no medical "
    "professional placed (「主治医…とは、まだ連絡が取れていない」). R11 all three care services are あけぼの会 (「あけぼの会でそろえた」). R13 "
    "nothing looks ahead. R14 the wife's night burden and back pain with nothing for her (the carried-over daytime 訪問介護 does not touch "
    "the nights). R15 「落ち着いてから決める予定」. R16 generic 方針 and 「今回は開催していない」. R17 毎日2回 carried over, 随時. R18 "
    "「デイサービスで入浴する」. Not firing: R01 (「また妻と車で温泉に行きたい」 is his wish), R08 (capacity not assessed: in doubt), R09 (the "
    "wife's 服薬の管理 row), R12 (pain, not low motivation).",
    {
        "R02": ["本人：痛みが落ち着いたら、また妻と車で温泉に行きたい。"],
        "R03": ["痛みなく過ごしたい", "外出したい", "入浴したい"],
        "R04": ["痛みなく穏やかに過ごす", "外出の機会を増やす", "ベッド上で安静に過ごす"],
        "R05": ["外出の機会を増やす", "外出は控えて、自宅で安静に過ごす"],
        "R06": ["外出の機会を増やす", "外出は控えて、自宅で安静に過ごす"],
        "R07": ["買物代行（妻の希望により）"],
        "R10": ["主治医（大学病院 血液内科）とは、まだ連絡が取れていない。"],
        "R11": ["※事業所は、あけぼの会でそろえた。"],
        "R13": [],
        "R14": ["夜中のトイレにも毎回付き添うので眠れない。私も腰を痛めていて、正直つらい。"],
        "R15": ["モニタリング：状態が落ち着いてから決める予定。"],
        "R16": ["安全で安楽な生活が送れるよう支援します。", "サービス担当者会議：今回は開催していない。"],
        "R17": ["（前回プランから継続）", "随時"],
        "R18": ["デイサービスで入浴する", "デイサービスで週2回入浴する"],
    }))

P.append(("H6-12", "H6-12_persistent_dizziness_L1L5L6_mixed.md", "予防", "要支援2",
    "持続性知覚性姿勢誘発めまい（PPPD・耳鼻科受診中断）・独居",
    ["L1", "L5", "L6"], "mixed",
    "Markdown with #/## headings and pipe tables with |---| rules: 目標とする生活, the four アセスメント領域 with 意欲・意向 and 課題 columns "
    "(<br> inside cells), a staged 目標 table (3か月後／6か月後 columns), a 支援計画 table. R10 fires: a named condition with no medical "
    "professional placed; the ENT visits are past (「以前は耳鼻科に通っていたが、半年前から行っていない」). R13 fires: nothing looks ahead "
    "(「生活不活発病の改善・予防のポイント」 is a form label). R15 fires: 「評価日：めまいが落ち着いたら設定する」 is deferred. Not firing: R12 "
    "(fear, not low motivation; she wants to dance again), R02 (フラダンス reaches 1年, 目標1 and 方針), R16 (specific 方針 + 担当者会議で共有), "
    "R17 (通所型 週1回・水; 「目標1と同じ日」), R09/R14 (森さん, 長男 placed), R06 (the goals carry stage dates R9.2末／R9.5末 and the 支援計画 gives R8.12.1〜R9.5.31).",
    {
        "R10": ["以前は耳鼻科に通っていたが、半年前から行っていない。"],
        "R13": [],
        "R15": ["評価日：めまいが落ち着いたら設定する"],
    }))

P.append(("H6-13", "H6-13_disuse_syndrome_L2L4L9_poor.txt", "居宅", "要介護4",
    "廃用症候群（誤嚥性肺炎入院後）・仙骨部発赤（褥瘡リスク）・夫（91歳）介護",
    ["L2", "L4", "L9"], "poor",
    "A print aligned with full-width spaces, cells wrapped at their column width (need 「ﾍﾞｯﾄﾞで過ごす時間が」/「長い」, short goal "
    "「ﾍﾙﾊﾟｰに食事介助しても」/「らう」), labels over two lines (「利用者及び家族の」/「生活に対する意向」); half-width katakana in everything typed "
    "(ｻｰﾋﾞｽ, ﾍﾞｯﾄﾞ, ｴｱﾏｯﾄ, ﾍﾙﾊﾟｰ, ｵﾑﾂ, ﾊﾞｲﾀﾙ) and full-width digits (Ｒ８．１２～Ｒ９．１１). R01 「本人：特になし」. R02 nothing she values. "
    "R03 needs carry no cause; the pneumonia and redness are listed only. R04 「床ずれにならない」「安心して食事ができる」. R06 the first short goal "
    "has no period. R10 pressure-ulcer risk after pneumonia with no medical professional placed; 「床ずれが悪化した場合は訪問看護を検討する」 is "
    "conditional. R12 「もう何もしなくていい」 with nothing working on it. R13 nothing looks ahead. R14 the husband's night burden with nothing "
    "for him. R15 no monitoring (ﾊﾞｲﾀﾙ確認 is a care task). R16 generic 方針, no sharing. R17 訪問介護 「随時」. R18 「ｴｱﾏｯﾄを使用する」"
    "「ﾍﾙﾊﾟｰに食事介助してもらう」. Not firing: R05 (short goals are services: in doubt), R07 (services sit on stated but unanalysed needs: in "
    "doubt), R08 (要介護4, capacity not shown: in doubt), R09 (the husband's 水分補給の声かけ row), R11 (two providers).",
    {
        "R01": ["本人：特になし（「寝ているだけでいい」と話す）"],
        "R02": [],
        "R03": ["ﾍﾞｯﾄﾞで過ごす時間が", "食事を食べたい"],
        "R04": ["床ずれにならない", "安心して食事ができる"],
        "R06": ["ｴｱﾏｯﾄを使用する"],
        "R10": ["備考：床ずれが悪化した場合は訪問看護を検討する。"],
        "R12": ["本人は「もう何もしなくていい」と言い、声をかけても目を閉じていることが多い。"],
        "R13": [],
        "R14": ["夫（９１歳）：夜中のｵﾑﾂ交換がつらい。自分も足腰が弱ってきて、いつまで続けられるか"],
        "R15": [],
        "R16": ["在宅生活が継続できるよう支援します。"],
        "R17": ["ｵﾑﾂ交換・清拭・ﾊﾞｲﾀﾙ確認", "随時"],
        "R18": ["ｴｱﾏｯﾄを使用する", "ﾍﾙﾊﾟｰに食事介助しても"],
    }))

P.append(("H6-14", "H6-14_rheumatoid_arthritis_N98L3L5_good.txt", "居宅", "要介護1",
    "関節リウマチ（手指変形・生物学的製剤）・右膝痛・独居（長女が近所）",
    ["N98", "L3", "L5"], "good",
    "A transcription for ケアプラン点検 with 4-digit line numbers (「0012  」) on every line, long lines wrapped at a fixed width and "
    "numbered again (a service line 「…／R8.12.1～R」/「9.2.28」 breaks mid-date), a header asking reviewers to cite line numbers. 【課題1】–"
    "【課題4】 with 長期目標（期間）／短期目標（期間） and 「・内容／○／種別／事業所／頻度／期間」. Every check is satisfied with positive evidence: "
    "R01 「ちぎり絵は続けたい…作品展には、新しい作品を出したい。料理もできるだけ自分でしたい」. R02 ちぎり絵 reaches 課題2 and the 方針. R03 "
    "causes (指の変形で, 膝の痛みで, 指の痛みで). R04 observable (週4日・1品以上, 作品展（R9.10）に1点, 記録表, 週3回). R05 steps. R06 periods. "
    "R07 services answer needs. R08 本人 rows and the helper row keeps her part (味付けと煮る工程). R09 長女, 手芸クラブの友人 松井さん. R10 "
    "主治医（リウマチ科）, 作業療法士, 薬剤師. R11 providers differ; both chosen by her. R12 none. R13 「今後も痛みの波が見込まれる」「悪化の兆し」. "
    "R14 living alone, daughter and club friend involved. R15 月1回, R9.2 に評価. R16 specific 方針 + 担当者会議で共有. R17 frequencies on "
    "every row; one-offs 「R8.12に1回」. R18 none.",
    {}))

P.append(("H6-15", "H6-15_copd_L1L6L9_poor.txt", "予防", "要支援1",
    "ＣＯＰＤ（喫煙継続・呼吸器内科受診中断）・独居",
    ["L1", "L6", "L9"], "poor",
    "予防 form as pipe tables without outer pipes and with 「--- | ---」 rules; full-width letters and digits (ＣＯＰＤ, ＳｐＯ２, Ｒ８．１２．１, "
    "週２回, 目標１). R01 only requests (「来てくれるなら何でもいい」「誰かに行ってもらえればいい」) and agreement (「それでいい」). R02 「趣味は特になし」, "
    "1日 「特になし」. R03 the 総合的課題 carries no cause; ＣＯＰＤ is listed under 健康管理. R04 「安心して生活できる」. R07 通所型 「本人の希望により"
    "週２回」 answers no stated need. R08 「すべてヘルパーが行う」 while he walks to the shop and cleans; no self part anywhere. R09 「インフォーマル："
    "なし」 (the brother's yearly contact does not count). R10 ＣＯＰＤ with no medical professional placed (「以前は呼吸器内科に通っていたが、今は"
    "行っていない」). R12 「もう年だし、何をする気も起きない」 with nothing working on it. R13 nothing looks ahead. R14 living alone with no family "
    "or community involvement. R15 評価 「（空欄）」. R16 generic 方針. R17 訪問型 with no frequency; 通所型 週２回 by request. R18 "
    "「ヘルパーに買物と掃除をしてもらう」. Not firing: R05 (no staged pair), R06 (both goals have periods), R11 (two providers).",
    {
        "R01": ["本人：「通所でもヘルパーでも、来てくれるなら何でもいい」", "本人：「買物は面倒。誰かに行ってもらえればいい」"],
        "R02": ["趣味は特になし。"],
        "R03": ["買物ができない。家事が大変。"],
        "R04": ["目標１　安心して生活できる"],
        "R07": ["入浴、体操、昼食（本人の希望により週２回）"],
        "R08": ["買物代行、居室の掃除（すべてヘルパーが行う）"],
        "R09": ["インフォーマル：なし"],
        "R10": ["以前は呼吸器内科に通っていたが、今は行っていない。"],
        "R12": ["本人：「もう年だし、何をする気も起きない」"],
        "R13": [],
        "R14": [],
        "R15": ["（空欄）"],
        "R16": ["安心して在宅生活が送れるよう支援する。"],
        "R17": ["買物代行、居室の掃除（すべてヘルパーが行う）", "入浴、体操、昼食（本人の希望により週２回）"],
        "R18": ["目標２　ヘルパーに買物と掃除をしてもらう"],
    }))

P.append(("H6-16", "H6-16_early_onset_alzheimer_N96L3L4_mixed.txt", "居宅", "要介護2",
    "若年性アルツハイマー型認知症（63歳・第2号被保険者）・元電気工事士・妻はパート勤務",
    ["N96", "L3", "L4", "L5", "L7"], "mixed",
    "第1表/第2表 as 「課題1：」 blocks with 長期目標(R8.12〜R9.11) labels and 「※1 ○　種別 …　事業所 …　頻度 …　期間 …」 lines; labels with a "
    "space (「本人　「…」」); the 第3表 pasted as an iCalendar (ICS) export from a calendar app: VEVENTs with DTSTART;TZID, RRULE "
    "(FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR / MO,WE,FR / SA,SU, FREQ=MONTHLY;BYDAY=2TH, FREQ=DAILY), SUMMARY and DESCRIPTION. R01 fires: the "
    "person's only words agree to a service (「デイに行けばいいんでしょ。それでいいよ」). R11 fires: three care services (and the care-plan "
    "office) from さつき会, chosen for the wife's convenience (「妻の職場に近いさつき会でまとめました」). R17 fires: デイ 「週5回（妻の希望）」 "
    "while the stated need is the three work days (月・水・金). Not firing: R07 (the デイ answers the analysed need 1; only its amount is "
    "requested), R02 (his electrician's skill becomes a role in goal 1), R12 (「それでいいよ」 is agreement, not low motivation), R10 "
    "(主治医 row placed, 方針 shares with him), R13, R15, R16, R14/R09 (wife's and son's roles; no burden stated).",
    {
        "R01": ["「デイに行けばいいんでしょ。それでいいよ」"],
        "R11": ["事業所は、妻の職場に近いさつき会でまとめました。"],
        "R17": ["頻度 週5回（妻の希望）"],
    }))

P.append(("H6-17", "H6-17_advanced_parkinsons_L1L5L7_mixed.txt", "居宅", "要介護4",
    "進行期パーキンソン病（ウェアリングオフ・すくみ足・ジスキネジア）・妻介護（夜間のトイレ）",
    ["L1", "L5", "L7"], "mixed",
    "A PDF copy: every label and cell on its own line, 第2表 header cells one per line, then each row's cells one per line with empty cells "
    "dropped (informal rows have no ※1/事業所), labels broken over lines (「利用者及び家族の」/「生活に対する意向」/…), page marks 「― 1 / 3 ―」 "
    "mid-form; 第3表 as day lines with 主な日常生活上の活動 and 週単位以外のサービス. R05 fires: need 1's short goal is a near-copy of its long "
    "goal. R13 fires: a progressive illness and nothing looks ahead. R16 fires: the 方針 is generic (nothing of this person or his goals) "
    "and nothing mentions a meeting, sharing or 個別援助計画 (「主治医への報告」 is a nursing task). Not firing: R14 (the wife's night burden is "
    "met by need 2: portable toilet, monthly short stay), R15 (月1回 with the オン・オフ記録表, R9.2 に評価), R10 (主治医（脳神経内科）, 訪問看護, "
    "訪問リハ), R11 (providers differ; short stay chosen by them), R02 (鉄道模型 and OB会 in need 3), R17 (every row has a frequency; 毎晩 is "
    "the wife's reduced role).",
    {
        "R05": ["オフの時間でも、手すりと歩行器を使ってトイレまで自分で歩いて行ける",
                "オフの時間でも、手すりと歩行器を使い、トイレまで自分で歩いて行ける"],
        "R13": [],
        "R16": ["ご本人とご家族の思いに寄り添い、住み慣れた自宅での生活を支援します。"],
    }))

P.append(("H6-18", "H6-18_insomnia_hypnotics_L2L6L8_mixed.txt", "予防", "要支援1",
    "不眠・睡眠薬の重複処方（2医療機関）・朝のふらつき・夫と死別後の独居",
    ["L2", "L6", "L8"], "mixed",
    "A 予防 form printed with half-width-space aligned columns, cells wrapped at their width beside each other; staged goals in prose "
    "(「目標1は、3か月後（R9.2末）に「…」、6か月後（R9.5末）に「…」とする。」). R03 fires: the 総合的課題 lists states (眠れない, 横になっている, "
    "出かけなくなっている) with no analysis of what blocks her life, and the assessment gives facts only (the bereavement stands in the "
    "世帯 line, not as a reason). R07 fires: 居室の掃除 「長男の希望による」 answers no stated need (she cleans herself) and sits on the walking "
    "goal. R17 fires: the same row's amount has no basis. Not firing: R08 (本人 rows placed beside it), R10 (主治医 and 薬剤師 placed), R13 "
    "(「今後、薬の量が減らせた段階で…」), R02 (短歌の会 in 1年 and 目標2), R16, R15, R05 (stages are steps).",
    {
        "R03": ["夜に眠れない。昼間に長く横になっている。散歩や短歌の会に出かけなくなっている。"],
        "R07": ["居室の掃除（長男の希望による）"],
        "R17": ["居室の掃除（長男の希望による）"],
    }))

P.append(("H6-19", "H6-19_meningioma_neglect_L3L4L5_good.txt", "居宅", "要介護2",
    "髄膜腫摘出術後（右前頭頭頂葉）・左半側空間無視・左手の軽い麻痺・夫と次男と同居",
    ["L3", "L4", "L5"], "good",
    "Circled-number 第1表 labels (①–⑥), labels broken over two lines (「③利用者及び家族の」/「　生活に対する意向を踏まえた課題分析の結果」) "
    "or with inner spaces (「④介護認定審査会の意見及び サービスの種類の指定」「⑤総合的な援助の 方針」), 「長期目標（R8.12〜R9.11）：」 and "
    "「短期目標(R8.12〜R9.2)：」 with half-width brackets, 「課題（ニーズ）1」, services separated by full-width spaces, speakers "
    "「本人　「…」」. Every check is satisfied with positive evidence: R01 「また台所に立ちたい…合唱団の練習にも戻りたい」. R02 筑前煮 and the "
    "choir reach needs 1 and 4 and the 方針. R03 causes (左半側空間無視, 左手も動かしにくい, てんかん発作の予防薬). R04 observable. R05 steps. "
    "R06 periods (month precision). R07 each service answers its need. R08 本人 rows. R09 夫, 次男, 合唱団の友人 片山さん. R10 主治医（脳神経外科）, "
    "作業療法士, 理学療法士, 薬剤師. R11 providers differ; 通所リハ chosen by her. R12 none. R13 「改善が見込まれる」, 3か月ごとのMRIで再発を確認. "
    "R14 the husband's worry (cannot go out) is met (通所リハの日を夫の外出日とします). R15 月1回, R9.2末に評価. R16 specific 方針 + 担当者会議で"
    "共有. R17 frequencies on every row. R18 none.",
    {}))

P.append(("H6-20", "H6-20_cidp_L1L5_poor.md", "居宅", "要介護2",
    "慢性炎症性脱髄性多発神経炎（CIDP・3か月ごとの免疫グロブリン療法）・妻と二人暮らし（妻は会社員）",
    ["L1", "L5"], "poor",
    "Markdown pipe tables: 第1表 as key/value rows with an empty-key continuation row; 第2表 with |---|, a row of wrapped cells continued "
    "on the next row (「家事の負担が軽く」/「なる」, 「掃除・調理・買物（全介助、」/「本人は行わない）」) and a 「（その他）」 row. R01 only the "
    "wife and son speak. R03 needs (入浴したい, 家事ができない) carry no cause; CIDP is listed in the overview. R04 abstract goals. R05 long "
    "and short goals identical (デイサービスで入浴する; 家事の負担が軽くなる). R07 買物代行 and the bed/wheelchair rental 「妻の希望により」 answer "
    "no stated need. R08 「全介助、本人は行わない」 while he can cut vegetables seated; no part for him anywhere. R09 no family or community "
    "role placed. R11 three care services all from 森の風 (with the care-plan office). R13 nothing looks ahead. R14 the wife's night burden "
    "and back pain with nothing for her, and no family involvement in the supports. R16 generic 方針, no sharing. R17 訪問介護 毎日 by the "
    "wife's wish; 買物代行 週2回 for no need. R18 「デイサービスで入浴する」. Not firing: R02 (釣り reaches a need and a goal), R06 (periods), "
    "R10 (主治医（脳神経内科） row placed), R12 (no low motivation), R15 (「毎月訪問し、目標の達成状況を確認する」).",
    {
        "R01": [],
        "R03": ["入浴したい", "家事ができない"],
        "R04": ["家事の負担が軽く", "釣りに行けるようになる", "体力をつける"],
        "R05": ["デイサービスで入浴する", "家事の負担が軽く"],
        "R07": ["買物代行（妻の希望により）", "特殊寝台・車いす（妻の希望により）"],
        "R08": ["掃除・調理・買物（全介助、", "本人は行わない）"],
        "R09": [],
        "R11": ["森の風デイサービス", "森の風ヘルパーステーション", "森の風福祉用具"],
        "R13": [],
        "R14": ["夫が夜中に足がつって何度も起こされるので、私も寝不足で腰も痛い。"],
        "R16": ["ご本人が自分らしく在宅生活を送れるよう支援します。"],
        "R17": ["毎日（妻の希望）", "買物代行（妻の希望により）"],
        "R18": ["デイサービスで入浴する"],
    }))


def main():
    lines = []
    for pid, fname, form, level, cond, layouts, quality, notes, fires in P:
        checks = {}
        for c in CHECKS:
            checks[c] = {"fires": c in fires, "evidence": list(fires.get(c, []))}
        rec = {"id": pid, "file": fname, "form": form, "level": level, "condition": cond, "layouts": layouts,
               "quality": quality, "municipality": "both", "writer": "H6", "notes": notes, "checks": checks}
        lines.append(json.dumps(rec, ensure_ascii=False))
    (HERE / "expected.H6.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    tot = {c: sum(1 for p in P if c in p[8]) for c in CHECKS}
    print(len(P), "plans;", sum(tot.values()), "firings;", tot)


if __name__ == "__main__":
    main()

# writes P16-c11 (第1表/第2表 PDF copied with a viewer that joins the fragments of each visual line
# of a table row with single spaces; merged and wrapped cells interleave line by line; empty cells vanish)
import os

NOSTART = "、。）」・"
def wrap(s, w):
    """break every w characters, with simple kinsoku: a fragment never starts with 、。）」・"""
    out, cur = [], ""
    for ch in s:
        if len(cur) >= w and ch not in NOSTART:
            out.append(cur); cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out

def block(cols):
    """cols: list of (start_line, [fragments]) per column, in column order -> list of visual lines"""
    h = max(st + len(fr) for st, fr in cols)
    lines = []
    for k in range(h):
        parts = []
        for st, fr in cols:
            j = k - st
            if 0 <= j < len(fr) and fr[j]:
                parts.append(fr[j])
        lines.append(" ".join(parts))
    return lines

out = []
out += ["居宅サービス計画書（1） 作成年月日 令和9年4月25日",
        "初回 ・ 紹介 ・ 継続 認定済 ・ 申請中",
        "利用者名 小田切 キヨ 殿 生年月日 昭和18年10月2日 住所 〇〇市宮前3-5-18",
        "居宅サービス計画作成者氏名 須藤 里美",
        "居宅介護支援事業者・事業所名及び所在地 ケアプランオフィス椿（〇〇市宮前1-2-7）",
        "認定日 令和9年4月10日 認定の有効期間 令和9年4月1日 ～ 令和11年3月31日",
        "要介護状態区分 要介護1 ・ 要介護2 ・ 要介護3 ・ 要介護4 ・ 要介護5"]
W = 30
label = wrap("利用者及び家族の生活に対する意向を踏まえた課題分析の結果", 8)
paras = ["本人：お父さんと一緒に、ここで暮らしたい。夜になると怖い夢を見る。",
         "夫：夜中に何度も起こされて、こっちが倒れそうだ。昼間は預かってもらって、夜は少しでも眠りたい。",
         "次男：仕事から帰ったら、夜10時までは私が母を見ています。",
         "多発性脳梗塞による血管性認知症。夕方から落ち着かなくなり、夜間に2～4回起きて家の中を歩き回る。主に介護する夫（87歳）の睡眠不足が続いている。"]
content = [f for p in paras for f in wrap(p, W)]
out += block([(0, label), (0, content)])
out += block([(0, ["介護認定審査会の", "意見及びサービス", "の種類の指定"]), (0, ["なし"])])
pol = wrap("昼間の活動と夜の眠りのリズムを整え、ご夫婦がこの家で一緒に暮らし続けられるよう支援します。ご主人が倒れないよう、休息の時間を計画的に確保します。", W)
out += block([(0, ["総合的な援助の方", "針"]), (0, pol)])
out += ["生活援助中心型の算定理由 1. 一人暮らし 2. 家族等が障害、疾病等 3. その他（ ）",
        "",
        "居宅サービス計画書（2） 作成年月日 令和9年4月25日",
        "利用者名 小田切 キヨ 殿",
        "生活全般の解決すべ 援助目標 援助内容",
        "き課題（ニーズ） 長期目標 （期間） 短期目標 （期間） サービス内容 ※1 サービス種別 ※2 頻度 期間"]
LP = ["R9.5.1～", "R10.4.30"]; SP = ["R9.5.1～", "R9.10.31"]
def need_block(need, lg, sg, services):
    merged = [(0, wrap(need, 9)), (0, wrap(lg, 9)), (0, LP), (0, wrap(sg, 9)), (0, SP)]
    svc_cols = [[], [], [], [], [], []]
    start = 0
    cols = list(merged)
    for content, ins, typ, prov, freq, per in services:
        cells = [wrap(content, 11), [ins] if ins else [], wrap(typ, 7) if typ else [], wrap(prov, 8) if prov else [], wrap(freq, 6), per]
        h = max(len(c) for c in cells)
        for c in cells:
            cols.append((start, c))
        start += h
    # order fragments by column: merged columns first, then service columns of every row (a row's
    # fragments share lines only with the merged cells and with their own row)
    return block(cols)
out += need_block("夜ぐっすり眠り、昼間を落ち着いて過ごしたい",
                  "夜中に起きる回数が減り、昼と夜のリズムが整う",
                  "昼間はデイで体を動かし、夜間の起き出しが一晩1回程度に減る",
                  [("昼間の活動（体操・歌・洗濯物たたみ）、入浴、昼食", "○", "認知症対応型通所介護", "デイサービスこぶし苑", "週4回（月・火・木・金）", SP),
                   ("眠りと夜中の様子の記録", "", "夫", "", "毎日", SP),
                   ("眠りと服薬の状況の確認、主治医への報告", "○", "訪問看護", "訪問看護ステーション若竹", "週1回（水）", SP)])
out += need_block("脳梗塞の再発を防ぎ、体調を保ちたい",
                  "血圧が安定し、脳梗塞の再発なく過ごせる",
                  "血圧の薬と血液をさらさらにする薬を、夫の声かけで毎日飲める",
                  [("服薬の声かけと飲んだかどうかの確認", "", "夫", "", "毎朝・毎夕", SP),
                   ("薬の一包化と服薬カレンダーへのセット", "○", "居宅療養管理指導", "すずらん薬局", "月2回", SP)])
out += need_block("夫が体を壊さずに、二人の暮らしを続けたい",
                  "夫が睡眠の時間を確保でき、共倒れにならずに二人で暮らせる",
                  "月に一度、夫がまとまって眠れる1週間をつくれる",
                  [("認知症の方を受け入れる短期入所（6泊7日）", "○", "短期入所生活介護", "特別養護老人ホーム 白樫の郷", "月1回", SP),
                   ("介護の悩みの相談と、同じ立場の人との交流", "", "町内の介護者サロン", "", "月1回", SP)])
out += ["※1「保険給付の対象となるかどうかの区分」について、保険給付対象内サービスについては○印を付す。",
        "※2「当該サービス提供を行う事業所」について記入する。",
        "1 / 1"]
open(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "P16-c11_pdf_copy_table_lines_interleaved.txt"), "w", encoding="utf-8").write("\n".join(out) + "\n")

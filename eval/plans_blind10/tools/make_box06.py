#!/usr/bin/env python3
"""H4's own builder: writes H4-06 as a ruled (box-drawing) print of care software.
Reads no project file. Cells are wrapped at fixed display widths (full-width = 2)."""
import pathlib, unicodedata

OUT = pathlib.Path(__file__).resolve().parent.parent / "H4-06_ipf-hot_N67L7_good.txt"

def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)

def wrap(text, width):
    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur); cur = ""; continue
        if w(cur + ch) > width:
            lines.append(cur); cur = ch
        else:
            cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines

def pad(s, width):
    n = width - w(s)
    return s + "　" * (n // 2) + " " * (n % 2)

def hline(widths, l, m, r, fill):
    return l + m.join(fill * (x // 2) for x in widths) + r

def row(cells, widths):
    return "┃" + "┃".join(pad(c, x) for c, x in zip(cells, widths)) + "┃"

def block(texts, widths):
    wrapped = [wrap(t, x) for t, x in zip(texts, widths)]
    h = max(len(x) for x in wrapped)
    return [row([c[i] if i < len(c) else "" for c in wrapped], widths) for i in range(h)]

out = []
title = "居宅サービス計画書（１）"
W1 = [16, 72]
out.append(hline(W1, "┏", "━", "┓", "━").replace("━━", "━━"))
out[-1] = "┏" + "━" * ((sum(W1) + 2) // 2) + "┓"
out.append("┃" + pad("　" * 14 + title, sum(W1) + 1 + 1) + "┃")
out.append(hline(W1, "┣", "┳", "┫", "━"))
sheet1 = [
    ("利用者名", "荻野 清治 様（78歳・男性）　要介護2　認定の有効期間 R8.11.1〜R9.10.31"),
    ("計画作成者", "居宅介護支援事業所 あけぼの　介護支援専門員 坂巻 透　作成日 R8.12.2（初回）"),
    ("利用者及び家族の生活に対する意向",
     "本人：「酸素をつけてでも、公民館の将棋クラブに月2回は顔を出したい。風呂と着替えはできるだけ自分でやりたい」\n"
     "妻（75歳）：「夜中の咳で目が覚めることがあるが、夫が好きな将棋を続けられるなら手伝いたい。急に悪くなった時にどうすればいいか不安」\n"
     "長女（車で15分）：「クラブの日の送り迎えは私がする」"),
    ("介護認定審査会の意見及びサービスの種類の指定", "特になし"),
    ("総合的な援助の方針",
     "特発性肺線維症で在宅酸素療法（安静時1L・労作時3L）を行っています。病状は年単位でゆっくり進むと見込まれ、かぜなどをきっかけにした急性増悪を防ぐことが大切です。"
     "主治医・訪問看護と増悪の兆しと受診の目安を共有し、息切れを抑える動作の工夫で入浴・着替えを自分で続け、将棋クラブへの外出を続けられるよう支えます。"
     "妻の不安には訪問看護の24時間連絡体制で応えます。サービス担当者会議で目標と役割を共有し、毎月の訪問でモニタリング、3か月ごとに目標の達成度を評価します。"),
    ("事業所の選定", "訪問介護は2事業所の説明を聞き、ご本人が選ばれました。訪問看護は主治医の紹介先を含め2か所から選ばれました。"),
]
for i, (k, v) in enumerate(sheet1):
    out += block([k, v], W1)
    out.append(hline(W1, "┣" if i < len(sheet1) - 1 else "┗", "╋" if i < len(sheet1) - 1 else "┻",
                     "┫" if i < len(sheet1) - 1 else "┛", "━"))
out.append("")

title2 = "居宅サービス計画書（２）　　　　　　利用者名　荻野 清治 様"
W2 = [22, 24, 24, 28, 16, 20, 14]
out.append("┏" + "━" * ((sum(W2) + len(W2) - 1) // 2) + "┓")
out.append("┃" + pad(title2, sum(W2) + len(W2) - 1) + "┃")
out.append(hline(W2, "┣", "┳", "┫", "━"))
out += block(["生活全般の解決すべき課題（ニーズ）", "長期目標（期間）", "短期目標（期間）",
              "サービス内容", "サービス種別", "事業所", "頻度"], W2)
out.append(hline(W2, "┣", "╋", "┫", "━"))

needs = [
    ("肺の線維化で少し動くと息が切れ、入浴や着替えで酸素が下がるため、息切れを抑えて身の回りのことを自分で続けたい",
     "酸素を使い、休憩をはさみながら自分で着替えと洗身ができる（R8.12.1〜R9.10.31）",
     "動作の前に口すぼめ呼吸をし、SpO2を90%以上に保って上着の着替えができる（R8.12.1〜R9.2.28）",
     [("息切れを抑える動作の練習、呼吸法の指導（理学療法士）", "訪問看護", "訪問看護ステーション みどり", "週1回（月）"),
      ("入浴時の見守り、洗髪と背中の洗身の介助", "訪問介護", "ヘルパーステーション 結", "週2回（火・金）"),
      ("シャワーチェアの購入", "特定福祉用具販売", "福祉用具の店 いずみ", "1回"),
      ("口すぼめ呼吸をしてから着替える", "本人", "", "毎日")]),
    ("かぜをきっかけに急性増悪して入院したことがあるため、増悪の兆しに早く気づいて家で暮らし続けたい",
     "息切れ・SpO2・熱の変化に本人と妻が気づき、受診の目安に沿って主治医へ連絡できる（R8.12.1〜R9.10.31）",
     "毎朝、SpO2・脈拍・息切れの程度を呼吸日誌に記入できる（R8.12.1〜R9.2.28）",
     [("全身状態の観察、酸素と服薬の管理の確認、主治医への報告、妻の相談（24時間連絡体制）", "訪問看護", "訪問看護ステーション みどり", "週1回（木）"),
      ("診察、抗線維化薬の処方", "主治医", "県立中央病院 呼吸器内科 高畑医師", "月1回"),
      ("酸素濃縮装置の保守点検", "在宅酸素業者（医療保険）", "東和メディカル", "月1回"),
      ("呼吸日誌の記入、手洗い・うがい", "本人・妻", "", "毎日")]),
    ("息切れで外出がおっくうになりかけているが、将棋クラブには通い続けたい",
     "携帯用酸素ボンベを使って、公民館の将棋クラブに月2回参加できる（R8.12.1〜R9.10.31）",
     "ボンベを載せたカートを押して、玄関から車まで（約20m）休まず移動できる（R8.12.1〜R9.2.28）",
     [("外出時の酸素流量の確認、カートを押す歩き方の練習（理学療法士）", "訪問看護", "訪問看護ステーション みどり", "週1回（月）の訪問の中で"),
      ("公民館への送迎", "家族", "長女", "月2回"),
      ("入口近くの席の用意、対局中の見守り", "地域", "将棋クラブ世話役 大塚さん", "月2回")]),
]
L = W2[:3]; R = W2[3:]
for ni, (need, lg, sg, svcs) in enumerate(needs):
    left = [wrap(need, L[0]), wrap(lg, L[1]), wrap(sg, L[2])]
    right_lines = []
    for si, s in enumerate(svcs):
        cells = [wrap(x, y) for x, y in zip(s, R)]
        h = max(len(c) for c in cells)
        for i in range(h):
            right_lines.append(("row", [c[i] if i < len(c) else "" for c in cells]))
        if si < len(svcs) - 1:
            right_lines.append(("sep", None))
    h = max(max(len(x) for x in left), len(right_lines))
    for i in range(h):
        lc = [x[i] if i < len(x) else "" for x in left]
        kind, rc = right_lines[i] if i < len(right_lines) else ("row", ["", "", "", ""])
        line = "┃" + "┃".join(pad(c, x) for c, x in zip(lc, L))
        if kind == "sep":
            line += "┠" + "┼".join("─" * (x // 2) for x in R) + "┨"
        else:
            line += "┃" + "┃".join(pad(c, x) for c, x in zip(rc, R)) + "┃"
        out.append(line)
    last = ni == len(needs) - 1
    out.append(hline(W2, "┗" if last else "┣", "┻" if last else "╋", "┛" if last else "┫", "━"))
out.append("")

title3 = "週間サービス計画表（３）"
W3 = [10, 14, 14, 14, 14, 14, 12, 12, 36]
out.append("┏" + "━" * ((sum(W3) + len(W3) - 1) // 2) + "┓")
out.append("┃" + pad(title3, sum(W3) + len(W3) - 1) + "┃")
out.append(hline(W3, "┣", "┳", "┫", "━"))
grid = [
    ["時間", "月", "火", "水", "木", "金", "土", "日", "主な日常生活上の活動"],
    ["6:00", "", "", "", "", "", "", "", "起床、SpO2測定、呼吸日誌"],
    ["9:00", "", "", "", "", "", "", "", "朝食、服薬、口すぼめ呼吸で着替え"],
    ["10:00", "訪問看護", "訪問介護", "", "訪問看護", "訪問介護", "", "", "（火・金）入浴"],
    ["12:00", "", "", "", "", "", "", "", "昼食、休息"],
    ["14:00", "", "", "", "", "", "", "", "将棋の本、詰将棋（第2・第4土曜は将棋クラブ）"],
    ["18:00", "", "", "", "", "", "", "", "夕食、妻と呼吸日誌の確認"],
    ["22:00", "", "", "", "", "", "", "", "就寝（酸素 1L）"],
]
for i, g in enumerate(grid):
    out += block(g, W3)
    if i < len(grid) - 1:
        out.append(hline(W3, "┣", "╋", "┫", "━"))
out.append(hline(W3, "┗", "┻", "┛", "━"))
out.append("週単位以外のサービス　主治医の診察（月1回・長女が送迎）、酸素濃縮装置の保守点検（月1回）、シャワーチェアの購入（R8.12）、将棋クラブ（月2回・長女の送迎）")
OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
print(OUT)

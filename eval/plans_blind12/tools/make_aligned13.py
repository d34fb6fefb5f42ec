#!/usr/bin/env python3
"""Rewrite the 第2表 block of H6-13 aligned by display width with full-width spaces (L2) and half-width katakana (L9)."""
import pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from gridlib import dw, wrap
P = next((pathlib.Path(__file__).resolve().parent.parent).glob("H6-13_*"))
W = [20, 20, 22, 22, 22, 26, 4, 14, 20, 10, 22]
def pad(t, w):
    d = w - dw(t)
    return t + "\u3000" * (d // 2) + " " * (d % 2)
def line(cells):
    wrapped = [wrap(c, w) for c, w in zip(cells, W)]
    n = max(len(x) for x in wrapped)
    out = []
    for i in range(n):
        out.append("\u3000".join(pad(col[i] if i < len(col) else "", w) for col, w in zip(wrapped, W)).rstrip("\u3000 "))
    return out
H = ["生活全般の解決すべき課題（ﾆｰｽﾞ）", "長期目標", "（期間）", "短期目標", "（期間）", "ｻｰﾋﾞｽ内容", "※１", "ｻｰﾋﾞｽ種別", "事業所", "頻度", "期間"]
R = [
    ["ﾍﾞｯﾄﾞで過ごす時間が長い", "床ずれにならない", "Ｒ８．１２～Ｒ９．１１", "ｴｱﾏｯﾄを使用する", "", "ｴｱﾏｯﾄ・特殊寝台", "○", "福祉用具貸与", "ﾌｸｼﾖｳｸﾞ ｱｵｿﾞﾗ", "毎日使用", "Ｒ８．１２～Ｒ９．１１"],
    ["", "", "", "", "", "ｵﾑﾂ交換・清拭・ﾊﾞｲﾀﾙ確認", "○", "訪問介護", "ﾍﾙﾊﾟｰｽﾃｰｼｮﾝ ｸﾛｰﾊﾞｰ", "随時", "Ｒ８．１２～Ｒ９．２"],
    ["食事を食べたい", "安心して食事ができる", "Ｒ８．１２～Ｒ９．１１", "ﾍﾙﾊﾟｰに食事介助してもらう", "Ｒ８．１２～Ｒ９．２", "食事介助（昼）", "○", "訪問介護", "ﾍﾙﾊﾟｰｽﾃｰｼｮﾝ ｸﾛｰﾊﾞｰ", "毎日", "Ｒ８．１２～Ｒ９．２"],
    ["", "", "", "", "", "水分補給の声かけ", "", "夫", "", "毎日", "Ｒ８．１２～Ｒ９．２"],
]
block = []
block += line(H)
for r in R:
    block += line(r)
s = P.read_text(encoding="utf-8")
start = s.index("生活全般の解決すべき")
end = s.index("\n\n備考")
s = s[:start] + "\n".join(block) + s[end:]
P.write_text(s, encoding="utf-8")
print(P)

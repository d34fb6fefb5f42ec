#!/usr/bin/env python3
"""Write H6-11: HTML source of a care-software print page pasted as text (N93)."""
import pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "H6-11_multiple_myeloma_N93L5_poor.txt"
html = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>居宅サービス計画書 印刷プレビュー - ケアプランクラウド</title>
<style>
table.plan { border-collapse: collapse; width: 100%; }
table.plan th, table.plan td { border: 1px solid #333; padding: 4px; font-size: 10pt; }
</style>
</head>
<body>
<div class="header">ケアプランクラウド&nbsp;&gt;&nbsp;利用者一覧&nbsp;&gt;&nbsp;片山 義郎&nbsp;&gt;&nbsp;計画書&nbsp;&gt;&nbsp;印刷</div>
<h2>居宅サービス計画書（1）</h2>
<p class="right">作成年月日&nbsp;令和8年11月28日&nbsp;&nbsp;<span class="box">継続</span></p>
<table class="plan">
<tr><th>利用者名</th><td>片山 義郎&nbsp;様</td><th>要介護状態区分</th><td>要介護3</td></tr>
<tr><th>居宅サービス計画作成者氏名</th><td colspan="3">坂井 美穂（あけぼの会居宅介護支援事業所）</td></tr>
<tr><th>認定の有効期間</th><td colspan="3">令和8年11月1日&nbsp;〜&nbsp;令和9年10月31日</td></tr>
<tr><th>利用者及び家族の生活に対する意向</th><td colspan="3">本人：痛みが落ち着いたら、また妻と車で温泉に行きたい。<br>
妻（70歳）：夫は痛がって、昼間もほとんどベッドから起きない。夜中のトイレにも毎回付き添うので眠れない。私も腰を痛めていて、正直つらい。<br>
課題分析：多発性骨髄腫（R8.5診断）、内服の抗がん剤治療中。第12胸椎・第1腰椎圧迫骨折。主治医（大学病院 血液内科）とは、まだ連絡が取れていない。</td></tr>
<tr><th>介護認定審査会の意見及びサービスの種類の指定</th><td colspan="3">なし</td></tr>
<tr><th>総合的な援助の方針</th><td colspan="3">安全で安楽な生活が送れるよう支援します。</td></tr>
<tr><th>生活援助中心型の算定理由</th><td colspan="3">&nbsp;</td></tr>
</table>

<h2>居宅サービス計画書（2）</h2>
<table class="plan">
<thead>
<tr><th rowspan="2">生活全般の解決すべき課題（ニーズ）</th><th colspan="4">援助目標</th><th colspan="6">援助内容</th></tr>
<tr><th>長期目標</th><th>（期間）</th><th>短期目標</th><th>（期間）</th><th>サービス内容</th><th>※1</th><th>サービス種別</th><th>※2</th><th>頻度</th><th>期間</th></tr>
</thead>
<tbody>
<tr><td rowspan="2">痛みなく過ごしたい</td><td rowspan="2">痛みなく穏やかに過ごす</td><td rowspan="2">R8.12.1〜R9.10.31</td><td rowspan="2">ベッド上で安静に過ごす</td><td rowspan="2">R8.12.1〜R9.2.28</td>
<td>起き上がり・排泄・更衣の介助</td><td>○</td><td>訪問介護</td><td>あけぼの会ヘルパーステーション</td><td>毎日2回（朝・夕）<br>（前回プランから継続）</td><td>R8.12.1〜R9.2.28</td></tr>
<tr><td>特殊寝台、車いす</td><td>○</td><td>福祉用具貸与</td><td>あけぼの会福祉用具センター</td><td>毎日使用</td><td>R8.12.1〜R9.10.31</td></tr>
<tr><td rowspan="2">外出したい</td><td rowspan="2">外出の機会を増やす</td><td rowspan="2">&nbsp;</td><td rowspan="2">外出は控えて、自宅で安静に過ごす</td><td rowspan="2">&nbsp;</td>
<td>買物代行（妻の希望により）</td><td>○</td><td>訪問介護</td><td>あけぼの会ヘルパーステーション</td><td>随時</td><td>R8.12.1〜R9.2.28</td></tr>
<tr><td>服薬の管理</td><td>&nbsp;</td><td>妻</td><td>&nbsp;</td><td>毎日</td><td>R8.12.1〜R9.2.28</td></tr>
<tr><td>入浴したい</td><td>デイサービスで入浴する</td><td>R8.12.1〜R9.10.31</td><td>デイサービスで週2回入浴する</td><td>R8.12.1〜R9.2.28</td>
<td>入浴介助、送迎</td><td>○</td><td>通所介護</td><td>あけぼの会デイサービスセンター</td><td>週2回</td><td>R8.12.1〜R9.2.28</td></tr>
</tbody>
</table>
<p class="note">※事業所は、あけぼの会でそろえた。</p>
<p class="note">サービス担当者会議：今回は開催していない。</p>
<p class="note">モニタリング：状態が落ち着いてから決める予定。</p>
<div class="footer">&copy; ケアプランクラウド&nbsp;|&nbsp;<a href="#top">ページの先頭へ</a></div>
</body>
</html>
"""
OUT.write_text(html, encoding="utf-8")
print(OUT)

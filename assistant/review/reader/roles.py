"""What a support row places: a care service, equipment, the person's or the family's own part …

Checks about the amount of service (R17), informal support (R09) and the
person's own part (R08) must read rows by what they are, not by a word that
happens to be in them: 毎日 on a bed rental or on the person's own exercise
is no heavy service.  The role comes from the 種別 cell first, then the ※1
mark, then the content.
"""

from __future__ import annotations

import re

from ..plan import PlanRow
from .fold import fold_text

_INFORMAL = (r"近隣|近所|民生委員|ボランティア|友人|知人|サロン|通いの場|老人会|町会|町内会|自治会|地域"
             r"|インフォーマル|見守り|シルバー人材|教室|サークル|仲間|さん$")
_MEDICAL = (r"訪問看護|訪看|訪問診療|往診|居宅療養管理|主治医|医師|医療|訪問リハ|通所リハ|通リハ|デイケア|^DC"
            r"|歯科|薬局|薬剤|病院|クリニック|医院|診療所")
_TYPE_ROLES: tuple[tuple[str, str], ...] = (
    (r"住宅改修|手すり(の)?(設置|取り?付け)|段差解消", "住宅改修"),
    (r"福祉用具|福用|用具貸与|貸与|レンタル|特定福祉用具|購入", "福祉用具"),
    (_MEDICAL, "医療"),
    (r"^(本人|ご本人|本人等|利用者|セルフケア|本人の取り組み)", "本人"),
    (r"^(家族|ご家族)|^(長|次|三)(女|男)|^(娘|息子|妻|夫|嫁|孫|姪|甥|兄|弟|姉|妹|親族)", "家族"),
    (_INFORMAL, "インフォーマル"),
    (r"自費|保険外|全額|配食|弁当|宅配|生協|移送|タクシー|市の|区の|市町村|高齢者福祉|緊急通報", "保険外"),
    (r"訪問介護|訪介|訪問型|訪問入浴|通所|デイ|^DS|^SS|短期入所|ショート|小規模多機能|定期巡回|夜間対応|ヘルパー|介護予防"
     r"|居宅介護支援|地域密着", "介護保険サービス"),
)
# the cells a row's role is read from besides its content: a cell set later re-reads the role
ROLE_COLUMNS = ("サービス種別", "保険給付対象", "事業所")
_SELF_CONTENT = re.compile(r"^(本人|ご本人|自分|自主|自宅で(の)?(体操|運動|練習))")


def row_role(row: PlanRow) -> str:
    """The role of a support row, from its 種別, ※1 mark and content."""
    kind = fold_text(row.text("サービス種別")).strip()
    content = fold_text(row.text("サービス内容")).strip()
    insured = fold_text(row.text("保険給付対象")).strip().strip("〔〕[]【】 ")
    for pattern, role in _TYPE_ROLES:
        if kind and re.search(pattern, kind):
            return role
    if _SELF_CONTENT.match(content):
        return "本人"
    if insured in ("○", "◯", "〇", "Y", "y", "対象", "保険", "介護保険", "保険給付", "保険給付対象", "保険対象"):
        for pattern, role in _TYPE_ROLES:
            if role in ("住宅改修", "福祉用具", "医療") and re.search(pattern, content):
                return role
        return "介護保険サービス"
    for pattern, role in _TYPE_ROLES:
        if re.search(pattern, content):
            return role
    provider = fold_text(row.text("事業所")).strip()
    if not kind and re.match(r"^(家族|長|次|三)|^(娘|息子|妻|夫|嫁|孫|姪|甥|兄|弟|姉|妹|本人)", provider):
        return "家族" if not provider.startswith("本人") else "本人"  # 「夫」 in the provider column: the family's part
    # with no 種別, who is named where the provider goes: 「主治医（市立病院 血液内科）」, 「町内会の長谷部さん」
    for pattern, role in ((_MEDICAL, "医療"), (_INFORMAL, "インフォーマル")):
        if not kind and provider and re.search(pattern, provider):
            return role
    return "不明"

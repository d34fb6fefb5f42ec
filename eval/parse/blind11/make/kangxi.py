# the character substitutions that a PDF made with certain fonts produces on copy (Kangxi radicals
# U+2F00 block, and CJK Radicals Supplement ⻑ U+2ED1, which NFKC does NOT fold back)
KX = {"目": "\u2f6c", "長": "\u2ed1", "日": "\u2f47", "月": "\u2f49", "人": "\u2f08", "生": "\u2f63",
      "見": "\u2f92", "言": "\u2f94", "手": "\u2f3f", "方": "\u2f45", "用": "\u2f64", "自": "\u2f83",
      "行": "\u2f8f", "力": "\u2f12", "立": "\u2f74", "入": "\u2f0a", "口": "\u2f1d", "大": "\u2f24",
      "小": "\u2f29", "車": "\u2f9e", "足": "\u2f9c", "食": "\u2fb7"}
def K(s):
    return "".join(KX.get(c, c) for c in s)

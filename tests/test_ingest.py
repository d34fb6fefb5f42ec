"""Taking in a user's own guideline: outline detection, page furniture, bad input, verbatim clauses,
and (slow) the round trip ingest → real index → search → a verified, verbatim answer.

The guideline wording here is invented for the tests (a fictional 「あおば市」 and 「みなと町」).
"""

from __future__ import annotations

import io
import json

import pytest

from assistant.cli import main
from assistant.guidelines.citations import verify
from assistant.guidelines.corpus import load_corpus
from assistant.guidelines.ingest.extract import IngestError, extract, remove_furniture
from assistant.guidelines.ingest.outline import detect_outline, ordinal
from assistant.guidelines.ingest.pipeline import prepare
from assistant.guidelines.textnorm import strip_ws
from assistant.resources import CORPUS_DIR
from tests.conftest import make_settings
from tests.files import write_file
from tests.pdfs import locked_pdf, scanned_pdf, text_pdf

GUIDE = """あおば市居宅介護支援運営指針
令和7年6月

この指針は、あおば市内の居宅介護支援事業所が守るべき運営上の約束をまとめたものです。

第1章 基本的な考え方
１ 指針の目的
この指針は、介護支援専門員が利用者の暮らしの継続を
第一に考えて支援するための共通の物差しを示すものである。
（１）本人の選択
サービスの種類と事業所は、複数の候補を示したうえで本人が選ぶ。
◀ポイント▶
候補を一つしか示さない説明は、選択とはいえない。
○ 説明の記録
候補として示した事業所の名前を支援経過に残す。
第2章 会議と記録
１ 担当者会議
担当者会議は、原則として利用者の自宅で開き、本人の同席を求める。
ア 欠席した担当者
欠席した担当者には、会議の翌週までに照会して意見を得る。
イ 会議録
会議録は会議から十日以内にまとめ、出席者に配る。
２ 記録の保存
居宅介護支援の記録は、完結の日から五年間保存する。
附則
この指針は令和7年6月1日から施行する。
別表1 様式の一覧
第5表 居宅介護支援経過
"""


def _verbatim(prepared) -> None:
    """Every clause is its source lines modulo whitespace, and together they cover every line once."""
    lines = prepared.extracted.lines
    owner: dict[int, str] = {}
    for clause in prepared.clauses:
        source = "".join(lines[n - 1] for a, b in clause["source_lines"] for n in range(a, b + 1))
        assert strip_ws(clause["heading"] + clause["text"]) == strip_ws(source), clause["id"]
        for a, b in clause["source_lines"]:
            for n in range(a, b + 1):
                if lines[n - 1].strip():
                    assert n not in owner, (n, owner.get(n), clause["id"])
                    owner[n] = clause["id"]
    assert [n for n, line in enumerate(lines, 1) if line.strip() and n not in owner] == []


# --- outline detection --------------------------------------------------------------------------------------


def test_each_heading_style_nests_and_gets_ids_and_labels(tmp_path):
    prepared = prepare(write_file(tmp_path, "aoba.txt", GUIDE), name="あおば市", edition="2025-06-01")
    by_id = {c["id"].split("/", 1)[1]: c for c in prepared.clauses}
    assert by_id["c1"]["kind"] == "heading" and by_id["c1"]["heading"] == "第1章 基本的な考え方"
    assert by_id["c1-1"]["path"] == ["第1章 基本的な考え方", "１ 指針の目的"]
    assert by_id["c1-1-1"]["number"] == "第1章 1（1）"
    assert by_id["c1-1-1/point"]["kind"] == "point"
    assert by_id["c1-1-1/point"]["label"] == "あおば市（2025-06-01版） 第1章 1（1） 本人の選択 ◀ポイント▶"
    assert by_id["c1-1-1/item-1"]["kind"] == "item"
    assert by_id["c1-1-1/item-1"]["text"] == "候補として示した事業所の名前を支援経過に残す。"
    assert by_id["c2-1-k1"]["path"][-1] == "ア 欠席した担当者"
    assert by_id["c2-1-k2"]["title"] == "会議録"
    assert by_id["c2-2"]["path"] == ["第2章 会議と記録", "２ 記録の保存"]  # ２ closes ア and １
    assert by_id["fusoku"]["path"] == ["附則"]  # 附則 and 別表 go back to the top
    assert by_id["beppyo1"]["text"] == "第5表 居宅介護支援経過"
    assert by_id["preamble/p2"]["kind"] == "preamble"
    assert by_id["c1-1"]["text"] == ("この指針は、介護支援専門員が利用者の暮らしの継続を"
                                     "第一に考えて支援するための共通の物差しを示すものである。")  # PDF-style break joined
    _verbatim(prepared)


@pytest.mark.parametrize(("line", "style", "number"), [
    ("第三章 連携", "chapter", "3"),
    ("第2節 会議", "section", "2"),
    ("１２ 研修", "number", "12"),
    ("3．研修", "number", "3"),
    ("(4) 記録", "paren", "4"),
    ("⑫ 記録", "circled", "12"),
    ("ウ 記録", "kana", "3"),
    ("（エ）記録", "kana_paren", "4"),
    ("附 則", "supplement", ""),
    ("別表２ 様式", "table", "2"),
    ("【留意点】", "point", ""),
    ("〇訪問の記録", "item", ""),
])
def test_heading_patterns(line, style, number):
    from assistant.guidelines.ingest.outline import load_rules

    found = load_rules().match(line)
    assert found is not None and found[0].key == style
    assert ordinal(found[1].group("n") or "") == number


@pytest.mark.parametrize("line", ["2040年頃には高齢者が増える。", "アセスメントを行う。", "第1表 居宅サービス計画書",
                                  "・箇条書きの行"])
def test_body_lines_are_not_headings(line):
    from assistant.guidelines.ingest.outline import load_rules

    assert load_rules().match(line) is None


def test_a_numbered_sentence_is_a_numbered_paragraph_not_a_heading():
    lines = ["１ 総則", "（１）介護支援専門員は、利用者の意向を", "踏まえて計画を作る。", "（２）短い見出し", "本文。"]
    outline = detect_outline(lines)
    first = outline.sections[1]
    assert first.heading_line is None and first.body == [2, 3]
    assert first.title.endswith("…")
    assert outline.sections[2].heading_line == 4


def test_no_headings_falls_back_to_paragraphs_and_says_so(tmp_path):
    text = "利用者の話をよく聞く。\n急がずに待つ。\n\n家族の話も\n別に聞く。\n"
    prepared = prepare(write_file(tmp_path, "memo.txt", text), municipality="minato")
    assert prepared.outline.fallback
    assert [c["id"] for c in prepared.clauses] == [f"minato-{prepared.meta.edition}/p{i}" for i in (1, 2, 3)]
    assert prepared.clauses[2]["text"] == "家族の話も別に聞く。"
    from assistant.guidelines.ingest.preview import preview_text

    assert "見出しを検出できなかったため、段落ごとに分けました" in preview_text(prepared)
    _verbatim(prepared)


def test_markdown_headings_and_bullets_are_read_as_text(tmp_path):
    md = "# みなと町の指針\n\n## １ 目的\n\n**本人の選択**を大切にする。\n\n- 候補を複数示す\n"
    prepared = prepare(write_file(tmp_path, "minato.md", md))
    clause = next(c for c in prepared.clauses if c["id"].endswith("/1"))
    assert clause["heading"] == "１ 目的"
    assert clause["text"] == "本人の選択を大切にする。\n・候補を複数示す"


# --- page furniture -----------------------------------------------------------------------------------------


def test_page_numbers_and_running_heads_are_removed():
    bodies = [["訪問の前に記録を読む。", "本人の話を先に聞く。"], ["家族の話は別に聞く。", "会議の日程を決める。"],
              ["福祉用具を見直す。", "主治医に照会する。"], ["支援経過を書く。", "次の訪問日を伝える。"]]
    pages = [[f"あおば市運営指針（令和{i + 6}年版）", *body, f"- {i} -"] for i, body in enumerate(bodies, 1)]
    pages[2][-1] = "3/4"
    kept, removed = remove_furniture(pages)
    assert removed == 8
    assert [k for k in kept if k] == [line for body in bodies for line in body]


def test_a_line_on_one_page_only_is_kept():
    pages = [["見出し", "本文"], ["別の見出し", "本文の続き"], ["三つ目", "終わり"]]
    kept, removed = remove_furniture(pages)
    assert removed == 0 and [k for k in kept if k] == [line for page in pages for line in page]


# --- bad input ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "data", "message"), [
    ("scan.pdf", scanned_pdf(), "文字認識（OCR）には対応していない"),
    ("locked.pdf", locked_pdf(text_pdf(["１ 目的", "本文です。"]), "secret"), "パスワードで保護"),
    ("empty.txt", b"", "空のファイル"),
    ("blank.md", b"\n \n\t\n", "空のファイル"),
    ("fake.pdf", "１ 目的\n本文。".encode(), "拡張子が .pdf ですが、中身は文章"),
    ("fake.docx", text_pdf(["本文"]), "拡張子が .docx ですが、中身はPDF"),
    ("fake.txt", text_pdf(["本文"]), "拡張子が .txt ですが、中身はPDF"),
    ("broken.pdf", b"%PDF-1.7\nnot really", "PDF として開けませんでした"),
    ("table.xlsx", b"PK\x03\x04", "取り込めない種類"),
])
def test_bad_input_is_one_japanese_sentence(tmp_path, name, data, message):
    with pytest.raises(IngestError, match=message.replace("(", r"\(").replace(")", r"\)")):
        extract(write_file(tmp_path, name, data))


def test_a_missing_file_and_pages_without_text_are_said(tmp_path):
    from pypdf import PdfReader, PdfWriter

    with pytest.raises(IngestError, match="見つかりません"):
        extract(tmp_path / "none.pdf")
    writer = PdfWriter()
    for data in (text_pdf(["１ 目的", "本文です。"]), scanned_pdf()):
        writer.add_page(PdfReader(io.BytesIO(data)).pages[0])
    out = io.BytesIO()
    writer.write(out)
    extracted = extract(write_file(tmp_path, "mixed.pdf", out.getvalue()))
    assert "本文です。" in extracted.lines
    assert extracted.notices == ["1ページ（2）には文字の情報がないため、取り込まれません（画像のページの文字認識 OCR には対応していません）。"]


def test_bad_dates_and_ids_are_refused_in_japanese(tmp_path, capsys):
    path = write_file(tmp_path, "aoba.txt", GUIDE)
    assert main(["ingest", str(path), "--date", "2025/06/01", "--yes"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main(["ingest", str(path), "--municipality", "あおば", "--yes"]) == 2
    assert "自治体ID" in capsys.readouterr().err
    assert main(["ingest", str(write_file(tmp_path, "あおば.txt", GUIDE)), "--yes"]) == 2
    assert "--municipality で指定してください" in capsys.readouterr().err


# --- storing, listing, removing, editions -------------------------------------------------------------------


def test_ingest_asks_first_and_stores_nothing_without_a_yes(tmp_path, capsys):
    path = write_file(tmp_path, "aoba.txt", GUIDE)
    assert main(["ingest", str(path), "--name", "あおば市"]) == 0  # stdin is not a terminal under pytest
    out = capsys.readouterr()
    assert "条文" in out.out and "第1章 基本的な考え方" in out.out
    assert "--yes" in out.err
    assert not make_settings(tmp_path / "unused").guidelines_dir.exists()


def test_stored_documents_load_with_the_shipped_ones_and_change_the_fingerprint(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    monkeypatch.setenv("CAREPLAN_HOME", str(home))
    settings = make_settings(home)
    before = load_corpus(*settings.corpus_dirs)
    path = write_file(tmp_path, "aoba.txt", GUIDE)
    assert main(["ingest", str(path), "--name", "あおば市", "--date", "2025-06-01", "--yes"]) == 0
    stored = settings.guidelines_dir / "aoba-2025-06-01.json"
    assert stored.exists() and not str(stored).startswith(str(CORPUS_DIR))
    corpus = load_corpus(*settings.corpus_dirs)
    assert corpus.fingerprint != before.fingerprint
    assert corpus.municipalities() == ["aoba", "arakawa", "suginami"]
    lines = corpus.source_path("aoba-2025-06-01").read_text(encoding="utf-8").split("\n")
    for clause in (c for c in corpus if c.doc_id == "aoba-2025-06-01"):
        source = "".join(lines[n - 1] for a, b in clause.source_lines for n in range(a, b + 1))
        assert strip_ws(clause.heading + clause.text) == strip_ws(source)

    newer = write_file(tmp_path, "aoba2.txt", GUIDE.replace("五年間", "七年間"))
    assert main(["ingest", str(newer), "--municipality", "aoba", "--name", "あおば市", "--date", "2026-04-01",
                 "--yes"]) == 0
    corpus = load_corpus(*settings.corpus_dirs)
    assert {"aoba-2025-06-01", "aoba-2026-04-01"} <= set(corpus.documents)
    assert "aoba-2026-04-01" in corpus.current_doc_ids and "aoba-2025-06-01" not in corpus.current_doc_ids
    capsys.readouterr()
    assert main(["corpus", "list"]) == 0
    listing = capsys.readouterr().out
    assert "aoba-2025-06-01\taoba\tあおば市\t2025-06-01（旧版" in listing and "組み込み" in listing

    assert main(["corpus", "remove", "suginami-2024"]) == 2
    assert "組み込みの資料のため削除できません" in capsys.readouterr().err
    assert main(["corpus", "remove", "aoba-2025-06-01"]) == 0
    assert not stored.exists()
    assert main(["corpus", "remove", "aoba-2025-06-01"]) == 2
    assert "見つかりません" in capsys.readouterr().err


def test_search_uses_the_newest_edition_unless_asked(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CAREPLAN_EMBEDDING", "none")  # lexical only: the editions filter is what is tested here
    for date, years in (("2025-06-01", "五年間"), ("2026-04-01", "七年間")):
        path = write_file(tmp_path, f"aoba-{date}.txt", GUIDE.replace("五年間", years))
        assert main(["ingest", str(path), "--municipality", "aoba", "--name", "あおば市", "--date", date, "--yes"]) == 0
    capsys.readouterr()
    assert main(["search", "記録の保存", "--municipality", "aoba", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["clause_id"] == "aoba-2026-04-01/c2-2" and "七年間" in hits[0]["text"]
    assert all(h["clause_id"].startswith("aoba-2026-04-01/") for h in hits)
    assert main(["search", "記録の保存", "--municipality", "aoba", "--all-editions", "--json"]) == 0
    ids = {h["clause_id"] for h in json.loads(capsys.readouterr().out)}
    assert {"aoba-2026-04-01/c2-2", "aoba-2025-06-01/c2-2"} <= ids
    assert main(["search", "記録", "--municipality", "nowhere"]) == 2
    assert "aoba / arakawa / suginami" in capsys.readouterr().err


# --- round trips through the real index (slow) --------------------------------------------------------------

PDF_PAGES = [
    ["みなと町ケアマネジメント指針", "１ 福祉用具の選び方", "福祉用具の貸与を位置付けるときは、理学療法士など",
     "専門職の意見を聞いてから機種を選ぶものとする。", "◀ポイント▶", "試しに使う期間を設けると、合わない機種を避けやすい。",
     "- 1 -"],
    ["みなと町ケアマネジメント指針", "２ 夜間の連絡", "夜間に体調が変わったときの連絡先を、", "利用者と家族に紙で渡しておくこと。",
     "（１）連絡先の確認", "連絡先は三か月ごとに確かめて書き直す。", "- 2 -"],
]


def _reportlab_pdf(pages: list[list[str]]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    for lines in pages:
        page.setFont("HeiseiMin-W3", 11)
        for i, line in enumerate(lines):
            y = 40 if line.startswith("- ") else 800 - 20 * i
            page.drawString(60, y, line)
        page.showPage()
    page.save()
    return out.getvalue()


def _docx(paragraphs: list[str]) -> bytes:
    from docx import Document

    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


DOCX_PARAGRAPHS = ["さくら村 在宅生活支援の手引き", "第1章 訪問", "１ 初回訪問",
                   "初回の訪問では、本人が一番困っている場面を本人の言葉で書き取る。",
                   "２ 住まいの確認", "段差と手すりの位置を確かめ、転びやすい場所を家族と共有する。",
                   "第2章 終結", "１ 支援の終わり方", "支援を終えるときは、困ったときに相談できる窓口を本人に伝える。"]


@pytest.mark.slow
def test_pdf_and_docx_round_trip_to_a_verified_verbatim_answer(tmp_path, monkeypatch, capsys):
    """ingest → a real Chroma + Sudachi index in a temp CAREPLAN_HOME → search → ask, citing the ingested clause."""
    home = tmp_path / "home"
    monkeypatch.setenv("CAREPLAN_HOME", str(home))
    pdf = write_file(tmp_path, "minato.pdf", _reportlab_pdf(PDF_PAGES))
    docx = write_file(tmp_path, "sakura.docx", _docx(DOCX_PARAGRAPHS))
    assert main(["ingest", str(pdf), "--name", "みなと町", "--date", "2025-10-01", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "PDF 2ページ、ページ番号・柱 4 行を除きました" in out
    assert main(["ingest", str(docx), "--name", "さくら村", "--date", "2025-11-01", "--yes"]) == 0
    capsys.readouterr()

    settings = make_settings(home)
    source = (settings.guidelines_dir / "sources" / "minato-2025-10-01.txt").read_text(encoding="utf-8")
    assert "- 1 -" not in source and source.count("みなと町ケアマネジメント指針") == 0
    stored = json.loads((settings.guidelines_dir / "minato-2025-10-01.json").read_text(encoding="utf-8"))
    texts = {c["id"]: c["text"] for c in stored["clauses"]}
    assert "理学療法士など専門職の意見" in texts["minato-2025-10-01/1"]  # the PDF's line break is repaired

    from assistant.answer.extractive import answer_question
    from assistant.search.index import GuidelineIndex
    from assistant.search.retrieval import GuidelineRetriever

    index = GuidelineIndex.open(settings)
    assert index.dense_available  # the real Chroma side, not lexical-only
    retriever = GuidelineRetriever(index=index)
    cases = [
        ("minato", "福祉用具の機種を選ぶ前に誰の意見を聞きますか", "minato-2025-10-01/1", "専門職の意見を聞いてから機種を選ぶ"),
        ("minato", "連絡先は何か月ごとに確かめて書き直しますか", "minato-2025-10-01/2-1", "三か月ごとに確かめて"),
        ("sakura", "初回訪問では何を書き取りますか", "sakura-2025-11-01/c1-1", "本人の言葉で書き取る"),
    ]
    for municipality, question, clause_id, words in cases:
        hits = retriever.search(question, municipality=municipality).hits
        assert hits[0].clause.id == clause_id, (question, [h.clause.id for h in hits])
        answer = answer_question(question, retriever, municipality=municipality)
        assert answer.citations, answer.text
        citation = answer.citations[0]
        assert citation.clause_id == clause_id and words in citation.quote
        verify(citation, index.corpus)
        lines = index.corpus.source_path(clause_id.split("/")[0]).read_text(encoding="utf-8").split("\n")
        clause = index.corpus.get(clause_id)
        source = "".join(lines[n - 1] for a, b in clause.source_lines for n in range(a, b + 1))
        assert strip_ws(citation.quote) in strip_ws(source)  # the quote is in the extracted text itself
        assert citation.label.startswith({"minato": "みなと町（2025-10-01版）", "sakura": "さくら村（2025-11-01版）"}[municipality])

    assert main(["ask", "連絡先は何か月ごとに確かめて書き直しますか", "--municipality", "minato", "--json"]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert reply["citations"][0]["clause_id"] == "minato-2025-10-01/2-1"
    assert "みなと町のガイドライン" in reply["answer"]
    # a question naming the municipality taken in is searched there, whatever --municipality says
    assert main(["ask", "みなと町では連絡先を何か月ごとに確かめますか", "--json"]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert reply["scope"] == "minato" and reply["citations"][0]["clause_id"] == "minato-2025-10-01/2-1"


def test_the_app_offers_municipalities_and_editions_taken_in(tmp_path, monkeypatch):
    """The chat's and the search's 自治体 choices and the guideline browser come from the corpus (no gradio here)."""
    from assistant.app.presenters import document_choices, municipality_choices, outline_markdown

    home = tmp_path / "home"
    monkeypatch.setenv("CAREPLAN_HOME", str(home))
    shipped = load_corpus(CORPUS_DIR)
    assert municipality_choices(shipped) == [("両方", "both"), ("荒川区", "arakawa"), ("杉並区", "suginami")]
    for date in ("2025-06-01", "2026-04-01"):
        path = write_file(tmp_path, "aoba.txt", GUIDE)
        assert main(["ingest", str(path), "--name", "あおば市", "--date", date, "--yes"]) == 0
    corpus = load_corpus(*make_settings(home).corpus_dirs)
    assert municipality_choices(corpus)[0] == ("すべて", "both")
    assert municipality_choices(corpus)[-1] == ("あおば市", "aoba")
    choices = dict((doc_id, title) for title, doc_id in document_choices(corpus))
    assert choices["aoba-2025-06-01"] == "あおば市居宅介護支援運営指針（2025年6月1日版）【旧版】"
    assert choices["aoba-2026-04-01"] == "あおば市居宅介護支援運営指針（2026年4月1日版）"
    assert choices["suginami-2024"] == shipped.documents["suginami-2024"].title
    assert "### 第1章 基本的な考え方" in outline_markdown(corpus, "aoba-2026-04-01")

    from assistant.answer.extractive import scope_label
    from assistant.app.presenters import scope_line

    assert scope_line("aoba", "aoba", where=scope_label("aoba", corpus)) == "検索した資料：あおば市のガイドライン"
    assert scope_label(None, corpus) == "荒川区・杉並区・あおば市のガイドライン"
    assert scope_label("suginami", corpus) == "杉並区の基本方針"


def test_a_sentence_recurring_at_page_ends_is_kept():
    pages = [[f"本文{i}。", "詳しくは区の窓口に問い合わせること。", str(i)] for i in range(1, 4)]
    kept, removed = remove_furniture(pages)
    assert removed == 3 and kept.count("詳しくは区の窓口に問い合わせること。") == 3

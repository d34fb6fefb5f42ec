"""``eval faithfulness --llm`` end to end: the CLI, a real index, the real LangChain client, a scripted server.

The server (tests/llm_server.py) answers four questions written here: one
faithful answer, one citing a clause id that does not exist, one with a quote
that is not in its clause, and one malformed reply (→ the offline answer).
The numbers asserted are what that script must give — they measure this
code's arithmetic, not any model.
"""

from __future__ import annotations

import json

import pytest

from assistant import cli
from assistant.evaluation.qa_faithfulness import gold_clauses
from assistant.evaluation.retrieval import Question
from tests.llm_server import Scripted, ScriptedModelServer

MEETING = "arakawa-2019/4-1-3"  # サービス担当者会議
MEETING_POINT = "arakawa-2019/4-1-3/point"
TEAM = "チームで利用者等を支援することを確認します"  # verbatim in MEETING
DIRECTION = "ケアマネジャーや事業者、利用者等が支援の方向性を確認し"  # verbatim in MEETING_POINT

QUESTIONS = [
    {"id": "f1", "question": "サービス担当者会議の参加者はどのような顔ぶれが望ましいでしょうか", "coverage": "direct",
     "gold": [MEETING, MEETING_POINT], "municipality": None},
    {"id": "f2", "question": "担当者会議で事業者と何を確認し合えばいいですか", "coverage": "direct",
     "gold": [MEETING_POINT], "municipality": None},
    {"id": "f3", "question": "担当者会議の開催案内はいつまでに送れば良いですか", "coverage": "partial",
     "gold": [MEETING_POINT], "municipality": None},
    {"id": "f4", "question": "訪問介護の買い物代行で立て替えたお金の上限はいくらですか", "coverage": "none",
     "gold": [], "municipality": None},
]


def reply(verdict: str, *sentences: tuple[str, list[tuple[str, str]]]) -> str:
    return json.dumps({"verdict": verdict, "sentences": [
        {"text": text, "citations": [{"clause_id": cid, "quote": quote} for cid, quote in cites]}
        for text, cites in sentences]}, ensure_ascii=False)


SCRIPT = [
    Scripted(reply("direct", ("関係する担当者が集まり、チームで支えることを確かめます。", [(MEETING, TEAM)]),
                   ("ケアマネジャー・事業者・利用者が方向性をそろえる場です。", [(MEETING_POINT, DIRECTION)]))),
    Scripted(reply("partial", ("事業者とは支援の方向性を確かめ合います。", [(MEETING_POINT, DIRECTION)]),
                   ("議事録は三日以内に配ります。", [("arakawa-2019/9-9-9", "議事録は三日以内に配布すること")]))),
    Scripted(reply("partial", ("案内の期限は書かれていませんが、会議はチームで支える確認の場です。", [(MEETING, TEAM)]),
                   ("家族の出席が必須とされています。", [(MEETING_POINT, "家族の出席が必須とされています")]))),
    Scripted("上限は決まっていません。"),  # not JSON
]


@pytest.mark.slow
def test_eval_faithfulness_llm_scores_both_sides_against_the_scripted_server(tmp_path, retriever, monkeypatch, capsys):
    monkeypatch.setattr(cli, "open_retriever", lambda settings, **kw: retriever)
    dataset = tmp_path / "meeting.jsonl"
    dataset.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in QUESTIONS), encoding="utf-8")
    out = tmp_path / "out"
    with ScriptedModelServer(list(SCRIPT)) as server:
        monkeypatch.setenv("CAREPLAN_LLM", "openai")
        monkeypatch.setenv("CAREPLAN_LLM_BASE_URL", server.url + "/v1")
        monkeypatch.setenv("CAREPLAN_LLM_MODEL", "scripted-ja")
        assert cli.main(["eval", "faithfulness", "--llm", "--dataset", str(dataset), "--out", str(out)]) == 0
    assert len(server.requests) == 4  # one call per question: the offline side sends nothing
    printed = capsys.readouterr().out
    report = (out / "faithfulness_meeting.md").read_text(encoding="utf-8")
    rows = {r["id"]: r for r in map(json.loads, (out / "faithfulness_meeting.jsonl").read_text(encoding="utf-8").splitlines())}

    def row(label: str) -> str:
        return next(line for line in report.splitlines() if line.startswith(f"| {label} |"))

    # offline: 8 quotes, all verified; it cites a third clause on f1 and f3 and 4-1-3 on f2, so precision 4/8.
    # model: 6 citations written, minus the unknown id (f2) and the paraphrase (f3); f4 fell back.  Valid
    # citations name f1's two gold clauses, f2's and, on f3, only 4-1-3 (its gold clause was cited with the
    # paraphrase): precision and recall 3/4.  The model's weaker claim on f2 (partial) is kept: direct 1/2.
    assert row("引用の正しさ（ID が存在し検索結果にあり、引用が原文どおり）") == \
        "| 引用の正しさ（ID が存在し検索結果にあり、引用が原文どおり） | 1.000（8/8） | 0.667（4/6） | 0–1、高いほどよい |"
    assert "| 1.000（8/8） | 0.667（4/6） |" in row("正しい引用の付いた文の割合")
    assert "| 0.500（4/8） | 0.750（3/4） |" in row("引用した条文のうち正解の条文の割合（適合率）")
    assert "| 1.000（4/4） | 0.750（3/4） |" in row("正解の条文のうち引用した割合（再現率）")
    assert "| 1.000（4/4） | 0.750（3/4） |" in row("判定の一致（全問）")
    assert "| 1.000（2/2） | 0.500（1/2） |" in row("判定の一致（記載ありの問い）")
    assert "| 1.000（1/1） | 1.000（1/1） |" in row("判定の一致（関連する記載のみの問い）")
    assert "| 1.000（1/1） | 1.000（1/1） |" in row("判定の一致（記載なしの問い）")  # the fallback shows the offline 記載なし
    assert "| 0 | 1 |" in row("モデルなしの回答に切り替えた問い")
    assert "- 1 問: モデルの回答が決められた形（JSON）ではなかったため" in report
    assert "0–1、高いほどよい" in report and "低いほどよい" in report
    assert "0.667（4/6）" in printed and "レポート:" in printed
    assert [c["valid"] for s in rows["f2"]["model"]["sentences"] for c in s["citations"]] == [True, False]
    assert [c["valid"] for s in rows["f3"]["model"]["sentences"] for c in s["citations"]] == [True, False]
    assert rows["f4"]["model"]["fallback"].startswith("モデルの回答が決められた形") and rows["f4"]["model"]["sentences"] == []
    assert rows["f1"]["gold"] == sorted([MEETING, MEETING_POINT]) and rows["f4"]["offline"]["verdict"] == "none"
    assert rows["f2"]["model"]["verdict"] == "partial" and rows["f2"]["offline"]["verdict"] == "direct"


@pytest.mark.slow
def test_without_a_model_it_says_to_set_careplan_llm(tmp_path, retriever, monkeypatch, capsys):
    monkeypatch.setattr(cli, "open_retriever", lambda settings, **kw: retriever)
    dataset = tmp_path / "one.jsonl"
    dataset.write_text(json.dumps(QUESTIONS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setenv("CAREPLAN_LLM", "none")
    for argv in (["eval", "faithfulness", "--llm"], ["eval", "llm"]):  # eval llm is its alias
        assert cli.main([*argv, "--dataset", str(dataset), "--out", str(tmp_path / "out")]) == 2
        err = capsys.readouterr().err
        assert "CAREPLAN_LLM" in err and err.count("。") == 1
    assert not (tmp_path / "out").exists()


def test_without_llm_it_is_still_the_rubric_check(capsys):
    assert cli.main(["eval", "faithfulness"]) == 0
    assert "照合で支えられた割合 1.000" in capsys.readouterr().out


def test_gold_names_clause_ids_or_quotes_their_text(corpus):
    """The chat sets quote the guideline; a test set may name ids; both give the same gold clauses."""
    by_id = Question("g1", "?", "procedural", (MEETING_POINT,), None, "direct")
    by_text = Question("g2", "?", "procedural", (DIRECTION,), None, "direct")
    assert gold_clauses(by_id, corpus) == gold_clauses(by_text, corpus) == {MEETING_POINT}

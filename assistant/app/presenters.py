"""HTML/Markdown views of answers and clauses, shared by the UI and exports.

Kept apart from ``ui.py`` so they can be tested without a browser and reused
without gradio.  Everything user-provided or from the corpus is escaped: plan
text is data, never markup.
"""

from __future__ import annotations

import html
import re

from langchain_core.utils.json import parse_partial_json

from ..answer.extractive import SCOPE_LABELS, Answer
from ..answer.llm.backends import Backend
from ..answer.llm.chain import LlmReply
from ..answer.llm.verify import VerifiedSentence
from ..guidelines.citations import Citation
from ..guidelines.corpus import Corpus
from ..guidelines.textnorm import strip_ws
from ..review.findings import Review
from .export import MUNICIPALITY_LABELS

# A numbered source in an answer.  Written only by source_mark, so the chat can turn exactly these into links.
_SOURCE_MARK = re.compile(r"\*\*\[(\d+)\]\*\*")
PLAN_CHIP_CHARS = 30


def _mark_quote(text: str, quote: str) -> str:
    """Escape ``text`` and wrap the quoted words in <mark> (whitespace-insensitive)."""
    start = text.find(quote)
    if start >= 0:
        end = start + len(quote)
    else:  # the quote may differ from the clause only in line breaks
        target = strip_ws(quote)
        positions = [i for i, ch in enumerate(text) if not ch.isspace()]
        compact = "".join(text[i] for i in positions)
        at = compact.find(target) if target else -1
        if at < 0:
            return html.escape(text)
        start, end = positions[at], positions[at + len(target) - 1] + 1
    return (html.escape(text[:start]) + "<mark>" + html.escape(text[start:end]) + "</mark>"
            + html.escape(text[end:]))


def clause_html(corpus: Corpus, citation: Citation) -> str:
    """The cited clause in context: document, municipality, heading path, text with the quote marked."""
    clause = corpus.get(citation.clause_id)
    if clause is None:
        return "<p>条文が見つかりません。</p>"
    doc = corpus.document_of(clause)
    path = " › ".join(html.escape(p) for p in clause.path)
    body = _mark_quote(clause.text, citation.quote).replace("\n", "<br>")
    return (
        f'<div class="clause-view"><h4>{html.escape(clause.label)}</h4>'
        f"<p><small>{html.escape(doc.title)}（{html.escape(doc.issuer)}、{html.escape(doc.date_ja)}）"
        f"／{html.escape(doc.municipality_name)}</small></p>"
        f"<p><small>{path}</small></p><blockquote>{body}</blockquote>"
        f"<p><small>条文ID: <code>{html.escape(clause.id)}</code></small></p></div>"
    )


def source_mark(n: int) -> str:
    """The marker ``[n]`` of the n-th source, as every answer writes it (the chat makes it a link)."""
    return f"**[{n}]**"


def sources_markdown(citations: list[Citation], offset: int = 0) -> list[str]:
    """The 出典 list under an answer: each source's marker and label (nothing when nothing was quoted)."""
    if not citations:
        return []
    return ["**出典**", ""] + [f"- {source_mark(offset + i)} {html.escape(c.label)}" for i, c in enumerate(citations, 1)]


def link_sources(markdown: str, turn: int, count: int) -> str:
    """Make the markers [1]…[count] of the chat's ``turn``-th answer links (``#source-<turn>-<n>``).

    The page opens the clause when one is clicked; the turn number in the link
    keeps the sources of earlier answers openable after later ones arrive.
    """
    def link(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return f"**[\\[{n}\\]](#source-{turn}-{n})**" if 1 <= n <= count else match.group(0)
    return _SOURCE_MARK.sub(link, markdown)


def scope_line(scope: str | None, selected: str | None, asked: str = "質問", where: str = "") -> str:
    """Which guideline was searched; when the question named another municipality than the one chosen, say so.

    The 自治体 choice is on screen, so an answer searched elsewhere must say why
    (「杉並区の…」 asked while 荒川区 is chosen).  ``asked`` names what the user
    typed (質問, 検索語); ``where`` names the searched guidelines (taken-in ones by their display name).
    """
    line = f"検索した資料：{where or SCOPE_LABELS.get(scope) or scope}"
    if scope is not None and scope != selected:
        named = MUNICIPALITY_LABELS.get(scope, scope)
        chosen = "両方" if selected is None else MUNICIPALITY_LABELS.get(selected, selected)
        line += f"（{asked}に「{named}」とあるため、選択中の「{chosen}」ではなく{named}の資料を検索しました）"
    return line


def source_html(corpus: Corpus, citation: Citation, turn: int, n: int) -> str:
    """A source opened from the chat: which answer's [n] it is, then the clause in full with the quote marked."""
    return f'<p class="source-of">回答{turn}の [{n}]</p>' + clause_html(corpus, citation)


def answer_markdown(answer: Answer, selected: str | None = None) -> str:
    """A chat answer: its footing (記載あり／関連する記載のみ／記載なし) first, the guideline searched, then quotes and sources.

    The first line is the answer's own first line (verdict, scope, what is
    missing); a 記載なし answer has no quotes at all.  ``selected`` is the
    municipality chosen on screen (None: both), for :func:`scope_line`.
    """
    first, *rest = answer.text.split("\n")
    lines = [f"**{html.escape(first)}**", "", scope_line(answer.scope, selected, where=answer.where), ""]
    if answer.verdict.coverage == "none":
        lines += [html.escape(line) for line in rest]
    else:
        for i, c in enumerate(answer.citations, 1):
            lines.append(f"> 「{html.escape(c.quote)}」 {source_mark(i)}")
            lines.append("")
        lines += sources_markdown(answer.citations)
    if answer.search.notice:
        lines += ["", f"ℹ️ {html.escape(answer.search.notice)}"]
    return "\n".join(lines)


def model_line(label: str) -> str:
    """Who wrote a model answer, and what was checked (the app always says which model answered)."""
    return f"<small>回答したモデル：{html.escape(label)}（引用は条文・プランの原文と照合済み）</small>"


def notice_line(notice: str) -> str:
    """The one line saying why the model's answer is not shown, or what of it was removed."""
    return f"ℹ️ {html.escape(notice)}"


def model_sentence(sentence: VerifiedSentence, citations: list[Citation]) -> str:
    """One verified sentence with its source marks, the plan words it rests on, or 「根拠なし」."""
    marks = " ".join(source_mark(citations.index(c) + 1) for c in sentence.citations)
    plan = "".join(f"（プランの記載：「{html.escape(q)}」）" for q in sentence.plan_quotes)
    return f"- {html.escape(sentence.text)}{plan}" + (f" {marks}" if marks else "" if plan else "（根拠なし）")


def privacy_line(backend: Backend | None) -> str:
    """What leaves this computer: nothing offline; the question, clauses and plan go to the configured model.

    For a server off this machine it also says whether personal items are replaced first (:mod:`assistant.answer.llm.pseudonymise`).
    """
    if backend is None:
        return "入力した内容はこのコンピューターの外に送られません。"
    if backend.remote:
        personal = (PSEUDONYMISED if backend.pseudonymise else
                    "氏名・住所などの個人情報も置き換えずにそのまま送られます（CAREPLAN_LLM_PSEUDONYMISE=never）。")
        return (f"チャットの質問と、読み込んだプラン・関係する条文は、設定したモデルのサーバー（{html.escape(backend.label)}）"
                f"に送られます。{personal}点検そのものはこのコンピューターの中で行います。")
    local = f"チャットの回答は、このコンピューターのモデル（{html.escape(backend.label)}）が文章にします。入力した内容は外に送られません。"
    return local + (PSEUDONYMISED if backend.pseudonymise else "")


PSEUDONYMISED = ("氏名・住所・電話番号・生年月日・被保険者番号などは、送る前に「〔利用者〕」「〔住所〕」のような仮の名前に置き換え、"
                 "回答では元に戻します。")


def draft_markdown(raw: str, label: str) -> str:
    """A model's reply while it is still being written: its sentences so far, marked as not yet verified."""
    try:
        partial = parse_partial_json(raw) or {}
    except ValueError:
        partial = {}
    sentences = partial.get("sentences") if isinstance(partial, dict) else None
    texts = [s["text"] for s in sentences or [] if isinstance(s, dict) and isinstance(s.get("text"), str)]
    lines = [f"<small>✍️ {html.escape(label)} が書いています（引用を原文で確かめる前の下書きです）</small>", ""]
    return "\n".join(lines + ([f"- {html.escape(t)}" for t in texts] or ["…"]))


def model_answer_markdown(reply: LlmReply, selected: str | None = None) -> str:
    """A guideline answer as the chat shows it: the offline form, or the model's verified sentences.

    A model answer keeps the offline answer's frame (verdict line, the guideline
    searched, quotes with [n], sources) and adds who wrote it; the notice says
    why the model's answer is not shown or what was removed from it.
    """
    answer = reply.answer
    if reply.verified is None:
        text = answer_markdown(answer, selected)
        return text + ("\n\n" + notice_line(reply.notice) if reply.notice else "")
    first = answer.text.split("\n")[0]
    lines = [f"**{html.escape(first)}**", "", scope_line(answer.scope, selected, where=answer.where), ""]
    lines += [model_sentence(s, answer.citations) for s in reply.verified.sentences]
    lines.append("")
    for i, c in enumerate(answer.citations, 1):
        lines += [f"> 「{html.escape(c.quote)}」 {source_mark(i)}", ""]
    lines += sources_markdown(answer.citations) + ["", model_line(reply.model or "")]
    if reply.notice:
        lines += ["", notice_line(reply.notice)]
    if answer.search.notice:
        lines += ["", f"ℹ️ {html.escape(answer.search.notice)}"]
    return "\n".join(lines)


def plan_chip_html(review: Review) -> str:
    """The chip above the chat naming the plan in its context, with the button that removes it.

    The plan's first words (headings such as 【第1表】 skipped) tell the user
    which plan later questions about 「この目標」 will be answered from.
    """
    words = " ".join(line.strip() for line in review.plan_text.splitlines()
                     if line.strip() and not re.fullmatch(r"[【\[].*[】\]]", line.strip()))
    shown = words[:PLAN_CHIP_CHARS] + ("…" if len(words) > PLAN_CHIP_CHARS else "")
    return (f'<div class="plan-chip" role="status"><span class="plan-chip-text">点検したプラン：{html.escape(shown)}'
            f"（指摘 {len(review.findings)}件）</span>"
            '<button type="button" class="plan-chip-remove" data-remove-plan aria-label="このプランを会話から外す" '
            'title="このプランを会話から外す">✕</button>'
            '<small class="plan-chip-note">「この短期目標は？」のようにプランを指す質問には、このプランから答えます。</small></div>')


def municipality_choices(corpus: Corpus) -> list[tuple[str, str]]:
    """The 自治体 choices of the chat and the guideline search: the shipped two, then every municipality
    whose guideline was taken in (``careplan-assistant ingest``), by display name."""
    names = corpus.municipality_names()
    shipped = [("荒川区", "arakawa"), ("杉並区", "suginami")]
    shipped_ids = {m for _, m in shipped}
    added = [(name, m) for m, name in names.items() if m not in shipped_ids]
    return [("両方" if not added else "すべて", "both"), *shipped, *added]


def review_municipality_choices(corpus: Corpus) -> list[tuple[str, str]]:
    """The review's 自治体 choices: 両方 is the shipped two (the rubric's own citations), then each
    municipality taken in, whose findings cite the clauses its rubric file names (README)."""
    added = municipality_choices(corpus)[3:]  # after both and the shipped two
    return [("両方（荒川区・杉並区）" if added else "両方", "both"), ("荒川区", "arakawa"), ("杉並区", "suginami"), *added]


def document_choices(corpus: Corpus) -> list[tuple[str, str]]:
    """The guideline browser's documents; an edition kept beside a newer one says so."""
    choices = []
    for doc_id, doc in corpus.documents.items():
        editions = sum(d.municipality == doc.municipality for d in corpus.documents.values())
        title = doc.title if editions == 1 else f"{doc.title}（{doc.date_ja}）"
        choices.append((title if doc_id in corpus.current_doc_ids else f"{title}【旧版】", doc_id))
    return choices


def outline_markdown(corpus: Corpus, doc_id: str) -> str:
    """A whole document, clause by clause under its own headings, for browsing."""
    doc = corpus.documents[doc_id]
    lines = [f"## {html.escape(doc.title)}", f"{html.escape(doc.issuer)}／{html.escape(doc.date_ja)}", ""]
    for clause in corpus:
        if clause.doc_id != doc_id:
            continue
        if clause.heading:
            level = "###" if len(clause.path) <= 1 else "####"
            lines.append(f"{level} {html.escape(clause.heading)}")
        if clause.text:
            lines.append(html.escape(clause.text).replace("\n", "  \n"))
            lines.append(f"<small>（{html.escape(clause.label)}）</small>")
        lines.append("")
    return "\n".join(lines)

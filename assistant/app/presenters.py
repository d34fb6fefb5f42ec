"""HTML/Markdown views of answers and clauses, shared by the UI and exports.

Kept apart from ``ui.py`` so they can be tested without a browser and reused
without gradio.  Everything user-provided or from the corpus is escaped: plan
text is data, never markup.
"""

from __future__ import annotations

import html

from ..answer.extractive import Answer
from ..guidelines.citations import Citation
from ..guidelines.corpus import Corpus
from ..guidelines.textnorm import strip_ws


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


def answer_markdown(answer: Answer) -> str:
    """A chat answer: its footing (記載あり／関連する記載のみ／記載なし) first, then numbered quotes and sources.

    The first line is the answer's own first line (verdict, scope, what is
    missing); a 記載なし answer has no quotes at all.
    """
    first, *rest = answer.text.split("\n")
    lines = [f"**{html.escape(first)}**", ""]
    if answer.verdict.coverage == "none":
        lines += [html.escape(line) for line in rest]
    else:
        for i, c in enumerate(answer.citations, 1):
            lines.append(f"> 「{html.escape(c.quote)}」 **[{i}]**")
            lines.append("")
        lines.append("**出典**")
        lines += [f"{i}. {html.escape(c.label)}" for i, c in enumerate(answer.citations, 1)]
    if answer.search.notice:
        lines += ["", f"ℹ️ {html.escape(answer.search.notice)}"]
    return "\n".join(lines)


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

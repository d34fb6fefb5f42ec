"""The Gradio app. The only module that imports gradio; handlers only translate.

Each handler turns UI input into an engine call and the engine's result into
Markdown; the work itself (retrieval, answers, citations) happens in the
engine modules.
"""

from __future__ import annotations

import html

import gradio as gr

from .answer import answer_question
from .retrieval import GuidelineRetriever, QueryError

MUNICIPALITY_CHOICES = [("両方", "both"), ("荒川区", "arakawa"), ("杉並区", "suginami")]


def _quote_block(label: str, text: str) -> str:
    return f"**{html.escape(label)}**\n\n> " + html.escape(text).replace("\n", "\n>\n> ")


def build_app(retriever: GuidelineRetriever) -> gr.Blocks:
    """Build the Blocks app around an opened retriever."""

    def ask(question: str, municipality: str) -> str:
        try:
            answer = answer_question(question, retriever, municipality=municipality)
        except QueryError as exc:
            return f"⚠️ {exc}"
        parts = [html.escape(answer.text).replace("\n", "  \n")]
        if answer.citations:
            parts.append("---\n**引用した条文**")
            parts += [_quote_block(f"[{i}] {c.label}", c.quote) for i, c in enumerate(answer.citations, 1)]
        if answer.search.notice:
            parts.append(f"ℹ️ {answer.search.notice}")
        return "\n\n".join(parts)

    def search(query: str, municipality: str) -> str:
        try:
            result = retriever.search(query, k=5, municipality=municipality)
        except QueryError as exc:
            return f"⚠️ {exc}"
        parts = [_quote_block(f"{i}. {h.clause.label}", h.clause.text) for i, h in enumerate(result.hits, 1)]
        if result.not_covered:
            parts.insert(0, f"ℹ️ {result.coverage.reason}。直接の記載はない可能性があります。")
        return "\n\n".join(parts)

    with gr.Blocks(title="ケアプラン点検支援アシスタント", analytics_enabled=False) as demo:
        gr.Markdown("# ケアプラン点検支援アシスタント\n荒川区・杉並区のガイドラインに基づいてお答えします。")
        municipality = gr.Radio(MUNICIPALITY_CHOICES, value="both", label="自治体")
        with gr.Tab("質問"):
            question = gr.Textbox(label="質問", placeholder="例：利用者の希望をすべてケアプランに入れてよいですか？", lines=2)
            ask_button = gr.Button("質問する", variant="primary")
            answer_out = gr.Markdown()
        with gr.Tab("ガイドライン検索"):
            query = gr.Textbox(label="検索語", placeholder="例：モニタリング")
            search_button = gr.Button("検索")
            search_out = gr.Markdown()
        ask_button.click(ask, [question, municipality], answer_out, api_name="ask")
        question.submit(ask, [question, municipality], answer_out, api_name=False)
        search_button.click(search, [query, municipality], search_out, api_name="search")
        query.submit(search, [query, municipality], search_out, api_name=False)
    return demo

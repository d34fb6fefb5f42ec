"""Taking in a large guideline: a generated 300-page Japanese PDF through extract → outline → clauses → store.

Prints the time of each step and the memory (peak Python allocations, and the
process's maximum RSS); asserts nothing.  ``--index`` also builds the search
index over it in a temporary CAREPLAN_HOME (minutes with the embedding model).

    .venv/bin/python benchmarks/bench_ingest.py [--pages 300] [--index]
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.guidelines.ingest.pipeline import prepare  # noqa: E402
from assistant.guidelines.ingest.store import write_document  # noqa: E402

# Invented wording: a fictional municipality's rules, varied by the page and line number.
TOPICS = ["訪問", "記録", "会議", "連携", "福祉用具", "住まい", "家族", "通院", "服薬", "食事"]


def generated_pdf(pages: int) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    for p in range(1, pages + 1):
        page.setFont("HeiseiKakuGo-W5", 10)
        page.drawString(60, 810, "ひかり市ケアマネジメント運用の手引き")
        y = 780
        lines = []
        if p % 20 == 1:
            lines.append(f"第{p // 20 + 1}章 {TOPICS[p % 10]}の進め方")
        lines.append(f"{p % 9 + 1} {TOPICS[(p + 3) % 10]}の要点")
        for section in range(1, 4):
            lines.append(f"（{section}）{TOPICS[(p + section) % 10]}のときの確認")
            for n in range(8):
                topic = TOPICS[(p + section + n) % 10]
                lines.append(f"介護支援専門員は、{topic}について本人と家族の考えを聞き、第{p}頁の例のように")
                lines.append(f"支援経過に{TOPICS[(p * 7 + n) % 10]}の{n + 1}点目として書き残すものとする。")
        for line in lines:
            page.drawString(60, y, line)
            y -= 13
        page.drawString(290, 30, f"- {p} -")
        page.showPage()
    page.save()
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--index", action="store_true", help="also build the index over the document")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        data = generated_pdf(args.pages)
        pdf = folder / "hikari.pdf"
        pdf.write_bytes(data)
        print(f"generated: {args.pages} pages, {len(data) / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s")

        tracemalloc.start()
        started = time.perf_counter()
        prepared = prepare(pdf, name="ひかり市", edition="2026-01-01")
        took = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"extract + outline + clauses: {took:.1f} s, peak Python allocations {peak / 1e6:.0f} MB; "
              f"{len(prepared.extracted.lines):,} lines, {prepared.extracted.removed_furniture} furniture lines removed, "
              f"{len(prepared.clauses):,} clauses, fallback={prepared.outline.fallback}")
        home = folder / "home"
        started = time.perf_counter()
        write_document(home / "guidelines", prepared.content, prepared.extracted.lines)
        print(f"store: {time.perf_counter() - started:.2f} s")
        if args.index:
            from assistant.search.index import GuidelineIndex
            from assistant.settings import Settings

            started = time.perf_counter()
            index = GuidelineIndex.open(Settings.from_env({"CAREPLAN_HOME": str(home)}))
            print(f"index build: {time.perf_counter() - started:.1f} s, {index.report.chunks:,} chunks")
        print(f"max RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()

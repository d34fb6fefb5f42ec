"""The outline shown before a document is stored, in Japanese: what was found, and how it will be cited."""

from __future__ import annotations

from .pipeline import Prepared

MAX_SHOWN = 60


def preview_text(prepared: Prepared, *, replaces: bool = False, max_shown: int = MAX_SHOWN) -> str:
    meta, extracted, clauses = prepared.meta, prepared.extracted, prepared.clauses
    doc = prepared.content["document"]
    lines = [
        f"資料: {meta.title}",
        f"自治体: {meta.name}（ID {meta.municipality}）　版: {doc['date']}　資料ID: {meta.doc_id}",
        f"読み取り: {extracted.kind}" + (f" {extracted.pages}ページ" if extracted.pages else "")
        + (f"、ページ番号・柱 {extracted.removed_furniture} 行を除きました" if extracted.removed_furniture else ""),
    ]
    lines += [f"注意: {notice}" for notice in extracted.notices]
    if prepared.outline.fallback:
        lines.append("見出しを検出できなかったため、段落ごとに分けました（条文は「第n段落」として引用されます）。")
    lines.append(f"条文 {len(clauses)} 件:")
    for clause in clauses[:max_shown]:
        depth = len(clause["path"]) if clause["kind"] not in ("point", "item") else len(clause["path"]) + 1
        chars = f"（{len(clause['text'])}字）" if clause["text"] else "（見出しのみ）"
        lines.append(f"{'  ' * max(depth - 1, 0)}- {clause['label'].removeprefix(doc['short']).strip()} {chars}"
                     f"  [{clause['id']}]")
    if len(clauses) > max_shown:
        lines.append(f"  …ほか {len(clauses) - max_shown} 件")
    if replaces:
        lines.append(f"同じ資料ID（{meta.doc_id}）の資料を取り込み済みのため、置き換えます。")
    return "\n".join(lines)

"""The user's own guidelines under ``CAREPLAN_HOME/guidelines/``: write, list, remove.

The layout is the shipped corpus's (``<doc_id>.json`` beside ``sources/<doc_id>.txt``),
so :func:`..corpus.load_corpus` reads both alike and the index fingerprint, which
covers every document file, changes when one is added or removed.  Files are
written to a temporary name and renamed, the source first: a document file
never exists without the text it is checked against.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..corpus import Corpus, Document, load_corpus

_MUNICIPALITY_ID = re.compile(r"^[a-z][a-z0-9_-]{1,39}$")
RESERVED = ("both", "all")


class StoreError(ValueError):
    """A document that cannot be stored or removed; the message is for the user, in Japanese."""


def check_municipality_id(value: str) -> str:
    if not _MUNICIPALITY_ID.match(value) or value in RESERVED:
        raise StoreError(f"自治体ID「{value}」は使えません。半角英小文字で始まる英数字・ハイフン（2〜40文字、both・all 以外）"
                         "で指定してください（例: --municipality nerima）。")
    return value


@dataclass(frozen=True)
class Listed:
    document: Document
    clauses: int
    added: bool  # taken in by the user (removable), not shipped


def write_document(folder: Path, content: dict, source_lines: list[str]) -> Path:
    """Store one document; an existing file of the same id (same municipality and date) is replaced."""
    doc_id = content["document"]["doc_id"]
    target = folder / f"{doc_id}.json"
    source = folder / content["document"]["source_file"]
    source.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(source, "\n".join(source_lines) + "\n")
    _atomic_write(target, json.dumps(content, ensure_ascii=False, indent=1) + "\n")
    return target


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def list_documents(corpus: Corpus, folder: Path) -> list[Listed]:
    counts: dict[str, int] = {}
    for clause in corpus:
        counts[clause.doc_id] = counts.get(clause.doc_id, 0) + 1
    return [Listed(doc, counts.get(doc_id, 0), corpus.folders.get(doc_id) == folder)
            for doc_id, doc in sorted(corpus.documents.items(), key=lambda kv: (kv[1].municipality, kv[1].date))]


def folder_stamp(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """What the folder holds now, told apart cheaply: each ``*.json``'s name, size and change time.

    Documents (and rubric files) are written by rename, so any process's addition, replacement or
    removal changes this; a missing folder is an empty one.
    """
    stamp = []
    for path in sorted(folder.glob("*.json")):
        try:
            info = path.stat()
        except OSError:  # removed between the listing and the stat: it is gone
            continue
        stamp.append((path.name, info.st_size, info.st_mtime_ns))
    return tuple(stamp)


def remove_document(folder: Path, doc_id: str, shipped: Path) -> Document:
    """Delete a document taken in (its file and its source); shipped documents cannot be removed."""
    corpus = load_corpus(shipped, folder)
    doc = corpus.documents.get(doc_id)
    if doc is None:
        known = [d for d, f in corpus.folders.items() if f == folder]
        hint = f"取り込んだ資料: {' / '.join(known)}" if known else "取り込んだ資料はありません"
        raise StoreError(f"資料ID「{doc_id}」は見つかりません（{hint}）。careplan-assistant corpus list で確かめてください。")
    if corpus.folders[doc_id] != folder:
        raise StoreError(f"「{doc_id}」は組み込みの資料のため削除できません。")
    (folder / f"{doc_id}.json").unlink()
    (folder / doc.source_file).unlink(missing_ok=True)
    return doc


def replaces(folder: Path, shipped: Path, doc_id: str) -> bool:
    """Whether storing ``doc_id`` replaces a document taken in before; a shipped document's id is refused."""
    corpus = load_corpus(shipped, folder)
    if doc_id not in corpus.documents:
        return False
    if corpus.folders[doc_id] != folder:
        raise StoreError(f"資料ID「{doc_id}」は組み込みの資料と同じです。--municipality か --date を変えてください。")
    return True

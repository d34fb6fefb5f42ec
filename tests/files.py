"""Files the tests put on disk: a document to take in, a plan to upload."""

from __future__ import annotations

from pathlib import Path


def write_file(folder: Path, name: str, data: str | bytes) -> Path:
    """``folder/name`` holding ``data``: text as UTF-8, bytes as they are (a binary or broken file)."""
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path

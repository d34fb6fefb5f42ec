"""Index generations on disk: build into a new folder, then switch one pointer.

Layout under ``Settings.index_dir``::

    current               the build id in use (replaced atomically)
    build.lock            held (flock) by the one process building
    builds/<id>/          one generation: lexical.json, chroma/, manifest.json

A generation is never changed after its manifest (written last, with
``complete: true``) exists, so a reader that opened it is never disturbed.
A build that dies half-way leaves a folder without a manifest, which the
pointer never names and the next build (or start) removes.  Old generations
are removed only by a later build: the one it replaced is kept, older ones
go unless a process still holds them open (a shared ``flock`` on their
manifest), so an app that has not yet noticed a rebuild keeps working.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .statefiles import fsync_dir, fsync_tree, is_leftover_temp, write_atomic

try:
    import fcntl
except ImportError:  # Windows: no flock; builds still switch atomically, only the cross-process locks are off
    fcntl = None  # type: ignore[assignment]

POINTER = "current"
LOCK = "build.lock"
BUILDS = "builds"
MANIFEST = "manifest.json"
LEXICAL = "lexical.json"
CHROMA = "chroma"
# Files of the single-folder layout used before generations; removed after the first switch.
LEGACY = ("manifest.json", "lexical.json", "chroma")

PointerStamp = tuple[int, int, int] | None


class GenerationLease:
    """A shared lock on a generation's manifest: while held, no build deletes the generation."""

    def __init__(self, manifest: Path) -> None:
        self._fd: int | None = os.open(manifest, os.O_RDONLY)
        try:
            if fcntl is not None:
                fcntl.flock(self._fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            os.close(self._fd)
            self._fd = None
            raise

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None


class IndexStore:
    """The generations under one index folder and the pointer to the one in use."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.builds = root / BUILDS
        self.pointer = root / POINTER

    def folder(self, build_id: str) -> Path:
        return self.builds / build_id

    def current_id(self) -> str | None:
        """The build id the pointer names, or None when there is none (or it is unreadable)."""
        try:
            text = self.pointer.read_text(encoding="utf-8").strip()
        except (OSError, ValueError):
            return None
        return text if _valid_id(text) else None

    def pointer_stamp(self) -> PointerStamp:
        """A cheap fingerprint of the pointer file (one ``stat``), to notice a switch by another process."""
        try:
            st = self.pointer.stat()
        except OSError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def manifest(self, build_id: str) -> dict[str, Any] | None:
        """The manifest of a complete generation, or None for a missing, partial or corrupt one."""
        try:
            data = json.loads((self.folder(build_id) / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("complete") is not True or data.get("build_id") != build_id:
            return None
        return data

    def complete_ids(self) -> list[str]:
        """Complete generations, the current one first, then newest first."""
        current = self.current_id()
        found = []
        for folder in self._build_folders():
            manifest = self.manifest(folder.name)
            if manifest is not None:
                found.append((folder.name != current, -float(manifest.get("created", 0)), folder.name))
        return [build_id for *_, build_id in sorted(found)]

    def lease(self, build_id: str) -> GenerationLease | None:
        """Hold a generation so no build deletes it; None where locks cannot be taken."""
        try:
            return GenerationLease(self.folder(build_id) / MANIFEST)
        except OSError:
            return None

    @contextmanager
    def build_lock(self, *, wait: bool = True) -> Iterator[bool]:
        """Only one process builds at a time; yields False when ``wait`` is off and another builds.

        Raises ``OSError`` when the lock file cannot be created (read-only or full disk).
        """
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                yield False
                return
            yield True
        finally:
            os.close(fd)

    def new_folder(self) -> tuple[str, Path]:
        """A fresh, empty generation folder (the caller holds the build lock)."""
        self.builds.mkdir(parents=True, exist_ok=True)
        build_id = f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{secrets.token_hex(3)}"
        folder = self.folder(build_id)
        folder.mkdir()
        return build_id, folder

    def finish(self, build_id: str, manifest: dict[str, Any]) -> None:
        """Seal a generation: flush its data, then write the manifest, last."""
        folder = self.folder(build_id)
        fsync_tree(folder)
        write_atomic(folder / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))

    def switch(self, build_id: str) -> None:
        """Point ``current`` at a complete generation (temp file, fsync, rename)."""
        write_atomic(self.pointer, build_id + "\n")

    def prune(self, keep: set[str]) -> None:
        """After a switch (build lock held): delete partial builds and generations older than ``keep``.

        A complete generation another process still holds is left for a later build.
        """
        for folder in self._build_folders():
            if folder.name not in keep:
                _remove_unless_held(folder)
        for name in LEGACY:
            path = self.root / name
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            elif path.exists():
                with contextlib.suppress(OSError):
                    path.unlink()
        self._remove_temp_files()
        fsync_dir(self.builds)

    def remove_leftovers(self) -> None:
        """At start: remove builds a killed process left half-written, if no process is building now.

        Best effort: on a read-only or full disk nothing is removed and nothing fails.
        """
        try:
            with self.build_lock(wait=False) as locked:
                if not locked:
                    return
                current = self.current_id()
                for folder in self._build_folders():
                    if folder.name != current and self.manifest(folder.name) is None:
                        shutil.rmtree(folder, ignore_errors=True)
                self._remove_temp_files()
        except OSError:
            return

    def _build_folders(self) -> list[Path]:
        try:
            return [p for p in self.builds.iterdir() if p.is_dir() and _valid_id(p.name)]
        except OSError:
            return []

    def _remove_temp_files(self) -> None:
        try:
            for path in self.root.iterdir():
                if path.is_file() and is_leftover_temp(path):
                    path.unlink(missing_ok=True)
        except OSError:
            return  # best effort, like the rest of the clean-up


def _valid_id(text: str) -> bool:
    return bool(text) and len(text) < 100 and all(c.isalnum() or c == "-" for c in text) and text.isascii()


def _remove_unless_held(folder: Path) -> None:
    """Delete a generation unless a process holds a lease on it (then a later build tries again)."""
    try:
        fd = os.open(folder / MANIFEST, os.O_RDONLY)
    except OSError:  # no manifest: a partial build, which nobody reads
        shutil.rmtree(folder, ignore_errors=True)
        return
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return
    try:
        shutil.rmtree(folder, ignore_errors=True)  # removed while the exclusive lock keeps readers out
    finally:
        os.close(fd)

"""Write-then-rename for the index's state files.

A reader must see either the old file or the complete new one, never a
truncated one: a process killed half-way through ``write_text`` used to leave
a ``manifest.json`` or ``lexical.json`` that stopped every later start.  The
text goes to a temporary file in the same folder, is flushed to disk, and
replaces the target with one ``os.replace`` (atomic on POSIX and Windows);
the folder is synced so the rename itself survives a power cut.
"""

from __future__ import annotations

import os
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def write_atomic(path: Path, text: str, mode: int = 0o666) -> None:
    """Replace ``path`` with ``text`` (UTF-8) so that no reader ever sees a partial file.

    ``mode`` is given when the file is created (less the umask), so a private
    file (0o600) is never readable by others, not even for the moment before a chmod.
    """
    temp = path.with_name(f".{path.name}.{os.getpid()}{TEMP_SUFFIX}")
    temp.unlink(missing_ok=True)  # one a killed writer of the same pid left keeps its old mode; start anew
    try:
        with os.fdopen(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode), "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    """Make a folder's entries (new names, renames) durable; a no-op where folders cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems do not sync folders; the rename is still atomic
    finally:
        os.close(fd)


def fsync_tree(path: Path) -> None:
    """Flush every file and folder under ``path``, so a manifest written afterwards never outlives its data."""
    for folder, _dirs, files in os.walk(path):
        for name in files:
            fd = os.open(os.path.join(folder, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        fsync_dir(Path(folder))


def is_leftover_temp(path: Path) -> bool:
    """A temporary file a killed writer left behind (never the target of a finished write)."""
    return path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX)

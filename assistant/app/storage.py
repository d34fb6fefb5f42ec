"""Private, short-lived folders for personal data: uploaded plans and review exports.

A care plan is personal data.  Everything the app writes — Gradio's copies of
uploads and downloads (``Settings.uploads_dir``, where ``GRADIO_TEMP_DIR``
points) and the review exports (``Settings.exports_dir``) — stays under
``CAREPLAN_HOME`` in folders only the app's user can open (0700, files 0600),
is deleted after ``Settings.retention_minutes`` while the app runs, and is
removed when the app stops (what a killed process left goes by age).
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..search.statefiles import write_atomic
from ..settings import Settings

log = logging.getLogger(__name__)

PRIVATE_UMASK = 0o077  # new files 0600, new folders 0700, whoever creates them (Gradio included)
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def make_private(folder: Path) -> Path:
    """Create ``folder`` (0700) and tighten anything already inside it (folders 0700, files 0600).

    Files left by an older version of the app were world-readable; tightening
    them at start means no earlier export stays open to other users.
    """
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    os.chmod(folder, FOLDER_MODE)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            _chmod(Path(root) / name, FOLDER_MODE)
        for name in files:
            _chmod(Path(root) / name, FILE_MODE)
    return folder


def make_private_file(path: Path) -> Path:
    """Set a file we wrote to 0600 (the umask already does; this holds even if a caller changed it)."""
    os.chmod(path, FILE_MODE)
    return path


def write_private(path: Path, text: str) -> Path:
    """Write a file only the app's user can read (0600, its folder 0700), atomically: old or new, never half.

    For files kept on purpose (ratings, their export), which may hold what a
    user typed: the same rules as the short-lived folders, whatever the umask.
    """
    path.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    write_atomic(path, text, mode=FILE_MODE)
    return make_private_file(path)


def prune(folder: Path, max_age_seconds: float, now: float | None = None) -> int:
    """Delete files older than ``max_age_seconds`` under ``folder``, then empty folders as old; returns files removed.

    Folders are aged too, so a folder Gradio has just created for a file it is
    about to move in is not taken from under it.
    """
    if not folder.is_dir():
        return 0
    cutoff = (time.time() if now is None else now) - max_age_seconds
    removed = 0
    stale_folders: set[Path] = set()  # judged before their files go (deleting a file touches the folder)
    for root, dirs, files in os.walk(folder, topdown=False):
        here = Path(root)
        if here != folder and _older_than(here, cutoff):
            stale_folders.add(here)
        for name in files:
            path = here / name
            if _older_than(path, cutoff):
                path.unlink(missing_ok=True)
                removed += 1
        for name in dirs:
            if here / name in stale_folders:
                try:
                    (here / name).rmdir()  # only when empty
                except OSError:
                    pass
    return removed


def discard(path: str | Path, root: Path) -> None:
    """Delete one file we no longer need (an upload once read) and its folder if that is now empty.

    Only paths inside ``root`` are touched, so a path that came from a request
    can never delete anything else.
    """
    target = Path(os.path.realpath(path))
    base = Path(os.path.realpath(root))
    if base not in target.parents:
        return
    target.unlink(missing_ok=True)
    if target.parent != base:
        try:
            target.parent.rmdir()
        except OSError:
            pass


@dataclass(frozen=True)
class PrivateFolders:
    """This process's own folders: Gradio's temp folder under ``Settings.uploads_dir``, exports under ``exports_dir``.

    Each app process gets its own pair, so two processes sharing one
    ``CAREPLAN_HOME`` never clear each other's files at start or shutdown.
    """

    uploads: Path
    exports: Path

    @classmethod
    def for_process(cls, settings: Settings) -> PrivateFolders:
        instance = f"app-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        return cls(settings.uploads_dir / instance, settings.exports_dir / instance)


class Janitor:
    """Keeps personal data short-lived: prunes both roots on a timer, removes this process's folders at shutdown.

    Pruning covers every process's folders by age, so what a killed process
    left behind goes once it is older than the retention; a running process
    touches its own folders at every sweep, which keeps them from looking stale.
    """

    def __init__(self, settings: Settings, own: PrivateFolders) -> None:
        self.roots = (settings.uploads_dir, settings.exports_dir)
        self.own = own
        self.max_age = settings.retention_minutes * 60.0
        # Checking a few times per retention period keeps files from outliving it by much.
        self.interval = min(60.0, max(5.0, self.max_age / 4))
        self._stop = threading.Event()

    def sweep(self) -> int:
        """Prune every process's files by age; this process's own folders are touched first, so they stay."""
        for folder in (self.own.uploads, self.own.exports):
            if folder.is_dir():
                os.utime(folder)
            else:
                make_private(folder)
        removed = 0
        for root in self.roots:
            try:
                removed += prune(root, self.max_age)
            except OSError:
                log.warning("could not prune %s", root, exc_info=True)
        return removed

    def start(self) -> None:
        """Make the roots and this process's folders private (0700), sweep once, then every ``interval``."""
        for folder in (*self.roots, self.own.uploads, self.own.exports):
            make_private(folder)
        self.sweep()
        threading.Thread(target=self._run, name="careplan-janitor", daemon=True).start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sweep()

    def stop(self) -> None:
        """Stop the timer and remove this process's uploads and exports (called once at shutdown)."""
        self._stop.set()
        for folder in (self.own.uploads, self.own.exports):
            shutil.rmtree(folder, ignore_errors=True)


def _older_than(path: Path, cutoff: float) -> bool:
    try:
        return path.lstat().st_mtime < cutoff
    except FileNotFoundError:
        return False


def _chmod(path: Path, mode: int) -> None:
    try:
        if not stat.S_ISLNK(path.lstat().st_mode):
            os.chmod(path, mode)
    except OSError:
        log.warning("could not restrict %s", path, exc_info=True)

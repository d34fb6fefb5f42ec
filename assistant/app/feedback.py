"""Ratings (👍/👎) and comments on chat answers and review findings, kept in ``CAREPLAN_HOME/feedback.jsonl``.

Why keep them: a care manager who marks an answer or a finding as wrong has
found a case the evaluation sets lack.  ``careplan-assistant feedback export``
writes the file out as JSONL or CSV, to be labelled as eval cases.

One line per rated item, a JSON object.  Rating the same item again in the
same session (👎 after 👍, a comment added later, the rating taken back)
rewrites that item's line instead of adding one, so the file holds each item's
latest word once.  The whole file is rewritten atomically with the app's
storage rules (:func:`.storage.write_private`: 0600 in a 0700 folder, old or
new file, never half a line) under a lock, so two app processes sharing one
``CAREPLAN_HOME`` do not lose each other's lines.  Lines this module cannot
read (edited by hand) are kept as they are and skipped when read.

A care plan is personal data: its text is stored only when the user ticks the
box saying so.  Replies drawn from a plan quote it, so their text is stored
only then too; otherwise the line keeps the question, the verdict, the check
ids and the clause ids.
"""

from __future__ import annotations

import csv
import io
import json
import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .storage import FILE_MODE, FOLDER_MODE, write_private

try:
    import fcntl
except ImportError:  # Windows: no flock; the in-process lock still keeps this process's writes apart
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from ..review.findings import Finding, Review
    from .plan_chat import ChatTurn

Rating = Literal["up", "down"]
RATINGS: tuple[Rating, ...] = ("up", "down")
FORMATS = ("jsonl", "csv")
MAX_COMMENT_CHARS = 2000
# The export's columns, in this order (CSV header; JSONL objects carry the same keys).
FIELDS = ("id", "timestamp", "kind", "rating", "comment", "question", "answer", "coverage", "verdict", "scope", "model",
          "check_id", "name", "severity", "mode", "municipality", "check_ids", "clause_ids", "quotes", "plan_text")
_THREADS = threading.Lock()  # flock is per open file; this also serialises threads where there is no flock


class FeedbackError(ValueError):
    """Something the user can fix, said in Japanese: a comment too long, a target that cannot be written."""


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class Feedback:
    """One rated item as stored: what was rated (an answer or a finding), the rating, the user's words.

    ``rating`` is None when the user took a rating back but left a comment.
    ``municipality`` is the 自治体 chosen on screen; ``scope`` the guideline an
    answer actually searched (a question naming a municipality overrides the choice).
    """

    kind: Literal["answer", "finding"]
    rating: Rating | None
    comment: str = ""
    question: str | None = None
    answer: str | None = None
    coverage: str | None = None
    verdict: str | None = None
    scope: str | None = None
    model: str | None = None  # the chat model that wrote a rated answer (None: the offline engine)
    check_id: str | None = None
    name: str | None = None
    severity: str | None = None
    mode: str | None = None
    municipality: str | None = None
    check_ids: tuple[str, ...] = ()
    clause_ids: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    plan_text: str | None = None
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    timestamp: str = field(default_factory=_now)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {key: list(data[key]) if isinstance(data[key], tuple) else data[key] for key in FIELDS}

    @property
    def worth_keeping(self) -> bool:
        """A line with neither a rating nor a comment says nothing: the user took the rating back."""
        return self.rating is not None or bool(self.comment)


def check_comment(comment: str | None) -> str:
    """The comment as stored (trimmed); one too long is refused in Japanese rather than cut."""
    text = (comment or "").strip()
    if len(text) > MAX_COMMENT_CHARS:
        raise FeedbackError(f"コメントは{MAX_COMMENT_CHARS:,}文字までにしてください（いまは{len(text):,}文字です）。")
    return text


def answer_feedback(turn: ChatTurn, rating: Rating | None, comment: str, include_plan: bool,
                    previous: Feedback | None = None) -> Feedback:
    """A chat answer's rating.  A pasted plan is not stored as the question, nor a plan-drawn reply, unless ticked."""
    reply = turn.reply
    plan = reply.review.plan_text if include_plan and reply.review is not None else None
    answer = reply.answer
    return Feedback(
        kind="answer", rating=rating, comment=check_comment(comment),
        question=None if reply.source == "pasted_plan" else turn.question,
        answer=reply.markdown if reply.source == "guidelines" or plan is not None else None,
        coverage=answer.coverage if answer else None,
        verdict=answer.verdict.label if answer else None,
        scope=(answer.scope or "both") if answer else None, model=reply.model,
        municipality=turn.municipality, check_ids=reply.check_ids,
        clause_ids=tuple(c.clause_id for c in reply.citations), quotes=tuple(c.quote for c in reply.citations),
        plan_text=plan, **_same_item(previous),
    )


def finding_feedback(finding: Finding, review: Review, rating: Rating | None, comment: str, include_plan: bool,
                     previous: Feedback | None = None) -> Feedback:
    """A review finding's rating: the check, its clauses, the review's settings; the plan only if ticked."""
    return Feedback(
        kind="finding", rating=rating, comment=check_comment(comment),
        check_id=finding.check_id, name=finding.name, severity=finding.severity, mode=review.mode,
        municipality=review.municipality, clause_ids=tuple(c.clause_id for c in finding.citations),
        quotes=tuple(c.quote for c in finding.citations),
        plan_text=review.plan_text if include_plan else None, **_same_item(previous),
    )


def _same_item(previous: Feedback | None) -> dict[str, str]:
    """Rating an item again keeps its id, so its line is replaced rather than a second one added."""
    return {"id": previous.id} if previous is not None else {}


@dataclass(frozen=True)
class FeedbackRead:
    """What the file holds: the lines read, and how many could not be read (kept in the file, skipped here)."""

    entries: list[dict[str, Any]]
    unreadable: int


class FeedbackLog:
    """The feedback file: an item saved (its line replaced by id, or added), everything read back."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def save(self, entry: Feedback) -> None:
        """Store ``entry`` in place of the line with its id; a rating taken back with no comment removes the line."""
        with self._locked():
            lines = [line for line in self._lines() if _id_of(line) != entry.id]
            if entry.worth_keeping:
                lines.append(json.dumps(entry.to_dict(), ensure_ascii=False))
            write_private(self.path, "".join(f"{line}\n" for line in lines))

    def read(self) -> FeedbackRead:
        entries, unreadable = [], 0
        for line in self._lines():
            try:
                entry = json.loads(line)
            except ValueError:
                unreadable += 1
                continue
            if isinstance(entry, dict):
                entries.append(entry)
            else:
                unreadable += 1
        return FeedbackRead(entries, unreadable)

    def _lines(self) -> list[str]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        return [line for line in text.splitlines() if line.strip()]

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """One writer at a time, across this process's threads and other processes sharing the home."""
        with _THREADS:
            if fcntl is None:
                yield
                return
            self.path.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
            fd = os.open(self.path.with_name(f".{self.path.name}.lock"), os.O_RDWR | os.O_CREAT, FILE_MODE)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                os.close(fd)  # closing drops the flock


def _id_of(line: str) -> str | None:
    try:
        entry = json.loads(line)
    except ValueError:
        return None
    return entry.get("id") if isinstance(entry, dict) else None


def export_text(entries: list[dict[str, Any]], fmt: str) -> str:
    """The entries, oldest first, as JSONL (one object per line) or CSV (header; lists one item per line in a cell)."""
    if fmt not in FORMATS:
        raise FeedbackError(f"書き出す形式は {' / '.join(FORMATS)} のどちらかを指定してください。")
    rows = sorted(entries, key=lambda e: str(e.get("timestamp") or ""))
    if fmt == "jsonl":
        return "".join(json.dumps({key: e.get(key) for key in FIELDS}, ensure_ascii=False) + "\n" for e in rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for e in rows:
        writer.writerow(["\n".join(map(str, e.get(key) or [])) if isinstance(e.get(key), list)
                         else "" if e.get(key) is None else e.get(key) for key in FIELDS])
    return out.getvalue()


def write_export(entries: list[dict[str, Any]], out: Path, fmt: str) -> Path:
    """Write the export as a private file (it may hold what users typed); CSV with a BOM so Excel reads Japanese."""
    text = export_text(entries, fmt)
    try:
        return write_private(out, ("\ufeff" if fmt == "csv" else "") + text)
    except OSError as exc:
        raise FeedbackError(f"{out} に書き出せませんでした（{exc.strerror or exc}）。書き込める場所を --out で指定してください。") from None

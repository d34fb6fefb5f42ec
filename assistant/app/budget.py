"""A time budget for one request: wait at most ``Settings.request_seconds`` for a review or an answer.

The work runs in a daemon thread and the caller stops waiting when the budget
is spent, so the user gets a Japanese sentence (and keeps their text) instead
of a spinner.  Python cannot kill a thread: the computation is *abandoned*,
not stopped, and goes on until it ends by itself.  A fixed number of slots
bounds how many such computations can run at once; a request that finds no
free slot within its budget is refused the same way.  The threads are
daemons, so an abandoned computation never holds up the app's shutdown.

A single C-level call that holds the GIL (a backtracking regular expression,
say) still slows every thread of the process while it runs; the reader's
patterns are kept linear for that reason.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Generic, TypeVar

T = TypeVar("T")


class BudgetExceeded(Exception):
    """The work did not finish within the budget; the message says what to do (Japanese)."""


class Pending(Generic[T]):
    """Work started by :meth:`TimeBudget.start`: done yet, and its result within what is left of the budget."""

    def __init__(self, future: Future[T], deadline: float, message: str) -> None:
        self._future, self._deadline, self._message = future, deadline, message

    def done(self) -> bool:
        return self._future.done() or time.monotonic() >= self._deadline

    def result(self) -> T:
        """The result, or :class:`BudgetExceeded` once the deadline has passed."""
        try:
            return self._future.result(timeout=max(0.0, self._deadline - time.monotonic()))
        except TimeoutError:
            raise BudgetExceeded(self._message) from None


class TimeBudget:
    """Run calls in worker threads and wait for each at most ``seconds``."""

    def __init__(self, seconds: float, slots: int) -> None:
        self.seconds = seconds
        self._slots = threading.BoundedSemaphore(slots)

    def run(self, what: str, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """``fn(*args, **kwargs)``, or :class:`BudgetExceeded` naming ``what`` (e.g. 「点検」) after the budget."""
        return self.start(what, fn, *args, **kwargs).result()

    def start(self, what: str, fn: Callable[..., T], *args: object, **kwargs: object) -> Pending[T]:
        """Start ``fn`` in a worker and return at once, so the caller can show progress while it runs."""
        deadline = time.monotonic() + self.seconds
        if not self._slots.acquire(timeout=self.seconds):
            raise BudgetExceeded(self._message(what))
        future: Future[T] = Future()

        def work() -> None:
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller, who decides
                future.set_exception(exc)
            finally:
                self._slots.release()

        threading.Thread(target=work, name="careplan-request", daemon=True).start()
        return Pending(future, deadline, self._message(what))

    def _message(self, what: str) -> str:
        return (f"{what}が{self.seconds:g}秒以内に終わらなかったので、ケアプランを利用者ごと・表ごとに分けるなどして"
                "短くしてから、もう一度お試しください（入力した内容はそのまま残っています）。")

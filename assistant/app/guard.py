"""An ASGI layer in front of Gradio: only the documented endpoints by name, bounded request bodies.

Gradio answers ``/gradio_api/call/<name>`` and ``/gradio_api/run/<name>`` for
every event handler, including the UI's internal ones marked
``api_visibility="private"``.  This layer lets through only ``call/`` with the
documented names (``review``, ``ask``, ``search``) — ``run/`` would skip the
queue and its concurrency limits — and gradio_client, which joins the queue
like the page, reaches only those same names; the page itself still reaches its
handlers through the queue (``/gradio_api/queue/join``), as a browser must,
behind the same login.  It also refuses request bodies far beyond anything
the app accepts before they are read, turns Gradio's English refusal of an
oversize upload into a Japanese sentence, and — when no login is configured —
refuses requests that came through a reverse proxy (``X-Forwarded-*``,
``Forwarded``): loopback is only private when nothing forwards to it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Mapping, MutableMapping, Sequence
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_NAMED = re.compile(r"(?:^|/)gradio_api/(call|run|api)(?:/v2)?/([^/]+)")
UPLOAD_PATH = "/gradio_api/upload"
NOT_PUBLIC = "この機能は API として公開していないので、/review・/ask・/search を gradio_client から呼んでください。"
PROXIED_WITHOUT_LOGIN = ("リバースプロキシを通して使うとほかの端末から開けるので、CAREPLAN_AUTH_FILE にパスワードファイルを"
                         "指定してアプリを起動し直してください（作り方は README の「複数の利用者で使う」）。")
_PROXY_HEADERS = {b"forwarded", b"x-forwarded-for", b"x-forwarded-host", b"x-forwarded-proto", b"x-real-ip"}


class BodyTooLarge(Exception):
    """The body grew past the limit while being read (a chunked request carries no length)."""


class _Over:
    """Whether a body went past the limit, and whether the app had already begun to answer."""

    seen = False
    started = False


class ApiGuard:
    """Pure ASGI middleware (``app_kwargs={"middleware": [Middleware(ApiGuard, ...)]}``)."""

    def __init__(self, app: ASGIApp, *, public: Mapping[str, Sequence[str]], max_body_bytes: int,
                 max_upload_bytes: int, login_required: bool) -> None:
        """``public``: each documented endpoint's name and the Japanese names of its arguments, in order."""
        self.app = app
        self.public = dict(public)
        self.max_body_bytes = max_body_bytes
        self.max_upload_bytes = max_upload_bytes
        self.login_required = login_required

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not self.login_required and any(key in _PROXY_HEADERS for key, _ in scope.get("headers", [])):
            # Bound to loopback without a login, yet reached through a proxy: the network is on the other side.
            await _respond(send, 403, PROXIED_WITHOUT_LOGIN)
            return
        path = scope["path"]
        named = _NAMED.search(path)
        # run/ and api/ would skip the queue (and its concurrency limits); the queue is closed to them anyway.
        if named and (named.group(1) != "call" or named.group(2) not in self.public):
            await _respond(send, 404, NOT_PUBLIC)
            return
        upload = path.rstrip("/").endswith(UPLOAD_PATH)
        # An upload is bounded per file by Gradio (max_file_size); the body also carries the multipart framing.
        limit = self.max_upload_bytes + 1_000_000 if upload else self.max_body_bytes
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _respond(send, 413, self._too_large(upload))
            return
        if named and scope["method"] == "POST":
            receive, refusal = await self._checked_call(named.group(2), receive)
            if refusal:
                await _respond(send, *refusal)
                return
        over = _Over()
        app_send = self._japanese_upload_refusal(send) if upload else send

        async def guarded_send(message: Message) -> None:
            if over.seen:
                return  # the app's own answer to a cut-off body (an English 400) is replaced below
            if message["type"] == "http.response.start":
                over.started = True
            await app_send(message)

        try:
            await self.app(scope, _counting(receive, limit, over), guarded_send)
        except Exception:
            if not over.seen:
                raise
        if over.seen and not over.started:
            await _respond(send, 413, self._too_large(upload))

    async def _checked_call(self, name: str, receive: Receive) -> tuple[Receive, tuple[int, str] | None]:
        """Read a ``call/<name>`` body (bounded) and check its shape: a malformed one gets Japanese, not English.

        Returns a ``receive`` that replays the body, and the refusal (status, sentence) if there is one.
        """
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_body_bytes:
                return receive, (413, self._too_large(False))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        arguments = self.public[name]
        try:
            data = json.loads(body).get("data")
        except (ValueError, AttributeError):
            data = None
        if not isinstance(data, list) or len(data) != len(arguments):
            sentence = (f"/{name} には JSON の data に [{', '.join(arguments)}] の{len(arguments)}つを"
                        "この順に並べて送ってください。")
            return receive, (422, sentence)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        return replay, None

    def _too_large(self, upload: bool) -> str:
        if upload:
            return upload_too_large(self.max_upload_bytes)
        return "送られてきたデータが大きすぎるので、ケアプランを利用者ごと・表ごとに分けて送ってください。"

    def _japanese_upload_refusal(self, send: Send) -> Send:
        """Replace the body of Gradio's 413 for an oversize file with the Japanese sentence."""
        refusing = False

        async def wrapped(message: Message) -> None:
            nonlocal refusing
            if message["type"] == "http.response.start" and message["status"] == 413:
                refusing = True
                return
            if refusing:
                if message["type"] == "http.response.body" and not message.get("more_body", False):
                    await _respond(send, 413, upload_too_large(self.max_upload_bytes))
                return
            await send(message)

        return wrapped


def upload_too_large(limit: int) -> str:
    return f"ファイルが大きすぎるので、{limit / 1_000_000:g} MB までのファイルにしてください。"


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", []):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _counting(receive: Receive, limit: int, over: _Over) -> Receive:
    """A ``receive`` that stops a body growing past ``limit``."""
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                over.seen = True
                raise BodyTooLarge
        return message

    return wrapped


async def _respond(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail, "error": detail}, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json; charset=utf-8"),
                            (b"content-length", str(len(body)).encode("ascii"))]})
    await send({"type": "http.response.body", "body": body})

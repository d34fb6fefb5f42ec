"""A scripted chat-model server on loopback (or another address of this machine), speaking the real protocols.

It answers OpenAI's ``POST /v1/chat/completions`` (a JSON body, or server-sent
events when the request streams) and Ollama's ``POST /api/chat`` (newline-
delimited JSON), so ``langchain-openai`` and ``langchain-ollama`` are driven
through their own HTTP code.  Each request takes the next scripted reply; the
content is fixed by the test, nothing is random.  Every request body is kept,
so a test can read what was sent (and a test of the offline mode can see that
nothing was).  Served on a non-loopback address of this machine (``host``),
its URL counts as a server off this machine, as a real remote one would.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PIECES = 3  # a streamed reply is sent in this many chunks


@dataclass(frozen=True)
class Scripted:
    """One reply: the assistant's content, an HTTP error status, or a delay before anything is sent."""

    content: str = ""
    status: int = 200
    delay: float = 0.0


class ScriptedModelServer:
    """Start with ``with ScriptedModelServer([...]) as server:``; ``server.url`` is its base URL."""

    def __init__(self, replies: list[Scripted], host: str = "127.0.0.1") -> None:
        self.replies = list(replies)
        self.requests: list[dict[str, Any]] = []
        self.host = host  # another address of this machine makes the URL non-loopback (tests of pseudonymisation)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer((host, 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self._server.server_address[1]}"

    def __enter__(self) -> ScriptedModelServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next(self, body: dict[str, Any]) -> Scripted:
        with self._lock:
            self.requests.append(body)
            return self.replies.pop(0) if self.replies else Scripted(status=503)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet test output
                pass

            def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                reply = server._next(body | {"path": self.path})
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.status != 200:
                    self._send(reply.status, "application/json", json.dumps({"error": {"message": "scripted failure"}}))
                elif self.path.endswith("/chat/completions"):
                    self._openai(body, reply.content)
                elif self.path == "/api/chat":
                    self._ollama(body, reply.content)
                else:
                    self._send(404, "application/json", "{}")

            def _send(self, status: int, kind: str, text: str) -> None:
                data = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (the timeout case)
                    pass

            def _openai(self, body: dict[str, Any], content: str) -> None:
                model = body.get("model", "scripted")
                if not body.get("stream"):
                    self._send(200, "application/json", json.dumps({
                        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": model,
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                     "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}))
                    return
                events = [{"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": model,
                           "choices": [{"index": 0, "delta": {"role": "assistant", "content": piece},
                                        "finish_reason": None}]} for piece in _pieces(content)]
                events.append({"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": model,
                               "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
                text = "".join(f"data: {json.dumps(e, ensure_ascii=False)}\n\n" for e in events) + "data: [DONE]\n\n"
                self._send(200, "text/event-stream", text)

            def _ollama(self, body: dict[str, Any], content: str) -> None:
                model = body.get("model", "scripted")
                lines = [{"model": model, "created_at": "2026-01-01T00:00:00Z",
                          "message": {"role": "assistant", "content": piece}, "done": False}
                         for piece in _pieces(content)]
                lines.append({"model": model, "created_at": "2026-01-01T00:00:00Z",
                              "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop"})
                if body.get("stream") is False:
                    lines = [lines[-1] | {"message": {"role": "assistant", "content": content}}]
                self._send(200, "application/x-ndjson", "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))

        return Handler


def _pieces(content: str) -> list[str]:
    """``content`` cut into PIECES parts at fixed places (streaming without randomness)."""
    step = max(1, -(-len(content) // PIECES))
    return [content[i:i + step] for i in range(0, len(content), step)] or [""]

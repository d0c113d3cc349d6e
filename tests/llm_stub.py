"""A local LLM server stub speaking the real wire protocols, for tests.

* OpenAI: ``POST /v1/chat/completions`` -- a ``chat.completion`` JSON object, or with
  ``"stream": true`` server-sent events ``data: {chat.completion.chunk}\\n\\n`` ending with
  ``data: [DONE]``; ``GET /v1/models``.
* Ollama: ``POST /api/chat`` -- NDJSON chunks (``"done": false`` ... ``"done": true``) when
  ``stream`` is true or absent, one JSON object when false; ``GET /api/tags``.

Replies are scripted: :meth:`LLMStub.script` queues :class:`Reply` objects (text, HTTP
status, delay before answering, token size); when the queue is empty ``default`` is used.
Every request is recorded (:attr:`LLMStub.requests`) so tests can inspect the prompt.

    with LLMStub() as stub:
        stub.script(Reply(status=500), Reply("83 children went missing [1]."))
        ChatOpenAI(base_url=stub.openai_url, api_key="x", model="stub").invoke("hi")
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted response.

    Attributes:
        text: the assistant message content.
        status: HTTP status; non-200 sends the provider's error body.
        delay: seconds to wait before sending anything (timeouts).
        token_chars: characters per streamed chunk (0 = split on word boundaries).
        headers: extra response headers (e.g. ``{"Retry-After": "0"}``).
    """

    text: str = "The documents provided do not answer this."
    status: int = 200
    delay: float = 0.0
    token_chars: int = 0
    headers: dict[str, str] | None = None


def _tokens(text: str, size: int) -> list[str]:
    if size > 0:
        return [text[i:i + size] for i in range(0, len(text), size)] or [""]
    return re.findall(r"\s*\S+", text) or [""]


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:  # keep pytest output clean
        pass

    # -- plumbing ------------------------------------------------------------------------
    def _body(self) -> dict[str, Any]:
        n = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(n) if n else b""
        try:
            return json.loads(raw or b"{}")
        except json.JSONDecodeError:
            return {"_raw": raw.decode("utf-8", "replace")}

    def _send(self, status: int, payload: Any, ctype: str = "application/json", headers: dict | None = None) -> None:
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _start_stream(self, ctype: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def _write(self, data: str) -> None:
        self.wfile.write(data.encode())
        self.wfile.flush()

    # -- routes --------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802
        if self.path.rstrip("/") == "/v1/models":
            self._send(200, {"object": "list", "data": [{"id": "stub", "object": "model", "owned_by": "stub"}]})
        elif self.path.rstrip("/") == "/api/tags":
            self._send(200, {"models": [{"name": "stub", "model": "stub"}]})
        else:
            self._send(404, {"error": "not found"})

    def do_POST(self) -> None:  # noqa: N802
        body = self._body()
        path = self.path.split("?")[0].rstrip("/")
        self.server.stub._record(path, body, {k.lower(): v for k, v in self.headers.items()})
        reply = self.server.stub._next()
        try:
            if reply.delay:
                time.sleep(reply.delay)
            if path.endswith("/chat/completions"):
                self._openai(body, reply)
            elif path == "/api/chat":
                self._ollama(body, reply)
            else:
                self._send(404, {"error": f"no route {path}"})
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def _openai(self, body: dict, reply: Reply) -> None:
        model = body.get("model", "stub")
        if reply.status != 200:
            kind = "rate_limit_exceeded" if reply.status == 429 else "server_error"
            self._send(reply.status, {"error": {"message": f"stub error {reply.status}", "type": kind, "code": kind}},
                       headers=reply.headers)
            return
        created = int(time.time())
        rid = f"chatcmpl-stub{self.server.stub.count}"
        if not body.get("stream"):
            self._send(200, {
                "id": rid, "object": "chat.completion", "created": created, "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.text},
                             "logprobs": None, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 10, "completion_tokens": len(reply.text.split()), "total_tokens": 10 + len(reply.text.split())},
            }, headers=reply.headers)
            return
        self._start_stream("text/event-stream")

        def chunk(delta: dict, finish: str | None = None) -> str:
            return "data: " + json.dumps({"id": rid, "object": "chat.completion.chunk", "created": created, "model": model,
                                          "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}) + "\n\n"

        self._write(chunk({"role": "assistant", "content": ""}))
        for tok in _tokens(reply.text, reply.token_chars):
            self._write(chunk({"content": tok}))
        self._write(chunk({}, "stop"))
        if (body.get("stream_options") or {}).get("include_usage"):
            self._write("data: " + json.dumps({"id": rid, "object": "chat.completion.chunk", "created": created, "model": model,
                                               "choices": [], "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}) + "\n\n")
        self._write("data: [DONE]\n\n")

    def _ollama(self, body: dict, reply: Reply) -> None:
        model = body.get("model", "stub")
        if reply.status != 200:
            self._send(reply.status, {"error": f"stub error {reply.status}"}, headers=reply.headers)
            return
        now = time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime())
        final = {"model": model, "created_at": now, "done": True, "done_reason": "stop", "total_duration": 1000,
                 "load_duration": 10, "prompt_eval_count": 10, "prompt_eval_duration": 100, "eval_count": 5, "eval_duration": 100}
        if body.get("stream") is False:
            self._send(200, {**final, "message": {"role": "assistant", "content": reply.text}}, headers=reply.headers)
            return
        self._start_stream("application/x-ndjson")
        for tok in _tokens(reply.text, reply.token_chars):
            self._write(json.dumps({"model": model, "created_at": now, "message": {"role": "assistant", "content": tok}, "done": False}) + "\n")
        self._write(json.dumps({**final, "message": {"role": "assistant", "content": ""}}) + "\n")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    stub: "LLMStub"


class LLMStub:
    """The stub server (a context manager; binds 127.0.0.1 on a free port)."""

    def __init__(self, default: Reply | None = None):
        self.default = default or Reply()
        self.requests: list[dict[str, Any]] = []
        self._queue: list[Reply] = []
        self._lock = threading.Lock()
        self.count = 0
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.stub = self
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -- control -------------------------------------------------------------------------
    def start(self) -> "LLMStub":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "LLMStub":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def script(self, *replies: Reply | str) -> "LLMStub":
        """Queue replies (strings are 200 replies with that text)."""
        with self._lock:
            self._queue.extend(Reply(r) if isinstance(r, str) else r for r in replies)
        return self

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        """Base URL for Ollama (``http://127.0.0.1:PORT``)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def openai_url(self) -> str:
        """Base URL for OpenAI-compatible clients (``.../v1``)."""
        return self.url + "/v1"

    # -- inspection ----------------------------------------------------------------------
    def _record(self, path: str, body: dict, headers: dict) -> None:
        with self._lock:
            self.count += 1
            self.requests.append({"path": path, "body": body, "headers": headers})

    def _next(self) -> Reply:
        with self._lock:
            return self._queue.pop(0) if self._queue else self.default

    def messages(self, i: int = -1) -> list[dict[str, Any]]:
        """Messages of request ``i`` (default: the last)."""
        return self.requests[i]["body"].get("messages", [])

    def prompt(self, i: int = -1, role: str | None = None) -> str:
        """All message contents of request ``i`` (optionally one role), joined."""
        out = []
        for m in self.messages(i):
            if role and m.get("role") != role:
                continue
            c = m.get("content")
            out.append(c if isinstance(c, str) else json.dumps(c))
        return "\n".join(out)


def closed_port() -> int:
    """A local port with nothing listening (bound then released)."""
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


__all__ = ["LLMStub", "Reply", "closed_port"]

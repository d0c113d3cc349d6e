"""A local stand-in for the Slack Web API, for tests (127.0.0.1 only).

``SlackStub`` runs a ``ThreadingHTTPServer`` on a free port and answers
``POST /api/<method>`` with Slack-shaped JSON (``{"ok": true, ...}``), recording every
call: method, parsed params (form or JSON body), and headers. Point a
``WebClient(base_url=stub.base_url)`` at it.

    with SlackStub() as stub:
        ...
        stub.wait_for(lambda: stub.calls("chat.postMessage"))

``stub.fail[method] = "error_code"`` makes a method answer ``{"ok": false, "error": ...}``;
``stub.replies[(channel, thread_ts)] = [...]`` sets ``conversations.replies`` messages.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs

BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


class SlackStub:
    """Records Web API calls and replies like Slack."""

    def __init__(self) -> None:
        self._calls: list[Call] = []
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self.fail: dict[str, str] = {}
        self.replies: dict[tuple[str, str], list[dict[str, Any]]] = {}
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                method = self.path.split("?")[0].rsplit("/", 1)[-1]
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
                ctype = self.headers.get("Content-Type") or ""
                if "json" in ctype:
                    params = json.loads(raw or "{}")
                else:
                    params = {k: v[0] if len(v) == 1 else v for k, v in parse_qs(raw).items()}
                    for key in ("blocks", "view", "attachments"):
                        if isinstance(params.get(key), str):
                            try:
                                params[key] = json.loads(params[key])
                            except ValueError:
                                pass
                body = stub._respond(method, params, dict(self.headers))
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    # -- lifecycle ----------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/api/"

    def start(self) -> "SlackStub":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> "SlackStub":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- recording ------------------------------------------------------------------------------
    def calls(self, method: str | None = None, **match: Any) -> list[Call]:
        """Recorded calls, optionally of one ``method`` and with params equal to ``match``."""
        with self._lock:
            calls = list(self._calls)
        return [c for c in calls if (method is None or c.method == method)
                and all(c.params.get(k) == v for k, v in match.items())]

    def reset(self) -> None:
        with self._lock:
            self._calls.clear()

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0, interval: float = 0.02) -> Any:
        """Poll ``predicate`` until it returns something truthy; fail after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        while True:
            result = predicate()
            if result:
                return result
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s; calls: {[c.method for c in self.calls()]}")
            time.sleep(interval)

    # -- responses --------------------------------------------------------------------------------
    def _next_ts(self) -> str:
        return f"{1700000000 + next(self._ts)}.000100"

    def _respond(self, method: str, params: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
        with self._lock:
            self._calls.append(Call(method, params, headers))
        if method in self.fail:
            return {"ok": False, "error": self.fail[method]}
        channel = params.get("channel")
        if method == "auth.test":
            return {"ok": True, "url": "https://example.slack.com/", "team": "Example", "user": "safeguarding",
                    "team_id": "T0001", "user_id": BOT_USER_ID, "bot_id": BOT_ID, "is_enterprise_install": False}
        if method == "chat.postMessage":
            ts = self._next_ts()
            return {"ok": True, "channel": channel, "ts": ts,
                    "message": {"type": "message", "user": BOT_USER_ID, "bot_id": BOT_ID, "ts": ts,
                                "text": params.get("text"), "thread_ts": params.get("thread_ts")}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self._next_ts()}
        if method == "chat.update":
            return {"ok": True, "channel": channel, "ts": params.get("ts"), "text": params.get("text")}
        if method in ("reactions.add", "reactions.remove"):
            return {"ok": True}
        if method == "conversations.replies":
            msgs = self.replies.get((channel, params.get("ts")), [])
            return {"ok": True, "messages": msgs, "has_more": False, "response_metadata": {"next_cursor": ""}}
        if method in ("views.publish", "views.open", "views.update"):
            view = params.get("view") or {}
            return {"ok": True, "view": {"id": f"V{next(self._ts)}", **(view if isinstance(view, dict) else {})}}
        return {"ok": False, "error": "unknown_method"}

"""The bolt ``App``: thin listeners over :class:`~assistant.slack.service.SlackService`.

Delivery rules:

* every request is verified by bolt's ``RequestVerification`` (HMAC-SHA256 signature with
  the signing secret; timestamps older than 5 minutes rejected) -> 401 otherwise;
* events are acknowledged at once; the work runs in lazy listeners (bolt's thread pool),
  so Slack always gets its 200 within 3 seconds;
* the :func:`_dedupe` middleware claims each ``event_id`` in SQLite before any listener
  runs: a retry (``X-Slack-Retry-Num``) or a repeated delivery is acknowledged and
  dropped. The service also claims ``(channel, ts)`` so one message arriving as both
  ``message`` and ``app_mention`` is answered once.

Modes: :func:`serve_http` (bolt's WSGI adapter on a threaded stdlib server, events at
``/slack/events``, ``GET /healthz`` for load balancers) and :func:`serve_socket_mode`.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient

from assistant.slack.options import SlackOptions
from assistant.slack.service import Answerer, SlackService
from assistant.slack.store import SlackStore

log = logging.getLogger("assistant.slack")

EVENTS_PATH = "/slack/events"
COMMAND = "/safeguarding"


def web_client(token: str | None, api_url: str | None = None) -> WebClient:
    """A ``WebClient``; ``api_url`` (``SLACK_API_URL``) overrides the base URL."""
    if api_url:
        base = api_url if api_url.endswith("/") else api_url + "/"
        return WebClient(token=token, base_url=base)
    return WebClient(token=token)


@dataclass
class SlackBot:
    """The bolt app and the service behind it."""

    app: App
    service: SlackService
    store: SlackStore
    executor: ThreadPoolExecutor

    def close(self, wait: bool = True) -> None:
        """Stop taking background work; with ``wait``, let running answers finish."""
        self.executor.shutdown(wait=wait)


def create_bot(settings: Any = None, answerer: Answerer | None = None, options: SlackOptions | None = None,
               store: SlackStore | None = None, client: WebClient | None = None,
               token_verification: bool = True) -> SlackBot:
    """Build the bot.

    Args:
        settings: :class:`assistant.config.Settings` (default: the process settings).
        answerer: any object with ``ask(...) -> Answer`` (default: a real ``Assistant``).
        options: Slack options (default: parsed from ``settings.slack``).
        store: SQLite state (default: ``settings.db_path``).
        client: Web API client (default: bot token + ``SLACK_API_URL``).
        token_verification: call ``auth.test`` at start-up (bolt's default).
    """
    if settings is None:
        from assistant.config import get_settings

        settings = get_settings()
    options = options or SlackOptions.from_settings(settings)
    store = store or SlackStore(settings.db_path)
    if answerer is None:
        from assistant.chain import Assistant

        answerer = Assistant(settings)
    client = client or web_client(settings.slack_bot_token, settings.slack_api_url)
    if client.token is None:
        client.token = settings.slack_bot_token
    # bolt's default pool has 5 threads shared by acks and answers; size it from the options
    executor = ThreadPoolExecutor(max_workers=options.listener_threads, thread_name_prefix="slack-listener")
    app = App(
        listener_executor=executor,
        token=None,  # the client carries the bot token (and SLACK_API_URL)
        signing_secret=settings.slack_signing_secret or "",
        client=client,
        process_before_response=False,
        token_verification_enabled=token_verification,
        logger=logging.getLogger("assistant.slack.bolt"),
    )
    service = SlackService(answerer, options, store)
    _register(app, service, store)
    return SlackBot(app=app, service=service, store=store, executor=executor)


def build_app(**kw: Any) -> App:
    """Just the bolt ``App`` (see :func:`create_bot`)."""
    return create_bot(**kw).app


def _register(app: App, service: SlackService, store: SlackStore) -> None:
    @app.middleware
    def _dedupe(body, request, next):
        """Drop retries and repeated deliveries of an event before any listener runs."""
        event_id = body.get("event_id") if isinstance(body, dict) else None
        if body.get("type") == "event_callback" and event_id and not store.claim(f"event:{event_id}"):
            retry = request.headers.get("x-slack-retry-num", [None])[0]
            log.info("duplicate event %s (retry=%s, reason=%s) acknowledged and dropped", event_id, retry,
                     request.headers.get("x-slack-retry-reason", [None])[0])
            return BoltResponse(status=200, body="", headers={"x-slack-no-retry": "1"})
        return next()

    def ack_now(ack):
        ack()

    def on_mention(event, client, context):
        service.handle_event(event, "mention", client, context.bot_user_id)

    def on_message(event, client, context):
        service.handle_event(event, "message", client, context.bot_user_id)

    app.event("app_mention")(ack=ack_now, lazy=[on_mention])
    app.event("message")(ack=ack_now, lazy=[on_message])

    def ack_command(ack, command):
        ack(text=":mag: Looking that up in the safeguarding documents…" if (command.get("text") or "").strip() else None)

    def on_command(command, client, respond):
        service.handle_command(command, client, respond)

    app.command(COMMAND)(ack=ack_command, lazy=[on_command])

    @app.event("app_home_opened")
    def on_home(event, client):
        if event.get("tab", "home") == "home":
            service.publish_home(event["user"], client)

    @app.action("feedback_helpful")
    @app.action("feedback_not_helpful")
    def on_feedback(ack, body, client):
        ack()
        service.handle_feedback_click(body, client)

    @app.view("feedback_reason")
    def on_feedback_reason(ack, view, body):
        ack()
        service.handle_feedback_reason(view, (body.get("user") or {}).get("id"))

    @app.error
    def on_error(error, body):
        log.error("Slack listener error: %s", type(error).__name__, exc_info=error)


# -- serving --------------------------------------------------------------------------------
class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.debug("http: " + format, *args)


def wsgi_app(app: App, path: str = EVENTS_PATH):
    """WSGI application: bolt's ``SlackRequestHandler`` at ``path`` plus ``GET /healthz``."""
    from slack_bolt.adapter.wsgi import SlackRequestHandler

    handler = SlackRequestHandler(app, path=path)

    def application(environ, start_response):
        if environ.get("REQUEST_METHOD") == "GET" and environ.get("PATH_INFO") in ("/healthz", "/health"):
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok"]
        return handler(environ, start_response)

    return application


def http_server(app: App, host: str = "0.0.0.0", port: int = 3000, path: str = EVENTS_PATH) -> WSGIServer:
    """A threaded HTTP server (not yet serving) for ``app``; ``port=0`` picks a free port."""
    return make_server(host, port, wsgi_app(app, path), server_class=_ThreadingWSGIServer,
                       handler_class=_QuietHandler)


def serve_http(app: App, host: str = "0.0.0.0", port: int = 3000, path: str = EVENTS_PATH) -> None:
    """Serve HTTP mode until interrupted (several replicas may share one SQLite file)."""
    server = http_server(app, host, port, path)
    log.info("Slack HTTP mode listening on http://%s:%d%s", host, server.server_port, path)
    try:
        server.serve_forever()
    finally:
        server.server_close()


def serve_socket_mode(app: App, app_token: str) -> None:
    """Serve Socket Mode (outbound WebSocket; no public URL needed) until interrupted."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    SocketModeHandler(app, app_token, web_client=app.client).start()

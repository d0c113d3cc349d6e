"""``assistant slack`` (run the bot) and ``assistant feedback`` (list / export feedback).

Registered into the main CLI through ``assistant.cli.FRONT_MODULES``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

console = Console()
err = Console(stderr=True)


def register(app: typer.Typer) -> None:
    """Add the ``slack`` and ``feedback`` commands to ``app``."""

    @app.command()
    def slack(
        http: bool = typer.Option(False, "--http", help="HTTP mode (events at /slack/events) instead of Socket Mode."),
        port: int = typer.Option(3000, "--port", help="HTTP mode: port to listen on."),
        host: str = typer.Option("0.0.0.0", "--host", help="HTTP mode: address to bind."),
        verbose: bool = typer.Option(False, "--verbose", "-v", help="Debug logging (never logs question text)."),
    ):
        r"""Run the Slack bot: Socket Mode (SLACK_APP_TOKEN) or --http (behind a load balancer).

        Needs SLACK_BOT_TOKEN, plus SLACK_SIGNING_SECRET for --http. SLACK_API_URL overrides
        the Web API base URL. Options (allowlist, channel filters...) come from the
        \[slack] table of the settings file; see docs/slack.md. Exit code 2 on missing tokens.
        """
        from assistant.cli import _settings, config_exit
        from assistant.config import ConfigError

        logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        if not verbose:
            for noisy in ("slack_sdk", "slack_bolt", "httpx", "chromadb", "sentence_transformers"):
                logging.getLogger(noisy).setLevel(logging.WARNING)
        s = _settings()  # a malformed setting ends the command with exit 2
        missing = [name for name, value in (("SLACK_BOT_TOKEN", s.slack_bot_token),
                                            ("SLACK_SIGNING_SECRET" if http else "SLACK_APP_TOKEN",
                                             s.slack_signing_secret if http else s.slack_app_token)) if not value]
        if missing:
            err.print(f"[red]error:[/] set {' and '.join(missing)} (see docs/slack.md)")
            raise typer.Exit(2)
        from assistant.cli import ensure_index
        from assistant.slack.app import create_bot, serve_http, serve_socket_mode
        from assistant.slack.options import SlackOptions

        try:
            options = SlackOptions.from_settings(s)
        except Exception as exc:
            err.print(f"[red]error:[/] bad \\[slack] options: {exc}", highlight=False)
            raise typer.Exit(2)
        ensure_index()
        err.print("Loading the assistant…")
        try:
            bot = create_bot(settings=s, options=options)
        except ConfigError as exc:
            config_exit(exc)  # (a setting read only when the assistant is built: ASSISTANT_SUPPORT_MODEL)
        except Exception as exc:  # noqa: BLE001 - bolt's start-up auth.test: unreachable API or bad token
            from slack_bolt.error import BoltError
            from slack_sdk.errors import SlackApiError

            if not isinstance(exc, (OSError, BoltError, SlackApiError)):
                raise
            api = s.slack_api_url or "https://slack.com/api/"
            reason = " ".join(str(getattr(exc, "reason", None) or exc).split())[:200]
            err.print(f"[red]error:[/] could not check the bot token with the Slack API at {api} "
                      f"(auth.test): {escape(reason)}", highlight=False)
            raise typer.Exit(3)
        if http:
            err.print(f"Slack bot in HTTP mode on http://{host}:{port}/slack/events (Ctrl-C to stop)")
            serve_http(bot.app, host=host, port=port)
        else:
            err.print("Slack bot in Socket Mode (Ctrl-C to stop)")
            serve_socket_mode(bot.app, s.slack_app_token)

    @app.command()
    def feedback(
        csv: Optional[Path] = typer.Option(None, "--csv", help="Export all feedback to this CSV file."),
        limit: int = typer.Option(50, "--limit", help="Rows to list (newest first)."),
    ):
        """List the Helpful / Not helpful feedback given in Slack, or export it as CSV."""
        from assistant.cli import _settings
        from assistant.slack.store import SlackStore

        store = SlackStore(_settings().db_path)
        if csv is not None:
            n = store.export_feedback_csv(csv)
            err.print(f"wrote {n} feedback row{'s' if n != 1 else ''} to {csv}")
            return
        rows = store.feedback(limit=limit)
        if not rows:
            err.print("No feedback yet.")
            return
        helpful = sum(r["rating"] == "helpful" for r in store.feedback())
        table = Table(title=f"Feedback (newest first) · helpful {helpful} of {len(store.feedback())}")
        for col in ("time", "rating", "reason", "answer", "channel", "user", "sources"):
            table.add_column(col, overflow="fold")
        for r in rows:
            table.add_row(r["created"], r["rating"], r["reason"] or "-", r["answer_id"], r["channel"] or "-",
                          r["user_hash"], "; ".join(r["sources"]) or "-")
        console.print(table)

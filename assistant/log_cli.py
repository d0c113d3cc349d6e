"""``assistant log``: show, export and purge the audit log (see :mod:`assistant.audit`).

Registered by :data:`assistant.cli.FRONT_MODULES`.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text


#: the fronts this package logs under (``Assistant.ask(front=...)``)
KNOWN_FRONTS = ("cli", "chat", "slack", "eval")
#: bounds of ``--limit`` and ``--days`` (SQLite and datetime reject larger values)
MAX_LIMIT = 1_000_000_000
MAX_DAYS = 100 * 365


def register(app: typer.Typer) -> None:
    """Add the ``log`` command to ``app``."""

    @app.command("log")
    def log_command(
        limit: int = typer.Option(50, "--limit", "-n", help="Most recent exchanges to show/export (0 = all)."),
        front: Optional[str] = typer.Option(None, "--front", help="Only this front (cli, chat, slack, eval); the table leaves out eval unless asked. A follow-up is logged as made standalone."),
        status: Optional[str] = typer.Option(None, "--status", help="Only this status (answered, not_found, urgent)."),
        days: Optional[float] = typer.Option(None, "--days", help="Only the last N days."),
        csv_file: Optional[Path] = typer.Option(None, "--csv", help="Write the rows to this CSV file."),
        as_json: bool = typer.Option(False, "--json", help="Print the rows as a JSON array."),
        purge: bool = typer.Option(False, "--purge", help="Delete rows older than the retention period (ASSISTANT_AUDIT_RETENTION_DAYS)."),
    ):
        """Show recent exchanges from the audit log (redacted questions, hashed user ids)."""
        from assistant.audit import AuditLog
        from assistant.cli import _settings

        console = Console()
        err = Console(stderr=True)
        if status is not None and status not in ("answered", "not_found", "urgent"):
            err.print(f"error: --status must be one of answered, not_found, urgent (not {status!r})", highlight=False)
            raise typer.Exit(2)
        if limit < 0:
            err.print(f"error: --limit must be 0 (all) or more (not {limit})", highlight=False)
            raise typer.Exit(2)
        if limit > MAX_LIMIT:
            err.print(f"error: --limit must be at most {MAX_LIMIT:,} (not {limit})", highlight=False)
            raise typer.Exit(2)
        if days is not None and not 0 < days <= MAX_DAYS:  # also catches nan and inf
            err.print(f"error: --days must be more than 0 and at most {MAX_DAYS:,} (not {days:g})", highlight=False)
            raise typer.Exit(2)
        if csv_file is not None and not csv_file.parent.is_dir():
            err.print(f"error: --csv {csv_file}: folder {csv_file.parent} does not exist", highlight=False)
            raise typer.Exit(2)
        s = _settings()  # a malformed setting ends the command with exit 2
        audit = AuditLog(s.db_path, s.audit_retention_days)
        try:
            if front is not None:
                # a mistyped front would otherwise print "no exchange matches" and exit 0; library
                # callers may log under fronts of their own, so those in the log are accepted too
                known = set(KNOWN_FRONTS) | set(audit.fronts())
                if front not in known:
                    err.print(f"error: --front must be one of {', '.join(sorted(known))} (not {front!r})",
                              highlight=False)
                    raise typer.Exit(2)
            if purge:
                n = audit.purge()
                keep = f"{s.audit_retention_days} days" if s.audit_retention_days > 0 else "forever"
                err.print(f"purged {n} exchange(s) older than the retention period ({keep})", highlight=False)
                if not (csv_file or as_json):
                    raise typer.Exit(0)
            # the table leaves out evaluation runs unless asked for (one eval run fills it);
            # exports keep every row
            table_view = front is None and not (csv_file or as_json)
            rows = audit.rows(limit=limit or None, front=front, status=status, since_days=days,
                              exclude_front="eval" if table_view else None)
            if table_view and audit.rows(limit=1, front="eval", status=status, since_days=days):
                err.print("(evaluation runs are not shown; --front eval shows them)", highlight=False)
        except typer.Exit:
            raise
        except Exception as exc:  # noqa: BLE001 - sqlite errors: one line, exit 3
            err.print(f"[red]audit log error:[/] {s.db_path}: {exc}", highlight=False)
            raise typer.Exit(3)

        if csv_file:
            try:
                with open(csv_file, "w", newline="", encoding="utf-8") as fh:
                    w = csv.writer(fh)
                    w.writerow(["ts", "front", "user_hash", "question", "status", "sources", "latency_ms",
                                "redactions", "mode"])
                    for r in rows:
                        w.writerow([r["ts"], r["front"], r["user_hash"] or "", r["question"], r["status"],
                                    ";".join(r["sources"]), f"{r['latency_ms'] or 0:.0f}", ";".join(r["redactions"]),
                                    r["mode"] or ""])
            except OSError as exc:  # a folder given as the file, no permission, disk full
                err.print(f"error: --csv {csv_file}: {exc.strerror or exc}", highlight=False)
                raise typer.Exit(2)
            err.print(f"wrote {len(rows)} exchange(s) to {csv_file}", highlight=False)
        if as_json:
            sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
            return
        if csv_file:
            return
        if not rows:
            filtered = front is not None or status is not None or days is not None
            if filtered and audit.rows(limit=1):
                fronts = audit.fronts()
                err.print(f"No exchange matches these filters (fronts in the log: {', '.join(fronts)}).", highlight=False)
            else:
                err.print("The audit log is empty.")
            return
        style = {"answered": "green", "not_found": "yellow", "urgent": "bold red"}
        with_user = any(r["user_hash"] for r in rows)
        if console.width < 120:
            # under 120 columns an eight-column table squeezes the question and cuts the sources, so
            # each exchange becomes a block: a header line, then the question and its sources
            # wrapped to the full width (like ``git log``)
            console.print(f"Recent exchanges ({len(rows)})", style="bold", highlight=False)
            for r in rows:
                head = Text()
                head.append(r["ts"][:16].replace("T", " ") + "  ")
                head.append(r["front"] + "  ")
                head.append(r["status"], style=style.get(r["status"], ""))
                if r["user_hash"]:
                    head.append(f"  user {r['user_hash'][:10]}")
                head.append(f"  {r['latency_ms'] or 0:.0f} ms")
                if r["redactions"]:
                    head.append("  redacted: " + ", ".join(r["redactions"]), style="magenta")
                console.print(head, highlight=False)
                console.print(Padding(Text(r["question"]), (0, 0, 0, 2), expand=False), highlight=False)
                console.print(Padding(Text("sources: " + (", ".join(r["sources"]) or "-"), style="dim"),
                                      (0, 0, 0, 2), expand=False), highlight=False)
            return
        table = Table(title=f"Recent exchanges ({len(rows)})")
        table.add_column("time (UTC)", no_wrap=True)
        table.add_column("front", no_wrap=True)
        if with_user:
            table.add_column("user", no_wrap=True, max_width=10)
        table.add_column("status", no_wrap=True)
        table.add_column("question", overflow="fold", ratio=3)
        table.add_column("sources", overflow="fold", ratio=1)
        table.add_column("ms", justify="right", no_wrap=True)
        table.add_column("redacted", overflow="fold")
        for r in rows:
            # every cell is plain Text: a question may contain "[/]" or "[name]", which as
            # Rich markup would raise MarkupError or vanish
            cells = [Text(r["ts"][:19].replace("T", " ")), Text(r["front"])]
            if with_user:
                cells.append(Text((r["user_hash"] or "-")[:10]))
            cells += [
                Text(r["status"], style=style.get(r["status"], "")),
                Text(r["question"]), Text(", ".join(r["sources"]) or "-"), Text(f"{r['latency_ms'] or 0:.0f}"),
                Text(", ".join(r["redactions"]) or "-"),
            ]
            table.add_row(*cells)
        console.print(table)

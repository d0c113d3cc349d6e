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
from rich.table import Table


def register(app: typer.Typer) -> None:
    """Add the ``log`` command to ``app``."""

    @app.command("log")
    def log_command(
        limit: int = typer.Option(50, "--limit", "-n", help="Most recent exchanges to show/export (0 = all)."),
        front: Optional[str] = typer.Option(None, "--front", help="Only this front (cli, slack, eval...)."),
        status: Optional[str] = typer.Option(None, "--status", help="Only this status (answered, not_found, urgent)."),
        days: Optional[float] = typer.Option(None, "--days", help="Only the last N days."),
        csv_file: Optional[Path] = typer.Option(None, "--csv", help="Write the rows to this CSV file."),
        as_json: bool = typer.Option(False, "--json", help="Print the rows as a JSON array."),
        purge: bool = typer.Option(False, "--purge", help="Delete rows older than the retention period (ASSISTANT_AUDIT_RETENTION_DAYS)."),
    ):
        """Show recent exchanges from the audit log (redacted questions, hashed user ids)."""
        from assistant.audit import AuditLog
        from assistant.config import get_settings

        console = Console()
        err = Console(stderr=True)
        s = get_settings()
        audit = AuditLog(s.db_path, s.audit_retention_days)
        try:
            if purge:
                n = audit.purge()
                keep = f"{s.audit_retention_days} days" if s.audit_retention_days > 0 else "forever"
                err.print(f"purged {n} exchange(s) older than the retention period ({keep})", highlight=False)
                if not (csv_file or as_json):
                    raise typer.Exit(0)
            rows = audit.rows(limit=limit or None, front=front, status=status, since_days=days)
        except typer.Exit:
            raise
        except Exception as exc:  # noqa: BLE001 - sqlite errors: one line, exit 3
            err.print(f"[red]audit log error:[/] {s.db_path}: {exc}", highlight=False)
            raise typer.Exit(3)

        if csv_file:
            with open(csv_file, "w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(["ts", "front", "user_hash", "question", "status", "sources", "latency_ms", "redactions", "mode"])
                for r in rows:
                    w.writerow([r["ts"], r["front"], r["user_hash"] or "", r["question"], r["status"],
                                ";".join(r["sources"]), f"{r['latency_ms'] or 0:.0f}", ";".join(r["redactions"]), r["mode"] or ""])
            err.print(f"wrote {len(rows)} exchange(s) to {csv_file}", highlight=False)
        if as_json:
            sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
            return
        if csv_file:
            return
        if not rows:
            err.print("The audit log is empty.")
            return
        table = Table(title=f"Recent exchanges ({len(rows)})")
        for col in ("time (UTC)", "front", "user", "status", "question", "sources", "ms", "redacted"):
            table.add_column(col, overflow="fold")
        style = {"answered": "green", "not_found": "yellow", "urgent": "bold red"}
        for r in rows:
            table.add_row(
                r["ts"][:19].replace("T", " "), r["front"], (r["user_hash"] or "-")[:10],
                f"[{style.get(r['status'], '')}]{r['status']}[/]" if r["status"] in style else r["status"],
                r["question"], ", ".join(r["sources"]) or "-", f"{r['latency_ms'] or 0:.0f}",
                ", ".join(r["redactions"]) or "-",
            )
        console.print(table)

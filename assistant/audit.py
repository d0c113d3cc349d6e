"""Audit log of every exchange, in SQLite (``assistant.db`` in the data directory).

Placeholder interface; see issue 6 for the full design (redacted question, status,
cited sources, latency, front, hashed user id; retention; ``assistant log``).
"""

from __future__ import annotations

from pathlib import Path

from ingest.models import Answer


class AuditLog:
    """Appends one row per exchange. ``record`` never raises into the caller's path."""

    def __init__(self, db_path: Path, retention_days: int = 365):
        self.db_path = Path(db_path)
        self.retention_days = retention_days

    def record(self, answer: Answer, front: str, user_id: str | None = None) -> None:
        """Store one exchange (the question in ``answer`` is already redacted)."""
        return None

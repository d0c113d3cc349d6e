"""Audit log of every exchange, in SQLite (``assistant.db`` in the data directory).

Table ``audit`` (other modules keep their own tables in the same file)::

    id          INTEGER PRIMARY KEY
    ts          TEXT     UTC ISO-8601 timestamp, e.g. 2024-05-01T12:00:00.123456+00:00
    front       TEXT     cli | slack | eval | chat ...
    user_hash   TEXT     SHA-256(salt || user id) hex, or NULL when no user id was given
    question    TEXT     the question after personal-data redaction
    status      TEXT     answered | not_found | urgent
    sources     TEXT     JSON list of cited source file names (distinct, in citation order)
    latency_ms  REAL     total time to answer
    redactions  TEXT     JSON list of the kinds of personal data removed (no values)
    mode        TEXT     extractive | llm

The salt is a per-install secret, ``audit-salt`` in the data directory (created on first
use, mode 0600): user ids cannot be recovered from the log or matched across installs.
The database runs in WAL mode; every write is one short transaction with a busy timeout,
so many threads (and the Slack front) can record at once.

Retention: rows older than ``retention_days`` are deleted by :meth:`AuditLog.purge`,
which runs automatically once per process on the first write and on ``assistant log
--purge``. ``retention_days <= 0`` keeps rows forever.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from ingest.models import Answer

log = logging.getLogger(__name__)

TABLE = "audit"
SALT_FILE = "audit-salt"
#: longer questions are stored cut to this many characters (a pasted case file need not be kept)
MAX_LOGGED_CHARS = 2000

COLUMNS = ("id", "ts", "front", "user_hash", "question", "status", "sources", "latency_ms", "redactions", "mode")

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ts TEXT NOT NULL,
    front TEXT NOT NULL,
    user_hash TEXT,
    question TEXT NOT NULL,
    status TEXT NOT NULL,
    sources TEXT NOT NULL DEFAULT '[]',
    latency_ms REAL,
    redactions TEXT NOT NULL DEFAULT '[]',
    mode TEXT
);
CREATE INDEX IF NOT EXISTS {TABLE}_ts ON {TABLE}(ts);
"""


class AuditLog:
    """Appends one row per exchange. ``record`` never raises into the caller's path.

    Args:
        db_path: the SQLite file (``settings.db_path``).
        retention_days: rows older than this are purged (``<= 0``: keep forever).

    Thread safety: every call opens its own short-lived connection.
    """

    def __init__(self, db_path: Path, retention_days: int = 365):
        self.db_path = Path(db_path)
        self.retention_days = retention_days
        self._ready = False
        self._purged = False
        self._salt: bytes | None = None
        self._lock = threading.Lock()

    # -- plumbing ------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(str(self.db_path), timeout=30.0, isolation_level=None)
        con.execute("PRAGMA busy_timeout = 30000")
        if not self._ready:
            with self._lock:
                if not self._ready:
                    con.execute("PRAGMA journal_mode = WAL")
                    con.executescript(_SCHEMA)
                    self._ready = True
        return con

    def salt(self) -> bytes:
        """The per-install secret (created atomically on first use, mode 0600)."""
        if self._salt is None:
            path = self.db_path.parent / SALT_FILE
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                pass
            else:
                with os.fdopen(fd, "w") as fh:
                    fh.write(secrets.token_hex(32))
            value = path.read_text().strip()
            if not value:  # a concurrent creator has not finished writing yet
                import time

                time.sleep(0.05)
                value = path.read_text().strip()
            self._salt = value.encode()
        return self._salt

    def hash_user(self, user_id: str | None) -> str | None:
        """SHA-256 of the per-install salt and ``user_id`` (hex), or ``None``."""
        if not user_id:
            return None
        return hashlib.sha256(self.salt() + b"\x00" + str(user_id).encode("utf-8")).hexdigest()

    # -- writing -------------------------------------------------------------------------
    def record(self, answer: Answer, front: str, user_id: str | None = None) -> None:
        """Store one exchange. The question is redacted again here (idempotent) so raw
        personal data can never reach the log even if a caller forgot."""
        try:
            from assistant.safety import redact

            red = redact(answer.question or "")
            kinds = list(dict.fromkeys(list(answer.extra.get("redacted") or []) + red.found))
            sources = list(dict.fromkeys(c.source for c in answer.citations))
            row = (
                datetime.now(timezone.utc).isoformat(),
                front or "unknown",
                self.hash_user(user_id),
                red.text if len(red.text) <= MAX_LOGGED_CHARS else red.text[:MAX_LOGGED_CHARS] + " [...]",
                answer.status,
                json.dumps(sources, ensure_ascii=False),
                float(answer.timings_ms.get("total") or 0.0),
                json.dumps(kinds),
                str(answer.extra.get("mode") or ""),
            )
            con = self._connect()
            try:
                con.execute(
                    f"INSERT INTO {TABLE} (ts, front, user_hash, question, status, sources, latency_ms, redactions, mode) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row,
                )
            finally:
                con.close()
            if not self._purged:
                self._purged = True
                self.purge()
        except Exception as exc:  # noqa: BLE001 - the audit log must never break an answer
            # no user text in the message: only the exception type and the db path
            log.warning("audit log write failed (%s) for %s", type(exc).__name__, self.db_path)

    def purge(self, retention_days: int | None = None) -> int:
        """Delete rows older than the retention period; returns how many were deleted."""
        days = self.retention_days if retention_days is None else retention_days
        if days is None or days <= 0:
            return 0
        cutoff = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat()
        con = self._connect()
        try:
            cur = con.execute(f"DELETE FROM {TABLE} WHERE ts < ?", (cutoff,))
            return cur.rowcount or 0
        finally:
            con.close()

    # -- reading -------------------------------------------------------------------------
    def rows(self, limit: int | None = 50, front: str | None = None, status: str | None = None,
             since_days: float | None = None, exclude_front: str | None = None) -> list[dict[str, Any]]:
        """Most recent rows first, as dicts (``sources``/``redactions`` decoded); ``front``
        keeps one front's rows, ``exclude_front`` drops one front's (``"eval"``)."""
        if not self.db_path.is_file():
            return []
        where, args = [], []
        if front:
            where.append("front = ?")
            args.append(front)
        if exclude_front:
            where.append("front != ?")
            args.append(exclude_front)
        if status:
            where.append("status = ?")
            args.append(status)
        if since_days:
            where.append("ts >= ?")
            args.append((datetime.now(timezone.utc) - timedelta(days=since_days)).isoformat())
        sql = f"SELECT {', '.join(COLUMNS)} FROM {TABLE}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        con = self._connect()
        try:
            out = []
            for r in con.execute(sql, args):
                d = dict(zip(COLUMNS, r))
                d["sources"] = json.loads(d["sources"] or "[]")
                d["redactions"] = json.loads(d["redactions"] or "[]")
                out.append(d)
            return out
        finally:
            con.close()

    def fronts(self) -> list[str]:
        """The distinct front names in the log, sorted (``[]`` when there is no log yet)."""
        if not self.db_path.is_file():
            return []
        con = self._connect()
        try:
            return sorted(r[0] for r in con.execute(f"SELECT DISTINCT front FROM {TABLE}"))
        finally:
            con.close()

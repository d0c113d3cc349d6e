"""SQLite state of the Slack front, in the shared ``assistant.db`` (``Settings.db_path``).

Tables (all owned by this module; the audit log lives in the same file):

``slack_events``   de-duplication keys: ``event:<event_id>`` and ``msg:<channel>:<ts>``.
                   Claiming a key is one ``INSERT OR IGNORE``: the first claimant wins,
                   across threads, processes and replicas sharing the file.
``slack_threads``  one row per answered turn (channel, thread, redacted question, answer):
                   a thread with rows is one the bot answered in; rows are the history
                   used to condense follow-ups.
``slack_answers``  each posted answer: id, channel, thread, hashed user, status, sources.
``feedback``       Helpful / Not helpful clicks with an optional reason.
``slack_rate``     recent question times per hashed user (rate limit).

Connections are opened per operation (WAL mode, busy timeout, short transactions), so
the store is safe to use from bolt's listener threads.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

SCHEMA = """
CREATE TABLE IF NOT EXISTS slack_events (
    key TEXT PRIMARY KEY,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS slack_threads (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    thread_ts TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS slack_threads_key ON slack_threads(channel, thread_ts);
CREATE TABLE IF NOT EXISTS slack_answers (
    answer_id TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    thread_ts TEXT,
    user_hash TEXT,
    status TEXT NOT NULL,
    sources TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    answer_id TEXT NOT NULL,
    channel TEXT,
    user_hash TEXT NOT NULL,
    rating TEXT NOT NULL,
    reason TEXT,
    sources TEXT NOT NULL,
    created TEXT NOT NULL,
    UNIQUE(answer_id, user_hash)
);
CREATE TABLE IF NOT EXISTS slack_rate (
    user_hash TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS slack_rate_user ON slack_rate(user_hash, at);
"""

FEEDBACK_COLUMNS = ("id", "created", "answer_id", "channel", "user_hash", "rating", "reason", "sources")


def hash_user(user_id: str | None, salt: str = "") -> str:
    """Stable, non-reversible id for a Slack user (16 hex chars of SHA-256)."""
    return hashlib.sha256(f"slack:{salt}:{user_id or ''}".encode()).hexdigest()[:16]


class SlackStore:
    """The Slack tables in one SQLite file."""

    def __init__(self, db_path: Path | str, dedupe_days: float = 7.0):
        self.db_path = Path(db_path)
        self.dedupe_seconds = dedupe_days * 86400
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        with self._conn() as con:
            con.execute("PRAGMA journal_mode=WAL")
            con.executescript(SCHEMA)

    @contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        con = sqlite3.connect(self.db_path, timeout=10.0, isolation_level=None)
        try:
            con.execute("PRAGMA busy_timeout=10000")
            yield con
        finally:
            con.close()

    # -- de-duplication -------------------------------------------------------------------
    def claim(self, key: str) -> bool:
        """Claim a de-dup key; ``True`` only for the first caller ever (per retention)."""
        now = time.time()
        with self._conn() as con:
            cur = con.execute("INSERT OR IGNORE INTO slack_events(key, created) VALUES (?, ?)", (key, now))
            claimed = cur.rowcount == 1
            if claimed and int(now) % 97 == 0:  # occasional cheap clean-up
                con.execute("DELETE FROM slack_events WHERE created < ?", (now - self.dedupe_seconds,))
        return claimed

    def seen(self, key: str) -> bool:
        with self._conn() as con:
            return con.execute("SELECT 1 FROM slack_events WHERE key = ?", (key,)).fetchone() is not None

    # -- threads --------------------------------------------------------------------------
    def add_turn(self, channel: str, thread_ts: str, question: str, answer: str) -> None:
        with self._conn() as con:
            con.execute("INSERT INTO slack_threads(channel, thread_ts, question, answer, created) VALUES (?,?,?,?,?)",
                        (channel, thread_ts, question, answer, time.time()))

    def has_thread(self, channel: str, thread_ts: str) -> bool:
        with self._conn() as con:
            return con.execute("SELECT 1 FROM slack_threads WHERE channel=? AND thread_ts=? LIMIT 1",
                               (channel, thread_ts)).fetchone() is not None

    def history(self, channel: str, thread_ts: str, limit: int = 3, since: float | None = None) -> list[tuple[str, str]]:
        """Last ``limit`` ``(question, answer)`` turns of a thread, oldest first."""
        if limit <= 0:
            return []
        with self._conn() as con:
            rows = con.execute(
                "SELECT question, answer FROM slack_threads WHERE channel=? AND thread_ts=? AND created >= ? "
                "ORDER BY id DESC LIMIT ?", (channel, thread_ts, since or 0.0, limit)).fetchall()
        return [(q, a) for q, a in reversed(rows)]

    # -- answers & feedback -----------------------------------------------------------------
    def add_answer(self, answer_id: str, channel: str, thread_ts: str | None, user_hash: str,
                   status: str, sources: list[str]) -> None:
        with self._conn() as con:
            con.execute("INSERT OR REPLACE INTO slack_answers VALUES (?,?,?,?,?,?,?)",
                        (answer_id, channel, thread_ts, user_hash, status, json.dumps(sources), time.time()))

    def answer_sources(self, answer_id: str) -> list[str]:
        with self._conn() as con:
            row = con.execute("SELECT sources FROM slack_answers WHERE answer_id=?", (answer_id,)).fetchone()
        return json.loads(row[0]) if row else []

    def record_feedback(self, answer_id: str, channel: str | None, user_hash: str, rating: str,
                        reason: str | None = None) -> None:
        """Store (or replace) one user's rating of one answer, with the answer's sources."""
        sources = json.dumps(self.answer_sources(answer_id))
        created = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._conn() as con:
            con.execute(
                "INSERT INTO feedback(answer_id, channel, user_hash, rating, reason, sources, created) "
                "VALUES (?,?,?,?,?,?,?) ON CONFLICT(answer_id, user_hash) DO UPDATE SET "
                "rating=excluded.rating, reason=COALESCE(excluded.reason, feedback.reason), "
                "created=excluded.created",
                (answer_id, channel, user_hash, rating, reason, sources, created))

    def set_feedback_reason(self, answer_id: str, user_hash: str, reason: str) -> bool:
        with self._conn() as con:
            cur = con.execute("UPDATE feedback SET reason=? WHERE answer_id=? AND user_hash=?",
                              (reason, answer_id, user_hash))
            return cur.rowcount > 0

    def feedback(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Stored feedback, newest first."""
        sql = f"SELECT {', '.join(FEEDBACK_COLUMNS)} FROM feedback ORDER BY id DESC"
        params: tuple = ()
        if limit:
            sql += " LIMIT ?"
            params = (limit,)
        with self._conn() as con:
            rows = con.execute(sql, params).fetchall()
        out = []
        for row in rows:
            d = dict(zip(FEEDBACK_COLUMNS, row))
            d["sources"] = json.loads(d["sources"] or "[]")
            out.append(d)
        return out

    def export_feedback_csv(self, path: Path | str) -> int:
        """Write all feedback to ``path`` as CSV (sources joined with ``; ``); returns rows."""
        rows = self.feedback()
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(FEEDBACK_COLUMNS)
            for r in rows:
                w.writerow([r[c] if c != "sources" else "; ".join(r["sources"]) for c in FEEDBACK_COLUMNS])
        return len(rows)

    # -- rate limit -----------------------------------------------------------------------
    def rate_hit(self, user_hash: str, limit: int, window: float) -> bool:
        """Count one question for ``user_hash``; ``False`` when over ``limit`` in ``window``
        seconds (the refused question is not counted)."""
        if limit <= 0:
            return True
        now = time.time()
        with self._conn() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                con.execute("DELETE FROM slack_rate WHERE at < ?", (now - window,))
                (n,) = con.execute("SELECT COUNT(*) FROM slack_rate WHERE user_hash=?", (user_hash,)).fetchone()
                ok = n < limit
                if ok:
                    con.execute("INSERT INTO slack_rate(user_hash, at) VALUES (?, ?)", (user_hash, now))
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return ok

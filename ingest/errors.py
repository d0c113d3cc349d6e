"""Errors raised by ingest. Each carries a one-line, user-facing message naming the file."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """A file could not be ingested. ``str(err)`` is one line: ``"<file>: <reason>"``.

    Attributes:
        path: the offending file.
        reason: short reason without the file name.
    """

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class UnsupportedFormat(IngestError):
    """The file's extension has no loader."""

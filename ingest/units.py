"""Quotable units of a chunk: sentences of paragraph lines, whole list items and table rows.

Every unit is a ``(start, end)`` span of ``chunk.text``, so a quote built from units is a
verbatim substring of the passage. The indexer embeds every unit once at ingest time and
the extractive answerer scores them at question time.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.models import Chunk
from ingest.sentences import sentence_spans


@dataclass(frozen=True)
class Unit:
    """A span ``chunk.text[start:end]`` of kind ``paragraph``/``footnote`` (a sentence),
    ``list_item``, ``table_row`` or ``table_header``, on body line ``line`` (0-based)."""

    start: int
    end: int
    kind: str
    line: int


def chunk_units(chunk: Chunk) -> list[Unit]:
    """Units of ``chunk`` in reading order."""
    units: list[Unit] = []
    kinds = chunk.line_kinds
    offset = 0
    for li, line in enumerate(chunk.text.split("\n")):
        kind = kinds[li] if li < len(kinds) else ("list_item" if line.startswith("- ") else "paragraph")
        if kind in ("paragraph", "footnote"):
            for a, b in sentence_spans(line):
                units.append(Unit(offset + a, offset + b, kind, li))
        elif line.strip():
            units.append(Unit(offset, offset + len(line), kind, li))
        offset += len(line) + 1
    return units

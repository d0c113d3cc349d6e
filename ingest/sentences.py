"""Sentence splitting that respects abbreviations, decimals and initials.

Used by the chunker (to split over-long paragraphs) and by the extractive answerer (to
choose quotable sentences). Returns character spans so that every sentence is an exact
substring of its input: the answerer's quotes must be verbatim.

The rule set is a small Punkt-style heuristic (cf. Kiss & Strunk 2006, "Unsupervised
Multilingual Sentence Boundary Detection") with a fixed abbreviation list rather than a
trained model: a boundary is ``[.!?]`` (optionally followed by a closing quote/bracket),
then whitespace, then an upper-case letter, digit or opening quote, unless the token
before the period is a known abbreviation, a single initial, or a number like ``80.3``.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = {
    "e.g", "i.e", "etc", "vs", "cf", "al", "approx", "dr", "mr", "mrs", "ms", "prof", "st",
    "no", "nos", "fig", "vol", "p", "pp", "para", "paras", "sec", "ch", "inc", "ltd", "co",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "obe", "mbe", "cbe", "govt", "dept", "est", "min", "max", "ref",
}

_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9•\-–])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences.

    Args:
        text: one paragraph (newlines are treated as hard boundaries).

    Returns:
        list of ``(start, end)`` character offsets; ``text[start:end]`` is a sentence with
        surrounding whitespace trimmed. Empty input gives ``[]``.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        _split_line(line, offset, spans)
        offset += len(line) + 1
    return spans


def _split_line(line: str, offset: int, spans: list[tuple[int, int]]) -> None:
    start = 0
    for m in _BOUNDARY.finditer(line):
        end = m.start() + 1
        before = line[start:m.start()]
        last = re.findall(r"[\w.]+$", before)
        token = last[0].lower().rstrip(".") if last else ""
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        # keep closing quotes/brackets with the sentence
        close = m.group(0)[1:]
        end += len(close.rstrip())
        _add(line, start, end, offset, spans)
        start = m.end()
    _add(line, start, len(line), offset, spans)


def _add(line: str, start: int, end: int, offset: int, spans: list[tuple[int, int]]) -> None:
    seg = line[start:end]
    stripped = seg.strip()
    if not stripped:
        return
    lead = len(seg) - len(seg.lstrip())
    spans.append((offset + start + lead, offset + start + lead + len(stripped)))


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text`` as strings (see :func:`sentence_spans`)."""
    return [text[a:b] for a, b in sentence_spans(text)]

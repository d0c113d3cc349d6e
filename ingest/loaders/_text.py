"""Shared text-cleaning helpers for the loaders (private)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Iterable

from ingest.errors import IngestError
from ingest.models import Block

_WS = re.compile(r"\s+")
# characters NFKC leaves alone but that should not survive into indexed text
_TRANSLATE = str.maketrans(
    {
        "\u00ad": "",  # soft hyphen
        "\u200b": "",  # zero-width space
        "\u200c": "",
        "\u200d": "",
        "\ufeff": "",
        "\u2060": "",
    }
)


def read_utf8(path: Path, what: str = "text file") -> str:
    """The file's text, decoded as UTF-8 (a BOM is dropped).

    Raises:
        IngestError: unreadable, not valid UTF-8 (with the byte offset), or containing
            NUL bytes (binary data under a text extension).
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise IngestError(path, f"cannot read file: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(path, f"not valid UTF-8 text (byte offset {exc.start})") from exc
    if "\x00" in text:
        raise IngestError(path, f"binary data (NUL bytes) in a {what}")
    return text


def normalize(text: str) -> str:
    """NFKC-normalise (ligatures such as "ﬀ" -> "ff", NBSP -> space) and drop invisibles.

    A trade mark sign is kept as it is: NFKC would spell it "TM" and glue it to the name
    ("Chronolator™" -> "ChronolatorTM", a word no question uses)."""
    if not text:
        return ""
    return "\u2122".join(unicodedata.normalize("NFKC", part) for part in text.split("\u2122")).translate(_TRANSLATE)


def collapse(text: str) -> str:
    """Collapse runs of whitespace (including newlines) to one space and strip."""
    return _WS.sub(" ", text).strip()


def join_lines(lines: Iterable[str]) -> str:
    """Join wrapped lines into one line.

    A line ending in a hyphen directly after a letter is joined without a space
    ("self-" + "neglect" -> "self-neglect"); other lines are joined with one space.
    """
    out = ""
    for raw in lines:
        line = collapse(raw)
        if not line:
            continue
        if not out:
            out = line
        elif re.search(r"[A-Za-z]-$", out) and not re.search(r"\s-$", out):
            out += line
        else:
            out += " " + line
    return out


def clean(text: str) -> str:
    """normalize + join wrapped lines."""
    return join_lines(normalize(text).splitlines())


_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]]$")


def rejoin_split_paragraphs(blocks: list[Block]) -> list[Block]:
    """Re-join a paragraph (or list item) that a footnote or page break interrupted.

    ``P`` (paragraph/list item) not ending a sentence, then only footnote blocks, then
    a paragraph starting in lower case: the continuation is appended to ``P`` and the
    footnotes stay after it. A continuation from a later page is recorded in ``P``'s
    ``page_breaks``, so a sentence after the break keeps its own page.
    """
    out: list[Block] = []
    for b in blocks:
        if b.kind in ("paragraph", "list_item") and b.text[:1].islower():
            k = len(out) - 1
            while k >= 0 and out[k].kind == "footnote":
                k -= 1
            interrupted = k < len(out) - 1 or (k >= 0 and out[k].page != b.page)
            ok_kinds = ("paragraph", "list_item") if b.kind == "paragraph" else ("list_item",)
            if (
                interrupted
                and k >= 0
                and out[k].kind in ok_kinds
                and not _SENTENCE_END.search(out[k].text)
            ):
                prev = out[k]
                joined = join_lines([prev.text, b.text])
                at = len(joined) - len(collapse(b.text))  # where the continuation starts
                now = prev.page_breaks[-1][1] if prev.page_breaks else prev.page
                breaks = [(at, b.page)] if b.page is not None and now is not None and b.page != now else []
                prev.page_breaks = (*prev.page_breaks, *breaks, *((at + o, pg) for o, pg in b.page_breaks))
                prev.text = joined
                continue
        out.append(b)
    return out

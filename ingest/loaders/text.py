"""Plain-text loader.

* UTF-8 only (a BOM is fine); anything else is rejected with the byte offset;
* paragraphs are separated by blank lines, wrapped lines are joined;
* lines starting with ``- ``, ``* ``, ``• `` or ``1. `` / ``1) `` are list items;
* a line underlined with ``====`` / ``----``, or a short ALL-CAPS line standing on its
  own, is a heading (``====`` and ALL CAPS -> level 1, ``----`` -> level 2).
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.loaders._text import collapse, join_lines, normalize, read_utf8
from ingest.models import Block, LoadedDocument

_BULLET = re.compile(r"^\s*(?:[-*•●▪◦–]|\d{1,3}[.)]|[a-z][.)])\s+(.*)$")
_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")


def _is_caps_heading(line: str) -> bool:
    s = line.strip()
    letters = [c for c in s if c.isalpha()]
    return (
        3 <= len(s) <= 80
        and len(letters) >= 3
        and all(not c.islower() for c in letters)
        and not s.endswith((".", ",", ";"))
        and len(s.split()) <= 12
    )


def load_text(path: Path) -> LoadedDocument:
    """Load a UTF-8 text file.

    Raises:
        IngestError: unreadable file or not valid UTF-8.
    """
    path = Path(path)
    text = read_utf8(path, "text file")
    text = normalize(text.replace("\r\n", "\n").replace("\r", "\n"))

    blocks: list[Block] = []
    lines = text.split("\n")
    para: list[str] = []
    item: list[str] | None = None

    def flush() -> None:
        nonlocal para, item
        if item is not None:
            t = join_lines(item)
            if t:
                blocks.append(Block("list_item", t))
            item = None
        if para:
            if len(para) == 1 and _is_caps_heading(para[0]):
                blocks.append(Block("heading", collapse(para[0]), level=1))
            else:
                t = join_lines(para)
                if t:
                    blocks.append(Block("paragraph", t))
            para = []

    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if not line.strip():
            flush()
            i += 1
            continue
        # setext-style heading: text line followed by ==== or ----
        if (
            i + 1 < n
            and _UNDERLINE.match(lines[i + 1])
            and len(lines[i + 1].strip()) >= 3
            and not _BULLET.match(line)
            and not para
            and item is None
        ):
            flush()
            level = 1 if lines[i + 1].strip().startswith("=") else 2
            blocks.append(Block("heading", collapse(line), level=level))
            i += 2
            continue
        m = _BULLET.match(line)
        if m:
            flush()
            item = [m.group(1)]
            i += 1
            continue
        if item is not None:
            # continuation of a list item (typically indented)
            item.append(line)
            i += 1
            continue
        para.append(line)
        i += 1
    flush()

    title = blocks[0].text if blocks and blocks[0].kind == "heading" else path.stem
    return LoadedDocument(source=path.name, title=title, blocks=blocks)

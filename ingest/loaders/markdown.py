"""Markdown loader: headings, paragraphs, lists, pipe tables and footnotes.

Handles the inline HTML that HTML->Markdown converters leave behind: ``<sup>n</sup>``
footnote markers are dropped from sentences (``31<sup>st</sup>`` becomes ``31st``),
``<sup>n</sup> text`` at the start of a paragraph is a footnote, ``<br>`` inside table
cells becomes a space, other tags are stripped and entities unescaped.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from bs4 import BeautifulSoup

from ingest.loaders._text import collapse, join_lines, normalize, read_utf8, rejoin_split_paragraphs
from ingest.models import Block, LoadedDocument

_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_HR = re.compile(r"^ {0,3}([-*_])(\s*\1){2,}\s*$")
_BULLET = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_FOOTNOTE_START = re.compile(r"^\s*(?:<sup>\s*(\d{1,3})\s*</sup>|\[\^(\d{1,3})\]:)\s*(.*)$", re.S)

# ordinal suffixes written as superscript: 31<sup>st</sup>, 1 <sup>st</sup>
_SUP_ORDINAL = re.compile(r"(\d)\s*<sup>\s*(st|nd|rd|th)\s*</sup>", re.I)
# footnote markers inside a sentence: <sup>12</sup>, <sup>[3]</sup>, [^3]
_SUP_MARKER = re.compile(r"\s*<sup>\s*\[?\d{1,3}\]?\s*</sup>|\[\^\d{1,3}\](?!:)")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+|mailto:[^>\s]+)>")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_REFLINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_EMPH = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_STRAY_STARS = re.compile(r"\*{2,}")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_BR = re.compile(r"<br\s*/?>", re.I)
_CODE = re.compile(r"`([^`]+)`")


_PROTECT = {"*": "\ue000", "_": "\ue001", "|": "\ue002"}


def _inline(text: str) -> str:
    """Markdown inline text -> plain one-line text."""
    text = normalize(text)
    # protect backslash-escaped emphasis characters from the emphasis stripper
    text = re.sub(r"\\([*_|])", lambda m: _PROTECT[m.group(1)], text)
    text = _SUP_ORDINAL.sub(r"\1\2", text)
    text = _SUP_MARKER.sub("", text)
    text = _BR.sub(" ", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REFLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    if "<" in text and _TAG.search(text):
        text = BeautifulSoup(text, "lxml").get_text(" ")
    else:
        text = html.unescape(text)
    for _ in range(3):
        new = _EMPH.sub(r"\2", text)
        if new == text:
            break
        text = new
    text = _STRAY_STARS.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    for ch, ph in _PROTECT.items():
        text = text.replace(ph, ch)
    text = collapse(text)
    # "word ." left behind by a removed marker / tag
    text = re.sub(r"\s+([.,;:!?])(?=\s|$)", r"\1", text)
    return text


def _split_row(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [c.strip() for c in cells]


def _cell_blocks(cell: str, base_level: int) -> list[Block]:
    """Block-level HTML inside a table cell (e.g. a caption ``<h2>..</h2><p>..</p>``)."""
    if not re.search(r"<(h[1-6]|p)\b", cell, re.I):
        t = _inline(cell)
        return [Block("paragraph", t)] if t else []
    soup = BeautifulSoup(normalize(cell), "lxml")
    out: list[Block] = []
    for el in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p"]):
        t = collapse(el.get_text(" "))
        if not t:
            continue
        if el.name.startswith("h"):
            out.append(Block("heading", t, level=min(6, base_level + 1)))
        else:
            out.append(Block("paragraph", t))
    return out


def _is_bold_only(line: str) -> bool:
    s = line.strip()
    return bool(re.fullmatch(r"(\*\*|__)(?!\s)[^*_]{1,100}?(?<!\s)\1", s))


def _parse(text: str) -> tuple[list[Block], str | None]:
    lines = text.splitlines()
    blocks: list[Block] = []
    fm_title: str | None = None

    i = 0
    n = len(lines)
    # YAML front matter
    if n and lines[0].strip() == "---":
        for j in range(1, min(n, 200)):
            if lines[j].strip() in ("---", "..."):
                for fl in lines[1:j]:
                    m = re.match(r"^title\s*:\s*(.+)$", fl.strip(), re.I)
                    if m:
                        fm_title = m.group(1).strip().strip("'\"") or None
                i = j + 1
                break

    current_level = 0
    para: list[str] = []

    def flush_para() -> None:
        nonlocal para
        if not para:
            return
        raw = para
        para = []
        joined = join_lines(raw)
        m = _FOOTNOTE_START.match(joined)
        if m:
            num = m.group(1) or m.group(2)
            body = _inline(m.group(3))
            blocks.append(Block("footnote", f"{num} {body}".strip()))
            return
        if len(raw) == 1 and _is_bold_only(raw[0]):
            t = _inline(raw[0])
            if t and not t.endswith((".", ":")):
                blocks.append(Block("heading", t, level=min(6, current_level + 1)))
                return
        t = _inline(joined)
        if t:
            blocks.append(Block("paragraph", t))

    while i < n:
        line = lines[i]
        stripped = line.strip()

        if not stripped:
            flush_para()
            i += 1
            continue

        if _FENCE.match(line):
            flush_para()
            fence = _FENCE.match(line).group(1)
            j = i + 1
            code: list[str] = []
            while j < n and not lines[j].strip().startswith(fence):
                code.append(lines[j])
                j += 1
            for c in code:
                t = collapse(normalize(c))
                if t:
                    blocks.append(Block("paragraph", t))
            i = j + 1
            continue

        m = _HEADING.match(line)
        if m:
            flush_para()
            level = len(m.group(1))
            t = _inline(m.group(2) or "")
            if t:
                blocks.append(Block("heading", t, level=level))
                current_level = level
            i += 1
            continue

        # setext heading: paragraph line followed by ==== / ----
        if para and len(para) == 1 and _SETEXT.match(line) and not _BULLET.match(para[0]):
            level = 1 if stripped.startswith("=") else 2
            t = _inline(para[0])
            para = []
            if t:
                blocks.append(Block("heading", t, level=level))
                current_level = level
            i += 1
            continue

        if _HR.match(line):
            flush_para()
            i += 1
            continue

        # pipe table: a row line followed by a separator line
        if "|" in stripped and i + 1 < n and _TABLE_SEP.match(lines[i + 1]) and "-" in lines[i + 1]:
            flush_para()
            header_cells = _split_row(line)
            i += 2
            rows: list[list[str]] = []
            while i < n and lines[i].strip() and "|" in lines[i]:
                rows.append(_split_row(lines[i]))
                i += 1
            _emit_table(blocks, header_cells, rows, current_level)
            continue

        m = _BULLET.match(line)
        if m and not (para and m.group(1) and False):
            flush_para()
            item = [m.group(2)]
            i += 1
            # lazy continuation lines (not blank, not a new block)
            while i < n:
                nl = lines[i]
                ns = nl.strip()
                if (
                    not ns
                    or _BULLET.match(nl)
                    or _HEADING.match(nl)
                    or _HR.match(nl)
                    or (ns.startswith("|") and "|" in ns[1:])
                    or _FOOTNOTE_START.match(ns)
                ):
                    break
                item.append(nl)
                i += 1
            t = _inline(join_lines(item))
            if t:
                blocks.append(Block("list_item", t))
            continue

        if stripped.startswith(">"):
            line = re.sub(r"^\s*(>\s?)+", "", line)
        para.append(line)
        i += 1

    flush_para()
    return blocks, fm_title


def _emit_table(
    blocks: list[Block], header_cells: list[str], rows: list[list[str]], level: int
) -> None:
    # A header row whose only content is a long first cell is a caption
    # (converter put the table title into the header), promote the next row.
    nonempty = [c for c in header_cells if _inline(c)]
    if (
        len(header_cells) >= 3
        and len(nonempty) == 1
        and _inline(header_cells[0])
        and rows
    ):
        blocks.extend(_cell_blocks(header_cells[0], level))
        header_cells = rows[0]
        rows = rows[1:]
    hdr_clean = [_inline(c) for c in header_cells]
    header = " | ".join(hdr_clean) if any(hdr_clean) else None
    for r in rows:
        cells = [_inline(c) for c in r]
        if not any(cells):
            continue
        blocks.append(Block("table_row", " | ".join(cells), header=header))


def load_markdown(path: Path) -> LoadedDocument:
    """Load a Markdown file into ordered blocks.

    Raises:
        IngestError: the file cannot be read or is not UTF-8 text.
    """
    path = Path(path)
    text = read_utf8(path, "Markdown file")

    blocks, fm_title = _parse(text)
    blocks = rejoin_split_paragraphs(blocks)

    title = fm_title
    if not title:
        h1 = next((b for b in blocks if b.kind == "heading" and b.level == 1), None)
        if h1 is not None:
            title = h1.text
        elif blocks and blocks[0].kind == "heading":
            title = blocks[0].text
    return LoadedDocument(source=path.name, title=title or path.stem, blocks=blocks)

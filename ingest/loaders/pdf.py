"""PDF loader (pypdf only): layout-aware text runs -> headings, paragraphs, lists,
table rows and footnotes with 1-based page numbers.

How it works
------------
``page.extract_text(visitor_text=...)`` reports every text run with its font, size and
text matrix. Runs are mapped to page space (``cm`` x ``tm``) and measured with the font's
glyph widths, then:

* page numbers printed in the top/bottom margin are dropped (``page`` is the PDF page
  index + 1);
* superscripts (smaller, raised runs) are removed when they are footnote markers
  ("to 198" + "12" -> "to 198") and glued on when they are ordinals ("31 " + "st" ->
  "31st");
* a line starting with a small raised number is a footnote body;
* runs are grouped into lines, lines into paragraphs (vertical gap), headings (bold-only
  lines, level from size relative to body text), list items (indented lines; a new item
  starts after a line that ended short of the right margin) and tables (a region of
  same-size lines with columns: cells share a starting y and have different x);
* paragraphs split by a footnote or a page break are re-joined.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.errors import IngestError
from ingest.loaders._text import collapse, join_lines, normalize, rejoin_split_paragraphs
from ingest.models import Block, LoadedDocument

import logging as _logging

# pypdf logs warnings such as "EOF marker not found" without the file name; the loader
# reports problems itself, one line naming the file.
_logging.getLogger("pypdf").setLevel(_logging.ERROR)

_ORDINAL = re.compile(r"^(st|nd|rd|th)$", re.I)
_MARKER = re.compile(r"^[\d,\s*†‡§]+$")
_PAGE_NUM = re.compile(r"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$", re.I)
_BULLET = re.compile(r"^\s*([•●▪◦■□➢➤►‣⁃∙·o\-–]|\d{1,2}[.)])\s+")
_BULLET_GLYPHS = "•●▪◦■□➢➤►‣⁃∙·"
_SENT_END = re.compile(r"[.!?:;]$")


@dataclass
class _Run:
    text: str
    x: float
    down: float  # distance from the top of the page (grows downwards)
    size: float
    bold: bool
    end: float
    font: str
    sup: bool = False  # raised small run (set during line building)
    wmap: dict[str, float] | None = None
    wdef: float = 550.0
    wsize: float = 0.0

    def width(self, text: str) -> float:
        """Width of ``text`` set in this run's font and size (page units)."""
        if self.wmap:
            return _text_width(text, self.wmap, self.wdef, self.wsize)
        return 0.5 * self.size * len(text)


@dataclass
class _Line:
    runs: list[_Run]
    x: float
    down: float
    size: float
    bold: bool
    end: float
    text: str = ""
    footnote: str | None = None  # footnote number when this line starts a footnote
    marker: bool = False  # starts with a list marker run ("1.", "•") set apart from the text
    refs: list[str] = field(default_factory=list)  # footnote markers dropped from the text
    ref_xs: list[float] = field(default_factory=list)  # page x of each marker in ``refs``


@dataclass
class _Item:
    kind: str
    lines: list[_Line] = field(default_factory=list)
    level: int = 0
    header: str | None = None
    text: str = ""
    marked: bool = False


# --------------------------------------------------------------------------- fonts


class _Widths:
    """Unicode -> glyph width (1/1000 em) for a font dict, cached per font object."""

    def __init__(self) -> None:
        self._cache: dict[int, tuple[dict[str, float], float]] = {}

    def get(self, fd: Any) -> tuple[dict[str, float], float]:
        key = id(fd)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        widths: dict[str, float] = {}
        default = 550.0
        try:
            from pypdf._cmap import get_encoding
            from pypdf.generic._font import Font

            font = Font.from_font_resource(fd)
            cw = font.character_widths
            _enc, cmap = get_encoding(fd)
            for raw, uni in cmap.items():
                if isinstance(raw, str) and isinstance(uni, str) and raw in cw:
                    w = float(cw[raw])
                    if w > 0:
                        widths[uni] = w
            if isinstance(_enc, str) or not cmap:
                for ch, w in cw.items():
                    if isinstance(ch, str) and len(ch) == 1 and ch not in widths and w:
                        widths[ch] = float(w)
            vals = [w for w in widths.values() if w > 0]
            if vals:
                default = sorted(vals)[len(vals) // 2]
        except Exception:  # noqa: BLE001 - widths are a heuristic aid only
            widths = {}
        self._cache[key] = (widths, default)
        return widths, default


def _text_width(text: str, widths: dict[str, float], default: float, size: float) -> float:
    if not widths:
        return 0.5 * size * len(text)
    return sum(widths.get(c, default) for c in text) * size / 1000.0


# --------------------------------------------------------------------------- runs


def _page_runs(page: Any, widths: _Widths) -> tuple[list[_Run], list[tuple[float, float, float]]]:
    """Text runs of a page plus small filled marks (bullet discs/squares) as
    ``(x_centre, down_centre, diameter)``."""
    runs: list[_Run] = []
    marks: list[tuple[float, float, float]] = []
    path: list[float] = []  # current path bbox in page space: x0, y0, x1, y1
    try:
        box = page.mediabox
        height = float(box.height)
        top = float(box.top)
        bottom = float(box.bottom)
    except Exception:  # noqa: BLE001
        height, top, bottom = 842.0, 842.0, 0.0

    def visit(text: str, cm: Any, tm: Any, fd: Any, fs: Any) -> None:
        if not text or not text.strip():
            return
        try:
            a, b, c, d, e, f = (float(v) for v in cm)
            ta, tb, tc, td, te, tf = (float(v) for v in tm)
        except Exception:  # noqa: BLE001
            return
        x = te * a + tf * c + e
        y = te * b + tf * d + f
        # vertical scale of text space -> page space
        scale_tm = math.hypot(tc, td) or math.hypot(ta, tb) or 1.0
        scale_cm = math.hypot(c, d) or 1.0
        size = float(fs or 0) * scale_tm * scale_cm
        if size <= 0:
            size = 1.0
        name = ""
        if fd is not None:
            try:
                name = str(fd.get("/BaseFont", "") or "")
            except Exception:  # noqa: BLE001
                name = ""
        bold = bool(re.search(r"bold|black|heavy|semibold|demi", name, re.I))
        if fd is not None:
            wmap, default = widths.get(fd)
        else:
            wmap, default = {}, 550.0
        hscale = (math.hypot(ta, tb) or 1.0) * (math.hypot(a, b) or 1.0)
        w = _text_width(text, wmap, default, float(fs or 0) * hscale) if wmap else 0.5 * size * len(text)
        runs.append(
            _Run(
                text=text.replace("\n", " "),
                x=x,
                down=top - y,
                size=size,
                bold=bold,
                end=x + w,
                font=name.split("+")[-1],
                wmap=wmap or None,
                wdef=default,
                wsize=float(fs or 0) * hscale,
            )
        )

    def add_point(x: float, y: float, cm: Any) -> None:
        a, b, c, d, e, f = (float(v) for v in cm)
        px = x * a + y * c + e
        py = x * b + y * d + f
        if path:
            path[0] = min(path[0], px)
            path[1] = min(path[1], py)
            path[2] = max(path[2], px)
            path[3] = max(path[3], py)
        else:
            path.extend([px, py, px, py])

    def before(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        try:
            if op == b"m" or op == b"l":
                add_point(float(args[0]), float(args[1]), cm)
            elif op == b"c" and len(args) >= 6:
                add_point(float(args[4]), float(args[5]), cm)
                add_point(float(args[0]), float(args[1]), cm)
            elif op in (b"v", b"y") and len(args) >= 4:
                add_point(float(args[2]), float(args[3]), cm)
            elif op == b"re" and len(args) >= 4:
                x, y, w, h = (float(v) for v in args[:4])
                add_point(x, y, cm)
                add_point(x + w, y + h, cm)
            elif op in (b"f", b"F", b"f*", b"b", b"B", b"b*", b"B*"):
                if path:
                    w = path[2] - path[0]
                    h = path[3] - path[1]
                    if 0.8 <= w <= 9 and 0.8 <= h <= 9 and 0.6 <= w / h <= 1.6:
                        marks.append(((path[0] + path[2]) / 2, top - (path[1] + path[3]) / 2, max(w, h)))
                path.clear()
            elif op in (b"n", b"S", b"s"):
                path.clear()
        except Exception:  # noqa: BLE001 - marks are a heuristic aid only
            path.clear()

    page.extract_text(visitor_text=visit, visitor_operand_before=before)

    # drop page numbers / running numbers printed in the top or bottom margin
    margin = 0.06 * height
    kept = []
    for r in runs:
        t = r.text.strip()
        if (r.down < margin or r.down > height - margin or r.down < 0 or r.down > height) and _PAGE_NUM.match(t):
            continue
        kept.append(r)
    _ = bottom
    return kept, marks


# --------------------------------------------------------------------------- lines


def _join_runs(runs: list[_Run]) -> str:
    out = ""
    prev: _Run | None = None
    for r in runs:
        t = r.text
        if prev is None:
            out = t
        else:
            gap = r.x - prev.end
            if out.endswith(" ") or t.startswith(" "):
                out += t
            elif gap > 0.18 * max(r.size, prev.size):
                out += " " + t
            else:
                out += t
        prev = r
    return out


def _build_lines(runs: list[_Run], body: float) -> list[_Line]:
    """Group runs (stream order) into lines; mark and resolve superscripts."""
    groups: list[list[_Run]] = []
    for r in runs:
        if groups:
            g = groups[-1]
            ref = max(g, key=lambda q: q.size)
            tol = 0.6 * max(ref.size, r.size)
            same_row = abs(r.down - ref.down) <= tol
            # continuing to the right on the same row (allow small overlap)
            if same_row and r.x >= g[-1].end - 0.5 * r.size and r.x - g[-1].end < 3.0 * max(r.size, ref.size):
                g.append(r)
                continue
        groups.append([r])

    lines: list[_Line] = []
    for g in groups:
        main = max(g, key=lambda q: (q.size, len(q.text.strip())))
        base = main.down
        # superscripts: smaller and raised
        resolved: list[_Run] = []
        footnote: str | None = None
        refs: list[str] = []
        ref_xs: list[float] = []
        for i, r in enumerate(g):
            small = r.size < 0.9 * main.size
            raised = r.down < base - 0.12 * main.size
            t = r.text.strip()
            if small and raised:
                r.sup = True
                if i == 0 and _MARKER.match(t) and len(g) > 1 and t.replace(",", "").isdigit():
                    footnote = t
                    continue
                if _ORDINAL.match(t) and resolved and re.search(r"\d\s*$", resolved[-1].text):
                    prev = resolved[-1]
                    resolved[-1] = _Run(
                        prev.text.rstrip() + t, prev.x, prev.down, prev.size, prev.bold, r.end, prev.font,
                        False, prev.wmap, prev.wdef, prev.wsize,
                    )
                    continue
                if _MARKER.match(t):
                    # footnote marker inside a sentence: dropped from the text, kept as a ref
                    for num in _marker_numbers(t):
                        refs.append(num)
                        ref_xs.append(r.x)
                    continue
            resolved.append(r)
        if not resolved:
            continue
        # small line starting with a number (footnote area without raised marker)
        text = _join_runs(resolved)
        text = collapse(normalize(text))
        if not text:
            continue
        # a list marker run ("1.", "a)", "•") set apart from the item text
        marker = False
        line_x = resolved[0].x if footnote is None else g[0].x
        if len(resolved) > 1 and footnote is None:
            m0 = resolved[0].text.strip()
            if re.fullmatch(r"(\d{1,2}|[a-z]|[ivx]{1,4})[.)]", m0) or (len(m0) == 1 and m0 in _BULLET_GLYPHS):
                marker = True
                line_x = resolved[1].x
                resolved = resolved[1:]
                text = collapse(normalize(_join_runs(resolved)))
        nonsup = [r for r in resolved if not r.sup] or resolved
        size = Counter(round(r.size, 1) for r in nonsup for _ in r.text).most_common(1)[0][0]
        bold = all(r.bold for r in nonsup if r.text.strip())
        lines.append(
            _Line(
                runs=resolved,
                x=line_x,
                down=base,
                size=size,
                bold=bold,
                end=max(r.end for r in resolved),
                text=text,
                footnote=footnote,
                marker=marker,
                refs=refs,
                ref_xs=ref_xs,
            )
        )
    return lines


def _marker_numbers(marker: str) -> list[str]:
    """Footnote numbers in a superscript marker: ``"4"`` -> ``["4"]``, ``"1,2"`` ->
    ``["1", "2"]``; symbols (``*``, ``†``) have no numbered footnote to link to."""
    return re.findall(r"\d+", marker)


def _line_refs(lines: list[_Line]) -> tuple[str, ...]:
    """Footnote refs of ``lines`` in reading order."""
    return tuple(n for ln in lines for n in ln.refs)


# --------------------------------------------------------------------------- tables

#: Text of a table row's first cell that a page break pushed onto the next page, with
#: its footnote refs.
_Fragment = tuple[str, tuple[str, ...]]


def _is_table_region(lines: list[_Line]) -> bool:
    if len(lines) < 2:
        return False
    for a, b in zip(lines, lines[1:]):
        if b.down < a.down - 0.3 * a.size:  # moved up: next cell of a row
            return True
        if abs(b.down - a.down) < 0.3 * a.size and b.x > a.end + 0.5 * a.size:  # side by side
            return True
    for ln in lines:
        for r1, r2 in zip(ln.runs, ln.runs[1:]):
            if r2.x - r1.end > 2.0 * ln.size:
                return True
    return False


def _table_rows(lines: list[_Line]) -> tuple[list[list[tuple[float, str]]], list[tuple[str, ...]]]:
    """Rebuild rows from lines in stream order (cell by cell, row by row).

    Returns rows as lists of (cell_x, cell_text), and the footnote refs of each row.
    """
    # split lines into cell fragments: a line may hold several cells on one row
    frags: list[tuple[float, float, float, str, _Line, list[str]]] = []  # x, down, end, text, line, refs
    for ln in lines:
        cur: list[_Run] = []
        first = len(frags)
        for r in ln.runs:
            if cur and r.x - cur[-1].end > 1.2 * ln.size:
                frags.append((cur[0].x, ln.down, cur[-1].end, collapse(normalize(_join_runs(cur))), ln, []))
                cur = []
            cur.append(r)
        if cur:
            frags.append((cur[0].x, ln.down, cur[-1].end, collapse(normalize(_join_runs(cur))), ln, []))
        # a marker belongs to the cell fragment it follows (the last one starting left of it)
        for num, rx in zip(ln.refs, ln.ref_xs):
            own = [f for f in frags[first:] if f[0] <= rx + 0.5] or frags[first:first + 1]
            if own:
                own[-1][5].append(num)

    rows: list[list[list[Any]]] = []  # row -> cells -> [x0, top, last_down, [texts], x1, [refs]]
    row_top = row_bottom = 0.0
    for x, down, end, text, ln, frefs in frags:
        size = ln.size
        if not rows:
            rows.append([[x, down, down, [text], end, list(frefs)]])
            row_top = row_bottom = down
            continue
        cells = rows[-1]
        cell = cells[-1]
        below = 0 < down - cell[2] <= 1.9 * size
        overlaps = x <= cell[4] + 0.3 * size and end >= cell[0] - 0.3 * size
        if below and (abs(x - cell[0]) <= 0.5 * size or overlaps):
            # next line of the same cell (left-aligned or centred)
            cell[2] = down
            cell[3].append(text)
            cell[0] = min(cell[0], x)
            cell[4] = max(cell[4], end)
            cell[5].extend(frefs)
            row_bottom = max(row_bottom, down)
        elif x > cell[4] - 0.3 * size and down <= row_bottom + 0.3 * size and down >= row_top - 0.6 * size:
            # next cell of the same row
            cells.append([x, down, down, [text], end, list(frefs)])
            row_bottom = max(row_bottom, down)
        else:
            rows.append([[x, down, down, [text], end, list(frefs)]])
            row_top = row_bottom = down
    return (
        [[(c[0], join_lines(c[3])) for c in r] for r in rows],
        [tuple(n for c in r for n in c[5]) for r in rows],
    )


def _columns(rows: list[list[tuple[float, str]]], tol: float) -> list[float]:
    """Column left edges: clustered cell x positions (body rows preferred)."""
    sample = rows[1:] if len(rows) > 2 else rows
    xs = sorted(x for r in sample for x, _ in r)
    cols: list[list[float]] = []
    for x in xs:
        if cols and x - cols[-1][-1] <= tol:
            cols[-1].append(x)
        else:
            cols.append([x])
    lefts = [min(c) for c in cols]
    # header cells may be centred: only add columns the body does not explain
    if sample is not rows:
        for x, _ in rows[0]:
            if not lefts or x < lefts[0] - tol:
                lefts.insert(0, x)
    return lefts


def _table_blocks(
    lines: list[_Line], page: int, carry: tuple[str | None, list[float]] | None
) -> tuple[list[Block], tuple[str | None, list[float]], _Fragment | None]:
    """Table region -> table_row blocks.

    ``carry`` is the (header, column lefts) of a table that ended the previous page;
    when this region continues it, the same columns and header are used. Returns the
    blocks, this table's (header, lefts), and a first-cell fragment (text, footnote refs)
    that belongs to the previous page's last row (a row split by the page break), if any.
    """
    rows, row_refs = _table_rows(lines)
    if not rows:
        return [], (None, []), None
    size = max(ln.size for ln in lines)
    tol = 0.8 * size
    continuing = False
    lefts = _columns(rows, tol)
    if carry is not None and carry[1]:
        clefts = carry[1]
        if all(any(abs(x - lx) <= tol for lx in clefts) for r in rows for x, _ in r):
            lefts = list(clefts)
            continuing = True
    ncols = len(lefts)

    def place(row: list[tuple[float, str]]) -> list[str]:
        cells = [""] * ncols
        for x, t in row:
            idx = 0
            for i, lx in enumerate(lefts):
                if x >= lx - tol:
                    idx = i
            cells[idx] = (cells[idx] + " " + t).strip() if cells[idx] else t
        return cells

    placed = [place(r) for r in rows]
    fragment: _Fragment | None = None
    header: str | None = None
    body = placed
    body_refs = list(row_refs)
    if continuing:
        header = carry[0] if carry else None
        first = placed[0]
        if first[0][:1].islower() and not any(first[1:]):
            fragment = (first[0], row_refs[0])
            body = placed[1:]
            body_refs = body_refs[1:]
    else:
        first_y = lines[0].down
        first_lines = [ln for ln in lines if abs(ln.down - first_y) < 0.3 * size]
        first_bold = all(ln.bold for ln in first_lines) if first_lines else False
        if len(placed) >= 2 and (first_bold or (ncols >= 2 and not placed[0][0] and all(placed[0][1:]))):
            header = " | ".join(placed[0])
            body = placed[1:]
            # a marker in the header row: its note goes with the table's first row
            body_refs = [row_refs[0] + row_refs[1]] + body_refs[2:]
    out = []
    pending: tuple[str, ...] = ()  # refs of empty rows move on to the next row
    for cells, refs in zip(body, body_refs):
        if not any(cells):
            pending += refs
            continue
        out.append(Block("table_row", " | ".join(cells), page=page, header=header, refs=pending + refs))
        pending = ()
    if pending and out:
        out[-1].refs += pending
    return out, (header, lefts), fragment


# --------------------------------------------------------------------------- blocks


def _heading_level(size: float, body: float) -> int:
    r = size / body if body else 1.0
    if r >= 1.75:
        return 1
    if r >= 1.3:
        return 2
    if r >= 1.1:
        return 3
    if r >= 0.95:
        return 4
    if r >= 0.78:
        return 5
    return 6


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0] if text else ""


def _page_blocks(
    lines: list[_Line],
    page: int,
    body: float,
    left: float,
    right: float,
    carry: tuple[str | None, list[float]] | None,
    marks: list[tuple[float, float, float]] = (),  # type: ignore[assignment]
) -> tuple[list[Block], tuple[str | None, list[float]] | None, _Fragment | None]:
    blocks: list[Block] = []

    def has_mark(ln: _Line) -> bool:
        """A bullet disc/square drawn just left of the line, at its height."""
        for mx, md, dia in marks:
            if ln.x - 4.0 * ln.size <= mx < ln.x - 0.15 * ln.size and ln.down - 1.0 * ln.size <= md <= ln.down + 0.2 * ln.size:
                if dia <= 0.8 * ln.size:
                    return True
        return False

    # 1. split into table regions and flow lines
    segments: list[tuple[str, list[_Line]]] = []
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.footnote is None and ln.size < 0.93 * body:
            j = i
            while j < n and lines[j].footnote is None and abs(lines[j].size - ln.size) <= 0.6:
                j += 1
            region = lines[i:j]
            if _is_table_region(region):
                segments.append(("table", region))
                i = j
                continue
        segments.append(("flow", [ln]))
        i += 1

    # 2. flow lines -> items
    items: list[_Item] = []
    cur: _Item | None = None
    prev: _Line | None = None
    for kind, seg in segments:
        if kind == "table":
            items.append(_Item("table", seg))
            cur = None
            prev = None
            continue
        ln = seg[0]
        indent = ln.x - left
        is_heading = (
            ln.bold
            and ln.size >= 0.78 * body
            and len(ln.text) <= 200
            and ln.footnote is None
            # a bold sentence at body size is emphasis, not a heading
            and not (ln.size < 1.1 * body and ln.text.endswith(".") and len(ln.text.split()) > 6)
        )
        marked = ln.marker or (bool(marks) and ln.footnote is None and has_mark(ln))
        bullet = marked or (
            _BULLET.match(ln.text) is not None
            and (ln.text.lstrip()[:1] in _BULLET_GLYPHS or indent > 0.8 * ln.size)
        )
        if ln.footnote is not None:
            kind_here = "footnote"
        elif bullet or (indent > 0.8 * ln.size and not is_heading):
            kind_here = "list_item"
        elif indent > 0.8 * ln.size and is_heading:
            kind_here = "list_item"
        elif is_heading:
            kind_here = "heading"
        else:
            kind_here = "paragraph"

        new = True
        if cur is not None and prev is not None and not bullet:
            gap = ln.down - prev.down
            step = 1.7 * max(prev.size, ln.size)
            close = 0 < gap <= step
            same_x = abs(ln.x - prev.x) <= 0.6 * ln.size
            if cur.kind == "footnote" and ln.footnote is None and close and ln.x >= left - 0.6 * ln.size:
                new = False
            elif cur.kind == kind_here == "heading" and close and abs(ln.size - prev.size) < 0.5:
                new = False
            elif cur.kind == kind_here == "paragraph" and close and same_x and abs(ln.size - prev.size) < 1.0:
                new = False
            elif cur.kind == "list_item" and kind_here == "list_item" and close and same_x and cur.marked:
                new = False  # items are marked with drawn bullets: no mark, no new item
            elif cur.kind == "list_item" and kind_here == "list_item" and close and same_x:
                # a new item starts after a line that ended well short of the margin
                need = ln.runs[0].width(" " + _first_word(ln.text))
                starts_upper = bool(re.match(r"[\"'“‘(]*[A-Z0-9]", ln.text))
                fits = prev.end + need <= right - 0.5
                bold_lead = ln.runs[0].bold and not prev.runs[-1].bold
                new = starts_upper and (fits or bold_lead)
        if new:
            cur = _Item(kind_here, [ln])
            cur.marked = marked
            if kind_here == "heading":
                cur.level = _heading_level(ln.size, body)
            items.append(cur)
        else:
            assert cur is not None
            cur.lines.append(ln)
        prev = ln

    # 3. items -> blocks
    carry_out: tuple[str | None, list[float]] | None = None
    fragment: _Fragment | None = None
    for idx, it in enumerate(items):
        if it.kind == "heading":
            joined = join_lines(ln.text for ln in it.lines)
            if it.lines[0].size < 1.1 * body and joined.endswith(".") and len(joined.split()) > 6:
                it.kind = "paragraph"  # a bold sentence, not a heading
                it.level = 0
        if it.kind == "table":
            tb, carry_out, frag = _table_blocks(it.lines, page, carry if idx == 0 else None)
            if idx == 0:
                fragment = frag
            blocks.extend(tb)
            continue
        carry_out = None
        text = join_lines(ln.text for ln in it.lines)
        if it.kind == "list_item":
            text = _BULLET.sub("", text, count=1) if _BULLET.match(text) and (
                text.lstrip()[:1] in _BULLET_GLYPHS
            ) else text
        if it.kind == "footnote":
            text = f"{it.lines[0].footnote} {text}"
        text = re.sub(r"\s+([.,;:!?])(?=\s|$)", r"\1", text).strip()
        if not text:
            continue
        refs = _line_refs(it.lines) if it.kind != "footnote" else ()
        blocks.append(Block(it.kind, text, page=page, level=it.level if it.kind == "heading" else 0, refs=refs))  # type: ignore[arg-type]
    return blocks, carry_out, fragment


# --------------------------------------------------------------------------- entry


def _rejoin(blocks: list[Block]) -> list[Block]:
    """:func:`rejoin_split_paragraphs`, carrying the footnote refs of each continuation
    over to the block it was appended to.

    That function appends a dropped continuation to the last block it kept before it
    that is not a footnote, so the owner of each dropped block is found the same way.
    """
    out = rejoin_split_paragraphs(blocks)
    kept = {id(b) for b in out}
    owner: Block | None = None
    for b in blocks:
        if id(b) in kept:
            if b.kind != "footnote":
                owner = b
        elif owner is not None and b.refs:
            owner.refs += b.refs
    return out


def _open(path: Path) -> Any:
    try:
        from pypdf import PdfReader
        from pypdf.errors import FileNotDecryptedError, PdfReadError
    except ImportError as exc:  # pragma: no cover
        raise IngestError(path, "pypdf is not installed") from exc
    try:
        reader = PdfReader(str(path), strict=False)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AssertionError) as exc:
        raise IngestError(path, f"corrupt or unreadable PDF: {_short(exc)}") from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on garbage
        raise IngestError(path, f"corrupt or unreadable PDF: {_short(exc)}") from exc
    if reader.is_encrypted:
        try:
            ok = reader.decrypt("")
        except NotImplementedError as exc:
            raise IngestError(path, f"PDF uses unsupported encryption: {_short(exc)}") from exc
        except Exception as exc:  # noqa: BLE001
            raise IngestError(path, f"PDF is password-protected (cannot decrypt: {_short(exc)})") from exc
        if not ok:
            raise IngestError(path, "PDF is password-protected (user password required)")
    try:
        pages = list(reader.pages)
    except FileNotDecryptedError as exc:
        raise IngestError(path, "PDF is password-protected (user password required)") from exc
    except Exception as exc:  # noqa: BLE001
        raise IngestError(path, f"corrupt or unreadable PDF: {_short(exc)}") from exc
    if not pages:
        raise IngestError(path, "corrupt or unreadable PDF: no pages")
    return reader, pages


def _short(exc: BaseException) -> str:
    msg = collapse(str(exc)) or type(exc).__name__
    return msg[:120]


def _title(reader: Any, path: Path, blocks: list[Block]) -> str:
    try:
        meta = reader.metadata
        t = meta.title if meta is not None else None
    except Exception:  # noqa: BLE001
        t = None
    if t:
        t = collapse(normalize(str(t)))
        # ignore junk titles produced by converters
        if t and not re.match(r"(?i)^(untitled|microsoft word|document\d*|.*\.(docx?|pdf|html?))", t):
            return t
    h = next((b for b in blocks if b.kind == "heading" and b.level <= 2), None)
    if h is not None and h.page == 1:
        return h.text
    return path.stem


def load_pdf(path: Path) -> LoadedDocument:
    """Load a PDF with a text layer.

    Raises:
        IngestError: corrupt file, user-password encryption, or no text layer at all.
    """
    path = Path(path)
    reader, pages = _open(path)
    widths = _Widths()
    warnings: list[str] = []

    page_runs: list[list[_Run]] = []
    page_marks: list[list[tuple[float, float, float]]] = []
    for i, page in enumerate(pages):
        try:
            runs, marks = _page_runs(page, widths)
            page_runs.append(runs)
            page_marks.append(marks)
        except Exception as exc:  # noqa: BLE001
            page_runs.append([])
            page_marks.append([])
            warnings.append(f"page {i + 1}: text extraction failed ({_short(exc)})")

    if not any(page_runs):
        if warnings and len(warnings) == len(pages):
            raise IngestError(path, "corrupt or unreadable PDF: text extraction failed on every page")
        raise IngestError(path, "no text layer (scanned PDF?); OCR is not supported")

    # body size: the size carrying the most characters
    sizes: Counter[float] = Counter()
    for runs in page_runs:
        for r in runs:
            sizes[round(r.size, 1)] += len(r.text.strip())
    body = sizes.most_common(1)[0][0]

    page_lines = [_build_lines(runs, body) for runs in page_runs]

    # body left margin: most common x of body-size lines
    xs: Counter[float] = Counter()
    for lines in page_lines:
        for ln in lines:
            if abs(ln.size - body) < 0.6 and ln.footnote is None:
                xs[round(ln.x, 0)] += 1
    left = xs.most_common(1)[0][0] if xs else 0.0

    # right edge of the text column, estimated from real wraps: when a line is
    # followed by a line that continues the same sentence (starts lower case), the
    # next line's first word did not fit, so right < end + width(" " + word).
    def wrap_bounds(lines: list[_Line]) -> list[float]:
        out = []
        for a, b in zip(lines, lines[1:]):
            if (
                a.footnote is None
                and b.footnote is None
                and abs(a.x - b.x) < 1.0
                and abs(a.size - b.size) < 0.3
                and abs(a.size - body) < 0.6
                and 0 < b.down - a.down <= 1.7 * a.size
                and b.text[:1].islower()
                and not a.bold
            ):
                out.append(a.end + b.runs[0].width(" " + _first_word(b.text)))
        return out

    all_bounds = [wrap_bounds(lines) for lines in page_lines]
    flat = sorted(v for bs in all_bounds for v in bs)

    def robust_min(vals: list[float]) -> float:
        vals = sorted(vals)
        return vals[min(len(vals) - 1, len(vals) // 20)]

    global_right = robust_min(flat) if flat else 1e9

    def page_right(i: int) -> float:
        bs = all_bounds[i]
        if len(bs) >= 4:
            return robust_min(bs)
        return global_right

    blocks: list[Block] = []
    carry: tuple[str | None, list[float]] | None = None
    for i, lines in enumerate(page_lines):
        if not lines:
            if page_runs[i] == [] and not any(w.startswith(f"page {i + 1}:") for w in warnings):
                warnings.append(f"page {i + 1}: no text layer (scanned image?); skipped")
            continue
        pb, carry, fragment = _page_blocks(lines, i + 1, body, left, page_right(i), carry, page_marks[i])
        if fragment and blocks and blocks[-1].kind == "table_row":
            # a row split by the page break: its first cell continues here
            cells = blocks[-1].text.split(" | ")
            cells[0] = join_lines([cells[0], fragment[0]])
            blocks[-1].text = " | ".join(cells)
            blocks[-1].refs += fragment[1]
        blocks.extend(pb)

    blocks = _rejoin(blocks)
    return LoadedDocument(source=path.name, title=_title(reader, path, blocks), blocks=blocks, warnings=warnings)

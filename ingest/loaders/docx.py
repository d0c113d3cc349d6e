"""DOCX loader (python-docx): body paragraphs and tables in document order.

* ``Title`` / ``Heading N`` styles (also styles based on them, and paragraphs with an
  outline level) -> headings;
* ``List*`` / ``Compact`` styles or numbered paragraphs (``w:numPr``) -> list items;
* tables -> one ``table_row`` per row, first row used as header;
* content controls (``w:sdt``) are walked into.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any, Iterator

from ingest.errors import IngestError
from ingest.loaders._text import clean, collapse, normalize
from ingest.models import Block, LoadedDocument

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|titolo|kop)\s*(\d)$", re.I)
_LIST_STYLE = re.compile(r"^(list|compact)|list (bullet|number|paragraph)|bullet", re.I)


def _style_chain(style: Any) -> Iterator[Any]:
    seen = 0
    while style is not None and seen < 10:
        yield style
        try:
            style = style.base_style
        except Exception:  # noqa: BLE001
            return
        seen += 1


def _styles(paragraph: Any) -> Iterator[tuple[Any, str]]:
    """``(style, name)`` for the paragraph's style and its base styles (none if the style
    cannot be resolved, as in some generated documents)."""
    try:
        style = paragraph.style
    except Exception:  # noqa: BLE001
        style = None
    for st in _style_chain(style):
        yield st, (getattr(st, "name", "") or "").strip()


def _heading_level(paragraph: Any) -> int:
    """Heading level from the style (or its base styles) or the outline level; 0 if none."""
    for st, name in _styles(paragraph):
        if name.lower() == "title":
            return 1
        m = _HEADING_STYLE.match(name)
        if m:
            return max(1, min(6, int(m.group(1))))
    ppr = paragraph._p.pPr
    if ppr is not None:
        ol = ppr.find(_W + "outlineLvl")
        if ol is not None:
            try:
                lvl = int(ol.get(_W + "val"))
                if 0 <= lvl <= 5:
                    return lvl + 1
            except (TypeError, ValueError):
                pass
    return 0


def _is_list(paragraph: Any) -> bool:
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.find(_W + "numPr") is not None:
        return True
    for st, name in _styles(paragraph):
        if _LIST_STYLE.search(name):
            return True
        # a style that itself carries numbering
        el = getattr(st, "element", None)
        if el is not None and el.pPr is not None and el.pPr.find(_W + "numPr") is not None:
            return True
    return False


def _para_text(paragraph: Any) -> str:
    try:
        text = paragraph.text
    except Exception:  # noqa: BLE001
        text = "".join(t.text or "" for t in paragraph._p.iter(_W + "t"))
    return clean(text.replace("\t", " "))


def _iter_body(parent_el: Any) -> Iterator[Any]:
    """Paragraph and table elements in order, descending into content controls."""
    for child in parent_el.iterchildren():
        tag = child.tag
        if tag == _W + "p" or tag == _W + "tbl":
            yield child
        elif tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _iter_body(content)
        elif tag in (_W + "customXml", _W + "smartTag"):
            yield from _iter_body(child)


def _table_rows(table: Any) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        prev_tc = None
        try:
            row_cells = row.cells
        except Exception:  # noqa: BLE001 - malformed grid; fall back to raw cells
            row_cells = []
        for cell in row_cells:
            if cell._tc is prev_tc:  # horizontally merged cell repeated by python-docx
                continue
            prev_tc = cell._tc
            parts = [_para_text(p) for p in cell.paragraphs]
            # nested tables
            for t in cell.tables:
                for r in _table_rows(t):
                    parts.append(" ; ".join(c for c in r if c))
            cells.append(collapse(" ".join(p for p in parts if p)))
        rows.append(cells)
    return rows


def load_docx(path: Path) -> LoadedDocument:
    """Load a .docx file.

    Raises:
        IngestError: not a DOCX (zip) package, encrypted, or corrupt.
    """
    path = Path(path)
    try:
        head = path.read_bytes()[:8]
    except OSError as exc:
        raise IngestError(path, f"cannot read file: {exc.strerror or exc}") from exc
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise IngestError(path, "DOCX is password-protected or a legacy .doc file (OLE container); not supported")
    if not head.startswith(b"PK"):
        raise IngestError(path, "corrupt or unreadable DOCX: not a zip package")
    try:
        import docx  # python-docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
        body = document.element.body
    except ImportError as exc:  # pragma: no cover
        raise IngestError(path, "python-docx is not installed") from exc
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(path, f"corrupt or unreadable DOCX: {collapse(str(exc))[:120] or type(exc).__name__}") from exc
    except Exception as exc:  # noqa: BLE001 - python-docx/lxml raise many types
        raise IngestError(path, f"corrupt or unreadable DOCX: {collapse(str(exc))[:120] or type(exc).__name__}") from exc

    blocks: list[Block] = []
    warnings: list[str] = []
    for el in _iter_body(body):
        try:
            if el.tag == _W + "p":
                p = Paragraph(el, document)
                text = _para_text(p)
                if not text:
                    continue
                level = _heading_level(p)
                if level:
                    blocks.append(Block("heading", text, level=level))
                elif _is_list(p):
                    blocks.append(Block("list_item", text))
                else:
                    blocks.append(Block("paragraph", text))
            else:
                rows = _table_rows(Table(el, document))
                rows = [r for r in rows if any(r)]
                if not rows:
                    continue
                header = None
                body_rows = rows
                if len(rows) >= 2:
                    header = " | ".join(rows[0])
                    body_rows = rows[1:]
                for r in body_rows:
                    blocks.append(Block("table_row", " | ".join(r), header=header))
        except Exception as exc:  # noqa: BLE001 - keep going, but say so
            warnings.append(f"skipped an unreadable element: {collapse(str(exc))[:80]}")

    title = ""
    try:
        title = collapse(normalize(document.core_properties.title or ""))
    except Exception:  # noqa: BLE001
        title = ""
    if not title:
        headings = [b for b in blocks if b.kind == "heading"]
        if headings:
            top = min(b.level for b in headings)
            title = next(b.text for b in headings if b.level == top)
    return LoadedDocument(source=path.name, title=title or path.stem, blocks=blocks, warnings=warnings)

"""Plain data types shared by ingest and the assistant.

Import direction: ``assistant`` imports from here; nothing here imports ``assistant``.

Shapes
------
* :class:`Block` -- one structural unit a loader found (heading, paragraph, list item,
  table row, footnote) with its 1-based page.
* :class:`LoadedDocument` -- a loader's output: title plus ordered blocks.
* :class:`Chunk` -- the unit that is embedded and indexed: text plus document title,
  section path and page span.
* :class:`Passage` -- a chunk returned by retrieval, with its fused score.
* :class:`Citation` / :class:`Answer` -- what the answerer returns; ``Answer.to_json()``
  is the stable ``assistant ask --json`` contract documented in ``DESIGN.md``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "footnote"]

#: Separator used in section paths, e.g. ``"6. Learning from Case Reviews > Key findings"``.
SECTION_SEP = " > "


@dataclass
class Block:
    """One structural unit of a document.

    Attributes:
        kind: ``heading``, ``paragraph``, ``list_item``, ``table_row`` or ``footnote``.
        text: cleaned text; for a ``table_row`` the cells joined with ``" | "``.
        page: 1-based page number as a reader counts it, or ``None`` for formats
            without pages (DOCX, HTML, Markdown, text).
        level: heading level 1..6 for headings (1 = top); 0 otherwise.
        header: for ``table_row`` blocks, the table's header row (cells joined with
            ``" | "``) so each row can be kept with its header; ``None`` otherwise.
        refs: footnote numbers this block references, in document order (the markers
            themselves are not in :attr:`text`: "scrutiny⁴" gives ``text`` "scrutiny"
            and ``refs`` ``("4",)``); a ``footnote`` block whose text starts with
            ``"4 "`` is the note referenced. ``()`` when there are none or the loader
            does not record them.
        page_breaks: ``(offset, page)`` pairs, offsets into :attr:`text` in increasing
            order: from ``offset`` on the text is on ``page`` (a paragraph a page break
            split and the loader re-joined). ``()`` when it all sits on :attr:`page`.
    """

    kind: BlockKind
    text: str
    page: int | None = None
    level: int = 0
    header: str | None = None
    refs: tuple[str, ...] = ()
    page_breaks: tuple[tuple[int, int], ...] = ()


@dataclass
class LoadedDocument:
    """A parsed document: its title and its blocks in reading order.

    Attributes:
        source: file name relative to the corpus directory (stable id of the document).
        title: human title (manifest title wins over the file's own title).
        blocks: ordered blocks.
        warnings: non-fatal problems found while loading (e.g. pages with no text layer).
    """

    source: str
    title: str
    blocks: list[Block]
    warnings: list[str] = field(default_factory=list)


@dataclass
class Chunk:
    """An indexed unit of text.

    Attributes:
        id: stable id ``"{source}#{ordinal}"``; unique across the store.
        source: document file name (relative to its corpus root).
        title: document title.
        section: section path joined with :data:`SECTION_SEP` ("" when none).
        page_start, page_end: 1-based page span, ``None`` for unpaged formats.
        text: the chunk body as quoted to users; lines are units (sentences of a
            paragraph stay on one line, each list item and table row is its own line).
        kind: dominant block kind (``paragraph``, ``list``, ``table``, ``footnote``).
        metadata: document-level metadata copied from the manifest (``doc_type``,
            ``date``, ``year``, ``publisher``, ``url``, ``access``...), all scalar.
        line_pages: 1-based page of each line of :attr:`text` (same length as its lines),
            so a quote can be cited to the exact page even when a chunk spans two.
        line_kinds: kind of each line: ``paragraph``, ``list_item``, ``table_header``,
            ``table_row`` or ``footnote``.
        page_breaks: ``(offset, page)`` pairs, offsets into :attr:`text`: a line that
            goes on over a page break (a re-joined paragraph) is on ``page`` from
            ``offset`` on, so a sentence after the break is cited to the later page.
    """

    id: str
    source: str
    title: str
    section: str
    page_start: int | None
    page_end: int | None
    text: str
    kind: str = "paragraph"
    metadata: dict[str, Any] = field(default_factory=dict)
    line_pages: list[int | None] = field(default_factory=list)
    line_kinds: list[str] = field(default_factory=list)
    page_breaks: list[tuple[int, int]] = field(default_factory=list)

    def page_of(self, offset: int) -> int | None:
        """1-based page of character ``offset`` of :attr:`text`: its line's page, or the
        page a break inside that line moved to (:attr:`page_breaks`).

        Falls back to :attr:`page_start` when per-line pages are unknown.
        """
        line = self.text.count("\n", 0, max(0, offset))
        page = self.line_pages[line] if 0 <= line < len(self.line_pages) and self.line_pages[line] else self.page_start
        line_start = self.text.rfind("\n", 0, max(0, offset)) + 1
        for at, later in self.page_breaks:
            if line_start <= at <= offset:
                page = later  # the line went on over a page break before ``offset``
        return page

    def later_page(self, start: int, end: int) -> int | None:
        """The page ``text[start:end]`` ends on when it is later than the one it starts on
        (a quoted list running over a page break), else ``None``."""
        first, last = self.page_of(start), self.page_of(max(start, end - 1))
        return last if first is not None and last is not None and last > first else None

    def embed_text(self) -> str:
        """Text given to the embedder and keyword index: contextual header + body.

        The header (title and section path) is the "contextual chunk header" idea:
        it lets a chunk whose body never names its topic still match questions about it.
        """
        header = self.title + (SECTION_SEP + self.section if self.section else "")
        return f"{header}\n{self.text}"

    @property
    def page(self) -> int | None:
        """First page of the chunk (1-based) or ``None``."""
        return self.page_start


@dataclass
class Passage:
    """A retrieved chunk with its retrieval score (higher is better)."""

    chunk: Chunk
    score: float
    dense_score: float | None = None
    keyword_score: float | None = None

    def to_json(self) -> dict[str, Any]:
        """The ``retrieved[]`` item of the ``--json`` contract."""
        c = self.chunk
        return {
            "source": c.source,
            "title": c.title,
            "section": c.section,
            "page": c.page_start,
            "text": c.text,
            "score": round(float(self.score), 6),
            "date": c.metadata.get("date"),
        }


@dataclass
class Citation:
    """A numbered citation: a verbatim ``quote`` from a retrieved passage.

    ``page`` is the 1-based page the quote starts on (``None`` for unpaged formats);
    ``page_end`` the page it ends on when that is a later one (a list running from p. 31
    onto p. 32), else ``None``."""

    n: int
    source: str
    title: str
    section: str
    page: int | None
    quote: str
    date: str | None = None
    page_end: int | None = None

    @property
    def pages(self) -> str:
        """The page or page span as printed: ``"31"``, ``"31-32"``; ``""`` when unpaged."""
        if not self.page:
            return ""
        return f"{self.page}-{self.page_end}" if self.page_end and self.page_end != self.page else str(self.page)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    """Result of one question.

    Attributes:
        question: the question as answered (after redaction).
        status: ``answered``, ``not_found`` or ``urgent``.
        answer: the answer text with ``[n]`` markers.
        citations: numbered citations referenced by the markers.
        retrieved: passages the answer was drawn from, best first.
        timings_ms: stage name -> milliseconds.
        extra: optional extra fields (mode, warnings, redactions...) merged into JSON.
    """

    question: str
    status: Literal["answered", "not_found", "urgent"]
    answer: str
    citations: list[Citation] = field(default_factory=list)
    retrieved: list[Passage] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The stable ``assistant ask --json`` object (see ``DESIGN.md``)."""
        out = {
            "question": self.question,
            "status": self.status,
            "answer": self.answer,
            "citations": [c.to_json() for c in self.citations],
            "retrieved": [p.to_json() for p in self.retrieved],
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
        }
        for k, v in self.extra.items():
            out.setdefault(k, v)
        return out

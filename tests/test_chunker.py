"""Chunker: footnotes travel with the sentences that reference them.

Real-input tests on the bundled annual report PDF, plus small synthetic documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunker import MODEL_MAX_TOKENS, Chunker, count_tokens
from ingest.loaders.pdf import load_pdf
from ingest.models import Block, Chunk, LoadedDocument

REPO = Path(__file__).resolve().parents[1]
REPORT_PDF = REPO / "corpus" / "harrow-hscb-annual-report-2020-21.pdf"


# --------------------------------------------------------------------------- real PDF


@pytest.fixture(scope="module")
def report() -> LoadedDocument:
    return load_pdf(REPORT_PDF)


@pytest.fixture(scope="module")
def report_chunks(report: LoadedDocument) -> list[Chunk]:
    return Chunker().chunk(report)


def _footnotes(doc: LoadedDocument) -> dict[str, Block]:
    return {b.text.split(" ", 1)[0]: b for b in doc.blocks if b.kind == "footnote"}


def _holding(chunks: list[Chunk], needle: str) -> list[Chunk]:
    return [c for c in chunks if needle in c.text]


def test_loader_records_the_footnote_ref_of_a_sentence(report: LoadedDocument) -> None:
    hits = [b for b in report.blocks if "open to independent scrutiny" in b.text]
    assert len(hits) == 1
    block = hits[0]
    assert block.kind == "paragraph" and block.page == 3
    # "Partners³ ... scrutiny⁴ ... past year.⁵": the markers are refs, not text
    assert block.refs == ("3", "4", "5")
    assert "scrutiny4" not in block.text and "scrutiny." in block.text
    note = _footnotes(report)["4"]
    assert "Children Act 2004" in note.text
    assert note.text == "4 Section 16 G (3) Children Act 2004"


def test_loader_carries_refs_across_rejoined_paragraphs_and_table_rows(report: LoadedDocument) -> None:
    # "... outside the family home¹³." continues page 13's paragraph on page 14
    rejoined = [b for b in report.blocks if "outside the family home" in b.text]
    assert rejoined and rejoined[0].page == 13 and rejoined[0].refs == ("13",)
    # "That year Harrow was 140/326¹⁰ in England" is a table cell on page 6
    row = [b for b in report.blocks if "140/326" in b.text]
    assert row and row[0].kind == "table_row" and row[0].refs == ("10",)
    # every ref names a footnote the loader found
    notes = _footnotes(report)
    assert all(n in notes for b in report.blocks for n in b.refs)


def test_chunk_with_the_sentence_carries_its_footnote(report_chunks: list[Chunk]) -> None:
    hits = _holding(report_chunks, "open to independent scrutiny")
    assert len(hits) == 1
    chunk = hits[0]
    assert "4 Section 16 G (3) Children Act 2004" in chunk.text
    lines = chunk.text.split("\n")
    para = next(i for i, t in enumerate(lines) if "open to independent scrutiny" in t)
    # the paragraph's footnotes follow it directly, in reference order
    assert [t.split(" ", 1)[0] for t in lines[para + 1:para + 4]] == ["3", "4", "5"]
    assert chunk.line_kinds[para + 1:para + 4] == ["footnote"] * 3
    assert chunk.section.endswith("Introduction")
    # the footnote keeps its own page (printed at the foot of page 4)
    assert chunk.line_pages[para + 2] == 4


def test_ecins_chunk_spells_ecins_out(report_chunks: list[Chunk]) -> None:
    hits = _holding(report_chunks, "information sharing system - ECINS")
    assert len(hits) == 1
    assert "11 Empowering Communities with Integrated Networks" in hits[0].text


def test_footnotes_are_emitted_once(report: LoadedDocument, report_chunks: list[Chunk]) -> None:
    notes = _footnotes(report)
    assert len(notes) == 15
    for num, note in notes.items():
        holders = _holding(report_chunks, note.text)
        assert len(holders) == 1, f"footnote {num} in {len(holders)} chunks"
    lines = [t for c in report_chunks for t, k in zip(c.text.split("\n"), c.line_kinds) if k == "footnote"]
    assert len(lines) == len(set(lines))


def test_every_referenced_footnote_sits_with_its_reference(report: LoadedDocument, report_chunks: list[Chunk]) -> None:
    notes = _footnotes(report)
    referenced = {n for b in report.blocks for n in b.refs}
    linked = 0
    for num in sorted(referenced, key=int):
        holder = _holding(report_chunks, notes[num].text)[0]
        if holder.kind != "footnote":  # not a footnote-only chunk
            linked += 1
    print(f"footnotes: {len(notes)}, linked: {linked}, unlinked: {len(notes) - linked}")
    assert linked == len(referenced) == 15
    assert not [c for c in report_chunks if c.kind == "footnote"]


def test_report_chunks_fit_the_embedding_model(report_chunks: list[Chunk]) -> None:
    assert max(count_tokens(c.embed_text()) for c in report_chunks) <= MODEL_MAX_TOKENS
    for c in report_chunks:
        assert len(c.line_kinds) == len(c.line_pages) == len(c.text.split("\n"))


# --------------------------------------------------------------------------- synthetic


def _words(text: str) -> int:
    return len(text.split()) + 2


def _doc(*blocks: Block) -> LoadedDocument:
    return LoadedDocument(source="s.pdf", title="T", blocks=list(blocks))


def _lines(chunk: Chunk) -> list[str]:
    return chunk.text.split("\n")


def test_footnote_follows_its_paragraph_and_not_a_list_item() -> None:
    doc = _doc(
        Block("heading", "Section", page=1, level=1),
        Block("paragraph", "Alpha is defined in law.", page=1, refs=("3",)),
        Block("paragraph", "The steps are:", page=1),
        Block("list_item", "first step", page=1),
        Block("list_item", "second step", page=1, refs=("4",)),
        Block("list_item", "third step", page=1),
        Block("paragraph", "Closing words.", page=2),
        Block("footnote", "3 Section 1 Alpha Act 2004", page=1),
        Block("footnote", "4 See the guidance.", page=1),
        Block("footnote", "9 Nobody cites this note.", page=2),
    )
    chunks = Chunker(counter=_words).chunk(doc)
    assert _lines(chunks[0]) == [
        "Alpha is defined in law.",
        "3 Section 1 Alpha Act 2004",
        "The steps are:",
        "- first step",
        "- second step",
        "- third step",
        "4 See the guidance.",
        "Closing words.",
    ]
    assert chunks[0].line_kinds == ["paragraph", "footnote", "paragraph", "list_item", "list_item",
                                    "list_item", "footnote", "paragraph"]
    assert chunks[0].line_pages == [1, 1, 1, 1, 1, 1, 1, 2]
    # an unreferenced footnote keeps its own chunk at the end of the section
    assert len(chunks) == 2
    assert chunks[1].kind == "footnote" and chunks[1].text == "9 Nobody cites this note."


def test_footnote_after_a_table_run_and_once_only() -> None:
    doc = _doc(
        Block("heading", "Figures", page=1, level=1),
        Block("table_row", "Contacts | 10", page=1, header="Measure | Count", refs=("5",)),
        Block("table_row", "Plans | 20", page=1, header="Measure | Count"),
        Block("paragraph", "As the table shows, contacts rose.", page=1, refs=("5",)),
        Block("footnote", "5 Counted at year end.", page=1),
    )
    chunks = Chunker(counter=_words).chunk(doc)
    # the note closes the table run; text after a table starts a new chunk (as before)
    assert [_lines(c) for c in chunks] == [
        ["Measure | Count", "Contacts | 10", "Plans | 20", "5 Counted at year end."],
        ["As the table shows, contacts rose."],
    ]
    assert chunks[0].kind == "table"


def test_footnote_printed_under_a_later_heading_joins_its_reference() -> None:
    doc = _doc(
        Block("heading", "Introduction", page=3, level=2),
        Block("paragraph", "They are open to independent scrutiny.", page=3, refs=("4",)),
        Block("heading", "Next topic", page=4, level=2, refs=("6",)),
        Block("paragraph", "The partners own the arrangements.", page=4),
        Block("footnote", "4 Section 16 G (3) Children Act 2004", page=4),
        Block("footnote", "6 These are the partners.", page=4),
    )
    chunks = Chunker(counter=_words).chunk(doc)
    assert [(c.section, _lines(c)) for c in chunks] == [
        ("Introduction", ["They are open to independent scrutiny.", "4 Section 16 G (3) Children Act 2004"]),
        ("Next topic", ["The partners own the arrangements.", "6 These are the partners."]),
    ]
    assert chunks[0].page_start == 3 and chunks[0].page_end == 4
    assert doc.blocks[3].refs == ()  # the document itself is not modified


def test_paragraph_moves_on_with_its_footnote_within_the_budget() -> None:
    doc = _doc(
        Block("heading", "S", page=1, level=1),
        Block("paragraph", " ".join(["word"] * 25), page=1),
        Block("paragraph", "short cited sentence.", page=1, refs=("1",)),
        Block("footnote", "1 " + " ".join(["note"] * 6), page=1),
    )
    # budget 32: 27 + 5 fit, the note (8) does not; paragraph and note (13) move on
    chunker = Chunker(max_tokens=32, counter=_words)
    chunks = chunker.chunk(doc)
    assert [_lines(c) for c in chunks] == [
        [" ".join(["word"] * 25)],
        ["short cited sentence.", "1 " + " ".join(["note"] * 6)],
    ]
    for c in chunks:
        assert sum(_words(t) for t in _lines(c)) <= 32


# -- lists printed without bullets ------------------------------------------------------------

def test_unbulleted_pdf_list_is_chunked_as_list_items(report_chunks: list[Chunk]) -> None:
    """p.38 sets the conference workshops as plain lines under a lead-in ending in ':'."""
    (chunk,) = _holding(report_chunks, "Red Thread")
    lines = _lines(chunk)
    assert "- Red Thread – Trauma informed support for young people affected by violence" in lines
    assert any(line.startswith("- Ignite") for line in lines)
    assert lines[0].endswith(":") and not lines[0].startswith("- ")  # the lead-in stays prose
    (courses,) = _holding(report_chunks, "Managing Allegations")
    assert "- Grooming" in _lines(courses) and "- Managing Allegations" in _lines(courses)


def test_unmarked_lists_need_a_lead_in_and_three_short_unpunctuated_lines() -> None:
    from ingest.chunker import unmarked_lists

    def kinds(*texts: str) -> list[str]:
        return [b.kind for b in unmarked_lists([Block("paragraph", t) for t in texts])]

    assert kinds("Workshops were run by:", "Red Thread", "Ignite", "St Giles") == \
        ["paragraph", "list_item", "list_item", "list_item"]
    # no lead-in: three short lines are not a list
    assert kinds("Workshops were run by", "Red Thread", "Ignite", "St Giles") == ["paragraph"] * 4
    # two lines are not enough; a finished sentence ends the run
    assert kinds("We met:", "Red Thread", "Ignite") == ["paragraph"] * 3
    assert kinds("We met:", "Red Thread", "It went well.", "Ignite", "St Giles") == ["paragraph"] * 5
    # a long line is prose, not an item
    assert kinds("Note:", "a " * 100, "b", "c") == ["paragraph"] * 4


def test_a_signature_heading_with_nothing_under_it_is_kept_as_text(report_chunks: list[Chunk]) -> None:
    # the scrutineer's evaluation ends with his name set as a heading; it is the only place
    # the report says who the Independent Chair is
    sig = [c for c in report_chunks if c.text == "Chris Miller Independent Chair and Scrutineer Harrow Safeguarding Partnership"]
    assert len(sig) == 1 and sig[0].section.startswith("2. Evaluation of the effectiveness")
    # titles whose content was an image or a chart stay titles only
    for title in ("5. Covid-19 Business Continuity Planning", "Appendix (iii) Harrow Safeguarding Partnership Priorities"):
        assert not any(c.text == title for c in report_chunks), title


def test_is_statement() -> None:
    from ingest.chunker import _is_statement

    assert _is_statement("Chris Miller Independent Chair and Scrutineer Harrow Safeguarding Partnership")
    assert not _is_statement("The breakdown of categories of harm:.")
    assert not _is_statement("ANNUAL REPORT 2020 – 2021 THINK WHOLE FAMILY")
    assert not _is_statement("Early identification of risk")


def test_a_section_opening_dates_the_figures_under_it(report_chunks: list[Chunk]) -> None:
    # "Our performance and activity data for 2019 to 2020 tell us ..." opens the CP
    # conference section: its Performance bullets, three chunks on, are 2019-20 figures
    quorate = next(c for c in report_chunks if "95% of conferences were quorate" in c.text)
    assert "2019" not in quorate.text and quorate.metadata.get("data_period") == "2019 to 2020"
    opening = next(c for c in report_chunks if "performance and activity data for 2019" in c.text)
    assert opening.metadata.get("data_period") == "2019 to 2020"
    # a section whose opening dates nothing is left alone, a period named later included
    missing = next(c for c in report_chunks if "83 children" in c.text)
    assert "data_period" not in missing.metadata
    assert sum("data_period" in c.metadata for c in report_chunks) < len(report_chunks) // 5


def test_a_sentence_after_a_page_break_is_cited_to_its_own_page(report_chunks: list[Chunk]) -> None:
    # found by a new user: the paragraph "Harrow has been working with the University of
    # Bedfordshire ..." starts on page 13 and goes on to page 14, where the sentence naming
    # Dr Carlene Firmin is printed; the whole re-joined line was cited to page 13
    import pypdf

    (chunk,) = _holding(report_chunks, "Carlene Firmin")
    assert chunk.page_of(0) == 13 and chunk.page_of(chunk.text.index("Carlene Firmin")) == 14
    reader = pypdf.PdfReader(str(REPORT_PDF))
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    breaks = [(c, at, pg) for c in report_chunks for at, pg in c.page_breaks]
    assert len(breaks) >= 10
    for c, at, pg in breaks:
        # the words before each break are on the page before it, the break is inside a line
        assert " ".join(c.text[:at].split()[-2:]) in pages[pg - 2], (c.id, c.text[at - 30:at + 30])
        assert c.page_of(at) == pg and c.page_of(at - 2) == pg - 1 and "\n" not in c.text[at - 2:at]

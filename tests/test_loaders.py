"""Loader tests on the real shared corpus (/work/shared) plus synthetic bad inputs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.errors import IngestError
from ingest.loaders import load_document
from ingest.loaders.docx import load_docx
from ingest.loaders.html import load_html
from ingest.loaders.markdown import load_markdown
from ingest.loaders.pdf import load_pdf
from ingest.loaders.text import load_text
from ingest.models import LoadedDocument

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
REPORT_PDF = CORPUS / "harrow-hscb-annual-report-2020-21.pdf"
REPORT_MD = CORPUS / "harrow-hscb-annual-report-2020-21.md"
CHILD_M_DOCX = CORPUS / "harrow-cspr-child-m-learning-sheet.docx"
HTML_DIR = SHARED / "corpus-extra" / "modern-slavery-html"

KINDS = {"heading", "paragraph", "list_item", "table_row", "footnote"}

needs_shared = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")


def _find(doc: LoadedDocument, needle: str, kind: str | None = None):
    return [b for b in doc.blocks if needle in b.text and (kind is None or b.kind == kind)]


def _check_shape(doc: LoadedDocument, paged: bool) -> None:
    assert doc.blocks
    for b in doc.blocks:
        assert b.kind in KINDS
        assert b.text.strip()
        if b.kind != "table_row":  # rows may start/end with an empty cell
            assert b.text == b.text.strip()
        assert "\n" not in b.text
        if paged:
            assert isinstance(b.page, int) and b.page >= 1
        else:
            assert b.page is None
        if b.kind == "heading":
            assert 1 <= b.level <= 6
        if b.kind != "table_row":
            assert b.header is None


# --------------------------------------------------------------------------- PDF


@pytest.fixture(scope="module")
def pdf_doc() -> LoadedDocument:
    return load_pdf(REPORT_PDF)


@needs_shared
def test_pdf_basic_shape(pdf_doc: LoadedDocument) -> None:
    _check_shape(pdf_doc, paged=True)
    assert pdf_doc.source == REPORT_PDF.name
    assert pdf_doc.title == "Harrow Safeguarding Children Board Annual Report 2020-2021"
    assert max(b.page for b in pdf_doc.blocks) == 41
    assert not pdf_doc.warnings
    # ligatures normalised
    assert not any(ch in b.text for b in pdf_doc.blocks for ch in "ﬀﬁﬂﬃﬄ")


@needs_shared
def test_pdf_superscript_footnote_marker_dropped(pdf_doc: LoadedDocument) -> None:
    hits = _find(pdf_doc, "missing episodes for the same period to 198.")
    assert hits and hits[0].page == 13 and hits[0].kind == "paragraph"
    assert not _find(pdf_doc, "19812")
    assert _find(pdf_doc, "83 children went missing")[0].page == 13
    fn = [b for b in pdf_doc.blocks if b.kind == "footnote" and b.text.startswith("12 Covid 19")]
    assert fn and fn[0].page == 13


@needs_shared
def test_pdf_paragraph_interrupted_by_footnote_is_rejoined(pdf_doc: LoadedDocument) -> None:
    hits = _find(pdf_doc, "the communities in which they live generally cooperate well")
    assert hits and hits[0].page == 7 and hits[0].kind == "paragraph"
    fn = [b for b in pdf_doc.blocks if b.kind == "footnote" and b.text.startswith("10 Since 2015")]
    assert fn and fn[0].page == 7


@needs_shared
def test_pdf_page_numbers_dropped(pdf_doc: LoadedDocument) -> None:
    for b in pdf_doc.blocks:
        assert b.text.strip() != str(b.page)


@needs_shared
def test_pdf_headings(pdf_doc: LoadedDocument) -> None:
    h = _find(pdf_doc, "The three core Safeguarding Partners are actively involved in strategic planning", "heading")
    assert h and h[0].level == 3 and h[0].page == 4
    assert _find(pdf_doc, "1. Foreword", "heading")[0].level == 2
    assert _find(pdf_doc, "Safeguarding Adult Review – Family A", "heading")[0].page == 19
    assert _find(pdf_doc, "Nazir Afzal", "heading")
    assert _find(pdf_doc, "Dez Holmes")


@needs_shared
def test_pdf_tables(pdf_doc: LoadedDocument) -> None:
    row = _find(pdf_doc, "Children in Borough (up 3% in 12 months) | 64,000", "table_row")
    assert row and row[0].page == 7
    row = _find(pdf_doc, "Black or Black British | 30 | 36.1%", "table_row")
    assert row and row[0].page == 13
    assert row[0].header == "Ethnicity | 2019/20 Missing Children | 2019/20 %"
    pet = _find(pdf_doc, "Pet waste on the floor", "table_row")
    assert pet and pet[0].page == 19
    assert pet[0].text == "Pet waste on the floor |  | ✓ | ✓ | ✓ | ✓"
    assert pet[0].header is not None and "LEVEL 1" in pet[0].header
    assert pet[0].header.startswith(" | LEVEL 1 | LEVEL 2")
    # hoarding table continues on page 20 with the same header and columns
    bugs = _find(pdf_doc, "Bugs |", "table_row")
    assert bugs and bugs[0].page == 20 and bugs[0].header == pet[0].header
    assert bugs[0].text == "Bugs |  |  |  | ✓ | ✓"
    assert _find(pdf_doc, "Overall Population (ONS midyear estimate, 2020) | 252,300", "table_row")
    assert _find(pdf_doc, "Harrow Clinical Commissioning Group | -20,000", "table_row")


@needs_shared
def test_pdf_ordinal_superscripts(pdf_doc: LoadedDocument) -> None:
    assert _find(pdf_doc, "(31st March 2021)")
    assert not _find(pdf_doc, "31 st March")


@needs_shared
def test_pdf_lists(pdf_doc: LoadedDocument) -> None:
    head = _find(pdf_doc, "Key findings from the review", "heading")
    assert head and head[0].page == 18
    i = pdf_doc.blocks.index(head[0])
    items = pdf_doc.blocks[i + 1 : i + 7]
    assert all(b.kind == "list_item" and b.page == 18 for b in items)
    assert items[0].text == "The need for a coordinated approach to support parents with multiple commitments/appointments"
    assert items[-1].text == "The need for guidance regarding parental use of mechanical restraint"
    # items drawn with bullets and no vertical gap are still separate
    fam = _find(pdf_doc, "The need for training across the partnership on the link between self-neglect and hoarding")
    assert fam and fam[0].kind == "list_item" and fam[0].page == 19
    assert _find(pdf_doc, "Ensure early intervention and appropriate support for victims", "list_item")[0].text.endswith(
        "victims"
    )


@needs_shared
def test_pdf_known_facts(pdf_doc: LoadedDocument) -> None:
    assert _find(pdf_doc, "80.3%")
    assert _find(pdf_doc, "Multi-agency Risk Assessment Conference")[0].page == 15


def test_pdf_corrupt(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(IngestError) as ei:
        load_pdf(bad)
    assert "broken.pdf" in str(ei.value)
    assert "\n" not in str(ei.value)


def _encrypted_pdf(path: Path, user: str, owner: str) -> None:
    from pypdf import PdfWriter

    src = tmp_src = None
    writer = PdfWriter()
    if REPORT_PDF.is_file():
        from pypdf import PdfReader

        src = PdfReader(str(REPORT_PDF))
        writer.add_page(src.pages[1])
    else:  # pragma: no cover
        writer.add_blank_page(200, 200)
    _ = tmp_src
    writer.encrypt(user_password=user, owner_password=owner, algorithm="RC4-128")
    with path.open("wb") as fh:
        writer.write(fh)


@needs_shared
def test_pdf_encrypted_user_password(tmp_path: Path) -> None:
    p = tmp_path / "locked.pdf"
    _encrypted_pdf(p, "u", "o")
    with pytest.raises(IngestError) as ei:
        load_pdf(p)
    assert "locked.pdf" in str(ei.value) and "password" in str(ei.value)


@needs_shared
def test_pdf_encrypted_owner_only_loads(tmp_path: Path) -> None:
    p = tmp_path / "owner.pdf"
    _encrypted_pdf(p, "", "o")
    doc = load_pdf(p)
    assert _find(doc, "1. Foreword", "heading")


def test_pdf_no_text_layer(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    p = tmp_path / "scan.pdf"
    w = PdfWriter()
    w.add_blank_page(200, 200)
    with p.open("wb") as fh:
        w.write(fh)
    with pytest.raises(IngestError) as ei:
        load_pdf(p)
    assert "no text layer" in str(ei.value) and "scan.pdf" in str(ei.value)


@needs_shared
def test_pdf_textless_page_is_a_warning(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    p = tmp_path / "mixed.pdf"
    w = PdfWriter()
    w.add_page(PdfReader(str(REPORT_PDF)).pages[1])
    w.add_blank_page(200, 200)
    with p.open("wb") as fh:
        w.write(fh)
    doc = load_pdf(p)
    assert any("page 2" in x for x in doc.warnings)


# --------------------------------------------------------------------------- Markdown


@pytest.fixture(scope="module")
def md_doc() -> LoadedDocument:
    return load_markdown(REPORT_MD)


@needs_shared
def test_markdown_shape_and_headings(md_doc: LoadedDocument) -> None:
    _check_shape(md_doc, paged=False)
    assert md_doc.source == REPORT_MD.name
    h = _find(md_doc, "1. Foreword", "heading")
    assert h and h[0].level == 2 and h[0].text == "1. Foreword"
    h = _find(md_doc, "The three core Safeguarding Partners are actively involved", "heading")
    assert h and h[0].level == 3
    assert _find(md_doc, "Commentary", "heading")  # bold-only line
    assert not any("<" in b.text and ">" in b.text and "sup" in b.text for b in md_doc.blocks)
    # emphasis markers stripped (escaped literal asterisks like "\\*\\*" are kept)
    assert not any(re.search(r"\*\*[A-Za-z]|[A-Za-z]\*\*", b.text) for b in md_doc.blocks)


@needs_shared
def test_markdown_same_facts_as_pdf(md_doc: LoadedDocument) -> None:
    assert _find(md_doc, "missing episodes for the same period to 198.")
    assert not _find(md_doc, "19812")
    assert _find(md_doc, "the communities in which they live generally cooperate well", "paragraph")
    assert [b for b in md_doc.blocks if b.kind == "footnote" and b.text.startswith("12 Covid 19")]
    row = _find(md_doc, "Children in Borough (up 3% in 12 months) | 64,000", "table_row")
    assert row and row[0].header is None
    row = _find(md_doc, "Black or Black British | 30 | 36.1%", "table_row")
    assert row and row[0].header == "Ethnicity | 2019/20 Missing Children | 2019/20 %"
    pet = _find(md_doc, "Pet waste on the floor", "table_row")
    assert pet[0].text == "Pet waste on the floor |  | ✓ | ✓ | ✓ | ✓"
    assert pet[0].header.startswith(" | LEVEL 1")
    assert _find(md_doc, "Number of Contacts in MASH (1st April 2020- 31st March 2021)")
    head = _find(md_doc, "Key findings from the review", "heading")[0]
    i = md_doc.blocks.index(head)
    assert [b.kind for b in md_doc.blocks[i + 1 : i + 7]] == ["list_item"] * 6


def test_markdown_inline_html_and_lists(tmp_path: Path) -> None:
    p = tmp_path / "note.md"
    p.write_text(
        "# Title &amp; more\n\nA sentence<sup>3</sup> on the 1 <sup>st</sup> day, <b>bold</b>.\n\n"
        "- one\n- two\n\n1. first\n2. second\n\n| A | B |\n|---|---|\n| x<br>y | 2 |\n",
        encoding="utf-8",
    )
    doc = load_markdown(p)
    assert doc.title == "Title & more"
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert ("paragraph", "A sentence on the 1st day, bold.") in kinds
    assert [t for k, t in kinds if k == "list_item"] == ["one", "two", "first", "second"]
    assert ("table_row", "x y | 2") in kinds


# --------------------------------------------------------------------------- DOCX


@needs_shared
def test_docx_child_m() -> None:
    doc = load_docx(CHILD_M_DOCX)
    _check_shape(doc, paged=False)
    assert doc.title == "Appendix (iv) Quick Reference Learning Sheets from HSCB Case Reviews"
    heads = [(b.level, b.text) for b in doc.blocks if b.kind == "heading"]
    assert heads[0] == (2, "Appendix (iv) Quick Reference Learning Sheets from HSCB Case Reviews")
    assert (5, "Background") in heads
    assert (3, "CHILD SAFEGUARDING PRACTICE REVIEW: CHILD ‘M’") in heads
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert len(items) == 2 and items[0].startswith("Child M suffered intermittent dental pain")
    assert _find(doc, "It was agreed that a Child Safeguarding Practice Review", "paragraph")


def test_docx_tables_in_order(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Doc title", 1)
    d.add_paragraph("Before the table.")
    t = d.add_table(rows=3, cols=2)
    for i, row in enumerate([["Agency", "Count"], ["Police", "4"], ["CCG", "2"]]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph("A bullet", style="List Bullet")
    d.add_paragraph("After.")
    p = tmp_path / "t.docx"
    d.save(str(p))
    doc = load_docx(p)
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "table_row", "table_row", "list_item", "paragraph"]
    assert doc.blocks[2].text == "Police | 4" and doc.blocks[2].header == "Agency | Count"
    assert doc.title == "Doc title"


def test_docx_corrupt(tmp_path: Path) -> None:
    p = tmp_path / "broken.docx"
    p.write_bytes(b"this is not a zip")
    with pytest.raises(IngestError) as ei:
        load_docx(p)
    assert "broken.docx" in str(ei.value)


# --------------------------------------------------------------------------- HTML


HTML_H1 = {
    "advice.html": "ADVICE FOR EMPLOYERS",
    "index.html": "Slavery IS CLOSER THAN YOU THINK",
    "need-help.html": "HELP IS HERE",
    "report-it.html": "HOW TO REPORT SUSPECTED SLAVERY",
    "spot-the-signs.html": "How to spot the signs of modern slavery",
    "who.html": "SLAVERY TYPES AND WHO IS AFFECTED",
}


@needs_shared
@pytest.mark.parametrize("name", sorted(HTML_H1))
def test_html_pages(name: str) -> None:
    doc = load_html(HTML_DIR / name)
    _check_shape(doc, paged=False)
    h1 = [b.text for b in doc.blocks if b.kind == "heading" and b.level == 1]
    assert h1 == [HTML_H1[name]]
    text = "\n".join(b.text for b in doc.blocks)
    low = text.lower()
    assert "this website uses cookies" not in low
    assert "cookies policy" not in low
    assert "function(" not in text and "gtag(" not in text and "{" not in text
    assert "© Crown copyright" not in text  # footer
    assert len(text) > 200
    assert doc.title and "&" not in doc.title.replace(" & ", "")


@needs_shared
def test_html_content_details() -> None:
    need = load_html(HTML_DIR / "need-help.html")
    assert _find(need, "NSPCC", "heading")
    assert _find(need, "The NSPCC protects children across the UK", "paragraph")
    assert not _find(need, "Previous Part")
    who = load_html(HTML_DIR / "who.html")
    assert who.title == "Types of Slavery, industries where it exists and who is affected"
    assert _find(who, "DOMESTIC SERVITUDE", "list_item")
    signs = load_html(HTML_DIR / "spot-the-signs.html")
    assert signs.title == "Spot the Signs of Slavery in the UK"
    assert _find(signs, "PHYSICAL APPEARANCE", "heading")


@needs_shared
def test_html_case_study_subtitles_name_every_chunk_of_their_story() -> None:
    from ingest.chunker import Chunker

    who = load_html(HTML_DIR / "who.html")
    heads = [(b.level, b.text) for b in who.blocks if b.kind == "heading"]
    assert (2, "Victim of forced labour") in heads and (3, "Albert from Britain") in heads
    assert (3, "Fredek from Hungary") in heads and (3, "Serena from Gambia") in heads
    # the story's later chunk ("sold to another family for £3,000") carries its name
    sold = next(c for c in Chunker().chunk(who) if "sold to another family" in c.text)
    assert sold.section.endswith("Victim of forced labour > Albert from Britain")
    # a strapline sentence under a heading stays a paragraph
    report = load_html(HTML_DIR / "report-it.html")
    assert _find(report, "Our online form is quick and simple", "paragraph")


@pytest.mark.parametrize("text, subtitle", [
    ("Albert from Britain", True), ("Anonymous female from Britain", True), ("Kim from Vietnam*", True),
    ("Jay from London.", True), ("Maria from Romania (name changed)", True), ("Leah, 16, from Leeds", True),
    ("Amira's story", True),
    ("Our online form is quick and simple", False), ("Signs include:", False),
    ("Call 999 now", False), ("In 2012 he moved", False), ("the lower case line", False),
    # (break-it pass: answers, instructions and hours under a heading are content)
    ("Within one working day", False), ("Not always", False), ("Yes", False), ("Never promise confidentiality", False),
    ("Monday to Friday", False), ("Children cannot consent to exploitation", False), ("Support from Barnardo's", False),
])
def test_html_subtitle_shape(text: str, subtitle: bool) -> None:
    from ingest.loaders.html import is_subtitle

    assert is_subtitle(text) is subtitle


def test_html_subtitle_needs_a_heading_before_and_body_after(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text("<html><body><main><h2>Case studies</h2><p>Jane from Leeds</p><p>" + "Jane was 15. " * 20
                 + "</p><p>Closing Words</p><h2>Next</h2><p>Body text here.</p></main></body></html>", encoding="utf-8")
    blocks = [(b.kind, b.text, b.level) for b in load_html(p).blocks]
    assert ("heading", "Jane from Leeds", 3) in blocks
    # a short line before a heading, not after one, is text
    assert ("paragraph", "Closing Words", 0) in blocks
    # an answer under a question heading is the answer, not a subtitle
    p.write_text("<html><body><main><h2>Is Sam from Leeds eligible?</h2><p>Sam from Leeds</p><p>" + "More text. " * 20
                 + "</p></main></body></html>", encoding="utf-8")
    assert ("paragraph", "Sam from Leeds", 0) in [(b.kind, b.text, b.level) for b in load_html(p).blocks]


@needs_shared
def test_html_marked_footnotes_are_kept_and_placed_after_their_reference() -> None:
    from ingest.chunker import Chunker

    index = load_html(HTML_DIR / "index.html")
    kinds = [(b.kind, b.text) for b in index.blocks]
    # the helpline note lives in the page footer; the body marks the number with "*"
    note = next(t for k, t in kinds if k == "footnote" and t.startswith("*Information submitted"))
    assert "handled by the NSPCC" in note and "listened to by supervisors" in note and "Policy." in note
    helpline = next(b for b in index.blocks if "0800 0121 700*" in b.text)
    assert helpline.refs == ("*",)
    # a body paragraph opening with a superscript marker is the note itself
    assert ("footnote", "** Source Global Slavery Index") in kinds
    # other footer text stays out
    assert not any("Phone the Police" in t for _, t in kinds)
    chunk = next(c for c in Chunker().chunk(index) if "0800 0121 700*" in c.text)
    lines = chunk.text.split("\n")
    at = next(i for i, line in enumerate(lines) if "0800 0121 700*" in line)
    assert lines[at + 1].startswith("*Information submitted") and chunk.line_kinds[at + 1] == "footnote"


def test_html_footer_notes_nothing_marks_are_dropped(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text("<html><body><main><h1>Guide</h1><p>" + "Plain text. " * 30 + "</p></main>"
                 "<footer><p>*Terms apply to all calls</p></footer></body></html>", encoding="utf-8")
    assert not any("Terms apply" in b.text for b in load_html(p).blocks)


def test_html_table_and_boilerplate(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><title>Safeguarding guide for staff | Site</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Home</a></nav><div id='cookie-banner'>We use cookies</div>"
        "<main><h1>Guide</h1><p>Intro<sup>2</sup> text on 1<sup>st</sup> May.</p>"
        "<ul><li>One</li><li>Two<ul><li>Nested</li></ul></li></ul>"
        "<table><tr><th>Name</th><th>Value</th></tr><tr><td>A</td><td>1</td></tr></table>"
        "<p>" + "More text. " * 30 + "</p></main><footer>Footer stuff</footer></body></html>",
        encoding="utf-8",
    )
    doc = load_html(p)
    texts = [(b.kind, b.text) for b in doc.blocks]
    assert texts[0] == ("heading", "Guide")
    assert ("paragraph", "Intro text on 1st May.") in texts
    assert [t for k, t in texts if k == "list_item"] == ["One", "Two", "Nested"]
    row = [b for b in doc.blocks if b.kind == "table_row"]
    assert row[0].text == "A | 1" and row[0].header == "Name | Value"
    joined = " ".join(t for _, t in texts)
    assert "cookies" not in joined and "Home" not in joined and "Footer" not in joined
    assert doc.title == "Safeguarding guide for staff"


# --------------------------------------------------------------------------- text


def test_text_structure(tmp_path: Path) -> None:
    p = tmp_path / "notes.txt"
    p.write_bytes(
        "\ufeffSAFEGUARDING NOTES\n\nFirst line of a\nparagraph about self-\nneglect.\n\n"
        "- item one\n  continued\n- item two\n1. numbered\n\nSection\n-------\nBody text.\n".encode("utf-8")
    )
    doc = load_text(p)
    _check_shape(doc, paged=False)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "SAFEGUARDING NOTES"),
        ("paragraph", "First line of a paragraph about self-neglect."),
        ("list_item", "item one continued"),
        ("list_item", "item two"),
        ("list_item", "numbered"),
        ("heading", "Section"),
        ("paragraph", "Body text."),
    ]
    assert doc.title == "SAFEGUARDING NOTES"


def test_text_rejects_non_utf8(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes("caf\u00e9 au lait".encode("latin-1"))
    with pytest.raises(IngestError) as ei:
        load_text(p)
    msg = str(ei.value)
    assert msg.startswith("latin1.txt:") and "not valid UTF-8" in msg and "byte offset 3" in msg


# --------------------------------------------------------------------------- dispatch


@needs_shared
def test_dispatch_all_real_files() -> None:
    for path in [REPORT_MD, CHILD_M_DOCX, *sorted(HTML_DIR.glob("*.html"))]:
        doc = load_document(path)
        assert doc.source == path.name and doc.title


def test_dispatch_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.md"
    p.write_bytes(b"")
    with pytest.raises(IngestError):
        load_document(p)


def test_an_html_page_with_a_title_and_no_body_has_no_text(tmp_path: Path) -> None:
    """Found by a break-it pass: the <title> alone was indexed as the page's one chunk."""
    p = tmp_path / "stub.html"
    p.write_text("<html><head><title>Safeguarding policy</title></head></html>")
    with pytest.raises(IngestError, match="no extractable text"):
        load_document(p)
    p.write_text("<html><head><title>Safeguarding policy</title></head><body><p>Call the MASH.</p></body></html>")
    doc = load_document(p)
    assert doc.title == "Safeguarding policy" and [b.text for b in doc.blocks] == ["Call the MASH."]


def test_html_footer_notes_are_read_from_the_footer_only_once_per_marker(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(
        "<html><body><main><h1>Help</h1><p>Call the helpline on 0800 111 222* if you are worried.</p>"
        "<p>Referrals rose to 1,204 in 2021<sup>†</sup>.</p><p>It is **mandatory** and rated 5* by staff.</p>"
        "<p><sup>*</sup></p><p>" + "More text. " * 30 + "</p></main>"
        "<footer><p>*Calls are free from landlines and mobiles.</p><p>*Required fields are marked in our form.</p>"
        "<p>† Source: MASH data, March 2021.</p><form><span>* indicates a required field</span></form>"
        "<div class='cookie-banner'><p>*We use cookies.</p></div><p style='display:none'>*Hidden note here.</p></footer>"
        "</body></html>", encoding="utf-8")
    blocks = load_html(p).blocks
    notes = [b.text for b in blocks if b.kind == "footnote"]
    assert notes == ["*Calls are free from landlines and mobiles.", "† Source: MASH data, March 2021."]
    refs = {b.text[:20]: b.refs for b in blocks if b.refs}
    assert refs == {"Call the helpline on": ("*",), "Referrals rose to 1,": ("†",)}  # not "**mandatory**" or "5*"

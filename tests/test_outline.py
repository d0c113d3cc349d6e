"""Section paths: typography corrected by heading numbers (ingest.outline), on the real
Harrow report and on small outlines."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunker import Chunker
from ingest.loaders.pdf import load_pdf
from ingest.outline import Outline, heading_number, is_generic_heading

REPORT_PDF = Path(__file__).resolve().parents[1] / "corpus" / "harrow-hscb-annual-report-2020-21.pdf"


def _paths(headings: list[tuple[str, int]]) -> list[str]:
    outline = Outline()
    out = []
    for text, raw in headings:
        outline.push(text, raw)
        out.append(" > ".join(outline.path()))
    return out


def test_heading_number() -> None:
    assert heading_number("4. Progress on Priorities") == 4
    assert heading_number("10) Voluntary sector") == 10
    assert heading_number("2021 Annual Conference") is None
    assert heading_number("3.5 million") is None


def test_unnumbered_document_keeps_its_typography() -> None:
    assert _paths([("Help is here", 1), ("Eaves", 2), ("TARA", 2), ("Who is affected", 1), ("Case study", 3)]) == [
        "Help is here", "Help is here > Eaves", "Help is here > TARA", "Who is affected",
        "Who is affected > Case study"]


def test_numbered_heading_follows_its_predecessor_whatever_its_size() -> None:
    # "3." set smaller than "2." is still a chapter; "2." set as large as the chapter
    # above "1." stays a sub-heading of that chapter
    assert _paths([("2. Evaluation", 2), ("Introduction", 3), ("3. At a Glance", 3),
                   ("4. Priorities", 2), ("Preventing harm", 3), ("1. WELLBEING", 4), ("What was achieved?", 3),
                   ("2. CONTEXTUAL", 2), ("Research", 3), ("3. DOMESTIC ABUSE", 2)]) == [
        "2. Evaluation", "2. Evaluation > Introduction", "3. At a Glance",
        "4. Priorities", "4. Priorities > Preventing harm", "4. Priorities > Preventing harm > 1. WELLBEING",
        "4. Priorities > What was achieved?",
        "4. Priorities > 2. CONTEXTUAL", "4. Priorities > 2. CONTEXTUAL > Research",
        "4. Priorities > 3. DOMESTIC ABUSE"]


def test_chapter_owns_unnumbered_headings_of_its_size_until_the_next_number() -> None:
    assert _paths([("6. Case Reviews", 2), ("Child M", 3), ("Child H", 2), ("Family A", 2),
                   ("7. Scrutiny", 2), ("Section 11 Audits", 2), ("Appendix (i) Membership", 4), ("Budget", 4)]) == [
        "6. Case Reviews", "6. Case Reviews > Child M", "6. Case Reviews > Child H", "6. Case Reviews > Family A",
        "7. Scrutiny", "7. Scrutiny > Section 11 Audits", "Appendix (i) Membership", "Budget"]


def test_a_missing_number_is_bridged_by_the_nearest_lower_one_of_the_same_size() -> None:
    # "5." was set as body text: "6." is a chapter beside "4.", not inside "3. DOMESTIC ABUSE"
    assert _paths([("4. Priorities", 2), ("1. WELLBEING", 4), ("2. CONTEXTUAL", 2), ("3. DOMESTIC ABUSE", 2),
                   ("6. Case Reviews", 2)])[-1] == "6. Case Reviews"


def test_generic_heading_goes_inside_the_topic_set_as_large_before_it() -> None:
    # "PRIORITIES FOR 2020 – 2021" is the conference service's, not a chapter of its own;
    # the next topical heading of that size closes both
    assert _paths([("7. Scrutiny", 2), ("CP CONFERENCES", 2), ("Performance", 3), ("Highlighting good practice:", 2),
                   ("PRIORITIES FOR 2020 – 2021", 2), ("INDEPENDENT REVIEWING OFFICERS", 2), ("Key findings:", 3)]) == [
        "7. Scrutiny", "7. Scrutiny > CP CONFERENCES", "7. Scrutiny > CP CONFERENCES > Performance",
        "7. Scrutiny > CP CONFERENCES > Highlighting good practice:",
        "7. Scrutiny > CP CONFERENCES > PRIORITIES FOR 2020 – 2021",
        "7. Scrutiny > INDEPENDENT REVIEWING OFFICERS", "7. Scrutiny > INDEPENDENT REVIEWING OFFICERS > Key findings:"]
    # a generic heading first keeps its typography
    assert _paths([("Key findings", 1), ("Young carers", 1)]) == ["Key findings", "Young carers"]
    assert is_generic_heading("PRIORITIES FOR 2020 – 2021") and is_generic_heading("Highlighting good practice:")
    assert not is_generic_heading("Performance of the MASH") and not is_generic_heading("Young Carers")


@pytest.fixture(scope="module")
def sections() -> dict[str, str]:
    """First line of each chunk -> its section path, for the real report."""
    chunks = Chunker().chunk(load_pdf(REPORT_PDF))
    return {c.section.split(" > ")[-1]: c.section for c in chunks}


def test_report_section_paths_follow_its_numbering(sections: dict[str, str]) -> None:
    assert sections["3. Harrow at a Glance (31st March 2021)"] == "3. Harrow at a Glance (31st March 2021)"
    assert sections["2. CONTEXTUAL SAFEGUARDING"] == "4. Progress on Priorities > 2. CONTEXTUAL SAFEGUARDING"
    assert sections["Operation Encompass"] == "4. Progress on Priorities > 3. DOMESTIC ABUSE > Operation Encompass"
    assert sections["Learned Lessons Review – Child H – Ongoing Impact"].startswith("6. Learning from Case Reviews > ")
    assert sections["Section 11 Audits"] == "7. Scrutiny – Monitoring and Evaluation > Section 11 Audits"
    assert sections["Appendix (ii) HSCB Budget 2020 to 2021"] == "Appendix (ii) HSCB Budget 2020 to 2021"
    assert sections["PRIORITIES FOR 2020 – 2021"] == (
        "7. Scrutiny – Monitoring and Evaluation > MONITORING AND SCRUTINY - CHILD PROTECTION CONFERENCES"
        " > PRIORITIES FOR 2020 – 2021")


def test_markup_levels_are_taken_at_their_word() -> None:
    # Markdown/HTML state their levels: "## Priorities 2021-22" after "## Young carers" is a sibling
    outline = Outline(typographic=False)
    paths = []
    for text, level in [("Young carers", 2), ("Priorities 2021-22", 2), ("Key findings", 2)]:
        outline.push(text, level)
        paths.append(" > ".join(outline.path()))
    assert paths == ["Young carers", "Priorities 2021-22", "Key findings"]

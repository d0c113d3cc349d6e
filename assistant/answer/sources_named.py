"""Which indexed document a question names, and a note when the answer comes from another.

Practitioners often say where they read something: "does the Child M learning sheet say how
many children were on child protection plans?", "the need help page - which organisations
...?", "20/21 report permanency outcomes - ...". Retrieval searches every document all the
same (a named source is often the wrong one: the borough's figures are in the annual report,
not the learning sheet), so the answer may be quoted from another document than the one
named. :func:`source_note` says so in one line, so the asker knows where the quote really
comes from before repeating it as "the learning sheet says".

Documents are matched by their type (``doc_type`` of the manifest: "annual report",
"learning sheet") or, for web pages, by the words of their file name ("need-help.html" is
"the need help page"; "index.html" is "the homepage").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Callable, Iterable, Sequence

from ingest.models import Citation, Passage


@dataclass(frozen=True)
class DocumentRef:
    """One indexed document as a question may name it.

    Attributes:
        source: the document's source path in the index ("modern-slavery-html/who.html").
        title: its title ("Types of Slavery, industries where it exists and who is affected").
        doc_type: its manifest type ("annual report", "learning sheet"), or "".
    """

    source: str
    title: str
    doc_type: str = ""


#: an annual report named: "the annual report", "the HSCB report", "the 20/21 report" (not
#: "the report-it page", nor "report it" as a verb)
_ANNUAL_REPORT = re.compile(r"\b(?:annual\s+report|(?:hscb|lscp|lscb|safeguarding|board['’]?s?|partnership)\s+(?:annual\s+)?report"
                            r"|(?:19|20)?\d{2}\s?[/-]\s?\d{2}\s+(?:annual\s+)?report"
                            # ("the report" alone only as a source: "does the report say", "in the
                            # report"; not "make the report to the helpline")
                            r"|the\s+report(?=\s+(?:says?|said|shows?|lists?|states?|mentions?|gives?|covers?)\b)"
                            r"|\b(?:in|from)\s+the\s+report)\b(?![- ]it\b)", re.I)
#: a learning sheet named: "the Child M learning sheet", "the CSPR sheet", "the learning brief"
_LEARNING_SHEET = re.compile(r"\b(?:learning\s+sheet|(?:cspr|review|briefing|learning)\s+sheet|(?:child|family|young\s+person)\s+['‘’]?[a-z]['’]?\s+sheet"
                             r"|learning\s+brief(?:ing)?|7[- ]minute\s+briefing)\b", re.I)
#: a web page named by its words: "the need help page", "the 'spot the signs' page",
#: "report-it page", "the who page"
_PAGE = re.compile(r"(?P<name>(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+)['’\"]?\s+(?:page|webpage|web\s+page)\b", re.I)
#: a site's front page: "the gov homepage", "the home page", "the index page"
_HOME = re.compile(r"\b(?:home\s?page|front\s+page|main\s+page|index\s+page|landing\s+page)\b", re.I)
#: file names of a site's front page
_HOME_STEMS = frozenset({"index", "home", "default"})


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))}


def named_documents(question: str, documents: Iterable[DocumentRef]) -> list[DocumentRef]:
    """The indexed ``documents`` the question names as its source, in index order.

    Args:
        question: the question as asked.
        documents: the indexed documents (one :class:`DocumentRef` each).

    Returns:
        the documents named: those of the type an "annual report" or "learning sheet"
        phrase names, and web pages whose file-name words ("need-help" -> need, help) all
        come just before "page" ("the need help page"), or the site's front page for
        "homepage". ``[]`` when the question names none of them (a document not indexed,
        "Working Together 2018", is not matched here).
    """
    docs = list(documents)
    out: list[DocumentRef] = []
    if _ANNUAL_REPORT.search(question):
        out += [d for d in docs if d.doc_type == "annual report"]
    if _LEARNING_SHEET.search(question):
        out += [d for d in docs if d.doc_type == "learning sheet"]
    pages = [d for d in docs if PurePosixPath(d.source).suffix.lower() in (".html", ".htm")]
    if _HOME.search(question):
        out += [d for d in pages if PurePosixPath(d.source).stem.lower() in _HOME_STEMS]
    for m in _PAGE.finditer(question):
        said = re.findall(r"[a-z0-9]+", m.group("name").lower().replace("’", "").replace("'", ""))
        for d in pages:
            stem = re.findall(r"[a-z0-9]+", PurePosixPath(d.source).stem.lower())
            # (the page's words, as the last words before "page": "the who page", "the
            # 'spot the signs' page"; not "who is listed on the page")
            if stem and said[-len(stem):] == stem and d not in out:
                out.append(d)
    seen: set[str] = set()
    return [d for d in out if not (d.source in seen or seen.add(d.source))]


def source_note(question: str, citations: Sequence[Citation], documents: Iterable[DocumentRef],
                held_by: Callable[[str, str], bool] | None = None) -> str | None:
    """A one-line note when the question names an indexed document but none of the answer's
    citations is from it; ``None`` otherwise (no document named, or one cited).

    Example: "does the Child M learning sheet say how many children were on child
    protection plans at 31st march 2021?" answered from the annual report gives "Note: the
    question names “Quick Reference Learning Sheet: CSPR Child M”; the passages quoted
    are from “Harrow Safeguarding Children Board Annual Report 2020-2021”." With
    ``held_by(source, quote)``, no note when a named document holds one of the quotes
    too.
    """
    if not citations:
        return None
    named = named_documents(question, documents)
    if not named:
        return None
    cited = list(dict.fromkeys(c.source for c in citations))
    if any(d.source in cited for d in named):
        return None
    if held_by is not None and any(held_by(d.source, c.quote) for d in named for c in citations):
        # the named document holds the quote too (the annual report's appendix repeats
        # the learning sheet word for word)
        return None
    titles = {c.source: c.title for c in citations}
    said = " / ".join(f"“{d.title}”" for d in named[:2])
    from_ = " and ".join(f"“{titles[s]}”" for s in cited[:2])
    return f"Note: the question names {said}; the passages quoted are from {from_}."


#: a question asking where in the documents something is: "what heading is that under?",
#: "which part of the annual report covers ...?", "where's that?", "which review's findings
#: is that in?", "where does it say that?" (not "where do I report it?")
WHERE_ASKED = re.compile(
    # ("what heading is that under?", "which section is it in?", "which part of the annual
    # report covers ...?"; not "which part of Harrow ...?", "what page should I go to?")
    r"\b(?:what|which)\s+(?:heading|sub-?heading|section|part|bit|chapter|page|appendix)\s+(?:is|was|are)\s+(?:that|it|this|they)\b"
    r"|\b(?:what|which)\s+(?:heading|sub-?heading|section|part|bit|chapter|page|appendix)\s+of\s+(?:the|this|that)\s+"
    r"(?:annual\s+)?(?:report|sheet|learning\s+sheet|document|page|site|appendix)\b"
    r"|\b(?:what|which)\s+heading\b"
    r"|\bunder\s+(?:what|which)\s+heading\b|\bheading\s+(?:is\s+)?(?:that|it|this)\s+(?:under|in)\b"
    r"|\bwhere(?:'s|’s|s|\s+is)\s+(?:that|it|this)(?=\s*(?:\?|$|,|\band\b|\bin\s+the\b|\bon\s+the\b|\bfrom\b|\bsaid\b|\bwritten\b))"
    r"|\bwhere\s+(?:does|do|did)\s+(?:it|that|the\s+(?:annual\s+)?report|the\s+sheet|the\s+page|they)\s+(?:say|mention|cover|talk\s+about|list|put)\b"
    r"|\bwhich\s+(?:review|report|document|page)(?:['’]s)?\s+(?:findings|section|is\s+(?:that|it)\s+in)\b", re.I)


def _heading_words(text: str) -> set[str]:
    """Lower-case content words of 4 letters or more, plural -s dropped (heading matching)."""
    return {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", text.lower())} - {"what", "which", "where", "page", "section", "table", "data"}


def location_line(question: str, citations: Sequence[Citation], asked: bool = False, topic: str | None = None,
                  passages: Sequence[Passage] = ()) -> str | None:
    """The line naming where the first quote is ("Where it is: “7. Scrutiny – Monitoring
    and Evaluation > Children Educated at Home”, Harrow Safeguarding Children Board Annual
    Report 2020-2021, p. 23.") when the question asks where (:data:`WHERE_ASKED`: "what
    heading is that under so i can reference it?"); ``None`` otherwise or without
    citations. The citation lists carry the same section and page; a practitioner
    writing a reference asked for it in the answer itself. ``asked``: the question is
    known to ask where (:func:`assistant.answer.drafting.location_topic`: "what page is the
    MASH data on?"). With its ``topic`` ("the Child M learning sheet"), a passage among
    ``passages`` whose heading names more of the topic's words than the first quote's does
    is where it is ("Appendix (iv) Quick Reference Learning Sheets ...", not the review's
    summary in section 6)."""
    if not citations or not (asked or WHERE_ASKED.search(question)):
        return None
    c = citations[0]
    if topic:
        # (the quote that speaks of the topic, by its heading and words: "the missing
        # children figures" are "83 children went missing ...", not the first quote)
        wanted = _heading_words(topic)
        c = max(citations, key=lambda x: len(wanted & (_heading_words(x.section or "") | _heading_words(x.quote))))
    section, title, page, page_end = c.section, c.title, c.page, c.page_end
    if topic:
        best = max(1, len(wanted & _heading_words(section or "")))
        for p in passages:
            named = len(wanted & _heading_words(p.chunk.section or ""))
            if named > best:
                best, section, title, page, page_end = named, p.chunk.section, p.chunk.title, p.chunk.page_start, None
        # (from where the section starts: "Appendix (ii) HSCB Budget" is on p. 38, its
        # total on p. 39: "p. 38-39")
        starts = [p.chunk.page_start for p in passages if p.chunk.section == section and p.chunk.title == title and p.chunk.page_start]
        if starts and page and min(starts) < page:
            page, page_end = min(starts), (page_end or page)
    where = f"Where it is: “{section}”, {title}" if section else f"Where it is: {title}"
    if page:
        where += f", p. {page}" + (f"-{page_end}" if page_end else "")
    return where + "."

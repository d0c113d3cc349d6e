"""The structure inside retrieved passages that answers are built from.

A passage's quotable units (:func:`ingest.units.chunk_units`: sentences, list items, table
rows) are wrapped as :class:`Unit` (its chunk, kind, text and line). This module groups
them back into what a practitioner asks for as a whole:

* lists: the items of one list with the line introducing it (``list_group``,
  ``with_continuation``, ``introduces_list``, ``enumerates``, ``lists_kind``), and the
  sibling sections that together make a document's list of themes (``section_list``,
  ``section_titled``, ``with_section_lists``);
* tables: a row with its table's header row (``table_group``, ``table_header``,
  ``render_row``, ``table_block``);
* the lines around a figure that say what it counts (``figure_context``, ``lead_in``,
  ``referencing_line``) and a quote's footnotes and marked notes (``with_footnotes``,
  ``with_marked_notes``).

Used by :mod:`assistant.answer.extractive`; imports nothing from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from assistant.answer.question_shape import asked_kind
from assistant.answer.text_evidence import GENERIC_STEMS
from assistant.keywords import analyze
from ingest.models import Passage
from ingest.units import chunk_units


#: longest sentence (characters) read as a list's lead-in
LEAD_IN_MAX = 300


@dataclass
class Unit:
    passage: int
    start: int
    end: int
    kind: str
    text: str
    line: int
    index: int = 0  # position among its passage's units


def passage_units(passages: Sequence[Passage]) -> list[Unit]:
    units: list[Unit] = []
    for pi, p in enumerate(passages):
        text = p.chunk.text
        for j, u in enumerate(chunk_units(p.chunk)):
            units.append(Unit(pi, u.start, u.end, u.kind, text[u.start:u.end], u.line, j))
    return units


def paragraph_of(units: Sequence[Unit], i: int, passages: Sequence[Passage]) -> str:
    """The paragraph unit ``i`` is in (every unit of its passage's line), with its heading
    and, for a table row, the table's header row."""
    u, chunk = units[i], passages[units[i].passage].chunk
    same = " ".join(v.text for v in units if v.passage == u.passage and v.line == u.line)
    return "\n".join([same, last_section(chunk.section), (table_header(chunk, u.line) or "") if u.kind == "table_row" else ""])


#: a sentence counting part of what the sentence before it counted ("Of these, 35 ...")
PARTITIVE = re.compile(r"(?:Of (?:these|those|which|them|this number|this group)|Of the (?:\w+ )?(?:above|total))\b")


_ANAPHORA = re.compile(r"^(Of these|Of those|Of which|Of this|These|This|They|It|Some|Most|Both|All of these|Many of these|Their|Its)\b")


#: a line that stops mid-sentence: no closing punctuation after a word that needs more
_UNFINISHED = re.compile(r"(?<![.!?:;])\b(?:should|must|can|could|will|would|need to|have to|to|the|a|an|and|or|of|by|on|with|for|please|"
                         # ("The Universal Declaration of Human Rights 1948 states that" / "“No one shall be held ...”")
                         r"(?:states|stated|says|said|reads|notes|noted|declares|declared|provides|confirms|explains|concludes|concluded|found|finds)\s+that)\s*$", re.I)


_LEAD_IN_END = re.compile(r"(:|\b(including|include|includes|such as|as follows|the following|namely))\s*$", re.I)


#: a sentence saying words were given or sought: feedback, comments, quotes, what was said
_FEEDBACK_LEAD = re.compile(r"\b(?:feedback|comments?|quotes?|testimon(?:y|ies)|in (?:their|his|her) own words|(?:young people|children|parents|they|she|he) (?:said|say|told us|shared))\b", re.I)
#: a line of quoted words: opening on an ellipsis or a double quotation mark (single marks
#: open the names of the documents' cases and survivors: "‘Rhiannon’ Voice of a survivor")
_QUOTED_LINE = re.compile(r"\s*(?:\.{3}|…|[“\"])")
#: quoted lines a feedback sentence takes with it, at most
_QUOTES_TAKEN = 6


def feedback_lead(text: str) -> bool:
    """Whether ``text`` (a sentence or line) says feedback, comments or words were given or
    sought ("ACT seeks to gain feedback ... from the young people it works with")."""
    return _FEEDBACK_LEAD.search(text) is not None


def introduces_items(text: str) -> bool:
    """Whether ``text`` (a sentence or list item) ends by introducing what follows ("...
    and include", "... such as", "... :")."""
    return _LEAD_IN_END.search(text) is not None


def quoted_line(text: str) -> bool:
    """Whether ``text`` opens as quoted words do: on an ellipsis or a double quotation mark."""
    return _QUOTED_LINE.match(text) is not None


#: items an introducing list item takes with it, at most (:func:`with_continuation`)
_LEAD_IN_ITEMS = 6
#: an item starting a point of its own, not one of the items introduced before it
_NEW_POINT = re.compile(r"\s*(?:[-•*]\s*)?(?:they|it|this|these|there|we|he|she)\s+(?:also|are|is|were|was|have|has|need|should)\b", re.I)


def introduces_list(text: str) -> bool:
    """Whether ``text`` (a chunk) ends by introducing a list: its last line ends with a
    lead-in ("... throughout the year, including", "... through:") or announces one ("here
    is a list of some common signs", "the following", "... in a number of ways")."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    return bool(_LEAD_IN_END.search(last) or re.search(r"\bhere (?:is|are)\b|\bas follows\b|\bthe following\b|\blist of\b", last, re.I)
                or leads_in_ways(last))


#: "... you can report it in a number of ways": the ways follow (as sub-sections)
_WAYS_LEAD = re.compile(r"\b(?:in|by|through) (?:a number of|several|many|various|different|the following|these|two|three|four|five|\d+) "
                        r"(?:ways|routes|methods|means)\s*\.?$", re.I)


def leads_in_ways(text: str) -> bool:
    """Whether ``text`` (a sentence or a chunk's last line) ends announcing the ways that
    follow: "If you suspect slavery is happening near you, you can report it in a number of
    ways"."""
    return _WAYS_LEAD.search(text.rstrip()) is not None


#: a sentence opening on a thing the sentence before names: "Under this banner ...",
#: "Through this approach ..."
_BACK_NAMED = re.compile(r"(?:(?:under|in|through|with|as part of|from|by|within)\s+)?(?:this|these|such|that)\s+"
                         r"(?:banner|approach|way|model|framework|ethos|arrangements?|scheme|programme|initiative|project|strategy)\b", re.I)


def with_continuation(units: list[Unit], group: list[int]) -> list[int]:
    """Extend a one-sentence group with the next sentence of the same paragraph when that
    sentence continues it ("... 299 children were home educated. Of these 154 were girls")."""
    if len(group) != 1:
        return group
    i = group[0]
    u = units[i]
    if u.kind == "list_item" and _LEAD_IN_END.search(u.text):
        # an item that introduces the items after it ("- Young care leavers need information
        # about their entitlements. These are described in the “The Leaving Care Charter” and
        # include" / "- An ILG grant of £2,000 for setting up home." / "- Finance to cover
        # ..."): they are what it says, up to an item starting something new ("- They also
        # need a Pathway Plan ...")
        after = [j for j in list_group(units, i) if units[j].line > u.line]
        items = []
        for j in after[:_LEAD_IN_ITEMS]:
            if _NEW_POINT.match(units[j].text):
                break
            items.append(j)
        return [i, *items]
    if u.kind not in ("paragraph", "footnote"):
        return group
    out = [i]
    # a fragment that starts in lower case continues the previous line or sentence
    # (pages that break "1,746 cases reported" / "in the UK in 2013 ..." into two blocks)
    if u.text[:1].islower() and i > 0 and units[i - 1].passage == u.passage and units[i - 1].kind in ("paragraph", "footnote"):
        out.insert(0, i - 1)
    elif (i > 0 and units[i - 1].passage == u.passage and units[i - 1].kind in ("paragraph", "footnote")
          and units[i - 1].line != u.line and _UNFINISHED.search(units[i - 1].text)):
        # (a quote whose lead-in is the line before: "The Universal Declaration of Human
        # Rights 1948 states that" / "“No one shall be held in slavery ...”")
        out.insert(0, i - 1)
    elif (PARTITIVE.match(u.text) or _BACK_NAMED.match(u.text)) and i > 0 and units[i - 1].passage == u.passage and units[i - 1].line == u.line:
        # ("Under this banner we have prioritised ..." names its banner in the sentence
        # before: 'Our way ... is to adopt a “Think Whole Family” approach.')
        # "Of these, 35 were registered to Harrow schools" says nothing without what
        # "these" are: "A total of 83 children were on the LA's system as young carers."
        out.insert(0, i - 1)
    if feedback_lead(u.text) and i + 1 < len(units) and quoted_line(units[i + 1].text) and (
            (units[i + 1].passage == u.passage and units[i + 1].line != u.line)
            # (or the next chunk's first line, put right after by the chain:
            # :meth:`assistant.chain.Assistant._with_quotes_after`)
            or (units[i + 1].passage == u.passage + 1 and units[i + 1].index == 0)):
        # a sentence saying feedback was sought or given, then the words given, each a line of
        # its own in quotation marks or opening on an ellipsis ("ACT seeks to gain feedback
        # ... from the young people it works with" / "... when I think of the treatment
        # workers, I think of someone who was there for me ..."): the words are what it says
        # (every sentence of those lines, up to :data:`_QUOTES_TAKEN` units)
        home = units[i + 1].passage
        quote_lines = {units[i + 1].line}
        j = i + 1
        while j < len(units) and j - i <= _QUOTES_TAKEN and units[j].passage == home:
            if units[j].line not in quote_lines:
                if not quoted_line(units[j].text):
                    break
                quote_lines.add(units[j].line)
            out.append(j)
            j += 1
        return out
    if i + 1 < len(units):
        nxt = units[i + 1]
        if nxt.passage == u.passage and nxt.line == u.line and _ANAPHORA.match(nxt.text):
            out.append(i + 1)
        elif nxt.passage == u.passage and nxt.kind == "list_item" and _LEAD_IN_END.search(u.text):
            # "... makes use of the following:" / "... attended the DSL Forum, including"
            # is answered by the list that follows
            out.extend(list_group(units, i + 1))
        elif nxt.passage == u.passage and nxt.kind in ("paragraph", "list_item") and _UNFINISHED.search(u.text):
            # "If you think a person is in immediate danger you should" / "Call the Police
            # on 999 and report it": a line broken off mid-sentence goes on in the next
            out.extend(list_group(units, i + 1) if nxt.kind == "list_item" else [i + 1])
    return out


#: a table note line: marks and what each means ("*new voluntary sector representatives
#: have been identified for 2021 ** joined later in year")
_NOTE_PART = re.compile(r"(?<!\*)(\*{1,3})(?!\*)\s*([A-Za-z][^*]{3,})")


def asked_mark(question: str, texts: Sequence[str]) -> tuple[str, str] | None:
    """The note mark whose note a "which ...?" question asks about, as ``(mark, note)``:
    "which agencies only joined the HSCB partway through 2020-21?" asks about the rows
    marked "**", the note under the attendance table saying "** joined later in year".
    Looks in ``texts`` (passage texts, best first) for a line opening on a mark; the note
    sharing most particular words with the question wins (one at least, beyond the
    generic ones). ``None`` when the question asks no "which/who" or no note matches."""
    if not re.match(r"\s*(?:(?:and|so)\s+)?(?:which|who|what)\b", question, re.I) and not re.search(r"[-–—:]\s*(?:which|who)\b", question, re.I):
        return None
    # (not what the question sets aside, "(apart from the voluntary sector rep)", nor a
    # year: "which survey was the 2021 development day structured around?")
    kept = re.sub(r"\b(?:apart from|except(?: for)?|other than|not counting|not including|excluding|besides)\b[^?)]*", " ", question, flags=re.I)
    asked = {s_ for s_ in analyze(kept) if not s_[:1].isdigit()} - GENERIC_STEMS
    best: tuple[int, str, str] | None = None
    for text in texts:
        for line in text.split("\n"):
            # (a line opening on a mark, or a mark before a word inside a table's last row:
            # "... in response to Covid-19 *joined membership later in year")
            if not re.match(r"\s*\*", line) and not re.search(r"(?:^|\s|>)\*{1,3}[A-Za-z]", line):
                continue
            for m in _NOTE_PART.finditer(line):
                shared = len((set(analyze(m.group(2))) - GENERIC_STEMS) & asked)
                if shared and (best is None or shared > best[0]):
                    best = (shared, m.group(1), m.group(2).strip())
    return (best[1], best[2]) if best else None


def marked_rows(units: Sequence[Unit], passages: Sequence[Passage], mark: str, section: str | None = None) -> list[int]:
    """Indexes of the table rows whose figure carries ``mark`` exactly ("London Ambulance
    Service | 1**" for ``"**"``, not "Voluntary Sector Rep | 0*"), under ``section`` when
    given, in document order, each once."""
    seen: set[str] = set()
    out: list[int] = []
    for i, u in enumerate(units):
        if u.kind != "table_row" or (section is not None and passages[u.passage].chunk.section != section):
            continue
        if re.search(rf"(?<![*]){re.escape(mark)}\s*$", u.text) and u.text not in seen:
            seen.add(u.text)
            out.append(i)
    return sorted(out, key=lambda i: (passages[units[i].passage].chunk.source, chunk_ordinal(passages[units[i].passage].chunk.id), units[i].start))


def with_marked_notes(units: list[Unit], groups: list[list[int]], passages: Sequence[Passage]) -> list[list[int]]:
    """After a quoted table row whose figure carries a note mark ("Voluntary Sector Rep |
    0*"), add the note printed under its table ("*new voluntary sector representatives
    have been identified for 2021 ..."), found in any retrieved passage under the same
    section, as its own citation; at most one note per row."""
    out: list[list[int]] = []
    used = {i for g in groups for i in g}
    for g in groups:
        out.append(g)
        row = units[g[-1]]
        mark = re.search(r"\d(\*{1,3})\s*$", row.text) if row.kind == "table_row" else None
        if not mark:
            continue
        section = passages[row.passage].chunk.section
        for j, u in enumerate(units):
            if (j not in used and u.kind != "table_row" and passages[u.passage].chunk.section == section
                    and re.match(rf"\s*{re.escape(mark.group(1))}(?!\*)\s*[A-Za-z]", u.text)):
                out.append([j])
                used.add(j)
                break
    return out


def with_footnotes(units: list[Unit], groups: list[list[int]], asked: set[str], pstems,
                    source_asked: bool = False) -> list[list[int]]:
    """After each quoted paragraph sentence, add the footnote printed under its paragraph
    (the chunker places footnotes right after the paragraph that references them) when
    the footnote supplies a word of the question the sentence lacks: "Which Act requires
    ... independent scrutiny?" -> "... open to independent scrutiny." + "4 Section 16 G (3)
    Children Act 2004", or, when ``source_asked`` (:data:`SOURCE_Q`: "where's the figure
    from?"), when it gives a source ("** Source Global Slavery Index"). At most one
    footnote per sentence, as its own citation."""
    out: list[list[int]] = []
    used = {i for g in groups for i in g}
    for g in groups:
        out.append(g)
        last = units[g[-1]]
        if last.kind != "paragraph":
            continue
        have = set().union(*(pstems[units[i].passage].units[units[i].index] for i in g))
        j = g[-1] + 1
        while j < len(units) and units[j].passage == last.passage and units[j].line == last.line:
            j += 1  # the rest of the paragraph
        while j < len(units) and units[j].passage == last.passage and units[j].kind == "footnote":
            f = units[j]
            if j not in used and ((pstems[f.passage].units[f.index] & asked) - have
                                  or source_asked and re.match(r"\W*(?:\d{1,3}\s+)?sources?\b", f.text, re.I)):
                out.append([j])
                used.add(j)
                break
            j += 1
    return out


#: a sentence turning on the one before it with a figure: "However, this changed in
#: 2019-20 where 43% of females were NEET compared to 16% of males."
_TURN = re.compile(r"^\W*(?:however|but|in contrast|by contrast|this changed)\b(?=.*\d)", re.I)


def with_turn(units: list[Unit], groups: list[list[int]]) -> list[list[int]]:
    """After each quoted paragraph sentence, the next sentence of its paragraph when it
    turns on it with a figure (:data:`_TURN`): "What did the report say about NEET care
    leavers by gender?" quotes "During 2018-19 there was no significant difference by gender
    of those who were NEET." and its "However, this changed in 2019-20 where 43% of females
    were NEET compared to 16% of males.", not the first alone. Added to the sentence's own
    group (one quote), once."""
    used = {i for g in groups for i in g}
    out: list[list[int]] = []
    for g in groups:
        last = units[g[-1]]
        nxt = g[-1] + 1
        if (last.kind == "paragraph" and nxt < len(units) and nxt not in used and units[nxt].kind == "paragraph"
                and units[nxt].passage == last.passage and units[nxt].line == last.line and _TURN.match(units[nxt].text)):
            g = g + [nxt]
            used.add(nxt)
        out.append(g)
    return out


#: a sentence offering another way beside one said just before it: "You can also report it by
#: calling the new Modern Slavery helpline ..." after "Call the Police on 999 in an emergency,
#: or 101 if it is not urgent."
_ALSO_WAY = re.compile(r"^\W*(?:you|they|we|parents|staff|victims|professionals)\s+(?:can|could|may|might|should)\s+also\b|^\W*alternatively\b"
                       r"|^\W*or\s+you\s+(?:can|could)\b", re.I)


def with_first_way(units: list[Unit], groups: list[list[int]]) -> list[list[int]]:
    """Before each quoted paragraph sentence offering another way ("You can also report it
    by calling the new Modern Slavery helpline ...", :data:`_ALSO_WAY`), the sentence of its
    paragraph just before it, the way it is beside ("Call the Police on 999 in an
    emergency, or 101 if it is not urgent."): "who must I call for modern slavery?" is not
    answered by the helpline alone. The sentence before may end the paragraph before (the
    two are one passage's lines). Added to the sentence's own group (one quote), once."""
    used = {i for g in groups for i in g}
    out: list[list[int]] = []
    for g in groups:
        first = units[g[0]]
        prev = g[0] - 1
        if (first.kind == "paragraph" and prev >= 0 and prev not in used and units[prev].kind == "paragraph"
                and units[prev].passage == first.passage and units[prev].line in (first.line, first.line - 1)
                and _ALSO_WAY.match(first.text)):
            g = [prev] + g
            used.add(prev)
        out.append(g)
    return out


#: list questions about a document's structure ("what are the main learning headings on
#: the Child M sheet?"): sibling sections answer them, whatever list their text holds
STRUCTURE_KINDS = {"headings", "subheadings", "sections", "titles", "chapters", "parts"}


#: question share sibling sections must cover to answer a headings/themes question when
#: three or more of them are among the top five passages
STRUCTURE_SECTION_COVER = 0.1


#: list kinds that may be a document's sections or a list's items
_THEME_KINDS = {"themes", "topics"}


def themes_asked(question: str) -> bool:
    """Whether a list question asks for themes a document's sections may be: "what are the
    main themes / topics ...?", "learning areas" ("summarise the main learning areas in
    the child M sheet"; not any "areas", which are often a list's items), and the main
    themes, points, lessons or problem areas named anywhere ("... - just the main themes
    please")."""
    kind = asked_kind(question)
    return (kind in _THEME_KINDS or (kind == "areas" and re.search(r"\blearning\s+areas\b|\bareas\s+of\s+(?:practice|learning|concern)\b", question, re.I) is not None)
            or _MAIN_THEMES.search(question) is not None)


#: the main points asked anywhere in a list question: "summarise the learning ... - just the
#: main themes please", "main learning points?", "the main problem areas ... picked out",
#: "just the headlines", "key learning pls", "... pull out as the main learning?"
_MAIN_THEMES = re.compile(r"\b(?:main|key|big|overall|broad)\s+(?:learning\s+)?(?:themes|topics|points|lessons|messages|problem\s+areas)\b"
                          r"|\b(?:just\s+)?the\s+headlines\b|\bheadlines\s+only\b|\b(?:key|main)\s+learning\b(?!\s+(?:areas|sheets?|points|headings))", re.I)


def section_list(passages: Sequence[Passage], units: list[Unit], q_stems: dict[str, float],
                  q_total: float, min_children: int = 3, question: str = "") -> list[list[int]]:
    """A list spread over sibling sections: "How to spot the signs of modern slavery" with
    one subsection per sign. When at least ``min_children`` retrieved chunks are children
    of one parent section whose heading path, with the children's headings and first
    units, covers half the question (a third when the parent heading names the plural noun
    the ``question`` asks for, :func:`asked_kind`, and the parent's own chunk or a child is
    among the top three passages), returns the first unit of each child section, in
    document order, and the parent heading's share of the question; otherwise
    ``([], 0.0)``."""
    by_parent: dict[tuple[str, str], dict[str, int]] = {}
    kind = set(analyze(asked_kind(question))) if question else set()
    for i, u in enumerate(units):
        c = passages[u.passage].chunk
        if " > " not in c.section:
            continue
        parent = c.section.rsplit(" > ", 1)[0]
        children = by_parent.setdefault((c.source, parent), {})
        if c.section not in children or chunk_ordinal(c.id) < chunk_ordinal(passages[units[children[c.section]].passage].chunk.id):
            if c.section not in children or units[children[c.section]].passage != u.passage:
                children[c.section] = i
    best: list[int] = []
    best_cover = 0.0
    for (source, parent), children in by_parent.items():
        if len(children) < min_children:
            continue
        stems = set(analyze(parent))
        cover = sum(w for s_, w in q_stems.items() if s_ in stems) / q_total
        firsts = sorted(children.values(), key=lambda i: (chunk_ordinal(passages[units[i].passage].chunk.id), units[i].start))
        # like a list, the parent heading with its children's headings and first sentences
        # must cover half the question ("signs ... victim of modern slavery": the heading
        # says "signs of modern slavery", the children "Victims may ...")
        whole = stems | set(analyze(" ".join(passages[units[i].passage].chunk.section.split(" > ")[-1] + " " + units[i].text for i in firsts)))
        whole_cover = sum(w for s_, w in q_stems.items() if s_ in whole) / q_total
        # (a third suffices when the parent heading names what the question asks for and
        # its own chunk or a child is among the top three passages: "what signs of modern
        # slavery should frontline staff look out for?" / "How to spot the signs of modern
        # slavery")
        top = bool(kind and kind <= stems) and (
            any(units[i].passage < 3 for i in children.values())
            or any(p.chunk.source == source and p.chunk.section == parent for p in passages[:3]))
        # (so does a top-three passage of the parent section that introduces the list:
        # "Specialists from a wide of services attended the HSCB's DSL Forum throughout
        # the year, including" heads the services' logos, one sub-section each)
        intro = [p.chunk.text.rstrip().rsplit("\n", 1)[-1] for p in passages[:3]
                 if p.chunk.source == source and p.chunk.section == parent and introduces_list(p.chunk.text)]
        need = 0.3 if top else 0.5
        if ((asked_kind(question) in STRUCTURE_KINDS or themes_asked(question))
                and (sum(units[i].passage < 5 for i in children.values()) >= 3 or _near_siblings(passages, parent, children, units) >= 3)):
            # "what are the main headings / themes the child M sheet covers?": three or
            # more of a document's sibling sections among the top five passages are its
            # headings, whatever else the question says ("doing a team brief on ...")
            need = min(need, STRUCTURE_SECTION_COVER)
        if intro:
            whole |= set(analyze(" ".join(intro)))
            whole_cover = sum(w for s_, w in q_stems.items() if s_ in whole) / q_total
            # (a fifth when the lead-in names what is asked: "services ... including")
            need = 0.2 if kind and kind <= set(analyze(" ".join(intro))) else 0.3
        if whole_cover < need or cover < best_cover:
            continue
        if cover > best_cover or len(firsts) > len(best):
            best, best_cover = firsts, cover
    # a short child (a logo's lines: "youngharrow" > "foundation / Clinical Psychology in
    # Harrow Virtual School") is quoted whole; a longer one by its first unit
    groups = []
    for i in best[:10]:
        same = [j for j in range(i, min(i + 4, len(units))) if units[j].passage == units[i].passage]
        short = len(passages[units[i].passage].chunk.text) <= 160 and all(units[j].kind == "paragraph" for j in same)
        groups.append(same if short and len(same) > 1 else [i])
    return groups, best_cover


def _near_siblings(passages: Sequence[Passage], parent: str, children: dict[str, int], units: list[Unit], depth: int = 8) -> int:
    """How many of the sections ``children`` (section path -> first unit) of ``parent`` are
    among the top ``depth`` passages under their own heading, in any document whose
    section of that child has a parent of the same heading: a learning sheet is indexed
    twice, as its own DOCX and as an appendix of the annual report, so its sections fill
    the top passages in pairs ("Background" from each) and three of them seldom make the
    top five of one document."""
    names = {last_section(passages[units[i].passage].chunk.section) for i in children.values()}
    near = {last_section(p.chunk.section) for p in passages[:depth]
            if " > " in p.chunk.section and last_section(p.chunk.section.rsplit(" > ", 1)[0]) == last_section(parent)}
    # (only when the document is indeed there twice: one of these sections also heads a
    # top passage of another source, under whatever parent its layout gave it)
    sources: dict[str, set[str]] = {}
    for p in passages[:depth]:
        sources.setdefault(last_section(p.chunk.section), set()).add(p.chunk.source)
    if not any(len(sources.get(name, ())) > 1 for name in near):
        return 0
    return len(names & near)


def section_titled(question: str, kind: str, passages: Sequence[Passage], units: list["Unit"], limit: int = 4) -> list[int]:
    """For a list question asking for "<describing words> <kind>" ("what new reviews ...?"):
    the first ``limit`` sentences of the first retrieved passage whose own heading is
    those words, or the kind and some of them ("New Reviews"), and which holds no list or table (a list there is
    :meth:`ExtractiveAnswerer._best_lists`'s to find); ``[]`` when there is none or the
    question names the kind alone ("what reviews ...": every review section would do)."""
    # ("what are the new reviews ...?" asks the same)
    m = re.search(rf"\b(?:what|which)\s+(?:(?:are|were|is|was)\s+(?:the\s+|its\s+|their\s+)?)?((?:[\w'’-]+\s+){{1,2}}){re.escape(kind)}\b",
                  question, re.I)
    if not m:
        return []
    want = set(analyze(m.group(1) + " " + kind))
    kind_stems = set(analyze(kind))
    for pi, p in enumerate(passages):
        # (the heading may leave a describing word out: "what new case reviews ...?" / "New
        # Reviews"; it must keep one)
        heading = set(analyze(last_section(p.chunk.section)))
        if not (kind_stems <= heading <= want and heading - kind_stems):
            continue
        own = [i for i, u in enumerate(units) if u.passage == pi]
        if own and all(units[i].kind == "paragraph" for i in own):
            return own[:limit]
    return []


def chunk_ordinal(chunk_id: str) -> int:
    tail = chunk_id.rsplit("#", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def last_section(section: str) -> str:
    return section.split(" > ")[-1].strip() if section else ""


_ENUMERATION = re.compile(r"[,;]\s[^,;]{1,80}(?:,|;)?\s(?:and|or)\s\w")


def enumerates(text: str) -> bool:
    """Whether a sentence carries an inline list ("Poverty, limited opportunities at home,
    lack of education, ... and war are some of the key drivers"; "safeguarding policies
    and procedures; staff training; safer recruitment arrangements; and internal
    monitoring"): two or more comma/semicolon separators, the last item joined by
    "and"/"or". A three-item list with one comma ("early intervention, adolescent risk and
    transitional safeguarding") is not caught: one comma and an "and" is too common in
    plain prose."""
    return len(re.findall(r"[,;]\s", text)) >= 2 and _ENUMERATION.search(text) is not None


def lists_kind(kind: str, text: str) -> bool:
    """Whether ``text`` names its ``kind`` of things in a sentence: the plural noun, then
    "of / are / include / :" and two or more items joined by "and"/"or" ("the
    Partnership's priorities of Domestic Abuse, Contextual Safeguarding and Mental
    Wellbeing"). ``kind`` is a plural noun (:func:`asked_kind`); ``False`` when empty."""
    if not kind:
        return False
    stem = re.escape(kind[:-1] if kind.endswith("s") else kind)
    return re.search(rf"\b{stem}(?:s|es)?\s+(?:of|are|were|include|includes|included|including|is|being|[:–—-])\s+"
                     rf"[^.;:]{{2,160}}?,[^.;:]{{2,160}}?\b(?:and|or)\b\s+\w", text, re.I) is not None


_TRAILING_CLAUSE = re.compile(r"(?:because|which|as|so|while|whereas|where|who|although|though|but|since|in order|to|with|for example|e\.g\.|i\.e\.)\b", re.I)


def enumeration_counts(text: str) -> set[int]:
    """How many items a sentence may enumerate: "These are Harrow Council, the NWL
    Clinical Commissioning Group and the Metropolitan Police" -> {3}; "domestic abuse,
    mental health and well-being and contextual safeguarding" -> {3, 4} (which "and" joins
    items is ambiguous). Items are comma- or semicolon-separated, the last joined by "and"
    or "or", each after the first at most 8 words; ``set()`` for other sentences."""
    text = re.sub(r"\s+", " ", text.strip().rstrip("."))
    segs = [x for x in re.split(r"[;,]\s+", text) if x.strip()]
    while len(segs) > 2 and _TRAILING_CLAUSE.match(segs[-1]):
        segs.pop()  # "..., because they represent safeguarding cross over areas"
    if len(segs) < 2:
        return set()
    if len(segs) >= 3 and re.match(r"(?:and|or)\s", segs[-1]):
        # "the Council, the Board, and the Police" / "A; B; and C": one item per segment
        items = segs[1:-1] + [segs[-1].split(None, 1)[-1]]
        return {len(segs)} if all(len(x.split()) <= 8 for x in items) else set()
    *_, last = segs
    joins = len(re.findall(r"\b(?:and|or)\b", last))
    if not joins or any(len(x.split()) > 8 for x in segs[1:-1]):
        return set()
    parts = re.split(r"\b(?:and|or)\b", last)
    if any(len(x.split()) > 8 for x in parts):
        return set()
    return set(range(len(segs) + 1, len(segs) + joins + 1))


_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def states_count(text: str, count: int, noun: str) -> bool:
    """Whether a sentence says it names ``count`` ``noun`` and then names them: "There are
    2 strands - one for primary school ages and the other for high school children" for
    ``(2, "strands")``, "The three priorities are: ..." for ``(3, "priorities")``.

    Args:
        text: one sentence.
        count: how many things the question asks for (1-10 are also matched as words).
        noun: the plural noun counted ("strands").

    Returns:
        ``True`` when the count, at most two words, then the noun are followed by a dash,
        a colon, "are", "namely", "including" or "one ..." (the items that follow).
    """
    num = rf"(?:{count}|{_NUMBER_WORDS[count]})" if 0 < count < len(_NUMBER_WORDS) else str(count)
    stem = re.escape(noun[:-1] if noun.endswith("s") else noun)
    return re.search(rf"\b{num}\s+(?:[\w'’-]+\s+){{0,2}}?{stem}(?:e?s)?\b\s*(?:[-–—:]|,?\s+(?:are|were|namely|including|which are|"
                     rf"one (?:for|is|was|being|of|to|focus\w*|on)))", text, re.I) is not None


def list_group(units: list[Unit], idx: int) -> list[int]:
    """Indexes of the contiguous list the unit at ``idx`` is in or introduces."""
    u = units[idx]
    same = [i for i, v in enumerate(units) if v.passage == u.passage]
    if u.kind != "list_item":
        nxt = [i for i in same if units[i].line == u.line + 1]
        if not nxt or units[nxt[0]].kind != "list_item":
            return [idx]
        u = units[nxt[0]]
    lines = {v.line: i for i, v in ((i, units[i]) for i in same) if v.kind == "list_item"}
    lo = hi = u.line
    while lo - 1 in lines:
        lo -= 1
    while hi + 1 in lines:
        hi += 1
    return [lines[line] for line in range(lo, hi + 1)]


def with_section_lists(passages: Sequence[Passage], units: list[Unit], group: list[int]) -> list[list[int]]:
    """``group`` (a list's item indexes) and the lists of other retrieved chunks with the
    same source and section path, in document order: a list broken by a table ("Key
    findings: ... | hoarding scale table | - The need for ... young carers") is one list."""
    first = passages[units[group[0]].passage].chunk
    out = [group]
    seen = set(group)
    for i, u in enumerate(units):
        if i in seen or u.kind != "list_item":
            continue
        c = passages[u.passage].chunk
        if c.id != first.id and c.source == first.source and c.section == first.section:
            other = list_group(units, i)
            seen.update(other)
            out.append(other)
    out.sort(key=lambda g: chunk_ordinal(passages[units[g[0]].passage].chunk.id))
    return out


def table_group(units: list[Unit], idx: int) -> list[int]:
    """Indexes of the table rows of one passage's table that the row at ``idx`` is in
    (contiguous ``table_row`` units, a ``table_header`` starting a new table)."""
    u = units[idx]
    lo = hi = idx
    while lo - 1 >= 0 and units[lo - 1].passage == u.passage and units[lo - 1].kind == "table_row":
        lo -= 1
    while hi + 1 < len(units) and units[hi + 1].passage == u.passage and units[hi + 1].kind == "table_row":
        hi += 1
    return list(range(lo, hi + 1))


_ITEM_LABEL = re.compile(r"^-?\s*(?:(?P<caps>[A-Z][A-Z’'/&\-]+(?:\s+[A-Z][A-Z’'/&\-]+)*)(?=\s+[A-Z]?[a-z])|(?P<term>[^:–—]{2,40}?)\s*[:–—]\s)")


def item_label(text: str) -> str:
    """The label a list item starts with, if any: a run of capitals ("- DOMESTIC
    SERVITUDE Victims are ...") or a short term before a colon or dash ("- Hybrid
    conferences: ..."); ``""`` otherwise."""
    m = _ITEM_LABEL.match(text)
    return (m.group("caps") or m.group("term") or "").strip() if m else ""


TOTAL_ROW = re.compile(r"\btotal\b", re.I)


def row_label(unit: "Unit") -> str:
    return unit.text.split("|")[0]


def table_block(units: list[Unit], group: list[int], q_stems: dict[str, float], q_total: float,
                 head_stems: set[str]) -> tuple[list[int], frozenset[str] | None]:
    """The rows of one passage's table (``group``, unit indexes) that a list question asks
    for, and the question stems that chose them (``None``: the whole table).

    Two narrowings, tried in order; the question's stems that the table's heading or
    header row already carries, and generic ones ("total", "number"), never choose rows:

    1. **A named sub-total block.** Rows up to and including a row whose label says
       "total" form a block ("Council charges ... Delivery Costs Total: | 28,427"). When
       exactly one block's total label carries a question stem ("what are the lines under
       delivery costs?"), that block is the answer.
    2. **Rows the question names.** When the rows whose labels carry a question stem are
       at least two, not all, and those stems weigh at least 0.15 of the question ("what
       kinds of schools ...": the five school rows of "Harrow at a Glance"), those rows.
    """
    asked = {s_ for s_, w in q_stems.items() if w > 0} - GENERIC_STEMS - head_stems
    if not asked or len(group) < 3:
        return group, None
    blocks: list[list[int]] = [[]]
    for g in group:
        blocks[-1].append(g)
        if TOTAL_ROW.search(row_label(units[g])):
            blocks.append([])
    blocks = [b for b in blocks if b]
    named = [(b, set(analyze(row_label(units[b[-1]]))) & asked) for b in blocks
             if TOTAL_ROW.search(row_label(units[b[-1]]))]
    named = [(b, st) for b, st in named if st]
    if len(named) == 1 and len(blocks) > 1:
        block, stems = named[0]
        return block, frozenset(stems | {"\x00total"})
    hits = {g: set(analyze(row_label(units[g]))) & asked for g in group}
    rows = [g for g in group if hits[g]]
    chosen = set().union(*hits.values())
    if 2 <= len(rows) < len(group) and sum(q_stems[s_] for s_ in chosen) >= 0.15 * q_total:
        return rows, frozenset(chosen)
    return group, None


def continued_block(units: list[Unit], group: list[int], stems: frozenset[str], before: bool) -> list[int]:
    """The rows of another chunk's part of a table that :func:`table_block` chose by
    ``stems`` in the best chunk: rows naming them, or, for a sub-total block (marked by
    the pseudo-stem ``"\x00total"``) and the chunk just ``before`` the best one, its
    trailing rows after its last total row (the start of that block)."""
    if "\x00total" in stems:
        if not before:
            return []
        last_total = max((k for k, g in enumerate(group) if TOTAL_ROW.search(row_label(units[g]))), default=-1)
        return group[last_total + 1:]
    return [g for g in group if set(analyze(row_label(units[g]))) & stems]


def figure_context(chunk, unit: "Unit") -> str:
    """What dates a unit's figure: the unit, its whole paragraph (the period is often
    stated in the sentence before: "In the period 2019 to 2020 ... for the same period to
    198"), a list item's lead-in, the section path and a table row's header."""
    return "\n".join([unit.text, _line(chunk, unit.line), lead_in(chunk, unit.line) if unit.kind == "list_item" else "",
                      chunk.section, table_header(chunk, unit.line) or ""])


def _line(chunk, line: int) -> str:
    """Line ``line`` of ``chunk``'s text (a paragraph, list item or table row); ``""``
    when out of range."""
    lines = chunk.text.split("\n")
    return lines[line] if 0 <= line < len(lines) else ""


def lead_in(chunk, line: int) -> str:
    lines = chunk.text.split("\n")
    kinds = chunk.line_kinds
    while line > 0 and line < len(kinds) and kinds[line] == "list_item":
        line -= 1
    if 0 <= line < len(lines) and line < len(kinds) and kinds[line] != "list_item":
        text = lines[line]
        if len(text) > 200 and text.rstrip().endswith(":"):
            # a long paragraph's last sentence leads in ("Harrow's Case Review Group led a
            # ... Review. He died of natural causes ..., but the Partnership felt there was
            # learning to be identified because of:")
            text = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)[-1]
        # a lead-in ("Key findings from the review:") but not a bare "However:"; one long
        # sentence may lead in too ("We have prioritised the need to provide training ...
        # in our course programme and Designated Safeguarding Leads Forums – with emphasis on:")
        return text if len(text) <= LEAD_IN_MAX and text.rstrip().endswith(":") and len(text.split()) >= 3 else ""
    return ""


def referencing_line(chunk, line: int) -> str:
    """The nearest line above ``line`` that is not a footnote: the text a footnote placed
    after it (by the chunker) belongs to; ``""`` if none."""
    lines = chunk.text.split("\n")
    for li in range(min(line, len(lines)) - 1, -1, -1):
        if li < len(chunk.line_kinds) and chunk.line_kinds[li] != "footnote":
            return lines[li]
    return ""


def table_header(chunk, line: int) -> str | None:
    lines = chunk.text.split("\n")
    for li in range(min(line, len(chunk.line_kinds) - 1), -1, -1):
        if chunk.line_kinds[li] == "table_header":
            return lines[li]
    return None


def render_row(chunk, unit: Unit, titled: bool = True) -> str:
    """``"Bugs | | | | ✓ | ✓"`` under header ``" | LEVEL 1 | ... | LEVEL 5"`` ->
    ``"Bugs — LEVEL 4: ✓; LEVEL 5: ✓"`` (the quote itself stays verbatim). The header's
    first cell (a table title: "HSCB Budget & Expenditure 2020-21") prefixes the label
    unless ``titled`` is false (rows listed under that title once)."""
    header = table_header(chunk, unit.line)
    cells = [c.strip() for c in unit.text.split("|")]
    if not header:
        return " | ".join(c for c in cells if c)
    heads = [h.strip() for h in header.split("|")]
    if len(heads) != len(cells):
        return f"{header} — {unit.text}"
    label = cells[0]
    pairs = [f"{h}: {c}" for h, c in zip(heads[1:], cells[1:]) if c]
    if heads[0] and titled:
        return f"{heads[0]} {label} — " + "; ".join(pairs)
    return f"{label} — " + "; ".join(pairs)

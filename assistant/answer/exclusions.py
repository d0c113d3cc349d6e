"""What a practitioner already has, or leaves out: "apart from the MASH, which other
multi-agency meetings ...?", "I know about the NRM - what else can I do?", "what are the
signs, not the physical ones?", and the thread's "any others?".

Such a question asks for the *rest*. :func:`set_aside_exclusion` finds the excluded
phrase and the question asked plainly ("which multi-agency meetings ...?"). The chain
(:meth:`assistant.chain.Assistant._screen`) keeps a question that names what it excludes
as typed (the passage naming it often names the rest: "I chair the HSAB as well as ...
the children's safeguarding arrangements") and asks the plain question only when that
finds nothing but the excluded thing; what the asker already has ("I know about the NRM
- ...") is background, and the rest is asked plainly, so no refusal asks the documents for
it. The answerer does not quote the lines about the phrase (:func:`lines_about`: a table
row, a sentence naming it alone, every line under a heading naming it; so a ranking skips
its row), and :func:`without_excluded` drops what is left of it from the answer, item by
item; when nothing else is left the answer says the documents give nothing besides it.

For a thread's "what else?" (:func:`assistant.condense.asks_for_more`),
:func:`beyond_earlier` keeps only what the earlier answer did not quote, from under the
same headings, :func:`read_on` quotes what follows the earlier quotes when nothing else
does, and failing both the earlier answer is given again, said to be all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from assistant.answer.text_evidence import quote_key
from assistant.glossary import load_glossary
from assistant.keywords import analyze
from ingest.models import SECTION_SEP, Answer, Chunk, Citation, Passage
from ingest.units import chunk_units

#: where a question's excluded phrase is introduced: "apart from", "other than", ...
_EXCLUDING = (r"(?:apart|aside)\s+from|other\s+than|besides|beside|except(?:\s+for)?|excluding|excepting"
              r"|not\s+(?:counting|including)|leaving\s+(?:aside|out)|setting\s+aside|outside\s+of|as\s+well\s+as"
              r"|in\s+addition\s+to|on\s+top\s+of|beyond|over\s+and\s+above")
#: a question's asking words, where an opening exclusion ends without a comma ("apart
#: from the MASH which other meetings ...")
_ASKING = (r"(?:what|what's|whats|which|who|whom|how|where|when|why|are|is|were|was|did|does|do|can|could|should"
           r"|would|will|has|have|had|any|anything|anyone|anybody|tell|list|give|name)\b")
#: the question words an opening exclusion may run into without a comma ("apart from the
#: MASH which other meetings ...": not "besides a pathway plan they should have ...")
_WH = r"(?:what|what's|whats|which|who|whom|how|where|when|why|any|anything|anyone|anybody|(?:is|are|was|were)\s+there)\b"
#: an exclusion opening the question: "apart from the MASH, which other ...", "other than
#: Child M were there any ..."
_OPENING = re.compile(rf"^\W*(?:(?:and|so|ok|okay|but|right|also)[,\s]+)?(?P<how>{_EXCLUDING})\s+"
                      rf"(?P<x>(?:\d[,.]\d|(?!\s[-–—]\s)[^,;:?]){{2,80}}?)(?:\s*[,;:]\s*|\s+[-–—]\s+|\s+(?={_WH}))"
                      rf"(?P<rest>.{{8,}})$", re.I)
#: an exclusion closing the question: "... anything more on neglect apart from training?",
#: "... which other meetings other than the MASH?"
_CLOSING = re.compile(rf"^(?P<rest>.{{8,}}?)(?:\s*,\s*|\s+[-–—]\s+|\s+)(?P<how>{_EXCLUDING})\s+"
                      rf"(?P<x>(?:\d[,.]\d|[^,;:?]){{2,80}}?)\s*(?P<end>[?.!]*)\s*$", re.I)
#: "..., not the physical ones?", "... - not the MASH stuff"
_NOT_THESE = re.compile(r"^(?P<rest>.{8,}?)(?:\s*,\s*|\s+[-–—]\s+|\s*\(\s*)(?:but\s+)?not\s+(?:the\s+|any\s+)?"
                        r"(?P<x>(?:(?!\s[-–—]\s)[^,;:?()]){2,60}?)\s*\)?\s*(?P<end>[?.!]*)\s*$", re.I)
#: a kind set aside by "not about": "which signs of slavery are NOT about physical
#: appearance or living conditions?", "which of the Child M learning points are not about
#: health or medical care?"
_NOT_ABOUT = re.compile(r"^(?P<rest>(?:which|what)\b.{3,120}?)\s+(?:that\s+|which\s+)?(?:are|were|is|was|aren['’]?t|weren['’]?t|isn['’]?t)\s*(?:not\s+)?"
                        r"(?:about|to\s+do\s+with|related\s+to|relating\s+to|on|linked\s+to|connected\s+to)\s+"
                        r"(?P<x>[^?]{2,80}?)\s*(?P<end>[?.!]*)\s*$", re.I)
#: what the asker already has, set before the question: "I know about the NRM - ...",
#: "I've already got the headline figure, ...", "we've done the bit about X - ..."
_KNOWN = re.compile(r"^\W*(?:(?:ok|okay|so|right|thanks|cheers|great)[,!.\s]+)?"
                    r"(?:i|we)(?:['’]?ve|\s+have|\s+already|\s+do|['’]?m|\s+am)?\s*(?:already\s+|got\s+)?"
                    r"(?:know|knew|read|seen|saw|got|had|have|done|did|covered|found|used|use|heard|told|aware)\s+"
                    r"(?:(?:of|about|on|all about)\s+)?(?:the\s+bits?\s+(?:about|on)\s+)?"
                    r"(?P<x>(?:(?!\s[-–—]\s)(?:\d[,.]\d|[^,;:?.])){2,80}?)"
                    r"(?:\s*(?:[,;:.]|\s[-–—]\s)\s*(?:(?:so|but|and|now)\s+)?|\s+(?:so|but|now)\s+)(?P<rest>.{8,})$", re.I)
#: a question asking for the rest: "what else", "any other", "anything more"
_FOR_THE_REST = re.compile(r"\b(?:what|who|which|where|how)\s+else\b|\b(?:any|anything|something|anyone|anybody)\s+(?:else|more|further|other)\b"
                           r"|\b(?:what|which)\s+other\b|\bother\s+\w+\s+(?:are|were|did|does|do|is|was)\b|\bthe\s+(?:other|rest)\b"
                           r"|\bmore\s+(?:on|about)\b|\belse\b", re.I)
#: the words that make a question ask for the rest, put plainly: "what else did ..." ->
#: "what did ...", "which other meetings" -> "which meetings", "anything more on X" ->
#: "what about X"
_PLAINLY = [
    (re.compile(r"\b(what|who|which|where|how)\s+else\b", re.I), r"\1"),
    (re.compile(r"\b(?:is\s+there\s+|are\s+there\s+)?(?:anything|something)\s+(?:else|more|further)\s+(?:(?:the\s+\w+\s+)?(?:says?|said|has|had|gives?|gave)\s+)?(?:on|about)\b", re.I), "what about"),
    (re.compile(r"\b(?:anything|something)\s+(?:else|more|further)\b", re.I), "what"),
    (re.compile(r"\b(any|what|which|the)\s+(?:other|further|more)\s+(?=\w)", re.I), r"\1 "),
    (re.compile(r"\b(any(?:one|body))\s+else\b", re.I), r"\1"),
    (re.compile(r"\s+else\b", re.I), ""),
]
#: the asking words of a question, which say nothing of what it asks about
_ASK_WORDS = {"how", "many", "much", "what", "which", "who", "when", "where", "why", "was", "were", "is", "are",
              "did", "do", "does", "the", "a", "an", "of", "for", "v", "vs", "versus", "and", "or", "about", "there"}
#: words of an excluded phrase that do not say what it is: "the X stuff", "the physical ones"
_FILLER = {"stuff", "bit", "bits", "one", "ones", "thing", "things", "part", "parts", "side", "piece", "lot",
           "obvious", "usual", "main", "headline", "already", "that", "those", "these", "this", "them", "it",
           "what", "which", "ve", "got", "mentioned", "said", "listed", "above", "earlier",
           # (a figure or source set aside says nothing a quote could be matched on: "I've
           # got the headline figure", "apart from the report")
           "figure", "figures", "number", "numbers", "stat", "stats", "statistics", "data", "total", "count",
           "report", "reports", "document", "documents", "sheet", "page", "pages", "website", "site", "annual",
           # (nor what kind of item it is: "the 'Was not Brought' point", "the dental finding")
           "point", "points", "item", "items", "finding", "findings", "recommendation", "recommendations",
           "section", "sections", "issue", "issues", "area", "areas", "aspect", "aspects", "element", "theme",
           "themes", "topic", "topics", "example", "examples", "option", "options"}


@dataclass(frozen=True)
class Exclusion:
    """A question with what it leaves out set aside.

    Attributes:
        question: the question asked plainly, its exclusion clause removed and "what
            else" / "which other" written "what" / "which" (the question itself when
            nothing is excluded).
        excluded: the excluded phrases as typed ("the MASH", "the physical ones"); empty
            when the question excludes nothing.
    """

    question: str
    excluded: tuple[str, ...] = ()
    #: the stems of what the question does want ("which signs of modern slavery ..., not the
    #: physical ones?" -> sign, modern, slavery; "I've got the 299 - like how many were girls
    #: v boys?" -> girl, boy): a line naming them all is kept even when it names the
    #: excluded phrase too
    wanted: frozenset[str] = frozenset()
    #: how the question excludes: ``opening`` ("apart from X, ..."), ``closing`` ("...
    #: other than X?"), ``not`` ("..., not the X ones"), ``known`` ("I know about X - what
    #: else ...?"); empty when it does not
    form: str = ""


def _plainly(question: str) -> str:
    for pattern, repl in _PLAINLY:
        question = pattern.sub(repl, question)
    return " ".join(question.split())


#: a case named by a letter: "Child M", "Family A", "Young Person J" (the letter is no
#: word the analyser keeps: the name is matched whole)
_CASE_NAME = re.compile(r"\b(child|family|young\s+person|person|baby|adult|case)\s+[‘'\"]?([A-Z])[’'\"]?(?![\w'’])", re.I)


def _case_key(name: str, letter: str) -> str:
    return "case:" + " ".join(name.lower().split()) + " " + letter.lower()


def excluded_stems(phrase: str) -> set[str]:
    """The stems (:func:`assistant.keywords.analyze`) that say what an excluded phrase is:
    ``"the info sharing stuff"`` -> ``{"info", "share"}`` (or however the analyser stems
    them); empty for a phrase of filler words only ("that one")."""
    cases = {_case_key(m.group(1), m.group(2)) for m in _CASE_NAME.finditer(phrase)}
    rest = _CASE_NAME.sub(" ", phrase)
    words = [w for w in re.findall(r"[\w'’-]+", rest.lower()) if w not in _FILLER]
    # (nor does a year: "not the 19/20 figure" leaves the question's own year to choose)
    return cases | {s for s in analyze(" ".join(words)) if not any(ch.isdigit() for ch in s)}


def set_aside_exclusion(question: str) -> Exclusion:
    """Set aside what ``question`` leaves out or already has.

    Recognised (case-blind): an opening "apart from / other than / besides / except (for)
    / excluding / not counting / as well as / in addition to / beyond X, ..."; the same
    closing the question ("... other than the MASH?"); a closing "..., not the X (ones)";
    and "I know about / I've already got / we've done X - what else ...?" (only when the
    rest asks for more: "I know about the NRM - how do I report?" is left as it is).

    Args:
        question: one standalone question (redacted, shorthand written out).

    Returns:
        an :class:`Exclusion`; ``excluded`` is empty, and ``question`` unchanged, when
        nothing is excluded or when what would be left is under three words.
    """
    q = question.strip()
    # (after a lead-in that sets the scene, kept: "Looking at the missing children by
    # ethnicity table - apart from Black or Black British, which group ...?", "VAH stuff -
    # apart from ...", "doing a slide on modern slavery. I've got ...")
    starts = [0] + [m.end() for m in re.finditer(r"\s[-–—]\s+|[.!?:;]\s+", q[:200])]
    # (or a short scope before "I've got": "For the 2021 conference I've got X and Y as
    # speakers - who else spoke?")
    scoped = re.match(r"^(?:for|on|in|re|about|with|at)\s+[^,.;:?]{2,60}?\s+(?=(?:i|we)(?:['’]ve|\s+have|\s+know|\s+already)\b)", q, re.I)
    if scoped:
        starts.insert(1, scoped.end())
    for at in starts:
        lead, clause = q[:at], q[at:]
        m = _OPENING.match(clause)
        if (m and _asks(m.group("rest")) and _names_something(m.group("x"))
                and not _adds_to(m.group("how"), m.group("rest"), m.group("x"))):
            return _made(m.group("rest"), m.group("x"), question, lead=lead, form="opening")
        m = _KNOWN.match(clause)
        if m and _FOR_THE_REST.search(m.group("rest")) and _asks(m.group("rest")) and _names_something(m.group("x")):
            plain = _with_known(m.group("rest"), m.group("x"))
            # (what the rest asks for is kept even beside what the asker has: "I've got the
            # 299 home educated - like how many were girls v boys?" is answered by "Of these
            # 154 were girls and 145 were boys" in the sentence giving the 299)
            asked = plain.split(" - ")[0] if plain != m.group("rest") else ""
            wanted = frozenset(s_ for s_ in analyze(" ".join(w for w in re.findall(r"[\w'’-]+", asked.lower())
                                                               if w not in _FILLER and w not in _ASK_WORDS))
                               if not any(ch.isdigit() for ch in s_))
            return _made(plain, m.group("x"), question, wanted, lead=lead, form="known")
    m = _NOT_ABOUT.match(q)
    if m and re.search(r"\bnot\b|n['’]t\b", q[len(m.group("rest")):], re.I) and _names_something(m.group("x")):
        x = re.sub(r"\s+or\s+", ", ", m.group("x"))
        return _made(m.group("rest") + (m.group("end") or "?"), x, question, form="not")
    m = _CLOSING.match(q)
    if (m and _names_something(m.group("x")) and _balanced(m.group("rest"))
            and not _compares(m.group("rest"), m.group("how"))):
        return _made(m.group("rest") + (m.group("end") or "?"), m.group("x"), question, form="closing")
    m = _NOT_THESE.match(q)
    # (only a kind of the things asked for: "what are the other signs, not the physical
    # ones?"; "how many went missing from LA care (not from home)?" narrows the question by
    # a contrast its answer states beside it, "50 from their family homes and 33 from Local
    # Authority Care", and is asked as it is)
    if (m and _asks(m.group("rest")) and _names_something(m.group("x")) and _balanced(m.group("rest"))
            and not _alternative(m.group("rest"))
            and (re.search(r"\b(?:ones?|stuff|bits?|things?|kinds?|types?|sorts?)\s*$", m.group("x"), re.I)
                 or _FOR_THE_REST.search(m.group("rest")))):
        before = [w for w in re.findall(r"[\w'’-]+", m.group("rest").lower()) if w not in _FILLER and w not in _ASK_WORDS]
        wanted = [s_ for s_ in analyze(" ".join(before)) if not any(ch.isdigit() for ch in s_)]
        return _made(m.group("rest") + (m.group("end") or "?"), m.group("x"), question, frozenset(wanted), form="not")
    return Exclusion(question)


def _names_something(phrase: str) -> bool:
    return bool(re.search(r"[^\W\d_]{2,}", phrase))


def _balanced(text: str) -> bool:
    """No bracket left open: "(the partnership group, not the full board)" is an aside,
    not an exclusion of the question's."""
    return text.count("(") <= text.count(")")


def _adds_to(how: str, rest: str, phrase: str = "") -> bool:
    """"as well as X, ..." and "beyond X, ..." set something aside only when the rest asks
    for more ("as well as the helpline, how else can I report?"); "besides X, ..." also
    when X is a thing, not a clause ("besides agriculture, which sectors ...?" sets
    agriculture aside; "besides a pathway plan they should have a PA, what's a PA?" says
    what else is true)."""
    if _FOR_THE_REST.search(rest):
        return False
    if re.match(r"besides?$", how, re.I):
        return bool(re.search(r"\b(?:should|must|need|needs|have|has|had|is|are|was|were|get|gets|got|can|will|would|do|does|did)\b", phrase, re.I))
    return bool(re.match(r"(?:as\s+well\s+as|beyond|over\s+and\s+above|on\s+top\s+of|in\s+addition\s+to)$", how, re.I))


def _asks(text: str) -> bool:
    return bool(re.search(rf"\?|^\W*{_ASKING}|\b(?:what|which|who|how|where|when|why)\b", text, re.I))


def _compares(rest: str, how: str) -> bool:
    """A closing "other than" that completes a comparison ("is it anything other than
    neglect?") or "as well as"/"beyond" that belongs to the clause before it ("... who
    works as well as possible") is not an exclusion."""
    if re.match(r"(?:as\s+well\s+as|beyond|over\s+and\s+above|on\s+top\s+of|in\s+addition\s+to)$", how, re.I):
        return not _FOR_THE_REST.search(rest)
    return bool(re.search(r"\b(?:anything|something|nothing|someone|anyone|more|less|fewer|higher|lower|rather|different)\s*$", rest, re.I))


def _alternative(rest: str) -> bool:
    """"..., A or B, not C" and "is it X, not Y?" choose between alternatives: the
    ``not`` phrase there corrects rather than excludes."""
    return bool(re.match(r"^\W*(?:is|are|was|were|do|does|did)\b", rest, re.I)) and not _FOR_THE_REST.search(rest)


def _with_known(rest: str, known: str) -> str:
    """The rest of an "I've got X - ..." question with X put back where it points to X:
    "anything more on it, like how many were girls v boys?" asks "how many were girls v
    boys" of X; "what else is there, like the worldwide estimate?" asks for the estimate
    about X's topic. Unchanged when the rest names its own topic."""
    known = re.sub(r"^(?:the|a|an|all|about)\s+", "", " ".join(known.split()), flags=re.I)
    known = re.sub(r"\s+(?:already|too|as well|so far)$", "", known, flags=re.I)
    like = re.search(r"^(?P<head>.*?)(?:[,\s]+(?:like|such as|e\.?g\.?|for example|for instance)[,\s]+|\s+[-–—]\s+(?=(?:how|what|which|who|when|where|is|are|was|were|did|do|does)\b))(?P<ask>.+)$", rest, re.I)
    if like and _FOR_THE_REST.search(like.group("head")):
        ask = like.group("ask").rstrip(" ?")
        if re.match(r"(?:how|what|which|who|when|where|why|is|are|was|were|did|do|does)\b", ask, re.I):
            return f"{ask} - {known}?"
        return f"what about {ask} - {known}?"
    pointer = re.search(r"\b(?:on|about|of|with|for|in)\s+(?:it|that|this|them|those|these)\b", rest, re.I)
    if pointer:
        word = pointer.group(0).split()[0]
        return rest[:pointer.start()] + f"{word} {known}" + rest[pointer.end():]
    if not re.search(r"[^\W\d_]{4,}", _plainly(rest).replace("what", "").replace("which", "")):
        return f"{rest.rstrip(' ?')} about {known}?"
    return rest


def _made(rest: str, phrase: str, question: str, wanted: frozenset[str] = frozenset(), lead: str = "",
          form: str = "") -> Exclusion:
    plain = _plainly(rest.strip(" ,;:-–—"))
    phrase = " ".join(phrase.split()).strip(" ,;:-–—")
    if len(re.findall(r"\w+", plain)) < 3:
        return Exclusion(question)
    # ("the council and the police" sets aside each: a row naming one is had already)
    parts = tuple(p for p in (x.strip() for x in re.split(r"\s*,(?!\d)\s*(?:and\s+)?|\s+(?:and|&|\+|plus)\s+", phrase))
                  if _names_something(p))
    if lead and not re.search(r"[-–—.!?:;]\s*$", lead):
        lead = lead.rstrip() + ", "
    parts = parts or (phrase,)
    # (an acronym also set aside spelled out, as the documents may write it: "the CCG" is
    # "Harrow Clinical Commissioning Group" in the budget table)
    spelled = tuple(sp for sp in (_spelled_out(p) for p in parts) if sp and sp not in parts)
    return Exclusion(lead + plain, parts + spelled, wanted, form)


def _spelled_out(phrase: str) -> str | None:
    """``phrase`` with its acronyms written out from the glossary ("the CCG" -> "the
    Clinical Commissioning Group"); ``None`` when it has none the glossary knows."""
    terms = load_glossary().terms
    out, changed = [], False
    for w in phrase.split():
        t = terms.get(w.strip("'’\"(),.?").upper()) if re.fullmatch(r"[A-Z]{2,6}s?", w.strip("'’\"(),.?")) else None
        if t is not None and t.expansion:
            out.append(t.expansion)
            changed = True
        else:
            out.append(w)
    return " ".join(out) if changed else None


def _about(text: str, stems: set[str]) -> bool:
    """Whether ``text`` names most of an excluded phrase's stems: three in five or more,
    rounded up, so all of a one- or two-word phrase ("the MASH", "info sharing") and
    most of a longer one ("the hoarding/self-neglect stuff in Family A"). A stem of four
    letters or more also matches a longer word it begins ("info" in "information")."""
    have = set(analyze(text))
    # (a case named by its letter: "Child M", or "‘M’" alone once the case is named)
    have |= {_case_key(m.group(1), m.group(2)) for m in _CASE_NAME.finditer(text)}
    have |= {s for s in stems if s.startswith("case:")
             and re.search(r"[‘'\"]" + s[-1].upper() + r"[’'\"]|\b" + s[-1].upper() + r"['’]s\b", text)}
    found = sum(1 for s in stems
                if s in have or (len(s) >= 4 and not s.startswith("case:")
                                 and any(h.startswith(s) or (len(h) >= 4 and s.startswith(h)) for h in have)))
    return bool(stems) and found >= -(-3 * len(stems) // 5)


_MARKER = re.compile(r"\[(\d+)\]")
#: a line of an answer that only leads in to what follows ("How to spot the signs of
#: modern slavery:"): it goes with the lines under it
_LEAD_IN = re.compile(r"(?::|\b(?:include|includes|including|are|were|as follows|such as))\s*$")


def without_excluded(answer: Answer, excluded: Sequence[str], wanted: frozenset[str] = frozenset()) -> Answer:
    """``answer`` without the quotes about what the question excluded.

    The answer is read line by line: a line (a list item, a table row, a sentence
    with its ``[n]`` marker) about an excluded phrase (:func:`_about`) is dropped, unless
    it names all of ``wanted`` too. A list quoted under one marker keeps its other items
    (the marker moves to the last item kept); a lead-in line left with nothing under it
    goes too. Citations whose markers are all dropped go, and the rest are renumbered in
    order. An answer left with no citation becomes ``not_found``, saying the documents
    give nothing besides what the asker already has.

    Args:
        answer: an ``answered`` :class:`~ingest.models.Answer` (others are returned as
            they are).
        excluded: the phrases :func:`set_aside_exclusion` set aside.
        wanted: :attr:`Exclusion.wanted`: a line naming all of these is kept.

    Returns:
        the filtered answer; ``extra["excluded"]`` counts the lines dropped.
    """
    stems = [s for s in (excluded_stems(p) for p in excluded) if s]
    if answer.status != "answered" or not stems or not answer.citations:
        return answer

    kept, dropped = _drop_lines(answer, lambda line: _had(line, stems, wanted))
    if not dropped:
        return answer
    if kept is None:
        what = "; ".join(excluded)
        return replace(answer, status="not_found", citations=[],
                       answer=f"The indexed documents give nothing on this besides what you already have ({what}).",
                       extra={**answer.extra, "excluded": dropped, "refusal": "only_excluded"})
    return replace(kept, extra={**answer.extra, "excluded": dropped})


def _pieces(text: str) -> tuple[list[str], str]:
    """An answer's segments, each up to and including a ``[n]`` marker (and what sticks to
    it: "... full name [1])."), and the text after the last."""
    pieces: list[str] = []
    pos = 0
    for m in _MARKER.finditer(text):
        end = m.end()
        while end < len(text) and not text[end].isspace():
            end += 1
        pieces.append(text[pos:end])
        pos = end
    return pieces, text[pos:]


def _renumbered(answer: Answer, pieces: Sequence[str], tail: str) -> Answer | None:
    """``answer`` made of ``pieces`` (and ``tail``), its citations the ones their markers
    name, renumbered in order of use; ``None`` when no marker names one."""
    by_n = {c.n: c for c in answer.citations}
    renumber: dict[int, int] = {}
    citations: list[Citation] = []
    for piece in pieces:
        for n in (int(x) for x in _MARKER.findall(piece)):
            if n not in renumber and n in by_n:
                renumber[n] = len(citations) + 1
                citations.append(replace(by_n[n], n=renumber[n]))
    if not citations:
        return None
    body = "".join(_MARKER.sub(lambda mm: f"[{renumber[int(mm.group(1))]}]" if int(mm.group(1)) in renumber else "", p)
                   for p in pieces)
    return replace(answer, answer=re.sub(r"\n{3,}", "\n\n", body + tail).strip(), citations=citations)


def _drop_lines(answer: Answer, gone) -> tuple[Answer | None, int]:
    """``answer`` without its lines for which ``gone(line)`` (the line's text, markers
    removed) is true, and the number dropped; ``None`` for the answer when no citation is
    left. A segment (the text up to and including a ``[n]`` marker) keeps its other lines
    and its marker moves to the last line kept; a lead-in line ("... include:") left with
    nothing under it goes too; citations are renumbered in order."""
    pieces, tail = _pieces(answer.answer)
    dropped = 0
    kept_pieces: list[str] = []
    for piece in pieces:
        markers = "".join(f"[{n}]" for n in _MARKER.findall(piece))
        keep = []
        for line in piece.split("\n"):
            bare = _MARKER.sub("", line)
            if line.strip() and not _LEAD_IN.search(bare.rstrip()) and gone(bare):
                dropped += 1
                continue
            keep.append(line)
        # (a lead-in with no line left under it goes too)
        while keep and _LEAD_IN.search(_MARKER.sub("", keep[-1]).rstrip()) and len(keep) > 0 and (
                not _MARKER.search(keep[-1]) or len(keep) == 1):
            keep.pop()
        if not any(line.strip() and not _LEAD_IN.search(_MARKER.sub("", line).rstrip()) for line in keep):
            continue
        out = "\n".join(keep)
        if not _MARKER.search(out):
            out = out.rstrip() + " " + markers
        kept_pieces.append(out)
    if not dropped:
        return answer, 0
    return _renumbered(answer, kept_pieces, tail), dropped


#: a long line (a paragraph) is about an excluded phrase only when its first words name it
_SUBJECT_WORDS = 12
_SHORT_LINE = 30


def _about_line(line: str, stems: set[str]) -> bool:
    """:func:`_about` for one line of a passage or answer: a list item, a table row or a
    sentence of up to thirty words is about the phrase when it names it; a longer line only
    when its first twelve words do (a paragraph naming the MASH in passing is not about
    the MASH)."""
    words = line.split()
    # (a case named by its letter is the subject wherever it is named)
    whole = len(words) <= _SHORT_LINE or any(s.startswith("case:") for s in stems)
    return _about(line if whole else " ".join(words[:_SUBJECT_WORDS]), stems)


def lines_about(passages: Sequence[Passage], excluded: Sequence[str], wanted: frozenset[str] = frozenset()) -> list[str]:
    """The lines of ``passages`` (list items, table rows, paragraphs) about an excluded
    phrase (:func:`_about_line`), for the answerer to avoid quoting
    (:meth:`~assistant.answer.extractive.ExtractiveAnswerer.answer`'s ``avoid``): "apart
    from Black or Black British, which group had the most missing children?" ranks the
    other rows.

    Args:
        passages: the retrieved passages.
        excluded: the phrases :func:`set_aside_exclusion` set aside.
        wanted: :attr:`Exclusion.wanted`: a line naming all of these is kept.

    Returns:
        the lines, as they stand in the passages' text.
    """
    stems = [s for s in (excluded_stems(p) for p in excluded) if s]
    out: list[str] = []
    for p in passages:
        if any(_about(p.chunk.section.split(SECTION_SEP)[-1], s) for s in stems):
            # (a passage whose own heading is about it, "Child M" for "other than Child M,
            # were there any other case reviews?": its whole text is what the asker has)
            out.extend(line for line in p.chunk.text.split("\n") if line.strip() and not _BULLET.match(line))
            continue
        for line in p.chunk.text.split("\n"):
            # (a paragraph's sentences one by one: "Perhaps surprisingly, police reported that
            # males made up 40% of victims. Suspects were 75% male ..." sets aside the first)
            pieces = [line] if len(line.split()) <= _SHORT_LINE else _SENTENCE_END.split(line)
            # (not a list item: a list is quoted whole and loses the item afterwards,
            # :func:`without_excluded`; avoiding its first item would lose the list)
            out.extend(piece for piece in pieces if piece.strip() and not _BULLET.match(piece) and _had(piece, stems, wanted))
    return out


_BULLET = re.compile(r"^\s*(?:[-•*–]\s|\d+[.)]\s)")


#: a list item or table row (as indexed, "a | b | c", or as an answer shows it, "Label —
#: Column: value"), as against a sentence of prose
_ITEM = re.compile(r"^\s*(?:[-•*–]\s|\d+[.)]\s)|\s\|\s|\s—\s")


def _had(line: str, stems: Sequence[set[str]], wanted: frozenset[str]) -> bool:
    """Whether ``line`` is what the asker already has: about an excluded phrase
    (:func:`_about_line`), not naming all of ``wanted``, and either a list item or table
    row, or a sentence naming nothing beside it. A sentence joining the phrase to
    something else by "and" / "or" is kept: "Chris Miller ... chairs the Harrow Safeguarding
    Adult Board and the children's arrangements" answers "apart from the children's
    arrangements, which adult board ...?", and "suppliers and recruitment agencies" answers
    "apart from my suppliers, who else should I vet?"."""
    about = [s for s in stems if _about_line(line, s)]
    if not about:
        return False
    if wanted and all(_about(line, {w}) for w in wanted):
        return False
    return bool(_ITEM.search(line)) or not any(_joined(line, s) for s in about)


#: tokens either side of an excluded phrase within which "and" / "or" / "as well as" joins
#: it to another thing ("I chair the HSAB as well as chairing and scrutinising the work of
#: the children's safeguarding arrangements", "a new risk assessment in March 2020 and had
#: set up ...")
_JOIN_WINDOW = 6


def _joined(line: str, stems: set[str]) -> bool:
    """Whether an excluded phrase's words in ``line`` stand within :data:`_JOIN_WINDOW`
    tokens of an "and", "or" or "&" (named beside something else, not alone: "Harrow were
    one of the first boroughs to benefit from this programme and next year ..." is about
    Harrow alone)."""
    tokens = re.findall(r"[\w'’-]+|&", re.sub(r"\bas\s+well\s+as\b|\balong\s+with\b|\bplus\b", " and ", line.lower()))
    at = []
    for i, t in enumerate(tokens):
        ts = analyze(t)
        if ts and any(x == ts[0] or (len(x) >= 4 and (ts[0].startswith(x) or (len(ts[0]) >= 4 and x.startswith(ts[0]))))
                      for x in stems):
            at.append(i)
    if not at:
        return False
    # (outside the phrase's own words: the "or" of "Black or black British" joins nothing)
    lo, hi = max(0, min(at) - _JOIN_WINDOW), max(at) + _JOIN_WINDOW + 1
    return any(t in ("and", "or", "&") for t in tokens[lo:min(at)] + tokens[max(at) + 1:hi])


#: where a paragraph's sentences end
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9‘“'\"(])")


def _top(section: str) -> str:
    return section.split(SECTION_SEP)[0].strip().lower()


def beyond_earlier(answer: Answer, earlier: Answer, related_only: bool = True) -> Answer:
    """``answer`` to a "what else?" follow-up without what the ``earlier`` answer quoted.

    Lines of ``answer`` (list items, table rows, sentences) that an earlier quote already
    holds are dropped, as :func:`without_excluded` drops lines; a list quoted whole keeps
    only its new items. With ``related_only`` a quote counts only if it comes from under the
    same top-level heading as one of the earlier quotes: what ranks next elsewhere in the
    documents is not more of the same ("what else does the dedicated team cover?" is not
    answered by how training moved to Teams). When nothing new is left, the earlier answer
    is given again, said to be all the documents give (``extra["more"] == "none"``).

    Args:
        answer: the follow-up's answer (composed avoiding the earlier quotes).
        earlier: the earlier turn's answer, asked again (its citations).
        related_only: keep only quotes under the earlier quotes' top-level headings.

    Returns:
        the answer with only new lines, or the earlier answer said to be all (the chain
        then tries :func:`read_on` first).
    """
    given = [quote_key(c.quote) for c in earlier.citations]
    tops = {_top(c.section) for c in earlier.citations}
    new: Answer | None = answer if answer.status == "answered" and answer.citations else None
    if new is not None:
        # (a quote given before, whole; or one from under another top-level heading)
        gone = {c.n for c in new.citations if any(quote_key(c.quote) in g for g in given)
                or (related_only and _top(c.section) not in tops)}
        if gone:
            new = _without_citations(new, gone)
            new = new if new.status == "answered" else None
    if new is not None:
        def had(line: str) -> bool:
            # (a line inside an earlier quote, or one showing an earlier quote under its
            # heading's label: "PHYSICAL APPEARANCE: Victims may show ...")
            key = quote_key(re.sub(r"^\s*(?:[-•*–]\s+)", "", line).strip())
            return bool(key) and any(key in g or (len(g) >= 20 and g in key) for g in given)
        new, _ = _drop_lines(new, had)
    if new is not None and new.citations:
        return replace(new, extra={**new.extra, "more": "new"})
    return replace(earlier, question=answer.question, retrieved=answer.retrieved or earlier.retrieved,
                   answer="The documents give nothing more on this than the earlier answer, which was:\n\n" + earlier.answer,
                   timings_ms=dict(answer.timings_ms), extra={**earlier.extra, "more": "none"})


def _without_citations(answer: Answer, drop: set[int]) -> Answer:
    """``answer`` without the segments whose markers are all in ``drop``; the rest
    renumbered. ``not_found`` with no citations when nothing is left."""
    pieces, tail = _pieces(answer.answer)
    kept = _renumbered(answer, [p for p in pieces if not all(int(n) in drop for n in _MARKER.findall(p))], tail)
    return kept if kept is not None else replace(answer, status="not_found", citations=[])


def lacks_excluded(missing: object, excluded: Sequence[str]) -> bool:
    """Whether a refusal's ``extra["missing"]`` ("anything on MASH referrals") names a term
    sharing a word with what the question set aside ("the MASH"): the avoided quotes about
    it gave that term, and the answer is composed again without avoiding them (their
    lines are then dropped by :func:`without_excluded`;
    :meth:`assistant.chain.Assistant._compose`)."""
    m = re.match(r"anything (?:on|about) (?P<term>.+?)(?: there)?$", str(missing or ""))
    if not m:
        return False
    term = excluded_stems(m.group("term"))
    return any(term & excluded_stems(p) for p in excluded)


#: units a "what else?" reads on by, at most
READ_ON = 3


def read_on(earlier: Answer, sections: dict[tuple[str, str], list[Chunk]], limit: int = READ_ON) -> Answer | None:
    """More of what the earlier answer quoted, for a follow-up that only asks for more
    ("anything more about that?", "what else?") when no other passage answers it: the
    units (sentences, list items, table rows) that follow each earlier quote under the
    same heading, in reading order, up to ``limit`` in all, each quoted verbatim and cited.

    Args:
        earlier: the earlier turn's answer (its citations say where it was quoted from).
        sections: ``(source, section) -> chunks`` of the earlier quotes' sections, in
            document order (:meth:`assistant.chain.Assistant._sections_of`).
        limit: units to quote at most.

    Returns:
        an ``answered`` :class:`~ingest.models.Answer` led by a line saying it reads on from
        the earlier answer (``extra["more"] == "read_on"``), or ``None`` when the sections
        hold nothing after what was quoted.
    """
    given = [quote_key(c.quote) for c in earlier.citations]
    picked: list[tuple[Chunk, int, int, str]] = []
    for cite in earlier.citations:
        chunks = sections.get((cite.source, cite.section), [])
        at = next((i for i, c in enumerate(chunks) if cite.quote in c.text), None)
        if at is None:
            continue
        after = chunks[at].text.index(cite.quote) + len(cite.quote)
        for i in range(at, len(chunks)):
            c = chunks[i]
            for u in chunk_units(c):
                # (a table's rows only after a quoted row: a list's findings read on into
                # the next finding, not into the table printed after them)
                if (i == at and u.start < after) or u.kind == "table_header" or (
                        u.kind == "table_row" and " | " not in cite.quote):
                    continue
                text = c.text[u.start:u.end]
                key = quote_key(text)
                if len(text.split()) < 4 or any(key in g for g in given) or any(key == quote_key(p[3]) for p in picked):
                    continue
                picked.append((c, u.start, u.end, u.kind))
                if len(picked) >= limit:
                    break
            if len(picked) >= limit:
                break
        if len(picked) >= limit:
            break
    if not picked:
        return None
    citations: list[Citation] = []
    lines: list[str] = []
    for n, (c, start, end, kind) in enumerate(picked, 1):
        quote = c.text[start:end]
        citations.append(Citation(n=n, source=c.source, title=c.title, section=c.section, page=c.page_of(start),
                                  quote=quote, date=c.metadata.get("date") or None, page_end=c.later_page(start, end)))
        lines.append(f"{quote.strip()} [{n}]")
    text = "The earlier answer's passages go on:\n" + "\n".join(lines)
    return Answer(question=earlier.question, status="answered", answer=text, citations=citations,
                  retrieved=list(earlier.retrieved), extra={**earlier.extra, "more": "read_on"})

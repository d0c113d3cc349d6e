"""Extractive answer composer: no LLM, every word of evidence quoted verbatim and cited.

Given a question and the retrieved passages it:

1. classifies the question (:func:`question_type`): ``number`` ("how many", "what
   percentage", "how much"), ``who``, ``when``, ``list`` ("what were the key findings"),
   ``define`` ("what is X", "what does X stand for") or ``general``;
2. splits the passages into *units* -- sentences of paragraphs, list items, table rows --
   each a verbatim span of its passage's text;
3. scores each unit by lexical overlap with the question (IDF-weighted stems, glossary
   expansions at half weight), dense cosine similarity to the question (same embedding
   model), the passage's retrieval rank, and question-type evidence (a number or ``%`` for
   ``number`` questions, capitalised names for ``who``...);
4. selects units with maximal marginal relevance (Carbonell & Goldstein, SIGIR 1998) so a
   multi-sentence answer covers the question without repeating itself; a list question
   whose best unit is in a list returns the whole list; a table row is shown with its
   column headers;
5. numbers citations ``[n]`` in answer order; each citation's ``quote`` is an exact
   substring of its passage's text, so it can be checked.

If the best passage's dense similarity and the best unit's lexical coverage are both low,
the status is ``not_found`` and nothing is cited.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np
import yaml

from assistant.answer.question_shape import (  # (question_type and friends are re-exported for older imports)
    CLASSIFY_Q,
    CLAUSE_SPLIT,
    HOURS_Q,
    ROLE_ASKED,
    WH_OPENING,
    asked_acronym,
    asked_kind,
    asking_clauses,
    question_type,
    stated_count,
)
from assistant.embeddings import Embedder
from assistant.glossary import CONNECTORS, Glossary, acronym_flags, load_glossary, mine_definitions
from assistant.keywords import PERIOD, analyze, covered_weight, periods, question_weights, reporting_periods
from assistant.rerank import ChunkStems
from assistant.safety import common_words, given_names
from ingest.loaders.html import is_subtitle  # a case study's title ("Serena from Gambia")
from ingest.models import SECTION_SEP, Answer, Chunk, Citation, Passage
from ingest.units import chunk_units

NOT_FOUND_TEXT = (
    "The indexed documents do not cover this. Try rephrasing, or ask your safeguarding lead "
    "or the partnership's learning and development team."
)

# a figure ("198", "9,971", "£28,427", "13.8%", "twelve"); not the 19 of "Covid-19"
_NUMBER = re.compile(r"(?<![\w.])(?<!covid-)(?<!covid )(?:£\s?)?\d[\d,]*(?:\.\d+)?\s?%?"
                     r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                     r"thirty|forty|fifty|hundred|thousand|dozen|half|twice|a third|a quarter)\b", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z'’]+)+\b")
#: a person's or an organisation's name, with the connectives organisations use
#: ("Department for Education", "Clinical Commissioning Group", "Children's Society")
_ORG_NAME = re.compile(r"\b[A-Z][a-z'’]+(?:\s+(?:(?:of|for|and|the|in|on)\s+)?[A-Z][a-z'’]+)+\b")
#: a unit opening with a label in capitals: "- DOMESTIC SERVITUDE Victims are forced to ..."
_CAPS_LABEL = re.compile(r"[-•*\s]*[A-Z][A-Z’'&-]+(?:\s+[A-Z][A-Z’'&-]+)*\s+(?=[A-Z][a-z])")
#: weight kept (after the scene's halving) by the words of an earlier part's question that
#: a later part repeats as its scene (:func:`asked_before_stems`)
ASKED_BEFORE_SHARE = 0.5
#: weight kept by the words of a scene or topic set before the question ("the disabled lad
#: who died - what ...?"); 0.3 lost 5 answers on the development suites (eleventh session)
SCENE_SHARE = 0.5
#: a question asking for reasons ("why ...", "what triggered ...", "the reasons for ...")
_REASON_Q = re.compile(r"\b(?:why|reasons?|triggered|trigger|caused|led to|because)\b", re.I)
#: a list's lead-in giving reasons ("... learning to be identified because of:")
_REASON_LEAD = re.compile(r"\b(?:because of|due to|as a result of|reasons? (?:for|why|include|were|are)|caused by|triggered by)\b[^.]*:?\s*$", re.I)
#: a question asking what should be done or what was learnt ("what did the review say
#: should happen with that?", "what was the takeaway?", "what did it recommend?")
_RECOMMEND_Q = re.compile(r"\b(?:what|which|how)\b[^?]*?\b(?:should|must|ought to|needs? to)\b"
                          # "should I tell the woman ...?": whether to do something
                          r"|\b(?:should|shall|do|can|must)\s+(?:i|we|you|staff)\s+(?:tell|confront|let|approach|speak|talk|say|warn|inform|ask|"
                          r"challenge|intervene|go|try|mention|share|keep)\b"
                          r"|\b(?:recommend\w*|conclu\w*|takeaways?|take-?aways?|learning points?|lessons? learn\w*|the learning|key messages?)\b"
                          # "what did they decide about that going forward?"
                          r"|\bwhat\s+(?:did|do|does|has|have)\s+(?:they|the \w+|it|he|she)\s+(?:decide|agree|say should)\b|\bwhat was (?:decided|agreed)\b", re.I)
#: a sentence saying what should be done or is needed
_RECOMMENDS = re.compile(r"\b(?:should|must|need(?:s|ed)? to|the need for|recommend\w*|concluded|is essential|are essential|do not attempt|never|"
                         r"decisions? should|(?:was|were) agreed|it was decided|"
                         r"it is vital|important that|to ensure that)\b", re.I)
#: type evidence a sentence saying what should be done earns for such a question
RECOMMEND_BONUS = 0.4
#: share of the best unit's score a sentence of its section saying what should be done
#: needs to be quoted beside it for a "what should happen?" question
RECOMMEND_SUPPORT = 0.6
#: type bonus for a sentence giving a cause, when the question asks why (:data:`_WHY_Q`)
REASON_BONUS = 0.4
#: a question asking why: "why did ...?", "what's the reason given?", "what caused ...?"
_WHY_Q = re.compile(r"\bwhy\b|\breasons?\s+(?:given|for|why|behind)\b|\bwhat(?:'s|’s| is| was| were| are)?\s+(?:the\s+)?(?:reasons?|causes?|explanation)\b"
                    r"|\bwhat (?:caused|led to|explains|drove|is behind|was behind)\b|\bhow come\b"
                    # "what did the review put that down to?"
                    r"|\bwhat (?:did|do|does|have|has) [^?]{1,40}?\b(?:put|puts|putting) (?:it|that|this|them|those|these)? ?down to\b"
                    r"|\bwhat (?:was|were|is|are) (?:it|that|this|they) (?:put down|attributed|due) to\b", re.I)
#: a sentence giving a cause
_CAUSAL = re.compile(r"\b(?:because|due to|as a result of|thought to be (?:related|due|linked|down)|related to|put down to|attributed to|caused by|"
                     r"explained by|linked to|owing to|driven by|the reason|reflects?|resulting from|in response to)\b", re.I)
#: a sentence giving when a service is open
_HOURS = re.compile(r"\b24 hours\b|\b24/7\b|\b24 hour\b|\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\bmonday to (?:friday|sunday)\b|\bopen (?:every|7|seven)\b", re.I)
#: type evidence an opening-hours sentence earns for such a question
HOURS_BONUS = 0.6
#: superlatives by direction: a question asking for the most of something ("when did CAMHS
#: see their highest ever number of referrals?", "biggest ever rush") is answered by the
#: sentence naming a maximum ("In September 2020 there was the highest number of referrals
#: ever seen"), not one about the same service's demand in general
_SUPERLATIVES = {"max": re.compile(r"\b(?:highest|biggest|largest|greatest|most|peak(?:ed)?|record|busiest|top)\b", re.I),
                 "min": re.compile(r"\b(?:lowest|smallest|fewest|least|quietest)\b", re.I)}
#: a list item led by a figure: "- 35.4% Returned home to live with parents/relatives."
_LEAD_FIGURE = re.compile(r"[-•*\s]*(\d[\d,]*(?:\.\d+)?)\s?%?\s+[A-Za-z]")
#: type evidence a table row earns when its header counts out of as many meetings as the
#: question says ("of the 7 meetings" / "ATTENDANCE OUT OF 7 MEETINGS"), or loses when
#: it counts out of another number
OUT_OF_MATCH = 0.2
#: type evidence a table row earns (or loses) when its table's heading names (or names
#: only others than) a body the question names by acronym ("how many hscb meetings did
#: the ccg make?": the table under "HSCB MEMBERSHIP AND ATTENDANCE", not the one under
#: "HSSP MEMBERSHIP & ATTENDANCE")
HEADING_ACRONYM_MATCH = 0.2
#: type evidence a sentence with the question's superlative earns
SUPERLATIVE_BONUS = 0.3
#: a question asking which named body or scheme: "which adult board does the independent
#: chair also chair?", "what other borough board does chris miller sit on?", "which uni is
#: harrow working with?"
_WHICH_NAMED_Q = re.compile(r"\b(?:which|what)\s+(?:(?!(?:is|are|was|were|does|do|did|has|have|had|the|a|an|its|their|his|her|our|your)\b)[\w-]+\s+){0,2}?"
                            r"(?P<noun>board|partnership|organisation|organization|charity|team|service|university|uni|body|agency|"
                            r"panel|scheme|project|programme|approach|initiative|operation|trust|forum|network|hub|group)s?\b", re.I)
#: type evidence a sentence naming something in quotes or Title Case earns for a question
#: asking what something is called
CALLED_BONUS = 0.5


def _quoted_or_titled_name(text: str, q_words: set[str]) -> bool:
    """Whether ``text`` gives a name the question does not: a quoted phrase ('a “Think
    Whole Family” approach') or a run of two or more capitalised words after its first
    word ("the Integrated Early engagement Project")."""
    names = re.findall(r"[“\"‘']([A-Z][^”\"’']{2,60})[”\"’']", text)
    names += re.findall(r"(?:(?<=\S\s)|(?<=\())((?:[A-Z][a-z][\w’'-]*\s+){1,5}[A-Z][a-z][\w’'-]*)", text)
    return any(set(analyze(n)) - q_words for n in names)


#: type evidence a sentence naming an instance of the body asked for earns
WHICH_NAMED_BONUS = 0.5
#: ... and the share of the best unit's score the strongest such sentence needs to answer
WHICH_NAMED_RATIO = 0.6


#: nouns asking for any organisation: an acronym or an organisation's name answers them
_ANY_ORG_NOUNS = frozenset({"organisation", "charity", "body", "agency", "provider"})


def names_instance(noun: str, text: str, expansions: dict[str, str] | None = None) -> list[str]:
    """The particular ``noun``s ("board") ``text`` names: capitalised names ending in it
    ("Health and Wellbeing Board"), "University of Bedfordshire", and acronyms whose
    expansion (``expansions``: acronym -> words) ends in it ("HSAB": "Harrow Safeguarding
    Adults Board", returned expanded); for "organisation", "charity" and the like, any
    acronym of three letters or more ("NSPCC") and names such as "The Salvation Army"."""
    noun = {"uni": "university", "organization": "organisation"}.get(noun.lower(), noun.lower())
    cap = noun.capitalize()
    found = [m.group(0) for m in re.finditer(
        rf"\b(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|the|&)\s+)?){{1,5}}{cap}s?\b|\b{cap}\s+of\s+(?:the\s+)?[A-Z]\w+", text)]
    # (an acronym, not a word of a heading in capitals: "FORCED LABOUR Victims are ...")
    for acr in re.findall(r"(?<![A-Z]\s)\b[A-Z][A-Z&]{1,7}\b(?!\s+[A-Z]{2})", text):
        exp = (expansions or {}).get(acr, "")
        if exp and re.search(rf"\b{noun}s?\s*$", exp.lower()):
            found.append(exp)
        elif noun in _ANY_ORG_NOUNS and len(acr) >= 3 and acr not in ("UK", "USA", "THE"):
            found.append(acr)  # "which organisation deals with ...?": "... handled by the NSPCC"
    if noun in _ANY_ORG_NOUNS:
        found += [m.group(0) for m in re.finditer(
            r"\b(?:[A-Z][\w'’&-]*\s+){1,4}(?:Society|Trust|Army|Charity|Foundation|Alliance|Centre|Network|Association|Institute)\b", text)]
    return found


#: a question asking which in a series something is: "is this the first annual report the
#: partners have put out?"
_ORDINAL_Q = re.compile(r"\b(?:is|was|are|were)\s+(?:this|it|that|these)\s+(?:the|their|our|its|his|her|(?:the\s+)?(?:[\w-]+\s+)?[\w-]+['’]s?)\s+"
                        r"(?:first|second|third|fourth|fifth|last|only|latest)\s+(?P<np>[a-z-]+(?:\s+(?!the\b|they\b|we\b|since\b|that\b)[a-z-]+)?)", re.I)


def series_noun(question: str) -> str:
    """A regex for the thing a "is this the first X?" question asks the place of in its
    series (for "annual report", words joined by any whitespace); ``""`` for other
    questions."""
    m = _ORDINAL_Q.search(question)
    if m:
        return re.escape(m.group("np")).replace(r"\ ", r"\s+")
    m = _ORDINAL_ONE_Q.search(question)
    return re.escape(m.group("np")).replace(r"\ ", r"\s+") if m else ""


#: ... with the thing named first: "is the 20/21 annual report the partnership's first one?"
#: (or with its period between, or the noun again: "is the harrow partnership annual report
#: for 20-21 their first one ...?", "is the 2020-21 report their first annual report ...?")
_ORDINAL_ONE_Q = re.compile(r"\b(?:is|was)\s+(?:the|this|that|their|our)\s+(?:[\w/-]+\s+){0,4}?(?P<np>annual report|report|conference|review|plan|strategy)\s+"
                            r"(?:(?:for|from|of|in)\s+[\w/-]+\s+)?(?:(?:the|their|our|its)\s+)?(?:[\w-]+['’]s?\s+)?(?:first|second|third|last|only|latest)\s+"
                            r"(?:one|ever|(?:[\w-]+\s+)?(?P=np))\b", re.I)


def places_in_series(noun_pattern: str, text: str) -> bool:
    """Whether ``text`` places the thing ``noun_pattern`` names in its series ("the second
    annual report")."""
    return re.search(rf"\b(?:first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+{noun_pattern}", text, re.I) is not None


#: type evidence a sentence placing the thing asked about in its series earns
ORDINAL_BONUS = 0.6
#: a question asking which rows of a table are zero: "which members didn't make any of the
#: meetings?", "who attended none?"
_NONE_Q = re.compile(r"\b(?:didn'?t|did not|never|failed to)\s+(?:make it to|made it to|make|made|attend(?:ed)?|go to|went to|come to|came to|turn(?:ed)? up (?:to|at)|show(?:ed)? up (?:to|at))\s+"
                     r"(?:any|a single|one)\b|\battended (?:none|no)\b|\bmissed (?:all|every)\b|\b(?:zero|nil) attendance\b"
                     r"|\b(?:which|who|what)\b.*\b(?:attended|made|went to|came to)\s+(?:0|zero|nil|none)\b", re.I)
#: rows a question sets aside: "apart from the vol sector rep, which agency ...?"
_EXCEPT_Q = re.compile(r"\b(?:apart from|other than|besides|except(?: for)?|aside from|not counting|excluding)\s+(?:the\s+)?"
                       r"(?P<x>[^,?;–—]{2,40}?)\s*(?:,|\?|;|\s[-–—]\s|$|\s(?=which|who|what)\b)", re.I)
#: a question asking who wrote something
_AUTHOR_Q = re.compile(r"\bwho\s+(?:wrote|writes|authored|penned|signed|prepared|produced|compiled)\b|\bauthor\b|\bwritten by\b"
                       r"|\bwho\s+(?:did|carried out|conducted|undertook|led|does)\s+the\s+(?:[\w/-]+\s+){0,3}?(?:evaluation|scrutiny|assessment)\b", re.I)
#: a heading saying whose a section is: "... welfare arrangements by Chris Miller"
_BY_NAME = re.compile(r"(?:^|> )(?P<heading>[^>]*?\bby (?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}))\s*(?=$| >)")
#: list score a budget table loses for a list question that asks nothing about money
MONEY_TABLE_PENALTY = 0.15
#: longest sentence (characters) read as a list's lead-in
LEAD_IN_MAX = 300
#: share of the best unit's score a unit giving the date asked for must reach to replace
#: it, for "when" questions
DATED_RATIO = 0.75
#: when the best unit's passage is about another period than the one asked (the answer
#: would be refused for it), the strongest unit of a passage naming that period takes its
#: place if it scores at least this share of the best; lower than :data:`DATED_RATIO`
#: because the alternative is a refusal, not a weaker answer
REFUSED_RATIO = 0.6
#: head cover a reasons list earns when reasons are asked for (:meth:`ExtractiveAnswerer._best_lists`)
REASON_LEAD_COVER = 0.2
#: a question asking which organisation does something
_WHICH_ORG_Q = re.compile(r"\b(?:which|what) (?:[\w-]+ )?(?:org|orgs|organisation|organisations|organization|organizations|charity|charities|service|agency|body|provider|group)\b"
                          r"|^\s*who\b", re.I)
#: a heading that names an organisation: an acronym ("NSPCC"), a short all-capitals name
#: ("MIGRANT HELP") or a name ending in an organisation word ("The Children's Society")
_ORG_HEADING = re.compile(r"[A-Z][A-Z&]{1,9}|[A-Z][A-Z&'’-]+(?: [A-Z][A-Z&'’-]+){1,3}"
                          r"|(?:[A-Z][\w'’&-]*\s+){0,4}(?:Society|Trust|Army|Charity|Foundation|Alliance|Centre|Council|Partnership|"
                          r"Board|Network|Project|Helpline|Service|Services|Association|Institute|Group|Agency|International|UK)")
#: a heading that is a label of a list of sibling sections ("UNUSUAL TRAVEL TIMES", "POOR
#: LIVING CONDITIONS"): capitals, up to five words
_LABEL_HEADING = re.compile(r"[A-Z][A-Z&'’/-]*(?: [A-Z][A-Z&'’/-]*){0,4}")
#: a sentence in an organisation's own voice ("We run ...", "Our team ...")
_WE = re.compile(r"(?:We|Our)\b")
_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|" + _MONTH.pattern)


_METHOD_Q = re.compile(r"\s*how (?:do|does|did|can|could|should|are|is|were|was) (?:we|they|you|i|the|harrow|it|services|agencies|schools|partners|children|young people|kids|families|parents|victims|survivors)\b", re.I)


@dataclass
class _Unit:
    passage: int
    start: int
    end: int
    kind: str
    text: str
    line: int
    index: int = 0  # position among its passage's units


def _units(passages: Sequence[Passage]) -> list[_Unit]:
    units: list[_Unit] = []
    for pi, p in enumerate(passages):
        text = p.chunk.text
        for j, u in enumerate(chunk_units(p.chunk)):
            units.append(_Unit(pi, u.start, u.end, u.kind, text[u.start:u.end], u.line, j))
    return units


#: weights of a unit's lexical coverage, dense similarity, passage rank (1 / (1 + rank))
#: and question-type evidence in its score
UNIT_WEIGHTS = (0.45, 0.35, 0.1, 0.15)

#: a paraphrase ("how grown-up is the partnership working" for "maturity"): when no unit
#: covers this share of the question's weighted stems, word overlap says little and the
#: dense weight is multiplied by :data:`PARAPHRASE_DENSE_BOOST`. Measured over the seven
#: development suites (377 answerable cases): 0.4 / 1.5 answered 5 more cases and lost 2;
#: 0.3 / 1.5 +3 -1, 0.45 / 1.3 +3 -1, 0.55 / 1.5 +5 -4, 0.4 / 2.0 +6 -7.
PARAPHRASE_LEX = 0.4
PARAPHRASE_DENSE_BOOST = 1.5

#: list questions: a list's heading and lead-in ("Conference Workshops / The event was
#: supported by an excellent range of specialist workshops:") say what it is a list of,
#: while its items rarely repeat the question's words. The cosine of the question to that
#: head text adds this weight to the list's score, and a list whose head covers this share
#: of the question's weighted stems is a candidate even when its items add little. Dev
#: suites: 0.4 / 0.3 answered 2 more list cases and lost none (0.4 / 0.25 the same,
#: 0.4 / 0.2 +2 -1, 0.2 or 0.6 / 0.4 +1 -0).
LIST_HEAD_DENSE = 0.4
LIST_HEAD_COVER = 0.3
#: who-questions: a new name in a unit's heading only earns this share of the bonus a name
#: in the unit's own text earns ("who funds ...": "... is funded by the Department for
#: Education" beats its neighbours under the heading "Social Worker in Schools"). Nine
#: suites: 0.75 +1 -0; 0.5 +1 -1; 0.9 no change.
WHO_HEADING_SHARE = 0.75
#: number questions naming a year or period: a figure whose paragraph, lead-in, section or
#: table header dates it to that year gains this type bonus, one dated only to other years
#: loses it. Nine suites: 0.3 or 0.5 +1 -0, 0.15 no change.
PERIOD_MATCH = 0.3
#: list questions stating how many things they want ("which three organisations ...",
#: "the 3 partnership priorities"): a list of exactly that many items gains this score in
#: :meth:`ExtractiveAnswerer._best_lists`, and a sentence enumerating that many (a footnote
#: "These are Harrow Council, the NWL Clinical Commissioning Group and the Metropolitan
#: Police") this type bonus
COUNT_MATCH = 0.3
#: "how do we ...?" questions are answered by a list whose heading and lead-in cover this
#: share of the question ("Involving Children & Young People through:")
METHOD_LIST_HEAD = 0.5
#: list questions: a list whose own heading names the kind asked for ("Actions:")
KIND_HEAD_BONUS = 0.15
#: type bonus for a figure followed by everything a "how many X" question counts
COUNTED_MATCH = 0.5
#: a list question is about one item when that item carries this much more of the
#: question's IDF-weighted words than any other item of its list (see ``answer``)
ITEM_FOCUS_LEX = 0.25


class ExtractiveAnswerer:
    """Composes cited, verbatim answers from passages.

    Args:
        embedder: the embedding model (for unit/question similarity).
        glossary: acronym glossary (default: the bundled one).
        min_relevance: ``not_found`` threshold on the best passage's dense cosine
            similarity (calibrated on the eval suites; see README).
        max_units: maximum quoted units in a non-list answer.
        unit_vectors: optional ``f(chunk) -> ndarray | None`` giving the precomputed
            ``(n_units, 384)`` vectors of :func:`ingest.units.chunk_units` (from the store);
            units are embedded on the fly when it returns ``None``.
        stems: optional ``f(chunk) -> ChunkStems`` giving cached analysed stems
            (:meth:`assistant.rerank.UnitReranker.chunk_stems`); analysed on the fly
            when absent.
    """

    def __init__(self, embedder: Embedder, glossary: Glossary | None = None,
                 min_relevance: float = 0.25, max_units: int = 3, unit_vectors=None, stems=None):
        self.weights = UNIT_WEIGHTS
        self.support_ratio = 0.95  # a 2nd unit for number/when/define must score this share of the best
        self.floor_ratio = 0.8     # any further unit must score this share of the best
        self.embedder = embedder
        self.stems = stems
        self.unit_vectors = unit_vectors
        self.glossary = glossary or load_glossary()
        self.min_relevance = min_relevance
        self.max_units = max_units
        self._unit_cache: dict[tuple[str, int, int], np.ndarray] = {}

    # -- scoring helpers ---------------------------------------------------------------
    def _vectors(self, passages: Sequence[Passage], units: list[_Unit]) -> np.ndarray:
        if self.unit_vectors is not None:
            rows: list[np.ndarray] = []
            ok = True
            for pi, p in enumerate(passages):
                vecs = self.unit_vectors(p.chunk)
                n = sum(1 for u in units if u.passage == pi)
                if vecs is None or len(vecs) != n:
                    ok = False
                    break
                rows.append(vecs)
            if ok and rows:
                return np.vstack(rows)
        keys = [(passages[u.passage].chunk.id + "@" + str(hash(passages[u.passage].chunk.text)), u.start, u.end) for u in units]
        missing = [i for i, k in enumerate(keys) if k not in self._unit_cache]
        if missing:
            vecs = self.embedder.embed([units[i].text for i in missing])
            for i, v in zip(missing, vecs):
                self._unit_cache[keys[i]] = v
        if len(self._unit_cache) > 50_000:
            self._unit_cache.clear()
        return np.vstack([self._unit_cache[k] for k in keys]) if keys else np.zeros((0, 384), np.float32)

    def _chunk_stems(self, chunk) -> ChunkStems:
        if self.stems is not None:
            return self.stems(chunk)
        return ChunkStems(
            units=[frozenset(analyze(chunk.text[u.start:u.end])) for u in chunk_units(chunk)],
            title=frozenset(analyze(chunk.title)), section=frozenset(analyze(chunk.section)),
            whole=frozenset(analyze(chunk.embed_text())),
        )

    def answer(self, question: str, passages: Sequence[Passage], query_vector: np.ndarray | None = None,
               idf: dict[str, float] | None = None, avoid: Sequence[str] = ()) -> Answer:
        """Compose an answer (a question asking several things is split by the chain:
        :meth:`assistant.chain.Assistant._answer_parts`).

        Args:
            question: the (redacted) question.
            passages: retrieved passages, best first.
            query_vector: embedding of the question, shape ``(384,)`` (computed if absent).
            idf: stem -> inverse document frequency over the corpus (uniform if absent).
            avoid: quotes already given for an earlier part of the same message; sentences
                inside them are not chosen (a later part asks something else).

        Returns:
            :class:`~ingest.models.Answer` with status ``answered`` or ``not_found``;
            ``retrieved`` is ``passages``.
        """
        passages = list(passages)
        if not passages:
            return Answer(question, "not_found", NOT_FOUND_TEXT, [], [])
        qtype = question_type(question)
        if asked_before_stems(question) and question_type(asking_clauses(question)[-1]) != "define":
            # a later part repeating an earlier part's question as its scene asks what its
            # own clause asks: "who does the independent scrutiny ... - does that person
            # chair the adults board too?" asks no "who" (a short clause, "what are its
            # aims?", is no definition question)
            qtype = question_type(asking_clauses(question)[-1])
        qvec = query_vector if query_vector is not None else self.embedder.embed_one(question)
        idf = idf or {}

        acronym = asked_acronym(question) if qtype == "define" else None
        if acronym:
            defined = self._define(question, acronym, passages)
            if defined is not None:
                return defined
            return Answer(question, "not_found",
                          f"The indexed documents do not cover this: they do not spell out {acronym}, and it "
                          "is not in the assistant's glossary.", [], passages, extra={"acronym": acronym})

        pstems = [self._chunk_stems(p.chunk) for p in passages]
        passage_stems: set[str] = set().union(*(st.whole for st in pstems))
        passage_plain = _plain("\n".join(p.chunk.embed_text() for p in passages))
        unknown = out_of_scope_names(question, passage_stems, "\n".join(p.chunk.embed_text() for p in passages),
                                     corpus_vocabulary=idf)
        # a named case ("Child Q", "Family B", "Operation Heron") the passages never mention
        unknown += [e.title() for e in case_names(question) if not re.search(rf"\b{re.escape(e)}\b", passage_plain)]
        # an acronym the corpus never uses and the passages do not spell out, directly or
        # in the glossary's words ("ILACS", "KCSIE"; not "BME" where a passage says "Black
        # and Ethnic Minority")
        # (only in the clause that asks: "my client, NHS number [NHS number], went missing:
        # what is a return home interview?" is not about the NHS)
        asked_text = re.sub(r"\[[^\]]*\]", " ", " ".join(asking_clauses(question)))
        # (an acronym the question spells out itself, "SWIS (social workers in schools)",
        # is asked about by its words, which the passages are searched for like any others)
        # (a code with a digit, not in the glossary, is known only whole, punctuation
        # aside: "MS1" is not known for "Ms" and "1", "COVID19" is for "Covid-19"; "FY21"
        # and a year are periods)
        compact = re.sub(r"[\W_]+", "", passage_plain)
        unknown += [a for a in re.findall(r"\b[A-Z][A-Z0-9&]{2,}(?=s?\b)", asked_text)
                    if not (a.lower() in compact
                            if re.search(r"\d", a) and not re.search(r"\d{4}|^FY\d", a) and a not in self.glossary.terms
                            else any(s_ in idf for s_ in analyze(a) + analyze(a + "s")))
                    and not spelled_out(a, passage_plain)
                    and not spelled_out(a, re.sub(r"\b[A-Z][A-Z0-9&]{2,}s?\b", " ", question))
                    and not self._glossary_phrase_in(a, passage_plain)]
        # a place the asking clause names ("brent's partnership priorities") that no
        # passage names, unless the corpus is about it (HOME_IDF: "harrow")
        # (where someone came from is not where the question is about: "what happens when a
        # child on a cp plan moves from croydon to harrow?")
        spaced = " " + " ".join(re.sub(r"[^\w\s]", " ", passage_plain.lower()).split()) + " "
        came_from = origin_places(asked_text, asked_text, counted=qtype == "number")
        unknown += [p for p in named_places(asked_text)
                    if f" {p} " not in spaced and p not in came_from and not all(idf.get(s_, 99.0) < HOME_IDF for s_ in analyze(p))]
        if unknown:
            # the names themselves are not echoed: they come from the question, which may
            # carry details that should not be repeated into logs or channels
            return Answer(question, "not_found",
                          "The indexed documents do not cover this: the passages found do not mention "
                          "a place, year, case or document that the question names. Try rephrasing, or ask your "
                          "safeguarding lead or the partnership's learning and development team.",
                          [], passages, extra={"out_of_scope": len(unknown)})

        q_stems = question_weights(question, idf, self.glossary.expand(question), period_once=True)
        for s_ in (scene_setting_stems(question) | asker_stems(question)) & set(q_stems):
            q_stems[s_] *= SCENE_SHARE
        classify = CLASSIFY_Q.search(question)
        if classify:
            # "... picked up before dawn and brought back near midnight. which warning sign
            # of slavery is that?": the scene is what is asked about; the kind named ("sign
            # of slavery") only says where its label is, not which sentence describes it
            for s_ in (set(analyze(classify.group(0))) - set(analyze(question[:classify.start()]))) & set(q_stems):
                q_stems[s_] *= SCENE_SHARE
        for s_ in asked_before_stems(question) & set(q_stems):
            # a scene that is itself a question, answered by an earlier part ("how many
            # training sessions did VAH deliver - how many organisations did it support?")
            # only says what "it" is
            q_stems[s_] *= ASKED_BEFORE_SHARE
        q_total = sum(q_stems.values()) or 1.0

        # an acronym the question uses counts as present in a unit that spells it out
        # ("what % ... left on an SGO?": "15.4% Special Guardianship Order granted.")
        spelled = [(set(analyze(t.acronym)), set(analyze(t.expansion))) for t in self.glossary.find_terms(question)
                   if re.search(rf"(?<![\w-]){re.escape(t.acronym)}s?(?![\w-])", question, re.I) and t.expansion]
        # (only for what is asked: a topic set first has chosen the passages already, "the
        # hungarian guy - where was he made to work?" is not answered by "Fredek from Hungary")
        topic_stems = scene_setting_stems(question)
        spelled = [(a, e) for a, e in spelled if a and e and a <= set(q_stems) and not a & topic_stems]
        # ... and an expansion the question spells out counts as present in a unit giving
        # its acronym ("contacts to the multi agency safeguarding hub" is answered by
        # "Number of Contacts in MASH ... | 9,971", when that passage is retrieved)
        abbreviated = [(set(analyze(re.sub(r"[-–]", " ", t.expansion))), set(analyze(t.acronym)))
                       for t in self.glossary.find_terms(question) if t.expansion and not t.ambiguous
                       and not re.search(rf"(?<![\w-]){re.escape(t.acronym)}s?(?![\w-])", question, acronym_flags(t.acronym))]
        abbreviated = [(e, a) for e, a in abbreviated if a and e and e <= set(q_stems) and not e & topic_stems]
        entities = named_entities(question)
        q_words = set(analyze(question))
        units = _units(passages)
        if not units:
            return Answer(question, "not_found", NOT_FOUND_TEXT, [], passages)
        uvecs = self._vectors(passages, units)
        dense = uvecs @ qvec
        asking = asking_clauses(question)
        if asking != [question]:
            # a topic or scene set first ("the hungarian guy in the case studies - where was
            # he made to work?") chose the passages; sentences are judged as much on the
            # clause that asks ("He was forced to work ... in places such as a pizza
            # restaurant", not the heading "Fredek from Hungary")
            avec = self.embedder.embed_one(" ".join(asking))
            dense = 0.5 * dense + 0.5 * (uvecs @ avec)
        scores = np.zeros(len(units))
        lex = np.zeros(len(units))
        cases = case_names(question)
        stated = stated_count(question) if qtype == "list" else None
        count = stated[0] if stated else None
        # the counted noun, when it names the answer's kind ("three priorities"), must be
        # in an enumerating sentence's text or heading
        count_noun = set(analyze(stated[1])) if stated and stated[1] not in _CLASS_NOUNS else set()
        w_type = self.weights[3]
        kind = asked_kind(question) if qtype == "list" else ""
        counted: set[int] = set()  # units enumerating as many things as the question asks for
        phone_q = bool(_PHONE_Q.search(" ".join(asking_clauses(question))))
        hours_q = bool(HOURS_Q.search(question))
        # ("what's it called?", "what's the banner called?", "what's the name of ...")
        called_q = re.search(r"\bwhat(?:'s|’s| is| was)? the (?:(?:proper|right|correct|official|technical) )?(?:name|banner|title|term)\b|\bwhat(?:'s|’s| is| was| were| are)\b[^?]{0,60}\bcalled\b",
                             question, re.I) is not None
        which_named = _WHICH_NAMED_Q.search(" ".join(asking_clauses(question)))
        acronyms = {t.acronym: t.expansion for t in self.glossary.terms.values()} if which_named else {}
        aside = _EXCEPT_Q.search(question) if which_named else None
        set_aside = (set(analyze(aside.group("x"))) - _GENERIC_STEMS) if aside else set()

        def names_asked_instance(text: str) -> bool:
            # a particular one of what "which <noun>" asks for, not one the question names
            # or sets aside ("apart from the 2 safeguarding boards")
            return any((not set_aside or len(set(analyze(n)) & set_aside) * 2 < len(set(analyze(n))))
                       and not set(analyze(n)) <= q_words
                       for n in names_instance(which_named.group("noun"), text, acronyms))
        # ("most" alone asks for a majority or a ranking word too often: "what do most
        # victims ...?"; it counts only beside "ever")
        # (both directions ask for a range: "what was the lowest and highest?")
        named_sup = [pat for pat in _SUPERLATIVES.values()
                     if pat.search(re.sub(r"\bmost\b(?!\s+(?:ever|common|frequent|usual|often|popular|likely)\b)", " ", question))]
        superlative = named_sup[0] if len(named_sup) == 1 else None
        # "what was the most common way children left care?": the list item with the
        # largest leading figure among its passage's items ("- 35.4% Returned home ...")
        led: dict[int, list[float]] = {}  # passage -> its list items' leading figures
        if superlative is _SUPERLATIVES["max"]:
            for u in units:
                lead = _LEAD_FIGURE.match(u.text) if u.kind == "list_item" else None
                if lead:
                    led.setdefault(u.passage, []).append(float(lead.group(1).replace(",", "")))
        top_item = {pi: max(v) for pi, v in led.items() if len(v) >= 3}
        ordinal_np = series_noun(question)
        out_of = re.search(r"\b(\d+)\s+(?:[\w-]+\s+){0,2}?(meetings|sessions|events)\b", question, re.I)
        # (the acronyms the question names, in any case for glossary terms: "hscb")
        asked_acrs = {a.upper() for a in re.findall(r"\b[A-Za-z][A-Za-z0-9&]{1,9}\b", question)
                      if a.isupper() and len(a) >= 2 or a.upper() in self.glossary.terms and acronym_flags(a.upper())}
        # (those that head a retrieved table)
        headed_acrs = asked_acrs & {a for u in units if u.kind == "table_row"
                                    for a in re.findall(r"\b[A-Z][A-Z0-9&]{1,9}\b", _last_section(passages[u.passage].chunk.section))}
        asked_p = asked_periods(question)
        recommend_q = qtype in ("general", "list") and bool(_RECOMMEND_Q.search(" ".join(asking_clauses(question))))
        why_q = bool(_WHY_Q.search(" ".join(asking_clauses(question))))
        money_q = bool(_MONEY_Q.search(question))
        asked_years = years_named(question)
        about_entity = {pi for pi, p in enumerate(passages) if any(e in _plain(p.chunk.embed_text()) for e in cases)}
        for i, u in enumerate(units):
            p = passages[u.passage]
            stems = pstems[u.passage].units[u.index]
            header_stems = pstems[u.passage].section
            if u.kind in ("table_row",):
                header_stems = header_stems | set(analyze(_table_header(p.chunk, u.line) or ""))
            ctx = sum(w for s, w in q_stems.items() if s in header_stems and s not in stems) / q_total
            if u.kind == "list_item":
                # a list item's lead-in is its context, as a table's header is a row's ("The
                # profile in terms of children leaving care ...:" / "- 31.5% Moved into
                # Independent Living."), at half a heading's weight: the item's own words
                # must still tell the items apart ("returned home" / "Returned home to live
                # with parents", not "Left care to live with relative")
                lead_stems = set(analyze(_lead_in(p.chunk, u.line))) - header_stems - stems
                ctx += 0.5 * sum(w for s, w in q_stems.items() if s in lead_stems) / q_total
            if _PARTITIVE.match(u.text) and u.index > 0 and units[i - 1].passage == u.passage:
                # "Of these, 35 were registered to Harrow schools": what "these" are is in the
                # sentence before, counted as a list item's lead-in is
                prev = pstems[u.passage].units[u.index - 1] - header_stems - stems
                ctx += 0.5 * sum(w for s, w in q_stems.items() if s in prev) / q_total
            if u.kind == "footnote":
                # a footnote ("3 These are Harrow Council, ...") explains the paragraph it
                # follows: that paragraph's words count half as much as a heading's (the
                # paragraph's own sentences must still win on them)
                ref = set(analyze(_referencing_line(p.chunk, u.line))) - header_stems - stems
                ctx += 0.5 * sum(w for s, w in q_stems.items() if s in ref) / q_total
            # words of the unit's heading count almost as much as its own: a short list item
            # ("- 103 Organisations") is answered by its heading ("Specific Support")
            lex[i] = sum(w for s, w in q_stems.items() if s in stems) / q_total + 0.7 * ctx
            credited: set[str] = set()
            for acr_stems, exp_stems in spelled:
                if not acr_stems & stems and exp_stems <= stems and not acr_stems & credited:
                    lex[i] += sum(q_stems[s_] for s_ in acr_stems) / q_total
                    credited |= acr_stems
            for exp_stems, acr_stems in abbreviated:
                if acr_stems <= stems and not exp_stems <= stems:
                    lex[i] += sum(q_stems[s_] for s_ in exp_stems - stems) / q_total
            off_topic = 0.0
            if entities and any(e in _plain(u.text + " " + p.chunk.section) for e in entities):
                lex[i] += 0.3
            elif cases and u.passage not in about_entity and about_entity:
                # the question names a case ("Family A"); passages that never mention it
                # answer about something else
                off_topic = 0.2
            rank_bonus = 1.0 / (1 + u.passage)
            type_bonus = _type_bonus(qtype, question, u.text)
            if qtype == "who" and not type_bonus:
                # a name only in the unit's heading ("Dez Holmes" > "Dez is the Director
                # ...") counts for less than a name in the sentence itself
                type_bonus = WHO_HEADING_SHARE * _type_bonus(qtype, question, _last_section(p.chunk.section))
            if qtype == "define" and defines(question, u.text):
                type_bonus += 1.0
            dated_to = periods(u.text) if asked_p and qtype != "number" else set()
            if dated_to:
                # "was there a gender difference in 2019-20?": a sentence dated to the period
                # asked beats one dated to another ("During 2018-19 there was no ...")
                type_bonus += PERIOD_MATCH / 2 if dated_to & asked_p else -PERIOD_MATCH / 2
            if out_of and u.kind == "table_row":
                # "how many of the 7 meetings did LFB attend?": the table counting out of 7
                # meetings, not the one out of 4
                header_n = re.search(rf"\b(\d+)\s+(?:[\w-]+\s+){{0,2}}?{out_of.group(2)}", _table_header(p.chunk, u.line) or "", re.I)
                if header_n:
                    type_bonus += OUT_OF_MATCH if header_n.group(1) == out_of.group(1) else -OUT_OF_MATCH
            if headed_acrs and u.kind == "table_row":
                # (or loses it when its heading names other bodies only)
                heading_acrs = set(re.findall(r"\b[A-Z][A-Z0-9&]{1,9}\b", _last_section(p.chunk.section)))
                if heading_acrs:
                    type_bonus += HEADING_ACRONYM_MATCH if heading_acrs & headed_acrs else -HEADING_ACRONYM_MATCH
            if ordinal_np and places_in_series(ordinal_np, u.text):
                type_bonus += ORDINAL_BONUS  # "is this their first annual report?": "This is the second annual report ..."
            if which_named and names_asked_instance(u.text):
                type_bonus += WHICH_NAMED_BONUS
            if classify:
                if _CAPS_LABEL.match(u.text) or (u.index == 0 and _LABEL_HEADING.fullmatch(_last_section(p.chunk.section))):
                    # "what's that form called?", "what kind of slavery is that?": a kind's
                    # label ("- DOMESTIC SERVITUDE Victims are ...", or the heading over the
                    # sentence describing it), not a name or a scene in a story
                    type_bonus += CALLED_BONUS
            elif called_q and _quoted_or_titled_name(u.text, q_words):
                type_bonus += CALLED_BONUS  # "... - what's it called?": '... to adopt a "Think Whole Family" approach'
            if superlative and superlative.search(u.text):
                type_bonus += SUPERLATIVE_BONUS
            elif u.passage in top_item and u.kind == "list_item":
                lead = _LEAD_FIGURE.match(u.text)
                if lead and float(lead.group(1).replace(",", "")) == top_item[u.passage]:
                    type_bonus += SUPERLATIVE_BONUS
            if hours_q and _HOURS.search(u.text):
                type_bonus += HOURS_BONUS  # "is the helpline open at night?": "... 24 hours a day"
            if recommend_q and _RECOMMENDS.search(u.text):
                # "what did the review say should happen?", "what was the takeaway?": a
                # sentence saying what should or must be done, or what is needed
                type_bonus += RECOMMEND_BONUS
            if why_q and _CAUSAL.search(u.text):
                # "... going up or down, and what's the reason given?": a sentence giving a
                # cause ("The overall decline is thought to be related to better training ...")
                type_bonus += REASON_BONUS
            if phone_q and _PHONE.search(u.text):
                type_bonus += 0.6  # "who do i ring ...?" is answered by a number to ring
            if money_q and qtype != "number" and _free(question, u.text):
                type_bonus += 1.0  # "is the helpline free to call?": "Free from landlines ..."
            if qtype == "list" and (u.kind == "list_item" or enumerates(u.text) or lists_kind(kind, u.text)):
                type_bonus += 0.5 + ctx
            if (count and u.kind in ("paragraph", "footnote") and count in enumeration_counts(u.text)
                    and count_noun <= stems | header_stems):
                type_bonus += COUNT_MATCH / w_type
                counted.add(i)
            if qtype == "number" and u.kind == "table_row" and set(analyze(u.text.split("|")[0])) & (
                    set(q_stems) - _GENERIC_STEMS - _WHOLE_STEMS):
                type_bonus += 0.5  # the row's label names what is asked ("Overall Population | 252,300")
            if (qtype == "number" and u.kind == "table_row" and re.match(r"\s*(?:grand\s+)?total\b", u.text, re.I)
                    and not set(analyze(PERIOD.sub(" ", question))) - header_stems - _GENERIC_STEMS - _WHOLE_STEMS):
                # "what was the HSCB budget in 2020-21?" names nothing the table's title does
                # not: its grand total ("Total Expenditure: 192,457"), not a sub-total
                # ("Delivery Costs Total: 28,427")
                type_bonus += 0.3
            if (qtype == "number" and money_q and u.kind == "table_row"
                    and _MONEY_CONTEXT.search(u.text + "\n" + (_table_header(p.chunk, u.line) or "") + "\n" + p.chunk.section)):
                type_bonus += 0.4  # "how much did the CCG contribute?": a row of the budget, not of attendance
            if (qtype == "number" and u.kind == "table_row" and (money_q or re.search(r"\bhow much\b", question, re.I))
                    and _INCOME_Q.search(" ".join(asking_clauses(question)))):
                # "how much came from the council?": a row of the budget's income ("Harrow
                # Council including Business Support | -162,417", above "Total Income"),
                # not of its spending ("Council charges | 21,020")
                side = _budget_side(units, i)
                type_bonus += INCOME_SIDE if side == "income" else -INCOME_SIDE if side == "expenditure" else 0.0
            elif (qtype == "number" and not money_q and u.kind == "table_row" and _COUNT_Q.search(question)
                  and _MONEY_CONTEXT.search((_table_header(p.chunk, u.line) or "") + "\n" + p.chunk.section)):
                type_bonus -= 1.0  # "how many people went to the conference?": not its budget line ("Annual Conference | 750")
            if asked_years and qtype == "number":
                # a figure dated to the year asked about beats one dated to another year
                # ("babies under 1 (year to march 2020)": "Age Profile ... year ending
                # 31.03.20", not "Number of Children Looked After (31st March 2021)")
                dated = years_named(_figure_context(p.chunk, u))
                if dated:
                    type_bonus += PERIOD_MATCH if dated & asked_years else -PERIOD_MATCH
            _, _, w_rank, w_type = self.weights
            scores[i] = w_rank * rank_bonus + w_type * type_bonus - off_topic
            if len(u.text) < 25 and u.kind == "paragraph":
                scores[i] -= 0.1
            if stems and stems <= q_words and u.kind != "table_row":
                scores[i] -= 0.3  # it only restates the question ("Harrow Safeguarding Partnership")
            if len(u.text) > 300:
                scores[i] -= 0.05 * min(1.0, (len(u.text) - 300) / 300)
            if re.search(r"https?://|www\.", u.text) and len(re.sub(r"\S*(https?://|www\.)\S*", "", u.text)) < 60:
                scores[i] -= 0.2  # a bare reference ("15 Accessed at https://...") answers nothing
        w_lex, w_dense = self.weights[:2]
        if lex.max() < PARAPHRASE_LEX:
            w_dense *= PARAPHRASE_DENSE_BOOST
        scores += w_lex * lex + w_dense * np.asarray(dense, dtype=float)
        scores[[u.kind == "table_header" for u in units]] = -1.0  # a header row alone answers nothing
        if avoid:
            scores[[any(u.text in q for q in avoid) for u in units]] = -1.0

        best_dense = max((p.dense_score or 0.0) for p in passages)
        best = int(np.argmax(scores))
        def gives_figure(i: int) -> bool:
            # (a helpline's number is no price: "how much does it cost to call?")
            text = _PHONE.sub(" ", units[i].text) if money_q else units[i].text
            # (a count in words only ranks higher, :func:`_type_bonus`: "how many professionals
            # accepted the restraint?" is not answered by "only one professional explored it")
            return _has_figure(text) or _free(question, text)
        if (qtype == "number" or money_q) and not gives_figure(best):
            # a figure question: the best unit of the same passage that carries a figure,
            # unless far weaker ("Serena from Gambia" / "She was only 15 when she arrived"),
            # or of another passage when nearly as strong ("You can also report it by
            # calling ... 0800 0121 700" / "Free from landlines and most mobile phones")
            same = [i for i in range(len(units)) if gives_figure(i) and units[i].passage == units[best].passage]
            other = [i for i in range(len(units)) if gives_figure(i) and units[i].passage != units[best].passage]
            if same and scores[max(same, key=lambda i: scores[i])] >= 0.75 * scores[best]:
                best = max(same, key=lambda i: scores[i])
            elif money_q and other and scores[max(other, key=lambda i: scores[i])] >= 0.8 * scores[best]:
                # (only for a sum: for a count, a figure from another passage is usually a
                # count of something else, and the question better refused)
                best = max(other, key=lambda i: scores[i])
            else:
                # ... unless that passage is a sub-section of the best one's section (or the
                # other way round): "how many organisations got specific support from VAH's
                # outreach team?" / "Their small Safeguarding Outreach Team ..." under
                # "Commission of Voluntary Action Harrow" and "- 103 Organisations" under
                # its "Specific Support:"
                home = passages[units[best].passage].chunk
                nested = [i for i in other if _nested_sections(home, passages[units[i].passage].chunk)]
                if nested and scores[max(nested, key=lambda i: scores[i])] >= 0.8 * scores[best]:
                    best = max(nested, key=lambda i: scores[i])
        def strongest(passes, ratio: float, depth: int = 12) -> int:
            """``best``, or the strongest of the top ``depth`` units for which ``passes(i)``
            holds, when it scores at least ``ratio`` of ``best`` (else it is far weaker)."""
            ok = [int(i) for i in np.argsort(-scores)[:depth] if passes(int(i))]
            return ok[0] if ok and scores[ok[0]] >= ratio * scores[best] else best
        if qtype == "when" and not _type_bonus(qtype, question, units[best].text):
            # "in which month did they see the highest number of referrals?": the strongest
            # unit giving a date of the kind asked, unless far weaker ("In September 2020
            # there was the highest number ...", not "... set up ... in 2019")
            best = strongest(lambda i: _type_bonus(qtype, question, units[i].text) > 0, DATED_RATIO)
        if qtype == "general" and asked_p and not periods(units[best].text) & asked_p:
            # "any gender difference in 2019-20?": the strongest unit dated to the period
            # asked, unless far weaker
            best = strongest(lambda i: bool(periods(units[i].text) & asked_p), DATED_RATIO)
        if asked_p and periods(units[best].text) and not periods(units[best].text) & asked_p:
            # "was there a gender difference in 2019-20?": "During 2018-19 there was no
            # significant difference by gender ..." is followed by "However, this changed in
            # 2019-20 where 43% of females ..." -- the next sentence, naming the period asked
            nxt = best + 1
            if (nxt < len(units) and units[nxt].passage == units[best].passage and units[nxt].line == units[best].line
                    and periods(units[nxt].text) & asked_p):
                best = nxt
        if asked_p and not _dated_to(passages[units[best].passage].chunk, asked_p):
            # "number of kids on CP plans at 31/3/21?": the strongest unit whose passage
            # names the period asked and what is asked ("Number of Children on Child
            # Protection Plans (31st March 2021) | 298"), unless far weaker, rather than a
            # 2019-20 sentence the period check in :meth:`_compose` would refuse (not any
            # passage of a 2020-21 report, nor "There were 789 CPCs in Harrow in 2019-20"
            # for "how many LADO referrals in 2019-20?")
            asked_terms = self.glossary.find_terms(" ".join(asking_clauses(question)))

            def dated_and_named(i: int) -> bool:
                c = passages[units[i].passage].chunk
                # (each glossary term the question asks about named, by acronym or
                # expansion: the LADO in "how many LADO referrals")
                text = c.section + "\n" + c.text
                if not all(self.glossary.names_term(t, text) for t in asked_terms):
                    return False
                return (_dated_to(c, asked_p, named_only=True) and names_what_is_asked(question, c.embed_text(), self.glossary)
                        and missing_evidence(question, qtype, [units[i].text], context=_figure_context(c, units[i])) is None)
            best = strongest(dated_and_named, REFUSED_RATIO)
        def evidenced(i: int) -> bool:
            c = passages[units[i].passage].chunk
            return missing_evidence(question, qtype, [units[i].text], context=_figure_context(c, units[i])) is None

        def strongest_evidenced(ratio: float) -> int:
            """``best``, or the strongest of the top 12 units that passes the evidence
            checks when it scores at least ``ratio`` of ``best``."""
            return best if evidenced(best) else strongest(evidenced, ratio)
        if timed_event(question):
            # "within how many days must an initial child protection conference be held?":
            # the strongest unit timing that event ("The majority of ICPCs have taken place
            # within the target timescale of 15 days"), unless far weaker
            best = strongest_evidenced(0.75)
        if which_named and not names_asked_instance(units[best].text):
            # "what other borough board does chris miller sit on?": the strongest unit naming
            # a board, unless far weaker ("I am also a member of the Health and Wellbeing
            # Board ...", not "Chris Miller Independent Chair and Scrutineer ...")
            best = strongest(lambda i: names_asked_instance(units[i].text), WHICH_NAMED_RATIO)
        if phone_q and not _PHONE.search(units[best].text):
            # "... who can they ring?": the strongest unit giving a number to ring, unless
            # far weaker ("Calls can be made anonymously" / "... call 101 or Crimestoppers
            # anonymously on 0800 555 111")
            ringable = [i for i in range(len(units)) if _PHONE.search(units[i].text)]
            if ringable and scores[max(ringable, key=lambda i: scores[i])] >= 0.75 * scores[best]:
                best = max(ringable, key=lambda i: scores[i])
        if ordinal_np and not places_in_series(ordinal_np, units[best].text):
            # "is this their first annual report?": the strongest unit placing it in its
            # series ("This is the second annual report that we have produced ..."),
            # unless far weaker
            best = strongest(lambda i: places_in_series(ordinal_np, units[i].text), 0.5, depth=40)
        if hours_q and not _HOURS.search(units[best].text):
            # "is the modern slavery helpline open round the clock?": the strongest unit
            # giving opening hours of what is asked about ("PHONE THE HELPLINE" / "0800 0121
            # 700* 24 hours a day."), unless far weaker, beats one only naming the helpline
            subject = set(q_stems) - set(analyze(HOURS_Q.search(question).group(0))) - _GENERIC_STEMS
            # (of what is asked about: its most particular word, "helpline", is in the unit
            # or its heading; not "Women's Aid provides 24 hour accommodation")
            key = max(subject, key=lambda s_: q_stems[s_]) if subject else ""
            # (or, in a later part pointing back, "... ring the slavery line ... - is it open
            # at night?", a word of the thing "it" is: "line" in "PHONE THE HELPLINE")
            keys = {key} | ({s_ for s_ in subject if any(s_ in w for w in ("helpline", "hotline", "phoneline"))}
                            if asked_before_stems(question) or " - " in question else set())
            best = strongest(lambda i: bool(_HOURS.search(units[i].text)) and (
                key in pstems[units[i].passage].units[units[i].index] | pstems[units[i].passage].section
                or any(k in (units[i].text + " " + passages[units[i].passage].chunk.section).lower() for k in keys - {key})), 0.5, depth=30)
        if money_q and qtype != "number" and not _free(question, units[best].text) and not re.search(r"£|\d", _PHONE.sub(" ", units[best].text)):
            # "does it cost anything to call the helpline?": the strongest unit saying it
            # is free, unless far weaker, beats the helpline's number
            best = strongest(lambda i: _free(question, units[i].text), 0.6)
        if qtype == "who" and _ROLE_Q.match(question.strip().lower()) and _POST.search(question):
            # "who is the chair of the hscb?": the strongest unit that names someone holding
            # the role ("Chris Miller Independent Chair and Scrutineer ..."), unless far
            # weaker, beats a role with no name ("Chair of Quality Assurance Subgroup | 4")
            best = strongest_evidenced(0.6)
        if qtype == "who" and _AUTHOR_Q.search(question) and not _BY_NAME.search(passages[units[best].passage].chunk.section):
            # "who wrote the evaluation in the annual report?": the strongest unit of a
            # section headed as someone's ("... arrangements by Chris Miller"), unless far weaker
            # (a heading about what is asked: "who wrote the VAH section?" is not answered
            # by "... arrangements by Chris Miller")
            asked_w = set(analyze(" ".join(asking_clauses(question)))) - _GENERIC_STEMS - _BOARD_STEMS - set(analyze(
                "wrote write written author section bit part report annual harrow"))
            def headed_by(i: int) -> bool:
                m_ = _BY_NAME.search(passages[units[i].passage].chunk.section)
                return units[i].kind == "paragraph" and m_ is not None and bool(asked_w & set(analyze(m_.group("heading"))))
            best = strongest(headed_by, 0.6, depth=20)
        if ROLE_ASKED.search(question) and not _TITLE.search(units[best].text):
            # "Dez Holmes spoke on transitional safeguarding - what's her role?": the
            # strongest unit giving a title ("Dez is the Director of Research in Practice"),
            # unless far weaker, beats one about her talk
            best = strongest(lambda i: bool(_TITLE.search(units[i].text)), 0.6)
        members = _MEMBERS_Q.search(asking_clauses(question)[-1]) if qtype in ("who", "list", "general") else None
        if members and set(analyze(members.group("np"))) - _GENERIC_STEMS:
            # "who are the safeguarding partners in harrow?": the footnote saying whom the
            # paragraph's noun stands for ("3 These are Harrow Council, The Metropolitan
            # Police and ...", under "The Harrow Safeguarding Partners<sup>3</sup> ..."),
            # unless far weaker, beats a sentence about what the partners do
            need = set(analyze(members.group("np"))) - _GENERIC_STEMS
            best = strongest(lambda i: units[i].kind == "footnote" and _NAMING_FOOTNOTE.match(units[i].text) is not None
                             and need <= set(analyze(_referencing_line(passages[units[i].passage].chunk, units[i].line))),
                             0.6, depth=20)
        # an acronym is named by its expansion and the other way round: "the timescale for
        # an RHI" is covered by a passage on the "return home interview" as much as by one
        # saying "RHI" (only here, for the refusal rule: in the reranker the same credit
        # lifted near-topic passages over unanswerable questions' refusal threshold)
        equivalents = self.glossary.equivalents(question)
        coverage = max(covered_weight(q_stems, st.whole, equivalents) / q_total for st in pstems)
        rated = self._rated(" ".join(asking_clauses(question)), passages, units)
        if rated:
            # "which areas got the X / 'much work to do' rating?": each area rated so, under
            # its heading, by the key of the evaluation it is in (whatever the similarity
            # of the question to passages of marks and headings)
            return self._compose(question, passages, units, rated, best_dense, coverage, labelled=True, continued=False)
        if self.is_unanswerable(best_dense, coverage):
            return Answer(question, "not_found", NOT_FOUND_TEXT, [], passages,
                          extra={"relevance": round(best_dense, 4), "coverage": round(coverage, 4)})

        if _NONE_Q.search(" ".join(asking_clauses(question))):
            # "which members didn't make a single one of the 4 meetings?": the rows of a
            # table whose figure is 0 ("Probation | 0"), of the table counting what the
            # question counts when it says ("ATTENDANCE OUT OF 4 MEETINGS")
            meetings = re.search(r"\b(\d+)\s+(?:[\w-]+\s+){0,2}?(?:meetings|sessions|events|times)\b", question, re.I)
            zero = [i for i, u in enumerate(units) if u.kind == "table_row" and re.search(r"\|\s*0\**\s*$", u.text)
                    and (not meetings or re.search(rf"\b{meetings.group(1)}\b", _table_header(passages[u.passage].chunk, u.line) or ""))]
            aside = _EXCEPT_Q.search(question)
            if aside:
                # "apart from the vol sector rep, which agency attended 0 ...?": not that row
                # ("vol" is in the glossary's words for "voluntary")
                set_aside = set(analyze(aside.group("x") + " " + " ".join(self.glossary.expand(aside.group("x"))))) - _GENERIC_STEMS
                zero = [i for i in zero if len(set(analyze(_row_label(units[i]))) & set_aside) * 2 < len(set(analyze(aside.group("x"))) - _GENERIC_STEMS)]
            if zero:
                return self._compose(question, passages, units, [[i] for i in zero], best_dense, coverage)
        if qtype == "list" and units[best].kind == "list_item":
            # the question is about one labelled item of a list ("what are the conditions
            # like for someone in domestic servitude?" / "- DOMESTIC SERVITUDE Victims are
            # forced ..."): that item alone, when the question names its label, it carries
            # ITEM_FOCUS_LEX more of the question's words than every sibling, and the
            # list's heading and lead-in cover little of the question
            siblings = [i for i in _list_group(units, best) if i != best]
            c = passages[units[best].passage].chunk
            head = set(analyze(c.section + " " + _lead_in(c, units[best].line)))
            head_cover = sum(w for s_, w in q_stems.items() if s_ in head) / q_total
            label = _item_label(units[best].text)
            if (siblings and label and set(analyze(label)) & set(q_stems) and head_cover < LIST_HEAD_COVER
                    and lex[best] - max(lex[i] for i in siblings) >= ITEM_FOCUS_LEX):
                return self._compose(question, passages, units, [[best]], best_dense, coverage)
        if qtype == "general" and _METHOD_Q.match(question):
            # "how do we involve children in child protection conferences?" is answered by
            # the list headed "Involving Children & Young People through:" when that heading
            # and lead-in cover half the question
            groups, head_cover = self._best_lists(passages, units, q_stems, q_total, dense, list(dict.fromkeys(list(entities) + cases)), qvec, question=question)
            if groups and head_cover >= METHOD_LIST_HEAD:
                return self._compose(question, passages, units, groups, best_dense, coverage)
        if qtype == "list" and kind:
            titled = _section_titled(question, kind, passages, units)
            if titled:
                # "what new reviews has the case review subgroup started?": the section
                # headed "New Reviews" says what they are, in sentences
                return self._compose(question, passages, units, [[i] for i in titled], best_dense, coverage)
        if qtype == "list":
            groups, list_cover = self._best_lists(passages, units, q_stems, q_total, dense, list(dict.fromkeys(list(entities) + cases)), qvec, count, question=question)
            sections, section_cover = _section_list(passages, units, q_stems, q_total, question=question)
            kind_stems = set(analyze(kind))
            named = [i for i in range(len(units)) if (i in counted or lists_kind(kind, units[i].text))
                     and kind_stems <= pstems[units[i].passage].units[units[i].index]
                     and scores[i] >= 0.6 * scores[best]]
            # (a list or run of sections fits when its own heading or lead-in names the kind:
            # not a list somewhere in the chapter "Progress on Priorities")
            list_headed = bool(groups) and any(
                kind_stems <= set(analyze(_last_section(passages[units[g[0]].passage].chunk.section) + " "
                                          + _lead_in(passages[units[g[0]].passage].chunk, units[g[0]].line))) for g in groups)
            sections_headed = bool(sections) and kind_stems <= set(analyze(
                _last_section(passages[units[sections[0][0]].passage].chunk.section.rsplit(" > ", 1)[0])))
            list_fits = list_headed and (not count or sum(len(g) for g in groups) == count)
            sections_fit = sections_headed and (not count or len(sections) == count)
            # (of the two, the one the rules below would quote: a list wins ties)
            fits = list_fits if groups and list_cover >= section_cover else sections_fit
            headed = list_headed if groups and list_cover >= section_cover else sections_headed
            if headed and not any(i in counted for i in named):
                # a list headed by the kind asked for is the answer even when the question
                # miscounts it ("which 5 types of slavery ...": six are listed), unless a
                # sentence names exactly that many
                named = []
            if named and kind_stems and not fits:
                # a sentence naming the kind asked for in a list ("the Partnership's
                # priorities of Domestic Abuse, Contextual Safeguarding and Mental
                # Wellbeing") beats lists and sections that do not name it or not as many
                alt = max(named, key=lambda i: scores[i])
                return self._compose(question, passages, units, [[alt]], best_dense, coverage, continued=False)
            if count and best not in counted:
                # a sentence naming as many things as asked, nearly as strong as the best
                # unit ("What are the three safeguarding partners?": footnote 6)
                near = [i for i in counted if scores[i] >= 0.75 * scores[best]]
                if near:
                    best = max(near, key=lambda i: scores[i])
            in_sections = bool(sections) and passages[units[best].passage].chunk.section in {
                passages[units[g[0]].passage].chunk.section for g in sections}
            if in_sections and best in counted:
                # the sentence naming that many is inside one item of a list of sibling
                # sections ("What are the 5 signs of modern slavery?": ISOLATION's "Victims
                # may rarely be allowed to travel on their own, seem under the control, ...")
                # -- the documents' list is the answer, whatever its length
                counted = set()
            if count and len(sections) != count and best in counted:
                sections = []  # "which three ...": not a run of seven sibling sections
            if sections and count_noun and not count_noun <= set(analyze(passages[units[sections[0][0]].passage].chunk.section)):
                # "the Partnership's three priorities" are not the sub-sections headed "The
                # three core Safeguarding Partners are actively involved in ...": the counted
                # noun must be in their heading path
                sections = []
            if best in counted and sum(len(g) for g in groups) != count:
                # the sentence naming as many things as asked ("These are Harrow Council,
                # the NWL Clinical Commissioning Group and the Metropolitan Police") beats a
                # list of another length
                chosen = _with_footnotes(units, [[best]], set(q_stems), pstems)
                return self._compose(question, passages, units, chosen, best_dense, coverage)
            if (groups and list_cover < 0.3 and units[best].kind != "list_item" and not list_headed
                    and not any(best in g for g in groups)
                    and scores[best] > max(scores[i] for g in groups for i in g) + 0.05):
                # a sentence answers better than a list whose heading and lead-in are about
                # something else ("The reasons for young people going missing include, not
                # feeling cared for at home, ...")
                groups = []
            structure = asked_kind(question) in _STRUCTURE_KINDS or (
                asked_kind(question) in _THEME_KINDS and section_cover >= THEME_SECTION_SHARE * list_cover)
            # (or a list headed by the kind asked for, when the sections are not: "what
            # actions came out of ...?" is the list headed "Actions:", not the sibling
            # sections of the chapter it is in)
            if groups and (list_cover >= section_cover or (list_headed and not sections_headed)) and not (sections and structure):
                # a real list wins ties, unless the question asks for headings, or for themes
                # that sibling sections cover nearly as well as the list ("what topics did
                # the HSCB emphasise in its courses?" is the list led in "... with emphasis
                # on:", not the sections of a training flyer)
                return self._compose(question, passages, units, groups, best_dense, coverage)
            if sections:
                groups = sections
                text = _last_section(passages[units[groups[0][0]].passage].chunk.section.rsplit(" > ", 1)[0])
                answer = self._compose(question, passages, units, groups, best_dense, coverage, labelled=True)
                if answer.status == "answered":
                    answer.answer = f"{text}:\n{answer.answer}"
                return answer
        if count and count >= 3 and not counted and units[best].kind in ("paragraph", "footnote") \
                and not enumerates(units[best].text):
            # "which six secondary schools ...?" is not answered by "Six social workers are
            # working in six different secondary schools": no list or sentence names them
            return Answer(question, "not_found",
                          f"The indexed documents do not list the {count} the question asks for. The closest passages "
                          "are listed under Sources; ask your safeguarding lead or the partnership's learning and "
                          "development team.", [], passages,
                          extra={"relevance": round(best_dense, 4), "coverage": round(coverage, 4), "missing": f"a list of {count}"})
        chosen = self._select(qtype, question, passages, units, scores, uvecs, best)
        if qtype == "number" and units[best].kind == "list_item" and "%" in units[best].text:
            # a percentage from a breakdown whose items score nearly alike ("what % of
            # children returned home when they left care?": "2.3% Left care to live with
            # relative ..." / "35.4% Returned home to live with parents"): the whole
            # breakdown, not a wrong figure alone
            group = _list_group(units, best)
            rivals = [i for i in group if i != best and "%" in units[i].text]
            if len(rivals) >= 2 and max(scores[i] for i in rivals) >= BREAKDOWN_TIE * scores[best]:
                chosen = [group]
        chosen = _with_footnotes(units, chosen, set(q_stems), pstems, source_asked=bool(SOURCE_Q.search(question)))
        chosen = _with_marked_notes(units, chosen, passages)
        asked = periods(question)
        if asked and qtype == "number":
            # supporting sentences about another reporting period are dropped
            chosen = [g for k_, g in enumerate(chosen)
                      if k_ == 0 or not _other_period(asked, units[g[0]], passages[units[g[0]].passage].chunk)]
        lead_i = chosen[0][0]
        if (qtype in ("who", "general") and units[lead_i].kind == "table_row"
                and _TOTAL_ROW.search(_row_label(units[lead_i])) and _CONTRIBUTORS_Q.search(question)):
            # "who contributed income to the HSCB budget?" is answered by the rows that
            # "Total Income | -192,457" sums, with the total
            rows = _table_group(units, lead_i)
            block = [g for g in rows if g <= lead_i]
            earlier = [g for g in block[:-1] if _TOTAL_ROW.search(_row_label(units[g]))]
            block = [g for g in block if not earlier or g > earlier[-1]]
            if len(block) >= 3:
                chosen = [block]
        best_chunk = passages[units[chosen[0][0]].passage].chunk
        lead = units[chosen[0][0]]
        if qtype == "number" and lead.kind == "table_row" and not _label_names_subject(question, lead, best_chunk, self.glossary.expand(question)):
            # "how many Prevent referrals ...?" is not answered by "Number of social work
            # assessments | 2600": a table figure's label must name what is asked
            missing = "this figure"
        else:
            missing = missing_evidence(
                # (a footnote's number is not a figure: "12 Covid 19 and the associated ...")
                question, qtype, [re.sub(r"^\d{1,3}\s+(?=\S)", "", units[i].text) if units[i].kind == "footnote" else units[i].text
                                  for g in chosen for i in _with_continuation(units, g)],
                context=_figure_context(best_chunk, lead), passage_text=best_chunk.embed_text(),
                paragraphs=[_paragraph_of(units, i, passages) for g in chosen for i in _with_continuation(units, g)],
                home_places={p for p in named_places(question) if all(idf.get(s_, 99.0) < HOME_IDF for s_ in analyze(p))},
                terms=frozenset(self.glossary.terms),
            )
        if not missing:
            missing = _service_elsewhere(question, passages, best_chunk, self.glossary, figure=qtype == "number")
        if not missing and qtype in ("general", "list") and _RESULT_Q.search(_asked_text(question)):
            # "what did cardiff uni's final evaluation of the SWIS project conclude?" is not
            # answered by "The University of Cardiff's final evaluation will be reported upon
            # in the HSCB's next annual report": the result asked for is still to come
            # (a deferral in a quoted passage counts, quoted or not: "The University of
            # Cardiff's final evaluation will be reported upon ..." after the sentences about
            # the project's evaluation team)
            quoted_passages = {units[i].passage for g in chosen for i in g}
            # (the deferral's heading says what it is about: "Social Workers in Schools Project")
            if any(deferred(question, u.text, passages[u.passage].chunk.section) for u in units if u.passage in quoted_passages):
                missing = "this yet (a passage under Sources says it is still to be reported)"
        if not missing:
            cited_text = "\n".join(dict.fromkeys(passages[units[g[0]].passage].chunk.embed_text() for g in chosen))
            if not names_what_is_asked(question, cited_text, self.glossary):
                missing = "the thing the question asks for"
            elif not describes_how(question, units[chosen[0][0]].text):
                missing = "how to do this"
        if missing:
            return _lacking(question, passages, missing, best_dense, coverage)
        return self._compose(question, passages, units, chosen, best_dense, coverage)

    def _rated(self, question: str, passages: Sequence[Passage], units: list[_Unit]) -> list[list[int]]:
        """For a question naming a rating of a retrieved key table (:func:`rating_key`,
        :func:`asked_rating`): the units under the key's section path that carry that mark
        (:func:`rated_text`), one group each, in document order; ``[]`` otherwise."""
        for p in passages:
            key = rating_key(p.chunk.text) if "|" in p.chunk.text else {}
            marks = asked_rating(question, key) if key else set()
            if not marks:
                continue
            found = [i for i, u in enumerate(units)
                     if passages[u.passage].chunk.source == p.chunk.source
                     and passages[u.passage].chunk.section.startswith(p.chunk.section)
                     and u.kind != "table_row" and rated_text(marks, u.text)]
            found.sort(key=lambda i: (_chunk_ordinal(passages[units[i].passage].chunk.id), units[i].start))
            return [[i] for i in found]
        return []

    def _best_lists(self, passages: Sequence[Passage], units: list[_Unit], q_stems: dict[str, float],
                    q_total: float, dense: np.ndarray, entities: Sequence[str] = (),
                    question_vector: np.ndarray | None = None, count: int | None = None,
                    question: str = "") -> tuple[list[list[int]], float]:
        """For list questions: the retrieved list (or table: its rows are the items, its
        header row the lead-in) that best matches the question as a whole (section path +
        lead-in + items), plus its continuation in other retrieved chunks of the same
        section, and the share of the question its heading path and lead-in cover
        (to compare with :func:`_section_list`). A list whose heading path, lead-in and
        items name none of the question's named ``entities`` ("Family A") scores 0.3 less,
        as a unit does in :meth:`answer`. With ``question_vector`` (shape ``(384,)``), the
        cosine of the question to each list's last heading and lead-in adds
        :data:`LIST_HEAD_DENSE` x that cosine to its score, and a list of exactly ``count``
        items (the number the question states) :data:`COUNT_MATCH`. When ``question`` asks
        for reasons (:data:`_REASON_Q`), a list led in by "... because of:" gets
        :data:`REASON_LEAD_COVER` more head cover; a list whose own heading names the
        kind asked for (:func:`asked_kind`: "Actions:") :data:`KIND_HEAD_BONUS` more score.
        Returns ``([], 0.0)`` when no
        list (heading, lead-in and items together) covers at least half the question (a
        third for a list in the top-ranked passage) and its heading and lead-in alone cover
        less than :data:`LIST_HEAD_COVER`."""
        candidates: list[tuple[float, list[int], float, float]] = []
        kind_stems = set(analyze(asked_kind(question))) if question else set()
        reasons_asked = _REASON_Q.search(question) is not None
        money_asked = bool(_MONEY_Q.search(question) or _MONEY_CONTEXT.search(question)
                           or re.search(r"\b(?:money|cash|funds?|financ\w*|contributors?|paid|pays?)\b", question, re.I))
        narrowed_by: dict[tuple[int, ...], frozenset[str]] = {}
        heads: list[str] = []
        done: set[int] = set()
        for i, u in enumerate(units):
            if i in done or u.kind not in ("list_item", "table_row"):
                continue
            group = _list_group(units, i) if u.kind == "list_item" else _table_group(units, i)
            done.update(group)
            c = passages[u.passage].chunk
            if u.kind == "table_row":
                group, narrowed = _table_block(units, group, q_stems, q_total, set(analyze(c.section + " " + (_table_header(c, u.line) or ""))))
                if narrowed:
                    narrowed_by[tuple(group)] = narrowed
            lead = _lead_in(c, units[group[0]].line) if u.kind == "list_item" else _table_header(c, u.line) or ""
            text = " ".join([c.section, lead] + [units[g].text for g in group])
            stems = set(analyze(text))
            cover = sum(w for s_, w in q_stems.items() if s_ in stems) / q_total
            head = set(analyze(c.section + " " + lead))
            # rows chosen by the question's words (:func:`_table_block`) are headed by them
            head |= narrowed_by.get(tuple(group), frozenset())
            head_cover = sum(w for s_, w in q_stems.items() if s_ in head) / q_total
            if reasons_asked and _REASON_LEAD.search(lead):
                # "why did the partnership think there was learning ...? list the concerns":
                # a list led in by "... because of:" gives the reasons asked for
                head_cover += REASON_LEAD_COVER
            score = 0.4 * cover + 0.3 * head_cover + 0.3 * max(float(dense[g]) for g in group) + 0.05 / (1 + u.passage)
            if (u.kind == "table_row" and not money_asked
                    and _MONEY_CONTEXT.search(c.section + "\n" + (_table_header(c, u.line) or ""))):
                # a budget's rows ("Training Income | -3,540") list sums, not the topics,
                # courses or members a question without money words asks for
                score -= MONEY_TABLE_PENALTY
            if entities and not any(e in _plain(text) for e in entities):
                score -= 0.3
            if count and len(group) == count:
                score += COUNT_MATCH
            if kind_stems and kind_stems <= set(analyze(_last_section(c.section))):
                # "what were the actions agreed after the young carers scrutiny?": the list
                # headed "Actions:", not the section's attendance figures
                score += KIND_HEAD_BONUS
            candidates.append((score, group, cover, head_cover))
            # (a heading that only names the kind asked for, "Actions:" for "what actions came
            # out of ...?", is read with the one above it: "Young Carers > Actions:")
            last = _last_section(c.section)
            if kind_stems and set(analyze(last)) <= kind_stems and " > " in c.section:
                last = " ".join(c.section.split(" > ")[-2:])
            heads.append(last + " " + lead)
        if not candidates:
            return [], 0.0
        if question_vector is not None:
            head_sims = self.embedder.embed(heads) @ question_vector
            candidates = [(sc + LIST_HEAD_DENSE * float(sim), g, cv, hc)
                          for (sc, g, cv, hc), sim in zip(candidates, head_sims)]
        score, group, cover, head_cover = max(candidates, key=lambda t: t[0])
        # a list in the top-ranked passage may use other words than the question ("what
        # forms can slavery take" / "Types of slavery include"): a third of it suffices
        top_passage = units[group[0]].passage == 0
        # (so may a list headed by the kind asked for: "Actions:")
        kind_headed = bool(kind_stems) and kind_stems <= set(analyze(_last_section(passages[units[group[0]].passage].chunk.section)))
        if cover < (0.3 if top_passage or kind_headed else 0.5) and head_cover < LIST_HEAD_COVER:
            return [], 0.0
        first = passages[units[group[0]].passage].chunk
        out = [group]
        narrowed = narrowed_by.get(tuple(group))
        for _, other, _c, _h in sorted(candidates, key=lambda t: _chunk_ordinal(passages[units[t[1][0]].passage].chunk.id)):
            oc = passages[units[other[0]].passage].chunk
            if other is not group and units[other[0]].kind == units[group[0]].kind and oc.source == first.source and oc.section == first.section and oc.id != first.id:
                if narrowed is not None:
                    # the rest of a table split over two chunks: only the rows the same words
                    # select, or the start of the named sub-total block in the chunk before
                    other = _continued_block(units, other, narrowed, _chunk_ordinal(oc.id) == _chunk_ordinal(first.id) - 1)
                    if not other:
                        continue
                out.append(other)
        out.sort(key=lambda g: _chunk_ordinal(passages[units[g[0]].passage].chunk.id))
        return out, head_cover

    def is_unanswerable(self, best_dense: float, coverage: float) -> bool:
        """The ``not_found`` rule.

        Args:
            best_dense: highest cosine similarity between the question and a retrieved
                passage (all-MiniLM-L6-v2, normalised vectors).
            coverage: highest share, over the retrieved passages, of the question's
                IDF-weighted stems (plus half-weighted glossary expansions) that occur in
                that one passage's title, section path and text (0..1).

        A question is refused when nothing is even remotely similar
        (``best_dense < min_relevance``, default 0.25) and no passage holds half of what it
        asks about (``coverage < 0.5``: "What is debt bondage?" is answered from a list item
        whose chunk as a whole is not similar), or when no passage is semantically
        close (``best_dense < 0.45``) *and* no passage holds even a tenth of what the
        question asks about (``coverage < 0.10``). The other refusals are decided on
        evidence, not similarity: names, years and cases the passages never mention
        (:func:`out_of_scope_names`), and answers lacking what the question asks for
        (:func:`missing_evidence`).

        Calibrated on the Harrow, modern-slavery, held-out practitioner and list/paraphrase
        development suites (247 answerable and 20 refusal cases, this rule disabled to read
        the raw signals): the four refusal cases left to this rule have similarity <= 0.215
        and coverage <= 0.31, or coverage 0.036; answerable cases below 0.45 similarity have
        coverage >= 0.146, and the one below 0.25 similarity (0.237) has coverage 1.0.
        The earlier rule (coverage < 0.32 below 0.45 similarity) refused 11 answerable
        paraphrase and list questions there (evidence in README).
        """
        if best_dense < self.min_relevance and coverage < 0.5:
            return True
        return best_dense < 0.45 and coverage < 0.10

    def _select(self, qtype: str, question: str, passages: Sequence[Passage], units: list[_Unit], scores: np.ndarray, uvecs: np.ndarray, best: int) -> list[list[int]]:
        """Groups of unit indexes to quote (a group = one citation)."""
        top = units[best]
        # list questions: the whole list the best unit belongs to (or introduces). Other
        # questions whose best unit is a list item quote that item and what MMR adds: the
        # whole short list was quoted before, and on nine suites that answered 3 fewer
        # cases and no more ("is training going back to the classroom?" is answered by
        # one sentence, not by the list of VAH's achievements it sits in)
        if qtype == "list":
            group = _list_group(units, best)
            if 1 < len(group):
                return _with_section_lists(passages, units, group)
        if qtype == "number" and top.kind == "list_item":
            group = _list_group(units, best)
            if 1 < len(group) <= 6 and all(_NUMBER.search(units[g].text) for g in group):
                return [group]  # "- 103 Organisations / - 249 Individuals"
        # MMR over the remaining units
        plural = qtype == "who" and bool(re.search(r"\bwho (were|are)\b", question, re.I))
        chosen: list[int] = [best]
        lam = 0.7
        # (a list's items, one sentence each, score further apart: "Women's Aid ... to
        # women who are trafficked", "TARA ... women ... trafficked", "Eaves Poppy Project")
        floor = scores[best] * (self.floor_ratio - (0.1 if qtype == "list" else 0.0))
        cand = [i for i in np.argsort(-scores) if i != best and scores[i] >= floor][:20]
        if qtype == "who" and plural:
            # one unit per person-named section: "who were the speakers" -> each speaker
            named = {}
            for i in np.argsort(-scores):
                sec = passages[units[i].passage].chunk.section.split(" > ")[-1]
                if is_person_name(sec) and sec not in named:
                    named[sec] = int(i)
            if len(named) > 1:
                return [[i] for i in sorted(named.values(), key=lambda i: (units[i].passage, units[i].start))][:5]
        limit = self.max_units if qtype in ("list", "general") or plural else 2
        while cand and len(chosen) < limit:
            def mmr(i: int) -> float:
                sim = max(float(uvecs[i] @ uvecs[j]) for j in chosen)
                return lam * scores[i] - (1 - lam) * sim
            nxt = max(cand, key=mmr)
            cand.remove(nxt)
            if max(float(uvecs[nxt] @ uvecs[j]) for j in chosen) > 0.92:
                continue
            # supporting sentences stay in the best sentence's document unless nearly as
            # strong: one answer should not splice two documents' stories together
            if (passages[units[nxt].passage].chunk.source != passages[top.passage].chunk.source
                    and scores[nxt] < scores[best] * 0.95):
                continue
            if qtype in ("number", "when", "define") and scores[nxt] < scores[best] * self.support_ratio:
                break
            if qtype == "number" and not _has_figure(units[nxt].text):
                continue  # a supporting unit for a figure question carries a figure
            chosen.append(nxt)
        if (qtype == "general" and _RECOMMEND_Q.search(" ".join(asking_clauses(question)))
                and not any(_RECOMMENDS.search(units[i].text) for i in chosen)):
            # "a mum ties her son into his chair with soft straps - what did the review say
            # should happen with that?": the scene's sentence ("The use of soft materials
            # ... had become accepted") and, after it, what its section says should be done
            # ("The review concluded that any such arrangement should be carefully
            # considered, ... Care Plan"), unless far weaker
            section = passages[top.passage].chunk.section
            said = [int(i) for i in np.argsort(-scores)[:20]
                    if passages[units[i].passage].chunk.section == section and _RECOMMENDS.search(units[int(i)].text)
                    and scores[i] >= RECOMMEND_SUPPORT * scores[best]]
            if said:
                # (with the next sentence of its paragraph when that says so too: "Final
                # decisions should form part of the formally agreed multi-agency Care Plan")
                k = said[0]
                more = [k + 1] if (k + 1 < len(units) and units[k + 1].passage == units[k].passage
                                   and units[k + 1].line == units[k].line and _RECOMMENDS.search(units[k + 1].text)) else []
                chosen = chosen[:1] + [k] + more + [i for i in chosen[1:] if i not in more][:max(0, limit - 2 - len(more))]
        if qtype == "general" and best + 1 < len(units) and best + 1 not in chosen:
            # the sentence right after the best one in its paragraph usually completes it
            # ("Covid-19 had a significant impact on bed capacity ..." / "To prevent ...
            # an emergency assessment hub was set up")
            nxt = units[best + 1]
            if (nxt.passage == top.passage and nxt.line == top.line and nxt.kind == "paragraph"
                    and scores[best + 1] >= 0.6 * scores[best]):
                chosen = chosen[:1] + [best + 1] + chosen[1:]
        split_by = [named_by for dim, named_by in _BREAKDOWNS if dim.search(" ".join(asking_clauses(question)))]
        if split_by and not any(n.search(units[i].text) for n in split_by for i in chosen):
            # "how is it split up by age?": the sentence of the best one's paragraph that shows
            # the breakdown ("There are 2 strands - one for primary school ages ..."), when
            # the ones chosen do not
            showing = [i for i in range(len(units)) if units[i].passage == top.passage and units[i].line == top.line and i not in chosen
                       and any(n.search(units[i].text) for n in split_by) and scores[i] >= 0.3 * scores[best]]
            if showing:
                chosen.append(max(showing, key=lambda i: scores[i]))
        if _WHY_Q.search(" ".join(asking_clauses(question))):
            # "why did LADO referrals go down?": the sentence of the best one's paragraph that
            # gives a cause ("The overall decline is thought to be related to ..."), beside
            # the ones chosen (which may give another: "... will fall again ... due to less
            # direct access")
            causes = [i for i in range(len(units)) if units[i].passage == top.passage and units[i].line == top.line and i not in chosen
                      and _CAUSAL.search(units[i].text) and scores[i] >= 0.3 * scores[best]]
            if causes:
                chosen.append(max(causes, key=lambda i: scores[i]))
        groups = [[i] for i in chosen]
        if (qtype in ("who", "define", "general") and best > 0 and _WE_START.match(top.text)
                and units[best - 1].passage == top.passage and units[best - 1].line == top.line
                and best - 1 not in chosen and re.search(r"\b[A-Z][A-Za-z]*[A-Z]\w*\b|\b[A-Z][a-z]+\s+[A-Z][a-z]+", units[best - 1].text)
                and not (_WHICH_ORG_Q.search(question) and _ORG_HEADING.fullmatch(_last_section(passages[top.passage].chunk.section)))):
            # "whats CTAC?": "We run ... the Child Trafficking Advice Centre (CTAC)" says who
            # only with the sentence before it ("The NSPCC protects children ..."); a
            # "which organisation ...?" question is answered by the heading instead
            # ("NSPCC: We run ...", in :meth:`_compose`)
            groups[0] = [best - 1, best]
        return groups

    def _compose(self, question: str, passages: Sequence[Passage], units: list[_Unit],
                 groups: list[list[int]], relevance: float, coverage: float,
                 labelled: bool = False, continued: bool = True) -> Answer:
        """Numbered answer text and citations for ``groups`` (each group = one citation).

        Without ``continued``, a unit ending in a lead-in ("... with emphasis on:") is
        quoted without the list it introduces.

        With ``labelled``, each part is prefixed with its chunk's own heading and written
        as a bullet (answers assembled from sibling sections).

        A reporting period the question asks about (:func:`asked_periods`: "for 2021-22",
        "in 21/22") must be named in the first group's passage (section path or text, not
        the title, which names the document's own period;
        :func:`~assistant.keywords.reporting_periods`, so "year ending 31.03.20" names
        2019-20), or, when the passage names no period, be the period its document covers
        (manifest ``period``); otherwise the answer is ``not_found``: "what were the
        missing figures for 2021-22?" is not answered by a 2020-21 report's passage that
        never names 2021-22, nor "... in 2020-21?" by one about 2019/20."""
        wanted = asked_periods(question)
        if wanted and groups:
            if not _dated_to(passages[units[groups[0][0]].passage].chunk, wanted):
                return _lacking(question, passages, "anything for " + ", ".join(sorted(wanted)), relevance, coverage)
        citations: list[Citation] = []
        parts: list[str] = []
        last_title: tuple[str, str] | None = None  # a table title already shown
        quoted: list[tuple[str, int, int]] = []  # (chunk id, start, end) already quoted
        storied: set[str] = set()  # case studies whose title is already shown
        for group in groups:
            group = _with_continuation(units, group) if continued else group
            us = [units[i] for i in group]
            p = passages[us[0].passage]
            c = p.chunk

            def covered(u: _Unit) -> bool:
                return any(cid == c.id and a <= u.start and u.end <= b for cid, a, b in quoted)
            # (units an earlier quote already gave are not quoted again: a lead-in and its
            # first item, then the whole list, gives the first item once)
            while len(us) > 1 and covered(us[0]):
                us = us[1:]
            while len(us) > 1 and covered(us[-1]):
                us = us[:-1]
            start, end = min(u.start for u in us), max(u.end for u in us)
            if any(cid == c.id and a <= start and end <= b for cid, a, b in quoted):
                continue  # already quoted as the continuation of an earlier sentence
            # (a list item inside, already quoted, is not shown twice; the quote stays whole)
            given = [covered(u) and u.kind == "list_item" for u in us]
            quoted.append((c.id, start, end))
            quote = c.text[start:end]
            n = len(citations) + 1
            citations.append(Citation(n=n, source=c.source, title=c.title, section=c.section,
                                      page=c.page_of(start), quote=quote, date=c.metadata.get("date") or None))
            if len(us) > 1 and all(u.kind in ("paragraph", "footnote") for u in us):
                parts.append(" ".join(quote.split("\n")) + f" [{n}]")
            elif len(us) > 1 and us[0].kind == "paragraph" and all(u.kind == "list_item" for u in us[1:]):
                # (a lead-in already shown above is not repeated)
                shown_lead = any(us[0].text in p_ for p_ in parts)
                parts.append(("" if shown_lead else us[0].text + "\n")
                             + "\n".join(u.text for u, g in zip(us[1:], given[1:]) if not g) + f" [{n}]")
            elif len(us) > 1 and all(u.kind == "table_row" for u in us):
                # a table answering a list question: one bullet per row, with its headers
                title = (_table_header(c, us[0].line) or "").split("|")[0].strip()
                shown, last_title = last_title == (c.source, title), (c.source, title)
                parts.append((f"{title}:\n" if title and not shown else "")
                             + "\n".join("- " + _render_row(c, u, titled=False) for u in us) + f" [{n}]")
            elif len(us) > 1 or us[0].kind == "list_item":
                lead = _lead_in(c, us[0].line)
                if lead and any(lead in p_ for p_ in parts):
                    lead = ""  # (a lead-in already shown above is not repeated)
                body = "\n".join(u.text if u.text.startswith("- ") else "- " + u.text for u, g in zip(us, given)
                                 if u.kind == "list_item" and not g)
                parts.append(((lead + "\n") if lead else "") + body + f" [{n}]")
            elif us[0].kind == "table_row":
                parts.append(_render_row(c, us[0]) + f" [{n}]")
            elif us[0].kind == "footnote" and re.match(r"\d{1,3} \S", us[0].text):
                # "4 Section 16 G (3) Children Act 2004" -> "Footnote 4: Section 16 G ..."
                num, rest = us[0].text.split(" ", 1)
                parts.append(f"Footnote {num}: {rest} [{n}]")
            else:
                who = _last_section(c.section)
                prefix = f"{who}: " if (who and not labelled and _NAME.fullmatch(_strip_honorifics(who))
                                        and not _name_in(who, quote) and c.section not in storied) else ""
                if prefix:
                    storied.add(c.section)  # (once: "New Reviews: ... [1] A new SAR ... [2]")
                if (not prefix and who and not labelled and _WE.match(quote) and not _name_in(who, quote)
                        and _WHICH_ORG_Q.search(question) and _ORG_HEADING.fullmatch(who)):
                    # "which organisation runs the Child Trafficking Advice Centre?" / "We
                    # run ...": who "we" are is the organisation's heading ("NSPCC")
                    prefix = f"{who}: "
                if (not prefix and who and _LABEL_HEADING.fullmatch(who) and not labelled
                        and CLASSIFY_Q.search(question) and not _name_in(who, quote)):
                    # "... picked up at 4am and dropped back late - which warning sign of
                    # slavery is that?": the sign is the heading of the sentence describing it
                    prefix = f"{who}: "
                if (not prefix and who and not labelled and is_subtitle(who) and c.section not in storied
                        and not _name_in(who, quote) and not set(analyze(who)) <= set(analyze(question))):
                    # a case study's sentences are introduced once by its title, which says
                    # whose story it is and where they are from ("Serena from Gambia: She was
                    # only 15 when she arrived ...")
                    prefix = f"{who}: "
                    storied.add(c.section)
                authored = _BY_NAME.search(c.section) if _AUTHOR_Q.search(question) else None
                if not parts and not prefix and authored and not _name_in(authored.group("name"), quote):
                    # "who wrote the independent evaluation?": the heading says whose it is
                    # ("2. Evaluation of the effectiveness of ... arrangements by Chris Miller")
                    prefix = f"{authored.group('heading').strip()}: "
                if not parts and not prefix and _NAME_ASKED.search(question) and _CASE_NAME.search(who) and not _name_in(who, quote):
                    # "that review about the teenage girl who'd been self-harming - what's it
                    # called?": the review's name is its heading ("Young Person J")
                    prefix = f"{who}: "
                parts.append(prefix + us[0].text + f" [{n}]")
            if labelled:
                parts[-1] = f"- {_last_section(c.section)}: " + parts[-1].replace("\n", " ")
        # (a bullet is never run on with the sentences after it)
        text = "\n".join(parts) if labelled or any("\n" in p or p.startswith("- ") for p in parts) else " ".join(parts)
        return Answer(question, "answered", text, citations, list(passages),
                      extra={"relevance": round(relevance, 4), "coverage": round(coverage, 4)})

    def _glossary_phrase_in(self, acronym: str, plain_text: str) -> bool:
        """Whether the glossary's expansion or a related phrase of ``acronym`` occurs in
        ``plain_text`` (lower case, quotes removed)."""
        term = self.glossary.terms.get(acronym)
        if term is None:
            return False
        # related phrases of three words or more are alternative expansions ("Black and
        # Ethnic Minority"); shorter ones are search hints ("schools")
        phrases = [term.expansion, *(r for r in term.related if len(r.split()) >= 3)]
        # compared without spaces and hyphens: "Anti-Social Behaviour" = "antisocial behaviour"
        squash = lambda t: re.sub(r"[\s\-–]+", "", t)  # noqa: E731
        text = squash(plain_text)
        return any(squash(_plain(p).lower()) in text for p in phrases if p)

    def _define(self, question: str, acronym: str, passages: Sequence[Passage]) -> Answer | None:
        """Answer "what does X stand for" from where a passage spells X out; failing that,
        from the glossary (said so, and nothing cited). ``None`` if neither knows X."""
        term = self.glossary.terms.get(acronym.upper())
        note = ""
        if term is not None and term.ambiguous:
            note = f" Note: {term.acronym} is ambiguous: " + "; or ".join(term.senses) + "."
        for p in passages:
            spans = mine_definitions(acronym, p.chunk.text)
            if spans:
                a, b, expansion = spans[0]
                c = p.chunk
                cit = Citation(1, c.source, c.title, c.section, c.page_of(a), c.text[a:b], c.metadata.get("date") or None)
                return Answer(question, "answered", f"{acronym} stands for {expansion} [1].{note}", [cit],
                              list(passages), extra={"glossary": acronym})
        if term is not None:
            # the documents may use the full name without the acronym ("National Referral
            # Mechanism"): cite the sentence that does
            needle = " ".join(term.expansion.lower().split())
            for p in passages:
                c = p.chunk
                for u in chunk_units(c):
                    if needle in " ".join(c.text[u.start:u.end].lower().split()):
                        cit = Citation(1, c.source, c.title, c.section, c.page_of(u.start), c.text[u.start:u.end],
                                       c.metadata.get("date") or None)
                        text = (f"{term.acronym} stands for {term.expansion} (the assistant's glossary; the "
                                f"documents use the full name [1]).{note}")
                        return Answer(question, "answered", text, [cit], list(passages),
                                      extra={"glossary": acronym, "glossary_in_text": True})
            text = (f"{term.acronym} stands for {term.expansion} (from the assistant's glossary of "
                    f"safeguarding terms; the indexed documents do not spell it out).{note}")
            return Answer(question, "answered", text, [], list(passages), extra={"glossary": acronym, "glossary_only": True})
        return None


_ENTITY = re.compile(r"(?<=\s)(?:Child|Family|Young Person|Operation|Project|Mr|Ms|Mrs)\s+['‘’]?[A-Z][\w’']*['‘’]?|(?<=\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")


_CASE_NAME = re.compile(r"\b(?:Child|Family|Young Person|Operation|Project|Adult)\s+['‘’]?[A-Z][\w’']*['‘’]?"
                        # typed in lower case: "family A review", "child m's sar", "young person j llr"
                        r"|\b(?i:child|family|young person)\s+['‘’]?[A-Za-z]['‘’]?(?=['’]s\b|\s+(?i:review|sar|cspr|llr|case|learning|sheet|lessons)\b)")


_CONNECTIVES = CONNECTORS | {"a", "an"}


#: "what is a strategy discussion?": the term asked about
_DEFINED = re.compile(r"(?:what|which)\s+(?:is|are|was|were)\s+(?:a|an|the)?\s*(?P<term>[\w’'\- ]{3,60}?)\s*\??$", re.I)
#: a question asking how soon something happens
_TIME_Q = re.compile(r"\bhow (?:many|long|soon|quickly)\b|\btimescales?\b|\btime ?frames?\b|\bdeadline\b"
                     r"|\bwithin (?:how|what)\b|\bby when\b|\bby what time\b", re.I)
#: what such a question times: "must [a strategy discussion] be held", "should [the first
#: CLA review] take place"
_TIMED_EVENT = re.compile(r"\b(?:must|should|has to|have to|needs? to|shall|will)\s+(?:the |a |an |their |his |her |its )?"
                          r"(?P<event>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:be\s+)?(?:held|take place|happen|sent|completed|"
                          r"convened|seen|visited|reviewed|allocated|started|done|undertaken|initiated|booked|arranged|"
                          r"carried out|offered|made)\b", re.I)
#: the same with the event before the verb ("how quickly does a strategy discussion have to
#: be held?") or as the object of what must be done ("... must the partners complete a
#: Rapid Review?", "how long do we have to send their CP file over?")
_TIMED_EVENT_BEFORE = re.compile(r"\b(?:does|do|did|is|are)\s+(?:the |a |an |their |his |her |its )?"
                                 r"(?P<event>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:have to|has to|need to|needs to|got to)\s+(?:be\s+)?"
                                 r"(?:held|take place|happen|sent|completed|convened|seen|visited|reviewed|allocated|started|done|"
                                 r"undertaken|initiated|booked|arranged|carried out|offered|made|reach|arrive|received|shared)\b", re.I)
#: ... or after "how long till": "how long till [the first review cp conference] has to happen?"
_TIMED_TILL = re.compile(r"\bhow long (?:till|until|til)\s+(?:the |a |an |their |his |her |its )?"
                         r"(?P<event>(?:[\w'’-]+\s+){0,4}?[\w'’-]+?)(?=\s+(?:has to|have to|must|should|needs? to|is|are|can|will|"
                         r"takes? place|happens?|be)\b|\s*[?,.]|\s*$)", re.I)
_TIMED_OBJECT = re.compile(r"\b(?:must|should|has to|have to|needs? to|got to)\s+(?:[\w'’-]+\s+){0,3}?"
                           r"(?:complete|send|hold|convene|submit|share|transfer|finish|arrange|book|pass on|hand over|keep|retain|store|make|reach|"
                           r"issue|write|produce|return)\s+"
                           r"(?:the |a |an |their |his |her |its |our |my )?(?P<event>(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)"
                           r"(?=\s+(?:over|on|across|to|by|within|after|before|in|and(?!\s+famil)|or|for|under|from|at|once|when|if)\b|\s*[?,.]|\s*$)", re.I)


#: what a "how long does X last?" question times: "how long does [an emergency protection
#: order] last", "how long do [the sessions] run for"
_LASTING = re.compile(r"\bhow long (?:does|do|did|will|would|can|could|is|are)\s+(?:the |a |an |their |his |her |its |our )?"
                      r"(?P<event>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:last|lasts|run|take|stay|remain|go on|continue|be in place|be valid)\b", re.I)


#: what "the timescale for X" times: "the timescale in Working Together for holding [a
#: strategy discussion] after a s47 referral"
_TIMESCALE_FOR = re.compile(r"\b(?:timescales?|time ?frames?|deadline)\s+(?:(?:in|under|per|according to)\s+(?:[\w'’-]+\s+){1,4}?)?(?:for|to)\s+"
                            r"(?:(?:holding|convening|completing|sending|doing|having|starting|arranging|booking|the|a|an)\s+)*"
                            r"(?P<event>(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s+(?:after|following|once|when|within|in|for|to|on|by|under)\b|\s*[?,.]|\s*$)", re.I)


def timed_event(asked: str) -> str | None:
    """The event a timescale question (:data:`_TIME_Q`) times, or ``None``: "within how
    many days must an ICPC be held?" -> "ICPC"; "how quickly does a strategy discussion
    have to be held?" -> "strategy discussion"; "... must the partners complete a Rapid
    Review?" -> "Rapid Review"; "how long do we have to send their CP file over?" ->
    "CP file"; "how long does an emergency protection order last?" -> "emergency protection
    order"."""
    if not _TIME_Q.search(asked):
        return None
    for pat in (_TIMED_EVENT_BEFORE, _TIMED_EVENT, _TIMED_OBJECT, _LASTING, _TIMESCALE_FOR, _TIMED_TILL):
        m = pat.search(asked)
        if m and m.group("event").lower() not in ("be", "it", "they", "this", "that"):
            return m.group("event")
    return None


_ORDINALS = frozenset(analyze("first second third next final last"))
#: a percentage question whose best item of a breakdown scores less than this much above
#: the next ("2.3%" 0.738 / "35.4%" 0.692) is answered with the whole breakdown
BREAKDOWN_TIE = 0.9
#: a post someone holds, at the end of a role or before "of ..." ("the chair of the hscb")
_POST = re.compile(r"\b(?:chair|chairs|manager|director|nurse|doctor|officer|lead|head|scrutineer|commissioner|"
                   r"inspector|worker|advisor|adviser|coordinator|co-ordinator|lado|dsl|iro|dcs)(?:\s*\??$|\s+(?:of|at|for|in)\b)", re.I)
#: a title someone holds, capitalised as in a name ("Director of Research in Practice")
_TITLE = re.compile(r"\b(?:Director|Chair(?:man|woman|person)?|Chief|Manager|Head|Lead|Officer|Commissioner|Consultant|"
                    r"Professor|Founder|Executive|Scrutineer|Nurse|Doctor|Inspector|Co-?ordinator|Advis[oe]r|Prosecutor|"
                    r"Barrister|Solicitor|Detective|Superintendent|Councillor|Trustee|Minister|Secretary|Principal|"
                    r"Headteacher|Lecturer|Researcher|Campaigner|Editor|President|Partner)\b")
#: words asking for a whole ("the hscb's whole budget for the year")
_WHOLE_STEMS = frozenset(analyze("whole entire full overall complete year annual yearly altogether total spend spent "
                                 "cost costs outturn"))
#: names of a safeguarding partnership's governing body, used interchangeably
_BOARD_STEMS = frozenset(analyze("board partnership hscb hsp hssp lscb scb"))
#: a question asking what a review or case is called
_NAME_ASKED = re.compile(r"\bwhat(?:'s|’s| is| was| were)\s+(?:it|this|that|they|the \w+)\s+called\b"
                         r"|\b(?:what(?:'s|’s| is| was)|which is) the name of (?:the|that|this) (?:review|case|study|story|child|family)\b"
                         r"|\bwhich (?:review|case|child|family)\b", re.I)


def spelled_out(acronym: str, text: str) -> bool:
    """Whether ``text`` holds a run of words whose initials (connectives such as "and",
    "of" skipped, or kept) are ``acronym``: "black and minority ethnic" spells out BME,
    "social workers in schools" SWIS."""
    return bool(spelling(acronym, text))


def spelling(acronym: str, text: str) -> list[str]:
    """The first run of words of ``text`` spelling out ``acronym`` (:func:`spelled_out`),
    lower-cased; ``[]`` if none: ``spelling("CP", "keep child protection files")`` ->
    ``["child", "protection"]``."""
    target = acronym.lower().rstrip("s") if len(acronym) > 3 else acronym.lower()
    words = re.findall(r"[a-z][a-z'’]*", text.lower())  # "anti-social" gives two initials
    n = len(target)
    for i, w in enumerate(words):
        if w[0] != target[0] or w in _CONNECTIVES:
            continue
        # connectives skipped ("Black and Minority Ethnic"), or counted when the acronym
        # keeps them ("Social Workers In Schools" = SWIS)
        for skip in (True, False):
            initials, run = "", []
            for v in words[i:i + 2 * n + 1]:
                run.append(v)
                if skip and v in _CONNECTIVES:
                    continue
                initials += v[0]
                if len(initials) == n:
                    break
            if initials == target:
                return run
    return []


def case_names(question: str) -> list[str]:
    """Case and operation names in the question ("Child Q", "Family A", "Operation
    Encompass"), lower-cased with quotes removed."""
    return list(dict.fromkeys(_plain(_unpossessive(m.group(0))) for m in _CASE_NAME.finditer(question)))


def _unpossessive(name: str) -> str:
    """``"Child M's"`` -> ``"Child M"``."""
    return re.sub(r"['’]s$", "", name)


def _plain(text: str) -> str:
    return re.sub(r"['‘’]", "", text).lower()


def named_entities(question: str) -> list[str]:
    """Named things in the question ("Family A", "Child M", "Operation Encompass",
    "Young Person J"), lower-cased, quotes stripped; the question's first word excluded."""
    out = []
    for m in _ENTITY.finditer(" " + question):
        e = re.sub(r"['‘’]", "", _unpossessive(m.group(0))).lower().strip()
        if e and e not in out:
            out.append(e)
    return out


_PROPER = re.compile(r"\b(?:in|at|for|from|across|of|about|by|on(?: a)?|does|do)\s+(?P<n>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})*)")
_YEAR_Q = re.compile(r"\b(?:19|20)\d{2}\b")


def out_of_scope_names(question: str, vocabulary, passage_text: str = "", corpus_vocabulary=None) -> list[str]:
    """Names and years the question is about that the retrieved passages never mention.

    A name the question is scoped to ("... in Manchester", "does Hillingdon have",
    "on a Friday", "the population of Birmingham") or a year ("at 31 March 2022") that
    occurs in none of the passages means they are about something else: answering from
    them would put another borough's or another year's figure in front of a practitioner.
    So does a capitalised name or title anywhere in the question ("the Anti-Slavery
    Commissioner") that the whole corpus never uses.

    Args:
        question: the question.
        vocabulary: analysed stems of the retrieved passages (title, section, text).
        passage_text: the passages' raw text, for the year check.
        corpus_vocabulary: stems of the whole corpus (e.g. the IDF table's keys), for
            capitalised words outside a "in/of/for ..." phrase; skipped when ``None``.
    """
    out = []
    if corpus_vocabulary:
        words = question.split()
        title_case = sum(1 for w in words if w[:1].isupper()) > 0.6 * len(words)
        for w in ([] if title_case else words[1:]):
            w = w.strip("?.,;:!()\"'‘’“”")
            # demonyms ("English", "Scottish", "Nigerian") name no place the corpus must use
            demonym = re.search(r"(ish|ian|ese|ean|Welsh)$", w) is not None
            if len(w) >= 4 and w[:1].isupper() and not w.isupper() and "-" not in w and not demonym:
                stems = analyze(w)
                if stems and all(s not in corpus_vocabulary for s in stems):
                    out.append(w)
    for m in _PROPER.finditer(" " + question.strip()[0:1].lower() + question.strip()[1:]):
        name = m.group("n")
        stems = analyze(name)
        if stems and all(s not in vocabulary for s in stems):
            out.append(name)
    if corpus_vocabulary:
        for m in _NAMED_DOCUMENT.finditer(question):
            # a guidance, act or policy named by words the corpus never uses ("under the
            # searching, screening and confiscation guidance"): the documents are not it
            stems = [s_ for s_ in analyze(m.group("name")) if s_ not in _DOCUMENT_FILLER]
            absent = [s_ for s_ in stems if s_ not in corpus_vocabulary]
            # (or one word, when it is the whole name: "what's the fraser test?")
            # (an acronym, "under the DA act", is the acronym rules' to judge)
            own = [w for w in m.group("name").split() if set(analyze(w)) - _DOCUMENT_FILLER]
            # (in lower case too, when the glossary holds it: "the dna procedure")
            whole_absent = absent and len(absent) == len(stems) and not all(
                re.fullmatch(r"[A-Z&]{2,8}", w) or w.upper() in load_glossary().terms for w in own)
            if (len(absent) >= 2 and len(absent) * 2 > len(stems)) or whole_absent:
                out.append(m.group("name").strip())
    for year in _YEAR_Q.findall(question):
        if passage_text and year not in passage_text and year[2:] not in re.findall(r"(?<=[-/])\d{2}\b", passage_text):
            out.append(year)
    return out


#: a named guidance, act, policy or test a question is scoped to: "under the searching,
#: screening and confiscation guidance", "according to the Keeping Children Safe in
#: Education guidance", "how do i apply the gillick / fraser test"
_NAMED_DOCUMENT = re.compile(r"(?:\b(?:under|in|per|according to|from|by|following|using|does|do|apply|use|run|complete|is|are|explain|about)|['’]s)\s+(?:the\s+|our\s+|their\s+)?"
                             r"(?P<name>(?:[\w'’/-]+,?\s+){1,6}?)(?:statutory\s+)?(?:guidance|guidelines|policy|act|procedures?|protocol|framework|"
                             r"regulations|legislation|code of practice|toolkit|handbook|competence|criteria|principles|test|tool|checklist)\b", re.I)
#: words of a document's name that say what kind of document it is, not which
_DOCUMENT_FILLER = frozenset(analyze("national local government dfe department statutory new latest current updated official school schools"))
#: a place whose every stem has a corpus IDF below this (named in about a tenth of the
#: chunks or more) is what the corpus is about ("harrow"), not another area
HOME_IDF = math.log(10)
_PERSON_Q = re.compile(r"\bname of (?:the |our |your |their |[\w’']+['’]s )?(?!\w+ (?:review|project|scheme|service|team|group|panel|programme|course|initiative|operation|organisation|charity|school|hub)\b)[\w-]+"
                       r"(?: [\w-]+)?(?: (?:nurse|doctor|officer|lead|chair|manager|director|head|worker|advisor|adviser|commissioner|inspector|scrutineer|author|reviewer|"
                       r"writer|trainer|speaker|presenter|facilitator))\b", re.I)
#: a question about what the law requires ("statutory", "legally", "by law")
_LEGAL_Q = re.compile(r"\b(?:(?:national|government|govt|dfe|home office)\s+(?:[\w-]+\s+)?(?:guidance|guidelines)|mandatory|(?:reporting|legal) duty|statutory(?!\s+(?:review|reviews|meetings?|visits?|partners?|agenc\w*|services?|bod(?:y|ies)|functions?|"
                      r"safeguarding partners?|bodies)\b)|legally|by law|the law|legal (?:requirement|duty|criteria|age|limit|minimum)|(?:is it|it'?s|it is) (?:il)?legal to|illegal)\b", re.I)
_LEGAL = re.compile(r"\b(?:statutory|legal|legally|law(?!\s+enforce)|laws|act|regulations?|requirements?|required|requires|duty|duties|"
                    r"guidance|legislation|legislative|entitled|entitlements?|section \d+|s\d+)\b", re.I)
#: "who is harrow's director of children's services?": the role asked about
_ROLE_Q = re.compile(r"^\s*who(?:'s|’s| is| was)\s+(?:the |our |their |[a-z]+['’]s )?(?P<role>[a-z][a-z\s'’&\-]{2,60}?)\s*\??$")
_NOT_ROLE = re.compile(r"(?:responsible|in charge|accountable|involved|leading|running|funding|behind|on|at|in|for|to|from|with|doing|going|meant|supposed|allowed|able|eligible|entitled|there|here|it|this|that|he|she|they|best|most|likely)\b")
def _breakdown(words: str) -> re.Pattern[str]:
    """A breakdown by ``words`` (a regex alternation): "an age split", "broken down by age"."""
    return re.compile(rf"\b(?:{words})\s+(?:breakdown|split|profile|mix)\b|\b(?:breakdown|split|broken down|break(?:ing)?\b[^?]{{0,30}}?\bdown)\b"
                      rf"[^?]{{0,60}}?\b(?:by|into)\s+(?:their\s+|the\s+)?(?:{words})\b", re.I)


#: a breakdown asked for by a dimension, and how an answer shows one: "an ethnicity
#: breakdown", "split by age", "primary vs secondary age split"
_BREAKDOWNS = [
    (_breakdown(r"ethnicity|ethnic|race|racial"), re.compile(r"\bethnic|\b(?:black|asian|white|mixed|bme|bame)\b", re.I)),
    (_breakdown(r"gender|sex"), re.compile(r"\b(?:gender|male|female|males|females|boys|girls|men|women)\b", re.I)),
    (_breakdown(r"age|ages|age group|age band"), re.compile(r"\b(?:age|ages|aged|years? old|under \d+|\d+\s*(?:-|to)\s*\d+\s*(?:years?|yrs)|primary|secondary)\b", re.I)),
    (_breakdown(r"school|schools"), re.compile(r"\bschool", re.I)),
    (_breakdown(r"ward|wards|area|areas|postcode|locality"), re.compile(r"\b(?:ward|wards|locality|postcode|area of)\b", re.I)),
    (_breakdown(r"religion|faith"), re.compile(r"\b(?:religio|faith|muslim|christian|hindu|jewish|sikh)", re.I)),
    (_breakdown(r"disability|disabilities|send"), re.compile(r"\bdisab|\bSEND\b|special educational", re.I)),
    (_breakdown(r"nationality|country"), re.compile(r"\bnational|\bcountr", re.I)),
]
_MONTH_NUM = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}


def _full_dates(text: str) -> set[str]:
    """Day-month-year dates in ``text`` as ``"dd-mm-yyyy"`` strings: "31/03/2021",
    "31.3.21", "31st March 2021", "31 mar 21" -> ``{"31-03-2021"}``."""
    out = set()
    for d, mth, y in re.findall(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d{2})\b", text):
        if 1 <= int(d) <= 31 and 1 <= int(mth) <= 12:
            out.add(f"{int(d):02d}-{int(mth):02d}-{int(y) + 2000 if len(y) == 2 else int(y)}")
    for d, mth, y in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)?\d{2})\b",
                                text, re.I):
        if 1 <= int(d) <= 31:
            out.add(f"{int(d):02d}-{_MONTH_NUM[mth.lower()]:02d}-{int(y) + 2000 if len(y) == 2 else int(y)}")
    return out


#: a post that makes a service the asker's own workplace: "YOT worker - ...", "mash sw here"
_ASKER_ROLE = r"(?:worker|practitioner|officer|nurse|manager|colleague|staff|sw|social worker|clinician|team member|lead|here)\b"
#: services a question may ask about by acronym (:func:`_service_elsewhere`)
_SERVICES = frozenset({"MASH", "MARAC", "MAPPA", "MACE", "LADO", "CAMHS", "NRM", "EDT", "YOT", "YOS", "VAH", "CTAC"})


def _service_elsewhere(question: str, passages: Sequence[Passage], best: Chunk, glossary: Glossary,
                       figure: bool = False) -> str | None:
    """A refusal phrase when the question asks about a service by its acronym
    (:data:`_SERVICES`: "how do I make a referral to the MASH - is there an online
    form?") and the answer's passage neither names it nor comes from a document whose
    retrieved passages do (the slavery site's "Our online form is quick and simple" is
    another service's form); ``None`` otherwise. A passage of the same document may
    leave the name to its neighbours ("In September 2020 there was the highest number
    of referrals ever seen" under CAMHS's achievements). For a figure (``figure``) only
    passages under the same two levels of headings count: the annual report names the NRM
    in its conference workshops, which do not make "Harrow has the 12th highest number of
    Child Protection Plans" an answer to "how many national referral mechanism referrals
    did harrow make?". A service spelled out ("local authority designated officer") is
    asked about as by its acronym; one in the asker's introduction ("YOT worker - ...")
    is not asked about."""
    for service in glossary.find_terms(question):
        if service.acronym not in _SERVICES or glossary.names_term(service, best.embed_text()):
            continue
        if re.match(rf"^\s*(?:[\w'’-]+\s+){{0,2}}?{re.escape(service.acronym)}\s+{_ASKER_ROLE}", question, re.I):
            continue  # the asker's own post: "YOT worker - how often does the VVE meet?"
        if not any(p.chunk.source == best.source and (not figure or _same_branch(p.chunk.section, best.section))
                   and glossary.names_term(service, p.chunk.embed_text()) for p in passages):
            return f"anything on the {service.acronym}"
    return None


def _same_branch(a: str, b: str, depth: int = 2) -> bool:
    """Whether section paths ``a`` and ``b`` ("4. Progress on Priorities > What was
    achieved?") agree on their first ``depth`` headings (a path of one heading agrees only
    with itself)."""
    pa, pb = a.split(SECTION_SEP), b.split(SECTION_SEP)
    # (a passage under a chapter's own heading is not under its sub-sections)
    n = min(depth, max(len(pa), len(pb)))
    return pa[:n] == pb[:n]
#: a case review's subject named by a letter: "Child M", "young person J", "Family A"
_CASE_LABEL = re.compile(r"(?i:\b(?:child|young person|yp|family|baby|adult|sibling))\s+['‘’\"]?(?P<l>(?!I\b)[A-Z])['’\"]?(?![\w’'])")
#: a group a figure is asked for, and how an answer names it: "how many were girls?",
#: "what % were from a black or asian background?", "primary vs secondary", "by month",
#: "which ward", "came from schools", "how many were adopted?"
_MONTH_NAMES = (r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
                r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
_GROUPS_ASKED = [
    (re.compile(r"\b(?:were|are|was|is)\s+(?:\w+\s+)?(?:boys|girls|male|female)\b|\bhow many (?:boys|girls)\b|\b(?:boys|girls)\s+(?:vs\.?|versus|v|and|or)\s+(?:boys|girls)\b", re.I),
     re.compile(r"\b(?:gender|male|female|males|females|boys|girls|men|women)\b", re.I)),
    (re.compile(r"\b(?:were|are|was|is|from)\s+(?:a\s+)?(?:\w+\s+)?(?:black|asian|white|mixed|bme|bame|ethnic minority)\b"
                r"|\b(?:black|asian|white|mixed)[- ](?:heritage|british|caribbean|african|race|ethnicity|background)\b|\b(?:bme|bame)\b", re.I),
     re.compile(r"\bethnic|\b(?:black|asian|white|mixed|bme|bame)\b", re.I)),
    (re.compile(r"\bprimary\s+(?:age|aged|school\s+age|pupils|kids|children)\b|\bsecondary\s+(?:age|aged|school\s+age|pupils|kids|children)\b"
                r"|\bprimary\s+(?:vs\.?|versus|and|or)\s+(?:how many\s+)?secondary\b", re.I),
     re.compile(r"\bprimary\b|\bsecondary\b", re.I)),
    (re.compile(r"\b(?:by|per|each|every|a|which|what|busiest|quietest)\s+month\b|\bmonthly\b|\bmonth by month\b", re.I),
     re.compile(rf"(?i:\bmonths?\b|\bmonthly\b)|{_MONTH_NAMES}")),
    (re.compile(r"\b(?:wards?|postcodes?)\b", re.I), re.compile(r"\b(?:wards?|postcodes?)\b", re.I)),
    (re.compile(r"\b(?:were|are|was|is)\s+(?:in|into|doing)\s+(?:education|employment|training|work|eet)\b", re.I),
     re.compile(r"\beducation\b|\bemployment\b|\btraining\b|\bEET\b|\bNEET\b|\bwork(?:ing)?\b", re.I)),
    (re.compile(r"\bout of (?:borough|area)\b|\boutside (?:of\s+)?(?:harrow|the borough)\b", re.I),
     re.compile(r"\bout of (?:borough|area)\b|\boutside\b|\bother (?:boroughs|local authorities)\b", re.I)),
    (re.compile(r"\b(?:came|come|coming|were|was)\s+from\s+(?:the\s+)?(?:schools?|health|police|gps?|hospitals?|education)\b", re.I),
     re.compile(r"\bschools?\b|\beducation\b|\bhealth\b|\bpolice\b|\bgps?\b|\bhospitals?\b|\bsources?\b", re.I)),
]
#: words of a breakdown question that are not its topic ("is there an ethnicity breakdown anywhere?")
_BREAKDOWN_STOP = frozenset(analyze("breakdown broken down split splits break up anywhere any we us our i need want "
                                    "briefing report anyone know please thanks data stats statistics give show can could"))
_MONTHS_AND_NUMBERS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d+\b", re.I)
#: a name capitalised mid-sentence: two or more capitalised words, joined by at most one
#: small word ("Staying Put", "Graded Care Profile", "Signs of Safety")
_PROPER_NAME = re.compile(r"(?<=[a-z,;:'’]\s)(?P<n>[A-Z][a-z][\w'’-]*(?:\s+(?:of|and|for|in|on|the|to|&)?\s*[A-Z][a-z][\w'’-]*)+)")
#: capitalised words that do not make a name: days, months, places the corpus is about,
#: and words practitioners capitalise for emphasis
_NAME_STOP = frozenset(analyze("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                               "july august september october november december harrow london england uk i im"))


def _proper_names(question: str) -> list[str]:
    """Names ``question`` capitalises mid-sentence (:data:`_PROPER_NAME`): "Under Harrow's
    Staying Put arrangements ..." -> ``["Staying Put"]``. Not a sentence's first words,
    acronyms (judged by the acronym rules), days, months, nor only the corpus's own place.

    Returns:
        the names, in order (possibly empty)."""
    out = []
    for m in _PROPER_NAME.finditer(question):
        words = m.group("n").split()
        # (the corpus's own place is not part of the name: "Harrow's Staying Put")
        while words and set(analyze(re.sub(r"['’]s$", "", words[0]))) <= _NAME_STOP:
            words.pop(0)
        name = " ".join(words)
        if len(words) >= 2 and set(analyze(name)) - _NAME_STOP and not re.match(r"(?:Is|Are|Do|Does|Did|What|Which|Who|How|When|Where|Why|Can|Could|Should)\b", name):
            out.append(name)
    return out


#: a question asking for a legal outcome: "was anyone convicted?", "what sentence did the
#: traffickers get?", "did they get charged?"
_LEGAL_OUTCOME_Q = re.compile(
    r"\b(?:was|were|has|have|had|did|got|get|gets|getting)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:ever\s+|eventually\s+|actually\s+|then\s+|later\s+|finally\s+)?(?:been\s+)?(?:convicted|prosecuted|charged|jailed|sentenced|imprisoned|"
    r"arrested|punished|found guilty|sent to prison|locked up|sent down)\b"
    r"|\bwhat (?:sentences?|jail terms?|prison terms?|punishments?|convictions?)\b|\bhow long did\s+(?:he|she|they|the\s+[\w'’-]+)\s+(?:get|serve|go down)\b"
    r"|\b(?:sentence|sentences|sentencing|conviction|convictions)\s+(?:did|was|were|given|handed)\b"
    r"|\bdid\s+(?:[\w'’-]+\s+){0,4}?(?:charge|convict|prosecute|arrest|jail|sentence|punish)\s+(?:anyone|anybody|someone|him|her|them|the)\b", re.I)
#: a legal outcome in an answer
_LEGAL_OUTCOME = re.compile(r"\b(?:convict\w*|prosecut\w*|charged|jail\w*|prison\w*|imprison\w*|sentenc\w*|court|custod\w*|guilty|"
                            r"acquit\w*|trial)\b", re.I)
#: words of a legal-outcome question that are not who it is about
_LEGAL_STOP = frozenset(analyze("ever eventually actually then later finally anyone anybody someone he she they it get got "
                                "story case study studies page site example"))
#: a question asking what happened later: "what happened to child M's siblings
#: afterwards?", "where is serena now?"
_LATER_Q = re.compile(r"\bwhat (?:has |have )?happen(?:ed|s) (?:to|with)\b[^?]{1,60}?\b(?:after(?:wards)?|later|since|next|in the end|eventually|now)\b"
                      r"|\bwhere (?:is|are) (?:he|she|they|[\w'’]+(?:\s+[\w'’]+)?) now\b|\bhow (?:is|are) (?:he|she|they|[\w'’]+(?:\s+[\w'’]+)?) (?:doing )?now\b", re.I)
#: what a share is asked of: "what % of initial health assessments ... were done ...?"
_SHARE_OF = re.compile(r"\b(?:what|which)\s+(?:%|percentage|per ?cent|proportion|share|fraction)\s+of\s+(?:the\s+|our\s+|all\s+)?"
                       r"(?P<np>(?:[\w'’-]+\s+){0,6}?[\w'’-]+?)\s+(?:were|was|are|is|had|have|has|did|do|does|got|get|went|received|"
                       r"attended|done|held|completed|seen|made|ended|came|left)\b", re.I)
#: "who chairs / leads / runs / manages / is in charge of X?": a question about who does X
_WHO_DOES_Q = re.compile(r"(?:who|which (?:agency|organisation|organization|body|team|person))(?:'s|’s| is| are)?\s+(?:currently\s+|actually\s+)?"
                         r"(?P<verb>chairs?|leads?|runs?|manages?|heads?|(?:in )?charge|oversees?|coordinates?|co-ordinates?)\b", re.I)
#: how an answer says who does it, by the question's verb (:func:`_doer_verb`)
_LED = r"\blead|\bled\b"
_DOER_WORDS = {"chair": r"\bchair", "lead": _LED, "run": rf"\brun|\bran\b|\bdeliver|\bprovid|{_LED}",
               "manage": rf"\bmanag|{_LED}|\bchair", "head": rf"\bhead|{_LED}|\bchair|\bdirector",
               "charge": rf"\bcharge|{_LED}|\bchair|\bmanag|\bresponsib|\bhead",
               "oversee": rf"\boversee|\boversight|\bover(?:saw|seen)|\bmanag|{_LED}|\bchair", "coordinate": rf"\bco-?ordinat|{_LED}|\bmanag"}


def _doer_verb(verb: str) -> str:
    """The :data:`_DOER_WORDS` key of a :data:`_WHO_DOES_Q` verb: "chairs" -> "chair",
    "in charge" -> "charge", "co-ordinates" -> "coordinate"."""
    return re.sub(r"^in\s+", "", verb.lower()).replace("-", "").removesuffix("s")


#: who or what a question asks the findings of: "what did the ofsted inspection ... say"
_SAID_BY = re.compile(r"\bwhat (?:did|does|do|has|have)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?P<src>(?:[\w'’-]+\s+){0,3}?"
                      r"(?:inspection|inspectors?|ofsted|cqc|hmicfrs|coroner|judge|court|inquest|inquiry|audit|auditors?|survey))\b"
                      r"[^?]{0,60}?\b(?:say|said|find|found|conclude|recommend|report|rate|think|make of)\b", re.I)
#: words naming a kind of source, not which one: "the inspection", "the audit"
_SOURCE_WORDS = frozenset(analyze("inspection inspector inspectors audit auditor auditors survey recent latest last new"))
#: a question about the next of something: "when is the next conference?"
_NEXT_Q = re.compile(r"\b(?:when|what date|what day)(?:'s|’s|s| is| will| does| do)?\s+(?:be\s+)?(?:the\s+|our\s+|their\s+)?next\b"
                     r"|\b(?:date|dates) (?:of|for) the next\b", re.I)
#: what came later, in an answer
_LATER = re.compile(r"\b(?:after\w*|later|since|subsequently|eventually|now|went on|go on|moved|returned|placed|recover\w*|currently|"
                    r"still|today|rescued|freed|escaped|safe house|is helping|went back|settled)\b", re.I)
#: a comparison with an earlier year: "compared to last year", "on the year before"
_COMPARED_YEAR = re.compile(r"\b(?:compared?(?:\s+(?:with|to))?|compar\w+ (?:with|to)|than|vs\.?|versus|on|against)\s+(?:the\s+|that\s+of\s+(?:the\s+)?)?"
                            r"(?:year before|previous year|last year|prior year|year earlier|preceding year|one before)\b", re.I)
#: a question asking how a figure compares with an earlier year: "compared to last year",
#: "up or down on the year before"
_COMPARED_Q = re.compile(_COMPARED_YEAR.pattern + r"|\bup or down\b|\b(?:gone|going|went|go) up or (?:gone |going |went |go )?down\b"
                         r"|\bmore or (?:less|fewer) than (?:last|the previous|the year before)\b", re.I)
#: a change or a comparison in an answer: "a slight decline ... of around 14%", "(+12% in
#: 12 months)", "broadly same as last year", "more than ..."
_TREND = re.compile(r"\b(?:increas\w*|decreas\w*|ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|declin\w*|drop\w*|reduc\w*|higher|lower|"
                    r"more than|fewer|less than|compared?|comparison|previous|year before|last year|same as|doubled|halved|tripled|"
                    r"chang\w*|trend\w*|up from|down from|up on|down on|growth|grew)\b|[+−]\s?\d+(?:\.\d+)?\s?%", re.I)
#: stems naming one sex, by the others that name it: "girls" are "females" and "women"
_SEX_STEMS = {"girl": {"femal", "women"}, "femal": {"girl", "women"}, "women": {"girl", "femal"},
              "boy": {"male", "men"}, "male": {"boy", "men"}, "men": {"boy", "male"}}
#: an outcome or a status counted ("how many were adopted?", "how many care leavers are
#: young parents?"), named in the answer by its stem
_OUTCOME_ASKED = re.compile(r"\bhow many\b[^?]{0,60}?\b(?:were|was|got|have been|had been|being|(?:ended|ending|resulted|resulting) in"
                            r"(?:\s+(?:the|a|an|their)\s+(?:[\w-]+\s+){0,2}?being)?|are|is|became|become|have become)"
                            r"\s+(?:(?:now|also|themselves|actually|young|teenage|single|first[- ]time)\s+)*(?P<stem>adopt|foster|convict|arrest|charg|"
                            r"prosecut|exclu|detain|traffick|dismiss|sack|suspend|barr|parent|mother|father|mum|dad|pregnan|homeless|"
                            r"refugee|victim|perpetrat|offender)\w*\b", re.I)
#: a "which <group>" question ("which ward had the most ...?"), judged as a figure is
_WHICH_GROUP = re.compile(r"\b(?:which|what)\s+(?:wards?|months?|postcodes?)\b", re.I)
#: a question asking for the date of an event: "when did ... start?", "what year did ...?"
#: (not "when should I refer ...?", a condition, nor "when is the MASH open?", hours)
_DATE_Q = re.compile(r"(?:(?:and|so|also)\s+)?(?:when (?:did|was|were)|(?:in\s+)?(?:what|which) year|what date|since when)\b", re.I)
#: a date or time in an answer: a year, a month, a reporting period, a day of the month, a
#: season or a time relative to now
_DATED = re.compile(r"\b(?:1[5-9]|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}(?:st|nd|rd|th)\b"
                    r"|\b(?:spring|summer|autumn|winter|yesterday|today|last (?:year|month|week)|this (?:year|month|week)|"
                    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years?|months?|weeks?|days?) ago|"
                    r"since|recently|previously|at the (?:start|end|beginning) of)\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", re.I)
_EMAIL_Q = re.compile(r"\be-?mail(?: address)?\b(?!\s+(?:alerts?|updates?))", re.I)
#: a question asking for a web address: "what's the website for ...?", "link to the form?";
#: not one about what a website says ("what drivers does the website name?")
_WEB_Q = re.compile(r"\b(?:web address|url|link to|web ?site (?:address|link|url)|is there a web ?site|web ?site (?:for|of)\b"
                    r"|(?:what|which)(?:'s|’s|s| is)? (?:the |their |its )?(?:[\w-]+ ){0,4}web ?sites?\s*\??\s*$"
                    r"|(?:what|which)(?:'s|’s| is| are)? (?:the |their |its |a )?web ?sites?\b(?!\s+(?:say|says|said|name|names|list|lists|"
                    r"describe|describes|mention|mentions|give|gives|tell|tells|recommend|recommends|advise|advises|suggest|suggests|cover|covers)\b))",
                    re.I)
_POSTAL_Q = re.compile(r"\b(postal address|postcode|post code|what(?: is|'s) the address|where is (?:the|their) office)\b", re.I)
_NUMBERED = re.compile(r"\b(section|part|article|regulation|paragraph|schedule|chapter|level|stage|tier|step)\s+(\d+[a-z]?)\b", re.I)
_PHONE_Q = re.compile(r"\b(?:direct line|contact number|switchboard|landline)\b|\b(phone|telephone|helpline|hotline)\b.*\bnumber\b|\bnumber\b.*\b(to call|to ring|to phone|for|of)\b.*\b(team|service|line|office|desk|duty)\b"
                      r"|\b(what|which)(?:'s| is) the\b.*\bnumber\b(?!\s+of)|\b(?:what|which) number (?:do|should|can|could|would|shall) (?:i|we|you|they|staff|parents?) (?:ring|call|phone|dial|use)\b|\bwho (?:do|should|can|could|would) (?:i|we|you|they|he|she|parents?|staff|schools?) (?:call|ring|phone)\b", re.I)
#: what a number is asked for: "the phone number for harrow MASH / out of hours ..."
_NUMBER_FOR = re.compile(r"\bnumber\s+(?:for|of)\s+(?:the\s+|our\s+|a\s+)?(?P<svc>[^?,/;]+?)(?=\s*[/?,;]|\s*$|\s+(?:if|when|so|and)\b)", re.I)
#: what a price is asked of: "how much does an enhanced DBS check cost ...?"
_COST_OF = re.compile(r"\bhow much (?:does|do|did|will|would|is|are)\s+(?:an?\s+|the\s+)?(?P<np>(?!it\b|that\b|this\b|they\b)(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:cost|costs)\b", re.I)
#: a sum charged for something: "how much do traffickers charge victims for transport?"
_CHARGED_FOR = re.compile(r"\bhow much (?:does|do|did|will|would|can|could)\s+(?:[\w'’-]+\s+){1,3}?(?:charge|charges|ask|want)\s+(?:[\w'’-]+\s+){0,2}?"
                          r"for\s+(?P<np>(?!it\b|that\b|this\b)(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:\?|$)", re.I)
#: a count of legal or school sanctions, rarely named otherwise: "how many convictions
#: ...?", "whats the number of permanent exclusions ...?" (a kind of exclusion asked,
#: ``mod``, must be named too)
_LEGAL_COUNT = re.compile(r"\b(?:how many|(?:the\s+)?(?:number|no\.?|count|total) of)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?P<noun>convictions?|prosecutions?|arrests?|offences?|cautions?|charges|sentences|court orders?|"
                          r"(?:(?P<mod>permanent|fixed[- ]term)\s+)?exclusions?)\b", re.I)
#: a figure said of the whole world, not a place: "an estimated 29.8 million slaves around the world"
_WORLDWIDE = re.compile(r"\b(?:around|across|throughout|in) the world\b|\bworld-?wide\b|\bglobal(?:ly)?\b", re.I)
#: a count asked for a whole country: "across england", "nationally"
_NATIONAL = re.compile(r"\b(?:across|in|for|throughout)\s+(?:the\s+(?:whole\s+)?)?(?:england|the uk|uk|britain|great britain|the country|wales)\b"
                       r"|\bnationally\b|\bnational (?:figure|total|number)s?\b", re.I)
_PHONE = re.compile(r"(?<!\d)(?:\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)|\b(?:999|101|111|116\s?123)\b")
def _other_period(asked: set[str], unit: "_Unit", chunk) -> bool:
    named = periods(unit.text + "\n" + chunk.section + "\n" + (_table_header(chunk, unit.line) or ""))
    return bool(named) and not asked & named


#: a period that dates the asker's own work, not what is asked: "for our 2021-22 training
#: plan", "I'm writing our safeguarding report for 2021-22 and ..."
_OWN_WORK = re.compile(r"\b(?:our|my|your)\b[^,.;:?!]{0,40}$", re.I)


#: a period as a question writes it ("2021-22", "FY2021-22", "21/22", "31st March 2021")
_PERIOD_MENTION = re.compile(r"(?:\bFY\s?|\b)\d{2,4}\s?(?:[-/–—‐‑]|\bto\b)\s?\d{2,4}\b|\b31(?:st)?\s+(?:of\s+)?march,?\s+\d{4}\b"
                             r"|\b31[./-]0?3[./-]\d{2,4}\b", re.I)


def _dated_to(chunk: Chunk, wanted: frozenset[str], named_only: bool = False) -> bool:
    """Whether ``chunk`` is about one of the reporting periods ``wanted`` ("2020-21"): a
    period its section path or text names (:func:`~assistant.keywords.reporting_periods`,
    so "(31st March 2021)" names 2020-21), or, when it names none and not ``named_only``,
    its document's own period (manifest ``period``). The title is left out: it names the
    document's period even above a passage about last year's figures. A passage under a
    section whose opening dates its figures ("Our performance and activity data for 2019
    to 2020 ...", ingest's ``data_period``, :func:`ingest.chunker.date_sections`) names that
    period when it names none itself."""
    named = (reporting_periods(chunk.section + "\n" + chunk.text)
             or reporting_periods(str(chunk.metadata.get("data_period") or "")))
    if named_only:
        return bool(wanted & named)
    return bool(wanted & (named or reporting_periods(str(chunk.metadata.get("period") or ""))))


@lru_cache(maxsize=512)
def asked_periods(question: str) -> frozenset[str]:
    """Reporting periods the question asks about (:func:`~assistant.keywords.reporting_periods`;
    a scene set first counts, "21/22 data - how many kids went missing?"), leaving out a
    period that dates the asker's own work ("for our 2021-22 training plan, what courses
    did the HSCB run?")."""
    text = question.strip()
    out: set[str] = set()
    for m in _PERIOD_MENTION.finditer(text):
        # (the words before a short period say it is one: "in 21/22")
        got = reporting_periods(text[max(0, m.start() - 16):m.end()])
        if got and not _OWN_WORK.search(text[:m.start()]):
            out |= got
    return frozenset(out)


#: "what <thing> should/does/...": the thing asked for, up to four words
_ASKED_THING = re.compile(r"\b(?:what|which)\s+(?!(?:did|does|do|is|are|was|were|has|have|had|can|could|should|would|will|must|might|may)\b)(?P<np>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:should|does|do|did|is|are|was|were|must|can|could|would|will|has|have|had|need|needs|means|triggers|requires)\b", re.I)
#: "what's the <thing> on/for ...?": "what's the current safer sleep advice on co-sleeping?"
_ASKED_THE_THING = re.compile(r"\bwhat(?:'s|’s|s| is| are)\s+(?:the|our|their|your|[\w-]+['’]s)\s+(?P<np>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:on|for|about|regarding|around)\b", re.I)
#: words ranking categories rather than naming one ("the oldest age category")
_RANK_WORDS = frozenset(analyze("oldest youngest largest biggest smallest highest lowest top bottom most least "
                                "first last main commonest rarest older younger"))
#: a category asked about: "... under the neglect category", "in the physical abuse category"
_ASKED_CATEGORY = re.compile(r"\b(?:under|in|for|as|with|on|into)\s+(?:the\s+|a\s+|each\s+)?(?P<np>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
                             r"(?:category|categories|heading)\b", re.I)
#: "what's the process for <doing something>", "the procedure to <do something>"
_ASKED_PROCESS = re.compile(r"\b(?:process|procedure|procedures|steps|protocol)\s+(?:for|to|of|when)\s+(?P<np>(?:[\w'’-]+\s+){0,12}?[\w'’-]+)"
                            r"(?=\s*[,?.;]|\s*$|\s+(?:and|which|who|when|where|if|in harrow|here)\b)", re.I)
#: verbs of a process that say nothing about what it is for
_PROCESS_VERBS = frozenset(analyze("apply applying make making get getting do doing start starting request requesting "
                                   "submit submitting complete completing use using go going"))
#: words that name no particular thing ("what kind of advice", "what other board", "what
#: extra jobs"): the instance answers, not the word
_CLASS_WORDS = frozenset(analyze(
    "kind sort type types kinds sorts advice guidance information info number numbers age time role way ways thing "
    "things one ones percentage proportion share steps step part parts main key biggest most common other else exactly "
    "actually really specific particular new first last best extra additional more further happens happened happen "
    "current latest up to date name names term word proper right correct official technical"))


def names_what_is_asked(question: str, passage_text: str, glossary=None) -> bool:
    """Whether the answering passages name the thing a "what <thing> ..." question asks
    for, by its head word or half its words (or, failing that, a glossary expansion), when
    the thing has two or more particular words ("the national average caseload" is not
    named by "the England average"), and what a "how do I <verb> <object>?" step is done to
    ("how do i apply gillick / fraser?"): "what safe sleep advice should I give parents who co-sleep?"
    is not answered by passages that never mention sleep, nor "what weekly allowance does
    a foster carer get?" by ones that never mention an allowance. A thing of one
    particular word ("what year ...", "what job ...") is answered by an instance of it and
    always passes, as does a question of another shape.

    Args:
        question: the (redacted) question.
        passage_text: the cited passages' text with their titles and section paths.
        glossary: a :class:`~assistant.glossary.Glossary` for expansions ("lie detector"
            -> polygraph), or ``None``.
    """
    asked = " ".join(asking_clauses(question))
    have = set(analyze(passage_text))
    category = _ASKED_CATEGORY.search(asked)
    if category:
        # "how many CP plans were under the neglect category?": a category is named by
        # one particular word, which the passages must use
        need = set(analyze(category.group("np"))) - _CLASS_WORDS - _RANK_WORDS
        if need and not need & have:
            return False
    process = _ASKED_PROCESS.search(question)
    if process:
        # "what's the process for applying to court for an emergency protection order?":
        # the passages must name most of what the process is for
        need = set(analyze(process.group("np"))) - _CLASS_WORDS - _PROCESS_VERBS
        if len(need) >= 2 and len(need & have) * 2 <= len(need):
            return False
    how = _PROCEDURE_Q.search(asked)
    if how:
        # "how do i apply gillick / fraser?": what the step is done to must be named by a
        # word or its glossary expansion (not answered by "the need to apply 'Was not
        # Brought' procedures")
        obj = re.split(r"[?.,;!]|\s+(?:if|when|for|to|with|in|at|so|because|before|after)\s", asked[how.end():], maxsplit=1)[0]
        need = set(analyze(obj)) - _CLASS_WORDS - _GENERIC_STEMS - _PROCESS_VERBS
        if need and not need & have and not (glossary is not None and set(analyze(" ".join(glossary.expand(obj)))) & have):
            return False
    m = _ASKED_THING.search(asked) or _ASKED_THE_THING.search(asked)
    if not m:
        return True
    words = [w for w in analyze(m.group("np")) if w not in _CLASS_WORDS]
    need = set(words)
    if len(need) < 2:
        return True
    # its head word, or half its words: "what's the national average caseload for a
    # social worker?" is not answered by "we have exceeded the England average"
    if words[-1] in have or 2 * len(need & have) >= len(need):
        return True
    return bool(glossary is not None and set(analyze(" ".join(glossary.expand(m.group("np"))))) & have)


#: "how do I make a Prevent referral?", "how can we refer to the MARAC?": a question asking
#: how to carry out a step
_PROCEDURE_Q = re.compile(r"\bhow (?:do|can|should|would|could|to) (?:i |we |you |staff |schools? |parents? )?"
                          r"(?:make|submit|refer|complete|apply|request|book|access|get|find|assess|contact|escalate|report|raise|"
                          r"start|arrange|do)\b", re.I)
#: words that describe a step to take: a modal, "you", a way to get in touch or a form
#: (not "to report on activity", a duty to account)
_PROCEDURAL = re.compile(r"\b(?:can|should|must|need to|needs to|will need|you|your|call|calling|contact|report(?! on\b)|complete|use|"
                         r"ring|email|e-mail|visit|speak|tell|refer|via|through|using|online (?:form|referral|portal)|report(?:ed)? online|form|helpline|website|phone)\b"
                         r"|(?:\+44|\b0)\d{2,4}[\s-]?\d{3,4}|\b(?:999|101|111)\b", re.I)


def describes_how(question: str, text: str) -> bool:
    """Whether ``text`` (the answer's lead sentence) describes how to do what a "how do
    I make / refer / report ...?" question asks (:data:`_PROCEDURE_Q`): it must speak of
    a step to take (:data:`_PROCEDURAL`: "you can report it by calling ...", "complete
    the referral form"). "How do I make a Prevent referral?" is not answered by "This
    showed a slight decline in the number of referrals of around 14%". Other questions
    always pass."""
    if not _PROCEDURE_Q.search(" ".join(asking_clauses(question))):
        return True
    return _PROCEDURAL.search(text) is not None


#: a question asking what something found or concluded
_RESULT_Q = re.compile(r"\b(?:conclu\w*|find|found|findings|outcomes?|results?|show(?:ed|n|s)?|recommend\w*|verdict)\b", re.I)
#: a sentence deferring a result: "... will be reported upon in the HSCB's next annual report"
_DEFERRAL = re.compile(r"\b(?:will be (?:reported|published|shared|presented|made available|available|confirmed|known|completed)"
                       r"|(?:is|are) (?:yet to be|still to be|not yet|awaited)|to be reported|in (?:the|its|our|their) next (?:annual )?report"
                       r"|due to (?:report|be published|conclude)|(?:has|have) not yet (?:been )?(?:reported|published|concluded|completed))\b", re.I)
#: share of the asking clause's particular words a deferral must use to be about what is asked
DEFERRAL_COVER = 0.5


def _asked_text(question: str) -> str:
    """The clauses that ask (:func:`asking_clauses`), or the whole question when it opens
    with a question of its own ("what did the final cardiff evaluation ... find - did it
    actually cut referrals?")."""
    return question if WH_OPENING.match(question.strip()) else " ".join(asking_clauses(question))


def deferred(question: str, text: str, section: str = "") -> bool:
    """Whether ``text`` defers the result a question asks about: it is a deferral
    (:data:`_DEFERRAL`) using, with its ``section`` path, at least :data:`DEFERRAL_COVER`
    of the particular words of the question's asking clause ("cardiff", "final",
    "evaluation" ...)."""
    if not _DEFERRAL.search(text):
        return False
    asked = set(analyze(_asked_text(question))) - _CLASS_WORDS - set(analyze(
        "conclude concluded conclusion find found findings outcome outcomes result results show showed recommend say said"))
    return bool(asked) and len(asked & set(analyze(text + "\n" + section))) >= DEFERRAL_COVER * len(asked)


def _lacking(question: str, passages: Sequence[Passage], missing: str, relevance: float, coverage: float) -> Answer:
    """The ``not_found`` answer saying what the documents do not give ("this figure",
    "anything for 2021-22"), with the passages under Sources."""
    return Answer(question, "not_found",
                  f"The indexed documents do not give {missing}. The closest passages are listed under Sources; "
                  "ask your safeguarding lead or the partnership's learning and development team.", [], list(passages),
                  extra={"relevance": round(relevance, 4), "coverage": round(coverage, 4), "missing": missing})


def scene_setting_stems(question: str) -> set[str]:
    """Stems found only in the clauses that set the scene for the question rather than
    ask it: "LADO figures are down - what risk are they still mindful of?" -> the stems of
    "LADO figures are down". Empty for a one-clause question or when no later clause
    starts with a question word."""
    asking = asking_clauses(question)
    if asking == [question]:
        return set()
    ask = set(analyze(" ".join(asking)))
    clauses = [c for c in CLAUSE_SPLIT.split(question.strip()) if c]
    return {s_ for c in clauses if c not in asking for s_ in analyze(c)} - ask


def asked_before_stems(question: str) -> set[str]:
    """The scene-setting stems (:func:`scene_setting_stems`) of a scene that is itself a
    question, as :func:`~assistant.answer.parts.question_parts` builds a later part that
    points back: "how many sessions did VAH deliver - how many organisations did it
    support?" -> the stems of "how many sessions did VAH deliver" not in the asking clause."""
    asking = asking_clauses(question)
    if asking == [question]:
        return set()
    clauses = [c for c in CLAUSE_SPLIT.split(question.strip()) if c]
    last = asking[-1]
    if len(asking) > 1 and _POINTS_BACK.search(last):
        # "Fredek was promised a factory wage - what was he told he could earn - what was
        # he actually paid?": the last clause asks; the one before says who "he" is
        before = [c for c in clauses if c != last and WH_OPENING.match(c)]
        return {s_ for c in before for s_ in analyze(c)} - set(analyze(last))
    ask = set(analyze(" ".join(asking)))
    return {s_ for c in clauses if c not in asking and WH_OPENING.match(c) for s_ in analyze(c)} - ask


_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|their|he|him|his|she|her)\b", re.I)


#: a clause about the asker, after what is asked: "... I should be looking out for on home
#: visits", "... we need to know for the ICPC", "... when I'm on a home visit"
_ASKER = re.compile(r"\b(?:that |which |when |if |as )?(?:i|we)(?:'m|’m| am| are)?\s+(?:should|must|need|have to|ought to|can|could|would|might|will|am|are|'m|’m|want|do|did|keep|look|see|work|visit)\b[^?.;]*", re.I)


def asker_stems(question: str) -> set[str]:
    """Stems found only in a clause about the asker rather than what is asked: "what are
    the common signs of modern slavery I should be looking out for on home visits?" -> the
    stems of "looking out for on home visits". Empty when the question opens with the
    clause ("I need to know ...": the question is in it) or has none."""
    m = _ASKER.search(question)
    if not m or m.start() < 12:
        return set()
    return set(analyze(m.group(0))) - set(analyze(question[:m.start()]))


@lru_cache(maxsize=1)
def _places() -> tuple[str, ...]:
    data = yaml.safe_load((Path(__file__).resolve().parent.parent / "data" / "places.yaml").read_text(encoding="utf-8"))
    return tuple(sorted({p for names in data.values() for p in names}, key=len, reverse=True))


#: the devolved nations, whose services and guidance differ from England's: a question
#: about one is not scoped by a city in its scene ("family in belfast - ... northern
#: ireland?"); England or the UK is (Harrow's figures are not England's)
_NATION = re.compile(r"\b(?:northern ireland|scotland|wales)\b", re.I)


#: where someone came from: "just moved from croydon", "new to harrow from brent",
#: "transferred in from kent"
_CAME_FROM = re.compile(r"\b(?:move|moved|moving|moves|come|came|coming|comes|transfer|transfers|transferred|transferring|relocated|arrived|new(?:\s+to\s+[\w'’-]+)?"
                        r"|joined(?:\s+[\w'’-]+)?)\s+(?:(?:in|over|here|across|down|up)\s+)?from\s+(?P<place>[\w'’-]+(?:\s+[\w'’-]+){0,2})", re.I)


def origin_places(text: str, asking: str, counted: bool = False) -> set[str]:
    """Places ``text`` names only as where someone came from (:data:`_CAME_FROM`: "child
    just moved from croydon"), which do not scope a question: not those the asking clause
    ``asking`` names otherwise, nor, when a count is asked (``counted``), any it names at
    all ("how many children moved from brent?" is about Brent)."""
    came = {p for m in _CAME_FROM.finditer(text) for p in named_places(m.group("place"))}
    return came - set(named_places(asking if counted else _CAME_FROM.sub(" ", asking)))


def named_places(question: str) -> list[str]:
    """UK local authorities and cities named in ``question`` (any case, whole words;
    ``assistant/data/places.yaml``), longest names first, overlaps removed."""
    low = " " + re.sub(r"[^\w\s]", " ", question.lower()) + " "
    found: list[str] = []
    for place in _places():
        if f" {place} " in low and not any(place in f for f in found):
            found.append(place)
    return found


_GENERIC_STEMS = frozenset(analyze(
    "how many much number numbers percentage percent proportion share total figure figures amount "
    "year years last this harrow children child young people kids what which was were is are there "
    "did does do had has have the in of for to from by on at a an get got"))


def _with_term_names(text: str, rounds: int = 2) -> str:
    """``text`` followed by the other name of each glossary term it names: the expansion
    of an acronym it uses, the acronym of an expansion it spells out. Two rounds, so that
    "ICPCs" brings "Initial Child Protection Conference" and that brings "CP"."""
    glossary = load_glossary()
    out = text
    for _ in range(rounds):
        extra = [name for term in glossary.find_terms(out) if term.expansion
                 for name in (term.acronym, term.expansion) if name.lower() not in out.lower()]
        if not extra:
            break
        out += "\n" + "; ".join(extra)
    return out


#: "who are the (three) safeguarding partners (in harrow)?": ``np`` is who is asked for
_MEMBERS_Q = re.compile(r"\bwho\s+(?:are|were)\s+(?:the\s+)?(?:(?:three|3|core|main|statutory|key)\s+)*"
                        r"(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)(?:\s+(?:in|for|of|at|on)\s+[^?]{2,40})?\s*\??\s*$", re.I)
#: a footnote saying whom or what its paragraph's noun stands for: "3 These are Harrow
#: Council, The Metropolitan Police and The Harrow Clinical Commissioning Group"
_NAMING_FOOTNOTE = re.compile(r"\d{1,3}\s+(?:These|They)\s+(?:are|were|include)\s+[A-Z]")


#: a count taken among a group named first: "of the home educated children in the report,
#: how many were primary age ...?" (``np`` is the group)
_AMONG_SCOPE = re.compile(r"^\s*(?:[^?]{2,40}?\s[-–—:]\s+)?(?:of|out of|among|amongst)\s+(?:the|those|these|all the)\s+(?P<np>[^,?–—]{3,60}?)"
                          r"(?:\s+(?:in|from|mentioned in|given in)\s+(?:the|this)\s+(?:report|document|sheet|page))?\s*(?:,|\s[-–—]\s)", re.I)
#: "what were harrow's fixed-term exclusion figures ...?": ``np`` is what the figures are of
_FIGURES_OF = re.compile(r"\bwhat (?:are|were|is|was) (?:the|our|their|harrow'?s|harrow’s) (?P<np>(?:[\w&'’-]+ ){1,5}?)"
                         r"(?:numbers|figures|totals|stats|statistics)\b", re.I)
#: words in :data:`_FIGURES_OF`'s noun phrase that do not say what is counted
_FIGURES_OF_GENERIC = frozenset(analyze("latest current recent overall main key headline annual yearly monthly official local borough "
                                        "harrow's partnership board report"))


#: what a "how many ...?" question counts: the words between "how many" and its verb
_COUNTED = re.compile(r"\bhow many\s+((?:[\w’'\-]+\s+){0,3}?)(?:did|do|does|were|was|are|is|have|has|had|went|got|came|took|will|would|could|can|in|on|at|for|across|per|during"
                      r"|lives?|lived|living|works?|worked|attend(?:ed|s)?|receiv(?:e|ed|es)|identif(?:y|ied|ies)|report(?:ed|s)?"
                      r"|ma(?:k|d)es?|used?|need(?:ed|s)?|join(?:ed|s)?|sign(?:ed|s)?|takes?)\b"
                      # "how many professionals actually flagged it ...": an adverb
                      r"|\bhow many\s+((?:[\w’'\-]+\s+){1,4}?)(?:actually|really|ever|still|currently)\b", re.I)


def _label_names_subject(question: str, unit: "_Unit", chunk, expansions: Sequence[str] = ()) -> bool:
    """Whether a table row's label, its column headers or its section path share a word
    (beyond question words, numbers and the corpus's own area) with the question or its
    glossary ``expansions`` ("live in harrow" -> "in borough": "Children in Borough |
    64,000"); for "how many X ...?", a word of X when X has one beyond those."""
    label = unit.text.split("|")[0] + " " + (_table_header(chunk, unit.line) or "") + " " + chunk.section
    asked = {s_ for s_ in analyze(" ".join([question, *expansions]))
             if s_ not in _GENERIC_STEMS and not s_[0].isdigit() and not re.fullmatch(r"p\d{4}-\d{2}", s_)}
    # "how many FGM cases did LNWUHT identify?": the row must count FGM cases, not merely
    # name LNWUHT ("LNWUHT | attendance out of 4 meetings: 4")
    # (in the clause that asks: "how many CLA ... - how many SW assessments that year")
    m = _COUNTED.search(" ".join(asking_clauses(question)).lower()) or _COUNTED.search(question.lower())
    counted = {s_ for s_ in analyze(m.group(1) or m.group(2) or "")} & asked if m else set()
    have = set(analyze(label))
    if have & _BOARD_STEMS:
        have |= _BOARD_STEMS  # the board, the partnership, the HSCB: one body
    if not counted and asked <= _WHOLE_STEMS | _BOARD_STEMS:
        # "how much did the board spend in total?" asks for a whole, which a budget's
        # "Total Expenditure" row gives
        return bool(have & _BOARD_STEMS or _MONEY_CONTEXT.search(label))
    if counted and m and any(spelled_out(a, _plain(label)) for a in re.findall(r"\b[A-Z]{2,6}\b", m.group(0).upper())
                             if a.lower() in counted and a not in ("HOW", "MANY")):
        return True  # "how many CLA ...?": "Number of Children Looked After (LAC)"
    if counted:
        return bool(counted & have)
    # a word of the question itself, or the whole of one of its expansions: a word of an
    # acronym's expansion alone names another subject ("Local Authority" in the
    # deprivation rows is no "LADO", the Local Authority Designated Officer)
    own = {s_ for s_ in analyze(question) if s_ in asked}
    whole = any(e_ <= have for e_ in ({s_ for s_ in analyze(e) if s_ in asked} for e in expansions) if e_)
    return not asked or bool(own & have) or whole


def _has_figure(text: str) -> bool:
    """Whether ``text`` carries a figure other than a year or a period ("2021-22")."""
    return any(not re.fullmatch(r"(19|20)\d{2}", n.strip(" ,")) for n in _NUMBER.findall(PERIOD.sub(" ", text)))


#: programmes named by everyday words ("a prevent referral", "the channel panel"): what
#: asks about one, and how a passage names it (capitalised: not "to prevent harm")
_PROGRAMMES = [
    (re.compile(r"\bprevent\s+(?:referrals?|duty|team|officers?|leads?|programme|training|strategy|concerns?|panel|process|route)\b"
                r"|\b(?:a|the|to|under|via|through)\s+prevent\s*(?:$|\?|,|\.|(?:and|or|/)\s*channel\b)", re.I),
     re.compile(r"\bPrevent\b(?!\s+(?:them|it|him|her|the|a|an|this|that|these|those|young|children|harm|further|drift))|\bPREVENT\b")),
    (re.compile(r"\bchannel\s+(?:panel|referrals?|programme|process|meeting)s?\b", re.I), re.compile(r"\bChannel\b")),
]
#: how long records are kept: "what's the retention period?", "how long should we keep ...?"
_KEEP_Q = re.compile(r"\bretention (?:period|schedule|time)\b|\bhow long (?:should|must|do|does|can|are|is)\s+(?:we|you|i|they|a|an|the|schools?|our)\s+"
                     r"(?:[\w'’-]+\s+)?(?:(?:have|has|need|needs|got|ought)\s+to\s+)?(?:keep|keeps|retain|retained|hold|held|store|stored|kept)\b", re.I)


#: a rate asked for by what it is of: "the social worker vacancy rate", "under 18
#: conception rate" (not "the rate", "what rate" or "a higher rate")
_NAMED_RATE = re.compile(r"\b(?!(?:the|a|an|what|which|whats|what's|this|that|its|their|our|average|overall|higher|lower|same|national|"
                         r"london|england|current|total|annual|per)\b)(?P<what>[a-z][a-z-]{2,})\s+rates?\b", re.I)
#: a measure asked for a role: "caseload for a health visitor", "health visitors' caseloads"
_ROLE_WORDS = (r"(?:health visitors?|school nurses?|midwi(?:fe|ves)|gps?|teachers?|social workers?|youth workers?|paediatricians?|"
               r"police officers?|family support workers?|early help workers?|foster carers?|childminders?)")
_ROLE_MEASURE = re.compile(rf"\b(?:caseloads?|salary|salaries|pay|ratios?|vacanc\w+|training hours|workloads?|supervision)\s+"
                           rf"(?:for|of)\s+(?:a|an|each|every|one|the|our)?\s*(?P<role>{_ROLE_WORDS})\b"
                           rf"|\b(?P<role2>{_ROLE_WORDS})(?:['’]s?)?\s+(?:caseloads?|salary|salaries|pay|ratios?|vacanc\w+|workloads?)\b", re.I)
#: a protocol or guidance named by its subject: "harrow's safe sleep guidance", "the
#: bruising protocol" (not "a pathway plan" or "the age profile": those name no document)
_INSTRUMENT = re.compile(r"\b(?P<mod>(?:[a-z][\w'’-]*\s+){1,2}?)(?:protocol|policy|procedures?|toolkit|checklist|guidance|guidelines)s?\b", re.I)
_INSTRUMENT_STOP = frozenset(analyze("what whats what's the a an our their harrow harrow's local national safeguarding new current latest "
                                     "any there is are does do did use for on about which this that these those its it uk england "
                                     "london statutory official government main key relevant usual proper right same"))
#: an entitlement asked for: "can victims claim compensation?", "are they entitled to legal aid?"
_CLAIM_Q = re.compile(r"\b(?:claim|apply for|entitled to|eligible for|qualify for)\s+(?:any\s+|some\s+)?(?P<what>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)", re.I)
#: an inspection's grade asked for: "what grade did ofsted give ...?", "how was harrow
#: rated at its last inspection?"; and how an answer gives one (Ofsted's four grades)
_GRADE_Q = re.compile(r"\b(?:grade[ds]?|rated|rating|judge?ments?|judged)\b", re.I)
_INSPECTED = re.compile(r"\b(?:ofsted|cqc|hmi\w*|inspect\w*|jtai|ilacs)\b", re.I)
_GRADE = re.compile(r"\b(?:outstanding|requires? improvement|inadequate|(?:rated|graded|judged)(?:\s+as)?\s+(?:good|outstanding))\b", re.I)


def _paragraph_of(units: Sequence[_Unit], i: int, passages: Sequence[Passage]) -> str:
    """The paragraph unit ``i`` is in (every unit of its passage's line), with its heading
    and, for a table row, the table's header row."""
    u, chunk = units[i], passages[units[i].passage].chunk
    same = " ".join(v.text for v in units if v.passage == u.passage and v.line == u.line)
    return "\n".join([same, _last_section(chunk.section), (_table_header(chunk, u.line) or "") if u.kind == "table_row" else ""])


def missing_evidence(question: str, qtype: str, quoted: list[str], context: str = "",
                     passage_text: str = "", home_places: frozenset[str] | set[str] = frozenset(),
                     terms: frozenset[str] | set[str] = frozenset(), paragraphs: Sequence[str] = ()) -> str | None:
    """What the selected answer fails to give that the question plainly asks for, or ``None``.

    * a phone number ("what's the EDT number", "helpline number") needs a telephone number
      in the quote;
    * a figure ("how many", "what percentage") needs a number in the quote;
    * a figure for one reporting period ("budget in 2019-20") must not come from text
      about another period (best unit, its paragraph, section path and table header:
      "HSCB Budget & Expenditure 2020-21 ..."), nor a figure for a year ("in 2020") from
      text naming only other years;
    * "how many days / weeks / months ..." needs that unit of time in the quote, and "how
      long does ...?" a length of time ("5 working days"; "how long has it been going?"
      is answered by "founded in 1996");
    * a numbered provision or level ("section 11 of the Children Act 2004", "level 4")
      must be named in the quote;
    * a place or organisation the question is scoped to ("the population of Birmingham"),
      or a law named after someone ("clare's law"), must be named in the passage the
      answer comes from (its title, section or text);
    * "s47" / "s.11" are sections 47 and 11, named as above;
    * a programme named by an everyday word ("a prevent referral", "the channel panel",
      :data:`_PROGRAMMES`) must be named as the programme where the answer comes from;
    * opening hours ("is the MASH 24/7?") need hours in the quote;
    * a retention period ("how long should a school keep a CP file?") needs a length of
      time said of keeping something;
    * a breakdown between named categories ("neglect vs emotional abuse vs sexual
      abuse") needs one of them named, and a breakdown by a dimension ("an ethnicity
      breakdown", "split by age", :data:`_BREAKDOWNS`) that dimension;
    * a date asked for ("when did X start?", "what year ...?") needs a date (:data:`_DATED`);
    * a percentage needs digits (or a fraction or majority), a rate "per 10,000" needs
      "per 10,000", and a threshold or criteria asked for needs one stated;
    * a count beside a figure the message quotes or asked for as "the raw number" comes
      from a quote naming what is counted;
    * a rate named by what it is of ("the social worker vacancy rate") needs that named; a
      measure asked for a role ("the caseload for a health visitor") needs the role where
      the answer comes from; an entitlement claimed ("can victims claim compensation?")
      needs it named; a protocol or guidance named by its subject ("the safe sleep
      guidance") must be the one the answer comes from; and an acronym naming what a count
      counts ("NRM referrals", or the topic of a bare "... - how many got X?") must be in
      the figure's own unit or its passage;
    * a figure for a group (:data:`_GROUPS_ASKED`: "how many were girls?", "by month",
      "which ward", "how many were adopted?") needs the group named; a case named by its
      letter ("young person J"), statutory or national guidance (KCSIE, Working Together)
      and an Act ("the DA act") must be named where the answer comes from; an inspection
      grade needs one of Ofsted's grades; "the maximum time" and "avg wait" need a length
      of time; a day asked ("as at 31st march 2021") is not answered by a figure dated to
      another; convictions, arrests and offences counted must be named; a world figure
      does not answer a question about a place the corpus is about; and a sum charged
      "for X" names X. ("Covid 19" is no figure.)
    * a kind of exclusion, an outcome or a status counted ("permanent exclusions", "ended
      in ... being dismissed", "are young parents"), a heritage and an age band ("under
      5", or a range, "aged 16-17") are named, as is a team, ward or locality a count is
      scoped to ("in the north harrow team", :data:`_SCOPE_UNIT`); a breakdown's quote
      names what is broken down (``paragraphs``; a topic named by acronym may be named by
      its expansion); a
      comparison with another year needs a change or two years; a name capitalised
      mid-sentence is named where the answer comes from; a legal outcome is named beside
      who it is about, and what happened later is said; "the next" event is not the last; a
      share names what it is of; "who chairs / leads X?" is answered by a quote saying so;
      a body's findings ("what did the ofsted inspection say") come from where it is named;
      a term spelled out in what is counted ("children in need") is named where the figure
      is.

    Args:
        question: the question.
        qtype: :func:`question_type` of the question.
        quoted: texts of the selected units, best first.
        context: the best unit's text with its section path and table header.
        passage_text: title, section path and text of the best unit's passage.
        home_places: places the corpus is about (named in a large share of its chunks,
            e.g. "harrow"): a question about them needs no passage naming them.
        terms: the glossary's acronyms and programme names (upper case): one typed in
            lower case in what a "how many" question counts ("how many prevent
            referrals") must be in the answer's passage, as an acronym must.
        paragraphs: for each quote, its paragraph with its heading (and a table row's
            header row): where a breakdown's quote must name what is broken down.

    Returns:
        a phrase for the refusal ("a telephone number for this", "this figure",
        "figures for 2019-20", "anything on section 11", "anything about a place or
        organisation the question names"), or ``None``.
    """
    text = "\n".join(quoted)
    # (not in an earlier part's question repeated as the scene: "how many level 2 sessions
    # did VAH deliver - how many organisations did it support?")
    clauses = [c for c in CLAUSE_SPLIT.split(question.strip()) if c]
    asking = asking_clauses(question)
    own = " ".join(c for c in clauses if c in asking or not WH_OPENING.match(c)) if asking != [question] else question
    # ("s47", "s.11", "s47s": a section of an act)
    for label, num in _NUMBERED.findall(re.sub(r"(?<![’'\w.])s\.?\s?(\d{1,3})s?\b", r"section \1", own)):
        # "section 11 of the Children Act": an answer about section 16 is not an answer
        # "stage 2" is also named by "at stage 1 or 2"
        listed = r"(?:\d+[a-z]?\s*(?:,|or|and|&|-|–|to)\s*)*"
        # ("s11" is section 11)
        short = rf"|\bs\.?\s?{re.escape(num)}\b" if label.lower() == "section" else ""
        if not re.search(rf"\b{label[:4]}\w*\.?\s*{listed}{re.escape(num)}\b{short}", text + "\n" + context, re.I):
            return f"anything on {label.lower()} {num}"
    # contact details are asked for only in the asking clause, never by a redaction
    # placeholder ("mum's mobile is [PHONE], what does the report say about neglect?")
    asked = re.sub(r"\[[A-Z_]+\]", " ", " ".join(asking_clauses(question)))
    if _PERSON_Q.search(asked):
        # "what's the name of harrow's designated nurse?" needs a person's name, not the role
        # (a person's name: "Child Safeguarding Practice Review" is capitalised, but no one's)
        if not has_person_name(text, question):
            return "the name of the person asked about"
    for asked_re, named_re in _PROGRAMMES:
        # "what are the steps for a prevent referral?": the programme, not the verb, must be
        # named where the answer comes from
        if asked_re.search(question) and not named_re.search(text + "\n" + context + "\n" + passage_text):
            return "anything on that programme"
    have = set(analyze(text + "\n" + context))
    rate = _NAMED_RATE.search(asked)
    if rate and qtype == "number" and not set(analyze(rate.group("what"))) - _GENERIC_STEMS <= have:
        # "what's the social worker vacancy rate?" is not answered by another rate ("75% of
        # parents received social worker reports ..."): what the rate is of must be named
        return "this figure"
    for_role = _ROLE_MEASURE.search(asked)
    if for_role and not set(analyze(for_role.group("role") or for_role.group("role2"))) <= set(
            analyze(text + "\n" + context + "\n" + passage_text)):
        # "what's the recommended caseload for a health visitor?" is not answered by the
        # IROs' caseloads: the role a measure is asked for must be where the answer is
        return "anything about that role"
    for instrument in _INSTRUMENT.finditer(asked):
        # "what's harrow's safe sleep guidance?", "what does the bruising protocol say?": a
        # protocol or guidance named by its subject must be the one the answer comes from
        # (an acronym may be named by its expansion: "the DNA procedure", "Was not Brought")
        named = set(analyze(instrument.group("mod"))) - _INSTRUMENT_STOP
        seen = set(analyze(text + "\n" + context + "\n" + passage_text))
        if named and not named <= seen and not any(set(analyze(e)) <= seen for e in load_glossary().expand(instrument.group(0))):
            return "anything on that guidance"
    claim = _CLAIM_Q.search(asked)
    if claim and qtype != "number" and not set(analyze(claim.group("what"))) - _GENERIC_STEMS <= have:
        # "can victims claim compensation?" needs the compensation named, not a sentence
        # about what victims suffer (an amount asked, "... and how much?", is the figure
        # rules' to judge)
        return "anything about this entitlement"
    if _GRADE_Q.search(asked) and _INSPECTED.search(question) and not _GRADE.search(text):
        # "what grade did ofsted give harrow children's services?" is not answered by "...
        # something considered a success in a recent Ofsted Inspection": a grade is named
        return "an inspection grade"
    if HOURS_Q.search(" ".join(asking_clauses(question))) and not _HOURS.search(text):
        # "is the MASH 24/7?" is not answered by what the MASH is
        return "opening hours for this"
    if re.search(r"\b(?:maximum|max|minimum|min|longest|shortest)\s+(?:amount of\s+)?(?:time|length of time|period|duration)\b", asked, re.I) \
            and not _DURATION.search(text):
        # "what's the maximum time a child can be kept in police protection?" is not
        # answered by a panel scrutinising "the duration of child protection plans"
        return "a length of time"
    if _KEEP_Q.search(question) and not (_DURATION.search(text) and re.search(r"\b(?:keep|kept|retain\w*|retention|store[sd]?|destroy\w*|held for)\b", text, re.I)):
        # "how long should a school keep a pupil's CP file - what's the retention period?"
        # (asked in the scene as often as in the asking clause)
        return "a length of time"
    # a breakdown between named categories ("how many were under neglect vs emotional abuse
    # vs sexual abuse?") needs at least one of them named in the answer
    # (in the sentence that has them: "... neglect vs emotional abuse? need the category split")
    versus = next((c for c in re.split(r"[?;]|\.\s", asked) if re.search(r"\s(?:vs\.?|versus)\s", c, re.I)), asked)
    items = re.split(r"\s+(?:vs\.?|versus)\s+", versus.strip().rstrip(" ?"), flags=re.I)
    if len(items) >= 2 and not any(WH_OPENING.match(i) or len(i.split()) > 4 for i in items[1:]):
        items = [" ".join(items[0].split()[-2:])] + items[1:]
        named = [set(analyze(i)) - _GENERIC_STEMS - set(analyze("under abuse harm")) for i in items]
        named = [n for n in named if n]
        # (a sex is named in the report's words: "the girls vs the boys" by "43% of females")
        named = [n | set().union(*(_SEX_STEMS[w] for w in n if w in _SEX_STEMS)) for n in named]
        if len(named) >= 2 and not any(n & set(analyze(text + " " + context)) for n in named):
            return "figures for these categories"
    if (qtype == "number" and re.search(r"%|\bper ?cent|\bpercentage\b", asked, re.I)
            and not re.search(r"\d\s?%|\d\s?per ?cent\b|\bout of\b|\b\d+\s+(?:in|of)\s+(?:every\s+|the\s+)?\d|\d\s*/\s*\d", text, re.I)
            and not re.search(r"\b(?:all|none|half|every|nobody|no one|quarters?|thirds?|fifths?|majority|minority)\b", text, re.I)):
        # "what actually is the england avg % ...?" is not answered by "for the past two
        # years we have exceeded the England average": a percentage is written in digits
        # (as a percentage or "x out of y": not ages, "care leavers aged 19-21")
        return "this figure"
    if re.search(r"\b(?:what|whats|what's)\b[^?]{0,20}\b(?:threshold|thresholds|criteria|eligibility)(?:\s+(?:for|to|of)\b|\s*\?|\s*$)", question, re.I) and not re.search(
            r"\bthreshold|\bcriteri|\beligib|\bqualif|\bmeets?\s+the\b|\bmet\b|\blevel of (?:need|risk)|\bsignificant harm\b|\bhigh[- ]risk\b",
            text, re.I):
        # "whats the threshold for a marac referral?" is not answered by "Cases referred to
        # the MARAC ... have seen a steady rise": the answer must say what the bar is
        return "the threshold or criteria for this"
    if _LEGAL_OUTCOME_Q.search(asked):
        # "was the trafficker in albert's story ever convicted?" is not answered by "He is
        # helping police with an on-going investigation", nor "what sentence did the
        # traffickers get?" by a care leaver's "Sentenced to Custody": a legal outcome is
        # named in a quote whose paragraph or heading names who or what the question is about
        subject = set(analyze(_LEGAL_OUTCOME_Q.sub(" ", asked))) - _GENERIC_STEMS - _LEGAL_STOP
        if not any(_LEGAL_OUTCOME.search(q) and (not subject or subject & set(analyze(
                q + "\n" + (paragraphs[k] if k < len(paragraphs) else "") + ("\n" + context if k == 0 else ""))))
                   for k, q in enumerate(quoted)):
            return "what the outcome was"
    share_of = _SHARE_OF.search(asked) if qtype == "number" else None
    if share_of:
        # "what % of initial health assessments for looked after children were done within
        # 20 working days?" is not answered by a care leavers' "3.8% Age assessment ...":
        # what the share is of is named in the answer's passage, all but one of its words
        # (a third of them, for a long one)
        # (an acronym names its expansion's words and the other way round: "ICPCs" names
        # "initial cp conferences")
        need = set(analyze(share_of.group("np"))) - _GENERIC_STEMS
        seen = set(analyze(_with_term_names(text + "\n" + context + "\n" + passage_text)))
        if len(need - seen) > max(1, len(need) // 3):
            return "this figure"
    does = _WHO_DOES_Q.match(asked.strip())
    if does and not re.search(_DOER_WORDS[_doer_verb(does.group("verb"))], text + "\n" + context, re.I):
        # "who chairs the MARAC in harrow?" is not answered by "Cases referred to the MARAC
        # ... have seen a steady rise": the answer says who chairs, leads or runs it
        return "who does this"
    said_by = _SAID_BY.search(asked)
    if said_by:
        # "what did the ofsted inspection in 2019 say about the mash?" is not answered by
        # the MASH's referrals: the body or inquiry asked about is where the answer comes from
        need = set(analyze(said_by.group("src"))) - _GENERIC_STEMS - _SOURCE_WORDS
        if need and not need <= set(analyze(text + "\n" + context + "\n" + passage_text)):
            return "anything from that source"
    if _NEXT_Q.search(asked) and not re.search(r"\b(?:next|will|planned|plans? to|upcoming|forthcoming|future|coming|scheduled)\b", text, re.I):
        # "when is the next harrow safeguarding conference?" is not answered by "Our 2021
        # joint conference ..."
        return "anything about the next one"
    if _LATER_Q.search(asked) and not _LATER.search(text):
        # "what happened to child M's siblings afterwards?" is not answered by "the
        # experience of Child M's siblings were not adequately explored": what came after
        return "what happened afterwards"
    if _COMPARED_Q.search(asked) and not _TREND.search(text + "\n" + context) and len(periods(text + "\n" + context)) < 2:
        # "how many contacts to the mash - and how does that compare with last year?" is
        # not answered by this year's total alone: a change or two years are given
        return "a comparison with another year"
    per = re.search(r"\bper\s+(\d[\d,]*|hundred|thousand|head|capita)\b", asked, re.I)
    if qtype == "number" and per and not re.search(rf"\bper\s+{re.escape(per.group(1))}\b", text + "\n" + context, re.I):
        # "whats the england rate of cp plans per 10,000 kids?" is a rate per 10,000: not
        # answered by another measure's percentage
        return "this rate"
    for case in _CASE_LABEL.finditer(question):
        # "young person J - how old was he when he died?" is not answered by a story about
        # Albert: a case named by its letter must be the one the answer comes from
        label = rf"(?i:\b(?:child|young person|yp|family|baby|adult|sibling))\s+['‘’\"]?{case.group('l')}['’\"]?(?![\w’'])"
        if not re.search(label, text + "\n" + context + "\n" + passage_text):
            return "anything on that case"
    asked_dates = _full_dates(question)
    given_dates = _full_dates(text + "\n" + context)
    if asked_dates and given_dates and not asked_dates & given_dates:
        # "care leavers - how many on 31/03/2021?" is not answered by "On 31/03/2020 there
        # were 194 ...": a figure dated to another day
        return "figures for " + sorted(asked_dates)[0].replace("-", "/")
    last_asked = asking_clauses(question)[-1]
    for group_re, named_by in _GROUPS_ASKED:
        # "cp plans - how many were girls?" is not answered by the number of CP plans, nor
        # "which ward had the most MASH contacts?" by the MASH's total: a figure for a
        # group (a sex, an ethnicity, a school phase, a month, a ward, a source, an outcome)
        # must name that group
        if (qtype in ("number", "when", "general") and group_re.search(last_asked)
                and (qtype == "number" or _WHICH_GROUP.search(last_asked))
                and not named_by.search(text + "\n" + context)):
            return "figures for that group"
    outcome = _OUTCOME_ASKED.search(last_asked) if qtype == "number" else None
    if outcome and not re.search(rf"\b{outcome.group('stem')}", text + "\n" + context, re.I):
        return "figures for that group"
    for dim, named_by in _BREAKDOWNS:
        # "do we have an ethnicity breakdown of the 298 children on cp plans?" is not
        # answered by the total: the answer must be broken down that way
        if dim.search(asked) and not named_by.search(text + "\n" + context):
            return "a breakdown of this"
        if dim.search(asked):
            # "the home educated kids - is there an ethnicity breakdown anywhere?" is not
            # answered by the missing children's ethnicity row: a quote naming the dimension
            # names what is broken down too (a word of the question's topic, in the quote's
            # paragraph or heading: "There are 2 strands - one for primary school ages ..."
            # follows the sentence naming the Met's early engagement project)
            topic = (set(analyze(_MONTHS_AND_NUMBERS.sub(" ", dim.sub(" ", question)))) - _GENERIC_STEMS - _BREAKDOWN_STOP
                     - set(analyze(named_by.pattern.replace("\\b", " "))))
            # (a topic named by acronym is named by its expansion too: "ehe numbers? split
            # by sex?" / "... electively home educated. Of these 154 were girls ...")
            spelled = [naming for asked_, naming in load_glossary().equivalents(question) if asked_ & topic]

            def names_topic(where: set[str]) -> bool:
                return bool(topic & where) or any(naming <= where for naming in spelled)

            if topic and not any(named_by.search(q) and names_topic(set(analyze(
                    q + "\n" + (paragraphs[k] if k < len(paragraphs) else "") + ("\n" + context if k == 0 else ""))))
                                 for k, q in enumerate(quoted)):
                return "a breakdown of this"
    role = _ROLE_Q.match(asked.strip().lower())
    if qtype == "who" and role and not _NOT_ROLE.match(role.group("role")):
        # "who is harrow's director of children's services?" is not answered by "Dez is
        # the Director of Research in Practice": every word of the role must be in the
        # best sentence or its context
        # (the role, not a relative clause about its holder or a word dating it: "the ex
        # chief crown prosecutor who spoke")
        role_words = re.split(r"\s+(?:who|that|which|whom)\s+", role.group("role"))[0]
        # (nor what they did there: "the former chief crown prosecutor speaking")
        role_words = re.sub(r"\s+(?:speaking|presenting|talking|giving|delivering|attending|hosting|chairing|opening|"
                            r"closing|addressing|appearing|there|at|on|in)\b.*$", "", role_words)
        role_words = re.sub(r"\b(?:ex|former|previous|old|then|current|new|acting|interim)\b-?", " ", role_words)
        need = {s_ for s_ in analyze(role_words) if s_ not in _GENERIC_STEMS}
        best_text = (quoted[0] if quoted else "") + "\n" + context
        if need & _BOARD_STEMS and _BOARD_STEMS & set(analyze(best_text)):
            # the report calls one body the board, the partnership, the HSCB and the HSP:
            # "the independent chair of the board" is "Independent Chair ... Harrow
            # Safeguarding Partnership"
            need -= _BOARD_STEMS
        # (an acronym in the answer may spell the role out: "the school's DSL")
        if need - set(analyze(best_text)) and not any(
                spelled_out(a, role.group("role")) for a in re.findall(r"\b[A-Z][A-Z0-9&]{1,9}\b", best_text)):
            return "who holds this role"
        if _POST.search(role.group("role")) and not has_person_name(best_text, question):
            return "who holds this role"
    if (qtype in ("number", "when", "general", "frequency", "list", "who") and _LEGAL_Q.search(question)
            and not _LEGAL.search(text + "\n" + context)):
        # "what's the statutory max timescale for an assessment?" is not answered by a
        # local service's practice ("the plan within 5 working days"): the answer must
        # speak of a law, duty or requirement
        return "what the law or statutory guidance requires here"
    timed = timed_event(asked)
    if timed:
        # "within how many working days must a strategy discussion be held?" is not
        # answered by a conference service's "Record of Conference within 5 working days":
        # the event timed must be named in the answer or its heading
        # (in one quoted sentence with the heading: "how many working days do I have to
        # complete a child and family assessment?" is not answered by a list of conference
        # figures that names a child, a family and an assessment in three items)
        # (and gives a time: "what is the timescale for a marac referral?" is not answered
        # by "Domestic abuse related referrals into the MASH increased by 9%" under a
        # passage on MARAC, beside a conference's "decision letter in 24 hours")
        # (``context`` is the first quote's heading: a later quote, from another passage,
        # names the event itself)
        if all(_unnamed_event(timed, q + "\n" + context if k == 0 else q) or not _TIMING.search(q)
               for k, q in enumerate(quoted or [""])):
            return "a timescale for this"
    for act in re.finditer(r"\bthe\s+(?P<name>(?:[a-z'’]+\s+){1,4}?)act\b", question, re.I):
        # "what does the modern slavery act say businesses must do?", "under the children
        # act who has parental responsibility?": an Act named must be named where the
        # answer comes from
        # (an acronym may name it: "the DA act" is the Domestic Abuse Act)
        name = act.group("name").strip()
        names = [name] + [t.expansion for t in load_glossary().find_terms(name.upper()) if t.expansion]
        if not re.match(r"(?:way|how|time|need|right|first|quick|same)\b", name, re.I) and not any(re.search(
                rf"\b{re.escape(n)}\s+act\b", text + "\n" + context + "\n" + passage_text, re.I) for n in names):
            return "anything on that Act"
    glossary = load_glossary()
    for doc in glossary.find_terms(question):
        # "under KCSIE, how often should DSLs get refresher training?" is not answered by
        # Harrow's DSL forum: statutory guidance named must be named where the answer is
        if "statutory guidance" in doc.related and not glossary.names_term(doc, text + "\n" + context + "\n" + passage_text):
            return "anything from that guidance"
    if re.search(r"\bworking together\b(?!\s+(?:with|on|to (?!safeguard)|across|between))", question, re.I) and not re.search(
            r"\bworking together\b", text + "\n" + context + "\n" + passage_text, re.I):
        return "anything from that guidance"
    term = _DEFINED.match(asked.strip()) if qtype == "define" else None
    if term and not asked_acronym(question):
        # "what is a strategy discussion?" is not answered by "Discussing and sharing in
        # team and group meetings": the term's words must be in the answer or its heading
        need = {s_ for s_ in analyze(term.group("term")) if s_ not in _GENERIC_STEMS}
        if need - set(analyze(text + "\n" + context)):
            return "a definition of this"
    if _AGE_Q.search(asking_clauses(question)[-1]) and not _AGE.search(text):
        # "what is the age of criminal responsibility?", "up to what age can a care leaver
        # stay?" are not answered by a passage giving no age
        return "an age for this"
    age_of = _AGE_OF.search(asking_clauses(question)[-1])
    if age_of and not any(_AGE.search(q) and not (set(analyze(age_of.group("subj"))) - _GENERIC_STEMS) - set(analyze(q + "\n" + context))
                          for q in quoted):
        # "what's the age of criminal responsibility?" is not answered by "3.8% Age
        # assessment determined child is aged 18 or over": one sentence gives an age and
        # names what it is the age of
        return "an age for this"
    band = _AGE_BAND.search(asking_clauses(question)[-1])
    if (qtype == "number" or re.search(r"%|\bper ?cent|\bproportion\b", asked, re.I)) and band and not (
            _AGE.search(text + "\n" + context) and _band_named(band.group(0), text + "\n" + context)):
        # "young carers - how many are under 10?" is not answered by figures with no age,
        # nor "cp plans - how many were under 5?" by a row for "Ages 5-18"
        return "figures for this age group"
    scope = _SCOPE_UNIT.search(asked)
    if qtype == "number" and scope:
        # "how many cp plans were there in the north harrow team?" is not answered by the
        # borough's figure: a team, ward or locality a count is scoped to is named where
        # the figure is
        need = set(analyze(scope.group("name"))) - _GENERIC_STEMS - set(analyze(" ".join(home_places)))
        if need and not need & set(analyze(text + "\n" + context + "\n" + passage_text)):
            return f"figures for that {scope.group('unit').lower().rstrip('s')}"
    if _PHONE_Q.search(asked) and not _PHONE.search(text):
        return "a telephone number for this"
    service = _NUMBER_FOR.search(asked)
    if service and _PHONE_Q.search(asked):
        # "what's the phone number for harrow MASH?" is not answered by the police's 101
        # in a passage that never names the MASH: a sentence giving a number names what
        # it is for (a particular word of it, the heading counting)
        need = set(analyze(service.group("svc"))) - _GENERIC_STEMS - set(analyze(" ".join(home_places))) - set(analyze(
            "phone telephone number contact line team service out hours emergency duty"))
        if need and not any(_PHONE.search(q) and need & set(analyze(q + "\n" + context + "\n" + passage_text)) for q in quoted):
            return "a telephone number for this"
        if re.search(r"\bchild(?:ren)?['’]?s?\s+(?:services|social care)\b|\bsocial care\b", service.group("svc"), re.I) and not re.search(
                r"\bchild(?:ren)?['’]?s?\s+(?:services|social care)\b|\bsocial care\b|\bEDT\b|\bemergency duty\b|\bMASH\b|\bfront door\b",
                "\n".join(quoted) + "\n" + context + "\n" + passage_text, re.I):
            # "what's the out of hours number for harrow childrens services?" is not answered
            # by the slavery helpline: children's services (their MASH or emergency duty
            # team) are a service of their own
            return "a telephone number for this"
    costed = _COST_OF.search(asked) or _CHARGED_FOR.search(asked)
    if costed and _MONEY_Q.search(asked):
        # "how much does an enhanced DBS check cost?" is not answered by a budget line
        # that never names a DBS check
        need = set(analyze(costed.group("np"))) - _GENERIC_STEMS - _CLASS_WORDS
        if need and not need & set(analyze(text + "\n" + context)):
            return "an amount of money for this"
    nations = ("england", "uk", "britain", "great britain", "wales", "scotland")
    if qtype == "number" and _NATIONAL.search(asked) and not [p for p in named_places(asked) if p not in nations]:
        # "how many children are on CP plans across england?" is not answered by a
        # Harrow figure beside "the England average": a sentence giving a figure names
        # the country (or "national") and no place of its own ("our", "we" count as one)
        if not any(_has_figure(q) and (_NATIONAL.search(q) or re.search(r"\b(?:england|uk|britain|wales|scotland|national\w*)\b", q, re.I))
                   and not [p for p in named_places(q) if p not in nations] and not re.search(r"\b(?:our|we)\b", q, re.I)
                   for q in quoted):
            return "figures for the whole country"
    if _DATE_Q.match(asking[-1].strip()) and not _DATED.search(text):
        # "when did chris miller start as independent chair?" is not answered by his
        # signature; a date asked for needs one in the answer
        return "a date for this"
    if _EMAIL_Q.search(asked) and not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text):
        return "an email address for this"
    if _WEB_Q.search(asked) and not re.search(r"https?://|www\.|\b[\w-]+\.(?:gov|org|co|com|nhs)\b", text):
        return "a web address for this"
    if _POSTAL_Q.search(asked) and not re.search(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", text):
        return "a postal address for this"
    if qtype == "number":
        # ("Covid 19" names a disease, not a figure)
        text = re.sub(r"\bcovid[\s-]*19\b", "Covid", text, flags=re.I)
        # a figure the question gives is not its answer ("albert was sold for £3000 - how
        # much was he promised?" is not answered by "sold ... for £3,000")
        given = {re.sub(r"[£,%\s]", "", n) for n in _NUMBER.findall(PERIOD.sub(" ", question)) if re.search(r"\d", n)}
        if given:
            text = _NUMBER.sub(lambda m: " " if re.sub(r"[£,%\s]", "", m.group(0)) in given else m.group(0), text)
        # "how long has it been going" is answered by a year ("since 1996")
        years_count = re.search(r"\bhow long\b|\bsince\b", question, re.I) is not None
        if not (_PHONE_Q.search(question) or re.search(r"\bwhat number\b|\bnumber (?:to|should|do|can|for)\b|\bwho do i (?:call|ring|phone)\b", question, re.I)):
            text = _PHONE.sub(" ", text)  # a helpline number is not a figure
        nums = [n for n in _NUMBER.findall(PERIOD.sub(" ", text))
                if years_count or not re.fullmatch(r"(19|20)\d{2}", n.strip(" ,"))]
        if (not nums and not re.search(r"\b(one|none|no one|nobody|single|once)\b", text, re.I) and not _free(question, text)
                and not counts_in_words(question, text)):
            return "this figure"  # ("how much does it cost to call?" is answered by "Free from landlines")
        legal_count = _LEGAL_COUNT.search(" ".join(asking_clauses(question)))
        lead = quoted[0] if quoted else text
        if legal_count and not (re.search(rf"\b{legal_count.group('noun').split()[-1][:6]}", lead + "\n" + context, re.I)
                                and (not legal_count.group("mod") or re.search(rf"\b{legal_count.group('mod')[:5]}", lead + "\n" + context, re.I))):
            # "how many convictions for modern slavery were there?" is not answered by "an
            # estimated 29.8 million slaves around the world"
            return "a count of this"
        if home_places and _WORLDWIDE.search(lead) and not _WORLDWIDE.search(question) and not any(
                p_.lower() in lead.lower() for p_ in home_places):
            # "how many slavery victims are there in harrow?" is not answered by the world's
            # 29.8 million
            return "figures for that place"
        among = _AMONG_SCOPE.match(question)
        if among and _COUNT_Q.search(question):
            # "of the home educated children in the report, how many were primary age?" is
            # not answered by "one for primary school ages and the other for high school
            # children": the group a count is taken among is named where the figure is
            # (the group's own noun phrase, before what places or dates it: "trafficking
            # victims" of "trafficking victims found in 2013"; or a phrase the glossary
            # gives for it: "kicked out of school for good" is "permanent exclusion"; in
            # the quote, its heading or its passage)
            core = re.split(r"\s+(?:found|in|from|during|who|that|with|at|on|since|over|for|across)\b", among.group("np"), maxsplit=1)[0]
            seen = set(analyze(_with_term_names(lead + "\n" + context + "\n" + passage_text)))
            named = [need for need in (set(analyze(ph)) - _GENERIC_STEMS for ph in [core] + load_glossary().expand(among.group("np")))
                     if need and need <= seen]
            if set(analyze(core)) - _GENERIC_STEMS and not named:
                return "figures for that group"
        figures_of = _FIGURES_OF.search(" ".join(asking_clauses(question)))
        if figures_of:
            # "what were harrow's fixed-term exclusion figures for secondary schools?" is
            # not answered by the board-attendance row "Schools - Secondary | 4/6*": one
            # word of what the figures are of (an acronym, or its expansion) is named where
            # the figure is
            where = lead + "\n" + context + "\n" + passage_text
            words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", figures_of.group("np"))
                     if not set(analyze(w)) <= _GENERIC_STEMS | _FIGURES_OF_GENERIC]
            if words and not any(
                    (re.search(rf"\b{re.escape(w)}s?\b", where, re.I) or spelled_out(w.upper(), _plain(where)))
                    if w.upper().rstrip("S") in terms or w.upper() in terms
                    else set(analyze(w)) & set(analyze(where))
                    for w in words):
                return "figures on " + " ".join(words).lower()
        counted = _COUNTED.search(question)
        phrase = (counted.group(1) or counted.group(2) or "") if counted else ""
        topic_of = re.match(r"^\s*(?P<np>(?:[A-Za-z][\w'’/-]*\s+){0,2}?[A-Za-z][\w'’-]*[a-z]s)\b[^?]{0,100}?\s[-–—:]\s+how many\b", question)
        if not phrase.strip() and topic_of:
            # "nrm referrals for 20/21 - how many got a positive decision?" counts what the
            # topic's opening plural names
            phrase = topic_of.group("np")
        named = re.findall(r"\b([A-Z][A-Z0-9&]{1,9})s?\b", phrase)
        named += [w for w in re.findall(r"\b([A-Za-z]{3,9}?)s?\b", phrase)
                  if w.upper() in terms and w.upper() not in named]
        for acr in named:
            # "how many NRM referrals ...?": what is counted is named by its acronym, which
            # the answer's passage must use or spell out
            # (the figure's own unit: a supporting sentence about the National Referral
            # Mechanism does not make a CP-plan figure a count of NRM referrals)
            lead = quoted[0] if quoted else text
            if not re.search(rf"\b{re.escape(acr)}s?\b", lead + "\n" + context + "\n" + passage_text, re.I) \
                    and not spelled_out(acr, _plain(lead + "\n" + passage_text)):
                return f"figures on {acr.upper()}"
        counted_at = re.search(r"\b(?:how many|(?:the\s+)?(?:number|no\.?|total) of)\s+(?P<np>[^?]{3,50})", " ".join(asking_clauses(question)), re.I)
        for term in load_glossary().terms.values() if counted_at else ():
            # "how many children in need were there ...?" (the term spelled out) is not
            # answered by the children looked after: what is counted is named where the
            # figure is
            # (each word may be plural: "children in need" spells out "Child in Need")
            spelled = term.expansion and re.search(r"\b" + r"\s+".join(rf"{re.escape(w)}(?:s|es|ren)?" for w in term.expansion.split()) + r"\b",
                                                   counted_at.group("np"), re.I)
            lead = quoted[0] if quoted else text
            where = lead + "\n" + context + "\n" + passage_text
            # (named by its acronym, or by its own words in any form: "initial CPCs" and
            # "Child Protection Conferences" name initial child protection conferences)
            if (spelled and len(term.expansion.split()) >= 2 and not load_glossary().names_term(term, where)
                    and not set(analyze(term.expansion)) - _GENERIC_STEMS <= set(analyze(where))):
                return f"figures on {term.expansion.lower()}"
        if (_COUNT_Q.search(" ".join(asking_clauses(question)))
                and (_RAW_COUNT.search(question) or not _CHANGE_Q.search(_NOT_CHANGE.sub(" ", question)))
                and not _TIME_COUNT_Q.search(question)):
            # "how many LADO referrals ... (the raw number, not the %)": a count is not
            # answered by a percentage change ("a slight decline ... of around 14%") or a
            # time span ("in the past three years")
            # (from a quote naming what is counted, when the question says: "how many lado
            # referrals ...?" is not answered by "Number of Contacts in MASH | 9,971" beside
            # the referrals' "down about 14%")
            counted_m = _COUNTED.search(" ".join(asking_clauses(question)))
            # (an acronym counted is judged above, spelled out or not: "how many CLA ...")
            noun_words = [w for w in re.findall(r"[\w'’-]+", (counted_m.group(1) or counted_m.group(2) or "") if counted_m else "")
                          if not re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}s?", w) and w.upper().rstrip("S") not in terms and w.upper() not in terms]
            noun = set(analyze(" ".join(noun_words))) - _GENERIC_STEMS
            # (a percentage or a figure of three digits or more the message quotes: not "19/20")
            given_figures = {n for n in _NUMBER.findall(PERIOD.sub(" ", question))
                             if re.search(r"\d", n) and (n.strip().endswith("%") or len(re.sub(r"\D", "", n)) >= 3)
                             and not re.fullmatch(r"(19|20)\d{2}", n.strip(" ,"))}
            # (only when the message gives a figure or asks for the raw number: elsewhere
            # what is counted may be named another way, "SWs" by "social workers")
            naming = [q for q in quoted if set(analyze(q)) & noun] if noun and (given_figures or _RAW_COUNT.search(question)) else quoted
            if given:
                naming = [_NUMBER.sub(lambda m: " " if re.sub(r"[£,%\s]", "", m.group(0)) in given else m.group(0), q) for q in naming]
            counts = [n for n in _NUMBER.findall(_SPAN.sub(" ", PERIOD.sub(" ", "\n".join(naming))))
                      if not n.strip().endswith("%") and not re.fullmatch(r"(19|20)\d{2}", n.strip(" ,"))]
            if not counts and not re.search(r"\b(one|none|no|no one|nobody|single|once|all|every)\b", "\n".join(naming) or text, re.I):
                return "a count of this"
        asked = periods(question)
        named = periods(context)
        if asked and named and not asked & named:
            return "figures for " + ", ".join(sorted(asked))
        # a bare year ("referred into the NRM in 2020") is not answered by text that names
        # only other years ("90 were UK nationals in 2013"); a period covers both its years
        years = set(_YEAR_Q.findall(PERIOD.sub(" ", question)))
        if years and not asked:
            covered = years_named(context)
            if covered and not years & covered:
                return "figures for " + ", ".join(sorted(years))
        # "how many weeks' notice ..." asks for a duration: a count of something else
        # ("Number of children fostered privately | 5") does not answer it
        asking = " ".join(asking_clauses(question))
        if _MONEY_Q.search(asking) and not ("£" in text or _free(question, text) or (
                re.search(r"\d", PERIOD.sub(" ", text)) and _MONEY_CONTEXT.search(text + "\n" + context))):
            # "can a survivor claim compensation, and how much?" is not answered by
            # "an estimated 29.8 million slaves around the world", nor "how much did the
            # DfE pay for ...?" by "Six social workers are working in six ... schools" in a
            # paragraph saying the project "is funded by the Department for Education": a
            # sum is £, "free", or digits in a budget's context
            return "an amount of money for this"
        # (the rate of the clause that asks last: "what was he told he'd earn a month -
        # what was he actually paid?" takes "£3-5 a week")
        rate = re.search(r"\b(?:per|a|each)\s+(day|week|month|year|hour|night)\b", asking_clauses(question)[-1], re.I)
        if rate and _MONEY_Q.search(asking) and not re.search(rf"\b(?:per|a|each)\s+{rate.group(1)}\b|/\s*{rate.group(1)}\b|\b{rate.group(1)}ly\b|\bdaily\b", text, re.I):
            return f"an amount per {rate.group(1).lower()}"
        if ((re.search(r"\bhow long\b", asking, re.I) and not re.search(r"\bhow long (?:has|have)\b", asking, re.I)
             or re.search(r"\b(?:average|avg|typical|mean|median|usual)\s+(?:wait|waiting time|wait time|length of time|duration|"
                          r"(?:number of\s+)?(?:days|weeks|months|hours))\b", asking, re.I))
                and not _DURATION.search(text)):
            # "how long does the home office have to decide?" is not answered by
            # "UK National Referral Mechanism Statistics 2013"
            return "a length of time"
        unit = re.search(r"\bhow many (?:working |calendar |school )?(days|weeks|months|years|hours|minutes)\b"
                         r"|\bin (days|weeks|months|years|hours|minutes)\b(?!\s*\d)", question, re.I)
        unit_word = unit and (unit.group(1) or unit.group(2))
        # a count of them: "5 working days", "ten weeks" ("24 hours a day" gives no number of days)
        if unit_word and not re.search(_COUNTED_UNIT.format(unit=re.escape(unit_word[:-1])), text, re.I):
            return f"a number of {unit_word.lower()}"
    if passage_text:
        for law in re.findall(r"\b(?!(?:it|that|this|what|there|here|who|council|harrow|government|country|today|everyone|nobody|england|britain|london|uk)['’]s)"
                              r"([a-z]+)['’]s\s+law\b", question, re.I):
            # a law named after someone ("clare's law", "Sarah's Law") must be named where
            # the answer comes from
            if not re.search(rf"\b{re.escape(law)}['’]?s?\s+(?:law|scheme)\b", passage_text, re.I):
                return "anything on that law"
        # (whitespace as single spaces: a heading ends in a newline, "... GLASGOW\nTARA")
        low = " " + " ".join(re.sub(r"[^\w\s]", " ", passage_text.lower()).split()) + " "
        asking_text = " ".join(asking_clauses(question))
        # a place that sets the scene ("family in belfast - who supports child trafficking
        # victims in northern ireland?") does not scope a question that names its own area
        # (a scene that is itself a question keeps its place: "what's hillingdon's number of
        # CP plans - are they higher than harrow?")
        scoped_elsewhere = (asking_text != question and (named_places(asking_text) or _NATION.search(asking_text))
                            and not WH_OPENING.match(question.strip()))
        # (where someone came from, in the scene, is not where the question is about:
        # "child just moved from croydon on a cp plan - are transfer-in conferences held
        # within timescales?")
        # (in the asking clause only when no count is asked: "how many children moved from
        # brent?" is about Brent)
        came_from = origin_places(question, asking_text, counted=qtype == "number")
        for place in named_places(asking_text if scoped_elsewhere else question):
            if place not in home_places and f" {place} " not in low and place not in came_from:
                # not echoed: a name from the question may be a person's
                return "anything about a place or organisation the question names"
        have = set(analyze(passage_text))
        for m in _PROPER.finditer(" " + question.strip()[0:1].lower() + question.strip()[1:]):
            stems = analyze(m.group("n"))
            if stems and all(s_ not in have for s_ in stems):
                # not echoed: a name from the question may be a person's
                return "anything about a place or organisation the question names"
    for name in _proper_names(question):
        # "under Harrow's Staying Put arrangements, up to what age ...?" is not answered by
        # care leavers' NEET figures: a name the question capitalises mid-sentence must be
        # named where the answer comes from (its words, or an acronym for it)
        seen = set(analyze(text + "\n" + context + "\n" + passage_text))
        if not set(analyze(name)) - _NAME_STOP <= seen and not any(
                glossary.names_term(t, text + "\n" + context + "\n" + passage_text) for t in glossary.find_terms(name)):
            return "anything on " + name
    return None


def _unnamed_event(timed: str, text: str) -> set[str]:
    """Stems of the event a timescale question times (:func:`timed_event`) that ``text``
    (a quoted sentence with its heading) does not name. An acronym in ``text`` names the
    words it spells out ("ICPC" for "initial child protection conference", but "CP" not
    for "CP files"), and one of three letters or more in the question is named by its
    spelling out ("an RHI" by "a return home interview"; "CP records" not by "child
    protection"); a glossary acronym counts in lower case too, "a rhi")."""
    event = {s_ for s_ in analyze(timed) if s_ not in _GENERIC_STEMS and s_ not in _ORDINALS}
    for a in re.findall(r"\b([A-Z][A-Z0-9&]{1,9})s?\b", text):
        event -= set(analyze(" ".join(spelling(a, timed))))
    named = re.findall(r"\b([A-Z][A-Z0-9&]{2,9})s?\b", timed) + [t.acronym for t in load_glossary().find_terms(timed)]
    for a in named:
        if len(a) >= 3 and spelled_out(a, text):
            event -= set(analyze(a))
    return event - set(analyze(text))


#: a question asking for an age
_AGE_Q = re.compile(r"\b(?:what|which) age\b|\bage of (?:criminal|consent|responsibility)\b|\bhow old\b|\bup to what age\b|\bminimum age\b", re.I)
#: an age in an answer: "a 12-year-old boy", "aged 16", "under 18", "only 15 when she arrived"
_AGE = re.compile(r"\b\d{1,2}\s*(?:-|\s)?(?:years?|yrs?|yo|year-old)\b|\baged?\s+\d{1,2}\b|\b(?:under|over|above|below|until|up to|turn(?:s|ed)?|reach(?:es|ed)?)\s+\d{1,2}\b"
                  r"|\b\d{1,2}\+|\b\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\b|\b(?:only|just|was|is|were|are)\s+\d{1,2}\b"
                  r"|\b(?:sixteen|seventeen|eighteen|twenty-one|twenty-five)\b|\bages? of \d", re.I)
#: "the age of criminal responsibility / consent": the age of something named
_AGE_OF = re.compile(r"\bage of (?P<subj>(?:[a-z'’-]+\s+){0,2}?[a-z'’-]{4,})(?=\s+(?:in|for|under|at|is|here|now)\b|\s*[?,.;]|\s*$)", re.I)
#: an age group a count is asked for: "how many are under 10?", "what % were aged 10 to 15?"
_AGE_BAND = re.compile(r"\b(?:under|over|aged|below|above)\s+\d{1,2}s?\b(?![/.,–-]\d)(?!\s*(?:%|per|months?|weeks?|days?|hours?|mins?))"
                       # (not a count of something: "did over 50 young carers ...?")
                       r"(?!\s+(?:[a-z-]+\s+)?(?!years?\b|yrs?\b|(?:year|yr)[- ]?olds?\b)[a-z-]{3,}s\b)"
                       r"|\b\d{1,2}\s*(?:-|to)\s*\d{1,2}\s*(?:year|yr)s?[- ]?olds?\b|\b\d{1,2}[- ]?(?:year|yr)s?[- ]?olds\b"
                       # "how many lac are aged 16-17?"
                       r"|\b(?:aged?|ages)\s+\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\b", re.I)


def _band_named(band: str, text: str) -> bool:
    """Whether ``text`` gives figures for the age band ``band`` as a question words it
    (an :data:`_AGE_BAND` match): "under 5" needs "under 5", "below 5", "younger than 5"
    or a range ending at 4 or 5 ("0-4", "aged 0 to 5"); "over 15" the mirror image; a range
    ("aged 16-17") that range; any other band only an age (:data:`_AGE`). A range
    starting at the bound ("Ages 5-18") is the wrong side of it."""
    m = re.match(r"(?i)(under|below|over|above)\s+(\d{1,2})", band)
    r = re.search(r"(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})", band)
    if not m and r:
        # a range ("aged 16-17") is named as that range
        return bool(re.search(rf"\b{r.group(1)}\s*(?:-|–|to|and)\s*{r.group(2)}\b", text, re.I))
    if not m:
        return True
    n = int(m.group(2))
    ranges = [(int(a), int(b)) for a, b in re.findall(r"\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b", text)]
    if m.group(1).lower() in ("under", "below"):
        return bool(re.search(rf"\b(?:under|below|younger than|less than)\s+(?:the age of\s+|age\s+)?{n}\b", text, re.I)) or any(
            a < b and b in (n - 1, n) for a, b in ranges)
    return bool(re.search(rf"\b(?:over|above|older than)\s+(?:the age of\s+|age\s+)?{n}\b|\b{n}\s*\+|\b{n} and over\b", text, re.I)) or any(
        a < b and a in (n, n + 1) for a, b in ranges)


#: a team, ward or locality a count is scoped to: "... in the north harrow team?", "across
#: the south locality"
_SCOPE_UNIT = re.compile(r"\b(?:in|for|from|at|within|across|covered by)\s+(?:the\s+|our\s+|my\s+|each\s+)?"
                         r"(?P<name>(?:[\w'’-]+\s+){1,3}?)(?P<unit>teams?|wards?|localit(?:y|ies)|patch|area office|cluster)\b", re.I)


#: "how much is / does it cost / can they claim ...": a sum of money is asked for
_MONEY_Q = re.compile(r"\bhow much\b(?!\s+(?:did|has|have|had|does|do|is|was)\s+\S+\s+(?:rise|rose|increase|fall|fell|decline|drop|change|grow|go up|went up))"
                      r"(?=.*\b(?:cost|costs|charge|charged|fee|fees|pay|paid|claim|compensation|spend|spent|money|cash|worth|price|grant|budget|contribut\w*|funding|income|salary|wage|wages|earn|earned|award|allowance)\b)"
                      r"|\b(?:cost|costs|charge|fee|fees|price|compensation|salary|wage|allowance)\b.*\bhow much\b"
                      # "what's the hscb budget for 2021-22?", "what did the ccg put in?"
                      r"|\bwhat(?:'s|’s|s| is| was| were| are)\s+(?:the |their |its |our )?(?:[\w’'-]+ ){0,3}(?:budget|contributions?|outturn)\b"
                      r"|\bwhat did (?:the )?[\w’'-]+ (?:put in\b(?!\s+(?:place|to|for|a|an|the|charge)\b)|contribute|pay in)\b"
                      r"|\bwhat (?:was|were|is|are|did|does|do) (?:[\w’']+ ){0,3}(?:paid|earn|earned|earning|get paid|got paid)\b"
                      # yes/no questions about a price: "does it cost anything to call ...?",
                      # "is the helpline free to call?"
                      r"|\b(?:does|do|will|would) (?:it|this|that|calling|ringing|a call|the [\w ]{2,40}?) cost\b|\bcost anything\b"
                      r"|\bis (?:it|this|that|the [\w ]{2,40}?) free\b|\bfree to (?:call|ring|use|phone)\b|\bis there a (?:charge|cost|fee)\b", re.I)
#: words around a sum of money: a budget table's header, "costs", "funding"
_MONEY_CONTEXT = re.compile(r"£|\b(?:outturn|budget|budgets|cost|costs|spend|spent|income|contribut\w*|funding|funded|"
                            r"grant|grants|paid|pay|worth|expenditure|price|fees?)\b", re.I)
#: a question asking for a count ("how many ...", "the actual number of ...")
_COUNT_Q = re.compile(r"\bhow many\b|\b(?:actual|raw|total|exact) number\b|\bnumber of\b", re.I)
#: ... unless it asks how a count changed ("by how much did ... rise", "what % ...")
_CHANGE_Q = re.compile(r"\bby how much\b|\b(rise|rose|increase|increased|fall|fell|decline|declined|drop|dropped|"
                       r"change|changed|grow|grew|growth|go up|went up|go down|went down|up or down|trend)\b"
                       # "... compared with the year before", "than last year", "vs 2019-20"
                       r"|\b(?:compared?(?: with| to)?|than|vs\.?|versus|on)\s+(?:the\s+)?(?:year before|previous year|last year|prior year|year earlier)\b"
                       r"|\bpercentage\b|\bper ?cent\b|\bproportion\b|\bshare\b|\brate\b|%|\bhow many of the\b|\bout of\b", re.I)
#: "(the raw number, not the %)", "not the trend": asks for a count all the more
_NOT_CHANGE = re.compile(r"\bnot (?:the |a |just )?(?:%|percentage|per ?cent|trend|rate|change)(?: change)?", re.I)
#: "need the raw number", "the actual number": a count, whatever change the message mentions
#: ("report only says down about 14%, need the raw number")
_RAW_COUNT = re.compile(r"\b(?:raw|actual|absolute|real)\s+(?:number|numbers|figure|figures|count|total)\b", re.I)
_TIME_COUNT_Q = re.compile(r"\bhow many (?:working |calendar |school )?(?:days|weeks|months|years|hours|minutes)\b", re.I)
#: a span of time, which is not a count ("in the past three years", "over 12 months")
_SPAN = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:years?|months?|weeks?|days?|hours?)\b", re.I)
_DURATION = re.compile(r"\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                       r"a|an|a few|several|many)\s+(?:more\s+|further\s+|long\s+|whole\s+|full\s+|additional\s+)?(?:working\s+|calendar\s+|school\s+)?(?:days?|weeks?|months?|years?|yrs|hours?|minutes?|mins|decades?)\b"
                       r"|\b(?:since|until|till|up to the age|birthday|fortnight|lifetime|career|overnight|24/7)\b", re.I)

#: a time in an answer to a timescale question: a length of time, or "immediately",
#: "the same day", "the next working day", "within ..."
_TIMING = re.compile(_DURATION.pattern + r"|\b(?:immediately|same day|next (?:working )?day|promptly|without delay|straight away|at once|"
                     r"within|by the end of|no later than)\b", re.I)

#: a sentence counting part of what the sentence before it counted ("Of these, 35 ...")
_PARTITIVE = re.compile(r"(?:Of (?:these|those|which|them|this number|this group)|Of the (?:\w+ )?(?:above|total))\b")
_ANAPHORA = re.compile(r"^(Of these|Of those|Of which|Of this|These|This|They|It|Some|Most|Both|All of these|Many of these|Their|Its)\b")


#: a line that stops mid-sentence: no closing punctuation after a word that needs more
_UNFINISHED = re.compile(r"(?<![.!?:;])\b(?:should|must|can|could|will|would|need to|have to|to|the|a|an|and|or|of|by|on|with|for|please)\s*$", re.I)
_LEAD_IN_END = re.compile(r"(:|\b(including|include|includes|such as|as follows|the following|namely))\s*$", re.I)


def introduces_list(text: str) -> bool:
    """Whether ``text`` (a chunk) ends by introducing a list: its last line ends with a
    lead-in ("... throughout the year, including", "... through:") or announces one ("here
    is a list of some common signs", "the following", "... in a number of ways")."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    return bool(_LEAD_IN_END.search(last) or re.search(r"\bhere (?:is|are)\b|\bas follows\b|\bthe following\b|\blist of\b", last, re.I)
                # "... you can report it in a number of ways" (its ways are the sub-sections)
                or re.search(r"\b(?:in|by|through) (?:a number of|several|many|various|different|these|two|three|four|five|\d+) "
                             r"(?:ways|routes|methods)\s*\.?$", last, re.I))


#: a sentence opening on a thing the sentence before names: "Under this banner ...",
#: "Through this approach ..."
_BACK_NAMED = re.compile(r"(?:(?:under|in|through|with|as part of|from|by|within)\s+)?(?:this|these|such|that)\s+"
                         r"(?:banner|approach|way|model|framework|ethos|arrangements?|scheme|programme|initiative|project|strategy)\b", re.I)


def _with_continuation(units: list[_Unit], group: list[int]) -> list[int]:
    """Extend a one-sentence group with the next sentence of the same paragraph when that
    sentence continues it ("... 299 children were home educated. Of these 154 were girls")."""
    if len(group) != 1:
        return group
    i = group[0]
    u = units[i]
    if u.kind not in ("paragraph", "footnote"):
        return group
    out = [i]
    # a fragment that starts in lower case continues the previous line or sentence
    # (pages that break "1,746 cases reported" / "in the UK in 2013 ..." into two blocks)
    if u.text[:1].islower() and i > 0 and units[i - 1].passage == u.passage and units[i - 1].kind in ("paragraph", "footnote"):
        out.insert(0, i - 1)
    elif (_PARTITIVE.match(u.text) or _BACK_NAMED.match(u.text)) and i > 0 and units[i - 1].passage == u.passage and units[i - 1].line == u.line:
        # ("Under this banner we have prioritised ..." names its banner in the sentence
        # before: 'Our way ... is to adopt a “Think Whole Family” approach.')
        # "Of these, 35 were registered to Harrow schools" says nothing without what
        # "these" are: "A total of 83 children were on the LA's system as young carers."
        out.insert(0, i - 1)
    if i + 1 < len(units):
        nxt = units[i + 1]
        if nxt.passage == u.passage and nxt.line == u.line and _ANAPHORA.match(nxt.text):
            out.append(i + 1)
        elif nxt.passage == u.passage and nxt.kind == "list_item" and _LEAD_IN_END.search(u.text):
            # "... makes use of the following:" / "... attended the DSL Forum, including"
            # is answered by the list that follows
            out.extend(_list_group(units, i + 1))
        elif nxt.passage == u.passage and nxt.kind in ("paragraph", "list_item") and _UNFINISHED.search(u.text):
            # "If you think a person is in immediate danger you should" / "Call the Police
            # on 999 and report it": a line broken off mid-sentence goes on in the next
            out.extend(_list_group(units, i + 1) if nxt.kind == "list_item" else [i + 1])
    return out


#: a question asking where a figure comes from: "where's the figure from?", "what's the
#: source?", "according to who?"
SOURCE_Q = re.compile(r"\bwhere(?:'s|’s| is| does| did| do)? (?:the|that|this|these|those|their|its) (?:figure|number|stat|statistic|estimate|data|"
                       r"count|total)s? (?:come |coming )?from\b|\bwhat(?:'s|’s| is| was) (?:the|their|its) sources?\b|\baccording to (?:who|whom|what)\b"
                       r"|\bsourced? from\b|\bwho (?:says|said|estimates|estimated|counted) (?:so|that|this|it)\b", re.I)


def _with_marked_notes(units: list[_Unit], groups: list[list[int]], passages: Sequence[Passage]) -> list[list[int]]:
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


def _with_footnotes(units: list[_Unit], groups: list[list[int]], asked: set[str], pstems,
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


#: list questions about a document's structure ("what are the main learning headings on
#: the Child M sheet?"): sibling sections answer them, whatever list their text holds
_STRUCTURE_KINDS = {"headings", "subheadings", "sections", "titles", "chapters", "parts"}
#: question share sibling sections must cover to answer a headings/themes question when
#: three or more of them are among the top five passages
STRUCTURE_SECTION_COVER = 0.1
#: list kinds that may be a document's sections or a list's items
_THEME_KINDS = {"themes", "topics", "areas"}
#: share of a list's head cover sibling sections must reach to answer a themes question
THEME_SECTION_SHARE = 1.0


def _section_list(passages: Sequence[Passage], units: list[_Unit], q_stems: dict[str, float],
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
        if c.section not in children or _chunk_ordinal(c.id) < _chunk_ordinal(passages[units[children[c.section]].passage].chunk.id):
            if c.section not in children or units[children[c.section]].passage != u.passage:
                children[c.section] = i
    best: list[int] = []
    best_cover = 0.0
    for (source, parent), children in by_parent.items():
        if len(children) < min_children:
            continue
        stems = set(analyze(parent))
        cover = sum(w for s_, w in q_stems.items() if s_ in stems) / q_total
        firsts = sorted(children.values(), key=lambda i: (_chunk_ordinal(passages[units[i].passage].chunk.id), units[i].start))
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
        if (asked_kind(question) in _STRUCTURE_KINDS | _THEME_KINDS
                and sum(units[i].passage < 5 for i in children.values()) >= 3):
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


def _section_titled(question: str, kind: str, passages: Sequence[Passage], units: list["_Unit"], limit: int = 4) -> list[int]:
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
        heading = set(analyze(_last_section(p.chunk.section)))
        if not (kind_stems <= heading <= want and heading - kind_stems):
            continue
        own = [i for i, u in enumerate(units) if u.passage == pi]
        if own and all(units[i].kind == "paragraph" for i in own):
            return own[:limit]
    return []


def _nested_sections(a, b) -> bool:
    """Whether chunks ``a`` and ``b`` are from the same document and one's section path
    is the other's or inside it ("VAH > Key Achievements > Specific Support:" is inside
    "VAH")."""
    if a.source != b.source or not a.section or not b.section:
        return False
    x, y = a.section.split(" > "), b.section.split(" > ")
    n = min(len(x), len(y))
    return x[:n] == y[:n]


def _chunk_ordinal(chunk_id: str) -> int:
    tail = chunk_id.rsplit("#", 1)[-1]
    return int(tail) if tail.isdigit() else 0


#: a sentence speaking as its organisation ("We run ...", "Our helpline ..."): who "we"
#: are is in the sentence before
_WE_START = re.compile(r"^(?:We|Our|They|Their)\s")


def _last_section(section: str) -> str:
    return section.split(" > ")[-1].strip() if section else ""


def is_person_name(text: str) -> bool:
    """Heuristic: "Nazir Afzal OBE", "Dez Holmes" -> True; "Key findings" -> False.
    Two or three capitalised words (honorifics allowed), none of them a common heading word."""
    words = _strip_honorifics(text).split()
    if not 2 <= len(words) <= 3 or not _NAME.fullmatch(" ".join(words)):
        return False
    common = {"the", "key", "our", "new", "child", "children", "young", "early", "annual", "local",
              "learning", "review", "reviews", "safeguarding", "findings", "support", "training",
              "specific", "core", "specialist", "domestic", "mental", "black", "female", "care",
              "conference", "conferences", "workshops", "workshop", "voice", "impact", "action", "actions",
              "priorities", "performance", "achievements", "developments", "data", "harrow"}
    return not any(w.lower() in common for w in words)


#: titles before a surname ("Ms Patel")
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Cllr", "Lord", "Lady"})
#: capitalised words of bodies and posts, which a person's name does not contain
_NOT_NAME_WORDS = frozenset("""quality assurance subgroup group board partnership council service services team panel
    forum independent chair chairs vice lay member members elected police metropolitan school schools primary
    secondary health trust clinical commissioning hospital university college officer manager director nurse
    designated named lead head business probation sector voluntary community london national social worker
    workers authority local assistant deputy principal public of and for the in""".split())


def has_person_name(text: str, question: str = "") -> bool:
    """Whether ``text`` names a person the ``question`` does not: two capitalised words,
    neither a word of bodies and posts, the first a known given name or neither a common
    English word (:func:`assistant.safety.given_names`, :func:`~assistant.safety.common_words`):
    "Chris Miller Independent Chair ..." -> True; "Chair of Quality Assurance Subgroup",
    "Allegations Against Staff", "Mental Wellbeing" -> False."""
    return bool(person_names(text, question))


def person_names(text: str, question: str = "") -> list[str]:
    """The people ``text`` names that the ``question`` does not, as "Given Family" pairs in
    order of first mention (the test :func:`has_person_name` applies): "Chris Miller
    Independent Chair ..." -> ``["Chris Miller"]``."""
    asked = set(analyze(question))
    given, common = given_names(), common_words()
    found: list[str] = []
    for run in _NAME.findall(text):
        words = run.split()
        for a, b in zip(words, words[1:]):
            pair = f"{a} {b}"
            if (is_person_name(pair) and a.lower() not in _NOT_NAME_WORDS and b.lower() not in _NOT_NAME_WORDS
                    and (a.lower() in given or a.rstrip(".") in _HONORIFICS or not (a.lower() in common or b.lower() in common))
                    and not set(analyze(pair)) <= asked and pair not in found):
                found.append(pair)
    return found


def _strip_honorifics(name: str) -> str:
    return re.sub(r"\s+(OBE|MBE|CBE|QC|KC|DBE)$", "", name.strip())


def _name_in(name: str, text: str) -> bool:
    return _strip_honorifics(name) in text


def defines(question: str, text: str) -> bool:
    """Whether ``text`` reads like a definition of the term asked about in ``question``."""
    m = re.search(r"what (?:is|are|does) (?:an? |the )?(.+?)(?: mean| stand for)?\??$", question.strip(), re.I)
    if not m:
        return False
    term = re.escape(m.group(1).strip())
    return bool(re.search(rf"(?:^|\d\s)(?:the )?{term}\s+(is|are|seeks|refers|means|describes|involves)\b", text, re.I))


_SHARE_WORDS = re.compile(r"\b(per ?cent|half|third|quarter|fifth|majority|minority|proportion)\b", re.I)
_FREQUENCY = re.compile(r"\b(daily|weekly|fortnightly|monthly|quarterly|annually|yearly|every\s+\w+|each\s+(day|week|month|year)|once a \w+|twice a \w+|\d+\s+times)\b", re.I)


#: saying something costs nothing ("Free from landlines", "the service is free"), not
#: "no free time"
_FREE = re.compile(r"(?:^|[.;:!]\s*|\b(?:is|are|it's|its|be|calls?|service|services)\s+)free\b(?!\s+(?:time|will|movement|from (?:harm|abuse|exploitation|slavery)))"
                   r"|\bfree(?:\s+of charge|phone|\s+phone|\s+to (?:call|use|ring|access|attend|join))\b|\bno charge\b|\bat no cost\b", re.I)


def _free(question: str, text: str) -> bool:
    """Whether ``text`` answers a question about cost ("how much does it cost to call?")
    by saying it is free ("Free from landlines and most mobile phones"; not "little or no
    pay ... no free time")."""
    return bool(_MONEY_Q.search(question)) and _FREE.search(text) is not None


def quantifies(question: str, text: str) -> bool:
    """Whether a figure in ``text`` counts everything a "how many X ...?" question counts:
    the words of X (beyond generic ones such as "children") follow one of its numbers
    within four words. "How many initial CPCs ...?": "291 initial CPCs" does, "789 CPCs"
    does not. ``False`` when the question counts nothing specific."""
    m = _COUNTED.search(question.lower())
    want = {s_ for s_ in analyze(m.group(1) or m.group(2) or "") if s_ not in _GENERIC_STEMS} if m else set()
    if not want:
        return False
    for n in re.finditer(r"(?<![\w.])\d[\d,]*(?:\.\d+)?%?", text):
        after = " ".join(re.findall(r"[\w’'\-]+", text[n.end():n.end() + 80])[:4])
        if want <= set(analyze(after)):
            return True
    return False


@lru_cache(maxsize=512)
def _generic_counted(question: str) -> tuple[str, ...]:
    """Stems of what a "how many X ...?" question counts when they are all generic
    ("children"), else ``()`` (cached: asked once per unit of the passages)."""
    m = _COUNTED.search(question.lower())
    words = analyze(m.group(1) or m.group(2) or "") if m else []
    return tuple(words) if words and all(s_ in _GENERIC_STEMS for s_ in words) else ()


def counts_generic(question: str, text: str) -> bool:
    """Whether a figure in ``text`` is directly followed (within two words) by what a "how
    many X ...?" question counts when X is only generic words ("children", "young
    people"): "A total of 83 children were ..." for "how many children ...?"."""
    words = _generic_counted(question)
    if not words:
        return False
    for n in re.finditer(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\d%])", text):
        after = " ".join(re.findall(r"[\w’'\-]+", text[n.end():n.end() + 40])[:2])
        if set(words) <= set(analyze(after)):
            return True
    return False


#: "how many people went to / attended ...?"
_ATTEND_Q = re.compile(r"\bhow many\s+(?:(?:people|staff|practitioners|professionals|delegates|attendees|participants|folk|of (?:us|them))\s+)?"
                       r"(?:went|go|attended|attend|came|come|joined|join|took part|turned up|logged on|dialled in|were there|signed up)\b", re.I)
#: a count of the people who attended: "185 delegates attended.", "attended by 60 practitioners"
_ATTENDED = re.compile(r"(?<![\w.£])\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:delegates|attendees|participants|people|practitioners|professionals|staff|members|learners)\b"
                       r"[^.;]{0,40}?\b(?:attend\w*|participat\w*|took part|joined|registered|booked)"
                       r"|\battended by (?:over |around |about |some )?\d[\d,]*", re.I)


def counts_attendance(question: str, text: str) -> bool:
    """Whether ``text`` counts who attended for a "how many people went to / attended
    ...?" question ("185 delegates attended." for "how many people went to the
    conference?", where "people" is not the sentence's word)."""
    return bool(_ATTEND_Q.search(question)) and _ATTENDED.search(text) is not None


#: the people a "how many of them ...?" question may count, in a sentence's words
_COUNTED_PEOPLE = frozenset(analyze("professional professionals staff worker workers practitioner practitioners agency "
                                    "agencies member members person people school schools service services"))


#: ways of saying something was treated as a worry ("flagged it as a concern", "explored
#: this as a potential safeguarding issue"), each read as one stem by :func:`_as_concern`
_CONCERN_STEMS = frozenset(analyze("concern concerns worry worried issue issues problem"))
_RAISED_STEMS = frozenset(analyze("flagged raised questioned explored noticed spotted queried challenged"))


def _as_concern(stems: set[str]) -> set[str]:
    """``stems`` with the words for a worry read as "concern" and the words for raising
    one read as "raised" ("flagged it as a concern" = "explored this as an issue")."""
    return {("concern" if s_ in _CONCERN_STEMS else "raised" if s_ in _RAISED_STEMS else s_) for s_ in stems}


def counts_in_words(question: str, text: str) -> bool:
    """Whether ``text`` counts what a "how many X ...?" question counts in words rather than
    digits: "only one professional explored this ..." for "how many professionals treated
    it as a safeguarding issue?", "All CLA Reviews were held within timescale" for "how many
    CLA reviews were held within timescale?" ("one", "a single", "no", "none of the", "all"
    or "every" right before a word of X)."""
    m = _COUNTED.search(question.lower()) or re.search(r"\bhow many\s+(?:of\s+(?:the|those|these|their)\s+)?()([\w’'\-]+)", question.lower())
    want = set(analyze(m.group(1) or m.group(2) or "")) if m else set()
    if not want and re.search(r"\bhow many (?:of )?(?:them|those|these|staff|people)\b", question, re.I):
        # "staff got used to it - how many of them ever questioned it?": the people
        # counted are the professionals of the scene
        want = _COUNTED_PEOPLE
    elif want & _COUNTED_PEOPLE:
        # "how many of the staff around him ...?" is answered by "only one professional ..."
        want = (want - _COUNTED_PEOPLE) & set(analyze(text)) | _COUNTED_PEOPLE
    if not want:
        return False
    # what the counted did must be said too: "only one professional explored this as a
    # potential safeguarding issue" counts those who "treated it as a safeguarding issue",
    # not those who "accepted the restraint"
    did = set(analyze(" ".join(asking_clauses(question)))) - want - _GENERIC_STEMS - set(analyze("many actually ever really"))
    if did and not _as_concern(did) & _as_concern(set(analyze(text))):
        return False
    for n in re.finditer(r"\b(?:one|a single|no|none of the|all|all of the|every)\s+((?:[\w’'\-]+\s+)?[\w’'\-]+)", text, re.I):
        if want & set(analyze(n.group(1))):
            return True
    return False


def counts_what_is_asked(question: str, text: str) -> bool:
    """Whether a figure in ``text`` counts what a "how many X ...?" question counts
    (:func:`quantifies`, :func:`counts_attendance`, :func:`counts_generic` or
    :func:`counts_in_words`): "185 delegates attended." for "how many delegates came?",
    not "During his 24-year legal career ..."."""
    return (quantifies(question, text) or counts_attendance(question, text) or counts_generic(question, text)
            or counts_in_words(question, text))


def gives_asked_kind(question: str, text: str) -> bool:
    """Whether ``text`` carries what a "who" or "when" question asks for (a name, a date);
    ``False`` for other question types."""
    asked = asking_clauses(question)[-1]  # ("who is the chair - which other board does he chair?" asks which board)
    qtype = question_type(asked)
    return qtype in ("who", "when") and _type_bonus(qtype, asked, text) > 0


def _type_bonus(qtype: str, question: str, text: str) -> float:
    if qtype == "frequency":
        return 0.8 if _FREQUENCY.search(text) else 0.0
    if qtype == "number":
        if _MONEY_Q.search(question):
            if _free(question, text):
                return 1.5  # "how much does it cost to call?": "Free from landlines and most mobiles"
            text = _PHONE.sub(" ", text)  # a helpline's number is not a price
        given = {re.sub(r"[£,%\s]", "", n) for n in _NUMBER.findall(question)}
        nums = [n for n in _NUMBER.findall(text) if not re.fullmatch(r"(19|20)\d{2}", n.strip(" ,"))
                and re.sub(r"[£,%\s]", "", n) not in given]
        if not nums and counts_in_words(question, text):
            return 0.6 + COUNTED_MATCH  # "only one professional explored this ..."
        if not nums:
            # (a figure the question already gives is not its answer: "Fredek was promised
            # 2000 a month - what was he actually paid?" is not answered by "£2000 a month")
            return -0.5
        bonus = 0.6
        if _MONEY_Q.search(question) and "£" in text:
            bonus = 1.0  # a sum is asked for, and given ("forced to work for £3-5 a week")
        elif _MONEY_Q.search(question) and not _MONEY_CONTEXT.search(text) and " | " not in text:
            # a sum is asked for: "after five months" is a figure, not a sum (a table row's
            # money context is its header, weighed by the caller)
            bonus = -0.2
        q = question.lower()
        if any(w in q for w in ("percentage", "proportion", "share", "rate", "%")):
            if "%" in text:
                bonus += 0.4
            elif "percentage" in q or "%" in q or re.search(r"\bwhat (?:share|proportion)\b", q):
                # "what percentage ...?" is not answered by a count ("291 initial CPCs")
                bonus = 0.0 if not _SHARE_WORDS.search(text) else bonus
        if "how much" in q and ("£" in text or "budget" in text.lower()):
            bonus += 0.4
        if quantifies(question, text):
            bonus += COUNTED_MATCH  # "291 initial CPCs" counts what is asked; "789 CPCs" only part of it
        elif counts_attendance(question, text):
            bonus += COUNTED_MATCH  # "how many people went to ...?": "185 delegates attended."
        elif counts_generic(question, text) and not _YEAR.search(question) and not asked_periods(question):
            bonus += COUNTED_MATCH / 2  # "how many children ...?": "83 children were ...", not "4 young carers"
        return bonus
    if qtype == "who":
        # a name the question does not already use ("The three core Safeguarding Partners
        # own ..." restates "who are the safeguarding partners"; "Harrow Council, ..." answers)
        asked = set(analyze(question))
        return 0.6 if any(not set(analyze(n)) <= asked for n in _ORG_NAME.findall(text)) else 0.0
    if qtype == "when":
        if re.search(r"\b(?:which|what) month\b", question, re.I):
            # "which month saw the highest number of referrals?": a month, not a year
            return 0.6 if _MONTH.search(text) else 0.0
        return 0.6 if _YEAR.search(text) else 0.0
    return 0.0


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


#: a number of some unit of time, ``{unit}`` its singular, up to two other words between:
#: "5 working days", "ten weeks", "four more years" (not "24 hours a day" for days)
_COUNTED_UNIT = (r"\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                 r"thirty|forty|fifty|sixty|ninety|a few|several|a couple of)\s*(?:-\s*)?"
                 r"(?:(?!(?:hours?|minutes?|days?|weeks?|months?|years?|a|an|per|each|every)\b)[\w-]+\s+){{0,2}}{unit}s?\b")


#: nouns that only say "things" ("which three organisations ...": the answer need not
#: use the word); any other counted noun ("three priorities") must be in the answer's
#: sentence or heading
_CLASS_NOUNS = {"organisations", "organizations", "agencies", "bodies", "groups", "services", "partners",
                "people", "things", "areas", "ways", "types", "kinds", "members", "teams", "items", "points",
                "fields", "sectors", "parts"}


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


def _list_group(units: list[_Unit], idx: int) -> list[int]:
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


def _with_section_lists(passages: Sequence[Passage], units: list[_Unit], group: list[int]) -> list[list[int]]:
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
            other = _list_group(units, i)
            seen.update(other)
            out.append(other)
    out.sort(key=lambda g: _chunk_ordinal(passages[units[g[0]].passage].chunk.id))
    return out


def _table_group(units: list[_Unit], idx: int) -> list[int]:
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


def _item_label(text: str) -> str:
    """The label a list item starts with, if any: a run of capitals ("- DOMESTIC
    SERVITUDE Victims are ...") or a short term before a colon or dash ("- Hybrid
    conferences: ..."); ``""`` otherwise."""
    m = _ITEM_LABEL.match(text)
    return (m.group("caps") or m.group("term") or "").strip() if m else ""


#: who gave to a total: "who contributed income / funds the budget / paid in?"
_CONTRIBUTORS_Q = re.compile(r"\b(?:contribut\w*|fund(?:s|ed|ing)?|pa(?:y|ys|id) (?:in|into|for|towards)|chip(?:s|ped)? in|"
                             r"gave|give|gives|income|put (?:money )?in)\b", re.I)
_TOTAL_ROW = re.compile(r"\btotal\b", re.I)


#: a question about money paid in: "how much came from the council?", "what did the CCG
#: put in?", "how much did police contribute?"
_INCOME_Q = re.compile(r"\b(?:contribut\w*|came from|come from|comes from|paid in|pay in|put (?:in|into|towards)|chip(?:s|ped)? in|"
                       r"gave|give|gives|income|fund(?:s|ed|ing)?)\b", re.I)
#: type evidence a budget row on the side a money question asks about earns (income for
#: :data:`_INCOME_Q`), and a row on the other side loses
INCOME_SIDE = 0.3


def _budget_side(units: list[_Unit], idx: int) -> str | None:
    """Which side of a budget table the row at ``idx`` is on: ``"income"`` up to and
    including its table's "Total Income" row, ``"expenditure"`` after it; ``None`` for a
    table with no such row."""
    rows = _table_group(units, idx)
    totals = [k for k in rows if re.match(r"\s*total\s+income\b", _row_label(units[k]), re.I)]
    if not totals:
        return None
    return "income" if idx <= totals[0] else "expenditure"


def _row_label(unit: "_Unit") -> str:
    return unit.text.split("|")[0]


def _table_block(units: list[_Unit], group: list[int], q_stems: dict[str, float], q_total: float,
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
    asked = {s_ for s_, w in q_stems.items() if w > 0} - _GENERIC_STEMS - head_stems
    if not asked or len(group) < 3:
        return group, None
    blocks: list[list[int]] = [[]]
    for g in group:
        blocks[-1].append(g)
        if _TOTAL_ROW.search(_row_label(units[g])):
            blocks.append([])
    blocks = [b for b in blocks if b]
    named = [(b, set(analyze(_row_label(units[b[-1]]))) & asked) for b in blocks
             if _TOTAL_ROW.search(_row_label(units[b[-1]]))]
    named = [(b, st) for b, st in named if st]
    if len(named) == 1 and len(blocks) > 1:
        block, stems = named[0]
        return block, frozenset(stems | {"\x00total"})
    hits = {g: set(analyze(_row_label(units[g]))) & asked for g in group}
    rows = [g for g in group if hits[g]]
    chosen = set().union(*hits.values())
    if 2 <= len(rows) < len(group) and sum(q_stems[s_] for s_ in chosen) >= 0.15 * q_total:
        return rows, frozenset(chosen)
    return group, None


def _continued_block(units: list[_Unit], group: list[int], stems: frozenset[str], before: bool) -> list[int]:
    """The rows of another chunk's part of a table that :func:`_table_block` chose by
    ``stems`` in the best chunk: rows naming them, or, for a sub-total block (marked by
    the pseudo-stem ``"\x00total"``) and the chunk just ``before`` the best one, its
    trailing rows after its last total row (the start of that block)."""
    if "\x00total" in stems:
        if not before:
            return []
        last_total = max((k for k, g in enumerate(group) if _TOTAL_ROW.search(_row_label(units[g]))), default=-1)
        return group[last_total + 1:]
    return [g for g in group if set(analyze(_row_label(units[g]))) & stems]


def years_named(text: str) -> set[str]:
    """Four-digit years ``text`` names: bare ("in 2013"), both years of a period
    ("2019/20" -> 2019, 2020) and the year of a date ("31.03.20", "31/03/2020")."""
    years = set(re.findall(r"\b(?:19|20)\d{2}\b", PERIOD.sub(" ", text)))
    years |= {("20" + y) if len(y) == 2 else y for y in re.findall(r"\b[0-3]?\d[./][01]?\d[./]((?:19|20)?\d{2})\b", text)}
    years |= {y for p_ in periods(text) for y in (p_[:4], p_[:2] + p_[5:])}
    return years


def _figure_context(chunk, unit: "_Unit") -> str:
    """What dates a unit's figure: the unit, its whole paragraph (the period is often
    stated in the sentence before: "In the period 2019 to 2020 ... for the same period to
    198"), a list item's lead-in, the section path and a table row's header."""
    return "\n".join([unit.text, _line(chunk, unit.line), _lead_in(chunk, unit.line) if unit.kind == "list_item" else "",
                      chunk.section, _table_header(chunk, unit.line) or ""])


def _line(chunk, line: int) -> str:
    """Line ``line`` of ``chunk``'s text (a paragraph, list item or table row); ``""``
    when out of range."""
    lines = chunk.text.split("\n")
    return lines[line] if 0 <= line < len(lines) else ""


def _lead_in(chunk, line: int) -> str:
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


def _referencing_line(chunk, line: int) -> str:
    """The nearest line above ``line`` that is not a footnote: the text a footnote placed
    after it (by the chunker) belongs to; ``""`` if none."""
    lines = chunk.text.split("\n")
    for li in range(min(line, len(lines)) - 1, -1, -1):
        if li < len(chunk.line_kinds) and chunk.line_kinds[li] != "footnote":
            return lines[li]
    return ""


def _table_header(chunk, line: int) -> str | None:
    lines = chunk.text.split("\n")
    for li in range(min(line, len(chunk.line_kinds) - 1), -1, -1):
        if chunk.line_kinds[li] == "table_header":
            return lines[li]
    return None


def _render_row(chunk, unit: _Unit, titled: bool = True) -> str:
    """``"Bugs | | | | ✓ | ✓"`` under header ``" | LEVEL 1 | ... | LEVEL 5"`` ->
    ``"Bugs — LEVEL 4: ✓; LEVEL 5: ✓"`` (the quote itself stays verbatim). The header's
    first cell (a table title: "HSCB Budget & Expenditure 2020-21") prefixes the label
    unless ``titled`` is false (rows listed under that title once)."""
    header = _table_header(chunk, unit.line)
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


__all__ = ["ExtractiveAnswerer", "NOT_FOUND_TEXT", "question_type", "defines", "missing_evidence", "periods"]


#: a rating key's row: "X | = Much Work to Do", "✓ | = Good"
_KEY_ROW = re.compile(r"^\s*(?P<sym>[^\s|]{1,3})\s*\|\s*=\s*(?P<label>[^|\n]{2,40}?)\s*$", re.M)
#: marks that stand for the same rating ("X" in a key, "✗" after a heading)
_MARK_KIN = ({"X", "✗", "✘", "×"}, {"✓", "✔", "√"})
#: a question asking which things got a rating: "which areas got the X rating?", "what was
#: rated good?", "what got a tick?" (not "which schools are rated good by Ofsted?")
_RATED_WHICH_Q = re.compile(r"\b(?:which|what)\s+(?:other\s+)?(?:areas?|aspects?|parts?|ones?|sections?|themes?|elements?|headings?|things?|"
                            r"got|was (?:given|rated|marked)|were (?:given|rated|marked))\b", re.I)
#: a question about a rating given: "which areas got the X rating?", "what was rated good?"
_RATING_Q = re.compile(r"\b(?:rat(?:ed|ing|ings)|marked|scored|assessed as|graded|grades?|judged)\b", re.I)


def rating_key(text: str) -> dict[str, str]:
    """A rating key in a table's text ("Key: | / ✓ | = Good / # | = Some Work to Do / X |
    = Much Work to Do"): label (lower case) -> mark; ``{}`` unless two rows or more."""
    rows = {m.group("label").strip().lower(): m.group("sym") for m in _KEY_ROW.finditer(text)}
    return rows if len(rows) >= 2 else {}


def asked_rating(question: str, key: dict[str, str]) -> set[str]:
    """The marks of the rating a question names from ``key`` ("which areas got the X /
    'much work to do' rating?" -> ``{"X", "✗", ...}``): the label whose every word the
    question uses, the longest such; a one-word label ("good") or a bare mark only in a
    question about a rating (:data:`_RATING_Q`: "is the helpline any good?", "kicked out
    for good" name no rating)."""
    # (whole words, not stems: "much work to do" and "some work to do" differ only in
    # words an analyser drops)
    # (the sentence that asks: "the chair's evaluation gives info sharing an X (much work
    # to do). what exactly is the workforce confused about?" asks about no rating)
    question = re.split(r"(?<=[.!?)])\s+(?=(?:what|which|who|how|where|why|when)\b)", question.strip(), flags=re.I)[-1]
    if not _RATED_WHICH_Q.search(question):
        return set()  # "was the telephone conference rated good?" asks about one thing
    rating_asked = _RATING_Q.search(question) is not None
    # a mark by its name: "what got a tick?", "which area was given a hash?"
    question = re.sub(r"\b(?:a |an )?(tick|cross|hash)(?:es)?\b",
                      lambda m: {"tick": " ✓ ", "cross": " X ", "hash": " # "}[m.group(1).lower()], question, flags=re.I)
    words = set(re.findall(r"\w+", question.lower()))
    # (a one-word label needs a rating word beside it: "kicked out for good" names no rating)
    best = max((label for label in key if set(re.findall(r"\w+", label)) <= words and set(analyze(label))
                and (rating_asked or len(re.findall(r"\w+", label)) >= 2)),
               key=lambda label: len(re.findall(r"\w+", label)), default=None)
    mark = key[best] if best else None
    if mark is None:
        for label, sym in key.items():
            if re.search(rf"(?<![\w]){re.escape(sym)}(?![\w-])\s*(?:/|rating|rated|mark)|\b(?:rated|rating of|an?|marked|given|got)\s+{re.escape(sym)}(?![\w-])",
                         question):
                mark = sym
    if mark is None:
        return set()
    return next((kin for kin in _MARK_KIN if mark in kin), {mark})


def rated_text(marks: set[str], text: str) -> bool:
    """Whether ``text`` carries one of ``marks`` as a rating: at its end ("... this aspect
    of their work X") or after a short capitalised name ("Funding Arrangements ✗")."""
    alt = "|".join(re.escape(m) for m in sorted(marks))
    return re.search(rf"(?:(?<=\s)|^)\**(?:{alt})\**\s*$|(?:[A-Z][\w()’'-]*\s+){{1,6}}(?:{alt})(?=\s|$)", text.strip()) is not None

"""Keyword analysis shared by the BM25 index and the answerer's lexical scoring.

``analyze(text)`` lower-cases, keeps numbers whole (``80.3``, ``252,300`` -> ``252300``,
``2019/20``), drops English stop words and stems with the Snowball English stemmer
(PyStemmer, the stemmer bm25s recommends), and adds one canonical token per reporting
period (``p2019-20`` for "2019/20", "2019-2020" or "2019 to 2020").
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import Stemmer

_TOKEN = re.compile(r"\d+(?:[.,/]\d+)*%?|[a-z][a-z'’\-]*[a-z]|[a-z]", re.I)

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself
    yourselves also tell me please did does many much
    might must shall someone somebody anyone anybody something anything everyone everybody""".split()
)
# (modal verbs and indefinite pronouns were added in pipeline version 6: "what are the signs
# someone might be a victim" weighed "might" highest, a word rare in the corpus that says
# nothing about the topic; "may" stays, as it is also a month)


@lru_cache(maxsize=1)
def _stemmer():
    return Stemmer.Stemmer("english")


def normalize_number(token: str) -> str:
    """``"252,300"`` -> ``"252300"``; other tokens unchanged."""
    if "," in token and re.fullmatch(r"\d{1,3}(,\d{3})+", token):
        return token.replace(",", "")
    return token


def raw_tokens(text: str) -> list[str]:
    """Lower-cased word and number tokens, stop words kept, no stemming."""
    out = []
    for t in _TOKEN.findall(text.lower()):
        t = t.replace("’", "'").strip("'-")
        if t.endswith("'s"):
            t = t[:-2]
        if t:
            out.append(normalize_number(t))
    return out


def analyze(text: str) -> list[str]:
    """Tokens for BM25: :func:`raw_tokens` minus stop words, Snowball-stemmed.

    A hyphenated word yields its joined form and its parts (``key-note`` -> ``keynote``,
    ``key``, ``note``) so "keynote" matches "key-note" and "multi-agency" matches
    "multi agency".
    """
    toks: list[str] = []
    for t in raw_tokens(text):
        if "-" in t and not t[0].isdigit():
            parts = [p for p in t.split("-") if p]
            toks.append("".join(parts))
            toks.extend(parts)
        else:
            toks.append(t)
    toks = [t for t in toks if t not in STOPWORDS]
    stem = _stemmer().stemWords
    words = [t for t in toks if not t[0].isdigit()]
    stems = iter(stem(words))
    out = [t if t[0].isdigit() else next(stems) for t in toks]
    # one token per reporting period, however it is written: "2020-21", "2020/21",
    # "2020 – 2021" and "2020 to 2021" all add "p2020-21"
    out.extend("p" + p for p in sorted(periods(text)))
    return out


#: a reporting period as written: "2019-20", "2019/2020", "2019 – 2020", "2019 to 2020"
PERIOD = re.compile(r"\b((?:19|20)\d{2})\s?(?:[-/–—]|\bto\b)\s?((?:19|20)?\d{2})\b")


def periods(text: str) -> set[str]:
    """Reporting periods named in ``text``, normalised to ``"YYYY-YY"``: "2019-20",
    "2019/2020" and "2019 to 2020" all give ``{"2019-20"}``; a bare year is not a period,
    nor is a span of more than one year ("2015-2019")."""
    out = set()
    for a, b in PERIOD.findall(text):
        end = b[-2:]
        if int(end) == (int(a) + 1) % 100:
            out.add(f"{a}-{end}")
    return out


#: "FY2021-22", "in 21/22", "for 19-20", "21/22 data - ...": a short or prefixed period
#: (only after "FY", a word that introduces one, or first in the text: a fraction "19/20
#: conferences" is no period)
_SHORT_PERIOD = re.compile(r"(?:^\s*|\bFY\s?|\b(?:in|for|during|of|year|financial year)\s+)((?:19|20)?\d{2})\s?[-/–—]\s?(\d{2})(?![\d/.%-])", re.I)
#: the last day of a reporting year (April to March): "31st March 2021" and "the end of
#: March 2021" end 2020-21, "year ending 31.03.20" and "31/03/2020" end 2019-20
_YEAR_END = re.compile(r"\b(?:31(?:st)?\s+(?:of\s+)?|(?:the\s+)?end\s+of\s+)march,?\s+((?:19|20)\d{2})\b|\b31[./-]0?3[./-]((?:19|20)?\d{2})\b", re.I)
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-"})


def reporting_periods(text: str) -> set[str]:
    """:func:`periods`, plus the ways a question or a table dates a reporting year:
    "FY2021-22", "in 21/22", a non-breaking hyphen ("2021‑22"), and the year's last day
    ("year ending 31.03.20" and "(31st March 2021)" give "2019-20" and "2020-21"; the
    reporting year runs April to March). Not used for indexing (:func:`analyze` keeps
    :func:`periods`), only to check that an answer is about the period asked for."""
    text = text.translate(_HYPHENS)
    out = periods(re.sub(r"\bFY\s?(?=(?:19|20)\d{2})", " ", text, flags=re.I))
    for a, b in _SHORT_PERIOD.findall(text):
        start = int(a[-2:])
        if int(b) == (start + 1) % 100:
            out.add(f"{2000 + start if start < 70 else 1900 + start}-{b}")
    for full, short in _YEAR_END.findall(text):
        year = int(full) if full else int(short) if len(short) == 4 else 2000 + int(short)
        out.add(f"{year - 1}-{year % 100:02d}")
    return out


#: a time before Covid-19 reached England (March 2020): "before the pandemic", "pre-covid"
PRE_PANDEMIC = re.compile(r"\b(?:before|prior to|pre)[\s-]+(?:the\s+)?(?:first\s+)?(?:(?:covid(?:[\s-]*19)?|coronavirus)(?:\s+(?:pandemic|lockdowns?|outbreak|crisis))?|pandemic|lockdowns?)"
                          r"(?:\s+(?:started|began|hit|struck|came))?\b(?![\s-]*(?:levels?|plans?|figures?|rates?|numbers?|times?|days?|world|era|norms?|services?|ways?|practice|arrangements?)\b)", re.I)
#: a question asking for a figure: "how many", "what number", "what %"
_FIGURE_Q = re.compile(r"\bhow (?:many|much)\b|\b(?:number|numbers|figure|figures|total|count|rate|percentage|proportion)\b|%", re.I)


def date_pre_pandemic(question: str) -> str:
    """``question`` with a time before the pandemic written as the last reporting year
    (April to March) before it: "how many CPCs were held pre-covid?" -> "how many CPCs
    were held in 2019-20?", so that the period rules choose and check that year's
    figures (the words "covid" and "pandemic" would pull towards passages on its
    effects). Unchanged when the question names a year or period itself, asks for no
    figure, or speaks of "pre-covid levels" or "the pre-Covid-19 plan"."""
    if re.search(r"\b(?:19|20)\d{2}\b", question) or not _FIGURE_Q.search(question):
        # (only a figure is dated so: "was mental wellbeing already a priority before the
        # pandemic?" asks no year's figure)
        return question
    return PRE_PANDEMIC.sub("in 2019-20", question, count=1)


def spell_periods(text: str) -> str:
    """``text`` with each short reporting period written in full: "contacts in 20/21" ->
    "contacts in 2020-21" (:data:`_SHORT_PERIOD`; a fraction, "19/20 conferences", is
    left alone), so that a question's period matches the documents' ``p2020-21`` token."""
    def full(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        start = int(a[-2:])
        if len(a) != 2 or int(b) != (start + 1) % 100:
            return m.group(0)
        year = 2000 + start if start < 70 else 1900 + start
        return m.group(0)[: m.start(1) - m.start(0)] + f"{year}-{b}"
    return _SHORT_PERIOD.sub(full, text)


def corpus_idf(chunks) -> dict[str, float]:
    """Smoothed IDF, ``log(1 + (N - df + 0.5) / (df + 0.5))`` (the BM25/Lucene form of
    Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009),
    over the analysed title, section path and text of ``chunks``.

    Args:
        chunks: :class:`~ingest.models.Chunk` objects (anything with ``embed_text()``).

    Returns:
        stem -> IDF (> 0); stems of no chunk are absent.
    """
    df: dict[str, int] = {}
    for c in chunks:
        for s in set(analyze(c.embed_text())):
            df[s] = df.get(s, 0) + 1
    n = max(1, len(chunks))
    return {s: math.log(1 + (n - d + 0.5) / (d + 0.5)) for s, d in df.items()}


def weighted_stems(text: str, idf: dict[str, float], factor: float = 1.0) -> dict[str, float]:
    """Analysed stems of ``text`` weighted by ``factor * idf`` (a stem the corpus never
    uses gets the largest IDF: it is as rare as anything can be)."""
    out: dict[str, float] = {}
    default = max(idf.values()) if idf else 1.0
    for s in analyze(text):
        out[s] = max(out.get(s, 0.0), factor * idf.get(s, default))
    return out


#: chat words and requests that say how to answer, not what about ("list them pls",
#: "thanks!"): a word the corpus never uses weighs most, so they are dropped from questions
_REQUEST = re.compile(r"(?i:\b(?:pls|plz|please|thx|thanks|thank you|cheers|hiya|hello)\b"
                      r"|^\s*list\b|\blist (?:them|all|the|out|every|each)\b|\b(?:can|could) you list\b)"
                      # the source named as what lists ("the types of slavery the modern slavery
                      # site lists"): the source's type and its verb are not the topic
                      r"|(?i:\b(?:(?:government|gov(?:\.uk)?|official|campaign)\s+)?(?:site|website|webpage|page|report|document|sheet|leaflet)\s+(?:lists?|names?|sets? out)\b)"
                      # ... or where it is listed ("the types of slavery listed on the modern
                      # slavery site", "on the website")
                      r"|(?i:\b(?:(?:listed|mentioned|given|named|set out|described)\s+(?:on|in)\s+(?:the|their|that)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:site|website|webpage|web page|page|report|document|sheet|leaflet)"
                      r"|(?:on|from)\s+(?:the|their|that)\s+(?:[\w-]+\s+){0,3}?(?:site|website|webpage|web page))\b)"
                      r"|\b(?:ta|btw|asap|rn|tbh|hi)\b"  # (short chat words in lower case only: "a TA", "RN")
                      # a criterion's frame carries no topic: "which kinds of exploitation count as
                      # modern slavery?" asks the kinds of modern slavery (sixty-fifth session)
                      r"|(?i:\b(?:counts?|counted|counting)\s+as\b)"
                      # ... nor the guidance it is asked under, at the question's end ("... count as
                      # modern slavery under the guidance?")
                      r"|(?i:\b(?:under|according to|per|in|by)\s+(?:the|this|that|their|our)\s+(?:[\w-]+\s+){0,2}?guidance\s*(?=[?.!]*\s*$))"
                      # a check carries no topic: "is it true that 185 delegates attended?"
                      r"|(?i:\bis it (?:true|right|correct|accurate)(?: that)?\b|\b(?:is|are) (?:that|this|these|those) (?:right|correct|true|accurate)\b)")


def covered_weight(weights: dict[str, float], have: frozenset[str] | set[str],
                   equivalents: list[tuple[frozenset[str], frozenset[str]]] = ()) -> float:
    """Summed weight of the question stems ``weights`` that ``have`` (a text's stems)
    holds, where a term the question names one way counts as held when the text names it
    the other way (``equivalents``: ``(asked, naming)`` pairs from
    :meth:`~assistant.glossary.Glossary.equivalents`): "timescale for an RHI" is covered
    by "return home interview" and "the multi agency safeguarding hub" by "MASH"."""
    held = {s for s in weights if s in have}
    for asked, naming in equivalents:
        if naming <= have and not asked <= held:
            held |= asked & set(weights)
    return sum(weights[s] for s in held)


def question_weights(question: str, idf: dict[str, float], expansions: list[str] | tuple[str, ...] = (),
                     period_once: bool = False) -> dict[str, float]:
    """What a question asks about, as ``stem -> weight``: its own stems at full IDF weight
    (chat words and "list them" requests dropped) and the stems of its glossary
    ``expansions`` (``MASH`` -> "Multi-Agency Safeguarding Hub") at half weight. Used for
    lexical coverage by the reranker and the answerer.

    Args:
        question: the question text.
        idf: stem -> IDF (:func:`corpus_idf`).
        expansions: glossary phrases for the question's acronyms.
        period_once: weigh a reporting period ("2019-20") once, as its ``p2019-20`` token,
            rather than also as "2019" and "20".

    Returns:
        stem -> weight (> 0)."""
    question = spell_periods(_REQUEST.sub(" ", question))
    # with ``period_once`` (the answerer's sentence scoring), a reporting period counts
    # once, as its canonical token: "2019-20" otherwise also weighs as "2019" and "20",
    # and outweighs what the question counts ("how many initial CPCs in 2019-20?" was
    # answered by "789 CPCs in 2019-20", not "291 initial CPCs"). Retrieval keeps the
    # triple weight: it finds the right period's section (on ten suites, collapsing it
    # lost 5 recalls)
    bare = PERIOD.sub(lambda m: " " if periods(m.group(0)) else m.group(0), question) if period_once else question
    weights = weighted_stems(bare, idf)
    for p in sorted(periods(question)) if period_once else ():
        weights.setdefault("p" + p, idf.get("p" + p, max(idf.values()) if idf else 1.0))
    for s, w in weighted_stems(" ".join(expansions), idf, 0.5).items():
        weights.setdefault(s, w)
    return weights

"""What a figure question measures, and whether the documents name it at all.

"how many closure orders on cuckooed flats did housing get?", "YOT first time entrants
rate harrow", "stop and search figures for under 18s": each asks for a figure of something
the documents never count. Retrieval still finds the nearest passages (orders, YOT
projects, "figures ... in Harrow") and the answerer would quote a figure of something
else. :func:`unnamed_measure` says when what is measured is not named: a word the corpus
never uses in front of one it does ("closure orders"), or, in a terse ask, any word it
never uses or words that no retrieved passage uses together.
"""

from __future__ import annotations

import difflib
import re
from typing import Collection, Iterable, Mapping

from assistant.answer.text_evidence import COUNTED, GENERIC_STEMS
from assistant.glossary import Glossary
from assistant.keywords import analyze
from assistant.safety import common_words

#: "the number of X", "the rate of X", "% of X"
_OF_MEASURE = re.compile(r"\b(?:number|no\.?|numbers|total|count|rate|proportion|percentage|%)\s+of\s+"
                         r"(?P<np>(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)"
                         r"(?=\s+(?:in|on|at|for|during|over|across|by|from|since|who|that|which|were|was|are|is|did|does|have|has|had)\b|\s*[?,.;]|\s*$)", re.I)
#: a terse figure ask named before its measure word: "stop and search figures for ...",
#: "YOT first time entrants rate harrow"
_NAMED_FIGURES = re.compile(r"(?:^|[,;:–—-]\s*)(?P<np>(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s+"
                            r"(?:figures|stats|statistics|numbers|data|rates?|totals?)\b", re.I)
#: words of a measure that say which figure, not what is counted
_MEASURE_FILLER = frozenset(analyze(
    "the a an and or of our their its harrow harrow's local borough london national england latest current recent annual "
    "total overall average rate rates figure figures number numbers stats data many much new first vs versus v compared"))
#: stems whose corpus spelling a near miss may be (a typo): only words this long are matched
_FUZZY_MIN = 5
#: an unknown word this long is a word, not shorthand (:func:`_a_word`)
_WORD_MIN = 7


def measure_phrase(question: str) -> tuple[str, bool]:
    """The words naming what a figure question measures, and whether they were asked
    tersely before a figure word: "how many closure orders on cuckooed flats ...?" ->
    ``("closure orders", False)``; "the rate of first time entrants" -> ``("first time
    entrants", False)``; "stop and search figures for under 18s" -> ``("stop and search",
    True)``; ``("", False)`` when the question names no measure this way."""
    m = COUNTED.search(question)
    if m and (m.group(1) or m.group(2) or "").strip():
        return (m.group(1) or m.group(2)).strip(), False
    m = _OF_MEASURE.search(question)
    if m:
        return m.group("np").strip(), False
    m = _NAMED_FIGURES.search(question)
    if m:
        return m.group("np").strip(), True
    return "", False


def _corpus_stems(word: str, vocabulary: Collection[str]) -> set[str] | None:
    """The corpus stems ``word`` stands for: its own, or for a typo of a word the corpus
    uses ("refferals", "safegaurding"), the nearest spelling (ratio 0.85); ``None`` when
    a stem is neither."""
    out = set()
    for s_ in analyze(word):
        if s_ in vocabulary:
            out.add(s_)
            continue
        near = difflib.get_close_matches(s_, vocabulary, n=1, cutoff=0.85) if len(s_) >= _FUZZY_MIN else []
        if not near:
            return None
        out.add(near[0])
    return out


def _a_word(word: str) -> bool:
    """Whether ``word``, unknown to the corpus, is surely a word and not shorthand the
    rules do not know ("orgs", "convos"): a common English word (the redaction word list,
    :func:`assistant.safety.common_words`) or one of :data:`_WORD_MIN` letters or more."""
    if len(word) < 4:
        return False  # "vs", "wk", "no"
    return word.lower() in common_words() or word.lower().rstrip("s") in common_words() or len(word) >= _WORD_MIN


def unnamed_measure(question: str, vocabulary: Mapping[str, float] | Collection[str],
                    passage_stems: Iterable[Collection[str]], glossary: Glossary) -> str | None:
    """What a figure question measures, when the documents do not name it; else ``None``.

    Args:
        question: the asking clause(s) of a number question (redacted).
        vocabulary: stems of the whole corpus (the IDF table's keys).
        passage_stems: per retrieved passage, the stems of its title, section and text.
        glossary: the safeguarding glossary; a word of an everyday phrase it knows
            ("ankle tags") is named where one of the phrase's document terms is.

    Returns:
        the measure phrase when a content word of it (not generic, not an acronym, not a
        figure, not an everyday phrase the glossary maps to words of the passages) is a
        word (:func:`_a_word`) the corpus never uses (nor a near spelling of one: ratio
        0.85, :func:`difflib.get_close_matches`) in front of a word it does ("closure
        orders"); for a terse ask ("stop and search figures"), when any content word is
        such a word or its content words are used together by no retrieved passage;
        ``None`` otherwise (including questions that name no measure,
        :func:`measure_phrase`).
    """
    phrase, terse = measure_phrase(question)
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", phrase)
             if not re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}s?", w) and w.upper() not in glossary.terms
             and w.upper().rstrip("S") not in glossary.terms]
    content = [w for w in words if set(analyze(w)) - GENERIC_STEMS - _MEASURE_FILLER]
    if not content:
        return None
    passages = [set(p) for p in passage_stems]
    covered: set[str] = set()
    for syn, targets in glossary.matched_synonyms(phrase):
        # an everyday phrase the glossary knows is named by its document terms
        if any(set(analyze(t)) <= p for t in targets for p in passages):
            covered |= {w for w in content if set(analyze(w)) <= set(analyze(syn))}
    rest = [w for w in content if w not in covered]
    if not rest:
        return None
    stems = [_corpus_stems(w, vocabulary) for w in rest]
    unknown = [i for i, (w, st) in enumerate(zip(rest, stems)) if st is None and _a_word(w)]
    known = [i for i, st in enumerate(stems) if st]
    if terse:
        # "stop and search figures for under 18s": the whole ask is the measure's name
        if unknown:
            return phrase
        need = set().union(*(st for st in stems if st))
        return phrase if need and not any(need <= p for p in passages) else None
    # in a sentence, only a word the corpus never uses in front of one it does names a
    # kind the documents do not count ("closure orders"): everyday words for what they
    # do count ("brothers or sisters", "youngsters") stand alone or come after, and a
    # verb ("vanished", "ended up") says what happened, not what is counted
    if known and any(i < max(known) and not re.search(r"(?:ed|ing)$", rest[i], re.I) for i in unknown):
        return phrase
    return None

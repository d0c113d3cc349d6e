"""What a figure question measures, and whether the documents name it at all.

"how many closure orders on cuckooed flats did housing get?", "YOT first time entrants
rate harrow", "stop and search figures for under 18s": each asks for a figure of something
the documents never count. Retrieval still finds the nearest passages (orders, YOT
projects, "figures ... in Harrow") and the answerer would quote a figure of something
else. :func:`unnamed_measure` says when what is measured is not named: a word of it the
corpus never uses, or words that no retrieved passage uses together.
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
    "total overall average rate rates figure figures number numbers stats data many much new first"))
#: stems whose corpus spelling a near miss may be (a typo): only words this long are matched
_FUZZY_MIN = 5
#: an unknown word this long is a word, not shorthand (:func:`_a_word`)
_WORD_MIN = 7


def measure_phrase(question: str) -> str:
    """The words naming what a figure question measures: "how many closure orders on
    cuckooed flats ...?" -> "closure orders"; "stop and search figures for under 18s" ->
    "stop and search"; "the rate of first time entrants" -> "first time entrants"; ``""``
    when the question names no measure this way."""
    m = COUNTED.search(question)
    if m and (m.group(1) or m.group(2) or "").strip():
        return (m.group(1) or m.group(2)).strip()
    for pat in (_OF_MEASURE, _NAMED_FIGURES):
        m = pat.search(question)
        if m:
            return m.group("np").strip()
    return ""


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
        the measure phrase when one of its content words (not generic, not an acronym,
        not a figure) is a word (:func:`_a_word`) the corpus never uses (nor a near
        spelling of one: ratio 0.85, :func:`difflib.get_close_matches`), or when its
        content words are used together by no retrieved passage; ``None`` otherwise (including questions that
        name no measure, :func:`measure_phrase`).
    """
    phrase = measure_phrase(question)
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
    if any(st is None and _a_word(w) for w, st in zip(rest, stems)):
        return phrase
    need = set().union(*(st for st in stems if st))
    if not any(need <= p for p in passages):
        return phrase
    return None

"""Questions about the asker's own case: whether what they describe fits a category.

Practitioners describe a case and ask whether it fits one of the documents' categories:
"14yo girl living with an 'aunt', does all the cooking and cleaning, sleeps on the kitchen
floor. Does this fit domestic servitude?", "... would this count as contextual
safeguarding?". The documents cannot judge the case; what they hold is what the category
is. The question is asked as "what is <category>?", so the answer quotes the definition
(footnote 2 for contextual safeguarding, the DOMESTIC SERVITUDE item of the slavery types)
for the practitioner to weigh against the case, instead of sentences matching the case's
own words ("kitchen", "park", "cars").
"""
from __future__ import annotations

import re

__all__ = ["as_category_question"]

#: a closing request for the definition the fit question already asks for: "... Would this
#: count as contextual safeguarding? What does the definition say?"
_DEFINITION_TOO = re.compile(r"\s*(?:and\s+)?(?:what(?:'s|’s| is| does)?\s+(?:the|its)\s+definition(?:\s+say)?|how is it defined"
                             r"|what does (?:the|that) (?:guidance|report|site|definition) say)\s*\?*\s*$", re.I)
#: whether the case fits a named category: "would this count as X?", "does this fit X?",
#: "could it be classed as X?", "is this X under the guidance?" is not read (too open)
_FITS = re.compile(r"(?:^|(?<=[.?!])\s+|\s[-–—]\s+|[,;:]\s*)(?:so\s+|and\s+)?(?:would|does|do|could|can|might|will)\s+"
                   r"(?:this|that|it|she|he|they|this case|his case|her case|their case|this one|that one|what i(?:'ve|’ve| have) described)\s+"
                   r"(?:count as|fit(?:\s+the definition of|\s+into|\s+under)?|meet the definition of|class as|be classed as|"
                   r"be classified as|be seen as|be treated as|amount to|sound like|come under|fall under|qualify as)\s+"
                   r"(?:an?\s+|the\s+)?(?P<x>(?:(?!\s[-–—]\s)[^?.!,;]){3,70}?)\s*\?*\s*$", re.I)
#: what names no category: a period, a figure, a pronoun ("would that count as it?")
_NO_CATEGORY = re.compile(r"\d|^(?:it|this|that|one|them|such|yes|no)\b", re.I)


#: what a category takes in, asked whole: "what counts as contextual safeguarding?", "what
#: would be classed as modern slavery?" (sixty-fifth session, the threshold question): its
#: definition, asked as "what is X?"
_COUNTS_AS = re.compile(r"^\W*(?:(?:quick\s+(?:one|q)|sanity\s+check)\s*[-–—:,]?\s*)?(?:so\s+)?what\s+(?:counts|would count|is counted|is classed|would be classed|"
                        r"is classified|would be classified)\s+as\s+(?P<x>(?!(?:this|that|it|a|an|the|one)\b)[\w\-’' ]{3,40}?)\s*\?*\s*$", re.I)


def as_category_question(question: str) -> str:
    """"what is <category>?" for a question asking whether a described case fits a
    category the documents define (module docstring); ``question`` unchanged otherwise.

    Args:
        question: the (redacted) question, one line.

    Returns:
        "what is domestic servitude?" for "... Does this fit domestic servitude?" (and for
        "what counts as domestic servitude?", :data:`_COUNTS_AS`), or ``question``.
    """
    whole = _COUNTS_AS.match(question)
    if whole and not _NO_CATEGORY.search(whole.group("x")):
        return f"what is {' '.join(whole.group('x').split())}?"
    m = _FITS.search(_DEFINITION_TOO.sub("", question))
    if not m:
        return question
    category = " ".join(m.group("x").split())
    if _NO_CATEGORY.search(category):
        return question
    return f"what is {category}?"

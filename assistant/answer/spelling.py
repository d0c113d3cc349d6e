"""American spellings in a question written the British way the documents use.

Practitioners trained in the USA, Canada or the Philippines type "labor trafficking",
"behavior", "pediatric", "counseling", "neighborhood", "organization". The documents are
British: the keyword index holds "labour" and "behaviour", and the question rules that ask
whether a passage names the question's words would not find "labor" in them. So before a
question is read, each American spelling is written the British way, but only where the
documents bear that out: the American word is absent from the corpus vocabulary and the
British one is present. That guard keeps words both nations write ("practice", the noun;
"license", the verb; "program", the software) as typed whenever the documents use them.

The American -> British word list is breame's (``breame.spelling``, Charles Pierse,
https://github.com/cdpierse/breame, Apache-2.0), itself drawn from the
American/British spelling lists of the Oxford and Cambridge dictionaries.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from breame.spelling import american_spelling_exists, get_british_spelling

_WORD = re.compile(r"(?<![\w'’\[-])[A-Za-z]{3,}(?![\w'’\]-])")


def british_spelling(text: str, known: Callable[[str], bool]) -> str:
    """``text`` with American spellings the corpus does not use written the British way.

    * "how many labor trafficking referrals?" -> "how many labour trafficking referrals?"
      (when the corpus has "labour" and not "labor");
    * "what does the report say about behavior?" -> "... about behaviour?";
    * "Pediatric liaison" -> "Paediatric liaison" (the first letter's case is kept).

    Args:
        text: one question (already redacted and shorthand written out), any length.
        known: whether a word occurs in the live corpus (``word -> bool``; the chain passes
            a lookup of its analysed tokens in the corpus IDF table).

    Returns:
        ``text`` with each whole word of three or more letters that breame lists as an
        American spelling replaced by its British one, where ``known`` holds for the British
        word and not for the American; everything else as typed. Acronyms (all capitals)
        and words inside a redaction placeholder ("[NAME]") are left alone.
    """
    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.isupper() or not american_spelling_exists(word.lower()):
            return word
        british = get_british_spelling(word.lower())
        if not british or british == word.lower() or " " in british or known(word.lower()) or not known(british):
            return word
        return british[0].upper() + british[1:] if word[0].isupper() else british

    return _WORD.sub(swap, text)

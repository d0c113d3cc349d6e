"""Typos in a question corrected towards the corpus's own words (and a case review's
child named as the documents name it: "Child J" is "Young Person J").

Practitioners type on phones: "how many kids went misisng in harow?", "wat is contextul
safegaurding??". A misspelt word matches nothing in the keyword index and little in the
dense one, and the refusal rules then find the question's words missing from every
passage. A word is corrected only when it is neither a word of the indexed documents nor an
English word, and a word of the documents is one edit away (two for words of eight letters
or more): "harow" -> "harrow", "misisng" -> "missing", "safegaurding" -> "safeguarding".
Proper nouns the documents never mention ("Brent", "Hillingdon") and everyday words they
do not use ("tenancy") are English words, so they stay: a question about something the
documents do not cover is still refused.

The edit candidates and the English word list come from pyspellchecker (Peter Norvig's
"How to Write a Spelling Corrector", https://norvig.com/spell-correct.html; the
package's English frequency list, built from OpenSubtitles).
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from collections.abc import Iterable

from spellchecker import SpellChecker

#: words shorter than this are never corrected ("wat", "mny", "resi", "orgs": too many
#: neighbours, and shorthand more often than typos)
MIN_LENGTH = 5
#: words kept as typed that the English word list lacks: shorthand practitioners type that
#: is one edit from another word ("strat" is not "start"), and words in current use
SHORTHAND = frozenset("strat strats stats indep intro intros admin convo convos approx safeg refs reqs "
                      "docs mgmt mgrs perp perps vics themself".split())
#: prefixes an English word may take ("reoffending", "nonattendance", "unreported")
_PREFIXES = ("re", "un", "non", "pre", "co", "mis", "over", "under")
#: British endings the (American) English word list spells otherwise: "prioritise",
#: "odours", "offences", "realised"
_BRITISH = ((re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"), (re.compile(r"our(s|ed|ing|ite|ites)?$"), r"or\1"),
            (re.compile(r"ence(s)?$"), r"ense\1"), (re.compile(r"tre(s)?$"), r"ter\1"), (re.compile(r"ogue(s)?$"), r"og\1"),
            (re.compile(r"lled$"), "led"), (re.compile(r"lling$"), "ling"))
#: endings whose stem is a word: plurals, past tenses, agents and adverbs ("funder",
#: "texted"), and contractions typed without the apostrophe ("theres", "theyre", "wasnt",
#: "whos")
_ENDINGS = ("s", "es", "ed", "d", "ing", "re", "nt", "t", "ll", "ve", "er", "ers", "ly", "ness", "ment", "ments", "ful")
#: "c" at the end of a stem before an ending that English spells with "ck" ("trafficing",
#: "trafficed", "traficer": "traffic" -> "trafficking"; "panicing")
_C_BEFORE_ENDING = re.compile(r"(?<=[aeiou])c(ing|ed|er|ers|y)$")
#: words this long may be two edits from their corpus spelling ("safegaurding")
TWO_EDITS_FROM = 8
_WORD = re.compile(r"(?<![\w\[\]'’-])[A-Za-z]+(?![\w\[\]'’-])")
_CORPUS_WORD = re.compile(r"[a-z]+")
#: a case review's label: "Child M", "Young Person J", "YP J", "Child 'M'", "Family A"
_CASE_LABEL = re.compile(r"\b(?P<who>(?i:child|young\s+person|yp|family))\s+['‘’]?(?P<l>[A-Z])['’]?(?![\w'’])")

#: a case label typed in lower case ("child m", "young person j"), read as the documents'
#: label only when they give it
_LOWER_LABEL = re.compile(r"\b(?P<who>(?i:child|young\s+person|yp|family))\s+(?P<l>[a-z])(?![\w'’])")

def _label_key(label: str) -> str:
    """A case label compared without case, quotes or runs of spaces: "Child ‘M’" -> "child m"."""
    return " ".join(re.sub(r"['‘’]", "", label).lower().split())


class TypoCorrector:
    """Corrects misspelt words of a question to words of the indexed documents.

    Args:
        texts: the documents' texts (chunk texts with their headings; any iterable of
            strings). Their lower-case words and counts are the vocabulary corrections go
            to, and their case labels ("Young Person J") the names a case is given.

    The English word list is loaded once per corrector (about 0.3 s, a few MB).
    """

    def __init__(self, texts: Iterable[str]):
        self.counts: Counter[str] = Counter()
        self.case_labels: set[str] = set()  # "young person j", "child m", "family a"
        self.case_forms: dict[str, str] = {}  # "young person j" -> "Young Person J"
        for text in texts:
            self.counts.update(_CORPUS_WORD.findall(text.lower()))
            for m in _CASE_LABEL.finditer(text):
                self.case_labels.add(_label_key(m.group(0)))
                # (as the documents write it: "Young Person J")
                self.case_forms.setdefault(_label_key(m.group(0)), re.sub(r"['‘’]", "", " ".join(m.group(0).split())))
        self._english = SpellChecker()
        self._corpus = SpellChecker(language=None, distance=2)
        self._corpus.word_frequency.load_words(list(self.counts.elements()))

    def correction(self, word: str) -> str | None:
        """The corpus word ``word`` misspells, or ``None`` when it is not a typo: a word of
        the documents, an English word, a name or acronym (capitalised), shorthand
        (:data:`SHORTHAND`), shorter than :data:`MIN_LENGTH`, or no corpus word near
        enough. The nearest corpus words are
        those one edit away (a letter added, dropped, changed or two swapped), else two
        for words of :data:`TWO_EDITS_FROM` letters or more; of them the most alike
        (:class:`difflib.SequenceMatcher`), then the most frequent in the documents."""
        lower = word.lower()
        if len(word) < MIN_LENGTH or word[:1].isupper() or lower in self.counts or lower in SHORTHAND:
            return None
        # (a "c" that English writes "ck" before -ing, -ed, -er: "trafficing" is
        # "trafficking", though its stem "traffic" is an English word)
        ck = _C_BEFORE_ENDING.sub(r"ck\1", lower)
        if ck != lower and ck in self.counts:
            return ck.capitalize() if word[:1].isupper() else ck
        if self._english_word(lower):
            return None
        near = self._corpus.known(self._corpus.edit_distance_1(lower))
        if not near and len(lower) >= TWO_EDITS_FROM:
            near = self._corpus.known(self._corpus.edit_distance_2(lower))
        if not near:
            return None
        # (the closest by letters first: "helpine" is "helpline", not "helping")
        best = max(sorted(near), key=lambda w: (round(SequenceMatcher(None, lower, w).ratio(), 3), self.counts[w]))
        return best.capitalize() if word[:1].isupper() else best

    def _english_word(self, lower: str) -> bool:
        """Whether ``lower`` is an English word: in the word list as it is, in its
        American spelling (:data:`_BRITISH`), as a stem with one of :data:`_ENDINGS`, or
        after one of :data:`_PREFIXES`."""
        forms = {lower} | {pattern.sub(repl, lower) for pattern, repl in _BRITISH}
        forms |= {lower[:-len(e)] for e in _ENDINGS if lower.endswith(e) and len(lower) - len(e) >= 2}
        forms |= {f[len(p):] for f in list(forms) for p in _PREFIXES if f.startswith(p) and len(f) - len(p) >= 4}
        return bool(self._english.known(forms))

    def correct(self, text: str) -> str:
        """``text`` with every misspelt word (:meth:`correction`) replaced, and a case
        review's child named as the documents name it (:meth:`case_label`); a redaction
        placeholder ("[NAME]") and words joined by an apostrophe or hyphen are left as
        they are."""
        # (a label the documents give, typed in lower case: "young person j" is "Young
        # Person J", as they write it) (sixty-fourth session)
        text = _LOWER_LABEL.sub(lambda m: self.case_forms.get(_label_key(m.group(0)), m.group(0)), text)
        text = _CASE_LABEL.sub(lambda m: self.case_label(m.group(0)), text)
        return _WORD.sub(lambda m: self.correction(m.group(0)) or m.group(0), text)

    def case_label(self, label: str) -> str:
        """A child's case label as the documents give it: "Child J" -> "Young Person J"
        when the documents name a Young Person J and no Child J (the reviews call a child
        by either). ``label`` as typed otherwise."""
        m = _CASE_LABEL.fullmatch(label)
        letter = m.group("l").upper() if m else ""
        if not m or m.group("who").lower().startswith("family"):
            return label
        if _label_key(label) in self.case_labels:
            return label
        named = [w for w in ("child", "young person", "yp") if f"{w} {letter.lower()}" in self.case_labels]
        return f"{'Young Person' if named[0] == 'young person' else named[0].upper() if named[0] == 'yp' else 'Child'} {letter}" \
            if len(named) == 1 else label

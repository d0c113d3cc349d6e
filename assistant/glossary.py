"""Safeguarding glossary: acronyms, expansions, ambiguous senses and everyday synonyms.

Data lives in ``assistant/data/glossary.yaml``; expansions found in the corpus itself
("Multi-agency Risk Assessment Conference (MARAC)") are mined at query time from the
indexed chunks by :func:`mine_definitions` and take precedence for citation.

Used for query expansion (an acronym in the question adds its expansion and vice versa,
and everyday phrases add the terms the documents use) and by the answerer for
"what is X / what does X stand for" questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

import yaml

from assistant.keywords import analyze
from ingest.models import SECTION_SEP

GLOSSARY_FILE = Path(__file__).resolve().parent / "data" / "glossary.yaml"


@lru_cache(maxsize=None)
def _pattern(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` memoised without bound. The glossary's per-term and per-synonym
    patterns are a fixed set of a few thousand, more than ``re``'s own 512-entry cache
    holds: compiled anew for every question they were most of a query's time."""
    return re.compile(pattern, flags)


def _acronym_re(acronym: str) -> re.Pattern:
    """The acronym as a whole word, plural allowed ("CPCs"), in the case
    :func:`acronym_flags` gives it."""
    return _pattern(rf"(?<![\w-]){re.escape(acronym)}s?(?![\w-])", acronym_flags(acronym))


#: what came out of a case review is its findings: "what came out of the Child M review?",
#: "wat came outta the chld M reveiw??" (not what came out of a scrutiny or an audit: its
#: actions)
_REVIEW_CAME_OUT = re.compile(r"\b(?:came|come|comes)\s+out(?:\s+of|ta)\s+(?:the\s+|this\s+|that\s+|our\s+)?(?:[\w’'-]+\s+){0,4}?"
                              r"(?:review|reveiw|reivew|sar|cspr|scr|llr|dhr)s?\b", re.I)


@dataclass
class Term:
    """One glossary entry."""

    acronym: str
    expansion: str
    senses: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    #: other names a document may give the thing ("trafficking of victims" for TIP), by
    #: which a passage is known to speak of it; unlike ``related``, never searched for
    also: list[str] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        return len(self.senses) > 1


#: a capital letter standing alone as a name: "M couldnt talk", "J's mum" (not "I" or
#: "A", nor one ending a sentence, "Plan B."; :func:`_lone_letters` also skips one after
#: a capitalised word, "Plan B for")
_LONE_LETTER = re.compile(r"(?<![\w'’.&/-])([B-HJ-Z])(?=[’']s\b|\s+(?!and\b|or\b|to\b)[a-z])")

#: "who pays for the board?", "who funds the HSCB?": the body asked about
_PAYS_FOR = re.compile(r"\bwho\s+(?:pays|paid|funds|funded|finances|financed|bankrolls)\s+(?:for\s+)?(?:the\s+)?(?P<body>[\w-]+)", re.I)
_SOMEONE = r"(?:him|her|them|me|us|(?:one|any|some|either) of (?:them|those|the (?:lads|girls|boys|men|women|workers|victims))|the (?:lads|victims?|workers?)|the (?:child|baby|boy|girl|kids?|young person)|(?:their|his|her|my|our) (?:kids?|children|child|son|daughter|boy|girl))"
#: "{parent}" in a phrase: a parent, with up to two describing words ("a poorly or
#: shielding mum or dad", "their disabled mother")
_PARENT = (r"(?:(?:a|an|their|his|her|my|the|your)\s+)?(?:[\w-]+\s+(?:(?:or|and)\s+[\w-]+\s+)?)?"
           r"(?:parents?|mums?|dads?|mothers?|fathers?|mum or dad|mum and dad)\b")


#: "{worker}" in a phrase: people who work with children ("teachers, coaches or other
#: people who work with kids", "a teacher or youth worker", "staff or volunteers")
_WORKER_NOUN = (r"(?:teachers?|coach(?:es)?|youth workers?|staff|volunteers?|carers?|professionals?|workers?|"
                r"(?:other\s+)?(?:people|adults?|grown-?ups|anyone|someone) (?:who|that) (?:works?|volunteers?|helps? out)"
                r"(?: or (?:helps? out|volunteers?|works?))? with (?:kids|children|young people))")
_WORKER = (rf"(?:(?:a|an|the|our|their|other)\s+)?{_WORKER_NOUN}(?:(?:\s*,\s*|\s+or\s+|\s+and\s+)(?:(?:a|an|the|other)\s+)?"
           rf"(?:[\w-]+\s+)?{_WORKER_NOUN})*")


#: acronyms that are also an everyday word, or another plural, in lower case ("an ace",
#: "MPs", "send a referral", "a tip off"): only their capitals name the term
_WORDLIKE = frozenset({"ace", "mps", "send", "tip"})


def acronym_flags(acronym: str) -> int:
    """Regex flags for finding ``acronym`` in a question: ``re.I`` when it has 3+
    characters and its lower case is not an everyday word (:data:`_WORDLIKE`), so that
    "rhi timescale" and "marac" name RHI and MARAC as Slack users type them; else 0
    (case-sensitive: "DA", "ACE", "SEND")."""
    return re.I if len(acronym) >= 3 and acronym.lower() not in _WORDLIKE else 0


@dataclass
class Glossary:
    """Acronym table plus phrase synonyms.

    Attributes:
        terms: upper-case acronym -> :class:`Term`.
        synonyms: lower-case everyday phrase -> document terms; ``{someone}`` in a
            phrase matches a pronoun or "the child" ("hold {someone} still"), ``{parent}``
            a parent, ``{worker}`` people who work with children.
        unless: lower-case everyday phrase -> words that, named anywhere in the text, stop
            the phrase standing for its terms ("didn't turn up" means missed appointments,
            but not in "didn't turn up to a single board meeting"). Written in the YAML as
            ``phrase: {terms: [...], unless: [...]}``.
        bodies: upper-case acronym of a partnership body whose meetings the documents
            table (membership and attendance) -> lower-case words a question may call it
            by ("board" for the HSCB); the YAML's ``bodies:`` section.
        bodies_unless: acronym -> words that stop those words naming it ("the
            partnership board", "the adults board" are not the HSCB).
    """

    terms: dict[str, Term]
    synonyms: dict[str, list[str]]
    unless: dict[str, list[str]] = field(default_factory=dict)
    bodies: dict[str, list[str]] = field(default_factory=dict)
    bodies_unless: dict[str, list[str]] = field(default_factory=dict)
    _expanded: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    _compounds: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    def acronyms_upper(self, text: str) -> str:
        """``text`` with an acronym typed in mixed case put in capitals when the glossary
        knows it: "when did the SWiS project start?" -> "... SWIS ...". Only words with two
        capitals or more and a lower-case letter (so "Mash" or "Lado" are left for the
        glossary's own case rules, and "McDonald" is no acronym unless the glossary has it)."""
        def upper(m: re.Match) -> str:
            word = m.group(0)
            return word.upper() if word.upper() in self.terms else word
        return re.sub(r"\b(?=\w*[A-Z]\w*[A-Z])(?=\w*[a-z])[A-Za-z]{3,8}\b", upper, text)

    def find_terms(self, text: str) -> list[Term]:
        """Terms named in ``text`` by acronym (whole word; in any case if it has 3+
        characters and is not an everyday word, :func:`acronym_flags`: "marac", "rhi") or
        by full expansion."""
        return [term for term in self.terms.values() if self.names_term(term, text)]

    def names_term(self, term: Term, text: str) -> bool:
        """Whether ``text`` names ``term`` by its acronym (as :meth:`find_terms` finds it),
        by its expansion (any case, hyphens as spaces) or by a compound form
        (:meth:`compound_forms`: "291 initial CPCs" names ICPC)."""
        if _acronym_re(term.acronym).search(text):
            return True
        if bool(term.expansion) and _norm(term.expansion) in _norm(text):
            return True
        return any(_pattern(rf"(?<![\w-]){form}s?(?![\w-])", re.I).search(text) for form in self.compound_forms(term))

    def compound_forms(self, term: Term) -> list[str]:
        """Regex forms naming ``term`` by leading words and another term's acronym, where
        ``term``'s expansion is those words followed by the other term's expansion:
        ICPC (Initial Child Protection Conference) is also "initial CPC", since CPC is
        Child Protection Conference. Returns ``[]`` when no other term ends the expansion
        (memoised per acronym)."""
        hit = self._compounds.get(term.acronym)
        if hit is not None:
            return list(hit)
        forms: list[str] = []
        words = _norm(term.expansion).split()
        for other in self.terms.values():
            tail = _norm(other.expansion).split()
            if other is term or not tail or len(tail) >= len(words) or words[-len(tail):] != tail:
                continue
            lead = words[:-len(tail)]
            forms.append(r"[\s-]+".join(re.escape(w) for w in lead) + r"[\s-]+" + re.escape(other.acronym))
        self._compounds[term.acronym] = tuple(forms)
        return forms

    def spell_out(self, text: str, skip: Callable[[str], bool] = lambda acronym: False,
                  used: Callable[[str], bool] = lambda acronym: True) -> str:
        """``text`` with each unambiguous acronym it uses followed by its expansion, once:
        "left on an SGO?" -> "left on an SGO (Special Guardianship Order)?". For the
        embedding model, which knows few UK safeguarding acronyms; an acronym already
        spelled out in ``text``, with several senses (SAR), or for which ``skip(acronym)``
        is true, is left alone. An expansion spelled out in ``text`` without its acronym
        is followed by the acronym, once: "contacts into the multi agency safeguarding
        hub?" -> "contacts into the multi agency safeguarding hub (MASH)?", since tables
        and headings often name a service by its acronym alone ("Number of Contacts in
        MASH"), when ``used(acronym)`` says the documents use it."""
        out = text
        for term in self.find_terms(text):
            if term.expansion and _norm(term.expansion) in _norm(text):
                if used(term.acronym) and not _acronym_re(term.acronym).search(text):
                    words = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", term.expansion.strip()))
                    out = re.sub(rf"(?<![\w-]){words}(?![\w-])", lambda m: f"{m.group(0)} ({term.acronym})", out,
                                 count=1, flags=re.I)
                continue
            if term.ambiguous or not term.expansion or skip(term.acronym):
                continue
            pattern = rf"(?<![\w-]){re.escape(term.acronym)}s?(?![\w-])"
            flags = acronym_flags(term.acronym)
            out = re.sub(pattern, lambda m: f"{m.group(0)} ({term.expansion})", out, count=1, flags=flags)
        return out

    def equivalents(self, text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
        """How the terms ``text`` names may be named otherwise, as ``(asked, naming)``
        pairs of analysed stems: an acronym ``text`` uses is named by its expansion ("RHI"
        by "return home interview"), an expansion it spells out by its acronym ("multi
        agency safeguarding hub" by "MASH"). An ambiguous acronym (SAR) is named by the
        expansion the glossary gives it, the sense the corpus uses. Used with
        :func:`assistant.keywords.covered_weight` for the refusal rule's lexical coverage."""
        out: list[tuple[frozenset[str], frozenset[str]]] = []
        for term in self.find_terms(text):
            if not term.expansion:
                continue
            # (the expansion's words as separate words: "multi agency" names "Multi-Agency")
            acr, exp = frozenset(analyze(term.acronym)), frozenset(analyze(re.sub(r"[-–]", " ", term.expansion)))
            if not acr or not exp:
                continue
            if _acronym_re(term.acronym).search(text):
                out.append((acr, exp))
            else:
                out.append((exp | frozenset(analyze(term.expansion)), acr))
        return out

    def synonym_equivalents(self, text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
        """``(asked, naming)`` pairs of analysed stems for the everyday phrases of
        :attr:`synonyms` that ``text`` uses: each is named by every document term it stands
        for ("in care" by "looked after": ``({"care"}, {"look"})``). Placeholders
        ("{someone}") are left out of the asked stems, and a one-word phrase ("kids",
        "mum"), or one word with a little one ("to ring"), is not used: it names too much;
        a state ("in care", "off roll", :data:`_STATE_PHRASE`) is. The reranker counts these at part weight
        (a phrase may stand for a term in one context only: "didn't turn up" for missed
        appointments)."""
        out: list[tuple[frozenset[str], frozenset[str]]] = []
        for phrase, targets in self.matched_synonyms(text):
            if re.search(rf"\b(?:from|out of|left|leaving|leave)\s+(?:the\s+)?{re.escape(phrase)}\b", text, re.I):
                # a state left is not the state: "how many went missing from state care?"
                # is not the looked-after count
                continue
            asked = frozenset(analyze(re.sub(r"\{\w+\}", " ", phrase)))
            if len(phrase.split()) < 2 or (len(asked) < 2 and not _STATE_PHRASE.match(phrase)):
                # (nor one word with a little one, "to ring" / "ring the" for "call", unless
                # the little word makes a state of it: "in care", "off roll")
                continue
            for target in targets:
                naming = frozenset(analyze(re.sub(r"[-–]", " ", target)))
                if asked and naming and not asked & naming:
                    out.append((asked, naming))
        return out

    def expand(self, text: str) -> list[str]:
        """Extra query phrases for ``text``: expansions, acronyms, related terms, synonyms
        (memoised: the chain asks for the same question's expansions several times)."""
        hit = self._expanded.get(text)
        if hit is not None:
            return list(hit)
        extra: list[str] = []
        # a case review's subject named by the letter alone ("M couldnt talk - how did
        # staff ...?", "what did J's mum say?") is the review's "Child M" / "Young Person J"
        extra.extend(f"Child {m.group(1)}" for m in _lone_letters(text))
        for term in self.find_terms(text):
            extra.append(term.acronym)
            extra.append(term.expansion)
            extra.extend(term.related)
        for _, targets in self.matched_synonyms(text):
            extra.extend(targets)
        if _REVIEW_CAME_OUT.search(text):
            extra.append("key findings")  # "what came out of the Child M review?": its key findings
        payee = self.pays_for_body(text)
        if payee:
            extra.extend([payee, "income", "budget"])  # "who pays for the board?": the HSCB's budget income
        seen, out = set(), []
        for e in extra:
            if e.lower() not in seen and e.lower() not in text.lower():
                seen.add(e.lower())
                out.append(e)
        if len(self._expanded) > 4096:
            self._expanded.clear()
        self._expanded[text] = tuple(out)
        return out


    def pays_for_body(self, text: str) -> str | None:
        """The acronym of the partnership body (:attr:`bodies`) that ``text`` asks who pays
        for or funds, by acronym or by what it may be called ("who pays for the board?" ->
        "HSCB", unless the text also uses one of the body's :attr:`bodies_unless` words);
        ``None`` otherwise."""
        m = _PAYS_FOR.search(text)
        if not m:
            return None
        word = m.group("body").lower()
        low = text.lower()
        for acr, called in self.bodies.items():
            if word == acr.lower() or (word in called and not any(re.search(rf"\b{re.escape(u)}\b", low) for u in self.bodies_unless.get(acr, []))):
                return acr
        return None

    def matched_synonyms(self, text: str) -> list[tuple[str, list[str]]]:
        """The everyday phrases of :attr:`synonyms` that ``text`` uses, with the document
        terms each stands for: "those on the receiving end" -> ``[("on the receiving end",
        ["victims"])]``. "{someone}" in a phrase stands for a pronoun or "the child" ("tying
        {someone} down" matches "tying him down"); "{parent}" for a parent ("looking after a
        poorly or shielding mum or dad"); "{worker}" for people who work with children ("a
        teacher or youth worker harmed a child"). A phrase with :attr:`unless` words is
        not matched when ``text`` names one of them."""
        low = f" {text.lower()} "
        out: list[tuple[str, list[str]]] = []
        for phrase, targets in self.synonyms.items():
            if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in self.unless.get(phrase, ())):
                continue
            pattern = (re.escape(phrase).replace(re.escape("{someone}"), _SOMEONE).replace(re.escape("{parent}"), _PARENT)
                       .replace(re.escape("{worker}"), _WORKER))
            if _pattern(rf"(?<![\w]){pattern}(?![\w])").search(low):
                out.append((phrase, targets))
        return out

#: a phrase whose little word makes a state of one word: "in care", "off roll", "on a plan"
_STATE_PHRASE = re.compile(r"(?:in|into|off|out of|on|under|at)\s+(?:a\s+|the\s+)?\w+$", re.I)


def _lone_letters(text: str) -> list[re.Match]:
    """The first match of each capital letter standing alone as a case review subject's
    name in ``text`` (:data:`_LONE_LETTER`: "M couldnt talk"), unless ``text`` names the
    subject in full ("Child M") or the letter follows a capitalised word ("Plan B for")."""
    out: dict[str, re.Match] = {}
    for m in _LONE_LETTER.finditer(text):
        letter = m.group(1)
        if letter in out or re.search(r"\b[A-Z][a-z]+\s+$", text[:m.start()]):
            continue
        if not re.search(rf"\b(?:child|young person|family|baby|case|person|yp)\s+{letter}\b", text, re.I):
            out[letter] = m
    return list(out.values())


def _norm(s: str) -> str:
    return re.sub(r"[\s\-–]+", " ", s.lower()).strip()


@lru_cache(maxsize=1)
def load_glossary(path: Path = GLOSSARY_FILE) -> Glossary:
    """Load the glossary YAML (cached).

    Raises:
        ValueError: the file is malformed, or names one entry twice (YAML keeps the
            last silently, so an edit would be lost); the message names the file and the
            entry.
    """
    text = path.read_text(encoding="utf-8")
    root = yaml.compose(text)
    for section in (root.value if isinstance(root, yaml.MappingNode) else []):
        key, body = section
        if isinstance(body, yaml.MappingNode):
            seen: set[str] = set()
            for k, _ in body.value:
                name = str(k.value).lower()
                if name in seen:
                    raise ValueError(f"{path}: {key.value}.{k.value}: named twice (line {k.start_mark.line + 1})")
                seen.add(name)
    data = yaml.safe_load(text) or {}
    terms: dict[str, Term] = {}
    for acr, entry in (data.get("terms") or {}).items():
        if not isinstance(entry, dict) or not entry.get("expansion"):
            raise ValueError(f"{path}: terms.{acr}: field 'expansion' is required")
        terms[str(acr).upper()] = Term(
            acronym=str(acr).upper(),
            expansion=str(entry["expansion"]),
            senses=[str(s) for s in entry.get("senses") or []],
            related=[str(s) for s in entry.get("related") or []],
            also=[str(s) for s in entry.get("also") or []],
        )
    synonyms: dict[str, list[str]] = {}
    unless: dict[str, list[str]] = {}
    for k, v in (data.get("synonyms") or {}).items():
        phrase = str(k).lower()
        if isinstance(v, dict):
            if not v.get("terms"):
                raise ValueError(f"{path}: synonyms.{k}: field 'terms' is required")
            synonyms[phrase] = [str(x) for x in v["terms"]]
            unless[phrase] = [str(x).lower() for x in v.get("unless") or []]
        else:
            synonyms[phrase] = [str(x) for x in v]
    bodies: dict[str, list[str]] = {}
    bodies_unless: dict[str, list[str]] = {}
    for acr, entry in (data.get("bodies") or {}).items():
        if entry is not None and not isinstance(entry, dict):
            raise ValueError(f"{path}: bodies.{acr}: expected a mapping ({{called: [...], unless: [...]}}) or nothing")
        entry = entry or {}
        bodies[str(acr).upper()] = [str(x).lower() for x in entry.get("called") or []]
        bodies_unless[str(acr).upper()] = [str(x).lower() for x in entry.get("unless") or []]
    return Glossary(terms=terms, synonyms=synonyms, unless=unless, bodies=bodies, bodies_unless=bodies_unless)


#: words skipped when reading an acronym's initials ("Violence, Vulnerability and Exploitation")
CONNECTORS = frozenset({"of", "and", "for", "the", "in", "or", "to", "on", "with", "&"})

_DEF_PATTERNS = (
    # "Multi-agency Risk Assessment Conference (MARAC)", "Violence, Vulnerability and Exploitation (VVE)"
    r"(?P<exp>(?:[A-Z][\w'’&-]*,?\s+(?:(?:of|and|for|the|in|or|to|on|with|&)\s+)*){{1,9}}[A-Z][\w'’&-]*)\s*\(\s*{acr}\s*\)",
    # "MARAC (Multi-agency Risk Assessment Conference)"
    r"\b{acr}\s*\((?P<exp>[A-Z][^()]{{3,80}})\)",
)


def _initials(words: list[str]) -> str:
    out = ""
    for w in words:
        for part in re.split(r"[-–]", w):
            part = part.strip(",")
            if part and part.lower() not in CONNECTORS:
                out += part[0].upper()
    return out


def _trim_expansion(exp: str, acronym: str) -> str | None:
    """The longest suffix of ``exp`` whose initials start like ``acronym``.

    "The Violence, Vulnerability and Exploitation Operational Group" + "VVE" ->
    "Violence, Vulnerability and Exploitation Operational Group"; ``None`` if no suffix fits.
    """
    words = exp.split()
    target = acronym.upper().rstrip("S")
    for i in range(len(words)):
        if words[i].lower() in CONNECTORS:
            continue
        ini = _initials(words[i:])
        if ini.startswith(target[: max(2, len(target) - 1)]) or (len(target) <= 2 and ini.startswith(target)):
            return " ".join(words[i:]).strip(" ,")
    return None


def mine_definitions(acronym: str, text: str) -> list[tuple[int, int, str]]:
    """Places in ``text`` where ``acronym`` is spelled out, e.g.
    "Multi-agency Risk Assessment Conference (MARAC)" or "MARAC (Multi-agency ...)", or a
    footnote line ("11 Empowering Communities with Integrated Networks") whose initials are
    exactly the acronym, in a text that uses the acronym.

    For "Expansion (X)" the expansion's initials must start like the acronym (hyphenated
    parts count: "Multi-agency" gives M, A), which rejects a parenthesis that merely follows
    unrelated words; for "X (Expansion)" only the first initial must agree.

    Returns:
        ``[(start, end, expansion)]``: the span of the defining phrase (expansion plus
        acronym) and the expansion alone.
    """
    spans = []
    expansion_first, acronym_first = _DEF_PATTERNS
    for m in re.finditer(expansion_first.format(acr=re.escape(acronym)), text):
        exp = _trim_expansion(m.group("exp"), acronym)
        if exp:
            spans.append((m.start("exp") + m.group("exp").rfind(exp), m.end(), exp))
    for m in re.finditer(acronym_first.format(acr=re.escape(acronym)), text):
        # "CYADS (Children, Young Person and Disability Team)": the bracket right after the
        # acronym is itself strong evidence, so only the first initial must agree
        exp = m.group("exp").strip(" ,")
        words = exp.split()
        if len(words) >= 2 and _initials(words)[:1] == acronym[:1].upper():
            spans.append((m.start(), m.end(), exp))
    if not spans:
        # in lower case, the initials exactly the acronym's: "young offender institutions
        # (YOIs) and secure training centres (STCs)"
        n = len(re.sub(r"[^A-Za-z]", "", acronym))
        lower = rf"(?P<exp>(?:[a-z][\w'’-]*\s+){{{max(0, n - 1)},{n + 2}}}[a-z][\w'’-]*)\s*\(\s*{re.escape(acronym)}s?\s*\)"
        for m in re.finditer(lower, text):
            words = m.group("exp").split()
            for i in range(len(words)):
                if words[i].lower() not in CONNECTORS and _initials(words[i:]) == acronym.upper():
                    exp = " ".join(words[i:])
                    if re.search(r"s\s*\)$", m.group(0)) and re.search(r"[^s]s$", exp):
                        exp = exp[:-1]  # "(STCs)": one secure training centre
                    spans.append((m.start("exp") + m.group("exp").rfind(exp), m.end(), exp))
                    break
    if not spans and re.search(rf"\b{re.escape(acronym)}\b", text):
        # a footnote that spells out an acronym used above it ("... system - ECINS, which
        # ..." / "11 Empowering Communities with Integrated Networks"): the whole footnote
        # must be the expansion, its initials exactly the acronym (a plural S allowed)
        for m in re.finditer(r"(?m)^\d{1,3} (?P<exp>[A-Z][\w'’&-]*(?:,? [\w'’&-]+){1,9})\.?$", text):
            exp = m.group("exp")
            if _initials(exp.split()) in (acronym.upper(), acronym.upper().rstrip("S")) and len(acronym) >= 3:
                spans.append((m.start(), m.end(), exp))
    return sorted(spans)


def heading_definition(acronym: str, section: str) -> tuple[str, str] | None:
    """The heading of a section path that spells ``acronym`` out, deepest first: a report's
    "7. Scrutiny > Female Genital Mutilation (FGM)" defines FGM in its heading, which is
    not part of any chunk's text (so :func:`mine_definitions` over the text misses it).

    Args:
        acronym: as asked ("FGM").
        section: a chunk's section path, headings joined with ``" > "``.

    Returns:
        ``(heading, expansion)`` or ``None``.
    """
    for heading in reversed(section.split(SECTION_SEP)) if section else ():
        spans = mine_definitions(acronym, heading)
        if spans:
            return heading, spans[0][2]
    return None

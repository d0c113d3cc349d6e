"""Roles and kinds of organisation a question asks the documents about.

A practitioner reading the learning through their own agency asks what it says *for* or
*about* them: "I'm a GP - what does the report say about GPs?", "anything in here for
community pharmacists?", "what's expected of midwives after the review?". When no passage
found mentions that role, quoting the nearest passage gives another agency's material
("GPS tags offer the opportunity for the Police and Probation Service ..." for GPs, the
Designated Nurse's attendance for school nurses). :func:`roles_unmentioned` names the
roles such a question asks about that the passages never mention, so the answerer can say
the documents do not mention them.

The lexicon is ``assistant/data/roles.yaml``: roles the documents rarely or never name,
each with how a question names them and how a passage would. A role named only to say
who is asking ("I'm a GP", "as a pharmacist", "bank branch here", "I work in a nursery")
or as part of a scene ("a midwife rang me ...") is not asked about: the question is, and
the documents' general guidance may answer it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import yaml

from assistant.answer.question_shape import asking_clauses

_DATA = Path(__file__).resolve().parent.parent / "data" / "roles.yaml"


@dataclass(frozen=True)
class Role:
    """One role or kind of organisation of the lexicon.

    Attributes:
        name: how an answer names them ("GPs"); from the lexicon, never the question.
        asked: how a question names them (compiled, case-insensitive, whole words).
        said: how a passage would mention them (compiled; case-insensitive unless the
            lexicon marks a part ``(?-i:...)``).
        asked_words: ``asked`` as the lexicon writes it (a regex alternation), for
            patterns that name roles among other things.
    """

    name: str
    asked: re.Pattern[str]
    said: re.Pattern[str]
    asked_words: str


def _entries(path: str | None, key: str, what: str, third: str) -> list[tuple[str, re.Pattern[str], re.Pattern[str], str]]:
    """The ``key`` entries of the lexicon at ``path`` as ``(name, asked, third, asked
    regex as written)``: ``asked`` compiled whole-word and case-insensitive, ``third``
    (``said`` or ``member``) compiled case-insensitive.

    Raises:
        ValueError: an entry lacks ``name``, ``asked`` or ``third``, or a pattern does not
            compile (the message names the entry, as ``what``).
    """
    data = yaml.safe_load(Path(path or _DATA).read_text(encoding="utf-8")) or {}
    out = []
    for i, entry in enumerate(data.get(key) or []):
        if not all(isinstance(entry.get(k), str) and entry.get(k) for k in ("name", "asked", third)):
            raise ValueError(f"roles.yaml: {what} {i + 1} needs name, asked and {third}")
        try:
            out.append((entry["name"], re.compile(rf"\b(?:{entry['asked']})\b", re.I), re.compile(entry[third], re.I), entry["asked"]))
        except re.error as exc:
            raise ValueError(f"roles.yaml: {what} {entry['name']!r}: {exc}") from exc
    return out


@lru_cache(maxsize=1)
def load_roles(path: str | None = None) -> tuple[Role, ...]:
    """The roles of the lexicon at ``path`` (default ``assistant/data/roles.yaml``).

    Raises:
        ValueError: an entry lacks ``name``, ``asked`` or ``said``, or a pattern does not
            compile (the message names the entry).
    """
    return tuple(Role(name, asked, said, words) for name, asked, said, words in _entries(path, "roles", "entry", "said"))


#: agencies, services and roles the documents speak of, as a question names one ("the
#: police", "the Met", "housing", "the designated nurse", "CAMHS", "the voluntary sector")
_AGENCIES = (r"(?:the\s+)?(?:metropolitan\s+|met\s+)?police(?:\s+service)?|the\s+met|(?:the\s+)?(?:harrow\s+)?(?:council|ccg|icb|nhs)|"
             r"(?:the\s+)?local\s+authority|(?:the\s+)?clinical\s+commissioning\s+group|health|(?:(?:primary|secondary|special|independent|private|faith|state)\s+)?schools?|education|probation(?:\s+service)?|"
             r"(?:the\s+)?(?:mash|lado|marac|mace|iro|camhs|yot|yos|csc|cnwl|lnwuht|rnoh|wdp|compass|crc)|"
             r"children['’]?s\s+social\s+care|(?:children['’]?s\s+|adult\s+)?social\s+care|(?:the\s+)?voluntary\s+sector|"
             r"(?:the\s+)?(?:designated|named)\s+(?:nurse|doctor|professional)s?|public\s+health|housing|"
             r"(?:the\s+)?(?:london\s+)?(?:fire\s+(?:brigade|service)|ambulance(?:\s+service)?)|lfb|las|cafcass|"
             r"early\s+(?:support|help)|(?:the\s+)?youth\s+offending\s+(?:team|service)|vah|voluntary\s+action\s+harrow|"
             r"faith\s+(?:groups?|organisations?|sector|settings?|communit(?:y|ies))|(?:cp\s+|child\s+protection\s+)?conference\s+chairs|"
             r"iros|social\s+workers|(?:the\s+)?hospitals?|(?:the\s+)?nspcc|barnardo['’]?s")


@lru_cache(maxsize=1)
def agency_words() -> str:
    """A regex alternation (no flags, no word boundaries) of the agencies, services and
    roles a question may name: the documents' own ("the police", "housing", "the
    designated nurse", "CAMHS") and the lexicon's roles ("GPs", "dentists"), each with an
    optional "the". Case-insensitive matching is the caller's."""
    return _AGENCIES + "|(?:the\\s+)?(?:" + "|".join(f"(?:{r.asked_words})" for r in load_roles()) + ")"


#: words just before a role that make it the asker's own: "I'm a GP", "as a pharmacist",
#: "I work in a nursery", "we're a taxi firm", "from the dental practice"
_SELF_BEFORE = re.compile(r"(?:\bi['’]?m|\bi\s+am|\bim|\bas|\bwe['’]?re|\bwe\s+are|\bi\s+(?:work|volunteer)(?:\s+(?:in|at|for|as|with))?"
                          r"|\bworking(?:\s+(?:in|at|as|for|with))?|\bhere\s+at)"
                          r"\s+(?:(?:a|an|the|one\s+of\s+the|our|my|local|community|high\s+street|busy)\s+){0,2}"
                          r"(?:[\w'’-]+\s+){0,2}$", re.I)
#: words just after a role that make it the asker's own: "GP here", "pharmacist -" at the start
_SELF_AFTER = re.compile(r"^(?:['’]?s)?\s*(?:here\b|asking\b|speaking\b|(?:lead|manager|owner|staff|worker)\s+here\b)", re.I)
#: how a question asks what the documents say FOR or ABOUT a role: "for GPs", "about
#: dentists", "say to midwives", "expected of pharmacists", "mention nurseries"
_ABOUT_BEFORE = re.compile(r"\b(?:for|about|to|of|re|regarding|concerning|mention|mentions|mentioned|on|involving|involve)"
                           r"\s+(?:(?:the|our|any|all|local|us|we|community|high\s+street)\s+){0,2}(?:[\w'’-]+\s+){0,1}$", re.I)
#: ... or what the role should do or has as its part: "GPs' role", "should GPs", "what do
#: midwives need to do", "pharmacists are expected to"
_ROLE_AFTER = re.compile(r"^(?:['’]s|s['’]|['’])?\s+(?:role|roles|part|duty|duties|job|responsibilit\w*|should|shd|need|needs|must|"
                         r"have\s+to|has\s+to|are\s+(?:expected|supposed|meant|asked|required)|(?:can|could)\s+(?:do|help)|"
                         r"do\b|doing\b|look\s+out|spot|report|refer)", re.I)
#: ... or asked of as the subject of a question: "did the GP attend the HSCB?", "do dentists ...?"
_SHOULD_BEFORE = re.compile(r"\b(?:should|shd|must|do|does|did|has|have|had|can|could|will|would|are|were)\s+(?:the\s+)?$", re.I)


def roles_asked(question: str) -> list[Role]:
    """The roles of the lexicon that ``question`` asks the documents about, in the
    lexicon's order: named after "for", "about", "to", "of", ... ("anything in here for
    community pharmacists?", "what does the report say about GPs?") or with what they
    should do ("what should dentists do ...?", "the GP's role"). A role naming the asker
    ("I'm a GP -", "as a pharmacist", "bank branch here") or a person in a scene ("a
    midwife rang me ...") is not asked about.

    Args:
        question: the question (one message, as typed or redacted).

    Returns:
        the roles asked about; empty for most questions.
    """
    # (in the clauses that ask, and any clause put as a question: not a scene set first,
    # "front door keeps getting pushback from a GP surgery about sharing info ..., what ...?")
    clauses = asking_clauses(question)
    if clauses != [question]:
        clauses = [c for c in re.split(r"(?<=\?)\s+", question) if c.strip().endswith("?") and c not in clauses] + clauses
    found = []
    for role in load_roles():
        for m in (m for c in clauses for m in role.asked.finditer(c)):
            before, after = m.string[:m.start()], m.string[m.end():]
            if _SELF_BEFORE.search(before) or _SELF_AFTER.match(after):
                continue
            if not before.strip() and re.match(r"\s*(?:[-–—:,.]|\s-\s)", after):
                continue  # "Pharmacist - ..." opens with who is asking
            if _ABOUT_BEFORE.search(before) or _ROLE_AFTER.match(after) or _SHOULD_BEFORE.search(before):
                found.append(role)
                break
    return found


@dataclass(frozen=True)
class Sector:
    """A sector a board's membership may be asked by ("health", "schools and education").

    Attributes:
        name: the lexicon's name for it.
        asked: how a question names it (compiled, case-insensitive, whole words).
        member: how a membership row's label names a body of it (compiled, case-insensitive).
    """

    name: str
    asked: re.Pattern[str]
    member: re.Pattern[str]


@lru_cache(maxsize=1)
def load_sectors(path: str | None = None) -> tuple[Sector, ...]:
    """The sectors of the lexicon at ``path`` (default ``assistant/data/roles.yaml``).

    Raises:
        ValueError: an entry lacks ``name``, ``asked`` or ``member``, or a pattern does
            not compile (the message names the entry).
    """
    return tuple(Sector(name, asked, member) for name, asked, member, _ in _entries(path, "sectors", "sector", "member"))


def sector_asked(question: str, body: str = "") -> Sector | None:
    """The sector whose members of a board ``question`` asks for ("which health
    organisations have a seat on the HSCB?" -> health; "who represents schools on the
    board?" -> schools and education), named outside ``body`` (the board asked about,
    :func:`assistant.answer.extractive.members_asked`: "the Health and Wellbeing Board"
    asks for no sector); ``None`` when it names none or more than one.

    Args:
        question: the question.
        body: the board or group asked about, as typed; its words are not a sector.
    """
    text = question.replace(body, " ") if body else question
    found = [s for s in load_sectors() if s.asked.search(text)]
    # (a narrower sector inside a wider one: "police" is also criminal justice's)
    if len(found) == 2 and {s.name for s in found} == {"the police", "criminal justice"}:
        found = [s for s in found if s.name == ("criminal justice" if re.search(r"\bjustice\b", text, re.I) else "the police")]
    return found[0] if len(found) == 1 else None


def roles_unmentioned(question: str, texts: Sequence[str]) -> list[str]:
    """The names of the roles ``question`` asks about (:func:`roles_asked`) that none of
    ``texts`` (the passages found, with their headings) mentions.

    Args:
        question: the question.
        texts: the passages' text; a role is mentioned when its ``said`` pattern occurs
            in any of them (case-sensitively where the lexicon says so: "GPS tags" does
            not mention GPs).

    Returns:
        the lexicon's names of the unmentioned roles ("GPs"), in the lexicon's order.
    """
    asked = roles_asked(question)
    if not asked:
        return []
    joined = "\n".join(texts)
    return [r.name for r in asked if not r.said.search(joined)]

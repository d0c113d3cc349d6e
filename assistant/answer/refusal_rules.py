"""Refusal rules: what a selected answer fails to give that the question plainly asks for.

:func:`missing_evidence` is run on the quotes the extractive answerer
(:mod:`assistant.answer.extractive`) has chosen, with their heading and passage. It
returns a phrase for the refusal ("this figure", "figures for that group", "a definition
of this") or ``None``. Each rule is documented in its docstring and pinned by the refusal
tests in ``tests/test_quality.py``; the README's "Refusals" section lists them by session.
Pure functions of text; thread-safe.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from assistant.answer.question_shape import CLAUSE_SPLIT, HOURS_Q, PERSON_NAME_Q, SCHOOL_NAMED, WH_OPENING, asked_acronym, asking_clauses, case_described, casework_scene, scene_free
from assistant.answer.text_evidence import (
    language_spoken,
    BOARD_STEMS,
    BREAKDOWNS,
    DIMENSION_WORDS,
    CLASS_WORDS,
    COUNT_Q,
    COUNTED,
    FREQUENCY,
    GENERIC_STEMS,
    HOURS,
    MONEY_CONTEXT,
    MONEY_Q,
    NUMBER,
    PHONE_NUMBER,
    PHONE_Q,
    POST_WORD,
    PROPER_AFTER,
    ROLE_Q,
    YEAR_Q,
    count_figures,
    countries_counted_in,
    countries_located_in,
    counts_in_words,
    has_figure,
    has_person_name,
    heading_names_person,
    named_places,
    origin_places,
    plain_form,
    role_question,
    says_free,
    spelled_out,
    spelling,
    timed_event,
    without_home_system,
    years_named,
)
from assistant.glossary import load_glossary
from assistant.keywords import PERIOD, analyze, periods
from assistant.safety import common_words


#: "what is a strategy discussion?": the term asked about
_DEFINED = re.compile(r"(?:what|which)\s+(?:is|are|was|were)\s+(?:a|an|the)?\s*(?:(?:meaning|definition)\s+of\s+(?:an?\s+|the\s+)?)?"
                      r"(?P<term>[\w’'\- ]{3,60}?)\s*\??$", re.I)


_ORDINALS = frozenset(analyze("first second third next final last"))
#: words of a sentence that defines or describes what it names
_DEFINING = re.compile(r"\b(?:is|are|was|were|means?|meant|refers?\s+to|describes?|involves?|known\s+as|defined\s+as|where|when|happens?|includes?)\b", re.I)


#: a question about what the law requires ("statutory", "legally", "by law")
_LEGAL_Q = re.compile(r"\b(?:(?:national|government|govt|dfe|home office)\s+(?:[\w-]+\s+)?(?:guidance|guidelines)|mandatory|(?:reporting|legal) duty|duty\s+to\s+(?:notify|report|refer|co-?operate|share|inform)|statutory(?!\s+(?:review|reviews|meetings?|visits?|partners?|agenc\w*|services?|bod(?:y|ies)|functions?|"
                      r"safeguarding partners?|bodies)\b)|legally|by law|the law|legal (?:requirement|duty|criteria|age|limit|minimum)|(?:is it|it'?s|it is) (?:il)?legal to|illegal)\b", re.I)


_LEGAL = re.compile(r"\b(?:statutory|legal|legally|law(?!\s+enforce)|laws|act|regulations?|requirements?|required|requires|duty|duties|"
                    r"guidance|legislation|legislative|entitled|entitlements?|section \d+|s\d+)\b", re.I)


#: a question asking the name of a medical condition or a diagnosis
_DIAGNOSIS_Q = re.compile(r"\bdiagnos[ie]s\b|\bdiagnosed with what\b|\bwhat (?:was|is) (?:he|she|they) diagnosed\b"
                          r"|\b(?:medical\s+)?condition\b[^?]{0,40}?\b(?:called|the name)\b"
                          r"|\bname of (?:the|his|her|their|its|that|[\w'’ ]{1,20}?['’]s)?\s*(?:medical\s+)?(?:condition|illness|disease|syndrome)\b", re.I)
#: a named condition, which a diagnosis asked for needs
_CONDITION_NAMED = re.compile(r"\b(?:syndrome|disease|disorder|palsy|epilepsy|epileptic|dystrophy|cancer|leuk(?:a)?emia|autism|autistic|"
                              r"diabetes|asthma|cystic fibrosis|spina bifida|sickle cell|tumou?r|atrophy|meningitis|sepsis|"
                              r"pneumonia|down['’]?s|ADHD|ASD|FASD|hydrocephalus|microcephaly)\b", re.I)
_NOT_ROLE = re.compile(r"(?:(?:actually|really|exactly|even)\s+)?(?:responsible|in charge|accountable|involved|leading|running|funding|behind|on|at|in|for|to|from|with|doing|going|meant|supposed|allowed|able|eligible|entitled|there|here|it|this|that|he|she|they|best|most|likely)\b")


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


#: a case review's subject named by a letter: "Child M", "young person J", "Family A"
_CASE_LABEL = re.compile(r"(?i:\b(?:child|young person|yp|family|baby|adult|sibling))\s+['‘’\"]?(?P<l>(?!I\b)[A-Z])['’\"]?(?![\w’'])")

#: the same typed in lower case ("child m", "young person j", "family a review"): not "a"
#: as an article ("is a child a victim?") unless a review or a possessive follows, nor "i"
#: or "x" (a placeholder: "child x in my class")
_LOWER_CASE_LABEL = re.compile(r"(?i:\b(?:child|young person|yp|family|baby))\s+['‘’\"]?(?P<l>[b-hj-wyz]|a(?=['’]?s?\s+(?:review|sar|cspr|llr|case|learning)\b|['’]s\b|\s*[?.,!]|\s*$))"
                               r"['’\"]?(?![\w’'])")
#: a case label naming a document rather than the case: "does the Child M learning sheet
#: say how many children were on child protection plans?"
_CASE_SOURCE = re.compile(r"\s*(?:cspr\s+|scr\s+|review\s+|case\s+review\s+)?(?:learning\s+sheet|sheet|briefing|learning\s+brief)s?\b", re.I)
#: ... and the words by which a question speaks of the child itself
_CASE_REFERENCE = re.compile(r"\b(?:he|him|his|she|her|hers|the (?:child|boy|girl|young person|family)|they|their|them)\b", re.I)


def asked_cases(question: str) -> list[re.Match]:
    """The case reviews ``question`` asks about, named by letter (:data:`_CASE_LABEL`:
    "Child M", "Family A"), leaving out a label that only names the document asked of
    ("the Child M learning sheet") when the question speaks of no child ("does the Child
    M learning sheet say how many children were on child protection plans at 31st march
    2021?" asks for a borough figure, which the annual report gives)."""
    kept = []
    # (typed in lower case, as in Slack: "wasn't there a review about a child p?"; the
    # letter read as the capital the documents give it)
    question = _LOWER_CASE_LABEL.sub(lambda m: m.group(0)[:m.start("l") - m.start()] + m.group("l").upper() + m.group(0)[m.end("l") - m.start():], question)
    for m in _CASE_LABEL.finditer(question):
        source = _CASE_SOURCE.match(question, m.end())
        if source:
            rest = question[:m.start()] + " " + question[source.end():]
            if not _CASE_REFERENCE.search(rest) and not re.search(rf"\b{m.group('l')}\b", rest):
                continue
        kept.append(m)
    return kept


def cases_not_named(question: str, texts: Sequence[str]) -> list[str]:
    """The case reviews ``question`` names by letter ("Child M", "Family A", "young person
    J") when none of ``texts`` names any of them and one names another case, else ``[]``.

    An answer quoting only passages about another case ("What were the lessons from the
    Child M case?" answered from "Learned Lessons Review: Young Person J") would pass one
    child's learning off as another's; the answerer refuses it (:data:`_CASE_LABEL`, quotes
    around the letter allowed: "Child 'M'").

    Args:
        question: the question.
        texts: what the answer comes from: each cited passage's title, section path and text.

    Returns:
        the labels as typed ("Child M"), or ``[]`` when the question names no case, a
        text names one of them, or no text names any other case.
    """
    asked = asked_cases(question)
    if not asked:
        return []
    joined = "\n".join(texts)
    if names_case(question, joined):
        return []
    # only a passage about another case is evidence of the wrong case: one naming no case
    # at all (a general paragraph of the same review) is left to the other checks
    letters = {m.group("l") for m in asked}
    if not any(m.group("l") not in letters for m in _CASE_LABEL.finditer(joined)):
        return []
    return [m.group(0) for m in asked]


def names_case(question: str, text: str) -> bool:
    """Whether ``text`` names one of the case reviews ``question`` names by letter ("Child
    H" in "Learned Lessons Review – Child H"); ``False`` when the question names none."""
    for m in _CASE_LABEL.finditer(question):
        label = rf"(?i:\b(?:child|young person|yp|family|baby|adult|sibling))\s+['‘’\"]?{m.group('l')}['’\"]?(?![\w’'])"
        if re.search(label, text):
            return True
    return False


#: a group a figure is asked for, and how an answer names it: "how many were girls?",
#: "what % were from a black or asian background?", "primary vs secondary", "by month",
#: "which ward", "came from schools", "how many were adopted?"
_MONTH_NAMES = (r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
                r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")


GROUPS_ASKED = [
    (re.compile(r"\b(?:were|are|was|is)\s+(?:\w+\s+)?(?:boys|girls|male|female)\b|\bhow many (?:boys|girls)\b|\b(?:boys|girls)\s+(?:vs\.?|versus|v|and|or)\s+(?:boys|girls)\b", re.I),
     re.compile(r"\b(?:gender|male|female|males|females|boys|girls|men|women)\b", re.I)),
    (re.compile(r"\b(?:were|are|was|is|from)\s+(?:a\s+)?(?:\w+\s+)?(?:black|asian|white|mixed|bme|bame|ethnic minority)\b"
                r"|\b(?:black|asian|white|mixed)[- ](?:heritage|british|caribbean|african|race|ethnicity|background)\b|\b(?:bme|bame)\b"
                # ("how many black children went missing?")
                r"|\b(?:black|asian|white|mixed)\s+(?:children|kids|young people|boys|girls|pupils|teenagers|teens)\b", re.I),
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
    # (a category of abuse: "how many were under neglect and how many under emotional abuse?";
    # "under the category neglect", as a second language may put it)
    (re.compile(r"\b(?:were|are|was|is)\s+(?:under|for|in)\s+(?:the\s+)?(?:category\s+(?:of\s+)?)?(?:neglect|emotional|physical|sexual)\b"
                r"|\bhow many\s+(?:were\s+)?(?:under|for)\s+(?:neglect|emotional abuse|physical abuse|sexual abuse)\b"
                r"|\b(?:plans?|conferences?|registrations?)\s+(?:under|for)\s+(?:the\s+)?(?:category\s+(?:of\s+)?)?(?:neglect|emotional|physical abuse|sexual abuse)\b"
                r"|\bneglect\s+(?:vs\.?|versus|v|and|or|compared (?:with|to))\s+(?:emotional|physical|sexual)\b"
                r"|\b(?:category|categories) of (?:abuse|harm)\b", re.I),
     re.compile(r"\bneglect\b|\bemotional\b|\bphysical abuse\b|\bsexual abuse\b|\bcategor", re.I)),
    # (a disability: "how many disabled children were on CP plans?", "how many had SEND?")
    (re.compile(r"\bdisabled\s+(?:children|kids|young people|pupils|boys|girls|babies)\b|\b(?:with|had|have|has)\s+(?:a\s+)?(?:disabilit(?:y|ies)|send|sen|ehcps?)\b"
                r"|\b(?:were|are|was|is)\s+disabled\b", re.I),
     re.compile(r"\bdisab|\bSEND?\b|\bspecial educational needs\b|\bEHCPs?\b", re.I)),
    (re.compile(r"\b(?:came|come|coming|were|was)\s+from\s+(?:the\s+)?(?:schools?|health|police|gps?|hospitals?|education)\b", re.I),
     re.compile(r"\bschools?\b|\beducation\b|\bhealth\b|\bpolice\b|\bgps?\b|\bhospitals?\b|\bsources?\b", re.I)),
]


#: groups whose own words, views or ratings may be asked for, each with the words that
#: name it in an answer (children are young people, pupils, "M", a girl ...)
_VOICES = (
    (re.compile(r"(?:(?:(?:[\w'’]+\s+)?[\w'’]+['’]s|the|his|her|their)\s+)?(?:young people|children|kids|pupils|students|teenagers|teens|yp|cyp|"
                r"young ones|youngsters|young carers|care leavers|siblings|daughters|sons|brothers|sisters|survivors|victims)", re.I),
     # (not a body or a process named after them: "the Child Protection Plan", "children's
     # services", "the Children Act")
     re.compile(r"\b(?:young (?:people|person|adults?|women|men|carers)|child(?:ren)?|kids?|pupils?|students?|teenagers?|teens?|yp|cyp|youth|"
                r"boys?|girls?|youngsters?|learners?|survivors?|victims?|M)\b(?!['’]?s?\s+(?:protection|services|social|act|safeguarding|"
                r"board|partnership|trust|centre|commissioner|homes?|mental health|and adolescent|practice|sexual exploitation|criminal))"
                r"|\bM['’]s\b", re.I)),
    (re.compile(r"(?:the\s+)?(?:parents|carers|families|mums|dads|foster carers)", re.I),
     re.compile(r"\b(?:parents?|carers?|famil(?:y|ies)|mums?|mothers?|dads?|fathers?|Mr|Mrs)\b", re.I)),
    (re.compile(r"(?:(?:(?:[\w'’]+\s+)?[\w'’]+['’]s|the|his|her|their)\s+)?(?:teachers|school staff|head teachers|headteachers)", re.I),
     re.compile(r"\b(?:teachers?|school staff|head ?teachers?|heads? of year|DSLs?|designated safeguarding leads?)\b", re.I)),
    (re.compile(r"(?:the\s+)?(?:delegates|attendees|participants)", re.I),
     re.compile(r"\b(?:delegates?|attendees?|participants?|attended|feedback|evaluations?)\b", re.I)),
)
def voice_asked(question: str) -> "re.Pattern[str] | None":
    """For a question asking what a group said, felt or rated ("what did young people say
    about ACT?"), the pattern naming that group in an answer (:data:`_VOICES`); else
    ``None``."""
    voiced = _GROUP_VOICE_ASKED.search(asking_clauses(question)[-1]) or _GROUP_WORDS_WANTED.search(question)
    if not voiced:
        return None
    # (whose group it is does not change who they are: "child m's parents" are parents)
    who = re.sub(r"^(?:(?:[\w'’]+\s+)?[\w'’]+['’]s|the|his|her|their)\s+", "", voiced.group("who").strip(), flags=re.I)
    return next((named for members, named in _VOICES if members.fullmatch(who)), None)


def gives_voice(text: str) -> bool:
    """Whether ``text`` tells what someone said, felt, wanted or rated, or quotes them
    (:data:`_VOICE_GIVEN`)."""
    return _VOICE_GIVEN.search(text) is not None


#: words telling what someone said, felt, wanted or rated, or their quoted words (not a
#: "voice" or "experience" only named: "The voice of young carers needed to reach strategic
#: planning" gives nothing they said)
_VOICE_GIVEN = re.compile(r"\b(?:said|says|say|saying|told|tell|tells|feedback|felt|feel|feels|feelings?|views?|wishes|wanted|wants|"
                          r"rated|rating|ratings|scored?|comment(?:s|ed)?|describ(?:ed|es)|shared|surveys?|asked|"
                          r"complimentary|praised|thanked|grateful|quotes?|own words|identified|raised|chose|"
                          r"voted|highlighted|reported|agreed|disagreed|satisf(?:ied|action)|happy|unhappy)\b|(?:^|\n)\s*(?:\.{3}|…|[“\"])", re.I)
#: what a group said, felt, thought or rated asked for: "what did young people say about
#: ACT?", "what score did the young people who went to the conference give it?", "how did
#: the children feel about ...?", "what did child m's teachers say about him?"
_GROUP_VOICE_ASKED = re.compile(
    r"\b(?:what|how|which)\b[^?]{0,40}?\b(?:did|do|does|have|had|has|would)\s+"
    r"(?P<who>(?:(?:(?:[\w'’]+\s+)?[\w'’]+['’]s|the|his|her|their)\s+)?(?:young people|children|kids|pupils|students|teenagers|teens|yp|cyp|youngsters|"
    r"young carers|care leavers|siblings|daughters|sons|brothers|sisters|survivors|victims|"
    r"parents|carers|families|mums|dads|foster carers|teachers|school staff|head ?teachers|delegates|attendees|participants))"
    r"\s+(?:[\w'’-]+\s+){0,8}?(?:say|said|think|thought|feel|felt|rate|rated|give|gave|score|scored|tell|told|report|reported|"
    r"describe|described|want|wanted|make of|like|liked)\b", re.I)


#: what a group said, asked as something from them: "anything from young people themselves
#: about what the treatment workers were like?" (sixty-fourth session)
_GROUP_WORDS_WANTED = re.compile(
    r"\b(?:anything|something|feedback|comments?|quotes?|words)\s+(?:from|by)\s+"
    r"(?P<who>(?:the\s+)?(?:young people|children|kids|pupils|students|teenagers|teens|youngsters|young carers|care leavers|"
    r"parents|carers|families|foster carers|teachers|delegates|attendees|participants))"
    r"(?:\s+themselves)?\s+(?:about|on|re|regarding)\b", re.I)


#: a count asked of children ("how many children ...", "how many young people ...")
_CHILDREN_COUNTED = re.compile(r"(?:children|kids|young people|pupils|students|families|yp|cyp|girls|boys)", re.I)
#: a figure in words or digits
_COUNT_WORD = r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b"
#: a figure counting staff or places, not children: "Six social workers", "six different secondary schools"
_STAFF_COUNTED = re.compile(rf"{_COUNT_WORD}\s+(?:[\w-]+\s+){{0,2}}?(?:social workers?|workers?|staff|professionals?|practitioners?|managers?|schools?|"
                            r"organisations?|agencies|delegates|sessions?|meetings?|courses?|teams?|officers?|nurses?|members?)\b", re.I)


#: words of a breakdown question that are not its topic ("is there an ethnicity breakdown anywhere?")
_BREAKDOWN_STOP = frozenset(analyze("breakdown broken down split splits break up anywhere any we us our i need want "
                                    "briefing report anyone know please thanks data stats statistics give show can could "
                                    "figures figure numbers number totals total count counts group groups background backgrounds band bands"))


_MONTHS_AND_NUMBERS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d+\b", re.I)


#: a name capitalised mid-sentence: two or more capitalised words, joined by at most one
#: small word ("Staying Put", "Graded Care Profile", "Signs of Safety")
_PROPER_NAME = re.compile(r"(?<=[a-z,;:'’]\s)(?P<n>[A-Z][a-z][\w'’-]*(?:\s+(?:of|and|for|in|on|the|to|&)?\s*[A-Z][a-z][\w'’-]*)+)")


#: capitalised words that do not make a name: days, months, places the corpus is about,
#: and words practitioners capitalise for emphasis
_NAME_STOP = frozenset(analyze("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                               "july august september october november december harrow london england uk i im"))


#: an asking clause pointing back to a place its scene named: "... why did missing
#: episodes go up over there?"
_PLACE_BACK = re.compile(r"\bover there\b|\b(?:in|from|at|out) there\b|\b(?:that|this) (?:borough|area|council|local authority|authority|place|city|town|county)\b", re.I)


def capitalised_names(question: str) -> list[str]:
    """Names ``question`` capitalises mid-sentence (:data:`_PROPER_NAME`), which the passage
    an answer comes from must name (:func:`names_name`): "Under Harrow's
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
        if re.fullmatch(r"[A-Z][\w'’-]+ (?:and|&|or) [A-Z][\w'’-]+", name):
            # two first names, not one name: "how did Brenda and Albert get on?" (each is
            # a person's, judged as any one-word name)
            continue
        if len(words) >= 2 and set(analyze(name)) - _NAME_STOP and not re.match(r"(?:Is|Are|Do|Does|Did|What|Which|Who|How|When|Where|Why|Can|Could|Should)\b", name):
            out.append(name)
    return out


#: a title the question quotes: "the 'How Are You' survey", "‘Grab-Pack’"
_QUOTED_NAME = re.compile(r"(?:(?<=\s)|^)['‘\"“](?P<n>[A-Z][\w’'-]*(?:\s+[\w’'-]+){1,4}?)['’\"”](?=[\s?.,;:!]|$)")


def quoted_names(question: str) -> list[str]:
    """Titles of two words or more ``question`` puts in quotation marks ("what were the
    results of the 'How Are You' survey?" -> ``["How Are You"]``), which the passage an
    answer comes from must name as :func:`capitalised_names` must be (a title of common
    words only, "How Are You", word for word)."""
    return [m.group("n") for m in _QUOTED_NAME.finditer(question)]


def names_name(name: str, text: str) -> bool:
    """Whether ``text`` names ``name`` (one of :func:`capitalised_names`): every word of
    it, days, months and the corpus's own place aside, by stem; "Op" is "Operation" ("Op
    Philomena" is named by "Operation Philomena")."""
    name = re.sub(r"\bOps?\b\.?", "Operation", name)
    seen = set(analyze(text))
    # (or written as one word: "the North West" is the report's "Northwest")
    return set(analyze(name)) - _NAME_STOP <= seen or (" " in name.strip() and set(analyze(re.sub(r"\s+", "", name))) - _NAME_STOP <= seen)


#: a question asking for a legal outcome: "was anyone convicted?", "what sentence did the
#: traffickers get?", "did they get charged?"
def _asks_only_how_often(question: str) -> bool:
    """Whether ``question`` asks how often something happens and nothing else: a clause
    that asks starts "how often" / "how frequently" and no other starts with another
    question word ("how often does the QA subgroup meet? and when did LNWUHT ...?" asks two
    things, each answered in its part; "did lockdown change how often young people ran
    off?" asks about a change)."""
    clauses = [c.strip().lower() for c in re.split(r"[?;.]|\s[-–—]\s|,\s*(?=(?:and\s+)?(?:what|whats|what['’]s|when|who|where|which|why|how|"
                                                    r"is|are|was|were|does|do|did|can)\b)", question) if c.strip()]
    often = [c for c in clauses if re.match(r"(?:and\s+|so\s+)?how (?:often|frequently)\b", c)]
    others = [c for c in clauses if c not in often and re.match(r"(?:and\s+|so\s+)?(?:what|whats|what['’]s|when|who|where|which|why|how)\b", c)]
    return bool(often) and not others


#: the UK's nations by their demonyms, with the names a document may give each
_HOME_NATIONS = {"Welsh": ("Wales", "Cymru"), "Scottish": ("Scotland", "Alba"), "Irish": ("Ireland", "Northern Ireland"),
                 "English": ("England",), "British": ("Britain", "UK", "United Kingdom")}
_LEGAL_OUTCOME_Q = re.compile(
    r"\b(?:was|were|has|have|had|did|got|get|gets|getting)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:ever\s+|eventually\s+|actually\s+|then\s+|later\s+|finally\s+)?(?:been\s+)?(?:convicted|prosecuted|charged|jailed|sentenced|imprisoned|"
    r"arrested|punished|found guilty|sent to prison|sent down|"
    # (not a victim held somewhere: "how long was Brenda kept locked up in that house?")
    r"locked up(?!\s+(?:in|inside|at)\s+(?:the|that|a|an|her|his|their|this)\s+(?!(?:prison|jail|gaol|cell|custody)\b)\w+))\b"
    # (not a price: "do people get charged for ringing it from a mobile?")
    r"(?<!charged(?=\s+(?:for|to)\s+(?:ringing|calling|phoning|using|ring|call|phone|use|texting|text)\b))"
    r"|\bwhat (?:sentences?|jail terms?|prison terms?|punishments?|convictions?)\b"
    # (a penalty in law: "what's the maximum sentence for modern slavery offences?")
    r"|\b(?:maximum|max|minimum|min|longest|usual|typical)\s+(?:prison\s+|jail\s+|custodial\s+)?(?:sentences?|penalty|penalties|terms?)\b|\bhow long did\s+(?:he|she|they|the\s+[\w'’-]+)\s+(?:get|serve|go down)\b"
    r"|\b(?:sentence|sentences|sentencing|conviction|convictions)\s+(?:did|was|were|given|handed)\b"
    r"|\bdid\s+(?:[\w'’-]+\s+){0,4}?(?:charge|convict|prosecute|arrest|jail|sentence|punish)\s+(?:anyone|anybody|someone|him|her|them|the)\b", re.I)


#: a legal outcome in an answer (not a victim "kept prisoner", nor help "in prosecuting")
_LEGAL_OUTCOME = re.compile(r"\b(?:convict\w*|prosecut(?!ing\b)\w*|charged|jail\w*|prison(?!ers?\b)\w*|imprison\w*|sentenc\w*|court|custod\w*|guilty|"
                            r"acquit\w*|trial)\b", re.I)


#: words of a legal-outcome question that are not who it is about
_LEGAL_STOP = frozenset(analyze("ever eventually actually then later finally anyone anybody someone he she they it get got "
                                "story case study studies page site example"))


#: a question asking what happened later: "what happened to child M's siblings
#: afterwards?", "where is serena now?"
_LATER_Q = re.compile(r"\bwhat (?:has |have )?happen(?:ed|s) (?:to|with)\b[^?]{1,60}?\b(?:afterwards|later|since|next|in the end|eventually|now"
                      # ("after" alone or after "that", not after a named time, which is when
                      # the figures asked about were: "what happened to mental health
                      # referrals after the first lockdown?")
                      r"|after(?!\s+(?:the|a|an|lockdown|covid|schools?|\d+|january|february|march|april|may|june|july|august|september|october|november|december)\b))\b"
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


#: the full or final results asked for: "what were the full findings of the Young Person J
#: review?"
_FULL_RESULTS_Q = re.compile(r"\b(?:full|final|complete|whole|finished)\s+(?:findings|report|outcomes?|results?|conclusions?|recommendations|learning)\b", re.I)
#: results given as early ones only, in an answer: "The review is ongoing but initial findings show that"
_EARLY_RESULTS = re.compile(r"\b(?:initial|interim|emerging|early|provisional|preliminary)\s+(?:findings|results|learning|conclusions)\b"
                            r"|\b(?:is|are|remains?) (?:still )?ongoing\b", re.I)
_FULL_RESULTS = re.compile(r"\b(?:full|final|complete|completed|concluded|finished)\b", re.I)


#: the size of a change asked for: "by how much did the project reduce referrals?"
_BY_HOW_MUCH_Q = re.compile(r"\bby how much\b|\bhow much (?:did|has|have|had|does|do) [^?]{0,60}?\b(?:reduce|cut|lower|increase|raise|fall|rise|drop|go (?:up|down))\b"
                            r"|\bhow (?:far|much) (?:did|have|has) [^?]{0,40}?\b(?:fallen|fall|dropped|drop|risen|rise|gone (?:up|down)|go (?:up|down))\b", re.I)


#: what came later, in an answer
_LATER = re.compile(r"\b(?:after\w*|later|since|subsequently|eventually|now|went on|go on|moved|returned|placed|recover\w*|currently|"
                    r"still|today|rescued|freed|escaped|safe house|is helping|went back|settled|reunited|granted|allowed to (?:remain|stay)|"
                    # (what a success led to: "... led to its recommission up to 2022")
                    r"led to|leads? to|re-?commission\w*|extended|extension|(?:up )?(?:to|until) (?:19|20)\d\d|"
                    # (what followed an event: "The transition from primary to secondary school
                    # was followed by a significant decrease in school attendance")
                    r"(?:was|were|is|are)\s+followed\s+by|following\s+(?:the|this|that|his|her|their))\b", re.I)


#: a comparison with an earlier year: "compared to last year", "on the year before"
_COMPARED_YEAR = re.compile(r"\b(?:compared?(?:\s+(?:with|to))?|compar\w+ (?:with|to)|than|vs\.?|versus|on|against)\s+(?:the\s+|that\s+of\s+(?:the\s+)?)?"
                            r"(?:year before|previous year|last year|prior year|year earlier|preceding year|one before)\b", re.I)


#: a question asking how a figure compares with an earlier year: "compared to last year",
#: "up or down on the year before"
_COMPARED_Q = re.compile(_COMPARED_YEAR.pattern + r"|\bup or down\b|\b(?:gone|going|went|go) up or (?:gone |going |went |go )?down\b"
                         r"|\bmore or (?:less|fewer) than (?:last|the previous|the year before)\b", re.I)


def change_asked(question: str) -> bool:
    """Whether ``question`` asks how a figure compares with an earlier year
    (:data:`_COMPARED_Q`: "compared to last year", "up or down on the year before")."""
    return _COMPARED_Q.search(question) is not None


def gives_change(text: str) -> bool:
    """Whether ``text`` states a change or a comparison (:data:`_TREND`: "a big increase",
    "(+12% in 12 months)", "broadly same as last year")."""
    return _TREND.search(text) is not None


#: a change or a comparison in an answer: "a slight decline ... of around 14%", "(+12% in
#: 12 months)", "broadly same as last year", "more than ..."
_TREND = re.compile(r"\b(?:increas\w*|decreas\w*|ris(?:e|es|en|ing)|rose|fall(?:s|en|ing)?|fell|declin\w*|drop\w*|reduc\w*|higher|lower|"
                    r"more than|fewer|less than|compared?|comparison|previous|year before|last year|same as|doubled|halved|tripled|"
                    r"chang\w*|trend\w*|up from|down from|up on|down on|growth|grew)\b|[+−]\s?\d+(?:\.\d+)?\s?%"
                    # ("Children in Borough (up 3% in 12 months)")
                    r"|\b(?:up|down)\s+(?:by\s+)?\d+(?:\.\d+)?\s?%", re.I)


#: a year the asker sets aside or compares with: "a more recent UK figure than 2013",
#: "other than 2013", "apart from 2019"
_SET_ASIDE_YEAR = re.compile(r"\b(?:(?:more recent|newer|later|earlier|older|other)\s+(?:[\w'’-]+\s+){0,3}?than"
                             r"|apart from|aside from|besides|except(?: for)?|other than)\s+(?:the\s+)?(?:19|20)\d{2}\b", re.I)


#: stems naming one sex, by the others that name it: "girls" are "females" and "women"
_SEX_STEMS = {"girl": {"femal", "women"}, "femal": {"girl", "women"}, "women": {"girl", "femal"},
              "boy": {"male", "men"}, "male": {"boy", "men"}, "men": {"boy", "male"}}


#: an outcome or a status counted ("how many were adopted?", "how many care leavers are
#: young parents?"), named in the answer by its stem
_OUTCOME_ASKED = re.compile(r"\bhow many\b[^?]{0,60}?\b(?:were|was|got|have been|had been|being|(?:ended|ending|resulted|resulting) in"
                            r"(?:\s+(?:the|a|an|their)\s+(?:[\w-]+\s+){0,2}?being)?|are|is|became|become|have become)"
                            r"\s+(?:(?:now|also|themselves|actually|young|teenage|single|first[- ]time|electively)\s+)*(?P<stem>adopt|foster|convict|arrest|charg|"
                            r"prosecut|exclu|detain|traffick|dismiss|sack|suspend|barr|parent|mother|father|mum|dad|pregnan|homeless|"
                            r"refugee|victim|perpetrat|offender|home[- ]?educat|home[- ]?school)\w*\b", re.I)


#: a count of children who went missing or ran away ("how many children went missing in
#: 2018-19?", "how many kids ran away from care?"): the figure's text must say missing,
#: running away or absconding, or a figure for another count in the same year answers it
_MISSING_ASKED = re.compile(r"\bhow many\b[^?]{0,60}?(?:\b(?:went|go|gone|going|goes|were|was|are|is|been|being|reported|recorded)"
                            r"\s+(?:as\s+)?missing\b|\bmissing\s+(?:episodes?|incidents?|children|kids|young\s+people|from)\b|"
                            r"\b(?:ran|run|running|runs)\s+away\b|\brun-?aways?\b|\babscond\w*)", re.I)
_MISSING_SAID = re.compile(r"\bmissing\b|\b(?:ran|run|running|runs)\s+away\b|\brun-?aways?\b|\babscond", re.I)


#: a "which <group>" question ("which ward had the most ...?"), judged as a figure is
_WHICH_GROUP = re.compile(r"\b(?:which|what)\s+(?:wards?|months?|postcodes?)\b", re.I)


#: a question asking for the date of an event: "when did ... start?", "what year did ...?"
#: (not "when should I refer ...?", a condition, nor "when is the MASH open?", hours)
_DATE_Q = re.compile(r"(?:(?:and|so|also)\s+)?(?:when (?:did|was|were)|(?:in\s+)?(?:what|which) year|(?:(?:on|in|at)\s+)?(?:what|which) (?:date|day)\b|since when"
                     # "... - is there a date?", "does the sheet say when he died?"
                     r"|(?:is there|do (?:we|they|you) have|does it (?:give|say)|do they give) (?:a|the|any) (?:date|year)"
                     # (a past event: not "does it say when to refer?", "... when a child should be seen")
                     r"|(?:does|do|did) (?:the |this |that )?[\w' -]{0,30}?\b(?:say|mention|give|state|record) when\b(?!\s+to\b)"
                     r"(?=[^?]*\b(?:died|started|began|opened|launched|set up|was|were|did|happened|took place|held|published|introduced|"
                     r"established|created|founded|ended|closed)\b))\b", re.I)
#: the same asked at a clause's end: "... was founded in what year?", "... died on what date?"
_DATE_Q_LAST = re.compile(r"\b(?:in|on) (?:what|which) (?:year|date|month)\s*\??\s*$", re.I)
#: a time of day asked for: "by what time of day must the police notify the school?"
_TIME_OF_DAY_Q = re.compile(r"\b(?:by|at|before|until|till)?\s*what time(?: of (?:the )?day)?\b|\bwhat hour\b", re.I)
#: a time of day, or a time limit, in an answer: "by 9am", "before the start of the next
#: school day", "within 24 hours"
_TIME_OF_DAY = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.]\d{2}\b|\b(?:noon|midday|midnight|morning|afternoon|evening|"
                          r"overnight|night|daytime|school day|working day|next day|same day|hours?|o'clock)\b", re.I)


#: a date or time in an answer: a year, a month, a reporting period, a day of the month, a
#: season or a time relative to now
_DATED = re.compile(r"\b(?:1[5-9]|20)\d{2}\b"
                    # a month by name or abbreviation, whole ("decision", "market" and "junior"
                    # are none; "may" is the month capitalised or beside a day or year only)
                    r"|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
                    r"|(?-i:\bMay\b)|\bmay\s+\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+may\b|\b\d{1,2}(?:st|nd|rd|th)\b"
                    r"|\b(?:spring|summer|autumn|winter|yesterday|today|last (?:year|month|week)|this (?:year|month|week)|"
                    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years?|months?|weeks?|days?) ago|"
                    r"since|recently|previously|at the (?:start|end|beginning) of"
                    # (or a time given by an event: "The transition from primary to secondary
                    # school was followed by a significant decrease ...")
                    r"|after|following|followed by|before|during|transition|when (?:he|she|they|it) (?:moved|started|left|turned|went|joined))\b"
                    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", re.I)


#: an age group given as a range: "aged 17 and 18", "aged 19-21", "14-17-year-old"
_OTHER_AGE_RANGE = re.compile(r"\baged?\s+\d{1,2}\s*(?:-|–|to|and)\s*\d{1,2}\b|\b\d{1,2}\s*(?:-|–|to)\s*\d{1,2}[- ]?(?:year|yr)s?\b", re.I)


#: a web link, whose path may hold dates of its own ("/uploads/2021/08/...-24.06.21.docx")
_WEB_LINK = re.compile(r"<?\b(?:https?://|www\.)\S+>?", re.I)


#: a share of a whole asked for: "what percentage of LADO cases were ...", "what
#: proportion of contacts went on to ..."
_SHARE_OF_WHOLE = re.compile(r"(?:%|\bper ?cent|\bpercentage|\bproportion|\bshare|\bfraction)\s+of\b", re.I)
#: a change asked for in a share question: "by what percentage did ... fall?"
_PERCENT_CHANGE_Q = re.compile(r"\b(?:rise|rose|risen|increas\w*|fall|fell|fallen|declin\w*|drop\w*|reduc\w*|chang\w*|grow|grew|growth|"
                               r"up|down|compared?|than|trend|differ\w*|more|fewer|less|higher|lower)\b", re.I)


def _is_change(text: str, m: re.Match[str]) -> bool:
    """Whether the percentage ``m`` in ``text`` is a change over time ("a decline ... of
    around 14% on the year before", "(+ 2% in 12 months)") rather than a share."""
    before, after = text[max(0, m.start() - 60):m.start()], text[m.end():m.end() + 40]
    return bool(re.search(r"[+−-]\s*$|\b(?:increas\w*|decreas\w*|declin\w*|ris(?:e|es|en|ing)|rose|fall\w*|fell|drop\w*|reduc\w*|"
                          r"grow\w*|grew)\b[^.;%]{0,50}$"
                          # ("up 3%", "down about 14%"; not "males made up 40%")
                          r"|(?<!made )(?<!make )(?<!makes )\b(?:up|down)\s+(?:by\s+)?(?:about\s+|around\s+|almost\s+|nearly\s+|over\s+|some\s+)?$",
                          before, re.I)
                or re.search(r"^\s*(?:on|in|over|compared|than|from|since)\s+(?:the\s+)?(?:year|previous|last|prior|\d+\s+months)"
                             r"|^\s*(?:increase|decrease|rise|fall|drop|reduction|up|down)\b", after, re.I))


#: who wrote a document: "who wrote the learning sheet for child M?"
_AUTHOR_Q = re.compile(r"\bwho\s+(?:actually\s+)?(?:wrote|writes|authored|drafted|compiled)\b|\bwho(?:'s|’s| is| was| were| are)\s+(?:the\s+)?authors?\b", re.I)


#: a question asking for an email address ("what's Carlene Firmin's email?"; not "email alerts")
EMAIL_Q = re.compile(r"\be-?mail(?: address)?\b(?!\s+(?:alerts?|updates?))", re.I)
#: an email address in a text
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


#: a question asking for a web address: "what's the website for ...?", "link to the form?";
#: not one about what a website says ("what drivers does the website name?")
_WEB_Q = re.compile(r"\b(?:web address|url|link to|web ?site (?:address|link|url)|is there a web ?site|web ?site (?:for|of)\b"
                    r"|(?:what|which)(?:'s|’s|s| is)? (?:the |their |its )?(?:[\w-]+ ){0,4}web ?sites?\s*\??\s*$"
                    r"|(?:what|which)(?:'s|’s| is| are)? (?:the |their |its |a )?web ?sites?\b(?!\s+(?:say|says|said|name|names|list|lists|"
                    r"describe|describes|mention|mentions|give|gives|tell|tells|recommend|recommends|advise|advises|suggest|suggests|cover|covers)\b))",
                    re.I)


_POSTAL_Q = re.compile(r"\b(postal address|postcode|post code|what(?: is|'s) the address|where is (?:the|their) office)\b", re.I)


_NUMBERED = re.compile(r"\b(section|part|article|regulation|paragraph|schedule|chapter|level|stage|tier|step)\s+(\d+[a-z]?)\b", re.I)


#: what a number is asked for: "the phone number for harrow MASH / out of hours ..."
_NUMBER_FOR = re.compile(r"\bnumber\s+(?:for|of)\s+(?:the\s+|our\s+|a\s+)?(?P<svc>[^?,/;]+?)(?=\s*[/?,;]|\s*$|\s+(?:if|when|so|and)\b)", re.I)


#: ... or named before it: "barnardos contact number", "what's the crimestoppers no.?"
_SERVICE_NUMBER = re.compile(r"^\s*(?:(?:what(?:'s|’s|s| is)|whats)\s+)?(?:the\s+)?"
                             # (a name, not a clause: "who do i ring and on what number?")
                             r"(?P<svc>(?![^?]*\b(?:what|who|which|how|ring|call|phone|do|i|and|on|to|can|should)\b)[\w'’ -]{2,40}?)\s+(?:contact\s+|phone\s+|tel(?:ephone)?\s+)?"
                             r"(?:number|no\b\.?)\s*(?:pls|please|plz)?\s*\??\s*$", re.I)


#: ... or whose it is: "what's Chris Miller's phone number?", "the LADO's direct number"
#: (a redacted name too: "what's [NAME]'s phone number?")
_OWNED_NUMBER = re.compile(r"(?:\b|(?=\[))(?P<svc>\[[A-Z][A-Z_]*\]|(?:[\w-]+\s+){0,3}?[\w-]+)['’]s?\s+(?:(?:direct|mobile|contact|phone|tel(?:ephone)?|work|office)\s+)*(?:number|no\b\.?)", re.I)


#: a count of the part of a whole that is so: "how many CP conferences were quorate?",
#: "how many of the missing children had a return home interview?"
_SUBSET_COUNT_Q = re.compile(r"\bhow many\b[^?]{2,60}?\b(?:were|was|are|is|had|have|did|got)\s+(?!there\b|they\b|we\b|you\b|it\b)\w", re.I)
#: a share of a whole: "95% of conferences", "62.7% of the initial conferences", "The majority
#: of ICPCs have taken place within the target timescale of 15 days (62.7%)"
_SHARE_GIVEN = re.compile(r"(?:\d%\s+of|\b(?:majority|minority)\s+of(?=(?:[^.;]|\.(?=\d)){0,120}?\d%))\s+(?:the\s+|all\s+)?"
                          r"(?P<of>(?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.I)


#: signs asked of something: "what are the warning signs of cuckooing?", "red flags for
#: CSE", "signs that a child is being groomed"
_SIGNS_OF_Q = re.compile(r"\b(?:(?:warning|tell-?tale|early|key|main)\s+)?(?:signs?|indicators?|red\s+flags?)\s+(?:of|for|that)\s+"
                         r"(?:(?:a\s+child|a\s+young\s+person|a\s+person|someone|somebody|children|people|an|a|the)\s+)?(?:(?:is|are|may\s+be|might\s+be)\s+)?(?:being\s+)?"
                         r"(?P<x>(?!safety\b)[\w'’-]+(?:\s+(?!and\b|in\b|to\b|for\b|if\b|when\b|at\b|on\b|or\b|so\b|i\b|we\b|look\b|spot\b)[\w'’-]+){0,3})", re.I)


#: what a price is asked of: "how much does an enhanced DBS check cost ...?"
_COST_OF = re.compile(r"\bhow much (?:does|do|did|will|would|is|are)\s+(?:an?\s+|the\s+)?(?P<np>(?!it\b|that\b|this\b|they\b)(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:cost|costs)\b", re.I)


#: a sum charged for something: "how much do traffickers charge victims for transport?"
_CHARGED_FOR = re.compile(r"\bhow much (?:does|do|did|will|would|can|could)\s+(?:[\w'’-]+\s+){1,3}?(?:charge|charges|ask|want)\s+(?:[\w'’-]+\s+){0,2}?"
                          r"for\s+(?P<np>(?!it\b|that\b|this\b)(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:\?|$)", re.I)


#: a count of legal or school sanctions, rarely named otherwise: "how many convictions
#: ...?", "whats the number of permanent exclusions ...?" (a kind of exclusion asked,
#: ``mod``, must be named too)
#: a count of events that happened to people: "how many children died?", "how many were
#: adopted / arrested / killed?" (the stem that must stand beside the figure)
_EVENT_COUNT = re.compile(r"\bhow many\b[^?]{0,60}?\b(?P<stem>died|die|deaths?|killed|murdered|born|adopted|arrested|convicted|"
                          r"prosecuted|sentenced|jailed|deported)\b", re.I)
_EVENT_ROOTS = {"died": "die|died|dies|death", "die": "die|died|dies|death", "death": "die|died|dies|death",
                "deaths": "die|died|dies|death", "killed": "kill", "murdered": "murder", "born": "born|birth",
                "adopted": "adopt", "arrested": "arrest", "convicted": "convict", "prosecuted": "prosecut",
                "sentenced": "sentenc", "jailed": "jail|prison", "deported": "deport"}
_LEGAL_COUNT = re.compile(r"\b(?:how many|(?:the\s+)?(?:number|no\.?|count|total) of)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?P<noun>convictions?|prosecutions?|arrests?|offences?|cautions?|charges|sentences|court orders?|"
                          r"(?:(?P<mod>permanent|fixed[- ]term)\s+)?exclusions?)\b", re.I)


#: a figure said of the whole world, not a place: "an estimated 29.8 million slaves around the world"
_WORLDWIDE = re.compile(r"\b(?:around|across|throughout|in) the world\b|\bworld-?wide\b|\bglobal(?:ly)?\b", re.I)


#: a count asked for a whole country: "across england", "nationally"
_NATIONAL = re.compile(r"\b(?:across|in|for|throughout)\s+(?:the\s+(?:whole\s+)?)?(?:england|the uk|uk|britain|great britain|the country|wales)\b"
                       r"|\bnationally\b|\bnational (?:figure|total|number)s?\b", re.I)


#: a person's name asked for outright: "... - name pls?", "what were the names of the two
#: men ...?", "who ... by name?"
_NAMES_ASKED = re.compile(r"\bwho\b[^?]{3,80}\b(?:names?|name)\s*(?:pls|please|plz|\?)|\bwho\b[^?]{3,80}\bby name\b"
                          r"|\b(?:what|whats|what's|what’s)\s+(?:is|was|were|are)?\s*(?:the|their|his|her)\s+names?\s+of\s+(?:the\s+)?(?:(?:two|three|four|\d)\s+)?"
                          r"(?:men|women|man|woman|people|person|persons|professionals?|workers?|staff|traffickers?|officers?|chairs?)\b"
                          r"|\b(?:what|whats|what's|what’s)\s+(?:were|are)\s+(?:their|the\s+(?:two|three)\s+\w+['’]s?)\s+names\b", re.I)
#: a person described, not a post: "who was the young man from hungary?"
_PERSON_DESCRIBED = re.compile(r"\b(?:young|older|man|men|woman|women|boy|girl|lad|guy|lady|person|chap)\b", re.I)
#: a case's anonymised name: "Child M", "Child 'M'", "Family A"
_CASE_NAME = re.compile(r"\b(?:Child|Family|Sibling|Young Person)\s+['‘’]?[A-Z]\b")
#: the name of someone the documents anonymise: "what was child m's real name?", "whats
#: young person J's name"
#: a post named, then its holder's name asked: "the project has a manager overseeing it -
#: what's their name?" (read on the whole question: the post is before the asking clause)
_POST_HOLDER_NAME_Q = re.compile(r"\b(?:manager|lead|chair|coordinator|co-ordinator|officer|director|head|nurse|doctor|inspector|author)\b[^?]{0,80}?"
                                 r"\bwhat(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)\s+(?:their|his|her)\s+(?:full\s+|first\s+)?names?\b", re.I)
_REAL_NAME_Q = re.compile(r"\b(?:real|actual|true)\s+names?\b"
                          r"|\b(?:child|young person|family|baby|sibling|adult|person)\s+['‘’]?[a-z]['‘’]?['’]s\s+(?:first\s+|sur)?name\b", re.I)
#: a particular school asked for by name: "what school did child M go to?", "what was the
#: name of M's school?"
_SCHOOL_NAME_Q = re.compile(r"\b(?:what|which)\s+(?:(?:primary|secondary|high|special|senior|junior|infant|boarding|independent|private|sixth[- ]form)\s+)?"
                            r"(?:school|college|academy|nursery)\s+(?:did|does|do|was|is|were)\b"
                            r"|\bname\s+of\s+(?:[\w'’]+\s+){0,3}?(?:school|college|academy|nursery)\b"
                            r"|\b(?:school|college|academy|nursery)['’]?s?\s+(?:name|called)\b", re.I)
#: ... and the names of schools a passage may give ("Harrow High School", "Park Academy")
_SCHOOL_NAME = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,4}(?:School|Academy|College|Nursery|High|Primary)\b")
#: a relative or professional of the case asked for by name: "what was Child M's mum
#: called?", "what's the name of the social worker in the case?"
#: which hospital, clinic or court it was: "which hospital treated Child M?"
_INSTITUTION_NAME_Q = re.compile(r"\b(?:what|which)\s+(?:hospitals?|clinics?|gp surgery|gp practice|surgery|courts?|police station|hospital trust|nhs trust)\b"
                                 r"(?!\s+(?:staff|teams?|services?|pathways?|protocols?|procedures?|policy|policies|guidance|referrals?)\b)", re.I)
#: a named hospital, clinic, trust, court or surgery
_INSTITUTION_NAME = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,5}(?:Hospital|Clinic|Trust|Court|Surgery|Practice|Centre|Center|Infirmary)s?\b|\bNHS\b")
#: which borough or area someone came from or moved to: "which borough did child m's family move from?"
_CAME_FROM_Q = re.compile(r"\b(?:what|which)\s+(?:borough|council|local authority|la|town|city)\s+(?:did|does|do|was|were|is|had)\b"
                          r"[^?]{0,60}?\b(?:from|move|moved|moving|come|came)\b", re.I)
_RELATIVE_NAME_Q = re.compile(r"\bwhat\s+(?:was|is|were|are)\s+(?:[\w'’]+\s+){0,3}?(?:mum|mother|dad|father|brothers?|sisters?|siblings?|"
                              r"parents?|carers?|gp|doctor|social worker|teacher|grandmother|grandfather|nan|gran)(?:['’]s?)?\s+(?:(?:first|full|given|real)\s+)?(?:called|names?)\b"
                              r"|\bnames?\s+of\s+(?:[\w'’]+\s+){0,3}?(?:mum|mother|dad|father|brothers?|sisters?|siblings?|parents?|carers?|gp|"
                              r"doctor|social worker|teacher)\b", re.I)
#: a language asked for, and the languages a passage may name
_LANGUAGE_Q = re.compile(r"\b(?:which|what)\s+(?:(?:first|home|other|main|spoken)\s+)?languages?\b", re.I)
_LANGUAGES = re.compile(r"\b(?:english|urdu|punjabi|hindi|gujarati|bengali|bangla|tamil|arabic|farsi|persian|dari|pashto|kurdish|turkish|"
                        r"somali|tigrinya|amharic|swahili|yoruba|igbo|french|spanish|portuguese|italian|german|polish|romanian|bulgarian|"
                        r"albanian|lithuanian|latvian|russian|ukrainian|hungarian|czech|slovak|vietnamese|mandarin|cantonese|chinese|"
                        r"tagalog|sign language|bsl|makaton)\b", re.I)
#: a rate asked for by what it is of: "rate of looked after children per 10,000" (``x``)
#: the languages a service offers: "what languages does the helpline support?"
_SERVICE_LANGUAGES_Q = re.compile(r"\blanguages?\b[^?]{0,40}\b(?:helpline|line|service|website|site|form|leaflet|team)s?\b[^?]{0,20}"
                                  r"\b(?:support|supports|offer|offers|cover|covers|use|uses|available|provide|provides|in)\b"
                                  r"|\b(?:helpline|line|service|website|form|leaflet)s?\b[^?]{0,30}\bin (?:what|which|other) languages?\b", re.I)
#: whether a service has an interpreter or speaks a language: "does the helpline have
#: interpreters?", "it have interpreter in Romanian language?", "can they speak Polish?"
_OFFERS_LANGUAGE_Q = re.compile(r"\b(?:have|has|had|offer|offers|provide|provides|use|uses|with|get|got|there\s+(?:is|are))\s+(?:an?\s+|any\s+)?"
                                r"(?:interpreters?|interpreting|translators?|translation)\b"
                                # (a language other than English, spoken or offered in)
                                r"|\b(?:speak|speaks|talk|talks|in)\s+(?!english\b)(?:" + _LANGUAGES.pattern[5:-3] + r")(?:\s+language)?\b", re.I)
#: one school asked for by name: "which school was Child M attending?", "what school did she
#: go to?" (not "which schools", nor "which school year")
_WHICH_SCHOOL_Q = re.compile(r"\b(?:which|what)\s+(?:school|academy|college|nursery)\b(?!s|\s+(?:year|age|term|holidays?|staff|nurse))", re.I)
#: a court's sentence asked for: "what is the prison sentence for traffickers?", "how long do
#: they go to prison for?", "maximum sentence for modern slavery"
_SENTENCE_Q = re.compile(r"\b(?:prison|jail|custodial|maximum|minimum|max|min|life)\s+(?:sentences?|terms?)\b|\bsentences?\s+(?:for|given\s+to)\b"
                         r"|\bhow\s+long\b[^?]{0,40}\b(?:prison|jail|inside)\b|\bhow\s+many\s+years\b[^?]{0,40}\b(?:prison|jail)\b", re.I)
#: a sentence given in an answer
_SENTENCE_GIVEN = re.compile(r"\b(?:sentenced|sentences?\s+of|life\s+imprisonment|years?\s+(?:in\s+prison|imprisonment|in\s+jail)|"
                             r"maximum\s+(?:penalty|sentence)|custodial)\b", re.I)
#: a level of need asked of a threshold: "which level is child in need?", "what level of the
#: threshold is early help?", "level 3 threshold"
_THRESHOLD_LEVEL_Q = re.compile(r"\b(?:which|what)\s+level\b[^?]{0,60}\b(?:threshold|child\s+in\s+need|cin|early\s+help|need)\b"
                                r"|\bthreshold\b[^?]{0,60}\b(?:which|what)\s+level\b|\blevel\s+[1-4]\b[^?]{0,40}\bthreshold\b"
                                r"|\bthreshold\b[^?]{0,40}\blevel\s+[1-4]\b|\blevels?\s+of\s+need\b", re.I)
#: a level of need in an answer
_THRESHOLD_LEVEL = re.compile(r"\blevels?\s+of\s+need\b|\bthreshold\s+(?:levels?|document|criteria|guidance)\b"
                              r"|\blevel\s+[1-4]\s+(?:need|threshold|support|intervention|early help|child in need)\b", re.I)
_RATE_OF_Q = re.compile(r"\brates?\s+of\s+(?P<x>(?:[\w'’-]+\s+){1,5}?)(?:in\s+[\w'’-]+\s+)?per\s+\d", re.I)
#: the one member of a group asked for: "which professional was the one who flagged it?"
_WHICH_ONE_Q = re.compile(r"\b(?:which|what)\s+(?:professional|practitioner|agency|service|member of staff|staff member|worker|organisation)\b"
                          r"(?:[^?]{0,40}\b(?:was|is)\s+(?:the\s+)?(?:one|only one)\b|\s+(?:flagged|raised|explored|spotted|noticed|picked up|identified|questioned|challenged)\b)", re.I)
#: a role or agency named: what answers "which professional/agency ...?"
_AGENCY_OR_ROLE = re.compile(r"\b(?:health visitors?|school nurses?|nurses?|midwi(?:fe|ves)|gps?|doctors?|paediatricians?|consultants?|therapists?|"
                             r"teachers?|head ?teachers?|sencos?|dsls?|social workers?|youth workers?|police|officers?|camhs|schools?|hospitals?|"
                             r"social care|children'?s services|early help|dentists?|psychologists?|psychiatrists?|ambulance|"
                             r"housing|probation|iros?|lado|mash)\b", re.I)
#: a language asked for as spoken, not as wording ("what language should reports be in?")
_SPOKEN = re.compile(r"\b(?:interpret\w*|speak\w*|spoke|spoken|translat\w*|mother tongue|first language|home language)\b", re.I)
#: everyday names of the budget's payers, in the words of its rows
#: (each with its names as alternatives: a row may give either; a row's own name counts,
#: so that its row is found when similarity ranks another table's row, "Metropolitan
#: Police | 4", above it)
_PAYER_NAMES = (
    (r"\b(?:met|mps|metropolitan|cops|old bill|police)\b", ("police", "MOPAC")),
    (r"\b(?:borough|local authority|la|town hall|council)\b", ("council",)),
    # (not "public health", "NHS England" or "health visitors": no payers of the budget)
    (r"\b(?:nhs(?!\s+england)|(?<!public )health(?!\s+(?:visitors?|visiting|england|education|watch))|icb|ccg|clinical commissioning group)\b",
     ("clinical commissioning group", "CCG")),
    (r"\b(?:gla|city hall|mayor'?s office)\b", ("mayor",)),
    (r"\bdfe\b", ("department for education",)),
    (r"\bhome office\b", ("home office",)),
)
#: a "payer" that is the one spending: "how much did the partnership pay for outreach?"
_SPENDER = re.compile(r"(?:the\s+)?(?:partnership|hscb|hsp|board|lscb|we|they|us|harrow safeguarding (?:children )?(?:board|partnership))", re.I)
#: all the payers together, asked of the whole: "how much did the partners give altogether?"
_ALL_PAYERS = re.compile(r"(?:the\s+)?(?:(?:three|safeguarding|statutory|core|key|main|different|various)\s+)*"
                         r"(?:partners|partner agencies|agencies|organisations|members|everyone|they all|all of them)", re.I)


#: capitalised words that name no particular person or body: sentence words, and the
#: partnership's own names for itself and its work ("the Partnership felt ...", "the HSP's
#: three priorities", "its annual Safeguarding Conference")
_NOT_SOMEONE = frozenset({"Child", "The", "This", "These", "They", "He", "She", "It", "Harrow", "In", "On", "Of", "For", "And", "But",
                          "Whilst", "However", "Partnership", "Partners", "Board", "Safeguarding", "Conference", "Review", "Rapid",
                          "HSP", "HSCB", "HSAB", "LSCB", "HSSP", "CSPR", "Covid", "Lockdown", "Children", "Adults",
                          # (a table's header words in capitals: "REPRESENTATIVE/ROLE ... ATTENDANCE OUT OF 4 MEETINGS")
                          "ROLE", "OUT", "OF", "AND", "THE", "FOR", "ALL", "NOT", "TOTAL",
                          # (a document's own parts: "Appendix (i) HSCB MEMBERSHIP AND ATTENDANCE")
                          "Appendix", "Section", "Part", "Chapter", "Annex", "Table", "Figure"})


def _names_someone(text: str, question: str, title: bool = False) -> bool:
    """Whether ``text`` names a particular person or body the question does not: a
    capitalised word not opening a sentence or list item ("a safe house run by Hestia",
    "Brenda from Uganda", "the University of Cardiff"; not "- Use of mechanical
    restraints") or an acronym ("handled by the NSPCC"). With ``title``, ``text`` is a
    heading, whose first word counts too ("Fredek from Hungary")."""
    # (a term asked is asked by its other name too: "who is the LADO" asks about the
    # "Local Authority Designated Officer", no one named)
    asked = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", _with_term_names(question))}
    asked_stems = set(analyze(question))  # ("Chair" is asked by "who chairs ...")
    # (an acronym is short: "NSPCC", not a header word in capitals, "ATTENDANCE")
    for m in re.finditer(r"(?<![.!?:]\s)\b([A-Z][a-z][\w'’-]+|[A-Z]{2,6})\b", text):
        word = m.group(1)
        start = text.rfind("\n", 0, m.start()) + 1
        start += len(re.match(r"\s*(?:[-•*–]\s+|\d{1,2}[.)]\s+)?", text[start:]).group(0))
        if ((m.start() == start and not title) or word.lower() in asked or word in _NOT_SOMEONE
                or set(analyze(word)) and set(analyze(word)) <= asked_stems):
            continue
        if title and not word.isupper() and word.lower() in common_words() and not named_places(word):
            # (a heading in title case is no case study's title: "Allegations Against Staff
            # and Volunteers" names no one, "Fredek from Hungary" does)
            continue
        return True
    return False


def _titled_by_name(context: str, question: str) -> bool:
    """Whether a heading among ``context``'s lines (the last part of a section path: a
    short line that is no sentence and not all capitals) names someone the question does
    not, as a case study's title does ("... > Fredek from Hungary"); not "Allegations
    Against Staff and Volunteers", "SLAVERY TYPES AND WHO IS AFFECTED", nor the quote's
    own paragraph, which the context also carries."""
    for line in context.split("\n"):
        head = line.split(" > ")[-1].strip()
        if (head and len(head) <= 100 and not head.isupper() and not re.search(r"[.!?:]$", head)
                and _names_someone(head, question, title=True)):
            return True
    return False


#: words of an organisation's kind, not its name ("the ambulance service" is "London Ambulance")
_ORG_STEMS = frozenset(analyze("service services trust agency agencies organisation organisations department"))


#: a body named by a proper name of two or more capitalised words ("the Home Office",
#: "the Department for Education"), or one of those typed in lower case
_PROPER_BODY = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]+(?:\s+(?:for|of|and|&)?\s*[A-Z][\w'’-]+)+"
                          r"|(?i:home office|department for education|department of health|ministry of justice))")


def _named_together(words: set[str], seq: Sequence[str]) -> bool:
    """Whether every stem of ``words`` occurs in ``seq`` (a text's stems in order) within
    one window of ``len(words) + 2`` stems: a name's words together, not scattered."""
    if not words:
        return False
    if len(words) == 1:
        return next(iter(words)) in seq
    width = len(words) + 2
    return any(words <= set(seq[i:i + width]) for i, s_ in enumerate(seq) if s_ in words)


def payers_asked(question: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each payer a money question names by an everyday name, with its budget-row names
    (:data:`_PAYER_NAMES`): "how much did the Metropolitan Police contribute?" ->
    ``[("Metropolitan Police", ("police", "MOPAC"))]``; ``[]`` when it names none."""
    asking = " ".join(asking_clauses(question))
    payers = [m.group("payer") for m in _PAYER_Q.finditer(asking)]
    # ("what was the met's contribution?", "what did the ccg put in?", "contributions from
    # the police": only a payer of :data:`_PAYER_NAMES` counts in these wordings)
    payers += [re.sub(r"['’]s?$", "", m.group("payer")) for pat in _PAYER_SUM_QS for m in pat.finditer(asking)]
    return list(dict.fromkeys((p_, names) for p_ in payers for key, names in _PAYER_NAMES if re.search(key, p_, re.I)))


def payer_names(question: str) -> list[str]:
    """The budget-row names of each payer a money question names by an everyday name, as
    alternatives ("how much did the Met give?" -> ``["police", "MOPAC"]``; "... the NHS put
    in?" -> ``["clinical commissioning group", "CCG"]``), from :data:`_PAYER_NAMES`; ``[]``
    when it names none of them. Used as extra expansions where a budget row's label must
    name what is asked, and to rank the payer's row."""
    return [name for _, names in payers_asked(question) for name in names]


#: a sum asked of whoever paid it: "how much (money) did the dfe give ...?" (``payer``)
_PAYER_Q = re.compile(r"\bhow much\s+(?:money\s+|cash\s+|funding\s+)?(?:did|does|do|has|have|will)\s+(?:the\s+)?"
                      r"(?P<payer>[\w&'’./-]+(?:\s+[\w&'’./-]+){0,3}?)\s+(?:give|gave|contribute|pay|put|chip|fund|provide|grant|award|allocate|donate)\b", re.I)
#: a payer's sum asked otherwise: "what was the met's contribution?", "what did the ccg
#: put in?", "the contribution from the police" (``payer``; read by :func:`payers_asked`)
#: (what may follow such a sum: the end, or the budget: "what did the police contribute to
#: the review?" asks for something else)
_SUM_TAIL = (r"(?=\s*(?:[?.!,;]|$|-|(?:to|towards|into|in|for)\s+(?:the\s+|its\s+|our\s+)?(?:budget|funding|pot|kitty|coffers|partnership|board|"
             r"hscb|hsp|lscb|costs?|running costs)\b|(?:in|for)\s+(?:20\d\d|last year|this year)|last year|this year|altogether|in total))")
_PAYER_SUM_QS = (
    re.compile(r"\bwhat\s+(?:was|is|were|are)\s+(?:the\s+)?(?P<payer>[\w&'’./-]+(?:\s+[\w&'’./-]+){0,3}?)\s+contributions?" + _SUM_TAIL, re.I),
    re.compile(r"\bwhat\s+(?:did|does|has|have)\s+(?:the\s+)?(?P<payer>[\w&'’./-]+(?:\s+[\w&'’./-]+){0,3}?)\s+"
               r"(?:contribute|give|gave|pay in|put in|chip in|provide|fund|donate)\b" + _SUM_TAIL, re.I),
    re.compile(r"^\s*(?:the\s+)?(?!(?:what|whats|how|which|who|and|so)\b)(?P<payer>[\w&'’./-]+(?:\s+[\w&'’./-]+){0,3}?)\s+contributions?\s*\??\s*$", re.I),
    # ("how much of that came from the police?", a follow-up on the budget's income)
    re.compile(r"\bhow much\b[^?]{0,40}?\b(?:came|come|comes|coming|was|is)\s+from\s+(?:the\s+)?(?P<payer>[\w&'’./-]+(?:\s+[\w&'’./-]+){0,3}?)"
               r"(?=\s*(?:[?.,;]|$|\s+(?:to|towards|into|for|in|and)\b))", re.I),
    re.compile(r"\b(?:contributions?|funding|money|payments?)\s+(?:from|by)\s+(?:the\s+)?(?P<payer>[\w&'’./-]+(?:\s+[\w&'’./-]+){0,3}?)"
               r"(?=\s*(?:[?.,;]|$|\s+(?:to|towards|into|for|in|was|were|is|and)\b))", re.I),
)
#: a figure asked against a comparator: "compare with the london avg", "vs the national
#: average", "higher than the England average", "below the national average", "where does
#: Harrow rank in London" (``cmp``)
VERSUS_Q = re.compile(r"\b(?:compare[sd]?|comparison|compared|versus|vs\.?|relative|against|(?:higher|lower|more|less|fewer|better|worse|bigger|smaller|greater) than|"
                      r"above|below|exceed\w*|(?:rank|ranked|ranks|ranking|come|comes|sit|sits|stand|stands)\s+(?:in|among|across|within|against))\s+(?:(?:with|to|against|or (?:above|below))\s+)?(?:the\s+|our\s+|that (?:of|in)\s+|those (?:of|in)\s+)?"
                       r"(?P<cmp>london|england|english|national|nationally|uk|country|statistical neighbou?rs?|other (?:london )?boroughs|similar (?:areas|boroughs|authorities))\b", re.I)
#: words of a comparison itself, not of what is compared: "is our repeat CP plan rate
#: higher than the England average?" compares repeat CP plans
_COMPARISON_STEMS = frozenset(analyze(
    "higher lower more less fewer better worse bigger smaller greater above below average averages rate rates level levels "
    "per compare compares compared comparison comparing versus vs against relative exceed exceeds exceeded doing perform performing "
    "our we us how where stand stands borough same similar national nationally england english london uk country statistical "
    "neighbour neighbours neighbor neighbors other boroughs areas authorities figure value score scores ranking rank "
    "quite lot lots few many high low well badly good bad picture look looks looking fare fared faring stack sit sits "
    "whats wheres hows whos actual actually exact need needs want wants true right correct confirm overall back ago then"))


@lru_cache(maxsize=256)
def _compared_measure(question: str, start: int, end: int) -> tuple[frozenset[str], tuple]:
    """What a comparison spanning ``question[start:end]`` compares, as analysed stems, with
    the glossary's other names for its terms (``(asked, naming)`` pairs). Memoised: the
    answerer checks up to twenty units against the same question."""
    # (the clause holding the comparison: "... - what were the two percentages?" adds nothing compared)
    first = max([m_.end() for m_ in CLAUSE_SPLIT.finditer(question) if m_.end() <= start], default=0)
    last = min([m_.start() for m_ in CLAUSE_SPLIT.finditer(question) if m_.start() >= end], default=len(question))
    # ("CP" is child protection: "CP plans" are the report's "Child Protection Plans")
    # (an aside in brackets says how to give it, not what is compared: "(x out of how many LAs)")
    asked = re.sub(r"\bcp\b", "child protection", question[first:start] + " " + question[end:last], flags=re.I)
    asked = re.sub(r"\([^()]*\)?", " ", asked)
    measure = set(analyze(asked)) - _COMPARISON_STEMS - GENERIC_STEMS
    # (figures are no measure: "per 10k kids" is the report's "per 10,000 population")
    measure = {m_ for m_ in measure if not any(ch.isdigit() for ch in m_) and len(m_) > 1}
    glossary = load_glossary()
    # (a term named otherwise: "children in care" by "looked after", an acronym by its expansion)
    return frozenset(measure), tuple(glossary.equivalents(asked) + glossary.synonym_equivalents(asked))


def compared_measure_unnamed(question: str, versus: re.Match[str], text: str, context: str = "") -> bool:
    """Whether no sentence of ``text`` naming the comparator of a comparison ``versus``
    (:data:`VERSUS_Q`) also names what the question compares: "is our repeat CP plan rate
    higher than the England average?" is not answered by "6 children had a CP Plan lasting
    for two years or more ... above the England (2.1%) average" (no repeat plans), nor
    "is our rate of children in care higher than England's?" by the missing looked after
    children "exceeded the England average" (fifty-sixth session, a break-it helper).

    What is compared: the question's content stems outside the comparison (less
    :data:`_COMPARISON_STEMS` and :data:`GENERIC_STEMS`), each named (or, through the
    glossary, its acronym or expansion) in the sentence or ``context`` (its heading and
    lead-in). Every stem must be named when there are up to three, all but one of more.
    ``False`` when the question names nothing beyond the comparison."""
    if re.search(r"\bwhy\b|\breasons?\b|\bexplain", question, re.I):
        return False  # (a reason asked: "why have we got a lot of kids on CP plans compared to London ...?")
    measure, others = _compared_measure(question, versus.start(), versus.end())
    if not measure:
        return False
    named = [n for key, n in COMPARATORS if re.search(key, versus.group("cmp"), re.I)]
    ctx = set(analyze(_with_term_names(context)))
    # (a comparator named in the heading compares every sentence under it: "Local Data
    # Analysis and comparisons with London (ISOS) Data")
    in_context = any(re.search(n, context, re.I) for n in named)
    # (a table row is one statement: "Deprivation Affecting Children (...) This has improved
    # markedly since 2015. ... | 199/317 (England) 30/33 (London)")
    for sentence in ([text] if " | " in text else re.split(r"(?<=[.;!?])\s+|\n+", text)):
        if not in_context and not any(re.search(n, sentence, re.I) for n in named):
            continue
        have = set(analyze(_with_term_names(re.sub(r"\bcp\b", "child protection", sentence, flags=re.I)))) | ctx
        have |= {a_ for asked_, naming in others if naming <= have for a_ in asked_}
        if len(measure - have) <= (1 if len(measure) > 3 else 0):
            return False
    return True


#: each comparator and how a passage names it
COMPARATORS = (
    (r"london", r"\blondon\b"),
    (r"england|english|national|uk|country", r"\b(?:england|english|national\w*|uk|country|statistical neighbou?r)"),
    (r"statistical", r"\bstatistical neighbou?r"),
    (r"boroughs|similar", r"\b(?:boroughs|statistical neighbou?r|local areas|neighbouring areas|similar)"),
)
#: other boroughs asked for by name: "which other london boroughs ...?" (not "what other
#: places was he forced to work in?")
_OTHER_PLACES_Q = re.compile(r"\b(?:which|what|name the|any)\s+other\s+(?:london\s+)?(?:boroughs|local authorities)\b", re.I)

#: a topic of figures: "police da data across england as a whole during covid - ..."
_DATA_TOPIC = re.compile(r"\b(?:data|figures?|stats?|statistics|numbers|rates?|percentages?|totals?|trends?)\b", re.I)
#: the devolved nations, whose services and guidance differ from England's: a question
#: about one is not scoped by a city in its scene ("family in belfast - ... northern
#: ireland?"); England or the UK is (Harrow's figures are not England's)
#: the country the documents are written in, named as the "here" of a comparison
_THIS_COUNTRY = re.compile(r"(?:the\s+)?(?:england|uk|u\.k\.|britain|great britain|united kingdom|england and wales)", re.I)
_NATION = re.compile(r"\b(?:northern ireland|scotland|wales)\b", re.I)


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


#: a count taken among a group named first: "of the home educated children in the report,
#: how many were primary age ...?" (``np`` is the group)
_AMONG_SCOPE = re.compile(r"^\s*(?:[^?]{2,40}?\s[-–—:]\s+)?(?:of|out of|among|amongst)\s+(?:the|those|these|all the)\s+(?P<np>[^,?–—]{3,60}?)"
                          r"(?:\s+(?:in|from|mentioned in|given in)\s+(?:the|this)\s+(?:report|document|sheet|page))?\s*(?:,|\s[-–—]\s)", re.I)


#: the part of a group a count asks for: "(of the uk nationals) how many were children?"
#: a count narrowed to a group: "how many missing children were girls?", "how many care
#: leavers were in university?"
_COUNT_WERE = re.compile(r"\bhow many\s+(?P<subj>(?:[\w'’-]+\s+){1,6}?)(?:were|are|was|is|had been|have been)\s+"
                         r"(?P<sub>(?!there\b|of\b|in (?:19|20)\d\d|in (?:the|that|this|last)\s+(?:year|period|month|quarter)\b)(?:[\w'’-]+\s*){1,4}?)\s*"
                         r"(?:\?|$|,|;|\s[-–—]\s|\s+(?:in|during|at|by|for|over|last|this|since|between|from)\s+(?:the\s+)?(?:(?:19|20)\d\d|year|period|month|quarter|last|this|20))", re.I)
#: words saying that something counted happened, not which group it was: "were made",
#: "were held", "were recorded"
_OCCURRENCE_STEMS = frozenset(analyze(
    "made recorded reported received held carried out completed undertaken seen dealt with open opened done supported referred "
    "involved identified known there total overall altogether actually currently still new newly within timescale timescales time"))
#: a nationality's stems and those of the country that names it ("UK nationals")
_NATIONALS = {s_: set(analyze(c)) for w, c in (("british", "uk britain"), ("english", "uk england"), ("scottish", "uk scotland"),
                                              ("welsh", "uk wales")) for s_ in analyze(w)}
_SUBGROUP_Q = re.compile(r"\b(?:of|among|amongst)\s+(?:the|those|these)\s+[^?,;:]{3,60}?[,\s]+how many\s+(?:of (?:them|those|these)\s+)?(?:were|are|was)\s+(?P<sub>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s*(?:\?|$|,|;|\s+(?:in|at|by|during)\b)", re.I)


#: "what were harrow's fixed-term exclusion figures ...?": ``np`` is what the figures are of
_FIGURES_OF = re.compile(r"\bwhat (?:are|were|is|was) (?:the|our|their|harrow'?s|harrow’s) (?P<np>(?:[\w&'’-]+ ){1,5}?)"
                         r"(?:numbers|figures|totals|stats|statistics)\b", re.I)


#: a budget's balance asked: "what was the overspend?", "was there a deficit?"
_BALANCE_Q = re.compile(r"\b(?:over|under)\s*-?\s*spen[dt]\w*|\bdeficit\b|\bsurplus\b|\bover budget\b|\bunder budget\b|\bin the red\b|\bin the black\b", re.I)
#: "what's the average caseload for ...?": ``np`` is what the average is of
_AVERAGE_OF = re.compile(r"\b(?:average|avg|mean|median|typical)\s+(?P<np>(?:[\w'’-]+\s+){0,2}?[\w'’-]+?)"
                         r"(?=\s+(?:for|of|in|per|across|among|at|on|is|was|are|were|by|within)\b|\s*[?,.;]|\s*$)", re.I)


#: what an average measure counts: "the average number| of working days| taken to ..."
_AVERAGE_UNIT = re.compile(r"\s+of\s+(?P<x>(?:[\w'’-]+\s+){0,2}?[\w'’-]+?)(?=\s+(?:taken|spent|needed|to|for|in|per|across|among|at|on|"
                           r"is|was|are|were|by|within|that|which|who|before|between)\b|\s*[?,.;]|\s*$)", re.I)


#: words naming a measure rather than what is measured ("the average length of ...")
_MEASURE_STEMS = frozenset(analyze("length age number time duration size wait waiting amount rate cost"))


#: words in :data:`_FIGURES_OF`'s noun phrase that do not say what is counted
_FIGURES_OF_GENERIC = frozenset(analyze("latest current recent overall main key headline annual yearly monthly official local borough "
                                        "harrow's partnership board report"))


#: programmes named by everyday words ("a prevent referral", "the channel panel"): what
#: asks about one, and how a passage names it (capitalised: not "to prevent harm")
_PROGRAMMES = [
    (re.compile(r"\bprevent\s+(?:referrals?|duty|team|officers?|leads?|programme|training|strategy|concerns?|panel|process|route)\b"
                r"|\b(?:a|the|to|under|via|through|on|for|about)\s+prevent\s*(?:$|\?|,|\.|(?:in|at|across|within|here)\b|(?:and|or|/)\s*channel\b)", re.I),
     re.compile(r"\bPrevent\b(?!\s+(?:them|it|him|her|the|a|an|this|that|these|those|young|children|harm|further|drift))|\bPREVENT\b")),
    (re.compile(r"\bchannel\s+(?:panel|referrals?|programme|process|meeting)s?\b", re.I), re.compile(r"\bChannel\b")),
]


#: how long records are kept: "what's the retention period?", "how long should we keep ...?"
_KEEP_Q = re.compile(r"\bretention (?:period|schedule|time)\b|\bhow long (?:should|must|do|does|can|are|is)\s+(?:we|you|i|they|a|an|the|schools?|our)\s+"
                     r"(?:[\w'’-]+\s+)?(?:(?:have|has|need|needs|got|ought)\s+to\s+)?(?:keep|keeps|retain|retained|hold|held|store|stored|kept)\b", re.I)


#: a panel or committee named by its words: "the child death overview panel", "a
#: resource allocation panel" (``last`` is the word before the noun)
_PANEL = re.compile(r"\b(?:the|a|an|our|their|harrow'?s)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?P<last>(?!(?:the|a|an|local|new|same|this|that|multi-agency|"
                    r"multi agency|review|our)\b)[a-z][\w'’-]*)\s+(?P<noun>panel|committee|tribunal|"
                    # (not a verb: "who did the HSP commission to work with ...?")
                    r"commission(?!\s+(?:to|the|a|an|them|him|her|it|us|someone|anyone|[\w'’-]+\s+to)\b))s?\b", re.I)


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
_GRADE_Q = re.compile(r"\b(?:grade[ds]?|rated|rating|judge?ments?|judged)\b"
                      # (a grade guessed in a closed question: "did ofsted rate harrow outstanding?")
                      r"|\b(?:rate|rates|judge|judges|find|found|call|called)\s+(?:[\w'’]+\s+){1,4}?(?:as\s+)?(?:outstanding|good|inadequate|requires improvement)\b", re.I)


_INSPECTED = re.compile(r"\b(?:ofsted|cqc|hmi\w*|inspect\w*|jtai|ilacs)\b", re.I)


_GRADE = re.compile(r"\b(?:outstanding|requires? improvement|inadequate|(?:rated|graded|judged)(?:\s+as)?\s+(?:good|outstanding))\b", re.I)


#: a claim checked that a post is held by a named person: "is it true that the vice chair
#: is [NAME]?" (:func:`assistant.answer.claims.as_checked_question`; the name redacted)
_CLAIMED_PERSON = re.compile(r"^\s*is it true that\b[^?]*\b(?:is|was|are|were)\s+\[NAME\]", re.I)
#: a question asking how to report, refer or get help: "how do I report modern slavery in
#: Harrow?", "can you tell me how to get help around Harrow?"
HOW_TO_REPORT_Q = re.compile(r"\bhow (?:do|can|should|would|could|to)\b[^?]{0,30}?\b(?:report|refer|contact|call|ring|get help|raise (?:a |my )?concern)", re.I)


#: a count of people in post asked: "how many IROs does Harrow have in post?", "how many
#: social workers are there in schools?" (not who came to something: "how many
#: practitioners attended?")
_STAFF_COUNT_Q = re.compile(r"\bhow many\s+(?:[\w-]+\s+){0,2}?(?P<role>IROs?|LADOs?|DSLs?|social workers?|(?:reviewing |police |youth |family support )?officers?|nurses?|"
                            r"health visitors?|school nurses?|practitioners?|staff|managers?|workers?|posts?|FTEs?|advocates?|chairs?|coordinators?|co-ordinators?)\s+"
                            r"(?:(?:do|does|did|has|have|had|are|were|is)\s+(?:\w+\s+){0,4}?(?:have|has|had|employ\w*|in post|there|work\w*|based|in (?:the )?team|on (?:the )?team)"
                            r"|(?:in post|employed|are there|were there|work\w* (?:in|for|at|across)))\b", re.I)
_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|a team of)"


def _counts_staff(role: str, text: str) -> bool:
    """Whether ``text`` gives a number of ``role`` ("Six social workers", "3 IROs", "2
    Independent Reviewing Officers", "a team of five"): a number at most three words before
    the role, its singular or plural, or an acronym's expansion (the glossary)."""
    names = {role.rstrip("s")}
    for t_ in load_glossary().find_terms(role.rstrip("s")):
        names |= {t_.acronym, t_.expansion}
    names = {n for n in names if n}
    # (words between that join or relate two things count nothing: "ranged from 170 to 186
    # and IRO caseloads"; nor does the role as a modifier: "IRO caseloads")
    return any(re.search(rf"\b{_NUMBER}\s+(?:(?!(?:and|or|per|to|of|from|by|with|than)\b)[\w-]+\s+){{0,3}}?{re.escape(n)}s?\b"
                         r"(?!\s+(?:caseloads?|service|services|team|teams|reviews?|role|roles|functions?))", text, re.I) for n in names)


def outright_detail_missing(question: str, text: str, context: str = "") -> str | None:
    """The detail a question asks for outright that ``text`` (the quoted answer) and
    ``context`` (its section path, lead-in or table header, one per line) do not give, or
    ``None``: a person's name ("who chairs harrow's cp conferences - name pls?"), a
    spoken language ("which language did the other parent need an interpreter for?"),
    which professional or agency it was ("which professional was the one who flagged
    the restraint?"), or the name of a school or of a relative or professional in a case
    ("what school did child M go to?", "what was M's mum called?"). Part of
    :func:`missing_evidence`; asked of every composed answer, lists included ("what
    language is signs of safety translated into?" is not answered by a list of conference
    arrangements). The full or final results asked for are not given by early ones ("what
    were the full findings of ...?" / "The review is ongoing but initial findings show")."""
    asked = re.sub(r"\[[A-Z_]+\]", " ", " ".join(asking_clauses(question)))
    said = re.sub(r"[‘’]", "'", re.sub(r"\s+", " ", (text + "\n" + context).lower()))
    for title in quoted_names(question):
        if not set(analyze(title)) - _NAME_STOP and re.sub(r"[‘’]", "'", title.lower()) not in said:
            # "what were the results of the 'How Are You' survey?" is not answered by the
            # IRO service's "What we know": a title of common words is named word for word
            return "anything on " + title
    staff = _STAFF_COUNT_Q.search(asked)
    if staff and not _counts_staff(staff.group("role"), text + "\n" + context):
        # "how many IROs does Harrow actually have in post?" is not answered by "IRO
        # caseloads have been around 75 per full-time equivalent": a count of posts is a
        # number of them ("Six social workers are working ...")
        return "how many there are"
    if _FULL_RESULTS_Q.search(asked) and _EARLY_RESULTS.search(text + "\n" + context) and not _FULL_RESULTS.search(text):
        # "what were the full findings of the Young Person J review?" is not answered by
        # "The review is ongoing but initial findings show that: ...": the early ones only
        return "the full findings yet"
    if _NAMES_ASKED.search(question) and not has_person_name(text, question) and not _names_someone(text, question) and not any(
            heading_names_person(line.split(" > ")[-1]) or (
                # (one person asked of a case study titled by name: "Fredek from Hungary"; not
                # the names of others in it: "what were the names of the two men ...?")
                not re.search(r"\bnames\b", question, re.I) and _titled_by_name(line, question))
            for line in context.split("\n")):
        # "who chairs harrow's cp conferences - name pls?", "what were the names of the two
        # men who approached him?": not "Conference Chairs ..." or "he was approached by two
        # men": a person's name must be given
        return "the name of the person asked about"
    if (_REAL_NAME_Q.search(asked) or _POST_HOLDER_NAME_Q.search(question)) and not has_person_name(text, question):
        # "what was child m's real name?" is not answered by "Child 'M' was a 12-year-old
        # boy from a Pakistani family ...": learning material names no one it anonymises
        return "the name of the person asked about"
    if _SCHOOL_NAME_Q.search(asked) and not _SCHOOL_NAME.search(text):
        # "what school did child M go to?" is not answered by "The transition from primary
        # to secondary school was followed by ...": a school must be named
        return "the name of the school asked about"
    if _INSTITUTION_NAME_Q.search(asked) and not _INSTITUTION_NAME.search(text + "\n" + context):
        # "which hospital treated Child M?" is not answered by "Child 'M' was a 12-year-old
        # boy ... with complex medical needs": a hospital, clinic or court must be named
        return "the name of the place asked about"
    if _CAME_FROM_Q.search(asked) and not [p_ for p_ in named_places(text + "\n" + context) if p_ != "harrow"]:
        # "which borough did child m's family move from?" is not answered by "He lived at
        # home with his parents ...": another place must be named
        return "the name of the place asked about"
    if _RELATIVE_NAME_Q.search(asked) and not has_person_name(text, question):
        # "what was Child M's mum called?" is not answered by "... relied too heavily on one
        # parent for communication": a name must be given
        return "the name of the person asked about"
    if _LANGUAGE_Q.search(asked) and (_SPOKEN.search(question) or _SERVICE_LANGUAGES_Q.search(asked)) and not _LANGUAGES.search(text + "\n" + context):
        # "which language did the other parent need an interpreter for?" is not answered by
        # "(the other may have benefitted from the assistance of an interpreter)"
        return "which language it was"
    if _OFFERS_LANGUAGE_Q.search(asked) and not _LANGUAGES.search(text + "\n" + context) and not re.search(
            r"\b(?:interpret\w*|translat\w*|languages?)\b", text + "\n" + context, re.I):
        # "the modern slavery helpline, it have interpreter in Romanian language?" is not
        # answered by the helpline's number: nothing quoted speaks of languages
        return "whether it offers that language"
    if _WHICH_SCHOOL_Q.search(asked) and not SCHOOL_NAMED.search(text):
        # "which school Child M was attending?" is not answered by "M's low school
        # attendance": the documents name no school
        return "the name of the school"
    if _SENTENCE_Q.search(asked) and not _SENTENCE_GIVEN.search(text + "\n" + context):
        # "what is the prison sentence for the traffickers in UK?" is not answered by Operation
        # Dauntless's work with domestic abuse offenders released from prison
        return "a sentence for this"
    if _THRESHOLD_LEVEL_Q.search(asked) and not _THRESHOLD_LEVEL.search(text + "\n" + context):
        # "which level of Harrow threshold is child in need, level 3?" is not answered by "3
        # Level 3 Nominated Safeguarding Person Training Sessions": the documents have no
        # threshold document and name no levels of need
        return "threshold levels"
    if _WHICH_ONE_Q.search(asked) and not _AGENCY_OR_ROLE.search(text) and not _names_someone(text, question):
        # "which professional was the one who flagged the restraint?" is not answered by
        # "only one professional explored this as a potential safeguarding issue": a role
        # or agency must be named
        return "which one it was"
    return None


def payers_named(question: str) -> list[str]:
    """Whoever a money question asks the sum of, as typed: "how much did the dfe give?"
    (:data:`_PAYER_Q`), "what did schools contribute to the budget?", "what was the met's
    contribution?" (:data:`_PAYER_SUM_QS`) -> ``["dfe"]``, ``["schools"]``, ``["met"]``;
    ``[]`` when it names none."""
    asking = " ".join(asking_clauses(question))
    payers = [m.group("payer") for m in _PAYER_Q.finditer(asking)]
    payers += [p_ for p_ in (re.sub(r"['’]s?$", "", m.group("payer")) for pat in _PAYER_SUM_QS for m in pat.finditer(asking))
               if p_ not in payers]
    return payers


def payer_unnamed(question: str, text: str, context: str = "") -> str | None:
    """``"an amount of money from them"`` when a money question names who paid ("how much
    did the dfe give ...?", "what did schools contribute to the budget?", :func:`payers_named`) and ``text`` (the
    quoted answer) with ``context`` (its headings, header row) never names that payer by
    any of its names; ``None`` otherwise (no payer asked, the partnership itself, all the
    partners together, or the payer named). Part of :func:`missing_evidence`; the
    extractive answerer also asks it before refusing a budget row as "this figure"."""
    payers = payers_named(question)
    if payers:
        # "how much money did the dfe give for it?" is not answered by a budget line that
        # never names the DfE ("Training Income -3,540"): who paid is named with the sum
        # (one of them, when several are asked: "how much did the CCG put in and how much
        # did police/MOPAC contribute?"; by any of its names: "city hall" is London's mayor)
        # (a body's proper name, :data:`_PROPER_BODY`, is named whole: "the Home Office" is
        # not named by "setting up home" near a "Participation Officer")
        have_seq = analyze(_with_term_names(text + "\n" + context))
        have_names = set(have_seq)
        glossary = load_glossary()

        def named(p_: str) -> bool:
            alts = [p_, *(name for term in glossary.find_terms(p_) for name in (term.acronym, term.expansion) if name),
                    *glossary.expand(p_), *(n_ for key, names in _PAYER_NAMES if re.search(key, p_, re.I) for n_ in names)]
            if _PROPER_BODY.fullmatch(p_.strip()):
                return any(_named_together(set(analyze(n)) - GENERIC_STEMS - CLASS_WORDS - _ORG_STEMS, have_seq) for n in alts)
            return bool(set(analyze("\n".join(alts))) - GENERIC_STEMS - CLASS_WORDS & have_names)

        needs = [p_ for p_ in payers if not (_SPENDER.fullmatch(p_.strip()) or _ALL_PAYERS.fullmatch(p_.strip()))]
        if needs and all(set(analyze(p_)) - GENERIC_STEMS - CLASS_WORDS for p_ in needs) and not any(named(p_) for p_ in needs):
            return "an amount of money from them"
    return None


def breakdown_topic(question: str, dim: re.Pattern[str], named_by: re.Pattern[str]) -> set[str]:
    """The stems naming what a breakdown question breaks down ("the home educated kids - is
    there an ethnicity breakdown anywhere?" -> home, educ ...): the question's stems outside
    the breakdown phrase (``dim``'s match), less generic words and the dimension's own
    (``named_by``); when none is left, those inside the phrase ("whats the split of missing
    kids by ethnicity" -> miss)."""
    own = set(analyze(named_by.pattern.replace("\\b", " ")))
    topic = set(analyze(_MONTHS_AND_NUMBERS.sub(" ", dim.sub(" ", question)))) - GENERIC_STEMS - _BREAKDOWN_STOP - own
    if not topic - {"what", "whats"}:
        topic = (set(analyze(_MONTHS_AND_NUMBERS.sub(" ", question))) - GENERIC_STEMS - _BREAKDOWN_STOP - own
                 - set(analyze(re.sub(r"\\[bsw]|[^A-Za-z]+", " ", dim.pattern))) - {"what", "whats"})
    return topic


def other_choice_named(name: str, question: str, passage_stems: set[str]) -> bool:
    """Whether ``name`` is one side of an "A or B" choice in ``question`` whose other side
    the passages name (a content word of it in ``passage_stems``): "the mayor or the Home
    Office?" with passages on the mayor's funding."""
    esc = re.escape(name)
    m = (re.search(rf"\b(?P<other>(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+or\s+(?:the\s+|a\s+|an\s+)?{esc}\b", question, re.I)
         or re.search(rf"\b{esc}\s+or\s+(?:the\s+|a\s+|an\s+)?(?P<other>[\w'’-]+(?:\s+[\w'’-]+){{0,3}})", question, re.I))
    if not m:
        return False
    other = set(analyze(m.group("other"))) - set(analyze("the a an it was is were did by funded led run"))
    return bool(other) and bool(other & passage_stems)


def signs_unnamed(question: str, where: str) -> bool:
    """Whether ``question`` asks for the signs of something (:data:`_SIGNS_OF_Q`: "what are
    the warning signs of cuckooing?") that ``where`` (the quote, its context and passage)
    never names: all its words (all but one of three or more), or the glossary's other name for it ("CSE" is
    named by "child sexual exploitation"). The signs of modern slavery are not the signs
    of cuckooing."""
    signs = _SIGNS_OF_Q.search(question)
    if not signs:
        return False
    need = set(analyze(signs.group("x"))) - GENERIC_STEMS
    said = set(analyze(where))
    named_otherwise = [naming for asked_, naming in load_glossary().equivalents(signs.group("x")) if asked_ & need]
    return bool(need) and len(need - said) > (1 if len(need) >= 3 else 0) and not any(n <= said for n in named_otherwise)


#: "more A or B", "A or B" offered at the end of a clause that compares ("which is more
#: common - DA or neglect?", "were there more kids seen for self-harm or for overdose?")
_MORE_EITHER = re.compile(r"\b(?:more|fewer|less)\s+(?P<a>[\w'’-]+(?:\s+[\w'’-]+)?)\s+or\s+(?:for\s+|from\s+|by\s+|the\s+)?(?P<b>[\w'’-]+(?:\s+[\w'’-]+)?)", re.I)
_COMPARING = re.compile(r"\b(?:more|most|fewer|fewest|less|least|higher|highest|lower|lowest|bigger|biggest|greater|greatest|"
                        r"larger|largest|smaller|smallest|common|commonest|likely|frequent|main|top)\b", re.I)
_END_EITHER = re.compile(r"(?:^|[\s,:;(–—-])(?P<a>[\w'’-]+(?:\s+[\w'’-]+)?)\s+or\s+(?:for\s+|from\s+|by\s+|the\s+)?(?P<b>[\w'’-]+(?:\s+[\w'’-]+){0,3})\s*[?)]*\s*$", re.I)
_HARM_WORDS = frozenset(analyze("abuse harm"))
_DATE_STEMS = frozenset(analyze("january february march april may june july august september october november december "
                                "jan feb mar apr jun jul aug sep sept oct nov dec year years month months spring summer autumn winter "
                                "lockdown covid pandemic before after"))
#: a comparison in words: "more than", "compared to", "the majority"
_COMPARED_IN_WORDS = re.compile(r"\b(?:than|compared|most|fewest|least|highest|lowest|majority|minority|main|commonest|outnumber\w*|"
                                r"(?:over|under)[- ]represented|disproportionate\w*)\b", re.I)
#: a sentence giving a figure or a comparison (a comparison in words, or a degree or change)
_FIGURE_OR_COMPARISON = re.compile(r"\d|" + _COMPARED_IN_WORDS.pattern
                                   + r"|\b(?:more|fewer|less|higher|lower|increas\w*|decreas\w*|rise|rose|fell|fall|doubled|half|twice)\b", re.I)
#: words of a direction or a degree, which are no things compared: "better or worse", "up or down"
_DIRECTION_STEMS = frozenset(analyze("better worse worsen up down higher lower more less fewer increase decrease rise fall above below same "
                                     "different yes no right wrong good bad improve improved"))


def either_compared(asked: str) -> list[set[str]]:
    """The two things a comparison offers as alternatives, as analysed stems, or ``[]``:
    "were there more kids seen for self-harm or for overdose?" -> ``[{"selfharm", "self"},
    {"overdos"}]`` (harm and abuse are dropped from a side that names more), "what was the most common category of abuse on CP plans - neglect or
    emotional abuse?" -> ``[{"neglect"}, {"emot"}]``. Not a direction ("better or worse",
    "up or down"), and only in a clause that compares (:data:`_COMPARING`)."""
    for clause in re.split(r"[?;]|\.\s", asked):
        if not _COMPARING.search(clause):
            continue
        m = _MORE_EITHER.search(clause) or _END_EITHER.search(clause.strip())
        if not m:
            continue
        # (the second thing ends at a preposition: "girls on child protection plans")
        b = re.split(r"\s+(?:on|in|for|during|at|of|with|from|than|among|across|last|this)\b", m.group("b"), maxsplit=1, flags=re.I)[0]
        items = [set(analyze(m.group("a"))) - GENERIC_STEMS, set(analyze(b)) - GENERIC_STEMS]
        items = [i - _DIRECTION_STEMS for i in items]
        if any(all(w.isdigit() or w in _DATE_STEMS for w in i) for i in items if i):
            return []  # two dates or periods: "more children on CP plans in april 2019 or march 2020?"
        # ("emotional abuse": emotional; "self-harm": self-harm)
        items = [i - _HARM_WORDS if i - _HARM_WORDS else i for i in items]
        # (what tells them apart: "Level 2 or Level 3" are 2 and 3)
        if items[0] - items[1] and items[1] - items[0]:
            items = [items[0] - items[1], items[1] - items[0]]
        if all(items):
            return [i | set().union(*(_SEX_STEMS.get(w, set()) for w in i)) for i in items]
    return []


def _figure_sentences(text: str) -> list[tuple[set[str], str]]:
    """The sentences of ``text`` giving a figure or a comparison, each with its analysed
    stems (a sex also by the report's words for it: "girls" by "females")."""
    return [(set(analyze(_with_term_names(sent_))) | set().union(*(_SEX_STEMS.get(w, set()) for w in analyze(sent_))), sent_)
            for sent_ in re.split(r"(?<=[.;!?])\s+|\n+", text) if _FIGURE_OR_COMPARISON.search(sent_)]


def sides_ungiven(question: str, text: str) -> list[set[str]]:
    """The alternatives of a comparison (:func:`either_compared`) that no sentence of
    ``text`` giving a figure or a comparison names, as analysed stems (``[]`` when the
    question compares no alternatives or ``text`` gives every one)."""
    said = _figure_sentences(text)
    return [item for item in either_compared(" ".join(asking_clauses(question)))
            if not any(item & have_ for have_, _ in said)]


def gives_side(side: set[str], text: str) -> bool:
    """Whether ``text`` has a sentence giving a figure or a comparison that names ``side``
    (an item of :func:`either_compared`)."""
    return any(side & have_ for have_, _ in _figure_sentences(text))


def comparison_unmade(question: str, text: str) -> bool:
    """Whether an answer ``text`` leaves a comparison between two alternatives
    (:func:`either_compared`) unmade: it must give both a figure, or say of one that it is
    more or less ("43% of females were NEET compared to 16% of males"). "which is more
    common - DA or neglect?" is not answered by domestic abuse's "increased by 9%" alone.
    Read of a whole composed answer; a single unit may give one side (a table row)."""
    either = either_compared(" ".join(asking_clauses(question)))
    if not either:
        return False
    said = _figure_sentences(text)
    return not (all(any(item & have_ for have_, _ in said) for item in either)
                or any(item & have_ and _COMPARED_IN_WORDS.search(sent_) for item in either for have_, sent_ in said))


#: a count named by a body's acronym: "MARAC referrals", "MASH contacts", "LADO cases"
_ACRONYM_COUNT = re.compile(r"\b(?P<acr>[A-Z]{2,6})\s+(?P<noun>referrals?|contacts?|cases|notifications?|meetings?|plans?|reviews?|enquiries)\b")


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
      breakdown", "split by age", :data:`BREAKDOWNS`) that dimension;
    * a date asked for ("when did X start?", "what year ...?") needs a date (:data:`_DATED`);
    * a detail asked outright needs to be given: a person's name ("what were the names of
      the two men ...?"; a named body or case-study title counts), a spoken language, which
      professional or agency it was, a sum from the payer named ("how much did the dfe
      give?"), the comparator of a comparison ("... compare with the london avg?"), other
      boroughs by name, and the part of a group counted ("of the uk nationals how many were
      children?");
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
    * a figure for a group (:data:`GROUPS_ASKED`: "how many were girls?", "by month",
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
      is; a count of children who went missing or ran away comes from text saying so
      ("how many went missing in 2018-19?" is not answered by that year's exclusions); a
      diagnosis or a condition's name asked for ("what was his medical condition called?")
      needs a condition named (:data:`_CONDITION_NAMED`), not "complex medical needs".

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
    if _DIAGNOSIS_Q.search(question) and not _CONDITION_NAMED.search(text):
        # "what was his actual medical condition called?" / "the diagnosis?" is not answered
        # by "complex medical needs" or "died due to natural causes": a condition's name
        return "the name of the condition"
    named_post = PERSON_NAME_Q.search(asked)
    if named_post:
        # "what's the name of harrow's designated nurse?" needs a person's name, not the role
        # (a person's name: "Child Safeguarding Practice Review" is capitalised, but no one's)
        # (in the quote or its heading: "Dez Holmes" / "Dez is the Director of Research in
        # Practice ...")
        if not has_person_name(text, question) and not any(heading_names_person(line.split(" > ")[-1]) for line in context.split("\n")):
            return "the name of the person asked about"
        # (the post named: "the director of children's services" is not "Dez Holmes" /
        # "Dez is the Director of Research in Practice ...")
        post = re.split(r"[?,;]|\s[-–—]\s|\s+(?:and|in|at|for)\s+(?:the\s+)?(?:harrow|borough|partnership)\b",
                        asked[named_post.start():].split(None, 2)[-1], maxsplit=1)[0]
        need = set(analyze(post)) - GENERIC_STEMS
        lacking = need - set(analyze(text + "\n" + context))
        if lacking and not (len(need) >= 3 and len(lacking) == 1):
            return "the name of the person asked about"
    if _AUTHOR_Q.search(asked) and not has_person_name(text + "\n" + context, question) and not re.search(
            r"\b(?:written|authored|compiled|produced|drafted|prepared|led|undertaken|carried out|conducted)\s+by\b|\bauthor"
            r"|\bby\s+[A-Z][a-z]+\s+[A-Z][a-z]+", text + "\n" + context):
        # "who wrote the learning sheet for child M?" is not answered by "This process
        # enabled the Case Review Panel to test its findings ...": an author is named, or
        # said to have written it
        return "who wrote it"
    if _CLAIMED_PERSON.search(question) and not has_person_name(text, question):
        # "is it true that the HSCB's vice chair is [NAME]?" (a draft's claim, the name
        # redacted) is not confirmed by "Vice Chair/Lay Member | 4": a name must be given
        return "the name of the person asked about"
    detail = outright_detail_missing(question, text, context)
    if detail:
        return detail
    unpaid = payer_unnamed(question, text, context)
    if unpaid:
        return unpaid
    versus = VERSUS_Q.search(question)
    if versus and qtype in ("number", "general") and not any(
            re.search(named, text + "\n" + context, re.I) for key, named in COMPARATORS if re.search(key, versus.group("cmp"), re.I)):
        # "how does the % of ICPCs held in 15 days compare with the london avg?" is not
        # answered by Harrow's 62.7% alone: the figure compared with is named
        return "a comparison with that figure"
    if versus and qtype in ("number", "general") and compared_measure_unnamed(question, versus, text, context):
        return "that comparison for what the question asks about"
    others = _OTHER_PLACES_Q.search(" ".join(asking_clauses(question)))
    if others and not [p_ for p_ in named_places(text) if p_ not in home_places and p_ != "london"]:
        # "which other london boroughs were first to get the tagging?" is not answered by
        # "Harrow were one of the first boroughs": another place must be named
        return "the other places asked about"
    for asked_re, named_re in _PROGRAMMES:
        # "what are the steps for a prevent referral?": the programme, not the verb, must be
        # named where the answer comes from
        if asked_re.search(question) and not named_re.search(text + "\n" + context + "\n" + passage_text):
            return "anything on that programme"
    have = set(analyze(text + "\n" + context))
    rate = _NAMED_RATE.search(asked)
    if rate and qtype == "number" and not set(analyze(rate.group("what"))) - GENERIC_STEMS <= have:
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
    for body in _PANEL.finditer(asked):
        # "how many deaths did the child death overview panel review?" is not answered by a
        # case review's panel: a panel or committee named by its words is named, as one
        # phrase, where the answer comes from (or by a glossary name for it)
        # (not where or for whom the asker works: "doing a deep-dive at the exploitation
        # panel, ...", "presenting to the resource panel")
        if re.search(r"\b(?:at|to|for|before)\s*$", asked[:body.start()], re.I):
            continue
        phrase = f"{body.group('last')} {body.group('noun')}".lower()
        where = plain_form(text + "\n" + context + "\n" + passage_text).lower()
        if phrase not in where and not any(e.lower() in where for e in load_glossary().expand(body.group(0))):
            return "anything on that panel"
    claim = _CLAIM_Q.search(asked)
    if claim and qtype != "number" and not set(analyze(claim.group("what"))) - GENERIC_STEMS <= have:
        # "can victims claim compensation?" needs the compensation named, not a sentence
        # about what victims suffer (an amount asked, "... and how much?", is the figure
        # rules' to judge)
        return "anything about this entitlement"
    # (not who does the grading: "who is the outside person that checks and grades how
    # good the partners are, like an inspector general?")
    if _GRADE_Q.search(asked) and _INSPECTED.search(question) and not _GRADE.search(text) \
            and not re.match(r"\s*who(?:'s|’s|\s+is|\s+are|\s+was|\s+does|\s+do)?\b", asked, re.I):
        # "what grade did ofsted give harrow children's services?" is not answered by "...
        # something considered a success in a recent Ofsted Inspection": a grade is named
        return "an inspection grade"
    if (_asks_only_how_often(question) and not FREQUENCY.search(text) and not HOURS.search(text)
            # (a body's meetings in the year are counted by its attendance table: "how often
            # did the HSCB meet?" / "ATTENDANCE OUT OF 4 MEETINGS")
            and not (re.search(r"\bmeet|\bmet\b|\battend|\bturn(?:ed)? up\b|\bcome\b|\bshow(?:ed)? up\b", question, re.I)
                     and re.search(r"\bout of \d+ meetings\b", text + "\n" + context, re.I))):
        # "how often does the DSL Forum meet, monthly or once a term?" is not answered by
        # who attended it "throughout the year"
        return "how often this happens"
    if HOURS_Q.search(" ".join(asking_clauses(question))) and not HOURS.search(text):
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
        named = [set(analyze(i)) - GENERIC_STEMS - set(analyze("under abuse harm")) for i in items]
        named = [n for n in named if n]
        # (a sex is named in the report's words: "the girls vs the boys" by "43% of females")
        named = [n | set().union(*(_SEX_STEMS[w] for w in n if w in _SEX_STEMS)) for n in named]
        if len(named) >= 2 and not any(n & set(analyze(text + " " + context)) for n in named):
            return "figures for these categories"
    either = either_compared(asked)
    if either and not any(item & have_ for item in either for have_, _ in _figure_sentences(text)):
        # "what was the most common category of abuse on CP plans - neglect or emotional
        # abuse?" (the report's breakdown is a chart the text does not carry), "were there
        # more kids seen for self-harm or for overdose?": a sentence naming one of them
        # gives a figure or a comparison (fifty-sixth session, probe-120; a whole answer
        # must give both, :func:`comparison_unmade`)
        return "a comparison of these"
    share_asked = re.search(r"%|\bper ?cent|\bpercentage\b|\b(?:what|which)\s+(?:proportion|share|fraction)\b", asked, re.I)
    if (qtype == "number" and share_asked and _SHARE_OF_WHOLE.search(asked)
            and not _PERCENT_CHANGE_Q.search(asked) and re.search(r"\d\s?%", text)
            and all(_is_change(text, m_) for m_ in re.finditer(r"\d(?:\.\d+)?\s?%", text))):
        # "what percentage of LADO cases were concluded within a month?" is not answered by
        # "a slight decline in the number of referrals of around 14% on the year before":
        # a share of a whole is not a change over a year
        return "this figure"
    if (qtype == "number" and share_asked
            and not re.search(r"\d\s?%|\d\s?per ?cent\b|\bout of\b|\b\d+\s+(?:in|of)\s+(?:every\s+|the\s+)?\d|\d\s*/\s*\d", text, re.I)
            and not re.search(r"\b(?:all|none|half|every|nobody|no one|quarters?|thirds?|fifths?|majority|minority)\b", text, re.I)):
        # "what actually is the england avg % ...?" is not answered by "for the past two
        # years we have exceeded the England average": a percentage is written in digits
        # (as a percentage or "x out of y": not ages, "care leavers aged 19-21")
        return "this figure"
    if re.search(r"\b(?:what|whats|what's)\b[^?]{0,20}\b(?:threshold|thresholds|criteria|eligibility)(?:\s+(?:for|to|of)\b|\s*\?|\s*$)", question, re.I) and not re.search(
            # (a bar met: "meets the definition", not "a referral ... was not met with a timely response")
            r"\bthreshold|\bcriteri|\beligib|\bqualif|\b(?:meets?|met)\s+(?:the\s+|this\s+|that\s+)?(?:threshold|criteria|bar|level|definition|test|conditions?|requirements?)\b"
            r"|\blevel of (?:need|risk)|\bsignificant harm\b|\bhigh[- ]risk\b",
            text, re.I):
        # "whats the threshold for a marac referral?" is not answered by "Cases referred to
        # the MARAC ... have seen a steady rise": the answer must say what the bar is
        return "the threshold or criteria for this"
    if _LEGAL_OUTCOME_Q.search(asked):
        # "was the trafficker in albert's story ever convicted?" is not answered by "He is
        # helping police with an on-going investigation", nor "what sentence did the
        # traffickers get?" by a care leaver's "Sentenced to Custody": a legal outcome is
        # named in a quote whose paragraph or heading names who or what the question is about
        subject = set(analyze(_LEGAL_OUTCOME_Q.sub(" ", asked))) - GENERIC_STEMS - _LEGAL_STOP
        # (help "in prosecuting" them answers whether they were prosecuted, not whether
        # they were convicted: "did the gang get prosecuted?" / "were they convicted?")
        said_of = (lambda q: _LEGAL_OUTCOME.search(q) or re.search(r"\bprosecuting\b", q, re.I)) if re.search(r"\bprosecut", asked, re.I) \
            else _LEGAL_OUTCOME.search
        if not any(said_of(q) and (not subject or subject & set(analyze(
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
        # (the words it lacks may be an everyday phrase the glossary gives a document term
        # for, named there instead: "those on the receiving end" are "victims")
        need = set(analyze(share_of.group("np"))) - GENERIC_STEMS
        seen = set(analyze(_with_term_names(text + "\n" + context + "\n" + passage_text)))
        lacking = need - seen
        if len(lacking) > max(1, len(need) // 3) and not any(
                lacking <= set(analyze(phrase)) and any(set(analyze(t)) <= seen for t in targets)
                for phrase, targets in load_glossary().matched_synonyms(share_of.group("np"))):
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
        # (an everyday name for a body the passage names counts as naming it: "the
        # schools-and-care inspectors" are Ofsted)
        need = set(analyze(said_by.group("src"))) - GENERIC_STEMS - _SOURCE_WORDS
        seen = set(analyze(text + "\n" + context + "\n" + passage_text))
        for phrase, targets in load_glossary().matched_synonyms(said_by.group("src")):
            if any(set(analyze(t)) <= seen for t in targets):
                need -= set(analyze(phrase))
        if need and not need <= seen:
            return "anything from that source"
    if _NEXT_Q.search(asked) and not re.search(r"\b(?:next|will|planned|plans? to|upcoming|forthcoming|future|coming|scheduled)\b", text, re.I):
        # "when is the next harrow safeguarding conference?" is not answered by "Our 2021
        # joint conference ..."
        return "anything about the next one"
    if _BALANCE_Q.search(asked) and not re.search(r"\b(?:over|under)\s*-?\s*spen[dt]\w*|\bdeficit|\bsurplus|\bshortfall|\bover budget|\bunder budget|\bbalance[ds]?\b",
                                                  text + "\n" + context, re.I):
        # "what was the overspend on the HSCB budget?" is not answered by its total
        # expenditure: a balance the documents never state
        return "this figure"
    if _BY_HOW_MUCH_Q.search(asked) and not _TREND.search(text):
        # "by how much did the Social Workers in Schools project reduce referrals to the
        # MASH?" is not answered by "Six social workers are working in six different
        # secondary schools": a change asked is a change given
        return "by how much it changed"
    if _LATER_Q.search(asked) and not _LATER.search(text):
        # "what happened to child M's siblings afterwards?" is not answered by "the
        # experience of Child M's siblings were not adequately explored": what came after
        return "what happened afterwards"
    if _COMPARED_Q.search(asked) and not _TREND.search(text + "\n" + context) and len(periods(text + "\n" + context)) < 2:
        # "how many contacts to the mash - and how does that compare with last year?" is
        # not answered by this year's total alone: a change or two years are given
        return "a comparison with another year"
    # (or per person or case: "what is the average cost per child looked after?")
    per = re.search(r"\bper\s+(\d[\d,]*|hundred|thousand|head|capita|child|case|young person|person|pupil|placement|plan|family|referral)\b", asked, re.I)
    if qtype == "number" and per and not re.search(rf"\bper\s+{re.escape(per.group(1))}\b", text + "\n" + context, re.I):
        # "whats the england rate of cp plans per 10,000 kids?" is a rate per 10,000: not
        # answered by another measure's percentage
        return "this rate"
    # (however it is asked, not only as a "number" question: "rate of looked after children per 10,000?")
    rate_of = _RATE_OF_Q.search(asked) if per else None
    if rate_of:
        # "what's harrow's rate of looked after children per 10,000?" is not answered by
        # "the 12th highest number of Child Protection Plans per 10,000 population": the
        # words before the quote's "per 10,000" must name what the rate is of (an acronym
        # by its words: "cp plans" are "Child Protection Plans")
        of = set(analyze(_with_term_names(rate_of.group("x")))) - GENERIC_STEMS - CLASS_WORDS
        said = set(analyze(_with_term_names(" ".join(
            m_.group("x") for m_ in re.finditer(rf"(?P<x>(?:[\w'’-]+\s+){{1,6}}?)per\s+{re.escape(per.group(1))}\b", text, re.I)))))
        if of and said and not of & said:
            return "this rate"
    for case in asked_cases(question):
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
    for group_re, named_by in GROUPS_ASKED:
        # "cp plans - how many were girls?" is not answered by the number of CP plans, nor
        # "which ward had the most MASH contacts?" by the MASH's total: a figure for a
        # group (a sex, an ethnicity, a school phase, a month, a ward, a source, an outcome)
        # must name that group
        if (qtype in ("number", "when", "general") and group_re.search(last_asked)
                and (qtype == "number" or _WHICH_GROUP.search(last_asked))
                and not named_by.search(text + "\n" + context)):
            return "figures for that group"
    family = voice_asked(question)
    if family is not None:
        if not family.search(text + "\n" + context) or not gives_voice(text):
            # "what score did the young people who went to the 2021 conference give it?" is not
            # answered by what parents gave ("83% of parents gave a rating of 10"), nor "what
            # did Child M's teachers say about him?" by what practitioners did: what a group
            # said, felt or rated must be said of that group, in words of saying, feeling
            # or rating ("what did young people say about the MASH?" is not answered by
            # what the MASH is) (sixty-third session)
            return "anything from that group"
    if qtype == "number" and _MISSING_ASKED.search(last_asked) and not _MISSING_SAID.search(text + "\n" + context):
        return "figures on this"
    outcome = _OUTCOME_ASKED.search(last_asked) if qtype == "number" else None
    # (a stem of two words in any spelling: "home educated", "home-educated", "EHE")
    if outcome and not re.search(r"\b" + re.sub(r"[\s-]+", r"[\\s-]?", outcome.group("stem"))
                                 + (r"|\bEHE\b" if re.match(r"home", outcome.group("stem"), re.I) else ""), text + "\n" + context, re.I):
        return "figures for that group"
    for dim, named_by in BREAKDOWNS:
        # "do we have an ethnicity breakdown of the 298 children on cp plans?" is not
        # answered by the total: the answer must be broken down that way
        if dim.search(asked) and not any(m_.group(0).lower() not in DIMENSION_WORDS for m_ in named_by.finditer(text + "\n" + context)):
            # (the dimension's own word is no group of it: "Promote vigilance to the fact
            # that age, gender, ethnicity and ability do not discriminate ..." breaks nothing down)
            return "a breakdown of this"
        if dim.search(asked):
            # "the home educated kids - is there an ethnicity breakdown anywhere?" is not
            # answered by the missing children's ethnicity row: a quote naming the dimension
            # names what is broken down too (a word of the question's topic, in the quote's
            # paragraph or heading: "There are 2 strands - one for primary school ages ..."
            # follows the sentence naming the Met's early engagement project)
            # (the words of the breakdown itself are no topic, but the topic may sit inside
            # its phrase: "whats the split of missing kids by ethnicity")
            topic = breakdown_topic(question, dim, named_by)
            # (a topic named by acronym is named by its expansion too: "ehe numbers? split
            # by sex?" / "... electively home educated. Of these 154 were girls ...")
            spelled = [naming for asked_, naming in load_glossary().equivalents(question) if asked_ & topic]

            def names_topic(where: set[str]) -> bool:
                return bool(topic & where) or any(naming <= where for naming in spelled)

            if topic and not any(named_by.search(q) and names_topic(set(analyze(
                    q + "\n" + (paragraphs[k] if k < len(paragraphs) else "") + ("\n" + context if k == 0 else ""))))
                                 for k, q in enumerate(quoted)):
                return "a breakdown of this"
    if qtype == "who" and _WHO_TOLD_Q.search(asking_clauses(question)[-1]) and not any(_TOLD_SOMEONE.search(q) for q in quoted):
        # "in the child H review, who did the child first tell about the abuse?" is not
        # answered by "This review examined the multi-agency response to a case involving
        # sexual abuse of a child": whom a child told, trusted or turned to is said with a
        # verb of telling (sixty-third session)
        return "who they told"
    role = ROLE_Q.match(role_question(asked))
    if qtype == "who" and role and not _NOT_ROLE.match(role.group("role")) and not re.search(
            # (who a thing is for or paid by is no post: "who is the advice page aimed at?",
            # "who is paying for GPS tags?")
            r"\b(?:aimed|targeted|meant|intended|designed|written|paying|funding|behind)\b"
            # (nor who does a piece of work: "who is evaluating the Social Worker in Schools
            # project?" is "the project's evaluation team from the University of Cardiff")
            r"|^\s*(?:evaluating|reviewing|running|leading|delivering|commissioning|auditing|overseeing|managing)\s+(?:the|this|that|it)\b",
            role.group("role")):
        # "who is harrow's director of children's services?" is not answered by "Dez is
        # the Director of Research in Practice": every word of the role must be in the
        # best sentence or its context
        # (the role, not a relative clause about its holder or a word dating it: "the ex
        # chief crown prosecutor who spoke")
        # (nor an aside after a dash: "who is the independent chair - name pls")
        role_words = re.split(r"\s+(?:who|that|which|whom)\s+|\s+[-–—]+\s+", role.group("role"))[0]
        # (nor what they did there: "the former chief crown prosecutor speaking")
        role_words = re.sub(r"\s+(?:speaking|presenting|talking|giving|delivering|attending|hosting|chairing|opening|"
                            r"closing|addressing|appearing|there|at|on|in)\b.*$", "", role_words)
        role_words = re.sub(r"\b(?:ex|former|previous|old|then|current|new|acting|interim)\b-?", " ", role_words)
        # (a person described, not a post: "who was the young man from hungary?" is "Fredek
        # is from Hungary")
        person = _PERSON_DESCRIBED.search(role_words) is not None
        role_words = _PERSON_DESCRIBED.sub(" ", role_words)
        need = {s_ for s_ in analyze(role_words) if s_ not in GENERIC_STEMS}
        best_text = (quoted[0] if quoted else "") + "\n" + context
        if need & BOARD_STEMS and BOARD_STEMS & set(analyze(best_text)):
            # the report calls one body the board, the partnership, the HSCB and the HSP:
            # "the independent chair of the board" is "Independent Chair ... Harrow
            # Safeguarding Partnership"
            need -= BOARD_STEMS
        # (an acronym in the answer may spell the role out: "the school's DSL")
        # (a person described is no post: a word of the description will do, with a name
        # checked below: "who's the man from britain in the case studies?" is "Albert from
        # Britain")
        have = set(analyze(best_text))
        if (not need & have if person else need - have) and not any(
                spelled_out(a, role.group("role")) for a in re.findall(r"\b[A-Z][A-Z0-9&]{1,9}\b", best_text)):
            return "who holds this role"
        if POST_WORD.search(role.group("role")) and not has_person_name(best_text, question):
            return "who holds this role"
        if person and not has_person_name(best_text, question) and not _CASE_NAME.search(best_text) and not _titled_by_name(context, question):
            # (a person described is named where the answer comes from: a case study's
            # title, "Fredek from Hungary"; not "Victims ... come from ... Romania, Albania")
            return "the name of the person asked about"
    # (a law of the asker's home system is background: "In Zimbabwe the law says we must
    # go to the police. Where do I report modern slavery here?")
    if (qtype in ("number", "when", "general", "frequency", "list", "who") and _LEGAL_Q.search(without_home_system(question))
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
        # (but "ACT" in capitals is a service's acronym, not an Act: "what did the young
        # person tell ACT lockdown felt like?")
        if question[act.end() - 3:act.end()] == "ACT":
            continue
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
    if re.search(r"\bTIP\s+report\b|\btrafficking\s+in\s+persons\s+report\b"
                 r"|\b(?:US|U\.S\.|United\s+States|American)\s+State\s+Department(?:['’]s)?\s+(?:\w+\s+)?report\b", question, re.I) and not re.search(
            r"\bTIP\s+report\b|\btrafficking\s+in\s+persons\s+report\b", text + "\n" + context + "\n" + passage_text, re.I):
        # "what does the TIP report say about the UK?" (the US State Department's yearly
        # Trafficking in Persons Report) is not answered by the gov.uk pages on slavery
        return "anything from that report"
    if signs_unnamed(asked, text + "\n" + context + "\n" + passage_text):
        return "signs of this"
    term = _DEFINED.match(asked.strip()) if qtype == "define" else None
    if term and not asked_acronym(question):
        # "what is a strategy discussion?" is not answered by "Discussing and sharing in
        # team and group meetings": the term's words must be in the answer or its heading
        need = {s_ for s_ in analyze(term.group("term")) if s_ not in GENERIC_STEMS}
        have_words = set(analyze(text + "\n" + context))
        # (or a word the glossary gives for it, as other systems name the same thing: "what
        # is bonded labour?" is answered by the guidance's "debt bondage")
        same = [set(analyze(w)) - GENERIC_STEMS for w in load_glossary().synonyms.get(term.group("term").strip().lower(), ())]
        if need - have_words and not any(w and w <= have_words for w in same):
            return "a definition of this"
        if re.search(r"\b(?:definition|define|defined)\b", asked, re.I) and quoted and not any(
                re.match(r"[\s\-–•*\d.]*" + re.escape(term.group("term").strip()) + r"\b", q, re.I)
                or re.search(re.escape(term.group("term").strip()) + r"\s*(?:[:(]|[-–—]\s|\s+(?:is|are|means?|refers?\s+to|describes?|"
                             r"seeks|involves|happens)\b)", q, re.I) for q in quoted):
            # a definition asked for in words is not answered by a sentence only naming the
            # term ("what is the definition of hoarding?" by "The need for training ... on the
            # link between self-neglect and hoarding"): the term opens a quote, as a label or a
            # subject, or is said to be, mean or involve something
            return "a definition of this"
        quoted_term = re.compile(r"[‘'“\"]\s*" + re.escape(term.group("term").strip()) + r"\s*[’'”\"]", re.I)
        naming = [q for q in quoted if re.search(re.escape(term.group("term").strip()), q, re.I)]
        if naming and all((quoted_term.search(q) and not _DEFINING.search(q)) or " | " in q for q in naming):
            # "what is cuckooing?" is not answered by a workshop's title, "Community Safety -
            # a local response to 'Cuckooing' and 'County Lines'": a term only named, in
            # quotation marks or a table row's label ("3-year Chronolator Licence | 1,017"),
            # is not defined
            return "a definition of this"
    if _AGE_Q.search(asking_clauses(question)[-1]) and not _AGE.search(text):
        # "what is the age of criminal responsibility?", "up to what age can a care leaver
        # stay?" are not answered by a passage giving no age
        return "an age for this"
    limit = _AGE_LIMIT_Q.search(asking_clauses(question)[-1])
    if limit:
        # "is there a minimum age for a kid to be counted as a young carer?" is not answered
        # by "care leavers aged 17 and 18" beside the young carers' count: the age must be
        # given of the group asked about (half its words, in the aged sentence or its
        # heading) (sixty-fifth session, the threshold question)
        group = {s_ for s_ in analyze(limit.group("grp") or "") if s_ not in GENERIC_STEMS and s_ not in _PERSON_WORDS}
        if group and not any(_AGE.search(q) and 2 * len(group & set(analyze(q + "\n" + context))) >= len(group) for q in quoted):
            return "an age for this"
    old_who = _HOW_OLD_WHO.search(asking_clauses(question)[-1])
    # (a word describing a person is no name: "the british girl" is named by "Anonymous
    # female from Britain" through "brit", not "girl")
    need_who = set(analyze(old_who.group("who").replace("[NAME]", " "))) - GENERIC_STEMS - _PERSON_WORDS if old_who else set()

    def names_whose(q: str) -> bool:
        have = set(analyze(q + "\n" + context))
        return bool(need_who & have) or any(w[:4] == h[:4] for w in need_who if len(w) >= 4 for h in have if len(h) >= 4)
    if need_who and not any(_AGE.search(q) and names_whose(q) for q in quoted):
        # "how old was Brenda's daughter when she left Uganda?" is not answered by "...
        # mostly in the 14-17-year-old age bracket" (an age, but of children who go
        # missing): one sentence gives an age and names whose it is (or its heading does:
        # "Anonymous female from Britain: A young woman aged 17 ...")
        return "an age for this"
    age_of = _AGE_OF.search(asking_clauses(question)[-1])
    if age_of and not any(_AGE.search(q) and not (set(analyze(age_of.group("subj"))) - GENERIC_STEMS) - set(analyze(q + "\n" + context))
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
    if band and re.search(r"\bhow many\b", asking_clauses(question)[-1], re.I) and not any(
            _band_named(band.group(0), q + ("\n" + context if k == 0 and " | " in q else "")) and has_figure(_AGE.sub(" ", _AGED_RANGE.sub(" ", q)))
            for k, q in enumerate(quoted or [text])):
        # "how many were aged 17-18?" is not answered by "little difference for care leavers
        # aged 17 and 18": the ages are named, but no count is given for them; nor "how many
        # of the children who went missing were aged 14-17?" by the total who went missing
        # beside "mostly in the 14-17-year-old age bracket" (a sentence's count names the
        # band itself; a table row's, in its header or section)
        return "figures for this age group"
    if (band and re.search(r"\d\s*(?:-|–|to)\s*\d", band.group(0))
            and _OTHER_AGE_RANGE.search(text + "\n" + context) and not _band_named(band.group(0), text + "\n" + context)):
        # "why are so many of our 22-25 year old care leavers NEET?" is not answered by
        # what the report says of those aged 17-18 and 19-21: an age range asked about,
        # where the answer speaks of other age groups ("aged 17 and 18", "aged 19-21"), is
        # not covered (an age limit is no group: "up until the age of 21 (or 25 ...)")
        return "anything for this age group"
    # (not the asker's own team, in a clause setting the scene: "doing a training slide for
    # the exploitation team, the modern slavery site says ...?")
    scope = next((m for m in _SCOPE_UNIT.finditer(asked)
                  if not (re.match(r"\s*(?:[\w'’-]+\s+)?[a-z]+ing\b[^,?.;]*$", asked[:m.start()], re.I)
                          and re.match(r"\s*,", asked[m.end():]))), None)
    if qtype == "number" and scope:
        # "how many cp plans were there in the north harrow team?" is not answered by the
        # borough's figure: a team, ward or locality a count is scoped to is named where
        # the figure is
        need = set(analyze(scope.group("name"))) - GENERIC_STEMS - set(analyze(" ".join(home_places)))
        if need and not need & set(analyze(text + "\n" + context + "\n" + passage_text)):
            return f"figures for that {scope.group('unit').lower().rstrip('s')}"
    if PHONE_Q.search(asked) and not PHONE_NUMBER.search(text):
        return "a telephone number for this"
    owner = _OWNED_NUMBER.search(question)
    if owner and PHONE_Q.search(asked) and re.fullmatch(r"\[[A-Z][A-Z_]*\]", owner.group("svc")):
        # a person's own number ("what's [NAME]'s phone number?", the name redacted): the
        # documents give the numbers of services, not of people
        return "a telephone number for this"
    service = _NUMBER_FOR.search(asked) or _SERVICE_NUMBER.search(asked) or _OWNED_NUMBER.search(asked)
    if service and PHONE_Q.search(asked):
        # "what's the phone number for harrow MASH?" is not answered by the police's 101
        # in a passage that never names the MASH: a sentence giving a number names what
        # it is for (a particular word of it, the heading counting)
        need = set(analyze(service.group("svc"))) - GENERIC_STEMS - set(analyze(" ".join(home_places))) - set(analyze(
            "phone telephone number contact line team service out hours emergency duty"))
        if need and not any(PHONE_NUMBER.search(q) and need & set(analyze(q + "\n" + context + "\n" + passage_text)) for q in quoted):
            return "a telephone number for this"

        if re.search(r"\bchild(?:ren)?['’]?s?\s+(?:services|social care)\b|\bsocial care\b", service.group("svc"), re.I) and not re.search(
                r"\bchild(?:ren)?['’]?s?\s+(?:services|social care)\b|\bsocial care\b|\bEDT\b|\bemergency duty\b|\bMASH\b|\bfront door\b",
                "\n".join(quoted) + "\n" + context + "\n" + passage_text, re.I):
            # "what's the out of hours number for harrow childrens services?" is not answered
            # by the slavery helpline: children's services (their MASH or emergency duty
            # team) are a service of their own
            return "a telephone number for this"
    costed = _COST_OF.search(asked) or _CHARGED_FOR.search(asked)
    if costed and MONEY_Q.search(asked):
        # "how much does an enhanced DBS check cost?" is not answered by a budget line
        # that never names a DBS check
        need = set(analyze(costed.group("np"))) - GENERIC_STEMS - CLASS_WORDS
        if need and not need & set(analyze(text + "\n" + context)):
            return "an amount of money for this"
    nations = ("england", "uk", "britain", "great britain", "wales", "scotland")
    # (the country may be the topic a terse question opens with: "police da data across
    # england as a whole during covid - what % of victims were male?"; not the asker's own
    # patch: "i work across england - ...")
    # (a topic of data set before a dash, not a sentence of a story: "Fredek ... was
    # promised a factory wage in the UK. What was he actually paid?")
    topic = re.match(r"^(?P<t>[^?.!]{3,120}?)\s[-–—:]\s", question.strip())
    scope = asked if _NATIONAL.search(asked) else (
        topic.group("t") if topic and _DATA_TOPIC.search(topic.group("t"))
        and not re.search(r"\b(?:i|i'm|i’m|we|we're|we’re|my|our)\b", topic.group("t"), re.I) else "")
    # (not a line's telephone number: "what is the number of the modern slavery helpline in
    # UK?")
    if qtype == "number" and _NATIONAL.search(scope) and not [p for p in named_places(scope) if p not in nations] \
            and not PHONE_Q.search(asked) \
            and not re.search(r"\bhow\s+old\s+(?:was|is|were|are)\s+(?:he|she|they|[A-Za-z][a-z]+)\b", asked):
        # (nor a person's age, the name typed in any case: "how old was serena when she
        # arrived in the uk?")
        # "how many children are on CP plans across england?" is not answered by a
        # Harrow figure beside "the England average": a sentence giving a figure names
        # the country (or "national") and no place of its own ("our", "we" count as one)
        if not any(has_figure(q) and (_NATIONAL.search(q) or re.search(r"\b(?:england|uk|britain|wales|scotland|national\w*)\b", q, re.I))
                   and not [p for p in named_places(q) if p not in nations] and not re.search(r"\b(?:our|we)\b", q, re.I)
                   for q in quoted):
            return "figures for the whole country"
    if ((_DATE_Q.match(asking[-1].strip()) or _DATE_Q_LAST.search(asking[-1]))
            and not _DATED.search(_WEB_LINK.sub(" ", text))):
        # "when did chris miller start as independent chair?" is not answered by his
        # signature; a date asked for needs one in the answer
        return "a date for this"
    if _TIME_OF_DAY_Q.match(asking[-1].strip()) and not _TIME_OF_DAY.search(text):
        # "by what time of day must the police notify the school?" is not answered by what
        # Operation Encompass is: a time asked for needs one in the answer
        return "a time for this"
    if re.search(r"\b(?:salary|salaries|wages?|pay rate|pay scale|pay band|hourly rate)\b", asked, re.I) and re.search(
            # (a sum of pay asked for, not wages told of: "her 'uncle' takes all her wages")
            r"\b(?:how much|what(?:'s|’s| is| was| are| were)|rate|starting|average|paid|earn)\b", asked, re.I) and not re.search(
            r"\b(?:salar|wage|paid|pay|earn|income)", text + "\n" + context, re.I):
        # "what is the starting salary of a newly qualified social worker?" is not answered
        # by "An ILG grant of £2,000 for setting up home": a sum for pay
        return "an amount of money for this"
    if re.search(r"\bmissing\s+(?:from\s+|out\s+on\s+)?education\b|\bCME\b", asked) and not re.search(
            r"\bmissing\s+(?:from\s+)?(?:education|school)\b|\bCME\b|\bnot\s+(?:getting|receiving|in)\s+(?:an?\s+)?(?:education|school)\b",
            text + "\n" + context, re.I):
        # "how many children were missing from education?" is not answered by the children
        # who went missing from home or care: children missing education are another group
        return "figures for children missing education"
    if EMAIL_Q.search(asked) and not EMAIL_ADDRESS.search(text):
        return "an email address for this"
    if _WEB_Q.search(asked) and not re.search(r"https?://|www\.|\b[\w-]+\.(?:gov|org|co|com|nhs)\b", text):
        return "a web address for this"
    if _POSTAL_Q.search(asked) and not re.search(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", text):
        return "a postal address for this"
    if qtype == "number" and quoted and all(q_.rstrip().endswith(":") and not re.search(r"\d", PERIOD.sub(" ", q_))
                                            for q_ in quoted):
        # "how many were seen at the two hospitals in the first six months?" is not answered
        # by the lead-in of a chart the text does not carry ("Data for the first six months
        # showed the following picture for the region (including children seen at the two
        # hospital from other areas):"; a lead-in carrying the figure, "In 2018-2019 there
        # were 45 permanent exclusions, of which:", answers)
        return "this figure"
    if qtype == "number":
        # ("Covid 19" names a disease, not a figure)
        text = re.sub(r"\bcovid[\s-]*19\b", "Covid", text, flags=re.I)
        # a figure the question gives is not its answer ("albert was sold for £3000 - how
        # much was he promised?" is not answered by "sold ... for £3,000")
        given = {re.sub(r"[£,%\s]", "", n) for n in NUMBER.findall(PERIOD.sub(" ", question)) if re.search(r"\d", n)}
        # (unless the question only checks it: "is it true that 185 delegates attended?"
        # is confirmed by "185 delegates attended.")
        checks = re.match(r"\s*(?:is|was) it (?:true|right|correct)\b", question, re.I) and not re.search(
            r"\b(?:what|which|who|how|when|where|why)\b", question, re.I)
        if given and checks:
            # (a check's figure confirms only beside what it counts: "is it true that there
            # are 33 GP practices?" is not confirmed by "... 33 from Local Authority Care")
            # (a share or a figure "of" something names what it counts before it: "their
            # normal arrest rate of 54% right through covid")
            counted = {re.sub(r"[£,%\s]", "", m.group(0)): set(analyze(" ".join(
                question[m.end():].split()[:2] + (re.sub(r"^.*?\b(?:is|was) it (?:true|right|correct) that\b", " ", question[:m.start()], flags=re.I).split()[-3:]
                                                  if "%" in m.group(0) or re.search(r"\bof\s*$", question[:m.start()]) else [])))) - GENERIC_STEMS
                       for m in NUMBER.finditer(PERIOD.sub(" ", question)) if re.search(r"\d", m.group(0))}

            def near(m: re.Match[str]) -> set[str]:
                # (a table row's figure is beside its whole label: "Number of Primary Schools | 41")
                end = text.find("\n", m.end())
                line = text[text.rfind("\n", 0, m.start()) + 1:end if end >= 0 else len(text)]
                if "|" not in line and re.match(r"\s*(?:were|was|are|is|had|have)\b", text[m.end():]):
                    # (a figure standing for what its sentence counted earlier: "Victims found
                    # in the UK come from many different countries, ... 90 were UK nationals")
                    return set(analyze(line))
                return set(analyze(line if "|" in line else " ".join(text[:m.start()].split()[-6:] + text[m.end():].split()[:6])))

            def beside(m: re.Match[str]) -> str:
                need = counted.get(re.sub(r"[£,%\s]", "", m.group(0)))
                return m.group(0) if need is None or not need or need & near(m) else " "
            asked_nouns = set().union(*counted.values()) if counted else set()
            if asked_nouns and all(need for need in counted.values()) and not any(
                    asked_nouns & near(m) for m in NUMBER.finditer(text) if re.search(r"\d", m.group(0))):
                # (nor by any figure of something else: no figure in the quote counts it)
                return "this figure"
            text = NUMBER.sub(beside, text)
        elif given:
            text = NUMBER.sub(lambda m: " " if re.sub(r"[£,%\s]", "", m.group(0)) in given else m.group(0), text)
        # "how long has it been going" is answered by a year ("since 1996")
        years_count = re.search(r"\bhow long\b|\bsince\b", question, re.I) is not None
        if not (PHONE_Q.search(question) or re.search(r"\bwhat number\b|\bnumber (?:to|should|do|can|for)\b|\bwho do i (?:call|ring|phone)\b", question, re.I)):
            text = PHONE_NUMBER.sub(" ", text)  # a helpline number is not a figure
        if not re.search(r"\bhow long\b", question, re.I):
            # (a length that describes a thing is no figure of it: "3-year Chronolator
            # Licence | 1,017" gives no amount for the licence when 1,017 is the sum asked about)
            text = re.sub(r"\b\d+\s*-\s*(?:year|month|week|day|hour|minute)s?\b(?!\s*-?\s*old\b)", " ", text, flags=re.I)
        nums = [n for n in NUMBER.findall(PERIOD.sub(" ", text))
                if years_count or not re.fullmatch(r"(19|20)\d{2}", n.strip(" ,"))]
        if (not nums and not re.search(r"\b(one|none|no one|nobody|single|once)\b", text, re.I) and not says_free(question, text)
                and not counts_in_words(question, text)
                # ("how long has it been running?" is answered by "For several years ...")
                and not (re.search(r"\bhow long\b", question, re.I) and _DURATION.search(text))):
            return "this figure"  # ("how much does it cost to call?" is answered by "Free from landlines")
        if (nums and re.search(r"\bhow many\b", " ".join(asking_clauses(question)), re.I) and not MONEY_Q.search(question)
                and not re.search(r"\b(?:pounds?|£|quid|grand|money|funding|budget)\b", question, re.I)
                and all(n.strip().startswith("£") or re.match(r"\s*(?:pounds?|million pounds)\b", text[text.find(n) + len(n):])
                        for n in nums)):
            # "how many domestic abusers have been tagged?" is not answered by "the mayor
            # ... committing £230,000 on a project to tag domestic abusers": a sum of money
            # counts nothing
            return "a count of this"
        legal_count = _LEGAL_COUNT.search(" ".join(asking_clauses(question)))
        lead = quoted[0] if quoted else text
        if legal_count and not (re.search(rf"\b{legal_count.group('noun').split()[-1][:6]}", lead + "\n" + context, re.I)
                                and (not legal_count.group("mod") or re.search(rf"\b{legal_count.group('mod')[:5]}", lead + "\n" + context, re.I))):
            # "how many convictions for modern slavery were there?" is not answered by "an
            # estimated 29.8 million slaves around the world"
            return "a count of this"
        event = _EVENT_COUNT.search(" ".join(asking_clauses(question)))
        root = _EVENT_ROOTS.get(event.group("stem").lower(), re.escape(event.group("stem"))) if event else ""
        if event and not any(re.search(rf"\d[\d,.]*%?\s+(?:[\w'’-]+\s+){{0,6}}?(?:{root})|(?:{root})\w*\s+(?:[\w'’-]+\s+){{0,3}}?\d",
                                       q, re.I) for q in (quoted or [text])):
            # "how many children died in Harrow in 2020-21?" is not answered by "a middle aged
            # woman died of self-neglect ... her two children who lived with her": the event
            # counted is counted where the answer is
            return "a count of this"
        if home_places and _WORLDWIDE.search(lead) and not _WORLDWIDE.search(question) and not any(
                p_.lower() in lead.lower() for p_ in home_places):
            # "how many slavery victims are there in harrow?" is not answered by the world's
            # 29.8 million
            return "figures for that place"
        among = _AMONG_SCOPE.match(question)
        if among and COUNT_Q.search(question):
            # "of the home educated children in the report, how many were primary age?" is
            # not answered by "one for primary school ages and the other for high school
            # children": the group a count is taken among is named where the figure is
            # (the group's own noun phrase, before what places or dates it: "trafficking
            # victims" of "trafficking victims found in 2013"; or a phrase the glossary
            # gives for it: "kicked out of school for good" is "permanent exclusion"; in
            # the quote, its heading or its passage)
            core = re.split(r"\s+(?:found|in|from|during|who|that|with|at|on|since|over|for|across)\b", among.group("np"), maxsplit=1)[0]
            seen = set(analyze(_with_term_names(lead + "\n" + context + "\n" + passage_text)))
            named = [need for need in (set(analyze(ph)) - GENERIC_STEMS for ph in [core] + load_glossary().expand(among.group("np")))
                     if need and need <= seen]
            if set(analyze(core)) - GENERIC_STEMS and not named:
                return "figures for that group"
        # ("how many of the children who are looked after in Harrow were girls?" counts
        # "children looked after in Harrow")
        were_q = re.sub(r"\s+(?:who|that)\s+(?:are|were|is|was|had been|have been)\s+", " ",
                        re.sub(r"\bhow many of (?:the|those|these)\s+", "how many ", " ".join(asking_clauses(question)), flags=re.I), flags=re.I)
        were = _COUNT_WERE.search(were_q) if not _SUBGROUP_Q.search(question) else None
        if were and count_figures("\n".join(quoted)):
            # "how many missing children were girls?" is not answered by "83 children went
            # missing" beside "Of these 154 were girls" (home education): a quote giving a
            # count names what is counted and half the group it is narrowed to ("care
            # leavers ... in university", "missing children ... linked to county lines")
            subject = set(analyze(_with_term_names(were.group("subj")))) - GENERIC_STEMS - CLASS_WORDS
            group = set(analyze(were.group("sub"))) - GENERIC_STEMS - CLASS_WORDS - _OCCURRENCE_STEMS
            # (only a split by sex, which the documents name in their own words: a group
            # named any other way is too often paraphrased, "logged as" for "categorised as")
            group = group | set().union(*(_SEX_STEMS[w] for w in group if w in _SEX_STEMS)) if group and group <= set(_SEX_STEMS) else set()
            if group and not any(
                    (not subject or subject & seen_)
                    and group & seen_
                    for seen_ in (set(analyze(_with_term_names(q + " " + (quoted[k + 1] if k + 1 < len(quoted) and not re.search(r"[.!?]\s*$", q) else "") + "\n"
                                                               + (paragraphs[k] if k < len(paragraphs) else ""))))
                                  for k, q in enumerate(quoted) if count_figures(q))):
                return "figures for that group"
        sub = _SUBGROUP_Q.search(question)
        if sub:
            # "... of the uk nationals how many were children?" is not answered by "90 were
            # UK nationals in 2013": the part counted is named by the quotes ("Of these 154
            # were girls" for "of the home educated children, how many were girls?")
            need = set(analyze(sub.group("sub"))) - CLASS_WORDS
            # (a nationality is named by its country: "british" by "90 were UK nationals")
            need |= set().union(*(_NATIONALS.get(w, set()) for w in need)) if need else set()
            if need and not need & set(analyze(_with_term_names("\n".join(quoted)))):
                return "figures for that group"
        figures_of = _FIGURES_OF.search(" ".join(asking_clauses(question)))
        if figures_of:
            # "what were harrow's fixed-term exclusion figures for secondary schools?" is
            # not answered by the board-attendance row "Schools - Secondary | 4/6*": one
            # word of what the figures are of (an acronym, or its expansion) is named where
            # the figure is
            where = lead + "\n" + context + "\n" + passage_text
            words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", figures_of.group("np"))
                     if not set(analyze(w)) <= GENERIC_STEMS | _FIGURES_OF_GENERIC]
            if words and not any(
                    (re.search(rf"\b{re.escape(w)}s?\b", where, re.I) or spelled_out(w.upper(), plain_form(where)))
                    if w.upper().rstrip("S") in terms or w.upper() in terms
                    else set(analyze(w)) & set(analyze(where))
                    for w in words):
                return "figures on " + " ".join(words).lower()
        asked_clauses = " ".join(asking)
        average = _AVERAGE_OF.search(asked_clauses)
        if average:
            # "what's the average caseload for social workers?" is not answered by "96% of
            # social worker reports were assessed as satisfactory ... above the England
            # average": the quote giving the figure names what it is the average of
            # (a measure, "the average length of a CP plan", is the unit rules' to judge)
            need = set(analyze(average.group("np"))) - GENERIC_STEMS - _FIGURES_OF_GENERIC - _MEASURE_STEMS
            if need and not need & set(analyze(" ".join(quoted or [text]) + "\n" + context)):
                return "this figure"
            unit = _AVERAGE_UNIT.match(asked_clauses, average.end()) if not need else None
            unit_need = set(analyze(unit.group("x"))) - GENERIC_STEMS - _FIGURES_OF_GENERIC if unit else set()
            if unit_need and not unit_need <= set(analyze(" ".join(quoted or [text]) + "\n" + context)):
                # "the average number of working days taken to complete an assessment" is
                # not answered by the number of assessments: the unit averaged is named
                return "this figure"
        said_all = " ".join(quoted or [text]) + "\n" + context
        if (average and not re.search(r"\b(?:average|averages|avg|mean|median|typical|typically|per|around|about|roughly)\b", said_all, re.I)
                # (an average length or time is the unit rules' to judge: "... in months?" is
                # refused for "a number of months")
                and not re.search(r"\b(?:length|duration|time|wait|waiting|long)\b|\bin\s+(?:months|weeks|days|years|hours)\b", asked_clauses, re.I)):
            # "what was the average attendance at HSCB meetings?" is not answered by one
            # member's row ("Business Manager | 4"): an average the documents never print
            return "this average"
        counted = COUNTED.search(question)
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
            # (or by a compound form: "initial CPCs" names ICPCs)
            term = load_glossary().terms.get(acr.upper())
            if not re.search(rf"\b{re.escape(acr)}s?\b", lead + "\n" + context + "\n" + passage_text, re.I) \
                    and not spelled_out(acr, plain_form(lead + "\n" + passage_text)) \
                    and not (term is not None and any(re.search(rf"(?<![\w-]){f}s?(?![\w-])", lead, re.I)
                                                      for f in load_glossary().compound_forms(term))):
                return f"figures on {acr.upper()}"
        lead = quoted[0] if quoted else text
        for m_ in _ACRONYM_COUNT.finditer(" ".join(asking_clauses(question))):
            # "by what percentage did MARAC referrals go up?" is not answered by "Domestic abuse
            # related referrals into the MASH increased by 9%": the figure's own sentence
            # counts another body's (fifty-sixth session, probe-120)
            noun = m_.group("noun").lower().rstrip("s")
            other = [a_ for a_ in re.findall(rf"\b([A-Z]{{2,6}})s?\s+{noun}s?\b|\b{noun}s?\s+(?:into|to|from|by|in|at|with)\s+(?:the\s+)?([A-Z]{{2,6}})\b", lead)
                     for a_ in a_ if a_]
            # (not when the question names that body too, "DA referrals into the MASH", nor when
            # the figure's sentence spells the acronym out)
            if (other and m_.group("acr").upper() not in {o.upper() for o in other} and not re.search(rf"\b{m_.group('acr')}\b", lead, re.I)
                    and not any(re.search(rf"\b{o}\b", question) for o in other) and not spelled_out(m_.group("acr"), plain_form(lead))):
                return f"figures on {m_.group('acr').upper()}"
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
                    and not set(analyze(term.expansion)) - GENERIC_STEMS <= set(analyze(where))):
                return f"figures on {term.expansion.lower()}"
        if (COUNT_Q.search(" ".join(asking_clauses(question)))
                and (_RAW_COUNT.search(question) or not _CHANGE_Q.search(_NOT_CHANGE.sub(" ", question)))
                and not _TIME_COUNT_Q.search(question)):
            # "how many LADO referrals ... (the raw number, not the %)": a count is not
            # answered by a percentage change ("a slight decline ... of around 14%") or a
            # time span ("in the past three years")
            # (from a quote naming what is counted, when the question says: "how many lado
            # referrals ...?" is not answered by "Number of Contacts in MASH | 9,971" beside
            # the referrals' "down about 14%")
            counted_m = COUNTED.search(" ".join(asking_clauses(question)))
            # (an acronym counted is judged above, spelled out or not: "how many CLA ...")
            noun_words = [w for w in re.findall(r"[\w'’-]+", (counted_m.group(1) or counted_m.group(2) or "") if counted_m else "")
                          if not re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}s?", w) and w.upper().rstrip("S") not in terms and w.upper() not in terms]
            noun = set(analyze(" ".join(noun_words))) - GENERIC_STEMS
            # (a percentage or a figure of three digits or more the message quotes: not "19/20")
            given_figures = {n for n in NUMBER.findall(PERIOD.sub(" ", question))
                             if re.search(r"\d", n) and (n.strip().endswith("%") or len(re.sub(r"\D", "", n)) >= 3)
                             and not re.fullmatch(r"(19|20)\d{2}", n.strip(" ,"))}
            # (only when the message gives a figure or asks for the raw number: elsewhere
            # what is counted may be named another way, "SWs" by "social workers")
            naming = [q for q in quoted if set(analyze(q)) & noun] if noun and (given_figures or _RAW_COUNT.search(question)) else quoted
            if given:
                naming = [NUMBER.sub(lambda m: " " if re.sub(r"[£,%\s]", "", m.group(0)) in given else m.group(0), q) for q in naming]
            counts = count_figures("\n".join(naming))
            # (how many of a whole are so is answered by their share of it: "how many CP
            # conferences were quorate?" by "95% of conferences were quorate", unless the raw
            # number is asked)
            share = (not _RAW_COUNT.search(question) and _SUBSET_COUNT_Q.search(" ".join(asking_clauses(question)))
                     and any((not noun or set(analyze(m_.group("of"))) & noun) for q in naming for m_ in _SHARE_GIVEN.finditer(q)))
            if not counts and not share and not re.search(r"\b(one|none|no|no one|nobody|single|once|all|every)\b", "\n".join(naming) or text, re.I):
                return "a count of this"
            if counted_m and _CHILDREN_COUNTED.fullmatch((counted_m.group(1) or counted_m.group(2) or "").strip()) and _STAFF_COUNTED.search(text) and all(
                    _STAFF_COUNTED.match(text, m.start()) for m in re.finditer(rf"{_COUNT_WORD}\s+", text, re.I)):
                # "how many children did the social workers in schools project support?" is
                # not answered by "Six social workers are working in six ... schools": every
                # figure quoted counts staff or places, not children
                return "a count of this"
        asked = periods(question)
        named = periods(context)
        if asked and named and not asked & named:
            return "figures for " + ", ".join(sorted(asked))
        # a bare year ("referred into the NRM in 2020") is not answered by text that names
        # only other years ("90 were UK nationals in 2013"); a period covers both its years
        # (not a year the asker sets aside: "need a more recent UK figure than 2013 - how
        # many NRM cases in 2020?")
        years = set(YEAR_Q.findall(PERIOD.sub(" ", _SET_ASIDE_YEAR.sub(" ", question))))
        if years and not asked:
            covered = years_named(context)
            if covered and not years & covered:
                return "figures for " + ", ".join(sorted(years))
            if COUNT_Q.search(" ".join(asking_clauses(question))) and covered:
                # "how many cases were reported in 2014?" is not answered by "1,746 cases
                # reported" (in the UK in 2013) beside "Polygraph testing has been used
                # since 2014": a quote giving a count says, in it or its paragraph, the
                # year asked about when it names another year
                # (with the quote after it, which may finish its sentence: "1,746 cases
                # reported" + "in the UK in 2013 ...")
                counting = [q + " " + (quoted[k + 1] if k + 1 < len(quoted) else "") + "\n" + (paragraphs[k] if k < len(paragraphs) else "")
                            for k, q in enumerate(quoted) if count_figures(q)]
                # (or when the year is named only by a quote without a count)
                if counting and not any(years & years_named(c) for c in counting) and (
                        any(years_named(c) for c in counting) or any(years & years_named(q) for q in quoted if not count_figures(q))):
                    return "figures for " + ", ".join(sorted(years))
        # "how many weeks' notice ..." asks for a duration: a count of something else
        # ("Number of children fostered privately | 5") does not answer it
        asking = " ".join(asking_clauses(question))
        if MONEY_Q.search(asking) and not ("£" in text or says_free(question, text) or (
                re.search(r"\d", PERIOD.sub(" ", text)) and MONEY_CONTEXT.search(text + "\n" + context))):
            # "can a survivor claim compensation, and how much?" is not answered by
            # "an estimated 29.8 million slaves around the world", nor "how much did the
            # DfE pay for ...?" by "Six social workers are working in six ... schools" in a
            # paragraph saying the project "is funded by the Department for Education": a
            # sum is £, "free", or digits in a budget's context
            return "an amount of money for this"
        # (the rate of the clause that asks last: "what was he told he'd earn a month -
        # what was he actually paid?" takes "£3-5 a week")
        rate = re.search(r"\b(?:per|a|each)\s+(day|week|month|year|hour|night)\b", asking_clauses(question)[-1], re.I)
        if rate and MONEY_Q.search(asking) and not re.search(rf"\b(?:per|a|each)\s+{rate.group(1)}\b|/\s*{rate.group(1)}\b|\b{rate.group(1)}ly\b|\bdaily\b", text, re.I):
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
        # (an age band is no length of time: "30.4% 10 to 15 years" does not say how many
        # years records are kept)
        timed = re.sub(r"\b\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\s*years?\b|\b\d{1,2}\s*years?\s*(?:old|of age)\b|\baged\s+\d{1,2}\s*years?\b",
                       " ", text, flags=re.I) if unit_word and unit_word.lower().startswith("year") else text
        if unit_word and not re.search(_COUNTED_UNIT.format(unit=re.escape(unit_word[:-1])), timed, re.I):
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
        # (nor is the system the asker trained in: "In Zimbabwe we report to the police
        # station. Here, where do I report ...?"; :func:`without_home_system`)
        scoped = without_home_system(question).strip()
        # (a way to report or get help, asked for the place the corpus is about, may be a
        # national one: "how do I report modern slavery in Harrow?")
        national_way = HOW_TO_REPORT_Q.search(question) is not None and qtype != "number"
        # (nor does a place of a scene from the asker's casework, set before a question
        # that does not point back to it: "17yo lad got work on a farm out in kent, the
        # gangmaster is holding onto his pay. which body regulates gangmasters?")
        case_scene = casework_scene(scoped) and not _PLACE_BACK.search(asking_text)
        # (nor a place of a case described with nothing asked in words: "16yo girl working in
        # a hand car wash in Rayners Lane, boss holds her ID card")
        described = case_described(scoped)
        for place in [] if described else named_places(asking_text if scoped_elsewhere or case_scene else scoped):
            if place not in home_places and f" {place} " not in low and place not in came_from:
                # not echoed: a name from the question may be a person's
                return "anything about a place or organisation the question names"
        for country in countries_located_in(asking_text) + (countries_counted_in(asking_text) if qtype == "number" else []):
            # "the helpline number if the person is in the republic of ireland?" is not
            # answered by a UK helpline, nor "what % of DA victims were male in scotland's
            # police data?" by Harrow's: a country asked about is named where the answer is
            if not any(f" {name} " in low for name in (country, country.removeprefix("republic of "))):
                return "anything about a place or organisation the question names"
        have = set(analyze(passage_text))
        # (a name in a scene set first is the asker's casework: "NRM form for Hien (15) asks
        # about background vulnerabilities. what key drivers of trafficking ...?")
        # (nor a place of the asker's own when the asking clause names its area: "Social
        # worker in Belfast - who supports child victims of trafficking in Northern Ireland?")
        unscened = "" if described else (asking_text if scoped_elsewhere else scene_free(scoped))
        for m in PROPER_AFTER.finditer(" " + unscened[0:1].lower() + unscened[1:]):
            if language_spoken(" " + unscened[0:1].lower() + unscened[1:], m):
                continue  # a language spoken: "interpreter for Urdu speaking families"
            stems = analyze(m.group("n"))
            if scoped != question.strip() and _THIS_COUNTRY.fullmatch(m.group("n")):
                # "In the USA ... an investigator handles it. What is this officer called
                # in England?": England is the "here" of a comparison, not a scope
                continue
            if national_way and m.group("n").lower() in home_places:
                continue
            if stems and all(s_ not in have for s_ in stems):
                # not echoed: a name from the question may be a person's
                return "anything about a place or organisation the question names"
    titles = quoted_names(question)
    # (a name in a scene from the asker's casework is the case's, not the question's: "14yo
    # ... police picked him up in Wembley Park ... what did the report say about return home
    # interviews?")
    asked_part = without_home_system(question).strip()
    asked_part = "" if case_described(asked_part) else scene_free(asked_part)
    for name in (capitalised_names(asked_part) if asked_part else []) + [n for n in titles if set(analyze(n)) - _NAME_STOP]:
        # "under Harrow's Staying Put arrangements, up to what age ...?" is not answered by
        # care leavers' NEET figures: a name the question capitalises mid-sentence must be
        # named where the answer comes from (its words, or an acronym for it)
        # (a payer of a sum asked may be named as its budget row names it: "how much did the
        # Metropolitan Police contribute?" / "Police / MOPAC | -5,000")
        where = text + "\n" + context + "\n" + passage_text
        demonym = re.match(r"(\w+)\s+(?=\S)", name)
        if demonym and demonym.group(1) in _HOME_NATIONS and any(names_name(c, where) for c in _HOME_NATIONS[demonym.group(1)]):
            # "the Welsh Barnardo's service" is "Barnardo's Cymru": the nation is named
            # its own way, the rest of the name must be named
            name = name[demonym.end():]
        if other_choice_named(name, question, set(analyze(where))):
            continue  # one of two choices offered, the other named: "the mayor or the Home Office?"
        if not names_name(name, where) and not any(glossary.names_term(t, where) for t in glossary.find_terms(name)) and not (
                # (or by a name the glossary gives it: "the Met Police" is the Metropolitan Police)
                any(names_name(t, where) for _, targets in glossary.matched_synonyms(name) for t in targets)) and not (
                MONEY_Q.search(question) and any(re.search(key, name, re.I) and any(names_name(n, where) for n in names)
                                                 for key, names in _PAYER_NAMES)):
            return "anything on " + name
    return None


def _unnamed_event(timed: str, text: str) -> set[str]:
    """Stems of the event a timescale question times (:func:`timed_event`) that ``text``
    (a quoted sentence with its heading) does not name. An acronym in ``text`` names the
    words it spells out ("ICPC" for "initial child protection conference", but "CP" not
    for "CP files"), and one of three letters or more in the question is named by its
    spelling out ("an RHI" by "a return home interview"; "CP records" not by "child
    protection"); a glossary acronym counts in lower case too, "a rhi")."""
    event = {s_ for s_ in analyze(timed) if s_ not in GENERIC_STEMS and s_ not in _ORDINALS}
    for a in re.findall(r"\b([A-Z][A-Z0-9&]{1,9})s?\b", text):
        event -= set(analyze(" ".join(spelling(a, timed))))
    named = re.findall(r"\b([A-Z][A-Z0-9&]{2,9})s?\b", timed) + [t.acronym for t in load_glossary().find_terms(timed)]
    for a in named:
        if len(a) >= 3 and spelled_out(a, text):
            event -= set(analyze(a))
    seen = set(analyze(text))
    for phrase, targets in load_glossary().matched_synonyms(timed):
        # an everyday phrase for what the text names ("someone sits down with them" is
        # the "return home interview")
        if any(set(analyze(t)) <= seen for t in targets):
            event -= set(analyze(phrase))
    return event - seen


#: a question asking for an age
#: a publication of its own named: an inspection or monitoring letter or report ("Ofsted's
#: inspection letter"), a review's overview report ("the full Child M overview report");
#: ``kind`` is the word before "letter"/"report" that the passages must use with it
_PUBLICATION = re.compile(r"\b(?:ofsted(?:['’]s)?\s+)?(?P<kind>inspection|monitoring|overview|jtai|ilacs|focused\s+visit)\s+(?:letter|report)\b"
                          r"|\bofsted(?:['’]s)?\s+(?P<kind2>letter)\b", re.I)


def unheld_publication(question: str, passages_text: str) -> bool:
    """Whether ``question`` names a publication of its own (:data:`_PUBLICATION`: "Ofsted's
    inspection letter", "the full Child M overview report") that ``passages_text`` (the
    retrieved passages) never names: such a question asks about a document the corpus does
    not hold, however close the passages' topic is."""
    publication = _PUBLICATION.search(question)
    if publication is not None and _WHERE_TO_READ.search(question) and publication.group("kind") and re.search(
            rf"https?://\S*{re.escape(publication.group('kind').split()[0])}\S*", passages_text, re.I):
        # where to read it is answered by a link the passages give to it: "where can I read
        # the full Child M overview report?" ("http://www.harrowscb.co.uk/.../Overview-Child-M-...docx")
        return False
    return publication is not None and not re.search(
        rf"\b{re.escape(publication.group('kind') or 'ofsted')}\s+(?:letter|report)\b", passages_text, re.I)


#: a question asking where a publication can be read: "where can I read ...?", "is there a link to ...?"
_WHERE_TO_READ = re.compile(r"\bwhere (?:can|do|could|would) (?:i|we|you|one) (?:read|find|get|see|download|access)\b|\blink\b|\burl\b|"
                            r"\bweb ?address\b|\bdownload\b|\bpublished where\b|\bwhere is it published\b", re.I)

#: an age limit asked of a group: "is there a minimum age for a kid to be counted as a young
#: carer on harrow's system?", "what's the cut-off age for care leavers getting their
#: education costs covered?" (``grp``: the group, up to a place or the end)
_AGE_LIMIT_Q = re.compile(r"\b(?:(?:minimum|maximum|min|max|lower|upper)\s+age|age\s+(?:limit|cut-?off|threshold)|cut-?off\s+age)\b"
                          r"(?:\s+(?:for|to\s+(?:be\s+)?(?:counted|classed|treated|seen)\s+as|to\s+count\s+as|to\s+be|to\s+get|to\s+access|to\s+use|of)\s+"
                          r"(?:an?\s+|the\s+)?(?:kid|child|young person|person|someone)?\s*(?:to\s+(?:be\s+)?(?:counted|classed|treated|seen)\s+as\s+(?:an?\s+)?)?"
                          r"(?P<grp>[^?]{3,80}?))?(?=\s+(?:on|in|at|under|within)\s+(?:harrow|the|our|their|its)\b|\s*[?.!]|\s*$)", re.I)
_AGE_Q = re.compile(r"\b(?:what|which) age\b|\bage of (?:criminal|consent|responsibility)\b|\bhow old\b|\bup to what age\b|\bminimum age\b", re.I)


#: an age in an answer: "a 12-year-old boy", "aged 16", "under 18", "only 15 when she arrived"
_AGE = re.compile(r"\b\d{1,2}\s*(?:-|\s)?(?:years?|yrs?|yo|year-old)\b|\baged?\s+\d{1,2}\b|\b(?:under|over|above|below|until|up to|turn(?:s|ed)?|reach(?:es|ed)?)\s+\d{1,2}\b"
                  r"|\b\d{1,2}\+|\b\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\b|\b(?:only|just|was|is|were|are)\s+\d{1,2}\b"
                  r"|\b(?:sixteen|seventeen|eighteen|twenty-one|twenty-five)\b|\bages? of \d", re.I)


#: the public names of the age patterns, for the extractive answerer's sentence choice
AGE_Q = _AGE_Q
AGE_GIVEN = _AGE


#: whom someone told, trusted or turned to, asked: "who did the child first tell?", "who
#: did she confide in?", "who did he trust?"
_WHO_TOLD_Q = re.compile(r"\bwho(?:m)?\s+(?:did|do|does|would|could|had|has|have|was|were)\s+(?:[\w'’\[\]-]+\s+){1,4}?(?:first\s+)?"
                         r"(?:tell|told|disclose|disclosed|confide|confided|trust|trusted|turn|turned|go|went|speak|spoke|talk|talked|open\s+up)\b"
                         r"(?!\s+(?:to\s+)?(?:the\s+)?(?:police|court|hospital|school)\b)", re.I)
#: a sentence saying someone was told, trusted or turned to
_TOLD_SOMEONE = re.compile(r"\b(?:told|tells|tell|disclosed|discloses|confided|confides|trusted|trusts|turned to|turns to|went to|goes to|"
                           r"spoke to|speaks to|talked to|talks to|opened up|reported|reports|shared)\b", re.I)


#: words describing a person without naming them (stems)
_PERSON_WORDS = frozenset(analyze("girl girls boy boys woman women man men lad lads teenager teen child young person "
                                  "survivor victim baby toddler"))


#: whose age is asked: "how old was the anonymous girl when it started?", "how old was
#: Brenda's daughter?" (a pronoun names no one: "how old was she?")
_HOW_OLD_WHO = re.compile(r"\bhow\s+old\s+(?:was|is|were|are|would)\s+(?P<who>(?!(?:he|she|they|it|i|you|we|that|this)\b)"
                          r"(?:[\w\[\]'’-]+\s+){0,3}?[\w\[\]'’-]+)(?=\s+(?:be|when|at|in|on|by|before|after|during|first|then|now)\b|\s*[?,.;]|\s*$)", re.I)


#: "the age of criminal responsibility / consent": the age of something named
_AGE_OF = re.compile(r"\bage of (?P<subj>(?:[a-z'’-]+\s+){0,2}?[a-z'’-]{4,})(?=\s+(?:in|for|under|at|is|here|now)\b|\s*[?,.;]|\s*$)", re.I)


#: ages joined in a sentence ("aged 17 and 18", "aged 19 to 21"): ages, not counts
_AGED_RANGE = re.compile(r"\baged?\s+\d{1,2}(?:\s*(?:-|–|to|and|or)\s*\d{1,2})?\b", re.I)


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


#: a length of time: "5 working days", "a 3-year licence", "several years", "since 2019"
_DURATION = re.compile(r"\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                       r"a|an|a few|several|many)(?:\s+|\s*-\s*)(?:more\s+|further\s+|long\s+|whole\s+|full\s+|additional\s+)?(?:working\s+|calendar\s+|school\s+)?(?:days?|weeks?|months?|years?|yrs|hours?|minutes?|mins|decades?)\b"
                       r"|\b(?:since|until|till|up to the age|birthday|fortnight|lifetime|career|overnight|24/7)\b", re.I)


#: a time in an answer to a timescale question: a length of time, or "immediately",
#: "the same day", "the next working day", "within ..."
_TIMING = re.compile(_DURATION.pattern + r"|\b(?:immediately|same day|next (?:working )?day|promptly|without delay|straight away|at once|"
                     r"within|by the end of|no later than)\b", re.I)


#: a number of some unit of time, ``{unit}`` its singular, up to two other words between:
#: "5 working days", "ten weeks", "four more years" (not "24 hours a day" for days)
_COUNTED_UNIT = (r"\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                 r"thirty|forty|fifty|sixty|ninety|a few|several|a couple of)\s*(?:-\s*)?"
                 r"(?:(?!(?:hours?|minutes?|days?|weeks?|months?|years?|a|an|per|each|every)\b)[\w-]+\s+){{0,2}}{unit}s?\b")


#: a document of a named body that a question asks what it says: "what did Harrow YOT's
#: youth justice plan say ...?", "what did the Harrow Safeguarding Adults Board report in its
#: own 2020-21 annual report ...?" (the body: capitalised words or an acronym; the document:
#: a kind of report, plan or strategy)
# (not a bare "report" or "plan": "the LADO's report to the board" is summarised in the
# annual report, which answers "did allegations go up or down per the LADO's report?")
_DOC_KIND = (r"(?:annual report|youth justice plan|business plan|strategic plan|action plan|strategy|newsletter|"
             r"inspection report|minutes|website)")
_BODYS_DOC = re.compile(r"(?P<body>(?:\b(?:[A-Z][\w&-]*|of|for|and)\s+){0,5}?\b[A-Z][\w&-]*)(?:'s|’s)\s+(?:own\s+)?"
                        r"(?:(?:latest|last|new|current|\d{4}(?:\s*[-–/]\s*\d{2,4})?)\s+)?(?P<doc>" + _DOC_KIND + r")\b")
_ITS_OWN_DOC = re.compile(r"\b(?:in|from)\s+(?:its|their)\s+own\s+(?:(?:latest|last|new|current|\d{4}(?:\s*[-–/]\s*\d{2,4})?)\s+)?"
                          r"(?P<doc>" + _DOC_KIND + r")\b")
#: a body's name: capitalised words, with "of", "for" or "and" between them
_BODY_NAME = re.compile(r"\b[A-Z][\w&-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w&-]*)*")
#: words of a body's name that do not tell bodies apart
_BODY_FILLER = frozenset(analyze("the of for and own harrow london local"))


def other_bodys_document(question: str, titles: Sequence[str], corpus_text: str = "", glossary=None) -> str | None:
    """A refusal phrase ("the Harrow YOT's own youth justice plan") when ``question`` asks
    what a named body's own document says and no indexed document (``titles``: the titles
    of the documents the passages come from) is that body's document of that kind: the
    annual report of the HSCB answers "the HSCB's annual report", not "the Safeguarding
    Adults Board's own annual report". The body must be named in a title by its words or,
    for an acronym, by the glossary's expansion; the document kind's words must be in the
    same title. A name that carries its own "'s" in ``corpus_text`` (the retrieved
    passages: "Barnardo's") is no possessive. ``None`` when no such document is asked for
    or one is indexed."""
    m = _BODYS_DOC.search(question)
    if m:
        body, kind = m.group("body"), m.group("doc")
    else:
        m = _ITS_OWN_DOC.search(question)
        names = [n.group(0) for n in _BODY_NAME.finditer(question[:m.start()])] if m else []
        if not names:
            return None
        body, kind = names[-1], m.group("doc")  # (the body named last before "in its own ...")
    body = re.sub(r"^(?:(?:The|In|From|What|Which|Did|Does|Has|Have|How|According to)\s+)+", "", body.strip())
    if re.search(re.escape(body) + r"['’]s", corpus_text):
        return None  # (a name with its own "'s": "Barnardo's")
    words = set(analyze(body))
    for acr in re.findall(r"\b[A-Z][A-Z0-9&]{1,9}\b", body):
        terms = glossary.find_terms(acr) if glossary is not None else []
        if terms:
            words = (words - set(analyze(acr))) | set(analyze(terms[0].expansion))
    words -= _BODY_FILLER
    doc = set(analyze(kind))
    if not words:
        return None
    for title in titles:
        have = set(analyze(title))
        if words <= have and doc <= have:
            return None
    return f"the {body}'s own {kind}"

"""Multi-part questions: "where was she from and how old was she?" asks two things.

Practitioners often put two questions in one Slack message. An extractive answer quotes
the sentences that best answer *a* question, so the second half goes unanswered ("She was
only 15 when she arrived" for "where was she from and how old was she"). This module splits
such a question into standalone parts (a light form of the query decomposition of
least-to-most prompting, Zhou et al. 2022, done by rule, with no model); the chain
(:meth:`assistant.chain.Assistant._answer_parts`) retrieves for and answers each part on
its own, and :func:`merge_answers` merges the answers.
"""

from __future__ import annotations

import re
from typing import Sequence

from assistant.answer.extractive import SOURCE_Q, case_names, named_places
from assistant.answer.refusal_rules import asked_cases
from assistant.answer.text_evidence import quote_key
from assistant.answer.question_shape import CASE_PEOPLE, CASEWORK_SCENE, asking_clauses, mask_bracketed_commas, unmask_bracketed_commas
from assistant.keywords import PERIOD, analyze
from ingest.models import Answer, Citation, Passage

#: words that open a question clause
_WH_ALTERNATIVES = r"how|what|what's|whats|where|who|whom|whose|which|when|why"
_WH_WORDS = rf"(?:{_WH_ALTERNATIVES})"
#: words a clause may open with before its question word ("roughly what's ...", "and for
#: how many ...", "by roughly how much ...")
_LEAD = r"(?:while\s+(?:i['’]?m|i am|we['’]re|we are)\s+(?:at it|there|on it|here),?\s+)?(?:(?:roughly|approx\.?|approximately|about|so|ok|okay|just|quickly|basically|also|and|but|then|separately|secondly|lastly|finally|for|in|of|by|to|from|at|with|on|until|till|since)\s+){0,3}"
#: a clause asking for a count by its noun: "... and no. of kids on CP plans ...", "number of
#: LADO referrals"
_COUNT_NOUN = r"(?:(?:the\s+|an?\s+)?(?:(?:total|overall|actual|estimated|est\.?|approx\.?|approximate|rough)\s+(?=num))?(?:no\.?|nos\.?|number|numbers|total|%|percentage|proportion)\s+of)"
#: a later clause asking yes or no of its own subject: "... and can you ring it any time?",
#: "...? and is the helpline 24hrs?"
_YES_NO_LATER = (r"(?:is|are|can|could|does|do|did|was|were|will|would)\s+"
                 r"(?:it|they|you|i|we|he|she|there|the|this|that|these|those|its|their|many|lots)\b")
#: a later clause scoped by a short phrase before its question word: "..., and in his
#: evaluation what was the workforce confused about?"
_SCOPED_ASK = rf"(?:in|for|from|on|about|during|within|under)\s+(?:his|her|their|its|the|that|this)\s+(?:[\w'’-]+\s+){{0,2}}?{_WH_WORDS}\b"
#: a later clause setting its own scene before asking: "...? heard they chair the adults
#: board too - which one"
_SCENE_ASK = rf"[^?]{{3,80}}?\s[-–—]\s{_LEAD}{_WH_WORDS}\b"
#: a later part asking for something else as of the same date or period: "...? and LAC
#: at the same date"
_SAME_AS = r"(?:[\w'’/-]+\s+){1,4}?(?:at|for|on|in|over|by|from|as at|as of)\s+the same\s+(?:date|day|time|period|year|point|month|snapshot)\b"
#: a later clause asking the first's question of another subject, its verb elided: "hscb
#: attendance is counted out of how many meetings, and the hssp out of how many?"
_ELIDED_ASK = (r"(?:(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+(?:out of|for|in|at|on|from|by)\s+how (?:many|much)\b[^?]{0,30}"
               # (or its verb left to the first: "how much of the budget came from the CCG and
               # how much from the ambulance service?")
               r"|how (?:many|much)\s+(?:from|by|for|at|in)\s+(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,4})\??$")
#: where a message joins two question clauses: "... and how many ...", "...? What ...",
#: "..., and for how many ...", "..., and no. of kids ..."
#: a request after a question for more about whom it names: "who wrote the evaluation?
#: need his name and job title" (asked as "what is his name and job title")
_THEIR_REQUEST = r"(?:i\s+|we\s+|also\s+|and\s+)?(?:need|want|after)\s+(?=(?:his|her|their)\b)"
#: a yes/no question may open a message whose later part asks a question word: "are those
#: going up or down, and by roughly how much?"
#: (and, after a question mark, a yes/no question of its own: "what is MARAC? and did ...")
_YES_NO = r"(?:are|is|was|were|did|does|do|has|have|had|can|could|should|will|would)\s+\w"
_JOIN = re.compile(rf"(?:\s*,\s*|\s+)(?:and(?:\s+also)?|&|\+|/|also|plus|vs\.?|versus)\s+(?={_LEAD}{_WH_WORDS}\b|{_COUNT_NOUN}\s|{_YES_NO_LATER}|{_SCOPED_ASK}"
                   rf"|{_ELIDED_ASK})"
                   # (a full stop ending a first clause that asks: "what does ECINS stand for. also
                   # what's MACE?")
                   rf"|(?<=[a-z])\.\s+(?=(?i:(?:also|and|plus)\s+){_WH_WORDS}\b)"
                   rf"|\?\s+(?=(?i:{_LEAD}{_WH_WORDS})\b|(?i:(?:and\s+)?{_YES_NO_LATER})|(?i:and\s+){_YES_NO}|(?i:{_THEIR_REQUEST})|{_SCENE_ASK}|(?i:(?:and\s+)?{_SAME_AS}))", re.I)
#: where a list of nouns asked for splits: "number, opening hours and email"
_NOUN_LIST = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|\+|plus)\s+", re.I)
#: an item of such a list: a short noun phrase, not a clause
_NOUN_ITEM = re.compile(r"(?!(?:what|who|which|when|where|why|how|is|are|was|were|do|does|did|can|could)\b)"
                        r"[\w'’/-]+(?:\s+(?!(?:is|are|was|were|do|does|did|has|have|had)\b)[\w'’/-]+){0,3}", re.I)
#: a contact detail among them: "number", "email", "website", "opening hours"
_CONTACT_NOUN = re.compile(r"\b(?:number|no\.?|phone|email|e-mail|website|web address|address|opening hours|hours|contact details)\b", re.I)
#: a list asked for, then which of its items: "list the Family A findings - which one is
#: about home schooling?", "give me the signs of slavery, which ones are about documents?"
_LIST_THEN_WHICH = re.compile(r"^(?P<list>(?:(?:can|could) you\s+|pls\s+|please\s+)?(?:list|give me|tell me|name)\s+(?:all\s+)?(?:the\s+)?[^?]{3,80}?)"
                              r"(?:\s[-–—]\s|[,:;]\s|\?\s+)\s*(?:and\s+)?(?P<which>which\s+(?:one|ones|of (?:them|these|those))\b[^?]*\??)\s*$", re.I)
#: a comma before a clause that asks again: "..., how big is the ILG grant"
_COMMA_CLAUSES = re.compile(r"\s*,\s*(?=(?:how (?:many|much|big|long|old|often)|what(?:['’]s)?|whats|who|when|where|which|until what|up to what)\s)", re.I)
#: a topic set before the question: "Serena's story - ", "VAH training numbers: "
_TOPIC = re.compile(r"^(?P<topic>[^?]{3,120}?)\s*(?:\s[-–—]\s|:\s)\s*(?P<rest>.+)$", re.S)
#: the question phrase a part opens with ("how many", "what", "where was")
#: (a preposition may lead: "to how many organisations and how many individuals did they
#: give support?")
_HEAD = re.compile(rf"^(?:(?:to|for|from|with|among|amongst|of|in|by|at)\s+)?(?P<head>how (?:many|much|long|old|often)|{_WH_WORDS})\s+(?P<word>\S+)(?:\s+(?P<tail>.*))?$", re.I | re.S)
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|she|her|he|him|his|this|that|these|those)\b"
                      r"|\b(?:live|lives|living|work|works|working|based|go|goes|went)\s+there\b", re.I)
#: "that" / "which" opening a relative clause after a noun ("the first review that took
#: place"): it points to that noun, not back to an earlier part
_RELATIVE = re.compile(r"\b(?P<noun>[a-z]{3,})\s+(?:that|which)\s+(?=(?:took|was|were|is|are|has|have|had|happened|came|went|led|did|does|"
                       r"do|will|would|could|can|started|began|ran|runs|[a-z]+ed)\b)", re.I)
#: words before "that" that make it a pronoun or a conjunction, not a relative
_NOT_NOUN = frozenset("was are did for and but not see say get got about after with from like than does said says know "
                      "think mean hear heard before since what how why when where who".split())


#: a part asking whom to tell with nothing of its own to tell about: "... and who do I
#: ring?", "where do I report?" (about what the part before it named)
_BARE_CONTACT = re.compile(r"^\s*(?:and\s+)?(?:who|whom|where|what number)\s+(?:do|should|can|would|could)\s+(?:i|we|you)\s+"
                           r"(?:ring|call|phone|contact|tell|refer(?:\s+to)?|report(?:\s+to)?|go to|speak to|talk to)\s*\??\s*$", re.I)


def _points_back(part: str) -> bool:
    """Whether ``part`` uses a pronoun pointing back to what an earlier part named
    (:data:`_PRONOUN`), a relative "that" (:data:`_RELATIVE`) aside, or asks whom to tell
    with nothing of its own (:data:`_BARE_CONTACT`: "what are the signs of modern slavery
    and who do I ring?")."""
    bare = _RELATIVE.sub(lambda m: m.group(0) if m.group("noun").lower() in _NOT_NOUN else m.group("noun") + " ", part)
    return _PRONOUN.search(bare) is not None or _BARE_CONTACT.match(part) is not None


#: practitioners' short forms, as the words they stand for ("how many schools have a sw?")
_SHORT_FORMS = {"sw": "social worker", "sws": "social workers", "dsl": "designated safeguarding lead",
                "lac": "looked after children", "cp": "child protection"}


def _within_first(part: str, first: str) -> bool:
    """Whether every word ``part`` asks with (beyond question words and stop words) is a
    word of ``first``: "... when did the social worker in schools project kick off - how
    many schools have a sw?" asks about that project's schools, not schools in general."""
    def stems(text: str) -> set[str]:
        text = re.sub(r"\b(\w+)\b", lambda m: _SHORT_FORMS.get(m.group(1).lower(), m.group(1)), text)
        return set(analyze(text))
    own = stems(part) - {"mani", "much", "long", "often", "old", "actual", "also"}
    return bool(own) and own <= stems(first)


#: a part whose count has no noun of its own: "... and how many were from care?"
_ELLIPTIC = re.compile(r"(?:\w+\s+){0,2}how (?:many|much)(?:\s+(?:were|are|was|is|did|do|does|had|have|of|got|get|received|went|came|ended up)\b|\s*\??$)"
                       # ... or asks only a kind: "..., and what kind of device?", "which year?"
                       r"|(?:what|which)\s+(?:(?:kind|type|sort|form)s?\s+of\s+)?[\w-]+\s*\??$|(?:when|where|why|who)\s*\??$"
                       # ... or counts with no object: "..., and how many delegates came?"
                       r"|how (?:many|much)\s+[\w-]+\s+(?:came|come|attended|went|turned up|joined|took part|were there|signed up)\s*\??$"
                       r"|what(?:'s|’s| is| was| were)\s+the\s+(?:number|phone number|date|cost|total|figure|count|split|breakdown|rate|amount|outcome|result)s?\s*\??$"
                       # ... or which of them is the extreme: "..., and which group was the biggest?"
                       # (fifty-sixth session, probe-120)
                       r"|(?:which|what)\s+(?:one|ones|group|groups|category|categories|band|type|kind|age group|ethnic group)\s+(?:was|is|were|are|had|has|saw|got|made up)\s+"
                       r"(?:the\s+)?(?:biggest|largest|highest|most|smallest|lowest|least|fewest|top|main|commonest|most common)\b[^?]{0,20}\??$", re.I)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
MAX_PARTS = 3
#: a date or period closing a message: "... as at 31 march 2021?", "... in 2019-20?"
#: a date or period a clause asks about, anywhere in it: "at 31/3/21", "as at 31st March
#: 2021", "in 2019-20", "for 20/21"
_DATED_AT = re.compile(r"\b(?:as at|as of|at|on|by|in|for|during)\s+(?:the\s+)?(?:end of\s+)?"
                       r"(?:\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}"
                       r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+(?:19|20)\d{2})?"
                       r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:19|20)\d{2}"
                       r"|(?:19|20)\d{2}(?:\s?[-/–]\s?(?:19|20)?\d{2})?|\d{2}/\d{2})(?![\d/.])", re.I)
#: a count or share asked for, opening a clause ("how many", "what % of")
_COUNT_HEAD = re.compile(r"^(?:how many|how much|what\s+(?:%|percent(?:age)?|proportion|number)(?:\s+of)?|(?:the\s+)?(?:number|no\.?)\s+of)(?!\w)", re.I)
_CLOSING_DATE = re.compile(r"\s((?:as at|as of|at|on|by|in|for|during)\s+(?:the\s+)?(?:end of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                           r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+(?:19|20)\d{2}"
                           r"|(?:as at|as of|at|on|by)\s+\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}"
                           r"|(?:in|for|during)\s+(?:19|20)\d{2}(?:\s?[-/–]\s?(?:19|20)?\d{2})?)\s*\??$", re.I)


#: who the asker is, said before the question: "new DSL here, ...", "dsl at a primary here -
#: ...", "IRO here. ...", "school nurse - ...", "as a nurse, ...", "new to harrow - ...",
#: "dsl just moved to the borough - ..."
_ROLE = (r"(?:dsl|dsls|ddsl|deputy dsl|sw|social worker|iro|nurse|school nurse|health visitor|hv|teacher|head|headteacher|lead|"
         r"gp|police officer|officer|pc|dc|ds|manager|team manager|practitioner|senco|midwife|paediatrician|cp chair|conference chair|deputy head|head of year|lado|"
         r"family support worker|early help worker|youth worker|volunteer coordinator|volunteer|student|designated lead|"
         # (health, housing and justice roles: "I'm a CAMHS clinician.", "pharmacist here -")
         r"clinician|therapist|psychologist|psychiatrist|pharmacist|dentist|paramedic|receptionist|optician|doctor|consultant|registrar|"
         r"ward sister|matron|housing officer|probation officer|youth offending worker|yot worker|caseworker|case worker|support worker|"
         r"outreach worker|key worker|link worker)")
_INTRO = re.compile(r"^\s*(?:(?:hi|hello|hey|morning|afternoon)\b[,!.]?\s*)?(?:"
                    rf"(?:(?:i'?m|i am|im)\s+(?:a|an|the)\s+|as\s+(?:a|an|the)\s+)?(?:new|newly qualified|nq|student|locum|agency|duty)?\s*"
                    rf"(?:(?:primary|secondary|school|hospital|community|police|council|harrow|lado|mash|cp|cin|la|voluntary sector|attendance|pastoral|"
                    rf"safeguarding|inclusion|welfare|ehe|cme|virtual school|pshe|exclusions|faith|faith setting|faith group|church|mosque|temple|gurdwara|synagogue|youth|community|charity|behaviour|send|sen|health|nursery|college|a&e|ed|gp practice|"
                    rf"camhs|cnwl|lnwuht|mental health|ward|housing|probation|yot|youth offending|pharmacy|dental|ambulance|"
                    # (two words before the role: "gp safeguarding lead - ...")
                    rf"gp|named|senior|deputy|designated|early years|children's|childrens|adult|adults)\s+){{0,2}}{_ROLE}"
                    # (two hats: "IRO/CP chair here", "DSL and SENCO here")
                    rf"(?:\s*(?:/|&|\band\b)\s*{_ROLE})?"
                    r"(?:\s+(?:at|in|from|with|on)\s+(?:a|an|the|our|my)?\s*[\w'’-]+(?:\s+[\w'’-]+)?)?(?:\s+here|\s+asking|\s+here\s+asking)?"
                    # (new to it: "teacher new to safeguarding - ...")
                    r"(?:\s+(?:fairly\s+|quite\s+|very\s+|pretty\s+)?new\s+to\s+(?:safeguarding|the role|the team|the job|the post|harrow|the borough|this|it|dsl work|the area))?"
                    # (newly arrived: "dsl just moved to the borough - ...")
                    r"(?:\s+(?:just|recently)\s+(?:moved|started|joined|transferred|arrived|qualified)"
                    r"(?:\s+(?:to|at|in|into)\s+(?:a|an|the|this|our|my)?\s*[\w'’-]+(?:\s+[\w'’-]+)?)?"
                    r"(?:\s+from\s+(?P<came_from>[\w'’-]+(?:\s+[\w'’-]+)?))?)?"
                    r"|new (?:here|to (?:harrow|the board|the partnership|the team|the role|the area|the borough|this|safeguarding|the job|the post))"
                    # what the asker is doing, for whom (not on what: "doing a briefing on the
                    # child M review" names the topic): "running a session for reception staff"
                    r"|(?:i'?m\s+|im\s+|we'?re\s+|i am\s+)?(?:running|doing|delivering|planning|prepping|preparing|putting together|writing|giving)\s+"
                    r"(?:a|an|the|our|my|some)\s+(?:[\w-]+\s+)?(?:session|training|presentation|briefing|brief|workshop|talk|slides|induction|"
                    r"lesson|assembly|inset|training day|huddle|paper|board paper|bid|funding bid|newsletter)(?:\s+for\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
                    # (a paper in the making: "Board paper prep for the exec.")
                    r"|(?:board paper|paper|briefing|presentation|slides|bid|report)\s+(?:prep|prepping|preparation|drafting)(?:\s+for\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)"
                    r"\s*(?:[-–—,.:;!]|\s-\s)\s+(?=\S)", re.I)


#: a message opening on what the answer is for: "joint adults/children briefing next
#: week.", "For the audit:", "Team briefing tomorrow -", "budget paper for the partnership:"
_PURPOSE_OPENING = re.compile(
    r"^\s*(?:(?:for|re)\s+(?:a|an|the|my|our|tomorrow['’]s|next week['’]s)\s+)?(?:[\w/&'’-]+\s+){0,4}?"
    r"(?:briefing|presentation|slides?|paper|board paper|audit|newsletter|bid|supervision|team meeting|induction|exec|execs)"
    r"(?:\s+(?:prep|next week|tomorrow|today|this week|this afternoon|later|on (?:mon|tues|wednes|thurs|fri)day|for (?:the|our|my) [\w'’-]+))*"
    r"\s*(?:[.:]|\s[-–—])\s+(?=\S)", re.I)


#: words that say nothing of their own in a short question clause
_FUNCTION_WORDS = frozenset(
    "how what what's whats where who whom whose which when why is are was were do does did has have had can could "
    "will would should it its they them their she her he him his this that these those the a an of to from in on at "
    "for by with and or".split())


def _content_words(clause: str) -> list[str]:
    """The words of ``clause`` other than question words, pronouns, auxiliaries and
    prepositions ("when did that start" -> ``["start"]``)."""
    return [w for w in re.findall(r"[a-z][a-z'’]*", clause.lower()) if w not in _FUNCTION_WORDS]


def strip_intro(question: str) -> str:
    """``question`` without a clause saying who the asker is ("new DSL here, what's ...?" ->
    "what's ...?"), which says nothing about what is asked but pulls retrieval towards
    passages about the asker's role. Unchanged when nothing of three words or more would
    be left, when it names a place, when the question speaks of an asker whose role is
    also a service or forum of the documents ("LADO here - how many referrals did I
    get?") and when a bare role may be the topic ("LADO - what does it stand for?").

    Args:
        question: the (redacted) question, one line.

    Returns:
        the question from its first word after the introduction.
    """
    # what the answer is for, opening the message: "joint adults/children briefing next
    # week. Give me the key findings ...", "For the audit: of the children ..."
    # (in lower-case words only: "the Child M briefing" names its topic)
    m = _PURPOSE_OPENING.match(question)
    if m and not re.search(r"\s[A-Z]|\b[A-Z]{2,}\b", m.group(0)) and len(question[m.end():].split()) >= 4:
        question = question[m.end():]
    m = _INTRO.match(question)
    # (a place in it scopes the question: "SW in Brent here - what's the LADO number?";
    # not where the asker came from: "dsl just moved to the borough from hampshire - ...")
    if not m or named_places(m.group(0).replace(m.group("came_from") or "\0", " ")):
        return question
    rest = question[m.end():].strip()
    said = re.search(r"\bhere\b|\basking\b|\b(?:just|recently)\s+(?:moved|started|joined|transferred|arrived|qualified)\b|^\W*(?:hi|hello|hey|morning|afternoon|i'?m|i am|im|as|new|newly|nq|student|locum|agency|duty)\b"
                     r"|\s(?:at|in|from|with|on)\s"
                     # (what the asker is doing: "Writing a disproportionality paper for the partnership.")
                     r"|^\W*(?:running|doing|delivering|planning|prepping|preparing|putting together|writing|giving)\b|\b(?:prep|prepping|preparation|drafting)\b",
                     m.group(0), re.I)
    if not said and (re.match(r"\W*(?:lado|iro)\b", m.group(0), re.I)
                     or re.search(r"\b(?:it|its|they|them|their|theirs)\b", rest, re.I)):
        # a bare role may be the topic: "LADO - what does it stand for?", "IRO: how many
        # reviews did they chair?"
        return question
    if (re.search(r"\b(?:lado|iro|dsls?|ddsl|deputy dsl|designated lead|senco|cp chair|conference chair)\b", m.group(0), re.I)
            and re.search(r"\b(?:i|my|me|mine|i'm|i’m|i've|i’ve)\b", rest, re.I)):
        # a role that is also a service or forum of the documents, when the question
        # speaks of the asker, is what it is about: "LADO here - how many referrals did I
        # get compared with last year?" (not "as a nurse, do i have to report ...?")
        return question
    return rest if len(rest.split()) >= 3 else question


#: what the asker is writing, opening the message, with who they are: "HV writing notes:",
#: "board business mgr drafting a committee paper -", "DSL briefing -", "glossary entry for
#: a training pack -", "SW, case notes on a hoarding household.", "trainer -"
_WRITER = (r"(?:dsl|ddsl|sw|hv|iro|cp chair|social worker|health visitor|trainer|team (?:mgr|manager)|"
           r"board (?:business )?(?:mgr|manager)|business (?:mgr|manager)|l&d officer|mgr|manager)")
_WRITE_UP_OPENING = re.compile(
    rf"^\s*(?P<role>{_WRITER}(?:\s*,)?\s+)?(?P<verb>(?:i'?m\s+|im\s+)?(?:mid-?way through\s+)?(?:writing|drafting|doing|building|updating|"
    r"putting together|making|pasting into|copying into)\s+(?:up\s+)?)?"
    r"(?:(?:a|an|the|my|our|some)\s+)?(?:[\w/&'’-]+\s+){0,5}?"
    # (a product that is only ever the asker's writing, or one that may be a topic too,
    # "child protection plan", "lado referral", kept unless a role or verb says so)
    r"(?:(?P<strong>chronology|court statement|handout|slides?|committee paper|board paper|governors['’]? paper|glossary|glossary entry|"
    r"footnote|training pack|one-pager|write-up|case notes)|(?P<weak>notes|briefing|referral|paper|plan|supervision|supervision record|summary))"
    r"(?:\s+(?:again|entry|draft|note|notes|write-up))?"
    r"(?:\s+(?:for|on|re)\s+(?:a|an|the|my|our)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r"\s*(?:[.:,]|\s[-–—])\s+(?=\S)"
    # (or a writer's role alone, not a service of the documents: "trainer - ...")
    rf"|^\s*(?P<writer>trainer|team (?:mgr|manager)|board (?:business )?(?:mgr|manager)|business (?:mgr|manager)|l&d officer)\s*(?:[:,]|\s[-–—])\s+(?=\S)",
    re.I)
#: a document cited in the asker's writing, opening the message: "citing the effectiveness
#: evaluation in my paper - who wrote it?"
_CITING_OPENING = re.compile(r"^\s*(?:citing|quoting|referencing|crediting)\s+(?P<x>(?:the|their|its)\s+[^-–—:?]{3,60}?)\s+"
                             r"(?:in|for)\s+(?:a|an|the|my|our)\s+(?:[\w'’-]+\s+){0,2}?(?:paper|report|statement|chronology|referral|"
                             r"briefing|handout|slides?|notes|plan)\s*(?:[:,]|\s[-–—])\s+(?=\S)", re.I)
#: the role acronyms a writing frame may carry in capitals
_WRITER_CAPS = frozenset({"DSL", "DDSL", "SW", "HV", "IRO", "CP", "L&D"})
#: what the asker will do with the answer, closing the message: "want to copy it across",
#: "i'll quote them", "need to cite it", "quoting it in a referral", "so i can put it in",
#: "need them for the chronology", "for my footnote", "for a glossary"
_USE_REMARK = re.compile(
    # (after a break, or after what the asker means to do: not "who can use it?")
    r"(?:(?:[?.,;]\s*|\s[-–—]\s*)(?:(?:i'?ll|i will|i want to|want to|wanna|i need to|need to|going to|gonna|so i can|so i)\s+)?"
    r"|\s+(?:i'?ll|i will|i want to|want to|wanna|i need to|need to|going to|gonna|so i can|so i)\s+)"
    r"(?:quote|quoting|cite|citing|copy|copying|paste|pasting|reference|referencing|credit|crediting|put|putting|use|using|mirror"
    # (or book or contact who the answer names: "want to rebook a couple of them")
    r"|(?<=want to )(?:re-?book|book|invite|contact)|(?<=wanna )(?:re-?book|book|invite|contact))\s+"
    r"(?:(?:a couple of|a few of|some of|one of|two of|all of)\s+)?(?:it|them|this|that|these|those)(?:\s+(?:across|over|in|word for word|correctly|again))?"
    r"(?:\s+(?:in|into|on|for)\s+(?:a|an|the|my|our)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s*[?.!]?\s*$"
    r"|(?:[?.,;]\s*|\s[-–—]\s*)(?:i\s+)?need(?:s)?\s+(?:it|them|this|that)(?:\s+(?:listed|as a list|in a list|as bullets|in bullet points|bulleted))?"
    r"\s+for\s+(?:a|an|the|my|our)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:chronology|statement|paper|referral|notes|briefing|handout|slides?|glossary|footnote|service plan|business plan|plan)\s*[?.!]?\s*$"
    # ("for my chronology", "for a glossary"; not "what evidence is needed for a court statement?")
    r"|(?:[?.,;]\s*|\s[-–—]\s*|\s+)for\s+(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?(?:footnote|glossary|chronology|court statement|"
    r"committee paper|case notes)\s*[?.!]?\s*$"
    r"|(?:[?.,;]\s*|\s[-–—]\s*|\s+)for\s+(?:a|the)\s+(?:footnote|glossary)\s*[?.!]?\s*$"

    # (a question's own answers asked for in full, after it: "who can I report suspected
    # slavery to? what are all the options")
    r"|(?<=\?)\s*(?:so\s+)?(?:what|which)\s+(?:are|r)\s+(?:all\s+)?(?:the|my|our)\s+(?:options|choices)\s*[?.!]?\s*$"
    # (or says it was looked for: "who's the named GP ...? can't find it anywhere")
    r"|(?<=\?)\s*(?:i\s+|we\s+)?(?:can['’]?t|cannot|couldn['’]?t|could not)\s+find\s+(?:it|them|this|that|one|out)(?:\s+anywhere)?\s*[.!]?\s*$", re.I)


#: a session a list is for, closing a request for the list (:data:`_LISTING`): "need a
#: list of the different types of modern slavery for a foster carer session pls"
_SESSION_REMARK = re.compile(
    r"(?<=\w)\s+for\s+(?:a|an|the|my|our|tomorrow['’]s|next week['’]s)\s+(?:[\w/&'’-]+\s+){0,3}?(?:session|training|training session|workshop|induction|"
    r"assembly|lesson|inset|team meeting|huddle|presentation|talk)(?:\s+(?:please|pls|plz|thanks|thx|ta))?\s*[?.!]?\s*$", re.I)
_LISTING = re.compile(r"\b(?:list|types|kinds|signs|examples|all the|summary|overview|breakdown)\b", re.I)


#: a question put again in other words after the first try: "What do you call CPS here? I
#: mean who are the three statutory safeguarding partners?", "where's the MASH data - i.e.
#: how many contacts came in?"
_RESTATED = re.compile(r"^(?P<first>[^?]{3,}?(?:\?+|\.|\s[-–—]))\s*(?:(?:sorry|ok|okay)[,.]?\s+)?"
                       r"(?:i\s+mean(?:t)?|what\s+i\s+mean\s+is|i\.e\.?|ie|that\s+is(?:\s+to\s+say)?|in\s+other\s+words|or\s+rather|"
                       r"to\s+put\s+it\s+(?:another|differently)(?:\s+way)?)(?=[\s,:])[,:]?\s+(?P<rest>\S.{10,})$", re.I)


def strip_restated(question: str) -> str:
    """The question put again in other words when the asker restates it ("What do you call
    CPS here? I mean who are the three statutory safeguarding partners in Harrow?" -> "who
    are the three statutory safeguarding partners in Harrow?"): the first try, often in the
    words of another system, is what the asker corrected, not what they ask.

    Args:
        question: the (redacted) question, one line.

    Returns:
        the restated question when it asks something (a question word or a question mark,
        four words or more); else ``question`` unchanged.
    """
    m = _RESTATED.match(question.strip())
    if not m:
        return question
    rest = m.group("rest").strip()
    # (not a clarification that leans on the first try: "what is the mash? i mean is it a
    # team", "how many children were on CP plans in April 2019? I mean how many were on
    # plans at the end of the year?", "... or rather what did the police contribute the year
    # before?"; nor one dropping the first try's year: "how much children went missing in
    # 2019-20? I mean how many from Local Authority Care?")
    first = m.group("first")
    leans = (re.search(r"\b(?:it|its|they|them|this|that|those|these)\b", rest, re.I)
             or re.match(r"how\s+(?:many|much)\s+(?:were|was|are|is|from|of|in|did|do|does|had|have|went|got)\b", rest, re.I)
             or re.search(r"\b(?:year|month|quarter)\s+before\b|\b(?:previous|last|next|same)\s+(?:year|period|one|time)\b|"
                          r"\binstead\b|\btoo\b|\balso\b|\bas well\b|\bagain\b", rest, re.I)
             or any(p not in rest for p in re.findall(r"\b(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?\b", first)))
    if len(rest.split()) < 4 or leans or not (rest.endswith("?") or re.match(
            r"(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|should)\b", rest, re.I)):
        return question
    return rest


def strip_write_up(question: str) -> str:
    """``question`` without what the asker is writing and what they will do with the answer
    ("HV writing notes: from sept 2020 to end of march 2021, how many ...?" -> "from sept
    2020 ...?"; "how exactly does the who-is-affected page define child trafficking? want
    to copy it across" -> "how exactly does ... define child trafficking?"): a social
    worker's chronology, a DSL's referral or a trainer's handout is what the answer is
    for, and its words ("HV", "DSL", "training") pull retrieval towards passages about
    health visitors, DSLs and training. An opening is dropped only in lower case (role
    acronyms aside: "DSL briefing -") and when five words or more are left; a closing
    remark only when four words or more are left before it.

    Args:
        question: the (redacted) question, one line.

    Returns:
        the question without them, or ``question`` unchanged.
    """
    out = question
    closing = _USE_REMARK.search(out)
    session = _SESSION_REMARK.search(out)
    if not closing and session and _LISTING.search(out[:session.start()]):
        closing = session
    if closing and len(out[:closing.start()].split()) >= 4:
        ended = out[:closing.start()].rstrip(" ,;-–—")
        out = ended + ("?" if "?" in closing.group(0) or out.rstrip().endswith("?") else "") if not ended.endswith("?") else ended
    cited = _CITING_OPENING.match(out)
    if cited and re.search(r"\bit\b", out[cited.end():], re.I) and len(out[cited.end():].split()) >= 3:
        # "citing the effectiveness evaluation in my paper - who wrote it ...?": "it" is
        # what is cited
        rest = out[cited.end():]
        return re.sub(r"\bit\b", lambda _: cited.group("x"), rest, count=1, flags=re.I)
    m = _WRITE_UP_OPENING.match(out)
    if m:
        caps = {w for w in re.findall(r"\b[A-Z][\w&'’-]*", m.group(0))} - _WRITER_CAPS
        rest = out[m.end():]
        # (a product only, the question leaning on it, may be its topic: "7 minute briefing
        # - what does it say?")
        # (a product that may be a topic, "updating the child protection plan -", "writing a
        # young carers referral -", only with the writer's role: "DSL writing a referral -")
        said = (m.group("role") or m.group("writer") or (m.group("strong") and (
            m.group("verb") or not re.search(r"\b(?:it|its|this|that|they|them|one|ones)\b", rest, re.I))))
        if said and not caps and len(rest.split()) >= 5:
            out = rest
    return out


#: someone the asker passes a question on from: "a foster carer", "my head of service", "the
#: children's guardian", "custody sgt", "a delegate on yesterday's course", "one of my care
#: leavers (Jade)", "a year 10", "our named GP"
_RELAYER = (r"(?:(?:a|an|the|my|our|one of (?:my|our|the))\s+)?(?:[\w'’]+(?:-[\w'’]+)*\s+){0,3}?"
            r"(?:parents?|mum|mums|mother|dad|father|carers?|foster carers?|grandparents?|nan|gran|governors?|parent governor|head|heads|headteacher|head teacher|"
            r"head of (?:service|year|school)|manager|mgr|boss|team manager|service manager|councillor|cllr|lead member|magistrates?|judge|"
            r"guardian|children['’]?s guardian|cafcass|solicitor|barrister|gp|named gp|nurse|midwife|sgt|sergeant|custody sgt|custody sergeant|officer|inspector|"
            r"delegates?|students?|trainees?|colleagues?|young person|young people|care leavers?|teenager|lad|girl|boy|pupils?|child|kid|"
            r"year\s+\d{1,2}|yr\s*\d{1,2}|teachers?|senco|dsl|iro|sw|hv|volunteers?|client|someone|somebody|member|chair|director|lawyer|ofsted|"
            r"social worker|health visitor|police|youth worker|worker|camhs worker|camhs|interpreter|practitioner|paediatrician|doctor|consultant|psychologist)"
            r"(?:\s+(?:on|at|from|in)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?(?:\s*\([^()]{1,30}\))?")
#: how the question was put to the asker: "asked me", "'s asking", "wants to know", "asked
#: our DSL", "rang asking"
_RELAY_VERB = (r"(?:(?:has\s+|just\s+)?asked(?:\s+(?:me|us|my\s+[\w'’-]+|our\s+[\w'’-]+|the\s+[\w'’-]+))?(?:\s*\([^()]{1,20}\))?"
               r"(?:\s+(?:today|yesterday|earlier|this morning|this afternoon|last week|in court(?: today)?|at (?:drop-in|the [\w'’-]+)))?"
               r"|(?:['’]s|\s+is|\s+was|\s+were|\s+are)\s+asking(?:\s+(?:me|us))?|wants?\s+to\s+know|wanted\s+to\s+know|(?:rang|called|emailed|messaged)\s+(?:me\s+)?asking)")
_RELAY_OPENING = re.compile(rf"^(?P<pre>[^?]{{0,60}}?(?:^|[-–—,:;.]\s*|\s))(?P<relay>{_RELAYER}\s*{_RELAY_VERB})\s+"
                            r"(?P<q>(?:what|what's|whats|how|who|whom|whose|which|when|where|why|whether|if|about)\b.+|['‘\"“].+)$"
                            # (or what they want: "my head of service wants the key findings from ...")
                            rf"|^(?P<pre2>[^?]{{0,60}}?(?:^|[-–—,:;.]\s*|\s))(?P<relay2>{_RELAYER}\s*(?:wants|needs|is after|['’]s after|asked (?:me |us )?for))\s+"
                            r"(?P<q2>(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:findings|recommendations|priorities|learning|lessons|figures?|numbers?|"
                            r"list|breakdown|signs|definition|details|summary|outcomes?)\b.+)$", re.I | re.S)
#: a closing remark after a relayed question, about the relayer or the asker: "she wants to
#: raise it at the FGB", "he'd seen a number somewhere", "i wasnt sure myself", "anyone
#: know?", "in words she'd get pls"
_RELAY_REMARK = re.compile(r"\b(?:i|i'm|i’m|im|i'd|i’d|i've|my|me|we|our|us|he|she|they|he's|she's|they're|he'd|she'd|his|her|their|him|them)\b"
                           r"|^\s*(?:any\s*one|anybody|any ideas|ta|thanks|cheers|pls|please)\b", re.I)
#: a reported question with a noun phrase before its verb "to be": "what the partnership's
#: priorities are in harrow", "who the chair of the board was"
_NP_WORD = (r"(?!(?:said|says|say|saying|thinks?|reckons?|told|tells?|did|does|do|has|have|had|can|could|should|would|will|"
            r"is|are|was|were|what|who|which|how|where|when|why|and|or|but)\b)[\w'’/&]+(?:-[\w'’/&]+)*")
_REPORTED = re.compile(r"^(?P<wh>what|who|which\s+(?!of\b)[\w'’-]+|where|when)\s+"
                       rf"(?P<np>(?:the|a|an|his|her|their|its|harrow['’]s|[\w-]+['’]s)(?:\s+{_NP_WORD}){{1,8}}?)\s+(?P<v>is|are|was|were)\b(?P<rest>[^?]*)", re.I)
#: a reported question about what a source said or found: "what the child M review said about"
_PAST_BASE = {"said": "say", "found": "find", "concluded": "conclude", "recommended": "recommend", "thought": "think",
              "decided": "decide", "meant": "mean", "showed": "show", "suggested": "suggest", "identified": "identify"}
_PRESENT_BASE = {"says": "say", "finds": "find", "concludes": "conclude", "recommends": "recommend", "thinks": "think",
                 "shows": "show", "means": "mean", "suggests": "suggest", "identifies": "identify"}
_REPORTED_SAID = re.compile(r"^(?P<wh>what|how|why|which\s+(?!of\b)[\w'’-]+)\s+"
                            rf"(?P<np>(?:the|a|an|his|her|their|its|harrow['’]s|[\w-]+['’]s)(?:\s+{_NP_WORD}){{1,6}}?)\s+"
                            r"(?P<verb>" + "|".join(list(_PAST_BASE) + list(_PRESENT_BASE)) + r")\b", re.I)
#: a reported question with a modal after its subject: "who they can ring", "what she should do"
_REPORTED_MODAL = re.compile(r"^(?P<wh>what|who|where|how|when|which\s+(?!of\b)[\w'’-]+)\s+(?P<np>i|you|we|they|he|she|it|people|parents|schools|staff)\s+"
                             r"(?P<v>can|could|should|would|will|must|need to|have to|has to|ought to)\s+", re.I)
#: "what it's called when ..." -> "what is it called when ..."
_REPORTED_IT = re.compile(r"^(?P<wh>what|how)\s+it(?:['’]s|\s+(?P<v>is|was))\s+", re.I)
#: a closing check on how many there are, which the list answers: "what are the three?"
_COUNT_ECHO = re.compile(r"^\s*(?:so\s+)?(?:what|which)\s+(?:are|were|r)\s+(?:the|they|those)\s+(?:two|three|four|five|six|seven|\d)\s*\??\s*$", re.I)
#: what the relayer says the answer is for: "she says it's for the FGB in 2022"
_SAYS_FOR = re.compile(r"^\s*(?:she|he|they|my head|the head)\s+(?:says?|said)\s+(?:it['’]?s|it is|it was|that['’]?s)\s+for\b[^?]*$", re.I)
_FILLER_REMARK = re.compile(r"^\s*(?:any\s*one|anybody|does anyone|any ideas)\b[^?]{0,20}\?\s*$", re.I)


def strip_relay(question: str) -> str:
    """``question`` without saying who put it to the asker ("a foster carer asked me whether
    kids who run off get someone to talk to when they're back" -> "whether kids who run off
    ..."; "the guardian's asking what the review said about ..." -> "what did the review say
    about ...?", a reported question put back in a question's word order; "my head of
    service wants the key findings from ..." -> "what are the key findings from ...?"), and
    without closing remarks about that person or the asker ("... attendance panels. she
    wants to raise it at the FGB", "... anyone know?", "she says it's for the FGB in
    2022"). A plural group that asked is the question's subject and is kept ("how many
    parents asked whether ...?", "young people asked the board ..."), as is a relay after
    a question word ("what do care leavers want to know about ...?"). The relayer's words
    ("foster carer", "governor", "custody sgt") say who asked, not what about, and pull
    retrieval towards passages about foster carers, governors and custody; "FGB" in a
    remark is a name the documents never use and gets the question refused.

    A remark is dropped only when it asks and scopes nothing (no question word, no digit,
    no "only"/"not"/"split": :data:`_SCOPING`), and the relayed question keeps four words.
    A quoted question ("a year 10 asked me 'what actually counts as modern slavery?'") is
    taken from inside its quotes.

    Args:
        question: the (redacted) question, one line.

    Returns:
        the relayed question, or ``question`` unchanged.
    """
    m = _RELAY_OPENING.match(question.strip())
    asked = m and (m.group("q") or m.group("q2"))
    pre = (m.group("pre") or m.group("pre2") or "") if m else ""
    if not asked or len(asked.split()) < 4 or "?" in pre:
        return question
    relay = m.group("relay") or m.group("relay2") or ""
    head = re.sub(r"\s*(?:\([^()]*\))?\s*(?:has\s+|just\s+)?(?:asked|asking|wants?|wanted|needs|is after|['’]s after|rang|called|emailed|messaged|is|are|was|were|['’]s)\b.*$", "",
                  relay, flags=re.I | re.S).split()
    if (not re.search(r"\b(?:asked|asking|emailed|messaged|rang|called)\s+(?:me|us|my|our)\b|['’]s\s+asking|\bis\s+asking|\bwants?\s+to\s+know|\bwanted\s+to\s+know", relay, re.I)
            and not re.match(r"\s*(?:a|an|the|my|our|one of|this|that)\b", relay, re.I)
            and head and re.search(r"(?:people|children|ss|[^s]s)$", head[-1], re.I)):
        # (a group that asked is the question's subject: "parents asked whether the plan
        # had helped - how many said yes?", "young people asked the board what it was doing")
        return question
    if (re.search(rf"\b(?:{_WH_ALTERNATIVES}|tell me|list|give me|name|did|does|do|is|are|was|were|any)\b", pre, re.I)
            or re.search(rf"\b(?:{_WH_ALTERNATIVES}|tell me|list|give me)\b", relay, re.I)):
        # (the asking is the question: "how many parents asked whether the plan had
        # helped?", "what do care leavers want to know about ...?", "which young people
        # asked whether they could chair their own review?")
        return question
    if m.group("q2") and re.search(rf"\s[-–—:]\s+{_WH_WORDS}\b", asked, re.I):
        # (what they want, then the question: "my head of service wants a number for a
        # councillor briefing - how many kids ...?" asks the question)
        return question
    out = re.sub(r"^about\s+", "", asked.strip(), flags=re.I)
    if m.group("q2"):
        # (what they want, asked: "my head of service wants the key findings from the child M
        # review" -> "what are the key findings from the child M review?")
        out = "what are " + out
    out = re.sub(r"[\s,.;-]+(?:pls|plz|please|thanks|thank you|ta|cheers|x)\s*([?.!]?)\s*$", r"\1", out, flags=re.I)
    quoted = re.match(r"^['‘\"“](?P<inner>.{6,}?)['’\"”](?=\s|$|[?.!,;])(?P<tail>.*)$", out, re.S)
    if quoted:
        out = (quoted.group("inner").strip() + " " + quoted.group("tail").strip()).strip()
    # closing remarks: sentences after the first that ask and scope nothing
    sentences = re.split(r"(?<=[.?!])\s+", out)
    while len(sentences) > 1:
        last = sentences[-1]
        if _FILLER_REMARK.match(last) or _COUNT_ECHO.match(last) or _SAYS_FOR.match(last) or (_RELAY_REMARK.search(last) and not _SCOPING.search(re.sub(r"\bfor\b", " ", last))
                                          and not re.search(r"\?", last)):
            sentences.pop()
            continue
        break
    out = " ".join(sentences)
    # (a remark after a dash or comma: "... compared to the council - she's convinced it's
    # peanuts", "which workshops ran ..., she wants to follow a couple up")
    dashed = re.match(r"^(?P<q>.{12,}?)(?:\s[-–—]\s+|,\s+)(?P<r>[^-–—,?]{3,80})$", out, re.S)
    if (dashed and _RELAY_REMARK.search(dashed.group("r")) and (not _SCOPING.search(dashed.group("r")) or _SAYS_FOR.match(dashed.group("r")))
            and not re.match(r"\s*(?:and|or|but|in|at|on|from|by|with|during)\b", dashed.group("r"), re.I)):
        out = dashed.group("q").strip()
    # (a reported question is put back in a question's word order: "what the partnership's
    # priorities are in harrow" -> "what are the partnership's priorities in harrow", "what
    # it's called when ..." -> "what is it called when ...")
    out = _REPORTED_IT.sub(lambda m_: f"{m_.group('wh')} {'was' if (m_.group('v') or '').lower() == 'was' else 'is'} it ", out, count=1)
    out = _REPORTED.sub(lambda m_: f"{m_.group('wh')} {m_.group('v')} {m_.group('np')}{m_.group('rest')}", out, count=1)
    # ("who they can ring if ..." -> "who can they ring if ...")
    out = _REPORTED_MODAL.sub(lambda m_: f"{m_.group('wh')} {m_.group('v')} {m_.group('np')} ", out, count=1)
    # ("what the child M review said about ..." -> "what did the child M review say about ...")
    out = _REPORTED_SAID.sub(lambda m_: f"{m_.group('wh')} {'does' if m_.group('verb').lower().endswith('s') and m_.group('verb').lower() not in _PAST_BASE else 'did'} "
                                        f"{m_.group('np')} {_PAST_BASE.get(m_.group('verb').lower(), _PRESENT_BASE.get(m_.group('verb').lower(), m_.group('verb')))}",
                             out, count=1)
    # (a reported question ends as a sentence: "how many people came to the conference.")
    out = re.sub(r"[.!]?\s*$", "?", out, count=1) if re.match(_WH_WORDS + r"\b", out, re.I) and not out.rstrip().endswith("?") else out
    return out if len(out.split()) >= 4 else question


#: a child of the asker's casework in a scene set before the question: a redacted name, an
#: age in brackets or after a comma ("Minh (16)", "Ivy, 3,"), "15yo", "a 9 year old"
_CASE_SCENE = CASEWORK_SCENE
#: a question that leans on its scene: "what did the learning say families like that need?"
_LEANS_ON_SCENE = re.compile(r"\b(?:that|this|these|those|they|them|their|it|its|he|she|his|her|him|such|similar|like (?:that|this|hers|his|theirs))\b", re.I)


def strip_scene(question: str) -> str:
    """``question`` without a scene from the asker's casework set before it ("Strategy
    meeting - Minh (16) found by police at a cannabis grow above a shop. which other
    sectors does the gov page say people are forced to work in?" -> "which other sectors
    does the gov page say people are forced to work in?"): the case's details pull
    retrieval and sentence choice towards their own words ("police", "shop"). Only a
    scene naming a child of the asker's work (a redacted name, an age: :data:`_CASE_SCENE`)
    before a question of five words or more that does not lean on it ("... families like
    that") goes.

    Args:
        question: the (redacted) question, one line.

    Returns:
        the asking clauses (:func:`~assistant.answer.question_shape.asking_clauses`), or
        ``question`` unchanged.
    """
    asking = asking_clauses(question)
    if asking == [question] or len(asking) != 1:
        return question
    ask = asking[0]
    # (the asking clause ends the message: not "..., by how much did ... go up, and what %
    # of victims ...?", whose second question asking_clauses does not keep)
    scene = question[:question.rfind(ask)] if ask in question and question.rstrip(" ?.!").endswith(ask.rstrip(" ?.!")) else ""
    if (not scene or "?" in scene or not _CASE_SCENE.search(scene) or len(ask.split()) < 5
            or _LEANS_ON_SCENE.search(re.sub(r"\b(?:what|which) (?:does|did|do) (?:the|this|that) \w+", " ", ask))):
        return question
    return ask


#: an aside after the question about the asker: "what were the key findings? hv, one of
#: the kids was on my caseload years ago"
_ASIDE = re.compile(r"^(?P<q>.+\?)\s*(?P<aside>[^?]{3,200})$", re.S)
_ASKER = re.compile(r"\b(?:i|i'm|i’m|im|i've|i’ve|my|me|we|we're|our|us)\b", re.I)
#: what keeps an aside: it scopes or shapes the answer ("need the 2019-20 figure", "only
#: the ones in schools", "split by age")
_SCOPING = re.compile(r"\d|\b(?:only|just|specifically|particularly|especially|in particular|per|split|breakdown|broken down|"
                      r"by (?:age|gender|ethnicity|school|category|year|month)|for|which|what|how|who|when|where|why|want|"
                      # (not a need to act on the answer: "I need to invite her to a strat")
                      r"need(?!\s+to\s+(?:invite|contact|email|e-mail|ring|call|phone|speak|talk|tell|let|ask|send|book|meet|refer|chase|get hold)\b)|"
                      r"not|apart|except|excluding|including|compared|vs|versus|rather|"
                      # (a thing to look for: "any parent ratings?")
                      r"any|anything)\b", re.I)


#: a closing remark saying what the asker needs the answer for ("... - doing a briefing
#: for front door staff", "...? prepping a session for new DSLs")
_PURPOSE_ASIDE = re.compile(r"^(?P<q>.{10,}?)(?:\?\s*|\s[-–—]\s+|,\s+)(?P<aside>(?:i'm\s+|im\s+|i’m\s+|am\s+|just\s+)?(?:doing|writing|prepping|preparing|"
                            r"putting together|planning|running|delivering|giving|updating|drafting|making|"
                            # (the answer going into it: "- putting them in our staff briefing")
                            r"(?:putting|adding|using|including|dropping|popping|sticking)\s+(?:them|it|this|these|those|that|the list|the figures?)\s+(?:in|into|on|to|for))"
                            r"\s+(?:a|an|the|my|our|some)\s+"
                            r"(?:[\w'’-]+\s+){0,2}?(?:briefing|training|session|presentation|report|slides?|handout|leaflet|newsletter|"
                            r"bulletin|induction|assembly|lesson|workshop|inset)\b[^?]{0,80})$", re.S | re.I)


#: what the answer is for, named closing the question without a verb: "give me the main
#: signs of modern slavery for an ED staff briefing", "... for the exec"
_FOR_PURPOSE = re.compile(r"^(?P<q>.{10,}?)\s+(?P<aside>for\s+(?:a|an|the|my|our|a quick|tomorrow['’]s|next week['’]s)\s+(?:[\w'’&-]+\s+){0,3}?"
                          r"(?:briefing|presentation|slides?|slide deck|poster|newsletter|handout|leaflet|bid|funding bid|board paper|paper|"
                          r"team meeting|supervision|induction|assembly|lesson|workshop|inset|quiz|exec|execs|"
                          # (a report to a body, not the report asked about: "for the governors report")
                          r"(?:governors['’]?|governing body|trustees['’]?|board|exec|slt|head['’]?s)\s+report)\b)\s*[?.!]?\s*$", re.S | re.I)


#: the form the asker wants the answer in, after the question: "what are the signs someone's
#: in modern slavery? want a checklist for our youth workers" (its form and audience, not
#: its topic: the audience's words pulled a single sentence over the signs' list)
_WANT_FORM = re.compile(r"^(?P<q>.{10,}?\?)\s*(?P<aside>(?:i\s+|we\s+)?(?:just\s+)?(?:want|need|wanted|needed|after|looking for|would like|i'd like|i’d like)\s+"
                        r"(?:a|an|some|the)\s+(?:quick\s+|short\s+|simple\s+|handy\s+)?"
                        r"(?:checklist|list|summary|crib sheet|cheat sheet|one[- ]pager|overview|handout|poster)"
                        r"(?:\s+(?:for|to give|to share with|to send|to hand out to|to hand)\s+(?:[\w'’&-]+\s*){1,4})?)\s*[.!]?\s*$", re.S | re.I)


#: where the asker will use the answer, closing the question: "signs of modern slavery to
#: look out for on patrol", "... when i'm on home visits" (their working day, not the topic)
_AT_WORK = re.compile(r"\s+(?:(?:when|while|whilst)\s+(?:i'm|i’m|im|i am|we're|we are|out)\s+)?"
                      r"(?:on|out on)\s+(?:a\s+|my\s+|the\s+|our\s+)?(?:patrols?|shifts?|the beat|beat|duty|home visits?|visits|rounds|the doors)"
                      r"\s*\??\s*$", re.I)


#: what the asker will do with the answer, closing it: "any parent ratings i can quote",
#: "figures we can use" (their use of it, not its topic)
_TO_QUOTE = re.compile(r"\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:can|could)\s+(?:quote|cite|use|reference|put in|include|list|mention)"
                       r"(?:\s+(?:it|them|this))?(?=\s*[?.!]?\s*$|\s+[-–—:]\s)", re.I)


#: the source named after what is asked, closing it: "list the signs of modern slavery the
#: govt site gives", "the priorities that the report lists" (where, not what)
_SOURCE_CLAUSE = re.compile(r"\s+(?:that\s+|which\s+)?(?:the|their|our)\s+(?:govt|government|gov\.uk|gov uk|home office|official|annual|harrow|hscb|board|partnership|learning)?\s*"
                            r"(?:site|website|web\s?site|web\s?page|page|pages|guidance|report|sheet|learning sheet|document|doc)\s+"
                            r"(?:gives|lists|says|mentions|sets out|describes|names|covers|has|shows|picks out|highlights)"
                            r"(?=\s*[?.!]?\s*$|\s+[-–—:]\s)", re.I)


#: a closing "is that on purpose?" after a why question
_ON_PURPOSE = re.compile(r"(?:[,;]|\s[-–—]|\?)\s*(?:and\s+|so\s+)?(?:is|was|are|were)\s+(?:that|this|it|they)\s+"
                         r"(?:on\s+purpose|deliberate|intentional|intended|by\s+design|a\s+(?:choice|strategy|policy))\s*\??\s*$", re.I)


def strip_aside(question: str) -> str:
    """``question`` without a closing remark about the asker after its question mark ("what
    were the key findings? hv, one of the kids was on my caseload years ago" -> "what were
    the key findings?"), or one saying what the answer is for, after a question mark, dash
    or comma ("signs of slavery to look out for - doing a briefing for front door staff"
    -> "signs of slavery to look out for"), or where the asker will use it ("... to look
    out for on patrol"), which pulls retrieval and sentence choice
    towards its own words ("caseload", "kids", "front door"). A closing remark that scopes
    the answer (a date, "only ...", "split by age", "need the raw number", a place) or
    asks something is kept.

    Args:
        question: the (redacted) question, one line.

    Returns:
        the question without the remark, or ``question`` unchanged.
    """
    on_purpose = _ON_PURPOSE.search(question)
    if on_purpose and re.match(r"\s*why\b", question, re.I):
        # "why have we got a lot of kids on CP plans but few in care - is that on purpose?"
        # asks why: whether it was meant is what the reason says
        question = question[:on_purpose.start()].rstrip(" ,;-–—") + "?"
    source = _SOURCE_CLAUSE.search(question)
    if source and len(question[:source.start()].split()) >= 3:
        question = question[:source.start()] + question[source.end():]
    quote = _TO_QUOTE.search(question)
    if quote and len(question[:quote.start()].split()) >= 4:
        question = question[:quote.start()] + question[quote.end():]
    at_work = _AT_WORK.search(question)
    if at_work and len(question[:at_work.start()].split()) >= 3:
        question = question[:at_work.start()] + ("?" if question.rstrip().endswith("?") else "")
    m = _PURPOSE_ASIDE.match(question.strip())
    # (not one that goes on to ask: "is it 'Board' or 'Partnership'? doing a court report
    # and want to say when the partnership arrangements took over from the board")
    if m and not re.search(r"\d", m.group("aside")) and not named_places(m.group("aside")) \
            and not re.search(r"\b(?:what|which|who|whom|when|where|why|how)\b", m.group("aside"), re.I):
        # "signs of modern slavery to look out for - doing a briefing for front door staff":
        # what the answer is for, not what it is about
        return m.group("q").strip()
    m = _WANT_FORM.match(question.strip())
    if m and not re.search(r"\d", m.group("aside")) and not named_places(m.group("aside")):
        # "what are the signs ...? want a checklist for our youth workers": the form wanted
        return m.group("q").strip()
    m = _FOR_PURPOSE.match(question.strip())
    if m and not re.search(r"\d", m.group("aside")) and not named_places(m.group("aside")):
        rest = m.group("q").strip()
        # (with the remark it closed, after the question: "who are the three partners?
        # want to get it right for my induction slides")
        said = re.match(r"^(?P<q>.+\?)\s*(?P<remark>[^?]{1,80})$", rest, re.S)
        # (not one that scopes it: "... ? need his name and job title for our governors report")
        if said and not re.search(r"\d|\b(?:what|which|who|how|when|where|why|only|not|except|apart)\b", said.group("remark"), re.I) \
                and not re.search(r"\bneed(?:ed|s)?\b(?!\s+to\b)", said.group("remark"), re.I):
            return said.group("q").strip()
        return rest + ("?" if question.rstrip().endswith("?") else "")
    m = _ASIDE.match(question.strip())
    if not m:
        return question
    aside = m.group("aside")
    if ((case_names(m.group("q")) or asked_cases(m.group("q"))) and CASE_PEOPLE.search(aside) and len(aside.split()) <= 10
            and not _SCOPING.search(aside) and not named_places(aside)):
        # the reviewed case recalled after the question: "what did the family A safeguarding
        # adult review find? mum hoarding, kids at home" asks the review's findings, not
        # passages about mothers and home (sixty-fifth session)
        return m.group("q").strip()
    if not _ASKER.search(aside) or _SCOPING.search(aside) or named_places(aside):
        return question
    return m.group("q").strip()


#: "what do ECINS and VVE (actually) stand for?": two acronyms asked about at once
_TWO_ACRONYMS = re.compile(r"^(?P<pre>.*?\bwhat\s+(?:do|does|did)\s+(?:the\s+)?)(?P<a>[A-Z][A-Z0-9&]{1,9})s?\s+(?:and|&)\s+(?:the\s+)?"
                           r"(?P<b>[A-Z][A-Z0-9&]{1,9})s?\s+(?P<post>(?:\w+\s+)?(?:stand for|mean)\b.*)$", re.S)

#: "how much did police/MOPAC and the CCG each put in?": one question asked of two parties
_EACH = re.compile(r"^(?P<pre>.*?\b(?:how (?:much|many)|what)\b[^?]*?\b(?:did|do|does|was|were|is|are|has|have)\s+)"
                   r"(?P<a>(?:the\s+)?[\w/&'’-]+(?:\s+[\w/&'’-]+)?)\s+(?:and|&)\s+(?P<b>(?:the\s+)?[\w/&'’-]+(?:\s+[\w/&'’-]+)?)"
                   r"\s+each\s+(?P<post>.+)$", re.I | re.S)

#: "how much did the police and ccg put in together?": a sum asked of two payers at once
#: (asked of each: the documents give each payer's row, not their total)
_TOGETHER = re.compile(r"^(?P<pre>.*?\bhow much\s+(?:money\s+|cash\s+|funding\s+)?(?:did|do|does|have|has)\s+)"
                       r"(?P<a>(?:the\s+)?[\w/&'’-]+(?:\s+[\w/&'’-]+){0,3})\s+(?:and|&)\s+(?P<b>(?:the\s+)?[\w/&'’-]+(?:\s+[\w/&'’-]+){0,3}?)"
                       r"\s+(?P<post>(?:contribute|give|pay|put|chip|fund|provide|donate)\b[^?]*?)"
                       r"\s*,?\s+(?:together|between them|combined|altogether|in total|all together)\s*(?P<end>\??)\s*$", re.I | re.S)

#: "what did the ccg put in compared with the council?": what one party did, set against
#: another named last (not a benchmark: "compared with the England average")
_COMPARED = re.compile(r"^(?P<pre>.*?\b(?:did|does|do|was|were|is|are|has|have)\s+)(?P<subj>(?:the\s+)?[\w/&'’-]+)(?P<post>\s+.+?)"
                       r"\s*,?\s+(?:compared (?:with|to)|vs\.?|versus|as against)\s+(?P<other>(?:the\s+)?[\w/&'’-]+(?:\s+[\w/&'’-]+)?)\s*\??$", re.I | re.S)
#: what a benchmark is, not a party: "compared to the national average", "vs last year"
_BENCHMARK = re.compile(r"\b(?:average|national|england|london|uk|country|year|years|neighbou?rs?|rest|others?|before|previous|last|"
                        r"target|pandemic|covid|lockdown|boroughs?|areas?|regions?)\b", re.I)


#: two noun phrases with the same head noun asked for by one question word: "whats the
#: modern slavery helpline number, and the crimestoppers number if ...?"
_SAME_HEAD = re.compile(r"^(?P<ask>(?:[^?]{3,80}?\s[-–—:]\s+)?(?:what|which)(?:'s|’s|s|\s+is|\s+are|\s+was|\s+were)?\s+)"
                        r"(?P<np1>(?:the|their|its)\s+(?:[\w'’/-]+\s+){1,4}?(?P<head>number|phone number|email|address|website|name|"
                        r"figure|total|percentage|rate|budget|timescale|date|role)s?)\s*,?\s+(?:and|&|plus)\s+"
                        r"(?P<np2>(?:the|their|its)\s+(?:[\w'’/-]+\s+){1,4}?(?P=head)s?\b[^?]*\??)$", re.I)


#: a comparison word asked between two things
_MORE = r"(?:more|less|fewer|bigger|higher|larger|greater|smaller|lower)"
#: words of paying in: "who put in more money, the met or the ccg?"
_PAY_VERB = r"(?:put in|put into|paid|pay|gave|give|contributed|contribute|chipped in|chip in|funded|fund|spent|spend)"
#: "which was bigger, the police contribution or the CCG's?", "which had more missing
#: children, black or white?", "who put in more money, the met or the ccg?"
_WHICH_OF_TWO = re.compile(rf"^(?P<pre>(?:[^?]{{3,80}}?\s[-–—:]\s+)?){_LEAD}(?:which|who|what)(?:\s+(?!(?:was|is|were|are|had|has)\b)[\w-]+){{0,2}}?\s+"
                           rf"(?P<verb>was|is|were|are|had|has|saw|got|attended|made|received|recorded|reported|{_PAY_VERB})\s+(?:the\s+)?{_MORE}\b(?P<noun>(?:\s+(?!or\b)[\w'’/-]+){{0,4}}?)"
                           rf"\s*(?:,|:|\s[-–—])\s*(?P<a>(?:the\s+)?[\w'’/&-]+(?:\s+(?!or\b)[\w'’/&-]+){{0,5}}?)\s+or\s+"
                           rf"(?P<b>(?:the\s+)?[\w'’/&-]+(?:\s+[\w'’/&-]+){{0,5}}?)\s*\??\s*$", re.I)
#: "did the police or the CCG pay more into the budget?"
_DID_EITHER = re.compile(rf"^(?P<pre>(?:[^?]{{3,80}}?\s[-–—:]\s+)?)(?:did|do|does)\s+(?P<a>(?:the\s+)?[\w'’/&-]+(?:\s+[\w'’/&-]+){{0,3}}?)\s+or\s+"
                         rf"(?P<b>(?:the\s+)?[\w'’/&-]+(?:\s+[\w'’/&-]+){{0,3}}?)\s+(?P<verb>{_PAY_VERB})\s+(?:the\s+)?{_MORE}\b(?P<rest>[^?]*?)\s*\??\s*$", re.I)
#: "were there more initial or review conferences in 2019-20?"
_MORE_THERE = re.compile(rf"^(?P<pre>(?:[^?]{{3,80}}?\s[-–—:]\s+)?)(?:were|was|are|is)\s+there\s+{_MORE}\s+(?P<a>[\w'’/&-]+(?:\s+[\w'’/&-]+){{0,3}}?)\s+or\s+"
                         r"(?P<b>[\w'’/&-]+(?:\s+[\w'’/&-]+){0,3}?)(?P<rest>\s+(?:in|during|for|at|on|by|from|over|between|across)\s+[^?]+?)?\s*\??\s*$", re.I)


#: "which went up more in 2020-21 - MASH contacts or the number of children on CP plans?",
#: "which rose faster, DA referrals or MASH contacts?"
_WHICH_CHANGED = re.compile(rf"^(?P<pre>(?:[^?]{{3,80}}?\s[-–—:]\s+)?){_LEAD}(?:which|what)(?:\s+(?:one|figure|number))?\s+"
                            r"(?P<verb>went up|rose|increased|grew|went down|fell|dropped|decreased|declined|changed)\s+"
                            r"(?:the\s+)?(?:more|most|faster|fastest|further|by more|by most|less|least)\b(?P<period>(?:\s+(?:in|during|over|for|between|from|since)\s+[^,:;?]*?)?)"
                            r"\s*(?:,|:|\s[-–—])\s*(?P<a>(?:the\s+)?[\w'’/&-]+(?:\s+(?!or\b)[\w'’/&-]+){0,6}?)\s+or\s+"
                            r"(?P<b>(?:the\s+)?[\w'’/&-]+(?:\s+[\w'’/&-]+){0,6}?)\s*\??\s*$", re.I)
_CHANGE_VERB = {"went up": "go up", "rose": "go up", "increased": "go up", "grew": "go up", "went down": "go down", "fell": "go down",
                "dropped": "go down", "decreased": "go down", "declined": "go down", "changed": "change"}


def _possessed(b: str, a: str) -> str:
    """``b`` with the head noun it elides after a possessive filled in from ``a``: ("the
    CCG's", "the police contribution") -> "the CCG's contribution"."""
    words = a.split()
    if re.search(r"['’]s?$", b) and len(words) > 1 and not re.search(r"['’]s?$", words[-1]):
        return f"{b} {words[-1]}"
    return b


def comparison_parts(text: str) -> list[str] | None:
    """The two questions a comparison between two named things asks, ``None`` if ``text``
    is not one. A comparison is answered by both figures, so it is asked of each:

    * "which was bigger, the police contribution or the CCG's?" -> ``["what was the police
      contribution?", "what was the CCG's contribution?"]``;
    * "which had more missing children, black or white?" -> ``["how many missing children
      black?", "how many missing children white?"]``;
    * "who put in more money, the met or the ccg?" and "did the police or the CCG pay more
      into the budget?" -> ``["how much money did the met put in?", ...]``;
    * "were there more initial or review conferences in 2019-20?" -> ``["how many initial
      conferences were there in 2019-20?", "how many review conferences were there in
      2019-20?"]`` (a head noun the first elides is taken from the second).

    The chain answers such a question only when it can answer both parts
    (:meth:`assistant.chain.Assistant._answer_parts`): one figure does not compare."""
    text = text.strip()
    m = _WHICH_OF_TWO.match(text)
    if m:
        pre, verb, noun = m.group("pre"), m.group("verb").lower(), m.group("noun").strip()
        a, b = m.group("a").strip(), _possessed(m.group("b").strip(), m.group("a").strip())
        if re.fullmatch(_PAY_VERB, verb, re.I):
            return [f"{pre}how much {noun + ' ' if noun else ''}did {x} {verb}?" for x in (a, b)]
        if verb in ("was", "is", "were", "are"):
            if noun or len(re.sub(r"^the\s+", "", a, flags=re.I).split()) < 2:
                # ("which was more common, physical abuse or neglect?", "which is higher -
                # harrow or london?": what is measured is not named)
                return None
            lead = re.match(r"(?:the\s+)?(?:number|no\.?|percentage|%|proportion|rate|amount)\s+of\s+", a, re.I)
            if lead and not re.match(r"(?:the\s+)?(?:number|no\.?|percentage|%|proportion|rate|amount)\b", b, re.I):
                b = f"{lead.group(0)}{b}"  # "the number of primary schools or secondary schools"
            return [f"{pre}what {verb} {x}{' ' + noun if noun else ''}?" for x in (a, b)]
        if not noun:
            return None
        # ("which had more missing children, black or white?"; "which agency attended more
        # meetings, the police or the ccg?")
        return [f"{pre}how many {noun} {x}{'' if verb in ('had', 'has', 'saw', 'got') else ' ' + verb}?" for x in (a, b)]
    m = _WHICH_CHANGED.match(text)
    if m:
        # (each figure's change: "by how much did MASH contacts go up in 2020-21?")
        verb = _CHANGE_VERB[m.group("verb").lower()]
        period = m.group("period").strip()
        return [f"{m.group('pre')}by how much did {x.strip()} {verb}{' ' + period if period else ''}?" for x in (m.group("a"), m.group("b"))]
    m = _DID_EITHER.match(text)
    if m:
        a, b = m.group("a").strip(), m.group("b").strip()
        return [f"{m.group('pre')}how much did {x} {m.group('verb')}{m.group('rest')}?" for x in (a, b)]
    m = _MORE_THERE.match(text)
    if m:
        a, b, rest = m.group("a").strip(), m.group("b").strip(), m.group("rest") or ""
        if len(a.split()) == 1 and len(b.split()) > 1:
            a = f"{a} {b.split()[-1]}"  # "initial or review conferences": initial conferences
        return [f"{m.group('pre')}how many {x} were there{rest}?" for x in (a, b)]
    return None


def _compared_parts(text: str) -> list[str] | None:
    """The two questions of "what did <A> <do> compared with <B>?", ``None`` if ``text``
    is not one: "hscb budget 20-21: what did the ccg put in compared with the council?" ->
    ``["hscb budget 20-21: what did the ccg put in?", "hscb budget 20-21: what did the
    council put in?"]``. A benchmark after "compared with" (:data:`_BENCHMARK`: "the
    England average", "last year") is no second party."""
    m = _COMPARED.match(text)
    if not m or _BENCHMARK.search(m.group("other")) or m.group("subj").lower() in ("it", "they", "this", "that", "there", "we", "you", "i"):
        return None
    first = f"{m.group('pre')}{m.group('subj')}{m.group('post')}"
    if PERIOD.fullmatch(m.group("other").strip(" ?")):
        # a period compared with another: "how many children did CAMHS see in 2019-20
        # compared with 2020-21?" asks the same of each period
        said = list(PERIOD.finditer(first))
        if not said:
            return None
        return [f"{first}?", f"{first[:said[-1].start()]}{m.group('other').strip(' ?')}{first[said[-1].end():]}?"]
    return [f"{first}?", f"{m.group('pre')}{m.group('other')}{m.group('post')}?"]


def question_parts(question: str) -> list[str]:
    """Split a question that asks several things into standalone questions.

    * "what is a LADO? who is harrow's LADO?" -> ``["what is a LADO", "who is harrow's
      LADO?"]``;
    * a topic set before the question is kept in every part: "VAH numbers - how many
      sessions did they run, and how many organisations got support?" -> ``["VAH numbers
      - how many sessions did they run", "VAH numbers - how many organisations got
      support?"]``;
    * an elided noun is restored from the next part: "how many primary and how many
      secondary schools does harrow have?" -> ``["how many primary schools does harrow
      have?", "how many secondary schools does harrow have?"]``;
    * a later part that points back ("and how old was she?", "and how many were from
      care?") keeps the first part before it as scene-setting: "where was serena from and
      how old was she?" -> ``["where was serena from", "where was serena from - how old
      was she?"]``.

    Only clauses that each open with a question word are split ("what were the findings
    and recommendations?" is one question); at most :data:`MAX_PARTS` parts.

    Args:
        question: the (redacted) question, one line.

    Returns:
        the parts, in order; ``[question]`` when it asks one thing.
    """
    # (a comma inside brackets does not end a part: "(Amira's family, 3 kids) and ...")
    masked = mask_bracketed_commas(question)
    if masked == question:
        parts = _question_parts(question)
    else:
        parts = _question_parts(masked)
        parts = [question] if parts == [masked] else [unmask_bracketed_commas(p) for p in parts]
    # (the year of a figure asked after it is the figure's own: "how many cases were
    # reported in the UK, and for what year?" is one question, its answer dated)
    kept = [p for i, p in enumerate(parts) if not (i and _YEAR_OF_IT.match(p) and re.search(r"\bhow (?:many|much)\b|\bwhat (?:%|percent|proportion|number|figure)", parts[i - 1], re.I))]
    return kept if len(kept) > 1 else ([question] if len(kept) < len(parts) else parts)


#: a part asking only the year of the figure before it: "for what year?", "in which year
#: is that?", "what year is it for?"
_YEAR_OF_IT = re.compile(r"^\s*(?:and\s+)?(?:(?:in|for|from)\s+)?(?:what|which)\s+(?:year|period|date)"
                         r"(?:\s+(?:is|was)\s+(?:it|that|this|the figure)(?:\s+(?:for|from))?)?\s*\?*\s*$", re.I)


def _question_parts(question: str) -> list[str]:
    text = question.strip()
    m = _TWO_ACRONYMS.match(text)
    if m:
        # "what do ECINS and VVE stand for?" asks two things
        return [f"{m.group('pre')}{m.group(a)} {m.group('post')}" for a in ("a", "b")]
    compared = comparison_parts(text) or _compared_parts(text)
    if compared:
        return compared
    m = _EACH.match(text)
    if m:
        # "how much did police/MOPAC and the CCG each put into the budget?" asks it of each
        return [f"{m.group('pre')}{m.group(x)} {m.group('post')}" for x in ("a", "b")]
    m = _TOGETHER.match(text)
    if m:
        # "how much did the police and ccg put in together?": each payer's sum
        return [f"{m.group('pre')}{m.group(x)} {m.group('post')}{m.group('end')}" for x in ("a", "b")]
    m = _SAME_HEAD.match(text)
    if m:
        # "whats the modern slavery helpline number, and the crimestoppers number?" asks
        # for two numbers
        return [f"{m.group('ask')}{m.group('np1')}", f"{m.group('ask')}{m.group('np2')}"]
    topic = ""
    # a closing aside says where to look: "... live here? (at a glance page of the report)"
    m = re.match(r"^(?P<rest>.+\?)\s*\((?P<aside>[^()?]{3,80})\)\s*\.?$", text, re.S)
    aside = m.group("aside").strip() if m else ""
    if m:
        text = m.group("rest").strip()
    m = _LIST_THEN_WHICH.match(text)
    if m:
        # a list asked for, then which of its items: "list the Family A findings - which one
        # is about home schooling?" asks for the list and for the item
        return [m.group("list").strip(), f"{m.group('list').strip()} - {m.group('which').strip()}"]
    m = _TOPIC.match(text)
    if m and re.search(rf"(?:\d|{_MONTHS})$", m.group("topic"), re.I) and re.match(rf"(?:\d|{_MONTHS})", m.group("rest"), re.I):
        m = None  # a date range, not a topic: "MASH contacts for april 20 - march 21, ..."
    if m and not re.match(rf"{_WH_WORDS}\b", m.group("topic"), re.I) and "?" not in m.group("topic"):
        topic, text = m.group("topic").strip(), m.group("rest").strip()
    # a statement before the question: "Fredek was promised a factory wage. What was he
    # told he could earn, and what was he actually paid?"
    # (or: "... tying him down with soft stuff. did anyone flag it, and where should ...?")
    # (the question may open with its own scope: "... board meetings. in the 2020-21
    # attendance appendix how many of the 4 HSCB meetings did primary schools attend, ...")
    # (or its source: "... According to the police data in the report, what proportion ...")
    m = re.match(rf"^(?P<topic>[^?]{{3,160}}?)[.!]\s+(?P<rest>(?:(?:in|for|about|on|from|regarding|at|by|during|over)\s+[^?,.]{{3,60}}?\s+(?={_WH_WORDS}\b)"
                 rf"|according to\s+[^?,.]{{3,60}}?,?\s+(?={_WH_WORDS}\b))?"
                 rf"(?:{_LEAD}{_WH_WORDS}\b|{_YES_NO}).+)$", text, re.I)
    # (a statement of three words or more: not "Thanks.", "Ok. So." or "Approx.")
    if m and not re.match(rf"{_WH_WORDS}\b", m.group("topic"), re.I) and len(re.findall(r"\w+", m.group("topic"))) >= 3:
        topic = f"{topic} - {m.group('topic').strip()}" if topic else m.group("topic").strip()
        text = m.group("rest").strip()
    # a leading phrase naming the topic: "in the child M CSPR what was used to restrain him,
    # and how many professionals flagged it?"
    m = re.match(rf"^(?P<topic>(?!out of interest\b)(?:in|for|about|on|re|regarding|from|of|among|amongst|out of)\s+[^?,]{{3,60}}?)\s+(?P<rest>{_WH_WORDS}\b.+)$", text, re.I)
    # (a relative clause after it asks nothing: "of the kids who stopped being in care,
    # what share ...?")
    relative = bool(m) and not topic and re.match(r"(?:who|whose|which|where|when)\b", m.group("rest"), re.I) is not None
    if m and not topic:
        topic, text = m.group("topic").strip(), m.group("rest").strip()
    # a topic before a comma: "the social worker in schools project, when did it kick off
    # and how many SWs are on it?"
    # (or before a clause opening with its own scope: "updating the permanency tracker for
    # our CLA team, of the children who left care in 2019/20 what % returned home ...")
    m = re.match(rf"^(?P<topic>[^?,]{{3,160}}?),\s*(?P<rest>(?!(?:and|also|but|then|plus)\b)"
                 rf"(?:(?:in|for|about|on|from|regarding|of|among|amongst)\s+[^?,.]{{3,60}}?\s+(?=(?:what|which|how many|how much)\b))?"
                 rf"{_LEAD}{_WH_WORDS}\b.+)$", text, re.I)
    if m and not re.match(rf"{_WH_WORDS}\b", m.group("topic"), re.I):
        topic = f"{topic} - {m.group('topic').strip()}" if topic else m.group("topic").strip()
        text = m.group("rest").strip()
    if aside:
        topic = f"{topic} - {aside}" if topic else aside
    items = _NOUN_LIST.split(text.strip().rstrip("?").strip())
    if (topic and 2 <= len(items) <= MAX_PARTS and all(_NOUN_ITEM.fullmatch(i.strip()) for i in items)
            and any(_CONTACT_NOUN.search(i) for i in items)):
        # the details of a thing named first, listed: "modern slavery helpline - number,
        # opening hours and email?" asks for each (so the one the documents lack is said
        # to be missing, not the whole refused)
        return [f"{topic} - {i.strip()}?" for i in items]
    raw = [p for p in _JOIN.split(text) if p and p.strip(" ,;-–—")]
    # question clauses in a comma list: "how many children in borough, how many primary
    # schools, and how many secondary schools?" (each clause of three words or more)
    # (not after a clause saying when or where: "when covid hit bed capacity, what did they
    # set up?" asks one thing)
    raw = [c for p in raw for c in (_COMMA_CLAUSES.split(p) if re.match(rf"{_LEAD}{_WH_WORDS}\b", p, re.I) and not relative
                                     and not re.match(r"(?:when|where)\s+(?!(?:did|does|do|is|was|are|were|will|would|has|have|had|can|could|should)\b)", p, re.I)
                                     and all(len(c.split()) >= 3 for c in _COMMA_CLAUSES.split(p)) else [p])]
    for k in range(len(raw) - 2, 0, -1):
        if re.search(r"\s[-–—]\s*$", raw[k]) and not re.match(rf"{_LEAD}{_WH_WORDS}\b", raw[k], re.I):
            # a scene set between two clauses belongs to the next: "what does TARA stand for?
            # the glasgow service for trafficked women - and what age do they support from?"
            raw[k:k + 2] = [f"{raw[k].strip()} {raw[k + 1].strip()}"]
    pieces = [re.sub(r"(?:\s+(?:and|&|also|plus|vs\.?|versus))+$", "", p.strip(" ,;-–—"), flags=re.I) for p in raw]
    # (a clause asking for a count by its noun only after a first clause that is itself a
    # noun phrase or a question: "MASH contacts for 2020-21, and no. of kids on CP plans?")
    counted = len(pieces) >= 2 and all(re.match(rf"{_COUNT_NOUN}\s", p, re.I) for p in pieces[1:])
    # (a first clause asked as a bare noun phrase: "crimestoppers number? and is the
    # helpline 24hrs?")
    noun_asked = re.match(r"^[^?]{3,160}\?\s", text) is not None
    # (or a contact detail named bare: "crimestoppers number and what is Operation Encompass?")
    contact_first = len(pieces) >= 2 and re.fullmatch(r"(?:the\s+)?[\w'’ -]{2,40}?\s+(?:phone\s+|contact\s+|tel(?:ephone)?\s+)?"
                                                      r"(?:number|no\.?|email(?:\s+address)?|website|contact details)", pieces[0].strip(), re.I) is not None
    if (len(pieces) < 2 or len(pieces) > MAX_PARTS
            or not all((re.match(rf"{_LEAD}{_WH_WORDS}\b", p, re.I) or counted or re.match(rf"{_COUNT_NOUN}\s", p, re.I)
                        or (not k and re.match(_YES_NO, p, re.I)) or (k and re.match(rf"(?:and\s+)?{_YES_NO_LATER}", p, re.I))
                        # (a yes/no question of its own after a question mark: "what is MARAC
                        # exactly? and did DA referrals into the mash go up or down?")
                        # (naming its own subject: "and does harrow have one?" points back)
                        or (k and re.match(_THEIR_REQUEST, p, re.I))
                        or (k and re.match(rf"and\s+{_YES_NO}", raw[k], re.I) and len(raw) == len(pieces)
                            and not re.search(r"\b(?:one|ones|it|its|they|them|their|this|that|these|those|he|she|his|her|him)\b", raw[k], re.I))
                        or (k and re.match(_SCENE_ASK, p, re.I)) or (k and re.match(_SCOPED_ASK, p, re.I))
                        or (k and re.match(rf"(?:and\s+)?{_SAME_AS}", p, re.I))
                        or (k and re.match(_ELIDED_ASK, p, re.I))
                        # a first clause whose question word comes after a few words: "police
                        # figures said what % of victims were male? and what arrest rate ...?"
                        or (not k and re.match(rf"(?:[\w'’%-]+\s+){{1,4}}?(?:what|which|how many|how much)\b", p, re.I))
                        # (or its scope first: "in the 2020-21 attendance appendix how many ...")
                        or (not k and re.match(rf"(?:in|for|about|on|from|regarding|at|by|during|over|of|among|amongst)\s+[^?,.]{{3,60}}?\s+(?:what|which|how many|how much)\b", p, re.I))
                        or (not k and noun_asked)
                        # (or a contact detail named bare: "crimestoppers number and what is
                        # Operation Encompass?")
                        or (not k and contact_first)
                        # (a first clause whose question the next repeats, elided: "hscb
                        # attendance is counted out of how many meetings, and the hssp ...")
                        or (not k and re.match(_ELIDED_ASK, pieces[-1], re.I) and re.search(r"\bhow (?:many|much)\b", p, re.I))
                        # a first clause asking by a request: "need harrow's overall population
                        # and where it sits on deprivation"
                        # (or a formal one: "Kindly advise the total income ... and how much the CCG
                        # contributed.")
                        or (not k and re.match(r"(?:i\s+)?(?:need|want|looking for|after|give me|tell me|can i (?:get|have))\s+\S"
                                               r"|(?:kindly|please)\s+(?:advise|tell me|give me|provide|share|confirm|state)\s+\S", p, re.I)))
                       # (a bare "how many" after a topic: "nrm referrals for 20/21 - how many,
                       # and how many got a positive decision?")
                       and len(p.split()) >= (2 if counted or (not k and (noun_asked or topic or contact_first)) else 3) for k, p in enumerate(pieces))):
        return [question]
    # a lead word is not part of the question ("roughly what's ..." asks "what's ...")
    pieces = [re.sub(rf"^(?:(?:roughly|approx\.?|approximately|so|ok|okay|just|quickly|basically|also|and|but|then|separately|secondly|lastly|finally)\s+"
                     rf"|while\s+(?:i['’]?m|i am|we['’]re|we are)\s+(?:at it|there|on it|here),?\s+)+(?={_WH_WORDS}\b|{_YES_NO_LATER})",
                     "", p, flags=re.I) for p in pieces]
    pieces = pieces[:1] + [re.sub(_THEIR_REQUEST, "what is ", re.sub(rf"^and\s+(?={_YES_NO})", "", p, flags=re.I), count=1, flags=re.I)
                           if re.match(_THEIR_REQUEST, p, re.I) else re.sub(rf"^and\s+(?={_YES_NO})", "", p, flags=re.I)
                           for p in pieces[1:]]
    # an elided noun: "how many primary" + "how many secondary schools does harrow have?"
    for i in range(len(pieces) - 2, -1, -1):
        here, nxt = _HEAD.match(pieces[i]), _HEAD.match(pieces[i + 1])
        if (here and nxt and not here.group("tail") and here.group("head").lower() == nxt.group("head").lower()
                and nxt.group("tail")
                # (not a question of its own: "How many CLA? How many on CP plans?")
                and not re.search(re.escape(pieces[i].strip()) + r"\s*\?", text)):
            tail = nxt.group("tail")
            if re.search(r"[a-z]{2}(?<!s)s$", here.group("word"), re.I):
                # a noun of its own ("how many groups and how many individual people did they
                # help?"): only the verb phrase is shared
                verb = re.search(r"\b(?:did|do|does|were|was|are|is|have|has|had|got|get|went|came|received|attended|took)\b.*", tail, re.I)
                tail = verb.group(0) if verb else tail
            pieces[i] = f"{pieces[i]} {tail}"
    # a date closing the last part scopes every part that names none: "number of children
    # on CP plans and number of LAC as at 31 march 2021?"
    # (only parts asking for a count by its noun: a date moved into a question clause
    # would scope what the document gives undated)
    m = _CLOSING_DATE.search(pieces[-1])
    # (or by "how many" and its noun alone: "how many cp plans and how many lac at 31/3/21?")
    if m and all(re.match(rf"{_COUNT_NOUN}\s", p, re.I) or re.fullmatch(r"how many\s+(?:[\w'’-]+\s*){1,4}\??", p.strip(), re.I)
                 and not re.search(r"\b(?:were|was|are|is|did|do|does|had|have|has|got|get|went|came)\b", p, re.I)
                 for p in pieces[:-1]):
        pieces = [p if k == len(pieces) - 1 or re.search(r"\b(?:19|20)\d{2}\b|\b\d{2}[-/]\d{2}\b", p)
                  else f"{p.rstrip(' ?')} {m.group(1)}" for k, p in enumerate(pieces)]
    parts: list[str] = []
    for i, p in enumerate(pieces):
        if parts and SOURCE_Q.search(p) and len(p.split()) <= 8:
            # "estimated no. of people in slavery worldwide? where's the figure from" asks
            # where the first part's figure comes from: one question, answered with its source
            parts[-1] = f"{parts[-1].rstrip(' ?')} - {p}"
            continue
        # (a pronoun in an aside after a comma does not point back: "what does ECINS stand
        # for, keep seeing it")
        same = re.match(rf"(?:and\s+)?(?P<thing>{_SAME_AS})", p, re.I) if i else None
        head, dated = _COUNT_HEAD.match(pieces[0]), _DATED_AT.search(pieces[0])
        if (same and head and dated and dated.start() > head.end()
                and not re.match(r"(?:and\s+)?(?:from|to|by|for|in|on|at|of|with|over|during)\b", p, re.I)
                and not re.search(r"\b(?:were|was|are|is|did|do|does|had|have|has|took|got)\b", pieces[0][head.end():dated.start()], re.I)):
            # "how many cp plans at 31/3/21? and lac at the same date" asks "how many lac at
            # 31/3/21": the first part's question and date around the new thing (not when
            # the first part says more of it: "what % of icpcs were in timescale in 2019-20?
            # and review conferences over the same period")
            thing = re.sub(r"\s+(?:at|for|on|in|over|by|from|as at|as of)\s+the same\s+\w+$", "", same.group("thing"), flags=re.I)
            parts.append(f"{head.group(0)} {thing.strip()} {dated.group(0)}")
            continue
        if (i and (_points_back(re.split(r",\s*(?!(?:and|or)\b)", p, maxsplit=1)[0]) or _ELLIPTIC.match(p)
                   or re.match(_ELIDED_ASK, p, re.I)
                   or re.match(rf"(?:and\s+)?{_SAME_AS}", p, re.I) or _within_first(p, pieces[0]))
                # (a first part that itself points back to the topic, and says little else,
                # names nothing the later one could point to: "heard harrow put SWs into
                # schools - when did that start and how many SWs are on it?"; not "... -
                # what was he told he'd earn vs what he actually got?")
                and not (topic and _points_back(pieces[0]) and len(_content_words(pieces[0])) <= 1)
                and not re.fullmatch(r"how (?:many|much)", pieces[0].strip(), re.I)):
            first = pieces[0].rstrip('?')
            if _NORM_ASKED.search(p):
                # (what should happen holds in any year: "how many children went missing in
                # 2019-20 and how quickly are they meant to get a return home interview?"
                # asks the second of missing children, not of 2019-20)
                first = _PERIOD_IN.sub("", first)
            p = f"{first} - {p}"
        parts.append(f"{topic} - {p}" if topic else p)
    return parts


#: a part asking what should happen (a norm, not a period's fact): "how quickly are they
#: meant to get a return home interview?"
_NORM_ASKED = re.compile(r"\b(?:meant to|supposed to|should|must|expected to|ought to|have to|has to|need to|needs to)\b", re.I)
#: a reporting period or date in a clause: " in 2019-20", " at 31 March 2021", " during 2020/21"
_PERIOD_IN = re.compile(r"\s+(?:in|for|during|over|at|as at|as of|by)\s+(?:the\s+)?(?:(?:financial|reporting)\s+)?(?:year\s+)?"
                        r"(?:\d{4}(?:\s*[-/–]\s*\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b", re.I)


_MARKER = re.compile(r"\[(\d+)\]")


def _segments(text: str) -> list[tuple[str, str, int | None]]:
    """``text`` cut after each citation marker (and the punctuation stuck to it):
    ``(separator before, segment, marker number or None)``."""
    out: list[tuple[str, str, int | None]] = []
    pos = 0
    for m in _MARKER.finditer(text):
        end = m.end()
        while end < len(text) and not text[end].isspace():
            end += 1  # "... full name [1])." keeps ")." with its marker
        chunk = text[pos:end]
        body = chunk.lstrip()
        out.append((chunk[:len(chunk) - len(body)], body, int(m.group(1))))
        pos = end
    rest = text[pos:]
    if rest.strip():
        body = rest.lstrip()
        out.append((rest[:len(rest) - len(body)], body, None))
    return out


def merge_answers(question: str, answers: Sequence[Answer], retrieved: Sequence[Passage] | None = None) -> Answer:
    """One answer from the answers to a question's parts.

    The answered parts' texts are kept in order with their citations renumbered; a quote
    already cited for an earlier part is not repeated (a longer quote of the same passage
    replaces a shorter one in place). A part the documents do not answer is said to be
    unanswered, without echoing it (it may carry personal details).

    Args:
        question: the whole question.
        answers: one :class:`~ingest.models.Answer` per part, in order.
        retrieved: passages to report (default: the first answered part's); passages the
            parts' citations come from are added.

    Returns:
        the merged :class:`~ingest.models.Answer`, ``extra["parts"]`` the number of parts,
        ``extra["p_unsupported"]`` the least supported answered part's (see
        :func:`_merged_extra`); ``not_found`` (the first part's refusal) when no part is
        answered.
    """
    answered = [a for a in answers if a.status == "answered"]
    if not answered:
        first = answers[0]
        return Answer(question, first.status, first.answer, [], list(retrieved or first.retrieved),
                      extra={**first.extra, "parts": len(answers)})
    cites: list[Citation] = []   # merged, in order of first use
    segs: list[list] = []        # [separator, text, index into cites or None]
    for a in answered:
        by_n = {c.n: c for c in a.citations}
        for sep, body, n in _segments(a.answer):
            c = by_n.get(n) if n is not None else None
            if c is None:
                segs.append([sep, body, None])
                continue
            # (the same words in another document, a learning sheet repeating the annual
            # report, are not quoted twice either)
            # (the same words however their apostrophes are typed: the PDF's "LA’s" is the
            # Markdown's "LA's")
            dup = next((k for k, o in enumerate(cites) if quote_key(c.quote) in quote_key(o.quote)), None)
            if dup is not None:
                continue  # already quoted for an earlier part
            wider = next((k for k, o in enumerate(cites) if o.source == c.source and o.quote in c.quote), None)
            if wider is not None:
                # the earlier part quoted less of the same passage: the longer quote takes
                # its place
                cites[wider] = c
                for seg in segs:
                    if seg[2] == wider:
                        seg[1] = body
                continue
            at = body.find(c.quote)
            prefix = body[:at] if at > 0 else ""
            if prefix.endswith(": ") and any(seg[1].startswith(prefix) for seg in segs):
                # a heading already shown for an earlier part ("Fredek from Hungary: ...")
                # is not repeated
                body = body[at:]
            cites.append(c)
            segs.append([sep, body, len(cites) - 1])
    if not segs:
        return answered[0]
    citations = [Citation(n=k + 1, source=c.source, title=c.title, section=c.section, page=c.page, quote=c.quote,
                          date=c.date, page_end=c.page_end) for k, c in enumerate(cites)]
    pieces = []
    for k, (sep, body, idx) in enumerate(segs):
        if idx is not None:
            m = list(_MARKER.finditer(body))[-1]
            body = body[:m.start()] + f"[{idx + 1}]" + body[m.end():]
        pieces.append((sep if k else "") + body)
    text = ""
    for k, p in enumerate(pieces):
        if k and not p[:1].isspace():
            p = ("\n" if "\n" in pieces[k - 1] or "\n" in p else " ") + p  # the first segment of a later part
        text += p
    missing = len(answers) - len(answered)
    if missing:
        text += ("\n" if "\n" in text else " ") + unanswered_note(answers)
    shown = list(retrieved if retrieved is not None else answered[0].retrieved)
    have = {p.chunk.id for p in shown}
    for a in answered:
        for p in a.retrieved:
            if p.chunk.id not in have and any(c.source == p.chunk.source and c.quote in p.chunk.text for c in citations):
                shown.append(p)
                have.add(p.chunk.id)
    return Answer(question, "answered", text, citations, shown, extra=_merged_extra(answers, answered))


_ORDINALS = ("first", "second", "third", "fourth", "fifth")



def unanswered_note(answers: Sequence[Answer]) -> str:
    """The note closing a merged answer that names, by position, the parts the documents
    do not answer, and what they lack when the refusal said (``extra["missing"]``): "(The
    indexed documents do not answer the second part of this question: they do not give a
    telephone number for this.)". The part itself is not echoed: it may carry personal
    details.

    Args:
        answers: one answer per part, in order; at least one ``not_found``.

    Returns:
        the note, one line in brackets.
    """
    refused = [(k, a) for k, a in enumerate(answers) if a.status != "answered"]
    if len(refused) > 1:
        named = ", ".join(_ORDINALS[k] if k < len(_ORDINALS) else f"part {k + 1}" for k, _ in refused[:-1])
        last = refused[-1][0]
        return (f"(The indexed documents do not answer the {named} and {_ORDINALS[last] if last < len(_ORDINALS) else f'part {last + 1}'} "
                f"parts of this question.)")
    k, a = refused[0]
    where = _ORDINALS[k] if k < len(_ORDINALS) else f"number {k + 1}"
    lack = str(a.extra.get("missing") or "").strip()
    return (f"(The indexed documents do not answer the {where} part of this question"
            + (f": they do not give {lack}.)" if lack else ".)"))


def _merged_extra(answers: Sequence[Answer], answered: Sequence[Answer]) -> dict:
    """The first answered part's ``extra``, with ``parts`` and, when the support check
    scored any part, ``p_unsupported`` of the least supported *answered* part and
    ``p_unsupported_parts`` (one value or ``None`` per part, in order)."""
    extra = {**answered[0].extra, "parts": len(answers)}
    per_part = [a.extra.get("p_unsupported") for a in answers]
    given = [p for a, p in zip(answers, per_part) if a.status == "answered" and p is not None]
    extra.pop("p_unsupported", None)
    if given:
        extra["p_unsupported"] = max(given)
    if any(p is not None for p in per_part):
        extra["p_unsupported_parts"] = per_part
    return extra

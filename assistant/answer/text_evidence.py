"""What a piece of document text gives, read by pattern: figures, sums, phone numbers,
people's names, places, dates and timed events; and the question patterns those tests are
paired with ("how many ...", "how much ...", a phone number or a year asked for).

Shared by the scorer (:mod:`assistant.answer.extractive`) and the refusal rules
(:mod:`assistant.answer.refusal_rules`): a quote "gives a figure" or "names a person" by the
same tests in both. Pure, regex-based functions and patterns; thread-safe.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.answer.question_shape import asking_clauses
from assistant.glossary import CONNECTORS
from assistant.keywords import PERIOD, analyze, periods
from assistant.safety import common_words, given_names


# a figure ("198", "9,971", "£28,427", "13.8%", "twelve"); not the 19 of "Covid-19"
NUMBER = re.compile(r"(?<![\w.])(?<!covid-)(?<!covid )(?:£\s?)?\d[\d,]*(?:\.\d+)?\s?%?"
                     r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                     r"thirty|forty|fifty|hundred|thousand|dozen|half|twice|a third|a quarter)\b", re.I)


#: a span of time, which is not a count ("in the past three years", "over 12 months")
_SPAN = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:years?|months?|weeks?|days?|hours?)\b", re.I)


#: an age or age band, which is not a count ("care leavers aged 17 and 18", "those aged
#: 19-21", "up to the age of 21", "16-year-olds")
_AGE = re.compile(r"\b(?:aged?|ages)\s+(?:of\s+|between\s+|from\s+)?\d{1,2}(?:\s*(?:-|–|to|and|or)\s*\d{1,2})?(?!\d)"
                  r"|\b\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?[\s-]*(?:years?|yrs?)[\s-]*olds?\b", re.I)


#: a day of a month, which is not a count ("31/03/2020", "31st March 2021", "March 31")
_MONTHS = r"(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?"
_DAY = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b"
                  rf"|\b\d{{1,2}}(?:\s?(?:st|nd|rd|th))?\s+(?:of\s+)?(?:{_MONTHS}|may\s+(?:19|20)\d{{2}}\b)"
                  rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s*\d)", re.I)


def count_figures(text: str) -> list[str]:
    """The figures in ``text`` that could count something, in order of occurrence: every
    :data:`NUMBER` match except years ("2021"), reporting periods ("2019/20"), spans of
    time ("three years"), ages ("aged 19-21"), days of a month ("31/03/2020", "31st March")
    and percentages ("13.8%").

    "there were 194 young people who had recently left Harrow's care" gives ``["194"]``;
    "little difference for Harrow care leavers aged 17 and 18" gives ``[]``.
    """
    text = _AGE.sub(" ", _SPAN.sub(" ", PERIOD.sub(" ", _DAY.sub(" ", text))))
    return [n for n in NUMBER.findall(text)
            if not n.strip().endswith("%") and not re.fullmatch(r"(19|20)\d{2}", n.strip(" ,"))]


NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z'’]+)+\b")


#: a sentence giving when a service is open
#: how often something happens: "monthly", "every six weeks", "once a term", "4 times a year"
FREQUENCY = re.compile(r"\b(daily|weekly|fortnightly|monthly|bi-?monthly|quarterly|termly|annually|yearly|every\s+\w+|"
                       r"each\s+(day|week|month|year|term|quarter)|once a \w+|twice a \w+|\d+\s+times|"
                       r"(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times|regularly|"
                       r"on a (?:daily|weekly|monthly|quarterly|termly|regular) basis)\b", re.I)
HOURS = re.compile(r"\b24 hours\b|\b24/7\b|\b24 hour\b|\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\bmonday to (?:friday|sunday)\b|\bopen (?:every|7|seven)\b", re.I)


_CONNECTIVES = CONNECTORS | {"a", "an"}


#: a question asking how soon something happens
_TIME_Q = re.compile(r"\bhow (?:many|long|soon|quickly)\b|\btimescales?\b|\btime ?frames?\b|\bdeadline\b"
                     r"|\bwithin (?:how|what)\b|\bby when\b|\bby what time\b", re.I)


#: what such a question times: "must [a strategy discussion] be held", "should [the first
#: CLA review] take place"
_TIMED_EVENT = re.compile(r"\b(?:must|should|has to|have to|needs? to|shall|will)\s+(?:the |a |an |their |his |her |its )?"
                          r"(?P<event>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:be\s+)?(?:held|take place|happen|sent|completed|"
                          r"convened|seen|visited|reviewed|allocated|started|done|undertaken|initiated|booked|arranged|"
                          # (who must be told: "how long after a missing episode should the police be
                          # notified?") (sixty-fifth session)
                          r"carried out|offered|made|notified|informed|told|contacted|alerted)\b", re.I)


#: the same with the event before the verb ("how quickly does a strategy discussion have to
#: be held?") or as the object of what must be done ("... must the partners complete a
#: Rapid Review?", "how long do we have to send their CP file over?")
_TIMED_EVENT_BEFORE = re.compile(r"\b(?:does|do|did|is|are)\s+(?:the |a |an |their |his |her |its )?"
                                 r"(?P<event>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:have to|has to|need to|needs to|got to)\s+(?:be\s+)?"
                                 r"(?:held|take place|happen|sent|completed|convened|seen|visited|reviewed|allocated|started|done|"
                                 r"undertaken|initiated|booked|arranged|carried out|offered|made|reach|arrive|received|shared)\b", re.I)


#: ... or after "how long till": "how long till [the first review cp conference] has to happen?"
_TIMED_TILL = re.compile(r"\bhow long (?:till|until|til)\s+(?:the |a |an |their |his |her |its )?"
                         r"(?P<event>(?:[\w'’-]+\s+){0,4}?[\w'’-]+?)(?=\s+(?:has to|have to|must|should|needs? to|is|are|can|will|"
                         r"takes? place|happens?|be)\b|\s*[?,.]|\s*$)", re.I)


_TIMED_OBJECT = re.compile(r"\b(?:must|should|has to|have to|needs? to|got to)\s+(?:[\w'’-]+\s+){0,3}?"
                           r"(?:complete|send|hold|convene|submit|share|transfer|finish|arrange|book|pass on|hand over|keep|retain|store|make|reach|"
                           r"issue|write|produce|return|"
                           # (who a case goes to: "how quickly do i have to refer to the LADO after an
                           # allegation?") (sixty-fifth session)
                           r"(?:refer|report|escalate|pass)(?:\s+(?:it|them|this|that|him|her))?\s+(?:on\s+)?to|notify|inform|contact|alert|tell)\s+"
                           r"(?:the |a |an |their |his |her |its |our |my )?(?P<event>(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)"
                           r"(?=\s+(?:over|on|across|to|by|within|after|before|in|and(?!\s+famil)|or|for|under|from|at|once|when|if)\b|\s*[?,.]|\s*$)", re.I)


#: what a case must wait for: "how long does a cp plan have to be open before it goes to
#: [the practice panel]?", "how long before it is escalated to [the LADO]?" (sixty-fifth
#: session, the threshold question)
_TIMED_ONWARD = re.compile(r"\bhow long\b[^?]{0,80}?\bbefore\s+(?:it|they|he|she|the case|a case|the plan|this)?\s*(?:automatically\s+|is\s+|are\s+|gets?\s+|has to\s+|must\s+)?"
                           r"(?:goes|go|referred|escalated|escalates|moves|passed|passes|sent|taken|brought)\s+(?:up\s+|on\s+|back\s+)?(?:to|before|into)\s+"
                           r"(?:the |a |an )?(?P<event>(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s+(?:for|after|when|if|in|on|by|as)\b|\s*[?,.]|\s*$)", re.I)


#: what a "how long does X last?" question times: "how long does [an emergency protection
#: order] last", "how long do [the sessions] run for"
_LASTING = re.compile(r"\bhow long (?:does|do|did|will|would|can|could|is|are)\s+(?:the |a |an |their |his |her |its |our )?"
                      r"(?P<event>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:last|lasts|run|take|stay|remain|go on|continue|be in place|be valid)\b", re.I)


#: what "the timescale for X" times: "the timescale in Working Together for holding [a
#: strategy discussion] after a s47 referral"
_TIMESCALE_FOR = re.compile(r"\b(?:timescales?|time ?frames?|deadline)\s+(?:(?:in|under|per|according to)\s+(?:[\w'’-]+\s+){1,4}?)?(?:for|to)\s+"
                            r"(?:(?:holding|convening|completing|sending|doing|having|getting|starting|arranging|booking|the|a|an)\s+)*"
                            r"(?P<event>(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s+(?:after|following|once|when|within|in|for|to|on|by|under)\b|\s*[?,.]|\s*$)", re.I)


def timed_event(asked: str) -> str | None:
    """The event a timescale question (:data:`_TIME_Q`) times, or ``None``: "within how
    many days must an ICPC be held?" -> "ICPC"; "how quickly does a strategy discussion
    have to be held?" -> "strategy discussion"; "... must the partners complete a Rapid
    Review?" -> "Rapid Review"; "how long do we have to send their CP file over?" ->
    "CP file"; "how long does an emergency protection order last?" -> "emergency protection
    order"."""
    if not _TIME_Q.search(asked):
        return None
    for pat in (_TIMED_ONWARD, _TIMED_EVENT_BEFORE, _TIMED_EVENT, _TIMED_OBJECT, _LASTING, _TIMESCALE_FOR, _TIMED_TILL):
        m = pat.search(asked)
        if m and m.group("event").lower() not in ("be", "it", "they", "this", "that"):
            # (the event, not what is done to it: "the timescale for getting an icpc
            # held" times the ICPC)
            return re.sub(r"(?<=\S)\s+(?:held|done|completed|sent|arranged|booked|convened|started|finished|organised|organized|set up|carried out)$",
                          "", m.group("event"), flags=re.I)
    return None


#: a post someone holds, at the end of a role or before "of ..." ("the chair of the hscb")
POST_WORD = re.compile(r"\b(?:chair|chairs|manager|director|nurse|doctor|officer|lead|head|scrutineer|commissioner|"
                   r"inspector|worker|advisor|adviser|coordinator|co-ordinator|lado|dsl|iro|dcs)(?:\s*\??$|\s+(?:of|at|for|in)\b)", re.I)


#: names of a safeguarding partnership's governing body, used interchangeably
BOARD_STEMS = frozenset(analyze("board partnership hscb hsp hssp lscb scb"))


def spelled_out(acronym: str, text: str) -> bool:
    """Whether ``text`` holds a run of words whose initials (connectives such as "and",
    "of" skipped, or kept) are ``acronym``: "black and minority ethnic" spells out BME,
    "social workers in schools" SWIS."""
    return bool(spelling(acronym, text))


def spelling(acronym: str, text: str) -> list[str]:
    """The first run of words of ``text`` spelling out ``acronym`` (:func:`spelled_out`),
    lower-cased; ``[]`` if none: ``spelling("CP", "keep child protection files")`` ->
    ``["child", "protection"]``."""
    target = acronym.lower().rstrip("s") if len(acronym) > 3 else acronym.lower()
    words = re.findall(r"[a-z][a-z'’]*", text.lower())  # "anti-social" gives two initials
    n = len(target)
    for i, w in enumerate(words):
        if w[0] != target[0] or w in _CONNECTIVES:
            continue
        # connectives skipped ("Black and Minority Ethnic"), or counted when the acronym
        # keeps them ("Social Workers In Schools" = SWIS)
        for skip in (True, False):
            initials, run = "", []
            for v in words[i:i + 2 * n + 1]:
                run.append(v)
                if skip and v in _CONNECTIVES:
                    continue
                initials += v[0]
                if len(initials) == n:
                    break
            if initials == target:
                return run
    return []


def plain_form(text: str) -> str:
    """``text`` lower-cased without apostrophes or quote marks ("Child ‘M’s" -> "child ms"),
    for matching names however they are quoted."""
    return re.sub(r"['‘’]", "", text).lower()


#: a month's name, whole or shortened ("March", "Sept"; not "May", which is also a name):
#: a date, not a place or organisation ("as at March 2021", "between Sept 2020 and ...")
MONTH_NAME = re.compile(r"(?:January|February|March|April|June|July|August|September|October|November|December|"
                        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")
#: a capitalised name after a preposition ("in Manchester", "does Hillingdon"): what a
#: question is scoped to (a month is a date: "as at March 2021")
PROPER_AFTER = re.compile(r"\b(?:in|at|for|from|across|of|about|by|on(?: a)?|does|do)\s+"
                          # (a school year is no name: "about Year 9 pupils", sixtieth session)
                          r"(?P<n>(?!" + MONTH_NAME.pattern + r")(?!Year\s+\d)[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})*)")


#: demonyms ending in -i ("a Bangladeshi family"), which name no place the corpus must use
_I_DEMONYMS = frozenset("Afghani Azerbaijani Bahraini Bangladeshi Bengali Emirati Gujarati Iraqi Israeli Kuwaiti Malawi Nepali "
                        "Omani Pakistani Punjabi Qatari Saudi Somali Yemeni Hindi Urdu Swahili Tamil Kurdi".split())


def is_demonym(word: str) -> bool:
    """Whether ``word`` names a people or a language ("English", "Nigerian", "Polish",
    "Vietnamese", "Bangladeshi", "Urdu"), which names no place the corpus must use."""
    return re.search(r"(ish|ian|ese|ean|Welsh)$", word) is not None or word in _I_DEMONYMS


#: what follows a language's name when it is the language spoken: "Urdu speaking families",
#: "a Polish interpreter", "Romanian-speaking"
_SPOKEN_AFTER = re.compile(r"\s*-?\s*(?:speaking|speakers?|interpret\w*|languages?|translat\w*)\b", re.I)


def language_spoken(text: str, name: re.Match[str]) -> bool:
    """Whether the capitalised ``name`` matched in ``text`` (group ``n``) is a language
    spoken ("interpreter for Urdu speaking families"): it scopes nothing, though "about
    Romanian children" does."""
    return is_demonym(name.group("n")) and _SPOKEN_AFTER.match(text, name.end("n")) is not None


YEAR_Q = re.compile(r"\b(?:19|20)\d{2}\b")


#: "who is harrow's director of children's services?": the role asked about
ROLE_Q = re.compile(r"^\s*who(?:'s|’s| is| was)\s+(?:the |our |their |[a-z]+['’]s )?(?P<role>[a-z][a-z\s'’&\-–—]{2,60}?)\s*\??$")
_WHO_HOLDS = re.compile(r"^\s*who\s+(?P<v>chairs|chaired|heads|headed)\s+(?P<x>(?!(?:on|for|in|at|to|it|them|this|that)\b)"
                        r"[a-z][a-z\s'’&\-–—]{2,60}?)\s*\??$")


def role_question(question: str) -> str:
    """``question`` lower-cased, with "who chairs X?" put as the role question "who is the
    chair of X?" (so :data:`ROLE_Q` reads both: "who chairs the case review subgroup?" is
    not answered by the subgroup's attendance row, which names no one)."""
    q = question.strip().lower()
    m = _WHO_HOLDS.match(q)
    if not m:
        return q
    post = "chair" if m.group("v").startswith("chair") else "head"
    return f"who {'was' if m.group('v').endswith('ed') else 'is'} the {post} of {m.group('x')}?"


def _breakdown(words: str) -> re.Pattern[str]:
    """A breakdown by ``words`` (a regex alternation): "an age split", "broken down by age"."""
    return re.compile(rf"\b(?:{words})\s+(?:breakdown|split|profile|mix)\b|\b(?:breakdown|split|broken down|break(?:ing)?\b[^?]{{0,30}}?\bdown)\b"
                      rf"[^?]{{0,60}}?\b(?:by|into)\s+(?:their\s+|the\s+)?(?:{words})\b", re.I)


#: a breakdown asked for by a dimension, and how an answer shows one: "an ethnicity
#: breakdown", "split by age", "primary vs secondary age split"
BREAKDOWNS = [
    (_breakdown(r"ethnicity|ethnic|race|racial"), re.compile(r"\bethnic|\b(?:black|asian|white|mixed|bme|bame)\b", re.I)),
    (re.compile(_breakdown(r"gender|sex").pattern + r"|\b(?:split|breakdown|ratio|divide|division)\s+(?:between|of|into)\s+(?:the\s+)?(?:boys|males?|girls|females?)\s+"
                r"(?:and|vs\.?|versus|v|to)\s+(?:the\s+)?(?:girls|females?|boys|males?)\b", re.I), re.compile(r"\b(?:gender|male|female|males|females|boys|girls|men|women)\b", re.I)),
    (_breakdown(r"age|ages|age group|age band"), re.compile(r"\b(?:age|ages|aged|years? old|under \d+|\d+\s*(?:-|to)\s*\d+\s*(?:years?|yrs)|primary|secondary)\b", re.I)),
    (_breakdown(r"school|schools"), re.compile(r"\bschool", re.I)),
    (_breakdown(r"ward|wards|area|areas|postcode|locality"), re.compile(r"\b(?:ward|wards|locality|postcode|area of)\b", re.I)),
    (_breakdown(r"religion|faith"), re.compile(r"\b(?:religio|faith|muslim|christian|hindu|jewish|sikh)", re.I)),
    (_breakdown(r"disability|disabilities|send"), re.compile(r"\bdisab|\bSEND\b|special educational", re.I)),
    (_breakdown(r"nationality|country"), re.compile(r"\bnational|\bcountr", re.I)),
    # (fifty-third session: "breakdown of MASH contacts by month", "split of CP plans by
    # category of harm")
    (_breakdown(r"month|months|monthly"), re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+(?:19|20)\d\d\b", re.I)),
    (_breakdown(r"category|categories|category of (?:harm|abuse)|type of (?:harm|abuse)|types of (?:harm|abuse)"),
     re.compile(r"\b(?:neglect|emotional abuse|physical abuse|sexual abuse|multiple categor)", re.I)),
]


#: the words a breakdown's dimension matches by itself (:data:`BREAKDOWNS`' second
#: patterns: "ethnic" of "ethnicity", "religio" of "religion"), which name no group of it:
#: "age, gender, ethnicity and ability do not discriminate" breaks nothing down
DIMENSION_WORDS = frozenset({"gender", "sex", "ethnic", "ethnicity", "age", "ages", "aged", "national", "nationality",
                             "religio", "religion", "faith"})


PHONE_Q = re.compile(r"\b(?:direct line|contact number|switchboard|landline)\b"
                     # "what is the helpline phone no.", "tel no?", "helpline contact details?"
                     r"|\b(?:phone|tel|telephone)\s*(?:no\b\.?|num\b|#)|\bcontact details\b"
                     # "is there a number to ring for advice ...?", "which number is free to call ...?"
                     r"|\bnumber (?:to|i can|we can|you can|they can|i should|we should) (?:ring|call|phone|dial)\b"
                     r"|\bwhich number\b[^?]{0,40}\b(?:ring|call|phone|dial)\b"
                     # "number for the mash - need to make a referral", "childline number", "barnardos contact no"
                     r"|\bnumber for (?:the |a |our )?(?:harrow )?(?:mash|lado|camhs|police|childline|nspcc|barnardo'?s|samaritans|crimestoppers|"
                     r"social care|children'?s (?:services|social care)|edt|emergency duty team|front door|duty team|out of hours team)\b"
                     r"(?!\s+(?:referrals?|contacts?|cases?|officers?|data|figures?|stats?)\b)"
                     r"|\b(?:childline|nspcc|barnardo'?s|samaritans|camhs|mash|lado|edt|crimestoppers|helpline|hotline)\s+(?:contact\s+|phone\s+|tel(?:ephone)?\s+)?(?:number\b|no\b\.?)(?!\s+of\b)"
                     # ("salvation army number": an organisation's number, the whole message)
                     r"|^\s*(?:the\s+)?[\w'’ -]{0,30}\b(?:army|trust|charity|foundation|society|centre|center|desk)\s+(?:contact\s+)?(?:number|no\b\.?)\s*\??\s*$"
                     # (the number OF a line: "what is the number of the Modern Slavery helpline?",
                     # not "the number of calls to the helpline")
                     r"|\bnumber (?:of|for) (?:the )?(?!(?:[\w'’-]+ ){0,3}?(?:calls?|callers?|contacts?|referrals?|reports?|cases?|people|victims?|to|from|into)\b)"
                     r"(?:[\w'’-]+ ){0,3}(?:helpline|hotline|phone ?line|advice line|crimestoppers)\b|\b(phone|telephone|helpline|hotline)\b.*\bnumber\b|\bnumber\b.*\b(to call|to ring|to phone|for|of)\b.*\b(team|service|line|office|desk|duty)\b"
                      r"|\b(what|which)(?:'s|’s| is|s) the\b(?![^?]*\b(?:recommended|maximum|max|minimum|min|total|average|ideal|expected|target|actual|real|correct|exact|true|official|overall|national|usual|typical|right|safe|agreed|statutory)\s+number\b).*\bnumber\b(?!\s+(?:of|per|in|across|each|at|during|since|between|on|who|whom|that|which|being|was|were|are|is|one|1|two|three)\b)(?!\s+and\s+(?:the\s+|what\s+is\s+the\s+)?(?:recommended|maximum|minimum|target|average|expected|national|england|london|statistical)\b)|\b(?:what|which) number (?:do|does|should|can|could|would|shall) (?:i|we|you|they|he|she|staff|parents?|(?:the |a )?(?:neighbour|member of the public|public|family|victim|child|young person)) (?:ring|call|phone|dial|use|text)\b|\bwho (?:do|should|can|could|would) (?:i|we|you|they|he|she|parents?|staff|schools?) (?:call|ring|phone)\b"
                     # ("what is the phone of the LADO?", a phone for its number, as a second language has it)
                     r"|\bwhat(?:'s|’s| is) (?:the |their |his |her |its )?(?:phone|telephone|tel)\s+(?:of|for)\b"
                     # ("where can i phone?", and as a second language has it, "where i can phone?")
                     r"|\bwhere (?:(?:do|should|can|could|would|shall) (?:i|we|you|they|he|she|parents?|staff|schools?)|(?:i|we) (?:can|should|could)) (?:call|ring|phone|telephone)\b", re.I)


PHONE_NUMBER = re.compile(r"(?<!\d)(?:\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)|\b(?:999|101|111|116\s?123)\b")


#: words that name no particular thing ("what kind of advice", "what other board", "what
#: extra jobs"): the instance answers, not the word
CLASS_WORDS = frozenset(analyze(
    "kind sort type types kinds sorts advice guidance information info number numbers age time role way ways thing "
    "things one ones percentage proportion share steps step part parts main key biggest most common other else exactly "
    "actually really specific particular new first last best extra additional more further happens happened happen "
    "current latest up to date name names term word proper right correct official technical"))


@lru_cache(maxsize=1)
def _places() -> tuple[str, ...]:
    data = yaml.safe_load((Path(__file__).resolve().parent.parent / "data" / "places.yaml").read_text(encoding="utf-8"))
    return tuple(sorted({p for names in data.values() for p in names}, key=len, reverse=True))


#: where someone came from: "just moved from croydon", "new to harrow from brent",
#: "transferred in from kent"
_CAME_FROM = re.compile(r"\b(?:move|moved|moving|moves|come|came|coming|comes|transfer|transfers|transferred|transferring|relocated|arrived|new(?:\s+to\s+[\w'’-]+)?"
                        r"|joined(?:\s+[\w'’-]+)?)\s+(?:(?:in|over|here|across|down|up)\s+)?from\s+(?P<place>[\w'’-]+(?:\s+[\w'’-]+){0,2})", re.I)


def origin_places(text: str, asking: str, counted: bool = False) -> set[str]:
    """Places ``text`` names only as where someone came from (:data:`_CAME_FROM`: "child
    just moved from croydon"), which do not scope a question: not those the asking clause
    ``asking`` names otherwise, nor, when a count is asked (``counted``), any it names at
    all ("how many children moved from brent?" is about Brent)."""
    came = {p for m in _CAME_FROM.finditer(text) for p in named_places(m.group("place"))}
    return came - set(named_places(asking if counted else _CAME_FROM.sub(" ", asking)))


def named_places(question: str) -> list[str]:
    """UK local authorities and cities named in ``question`` (any case, whole words;
    ``assistant/data/places.yaml``), longest names first, overlaps removed."""
    low = " " + re.sub(r"[^\w\s]", " ", question.lower()) + " "
    found: list[str] = []
    for place in _places():
        if f" {place} " in low and not any(place in f for f in found):
            found.append(place)
    return found


#: the asking part contrasts with somewhere else: "here", "in England", "in the UK"
_HERE = re.compile(r"\b(?:(?:over )?here|(?:in|around|across|within|throughout) (?:england|the uk|britain|great britain|the united kingdom|this country|london|harrow)"
                   r"|in the (?:english|uk|british) system|in the uk system)\b", re.I)
#: an asking part that points back to a body or scheme named before it: "how many children
#: did it protect?", "who chairs it?", "what is its budget?" (not a dummy "is it free?")
_POINTS_TO_IT = re.compile(r"\b(?:did|does|do|has|have|can|could|will|would)\s+(?:it|they)\s+(?!mean\b|say\b|work\b|stand\b)\w+|\bits\b"
                           r"|\b(?:chairs?|runs?|funds?|leads?|manages?|oversees?|protect(?:s|ed)?|support(?:s|ed)?|help(?:s|ed)?|cover(?:s|ed)?|contact|call|ring)\s+(?:it|them)\b", re.I)
#: a sentence about the system the asker trained or worked in: "in my country", "back home"
#: ("back home" as a place, "back home in Ghana we ...", not a return home: "went back home
#: to parents", "apart from going back home"; nor "at home in Harrow")
_HOME_SYSTEM = re.compile(r"\b(?:in my (?:home |own )?country|my home country|where i (?:come from|am from|trained|qualified|studied)"
                          r"|in my previous (?:country|agency)|in the country i (?:come from|trained in|worked in))\b"
                          r"|(?:^|(?<=[,.;:] )|(?<=\bwe )|(?<=\bi ))back home\b(?!\s+(?:to|with|for)\b)"
                          r"|\bback home(?=,?\s+(?:in\s+[A-Z]|we\b|i\b|they\b|people\b))", re.I)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i’m|i've|i’ve|we|we're|we’re|my|our|us|me)\b", re.I)
#: England or the UK by name: no "elsewhere" for a comparison
_THIS_COUNTRY_NAME = re.compile(r"(?:the\s+)?(?:England|UK|U\.K\.|Britain|Great Britain|United Kingdom|London|Harrow)", re.I)
#: a clause of a message: a sentence, or a part set off by a dash or semicolon
#: (a dot between digits, "31.03.20", ends none)
_CLAUSE = re.compile(r"(?:[^.!?;–—-]|(?<=\w)[–—-](?=\w)|(?<=\d)\.(?=\d))+(?:[.!?;]+|\s+[–—-]+\s+|$)")
#: a capitalised name of one to three words (a place: "South Africa", "New South Wales")
_CAPITALISED_NAME = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*){0,3}")
#: the asking part points back to what a background clause names: "who chairs it?", "what
#: is its number?", "how many are there?" (not "is there ...?"), "the Polish system"
_POINTS_BACK_TO = re.compile(
    # (a pronoun among the asking clause's first words: "who chairs it?", "what is its
    # number?", "how often does it meet?"; later it has nouns of its own to stand for, "is
    # this the first annual report, or which number is it?")
    r"^\W*(?:(?:please|kindly|advise|tell me|and|so)\W+)*(?:[\w'’-]+\s+){0,3}(?:it|its|they|them|their|theirs)\b"
    r"|\b(?:the same|over there|after that|do that|the agency"
    r"|that (?:country|state|region|city|board|agency|system|place|one|service|team|law|scheme|programme|organisation))\b"
    r"|\bthere\b(?=\s*(?:[?.!,;)]|$))|(?<!is )(?<!are )(?<!was )(?<!were )\bthere\b(?!\s+(?:is|are|was|were|'s|’s)\b)"
    # (a demonym, capitalised: "the Romanian MASH", not "what does it mean")
    # (not the UK's own: "how many were British nationals?")
    r"|(?-i:\b(?!British\b|English\b)[A-Z][a-z]+(?:ian|ish|ese|ean|i)\b)", re.I)
#: a clause saying what the question is about: "My question is about Nigeria."
_SCOPE_STATEMENT = re.compile(r"\b(?:question|query|asking|this)\s+(?:is\s+)?(?:about|regarding|concerning|for)\b|\bregarding\b|\bconcerning\b", re.I)
#: a clause that asks without a question mark: "Tell me how many ...", "Kindly advise the ..."
_ASKS = re.compile(r"^\s*(?:(?:please|kindly|so|and|but|now|also)\s*,?\s+)*(?:tell me|let me know|advise|inform me|i (?:would|'d|’d) like to know"
                   r"|i (?:want|need) to know|can you|could you|would you|list|give me|explain|describe|show me)\b", re.I)
#: a clause opening as a question, for a message with no question mark
_WH_ASKS = re.compile(r"^\s*(?:what|which|who|whom|whose|how|where|why|when|is|are|do|does|did)\b", re.I)
#: the UK's other nations, elsewhere for a comparison with England ("In Scotland we have
#: the Children's Hearings system.")
_OTHER_NATION = re.compile(r"\b(?:Scotland|Wales|Northern Ireland)\b")
#: a clause opening on a place and the asker's own practice there, for a city no ISO list
#: names: "In Toronto we call ...", "Back in Bucharest I was ..."
_IN_PLACE_WE = re.compile(r"\s*(?:(?:[Hh]ello|[Hh]i|[Hh]ey|[Dd]ear|[Gg]ood\s+(?:morning|afternoon|evening))(?:\s+(?:all|everyone|team|colleagues|there))?\s*[,!.:-]*\s*)?"
                          r"(?:[Bb]ack\s+)?[Ii]n\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),?\s+(?:[Ww]e|I)\b")
#: other names for countries than ISO 3166 gives
_COUNTRY_ALIASES = frozenset({"usa", "the usa", "us", "the us", "america", "the states", "uae", "the uae", "the philippines",
                              "the netherlands", "holland", "the gambia", "drc", "congo"})


@lru_cache(maxsize=1)
def _foreign_places() -> frozenset[str]:
    """Lower-case names of countries (ISO 3166-1: name, common and official name) and of
    their subdivisions (ISO 3166-2: "Texas", "Punjab", "Lagos"), except the UK's, from
    the ``pycountry`` package, with a few everyday names ("USA", "the States")."""
    import pycountry

    names = set(_COUNTRY_ALIASES)
    for c in pycountry.countries:
        if c.alpha_2 != "GB":
            names.update(str(getattr(c, a)).lower() for a in ("name", "common_name", "official_name") if getattr(c, a, None))
    names.update(sd.name.lower() for sd in pycountry.subdivisions if sd.country_code != "GB")
    return frozenset(names)


def names_foreign_place(text: str) -> bool:
    """Whether ``text`` names a country other than the UK, or a region of one, by a
    capitalised name (:func:`_foreign_places`): "In Zimbabwe we ...", "CPS in Texas";
    not "Brent", "Wales" or "Operation Encompass"."""
    foreign = _foreign_places()
    for m in _CAPITALISED_NAME.finditer(text):
        words = m.group(0).split()
        # (every run of its words: "In Romania" holds "Romania", "South Africa the" none)
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                name = " ".join(words[i:j]).strip(".’'").lower()
                # (a UK council that shares a foreign region's name: "Kingston")
                # (nor an acronym that spells a region's name: "our LAC going missing", Lac
                # being a province of Chad; "USA" and "UAE" are kept as everyday names)
                acronym = j - i == 1 and re.fullmatch(r"[A-Z]{2,}s?", words[i].strip(".’'")) is not None
                if (name in foreign and not named_places(name) and not (j - i == 1 and name in ("us", "the us") and words[i] != "US")
                        and not (acronym and name not in _COUNTRY_ALIASES)):
                    return True
    return False


@lru_cache(maxsize=1)
def _country_names() -> str:
    """A regex alternation of the lower-case names of countries other than the UK
    (ISO 3166-1 name and common name, :mod:`pycountry`, plus "usa", "america", "republic of
    ireland" ...), longest first."""
    import pycountry

    names = {str(getattr(c, a)).lower() for c in pycountry.countries if c.alpha_2 != "GB"
             for a in ("name", "common_name") if getattr(c, a, None)}
    names |= {"usa", "america", "the states", "republic of ireland", "southern ireland", "eire"}
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if re.fullmatch(r"[a-z .'-]+", n))


@lru_cache(maxsize=1)
def _located_in_country() -> re.Pattern[str]:
    """A country other than the UK (:func:`_country_names`), named as where someone or
    something is now: "is in the republic of ireland", "based in france" (not where it
    happened: "trafficked in romania")."""
    alternation = _country_names()
    return re.compile(rf"\b(?:is|are|am|['’]s|['’]re|be|being|based|living|lives|live|works?|working|located|stays?|staying)\s+(?:currently\s+|now\s+|still\s+)?"
                      rf"(?:in|across|within)\s+(?:the\s+)?(?P<country>{alternation})\b(?!\s*[-'’]?\s*(?:s\b|based|born))", re.I)


@lru_cache(maxsize=1)
def _in_country() -> re.Pattern[str]:
    """A country other than the UK, or one of the UK's other nations, that a count is
    taken in: after "in", "across", "within" or "throughout" following a verb or noun of
    counting ("cases reported in the USA", "victims identified in Vietnam"), or owning the
    figures ("scotland's police data")."""
    names = _country_names()
    return re.compile(r"\b(?:reported|identified|recorded|referred|found|held|counted|seen|rescued|trafficked|exploited|cases|victims|"
                      r"children|people|slaves|workers|figures?|data|statistics|stats|numbers?|rates?)\s+"
                      rf"(?:in|across|within|throughout)\s+(?:the\s+)?(?P<country>{names}|scotland|wales|northern ireland)\b"
                      r"(?!\s*[-'’]?\s*(?:based|born))"
                      r"|\b(?P<owner>scotland|wales|northern ireland)['’]s\s+(?:[\w-]+\s+){0,2}?(?:data|figures?|statistics|stats|numbers?|rates?)\b", re.I)


def countries_located_in(text: str) -> list[str]:
    """Countries other than the UK that ``text`` says someone or something is in now,
    lower case, any case of the text: "if the person is in the republic of ireland" ->
    ``["republic of ireland"]``; not where someone came from ("a boy from Albania") or
    was exploited ("trafficked in romania"), nor a UK nation."""
    return [m.group("country").lower() for m in _located_in_country().finditer(text)]


def countries_counted_in(text: str) -> list[str]:
    """Countries other than England (and the UK as a whole) that a count is taken in,
    lower case: "how many cases were reported in the USA in 2013?" -> ``["usa"]``, "what %
    of DA victims were male in scotland's police data?" -> ``["scotland"]``; not where
    someone came from ("victims from Vietnam"), nor a comparison with the asker's own
    system ("(in the USA we say family team meetings)", "in Nigeria they call it ...")."""
    # (not a comparison with the asker's own system, in brackets or not: "How many child
    # protection case conferences (in the USA we say family team meetings) were held?")
    unbracketed = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)
    return [(m.group("country") or m.group("owner")).lower() for m in _in_country().finditer(unbracketed)
            if not re.match(r",?\s+(?:we|they|you|i|people|it['’]?s|it is|there|this|that|the|a|an|social workers?|police)\b",
                            unbracketed[m.end():], re.I)]


#: the asking part leans on what the clause before it describes: "In Australia the police
#: tell the school ... What is the name of this scheme here?"
#: (not "that" relating a clause: "the number of victims in 2013 that was British nationals")
_LEANS_ON = re.compile(r"\b(?:this|that(?!\s+(?:was|were|is|are|has|have|had|did|does|do|went|came|come|got)\b)|these|those|it|its|such|same|similar|equivalent|likewise)\b", re.I)
#: a clause framed as the asker's own system: first person, or "in <Place>"
_FRAMED = re.compile(r"(?i:\b(?:i|i'm|i’m|i've|i’ve|we|we're|we’re|my|our|us)\b)|^\W*[Ii]n\s+(?:the\s+)?[A-Z]")


@lru_cache(maxsize=512)
def without_home_system(question: str, framed: bool = False) -> str:
    """``question`` with the clauses that describe the asker's own, other system blanked
    out: "In Zimbabwe we report straight to the police station. Here, where do I report
    ...?" -> "Here, where do I report ...?". Practitioners trained abroad compare ("in my
    country it is called a welfare officer; what is it here?"); the place or agency of
    that comparison is not what the question is scoped to, and must not make the answer
    a refusal for naming somewhere the documents do not cover.

    A clause (a sentence, or a part set off by a dash or semicolon) counts when it does
    not ask (no "?", no opening such as "tell me", "how many"; the last clause asks when
    none does), has four words or more, names no UK council or city
    (:func:`named_places`) and does not say what the question is about ("my question is
    about Nigeria"), and either

    * says it is about elsewhere ("in my country", "back home", "where I trained") or
      names a country other than the UK, a region of one (:func:`names_foreign_place`),
      Scotland, Wales or Northern Ireland, or opens "In <Place> we ..." -- while the
      asking part contrasts with it ("here", "in England", "in Harrow") or does not point
      back to it ("who chairs it?", "what is its number?", "the Polish system", a name the
      clause used); or
    * speaks in the first person while the asking part contrasts with it.

    With ``framed``, for what retrieval reads, a clause counts only when it is about
    elsewhere and framed as the asker's own (first person, "in my country", "In Portugal
    ...": not a case's story, "Fredek from Hungary was promised ...", nor a remark in the
    first person alone, "quick one for a bid I'm writing") and the asking part does not
    lean on what it describes ("What is the name of this scheme here?", "... is it
    called?").

    Lengths are kept (blanked with spaces), so offsets stay valid. Returns ``question``
    unchanged when no clause counts. Memoised: the scope checks ask for the same
    question's several times."""
    clauses, asks = _asking_part(question)
    if len(clauses) < 2:
        return question
    asking = " ".join(clauses[i][2] for i in asks)
    if framed and _LEANS_ON.search(asking):
        return question
    contrasted = _HERE.search(asking) is not None
    out = question
    for i, (a, b, text) in enumerate(clauses):
        if (i in asks or len(text.split()) < 4 or _SCOPE_STATEMENT.search(text)
                or (named_places(text) and not _NAMED_ELSEWHERE.match(text))
                # (what the UK clause names, the asking part may lean on: "In Leeds we call
                # them CP plans. How many children were on one ...?")
                or (named_places(text) and re.search(r"\b(?:one|ones|them|it|that|those|these|they)\b", asking, re.I))):
            continue
        elsewhere = _about_elsewhere(text)
        # (a name of the clause the asking part repeats: "In South Africa we use a Form 22.
        # Who receives the Form 22?", "We have no MASH in Romania. How many contacts did
        # the Romanian MASH get?")
        shared = {w for w in re.findall(r"\b(?:[A-Z][A-Z0-9&]{1,9}|\d+)\b", text)} & set(re.findall(r"\b(?:[A-Z][A-Z0-9&]{1,9}|\d+)\b", asking))
        # (or two words of it in a row: "In Kenya we have children's officers. How many
        # children's officers do they have?")
        # (not two words that say little: "the child fatality review first" / "the first
        # quick review")
        pairs = {(x, y) for x, y in set(zip(analyze(text), analyze(text)[1:])) & set(zip(analyze(asking), analyze(asking)[1:]))
                 if not {x, y} & _LITTLE_PAIR_WORDS}
        referred = any(_POINTS_BACK_TO.search(clauses[j][2]) for j in asks) or bool(shared) or bool(pairs)
        if framed and not (elsewhere and (_FRAMED.search(text) or _HOME_SYSTEM.search(text))):
            continue
        if (elsewhere and (contrasted or not referred)) or (contrasted and _FIRST_PERSON.search(text) and not _HERE.search(text)):
            out = out[:a] + " " * (b - a) + out[b:]
    return out


#: what another UK place calls a thing, as the asker's background: "In Manchester we call it
#: the front door." (a clause naming a UK place otherwise scopes the question)
_NAMED_ELSEWHERE = re.compile(r"\s*(?:(?:[Hh]ello|[Hh]i|[Hh]ey)\b[^.,!:-]{0,20}[,!.:-]+\s*)?(?:[Bb]ack\s+)?[Ii]n\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},?\s+"
                              r"(?:we|I|they|people|everyone)\s+(?:usually\s+|normally\s+|always\s+|just\s+)?"
                              r"(?:call|called|say|said|name|named|refer to|referred to|know it as|knew it as"
                              # ("In Manchester we had a similar case.")
                              r"|(?:had|have|saw|see|dealt with|worked on)\s+(?:a|one)\s+(?:very\s+)?(?:similar|like)\b|(?:had|have|saw)\s+the same\b)\b")


#: what the asker had or did in a named place: "We had guardian ad litem in the court in
#: Cape Town", "I trained in Manila"
_WE_HAD_IN = re.compile(r"\b(?:[Ww]e|I)\s+(?:had|have|used to have|used|use|called|call|say|said|did|do|worked|work|trained|studied|qualified|practised|practiced)\b"
                        r"[^.?!]{0,80}?\bin\s+(?P<place>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})\b")


#: words a shared pair of words must not hold to count as naming the same thing
_LITTLE_PAIR_WORDS = frozenset(analyze("first last next full new old main key whole same other one two"))


def _about_elsewhere(text: str) -> bool:
    """Whether a clause says it is about another system than England's: "in my country",
    "back home", a foreign country or region, Scotland, Wales or Northern Ireland, "In
    <Place> we ..." ("Hello all, in Manila we say ...") for a place not here, or what the
    asker had or did in a place the UK's list does not hold ("We had guardian ad litem in
    the court in Cape Town")."""
    opens = _IN_PLACE_WE.match(text)
    had = _WE_HAD_IN.search(text)
    return (_HOME_SYSTEM.search(text) is not None or names_foreign_place(text) or _OTHER_NATION.search(text) is not None
            or (opens is not None and not _HERE.search(opens.group(0)) and not _THIS_COUNTRY_NAME.fullmatch(opens.group("place")))
            or (had is not None and not named_places(had.group("place")) and not _THIS_COUNTRY_NAME.fullmatch(had.group("place"))
                and not _HERE.search("in " + had.group("place"))))


@lru_cache(maxsize=512)
def _asking_part(question: str) -> tuple[tuple[tuple[int, int, str], ...], tuple[int, ...]]:
    """The clauses of ``question`` as ``(start, end, text)`` and the indices of those that
    ask: with a question mark or an opening such as "tell me"; failing those, a clause
    opening as a question ("What we called Munchausen by proxy in South Africa - which
    name does the report use?" asks in its second clause only); failing that, the last."""
    clauses = tuple((m.start(), m.end(), m.group(0)) for m in _CLAUSE.finditer(question) if m.group(0).strip(" -–—"))
    if not clauses:
        return (), ()  # ("?", "cheers - ": nothing is asked)
    asks = ([i for i, (_, _, t) in enumerate(clauses) if "?" in t or _ASKS.match(t)]
            or [i for i, (_, _, t) in enumerate(clauses) if _WH_ASKS.match(t)] or [len(clauses) - 1])
    return clauses, tuple(asks)


def asks_about_home_system(question: str) -> bool:
    """Whether the asking part of ``question`` (:func:`_asking_part`) is about the asker's
    own, other system ("Who chairs the board in my country?", "what number do I call back
    home?") without contrasting it with here: the documents cover Harrow and England, so
    such a question is out of their scope."""
    clauses, asks = _asking_part(question)
    asking = " ".join(clauses[i][2] for i in asks)
    if _HERE.search(asking):
        return False
    if _HOME_SYSTEM.search(asking):
        return True
    # (or points back to the body or scheme a clause about that system named: "In Portugal
    # we have the CPCJ. How many children did it protect?")
    return _POINTS_TO_IT.search(asking) is not None and any(
        i not in asks and len(text.split()) >= 4 and not named_places(text) and not _SCOPE_STATEMENT.search(text) and _about_elsewhere(text)
        # (framed as the asker's own: not a case's story, "Fredek from Hungary was promised
        # a job. What did they do to him?")
        and (_FRAMED.search(text) or _HOME_SYSTEM.search(text)) for i, (_, _, text) in enumerate(clauses))


GENERIC_STEMS = frozenset(analyze(
    "how many much number numbers percentage percent proportion share total figure figures amount "
    "year years last this harrow children child young people kids what which was were is are there "
    "did does do had has have the in of for to from by on at a an get got"))


#: what a "how many ...?" question counts: the words between "how many" and its verb
COUNTED = re.compile(r"\bhow many\s+((?:[\w’'\-]+\s+){0,4}?)(?:did|do|does|were|was|are|is|have|has|had|went|got|came|took|will|would|could|can|in|on|at|for|across|per|during"
                      r"|lives?|lived|living|works?|worked|attend(?:ed|s)?|receiv(?:e|ed|es)|identif(?:y|ied|ies)|report(?:ed|s)?"
                      r"|ma(?:k|d)es?|used?|need(?:ed|s)?|join(?:ed|s)?|sign(?:ed|s)?|takes?)\b"
                      # "how many professionals actually flagged it ...": an adverb
                      r"|\bhow many\s+((?:[\w’'\-]+\s+){1,4}?)(?:actually|really|ever|still|currently)\b", re.I)


def has_figure(text: str) -> bool:
    """Whether ``text`` carries a figure other than a year or a period ("2021-22")."""
    return any(not re.fullmatch(r"(19|20)\d{2}", n.strip(" ,")) for n in NUMBER.findall(PERIOD.sub(" ", text)))


#: "how much is / does it cost / can they claim ...": a sum of money is asked for
MONEY_Q = re.compile(
                      # a share of a sum: "how much of the total income came from the police?",
                      # "how much came from the fire brigade?"
                      r"\bhow much\s+(?:money\s+|cash\s+|funding\s+|income\s+|of (?:the|that|it|this)\s+(?:[\w-]+\s+){0,2}?)?(?:came|comes|come) from\b|"
                      # a sum given: "how much did the DfE give Harrow for ...?", "how much has the council put in?"
                      r"\bhow much\s+(?:did|does|do|has|have|had|will|would|was|were|is)\s+(?:[\w’'-]+\s+){1,4}?"
                      r"(?:give|gave|given|put in|put up|provide|provided|donate|donated|invest|invested|allocate|allocated|chip in|chipped in|hand over|handed over)\b"
                      r"|\bhow much\b(?!\s+(?:did|has|have|had|does|do|is|was)\s+\S+\s+(?:rise|rose|increase|fall|fell|decline|drop|change|grow|go up|went up))"
                      r"(?=.*\b(?:cost|costs|charge|charged|fee|fees|pay|paid|claim|compensation|spend|spent|money|cash|worth|price|grant|budget|pot|kitty|coffers|contribut\w*|funding|income|salary|wage|wages|earn|earned|award|allowance)\b)"
                      r"|\b(?:cost|costs|charge|fee|fees|price|compensation|salary|wage|allowance)\b.*\bhow much\b"
                      # "what's the hscb budget for 2021-22?", "what did the ccg put in?"
                      r"|\bwhat(?:'s|’s|s| is| was| were| are)\s+(?:the |their |its |our )?(?:[\w’'-]+ ){0,3}(?:budget|contributions?|outturn)\b"
                      # "what's the average cost per case of a CP plan?", "what is the starting salary ...?"
                      r"|\bwhat(?:'s|’s|s| is| was| were| are)\s+(?:the |their |its |our |a )?(?:average |typical |unit |annual |starting |total |weekly |hourly )?"
                      r"(?:cost|costs|price|fee|fees|salary|salaries|wage|wages|pay rate)\b(?!\s+of\s+living)"
                      r"|\bwhat did (?:the )?[\w’'-]+ (?:put in\b(?!\s+(?:place|to|for|a|an|the|charge)\b)|contribute|pay in)\b"
                      # "ambulance service contribution?", "contribution from the police"
                      r"|^\s*(?:the\s+)?(?:[\w&'’./-]+\s+){1,4}?contributions?\s*\??\s*$|^\s*(?:the\s+)?contributions?\s+(?:from|by)\b"
                      # "what did the voluntary sector contribute to the budget?"
                      r"|\bwhat\s+(?:was|is|were|are|did|does|has|have)\s+(?:[\w&'’./-]+\s+){1,4}?(?:contributions?|contribute|put in|pay in|give|gave|chip in|put|paid|pay)"
                      r"\s+(?:to|towards|into)\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+)?(?:budget|pot|kitty|coffers|running costs)\b"
                      r"|\bwhat (?:was|were|is|are|did|does|do) (?:[\w’']+ ){0,3}(?:paid|earn|earned|earning|get paid|got paid)\b"
                      # "what did the independent chair cost?", "what does the website cost?"
                      r"|\bwhat (?:did|does|do|will) (?:[\w’'&-]+ ){1,4}?cost\b(?!\s+(?:us|them|him|her)\s+(?:in|of)\b)"
                      # "what lump sum is she due ...?", "what price did they sell him on for?"
                      r"|\b(?:what|which) (?:lump sum|sum of money|price)\b"
                      # a terse ask closing a scene: "... flogged on to new captors - price"
                      r"|\s[-–—:]\s+(?:the\s+)?(?:price|cost|fee)\s*\??\s*$"
                      # yes/no questions about a price: "does it cost anything to call ...?",
                      # "is the helpline free to call?"
                      r"|\b(?:does|do|will|would) (?:it|this|that|calling|ringing|a call|the [\w ]{2,40}?) cost\b|\bcost anything\b"
                      r"|\bis (?:it|this|that|the [\w ]{2,40}?) free\b|\bfree to (?:call|ring|use|phone)\b|\bis there a (?:charge|cost|fee)\b", re.I)


#: words around a sum of money: a budget table's header, "costs", "funding"
MONEY_CONTEXT = re.compile(r"£|\b(?:outturn|budget|budgets|cost|costs|spend|spent|income|contribut\w*|funding|funded|"
                            r"grant|grants|paid|pay|worth|expenditure|price|fees?)\b", re.I)


#: a question asking for a count ("how many ...", "the actual number of ...")
COUNT_Q = re.compile(r"\bhow many\b|\b(?:actual|raw|total|exact) number\b|\bnumber of\b", re.I)


def is_person_name(text: str) -> bool:
    """Heuristic: "Nazir Afzal OBE", "Dez Holmes" -> True; "Key findings" -> False.
    Two or three capitalised words (honorifics allowed), none of them a common heading word."""
    words = strip_honorifics(text).split()
    if not 2 <= len(words) <= 3 or not NAME_RUN.fullmatch(" ".join(words)):
        return False
    common = {"the", "key", "our", "new", "child", "children", "young", "early", "annual", "local",
              "learning", "review", "reviews", "safeguarding", "findings", "support", "training",
              "specific", "core", "specialist", "domestic", "mental", "black", "female", "care",
              "conference", "conferences", "workshops", "workshop", "voice", "impact", "action", "actions",
              "priorities", "performance", "achievements", "developments", "data", "harrow"}
    return not any(w.lower() in common for w in words)


def heading_names_person(heading: str) -> bool:
    """Whether a section heading names a person: "Dez Holmes" (:func:`is_person_name`),
    or opens on a pseudonym in quotes ("'Rhiannon' Voice of a survivor Marie Collins
    Foundation -")."""
    return is_person_name(heading) or re.match(r"\s*['‘\"“][A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’\"”](?:\s|$)", heading) is not None


def strip_honorifics(name: str) -> str:
    """``name`` without a closing honour ("Jane Smith OBE" -> "Jane Smith")."""
    return re.sub(r"\s+(OBE|MBE|CBE|QC|KC|DBE)$", "", name.strip())


#: saying something costs nothing ("Free from landlines", "the service is free"), not
#: "no free time"
_FREE = re.compile(r"(?:^|[.;:!]\s*|\b(?:is|are|it's|its|be|calls?|service|services)\s+)free\b(?!\s+(?:time|will|movement|from (?:harm|abuse|exploitation|slavery)))"
                   r"|\bfree(?:\s+of charge|phone|\s+phone|\s+to (?:call|use|ring|access|attend|join))\b|\bno charge\b|\bat no cost\b", re.I)


def says_free(question: str, text: str) -> bool:
    """Whether ``text`` answers a question about cost ("how much does it cost to call?")
    by saying it is free ("Free from landlines and most mobile phones"; not "little or no
    pay ... no free time")."""
    return bool(MONEY_Q.search(question)) and _FREE.search(text) is not None


#: the people a "how many of them ...?" question may count, in a sentence's words
_COUNTED_PEOPLE = frozenset(analyze("professional professionals staff worker workers practitioner practitioners agency "
                                    "agencies member members person people school schools service services"))


#: ways of saying something was treated as a worry ("flagged it as a concern", "explored
#: this as a potential safeguarding issue"), each read as one stem by :func:`_as_concern`
_CONCERN_STEMS = frozenset(analyze("concern concerns worry worried issue issues problem"))


_RAISED_STEMS = frozenset(analyze("flagged raised questioned explored noticed spotted queried challenged"))


def _as_concern(stems: set[str]) -> set[str]:
    """``stems`` with the words for a worry read as "concern" and the words for raising
    one read as "raised" ("flagged it as a concern" = "explored this as an issue")."""
    return {("concern" if s_ in _CONCERN_STEMS else "raised" if s_ in _RAISED_STEMS else s_) for s_ in stems}


def counts_in_words(question: str, text: str) -> bool:
    """Whether ``text`` counts what a "how many X ...?" question counts in words rather than
    digits: "only one professional explored this ..." for "how many professionals treated
    it as a safeguarding issue?", "All CLA Reviews were held within timescale" for "how many
    CLA reviews were held within timescale?" ("one", "a single", "no", "none of the", "all"
    or "every" right before a word of X)."""
    m = COUNTED.search(question.lower()) or re.search(r"\bhow many\s+(?:of\s+(?:the|those|these|their)\s+)?()([\w’'\-]+)", question.lower())
    want = set(analyze(m.group(1) or m.group(2) or "")) if m else set()
    if not want and re.search(r"\bhow many (?:of )?(?:them|those|these|staff|people)\b", question, re.I):
        # "staff got used to it - how many of them ever questioned it?": the people
        # counted are the professionals of the scene
        want = _COUNTED_PEOPLE
    elif want & _COUNTED_PEOPLE:
        # "how many of the staff around him ...?" is answered by "only one professional ..."
        want = (want - _COUNTED_PEOPLE) & set(analyze(text)) | _COUNTED_PEOPLE
    if not want:
        return False
    # what the counted did must be said too: "only one professional explored this as a
    # potential safeguarding issue" counts those who "treated it as a safeguarding issue",
    # not those who "accepted the restraint"
    did = set(analyze(" ".join(asking_clauses(question)))) - want - GENERIC_STEMS - set(analyze("many actually ever really"))
    if did and not _as_concern(did) & _as_concern(set(analyze(text))):
        return False
    for n in re.finditer(r"\b(?:one|a single|no|none of the|all|all of the|every)\s+((?:[\w’'\-]+\s+)?[\w’'\-]+)", text, re.I):
        if want & set(analyze(n.group(1))):
            return True
    return False


def years_named(text: str) -> set[str]:
    """Four-digit years ``text`` names: bare ("in 2013"), both years of a period
    ("2019/20" -> 2019, 2020) and the year of a date ("31.03.20", "31/03/2020")."""
    years = set(re.findall(r"\b(?:19|20)\d{2}\b", PERIOD.sub(" ", text)))
    years |= {("20" + y) if len(y) == 2 else y for y in re.findall(r"\b[0-3]?\d[./][01]?\d[./]((?:19|20)?\d{2})\b", text)}
    years |= {y for p_ in periods(text) for y in (p_[:4], p_[:2] + p_[5:])}
    return years


#: titles before a surname ("Ms Patel")
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Cllr", "Lord", "Lady"})


#: capitalised words of bodies and posts, which a person's name does not contain
_NOT_NAME_WORDS = frozenset("""quality assurance subgroup group board partnership council service services team panel
    forum independent chair chairs vice lay member members elected police metropolitan school schools primary
    secondary health trust clinical commissioning hospital university college officer manager director nurse
    designated named lead head business probation sector voluntary community london national social worker
    workers authority local assistant deputy principal public of and for the in""".split())


def has_person_name(text: str, question: str = "") -> bool:
    """Whether ``text`` names a person the ``question`` does not: two capitalised words,
    neither a word of bodies and posts, the first a known given name or neither a common
    English word (:func:`assistant.safety.given_names`, :func:`~assistant.safety.common_words`):
    "Chris Miller Independent Chair ..." -> True; "Chair of Quality Assurance Subgroup",
    "Allegations Against Staff", "Mental Wellbeing" -> False."""
    return bool(person_names(text, question))


def person_names(text: str, question: str = "") -> list[str]:
    """The people ``text`` names that the ``question`` does not, as "Given Family" pairs in
    order of first mention (the test :func:`has_person_name` applies): "Chris Miller
    Independent Chair ..." -> ``["Chris Miller"]``."""
    asked = set(analyze(question))
    given, common = given_names(), common_words()
    found: list[str] = []
    for run in NAME_RUN.findall(text):
        words = run.split()
        for a, b in zip(words, words[1:]):
            pair = f"{a} {b}"
            if (is_person_name(pair) and a.lower() not in _NOT_NAME_WORDS and b.lower() not in _NOT_NAME_WORDS
                    and (a.lower() in given or a.rstrip(".") in _HONORIFICS or not (a.lower() in common or b.lower() in common))
                    and not set(analyze(pair)) <= asked and pair not in found):
                found.append(pair)
    return found


def quote_key(quote: str) -> str:
    """``quote`` compared as words: curly quotes and apostrophes as straight ones, runs of
    spaces as one, no case. Two copies of a document (the report's PDF and Markdown) give
    the same sentence with different apostrophes."""
    return " ".join(re.sub(r"[‘’]", "'", re.sub(r"[“”]", '"', quote)).split()).casefold()

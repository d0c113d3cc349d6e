"""Condense a follow-up question into a standalone one, using the conversation so far.

With an LLM configured, the ``prompts/condense.txt`` template is used. Without one, a
heuristic reads the earlier turn only where the new message needs it:

* a complete question of its own ("What is a strategy discussion?", "Who chairs the
  board?") is asked as written, whatever was asked before: carrying the earlier topic
  over would get it answered instead;
* a fragment after a connective names a new subject for the earlier question's frame:
  "and MASH?" after "what does LADO stand for?" asks "what does MASH stand for?";
  "what about 2018-19?" after "how many ... in 2019-20?" swaps the period;
* otherwise a follow-up (a connective, a pronoun pointing back, a bare fragment) keeps its
  own question and carries over the earlier question's topic: "and how many from care?"
  -> "how many from care – children went missing in Harrow in 2019-20?".

Before that last resort, the heuristic resolves what the follow-up points back to, as people
type in Slack threads:

* a pronoun for the earlier question's subject: "who chaired it?" after "what was the Child M
  review about?" -> "who chaired the Child M review?";
* "what does that stand for?" -> the acronym the earlier question used;
* "and the year before?", "what about last year?" -> the earlier question a year earlier
  ("2020-21" -> "2019-20");
* "is that up on last year?" -> the earlier question with "and is that up or down on the year
  before?";
* "give me the rest of the list", "what else?" -> the earlier question again (a list answer
  returns the whole list);
* "same question for the police", "and Harrow Council?" -> the earlier question with its one
  organisation swapped;
* "tell me more about the second one" -> the second item of the earlier answer's list.

Lead-ins that carry no question ("thanks -", "ok so", "cheers,", "unrelated but") are dropped
first. A message that is only a lead-in ("thanks!") or has no words ("?") is left as it is,
and so is any message the urgent screen flags, or one following a message it flagged: a
disclosure is neither rewritten nor carried into the next question.
"""

from __future__ import annotations

import re

from assistant.answer.roles import agency_words

_INTERROGATIVE = re.compile(
    r"^(?:how (?:many|much|often|long)|what (?:is|are|was|were|does|do|did)|who (?:is|are|was|were)|"
    r"which|when (?:is|was|did|does)|where (?:is|was|are)|why (?:is|was|did|does)|tell me about|"
    r"what|who|how)\s+(?:the\s+)?",
    re.I,
)
_FOLLOWUP = re.compile(r"^(?:and what about|and how about|what about|how about|and|but|also|so|then|ok|okay)\b[\s,]*",
                       re.I)
#: a question word or verb of asking anywhere: the message asks its own question
_ASKS = re.compile(r"\b(?:what|who|whom|whose|which|when|where|why|how|whats|whos|hows|wheres|whens|is|are|was|were|does|do|did|can|could|"
                   r"should|would|will|has|have|tell|explain|list|give|describe)\b", re.I)
#: words that point back to the earlier turn ("what did it find?", "who chairs them?")
_POINTS_BACK = re.compile(r"\b(?:it|its|it's|they|them|their|theirs|that one|those|these|he|she|his|her|him|"
                          r"the same|that|this one)\b", re.I)
#: "what does X stand for / mean?", "what is (a|an|the) X?": a question about one term
_TERM_FRAME = re.compile(r"^(?P<pre>\s*(?:what\s+(?:does|do)\s+(?:an?\s+|the\s+)?))(?P<term>.+?)(?P<post>\s+(?:stand\s+for|mean)\s*\??\s*)$"
                         r"|^(?P<pre2>\s*(?:what|who)(?:\s+(?:is|are|was|were)|['’]s|s)\s+(?:an?\s+|the\s+)?)(?P<term2>[^?]+?)(?P<post2>\s*\??\s*)$",
                         re.I)
_PERIOD = re.compile(r"\b(?:(?:19|20)\d\d\s*(?:-|–|/|to)\s*(?:(?:19|20)?\d\d)|(?:19|20)\d\d)\b")
_WORD = re.compile(r"[\w'’-]+")


#: words that carry no topic of their own: "why so high?", "what about now?"
_NO_TOPIC = frozenset("""
a an the this that these those it its they them their he she his her him so very too really then now ok okay
what whats who whos which when where why how hows is are was were be been being do does did done can could
should would will shall may might must has have had get got any anything some something more less most least
much many high low higher lower big bigger small smaller else about and or but also just still there here
of on in at to for from with by up down out over again please pls thanks come happen happened going go mean
one ones same different other others all both either yes no not tho though number numbers figure figures
amount total recommended average rate percentage name reason reasons difference diff thing things part bit
main key point like long often soon quickly ago since until till before after first next people along came""".split())
#: a part of something named alone ("what were the key findings?"): of what, the earlier
#: question says
_BARE_PART = re.compile(r"^(?P<pre>.*?\bthe\s+(?:(?:key|main|three|four|five|top|overall|actual|full)\s+)*"
                        r"(?:findings?|recommendations?|learning|lessons?(?:\s+learned|\s+learnt)?|messages?|purpose|aims?|"
                        r"remit|priorit(?:y|ies)|outcomes?|conclusions?|themes?|gaps|results?|figures?|numbers?|"
                        r"terms\s+of\s+reference|reasons?|actions?|next\s+steps|recommended\s+actions))"
                        r"(?P<post>(?:\s+(?:then|again|pls|please))?\s*\??)$", re.I)


#: an "it" that points at nothing: "is it ok to share info without consent?", "does it
#: matter", "it depends"
_DUMMY_IT = re.compile(r"\b(?:is|was|isn['’]?t|would|will|could|can|should)\s+it\s+(?:\w+\s+)?(?:ok|okay|alright|legal|illegal|"
                       r"lawful|possible|true|right|wrong|safe|normal|appropriate|necessary|worth|too\s+late|mandatory|"
                       r"compulsory|required|acceptable|enough|allowed|advisable|best|better|a\s+good\s+idea|likely|common|"
                       r"usual|unusual)\b|\bit['’]?s\s+(?:ok|okay|alright|legal|illegal|fine|possible|true|normal)\s+to\b"
                       r"|\bdoes\s+it\s+matter\b|\bit\s+depends\b", re.I)


#: a follow-up opening on the earlier subject's relatives or home: "his brothers/sisters
#: - did anyone look at how things were for them?"
_RELATIVES_OF = re.compile(r"(?:what about\s+)?(?:his|her|their)\s+(?:brothers?|sisters?|siblings?|mum|mother|dad|father|parents?|family|carers?)\b", re.I)


def _points_back_first(rest: str) -> bool:
    """Whether the first pronoun of a long message comes before any word that could be
    what it stands for ("so who do they want at the meetings ...": "they" is the earlier
    turn's subject; in "is Liam at risk if his dad ..." "his" points within)."""
    if _DUMMY_IT.search(rest):
        return False
    for word in _WORD.findall(rest):
        low = word.lower()
        if low in ("it", "its", "they", "them", "their", "he", "she", "his", "him", "her"):
            return True
        if low not in _NO_TOPIC and low not in _TAKING_PART:
            return False
    return False


#: verbs of taking part, which name no topic before a pronoun ("how many people logged on
#: for it in the end?": "it" is the earlier question's event)
_TAKING_PART = frozenset("""logged log logging signed sign signing turned turn turning showed show joined join attended attend
booked book registered register dialled dialed tuned tune went""".split())


def _standalone(rest: str, connective: bool) -> bool:
    """Whether a message (its connective removed) asks a question of its own: one of eight
    words or more whose first pronoun comes after a word it can stand for ("is Liam at
    risk if his dad ..."); or, pointing back to nothing, a question about one term ("what
    is a strategy discussion") that is not a part of something ("what were the key
    findings?"), or one of six words or more after a connective, three or more without
    one ("who chairs the board"), with at least two words that name a topic ("why so
    high?" names none)."""
    if not _ASKS.search(rest):
        return False
    words = _WORD.findall(rest)
    if len(words) >= 8:
        # (a long message whose first pronoun points back is resolved when the earlier
        # question names its subject, and asked as written when it does not)
        # ("how much of that came from the police?", "and who deals with what you tell
        # them on it?": a share of, or a closing "it" after a connective, points back)
        # (nor "it" as what is rung, used or contacted: "and do people get charged for
        # ringing it from a mobile?")
        # (nor one naming fewer than two topics: "how many people came along, and what was
        # the theme?" asks about the earlier question's event)
        return not (_points_back_first(rest) or _OF_THAT.search(rest) or (connective and (_ENDS_ON_IT.search(rest) or _USES_IT.search(rest)))
                    or len([w for w in words if w.lower() not in _NO_TOPIC]) < 2)
    if _POINTS_BACK.search(rest) or _BARE_PART.match(rest.strip(" ?")):
        return False
    topic = [w for w in words if w.lower() not in _NO_TOPIC]
    if _TERM_FRAME.match(rest):
        return bool(topic)  # ("whats the recommended number tho?" names no term)
    return len(words) >= (6 if connective else 3) and len(topic) >= 2


#: a proper name or acronym the follow-up names itself ("DV", "Operation Encompass", "NSPCC"),
#: which anchors it to a topic of its own (sentence-initial capitals and "I" aside)
_OWN_ANCHOR = re.compile(r"(?<![.?!]\s)(?<!^)\b(?!I\b|I['’]|Harrow\b|UK\b|London\b|England\b|OK\b|Ok\b)"
                         r"(?:[A-Z]{2,}s?\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")
#: how a thread's follow-up leans on the earlier turn with no pronoun (sixty-second
#: session, threads): "how many were british?" (a count naming nothing counted), "where
#: should a decision like that get written down?", "how many schools are signed up?", "what's
#: the target?", "what's the lesson for ...?" ("actually", a verb's "it" and a "that" done
#: are read in :func:`_leans_on_earlier`, in short messages only)
_LEANS = re.compile(r"^(?:so\s+|and\s+)?how\s+many\s+(?:were|was|are|is|did|do|does|had|have|got)\b"
                    r"|\b(?:like|such\s+as)\s+(?:that|this|those|these)\b|\bsuch\s+an?\b"
                    # ("what system do they use to share info?": "they" asked of, after the
                    # question's own noun; "how many schools are signed up?": signed up to
                    # the earlier turn's scheme)
                    r"|\b(?:signed\s+up|sign\s+up|taken\s+part|take\s+part|involved|joined|attended|funded|commissioned|affected|"
                    r"covered|included|eligible|referred\s+on)\s*\??$"
                    # ("what's the target?" after the share of ICPCs in timescale: the
                    # earlier measure's target or average)
                    r"|^(?:and\s+|so\s+)?what(?:['’]s|\s+is|\s+was|\s+were|\s+are)\s+the\s+(?:target|benchmark|standard|norm|expected\s+level|"
                    r"(?:national|england|london|england's|london's)\s+(?:average|rate|figure)|average|goal|aim)\s*\??$"
                    # ("what % led to a plan?" after a count of ICPCs: a share of the earlier count)
                    r"|^(?:so\s+|and\s+)?what\s+(?:%|per\s*cent(?:age)?|proportion|share|fraction)\s+(?:of\s+(?:them|those|these)\s+)?"
                    r"(?:led|lead|were|was|had|have|did|got|ended|resulted|went|came|needed|received)\b"
                    # ("when was the peak?" after CAMHS demand during covid: the earlier measure's)
                    r"|^(?:and\s+|so\s+)?(?:when|where|what)(?:['’]s|\s+is|\s+was|\s+were)\s+the\s+(?:peak|highest|lowest|busiest|quietest|worst|low\s+point|high\s+point)\s*\??$"
                    # ("what's the lesson for those of us juggling ...?": the earlier turn's lesson)
                    r"|^(?:so\s+)?what(?:['’]s|\s+is|\s+are|\s+were|\s+was)\s+the\s+(?:main\s+|key\s+|big\s+)?"
                    r"(?:lessons?|learning|takeaways?|messages?|learning\s+points?)\s+(?:for|here|from\s+(?:it|that|this))\b", re.I)
#: a verb's "it"/"them", or a "that" done, in a short follow-up: "did anyone flag it as a
#: safeguarding issue?", "how did practitioners manage that if he couldn't talk?" (a long
#: one has words enough of its own: "where's the final say on that meant to sit, who agrees it?")
_DONE_TO_IT = re.compile(r"\b(?!(?:is|was|does|did|do|would|will|could|can|should|make|makes|made|take|takes|took|"
                    r"get|gets|got|has|have|had|think|thinks|thought|find|found)\b)[a-z]{3,}\s+(?:it|them)\b(?!\s*['’])"
                    r"(?!\s+(?:is|was|are|were|that|to|be)\b)"
                    # ("how did practitioners manage that if he couldn't talk?": "that" done,
                    # not said: verbs of saying, knowing and showing take a clause)
                    r"|\b(?:manage|managed|handle|handled|deal\s+with|dealt\s+with|fix|fixed|address|addressed|"
                    r"tackle|tackled|record|recorded|spot|spotted|stop|stopped|prevent|prevented|change|changed|improve|improved|"
                    r"avoid|avoided|solve|solved|escalate|escalated|flag|flagged|raise|raised|miss|missed|cause|caused)\s+"
                    r"(?:that|this)\b(?!\s+(?:is|was|are|were|the|a|an|he|she|they|it|we|you|i|there|children|child)\b)", re.I)
#: a pronoun as the subject after an auxiliary: "do they", "does it"
_AUX_PRONOUN = re.compile(r"\b(?:do|does|did|are|is|was|were|can|could|have|has|had|will|would|should)\s+(?:they|it)\b"
                          r"(?!\s+(?:ok|okay|alright|true|possible|legal|right|wrong|worth|matter)\b)", re.I)
#: content-word stems of a question (four letters), for a follow-up naming the earlier
#: turn's thing again ("the plans" after "... ended with a plan")
_STEM_SKIP = frozenset("what when where which while with would could should there their these those have does about "
                       "from that this they them into your many much more most harrow tell give show".split())


def _stems(text: str) -> set[str]:
    """The four-letter stems of ``text``'s content words (no question or topic-less words)."""
    return {w.lower()[:4] for w in _WORD.findall(text)
            if len(w) >= 4 and w.lower() not in _NO_TOPIC and w.lower() not in _STEM_SKIP}


def _carries(prev_q: str, text: str) -> bool:
    """Whether ``text`` already carries the earlier question's topic: half its content-word
    stems or more."""
    earlier = _stems(prev_q)
    return bool(earlier) and len(earlier & _stems(text)) * 2 >= len(earlier)


def _leans_on_earlier(rest: str, prev_q: str) -> bool:
    """Whether a follow-up that reads as whole still leans on the earlier turn. It must name
    no proper name or acronym of its own, set no topic of its own first ("the info sharing
    one - ..."), and not carry the earlier topic already; then it leans by its wording
    (:data:`_LEANS`), or, in a short message (nine words or fewer; ten for "actually"), by
    "actually", a verb's "it" or a "that" done (:data:`_DONE_TO_IT`), a pronoun asked of
    after the message's own noun (:data:`_AUX_PRONOUN`), or the earlier turn's thing named
    again with "the" and little new beside it ("what was the first review called?" after a
    question about a safeguarding review). Long messages have words enough of their own:
    the earlier topic put beside them pulled the earlier answer back (sixty-second session).

    Args:
        rest: the follow-up, its lead-in and connective removed.
        prev_q: the earlier question, standalone.

    Returns:
        ``True`` when the earlier question's topic should go with it.
    """
    if _OWN_ANCHOR.search(rest) or _SET_FIRST.match(rest.strip()):
        # (a name of its own, or a topic set before the ask: "the info sharing one - what
        # are staff actually confused about?")
        return False
    earlier = _stems(prev_q)
    if _carries(prev_q, rest):
        # (it carries the earlier topic already: a follow-up made standalone before, as the
        # thread keeps it, "how many of the kids who went missing in 2019-20 were black?")
        return False
    words = len(_WORD.findall(rest))
    short = words <= 9
    if _LEANS.search(rest) and not _DUMMY_IT.search(rest):
        return True
    if words <= 10 and re.search(r"\bactually\b", rest, re.I):
        # ("who actually takes the calls?", "how many were actually british?": the earlier
        # turn's thing, asked again in earnest; a long message names its own)
        return True
    if short and _DONE_TO_IT.search(rest) and not _DUMMY_IT.search(rest):
        return True
    aux = _AUX_PRONOUN.search(rest)
    if short and aux and any(w.lower() not in _NO_TOPIC for w in _WORD.findall(rest[:aux.start()])):
        # ("what system do they use to share info?": "they" asked of after the question's
        # own noun, which is no subject for it)
        return True
    again = [w for m in re.finditer(r"\bthe((?:\s+[\w'’-]+){1,3})", rest, re.I)
             for w in _WORD.findall(m.group(1)) if len(w) >= 4 and w.lower()[:4] in earlier]
    new = _stems(rest) - earlier
    return short and bool(again) and len(new) <= 2


#: courtesy lead-ins that carry no question ("thanks - what is the LADO?", "ok so ...")
_LEAD_IN = re.compile(r"^(?:(?:(?:many\s+)?thanks|thank\s+you|thx|ta|cheers|ok(?:ay)?|ooh|oh|hmm+|sorry|btw|lol|haha|"
                      r"one\s+more\s+(?:q|qu|question|thing)|quick\s+one|just\s+wondering|"
                      r"(?:(?:a|one\s+more|another)\s+)?(?:(?:totally|completely|slightly|something|bit\s+of\s+a)\s+)?"
                      r"(?:unrelated|different|diff|separate|new|random|other|quick)\s+"
                      r"(?:q|qu|question|thing|one|topic|point|subject)|unrelated|off[- ]topic|"
                      r"(?:changing|switching|change|switch)\s+(?:the\s+)?(?:subject|topics?|tack))\b"
                      r"(?:\s+but\b)?[\s,.!:;–—-]*"
                      r"|(?:great|cool|right|brill|perfect|lovely|got\s+it|sorry|interesting|helpful)\s*[,.!:;–—-]+\s*)+",
                      re.I)
#: a correction of the earlier question: "sorry, I meant 2019-20", "no, I meant the number of
#: contacts, not referrals", "I meant missing episodes not children", "I meant how many
#: siblings did he have" (sixty-second session: a thread's asker puts the earlier question
#: right rather than asking it again)
_CORRECTION = re.compile(r"^(?:(?:no+|nope|nah|oops|whoops|my\s+bad|correction|not\s+that(?:\s+one)?|sorry)\b[\s,.!:;–—-]*)*"
                         r"(?:i\s+)?(?:meant|mean|was\s+asking\s+(?:about|for)|was\s+after|wanted)\b(?!\s+to\b)[\s,:;–—-]*"
                         r"(?P<new>\S.*)$", re.I)
#: "X, not Y" / "X rather than Y" / "X instead of Y" inside a correction
_NOT_OLD = re.compile(r"^(?P<new>.+?)[\s,;–—-]+(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?(?P<old>[^,;?]+?)\s*[?.!]*$", re.I)
#: a correction's opener as typed ("no, 2020-21 not 2019-20", "sorry - contacts not referrals")
_CORRECTING = re.compile(r"^\s*(?:no+|nope|nah|oops|whoops|my\s+bad|correction|sorry|not\s+that)\b", re.I)
#: a count's noun phrase up to its verb or preposition: "how many (missing kids) did harrow have"
_COUNTED_NP = re.compile(r"^(?P<pre>\s*(?:so\s+|and\s+)?how\s+many\s+)(?P<np>.+?)(?=\s+(?:did|do|does|were|was|are|is|have|has|had|went|came|got|"
                         r"received|made|attended|in|at|on|for|from|across|during|by|under|with)\b)", re.I)


#: a group of children a follow-up names alone, for the earlier count: "what about girls?",
#: "and boys?", "just the black children?" (sixty-second session)
_GROUP_ALONE = re.compile(r"^(?:(?:for|among|amongst|of|just|only)\s+)?(?:the\s+)?(?P<g>girls|boys|males|females|young\s+women|young\s+men|"
                          r"teenagers|teens|under[- ]?(?:5|five|11|16|18)s|over[- ]?(?:11|16)s|babies|"
                          r"(?:(?:black|white|asian|mixed(?:[- ]heritage|[- ]race)?|disabled|sen|send)\s+(?:children|kids|young\s+people|pupils|ones))|"
                          r"(?P<adj>black|white|asian|mixed)"
                          r")(?:\s+(?:then|only|please|pls))?\s*\??$", re.I)
#: the children an earlier count counted: "how many (children|kids|young people) ..."
_COUNTED_CHILDREN = re.compile(r"^(?P<pre>\s*(?:so\s+|and\s+)?how\s+many\s+)(?P<np>children(?:\s+and\s+young\s+people)?|kids|young\s+people|pupils|"
                               r"students|cases|victims)\b", re.I)


_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
#: kinds of thing a thread swaps one for another in the same question ("how many were black
#: or black british?" -> "and white?"; "what happened to CAMHS demand in lockdown?" -> "and
#: in September?"); each a pattern for any member (sixty-second session)
_SIBLING_KINDS = (
    re.compile(r"(?:black\s+caribbean|black\s+african|black(?:\s+or\s+black\s+british)?|white(?:\s+or\s+white\s+british)?|"
               r"asian(?:\s+or\s+asian\s+british)?|mixed(?:\s+(?:background|heritage|race|ethnicity|ethnic\s+background))?|"
               r"chinese|gypsy(?:\s+roma)?|other\s+ethnic\s+groups?)", re.I),
    re.compile(rf"(?:{_MONTHS}(?:\s+(?:19|20)\d\d)?|(?:the\s+)?(?:first\s+|second\s+|third\s+)?lockdowns?|"
               r"the\s+(?:summer|autumn|spring|winter)(?:\s+term)?)", re.I),
    re.compile(r"(?:primary(?:\s+schools?)?|primaries|secondary(?:\s+schools?)?|secondaries|special\s+schools?|nurser(?:y|ies)|"
               r"academies|sixth\s+forms?|pupil\s+referral\s+units?|alternative\s+provision|independent(?:\s+schools?)?)", re.I),
    re.compile(r"(?:neglect|emotional\s+abuse|physical\s+abuse|sexual\s+abuse|multiple\s+categories)", re.I),
)
#: a follow-up naming only the thing swapped in: "and white?", "what about in September?",
#: "same for secondaries?"
_SWAP_ALONE = re.compile(r"^(?:(?:and|what\s+about|how\s+about|same\s+(?:for|with)|ok\s+and|then)\s+)?(?:(?:for|in|with|during|by|just|only)\s+)?"
                         r"(?:the\s+)?(?P<x>[^?,]{2,40}?)(?:\s+(?:ones?|then|too|please|pls))?\s*\??$", re.I)


#: a follow-up naming only a year or a place to ask the earlier question of: "and in 2015?",
#: "and in London?", "what about for England?"
_SCOPE_ALONE = re.compile(r"^(?:(?:and|what\s+about|how\s+about|same\s+for)\s+)?(?P<x>(?:in|for|across)\s+(?:the\s+)?"
                          r"(?:(?P<year>(?:19|20)\d\d(?:\s*(?:-|–|/|to)\s*(?:19|20)?\d\d)?)|london|england|the\s+uk|the\s+country|"
                          r"nationally|the\s+region|outer\s+london|inner\s+london|children|young\s+people|adults|"
                          r"girls|boys|under[- ]?(?:5|five|18)s))\s*\??$", re.I)
#: a source named alone for the earlier question: "and in the learning sheet?", "what about
#: the annual report?"
_SOURCE_ALONE = re.compile(r"^(?:(?:and|what\s+about|how\s+about|same\s+for)\s+)?(?:(?:in|from|on)\s+)?(?:the\s+)?"
                           r"(?P<s>(?:child\s+m\s+)?learning\s+sheet|(?:annual\s+)?report|modern\s+slavery\s+(?:pages|site|website)|"
                           r"slavery\s+(?:pages|site|website)|website|web\s*site|pages)\s*(?:then|too)?\s*\??$", re.I)


#: an item of the earlier answer named by a word of it: "the isolation one - say more",
#: "what about the debt bondage one?"
_NAMED_ONE = re.compile(r"^(?:(?:and|ok|so)\s+)?(?:what\s+about\s+|more\s+(?:on|about)\s+|tell\s+me\s+(?:more\s+)?about\s+)?the\s+"
                        r"(?P<w>(?!(?:first|second|third|fourth|fifth|last|other|next|same|new|old|big|main|last)\b)[\w'’-]+(?:\s+[\w'’-]+)?)\s+one"
                        r"(?:\s*[-–—,:]?\s*(?:(?:can\s+you\s+)?(?:say|tell\s+me|explain)(?:\s+a\s+bit)?\s+more|more\s+(?:please|pls)|what(?:['’]s|\s+is)\s+that))?\s*\??$",
                        re.I)


def _swapped(prev_q: str, rest: str) -> str | None:
    """The earlier question with one thing swapped for the follow-up's: "missing children
    2019/20 - how many were black or black british?" -> "and white?" asks "... how many were
    white?"; "what was Red Thread about?" -> "and Ignite?" asks "what was Ignite about?".

    A thing of the same kind (:data:`_SIBLING_KINDS`), or a name for a name (capitalised
    words, or an acronym for the earlier question's one acronym). ``None`` when the
    follow-up names more than the thing, or the earlier question holds nothing of its kind
    (then the earlier topic is carried after a dash, as before)."""
    alone = _SWAP_ALONE.match(rest.strip())
    if not alone:
        return None
    x = alone.group("x").strip()
    prev = prev_q.strip().rstrip(" ?")
    for kind in _SIBLING_KINDS:
        if kind.fullmatch(x):
            for m in kind.finditer(prev):
                if (m.start() == 0 or not prev[m.start() - 1].isalnum()) and (m.end() == len(prev) or not prev[m.end()].isalnum()) \
                        and m.group(0).lower() != x.lower():
                    if re.search(r"\d\s*$", prev[:m.start()]):
                        return None  # ("at 31 March 2021" -> "and in April?": which day, the follow-up does not say)
                    new = {"secondaries": "secondary schools", "primaries": "primary schools"}.get(x.lower(), x)
                    if re.search(r"\sschools?$", m.group(0), re.I) and not re.search(r"schools?$|ies$|academies$", new, re.I):
                        new += " schools"  # ("how many special schools?" -> "independent?")
                    return f"{prev[:m.start()]}{new}{prev[m.end():]}?"
            return None
    place = re.fullmatch(r"(?P<p>london|england|harrow|brent|barnet|ealing|hillingdon|the\s+uk|wales|scotland)(?:['’]s)?", x, re.I)
    if place:
        # "whats the harrow population" -> "and London's?": the same asked of the place
        other = re.search(r"\b(?:london|england|harrow|brent|barnet|ealing|hillingdon|the\s+uk|wales|scotland)\b", prev, re.I)
        if other and other.group(0).lower() != place.group("p").lower():
            return f"{prev[:other.start()]}{place.group('p')}{prev[other.end():]}?"
        return None
    if re.fullmatch(r"[A-Z]{2,}s?", x):
        acronyms = list(dict.fromkeys(re.findall(r"\b[A-Z]{2,}\b", prev)))
        if len(acronyms) == 1 and acronyms[0] != x:
            return re.sub(rf"\b{acronyms[0]}\b", x, prev, count=1) + "?"
        return None
    if re.fullmatch(r"(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2}", x):
        names = [m for m in re.finditer(r"(?<!^)(?<![.?!-]\s)\b(?:[A-Z][a-z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2}", prev)
                 if not re.fullmatch(r"Harrow|UK|London|England|I|Child\s+[A-Z]|Family\s+[A-Z]", m.group(0))]
        if len(names) == 1 and names[0].group(0) != x:
            m = names[0]
            return f"{prev[:m.start()]}{x}{prev[m.end():]}?"
    return None


#: an earlier answer that refused ("The indexed documents do not give a count of this.")
_REFUSED = re.compile(r"^\s*The indexed documents do not\b")


def _group_of_count(prev_q: str, rest: str) -> str | None:
    """The earlier count asked of the group a follow-up names alone: "how many children went
    missing in 2019-20?" -> "what about girls?" asks "how many girls went missing in
    2019-20?" (the group's own count, which the documents may not give: then it is refused,
    not answered with everyone's), or ``None``."""
    group = _GROUP_ALONE.match(rest.strip())
    counted = _COUNTED_CHILDREN.match(prev_q)
    if not group or not counted:
        return None
    g = re.sub(r"\s+ones$", " children", group.group("g"), flags=re.I)
    if group.group("adj"):
        g += " children"  # ("and white?" after a count of children)
    return f"{counted.group('pre')}{g}{prev_q[counted.end():].rstrip(' ?')}?"


def _corrected(prev_q: str, rest: str, typed: str) -> tuple[str, str] | None:
    """The earlier question put right by a correction.

    Args:
        prev_q: the earlier question, standalone.
        rest: the follow-up without its lead-in ("sorry").
        typed: the follow-up as typed (its opener tells a correction: "no, ...").

    Returns:
        ``("asked", question)`` for the earlier question with the correction put in
        ("how many missing episodes did harrow have in 2019-20?"), ``("question", text)``
        when the correction is a whole question of its own ("I meant how many siblings did
        he have": read on as a follow-up), or ``None`` when ``rest`` corrects nothing.
    """
    meant = _CORRECTION.match(rest)
    body = (meant.group("new") if meant else re.sub(r"^(?:(?:no+|nope|nah|oops|whoops|my\s+bad|correction|sorry|not\s+that)\b[\s,.!:;–—-]*)+",
                                                     "", rest, flags=re.I)).strip(" ?.!")
    if not meant and not (_CORRECTING.match(typed) and (re.search(r"\b(?:not|rather\s+than|instead\s+of)\b", body, re.I)
                                                         or _PERIOD.fullmatch(body))):
        return None
    if meant and _ASKS_FIRST.match(body):
        return ("question", body + "?")
    not_old = _NOT_OLD.match(body)
    new, old = (not_old.group("new"), not_old.group("old")) if not_old else (body, None)
    new = re.sub(r"^(?:(?:just|only)\s+)?(?:the\s+)?(?:(?:number|numbers|figure|figures|count|total)\s+(?:of|for)\s+)?", "", new.strip(), flags=re.I)
    new = new.strip(" ,")
    if not new or len(_WORD.findall(new)) > 8:
        return None
    prev = prev_q.strip().rstrip(" ?")
    if old:
        at = re.search(rf"(?<![\w-]){re.escape(old.strip())}(?![\w-])", prev, re.I)
        if at:
            return ("asked", f"{prev[:at.start()]}{new}{prev[at.end():]}?")
    dated = _WHEN_COUNTED.fullmatch(new) or _DATE_NAMED.fullmatch(new)
    if dated and not _PERIOD.fullmatch(re.sub(r"^(?:(?:in|for|during|the|year|financial)\s+)+", "", new, flags=re.I)):
        # "how many looked after children in 2019-20?" -> "sorry, I meant at 31 March
        # 2021": the date put in place of the earlier one
        when = _WHEN_COUNTED.search(prev) or _DATE_NAMED.search(prev)
        if when:
            return ("asked", f"{prev[:when.start()]}{new}{prev[when.end():]}?")
        return ("asked", f"{prev} {new}?")
    period = _PERIOD.fullmatch(re.sub(r"^(?:(?:in|for|during|the|year|financial)\s+)+", "", new, flags=re.I))
    if period:
        if _PERIOD.search(prev):
            return ("asked", _PERIOD.sub(period.group(0), prev, count=1) + "?")
        return ("asked", f"{prev} in {period.group(0)}?")
    if not meant:
        return None
    counted = _COUNTED_NP.match(prev)
    if counted and re.search(r"\b(?:change|increase|decrease|rise|fall|drop|trend|percentage|per\s*cent|%)\b", new, re.I):
        # "how many domestic abuse referrals went to the MASH?" -> "sorry, I meant the
        # percentage change on last year": the change in that count
        change = re.sub(r"^the\s+", "", new, flags=re.I)
        return ("asked", f"what was the {change} in the number of {counted.group('np')}{prev[counted.end():]}?")
    if counted and not _ASKS.search(new):
        return ("asked", f"{counted.group('pre')}{new}{prev[counted.end():]}?")
    return ("asked", _with_earlier_topic(prev_q, new))


#: "the year before", "last year", "the previous year": the earlier question's period, a year back
_YEAR_BEFORE = re.compile(r"^(?:(?:and|what\s+about|how\s+about|same\s+for|same\s+question\s+for)\s+)?(?:(?:in|for|during)\s+)?"
                          r"(?:the\s+)?(?:year\s+before(?:\s+that)?|previous\s+year|prior\s+year|last\s+year|year\s+prior|"
                          r"one\s+before|before\s+that)$", re.I)
#: "is that up on last year?", "did it go up?", "how does that compare with the year before?"
_CHANGE_ASK = re.compile(r"^(?:(?:is|was|has|did|does)\s+(?:that|it|this|the\s+number|the\s+figure)\s+"
                         r"(?:(?:gone\s+|go\s+|went\s+)?(?:up|down)|risen|rise|fallen|fall|increased?|decreased?|dropped?|"
                         r"(?:(?:way|much|a\s+lot|far|any)\s+)?(?:more|less|higher|lower|bigger|smaller))\b"
                         # (not against another thing of the same year: "was that more than the
                         # CCG gave?"; against what is usual is against earlier years: "is that
                         # way more than we usually get or about normal?")
                         r"(?!\s+than\s+(?!(?:last|the\s+(?:previous|prior|year|last)|before|(?:in\s+)?(?:19|20)\d\d|"
                         r"(?:we\s+|it\s+|they\s+)?(?:usual\w*|normal\w*|typical\w*)|average|expected)\b))"
                         r"|(?:is|was)\s+(?:that|it|this)\s+(?:about\s+|pretty\s+|fairly\s+)?(?:normal|usual|typical|unusual)\b"
                         r"|how\s+(?:does|did)\s+(?:that|it|this)\s+compare\b(?!\s+(?:to|with|against)\s+(?!(?:the\s+)?(?:last|previous|prior|"
                         r"year\s+before|year\s+earlier)\b))"
                         r"|(?:up|down)\s+(?:on|from)\s+(?:last|the\s+previous|the\s+year)"
                         r"|(?:is|was)\s+(?:that|it|this)\s+(?:an?\s+)?(?:increase|decrease|rise|fall|drop)\b)", re.I)
#: a frequency compared with another thing's, not with last year: "is that more often than the
#: missing persons meeting?"
_OFTEN_THAN = re.compile(r"\b(?:more|less)\s+often\s+than\b(?!\s+(?:last|the\s+(?:previous|prior|year)|before)\b)", re.I)
#: a date a follow-up names, which is no "year before": "and was it higher or lower by March 2020?"
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_NAMED = re.compile(rf"\b(?:by|in|at|for|from|to|since|until)\s+(?:the\s+)?(?:end\s+of\s+)?{_MONTH_WORD}\s+(?:19|20)\d\d\b", re.I)
#: the extreme among an earlier answer's figures: "which band is the largest?", "which was
#: the second biggest?", "which gender was higher?"
_EXTREME_OF_EARLIER = re.compile(r"^(?:which|what)(?:\s+(?:one|ones|band|bands|group|groups|age band|age group|gender|sex|category|item|line|type|area|agency|ethnic group))?"
                                 r"\s+(?:is|was|were|are|had|has)\s+(?:the\s+)?(?:second\s+|next\s+|third\s+)?"
                                 r"(?:largest|biggest|highest|most|smallest|lowest|least|fewest|higher|lower|bigger|smaller|larger)\b[^?]{0,20}\??$", re.I)
#: a count of a thing: "how many LADO referrals were there?"
_HOW_MANY_THERE = re.compile(r"^(?:(?:so|and|ok)\s+)?how many\s+(?P<np>[^?]+?)\s+(?:were there|are there|was there|have there been)\b(?P<rest>[^?]*?)\s*\??$", re.I)
#: "give me the rest of the list", "any more?", "what else?", "the full list"
_MORE_OF_LIST = re.compile(r"^(?:(?:can\s+you\s+|could\s+you\s+|pls\s+|please\s+)?(?:give|show|list|tell)\s+(?:me\s+)?)?"
                           r"(?:(?:the\s+)?rest(?:\s+of\s+(?:the\s+|that\s+|them|it)?(?:list|ones|items|points)?)?|"
                           r"(?:the\s+|a\s+)?(?:full|whole|complete)\s+list|any\s+(?:more|others)|what\s+else|"
                           r"(?:all\s+)?the\s+others|(?:are\s+there\s+)?(?:any\s+)?(?:more|others)|all\s+of\s+them)"
                           r"(?:\s+(?:please|pls|then|too))?$", re.I)
#: a follow-up asking for more than the earlier answer gave: "what were the rest?", "any
#: others?", "and apart from that one?", "anything more about that?", "what other reviews
#: were there?", "apart from the helpline, what else?" (:func:`asks_for_more`)
_REST_OF = r"(?:rest|others)(?=\s*$|\s+(?:please|pls|then|too)\b|\s+of\s+(?:them|those|these|it|its|their|(?:the|his|her)\s+(?:\w+\s+)?\w+s)\b)"
_MORE_ASK = re.compile(rf"^(?:(?:what|which|who)\s+(?:were|are|was|is)\s+(?:the\s+)?(?:{_REST_OF}|other\s+ones?)"
                       rf"|(?:the\s+)?{_REST_OF}|other\s+ones?\b"
                       r"|any(?:thing|one|body)?\s+(?:else|more|others?|further)\b|(?:is\s+there|are\s+there)\s+any(?:thing)?\s+(?:else|more|others?)\b"
                       r"|(?:what|who|where|how|which)\s+else\b"
                       r"|(?:apart|aside)\s+from\s+(?:that|this|those|these|them|it)(?:\s+ones?)?\b"
                       r"|(?:(?:can|could)\s+you\s+)?(?:tell|give|show)\s+me\s+more\b|more\s+(?:please|pls|on\s+that|about\s+that|on\s+it|about\s+it)\b"
                       r"|(?:what|which)\s+other\b|any\s+other\b|the\s+other\s+\w+"
                       r"|(?:(?:apart|aside)\s+from|other\s+than|besides|except(?:\s+for)?|not\s+counting)\s+[^,?]{2,60}?(?:,\s*|\s+[-–—]\s+|\s+)(?:what|who|where|how|which)\s+else\b"
                       r"|any\s+others?\s+(?:apart\s+from|other\s+than|besides|except)\b)", re.I)
#: a follow-up asking for more by an exclusion alone: "apart from the helpline, what
#: else?", "any others apart from the Salvation Army?", "other than that one?"
_MORE_BESIDES = re.compile(r"^(?:(?:(?:apart|aside)\s+from|other\s+than|besides|except(?:\s+for)?|not\s+counting)\s+(?P<x1>[^,?]{2,60}?)"
                           r"(?:,\s*|\s+[-–—]\s+|\s+)(?:what|who|where|how|which)\s+else|"
                           r"any(?:thing)?\s+(?:others?|else|more)\s+(?:(?:apart|aside)\s+from|other\s+than|besides|except(?:\s+for)?)\s+(?P<x2>[^,?]{2,60}?))"
                           r"(?:\s+(?:please|pls|then|too))?\s*\??$", re.I)


#: an earlier question asking what a source found or said about one thing: "what did the
#: Child M review find about dental care?"
_ABOUT_QUALIFIER = re.compile(r"^(?P<head>(?:what|which)\b[^?]{3,80}?\b(?:find|found|say|said|recommend|recommended|learn|learned|learnt|show|showed|note|noted|conclude|concluded|raise|raised))"
                              r"\s+(?:about|on|regarding|re|around|in relation to|in terms of)\s+(?P<x>[^?]{3,60}?)\s*\??$", re.I)


def asks_for_more(message: str) -> bool:
    """Whether a follow-up asks for more than the earlier answer gave: "what were the
    rest?", "any others?", "and apart from that one?", "anything more about that?", "what
    other reviews were there?", "apart from the helpline, what else?". The chain then
    leaves out what the earlier answer quoted (:meth:`assistant.chain.Assistant.ask`).

    Args:
        message: the follow-up as typed (redacted).

    Returns:
        ``True`` when the message, its lead-in and connective removed, opens with such an
        ask.
    """
    rest = _asked_part(message)
    return bool(rest) and bool(_MORE_ASK.match(rest))


def _asked_part(message: str) -> str:
    """A follow-up without its lead-in ("thanks!"), its connective ("and", "what about")
    and closing marks: "ok thanks - and what else?" -> "what else"."""
    q = " ".join((message or "").split())
    lead = _LEAD_IN.match(q)
    if lead:
        q = q[lead.end():]
    connective = _FOLLOWUP.match(q)
    return (q[connective.end():] if connective else q).strip(" ,?.!")


#: "what does that stand for?", "what does it mean?"
_THAT_TERM = re.compile(r"^(?:so\s+)?what\s+(?:does|do)\s+(?:that|it|this|the\s+acronym|the\s+abbreviation)\s+"
                        r"(?P<ask>stand\s+for|mean)$", re.I)
_ACRONYM = re.compile(r"\b(?:[A-Z]{2,6}s?|[A-Z]&[A-Z])\b")
#: words in capitals that are no term ("I", shouting, the question words)
_NOT_ACRONYM = {"I", "OK", "UK", "THE", "AND", "WHAT", "WHO", "HOW", "PLS", "ASAP", "FYI", "NB"}
#: a word that can follow a subject as its verb: "was [the training] changed", "how did [CP
#: conferences] adapt" (not "children", "women": nouns ending -en)
_VERB = (r"(?!(?:children|women|men|often|even|open|garden|kitchen|citizen|seven|eleven|red|bed|need|seed|"
         r"hundred|kindred)\b)(?:\w+ed|\w+en|adapt|change|work|respond|help|deal|get|go|use|keep|run|manage|support|"
         r"happen|start|cope|perform|compare|fund|spend|rank|do|make|see|meet|take|find|identify|include|cover|"
         r"decide|report|record|measure|improve|increase|decrease|rise|fall|affect|impact|look|come|say|show|mean|"
         r"want|offer|provide|give|cost|pay|put|hold|chair|lead|attend|sit|capture|involve|ask|tell|stop|"
         r"continue|carry|send|refer|contact|train|plan|set|agree|have|share|mention|exist|know|think|feel|"
         r"apply|cause|explain|describe|recommend|learn|differ)")
#: the earlier question's subject, by its frame: "what was X about?", "what does X do?",
#: "tell me about X", "who chairs X?", "was X changed ...?", "how did X adapt ...?",
#: "is there a X ...?", "how old was X?"
_SUBJECT_FRAMES = (
    # "have you got the Child M learning sheet?", "do you have the modern slavery pages?":
    # "it" is what the asker checked the assistant has (sixty-second session)
    re.compile(r"^(?:(?:have|has)\s+(?:you|we)\s+(?:got\s+)?(?:access\s+to|seen|read|heard\s+of|got)|(?:do|did)\s+(?:you|we)\s+"
               r"(?:have|hold|know\s+(?:about|of))|(?:can|could)\s+you\s+(?:see|find|access|open|read|look\s+at)|"
               r"(?:you\s+)?got)\s+(?P<x>(?:the|a|an|that|this)\s+.+?)(?:\s+(?:there|here|handy|to\s+hand|loaded|indexed|in\s+there))?$", re.I),
    # "what does the report say about Y?": "it" is Y, not the report
    re.compile(r"^(?:so\s+)?what\s+(?:does|do|did)\s+(?:the\s+|this\s+)?(?:annual\s+)?(?:report|document|guidance|"
               r"page|website)\s+(?:say|tell\s+us|show)\s+(?:about|on|regarding)\s+(?P<x>.+)$", re.I),
    re.compile(r"^(?:so\s+)?(?:what|who)(?:\s+(?:is|was|are|were|'s)|['’]s|s(?=\s+the\b))\s+(?P<x>.+?)(?:\s+(?:about|for|like|all\s+about|"
               r"looking\s+at|doing|there\s+for))?$", re.I),
    re.compile(r"^(?:so\s+)?what\s+(?:does|do|did)\s+(?P<x>.+?)\s+(?:do|mean|stand\s+for|say|cover|involve|find|"
               r"recommend|show|conclude|look\s+at|focus\s+on|deal\s+with|cost|offer|provide)\b.*$", re.I),
    re.compile(r"^(?:tell\s+me\s+(?:more\s+)?about|explain|describe|summari[sz]e|what\s+do\s+you\s+know\s+about|"
               r"info\s+on|anything\s+on)\s+(?P<x>.+)$", re.I),
    re.compile(r"^(?:who|which\s+\w+)\s+(?:chairs|chaired|runs|ran|leads|led|wrote|carried\s+out|funds|funded|"
               r"commissioned|attends|attended|sits\s+on)\s+(?P<x>.+)$", re.I),
    re.compile(r"^(?:is|are)\s+there\s+(?:(?:a|an|any|some)\s+)?(?P<x>.+?)(?:\s+(?:that\s+)?(?:i|we|you)\s+(?:can|could|"
               r"should|might)\b.*)?$", re.I),
    re.compile(r"^how\s+(?:old|long|big|many|much)\s+(?:is|was|are|were)\s+(?P<x>.+)$", re.I),
    # "how many children went missing in harrow in 2019-20?": "them" are the children who
    # went missing (sixty-fourth session: closed follow-ups, "were most of them ...?")
    re.compile(r"^how\s+many\s+(?P<n>(?:[\w'’-]+\s+){0,3}?(?:children|kids|young\s+people|girls|boys|pupils|people|"
               r"victims|families|parents|carers))\s+(?P<v>went|were|are|was|had|have|got|ran|came|left|died|attended)\s+(?P<r>.+)$", re.I),
    # a closed question whose subject a preposition or state follows: "was the 2021
    # safeguarding conference on contextual safeguarding?", "is the MASH open at weekends?"
    re.compile(r"^(?:is|are|was|were|isn['’]?t|wasn['’]?t)\s+(?P<x>(?:(?:the|a|an|this|that)\s+(?:[\w'’&-]+\s+){0,5}?[\w'’&-]+"
               # (or a name with no article: "is operation philomena about kids going missing ...?")
               r"|(?!(?:it|its|this|that|there|here|he|she|they|you|we|i|me|anyone|anybody|anything|someone|something|everyone|"
               r"everything|nobody|nothing|one|any|some|all|both|most|many|much|more|less|what|which|who|how|why|when|where)\b)"
               r"(?:[\w'’&-]+\s+){0,3}?[\w'’&-]+))\s+"
               r"(?:on|about|in|for|at|by|from|with|still|online|held|run|open|free|available|only|really|just|ever|part)\b.*$", re.I),
    # "how many delegates attended the annual conference?": "it" is the conference
    re.compile(r"^how\s+many\s+(?:[\w'’-]+\s+){1,3}?(?:attended|came\s+to|went\s+to|joined|registered\s+for|signed\s+up\s+(?:to|for)|"
               r"took\s+part\s+in|were\s+at|logged\s+(?:on|in)\s+(?:to|for))\s+(?P<x>.+)$", re.I),
    # (after a clause setting the time: "when lockdown started did DA referrals into police
    # and the MASH go up or down?")
    re.compile(r"^(?:(?:when|after|before|once|since|during)\s+(?:[\w'’-]+\s+){1,4}?(?:started|began|began|hit|ended|came\s+in|kicked\s+in),?\s+)?"
               r"(?:(?:how(?:\s+(?:often|long))?|why|when|where)\s+)?(?:was|were|is|are|has|have|had|did|does|do|can|could|will|would|should)\s+"
               r"(?P<x>(?:[\w'’&-]+\s+){0,7}?[\w'’&-]+)\s+" + _VERB + r"\b.*$", re.I),
)
#: nouns of a part that "it" does not stand for: "the key findings of [the review]"
_PART_OF = re.compile(r"^(?:the\s+)?(?:(?:key|main|three|four|five|top|overall)\s+)*(?:findings?|recommendations?|"
                      r"learning|lessons?|messages?|purpose|aims?|role|remit|priorit(?:y|ies)|outcomes?|"
                      r"conclusions?|chair|members?|membership|themes?|points?|focus|scope|structure|"
                      r"definition|meaning|results?|terms\s+of\s+reference|list|lists|types?|kinds?|examples?|"
                      r"data|figures?|numbers?)\s+(?:of|from|for|on)\s+(?P<x>.+)$", re.I)
#: pronouns that stand for the earlier subject: "who chaired it?", "what did they find?"
_PRONOUN = re.compile(r"\b(?P<p>it|its|they|them|their)\b(?!['’])", re.I)
#: a scene of calling a service, opening an earlier question: "if i ring the modern slavery
#: helpline who handles the info i give?"
_RUNG = re.compile(r"(?:if|when|once)\s+(?:i|we|you|someone|a victim|a child)\s+(?:ring|rings|call|calls|phone|phones|contact|contacts|text|texts)\s+"
                   r"(?P<x>(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:helpline|line|police|service|team|hub|MASH|Crimestoppers|NSPCC|LADO))\b", re.I)
#: "they" and its forms, pointing back to a body an answer named
_THEY = re.compile(r"\b(?P<p>they|them|their)\b(?!['’])", re.I)
#: an earlier question asking who does something, or which body does: "who helps small
#: community groups with vetting?", "which agency runs the MASH?"
_WHO_ASKED_Q = re.compile(r"(?:and\s+)?(?:who|which\s+(?:organi[sz]ation|agency|charity|team|service|body|group|partner))\b(?!\s+(?:is|are|was|were)\s+(?:he|she|they)\b)", re.I)
#: a body's name in an answer: capitalised words ending in a word organisations are
#: named with ("Voluntary Action Harrow", "The Salvation Army", "Medaille Trust"), or an
#: acronym of three letters or more ("NSPCC")
_BODY_NAMED = re.compile(r"\b(?:The\s+)?(?:[A-Z][\w'’&-]+\s+(?:(?:of|and|for|&)\s+)?){0,4}"
                         r"(?:Harrow|Action|Team|Service|Services|Trust|Army|Society|Partnership|Board|Council|Police|Foundation|"
                         r"Charity|Hub|Unit|Group|Subgroup|Project|Helpline|Centre|Network|Alliance|Association|Agency|Authority|Office|"
                         r"International|UK|Cymru)\b(?<!^Harrow)|\b[A-Z]{3,6}\b")
#: "it" or "its" alone, which a message closing "... them on it?" points back with
_IT = re.compile(r"\b(?P<p>it|its)\b(?!['’])", re.I)
#: a message closing on "it": "... what you tell them on it?"
_USES_IT = re.compile(r"\b(?:ring|ringing|rang|call|calling|called|phone|phoning|phoned|contact|contacting|contacted|use|using|used|"
                      r"access|accessing|email|emailing|text|texting|visit|visiting|refer to|referring to)\s+(?:it|them)\b(?!\s+(?:is|was|that)\b)", re.I)
_ENDS_ON_IT = re.compile(r"\b(?:on|about|for|with|in|from|to|of)\s+it\s*\??$", re.I)
#: a share of the earlier subject: "how much of that came from the police?" (``p``)
_OF_THAT = re.compile(r"\b(?:of|from)\s+(?P<p>that|this)\b(?=\s+(?:came|come|comes|was|were|is|are|went|goes|go|did|had|has)\b)", re.I)
#: pronouns for a person: "does he chair any other board?"
_PERSON_PRONOUN = re.compile(r"\b(?P<p>he|she|him|his|her)\b(?!['’])", re.I)
#: a person named in the message itself, whom its "he / she" may mean
_PERSON_NOUN = re.compile(r"\b(?:mum|mom|mother|dad|father|step-?(?:dad|mum|father|mother)|parents?|carers?|boyfriend|girlfriend|"
                          r"partner|brother|sister|uncle|aunt|auntie|nan|gran|grandad|grandma|cousin|son|daughter|baby|"
                          r"child|kid|boy|girl|pupil|student|teacher|yp|young\s+person|man|woman|guy|friend|neighbour|"
                          r"client|worker|officer|\[NAME\])s?\b", re.I)
#: a child known by a letter in the documents ("Child M")
_CHILD_LETTER = re.compile(r"\bchild\s+['‘’]?[A-Za-z]['’]?(?![\w])", re.I)
_CAPITALISED_PAIR = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
#: a case review the earlier question names: "the Family A adult review", "Child M's CSPR"
_CASE_REVIEW = re.compile(r"\b(?:the\s+)?(?:child|family|young person|adult)\s+[A-Z](?:['’]s)?\s+(?:(?:adult|practice|safeguarding)\s+)*"
                          r"(?:review|cspr|sar|llr|case review)\b", re.I)
#: a review pointed back to: "that review", "this case", "the CSPR"
_THAT_REVIEW = re.compile(r"\b(?:that|this|the)\s+(?P<what>review|case review|case|cspr|llr|sar|learning sheet)\b", re.I)
#: a case named by its letter: "Child M's school attendance", "Family A"
_CASE_NAMED = re.compile(r"\b(?P<case>(?i:child|family|young person)\s+[A-Z])(?:['’]s)?(?![\w'’])")
#: what a review does to its readers: teach, find, show, recommend, conclude
_REVIEW_VERB = re.compile(r"\b(?:teach|taught|find|found|show|showed|shown|recommend\w*|conclude\w*|learn\w*|highlight\w*|say|said)\b", re.I)
#: a person named by where they came from, as the slavery pages head survivors' stories
#: ("Serena from Gambia", "Albert from Britain")
_NAME_FROM_PLACE = re.compile(r"\b([A-Z][a-z]+)\s+from\s+([A-Z][a-z]+)\b")
#: a body's own look at the earlier topic: "harrow's own review", "their own audit"
_OWN_LOOK = re.compile(r"\b(?:harrow['’]?s|their|its|our|the\s+partnership['’]?s|the\s+board['’]?s)\s+own\s+(?:review|reviews|audit|audits|research|data|figures|version|procedures?|findings|look)\b", re.I)
#: a follow-up about the earlier turn's topic, however long: "that / this / those" as the
#: thing asked about ("why is that a problem ...?", "why do they reckon those numbers will go
#: up?", "what caused this?"), or "something like that", "that kind of thing"
_REFERS_BACK = re.compile(
    r"\b(?:why|how|when|where|is|was|are|were|did|does|do|has|have|had|about|behind|caused?|causes|explains?|"
    r"drove|drives|reckon|think|expect|why['’]s|how['’]s)\s+(?:that|this|those|these)"
    r"(?=\s*(?:[?.!,]|$)|\s+(?:is|was|are|were|a|an|so|such|happen\w*|matter\w*|numbers?|figures?|rises?|falls?|"
    r"drops?|increases?|decreases?|changes?|problems?|issues?|then|though|tho|exactly)\b)"
    # (a change the earlier answer gave, named again: "and that jump in the autumn - what was
    # it put down to?")
    r"|\b(?:that|this|the same)\s+(?:jump|rise|spike|surge|increase|drop|fall|dip|decline|peak|change|drop-off)\b"
    r"|\b(?:something|anything|things?|stuff|situations?|cases?)\s+like\s+(?:that|this)\b"
    # "are there any that work with children?" after "is there anyone who helps victims of
    # trafficking?": some of those the earlier answer named (sixty-fourth session)
    r"|^(?:and\s+)?(?:are|is)\s+there\s+(?:any|ones?)\s+(?:that|who|which)\b"
    # "and did harrow's own review find problems?" after "is operation philomena about ...?":
    # the earlier topic, looked at by its own (sixty-fourth session)
    r"|" + _OWN_LOOK.pattern +
    r"|\b(?:that|this)\s+(?:kind|sort|type)\s+of\s+(?:thing|situation|case|issue|concern)\b"
    # "why did it happen?", "how did it go up?" (after a count)
    r"|\b(?:why|how)\s+(?:did|does|do|has|have|is|was)\s+it\s+(?:happen\w*|go(?:ne)?\s+(?:up|down)|rise|risen|fall|fallen|drop|dropped|"
    r"increase|increased|decrease|decreased|change|changed)\b"
    # "what's being changed so that doesn't slip through again?", "to stop that happening again"
    r"|\b(?:so|stop|stops|prevent|prevents|avoid|ensure)\s+(?:that|this)\s+(?:doesn['’]?t|does\s+not|won['’]?t|will\s+not|can['’]?t|"
    r"isn['’]?t|never|from|happening|happens|happen)\b"
    # "what have schools been asked to do differently since then?", "when someone did raise
    # it as a concern, what happened with that?": what came of the earlier answer
    # ("what did they say should change because of that?")
    r"|\b(?:because\s+of|in\s+response\s+to|as\s+a\s+result\s+of)\s+(?:that|this|it)\s*[?.!]*\s*$"
    r"|\b(?:since|after|following|off the back of)\s+(?:then|that|this)\s*[?.!]*\s*$|\bwhat\s+happened\s+(?:with|to|about)\s+(?:that|this|it)\s*[?.!]*\s*$", re.I)
#: a lone "that / this" at the end or before a verb of asking: "where do I report that?"
_THAT_END = re.compile(r"\b(?:that|this)(?=\s*(?:then\s*)?\??$)", re.I)
#: an organisation named in the earlier question, to swap for "same question for the police";
#: agencies and roles a practitioner asks about in turn ("how many board meetings did the
#: designated nurse attend?" -> "and probation?", :func:`assistant.answer.roles.agency_words`)
_ORG = re.compile(r"\b(?:(?:child|family)\s+['‘’]?[a-z]['’]?(?!\w)|"
                  r"(?-i:(?:[A-Z][\w'’&-]*\s+)+(?:Council|Trust|Service|Police|Partnership|Board|Hospital|Group))|"
                  + agency_words() + r")\b", re.I)
#: "the second one", "number 3", "the last point"
_ORDINAL = re.compile(r"\b(?:the\s+)?(?P<n>first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th|6th)"
                      # (not a time: "a kid groomed into county lines last year") (sixty-fourth session)
                      r"(?!\s+(?:year|years|week|weeks|month|months|night|time|times|summer|winter|spring|autumn|term|day|days|weekend|"
                      r"few|couple|session|meeting|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
                      r"(?:\s+(?:one|item|point|priority|finding|recommendation|bullet|area|theme|thing))?\b"
                      r"|\b(?:number|no\.?|#)\s*(?P<d>[1-6])\b", re.I)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fifth": 5, "5th": 5, "sixth": 6, "6th": 6}
_MARKER = re.compile(r"\s*\[\d+\]")


def _glossary_acronyms(text: str) -> set[str]:
    """Acronyms of the glossary that ``text`` types in lower case ("who runs the vve
    group?", "what is fgm?"), as Slack users do; only those of three letters or more that
    are no everyday word (:func:`assistant.glossary.acronym_flags`)."""
    from assistant.glossary import acronym_flags, load_glossary

    terms = load_glossary().terms
    return {w.upper() for w in re.findall(r"\b[a-z]{3,6}\b", text)
            if w.upper() in terms and acronym_flags(w.upper()) == re.I}


#: "the year after", "the next year", "the following year": the earlier question's period, a year on
_YEAR_AFTER = re.compile(r"^(?:(?:and|what\s+about|how\s+about|same\s+for|same\s+question\s+for)\s+)?(?:(?:in|for|during)\s+)?"
                         r"(?:the\s+)?(?:year\s+after(?:\s+that)?|next\s+year|following\s+year|year\s+following|one\s+after)$", re.I)


def _year_after(period: str) -> str:
    """The period a year later, in the same form: ``2018-19`` -> ``2019-20``, ``2019 to
    2020`` -> ``2020 to 2021``, ``2019`` -> ``2020``."""
    def on(m: re.Match) -> str:
        digits = m.group(0)
        value = int(digits) + 1
        return f"{value % 100:02d}" if len(digits) == 2 else str(value)

    return re.sub(r"\d{4}|(?<=[-–/])\d{2}\b|(?<=to )\d{2}\b", on, period)


def _year_before(period: str) -> str:
    """The period a year earlier, in the same form: ``2020-21`` -> ``2019-20``,
    ``2019 to 2020`` -> ``2018 to 2019``, ``2020`` -> ``2019``."""
    def back(m: re.Match) -> str:
        digits = m.group(0)
        width = len(digits)
        value = int(digits) - 1
        return f"{value % 100:02d}" if width == 2 else str(value)

    return re.sub(r"\d{4}|(?<=[-–/])\d{2}\b|(?<=to )\d{2}\b", back, period)


#: subjects that name nothing a later "it" could stand for
_NO_SUBJECT = frozenset("anyone anybody someone somebody everyone everybody you i we people staff there "
                        "one this that these those".split())
#: a fragment that asks about the earlier topic from another side: "any diff between girls
#: and boys?", "breakdown by age?", "split by ward?"
_ANOTHER_SIDE = re.compile(r"\b(?:between|diff|difference|differences|breakdown|broken\s+down|split|by|vs|versus|compared?|"
                           r"each|per|trend|change|changes|same|also|too|either|instead|rest|others?)\b", re.I)
_SAID_ABOUT = re.compile(r"^(?:so\s+)?what\s+(?:does|do|did|has|have)\s+(?P<who>.+?)\s+(?:say|said|think|write|wrote|"
                         r"tell\s+us)\s+(?:about|on|regarding)\s+(?P<x>.+?)\s*\??$", re.I)


#: an earlier question asked of where the documents cover something, and what it asks:
#: "does the annual report say how many kids went missing in 2019-20?" asks "how many
#: kids went missing in 2019-20?"; "is there anything on the HSCB budget in the annual
#: report?" and "where does the report talk about LADO referrals?" ask about the thing
_DOC = r"(?:the\s+|this\s+|that\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:report|sheet|guidance|document|page|pages|website|site|cspr|it)"
_WHETHER_FRAMES = (
    (re.compile(rf"^(?:so\s+)?(?:does|do|did)\s+{_DOC}\s+(?:actually\s+)?(?:say|mention|tell\s+(?:us|me)|give|show|state|include|"
                r"cover|have)\s+(?:whether\s+|if\s+)?(?P<x>(?:how|who|when|where|why|which|what)\b.+)$", re.I), "{x}"),
    (re.compile(rf"^(?:so\s+)?(?:does|do|did)\s+{_DOC}\s+(?:actually\s+)?(?:say|mention|have|cover|include|give)\s+"
                r"(?:anything|any\s+(?:info|information|data|figures?|details?|mention))\s+(?:on|about|re|regarding)\s+(?P<x>.+)$", re.I),
     "tell me about {x}"),
    (re.compile(r"^(?:is|are)\s+there\s+(?:anything|any\s+(?:info|information|data|figures?|details?|mention|guidance))\s+"
                rf"(?:in\s+{_DOC}\s+)?(?:on|about|re|regarding)\s+(?P<x>.+?)(?:\s+in\s+{_DOC})?$", re.I), "tell me about {x}"),
    (re.compile(r"^(?:where|which\s+(?:section|part|page|bit|chapter))\s+(?:does|do|of)\s+"
                rf"{_DOC}\s+(?:talk\s+about|covers?|mentions?|discuss(?:es)?|deals?\s+with|says?\s+(?:anything\s+)?about)\s+(?P<x>.+)$", re.I),
     "tell me about {x}"),
)


def _unframed(question: str) -> str:
    """``question`` without a frame asking whether or where the documents cover something
    (:data:`_WHETHER_FRAMES`): "does the annual report say how many kids went missing in
    2019-20?" -> "how many kids went missing in 2019-20?"; "is there anything on the HSCB
    budget in the annual report?" -> "tell me about the HSCB budget?"; unchanged
    otherwise. What a later "them", "it" or "that" stands for is in what is asked."""
    q = question.strip().rstrip("?.! ").strip()
    for frame, out in _WHETHER_FRAMES:
        m = frame.match(q)
        if m and _WORD.search(m.group("x")):
            return out.format(x=m.group("x").strip(" ,")) + "?"
    return question


def _subject(question: str, whole: bool = False) -> str | None:
    """The thing the earlier ``question`` asks about, when its frame says so plainly ("the
    Child M review" in "What was the Child M review about?"); ``None`` otherwise. A part
    of it ("the key findings of X") gives X, which is what a later "it" means."""
    q = question.strip().rstrip("?.! ").strip()
    for frame in _SUBJECT_FRAMES:
        m = frame.match(q)
        if m:
            if "x" not in m.groupdict() and not whole:
                # (the children counted are the subject only of "most / which of them":
                # "why do they go?" after the count keeps the earlier question whole)
                return None
            x = m.group("x").strip(" ,") if "x" in m.groupdict() else f"the {m.group('n')} who {m.group('v')} {m.group('r')}"
            part = _PART_OF.match(x)
            if part and not whole:
                x = part.group("x").strip(" ,")
            x = re.sub(r"\s+(?:in|for|during)\s+" + _PERIOD.pattern + r"$", "", x)
            # ("what's the modern slavery helpline number?": "it" is the helpline)
            x = re.sub(r"(?<=\w)\s+(?:phone\s+|telephone\s+|contact\s+)?(?:number|no\.?)$", "", x, flags=re.I)
            words = _WORD.findall(x)
            if x.lower() in _NO_SUBJECT:
                return None  # "did anyone manage to ...?" names no subject
            if 1 <= len(words) <= 10 and not _POINTS_BACK.search(x) and not _ASKS.match(x):
                return x
            return None
    # a scene or topic set before the question ("Our faith group runs the Saturday school
    # where a child disclosed - what did the voluntary sector outreach team do ...?"): the
    # question's own subject
    after = _SET_FIRST.match(q)
    if after:
        return _subject(after.group("rest"), whole)
    return None


#: a scene or topic set before the asking clause, up to a dash or colon
_SET_FIRST = re.compile(r"^(?!(?:what|who|which|how|why|when|where|is|are|was|were|do|does|did)\b)[^?]{3,200}?\s[-–—:]\s+"
                        r"(?P<rest>(?:so\s+)?(?:what|who|which|how|is|are|was|were|tell|explain|describe)\b[^?]*)$", re.I)


def _list_items(answer: str) -> list[str]:
    """The items of a list in an earlier answer: its bullet lines, else the last "A, B and
    C" run of an answer sentence."""
    text = _MARKER.sub("", answer or "")
    bullets = [re.sub(r"^\s*(?:[-•*]|\d+[.)])\s+", "", line).strip(" .;")
               for line in text.splitlines() if re.match(r"^\s*(?:[-•*]|\d+[.)])\s+", line)]
    if len(bullets) >= 2:
        return bullets
    runs = re.findall(r"((?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5},\s+)+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?,?\s+and\s+"
                      r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})", text)
    if runs:
        return [item.strip(" .,") for item in re.split(r",\s+(?:and\s+)?|\s+and\s+", runs[-1]) if item.strip(" .,")]
    return []


#: a case told in a follow-up, asking whether it fits what the earlier answer listed:
#: "15yo ... gets dropped off at 5am by a van - does that fit?", "... is that one of them?"
_FITS_EARLIER = re.compile(r"^(?P<case>.{15,}?)\s*(?:[-–—,.]\s*|\s)(?:so\s+)?(?:does|would|could|do)\s+(?:that|this|it|they)\s+(?:fit|count|match|apply)"
                           r"(?:\s+(?:any of them|one of them|the list))?\s*\??\s*$|^(?P<case2>.{15,}?)\s*(?:[-–—,.]\s*|\s)is\s+(?:that|this)\s+one of them\s*\??\s*$"
                           # "what about a kid who gets brought by a van at 5am ... - which one is
                           # that?" (sixty-fifth session)
                           r"|^(?P<case3>.{15,}?)\s*(?:[-–—,.]\s*|\s)(?:which|what)\s+(?:one|of them|of those|sign|type|kind)\s+(?:is|would be|['’]s)\s+(?:that|this|it)\s*\??\s*$", re.I)
#: what an earlier question listed kinds of: "what are the signs of modern slavery?"
_KINDS_ASKED = re.compile(r"\b(?P<kind>signs|types|kinds|forms|indicators|categories)\s+of\s+(?P<of>[^?]{3,60}?)"
                          r"(?=\s+(?:are|is|do|does|include|according|there|in the|on the|for)\b|\s*[?.!]|\s*$)", re.I)
#: a follow-up about a count with no service of its own: "why did referrals drop?", "how
#: many contacts were there?"
_BARE_COUNT = re.compile(r"^(?:(?:why|how come|when|(?:by\s+)?how\s+much|by\s+what\s+(?:percentage|percent|%|proportion))\s+"
                         r"(?:did|have|has|do|does|were|are)\s+(?:the\s+)?|how many\s+|what happened to\s+(?:the\s+)?)"
                         r"(?P<noun>referrals|contacts|notifications|allegations)\b(?!\s+(?:to|from|into|about|for|by|of)\b)", re.I)
#: a service whose counts a follow-up may mean
_SERVICE = re.compile(r"\b(?:LADO|MASH|MARAC|NRM|CAMHS|Prevent|Channel)\b")
#: a condition of danger asked after a question: what to do then, not the same question
_DANGER_CONDITION = re.compile(r"\b(?:immediate|imminent|in danger|emergency|life|right now)\b", re.I)
#: a condition only, the earlier question to be asked under it: "and if the caller wants
#: to stay anonymous?", "what if she's under 16?"
_CONDITION_ONLY = re.compile(r"^(?:(?:but|so)\s+)?(?:what\s+)?(?:if|supposing|in case)\s+(?P<cond>[^,;:?]{6,})\??$", re.I)
#: a topic set first, then asked of the earlier source: "the other kids in the family - did
#: it say anything about them?"
_SAID_OF_TOPIC = re.compile(r"^(?P<topic>[^-–—?:]{3,60}?)\s*(?:\s[-–—]\s|:\s|,\s|\?\s)\s*(?:does|did|do|is there|was there)\s+"
                            r"(?:(?:it|they|that|the review|the report|the sheet|the page)\s+)?(?:say|mention|cover|have|note|anything)\s*"
                            r"(?:anything\s+)?(?:about|on|regarding)?\s*(?:them|it|that|those|this|these|him|her)?\s*\??$", re.I)
_WH_WORD = re.compile(r"\b(?:what|which|who|whom|whose|how|where|why|when)\b", re.I)
#: a part of the earlier count asked for: "how many of those had gone from LA care?"
_OF_THOSE = re.compile(r"^(?P<ask>how many|how much|(?:what|the) (?:share|proportion|percentage|number|per ?cent|%))\s+of\s+"
                       r"(?:(?:those|these)(?:\s+ones)?|them|the ones|that lot)\b(?P<pred>\s+[^?]*)\??$", re.I)
#: ... and the earlier count: "how many children went missing in 2019-20?" (group, then what they did)
_COUNTED = re.compile(r"(?:^|[-–—:,.]\s+|^(?P<when>(?:in|for|during|over)\s+[^?,]{2,24}?),?\s+)how many\s+(?P<group>(?:[\w'’-]+\s+){0,4}?(?:children|kids|young people|people|"
                      # (or in the singular, as a second language may have it: "how many initial child
                      # protection case conference happen in Harrow?")
                      r"(?:case|victim|referral|contact|girl|boy|adult|pupil|carer|leaver|plan|episode|"
                      r"conference|meeting|review|assessment|allegation|notification|incident|exclusion)s?|families)\b"
                      # (the whole compound: "case conference", not "case")
                      r"(?!\s+(?:conference|meeting|review|assessment|plan|referral|contact)s?\b))"
                      r"\s+(?P<did>[^?]+?)\s*\??$", re.I)
_AUXILIARY = re.compile(r"(?:did|do|does|has|have|had|will|would|can|could|should)\b", re.I)
_PEOPLE = re.compile(r"\b(?:children|kids|young people|people|victims|families|girls|boys|adults|pupils|carers|leavers)\b", re.I)


#: a count with no group counted: "how many had EHC plan?", "how many were girls?"
_COUNT_NO_GROUP = re.compile(r"^how\s+many\s+(?P<v>had|have|has|were|was|are|is|did|got|get|went|received|needed|needs)\s+(?P<pred>[^?]{2,80})\??$", re.I)
#: a follow-up asking for an example with no "of": "give me example from the victims stories",
#: "is there an example?", "any examples in the stories?"
_EXAMPLE_ASK = re.compile(r"^(?:(?:can|could)\s+you\s+)?(?:please\s+)?(?:(?:give|show|tell)\s+(?:me\s+|us\s+)?|is\s+there\s+|are\s+there\s+|any\s+)?"
                          r"(?:an?\s+|some\s+|one\s+)?examples?\b(?!\s+of\b)(?P<rest>[^?]*)\??$", re.I)
#: a follow-up that only names a date: "and in march 2020?", "what about 31 March 2021?", "and
#: at the end of that year, march 2020?"
_DATE_ONLY = re.compile(r"^(?:(?:and|what\s+about|how\s+about|same\s+for|same\s+question\s+for)\s+)?(?:(?:in|at|by|on|for|as\s+at)\s+)?"
                        r"(?:the\s+end\s+of\s+(?:that|the|this)\s+(?:year|period)\s*,?\s*(?:(?:in|at|on)\s+)?)?"
                        rf"(?P<d>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH_WORD}\s+(?:19|20)\d\d)\s*\??$", re.I)
#: the date of an earlier question, a month and year ("in April 2019", "at 31st March 2021")
_EARLIER_DATE = re.compile(rf"\b(?P<d>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH_WORD}\s+(?:19|20)\d\d)\b", re.I)


def _resolve(prev_q: str, prev_a: str, rest: str) -> str | None:
    """A standalone question for a follow-up ``rest`` (its lead-ins and connective
    removed) that points back to the earlier turn by one of the set phrases the module
    docstring lists (a year back, a change, the rest of a list, an acronym, a list item by
    its place, an organisation swapped); ``None`` when it does not. Checked before a
    message is taken as standalone: "tell me more about the second one" has words enough
    to stand alone but means nothing without the earlier list."""
    period = _PERIOD.search(prev_q)
    if _YEAR_BEFORE.match(rest) and period:
        return prev_q[:period.start()] + _year_before(period.group(0)) + prev_q[period.end():]
    if _YEAR_AFTER.match(rest) and period:
        # "and the year after?" after "... in 2018-19?": the same question for 2019-20
        return prev_q[:period.start()] + _year_after(period.group(0)) + prev_q[period.end():]
    no_group = _COUNT_NO_GROUP.match(rest.strip())
    if no_group and _COUNTED.search(prev_q.strip()):
        # "how many were from care?" after "how many children went missing in 2019-20?" asks
        # how many of those (below)
        rest = f"how many of those {no_group.group('v')} {no_group.group('pred').strip(' ?')}"
        no_group = None
    group = _subject(prev_q) if no_group else None
    if group and re.search(r"(?:s|people|children|men|women)$", group, re.I) and not _POINTS_BACK.search(rest):
        # "how many had EHC plan?" after "what does the report say about young carers?": how
        # many of the earlier group (a plural: "the MASH" counts nobody)
        counted = re.sub(r"^the\s+", "", group, flags=re.I)
        return f"how many {counted} {no_group.group('v')} {no_group.group('pred').strip(' ?')}?"
    example = _EXAMPLE_ASK.match(rest.strip())
    subject = _subject(prev_q) if example else None
    if subject:
        # "give me example from the victims stories" after "what is domestic servitude?": an
        # example of the earlier subject
        more = (example.group("rest") or "").strip(" ?")
        # (from the victims' stories: an example of a victim of it, as the stories are headed,
        # "Victim of domestic servitude > Brenda from Uganda")
        victim = "a victim of " if re.search(r"\b(?:stor(?:y|ies)|victims?|survivors?|real\s+life)\b", more, re.I) else ""
        return f"give me an example of {victim}{subject}{' ' + more if more else ''}?"
    only_date = _DATE_ONLY.match(rest.strip())
    earlier_date = _EARLIER_DATE.search(prev_q) if only_date else None
    if earlier_date:
        # "and at the end of that year, march 2020?" after "how many children had a child
        # protection plan in april 2019?": the same question for the date named
        return prev_q[:earlier_date.start("d")] + only_date.group("d").strip() + prev_q[earlier_date.end("d"):]
    if _CHANGE_ASK.match(rest) and _OFTEN_THAN.search(rest):
        # "is that more often than the missing persons meeting?" after "how often does the VVE
        # group meet?": both frequencies, the earlier topic kept
        return _with_earlier_topic(prev_q, rest)
    named_date = _DATE_NAMED.search(rest) if _CHANGE_ASK.match(rest) else None
    if named_date and period:
        # "and was it higher or lower by March 2020?" after "how many children had CP plans
        # in April 2019?": the same question for the date named
        month = re.search(rf"\b(?:(?:the\s+)?end\s+of\s+)?{_MONTH_WORD}\s+$", prev_q[:period.start()], re.I)
        start = month.start() if month else period.start()
        return prev_q[:start] + re.sub(r"^(?:by|in|at|for|from|to|since|until)\s+", "", named_date.group(0), flags=re.I) + prev_q[period.end():]
    if (_CHANGE_ASK.match(rest) and not named_date) or (
            re.search(r"\b(?:last|previous|the\s+year\s+before|prior)\s*year\b|\bthe\s+year\s+before\b", rest, re.I)
            and re.search(r"\b(?:up|down|more|less|higher|lower|increase|decrease|rise|fall|compare|change|differ)", rest, re.I)):
        count = _HOW_MANY_THERE.match(prev_q.strip())
        if count:
            # "did it go up or down?" after "how many LADO referrals were there?" asks for the
            # change, not a count the documents may not give ("a slight decline of around
            # 14%") (fifty-sixth session, a break-it helper)
            return f"did the number of {count.group('np')}{count.group('rest')} go up or down on the year before?"
        counted = _COUNTED_NP.match(prev_q)
        if counted and _REFUSED.match(prev_a or "") and not _COUNTED_CHILDREN.match(prev_q):
            # "how many LADO referrals did they get?" was refused -> "is that up on last
            # year?": the change, which the documents may give without the count ("a slight
            # decline in the number of referrals of around 14%") (sixty-second session)
            when = _PERIOD.search(prev_q)
            return f"did the number of {counted.group('np')}{' in ' + when.group(0) if when else ''} go up or down on the year before?"
        return prev_q.rstrip(" ?") + ", and is that up or down on the year before?"
    about = _ABOUT_QUALIFIER.match(prev_q.strip())
    if about and re.match(r"^(?:(?:and\s+)?(?:apart|aside)\s+from\s+(?:that|this|it)(?:\s+one)?|what\s+else|anything\s+else|any\s+others?"
                          r"|(?:what|which)\s+(?:were|are)\s+the\s+(?:rest|others)|the\s+rest)(?:\s+(?:did|does|do)\s+(?:it|they|he|she))?"
                          r"(?:\s+(?:find|say|recommend|show|cover|note|raise))?(?:\s+(?:please|pls|then|too))?$", rest, re.I):
        # "and apart from that one?" after "what did the Child M review find about dental
        # care?": what else it found, dental care set aside
        return f"{about.group('head')}, apart from {about.group('x')}?"
    if _MORE_OF_LIST.match(rest):
        return prev_q
    besides = _MORE_BESIDES.match(rest)
    if besides:
        # "apart from the helpline, what else?" after "how can I report modern slavery?":
        # the earlier question with what it now leaves out (set aside again by
        # :func:`assistant.answer.exclusions.set_aside_exclusion`)
        return f"{prev_q.rstrip(' ?')}, apart from {besides.group('x1') or besides.group('x2')}?"
    if re.match(r"^(?:(?:what|which|who)\s+(?:were|are|was|is)\s+(?:the\s+)?(?:rest|others|other\s+ones?)"
                r"|(?:apart|aside)\s+from\s+(?:that|this|those|these|them|it)(?:\s+ones?)?"
                r"|any(?:thing)?\s+(?:more|else|further)\s+(?:about|on)\s+(?:that|this|it|them)"
                r"|(?:(?:can|could)\s+you\s+)?(?:tell|give|show)\s+me\s+more(?:\s+(?:about|on)\s+(?:that|this|it|them))?"
                r"|more\s+(?:on|about)\s+(?:that|this|it|them)|(?:the\s+)?other\s+ones?)"
                r"(?:\s+(?:please|pls|then|too))?$", rest, re.I):
        # "what were the rest?", "and apart from that one?", "anything more about that?":
        # the earlier question again, whose earlier quotes are then left out
        return prev_q
    said_of = _SAID_OF_TOPIC.match(rest.strip())
    subject = _subject(prev_q) if said_of else None
    # (only a source says something: "the child M review", not "domestic abuse")
    if said_of and subject and re.search(r"\b(?:review|report|sheet|page|site|cspr|sar|evaluation|guidance|document|audit|survey|study)\b", subject, re.I):
        # "what did the child M review say about the appointments?" -> "and the other kids
        # in the family - did it say anything about them?": what the same source says of
        # the topic set first
        return f"what did {subject} say about {said_of.group('topic').strip()}?"
    condition = _CONDITION_ONLY.match(rest.strip())
    if condition and not _WH_WORD.search(condition.group("cond")):
        # "whats the helpline number?" -> "and if the person tipping us off wants to stay
        # nameless?" asks the same under a condition: "whats the helpline number if ...?"
        # (an aside after a dash in the earlier question is no part of it, and a condition it
        # already sets is added to: "what should he do if he thinks the lads at the car wash
        # are slaves - not an emergency" -> "... are slaves and he doesn't want anyone to know?")
        base = re.split(r"\s[-–—]\s", prev_q.strip())[0].rstrip(" ?.")
        if _DANGER_CONDITION.search(condition.group("cond")):
            # "what are the signs of modern slavery?" -> "what if the person is in immediate
            # danger?" asks what to do then, about the same topic
            # (the topic, not the earlier question's own ask: not "what are the signs ...")
            topic = re.sub(r"^(?:what|which|who|how|where|when|why)\b.*?\b(?:of|about|for|on|with)\s+", "", base, flags=re.I)
            return f"what should I do if {condition.group('cond').strip(' ?')} - {topic}?"
        join = "and" if re.search(r"\s(?:if|when)\s", base, re.I) else "if"
        return f"{base} {join} {condition.group('cond').strip(' ?')}?"
    part = _OF_THOSE.match(rest.strip())
    counted = _COUNTED.search(prev_q.strip()) if part else None
    # (what the documents are said to say is no part of what was counted: "how many
    # conferences does the report say were held ...?")
    did = re.sub(r"^(?:does|did|do)\s+(?:the\s+)?(?:annual\s+)?(?:report|sheet|page|document|site)\s+(?:say|show)\s+", "",
                 counted.group("did"), flags=re.I) if counted else ""
    if counted and not _AUXILIARY.match(did):
        # "how many children went missing in 2019-20?" -> "and how many of those had gone
        # from LA care?" asks "how many of the children who went missing in 2019-20 had
        # gone from LA care?"
        rel = "who" if _PEOPLE.search(counted.group("group")) else "that"
        base_group = re.match(r"of\s+(?:the\s+|those\s+|them\s+)?(?P<g>.+)$", counted.group("group"), re.I)
        if base_group:
            # (the earlier question counted a part already: "how many of the young carers
            # who are on the LA system had worse attendance?" -> "and how many had EHCPs?"
            # is another part of the same group, not a part of that part)
            ask = re.sub(r"^the\s+", "what ", part.group("ask"), flags=re.I)
            return f"{ask} of the {base_group.group('g')}{part.group('pred').rstrip(' ?')}?"
        if re.match(r"(?:are|were|was|is|have\s+been|has\s+been)\s+there\b", did, re.I):
            # ("how many missing children are there?" -> "how many of them were black?": the
            # children, not "the children who are there")
            did, rel = re.sub(r"^(?:are|were|was|is|have\s+been|has\s+been)\s+there\b\s*", "", did, flags=re.I), ""
            if not did:
                ask = re.sub(r"^the\s+", "what ", part.group("ask"), flags=re.I)
                return f"{ask} of the {counted.group('group')}{part.group('pred').rstrip(' ?')}?"
        ask = re.sub(r"^the\s+", "what ", part.group("ask"), flags=re.I)
        # (a period set before the count goes with it: "In 2019-20 how many ...?")
        when = f" {counted.group('when')[0].lower()}{counted.group('when')[1:]}" if counted.group("when") and _PERIOD.search(counted.group("when")) else ""
        return f"{ask} of the {counted.group('group')} {rel} {did}{when}{part.group('pred').rstrip(' ?')}?"
    term = _THAT_TERM.match(rest)
    if term:
        acronyms = {a for a in _ACRONYM.findall(prev_q) if a.rstrip("s") not in _NOT_ACRONYM} | _glossary_acronyms(prev_q)
        if len(acronyms) != 1:
            # the one the answer brought in: "what system do the VVE group and the MASH
            # use?" -> "... ECINS ..." -> "what does that stand for?"
            asked = prev_q.lower()
            acronyms = {a for a in _ACRONYM.findall(_MARKER.sub("", prev_a or ""))
                        if a.rstrip("s") not in _NOT_ACRONYM and not re.search(r"\b" + re.escape(a.lower()) + r"\b", asked)}
        if len(acronyms) == 1:
            return f"what does {acronyms.pop()} {term.group('ask')}?"
    ordinal = _ORDINAL.search(rest)
    if ordinal and re.search(r"\b(?:one|item|point|priority|finding|recommendation|bullet|area|theme|thing|"
                             r"number|no\.?|#)\b|\b(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last)\s*\??$",
                             rest, re.I):
        items = _list_items(prev_a)
        n = _ORDINALS.get((ordinal.group("n") or "").lower()) or (int(ordinal.group("d")) if ordinal.group("d") else None)
        if (ordinal.group("n") or "").lower() == "last" and items:
            n = len(items)
        if items and n and n <= len(items):
            item = items[n - 1]
            asked = (rest[:ordinal.start()] + item + rest[ordinal.end():]).strip(" ?")
            return asked + "?" if _ASKS.search(asked.split(item)[0] or "") else f"tell me more about {item}?"
    if not _ASKS.search(rest):
        # "same question for the police", "and Harrow Council?": the earlier question with
        # its one organisation swapped
        new = re.sub(r"^(?:(?:the\s+)?same\s+(?:question\s+)?(?:for|about)|for|about|re)\s+", "", rest, flags=re.I).strip()
        orgs = {m.group(0).lower(): m for m in _ORG.finditer(prev_q)}
        if new and _ORG.fullmatch(new) and len(orgs) > 1 and re.match(r"(?:for|about)\s", rest, re.I):
            # "and for the police?" after "what did VAH do for faith groups?": the one the
            # earlier question had after the same word
            word = rest.split()[0].lower()
            orgs = {k: m for k, m in orgs.items() if re.search(rf"\b{word}\s+$", prev_q[:m.start()], re.I)}
        if new and _ORG.fullmatch(new) and len(orgs) == 1:
            m = next(iter(orgs.values()))
            before = prev_q[:m.start()]
            if not re.match(r"the\s|(?:child|family|young person|sibling)\s", new, re.I):
                before = re.sub(r"\bthe\s+$", "", before, flags=re.I)  # "what did the conference chairs ..." -> "what did housing ..."
            return before + new + prev_q[m.end():]
    return None


def _person(prev_q: str, prev_a: str) -> str | None:
    """The person the earlier turn was about, for "he / she": a child the documents know
    by a letter ("child m"); else the one name whose first word is a known given name in the
    earlier question, failing that in its answer ("Chris Miller"); ``None`` when there are
    two or more (the speakers of a conference) or none."""
    from assistant.safety import given_names

    child = _CHILD_LETTER.search(prev_q)
    if child:
        return child.group(0)
    names = given_names()
    for text in (prev_q, _MARKER.sub("", prev_a or "")):
        # (a title is no first name: "the work of Dr Carlene Firmin" names Carlene Firmin)
        text = re.sub(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Cllr|Councillor)\.?\s+(?=[A-Z])", "", text)
        # (nor is a body named after someone: "Marie Collins Foundation", whose survivor
        # 'Rhiannon' the answer is about)
        found = {m.group(0) for m in _CAPITALISED_PAIR.finditer(text) if m.group(1).lower() in names
                 and not _NAMED_BODY_AFTER.match(text, m.end())}
        if len(found) == 1:
            return found.pop()
        if found:
            return None  # two people ("who spoke?" -> two speakers): "she" is not guessed
    # a given name alone in the earlier question, not its first word: "what happened to
    # Brenda from Uganda ...?" (the slavery pages' survivors are known by first names)
    alone = {m.group(1) for m in re.finditer(r"(?<=\s)([A-Z][a-z]+)\b", prev_q) if m.group(1).lower() in names}
    # (typed in lower case, a survivor named with where they came from: "what happened to
    # brenda from uganda?")
    alone |= {m.group(1).capitalize() for m in re.finditer(r"\b([a-z]{3,})\s+from\s+[a-z]", prev_q) if m.group(1) in names}
    # (or first, when the story is named first: "Serena's story - how old was she ...?")
    alone |= {m.group(1) for m in re.finditer(r"^([A-Z][a-z]+)(?=['’]s\b|\s+[-–—:]|\s+from\b)", prev_q.strip()) if m.group(1).lower() in names}
    # (a story or case study is a person's, known name or not: "Fredek's story", "the Serena
    # case study")
    alone |= {m.group(1) or m.group(2) for m in re.finditer(r"\b([A-Z][a-z]+)['’]s\s+(?:story|case\s+study|experience)\b|"
                                                            r"\bthe\s+([A-Z][a-z]+)\s+(?:story|case\s+study)\b", prev_q)}
    if len(alone) == 1:
        return alone.pop()
    if alone:
        return None
    # the earlier question names a survivor by where they came from ("a girl from Gambia")
    # and its answer by name too ("Serena from Gambia: She was only 15 ..."): "she" is Serena
    # (the pages' names are not all in the given-name list)
    from_place = {m.group(1) for m in _NAME_FROM_PLACE.finditer(_MARKER.sub("", prev_a or ""))
                  if re.search(rf"\bfrom\s+{re.escape(m.group(2))}\b", prev_q, re.I)}
    return from_place.pop() if len(from_place) == 1 else None


#: the word after a name that makes it a body's: "Marie Collins Foundation", "Ben Kinsella Trust"
_NAMED_BODY_AFTER = re.compile(r"\s+(?:Foundation|Trust|Centre|Center|Institute|Fund|Charity|Project|Service|Society|Unit|House|School|College)\b")


#: one person described, not named, in the earlier question: "what happened to the
#: anonymous girl?", "the disabled lad who died", "the woman from Uganda" (group 2 the noun)
_PERSON_DESCRIBED = re.compile(r"\bthe\s+((?:[\w'’-]+\s+){0,2}?)(girl|boy|woman|man|lad|teenager|teen|young\s+woman|young\s+man|"
                               r"child|survivor|victim|baby|toddler|mother|mum|father|dad)\b", re.I)
_SHE_NOUNS = frozenset({"girl", "woman", "young woman", "mother", "mum"})
_HE_NOUNS = frozenset({"boy", "man", "lad", "young man", "father", "dad"})


def _person_described(prev_q: str, pronoun: str) -> str | None:
    """The one person the earlier question describes with "the" ("the anonymous girl"),
    for a "she / her" or "he / him / his" that agrees with it; ``None`` when it describes
    none, or two, or one of the other sex. (After :func:`_person`: a name wins.)"""
    she = pronoun.lower() in ("she", "her", "hers", "herself")
    found = {m.group(0).strip() for m in _PERSON_DESCRIBED.finditer(prev_q)
             if re.sub(r"\s+", " ", m.group(2).lower()) not in (_HE_NOUNS if she else _SHE_NOUNS)}
    return found.pop() if len(found) == 1 else None


#: people a subject may name in the plural: "it" never stands for them, and "their" after
#: what a source says of them is theirs ("Child M's siblings", "the parents")
_PEOPLE_SUBJECT = re.compile(r"\b(?:practitioners|professionals|parents|staff|workers|agencies|partners|officers|teachers|police|nurses|"
                             r"doctors|families|children|kids|young\s+people|victims|survivors|carers|managers|colleagues|people|"
                             r"siblings|brothers|sisters|pupils|students|girls|boys)\s*$", re.I)


def _replace_pronoun(prev_q: str, prev_a: str, rest: str) -> str | None:
    """``rest`` with what it points back to spelled out: a pronoun for the earlier
    question's subject (:func:`_subject`; "who chaired it?" -> "who chaired the Child M
    review?"), "he / she" for the person of the earlier turn (:func:`_person`), or "the key
    findings" of that subject; ``None`` when the earlier turn gives nothing to put in."""
    person = _PERSON_PRONOUN.search(rest)
    owner_only = (person is not None and person.group("p").lower() in ("his", "her") and len(_PERSON_PRONOUN.findall(rest)) == 1
                  and _PERSON_NOUN.match(rest, person.end() + 1) is not None and _PERSON_NOUN.search(rest[:person.start()]) is None)
    # (nor a question about what someone else, named with "the", did to the earlier turn's
    # person: "what did the woman who ran the house tell her when she got there?" after
    # Brenda's story)
    other_person = (person is not None and _ASKS_FIRST.match(rest.strip()) is not None
                    and all(re.search(r"\bthe\s+(?:[\w'’-]+\s+){0,2}$", rest[:m.start()], re.I) for m in _PERSON_NOUN.finditer(rest))
                    and _person(prev_q, prev_a) is not None)
    if person and _PERSON_NOUN.search(rest) and not owner_only and not other_person:
        # "her stepdad touches her", "a girl in my class ... she": the pronoun points within
        # (not the one pronoun owning the people named: "and his brothers and sisters - did
        # anyone find out what it was like for them?" after a question about Child M)
        return None
    if person:
        who = _person(prev_q, prev_a) or _person_described(prev_q, person.group("p"))
        if who:
            p = person.group("p").lower()
            after = rest[person.end():]
            owner = p == "his" or (p == "her" and re.match(r"\s+(?!(?:to|for|in|at|on|with|about|from|by|and|or|"
                                                         r"again|then|now|up|down|out|off|back|into|when|while|where|that|what|if|because|so|as|after|before|"
                                                         r"until|till|once)\b)[a-z]", after, re.I))
            put = f"{who}'s" if owner else who
            return (rest[:person.start()] + put + after).rstrip(" ?") + "?"
    subject = _subject(prev_q)
    they = _THEY.search(rest)
    if they and not subject and _WHO_ASKED_Q.match(prev_q.strip()):
        # "who helps small community groups with vetting volunteers?" answered "The
        # success of Voluntary Action Harrow ..." -> "how many groups did they help?":
        # "they" are the body the answer names first
        body = _BODY_NAMED.search(prev_a)
        if body:
            name = body.group(0)
            put = f"{name}'" if they.group("p").lower() == "their" and name.endswith("s") else (
                f"{name}'s" if they.group("p").lower() == "their" else name)
            return (rest[:they.start()] + put + rest[they.end():]).rstrip(" ?") + "?"
    review = _CASE_REVIEW.search(prev_q)
    if review and _IT.search(rest) and _REVIEW_VERB.search(rest):
        # "why did the children's board get involved in the Family A adult review?" / "and
        # what did it teach us about ...?": what teaches, finds or recommends is the review
        subject = review.group(0)
    if re.search(r"\b(?:which|any|some|none|all|each|one|two|three|most|many|half|few)\s+of\s+(?:them|those|these)\b", rest, re.I):
        # "what are the types of slavery?" -> "which of them involve children?": of the
        # types, not of slavery (sixty-second session)
        subject = _subject(prev_q, whole=True) or subject
    if subject:
        said = _SAID_ABOUT.match(prev_q.strip())
        if said and re.search(r"\bits?\b", rest, re.I):
            subject = said.group("x")  # "what did Chris Miller say about the MASH?" -> "does it ..." is the MASH
        elif said and re.search(r"\btheir\b", rest, re.I) and _PEOPLE_SUBJECT.search(said.group("x")):
            # "what did the learning sheet say about Child M's siblings?" -> "what were their
            # needs?": the siblings' (sixty-second session)
            subject = said.group("x")
        if _DUMMY_IT.search(rest):
            return None
        of_that = _OF_THAT.search(rest)
        if of_that:
            # "how much of that came from the police?" after "what was the total income?"
            # (a share of a whole needs no owner: "the HSCB's total income" is "the total
            # income", whose owner's name would outweigh the payer's)
            whole = re.sub(r"^(?:the\s+)?[\w&-]+['’]s\s+(?=\w)", "the ", subject)
            return (rest[:of_that.start("p")] + whole + rest[of_that.end("p"):]).rstrip(" ?") + "?"
        if _PRONOUN.search(rest):
            first = _PRONOUN.search(rest).group("p").lower()
            if first in ("it", "its") and _PEOPLE_SUBJECT.search(subject):
                # ("where did it fall short?" after "how did practitioners manage that ...?":
                # "it" is no people; the earlier topic goes with it instead)
                return None
            def put(m: re.Match) -> str:
                if m.group("p").lower() in ("its", "their"):
                    return f"{subject}'" if subject.endswith("s") else f"{subject}'s"
                return subject
            # (a closing "it" first when there are two: "who deals with what you tell them on it?")
            its = _IT.search(rest) if _ENDS_ON_IT.search(rest) else None
            if its and _PRONOUN.search(rest).start() != its.start():
                return (rest[:its.start()] + put(its) + rest[its.end():]).rstrip(" ?") + "?"
            return _PRONOUN.sub(put, rest, count=1).rstrip(" ?") + "?"
        if _THAT_END.search(rest):
            return _THAT_END.sub(subject, rest, count=1).rstrip(" ?") + "?"
        if re.match(r"(?:an?|the)\s", subject, re.I) and re.search(
                r"\b(?:attends?|needs?|holds?|calls?|chairs?|runs?|gets?|have|has|books?|requests?|makes?|do|does|"
                r"arranges?|joins?|sets?\s+up|refers?\s+to|goes\s+to|go\s+to|in)\s+one\s*\??$", rest, re.I):
            # "what is a strategy discussion?" -> "who attends one?"
            return re.sub(r"\bone\s*\??$", subject, rest).rstrip(" ?") + "?"
        part = _BARE_PART.match(rest.strip(" ?"))
        if part:
            return f"{part.group('pre')} of {subject}?"
    return None


#: "tell me more about the second one", "what about number 3?": an item of an earlier list
_ITEM_ONLY = re.compile(r"^(?:(?:can\s+you\s+|could\s+you\s+|pls\s+|please\s+)?(?:tell\s+me|say|explain)\s+(?:(?:a\s+bit\s+)?more\s+)?"
                        r"(?:about|on)\s+|more\s+(?:about|on)\s+|what\s+(?:about|is|was)\s+)?"
                        r"(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th|6th)"
                        r"(?:\s+(?:one|item|point|priority|finding|recommendation|bullet|area|theme|thing))?"
                        r"|^(?:what\s+about\s+|more\s+on\s+)?(?:number|no\.?|#)\s*[1-6]$", re.I)
#: pronouns a message alone cannot resolve (not "he / she": a disclosure's person; nor
#: "this": "is this confidential?" is about the assistant)
_LONE_POINTER = re.compile(r"\b(?:it|its|they|them|their|that|those)\b", re.I)
#: a message that asks: a question word or verb of asking first ("who chaired it?"); a
#: statement ("they locked him in", "it happened at school") is told, not asked
_ASKS_FIRST = re.compile(r"^(?:what|what['’]s|whats|who|who['’]s|whos|whom|whose|which|when|where|why|how|is|are|was|were|do|does|"
                         r"did|can|could|will|would|should|has|have|had|tell|give|explain|summari[sz]e|describe)\b", re.I)
#: words of asking that name no topic ("can you explain it?"); the person pronouns do name
#: one ("what did she recommend?" is a question about someone, not a dangling follow-up)
_NO_TOPIC_ASKING = (_NO_TOPIC | {"you", "i", "me", "often", "tell", "explain", "summarise", "summarize", "expand",
                                 "describe", "detail", "details", "bit", "simply", "again"}) - {"he", "she", "his", "her", "him"}


def points_back_alone(message: str) -> str | None:
    """What a message points back to when there is no earlier turn to point at, or ``None``.

    A conversation's first message ("what does that stand for?", "and the year before?",
    "who chaired it?", "give me the rest of the list", "tell me more about the second one")
    cannot be answered: searching its few words returns whatever shares them. The fronts
    ask for the whole question instead.

    A message is read this way when, after its lead-in and connective are removed, it is
    one of the set follow-up phrases :func:`condense_question` resolves (an acronym asked
    as "that", the year before, a change on last year, the rest of a list, an item of a
    list), or a short question (six words or fewer, opening with a question word) whose
    only topic is a pronoun: "who chaired it?", "what did they find?", "when was that?".
    Not read this way: a statement ("they locked him in", "it happened at school": a
    disclosure is told, not asked), a topic set before the question ("grooming, what is
    it?"), a person ("what did she recommend?"), "this" ("is this confidential?"), a
    dummy "it" ("is it ok to share without consent?") and a message naming its own
    subject ("what does MASH stand for?").

    Args:
        message: the message as typed (redacted).

    Returns:
        the words that point back ("that", "the year before", "the second one"), or
        ``None`` when the message can be asked on its own.
    """
    rest = _asked_part(message)
    if not rest:
        return None
    that = _THAT_TERM.match(rest)
    if that:
        return re.search(r"\b(?:that|it|this|the acronym|the abbreviation)\b", rest, re.I).group(0)
    for phrase in (_YEAR_BEFORE, _MORE_OF_LIST, _ITEM_ONLY):
        m = phrase.match(rest)
        if m and m.end() == len(rest):
            return rest
    if (_CHANGE_ASK.match(rest) and len(_WORD.findall(rest)) <= 8 and not _PERIOD.search(rest)
            and not re.search(r"\bup[ -]to[ -]date\b", rest, re.I)):
        return rest
    words = _WORD.findall(rest)
    if (len(words) > 6 or not _ASKS_FIRST.match(rest) or re.search(r"[,:;–—]|\s-\s|[.!?]\s", rest)
            or _DUMMY_IT.search(rest) or _glossary_acronyms(rest) or _ACRONYM.search(rest)):
        return None
    pointer = _LONE_POINTER.search(rest)
    if not pointer:
        return None
    topic = [w for w in words if re.sub(r"['’]s$", "", w.lower()) not in _NO_TOPIC_ASKING and not _LONE_POINTER.fullmatch(w)]
    # "who chaired it?" (one topic word: the verb) points back; "how is child m doing?"
    # names what it asks about
    if len(topic) <= 1 and not any(w[:1].isupper() and i for i, w in enumerate(words)):
        return pointer.group(0)
    return None


#: a count asked of a group: "how many children are on CP plans?" (its frame: "how many
#: children are ")
_COUNT_FRAME = re.compile(r"^(?P<frame>how many\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:are|were|is|was)\s+)(?P<group>[^?]+?)\s*\??$", re.I)
#: a follow-up naming another group of the same count: "and looked after?", "on CIN plans?"
#: a follow-up counting another group, and nothing else: "and how many care leavers?"
_NEW_COUNT = re.compile(r"^how many\s+(?P<group>(?!of\b|more\b|less\b|fewer\b|in\b|for\b|from\b)[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s*\??$", re.I)
#: when a count was taken: "at 31 March 2021", "in 2019-20", "during 2020/21"
_WHEN_COUNTED = re.compile(r"\b(?:at|on|as at|by|in|during|over|for)\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                           r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+)?(?:19|20)\d\d(?:\s*(?:-|–|/|to)\s*(?:19|20)?\d\d)?\b", re.I)
_GROUP_FRAGMENT = re.compile(r"^(?:on|in|from|looked after|subject to|under|aged|known to|missing|living|placed|"
                             r"electively|home educated|not in)\b", re.I)


#: a follow-up claiming who runs the earlier subject, or who a person is with: "that's run
#: by the council, not the police", "that's an NSPCC scheme", "she's from the Marie Collins
#: Foundation isn't she"
_BODY_CLAIM = re.compile(
    r"^(?:so\s+)?(?:(?:that|it|this)(?:['’]s|\s+is|\s+was)\s+(?:(?:all\s+)?(?:run|led|delivered|funded|organised|organized|managed|done|set up|owned|chaired|coordinated)\s+by\s+"
    r"|(?:an?|the)\s+(?:[\w'’&-]+\s+){1,4}?(?:scheme|project|initiative|service|programme|program|thing|operation|charity|team)\b)"
    r"|(?P<person>she|he)(?:['’]s|\s+is|\s+was)\s+(?:from|with|at|part of|in charge of|the head of|the director of|a director at|the boss of|"
    r"works? (?:for|at)|employed by)\s+)[^?]*\?*$", re.I)


#: a body pointed back to by its kind: "that group", "this panel", "the same subgroup"
_THAT_BODY = re.compile(r"\b(?:that|this|the same)\s+(?P<noun>sub-?group|group|panel|board|forum|team|scheme|project|service|conference|review|meeting)\b", re.I)


def _named_body(prev_q: str, noun: str) -> str | None:
    """The body of kind ``noun`` the earlier question names ("the QA subgroup" for "group"
    in "what did the QA subgroup look at on young carers?"), or ``None``."""
    kinds = {"group": r"sub-?group|group", "subgroup": r"sub-?group", "sub-group": r"sub-?group"}.get(noun.lower(), re.escape(noun))
    m = re.search(rf"\b(?:the|our|their|its|harrow['’]s)\s+(?:(?!(?:the|a|an|of|and|on|in|for)\b)[\w&'’-]+\s+){{0,3}}?(?:{kinds})\b", prev_q, re.I)
    return m.group(0) if m and len(m.group(0).split()) >= 3 else None


#: the other side of harm, asked after its victims: "what about the ones doing it?", "and
#: the perpetrators?", "and for the abusers?"
_DOERS = re.compile(r"^(?:(?:and\s+)?(?:for|of)\s+)?(?:the\s+)?(?:(?:ones|those|people|men|adults|folk)\s+(?:doing|who\s+(?:did|do|does|are doing|were doing|committed|commit|carried out|caused))"
                    r"\s+(?:it|this|that|the abuse|the harm|the violence)|perpetrators?|abusers?|offenders?|perps?|suspects?)\s*\??$", re.I)
_VICTIMS = re.compile(r"\bvictims?\b", re.I)


def condense_question(history: list[tuple[str, str]], question: str, llm=None) -> str:
    """Standalone version of ``question`` given ``history`` of ``(question, answer)`` turns
    (oldest first; only the last turn is read by the heuristic).

    Returns:
        the question to retrieve and answer with: ``question`` unchanged when it stands on
        its own, when there is no history, or when it only points back
        (:func:`points_back_alone`) and the earlier turn gives nothing to resolve it with.
    """
    if not history:
        return question
    if llm is not None:
        try:
            return llm.condense(history, question)
        except Exception:
            pass
    from assistant.answer.parts import strip_relay
    from assistant.safety import urgent_cues

    # (who put the earlier question to the asker is not what "them" stands for: "my head
    # wants to know how many children were home educated ..." / "and how many of them were
    # girls?")
    prev_q, prev_a = _unframed(strip_relay(history[-1][0].strip())), history[-1][1] or ""
    if len(history) > 1 and not urgent_cues(history[-1][0]):
        # a third turn follows the second as it was asked, made standalone from the first:
        # "and housing?" after "and probation?" after "how many HSSP meetings did the CCG
        # attend?" asks it of housing (not "and housing?" beside "and probation?")
        # (three turns back at most: each earlier turn is made standalone in turn)
        prev_q = _unframed(strip_relay(condense_question(history[-4:-1], history[-1][0]).strip()))

    if urgent_cues(question) or urgent_cues(history[-1][0]):  # (as typed: a relay's remark may be the danger)
        # a disclosure is never rewritten (its "he" is not the earlier turn's person), and
        # one is never carried into the next question ("ok done that. what is cse?")
        return question
    q = question.strip()
    lead = _LEAD_IN.match(q)
    if lead and not q[lead.end():].strip(" ?!.,-–—"):
        return question  # "thanks!", "ok": nothing asked, the earlier question is not re-answered
    if not _WORD.search(q):
        return question  # "?", "👍"
    if lead and lead.end() < len(q):
        q = q[lead.end():].strip()
    corrected = _corrected(prev_q, q, question)
    if corrected and corrected[0] == "asked":
        return corrected[1]
    if corrected:
        q = corrected[1]
    connective = _FOLLOWUP.match(q)
    rest = (q[connective.end():] if connective else q).strip(" ,?")
    if not rest:
        return prev_q
    fits = _FITS_EARLIER.match(q)
    listed = _KINDS_ASKED.search(prev_q) if fits else None
    if fits and listed:
        # "what are the signs of modern slavery?" -> "15yo always wears the same clothes and
        # gets dropped off at 5am by a van - does that fit?": which of them the case is
        kind = listed.group("kind").lower()
        kind = kind[:-3] + "y" if kind.endswith("ies") else kind[:-1]
        case = (fits.group("case") or fits.group("case2") or fits.group("case3")).rstrip(" ,-–—.")
        case = _WHAT_ABOUT.sub("", case, count=1).strip() if _WHAT_ABOUT.match(case) else case
        return f"{case} - which {kind} of {listed.group('of').strip(' ?')} is that?"
    swapped_in = _NAMED_THEN_ASKED.match(rest) if connective and _WHAT_ABOUT.match(q) else None
    if swapped_in and not re.search(r"\d|\b(?:last|this|next)\s+(?:year|month)\b", swapped_in.group("np")):
        # "and what about transfer-in conferences, were they on time?" after the ICPCs in
        # timescale: "they" are the things just named, asked on their own (the earlier
        # topic put beside them brought its answer back) (sixty-fifth session)
        np_ = swapped_in.group("np").strip()
        ask = swapped_in.group("q")
        pron = _PRONOUN.search(ask)
        return (ask[:pron.start()] + np_ + ask[pron.end():]).rstrip(" ?") + "?"
    bare = _BARE_COUNT.search(rest)
    services = list(dict.fromkeys(m.upper() for m in _SERVICE.findall(prev_q)))
    if bare and len(services) == 1 and not _SERVICE.search(rest) and not re.search(r"\b[A-Z]{2,}\b|\b(?:19|20)\d\d\b", rest):
        # "why did referrals drop?" after "what did the LADO report show about allegations
        # against staff?" asks about the LADO's referrals, not any service's
        return (rest[:bare.start("noun")] + services[0] + " " + rest[bare.start("noun"):]).rstrip(" ?") + "?"
    that_body = _THAT_BODY.search(rest)
    named = _named_body(prev_q, that_body.group("noun")) if that_body else None
    if named:
        # "how often does that group meet?" after "what did the QA subgroup look at ...?":
        # the group the earlier question named
        return (rest[:that_body.start()] + named + rest[that_body.end():]).rstrip(" ?") + "?"
    body = _BODY_CLAIM.match(rest)
    subject = _subject(prev_q) if body else None
    if subject:
        # a follow-up checking who is behind the earlier subject ("and that's an NSPCC
        # scheme?" after Operation Philomena, "she's from the Marie Collins Foundation isn't
        # she?" after Dez Holmes): asked as who, as the body claimed would pull its own
        # passages, which read as a yes
        return f"who is {subject}?" if body.group("person") else f"who runs {subject}?"
    if _DOERS.match(rest) and _VICTIMS.search(prev_q):
        # "and what about the ones doing it?" after "what did the police say the male/female
        # split was for DA victims?": the same asked of the perpetrators (or of the word the
        # follow-up uses: "and the suspects?") (fifty-sixth session, probe-120)
        named = re.search(r"\b(?:perpetrators?|abusers?|offenders?|suspects?)\b", rest, re.I)
        return _VICTIMS.sub(named.group(0).lower() if named else "perpetrators", prev_q, count=1)
    grouped = _group_of_count(prev_q, rest) or _swapped(prev_q, rest)
    if grouped:
        return grouped
    yes_no = re.match(r"^(?P<topic>[^?]{2,60}?\s[-–—:]\s+)?(?P<q>(?:did|does|do|is|are|was|were|has|have|had)\s[^?]+?)\s*\??$", prev_q.strip())
    if re.fullmatch(r"(?:but\s+|and\s+|so\s+)?(?:why|how\s+come)(?:\s+(?:though|tho|then|was\s+that|is\s+that))?\s*\??", rest.strip(), re.I) and yes_no:
        # "did his family miss a lot of hospital visits?" -> "why?": why they did
        return f"{yes_no.group('topic') or ''}why {yes_no.group('q')}?"
    named_one = _NAMED_ONE.match(rest.strip())
    if named_one and re.search(rf"\b{re.escape(named_one.group('w'))}", prev_a or "", re.I):
        # "signs of modern slavery?" -> "the isolation one - say more": that item, of the
        # earlier topic (sixty-second session)
        return _with_earlier_topic(prev_q, f"tell me more about {named_one.group('w')}")
    source = _SOURCE_ALONE.match(rest.strip())
    if source:
        # "and in the learning sheet?" after "what was the learning about dental care in
        # Child M?": the earlier question asked of that source
        prev = re.sub(r"\s+in\s+the\s+(?:child\s+m\s+)?(?:learning\s+sheet|(?:annual\s+)?report|review)\s*(?=\?|$)", "",
                      prev_q.strip().rstrip(" ?"), flags=re.I)
        return f"{prev} in the {source.group('s')}?"
    resolved = _resolve(prev_q, prev_a, rest)
    if resolved:
        subject = _subject(prev_q)
        if ("–" not in resolved and _leans_on_earlier(rest, prev_q) and not (subject and subject.lower() in resolved.lower())
                and not _carries(prev_q, resolved)):
            # (a person named for "he" and a "that" still done to the earlier topic: "how did
            # practitioners manage that if he couldn't talk?" after his wishes and feelings)
            return _with_earlier_topic(prev_q, resolved)
        return resolved
    case = _CASE_NAMED.search(prev_q)
    that_review = _THAT_REVIEW.search(rest)
    if case and that_review and not _CASE_NAMED.search(rest):
        # "what was Child H about?" -> "who led that review, and when was it published?":
        # the review of the case the earlier question named
        return (rest[:that_review.start()] + f"the {case.group('case')} {that_review.group('what')}"
                + rest[that_review.end():]).rstrip(" ?") + "?"
    they = _THEY.search(rest)
    if (case and they and not _CASE_REVIEW.search(prev_q) and not _CASE_NAMED.search(rest)
            and re.search(r"\b(?:say|said|recommend\w*|conclude\w*|find|found|suggest\w*)\b", rest, re.I)):
        # "why did Child M's school attendance drop off?" -> "and what did they say should
        # change because of that?": "they" are the case's reviewers, the review's words
        said = (rest[:they.start()] + f"the {case.group('case')} review" + rest[they.end():]).rstrip(" ?") + "?"
        # (and what it says it of, when it points back: "... should change because of that?")
        return _with_earlier_topic(prev_q, said) if _REFERS_BACK.search(rest) else said
    # "why is that a problem for the partnership?", "... comes across something like
    # that?": however many words of its own, it asks about the earlier question's topic
    refers_back = bool(_REFERS_BACK.search(rest))
    members_of = re.match(r"(?:and\s+)?who\s+(?:sits?|sat|is|are|serves?)\s+on\s+(?P<x>(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,3}?)\s*\??$", prev_q.strip(), re.I)
    if connective and _THEY.search(rest) and members_of:
        # "who sits on the HSCB?" -> "and how often did they meet?": "they" are the body
        they = _THEY.search(rest)
        return (rest[:they.start()] + members_of.group("x") + rest[they.end():]).rstrip(" ?") + "?"
    rung = _RUNG.match(prev_q.strip())
    they = _THEY.search(rest)
    if connective and they and rung and not _subject(prev_q):
        # "if i ring the modern slavery helpline who handles the info?" -> "and do they need
        # to know who I am?": "they" are who is rung
        return (rest[:they.start()] + rung.group("x") + rest[they.end():]).rstrip(" ?") + "?"
    if connective and _THEY.search(rest) and not _subject(prev_q) and _WHO_ASKED_Q.match(prev_q.strip()):
        # "and how many groups and people did they actually help?" after "who helps small
        # community groups with vetting volunteers?": "they" are the body the answer named
        resolved = _replace_pronoun(prev_q, prev_a, rest)
        if resolved:
            return resolved
    if _EXTREME_OF_EARLIER.match(rest):
        # "which band is the largest?" after "what's the age profile of looked after
        # children?": the extreme of the earlier question's figures (fifty-sixth session)
        return _with_earlier_topic(prev_q, rest)
    leans = _leans_on_earlier(rest, prev_q)
    if (not leans and connective and _WHAT_ABOUT.match(q) and _STILL_ASKED.search(rest)
            and not _OWN_ANCHOR.search(rest) and not _carries(prev_q, rest)):
        # "what about during lockdown when the kid was taught at home, did schools still get
        # told?" after Operation Encompass: a circumstance swapped in, the earlier turn's
        # thing asked of it ("still") (sixty-fifth session)
        leans = True
    anchor = _OWN_ANCHOR.search(rest)
    if (anchor and not refers_back and not connective and _ASKS_FIRST.match(rest) and not _POINTS_BACK.search(rest)
            and anchor.group(0).lower() not in prev_q.lower() and len(_WORD.findall(rest)) >= 3):
        # "what does the NSPCC do?" after young carers: a name of its own, nothing pointing
        # back, a new question (sixty-second session: a topic switch carried the old topic)
        return rest.rstrip(" ?") + "?" if lead else question
    named_before = [m.group(0).lower() for m in _OWN_ANCHOR.finditer(prev_q)]
    if (named_before and all(n in rest.lower() for n in named_before) and not refers_back and not connective
            and _ASKS_FIRST.match(rest) and not _POINTS_BACK.search(rest)):
        # (it names what the earlier question named, and asks its own question: a turn the
        # thread made standalone before, "where is Brenda from?" after "what happened to
        # Brenda?", is not glued to it again)
        return rest.rstrip(" ?") + "?" if lead else question
    if not refers_back and not leans and _standalone(rest, bool(connective)):
        return rest + "?" if (connective or lead) else question
    resolved = _replace_pronoun(prev_q, prev_a, rest)
    if not resolved and len(history) > 1 and _PRONOUN.search(rest) and not _subject(prev_q):
        # "it" two turns back, when the turn between names no subject: "what is the Social
        # Workers in Schools Project?" -> "how many schools?" -> "who is evaluating it?"
        earlier_q = _unframed(strip_relay(history[-2][0].strip()))
        if _subject(earlier_q):
            resolved = _replace_pronoun(earlier_q, history[-2][1] or "", rest)
    if resolved:
        subject = _subject(prev_q)
        if leans and not refers_back and ((subject and subject.lower() in resolved.lower()) or _carries(prev_q, resolved)):
            return resolved  # (the pronoun put the earlier subject in: "how often does the VVE group meet?")
        return _with_earlier_topic(prev_q, resolved) if (refers_back or leans) else resolved
    if leans and not refers_back and _subject(prev_q) and not _ANY_CHILD.fullmatch(_subject(prev_q)):
        # (the earlier turn's subject, not its whole question: "who actually takes the calls
        # – the modern slavery helpline?", where "... helpline number" would ask a number)
        return f"{rest.rstrip(' ?')} – {_subject(prev_q)}?"
    if refers_back and _OWN_LOOK.search(rest) and _subject(prev_q):
        # "and did harrow's own review find problems?" after "is operation philomena about
        # kids going missing ...?": of the earlier subject, not of all its question's words
        return f"{rest.rstrip(' ?')} – {_subject(prev_q)}?"
    if refers_back or leans:
        return _with_earlier_topic(prev_q, rest)
    if (len(_WORD.findall(rest)) >= 8 and not (connective and _USES_IT.search(rest))
            # (nor one about the earlier subject's family: "and his brothers/sisters - did
            # anyone look at how things were for them?" after a question about Child M)
            and not (connective and _RELATIVES_OF.match(rest))
            and len([w for w in _WORD.findall(rest) if w.lower() not in _NO_TOPIC]) >= 2):
        # long enough to be searched on its own words: the whole earlier question put
        # beside it would pull the earlier answer back
        return rest + "?" if (connective or lead) else question
    if not _ASKS.search(rest) and not connective and not _POINTS_BACK.search(rest) and not _ANOTHER_SIDE.search(rest):
        # a bare noun phrase with two topic words of its own that the earlier question
        # does not use ("young carers?", "any guidance on hoarding?") is a new subject
        asked_before = {w.lower() for w in _WORD.findall(prev_q)}
        own = [w for w in _WORD.findall(rest) if w.lower() not in _NO_TOPIC and w.lower() not in asked_before]
        if len(own) >= 2:
            return question
    count = _COUNT_FRAME.match(prev_q)
    new_count = _NEW_COUNT.match(rest)
    if count and new_count and not _REFERS_BACK.search(rest) and not _GROUP_FRAGMENT.match(new_count.group("group")):
        # another group counted: "how many children were looked after at 31 March 2021?" ->
        # "and how many care leavers?" asks "how many care leavers were there at 31 March
        # 2021?" (the earlier date, not the earlier group)
        when = _WHEN_COUNTED.search(count.group("group"))
        return f"how many {new_count.group('group')} were there{' ' + when.group(0) if when else ''}?"
    # ("and the looked after ones?": the group the ones are)
    fragment = re.sub(r"^(?:(?:the|those)\s+)?(?:ones\s+(?=\w))?|\s+ones$", "", rest.strip(" ?"), flags=re.I) if count else rest
    if count and not _ASKS.search(fragment) and _GROUP_FRAGMENT.match(fragment) and len(_WORD.findall(fragment)) <= 5:
        # a new group for a count: "how many children are on CP plans?" -> "and looked
        # after?" asks "how many children are looked after?"
        return f"{count.group('frame')}{fragment}?"
    scope = _SCOPE_ALONE.match(rest.strip()) if not _ASKS.search(rest) else None
    if scope:
        # "and in 2015?" after "what's Harrow's deprivation ranking?", "and in London?":
        # the earlier question scoped to the year or place (its own year swapped), not a
        # term of its frame ("what's in 2015?") (sixty-second session)
        prev = prev_q.strip().rstrip(" ?")
        period = _PERIOD.search(prev)
        if scope.group("year") and period:
            return f"{prev[:period.start()]}{scope.group('year')}{prev[period.end():]}?"
        return f"{prev} {scope.group('x')}?"
    if not _ASKS.search(rest):
        # a fragment: a new subject for the earlier question's frame
        frame = _TERM_FRAME.match(prev_q)
        if frame:
            pre, term, post = (frame.group("pre"), frame.group("term"), frame.group("post")) if frame.group("term") \
                else (frame.group("pre2"), frame.group("term2"), frame.group("post2"))
            if len(_WORD.findall(term)) <= 3:  # one term asked about ("LADO", "a strategy discussion")
                subject = re.sub(r"^(?:an?|the)\s+", "", rest, flags=re.I)
                return f"{pre}{subject}{post}".strip()
        new_period = _PERIOD.search(rest)
        if new_period and _PERIOD.search(prev_q) and not re.sub(r"\b(?:in|for|during|of|the|year)\b|[\s,.]", "", _PERIOD.sub("", rest)):
            return _PERIOD.sub(new_period.group(0), prev_q, count=1)
    pointer = points_back_alone(question)
    if pointer and not (pointer.lower() in ("it", "its", "they", "them", "their", "that", "those")
                        and not _THAT_TERM.match(_asked_part(question))
                        and " – " not in prev_q and len(_WORD.findall(prev_q)) <= 14
                        and not re.match(r"\s*(?:tell|give|show)\s+me\b", prev_q, re.I)):
        # "who chaired it?" after a question with no subject to put in, "and the year
        # before?" after one with no period: left as typed (the chain asks for the whole
        # question) rather than glued to the earlier topic ("who chaired it – tell me more
        # about The need to apply ...?")
        # (a pronoun after a plain earlier question is its topic: "which of them is about
        # health?" after "Child M review findings", "who reports on them?" after "mental
        # health waiting times - any improvement?") (sixty-second session)
        return question
    return _with_earlier_topic(prev_q, rest)


#: a follow-up opening "what about" / "how about"
_WHAT_ABOUT = re.compile(r"(?:and\s+)?(?:what|how)\s+about\b", re.I)
#: a thing named, then asked of by a pronoun: "transfer-in conferences, were they on time"
_NAMED_THEN_ASKED = re.compile(r"^(?P<np>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s*[,;:–—-]\s*"
                               r"(?P<q>(?:were|was|are|is|did|do|does|have|has|had)\s+(?:they|it)\b[^?]*)\??$", re.I)
#: a question asking whether something goes on: "did schools still get told?"
_STILL_ASKED = re.compile(r"\b(?:did|do|does|is|are|was|were|has|have|had|would|will|can|could)\s+(?:[\w'’-]+\s+){0,3}?still\b", re.I)
#: a subject that is any child, no topic: "does the child have to have been present for
#: operation encompass to notify the school?" is about Operation Encompass (sixty-fifth session)
_ANY_CHILD = re.compile(r"(?:the|a|an|any|that|this)\s+(?:child|kid|young\s+person|teenager|teen|pupil|baby|parent|family)", re.I)


def _with_earlier_topic(prev_q: str, rest: str) -> str:
    """``rest`` (a follow-up, its own question frame kept: "how many ...", "the ethnicity
    breakdown") with the earlier question's topic after a dash: its question words and
    auxiliary dropped ("why is that a problem – permanent exclusions in harrow ...?")."""
    from assistant.answer.claims import checked_claim

    # (an earlier check's claim is its topic: "Am I right Harrow has one of the higher
    # rates of CP plans per head in London?" -> "Harrow has one of the higher rates ...")
    topic = checked_claim(prev_q) or _INTERROGATIVE.sub("", prev_q).strip(" ?")
    topic = re.sub(r"^(?:(?:where|when|why|how)\s+)?(?:does|do|did|is|are|was|were|has|have|can|could|will|would|should)\s+",
                   "", topic, flags=re.I)
    # ("what happened to the anonymous girl?" -> "how long did it go on for?": the topic is
    # the girl, not her happening)
    topic = re.sub(r"^(?:(?:has|had)\s+)?(?:happened|happens|became)\s+(?:to|of)\s+(?=\w)", "", topic, flags=re.I)
    if re.search(r"\s[-–—]\s", topic):
        # (a topic made of parts, an earlier follow-up's own "– topic" among them: each part
        # without its question words, so that the topic asks nothing of its own: "why –
        # Child M - did his family miss ...?" is "Child M his family miss ...") (sixty-second
        # session: "what's the lesson ...?" was read as asking why)
        parts = []
        for part in re.split(r"\s+[-–—]\s+", topic):
            part = _INTERROGATIVE.sub("", part.strip(" ?,")).strip(" ?,")
            part = re.sub(r"^(?:(?:where|when|why|how|what|who|which)\s+)?(?:(?:does|do|did|is|are|was|were|has|have|can|could|will|would|should)\s+)?",
                          "", part, flags=re.I).strip(" ?,")
            if part and part.lower() not in ("why", "how", "what", "when", "where", "who", "which") and part not in parts:
                parts.append(part)
        topic = " ".join(parts) or topic
    return f"{rest.rstrip(' ?')} – {topic}?"

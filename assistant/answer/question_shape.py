"""The shape of a question, read from its words alone (no passages, no model).

* :func:`question_type` -- number, frequency, who, when, list, define or general;
* :func:`asking_clauses` -- the clauses that ask, without the scene set before them;
* :func:`asked_acronym` -- the acronym a "what does X stand for" question asks about;
* :func:`asked_kind` -- the plural noun a list question asks for ("signs", "themes");
* :func:`stated_count` -- how many things a list question says it wants.

Used by :mod:`assistant.answer.extractive` (scoring and refusal rules), by
:mod:`assistant.answer.parts` and by the chain. Everything here is a pure function of the
question text, regex-based, thread-safe.
"""

from __future__ import annotations

import re

from assistant.glossary import acronym_flags, load_glossary


#: where the kind is listed, closing a classifying question: "... which warning sign is that
#: on the slavery site?"
_WHERE_TAIL = r"(?:\s+(?:on|in|from|according to|under|per)\s+(?:the\s+)?[\w\s'’-]{1,40}?)?"


#: a question asking which named kind something is: "which warning sign of slavery is
#: that?", "what type of abuse would this be?", "which category does it fall under?"
CLASSIFY_Q = re.compile(r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:signs?|types?|kinds?|category|categories|forms?|indicators?|stage|level|tier)\b"
                         r"(?:\s+of\s+[\w\s-]{1,30}?)?\s+(?:is|are|would|does|do|might|could)\s+(?:(?:be|fall under|count as)\s+)?(?:that|this|it|these|those|they)\b"
                         rf"(?:\s+(?:be|count as|fall under|come under))?{_WHERE_TAIL}\s*\??\s*$"
                         # "... kipping where she works - what's that form called?"
                         r"|\bwhat(?:'s|’s| is| are)\s+(?:that|this|it|these|those)\s+(?:[\w-]+\s+){0,2}?(?:signs?|types?|kinds?|forms?|category|sort)?\s*"
                         rf"(?:of\s+[\w\s-]{{1,30}}?\s+)?called{_WHERE_TAIL}\s*\??\s*$"
                         # "... and the amount just keeps growing, what does the slavery site call that kind?"
                         rf"|\bwhat\s+(?:does|do|did|would)\s+(?:the\s+|this\s+|that\s+)?(?:[\w'’-]+\s+){{0,3}}?call\s+(?:that|this|it|these|those)"
                         rf"(?:\s+(?:kind|type|sort|form)(?:\s+of\s+[\w\s-]{{1,30}}?)?)?{_WHERE_TAIL}\s*\??\s*$"
                         # "... and hardly let out - what's the proper name for that?"
                         rf"|\bwhat(?:'s|’s| is)\s+the\s+(?:proper\s+|right\s+|correct\s+|official\s+|technical\s+)?(?:name|term|word)\s+for\s+(?:that|this|it){_WHERE_TAIL}\s*\??\s*$"
                         # "... and the debt keeps growing. is there a name for that?"
                         rf"|\bis\s+there\s+an?\s+(?:proper\s+|official\s+|technical\s+|specific\s+)?(?:name|term|word)\s+for\s+(?:that|this|it){_WHERE_TAIL}\s*\??\s*$"
                         # "... collected really late - is that one of the red flags?"
                         r"|\b(?:is|are|would|could|might)\s+(?:that|this|it|these|those|they)\s+(?:be\s+)?(?:one of\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
                         rf"(?:signs?|red flags?|warning signs?|indicators?|types?|kinds?|forms?)\b(?:\s+of\s+[\w\s-]{{1,30}}?)?{_WHERE_TAIL}\s*\??\s*$", re.I)


#: a question about when a service is open: "is the helpline open at night?", "is it
#: 24/7?", "what are its opening hours?"
#: a question asking for times of day: "what hours was he made to work?", "what time did
#: they pick them up?" (opening hours are :data:`HOURS_Q`'s)
CLOCK_Q = re.compile(r"\b(?:what|which) (?:hours|times?(?! of (?:the )?year\b)|time of (?:the )?day)\s+(?:of (?:the )?day\s+)?"
                     r"(?:was|were|did|does|do|is|are|will|would|had|has|have)\b|\b(?:from|until|till) what time\b", re.I)
HOURS_Q = re.compile(r"\b(?:open|opening hours|hours|staffed|available|answered|manned)\b[^?]{0,40}?\b(?:night|round the clock|24/7|24 hours|all day|"
                      r"weekends?|out of hours|evenings?|bank holidays?|any time|anytime|overnight|all the time|day and night|night and day|"
                      r"every day|all hours|weekdays?|office hours|working hours|\d{1,2}(?::\d{2})?\s?(?:am|pm))\b"
                      r"|\b(?:opening hours|opening times|when is (?:it|the \w+) open)\b"
                      # "is the modern slavery helpline 24hrs?"
                      r"|(?:\bopen\s+)?(?:\b24/7|\b24\s?hrs?\b|\b24 hours|\b24-hour|\bround the clock|\bopen (?:at night|all night|weekends))(?=\s*(?:\?|$|,|-|and\b|or\b))"
                      r"|\bwhat (?:hours|times)\b[^?]{0,50}\bopen\b"
                      # "can ppl call it any time?"
                      r"|\b(?:call|ring|phone|contact|reach)\s+(?:it|them|us|(?:the|a)\s+[\w-]+(?:\s+[\w-]+){0,2}?)?\s*(?:at\s+)?"
                      r"(?:any ?time|24/7|round the clock|day or night|at night|overnight|at weekends?)\b"
                      # "can someone ring the tip-off line at 3am or is it office hours only?"
                      r"|\b(?:call|ring|phone|contact|reach)\b[^?]{0,40}?\bat\s+\d{1,2}(?::\d{2})?\s?(?:am|pm)\b"
                      r"|\b(?:office|working) hours only\b|\b(?:is it|just|only)\s+(?:in\s+)?(?:office|working) hours\b", re.I)


_ACRONYM_Q = re.compile(
    r"^\s*(?:[^?]{3,40}\s[-–—:]\s+)?(?:[Ww]hat|[Ww]at)(?:'s| is| are| does| do)\s+(?:an? |the )?(?P<a>[A-Z][A-Z0-9&]{1,9}s?)\b\s*"
    r"(?:exactly|actually|again|even|then)?\s*(?:stand for|mean|short for|refer to)?\s*\??\s*$"
    r"|\b(?P<b>[A-Z][A-Z0-9&]{1,9})\b\s+(?:stands? for\b|(?:is |are )?stand(?:ing)? for\b|means?\b|(?:is )?short for\s*(?:[?.!,]|$))"
    r"|\b[Ww]hat (?:does|do) (?:the )?(?:(?:acronym|abbreviation|term) (?P<c>[A-Z][A-Z0-9&]{1,9})\b|(?P<d>[A-Z][A-Z0-9&]{1,9})\s+(?:(?:actually|exactly|really|even)\s+)?(?:stand for|mean|refer to)\b)"
    # the acronym first, then the question about it: "ECINS - what does it stand for?"
    r"|^\s*(?P<e>[A-Z][A-Z0-9&]{1,9})\s*(?:[-–—:,?]|\.\.\.)+\s*(?:[Ww]hat|[Ww]at)(?:'s|’s|\s+does|\s+do|\s+is)\s+(?:it|that|this)\s+"
    r"(?:(?:actually|exactly|really|even)\s+)?(?:stand for|mean|short for)\b"
    # "NRM - what is it and who can refer?"
    r"|^\s*(?P<i>[A-Z][A-Z0-9&]{1,9})\s*(?:[-–—:,?]|\.\.\.)+\s*(?:[Ww]hat|[Ww]at)(?:'s|’s|\s+is)\s+(?:it|that|this)\s*(?:[?,.;]|$|(?:and|&)\b)"
    # a topic first, then the acronym asked about: "the TARA service in glasgow - what's TARA?"
    r"|\s[-–—:]\s*(?:[Ww]hat|[Ww]at)(?:'s|’s| is| does| do)\s+(?:an? |the )?(?P<f>[A-Z][A-Z0-9&]{1,9})\b\s*"
    r"(?:(?:actually|exactly|really)\s+)?(?:stand for|mean|short for|refer to)?\s*\??\s*$"
    # a description between the acronym and the verb: "what does ECINS, the secure
    # information sharing system ..., stand for?"
    r"|\b[Ww]hat (?:does|do) (?:the )?(?P<g>[A-Z][A-Z0-9&]{1,9})\s*(?:,|\(|[-–—])[^?]{1,200}?(?:,|\)|[-–—])\s*"
    r"(?:(?:actually|exactly|really|even)\s+)?(?:stand for|mean|short for)\b"
    # the acronym set equal to a question mark: "ECINS = ? saw it in the VVE bit"
    r"|^\s*(?P<h>[A-Z][A-Z0-9&]{1,9})\s*=\s*(?:\?|what\b|wat\b)"
    # "what is the meaning of LADO?", "kindly tell me the full form of CSPR"
    r"|\b(?:[Mm]eaning|[Dd]efinition|[Ff]ull[ -][Ff]orm|[Ee]xpansion|[Ll]ong[ -][Ff]orm) of (?:the |an? )?(?:(?:acronym|abbreviation|term|word) )?"
    r"(?P<j>[A-Z][A-Z0-9&]{1,9})\b[\s?.!]*(?:(?:[Pp]lease|[Tt]hanks|[Tt]hank you)\b[^?]{0,40})?$"
)


#: "someone mentioned CTAC for a trafficked child - what does it stand for?": the one
#: acronym of a topic set first, asked about by "it"
_TOPIC_ACRONYM_Q = re.compile(
    r"^(?P<topic>[^?]{2,160}?)(?:\s[-–—:]\s*|\.\s+)(?:[Ww]hat|[Ww]at)(?:'s|’s|\s+does|\s+do|\s+is)\s+"
    r"(?:(?:it|that|this)\s+(?:(?:actually|exactly|really|even)\s+)?(?:stand for|mean|short for)"
    # ("ECINS - there's a footnote spelling it out ... what's the full name?")
    r"|the\s+(?:full|long)\s+(?:name|form|version)(?:\s+of\s+(?:it|that|this))?)\b\s*\?*\s*$")


def asked_acronym(question: str) -> str | None:
    """The acronym a "what does X stand for / what is X" question asks about, if any; a
    glossary acronym typed in lower case counts ("what does cla stand for?" asks about
    CLA; :func:`~assistant.glossary.acronym_flags`)."""
    found = _asked_acronym(question)
    if found is None:
        terms = load_glossary().terms
        upper = re.sub(r"\b[a-z][a-z0-9&]{2,9}\b",
                       lambda m: m.group(0).upper() if m.group(0).upper() in terms and acronym_flags(m.group(0).upper()) else m.group(0),
                       question)
        if upper != question:
            found = _asked_acronym(upper)
    return found


def _asked_acronym(question: str) -> str | None:
    """:func:`asked_acronym` for the acronyms ``question`` writes in capitals."""
    m = _ACRONYM_Q.search(question.strip())
    if not m:
        t = _TOPIC_ACRONYM_Q.match(question.strip())
        found = re.findall(r"\b[A-Z][A-Z0-9&]{1,9}\b", t.group("topic")) if t else []
        # (several: the one the topic opens with is its subject, "ECINS keeps coming up at
        # the VVE meeting - what does it actually stand for??")
        opens = bool(found) and t.group("topic").lstrip().startswith(found[0]) and not re.match(
            rf"{re.escape(found[0])}\s*(?:and|or|&|,|/|vs)\b", t.group("topic").lstrip())
        return found[0] if len(set(found)) == 1 or opens else None
    asking = asking_clauses(question.strip())[-1]
    if m.group("g") is None and asking != question.strip() and re.match(r"\s*(?:what|which|who|whom|whose|where|when|why|how)\b", asking, re.I) and not re.search(
            r"\b(?:stands?|standing|mean|means|short|refer)\b|^\s*(?:what|wat)(?:'s|’s| is| are)\s+(?:an? |the )?[A-Z][A-Z0-9&]{1,9}s?\b",
            asking):
        # the acronym is in the scene, another thing is asked: "what does TARA stand for -
        # who can use it?"
        return None
    acr = m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or m.group("f") or m.group("g") or m.group("h") or m.group("i") or m.group("j")
    return acr[:-1] if acr.endswith("s") and acr[:-1].isupper() and len(acr) > 2 else acr


#: a yes/no question checking a count it quotes: "is it true the mash got over 10,000
#: contacts?", "did the report say 200 delegates came?" (a figure of two digits or more,
#: not a year, a period, a percentage or a time, before a plural noun)
CHECKED_FIGURE = re.compile(
    r"^(?:[^?]{0,80}?\s[-–—:,]\s*)?(?:is it (?:true|right|correct)|is that (?:true|right|correct)|am i right|did|does|do|was|were|has|have|had|are)\b"
    r"[^?]{0,80}?(?<![\d/.,-])(?:over |more than |about |around |roughly |nearly |almost |approx\.? |under |less than |fewer than )?"
    r"(?!(?:19|20)\d{2}\b)(?:\d{1,3}(?:,\d{3})*|\d{4,6})(?![\d/%.-])\s+(?:[a-z-]+\s+){0,2}?(?!(?:hours?|days?|weeks?|months?|years?|yrs?|mins?|minutes?|times?|per\b)\b)"
    # (not the items of a list: "are there 6 types of slavery?")
    r"(?!(?:types|kinds|forms|ways|signs|steps|stages|priorities|principles|areas|themes|categories|recommendations|findings)\b)(?:[a-z]{3,}s|children|people|men|women|staff|police|youth)\b")


#: a question asking for the name of a person holding a post: "what's the name of
#: harrow's designated nurse?", "what is the name of the HSCB's vice chair?"
PERSON_NAME_Q = re.compile(r"\bname of (?:the |our |your |their |(?:the )?[\w’']+['’]s )?(?!\w+ (?:review|project|scheme|service|team|group|panel|programme|course|initiative|operation|organisation|charity|school|hub)\b)"
                           r"(?:[\w&/-]+ ){0,3}?(?:nurse|doctor|officer|lead|chair|chairman|chairperson|manager|director|head|worker|advisor|adviser|commissioner|inspector|scrutineer|author|reviewer|"
                           r"coordinator|co-ordinator|administrator|secretary|clerk|"
                           r"writer|trainer|speaker|presenter|facilitator|mayor|lado|dsl|iro|dcs|senco|dso)\b", re.I)


#: a payer's sum asked without "how much": "what was the met's contribution?", "what did
#: the ccg put in?" (to the budget, or nothing after it: "what did the school nurse
#: contribute to the review?" asks for something else)
_PAYING_BODY = (r"(?:police|met|mps|mopac|ccg|icb|nhs|health|council|local authority|borough|probation|ambulance|las|lfb|dfe|"
                r"home office|partners?|partner agenc(?:y|ies)|agenc(?:y|ies))")
#: ... and anyone's, asked as paid into the budget: "what did the voluntary sector contribute to the budget?"
_BUDGET_SHARE_Q = re.compile(r"\bwhat\s+(?:was|is|were|are|did|does|has|have)\s+(?:[\w&'’./-]+\s+){1,4}?(?:contributions?|contribute|put in|pay in|give|gave|chip in|put|paid|pay)"
                             r"\s+(?:to|towards|into)\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+)?(?:budget|pot|kitty|coffers|running costs)\b")
_SUM_END = (r"(?:\s+(?:to|towards|into|in|for)\s+(?:the\s+|its\s+|our\s+)?(?:budget|funding|pot|kitty|coffers|partnership|board|hscb|hsp|lscb|costs?)\b[^?]*)?"
            r"\s*\??$")
_CONTRIBUTION_Q = re.compile(
    r"(?:\bwhat\s+(?:was|is|were|are|did|does)\s+(?:"
    rf"(?:the\s+|each\s+)?(?:[\w&./-]+\s+){{0,2}}?{_PAYING_BODY}(?:['’]?s?\s+contributions?|\s+(?:contribute|put in|pay in|chip in|give|gave))"
    rf"|the\s+contributions?\s+(?:from|by|of)\s+(?:the\s+)?(?:[\w&./-]+\s+){{0,2}}?{_PAYING_BODY})"
    # (or as a bare noun phrase: "ambulance service contribution?", "contribution from the police")
    rf"|^\s*(?:the\s+)?(?:[\w&./-]+\s+){{0,2}}?{_PAYING_BODY}(?:['’]?s)?(?:\s+[\w-]+)?\s+contributions?"
    rf"|^\s*(?:the\s+)?contributions?\s+(?:from|by|of)\s+(?:the\s+)?(?:[\w&./-]+\s+){{0,2}}?{_PAYING_BODY}(?:\s+[\w-]+)?)"
    + _SUM_END)


# what a case review came to, asked in words other than "find" or "learn": "what came out
# of the Family A review?", "what did the SAR teach us?" (its findings, a list); not what
# came of one thing in it ("... about X"), nor of an audit or a check, which may be one
# finding; nor "the outcome of" a review, which may be one event (measured: as a list
# question it lost a held-out case)
_CASE_REVIEW = (r"(?:(?:child|family|young person|yp)\s+[a-z]\s+(?:[\w’'-]+\s+){0,2}?review|sar|cspr|scr|llr|dhr"
                r"|(?:practice|case|adult|safeguarding adult|learned lessons|lessons learned|lessons learnt)\s+review)")
_REVIEW_OUTCOME_Q = re.compile(
    r"\bwhat (?:has |have )?(?:came|come|comes) out of\s+"
    r"(?:the |this |that |our |their |a )?(?:[\w’'-]+ ){0,4}?" + _CASE_REVIEW + r"s?\b(?!\s+(?:about|on|regarding|for)\b)"
    r"|\bwhat (?:did|does|has|have) (?:the |this |that |our |their )?(?:(?:[\w’'-]+ ){0,3}?" + _CASE_REVIEW + r"s?|it) "
    r"(?:teach|taught|tell|told|show(?:ed|n)?) (?:us|you|them|practitioners|the partnership)\b(?!\s+(?:about|on|regarding)\b)"
    r"|\b" + _CASE_REVIEW + r"\s*[-–—:,]\s*what (?:came out of it|did it (?:teach|tell|show) us)", re.I)


#: a threshold or criterion asked for: when something applies, what counts, who qualifies
#: ("when does a SAR have to happen?", "at what point do absences get looked at?", "what
#: counts as modern slavery?", "who qualifies for the TARA service?", "which cases go to
#: the risk enablement panel?"). The answer is the rule's condition ("required ... when an
#: adult with Care and Support needs dies or is seriously harmed"), not a date; a past
#: event's time ("at what point did his attendance drop?") is no criterion (sixty-fifth
#: session, the threshold and criteria question)
CRITERION_Q = re.compile(
    r"\b(?:at (?:what|which) point (?:do|does|is|are|should|must|would|will|can|has|have)\b"
    r"|in what (?:circumstances|situations|cases)|under what (?:circumstances|conditions)"
    r"|what (?:counts|would count|does [^?]{1,40}? count) as|what makes (?:a|an|it|someone|somebody|something|the|them)\b"
    r"|(?:what|which)(?: is| are|['’]s|s)? the (?:trigger|criteria|criterion|threshold|cut-?off)\b|what triggers\b"
    r"|which cases\b|who (?:qualifies|is eligible|counts as|is entitled)\b"
    r"|how (?:do|does|are|is|were|was) [^?]{1,40}?\b(?:qualify|chosen|selected|picked|eligible)\b"
    r"|when (?:does|do|is|are|should|must|would|will|can|has|have)\b[^?]{0,60}?\b(?:have to|has to|need to|needs to|needed|required|"
    r"count|counts|qualify|qualifies|apply|applies|trigger|kick in|kicks in|become|becomes|be referred))", re.I)


def question_type(question: str) -> str:
    """Coarse question type: number, frequency, who, when, list, define or general.

    A leading scene-setting clause does not decide the type: in "when covid hit bed
    capacity, what did they set up ...?" the question is the "what" clause."""
    # ("courses/topics" is "courses or topics")
    q = re.sub(r"\b(what|who|where|how)['’]s\b", r"\1 is", re.sub(r"(?<=[a-z])/(?=[a-z])", " or ", question.lower().strip()))
    whole_q = q  # (before a topic set first is cut off: "Family A SAR - what came out of it?")
    m = (re.match(r"(?:when|if|since|after|during|while|now that|given)\b[^,;:?]*[,;:–-]\s*(?P<rest>(?:what|which|who|how|where|why|when)\b.*)", q)
         # a scope set first, up to a comma: "in the child H review, who did the child
         # first tell?" asks who (only for who, when, where and how many/much: a "what" after
         # such a scope keeps the shape the whole question gives it, a list or not)
         or re.match(r"(?:in|for|on|about|regarding|re|from|within|under|at|across)\s[^,;:?]{3,60},\s*"
                     r"(?P<rest>(?:who|whom|when|where|how many|how much|how old|how long)\b.*)", q)
         # a topic set first: "young person J LLR - when are the full findings meant to
         # be shared?" asks when, whatever the topic's words
         # (unless the question points back at the topic, "cp conference priorities -
         # what were they planning to change?", or sets a scene of its own)
         or re.match(r"(?!(?:what|which|who|how|where|why|when)\b)[^?]{3,80}?\s[-–—:]\s+"
                     r"(?P<rest>(?!when\b[^?]*,)(?![^?]*\b(?:they|them|these|those|its)\b)(?:(?:until|till|up (?:un)?til|since|by)\s+(?=when\b|how\b))?"
                     r"(?:what|whats|which|who|how|where|why|when)\b.*)", q))
    if m:
        question = question.strip()[m.start("rest"):]
        q = m.group("rest")
    # a later part of a multi-part question, after the count it points back to
    # (:func:`~assistant.answer.parts.question_parts`): "how much did the mayor commit to
    # tagging ... - what kind of tags are they?" asks what kind, not how much
    m = re.match(r"(?:[^?]{3,80}?\s[-–—:]\s+)?how (?:many|much)\b[^?]*?\s[-–—]\s+(?P<rest>(?:(?:until|till|up (?:un)?til|since|by) when|what|which|who|where|why|when)\b[^?–—]*\??)$", q)
    if m and not re.search(r"\s-\s", m.group("rest")):
        question = question.strip()[m.start("rest"):]
        q = m.group("rest")
    if (re.search(r"\bhow (?:often|frequently)\s+(?:did|has|have|had)\s+(?:[\w&'’-]+\s+){1,4}?(?:attend|turn(?:ed)? up|come|show(?:ed)? up|make it)\b", q)
            and not re.search(r"\b(?:a|per|each|every)\s+(?:week|month|year|term|quarter)\b", q)):
        # "how often did the police attend the HSCB?" asks how many of its meetings they
        # came to (the attendance table's "4" of 4), not how often something happens
        return "number"
    if re.search(r"\bhow often\b|\bhow frequently\b", q):
        return "frequency"
    if re.match(r"(?:and\s+)?(?:does|do|did|is|are|was|were)\s+[^?]{2,60}?\s+(?:meet|meets|met|held|run|runs|happen|happens|take place|takes place|sit|sits)\s+"
                r"(?:monthly|weekly|fortnightly|quarterly|annually|yearly|daily|every\s+(?:\w+\s+)?(?:weeks?|months?|days?|term|year)|once\s+a\s+\w+|twice\s+a\s+\w+)\b", q):
        # "does the qa subgroup meet monthly?" checks a guess at how often: the answer is
        # how often it does ("every 6 weeks") (sixty-fourth session, closed questions)
        return "frequency"
    if (_SPLIT_BY_Q.search(q) and not re.search(r"\b(?:is|was|are|were)\s+(?:it|this|that|they|these|those)\s+(?:\w+\s+)?(?:split|broken)\b", q)) or (re.search(r"\b(?:ethnicity|ethnic|gender|sex|age|age group)\s+(?:breakdown|split|profile)\b", q)
                                 and not re.match(r"(?:do|does|did|is|are|was|were|have|has|had|any|can|could)\b", asking_clauses(q)[-1])):
        # "whats the split of missing kids by ethnicity", "cla age breakdown?": each
        # group's row (not "is there an ethnicity breakdown of ...?", which asks whether)
        return "list"
    if (re.match(r"(?:and\s+)?(?:did|do|does|were|was|are|is|have|has)\s+(?:very\s+)?(?:many|lots of|a lot of|loads of|plenty of)\s+"
                 r"(?:people|delegates|staff|practitioners|professionals|children|kids|young people|families|parents|schools|agencies)\b", q)
            or re.search(r"\bhow well attended\b|\b(?:good|big|decent|the)\s+turn-?out\b", q)):
        return "number"  # "did many people actually turn up?" asks how many did
    if ("%" in q and not re.search(r"\b(?:what|whats|which|who|how|where|why|when|vs|versus|v)\b", q)
            # (a share told in a case, then a closed question: "attendance dropped to about 50%
            # ... does that still need scrutiny?" asks no figure) (sixty-fifth session)
            and not re.search(r"\b(?:does|do|did|should|would|could|can|need|needs|must)\s+(?:that|this|it|he|she|they|we|i)\b", q)):
        # a terse share asked for: "neet care leavers - girls %? boys %?" (not a comparison
        # of groups, "% black vs % white?", answered by each group's row)
        return "number"
    if (CHECKED_FIGURE.search(q) or re.match(r"(?:was|is|were|are)\s+(?:[\w'’-]+\s+){1,3}?\d{1,2}\s+(?:when|at the time|years? old|yrs? old|yo)\b", q)
            or re.match(r"is it true that\s+(?:[\w'’-]+\s+){1,4}?(?:was|is|were|are)\s+(?:aged\s+)?\d{1,2}\s+(?:when|at the time|years? old|yrs? old|yo)\b", q)
            # (a sum from a payer: not a table's total, "the total income was £250,000", nor
            # an item's price, "a grant of £2,000 for setting up home")
            or re.match(r"is it true that\b[^?]*£\s?\d[\d,.]*(?:k|m|bn| million| thousand)?\s+(?:from|by)\s+\w", q)):
        # "is it true the mash got over 10,000 contacts?", "was child m 14 when he died?",
        # "is it true that child m was 14 when he died?", "is it true that the project got £450k?"
        return "number"
    if re.search(r"\bwhat (?:are|were|is|was) (?:the|our|their|harrow'?s) (?:[\w&'-]+ ){0,5}(?:numbers|figures|totals|stats|statistics)\b"
                 r"(?<!numbers(?= for))(?! (?:to|you|i|we|they|people|someone|parents|victims)\b| for (?:you|me|us|them|people|someone|parents|victims)\b)", q):
        return "number"  # "what were the CP plan and CLA numbers as at 31st march 2021?"
    if re.search(r"\bwhat(?:'s|’s|s| is| was) the (?:actual |exact |real |correct |right |true |official )?(?:number|figure|count)"
                 r"(?=\s*(?:\?|$)|\s+(?:per|on|in|across|at|during|given|quoted|mentioned|stated|recorded|reported)\b)", q):
        return "number"  # "slide says 40 - what's the actual number on the learning sheet?", "the number per full-time IRO?"
    if _CONTRIBUTION_Q.search(q) or _BUDGET_SHARE_Q.search(q):
        return "number"  # "what was the met's contribution?", "what did the ccg put in to the budget?"
    if re.search(r"\bwhat (?:did|does|do|would) (?:it|they|that|this|those|these|the [\w-]+)(?: all)? (?:add up to|come to|amount to|total)\b", q):
        return "number"  # "who bankrolls the board - what did it all add up to?"
    if re.search(r"(?:^|\s[-–—:]\s+)(?:the\s+)?(?:(?:total|overall|whole|current)\s+)?(?:population|budget|spend|income|expenditure|price|cost|fee)\s*\??$", q):
        return "number"  # "harrow at a glance - total population"
    if re.match(r"(?!(?:what|which|who|how|where|why|when|is|are|was|were|do|does|did|can|could)\b)(?:the\s+)?(?:[\w-]+\s+){0,3}"
                r"(?:contacts|referrals|assessments|allegations|cases|episodes|notifications|plans|delegates|attendees|lac|cla|"
                r"numbers|figures|stats|totals?|count)"
                # (with where they went or came from: "total contacts into the MASH for 2020/21?")
                r"(?:\s+(?:into|to|at|by|from|of)\s+(?:the\s+|our\s+)?[\w&'’-]+)?"
                r"(?:\s+(?:for|in|during|over|between|from|at|on|as at|as of|since)\s+(?:the\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|last|this|20)"
                r"|\s+\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}\b|\s*\??$)", q):
        return "number"  # a count asked as a noun phrase: "MASH contacts for apr 2020-mar 2021?"
    if re.match(r"(?!(?:what|which|who|how|where|why|when|is|are|was|were|do|does|did|can|could)\b)(?:any\s+)?(?:the\s+)?(?:[\w'’-]+\s+){1,4}"
                r"(?:figures|stats|statistics|numbers|rates?)(?:\s+(?:for|on|in|of|about|among|amongst)\b[^?]*|\s+[\w'’-]+)?\s*\??$", q):
        return "number"  # a figure asked by its measure: "stop and search figures for under 18s", "YOT first time entrants rate harrow"
    if re.search(r"(?:^|\s[-–—:]\s+)(?:the\s+)?(?:average|avg|mean|median|typical)\s+(?:wait|waiting time|wait time|length|age|number|time|"
                 r"duration|caseload|cost|week|day|month|hour)s?\b", q):
        return "number"  # an average asked as a noun phrase: "camhs waiting times - avg wait in weeks?"
    if re.match(r"what happened to (?:the )?(?:number of |numbers of |demand for )?(?:[\w’'-]+ ){0,3}?(?:referrals|contacts|demand|numbers|figures|attendance|presentations)"
                r" (?:after|over|during|through|throughout|across|since) (?:the )?(?:first |second |third |last )?(?:lockdowns?|pandemic|covid(?:-19)?)\b", q):
        return "list"  # "what happened to mental health referrals after the first lockdown?": the dated story, each part
    if re.match(r"what (?:has |had )?happened (?:to|with)\b", q):
        return "general"  # "what happened to the number of kids needing ...": an event or trend
    if (re.search(r"\b(?:which|what) (?:month|year|day|date|week)\s+(?:(?:during|in|over|since|of) [\w-]+(?: [\w-]+)?\s+)?(?:did|was|were|is|are|does|do|will|would|saw|sees|had|has|have|\w+ed)\b", q)
            and not re.search(r"\bhow many\b|\bper (?:month|year|day|week)\b", q)):
        return "when"  # "which month saw the highest number of referrals?" asks for a date
    if (re.search(r"\b(?:tell me|know|advise|ask|say|wondering|wonder)\s+(?:in|during)\s+(?:which|what) (?:month|year|week)\s+(?:[\w'’-]+\s+){1,7}?"
                  r"(?:saw|had|was|were|started|began|opened|launched|happened|took place|came)\b", q)
            and not re.search(r"\bhow many\b|\bper (?:month|year|day|week)\b", q)):
        return "when"  # asked indirectly: "can you tell me in which month the services around Harrow saw the highest ..."
    if (re.match(r"\W*(?:(?:in|on|at|by)\s+)?(?:which|what)\s+(?:date|day|year|month)\s+(?:[\w'’-]+\s+){1,4}?(?:\w+ed|died|began|begun|"
                 r"came|went|left|ran|took|got|was|were|is|are)\b", q)
            and not re.search(r"\bhow many\b|\bper (?:month|year|day|week)\b", q)):
        return "when"  # a date asked with its subject before the verb: "in which date child M died?"
    if CLOCK_Q.search(q) and not HOURS_Q.search(q):
        return "when"  # "what hours was Albert made to work each day?" asks for times of day
    if re.match(r"when\b", q) and CRITERION_Q.match(q):
        return "general"  # "when does a SAR have to happen?" asks the condition, not a date
    if re.match(r"when (?:did|was|were|is|are|does|do|will|has|have|had)\b", q) and not re.search(r"\bhow (?:many|much|long)\b", q):
        return "when"  # "when did CAMHS see their highest ever number of referrals?"
    if (re.match(r"(?:was|were|is|are|did|does|do|has|have|had)\s+(?:[\w'’-]+\s+){0,6}?(?:the\s+)?(?:highest|lowest|most|least|biggest|largest|"
                 r"smallest|worst|best|peak|record)\b", asking_clauses(q)[-1])
            and not re.search(r"\bhow (?:many|much)\b|\bwhat (?:number|figure|percentage|share)\b", q)):
        return "general"  # "was september 2020 the highest number of referrals?" asks whether, not how many
    if re.match(r"(?:are|is|were|was|do|does|did|have|has|had)\b|(?:which|who)\b(?!\s+timescales?\b)", asking_clauses(q)[-1]):
        # "are transfer-in conferences held within timescales?" asks whether, not how long
        # ("which kind of conference mostly wasn't held within timescales?" asks which)
        q = re.sub(r"\b(?:within|in|on|outside|out of)\s+(?:the\s+)?(?:agreed\s+|target\s+|statutory\s+|required\s+)?timescales?\b", " ", q)
    if re.search(r"(?:^|[:?,.–-]\s*)(?:what|whats)(?: is| was| are| were)? (?:actually )?(?:the |harrow'?s |england'?s |their |our |the national )?(?:[\w'-]+ ){0,3}?"
                r"(?:rate|average|avg|%|percentage|proportion)(?! of (?:abuse|harm|neglect)\b)", q):
        return "number"  # "whats the england rate of cp plans per 10,000 kids?", "what actually is the england avg %"
    if re.search(r"\bwhat (is|was|were) (the )?(average|mean|median|typical) (length|age|number|time|duration|size|cost|wait)\b|\bwhat (is|was|were) (the )?([\w’']+(?:'s)? )?(total |overall |annual |whole |entire |full |yearly )?(population|budget|total|cost|size|figure|amount|spend|expenditure|income)\b|\bhow (many|much|long|old|soon)\b|\btimescales?\b|\bdeadline\b|\bwithin how\b|\bwhat (percentage|percent|per cent|proportion|share|number|fraction|rate)\b|\bwhat ?%|\bwhat (?:was|were|is|are|did|does|do) (?:[\w’']+ ){0,3}(?:paid|earn|earned|get paid|got paid)\b|\bwhat (?:did|does|do|will) (?:[\w’']+ ){1,3}(?:spend|pay|cost)\b|\bnumber of\b|\bnos?\.? of\b|\bpercentage\b|\bhow big\b"
                 # a sum of money asked for by its kind: "what lump sum is she due?", "what price did they sell him on for?"
                 r"|\b(?:what|which) (?:lump sum|sum of money|price|amount of money)\b"
                 # a time asked in its unit: "what is the waiting time in weeks for CAMHS?"
                 r"|\b(?:time|times|wait|waits|waiting|length|duration)\b[^?]{0,25}\bin\s+(?:days|weeks|months|years|hours|minutes)\b", q):
        return "number"
    if ROLE_ASKED.search(q):
        return "general"  # "what is nazir afzal's job?" asks for a post, not a definition
    if asked_acronym(question) or re.search(r"\bstand for\b|\bwhat is meant by\b|\bdefin(e|ition)\b"
                                            # "what does contextual safeguarding mean?", "what is the meaning of
                                            # contextual safeguarding?" (not "what does this mean for schools?")
                                            r"|^\W*what\s+(?:does|do)\s+(?!(?:this|that|it|they|these|those)\b)[\w\-’' ]{3,50}?\s+mean\s*\??\s*$"
                                            r"|^\W*what(?:'s|’s|\s+is|\s+was)\s+the\s+meaning\s+of\s+(?!(?:this|that|it)\b)", asking_clauses(q)[-1]):
        return "define"
    if (re.fullmatch(r"(?:what|which)(?: (?:is|are)|['’]s|s) (a |an )?(?!the\b)[\w\-’']+(?: [\w\-’']+){0,2}\s*\??", q)
            # (a phrase ending in a preposition is no term: "what are victims afraid of?")
            and not re.search(r"\b(?:of|to|for|with|about|from|in|on|by|at|like)\s*\??$", q)):
        return "define"
    if re.match(r"who\b", q) or re.match(r"what(?:'s|’s|s| is| was)\s+", q) and PERSON_NAME_Q.search(q):
        # "who sits on the HSSP - the membership list?" asks for everyone
        if re.search(r"\b(list|membership|members|all the|everyone|every\b|each of)", q):
            return "list"
        if re.match(r"who\s+(?:ran|runs|run|delivered|delivers|led|leads|gave|gives|hosted|hosts|provided|provides|facilitated|presented)"
                    r"\s+(?:the|those|these|their|its)\s+(?:[\w-]+\s+){0,3}?(?:workshops|sessions|breakouts|talks|presentations|seminars|webinars)\b", q):
            return "list"  # "who delivered the breakout sessions at the conference?" asks for each provider
        return "who"
    if re.match(r"(?:and\s+)?(?:is|are|was|were)\s+[^?]{2,80}?\s+(?:handled|run|chaired|led|managed|provided|delivered|commissioned|"
                r"written|carried out|overseen|staffed|answered)\s+by\s+(?:the\s+)?[\w'’&-]+", q):
        # "is the helpline info handled by the salvation army?" checks a guess at who: the
        # answer is who does ("... handled by the NSPCC") (sixty-fourth session)
        return "who"
    if re.match(r"(?:(?:until|till|up (?:un)?til|since|by)\s+)?when\b", q) or "what date" in q or "which year" in q:
        return "when"
    if re.match(r"(?:(?:(?:does|do)\s+)?(?:any(?:one|body)|you)\s+know\s+|(?:can|could)\s+you\s+tell\s+me\s+)?(?:which|what|name|list)\b", q) and stated_count(question):
        return "list"  # "which six secondary schools have social workers?" ("does anyone know which six ...?")
    # list words inside a name ("the new Learned Lessons Review") do not ask for a list
    if re.match(r"what(?:s| was| is| were| are) (?:the |that |this |their )?[^?]{3,80}?\babout(?: again)?\s*\??$", q):
        return "general"  # "what was the child H learned lessons review about again?"
    if HOURS_Q.search(q) and not re.search(r"\bhow many\b", q):
        return "general"  # "what are the opening hours of the helpline?" asks no list
    if re.match(r"what (?:is|are|was|were) (?:the |that |this |their )?[^?]{3,80}?\b(?:looking at|looking into|exploring|examining|investigating|focusing on|focused on)\s*\??$", q):
        return "general"  # "what are the new LLR and the new SAR looking at?"
    if (re.match(r"(?:which|what)\s+(?:[a-z-]+\s+)?(?:charity|organisation|organization|org|group|service|agency|body|team|helpline|person|website|"
                 r"scheme|project|panel|board|council|hospital|trust|professional)\s+(?:in\s+[a-z]+\s+)?"
                 r"(?:helps|supports|provides|offers|runs|works|deals|regulates|handles|protects|delivers|gives|looks|tackles|advises|campaigns|specialises|focuses)\b", q)
            and not re.search(r"\b(?:list|all the|every|each|any other|others)\b", q)):
        return "general"  # "which charity helps trafficked women with housing?" asks for one (not "helps" as a plural)
    words = question.strip().split()
    unnamed = " ".join(words[:1] + [w for w in words[1:] if not w[:1].isupper()]).lower()
    # (nor in a kind of review typed in lower case: "the learned lessons review")
    unnamed = re.sub(r"\b(?:learned lessons|lessons learned|lessons learnt)(?= review)", " ", unnamed)
    if re.search(r"\b(list|key findings|findings|recommendations|lessons|priorities|actions|themes|areas|(?:main|key|learning) points|headlines|key learning|what were the|what are the|which .* (were|are)|examples|signs"
                 r"|aims|objectives|goals|achievements|wins|types|kinds|forms|ways|headings|strengths|indicators|all the|name the"
                 r"|what (sorts|kinds|types) of)\b", unnamed):
        return "list"
    if re.search(r"\bwhat (?:did|does|has|have) (?:[\w’'-]+ ){0,6}(?:find|learn|conclude|recommend|identify"
                 # (or what it has found so far: "... isn't finished but what has it found so far?")
                 r"|(?<=has )(?:[\w’'-]+ ){0,4}(?:found|learnt|learned|concluded|identified)(?=\s+(?:so far|to date|yet)\b))\b"
                 # (not a finding about one thing: "what did the review conclude about
                 # mechanical restraint?" asks what was said of it, not the list of findings)
                 r"(?!\s+(?:about|regarding|re|concerning|around|in relation to|with regard to|in respect of)\b)"
                 # (nor what should be done: "what did the review conclude should happen with
                 # that?" asks for the conclusion's sentence)
                 r"(?!\s+(?:should|must|needs? to|ought to|would need)\b)", q):
        return "list"  # "Family A SAR - what did it find?": its key findings
    if _REVIEW_OUTCOME_Q.search(whole_q):
        return "list"  # "what came out of the Family A review?", "what did the SAR teach us?": its findings
    if re.search(r"\b(?:anything|what(?:'s| is| was| has| have| were)?(?: been| we| they)?)\s+(?:been\s+)?learn(?:ed|t)\b(?!\s+lessons)|\bwhat learning\b", q):
        return "list"  # "young person J - anything learned so far?": its findings
    if re.match(r"(?:which|what)\s+(?:[a-z-]+\s+)?[a-z-]{3,}s\s+(?:or|and)\s+[a-z-]{3,}s\s+(?:did|do|does|were|are|have|has|had|can|should)\b", q):
        return "list"  # "what specialist courses/topics did the hscb emphasise?"
    if re.search(r"\bhow (?:did|has|have|had) (?:the )?(?:[\w’'-]+ ){1,5}?(?:change|changed|vary|varied|evolve|evolved|go|gone)"
                 r"(?: (?:up|down|up and down))? (?:after|over|during|through|throughout|across|since) (?:the )?(?:[\w’'-]+ )?"
                 r"(?:lockdowns?|pandemic|covid(?:-19)?|year|months|20\d\d)\b", q):
        # "how did demand for mental health services change after lockdown?" (or "over
        # 2020"), "what happened
        # to mental health referrals after the first lockdown?": the dated story, each part
        return "list"
    if re.match(r"(?:and\s+|so\s+)?how\s+(?:did|has|have|had)\s+(?:the\s+)?(?:covid(?:-19)?|the\s+pandemic|pandemic|lockdowns?|the\s+lockdowns?)\s+"
                r"(?:change|changed|affect|affected|impact|impacted|hit)\s+(?:their|his|her|its|the|young|children|kids|pupils|[\w'’-]+['’]s?)\b", q):
        # "how did covid change their school attendance?" after the young carers: each
        # way it went ("Remain the same for 4", "Improve for 11", "Worsen for 18")
        # (sixty-fifth session)
        return "list"
    if re.search(r"\b(?:month[- ]by[- ]month|year[- ]by[- ]year|week[- ]by[- ]week|step[- ]by[- ]step|in (?:what|which) order|in order\s*\??$|"
                 r"(?:the )?sequence of|stages|steps|(?:give|show|send)\s+(?:me|us)\s+(?:the|a)\s+breakdown(?=\s*[.?!]*\s*$))\b", q):
        # "the month-by-month story of demand ..., in order?": each dated item ("how did
        # young carers' attendance change? Give me the breakdown.": each part)
        return "list"
    if _PLURAL_Q.match(q) and not re.match(r"(?:what|which)\s+(?:\w+\s+)?(?:is|was|does|has|this|its|always|across|process|access|address|business|status|analysis|basis|crisis|progress|success|abuse)\b", q):
        return "list"
    return "general"


#: a breakdown asked as such, by a dimension a table splits by: "whats the split of missing
#: kids by ethnicity", "can you break the missing figures down by ethnic group?" (not "how
#: many were boys?", one group's figure, nor "is there an ethnicity breakdown of ...?",
#: which asks whether)
_SPLIT_BY_Q = re.compile(r"\b(?:split|breakdown|break-down|broken down|break(?:ing)?\b[^?]{0,30}?\bdown)\b[^?]{0,60}?\b(?:by|into|across)\s+(?:their\s+|the\s+)?"
                         r"(?:ethnicity|ethnic groups?|ethnic backgrounds?|race|gender|sex|age|ages|age groups?|age bands?|ward|wards)\b", re.I)


#: "which organisations ran ...", "what topics did ...", "which emergency services joined ...":
#: a plural noun right after the question word asks for several things
_PLURAL_Q = re.compile(r"(?:which|what)\s+(?:[a-z&\-]+\s+(?:(?:and|&|\+)\s+)?|(?:(?!(?:did|does|do|the|a|an|of|is|are|was|were|has|have|had|sort|kind|type)\b)[a-z&\-]+\s+){2})?[a-z\-]{3,}(?<!ss)(?<!us)(?<!is)s\s+(?:did|do|does|were|are|have|has|had|can|could|should|will|would|might|must|\w+ed|ran|run|came|went|took|give|gave|make|made|help|need|say|said)\b")


#: a question asking what post someone holds ("what's her role?", "what is Nazir's job?")
ROLE_ASKED = re.compile(r"\bwhat(?:'s|’s| is| was)\s+(?:his|her|their|(?:[\w’']+\s+){0,2}[\w’']+['’]s?)\s+(?:(?:exact|full|official|actual|proper|precise)\s+)?(?:role|job|job title|title|position|post)\b"
                         r"|\bwhat (?:is|was) the (?:role|job|position) of\b|\bwhat (?:does|did) (?:he|she) do\s*(?:for a living)?\s*\??$", re.I)


CLAUSE_SPLIT = re.compile(r"\s*(?:[,;:]|\s[-–—]\s)\s*|(?<=[a-z]{3}[.!])\s+"
                          # (a sentence ending in a bracket or a quote: "... (15, older 'boyfriend'). who was ...?")
                          r"|(?<=[a-z0-9'’\"]\)[.!])\s+|(?<=[a-z]{2}['’\"][.!])\s+")


WH_OPENING = re.compile(r"^(?:what|which|who|whom|whose|how|where|why|when|is|are|do|does|did|can|could|should|will|would)\b", re.I)


#: a closing clause that asks nothing of its own: "... home alone in england - what's the
#: answer?", "what should i tell her?", "... an approach that links kids and adult
#: safeguarding - what's it called?"
_OPEN_ASK = re.compile(r"^(?:what(?:'s|’s| is| would be)? the (?:answer|rule|position|deal|score|trigger|threshold|criteria|cut-?off)|(?:what|which)(?:'s|’s| is| are)? "
                       r"(?:it|this|that|they)(?: (?:called|named|known as))?|what (?:do|should|can|would) (?:i|we) "
                       r"(?:say|tell (?:them|her|him|the parents?|the family))|what do you (?:think|reckon)|any (?:ideas|thoughts))\s*\??\s*$", re.I)


#: a question word after a hedge: "I'm the DSL at a Harrow secondary - roughly how many
#: primary schools are there?" (not "and"/"but": "how many ..., and what's the split?" asks both)
_HEDGED_WH = re.compile(r"(?:roughly|approximately|approx\.?|around|about|just|basically|quickly|honestly|so|ok|okay|right)\s+"
                        r"(?:what|which|who|how|where|why|when)\b", re.I)
#: a clause scoped by a short phrase before its question word: "in his evaluation what was
#: the workforce confused about?"
_SCOPED_WH = re.compile(r"(?:in|for|from|on|about|during|within|under)\s+(?:[\w'’-]+\s+){1,3}?(?:what|which|who|how|where|why|when)\b"
                        # "of the children who left care in 2019/20 what % returned home ...?"
                        r"|(?:of|among|amongst)\s+(?:[\w'’/-]+\s+){1,8}?(?:what|how many|how much)\b"
                        r"|by how (?:much|many)\b|(?:until|till|up (?:un)?til|since|by) when\b"
                        # a preposition before a question word asking when or at what age: "in
                        # what year was it launched?", "on what date ...", "by what time of day
                        # ...", "at what age ...", "for how long ..."
                        r"|(?:in|on|by|at|from|since|until|till)\s+(?:what|which)\s+(?:year|date|day|month|week|time|hour|age|point|stage)\b"
                        r"|for how long\b"
                        # a preposition before "which"/"what" + a noun and a verb: "on which
                        # platform was it conducted?", "through which agency do I ...?"
                        r"|(?:in|on|at|by|through|via|with|to|from|under)\s+(?:which|what)\s+[\w'’-]+\s+(?:was|were|is|are|did|does|do|can|could|should|will|would|has|have|had)\b", re.I)


#: stands in for a comma inside brackets while a question is split into clauses or parts:
#: "(Amira's family, 3 kids, police call-out last night)" is an aside, not three clauses
BRACKETED_COMMA = "\ue000"

_BRACKETED = re.compile(r"\([^()]{0,200}\)")


def mask_bracketed_commas(text: str) -> str:
    """``text`` with every comma inside a (non-nested, at most 200-character) bracket
    replaced by :data:`BRACKETED_COMMA`; :func:`unmask_bracketed_commas` undoes it."""
    return _BRACKETED.sub(lambda m: m.group(0).replace(",", BRACKETED_COMMA), text)


def unmask_bracketed_commas(text: str) -> str:
    """Undo :func:`mask_bracketed_commas`."""
    return text.replace(BRACKETED_COMMA, ",")


def asking_clauses(question: str) -> list[str]:
    """The clauses that ask the question, when a scene-setting clause comes first: "LADO
    figures are down - what risk are they still mindful of?" -> ``["what risk are they
    still mindful of?"]``; ``[question]`` for a one-clause question."""
    # (a comma inside brackets does not end a clause: "(Amira's family, 3 kids) and ...")
    clauses = [unmask_bracketed_commas(c) for c in CLAUSE_SPLIT.split(mask_bracketed_commas(question.strip())) if c]
    # ("whats" typed without its apostrophe opens a question too: "... (re: Ivy, 3, neglect
    # referral) - whats Harrow's overall population ...?")
    asking = [c for c in clauses[1:] if (WH_OPENING.match(c) or _SCOPED_WH.match(c) or _HEDGED_WH.match(c) or re.match(r"whats\b", c, re.I))
              and not _OPEN_ASK.match(c)]
    if asking and CLASSIFY_Q.search(asking[-1]):
        # "workers are collected at 4am and dropped back late. which warning sign is
        # that?" asks what the scene itself is: the scene is what is asked about
        return [question]
    return asking if len(clauses) >= 2 and asking else [question]


#: a scene from the asker's casework: a child of it (a redacted name, an age in brackets or
#: between commas, "15yo", "a 9 year old"; not a duration, "CP plans lasting 2yrs+")
CASEWORK_SCENE = re.compile(r"\[NAME\]|\(\s*\d{1,2}\s*(?:,[^)]*)?\)|,\s*\d{1,2}\s*,|\b\d{1,2}\s*(?:yo|y/o|(?:yrs?|years?)[- ]old)\b", re.I)
#: ... or the meeting the asker is in or preparing: "at the MASH meeting", "for the MASH
#: data slide", "Rhea's CSE strat"
_MEETING_SCENE = re.compile(r"\b(?:meeting|slide|briefing|strat|strategy (?:meeting|discussion)|huddle|panel|bit)\b", re.I)
#: ... or the people of a case the asker describes: "Family with a CP plan just moved to
#: Harrow from Brent.", "Year 9 girl's mum was assaulted by her partner on Saturday
#: night", "five kids from the same block" (not a reviewed case named by its letter,
#: "Family A", "Child M", which is what a question is about)
CASE_PEOPLE = re.compile(r"\b(?:kids?|boys?|girls?|lads?|sons?|daughters?|baby|toddlers?|infants?|"
                         r"family(?!\s+(?-i:[A-Z])\b)(?!\s+(?:hubs?|court|group|support|network|learning)\b)|mum|mom|mother|dad|father|"
                         r"(?:a|the|one|this|her|his) parent|neighbour|"
                         r"step-?(?:dad|mum|father|mother)|siblings?|brother|sister|teen|pupil|student|young (?:person|man|woman)|"
                         r"year \d{1,2}|yr ?\d{1,2}|client)\b(?!['’]s\s+(?:views|voices?|experiences?|feedback|survey))", re.I)


def scene_free(question: str) -> str:
    """The clauses of ``question`` that ask (:func:`asking_clauses`) when a scene from the
    asker's casework or meeting that asks nothing is set first ("NRM form for Hien (15)
    asks about background vulnerabilities. what key drivers ...?" -> "what key drivers
    ...?"); ``question`` itself otherwise: when it opens with a question ("how do I make a
    referral to the MASH - is there an online form?") or its first clause is the topic
    ("local authority designated officer referrals - how many were about teachers ...?")."""
    asking = asking_clauses(question)
    if WH_OPENING.match(question.strip()):
        return question
    if asking == [question]:
        # (a last sentence that asks in a few words, after a case told in sentences: "We have
        # a Romanian 15yo boy begging outside Tesco every day, dropped off by a van at 6am.
        # Signs of trafficking?")
        # (or its last clause, after a comma: "a 16 year old boy from Albania is found
        # working in a cannabis farm, which type of slavery is this?")
        last = _LAST_SENTENCE_ASK.search(question.strip()) or _LAST_CLAUSE_ASK.search(question.strip())
        if not last or "?" in question[:last.start()]:
            return question
        asking = [last.group("ask")]
    scene = question[:question.find(asking[0])] if asking[0] in question else question
    if not (told_case(scene) or _MEETING_SCENE.search(scene)):
        return question
    return " ".join(asking)


#: a message's last sentence when it asks (ends in "?") after a sentence that does not
_LAST_SENTENCE_ASK = re.compile(r"(?<=[a-z0-9)'’\"][.!])\s+(?P<ask>[^.!?]{3,120}\?+)\s*$", re.I)
#: a message's last clause after a comma when it asks with a question word or verb first
_LAST_CLAUSE_ASK = re.compile(r"(?<=[a-z0-9)'’\"]),\s+(?P<ask>(?:which|what|who|how|where|when|why|is|are|was|were|does|do|did|can|"
                              r"could|should|would|will)\b[^,.!?]{3,100}\?+)\s*$", re.I)


#: the word a school's name ends on: "Northgate Park Academy", "Whitmore High"
_SCHOOL_WORD = r"(?:Academy|High School|School|High|College|Primary School|Primary|Secondary School|Secondary|Nursery|Infants|Juniors|Grammar School|Grammar|Sixth Form)"
#: a school named by its name, and a name that is one
SCHOOL_NAMED = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,3}" + _SCHOOL_WORD + r"\b")
_SCHOOL_NAME = re.compile(r"\b" + _SCHOOL_WORD + r"$")
#: a question asking about schools by name: "how many ... at X?", "which schools ...?", "is X one of them?"
_ABOUT_SCHOOLS = re.compile(r"\bwhich schools?\b|\bone of (?:them|those|the (?:\w+\s+)?schools)\b|\bin the (?:project|scheme|pilot)\b|"
                            r"\b(?:how many|number of)\b[^?]{0,60}\b(?:at|in|from)\s+(?:[A-Z][\w'’-]+\s+){1,3}" + _SCHOOL_WORD + r"\b")


def own_school(name: str, question: str) -> bool:
    """Whether ``name`` is a school's (:data:`_SCHOOL_NAME`) that ``question`` names as the
    asker's or the case's, by a role or a pupil before or after it ("DSL at Northgate Park
    Academy - ...", "a Y9 at Whitmore High", "Harrow High pupil, 15, ..."), and does not ask
    about (:data:`_ABOUT_SCHOOLS`: "how many exclusions at Whitmore High?", "is Nower Hill
    one of them?"; nor "Child M went to Norbury School, didn't he?", named by no role). The
    documents name no school; a school of the asker's scopes nothing."""
    if _SCHOOL_NAME.search(name.strip()) is None:
        return False
    # (whose school it is said before it: "DSL at Northgate Park Academy", "a Y9 at ...")
    mine = re.search(r"\b(?:dsl|ddsl|designated safeguarding lead|teacher|head(?:teacher)?|deputy head|school nurse|nurse|senco|pastoral lead|"
                     r"pupil|student|boy|girl|lad|child|kid|year \d{1,2}|yr ?\d{1,2}|y\d{1,2}|i work|i'm|i’m|im|we're|we’re|based)"
                     r"(?:\s+\w+){0,2}?\s+(?:at|from|in)\s+" + re.escape(name.strip()), question, re.I)
    # (or after it: "Harrow High pupil, 15, ...")
    mine = mine or re.search(re.escape(name.strip()) + r"['’]?s?\s+(?:dsl|ddsl|teacher|head|nurse|senco|pupil|student|boy|girl|lad|year \d{1,2}|y\d{1,2})\b",
                             question, re.I)
    return mine is not None and _ABOUT_SCHOOLS.search(question) is None


def without_own_schools(question: str) -> str:
    """``question`` with the asker's or the case's school (:func:`own_school`) called "the
    school": "DSL at Northgate Park Academy - ..." -> "DSL at the school - ...". Its name
    is nothing the documents are asked about (they name no school), and not worth
    repeating into answers and logs."""
    return SCHOOL_NAMED.sub(lambda m: "the school" if own_school(m.group(0), question) else m.group(0), question)


def told_case(scene: str) -> bool:
    """Whether ``scene``, set before a question, tells a case: a child of the asker's
    casework (:data:`CASEWORK_SCENE`), or its people (:data:`CASE_PEOPLE`) in a scene of
    eight words or more ("Family with a CP plan just moved to Harrow from Brent."; not a
    topic named first, "kids who go off the radar - how many ...?")."""
    return CASEWORK_SCENE.search(scene) is not None or (CASE_PEOPLE.search(scene) is not None and len(scene.split()) >= 8)


def casework_scene(question: str) -> bool:
    """Whether ``question`` sets a scene from the asker's casework before the clauses that
    ask (:func:`scene_free`): a child or family of it (:data:`CASEWORK_SCENE`,
    :data:`CASE_PEOPLE`), not a meeting or the asker's own service ("In Brent we have a
    VVE panel. How often does it meet?")."""
    asked = scene_free(question)
    if asked == question:
        return False
    scene = question[:question.rfind(asked)] if asked in question else question[:max(len(question) - len(asked), 0)]
    return told_case(scene)


def case_described(question: str) -> bool:
    """Whether ``question`` only describes a case and asks nothing in words ("16yo girl,
    [NAME], working in a hand car wash in Rayners Lane, boss holds her ID card and she
    sleeps on site"): no question mark, no asking opening, and a child of the asker's
    casework (:data:`CASEWORK_SCENE`: an age, a redacted name). Its places and names
    are the case's and scope none of the refusal checks."""
    q = question.strip()
    return "?" not in q and not WH_OPENING.match(q) and not _OPEN_ASK.match(q) and CASEWORK_SCENE.search(q) is not None


_ASKED_KIND = re.compile(r"(?:\b(?:what|which|summari[sz]e|outline|recap)|(?:^|\s[-–—:]|[:?])\s*(?:list|name|give me|tell me))\s+(?:(?:are|were|is)\s+)?(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                         r"(?:(?:[a-z\-]+(?:['’]s)?|\d+)\s+){0,4}?([a-z]{3,}s)\b(?!['’])")


def asked_kind(question: str) -> str:
    """The plural noun a list question asks for: "what signs of modern slavery ..." ->
    "signs", "what are the main learning headings ..." -> "headings"; ``""`` if none."""
    m = _ASKED_KIND.search(re.sub(r"(?<=[a-z])/(?=[a-z])", " or ", question.lower()))
    if not m or m.group(1) in ("does", "was", "has", "this", "is", "happens", "means", "goes", "comes", "makes", "takes",
                               "needs", "says", "works", "gets", "helps", "looks", "counts", "applies") \
            or re.search(r"(?:ss|us|is)$", m.group(1)):
        return ""
    if m.group(1) == "ones":
        # "workshops at the 2021 conference - which ones were on?": the kind is the topic's
        t = re.match(r"\s*(?:the\s+|our\s+|their\s+)?(?:[a-z\-]+\s+){0,3}?([a-z]{3,}s)\b(?!['’])[^?]{0,80}?\s[-–—:]\s", question.lower())
        return t.group(1) if t and not re.search(r"(?:ss|us|is)$", t.group(1)) else ""
    return m.group(1)


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


_STATED_COUNT = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+((?:[a-z’'\-]+\s+){0,2}?)([a-z\-]{3,}s)\b", re.I)


_COUNT_UNITS = {"years", "yrs", "months", "weeks", "days", "hours", "mins", "minutes", "times", "sessions", "meetings",
                "year", "yr", "month", "week", "day", "hour", "min", "minute", "olds"}


def stated_count(question: str) -> tuple[int, str] | None:
    """How many things a list question says it wants, and the noun counted: "which three
    organisations are ..." -> ``(3, "organisations")``, "the 3 partnership priorities" ->
    ``(3, "priorities")``; ``None`` when it names no count, or the number counts time ("2
    yrs or more", "5 working days") or the question asks "how many"."""
    q = question.lower()
    if re.search(r"\bhow many\b", q):
        return None
    for m in _STATED_COUNT.finditer(q):
        if m.group(3) in _COUNT_UNITS or set(m.group(2).split()) & _COUNT_UNITS:
            continue
        before, after = q[:m.start()], q[m.end(1):]
        if (re.search(r"\b(?:stage|level|year|section|tier|step|phase|part|page|chapter|appendix|number|no|top|at least|over|under|than)\s*$", before)
                or re.match(r"\s*(?:or|and|to|-|–)\s*(?:more|fewer|less|over|under|above|\d|two|three|four|five|six|seven|eight|nine|ten)", after)):
            continue  # "key stage 3 lessons", "three or more exclusions", "3 and 4 year olds"
        n = m.group(1)
        return (int(n) if n.isdigit() else _COUNT_WORDS[n]), m.group(3)
    return None


#: a need that is not an emergency, said by negating one: "if it's not an emergency",
#: "if nobody's in immediate danger", "no immediate danger"
_NOT_EMERGENCY = re.compile(r"\b(?:(?:it|this|that)\s*(?:['’]s|\s+is)\s+|is\s+)?not\s+(?:an?\s+)?emergency\b"
                            r"|\b(?:nobody|no\s*one|no-one)(?:\s*['’]s|\s+is)\s+in\s+(?:any\s+)?immediate\s+danger\b"
                            r"|\b(?:there\s*['’]s\s+|there\s+is\s+)?no\s+immediate\s+danger\b"
                            r"|\b(?P<be>is|are)\s+not\s+in\s+immediate\s+danger\b", re.I)


def as_non_emergency(question: str) -> str:
    """``question`` with a negated emergency said as the documents say it: "what number do
    we ring if nobody's in immediate danger?" -> "what number do we ring if a
    non-emergency?". Retrieval and sentence choice then find "For non-emergencies, call 101
    ..." rather than "If it's an emergency, always call 999", which the negated words
    match. (The urgent screen reads the message as typed, before this.)"""
    return _NOT_EMERGENCY.sub(lambda m: f"{m.group('be')} in a non-emergency" if m.group("be") else "a non-emergency", question)

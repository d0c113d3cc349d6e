"""Second-language English put into the documents' wording before a question is read.

Many London practitioners were trained abroad or speak another language at home. They type
English a colleague understands at once, but the question rules and the keyword index read
words and word order, and some forms fail them:

* a word translated from another system: "minors" (child), "the tutelage authority" (the
  local authority), "social assistance" (social care), "family doctor" (GP), "denounce"
  (report), "the protection plan of the child" (child protection plan);
* a false friend: "who assisted to the board meetings?" (attended);
* an article before a field of work: "children missing from the education";
* a preposition more than English has: "how many referrals in last year?";
* a plural of a word English counts as a mass: "informations", "trainings", "advices";
* "how many percent" (a percentage), "how is called the helpline?" (what is it called);
* word order: the question word after its topic ("the signs of slavery which are?", "the
  missing children, how many they are?"), the verb last ("Serena, how old she was when she
  arrive?"), a statement asked ("it is modern slavery?"), a negative not inverted ("why the
  victims don't ask help?");
* a question without its "do": "what the report say about missing?";
* agreement and number: "who was the keynote speakers", "the three priority", "how many
  children on protection plan?", "who is giving the advocacy" (who gives);
* a polite frame before the asked clause: "I would like to know in which year ...".

Only these whole phrases are changed, so a question in standard English comes back as typed.
The chain (:meth:`assistant.chain.Assistant._screen`) applies it after
:func:`~assistant.answer.text_speak.write_out` and the spelling corrections, and to a
thread's earlier turns before a follow-up is made standalone; the urgent screen reads the
message in the asker's own words.
What each phrase stands for was checked against the documents' own wording (the Harrow annual
report says "Local Authority Care", "Children's Social Care", "GP", "attendance").
"""

from __future__ import annotations

import re

# -- words from another system --------------------------------------------------------------

#: "minor(s)" as a noun (a child in other systems' law): "how many minors were in care?",
#: "an unaccompanied minor who arrived", "a 15 year old minor" (not the adjective: "minor
#: injuries", "a minor concern", "minor changes")
_MINORS = re.compile(r"\b([Mm])inors\b(?!['’])")
_MINOR = re.compile(
    r"\b(?P<before>(?:a|an|the|this|that|each|every|any|one|unaccompanied|separated|foreign|year old|years old)\s+)"
    r"minor\b(?=\s*(?:[,.?!;:)]|$)|\s+(?:who|that|is|was|has|had|in|at|with|from|and|or|to|under|aged|being|can|could|"
    r"should|must|will|would|may|living|lives|found|going|goes|went|arrived|arriving|does|did)\b)", re.I)

#: a public body named as another system names it -> the documents' name
_BODIES: list[tuple[re.Pattern[str], str]] = [
    # (Romanian "autoritatea tutelară", Polish "organ opiekuńczy", Portuguese "tutela")
    (re.compile(r"\b(?:the\s+)?(?:tutelage|tutelary|guardianship)\s+(?:authority|authorities|office|council)\b", re.I),
     "the local authority"),
    # ("asistență socială", "assistência social", "pomoc społeczna")
    (re.compile(r"\bsocial\s+assistance\b", re.I), "social care"),
    (re.compile(r"\bfamily\s+(?:doctor|physician)s\b", re.I), "GPs"),
    (re.compile(r"\bfamily\s+(?:doctor|physician)\b", re.I), "GP"),
    # ("the protection plan of the child", "plan of protection")
    (re.compile(r"\b(?:the\s+)?(?:child\s+)?protection\s+plans?\s+(?:of|for)\s+the\s+(?:child|children|minor|minors)\b", re.I),
     "the child protection plan"),
    (re.compile(r"\bplans?\s+of\s+protection\b", re.I), "child protection plan"),
]

#: the local authority's care, in the words of the law that the documents count by ("Number of
#: Children Looked After"): "in the care of the local authority", "looked after by the
#: council" -> "looked after" (the tutelage authority above is the
#: local authority by then; not "placing children in Local Authority Care", the documents' own
#: words for a decision)
_LA_CARE = re.compile(r"\b(?P<v>(?:are|is|was|were|being)\s+)in\s+(?:the\s+)?care\s+of\s+the\s+(?:local\s+authority|council|LA)\b", re.I)
_LOOKED_AFTER_BY = re.compile(r"\blooked\s+after\s+by\s+(?:the\s+)?(?:local\s+authority|council|LA)\b", re.I)

#: "denounce" for report (French "dénoncer", Portuguese "denunciar", Romanian "a denunța")
_DENOUNCE = re.compile(r"\bdenounc(?P<end>e|es|ed|ing)\b", re.I)
_DENOUNCE_END = {"e": "report", "es": "reports", "ed": "reported", "ing": "reporting"}
_DENUNCIATION = re.compile(r"\bdenunciations?\b", re.I)

# -- false friends -------------------------------------------------------------------------------

#: "assist to/at" a meeting for attend it (French "assister à", Spanish "asistir a",
#: Portuguese "assistir a"): "who assisted to the board meetings?", "does police assist at
#: the conferences?" (not "assist the family", "assisted by")
_ASSIST_AT = re.compile(r"\bassist(?P<end>s|ed|ing)?\s+(?:to|at)\s+(?=(?:the\s+|a\s+|an\s+|their\s+|our\s+|all\s+)?"
                        r"(?:[\w-]+\s+){0,3}(?:meetings?|conferences?|reviews?|panels?|boards?|forums?|sub-?groups?|"
                        r"training|sessions?|courses?|workshops?|events?)\b)", re.I)
_ATTEND_END = {"": "attend", "s": "attends", "ed": "attended", "ing": "attending"}
#: "how many people assisted?" for attended (the thing attended named earlier in the thread)
#: (not "were assisted", help given)
_HOW_MANY_ASSISTED = re.compile(r"\b(?P<head>how\s+many\s+(?:(?!were\b|was\b|are\b|is\b|been\b|be\b)[\w-]+\s+){1,2}?)assisted"
                                r"(?=\s*(?:[?.!]|$)|\s+(?:the|it|this|that|in\s+(?:19|20)\d\d)\b)", re.I)
#: "assistance at/to meetings" for attendance
_ASSISTANCE = re.compile(r"\bassistance\s+(?:at|to)\s+(?=(?:the\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,3}"
                         r"(?:meetings?|conferences?|reviews?|panels?|boards?|sessions?)\b)", re.I)

#: "like" for "as" after a verb of judging (Romance "como", Slavic "jak"): "how many
#: professionals was seeing it like a safeguarding problem?", "treated like a victim"
_SEEN_LIKE = re.compile(r"\b(?P<v>(?:see|sees|saw|seeing|seen|treat|treats|treated|treating|consider|considers|considered|considering|"
                        r"regard|regards|regarded|regarding|view|views|viewed|viewing|identif(?:y|ies|ied|ying)|recogni[sz](?:e|es|ed|ing))\s+"
                        r"(?:(?:it|this|that|them|him|her)|(?:the|a|an|this|that)\s+[\w-]+)\s+)like\b", re.I)

# -- articles, prepositions, mass nouns ----------------------------------------------------------

#: an article before a field of work after a preposition: "missing from the education",
#: "not in the education, employment or training" (not "the education of children")
_FIELD_ARTICLE = re.compile(r"\b(?P<p>from|in|out of|into|to)\s+the\s+(?P<f>education|employment|social care)\b"
                            r"(?!\s+(?:of|for|that|which|who|team|service|services|department|system|provider|setting|"
                            r"settings|staff|he|she|they|where|was|is)\b)", re.I)
#: "in last year", "in last 12 months" (a preposition more: Slavic and Romance usage)
_IN_LAST = re.compile(r"\b[Ii]n\s+last\s+(?=(?:year|month|quarter|week|\d+\s+(?:years?|months?|weeks?)|twelve|six|three)\b)")

#: a mass noun counted: "informations", "trainings", "advices"
_MASS_PLURALS = {"informations": "information", "advices": "advice", "evidences": "evidence",
                 "feedbacks": "feedback", "trainings": "training", "researches": "research",
                 "equipments": "equipment", "staffs": "staff", "knowledges": "knowledge",
                 "supervisions": "supervision", "guidances": "guidance", "childs": "children"}
_MASS_PLURAL = re.compile(r"\b(" + "|".join(_MASS_PLURALS) + r")\b", re.I)

#: "how many percent" (German "wie viel Prozent", Polish "ile procent")
_HOW_MANY_PERCENT = re.compile(r"\bhow\s+(?:many|much)\s+(?:percent|per\s+cent|%)(?P<of>\s+of)?(?=\s*(?P<end>[?.!]|$)?)", re.I)

#: "who was" before a plural: "who was the keynote speakers in the conference 2021?" (not
#: "who was the boss", "who is the LADO's manager")
_WHO_WAS_PLURAL = re.compile(r"\b(?P<w>[Ww]ho)\s+(?P<v>was|is)\s+(?P<np>the\s+(?:[\w-]+\s+){0,2}?[a-z-]{2,}s(?<!ss)(?<!us)(?<!is))"
                             r"(?=\s+(?:in|at|of|for|on|from|with|who|that)\b|\s*[?,.]|\s*$)")

#: who does something as a habit, in the progressive: "who is giving the advocacy for the
#: children in care?" (Indian and West African English) -> "who gives ..."
_WHO_IS_DOING = re.compile(r"\b(?P<w>[Ww]ho)\s+(?:is|are)\s+(?P<v>giving|providing|doing|running|leading|chairing|delivering|funding|"
                           r"offering|managing|organising|organizing|coordinating|evaluating|commissioning)\b")
_SIMPLE_PRESENT = {"giving": "gives", "providing": "provides", "doing": "does", "running": "runs", "leading": "leads",
                   "chairing": "chairs", "delivering": "delivers", "funding": "funds", "offering": "offers",
                   "managing": "manages", "organising": "organises", "organizing": "organizes", "coordinating": "coordinates",
                   "evaluating": "evaluates", "commissioning": "commissions"}

#: "more" for "most" in a question of which is first: "which ethnic group is more excluded?"
#: (not a comparison of two: "which is more common, boys or girls?", "more than")
_MORE_FOR_MOST = re.compile(r"^(?P<head>\W*(?:which|what|who)\b[^?]{0,50}?\b(?:is|are|was|were|get|gets|got)\s+)more\s+"
                            r"(?=(?:[a-z]+ed|affected|likely|common|represented|at\s+risk|vulnerable)\b)(?![^?]*\b(?:than|or|versus|vs)\b)", re.I)

#: social workers counted by their shorthand: "how many SW they put in the schools?" (only
#: counted: "new SW in harrow" is the asker's role, which the question rules set aside; the
#: glossary does not expand SW, whose expansion pulls every question to the social workers
#: in schools project)
_SW_COUNTED = re.compile(r"\b(?P<q>how\s+many|number\s+of|no\.?\s+of)\s+SWs?\b"
                         # (the workers, not social work: not "how many SW assessments")
                         r"(?=\s+(?:they|we|you|are|were|is|was|do|did|does|have|has|had|work|works|working|in|at|on|for|per|"
                         r"there|does|got|get|based)\b|\s*[?,.]|\s*$)")

#: a number before a singular noun: "what are the three priority of the partnership?",
#: "the six school", "two keynote speaker"
_PLURALS = {"priority": "priorities", "finding": "findings", "recommendation": "recommendations", "area": "areas",
            "sign": "signs", "type": "types", "theme": "themes", "lesson": "lessons", "member": "members",
            "school": "schools", "agency": "agencies", "partner": "partners", "meeting": "meetings", "review": "reviews",
            "victim": "victims", "story": "stories", "speaker": "speakers", "workshop": "workshops", "strand": "strands",
            "subgroup": "subgroups", "principle": "principles", "step": "steps", "point": "points", "aim": "aims",
            "objective": "objectives", "outcome": "outcomes", "action": "actions", "social worker": "social workers"}
_NUMBER_SINGULAR = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|twelve|[2-9]|1\d)\s+(?P<adj>(?:key|main|new|local|"
                              r"keynote|secondary|primary|statutory|safeguarding|learning)\s+)?(?P<noun>" + "|".join(
                                  sorted(_PLURALS, key=len, reverse=True)) + r")\b(?!['’]s)", re.I)

#: a negative question without its inversion: "why the victims don't ask help?" -> "why don't
#: the victims ask help?"
_NEGATIVE_UNINVERTED = re.compile(r"^(?P<lead>\W*)(?P<wh>why|how\s+come|what|where|when|how)\s+(?P<subj>(?:the\s+)?(?:[a-z'’-]+\s+){0,1}[a-z'’-]+|they|we|you|he|she)\s+"
                                  r"(?P<neg>don['’]t|doesn['’]t|didn['’]t|can['’]t|cannot|won['’]t|do\s+not|does\s+not|did\s+not)\s+", re.I)
#: "ask help" for ask for help (Romance "pedir ajuda", "a cere ajutor")
_ASK_HELP = re.compile(r"\b(?P<v>ask|asks|asked|asking)\s+(?:the\s+)?help\b", re.I)

#: a count without its verb: "how many children on protection plan in Harrow?" -> "how many
#: children are on ..." (the copula a second language leaves out)
_COUNT_NO_VERB = re.compile(r"^(?P<head>\W*how\s+many\s+(?:children|young\s+people|kids|people|girls|boys|families|pupils|minors|babies))\s+"
                            r"(?=(?:on|with|under|subject\s+to|looked\s+after|in\s+care|missing|known\s+to|placed)\b)"
                            r"(?![^?]*\b(?:are|were|is|was|have|had|has|did|do|does|went|go|got|get)\b)", re.I)

#: "how many from them" for "of them" (a partitive "from": Romanian "din", Polish "z",
#: Portuguese "dos"): "how many from them was black?", "what percent from the children"
_FROM_PARTITIVE = re.compile(r"\b(?P<q>how\s+many|how\s+much|what\s+(?:percentage|percent|proportion|number|share)|which\s+ones?|"
                             r"most|none)\s+from\s+(?=(?:them|these|those|the\s|all\b|each\b))", re.I)
#: an age before its noun without "old": "a 16 years boy", "the 13 years girl", "16 years
#: old boy"
_AGE_YEARS = re.compile(r"\b(?P<n>\d{1,2})\s*(?:-\s*)?years?(?:\s*-?\s*old)?\s+(?=(?:boy|girl|child|kid|son|daughter|baby|lad|teen|"
                        r"teenager|young\s+person|brother|sister|pupil|student|victim|female|male|woman|man)s?\b)", re.I)

# -- word order ----------------------------------------------------------------------------------

#: "what means X?" (the verb before its subject: Romance "o que significa", "ce înseamnă")
_WHAT_MEANS = re.compile(r"^(?P<lead>\W*)what\s+means\s+(?P<x>[^?]{2,60}?)\s*\?*\s*$", re.I)
#: a definition asked after the term: "what is contextual safeguarding, the definition in the
#: report?" -> "what is the definition of contextual safeguarding?"
_DEFINITION_AFTER = re.compile(r"^(?P<lead>\W*)what\s+(?P<v>is|are)\s+(?P<x>[^,?]{2,60}?)\s*[,-–—]\s*(?:the|its|their|a)\s+definition\b[^?]*\?*\s*$", re.I)
#: "how is called X?" (Romance "cum se numește", "como se chama"): what is X called
_HOW_CALLED = re.compile(r"^(?P<lead>\W*)how\s+(?P<v>is|are)\s+called\s+(?P<x>[^?]+?)\s*\?*\s*$", re.I)
#: the question word after its topic: "the signs of slavery which are?", "the missing
#: children, how many they are?", "the chair of HSCB, who is?"
_TOPIC_FIRST = re.compile(
    r"^(?P<lead>\W*)(?P<topic>(?:the|a|an)?\s*[^,?.!:;]{3,}?)\s*,?\s+(?P<q>which|what|who|how\s+many)\s+(?:(?:they|it|he|she)\s+)?"
    r"(?P<v>are|is|was|were)\s*\?+\s*$", re.I)


#: a word that makes a stretch of text a clause rather than a noun phrase
_CLAUSE = re.compile(r"^(?:i|we|you|but|and|so|because|if|when|in|on|at|for|during|since|from|by|after|before|of|about|with|"
                     r"last|this|next|please|kindly|hi|hello|ok|okay)\b|\b(?:has|have|had|is|are|was|were|did|does|do|read|said|says|"
                     r"told|think|thought|know|want|need|can|could|will|would|should|must)\b", re.I)


#: a clause start: the message's, or after a comma, dash, colon or full stop
_CLAUSE_START = r"(?P<start>^\W*|[,;:.!?]\s+|\s[-–—]\s+)"
#: the question word kept in place with the verb at the end: "this is which type of slavery?",
#: "what type this one is?", "Serena, how old she was when she arrive?"
_ASKED_LATE = re.compile(_CLAUSE_START + r"(?P<subj>this|that|it|this\s+one|that\s+one|these|those|they|he|she)\s+"
                         r"(?P<v>is|was|are|were)\s+(?P<wh>(?:which|what)\s+[^,.;:?]{2,60}?)\s*\?", re.I)
_VERB_LAST = re.compile(r"(?:" + _CLAUSE_START + r"|(?P<mid>\s))(?P<wh>(?:which|what)\s+(?:(?!(?:of|from|in|for|about|to|with)\b)[\w-]+\s+){0,3}?|how\s+(?:old|long|many\s+(?!(?:of|from|in|for)\b)[\w-]+|much)\s+|"
                        r"where\s+|when\s+|who\s+)(?P<subj>this|that|it|this\s+one|that\s+one|these|those|they|he|she)\s+"
                        r"(?P<v>is|was|are|were)\b(?!\s+(?:not|n['’]t)\b)(?(mid)(?=\s*\?))", re.I)
#: a statement asked as a question: "it is modern slavery?", "he is also chair of adults
#: board?" (a pronoun subject at a clause start, the question mark ending the clause)
_STATEMENT_ASKED = re.compile(_CLAUSE_START + r"(?P<subj>it|this|that|he|she|they)\s+(?P<v>is|was|are|were)\s+"
                              # (not a tag question: "it was M's dad, wasn't it?")
                              r"(?P<rest>(?![^,.;:?]*\b(?:isn|wasn|aren|weren|doesn|didn)['’]?t\b)[^,.;:?]{2,80}?)\?", re.I)


def _asked_late(m: re.Match[str]) -> str:
    return f"{m.group('start')}{m.group('wh')} {m.group('v')} {m.group('subj')}?"


def _verb_last(m: re.Match[str]) -> str:
    start = m.group("start") if m.group("start") is not None else m.group("mid")
    return f"{start}{m.group('wh').rstrip()} {m.group('v')} {m.group('subj')}"


def _statement_asked(m: re.Match[str]) -> str:
    subj, verb = m.group("subj"), m.group("v")
    if subj[0].isupper():
        # (the clause's capital moves to the verb: "It is open in the weekend?" -> "Is it ...")
        subj, verb = subj.lower(), verb.capitalize()
    return f"{m.group('start')}{verb} {subj} {m.group('rest')}?"


#: a question without its "do": "what the report say about missing?", "what the review
#: recommended for Child M?", "how the police use it?" (Slavic and West African usage; not
#: "when" or "where", which open a clause in any English: "when the police get called out ...")
_NO_DO = re.compile(
    r"(?P<lead>(?:^\W*|[,;:?.]\s+|\s[-–—]\s+)(?:(?:and|so|but|please|kindly)\s*,?\s+)?)(?P<wh>what|how|why|which\s+[\w-]+)\s+"
    r"(?P<subj>(?:the|this|that|your|our|their|its|child|family)\s+(?:[\w'’-]+\s+){0,3}?)"
    r"(?P<verb>say|says|said|show|shows|showed|recommend|recommends|recommended|find|finds|found|mean|means|"
    r"learn|learns|learned|learnt|conclude|concludes|concluded|suggest|suggests|suggested|want|wants|wanted|"
    r"use|uses|used|need|needs|needed|describe|describes|described|explain|explains|explained|define|defines|defined|"
    r"call|calls|called|list|lists|listed)\b(?!\s+(?:by|to\s+be|that\s+(?:is|was|are|were)|is|was|are|were)\b)", re.I)
#: a past verb -> its base form (after "did")
_BASE_VERB = {"said": "say", "showed": "show", "found": "find", "learnt": "learn", "learned": "learn", "used": "use",
              "concluded": "conclude", "suggested": "suggest", "wanted": "want", "needed": "need",
              "recommended": "recommend", "described": "describe", "explained": "explain", "defined": "define",
              "called": "call", "listed": "list"}


def _with_do(m: re.Match[str]) -> str:
    verb, subj = m.group("verb").lower(), m.group("subj")
    # (not a subject: a whole clause, "what the report is about and the review said")
    if len(subj.split()) > 4 or re.search(r"\b(?:is|are|was|were|has|have|had|do|does|did|and|or|get|gets|got|be|been|being|"
                                          r"will|would|can|could|should|must|may|might)\b", subj, re.I):
        return m.group(0)
    if verb in _BASE_VERB:
        aux, base = "did", _BASE_VERB[verb]
    else:
        aux, base = "does", verb[:-1] if verb.endswith("s") else verb
    return f"{m.group('lead')}{m.group('wh')} {aux} {subj}{base}"


#: a count asked after its topic, with what is counted: "the young carers in harrow, how
#: many was on the council system?" -> "how many young carers in harrow were on ...?"
_TOPIC_FIRST_COUNT = re.compile(
    r"^(?P<lead>\W*)(?P<topic>(?:the\s+)?[^,?.!:;]{3,60}?)\s*,\s*how\s+many\s+(?:they\s+)?"
    r"(?P<v>was|were|is|are|has|have|had)\s+(?P<pred>[^?]{2,80}?)\s*\?", re.I)
_PLURAL_VERB = {"was": "were", "is": "are", "has": "have"}
#: "what was recommendation for the Child M?" (no article: the review's recommendations asked
#: in the singular; not one recommendation about something, "what was recommendation for the
#: attendance panels?")
_RECOMMENDATION = re.compile(r"\b(?P<wh>[Ww]hat)\s+(?:was|is)\s+recommendation(?=\s+(?:for|of|from|in)\s+(?:the\s+)?"
                             r"(?:(?:child|family|young\s+person)\s+['‘’]?[A-Za-z]['’]?|(?:case\s+)?review|cspr|sar)\s*(?:review\s*)?\??\s*$)", re.I)


def _topic_first_count(m: re.Match[str]) -> str:
    topic = re.sub(r"^the\s+", "", m.group("topic").strip(), flags=re.I)
    if len(topic.split()) > 8 or _CLAUSE.search(topic):
        return m.group(0)
    verb = m.group("v").lower()
    return f"{m.group('lead')}how many {topic} {_PLURAL_VERB.get(verb, verb)} {m.group('pred')}?"


#: a polite frame before an asked clause: "I would like to know in which year child M died",
#: "Please can you tell me, do you know who is the chair", "Kindly advise what is the LADO"
#: (the clause is what is asked; not before "if" or "whether", whose clause is no question)
_COURTESY = re.compile(r"^\W*(?:(?:hello|hi|dear\s+(?:all|colleagues?|team))\s*[,!.]?\s*)?"
                       r"(?:(?:i\s+(?:would|'d|’d)\s+like\s+to\s+know|i\s+want\s+to\s+know|i\s+wish\s+to\s+know|"
                       r"(?:please\s+)?(?:can|could)\s+you\s+(?:please\s+)?tell\s+me|please\s+tell\s+me|kindly\s+(?:tell\s+me|advise(?:\s+me)?|let\s+me\s+know)|"
                       r"do\s+you\s+know|please\s+advise)\s*[,:]?\s*)+"
                       r"(?=(?:in|at|for|on|from|by|to)?\s*(?:which|what|who|whom|whose|where|when|why|how)\b)", re.I)


def _minor(m: re.Match[str]) -> str:
    word = m.group(0)[len(m.group("before")):]
    return f"{m.group('before')}{'Child' if word[:1].isupper() else 'child'}"


def _topic_first(m: re.Match[str]) -> str:
    topic, q, verb = m.group("topic").strip(), m.group("q").lower(), m.group("v").lower()
    # (only a noun phrase is a topic: not a clause, "I read the sheet, what they are?")
    if len(topic.split()) > 8 or _CLAUSE.search(topic):
        return m.group(0)
    if re.match(r"how\s+many", q):
        topic = re.sub(r"^(?:the|a|an)\s+", "", topic, flags=re.I)
        return f"{m.group('lead')}how many {topic} {'were' if verb in ('was', 'were') else 'are'} there?"
    # (a topic of more than one word is the thing asked: "the signs of slavery which are?")
    if len(topic.split()) < 2:
        return m.group(0)
    if q == "which":
        q = "what"
    return f"{m.group('lead')}{q} {verb} {topic}?"


def standard_wording(text: str) -> str:
    """``text`` with second-language forms put into the documents' wording.

    * "how many minors were in the care of the tutelage authority?" -> "how many children
      were looked after?";
    * "who I can denounce a case of trafficking to?" -> "who I can report a case of
      trafficking to?";
    * "who assisted to the board meetings most?" -> "who attended the board meetings most?";
    * "number of the children missing from the education" -> "... missing from education";
    * "how many referrals in last year?" -> "how many referrals last year?";
    * "how many percent of ICPCs were in timescale?" -> "what percentage of ICPCs ...";
    * "how is called the helpline?" -> "what is the helpline called?";
    * "the signs of slavery which are?" -> "what are the signs of slavery?";
    * "the missing children, how many they are?" -> "how many missing children are there?";
    * "what the review recommended for Child M?" -> "what did the review recommend for Child M?";
    * "I would like to know in which year child M died" -> "in which year child M died".

    Args:
        text: one message or question (already redacted and with shorthand written out),
            any length.

    Returns:
        the text with each form above rewritten; unchanged when it has none (standard
        English comes back as typed).
    """
    text = _COURTESY.sub("", text)
    text = _MINORS.sub(lambda m: "Children" if m.group(1) == "M" else "children", text)
    text = _MINOR.sub(_minor, text)
    for pattern, name in _BODIES:
        text = pattern.sub(name, text)
    text = _LA_CARE.sub(lambda m: f"{m.group('v')}looked after", text)
    text = _LOOKED_AFTER_BY.sub("looked after", text)
    text = _DENOUNCE.sub(lambda m: _DENOUNCE_END[m.group("end").lower()], text)
    text = _DENUNCIATION.sub(lambda m: "reports" if m.group(0).lower().endswith("s") else "report", text)
    text = _ASSIST_AT.sub(lambda m: _ATTEND_END[(m.group("end") or "").lower()] + " ", text)
    text = _HOW_MANY_ASSISTED.sub(lambda m: f"{m.group('head')}attended", text)
    text = _ASSISTANCE.sub("attendance at ", text)
    text = _SEEN_LIKE.sub(lambda m: f"{m.group('v')}as", text)
    text = _FIELD_ARTICLE.sub(lambda m: f"{m.group('p')} {m.group('f')}", text)
    text = _MORE_FOR_MOST.sub(lambda m: f"{m.group('head')}most ", text)
    text = _WHO_IS_DOING.sub(lambda m: f"{m.group('w')} {_SIMPLE_PRESENT.get(m.group('v'), m.group('v'))}", text)
    text = _WHO_WAS_PLURAL.sub(lambda m: f"{m.group('w')} {'were' if m.group('v') == 'was' else 'are'} {m.group('np')}", text)
    text = _NEGATIVE_UNINVERTED.sub(lambda m: f"{m.group('lead')}{m.group('wh')} {m.group('neg')} {m.group('subj')} "
                                    if not _CLAUSE.search(m.group("subj")) or m.group("subj").lower() in ("we", "you")
                                    else m.group(0), text)
    text = _ASK_HELP.sub(lambda m: f"{m.group('v')} for help", text)
    text = _COUNT_NO_VERB.sub(lambda m: f"{m.group('head')} are ", text)
    text = _NUMBER_SINGULAR.sub(lambda m: f"{m.group('n')} {m.group('adj') or ''}{_PLURALS[m.group('noun').lower()]}", text)
    text = _SW_COUNTED.sub(lambda m: f"{m.group('q')} social workers", text)
    text = _FROM_PARTITIVE.sub(lambda m: f"{m.group('q')} of ", text)
    text = _AGE_YEARS.sub(lambda m: f"{m.group('n')} year old ", text)
    text = _IN_LAST.sub(lambda m: "last " if m.group(0)[:1] == "i" else "Last ", text)
    text = _MASS_PLURAL.sub(lambda m: _MASS_PLURALS[m.group(1).lower()], text)
    text = _HOW_MANY_PERCENT.sub(lambda m: ("What" if m.group(0)[0] == "H" else "what") + " percentage"
                                 + (" of" if m.group("of") else ""), text)
    text = _WHAT_MEANS.sub(lambda m: f"{m.group('lead')}what does {m.group('x')} mean?", text)
    text = _DEFINITION_AFTER.sub(lambda m: f"{m.group('lead')}what is the definition of {m.group('x')}?", text)
    text = _HOW_CALLED.sub(lambda m: f"{m.group('lead')}what {m.group('v').lower()} {m.group('x')} called?", text)
    text = _RECOMMENDATION.sub(lambda m: f"{m.group('wh')} were the recommendations", text)
    text = _TOPIC_FIRST_COUNT.sub(_topic_first_count, text)
    text = _NO_DO.sub(_with_do, text)
    text = _ASKED_LATE.sub(_asked_late, text)
    text = _VERB_LAST.sub(_verb_last, text)
    text = _STATEMENT_ASKED.sub(_statement_asked, text)
    return _TOPIC_FIRST.sub(_topic_first, text)

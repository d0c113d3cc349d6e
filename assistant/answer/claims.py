"""A claim from the asker's own draft, put to the documents to be checked.

People check a newsletter, slide, handout, board paper or essay against the documents
before it goes out: "our newsletter says 1,200 contacts went to the MASH - is that
right?", "essay draft: 'The project began in September 2019 ...' when did it actually
start?", "what's the proper name for TARA? draft says 'Trafficking Advice and Rescue
Agency'". The draft's figure, name, year or term is often wrong, so it must neither steer
the answer nor make it a refusal for naming something the documents do not hold ("Chris
Mills" for "Chris Miller").

:func:`as_checked_question` rewrites such a message into the question the documents can
answer; the chain applies it before retrieval (``assistant.chain``). Input and output
are one message string; nothing is raised.
"""
from __future__ import annotations

import re
from typing import Callable

from assistant.answer.parts import strip_intro
from assistant.answer.text_evidence import YEAR_Q, has_person_name, person_names

#: the asker's own writing: what a claim is quoted from (not case notes, an email or a
#: summary, which record what others said: "the case notes said mum has left ...")
_DRAFT = (r"(?:draft|drafts|newsletter|newsletters|slide|slides|deck|handout|handouts|bulletin|board paper|"
          r"presentation|leaflet|blog post|essay|ppt|powerpoint|flyer|factsheet|fact sheet|crib sheet|cheat sheet|"
          r"comms team|communications team|press release|training pack|briefing paper|briefing handout)")
#: a word of a frame's lead-in (not a bare dash: "Operation Encompass - draft says ...")
_WORD = r"(?=[\w'’&/-]*[^\W\d_])[\w'’&/-]++"  # (possessive: a 3,000-letter token took minutes)
#: a part of a draft named after it: "newsletter intro", "newsletter piece on training"
_PART = r"(?:line|text|wording|copy|intro|piece|box|item|section|page|currently|still|draft|report|paper|document|version|article|case study)"
#: "our newsletter says", "Slide 4 says", "my briefing handout sums up X as", "the gp
#: bulletin draft says", "it says" (after a draft named first), "I wrote that"
_FRAME = re.compile(
    rf"(?P<frame>(?:\b(?:our|my|the|a|this|that|their|your)\s+)?(?:{_WORD}\s+){{0,3}}?\b{_DRAFT}(?:\s+\d+)?(?:\s+{_PART})?"
    rf"(?:\s+(?:of|on|for|in|about|summarising|summarizing|covering)\s+(?:{_WORD}\s+){{0,4}}?{_WORD})?(?:\s+{_PART})?"
    r"\s+(?:says|say|said|states|state|stated|reads|read|claims|claim|claimed|mentions|has it as|has it|has|had|lists|list|listed|names|named|"
    r"puts|put|gives|sums up|summarises|summarizes|describes|described|tells (?:them|people|staff|readers)|wrote|writes|have written|has written|"
    r"uses|used|quotes|quoted|cites|cited|includes|included|shows|showed|suggests|suggested|refers to|calls|called)"
    r"(?:\s+(?:that|it as))?(?=\s)"
    # (in the first person: "I wrote that ...", "we've got it down as ...")
    r"|\b(?:i|we)\s*(?:'ve|’ve| have)?\s+(?:wrote|written|put|stated|claimed)(?:\s+(?:in|on)\s+(?:my|our|the)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+that(?=\s)"
    r"|\b(?:i|we)\s*(?:'ve|’ve| have)?\s+(?:(?:got|have|had|put|written|wrote)\s+it(?:\s+down)?|paraphrased it|summarised it|described it)\s+as(?=\s)"
    rf"|\b(?:i'm|i’m|im|i am|we're|we’re|we are)\s+(?:putting|writing|saying|stating|quoting|claiming)(?:\s+(?:in|on)\s+(?:the|our|my)\s+(?:{_WORD}\s+){{0,2}}?{_DRAFT})?\s+that(?=\s)"
    rf"|\b(?:in|on)\s+(?:our|my|the)\s+(?:{_WORD}\s+){{0,2}}?{_DRAFT}(?:\s+{_PART})?,?\s+(?:i|we)\s+(?:said|say|wrote|write|state|stated|put|claim|claimed)(?:\s+that)?(?=\s)"
    rf"|\baccording to\s+(?:our|my|the)\s+(?:{_WORD}\s+){{0,2}}?{_DRAFT}(?:\s+{_PART})?,?(?=\s)"
    rf"|(?:\b(?:our|my|the|a|this)\s+)?(?:{_WORD}\s+){{0,3}}?\b{_DRAFT}(?:\s+\d+)?(?:\s+{_PART})?(?:\s+(?:of|on|for|in|about)\s+(?:{_WORD}\s+){{0,4}}?{_WORD})?"
    rf"(?:\s+{_PART}|\s+(?:says|reads|states))?\s*:(?=\s*['‘\"“])"
    r"|\bslide\s+\d+\s*:"
    # ("can you confirm that ...", "does the report say that ...", "fact check:", "true or
    # false:", "is this right: ...", "can you check this line for me:")
    r"|(?:^|(?<=[.?!:-]\s))\s*(?P<check>(?:please\s+|can you\s+|could you\s+)?(?:confirm|check|verify)\s+(?:for me\s+)?(?:that|whether|if)(?=\s)|"
    r"(?:does|did) (?:the|this) (?:annual )?(?:report|learning sheet|sheet|page|site|website|guidance|document)s? (?:really |actually )?(?:say|state|show)(?: that)?(?=\s+(?!anything|something|much|what|how|about)\w))"
    r"|(?:^|(?<=[.?!:-]\s))\s*(?P<check2>(?:(?:quick|a quick|just a)\s+)?(?:fact|sense|double)[\s-]?check(?:\s+(?:please|for me))?|(?:quick\s+|please\s+)?(?:check|confirm|verify)(?:\s+(?:this|please|for me))*\s*(?=:)|true or false|right or wrong|"
    r"(?:is|are) (?:this|these|the following) (?:right|correct|accurate|true)|"
    r"(?:can|could) you (?:please\s+)?(?:check|verify|confirm|fact[\s-]?check) (?:this|these|the following|that)(?:\s+(?:line|lines|sentence|claim|statement|figure|figures|bit|quote))?(?:\s+for me)?)\s*[:?-](?=\s*\S)"
    # (a message opening on a quoted sentence, then a check: "'Harrow CCG contributed £25,000
    # ...'. can you check both?")
    r"|^\s*(?=['‘\"“][^'’\"”?]{15,}['’\"”]))", re.I)
#: another way to ask "is it true that": "is it correct that", "am I right in saying"
_IS_IT_CORRECT = re.compile(r"\b(?:is it (?:correct|right|accurate|the case|so)|am i (?:right|correct)|would i be (?:right|correct)"
                            # ("can I say that ...", "is it ok to say that ...": a line for the asker's draft)
                            r"|(?:can|could|may|should) (?:i|we) (?:say|write|state|claim|put)(?=\s+that\b)"
                            r"|is it (?:ok|okay|fair|safe|accurate|right) (?:to say|to write|to state)(?=\s+that\b))\s+"
                            r"(?:(?:to say|in saying|in thinking|thinking)\s+)?(?:that\s+)?(?=\w)", re.I)
#: a statement, then a bare check: "The MASH got 1,200 contacts in 2020-21. Is that right?"
_BARE_CLAIM = re.compile(r"(?P<claim>[^?]{15,}?)\s*(?:[.!,;:]|\s[-–—])\s*(?:(?:is|are) (?:that|this) (?:right|correct|true|accurate)|"
                         r"(?:right|correct|true|accurate)|(?:have|did) (?:i|we) (?:got|get) (?:that|this|it) right|"
                         # (or a tag: "..., didn't it?", "..., wasn't he?", "..., yeah?", "..., the report says?")
                         r"(?:did|does|do|is|was|were|are|has|have|had)n['’]?t (?:it|he|she|they|there|we|you|that)|innit|yeah|yes|"
                         r"(?:so )?the (?:annual report|report|learning sheet|sheet|gov page|page|site|website|guidance) (?:says|said|states))\s*\?+", re.I)
#: an asking part about what the documents say: "What does the report actually say?"
_ABOUT_DOCUMENTS = re.compile(r"\b(?:report|documents?|learning sheet|sheet|site|page|guidance|appendix|annual report)\b", re.I)
#: "it says" after a draft named first: "proof-reading a board paper - it says ..."
_IT_SAYS = re.compile(r"\bit\s+(?:says|reads|states|lists)(?:\s+that)?(?=\s)", re.I)
_DRAFT_NAMED = re.compile(rf"\b{_DRAFT}\b", re.I)
_WH = r"what|what's|whats|which|who|whom|whose|when|where|why|how|can|could|is|are|was|were|do|does|did"
#: an asking part that only asks whether the claim holds: "is that right?", "correct?",
#: "can you confirm those numbers?", "is 457 right?", "Is that what the learning sheet says?"
_CHECK_ONLY = re.compile(
    r"^(?:(?:is|are)\s+(?:that|this|it|these|those|they|[\w£%,.'’-]+(?:\s+[\w£%,.'’-]+){0,2})\s+)?(?:right|correct|true|accurate|still right)"
    r"(?:\s+(?:amount|figure|number|numbers|name|year|date|spelling))?\s*(?:,?\s*(?:or not|please|thanks))?\s*[?.!]*$"
    r"|^(?:right|correct|accurate)\s+(?:amount|figure|number|name|year|date|spelling)\s*\??$"
    r"|^(?:can|could)\s+you\s+(?:please\s+)?(?:confirm|check|verify)\b[^?]*\??$"
    r"|^(?:please\s+)?(?:confirm|check|verify)\b[^?]*\??$"
    r"|^(?:have|did)\s+(?:i|we)\s+(?:got|get)\s+(?:that|this|it)\s+right\s*\??$"
    r"|^(?:is|are)\s+(?:that|this|it|these|those)\s+(?:what|the)\b[^?]*\??$", re.I)
#: words that only stress the asking part: "when did it actually start?", "the real numbers"
#: (not before "number": "what's the actual number?" is a figure, "what's the number?" may
#: be a telephone's; "the real numbers" are figures either way)
_STRESS = re.compile(r"\s*\b(?:actually|really|in fact)\b|(?<=\bthe)\s+(?:real|actual|correct|right|exact|true|proper)\b(?=\s+(?!number\b)\w)", re.I)
#: what the asking part asks for, by kind of value: a time, a person, a figure
_ASKS_TIME = re.compile(r"\b(?:when|(?:what|which) (?:year|date|month)|(?:and|or) (?:the )?(?:year|date)|start date)\b", re.I)
_ASKS_PERSON = re.compile(r"\b(?:who|whom|whose|name|spelling|spelt|spelled|person|speakers?|spoke)\b", re.I)
_ASKS_FIGURE = re.compile(r"\b(?:how (?:many|much)|numbers?|figures?|amount|total|percentage|%)\b", re.I)
_FIGURE = re.compile(r"(?<![\w/.-])£?(?!(?:19|20)\d{2}(?![\d,]))\d[\d,]*(?:\.\d+)?(?:%|\s?(?:k|m|million|thousand)\b)?(?![\w/-])")
_MONTH_DATE = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|may(?=\s+(?:19|20)\d{2}))"
                         r"(?:\s+(?:19|20)\d{2})?\b|(?:19|20)\d{2}\s?[-/–]\s?\d{2,4}\b", re.I)


#: a remark opening the message that says who asks or that it is a check, not a topic
_ASKER_SCENE = re.compile(r"(?i)(?:.*\b(?:here|again|check|checking|question|query|q|please|pls|hi|hello|hey|ok|okay|print|printed|goes out|publish\w*)\b.*|(?:it|this|that)|"
                          r"(?:(?:a|the|my|our)\s+)?(?:trainer|student|dsl|manager|comms|proof-?reading|proofreading)\b.*)")


#: a figure in a claim: a count, share or sum, not a year or a period ("12,000", "54%",
#: "£450k", "14")
_FIGURE_IN_CLAIM = re.compile(r"(?<![\w/.-])£?(?!(?:19|20)\d{2}\b)\d[\d,]*(?:\.\d+)?(?:%|k\b)?(?![\d/-])")
#: a negative yes/no question: "didn't ...", "wasn't ...", "weren't ..."
_NEGATIVE_Q = re.compile(r"^\s*(did|does|do|was|were|is|are|has|have|had)n['’]?t\s+", re.I)
#: a claim the asker heard or noted, opening the message: "someone in team meeting said",
#: "a colleague reckons", "my manager says", "I heard", "I was told", "my notes say"
#: (people only: "the report says ..." is a source, not hearsay)
_TELLER = (r"(?:someone|somebody|some1|people|everyone|a colleague|colleagues|colleague|a friend|another (?:sw|dsl|worker|colleague|practitioner)|"
           r"(?:my|our|the|a)\s+(?:[\w'’-]+\s+)?(?:manager|supervisor|colleague|colleagues|mentor|boss|trainer|tm|practice educator|"
           r"dsl|deputy|head|headteacher|senco|sw|social worker|nurse|gp|iro|team|student|lead|consultant))")
#: a check's opening: "quick sanity check -", "just double checking for a poster -"
_SANITY = (r"(?:(?:quick|just|a quick|just a)\s+)?(?:sanity|double|fact)[\s-]?check(?:ing)?(?:\s+(?:please|for me|here|for (?:a|my|our|the) [\w-]+))?\s*[:,–—-]")
_HEARSAY = (rf"(?:{_TELLER}(?:\s+(?:in|at|on|from)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)?\s+"
            r"(?:said|says|say|reckons|reckoned|reckon|told me|told us|mentioned|thinks|thought|claims|claimed|swears|was saying|were saying|keeps saying)"
            r"|i\s+(?:heard|read|was taught|understood|understand|(?:have|['’]ve)\s+(?:heard|read|been told))|i['’]ve\s+(?:heard|read|been told)|we\s+were\s+told|i\s+got\s+told"
            r"|my\s+(?:notes|training notes|notebook)\s+(?:say|said|have|has)|i\s+(?:have|['’]ve\s+got|got)\s+(?:it\s+)?(?:down|written(?:\s+down)?)\s+(?:as|that))")
#: a claim the asker remembers, opening the message: "I thought ...", "I'm pretty sure
#: ...", "correct me if I'm wrong but ...", "so ..."
_MEMORY_OPENING = re.compile(
    r"^\s*(?:" + _SANITY + r"\s*)?"
    r"(?:(?:correct|tell) me if i['’]?m wrong(?:\s*,)?(?:\s+but|\s*[-–—:,])?|i\s+(?:thought|think|believe|remember|recall|was told)|"
    r"i['’]?m\s+(?:pretty\s+|fairly\s+|quite\s+)?(?:sure|certain)|so|my understanding (?:is|was)|" + _HEARSAY + r"|(?<=[:,–—-])(?=\s*\S)|(?<=[:,–—-]\s))(?:\s+that)?\s+(?=\S)", re.I)


#: a claim of what a source said about a topic: "on child M the review said mechanical
#: restraint should simply be banned"
_SAID_CLAIM = re.compile(
    r"^(?P<scene>.*?)(?P<src>(?:the|this|that|our|its)\s+(?:[\w'’-]+\s+){0,3}?(?:review|report|sheet|page|guidance|board|panel|cspr|sar|llr|partnership))"
    r"\s+(?:said|says|found|finds|concluded|concludes|recommended|recommends|stated|states|wanted|wants)\s+(?:that\s+)?"
    r"(?P<topic>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:should|must|was|were|is|are|had|has|have|could|would|can|will|needed|needs|need)\b", re.I)
#: the question after such a claim, asking what the source did say: "what did it actually
#: conclude", "so what did they recommend?"
_WHAT_IT_SAID = re.compile(r"^\s*(?:so\s+|ok\s+|then\s+)?what\s+did\s+(?:it|they|the\s+\w+)\s+(?:actually\s+|really\s+)?"
                           r"(?P<verb>conclude|say|find|recommend|decide|propose|suggest)\b[^?]*\??\s*$", re.I)


def claim_then_question(question: str) -> str | None:
    """The question a claim of what a source said, followed by a question of what it did
    say, asks: "on child M the review said mechanical restraint should simply be banned,
    didn't it? what did it actually conclude" -> "on child M - what did the review
    conclude about mechanical restraint?" (the claim's topic, not its wording); ``None``
    for any other message."""
    first, mark, after = question.partition("?")
    if not mark or not after.strip():
        return None
    tag = _TAG.search(first + "?")
    asked = _WHAT_IT_SAID.match(after)
    if not tag or not asked:
        return None
    claim = _SAID_CLAIM.match(first[:tag.start()].strip())
    if not claim:
        return None
    scene = claim.group("scene").strip(" ,:-–—")
    opener = f"{scene} - " if scene else ""
    # (a topic of the question's own: "... right? what did it say about referrals?")
    own = re.search(r"\b(?:about|on|regarding)\s+(?P<topic>[^?]+?)\s*\??\s*$", after, re.I)
    topic = own.group("topic") if own else claim.group("topic")
    return " ".join(f"{opener}what did {claim.group('src')} {asked.group('verb').lower()} about {topic}?".split())


#: a claim of what a source lists: "the gov page only lists three types of slavery, child
#: trafficking, forced labour and sexual exploitation"
_LISTED_CLAIM = re.compile(
    r"^(?P<scene>.*?)(?P<src>(?:the|this|that|our|its)\s+(?:[\w'’-]+\s+){0,3}?(?:review|report|sheet|page|site|website|guidance|board|panel|cspr|sar|llr))"
    r"\s+(?:only\s+|just\s+)?(?:lists?|listed|names?|named|gives?|gave|mentions?|mentioned|sets? out)\s+(?:only\s+|just\s+)?"
    r"(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:main\s+|key\s+|different\s+)?"
    r"(?P<kind>types|kinds|forms|signs|ways|steps|priorities|principles|themes|areas|categories|recommendations|findings)\s+of\s+(?P<what>[\w'’ -]+?)"
    r"(?:\s*(?:[,:;(]|\s[-–—]).*)?$", re.I)


#: a list claimed of a thing's own: "the partnership's three priorities are DA, ...",
#: "the Child M findings were A, B and C"
_OWN_LIST_CLAIM = re.compile(
    r"^(?P<subj>(?:the|our|its|their|harrow['’]?s|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:priorities|findings|themes|recommendations|principles|"
    r"types|kinds|forms|signs|steps|areas|categories|aims|objectives|strands|workstreams|partners|learning points))\s+"
    r"(?P<be>are|were|include|included)\s+\S", re.I)


def listed_claim(question: str) -> str | None:
    """The list question a claim of what a source lists asks ("the gov page only lists
    three types of slavery, child trafficking, forced labour and sexual exploitation,
    right?" -> "what types of slavery does the gov page list?"): the items claimed are
    what is in doubt. ``None`` for any other message."""
    claim = _claim_of(question)
    m = _LISTED_CLAIM.match(claim) if claim else None
    if not m:
        own = _OWN_LIST_CLAIM.match(claim) if claim else None
        # ("the partnership's three priorities are DA, mental wellbeing and neglect, yes?"
        # -> "what are the partnership's three priorities?")
        return f"what {own.group('be').lower()} {own.group('subj')}?" if own else None
    scene = m.group("scene").strip(" ,:-–—")
    opener = f"{scene} - " if scene else ""
    return " ".join(f"{opener}what {m.group('kind').lower()} of {m.group('what').strip()} does {m.group('src')} list?".split())


#: a claim put as a source's words: "didn't the report say (that)", "the report said"
_SOURCE_SAID = re.compile(r"^\s*(?:(?:did|does|do)n['’]?t\s+)?(?:the|it|they|that)\s+(?:[\w'’-]+\s+){0,2}?(?:say|said|says|state|states|stated|show|shows|showed|find|found)"
                          r"\s+(?:that\s+)?(?=\S)", re.I)


#: a count of things in a claim: "275 kids", "9,971 contacts" (not "24 hours", "3 times")
_COUNTED = re.compile(r"(?<![\w/.-])(?!(?:19|20)\d{2}\b)\d[\d,]*\s+(?:[a-z-]+\s+){0,2}?"
                      r"(?!(?:hours?|days?|weeks?|months?|years?|mins?|minutes?|times?)\b)(?:[a-z]{3,}s|children|people|staff)\b", re.I)


def _stated_figure(question: str) -> str | None:
    """The claim of one figure a message puts as "is it true that <claim>?" or states with
    only a question mark or a tag ("LADO referrals went down by about 14%?", "LADO
    referrals went up about 14% didn't they?"), or ``None``."""
    text = strip_intro(question.strip())
    m = _IS_IT_TRUE.match(text)
    if m:
        claim = text[m.end():]
    elif text.endswith("?") and "?" not in text[:-1].rstrip("?"):
        claim = re.sub(r"\s*(?:[,;:]\s*|\s[-–—]\s*)?(?:(?:is|was|were|are|did|does|do|has|have)n['’]?t (?:it|he|she|they|there)|right|yeah|yes|innit|true|correct)?\s*\?+$", "", text, flags=re.I)
    else:
        return None
    claim = claim.strip(" ?.,")
    tail = re.search(r"(?:,|\s[-–—])\s*(?P<check>[^,–—-]+)$", claim)
    if tail and _CHECK_ONLY.match(tail.group("check").strip() + "?"):
        claim = claim[:tail.start()].strip(" ,")  # ("... - is that the figure it gives?")
    # (a statement: one sentence with a verb, asking nothing, quoting no draft: not "number
    # of children on CP plans as at 31 march 2021?", "Of the 83 young carers, how many
    # ...?", "GP bulletin says '...'. can you confirm those numbers?")
    if (re.search(r"\b(?:how|what|whats|what's|which|who|whom|whose|when|where|why|any|anything|anywhere|says|said|say)\b|[.!;:]\s|['‘\"“]"
                  r"|,\s*(?:is|are|was|were|do|does|did|can|could|has|have)\s+(?:there|it|they|you|we|i)\b", claim, re.I)
            or _FRAME.search(question) or "[NAME]" in claim
            or not re.search(r"\b(?:is|are|was|were|had|has|have|went|got|made|rose|fell|increased|decreased|dropped|grew|reached|"
                             r"received|took|came|saw|recorded|attended|supported|delivered|held|met|spent|cost|contributed|gave|put)\b", claim, re.I)):
        return None
    if ("?" in claim or len(claim.split()) < 4 or _MEMORY_OPENING.match(claim)
            or not (_COUNTED_OR_SHARE.search(claim) or (_COUNT_NOUN.search(claim) and _HEDGED_FIGURE.search(claim)))
            or re.match(rf"(?:{_WH}|if|when|should|would|will|has|have|had|i|i'm|i’m|we|my|our|us|you|so)\b", claim, re.I)
            or re.search(r"\b(?:my|me|i|i'm|i’m)\b", claim, re.I)):
        return None
    return claim


#: a figure a claim counts or shares: "9,971 contacts", "about 14%", "£20k"
_COUNTED_OR_SHARE = re.compile(r"\d[\d,.]*\s?%|\d\s*per\s?cent|£\s?\d|" + _COUNTED.pattern, re.I)


def _figure_remembered(question: str) -> str | None:
    """The claim of a figure the asker puts from memory ("I'm pretty sure the MASH had
    12,000 contacts in 2020-21?", "correct me if I'm wrong but ...", "so 12,000 contacts
    went to the MASH?", "I remember the conference had 300 delegates - is that still
    right?"), or ``None``: a claim carrying a figure that is not a year, with no question
    of its own."""
    m = _MEMORY_OPENING.match(question)
    if not m:
        return None
    rest = question[m.end():].strip()
    # (a remark after the check is no part of the claim: "... - is that right? want to
    # quote it in a report")
    first, mark, after = rest.partition("?")
    if mark and after.strip() and "?" not in after and not re.match(rf"\s*(?:{_WH}|and|also|or)\b", after, re.I):
        rest = first + "?"
    # (the claim said to be a source's: "didn't the report say police found ...")
    rest = _SOURCE_SAID.sub("", rest, count=1)
    check = re.search(r"(?:[.!,;:]|\s[-–—])\s*(?:is|are)\s+(?:that|this|it)\s+(?:still\s+)?(?:(?:about|roughly|more or less)\s+)?(?:right|correct|true|accurate)\s*\?*\s*$"
                      r"|(?:[.!,;:]|\s[-–—])\s*(?:is|are)\s+(?:that|this|it)\s+the\s+(?:right|correct)\s+(?:year|figure|number|date|amount|period)\s*\?*\s*$"
                      r"|(?:[.!,;:]|\s[-–—])\s*(?:still\s+)?(?:right|correct|true|yeah|yes|accurate|valid)\s*\?+\s*$"
                      r"|(?:[.!,;:]|\s[-–—])?\s*(?:(?:is|was|are|were|did|does|do|has|have)n['’]?t\s+(?:it|he|she|they|there|that)|no|innit)\s*\?+\s*$", rest, re.I)
    claim = rest[:check.start()] if check else rest
    claim = claim.strip(" ?.")
    if ("?" in claim or not _FIGURE_IN_CLAIM.search(claim) or len(claim.split()) < 4
            or re.match(rf"(?:{_WH}|if|when|should|would|will|has|have|had|i|i'm|i’m|my|us|you)\b", claim, re.I)
            # (nor the asker's casework, nor a claim with its own question: "I think 3 of
            # my kids are at risk, what do I do?"; "we" may be the borough counting: "we had
            # 275 kids on CP plans")
            or re.search(r"\b(?:my|me|i|i'm|i’m|us)\b", claim, re.I)
            or (re.search(r"\b(?:we|our)\b", claim, re.I) and not _COUNTED.search(claim))
            or re.search(rf"(?:[,;:]|\s[-–—])\s*(?:{_WH}|should|would|will)\b", claim, re.I)):
        return None
    return claim


def _claim_end(text: str) -> int:
    """Where the claim that opens ``text`` ends: after its closing quote when it is
    quoted, else at the first sentence end, question mark, or spaced dash."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    if stripped[:1] in "'‘\"“":
        close = {"'": "'’", "‘": "’'", '"': '"”', "“": "”\""}[stripped[0]]
        # (the closing quote is one followed by a space, punctuation or the end: not the
        # apostrophe of "Barnardo's")
        for q in re.finditer(rf"[{re.escape(close)}](?=[\s.,;:?!-]|$)", stripped[1:]):
            after = lead + 1 + q.end()
            # (words after the quote that still belong to the claim: "'Nobody may be kept
            # as a slave' from the 1950 declaration - what's ...?")
            # (not after a quoted sentence, "'... Harrow Council.' when did it ...", nor
            # before a new one)
            rest = text[after:].lstrip(" ,")
            if re.search(r"[.!?]\W?$", text[:after]) or not rest[:1].islower():
                return after
            m = re.match(r".*?(?=\?|[.!](?:\s|$)|\s[-–—]\s|;\s)", rest)
            return after + (len(text[after:]) - len(rest) + m.end() if m else 0)
    m = re.search(r"\?|[.!](?=\s+\S)|\s[-–—]\s|;\s|,\s+(?=(?:what|what's|whats|which|who|when|where|how|can|could|is|are)\b)", text, re.I)
    return m.start() + (1 if m.group(0) == "?" else 0) if m else len(text)


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(" ", text)


#: how often something is said to happen in a claim: "monthly", "every 6 weeks", "4 times a year"
_FREQUENCY = (r"(?:monthly|weekly|quarterly|fortnightly|annually|yearly|daily|termly|bi-?monthly|bi-?annually|bi-?weekly|"
              r"every\s+(?:other\s+|single\s+)?(?:(?:\d+|two|three|four|six|eight|twelve)\s+)?(?:day|week|month|year|term|quarter)s?|"
              r"(?:once|twice|(?:\d+|two|three|four|five|six|ten|twelve)\s+times?)\s+(?:a|per|each|every)\s+(?:day|week|month|year|term|quarter))")
#: a claim of how often a body meets or a thing happens: "the board met monthly", "the
#: missing persons meeting is held every fortnight", "MACE meets 4 times a year"
_FREQUENCY_CLAIM = re.compile(
    r"^(?P<subj>(?:the|our|harrow['’]?s|a|an)\s+(?:[\w&'’/-]+\s+){0,6}?[\w&'’/-]+|(?-i:[A-Z]{2,}s?)(?:\s+[\w&'’/-]+){0,3}?|(?:all\s+)?[a-z]+s)\s+"
    r"(?:(?P<past>met|ran|sat|happened|took place|convened|was held|were held|used to meet)|(?P<present>meets|meet|runs|run|sits|happens|takes place|convenes|is held|are held|gets together)"
    r"|(?P<duty>have to|has to|must|should|need to|needs to|are expected to|is expected to|are required to|is required to)\s+(?P<vp>[\w'’-]+(?:\s+[\w'’-]+){0,4}?))"
    rf"\s+(?:(?:only|just|about|around|roughly)\s+)?{_FREQUENCY}"
    r"(?P<period>\s+(?:in|during|for|over|across)\s+(?:the\s+)?(?:(?:19|20)\d{2}(?:\s?[-/–]\s?\d{2,4})?|\d{2}/\d{2}|last year|this year|the year|lockdown|the pandemic))?\s*[?.!]*$", re.I)
_BASE = {"met": "meet", "meets": "meet", "ran": "run", "runs": "run", "sat": "sit", "sits": "sit", "happened": "happen",
         "happens": "happen", "took place": "take place", "takes place": "take place", "convened": "convene",
         "convenes": "convene", "used to meet": "meet", "gets together": "get together"}


def frequency_claim(claim: str) -> str | None:
    """The "how often" question a claim of a frequency puts: "the board met monthly" ->
    "how often did the board meet?"; "MACE meets every 6 weeks" -> "how often does MACE
    meet?"; "the meeting is held weekly" -> "how often is the meeting held?". The claimed
    frequency is dropped: it is what is in doubt and must not steer retrieval. ``None``
    when ``claim`` is no such claim."""
    m = _FREQUENCY_CLAIM.match(claim.strip())
    if not m:
        return None
    subj = m.group("subj")
    period = m.group("period") or ""
    if m.group("duty"):
        duty = m.group("duty").lower()
        if duty in ("must", "should"):
            return f"how often {duty} {subj} {m.group('vp')}{period}?"
        aux = "does" if duty.startswith(("has", "needs", "is")) else "do"
        return f"how often {aux} {subj} {duty} {m.group('vp')}{period}?"
    verb = (m.group("past") or m.group("present")).lower()
    if verb.endswith(" held"):
        return f"how often {verb.split()[0]} {subj} held{period}?"
    base = _BASE.get(verb, verb)
    # ("meets" is a third person's present, "meet" a plural's)
    aux = "did" if m.group("past") else ("do" if verb == base else "does")
    return f"how often {aux} {subj} {base}{period}?"


def _frequency_checked(question: str) -> str | None:
    """:func:`frequency_claim` of a claim the message checks ("I thought the board met
    monthly?", "someone said MACE meets every 6 weeks - right?", "is it true that ...")."""
    claim = checked_claim(question)
    return frequency_claim(claim) if claim else None


#: two claims of one figure and "who's right?": "a colleague reckons 83 children went
#: missing in 2019-20 but I think it was 198 - who's right?"
_WHO_RIGHT = re.compile(
    r"^(?P<a>.+?)(?:,|;|\s+but|\s+whereas|\s+and|\s+while)\s+(?:i|we)\s*(?:think|thought|reckon|believe|remember|was sure|['’]m sure|am sure|['’]d say|would say|said|say|reckoned)\s+"
    r"(?:(?:it|that)(?:['’]s| is| was| were)\s+|that\s+)?(?P<b>.+?)\s*(?:[-–—,.:]\s*)?"
    r"(?:who['’]?s|who is|which (?:one )?is|which of us is)\s+(?:right|correct)\s*\?*\s*$", re.I)


def _who_is_right(question: str) -> str | None:
    """The figure question two claims of one figure ask: "a colleague reckons 83 children
    went missing in 2019-20 but I think it was 198 - who's right?" -> "children went
    missing in 2019-20 - how many?" (both figures are what is in doubt). ``None`` for any
    other message, or claims of no figure."""
    m = _WHO_RIGHT.match(strip_intro(question.strip()))
    if not m:
        return None
    first = m.group("a").strip()
    # (who asks, as a label: "CP chair: colleague says ...")
    labelled = re.match(r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*:\s*(?=\S)", first)
    if labelled and _MEMORY_OPENING.match(first[labelled.end():]):
        first = first[labelled.end():]
    opened = _MEMORY_OPENING.match(first)
    claim = first[opened.end():] if opened else first
    return _figure_asked(claim.strip(" ,.-–—"))


#: a telephone number claimed for a use: "it's 101 for non emergencies", "Crimestoppers is
#: [PHONE]" (numbers are redacted before this runs, bar the short public ones)
_NUMBER_FOR = re.compile(r"\b(?:it['’]s|it is|ring|call|dial)\s+(?P<num>\d{3}|\[PHONE\])\s+(?P<prep>for|if)\s+(?P<what>(?:[\w'’/-]+\s*){1,6}?)(?=\s*(?:,|\band\b|$))", re.I)
_NAMED_NUMBER = re.compile(r"(?P<who>(?:the\s+)?(?:[A-Z][\w'’-]*|MS|modern slavery)(?:\s+[\w'’-]+){0,3}?)\s+(?:is|number is|on|=)\s+(?P<num>\d{3}|\[PHONE\])(?=\s*(?:,|\band\b|$))")


def _contact_checked(question: str) -> str | None:
    """The number questions a claim of telephone numbers asks ("on the MS site it's 101
    for non emergencies and Crimestoppers is [PHONE], yeah?" -> "what number is it for
    non emergencies and what is the Crimestoppers number?"): the numbers claimed are what
    is in doubt. ``None`` for any other message."""
    claim = checked_claim(question)
    if not claim or not re.search(r"\[PHONE\]|\b(?:101|999|111|116 ?\d{3})\b", claim):
        return None
    asks = [f"what number do I ring {m.group('prep').lower()} {m.group('what').strip()}" if m.group("prep").lower() == "if"
            else f"what number is it for {m.group('what').strip()}" for m in _NUMBER_FOR.finditer(claim)]
    for m in _NAMED_NUMBER.finditer(claim):
        who = re.sub(r"^the\s+", "", m.group("who").strip(), flags=re.I)
        asks.append(f"what is the {who} number")
    if not asks:
        return None
    if re.search(r"\b(?:24/7|24-7|24 hours|round the clock|all day and night|office hours|9\s?(?:am)?\s?(?:-|to|till)\s?5)\b", claim, re.I):
        asks.append("what hours is it open")  # ("... is [PHONE] and it's open round the clock")
    return " and ".join(asks) + "?"


def _heard_then_asked(question: str, known: Callable[[str], bool] | None) -> str | None:
    """A claim heard, then a question of its own ("someone told me anything you say to the
    slavery phone line goes straight to the Home Office - who actually deals with what you
    tell them?"), as "<claim> - <question>" with the names the documents never use left
    out of the claim: the claim is what is in doubt, so a name in it that the documents
    lack is no reason to refuse. ``None`` for any other message, or without ``known``."""
    if known is None:
        return None
    text = strip_intro(question.strip())
    opened = _MEMORY_OPENING.match(text)
    if not opened or re.fullmatch(r"so", opened.group(0).strip(), re.I):
        return None
    rest = text[opened.end():]
    m = re.search(rf"(?:[.;,]|\s[-–—])\s*(?P<ask>(?:(?:so|but|and|ok)\s+)?(?:{_WH})\b[^?]*\?)\s*$", rest, re.I)
    if not m or "?" in rest[:m.start()] or _CHECK_ONLY.match(m.group("ask").strip()):
        return None  # (a check is no question of its own: "- is that right?")
    claim = rest[:m.start()]
    names = re.findall(r"(?<![.?!]\s)(?<!^)\b(?:the\s+)?(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)", claim)
    unknown = [n for n in names if not known(re.sub(r"^the\s+", "", n))]
    if not unknown:
        return None
    for name in unknown:
        claim = claim.replace(name, " ")
    return " ".join(f"{claim.strip(' ,')} - {_STRESS.sub('', m.group('ask'))}".split())


#: a timescale claimed for an event: "a strategy discussion has to happen within 24 hours of
#: the referral", "the LADO must be told within one working day", "RHIs happen within 72 hours"
_TIMESCALE_CLAIM = re.compile(
    r"^(?:(?:(?:the|a|our|their)\s+(?:[\w'’-]+\s+){0,4}?(?:procedures?|guidance|document|policy|protocol|report|threshold|says?)|(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3})"
    r"\s+(?:says?|said|states?|stated)\s+(?:that\s+)?)?"
    r"(?P<event>(?:[\w'’/-]+\s+){0,6}?[\w'’/-]+?)\s+(?:(?P<modal>must|should|has to|have to|needs? to|is to|are to|are meant to|is meant to)\s+)?"
    r"(?P<be>be\s+)?(?P<verb>(?!within\b)[a-z]+(?:\s+(?:out|back|up|off|over|through))?)"
    # (what is done: "make the reasonable grounds decision on a child NRM referral")
    r"(?(modal)(?P<obj>(?:\s+(?!within\b|in\b)[\w'’/-]+){0,10}?)|)\s+(?:within|in|inside)\s+(?:(?P<n>\d+|one|two|three|four|five|seven|ten|fifteen)\s+)"
    r"(?P<unit>(?:working\s+)?(?:hours?|days?|weeks?|months?))(?P<tail>(?:\s+(?:of|from|after)\s+[^,;?]+)?)$", re.I)


def _timescale_checked(question: str) -> str | None:
    """The timescale question a claimed timescale asks ("the London CP procedures say a
    strategy discussion has to happen within 24 hours of the referral, yeah?" -> "within how
    many hours must a strategy discussion happen after the referral?"): the time claimed is what is in
    doubt, and a passage with the same time for another event ("the decision letter in 24
    hours") would read as a yes. ``None`` for any other message."""
    claim = checked_claim(question)
    m = _TIMESCALE_CLAIM.match(claim) if claim else None
    if not m or re.match(rf"(?:{_WH}|i|we|you|my|our)\b", m.group("event"), re.I):
        return None
    unit = m.group("unit").lower()
    unit = unit if unit.endswith("s") else unit + "s"
    event, be, verb = m.group("event"), m.group("be") or "", m.group("verb")
    passive = re.search(r"\s+(?:is|are|was|were|gets?|got)$", event, re.I)
    if passive:
        # ("return home interviews are offered within 72 hours")
        event, be = event[:passive.start()], "be "
    if not m.group("modal") and not be:
        # (a present tense's ending: "happens", "goes out")
        first, _, particle = verb.partition(" ")
        first = {"goes": "go", "does": "do", "is": "happen", "are": "happen", "has": "happen"}.get(first.lower(), re.sub(r"(?<=[^s])s$", "", first))
        verb = f"{first} {particle}".strip()
    tail = re.sub(r"^\s+(?:of|from)\b", " after", m.group("tail") or "")
    return " ".join(f"within how many {unit} must {event} {be}{verb}{m.group('obj') or ''}{tail}?".split())


#: a list the asker has, checked for what it misses: "... - have I missed any?", "any
#: others?", "have I got them all?", "what are the other ones?"
_MISSED_ANY = re.compile(r"(?:[.,;:!]|\s[-–—])\s*(?:(?:so|and|but|ok)\s+)?(?:have i (?:missed|left out|forgotten) (?:any|anything|one|some)(?: out)?|did i miss (?:any|anything|one)|"
                         r"(?:are there )?any (?:others|more|i['’]ve missed|missing)|have i got (?:them all|all of them|it all|the lot)|is that (?:all|everything|the lot|all of them)|"
                         r"(?:what|which) (?:are|were|is|was) the (?:other|rest|remaining)(?: ones?)?|anything (?:missing|else)|am i missing (?:any|anything|one))\b[^?]*\?*\s*$", re.I)
#: the list the asker has: "I've got the Child M findings as A, B and C", "the things that
#: triggered learning in Child M were A, B ...", "Family A findings: A, B, ..."
_HELD_LIST = re.compile(
    r"^(?:(?:i['’]ve got|i have|i['’]ve listed|i listed|i['’]ve written|my notes (?:have|say|list))\s+(?P<subj1>.+?)\s+(?:as|down as|are|were)\s*:?\s+\S"
    r"|(?P<subj2>(?:the\s+)?(?:[\w'’-]+\s+){0,8}?[\w'’-]+)\s*(?::|\s(?:are|were|include|included))\s+\S)", re.I)
#: a claim of what an event or review was about: "the 2021 annual conference was on domestic
#: abuse", "Family A was the review about the shaken baby"
_TOPIC_CLAIM = re.compile(r"^(?P<subj>(?:the|our|this year['’]s|last year['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:conference|review|training|course|event|session|workshop|webinar|"
                          r"forum|day|campaign|audit|project|priority))\s+(?P<be>was|is|were|are)\s+(?:all\s+)?(?:on|about|focused on|looking at|themed (?:on|around)|around)\s+\S", re.I)


def _list_checked(question: str) -> str | None:
    """The list question a list the asker checks for gaps asks ("I've got the Child M
    findings as coordinated appointments, Was Not Brought and dental escalation - have I
    missed any?" -> "what are the Child M findings?"): the items held are in doubt, and a
    list matched to them would leave out what they miss. Also a claim of what an event was
    about ("the 2021 annual conference was on domestic abuse wasn't it?" -> "what was the
    2021 annual conference about?"). ``None`` for any other message."""
    text = strip_intro(question.strip())
    missed = _MISSED_ANY.search(text)
    if missed:
        # (the sentence holding the list: "putting together a session on Child M. I've got ...")
        head = re.split(r"(?<=[.!?])\s+(?=\S)", text[:missed.start()].strip())[-1]
        opened = _MEMORY_OPENING.match(head)
        head = head[opened.end():] if opened and not re.fullmatch(r"so", opened.group(0).strip(), re.I) else head
        m = _HELD_LIST.match(head)
        if m:
            subj = (m.group("subj1") or m.group("subj2")).strip(" ,")
            if not re.match(rf"(?:{_WH}|i|we|you|it|this|that)\b", subj, re.I):
                # ("Family A findings" -> "the Family A findings")
                subj = re.sub(r"^(?:the|our|its|their)\b", lambda d: d.group(0).lower(), subj, flags=re.I)
                subj = subj if re.match(r"(?:the|our|its|their|his|her)\b", subj) else "the " + subj
                return " ".join(f"what are {subj}?".split())
        return None
    claim = checked_claim(question)
    topic = _TOPIC_CLAIM.match(claim) if claim else None
    if topic:
        return " ".join(f"what {topic.group('be').lower()} {topic.group('subj')} about?".split())
    return None


def checked_claim(question: str) -> str | None:
    """The claim a message checks, however it is put: "is it true that <claim>", "am I
    right that <claim>", "<claim>, right?", "someone said <claim>", "I thought <claim>?",
    "quick sanity check - <claim>, yeah?"; a remark after the check is dropped. ``None``
    when the message puts no claim."""
    text = _IS_IT_CORRECT.sub("is it true that ", strip_intro(question.strip()))
    first, mark, after = text.partition("?")
    if mark and after.strip() and "?" not in after and not re.match(rf"\s*(?:{_WH}|and|also|or)\b", after, re.I):
        text = first + "?"
    if re.search(r"(?:,|\s)\s*(?:(?:is|was|were|are|did|does|has|have)n['’]?t (?:it|he|she|they|there)|right|yeah|yes|innit|true|correct)\s*$", text, re.I):
        text += "?"  # (a tag typed without its question mark: "... is 24/7 isn't it")
    # ("... - can you confirm?", "... - please confirm")
    text = re.sub(r"(?:,|\s[-–—])\s*(?:can|could) you (?:please )?(?:confirm|check|verify)(?: (?:that|this|it|for me))?\s*\?+\s*$", ", right?", text, flags=re.I)
    m = re.search(r"\bis it true that\s+", text, re.I)
    if m:
        return text[m.end():].strip(" ?.!,") or None
    untagged = _TAG.sub("", text).strip()
    opened = _MEMORY_OPENING.match(untagged)
    if opened and not re.fullmatch(r"so", opened.group(0).strip(), re.I):
        return untagged[opened.end():].strip(" ?.!,") or None
    if untagged != text.strip() and not re.match(rf"(?:{_WH})\b", untagged, re.I):
        return untagged.strip(" ?.!,") or None
    return None


#: a claim of what an acronym stands for: "CYADS is the Children and Young Adults
#: Disability Service", "GLA on the slavery pages is the Greater London Authority"
_ACRONYM_CLAIM = re.compile(r"^(?:the\s+)?(?P<acr>(?-i:[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*))(?:\s+(?:on|in)\s+the\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s+"
                            r"(?:is|are|stands for|means|is short for)\s+(?:the\s+|a\s+|an\s+)?"
                            r"(?!(?:in|at|on|by|part|based|run|led|located|open|closed|available|responsible|for|not|now|still|only|also|just|used|meant|"
                            r"held|due|staffed|free|up|down|over|under|about|going|being|done|called|the same)\b)(?P<exp>(?:[\w'’&/-]+\s+){1,8}?[\w'’&/-]+)$", re.I)
#: a claim that a service is open round the clock: "the MS helpline is 24/7"
_HOURS_CLAIM = re.compile(r"^(?P<subj>(?:the|our|their|harrow['’]?s)\s+(?:[\w'’/-]+\s+){0,5}?(?:helpline|line|service|team|hub|mash|number|phone line))\s+"
                          r"(?:is|are|was|were)\s+(?:open\s+|available\s+|staffed\s+|manned\s+)?(?:24/7|24-7|24 hours(?: a day)?|round the clock|all day and night|"
                          r"(?:only\s+)?(?:open\s+)?(?:in\s+)?office hours|(?:only\s+)?(?:open\s+)?(?:on\s+)?(?:weekdays?\s+|week days\s+|mon(?:day)?\s?(?:-|to)\s?fri(?:day)?\s+)?"
                          r"(?:9|nine)(?::00)?\s?(?:am)?\s?(?:-|to|till|until)\s?(?:5|five)(?::00)?\s?(?:pm)?(?:\s+only)?)$", re.I)


def _kind_checked(question: str) -> str | None:
    """The question a claim of a definition, of people in a part or of opening hours
    asks, without the claimed value (which is what is in doubt): "CYADS is the Children
    and Young Adults Disability Service isn't it?" -> "what is CYADS?"; "the conference
    keynotes were Nazir Afzal, Dez Holmes and Carlene Firmin?" -> "who were the
    conference keynotes?"; "the MS helpline is 24/7, true?" -> "what hours is the MS
    helpline open?". ``None`` for any other message."""
    claim = checked_claim(question)
    if claim is None:
        # (a statement put with a bare question mark: "the conference keynotes were ...?")
        claim = question.strip().rstrip("?").strip() if question.strip().endswith("?") else None
        if claim is None or "?" in claim:
            return None
        people = _CLAIMED_PEOPLE.fullmatch(claim)
        return " ".join(f"who {people.group('be').lower()} {people.group('subj')}?".split()) if people else None
    acr = _ACRONYM_CLAIM.match(claim)
    if acr and len(acr.group("acr")) <= 8:
        return f"what is {acr.group('acr')}?"
    # (people claimed for a part with a check are left to the chain, which says when the
    # passages do not confirm them: "the key-note speakers ... were X and Y, right?")
    hours = _HOURS_CLAIM.match(claim)
    if hours:
        return " ".join(f"what hours is {hours.group('subj')} open?".split())
    return None


def _holder_checked(question: str) -> str | None:
    """"what is the name of the <post>?" for a claim that a person the documents name
    holds a post ("am I right that Nazir Afzal is the independent chair and scrutineer
    for the partnership?"): the person is what is in doubt, and a passage about them
    would read as a yes. ``None`` for any other message."""
    claim = checked_claim(question)
    if not claim:
        return None
    # (a name the screen has redacted stands as [NAME]: "the business manager is called [NAME]")
    people = [re.escape(n) for n in person_names(claim)] + ([r"\[NAME\]"] if "[NAME]" in claim else [])
    if not people:
        return None
    held = _held_post(claim, people)
    if not held or not _POST_WORD.search(held):
        return None
    return " ".join(f"what is the name of the {held}?".split())


def as_checked_question(question: str, known: Callable[[str], bool] | None = None, keep_figure: bool = False) -> str:
    """``question`` rewritten when it puts a claim from the asker's own draft to the
    documents; else unchanged.

    * A claim followed only by a check ("our newsletter says 1,200 contacts went to the
      MASH - is that right?", "... can you confirm those numbers?") becomes "is it true
      that <claim>?", the form the answerer already reads as checking a figure.
    * A claim followed by its own question ("essay draft: 'The project began in September
      2019 ...' when did it actually start?") becomes "<claim> - <question>", with the
      claim's values of the kind the question asks for left out (its years and dates for
      "when", its people's names for "who" or "spelling of his name", its figures for "how
      many" or "the real numbers"): they are what is in doubt.
    * A claim after the question ("what's the proper name for TARA? draft says
      'Trafficking Advice and Rescue Agency'") is dropped, unless the question only
      checks it ("Is 457 right? our newsletter says 457 reviews were chaired").
    * Without a draft named, a figure followed by a bare check ("The MASH got 1,200
      contacts in 2020-21. Is that right?") is a claim too, and "is it correct that",
      "am I right in saying" are "is it true that". A check's opening before a question
      ("Fact check: who chairs the HSAB?") is dropped.
    * Other people's writing ("her essay", "a pupil's essay", "the police bulletin"),
      case notes, emails and summaries are no drafts, nor is a question about a draft
      ("What does the VAH newsletter say about ...?").

    Words that only stress the question ("actually", "the real numbers") are dropped from
    the rewritten question. The draft's own name ("our newsletter says", "Slide 4:") never
    reaches retrieval.

    Args:
        question: the message, screened (redacted, its opening remarks set aside).
        known: whether the documents use a person's name ("Chris Miller"); in a claim
            only checked, a name they never use ("Chris Mills") is put as ``[NAME]``, the
            redaction placeholder: the answer then names whoever the documents name, or
            says they name no one. ``None``: every name is kept.
        keep_figure: a claimed figure stays in the claim ("is it true that 789 ...
            conferences ...?") rather than being asked for ("... conferences - how
            many?"); the chain falls back to this form when the other finds nothing, as
            a right figure claimed for the wrong year finds its passage.

    Returns:
        the rewritten message, or ``question`` itself."""
    # ("is it correct / right / accurate that ...", "am I right in saying ...": "is it true that ...")
    draft = _FRAME.search(question)
    if draft and not (draft.group("check") or draft.group("check2")):
        # (a draft's claim is read below: "Slide 6 says the independent chair is Chris Mills")
        holder = None
    else:
        holder = (_frequency_checked(question) or _list_checked(question) or _holder_checked(question) or _kind_checked(question)
                  or (None if keep_figure else _who_is_right(question)) or _contact_checked(question)
                  or _timescale_checked(question) or _heard_then_asked(question, known))
    if holder:
        return holder
    question = _IS_IT_CORRECT.sub("is it true that ", question)
    said = claim_then_question(question) or listed_claim(question)
    if said:
        return said
    remembered = _figure_remembered(strip_intro(question.strip()))
    if remembered:
        return _checked(_claim_text(remembered), "", None, known, keep_figure)
    stated = _stated_figure(question)
    if stated:
        return _checked(stated, "", None, known, keep_figure)
    # a figure doubted by a negative question is asked as a plain one: "wasn't child M 14
    # when he died?" -> "was child M 14 when he died?"
    if _FIGURE_IN_CLAIM.search(question):
        question = _NEGATIVE_Q.sub(lambda m_: m_.group(1) + " ", question, count=1)
    m = _FRAME.search(question)
    if m and not (m.group("check") or m.group("check2")) and not _ours(m.group(0), question[:m.start()]):
        return question
    if not m:
        m = _IT_SAYS.search(question)
        if not m or not _DRAFT_NAMED.search(question[:m.start()]) or "?" in question[:m.start()]:
            bare = _BARE_CLAIM.fullmatch(question.strip())
            if (bare and re.search(r"\d", bare.group("claim"))
                    and not re.match(rf"(?:{_WH}|if|when|should|would|will|has|have|had|i|i'm|i’m|we|we're|we’re|my|our|us)\b", bare.group("claim"), re.I)):
                # a figure put to the documents with no draft named: "The MASH got 1,200
                # contacts in 2020-21. Is that right?" (not a remark on the asker's own
                # work: "My supervision notes said I should close the case. is that correct?")
                # (who the asker is goes first: "IRO asking - there were 789 ... , yeah?")
                return _checked(_claim_text(strip_intro(bare.group("claim").strip())), "", None, known, keep_figure)
            return question
    before = question[:m.start()]
    if "?" in before:
        # the claim follows the question: "... the need-help page? draft says '...'"
        tail = question[m.end():]
        end = m.end() + _claim_end(tail)
        asked = question[:m.start()].strip()
        if _CHECK_ONLY.match(asked) and not re.search(r"\?.", asked) and len(_content(asked)) <= 1:
            # unless the question only checks it: "Is 457 right? our newsletter says 457
            # reviews were chaired by IROs"
            return _checked(_claim_text(tail[:end - m.end()]), "", m, known, keep_figure)
        rest = question[:m.start()] + question[end:]
        return " ".join(_STRESS.sub("", rest).split()) or question
    tail = question[m.end():]
    end = _claim_end(tail)
    claim = _claim_text(tail[:end])
    ask = tail[end:].strip().lstrip("?.!;:,-–— ").strip()
    if not claim or re.match(r"(?i)(?:a|one|another|quick|some)\s+(?:quick\s+)?(?:question|query|q)\b", claim):
        return question
    if re.match(rf"(?:{_WH}|has|have|had|should|would|will|tell me|name|list)\b", claim, re.I):
        # a question after a check's opening: "Fact check: who chairs the HSAB?"
        return " ".join((before + " " + question[m.end():]).split())
    # (a remark after the check is no question: "true? I thought one school helped out")
    first, _, after = ask.partition("?")
    if after.strip() and "?" not in after and not re.match(rf"\s*(?:{_WH})\b", after, re.I) and _CHECK_ONLY.match(first + "?"):
        ask = first + "?"
    elif after.strip() and _CHECK_ONLY.match(first + "?") and re.match(rf"\s*(?:{_WH})\b", after, re.I):
        # a check, then the question itself: "... - true? What were the reasons ...?"
        ask = after.strip()
    check_only = not ask or _CHECK_ONLY.match(ask) is not None
    first_person = re.match(r"(?i)(?:i|we)\b", m.group(0).strip()) is not None
    if first_person and not _DRAFT_NAMED.search(question) and not _ABOUT_DOCUMENTS.search(ask) and not _STRESS.search(ask):
        # "I wrote that ..." is a draft's claim only beside a draft or a question about
        # what the documents say: not "I put that the child was safe in my notes. is that ok?"
        return question
    if not m.group(0).strip() and (not ask or not check_only):
        # a message opening on a quotation asks about it: "'Think Whole Family' approach:
        # what does it mean?"
        return question
    # (a scene before the frame stays: "Operation Encompass - draft says 52 schools ...";
    # not a remark about the asker or the check, "trainer here -", "Quick check:", nor
    # the draft's name, "In my PowerPoint")
    scene = before.strip(" :-–—,")
    if _ASKER_SCENE.fullmatch(scene) or _DRAFT_NAMED.search(scene):
        scene = ""
    opener = f"{scene} - " if scene else ""
    if check_only:
        return opener + _checked(claim, ask, m, known, keep_figure)
    if _ASKS_TIME.search(ask):
        claim = _blank(_blank(claim, _MONTH_DATE), YEAR_Q)
    if _ASKS_PERSON.search(ask):
        held = _held_post(claim, [re.escape(n) for n in person_names(claim)] + [r"\[NAME\]"])
        if held and not _ASKS_FIGURE.search(ask):
            # "it says the independent chair is Chris Mills. correct spelling of his name?"
            return " ".join(f"{opener}what is the name of the {held}?".split())
        for name in person_names(claim):
            claim = claim.replace(name, " ")
    if _ASKS_FIGURE.search(ask):
        claim = _blank(claim, _FIGURE)
    return " ".join(f"{opener}{claim} - {_STRESS.sub('', ask)}".split())


#: a frame that is someone else's writing or a question about it: "A child's English essay
#: says ...", "Her essay says", "The police bulletin says", "What did Nazir Afzal's
#: presentation say ...?", "Does the leaflet for parents say ...?"
_NOT_A_DRAFT = re.compile(r"\b(?:his|her|their|him|child|children|son|daughter|pupil|pupils|kid|kids|teenager|girl|boy|"
                          r"\d+[- ]year[- ]old|year \d+|gp's|mum's|dad's|parent's|parents')\b|\b[A-Z][a-z]+ [A-Z][a-z]+['’]s\b", re.I)
#: an institution's writing, unless the asker's own ("our school newsletter")
_NOT_OUR_BODY = re.compile(r"\b(?:police|court|hospital|school|school's)\b", re.I)
_QUESTION_BEFORE = re.compile(rf"(?:^|[.?!]\s+)(?:{_WH})\b[^.?!]*$", re.I)


def _ours(frame: str, before: str) -> bool:
    """Whether a frame names the asker's own draft: not someone else's writing ("her
    essay", "a child's English essay", "the police bulletin", "Nazir Afzal's
    presentation") nor a question about it ("Does the leaflet for parents say ...?")."""
    lead = re.split(r"\s+(?:says|say|said|states|state|stated|reads|read|lists|list|claims|claim|has|had|wrote|writes|names|gives|puts|put|mentions|describes)\b", frame, maxsplit=1)[0]
    # (with the words just before it: "The Year 9 presentation said ...")
    lead = " ".join(re.split(r"[.?!:;]\s+|\s[-–—]\s", before)[-1].split()[-3:] + [lead])
    if _NOT_A_DRAFT.search(lead) or (_NOT_OUR_BODY.search(lead) and not re.search(r"\b(?:our|my)\b", lead, re.I)):
        return False
    return not _QUESTION_BEFORE.search(before + " " + lead) and not re.match(rf"\s*(?:{_WH})\b", lead, re.I)


def _content(text: str) -> list[str]:
    """The words of an asking part beyond a bare check: "Is 457 right?" -> ["457"];
    "can you confirm the figure for MASH contacts?" -> ["figure", "mash", "contacts"]."""
    words = re.findall(r"[\w£%,.'’-]+", text.lower())
    return [w for w in words if w not in _CHECK_WORDS]


#: words of a bare check
_CHECK_WORDS = frozenset("is are that this it these those they right correct true accurate ok okay still or not please thanks "
                         "can could you confirm check verify the for me have did i we got get".split())


def _claim_text(text: str) -> str:
    """A claim as the rewritten question carries it: outer punctuation and enclosing
    quotes stripped."""
    claim = text.strip(" .,;:?-–—")
    if claim[:1] in "'‘\"“" and claim[-1:] in "'’\"”":
        claim = claim[1:-1].strip(" .,;:")
    return claim


def _held_post(claim: str, names: list[str]) -> str | None:
    """The post a claim says a named person holds ("the independent chair is Chris
    Mills", "Chris Mills is the independent chair" -> "independent chair"), or ``None``."""
    if not names:
        return None
    name = "|".join(names)
    held = (re.fullmatch(rf"(?P<post>(?:(?!\b(?:is|was)\b).)+?)\s+(?:is|was)\s+(?:called\s+|named\s+)?(?:{name})", claim, re.I)
            or re.fullmatch(rf"(?:{name})\s+(?:is|was)\s+(?P<post>(?:the|a|an|our|their|harrow['’]s)\s+(?:(?!\b(?:is|was)\b|\band\s+(?:[A-Z]|the\s+[A-Z]))(?!\band\b(?![^,]*\b(?:for|of)\b)).)+?)", claim))
    return re.sub(r"^(?:the|a|an|our|their)\s+", "", held.group("post"), flags=re.I) if held else None


#: a word naming a post (what a person is said to be: "the independent chair")
_POST_WORD = re.compile(r"\b(?:chair|chairman|chairperson|vice[- ]chair|scrutineer|director|manager|officer|lead|nurse|doctor|head|author|"
                        r"reviewer|commissioner|lado|dsl|iro|coordinator|co-ordinator|advisor|adviser|administrator|business manager)\b", re.I)


def _checked(claim: str, ask: str, frame: re.Match[str] | None, known: Callable[[str], bool] | None, keep_figure: bool = False) -> str:
    """A claim only checked, as the question the documents answer: "is it true that
    <claim>?", or, for a post given a name the documents never use, "what is the name of
    the <post>?"."""
    # ("names the vice chair as X" says the vice chair is X)
    if frame is not None and re.match(r"(?i)names?\b|named\b", (frame.group(0).split() or [""])[-1]):
        claim = re.sub(r"^(?P<who>.+?)\s+as\s+(?=[A-Z'‘\"“\[])", r"\g<who> is ", claim)
    if known is not None:
        for name in person_names(claim):
            if not known(name):
                claim = claim.replace(name, "[NAME]")
    held = _held_post(claim, [r"\[NAME\]"])
    if not held:
        # (a person the documents do name, said to hold a post: "Nazir Afzal is the
        # independent chair and scrutineer for the partnership" asks who is)
        people = [re.escape(n) for n in person_names(claim)]
        held = _held_post(claim, people) if people and re.match("|".join(people), claim) else None
        held = held if held and _POST_WORD.search(held) else None
    if held:
        # "the independent chair is [NAME]": what is the name of the independent chair?
        # (a post's holder, which the documents may not name)
        return " ".join(f"what is the name of the {held}?".split())
    # (two figures claimed at once are checked one by one: "158 delegates attended the
    # conference and 45 primary schools are in Harrow" asks two things)
    pieces = [p_ for p_ in _TWO_FIGURES.split(claim) if p_.strip()] if not re.search(r"\bbetween\s+\S+\s+and\b", claim, re.I) else [claim]
    if len(pieces) > 1 and all(re.search(r"\d", p_) and len(p_.split()) >= 3 for p_ in pieces):
        return " ".join(" ".join(f"is it true that {p_.strip(' ,')}?" for p_ in pieces).split())
    asked = None if keep_figure else _figure_asked(claim)
    if asked:
        return asked
    return " ".join(f"is it true that {claim}?".split())


#: a claimed figure with its hedges: "about 300", "just under 10k", "£20k", "25%"
_HEDGED_FIGURE = re.compile(r"(?:\b(?:just\s+)?(?:about|around|roughly|nearly|almost|approx\.?|approximately|over|under|more than|less than|fewer than|"
                            r"at least|only|exactly|some|circa|c\.)\s+)?(?<![\w/.-])£?(?!(?:19|20)\d{2}\b)\d[\d,]*(?:\.\d+)?(?:\s?%|\s?(?:k|m|million|thousand)\b)?(?![\d/-])"
                            r"(?:\s+per\s?cent\b)?", re.I)


#: what a count in a claim may count when the figure does not stand before it ("MASH
#: contacts for 20/21 were just under 10k")
_COUNT_NOUN = re.compile(r"\b(?:contacts|referrals|children|kids|cases|people|families|delegates|attendees|victims|calls|assessments|plans|"
                         r"episodes|young people|pupils|staff|schools|meetings|conferences|reviews|allegations|notifications|carers|members)\b", re.I)


def _figure_asked(claim: str) -> str | None:
    """The figure question a claim of one figure asks, with the figure left out, as it is
    what is in doubt and must not steer the answer to a passage carrying it: "we had 275
    kids on CP plans at the end of March 2021" -> "we had kids on CP plans at the end of
    March 2021 - how many?"; "police found 25% of victims were male" -> "... - what
    percentage?"; "the Met put £20k into the budget" -> "... - how much?". ``None`` for a
    claim of no figure, of several, or of an age ("Child M was 12")."""
    found = list(_HEDGED_FIGURE.finditer(claim))
    if len(found) != 1:
        return None
    m = found[0]
    figure = m.group(0)
    after = claim[m.end():]
    if re.match(r"\s*(?:years?|yrs?|yo|y/o|months?|weeks?|days?|hours?|mins?|minutes?|times?|am|pm|working days)\b|\s*(?:when|at the time)\b", after, re.I):
        return None  # an age, a period or a time: checked as claimed
    if "%" in figure or re.search(r"per\s?cent", figure, re.I):
        ask = "what percentage?"
    elif "£" in figure:
        ask = "how much money?"  # (a sum: not "six social workers")
    elif _COUNTED.search(claim) or _COUNT_NOUN.search(claim):
        ask = "how many?"
    elif re.search(r"\d\s?(?:k|m|million|thousand)\b", figure, re.I):
        ask = "how much?"
    else:
        return None  # ("Child M was 12"): checked as claimed
    had = re.fullmatch(r"(?P<subj>.+?)\s*(?:\s(?P<past>had)|\s(?:has|have)|['’]s got|\shas got|['’]ve got|\shave got)(?:\s+got)?\s*", claim[:m.start()], re.I)
    if ask == "how many?" and had and re.match(r"\s*[a-z]", after, re.I):
        # ("Harrow's got about 64,000 children" -> "how many children does Harrow have?")
        subj = re.sub(r"['’]s$", "", had.group("subj").strip())
        if re.fullmatch(r"(?-i:[A-Z][a-z]+)", subj):
            # (a place: "Harrow's got about 64,000 children" -> "how many children in Harrow?")
            lives = " live" if re.fullmatch(r"(?:children|kids|people|young people|residents)", after.strip(" ,"), re.I) else ""
            return " ".join(f"how many {after.strip(' ,')}{lives} in {subj}?".split())
        return " ".join(f"how many {after.strip(' ,')} {'did' if had.group('past') else 'does'} {subj} have?".split())
    rest = " ".join((claim[:m.start()] + " " + after).split()).strip(" ,")
    return f"{rest} - {ask}"


#: where a claim goes on to a second figure: ", and 45 primary schools ...", "and 298
#: children are ..." (not a range: "between 170 and 186")
_TWO_FIGURES = re.compile(r"\s*(?:,\s*|\s+)(?:and|while|but|whereas)\s+(?=(?:the\s+|a\s+|an\s+)?£?\d)", re.I)


#: a claim put as a question by its tag: "..., didn't it?", "..., right?", "..., the report
#: says?", "..., according to the need help page?"; or opened as one: "is it true that ..."
_TAG = re.compile(
    r"(?:,|\s[-–—])?\s*(?:(?:did|does|do|is|was|were|are|has|have|had)n['’]?t\s+(?:it|he|she|they|there|we|you|that)|innit|"
    r"right|correct|yes|yeah|true|is that (?:right|correct|true)|am i right|have i got that right|(?:please\s+)?confirm|"
    r"(?:so\s+)?the (?:annual report|report|learning sheet|sheet|gov page|page|site|website|guidance) (?:says|said|states)|"
    r"according to (?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:report|sheet|page|site|website|guidance))\s*\?+\s*$"
    # (a tag the screen has already set aside as a source clause: "... by Barnardo's,?")
    r"|(?:,|\s[-–—])\s*\?+\s*$", re.I)
_IS_IT_TRUE = re.compile(r"^\s*is it true that\s+", re.I)
#: the value a claim ends on, which is what is in doubt: "... provided by Barnardo's",
#: "... came from Northwick Park and Watford General", "... founded in 1939"
_CLAIMED_VALUE = re.compile(
    r"\s(?P<prep>by|from|in|at)\s+(?P<val>(?:19|20)\d{2}(?:\s?[-/–]\s?(?:19|20)?\d{2})?|(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:and|of|&|for|the)?\s*[A-Z][\w&'’.-]*){0,5})"
    r"\s*$")
#: a claim naming who holds a part: "the key-note speakers ... were Nazir Afzal and
#: Carlene Firmin", "the independent chair is Chris Mills"
_CLAIMED_PEOPLE = re.compile(
    r"(?P<subj>(?i:the|our|harrow['’]s|its)\s+[^,;]{0,60}?\b(?i:speakers?|chair|chairs|chairman|chairperson|author|authors|lead|leads|director|"
    r"manager|officer|nurse|doctor|presenters?|trainers?|scrutineer|reviewer|reviewers|commissioner|facilitators?|guests?|keynotes?|key-notes?|panellists?)\b[^,;]{0,50}?)"
    r"\s+(?P<be>(?i:is|was|are|were))\s+(?P<names>(?:\[NAME\]|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)(?:\s*(?:,|and|&)\s*(?:\[NAME\]|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*))*)")
#: what a claim's subject must not open with: a question word (a question with a guess is
#: not a claim) or the asker ("I thought ...")
_REMEMBERED = re.compile(r"^\s*(?:i\s+(?:thought|think|believe|remember|recall|was told)|i'?m\s+(?:pretty\s+|fairly\s+)?sure)(?:\s+that)?\s+", re.I)
_NOT_CLAIM = re.compile(r"^(?:what|what's|whats|which|who|whom|whose|when|where|why|how|can|could|should|would|will|do|does|"
                        r"i|i'm|i’m|we|my|our)\b", re.I)


def _claim_of(question: str) -> str | None:
    """The claim a message puts to the documents by its tag or as "is it true that ...",
    without the tag and the asker's "I thought"; ``None`` for no such claim."""
    text = question.strip()
    opened = _IS_IT_TRUE.match(text)
    tag = _TAG.search(text)
    if opened:
        claim = text[opened.end():].rstrip(" ?")
    elif tag:
        claim = text[:tag.start()].rstrip(" ,?")
    else:
        return None
    # ("I thought the MASH was set up in 2014, right?": the asker's memory is the claim)
    claim = _REMEMBERED.sub("", claim)
    if "?" in claim or len(claim.split()) < 4 or _NOT_CLAIM.match(claim):
        return None
    return claim


def claimed_doer(question: str) -> tuple[str, str] | None:
    """The deed and the doer a claim credits, when it ends "<verb> by <Name>": "the
    Child M practice review was led by the NSPCC, wasn't it?" -> ``("led", "NSPCC")``;
    ``None`` for any other message. Nothing is raised."""
    claim = _claim_of(question)
    m = _CLAIMED_VALUE.search(claim) if claim else None
    if not m or m.group("prep").lower() != "by" or re.fullmatch(r"(?:19|20)\d{2}\S*", m.group("val")):
        return None
    verb = re.search(r"([A-Za-z][\w'’-]*)\s*$", claim[:m.start()])
    doer = re.sub(r"^the\s+", "", m.group("val"), flags=re.I)
    if not verb or doer.lower() in ("the", ""):
        return None
    return verb.group(1).lower(), doer


#: a claim naming what a described thing is called: "the scheme where police let schools
#: know about call-outs ... is Operation Dauntless", "the Met's own push to ... - that's
#: Operation Encompass"
_CLAIMED_NAME = re.compile(
    r"(?P<desc>(?i:the|a|an)\s+[^?]{15,160}?)\s*(?:[-–—,:]\s*)?(?i:that['’]?s|that is|it['’]?s|it is|is|was|are|were)\s+(?:(?i:called|named|known as)\s+)?"
    r"(?P<name>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,4})\s*$")


def claimed_identity(question: str) -> tuple[str, str] | None:
    """What a claim says a described thing is called, as ``(description, name)``: "the
    scheme where police let schools know about domestic abuse call-outs at a pupil's home
    is Operation Dauntless, right?" -> ``("the scheme where ... home", "Operation
    Dauntless")``; ``None`` for any other message. The name is of two to five
    capitalised words (its first, "Operation", is its kind). Nothing is raised."""
    claim = _claim_of(question)
    # (after a scene: "For [NAME]'s school: the scheme where ...")
    m = _CLAIMED_NAME.search(claim) if claim else None
    if m and m.start() and not re.search(r"(?:^|[:;.]|\s[-–—])\s*$", claim[:m.start()]):
        return None
    if not m or len(m.group("desc").split()) < 5:
        return None
    return m.group("desc").strip(" ,-–—"), re.sub(r"^the\s+", "", m.group("name"))


def names_kind(name: str, answer: str) -> str | None:
    """The name of ``name``'s kind that ``answer`` gives ("Operation Encompass" ->
    the first "Operation <Word>" in it), or ``None``."""
    kind = name.split()[0]
    m = re.search(rf"\b{re.escape(kind)}\s+[A-Z][\w'’-]*", answer)
    return m.group(0) if m else None


def names_draft(question: str) -> bool:
    """Whether ``question`` names the asker's draft, slide or newsletter ("our newsletter
    says ...", "Slide 4:"): its claims are checked as :func:`as_checked_question` puts
    them, not by :func:`claim_unconfirmed`."""
    return _DRAFT_NAMED.search(question) is not None


def claimed_value(question: str) -> str | None:
    """The value a claim put to the documents ends on, as claimed: the people named for a
    part ("Nazir Afzal and Carlene Firmin"), the body credited with a deed ("NSPCC"), the
    year or source after "in", "by" or "from"; ``None`` for no claim."""
    claim = _claim_of(question)
    if claim is None:
        return None
    held = _CLAIMED_PEOPLE.fullmatch(claim)
    if held:
        return held.group("names")
    m = _CLAIMED_VALUE.search(claim)
    return re.sub(r"^the\s+", "", m.group("val"), flags=re.I) if m else None


def claim_unconfirmed(question: str, answer: str) -> str | None:
    """What an answer to a claim put to the documents fails to give, or ``None``: for a
    deed credited to a body (:func:`claimed_doer`) a sentence saying who did it ("who
    led it"); for people named for a part ("the key-note speakers ... were Nazir Afzal
    and Carlene Firmin, right?") a person's name ("the name of the person asked about").
    Any other message: ``None``. Nothing is raised."""
    claim = _claim_of(question)
    if claim is None or _FIGURE_IN_CLAIM.search(claim):
        # (a claim carrying a figure is checked by its figure: "is it true that the 2019
        # report, produced by X, counted 450 ...?")
        return None
    doer = claimed_doer(question)
    if doer and not doer_confirmed(*doer, answer):
        return f"who {doer[0]} it"
    if _CLAIMED_PEOPLE.fullmatch(claim) and not has_person_name(answer, question):
        return "the name of the person asked about"
    return None


def _deed(verb: str) -> str:
    """A pattern for a verb in any of its forms: "handled" -> handl..., "led" -> led|lead."""
    irregular = {"led": "le(?:d|ad)\\w*", "run": "r[au]n\\w*", "ran": "r[au]n\\w*", "set": "set\\w*", "paid": "pa(?:id|y)\\w*",
                 "funded": "fund\\w*", "written": "wr[io]te?\\w*", "chaired": "chair\\w*"}
    if verb in irregular:
        return irregular[verb]
    stem = verb[:-2] if verb.endswith("ed") and len(verb) > 4 else verb[:-1] if verb.endswith("e") and len(verb) > 4 else verb
    return re.escape(stem) + r"\w*"


def doer_confirmed(verb: str, doer: str, answer: str) -> bool:
    """Whether ``answer`` says who did the deed a claim credits (:func:`claimed_doer`): a
    sentence with the deed done by a named body, whoever it is ("... will be handled by
    the NSPCC", "Harrow's Case Review Group led a ...", "evaluation team from the
    University of Cardiff"), or naming the credited doer beside the deed. A sentence
    naming the doer for something else ("The Salvation Army is ... responsible for
    delivering ... support services") does not."""
    deed = _deed(verb)
    for sentence in re.split(r"(?<=[.!?])\s+|\[\d+\]|\n", answer):
        if re.search(rf"\b(?i:{deed})\s+(?:[\w'’-]+\s+){{0,2}}?(?:by|from)\s+(?:the\s+)?[A-Z]", sentence):
            return True
        if re.search(rf"\b(?!(?:It|This|That|They|He|She|We|You|I|There|These|Those|The|A|An|Which|Who)\b)[A-Z][\w&'’-]*\s+(?:\([A-Z]+\)\s+)?(?:has\s+|have\s+|had\s+|will\s+)?{deed}\b", sentence):
            return True
        if doer.lower() in sentence.lower() and re.search(rf"\b{deed}", sentence, re.I):
            return True
    return False


def open_premise(question: str) -> str | None:
    """The question a claim put to the documents asks once its value is left open, or
    ``None`` when ``question`` is no such claim.

    Practitioners check what they half remember by stating it: "Anti-Slavery
    International was founded in 1939, according to the need help page?", "advocacy for
    looked after children is provided by Barnardo's, isn't it?". When the documents do
    not hold the value the claim ends on (a year after "in", a name after "by" or "from"), the claim is still answerable: "Anti-Slavery International was founded in what
    year?" finds "Founded in 1839, ...". The chain asks this form only after the claim as
    put found no answer (``assistant.chain``), so a value the documents confirm is
    answered as put.

    Args:
        question: the screened message, one line.

    Returns:
        the claim with its value asked for ("in what year", "by which organisation",
        "from where"), ending "?"; ``None`` for a question that is no claim or whose claim
        ends on no such value (a place after "in" or "at" is left as put). Nothing is
        raised.
    """
    claim = _claim_of(question)
    if claim is None:
        return None
    held = _CLAIMED_PEOPLE.fullmatch(claim)
    if held:
        # "the key-note speakers at the 2021 conference were Nazir Afzal and Carlene
        # Firmin" -> "who were the key-note speakers at the 2021 conference?"
        return " ".join(f"who {held.group('be').lower()} {held.group('subj')}?".split())
    m = _CLAIMED_VALUE.search(claim)
    if not m or m.group("val").lower() in ("the",):
        return None
    prep, val = m.group("prep").lower(), m.group("val")
    if re.fullmatch(r"(?:19|20)\d{2}(?:\s?[-/–]\s?(?:19|20)?\d{2})?", val):
        asked = "in what year" if prep == "in" else None
    elif prep == "by":
        passive = re.fullmatch(r"(?P<subj>.+?)\s+(?:is|was|are|were|has been|have been|had been|will be)\s+(?:being\s+)?"
                               r"(?:currently\s+|now\s+|also\s+|mainly\s+|usually\s+)?(?P<verb>[a-z][\w-]*(?:ed|en|ne|un|ld|lt|nt|id|ught))\s*",
                               claim[:m.start()])
        if passive:
            # "the Child M practice review was led by the NSPCC" -> "who led the Child M
            # practice review?": a question who did it retrieves the sentence saying so,
            # in either voice ("Harrow's Case Review Group led a ...")
            subj = passive.group("subj")
            subj = subj[0].lower() + subj[1:] if re.match(r"(?:The|A|An|Info|Information)\b", subj) else subj
            return " ".join(f"who {passive.group('verb')} {subj}?".split())
        asked = "by which organisation"
    elif prep == "from":
        asked = "from where"
    else:
        # (a place after "in" or "at" is left as put: "held at which place?" would be
        # answered by any sentence about the event)
        asked = None
    if asked is None:
        return None
    return " ".join(f"{claim[:m.start()]} {asked}?".split())


def premise_answered(opened: str, answer: str) -> bool:
    """Whether ``answer`` (the text composed for :func:`open_premise`'s question
    ``opened``) gives a value of the kind left open: a year for "in what year", a named
    source ("from London ...") for "from where", and for
    "<verb> by which organisation" a sentence saying "<verb> by" a named body
    ("... are currently provided by Community Solutions"). A passage about the subject
    alone ("Each year the HSCB requires the LADO to report ...") does not answer "is
    commissioned by which organisation?"."""
    if re.search(r"\bin what year\?$", opened):
        # (the claim's other figures stand: "there were 789 conferences in what year?" is
        # answered by a year beside 789, not by any dated sentence)
        figures = {re.sub(r"[,\s]", "", f) for f in re.findall(r"(?<![\w.])\d[\d,]*(?:\.\d+)?%?", opened)
                   if not re.fullmatch(r"(?:1[5-9]|20)\d{2}", f)}
        said = {re.sub(r"[,\s]", "", f) for f in re.findall(r"(?<![\w.])\d[\d,]*(?:\.\d+)?%?", answer)}
        return re.search(r"\b(?:1[5-9]|20)\d{2}\b", answer) is not None and figures <= said
    if re.search(r"\bfrom where\?$", opened):
        # (a named source: "... data from London Northwest University Healthcare Trust")
        return re.search(r"\bfrom\s+(?:the\s+)?[A-Z][a-z]", answer) is not None
    if re.match(r"who (?:is|was|are|were)\s", opened):
        # (people named for a part: "Nazir Afzal OBE: ... one of our key-note speakers")
        return has_person_name(answer, opened)
    by = re.search(r"(?P<verb>[\w'’-]+)\s+by which organisation\?$", opened) or re.match(r"who (?P<verb>[\w'’-]+)\s", opened)
    if by:
        return doer_confirmed(by.group("verb").lower(), "\0", answer)
    return False


__all__ = ["as_checked_question", "claim_then_question", "listed_claim", "claim_unconfirmed", "claimed_doer", "claimed_identity", "claimed_value", "names_draft", "names_kind", "doer_confirmed", "open_premise", "premise_answered"]

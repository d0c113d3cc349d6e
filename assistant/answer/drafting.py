"""What the asker is writing, set apart from what they ask.

Practitioners often ask in the middle of writing something: an ICPC or court report, a
case note, a referral letter, a board or governors' paper, a staff email, an FAQ, a slide.
They say so ("which sectors does forced labour happen in? for a staff email", "one-liner on
Operation Encompass for an email to staff", "can I say in my bid that ...?", "what page is
the MASH data on so I can reference it?"). The document they are writing is what the
answer is *for*, not what it is *about*: its words ("email", "letter", "bid") pull
retrieval towards passages that share them and trip refusal rules ("an email address for
this"). This module holds the writing frames and turns a message into the question it
puts:

* :func:`strip_drafting` drops a closing remark or an opening label naming the asker's
  own document, and asks a "one-liner on X" / "I want to quote X" as "what is X?";
* :func:`location_topic` reads "what page is X on?", "page reference for X", "where's X
  in the report?" as a location asked of X (the answer names section and page:
  :func:`assistant.answer.sources_named.location_line`).

Everything here is string-level and deterministic; nothing is logged.
"""

from __future__ import annotations

import re

#: documents a practitioner writes (what the answer is for, not about)
#: (not what is also a topic of the documents: a referral, a care or CP plan, a policy, a
#: strategy, training, a website: "what's the threshold for a LADO referral?")
DRAFT_DOCS = (r"(?:e-?mails?|faqs?|letters?|cover\s+letter|referral\s+(?:letter|form)|case\s*notes?|notes|chronology|"
              r"(?:court|icpc|rcpc|cp|conference|s47|section\s+47|assessment|governors['’]?|board|exec|slt|audit|health|"
              r"supervision|team|visit)\s+(?:report|paper|note|notes|summary|update)|"
              r"report|paper|board\s+paper|policy\s+(?:update|document|draft)|bid|funding\s+bid|briefing|staff\s+briefing|newsletter|"
              r"bulletin|slides?|slide\s+deck|deck|presentation|handout|leaflet|poster|flyer|reference\s+list|references|"
              r"bibliography|essay|assignment|training\s+(?:pack|slides?|session|handout)|minutes|agenda|"
              r"faq\s+page|intranet(?:\s+page)?|comms)")

#: a closing remark, after the question mark, saying what the answer is for: "? for a staff
#: email", "? one-liner", "? need the name for the cover letter", "? writing guidance for
#: staff", "? want to quote it", "? list for a slide", "? I need to cite it"
_USE_WORDS = re.compile(
    r"\b(?:for\s+(?:a|an|the|my|our|this|tomorrow['’]?s?|next\s+week['’]?s?)\b|one[\s-]?liner|one\s+line|a\s+line|"
    r"quote|cite|citing|reference|referencing|wording|writing|drafting|putting|slide|slides|title|copy|paste|"
    r"email|faq|letter|policy|report|paper|bid|newsletter|handout|briefing|training|note|notes)\b", re.I)
#: a remark that scopes the answer, not its use ("? only the 2020-21 one", "? split by age",
#: "? as a percentage"), or asks something more ("? and who chairs it")
_SCOPES = re.compile(
    r"\d|\b(?:what|which|who|whom|whose|when|where|why|how|only|just\s+the|not|except|apart|besides|other\s+than|"
    r"split|broken\s+down|breakdown|by\s+(?:age|gender|sex|ward|ethnicity|year|month)|percentage|per\s*cent|%|"
    r"both|each|all\s+(?:of\s+)?(?:them|the)|total|and\s+(?:the|its|their|his|her)|also|too|as\s+well|"
    r"london|england|national|harrow|brent|ealing|hillingdon|barnet)\b", re.I)
#: a remark that says what the answer must give: "need his name and job title", "any parent
#: ratings", "want the figure and the year" (not "need it for ...", "need a line for ...")
_ASKS_FOR = re.compile(
    r"^\s*(?:any|some)\s+\w|\b(?:need|needs|needed|want|after|looking\s+for)\s+(?!(?:it|this|that|them|these|those|"
    r"a\s+line|one\s+line|a\s+quote|a\s+one[\s-]?liner|the\s+(?:exact\s+)?wording|to\s+(?:quote|cite|reference|get\s+it\s+right|use|put))\b)"
    r"(?:the\s+|his\s+|her\s+|their\s+|its\s+|a\s+|an\s+|both\s+)?[\w'’-]+\s+(?!for\b)", re.I)
_AFTER_QUESTION = re.compile(r"^(?P<q>.*\S\?)\s*(?P<remark>[^?]{2,100}?)\s*[.!]*$", re.S)

#: a closing "for <document>" with no question mark before it: "one-liner on Operation
#: Encompass for an email to staff", "the three partners for my ICPC report"
_FOR_DRAFT = re.compile(
    rf"\s+(?:(?:i|we)\s+(?:can|could)\s+(?:put|use|include|quote|cite)\s+)?(?:(?:in|on|into|for)\s+)"
    # (not the documents themselves: "where's the Child M sheet in the annual report?")
    r"(?:a|an|my|our|this|tomorrow['’]?s?|next\s+week['’]?s?|the(?!\s+(?:annual\s+|harrow\s+|hscb\s+|board['’]?s?\s+)?(?:report|learning\s+sheet|sheet|guidance|website|site|page)\b))"
    rf"\s+(?P<mid>(?:[\w'’/&-]+\s+){{0,2}}?)(?:{DRAFT_DOCS}|(?<=\bmy\s)(?:policy|audit)|(?<=\bour\s)(?:policy|audit))"
    r"(?:\s+(?:to|for)\s+(?:staff|parents|carers|governors|the\s+board|colleagues|the\s+team|schools|partners|members))?"
    r"\s*[?.!]?\s*$", re.I)

#: a closing "so I get it right in my report", "so I can quote it", "so we can reference it"
_SO_I_CAN = re.compile(
    r"\s*[,;-]?\s+(?:so|so\s+that|to\s+make\s+sure)\s+(?:i|we)\s+(?:can\s+|could\s+|don['’]?t\s+|do\s+not\s+)?"
    r"(?:get\s+(?:it|this|that|them|the\s+[\w'’-]+)\s+(?:right|wrong|correct)|reference|cite|quote|use|include|put|copy|paste|check|"
    r"footnote|word|name|spell|credit|attribute)\b[^?]{0,60}?\s*[?.!]?\s*$", re.I)

#: an opening label naming what the answer will be used in: "Case study for training:",
#: "Quiz question for the course -", "Slide 3:", "FAQ:"
_OPENING_LABEL = re.compile(
    r"^\s*(?:(?:case\s+study|scenario|quiz(?:\s+question)?|exercise|role[\s-]?play)s?\s+for\s+(?:a\s+|the\s+|my\s+|our\s+)?"
    r"(?:training|session|course|slides?|workshop|induction)|slide\s+\d+|faq|for\s+(?:the|our|my)\s+faqs?)"
    r"\s*(?:[:]|\s[-–—])\s+(?=\S)", re.I)

#: a draft described before the question: "exploitation briefing that pulls together the
#: harrow set-up and the national stuff: what's ...?"
_DESCRIBED_DRAFT = re.compile(
    rf"^\s*(?:(?:my|our|the|a|an)\s+)?(?:[\w'’/&-]+\s+){{0,3}}?{DRAFT_DOCS}\s+(?:that|which|i['’]m|im|we['’]re|i\s+am|for)\s+[^:?]{{3,100}}?:\s+(?=\S)", re.I)

#: a one-liner, a line or a sentence asked on a topic: "one-liner on Operation Encompass",
#: "give me a quick line about debt bondage", "need a sentence on the MASH"
_ONE_LINER = re.compile(
    r"^\s*(?:(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:give|get|write|do)\s+me\s+|(?:i\s+)?(?:need|want|would\s+like)\s+)?"
    r"(?:a\s+|an\s+)?(?:quick\s+|short\s+|simple\s+|brief\s+)?(?:one[\s-]?liner|one\s+line|line|sentence|definition|summary)\s+"
    # (for the asker's draft first: "need a line for the intranet on what to do ...")
    rf"(?:(?:for|in)\s+(?:the|my|our|a|an)\s+(?:[\w'’/&-]+\s+){{0,2}}?(?:{DRAFT_DOCS}|intranet|site|page)\s+)?"
    r"(?:on|about|for|of|explaining|describing|defining)\s+(?P<topic>.+?)\s*[?.!]?\s*$", re.I)

#: "I want to quote the report's definition of contextual safeguarding on a training slide"
_WANT_TO_QUOTE = re.compile(
    r"^\s*(?:i\s+|we\s+)?(?:want|need|would\s+like|'d\s+like|’d\s+like|am\s+looking|'m\s+looking|’m\s+looking)\s+to\s+"
    r"(?:quote|cite|use|include|put|reference)\s+(?P<topic>.+?)\s*[?.!]?\s*$", re.I)

#: "can I say in my bid that ...": the claim, with the draft named (claims read "can I say that")
_SAY_IN_DRAFT = re.compile(
    rf"\b(?P<verb>(?:can|could|may|should)\s+(?:i|we)\s+(?:say|write|state|put|claim))\s+(?:in|on)\s+(?:my|our|the|a|an)\s+"
    rf"(?:[\w'’/&-]+\s+){{0,2}}?{DRAFT_DOCS}\s+(?=that\b)", re.I)


#: "the exact wording of", "the actual words for", "the precise text of" before what is asked
_EXACT_WORDING = re.compile(r"\s(?:the\s+)?(?:exact|precise|actual|full|verbatim|official)\s+(?:wording|words|text|phrasing|line|quote)\s+"
                            r"(?:of|for|on|about|used\s+(?:for|in|about))\s+(?=\S)", re.I)
#: "the report's definition of", "the guidance's description of" before a term
_SOURCE_DEFINITION = re.compile(
    r"^(?:the\s+|their\s+)?(?:annual\s+)?(?:report|sheet|learning\s+sheet|guidance|site|website|page|board|partnership)['’]s\s+"
    r"(?:own\s+)?(?:definition|description|explanation|wording)\s+(?:of|for)\s+", re.I)


#: an opening saying what the asker is writing: "writing my ICPC report - ...", "drafting a
#: staff briefing on modern slavery - ...", "I'm doing the safeguarding section of our
#: governors report, ...", "need the figure for my governors' report - ...", "for the court
#: report, ..."
_WRITING_OPENING = re.compile(
    r"^\s*(?:(?:i['’]m\s+|im\s+|i\s+am\s+|we['’]re\s+|just\s+|currently\s+|busy\s+)?"
    r"(?:writing|drafting|doing|preparing|prepping|putting\s+together|updating|finishing|working\s+on|pulling\s+together)(?:\s+up)?"
    r"|(?:i\s+|we\s+)?(?:need|want|after|looking\s+for)\s+(?:the|a|some|an)\s+(?:figures?|numbers?|lines?|quotes?|stats?|wording|sentence|reference)\s+(?:for|in)"
    r"|for|re)\s+(?:my|our|a|an|the|this|some)\s+"
    rf"(?P<mid>(?:[\w'’/&-]+\s+){{0,6}}?){DRAFT_DOCS}"
    r"(?P<tail>\s+(?:on|about|covering|re|for|to)\s+[^-–—:,;?]{1,60}?)?"
    r"\s*(?:[-–—:,;.]|\s-)\s+(?P<q>\S.*)$", re.I | re.S)
#: draft names that say nothing of the topic ("my ICPC report", "the SLT paper")
_DRAFT_ACRONYMS = re.compile(r"^(?:I|ICPC|RCPC|CP|CPC|SLT|S47|S17|LA|QA|FAQ|FAQs|SW|SWs|HV|NHS|CIN|PLO|EHCP)$")


def _without_writing_opening(question: str) -> str:
    """``question`` without an opening that only names the asker's own document ("writing my
    ICPC report - ...", "I'm doing the safeguarding section of our governors report, ...").
    An opening that names a topic as well is left as typed ("drafting a staff briefing on
    modern slavery - what are the signs?", "doing the Child M slide - ...", "writing up the
    exploitation part of our board paper - ..."): the topic is what the question is about."""
    m = _WRITING_OPENING.match(question)
    if not m or len(m.group("q").split()) < 3:
        return question
    tail = m.group("tail")
    # (an audience after "for" / "to" may name a topic too: "for the DSL network")
    words = m.group("mid") + (" " + re.sub(r"^\s+(?:for|to)\s+", " ", tail, flags=re.I) if tail and re.match(r"\s+(?:for|to)\b", tail, re.I) else "")
    named = _topic_words(words)
    if tail and re.match(r"\s+(?:on|about|covering|re)\b", tail, re.I):
        # ("... on modern slavery - what are the signs I can list?": the list of the topic)
        topic = re.sub(r"^\s+(?:on|about|covering|re)\s+", "", tail, flags=re.I).strip()
        asked = re.sub(r"\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:can|could)\s+(?:list|quote|cite|use|include|put\s+in|mention)"
                       r"(?:\s+(?:it|them))?(?=\s*\?*\s*$)", "", m.group("q"), flags=re.I)
        bare = re.match(r"^\s*((?:what|which)\s+(?:are|were|is|was)\s+the\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s*\?*\s*$", asked, re.I)
        return f"{bare.group(1)} of {topic}?" if bare and not named else question
    return question if named else m.group("q")


#: words of a draft's name that say nothing of its topic ("the safeguarding section of our
#: governors report")
_GENERIC_DRAFT_WORDS = frozenset(
    "the a an my our this some of for to in on up section sections bit part piece page chapter paper papers report "
    "update quick short new draft first final annual termly monthly weekly yearly safeguarding staff team governors "
    "governor board exec slt court case supervision parents carers colleagues members everyone".split())


def _topic_words(name: str) -> list[str]:
    """The words of a draft's name that say whom or what it is about ("schools" in "our
    schools bulletin", "Child M" in "my Child M slide"); ``[]`` for a name that only says
    what kind of document it is ("my ICPC report", "the safeguarding section of our
    governors report")."""
    return [w for w in re.findall(r"[\w'’&/-]+", name)
            if not _DRAFT_ACRONYMS.match(w.strip("'’s")) and w.lower().strip("'’") not in _GENERIC_DRAFT_WORDS]


def _without_closing_use(question: str) -> str:
    """``question`` without a closing remark about its use (see :data:`_USE_WORDS`)."""
    m = _AFTER_QUESTION.match(question)
    if m and _USE_WORDS.search(m.group("remark")) and not _SCOPES.search(m.group("remark")) \
            and not _ASKS_FOR.search(m.group("remark")) and len(m.group("q").split()) >= 3 \
            and not re.search(r"\band\s+(?:how|what|who|which|when|where|why)\b", m.group("q"), re.I):
        # (not a remark saying what is needed, "? need his name and job title for our
        # governors report", "? any parent ratings i can quote"; nor after two questions
        # joined by "and", split at the question mark)
        return m.group("q")
    m = _SO_I_CAN.search(question)
    if m and len(question[:m.start()].split()) >= 3:
        question = question[:m.start()].rstrip(" ,;-–—") + ("?" if question.rstrip().endswith("?") else "")
    m = _FOR_DRAFT.search(question)
    # (not a draft whose name says whom or what it is about: "for my schools bulletin",
    # "for our health safeguarding audit")
    if m and len(question[:m.start()].split()) >= 3 and not _topic_words(m.group("mid")):
        # (not the topic's own report: "what does the annual report say for 2020-21")
        return question[:m.start()].rstrip(" ,;-–—") + ("?" if question.rstrip().endswith("?") else "")
    return question


def strip_drafting(question: str) -> str:
    """The question a message puts, without what the asker is writing.

    * a closing remark naming the use after the question mark: "which sectors does forced
      labour happen in? for a staff email" -> "which sectors does forced labour happen
      in?" (kept when it scopes the answer or asks more: "? only 2020-21", "? and who
      chairs it");
    * a closing "for <document>": "... for an email to staff";
    * an opening label: "Case study for training: how old was Serena ...?";
    * a one-liner or a quote asked on a topic: "one-liner on Operation Encompass" -> "what
      is Operation Encompass?", "I want to quote the report's definition of contextual
      safeguarding on a training slide" -> "what is the report's definition of contextual
      safeguarding?";
    * the draft named in a claim: "can I say in my bid that X?" -> "can I say that X?".

    Args:
        question: the (redacted) question, one line.

    Returns:
        the question without the writing frame, or ``question`` unchanged (never empty).
    """
    out = _SAY_IN_DRAFT.sub(lambda m: m.group("verb") + " ", question)
    out = _without_writing_opening(out)
    label = _OPENING_LABEL.match(out) or _DESCRIBED_DRAFT.match(out)
    # (in lower-case words only, a label of the asker's own: "the Child M briefing: ..."
    # names its topic)
    if label and len(out[label.end():].split()) >= 3 and not re.search(r"\s[A-Z]|\b[A-Z]{2,}\b", label.group(0).strip()):
        out = out[label.end():]
    out = _without_closing_use(out)
    # ("what's the exact wording of the first recommendation?": the recommendation; the
    # answer quotes the documents word for word anyway)
    out = _EXACT_WORDING.sub(" ", out)
    for pattern in (_ONE_LINER, _WANT_TO_QUOTE):
        m = pattern.match(out)
        if m:
            topic = _without_closing_use(m.group("topic")).rstrip(" ?.!")
            # ("the report's definition of contextual safeguarding": the term itself)
            topic = _SOURCE_DEFINITION.sub("", topic)
            if re.match(r"(?:what|which|who|how|when|where|why)\b", topic, re.I):
                out = topic + "?"  # "a line on what to do if you suspect slavery"
            elif topic:
                out = f"what is {topic}?"
            break
    return out.strip() or question


#: "what page is X on", "which page are X on", "page number for X", "page ref for X",
#: "where's X in the report", "where in the report is X", "which section is X in"
_LOCATION_OF = re.compile(
    r"^\s*(?:(?:what|which)\s+(?:page|section|appendix|part|heading)\s+(?:number\s+)?(?:is|are|was|were)\s+(?P<a>.+?)\s+(?:on|in|under)"
    # ("what page is the Child M learning sheet on in the annual report?")
    r"(?:\s+in\s+the\s+(?:annual\s+)?(?:report|learning\s+sheet|sheet|document))?"
    r"|(?:(?:can\s+i\s+have|could\s+i\s+get|i\s+need|need|give\s+me)\s+)?(?:the\s+|a\s+)?(?:page|section)\s+(?:ref(?:erence)?|number|no\.?|nos?)\s+(?:for|of)\s+(?P<b>.+?)"
    r"|where(?:['’]s|s|\s+is|\s+are|\s+can\s+i\s+find|\s+do\s+i\s+find|\s+would\s+i\s+find)\s+(?P<c>.+?)\s+(?:in|within)\s+the\s+"
    r"(?:annual\s+)?(?:report|learning\s+sheet|sheet|document|appendices)"
    r"|where\s+in\s+the\s+(?:annual\s+)?(?:report|learning\s+sheet|sheet|document)\s+(?:is|are|does\s+it\s+(?:talk\s+about|cover|give))\s+(?P<d>.+?))"
    r"(?:\s*[,-]?\s*(?:so\s+(?:i|we)\s+can|to|for)\s+(?:reference|cite|quote|footnote)\b[^?]*|\s+please|\s+pls)?\s*[?.!]*\s*$", re.I)


def location_topic(question: str) -> str | None:
    """What a location question asks the place of: "what page is the MASH data on so I can
    reference it?" -> "the MASH data"; "page reference for the budget table please" -> "the
    budget table"; "where's the Child M learning sheet in the annual report?" -> "the Child M
    learning sheet". ``None`` when the question does not ask where something is, or names
    nothing of its own ("what page is it on?" leans on the thread).

    Args:
        question: the (redacted) question, one line, its writing frame already dropped.

    Returns:
        the topic phrase, as the asker put it.
    """
    m = _LOCATION_OF.match(question)
    if not m:
        return None
    topic = next(g for g in m.group("a", "b", "c", "d") if g).strip(" ,")
    # (what holds the topic is no part of it: "the budget table" is the budget, whose
    # quotes are wanted, not those of any other table)
    bare = re.sub(r"\s+(?:table|tables|data|figures?|numbers?|stats|statistics|section|bit|part|chapter)$", "", topic, flags=re.I)
    if len(re.findall(r"[A-Za-z]{3,}", re.sub(r"^(?:the|a|an|our)\s+", "", bare, flags=re.I))) >= 1:
        topic = bare
    if re.fullmatch(r"(?:it|that|this|they|those|these|them|the\s+(?:figure|number|quote|line|bit|one))", topic, re.I):
        return None
    return topic


__all__ = ["DRAFT_DOCS", "location_topic", "strip_drafting"]

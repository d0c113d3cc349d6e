"""Safety screens run before retrieval on every front.

* :func:`screen_urgent` -- spots a message describing a child at immediate risk (a live
  disclosure, present-tense harm, a child missing now, intent to self-harm, a child left
  alone now, FGM or forced marriage about to happen) and returns the fixed signposting
  reply that must lead the answer.
* :func:`redact` -- removes personal data from a question before it is retrieved with,
  logged, stored or sent to a model.

The assistant never makes a threshold decision about a specific child: the urgent reply
signposts to people who can. The screen errs towards firing (recall first); questions
*about* the learning (reviews, statistics, procedures, training, hypotheticals) are
recognised so they are not flagged. Figures on ``evals/urgent-screen.yaml`` are in
``docs/safety.md``.

Both functions are pure, regex-based and thread-safe (no model, no network).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Collection, Iterable, Sequence

DEFAULT_FRONT_DOOR = "your local children's social care front door (MASH)"


# =====================================================================================
# Urgent-risk screen
# =====================================================================================


@dataclass
class UrgentResult:
    """An urgent-risk match: ``reasons`` are the cue names that fired (no user text)."""

    reasons: list[str]
    reply: str


_F = re.I

# Words for "a child" as a practitioner would write them.
_KID = (r"(?:child|children|kid|kids|boy|girl|baby|babies|toddler|infant|son|daughter|pupil|student|yp|cyp|"
        # (sixty-first session, second-language English: "minor" for a child, as many legal systems say it)
        r"learner|young person|teen(?:ager)?|client|sibling|brother|sister|twins?|minors?|he|she|they|him|her|them)")
# Harm verbs (present/progressive forms are matched separately).
_HARM = r"(?:abus|hurt|hit|beat|punch|kick|slap|strangl|chok|burn|touch|rap|assault|harm|attack|molest|groom|exploit|traffick|threaten|stab|shak|starv|lock|kill)"

_WEAPON = (r"(?:knife|knives|gun|machete|blade|weapon|hammer|(?:baseball |cricket )?bat|(?:broken|smashed) bottle|screwdriver|axe|"
           r"crowbar|knuckle[- ]?duster)(?!\s+(?:crime|offences?|awareness|amnesty|arch(?:es)?|policy|policies|training|incidents?|conviction))")
#: "... into a van", "... into the back of a silver car" (not "into the car seat")
_INTO_VEHICLE = (r"\s+(?:in(?:to|side)?(?: the back of)?)\s+(?:(?:a|an|the|their|his|her|some|this|that)\s+)?(?:[\w-]+\s+)?"
                 r"(?:van|car|vehicle|taxi|cab|lorry|truck|boot|minibus)\b(?!\s+seat)")
#: what may stand between a child and what is being done to them: where they are ("a
#: boy outside school being dragged ..."), a relative clause ("a girl who looks about 13
#: was just ...", "a teenager who I work with was ...", "a pupil who's in year 8 was
#: ...") or an age ("a girl, maybe 13, just got ...", "a boy aged 10 was ...")
_BETWEEN = (r"(?:\s+(?:outside|at|by|near|in|on)(?:\s+(?!being\b|is\b|was\b)[\w-]+){0,3}?"
            r"|,?\s+(?:who|that)(?:'s|’s)?(?:\s+(?!being\b|just\b)[\w'’-]+){1,6}?,?"
            r"|,\s*(?:maybe|about|around|aged?|approx\.?|probably|prob)?\s*\d{1,2}(?:\s*(?:yo|y/o|years? old|ish))?,?"
            r"|\s+(?:aged?|of)\s+(?:about\s+|around\s+)?\d{1,2}"
            # (an age guessed and what the child looks like: "a boy about 15 with no shoes just
            # got shoved into a van")
            r"|\s+(?:about|around|maybe|roughly)\s+\d{1,2}(?:\s+(?:with|in|wearing)(?:\s+(?!being\b|is\b|was\b|just\b|got\b)[\w-]+){1,3})?"
            # (or an age in brackets: "her friend (16) has been stabbed", break-it misses, 2026-12-07)
            r"|\s*\(\s*(?:aged?\s+|about\s+|maybe\s+)?\d{1,2}\s*(?:yo|y/o|yrs?)?\s*\))?")
#: one of a group the asker works with, named as the child: "one of my lads", "one of our young
#: people", "one of the girls", "one of my lot" (agency/role persona, break-it misses, 2026-12-07)
_ONE_OF = (r"one of (?:my|our|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:lads|boys|girls|kids|children|young people|yp|cyp|lot|"
           r"students|pupils|learners|players|members|residents|clients|young ones|young uns|teens|teenagers)\b")
#: someone in the child's life, as the subject or object of a threat: "his stepdad will
#: kill his mum tonight"
_THREATENER = (r"(?:his|her|their|my|the|mum'?s|mom'?s)\s+(?:[\w'’-]+\s+)?(?:dad|stepdad|step-dad|father|stepfather|mum|mom|mother|"
               # (and "the aggressor", "the abuser", as a second language names him: sixty-first session)
               r"stepmum|partner|boyfriend|girlfriend|brother|uncle|man|ex|aggressor|abuser|perpetrator)")

# Immediacy markers: this is happening now / just happened / is about to happen.
_NOW = re.compile(
    r"\b(?:right now|rn|atm|now|tonight|tonite|2nite|2night|as we speak|today|2day|tdy|tmrw|tmw|2moro|2morrow|tomoz|"
    # (not a visit dated in the past: "my student was locked in a kitchen by a dad on a visit in
    # spring", fifty-ninth session)
    r"on (?:(?:a|my|the) )?(?:home )?visit(?!\s+(?:in|last|back in)\s+(?:spring|autumn|winter|the (?:spring|summer|autumn|winter)|(?:19|20)\d\d|"
    r"january|february|march|april|june|july|august|september|october|november|december|last|week|month|year)\b)|"
    r"this (?:morning|afternoon|evening|weekend)|at the moment|currently|"
    # (a second language's "now": "he is hitting her in this moment", "at this moment she is crying"; sixty-first session)
    r"(?:in|at) this (?:very )?(?:moment|minute)|"
    # the asker on a visit, an inspection or a call now, said as where they are (opening a
    # sentence or clause, after "I'm" or after the asker's role): "on a new birth visit and ...",
    # "- on a takeaway inspection and there's a boy", "midwife on a postnatal visit: ...", "on scene
    # for an adult OD", "attending a DA call, dad has ..." (not "a process for when we find children
    # home alone on a call-out"; agency/role persona, 2026-12-07)
    r"(?:^|(?<=[.:;!?\-–—]\s)|(?<=\bi['’]m\s)|(?<=\bi am\s)|(?<=\bwe['’]re\s)|(?<=\bwe are\s)|(?<=\bstill\s)|(?<=\bcurrently\s)"
    r"|(?:here|crew|worker|nurse|midwife|visitor|officer|manager|engineer|operative|therapist|practitioner|assistant|volunteer|inspector)[,:]?\s+)"
    r"(?:on (?:a|an|my|the|our) (?:[\w-]+ )?(?:visit|inspection|call-?out|house call)|on scene|attending (?:a|an|the) (?:[\w-]+ )?(?:call|job|incident|shout))|"
    r"just (?:now|told|disclosed|said|found|seen|rang|called|arrived|left|turned up|grabbed|pulled|took out|picked up|got out|got into|got in|brought|"
    r"threatened|hit|punched|attacked|stabbed|smashed|taken|swallowed|slapped|kicked|shook|shaken|strangled|choked|burnt|burned|"
    r"beat|beaten|hurt|pushed|threw|thrown|"
    # (someone led off a moment ago: "a woman nobody knows just walked a toddler out of the
    # nursery door", fifty-seventh session)
    r"walked|led|carried|drove off|driven off|"
    # (seen by the asker a moment ago: "I've just watched her pass him a wrap", "the lifeguard
    # has just spotted a man filming a boy")
    r"watched|saw|noticed|spotted|witnessed|overheard|"
    # (or someone has just collapsed: "a mum has just fainted in our toilets")
    r"collapsed|fainted|passed out|"
    # a message from the child just now: "has just texted me that her stepdad has a knife"
    # ("mum has literally just rung me", "a 15 yo we support has just posted a goodbye message";
    # fifty-ninth session)
    r"texted|text|messaged|phoned|rung|emailed|whatsapped|snapchatted|dmed|dm'd|posted|"
    # (fifty-seventh session: "her 17yo son has just sent me a pic of himself on the roof")
    # (or sent to someone: "has just sent a voice note saying he's being held in a flat", sixtieth session)
    r"sent (?:me|us)|sent (?:a|an|his|her|their) (?:voice ?note|voice message|message|text|video|pic|photo|picture|snap|dm|location)|"
    # (the asker just come from the home: "I've just visited and there's a strong gas smell", sixtieth session)
    r"visited|been round|come (?:out|back) from)|"
    # someone just attacked: "14yo on our books has just been stabbed outside the chicken shop" (sixtieth session)
    r"(?:has|have|['’]s|['’]ve)\s+just\s+been\s+(?:stabbed|shot|knifed|slashed|attacked|assaulted|beaten(?: up)?|jumped|hit|punched|raped|strangled|glassed)|"
    # a child just gone off with someone: "17yo with LD has gone off with a man she met online" (sixtieth session)
    r"(?:has|have|['’]s|['’]ve)\s+(?:just\s+)?(?:gone|run|ran)\s+off\s+with\s+(?:a|an|some|two|three|this|that|the|an?\s+older|older)\b|"
    # (or out of school with one: "14yo has just run out of school with an older man in a car"; sixtieth session,
    # second pass)
    r"(?:has|have|['’]s|['’]ve)\s+just\s+(?:gone|run|ran|walked|left)\s+(?:off|out|away)\b|"
    # the asker's visit said as a heading, where they are now: "Home visit: 6yo answered the door alone, ..." (not
    # "home visit last week: ..."; sixtieth session, second pass)
    r"(?:^|(?<=[.!?]\s))\W*(?:(?:on|at|doing)\s+(?:a|an|my)\s+)?(?:home|doorstep|welfare|unannounced|new birth|joint|school|hv|sw)\s+visit(?:\s+now)?\s*[:\-–—]\s*(?=\w)|"
    # a scene the asker looks in on: "HV at the door, can see through the window: 8 month old in a cot" (sixtieth session)
    r"(?:i|we|she|he|they)\s+can\s+see\s+(?:through|from|in|into|out of|past)\s+(?:the|a|my|our|their|his|her)\s+(?:window|door|letterbox|gap|glass)|"
    # (or in a second language's bare present, the article dropped: "he give her drugs, I see from window", "I see from my
    # window the man take the girl", "I am watching from the office"; not "I see from the file that ..."; sixty-first
    # session, round 2)
    r"(?:i|we)\s+(?:am\s+|['’]m\s+|are\s+|['’]re\s+)?(?:see|seeing|watch|watching|look|looking)\s+(?:(?:it|this|them|him|her)\s+)?"
    r"(?:through|from|out of)\s+(?:(?:the|a|my|our)\s+)?(?:(?:office|classroom|kitchen|bedroom|staff ?room|front|back|car)\s+)?"
    r"(?:window|door|letterbox|office|classroom|reception|staff ?room|balcony|playground|car)\b(?!\s+(?:records?|files?|notes?|system|database|reports?|logs?)\b)|"
    # a carer turning on the staff as it happens, in a list of what he is doing: "dad ... demanding his 3yo and
    # getting aggressive with staff at the door", "at reception, slurring, demanding his 4yo and shouting at staff"
    # (not "he was getting aggressive", nor "parents shouting at staff during conferences"; sixtieth session)
    r"(?:(?<=,\s)|(?<=\band\s)|(?<=\bis\s)|(?<=['’]s\s)|(?<=\bnow\s)|(?<=\bstill\s))(?:getting (?:really |very |more |increasingly )?(?:aggressive|violent|abusive|threatening) (?:with|towards|at)|"
    r"shouting at|screaming at|swearing at|squaring up to|kicking off (?:with|at)) (?:the |our |my )?(?:staff|us|me|reception(?:ist)?|workers?|nurses?|teachers?)\b|"
    # someone held who must be back by a time or be hurt: "he has to be back by 6 or they'll hurt his
    # family" (sixtieth session)
    r"(?:has|have|had|got|needs?)\s+to\s+be\s+back\s+(?:by|at|before|for)\s+(?:\d|midnight|tonight|dark)|"
    # a message from the child quoted as it came to a worker: "15yo boy messaged his youth worker: 'they got me
    # in a trap house ...'" (a message of the past is dated: "texted her in March 'come and get me'"), or a
    # phone about to die: "phone on 2%" (sixtieth session)
    r"(?:messaged|texted|whatsapped|snapchatted|dm['’]?d|dmed|rang|called|phoned|voice ?noted)\s+(?:me|us|(?:his|her|their|our|the|a)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s*[:\-–—]\s*['‘\"“]|"
    r"(?:phone|battery)(?:['’]s|\s+is)?\s+(?:on|at)\s+\d{1,2}\s?%|(?:phone|battery)(?:['’]s|\s+is)?\s+(?:dying|about to die|nearly dead|almost dead)|"
    # a child the asker has come on, told as a scene: "PCSO - found a 12yo sleeping in the stairwell of the tower
    # block" (not "a 13yo was found in a hotel"; sixtieth session)
    r"(?:(?:i|we)(?:['’]ve|\s+have)?\s+|(?<=[-:–—]\s))found\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:\d{1,2}\s*(?:yo|y/o)|child|boy|girl|toddler|kid|baby|teen\w*|lad|little one)\s+"
    r"(?:(?:about|around|maybe|aged?)\s+\d{1,2}\s+)?(?:sleeping|wandering|walking|sitting|hiding|crying|alone|on (?:his|her|their) own|asleep|locked|in (?:the|a) (?:street|road|stairwell|park))\b|"
    # the child due back where the harm is, at a time today: "she goes back there at 3", "he goes home
    # at 3.15", "she's picked up at 4" (sixtieth session)
    r"(?:goes|going|go|gets|getting|due|sent|is picked up|['’]s picked up|gets picked up|is collected|['’]s collected)\s+(?:back\s+)?(?:home\s+|back\s+|there\s+)?(?:at|by|in)\s+\d{1,2}(?:[.:]\d\d)?(?!\s*(?:years?|yrs?|months?|weeks?|days?|%))|"
    # a carer with the child in her arms as the asker writes (agency/role persona, 2026-12-07):
    # "she's holding her 5 month old and saying ...", "she's rocking her toddler", "she won't put him down"
    r"(?:she|he|mum|dad|mother|father)(?:['’]s| is)\s+(?:holding|rocking|cuddling|carrying|clutching|gripping)\s+(?:her|his|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:baby|toddler|child|son|daughter|little one|\d{1,2}\s*(?:month|week)[- ]old)|won['’]?t put (?:him|her|them|the baby) down|"
    # what the asker sees while writing: "men are touching two girls in the park as I type"
    r"as i (?:type|write|speak)|while i(?:['’]m| am) (?:typing|writing)|"
    # ... or where they are hiding to write it: "I'm typing this from the bathroom"
    r"i(?:['’]m| am) (?:typing|writing|messaging|texting) (?:this )?(?:from|in) (?:the|my|a|his|her|their)\b|"
    # (the asker still there: "I've been here 20 mins", agency/role persona, 2026-12-07)
    r"(?:i|we)(?:['’]ve| have) been (?:here|there|on scene) (?:for )?(?:\d+|ten|twenty|thirty|forty|a few) (?:mins?|minutes|hours?)|"
    # something due within the hour: "baby is being discharged in the next hour to the partner
    # police are investigating" (fifty-seventh session)
    r"in the next (?:hour|half hour|few (?:mins|minutes|hours)|\d+ (?:mins?|minutes|hours?))|within (?:the|an|the next) hour|"
    # ... or within the hour just gone: "went missing within the last hour"
    r"(?:within|in) the (?:last|past) (?:hour|half hour|few (?:mins|minutes|hours)|\d+ (?:mins?|minutes|hours?))|"
    # a call or message to the asker a moment ago: "just got a text from one of our care leavers",
    # "just had a call from the ward"; someone just come to the asker: "a lad has just come to my door"
    # (fifty-ninth session)
    r"just (?:got|had|received) (?:a|an) (?:text|call|phone call|message|email|whatsapp|dm|voicemail|snap)|"
    # (or word of where the child is: "we've just had intel she's in a hotel with an adult male", "just got
    # a tip-off"; thread follow-ups, sixty-second session)
    r"just (?:got|had|received|been given) (?:(?:some|new|fresh|a|an)\s+)?(?:intel(?:ligence)?|information|info|tip-?off|sighting)|"
    # the asker naming the case as live, as a colleague would in a thread: "ok. on a live one: dad ...",
    # "can you help with something live - ..." (not "not a live case", :data:`_NOT_REAL`; nor a live
    # stream or a live session; thread follow-ups, sixty-second session)
    r"(?:(?<=\bon\s)|(?<=\bgot\s)|(?<=\bhave\s)|(?<=\bwith\s)|(?<=\bhelp with\s))(?:a |an |one )?live (?:one|case|situation|incident|disclosure)(?=\s*[:\-–—,.;!?]|\s+(?:here|now|for you|on|at|in)\b)|"
    r"\bsomething live(?![\w-])|"
    # (the police on the way, counted in minutes: "police are still 10 mins away")
    r"police (?:are|is|['’]re)\s+(?:still\s+|only\s+)?(?:\d+|five|ten|fifteen|twenty|a few) (?:mins?|minutes) away|"
    r"just (?:come|came) (?:to|into|in to|round to|up to) (?:my|our|the) (?:door|office|desk|room|reception|house|flat|classroom|car)|"
    # seen or caught at it a moment ago: "a teacher here has just been seen hitting a child"
    r"just been (?:seen|caught|spotted|heard|found)|"
    # ... or at it a moment ago: "a man has just been photographing kids at our school gate" (not the
    # asker's own reading or work: "I've just been reading the review"; fifty-ninth session)
    r"(?:has|have|['’]s|['’]ve) just been (?!(?:reading|looking|thinking|writing|doing|working|talking|discussing|studying|researching|"
    r"learning|teaching|training|listening|watching|going|asked|told|sent|given|drafting|typing|updating|reviewing)\b)[a-z]+ing\b|"
    # something going on for an hour or more as the asker writes: "the baby next door has been
    # screaming for an hour", "a little boy who's been sitting on the doorstep for two hours" (not
    # "for two years", nor "had been", nor a habit: "for two hours every day"; fifty-ninth session)
    r"(?:has|have|['’]s|['’]ve) been (?:[a-z]+ing)\b[^.?!]{0,80}?\bfor (?:an|one|two|three|four|five|six|a few|several|\d+) (?:hours?|hrs?|mins?|minutes)\b"
    r"(?!\s+(?:every|each|a (?:day|night|week)|at a time|per|most|some|on and off))|"
    # someone still there as the asker writes: "he's still parked on the road", "she's still inside
    # with him", "they're still there now" (fifty-ninth session)
    r"(?:is|are|['’]s|['’]re) still (?:parked|outside|there|here|about|around|nearby|waiting|sat|sitting|inside|downstairs|upstairs|in (?:the|his|her|their|that) (?:car|van|building|house|flat|room))|"
    # a scene getting worse as the asker writes: "he's getting aggressive" (fifty-ninth session)
    r"(?:is|are|['’]s|['’]re) (?:getting|becoming|now) (?:really |very |more |increasingly )?(?:aggressive|violent|abusive|threatening|agitated)|"
    # (or, in the present tense, with the staff in front of him: "he is very aggressive with the staff"; sixty-first session)
    r"(?:is|are|['’]s|['’]re)\s+(?:very\s+|really\s+|so\s+|being\s+)?(?:aggressive|violent|abusive|threatening)\s+(?:with|towards|to|at)\s+"
    r"(?:the\s+|our\s+|my\s+)?(?:staff|us|me|reception(?:ist)?|workers?|nurses?|teachers?)\b|"
    # a scene going on: "is chasing his nephew round the house", "in front of the kids"
    r"(?:is|are|'s|'re)\s+(?:chasing|swinging|coming at|going for|standing over|stood over|screaming at|shouting at|hiding (?:in|under|from|behind))|"
    r"in front of (?:the|his|her|their|my|our) (?:kids|children|child|baby|boy|girl|siblings|family)|in the building|"
    # a child just gone (not "children who have just gone missing")
    r"(?:has|['’]s)\s+just\s+(?:gone missing|run off|run away|disappeared)|"
    # someone waiting for the child now: "he's waiting outside school"
    # (or standing there, watching: "he is standing outside the room", sixty-first session)
    r"(?:he|she|they)(?:\s+is|['’]s|\s+are|['’]re)\s+(?:waiting|parked|sat|sitting|hanging around|standing|stood|watching)\s+(?:right\s+)?(?:outside|at|by|near)\b|"
    # what someone hears as it happens: "she can hear a man screaming he's going to kill the kids"
    r"(?:i|she|he|they|we|mum|dad|(?:a|the|her|his|my|our) neighbou?r)\s+can\s+hear|"
    # a child on the line now: "our 14yo is ringing me from a hotel room" (fifty-seventh session)
    r"(?:is|['’]s|are|['’]re)\s+(?:ringing|calling|phoning|facetiming|on the phone to|on the line to)\s+(?:me|us)\b|"
    r"in front of me|with (?:me|us)|in my (?:(?:consulting|consultation|therapy|treatment|counselling|interview|clinic|medical|side)\s+)?(?:office|room|classroom|car)|(?:has|'s|have|'ve) (?:just )?(?:turned up|shown up|arrived)|sitting (?:here|with me|in)|here with me|still (?:missing|out|not (?:home|back))|"
    r"since (?:last night|this morning|yesterday|lunch|school)|"
    # (as a second language often has it: "is missing since 2 nights")
    r"(?:since|from) (?:\d|two|three|four|a few|several) (?:nights?|days?)|"
    # (or "since days", "from yesterday", "since yesterday night": a state still going on; sixty-first session)
    r"(?<=\w\s)since (?:days|hours)|(?:since|from) yesterday(?: night| evening| morning)?|straight after school|after school (?:today|tonight)|tomorrow|next week|over the weekend|"
    r"(?:an|one|two|three|a few|\d+) (?:minutes?|hours?|hrs?) ago|(?:it |this |that )?just happened|in (?:a few|five|ten|\d+) (?:mins?|minutes?)|all (?:day|night)|(?<!\bmoved )(?<!\bmoving )(?<!\bmove )(?<!\bpassed )(?<!\bpushed )about to|"
    r"any (?:minute|moment|second) now|any (?:minute|moment|second)|just (?:run|ran|come|came|walked) in|"
    # someone on the way to the child: "he's on his way", "heading that way", "due back at 6",
    # "keeps ringing mum saying he's coming back" (fifty-fourth session)
    r"on (?:his|her|their) way(?:\s+(?:here|over|round|back))?|heading (?:that way|this way|there|here|over|round|back)|"
    r"due back|coming back|keeps? (?:ringing|calling|texting|messaging)|"
    # (someone come for the child and here now: "they're here to take him", "he's outside for her"; closed-question persona,
    # fresh 40 of round 2)
    r"(?:they|he|she|the (?:men|man|lads|guys|olders?|gang))(?:['’]re|\s+are|['’]s|\s+is)\s+(?:already\s+|now\s+)?(?:here|outside|downstairs)\s+(?:now\s+)?"
    r"(?:to\s+(?:take|get|collect|pick|fetch|grab|drag|move)|for)\s+(?:him|her|them)\b|"
    # (or back within minutes: "the men who run it are back in a minute", "he'll be back shortly";
    # agency/role persona, break-it misses, 2026-12-07)
    r"back (?:in (?:a|one|a few|two|five|ten|\d+) (?:minute|min|sec|second|moment|mo)s?|shortly|any (?:min|sec|time now))|"
    r"(?:\d+|a few|two|three|five|ten) mins? ago|(?:and|but)\s+can\s+hear|after school(?!\s+(?:clubs?|activit\w*|provision|care|sessions?))|"
    r"outside (?:my|the|our) (?:office|door|front door|classroom|house|flat|window|gates?)|"
    r"since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|(?:1[0-2]|[1-9]) ?(?:am|pm)|midnight|"
    # (a time today said as "at 3 o clock", sixty-first session)
    r"(?:1[0-2]|[1-9])\s?o['’ ]?clock)\b",
    _F,
)

#: a learning event's or meeting's coming date, which is no marker of now: "that's the topic
#: of our training session next week", "team meeting tomorrow will cover drug debts",
#: "tomorrow's safeguarding briefing", "tonight's webinar" (a meeting or training going on
#: today is a place things happen: "at the CP meeting this morning dad turned up drunk"); nor an
#: interview or appointment booked: "return interview booked for tomorrow" (fifty-seventh session)
_EVENT_TIME = re.compile(
    r"\b(?:training|course|workshop|seminar|webinar|briefing|presentation|conference|inset|cpd|lecture|module|induction|"
    r"teaching session|learning session|training session|awareness session|session|meeting|supervision|agenda|slides?|practice week|away day|"
    r"review|panel|hearing|core group|strategy discussion|discussion|(?:return )?interview|rhi|appointment)s?\b"
    r"(?:(?!\b(?:told|said|says|disclosed|saw|seen|knocked|came)\b)[^.?!]){0,25}?"
    r"\b(?:next week|tomorrow|tmrw)\b"
    r"|\b(?:next week|tomorrow|tmrw|today|tonight|this (?:morning|afternoon|week))['’]s\s+(?:[\w-]+\s+)?(?:training|course|workshop|seminar|webinar|"
    r"briefing|presentation|conference|inset|lecture|session|meeting|supervision|agenda|slides?|practice week|away day)\b"
    r"|\b(?:next week|tomorrow|tmrw|today|tonight)['’]s\b(?=[^.?!]{0,40}\b(?:training|webinar|briefing|meeting|supervision|session|theme|topic|agenda)\b)"
    # a meeting said as "one": "strategy discussions? We've got one tomorrow about a 13yo ..."
    r"|\b(?:we['’]ve got|we have|we['’]ve|there['’]s|i['’]ve got|i have)\s+(?:one|it|ours)\s+(?:tomorrow|tmrw|next week)\b"
    # a practice compared over time: "fgm risk assessments - any better now?"
    r"|\b(?:any |much |no |getting |got )?(?:better|improved|improving) (?:now|these days|nowadays)\b",
    _F,
)

#: a child sold on: "selling a 14 year old girl to another man tonight"
_SOLD_CHILD = (r"(?:a|the|this|my|our|his|her)\s+(?:\d{1,2}[- ]?(?:year|yr)s?[- ]old\s+|young\s+|little\s+)?"
               r"(?:girl|boy|child|kid|teen|teenager|baby|young person|pupil|student|daughter|son|niece|nephew)(?!['’]s)")

#: an adult said not to be the child's family, as a second language says it, the article often dropped (sixty-first
#: session, round 2): "man who is not family", "two men not family", "a man who is not her father", "men not from the family"
_NOT_FAMILY_ADULT = (r"(?:(?:a|an|the|one|two|three|some|this|that)\s+)?(?:(?:older|adult|unknown|strange)\s+)?"
                     r"(?:man|men|adults?|strangers?|guys?|males?|person|people|woman|women)\s+"
                     r"(?:(?:who|that)\s+(?:is|are|['’]s|['’]re)\s+)?(?:not|no)\s+(?:(?:of|from)\s+)?(?:(?:his|her|their|the|a)\s+)?"
                     r"(?:family|relatives?|related|father|dad|parents?|uncle|mother|mum|carers?|guardian)\b")
#: one child named by a noun (no pronoun): "the girl 9", "a year 7 boy", "the 13yo"
_KID_NOUN = (r"(?:child|kid|boy|girl|baby|toddler|infant|son|daughter|pupil|student|minor|teen(?:ager)?|young person|yp|"
             r"\d{1,2}\s*(?:yo|y/o))")
#: a child sold, given to men, bought or snatched (sixty-first session, round 2): what before "she is still in his house"
#: says the sale or taking goes on now (:data:`_CUES` "still_held_after_taken")
_SOLD_OR_TAKEN = (r"\b(?:sold|sell|sells|selled|bought|traded|trafficked|kidnapped|abducted|snatched"
                  r"|(?:give|gives|gave|given|hand|handed|offer|offered)\s+(?:(?:her|him|them)\s+)?to\s+(?:(?:a|an|the|some|two|three|other|older|different)\s+)*"
                  r"(?:man|men|males?|guys?|strangers?|husband|buyer|traffickers?)"
                  r"|(?:take|takes|took|taken|grab|grabs|grabbed)\s+(?:(?:her|him|them|the|a|our|my|his|this|that)\s+)?(?:[\w-]+\s+){0,3}?(?:from|off|outside)\s+"
                  r"(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:park|street|road|school|shop|playground|bus stop|station|estate|gates?|home|house|flat))\b")
#: the child still where the one who sold or took them holds them: "she is still in his house", "still with him", "he is still
#: in that house", "she is still there"
_STILL_HELD = (r"\bstill\s+(?:(?:is|are)\s+)?(?:(?:in|at|inside)\s+(?:his|their|that|this|the\s+(?:man|men|buyer|trafficker)(?:['’]s?)?|the same|"
               r"(?:her|his|their)\s+(?:uncle|boss|husband|buyer|trafficker)['’]?s?)\s+(?:[\w-]+\s+)?(?:house|flat|place|room|home|car|van|building|basement|shed|brothel)"
               r"|with\s+(?:him|them|the\s+(?:man|men|buyer|trafficker|husband)|that man|those men|these men|this man)"
               r"|there|kept|held|locked|trapped)\b")

#: who is pursued, in a chase told now: "following us", "behind the bus", "looking for her" ("her"
#: not as a possessive: not "following her case"), not a pursuit of weeks or online ("has been
#: following her for months", "following her on insta", "every day")
_PURSUED = (r"(?:(?:the|a|my|our|this)\s+(?:[\w-]+\s+)?(?:girl|boy|child|kid|minor|pupil|student|teenager|young person)|us|me|him|them|her(?=\s*(?:[,.;:!?)\-–—]|$)|\s+(?:now|and|but|in|into|round|around|everywhere|down|up|along|through|"
            r"from|right|still|again|all|with|when|as|so|because|cos|coz|or|here|there|to|off|across|onto|towards)\b)"
            r"|the (?:bus|car|cab|taxi|van|train|tram|lorry))\b"
            r"(?![^.?!]{0,40}\b(?:every (?:day|morning|night|evening|week|time)|for (?:weeks|months|years|days|ages)|since (?:last|the) (?:week|month|year)"
            r"|on (?:insta\w*|tiktok|twitter|facebook|fb|snap\w*|social media|socials|youtube)|online)\b)")

#: those who hold or hurt a child coming back for them (:data:`_CUES` "coming_for_child"): "they're coming back for her tonight"
_COMING_BACK = (r"\b(?:they|he|the\s+(?:men|man|gang|olders?|elders?|dealers?|traffickers?|guys?|lads|boys))(?:['’]re|\s+are|['’]s|\s+is|['’]ll|\s+will|"
                r"\s+are going to|\s+is going to)\s+(?:be\s+)?(?:coming|come)\s+back\s+(?:for|to get)\s+(?:her|him|them|me)\b")

#: what stands inside a quotation up to a point (an apostrophe inside a word does not end it): "'they're waiting for me
#: outside, if I don't go with them ..."
_IN_QUOTE = r"(?<!\w)['‘\"“](?:[^'’\"”]|(?<=\w)['’](?=\w)){0,100}?"
#: the threat itself: "he'll kill me", "they're gonna hurt my little sister", "he'll post the pics and kill me" (another deed
#: first, joined by "and": sixty-third session, a second writer)
_THREAT_TO_SPEAKER = (r"\b(?:he|she|they|the (?:olders?|men|gang|dealers?))\s*(?:['’]ll|ll|will|is going to|['’]s going to|are going to|"
                      r"['’]re going to|is gonna|['’]s gonna|are gonna|['’]re gonna|gonna)\s+(?:(?:[\w'’-]+\s+){1,5}?and\s+)?"
                      r"(?:(?:kill|murder|stab|shank|shoot|hurt|beat|batter|burn|rape)\s+"
                      r"(?:me|us|my\s+(?:little\s+|big\s+|baby\s+)?(?:mum|mam|mom|mother|sister|brother|family|nan|dad|baby))|take me away"
                      # (or a bone to be broken: "'when I get home he's going to break my arm'"; closed-question persona, blind 120)
                      r"|(?:break|snap|smash)\s+(?:both\s+)?my\s+(?:[\w-]+\s+)?(?:arms?|legs?|neck|jaw|nose|face|fingers?|ribs?|bones?|wrists?|head|skull|teeth)"
                      # (or held under water: "'mummy said she'll put me in the bath and hold me under if I tell'"; threshold persona, round 2)
                      r"|(?:hold|push|keep|put)\s+me\s+under(?:\s+the)?(?:\s+water)?|drown\s+me(?!\s+in\s+(?:homework|work|paperwork|emails?|questions|kisses)))\b")
#: the end of quoted words still to come (the mirror of :data:`_IN_QUOTE`), for a quotation whose opening the sentence split
#: has cut off at a question inside it: "'can I stay here tonight? please? he'll hurt me when mum goes to work' - 9yo girl"
_QUOTE_ENDS = r"(?=(?:[^'‘’\"“”]|(?<=\w)['’](?=\w)){0,100}?['’\"”](?!\w))"
#: a threat against the speaker inside quoted words (sixty-third session, the voice of the child: practitioners quote the
#: child): "in his words: 'they're waiting for me outside, if I don't go with them they'll stab me'", "just messaged
#: 'if I don't go they'll hurt my mum'", "'he's gonna kill me'" (the speaker is threatened; a past, safe, supposed or
#: role-played telling is held by the frames)
_QUOTED_THREAT = r"(?:" + _IN_QUOTE + _THREAT_TO_SPEAKER + r"|^\W*" + _THREAT_TO_SPEAKER + _QUOTE_ENDS + r")"
#: the opening of quoted words and one character inside them (an apostrophe inside a word does not end them)
_QUOTE_OPENS = r"(?<!\w)['‘\"“]"
_QUOTE_BODY = r"(?:[^'’\"”]|(?<=\w)['’](?=\w))"
#: someone waiting for the speaker now, in the child's own words (sixty-third session, a third round): "my uncle is waiting
#: for me at the bus stop", "he's outside waiting", "she's picking me up at the gate" (:data:`_CUES` ``harmer_waiting_quoted``)
_WAITING_FOR_ME = (r"\b(?:is|are|['’]s|['’]re)\s+(?:already\s+|still\s+|now\s+)?(?:waiting\s+(?:for\s+me|outside)|outside\s+waiting|"
                   r"parked\s+outside|picking\s+me\s+up|collecting\s+me|coming\s+(?:for|to\s+get)\s+me)\b")
#: what the one waiting does to the speaker, in the child's own words: "he makes me do things", "he touches me"
_DOES_TO_ME = (r"\b(?:makes?\s+me\s+(?:do|touch|watch|take)|touch(?:es)?\s+me|hurts?\s+me|hits?\s+me|beats?\s+me|"
               r"does\s+(?:things|stuff)\s+to\s+me)\b")
#: a child's own words quoted after a verb of saying or a label (sixty-third session): "she said 'if you make me go back
#: to dad's tonight i'll jump off the bridge'", "in his words: 'if I don't go with them they'll stab me'". A condition
#: inside them is the child's, part of a real threat, not the asker's supposition (:func:`_without_child_words`); "if a
#: child says 'don't tell anyone' ..." keeps its own
_CHILD_WORDS = re.compile(
    r"\b(?:said|says|say|saying|told (?:me|us|her|him|them)|tell (?:me|us)|whisper(?:ed|s|ing)?|messaged|texted|wrote|cried|sobbed|shouted|"
    r"screamed|begged|pleaded|words?(?:\s+(?:were|was))?|word for word)(?:\s+(?:to\s+)?(?:me|us|her|him|them))?\s*[:,\-–—]?\s*"
    r"['‘\"“](?P<words>(?:[^'’\"”]|(?<=\w)['’](?=\w))*)", _F)
#: the speaker's own "I" in quoted words, which makes them the child's, not a rule or a question quoted ("our DSL wrote 'if a
#: pupil discloses that she is being abused today, phone MASH'")
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|im|ive)\b|\bi['’](?:m|ll|ve|d)\b", _F)


def _without_child_words(text: str) -> str:
    """``text`` with the child's quoted words (:data:`_CHILD_WORDS`, in the first person) blanked, positions kept."""
    def blank(m: re.Match[str]) -> str:
        if not _FIRST_PERSON.search(m.group("words")):
            return m.group(0)
        return m.group(0)[: m.start("words") - m.start()] + " " * len(m.group("words"))
    return _CHILD_WORDS.sub(blank, text)


#: what a child armed says he will do, and to whom (:data:`_CUES` "armed_intent_now"): "'do' his stepdad", "stab him", "use it on
#: her brother"
_ARMED_DEED = (r"(?:['‘\"“]?(?:do|sort|get)['’\"”]?\s+(?:his|her|their|the|my)\s+(?:[\w-]+\s+)?"
               r"(?:step-?dad|dad|father|stepfather|mum|mother|step-?mum|brother|sister|uncle|boyfriend|partner|teacher|cousin)"
               r"|(?:stab|shank|knife|kill|hurt|cut|slash|murder|batter|use it on)\s+(?:him|her|them|(?:his|her|their|the|my)\s+(?:[\w-]+\s+)?"
               r"(?:step-?dad|dad|father|stepfather|mum|mother|step-?mum|brother|sister|uncle|boyfriend|partner|teacher|cousin|mate|friend)))\b")
#: an adult "boyfriend" of a child (:data:`_CUES` "meeting_adult_boyfriend_now"), his age or his record told, or the word quoted:
#: "her 'boyfriend'", "her boyfriend (28)", "her boyfriend, who is 24", "her 30 year old boyfriend" (not one of her own age: "her
#: boyfriend from year 11")
_ADULT_BOYFRIEND = (r"(?:['‘\"“]?(?:her|his|their|a|an|this|the)\s+['‘\"“]?(?:older\s+)?(?:boyfriend|bf|girlfriend|gf|friend|mate|uncle)['’\"”]?"
                    r"\s*(?:\(\s*(?:aged?\s+)?(?:1[89]|[2-9]\d)\b|,\s*(?:who\s+is\s+|who['’]s\s+|aged?\s+)?(?:1[89]|[2-9]\d)\b|(?:who(?:['’]s|\s+is)\s+)?(?:1[89]|[2-9]\d)\s*(?:yo|years? old|yrs?)\b"
                    r"|who(?:['’]s|\s+is)\s+(?:1[89]|[2-9]\d)\b(?!\s*(?:months?|weeks?|days?|%))"
                    r"|(?:who(?:['’]s|\s+is)\s+|,\s*)?(?:known to (?:the\s+)?police|an adult|much older|in (?:his|her|their) (?:20|30|40|50)s)\b)"
                    r"|(?:her|his|their)\s+['‘\"“](?:boyfriend|bf|uncle)['’\"”]"
                    r"|(?:her|his|their|an?)\s+(?:1[89]|[2-9]\d)[- ]?(?:year|yr)[- ]?old\s+(?:boyfriend|bf|girlfriend|gf|friend|mate))")
#: a message of a flight from someone (:data:`_CUES` "fled_abuser_found_now"): "in a refuge", "fled", "a safe house", "a non-mol"
_FLED = re.compile(r"\b(?:refuge|fled|fleeing|flee|safe ?house|in hiding|hiding from|ran away from|run away from|escaped|non-?mol\w*|injunction|"
                   r"restraining order|moved (?:away )?to get away|new address|secret address|domestic abuse|domestic violence|da)\b", _F)


# Each cue: (name, pattern, needs_immediacy). Strong cues fire alone; weak ones need a
# marker from _NOW somewhere in the message.
_CUES: list[tuple[str, re.Pattern[str], bool]] = [
    # live disclosure to the practitioner
    ("disclosure", re.compile(
        # (not the asker telling someone: "I've told my TM", "we have told our DSL")
        # (and told in a whisper: "she's whispered to me that he's the one who ...", closed-question persona, blind 120)
        r"(?<!\bi)(?<!\bwe)(?<!\bi )(?<!\bwe )(?<!\bi have )(?<!\bwe have )(?<!\bi['’]ve )(?<!\bwe['’]ve )\b(?:has|have|just|'s|'ve)\s+(?:just\s+)?(?:told|disclosed(?:\s+to)?|said\s+to|confided\s+in|shown|showed|whispered\s+to)\s+(?:me|us|my|our)\b"
        r"|\b(?:told|disclosed to|confided in)\s+(?:me|us)\s+(?:today|just now|this (?:morning|afternoon))"
        # (or the telling dated today with no one told named: "girl (15) disclosed this afternoon that her dad ...", "he
        # disclosed to his tutor this morning"; closed-question persona, blind 120)
        r"|\bdisclosed\s+(?:to\s+(?:me|us|(?:his|her|their|the|a|our|my)\s+[\w-]+)\s+)?(?:today|just now|earlier today|this (?:morning|afternoon|evening)|at (?:lunch|break)(?:time)?)\b"
        r"|\b(?:is|are)\s+disclosing\b|\bjust disclosed\b"
        # (the verb alone after a marker of now: "15 year old in my consulting room now disclosing
        # that her 30 year old 'boyfriend' is waiting", fifty-seventh session)
        r"|\b(?:now|currently|right now)\s+disclosing\b"
        r"|\b(?:a|my|our|this|the)\s+(?:[\w-]+\s+){0,2}?(?:pupil|child|student|client|boy|girl|young person|teenager|learner|year[- ]old)\s+(?:has|'s)\s+(?:just\s+)?disclosed\b", _F), False),
    # present-tense harm
    ("present_harm", re.compile(
        rf"\b(?:is|are|'s|'re|keeps?|still)\s+(?:being|getting)\s+{_HARM}\w*"
        rf"|\b(?:is|are|'s|'re)\s+(?:{_HARM}\w*ing)\s+(?:him|her|them|the (?:child|baby|kids?|boy|girl)|my|his|their)\b"
        rf"|\b(?:is|are|'s|'re) (?:beating|hitting|hurting|strangling|choking|shaking|attacking|abusing)\b", _F), False),
    ("unsafe_now", re.compile(
        r"\b(?:not safe to go home|scared to go home|afraid to go home|too scared to go home|won'?t go home because|"
        # (not denied: "... but she isn't in danger right now", sixtieth session)
        r"(?<!\bnot )(?<!n't )(?<!n’t )(?<!no longer )(?<!never )in (?:immediate )?danger|(?<!\bnot )(?<!n't )(?<!n’t )at immediate risk|immediate risk of|being held|locked (?:in|out)|"
        r"(?:won'?t|wont|will not|isn'?t letting|is not letting) let (?:me|us|her|him|them) (?:leave|go|out|in)\b|"
        # (a carer keeping the children in: "standing in the doorway and won't let the kids leave")
        r"(?:won'?t|wont|will not|isn'?t letting|is not letting) let (?:the|my|our|his|her|their)\s+(?:kids|children|child|baby|boy|girl|son|daughter|twins) leave\b|"
        r"\b" + _KID + r"\s+(?:is|are|'s|'re)\s+hiding\b|"
        rf"(?:has|have) (?:got )?(?:a )?(?:knife|weapon|gun)(?!\s+(?:crime|offences?|conviction))|threatening to (?:kill|hurt|stab)|"
        # a weapon taken up in the present perfect or progressive: "uncle's grabbed a bread knife"
        r"(?:has|have|'s|'ve|is|are|'re)\s+(?:just\s+)?(?:got out|grabbed|picked up|pulled out|taken out|waving|brandishing|wielding|swinging)\s+"
        rf"(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?{_WEAPON}\b|"
        r"(?:turned up|waiting|outside)\s+(?:at|outside)?\s*(?:the )?(?:school|gates|nursery|home) (?:to (?:take|collect)|demanding)|"
        r"(?:fresh|new) (?:bruis|burn|injur|mark)\w*|bleeding|unconscious|not breathing|"
        # an injury in front of the practitioner: "with blood on his face"
        r"(?:blood|cuts?|bruis\w*|burns?|marks?) (?:on|all over|around) (?:his|her|their|the (?:child|baby|boy|girl)'?s?) "
        r"(?:face|head|neck|arms?|legs?|body|back|hands?|eye)|"
        # someone threatening at the door: "stepdad is outside the school gates now shouting"
        r"(?:outside|at) (?:the )?(?:school |front )?(?:gates?|door|reception|house|flat|playground)\b.{0,40}?"
        r"\b(?:shouting|screaming|threatening|aggressive|banging|kicking off|trying to get in|refusing to leave)|"
        r"(?:threatened|threatening) to (?:kill|hurt|harm)\b|"
        # someone breaking in where the child is, as it happens: "the kids' dad is outside kicking the front
        # door in" (fifty-ninth session)
        r"(?:is|are|['’]s|['’]re)\s+(?:outside\s+|downstairs\s+|now\s+|still\s+)?(?:kicking|smashing|breaking|battering|booting|trying to (?:kick|break|smash|force))\s+"
        r"(?:in\s+|down\s+)?(?:the|her|his|their|our|my|mum['’]?s)\s+(?:front\s+|back\s+|flat\s+|bedroom\s+|bathroom\s+)?(?:door|windows?)\b)", _F), False),
    # a threat to kill said or shouted, a child held, or one just gone, told second-hand:
    # what the caller hears or was told is observed, whatever question follows ("the dad is
    # shouting he'll kill the mum and the kids are there")
    ("threat_or_held_now", re.compile(
        r"\b(?:"
        # a threat reported in speech: "said hell kill her when she comes out"
        # or shouted: "can hear a man screaming he's going to kill the kids inside"
        r"(?:said|says|saying|told (?:her|him|them|me|us|the (?:kids|children|child|baby|boy|girl|family))|"
        r"(?:is |are |'s |was )?(?:screaming|shouting|yelling|screamed|shouted|yelled)(?: (?:at|to) (?:her|him|them|me|us|(?:the|his|her|their) [\w-]+))?(?:,?\s+says)?(?:\s+that)?)"
        # (a condition between: "the older lot have said if he doesn't do the drop tonight they'll stab his little
        # brother", sixtieth session)
        r"\s+(?:that\s+)?(?:if\s+(?:he|she|they|i|you)\s+[^.?!]{0,50}?,?\s+)?(?:he|she|they|the gang|the men|the dealers|someone|" + _THREATENER + r")\s*(?:'ll|’ll|ll|will|would|'d|is going to|'s going to|’s going to|s going to|is gonna|'s gonna|’s gonna|s gonna|are going to|are gonna)\s+"
        r"(?:kill|murder|stab|shoot|hurt)\s+(?:her|him|them|me|us|(?:the|his|her|their|my|our)\s+(?:little\s+)?(?:child|children|baby|kids?|boy|girl|son|daughter|twins|one|brother|sister)|" + _THREATENER + r")\b"
        # (or the threat said of the child: "a 15 year old in custody says he'll be killed if he talks")
        r"|(?:said|says|saying|told (?:me|us)|been told|reckons|thinks|is scared|'s scared|is afraid|'s afraid)\s+(?:that\s+)?"
        r"(?:if\s+(?:he|she|they|i)\s+(?:talks?|tells?|speaks?|grasses|says|goes)[^.?!]{0,40}?,?\s+)?"
        r"(?:(?:he|she|they)\s*(?:'ll|’ll|ll|will|is going to|'s going to|’s going to|are going to|'re going to|is gonna|'s gonna)\s+"
        r"(?:be|get)\s+(?:killed|murdered|stabbed|shot|hurt|beaten up)\b"
        r"|(?:they|he|she|the gang|someone|the men)\s*(?:'ll|’ll|will|are going to|'re going to|is going to|'s going to)\s+"
        r"(?:kill|stab|hurt|shoot|murder)\s+(?:him|her|them|me|(?:his|her|their|my)\s+\w+)\b)"
        # (or a bone to be broken, said by the one who threatens: "says her stepdad said when she gets home he'll break her arm";
        # closed-question persona, blind 120)
        r"|(?:said|says|saying|told (?:her|him|them|me|us)|threaten\w*)\b[^.?!]{0,50}?\b(?:he|she|they|" + _THREATENER + r")\s*(?:'ll|’ll|ll|will|is going to|'s going to|’s going to|"
        r"are going to|'re going to|’re going to|is gonna|'s gonna|’s gonna|are gonna)\s+(?:break|snap|smash)\s+(?:both\s+)?(?:his|her|their)\s+(?:[\w-]+\s+)?"
        r"(?:arms?|legs?|neck|jaw|nose|face|fingers?|ribs?|bones?|wrists?|head|skull|teeth)\b"
        # (someone a child knows held now: "her cousin is being kept in a house ... isn't allowed out")
        r"|\b(?:her|his|my|our|their)\s+(?:little\s+|older\s+|big\s+)?(?:cousin|sister|brother|friend|niece|nephew|daughter|son|mate)(?:\s+is|['’]s)\s+(?:being\s+)?(?:kept|held|locked)\s+(?:in|at|inside)\b"
        # (a child just gone missing: "the boy she looks after, who's just gone missing with older men")
        r"|\b(?:has|'s|’s|have|'ve)\s+just\s+(?:gone missing|run off|run away|disappeared|gone off with)\b)"
        # (or inside the child's quoted words, with no verb of saying before the threat: "in his words: 'they're waiting for
        # me outside, if I don't go with them they'll stab me'"; sixty-third session)
        r"|" + _QUOTED_THREAT, _F), False),
    # a beating threatened for when the child gets home, told second-hand (threshold persona): "his dad said he'll batter him
    # when he gets home", "mum told her she's going to give her a hiding when she gets back" (the homecoming is the time: no
    # other marker is needed)
    ("beating_threat_at_home", re.compile(
        r"\b(?:said|says|saying|told (?:him|her|them|me|us)|tells (?:him|her|them|me|us)|threaten\w*|warned|texted|messaged)\b[^.?!]{0,50}?"
        r"\b(?:he|she|they|" + _THREATENER + r")\s*(?:'ll|’ll|ll|will|is going to|'s going to|’s going to|s going to|are going to|'re going to|is gonna|'s gonna|’s gonna|s gonna|are gonna)\s+"
        r"(?:(?:batter|beat|hit|whack|thump|leather|belt|smack|punch|kick|wallop|hammer|deck|slap|strangle|burn)\s+(?:him|her|them|me)\b"
        r"|give\s+(?:him|her|them|me)\s+(?:a\s+)?(?:good\s+|proper\s+|real\s+)?(?:hiding|beating|kicking|slapping|belting|leathering|battering))"
        r"[^.?!]{0,40}?\b(?:when|once|as soon as|the minute|the moment)\s+(?:he|she|they|i)\s+(?:gets?|goes?|arrives?|comes?)\s+(?:home|back)\b"
        # (or the homecoming first, as its condition: "he says if he goes home today his dad will batter him", "she said once she
        # gets back tonight her stepdad'll give her a hiding"; threshold persona, round 3)
        r"|\b(?:said|says|saying|told (?:him|her|them|me|us)|tells (?:him|her|them|me|us)|warned|texted|messaged)\s+(?:that\s+)?(?:if|when|once|as soon as)\s+"
        r"(?:he|she|they|i)\s+(?:gets?|goes?|arrives?|comes?|walks?\s+in)\s+(?:home|back)\b[^.?!]{0,25}?\b(?:he|she|they|" + _THREATENER + r")\s*"
        r"(?:'ll|’ll|ll|will|is going to|'s going to|’s going to|s going to|are going to|'re going to|is gonna|'s gonna|’s gonna|s gonna|are gonna)\s+"
        r"(?:(?:batter|beat|hit|whack|thump|leather|belt|smack|punch|kick|wallop|hammer|deck|slap|strangle|burn)\s+(?:him|her|them|me)\b"
        r"|give\s+(?:him|her|them|me)\s+(?:a\s+)?(?:good\s+|proper\s+|real\s+)?(?:hiding|beating|kicking|slapping|belting|leathering|battering))", _F), False),
    # (not a word that only starts like one: "she's on the ward now and stable", "rapid review",
    # "lockdown"; sixtieth session)
    ("harm_with_marker", re.compile(
        rf"(?<!\bnon-)(?<!\bnon )\b(?!stabl|rapid|rapport|lockdown|locker|burnout|harmon|hitherto|shaken up\b)(?:{_HARM}\w*|aggressors?\b(?!\s+(?:programmes?|programs?|course|intervention|work)\b))\b", _F), True),
    # child missing now
    ("missing_now", re.compile(
        r"\b(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|never)\s+(?:come|came|returned|got|arrived|turned up)\s*(?:home|back|to school|in|from school)\b"
        # (the present perfect made with "is", as many languages make it: "is not come home", "is not returned from school")
        r"|\b(?:is|are|['’]s|['’]re)\s+not\s+(?:yet\s+)?(?:come|came|returned|arrived|turned up)\s+(?:back\s+)?(?:home|back|to school|in|from (?:the\s+)?(?:school|college|placement|contact)"
        r"|(?:at|to|in)\s+(?:the|her|his|their)\s+(?:[\w'’-]+\s+)?(?:home|placement|unit|house|school))\b"
        r"|\bcan'?t (?:find|locate)\s+(?:my|our|him|her|them|the (?:child|baby|boy|girl|kids?))\b"
        r"|\bno(?:-| )one knows where (?:he|she|they) (?:is|are)\b|\bnobody knows where\b"
        r"|\b(?:hasn'?t|has not|haven'?t|have not)\s+been\s+(?:seen|heard from)\b"
        # "she hasn't been home since Friday", "he's not been back since the weekend"
        r"|\b(?:hasn[’']?t|has not|haven[’']?t|have not|(?:he|she|they)[’']?s not|(?:he|she)\s+is not)\s+been\s+(?:home|back|in touch|to school)\b"
        r"\s+(?:since|for)\b"
        # "no one has seen her since Friday", "nobody's heard from him since last night"
        r"|\b(?:no(?:-| )one|nobody)(?:\s+has|[’']s|\s+have)\s+(?:seen|heard from)\s+(?:her|him|them)\s+(?:since|for)\b"
        # (or no sign of the child yet: "still no sign of him since he ran from the unit last night", "no trace of her since
        # 6pm"; not "no sign of injury"; closed-question persona, round 4)
        r"|\b(?:still\s+no|no)\s+(?:sign|trace|sighting|word)\s+of\s+(?:her|him|them)\s+(?:since|for|yet)\b|\bstill\s+no\s+(?:sign|trace|sighting)\s+of\s+(?:her|him|them)\b(?=\s*(?:[.,;:!?\-–—]|$))"
        r"|\bstill\s+(?:isn'?t|isnt|is not|not|hasn'?t|hasnt)\s+(?:back|home|come back|come home)\b"
        r"|\b(?:won'?t|wont|isn'?t|isnt|not)\s+answer(?:ing)?\s+(?:her|his|their|the)\s+phone\b"
        # a child of the asker's gone missing: "my son's gone missing", "a pupil has gone
        # missing from school", "she's gone missing again", "he's run away and we don't
        # know where he is" (not "children who have gone missing")
        r"|\b(?:my|our|a|the|this|her|his)\s+(?:[\w-]+\s+){0,2}?(?:son|daughter|child|kid|boy|girl|pupil|student|teenager|toddler|baby|brother|sister|"
        # (or by an age: "the 11yo has run off", sixty-third session)
        r"grandson|granddaughter|niece|nephew|cousin|foster child|looked after child|young person|yp|\d{1,2}\s*(?:yo|y/o)|\d{1,2}[- ]?(?:year|yr)[- ]old)"
        r"(?:\s+(?:in|from) (?:our|my|the) (?:care|school|home|class|unit))?(?:\s+(?:has|is)|['’]s)\s+(?:just\s+)?(?:gone missing|run away|run off|disappeared|absconded)\b"
        # (a thread's follow-up may open with its label: "update: he's gone missing again"; threshold persona)
        r"|^\W*(?:(?:update|upd8|follow[- ]?up|fyi|ok|okay|so|and|also|sorry|edit|ps|latest|news)\W+){0,3}(?:he|she)(?:['’]s|\s+has)\s+(?:just\s+)?(?:gone missing|run away|run off|disappeared)\b"
        # (the auxiliary dropped, as a rushed note drops it: "..., not been seen since lunchtime"; not "had not been seen"; threshold persona)
        r"|(?:^|[,;:\-–—]\s*|\band\s+)not\s+been\s+(?:seen|heard from)\s+since\b"
        r"|\b(?:don'?t|do not|doesn'?t|does not)\s+know where (?:he|she|they) (?:is|are)\b"
        # (or where the child has gone: "we don't know where she's gone"; sixtieth session, second pass)
        r"|\b(?:don['’]?t|do not|doesn['’]?t|does not)\s+know where (?:he|she|they)(?:['’]s|['’]ve|\s+has|\s+have)\s+gone\b"
        # ("he's not come home since Tuesday", sixtieth session)
        r"|\b(?:he|she|they)(?:['’]s|['’]ve|\s+has|\s+have)\s+not\s+(?:come|been|got)\s+(?:home|back)\b"
        # (gone off with a man: "16yo girl has gone off with a 30yo man she met on TikTok", sixtieth session)
        # (or out of school with one: "has just run out of school with an older man"; sixtieth session, second pass)
        r"|\b(?:has|have|['’]s|['’]ve)\s+(?:just\s+)?(?:gone|run|ran)\s+(?:off|out of (?:school|college|class|the (?:[\w-]+\s+)?(?:building|house|unit|home|ward|placement|centre|center|gates?)))\s+with\s+(?:a|an|some|two|three|this|that|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:man|men|guy|guys|adult|adults|stranger|strangers|boyfriend|males?|lads|bloke)\b"
        # (or gone out through a window: "14yo boy has gone out the window", "she's climbed out of her bedroom window";
        # closed-question persona, blind 120)
        r"|\b(?:has|have|['’]s|['’]ve)\s+(?:just\s+)?(?:gone|climbed|jumped|got|snuck|sneaked|slipped)\s+out\s+(?:of\s+)?(?:the|his|her|their|a)\s+(?:bedroom\s+|bathroom\s+|back\s+)?window\b"
        # one child missing for days now: "my foster child has been missing for 3 days"
        r"|\b(?:my|our|a|the|this|her|his)\s+(?:[\w-]+\s+){0,2}?(?:son|daughter|child|kid|boy|girl|pupil|student|teenager|foster child|young person|yp)\s+"
        r"(?:has|have)\s+been\s+missing\s+(?:for|since)\s+(?:\d+|two|three|four|five|a few|several|a couple of)\s+(?:days|nights|hours)\b", _F), False),
    # a child held or waited for now: "she's kept there to clean all day, not allowed out,
    # no passport, and the man is due back any minute", "a man she met online is outside the
    # school gates waiting to take her" (fifty-third session: two held-out messages missed)
    ("held_or_waited_for_now", re.compile(
        r"\b(?:is|are|'s|'re|being)\s+kept\s+(?:there|here|inside|in (?:the|a|that|his|their) (?:house|flat|room|home))\b"
        r"|\b(?:not|isn['’]?t|aren['’]?t|never)\s+(?:being\s+)?allowed\s+(?:out|outside|to leave|to go out)\b"
        # (or said held, in the present tense: "one says they are held against their will and the boss is
        # coming back any minute", "she's held prisoner in the house", "they're being kept prisoner"; not
        # "were held against their will for months"; agency/role persona, break-it misses, 2026-12-07)
        r"|\b(?:is|are|am|['’]s|['’]re|['’]m|being)\s+(?:being\s+|still\s+|now\s+)?(?:held|kept|locked up|imprisoned|detained)\s+"
        r"(?:(?:as\s+)?(?:a\s+)?(?:prisoners?|captives?|hostages?|captive|hostage)\b|(?:[\w'’-]+\s+){0,4}?against\s+(?:his|her|their|my|our|your)\s+will\b)"
        # ("is waiting in the car park outside to take her back to his flat", fifty-seventh session)
        # ("he's waiting for her outside the gates right now to take her back to his", sixtieth session)
        r"|\bwaiting\s+(?:outside\s+|at\s+|by\s+)?(?:[\w'’-]+\s+){0,8}?to\s+(?:take|pick up|collect|grab|meet|get)\s+(?:her|him|them)\b"
        # (or just there: "her brothers are outside her halls to take her back to the family",
        # agency/role persona, 2026-12-07)
        r"|\b(?:is|are|['’]s|['’]re)\s+(?:now\s+)?(?:outside|downstairs|at the door|in the car park)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:take|drag|grab|collect|get)\s+(?:her|him|them)\b"
        r"|\b(?:outside|at)\s+(?:the\s+)?(?:school\s+)?gates?\b[^.?!]{0,40}?\bwaiting\b", _F), True),
    # fifty-ninth session (practitioners in the middle of writing something, written blind by a
    # helper): the adult who controls or exploits a child close by now, told in the present tense:
    # "a man is waiting outside in a car for her and she 'owes' him", "the man who brought her is
    # waiting in the car outside"; or a child passed between men: "he's been passing her round his
    # friends" (not "the man who brought her was waiting", nor "we're waiting for her to ring back")
    ("controller_near_now", re.compile(
        r"\b(?:man|men|guy|guys|bloke|blokes|someone|somebody|adult|stranger|driver|boyfriend|older\s+[\w-]+)\s+(?:is|are|['’]s|['’]re)\s+"
        r"(?:still\s+|now\s+)?(?:waiting|sat|sitting|parked)\s+(?:outside|downstairs|in (?:a|the|his|their) (?:[\w-]+\s+)?(?:car|van))"
        r"(?:\s+[\w'’-]+){0,4}?\s+for\s+(?:her|him|them)\b"
        # (or an older "boyfriend", the word in quotes or said older, waiting outside with no "for her": "says her older
        # 'boyfriend' is waiting outside in a car"; thread follow-ups, sixty-second session)
        r"|\b(?:(?:older|adult|grown)\s+['‘\"“]?(?:boyfriend|friend|mate)['’\"”]?|['‘\"“](?:boyfriend|uncle|cousin|friend|mate)['’\"”])\s*"
        r"(?:is|are|['’]s|['’]re)\s+(?:still\s+|now\s+)?(?:waiting|sat|sitting|parked)\s+(?:outside|downstairs|round the corner|at the (?:gates?|door)|"
        r"in (?:a|the|his|their) (?:[\w-]+\s+)?(?:car|van))\b"
        r"|\b(?:man|men|woman|people|guy|guys|person|ones?|driver|boss)\s+(?:who|that)\s+['‘\"“]?(?:brought|brings?|trafficked|smuggled|drove|drives|controls?|runs?|owns?|pimps?|sold|bought|keeps?)['’\"”]?\s+"
        r"(?:her|him|them)\b[^.?!,;]{0,30}?\b(?:is|are|['’]s|['’]re)\s+(?:still\s+|now\s+|right\s+)?(?:waiting|outside|downstairs|nearby|parked|sat|sitting|"
        r"here|in (?:a|the|his|their) (?:[\w-]+\s+)?(?:car|van)|at the (?:door|gates?))\b"
        r"|\b(?:passing|passes|sharing|shares|handing|hands|lending|lends)\s+(?:her|him|them)\s+(?:a)?round\s+(?:to\s+)?(?:his|their|the|other|older)\s+"
        r"(?:friends|mates|men|brothers|cousins)\b"
        # (or where they wait said first: "there are men outside in a car waiting to take him to a trap house", "a man
        # downstairs waiting for her"; not "were outside"; closed-question persona, round 4)
        r"|\b(?:man|men|guy|guys|bloke|blokes|someone|somebody|adults?|strangers?|older\s+(?:men|lads|boys|males))\s+(?:(?:is|are|['’]s|['’]re)\s+)?(?:still\s+|now\s+)?"
        r"(?:outside|downstairs|round the corner|at the (?:gates?|door)|in (?:a|the|his|their) (?:[\w-]+\s+)?(?:car|van))"
        r"(?:\s+(?:in|at|by)\s+(?:a|the|his|their)\s+(?:[\w-]+\s+)?(?:car|van|gates?|door))?"
        # (the car first, then where it is and "is": "a man in a car outside is waiting to take her to a party"; threshold persona)
        r"(?:\s+(?:outside|downstairs|round the corner))?(?:\s+(?:is|are|['’]s|['’]re))?\s+(?:still\s+|right\s+now\s+|now\s+)?waiting\s+"
        r"(?:for\s+(?:her|him|them)|to\s+(?:take|get|grab|collect|pick up|drive)\s+(?:her|him|them))\b", _F), False),
    # a man met online coming for a child now: "a man from snapchat is picking her up at the end of
    # the road at 4", "a guy she met on insta is waiting outside" (fifty-ninth session)
    ("met_online_meeting_now", re.compile(
        r"\b(?:man|men|guy|adult|someone|somebody|boyfriend|stranger|person|lad)(?:\s+(?:she|he|they)(?:\s+|['’]s\s+|['’]ve\s+)(?:met|been (?:talking|chatting|speaking|messaging) (?:to|with)))?"
        r"\s+(?:(?:from|on|off|via)\s+)?(?:snapchat|snap|instagram|insta|tiktok|discord|roblox|fortnite|whatsapp|facebook|online|an app|a game|the internet|a dating app)\b"
        r"[^.?!]{0,60}?\b(?:is|are|['’]s|['’]re)\s+(?:picking (?:her|him|them) up|meeting (?:her|him|them)|coming to (?:get|collect|meet|pick up|see)|collecting (?:her|him|them)|"
        r"waiting (?:for|outside)|outside)\b"
        # (or the child going to meet him: "13yo says she's meeting a man she met on Roblox at Bluewater at 4
        # today", "is off to meet a guy from snapchat", sixtieth session)
        r"|\b(?:is|are|['’]s|['’]re)\s+(?:meeting|going to meet|gonna meet|off to meet|on (?:her|his|their) way to meet|going to see)\s+"
        r"(?:a|an|this|some|the|that)\s+(?:[\w-]+\s+)?(?:man|men|guy|adult|lad|stranger|someone|somebody|person|boyfriend|bloke)\b"
        r"(?:\s+(?:she|he|they)(?:\s+|['’]s\s+|['’]ve\s+)(?:met|been (?:talking|chatting|speaking|messaging) (?:to|with)))?"
        r"\s+(?:(?:from|on|off|via|in)\s+)?(?:snapchat|snap|instagram|insta|tiktok|discord|roblox|fortnite|minecraft|whatsapp|facebook|online|an app|a game|an online game|the internet|a dating app)\b"
        # (or with him already, the app named after the man, quoted or not: "she's with 'a guy from snapchat' in a hotel"; threshold
        # persona, round 2)
        r"|\b(?:is|are|['’]s|['’]re)\s+(?:now\s+|still\s+|currently\s+)?with\s+['‘\"“]?(?:a|an|some|this|that|the)\s+(?:[\w-]+\s+)?(?:man|men|guy|guys|adult|lad|stranger|bloke|boyfriend)\s+"
        r"(?:(?:she|he|they)(?:\s+|['’]s\s+|['’]ve\s+)(?:met|been (?:talking|chatting|speaking|messaging) (?:to|with))\s+)?(?:from|on|off|via)\s+"
        r"(?:snapchat|snap|instagram|insta|tiktok|discord|roblox|fortnite|minecraft|whatsapp|facebook|online|an app|a game|an online game|the internet|a dating app)\b", _F), True),
    ("unsafe_carer", re.compile(
        r"\b(?:drunk|intoxicated|high|under the influence|passed out|unconscious)\b.{0,60}\b(?:driv\w*|look(?:ing)? after|caring for|in charge of|(?:with|and) the (?:kids|children|baby|toddler))\b"
        # an intoxicated adult set on taking a child: "he's hammered, wants to take his 2 year old home"
        r"|\b(?:drunk|intoxicated|hammered|wasted|off (?:his|her|their) face|(?:stinks|smells|reeks) of (?:alcohol|booze|drink)|can barely stand|slurring)\b.{0,80}"
        r"\b(?:wants? to|trying to|insist\w* on|demanding to|about to)\s+(?:take|drive|collect)\b"
        r"|\bbeing (?:picked up|collected|driven|taken|met) by (?:older|adult|unknown|strange)\s*(?:men|males|adults|people|boys)\b|\bstrangers\b"
        r"|\bin (?:a |an |the |some |his |their |a stranger'?s )?(?:car|van|cab|taxi|flat|house|hotel(?: room)?) with (?:some |two |three |[2-9] |a couple of |a group of )?(?:older|adult|unknown|strange)\s+(?:men|males|man|adults|guys|lads)\b"
        # (or men she does not know: "is in the back of a taxi with two men she doesn't know", fifty-ninth session)
        r"|\bin (?:the back of )?(?:a |an |the |some |his |their )?(?:car|van|cab|taxi|flat|house|hotel(?: room)?) with (?:some |two |three |[2-9] |a couple of |a group of )?"
        r"(?:men|males|guys|lads|adults|a man|a guy)\s+(?:she|he|they)\s+(?:doesn['’]?t|don['’]?t|does not|do not)\s+know\b", _F), False),
    ("missing_marker", re.compile(
        r"\b(?:is|are|has gone|have gone|has been|'s|'s been|went|gone)\s+missing\b"
        # (a child said missing with no verb: "we've got a 13 year old missing since last night")
        r"|\b(?:\d{1,2}[- ]?(?:year[- ]old|yr[- ]old|yo|y/o)|girl|boy|son|daughter|kid|child|teen|teenager)\s+missing\s+(?:since|from|for|overnight)\b"
        # (or a lad, or for days with no "for": "15yo boy missing 3 days", "16yo autistic lad missing from his
        # residential placement since 6am", sixtieth session)
        r"|\b(?:lad|yp|young person|pupil|student|client|foster child)\s+missing\s+(?:since|from|for|overnight)\b"
        r"|\b(?:\d{1,2}[- ]?(?:year[- ]old|yr[- ]old|yo|y/o)|girl|boy|lad|son|daughter|kid|child|teen|teenager|yp|young person|pupil|student)"
        r"(?:,\s*\d{1,2},?|\s*\(\d{1,2}\))?\s+missing\s+(?:for\s+)?(?:\d+|two|three|four|five|six|a few|several|a couple of)\s+(?:days|nights|hours|hrs)\b"
        # (words of whose or where between the child and "missing": "15 yr old on my caseload missing since last night", "a girl
        # we work with has been missing since 6am"; closed-question persona, fresh 40 of round 2)
        r"|\b(?:\d{1,2}\s*[- ]?(?:year[- ]old|yr[- ]old|yrs?[- ]old|yo|y/o)|girl|boy|lad|son|daughter|kid|child|teen|teenager|yp|young person|pupil|student|client|foster child)\b"
        r"(?:\s+(?!(?:was|were|had|who|if|when|whether)\b)[\w'’-]+){1,6}?,?\s+(?:(?:is|are|has been|have been|['’]s been|been|now|still|reported|gone)\s+){0,2}missing\s+"
        r"(?:since|overnight|for\s+(?:\d+|two|three|four|a few|several|a couple of)\s+(?:hours|hrs|nights|days))\b"
        r"|\bran away\b|\brun away\b|\babsconded\b|\bnot answering\b"
        # (and "isn't answering", "isnt answering", as a thread's follow-up says it: sixty-second session)
        r"|\b(?:isn['’]?t|isnt|aren['’]?t|arent|hasn['’]?t been|still not)\s+answering\b"
        # (and one of the asker's own called missing: "just had a sighting of our missing 12yo"; sixty-second session)
        r"|\b(?:my|our|this)\s+missing\s+(?:\d{1,2}\s*(?:yo|y/o)|\d{1,2}[- ]?(?:year|yr)[- ]old|child|kid|boy|girl|lad|teen(?:ager)?|pupil|student|yp|young person|"
        r"son|daughter|foster child|looked after child)\b"
        # (a missing-person report's words, in any order: "missing from home girl 14, last seen 2 hours ago", sixty-first session)
        r"|\blast seen\b|\bmissing\s+from\s+(?:home|care|school|placement|(?:the|her|his|their)\s+(?:home|placement|unit|foster home|school|children['’]s home))\b"
        # ("their 14yo ran off in the last half hour with a 30 year old", agency/role persona,
        # 2026-12-07; not "ran off copies")
        r"|\b(?:ran|run) off\b(?=\s+(?:with|from|again|in the|an? |\d)|\s*[,.;!?\-–—]|\s*$)"
        r"|\bran (?:off )?from (?:his |her |their |the )?(?:placement|foster (?:home|placement|carers?)|children['’]s home|care home|unit|resi)\b"
        # (or gone from it, with no word for running: "13yo gone from placement in the last hour"; sixty-third session, a second writer)
        r"|\b(?:gone|disappeared|vanished|absent)\s+from\s+(?:his |her |their |the )?(?:placement|foster (?:home|placement)|children['’]s home|care home|unit|resi)\b", _F), True),
    # self-harm / suicide intent
    ("self_harm_intent", re.compile(
        r"\b(?:wants?|going|plans?|planning|intends?|intending|threaten(?:s|ing|ed)?|about|trying|tried|says? (?:he|she|they)(?:'s| is| are| will|'ll)?(?: going)?)"
        r"\s+to\s+(?:kill|hurt|harm|cut|hang|end)\s+(?:him|her|them|my|your|it)(?:sel(?:f|ves)|\s+life|\s+all)?"
        r"|\b(?:kill|hurt|harm|cut|hang)\s+(?:my|him|her|them)sel(?:f|ves)\b"
        # (not an accident told: "the 8yo 'hurt himself' playing football", "cut herself falling off her bike"; sixty-third
        # session, a second writer)
        r"(?!['’\"”]?\s+(?:playing|falling|fell|tripping|tripped|by accident|accidentally|in (?:a|an|the) (?:fall|accident|game|match|tackle)|"
        r"(?:on|off) (?:the|a|his|her|their) (?:trampoline|bike|scooter|climbing frame|swings?|slide|skateboard)))"
        # (fifty-seventh session: "the 15yo ... is in her room saying she has a ligature")
        r"|\b(?:has|have|['’]s got|has got|have got|is holding|['’]s holding|(?:has|have|['’]s|['’]ve)\s+(?:just\s+)?(?:made|tied)|is making|is tying|making|tying)\s+(?:a\s+|an?\s+)?ligature\b"
        r"|\bligature\s+(?:round|around|on)\s+(?:her|his|their)\s+neck\b"
        # (a rope or noose with a plan: "he's got a rope in his bag and he's going to do it after
        # school today", agency/role persona, 2026-12-07)
        r"|\bnoose\b|\b(?:has|have|['’]s got|has got|have got|['’]ve got|brought|bought)\s+(?:a\s+|some\s+|the\s+|my\s+)?(?:rope|cord|belt|flex)\b[^.?!]{0,60}?"
        r"\b(?:(?:going to|gonna|plans? to|planning to|wants? to|will)\s+(?:do it|end it|hang)|(?:['’]m|am|['’]s|is)\s+(?:doing|ending) it)\b"
        # (and "finish his life", "take her own life", as a second language says it: sixty-first session)
        r"|\b(?:has|have|got|['’]s got|has got|keeps?|hid|hiding|bought)\s+(?:the\s+|some\s+|a lot of\s+|many\s+|lots of\s+|loads of\s+)?(?:tablets|pills|paracetamol|meds|medication)\b"
        r"[^.?!]{0,60}?\b(?:will|['’]ll|going to|gonna|wants? to|plans? to|planning to)\s+(?:take|swallow|eat)\s+(?:them\s+)?(?:all|them|everything)\b"
        r"|\b(?:end|finish) (?:my|his|her|their) (?:own )?life\b|\btake (?:my|his|her|their) own life\b|\btake (?:all )?(?:of )?(?:my|his|her|their|the) (?:(?:mum|mam|mom|dad|nan|gran)(?:['’]?s)?\s+)?(?:tablets|pills|meds|medication)\b|\btake an overdose\b|\bsuicide note\b|\b(?:has )?taken an overdose\b|\boverdosed\b"
        # a past-tense overdose with a marker of now: "my daughter took an overdose just now"
        r"|\bjust\s+took\s+an\s+overdose\b|\btook\s+an\s+overdose\s+(?:just now|(?:an|half an|one|two|\d+)\s+(?:hours?|minutes?|mins?)\s+ago|tonight|this (?:morning|afternoon|evening)|earlier today)\b"
        r"|\b(?:has|have|'s|’s|just)\s+(?:just\s+)?taken\s+(?:all\s+)?(?:of\s+)?(?:my|his|her|their|the|a load of|loads of)\s+(?:tablets|pills|meds|medication|paracetamol)\b"
        r"|\b(?:is|are|'s|'re)\s+(?:cutting|self[- ]harming|harming)\b"
        # (or where the child is between, the object left unsaid: "she's in the toilets now cutting and won't come out", "he's
        # locked in the bathroom cutting"; not a task, "she's in the art room cutting out shapes"; threshold persona, round 3)
        r"|\b(?:is|are|['’]s|['’]re)\s+(?:locked\s+|hiding\s+|shut\s+)?(?:in|at|on)\s+(?:the|her|his|their|a|my|our)\s+(?:[\w-]+\s+)?[\w-]+\s+"
        r"(?:now\s+|right now\s+|still\s+|currently\s+|again\s+)?(?:cutting|self[- ]?harming)\b"
        r"(?!\s+(?:out|up|off|down|back|across|through|into|in|the|a|an|some|paper|card|hair|fabric|shapes|veg\w*|food|wood|grass|cake|bread|"
        r"(?:his|her|their|my)\s+(?:hair|fringe|nails|food|dinner|lunch|meat|own hair))\b)"
        # (not suicidal thoughts as a topic: "is it 'ask, don't assume' for suicidal thoughts?")
        # (nor said not to be: "she says she's not suicidal", fifty-seventh session)
        r"|(?<!\bnot )(?<!n['’]t )(?<!\bnever )(?<!\blonger )(?<!\bnot feeling )\bsuicidal\b(?!\s+(?:thoughts|ideation|feelings)\b)|\b(?:having|has|expressing|voicing|reporting)\s+suicidal\s+(?:thoughts|ideation|feelings)\b"
        r"|\b(?:on|at) (?:the|a) (?:bridge|roof|railway|tracks|cliff edge|multi[- ]?storey)\b"
        r"(?!\s+(?:garden|terrace|top bar|between|youth|centre|center|club|project|programme|service))"
        # (someone on top of a high place: "he's on top of the multi storey", not "the youth
        # club is on top of the multi storey car park")
        r"|\b(?:" + _KID + r"|\d+\s*yo|someone)(?:'s|’s|\s+(?:is|are|was|'re))\s+(?:now\s+|still\s+)?on (?:the )?top of (?:the|a) "
        r"(?:multi[- ]?storey|car park|building|block|flats|tower|bridge|roof)\b"
        # "going to jump" alone or off/from/in front of/into somewhere dangerous; not "jump
        # ship", "jump straight into the agenda", "jump through hoops", "jump at the chance"
        # (or in the child's own words: "'... i'll jump off the bridge'", sixty-third session)
        r"|\b(?:going|gonna|wants?|threaten\w*|about|trying|says? (?:he|she|they)(?:'s| is| are| will|'ll)?(?: going)?|(?:i|he|she|they)(?:['’]ll| will))\s+(?:to\s+)?jump"
        # (the child's quoted words may end on it: "'... and I'm going to jump'")
        r"(?:\s*(?:[,.!?]|['’\"”](?!\w)|$)|\s+(?:now|right now|tonight|today|in a minute)\b(?!\s+(?:into|onto|to|on|straight|in)\b)|\s+(?:off|from|out of|in front of)\b|\s+(?:in|into|onto|on|over)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
        r"(?:river|canal|water|sea|lake|reservoir|train|tracks?|railway|line|road|traffic|motorway|railings?|bridge|balcony|window|roof|bus|lorry|car))"
        r"|\bon (?:the|a) (?:[\w-]+ )?bridge\b(?=[^.?!]{0,40}\b(?:won'?t come down|threaten\w*|jump\w*|edge|railings?)\b)"
        # (or on the rails themselves, a rail word first: "says she's on the train tracks by the station"; closed-question persona,
        # blind 120)
        r"|\bon (?:the|a) (?:train|railway|rail|tram)\s+tracks?\b"
        # (or gone to a high or deep place to end it: "ran out the side door saying he's going to the canal to end it"; threshold
        # persona, round 2)
        r"|\b(?:going|gone|goes|heading|headed|went|run|ran|walked|walking|off)\s+(?:off\s+|out\s+|down\s+|up\s+)?to\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:canal|river|bridge|railway|tracks|line|station|cliffs?|sea|beach|motorway|roof|car park|multi[- ]?storey|woods|lake|reservoir|quarry|viaduct)\s+"
        r"to\s+(?:end (?:it|it all|things|(?:his|her|their) life)|kill (?:him|her|them)sel(?:f|ves)|jump|drown (?:him|her|them)sel(?:f|ves)|die)\b", _F), False),
    # child left alone ("a little one, maybe 4, wandering on the dual carriageway verge outside my
    # office on his own": a wider gap, fifty-seventh session)
    ("left_alone", re.compile(
        # (and "the 4yo is in there on his own", sixtieth session)
        r"\b(?:left|been left|is|are|'s)\s+(?:home\s+|in\s+|inside\s+|in there\s+|in the (?:flat|house|car)\s+)?(?:alone|on (?:his|her|their) own|unsupervised|by (?:him|her|them)sel(?:f|ves))\b"
        # (a child come to the door with no adult: "6yo answered the door alone, says mum went out yesterday";
        # sixtieth session, second pass)
        r"|\b(?:answered|answering|answers|opened|opening|opens|came to|comes to)\s+the\s+(?:front\s+|flat\s+)?door\s+(?:alone|on (?:his|her|their) own|by (?:him|her|them)sel(?:f|ves))\b"
        # (a small child found on their own: "toddler (about 2) found alone in the stairwell"; or the children a carer left named
        # between "left" and "on their own": "mum left him and his brothers (4 and 1) on their own since yesterday"; not a
        # teacher's "left them on their own to do the worksheet"; threshold persona, round 2)
        r"|\b(?:toddler|baby|infant|newborn|little one|[1-7]\s*(?:yo|y/o|(?:year|yr)[- ]old)|\d{1,2}\s*(?:month|week)s?[- ]old)\b[^.?!]{0,30}?"
        r"\bfound\s+(?:alone|on (?:his|her|their) own|by (?:him|her|them)sel(?:f|ves))\b"
        r"|\b(?:mum|mother|mom|dad|father|parents?|carers?|nan|gran|grandma)\s+(?:has\s+|had\s+|have\s+|['’]s\s+)?(?:just\s+)?left\s+(?:him|her|them|the|his|their|both|all)\b"
        r"[^.?!]{0,40}?\b(?:alone|on (?:his|her|their) own|by (?:him|her|them)sel(?:f|ves))\b"
        r"(?!\s+for\s+(?:a\s+(?:few|couple of)\s+|\d+\s+|five\s+|ten\s+)?(?:mins?|minutes|seconds)\b)"
        r"|\bhome alone\b|(?<!\barrived )(?<!\bcame )(?<!\bcame here )(?<!\btravelled )(?<!\bentered )\bunaccompanied\b(?!\s+(?:and\s+)?(?:asylum|migrant|refugee|separated|uasc|minor))|\bwandering\b.{0,60}\b(?:alone|on (?:his|her|their) own|no adult)\b"
        # (and "nobody else home", agency/role persona, 2026-12-07)
        r"|\bno(?:body| one| adult)(?:\s+else)?\s+(?:is\s+)?(?:at home|home|in the (?:house|flat)|there|looking after|to collect|has collected|came to collect)\b"
        # (and "nobody's in" behind a door left open, as a short note ends it: "mum's flat door is open and nobody's in"; not a visit
        # missed, "did the home visit, nobody's in"; threshold persona, round 2)
        r"|\bdoor\s+(?:is\s+|was\s+|['’]s\s+)?(?:wide\s+)?open\b[^.?!]{0,30}?\bno(?:body|one| one|-one)['’]s\s+(?:in|home|there)(?=\s*(?:[.,;!?]|$))"
        # (in a second language's verb forms: "nobody come to collect him", sixty-first session)
        r"|\bno(?:body| one|-one| adult)\s+(?:has\s+|is\s+)?(?:come|comes|coming|came)\s+(?:yet\s+)?(?:to\s+|for\s+)?(?:collect|pick)\w*"
        # (a child out in the cold or the street and the carers said not home, a thread's short follow-up: "just found a 9yo
        # outside in the cold, parents not home"; sixty-second session)
        r"|\b(?:outside|out in the (?:cold|rain|dark|snow|street)|in the (?:cold|rain|dark|snow|street|road)|on the (?:doorstep|step|street|pavement|stairs|landing))\b"
        r"[^.?!]{0,60}?\b(?:parents?|mum|mother|mom|dad|father|carers?|no(?:body| ?one| adult)s?)(?:\s+(?:is|are)n['’]?t|\s+(?:isnt|arent)|(?:\s+(?:is|are)|['’]s|['’]re)?\s+(?:not|nowhere))\s+"
        r"(?:at\s+)?(?:home|in|around|about|answering|to be (?:seen|found))\b"
        # (or the carer gone for days, as a second language says it: "mother is gone since 3 days", sixty-first session)
        # (or as a small child says it, quoted: "'mummy's been gone since yesterday'"; sixty-third session, a second writer)
        r"|\b(?:mother|mum|mummy|mam|mammy|mom|mommy|father|dad|daddy|parents?|carers?|grandmother|nan)(?:\s+(?:is|are|has been|have been)|['’]s been|['’]s)\s+(?:gone|away|missing|disappeared|not (?:home|back))\s+"
        r"(?:since|for|from)\s+(?:(?:\d+|two|three|four|five|several|a few|a couple of)\s+(?:days|nights)|days|yesterday|last night|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|the weekend)\b"
        # (or a child telling that no adult has been back for days, in the present perfect: "7yo says nobody has been home since
        # friday"; not a worker's visits: "no one has been home since monday on our visits"; closed-question persona, own 40)
        r"|\b(?:says?|said|saying|tells?|telling|told (?:me|us|her|him|staff))\s+(?:that\s+)?no(?:body| one|-one| adult|\s+grown-?up)(?:\s+(?:has|have)|['’]s)\s+been\s+(?:at\s+)?(?:home|back)\s+"
        r"(?:since|for)\s+(?:(?:\d+|two|three|four|five|several|a few|a couple of)\s+(?:days|nights)|days|yesterday|last night|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|the weekend)\b"
        # (a carer who has left a small child alone, the child named between: "mum has gone out and left her 2 year old
        # alone in the flat", "dad's left the kids on their own"; not a habit: "has left the kids alone before"; closed-question
        # persona, own 40)
        r"|\b(?:(?:has|have|['’]s|['’]ve|just)\s+(?:just\s+)?(?:gone out\s+and\s+)?|(?:gone|went)\s+out\s+and\s+)left\s+(?:the|her|his|their|a|an)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:baby|babies|toddlers?|kids|children|child|little ones?|twins|son|daughter|boy|girl|\d{1,2}\s*(?:yo|y/o)|\d{1,2}[- ](?:year|yr|month|week)[- ]olds?)\s+"
        r"(?:(?:at\s+)?home\s+|in\s+(?:the|a)\s+(?:flat|house|car)\s+)?(?:alone|on (?:his|her|their) own|by (?:him|her|them)sel(?:f|ves)|unsupervised)\b"
        r"(?!\s+(?:before|in the past|previously|sometimes|at times|a few times|several times|once|twice|for (?:short|a few|ten|10|five|5) (?:periods|mins?|minutes)))"
        # (a baby or small child said to be still home alone, "still" or "at" between: "baby is still at home on his own",
        # "the 3yo is at home by herself"; closed-question persona, blind 120)
        r"|\b(?:bab(?:y|ies)|toddlers?|infants?|newborn|little (?:ones?|boy|girl|brother|sister)|baby (?:brother|sister)|(?<![\d.])[1-8]\s*(?:yo|y/o|(?:year|yr)[- ]olds?))\s+"
        r"(?:is|are|['’]s)\s+(?:still\s+)?(?:at\s+home|in\s+(?:the|a)\s+(?:flat|house|car))\s+(?:alone|on (?:his|her|their) own|by (?:him|her|them)sel(?:f|ves))\b"
        # (or a baby or small child the asker has found alone: "found a 6 month old on its own in a cot", "there's a toddler by
        # himself in the car"; threshold persona)
        r"|\b(?:found|find|discovered|there['’]s|there is)\s+(?:a|an|the|her|his|their)\s+(?:[\w-]+\s+)?(?:bab(?:y|ies)|toddlers?|infants?|newborn|little ones?|"
        r"\d{1,2}[- ]?(?:day|week|month)s?[- ]olds?|(?<![\d.])[1-6]\s*(?:yo|y/o|(?:year|yr)[- ]olds?))\s+(?:[\w-]+\s+){0,4}?"
        r"(?:alone|on (?:his|her|their|its) own|by (?:him|her|them|it)sel(?:f|ves)|unattended)\b"
        r"|\bnot been collected\b|\bhasn'?t been (?:picked up|collected)\b|\bnobody has (?:picked up|collected)\b"
        # (no verb: "6yo not collected, it's 6.30pm", sixtieth session)
        r"|\b(?:\d{1,2}\s*(?:yo|y/o|year[- ]old)|child|boy|girl|toddler|kids|children|pupil)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:collected|picked up)\b"
        r"(?!\s+(?:on time|until|till|by|before|again|twice|several|most|every|\w+ times)\b)"
        # ("a 2yo in the cot with no other adult in the house", agency/role persona, 2026-12-07)
        r"|\bno (?:other\s+)?(?:adult|parent|grown-?up|carer)s?\s+(?:anywhere|around|in sight|about|present|here|with (?:him|her|them)|in the (?:house|flat|home|property))\b"
        # a small child out on the street with no one coming for them (fifty-ninth session): "a little
        # boy about 4 who's been sitting on the doorstep ... no coat, no one answering the door"
        r"|\b(?:little|small|young)\s+(?:[\w-]+\s+)?(?:boy|girl|child|kid|toddler|one)s?\b[^.?!]{0,100}?"
        r"\b(?:sitting|standing|wandering|walking|crying|waiting)\s+(?:on|outside|in|along|by|at)\b[^.?!]{0,80}?"
        r"\b(?:no coat|no shoes|barefoot|in (?:his|her|their|a|just a) (?:pyjamas|pjs|nappy|nightie|nightdress|vest)|"
        r"no(?:body| one|-one) (?:is )?(?:answering|answers|coming)|no answer)\b"
        # (or left stranded: "the lads she went with have left her there with no money and no phone
        # charge, it's dark", fifty-ninth session)
        r"|\b(?:left|dumped|abandoned|ditched)\s+(?:her|him|them)\s+(?:there|alone|stranded|on (?:her|his|their) own|(?:at|in|on) (?:a|an|the|some)\s+[\w-]+(?:\s+[\w-]+)?)"
        r"\b[^.?!]{0,60}?\b(?:no money|no phone|no (?:phone )?(?:charge|battery|credit)|it['’]s (?:dark|late|freezing)|no way (?:home|back)|no coat|no idea where)\b", _F), False),
    # a small child come on alone in a public place, with a marker of now (closed-question persona, blind 120): "just found a
    # 5yo alone in the park", "there's a toddler on his own at the bus stop" (asked about as a kind, "is a 5yo alone in the
    # park neglect?", there is no marker of now)
    ("small_child_alone_out", re.compile(
        r"\b(?:bab(?:y|ies)|toddlers?|infants?|little (?:ones?|boy|girl)|small (?:child|boy|girl)|(?<![\d.])[1-7]\s*(?:yo|y/o|(?:year|yr)[- ]olds?))\s+"
        r"(?:(?:is|are|['’]s)\s+)?(?:still\s+)?(?:alone|on (?:his|her|their) own|by (?:him|her|them)sel(?:f|ves))\s+(?:(?:in|at|on|by|outside)\s+(?:the|a)\s+(?:[\w-]+\s+)?"
        r"(?:park|street|road|playground|shop|supermarket|shopping centre|station|bus stop|car park|beach|canal|river|estate|precinct)s?)\b", _F), True),
    # a child reported as saying someone is harming them ("she says dad did it", "her
    # brother forces her to have sex", "her uncle comes into her room at night")
    ("child_says_abuse", re.compile(
        # (or tells someone else at her school: "tells her teacher she sleeps on the floor ... and the man hits
        # her with a belt", sixtieth session)
        r"\b(?:says?|said|told me|tells me|telling me|tell me|tell us|keeps saying|saying|disclosed(?:\s+[\w'’-]+){0,3}?\s+that|"
        r"(?:tells|told|telling)\s+(?:her|his|their|the|a|our)\s+(?:class\s+|form\s+)?(?:teacher|ta|tutor|mentor|nurse|school nurse|keyworker|key worker|dsl|sw|social worker|youth worker|carer|foster carer))\b[^.?!]{0,80}?\b(?:did (?:it|this|that)(?=\s*(?:$|[.,!?;:-]|to\b|again\b|on purpose\b|deliberately\b|and\b|but\b))|(?:hits?|hitting|hurts?|hurting)(?!['’\"”]?\s+(?:him|her|them|my|our|your|it)sel(?:f|ves)\b)|beats?|beating|punch\w*|kick\w*|"
        r"burn(?:s|ed|t)?|forces? (?:her|him|them)|forced (?:her|him|them)|makes? (?:her|him|them) (?:have sex|touch|do)|"
        r"comes? into (?:her|his|their) (?:room|bed)|"
        # (or "has been coming into her room at night", closed-question persona, blind 120)
        r"(?:has|have|['’]s|['’]ve)\s+been\s+(?:coming|getting|climbing)\s+in(?:to)?\s+(?:her|his|their)\s+(?:room|bed)|"
        # ("the men she's been staying with are making her sleep with them for rent", fifty-ninth session)
        r"(?:making|make|makes|made|forcing|forces|forced)\s+(?:her|him|them)\s+(?:to\s+)?(?:sleep with|have sex with|go with|do (?:stuff|things) with|perform for)\s+"
        r"(?:them|him|men|other men|his mates|their mates)|"
        r"(?:gets?|got|climbs?|climbed) in(?:to)? (?:her|his|their) bed|does things|touch(?:es|ed|ing)? (?:her|him|them)|(?:have|has|had|having) sex|rap(?:es|ed|ing|e)|"
        r"(?:sexually |physically )?abus(?:es|ing) (?:her|him|them)|molest\w*"
        # (said without naming it: "because of what he does to her at night", agency/role persona,
        # 2026-12-07)
        r"|(?:what|the things)\s+(?:he|she|they)\s+(?:does|do)\s+to\s+(?:her|him|them|me)"
        # (or pregnant by one of the family: "she tell me she is pregnant from her father", sixty-first session)
        r"|pregnant\s+(?:from|by|of|to|with)\s+(?:her|the)\s+(?:own\s+)?(?:father|dad|daddy|stepfather|step-father|stepdad|step-dad|uncle|brother|"
        r"step-?brother|cousin|grandfather|grandad|mother['’]?s (?:boyfriend|partner)|mum['’]?s (?:boyfriend|partner)))\b", _F), False),
    # someone in the child's home harming the child, told in the present tense ("his mum's
    # boyfriend hits him", "her stepdad beats her")
    ("household_harm", re.compile(
        r"\b(?:mum|mother|dad|father|stepdad|step-dad|stepfather|stepmum|step-mum|stepmother|boyfriend|girlfriend|partner|"
        r"uncle|aunt|auntie|brother|sister|cousin|grandad|grandma|grandfather|grandmother|carer|parents?|foster carer)"
        r"(?:'s|’s)?(?: (?:new )?(?:boyfriend|girlfriend|partner))?\s+(?:hits|beats|punches|kicks|hurts|burns|chokes|strangles|slaps|"
        r"(?:sexually |physically )?abuses|touches|rapes|locks)\s+(?:him|her|them|the (?:child|baby|kids?|boy|girl))\b", _F), False),
    # sexual exploitation online, happening now
    ("online_sexual_now", re.compile(
        r"\b(?:making|forcing|pressuring|pressurising|asking|telling|getting)\b[^.?!]{0,40}?\b(?:send(?:ing)? (?:pics|photos|pictures|images|nudes|videos|vids)|"
        r"take (?:his|her|their) (?:clothes|top|shirt|bra|pants|trousers|knickers|underwear) off|undress|strip)\b|\bthreaten\w* to (?:share|post|send|leak|show)\b|\b(?:being|been|getting) sextort\w*"
        r"|\bor (?:he|she|they)(?:'ll|ll| will| is going to| are going to)\s+(?:post|share|send|leak|show)\b"
        r"|\b(?:post|share|leak|send|show)\w*\s+(?:her|his|their)\s+(?:pics|photos|pictures|images|nudes|videos|vids)\b.{0,40}\b(?:unless|if (?:she|he|they) (?:doesn'?t|don'?t|won'?t))\b"
        # (or going round as it happens: "the lads are sharing the video round school as we speak", sixtieth session)
        r"|\b(?:is|are|['’]s|['’]re)\s+(?:now\s+|still\s+)?(?:sharing|spreading|posting|passing|sending)\s+(?:the|a|her|his|their|that)\s+(?:[\w-]+\s+)?(?:video|vid|pics?|photos?|pictures?|images?|nudes)\s+"
        r"(?:a?round|all (?:a?round|over)|on)\s+(?:the\s+)?(?:school|college|year group|class|snap\w*|insta\w*|whatsapp|groups?|everyone)\b", _F), False),
    # an adult messaging a child and asking for images, with a marker of now (sixty-second session, second round): "a man on
    # snapchat is messaging my 12yo right now asking for pics", "someone is messaging a 13 year old in my class right now
    # asking her for nudes" (the one messaging is an adult or a stranger, not the child: "my daughter is messaging her friend
    # asking for pics of the party"; not a kind of case taught: "training tomorrow on men asking kids for pics")
    ("online_request_now", re.compile(
        r"\b(?:man|men|guy|guys|adult|adults|someone|somebody|stranger|person|account|profile|bloke|male|he|they|teacher|coach|tutor|leader|worker)\b"
        r"[^.?!]{0,40}?\b(?:is|are|['’]s|['’]re|keeps?|has been|have been|['’]s been|been)\s+(?:still\s+|now\s+|currently\s+)?"
        r"(?:messaging|texting|dm['’]?ing|dming|snapchatting|chatting to|talking to|contacting|pestering|sending messages to)\b"
        r"[^.?!]{0,80}?\b(?:asking|begging|pressuring|pressurising|pestering|nagging|badgering|demanding|trying to get)\s+(?:(?:her|him|them)\s+)?"
        r"(?:for|to send(?:\s+(?:him|her|them|me))?)\s+(?:(?:some|more|a|her|his|their|any)\s+)?(?:[\w-]+\s+)?"
        r"(?:pics|pictures|photos|nudes|selfies|videos|vids|images|snaps)\b", _F), True),
    # suicidal talk with means, or a wish not to be alive
    ("suicidal_talk", re.compile(
        r"\b(?:doesn'?t|doesnt|does not|don'?t|dont|do not) want to (?:be alive|live|be here|wake up|exist)\b|\bwants? to die\b"
        # (or won't be alive or around, or won't be here with the plan made: "'I'm not going to be here tomorrow, I've sorted it'",
        # "he won't be around much longer"; not an absence: "she won't be here tomorrow, dentist"; closed-question persona, blind 120)
        r"|\b(?:not|won['’]?t|wont|will not)\s+(?:going\s+to\s+|gonna\s+)?be\s+(?:alive|around)\s+(?:tomorrow|much longer|for (?:much )?longer|for long|any ?more|by (?:tomorrow|the morning|monday|the weekend))\b"
        r"|\b(?:not|won['’]?t|wont|will not)\s+(?:going\s+to\s+|gonna\s+)?be\s+(?:here|around)\b[^.?!'’\"”]{0,40}?\b(?:i['’]?ve|ive|i have|it['’]?s|its)\s+(?:all\s+)?(?:sorted|planned|decided)(?:\s+it)?\b"
        # ("just texted me a photo of a pile of pills", fifty-seventh session)
        r"|\b(?:load|lot|bag|box|packet|stash|pile|heap|handful|bottle)s? of (?:paracetamol|pills|tablets|meds)\b", _F), False),
    # goodbye letters one child has written, with a marker of now (threshold persona, round 2): "young person on the phone now says
    # she's written her goodbye letters and will do it tonight" (not a class's letters to a leaving teacher)
    ("goodbye_letters_now", re.compile(
        r"\b(?:she|he|i)(?:['’]s|['’]ve|\s+has|\s+had|\s+have)?\s+(?:just\s+|already\s+)?(?:written|wrote|writing|left|finished)\s+(?:(?:her|his|my|a|some|the)\s+)?"
        r"(?:goodbye|farewell)\s+(?:letters?|notes?)\b(?!\s+(?:to|for)\s+(?:her|his|their|the|my)\s+(?:[\w-]+\s+)?(?:teachers?|class|classmates|school|form|tutor|year|staff|club|team))", _F), True),
    # made to carry drugs, or getting into cars with older men, with a marker of now:
    # "one of my yp is being made to carry drugs rn"
    ("exploited_now", re.compile(
        r"\b(?:being\s+)?(?:made|forced|told|used|sent|paid|making|forcing|make|makes|force|forces"
        # (or taken or collected to do it: "they're here to take him to run drugs"; closed-question persona, fresh 40 of round 2)
        r"|take|takes|taking|took|collect|collects|collecting|fetch|fetching)\s+(?:(?:him|her|them|my\s+\w+)\s+)?(?:to\s+)?"
        r"(?:carry|deliver|sell|move|hold|run|stash|drop)\s+(?:drugs|a bag|bags|packages?|parcels?|weed|crack|money|cash|stuff|"
        r"a line|a knife|a gun|county lines)\b"
        # ... or to work for them: "she's made to work in a nail bar" (agency/role persona, 2026-12-07)
        r"|\b(?:made|forced|being made|being forced|making (?:him|her|them)|forcing (?:him|her|them))\s+(?:to\s+)?work\s+"
        r"(?:(?:in|at)\s+(?:a|an|the|his|her|their|some)\s+(?:[\w-]+\s+)?(?:nail bar|car ?wash|cannabis farm|farm|factory|shop|restaurant|takeaway|kitchen|"
        r"brothel|salon|warehouse|building site|house|flat|hotel|bar|market)s?|for\s+(?:him|her|them|the boss|(?:a|an|some|older)\s+(?:man|men|adults?|gang)|"
        r"no (?:pay|money)|nothing|free))\b"
        r"|\b(?:getting|got|get|gets)\s+in(?:to)?\s+(?:cars?|vans?|taxis?)\s+with\s+(?:some\s+|two\s+|a\s+group\s+of\s+)?"
        r"(?:older|adult|unknown|strange)\s+(?:men|males|guys|lads|man)\b"
        # at a party or a flat with older men giving her drugs: "the 15 year old is at a party
        # with older men giving her drugs and she just texted me"
        r"|\b(?:is|'s|are|'re)\s+(?:at|in)\s+(?:a|an|the|some)\s+(?:[\w-]+\s+)?(?:party|flat|house|hotel|trap house|car)\s+with\s+"
        r"(?:some\s+|two\s+|three\s+|a\s+group\s+of\s+)?(?:older|adult|grown|unknown)\s+(?:men|males|guys|lads|man)\b"
        # (the other order, as a second language may put it: "she is with older men in a car", sixty-first session)
        r"|\b(?:is|'s|are|'re)\s+(?:now\s+|still\s+)?with\s+(?:some\s+|two\s+|three\s+|a\s+group\s+of\s+)?(?:older|adult|grown|unknown)\s+(?:men|males|guys|lads|man)\s+"
        r"(?:in|at)\s+(?:(?:a|an|the|some|his|their)\s+)?(?:[\w-]+\s+)?(?:party|flat|house|hotel|trap house|car|van)\b"
        r"|\b(?:older|adult|grown)\s+(?:men|males|guys|lads)\s+(?:are\s+)?(?:giving|plying|feeding|getting)\s+(?:her|him|them)\s+"
        r"(?:drugs|alcohol|drink|vodka|weed|pills|drunk|high)\b", _F), True),
    # a child who has just got into a car with men: "year 8 girl just got into a car with
    # two men she doesn't know"
    ("car_with_men", re.compile(
        r"\bjust\s+(?:[\w'’-]+\s+){0,6}?(?:and\s+)?(?:got|gone|jumped|climbed)\s+in(?:to)?\s+(?:a|the|some|their|his|an)\s+(?:[\w-]+\s+)?(?:car|van|taxi)\s+with\s+"
        r"(?:a\s+|an\s+|some\s+|two\s+|three\s+|a\s+couple\s+of\s+|a\s+group\s+of\s+)?(?:[\w-]+\s+)?(?:men|man|males?|guys?|lads)\b"
        # (or the men named first and the car after, the child just got in: "older men picking her up in cars from the
        # children's home every night, there's a car outside now and she's just got in"; thread follow-ups, sixty-second session)
        r"|\b(?:older|adult|unknown|strange|grown)\s+(?:men|males?|man|guys?|blokes?|lads)\b[^?]{0,120}?\b(?:car|van|taxi|cab)\b[^.?!]{0,50}?"
        r"\b(?:has|have|['’]s|['’]ve)\s+just\s+(?:got|gone|jumped|climbed|been pulled|been put)\s+in(?:to\s+(?:it|the\s+(?:car|van|taxi|cab)))?\b", _F), False),
    # exploitation: sent to carry drugs or money today
    ("exploitation_now", re.compile(
        r"\b(?:gave|given|giving|handed|handing)\s+(?:him|her|them)\s+(?:a\s+)?(?:phone|bag|package|parcel|drugs)\b[^.?!]{0,60}?\b(?:tonight|today|now|later|after school)\b"
        r"|\b(?:take|deliver|drop|carry)\s+(?:it|them|a bag|drugs)?\s*to\s+\w+\s+(?:tonight|today)\b"
        # a courier's errand arranged by an older man: "an older guy is picking him up after
        # school to take a package to birmingham"
        r"|\b(?:picking|pick|collecting|collect|meeting|meet)\w*\s+(?:him|her|them)\s+(?:up\s+)?[^.?!]{0,30}?\bto\s+(?:take|deliver|drop|carry|move)\s+"
        r"(?:a|the|some)\s+(?:package|parcel|bag|drugs|phone|money|cash)\b", _F), False),
    # a child about to be taken away to be exploited: "a man is collecting her from the gate
    # to take her to 'work' in another city", "he's got her passport" (with a marker of now)
    ("trafficking_now", re.compile(
        # (or being moved or sent, said of the child: "12yo boy is being moved to Kent tonight by the gang to deal"; sixtieth
        # session, second pass)
        r"\b(?:collect\w*|pick\w*\s+(?:her|him|them)\s+up|picked up|picking up|coming for|tak(?:e|en|ing)|driv(?:e|en|ing)|mov(?:ed|ing)\s+(?:her|him|them)|(?:being|getting)\s+(?:moved|sent))\b"
        r"[^.?!]{0,60}?\bto\s+(?:go\s+(?:and\s+)?)?['\"‘’]?(?:work|a job|sell drugs|deal|another (?:city|town|country|area)|abroad|"
        r"a (?:flat|house|trap house|cannabis farm|farm|factory)|london|manchester|birmingham|luton)\b"
        r"|\b(?:has|have|had|'s got|’s got|got|took|taken|take|takes|kept|keeps|keep|is keeping|holding|holds|hold)\s+(?:her|his|their|my)\s+(?:passport|passports|id|travel documents)\b"
        r"|\bpassports?\s+(?:was|were|has been|have been|is being)\s+(?:taken|kept|held)\b"
        # a child being sold on, or led away by the man who controls her: "is selling her on
        # tonight - he's trying to walk her out of the department right now"
        r"|\b(?:is|are|'s|’s|'re|’re)\s+(?:selling|pimping|renting)\s+(?:her|him|" + _SOLD_CHILD + r")\b"
        r"|\b(?:going to|gonna|about to|wants? to|trying to|plans? to)\s+sell\s+(?:her|him|" + _SOLD_CHILD + r")\b"
        # (one child, not a count: "how many children are being sold into slavery today?")
        r"|\b(?:is|'s|’s)\s+being\s+(?:sold|trafficked|pimped)\b"
        # (or said to have been, in her own word: "says she's been 'sold' to a man and is being moved to
        # Birmingham today", sixtieth session)
        r"|\b(?:she|he|they|i)(?:['’]s|['’]ve|\s+has|\s+have)\s+been\s+['‘\"“]?(?:sold|bought|traded)['’\"”]?\s+(?:to|by)\b"
        # (or papers taken with no verb: "kept in a house by the gangmaster, passports taken", sixtieth session)
        r"|\b(?:passports?|papers|travel documents|id cards?)\s+(?:all\s+)?(?:taken|held|kept|confiscated)\b(?!\s+(?:to|for|at|in|as|into|by (?:the )?(?:court|police|solicitors?))\b)"
        r"|\b(?:is|are|'s|’s|'re|’re)\s+(?:trying|about|going)\s+to\s+(?:take|walk|drag|lead|bundle|force|snatch)\s+(?:her|him|the (?:baby|child|girl|boy))\s+(?:out|away|off)\b"
        r"|\b(?:is|are|'s|’s|'re|’re)\s+(?:dragging|bundling|forcing|pulling|snatching)\s+(?:her|him|the (?:baby|child|girl|boy))\s+(?:out|away|off|into)\b", _F), True),
    # a county-lines errand or drug debt ("going country", "going OT", "running a line", a
    # trap house, "owes the olders", robbed of the drugs and now owing), with a marker of
    # now or soon: "a boy in my class says he has to go 'country' tomorrow and owes a debt"
    ("county_lines_now", re.compile(
        r"\b(?:go|goes|going|gone|went|sent|sending|send|taken|taking|travel\w*)\s+['\"‘’]?(?:country|cunch)\b['\"‘’]?"
        r"(?!\s+(?:to|of|for|side|music|road|park|club|house|walk|lane|and western)\b)"
        # ("OT" and "out of town" only of a third person: not "referral sent OT" for
        # occupational therapy, "I'm going OT" for overtime, "family going out of town")
        r"|\b(?:he|she|they|him|her|them|yp|young person|boy|girl|lad|pupil|student|child|kid|client|son|daughter|\d{1,2}\s?yo|"
        r"y(?:ea)?r\s?\d{1,2}s?)(?:\s+(?!i\b|we\b)[\w'’]+){0,3}?(?:['’]s|['’]re| is| are| was| were| has| have| had)?\s+(?:been\s+|being\s+)?"
        r"(?:go|goes|going|gone|went|sent|sending|taken)\s+(?:back\s+)?(?:out\s+)?(?:['\"‘’]?(?-i:OT)\b['\"‘’]?|out of town\b)"
        r"|\bsend\w*\s+(?:him|her|them)\s+(?:out of town|(?-i:OT))\b"
        r"|\bsend\w*\s+(?:him|her|them)\b[^.?!]{0,40}?\bto\s+(?:shot|sell|deal|serve|run|drop|cook)\b"
        r"|\brunning\s+(?:a\s+)?(?:line|county lines)\b|\btrap\s*house\b"
        # (or sent off by the olders, in the child's words: "'the older boys said I have to go to Southend tonight and stay
        # there'"; sixty-third session, a second writer)
        r"|\b(?:olders?|elders?|older\s+(?:boys|lads|ones|kids|men|guys|group)|the\s+(?:gang|dealers?|elders))\s+(?:have\s+|has\s+)?"
        r"(?:said|says|say|told|tell|tells|want|wants|wanted|made|make|makes)\s+(?:(?:me|him|her|them|us)\s+)?(?:that\s+)?"
        r"(?:(?:i|he|she|they|we)\s+(?:have|has|had|got|need|needs|must|['’]ve got|['’]s got)\s+)?to\s+(?:go|travel)\s+(?:down\s+|up\s+|out\s+|over\s+)?to\s+\w+"
        # (a trip "for 'work'", the quotes marking the word as theirs: "he need to go to Southend tonight for 'work' with some men",
        # sixty-first session)
        r"|\b(?:go|goes|going|gone|went|sent|sending|send|taken|taking|travel\w*|drive|driving|driven)\b[^.?!]{0,40}?\bfor\s+['‘\"“](?:work|a job|business|a shift|errands?|a delivery|deliveries)['’\"”]"
        # (a drugs drop: "if he doesn't do the drop tonight", sixtieth session)
        r"|\b(?:do|does|doing|did|make|making)\s+(?:a|the|this|that)\s+drop\b"
        r"|\bwork(?:ing)?\s+(?:it\s+off|off\s+(?:a|the|his|her|their|this)?\s*debt)\b"
        r"|\b(?:robbed|jumped|mugged|lost)\b[^.?!]{0,60}?\b(?:owes?|owing|in debt)\b"
        r"|\bdrugs?\s+debts?\b|\b(?:owes?|owing|owed|in)\s+(?:a\s+)?debt\s+to\s+(?:a|the|some|his|her|their)\s+(?:dealers?|olders?|elders?|gang|older (?:boys|lads|men))\b"
        r"|\b(?:owes?|owing)\s+(?:the\s+)?(?:dealers?|olders?|elders?|gang|older (?:boys|lads|men))\b"
        # (or those he owes named as people, not a debt to a shop or a friend: "the men inside are the ones he owes", "the people
        # she owes money to"; closed-question persona, fresh 40 of round 2)
        r"|\b(?:men|man|people|lads|guys|ones|boys|gang|those)\s+(?:(?:who|that)\s+)?(?:he|she|they)\s+(?:owes?|owed)\b(?!\s+(?:nothing|no\s+money)\b)"
        # (or the olders and a debt in one sentence, in either order: "he's meeting 'his olders' tonight and owes them money";
        # closed-question persona, blind 120)
        r"|\bolders?\b[^.?!]{0,60}?\b(?:owes?|owing|owed|in debt)\b|\b(?:owes?|owing|owed|in debt)\b[^.?!]{0,60}?\bolders?\b"
        r"|\b(?:owes?|debt)\b[^.?!]{0,80}?\b(?:or else|(?:do|doing|go on|going on)\s+a\s+run)\b"
        r"|\b(?:do|doing|go on|going on)\s+a\s+run\b[^.?!]{0,60}?\b(?:owes?|pay (?:it |that )?off|debt)\b", _F), True),
    # a child with nowhere safe to sleep tonight: "kicked out of home and sleeping in a
    # stairwell tonight"
    ("homeless_now", re.compile(
        r"\b(?:kicked|thrown|chucked|turfed|put)\s+out\s+(?:of\s+(?:home|the house|the flat|(?:his|her|their) (?:home|house|flat))|by\s+(?:his|her|their)\s+(?:mum|dad|parents?|family|carers?))\b"
        r"|\b(?:sleeping|slept|sleep)\s+(?:rough|on the streets?|in (?:a|the) (?:park|stairwell|car|tent|doorway|station|bus shelter|underpass))\b"
        r"|\bnowhere (?:to (?:sleep|stay|go)|safe to (?:sleep|stay|go))\b", _F), True),
    # a threat to repeat violence: "dad strangled mum last night and he'll do it again
    # when she gets home"; a door barred against professionals: "dad is blocking the door"
    ("repeat_threat", re.compile(
        r"\b(?:he|she|they|dad|mum|stepdad|partner|boyfriend)(?:'ll|’ll|ll| will| is going to|'s going to|’s going to| is gonna| are going to)\s+"
        r"do (?:it|that|the same) again\b"
        # (the harm named: "the father ... will beat him again today when he see the school report", sixty-first session)
        r"|\b(?:will|['’]ll|is going to|['’]s going to|are going to|going to|gonna)\s+(?:beat|hit|hurt|kill|punish|burn|lock|touch|rape|stab|kick|punch|slap|strangle|choke)\w*\s+"
        r"(?:him|her|them|the (?:child|kids?|baby|boy|girl|minor))\s+again\b"
        # (sixty-third session, a second writer: in the child's words, a turn at the abuse to come, "'he said when mum goes to
        # bingo tonight it'll be my turn again'"; or a hand to be put on the cooker, "'Mummy said she'd put my hand on the cooker
        # again if I wet myself'")
        r"|\b(?:when|once|after|while|whenever|as soon as)\s+(?:mum|mummy|mam|mom|dad|daddy|nan|gran|auntie|she|he|they)"
        r"(?:['’]s|\s+(?:goes|go|gets|leaves|is|are|falls|has gone|go(?:es)? out)\b)[^.?!,]{0,40}?,?\s*"
        r"(?:it['’]?ll|it will|it['’]s going to|it is going to|it['’]s gonna)\s+be\s+(?:my|her|his|their)\s+turn\s+(?:again|next)\b"
        r"|\b(?:will|['’]ll|['’]d|would|is going to|['’]s going to|going to|gonna)\s+(?:put|hold|stick|push|press|shove)\s+(?:my|his|her|their)\s+"
        r"(?:hands?|arms?|head|face|fingers?|feet|foot|legs?)\s+(?:on|onto|in|into|under|against)\s+(?:the\s+|a\s+)?"
        r"(?:cooker|hob|oven|stove|fire|iron|kettle|toilet|bath|hot water|radiator|heater)\b"
        r"|\b(?:is|are|'s|’s|and|hes|shes)\s+(?:now\s+|still\s+)?blocking\s+(?:the\s+)?(?:door|doorway|way (?:in|out)|entrance|exit)\b"
        # ... or barricaded, or locked against those inside (agency/role persona, 2026-12-07): "dad
        # has barricaded himself in the house with the 4yo and is saying nobody's coming in", "mum's
        # partner has locked the front door and is shouting that nobody's taking his baby", "she's
        # barricaded in her room"
        r"|\bbarricad(?:ed|ing)\s+(?:(?:him|her|them|my|our)sel(?:f|ves)\s+)?(?:in(?:to|side)?|behind)\b"
        r"|(?<!\bi)(?<!\bwe)(?<!\bi )(?<!\bwe )\b(?:has|have|['’]s|['’]ve|just)\s+(?:just\s+)?locked\s+(?:the|all the)\s+(?:(?:front|back|main|flat|house)\s+)?doors?\b"
        r"|\b(?:saying|says|said|shouting|screaming|yelling)\s+(?:that\s+)?(?:nobody|no ?one|no-one)(?:['’]s|\s+is)\s+(?:coming in|getting in|taking (?:him|her|them|(?:his|her|my|the)\s+(?:baby|child|kids?|son|daughter)))\b"
        r"|\brefus\w*\s+to\s+let\s+(?:us|me|anyone|the (?:midwife|hv|health visitor|social worker|police))\s+(?:see|in to see)\s+(?:the|her|his|their)\s+"
        r"(?:baby|newborn|child|kids?|children|son|daughter)\b", _F), False),
    # a child being sent abroad to be married: "she's being sent to pakistan in the
    # holidays to be married"
    ("forced_marriage_now", re.compile(
        # (or the child named by an age: "the 16 year old is being taken ...", thread follow-ups, sixty-second session)
        r"\b(?:she|he|they|pupil|girl|boy|daughter|son|student|child|yp|sister|niece|cousin|year[- ]old|\d{1,2}\s*(?:yo|y/o))(?:\s+is|\s+are|'s|’s)\s+(?:being|getting)\s+"
        # (sent "out" or "away" too, and "to marry" or for a wedding she does not want: "she's being flown out to marry
        # next week", "is being taken to the airport tomorrow for a wedding she doesn't want"; sixty-second session)
        r"(?:sent|taken|flown|shipped)\s+(?:to|back to|abroad|home|out|away|over)\b[^.?!]{0,50}?\b(?:to\s+(?:be|get)\s+"
        r"(?:married|engaged|wed)\b|to\s+marry\b|for\s+(?:her|his|their)\s+(?:own\s+)?(?:wedding|marriage|nikah)\b"
        r"|for\s+(?:a|the)\s+(?:wedding|marriage|nikah)\s+(?:(?:that\s+)?(?:she|he|they)\s+(?:doesn['’]?t|does not|don['’]?t|do not)\s+want|against (?:her|his|their) will)\b)", _F), False),
    # a child held by the throat or neck in front of the asker: "mum's boyfriend has just
    # grabbed him by the throat", "his hands round her neck"
    ("held_by_throat", re.compile(
        r"\b(?:grabb?(?:ed|ing|s)?|got|holding|held|squeez\w*|pinn(?:ed|ing)|chok\w*|strangl\w*|lift\w*|dragg?\w*)\b[^.?!]{0,40}?"
        r"\bby\s+(?:the|his|her|their)\s+(?:throat|neck)\b"
        r"|\bhands?\s+(?:round|around|on)\s+(?:his|her|their|the (?:child|baby|boy|girl)(?:'s|’s)?)\s+(?:throat|neck)\b"
        r"|\b(?:is|are|'s|’s|was)\s+(?:squeezing|gripping|pressing on)\s+(?:his|her|their)\s+(?:throat|neck)\b"
        r"|\bthrottl(?:ed|ing|es)\s+(?:him|her|them|my\s+\w+|the\s+\w+)\b|\bhad\s+(?:him|her|them)\s+(?:round|around|by)\s+the\s+(?:neck|throat)\b",
        _F), False),
    # an adult touching or abusing a named child in front of the asker: "a teacher is
    # touching a year 7 girl, i saw it today"; a child tied up at home: "mum ties him to the
    # bed at night"; "group of men are filming and touching two girls in school uniform"
    # (fifty-seventh session); an adult filming a child where children undress: "a man in the
    # changing village filming a young boy in a cubicle on his phone" (agency/role persona, 2026-12-07)
    ("adult_harming_child", re.compile(
        r"\b(?:man|men|male|adult|guy|bloke|person|stranger|someone|somebody|woman|he|she|they)\b[^.?!]{0,50}?\b(?:filming|photographing|recording|videoing)\s+"
        r"(?:a|an|the|this|that|my|our|his|her|two|three|some|several|\d+)\s+(?:[\w-]+\s+){0,2}?(?:girl|boy|child|kid|pupil|toddler|baby|yp)s?\b"
        r"[^.?!]{0,40}?\b(?:cubicle|changing|toilets?|shower|undress\w*|naked|in (?:the|a) bath)"
        r"|\b(?:is|are|'s|’s)\s+(?:[\w-]+ing\s+and\s+)?(?:touching|molesting|groping|abusing|grooming)\s+(?:a|an|the|this|that|my|our|his|her|two|three|four|some|several|\d+)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:girl|boy|child|kid|pupil|student|baby|toddler|yp|son|daughter|niece|nephew)s?\b"
        r"|\b(?:ties|tied|tying|tie|chains|chained|straps|strapped)\s+(?:up\s+)?(?:[\w'’-]+\s+){0,4}?to\s+(?:the|a|his|her|their)\s+"
        r"(?:bed|chair|radiator|cot|door|table|bannister|pipe|post|railings?)\b"
        r"|\b(?:ties|tied|tying|chains|chained|straps|strapped)\s+(?:him|her|them)\s+up\b|\bchained\s+up\b"
        r"|\bhands?\s+(?:were\s+|are\s+)?tied\s+behind\b", _F), False),
    # someone held captive by others now: "men are holding her friend in a flat upstairs"
    ("held_captive", re.compile(
        r"\b(?:are|is|'re|’re|'s|’s)\s+(?:holding|keeping)\s+(?:her|him|them|(?:her|his|their|my|our|a|the)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:friend|sister|brother|daughter|son|child|kid|girl|boy|cousin|baby|client|yp|pupil|student))\s+(?:in|at|inside)\s+"
        r"(?:a|the|their|his|her|some)\s+(?:[\w-]+\s+)?(?:flat|house|room|car|van|basement|shed|hotel|property|building)\b"
        # a baby held over a drop: "mum is holding the baby out of the window"
        r"|\bholding\s+(?:the|a|her|his|their|my)\s+(?:baby|child|toddler|kid|little one)\s+(?:out of|over|off)\s+(?:the|a)\s+"
        r"(?:window|balcony|railings?|bridge|edge)\b"
        r"|\bthreaten\w*\s+to\s+jump\s+(?:off\s+\w+\s+)?with\s+(?:the|a|her|his|their)\s+(?:baby|child|kids?|toddler)\b", _F), False),
    # a child locked in somewhere
    ("locked_in", re.compile(
        # (and "found a 10yo padlocked in a bedroom", sixtieth session)
        r"\b(?:pad)?locked\s+(?:\w+\s+){0,4}?in\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:bedroom|room|cupboard|shed|bathroom|flat|house|car|basement)\b", _F), False),
    # children put to work where they are held, with a marker of now: "I saw 5 children
    # working in a cannabis farm behind locked doors right now", "their 14 year old son is
    # working at a car wash to pay off debt and is not allowed to leave, he is there now"
    ("child_labour_now", re.compile(
        r"\b(?:child|children|kids?|boys?|girls?|son|daughter|teenagers?|young people|year[- ]olds?)\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?:(?:working|kept|locked|held|sleeping|living|trapped|stuck)\s+)?(?:in|at|inside|on)\s+(?:a\s+|an\s+|the\s+|that\s+|this\s+)?(?:[\w-]+\s+)?"
        r"(?:cannabis farm|weed farm|grow house|car ?wash|nail bar|brothel|trap house|sweatshop|factory|warehouse)s?\b"
        # (or found somewhere in one, the age between: "vietnamese girl, maybe 14, found in the back room of a nail bar";
        # thread follow-ups, sixty-second session)
        r"|\b(?:child|kid|boy|girl|teen(?:ager)?|\d{1,2}\s*(?:yo|y/o))s?\b[^.?!]{0,30}?\b(?:found|working|kept|hidden|hiding|sleeping|living)\s+"
        r"(?:in|at|inside|behind|above|under)\s+(?:the\s+|a\s+)?(?:back|upstairs|downstairs|basement|cellar|loft|attic|flat|room|rooms|back room|store ?room|kitchen)\s+"
        r"(?:room\s+)?(?:of|above|behind|at)\s+(?:a|an|the|that|this)\s+(?:[\w-]+\s+)?"
        r"(?:cannabis farm|weed farm|grow house|car ?wash|nail bar|brothel|sweatshop|factory|warehouse|takeaway|restaurant)\b"
        r"|\b(?:is|are|'s|’s|'re|’re)\s+not\s+allowed\s+to\s+(?:leave|go\s+(?:home|out))\b|\b(?:isn'?t|aren'?t)\s+allowed\s+to\s+(?:leave|go\s+(?:home|out))\b"
        r"|\bbehind\s+locked\s+doors\b"
        # ("they are not letting him leave the flat right now", "they cannot come out")
        r"|\b(?:are|is|'re|’re|'s|’s)\s+not\s+letting\s+(?:him|her|them|the (?:child|children|kids?|boy|girl))\s+(?:leave|go|out)\b"
        r"|\b(?:they|he|she|the (?:children|kids|child|boy|girl))\s+(?:cannot|can'?t|can’t|are not able to|is not able to)\s+(?:come out|get out|leave)\b", _F), True),
    # a child taken to men for money or sex, with a marker of now: "her uncle takes her to
    # men's houses for money tonight"
    ("taken_to_men", re.compile(
        r"\b(?:takes?|taking|took|drives?|driving|brings?|bringing|sends?|sending)\s+(?:her|him|them)\s+to\s+(?:(?:older|other|different|some)\s+)?"
        r"(?:men|man|males?|guys|strangers)(?:['’]s|['’])?\s+(?:houses?|flats?|homes?|places?|rooms?|hotels?|parties)\b"
        # (handed over, as a second language may put it: "her uncle give her to men for money tonight")
        r"|\b(?:gives?|giving|gave|sells?|selling|sold|offers?|offering|offered|hands?|handing)\s+(?:her|him|them|me)\s+to\s+(?:(?:older|other|different|some)\s+)?"
        r"(?:men|males|guys|strangers)\b"
        # (or to one man for money, in the child's quoted words: "'they give me to the man for money tonight'", sixty-third session)
        r"|\b(?:gives?|giving|gave|sells?|selling|sold|hands?|handing)\s+(?:her|him|them|me)\s+to\s+(?:a|an|the|this|that|some)\s+(?:[\w-]+\s+)?(?:man|male|guy)\s+"
        r"for\s+(?:money|cash|sex|drugs)\b", _F), True),
    # a child who has swallowed something dangerous, in a second language's verb forms
    # ("she eat all the pills of her mother now", "the boy drink bleach just now", "she took
    # 20 paracetamol an hour ago", "my student she took overdose now"), with a marker of now
    ("ingested_now", re.compile(
        # (said of one child, right before the verb: not "can children drink bleach by accident?")
        # (or by the child, in her own quoted words: "'i took 30 of my mums pills'", sixty-third session)
        r"\b(?:she|he|they|boy|girl|child|baby|toddler|son|daughter|student|pupil|kid|\d{1,2}|i|i['’]ve|ive)\s+(?:has\s+|have\s+|had\s+|just\s+|has\s+just\s+)?"
        r"(?:eat|eats|ate|eaten|drink|drinks|drank|drunk|swallow|swallows|swallowed|took|taken)\s+"
        r"(?:[\w'’]+\s+){0,5}?(?:bleach|pills|tablets|paracetamol|meds|medication|methadone|capsules|washing (?:tablets|pods?|liquid)|overdose)\b"
        # (not one dated in the past: "she took an overdose last year, what support is there now?")
        r"(?!\s+(?:last|in)\s+(?:year|month|summer|spring|autumn|winter|term|(?:19|20)\d{2})\b|\s+(?:\w+\s+)?(?:years?|months?) ago\b)", _F), True),
    # a visible injury on a child, or a baby's unexplained injury (red flags a practitioner
    # is looking at now: "split lip and finger marks on her neck", "swelling on her head")
    ("injury_seen", re.compile(
        r"\b(?:split lip|black eyes?|finger ?marks?|grip marks?|hand ?marks?|bite marks?|cigarette burns?|"
        # ("a scald covering his chest", fifty-seventh session)
        # (or on both: "burns on both hands", "bruises to both of her arms"; threshold persona)
        r"(?:marks?|bruis\w*|swelling|burns?|scalds?|cuts?|scratch\w*|welts?) (?:all )?(?:on|to|up|over|round|around|across|covering) (?:his|her|their|the|both(?: of (?:his|her|their))?) "
        r"(?:neck|throat|face|head|cheeks?|eyes?|ears?|back|bottom|genitals|arms?|legs?|wrists?|hands?|body|chest|tummy|stomach)"
        # (not a mark recorded at birth: "blue marks on the bottom ... recorded as Mongolian blue spot", sixty-first session)
        r"(?![^.?!]{0,120}\b(?:mongolian|birth ?marks?|blue spots?|dermal melanocytosis))|"
        r"fresh (?:cuts?|bruis\w*|burns?|marks?|wounds?|injur\w*)|"
        # (or said fresh after it: "the wound is fresh", "the bruises look new", sixty-first session)
        r"(?:wounds?|cuts?|bruis\w*|burns?|marks?|injur\w*)\s+(?:is|are|look|looks|seems?)\s+(?:very\s+|still\s+|really\s+)?(?:fresh|new|recent|open|bleeding)\b|"
        # (blood running from a wound now: "with blood pouring from his hand", fifty-ninth session)
        r"blood (?:pouring|gushing|streaming|pumping|dripping|running) (?:from|out of|down)|(?:pouring|gushing|streaming|covered) (?:with|in) blood|"
        # (a weapon's wound on the one in front of the asker: "collapsed in front of me with a stab wound
        # in his back", "has come in with a knife wound in his thigh"; not "first aid for stab wounds";
        # agency/role persona, break-it misses, 2026-12-07)
        r"(?:with|has|have|got|['’]s got|has got)\s+(?:a\s+|an\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+)?(?:stab|knife|gunshot|gun ?shot|bullet|machete|slash)\s+"
        r"wounds?\s+(?:in|to|on|across)\s+(?:his|her|their|the)\s+[\w-]+|"
        # (the skin said to be burnt: "her legs are red and blistering under her tights", agency/role
        # persona, 2026-12-07)
        r"(?:his|her|their|the (?:child|baby|boy|girl)['’]s) (?:neck|face|head|back|bottom|arms?|legs?|feet|hands?|body|chest|skin) (?:is|are|look|looks) "
        r"(?:(?:all |bright |really )?red (?:and )?)?(?:blistering|blistered|scalded|burnt|burned)(?![^.?!]{0,30}\b(?:sun|sunburn|sunbed|eczema|rash)\b)|"
        r"bruis\w* (?:on|to) (?:a |the )?(?:baby|infant|newborn)|(?:baby|infant|newborn|\d+[- ]?(?:day|week|month)s?[- ]old)\b.{0,60}\b(?:bruis\w*|swelling|swollen|bump|fracture|burn|bleeding|floppy|not breathing|unresponsive|screams when)"
        r"|(?:baby|infant|newborn) is \d+ ?(?:days?|weeks?|months?)\b.{0,60}\b(?:bruis\w*|swelling|swollen|bump|fracture|burn|bleeding|floppy|screams when))\b", _F), False),
    # a baby brought in not moving a limb or not moving properly (sixty-second session, second round): "baby brought in not
    # moving properly, ...", "infant brought into our surgery, not moving his legs properly" (not a baby not moving in the
    # womb; asked about in a frame of study, "is it normal for a newborn not moving his arm much?", it is learning, and a
    # kind of baby asked about is a study, :data:`_KIND_OF_CHILD`)
    ("infant_not_moving", re.compile(
        r"\b(?:baby|infant|newborn|\d{1,2}[- ]?(?:day|week|month)s?[- ]old)\b[^.?!]{0,60}?\bnot moving\s+"
        r"(?:(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:arms?|legs?|head|neck|side|hands?|feet|foot)|properly|normally|right|much|at all)\b"
        r"(?![^.?!]{0,40}\b(?:womb|in utero|bump|kicks?|f(?:o)?etal|pregnan\w*|scan)\b)", _F), False),
    # a baby whose carer says someone shook them, told as it is found (an observed cue, :data:`_OBSERVED`; sixty-second
    # session, second round): "baby brought in ..., dad says he shook him, what now", "6 week old just brought into A&E floppy
    # and mum's partner admits he shook her", "mum says her boyfriend was shaking him to stop him crying"
    ("infant_shaken", re.compile(
        r"\b(?:baby|infant|newborn|\d{1,2}[- ]?(?:day|week|month)s?[- ]old)\b[^?]{0,120}?"
        r"\b(?:admits?|admitted|says?|said|told (?:me|us|the [\w-]+)|thinks?|reckons?)\s+(?:that\s+)?"
        r"(?:he|she|they|dad|mum|(?:the|his|her|their|mum['’]?s|dad['’]?s)\s+(?:[\w-]+\s+)?(?:partner|boyfriend|girlfriend|dad|father|mum|mother|"
        r"stepdad|stepfather|uncle|carer|childminder|nanny))\s+(?:has\s+|had\s+|may have\s+|might have\s+|(?:was|were|is|['’]s)\s+)?"
        r"(?:shook|shaken|shaking)\s+(?:him|her|them|it|the (?:baby|infant|newborn))\b", _F), False),
    # a medical emergency in front of the practitioner: a child not breathing, floppy or
    # fitting, a carer collapsed or unrousable, a child who has swallowed medicine or bleach
    ("medical_emergency", re.compile(
        r"(?<!\bi )(?<!\bI )\b(?:not|isn'?t|isnt|is not|aren'?t|barely|hardly|struggling to|can'?t|cannot|(?:has |have )?stopped)\s+(?:really\s+|properly\s+)?breath(?:e|ing)\b"
        r"|\bgasping for (?:air|breath)\b|\b(?:turn(?:s|ing|ed)|gone|going|went)\s+blue\b|\bblue (?:around|round|on) (?:the|his|her|their) lips\b"
        # (fifty-fifth session: "12yo at our youth club has collapsed after a pill ...,
        # breathing's gone weird")
        r"|\b\d{1,2}\s*(?:yo|y/o|(?:year|yr)[- ]old)\b[^.?!]{0,30}?\b(?:has|['’]s|is)\s+(?:just\s+)?(?:collapsed|passed out|unresponsive|unconscious)\b"
        r"|\b(?:barely|hardly|not really|only just)\s+(?:responsive|conscious|rousable|breathing)\b"
        r"|\b(?:hasn['’]?t|has not|haven['’]?t|have not|not)\s+(?:been\s+)?(?:fed|eaten|had (?:any )?(?:food|a drink|anything to eat))\s+(?:for|in)\s+(?:days|\d+\s+days|two days|three days)\b"
        r"|\b(?:his|her|their|the)?\s*breathing(?:['’]s|\s+is|\s+has)?\s+(?:gone|going|become|getting|really|very)?\s*(?:weird|funny|strange|shallow|slow|raspy|laboured|labored|noisy)\b"
        r"|\blips?\s+(?:are|is|have gone|has gone|went|look|looks)\s+blue\b"
        # (fifty-seventh session: "6 month old I'm visiting has blue lips and is breathing really oddly")
        r"|\b(?:has|have|with|got|['’]s got)\s+(?:gone\s+)?blue lips\b"
        r"|\bbreathing\s+(?:really\s+|very\s+|quite\s+|so\s+)?(?:oddly|strangely|weirdly|funny|funnily|shallowly|noisily|fast|rapidly)\b"
        r"|\b" + _KID + r"\b.{0,40}?\b(?:floppy|limp|unresponsive|fitting|having (?:a )?(?:fit|seizure)s?|had (?:a )?(?:fit|seizure))\b"
        # ("mummy won't wake up", as a small child says it: sixty-third session, a second writer)
        r"|\b(?:mum|mummy|mam|mammy|mother|mom|mommy|dad|daddy|father|carer|parent|" + _KID + r")(?:'s|’s|\s+is|\s+has|\s+are|\s+was|\s+'s)?\s+(?:just\s+|completely\s+|totally\s+|now\s+|still\s+)?"
        r"(?:passed out|collapsed|unresponsive|unconscious|out cold|not waking(?: up)?|not responding|won'?t (?:wake|respond))"
        r"(?!\s+to\s+(?:emails?|letters?|calls?|messages?|texts?|the|our|my|his|her|their|any|referrals?|treatment))"
        # (where the carer is between: "mum at stay and play has just collapsed in the toilet",
        # agency/role persona, 2026-12-07)
        r"|\b(?:mum|mother|mom|dad|father|carer|parent)\b[^.?!,;]{0,30}?\b(?:has|['’]s|is)\s+(?:just\s+)?(?:passed out|collapsed|fainted)\b"
        # (or said not to move: "mum on the sofa not moving and not responding to knocking", sixtieth session)
        r"|\b(?:mum|mother|mom|dad|father|carer|parent)\s+(?:(?:is\s+|['’]s\s+)?(?:lying|lay|laid|slumped|sat|sitting|collapsed)\s+)?(?:(?:on|in|at|by)\s+(?:the|a|her|his)\s+(?:[\w-]+\s+)?[\w-]+\s+)?(?:is\s+|['’]s\s+)?(?:still\s+)?"
        r"(?:not moving|not responding(?!\s+to\b(?!\s+(?:knocking|knocks|(?:her|his) name|touch|pain|(?:my|our|her|his) voice|shouting|us|me)\b))|unresponsive|won['’]?t wake)\b"
        # (or on the floor with blood or not moving, as a child on the phone says it: "'mum's on the floor and there's blood and
        # my baby brother is crying'"; sixty-third session, a second writer)
        r"|\b(?:mum|mummy|mam|mother|mom|dad|daddy|father|nan|nana|carer)(?:['’]s|\s+is)\s+(?:lying\s+)?on\s+the\s+(?:floor|ground|kitchen floor|bathroom floor)\b"
        r"[^.?!]{0,40}?\b(?:blood|bleeding|not moving|won['’]?t (?:wake|move|get up|talk)|not (?:waking|breathing|talking)|can['’]?t (?:get up|breathe|talk))"
        r"|\b(?:and|but)\s+(?:has\s+|is\s+|'s\s+)?(?:passed out|collapsed)\b|\b(?:and|but)\s+(?:won'?t|will not|can'?t be)\s+(?:wake(?: up)?|woken|respond(?!\s+to))\b"
        r"|\b(?:isn'?t|is not|not) waking(?: up)?\b|\bcan'?t (?:wake|rouse) (?:him|her|them|mum|dad|mother|father|(?:his|her|their|the) \w+)(?: up)?\b"
        # (or got into: "the 2yo got into dad's methadone, is very drowsy")
        r"|\b(?:swallowed|drunk|drank|eaten|ate|got into|gotten into|got hold of|getting into)\s+(?:[\w'’]+\s+){0,5}?"
        r"(?:bleach|pills|tablets|meds|medication|methadone|paracetamol|washing (?:tablets|pods?|liquid)|button batter\w*|batter(?:y|ies)|drugs)\b"
        # ... or in its mouth: "passed him something from her mouth - looks like a wrap - and he's
        # put it in his mouth" (agency/role persona, 2026-12-07)
        r"|\b(?:wrap|drugs|baggie|package|battery|batteries|button batter\w*)\b[^.?!]{0,60}?"
        r"\b(?:in|into)\s+(?:his|her|their|the (?:child|baby|toddler|boy|girl)['’]s)\s+mouth\b"
        # an overdose just taken: "the girl 14 has taken many tablets and is vomiting",
        # "she's taken an overdose" (not "taken her tablets", nor one in the past: "took an
        # overdose last year")
        r"|\b(?:has|have|'s|’s|'ve|’ve|just)\s+(?:just\s+)?(?:taken|took|swallowed|necked)\s+(?:many|too many|lots of|a lot of|loads of|a load of|"
        r"a (?:handful|bunch|packet|box|strip|bottle) of|a whole (?:packet|box|bottle) of|all (?:of )?(?:her|his|their|the|mum'?s|dad'?s)|\d+|two|three|four|five|six|ten|twenty)\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?:pills|tablets|paracetamol|meds|medication|capsules)\b"
        r"|\b(?:has|have|'s|’s|'ve|’ve|just|is)\s+(?:just\s+)?(?:taken\s+an?\s+overdose|overdosed|overdosing|od'?d)\b"
        # (or in the child's own words, a count no dose would be: "'I took 20 paracetamol before school'", "'i took 30 of my
        # mums pills at lunch'"; a telling dated in the past is held by the frames; sixty-third session, a second writer)
        r"|\b(?:i|i['’]ve|ive|i have)\s+(?:just\s+)?(?:took|taken|swallowed|necked|downed|ate|eaten)\s+(?:too many|lots of|loads of|a load of|"
        r"a (?:handful|bunch|packet|box|strip|bottle) of|a whole (?:packet|box|bottle|strip) of|all (?:of\s+)?(?:my|the|mum['’]?s|mums|dad['’]?s|dads|nan['’]?s)|"
        r"[5-9]|[1-9]\d|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)\s+"
        r"(?:of\s+(?:my|the|mum['’]?s|mums|dad['’]?s|dads|nan['’]?s|her|his)\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:pills|tablets|paracetamol|meds|medication|capsules|painkillers|ibuprofen)\b"
        # (whatever the medicine is called: "saying she's swallowed a whole box of sertraline", fifty-ninth session)
        r"|\b(?:swallowed|taken|took|necked|downed|eaten|ate)\s+(?:a\s+|an\s+|the\s+|her\s+|his\s+|their\s+)?(?:whole\s+|full\s+|entire\s+)?"
        r"(?:box|packet|pack|bottle|strip|blister pack|tub|handful)s?\s+of\s+(?:her\s+|his\s+|their\s+|mum['’]?s\s+|dad['’]?s\s+)?[\w-]+\b", _F), False),
    # the child is afraid of going home or of a carer
    ("afraid_to_go_home", re.compile(
        r"\b(?:scared|afraid|frightened|terrified|too scared)\s+(?:to|of)\s+(?:go(?:ing)?\s+)?home\b"
        r"|\b(?:doesn'?t|does not|don'?t|do not|won'?t|will not|refus\w* to)\s+(?:want\s+to\s+)?go(?:ing)?\s+home\b"
        # (the auxiliary dropped, as a learner says it: "'I no want go home'", "she not want to go home"; threshold persona, round 2)
        r"|\b(?:i|he|she|they)\s+(?:no|not|dont|don['’]t)\s+want(?:s)?\s+(?:to\s+)?go\s+(?:back\s+)?home\b"
        # ... or begging not to be sent: "'don't send me home, don't send me home'", "'please don't make me go back there'"
        # (sixty-third session, a second writer)
        r"|\b(?:don['’]?t|dont|do not|please don['’]?t)\s+(?:send|make|let)\s+me\s+(?:go\s+)?(?:back\s+)?(?:home|there|to (?:him|them|dad['’]?s|mum['’]?s))\b"
        # ... or back with the one she fears: "she can't go back with him because of what he does to
        # her at night" (agency/role persona, 2026-12-07)
        r"|\b(?:can['’]?t|cannot|won['’]?t|will not|doesn['’]?t want to|does not want to|refus\w* to)\s+go\s+(?:back\s+)?(?:home\s+)?with\s+"
        r"(?:him|her|them|(?:her|his|their)\s+(?:dad|father|stepdad|step-dad|mum|mother|stepmum|uncle|brother|boyfriend|partner))\b", _F), False),
    # a child somewhere they could fall or be hurt, now
    ("danger_place", re.compile(
        r"\b(?:standing|sitting|climbing|hanging|leaning|playing|crawling|balancing|wandering|toddling)\s+(?:on|out of|off|over|near|at|by|along)\s+(?:the |a |an )?"
        # (fifty-seventh session: "a little one, maybe 4, wandering on the dual carriageway verge")
        # (fifty-ninth session: where on it, "sitting on the top edge of the multi storey car park",
        # "climbing the railing" of a balcony)
        r"(?:(?:top|very|outer|outside|high|narrow|open)\s+)?"
        # (or a road named by its class or number: "wandering by the A road", "on the A38"; threshold persona, round 2)
        r"(?:(?:a|b|m)\d{0,4}\s+|main\s+|busy\s+|ring\s+)?"
        r"(?:window ?(?:ledge|sill)|open window|window|balcony|ledge|roof|edge|railway|tracks|road|motorway|dual carriageway|hard shoulder|canal|river|parapet|(?:a|m)\d{1,4})\b"
        r"|\bclimbing\s+(?:on\s+|over\s+|up\s+)?(?:the|a)\s+(?:balcony\s+)?(?:railings?|balustrade|parapet|window ?(?:ledge|sill))\b"
        # (or over a drop: "legs over the side", "dangling his legs over the edge")
        r"|\blegs\s+(?:dangling\s+|hanging\s+)?(?:over|off)\s+(?:the|a)\s+(?:side|edge|railings?|parapet|balcony|ledge)\b", _F), False),
    # FGM, forced marriage, abduction abroad: imminent
    ("fgm_forced_marriage", re.compile(
        # ("FGM" naming a document or a duty is no event: "writing the FGM policy flowchart - if a child
        # tells ...", fifty-ninth session)
        r"\b(?:(?:fgm|female genital mutilation)(?!\s+(?:policy|policies|procedures?|flowchart|pathway|training|guidance|protection orders?|act\b|"
        r"mandatory|reporting|duty|leaflet|awareness|slides?|lesson|session|module|course|statistics|figures|data|unit|referral form|risk assessment))|"
        r"(?:be|being|get|getting|got)\s+['‘\"“]?cut(?!\s+(?:off|from|back|out|short|down|up|in)\b)|"
        # (or "cut in" a holiday, a month or a country, where "cut in" is no interrupting: "her aunty will take her to be cut in the
        # summer holiday", "she's getting cut in Somalia"; threshold persona, round 4)
        r"(?:be|being|get|getting)\s+['‘\"“]?cut['’\"”]?\s+in\s+(?:the\s+|this\s+|next\s+|her\s+|their\s+)?(?:(?:school|summer|easter|christmas|eid)\s+)?"
        r"(?:summer|holidays?|hols|half[- ]term|easter|christmas|eid|break|january|february|march|april|may|june|july|august|september|october|"
        r"november|december|somalia|somaliland|sudan|egypt|ethiopia|eritrea|kenya|nigeria|sierra leone|guinea|gambia|mali|djibouti|yemen|"
        r"iraq|kurdistan|indonesia|africa|(?:the\s+)?village|(?:her|their|the)\s+(?:home\s+)?country)\b|"
        # (or cut already on a trip, which the duty to report and her sisters' risk make live: "she's saying she was cut over
        # the holidays and her little sister is going next week"; thread follow-ups, sixty-second session)
        r"(?:was|were|has been|have been|had been)\s+['‘\"“]?cut['’\"”]?\s+(?:over|during|in|on|when)\s+(?:the\s+|her\s+|their\s+|a\s+)?"
        r"(?:holidays?|summer|half[- ]term|trip|visit|break|she went|they went|abroad)\b|"
        # (or the one who cuts named as a person to be taken to, nothing cut after it: "'tomorrow we go to the lady who cut, all
        # girls have it'", "the woman who does the cutting"; not "the lady who cuts my hair"; closed-question persona, blind 120)
        r"(?:lady|woman|women|old woman|aunty|auntie|midwife|cutter|elder)\s+(?:who|that)\s+(?:cuts?|will cut|does (?:the\s+)?['‘\"“]?cut(?:ting)?['’\"”]?)(?=\s*['’\"”]?\s*(?:[,.;:!?)\-–—]|$|and\b|for\b|all\b|the girls\b|girls\b))|"
        r"cut her(?!\s+(?:off|hair|fringe|nails|food|lunch|sandwich))|her cutting|circumcis\w*|['‘\"“]?cutting['’\"”]? ceremony|ceremony to become a woman|"
        # (or said as made clean or pure, a euphemism for it: "she will be made clean like her big sister was"; not "getting clean" of
        # drugs; closed-question persona, round 4)
        r"(?:be|being|get|getting|got|was|were|been)\s+['‘\"“]?made\s+['‘\"“]?(?:clean|pure)\b|(?:be|being|get|getting)\s+['‘\"“]?purified\b|"
        # (sixty-first session, second-language English: the cutting "made" or "done" to her, "to cut the 5 years
        # daughter", "they will make the cutting on Saturday")
        r"(?:make|makes|making|made|do|does|doing|perform\w*|arrang\w*)\s+(?:the\s+|her\s+|a\s+)?['‘\"“]?(?:cutting|circumcision)\b|"
        # (or a trip "for the cutting", in a child's learner English: "'tomorrow we go to Somalia for the cutting'", sixty-third session)
        r"for\s+(?:the\s+|her\s+|a\s+|my\s+)?['‘\"“]?(?:cutting|circumcision)\b(?![-\s]+edge)|"
        # (or taken "for her cut", as a small girl says it: "'nan's taking me for my cut in the summer'"; not a haircut: "for
        # my cut and colour"; sixty-third session, a second writer)
        r"(?:take|takes|taking|took|bring|bringing|send|sending|fly|flying)\s+(?:me|her)\s+(?:(?!hair|barber|salon)[\w'’-]+\s+){0,3}?for\s+(?:my|her|the)\s+['‘\"“]?cut\b['’\"”]?"
        r"(?!\s+(?:and\s+(?:colou?r|blow|dry|style|fringe)|(?:and\s+)?(?:at|with)\s+the\s+(?:hairdressers?|barbers?|salon)))|"
        r"(?:to|will|['’]ll|going to|gonna|want to|wants to|come to|came to)\s+cut\s+(?:the|her|his|their|my|our|both|two)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:daughters?|girls?|granddaughters?|nieces?|sisters?|baby|babies|child|children|minors?)\b(?!['’]?s?\s+(?:hair|nails|fringe|food|cake|lunch|sandwich))|"
        # (a marriage arranged for her, or her given in marriage: "her parents arrange marriage for her with a man of 40")
        r"arrang\w*\s+(?:a\s+|the\s+|her\s+)?marriage\s+(?:for|of)\s+(?:her|him|the (?:girl|boy|child|minor)|their (?:daughter|son))|"
        r"(?:give|gives|giving|gave|given|promise|promises|promising|promised)\s+(?:her\s+|him\s+)?(?:in|for|into)\s+marriage|"
        # (not the order that stops it or the unit: "had a forced marriage protection order made last month";
        # and one set for her: "her parents are marrying her to a cousin this saturday", sixtieth session)
        r"forced (?:to|into) marr\w*|forced marriage(?!\s+(?:protection orders?|unit|fmu|policy|policies|guidance|training|statistics|figures|data|cases? (?:last|in)))|"
        r"married off|marry (?:a|an|her|him|his|their|some|my)|(?:be|get|getting|being) married|marrying (?:her|him) (?:off\s+)?to\b|"
        # (a second language's "for marry", "to marry old man": sixty-first session, a break-it helper)
        r"(?:take|taking|takes|took|send|sending|sends|fly|flying|bring|bringing)\s+(?:her|him|me)\b[^.?!]{0,50}?\bfor\s+(?:marry|marriage|wedding)\b|"
        # (or a trip and "and marry", the verb bare: "'My father say tomorrow I go Bangladesh and marry'"; threshold persona, round 2)
        r"(?:go|goes|going|went|fly|flies|flying|send|sends|sent|take|takes|taken)\s+(?!(?:to\s+)?(?:uni|university|college|work|school|travelling|traveling)\b)"
        r"(?:to\s+|back\s+(?:to\s+)?)?(?:[\w-]+\s+){1,2}?and\s+marry\b(?!\s+(?:in|at|there|(?:his|her|their|my)\s+(?:girlfriend|boyfriend|partner|fianc\w*))\b)|"
        r"marry\s+(?:old|older|the|that|this|cousin|uncle)\b|"
        # (or sent off with a man to marry, in a child's learner English: "'my uncle say today after school I go with the man to
        # marry'"; sixty-third session, a second writer)
        r"(?:go|goes|going|went|sent|send|sends|sending|take|takes|taking|taken|give|gives|given)\s+(?:me\s+|her\s+|him\s+)?(?:away\s+)?with\s+"
        r"(?:a|an|the|this|that|some|older|old)\s+(?:[\w-]+\s+)?(?:man|men|guy|stranger)\s+(?:to|for)\s+(?:marry|marriage|wedding|be married|get married)\b|"
        r"taken abroad|sent abroad|sent back home to|taken out of the country|"
        # (a euphemism for it: "her dad will take her to Nigeria this holiday 'to become a woman'",
        # fifty-ninth session)
        # (or quoted after "be": "flying her to Nigeria on Saturday to be 'made a woman'", sixtieth session)
        r"(?:take|taking|takes|send|sending|fly|flying|bring|bringing)\s+her\b[^.?!]{0,50}?['‘]?to\s+(?:be\s+['‘]?made|become|be made|be)\s+a\s+(?:real\s+|proper\s+|full\s+)?woman)\b", _F), True),
    # a girl being taken, sent or flown abroad or to a country, in a message that names FGM or forced marriage in any form, an
    # order asked about included, or a rite said for it (:data:`_FGM_OR_FM_NAMED`), with the trip soon (:data:`_TRIP_SOON`): "she
    # is being took to 'visit family' in somalia ... for a 'special ceremony' and flies on friday. is this FGM protection order
    # territory?" (closed-question persona, fresh 40 of round 2; counted as the trip of :data:`_CUES` "fgm_forced_marriage")
    ("taken_abroad_named_risk", re.compile(
        r"\b(?:(?:is|are|am|['’]s|['’]re|['’]m)\s+(?:being|getting)\s+(?:taken|took|sent|flown|shipped|brought)"
        r"|(?:is|are|['’]s|['’]re)\s+(?:taking|sending|flying|bringing)\s+(?:her|me)"
        r"|(?:she|girl|daughter|niece)(?:\s+is|['’]s)\s+(?:going|flying|travelling|traveling|off)"
        r"|(?:she|they)\s+(?:fly|flies)(?:\s+out)?"
        # (or her family flying, she with them: "family flying to sudan on saturday"; closed-question persona, round 4)
        r"|(?:family|parents)(?:\s+(?:is|are)|['’]s|['’]re)?\s+(?:flying|travelling|traveling|jetting\s+off))\s+(?:out\s+|back\s+|over\s+)?(?:to|abroad|home)\b", _F), False),
    # violence in the room the practitioner is in, or an adult waiting for a child, now
    ("violence_now", re.compile(
        r"\b(?:threw|throwing|thrown|smash(?:ed|ing)|screaming at|shouting at|punch(?:ed|ing) (?:the|a) (?:wall|door|window)|kicking (?:off|the door|in the door))\b"
        r"|\b(?:parked|waiting|sat|sitting|hanging around|lurking)\s+(?:right\s+)?outside\s+(?:the\s+)?(?:school(?: gates)?|gates|nursery|home|house|flat|college)\b"
        r"|\b(?:get|getting) in(?:to)? (?:his|the|a|their) (?:car|van)\b", _F), True),
    # someone armed at the child's door, gates or home: live without a time word
    ("armed_nearby", re.compile(
        rf"\b{_WEAPON}\b.{{0,60}}\b(?:outside|at the (?:door|gates?)|in the (?:house|flat|home))\b"
        rf"|\b(?:outside|at the (?:door|gates?))\b.{{0,60}}\bwith (?:a |an )?{_WEAPON}\b", _F), False),
    # weapons, abduction and an intoxicated carer, with an immediacy marker
    ("weapon_now", re.compile(
        # (one word may describe it: "has just picked up a kitchen knife"; not "knife crime")
        rf"\b(?:with|has|have|'s got|got|carrying|holding|waving|brandishing|wielding|pulled|pulled out|got out|took out|"
        rf"picked up|picking up|grabbed|grabbing|brought|bringing|swinging)\s+(?:a\s+|an?\s+|the\s+)?(?:[\w-]+\s+)?{_WEAPON}\b", _F), True),
    ("abduction_now", re.compile(
        r"\b(?:snatch\w*|grabb\w*|abduct\w*|kidnap\w*|(?:driv(?:e|es|ing|en)|drove|speed(?:s|ing)?|sped) off with|run(?:ning)? off with)\s+(?:him|her|them|the (?:child|baby|boy|girl|kids?|toddler)|his|her|their|my|the \d{1,2}\s*(?:yo|y/o|(?:year|yr|month)[- ]old)\b)"
        r"|\btaking\s+(?:him|her|them|the (?:child|baby|boy|girl|kids?|toddler))\b"
        # (not an outing or an appointment: "we're taking her out on a school trip tomorrow",
        # "he is taking him out of school early today for a dentist appointment")
        r"(?!\s+(?:out\s+)?(?:on|for)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?(?:school\s+|class\s+)?(?:trip|outing|visit|walk|appointment|lunch|holiday|swim|day out|treat)"
        r"|\s+out\s+of\s+(?:school|class|lessons?|nursery)\s+(?:early\s+)?(?:today\s+|tomorrow\s+)?(?:for|to go to)\s+(?:a|an|the|his|her|their)\s+(?:dentist|doctor|gp|hospital|appointment|dental|medical|optician|clinic))", _F), True),
    # a child afraid of being taken or hurt by someone near: "she's scared he'll take her"
    # (with a marker of now: "on the phone to a 13 year old right now, ... the man who makes
    # her work ... is outside the school gates and she's scared he'll take her")
    ("fear_of_being_taken", re.compile(
        r"\b(?:is|'s|’s|am|'m|are|'re)\s+(?:really\s+|so\s+|very\s+)?(?:scared|afraid|frightened|terrified|petrified)\s+(?:that\s+)?"
        r"(?:he|she|they|the (?:man|men|woman|trafficker|boyfriend)|[\w'’]+(?:'s|’s)? (?:dad|stepdad|uncle|mum|boyfriend))\s*"
        r"(?:'ll|’ll|ll|will|is going to|'s going to|’s going to|are going to|might|may|is gonna|'s gonna|'re gonna)\s+"
        r"(?:take|grab|snatch|get|hurt|kill|find|come for|drag)\s+(?:her|him|them|me|us)\b", _F), True),
    # a child seen being forced into a vehicle: "two men dragged a young girl into a van"
    ("abduction_seen", re.compile(
        # someone else forcing a child into a vehicle: "two men dragged a young girl into a
        # van" (not "I push my son into the car seat", "groomers may pull a child into a car")
        r"(?<!\bi )(?<!\bwe )(?<!\bmay )(?<!\bmight )(?<!\bcould )(?<!\bwould )(?<!\bto )"
        r"\b(?:drag|dragg|bundl|forc|pull|push|shov|throw|threw|grab|grabb|snatch|putting|bung)\w*\s+(?:(?:a|an|the|this|that|his|her|their|my|our|some|one)\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:" + _KID + r"|schoolgirl|schoolboy)"
        + _INTO_VEHICLE +
        # ... or tried: "a man ... tried to get a year 4 into his van. he's still parked on the road"
        # (fifty-ninth session)
        r"|\b(?:men|man|males?|strangers?|guys?|someone|somebody|people)\s+(?:just\s+)?(?:put|puts|took|take|takes)\s+(?:(?:a|an|the|this|that|one|two)\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:" + _KID + r"|schoolgirl|schoolboy)" + _INTO_VEHICLE +
        r"|(?<!\bi )(?<!\bwe )\b(?:tried|trying|tries|attempted|attempting)\s+to\s+(?:get|lure|entice|coax|pull|drag|push|bundle|put|take|grab|force)\s+"
        r"(?:one of\s+)?(?:(?:a|an|the|this|that|his|her|their|my|our|some|one|two)\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:" + _KID + r"|schoolgirl|schoolboy|kids|y(?:ea)?r\s?\d{1,2}s?)" + _INTO_VEHICLE +
        # ... or told in the passive: "a girl is being forced into a car", "my kid got
        # pulled into a car", "a boy has been bundled into a car"
        # (with where the child is between: "a boy outside school being dragged into a van")
        # (or what the child looks like: "a girl who looks about 13 was just dragged into a van")
        r"|\b(?:" + _KID + r"|schoolgirl|schoolboy|" + _ONE_OF + r")(?:'s|’s)?" + _BETWEEN + r"\s+"
        r"(?:is being|was|has been|'s been|’s been|got|just got|being|were|have been|has just been|was just)\s+"
        r"(?:just\s+)?(?:forced|dragged|pulled|bundled|pushed|thrown|shoved|grabbed|snatched|put|taken)"
        r"(?:\s+and\s+(?:put|pushed|thrown|bundled|dragged|forced|shoved))?"
        r"(?:" + _INTO_VEHICLE + r"|\s+in(?:to|side)?\s+(?:a|an|the|some)\s+(?:[\w-]+\s+)?(?:house|flat|building|alley|alleyway)\b(?=\s+by\b))"
        r"(?!\s+(?:in (?:19|20)\d{2}|years ago|last (?:year|month|week)|before|previously|when (?:she|he|they) (?:was|were)))" +
        # "my daughter has been kidnapped", "a pupil's just been abducted", "my 14 year old
        # daughter has been kidnapped", "DAUGHTER KIDNAPPED"
        r"|\b(?:my|our|a|the|this|his|her)\s+(?:[\w-]+\s+){0,3}?(?:son|daughter|child|kid|boy|girl|baby|toddler|pupil|student|foster child|grandson|granddaughter|niece|nephew|brother|sister)"
        r"(?:\s+(?:has|have)|(?:'s|’s))\s+(?:just\s+)?been\s+(?:abducted|kidnapped|snatched|taken by (?:a |some )?(?:stranger|man|men|woman))\b"
        r"(?!\s+(?:before|previously|in the past|years ago|as a|when (?:she|he|they) (?:was|were)))"
        r"|\b(?:son|daughter|child|kid|boy|girl|baby|toddler|pupil)\s+(?:kidnapped|abducted|snatched)\b(?!\s+(?:before|previously|in|years))"
        r"|\b(?:someone|somebody|a stranger|a man|a woman|strangers|men)\s+(?:has|have|'s|just)\s+(?:just\s+)?(?:kidnapped|abducted|snatched|taken)\s+"
        r"(?:my|our|a|the|this|his|her)\s+(?:[\w-]+\s+)?(?:son|daughter|child|kid|boy|girl|baby|toddler|pupil|student)\b"
        r"|\bsnatched (?:her|him|them) from (?:contact|school|nursery|the park)\b", _F), False),
    # a child just injured by an attack: "a pupil has just been stabbed outside the gates"
    # (not "was stabbed in 2019", "had been stabbed before")
    # (or one of a group the asker works with: "one of my lads has just been stabbed outside the
    # centre", "one of our young people got knifed 5 mins ago", "he's been jumped and knifed";
    # a friend only with "has been": "her friend (16) has been stabbed", not "since his mate got
    # stabbed"; agency/role persona, break-it misses, 2026-12-07)
    ("attacked_now", re.compile(
        # (or a child of an age: "14yo on our books has just been stabbed", sixtieth session)
        r"\b(?:(?:" + _KID + r"|schoolgirl|schoolboy|lads?|\d{1,2}\s*(?:yo|y/o)|" + _ONE_OF + r")(?:'s|’s)?" + _BETWEEN + r"\s+(?:(?:has|have)\s+just\s+been|(?:'s|’s)\s+(?:just\s+)?been|just\s+got|is being|are being|"
        r"(?:has|have)\s+been|was\s+just|got|(?:(?<='s )|(?<=’s ))(?:just\s+)?been)"
        r"|(?:friend|mate|cousin|boyfriend|girlfriend)(?:'s|’s)?" + _BETWEEN + r"\s+(?:(?:has|have|['’]s)\s+(?:just\s+)?been|just\s+got|was\s+just|is being))"
        r"\s+(?:stabbed|shot|knifed|slashed|glassed|beaten up|jumped|attacked)\b"
        r"(?!\s+(?:before|previously|in the past|years ago|last (?:year|month|week)|in (?:19|20)\d{2}))", _F), False),
    # a carer removing a child from where professionals can see them
    ("removing_child", re.compile(
        r"\btrying to (?:leave|go|run|get away|take (?:him|her|them|the (?:child|baby|kids?))(?: away| out| home)?)\s*(?:with (?:him|her|them|the (?:child|baby|boy|girl|kids?|toddler)))?\b(?=.{0,5}$|\s*[,.;]|\s+(?:now|before|without|against\s+(?:medical\s+)?advice))"
        r"|\btrying to leave with (?:him|her|them|the (?:child|baby|boy|girl|kids?|toddler))\b"
        # (from hospital: "parents are trying to self discharge and leave with him now", sixtieth session)
        r"|\b(?:trying|about|going|wanting|wants?|insisting|threatening)\s+(?:to\s+)?(?:self[- ]?discharge|take (?:him|her|them|the (?:baby|child)) (?:home|out) (?:now |right now |today )?against (?:the )?(?:medical |doctors?['’]? )?advi[cs]e)\b"
        # (or the carers taking the child out of hospital, "self" left out: "parents are trying to discharge and leave now",
        # "mum is trying to discharge him herself"; closed-question persona, blind 120)
        r"|\b(?:parents?|mum|mother|dad|father|carers?|family|they)\s+(?:are|is|['’]re|['’]s)\s+(?:now\s+)?(?:trying|insisting|threatening|demanding|wanting)\s+to\s+"
        r"discharge\s+(?:(?:him|her|them|the (?:baby|child|boy|girl))\s+)?(?:(?:him|her|them)sel(?:f|ves)\b|and\s+(?:leave|go|take (?:him|her|them)))"
        # (or doing it: "mum's now walking out with her saying they're going home", agency/role
        # persona, 2026-12-07)
        r"|\b(?:is|are|['’]s|['’]re|has|have)\s+(?:now\s+|just\s+)?(?:walking|storming|heading|running|walked|stormed|run)\s+(?:out|off|away)\s+"
        r"with\s+(?:him|her|them|the (?:child|baby|boy|girl|kids?|toddler)|(?:his|her|their)\s+(?:\d{1,2}\s*(?:yo|y/o)|baby|child|kids?|son|daughter|toddler))\b"
        # (against the staff's wishes: not "walking out with the baby at the end of her contact")
        r"(?=[^.?!]{0,40}\b(?:saying|says|before|without|against|despite|refus\w*)\b)"
        # (or keeping hold of the child: "is refusing to hand the baby back to the supervisor", "won't
        # give him back", fifty-ninth session)
        r"|\b(?:refus\w*\s+to|won['’]?t|will not|isn['’]?t going to)\s+(?:hand|give|bring|let go of|release)\s+"
        r"(?:him|her|them|the (?:baby|child|kids?|children|boy|girl|toddler|twins))(?:\s+back\b|\s*[,.;!?]|\s*$)", _F), False),
    ("intoxicated_carer_now", re.compile(
        r"\b(?:drunk|intoxicated|off (?:his|her|their) face|high on|smashed|wasted|hammered|(?:stinks|smells|reeks|stinking|smelling) of (?:alcohol|booze|drink)|can barely stand|slurring)\b.{0,80}\b(?:kid|kids|child|children|baby|toddler|newborn|infant|son|daughter|\d+\s*(?:year|yr|week|wk|month|mth)s?[- ]old|\d+\s*(?:yo|y/o|yrs?)\b|pick-?up|nursery|school)\b", _F), True),
    # a fire or gas leak where children are: "smoke coming out the letterbox", "the flat
    # is on fire", "house is full of smoke", "strong smell of gas" (twenty-first session)
    ("fire_now", re.compile(
        r"\b(?:smoke|flames?)\s+(?:is\s+|are\s+)?(?:coming|pouring|billowing|pumping|belching)(?:\s+(?:out|from|under|through))?\b"
        r"|\b(?:is|'s|’s|are|'re|now|has caught|have caught|caught|going up)\s+(?:on fire|alight|ablaze|in flames)\b"
        r"|\b(?:full of|filling (?:up )?with|filled with|thick with)\s+(?:black\s+|thick\s+)?smoke\b"
        # (and "there's a strong gas smell", sixtieth session)
        r"|\b(?:strong|really strong|overpowering|heavy)\s+(?:smell\s+of\s+(?:gas|smoke|burning)|(?:gas|smoke|burning)\s+smell)\b|\bsmell(?:s|ing)?\s+(?:of\s+)?gas\b(?!\s+(?:safety|certificates?|checks?))", _F), False),
    # a child heard screaming or crying behind a door nobody opens: "can hear a little one
    # screaming inside", "a baby crying inside, nobody answering"
    ("screaming_inside", re.compile(
        r"\b(?:hear|hearing|heard|hears)\s+(?:a\s+|an\s+|the\s+|some\s+|(?:his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:little ones?|child(?:ren)?|kids?|bab(?:y|ies)|toddlers?|infants?|boys?|girls?|someone|somebody)"
        # (where the child is, between: "I can hear the toddler in the flat above screaming", fifty-ninth session)
        r"(?:\s+(?:in|on|at|from|through|next door|upstairs|downstairs)(?:\s+(?!is\b|are\b)[\w'’-]+){0,3}?)?\s+(?:is\s+|are\s+)?"
        r"(?:screaming|shrieking|screeching|yelling for help|shouting for help|crying for help|crying out)\b"
        r"|\b(?:little ones?|child(?:ren)?|kids?|bab(?:y|ies)|toddlers?|infants?)\s+(?:is\s+|are\s+)?(?:screaming|shrieking|crying)\s+"
        r"(?:non[- ]?stop\s+)?(?:inside|in there|behind (?:the|a) door|upstairs|for help|through the (?:door|letterbox|wall))\b"
        r"|\b(?:screaming|crying|shrieking)\b[^.?!]{0,60}\b(?:no(?:body| one| adult)\s+(?:is\s+)?(?:answering|answers|will (?:open|answer)|opening|coming to the door)|no answer at the door)\b"
        # "... at my neighbours right now, kids screaming" (with a marker of now)
        r"|\b(?:right now|rn|as we speak|at the moment)\b[^.?!]{0,60}?\b(?:little ones?|child(?:ren)?|kids?|bab(?:y|ies)|toddlers?)\s+"
        r"(?:is\s+|are\s+)?(?:screaming|shrieking|screeching)\b", _F), False),
    # children screaming, with a marker of now in the sentence: "kids screaming right now"
    ("screaming_now", re.compile(
        r"\b(?:little ones?|child(?:ren)?|kids?|bab(?:y|ies)|toddlers?)(?:\s+(?!is\b|are\b)[\w-]+){0,3}?\s+(?:is\s+|are\s+|'re\s+|keep\s+)?"
        r"(?:screaming|shrieking|screeching)\b", _F), True),
    # a child heard crying out to be let be, with a marker of now (closed-question persona, blind 120): "can hear screaming from
    # the flat upstairs on my visit, child shouting 'stop'", "the boy is screaming 'get off me' right now"
    ("child_crying_out_now", re.compile(
        r"\b(?:child(?:ren)?|kids?|bab(?:y|ies)|toddlers?|boys?|girls?|little ones?|son|daughter|\d{1,2}\s*(?:yo|y/o))\s+(?:is\s+|are\s+|['’]s\s+|['’]re\s+|keeps?\s+)?"
        r"(?:shouting|screaming|yelling|shrieking|crying out|crying|begging|pleading)\s+(?:out\s+)?['‘\"“]?(?:stop|help|get off|leave (?:me|him|her|them|us) alone|"
        r"please (?:stop|don['’]?t)|don['’]?t hurt|no+,?\s+stop)\b", _F), True),
    # someone coming to hurt a child: "his brother's mates are coming to 'sort him' after
    # school", "older lads ... planning to jump him at the park" (fifty-fourth session)
    ("coming_for_child", re.compile(
        r"\b(?:coming|came|on (?:their|his|her) way|waiting|planning|going|gonna|outside)\b[^.?!]{0,30}?\bto\s+['‘]?"
        r"(?:sort|jump|batter|stab|shank|knife|beat|do over|kill|hurt|get)['’]?\s+(?:him|her|them|me)\b"
        # (or those who held or hurt her coming back for her, the harm told with it: "says she was held in a flat and they're
        # coming back for her tonight"; not a carer: "mum's at work, they're coming back for her at 3"; closed-question persona,
        # blind 120)
        r"|\b(?:held|kept|locked|owes?|owing|debt|traffick\w*|exploit\w*|scared|afraid|terrified|frightened|threat\w*|hurt|raped|assaulted|attacked|groom\w*)\b"
        r"[^.?!]{0,80}?" + _COMING_BACK + r"|" + _COMING_BACK + r"[^.?!]{0,60}?\b(?:scared|afraid|terrified|frightened|hurt|threat\w*|owes?|debt)\b", _F), True),
    # one who has hurt or threatens a child saying he will be waiting for her: "one has messaged saying he'll be
    # waiting for her after school" (sixtieth session)
    ("waiting_threat", re.compile(
        r"\b(?:he|she|they|someone|one of them|one)(?:['’]ll|\s+will|\s+is going to|\s+are going to|['’]s going to|['’]re going to|\s+is gonna|['’]s gonna)\s+be\s+"
        r"waiting\s+(?:for|outside for)\s+(?:her|him|them)\b", _F), True),
    # a carer unable to care for days with a young child there (sixtieth session): "mum's been in bed for 3 days not
    # getting up, little brother (2) is with her now"
    ("carer_incapacitated_now", re.compile(
        r"\b(?:mum|mother|mom|dad|father|carer|parent)(?:['’]s|\s+has|\s+is)?\s+(?:been\s+)?(?:in bed|not (?:got|getting) up|not eaten|not woken|drinking|on a bender|using)\s+"
        r"(?:for\s+)?(?:\d+|two|three|four|five|several|a few|a couple of)\s+days\b", _F), True),
    # a child put out of home with nowhere to go (sixtieth session): "says he's been kicked out and can't go back"
    ("put_out_now", re.compile(
        r"\b(?:has|have|['’]s|['’]ve)\s+been\s+(?:kicked|thrown|chucked|turfed|locked)\s+out\b[^.?!]{0,40}?\b(?:can['’]?t|cannot|not allowed to|isn['’]?t allowed to)\s+go\s+(?:back|home)\b"
        # (or shut out until someone has gone, in the child's words: "'I'm not allowed home till daddy's friend has gone'";
        # sixty-third session, a second writer)
        r"|\b(?:not|isn['’]?t|aren['’]?t)\s+allowed\s+(?:to\s+(?:go|come)\s+)?(?:back\s+)?(?:home|in|inside|back in)\s+(?:till|until|til)\s+"
        r"(?:[\w'’-]+\s+){1,3}?(?:has\s+|have\s+|is\s+|are\s+)?(?:gone|left|finished|asleep)\b", _F), False),
    # a parent gone with a child, saying she will not see him again (sixtieth session): "dad has taken their 4yo and
    # says she'll never see him again, he's driving to the airport" (not "has taken the kids abroad before")
    ("taken_by_parent_now", re.compile(
        r"\b(?:has|have|['’]s|['’]ve)\s+(?:just\s+)?(?:taken|snatched|grabbed|run off with|gone off with)\s+(?:the|their|his|her|our)\s+(?:[\w-]+\s+)?"
        r"(?:kids|children|baby|child|son|daughter|twins|boys|girls|\d{1,2}\s*(?:yo|y/o)|\d{1,2}[- ]?(?:year|month)[- ]old)\b"
        r"(?![^.?!]{0,40}\b(?:before|previously|in the past|last (?:year|time|month))\b)[^.?!]{0,80}?"
        r"\b(?:never see (?:him|her|them|the (?:kids|children|baby)) again|(?:to|at|for) the airport|out of the country|won['’]?t (?:bring|give) (?:him|her|them) back|not bringing (?:him|her|them) back)\b", _F), False),
    # a threat to a child's life said by a parent: "he'll 'finish it' if his 6yo isn't home"
    ("threat_to_child", re.compile(
        r"\b(?:he|she|they|dad|mum|father|mother|stepdad)(?:['’]ll|\s+will|\s+would|['’]d|\s+is going to|\s+was going to|\s+said he['’]?d|\s+said she['’]?d)\s+"
        r"['‘]?(?:finish (?:it|her|him|them)|kill (?:her|him|them|the (?:kids?|child|baby))|end it)\b"
        # (or on the way to do it: "he's on his way to take the kids and 'finish it'"; fifty-ninth session)
        r"|\b(?:on (?:his|her|their) way|coming|going|gonna)\b[^.?!]{0,50}?\band\s+['‘]?(?:finish (?:it|her|him|them)|end it(?: all)?|"
        r"kill (?:her|him|them|the (?:kids?|children|child|baby)))\b"
        # (or a baby silenced for good: "dad's shouting he'll 'shut it up for good'")
        r"|\b(?:shut|keep)\s+(?:it|him|her|them|the (?:baby|child|kid))\s+(?:up|quiet)\s+for good\b", _F), True),
    # a child hiding from someone now: "he's back, he's got the belt, I'm hiding in the
    # wardrobe"
    ("hiding_now", re.compile(
        # (with others first: "she's hiding with the younger two in the bathroom", sixtieth session)
        r"\b(?:i['’]?m|i am|she['’]?s|she is|he['’]?s|he is|they['’]?re|they are)\s+hiding\s+(?:with\s+(?:[\w'’-]+\s+){1,4}?)?(?:in|under|behind|from|upstairs)\b", _F), False),
    # a child being moved on by those who control her: "the people she works for are moving
    # her to 'another house' tonight"
    ("moved_on_now", re.compile(
        r"\b(?:moving|move|taking|take|sending|send|shipping)\s+(?:her|him|them)\s+(?:on\s+)?(?:to\s+)?['‘]?(?:another|a different|a new|somewhere else)['’]?\s+"
        r"['‘]?(?:house|address|flat|place|city|town|country)\b", _F), True),
    # a child about to be taken to men: "the guy she's seeing (24) is picking her up ... to
    # take her to a hotel w his mates"
    ("picked_up_for_men", re.compile(
        r"\b(?:picking|pick(?:s|ing)?|collect(?:ing|s)?)\s+(?:her|him|them)\s+up\b[^.?!]{0,80}?\b(?:hotel|party|his mates|older men|some men|(?:his|their) flat)\b"
        r"|\btake (?:her|him|them) to a hotel\b"
        # (or to his mates' place, in the child's words: "her 'boyfriend' (22) is 'coming to take me to his mates' house after
        # school'", sixty-third session)
        r"|\b(?:take|taking|bring|bringing)\s+(?:her|him|them|me)\s+(?:round\s+)?to\s+(?:his|their)\s+(?:mates['’]?s?|mate['’]s)\s+(?:house|flat|place|party|room)\b"
        # (or a party with older men: "her mum's friend is coming tonight to 'take her to a party' with
        # older men", fifty-ninth session)
        r"|\b(?:take|taking|bring|bringing)\s+(?:her|him|them)\s+to\s+(?:a|an|another|his|their|some)\s+(?:[\w-]+\s+)?(?:party|parties|hotel|flat|house)['’]?"
        r"\s+(?:[\w'’-]+\s+){0,2}?with\s+(?:some\s+|a few\s+|the\s+)?(?:older|adult|grown[- ]?up|his|their)\s+(?:men|males|guys|mates|friends)\b"
        # (or already there: "a man checked in with a girl who looks about 14 ... they went up 20 mins
        # ago", agency/role persona, 2026-12-07)
        r"|\b(?:man|men|male|adult|guy|older\s+\w+)\s+(?:has\s+|have\s+|just\s+)?(?:checked|checking|checks|booked)\s+in(?:to\s+(?:a|the|his|their)\s+(?:hotel|room|b&b|guest ?house))?"
        r"\s+with\s+(?:a|the|this|that)\s+(?:young\s+|teenage\s+|little\s+)?(?:girl|boy|child|kid|teen(?:ager)?|\d{1,2}\s*(?:yo|y/o))\b", _F), True),
    # a child with men where she cannot leave: "a 14yo is at a flat with men who've given
    # her drugs", "she's at a house with loads of men" (fifty-seventh session)
    ("with_men_now", re.compile(
        r"\b(?:is|'s|’s|are|'re|’re)\s+(?:currently\s+|now\s+|still\s+)?(?:at|in)\s+(?:a|the|some|his|their)\s+(?:[\w-]+\s+)?(?:flat|house|party|hotel(?:\s+room)?)"
        # (somewhere named after it: "she's at a house in Leeds with men she doesn't know")
        r"(?:\s+(?:in|near|on|off)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+with\s+"
        r"(?:(?:(?:some|older|two|three|several|a group of|a load of|loads of|lots of|a lot of|a bunch of)\s+)?(?:men|adults|older (?:lads|boys|men)|strangers)"
        # (or one man much older: "is currently in a hotel room with a 30-odd year old man she met
        # online", "with an older man", "with a man she met online"; fifty-ninth session)
        r"|(?:a|an)\s+(?:older|adult|grown|\d{2}(?:[- ]?(?:odd|ish|something))?[- ](?:year|yr)[- ]old|(?:twenty|thirty|forty|fifty)[- ]?(?:odd|something)[- ](?:year|yr)[- ]old)\s+"
        r"(?:man|male|guy|bloke)|(?:a|an)\s+(?:man|guy|bloke)\s+(?:s?he|they)\s+met\s+(?:online|on\s+\w+))\b"
        # (or the place said with "of", as a second language says it: "is now in the flat of the man she call boyfriend",
        # sixty-first session)
        r"|\b(?:is|'s|’s|are|'re|’re)\s+(?:currently\s+|now\s+|still\s+)?(?:at|in)\s+the\s+(?:flat|house|place|home|room|hotel room|car)\s+of\s+"
        r"(?:a|an|the|this|that|some)\s+(?:[\w-]+\s+){0,2}?(?:man|men|guy|adult|stranger|dealer|bloke)s?\b"
        # (or at his place: "is sleeping at a 40 year old man's flat tonight", fifty-ninth session)
        r"|\b(?:is|'s|’s|are|'re|’re)\s+(?:currently\s+|now\s+|still\s+)?(?:at|in|staying at|sleeping at|sleeping over at|stopping at)\s+(?:a|an|some|this|that)\s+"
        r"(?:older|adult|grown|\d{2}(?:[- ]?(?:odd|ish))?[- ](?:year|yr)[- ]old|(?:twenty|thirty|forty|fifty)[- ]?(?:odd|something)[- ](?:year|yr)[- ]old)\s+"
        r"(?:man|men|guy|bloke|male)['’]s\s+(?:flat|house|place|home|hotel room|room|car)\b"
        # (or in the place of the one who exploits her, named by what he is: "my 14yo is in the dealer's car right now",
        # "she's at her pimp's flat tonight"; thread follow-ups, sixty-second session)
        r"|\b(?:is|'s|’s|are|'re|’re)\s+(?:currently\s+|now\s+|still\s+)?(?:at|in|staying at|sleeping at|sleeping over at|stopping at)\s+(?:the|a|his|her|their|some)\s+"
        r"(?:[\w-]+\s+)?(?:dealer|dealers|pimp|trafficker|groomer|exploiter|olders?|elders?|gang member|gangmaster|controller)['’]s?\s+"
        r"(?:flat|house|place|home|hotel room|room|car|van|trap)\b"
        # (or men said to be where the child is: "she's drunk and there are grown men in the room")
        r"|\b(?:there\s+(?:are|['’]re)|there['’]s)\s+(?:some\s+|two\s+|three\s+|several\s+)?(?:grown|older|adult)\s+(?:[\w-]+\s+)?(?:men|males|man|guys|blokes)\s+"
        r"(?:in|at)\s+(?:the|that|his|their)\s+(?:room|bedroom|house|flat|hotel room|car)\b", _F), True),
    # fifty-fifth session (messages checking what the asker heard, written blind by a helper):
    # a child in someone's car not knowing where they are going: "a PE teacher has a year 9
    # lad in his car right now off site, the boy's ... scared and doesn't know where they're going"
    ("taken_somewhere_now", re.compile(
        r"\bdoesn['’]?t know where (?:they['’]re|they are|he['’]s|he is|she['’]s|she is|we['’]re|we are|i['’]m|i am) "
        r"(?:going|being taken|taking (?:him|her|me|them))\b"
        r"|\b(?:has|['’]s got|has got)\s+(?:a|the|my|our|this)\s+(?:[\w-]+\s+){0,3}?(?:lad|boy|girl|child|kid|pupil|student|teen|yp)\s+in (?:his|her|their) car\b", _F), True),
    # a goodbye from a child, then silence: "texted me a photo of a bridge and 'sorry, this is
    # it' and now isn't answering"
    ("farewell_message", re.compile(
        # (and "saying sorry for everything", fifty-seventh session)
        r"['‘\"“](?:sorry,?\s+)?this is (?:it|goodbye)\b|\b(?:saying|said|says|texted|messaged|wrote)\s+(?:(?:me|us|her|him|them|mum|dad)\s+)?(?:['‘\"“])?(?:i['’]?m\s+)?sorry for everything\b|\b(?:i['’]?ve|ive|i have) got (?:the|a) rope\b|\bthis is goodbye\b|\b(?:goodbye|farewell) (?:message|text|note|post)\b"
        r"|\b(?:photo|picture|pic|snap) of (?:a|the) (?:bridge|cliff|railway|train tracks?|tracks|rooftop|roof edge)\b"
        # (or of the means: "posted a pic of a rope on her snap story with the caption 'tonight'", sixtieth session)
        r"|\b(?:photo|picture|pic|snap|video|story)\s+of\s+(?:a|the|some|her|his|their)\s+(?:[\w-]+\s+)?(?:rope|noose|ligature|pills|tablets|blades?|razors?)\b"
        # (or of the child up there: "has just sent me a pic of himself on the top of the
        # multi-storey saying sorry for everything", fifty-seventh session)
        r"|\b(?:photo|picture|pic|snap|video|selfie|live)\s+of\s+(?:him|her|them)sel(?:f|ves)\s+(?:now\s+|still\s+)?on (?:the |a )?(?:top of (?:the|a) )?"
        r"(?:multi[- ]?storey|roof|rooftop|bridge|ledge|railway|tracks|cliff edge)\b"
        # ("she's messaged goodbyes to everyone and walked out of school 10 mins ago towards the railway")
        r"|\b(?:messaged|texted|sent|posted|said)\s+(?:her |his |their )?goodbyes?\b"
        # (or the word quoted, to the asker or someone: "just texted 'goodbye' and isnt answering", "messaged her mum
        # 'bye forever'"; thread follow-ups, sixty-second session)
        r"|\b(?:messaged|texted|text|sent|posted|said|wrote|whatsapped|snapchatted|dm['’]?d|dmed)\s+(?:(?:me|us|him|her|them)\s+|(?:his|her|their|the|a)\s+[\w-]+\s+)?"
        r"['‘\"“](?:goodbye|good bye|bye forever|bye everyone|goodbye everyone|goodbye forever)\b"
        r"|\b(?:walked|ran|went|headed|heading|walking|running)\s+(?:out\s+(?:of\s+[\w-]+\s+)?)?(?:[\w-]+\s+)?(?:towards|to|off to)\s+(?:the\s+)?"
        r"(?:railway|tracks|bridge|river|cliffs?|motorway|canal)\b", _F), True),
    # a goodbye from the child and then no answer, which is its own marker of now (closed-question persona, blind 120): "17yo
    # texting me 'goodbye, thanks for everything' and not answering", "posted 'sorry for everything' and her phone's off"
    ("goodbye_then_silent", re.compile(
        r"\b(?:goodbyes?|good bye|bye forever|sorry for everything|thanks? (?:you )?for everything|this is it|love you all)\b[^.?!]{0,80}?"
        r"\b(?:(?:not|isn['’]?t|isnt|stopped|won['’]?t|wont|hasn['’]?t been)\s+(?:answering|replying|responding|picking up)(?!\s+(?:to\s+)?(?:my|our|the|any)?\s*(?:emails?|letters?|post))|no (?:answer|reply|response)|"
        r"phone(?:['’]s|\s+is)?\s+(?:now\s+)?(?:off|dead|switched off|going to voicemail)|gone (?:quiet|silent|offline))\b", _F), False),
    # a sex offender with a child now: "mum's new partner, who I've just found out is a
    # registered sex offender, is in the house right now bathing the 4yo"
    ("sex_offender_with_child", re.compile(
        r"\bsex(?:ual)? offender\b[^.?!]{0,80}?\b(?:is|['’]s|are)\s+(?:in the house|there|at the house|staying|alone with|bathing|babysitting|"
        r"looking after|sleeping over|in (?:the|her|his) (?:room|bedroom|bath))", _F), True),
    # a child drunk or passed out where the asker is: "I've just found a 14yo girl in a hotel
    # room, heavily intoxicated", "15yo on our detached patch tonight is in the park with an older
    # group, passed out after drinking" (fifty-seventh session: a longer gap)
    ("intoxicated_child_now", re.compile(
        r"\b(?:\d{1,2}\s*(?:yo|y/o|year[- ]old|yr[- ]old)|girl|boy|teen|teenager|child|kid|pupil|student)\b(?:\s+(?:girl|boy))?[^.?!]{0,80}?"
        r"\b(?:heavily |very |really |extremely )?(?:intoxicated|drunk|passed out|incoherent|semi[- ]conscious|out of it)\b", _F), True),
    # a child held out over a drop: "dad is holding the 3yo over the 4th floor balcony saying
    # he'll drop him"
    ("dangled_now", re.compile(
        r"\b(?:holding|dangling|hanging|held)\s+(?:the|his|her|a|my|their)\s+(?:[\w-]+\s+){0,2}?(?:over|out of|off)\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:balcony|window|bridge|edge|railings?|stairwell)\b|\b(?:he|she|they)['’]ll drop (?:him|her|them|the (?:baby|child|kid))\b"
        # (or on the rail itself: "mum is holding the baby on the balcony railing", fifty-ninth session)
        r"|\b(?:holding|dangling|hanging|held|balancing|standing|sitting|putting|put)\s+(?:the|his|her|a|my|their)\s+(?:[\w-]+\s+){0,2}?(?:on|onto|over)\s+(?:the|a)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:railings?|balustrade|parapet|window ?(?:ledge|sill))\b", _F), False),
    # a carer who will not say where a baby is: "says the baby 'wouldn't stop crying so I've
    # put her somewhere' and won't say where"
    ("child_hidden_now", re.compile(
        r"\bwon['’]?t (?:say|tell (?:me|us|her|him|them|anyone)) where\b|\b(?:put|hidden|hid|left) (?:her|him|them|the baby|the child) somewhere\b", _F), False),
    # a child lured to an adult's home: "a man at the park told him to come to his flat after
    # school today and not tell mum"
    ("lured_now", re.compile(
        r"\b(?:told|asked|invited|wants|tell|tells|ask|asks|invite|invites|want)\s+(?:him|her|them|me|he|she)\s+(?:to\s+)?(?:come|go|comes|goes)\s+(?:to|round to|back to|over to|at)\s+(?:his|her|their)\s+"
        r"(?:flat|house|place|car|hotel|room)\b", _F), True),
    # blood seen where a child is: "a 7yo rang 999 and hung up ... I can see a small bloody
    # footprint in the hall"
    ("blood_seen", re.compile(
        r"\b(?:i|we)\s+can\s+see\s+(?:a\s+)?(?:small\s+|little\s+|fresh\s+)?(?:blood|bloody)\b|\bbloody (?:footprints?|handprints?|clothes|nappy)\b"
        # (or told of by a child: "says mummy and daddy are fighting and there's blood on the kitchen
        # floor", agency/role persona, 2026-12-07)
        r"|\b(?:there['’]s|there is|with|and)\s+(?:(?:lots|loads|a lot|a pool) of\s+)?blood\s+(?:on|all over|across|up)\s+(?:the|his|her|their|mum['’]?s|dad['’]?s)\s+"
        r"(?:[\w-]+\s+)?(?:floor|walls?|carpet|bed|door|stairs|sofa|face|clothes|pyjamas)\b"
        r"|\b(?:rang|called|dialled|dialed) 999 and (?:hung up|the line went dead)\b", _F), False),
    # a plea for help sent now: "she's texted a neighbour 'help'"
    ("plea_for_help", re.compile(
        r"\b(?:texted|messaged|whatsapped|mouthed|shouted|wrote|sent|text|texts|message|messages|whatsapp|send|sends|write|writes|"
        r"whisper|whispers|whispered|whispering|say|says|said)\s+(?:(?:a|her|his|the|my|me|us|to me|to us)\s+)?(?:[\w-]+\s+)?"
        # (or where it is written: "wrote on her worksheet 'Help me please'", "wrote in his planner 'help'"; threshold persona, round 2)
        r"(?:(?:on|in|at the (?:bottom|top|back) of)\s+(?:a|an|her|his|their|the|my)\s+(?:[\w-]+\s+)?[\w-]+\s+)?"
        r"['‘\"“](?:help|help me|please help|come get me|sos)\b"
        # (or a note passed: "slipped a note to a customer saying 'help me they lock the door at night'", sixtieth session)
        r"|\b(?:note|message|sign|letter|card|napkin|receipt)\b[^.?!'‘\"“]{0,40}?\b(?:saying|says|said|reading|that said|that says|with)\s*:?\s*['‘\"“](?:help|please help|save me|sos|call (?:the )?police)\b", _F), False),
    # a barred adult let back in: "mum's let dad back in against the written agreement, he's
    # there with the kids now"
    ("barred_adult_back", re.compile(
        r"\b(?:let|allowed|has let|['’]s let)\s+(?:dad|him|the father|her ex|her partner|the partner|his dad|their dad|the perpetrator)\s+back\s+"
        r"(?:in|into the (?:house|home|flat)|home)\b", _F), True),
    # a parent's post of taking the children with her: "she and the twins 'will be with God
    # tonight'"
    ("family_threat_now", re.compile(
        r"\b(?:will|['’]ll|gonna|going to)\s+be with (?:god|jesus|allah|the angels)\b"
        r"|\b(?:end it(?: all)?|kill (?:myself|herself|himself)|die)\s+(?:and|with)\s+(?:take\s+)?(?:the|my|her|his)\s+(?:kids|children|twins|baby|boys|girls)\b"
        # (fifty-seventh session: "'we're going where no one will find us'", "'me and the kids are
        # going together tonight'")
        r"|\b(?:going|go|gone|taking (?:them|the (?:kids|children|girls|boys|twins|baby)))\s+(?:somewhere\s+)?where\s+(?:no ?one|nobody)\s+(?:will|can|['’]ll)\s+(?:ever\s+)?find\s+(?:us|them|me)\b"
        r"|\bme and (?:the|my|our) (?:[\w-]+\s+)?(?:kids|children|twins|babies|baby|boys|girls|little ones|son|daughter)\s+(?:are|['’]re|will be|will)\s+(?:going|leaving|gone)\s+together\b", _F), True),
    # an alleged abuser demanding the child now: "dad's in the car park now shouting for her
    # to come out"
    ("abuser_demanding_child", re.compile(
        # (or the child named: "demanding to take his 6yo out", agency/role persona, 2026-12-07)
        r"\b(?:shouting|demanding|insisting|banging|screaming)\s+(?:for\s+(?:her|him|them|the\s+\w+)\s+to\s+come\s+(?:out|home|with)|to\s+(?:take|have)\s+"
        r"(?:her|him|them|(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:child|children|kids?|baby|son|daughter|boy|girl|toddler|\d{1,2}\s*(?:yo|y/o)|\d{1,2}[- ]?year[- ]old)))\b"
        # (or the child demanded outright: "demanding his 3yo and getting aggressive with staff", sixtieth session)
        r"|\bdemanding\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:child|children|kids?|baby|son|daughter|boy|girl|toddler|\d{1,2}\s*(?:yo|y/o)|\d{1,2}[- ]?year[- ]old)\b(?!\s+(?:is|are|be|should|to be)\b)"
        r"|\b(?:dad|mum|he|she|stepdad|father|mother|partner|boyfriend)(?:['’]s| is)\s+(?:in|at|outside)\s+(?:the\s+)?"
        # (or the lobby or foyer: "he's in the lobby"; thread follow-ups, sixty-second session)
        r"(?:car park|reception|playground|school gates?|front desk|waiting room|lobby|foyer)\b"
        # (or shouting that he is taking the child: "has just turned up at nursery shouting that he's taking his
        # daughter"; thread follow-ups, sixty-second session)
        r"|\b(?:shouting|screaming|yelling|saying|insisting|threatening)\s+(?:that\s+)?(?:he|she|they)(?:['’]s|\s+is|['’]re|\s+are|['’]ll|\s+will|"
        r"\s+is going to|['’]s going to|\s+is gonna|['’]s gonna)\s+(?:taking|take)\s+(?:him|her|them|(?:his|her|their|the)\s+(?:[\w-]+\s+)?"
        r"(?:child|children|kids?|baby|son|daughter|boy|girl|toddler|twins|\d{1,2}\s*(?:yo|y/o)|\d{1,2}[- ]?year[- ]old))\b", _F), True),
    # the one who brought or controls a child waiting to take them: "says the man who
    # brought her is outside and will take her tonight"
    ("taker_outside_now", re.compile(
        r"\b(?:man|men|woman|he|she|they|someone|somebody|people)\b[^.?!]{0,40}?\b(?:is|are|['’]s|['’]re)\s+(?:outside|waiting|downstairs|in the car park|at the gates?|at the door)\b"
        r"[^.?!]{0,30}?\b(?:will|['’]ll|going to|gonna|wants to|is going to)\s+(?:take|get|collect|grab|move|have)\s+(?:her|him|them)\b", _F), True),
    # someone pursued now by those who hold or hurt them (agency/role persona, break-it misses,
    # 2026-12-07): "she's been trafficked and the men are following us", "two men in a black car are
    # following the bus", "theres a car been behind us for 10 mins", "the people who control her are
    # outside looking for her", "the man who brought her is coming down the stairs after her", "the
    # man she ran from is on the train two carriages down" (not "if they are being followed", a
    # question: the frames hold it)
    ("pursued_now", re.compile(
        r"\b(?:men|man|males?|guys?|blokes?|lads|people|gang|car|van|vehicle|someone|somebody|traffickers?|pimps?|boss|he|they|"
        r"dad|father|stepdad|ex|partner|boyfriend|uncle|brothers?|family)\b[^.?!]{0,50}?"
        r"(?:\b(?:is|are|['’]s|['’]re|been)\s+(?:still\s+|now\s+|right\s+)?(?:following|chasing|tailing)\s+" + _PURSUED +
        r"|\b(?:is|are|['’]s|['’]re|been)\s+(?:still\s+|now\s+|right\s+)?behind\s+(?:us|me|the (?:bus|car|cab|taxi|van|train|tram|lorry))\b"
        r"|\b(?:is|are|['’]s|['’]re|been)\s+(?:still\s+|now\s+)?(?:outside|out|round|around|downstairs|driving (?:round|around)|walking (?:round|around))\s+"
        r"(?:[\w-]+\s+)?(?:looking|searching|hunting)\s+for\s+" + _PURSUED +
        r"|\b(?:coming|running|chasing|racing)\s+(?:[\w-]+\s+){0,3}?after\s+" + _PURSUED + r")"
        # (or the one who is pursued says it: "she says she's being followed")
        r"|\b(?:is|are|am|['’]s|['’]re|['’]m)\s+(?:still\s+)?being\s+(?:followed|chased|tailed|hunted)\b"
        r"(?![^.?!]{0,40}\b(?:every (?:day|morning|night|evening|week|time)|for (?:weeks|months|years|days|ages)|on (?:insta\w*|tiktok|snap\w*|social media)|online)\b)"
        # ... or the one she fled is close now
        r"|\b(?:man|men|woman|people|guy|guys|bloke|blokes|gang|person|ones?)\s+(?:who\s+|that\s+)?(?:she|he|they|i|we)\s+(?:ran|run|escaped|got away|fled)\s+"
        r"(?:away\s+)?from\s+(?:is|are|['’]s|['’]re)\s+(?:still\s+|now\s+|right\s+)?(?:here|nearby|outside|downstairs|upstairs|next door|close by|"
        r"on (?:the|this|our|my)|in (?:the|this|our|my)|at (?:the|this|our|my))\b", _F), False),
    # screaming heard, then no sight of the child: "neighbour says she heard screaming from
    # the flat in the early hours and the curtains are still shut"
    ("unseen_after_screaming", re.compile(
        r"\bheard (?:screaming|screams|a child screaming|banging|crying)\b[^?]{0,120}?"
        r"\b(?:curtains (?:are\s+)?still (?:shut|closed|drawn)|no answer|not answering|phone(?:['’]s| is)? (?:dead|off))\b", _F), False),
    # fifty-sixth session (messages comparing or weighing up risk, written blind by a helper):
    # a child's message that they are trapped or lost: "she's texted her mate 'they've got me,
    # can't leave'", "'help i dont know where i am'"
    # (sixtieth session: "15yo boy messaged his youth worker: 'they got me in a trap house in Southend cant
    # leave phone on 2%'", the message quoted being its marker of now, :data:`_NOW`)
    ("trapped_message", re.compile(
        r"['‘\"“][^'’\"”]{0,60}?\b(?:(?:they|he|she)(?:['’]?ve|['’]?s)? got me\b(?!\s+(?:a|an|some|the|this|that|new|one|two|to)\b)|can['’]?t leave|cant leave|can['’]?t get out|cant get out|"
        r"don['’]?t know where i am|dont know where i am|won['’]?t let me (?:go|leave|out)|come (?:and )?get me|"
        # ("she texted 'they're not taking me home'", fifty-ninth session)
        r"(?:they['’]?re|he['’]?s|she['’]?s) not taking me home|(?:they|he|she) won['’]?t take me home"
        # (or being driven off to a place not named: "'he's driving me somewhere, scared'"; closed-question persona, blind 120)
        r"|(?:they['’]?re|they are|he['’]?s|he is|she['’]?s|she is)\s+(?:driving|taking)\s+me\s+(?:somewhere|away|off|i don['’]?t know where)"
        # (or being moved and not told where, or the phone taken: "'they're moving me tonight dont know where, they took my phone'";
        # threshold persona, round 2)
        r"|(?:they['’]?re|they are|he['’]?s|he is|she['’]?s|she is)\s+(?:moving|sending|shipping|taking|driving)\s+me\b(?:[^'’\"”]|(?<=\w)['’](?=\w)){0,40}?"
        r"\b(?:(?:i\s+)?don['’]?t know where|dont know where|(?:took|taken|got|have)\s+my\s+phone))\b", _F), True),
    # a frightened message from the one at risk, with a marker of now (sixtieth session): "mum has just texted
    # me 'he's back and he's got the kids, im scared'"
    ("scared_message_now", re.compile(
        # (not a child's ordinary fear: "'I'm scared of the dark at the new placement'"; sixty-third session, a second writer)
        r"['‘\"“][^'’\"”]{0,60}?\b(?:(?:i['’]?m (?:so |really |very )?(?:scared|terrified|frightened)|im (?:so |really )?(?:scared|terrified))"
        r"(?!\s+of\s+(?:the\s+)?(?:dark|spiders?|dogs?|heights|clowns|monsters|ghosts|needles|injections|the dentist|dentists?|exams?|tests?|thunder|water|swimming|bugs|insects)\b)|"
        r"(?:he|she|they)(?:['’]?s|['’]?ve| has| have)? (?:got|taken) the (?:kids|children|baby|boys|girls|twins)|(?:he|she)['’]?s back\b(?!\s+(?:at|in|from|to)\b))", _F), True),
    # a small child out on a drop: "a toddler is on the 9th floor balcony on his own right now"
    ("child_at_drop_now", re.compile(
        r"\b(?:toddler|baby|child|kid|boy|girl|\d{1,2}\s*(?:yo|y/o|year[- ]old))\s+(?:is|['’]s|are)\s+(?:out\s+)?on\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:balcony|window ?ledge|window ?sill|ledge|roof)\b", _F), True),
    # an alleged abuser about to collect the child who has just told: "8yo told his TA just now
    # that mum's boyfriend is picking him up at 3.15 and 'he does the thing in the bath again'",
    # "has a burn ..., says 'dad did it', and dad is at the gate to collect him right now"
    ("collected_after_disclosure", re.compile(
        r"\b(?:told|tells|says|said|disclosed|tell|say)\b(?=[^?]*?(?:['‘][a-z]|\b" + _HARM + r"|\bdid it\b|\bto (?:his|her|their) (?:flat|house|place)\b))"
        r"[^?]{0,160}?\b(?:picking (?:him|her|them) up|collecting (?:him|her|them)|(?:to|will|['’]ll|gonna|for) (?:collect|pick up) (?:him|her|them)|"
        r"(?:to|will|['’]ll|gonna) pick (?:him|her|them) up)\b", _F), True),
    # an adult barred from the child near them now: "dad (non-mol in place) is waiting for them
    # in the car park", "the man warned off under a CAWN is sat in the park right now with our 14yo"
    ("barred_adult_near", re.compile(
        r"\b(?:non-?mol\w*|injunction|restraining order|bail conditions|cawns?|warned off|child abduction warning)\b[^.?!]{0,60}?"
        r"\b(?:is|['’]s|are|['’]re)\s+(?:now\s+|right now\s+)?(?:waiting|sat|sitting|parked|outside|in the car park|at the (?:gates?|door|school)|"
        r"with (?:her|him|them|our|the|my)|back (?:in|at|round))\b"
        # (or seen there a moment ago: "Dad has a non-mol and was seen outside 10 mins ago"; sixty-third session, a second writer)
        r"|\b(?:non-?mol\w*|injunction|restraining order|bail conditions|cawns?|warned off|child abduction warning)\b[^.?!]{0,60}?"
        r"\b(?:was|were|has been|have been|['’]s been)\s+(?:just\s+)?(?:seen|spotted)\s+(?:outside|at the (?:gates?|door|school)|near|nearby|in the car park|round)"
        r"[^.?!]{0,30}?\b(?:(?:\d+|a few|five|ten|twenty) (?:mins?|minutes) ago|just now|this (?:morning|afternoon))", _F), False),
    # a child in a car with a drunk or desperate driver: "dad's got the baby in the car, he's been
    # drinking and says he'll crash it", "left the scene with the 2yo in the car, drunk, said
    # he's 'ending it all'"
    ("child_in_car_danger", re.compile(
        r"\b(?:baby|babies|kids?|child|children|toddler|son|daughter|twins|\d{1,2}\s*(?:yo|y/o|year[- ]old))\s+in\s+(?:the|his|her|their|a)\s+car\b"
        r"[^.?!]{0,80}?\b(?:drink\w*|drunk|crash\w*|ending it|end it|kill|high|off (?:his|her) face|over the limit)\b", _F), False),
    # a carer about to drive drunk: "Mum ... with her 2yo, slurring, says she's driving them home now"
    ("intoxicated_driving", re.compile(
        r"\b(?:slurring|drunk|intoxicated|been drinking|smells? of (?:alcohol|drink|booze)|over the limit)\b[^.?!]{0,60}?"
        r"\b(?:driv(?:e|es|ing)\s+(?:them|him|her|the (?:kids|children|baby))|behind the wheel)\b", _F), True),
    # children alone with danger: "3 kids under 5 alone in the flat, no adult, gas hob on"
    ("alone_in_danger", re.compile(
        r"\b(?:kids|children|toddlers?|babies|baby|child|siblings|\d{1,2}\s*(?:yo|y/o))\b[^.?!]{0,20}?\balone in (?:the|a|their) (?:flat|house|home|car)\b"
        r"|\bno adult\b(?=\s*[,.;]|\s+(?:present|there|home|in)\b)", _F), False),
    # a child taken out of contact now: "Mum has just taken the kids out the fire exit of the
    # contact centre"
    ("removed_from_contact", re.compile(
        r"\b(?:has|have|['’]s)?\s*just\s+(?:taken|grabbed|snatched)\s+(?:the|his|her|their)\s+(?:kids|children|baby|child|twins|boys|girls|son|daughter)\s+"
        r"(?:out|away|from)\b", _F), False),
    # people waiting outside for the child: "two of them are sat in a car outside now waiting
    # for him" (probe-120)
    ("waiting_outside_for_child", re.compile(
        r"\b(?:sat|sitting|parked|waiting|hanging about|hanging around)\s+(?:in\s+(?:a|the|their|his|her)\s+(?:[\w-]+\s+)?car\s+)?outside"
        r"(?:\s+(?:the\s+)?(?:school|centre|center|club|gates?|door|house|flat|unit|home))?(?:\s+(?:now|right now))?\s*,?\s*(?:and\s+)?waiting for (?:him|her|them)\b", _F), True),
    # one who harms the child waiting for them now, in the child's own quoted words (sixty-third session, a third round):
    # "a yr 8 lad just told me 'my uncle is waiting for me at the bus stop and he makes me do things'"
    ("harmer_waiting_quoted", re.compile(_QUOTE_OPENS + r"(?=" + _QUOTE_BODY + r"{0,200}?" + _WAITING_FOR_ME + r")"
                                         r"(?=" + _QUOTE_BODY + r"{0,200}?" + _DOES_TO_ME + r")", _F), False),
    # a child tied or strapped down now: "my pupil with disabilities is strapped into his chair
    # right now, crying in pain, and mum won't let me loosen it" (a break-it helper)
    ("restrained_now", re.compile(
        r"\b(?:strapped|tied|chained|cable[- ]tied|taped|handcuffed|shackled)\s+(?:up\s+)?(?:(?:him|her|them)\s+)?(?:in(?:to)?|to|down to|onto|on)\s+"
        r"(?:his|her|their|the|a|my|our)\s+(?:[\w-]+\s+)?(?:chair|bed|cot|radiator|pushchair|buggy|wheelchair|seat|table|pipe|bannister|banister|door)\b", _F), True),
    # a second break-it helper's misses (fifty-sixth session): "a 14 year old has just got into
    # a car outside school with two older men and they took her phone off her"
    ("into_car_with_men", re.compile(
        r"\b(?:got|getting|get|gone|went)\s+(?:into|in)\s+(?:a|the|his|their|some)\s+(?:[\w-]+\s+)?(?:car|van|taxi|cab)\b[^.?!]{0,40}?"
        r"\bwith\s+(?:two|three|four|some|a group of|several|unknown|adult|older|a couple of)\s+(?:older\s+|adult\s+|unknown\s+)?(?:men|males|lads|guys|adults)\b", _F), True),
    # "the baby next door has been crying non stop for 2 days, no sign of the parents"
    ("crying_for_days", re.compile(
        r"\b(?:crying|screaming|wailing)\b[^.?!]{0,30}?\b(?:for|since)\s+(?:\d+|two|three|four|several|a couple of)\s+(?:days|nights)\b"
        r"|\bno sign of (?:the|his|her|their|any)\s+(?:parents?|mum|dad|carers?|adults?)\b", _F), False),
    # "a PE teacher has locked himself in the changing room with a year 8 pupil and won't open the door"
    ("adult_locked_in_with_child", re.compile(
        r"\blocked (?:himself|herself|themselves)\s+in\b[^.?!]{0,60}?\bwith\s+(?:a|the|his|her|our|my|one)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:pupil|child|girl|boy|student|kid|learner|teen|yp)\b", _F), False),
    # "a youth worker just sent a 12 year old nude pics and has arranged to meet her tonight"
    ("sexual_images_to_child", re.compile(
        r"\bsent\s+(?:a|the|my|our|his|her|this)\s+(?:\d{1,2}[- ]?(?:year[- ]old|yr[- ]old|yo|y/o)|child|girl|boy|pupil|student|kid)\s+"
        r"(?:nude|naked|explicit|sexual|indecent|sexy)\s+(?:pics|photos|images|pictures|videos|selfies)\b"
        r"|\b(?:arranged|planning|going|plans?|wants?)\s+to\s+meet\s+(?:her|him|them)\b(?=[^.?!]{0,60}\b(?:tonight|today|after school|later|now)\b)", _F), True),
    # an adult who has been messaging, grooming or sending sexual messages to a child and is meeting, collecting or taking the
    # child, with a marker of now (sixty-second session, second round): "a teacher here has been sending sexual messages to a
    # pupil and is meeting her after school today", "our PE teacher has been messaging a year 10 girl ... and is picking her up
    # ... tonight", "one of the TAs has been texting a 14yo boy ..., he's meeting him in town after school today" (not the
    # asker meeting her, "we're meeting her and mum today"; nor her parents: "is meeting her parents tonight")
    ("grooming_meeting_now", re.compile(
        r"\b(?:messaging|texting|dm['’]?ing|dming|snapchatting|sexting|grooming|contacting|"
        r"sending\s+(?:(?:her|him|them)\s+)?(?:[\w-]+\s+)?(?:sexual|explicit|sexy|flirty|inappropriate|dirty|rude|indecent|nude|naked)\s+"
        r"(?:messages|texts|pics|photos|pictures|images|snaps|dms|videos|vids)(?:\s+to)?)\s+"
        r"(?:her|him|them|(?:a|an|the|this|that|our|my|his|their|one of (?:the|our|my|his|her|their))\s+(?:[\w-]+\s+){0,3}?"
        r"(?:pupils?|students?|girls?|boys?|child|children|kids?|learners?|teen(?:ager)?s?|young (?:person|people)|yp|\d{1,2}\s*(?:yo|y/o)|(?:year|yr)[- ]olds?))"
        r"(?!['’]s)\b[^.?!]{0,100}?(?<!\bwe)(?<!\bi)(?<!\bwe )(?<!\bi )"
        r"\b(?:is|are|['’]s|['’]re|will be|['’]ll be|(?:has|have|['’]s|['’]ve)\s+(?:arranged|planned|agreed|offered)\s+to|"
        r"(?:is|are|['’]s|['’]re)\s+(?:going|planning|about|due|supposed)\s+to|wants? to|gonna)\s+"
        r"(?:meeting|meet|seeing|see|picking|pick|collecting|collect|taking|take|driving|drive)\s+(?:her|him|them)(?:\s+up)?\b"
        r"(?!['’]s|\s+(?:parents|mum|mother|dad|father|carers?|family|foster)\b)", _F), True),
    # fifty-seventh session ("what else should I do?" after the asker has already done
    # something, written blind by a helper):
    # a carer taking a child away against a court order or medical advice: "Mum took the baby
    # out of the mother and baby unit 10 mins ago against the court order"
    ("removed_against_order", re.compile(
        r"\b(?:took|taken|taking|snatched|grabbed|removed|removing)\s+(?:the|his|her|their|our)\s+(?:[\w-]+\s+)?"
        r"(?:baby|child|kids|children|toddler|twins|son|daughter|boy|girl|\d{1,2}\s*(?:yo|y/o))\s+(?:out of|from|away from|off)\b"
        r"[^.?!]{0,60}?\b(?:against|in breach of|despite|without)\s+(?:the\s+|a\s+)?(?:court order|order|medical advice|injunction|non-?mol)"
        # (or the one who took the child said barred from time alone with them: "birth mum has taken the 3yo from the nursery
        # playground and driven off, she's not allowed unsupervised contact"; threshold persona, round 2)
        r"|\b(?:took|taken|taking|snatched|grabbed|removed|removing)\s+(?:the|his|her|their|our)\s+(?:[\w-]+\s+)?"
        r"(?:baby|child|kids|children|toddler|twins|son|daughter|boy|girl|\d{1,2}\s*(?:yo|y/o))\s+(?:out of|from|away from|off)\b"
        r"[^.?!]{0,80}?\b(?:(?:is|are|['’]s|['’]re)\s+(?:not|n['’]t)|isn['’]?t|aren['’]?t|not)\s+allowed\s+(?:any\s+)?(?:unsupervised\s+)?(?:contact|to see (?:him|her|them))\b"
        r"|\b(?:took|taken|taking|snatched|grabbed|removed|removing)\s+(?:the|his|her|their|our)\s+(?:[\w-]+\s+)?"
        r"(?:baby|child|kids|children|toddler|twins|son|daughter|boy|girl|\d{1,2}\s*(?:yo|y/o))\s+(?:out of|from|away from|off)\b"
        r"[^.?!]{0,80}?\b(?:only (?:has|allowed|gets)\s+)?supervised contact only\b", _F), True),
    # the adult just found harming a child, still with children now (agency/role persona,
    # 2026-12-07): "one of our leaders has just been found zipped in a tent with a 12yo ... the
    # leader's still on site with all the kids", "indecent images he took of one of the pupils. he's
    # on the dorm corridor with them tonight"; counted only with what he is said to have done
    # (:data:`_ALLEGED`)
    ("suspect_with_children_now", re.compile(
        r"\b(?:is|are|['’]s|['’]re)\s+(?:still\s+)?(?:on site|on (?:the|a)\s+(?:[\w-]+\s+)?(?:corridor|ward|camp|trip|residential|site|landing)|"
        r"in (?:the|a)\s+(?:[\w-]+\s+)?(?:dorm|dormitory|tent|house|building|room)|upstairs|downstairs|there|here)\s+with\s+"
        r"(?:them|him|her|(?:all\s+)?(?:the|our|those|these|his|her)\s+(?:other\s+)?(?:[\w-]+\s+)?"
        r"(?:kids|children|pupils|boys|girls|students|young people|cubs|scouts|campers|grandchildren|squad|class|group))\b", _F), True),
    # a girl at the point of leaving the country (fifty-ninth session): "girl is at the airport with her
    # family, flight is in 3 hrs", "they fly out tonight"; counted only in a message about FGM or
    # forced marriage (:data:`_ABROAD_RISK`)
    ("departing_now", re.compile(
        r"\b(?:is|are|['’]s|['’]re)\s+(?:now\s+|already\s+|currently\s+)?(?:at|in|through|heading to|on (?:her|his|their|the) way to)\s+(?:the\s+)?"
        r"(?:airport|departures|check-?in|security|departure gate|port|ferry terminal)\b"
        r"|\b(?:flight|plane|ferry)\s+(?:is|leaves|goes|departs|takes off)\s+(?:in\s+(?:an|one|two|three|four|a few|\d+)\s+(?:hours?|hrs?|mins?|minutes)|at \d|tonight|today|this (?:morning|afternoon|evening)|tomorrow)\b"
        # (on the way there: "leaving to the airport now", "going at the airport", sixty-first session)
        r"|\b(?:leaving|going|driving|heading|travelling|traveling|on (?:her|his|their|the) way)\s+(?:to|for|towards|at)\s+(?:the\s+)?(?:airport|departures)\b"
        # (or taken there: "the 16 year old is being taken to the airport tomorrow", "his uncles are taking him to the
        # airport tomorrow morning"; thread follow-ups, sixty-second session)
        r"|\b(?:(?:being|getting)\s+(?:taken|driven|dropped(?:\s+off)?)|(?:is|are|['’]s|['’]re)\s+(?:taking|driving)\s+(?:her|him|them))\s+(?:to|at)\s+(?:the\s+)?airport\b"
        r"|\b(?:fly|flying|flies)\s+out\s+(?:tonight|today|in\s+(?:an|one|two|three|a few|\d+)\s+(?:hours?|hrs?))\b", _F), False),
    # a carer hearing commands about the child: "she's acutely psychotic and said God told her
    # to 'send him back'", "says the voices are telling him to hurt the baby"
    ("command_voices", re.compile(
        r"\b(?:god|voices?|the devil|satan|jesus|allah|spirits?|angels?)\s+(?:has\s+|have\s+|is\s+|are\s+|keeps?\s+)?(?:told|tells|telling|ordered|ordering)\s+(?:her|him|them|me)\s+"
        # (or telling her what the child is: "the voices are telling her the baby is evil")
        r"(?:to\b|(?:that\s+)?(?:the|her|his|their|my)\s+(?:baby|child|son|daughter|kids?|boy|girl)\s+(?:is|are)\b)", _F), True),
    # a carer sure the child is possessed, a demon or a witch (agency/role persona, 2026-12-07:
    # "she's holding her 5 month old and saying the baby is possessed and needs to be 'released'"):
    # a belief that has killed children (not "children accused of being possessed"; asked about
    # with no marker of now, "her son is a witch ... what does the guidance say?", it is learning)
    ("delusion_about_child", re.compile(
        r"\b(?:the|her|his|their|my)\s+(?:baby|child|son|daughter|boy|girl|toddler|little one|kids?|children|twins)\s+(?:is|are|['’]s)\s+"
        r"(?:possessed|the devil|a demon|demonic|a witch|cursed|not (?:really )?(?:human|hers|his|theirs))\b"
        # (or said to have it in them: "she say the children have devil in them", sixty-first session)
        r"|\b(?:baby|child|son|daughter|boy|girl|toddler|kids?|children|twins)\s+(?:has|have|got|['’]s got|has got|have got)\s+(?:a\s+|the\s+)?"
        r"(?:devils?|demons?|evil spirits?|bad spirits?|spirits?|witchcraft|evil)\s+(?:in|inside)\s+(?:him|her|them)\b", _F), False),
    # an adult leading a child off site: "CCTV shows a man we don't know leading a Y2 boy out of
    # the side gate 5 minutes ago", "a woman walked a toddler out of the nursery door just now"
    ("led_away_now", re.compile(
        r"\b(?:man|men|woman|stranger|someone|somebody|adult|male|female|person|couple)\b[^.?!]{0,60}?"
        r"\b(?:leading|led|walking|walked|taking|took|carrying|carried|ushering|ushered)\s+(?:a|the|our|my|this|one)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:boy|girl|child|kid|pupil|toddler|baby|student|yp)\s+(?:(?:out|off|away)\s+(?:of|from|through)\s+(?:the\s+)?(?:[\w-]+\s+)?"
        r"(?:gates?|school|nursery|playground|site|building|park|door|exit|premises|ward|unit|creche|club|area|field|centre|center|station)\b|away\b)", _F), True),
    # an adult come into a child's room who will not go: "a man has come into her room and
    # won't leave and the staff have all gone home"
    ("intruder_with_child", re.compile(
        r"\b(?:a|an|some|the|this|that)\s+(?:[\w-]+\s+)?(?:man|men|adult|stranger|male|guy|bloke)\s+(?:has\s+(?:just\s+)?|have\s+|['’]s\s+|just\s+)?"
        r"(?:come|came|got|gotten|climbed|broken|broke|barged|forced (?:his|their) way)\s+in(?:to)?\s+(?:her|his|their)\s+(?:bed)?room\b", _F), True),
    # a child about to be handed to the adult under investigation for harming them: "baby is
    # being discharged in the next hour to mum and her partner - the partner is the one police
    # are investigating for the baby's fractured ribs"
    ("discharge_to_suspect", re.compile(
        r"\b(?:being|to be|getting|is|are)\s+(?:discharged|released|sent home|handed back|returned|sent back)\b[^.?!]{0,80}?"
        r"\b(?:police are investigating|(?:is|are|['’]s) (?:being )?investigated|suspected of|the (?:suspect|alleged (?:abuser|perpetrator))|"
        r"(?:arrested|on bail) for)\b", _F), True),
    # a child drugged, said now: "she's at a house with loads of men and she's been given
    # something and can't feel her legs", "she says she's been drugged"
    ("drugged_now", re.compile(
        r"\b(?:she|he|they|i)(?:['’]s|['’]ve|\s+has|\s+have)\s+been\s+(?:drugged|spiked|given something)\b"
        # (or looks it: "she looked drugged when housekeeping went up 10 mins ago", sixtieth session)
        r"|\b(?:she|he|they)\s+(?:looks?|looked|seems?|seemed|appears?|appeared)\s+(?:really\s+|very\s+)?(?:drugged|spiked|out of it)\b"
        r"|\bcan['’]?t feel (?:her|his|their|my) (?:legs|arms|body)\b", _F), True),
    # a child in a vehicle that will not stop or let them out: "14yo has rung me from the back
    # of a car ... the driver won't stop", "the van won't let her out"
    ("trapped_in_vehicle", re.compile(
        r"\b(?:car|van|taxi|cab|vehicle|lorry|driver)\b[^.?!]{0,60}?\b(?:won['’]?t|will not|refuses? to|is refusing to)\s+"
        r"(?:stop|pull over|let (?:her|him|them|me) out)\b(?!\s+(?:\w+ing)\b)", _F), False),
    # carers keeping an injured child from hospital: "parents ... won't let her take him to
    # hospital", "mum is refusing to let the HV get the baby to A&E"
    ("care_refused_now", re.compile(
        r"\b(?:won['’]?t|will not|refus\w* to|not letting|isn['’]?t letting|aren['’]?t letting)\s+(?:let\s+)?"
        r"(?:me|us|her|him|them|anyone|the (?:hv|health visitor|midwife|sw|social worker|nurse|paramedics?|ambulance(?: crew)?))\s+"
        r"(?:take|get|bring)\s+(?:him|her|them|the (?:baby|child|kids?|boy|girl|toddler))\s+(?:to|into)\s+(?:hospital|a\s?&\s?e|a and e|the gp|a doctor)\b"
        r"|\b(?:mum|mother|dad|father|parents?|carers?)\s+(?:refuse|refuses|is refusing|are refusing|won['’]?t|will not|doesn['’]?t want|don['’]?t want|not want)\s+to\s+"
        r"(?:go|come|take (?:him|her|them|the (?:baby|child|newborn)))\s+(?:to|at)\s+(?:the\s+)?(?:hospital|a\s?&\s?e|a and e|emergency)\b"
        r"(?=[^?]{0,80}\b(?:baby|newborn|infant|child|boy|girl|son|daughter)\b)", _F), False),
    # sixty-first session (second-language English): a child's medicine or food kept from them, with a marker of now: "the
    # parents not giving her insulin since days", "they stop giving the baby milk since yesterday"
    ("treatment_withheld_now", re.compile(
        r"\b(?:not|n['’]t|never|no more|stopp?(?:ed|ing)?|refus\w*\s+to)\s+(?:to\s+)?(?:giving|give|gave|given)\s+"
        r"(?:her|him|them|the (?:child|baby|boy|girl|minor|kids?|children))\s+(?:(?:his|her|their|any|the)\s+)?"
        r"(?:insulin|medicines?|medication|meds|epi-?pens?|inhalers?|antibiotics|tablets|food|milk|water|feeds?)\b"
        # (or not got for them, in the child's words: "'mum won't get my insulin, I haven't had any since Sunday'"; sixty-third
        # session, a second writer)
        r"|\b(?:mum|mam|mummy|mom|dad|daddy|mother|father|parents?|carers?|nan|she|he|they)\s+"
        r"(?:won['’]?t|will not|wont|doesn['’]?t|does not|refus\w*\s+to|(?:is|are|['’]s|['’]re)\s+not|never)\s+(?:get|collect|fetch|buy|pick up|order)\s+"
        r"(?:my|his|her|their|the (?:child['’]s|baby['’]s|boy['’]s|girl['’]s))\s+(?:insulin|medicines?|medication|meds|epi-?pens?|inhalers?|prescription)\b", _F), True),
    # sixtieth session (a practitioner's case in a few lines, then a question about the learning; written
    # blind by a helper): a child somewhere closed with men told with no verb: "13yo girl at a hotel near the
    # ring road with 2 men in their 30s", "girl about 14 in room 212 with a much older man", "y8 girl (R.T.) in
    # a car with 2 men outside school right now" (not "a 13yo was found in a hotel with an older man in 2021")
    ("child_with_men_now", re.compile(
        # (not a kind of case asked about: "is a girl in a hotel with older men automatically CSE?")
        r"(?<!\bis a )(?<!\bwould a )(?<!\bif a )(?<!\bwhen a )\b(?:\d{1,2}\s*(?:yo|y/o|year[- ]old|yr[- ]old)|girl|boy|teen(?:ager)?|pupil|student|y(?:ea)?r\s?\d{1,2})\b"
        r"(?:\s*\([^)]{0,30}\))?(?:,?\s+(?:about|around|maybe|aged?|approx\.?)\s+\d{1,2}(?:ish)?,?)?"
        # (a second language's age and year group after the child and a bare verb of where she is: "the girl 13 is now
        # in the car ...", "the small girl from year 7 sit in a car with two men"; sixty-first session, round 2)
        r"(?:,?\s+(?:of\s+)?\d{1,2}(?:\s+(?:years?|yrs?)(?:\s+old)?)?,?)?(?:\s+(?:from|in|of)\s+(?:year|yr|y)\s?\d{1,2})?"
        r"\s+(?:(?:is|['’]s|currently|now|still|right now|sit|sits|sitting|sat|stand|stands|standing|wait|waits|waiting)\s+)*(?:at|in)\s+(?:(?:a|an|the|his|their|some|this|that)\s+)?(?:[\w-]+\s+){0,3}?"
        # (where first: "14yo girl is in a car outside the youth centre right now with two older men"; sixtieth
        # session, second pass)
        r"(?:hotel|motel|room|flat|house|car|van|party|b&b|airbnb|tent)\b(?:\s+\d+)?[^.?!]{0,50}?\bwith\s+"
        r"(?:(?:a|an|one)\s+(?:much\s+|far\s+)?(?:older|adult|grown)\s+(?:man|male|guy|bloke)"
        r"|(?:two|three|four|five|several|some|[2-9]|a group of|a couple of|loads of|lots of)\s+(?:older\s+|adult\s+|grown\s+|unknown\s+)?(?:men|males|guys|blokes)"
        r"|(?:older|adult|grown|unknown)\s+(?:men|males|guys|blokes)"
        # (or a man said not to be family, the article dropped: "with man who is not family", sixty-first session, round 2)
        r"|" + _NOT_FAMILY_ADULT + r""
        r"|(?:a\s+)?(?:man|men|guy|guys)\s+in\s+(?:his|their)\s+(?:20|30|40|50|60)s)\b", _F), False),
    # sixty-first session, round 2 (second-language English): a child with an adult said not to be family, with a marker of
    # now: "the girl 13 is now in the car outside of school with man who is not family", "man who is not family is waiting
    # with the girl 9 at the school gate now", "the man take the girl of 10 years inside his house ... he is not family"
    ("unrelated_adult_now", re.compile(
        r"\b" + _KID_NOUN + r"\b[^.?!]{0,80}?\bwith\s+" + _NOT_FAMILY_ADULT
        + r"|\b" + _NOT_FAMILY_ADULT + r"[^.?!]{0,60}?\b(?:with|take|takes|taking|took|has|have|got|grab\w*|pull\w*|push\w*|hold\w*|follow\w*|"
        r"touch\w*|talk\w*\s+to|waiting\s+for|wait\s+for|give|gives|giving)\s+(?:the|a|this|that|our|my|his|her|their|one)\s+(?:[\w-]+\s+){0,2}?" + _KID_NOUN + r"\b"
        + r"|\b" + _KID_NOUN + r"\b[^.?!]{0,120}?\b(?:he|they|the man|the men|that man|this man)\s+(?:is|are|['’]s|['’]re)\s+(?:not|no)\s+"
        r"(?:(?:her|his|their|the|a)\s+)?(?:family|relatives?|related|father|dad|parents?|uncle)\b", _F), True),
    # a child sold, given to a man or snatched, still where they are held (sixty-first session, round 2): "in the weekend the 13
    # years girl was sold to a man for sex and she is still in his house", "was give to a man for marriage ... she is still
    # with him", "yesterday they take the boy 11 from the park and he is still in that house": the "still" is the marker of
    # now (:data:`_SELF_NOW_CUES`)
    ("still_held_after_taken", re.compile(_SOLD_OR_TAKEN + r"[^.?!]{0,120}?" + _STILL_HELD, _F), False),
    # a child self-harming as the asker writes: "Y10 girl self harming in the toilets right now, deep cuts"
    ("self_harm_now", re.compile(
        r"\b(?:\d{1,2}\s*(?:yo|y/o)|girl|boy|pupil|student|child|teen(?:ager)?|lad|yp|he|she|they)(?:\s+(?:in|at|from)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+"
        r"(?:is\s+|are\s+|['’]s\s+|['’]re\s+)?(?:currently\s+|still\s+|now\s+)?(?:self[- ]?harming|cutting (?:him|her|them)sel(?:f|ves)|hurting (?:him|her|them)sel(?:f|ves))\b", _F), True),
    # threshold persona, round 2 (a blind 120 used as the development set): a child going now to meet an adult "boyfriend",
    # his age or his record told or the word quoted: "has just run out of the home saying she's going to meet 'her boyfriend'
    # (28, known to police for CSE) at the station now", "is off to meet her 24 year old boyfriend tonight" (not a boyfriend
    # of her own age: "going to meet her boyfriend from year 11")
    ("meeting_adult_boyfriend_now", re.compile(
        r"(?:\b(?:is|are|['’]s|['’]re)\s+(?:just\s+)?(?:going|gonna|off|about|on (?:her|his|their) way|planning|due|leaving)\s+|\b(?:off|on (?:her|his|their) way|heading off)\s+)"
        r"(?:to\s+)?(?:meet|see|stay with|go to|go off with)\s+" + _ADULT_BOYFRIEND
        # (or to be collected by him, with a marker of now: "she's being collected tonight at 10 by her 'boyfriend' who is 28",
        # "her 24 year old boyfriend is picking her up after school"; threshold persona, round 4)
        + r"|\b(?:being|getting|be|get|is|['’]s)\s+(?:collected|picked\s+up|fetched|driven\s+off|taken\s+away)\b[^.?!]{0,40}?\bby\s+" + _ADULT_BOYFRIEND
        + r"|" + _ADULT_BOYFRIEND + r"\s*\)?\s*(?:,\s*)?(?:is|['’]s|will\s+be|['’]ll\s+be|is\s+going\s+to\s+be)\s+(?:collecting|picking\s+(?:her|him|them)\s+up|fetching|coming\s+(?:for|to\s+(?:get|collect|pick\s+up))\s+(?:her|him|them))\b", _F), True),
    # a child with a weapon to hand who says he will use it on someone, with a marker of now (threshold persona, round 2): "there's
    # a knife at home and he's going to 'do' his stepdad when he gets back today" (not "knife crime", :data:`_WEAPON`)
    ("armed_intent_now", re.compile(
        r"\b" + _WEAPON + r"\b[^.?!]{0,80}?\b(?:going to|gonna|will|['’]ll|wants? to|plans? to|planning to)\s+" + _ARMED_DEED
        + r"|\b(?:going to|gonna|will|['’]ll|wants? to|plans? to|planning to)\s+" + _ARMED_DEED + r"[^.?!]{0,60}?\bwith\s+(?:a|an|the|his|her|my|their)\s+(?:[\w-]+\s+)?" + _WEAPON + r"\b", _F), True),
    # the one a child fled, found them now (threshold persona, round 2): "girl (16) in a refuge with her mum says her dad has found
    # them and is outside the building now" (counted only in a message of flight, :data:`_FLED`; not "dad has found them a new school")
    ("fled_abuser_found_now", re.compile(
        r"\b(?:dad|father|stepdad|step-dad|stepfather|partner|ex|ex-partner|boyfriend|husband|uncle|perpetrator|abuser|aggressor|traffickers?|he|they|"
        r"the (?:men|man|family|gang))\b[^.?!]{0,30}?\b(?:has|have|['’]s|['’]ve)\s+(?:just\s+|now\s+)?(?:(?:found|tracked down|traced|located)\s+"
        r"(?:them|her|him|us|me|where (?:they|she|he|we)\s+(?:are|is|live|lives|['’]re|['’]s))\b(?!\s+(?:a|an|some|the|new|another|somewhere|online)\b)"
        r"|(?:tracked|hunted)\s+(?:them|her|him|us|me)\s+down\b)", _F), True),
    # the practitioner is with a child now
    ("with_child_now", re.compile(
        r"\b(?:i'?m|i am|we'?re|we are)\s+(?:with|sitting with|talking to|on the phone (?:with|to))\s+(?:a|the|my)\s+"
        + _KID + r"\b.*\b(?:" + _HARM + r"|scared|afraid|frightened|missing|danger|unsafe|bruis|injur)", _F), False),
]

# Framing of a question *about* the learning rather than a live situation.
_LEARNING = re.compile(
    # ("report" the noun, not the verb of the asker's duty: "report missing or 999?", "how fast do we need to report her missing?";
    # threshold persona, round 2)
    r"\b(?:review|reviews|cspr|scr|serious case|(?<!\bschool )(?<!\bto )report(?!\s+(?:(?:her|him|them|it|this|that)\s+)?missing\b)|learning sheet|learning(?!\s+(?:disabilit\w*|difficult\w*|needs))|lessons?|training|course|module|guidance|procedure|"
    r"policy|protocol|process|statistics?|stats?|figures?|data|how many|how much|percentage|trend|annual|board|partnership|"
    r"research|theme|themes|case stud(?:y|ies)|practice|audit|per year|each year|episodes?|what (?:is|are|does|do|did|should|happens)|what['’]s|"
    r"how (?:do|does|should|can|to)|when should|who should|"
    # ("is there" asks; "they are there now", "the children 3 and 1 are there." say where someone is; sixty-first session)
    r"(?:is|are) there(?!\s+(?:now|right now|still|alone|with|at the moment|currently|since|too|in this moment)\b|\s*[.,;!]|\s*$)|explain|definition|define|mean|"
    r"can (?:a|an|i|we|you|the)|is it (?:legal|ok|okay|illegal)|(?:at )?what age|how old|(?<!-)law|legal|legally|illegal|illegally|"
    r"a lot of|lots of|loads of|(?:once|after|since|during|in) (?:the )?lockdowns?|"
    r"(?:what['’]?s|what is) the (?:best|right|recommended|correct) way|wording|"
    # "red flags / signs that a child is being exploited" asks what to look for
    r"(?:red flags?|(?:warning )?signs|indicators)\s+(?:that|of|for)|how (?:can|do) (?:i|we|you) (?:tell|spot|know)|"
    # (or which signs would tell the asker, a question of what to look for: "what signs would make me think a child is being
    # groomed?", "which indicators would suggest ...", "what would tell me she's being exploited?"; threshold persona)
    r"(?:what|which|any)\s+(?:(?:key|early|main|typical|common|possible|other)\s+)?(?:signs?|indicators?|red flags?|warning signs?|clues?|behaviou?rs?)\s+"
    r"(?:would|might|could|should|do|does|make|tell|suggest|indicate|show)|what would (?:make|tell|lead) (?:me|us|you|staff) (?:think|suspect|know|worry|realise))\b",
    _F,
)
#: a frame of study, not of a live situation (stricter than :data:`_LEARNING`, which also
#: reads "what do I do?" as a question about the learning)
_STUDY = re.compile(r"\b(?:policy|policies|procedures?|protocol|guidance|learning(?!\s+(?:disabilit\w*|difficult\w*|needs))|lessons?|reviews?|cspr|scr|training|course|"
                    r"signs?|statistics?|figures?|data|how many|research|recommend\w*|plan for|inhaler plan|case where)\b", _F)
#: a depiction or exercise, not a live event: "the film showed ...", "in the scenario ..."
#: a question about the law or a threshold: "what's the charge for grabbing a child by the
#: throat?", "does it count as strangulation under the act?"
_LEGAL_Q_WORDS = re.compile(r"\b(?:(?<!\bin )(?<!\bin overall )charge|offence|offense|the act|under the|threshold|count as|counts as|classed as|"
                            # (not the man "in charge" of a place: "the man in charge says she's his niece"; sixty-second session)
                            r"duty to|policy|dissertation|essay|research)\b", _F)
#: a threshold asked of the scene the message tells, which makes it no question about the law (threshold persona): "does this
#: meet threshold?", "is this threshold?", "threshold for calling police?" (what the rest says decides; "what's the threshold
#: for a strategy discussion?" stays a question about the law)
_THRESHOLD_OF_SCENE = re.compile(r"\b(?:(?:this|it|that|she|he|they)\s+(?:meets?|reach(?:es)?|hits?|cross(?:es)?|over)\s+(?:the\s+)?(?:[\w-]+\s+)?threshold"
                                 r"|(?:is|does)\s+(?:this|it|that)\s+(?:a\s+|at\s+|over\s+|meet\s+|reach\s+)?(?:the\s+)?threshold"
                                 r"|threshold\s+(?:for|to)\s+(?:calling|ringing|phoning|contacting|call|ring|phone|contact)\s+(?:the\s+)?(?:police|999|ambulance|mash|social care)"
                                 # (or whether the scene counts as one, or as a grade of risk or a call: "does this count as exploitation?",
                                 # "does a missing 12 year old count as high risk if she messaged ...", "count as a 999 or a crisis team
                                 # referral?"; threshold persona, round 2)
                                 r"|(?:does|would|is)\s+(?:this|it|that|she|he)\s+count\s+as"
                                 r"|counts?\s+as\s+(?:an?\s+)?(?:(?:high|medium|low|immediate|significant)[- ]risk|999|emergency|urgent|police matter|crisis))\b", _F)
#: something seen on a screen, not happening: "in a film last night"
_ON_SCREEN = re.compile(r"\b(?:in|on|from)\s+(?:a|the|that)\s+(?:film|video|clip|drama|soap|documentary|tv show|tv programme|programme|movie|series|game)\b"
                        r"(?!\s+(?:call|chat|link|meeting))"
                        # (or in the news: "news story today about a boy found locked out")
                        r"|\bnews (?:story|report|article|item)\b|\b(?:in|on) the news\b", _F)
#: something shown, not happening: "played a clip of a man ...", "in the training video a child ...", "the case study has a girl who ..."
_SHOWN = re.compile(r"\b(?:a|the)\s+(?:training\s+)?(?:clip|video|film|vignette|case study|scenario|role[- ]?play)\s+(?:of|has|had|shows?|showed|where|in which|about)\b"
                    r"|\bin the (?:training\s+)?(?:clip|video|film|vignette|case study|scenario|role[- ]?play)\b"
                    # (an exercise said to be a scene: "the scenario is a 14 year old telling the DSL she'll kill herself
                    # tonight", "the role-play involves a boy who ..."; not a video "is being shared"; threshold persona)
                    r"|\b(?:the|a|our|this|my)\s+(?:training\s+)?(?:vignette|case study|scenario|role[- ]?play|exercise)\s+(?:is|was|involves|involved|features|featured|describes|covers)\s+"
                    r"(?:about\s+)?(?:a|an|that|where|one where|when)\b", _F)
_DEPICTED = re.compile(r"\b(?:film|video|clip|scenario|role[- ]?play|vignette|case study|drama|soap|documentary|training (?:exercise|session))\b", _F)
_HYPOTHETICAL = re.compile(r"\b(?:if|whether|suppose|imagine|in case|a child who|children who|young people who)\b"
                           # a kind of case weighed up (fifty-sixth session): "is a child home alone
                           # worse than ...?", "which is more serious: a bruise or a child saying ...?"
                           r"|\b(?:is|are|would)\s+(?:a|an)\s+(?:child|kid|baby|toddler|teen(?:ager)?|young person|pupil|girl|boy)\b"
                           r"|\b(?:a|an)\s+(?:child|kid|baby|toddler|teen(?:ager)?|young person|pupil)\s+(?:saying|telling)\b"
                           # ("when", but not a call that has just come: "finishing a supervision
                           # record when my worker rang from a home visit: the 2yo got into ...")
                           r"|\bwhen\b(?!\s+(?:my|our|the|a|her|his)\s+(?:[\w'’-]+\s+){0,2}?(?:rang|called|phoned|texted|messaged|rung me|came in|walked in|turned up|arrived)\b)"
                           # what a review or report said about a child: "what did the CSPR say
                           # about the child who swallowed methadone?"
                           r"|\b(?:say|says|said)\s+about\b"
                           r"|\b(?:say|said|says|find|found|learn\w*|recommend\w*|conclud\w*)\b[^.?!]{0,20}?\babout\s+(?:the|a|an)\s+"
                           r"(?:child|children|baby|babies|toddler|boy|girl|family|case|young person)\b"
                           # a case talked through at training: "at the training today we
                           # discussed a case where a girl was being hit at home"
                           r"|\b(?:discussed|talked (?:about|through)|looked at|went through|presented|studied)\s+(?:a|the|an)\s+"
                           r"(?:\w+\s+)?case\b", _F)
_PAST_REPORTING = re.compile(
    r"\b(?:in (?:19|20)\d{2}|(?:19|20)\d{2}[-/]\d{2}|last year|previous(?:ly)?|historic(?:al)?|case review|the review|the report|"
    r"(?:weeks|months|years) ago|last (?:week|month|term)|at the time|"
    # (or "years back": "that's exactly what happened with one of mine a couple of years back"; sixty-second session)
    r"(?:a couple of|a few|two|three|four|five|several|many|some|\d+) years back|"
    # (something that happened in a month named: "twin baby had an unexplained arm fracture in March")
    r"(?:had|was|were|happened|went)\b[^.?!]{0,60}?\bin (?:january|february|march|april|june|july|august|september|october|november|december)\b|"
    # (or a season: "was locked in a kitchen by a dad on a visit in spring"; not summer, a trip's
    # season; and "last summer", fifty-ninth session)
    r"(?:had|was|were|happened|went|came|got|started|began|told|said|disclosed)\b[^.?!]{0,60}?\bin (?:the )?(?:spring|autumn|winter)\b|"
    # (a childhood gone: "the parents not giving her food when she was child", sixty-first session)
    # (or an age then: "When I was 12 I told a teacher my dad hit me", the asker's own childhood; sixty-third session, a second writer)
    r"when (?:she|he|they|i|mum|mother|dad|father) (?:was|were) (?:a |an |still a )?(?:child|little|younger|small|baby|girl|boy|teenager|kid|minor)\b|"
    r"when (?:i|she|he|they) (?:was|were) (?:only |just |about |aged? )?\d{1,2}\b(?!\s*(?:mins?|minutes|hours?|%))|last (?:spring|summer|autumn|winter|christmas|easter|half[- ]term)\b|"
    # (or a date: "on 3 June the 12yo locked herself in the bathroom", "court report: on 14 March mum
    # was found passed out", fifty-ninth session)
    r"(?:^|[.?!:;]\s+|\s[-–—]\s+)on (?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|june|july|august|september|october|november|december|may)|(?:january|february|march|april|june|july|august|september|october|november|december|may)\s+\d{1,2}(?:st|nd|rd|th)?)\b,?\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:had|was|were|posted|sent|took|told|said|tried|did|made|ran|went|came|left|disclosed|locked|found|attended|rang|called)\b|"
    # (or the month first: "In April he posted a pic of himself on the roof", fifty-seventh session)
    r"(?:^|[.?!]\s+|\bback\s+)in (?:january|february|march|april|june|july|august|september|october|november|december)\b,?\s+(?:he|she|they|we|i|mum|dad)\s+"
    r"(?:had|was|were|posted|sent|took|told|said|tried|did|made|ran|went|came|left|disclosed)\b|(?:practice|serious case|safeguarding|learning) reviews?|reviews? (?:i['’]m|i am) reading|(?:the|a|our|in|this|their|your)\s+(?:[\w-]+\s+){0,3}?survey|survey\s+(?:of|for|with|among|results?|responses?|findings?)\b|questionnaires?|\d{1,3}(?:\.\d)?\s?%\s+(?:of\s+(?:[\w-]+\s+){0,3}?)?(?:said|say|told|reported|felt|feel|would|wouldn['’]?t)|(?:the|a|in the) case stud(?:y|ies)|(?-i:[Cc]hild [A-HJ-Z](?![\w'’])))",
    _F,
)
# A concrete, present child the asker knows: overrides a learning frame.
_CONCRETE = re.compile(
    r"\b(?:my|our|this|a)\s+(?:pupil|student|client|son|daughter|child|boy|girl|baby|foster child|nephew|niece|learner|young person)\b"
    r"(?!\s+(?:who|that)\b)|\b(?:i|we)\s+(?:have|'ve got|have got)\s+a\s+" + _KID + r"\b|\bi'?m (?:with|worried)|\bhe|she\b"
    # a child of a given age, or the family's youngest, in a scene: "the dad has just hit the
    # 4 year old", "he just hit the baby" (found by a break-it helper: not flagged)
    r"|\b(?:the|his|her|their)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]?(?:year|yr|month)s?[- ]?old\b(?!\s+(?:who|that)\b)"
    # (and as "yo": "dad has barricaded himself in the house with the 4yo")
    r"|\b(?:the|his|her|their)\s+\d{1,2}\s*(?:yo|y/o)\b(?!\s+(?:who|that)\b)"
    # (or one a caller has just told of: "a foster carer just rang, a 6 year old has a burn
    # mark and the mum's boyfriend is there now")
    r"|\ba\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]?(?:year|yr|month)s?[- ]?old\s+(?:has|is|'s)\b"
    # (fifty-sixth session: "10yo in class has a burn ...", "16yo texted me ...")
    r"|(?<![\w-])\d{1,2}\s*(?:yo|y/o)\s+(?:in (?:class|my|the|our)|has|is|'s|just|told|says|said|texted|messaged|rang)\b"
    r"|\b(?:the|his|her|their)\s+(?:baby|toddler|little one|kids|children|twins)\b(?!\s+(?:who|that)\b)",
    _F,
)


_OBSERVED = frozenset({"put_out_now", "taken_by_parent_now", "child_with_men_now", "controller_near_now", "attacked_now", "crying_for_days", "adult_locked_in_with_child", "child_at_drop_now", "barred_adult_near", "child_in_car_danger", "alone_in_danger", "removed_from_contact",
                       "fire_now", "screaming_inside", "disclosure", "injury_seen", "medical_emergency", "afraid_to_go_home", "removing_child", "danger_place",
                       "child_says_abuse", "online_sexual_now", "suicidal_talk", "exploitation_now", "locked_in", "threat_or_held_now", "goodbye_then_silent",
                       "infant_shaken", "beating_threat_at_home"})
#: a child said to be safe now, whose "now" is no marker of danger: "she's now settled in a
#: safe house", "in foster care now", "placed with grandparents under an ICO", "dad is on
#: bail" (fifty-fourth session); but "the 15yo placed with them is in her room saying she has a
#: ligature" names the child, it does not say she is safe (fifty-seventh session)
_SAFE_NOW = re.compile(r"\b(?:now\s+)?(?:(?<!\bnot )(?<!n['’]t )(?<!\bnever )settled(?:\s+(?:with|in|at)\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:carers?|family|nan|gran|grandparents?|"
                       # (settled where the child lives, then "now": "she's 15 and settled with her foster carers now", sixty-third
                       # session)
                       r"aunt|auntie|uncle|placement|home|school|resi))?|"
                       # (safe somewhere, then "now": "she's safe with her nan now"; sixty-third session, a third round)
                       r"safe(?:ly)?\s+(?:with|at|in)\s+(?:[\w'’-]+\s+){1,3}?now\b|safe(?:ly)?\s+(?:now|at home|in\b|with\b)|in (?:foster|residential|kinship) care|placed (?:with|in)\b(?!\s+(?:them|us|him|her|you)\s+(?:is|are|has|have|['’]s|went|was|ran|just|left|hasn['’]?t|isn['’]?t|didn['’]?t|"
                       # (nor the child placed with her doing something now: "the 14yo placed with her got into a mercedes with
                       # a man"; thread follow-ups, sixty-second session)
                       r"got|gets|jumped|climbed|won['’]?t|wont|never|keeps?)\b)|"
                       # (with or without the article: "is now in safe house", "in foster family"; sixty-first session)
                       r"in (?:a |the )?(?:safe house|foster placement|foster family|foster home)|"
                       # (placed already: "was placed already with the foster mother", "is placed yesterday"; sixty-first session)
                       r"(?:was|were|been|is|are)\s+(?:already\s+)?placed\s+(?:already\b|yesterday\b|last (?:week|night|month)\b)|placed already\b|"
                       # (sixtieth session: "She's in a placement and safe.")
                       r"(?:is|are|['’]s|['’]re)\s+(?:now\s+)?in (?:a |her |his |their )?(?:[\w-]+\s+)?placement\s+and\s+(?:safe|settled|fine|well)\b|under (?:an? )?(?:ico|interim care order|epo|emergency protection order|police protection)|"
                       # (agency/role persona, break-it misses, 2026-12-07: "is now in a refuge and safe",
                       # "everyone is safe", "he's recovered now"; not "safe for now", "nobody is safe")
                       r"(?:(?:living|staying)\s+)?in (?:a |the )?(?:refuge|women['’]s refuge|place of safety|safe accommodation)|"
                       # (or happy or safe with carers now, in the child's words: "'now I am happy here with my foster family'"; threshold
                       # persona, round 2)
                       r"(?:now\s+(?:i|he|she|they)\s*)?(?:am|is|are|['’]m|['’]s|['’]re)\s+(?:now\s+|so\s+|very\s+|really\s+)?(?:happy|safe|settled)\s+(?:here\s+|now\s+)?"
                       r"(?:with|at|in)\s+(?:my|his|her|their|the|our)\s+(?:[\w-]+\s+)?(?:foster|kinship|adoptive|new|forever)\s+(?:family|carers?|home|mum|dad|parents|placement)|"
                       r"(?<!\bnobody )(?<!\bno one )(?<!\bno-one )(?:is|are|['’]s|['’]re)\s+(?:now\s+|all\s+)?safe(?:\s+and\s+well)?(?:\s+(?:with|at|in)\s+(?:[\w'’-]+\s+){1,3}?now\b|(?=\s*(?:[.,;!?]|$)|\s+(?:now|and|but|so|with|in|at)\b))|"
                       r"(?:(?:has|have|['’]s|['’]ve)\s+(?:now\s+)?|\bnow\s+)(?:fully\s+)?(?:recovered|healed)|"
                       r"on bail|(?:been |was |were )?(?:arrested|charged|remanded)|police (?:are|were|have been|is|was|has been) (?:already )?(?:involved|informed|notified)|"
                       # (the police took him: "the police took him and the family is now safe", sixty-first session)
                       r"police (?:took|have taken|has taken|arrested|removed|take) (?:him|her|them|the (?:father|dad|man|aggressor|abuser|partner|boyfriend|stepfather|uncle))\b|"
                       # (or "now closed": "if the case is now closed", "the case has now been closed"; sixty-third session, a third round)
                       r"case (?:(?:is|was|has|had|got)\s+)?(?:now\s+)?(?:been\s+)?closed(?:\s+now)?|"
                       # (fifty-sixth session: "she's been back in placement since", "now in supported
                       # accommodation", "neighbour took him in")
                       r"(?:been )?back in (?:placement|resi|care|school) since|(?:now )?in supported (?:accommodation|lodgings|housing)|"
                       r"(?:neighbou?r|police|grandparents?|nan|gran|aunt|uncle) took (?:him|her|them) in|"
                       # (fifty-fifth session: "he's in school today and fine", "she's back in resi
                       # and stable", "was brought back by police at 2am", "the case that's at court now")
                       # (fifty-seventh session: "he's in lesson now and seems his usual self")
                       r"(?:he|she|they)(?:['’]s| is|['’]re| are) (?:back )?(?:in school|at school|home|in placement|in resi|in (?:a |her |his |their )?lessons?|in class|on (?:the|a) ward|in (?:the )?hospital) "
                       r"(?:today |now |right now )?and (?:seems |looks |is |['’]s )?(?:fine|safe|ok|okay|well|stable|settled|happy|(?:his|her|their) usual self)|"
                       r"back in (?:resi|placement|school|care) and (?:stable|settled|safe|fine|ok)|"
                       r"(?:was|were|been|got) (?:brought|returned|taken) (?:back|home)(?: by (?:the )?police)?(?: at (?:\d{1,2}(?::\d\d)?\s?(?:am|pm)|midnight))?|"
                       r"(?:that['’]s|is|['’]s) (?:at|in) court|"
                       # (fifty-seventh session, "what else should I do?" after a crisis dealt with:
                       # "she's now living with her nan", "baby staying with maternal gran overnight")
                       r"(?:living|staying|lives|stays) with (?:(?:her|his|their|the|a|maternal|paternal|protective)\s+){0,2}"
                       r"(?:nan|nana|nanna|gran|granny|grandma|grandad|grandparents?|grandmother|grandfather|aunt|auntie|aunty|uncle|foster carers?|kinship carers?|"
                       r"foster (?:mother|mum|father|dad|family|parents?))|"
                       # ("was found by police at 4am", "found safe")
                       # (and the time of the finding, which is no danger now: "was found by police this morning and is safe at home";
                       # threshold persona)
                       r"(?:was|were|been|got) found (?:safe(?:\s+and\s+well)?|by (?:the )?police)(?: at (?:\d{1,2}(?::\d\d)?\s?(?:am|pm)|midnight))?"
                       r"(?:\s+(?:this (?:morning|afternoon)|earlier(?: today)?|today|last night|overnight))?|"
                       # (the time first: "was found at 2am by police, safe and well", fifty-ninth session)
                       r"(?:was|were|been|got) found (?:at (?:\d{1,2}(?::\d\d)?\s?(?:am|pm)|midnight) )(?:by (?:the )?police|safe(?:\s+and\s+well)?)|"
                       r"(?<=[,;]\s)safe and well\b|"
                       # (sixtieth session, a case and then a question: "police did a welfare check, kids fine, mum
                       # has a prohibited steps order now", "family now on a CIN plan", "she and her baby are with the
                       # Salvation Army now", "police raided it on Friday", "the boy is at another college now", "she's on
                       # the ward now and stable")
                       r"(?<=[,;]\s)(?:the\s+)?(?:kids|children|baby|child|boys|girls|both|twins)\s+(?:are\s+|is\s+|were\s+|was\s+)?(?:all\s+)?(?:fine|ok|okay|safe|unharmed|unhurt)\b|"
                       r"(?:has|have|got|granted|made|obtained)\s+(?:(?:a|an|the)\s+)?(?:prohibited steps order|pso|non-?mol\w*|fmpo|fgmpo|(?:forced marriage|fgm) protection order|"
                       r"restraining order)(?:\s+(?:now|in place|granted|made))?|"
                       # (and "now she is with the foster mother", sixty-first session)
                       r"(?:(?:he|she|they)(?:['’]s| is|['’]re| are) now|now (?:he|she|they)(?:['’]s| is|['’]re| are)) (?:living |staying |back )?with (?:his|her|their|the) (?:dad|father|mum|mother|nan|gran|grandparents?|grandmother|grandfather|aunt|auntie|uncle|"
                       r"foster carers?|kinship carers?|foster (?:mother|mum|father|dad|family|parents?))(?=\s*(?:[.,;]|$)|\s+(?:on|under|and is|who is|full[- ]time)\b)|"
                       # (the one who harmed away now: "brother's now in the army and lives away", "dad is now in prison")
                       # (the word order of a second language: "he is in prison now", "the aggressor is in prison"; sixty-first session)
                       r"(?:is|['’]s|are|['’]re)\s+(?:now\s+)?in (?:prison|jail|police custody)(?:\s+now)?\b|"
                       r"(?:is|['’]s|are|['’]re)\s+now\s+(?:in (?:prison|custody|the army|jail|a young offenders\w*|another (?:country|city|area))|living (?:away|elsewhere|abroad)|out of the (?:house|home|picture))|"
                       r"now on (?:a |an |the )?(?:cp|cin|child protection|child in need|safety|ce|cse) plan|now in (?:a|an|her|his|their) (?:[\w-]+\s+)?placement(?: out of (?:area|borough))?|"
                       r"(?:(?:fgm|forced marriage) protection order|fmpo|fgmpo)s?\s+(?:was\s+|were\s+|has been\s+|have been\s+|is\s+|now\s+)?(?:granted|made|in place|obtained)|"
                       r"passports?\s+(?:(?:are|were|have been|has been|is|was)\s+)?(?:held|surrendered|taken)\s+by\s+(?:the\s+)?(?:court|police)|"
                       r"(?:is|are|['’]s|['’]re)\s+(?:now\s+)?(?:with|at|in)\s+(?:the\s+)?(?:salvation army|migrant help|city hearts|a safe house|the safe house)|"
                       r"police (?:have |has )?(?:raided|rescued|recovered|removed)\b|police (?:are |were )?investigating|"
                       r"(?:is|are|['’]s|['’]re)\s+(?:now\s+)?(?:at|in|moved to)\s+(?:another|a different|a new)\s+(?:school|college|placement|area|address|borough|unit)|"
                       # ("CP plan now", "safety plan in place"; "police protection in place", "now in
                       # police protection at the station")
                       r"(?<!\bon a )(?<!\bon the )(?<!\bon an )(?:cp|child protection|cin|safety|care|ce|cse) plan (?:is )?(?:now|in place)|"
                       r"there\s+(?:is|are)\s+(?:now\s+)?(?:a\s+|an\s+)?(?:safety|cp|child protection|cin|care|ce|cse)\s+plan\b|"
                       r"(?:is|are|['’]s|['’]re)\s+now\s+in\s+(?:the\s+)?hospital\b(?=\s*(?:[.,;]|$)|\s+(?:and|under|on)\b)|under (?:the )?(?:camhs|crisis team|home treatment team)\b|in police protection|police protection (?:is )?in place|(?:in hospital\s+|on (?:a |the )?(?:hospital )?ward\s+)?on (?:1:1|one[- ]to[- ]one|constant) (?:obs|observations?)|"
                       # ("he's now on a restraining order and mum and kids have moved", "on bail
                       # conditions", "the family have moved")
                       r"on (?:a |an )?(?:restraining order|non-?mol(?:estation order)?|no[- ]contact order|bail conditions)|"
                       r"(?:mum and (?:the )?kids|the family|they) (?:have|has) moved(?! in)|"
                       # (agency/role persona, 2026-12-07: the response already in place: "police have him
                       # in custody", "dad's now banned from site", "social care know", "police found her
                       # the same night", "the gun's been seized and contact is supervised now", "he's with
                       # foster carers now", "it's now a s47", "going to her aunt's tonight under s20")
                       # (the adult held, not "a 15 year old in custody says he'll be killed if he talks")
                       r"(?:have|has|['’]ve|got) (?:him|her|them|dad|mum|the (?:dad|father|man|suspect|stepdad|partner|boyfriend)) in (?:police )?custody|(?:now )?banned from (?:the )?(?:site|premises|school|nursery|ward|building|setting)|"
                       r"(?:social care|social services|children['’]s services|csc|mash|the school|the police|police) (?:already )?(?:know|are aware|have been told)\b|"
                       r"police (?:found|picked up|brought back) (?:her|him|them)|"
                       r"(?:has|have|['’]s|['’]ve) been (?:seized|confiscated|handed in)|(?:contact|visits) (?:is |are )?(?:now )?supervised|supervised contact|"
                       r"(?:he|she|they)(?:['’]s| is|['’]re| are) (?:now )?(?:back )?with (?:(?:his|her|their|the) )?(?:foster|kinship) carers|(?:it['’]s |it is |is )?now (?:a |an |on a |under )?(?:s47|section 47|cp plan|child protection plan)|"
                       r"(?:tonight|today|now) under (?:an? )?(?:s20|section 20|ico|interim care order|epo|safety plan|police protection)|"
                       # (a child of a story grown and studying now: "ran away from an exploiter and is now at university", "now in sixth
                       # form"; closed-question persona, fresh 40 of round 2)
                       r"now\s+(?:at|in|studying at|studying in|doing a degree at)\s+(?:uni|university|college|sixth form)\b(?!\s+(?:with|and)\s+(?:him|her|them|the (?:men|man))\b)|"
                       # ("is now doing well")
                       r"doing (?:really |very |much )?(?:well|better|fine|ok|okay|great)|(?:is|are|['’]s|['’]re|was|were|been)\s+(?:now\s+|already\s+)?adopted\b|"
                       r"(?:now\s+(?:he|she|they)(?:['’]s| is|['’]re| are)|(?:he|she|they)(?:['’]s| is|['’]re| are)\s+now)\s+(?:very\s+|much\s+|all\s+)?(?:fine|ok|okay|well|better|stable|happy|good)\b(?!\s+(?:but|until|till)\b)|"
                       # ("always back by midnight": a pattern of going missing, not a child missing now)
                       r"always (?:back|home|returns?|comes? (?:back|home)) (?:by|before) (?:midnight|\d{1,2}(?::\d\d)?\s?(?:am|pm)|the morning|morning)|"
                       # (a harm said to be over, not one to come: "exploited from 13 to 17 but it's over now", "that's all over"; not
                       # "when it's over", "it's not over"; closed-question persona, round 4)
                       r"(?<!\bwhen )(?<!\bonce )(?<!\buntil )(?<!\btill )(?<!\bbefore )(?<!\bafter )(?:it|that|this|the (?:abuse|exploitation|harm|grooming|relationship))"
                       r"(?:['’]s|\s+is|\s+was|\s+has)\s+(?:all\s+|now\s+|long\s+)?(?:over|stopped|ended)(?:\s+now)?(?=\s*(?:[.,;:!?\-–—]|$)|\s+(?:now|and|but|so|thank)\b)|"
                       # (a child missing who came back: "missing overnight came back at 7am", "ran off but came home safe"; not "hasn't
                       # come back", "never came home"; closed-question persona, round 4)
                       r"\b(?:missing|ran away|run away|ran off|run off|absconded|awol)\b[^.?!]{0,60}?(?<!n['’]t )(?<!\bnot )(?<!\bnever )(?<!\byet to )"
                       r"\b(?:came|come|got|walked|turned up|returned|arrived)\s+(?:back|home)\b(?!\s+(?:to|from)\b)"
                       r"(?:\s+(?:safe(?:ly|\s+and\s+well)?|(?:at|by)\s+(?:\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)?|midnight)|(?:early\s+)?(?:this|the next|next|the following)\s+morning|"
                       r"in the morning|on (?:her|his|their) own|overnight))?)(?:\s+now)?\b", _F)
#: what a message compares its scene with, which does not make the scene past or a study
#: (fifty-sixth session): "is this worse than last time?", "compared to previous risk this is
#: higher", "how does this weigh against the breach last month"
_COMPARED_WITH = re.compile(r"\b(?:than|compared (?:to|with)|comparing (?:to|with)|comparison (?:to|with)|against|vs\.?|versus"
                            # (a family likened to a reviewed case: "family a bit like Child M - house full to the
                            # ceiling, I've just visited ...", sixtieth session)
                            r"|(?:a (?:bit|lot)|rather|very|just|quite|a little) like|similar to|reminds? me of)\b[^.?!:;,]{0,60}", _F)
#: a "now" that is not the child's: "comparing risk in January vs now", "writing the NRM
#: referral now"
_NOW_NOT_RISK = re.compile(r"\b(?:vs\.?|versus|(?:then|before|previously|back then|at the time|last year)\s+and|compared (?:to|with)|till|until|up to)\s+now\b"
                           # (a span ending now, not a danger now: "between January and now";
                           # "police came last night and now dad is back and smashing the
                           # place up" is now, sixtieth session)
                           r"|\bbetween\b[^.?!]{1,40}?\band\s+now\b"
                           # (a scene "in front of the kids" dated a day gone, on either side, which is no scene going on: "her ex hit
                           # her last night in front of the kids", "in front of the children at the weekend"; threshold persona, round 4)
                           r"|\b(?:last night|yesterday(?: evening| morning)?|the other (?:day|night)|(?:at|over) the weekend|last (?:mon|tues|wednes|thurs|fri|satur|sun)day)"
                           r"\s+(?:[\w'’-]+\s+){0,2}?in front of (?:the|his|her|their|my|our) (?:kids|children|child|baby|boy|girl|siblings|family)\b"
                           r"|\bin front of (?:the|his|her|their|my|our) (?:kids|children|child|baby|boy|girl|siblings|family)\s+"
                           r"(?:last night|yesterday|the other (?:day|night)|(?:at|over) the weekend|last (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
                           # (sixtieth session, a case then a question: "he's staying with nan for now", "settled
                           # for 3 months now", "been fine for weeks now": a while, not a danger now)
                           # (a "now that" of a change in the law or guidance: "now that the DA Act 2021 recognises children as victims";
                           # threshold persona, round 2)
                           r"|\bnow\s+that\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:act|acts|law|laws|guidance|legislation|policy|bill|regulations?|rules?|framework|"
                           r"working together|kcsie|ofsted|threshold|criteria|procedures?)\b"
                           r"|\bfor now\b|\bfor (?:\d+|a|one|two|three|four|five|six|a few|several|many|some) (?:days?|weeks?|months?|years?|terms?) now\b"
                           # (a grown child's age now, in a case told from years back: "he's 19 now and doing fine", "she's an
                           # adult now"; thread follow-ups, sixty-second session)
                           r"|\b(?:he|she|they|who)(?:['’]s|\s+is|['’]re|\s+are)\s+(?:(?:1[89]|[2-9]\d)(?:\s+(?:years?\s+old|yrs?|yo))?|an adult|a grown (?:man|woman|adult|up)|"
                           r"(?:all\s+)?grown up)\s+now\b|\b(?:is|are|['’]s|['’]re)\s+now\s+(?:1[89]|[2-9]\d|an adult)\b"
                           # (what a sign or indicator is of, in a question about the signs: "what are the key indicators a girl is
                           # about to be taken abroad to be cut?"; thread follow-ups, sixty-second session)
                           r"|\b(?:signs?|indicators?|red flags?|warning signs?|clues?)\s+(?:that\s+|of\s+|for\s+|when\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:child|girl|boy|young person|pupil|student|teen\w*|baby|kid|daughter|son)\s+(?:is|are|may be|might be|could be)\s+about to\b"
                           # (a professional's contact dated today: "early help spoke to her today", "the SW
                           # visited this morning", "CAMHS seeing her today"; sixtieth session)
                           r"|\b(?:early help|social care|children['’]s services|the sw|sw|social worker|the school|police|the hv|hv|"
                           r"health visitor|the team|camhs|duty|mash|the gp|gp|our [\w-]+)\s+(?:have\s+|has\s+|had\s+|are\s+|is\s+)?"
                           r"(?:spoke|spoken|speaking|talked|met|meeting|visited|visiting|saw|seen|seeing|rang|phoned|contacted|emailed|checked on|assessed|assessing)\s+"
                           r"(?:to\s+|with\s+)?(?:[\w'’-]+\s+){0,3}?(?:today|this (?:morning|afternoon))\b"
                           r"|\b(?:writing|doing|completing|filling in|typing up|finishing)\s+(?:the |a |my |an |our )?(?:[\w-]+\s+){0,2}?"
                           r"(?:referral|report|notes|form|write-?up|assessment|paperwork|chronology)\s+now\b"
                           # where the child is now, with the adults looking after them, which is no
                           # marker of danger (fifty-seventh session): "she's in school right now",
                           # "is home with her foster carers now", "home now with mum." (but not "home
                           # now with mum, she's off her face")
                           r"|(?:\b(?:he|she|they)(?:['’]s| is|['’]re| are) (?:back )?|(?<=[,;]\s))(?:in school|at school|in (?:a |her |his |their )?lessons?|in class) (?:right now|now)\b"
                           r"|\bhome (?:now )?with (?:(?:her|his|their|the) )?(?:foster carers?|mum|mother|parents?|nan|gran|grandparents?|family)(?:\s+now)?"
                           r"(?=\s*(?:[.;!?]|$)|\s*,(?!\s*(?:who|whose|but|and|she|he|they|mum|dad|mother|father)\b))", _F)
#: the asker's own document, named as what they were doing when something happened (fifty-ninth
#: session, practitioners in the middle of writing something): "writing up my case note for the
#: ICPC and ...", "sorry mid ICPC report - dad is in reception", "im meant to be doing my audit but
#: theres a kid ...", "need the figure for my governors report but first - ...", "drafting policy
#: update - sorry - ...". The document is no frame of study: what the rest of the message says
#: decides (a look-alike still asks its question: "for my audit: how many of the cases ...?")
_DRAFTING = re.compile(
    r"\b(?:(?:writing|drafting|doing|finishing|completing|typing|working on|putting together|preparing|updating|"
    r"in the middle of|halfway through|half way through|mid|meant to be doing|supposed to be doing|trying to (?:do|finish|write|get)|"
    r"need(?:ed)? (?:the|a|an|some)\s+(?:[\w'’-]+\s+){0,3}?for|for)\s+(?:up\s+)?(?:(?:my|the|a|an|our|this|today['’]s)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:reports?|papers?|notes?|slides?|newsletter|audit|emails?|handout|policy|bid|minutes|statement|record|"
    r"referral|summary|briefing|presentation|chronology|assessment|update|flowchart|leaflet|submission|write-?up|return|pack|"
    r"register|form|evaluation|reflection|essay|assignment|portfolio|plan|document|doc|guidance|procedure|protocol|toolkit|agenda)"
    r"|(?:report|paper|note|slides?|newsletter|audit|email|handout|bid|minutes|statement)s?\s+(?:can wait|due (?:today|tomorrow|at \d+)))\b",
    _F)
#: a video the child sent of themselves, which is no depiction: "just sent me a video of
#: himself on the roof"
_SENT_OF_SELF = re.compile(r"\b(?:sent|sending|posted|shared|messaged|snapchatted|uploaded|facetimed)\s+(?:me|us|her|him|them|[\w-]+)?\s*(?:a|the)\s+"
                           r"(?:video|clip|pic|photo|picture|live) of (?:him|her|them)sel(?:f|ves)\b", _F)
#: a quiz or exam question quoted, whose scene is an exercise: "Q3 is 'A child discloses ...'"
#: (or a line of training material quoted: "Our DSL training slide has the line 'he said he'd hurt me if I told'"; sixty-third
#: session, a second writer)
_QUIZ = re.compile(r"\b(?:quiz|exam|test question|q\d+|question \d+|scenario|course|my assessment|assessment question"
                   r"|(?:training|teaching|presentation|powerpoint|ppt|course|lesson|induction|staff|inset)\s+(?:[\w-]+\s+)?"
                   r"(?:slides?|slide deck|handouts?|posters?|leaflets?|scripts?|workbooks?|materials?|packs?)\s+"
                   r"(?:has|have|says|say|reads|read|quotes?|uses?|shows?|includes?|contains?|gives?))\b", _F)
#: (an apostrophe inside a word does not end it: "'... what's the receptionist's first step?'")
_QUOTED_SPAN = re.compile(r"(?<!\w)['‘\"“](?:[^'’\"”]|(?<=\w)['’](?=\w)){12,}['’\"”](?!\w)")
#: a message saying the danger is not now: "nobody looks like they're about to get hurt",
#: "no immediate danger", "not an emergency"
_NOT_NOW = re.compile(r"\b(?:nobody|no one|noone|not|isn['’]?t|aren['’]?t)\b[^.?!]{0,40}?\b(?:about to|right now|this minute|immediate)\b"
                      r"|\bno immediate\b|\bnot (?:urgent|an emergency)\b", re.I)
#: a question in the past tense whether someone was in danger (sixty-second session, second round: thread follow-ups about
#: the published stories and closed cases): "was Serena in danger when she was 15?", "was he in danger?", "were they in
#: danger at that point?", "were they at immediate risk back then?" (a question, with no child, time or harm described: not "was told she is in danger", nor "is he
#: in danger?", nor "was he in danger? he's with them now")
_PAST_DANGER_Q = re.compile(r"^\W*(?:(?:so|and|but|ok|okay|then|also|right|sorry|hmm|q)\W+)*(?:was|were)\s+"
                            r"(?!(?:told|informed|warned|advised|asked|called|rung|phoned|sent|just)\b)"
                            r"(?:(?!\b(?:is|are|am|now|currently|tonight|today)\b)[^.?!]){1,50}?"
                            r"\b(?:in\s+(?:any\s+|real\s+|immediate\s+|serious\s+|grave\s+)?danger|at immediate risk)\b[^.?!]*\?", re.I)
#: a kind of child asked about, in a relative clause (sixty-second session, second round): "what are the signs of abusive
#: head trauma in a baby who is brought in floppy?"
_KIND_OF_CHILD = re.compile(r"\b(?:a|an|any)\s+(?:[\w-]+\s+)?(?:baby|infant|newborn|toddler|child|boy|girl|kid)\s+(?:who|that)\b"
                            r"|\b(?:babies|infants|newborns|toddlers|children|kids)\s+(?:who|that)\b", re.I)
#: a child tied or strapped to a chair as a care routine, not a scene (threshold persona, round 4): a professional said to have advised
#: it ("she says the school nurse suggested it", "the OT recommended a harness") or a mealtime ("tied to his chair during meals");
#: with it the tying of :data:`_CUES` "adult_harming_child" needs a marker of now, as "restrained_now" does
_RESTRAINT_AS_CARE = re.compile(
    r"\b(?:nurse|ot|occupational therapist|physio\w*|doctor|gp|paediatrician|consultant|camhs|psychologist|psychiatrist|specialist|health visitor|hv|"
    r"social worker|sw|senco|teacher|school|hospital|ward|therapist)\s+(?:had\s+|has\s+|have\s+)?(?:suggested|advised|recommended|prescribed|told (?:her|him|them|mum|dad) to)\b"
    r"|\b(?:during|at|for|through)\s+(?:meals?|mealtimes?|meal times?|dinner(?:time)?|lunch(?:time)?|breakfast|teatime|feeds?|feeding)\b", _F)
#: the tying alternative of :data:`_CUES` "adult_harming_child"
_TIED = re.compile(r"(?:ties|tied|tying|tie|chains|chained|straps|strapped)\b", _F)
#: cues a depiction or a study frame undoes even with a time word ("case study in training
#: today: dad grabbed the boy by the throat", "training tomorrow on kids being made to carry
#: drugs")
_SCENE_CUES = frozenset({ "unrelated_adult_now", "still_held_after_taken", "controller_near_now", "met_online_meeting_now", "crying_for_days", "adult_locked_in_with_child", "into_car_with_men", "held_or_waited_for_now", "held_by_throat", "held_captive", "adult_harming_child", "exploited_now", "car_with_men", "screaming_now",
                         "child_labour_now", "taken_to_men"})
#: cues a depiction (a scenario, a case study, a film) undoes, whatever its time words, but not a study frame alone (sixtieth
#: session: a case, then "what's the CSE guidance?", is no study): "scenario for my DSL refresher: a child
#: tells you a gang wants them to do a drop tonight"
_DEPICTED_CUES = frozenset({"child_with_men_now", "trapped_message", "county_lines_now", "self_harm_now", "scared_message_now", "armed_intent_now",
                            "meeting_adult_boyfriend_now", "fled_abuser_found_now"})
#: cues whose own words carry the marker of now (sixty-first session, round 2): "sold to a man ... and she is still in his
#: house" is now whatever day the sale is dated ("in the weekend", "last week"), unless supposed or said to be safe
_SELF_NOW_CUES = frozenset({"still_held_after_taken"})
#: a lesson on the topic, not a live event: "In class today we talked about children working
#: in nail bars", "Today I am teaching about debt bondage"
_TAUGHT = re.compile(r"\b(?:talk(?:ed|ing)?|teach(?:ing)?|taught|learn(?:ed|t|ing)?|discuss(?:ed|ing)?|lesson|lessons|presentation|session)\s+(?:about|on)\b"
                     r"|\bin\s+(?:class|the lesson|the training|training|the session|assembly)\b", _F)


#: what the law adds for some risks, after the signposting (no phone numbers: none is verified
#: here). FGM: FGM Act 2003 (FGM Protection Orders, Sch. 2; the mandatory reporting duty for
#: known cases in girls under 18, s.5B, from the Serious Crime Act 2015); forced marriage:
#: Family Law Act 1996 Part 4A (Forced Marriage Protection Orders).
_RISK_STEPS = {
    "fgm": ("- FGM or forced marriage planned: tell the police too; a court can make an FGM Protection Order or a "
            "Forced Marriage Protection Order to stop her being taken abroad. If a girl under 18 tells you FGM has "
            "been done, or you see that it has, teachers and health and social care professionals must report it "
            "to the police themselves (the FGM mandatory reporting duty)."),
    "exploitation": ("- County lines, drug debts or being moved to work: treat it as child criminal exploitation; the "
                     "child is a victim, not an offender. Tell the police too; the police or the local authority can "
                     "refer the child to the National Referral Mechanism (NRM) as a possible victim of modern slavery."),
    "online": ("- Nude or sexual images demanded or shared: do not view, copy, forward or delete them, and do not "
               "ask the child to; tell the police or report to CEOP. If money is demanded, the child should not pay "
               "and should stop contact. Childline and the IWF's Report Remove can help a child under 18 get images "
               "taken down."),
}
_RISK_OF_CUE = {"fgm_forced_marriage": "fgm", "taken_abroad_named_risk": "fgm", "forced_marriage_now": "fgm", "departing_now": "fgm", "county_lines_now": "exploitation",
                "exploited_now": "exploitation", "exploitation_now": "exploitation", "trafficking_now": "exploitation",
                "online_sexual_now": "online", "online_request_now": "online"}


def urgent_reply(front_door: str = DEFAULT_FRONT_DOOR, phone: str | None = None, reasons: Sequence[str] = ()) -> str:
    """The fixed urgent signposting text (999 first; the local number only if configured),
    with what the law adds for the risks ``reasons`` (cue names from :func:`urgent_cues`)
    name: FGM and forced marriage get protection orders and the FGM reporting duty; county
    lines, drug debts and trafficking get child criminal exploitation and the NRM; images
    demanded or shared online get what not to do with them, CEOP and Report Remove (the
    UKCIS advice on sharing nudes and the NCA's on sextortion)."""
    door = f"{front_door} on {phone}" if phone else front_door
    steps = "".join(_RISK_STEPS[r] + "\n" for r in dict.fromkeys(_RISK_OF_CUE[c] for c in reasons if c in _RISK_OF_CUE))
    return (
        "If a child or anyone else is in immediate danger, call 999 now.\n"
        "- Tell your designated safeguarding lead (DSL) or line manager straight away.\n"
        f"- Contact {door} to make a referral today.\n"
        f"{steps}"
        "This assistant cannot make decisions about a specific child or judge thresholds; "
        "follow your local safeguarding procedures."
    )


#: a county-lines errand or debt due soon: "he's going country later", "on saturday", "he's
#: got till friday", "be at the station at 6"
_ERRAND_SOON = re.compile(r"\b(?:later|(?:on|this|till|until|by|before|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                          r"(?:till|until|by)\s+(?:the\s+)?(?:weekend|end of the week|tomorrow|tmrw)|this week|at \d{1,2}(?::\d{2})?\b)", _F)

#: one child the asker is responsible for, named before what is happening to them: "my year
#: 9 boy", "our foster kid", "my client" (not a group: "our pupils are being groomed - that's
#: the topic of our training")
_MY_CHILD = re.compile(r"\b(?:my|our)\s+(?:[\w-]+\s+){0,3}?(?:boy|girl|pupil|student|son|daughter|child|kid|client|"
                       r"young person|learner|teenager|niece|nephew|grandson|granddaughter)\b(?!['’]?s\b)", _F)
#: a coming trip, holiday or date: for FGM and forced marriage the trip is the imminent risk
_TRIP_SOON = re.compile(r"\b(?:this|over(?: the)?|in the|during(?: the)?|next|at|for the)\s+(?:summer|holidays?|half[- ]term|month|"
                        r"break|easter|christmas|eid|trip|visit)\b|\bnext (?:week|month|year)\b|\bsoon\b|"
                        # (a day named: "taking her to Pakistan on Friday to get married", "this saturday",
                        # sixtieth session)
                        r"\b(?:on|this|next|by|before|till|until|coming)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:in|within) (?:a few|two|three|four|five|\d) days\b|"
                        r"\bwhen (?:she|they|we|the family) (?:go|goes|visit|visits|travel|travels|fly|flies)\b|"
                        r"\bafter (?:her|his|their) (?:gcses|exams|a[- ]levels|birthday)\b|\bone[- ]way ticket", _F)
#: the message is about one girl (a question about girls in general is not a disclosure)
_ONE_GIRL = re.compile(r"\b(?:she|she['’]s|her)\b"
                       # (or one girl named, as a second language may leave out the pronoun: "to the small girl", sixty-first session)
                       r"|\b(?:the|this|my|our|his|their)\s+(?:[\w-]+\s+)?(?:girl|daughter|niece|granddaughter|minor)\b(?!s)", _F)


#: a request for figures or data about something, not a report of it
_DATA_ASK = re.compile(r"^\W*(?:any\s+|the\s+|latest\s+|recent\s+)*(?:stats?|statistics|figures|data|numbers)\s+(?:on|for|about|of)\b", _F)


#: a sentence asking for a count or share of a group ("how many kids are being abused right
#: now in harrow?", "what % of children are being exploited right now?"): a question about
#: figures, whatever its time words, unless the message is about a child the asker knows
_COUNT_Q = re.compile(r"^\W*(?:(?:so|and|but|ok|okay|hi|hello|quick q(?:uestion)?)\W+)*(?:how many|how much|how often|what (?:percentage|proportion|share|number|fraction|rate)|what %|roughly how many)\b", _F)


#: a message saying its scene is not real: "writing the staff briefing, not a real case", "not a
#: live case, I'm writing our policy" (fifty-seventh session)
_NOT_REAL = re.compile(r"\bnot (?:a )?(?:real|live|current|actual) (?:case|child|situation|scenario|family)\b|\b(?:a )?made[- ]up (?:case|scenario|example)\b"
                       r"|\bpurely hypothetical\b|\bhypothetically\b"
                       # (or an exercise labelled by what it is for: "training role play for new IROs: the 'child' says ...",
                       # "scenario for our participation training: a 12yo says ..."; sixty-third session)
                       r"|\b(?:role[- ]?play|scenario|exercise|vignette)\s+(?:for|from|in)\s+(?:(?:my|our|the|a|an|this|today['’]s|tomorrow['’]s)\s+)?"
                       r"(?:[\w'’-]+\s+){0,3}?(?:training|course|session|refresher|induction|workshop|module|team|staff|students|trainees|iros|dsls|learners|"
                       # (or those it is for, new to the job: "role play for new starters: ...", "scenario for our NQSWs:"; threshold
                       # persona, round 3)
                       r"starters|nqs?ws?|asyes?|ects?|nqts?|apprentices|newbies|recruits|volunteers|governors)\s*[:\-–—]"
                       # (or a role play in which someone plays the child: "role play for ...: one plays a 14yo saying ...", "in the
                       # role-play you play the parent"; threshold persona, round 3)
                       r"|\brole[- ]?play\w*\b[^.?!]{0,100}?\b(?:one|someone|somebody|(?:a|the|one)\s+(?:colleague|trainee|delegate|student|person|member|partner)|"
                       r"i|you|we|the other(?:\s+(?:one|person))?)\s+(?:plays?|playing|will play|to play|takes? the (?:part|role) of|acts? as|acting as)\s+(?:a|an|the)\b"
                       # (or a role play going on among the staff: "my DSLs are role-playing a disclosure right now, the 'child'
                       # says ..."; not children at play, "they're role-playing what dad does"; thread follow-ups, sixty-second session)
                       r"|\b(?:we|(?:my|our|the)\s+(?:[\w-]+\s+)?(?:dsls?|staff|team|trainees|delegates|colleagues|teachers|cohort|"
                       r"managers|workers|volunteers|nurses|officers|practitioners))\s*(?:are|['’]re|is)\s+(?:currently\s+|now\s+|just\s+|still\s+)?"
                       r"role[- ]?playing\b|\brole[- ]?play(?:ing)?\s+(?:a|an|the)\s+(?:disclosure|scenario|strategy (?:discussion|meeting)|interview)\b"
                       # (or a quiz question, set for a team: "quiz q for my team: a 13yo says her older boyfriend is waiting
                       # outside - 999 or MASH?", "quiz: ...", "want to check my answer sheet"; sixty-second session)
                       r"|\bquiz\s+(?:q|qs|question|questions)\b|(?:^|(?<=[.!?]\s))\W*quiz\s*[:\-–—]|\banswer sheet\b|\bfor (?:my|our|the|a) (?:[\w-]+\s+)?quiz\b"
                       # (or labelled an exercise: "Training scenario: mother say she will hurt herself and baby ... I need to
                       # write the model answer", sixty-first session)
                       r"|\b(?:training|practice|exam|quiz|teaching|test|role[- ]?play)\s+(?:scenario|exercise|vignette|case study)\s*[:\-–—]|\bmodel answers?\b"
                       # (or a role play so labelled: "in a training role play: a kid is being held in a flat right now ...", "training
                       # role-play - ..."; threshold persona, round 4)
                       r"|\b(?:training|practice|teaching|induction|refresher|dsl|staff|team)\s+role[- ]?play\s*[:\-–—]"
                       r"|\bin\s+(?:a|the|our|my|this|today['’]s|tomorrow['’]s)\s+role[- ]?play\s*[:\-–—]"
                       # (or labelled so: "for a training slide, hypothetical: a girl tells her teacher ...", "a
                       # hypothetical case"; not "this isn't hypothetical", fifty-ninth session)
                       r"|(?<!\bnot )(?<!\bnot a )(?<!n['’]t )(?<!n['’]t a )\bhypothetical\b(?=\s*[:;,.\-–—)]|\s+(?:case|scenario|example|question|situation|child|family|one)\b)", _F)
#: a published story or a case review named as what the message is about (sixty-first session, round 2: the corpus tells
#: victims' stories, and practitioners ask about them in the stories' words): "In the Serena story she was chained to the
#: bed, which organisation helped her after?", "Tara's story - who helped her?", "Brenda story say ...", "in the story of the
#: 17 years girl ...", "in the Child M review the parents tied him ...", "in the Arthur Labinjo-Hughes review". The name must
#: be a name (:data:`_STORY_NOT_NAME`: not "snap story", "news story", "long story short", "her story"); a lower-case one only
#: after "in the" ("in the serena story") or, as a possessive, if it is a known given name ("tara's story")
_STORY_WORDS = r"(?:story|stories|life story|case study)"
#: (a review or an account only of a person named by a known given name: "in the Arthur Labinjo-Hughes review", not "in the LAC
#: review", "in the annual review", "in the bank account")
_REVIEW_WORDS = r"(?:case review|review|cspr|scr|account|testimony)"
_STORY_NAME = r"[A-Za-z][a-z]+(?:[-'’][A-Za-z][a-z]+)?"
_STORY_FRAMES = [re.compile(p, re.I) for p in (
    r"\bin\s+(?:the\s+)?(?P<a>" + _STORY_NAME + r"(?:\s+(?-i:[A-Z])[a-z]+(?:-(?-i:[A-Z])[a-z]+)?){0,2})(?P<apos>['’]s?)?\s+" + _STORY_WORDS + r"\b",
    r"\bin\s+(?:the\s+)?(?P<r>(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+(?:-(?-i:[A-Z])[a-z]+)?){0,2})(?:['’]s?)?\s+" + _REVIEW_WORDS + r"\b",
    r"(?<![\w'’-])(?P<b>" + _STORY_NAME + r")(?P<bpos>['’]s?)?\s+(?:story|account|testimony|life story)\b",
    r"\b(?:story|stories)\s+(?:of|about)\s+(?P<c>(?-i:[A-Z])[a-z]+(?:-(?-i:[A-Z])[a-z]+)?)\b",
    r"\b(?:case review|review|cspr|scr)\s+(?:of|about|into)\s+(?P<r>(?-i:[A-Z])[a-z]+(?:-(?-i:[A-Z])[a-z]+)?)\b",
    r"\b(?:story|stories)\s+(?:of|about)\s+the\s+(?:\d{1,2}[- ]?(?:years?|yrs?)(?:[- ]old)?\s+|young\s+|little\s+)?(?:girl|boy|woman|man|child|young person|victim|survivor|teenager)\b",
    # (and its possessive: "Child M's review says ..."; threshold persona, round 2)
    r"\b(?:the\s+)?(?-i:[Cc]hild\s+[A-Z])(?:['’]s\b|(?![\w'’]))\s+(?:review|case review|cspr|scr|case|story)\b",
    r"\b(?:published|survivors?['’]?|victims?['’]?|real[- ]life)\s+(?:stories|story|case stud(?:y|ies))\b")]
#: words before "story" that are no one's name
_STORY_NOT_NAME = frozenset("""
    a an the this that these those my our your his her their its one each every another other same whole full real true life
    long short sad funny love horror ghost bedtime cover back front sob success personal different similar own whose what which
    snap snapchat insta instagram facebook fb tiktok whatsapp social media news bbc itv press newspaper paper tv film
    child girl boy woman man mother mum father dad victim survivor family case pupil student client his hers
    in of about so and but or if when then now today tonight story
    """.split())
#: the asker's own present case beside a story (then the story frames nothing: what the rest says decides): "my pupil",
#: "I have a girl in year 9 ...", "we have a boy ...", "I can see", "right now", "tonight", "as we speak"
_OWN_CASE = re.compile(
    r"\b(?:my|our)\s+(?:[\w-]+\s+){0,3}?(?:boy|girl|pupil|student|son|daughter|child|kid|client|young person|learner|teenager|niece|nephew|"
    r"grandson|granddaughter|foster child|service user|case|family|yp|cyp|minor)s?\b(?!['’]?s\b)"
    r"|\b(?:i|we)\s+(?:have|['’]ve got|have got|got|am working with|work with|['’]m working with)\s+(?:a|an|one|two|three|this)\s+(?:[\w-]+\s+){0,2}?" + _KID_NOUN + r"s?\b"
    r"|\b(?:i|we)\s+(?:can\s+|am\s+|['’]m\s+)?(?:see|seeing|hear|hearing|watch|watching)\b(?!\s+(?:that\s+)?(?:in|from|on)\s+(?:the|this|that|her|his)\b[^.?!,]{0,30}?\b(?:story|stories|review|website|page|case study))"
    r"|\b(?:i['’]?m|i am|we['’]?re|we are)\s+with\b|\bwith (?:me|us) (?:now|right now)\b"
    r"|\b(?:right now|as we speak|in this moment|at this moment|just now|tonight|this (?:morning|afternoon|evening)|today|as i (?:type|write))\b"
    r"|\b(?:same|similar|like this|like that|like her|like him)\b[^.?!]{0,40}?\b(?:happening|happen|happens|now|in my|in our|with my|with our)\b", re.I)


#: a question about what a published page or story says, or how its person fared after (sixty-second session: thread
#: follow-ups about the victim stories, the person named in lower case and no "story" said): "brenda's locked in the
#: basement every night - does the page say how she got out?", "fredek is suicidal ... - which organisations helped him
#: after?" (a report, a review or the guidance asked about in a live case is left to the other frames)
_SOURCE_ASKED = re.compile(
    r"\b(?:does|did|do|will|would)\s+(?:the|that|this|those|these)\s+(?:web\s?)?(?:page|pages|site|website|story|stories|article|account|testimony)\s+"
    r"(?:say|mention|tell|explain|describe|cover|show|give)\b"
    r"|\b(?:who|which\s+(?:organi[sz]ations?|charit(?:y|ies)|services?|agenc(?:y|ies)|groups?|people|professionals?))\s+(?:helped|supported|rescued|freed)\s+"
    r"(?:her|him|them)\s+(?:after(?:wards)?|in the end|later|to (?:escape|get out|recover))\b", _F)


def _story_frame(text: str) -> bool:
    """Whether ``text`` names a published story or a case review as what it is about (:data:`_STORY_FRAMES`)."""
    for m in (m for pat in _STORY_FRAMES for m in pat.finditer(text)):
        groups = m.groupdict()
        name = groups.get("a") or groups.get("b") or groups.get("c") or groups.get("r")
        if not name:
            return True
        first = name.split()[0]
        bare = _bare(first)
        if bare in _STORY_NOT_NAME:
            continue
        if re.match(r"\s+(?:is|was|being)\s+(?:that|she|he|they)\b", text[m.end():], re.I):
            # a child's own account, told: "Amira's story is that her dad hits her" is a
            # disclosure, not a published story
            continue
        if groups.get("r"):
            if _given_name_word(first, given_names()):
                return True
            continue
        if groups.get("b") and not groups.get("bpos") and not re.search(r"[\w,;]\s*$", text[: m.start()]):
            # (a bare "X story" opening a sentence: "Tara story say ...", not "Horrible story: ...")
            if _given_name_word(first, given_names()):
                return True
            continue
        if first[0].isupper() or (groups.get("a") and not groups.get("apos")):
            return True
        if (groups.get("apos") or groups.get("bpos")) and _given_name_word(first, given_names()):
            return True
    return False


#: a disclosure of harm long past: "she told me today about something two years ago in a
#: previous placement"
_HISTORIC = re.compile(r"\b(?:historic(?:al)?|non-recent|(?:two|three|four|five|several|many|\d+) years ago|in a previous placement|"
                       # ("a couple of years back", sixty-second session)
                       r"(?:a couple of|a few|two|three|four|five|several|many|\d+) years back|"
                       r"(?:an )?earlier case|(?:a |the )?previous case|an old case|last year|last term|"
                       r"when (?:she|he|they) (?:was|were) (?:little|younger|small|at primary))\b", _F)


#: the statutory response already made (agency/role persona, 2026-12-07): "strat done at
#: lunch", "police have him in custody", "remanded", "under s20"; with it a day's time word
#: ("disclosed this morning", "going to her aunt's tonight", "re tomorrow") dates the response,
#: not a danger now (:data:`_DAY_TIME`); "right now", "on his way", "outside now" still count
_DEALT_WITH = re.compile(r"\b(?:(?:have|has|['’]ve|got) (?:him|her|them|dad|mum|the (?:dad|father|man|suspect|stepdad|partner|boyfriend)) in (?:police )?custody|remanded\b|"
                         r"strat(?:egy)?(?: discussion| meeting)? (?:was |has been )?(?:done|held|had)|"
                         r"under (?:an? )?(?:s20|section 20|ico|interim care order|epo|emergency protection order|police protection))", _F)
#: police who came to a past incident (sixtieth session, second pass): "the police were at his house last night
#: because dad was kicking off at mum", "the police came to their house at the weekend" (an Operation
#: Encompass case); a response already made, whose incident is past: with it a day's time word ("told his
#: form tutor this morning") dates the telling, not a danger now (:data:`_DAY_TIME`)
_POLICE_PAST = re.compile(r"\bpolice\s+(?:were|was|came|went|attended|turned up|called round|had been|have been|['’]ve been)\b[^.?!]{0,50}?"
                          r"\b(?:last night|yesterday|(?:at|over) the weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|the other (?:day|night)|"
                          r"last (?:mon|tues|wednes|thurs|fri|satur|sun)day|at \d{1,2}(?::\d\d)?\s?(?:am|pm))\b", _F)
#: a concern described as a pattern, a suspicion or one already reported (sixtieth session, second pass): real but
#: not immediate, to go through the normal routes unless something says the danger is now. A pattern: "being picked
#: up by older boys in cars after school, comes home late but never misses school", "keeps going missing", "most
#: Fridays", "6 times this month"; a suspicion: "I think she is being trafficked", "I suspect a 17yo at a car wash is
#: being trafficked"; reported or planned for: "Should I tell her I've reported it?", "he has an NRM referral in",
#: "there is a CE plan", "we've had a strategy meeting". Present-tense harm to the asker's own child
#: (:data:`_MY_CHILD`) is not live under it, and a bare "after school" in it is the pattern's time, not today's
#: (:data:`_HABIT_AFTER_SCHOOL`)
_PATTERN = re.compile(
    r"\b(?:keeps?\s+(?:going|coming|running|turning|being|getting|meeting|staying|disappearing)|"
    r"most (?:days|nights|evenings|mornings|weekends|weeks|(?:mon|tues|wednes|thurs|fri|satur|sun)days)|"
    r"every (?:day|night|evening|morning|weekend|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:at|on) weekends|"
    r"regularly|frequently|usually|repeatedly|(?:comes?|coming|gets?|getting) (?:home|back|in) late|never (?:misses|missed|miss)|"
    r"(?:\d+|two|three|four|five|six|seven|eight|several|many|a few) times (?:this|a|per|in|now)\b|"
    r"i (?:think|suspect|believe)|we (?:think|suspect|believe)|i['’]m (?:worried|concerned) (?:that|she|he|they)|"
    r"(?:i|we)(?:['’]ve|\s+have)?\s+(?:already\s+)?(?:reported|referred)\s+(?:it|this|that|her|him|them|the (?:concern|family|case))\b|"
    r"(?:mum|dad|the school|school|police|we|i)\s+(?:has|have|['’]ve)\s+(?:already\s+)?(?:reported|referred)\s+(?:it|this|that|her|him|them)\b|"
    r"(?:has|have|got|there['’]s|there is)\s+(?:an?\s+|the\s+)?(?:nrm|mash|cse|ce|cce|police)\s+referral|(?:nrm|mash)\s+referral\s+(?:is\s+)?(?:in|made|done|submitted|sent)|"
    r"there\s+is\s+(?:a|an)\s+(?:ce|cse|cce|safety|cp|child protection|cin)\s+plan|(?:we['’]ve|we have)\s+had\s+a\s+strategy\s+(?:meeting|discussion))", _F)
#: a bare "after school", in a message of a pattern (:data:`_PATTERN`), is the pattern's time: "working in a nail bar
#: after school", "being picked up ... after school" (not an arrangement for today: "a man is picking her up after
#: school", "she's meeting him after school", "after school today")
#: the cues of an ongoing concern that a pattern, suspicion or report (:data:`_PATTERN`) frames as not live without a
#: marker of now (not a kidnap, an injury or a threat: "i think someone has kidnapped my daughter" is live)
_PATTERN_CUES = frozenset({"present_harm", "harm_with_marker", "unsafe_carer", "trafficking_now", "child_labour_now", "exploited_now",
                           "county_lines_now", "missing_marker", "missing_now"})
_HABIT_AFTER_SCHOOL = re.compile(r"(?<!\bstraight )\bafter school\b(?!\s+(?:today|tonight|tomorrow|this|on))", _F)
_ARRANGED = re.compile(r"\b(?:is|are|am|['’]s|['’]re|['’]m)\s+(?!being\b)\w+ing\b|\bwill\b|['’]ll\b|\bgoing to\b|\bgonna\b", _F)


def _habit_after_school(part: str) -> str:
    def sub(m: re.Match[str]) -> str:
        before = re.split(r"[.?!,;]", part[max(0, m.start() - 80): m.start()])[-1]
        return m.group(0) if _ARRANGED.search(before) else " "
    return _HABIT_AFTER_SCHOOL.sub(sub, part)


_DAY_TIME = re.compile(r"(?<!\bsince )\b(?:today|2day|tdy|tonight|tonite|2nite|2night|tomorrow|tmrw|tmw|this (?:morning|afternoon|evening))\b", _F)


#: a message about FGM or forced marriage, in which a girl at the airport is at risk now (:data:`_CUES`
#: "departing_now"; an order applied for counts, "need the FGM protection order NOW", but not FGM as a
#: topic of training or policy: "the new policy on FGM training")
_ABROAD_RISK = re.compile(r"\b(?:(?:fgm|female genital mutilation)(?!\s+(?:training|policy|policies|procedures?|awareness|lessons?|sessions?|modules?|course|slides?|statistics|figures|data))|"
                          r"(?:be|being|get|getting)\s+cut|cutting ceremony|circumcis\w*|forced (?:to|into) marr\w*|forced marriage|marry|married|wedding|nikah|"
                          r"engaged|engagement|fmpo|fgmpo|protection order|marriage|cutting)\b", _F)

#: FGM or forced marriage named in any form, an order or a referral asked about included, or a rite said for it (:data:`_CUES`
#: "taken_abroad_named_risk"): "is this FGM protection order territory?", "an FMPO", "for a 'special ceremony'" (not a wedding
#: or a marriage alone: a family wedding abroad is no risk named)
_FGM_OR_FM_NAMED = re.compile(r"\b(?:fgm\w*|female genital mutilation|circumcis\w*|(?:be|being|get|getting)\s+['‘\"“]?cut\b(?!\s+(?:off|from|back|out|short|down|up))|"
                              r"cutting(?!\s+(?:(?:her|him|them)sel(?:f|ves)|(?:her|his|their)\s+(?:arms?|legs?|wrists?|skin|hair)))|forced (?:to|into) marr\w*|forced marriage|fmpo|fgmpo|"
                              r"(?:special|secret|traditional|initiation|coming[- ]of[- ]age)\s+['‘\"“]?(?:ceremony|procedure)|['‘\"“]ceremony['’\"”]|"
                              r"(?:become|be made|made)\s+a\s+(?:real\s+|proper\s+)?woman|"
                              # (the euphemism of :data:`_CUES` "fgm_forced_marriage": "be made clean"; round 4)
                              r"(?:be|being|get|getting|got|was|were|been)\s+['‘\"“]?made\s+['‘\"“]?(?:clean|pure)|(?:be|being|get|getting)\s+['‘\"“]?purified)\b", _F)

#: what an adult is said to have done to a child, which makes his being with children now a
#: danger (:data:`_CUES` "suspect_with_children_now"): "indecent images he took", "found zipped
#: in a tent with a 12yo", "touching", "abusing"
_ALLEGED = re.compile(r"\b(?:indecent|nude|naked|sexual\w*|abus\w*|touch(?:ed|ing|es)|groom\w*|inappropriat\w*|assault\w*|rap(?:ed|ing|es)|"
                      r"molest\w*|expos(?:ed|ing)|filming|images? (?:he|she|they) (?:took|made|shared|sent))\b"
                      r"|\b(?:found|caught|seen|discovered|spotted)\b[^.?!]{0,30}?\bwith (?:a|the|one of (?:the|our))\b", _F)


def _sentences(text: str) -> list[str]:
    # (not after an initial: "y8 girl (R.T. at St Mark's) in a car with 2 men", sixtieth session)
    return [s for s in re.split(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+|\n+", text) if s.strip()]


#: where one clause of a sentence ends and another begins: a comma, semicolon, colon or dash, or
#: "and"/"but" before a new subject ("he brought her here last week and she's made to work ...")
_CLAUSE_BREAK = re.compile(r"\s*[,;:]\s+|\s+[-–—]\s+|\s+(?:and|but)\s+(?=(?:he|she|they|it|we|i|mum|dad|the|his|her|their)\b)", _F)


def _clause_span(sentence: str, pos: int) -> tuple[int, int]:
    """Where the clause of ``sentence`` (:data:`_CLAUSE_BREAK`) that holds position ``pos`` starts and ends."""
    start, end = 0, len(sentence)
    for b in _CLAUSE_BREAK.finditer(sentence):
        if b.end() <= pos:
            start = b.end()
        elif b.start() >= pos:
            end = b.start()
            break
    return start, end


def _clause_at(sentence: str, pos: int) -> str:
    """The clause of ``sentence`` (:data:`_CLAUSE_BREAK`) that holds position ``pos``."""
    start, end = _clause_span(sentence, pos)
    return sentence[start:end]


#: a clause dated in the past by a day gone (sixtieth session): "bruise noted yesterday", "was in a hotel with older
#: men at the weekend", "dad rang EDT last night" ("at the weekend" and "on Friday" only with a verb in the past:
#: "she's being taken to be cut at the weekend" is to come)
_CLAUSE_PAST = re.compile(r"\b(?:yesterday|last night|the other (?:day|night)|last (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
                          r"|\b(?:was|were|had|did|went|came|got)\b[^.?!,;]{0,60}?\b(?:(?:at|over) the weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
                          r"|\b(?:(?:at|over) the weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.?!,;]{0,40}?\b(?:was|were|had|did|went|came|got)\b", _F)


#: a condition opening the clause a cue is in: its time words belong to the case supposed
_CONDITION = re.compile(r"\b(?:if|suppose|supposing|imagine|in case)\b", _F)
#: a case supposed of any child, inside the words a cue spans (sixty-third session, a second writer): "my trainer said 'if a
#: child tells you he's being hit at home right now, what do you do?'" (the cue runs from the trainer's "said" to "hit"); not
#: a condition of the child's own, in the first person (:func:`_without_child_words`)
_SUPPOSED_CHILD = re.compile(r"\b(?:if|suppose|supposing|imagine|say)\s+(?:a|an|any|some)\s+(?:[\w-]+\s+)?(?:child|kid|pupil|student|"
                             r"young person|yp|teen(?:ager)?|learner|boy|girl|baby|toddler|client)\b", _F)
#: a telling dated long past (sixty-third session, a second writer): the time words of the words it quotes were the child's
#: then, not the asker's now: "A 15yo said in his review three months ago 'I'll run away tonight if you move me'", "at her
#: last review she said 'I'm not going back there tonight'" (:func:`urgent_cues`; "yesterday" is too near to date it)
_TOLD_LONG_AGO = re.compile(r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|many|some)\s+"
                            r"(?:week|month|year|term)s?\s+ago|last (?:week|month|term|year|spring|summer|autumn|winter|christmas|easter|half[- ]term)"
                            r"|in (?:19|20)\d{2}|back in (?:(?:19|20)\d{2}|january|february|march|april|may|june|july|august|september|october|"
                            r"november|december|the (?:spring|summer|autumn|winter))|(?:at|in|during) (?:her|his|their|the|a) (?:last|previous|earlier|first) "
                            r"(?:review|meeting|conference|visit|session|interview)"
                            r"|last (?:week|month|term|year)['’]s\s+(?:[\w-]+\s+)?(?:review|meeting|conference|visit|session|interview)"
                            # (or a form dated a year: "wrote '...' in his consultation form from 2022"; sixty-third session, a third round)
                            r"|(?:from|dated) (?:19|20)\d{2})\b", _F)
#: words in quotation marks (an apostrophe inside a word does not end them): "'I'll run away tonight if you move me'"
_QUOTED_WORDS = re.compile(r"(?<!\w)['‘\"“](?:[^'’\"”]|(?<=\w)['’](?=\w)){1,200}?['’\"”](?!\w)")
#: the speaker's own place in the child's quoted words, the child's, not the asker's (no "in my room" of :data:`_NOW`; sixty-third
#: session, a third round): "the young person wrote 'i hate it here, they lock me in my room'"
_CHILDS_OWN_PLACE = re.compile(r"\bin my (?:(?:bed)?room|office|classroom|car)\b", _F)
#: quoted words given as an example of what children say, not one child's telling (sixty-third session, a third round):
#: "what does the guidance say about using the child's own words like 'mum hits me' when we write up a referral?"
#: (or after an example's label: "training slide example: a child says 'my stepdad is picking me up and he hurts me'")
_EXAMPLE_QUOTE = re.compile(r"(?:\b(?:words?|phrases?|expressions?|statements?|language|quotes?|quotations?|lines?|sentences?|examples?)\s+(?:like|such as)"
                            r"|\be\.?g\.?|\bfor (?:example|instance)|\bsuch as"
                            r"|\b(?:example|sample|scenario)\s*[:\-–—]\s*(?:[^'‘\"“.?!:]{0,40}?\b(?:says?|said|writes?|wrote|tells you)\b)?"
                            # (or the quoted words the subject of a closed question about such words: "does 'I want to kill myself' said
                            # jokingly in a group chat always need a referral?"; closed-question persona, blind 120)
                            r"|(?:^|(?<=[:.?!;\-–—])\s*)(?:does|do|is|would|should|must|will)(?=\s*['‘\"“]))"
                            r"\s*[:,]?\s*(?P<q>" + _QUOTED_WORDS.pattern + r")", _F)


def _child_place_blanked(part: str) -> str:
    """``part`` with "in my room" (:data:`_CHILDS_OWN_PLACE`) blanked inside quoted words in the first person, positions kept."""
    def blank(q: re.Match[str]) -> str:
        if not _FIRST_PERSON.search(q.group(0)):
            return q.group(0)
        return _CHILDS_OWN_PLACE.sub(lambda m: " " * len(m.group(0)), q.group(0))
    return _QUOTED_WORDS.sub(blank, part)


#: a figure of speech, pressure said to be "killing" someone, which is no harm (closed-question persona, round 4): "the exams
#: are killing them", "this caseload is killing me", "it's killing me" (not a person doing it: "his dad is killing him")
_FIGURE_OF_SPEECH = re.compile(
    r"\b(?:exams?|mocks?|revision|homework|coursework|assignments?|essays?|deadlines?|workload|caseloads?|paperwork|marking|admin|emails?|"
    r"meetings?|shifts?|commute|job|work|stress|pressure|gcses|a[- ]levels|sats|tests|timetable|hours|targets)\s+(?:is|are|['’]s|['’]re)\s+"
    r"(?:(?:literally|actually|really|honestly|slowly|absolutely|just)\s+)?killing\s+(?:me|us|them|him|her|you|everyone|everybody)\b"
    r"|\b(?:it|this|that)(?:['’]s|\s+is)\s+(?:(?:literally|actually|really|honestly|slowly|absolutely|just)\s+)?killing\s+(?:me|us)\b"
    # (or a longing: "'I'd kill for my own phone'", "he would kill for a PS5"; threshold persona, round 2)
    r"|\b(?:i|we|he|she|they|you)(?:['’]d|\s+would|\s+could)\s+(?:(?:literally|actually|honestly|absolutely|just)\s+)?kill\s+for\b", _F)


#: words said to be a joke, which are no threat (threshold persona): "a kid said my mum's gonna kill me when she saw her maths
#: mark - obviously a joke", "he was only joking", "just banter" (not "it's not a joke", "wasn't joking")
_JOKE = re.compile(r"(?<!\bnot )(?<!\bno )\b(?:(?:obviously|clearly|only|just|it['’]s|it\s+was|(?:he|she|they)\s+(?:was|were))\s+(?:a\s+|(?:only|just)\s+)?(?:joke|joking|jest|banter)"
                   r"|(?:said|meant)\s+(?:it\s+)?(?:as\s+a\s+joke|in\s+jest|jokingly)|figure of speech|turn of phrase|not\s+(?:meant\s+)?literally)\b", _F)
#: cues a joke frame undoes when no marker of now is in the cue's sentence: a threat in an idiom
_JOKE_CUES = frozenset({"threat_or_held_now", "harm_with_marker"})
#: harm words children trade with each other, shouted or said in play, which are no threat to one child (threshold persona, round
#: 3): "the kids were shouting 'i'm gonna kill you' at each other during football tonight", "they were saying they'd stab each
#: other over the xbox" (the cue's word must lie inside it; a weapon or a blow is still counted by its own cue)
_TRADED_WORDS = re.compile(
    r"\b(?:shout\w*|yell\w*|scream\w*|chant\w*|say|says|saying|said|call\w*|text\w*|messag\w*|joking|joked|jokes|taunt\w*|trash[- ]talk\w*|"
    r"banter\w*|mess(?:ing|ed)? about|mess(?:ing|ed)? around|winding up|wind(?:ing)? each other up)\b[^.?!]{0,80}?\b(?:at|to|with)?\s*(?:each other|one another)\b", _F)
#: the asker's own childhood, which is no child's harm now (threshold persona): "I was abused as a child myself and a case
#: today brought it back", "I was hit when I was 8" (blanked, so a child's harm told beside it still counts)
_OWN_CHILDHOOD = re.compile(
    r"\b(?:i|me)\s+(?:was|were|got|had been|have been|['’]ve been)\s+(?:(?:[\w-]+\s+){0,2}?)(?:abused|hit|beaten|hurt|groomed|exploited|raped|assaulted|"
    r"molested|neglected|bullied|kicked|slapped|touched|threatened|attacked|trafficked|cut|starved|locked)\b[^.?!]{0,40}?"
    r"\b(?:as a (?:child|kid|teen(?:ager)?|young person|girl|boy|baby|toddler)|when i was (?:(?:a|an|only|just|still)\s+)?(?:child|kid|little|young|small|teen(?:ager)?|girl|boy|baby|toddler|\d{1,2}))\b"
    r"(?:\s+myself\b)?", _F)


#: an "if" that opens the asker's own fact, not a case supposed (threshold persona, round 2): a threshold or a timescale asked
#: "if" something has just come to the asker ("how quickly do I have to act if a 17 year old has just texted me ...") or
#: "if" the child did something dated minutes or hours ago ("does it count as high risk if she messaged her friend an hour
#: ago ..."); "what do you do if a child tells you ..." keeps its supposition
_FACT_IF = re.compile(
    r"\bif(?=\s+(?:[\w'’-]+\s+){1,4}?(?:has|have|['’]s|['’]ve)\s+just\s+[\w'’-]+\s+(?:me|us)\b"
    r"|\s+(?:she|he|they)\s+(?:[\w'’-]+\s+)?[\w-]+ed\b[^.?!,]{0,40}?\b(?:(?:an|one|two|three|half an|a few|\d+)\s+(?:hours?|hrs?|mins?|minutes)\s+ago"
    r"|just now|this (?:morning|afternoon)|earlier today)\b"
    # (or "if" one child, named by an exact age, says what happens to them today: "is it strategy discussion territory if a 16yo in
    # care says she's being collected tonight ...", "can it wait if a 14 year old tells me he's being moved today?"; the figure
    # and the asker's "me" or a plain "says" make it one child's telling, "if a child tells you ..." keeps its supposition;
    # threshold persona, round 4)
    r"|\s+(?:a|an|my|our|this|the)\s+(?:\d{1,2}\s*(?:yo|y/o)|\d{1,2}[- ]?(?:year|yr)s?[- ]?old(?:\s+(?:girl|boy|lad))?)\b[^.?!,]{0,30}?"
    r"\b(?:says|said|is saying|has said|tells me|told me|has told me|told us|has told us)\b[^.?!]{0,60}?"
    r"\b(?:tonight|today|right now|this (?:afternoon|evening)|after school today)\b)", _F)


def _fact_if_blanked(sentence: str) -> str:
    """``sentence`` with each "if" that opens the asker's own fact (:data:`_FACT_IF`) blanked, positions kept."""
    return _FACT_IF.sub("  ", sentence)


def urgent_cues(text: str) -> list[str]:
    """Names of the urgent cues ``text`` triggers (empty list = not urgent)."""
    if not text or not text.strip():
        return []
    text = _OWN_CHILDHOOD.sub(" ", _FIGURE_OF_SPEECH.sub(" ", text))
    reasons: list[str] = []
    if _DATA_ASK.search(text):
        # a request for figures ("stats on kids carrying a knife today in london?") is a
        # study, whatever its time words
        return []
    if _NOT_REAL.search(text):
        return []
    if (_story_frame(text) or _SOURCE_ASKED.search(text)) and not _OWN_CASE.search(text):
        # a question about a published story or a case review, in its words ("In the Serena story she was chained to the
        # bed, which organisation helped her after?"), with no present case of the asker's own (sixty-first session, round 2)
        return []
    # (a "now" of a child said to be safe is no marker: "she's now settled in a safe house"; nor,
    # once the response is made, a day's time word: "strat done at lunch ... tonight under s20")
    police_past = bool(_POLICE_PAST.search(text))
    dealt_with = bool(_DEALT_WITH.search(text)) or police_past
    # (a pattern, a suspicion or a concern already reported, sixtieth session, second pass)
    pattern = bool(_PATTERN.search(text))

    def _now_in(part: str) -> bool:
        part = _SAFE_NOW.sub(" ", _EVENT_TIME.sub(" ", _NOW_NOT_RISK.sub(" ", _child_place_blanked(part))))
        if pattern:
            part = _habit_after_school(part)
        return bool(_NOW.search(_DAY_TIME.sub(" ", part) if dealt_with else part))

    def _told_then(sentence: str) -> str:
        # ``sentence`` with the words it quotes blanked (positions kept) when the telling outside them is dated long past
        # (:data:`_TOLD_LONG_AGO`) and nothing outside them is now: their "tonight" was the child's then
        outside = _QUOTED_WORDS.sub(lambda q: " " * len(q.group(0)), sentence)
        if outside != sentence and _TOLD_LONG_AGO.search(outside) and not _now_in(outside):
            return outside
        return sentence

    told_text = text
    for sentence in _sentences(text):
        told = _told_then(sentence)
        if told != sentence:
            told_text = told_text.replace(sentence, told, 1)
    has_now = _now_in(told_text)
    safe = bool(_SAFE_NOW.search(text))
    if safe and _HISTORIC.search(text):
        return []  # harm long past to a child safe now
    quoted = [m.span() for m in _QUOTED_SPAN.finditer(text)] if _QUIZ.search(text) else []
    examples = [m.span("q") for m in _EXAMPLE_QUOTE.finditer(text)]
    # (the document the asker is writing is no frame of study: "drafting the training plan and there's a
    # man filming two girls in the changing room right now"; fifty-ninth session)
    framing = _DRAFTING.sub(" ", text)
    # ("what do I do?" is a plea for help, not a question about the learning)
    # (nor is "how do I word this?" from someone writing the disclosure up as it happens)
    learning = bool(_LEARNING.search(re.sub(r"\bwhat (?:do|should|can|shall|must) (?:i|we) do\b"
                                            r"|\bhow (?:do|should|can|shall) (?:i|we) (?:word|write|phrase|record|log|put|document) (?:this|that|it)\b"
                                            # (nor is weighing up the scene: "how does this weigh against the breach last month")
                                            r"|\bhow (?:does|do|would) (?:this|that|it) (?:weigh|compare|stack up|rank|sit|measure)\b",
                                            " ", _COMPARED_WITH.sub(" ", framing), flags=re.I)))
    concrete = bool(_CONCRETE.search(text))
    # (a child of the asker's own, not "a baby" of a question about signs)
    own_child = any(m.group(0).split()[0].lower() in ("my", "our", "this") for m in _CONCRETE.finditer(text))
    past = bool(_PAST_REPORTING.search(_COMPARED_WITH.sub(" ", text))) or police_past
    for sentence in _sentences(text):
        told = _told_then(sentence)
        s_now = _now_in(told)
        if not concrete and _COUNT_Q.search(sentence):
            continue
        # (an "if" that states the asker's own fact is no supposition: "how quickly do I act if a 17 year old has just
        # texted me ...", "does it count as high risk if she messaged her friend an hour ago ..."; threshold persona, round 2)
        framed = _fact_if_blanked(sentence)
        for name, pat, needs_now in _CUES:
            m = pat.search(sentence)
            if not m:
                continue
            # "if/when/a child who ..." framing counts only before the cue: in "she'll
            # hurt herself if she is sent home" the "if" is a condition of a real threat
            hypothetical = bool(_HYPOTHETICAL.search(_without_child_words(framed[: m.start()])))
            # (or a case supposed of any child inside the cue's own words: "my trainer said 'if a child tells you he's being hit
            # ...'"; sixty-third session)
            supposed = bool(_SUPPOSED_CHILD.search(_without_child_words(sentence)[m.start(): m.end()]))
            hypothetical = hypothetical or supposed
            # (a time word inside a condition belongs to the case supposed, not to a scene now: "writing the
            # FGM policy flowchart - if a child tells a member of staff that she's going to be cut next
            # week, what's the first box?"; fifty-ninth session)
            c_now, c_has_now = s_now, has_now
            cs, ce = _clause_span(sentence, m.start())
            if supposed or _CONDITION.search(_without_child_words(framed[cs: m.start()])):
                c_now = _now_in(told[:cs] + " " + told[ce:])
                c_has_now = _now_in(told_text.replace(told[cs:ce], " ", 1))
            if name == "harm_with_marker":
                # a bare harm word counts only with an immediacy marker in the same
                # sentence and a concrete child, outside a learning/hypothetical frame
                if not (c_now and concrete and not hypothetical and not (learning and not concrete)):
                    continue
            elif name == "taken_abroad_named_risk" and not (_FGM_OR_FM_NAMED.search(text) and _TRIP_SOON.search(sentence) and _ONE_GIRL.search(sentence)):
                continue  # a trip with no risk named ("she's flying to Spain next week"), none soon, or of no one girl
            elif needs_now and not (c_has_now or c_now or (name == "fgm_forced_marriage" and _TRIP_SOON.search(sentence)
                                                         and _ONE_GIRL.search(sentence))
                                    or (name == "county_lines_now" and _ERRAND_SOON.search(_EVENT_TIME.sub(" ", text)))):
                # (a county-lines errand or debt due "later", "on saturday" or "till friday" is
                # soon enough; FGM or a marriage planned for one girl's coming trip or holiday: the trip is
                # the imminent risk, weeks away or not: "she is going to Somalia this summer to
                # be cut", "her parents are taking her to Pakistan to get married next month")
                continue
            # a question about reviews / statistics / procedures / hypotheticals, with no
            # live marker, is learning, not a live situation
            if quoted and any(a <= text.find(sentence) + m.start() < b for a, b in quoted):
                continue  # a quiz question's quoted scene: "Q3 is 'A child discloses ...'"
            if not c_now and any(a <= text.find(sentence) + m.end() - 1 < b for a, b in examples):
                continue  # words given as an example: "the child's own words like 'mum hits me'" (sixty-third session, a third round)
            # (a cue in a clause dated in the past is past whatever another sentence's "today" says:
            # "a 5yo had a scald on her legs in September, social care closed it. she's got another
            # small mark today"; but not "he brought her here last week and she's made to work in a
            # nail bar", agency/role persona, 2026-12-07)
            # (sixtieth session, a case told in a few clauses: the cue's own clauses dated in the past, with no
            # time word of now in them, are past whatever a later clause's "now" says of where the child is:
            # "Y10 lad carrying a knife last week, police seized it, he's currently excluded and at home with mum",
            # "girl (15) was in a hotel with older men at the weekend, police recovered her, she's back home now",
            # "baby 6 weeks, bruise noted yesterday, CP medical today says birthmark"; a frame must still hold it)
            cue_clauses = sentence[_clause_span(sentence, m.start())[0]: _clause_span(sentence, max(m.start(), m.end() - 1))[1]]
            if c_now and not _now_in(cue_clauses) and (_PAST_REPORTING.search(_COMPARED_WITH.sub(" ", cue_clauses))
                                                       or _CLAUSE_PAST.search(cue_clauses)):
                c_now = False
            s_past = not c_now and bool(_PAST_REPORTING.search(_COMPARED_WITH.sub(" ", _clause_at(sentence, m.start())))
                                        or _CLAUSE_PAST.search(cue_clauses))
            if name in _SELF_NOW_CUES and not (hypothetical or safe or _CONDITION.search(_without_child_words(framed[cs: m.start()]))):
                c_now = c_has_now = True
                s_past = False
            # (a girl's trip to be cut or married set for a day soon is as live as a time word, whatever the
            # learning asked after it: "her family are taking her to Pakistan on Friday to get married ... does
            # forced marriage come under the honour based abuse guidance?"; not once it is stopped or past;
            # sixtieth session)
            trip_now = (name in ("fgm_forced_marriage", "taken_abroad_named_risk") and not (hypothetical or past or safe) and bool(_TRIP_SOON.search(sentence))
                        and bool(_ONE_GIRL.search(sentence)))
            if (learning or hypothetical or past or safe or (pattern and name in _PATTERN_CUES)) and not c_now and not trip_now and (s_past or not (c_has_now and concrete)):
                # what the asker is seeing (a disclosure, an injury, a child afraid to go
                # home, a carer taking a child away) is live unless framed as past/hypothetical,
                # and so is harm going on to the asker's own child or pupil ("my year 9 boy is
                # being groomed by older lads to sell drugs, what does the report say?")
                mine_now = name == "present_harm" and not hypothetical and not pattern and _MY_CHILD.search(sentence[: m.start()])
                # (or a child left alone that the asker reports as a fact, not asks about:
                # "fyi there's a toddler left alone in the flat next door"; the "there's" must come
                # before the cue: not "who was left alone last week ... and there's a CP plan now")
                mine_now = mine_now or (name == "left_alone" and not hypothetical
                                        and re.search(r"\b(?:there['’]s|there is|(?:has|have|['’]s)\s+been)\b", sentence[: m.end()], re.I) is not None
                                        and "?" not in sentence)
                if not mine_now and (name not in _OBSERVED or hypothetical or past or safe or s_past):
                    continue
            if name == "fled_abuser_found_now" and not _FLED.search(text):
                continue  # "dad has found them": only the one they fled finding them is a danger
            if name == "departing_now" and not _ABROAD_RISK.search(text):
                continue  # "my daughter is at the airport now": no one said to be taking her to harm
            if name == "suspect_with_children_now" and (not _ALLEGED.search(text) or past):
                # "the staff are on the trip with the kids today": no one said to harm them; nor an
                # allegation of last year's
                continue
            if (name == "held_or_waited_for_now" or (needs_now and not c_now)) and _NOT_NOW.search(text):
                # "... being kept there against their will, but nobody looks like they're
                # about to get hurt this minute - what number do I ring?": said not to be now
                # (nor a cue whose marker is another sentence's, in a message saying the danger is not
                # now: "not an emergency - one of my lads keeps talking about carrying a knife ...
                # nobody is after him right now", agency/role persona, break-it misses, 2026-12-07)
                continue
            if name in _SCENE_CUES and (_DEPICTED.search(framing) or (_STUDY.search(framing) and not concrete)
                                        or _LEGAL_Q_WORDS.search(_THRESHOLD_OF_SCENE.sub(" ", framing))
                                        or (name in ("child_labour_now", "taken_to_men", "held_or_waited_for_now") and _TAUGHT.search(framing))):
                continue
            if name == "adult_harming_child" and not c_now and _TIED.match(m.group(0)) and _RESTRAINT_AS_CARE.search(text):
                continue  # "tied to his chair with a scarf during meals ... the school nurse suggested it": a care routine asked about
            if name in _JOKE_CUES and any(t.start() <= m.start() < t.end() for t in _TRADED_WORDS.finditer(sentence)):
                continue  # "the kids were shouting 'i'm gonna kill you' at each other during football tonight": traded in play
            if ((name in _JOKE_CUES or (name == "self_harm_intent" and not re.search(r"sel(?:f|ves)|life", m.group(0), re.I)))
                    and not c_now and _JOKE.search(text)):
                # "a kid said my mum's gonna kill me when she saw her maths mark - obviously a joke" (a threat to another said
                # as "going to kill her" too; a child's words about harming themselves are never waved off as a joke)
                continue
            if name in _DEPICTED_CUES and _DEPICTED.search(framing):
                continue  # "scenario for my DSL refresher: a child tells you a gang wants them to do a drop tonight"
            if (_ON_SCREEN.search(sentence) or _SHOWN.search(sentence)) and not _SENT_OF_SELF.search(sentence):
                continue  # "a man screaming he's going to kill the kids in a film last night", "a clip of ..."
            if name == "screaming_inside" and _LEGAL_Q_WORDS.search(framing) and not c_now:
                continue  # "do neighbours who hear kids screaming have a duty to report?"
            if name in ("abduction_seen", "abduction_now") and _DEPICTED.search(sentence):
                # "the film we watched in training today showed a man dragging a girl into a
                # van": a depiction, not something happening
                continue
            if name == "medical_emergency" and not c_now and _STUDY.search(framing) and not own_child:
                # "is there a policy on children fitting at school?", "what are the signs a
                # baby is struggling to breathe?": a panicked "what do I do" is not a study
                # frame, these are
                continue
            if (name in ("injury_seen", "infant_not_moving", "infant_shaken") and not c_now and _STUDY.search(framing) and not own_child
                    and _KIND_OF_CHILD.search(sentence) and not _OWN_CASE.search(text)):
                continue  # "what are the signs of abusive head trauma in a baby who is brought in floppy?" (sixty-second session)
            if (name == "unsafe_now" and not (c_now or c_has_now) and _PAST_DANGER_Q.search(sentence)
                    and re.fullmatch(r"in (?:immediate )?danger|at immediate risk", m.group(0), re.I)):
                continue  # "was Serena in danger when she was 15?", "was he in danger?" (sixty-second session)
            if name not in reasons:
                reasons.append(name)
    return reasons


def screen_urgent(text: str, front_door: str | None = None, phone: str | None = None) -> UrgentResult | None:
    """Return an :class:`UrgentResult` if ``text`` describes a child at immediate risk.

    Args:
        text: the (already redacted) message.
        front_door: name of the local children's social care front door (config).
        phone: its verified number (config ``front_door_phone``); none is shipped.
    """
    reasons = urgent_cues(text)
    if not reasons:
        return None
    return UrgentResult(reasons=reasons, reply=urgent_reply(front_door or DEFAULT_FRONT_DOOR, phone, reasons))


# =====================================================================================
# Personal-data redaction
# =====================================================================================


@dataclass
class Redaction:
    """Result of :func:`redact`: the cleaned text and the kinds of data removed."""

    text: str
    found: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.found)


def nhs_number_valid(digits: str) -> bool:
    """Modulus-11 check of a 10-digit NHS number (NHS Data Dictionary).

    Weights 10..2 on the first nine digits; check = 11 - (sum mod 11); 11 -> 0; 10 -> invalid.
    """
    d = re.sub(r"\D", "", digits)
    if len(d) != 10 or len(set(d)) == 1:
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(d[9])


_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_NUM_DATE = r"(?:[0-3]?\d[/.-][01]?\d[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-[01]?\d-[0-3]?\d)"
_TEXT_DATE = rf"(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\.?,?\s+(?:19|20)\d{{2}}|{_MONTHS}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}})"

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NHS = re.compile(r"(?<![\d+])(\d{3})[\s-]?(\d{3})[\s-]?(\d{4})(?!\d)")
_NHS_LABELLED = re.compile(r"\bnhs\s*(?:no\.?|number|num|#)?\s*[:.]?\s*(?P<num>(?<![\d+])\d{3}[\s-]?\d{3}[\s-]?\d{4})(?!\d)", re.I)
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)(?:\d\)?[\s-]?){8,10}\d(?!\d)"
)
_NINO = re.compile(
    r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", _F
)
_POSTCODE = re.compile(r"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPS-UW\d]?|GIR)\s?\d[ABD-HJLNP-UW-Z]{2}\b", _F)
_DOB_CUE = re.compile(
    rf"\b(?:d\.?o\.?b\.?|date of birth|born(?: on| in)?|birthday(?: is)?|b\.)\s*[:\-]?\s*(?:on\s+)?"
    rf"({_NUM_DATE}|{_TEXT_DATE}|(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?{_MONTHS}\s+(?:19|20)\d{{2}}|(?:19|20)\d{{2}})",
    _F,
)
_DATE = re.compile(rf"(?<![\d/.-])(?:{_NUM_DATE})(?![\d/.-]?\d)")
#: words before a date that make it the date figures are taken at, not a birth date
_REPORTING_DATE = re.compile(r"(?:\b(?:as at|as of|at|on|by|ending|ended|up to|until|to|from|since|between)|\bbetween\s+\S+\s+and)\s*$", re.I)
#: anything in a message that makes a date in it possibly someone's: a name (already
#: "[NAME]"), a pronoun, a birth word, an age, a single child or client
_PERSON_CONTEXT = re.compile(
    r"\[NAME\]|\b(?:he|she|him|his|her|hers|i|me|my)\b|d\W?o\W?b|\bbirth\w*|\bborn\b|\bb-?day\b"
    r"|\b(?:aged?|turns?|turned|turning|will be|is now|be)\s+\d{1,2}\b(?!\s*(?:-|–|to|and|or)\s*\d)|\b\d{1,2}\s*(?:yo|y/o|yrs?|years?(?:\s+old)?|-year-old)\b|,\s*\d{1,2}\s*[,)]"
    r"|\b(?:a|an|the|this|that|my|our|their|your)\s+(?:\w+\s+)?(?:boy|girl|baby|son|daughter|pupil|client|student|teenager|toddler|"
    r"infant|young person|person|woman|man|mum|dad|mother|father|parent|carer|sibling|brother|sister|"
    r"child(?!\s+(?:protection|in need|looked|sexual|criminal|exploitation|death|safeguarding|practice|mental)))\b",
    re.I)


def _uk_phone_length(m: re.Match[str]) -> bool:
    """Whether a phone-like match has a UK number's 10 or 11 digits, its international
    prefix read as the leading 0: "+44 7700 900123", "0044 20 7946 0000" and
    "+44 (0)7700 900123" (the "(0)" is that same 0, not another digit)."""
    number = re.sub(r"^(?:\+|00)\s?44\s?(?:\(0\)\s?)?", "0", m.group(0))
    return 10 <= len(re.sub(r"\D", "", number)) <= 11


def _not_reporting_date(m: re.Match[str]) -> bool:
    """Whether a numeric date is to be redacted: any, unless the words before it make it
    the date figures are taken at ("how many care leavers at 31/03/2020", "the year
    ending 31.03.20") and nothing in the message is about a person (a name, a pronoun,
    a birth word, an age, "a boy", "my client"): then it may be someone's date of birth."""
    return not _REPORTING_DATE.search(m.string[:m.start()]) or bool(_PERSON_CONTEXT.search(m.string))

# -- names in a child/family context --------------------------------------------------

# Capitalised words that are not names (safeguarding vocabulary, titles of services,
# question words, months...). A "name" made only of these is never redacted.
_NOT_NAMES = set(
    """a an the this that these those my our your his her their its it he she they we you i me us him them
    who what when where why which how whose is are was were be been has have had do does did can could
    should would will shall may might must not no yes and or but if so as at by for from in into of on
    to with about after before during under over than then there here also only just very
    child children childs child's kid boy girl baby son daughter mum mother dad father parent parents carer
    family families client pupil student young person people case name named called aged age years year
    protection plan conference sexual criminal exploitation abuse neglect harm safeguarding practice review
    reviews serious death overview panel partnership board services service social care care team local
    authority police health nhs school schools education early help hub mash front door court act
    in need looked after missing mental domestic violence contextual county lines learning sheet report
    annual guidance procedure procedures policy trust council officer worker lead designated
    cspr scr lado dsl cp cin lac cse cce fgm gp ae a&e cafcass ofsted
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    mr mrs ms miss dr  sir madam
    harrow london england uk britain english british muslim christian
    working together keeping safe children's
    stepdad stepfather stepmum stepmother brother sister sibling uncle aunt grandma grandad grandmother grandfather
    boyfriend girlfriend partner cousin nephew niece foster
    initial independent chair scrutineer meeting referral assessment order strategy group subgroup forum
    project pilot programme course training unit centre office sector charity foundation agency
    commissioner nurse manager director head teacher adviser advisor coordinator inspector interview
    visit record data figure statistic plans
    black white asian british pakistani indian bangladeshi somali polish romanian nigerian ghanaian african
    caribbean irish gypsy roma traveller travellers mixed chinese arab eritrean afghan syrian iraqi kurdish
    turkish albanian vietnamese hindu sikh jewish all some many most other several withheld unknown redacted
    confidential anonymous trafficking advice online support helpline guardians""".split()
)

_ROLE = (
    r"(?:my|our|the|a|an|his|her|their|this)?\s*"
    r"(?:client|pupil|student|learner|service user|child|boy|girl|baby|toddler|infant|teenager|young person|yp|"
    r"son|daughter|mum|mother|dad|father|stepdad|stepfather|step-dad|stepmum|stepmother|step-mum|brother|sister|sibling|"
    r"half-brother|half-sister|foster carer|carer|grandmother|grandfather|grandma|grandad|nan|uncle|aunt|auntie|"
    r"cousin|nephew|niece|grandson|granddaughter|boyfriend|girlfriend|partner|parent|guardian|"
    r"foster child|looked after child|kid|twin)"
)
_NAME_TOKEN = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_NAME = rf"{_NAME_TOKEN}(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?){{0,2}}"
_LOWER_NAME = r"(?:[a-z]+\s+[a-z]+(?=\s*(?:[,.;:!?)]|$|\s+(?:and|who|she|he|they|is|was|has|lives|aged|age)\b))|[A-Za-z][a-z]+(?:[-'][A-Za-z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?){0,2})"
_AGE_AFTER = r"(?:,\s*|\s*\(\s*(?:aged?\s+)?|\s+(?:is|aged|age)\s+|,\s*(?:aged|age)\s+)(?:1[0-9]|[0-9])(?:\s*(?:years?(?:\s+old)?|yrs?|yo|y/o|-year-old|months?(?:\s+old)?))?(?=\s*[),.;:?!]|\s*$|[ \t]*\n|\s+(?:and|who|has|is|was|lives|from|at)\b)"

_NAME_PATTERNS: list[re.Pattern[str]] = [
    # "my client Jayden Smith", "a boy Tom", "her stepdad Mr Jones"
    _ROLE_NAME := re.compile(rf"(?i:\b{_ROLE})\s*,?\s+(?P<name>{_NAME})"),
    # typed in lower case, but followed by an age: "my client kayden obrien, 14"
    re.compile(rf"(?i:\b{_ROLE})\s*,?\s+(?P<name>{_LOWER_NAME})(?i:{_AGE_AFTER})"),
    # "a boy called tom", "a girl named Amira"
    re.compile(rf"(?i:\b{_ROLE}\s+(?:who\s+is\s+)?(?:called|named|known as))\s+(?P<name>{_LOWER_NAME})"),
    # "Child's name is Amira Khan", "her name is Jo", "name: Jayden Smith"
    re.compile(rf"(?i:\b(?:child'?s|his|her|their|the child'?s|client'?s|pupil'?s|mum'?s|dad'?s|(?:first |full |sur)?)\s*name\s*(?:is|:|=|-))\s*(?P<name>{_LOWER_NAME})"),
    # "Jayden Smith, 14", "Tom (9)", "Amira, aged 12", "Jayden is 14"
    _NAME_BEFORE_AGE := re.compile(rf"(?P<name>{_NAME})(?i:{_AGE_AFTER})"),
    # named in brackets after an age or a child word: "a 13 year old (Bella)", "the baby (Tom)"
    re.compile(rf"(?i:\b(?:\d{{1,2}}[- ]?(?:year|yr)s?[- ]old|{_ROLE}))\s*\(\s*(?P<name>{_NAME})\s*[,)]"),
    # the subject of a piece of casework, then an age: "referral for Dang, 16", "strat
    # meeting about Lena (15)" (one word that is no known given name is enough here)
    _CASEWORK_NAME := re.compile(rf"(?i:\b(?:referral|referred|re-referral|contact|concerns?|worried|assessment|strat(?:egy)?(?: meeting| discussion)?|"
                                 rf"s47|section 47|visit|case|plan|conference|icpc|rcpc|review|lado|mash)\s+(?:for|about|on|re|regarding|of|with|into|to))\s+"
                                 rf"(?P<name>{_NAME})(?i:{_AGE_AFTER})"),
    # "Jayden's mum", "Amira Khan's stepdad" (a weak cue: :func:`_kept_by_documents`)
    _POSSESSIVE_NAME := re.compile(rf"(?P<name>{_NAME})'s\s+(?:mum|mother|dad|father|stepdad|stepfather|stepmum|parents?|carers?|brother|sister|siblings?|school|teacher|social worker|family|home|grandmother|grandfather|nan|uncle|aunt|boyfriend|girlfriend)\b"),
    # "the Smith family", "Smith family"
    re.compile(r"\b(?:the\s+)?(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:family|household|children|siblings|twins)\b"),
]


def _clean_name(raw: str) -> tuple[int, int] | None:
    """Trim non-name words from a candidate; returns the (start, end) of the kept part
    relative to ``raw`` or ``None`` when nothing name-like remains."""
    tokens = list(re.finditer(r"[A-Za-z][A-Za-z'\-.]*", raw))
    keep = []
    for t in tokens:
        w = t.group(0).rstrip(".").lower()
        base = w[:-2] if w.endswith("'s") else w
        # (plurals of safeguarding words too: "Child Protection Conferences")
        singular = base[:-3] + "y" if base.endswith("ies") else base[:-1] if base.endswith("s") and len(base) > 3 else base
        if (base in _NOT_NAMES or singular in _NOT_NAMES) and base not in ("mr", "mrs", "ms", "miss", "dr"):
            if keep:
                break
            continue
        keep.append(t)
    # a lone title is not a name
    keep = [t for t in keep]
    if not keep or all(t.group(0).rstrip(".").lower() in ("mr", "mrs", "ms", "miss", "dr") for t in keep):
        return None
    if len(keep[-1].group(0).rstrip(".")) < 2:
        return None
    return keep[0].start(), keep[-1].end()


def _kept_by_documents(text: str, start: int, end: int, keep: Collection[str]) -> bool:
    """Whether a name at ``text[start:end]`` that only a weak cue found (a possessive before a
    family word: "brenda's daughter", "Albert's brother") is the documents' own: every word of
    it in ``keep`` (the capitalised words of the indexed documents, :func:`document_names`) and
    no role word before it that makes it a child of the asker's ("my client brenda's mum", "a
    girl brenda's dad")."""
    if not keep or not all(_bare(w) in keep for w in re.findall(_NAME_WORD, text[start:end])):
        return False
    return not re.search(rf"(?i:\b{_ROLE})\s*,?\s*(?i:(?:who\s+is\s+)?(?:called|named|known as)\s+)?$", text[max(0, start - 40):start])


def _name_spans(text: str, keep: Collection[str] = ()) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pat in _NAME_PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span("name")
            if re.search(r"\b(?:St|Saint)\.?\s+$", text[max(0, s - 7):s]) or re.match(r"(?:St|Saint)\.?\s", text[s:e]):
                continue  # "St Mary's school", "St George's"
            cut = _clean_name(text[s:e])
            if cut is None:
                continue
            name = text[s + cut[0]:s + cut[1]]
            if pat is _NAME_BEFORE_AGE and " " not in name.strip() and not _given_name_word(name, given_names()):
                continue  # one capitalised word before a figure: "Sexting (12)", not "Tom (9)"
            if pat is _ROLE_NAME and all(_bare(w) in common_words() and not _given_name_word(w, given_names())
                                         for w in name.split()):
                continue  # a service named after its users: "Pupil Premium", "Baby Bank", "Dad Matters"
            if pat is _CASEWORK_NAME and " " not in name.strip() and _bare(name) in common_words():
                continue  # "concerns about Bullying (12)": a topic and its count
            if pat is _POSSESSIVE_NAME and _kept_by_documents(text, s + cut[0], s + cut[1], keep):
                continue  # "what did Serena's mum do?": a survivor of the documents' stories
            spans.append((s + cut[0], s + cut[1]))
    return spans


def _sub(pattern: re.Pattern[str], text: str, label: str, valid=None, group: int | str = 0) -> tuple[str, bool]:
    hit = False

    def repl(m: re.Match[str]) -> str:
        nonlocal hit
        if valid is not None and not valid(m):
            return m.group(0)
        hit = True
        if group:
            s, e = m.span(group)
            return m.group(0)[: s - m.start()] + label + m.group(0)[e - m.start():]
        return label

    return pattern.sub(repl, text), hit


def redact(text: str, keep: Collection[str] | None = None) -> Redaction:
    """Replace personal data in ``text`` with ``[KIND]`` placeholders.

    Args:
        text: a message, any length.
        keep: lower-case words that name no one the message is about: the capitalised
            words of the indexed documents (:func:`document_names`), so "what did Chris
            Miller say?" and "what happened to Albert?" keep the report's and the slavery
            site's names. When given, any capitalised known given name (:func:`given_names`)
            not in ``keep`` is taken for a person's, with the capitalised words after it
            ("Spoke with Izzy", "about Bridget McDonagh"); when ``None`` (the audit log's
            second pass), only names the words around them mark are. A possessive before a
            family word is too weak a mark for a name of ``keep`` ("how old was brenda's
            daughter when brenda left uganda?" keeps it, :func:`_kept_by_documents`); an age,
            a school year, a verb of telling or a role word before it ("brenda, 14, says ...",
            "my client brenda's mum") still marks it as a person's.

    Returns:
        :class:`Redaction` (the cleaned text and the kinds found, in order).

    Kinds, in the order they are applied: ``address`` (a house number and street: "12
    Acacia Road", "4b station road"), ``email``, ``nhs_number`` (10 digits passing
    the Modulus-11 check), ``phone`` (UK: ``0``/``+44`` + 9-10 digits), ``ni_number``,
    ``postcode`` (full UK postcodes), ``date_of_birth`` (any date after "born"/"DOB"/
    "date of birth", and any full numeric date such as 03/04/2012 unless the figures are
    taken at it in a message about no one: "at 31/03/2020", "year ending 31.03.20"), ``name`` (a person's
    name in a child or family context: "my client Jayden Smith, 14", "a boy called Tom",
    "Child's name is Amira Khan", "the Smith family", "Jayden's mum"; a lower-case name
    right before a date of birth or NHS number: "jayden smith (dob 03/04/2015)"; and a
    known given name (:func:`given_names`), in any case, that the words around it mark as a
    person's, :data:`_CUED_NAME_PATTERNS`: "jayden smith, 14, is missing", "worried about
    amira khan in Year 9", "hi team, jayden smith says ...", "jaydens mum").

    A name with no child/family context ("Who is Nazir Afzal?") is kept, and so is
    safeguarding vocabulary ("Child Protection Plan", "Child M").
    """
    if not text:
        return Redaction(text=text or "", found=[])
    # a run of hundreds of blanks says nothing and would make the name patterns slow
    text = re.sub(r"\s{64,}", lambda m: "\n" if "\n" in m.group(0) else " ", text)
    found: list[str] = []

    def note(kind: str, hit: bool) -> None:
        if hit and kind not in found:
            found.append(kind)

    # a street address before names ("12 Acacia Road" is not a person)
    text, hit = _sub(_STREET, text, "[ADDRESS]")
    note("address", hit)
    # names first, on the original text (context words such as ages are still there)
    if keep is not None:
        # (a public surname that is also a given name, "oliver", "casey", is kept only after
        # its given name: "is oliver at risk?" is about a child)
        keep = set(keep) | (public_surnames() - given_names())
    spans = sorted(set(_name_spans(text, keep or ())) | set(_cued_name_spans(text, keep or ())) | set(_titled_name_spans(text, keep or ()))
                   | (set(_known_name_spans(text, keep)) if keep is not None else set()))
    spans = [(s, e) for s, e in spans if not _post_named(text, s, e)]
    if spans:
        merged: list[list[int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        for s, e in reversed(merged):
            text = text[:s] + "[NAME]" + text[e:]
        note("name", True)

    text, hit = _sub(_EMAIL, text, "[EMAIL]")
    note("email", hit)
    text, hit = _sub(_NHS, text, "[NHS_NUMBER]", valid=lambda m: nhs_number_valid(m.group(0)))
    note("nhs_number", hit)
    # any 10-digit number labelled as an NHS number, even one that fails the check digit
    # (a mistyped NHS number is still personal data)
    text, hit = _sub(_NHS_LABELLED, text, "[NHS_NUMBER]", group="num")
    note("nhs_number", hit)
    text, hit = _sub(_PHONE, text, "[PHONE]", valid=_uk_phone_length)
    note("phone", hit)
    text, hit = _sub(_NINO, text, "[NI_NUMBER]")
    note("ni_number", hit)
    text, hit = _sub(_POSTCODE, text, "[POSTCODE]", valid=lambda m: any(c.isdigit() for c in m.group(0)) and not re.fullmatch(r"\d+", m.group(0)))
    note("postcode", hit)
    text, hit = _sub(_DOB_CUE, text, "[DATE_OF_BIRTH]", group=1)
    # (a date the figures are taken at is no one's birthday: "how many care leavers at
    # 31/03/2020", "the year ending 31.03.20", in a message about no one)
    text, hit2 = _sub(_DATE, text, "[DATE_OF_BIRTH]", valid=_not_reporting_date)
    note("date_of_birth", hit or hit2)
    # a name standing next to an identifier is a person's name whatever the context:
    # "Jayden Smith NHS [NHS_NUMBER]", "Re Jayden Smith dob [DATE_OF_BIRTH]", "Child: JAYDEN SMITH"
    text, hit = _sub(_NAME_NEAR_ID, text, "[NAME]", valid=_looks_like_a_name, group="name")
    text, hit2 = _sub(_LABELLED_NAME, text, "[NAME]", valid=_labelled_name, group="name")
    text, hit3 = _sub(_LOWER_NAME_BEFORE_ID, text, "[NAME]", group="name")
    note("name", hit or hit2 or hit3)
    return Redaction(text=text, found=found)


# "12 Acacia Road", "4b station road", "Flat 3, 27 High Street": a house number and street
_STREET = re.compile(
    r"\b(?:[Ff]lat\s+\d+[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+"
    r"(?:(?:[a-z]+\s+){1,3}(?:road|rd|street|avenue|lane|crescent|gardens|terrace|mews|grove)"
    r"|(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Gardens|Place|Grove|Terrace|Hill|Mews|Square|Walk|Row|Rise|Parade|Ct|Park|View|(?<!Family )(?<!Crown )(?<!Youth )(?<!High )(?<!County )(?<!Magistrates )Court))\b"
)
_NOT_NAME_WORDS = frozenset("""
    a an the my our his her their this that these those of for about with and or to in on at by re
    boy girl child children kid kids pupil student client son daughter baby toddler infant teen
    teenager young person people year years old aged mum mums dad dads mother father parent parents
    carer carers brother sister sibling nephew niece family foster is was has have had who what
    worried concerned
    """.split())
# a lower-case name right before an identifier: "jayden smith (dob [DATE_OF_BIRTH])",
# "my pupil amira khan, nhs no [NHS_NUMBER]"; every word must be other than the ordinary
# words above, so the match starts at the name, not at "my pupil"
_LOWER_NAME_WORD = r"(?!(?:" + "|".join(sorted(_NOT_NAME_WORDS)) + r")\b)[a-z][a-z'-]+"
_LOWER_NAME_BEFORE_ID = re.compile(
    rf"(?<![\w\[])(?P<name>{_LOWER_NAME_WORD}(?:\s+{_LOWER_NAME_WORD}){{1,2}})\s*[,(]?\s*"
    r"(?:dob|d\.o\.b\.?|date of birth|born|nhs(?:\s*(?:no\.?|number))?)\s*[:.]?\s*\[(?:DATE_OF_BIRTH|NHS_NUMBER)\]"
)

# A name with no role word before it, in any case ("jayden smith, 14, is missing", "worried
# about Amira Khan (aged 12)", "hi team, kayden says his stepdad hits him", "jaydens mum"):
# its first word must be a known given name (:func:`given_names`), and the words around it
# must say it is a person: an age or a school year after it, a verb of telling or going
# missing after it, or a family word after its possessive. A topic in the same place
# ("concerns about self-harm in year 10", "camhs said", "a relative's house") is no given
# name and is kept.
_PERSON_WORDS = (
    r"(?:(?:older|younger|little|big|baby|twin|eldest|youngest|new|real|birth|step|half|foster)[\s-]+)?"
    r"(?:mum|mother|dad|father|stepdad|stepfather|stepmum|stepmother|parents?|carers?|"
    r"brothers?|sisters?|siblings?|stepbrothers?|stepsisters?|"
    r"nan|nanny|gran|granny|grandma|grandad|grandmother|grandfather|uncle|aunt|auntie|boyfriend|girlfriend|"
    r"partner|cousins?|baby|son|daughter|kids|children|social worker|teacher|school|nursery|"
    r"home|house|flat|phone|mobile|friends?)"
)
_NAME_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
_ANY_NAME = rf"(?<![\w\[\-'’])(?P<name>{_NAME_WORD}(?:\s++{_NAME_WORD}){{0,3}})"
_YEAR_GROUP_AFTER = r"(?=[ \t]*,?[ \t]+(?i:in[ \t]+)?(?i:year|yr|y)[ \t]?\d{1,2}\b|[ \t]*\([ \t]*(?i:year|yr|y)[ \t]?\d{1,2}\b)"
#: "says/said/told" only when what follows is about a person or what they said ("says
#: his stepdad ...", "told me", "said that", at the end): "Nazir Afzal said in the
#: foreword" and "the grace period says" are no disclosure
_TOLD_AFTER = (r"\s++(?i:(?:says|said|told|has told|had told|is saying|keeps saying|kept saying|mentioned)"
               r"(?=\s+(?:that|he|she|they|his|her|their|him|them|me|us|i|we|you|staff|mum|dad|school|someone|"
               r"somebody|a|an|the)\b|\s*[,.;:!?]|\s*$)"
               r"|disclosed|has disclosed|went missing|(?:has|have) gone missing|(?:is|are) missing|(?:has|have) been missing"
               r"|ran away|(?:has|have) run away|(?:hasn['’]t|haven['’]t|has not|have not|didn['’]t|did not) come home"
               r"|absconded|(?:has|have) absconded|went awol|(?:is|are) awol)\b")
#: an age after a name, as :data:`_AGE_AFTER` but any age up to 99 and babies' weeks or
#: months ("tanya smith, 32, mum of two", "amira, 6 weeks old"): the name is a known
#: given name, so a figure after a topic ("sexting (12)") is not taken
_ANY_AGE_AFTER = (r"(?:,\s*+|\s*+\(\s*+(?:aged?\s++)?|\s++(?:is|aged|age)\s++|,\s*+(?:aged|age)\s++)[1-9]?[0-9]"
                  r"(?:\s*(?:years?(?:\s+old)?|yrs?|yo|y/o|-year-old|(?:weeks?|months?)(?:\s+old)?))?"
                  r"(?=\s*[),.;:?!]|\s*$|[ \t]*\n|\s+[-–—]|\s+(?:and|who|has|is|was|lives|from|at)\b)")
_CUED_NAME_PATTERNS: list[re.Pattern[str]] = [
    # "jayden smith, 14, ...", "worried about amira (aged 12)", "re: kayden obrien aged 15"
    re.compile(rf"{_ANY_NAME}(?i:{_ANY_AGE_AFTER})"),
    # "worried about jayden smith in Year 9", "concern re amira khan (y8)"
    re.compile(rf"{_ANY_NAME}{_YEAR_GROUP_AFTER}"),
    # "jayden smith says his stepdad ...", "hi, amira told me ...", "amira khan has gone missing"
    re.compile(rf"{_ANY_NAME}{_TOLD_AFTER}"),
    # "I'm worried about Leo Brown, he told me ...", "concerns re Amira Khan who ..."
    re.compile(rf"(?i:\b(?:worried|concerned|concerns?|worries|worry)\s+(?:about|for|re:?|regarding|over)\s+){_ANY_NAME}"),
    # "jayden's mum", "amira khan's stepdad", "ibrahim's older brother", "james' mum"
    # (last: :func:`_cued_name_spans` reads a possessive without an apostrophe only here)
    _POSSESSIVE_CUE := re.compile(rf"{_ANY_NAME}(?:['’]s?|s)\s++(?i:{_PERSON_WORDS})\b"),
]
#: given names that are also everyday or safeguarding words, never taken for a name by
#: these cues ("concerns about faith in year 9", "the case (12)", "summer, 2020"), and
#: words of the documents' world that a name list carries ("MACE said", "the imam said")
_WORD_NAMES = frozenset("""
    will case among amongst across friend peer faith hope summer autumn spring winter mark grant justice bill page
    art chance chase sunny joy major minor rich sterling price royal lord sky star guy young
    mace vesta obe nan nana mammy imam deacon steward unnamed lens atlas commodore corona maverick
    kenton belmont roxeth stanmore pinner wealdstone edgware rayners headstone queensbury harlow carlisle stafford
    ely lavender evelina
    """.split())
#: words that end a name taken by these cues ("amira in year 8", "jayden young, 14" keeps
#: "jayden" only when "young" is one of them)
_NAME_STOP = frozenset(_NOT_NAME_WORDS | {w for w in _NOT_NAMES if w.isalpha()} | set("""
    says said told tells has had have is are was were went keeps kept mentioned absconded hasn hasnt didn didnt did not
    in on at from since today yesterday tonight white black british asian
    """.split()))


def _word_list(name: str) -> frozenset[str]:
    path = Path(__file__).resolve().parent / "data" / name
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def _place_and_term_words() -> frozenset[str]:
    """Single-word places of ``data/places.yaml`` ("camden", "merton") and the glossary's
    acronyms, lower case ("mace"): words a name list may carry that name no person."""
    import yaml

    data = Path(__file__).resolve().parent / "data"
    places = yaml.safe_load((data / "places.yaml").read_text(encoding="utf-8")) or {}
    words = {p.lower() for group in places.values() if isinstance(group, list) for p in group
             if isinstance(p, str) and " " not in p.strip()}
    glossary = yaml.safe_load((data / "glossary.yaml").read_text(encoding="utf-8")) or {}
    words |= {str(k).lower() for k in (glossary.get("terms") or {})}
    return frozenset(words)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Known given names, lower case (``assistant/data/given_names.txt``, about 15,500):
    Faker's first-name lists of every locale minus common English words, built by
    ``scripts/build_given_names.py`` (its docstring gives the sources and thresholds),
    minus :data:`_WORD_NAMES`, the ordinary words of this module, and places and glossary
    acronyms (:func:`_place_and_term_words`)."""
    return _word_list("given_names.txt") - _WORD_NAMES - _NAME_STOP - _place_and_term_words()


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Common English words that are no one's name (``assistant/data/common_words.txt``,
    about 7,300; same script): a word after a given name that is one of these ends the
    name ("the nail bar just told me")."""
    return _word_list("common_words.txt")


def _bare(word: str) -> str:
    """``word`` lower case, without a possessive ("jayden's", "james'") or accents ("zoë",
    "łukasz")."""
    bare = re.sub(r"['’]s?$", "", word.lower()).replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", bare) if not unicodedata.combining(c))


def _given_name_word(word: str, names: frozenset[str]) -> bool:
    """Whether ``word`` is a given name: "Jayden", "jayden's", "zoë" (accents dropped),
    "mary-jane" (its first part)."""
    bare = _bare(word)
    return bare in names or bare.split("-")[0] in names


#: titles and ranks written before a surname: "Mr", "Dr", "Cllr", and the police ranks
#: practitioners quote ("PC Davies", "DS Olsen", "Det Sgt Khan", "PCSO Amin")
_TITLE = (r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|(?-i:mr|mrs|ms|mx|dr)(?=\.?\s+[A-Z])|Prof|Cllr|Councillor|PCSO|PC|DCI|DC|DS|DI|Sgt|Insp"
          r"|(?:Det|Detective)\.?\s+(?:Sgt|Sergeant|Constable|Inspector|Insp)|Sergeant|Constable|Inspector)")
#: a title and a surname: "Mr Okafor", "Mrs Edna Price", "Dr Patel", "Mr and Mrs Nowak", "PC Davies"
_TITLED_NAME = re.compile(r"(?<![\w\[])" + _TITLE + r"\.?(?:\s+(?:and|&)\s+" + _TITLE + r"\.?)?"
                          r"\s+(?P<name>[A-Z][^\W\d_]*(?:['’\-][^\W\d_]+)*(?:\s+[A-Z][^\W\d_]*(?:['’\-][^\W\d_]+)*){0,2})")
#: a capitalised word (not all capitals): "Izzy", "McDonagh", "Al-Rashid", "Siobhán",
#: "O'Connor", "D’Souza"
_CAPITALISED = re.compile(r"(?<![\w\[\-'’])(?:[A-Z]['’](?=[A-Z]))?[A-Z][^\W\d_]*[a-z][^\W\d_]*(?:['’\-][^\W\d_]+)*")


def _name_tail(text: str, end: int, keep: Collection[str]) -> int:
    """Where a name starting before ``end`` ends: after the capitalised words that follow
    it ("Bridget| McDonagh", "Mohammed| Al-Rashid"), up to an ordinary word, a word of the
    documents or a possessive's "'s"."""
    while True:
        m = re.match(r"[ \t]+", text[end:])
        nxt = _CAPITALISED.match(text, end + m.end()) if m else None
        if not nxt:
            return end
        bare = _bare(nxt.group(0))
        if bare in _NAME_STOP or bare in common_words() or bare in _WORD_NAMES or bare in keep:
            return end
        end = nxt.end()
        tail = re.search(r"['’]s?$", nxt.group(0))
        if tail:
            return end - len(tail.group(0))


#: a title typed in lower case and the surname after it: "mr patel", "mrs o'connor", "mx taylor"
_LOWER_TITLED = re.compile(r"(?<![\w\[])(?:mr|mrs|ms|mx|miss)\.?\s+(?P<name>[a-z][a-z'’\-]+)(?![\w'’\-])")


def _titled_name_spans(text: str, keep: Collection[str]) -> list[tuple[int, int]]:
    """Spans of a title and the name after it ("Mr Okafor", "Dr Patel", "mr patel"), unless
    every word of the name is one the documents use (``keep``), or, typed in lower case, the
    word after the title is a common word ("miss school", "mr men")."""
    spans = [m.span() for m in _LOWER_TITLED.finditer(text)
             if _bare(m.group("name")) not in keep and _bare(m.group("name")) not in common_words()
             and _bare(m.group("name")) not in _NAME_STOP]
    for m in _TITLED_NAME.finditer(text):
        words = [_bare(w) for w in m.group("name").split()]
        if all(w in keep or w in _NAME_STOP or w in common_words() for w in words[:1]):
            continue  # "Dr Foster" as a service, "Miss Out"
        if all(w in keep for w in words):
            continue
        end = m.end("name")
        tail = re.search(r"['’]s?$", m.group("name"))
        spans.append((m.start(), end - (len(tail.group(0)) if tail else 0)))
    return spans


#: given names typed in lower case that are also words of practitioners' messages ("max"
#: for maximum, "rose" the verb, "resi" for residential): only their capitals name someone
_LOWER_CASE_WORDS = frozenset("""
    max rose resi hoy sam sue pat bob ray sky kip tod fella flo tomo charlie mandy molly henny mary sudi sudc nas gro
    isa iva ica sena ama aba irl indy pol sys vid edu ramadan sunna shona eid diwali
    prem afro soma ling anno mana
    """.split())


#: short everyday words a surname list may hold ("put", "got"): after a lower-case given
#: name they are the sentence going on ("how much did sadiq put up")
_NOT_SURNAMES = frozenset("""
    put get got go goes went gone do did does done has had have was were are is be been say says said see saw
    let lets make made take took give gave keep kept tell told ask asked come came run ran set sit sat
    """.split())


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Given names that are also lower-case English words ("amber", "grace", "nil",
    "billy": ``assistant/data/name_words.txt``, built by ``scripts/build_name_words.py``
    from the SCOWL dictionaries): typed in lower case, they are words."""
    return _word_list("name_words.txt")


#: given names that are also posts ("the dean", "our warden", "the Major said"): after a
#: determiner or possessive, and with no capitalised surname after them, they are the post
_POST_NAMES = frozenset("dean warden bishop judge major marshal sheriff chancellor provost".split())
_POST_BEFORE = re.compile(r"\b(?:the|our|their|your|my|his|her|a|an|school|college|uni|university|deputy|assistant|associate)\s+$", re.I)
#: a message asking what an acronym stands for ("what does TARA stand for?")
_ACRONYM_ASKED = re.compile(r"\b(?:stands?\s+for|acronym|abbreviation|short\s+for|what\s+does\s+[A-Z]{2,}\s+mean)\b")


def _post_named(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one of :data:`_POST_NAMES` used as the post it names
    ("is the Dean of the college the DSL?", "our dean says"), not a person's name."""
    word = text[start:end]
    if _bare(word) not in _POST_NAMES:
        return False
    if re.match(r"\s+of\s+(?:the\s+)?(?:[Ss]tudents|[Ss]tudies|[Tt]he [Cc]ollege|[Cc]ollege|[Ff]aculty|[Pp]astoral|[Ss]ixth)", text[end:]):
        return True  # "Dean of Students", "dean of sixth form"
    if re.match(r"\s+[A-Z][a-z]", text[end:]):
        return False  # "the Dean Smith referral": a name
    return _POST_BEFORE.search(text[max(0, start - 24):start]) is not None


#: a lower-case word (letters, an apostrophe or hyphen inside)
_LOWER_WORD = re.compile(r"(?<![\w\[\-'’])[a-z][a-z]+(?:['’\-][a-z]+)*")


def _lower_known_name_spans(text: str, keep: Collection[str]) -> list[tuple[int, int]]:
    """Spans of known given names typed in lower case (:func:`given_names`: "is kayden at
    risk of cse?", "olivia cares for her mum") that the documents do not use (``keep``),
    are no common English word and not one of :data:`_LOWER_CASE_WORDS`, with a lower-case
    known surname-like word after them kept in ("jayden smith" is found by the cued
    patterns); a possessive's "'s" stays outside."""
    names = given_names()
    spans = []
    skip_to = 0
    for m in _LOWER_WORD.finditer(text):
        bare = _bare(m.group(0))
        if (len(bare) < 3 or bare in keep or bare in _LOWER_CASE_WORDS or bare in common_words() or bare in name_words()
                or bare not in names):
            continue  # (a hyphenated word is a name only whole: "ante-natal" is not "ante")
        if re.match(r"\s+(?:law|review|report|inquiry|principles?|competence|test|act|scheme)\b", text[m.end():]):
            continue  # named laws and reviews: "sarah's law", "the jay review"
        if _names_a_place_or_body(text, m.end(), m.end()):
            continue  # "a referral to angus children's services", "shannon trust"
        if _ACRONYM_ASKED.search(text) and re.search(rf"\b{re.escape(bare.upper())}\b", text):
            continue  # the acronym asked about: "tara service glasgow - what does TARA stand for?"
        if m.start() < skip_to:
            continue
        public = _public_figure(text, m.start())
        if public:
            skip_to = public
            continue  # a public figure: "sadiq khan", "eileen munro"
        end = m.end()
        tail = re.search(r"['’]s?$", m.group(0))
        if tail:
            end -= len(tail.group(0))
        else:
            nxt = re.match(r"[ \t]+([a-z][a-z]+(?:['’\-][a-z]+)*)", text[end:])
            if nxt:
                word = _bare(nxt.group(1))
                cw = common_words()
                inflected = any(word.endswith(end_) and (word[:-len(end_)] in cw or word[:-len(end_)] + "e" in cw)
                                for end_ in ("s", "es", "ed", "d", "ing", "ly", "er"))
                if not (word in cw or inflected or word in _NAME_STOP or word in _WORD_NAMES or word in keep
                        or word in _place_and_term_words() or word in _NOT_SURNAMES or word in name_words()):
                    # a surname after it ("jayden smith get help?"), up to its possessive
                    end += nxt.end() - len(re.search(r"['’]s?$", nxt.group(1)).group(0) if re.search(r"['’]s?$", nxt.group(1)) else "")
        spans.append((m.start(), end))
    return spans


#: a word in capitals, four letters or more ("JAYDEN", "CHANTELLE SMITH:")
_UPPER_WORD = re.compile(r"(?<![\w\[\-'’])[A-Z]{4,}(?:['’\-][A-Z]+)*(?![\w\]])")


def _upper_known_name_spans(text: str, keep: Collection[str]) -> list[tuple[int, int]]:
    """Spans of known given names typed in capitals ("JAYDEN - jayden was dropped off",
    "CHANTELLE SMITH: attendance ..."), with a capitalised surname after them; not a word
    the documents use, a given name that is an English word ("GRACE", "AMBER"), an acronym
    of the glossary (given names exclude those) or the acronym a message asks about."""
    names = given_names()
    spans = []
    for m in _UPPER_WORD.finditer(text):
        bare = _bare(m.group(0))
        if bare not in names or bare in keep or bare in name_words() or bare in common_words() or bare in _LOWER_CASE_WORDS:
            continue
        if _ACRONYM_ASKED.search(text) or re.search(r"\b(?:the|a|an|our|their|your|my)\s+$", text[max(0, m.start() - 8):m.start()], re.I):
            continue  # an acronym: "what's the TARA service?", "DI in the CAIT"
        end = m.end()
        nxt = re.match(r"[ \t]+([A-Z]{2,}(?:['’\-][A-Z]+)*)(?![\w\]])", text[end:])
        surname = bool(nxt) and _bare(nxt.group(1)) not in common_words() and _bare(nxt.group(1)) not in _NAME_STOP
        if surname:
            end += nxt.end()
        # (an acronym looks the same: a name in capitals needs a surname in capitals, the
        # same name typed otherwise in the message, or a heading's colon or dash after it)
        again = any(o != m.group(0) for o in re.findall(rf"(?<![\w\[]){re.escape(m.group(0))}(?![\w\]])", text, re.I))
        if not (surname or again or re.match(r"\s*(?::|\s[-–—]\s)", text[end:])):
            continue
        spans.append((m.start(), end))
    return spans


def _known_name_spans(text: str, keep: Collection[str]) -> list[tuple[int, int]]:
    """Spans of capitalised known given names (:func:`given_names`) that the documents do
    not use (``keep``), each with the capitalised words after it: "Spoke with Izzy",
    "about Bridget McDonagh", "Reece is", "Leon's review"; and those typed in lower case
    (:func:`_lower_known_name_spans`)."""
    names = given_names()
    spans = _lower_known_name_spans(text, keep) + _upper_known_name_spans(text, keep)
    skip_to = 0
    for m in _CAPITALISED.finditer(text):
        word = m.group(0)
        bare = _bare(word)
        if bare in keep or not _given_name_word(word, names):
            continue
        if re.search(r"\b(?:st|saint)\.?\s+$", text[max(0, m.start() - 7):m.start()], re.I):
            continue  # "St Mary's school"
        tail = re.search(r"['’]s?$", word)
        end = m.end() - len(tail.group(0)) if tail else _name_tail(text, m.end(), keep)
        if re.match(r"(?:['’]s?\s+(?i:law|principles?|competence|test|scheme|act)|\s+(?i:law|review|report|inquiry|principles?|competence|test|act|scheme))\b",
                    text[end:]):
            continue  # named laws and reviews: "Sarah's Law", "the Jay report" (not "Leon's review")
        if m.start() < skip_to:
            continue
        public = _public_figure(text, m.start())
        if public:
            skip_to = public
            continue  # a public figure: "Eileen Munro", "Rachel de Souza", "Sadiq Khan"
        if not tail and (_names_a_place_or_body(text, m.end(), end) or _verb_first(text, m.start(), m.end())):
            continue
        spans.append((m.start(), end))
    return spans


#: nouns that make a name before them a place, a building or a body: "Shannon Trust",
#: "Angus council", "Sofia airport", "Felix project", "Norman era"
_PLACE_OR_BODY = frozenset("""
    clinic project projects trust centre center council county borough city town airport station region
    school college academy hospital foundation charity building buildings inquiry film films assembly
    exhibition lyrics border era castle conquest side estate surgery church mosque temple institute
    programme program services service home homes hostel hub partnership board unit
    """.split())
#: ... and nouns that are surnames as often ("Imogen Hall", "Michael Ward"): they count only
#: before one of the above or an acronym ("Rodney Street clinic", "Clive House CAMHS")
_PLACE_OR_SURNAME = frozenset("house street road avenue lane close drive way gardens hall court ward park practice".split())


def _names_a_place_or_body(text: str, word_end: int, end: int) -> bool:
    """Whether the capitalised words after a given name (up to ``end``) or the words after
    them make it a place, building or body (:data:`_PLACE_OR_BODY`: "Angus council",
    "referral to Clare children's services"; :data:`_PLACE_OR_SURNAME` before one of those
    or an acronym: "Rodney Street clinic"); a possessive name ("Jayden's school") is a
    person's and is not asked about here."""
    if re.match(r"[ \t]+children['’]s\s+(?:services|home|homes|centre)\b", text[end:], re.I):
        return True
    # (only the name's own words and the word right after them: "Jayden at school" and
    # "amira in hospital" are children)
    after = re.match(r"[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?", text[end:])
    words = re.findall(r"[A-Za-z]+", text[word_end:end]) + ([after.group(1)] if after else [])
    for i, w in enumerate(words):
        if w.lower() in _PLACE_OR_BODY:
            return True
        if w.lower() in _PLACE_OR_SURNAME:
            nxt = words[i + 1] if i + 1 < len(words) else (after.group(2) if after and i == len(words) - 1 else None)
            if nxt and (nxt.lower() in _PLACE_OR_BODY or re.fullmatch(r"[A-Z]{2,}", nxt)):
                return True
    return False


def _verb_first(text: str, start: int, end: int) -> bool:
    """Whether a given name that is also an English word opens a sentence as its verb,
    before an object: "Sue the council for ...", "Mark the register", "Rob them"."""
    if _bare(text[start:end]) not in name_words() or re.search(r"[^\s.!?]", text[:start][-1:] or ""):
        return False
    if text[:start].strip() and not re.search(r"[.!?:]\s*$", text[:start]):
        return False
    return re.match(r"\s+(?:the|a|an|my|our|their|them|him|her|your|this|that|these|those|up|out|off|it)\b", text[end:], re.I) is not None


@lru_cache(maxsize=1)
def public_surnames() -> frozenset[str]:
    """Surnames of the public figures of UK child safeguarding in
    ``assistant/data/public_names.txt`` ("munro", "macalister", "climbie"), lower case and
    without accents: :func:`redact`, whenever it is given a ``keep`` list, keeps one standing
    alone unless it is also a given name ("oliver"); a given name before it is kept only as
    the whole name (:func:`public_full_names`)."""
    return frozenset(_bare(line.split()[-1]) for line in _word_list("public_names.txt") if not line.startswith("="))


@lru_cache(maxsize=1)
def public_full_names() -> frozenset[str]:
    """Every full name of ``assistant/data/public_names.txt``, lower case and without
    accents; a line written "= Sadiq Khan" is kept only as the full name, its surname
    being too common to keep alone."""
    return frozenset(" ".join(_bare(w) for w in line.lstrip("= ").split()) for line in _word_list("public_names.txt"))


def _public_figure(text: str, start: int) -> int:
    """The end of a public figure's full name (:func:`public_full_names`: "Eileen Munro",
    "rachel de souza", "sadiq khan") starting at ``start`` of ``text``, else 0. Only the
    whole name counts: "is chloe casey at risk?" and "amira told me oliver hits her" are
    about children."""
    tokens = list(re.finditer(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", text[start:start + 60]))[:4]
    for n in (4, 3, 2):
        if len(tokens) >= n and " ".join(_bare(t.group(0)) for t in tokens[:n]) in public_full_names():
            return start + tokens[n - 1].end()
    return 0


def document_names(texts: Iterable[str]) -> frozenset[str]:
    """The capitalised words of ``texts`` (the indexed documents), lower case, without
    accents or a possessive: names the partnership's own material uses ("chris", "miller",
    "nazir", "albert", "fredek"), which :func:`redact` keeps when given them as ``keep``."""
    out: set[str] = set()
    for t in texts:
        out.update(_bare(w) for w in _CAPITALISED.findall(t))
    return frozenset(out)


def _cued_name_spans(text: str, keep: Collection[str] = ()) -> list[tuple[int, int]]:
    """Spans of names found by :data:`_CUED_NAME_PATTERNS`, and of every other mention of
    them in ``text`` ("chantelle is 17 ... what support can chantelle get?").

    A possessive before a family word (:data:`_POSSESSIVE_CUE`: "brenda's daughter") is a weak
    cue: a name found only by it whose every word the documents use (``keep``) is theirs, a
    survivor of a published story, and stays ("how old was brenda's daughter when brenda left
    uganda?"); one they do not use is still a person's ("chantelle's mum hits her"), and so is
    one the documents use that a strong cue marks (an age, a school year, a verb of telling
    after it: "brenda, 14, says her mum hits her"), with its every other mention.

    Leading words of a match are dropped up to the first known given name
    (:func:`given_names`; "about jayden smith" -> "jayden smith"); the name ends before a
    possessive's "'s" or an ordinary or common word (:data:`_NAME_STOP`,
    :func:`common_words`). The search goes on right after the name, so "tom and amira
    said ..." and "amira's mum and kayden's dad" give both. "St Mary's school" and a
    possessive taken for a name before another cue ("Sarah's Law says") give nothing, nor
    "this" read as "thi's"."""
    names = given_names()
    spans: list[tuple[int, int]] = []
    for pat in _CUED_NAME_PATTERNS:
        possessive_cue = pat is _POSSESSIVE_CUE
        pos = 0
        while True:
            m = pat.search(text, pos)
            if not m:
                break
            pos = m.start("name") + 1
            s = m.start("name")
            tokens = list(re.finditer(_NAME_WORD, m.group("name")))
            first = next((i for i, t in enumerate(tokens) if _given_name_word(t.group(0), names)), None)
            if first is None:
                pos = m.end("name")
                continue
            word = tokens[first].group(0)
            before = text[max(0, s + tokens[first].start() - 6):s + tokens[first].start()]
            if re.search(r"\b(?:st|saint)\.?\s+$", before, re.I):
                pos = s + tokens[first].end()
                continue  # "St Mary's school"
            start, end = s + tokens[first].start(), s + tokens[first].end()
            if re.search(r"['’]s?$", word):
                # a possessive is a name only before a family word ("amira's mum and
                # kayden's dad"); "Sarah's Law says" is not the one told about
                if not re.match(rf"\s+(?i:{_PERSON_WORDS})\b", text[end:]):
                    pos = end
                    continue
                end -= len(re.search(r"['’]s?$", word).group(0))
            elif possessive_cue and first == len(tokens) - 1 and text[end:end + 1] == "s":
                # no apostrophe ("jaydens mum"): not when the word with its "s" is a word
                # ("this school", "lens")
                plural = (word + "s").lower()
                if plural in common_words() or plural in _NAME_STOP or plural in _WORD_NAMES:
                    pos = end
                    continue
            else:
                for t in tokens[first + 1:]:
                    w = t.group(0)
                    bare = _bare(w)
                    if bare in _NAME_STOP or bare in common_words() or bare in _WORD_NAMES:
                        break
                    end = s + t.end()
                    if re.search(r"['’]s?$", w):
                        end -= len(re.search(r"['’]s?$", w).group(0))
                        break
            if possessive_cue and _kept_by_documents(text, start, end, keep):
                pos = end
                continue  # a name the documents use, by a weak cue alone: "brenda's daughter", "serena's husband"
            spans.append((start, end))
            pos = end
    # every other mention of a name found ("... what support can chantelle get?")
    for name in {text[a:b] for a, b in spans}:
        for m in re.finditer(rf"(?<![\w\-'’]){re.escape(name)}(?![\w\-])", text, re.I):
            spans.append(m.span())
    return spans


_SERVICE_WORDS = frozenset("""
    protection plan plans conference conferences board partnership review reviews safeguarding
    services service team hub council school schools police officer officers panel unit centre
    health trust court order act children child adult adults family families social care
    early help need needs referral referrals assessment meeting group forum project operation
    designated lead local authority multi agency practice learning report annual sheet
    """.split())


def _labelled_name(m: re.Match[str]) -> bool:
    """:func:`_looks_like_a_name`; after "Re:" or "Subject:", which head any topic ("Re:
    Private Fostering"), the first word must also be a known given name."""
    if not _looks_like_a_name(m):
        return False
    if re.match(r"\s*(?:re|subject)\b", m.group(0), re.I):
        first = re.match(r"[^\W\d_]+", m.group("name"))
        return bool(first) and _given_name_word(first.group(0), given_names())
    return True


def _looks_like_a_name(m: re.Match[str]) -> bool:
    """Reject capitalised service vocabulary ("Child Protection Plan") as a name."""
    words = re.findall(r"[A-Za-z]+", m.group("name"))
    return not any(w.lower() in _SERVICE_WORDS for w in words)


_ANY_CASE_NAME = r"(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?|[A-Z]{2,}(?:[-'][A-Z]+)?)(?:\s+(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?|[A-Z]{2,}(?:[-'][A-Z]+)?)){1,2}"
_ID_PLACEHOLDER = r"\[(?:NHS_NUMBER|DATE_OF_BIRTH|POSTCODE|PHONE|EMAIL|NI_NUMBER)\]"
_NOT_A_NAME = r"(?!(?:NHS|DOB|MASH|LADO|DSL|CSPR|MARAC|The|This|What|How|Who|When|Why|Is|Are|Does|Do|Can|My|Our|Re|Tel|Mobile|Child|Children|Social|Care)\b)"
# "Jayden Smith (NHS no [NHS_NUMBER])", "Jayden Smith dob [DATE_OF_BIRTH]", "JAYDEN SMITH, 14, living at [POSTCODE]"
_NAME_NEAR_ID = re.compile(
    rf"(?<![\w\[])(?P<name>{_NOT_A_NAME}{_ANY_CASE_NAME})(?=[^.?!\n]{{0,45}}{_ID_PLACEHOLDER})"
)
# "Child: Jayden Smith", "Name - Amira Khan", "Re: Jayden Smith", "Pupil: TOM JONES"
_LABELLED_NAME = re.compile(
    rf"(?i:\b(?:child|pupil|student|client|young person|name|re|subject|patient|service user)\s*[:\-–]\s*)"
    rf"(?P<name>{_NOT_A_NAME}{_ANY_CASE_NAME})"
)

"""Message shorthand written out before a question is read.

Practitioners on a phone type "who is indep chair n scrutineer", "kids on CP plans did it go
up or down n by how much", "14yo girl in car w 2 older men", "apr 20 - mar 21". The question
rules (question words, clause splitting, the refusal rules) and the keyword index read
whole words, so the shorthand is written out first: "n" -> "and", "w" -> "with", "14yo" ->
"14 year old", "indep" -> "independent". (Words typed without their apostrophe, "whats",
"theyre", are left: the question rules read both spellings.)

Only whole tokens between spaces or punctuation are changed, in lower case or as typed;
capitalised tokens that could be initials or acronyms ("N", "W", "U") are left alone, and
nothing in a bracketed redaction placeholder ("[NAME]") is touched.
"""

from __future__ import annotations

import re

#: shorthand -> written out. Keys are lower case; a key matches only as a whole token
#: written in lower case (so "N" as an initial and "R" as a letter stay).
SHORTHAND: dict[str, str] = {
    # joining words
    "n": "and", "w": "with", "w/": "with", "w/o": "without", "wo/": "without",
    "b4": "before", "bc": "because", "bcos": "because", "cos": "because", "coz": "because", "cuz": "because",
    "abt": "about", "re:": "about", "thru": "through", "til": "until", "till": "until", "tho": "though",
    "pls": "please", "plz": "please", "u": "you", "ur": "your", "r": "are", "ppl": "people",
    "wot": "what", "wat": "what", "wht": "what", "wen": "when", "whn": "when",
    # (a question word and "is" run together, which the question rules do not read as the
    # question word: "whens the Child J findings out")
    "whens": "when is", "wheres": "where is",
    # words shortened
    "indep": "independent", "govt": "government", "dept": "department", "mgr": "manager", "mtg": "meeting",
    "mtgs": "meetings", "approx": "approximately", "info": "information", "yr": "year", "yrs": "years",
    "mths": "months", "mnths": "months", "wks": "weeks", "wk": "week", "hrs": "hours", "hr": "hour",
    "nos": "numbers", "num": "number", "avg": "average", "prev": "previous",
    "yp": "young person", "yps": "young people",
}

_TOKEN = re.compile(r"(?<![\w'’/\[&-])(w/o|wo/|w/|re:|[a-z][a-z0-9]*)(?![\w'’/\]&=-])")
#: an age written short: "14yo", "14 yo", "14y/o", "14 y.o.", "14yrs old"
_AGE = re.compile(r"\b(\d{1,2})\s?(?:yo|y/o|y\.o\.?|yr old|yrs old|yrs? o)(?![\w/])", re.I)

_MONTHS = {"jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
           "jul": "July", "aug": "August", "sep": "September", "sept": "September", "oct": "October",
           "nov": "November", "dec": "December"}
#: a month and a two-digit year: "31 mar 21", "apr 20 - mar 21", "Sept '19" ("may" only
#: after a day: "children may 20" is not a date)
_SHORT_DATE = re.compile(r"\b(?P<day>\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
                         r"(?:[a-z]{0,6})\.?\s+['’]?(?P<year>[12]\d)(?![\d/.:-]?\d)(?!\s*(?:%|per|children|kids|cases))", re.I)


#: a police operation named short: "Op Philomena", "op encompass" (not "post-op", nor "op"
#: before a short word)
_OPERATION = re.compile(r"(?<![\w'’-])[Oo][Pp]\.?\s+(?=[A-Za-z][a-z]{3,}\b)(?!(?:and|with|from|that|this|were|what|when|which|will)\b)")


#: "how much" before a plural noun, as a second language often has it: "how much children
#: went missing?", "how much organisations and how much individuals?" (not before a verb,
#: "how much is", "how much does", nor a mass noun ending in s, "how much progress", "how
#: much focus", "how much news")
_HOW_MUCH_PLURAL = re.compile(
    r"\b([Hh]ow)\s+much\s+(?=(?:of\s+(?:the\s+)?)?(?:children|people|men|women|staff\b(?!\s+time)|"
    r"(?!(?:is|was|has|does|this|thus|plus|less|news|focus|bonus|status|stress|progress|access|success|business|"
    r"awareness|emphasis|analysis|evidence|means|politics|physics|economics|statistics|consensus|census|"
    # (money in the plural is still an amount: "how much funds", "how much costs")
    r"funds|costs|savings|earnings|wages|expenses|finances|fees|resources|losses|taxes|benefits|proceeds|contributions|"
    r"payments|donations|grants|allowances|charges|monies|expenditures|outgoings|incomes|receipts|reserves|underspends|overspends|"
    # (nor a verb: "how much goes to the chair?", "how much remains at year end?")
    r"goes|comes|remains|gets|takes|makes|pays|spends|leaves|happens|matters|counts|falls|rises|needs|uses|covers|includes|"
    r"involves|depends|varies|differs|changes|helps|works|stays|lasts|adds|totals|amounts|equals|represents|shows|says|seems)\b)[a-z]{2,}s(?<!ss)(?<!us)(?<!is))\b)")


#: Indian English's "do the needful" (do what is needed), a courtesy that asks nothing:
#: "Please do the needful and list me the learning areas", "kindly do the needful fast"
#: ("needful" would otherwise pull retrieval towards passages about needs)
_NEEDFUL = re.compile(r"\b(?:(?:please|pls|kindly)\s+)?do\s+the\s+needful\b"
                      # (kept when it carries urgency: "do the needful fast, ...")
                      r"(?!\s*(?:fast|quick|quickly|urgently|now|asap|immediately|straight away|right away)\b)(?:\s+(?:and|to)\b|\s*[,.;:!]+)?\s*", re.I)


#: a plural subject with a singular verb, as a second language often has it: "which
#: workshops was there?", "how many children was adopted?", "which ones is for women?"
#: (the plural noun right after the question word, or after one describing word)
_PLURAL_WAS = re.compile(
    r"\b(?P<q>(?:[Ww]hich|[Ww]hat|[Hh]ow many)\s+(?:[a-z-]+\s+)?(?:children|people|men|women|ones|"
    r"(?!(?:is|was|has|does|this|thus|plus|less|news|focus|status|progress|access|business|analysis|means|series|species)\b)[a-z]{2,}s(?<!ss)(?<!us)(?<!is)))"
    r"\s+(?P<v>was|is)\b(?!\s+(?:it|that|this)\b)")


def _full_date(m: re.Match[str]) -> str:
    month = m.group("month").lower()
    word = m.group(0)[len(m.group("day") or ""):].split()[0].rstrip(".").lower()
    if month == "may" and not m.group("day") or not _MONTHS[month].lower().startswith(word):
        return m.group(0)
    return f"{m.group('day') or ''}{_MONTHS[month]} 20{m.group('year')}"


def write_out(text: str) -> str:
    """``text`` with message shorthand written out.

    * "who is indep chair n scrutineer" -> "who is independent chair and scrutineer";
    * "14yo girl in car w 2 older men" -> "14 year old girl in car with 2 older men";
    * "total MASH contacts apr 20 - mar 21" -> "total MASH contacts April 2020 - March 2021";
    * "what is Op Philomena?" -> "what is Operation Philomena?";
    * "how much children went missing?" -> "how many children went missing?" (a plural
      noun after "how much", as a second language often has it);
    * "which workshops was there?" -> "which workshops were there?" (a plural subject with
      a singular verb);
    * "Please do the needful and list me the learning areas" -> "List me the learning
      areas" (a courtesy that asks nothing).

    Args:
        text: one message or question (already redacted), any length.

    Returns:
        the same text with each shorthand token (:data:`SHORTHAND`, lower case only)
        written out; unchanged when it has none.
    """
    text = _AGE.sub(lambda m: f"{m.group(1)} year old", text)
    text = _HOW_MUCH_PLURAL.sub(lambda m: f"{m.group(1)} many ", text)
    text = _PLURAL_WAS.sub(lambda m: f"{m.group('q')} {'were' if m.group('v') == 'was' else 'are'}", text)
    stripped = _NEEDFUL.sub("", text)
    if len(stripped.split()) >= 3:
        text = stripped[0].upper() + stripped[1:] if text[:1].isupper() and stripped else stripped
    text = _SHORT_DATE.sub(_full_date, text)
    text = _OPERATION.sub("Operation ", text)

    def one(m: re.Match[str]) -> str:
        token = m.group(1)
        return SHORTHAND.get(token, token)

    return _TOKEN.sub(one, text)

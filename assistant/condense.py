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
"""

from __future__ import annotations

import re

_INTERROGATIVE = re.compile(
    r"^(?:how (?:many|much|often|long)|what (?:is|are|was|were|does|do|did)|who (?:is|are|was|were)|"
    r"which|when (?:is|was|did|does)|where (?:is|was|are)|why (?:is|was|did|does)|tell me about|"
    r"what|who|how)\s+(?:the\s+)?",
    re.I,
)
_FOLLOWUP = re.compile(r"^(?:and what about|and how about|what about|how about|and|but|also|so|then|ok|okay)\b[\s,]*",
                       re.I)
#: a question word or verb of asking anywhere: the message asks its own question
_ASKS = re.compile(r"\b(?:what|who|whom|whose|which|when|where|why|how|is|are|was|were|does|do|did|can|could|"
                   r"should|would|will|has|have|tell|explain|list|give|describe)\b", re.I)
#: words that point back to the earlier turn ("what did it find?", "who chairs them?")
_POINTS_BACK = re.compile(r"\b(?:it|its|it's|they|them|their|theirs|that one|those|these|he|she|his|her|him|"
                          r"the same|that|this one)\b", re.I)
#: "what does X stand for / mean?", "what is (a|an|the) X?": a question about one term
_TERM_FRAME = re.compile(r"^(?P<pre>\s*(?:what\s+(?:does|do)\s+(?:an?\s+|the\s+)?))(?P<term>.+?)(?P<post>\s+(?:stand\s+for|mean)\s*\??\s*)$"
                         r"|^(?P<pre2>\s*(?:what|who)\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?)(?P<term2>[^?]+?)(?P<post2>\s*\??\s*)$",
                         re.I)
_PERIOD = re.compile(r"\b(?:(?:19|20)\d\d\s*(?:-|–|/|to)\s*(?:(?:19|20)?\d\d)|(?:19|20)\d\d)\b")
_WORD = re.compile(r"[\w'’-]+")


def _standalone(rest: str, connective: bool) -> bool:
    """Whether a message (its connective removed) asks a question of its own: one of eight
    words or more, whose pronouns point within it ("is Liam at risk if his dad ..."); or,
    pointing back to nothing, a question about one term ("what is a strategy discussion"),
    or one of six words or more after a connective, three or more without one ("who chairs
    the board")."""
    if not _ASKS.search(rest):
        return False
    if len(_WORD.findall(rest)) >= 8:
        return True  # (its pronouns point within it: "is Liam at risk if his dad ...")
    if _POINTS_BACK.search(rest):
        return False
    if _TERM_FRAME.match(rest):
        return True
    return len(_WORD.findall(rest)) >= (6 if connective else 3)


def condense_question(history: list[tuple[str, str]], question: str, llm=None) -> str:
    """Standalone version of ``question`` given ``history`` of ``(question, answer)`` turns
    (oldest first; only the last turn is read by the heuristic).

    Returns:
        the question to retrieve and answer with: ``question`` unchanged when it stands on
        its own or there is no history.
    """
    if not history:
        return question
    if llm is not None:
        try:
            return llm.condense(history, question)
        except Exception:
            pass
    prev_q = history[-1][0].strip()
    q = question.strip()
    connective = _FOLLOWUP.match(q)
    rest = (q[connective.end():] if connective else q).strip(" ,?")
    if not rest:
        return prev_q
    if _standalone(rest, bool(connective)):
        return rest + "?" if connective else question
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
    # keep the follow-up's own question frame ("how many ...", "the ethnicity breakdown")
    # and carry over only the earlier question's topic
    topic = _INTERROGATIVE.sub("", prev_q).strip(" ?")
    return f"{rest} – {topic}?"

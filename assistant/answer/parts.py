"""Multi-part questions: "where was she from and how old was she?" asks two things.

Practitioners often put two questions in one Slack message. An extractive answer quotes
the sentences that best answer *a* question, so the second half goes unanswered ("She was
only 15 when she arrived" for "where was she from and how old was she"). This module splits
such a question into standalone parts (a light form of the query decomposition of
least-to-most prompting, Zhou et al. 2022, done by rule, with no model); the extractive
answerer answers each part on the same retrieved passages and merges the answers.
"""

from __future__ import annotations

import re

#: words that open a question clause
_WH_WORDS = r"(?:how|what|what's|whats|where|who|whom|whose|which|when|why)"
#: where a message joins two question clauses: "... and how many ...", "...? What ..."
_JOIN = re.compile(rf"(?:\s*,\s*|\s+)(?:and|&|\+|also|plus)\s+(?={_WH_WORDS}\b)|\?\s+(?=(?i:{_WH_WORDS})\b)", re.I)
#: a topic set before the question: "Serena's story - ", "VAH training numbers: "
_TOPIC = re.compile(r"^(?P<topic>[^?]{3,80}?)\s*(?:\s[-–—]\s|:\s)\s*(?P<rest>.+)$", re.S)
#: the question phrase a part opens with ("how many", "what", "where was")
_HEAD = re.compile(rf"^(?P<head>how (?:many|much|long|old|often)|{_WH_WORDS})\s+(?P<word>\S+)(?:\s+(?P<tail>.*))?$", re.I | re.S)
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|she|her|he|him|his|this|that|these|those)\b", re.I)
MAX_PARTS = 3


def question_parts(question: str) -> list[str]:
    """Split a question that asks several things into standalone questions.

    * "where was she from and how old was she when she got to the UK?" ->
      ``["where was she from", "how old was she when she got to the UK?"]``;
    * a topic set before the question is kept in every part: "Serena's story - where was
      she from and how old was she?" -> ``["Serena's story - where was she from", "Serena's
      story - how old was she?"]``;
    * an elided noun is restored from the next part: "how many primary and how many
      secondary schools does harrow have?" -> ``["how many primary schools does harrow
      have?", "how many secondary schools does harrow have?"]``;
    * a later part that only points back ("and how does it work?") keeps the first part
      before it as scene-setting: ``"what is MASH - how does it work?"``.

    Only clauses that each open with a question word are split ("what were the findings
    and recommendations?" is one question); at most :data:`MAX_PARTS` parts.

    Args:
        question: the (redacted) question, one line.

    Returns:
        the parts, in order; ``[question]`` when it asks one thing.
    """
    text = question.strip()
    topic = ""
    m = _TOPIC.match(text)
    if m and not re.match(rf"{_WH_WORDS}\b", m.group("topic"), re.I) and "?" not in m.group("topic"):
        topic, text = m.group("topic").strip(), m.group("rest").strip()
    pieces = [p.strip(" ,;") for p in _JOIN.split(text) if p and p.strip(" ,;")]
    if (len(pieces) < 2 or len(pieces) > MAX_PARTS
            or not all(re.match(rf"{_WH_WORDS}\b", p, re.I) and len(p.split()) >= 2 for p in pieces)):
        return [question]
    # an elided noun: "how many primary" + "how many secondary schools does harrow have?"
    for i in range(len(pieces) - 2, -1, -1):
        here, nxt = _HEAD.match(pieces[i]), _HEAD.match(pieces[i + 1])
        if (here and nxt and not here.group("tail") and here.group("head").lower() == nxt.group("head").lower()
                and nxt.group("tail")):
            pieces[i] = f"{pieces[i]} {nxt.group('tail')}"
    parts = []
    for i, p in enumerate(pieces):
        if i and not topic and _PRONOUN.search(p):
            p = f"{pieces[0].rstrip('?')} - {p}"
        parts.append(f"{topic} - {p}" if topic else p)
    return parts

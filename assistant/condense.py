"""Condense a follow-up question into a standalone one, using the conversation so far.

Heuristic (no LLM): if the follow-up is short or starts with a connective ("and", "what
about", "how many ...?") and lacks its own topic, the previous question's content words
are carried over. With an LLM configured, the ``prompts/condense.txt`` template is used.
"""

from __future__ import annotations

import re

_INTERROGATIVE = re.compile(
    r"^(?:how (?:many|much|often|long)|what (?:is|are|was|were|does|do|did)|who (?:is|are|was|were)|"
    r"which|when (?:is|was|did|does)|where (?:is|was|are)|why (?:is|was|did|does)|tell me about|"
    r"what|who|how)\s+(?:the\s+)?",
    re.I,
)
_FOLLOWUP = re.compile(r"^(and|but|also|what about|how about|and what|so|then|ok|okay)\b", re.I)


def condense_question(history: list[tuple[str, str]], question: str, llm=None) -> str:
    """Standalone version of ``question`` given ``history`` of ``(question, answer)`` turns."""
    if not history:
        return question
    if llm is not None:
        try:
            return llm.condense(history, question)
        except Exception:
            pass
    prev_q = history[-1][0]
    words = re.findall(r"\w+", question)
    if _FOLLOWUP.match(question.strip()) or len(words) <= 6:
        rest = _FOLLOWUP.sub("", question.strip()).strip(" ,?")
        if not rest:
            return prev_q
        # keep the follow-up's own question frame ("how many ...", "the ethnicity
        # breakdown") and carry over only the earlier question's topic
        topic = _INTERROGATIVE.sub("", prev_q.strip()).strip(" ?")
        return f"{rest} – {topic}?"
    return question

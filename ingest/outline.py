"""Section paths from a document's headings: typography corrected by numbering.

A loader gives each heading a *raw* level from its typography (PDF font size relative to
the body text, ``<h2>``, a Word heading style). Annual reports are not typeset
consistently, and raw levels alone give wrong paths. In the Harrow report:

* "3. Harrow at a Glance" is set smaller than "2. Evaluation ...", so it landed *inside*
  the scrutineer's evaluation;
* "2. CONTEXTUAL SAFEGUARDING" and "3. DOMESTIC ABUSE", the second and third priorities
  under "4. Progress on Priorities", are set as large as the chapter, so they became
  chapters of their own, and everything after them lost its chapter;
* "Learned Lessons Review – Child H" is set as large as "6. Learning from Case Reviews",
  so it left the case-review chapter, as did every scrutiny topic after
  "7. Scrutiny – Monitoring and Evaluation".

:class:`Outline` applies three rules on top of the raw levels:

1. **Numbered siblings.** A heading numbered *N* ("3.", "3)") follows heading *N - 1* of
   the same sequence: it is placed where *N - 1* was, under the deepest of *N - 1*'s
   ancestors that is still open (the top level if none is). Where no *N - 1* was seen
   (it was set as body text), the nearest lower number set the same size stands in.
2. **Numbered chapters own what follows.** An unnumbered heading that is set no larger
   than the innermost open numbered heading goes inside it, until the next heading of
   that sequence (or one set larger) closes it.
3. **Back matter is top level.** "Appendix ...", "Annex ...", "References", "Glossary"
   and "Contents" headings start at the top level and close any chapter.
4. **Generic headings belong to the topic before them.** A heading made only of generic
   words ("PRIORITIES FOR 2020 – 2021", "Highlighting good practice:", "Key findings:")
   says nothing of its topic: set as large as the unnumbered topical heading before it,
   it goes inside that heading instead of closing it. In the Harrow report the conference
   service's "PRIORITIES FOR 2020 – 2021" is set as large as "MONITORING AND SCRUTINY -
   CHILD PROTECTION CONFERENCES" and would otherwise be a priority list of nothing. Only
   for levels read from type size (PDF, ``Outline(typographic=True)``): markup that states
   its levels (``<h2>``, ``##``, Word heading styles) is taken at its word.

Rules 1-3 only move headings the numbering contradicts, and rule 4 only generic headings;
an unnumbered document with no generic headings keeps its raw levels exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+\S")
#: words a heading can be made of without naming a topic (rule 4), besides years,
#: reporting periods and punctuation
_GENERIC_WORDS = frozenset("""
    priority priorities action actions key findings recommendations next steps highlights
    highlighting good practice achievements what was were achieved for the and our going
    forward year ahead
""".split())
_BACK_MATTER = re.compile(r"^\s*(appendix|appendices|annex|references|bibliography|glossary|contents)\b", re.I)


@dataclass(frozen=True)
class _Heading:
    text: str
    level: int  # effective level in the outline (1 = top)
    raw: int  # level from typography
    number: int | None  # "4. Progress on Priorities" -> 4


def is_generic_heading(text: str) -> bool:
    """Whether a heading names no topic, only what kind of section it is and when:
    "PRIORITIES FOR 2020 – 2021", "Key findings:", "What was achieved?" -> True;
    "Young Carers", "Performance of the MASH" -> False."""
    words = re.findall(r"[a-z]+", re.sub(r"\d+", " ", text.lower()))
    return bool(words) and all(w in _GENERIC_WORDS for w in words)


def heading_number(text: str) -> int | None:
    """The leading section number of a heading ("4. Progress on Priorities" -> 4), else None."""
    m = _NUMBERED.match(text)
    return int(m.group(1)) if m else None


class Outline:
    """The open headings while reading a document top to bottom.

    Usage::

        outline = Outline()
        outline.push("4. Progress on Priorities", raw_level=2)
        outline.path()  # ["4. Progress on Priorities"]
    """

    def __init__(self, typographic: bool = True) -> None:
        #: raw levels come from type size (PDF), not from the markup (HTML ``<h2>``,
        #: Markdown ``##``, Word heading styles): only then may rule 4 override them
        self.typographic = typographic
        self._stack: list[_Heading] = []
        # each numbered heading seen, with the headings that were open above it
        self._numbered: list[tuple[_Heading, tuple[_Heading, ...]]] = []

    def path(self) -> list[str]:
        """Texts of the open headings, outermost first."""
        return [h.text for h in self._stack]

    def push(self, text: str, raw_level: int) -> None:
        """Open heading ``text`` (whitespace already collapsed) set at ``raw_level`` (>= 1),
        closing the headings it ends."""
        raw = max(1, raw_level)
        number = heading_number(text)
        if _BACK_MATTER.match(text):
            self._stack = [_Heading(text, 1, raw, None)]
            return
        if number is not None:
            prev = next(((h, above) for h, above in reversed(self._numbered) if h.number == number - 1), None)
            if prev is None:
                # a gap ("5." set as body text): the nearest lower number set the same way
                lower = [(h, above) for h, above in self._numbered if h.number < number and h.raw == raw]
                prev = max(reversed(lower), key=lambda t: t[0].number, default=None)
            if prev is not None:
                _, above = prev
                keep = 0
                while keep < len(above) and keep < len(self._stack) and self._stack[keep] is above[keep]:
                    keep += 1
                self._stack = self._stack[:keep]
                heading = _Heading(text, (self._stack[-1].level + 1) if self._stack else 1, raw, number)
                self._numbered.append((heading, tuple(self._stack)))
                self._stack.append(heading)
                return
        if number is None and self.typographic and is_generic_heading(text):
            # rule 4: a topical heading set as large stays open, the generic one goes inside
            # it (headings set smaller, and generic ones set as large, close as usual)
            # (not past a numbered heading: "What was achieved?" after "1. MENTAL WELLBEING"
            # ends that priority's heading and its strapline as before)
            stack = list(self._stack)
            while stack and stack[-1].number is None and (stack[-1].raw > raw or (
                    stack[-1].raw == raw and is_generic_heading(stack[-1].text))):
                stack.pop()
            if stack and stack[-1].raw == raw and stack[-1].number is None:
                self._stack = stack + [_Heading(text, stack[-1].level + 1, raw, None)]
                return
        # raw typography, but inside the innermost open numbered heading set at least as large
        chapter = next((i for i in range(len(self._stack) - 1, -1, -1)
                        if self._stack[i].number is not None and self._stack[i].raw <= raw), None)
        while self._stack and self._stack[-1].raw >= raw and (chapter is None or len(self._stack) - 1 > chapter):
            self._stack.pop()
        if chapter is not None and len(self._stack) - 1 == chapter:
            level = self._stack[-1].level + 1
        else:
            level = (self._stack[-1].level + 1) if self._stack else 1
        heading = _Heading(text, level, raw, number)
        if number is not None:
            self._numbered.append((heading, tuple(self._stack)))
        self._stack.append(heading)

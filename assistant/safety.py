"""Safety screens run before retrieval on every front.

* :func:`screen_urgent` -- spots a message describing a child at immediate risk (a live
  disclosure, present-tense harm, a child missing now, intent to self-harm) and returns
  the fixed signposting reply that must lead the answer.
* :func:`redact` -- removes personal data from a question before it is retrieved with,
  logged, stored or sent to a model.

The assistant never makes a threshold decision about a specific child: the urgent reply
signposts to people who can.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class UrgentResult:
    """An urgent-risk match: ``reasons`` are the cue names that fired (no user text)."""

    reasons: list[str]
    reply: str


_URGENT_CUES: dict[str, re.Pattern[str]] = {
    "disclosure": re.compile(r"\b(has|have|just)\s+(just\s+)?(told|disclosed|said)\s+(me|us)\b.*\b(abus|hurt|hit|beat|touch|rap|assault|harm)", re.I),
    "present_harm": re.compile(r"\b(is|are)\s+(being|getting)\s+(abused|hurt|hit|beaten|assaulted|raped|attacked|trafficked|exploited)\b", re.I),
    "with_abuser_now": re.compile(r"\b(at home|with (him|her|them)|there)\s+(with (her|him|them)\s+)?now\b|\bright now\b", re.I),
    "missing_now": re.compile(r"\b(is|has gone|went|has been)\s+missing\b.*\b(now|tonight|today|since (this )?(morning|last night))\b|\bcan'?t find (my|the|a) (child|son|daughter)\b", re.I),
    "self_harm_intent": re.compile(r"\b(wants?|going|plans?|planning|threaten(s|ing|ed)?)\s+to\s+(kill|hurt|harm)\s+(him|her|them)sel(f|ves)\b|\bsuicid(al|e)\b.*\b(now|tonight|today)\b", re.I),
}


def urgent_reply(front_door: str = "your local children's social care front door (MASH)", phone: str | None = None) -> str:
    """The fixed urgent signposting text (999 first; the local number only if configured)."""
    door = f"{front_door} on {phone}" if phone else front_door
    return (
        "If a child or anyone else is in immediate danger, call 999 now.\n"
        "- Tell your designated safeguarding lead (DSL) or line manager straight away.\n"
        f"- Contact {door} to make a referral today.\n"
        "This assistant cannot make decisions about a specific child; follow your local "
        "safeguarding procedures."
    )


def screen_urgent(text: str, front_door: str | None = None, phone: str | None = None) -> UrgentResult | None:
    """Return an :class:`UrgentResult` if ``text`` describes a child at immediate risk."""
    reasons = [name for name, pat in _URGENT_CUES.items() if pat.search(text)]
    if not reasons:
        return None
    return UrgentResult(reasons=reasons, reply=urgent_reply(front_door or "your local children's social care front door (MASH)", phone))


@dataclass
class Redaction:
    """Result of :func:`redact`: the cleaned text and the kinds of data removed."""

    text: str
    found: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.found)


_PII: list[tuple[str, re.Pattern[str]]] = [
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")),
    ("phone", re.compile(r"(?<!\d)(?:\+44\s?\(?0?\)?\s?|0)(?:\d\s?){9,10}(?!\d)")),
    ("nhs_number", re.compile(r"(?<!\d)\d{3}\s?\d{3}\s?\d{4}(?!\d)")),
    ("ni_number", re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.I)),
    ("postcode", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b", re.I)),
    ("date_of_birth", re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")),
]


def redact(text: str) -> Redaction:
    """Replace personal data in ``text`` with ``[KIND]`` placeholders."""
    found: list[str] = []
    for kind, pat in _PII:
        if pat.search(text):
            found.append(kind)
            text = pat.sub(f"[{kind.upper()}]", text)
    return Redaction(text=text, found=found)

"""Block Kit rendering for answers, the App Home tab and the feedback modal.

Slack's limits this module enforces:

* a ``section`` text is at most 3,000 characters (:data:`SECTION_CHARS`);
* a message has at most 50 blocks (:data:`MAX_BLOCKS`);
* a message's blocks must stay small overall, or ``chat.postMessage`` fails with
  ``msg_blocks_too_long``; we keep each message's block text under a budget
  (``max_message_chars``, 12,000 by default) and continue long answers in further
  messages instead of failing;
* every message carries a plain fallback ``text`` (notifications, screen readers).

User-visible text is escaped for mrkdwn (``&``, ``<``, ``>``), and source rows are one
line each: ``[n] Title — Section, p. N, (date)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from ingest.models import Answer, Citation

SECTION_CHARS = 3000
MAX_BLOCKS = 50
CONTEXT_CHARS = 3000
FALLBACK_CHARS = 3000
HOME_MAX_BLOCKS = 100

ACTION_HELPFUL = "feedback_helpful"
ACTION_NOT_HELPFUL = "feedback_not_helpful"
FEEDBACK_MODAL = "feedback_reason"

NOT_FOUND_HEADER = ":mag: *The documents I have don't cover this.*"
NOT_FOUND_BODY = ("I couldn't find anything on this in the indexed safeguarding documents, so I won't guess. "
                  "Try rephrasing with the terms the documents use, or open my App Home tab to see what I cover.")
POINTS_BACK_HEADER = ":speech_balloon: *Could you ask that in full?*"
URGENT_HEADER = ":rotating_light: *This sounds urgent. Act on this first:*"
DISCLAIMER = ("Answers quote the indexed documents only. A professional stays responsible for decisions "
              "about any child; follow your local safeguarding procedures.")
APOLOGY = (":warning: Sorry, something went wrong while answering that, and I couldn't finish. "
           "Please try again in a moment; if it keeps happening, tell the team that runs this bot.")
RATE_LIMITED = (":hourglass_flowing_sand: You've asked quite a few questions in the last minute. "
                "Please give me a moment and ask again shortly.")
REDACTION_WARNING = (":lock: Please don't share personal details (names, dates of birth, phone numbers, "
                     "NHS or NI numbers, addresses) here. Your question was answered with them removed ({kinds}).")
EMPTY_QUESTION = "Ask me a question about the safeguarding documents, e.g. `/safeguarding what is neglect?`"

FEEDBACK_REASONS = [
    ("wrong", "The answer was wrong"),
    ("incomplete", "Incomplete or missing something"),
    ("sources", "Sources didn't support it"),
    ("irrelevant", "Didn't answer my question"),
    ("useful", "Clear and useful"),
    ("other", "Other"),
]


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def one_line(text: str | None) -> str:
    """Collapse newlines and runs of whitespace into single spaces."""
    return re.sub(r"\s+", " ", text or "").strip()


_LINK = re.compile(r"<([^<>|]+)\|([^<>]+)>")
_ANGLE = re.compile(r"<([^<>]+)>")


def message_text(text: str, bot_user_id: str | None = None) -> str:
    """A user's Slack message as plain text: bot mentions removed, other people's
    mentions reduced to "@colleague" (their user ids and names are not the question's and
    would otherwise reach the audit log), links reduced to their labels, entities
    unescaped."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", " ", text)
    text = re.sub(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>", "@colleague", text)
    text = _LINK.sub(lambda m: m.group(2), text)
    text = _ANGLE.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return re.sub(r"[ \t]+", " ", text).strip()


def source_row(c: Citation) -> str:
    """``[n] Title — Section, p. N, (date)`` on one line, escaped (absent parts dropped)."""
    row = f"[{c.n}] {one_line(c.title) or one_line(c.source)}"
    if one_line(c.section):
        row += f" — {one_line(c.section)}"
    if c.page:
        row += f", p. {c.pages}"
    if one_line(c.date):
        row += f", ({one_line(c.date)})"
    row = escape(row)
    return row if len(row) <= CONTEXT_CHARS else row[: CONTEXT_CHARS - 1] + "…"


def source_key(c: Citation) -> str:
    """Short plain id of a cited source for storage: ``file.pdf p.4``."""
    return f"{c.source} p.{c.page}" if c.page else c.source


def split_text(text: str, limit: int = SECTION_CHARS) -> list[str]:
    """Split ``text`` into pieces of at most ``limit`` characters, preferring paragraph,
    then line, then sentence, then word boundaries; never inside an ``&…;`` entity."""
    text = text.strip()
    pieces: list[str] = []
    while len(text) > limit:
        window = text[:limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            i = window.rfind(sep)
            if i >= limit // 3:
                cut = i + (1 if sep == ". " else 0)
                break
        if cut <= 0:
            cut = limit
            amp = window.rfind("&", max(0, limit - 6))
            if amp != -1 and ";" not in window[amp:]:
                cut = amp
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def _section(text: str) -> dict[str, Any]:
    assert len(text) <= SECTION_CHARS
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:CONTEXT_CHARS]}]}


def feedback_actions(answer_id: str) -> dict[str, Any]:
    return {
        "type": "actions",
        "block_id": f"feedback:{answer_id}",
        "elements": [
            {"type": "button", "action_id": ACTION_HELPFUL, "value": answer_id,
             "text": {"type": "plain_text", "text": ":thumbsup: Helpful", "emoji": True}},
            {"type": "button", "action_id": ACTION_NOT_HELPFUL, "value": answer_id,
             "text": {"type": "plain_text", "text": ":thumbsdown: Not helpful", "emoji": True}},
        ],
    }


@dataclass
class Message:
    """One Slack message: fallback ``text`` and its ``blocks``."""

    text: str
    blocks: list[dict[str, Any]] = field(default_factory=list)

    def block_chars(self) -> int:
        return sum(_block_chars(b) for b in self.blocks)


def _block_chars(block: dict[str, Any]) -> int:
    if block["type"] == "section":
        return len(block["text"]["text"])
    if block["type"] == "context":
        return sum(len(e.get("text", "")) for e in block["elements"])
    return 100


def _plain(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def pack(blocks: Iterable[dict[str, Any]], tail: list[dict[str, Any]] | None = None,
         max_blocks: int = MAX_BLOCKS, max_chars: int = 12000) -> list[Message]:
    """Pack ``blocks`` into messages of at most ``max_blocks`` blocks and ``max_chars`` of
    block text; ``tail`` blocks (feedback buttons) stay together at the end of the last
    message. Each message's fallback text is its own text, shortened."""
    tail = tail or []
    messages: list[Message] = [Message("")]
    for b in list(blocks) + tail:
        cur = messages[-1]
        if cur.blocks and (len(cur.blocks) + 1 > max_blocks or cur.block_chars() + _block_chars(b) > max_chars):
            messages.append(Message(""))
            cur = messages[-1]
        cur.blocks.append(b)
    total = len(messages)
    for i, m in enumerate(messages, 1):
        parts = []
        for b in m.blocks:
            if b["type"] == "section":
                parts.append(b["text"]["text"])
            elif b["type"] == "context":
                parts.extend(e.get("text", "") for e in b["elements"])
        body = _plain("\n".join(parts)).strip() or "Safeguarding assistant answer"
        if total > 1:
            body = f"({i}/{total}) " + body
        m.text = body if len(body) <= FALLBACK_CHARS else body[: FALLBACK_CHARS - 1] + "…"
    return messages


def answer_messages(answer: Answer, answer_id: str | None = None, max_chars: int = 12000,
                    max_blocks: int = MAX_BLOCKS) -> list[Message]:
    """Render an :class:`~ingest.models.Answer` as one or more messages.

    * ``urgent``: the emergency text leads, under an urgent header;
    * ``not_found``: a clear "the documents don't cover this" message, nothing cited; for
      a conversation's first message that only points back (``extra["points_back"]``), the
      request to ask the whole question instead;
    * ``answered``: the answer in sections of ≤ 3,000 characters, then one context row
      per source, a short disclaimer and (with ``answer_id``) the feedback buttons.
    """
    body: list[dict[str, Any]] = []
    if answer.status == "not_found" and answer.extra.get("points_back"):
        # a first message that only points back ("what does that stand for?"): not a gap
        # in the documents, so say what is missing and how to ask
        body.append(_section(f"{POINTS_BACK_HEADER}\n{escape(answer.answer)}"))
    elif answer.status == "not_found":
        body.append(_section(f"{NOT_FOUND_HEADER}\n{NOT_FOUND_BODY}"))
    else:
        if answer.status == "urgent":
            body.append(_section(URGENT_HEADER))
        for piece in split_text(escape(answer.answer), SECTION_CHARS):
            body.append(_section(piece))
        if answer.citations:
            body.append(_context("*Sources*"))
            for c in answer.citations:
                body.append(_context(source_row(c)))
    body.append(_context(DISCLAIMER))
    tail = [feedback_actions(answer_id)] if answer_id else []
    return pack(body, tail, max_blocks=max_blocks, max_chars=max_chars)


def simple_message(text: str) -> Message:
    """A one-section message (refusals, apologies, warnings), text already mrkdwn."""
    pieces = split_text(text, SECTION_CHARS)
    return Message(_plain(text)[:FALLBACK_CHARS], [_section(p) for p in pieces[:MAX_BLOCKS]])


def redaction_warning(kinds: list[str]) -> Message:
    names = ", ".join(k.replace("_", " ") for k in kinds) or "personal details"
    return simple_message(REDACTION_WARNING.format(kinds=escape(names)))


def home_view(documents: list[dict[str, Any]], examples: list[str]) -> dict[str, Any]:
    """The App Home tab: what the bot is, the indexed documents with dates, examples."""
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": "Safeguarding Learning Assistant"}},
        _section("I answer questions from the partnership's safeguarding learning material, quoting the "
                 "documents with numbered sources (document, section, page). Mention me in a channel, "
                 "send me a direct message, or use `/safeguarding your question`."),
        _context(escape(DISCLAIMER) + " If a child is in immediate danger, call 999."),
        {"type": "divider"},
        _section(f"*What I cover* ({len(documents)} document{'s' if len(documents) != 1 else ''})"),
    ]
    room = HOME_MAX_BLOCKS - len(blocks) - 4
    if not documents:
        blocks.append(_context("Nothing is indexed yet. An administrator needs to run `assistant ingest`."))
    lines = []
    for d in documents:
        bits = [x for x in (one_line(d.get("doc_type")), one_line(str(d.get("date") or ""))) if x]
        lines.append(f"• *{escape(one_line(d.get('title')) or d.get('source', ''))}*"
                     + (f" — {escape(', '.join(bits))}" if bits else ""))
    for chunk in split_text("\n".join(lines), SECTION_CHARS) if lines else []:
        if room <= 0:
            break
        blocks.append(_section(chunk))
        room -= 1
    blocks.append({"type": "divider"})
    if examples:
        ex = "\n".join(f"• {escape(one_line(e))}" for e in examples)
        blocks.append(_section("*Try asking*\n" + ex[: SECTION_CHARS - 20]))
    return {"type": "home", "blocks": blocks[:HOME_MAX_BLOCKS]}


def feedback_modal(answer_id: str, rating: str, channel: str | None) -> dict[str, Any]:
    """Modal asking for an optional reason after a feedback click."""
    import json

    thanks = "Thanks — glad it helped." if rating == "helpful" else "Thanks — sorry it wasn't helpful."
    return {
        "type": "modal",
        "callback_id": FEEDBACK_MODAL,
        "private_metadata": json.dumps({"answer_id": answer_id, "rating": rating, "channel": channel}),
        "title": {"type": "plain_text", "text": "Feedback"},
        "submit": {"type": "plain_text", "text": "Send"},
        "close": {"type": "plain_text", "text": "Skip"},
        "blocks": [
            _section(f"{thanks} Your rating is saved. You can add a reason (optional)."),
            {"type": "input", "block_id": "reason_kind", "optional": True,
             "label": {"type": "plain_text", "text": "Reason"},
             "element": {"type": "static_select", "action_id": "value",
                         "placeholder": {"type": "plain_text", "text": "Pick one"},
                         "options": [{"text": {"type": "plain_text", "text": label}, "value": value}
                                     for value, label in FEEDBACK_REASONS]}},
            {"type": "input", "block_id": "reason_text", "optional": True,
             "label": {"type": "plain_text", "text": "Anything else? (no personal details please)"},
             "element": {"type": "plain_text_input", "action_id": "value", "multiline": True, "max_length": 500}},
        ],
    }

"""What the Slack listeners do, kept apart from bolt so it reads (and tests) plainly.

The listeners in :mod:`assistant.slack.app` only acknowledge and hand over to
:class:`SlackService`. The service talks to Slack through a ``slack_sdk.WebClient`` and
answers through any object with ``ask(question, filters=..., mode=..., front=...,
user_id=..., history=...) -> ingest.models.Answer`` (the real
:class:`assistant.chain.Assistant`, or a fake in tests).

Privacy: the raw question text is never logged; only ids, statuses and tracebacks are.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from typing import Any, Callable, Protocol

from slack_sdk.errors import SlackApiError

from assistant.slack import blocks as B
from assistant.slack.options import SlackOptions
from assistant.slack.store import SlackStore, hash_user
from ingest.models import Answer

log = logging.getLogger("assistant.slack")

#: Message subtypes that are still a person asking something: a thread reply also sent to
#: the channel, a message with a file attached (everything else is ignored: edits,
#: deletions, joins, bot messages, channel topic changes...).
_ANSWERABLE_SUBTYPES: frozenset[str] = frozenset({"thread_broadcast", "file_share"})


class Answerer(Protocol):
    def ask(self, question: str, **kw: Any) -> Answer: ...


def indexed_documents(store: Any) -> list[dict[str, Any]]:
    """The indexed documents for the App Home tab: ``title``, ``doc_type``, ``date``,
    ``source``, sorted by title (from ``Store.read_state()["files"]``)."""
    files = (store.read_state() or {}).get("files") or {}
    out = []
    for src, info in files.items():
        meta = info.get("meta") or {}
        out.append({
            "source": src,
            "title": info.get("title") or src,
            "doc_type": meta.get("doc_type"),
            "date": meta.get("date") or meta.get("period"),
        })
    return sorted(out, key=lambda d: (str(d["title"]).lower(), d["source"]))


class SlackService:
    """The Slack front's behaviour.

    Args:
        answerer: object with ``ask(...) -> Answer``.
        options: typed Slack options.
        store: SQLite state (de-dup, threads, answers, feedback, rate limit).
        documents: returns the indexed documents for App Home (default: read from
            ``answerer.store`` when it has one).
    """

    def __init__(self, answerer: Answerer, options: SlackOptions, store: SlackStore,
                 documents: Callable[[], list[dict[str, Any]]] | None = None):
        self.answerer = answerer
        self.options = options
        self.store = store
        if documents is None:
            backing = getattr(answerer, "store", None)
            documents = (lambda: indexed_documents(backing)) if backing is not None else (lambda: [])
        self.documents = documents

    # -- helpers --------------------------------------------------------------------------
    def _uhash(self, user: str | None) -> str:
        return hash_user(user, self.options.user_hash_salt)

    @staticmethod
    def is_dm(channel: str, channel_type: str | None) -> bool:
        return channel_type == "im" or (channel_type is None and channel.startswith("D"))

    def _post(self, client, channel: str, thread_ts: str | None, msg: B.Message) -> dict | None:
        kw: dict[str, Any] = dict(channel=channel, text=msg.text, blocks=msg.blocks,
                                  unfurl_links=False, unfurl_media=False)
        if thread_ts:
            kw["thread_ts"] = thread_ts
        try:
            return client.chat_postMessage(**kw).data
        except SlackApiError as exc:
            if exc.response.get("error") not in ("msg_blocks_too_long", "invalid_blocks", "msg_too_long"):
                raise
            log.warning("Slack rejected blocks (%s); sending plain text instead", exc.response.get("error"))
            last = None
            for piece in B.split_text(msg.text, B.SECTION_CHARS):
                kw.pop("blocks", None)
                kw["text"] = piece
                last = client.chat_postMessage(**kw).data
            return last

    def _ephemeral(self, client, channel: str, user: str, msg: B.Message, thread_ts: str | None = None,
                   respond: Callable | None = None) -> None:
        kw: dict[str, Any] = dict(channel=channel, user=user, text=msg.text, blocks=msg.blocks)
        if thread_ts:
            kw["thread_ts"] = thread_ts
        try:
            client.chat_postEphemeral(**kw)
        except SlackApiError as exc:
            if respond is None:
                raise
            # e.g. not_in_channel / channel_not_found: the command's response_url still works
            log.info("chat.postEphemeral failed (%s); replying through response_url", exc.response.get("error"))
            respond(text=msg.text, blocks=msg.blocks, response_type="ephemeral", replace_original=False)

    def _react(self, client, method: str, channel: str, ts: str) -> None:
        try:
            getattr(client, method)(channel=channel, timestamp=ts, name="eyes")
        except Exception as exc:  # a missing reaction must never stop an answer
            log.debug("%s failed: %s", method, exc)

    # -- which messages get answers --------------------------------------------------------
    def classify(self, event: dict[str, Any], kind: str, bot_user_id: str | None) -> str | None:
        """Why this event should be answered (``mention``, ``dm``, ``followup``) or ``None``.

        Args:
            kind: ``mention`` for ``app_mention`` events, ``message`` for ``message``.
        """
        if event.get("subtype") and event.get("subtype") not in _ANSWERABLE_SUBTYPES:
            return None  # edits (message_changed), deletions, joins, bot_message...
        if event.get("bot_id") or event.get("bot_profile") or event.get("edited"):
            return None
        user = event.get("user")
        if not user or (bot_user_id and user == bot_user_id):
            return None
        channel = event.get("channel") or ""
        if kind == "mention":
            return "mention"
        if self.is_dm(channel, event.get("channel_type")):
            return "dm"
        text = event.get("text") or ""
        if bot_user_id and f"<@{bot_user_id}" in text:
            return None  # the app_mention event for the same message answers it
        thread_ts, ts = event.get("thread_ts"), event.get("ts")
        if not thread_ts or thread_ts == ts or self.options.respond_only_when_mentioned:
            return None
        return "followup" if self.store.has_thread(channel, thread_ts) else None

    # -- events ---------------------------------------------------------------------------
    def handle_event(self, event: dict[str, Any], kind: str, client, bot_user_id: str | None) -> None:
        """Answer one ``app_mention`` or ``message`` event if it calls for an answer."""
        why = self.classify(event, kind, bot_user_id)
        if why is None:
            return
        channel, ts, user = event["channel"], event["ts"], event["user"]
        # One answer per message, whichever of message/app_mention (or a retry) comes first.
        if not self.store.claim(f"msg:{channel}:{ts}"):
            log.info("message %s/%s already handled; skipping (%s)", channel, ts, kind)
            return
        is_dm = why == "dm"
        in_thread = bool(event.get("thread_ts")) and event.get("thread_ts") != ts
        reply_ts = event.get("thread_ts") or (None if is_dm else ts)
        if not self.options.channel_allowed(channel, is_dm):
            self._post(client, channel, reply_ts, B.simple_message(self.options.refusal_text))
            log.info("refused: channel %s not in the allowlist", channel)
            return
        if not self.store.rate_hit(self._uhash(user), self.options.rate_limit_per_minute,
                                   self.options.rate_limit_window_seconds):
            self._ephemeral(client, channel, user, B.simple_message(B.RATE_LIMITED), thread_ts=reply_ts)
            return
        question = B.message_text(event.get("text") or "", bot_user_id)
        if not question:
            self._post(client, channel, reply_ts, B.simple_message(
                "Hello! Ask me a question about the safeguarding documents and I'll answer with sources."))
            return
        # conversation key: the thread, or the whole DM outside threads
        conv_ts = event.get("thread_ts") or ("dm" if is_dm else ts)
        since = time.time() - self.options.dm_history_minutes * 60 if conv_ts == "dm" else None
        history = self.store.history(channel, conv_ts, self.options.history_turns, since=since)
        if not history and in_thread:
            history = self._replies_history(client, channel, event["thread_ts"], ts, bot_user_id)
        filters = self.options.filters_for(channel, user, private=is_dm)
        self._react(client, "reactions_add", channel, ts)
        try:
            answer = self.answerer.ask(question, filters=filters, mode=self.options.mode, front="slack",
                                       user_id=user, history=history or None)
            answer_id = uuid.uuid4().hex[:12]
            # recorded before posting, so a fast click or follow-up always finds them
            self.store.add_answer(answer_id, channel, reply_ts, self._uhash(user), answer.status,
                                  [B.source_key(c) for c in answer.citations])
            self.store.add_turn(channel, conv_ts, answer.question, answer.answer[:4000])
            self._deliver_in_conversation(client, channel, user, reply_ts, answer, answer_id)
            log.info("answered %s in %s (status=%s, citations=%d, answer=%s)", why, channel, answer.status,
                     len(answer.citations), answer_id)
        except Exception:
            log.exception("Slack: answering failed (channel=%s, ts=%s, kind=%s); question not logged", channel, ts, why)
            try:
                self._post(client, channel, reply_ts, B.simple_message(B.APOLOGY))
            except Exception:
                log.exception("Slack: could not post the apology either (channel=%s)", channel)
        finally:
            self._react(client, "reactions_remove", channel, ts)

    def _deliver_in_conversation(self, client, channel: str, user: str, reply_ts: str | None,
                                 answer: Answer, answer_id: str) -> None:
        messages = B.answer_messages(answer, answer_id, max_chars=self.options.max_message_chars)
        warning = B.redaction_warning(answer.extra["redacted"]) if answer.extra.get("redacted") else None
        if warning and answer.status != "urgent":
            self._ephemeral(client, channel, user, warning, thread_ts=reply_ts)
        for m in messages:  # urgent: the emergency text goes out before anything else
            self._post(client, channel, reply_ts, m)
        if warning and answer.status == "urgent":
            self._ephemeral(client, channel, user, warning, thread_ts=reply_ts)

    def _replies_history(self, client, channel: str, thread_ts: str, current_ts: str,
                         bot_user_id: str | None) -> list[tuple[str, str]]:
        """Earlier (question, bot answer) pairs of a thread, read with conversations.replies
        (used when this replica holds no stored state for the thread)."""
        try:
            msgs = client.conversations_replies(channel=channel, ts=thread_ts, limit=50).get("messages") or []
        except Exception as exc:
            log.debug("conversations.replies failed: %s", exc)
            return []
        pairs: list[tuple[str, str]] = []
        pending: str | None = None
        for m in msgs:
            if m.get("ts") == current_ts:
                break
            from_bot = bool(m.get("bot_id")) or (bot_user_id and m.get("user") == bot_user_id)
            if from_bot and pending:
                pairs.append((pending, B.message_text(m.get("text") or "")))
                pending = None
            elif not from_bot and not m.get("subtype"):
                pending = B.message_text(m.get("text") or "", bot_user_id) or pending
        return pairs[-self.options.history_turns:] if self.options.history_turns else []

    # -- slash command ---------------------------------------------------------------------
    def handle_command(self, command: dict[str, Any], client, respond: Callable | None = None) -> None:
        """``/safeguarding QUESTION``: an ephemeral answer to the asker only."""
        user, channel = command.get("user_id") or "", command.get("channel_id") or ""
        is_dm = channel.startswith("D") or command.get("channel_name") == "directmessage"
        question = B.message_text(command.get("text") or "")
        say = lambda m: self._ephemeral(client, channel, user, m, respond=respond)  # noqa: E731
        if not question:
            say(B.simple_message(B.EMPTY_QUESTION))
            return
        if not self.options.channel_allowed(channel, is_dm):
            say(B.simple_message(self.options.refusal_text))
            return
        if not self.store.rate_hit(self._uhash(user), self.options.rate_limit_per_minute,
                                   self.options.rate_limit_window_seconds):
            say(B.simple_message(B.RATE_LIMITED))
            return
        try:
            answer = self.answerer.ask(question, filters=self.options.filters_for(channel, user, private=True),
                                       mode=self.options.mode, front="slack", user_id=user)
            answer_id = uuid.uuid4().hex[:12]
            self.store.add_answer(answer_id, channel, None, self._uhash(user), answer.status,
                                  [B.source_key(c) for c in answer.citations])
            messages = B.answer_messages(answer, answer_id, max_chars=self.options.max_message_chars)
            warning = B.redaction_warning(answer.extra["redacted"]) if answer.extra.get("redacted") else None
            if warning and answer.status != "urgent":
                say(warning)
            for m in messages:
                say(m)
            if warning and answer.status == "urgent":
                say(warning)
            log.info("answered /command in %s (status=%s, answer=%s)", channel, answer.status, answer_id)
        except Exception:
            log.exception("Slack: slash command failed (channel=%s); question not logged", channel)
            try:
                say(B.simple_message(B.APOLOGY))
            except Exception:
                log.exception("Slack: could not send the apology either (channel=%s)", channel)

    # -- App Home ---------------------------------------------------------------------------
    def publish_home(self, user: str, client) -> None:
        try:
            docs = self.documents()
        except Exception:
            log.exception("Slack: could not list indexed documents for App Home")
            docs = []
        client.views_publish(user_id=user, view=B.home_view(docs, self.options.examples))

    # -- feedback --------------------------------------------------------------------------
    def handle_feedback_click(self, body: dict[str, Any], client) -> None:
        """Store a Helpful / Not helpful click, then offer the optional-reason modal."""
        action = (body.get("actions") or [{}])[0]
        rating = "helpful" if action.get("action_id") == B.ACTION_HELPFUL else "not_helpful"
        answer_id = action.get("value") or ""
        user = (body.get("user") or {}).get("id")
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        self.store.record_feedback(answer_id, channel, self._uhash(user), rating)
        log.info("feedback %s on answer %s", rating, answer_id)
        try:
            if not body.get("trigger_id"):
                raise ValueError("no trigger_id")
            client.views_open(trigger_id=body["trigger_id"], view=B.feedback_modal(answer_id, rating, channel))
        except Exception as exc:
            log.debug("views.open failed (%s); thanking in channel instead", exc)
            if channel and user:
                try:
                    client.chat_postEphemeral(channel=channel, user=user, text="Thanks for the feedback.")
                except Exception:
                    pass

    def handle_feedback_reason(self, view: dict[str, Any], user: str | None) -> None:
        """The feedback modal was submitted: store the (redacted) reason."""
        from assistant.safety import redact

        meta = json.loads(view.get("private_metadata") or "{}")
        values = (view.get("state") or {}).get("values") or {}
        kind = ((values.get("reason_kind") or {}).get("value") or {}).get("selected_option") or {}
        text = ((values.get("reason_text") or {}).get("value") or {}).get("value") or ""
        parts = [p for p in (kind.get("value"), redact(text.strip()).text if text.strip() else "") if p]
        if not parts or not meta.get("answer_id"):
            return
        uh = self._uhash(user)
        if not self.store.set_feedback_reason(meta["answer_id"], uh, ": ".join(parts)):
            self.store.record_feedback(meta["answer_id"], meta.get("channel"), uh,
                                       meta.get("rating") or "not_helpful", ": ".join(parts))

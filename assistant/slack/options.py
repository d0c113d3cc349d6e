"""Typed options for the Slack front, parsed from the free-form ``Settings.slack`` dict.

They come from the settings file (``[slack]`` table in ``assistant.toml`` / ``slack:`` in
``assistant.yaml``) or from the ``ASSISTANT_SLACK`` environment variable holding JSON, e.g.::

    [slack]
    allowed_channels = ["C0123DSL", "C0456PRACT"]
    respond_only_when_mentioned = false
    rate_limit_per_minute = 6

    [slack.channel_filters.C0123DSL]
    doc_types = ["guidance", "learning sheet"]

    [slack.channel_access]
    C0789CASEREV = ["case-review-group"]

Channel and user keys are Slack ids (``C…``/``G…``/``D…``, ``U…``), as events carry them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, field_validator

from assistant.store import Filters

DEFAULT_EXAMPLES = [
    "What are the key learning points from the Child M review?",
    "How many children were subject to a child protection plan in 2020-21?",
    "What should I do if a child goes missing from education?",
    "What did the annual report say about neglect?",
]


class ChannelFilter(BaseModel):
    """Document restriction for one channel (all given fields must match)."""

    model_config = {"extra": "forbid"}

    doc_types: list[str] = Field(default_factory=list, description="Allowed document types (any of).")
    year: int | None = None
    source: str | None = None

    @field_validator("doc_types", mode="before")
    @classmethod
    def _one_or_many(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v


class SlackOptions(BaseModel):
    """Every option of the Slack front, with its default."""

    # (a misspelt key is an error: "allowed_channel" would otherwise open every channel)
    model_config = {"extra": "forbid"}

    allowed_channels: list[str] = Field(default_factory=list,
        description="Channel ids the bot answers in; empty = every channel it is invited to.")
    allow_dms: bool = Field(True, description="Answer direct messages (the allowlist does not apply to DMs).")
    refusal_text: str = ("Sorry, I'm not set up to answer in this channel. "
                         "Please ask in one of the safeguarding channels or send me a direct message.")
    channel_filters: dict[str, ChannelFilter] = Field(default_factory=dict,
        description="Channel id -> document filter (e.g. doc_types guidance + learning sheet).")
    channel_access: dict[str, list[str]] = Field(default_factory=dict,
        description="Channel id -> access tags whose restricted documents may be answered there.")
    user_access: dict[str, list[str]] = Field(default_factory=dict,
        description="User id -> access tags; used only where the answer is private to that user "
                    "(DMs, slash-command replies).")
    respond_only_when_mentioned: bool = Field(False,
        description="In channels, answer thread follow-ups only when the bot is mentioned.")
    rate_limit_per_minute: int = Field(6, ge=0, description="Questions per user per window; 0 = no limit.")
    rate_limit_window_seconds: int = Field(60, ge=1)
    history_turns: int = Field(3, ge=0, description="Earlier turns of a thread used to condense a follow-up.")
    dm_history_minutes: int = Field(10, ge=0,
        description="In a DM outside threads, earlier turns this recent count as the conversation.")
    mode: str | None = Field(None, description="Answer mode for Slack (extractive|llm); default Settings.mode.")
    examples: list[str] = Field(default_factory=lambda: list(DEFAULT_EXAMPLES),
        description="Example questions shown on the App Home tab.")
    user_hash_salt: str = Field("", description="Salt mixed into hashed user ids (feedback, rate limit).")
    listener_threads: int = Field(16, ge=2, le=256,
        description="Worker threads for listeners and answers (concurrent questions per process).")
    max_message_chars: int = Field(12000, ge=3000, le=40000,
        description="Budget of block text per message; longer answers continue in another message.")

    @classmethod
    def from_settings(cls, settings: Any) -> "SlackOptions":
        """Options from ``settings.slack`` (a dict).

        Raises:
            ValueError: an unknown key (with the closest known one) or a bad value, in one
                line naming the key (``slack.allowed_channel: unknown option ...``).
        """
        from pydantic import ValidationError

        try:
            return cls.model_validate(getattr(settings, "slack", None) or {})
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = [str(p) for p in first.get("loc", ())]
            where = ".".join(["slack", *loc])
            if first.get("type") == "extra_forbidden":
                import difflib

                known = list(ChannelFilter.model_fields if len(loc) > 2 and loc[0] == "channel_filters" else cls.model_fields)
                close = difflib.get_close_matches(loc[-1], known, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                raise ValueError(f"{where}: unknown option{hint}") from None
            raise ValueError(f"{where}: {first.get('msg')}") from None

    # -- policy helpers -----------------------------------------------------------------
    def channel_allowed(self, channel: str, is_dm: bool) -> bool:
        if is_dm:
            return self.allow_dms
        return not self.allowed_channels or channel in self.allowed_channels

    def filters_for(self, channel: str, user: str | None, private: bool) -> Filters:
        """Retrieval filters for a question asked in ``channel`` by ``user``.

        Args:
            private: the answer is seen only by the asker (DM, ephemeral reply); then the
                user's own access tags are added to the channel's.
        """
        tags = list(self.channel_access.get(channel, []))
        if private and user:
            tags += [t for t in self.user_access.get(user, []) if t not in tags]
        cf = self.channel_filters.get(channel)
        kw: dict[str, Any] = {"access": tags or None}
        if cf is None:
            return Filters(**kw)
        kw.update(year=cf.year, source=cf.source)
        if len(cf.doc_types) <= 1:
            return Filters(doc_type=cf.doc_types[0] if cf.doc_types else None, **kw)
        return MultiTypeFilters(doc_types=list(cf.doc_types), **kw)


class MultiTypeFilters(Filters):
    """:class:`~assistant.store.Filters` that accepts any of several document types.

    ``Filters.doc_type`` holds one type; a channel such as a DSL forum may see guidance
    *and* learning sheets. The predicate is still applied inside both searches: the Chroma
    ``where`` clause gets ``doc_type $in [...]`` and the keyword mask uses :meth:`allows`.
    """

    def __init__(self, doc_types: list[str], **kw: Any):
        super().__init__(**kw)
        self.doc_types = doc_types

    def allows(self, meta: dict[str, Any]) -> bool:
        return super().allows(meta) and meta.get("doc_type") in self.doc_types

    def where(self) -> dict[str, Any] | None:
        base = super().where()
        clause = {"doc_type": {"$in": list(self.doc_types)}}
        if base is None:
            return clause
        if "$and" in base:
            return {"$and": base["$and"] + [clause]}
        return {"$and": [base, clause]}

    def __repr__(self) -> str:
        return f"MultiTypeFilters(doc_types={self.doc_types!r}, access={self.access!r}, year={self.year!r}, source={self.source!r})"

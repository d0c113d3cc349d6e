"""LLM answerer: a fluent answer from the retrieved passages, checked sentence by sentence.

The chat model comes from LangChain's integrations:

* ``ASSISTANT_LLM_PROVIDER=openai`` -> :class:`langchain_openai.ChatOpenAI` (OpenAI, Azure
  OpenAI's ``/openai/v1`` endpoint, vLLM, llama.cpp ``llama-server``, LM Studio... anything
  that speaks ``POST /v1/chat/completions``);
* ``ASSISTANT_LLM_PROVIDER=ollama`` -> :class:`langchain_ollama.ChatOllama` (``POST /api/chat``).

Flow of :meth:`LLMAnswerer.answer`:

1. render ``prompts/system.txt`` and ``prompts/answer.txt`` with the numbered, delimited
   passages (:mod:`assistant.prompts`);
2. call the model; timeouts, connection errors, 5xx and 429 are retried with exponential
   back-off (``llm_max_retries`` times; the client libraries' own retries are off so the
   timing is ours); other errors are not retried;
3. check every sentence (:class:`assistant.answer.verify.CitationVerifier`): uncited,
   unsupported sentences and citations to missing passages are removed;
4. if the model failed, or nothing supported survives, return the extractive ``fallback``
   answer with ``extra["fallback"] = "extractive"``, ``extra["fallback_reason"]`` and a
   one-line ``extra["notice"]``. The user always gets an answer.

``answer.extra`` of an LLM answer carries ``mode`` (``"llm"``), ``sentence_support`` (one
record per sentence, see :class:`~assistant.answer.verify.Verification`), ``llm_stats``
(``sentences``, ``supported``, ``citations``, ``valid_citations``, rates), ``removed`` (the
removed sentences with their reasons) and ``llm_model``.
"""

from __future__ import annotations

import logging
import random
import re
import time
from dataclasses import replace
from typing import Any, Callable, Iterator, Sequence

from assistant.answer.verify import CitationVerifier, DEFAULT_THRESHOLD
from assistant.embeddings import Embedder
from assistant.prompts import format_history, format_passages, load_prompt, neutralise, render
from ingest.models import Answer, Passage

log = logging.getLogger(__name__)


class LLMUnavailable(RuntimeError):
    """The model could not be reached after the retries (or failed with a non-retryable
    error)."""


def is_retryable(exc: BaseException) -> bool:
    """Timeouts, connection errors, 5xx responses and rate limits (429)."""
    try:
        import openai

        if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError,
                            openai.InternalServerError)):
            return True
        if isinstance(exc, openai.APIStatusError):
            return exc.status_code == 429 or exc.status_code >= 500
    except ImportError:  # pragma: no cover
        pass
    try:
        import ollama

        if isinstance(exc, ollama.ResponseError):
            return exc.status_code == 429 or exc.status_code >= 500
    except ImportError:  # pragma: no cover
        pass
    import httpx

    if isinstance(exc, (httpx.TimeoutException, httpx.TransportError)):
        return True
    if isinstance(exc, httpx.HTTPStatusError):
        return exc.response.status_code == 429 or exc.response.status_code >= 500
    return isinstance(exc, (TimeoutError, ConnectionError))


def _retry_after(exc: BaseException) -> float | None:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    value = headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def describe(exc: BaseException) -> str:
    """Short, user-safe description of a model failure."""
    name = type(exc).__name__
    status = getattr(exc, "status_code", None)
    if status is None and getattr(exc, "response", None) is not None:
        status = getattr(exc.response, "status_code", None)
    if "Timeout" in name or isinstance(exc, TimeoutError):
        return "the model did not answer in time"
    if status == 429:
        return "the model is rate-limited (HTTP 429)"
    if isinstance(status, int) and status >= 500:
        return f"the model server returned an error (HTTP {status})"
    if "Connect" in name or isinstance(exc, ConnectionError):
        return "the model server could not be reached"
    return f"the model call failed ({name})"


class LLMAnswerer:
    """Writes cited answers with a chat model and verifies them.

    Args:
        settings: :class:`assistant.config.Settings` (``llm_provider``, ``llm_base_url``,
            ``llm_model``, ``llm_api_key``, ``llm_timeout``, ``llm_max_retries``).
        embedder: the embedding model (for the citation verifier).
        chat_model: an already-built LangChain chat model (tests, custom providers).
        backoff: first back-off delay in seconds (doubled each retry, with jitter, capped
            at ``max_backoff``); a ``Retry-After`` header on a 429 is honoured up to the cap.
        threshold: the verifier's support threshold.
    """

    def __init__(self, settings, embedder: Embedder, chat_model=None, backoff: float | None = None,
                 max_backoff: float = 8.0, threshold: float | None = None):
        self.settings = settings
        self.provider = (settings.llm_provider or "openai").lower()
        self.model_name = settings.llm_model or ("llama3.1" if self.provider == "ollama" else "gpt-4o-mini")
        self.timeout = float(settings.llm_timeout)
        self.max_retries = max(0, int(settings.llm_max_retries))
        self.backoff = float(backoff if backoff is not None else getattr(settings, "llm_backoff", 0.5) or 0.5)
        self.max_backoff = max_backoff
        self.verifier = CitationVerifier(embedder, threshold=threshold if threshold is not None
                                         else float(getattr(settings, "llm_support_threshold", DEFAULT_THRESHOLD) or DEFAULT_THRESHOLD))
        self._chat = chat_model
        self._sleep: Callable[[float], None] = time.sleep

    # -- model ---------------------------------------------------------------------------
    @property
    def chat(self):
        """The LangChain chat model (built on first use)."""
        if self._chat is None:
            self._chat = self.build_chat_model()
        return self._chat

    def build_chat_model(self):
        """``ChatOpenAI`` or ``ChatOllama`` from the settings (client retries off)."""
        if self.provider == "ollama":
            from langchain_ollama import ChatOllama

            kwargs: dict[str, Any] = {"model": self.model_name, "temperature": 0,
                                      "client_kwargs": {"timeout": self.timeout}}
            if self.settings.llm_base_url:
                kwargs["base_url"] = self.settings.llm_base_url
            if self.settings.llm_api_key:  # e.g. an authenticating reverse proxy
                kwargs["client_kwargs"]["headers"] = {"Authorization": f"Bearer {self.settings.llm_api_key}"}
            return ChatOllama(**kwargs)
        if self.provider == "openai":
            from langchain_openai import ChatOpenAI

            return ChatOpenAI(
                base_url=self.settings.llm_base_url or None,
                # local servers (vLLM, llama.cpp) accept any key; the client insists on one
                api_key=self.settings.llm_api_key or "not-needed",
                model=self.model_name,
                timeout=self.timeout,
                max_retries=0,
                temperature=0,
            )
        raise ValueError(f"unknown LLM provider {self.provider!r} (expected 'openai' or 'ollama')")

    # -- prompts -------------------------------------------------------------------------
    def messages(self, question: str, passages: Sequence[Passage]) -> list:
        """System + user messages for ``question`` over ``passages``."""
        from langchain_core.messages import HumanMessage, SystemMessage

        user = render("answer", passages=format_passages(passages), question=neutralise(question),
                      count=len(passages))
        return [SystemMessage(content=load_prompt("system")), HumanMessage(content=user)]

    # -- retries -------------------------------------------------------------------------
    def _delay(self, attempt: int, exc: BaseException) -> float:
        delay = min(self.max_backoff, self.backoff * (2 ** attempt)) * (0.8 + 0.4 * random.random())
        ra = _retry_after(exc)
        if ra is not None:
            delay = max(delay, min(ra, self.max_backoff))
        return delay

    def _with_retries(self, call: Callable[[], Any]) -> Any:
        attempt = 0
        while True:
            try:
                return call()
            except Exception as exc:  # noqa: BLE001 - classified below
                if not is_retryable(exc) or attempt >= self.max_retries:
                    raise LLMUnavailable(describe(exc)) from exc
                delay = self._delay(attempt, exc)
                log.info("LLM call failed (%s); retry %d/%d in %.2fs", describe(exc), attempt + 1, self.max_retries, delay)
                self._sleep(delay)
                attempt += 1

    @staticmethod
    def _text(message) -> str:
        content = getattr(message, "content", message)
        if isinstance(content, list):  # content blocks
            content = "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
        text = str(content or "")
        # reasoning models served raw may prepend their thinking
        return re.sub(r"<think>.*?</think>", "", text, flags=re.S).strip()

    # -- answering -----------------------------------------------------------------------
    def generate(self, question: str, passages: Sequence[Passage]) -> str:
        """The model's raw answer text (with retries).

        Raises:
            LLMUnavailable: the model failed after the retries.
        """
        msgs = self.messages(question, passages)
        return self._text(self._with_retries(lambda: self.chat.invoke(msgs)))

    def answer(self, question: str, passages: Sequence[Passage], fallback: Answer) -> Answer:
        """A verified LLM answer, or ``fallback`` (marked) when that is impossible.

        Args:
            question: the standalone, redacted question.
            passages: the retrieved passages, numbered from 1 in the prompt.
            fallback: the extractive answer to the same question.
        """
        t = time.perf_counter()
        try:
            draft = self.generate(question, passages)
        except LLMUnavailable as exc:
            return self._fallback(fallback, f"llm_error: {exc}",
                                  f"The language model was unavailable ({exc}); showing the extractive answer.")
        return self.finish(question, passages, draft, fallback, llm_ms=(time.perf_counter() - t) * 1000)

    def finish(self, question: str, passages: Sequence[Passage], draft: str, fallback: Answer,
               llm_ms: float | None = None) -> Answer:
        """Verify ``draft`` and build the answer (or the marked fallback)."""
        t = time.perf_counter()
        v = self.verifier.verify(draft, passages)
        verify_ms = (time.perf_counter() - t) * 1000
        removed = [{"sentence": r["sentence"], "reason": r["reason"]} for r in v.records if not r["kept"]]
        extra = {"sentence_support": v.records, "llm_stats": v.stats, "removed": removed,
                 "llm_model": f"{self.provider}:{self.model_name}", "llm_draft": draft}
        if v.suspicious_passages:
            extra["suspicious_passages"] = v.suspicious_passages
        if not v.ok:
            reason = "no sentence of the model's answer was cited and supported by the passages"
            out = self._fallback(fallback, reason, "The language model's answer could not be checked against the documents; showing the extractive answer.")
            out.extra.update(extra)
            return out
        timings = dict(fallback.timings_ms)
        if llm_ms is not None:
            timings["llm"] = llm_ms
        timings["verify"] = verify_ms
        # keep what the chain recorded (redactions, relevance...), not extractive-only notes
        base = {k: val for k, val in fallback.extra.items() if k not in ("glossary", "notice", "fallback", "fallback_reason")}
        base.update(extra)
        base["mode"] = "llm"
        if removed:
            base["notice"] = f"{len(removed)} sentence(s) of the model's answer were removed because they were not supported by a cited passage."
        return Answer(question=fallback.question or question, status="answered", answer=v.text,
                      citations=v.citations, retrieved=list(passages), timings_ms=timings, extra=base)

    @staticmethod
    def _fallback(fallback: Answer, reason: str, notice: str) -> Answer:
        out = replace(fallback, extra=dict(fallback.extra), timings_ms=dict(fallback.timings_ms),
                      citations=list(fallback.citations), retrieved=list(fallback.retrieved))
        out.extra.update(mode="extractive", fallback="extractive", fallback_reason=reason, notice=notice)
        return out

    def stream(self, question: str, passages: Sequence[Passage], fallback: Answer) -> Iterator[str]:
        """Yield the model's tokens as they arrive; the generator's return value
        (``StopIteration.value``, or ``yield from``) is the verified :class:`Answer`,
        exactly as :meth:`answer` would build it (see :class:`AnswerStream` for a wrapper
        that keeps it).

        Connection failures before the first token are retried; a failure after tokens
        were shown falls back to the extractive answer.
        """
        msgs = self.messages(question, passages)
        parts: list[str] = []
        t = time.perf_counter()
        attempt = 0
        while True:
            try:
                for chunk in self.chat.stream(msgs):
                    content = getattr(chunk, "content", "")
                    token = content if isinstance(content, str) else "".join(
                        b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
                    if token:
                        parts.append(token)
                        yield token
                break
            except Exception as exc:  # noqa: BLE001
                if parts or not is_retryable(exc) or attempt >= self.max_retries:
                    why = describe(exc) + (" after part of the answer was shown" if parts else "")
                    return self._fallback(fallback, f"llm_error: {why}",
                                          f"The language model was unavailable ({why}); showing the extractive answer.")
                self._sleep(self._delay(attempt, exc))
                attempt += 1
        draft = self._text("".join(parts))
        return self.finish(question, passages, draft, fallback, llm_ms=(time.perf_counter() - t) * 1000)

    # -- conversation ----------------------------------------------------------------------
    def condense(self, history: Sequence[tuple[str, str]], question: str) -> str:
        """Standalone version of the follow-up ``question`` (raises on model failure so
        the caller can fall back to the heuristic)."""
        from langchain_core.messages import HumanMessage

        prompt = render("condense", history=format_history(history), question=neutralise(question))
        text = self._text(self._with_retries(lambda: self.chat.invoke([HumanMessage(content=prompt)])))
        line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        line = re.sub(r"^(standalone question|question)\s*:\s*", "", line, flags=re.I).strip().strip('"“”\'')
        if not line or len(line) > 500:
            return question
        return line


class AnswerStream:
    """Iterate over tokens of :meth:`LLMAnswerer.stream`; afterwards ``.answer`` holds the
    verified answer."""

    def __init__(self, gen: Iterator[str]):
        self._gen = gen
        self.answer: Answer | None = None

    def __iter__(self) -> Iterator[str]:
        self.answer = yield from self._gen


__all__ = ["LLMAnswerer", "LLMUnavailable", "AnswerStream", "is_retryable", "describe"]

"""Prompt templates, kept as plain files in the repository's ``prompts/`` folder.

``load_prompt("system")`` reads ``prompts/system.txt``; ``render("answer", ...)`` fills a
template's ``$name`` placeholders (:class:`string.Template`, so braces in document text
are harmless). ``ASSISTANT_PROMPTS_DIR`` points at another folder (a partnership's own
wording) without touching the code.

Passages are wrapped as ``<passage n="1" source="..." page="...">...</passage>``. Anything in
the passage text (or in the question) that could pose as a delimiter or a chat-template
control token is neutralised first by :func:`neutralise`: angle brackets and their
look-alikes become single guillemets (``‹ ›``), and tokens such as ``[INST]`` or
``<|im_start|>`` are defused, so a document cannot close its own ``<passage>`` element
and speak as the system.
"""

from __future__ import annotations

import os
import re
import string
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from assistant.config import REPO_ROOT

PROMPTS_DIR = REPO_ROOT / "prompts"

# angle brackets and Unicode look-alikes (fullwidth, small, CJK, mathematical, heavy)
_ANGLE_OPEN = "<＜﹤〈⟨〈❮❬⧼"
_ANGLE_CLOSE = ">＞﹥〉⟩〉❯❭⧽"
_ANGLE_TABLE = str.maketrans({**{c: "‹" for c in _ANGLE_OPEN}, **{c: "›" for c in _ANGLE_CLOSE}})
# chat-template control tokens some servers pass through verbatim
_CONTROL = re.compile(r"\[/?(?:INST|SYS|SYSTEM)\]|<<\s*/?SYS\s*>>|\|im_(?:start|end)\||\|(?:system|user|assistant|eot_id|begin_of_text|end_of_text)\|",
                      re.I)


def prompts_dir() -> Path:
    """The folder templates are read from (``ASSISTANT_PROMPTS_DIR`` or ``prompts/``)."""
    return Path(os.environ.get("ASSISTANT_PROMPTS_DIR") or PROMPTS_DIR)


@lru_cache(maxsize=32)
def _read(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def load_prompt(name: str) -> str:
    """Text of ``prompts/<name>.txt`` (cached).

    Raises:
        FileNotFoundError: no such template.
    """
    path = prompts_dir() / (name if name.endswith(".txt") else f"{name}.txt")
    return _read(str(path)).strip("\n")


def render(name: str, **values: object) -> str:
    """Template ``name`` with its ``$placeholders`` filled from ``values``.

    Raises:
        KeyError: a placeholder has no value.
    """
    return string.Template(load_prompt(name)).substitute({k: str(v) for k, v in values.items()})


def neutralise(text: str) -> str:
    """``text`` with delimiter look-alikes defused: every angle bracket (and its Unicode
    look-alikes) becomes ``‹``/``›`` and chat-template control tokens lose their brackets,
    so nothing inside can open or close a ``<passage>`` element or a chat turn."""
    text = _CONTROL.sub(lambda m: re.sub(r"[\[\]<>|]", "", m.group(0)), text)
    return text.translate(_ANGLE_TABLE)


def _attr(value: object) -> str:
    return neutralise(str(value)).replace('"', "'").replace("\n", " ")


def format_passage(n: int, passage) -> str:
    """One ``<passage n=... source=... page=...>text</passage>`` element."""
    c = passage.chunk
    attrs = [f'n="{n}"', f'source="{_attr(c.source)}"', f'title="{_attr(c.title)}"']
    if c.section:
        attrs.append(f'section="{_attr(c.section)}"')
    if c.page_start:
        attrs.append(f'page="{c.page_start}"' if c.page_end in (None, c.page_start) else f'pages="{c.page_start}-{c.page_end}"')
    date = (c.metadata or {}).get("date")
    if date:
        attrs.append(f'date="{_attr(date)}"')
    return f"<passage {' '.join(attrs)}>\n{neutralise(c.text)}\n</passage>"


def format_passages(passages: Sequence) -> str:
    """All passages, numbered from 1 in retrieval order."""
    return "\n\n".join(format_passage(i, p) for i, p in enumerate(passages, 1))


def format_history(history: Sequence[tuple[str, str]], max_turns: int = 3, max_answer_chars: int = 400) -> str:
    """The last ``max_turns`` ``(question, answer)`` turns as ``Practitioner:``/``Assistant:``
    lines (answers shortened), neutralised like passages."""
    lines = []
    for q, a in list(history)[-max_turns:]:
        a = " ".join((a or "").split())
        if len(a) > max_answer_chars:
            a = a[: max_answer_chars - 1].rstrip() + "…"
        lines.append(f"Practitioner: {neutralise(q)}")
        lines.append(f"Assistant: {neutralise(a)}")
    return "\n".join(lines)


__all__ = ["PROMPTS_DIR", "load_prompt", "render", "neutralise", "format_passage", "format_passages", "format_history"]

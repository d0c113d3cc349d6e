"""``assistant chat``: a conversation in the terminal.

Each turn goes through :meth:`assistant.chain.Assistant.ask` with the conversation so far,
so a follow-up ("and how many from care?") is condensed into a standalone question first
(by the LLM when one is configured, heuristically otherwise) and screened, redacted,
retrieved and audited like any other question. In ``--mode llm`` the model's tokens are
streamed to the terminal as they arrive; the checked answer (unsupported sentences removed,
citations with verbatim quotes) is then printed with its sources. If the model is down the
extractive answer is shown with a one-line notice.

Commands inside the REPL: ``/new`` (forget the conversation), ``/sources`` (the last
answer's passages), ``/help``, ``/quit`` (or Ctrl-D).
"""

from __future__ import annotations

from typing import Optional

import typer

HELP = ("Type a question. /new (or /reset) starts a new conversation, /sources shows the last answer's passages, "
        "/help shows this, /quit (or /exit, Ctrl-D) exits.")

#: REPL commands; any other line starting with "/" is flagged, not asked as a question
COMMANDS = ("/new", "/reset", "/sources", "/help", "/quit", "/exit")


def sources_lines(answer) -> list[str]:
    """The last answer's passages for ``/sources``, one line each, best first.

    Each line gives the passage's title, section path and page span ("p. 12-13" when it
    runs over two pages), then the citations drawn from it with the page of each quote
    ("cited [1] p. 13"), so the pages agree with the answer's Sources table.

    Args:
        answer: an :class:`ingest.models.Answer`, or ``None`` before the first question.

    Returns:
        lines of plain text (no markup); one explanatory line when there is no answer yet
        or the last answer retrieved nothing (an urgent signpost, a refusal before search).
    """
    if answer is None:
        return ["No answer yet: ask a question first."]
    if not answer.retrieved:
        return ["The last answer used no passages."]
    lines = []
    for i, p in enumerate(answer.retrieved, 1):
        c = p.chunk
        if c.page_start and c.page_end and c.page_end != c.page_start:
            pages = f"p. {c.page_start}-{c.page_end}"
        else:
            pages = f"p. {c.page_start or '-'}"
        cited = [cit for cit in answer.citations
                 if cit.source == c.source and " ".join(cit.quote.split()) in " ".join(c.text.split())]
        line = f"[{i}] {c.title} · {c.section or '-'} · {pages}"
        if cited:
            line += " · cited " + ", ".join(f"[{cit.n}] p. {cit.pages or '-'}" for cit in cited)
        lines.append(line)
    return lines


def _render_notes(answer, err) -> None:
    extra = answer.extra
    if extra.get("notice"):
        err.print(f"[yellow]{extra['notice']}[/]", highlight=False, markup=True)
    for r in extra.get("removed") or []:
        err.print(f"[dim]removed ({r['reason']}): {r['sentence']}[/]", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``assistant chat`` to ``app``."""

    @app.command("chat")
    def chat(
        mode: Optional[str] = typer.Option(None, "--mode", help="extractive (default, no LLM) or llm (needs ASSISTANT_LLM_PROVIDER)."),
        doc_type: Optional[str] = typer.Option(None, "--type", help="Only this document type."),
        year: Optional[int] = typer.Option(None, "--year", help="Only documents whose period/date is in this year."),
        source: Optional[str] = typer.Option(None, "--source", help="Only this source file."),
        k: Optional[int] = typer.Option(None, "--k", help="Passages to retrieve."),
        turns: int = typer.Option(3, "--turns", help="Earlier turns used to understand a follow-up."),
        stream: bool = typer.Option(True, "--stream/--no-stream", help="Stream the model's tokens (llm mode)."),
    ):
        """Chat with the assistant: follow-up questions use the conversation so far."""
        from rich.markup import escape

        from assistant.cli import build_filters, config_exit, console, ensure_index, err, render_answer
        from assistant.config import ConfigError
        from assistant.store import StoreError

        if mode not in (None, "extractive", "llm"):
            err.print(f"[red]error:[/] --mode must be 'extractive' or 'llm', not {mode!r}")
            raise typer.Exit(2)
        try:
            ensure_index()
            from assistant.chain import NO_LLM_NOTICE, Assistant

            assistant = Assistant()
        except ConfigError as exc:
            config_exit(exc)
        except StoreError as exc:
            err.print(f"[red]store error:[/] {exc}", highlight=False)
            raise typer.Exit(3)
        mode = mode or assistant.settings.mode
        if mode == "llm" and assistant.llm is None:
            err.print(f"[yellow]note:[/] {escape(NO_LLM_NOTICE)}", highlight=False)
            mode = "extractive"
        filters = build_filters(doc_type, year, source)
        history: list[tuple[str, str]] = []
        last = None
        err.print(f"[bold]Safeguarding Learning Assistant[/] ({mode} mode). {HELP}")
        while True:
            try:
                line = console.input("[bold cyan]you>[/] ")
            except (EOFError, KeyboardInterrupt):
                console.print()
                break
            q = line.strip()
            if not q:
                continue
            low = q.lower()
            if low in ("/quit", "/exit", "quit", "exit"):
                break
            if low in ("/new", "/reset"):
                history.clear()
                err.print("[dim]New conversation.[/]")
                continue
            if low == "/help":
                err.print(HELP)
                continue
            if low == "/sources":
                for line in sources_lines(last):
                    console.print(line, highlight=False, markup=False)
                continue
            if low.startswith("/"):
                err.print(f"Unknown command {q.split()[0]!r}: the commands are {', '.join(COMMANDS)}.",
                          highlight=False, markup=False)
                continue
            try:
                answer = _turn(assistant, q, history[-turns:] if turns else [], filters, k, mode, stream, console, err)
            except StoreError as exc:
                err.print(f"[red]store error:[/] {exc}", highlight=False)
                continue
            if answer.question != q:
                err.print(f"[dim](understood as: {escape(answer.question)})[/]", highlight=False)
            render_answer(answer)
            _render_notes(answer, err)
            last = answer
            history.append((answer.question, answer.answer))

    return None


def _turn(assistant, question, history, filters, k, mode, stream, console, err):
    """One turn: extractive answer (condensed, screened, audited); then, in llm mode, the
    model's answer streamed and verified."""
    base = assistant.ask(question, filters=filters, k=k, mode="extractive", front="chat", history=history or None)
    if mode != "llm" or base.status != "answered" or assistant.llm is None:
        return base
    llm = assistant.llm
    if not stream:
        return llm.answer(base.question, base.retrieved, fallback=base)
    from assistant.answer.llm import AnswerStream

    tokens = AnswerStream(llm.stream(base.question, base.retrieved, fallback=base))
    shown = False
    for tok in tokens:
        if not shown:
            err.print("[dim]draft (being checked against the documents):[/]")
            shown = True
        console.out(tok, end="", highlight=False)
        console.file.flush()
    if shown:
        console.print()
        console.rule(style="dim")
    return tokens.answer

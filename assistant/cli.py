"""Command-line front (typer + rich): ``assistant ingest | ask | sources | ...``.

Listeners stay thin: each command parses options, calls :class:`assistant.chain.Assistant`
or :class:`assistant.indexer.Indexer`, and renders the result. Other fronts' commands
(eval, slack, feedback, log, chat) live in their own modules and are registered at the
bottom of this file.

Exit codes: 0 success; 1 some input files failed to ingest (the rest were indexed);
2 bad usage or bad input (missing path, malformed config or suite); 3 store error.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import NoReturn, Optional

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Safeguarding Learning Assistant: cited answers from your partnership's learning material.")
console = Console()
err = Console(stderr=True)


def config_exit(exc: Exception) -> NoReturn:
    """End the command on a malformed setting: one "config error" line, exit 2."""
    err.print(f"[red]config error:[/] {escape(str(exc))}", highlight=False)
    raise typer.Exit(2)


def _settings():
    """The settings; a malformed config file or variable ends the command with exit 2."""
    from assistant.config import ConfigError, get_settings

    try:
        return get_settings()
    except ConfigError as exc:
        config_exit(exc)


def _store():
    """The configured store; a store that cannot be opened ends the command with exit 3."""
    from assistant.store import Store, StoreError

    s = _settings()
    try:
        return Store(s.data_dir, s.chroma_url, s.collection_prefix, s.exact_search_max)
    except StoreError as exc:
        err.print(f"[red]store error:[/] {escape(str(exc))}", highlight=False)
        raise typer.Exit(3)


def run_ingest(paths: list[Path], rebuild: bool = False, quiet: bool = False):
    """Ingest ``paths`` with a progress bar; returns the :class:`IngestReport`."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from assistant.indexer import Indexer

    s = _settings()
    indexer = Indexer(_store(), bundled_corpus=s.corpus_dir, max_file_mb=s.max_file_mb)
    with Progress(TextColumn("[bold]ingest[/]"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=err, disable=quiet, transient=False) as bar:
        task = bar.add_task("", total=None)

        def progress(label: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=label)

        report = indexer.ingest(paths, rebuild=rebuild, progress=progress)
    return report


def _print_report(report) -> None:
    for src, reason in report.failed:
        err.print(f"[red]failed[/] {src}: {reason}", highlight=False, soft_wrap=True)
    for w in report.warnings:
        err.print(f"[yellow]warning[/] {w}", highlight=False, soft_wrap=True)
    err.print(
        f"files {report.files} · added {len(report.added)} · updated {len(report.updated)} · "
        f"skipped {len(report.skipped)} (unchanged) · removed {len(report.removed)} · failed {len(report.failed)} · "
        f"chunks {report.chunks} ({report.new_chunks} new) · {report.seconds:.1f}s",
        highlight=False,
    )


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(None, help="Files or folders (default: the bundled corpus/)."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Re-read and re-embed every file."),
):
    """Index documents incrementally (unchanged files are skipped, removed ones dropped).

    Exit code 1 if any file failed (the others are still indexed), 2 if a path is missing.
    """
    from assistant.store import StoreError
    from ingest.manifest import ManifestError

    targets = list(paths) if paths else [_settings().corpus_dir]
    missing = [t for t in targets if not Path(t).exists()]
    if missing:
        err.print(f"[red]error:[/] {escape(str(missing[0]))}: no such file or directory", highlight=False)
        raise typer.Exit(2)
    try:
        report = run_ingest(targets, rebuild=rebuild)
    except (FileNotFoundError, ManifestError) as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(2)
    except StoreError as exc:
        err.print(f"[red]store error:[/] {exc}", highlight=False)
        raise typer.Exit(3)
    _print_report(report)
    _note_missing_bundled_corpus()
    raise typer.Exit(1 if report.failed else 0)


def _note_missing_bundled_corpus() -> None:
    """After an ingest, say so (one line, stderr) when the bundled corpus is not in the
    index: ingesting only extra documents into an empty data directory leaves it out, and
    questions about it are then refused."""
    corpus = Path(_settings().corpus_dir).resolve()
    if not corpus.is_dir() or not any(p.is_file() for p in corpus.rglob("*")):
        return
    files = (_store().read_state().get("files") or {}).values()
    if not any(Path(f.get("root") or "").resolve() == corpus for f in files):
        err.print(f"note: the bundled corpus ({corpus}) is not in this index; run `assistant ingest` to add it.",
                  highlight=False)


def ensure_index(quiet: bool = False) -> None:
    """Ingest the bundled corpus if the store is empty (and say so on stderr)."""
    store = _store()
    if store.is_empty():
        err.print("The index is empty: ingesting the bundled corpus first…")
        report = run_ingest([_settings().corpus_dir], quiet=quiet)
        _print_report(report)


def _resolve_source(source: Optional[str]) -> Optional[str]:
    """Map ``--source`` to an indexed source id: exact id, or a bare file name that
    matches exactly one indexed source ("report.pdf" for "extra/report.pdf"). Unknown or
    ambiguous names end the command with exit 2 and the list of sources."""
    if source is None:
        return None
    files = sorted((_store().read_state().get("files") or {}).keys())
    if not files or source in files:
        return source
    matches = [f for f in files if f.rsplit("/", 1)[-1] == source]
    if len(matches) == 1:
        return matches[0]
    what = "matches several sources" if matches else "is not an indexed source"
    err.print(f"[red]error:[/] --source {source!r} {what}; indexed: {', '.join(matches or files)}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def build_filters(doc_type: Optional[str], year: Optional[int], source: Optional[str], access: Optional[list[str]] = None):
    from assistant.store import Filters

    return Filters(access=access or None, doc_type=doc_type, year=year, source=source)


@app.command()
def ask(
    question: str = typer.Argument(..., help="The question, in plain words."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object (stable contract)."),
    doc_type: Optional[str] = typer.Option(None, "--type", help="Only this document type (annual report, learning sheet, guidance, procedure)."),
    year: Optional[int] = typer.Option(None, "--year", help="Only documents whose period/date is in this year."),
    source: Optional[str] = typer.Option(None, "--source", help="Only this source file."),
    k: Optional[int] = typer.Option(None, "--k", help="Passages to retrieve."),
    mode: Optional[str] = typer.Option(None, "--mode", help="extractive (default, no LLM) or llm (needs ASSISTANT_LLM_PROVIDER)."),
):
    """Answer a question with numbered citations (document, section, page)."""
    if not question.strip():
        err.print("[red]error:[/] QUESTION is empty")
        raise typer.Exit(2)
    _settings()
    if k is not None and k < 1:
        err.print("[red]error:[/] --k must be at least 1")
        raise typer.Exit(2)
    source = _resolve_source(source)
    if mode not in (None, "extractive", "llm"):
        err.print(f"[red]error:[/] --mode must be 'extractive' or 'llm', not {mode!r}")
        raise typer.Exit(2)
    from ingest.manifest import DOC_TYPES

    if doc_type is not None and doc_type not in DOC_TYPES:
        err.print(f"[red]error:[/] --type must be one of: {', '.join(DOC_TYPES)} (not {doc_type!r})")
        raise typer.Exit(2)
    if year is not None and not 1900 <= year <= 2100:
        err.print(f"[red]error:[/] --year must be a calendar year such as 2021 (not {year})")
        raise typer.Exit(2)
    from assistant.chain import Assistant
    from assistant.config import ConfigError, get_settings
    from assistant.store import StoreError

    if mode == "llm" and not get_settings().llm_provider:
        from assistant.chain import NO_LLM_NOTICE

        err.print(f"[yellow]note:[/] {escape(NO_LLM_NOTICE)}", highlight=False)
    try:
        ensure_index(quiet=as_json)
        import getpass

        answer = Assistant().ask(question, filters=build_filters(doc_type, year, source), k=k, mode=mode,
                                 front="cli", user_id=getpass.getuser())
    except ConfigError as exc:
        config_exit(exc)
    except StoreError as exc:
        err.print(f"[red]store error:[/] {escape(str(exc))}", highlight=False)
        raise typer.Exit(3)
    if as_json:
        sys.stdout.write(json.dumps(answer.to_json(), ensure_ascii=False) + "\n")
        return
    render_answer(answer)
    from assistant.chain import NO_LLM_NOTICE

    if answer.extra.get("notice") and answer.extra["notice"] != NO_LLM_NOTICE:
        # the LLM failed or its answer did not survive the check: the extractive answer
        # above stands, and the user is told why (as chat and --json do)
        err.print(f"[yellow]note:[/] {escape(answer.extra['notice'])}", highlight=False)
    if answer.status == "not_found" and not answer.retrieved and (doc_type or year or source):
        _explain_empty_filters(doc_type, year, source)


def _explain_empty_filters(doc_type: Optional[str], year: Optional[int], source: Optional[str]) -> None:
    """Say that no indexed document passed the filters (rather than leave "the documents do
    not cover this" to blame the corpus), with the types and periods that are indexed."""
    files = (_store().read_state().get("files") or {}).values()
    types = sorted({(f.get("meta") or {}).get("doc_type") or "none given" for f in files})
    periods = sorted({(f.get("meta") or {}).get("date") or "none given" for f in files})
    asked = " ".join(f"{flag} {value}" for flag, value in (("--type", doc_type), ("--year", year), ("--source", source)) if value)
    err.print(f"[yellow]note:[/] no indexed passage matches {asked}. Indexed document types: {', '.join(types)}; "
              f"periods/dates: {', '.join(periods)} (see 'assistant sources').", highlight=False)


def render_answer(answer) -> None:
    """Print an answer and its sources table with rich."""
    style = {"answered": "green", "not_found": "yellow", "urgent": "bold red"}[answer.status]
    console.print(f"[{style}]{answer.status}[/]")
    console.print(answer.answer, highlight=False, markup=False)
    if answer.extra.get("redacted"):
        err.print("[yellow]Personal details were removed from your question before it was used "
                  f"({', '.join(answer.extra['redacted'])}). Please don't share them.[/]")
    if answer.citations:
        table = Table(title="Sources", show_lines=False)
        for col in ("n", "title", "section", "page", "date"):
            table.add_column(col, overflow="fold")
        for c in answer.citations:
            table.add_row(str(c.n), c.title, c.section or "-", c.pages or "-", c.date or "-")
        console.print(table)
    elif answer.status == "not_found" and answer.retrieved:
        # the refusal points to the closest passages: show where they are (not quoted)
        table = Table(title="Sources (closest passages, not an answer)", show_lines=False)
        for col in ("title", "section", "page", "date"):
            table.add_column(col, overflow="fold")
        for p in answer.retrieved[:3]:
            c = p.chunk
            table.add_row(c.title, c.section or "-", str(c.page_of(0) or "-"), c.metadata.get("date") or "-")
        console.print(table)


@app.command()
def sources():
    """List the indexed documents with chunk counts and dates."""
    from assistant.store import StoreError

    store = _store()
    try:
        state = store.read_state()
    except StoreError as exc:
        err.print(f"[red]store error:[/] {escape(str(exc))}", highlight=False)
        raise typer.Exit(3)
    files = state.get("files") or {}
    if not files:
        err.print("Nothing is indexed yet: run 'assistant ingest'.")
        raise typer.Exit(0)
    table = Table(title=f"Indexed documents (generation {state.get('generation')})")
    for col in ("source", "title", "type", "period/date", "chunks"):
        table.add_column(col, overflow="fold")
    for src, info in sorted(files.items()):
        meta = info.get("meta") or {}
        table.add_row(src, info.get("title", ""), meta.get("doc_type") or "-", meta.get("date") or "-", str(len(info.get("chunks", []))))
    console.print(table)


def main() -> None:
    """Console-script entry point.

    A usage error (an unknown option, a missing argument, a bad value) prints one line
    naming it and the command's ``--help``, and exits 2 (click's convention) -- instead of
    Typer's multi-line error panel. ``typer.Exit(code)`` from a command exits with that
    code; Ctrl-C during a prompt exits 1; a closed output pipe (``| head``) exits 0.
    """
    # typer >= 0.2x vendors click: its exceptions share the public base TyperException;
    # usage errors are the ones that carry a context and exit with 2
    try:
        rc = app(standalone_mode=False)
        sys.stdout.flush()  # (inside the try: a closed pipe raises here, not at exit)
    except typer.Abort:
        err.print("Aborted.")
        raise SystemExit(1) from None
    except BrokenPipeError:
        # the reader stopped early ("assistant log | head -1"): not an error; stdout is
        # pointed at devnull so the interpreter's final flush does not raise again
        # (the recipe in Python's signal module documentation, "Note on SIGPIPE")
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(0) from None
    except typer.exceptions.TyperException as exc:
        code = getattr(exc, "exit_code", 1)
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        ctx = getattr(exc, "ctx", None)
        where = ctx.command_path if ctx is not None else "assistant"
        hint = f" (see '{where} --help')" if code == 2 else ""
        if message.strip():  # "assistant" alone has already printed its help
            err.print(f"error: {message}{hint}", markup=False, highlight=False, soft_wrap=True)
        raise SystemExit(code) from None
    raise SystemExit(rc if isinstance(rc, int) else 0)


# -- other fronts register their commands here ------------------------------------------
#: Modules that add commands; each defines ``register(app: typer.Typer) -> None``.
FRONT_MODULES = (
    "assistant.eval_cli",      # assistant eval
    "assistant.slack.cli",     # assistant slack, assistant feedback
    "assistant.log_cli",       # assistant log
    "assistant.chat_cli",      # assistant chat
)


def _register_fronts() -> None:
    import importlib

    for name in FRONT_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # front not installed in this build
            raise
        module.register(app)


_register_fronts()

"""``assistant eval``: run evaluation suites and report (registered by :mod:`assistant.cli`).

Exit codes: 0 done (and ``--min-score`` met); 1 answer accuracy below ``--min-score``;
2 bad usage or a malformed suite / results file; 3 store error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def _print_tables(results, console) -> None:
    from rich.table import Table

    from evals.report import headline_rows, kind_header, kind_rows, pipelines

    pipes = pipelines(results)
    table = Table(title=f"Evaluation: {results['pipelines']['assistant']['summary']['n']} cases, k={results['settings']['k']}")
    table.add_column("metric")
    for p in pipes:
        table.add_column(p, justify="right")
    if "baseline" in pipes:
        table.add_column("ratio", justify="right")
    for row in headline_rows(results):
        table.add_row(*row)
    console.print(table)
    kt = Table(title="By kind")
    for col in kind_header(results):
        kt.add_column(col, justify="left" if col in ("kind", "metric") else "right", overflow="fold")
    for row in kind_rows(results):
        kt.add_row(*row)
    console.print(kt)
    comp = results.get("comparison")
    if comp:
        ct = Table(title=f"Changes against {comp.get('previous')}")
        for col in ("change", "id", "kind", "status", "question"):
            ct.add_column(col, overflow="fold")
        for key, style in (("regressed", "red"), ("improved", "green")):
            for c in comp[key]:
                ct.add_row(f"[{style}]{key}[/]", c["id"], c["kind"], f"{c['status_before']} → {c['status_now']}",
                           c["question"])
        if not (comp["regressed"] or comp["improved"]):
            ct.add_row("-", "-", "-", "-", "no case changed its verdict")
        console.print(ct)


def register(app: typer.Typer) -> None:
    """Add the ``eval`` command to ``app``."""

    @app.command("eval")
    def eval_command(
        suites: list[Path] = typer.Argument(..., help="Suite YAML files (see evals/README.md)."),
        k: Optional[int] = typer.Option(None, "--k", min=1, help="Passages the assistant answers from (default: the product's top_k, 8)."),
        report: Optional[Path] = typer.Option(None, "--report", help="Write results.json, report.html, summary.md, cases.csv, ragas.jsonl here."),
        baseline: bool = typer.Option(False, "--baseline", help="Also run the plain LangChain pipeline and show both side by side."),
        compare: Optional[Path] = typer.Option(None, "--compare", help="An earlier results.json: list regressions and improvements."),
        min_score: Optional[float] = typer.Option(None, "--min-score", help="Exit 1 when answer accuracy is below this (0-1, or a percentage)."),
        mode: Optional[str] = typer.Option(None, "--mode", help="extractive (default) or llm."),
    ):
        """Run evaluation suites: retrieval, answer, citation, refusal and urgent metrics."""
        from rich.console import Console
        from rich.markup import escape

        from assistant.cli import _print_report, _settings, config_exit, ensure_index, run_ingest
        from assistant.config import ConfigError
        from assistant.store import StoreError
        from evals import report as report_mod
        from evals import runner
        from evals.suite import SuiteError, load_suites

        console, err = Console(), Console(stderr=True)
        if k is None:
            k = _settings().top_k
        try:
            loaded = load_suites(suites)
        except SuiteError as exc:
            err.print(f"[red]suite error:[/] {escape(str(exc))}", highlight=False)
            raise typer.Exit(2)
        if mode not in (None, "extractive", "llm"):
            err.print(f"[red]error:[/] --mode must be 'extractive' or 'llm', not {mode!r}")
            raise typer.Exit(2)
        if min_score is not None and min_score > 1:
            min_score = min_score / 100.0
        if min_score is not None and not 0.0 <= min_score <= 1.0:
            err.print("[red]error:[/] --min-score must be between 0 and 1 (or 0 and 100 as a percentage)")
            raise typer.Exit(2)
        if report is not None:
            try:
                report.mkdir(parents=True, exist_ok=True)
                probe = report / ".write-test"
                probe.write_text("")
                probe.unlink()
            except OSError as exc:
                err.print(f"[red]error:[/] --report {escape(str(report))}: not writable ({exc.strerror or exc})", highlight=False)
                raise typer.Exit(2)
        previous = None
        if compare is not None:
            try:
                previous = report_mod.load_results(compare)
            except OSError as exc:
                err.print(f"[red]error:[/] --compare {escape(str(compare))}: cannot be read ({escape(exc.strerror or str(exc))})",
                          highlight=False)
                raise typer.Exit(2)
            except ValueError as exc:
                err.print(f"[red]error:[/] --compare {escape(str(compare))}: {escape(str(exc))}", highlight=False)
                raise typer.Exit(2)
        extras: list[Path] = []
        for s in loaded:
            for p in s.corpus:
                if not p.exists():
                    err.print(f"[red]suite error:[/] {s.path}: field 'corpus': {p} does not exist", highlight=False)
                    raise typer.Exit(2)
                if p not in extras:
                    extras.append(p)
        corpus_dir = Path(_settings().corpus_dir)
        try:
            ensure_index()
            if extras:
                rep = run_ingest([corpus_dir, *extras])
                if rep.added or rep.updated or rep.failed:
                    _print_report(rep)
            results = runner.run(loaded, k=k, mode=mode, baseline=baseline, corpus_paths=[corpus_dir, *extras],
                                 previous=previous, previous_path=str(compare) if compare else None, console=err)
        except ConfigError as exc:
            config_exit(exc)
        except StoreError as exc:
            err.print(f"[red]store error:[/] {exc}", highlight=False)
            raise typer.Exit(3)
        _print_tables(results, console)
        if report is not None:
            paths = report_mod.write_all(results, report)
            err.print("reports: " + ", ".join(str(p) for p in paths.values()), highlight=False)
        if min_score is not None:
            acc = results["pipelines"]["assistant"]["summary"].get("answer_accuracy") or 0.0
            if acc < min_score:
                err.print(f"[red]answer accuracy {acc * 100:.1f}% is below --min-score {min_score * 100:.1f}%[/]")
                raise typer.Exit(1)
            err.print(f"[green]answer accuracy {acc * 100:.1f}% meets --min-score {min_score * 100:.1f}%[/]")

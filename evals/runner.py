"""Run suites through the assistant (and optionally the baseline) and score them.

:func:`run` returns the results document described in ``evals/README.md``
(``schema_version`` :data:`SCHEMA_VERSION`); :mod:`evals.report` writes it out.
"""

from __future__ import annotations

import datetime as _dt
import time
import traceback
from pathlib import Path
from typing import Any, Callable, Sequence

from evals.metrics import KS, aggregate, breakdown, compare, score_case
from evals.suite import Case, Suite

#: Version of the results JSON layout; bumped only on incompatible changes.
SCHEMA_VERSION = 1
#: Retrieval depth used for the retrieval metrics (fact recall@10 needs 10 passages).
MIN_DEPTH = max(KS)

#: Metrics compared as assistant/baseline ratios.
RATIO_METRICS = ("answer_accuracy", "fact_coverage", "fact_recall@1", "fact_recall@3", "fact_recall@5",
                 "fact_recall@10", "mrr", "section_hit@k", "latency_p50_ms", "latency_p95_ms")

AskFn = Callable[[Case], dict[str, Any]]


def case_row(case: Case, run: dict[str, Any], k: int) -> dict[str, Any]:
    """One per-case row of the results: the case, what the pipeline returned, its scores."""
    run = dict(run)
    timings = run.get("timings_ms") or {}
    latency = run.get("latency_ms", timings.get("total"))
    row = case.to_json()
    row.update({
        # the question the pipeline answered: a follow-up as its thread made it standalone
        "asked": run.get("question") or case.question,
        "status": run.get("status"),
        "answer": run.get("answer") or "",
        "citations": run.get("citations") or [],
        "retrieved": run.get("retrieved") or [],
        "ranking": run.get("ranking") or run.get("retrieved") or [],
        # indices into ``ranking`` in the retriever's order, when the answer reordered it
        "retriever_order": run.get("retriever_order"),
        "latency_ms": round(float(latency), 2) if latency is not None else None,
        "timings_ms": timings,
        "error": run.get("error"),
    })
    row["metrics"] = score_case(case, row, k=k)
    return row


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {"summary": aggregate(rows), "by_kind": breakdown(rows, "kind"), "by_tag": breakdown(rows, "tag"),
            "cases": rows}


def run_cases(cases: Sequence[Case], ask: AskFn, k: int, label: str = "assistant", progress=None) -> list[dict[str, Any]]:
    """Run ``cases`` through ``ask`` (one case -> run dict); errors become failed rows."""
    rows = []
    task = progress.add_task(label, total=len(cases)) if progress is not None else None
    for case in cases:
        t0 = time.perf_counter()
        try:
            run = ask(case)
        except Exception as exc:  # noqa: BLE001 - one broken case must not stop the run
            run = {"status": "error", "answer": "", "citations": [], "retrieved": [],
                   "timings_ms": {"total": (time.perf_counter() - t0) * 1000},
                   "error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc(limit=3)}
        rows.append(case_row(case, run, k))
        if progress is not None:
            progress.update(task, advance=1, description=f"{label} {case.id}")
    return rows


def assistant_ask_fn(k: int, depth: int, mode: str | None = None, assistant=None) -> AskFn:
    """Ask through :meth:`assistant.chain.Assistant.ask` (``front="eval"``); the retrieval
    metrics use a ``depth``-deep ranking from the same hybrid retriever."""
    if assistant is None:
        from assistant.chain import Assistant

        assistant = Assistant()

    def ask(case: Case) -> dict[str, Any]:
        # a follow-up: the earlier questions are asked first, each with the turns before
        # it, and their (question, answer) turns go with it, as a Slack thread's would
        # (``history`` is passed only to a follow-up)
        turns: list[tuple[str, str]] = []
        for earlier in case.history:
            before = assistant.ask(earlier, k=k, mode=mode, front="eval", **({"history": list(turns)} if turns else {}))
            turns.append((before.question, before.answer))
        answer = assistant.ask(case.question, k=k, mode=mode, front="eval", **({"history": turns} if turns else {}))
        run = answer.to_json()
        ranking = run["retrieved"]
        if depth > len(ranking):
            # the passages the answer was composed from come first (they include the
            # chain's definition / sibling-section additions); the retriever's deeper
            # ranking fills the rest up to ``depth``
            try:
                deep = assistant.retriever.retrieve(answer.question, None, k=depth)
                seen = {(r["source"], r["text"]) for r in ranking}
                ranking = ranking + [p.to_json() for p in deep if (p.chunk.source, p.chunk.text) not in seen]
                ranking = ranking[:depth]
            except Exception:  # noqa: BLE001 - fall back to what the answer retrieved
                pass
        run["ranking"] = ranking
        # the retriever's order of the same passages (the answer puts those it cites
        # first: :func:`assistant.chain.cited_first`)
        ranks = run.get("retriever_ranks") or []
        head = len(ranks)
        if head and len(ranking) >= head:
            run["retriever_order"] = sorted(range(head), key=lambda i: ranks[i]) + list(range(head, len(ranking)))
        return run

    return ask


def baseline_ask_fn(pipeline, k: int, depth: int) -> AskFn:
    """Ask through the plain pipeline (:class:`evals.baseline.BaselinePipeline`). It keeps no
    conversation, so a follow-up is searched with the earlier questions in front of it (the
    usual way to give a retriever without a condenser the thread)."""

    def ask(case: Case) -> dict[str, Any]:
        run = pipeline.ask(" ".join([*case.history, case.question]), k=depth)
        ranking = run["retrieved"]
        run["retrieved"] = ranking[:k]
        run["ranking"] = ranking
        return run

    return ask


def ratios(a: dict[str, Any], b: dict[str, Any]) -> dict[str, float | None]:
    """assistant / baseline for :data:`RATIO_METRICS` (``None`` when undefined)."""
    out = {}
    for m in RATIO_METRICS:
        x, y = a.get(m), b.get(m)
        out[m] = (x / y) if (x is not None and y not in (None, 0)) else None
    return out


def run(suites: Sequence[Suite], k: int = 5, mode: str | None = None, baseline: bool = False,
        corpus_paths: Sequence[Path] = (), previous: dict[str, Any] | None = None, previous_path: str | None = None,
        console=None, assistant=None, baseline_pipeline=None) -> dict[str, Any]:
    """Run every case of ``suites`` and return the results document.

    Args:
        k: passages the assistant answers from (``Assistant.ask(k=...)``).
        mode: ``extractive`` or ``llm`` (default: the assistant's setting).
        baseline: also run the plain LangChain pipeline over ``corpus_paths``.
        previous: an earlier results document for ``--compare``.
        console: rich console for the progress bar (``None``: no bar).
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    cases = [c for s in suites for c in s.cases]
    depth = max(k, MIN_DEPTH)
    started = _dt.datetime.now(_dt.timezone.utc)
    results: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "tool": "assistant eval",
        "created": started.isoformat(timespec="seconds"),
        "suites": [{"name": s.name, "path": str(s.path) if s.path else None, "cases": len(s.cases),
                    "corpus": [str(p) for p in s.corpus]} for s in suites],
        "settings": {"k": k, "depth": depth, "mode": mode or "extractive", "baseline": baseline},
        "pipelines": {},
    }
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, disable=console is None, transient=False) as bar:
        ask = assistant_ask_fn(k, depth, mode, assistant)
        rows = run_cases(cases, ask, k, "assistant", bar)
        results["pipelines"]["assistant"] = summarize(rows)
        if baseline:
            if baseline_pipeline is None:
                from evals.baseline import BaselinePipeline

                t = bar.add_task("baseline: indexing", total=None)
                baseline_pipeline = BaselinePipeline(list(corpus_paths))
                bar.update(t, total=1, completed=1, description=f"baseline: {len(baseline_pipeline.chunks)} chunks")
            brows = run_cases(cases, baseline_ask_fn(baseline_pipeline, k, depth), k, "baseline", bar)
            results["pipelines"]["baseline"] = summarize(brows)
            results["pipelines"]["baseline"]["info"] = {
                "chunks": len(baseline_pipeline.chunks), "chunk_size": 1000, "chunk_overlap": 200,
                "build_seconds": round(getattr(baseline_pipeline, "build_seconds", 0.0), 2),
                "warnings": list(getattr(baseline_pipeline, "warnings", [])),
            }
    if baseline:
        results["ratios"] = ratios(results["pipelines"]["assistant"]["summary"],
                                   results["pipelines"]["baseline"]["summary"])
    if previous is not None:
        results["comparison"] = compare_with(results, previous, previous_path)
    results["seconds"] = round((_dt.datetime.now(_dt.timezone.utc) - started).total_seconds(), 2)
    return results


def compare_with(results: dict[str, Any], previous: dict[str, Any], previous_path: str | None = None) -> dict[str, Any]:
    """The ``comparison`` block: per-case changes and headline deltas of the assistant
    pipeline against ``previous``."""
    cur = results["pipelines"]["assistant"]
    prev = (previous.get("pipelines") or {}).get("assistant") or {}
    changes = compare(cur["cases"], prev.get("cases") or [])
    deltas = {}
    for m, v in cur["summary"].items():
        pv = (prev.get("summary") or {}).get(m)
        if isinstance(v, (int, float)) and isinstance(pv, (int, float)) and not m.startswith("n"):
            deltas[m] = {"before": pv, "now": v, "delta": v - pv}
    return {"previous": previous_path, "previous_created": previous.get("created"), "deltas": deltas, **changes}

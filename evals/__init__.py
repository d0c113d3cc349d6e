"""Offline evaluation of the assistant: YAML suites, deterministic metrics, reports.

* :mod:`evals.suite`    -- load and validate suites (:class:`~evals.suite.SuiteError`).
* :mod:`evals.metrics`  -- pure scoring functions (one case, then aggregates).
* :mod:`evals.runner`   -- run cases through the assistant (and the baseline).
* :mod:`evals.baseline` -- the plain LangChain pipeline used for comparison.
* :mod:`evals.report`   -- JSON / HTML / Markdown / CSV / RAGAS-JSONL writers.

The command is ``assistant eval`` (see :mod:`assistant.eval_cli`); the suite format and
the results schema are documented in ``evals/README.md``.
"""

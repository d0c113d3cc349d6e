"""CI gate: the Harrow and modern-slavery suites must keep their quality (issues 3 and 4).

Runs ``assistant eval evals/harrow-2020-21.yaml evals/modern-slavery.yaml --min-score GATE``
as a user would, on a fresh index holding both corpora. GATE sits just under what the
product reaches (see README, "Evaluation"); every out-of-corpus question must be refused,
and no answer may cite the other corpus.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

GATE = 0.90


@pytest.mark.slow
def test_suites_meet_the_quality_gate(tmp_path):
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data")}
    exe = Path(sys.executable).with_name("assistant")
    out = subprocess.run(
        [str(exe), "eval", str(REPO / "evals" / "harrow-2020-21.yaml"), str(REPO / "evals" / "modern-slavery.yaml"),
         "--min-score", str(GATE),
         "--report", str(tmp_path / "report")],
        capture_output=True, text=True, env=env, timeout=1800,
    )
    results = json.loads((tmp_path / "report" / "results.json").read_text())
    summary = results["pipelines"]["assistant"]["summary"]
    assert out.returncode == 0, (summary.get("answer_accuracy"), out.stderr[-2000:])
    assert summary["citation_validity"] == 1.0
    assert summary["urgent_accuracy"] == 1.0
    assert summary["refusal_accuracy"] == 1.0
    assert summary["fact_recall@5"] >= 0.93
    for case in results["pipelines"]["assistant"]["cases"]:
        if case["kind"] == "urgent":
            continue  # the learning under an urgent reply may come from either corpus
        cited = {c["source"] for c in case.get("citations") or []}
        slavery = {s for s in cited if s.startswith("modern-slavery-html/")}
        if case["suite"] == "modern-slavery":
            assert slavery == cited, (case["id"], cited)
        else:
            assert not slavery, (case["id"], cited)

"""CI gate: the real Harrow suite must keep its answer accuracy (issue 3, item 9).

Runs ``assistant eval evals/harrow-2020-21.yaml --min-score GATE`` as a user would, on a
fresh index. GATE sits just under what the product reaches (see README, "Evaluation").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

GATE = 0.88


@pytest.mark.slow
def test_harrow_suite_meets_the_accuracy_gate(tmp_path):
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data")}
    exe = Path(sys.executable).with_name("assistant")
    out = subprocess.run(
        [str(exe), "eval", str(REPO / "evals" / "harrow-2020-21.yaml"), "--min-score", str(GATE),
         "--report", str(tmp_path / "report")],
        capture_output=True, text=True, env=env, timeout=1800,
    )
    results = json.loads((tmp_path / "report" / "results.json").read_text())
    summary = results["pipelines"]["assistant"]["summary"]
    assert out.returncode == 0, (summary.get("answer_accuracy"), out.stderr[-2000:])
    assert summary["citation_validity"] == 1.0
    assert summary["urgent_accuracy"] == 1.0

"""End-to-end: ``assistant eval`` on the starter slice into a temp report dir (loads the model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_assistant_eval_writes_reports(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from assistant.config import get_settings

    suite = Path("/work/shared/evals/starter-harrow-2020-21.yaml")
    if not suite.exists():  # fall back to a slice of the bundled suite
        import yaml

        data = yaml.safe_load((REPO / "evals" / "harrow-2020-21.yaml").read_text())
        data["cases"] = data["cases"][:16]
        suite = tmp_path / "slice.yaml"
        suite.write_text(yaml.safe_dump(data))
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    try:
        import assistant.cli as cli

        out = tmp_path / "report"
        res = CliRunner().invoke(cli.app, ["eval", str(suite), "--report", str(out), "--k", "5"])
        assert res.exit_code == 0, res.output
        for name in ("results.json", "report.html", "summary.md", "cases.csv"):
            assert (out / name).is_file() and (out / name).stat().st_size > 0, name
        data = json.loads((out / "results.json").read_text())
        assert data["schema_version"] == 1
        cases = data["pipelines"]["assistant"]["cases"]
        assert len(cases) == 16 and all(c["status"] in ("answered", "not_found", "urgent") for c in cases)
    finally:
        get_settings.cache_clear()

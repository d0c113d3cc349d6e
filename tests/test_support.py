"""The answer-support classifier: its arithmetic equals scikit-learn's, the bundled model is
well-formed, and on the real corpus it refuses near misses the rules let through while
answering the questions beside them."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.answer.support import FEATURES, SupportModel, support_features


def _row(**over):
    base = {f: 0.0 for f in FEATURES}
    base.update(over)
    return base


@pytest.mark.parametrize("kind", ["logistic", "boosted_trees"])
def test_written_out_model_equals_scikit_learn(kind, tmp_path):
    """The written-out model (StandardScaler + LogisticRegression, or
    HistGradientBoostingClassifier's trees) gives scikit-learn's probabilities, through the
    JSON file :mod:`evals.train_support` writes."""
    pytest.importorskip("sklearn")
    from evals.train_support import _dumps, _fit, _parameters

    rng = np.random.default_rng(7)
    x = rng.normal(size=(400, len(FEATURES)))
    y = (x[:, 0] - 0.5 * x[:, 3] * x[:, 5] + rng.normal(scale=0.5, size=400) > 0).astype(int)
    fitted = _fit(x, y, kind)
    path = tmp_path / "model.json"
    path.write_text(_dumps({"features": list(FEATURES), **_parameters(fitted, kind), "threshold": 0.9}))
    model = SupportModel.from_dict(json.loads(path.read_text()))
    assert model.kind == kind
    ours = [model.p_unsupported(dict(zip(FEATURES, row))) for row in x[:50]]
    assert np.allclose(ours, fitted.predict_proba(x[:50])[:, 1], atol=1e-9)


def test_a_model_for_other_features_or_malformed_is_rejected():
    good = SupportModel.bundled()
    assert good is not None
    data = {"features": list(FEATURES), "mean": [0.0] * len(FEATURES), "scale": [1.0] * len(FEATURES),
            "coef": [0.1] * len(FEATURES), "intercept": 0.0, "threshold": 0.9}
    with pytest.raises(ValueError, match="features"):
        SupportModel.from_dict({**data, "features": list(FEATURES[:-1]) + ["something_else"]})
    with pytest.raises(ValueError, match="one value per feature"):
        SupportModel.from_dict({**data, "coef": [0.1] * (len(FEATURES) - 1)})
    with pytest.raises(ValueError, match="missing or malformed"):
        SupportModel.from_dict({k: v for k, v in data.items() if k != "threshold"})
    with pytest.raises(ValueError, match="unknown kind"):
        SupportModel.from_dict({**data, "kind": "forest"})
    tree = {"feature": [0, 0, 0], "threshold": [0.5, 0, 0], "left": [1, 0, 0], "right": [2, 0, 0],
            "leaf": [False, True, True], "value": [0, -1.0, 1.0], "missing_left": [True, False, False]}
    trees = {"features": list(FEATURES), "kind": "boosted_trees", "baseline": 0.0, "threshold": 0.5}
    assert SupportModel.from_dict({**trees, "trees": [tree]}).p_unsupported(_row(lead_lex=0.9)) > 0.7
    with pytest.raises(ValueError, match="point outside"):
        SupportModel.from_dict({**trees, "trees": [{**tree, "right": [7, 0, 0]}]})
    with pytest.raises(KeyError):
        good.p_unsupported({"lead_lex": 0.5})


def _tree_model(**over):
    tree = {"feature": [0, 0, 0], "threshold": [0.5, 0, 0], "left": [1, 0, 0], "right": [2, 0, 0],
            "leaf": [False, True, True], "value": [0, -1.0, 1.0], "missing_left": [True, False, False]}
    tree.update(over.pop("tree", {}))
    return {"features": list(FEATURES), "kind": "boosted_trees", "baseline": 0.0, "threshold": 0.5,
            "trees": [tree], **over}


@pytest.mark.parametrize("over, message", [
    ({"tree": {"left": [1, 1, 0], "leaf": [False, False, True], "right": [1, 1, 0]}}, "back up it"),  # a loop
    ({"threshold": 1.5}, "between 0 and 1"),
    ({"threshold": float("nan")}, "between 0 and 1"),
    ({"baseline": float("inf")}, "finite"),
    ({"tree": {"value": [0, float("nan"), 1.0]}}, "finite"),
    ({"trees": []}, "at least one tree"),
    ({"tree": {"leaf": [False, "false", True]}}, "true/false"),
])
def test_a_model_that_could_hang_crash_or_mislead_is_rejected(over, message):
    """A tree that loops, a threshold outside 0..1, a non-finite parameter, no trees or a
    string flag would hang every answer, crash one or silently change the check: refused
    when the model is loaded."""
    assert SupportModel.from_dict(_tree_model()).kind == "boosted_trees"
    with pytest.raises(ValueError, match=message):
        SupportModel.from_dict(_tree_model(**over))


def test_extreme_log_odds_and_a_missing_value_do_not_crash():
    for baseline, p in ((-1000.0, 0.0), (1000.0, 1.0)):
        model = SupportModel.from_dict(_tree_model(baseline=baseline))
        assert model.p_unsupported(_row(lead_lex=0.9)) == pytest.approx(p)
    # a missing value (NaN) goes the way the tree says: left here, to -1
    model = SupportModel.from_dict(_tree_model())
    assert model.p_unsupported(_row(lead_lex=float("nan"))) == pytest.approx(1 / (1 + np.e))
    logistic = {"features": list(FEATURES), "mean": [0.0] * len(FEATURES), "scale": [0.0] * len(FEATURES),
                "coef": [0.1] * len(FEATURES), "intercept": 0.0, "threshold": 0.9}
    with pytest.raises(ValueError, match="scale"):
        SupportModel.from_dict(logistic)


def test_bundled_model_carries_its_evidence():
    """The shipped model says how it was trained and what cross-validation measured, and
    its threshold keeps the cross-validated share of correct answers refused small."""
    model = SupportModel.bundled()
    prov = model.provenance
    cv = prov["cv_at_threshold"]
    assert 0.5 <= model.threshold < 1.0
    assert cv["correct_answers_refused"] <= 0.01 * cv["correct_answers_through"]
    assert prov["cases"]["refusal"] >= 300 and len(prov["suites"]) >= 40
    # no suite kept for blind measurement was trained on
    blind = {f"heldout-{n}" for n in (32, 36, 39, 40, 42, 51, 54, 55, 56, 59, 63, 64, 65, 66)}
    assert not blind & set(prov["suites"])


def test_support_check_refuses_a_wrong_figure_and_keeps_a_right_one(indexed_both):
    """On the real corpus: the documents give no count of private fostering assessments
    completed within timescale, and the rules alone answer with another figure (the number
    of children fostered privately); the support check refuses it. Counts the documents do
    give are still answered."""
    model = indexed_both.answerer.support
    assert model is not None, "support_check is on by default"
    q = "how many private fostering assessments were completed within timescale?"
    try:
        indexed_both.answerer.support = None
        without = indexed_both.ask(q)
    finally:
        indexed_both.answerer.support = model
    assert without.status == "answered" and "fostered privately" in without.answer
    refused = indexed_both.ask(q)
    assert refused.status == "not_found" and not refused.citations
    assert refused.extra["p_unsupported"] >= model.threshold
    assert "do not give a clear answer" in refused.answer
    for q, fact in (("how many young carers were registered to harrow schools?", "35"),
                    ("how much does it cost to ring the modern slavery helpline?", "Free"),
                    ("how many CLA were there in harrow at the end of march 2021?", "184")):
        kept = indexed_both.ask(q)
        assert kept.status == "answered" and fact in kept.answer, (q, kept.answer)
        assert kept.extra.get("p_unsupported", 0.0) < model.threshold


def test_the_asked_thing_check_refuses_only_when_the_classifier_agrees(indexed_both):
    """The asked-thing check (``names_what_is_asked``) finds no passage naming a "headline
    figure" or a "funding pot"; alone it refused these, which the documents answer (198
    missing episodes, £230,000 for tagging). With the classifier's ``P(unsupported)`` below
    THING_CORROBORATION they are answered; with the check off (no classifier to
    corroborate) the rule refuses as before, and a thing the documents never mention (safe
    sleep advice) is refused with the classifier's agreement."""
    from assistant.answer.extractive import THING_CORROBORATION

    model = indexed_both.answerer.support
    for q, fact in (("what's the headline figure for missing episodes in 2019-20?", "198"),
                    ("what funding pot did the mayor commit for tagging abusers?", "£230,000")):
        kept = indexed_both.ask(q)
        assert kept.status == "answered" and fact in kept.answer, (q, kept.answer)
        assert kept.extra["p_unsupported"] < THING_CORROBORATION
        try:
            indexed_both.answerer.support = None
            alone = indexed_both.ask(q)
        finally:
            indexed_both.answerer.support = model
        assert alone.status == "not_found" and "the thing the question asks for" in alone.answer, alone.answer
    refused = indexed_both.ask("what safe sleeping advice should I give parents who want to co-sleep with their newborn?")
    assert refused.status == "not_found" and "the thing the question asks for" in refused.answer
    assert THING_CORROBORATION <= refused.extra["p_unsupported"] < model.threshold


def test_a_bad_support_model_file_is_a_config_error_naming_it(indexed, tmp_path):
    """``ASSISTANT_SUPPORT_MODEL`` naming a file that is not a model: exit 2, one message
    naming the setting and the file, no traceback; a retrained model file is used."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    exe = Path(sys.executable).with_name("assistant")
    bad = tmp_path / "model.json"
    bad.write_text('{"features": []}')
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(indexed.settings.data_dir), "ASSISTANT_SUPPORT_MODEL": str(bad),
           "COLUMNS": "250"}
    out = subprocess.run([str(exe), "ask", "how many young carers were registered to harrow schools?"],
                         capture_output=True, text=True, timeout=300, env=env)
    assert out.returncode == 2, out.stderr
    assert "config error" in out.stderr and "ASSISTANT_SUPPORT_MODEL" in out.stderr and "model.json" in out.stderr
    assert "Traceback" not in out.stderr

    from assistant.chain import Assistant
    from assistant.config import Settings

    good = tmp_path / "retrained.json"
    good.write_text((Path(__file__).resolve().parents[1] / "assistant" / "data" / "support_model.json").read_text())
    settings = Settings(data_dir=indexed.settings.data_dir, chroma_url=None, support_model=good)
    assert Assistant(settings=settings, store=indexed.store).answerer.support == indexed.answerer.support
    off = Settings(data_dir=indexed.settings.data_dir, chroma_url=None, support_check=False)
    assert Assistant(settings=off, store=indexed.store).answerer.support is None


def test_a_missing_bundled_support_model_is_reported_not_silent(indexed, monkeypatch, caplog):
    """A broken install without assistant/data/support_model.json answers without the check,
    and says so once at start-up (a warning naming the file), instead of quietly refusing less."""
    from assistant.chain import Assistant
    from assistant.config import Settings

    monkeypatch.setattr(SupportModel, "bundled", classmethod(lambda cls: None))
    settings = Settings(data_dir=indexed.settings.data_dir, chroma_url=None)
    with caplog.at_level("WARNING", logger="assistant.chain"):
        assert Assistant(settings=settings, store=indexed.store).answerer.support is None
    assert any("support_model.json is missing" in r.getMessage() for r in caplog.records)


def test_training_refuses_what_it_cannot_validate(tmp_path, capsys):
    """``fit`` needs two suites to cross-validate on, rows written by ``collect`` and a
    sensible ``--max-false``; each problem is one line naming the file (and line), exit 2."""
    from evals.train_support import main

    feats = {f: 0.5 for f in FEATURES}
    one_suite = tmp_path / "one.jsonl"
    one_suite.write_text("\n".join(json.dumps({"suite": "s", "label": lab, "rules_refused": False, "correct": True,
                                                "features": {**feats, "lead_lex": lab}}) for lab in (0, 1, 0, 1)))
    out = tmp_path / "model.json"
    assert main(["fit", str(one_suite), "--out", str(out)]) == 2 and not out.exists()
    assert "at least two suites" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text(one_suite.read_text().splitlines()[0] + "\n[1, 2]\n")
    assert main(["fit", str(bad), "--out", str(out)]) == 2
    assert f"{bad}:2: not a line written by collect" in capsys.readouterr().err
    assert main(["fit", str(one_suite), "--out", str(out), "--max-false", "5"]) == 2
    assert main(["collect", str(tmp_path / "no-such-suite.yaml"), "--out", str(out)]) == 2 and not out.exists()


def test_log_and_slack_end_a_malformed_setting_with_a_config_error(tmp_path):
    """`assistant log` and `assistant slack` read the settings like every other command: a
    malformed one is one "config error" line and exit 2, not a traceback."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    exe = Path(sys.executable).with_name("assistant")
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data"), "ASSISTANT_SUPPORT_CHECK": "garbage",
           "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_APP_TOKEN": "xapp-test", "COLUMNS": "250"}
    for argv in (["log"], ["slack"]):
        out = subprocess.run([str(exe), *argv], capture_output=True, text=True, timeout=120, env=env)
        assert out.returncode == 2, (argv, out.stderr)
        assert "config error" in out.stderr and "support_check" in out.stderr and "Traceback" not in out.stderr

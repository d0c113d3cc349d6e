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


def test_written_out_model_equals_scikit_learn_pipeline(tmp_path):
    """The numpy form of StandardScaler + LogisticRegression gives sklearn's probabilities,
    and the JSON :mod:`evals.train_support` writes loads back into the same model."""
    pytest.importorskip("sklearn")
    from evals.train_support import _fit

    rng = np.random.default_rng(7)
    x = rng.normal(size=(300, len(FEATURES)))
    y = (x[:, 0] - 0.5 * x[:, 3] + rng.normal(scale=0.5, size=300) > 0).astype(int)
    pipe = _fit(x, y)
    scaler, lr = pipe.steps[0][1], pipe.steps[1][1]
    model = SupportModel.from_dict({"features": list(FEATURES), "mean": scaler.mean_.tolist(),
                                    "scale": scaler.scale_.tolist(), "coef": lr.coef_[0].tolist(),
                                    "intercept": float(lr.intercept_[0]), "threshold": 0.9})
    ours = [model.p_unsupported(dict(zip(FEATURES, row))) for row in x[:25]]
    assert np.allclose(ours, pipe.predict_proba(x[:25])[:, 1], atol=1e-9)


def test_a_model_for_other_features_or_malformed_is_rejected():
    good = SupportModel.bundled()
    assert good is not None
    data = {"features": list(good.features), "mean": list(good.mean), "scale": list(good.scale),
            "coef": list(good.coef), "intercept": good.intercept, "threshold": good.threshold}
    with pytest.raises(ValueError, match="features"):
        SupportModel.from_dict({**data, "features": list(FEATURES[:-1]) + ["something_else"]})
    with pytest.raises(ValueError, match="one value per feature"):
        SupportModel.from_dict({**data, "coef": list(good.coef)[:-1]})
    with pytest.raises(ValueError, match="missing or malformed"):
        SupportModel.from_dict({k: v for k, v in data.items() if k != "threshold"})
    with pytest.raises(KeyError):
        good.p_unsupported({"lead_lex": 0.5})


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
    assert not {"heldout-32", "heldout-36", "heldout-59", "heldout-63", "heldout-64"} & set(prov["suites"])


def test_support_check_refuses_a_wrong_figure_and_keeps_a_right_one(indexed_both):
    """On the real corpus: the documents give no count of foster carers recruited, and the
    rules alone answer with another table's figure (children fostered privately); the
    support check refuses it. A count the documents do give is still answered."""
    model = indexed_both.answerer.support
    assert model is not None, "support_check is on by default"
    q = "how many foster carers were recruited in harrow in 2020-21?"
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
    kept = indexed_both.ask("how many young carers were registered to harrow schools?")
    assert kept.status == "answered" and "35" in kept.answer and kept.extra["p_unsupported"] < model.threshold


def test_support_check_can_be_turned_off(tmp_path):
    from assistant.config import Settings

    assert Settings(data_dir=tmp_path).support_check is True
    assert Settings(data_dir=tmp_path, support_check=False).support_check is False

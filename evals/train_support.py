"""Fit the answer-support classifier (:mod:`assistant.answer.support`) on evaluation suites.

Two steps, so the slow one runs once:

``collect`` runs every answerable and refusal case of the given suites through the assistant
(the index ``ASSISTANT_DATA_DIR`` selects, with the suites' corpora already ingested) with
the support check off, and records, for each case answered in one part, the support
features of the answer composed at the final step of
:meth:`assistant.answer.extractive.ExtractiveAnswerer.answer`, whether the rules refused it
and whether the answer was correct (:func:`evals.metrics.score_case`). Output: JSON lines.

``fit`` reads those lines and fits a classifier to tell refusal cases (label 1,
"unsupported") from answerable cases answered correctly (label 0); answerable cases answered
wrongly are left out (their quotes do not support them, but they are not what the documents
lack). ``--kind boosted_trees`` (default): scikit-learn's ``HistGradientBoostingClassifier``
(:data:`BOOSTED`); ``--kind logistic``: ``StandardScaler`` + ``LogisticRegression``; both with
balanced class weights. The threshold is chosen by leave-one-suite-out cross-validation: each
suite's cases are scored by a model fitted on the other suites, and the threshold is the
lowest at which the cross-validated share of correctly answered answerable cases refused
(among those the rules let through) stays at or under ``--max-false`` (default 0.5%, the
shipped model's). Writes the model JSON with its provenance (suites, counts, cross-validated
rates), e.g. ``assistant/data/support_model.json``.

Usage::

    python -m evals.train_support collect evals/*.yaml --out features.jsonl
    python -m evals.train_support fit features.jsonl --out assistant/data/support_model.json
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from assistant.answer.support import FEATURES

C_REGULARISATION = 0.5
#: chosen by leave-one-suite-out cross-validation on the read suites (ROC AUC 0.836, against
#: 0.817 at depth 2 and 0.826 with 100 trees; the logistic regression: 0.790)
BOOSTED = {"max_depth": 3, "max_iter": 200, "learning_rate": 0.05, "l2_regularization": 1.0}


def collect(paths: Sequence[str], out: str, keep_inputs: bool = False) -> int:
    """Run the suites' answerable and refusal cases; write one JSON line per case.

    Each line: ``{"id", "suite", "kind", "label", "status", "rules_refused", "correct",
    "parts", "features"}``; ``features`` is ``null`` when the final step was not reached
    (refused earlier, answered as a list or definition) or the message was answered in
    several parts.

    Returns:
        the number of cases written.
    """
    import assistant.answer.extractive as extractive
    from assistant.chain import Assistant
    from evals.metrics import score_case
    from evals.suite import load_suites

    suites = load_suites(list(paths))  # a bad suite fails before anything is written
    recorded: list[dict[str, float]] = []
    raw: list[dict[str, Any]] | None = [] if keep_inputs else None
    original = extractive.support_features

    def recording(*args, **kwargs):
        feats = original(*args, **kwargs)
        recorded.append(feats)
        if raw is not None:
            # the inputs (bar the corpus IDF), for trying new features without re-running
            names = ("qtype", "q_stems", "idf", "quote_stems", "quoted_passage_stems", "retrieved_stems", "quote_text",
                     "lead_lex", "lead_dense", "best_dense", "coverage")
            given = {**dict(zip(names, args)), **kwargs}
            row = {k: (sorted(v) if isinstance(v, (set, frozenset)) else v) for k, v in given.items()
                   if k not in ("idf", "equivalents")}
            row["equivalents"] = [[sorted(a), sorted(b)] for a, b in given.get("equivalents", ())]
            raw.append(row)
        return feats

    assistant = Assistant()
    assistant.answerer.support = None  # the rules alone, as the model will be applied after them
    n = 0
    partial = Path(f"{out}.partial")
    extractive.support_features = recording
    try:
        with open(partial, "w", encoding="utf-8") as fh:
            for suite in suites:
                for case in suite.cases:
                    if case.kind == "urgent":
                        continue
                    recorded.clear()
                    if raw is not None:
                        raw.clear()
                    answer = assistant.ask(case.question, front="eval")
                    run = answer.to_json()
                    metrics = score_case(case, {**run, "ranking": run.get("retrieved") or []})
                    one = len(recorded) == 1
                    fh.write(json.dumps({
                        "id": case.id, "suite": suite.name, "kind": case.kind,
                        "label": int(case.kind == "refuse"), "status": answer.status,
                        "rules_refused": answer.status == "not_found",
                        "correct": bool(metrics.get("answer_correct")) if case.answerable else None,
                        "parts": len(recorded), "features": recorded[0] if one else None,
                        **({"question": case.question, "inputs": raw[0] if one else None} if raw is not None else {}),
                    }) + "\n")
                    n += 1
        partial.replace(out)  # an interrupted run leaves the previous file as it was
    finally:
        extractive.support_features = original
        partial.unlink(missing_ok=True)
    return n


def _read_rows(path: str) -> list[dict[str, Any]]:
    """The lines ``collect`` wrote, checked.

    Raises:
        ValueError: a line that is not such a row (the message names the file and line).
    """
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise ValueError("not an object")
                for key in ("suite", "label", "rules_refused", "correct", "features"):
                    row[key]  # noqa: B018 - presence check
                if row["features"] is not None:
                    values = [row["features"][f] for f in FEATURES]
                    if not all(isinstance(v, (int, float)) and math.isfinite(v) for v in values):
                        raise ValueError("a feature is not a finite number")
            except (ValueError, KeyError, TypeError) as exc:
                what = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
                raise ValueError(f"{path}:{n}: not a line written by collect ({what})") from None
            rows.append(row)
    return rows


def _fit(x: np.ndarray, y: np.ndarray, kind: str = "logistic"):
    """Fit one classifier: ``logistic`` (``StandardScaler`` + ``LogisticRegression``) or
    ``boosted_trees`` (``HistGradientBoostingClassifier``); balanced class weights."""
    if kind == "boosted_trees":
        from sklearn.ensemble import HistGradientBoostingClassifier

        return HistGradientBoostingClassifier(**BOOSTED, class_weight="balanced", random_state=0).fit(x, y)
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=C_REGULARISATION, class_weight="balanced",
                                                              max_iter=2000)).fit(x, y)


def _parameters(model, kind: str) -> dict[str, Any]:
    """The fitted model's parameters as :meth:`assistant.answer.support.SupportModel.from_dict` reads them."""
    if kind == "boosted_trees":
        trees = []
        for (predictor,) in model._predictors:  # one tree per iteration for a binary loss
            nodes = predictor.nodes
            trees.append({"feature": nodes["feature_idx"].tolist(), "threshold": nodes["num_threshold"].tolist(),
                          "left": nodes["left"].tolist(), "right": nodes["right"].tolist(),
                          "leaf": nodes["is_leaf"].astype(bool).tolist(), "value": nodes["value"].tolist(),
                          "missing_left": nodes["missing_go_to_left"].astype(bool).tolist()})
        return {"kind": kind, "baseline": float(np.ravel(model._baseline_prediction)[0]), "trees": trees}
    scaler, lr = model.steps[0][1], model.steps[1][1]
    return {"kind": kind, "mean": scaler.mean_.tolist(), "scale": scaler.scale_.tolist(),
            "coef": lr.coef_[0].tolist(), "intercept": float(lr.intercept_[0])}


def fit(features_path: str, out: str, max_false: float = 0.005, kind: str = "boosted_trees") -> dict[str, Any]:
    """Fit on the collected lines, choose the threshold by leave-one-suite-out CV, write JSON.

    Raises:
        ValueError: a malformed line (file and line named), no usable rows, one class only,
            fewer than two suites, ``max_false`` outside 0..1, or no threshold meeting it.
    """
    if not 0.0 <= max_false < 1.0:
        raise ValueError(f"--max-false {max_false}: must be a share from 0 up to 1 (0.005 = 0.5%)")
    rows = _read_rows(features_path)
    use = [r for r in rows if r["features"] is not None and (r["label"] == 1 or r["correct"])]
    if not use or len({r["label"] for r in use}) < 2:
        raise ValueError(f"{features_path}: needs refusal and correctly answered cases with features")
    x = np.array([[r["features"][f] for f in FEATURES] for r in use], dtype=float)
    y = np.array([r["label"] for r in use])
    suites = np.array([r["suite"] for r in use])
    if len(set(suites.tolist())) < 2 or any(len(set(y[suites != s].tolist())) < 2 for s in set(suites.tolist())):
        raise ValueError(f"{features_path}: leave-one-suite-out cross-validation needs refusal and correctly "
                         "answered cases from at least two suites, with both left when any one suite is held out")
    through = np.array([not r["rules_refused"] for r in use])  # the rules let the answer through
    neg = (y == 0) & through  # correct answers the classifier could take away
    if not neg.any():
        raise ValueError(f"{features_path}: no correct answer the rules let through, so no threshold can be checked")
    cv = np.zeros(len(use))
    for s in sorted(set(suites)):
        test = suites == s
        cv[test] = _fit(x[~test], y[~test], kind).predict_proba(x[test])[:, 1]
    chosen = next((float(round(t, 2)) for t in np.arange(0.01, 1.0, 0.01) if (cv[neg] >= t).mean() <= max_false), None)
    if chosen is None:
        raise ValueError(f"no threshold below 1 refuses at most {max_false:.1%} of correct answers in cross-validation; "
                         "raise --max-false or add suites")
    model = _fit(x, y, kind)
    caught_all = int(((cv >= chosen) & (y == 1)).sum())
    caught_through = int(((cv >= chosen) & (y == 1) & through).sum())
    provenance = {
        "trained_by": "python -m evals.train_support fit: scikit-learn "
                      + (f"HistGradientBoostingClassifier {BOOSTED}" if kind == "boosted_trees"
                         else f"StandardScaler + LogisticRegression C={C_REGULARISATION}") + ", class_weight=balanced",
        "suites": sorted(set(suites.tolist())),
        "cases": {"refusal": int(y.sum()), "answered_correctly": int((y == 0).sum()),
                  "left_out_no_features": sum(1 for r in rows if r["features"] is None),
                  "left_out_answered_wrongly": sum(1 for r in rows if r["features"] is not None and r["label"] == 0 and not r["correct"])},
        "threshold_rule": f"lowest threshold whose leave-one-suite-out share of correct answers refused "
                          f"(among those the rules let through) is <= {max_false}",
        "cv_at_threshold": {
            "correct_answers_refused": int((cv[neg] >= chosen).sum()), "correct_answers_through": int(neg.sum()),
            "refusal_cases_caught": caught_all, "refusal_cases": int(y.sum()),
            "refusal_cases_caught_that_rules_let_through": caught_through,
            "refusal_cases_rules_let_through": int(((y == 1) & through).sum()),
        },
    }
    provenance["cv_roc_auc"] = round(float(_auc(y, cv)), 4)
    data = {"features": list(FEATURES), **_parameters(model, kind), "threshold": chosen, "provenance": provenance}
    Path(out).write_text(_dumps(data), encoding="utf-8")
    return data


def _dumps(data: dict[str, Any]) -> str:
    """The model as JSON: indented, except one line per tree."""
    trees = data.get("trees")
    if not trees:
        return json.dumps(data, indent=1) + "\n"
    head = json.dumps({k: v for k, v in data.items() if k != "trees"}, indent=1)
    return head[:-2] + ',\n "trees": [\n  ' + ",\n  ".join(json.dumps(t) for t in trees) + "\n ]\n}\n"


def _auc(y: np.ndarray, p: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return roc_auc_score(y, p)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``collect SUITE... --out F`` or ``fit F --out MODEL``; exit 2 on bad input."""
    parser = argparse.ArgumentParser(prog="python -m evals.train_support", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect", help="run suites and record support features")
    c.add_argument("suites", nargs="+")
    c.add_argument("--out", required=True)
    c.add_argument("--keep-inputs", action="store_true", help="also write each answer's inputs (for feature work)")
    f = sub.add_parser("fit", help="fit the classifier and choose its threshold")
    f.add_argument("features")
    f.add_argument("--out", required=True)
    f.add_argument("--max-false", type=float, default=0.005,
                   help="largest cross-validated share of correct answers refused (0.005 = 0.5%%)")
    f.add_argument("--kind", choices=("boosted_trees", "logistic"), default="boosted_trees")
    args = parser.parse_args(argv)
    try:
        if args.cmd == "collect":
            print(f"{collect(args.suites, args.out, args.keep_inputs)} cases written to {args.out}")
        else:
            data = fit(args.features, args.out, args.max_false, args.kind)
            print(json.dumps(data["provenance"], indent=1))
            print(f"threshold {data['threshold']}")
            if args.kind == "logistic":
                print("coefficients:", Counter(dict(zip(FEATURES, (round(v, 3) for v in data["coef"])))).most_common())
    except ImportError as exc:
        print(f"error: {exc.name or exc} is needed to fit: pip install -e '.[train]'", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

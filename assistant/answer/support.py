"""Answer support: how likely a composed extractive answer is *not* supported by its passages.

The refusal rules (:mod:`assistant.answer.refusal_rules`) each catch one way an answer can
miss what a question asks for (a figure for another year, a place never named ...). Each is
written from questions someone has read, and unseen questions phrase their missing detail
in ways no rule names. This module adds one learned check over the *whole* answer: a
classifier fitted offline by :mod:`evals.train_support` (scikit-learn's gradient-boosted
trees or logistic regression; here only its parameters are applied, without scikit-learn)
over a handful of general signals of support:

* how much of the question the quoted units cover, lexically (IDF-weighted stems, glossary
  equivalents counted) and densely (cosine similarity, all-MiniLM-L6-v2);
* how much of the question the quoted *passages* (title, section path, text), all retrieved
  passages and the corpus cover: a question whose rarest words appear in no retrieved
  passage, or in none the answer quotes, is likely about something the documents lack;
* the rarest asked word missing from the quoted passages (its IDF over the corpus maximum);
* the question's type (a figure asked and none quoted).

:func:`support_features` computes them (a ``dict`` keyed by :data:`FEATURES`);
:class:`SupportModel` turns them into ``P(unsupported)`` and refuses above a threshold chosen
by leave-one-suite-out cross-validation so that answerable questions are rarely refused
(evidence in ``assistant/data/support_model.json`` and the README).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np

from assistant.answer.text_evidence import GENERIC_STEMS
from assistant.keywords import covered_weight

#: a figure in a quote: digits, a number in words ("only one professional"), or a price
#: that is none ("Free from landlines")
_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                     r"fifty|hundred|thousand|million|billion|half|third|quarter|dozen|single|none|free)\b", re.I)

#: Feature names, in the order the model's coefficients use.
FEATURES: tuple[str, ...] = (
    "lead_lex",           # the lead unit's lexical score (question share in unit + heading), clipped to 1.5
    "lead_dense",         # cosine(question, lead unit)
    "best_dense",         # best cosine(question, retrieved passage)
    "coverage",           # best share of the question in one retrieved passage
    "quote_cover",        # share of the question in the quoted units and their headings
    "quoted_cover",       # share of the question in the quoted passages (title, section, text)
    "retrieved_missing",  # share of the question in no retrieved passage
    "corpus_missing",     # share of the question the corpus never uses
    "max_missing_idf",    # rarest asked stem absent from the quoted passages: its IDF / the corpus maximum
    "n_missing",          # asked stems (full weight) absent from the quoted passages, / 5, clipped to 1
    "q_number",           # question types (one-hot; "general" and "define" are the zero case)
    "q_who",
    "q_when",
    "q_list",
    "figure_gap",         # a figure asked and none in the quote (digits, a number in words, "free")
    # the clauses that ask (not a scene set first), their own words the corpus uses
    # ("known"), less generic ones ("how many", "harrow", "children"):
    "ask_missing_quote",    # IDF share of known asked stems absent from the quoted units and headings
    "ask_missing_passage",  # ... absent from the quoted passages
    "ask_n_missing",        # count of those absent from the quoted passages, / 3, clipped to 1
    "ask_max_missing",      # the rarest of those: its IDF / the corpus maximum
    "ask_oov",              # share of asked stems the corpus never uses
)


def support_features(qtype: str, q_stems: Mapping[str, float], idf: Mapping[str, float],
                     quote_stems: frozenset[str] | set[str], quoted_passage_stems: frozenset[str] | set[str],
                     retrieved_stems: frozenset[str] | set[str], quote_text: str,
                     lead_lex: float, lead_dense: float, best_dense: float, coverage: float,
                     equivalents: Sequence[tuple[frozenset[str], frozenset[str]]] = (),
                     full_weight: Iterable[str] = (), asked: Iterable[str] = ()) -> dict[str, float]:
    """The support signals of one composed answer.

    Args:
        qtype: :func:`assistant.answer.question_shape.question_type` of the question.
        q_stems: what the question asks about, ``stem -> weight`` (:func:`assistant.keywords.question_weights`).
        idf: the corpus IDF (``stem -> float``); a stem absent from it is one the corpus never uses.
        quote_stems: stems of the quoted units and their section paths.
        quoted_passage_stems: stems of the quoted passages (title, section path, text).
        retrieved_stems: stems of all retrieved passages.
        quote_text: the quoted units' text (for the figure check).
        lead_lex: the lead unit's lexical score (share of the question's weight, 0..~2).
        lead_dense: cosine similarity of the question and the lead unit (-1..1).
        best_dense: best cosine similarity of the question and a retrieved passage.
        coverage: best share of the question's weight in one retrieved passage (0..1).
        equivalents: ``(asked, naming)`` stem-set pairs (:meth:`assistant.glossary.Glossary.equivalents`).
        full_weight: the question's own stems (not glossary expansions); the "missing" counts
            read only these.
        asked: stems of the clauses that ask (:func:`assistant.answer.question_shape.asking_clauses`);
            the ``ask_*`` features read only these.

    Returns:
        ``{name: value}`` for every name in :data:`FEATURES` (floats, mostly 0..1).
    """
    total = sum(q_stems.values()) or 1.0
    eq = list(equivalents)
    top_idf = max(idf.values()) if idf else 1.0
    quote_set, passage_set = set(quote_stems), set(quoted_passage_stems)

    def held(s: str, have: set[str]) -> bool:
        # the stem itself, or its term named the other way (an acronym for its expansion)
        return s in have or any(s in a and b <= have for a, b in eq)

    missing = [s for s in full_weight if s in q_stems and not held(s, passage_set)]
    own_asked = [s for s in dict.fromkeys(asked) if s in q_stems and s not in GENERIC_STEMS]
    known = [s for s in own_asked if s in idf]
    known_total = sum(idf[s] for s in known) or 1.0
    lacking_quote = [s for s in known if not held(s, quote_set)]
    lacking_passage = [s for s in known if not held(s, passage_set)]
    return {
        "lead_lex": float(min(1.5, lead_lex)),
        "lead_dense": float(lead_dense),
        "best_dense": float(best_dense),
        "coverage": float(coverage),
        "quote_cover": covered_weight(dict(q_stems), quote_set, eq) / total,
        "quoted_cover": covered_weight(dict(q_stems), passage_set, eq) / total,
        "retrieved_missing": 1.0 - covered_weight(dict(q_stems), set(retrieved_stems), eq) / total,
        "corpus_missing": sum(w for s, w in q_stems.items() if s not in idf) / total,
        "max_missing_idf": max((idf.get(s, top_idf) for s in missing), default=0.0) / top_idf,
        "n_missing": min(1.0, len(missing) / 5.0),
        "q_number": float(qtype == "number"),
        "q_who": float(qtype == "who"),
        "q_when": float(qtype == "when"),
        "q_list": float(qtype == "list"),
        "figure_gap": float(qtype == "number" and not _FIGURE.search(quote_text)),
        "ask_missing_quote": sum(idf[s] for s in lacking_quote) / known_total,
        "ask_missing_passage": sum(idf[s] for s in lacking_passage) / known_total,
        "ask_n_missing": min(1.0, len(lacking_passage) / 3.0),
        "ask_max_missing": max((idf[s] for s in lacking_passage), default=0.0) / top_idf,
        "ask_oov": sum(1 for s in own_asked if s not in idf) / max(1, len(own_asked)),
    }


def _flags(values) -> tuple[bool, ...]:
    """JSON booleans (or 0/1) as a tuple; a string such as "false" is refused, not truthy."""
    if not all(isinstance(v, bool) or v in (0, 1) for v in values):
        raise ValueError("support model: a tree's leaf and missing_left flags must be true/false")
    return tuple(bool(v) for v in values)


@dataclass(frozen=True)
class Tree:
    """One regression tree of a boosted model, as parallel node arrays (node 0 is the root).

    A node that is not a leaf sends ``x`` left when ``x[feature] <= threshold`` (a missing
    value, NaN, goes where ``missing_left`` says), else right; a leaf gives ``value``.
    """

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    leaf: tuple[bool, ...]
    value: tuple[float, ...]
    missing_left: tuple[bool, ...]

    def predict(self, x: Sequence[float]) -> float:
        """The leaf value ``x`` (one value per feature) reaches."""
        i = 0
        while not self.leaf[i]:
            v = x[self.feature[i]]
            go_left = self.missing_left[i] if v != v else v <= self.threshold[i]
            i = self.left[i] if go_left else self.right[i]
        return self.value[i]


@dataclass(frozen=True)
class SupportModel:
    """A fitted classifier over :data:`FEATURES`, applied without scikit-learn.

    Two kinds, both as :mod:`evals.train_support` fits them with scikit-learn:

    * ``logistic``: ``StandardScaler`` + ``LogisticRegression`` written out,
      ``P(unsupported) = 1 / (1 + exp(-(coef . (x - mean) / scale + intercept)))``;
    * ``boosted_trees``: ``HistGradientBoostingClassifier`` (gradient-boosted regression
      trees with a logistic loss; Friedman, "Greedy Function Approximation: A Gradient
      Boosting Machine", 2001; histogram binning after LightGBM, Ke et al., NeurIPS 2017)
      written out, ``P(unsupported) = 1 / (1 + exp(-(baseline + sum of tree leaves)))``.

    Attributes:
        features: feature names, in the order the parameters use (must equal :data:`FEATURES`).
        threshold: refuse when ``P(unsupported) >= threshold`` (0..1).
        provenance: how it was trained and validated (suites, counts, cross-validated rates).
        kind: ``logistic`` or ``boosted_trees``.
        mean, scale, coef, intercept: the logistic kind's standardiser and weights.
        baseline, trees: the boosted kind's starting log-odds and trees (:class:`Tree`).
    """

    features: tuple[str, ...]
    threshold: float
    provenance: Mapping[str, object]
    kind: str = "logistic"
    mean: tuple[float, ...] = ()
    scale: tuple[float, ...] = ()
    coef: tuple[float, ...] = ()
    intercept: float = 0.0
    baseline: float = 0.0
    trees: tuple[Tree, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> "SupportModel":
        """Build from the JSON written by :mod:`evals.train_support`.

        Raises:
            ValueError: a field is missing or malformed, the lengths differ, the kind is
                unknown, or the features are not :data:`FEATURES` (a model trained on other
                signals must not be applied).
        """
        try:
            feats = tuple(data["features"])  # type: ignore[arg-type]
            kind = str(data.get("kind", "logistic"))
            common = dict(features=feats, threshold=float(data["threshold"]),  # type: ignore[arg-type]
                          provenance=dict(data.get("provenance") or {}), kind=kind)  # type: ignore[arg-type]
            if kind == "logistic":
                model = cls(**common, mean=tuple(map(float, data["mean"])), scale=tuple(map(float, data["scale"])),  # type: ignore[arg-type]
                            coef=tuple(map(float, data["coef"])), intercept=float(data["intercept"]))  # type: ignore[arg-type]
            elif kind == "boosted_trees":
                trees = tuple(Tree(tuple(map(int, t["feature"])), tuple(map(float, t["threshold"])),
                                   tuple(map(int, t["left"])), tuple(map(int, t["right"])),
                                   _flags(t["leaf"]), tuple(map(float, t["value"])), _flags(t["missing_left"]))
                              for t in data["trees"])  # type: ignore[union-attr]
                model = cls(**common, baseline=float(data["baseline"]), trees=trees)  # type: ignore[arg-type]
            else:
                raise ValueError(f"support model: unknown kind {kind!r} (logistic or boosted_trees)")
        except (KeyError, TypeError) as exc:
            raise ValueError(f"support model: missing or malformed field ({exc})") from exc
        if feats != FEATURES:
            raise ValueError(f"support model: features {list(feats)} are not {list(FEATURES)}")
        if not 0.0 < model.threshold < 1.0:
            raise ValueError(f"support model: threshold {model.threshold} is not between 0 and 1")
        if kind == "logistic":
            if not (len(model.mean) == len(model.scale) == len(model.coef) == len(FEATURES)):
                raise ValueError("support model: mean, scale and coef must each have one value per feature")
            if not all(v > 0 for v in model.scale):
                raise ValueError("support model: every scale must be above 0")
        elif not model.trees:
            raise ValueError("support model: a boosted model needs at least one tree")
        numbers = [*model.mean, *model.scale, *model.coef, model.intercept, model.baseline,
                   *(v for t in model.trees for v in (*t.threshold, *t.value))]
        if not all(math.isfinite(v) for v in numbers):
            raise ValueError("support model: every parameter must be a finite number")
        for t in model.trees:
            n = len(t.leaf)
            # (scikit-learn numbers a node's children after it, so a walk always ends at a leaf)
            if not n or not all(len(a) == n for a in (t.feature, t.threshold, t.left, t.right, t.value, t.missing_left)) \
                    or any(not t.leaf[i] and not (0 <= t.feature[i] < len(FEATURES) and i < t.left[i] < n and i < t.right[i] < n)
                           for i in range(n)):
                raise ValueError("support model: a tree's node arrays differ in length or point outside the tree "
                                 "or back up it")
        return model

    @classmethod
    def from_file(cls, path: str | Path) -> "SupportModel":
        """Load a model JSON written by ``python -m evals.train_support fit``.

        Raises:
            ValueError: the file cannot be read, is not JSON, or is not a valid model (the
                message names the file).
        """
        try:
            return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError, ValueError) as exc:
            raise ValueError(f"{path}: {exc}") from exc

    @classmethod
    def bundled(cls) -> "SupportModel | None":
        """The model shipped in ``assistant/data/support_model.json``, or ``None`` when absent."""
        try:
            text = resources.files("assistant.data").joinpath("support_model.json").read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        return cls.from_dict(json.loads(text))

    def p_unsupported(self, features: Mapping[str, float]) -> float:
        """``P(unsupported)`` (0..1) of one answer's :func:`support_features`.

        Raises:
            KeyError: a feature is missing.
        """
        x = [float(features[f]) for f in self.features]
        if self.kind == "boosted_trees":
            z = self.baseline + sum(t.predict(x) for t in self.trees)
        else:
            z = float(np.dot(np.asarray(self.coef), (np.asarray(x) - np.asarray(self.mean)) / np.asarray(self.scale))
                      + self.intercept)
        # (a logistic function that cannot overflow, whatever the log-odds)
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def refuses(self, features: Mapping[str, float]) -> bool:
        """Whether the answer is too likely unsupported to give (``p >= threshold``)."""
        return self.p_unsupported(features) >= self.threshold

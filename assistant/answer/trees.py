"""Gradient-boosted regression trees written out of scikit-learn and applied in plain Python.

The answer-support classifier (:mod:`assistant.answer.support`) is a scikit-learn
``HistGradientBoostingClassifier`` model (gradient boosting with a
logistic loss: Friedman, "Greedy Function Approximation: A Gradient Boosting Machine",
2001; histogram binning after LightGBM, Ke et al., NeurIPS 2017). It ships as node arrays
in JSON, so the product needs neither scikit-learn nor pickles: :class:`Tree` walks one, and
:func:`trees_from_json` reads and checks a list of them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterable, Sequence


def _flags(values: Iterable[Any], what: str) -> tuple[bool, ...]:
    """JSON booleans (or 0/1) as a tuple; a string such as "false" is refused, not truthy."""
    values = list(values)
    if not all(isinstance(v, bool) or v in (0, 1) for v in values):
        raise ValueError(f"{what}: a tree's leaf and missing_left flags must be true/false")
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


def trees_from_json(data: Any, n_features: int, what: str) -> tuple[Tree, ...]:
    """Read and check a list of trees as :func:`evals.train_support` writes them.

    Args:
        data: a list of ``{"feature", "threshold", "left", "right", "leaf", "value",
            "missing_left"}`` mappings of parallel node arrays.
        n_features: how many features the model reads (a node's ``feature`` must be below it).
        what: the model's name for messages ("support model").

    Raises:
        ValueError: a field is missing or malformed, there is no tree, a value is not
            finite, or the node arrays differ in length or point outside the tree or back up
            it (a tree that loops would never end).
    """
    try:
        trees = tuple(Tree(tuple(map(int, t["feature"])), tuple(map(float, t["threshold"])),
                           tuple(map(int, t["left"])), tuple(map(int, t["right"])),
                           _flags(t["leaf"], what), tuple(map(float, t["value"])), _flags(t["missing_left"], what))
                      for t in data)
    except (KeyError, TypeError) as exc:
        raise ValueError(f"{what}: missing or malformed field ({exc})") from exc
    if not trees:
        raise ValueError(f"{what}: a boosted model needs at least one tree")
    if not all(math.isfinite(v) for t in trees for v in (*t.threshold, *t.value)):
        raise ValueError(f"{what}: every parameter must be a finite number")
    for t in trees:
        n = len(t.leaf)
        # (scikit-learn numbers a node's children after it, so a walk always ends at a leaf)
        if not n or not all(len(a) == n for a in (t.feature, t.threshold, t.left, t.right, t.value, t.missing_left)) \
                or any(not t.leaf[i] and not (0 <= t.feature[i] < n_features and i < t.left[i] < n and i < t.right[i] < n)
                       for i in range(n)):
            raise ValueError(f"{what}: a tree's node arrays differ in length or point outside the tree "
                             "or back up it")
    return trees


def sigmoid(z: float) -> float:
    """The logistic function, without overflow whatever ``z``."""
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

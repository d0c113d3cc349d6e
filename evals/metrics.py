"""Deterministic scoring: pure functions over plain dicts, no model, no I/O.

One case's *run* is a dict shaped like the ``assistant ask --json`` object
(``status``, ``answer``, ``citations[]``, ``retrieved[]``, ``timings_ms``) plus, optionally,
``ranking`` -- a deeper best-first list of retrieved passages (same item shape as
``retrieved``) used for the retrieval metrics at k up to 10 --, ``retriever_order`` --
indices into ``ranking`` giving the retriever's order before the answer put the passages it
cites first (``retriever_recall@5``) -- and ``latency_ms``.

:func:`score_case` returns ``{metric: value}`` where a value is ``True``/``False`` (pass or
fail), a float (coverage, reciprocal rank), or ``None`` when the metric does not apply to
the case (e.g. refusal accuracy on a fact case). :func:`aggregate` averages each metric over
the cases where it applies and adds counts and latency percentiles.

Matching rules (see ``evals/README.md``):

* text is compared case-insensitively after normalising whitespace, curly quotes and dashes;
* a fact ``"a|b"`` is found when either alternative is found;
* an alternative that starts/ends with a digit must not be glued to further digits
  (``"33"`` is not found in ``"1933"`` or ``"333"``; ``"80.3"`` not in ``"80.35"``).
"""

from __future__ import annotations

import math
import re
from typing import Any, Iterable, Sequence

from evals.suite import Case

#: Cut-offs for fact recall@k and section hit@k.
KS = (1, 3, 5, 10)

_TRANS = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})
_WS = re.compile(r"\s+")
_MARKER = re.compile(r"\[(\d+)\]")
#: Heading the chain puts between the urgent signposting and any retrieved learning.
URGENT_LEARNING_HEADING = "relevant learning from the documents"
#: Urgent facts must appear within this many characters of the start of the answer.
URGENT_LEAD_CHARS = 500


def normalize(text: str | None) -> str:
    """Lower-case, unify quotes/dashes/spaces, collapse whitespace."""
    return _WS.sub(" ", (text or "").translate(_TRANS)).strip().lower()


def _alt_pattern(alt: str) -> re.Pattern[str]:
    a = normalize(alt)
    pat = re.escape(a)
    if a[:1].isdigit():
        pat = r"(?<![\d])(?<!\d[.,])" + pat
    if a[-1:].isdigit():
        pat = pat + r"(?![\d])(?![.,]\d)"
    return re.compile(pat)


def fact_in(fact: str, text: str | None, normalized: bool = False) -> bool:
    """Whether ``fact`` (``"a|b"`` = either) occurs in ``text`` under the matching rules."""
    hay = text if normalized else normalize(text)
    for alt in fact.split("|"):
        if alt.strip() and _alt_pattern(alt).search(hay):
            return True
    return False


def facts_found(facts: Sequence[str], text: str | None) -> list[bool]:
    hay = normalize(text)
    return [fact_in(f, hay, normalized=True) for f in facts]


def _passage_text(p: dict[str, Any]) -> str:
    return p.get("text") or ""


def _passage_evidence(p: dict[str, Any]) -> str:
    """What a passage shows a reader, for fact recall and MRR: its heading path, then its
    text. A chunk keeps its headings as metadata ("... > Nazir Afzal OBE" over "We were
    delighted to have Nazir as one of our key-note speakers"), where a page of the plain
    pipeline carries them inline; the document title (on every chunk) is left out."""
    return f"{p.get('section') or ''}\n{_passage_text(p)}"


def _passage_heading(p: dict[str, Any]) -> str:
    return " ".join(str(p.get(k) or "") for k in ("title", "section"))


def fact_recall_at(facts: Sequence[str], passages: Sequence[dict[str, Any]], k: int) -> bool | None:
    """All facts occur somewhere in the top-``k`` passages (their heading paths and texts
    joined, :func:`_passage_evidence`)."""
    if not facts:
        return None
    joined = "\n".join(_passage_evidence(p) for p in passages[:k])
    return all(facts_found(facts, joined))


def reciprocal_rank(facts: Sequence[str], passages: Sequence[dict[str, Any]]) -> float | None:
    """1/rank of the first single passage (heading path and text) that contains all facts
    (0.0 if none)."""
    if not facts:
        return None
    for i, p in enumerate(passages, 1):
        if all(facts_found(facts, _passage_evidence(p))):
            return 1.0 / i
    return 0.0


def section_hit_at(section: str, passages: Sequence[dict[str, Any]], k: int) -> bool | None:
    """The expected ``section`` phrase occurs in the heading path, title or text of one of
    the top-``k`` passages."""
    if not section:
        return None
    phrase = normalize(section)
    return any(phrase in normalize(_passage_heading(p)) or phrase in normalize(_passage_text(p)) for p in passages[:k])


def document_hit_at(documents: Sequence[str], passages: Sequence[dict[str, Any]], k: int) -> bool | None:
    """One of the top-``k`` passages comes from one of the expected documents (a source
    matches when it equals the expected name or ends with ``/name``)."""
    if not documents:
        return None
    return any(_source_matches(p.get("source") or "", documents) for p in passages[:k])


def _source_matches(source: str, documents: Sequence[str]) -> bool:
    s = source.replace("\\", "/").lower()
    for d in documents:
        d = d.replace("\\", "/").lower().strip("/")
        if s == d or s.endswith("/" + d) or d.endswith("/" + s):
            return True
    return False


def fact_coverage(facts: Sequence[str], text: str | None) -> float | None:
    """Share of facts found in ``text`` (partial credit)."""
    if not facts:
        return None
    found = facts_found(facts, text)
    return sum(found) / len(found)


def citation_problems(run: dict[str, Any]) -> list[str]:
    """Everything wrong with the citations of ``run`` (empty list = valid).

    * every citation's ``quote`` must be a verbatim substring of the ``text`` of a
      retrieved passage with the same ``source``;
    * every cited source must be among the retrieved passages;
    * every ``[n]`` marker in the answer must have a citation ``n``.
    """
    problems: list[str] = []
    retrieved = run.get("retrieved") or []
    citations = run.get("citations") or []
    sources = {p.get("source") for p in retrieved}
    numbers = set()
    for c in citations:
        n = c.get("n")
        numbers.add(n)
        quote = c.get("quote") or ""
        src = c.get("source")
        if src not in sources:
            problems.append(f"[{n}] cites {src!r}, which was not retrieved")
            continue
        if not quote.strip():
            problems.append(f"[{n}] has an empty quote")
            continue
        if not any(p.get("source") == src and quote in (p.get("text") or "") for p in retrieved):
            problems.append(f"[{n}] quote is not verbatim in any retrieved passage of {src!r}")
    for m in sorted({int(x) for x in _MARKER.findall(run.get("answer") or "")}):
        if citations and m not in numbers:
            problems.append(f"answer marker [{m}] has no citation")
    return problems


def urgent_lead(answer: str | None) -> str:
    """The part of an answer that must carry urgent signposting: text before the
    retrieved-learning heading or the first citation marker, at most
    :data:`URGENT_LEAD_CHARS` characters."""
    text = answer or ""
    cut = len(text)
    low = text.lower()
    i = low.find(URGENT_LEARNING_HEADING)
    if i >= 0:
        cut = min(cut, i)
    m = _MARKER.search(text)
    if m:
        cut = min(cut, m.start())
    return text[: min(cut, URGENT_LEAD_CHARS)]


def score_case(case: Case, run: dict[str, Any], k: int = 5) -> dict[str, Any]:
    """Score one case. ``k`` is the run's answer depth (reported as ``*_at_k``).

    Returns a flat dict; booleans are pass/fail, ``None`` means "not applicable".
    """
    status = run.get("status")
    answer = run.get("answer") or ""
    citations = run.get("citations") or []
    ranking = run.get("ranking") or run.get("retrieved") or []
    facts = case.facts if case.kind != "refuse" else []
    error = run.get("error")
    m: dict[str, Any] = {}
    # retrieval (answerable cases: their facts are in the corpus)
    retr_facts = facts if case.answerable else []
    for kk in KS:
        m[f"fact_recall@{kk}"] = fact_recall_at(retr_facts, ranking, kk)
    m["fact_recall@k"] = fact_recall_at(retr_facts, ranking, k)
    # the retrieval stage alone, before the answer put the passages it cites first
    # (``retriever_order``: indices into ``ranking``; absent for pipelines that do not reorder)
    order = run.get("retriever_order")
    retriever_ranking = [ranking[i] for i in order if i < len(ranking)] if order else ranking
    m["retriever_recall@5"] = fact_recall_at(retr_facts, retriever_ranking, 5)
    m["mrr"] = reciprocal_rank(retr_facts, ranking)
    sec = case.section if case.kind != "refuse" else ""
    for kk in KS:
        m[f"section_hit@{kk}"] = section_hit_at(sec, ranking, kk)
    m["section_hit@k"] = section_hit_at(sec, ranking, k)
    m["document_hit@k"] = document_hit_at(case.documents if case.kind != "refuse" else [], ranking, k)
    # answers
    if case.answerable:
        found = facts_found(facts, answer)
        m["answer_correct"] = all(found)
        m["fact_coverage"] = sum(found) / len(found) if found else None
        m["missing_facts"] = [f for f, ok in zip(facts, found) if not ok]
        m["false_refusal"] = status == "not_found"
    else:
        m["answer_correct"] = None
        m["fact_coverage"] = None
        m["missing_facts"] = []
        m["false_refusal"] = None
    # citations
    if citations:
        probs = citation_problems(run)
        m["citation_valid"] = not probs
        m["citation_problems"] = probs
    else:
        m["citation_valid"] = None
        m["citation_problems"] = []
    # refusals
    m["refusal_correct"] = (status == "not_found" and not citations) if case.kind == "refuse" else None
    # urgent
    if case.kind == "urgent":
        lead = urgent_lead(answer)
        m["urgent_correct"] = status == "urgent" and all(facts_found(facts, lead))
    else:
        m["urgent_correct"] = None
    # the one verdict per case
    if error:
        m["pass"] = False
    elif case.answerable:
        m["pass"] = bool(m["answer_correct"]) and m["citation_valid"] is not False
    elif case.kind == "refuse":
        m["pass"] = bool(m["refusal_correct"])
    else:
        m["pass"] = bool(m["urgent_correct"])
    return m


#: Aggregated metrics: name -> per-case key (mean over cases where the key is not None).
MEAN_METRICS = (
    ("fact_recall@1", "fact_recall@1"), ("fact_recall@3", "fact_recall@3"), ("fact_recall@5", "fact_recall@5"),
    ("fact_recall@10", "fact_recall@10"), ("fact_recall@k", "fact_recall@k"),
    ("retriever_recall@5", "retriever_recall@5"), ("mrr", "mrr"),
    ("section_hit@1", "section_hit@1"), ("section_hit@3", "section_hit@3"), ("section_hit@5", "section_hit@5"),
    ("section_hit@10", "section_hit@10"), ("section_hit@k", "section_hit@k"), ("document_hit@k", "document_hit@k"),
    ("answer_accuracy", "answer_correct"), ("fact_coverage", "fact_coverage"),
    ("citation_validity", "citation_valid"), ("refusal_accuracy", "refusal_correct"),
    ("false_refusal_rate", "false_refusal"), ("urgent_accuracy", "urgent_correct"), ("pass_rate", "pass"),
)

#: Headline metrics, in display order.
HEADLINE = ("answer_accuracy", "fact_coverage", "fact_recall@1", "fact_recall@3", "fact_recall@5", "fact_recall@10",
            "retriever_recall@5", "mrr", "section_hit@k", "citation_validity", "refusal_accuracy", "false_refusal_rate", "urgent_accuracy",
            "pass_rate", "latency_p50_ms", "latency_p95_ms")


def percentile(values: Iterable[float], q: float) -> float | None:
    """Linear-interpolated percentile (``q`` in 0..100) or ``None`` for no values."""
    xs = sorted(float(v) for v in values if v is not None)
    if not xs:
        return None
    if len(xs) == 1:
        return xs[0]
    pos = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def _mean(values: list[Any]) -> float | None:
    vals = [float(v) for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def aggregate(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Aggregate case rows (each with ``metrics`` and ``latency_ms``).

    Returns ``{metric: mean-or-None, "n": cases, "n_<metric>": cases it applied to,
    "latency_p50_ms", "latency_p95_ms", "errors"}``.
    """
    out: dict[str, Any] = {"n": len(rows)}
    for name, key in MEAN_METRICS:
        vals = [r["metrics"].get(key) for r in rows]
        applicable = [v for v in vals if v is not None]
        out[name] = _mean(applicable)
        out[f"n_{name}"] = len(applicable)
    lat = [r.get("latency_ms") for r in rows if r.get("latency_ms") is not None]
    out["latency_p50_ms"] = percentile(lat, 50)
    out["latency_p95_ms"] = percentile(lat, 95)
    out["errors"] = sum(1 for r in rows if r.get("error"))
    return out


def breakdown(rows: Sequence[dict[str, Any]], by: str) -> dict[str, dict[str, Any]]:
    """Aggregate per ``kind`` (``by="kind"``) or per tag (``by="tag"``; a case counts in
    each of its tags)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        keys = [r["kind"]] if by == "kind" else list(r.get("tags") or [])
        for key in keys:
            groups.setdefault(key, []).append(r)
    return {key: aggregate(groups[key]) for key in sorted(groups)}


def compare(current: Sequence[dict[str, Any]], previous: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Cases whose verdict changed between two runs (matched by ``id``).

    A case *regressed* when it passed before and fails now, *improved* the other way;
    ``coverage_down``/``coverage_up`` list answerable cases whose fact coverage moved while
    the verdict stayed the same. Cases present in only one run are listed as ``added`` /
    ``removed``.
    """
    prev = {r["id"]: r for r in previous}
    cur = {r["id"]: r for r in current}
    out: dict[str, list[dict[str, Any]]] = {"regressed": [], "improved": [], "coverage_down": [], "coverage_up": [],
                                             "added": [], "removed": []}
    for cid, r in cur.items():
        p = prev.get(cid)
        if p is None:
            out["added"].append({"id": cid, "kind": r["kind"], "question": r["question"]})
            continue
        before, now = bool(p["metrics"].get("pass")), bool(r["metrics"].get("pass"))
        item = {"id": cid, "kind": r["kind"], "question": r["question"], "before": before, "now": now,
                "status_before": p.get("status"), "status_now": r.get("status"),
                "coverage_before": p["metrics"].get("fact_coverage"), "coverage_now": r["metrics"].get("fact_coverage")}
        if before and not now:
            out["regressed"].append(item)
        elif now and not before:
            out["improved"].append(item)
        else:
            cb, cn = item["coverage_before"], item["coverage_now"]
            if cb is not None and cn is not None and cn < cb:
                out["coverage_down"].append(item)
            elif cb is not None and cn is not None and cn > cb:
                out["coverage_up"].append(item)
    for cid, p in prev.items():
        if cid not in cur:
            out["removed"].append({"id": cid, "kind": p["kind"], "question": p["question"]})
    return out

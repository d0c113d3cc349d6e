"""Citation verifier for LLM answers: every kept sentence is cited and supported.

The model is asked to end each sentence with ``[n]`` markers naming the numbered passages
it drew on. :func:`CitationVerifier.verify` then checks the answer sentence by sentence
(:func:`ingest.sentences.sentence_spans`, line by line so lists survive):

* ``uncited`` -- no ``[n]`` marker: removed;
* ``invalid_citation`` -- every marker names a passage that does not exist (``[9]`` when 5
  were given): removed (a missing number next to a valid one is just dropped from the
  sentence and listed in ``removed_citations``);
* ``unsupported`` -- the cited passages do not support the sentence: removed;
* ``number_not_in_passage`` -- the sentence states a number (``83``, ``36.1%``,
  ``2019/20``) that none of its cited passages contains: removed, however similar the rest
  of the sentence is (a changed number is the most harmful paraphrase in this domain);
* ``supported`` -- kept; each of its citations gets a ``quote``: the passage unit (sentence,
  list item or table row) that best supports the sentence, an exact substring of the
  passage text (the ``--json`` contract).

Support of a sentence ``s`` by passage ``p``::

    support = LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * dense
    lexical = share of s's content stems (assistant.keywords.analyze) found in p
              (text, section and title)
    dense   = cosine of s with p's best-matching unit (same MiniLM embedder)

With several citations the lexical share is taken over the union of the cited passages and
the dense part is the best of them, so a sentence combining two passages can be supported.

Passage units that read like instructions to a model ("ignore previous instructions",
"reply that ...", "you are now ...") are treated as a prompt-injection attempt: they are
excluded from the support computation and can never be quoted, so a model that repeats an
injected claim is not "supported" by the very text that injected it.

Calibration (see ``docs/llm.md`` and ``tests/test_llm.py::CALIBRATION``): 40 hand-labelled
(sentence, passage) pairs written from the Harrow annual report -- verbatim and
paraphrased claims against on-topic fabrications, claims from the wrong passage and
unrelated sentences. The threshold below separates them best (midpoint of the widest gap).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

from assistant.answer.structure import passage_units
from assistant.embeddings import Embedder
from assistant.keywords import analyze
from ingest.models import Citation, Passage
from ingest.sentences import sentence_spans

#: Support threshold (calibrated; see module docstring and docs/llm.md).
DEFAULT_THRESHOLD = 0.64
#: Weight of lexical overlap in the support score (the rest is embedding cosine).
LEXICAL_WEIGHT = 0.5

# "[1]", "[1, 3]", "[1-3]", "[1][2]", "[Passage 2]"
_MARKER = re.compile(r"\[\s*(?:passages?\s*)?(\d+(?:\s*(?:[,;&]|and|[-–])\s*\d+)*)\s*\]", re.I)
_MARKER_RUN = r"(?:\s*\[\s*(?:passages?\s*)?\d+(?:\s*(?:[,;&]|and|[-–])\s*\d+)*\s*\])+"
# "sentence. [1]" -> "sentence [1]." so the splitter keeps the marker with its sentence
_MARKER_AFTER_STOP = re.compile(r"([.!?])(" + _MARKER_RUN + r")", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_END_PUNCT = re.compile(r"[.!?:;]+[\"'”’)*_]*\s*$")

_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:instructions?|prompts?|rules?|directions?|guidance above)\b"
    r"|\b(?:reply|respond|answer|say|state)\s+(?:only\s+)?(?:that|with)\b"
    r"|\btell\s+(?:the\s+)?(?:user|practitioner|reader)\b"
    r"|\byou\s+are\s+now\b|\bsystem\s+prompt\b|\bnew\s+instructions?\b|\b(?:as\s+an?|you\s+are\s+an?)\s+(?:ai|language\s+model|assistant)\b",
    re.I,
)


_CACHES: dict[int, dict[str, np.ndarray]] = {}


def looks_like_injection(text: str) -> bool:
    """True when ``text`` reads like an instruction aimed at a language model."""
    return bool(_INJECTION.search(text))


def _cited_numbers(group: str) -> list[int]:
    nums: list[int] = []
    for part in re.split(r"\s*(?:[,;&]|and)\s*", group):
        m = re.fullmatch(r"(\d+)\s*[-–]\s*(\d+)", part.strip())
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            nums.extend(range(a, b + 1) if 0 < b - a < 20 else [a, b])
        elif part.strip().isdigit():
            nums.append(int(part.strip()))
    return nums


def _numbers(stems: set[str]) -> set[str]:
    return {s.rstrip("%") for s in stems if s[:1].isdigit()}


def _number_ok(num: str, available: set[str]) -> bool:
    if num in available:
        return True
    if "/" in num:  # 2019/20 written for "2019 to 2020" or "2019-20"
        parts = num.split("/")
        return all(any(a == p or (len(p) < len(a) and a.endswith(p)) for a in available) for p in parts)
    return False


@dataclass
class _Sentence:
    line: int
    text: str          # as written by the model
    claim: str         # markers removed
    cited: list[int]   # passage numbers as written (1-based)


@dataclass
class Verification:
    """Outcome of :meth:`CitationVerifier.verify`.

    Attributes:
        text: the kept sentences, with markers renumbered to match ``citations``.
        citations: one per distinct (passage, quote) pair, numbered in answer order.
        records: one dict per sentence of the model's answer:
            ``sentence``, ``citations`` (passage numbers as the model wrote them),
            ``support`` (0..1 or ``None`` when nothing valid was cited), ``lexical``,
            ``dense``, ``kept``, ``reason``, ``removed_citations`` and, for kept
            sentences, ``quotes`` (the verbatim supporting units).
        stats: ``sentences``, ``supported``, ``citations`` (markers written),
            ``valid_citations`` (markers kept: existing passage that supports its
            sentence), ``support_rate``, ``citation_validity``.
        suspicious_passages: 1-based numbers of passages containing injection-like text.
    """

    text: str
    citations: list[Citation]
    records: list[dict[str, Any]]
    stats: dict[str, Any]
    suspicious_passages: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """At least one sentence survived."""
        return bool(self.stats.get("supported"))


class CitationVerifier:
    """Checks an LLM answer against the passages it was given.

    Args:
        embedder: the embedding model (the same one retrieval uses).
        threshold: minimum support for a sentence to be kept.
        lexical_weight: weight of lexical overlap in the support score.
    """

    def __init__(self, embedder: Embedder, threshold: float = DEFAULT_THRESHOLD,
                 lexical_weight: float = LEXICAL_WEIGHT):
        self.embedder = embedder
        self.threshold = threshold
        self.lexical_weight = lexical_weight
        # unit/sentence vectors, shared by verifiers of the same embedder (passages recur)
        self._cache: dict[str, np.ndarray] = _CACHES.setdefault(id(embedder), {})

    # -- helpers -------------------------------------------------------------------------
    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            if len(self._cache) > 20_000:
                self._cache.clear()
            for t, v in zip(missing, self.embedder.embed(missing)):
                self._cache[t] = v
        return np.vstack([self._cache[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)

    def _passage_info(self, passages: Sequence[Passage]):
        """Per passage: usable units, their vectors, and content stems (injected units
        excluded)."""
        units = passage_units(passages)
        by_passage: list[list] = [[] for _ in passages]
        suspicious: set[int] = set()
        for u in units:
            if looks_like_injection(u.text):
                suspicious.add(u.passage)
                continue
            by_passage[u.passage].append(u)
        vecs = self._embed([u.text for us in by_passage for u in us])
        info = []
        i = 0
        for pi, p in enumerate(passages):
            us = by_passage[pi]
            v = vecs[i:i + len(us)]
            i += len(us)
            stems = set(analyze(p.chunk.section)) | set(analyze(p.chunk.title))
            for u in us:
                stems |= set(analyze(u.text))
            info.append({"units": us, "vecs": v, "stems": stems, "unit_stems": [set(analyze(u.text)) for u in us]})
        return info, sorted(n + 1 for n in suspicious)

    def score(self, sentence: str, passage: Passage) -> dict[str, float]:
        """Support of one sentence by one passage: ``{support, lexical, dense}`` (used for
        calibration)."""
        info, _ = self._passage_info([passage])
        svec = self._embed([sentence])[0]
        stems = set(analyze(sentence))
        return self._support(stems, svec, [info[0]])

    def _support(self, stems: set[str], svec: np.ndarray, infos: list[dict]) -> dict[str, Any]:
        union = set().union(*(i["stems"] for i in infos)) if infos else set()
        lexical = len(stems & union) / len(stems) if stems else 0.0
        dense = 0.0
        for i in infos:
            if len(i["units"]):
                dense = max(dense, float(np.max(i["vecs"] @ svec)))
        numbers = _numbers(stems)
        avail = _numbers(union)
        missing = sorted(n for n in numbers if not _number_ok(n, avail))
        support = self.lexical_weight * lexical + (1 - self.lexical_weight) * max(0.0, dense)
        return {"support": support, "lexical": lexical, "dense": dense, "missing_numbers": missing}

    def _best_unit(self, stems: set[str], svec: np.ndarray, info: dict):
        if not info["units"]:
            return None
        dense = info["vecs"] @ svec
        best, best_score = None, -1.0
        for k, u in enumerate(info["units"]):
            lex = len(stems & info["unit_stems"][k]) / len(stems) if stems else 0.0
            sc = self.lexical_weight * lex + (1 - self.lexical_weight) * float(dense[k])
            if sc > best_score:
                best, best_score = u, sc
        return best

    @staticmethod
    def split(text: str) -> list[_Sentence]:
        """Sentences of a model answer with their cited passage numbers."""
        out: list[_Sentence] = []
        text = _MARKER_AFTER_STOP.sub(lambda m: m.group(2) + m.group(1), text or "")
        for li, line in enumerate(text.split("\n")):
            spans = sentence_spans(line)
            merged: list[str] = []
            for a, b in spans:
                s = line[a:b]
                # a sentence that is only markers belongs to the previous one
                if merged and not _MARKER.sub("", s).strip(" .;,"):
                    merged[-1] += " " + s
                else:
                    merged.append(s)
            for s in merged:
                cited: list[int] = []
                for m in _MARKER.finditer(s):
                    cited.extend(_cited_numbers(m.group(1)))
                claim = re.sub(r"\s+([.,;:!?])", r"\1", _MARKER.sub("", s))
                claim = re.sub(r"\s{2,}", " ", claim).strip()
                out.append(_Sentence(li, s, claim, list(dict.fromkeys(cited))))
        return out

    # -- main ----------------------------------------------------------------------------
    def verify(self, text: str, passages: Sequence[Passage]) -> Verification:
        """Check ``text`` (the model's answer) against ``passages`` (numbered from 1).

        Returns:
            a :class:`Verification`; ``ok`` is false when no sentence survived.
        """
        passages = list(passages)
        sentences = self.split(text)
        info, suspicious = self._passage_info(passages)
        claims = [s.claim for s in sentences]
        svecs = self._embed(claims) if claims else np.zeros((0, 384), np.float32)

        records: list[dict[str, Any]] = []
        kept_lines: dict[int, list[str]] = {}
        citations: list[Citation] = []
        keys: dict[tuple[int, int, int], int] = {}
        n_markers = n_valid = n_sentences = n_supported = 0

        for si, s in enumerate(sentences):
            stems = set(analyze(_BULLET.sub("", s.claim)))
            if not stems:
                continue  # pure formatting ("**Summary**:", "-") carries no claim
            n_sentences += 1
            n_markers += len(s.cited)
            valid = [n for n in s.cited if 1 <= n <= len(passages)]
            invalid = [n for n in s.cited if n not in valid]
            rec: dict[str, Any] = {"sentence": s.text, "citations": s.cited, "support": None,
                                   "lexical": None, "dense": None, "kept": False, "reason": "",
                                   "removed_citations": invalid}
            records.append(rec)
            if not s.cited:
                rec["reason"] = "uncited"
                continue
            if not valid:
                rec["reason"] = "invalid_citation"
                continue
            svec = svecs[si]
            sup = self._support(stems, svec, [info[n - 1] for n in valid])
            rec.update(support=round(sup["support"], 4), lexical=round(sup["lexical"], 4), dense=round(sup["dense"], 4))
            if sup["missing_numbers"]:
                rec["reason"] = "number_not_in_passage"
                rec["missing_numbers"] = sup["missing_numbers"]
                continue
            if sup["support"] < self.threshold:
                rec["reason"] = "unsupported"
                continue
            # which of the valid citations support the sentence on their own
            singles = {n: self._support(stems, svec, [info[n - 1]]) for n in valid}
            keep = [n for n in valid if singles[n]["support"] >= self.threshold and not singles[n]["missing_numbers"]] or valid
            units = [(n, self._best_unit(stems, svec, info[n - 1])) for n in keep]
            units = [(n, u) for n, u in units if u is not None]
            if not units:
                rec["reason"] = "unsupported"
                continue
            rec["removed_citations"] = invalid + [n for n in valid if n not in keep]
            new_ns: list[int] = []
            quotes: list[str] = []
            for n, u in units:
                key = (n - 1, u.start, u.end)
                if key not in keys:
                    c = passages[n - 1].chunk
                    keys[key] = len(citations) + 1
                    citations.append(Citation(n=keys[key], source=c.source, title=c.title, section=c.section,
                                              page=c.page_of(u.start), quote=c.text[u.start:u.end],
                                              date=(c.metadata or {}).get("date") or None,
                                              page_end=c.later_page(u.start, u.end)))
                new_ns.append(keys[key])
                quotes.append(citations[keys[key] - 1].quote)
            n_valid += len(units)
            n_supported += 1
            rec.update(kept=True, reason="supported", quotes=quotes)
            kept_lines.setdefault(s.line, []).append(_with_markers(s.claim, new_ns))

        out_lines = []
        original = (_MARKER_AFTER_STOP.sub(lambda m: m.group(2) + m.group(1), text or "")).split("\n")
        for li in sorted(kept_lines):
            line = " ".join(kept_lines[li])
            bullet = _BULLET.match(original[li]) if li < len(original) else None
            if bullet and not _BULLET.match(line):
                line = bullet.group(0).lstrip() + line
            out_lines.append(line)
        stats = {
            "sentences": n_sentences,
            "supported": n_supported,
            "citations": n_markers,
            "valid_citations": n_valid,
            "support_rate": round(n_supported / n_sentences, 4) if n_sentences else 0.0,
            "citation_validity": round(n_valid / n_markers, 4) if n_markers else 0.0,
        }
        return Verification("\n".join(out_lines), citations, records, stats, suspicious)


def _with_markers(claim: str, numbers: list[int]) -> str:
    marks = "".join(f"[{n}]" for n in numbers)
    m = _END_PUNCT.search(claim)
    if m:
        return claim[: m.start()].rstrip() + " " + marks + claim[m.start():].rstrip()
    return claim.rstrip() + " " + marks


__all__ = ["CitationVerifier", "Verification", "DEFAULT_THRESHOLD", "LEXICAL_WEIGHT", "looks_like_injection"]

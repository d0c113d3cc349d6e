"""Safeguarding glossary: acronyms, expansions, ambiguous senses and everyday synonyms.

Data lives in ``assistant/data/glossary.yaml``; expansions found in the corpus itself
("Multi-agency Risk Assessment Conference (MARAC)") are mined at query time from the
indexed chunks by :func:`mine_definitions` and take precedence for citation.

Used for query expansion (an acronym in the question adds its expansion and vice versa,
and everyday phrases add the terms the documents use) and by the answerer for
"what is X / what does X stand for" questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

GLOSSARY_FILE = Path(__file__).resolve().parent / "data" / "glossary.yaml"


@dataclass
class Term:
    """One glossary entry."""

    acronym: str
    expansion: str
    senses: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        return len(self.senses) > 1


@dataclass
class Glossary:
    """Acronym table plus phrase synonyms.

    Attributes:
        terms: upper-case acronym -> :class:`Term`.
        synonyms: lower-case everyday phrase -> document terms.
    """

    terms: dict[str, Term]
    synonyms: dict[str, list[str]]

    def find_terms(self, text: str) -> list[Term]:
        """Terms named in ``text`` by acronym (case-sensitive, whole word; also
        lower-case if the acronym has 4+ letters, e.g. "marac") or by full expansion."""
        found: dict[str, Term] = {}
        low = text.lower()
        for acr, term in self.terms.items():
            if re.search(rf"(?<![\w-]){re.escape(acr)}s?(?![\w-])", text) or (
                len(acr) >= 4 and re.search(rf"(?<![\w-]){re.escape(acr.lower())}(?![\w-])", low)
            ):
                found[acr] = term
            elif term.expansion and _norm(term.expansion) in _norm(text):
                found[acr] = term
        return list(found.values())

    def expand(self, text: str) -> list[str]:
        """Extra query phrases for ``text``: expansions, acronyms, related terms, synonyms."""
        extra: list[str] = []
        for term in self.find_terms(text):
            extra.append(term.acronym)
            extra.append(term.expansion)
            extra.extend(term.related)
        low = f" {text.lower()} "
        for phrase, targets in self.synonyms.items():
            if re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", low):
                extra.extend(targets)
        seen, out = set(), []
        for e in extra:
            if e.lower() not in seen and e.lower() not in text.lower():
                seen.add(e.lower())
                out.append(e)
        return out


def _norm(s: str) -> str:
    return re.sub(r"[\s\-–]+", " ", s.lower()).strip()


@lru_cache(maxsize=1)
def load_glossary(path: Path = GLOSSARY_FILE) -> Glossary:
    """Load the glossary YAML (cached).

    Raises:
        ValueError: the file is malformed (names the file and the entry).
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    terms: dict[str, Term] = {}
    for acr, entry in (data.get("terms") or {}).items():
        if not isinstance(entry, dict) or not entry.get("expansion"):
            raise ValueError(f"{path}: terms.{acr}: field 'expansion' is required")
        terms[str(acr).upper()] = Term(
            acronym=str(acr).upper(),
            expansion=str(entry["expansion"]),
            senses=[str(s) for s in entry.get("senses") or []],
            related=[str(s) for s in entry.get("related") or []],
        )
    synonyms = {str(k).lower(): [str(x) for x in v] for k, v in (data.get("synonyms") or {}).items()}
    return Glossary(terms=terms, synonyms=synonyms)


_DEF_PATTERNS = (
    # "Multi-agency Risk Assessment Conference (MARAC)"
    r"(?P<exp>(?:[A-Z][\w'’&-]*[\s-]+(?:(?:of|and|for|the|in|or|to)\s+)*){{1,8}}[A-Z]?[\w'’&-]*)\s*\(\s*{acr}\s*\)",
    # "MARAC (Multi-agency Risk Assessment Conference)"
    r"{acr}\s*\((?P<exp>[A-Z][^()]{{3,80}})\)",
)


def mine_definitions(acronym: str, text: str) -> list[tuple[int, int, str]]:
    """Places in ``text`` where ``acronym`` is spelled out, e.g.
    "Multi-agency Risk Assessment Conference (MARAC)" or "MARAC (Multi-agency ...)".

    Returns:
        ``[(start, end, expansion)]``: the span of the defining phrase (expansion plus
        acronym) and the expansion alone.
    """
    spans = []
    for pat in _DEF_PATTERNS:
        for m in re.finditer(pat.format(acr=re.escape(acronym)), text):
            exp = m.group("exp")
            initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’]*", exp) if w[0].isupper() or w.lower() not in {"of", "and", "for", "the", "in", "or", "to"})
            if acronym[0].upper() in initials.upper():
                spans.append((m.start(), m.end(), exp.strip()))
    return spans

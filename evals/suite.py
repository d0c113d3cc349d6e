"""Load and validate evaluation suites (YAML).

A suite file is a mapping with ``cases:`` (a list) and optionally ``corpus:`` (extra files
or folders to ingest before running, relative to the suite file or absolute) and ``name:``.
Each case has ``id``, ``kind``, ``question``, ``facts``, ``section`` and optionally
``documents``, ``tags`` and ``history`` (the earlier questions of the same conversation, for a
follow-up asked in a Slack thread). Anything malformed raises :class:`SuiteError` whose message
names the file, the case id and the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ingest.manifest import describe_yaml_error

KINDS = ("fact", "list", "paraphrase", "refuse", "urgent")
#: Kinds whose facts must appear in the answer (the "answerable" cases).
ANSWERABLE = ("fact", "list", "paraphrase")


class SuiteError(ValueError):
    """A suite file is missing, unparsable or has a malformed case."""


@dataclass
class Case:
    """One evaluation case.

    Attributes:
        id: stable id, unique across the suites of a run.
        kind: ``fact``, ``list``, ``paraphrase``, ``refuse`` or ``urgent``.
        question: what a practitioner types.
        facts: every entry must appear in the answer (case-insensitive); an entry
            ``"a|b"`` is satisfied by either alternative.
        section: phrase expected in the heading path or text of a relevant passage
            (``""`` = no expectation).
        documents: expected source files (matched against the end of ``source``).
        tags: free labels for breakdowns.
        suite: name of the suite the case came from.
        history: earlier questions of the same conversation, earliest first (``[]`` = the
            question is asked on its own). The runner asks each in turn and passes the
            ``(question, answer)`` turns to the follow-up, as a Slack thread does.
    """

    id: str
    kind: str
    question: str
    facts: list[str] = field(default_factory=list)
    section: str = ""
    documents: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    suite: str = ""
    history: list[str] = field(default_factory=list)

    @property
    def answerable(self) -> bool:
        return self.kind in ANSWERABLE

    def to_json(self) -> dict[str, Any]:
        out = {"id": self.id, "kind": self.kind, "question": self.question, "facts": list(self.facts),
               "section": self.section, "documents": list(self.documents), "tags": list(self.tags),
               "suite": self.suite}
        if self.history:
            out["history"] = list(self.history)
        return out


@dataclass
class Suite:
    """A loaded suite: its cases and the extra corpus paths it needs."""

    name: str
    path: Path | None
    cases: list[Case]
    corpus: list[Path] = field(default_factory=list)


def _str_list(value: Any, where: str, allow_empty: bool = True) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise SuiteError(f"{where}: must be a list of strings, got {type(value).__name__}")
    out: list[str] = []
    for i, item in enumerate(value):
        if isinstance(item, bool) or not isinstance(item, (str, int, float)):
            raise SuiteError(f"{where}[{i}]: must be a string, got {type(item).__name__}")
        s = str(item).strip()
        if not s or not any(alt.strip() for alt in s.split("|")):
            raise SuiteError(f"{where}[{i}]: must not be empty")
        out.append(s)
    return out


def parse_case(raw: Any, index: int, source: str = "<suite>", suite_name: str = "") -> Case:
    """Validate one raw case mapping and return a :class:`Case`.

    Raises:
        SuiteError: naming ``source``, the case id (or its index) and the bad field.
    """
    if not isinstance(raw, dict):
        raise SuiteError(f"{source}: case #{index + 1}: must be a mapping with id, kind, question, facts, section")
    cid = raw.get("id")
    label = f"case {cid!r}" if cid not in (None, "") else f"case #{index + 1}"
    where = f"{source}: {label}"
    if cid is None or (isinstance(cid, str) and not cid.strip()):
        raise SuiteError(f"{where}: field 'id' is missing or empty")
    if not isinstance(cid, (str, int)) or isinstance(cid, bool):
        raise SuiteError(f"{where}: field 'id' must be a string")
    unknown = set(raw) - {"id", "kind", "question", "facts", "section", "documents", "tags", "notes", "page",
                          "history"}
    if unknown:
        raise SuiteError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise SuiteError(f"{where}: field 'kind' must be one of {', '.join(KINDS)}, got {kind!r}")
    question = raw.get("question")
    if not isinstance(question, str) or not question.strip():
        raise SuiteError(f"{where}: field 'question' is missing or empty")
    if "facts" not in raw:
        raise SuiteError(f"{where}: field 'facts' is missing (use [] when there are none)")
    facts = _str_list(raw.get("facts"), f"{where}: field 'facts'")
    if kind in ANSWERABLE and not facts:
        raise SuiteError(f"{where}: field 'facts' must list at least one fact for kind '{kind}'")
    if kind == "refuse" and facts:
        raise SuiteError(f"{where}: field 'facts' must be empty for kind 'refuse'")
    if "section" not in raw:
        raise SuiteError(f"{where}: field 'section' is missing (use \"\" for no expectation)")
    section = raw.get("section")
    if section is None:
        section = ""
    if not isinstance(section, str):
        raise SuiteError(f"{where}: field 'section' must be a string")
    documents = _str_list(raw.get("documents"), f"{where}: field 'documents'")
    tags = _str_list(raw.get("tags"), f"{where}: field 'tags'")
    history = _str_list(raw.get("history"), f"{where}: field 'history'")
    return Case(id=str(cid).strip(), kind=kind, question=question.strip(), facts=facts, section=section.strip(),
                documents=documents, tags=tags, suite=suite_name, history=history)


def parse_suite(data: Any, source: str = "<suite>", base_dir: Path | None = None, name: str | None = None) -> Suite:
    """Validate an already-parsed YAML document."""
    suite_name = name or (Path(source).stem if source != "<suite>" else "suite")
    if isinstance(data, list):
        data = {"cases": data}
    if not isinstance(data, dict):
        raise SuiteError(f"{source}: the suite must be a mapping with a 'cases' list")
    unknown = set(data) - {"cases", "corpus", "name", "description"}
    if unknown:
        raise SuiteError(f"{source}: unknown top-level field(s) {', '.join(sorted(map(str, unknown)))}")
    raw_cases = data.get("cases")
    if not isinstance(raw_cases, list) or not raw_cases:
        raise SuiteError(f"{source}: field 'cases' must be a non-empty list")
    if isinstance(data.get("name"), str) and data["name"].strip():
        suite_name = data["name"].strip()
    cases: list[Case] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_cases):
        case = parse_case(raw, i, source, suite_name)
        if case.id in seen:
            raise SuiteError(f"{source}: case {case.id!r}: field 'id' is duplicated")
        seen.add(case.id)
        cases.append(case)
    corpus: list[Path] = []
    for i, entry in enumerate(_str_list(data.get("corpus"), f"{source}: field 'corpus'")):
        p = Path(entry).expanduser()
        if not p.is_absolute() and base_dir is not None:
            p = (base_dir / p).resolve()
        corpus.append(p)
    return Suite(name=suite_name, path=Path(source) if source != "<suite>" else None, cases=cases, corpus=corpus)


def load_suite(path: str | Path) -> Suite:
    """Read and validate one suite file.

    Raises:
        SuiteError: missing file, YAML syntax error, or a malformed case/field.
    """
    path = Path(path)
    if not path.is_file():
        raise SuiteError(f"{path}: suite file not found")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        # one line: where PyYAML stopped and what it expected ("line 7, column 3: expected
        # <block end>, but found '<block mapping start>'")
        raise SuiteError(f"{path}: not valid YAML: {describe_yaml_error(exc)}") from exc
    except UnicodeDecodeError as exc:
        raise SuiteError(f"{path}: not UTF-8 text (byte {exc.start}): save the suite as UTF-8") from exc
    except OSError as exc:
        raise SuiteError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    return parse_suite(data, str(path), base_dir=path.parent.resolve())


def load_suites(paths: list[str | Path]) -> list[Suite]:
    """Load several suites; case ids must be unique across them."""
    suites = [load_suite(p) for p in paths]
    seen: dict[str, str] = {}
    for s in suites:
        for c in s.cases:
            if c.id in seen:
                raise SuiteError(f"{s.path}: case {c.id!r}: field 'id' also used in {seen[c.id]}")
            seen[c.id] = str(s.path)
    return suites

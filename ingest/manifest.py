"""Corpus manifest: per-document metadata kept in ``manifest.yaml`` beside the files.

Format (YAML)::

    documents:
      - file: report.pdf            # relative to the manifest's folder (required)
        title: ...                  # shown in citations; wins over the file's own title
        publisher: ...
        doc_type: annual report     # annual report | learning sheet | guidance | procedure
        period: 2020-21             # period covered
        date: "2021"                # publication date or year
        url: https://...
        access: [case-review-group] # optional access tags (restricted documents)

Files without an entry are still ingested, with their own title and ``doc_type`` unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MANIFEST_NAMES = ("manifest.yaml", "manifest.yml")
DOC_TYPES = ("annual report", "learning sheet", "guidance", "procedure")


def describe_yaml_error(exc: yaml.YAMLError) -> str:
    """One line for a YAML syntax error: where PyYAML stopped and what it expected, e.g.
    ``"line 3, column 12: expected ',' or ']', but got '<stream end>'"`` (1-based line and
    column; the bare message when PyYAML gives no position). When what failed started on
    an earlier line (an unclosed ``[``), that line is named too."""
    mark = getattr(exc, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    text = where + " ".join(str(getattr(exc, "problem", None) or exc).split())
    start = getattr(exc, "context_mark", None)
    if start is not None and mark is not None and start.line != mark.line:
        # an unclosed bracket or quote is reported where the file ends: say where it opened
        text += f" ({' '.join(str(exc.context or 'what failed').split())} started at line {start.line + 1}, column {start.column + 1})"
    return text


class ManifestError(ValueError):
    """The manifest is malformed; the message names the file and the field."""


@dataclass
class DocumentInfo:
    """Manifest entry for one file."""

    file: str
    title: str | None = None
    publisher: str | None = None
    doc_type: str | None = None
    period: str | None = None
    date: str | None = None
    url: str | None = None
    access: list[str] = field(default_factory=list)

    def chunk_metadata(self) -> dict[str, Any]:
        """Scalar metadata stored with every chunk (Chroma accepts only scalars).

        ``year`` is the first four-digit year found in ``period`` or ``date`` (int) and
        ``year_end`` the last ("2020-21" -> 2020 and 2021), used by ``--year`` filters; ``access`` is stored as ``"|tag1|tag2|"`` ("" = public).
        """
        when = self.date or self.period or ""
        year_src = f"{self.period or ''} {self.date or ''}"
        m = re.search(r"(19|20)\d{2}", year_src)
        # a period's last year too: "2020-21" is found by --year 2020 and --year 2021
        years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", year_src)]
        p = re.search(r"\b((?:19|20)\d{2})\s*(?:[-/–]|to)\s*(\d{2})\b(?!\d)", self.period or "")
        if p:
            years.append(int(p.group(1)[:2] + p.group(2)))
        return {
            "publisher": self.publisher or "",
            "doc_type": self.doc_type or "",
            "period": self.period or "",
            "date": (self.period or when or ""),
            "year": int(m.group(0)) if m else 0,
            "year_end": max(years) if years else 0,
            "url": self.url or "",
            "access": ("|" + "|".join(self.access) + "|") if self.access else "",
        }


def find_manifest(folder: Path) -> Path | None:
    """The manifest file in ``folder``, if any."""
    for name in MANIFEST_NAMES:
        if (folder / name).is_file():
            return folder / name
    return None


#: the fields a manifest entry may have
MANIFEST_FIELDS = ("file", "title", "publisher", "doc_type", "period", "date", "url", "access")


class _ManifestLoader(yaml.SafeLoader):
    """PyYAML's safe loader without its timestamp type: ``date: 2021-13-45`` stays the text
    it is, for :func:`load_manifest` to reject by field name, instead of failing inside the
    parser with "month must be in 1..12"."""


_ManifestLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _valid_date(text: str) -> bool:
    """Whether ``text`` is ``YYYY``, ``YYYY-MM`` or a real calendar day ``YYYY-MM-DD``."""
    import datetime

    m = re.fullmatch(r"((?:19|20)\d{2})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
    if not m:
        return False
    try:
        datetime.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return False
    return True


def load_manifest(path: Path) -> dict[str, DocumentInfo]:
    """Read a manifest file into ``{file name: DocumentInfo}``.

    Raises:
        ManifestError: not YAML, no ``documents`` list, an entry without ``file``, an
            unknown field (:data:`MANIFEST_FIELDS`, with the closest one suggested), an
            unknown ``doc_type``, a ``date`` that is no year or calendar day, a ``period``
            naming no year, or an ``access`` that is not a tag or list of tags. The message
            names the manifest, the entry and the field.
    """
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_ManifestLoader) or {}
    except yaml.YAMLError as exc:
        raise ManifestError(f"{path}: not valid YAML: {describe_yaml_error(exc)}") from exc
    except UnicodeDecodeError as exc:
        raise ManifestError(f"{path}: not valid YAML (not UTF-8 text: byte {exc.start})") from exc
    docs = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(docs, list):
        raise ManifestError(f"{path}: field 'documents' must be a list")
    out: dict[str, DocumentInfo] = {}
    for i, entry in enumerate(docs):
        if not isinstance(entry, dict) or not entry.get("file"):
            raise ManifestError(f"{path}: documents[{i}]: field 'file' is required")
        where = f"{path}: documents[{i}] ({entry['file']})"
        unknown = [k for k in entry if k not in MANIFEST_FIELDS]
        if unknown:
            import difflib

            close = difflib.get_close_matches(str(unknown[0]), MANIFEST_FIELDS, n=1)
            raise ManifestError(f"{where}: unknown field '{unknown[0]}'" + (f" (did you mean '{close[0]}'?)" if close else "")
                                + f"; fields are {', '.join(MANIFEST_FIELDS)}")
        doc_type = entry.get("doc_type")
        if doc_type and doc_type not in DOC_TYPES:
            raise ManifestError(f"{where}: field 'doc_type' must be one of {', '.join(DOC_TYPES)}")
        date = entry.get("date")
        if date is not None and not _valid_date(str(date)):
            raise ManifestError(f"{where}: field 'date' must be a year or an ISO date (YYYY, YYYY-MM or "
                                f"YYYY-MM-DD), not {str(date)!r}")
        period = entry.get("period")
        if period is not None and not re.search(r"\b(?:19|20)\d{2}\b", str(period)):
            raise ManifestError(f"{where}: field 'period' must name its years (2020-21, 2020 to 2021, 2021), "
                                f"not {str(period)!r}: --year filters read them")
        access = entry.get("access") or []
        if isinstance(access, str):
            access = [access]
        if not isinstance(access, list) or not all(isinstance(a, str) and a.strip() for a in access):
            raise ManifestError(f"{where}: field 'access' must be a tag or a list of tags (words), not {entry.get('access')!r}")
        out[str(entry["file"])] = DocumentInfo(
            file=str(entry["file"]),
            title=entry.get("title"),
            publisher=entry.get("publisher"),
            doc_type=doc_type,
            period=str(entry["period"]) if entry.get("period") is not None else None,
            date=str(entry["date"]) if entry.get("date") is not None else None,
            url=entry.get("url"),
            access=[str(a) for a in access],
        )
    return out

"""Format loaders: each turns one file into a :class:`~ingest.models.LoadedDocument`.

``load_document(path)`` dispatches on the file extension. Every loader raises
:class:`~ingest.errors.IngestError` (one line naming the file) for input it cannot read;
it never returns a half-read document silently.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ingest.errors import IngestError, UnsupportedFormat
from ingest.models import LoadedDocument

Loader = Callable[[Path], LoadedDocument]


def _registry() -> dict[str, Loader]:
    from ingest.loaders.docx import load_docx
    from ingest.loaders.html import load_html
    from ingest.loaders.markdown import load_markdown
    from ingest.loaders.pdf import load_pdf
    from ingest.loaders.text import load_text

    return {
        ".pdf": load_pdf,
        ".docx": load_docx,
        ".html": load_html,
        ".htm": load_html,
        ".md": load_markdown,
        ".markdown": load_markdown,
        ".txt": load_text,
    }


SUPPORTED_EXTENSIONS = (".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt")


def load_document(path: Path) -> LoadedDocument:
    """Load ``path`` with the loader for its extension.

    Raises:
        UnsupportedFormat: the extension is not one of :data:`SUPPORTED_EXTENSIONS`.
        IngestError: the file is empty, unreadable, encrypted, corrupt or has no text.
    """
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in SUPPORTED_EXTENSIONS:
        raise UnsupportedFormat(path, f"unsupported file type '{ext or '(none)'}'")
    if not path.is_file():
        raise IngestError(path, "not a readable file")
    if path.stat().st_size == 0:
        raise IngestError(path, "empty file (0 bytes)")
    doc = _registry()[ext](path)
    if not any(b.text.strip() for b in doc.blocks):
        raise IngestError(path, "no extractable text")
    return doc

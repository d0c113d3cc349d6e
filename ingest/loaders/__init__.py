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


_LOADERS: dict[str, tuple[str, str]] = {
    ".pdf": ("ingest.loaders.pdf", "load_pdf"),
    ".docx": ("ingest.loaders.docx", "load_docx"),
    ".html": ("ingest.loaders.html", "load_html"),
    ".htm": ("ingest.loaders.html", "load_html"),
    ".md": ("ingest.loaders.markdown", "load_markdown"),
    ".markdown": ("ingest.loaders.markdown", "load_markdown"),
    ".txt": ("ingest.loaders.text", "load_text"),
}


def _loader(ext: str) -> Loader:
    import importlib

    module, name = _LOADERS[ext]
    return getattr(importlib.import_module(module), name)


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
    try:
        doc = _loader(ext)(path)
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - a loader bug on odd input must not abort the whole ingest
        msg = " ".join(str(exc).split())[:120]
        raise IngestError(path, f"could not be read ({type(exc).__name__}{': ' + msg if msg else ''})") from exc
    if not any(b.text.strip() for b in doc.blocks):
        raise IngestError(path, "no extractable text")
    return doc

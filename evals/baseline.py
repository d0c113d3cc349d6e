"""The plain LangChain pipeline the project is measured against.

Same loaders (:func:`ingest.loaders.load_document`), then the textbook recipe: each
document's blocks joined into one text per page (a LangChain ``Document`` with ``source``,
``title`` and ``page`` metadata; unpaged formats give one Document), split with
``RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)``, embedded with the
same model (:class:`assistant.embeddings.LangChainEmbeddings`) into an ephemeral
``langchain_chroma.Chroma`` collection, searched with top-k
``similarity_search_with_score``.

It has no refusal, no urgent screen and no answer composer: its "answer" is the top
passage's text and its one "citation" is that passage, so answer metrics and retrieval
metrics can be compared side by side with the assistant's.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any, Iterable

from ingest.loaders import SUPPORTED_EXTENSIONS, load_document

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200


def _files(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_EXTENSIONS))
        elif p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS:
            out.append(p)
    return out


def _source_name(path: Path, roots: list[Path]) -> str:
    for r in roots:
        r = Path(r)
        if r.is_dir():
            try:
                rel = path.resolve().relative_to(r.resolve())
            except ValueError:
                continue
            # extra corpora keep their folder name, like the indexer does
            return rel.as_posix() if r == roots[0] else f"{r.name}/{rel.as_posix()}"
    return path.name


def documents_for(paths: list[Path]):
    """Load ``paths`` (files or folders) into per-page LangChain ``Document`` s."""
    from langchain_core.documents import Document

    docs: list[Any] = []
    warnings: list[str] = []
    for f in _files(paths):
        try:
            loaded = load_document(f)
        except Exception as exc:  # noqa: BLE001 - a file the product also could not read
            warnings.append(f"{f.name}: {exc}")
            continue
        source = _source_name(f, list(paths))
        pages: dict[Any, list[str]] = {}
        for b in loaded.blocks:
            if b.text.strip():
                pages.setdefault(b.page, []).append(b.text)
        for page, texts in pages.items():
            meta: dict[str, Any] = {"source": source, "title": loaded.title}
            if page is not None:
                meta["page"] = int(page)
            docs.append(Document(page_content="\n".join(texts), metadata=meta))
    return docs, warnings


class BaselinePipeline:
    """Ephemeral Chroma over the given corpus paths.

    Args:
        paths: corpus files/folders (the first is the main corpus).
        embeddings: a LangChain ``Embeddings`` (default: the product's model).
    """

    def __init__(self, paths: list[Path], embeddings=None):
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        t0 = time.perf_counter()
        if embeddings is None:
            from assistant.embeddings import LangChainEmbeddings

            embeddings = LangChainEmbeddings()
        docs, self.warnings = documents_for([Path(p) for p in paths])
        splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
        self.chunks = splitter.split_documents(docs)
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
        self.store = Chroma(collection_name=f"baseline_{uuid.uuid4().hex[:8]}", embedding_function=embeddings,
                            client=client, collection_metadata={"hnsw:space": "cosine"})
        if self.chunks:
            self.store.add_documents(self.chunks)
        self.build_seconds = time.perf_counter() - t0

    def ask(self, question: str, k: int = 5) -> dict[str, Any]:
        """Top-``k`` passages; returns a dict shaped like ``Answer.to_json()``."""
        t0 = time.perf_counter()
        hits = self.store.similarity_search_with_score(question, k=k) if self.chunks else []
        elapsed = (time.perf_counter() - t0) * 1000
        retrieved = []
        for doc, distance in hits:
            md = doc.metadata or {}
            retrieved.append({"source": md.get("source"), "title": md.get("title"), "section": "",
                              "page": md.get("page"), "text": doc.page_content,
                              "score": round(1.0 - float(distance), 6)})
        if retrieved:
            top = retrieved[0]
            answer = top["text"] + " [1]"
            citations = [{"n": 1, "source": top["source"], "title": top["title"], "section": "",
                          "page": top["page"], "quote": top["text"]}]
            status = "answered"
        else:
            answer, citations, status = "", [], "not_found"
        return {"question": question, "status": status, "answer": answer, "citations": citations,
                "retrieved": retrieved, "timings_ms": {"total": round(elapsed, 2)}}

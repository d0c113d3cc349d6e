"""The store: a Chroma collection (dense) and a bm25s index (keyword), kept in step.

Layout in the data directory (``ASSISTANT_DATA_DIR``)::

    state.json            pointer to the live generation + per-file content hashes
    chroma/               embedded Chroma (PersistentClient); unused with ASSISTANT_CHROMA_URL
    gen-<N>/chunks.jsonl  chunk records of generation N (text + metadata)
    gen-<N>/bm25/         bm25s index of generation N (row i = line i of chunks.jsonl)
    gen-<N>/vectors.npy   chunk vectors of generation N, (n_chunks, 384) float32, row i = line i
    gen-<N>/units.npy     sentence / list item / table row vectors (see Generation.units_of)
    assistant.db          SQLite audit log / feedback (written by other modules)

Generations make ingest crash-safe: a new generation (Chroma collection
``<prefix>_g<N>`` + ``gen-<N>/``) is written completely, then ``state.json`` is replaced
atomically (``os.replace``). A process killed at any point before that leaves the previous
generation live and answerable; leftovers are removed by the next ingest.

Filtering (access tags, document type, year, source) is applied *inside* both searches:
a mask over the chunk vectors (or a Chroma ``where`` clause) and a bm25s ``weight_mask``
-- never after ranking.

Dense search is exact: a cosine over every chunk vector of the live generation (a
``(n, 384) @ (384,)`` product: a tester measured about 12 ms at 5,000 chunks and 120 ms at
100,000 on this project's two-core machine, 50 ms of it the filter, which is now worked
out once per filter). Chroma's
approximate HNSW query is used only above ``exact_search_max`` chunks, because it is not
deterministic: the same vector on the same persisted index can return different
neighbours from one process to the next (chroma-core/chroma#2675; measured here on the
bundled corpus: three different top-30 lists in four runs of eight questions).
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlparse

import numpy as np

from assistant.keywords import analyze
from ingest.models import Chunk

STATE_FILE = "state.json"


class StoreError(RuntimeError):
    """The store cannot be opened or is inconsistent; the message says what to do."""


@dataclass
class Filters:
    """Query-time restrictions, applied inside both retrievers.

    Attributes:
        access: tags the asker holds; chunks of documents with access tags are visible
            only when they share at least one tag. ``None`` means public documents only.
        doc_type: keep only this document type (``"guidance"``...).
        year: keep only documents whose period/date includes this year ("2020-21"
            is kept for 2020 and for 2021).
        source: keep only this source file name.
    """

    access: list[str] | None = None
    doc_type: str | None = None
    year: int | None = None
    source: str | None = None

    def allows(self, meta: dict[str, Any]) -> bool:
        """Whether a chunk with metadata ``meta`` passes (mirror of :meth:`where`)."""
        if meta.get("restricted"):
            tags = set(self.access or [])
            if not any(meta.get(f"access_{t}") for t in tags):
                return False
        if self.doc_type and meta.get("doc_type") != self.doc_type:
            return False
        if self.year and not (int(meta.get("year") or 0) <= int(self.year) <= int(meta.get("year_end") or meta.get("year") or 0)):
            return False
        if self.source and meta.get("source") != self.source:
            return False
        return True

    def where(self) -> dict[str, Any] | None:
        """The same predicate as a Chroma ``where`` clause (``None`` = no filter)."""
        clauses: list[dict[str, Any]] = []
        access_or: list[dict[str, Any]] = [{"restricted": False}]
        for t in self.access or []:
            access_or.append({f"access_{t}": True})
        clauses.append(access_or[0] if len(access_or) == 1 else {"$or": access_or})
        if self.doc_type:
            clauses.append({"doc_type": self.doc_type})
        if self.year:
            # the document's years run from "year" to "year_end" ("2020-21": 2020..2021);
            # chunks indexed before "year_end" existed are matched on "year" alone
            clauses.append({"$or": [{"year": int(self.year)},
                                    {"$and": [{"year": {"$lte": int(self.year)}}, {"year_end": {"$gte": int(self.year)}}]}]})
        if self.source:
            clauses.append({"source": self.source})
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def chunk_to_meta(chunk: Chunk) -> dict[str, Any]:
    """Flatten a chunk's fields into Chroma-compatible scalar metadata."""
    meta: dict[str, Any] = {
        "source": chunk.source,
        "title": chunk.title,
        "section": chunk.section,
        "page_start": chunk.page_start or 0,
        "page_end": chunk.page_end or 0,
        "kind": chunk.kind,
        "line_pages": json.dumps(chunk.line_pages),
        "line_kinds": json.dumps(chunk.line_kinds),
        "page_breaks": json.dumps(chunk.page_breaks),
    }
    for k, v in chunk.metadata.items():
        if k == "access":
            tags = [t for t in str(v or "").split("|") if t]
            meta["restricted"] = bool(tags)
            for t in tags:
                meta[f"access_{t}"] = True
        elif isinstance(v, (str, int, float, bool)):
            meta[k] = v
    meta.setdefault("restricted", False)
    return meta


def meta_to_chunk(chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
    """Inverse of :func:`chunk_to_meta`."""
    reserved = {"source", "title", "section", "page_start", "page_end", "kind", "line_pages", "line_kinds", "page_breaks"}
    extra = {k: v for k, v in meta.items() if k not in reserved}
    return Chunk(
        id=chunk_id,
        source=meta["source"],
        title=meta.get("title", ""),
        section=meta.get("section", ""),
        page_start=meta.get("page_start") or None,
        page_end=meta.get("page_end") or None,
        text=text,
        kind=meta.get("kind", "paragraph"),
        metadata=extra,
        line_pages=json.loads(meta.get("line_pages") or "[]"),
        line_kinds=json.loads(meta.get("line_kinds") or "[]"),
        page_breaks=[(int(a), int(b)) for a, b in json.loads(meta.get("page_breaks") or "[]")],
    )


def collection_vectors(collection: Any, ids: list[str]) -> dict[str, np.ndarray]:
    """The vectors a Chroma ``collection`` stores for chunk ``ids``, fetched 256 at a time:
    ``{id: (384,) float32}`` (ids it does not hold are absent)."""
    out: dict[str, np.ndarray] = {}
    for start in range(0, len(ids), 256):
        res = collection.get(ids=ids[start:start + 256], include=["embeddings"])
        for cid, emb in zip(res["ids"], res["embeddings"]):
            out[cid] = np.asarray(emb, dtype=np.float32)
    return out


@dataclass
class Generation:
    """One complete, immutable index generation loaded in memory."""

    number: int
    collection: Any
    chunks: list[Chunk]
    metas: list[dict[str, Any]]
    bm25: Any
    index_of: dict[str, int] = field(default_factory=dict)
    unit_vecs: np.ndarray | None = None
    unit_span: dict[str, tuple[int, int]] = field(default_factory=dict)
    chunk_vecs: np.ndarray | None = None
    _allowed: dict[tuple, np.ndarray] = field(default_factory=dict, repr=False)

    def allowed_rows(self, filters: "Filters") -> np.ndarray:
        """Indices of the chunks ``filters`` lets through (:meth:`Filters.allows`), in
        order; worked out once per distinct filter (the Python loop costs about 50 ms per
        100,000 chunks)."""
        key = (tuple(sorted(filters.access or ())), filters.doc_type, filters.year, filters.source)
        rows = self._allowed.get(key)
        if rows is None:
            rows = np.flatnonzero(np.array([filters.allows(m) for m in self.metas], dtype=bool))
            if len(self._allowed) > 256:
                self._allowed.clear()
            self._allowed[key] = rows
        return rows

    def units_of(self, chunk_id: str) -> np.ndarray | None:
        """Precomputed unit vectors of a chunk, shape ``(n_units, 384)``, or ``None``."""
        span = self.unit_span.get(chunk_id)
        if span is None or self.unit_vecs is None:
            return None
        return self.unit_vecs[span[0]:span[0] + span[1]]


class Store:
    """Chroma + bm25s access for one data directory.

    Args:
        data_dir: directory for state, keyword index and (embedded mode) Chroma files.
        chroma_url: ``http://host:port`` of a Chroma server, or ``None`` for embedded.
        prefix: collection name prefix.
        exact_search_max: largest generation (in chunks) searched exactly over its chunk
            vectors held in memory (4 bytes x 384 per chunk: 150 MB at the default
            100,000); a larger one is searched with Chroma's approximate HNSW query.

    Thread safety: reads of the live generation are lock-free after loading; ingest
    (a writer) should run in one process at a time.
    """

    def __init__(self, data_dir: Path, chroma_url: str | None = None, prefix: str = "chunks",
                 exact_search_max: int = 100_000):
        self.data_dir = Path(data_dir)
        self.exact_search_max = exact_search_max
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise StoreError(f"{self.data_dir}: data directory is not a directory (ASSISTANT_DATA_DIR)")
        self.chroma_url = chroma_url
        self.prefix = prefix
        self._client = None
        self._gen: Generation | None = None
        self._live_key: tuple[int, int, int] | None = None
        self._lock = threading.Lock()

    # -- clients & state -----------------------------------------------------------------
    @property
    def client(self):
        """The Chroma client (created lazily)."""
        if self._client is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
            if self.chroma_url:
                u = urlparse(self.chroma_url)
                if not u.hostname or u.scheme not in ("http", "https"):
                    raise StoreError(f"ASSISTANT_CHROMA_URL: not an http(s) URL: {self.chroma_url!r}")
                try:
                    self._client = chromadb.HttpClient(
                        host=u.hostname, port=u.port or (443 if u.scheme == "https" else 8000),
                        ssl=u.scheme == "https", settings=chroma_settings,
                    )
                except Exception as exc:  # chromadb raises ValueError / ConnectError by version
                    # (the socket's own error, "[Errno 111] Connection refused", says most)
                    why = " ".join(str(exc.__context__ or exc).split()) or type(exc).__name__
                    raise StoreError(f"cannot connect to the Chroma server at {self.chroma_url} "
                                     f"(ASSISTANT_CHROMA_URL): {why}") from exc
            else:
                try:
                    (self.data_dir / "chroma").mkdir(parents=True, exist_ok=True)
                    self._client = chromadb.PersistentClient(path=str(self.data_dir / "chroma"), settings=chroma_settings)
                except OSError as exc:
                    raise StoreError(f"{self.data_dir / 'chroma'}: cannot open the embedded store ({exc.strerror or exc})") from exc
        return self._client

    def read_state(self) -> dict[str, Any]:
        """The committed state: ``{"generation": N, "files": {source: {...}}}`` (empty if none)."""
        path = self.data_dir / STATE_FILE
        if not path.is_file():
            return {"generation": 0, "files": {}}
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise StoreError(f"{path}: unreadable index state ({exc}); re-run 'assistant ingest --rebuild'") from exc

    def set_aside_state(self) -> Path:
        """Rename an unreadable ``state.json`` to ``state.json.unreadable-<unix time>`` (kept
        for inspection) and return the new path; ``ingest --rebuild`` then starts afresh."""
        path = self.data_dir / STATE_FILE
        aside = path.with_name(f"{STATE_FILE}.unreadable-{int(time.time())}")
        os.replace(path, aside)
        return aside

    def newest_generation_on_disk(self) -> int:
        """The highest ``gen-<N>`` folder number in the data directory (0 if none): a
        rebuild without a readable state numbers its generation after it."""
        numbers = [int(d.name[4:]) for d in self.data_dir.glob("gen-*") if d.name[4:].isdigit()]
        return max(numbers, default=0)

    def write_state(self, state: dict[str, Any]) -> None:
        """Atomically replace ``state.json`` (the commit point of an ingest)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        path = self.data_dir / STATE_FILE
        tmp = path.with_suffix(".json.tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(state, fh, indent=1, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        dir_fd = os.open(self.data_dir, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        with self._lock:
            self._gen = None

    def collection_name(self, gen: int) -> str:
        return f"{self.prefix}_g{gen}"

    def gen_dir(self, gen: int) -> Path:
        return self.data_dir / f"gen-{gen}"

    def is_empty(self) -> bool:
        """True when no generation has been committed or it holds no chunks."""
        state = self.read_state()
        return not state.get("generation") or not any(f.get("chunks") for f in state.get("files", {}).values())

    # -- reading -------------------------------------------------------------------------
    def live(self) -> Generation:
        """The live generation, loaded once per process (reloaded after a commit).

        Raises:
            StoreError: nothing has been ingested yet, or the generation's files are missing.
        """
        with self._lock:
            # state.json is replaced (new inode) at every commit: an unchanged stat means
            # the loaded generation is still live, without reading and parsing the file
            try:
                st = os.stat(self.data_dir / STATE_FILE)
                key = (st.st_ino, st.st_mtime_ns, st.st_size)
            except OSError:
                key = None
            if self._gen is not None and key is not None and key == self._live_key:
                return self._gen
            state = self.read_state()
            number = int(state.get("generation") or 0)
            self._live_key = key
            if self._gen is not None and self._gen.number == number:
                return self._gen
            if not number:
                raise StoreError("the index is empty: run 'assistant ingest'")
            try:
                self._gen = self._load_generation(number)
            except StoreError:
                # an ingest may have switched generations between reading state.json and
                # opening the files: read the pointer once more before giving up
                again = int(self.read_state().get("generation") or 0)
                if again == number:
                    raise
                self._gen = self._load_generation(again)
            return self._gen

    def _load_generation(self, number: int) -> Generation:
        import bm25s

        gdir = self.gen_dir(number)
        chunks: list[Chunk] = []
        metas: list[dict[str, Any]] = []
        records = gdir / "chunks.jsonl"
        if not records.is_file():
            raise StoreError(f"{records}: missing; re-run 'assistant ingest --rebuild'")
        unit_span: dict[str, tuple[int, int]] = {}
        with open(records, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                chunks.append(meta_to_chunk(rec["id"], rec["text"], rec["meta"]))
                metas.append(rec["meta"])
                if "units" in rec:
                    unit_span[rec["id"]] = tuple(rec["units"])
        unit_vecs = np.load(gdir / "units.npy") if (gdir / "units.npy").is_file() else None
        bm25 = bm25s.BM25.load(str(gdir / "bm25"), load_vocab=True) if chunks else None
        try:
            collection = self.client.get_collection(self.collection_name(number))
        except StoreError:
            raise  # the server is unreachable: say that, not "collection not found"
        except Exception as exc:  # chromadb raises NotFoundError / ValueError by version
            raise StoreError(
                f"Chroma collection {self.collection_name(number)} not found "
                f"({'server ' + self.chroma_url if self.chroma_url else self.data_dir / 'chroma'}); "
                "re-run 'assistant ingest --rebuild'"
            ) from exc
        index_of = {c.id: i for i, c in enumerate(chunks)}
        chunk_vecs = None
        if chunks and len(chunks) <= self.exact_search_max:
            chunk_vecs = self._chunk_vectors(gdir, collection, chunks)
        return Generation(
            number=number, collection=collection, chunks=chunks, metas=metas, bm25=bm25,
            index_of=index_of, unit_vecs=unit_vecs, unit_span=unit_span, chunk_vecs=chunk_vecs,
        )

    @staticmethod
    def _chunk_vectors(gdir: Path, collection: Any, chunks: list[Chunk]) -> np.ndarray:
        """Unit-length chunk vectors of a generation, ``(len(chunks), 384)`` float32, row i
        for ``chunks[i]``: read from ``vectors.npy``, or fetched once from the generation's
        Chroma collection when that file is missing or unusable (written before the file
        existed, unreadable, of another shape, not finite, a zero row, or its first row
        not the vector Chroma holds for the first chunk).

        Raises:
            StoreError: a chunk has no vector in the collection.
        """
        def unit(v: np.ndarray) -> np.ndarray:
            norms = np.linalg.norm(v, axis=-1, keepdims=True)
            return v / np.where(norms > 0, norms, 1.0)

        first = collection_vectors(collection, [chunks[0].id]).get(chunks[0].id)
        vecs = None
        try:
            loaded = np.load(gdir / "vectors.npy", allow_pickle=False)
            if (first is not None and isinstance(loaded, np.ndarray) and loaded.dtype.kind in "fiu"
                    and loaded.shape == (len(chunks), first.shape[0])):
                loaded = loaded.astype(np.float32)
                if (np.isfinite(loaded).all() and (np.linalg.norm(loaded, axis=1) > 0).all()
                        and float(unit(loaded[0]) @ unit(first)) > 0.999):
                    vecs = loaded
        except (OSError, ValueError, EOFError, AttributeError, TypeError):
            vecs = None  # missing or unreadable: Chroma holds the same vectors
        if vecs is None:
            got = collection_vectors(collection, [c.id for c in chunks])
            missing = [c.id for c in chunks if c.id not in got]
            if missing:
                raise StoreError(f"{gdir}: {len(missing)} chunks have no vector in Chroma (first {missing[0]}); "
                                 "re-run 'assistant ingest --rebuild'")
            vecs = np.vstack([got[c.id] for c in chunks]).astype(np.float32)
        return unit(vecs)

    def dense_search(self, vector: np.ndarray, n: int, filters: Filters | None = None) -> list[tuple[Chunk, float]]:
        """Nearest chunks by cosine similarity to ``vector`` (shape ``(384,)``).

        Exact over the generation's chunk vectors (ties go to the earlier chunk, so the
        same vector always gets the same list), filtered by :meth:`Filters.allows`; above
        ``exact_search_max`` chunks, Chroma's approximate HNSW query filtered by its
        ``where`` clause.

        Returns:
            ``[(chunk, cosine_similarity)]`` best first, at most ``n``.
        """
        gen = self.live()
        if not gen.chunks:
            return []
        f = filters or Filters()
        if gen.chunk_vecs is not None:
            q = np.asarray(vector, dtype=np.float32).reshape(-1)
            norm = float(np.linalg.norm(q))
            sims = gen.chunk_vecs @ (q / norm if norm > 0 else q)
            idx = gen.allowed_rows(f)
            order = idx[np.argsort(-sims[idx], kind="stable")][:n]
            return [(gen.chunks[int(i)], float(sims[int(i)])) for i in order]
        where = f.where()
        res = gen.collection.query(
            query_embeddings=[vector.tolist()], n_results=min(n, len(gen.chunks)),
            where=where, include=["distances"],
        )
        out = []
        for cid, dist in zip(res["ids"][0], res["distances"][0]):
            i = gen.index_of.get(cid)
            if i is not None:
                out.append((gen.chunks[i], 1.0 - float(dist)))
        return out

    def keyword_search(self, tokens: list[str], n: int, filters: Filters | None = None) -> list[tuple[Chunk, float]]:
        """BM25 search over analysed ``tokens``; filtered chunks get weight 0 in bm25s's
        ``weight_mask`` so they can never be ranked.

        Returns:
            ``[(chunk, bm25_score)]`` with score > 0, best first, at most ``n``.
        """
        gen = self.live()
        if not gen.chunks or gen.bm25 is None:
            return []
        vocab = gen.bm25.vocab_dict
        known = [t for t in tokens if t in vocab]
        if not known:
            return []
        f = filters or Filters()
        mask = np.array([1.0 if f.allows(m) else 0.0 for m in gen.metas], dtype=np.float32)
        if not mask.any():
            return []
        k = min(n, len(gen.chunks))
        docs, scores = gen.bm25.retrieve(
            [known], k=k, show_progress=False, weight_mask=mask, n_threads=1,
        )
        out = []
        for i, s in zip(docs[0], scores[0]):
            if s > 0 and mask[int(i)] > 0:
                out.append((gen.chunks[int(i)], float(s)))
        return out

    def chunks(self) -> list[Chunk]:
        """All chunks of the live generation (empty list if nothing is ingested)."""
        try:
            return list(self.live().chunks)
        except StoreError:
            return []

    # -- writing (used by assistant.indexer) -----------------------------------------------
    def cleanup_orphans(self, keep: set[int]) -> list[str]:
        """Delete collections and ``gen-*`` folders of generations not in ``keep``.

        The indexer keeps the live generation *and the one before it*, so a process that
        read the old pointer just before a switch can still finish its question.

        Returns:
            names of what was removed (for the ingest summary).
        """
        removed = []
        prefix = f"{self.prefix}_g"
        names = {self.collection_name(k) for k in keep}
        for col in self.client.list_collections():
            name = col if isinstance(col, str) else col.name
            if name.startswith(prefix) and name not in names:
                self.client.delete_collection(name)
                removed.append(name)
        if self.data_dir.is_dir():
            dirs = {f"gen-{k}" for k in keep}
            for d in self.data_dir.glob("gen-*"):
                if d.name not in dirs:
                    shutil.rmtree(d, ignore_errors=True)
                    removed.append(d.name)
        return removed

    def ingest_lock(self):
        """An exclusive, non-blocking inter-process lock for writers (``flock`` on
        ``ingest.lock`` in the data directory).

        Raises:
            StoreError: another ingest holds the lock.
        """
        import contextlib
        import fcntl

        self.data_dir.mkdir(parents=True, exist_ok=True)
        path = self.data_dir / "ingest.lock"

        @contextlib.contextmanager
        def held():
            with open(path, "a+") as fh:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError as exc:
                    raise StoreError(f"another ingest is running on {self.data_dir} (lock {path}); try again when it ends") from exc
                try:
                    yield
                finally:
                    fcntl.flock(fh, fcntl.LOCK_UN)

        return held()

    def write_generation(self, number: int, chunks: list[Chunk], embeddings: np.ndarray,
                         unit_vectors: list[np.ndarray] | None = None) -> None:
        """Write generation ``number`` completely (Chroma collection, records, bm25,
        unit vectors).

        ``embeddings[i]`` belongs to ``chunks[i]``; ``unit_vectors[i]`` (optional) holds the
        ``(n_units, 384)`` vectors of :func:`ingest.units.chunk_units` of ``chunks[i]``.
        Nothing becomes live until :meth:`write_state` points at ``number``.
        """
        import bm25s

        name = self.collection_name(number)
        try:
            self.client.delete_collection(name)
        except Exception:
            pass
        col = self.client.create_collection(name, metadata={"hnsw:space": "cosine"})
        metas = [chunk_to_meta(c) for c in chunks]
        for start in range(0, len(chunks), 256):
            sl = slice(start, start + 256)
            col.add(
                ids=[c.id for c in chunks[sl]],
                documents=[c.text for c in chunks[sl]],
                metadatas=metas[sl],
                embeddings=embeddings[sl].tolist(),
            )
        gdir = self.gen_dir(number)
        shutil.rmtree(gdir, ignore_errors=True)
        gdir.mkdir(parents=True)
        offset = 0
        with open(gdir / "chunks.jsonl", "w", encoding="utf-8") as fh:
            for i, (c, m) in enumerate(zip(chunks, metas)):
                rec: dict[str, Any] = {"id": c.id, "text": c.text, "meta": m}
                if unit_vectors is not None:
                    rec["units"] = [offset, len(unit_vectors[i])]
                    offset += len(unit_vectors[i])
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        with open(gdir / "vectors.npy", "wb") as fh:
            emb = np.asarray(embeddings, dtype=np.float32)
            np.save(fh, emb.reshape(len(chunks), emb.shape[-1] if emb.ndim == 2 else 0))
            fh.flush()
            os.fsync(fh.fileno())
        if unit_vectors is not None:
            stacked = np.vstack(unit_vectors) if offset else np.zeros((0, 384), np.float32)
            with open(gdir / "units.npy", "wb") as fh:
                np.save(fh, stacked.astype(np.float32))
                fh.flush()
                os.fsync(fh.fileno())
        if chunks:
            retriever = bm25s.BM25()
            retriever.index([analyze(c.embed_text()) or ["_empty_"] for c in chunks], show_progress=False)
            retriever.save(str(gdir / "bm25"), show_progress=False)

    def embeddings_for(self, number: int, ids: Iterable[str]) -> dict[str, np.ndarray]:
        """Stored vectors of chunk ``ids`` in generation ``number`` (to carry over
        unchanged files without re-embedding them)."""
        ids = list(ids)
        if not ids:
            return {}
        return collection_vectors(self.client.get_collection(self.collection_name(number)), ids)

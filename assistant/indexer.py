"""Incremental, crash-safe ingest: files -> chunks -> a new store generation.

For every file under the given roots a SHA-256 content hash is compared with the
committed state:

* unchanged (same bytes, same manifest entry, same :data:`ingest.chunker.PIPELINE_VERSION`)
  -> skipped: its chunks and vectors are carried into the new generation as-is;
* new or changed -> loaded, chunked and embedded again;
* gone from a root that was ingested before -> its chunks are dropped;
* failing to load -> reported (one line naming the file) and, if an earlier version was
  indexed, that version is kept: nothing is lost.

The new generation is written in full and then made live by one atomic rename of
``state.json`` (see :mod:`assistant.store`), so an ingest killed at any moment leaves the
previous index answerable, and the next ingest redoes the work.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from assistant.embeddings import Embedder, get_embedder
from assistant.store import Store, StoreError
from ingest.chunker import PIPELINE_VERSION, Chunker
from ingest.errors import IngestError
from ingest.loaders import SUPPORTED_EXTENSIONS, load_document
from ingest.manifest import MANIFEST_NAMES, DocumentInfo, ManifestError, find_manifest, load_manifest
from ingest.models import Chunk
from ingest.units import chunk_units

ProgressFn = Callable[[str, int, int], None]
"""``progress(file_label, done, total)`` called after each file."""


@dataclass
class IngestReport:
    """Summary of one ingest run.

    Attributes:
        files: files seen under the roots.
        added, updated, skipped, removed: sources by outcome.
        failed: ``(source, one-line reason)`` pairs.
        warnings: non-fatal one-line messages.
        chunks: chunks in the new live generation.
        new_chunks: chunks embedded in this run.
        seconds: wall time.
        generation: live generation number after the run.
    """

    files: int = 0
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    chunks: int = 0
    new_chunks: int = 0
    seconds: float = 0.0
    generation: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def file_hash(path: Path) -> str:
    """SHA-256 hex digest of the file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def discover(root: Path) -> list[Path]:
    """Files under ``root`` (or ``root`` itself), sorted; manifests and hidden files are
    not documents. Unsupported extensions are returned too, so they can be reported."""
    if root.is_file():
        return [root]
    files = []
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.name.startswith(".") and p.name not in MANIFEST_NAMES:
            files.append(p)
    return files


def source_name(root: Path, path: Path, bundled: Path | None) -> str:
    """Stable source id: the file name for the bundled corpus, otherwise
    ``<root folder>/<relative path>`` (so two folders' ``index.html`` never collide)."""
    if root.is_file():
        return path.name
    rel = path.relative_to(root).as_posix()
    if bundled is not None and root.resolve() == bundled.resolve():
        return rel
    return f"{root.resolve().name}/{rel}"


class Indexer:
    """Runs ingests against one :class:`~assistant.store.Store`.

    Args:
        store: target store.
        bundled_corpus: the bundled corpus folder (its files keep bare names as sources).
        max_file_mb: files above this size are refused.
        chunker: chunker to use (default: 200-token bodies).
        embedder: embedder to use (default: the process-wide model).
    """

    def __init__(self, store: Store, bundled_corpus: Path | None = None, max_file_mb: float = 50.0,
                 chunker: Chunker | None = None, embedder: Embedder | None = None):
        self.store = store
        self.bundled = bundled_corpus
        self.max_bytes = int(max_file_mb * 1024 * 1024)
        self.chunker = chunker or Chunker()
        self.embedder = embedder or get_embedder()

    def ingest(self, roots: list[Path], rebuild: bool = False, progress: ProgressFn | None = None) -> IngestReport:
        """Ingest ``roots`` (files or folders) incrementally.

        Args:
            roots: files or directories; each directory's previous files that are gone
                are removed from the index.
            rebuild: re-load and re-embed every file even if unchanged, including the files
                of every folder already indexed (nothing is carried over from the live
                generation); an unreadable ``state.json`` is set aside
                (:meth:`~assistant.store.Store.set_aside_state`) instead of failing.
            progress: optional callback after each file.

        Returns:
            an :class:`IngestReport`. Individual file failures are in ``report.failed``;
            they never abort the run.

        Raises:
            FileNotFoundError: a root does not exist (message names it).
            ManifestError: a manifest beside the files is malformed.
            StoreError: another ingest is running on the same data directory, or the
                Chroma server cannot be reached.
        """
        with self.store.ingest_lock():
            return self._ingest(roots, rebuild, progress)

    def _ingest(self, roots: list[Path], rebuild: bool, progress: ProgressFn | None) -> IngestReport:
        t0 = time.perf_counter()
        self.store.client  # connect first: a dead Chroma server must fail here, not "skip"
        report = IngestReport()
        try:
            state = self.store.read_state()
        except StoreError:
            if not rebuild:
                raise
            # a truncated or hand-edited state.json: --rebuild is the way out, so it starts
            # from the folders given rather than failing on the state it is meant to replace
            aside = self.store.set_aside_state()
            report.warnings.append(f"{aside.name}: the unreadable index state was set aside; rebuilding from the "
                                   "folders given (ingest any other folders again)")
            state = {"generation": self.store.newest_generation_on_disk(), "files": {}}
        old_gen = int(state.get("generation") or 0)
        old_files: dict[str, dict] = dict(state.get("files") or {})
        new_files: dict[str, dict] = dict(old_files)
        if rebuild:
            # every folder already indexed is re-read too, so nothing is carried over from the
            # live generation (which may be unreadable: a state pointing at a collection a
            # new Chroma server does not have)
            given = {Path(r).resolve() for r in roots}
            recorded = sorted({info.get("root") for info in old_files.values() if info.get("root")})
            roots = list(roots) + [Path(r) for r in recorded if Path(r).exists() and Path(r).resolve() not in given]

        plan: list[tuple[Path, Path, str]] = []
        planned: dict[str, Path] = {}  # source -> the file it was planned from
        for root in roots:
            root = Path(root)
            if not root.exists():
                raise FileNotFoundError(f"{root}: no such file or directory")
            seen = set()
            for path in discover(root):
                src = source_name(root, path, self.bundled)
                seen.add(src)
                if src in planned:
                    if planned[src] != path.resolve():
                        # two folders of the same name: the second would replace the first
                        report.failed.append((src, f"{path}: same source name as {planned[src]} in this ingest "
                                                   f"(rename one of the folders)"))
                    continue  # (the same file named twice: once is enough)
                clash = self._clash(root, path, src, old_files.get(src))
                if clash:
                    report.failed.append((src, clash))
                    continue
                planned[src] = path.resolve()
                plan.append((root, path, src))
            if root.is_dir():
                root_key = str(root.resolve())
                for src, info in old_files.items():
                    if info.get("root") == root_key and src not in seen:
                        new_files.pop(src, None)
                        report.removed.append(src)
        report.files = len(plan)

        manifests: dict[Path, dict[str, DocumentInfo]] = {}
        fresh: list[Chunk] = []
        for i, (root, path, src) in enumerate(plan):
            try:
                outcome = self._one(root, path, src, old_files.get(src), rebuild, manifests, report, fresh, new_files)
            except IngestError as exc:
                report.failed.append((src, exc.reason))
                outcome = "failed"
            if progress:
                progress(f"{src} ({outcome})", i + 1, len(plan))
        self._check_manifests(manifests, report)

        if not report.changed and old_gen:
            report.generation = old_gen
            report.chunks = sum(len(f.get("chunks", [])) for f in new_files.values())
            report.seconds = time.perf_counter() - t0
            return report

        # carry over vectors of untouched chunks; embed the new ones
        fresh_ids = {c.id for c in fresh}
        keep_ids = [cid for f in new_files.values() for cid in f.get("chunks", []) if cid not in fresh_ids]
        carried_chunks: list[Chunk] = []
        carried_vecs: dict[str, np.ndarray] = {}
        if keep_ids and old_gen:
            gen = self.store.live()
            wanted = set(keep_ids)
            carried_chunks = [c for c in gen.chunks if c.id in wanted]
            carried_vecs = self.store.embeddings_for(old_gen, [c.id for c in carried_chunks])
        fresh_vecs = self.embedder.embed([c.embed_text() for c in fresh]) if fresh else np.zeros((0, 384), np.float32)
        report.new_chunks = len(fresh)

        # unit (sentence / list item / row) vectors for the extractive answerer
        carried_units: list[np.ndarray] = []
        if carried_chunks:
            gen = self.store.live()
            carried_units = [gen.units_of(c.id) for c in carried_chunks]
        spans = [chunk_units(c) for c in fresh]
        flat = [c.text[u.start:u.end] for c, us in zip(fresh, spans) for u in us]
        flat_vecs = self.embedder.embed(flat) if flat else np.zeros((0, 384), np.float32)
        fresh_units, pos = [], 0
        for us in spans:
            fresh_units.append(flat_vecs[pos:pos + len(us)])
            pos += len(us)
        unit_vectors = None if any(u is None for u in carried_units) else carried_units + fresh_units

        all_chunks = carried_chunks + fresh
        vecs = np.vstack([carried_vecs[c.id] for c in carried_chunks] + [fresh_vecs]) if all_chunks else np.zeros((0, 384), np.float32)
        number = old_gen + 1
        self.store.cleanup_orphans(keep={old_gen, old_gen - 1})  # leftovers of an interrupted run
        self.store.write_generation(number, all_chunks, vecs, unit_vectors)
        self.store.write_state({"generation": number, "files": new_files})
        self.store.cleanup_orphans(keep={number, old_gen})  # readers of the old pointer can finish
        report.generation = number
        report.chunks = len(all_chunks)
        report.seconds = time.perf_counter() - t0
        return report

    def _one(self, root: Path, path: Path, src: str, previous: dict | None, rebuild: bool,
             manifests: dict[Path, dict[str, DocumentInfo]], report: IngestReport,
             fresh: list[Chunk], new_files: dict[str, dict]) -> str:
        if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
            raise IngestError(path, f"unsupported file type '{path.suffix or '(none)'}' (supported: {', '.join(SUPPORTED_EXTENSIONS)})")
        size = path.stat().st_size
        if size > self.max_bytes:
            raise IngestError(path, f"file is {size / 1e6:.1f} MB, over the {self.max_bytes / 1e6:.0f} MB limit (ASSISTANT_MAX_FILE_MB)")
        digest = file_hash(path)
        info = self._info(path, manifests)
        meta = info.chunk_metadata() if info else DocumentInfo(file=path.name).chunk_metadata()
        if (previous and previous.get("hash") == digest and previous.get("meta") == meta
                and previous.get("pipeline") == PIPELINE_VERSION and not rebuild):
            report.skipped.append(src)
            return "unchanged"
        doc = load_document(path)
        doc.source = src
        if info and info.title:
            doc.title = info.title
        for w in doc.warnings:
            report.warnings.append(f"{src}: {w}")
        chunks = self.chunker.chunk(doc, metadata=meta)
        if not chunks:
            raise IngestError(path, "no text to index after cleaning")
        fresh.extend(chunks)
        new_files[src] = {
            "hash": digest, "root": str(Path(root).resolve()) if Path(root).is_dir() else str(path.resolve()),
            "chunks": [c.id for c in chunks], "title": doc.title, "meta": meta,
            "pipeline": PIPELINE_VERSION,
        }
        (report.updated if previous else report.added).append(src)
        return "updated" if previous else "added"

    def _clash(self, root: Path, path: Path, src: str, previous: dict | None) -> str | None:
        """Why ``path`` may not be indexed as ``src``: another, still existing file or folder
        was indexed under that name (two folders called ``docs``; a copy of a bundled file
        ingested on its own), which would otherwise be silently replaced. ``None`` when
        the name is free, is this file's own, or its old folder is gone (a folder moved).
        The bundled corpus is always its own (a new checkout reuses the data directory)."""
        if previous is None or (self.bundled is not None and root.resolve() == self.bundled.resolve()):
            return None
        key = str(root.resolve()) if root.is_dir() else str(path.resolve())
        old_root = previous.get("root")
        if not old_root or old_root == key:
            return None
        old = Path(old_root)
        old_file = old / path.relative_to(root) if root.is_dir() and old.is_dir() else old
        if not old_file.exists():
            return None
        return (f"{path}: same source name as the indexed {old_file} "
                f"(rename this folder or file, or re-ingest from {old_root})")

    @staticmethod
    def _check_manifests(manifests: dict[Path, dict[str, DocumentInfo]], report: IngestReport) -> None:
        """Manifest entries that name no file in their folder: a typo there would silently
        drop a document's metadata, and for an entry with ``access`` tags publish a
        restricted document. Such entries are failures when they carry access tags and
        warnings otherwise."""
        for folder, entries in manifests.items():
            for name, info in entries.items():
                if (folder / name).is_file():
                    continue
                where = f"{folder.name}/manifest.yaml: entry '{name}'"
                if info.access:
                    report.failed.append((where, "names no file in its folder; its access tags protect nothing "
                                                 "(check the file name's spelling and case)"))
                else:
                    report.warnings.append(f"{where} names no file in its folder")

    def _info(self, path: Path, cache: dict[Path, dict[str, DocumentInfo]]) -> DocumentInfo | None:
        folder = path.parent
        if folder not in cache:
            manifest = find_manifest(folder)
            try:
                cache[folder] = load_manifest(manifest) if manifest else {}
            except ManifestError:
                raise
        return cache[folder].get(path.name)

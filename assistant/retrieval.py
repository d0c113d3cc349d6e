"""Hybrid retrieval: BM25 keyword search + dense search, fused with reciprocal rank fusion.

Pipeline for one question:

1. **Expand** the query with the glossary (acronym <-> expansion, everyday phrase ->
   document terms; :mod:`assistant.glossary`).
2. **Search** both indexes for ``candidates`` chunks each, with filters applied inside
   the searches (:class:`assistant.store.Filters`).
3. **Fuse** the two rankings with reciprocal rank fusion,
   ``score(d) = sum_r 1 / (k + rank_r(d))`` with ``k = 60`` -- Cormack, Clarke & Buettcher,
   "Reciprocal Rank Fusion outperforms Condorcet and individual Rank Learning Methods",
   SIGIR 2009.
4. **Rerank** the fused top ``candidates`` by their best sentence, list item or table row
   (:class:`assistant.rerank.UnitReranker`), when a reranker is set.
5. Return the top ``k`` :class:`~ingest.models.Passage` objects with their score (rerank
   score, or fused score without a reranker), dense cosine similarity and BM25 score.

:class:`HybridRetriever` is a LangChain ``BaseRetriever``, so it composes with other
runnables (``retriever | format_docs`` ...); :meth:`HybridRetriever.retrieve` is the typed
entry point used by :mod:`assistant.chain`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.embeddings import Embedder
from assistant.glossary import Glossary, load_glossary
from assistant.keywords import analyze
from assistant.rerank import UnitReranker
from assistant.store import Filters, Store
from ingest.models import Chunk, Passage


def rrf(rankings: list[list[str]], k: int = 60, weights: list[float] | None = None) -> dict[str, float]:
    """Reciprocal rank fusion (Cormack et al. 2009).

    Args:
        rankings: each a list of ids, best first.
        k: the RRF constant (60 in the paper).
        weights: optional per-ranking weights (default 1.0 each).

    Returns:
        id -> fused score (higher is better).
    """
    weights = weights or [1.0] * len(rankings)
    scores: dict[str, float] = {}
    for ranking, w in zip(rankings, weights):
        for rank, doc_id in enumerate(ranking, start=1):
            scores[doc_id] = scores.get(doc_id, 0.0) + w / (k + rank)
    return scores


class HybridRetriever(BaseRetriever):
    """LangChain retriever over a :class:`~assistant.store.Store`.

    Attributes:
        store: the store to search.
        embedder: query embedder (same model as the index).
        k: passages returned.
        candidates: candidates taken from each index before fusion.
        rrf_k: RRF constant.
        filters: default filters for :meth:`invoke` (``retrieve`` takes its own).
        reranker: optional :class:`~assistant.rerank.UnitReranker` applied to the fused
            top ``candidates`` before cutting to ``k``.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: Store
    embedder: Embedder
    k: int = 5
    candidates: int = 30
    rrf_k: int = 60
    filters: Filters | None = None
    glossary: Glossary | None = None
    reranker: UnitReranker | None = None

    def expand(self, question: str) -> str:
        """The question plus glossary expansions (used for both indexes)."""
        extra = (self.glossary or load_glossary()).expand(question)
        return question + ("\n" + "; ".join(extra) if extra else "")

    def retrieve(self, question: str, filters: Filters | None = None, k: int | None = None,
                 query_vector: np.ndarray | None = None, question_vector: np.ndarray | None = None) -> list[Passage]:
        """Top passages for ``question``.

        Args:
            question: the (redacted) question.
            filters: access/metadata filters applied inside both searches.
            k: passages to return (default ``self.k``).
            query_vector: precomputed embedding of the expanded query, shape ``(384,)``.
            question_vector: precomputed embedding of the plain question, shape
                ``(384,)``, for the reranker (embedded here when needed and absent).

        Returns:
            passages best first; ``Passage.score`` is the rerank score (the RRF score
            when no reranker is set), ``dense_score`` the
            cosine similarity (``None`` when only the keyword search found the chunk) and
            ``keyword_score`` the BM25 score (``None`` when only the dense search did).
        """
        k = k or self.k
        filters = filters if filters is not None else (self.filters or Filters())
        query = self.expand(question)
        vec = query_vector if query_vector is not None else self.embedder.embed_one(query)
        dense = self.store.dense_search(vec, self.candidates, filters)
        keyword = self.store.keyword_search(analyze(query), self.candidates, filters)
        fused = rrf([[c.id for c, _ in dense], [c.id for c, _ in keyword]], k=self.rrf_k)
        by_id: dict[str, Chunk] = {c.id: c for c, _ in dense}
        by_id.update({c.id: c for c, _ in keyword})
        dense_s = {c.id: s for c, s in dense}
        kw_s = {c.id: s for c, s in keyword}
        ranked = sorted(fused.items(), key=lambda kv: -kv[1])[: max(k, self.candidates) if self.reranker else k]
        passages = [
            Passage(chunk=by_id[cid], score=score, dense_score=dense_s.get(cid), keyword_score=kw_s.get(cid))
            for cid, score in ranked
        ]
        if self.reranker is None:
            return passages
        if question_vector is None:
            question_vector = vec if query == question else self.embedder.embed_one(question)
        return self.reranker.rerank(question, passages, question_vector, vec, k=k)

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [passage_to_document(p) for p in self.retrieve(query)]


def passage_to_document(p: Passage) -> Document:
    """A passage as a LangChain ``Document`` (text in ``page_content``, the rest in metadata)."""
    c = p.chunk
    meta: dict[str, Any] = {
        "id": c.id, "source": c.source, "title": c.title, "section": c.section,
        "page": c.page_start, "score": p.score, "dense_score": p.dense_score,
        "keyword_score": p.keyword_score, **c.metadata,
    }
    return Document(page_content=c.text, metadata=meta)

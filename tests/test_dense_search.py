"""Dense search is exact and deterministic (assistant.store.Store.dense_search).

Chroma's HNSW query on a persisted index returned different neighbours for the same
vector from one process to the next (chroma-core/chroma#2675): on the bundled corpus,
three different top-30 lists in four runs of eight questions. These tests pin the
replacement: an exact cosine over the generation's chunk vectors, filtered inside the
search, the same list in every process, and the same result for an index written
before ``vectors.npy`` existed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]

QUESTIONS = [
    "How many children were subject to a child protection plan?",
    "What were the key findings of the Child M review?",
    "kids who run away from home",
    "What does the LADO do?",
    "How do I refer a potential victim of modern slavery to the National Referral Mechanism?",
    "Who chairs the partnership?",
]


def _brute_force(store, vector: np.ndarray, n: int, filters) -> list[tuple[str, float]]:
    """Top ``n`` (id, cosine) by a plain loop over the vectors Chroma stored at ingest."""
    gen = store.live()
    stored = store.embeddings_for(gen.number, [c.id for c in gen.chunks])
    q = vector / np.linalg.norm(vector)
    scored = []
    for i, c in enumerate(gen.chunks):
        if filters.allows(gen.metas[i]):
            v = stored[c.id]
            scored.append((c.id, float(v @ q / np.linalg.norm(v)), i))
    scored.sort(key=lambda t: (-t[1], t[2]))
    return [(cid, s) for cid, s, _ in scored[:n]]


@pytest.mark.parametrize("filters_kw", [{}, {"doc_type": "annual report"}, {"source": "harrow-cspr-child-m-learning-sheet.docx"}])
def test_dense_search_is_the_exact_cosine_top_n(indexed_both, filters_kw):
    from assistant.store import Filters

    assistant = indexed_both
    store = assistant.store
    filters = Filters(**filters_kw)
    gen = store.live()
    if filters_kw:
        assert any(filters.allows(m) for m in gen.metas), filters_kw
        assert not all(filters.allows(m) for m in gen.metas), filters_kw
    for q in QUESTIONS:
        vec = assistant.embedder.embed_one(q)
        got = store.dense_search(vec, 30, filters)
        want = _brute_force(store, vec, 30, filters)
        assert [c.id for c, _ in got] == [cid for cid, _ in want], q
        assert np.allclose([s for _, s in got], [s for _, s in want], atol=1e-5), q
        assert all(filters.allows(gen.metas[gen.index_of[c.id]]) for c, _ in got)


_CHILD = """
import json, sys
import numpy as np
from assistant.store import Store
store = Store(sys.argv[1])
out = []
for v in np.load(sys.argv[2]):
    out.append([c.id for c, _ in store.dense_search(v, 30)])
print(json.dumps(out))
"""


def test_dense_search_gives_the_same_list_in_every_process(indexed_both, tmp_path):
    assistant = indexed_both
    vecs = np.stack([assistant.embedder.embed_one(q) for q in QUESTIONS])
    path = tmp_path / "vecs.npy"
    np.save(path, vecs)
    here = [[c.id for c, _ in assistant.store.dense_search(v, 30)] for v in vecs]
    runs = []
    for _ in range(3):
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, str(assistant.store.data_dir), str(path)],
            capture_output=True, text=True, cwd=REPO, timeout=300,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    assert all(r == here for r in runs)


def _small_index(tmp_path: Path):
    from assistant.indexer import Indexer
    from assistant.store import Store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "guide.md").write_text(
        "# Local guidance\n\n## Missing children\n\nA child who goes missing from home gets a return home interview "
        "within 72 hours.\n\n## LADO\n\nAllegations against staff go to the Local Authority Designated Officer "
        "(LADO) within one working day.\n\n## Neglect\n\nThe graded care profile is used to assess neglect.\n",
        encoding="utf-8",
    )
    data = tmp_path / "data"
    report = Indexer(Store(data)).ingest([corpus])
    assert not report.failed, report.failed
    return data


def test_index_without_vectors_file_is_searched_exactly(tmp_path):
    """A generation written before ``vectors.npy`` existed: its vectors come from Chroma."""
    from assistant.embeddings import get_embedder
    from assistant.store import Store

    data = _small_index(tmp_path)
    vec = get_embedder().embed_one("who do I tell about an allegation against a teacher?")
    before = [(c.id, round(s, 5)) for c, s in Store(data).dense_search(vec, 10)]
    gen = Store(data).live().number
    vectors = data / f"gen-{gen}" / "vectors.npy"
    assert vectors.is_file()
    vectors.unlink()
    store = Store(data)
    assert store.live().chunk_vecs is not None
    assert [(c.id, round(s, 5)) for c, s in store.dense_search(vec, 10)] == before
    assert "LADO" in store.dense_search(vec, 1)[0][0].text


def test_above_exact_search_max_chroma_answers(tmp_path):
    from assistant.embeddings import get_embedder
    from assistant.store import Store

    data = _small_index(tmp_path)
    vec = get_embedder().embed_one("who do I tell about an allegation against a teacher?")
    store = Store(data, exact_search_max=0)
    assert store.live().chunk_vecs is None
    hits = store.dense_search(vec, 10)
    assert hits and "LADO" in hits[0][0].text
    exact = Store(data).dense_search(vec, 10)
    assert {c.id for c, _ in hits} == {c.id for c, _ in exact}


@pytest.mark.parametrize("damage", ["empty file", "nan", "zeros", "wrong width", "one dimension", "rows shuffled", "pickle"])
def test_a_damaged_vectors_file_falls_back_to_chroma(tmp_path, damage):
    """vectors.npy is a cache of what Chroma holds: a file that is unreadable, not finite,
    of another shape or out of step with the chunks is not used."""
    from assistant.embeddings import get_embedder
    from assistant.store import Store

    data = _small_index(tmp_path)
    vec = get_embedder().embed_one("who do I tell about an allegation against a teacher?")
    before = [(c.id, round(s, 5)) for c, s in Store(data).dense_search(vec, 10)]
    path = data / f"gen-{Store(data).live().number}" / "vectors.npy"
    good = np.load(path)
    if damage == "empty file":
        path.write_bytes(b"")
    elif damage == "nan":
        np.save(path, np.full_like(good, np.nan))
    elif damage == "zeros":
        np.save(path, np.zeros_like(good))
    elif damage == "wrong width":
        np.save(path, good[:, :100])
    elif damage == "one dimension":
        np.save(path, good.reshape(-1))
    elif damage == "rows shuffled":
        np.save(path, good[::-1])
    elif damage == "pickle":
        np.save(path, np.array([{"a": 1}] * len(good), dtype=object), allow_pickle=True)
    store = Store(data)
    assert [(c.id, round(s, 5)) for c, s in store.dense_search(vec, 10)] == before
    assert np.isfinite(store.live().chunk_vecs).all()


def test_an_ingest_that_leaves_no_chunks_is_committed(tmp_path):
    """Deleting every document and ingesting again empties the index (it used to fail
    writing an empty vectors.npy, leaving the deleted documents answerable)."""
    from assistant.indexer import Indexer
    from assistant.store import Store

    data = _small_index(tmp_path)
    corpus = tmp_path / "corpus"
    (corpus / "guide.md").unlink()
    report = Indexer(Store(data)).ingest([corpus])
    assert not report.failed, report.failed
    store = Store(data)
    assert store.is_empty() and store.chunks() == []

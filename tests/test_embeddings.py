"""The two embedding backends (sentence-transformers and the exported ONNX model) must give
the same vectors: an index built with one is queried with the other.

Uses the real model and a real export into a temporary directory (about 15 s in all).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]

LONG = " ".join(
    ["The safeguarding partnership reviewed multi-agency referrals, neglect thresholds and "
     "the MASH's response to domestic abuse notifications from Harrow police in 2023/24."] * 12
)
SENTENCES = [
    "What is the threshold for a child protection referral?",
    "Child M was known to children's social care before the incident.",
    "",
    LONG,
    "   leading and trailing spaces   ",
    "MASH contacts rose by 12% (n=4,321) compared with 2022-23.",
    "Café naïve résumé — ünïcödé quotes “like these” and an emoji 😀",
    "x",
    "LSCP",
    "Private fostering arrangements must be notified to the local authority.",
]


@pytest.fixture(scope="module")
def onnx_path(tmp_path_factory) -> Path:
    from assistant.onnx_embedder import export_onnx

    target = tmp_path_factory.mktemp("onnx") / "model.onnx"
    assert export_onnx(target) == target
    assert target.is_file()
    assert not [p for p in target.parent.iterdir() if p != target]  # no temporary left behind
    return target


@pytest.fixture(scope="module")
def onnx_embedder(onnx_path):
    from assistant.onnx_embedder import OnnxEmbedder

    return OnnxEmbedder(onnx_path)


@pytest.fixture(scope="module")
def st_embedder():
    from assistant.embeddings import Embedder

    return Embedder()


def test_long_text_is_truncated_by_both(onnx_embedder):
    from transformers import AutoTokenizer

    from assistant.onnx_embedder import package_model_dir

    hf = AutoTokenizer.from_pretrained(str(package_model_dir()))
    assert len(hf(LONG)["input_ids"]) > 256, "the long sentence must exceed the model's window"
    assert len(onnx_embedder._tokenizer.encode(LONG).ids) == 256


def test_backends_agree(onnx_embedder, st_embedder):
    ref = st_embedder.embed(SENTENCES)
    got = onnx_embedder.embed(SENTENCES)
    assert got.shape == ref.shape == (len(SENTENCES), 384)
    assert got.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    cos = (ref * got).sum(axis=1)
    assert cos.min() >= 0.9999, dict(zip(SENTENCES, cos.round(6)))
    # Truncation matches: text beyond word piece 256 does not change either vector.
    longer = LONG + " Completely different trailing words about swimming pools and bicycles."
    assert float(onnx_embedder.embed_one(longer) @ got[SENTENCES.index(LONG)]) > 0.99999
    assert float(st_embedder.embed_one(longer) @ got[SENTENCES.index(LONG)]) >= 0.9999


def test_batch_matches_single(onnx_embedder):
    batch = onnx_embedder.embed(SENTENCES)
    for text, row in zip(SENTENCES, batch):
        single = onnx_embedder.embed_one(text)
        assert single.shape == (384,)
        assert float(single @ row) > 0.99999, text
    assert onnx_embedder.embed([]).shape == (0, 384)
    small = type(onnx_embedder)(onnx_embedder.onnx_path, batch_size=3)  # several batches, order kept
    np.testing.assert_allclose(small.embed(SENTENCES), batch, atol=1e-5)


def test_thread_safety(onnx_embedder):
    expected = onnx_embedder.embed(SENTENCES)
    errors: list[BaseException] = []
    results: dict[int, list[np.ndarray]] = {}

    def work(n: int) -> None:
        try:
            out = []
            for i in range(3):
                texts = SENTENCES[(n + i) % len(SENTENCES):] or SENTENCES
                out.append((texts, onnx_embedder.embed(texts)))
                out.append(([SENTENCES[n]], onnx_embedder.embed_one(SENTENCES[n])[None, :]))
            results[n] = out
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert len(results) == 8
    for out in results.values():
        for texts, vecs in out:
            want = expected[[SENTENCES.index(t) for t in texts]]
            assert ((want * vecs).sum(axis=1) > 0.99999).all()


def test_langchain_adapter_uses_onnx(onnx_embedder):
    from assistant.embeddings import LangChainEmbeddings

    lc = LangChainEmbeddings(onnx_embedder)
    q = lc.embed_query("neglect")
    docs = lc.embed_documents(["neglect", "bicycles"])
    assert len(q) == 384 and len(docs) == 2
    assert np.dot(q, docs[0]) > 0.9999


def test_onnx_embedder_is_accepted_where_an_embedder_is_expected(onnx_embedder):
    from assistant.embeddings import Embedder
    from assistant.retrieval import HybridRetriever
    from assistant.store import Store

    assert isinstance(onnx_embedder, Embedder)
    retriever = HybridRetriever(store=Store.__new__(Store), embedder=onnx_embedder)  # pydantic field
    assert retriever.embedder is onnx_embedder


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh ``ASSISTANT_DATA_DIR`` with the settings and embedder caches cleared."""
    from assistant.config import get_settings
    from assistant.embeddings import get_embedder

    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ASSISTANT_CONFIG", raising=False)
    get_settings.cache_clear()
    get_embedder.cache_clear()
    yield tmp_path
    get_settings.cache_clear()
    get_embedder.cache_clear()


def test_missing_model_falls_back_and_exports_on_load(data_dir):
    from assistant.embeddings import Embedder, get_embedder, onnx_model_path

    path = onnx_model_path()
    assert path.parent == data_dir / "models" and path.name.startswith("all-MiniLM-L6-v2-")
    e = get_embedder()
    assert isinstance(e, Embedder) and e.onnx_target == path
    assert not path.exists()  # nothing exported until the model is actually loaded


def test_corrupt_model_falls_back_then_is_repaired(data_dir, caplog, onnx_embedder):
    from assistant.embeddings import Embedder, get_embedder, onnx_model_path
    from assistant.onnx_embedder import OnnxEmbedder

    path = onnx_model_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(os.urandom(4096))
    with caplog.at_level(logging.WARNING, logger="assistant.embeddings"):
        e = get_embedder()
    assert isinstance(e, Embedder)
    assert any("does not load" in r.getMessage() for r in caplog.records)
    # Loading the sentence-transformers model exports a good file over the corrupt one.
    vec = e.embed_one("neglect")
    assert float(vec @ onnx_embedder.embed_one("neglect")) >= 0.9999
    assert isinstance(OnnxEmbedder(path), OnnxEmbedder)
    get_embedder.cache_clear()
    assert isinstance(get_embedder(), OnnxEmbedder)


def test_failed_export_is_a_warning_not_a_crash(tmp_path, caplog):
    from assistant.embeddings import ensure_onnx_model

    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with caplog.at_level(logging.WARNING, logger="assistant.embeddings"):
        assert ensure_onnx_model(blocker / "models" / "m.onnx") is None
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1


def test_ensure_onnx_model_keeps_a_good_file(onnx_path):
    from assistant.embeddings import ensure_onnx_model

    before = onnx_path.stat().st_mtime_ns
    assert ensure_onnx_model(onnx_path) == onnx_path
    assert onnx_path.stat().st_mtime_ns == before


def test_chain_import_and_query_skip_torch(onnx_path, tmp_path):
    """With the ONNX model in place, importing the chain and embedding a query must not
    import sentence-transformers, transformers or torch (that is what makes a cold ask fast)."""
    from assistant.onnx_embedder import onnx_file_name

    models = tmp_path / "models"
    models.mkdir()
    try:
        os.link(onnx_path, models / onnx_file_name())
    except OSError:
        shutil.copy(onnx_path, models / onnx_file_name())
    code = (
        "import sys\n"
        "import assistant.chain\n"
        "from assistant.embeddings import get_embedder\n"
        "e = get_embedder(); e.embed_one('neglect')\n"
        "print(type(e).__name__)\n"
        "print(sorted(m for m in ('sentence_transformers', 'transformers', 'torch') if m in sys.modules))\n"
    )
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path)}
    env.pop("ASSISTANT_CONFIG", None)
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["OnnxEmbedder", "[]"], out.stdout + out.stderr

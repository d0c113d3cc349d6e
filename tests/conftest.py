"""Shared fixtures.

``indexed`` builds one index of the bundled corpus (the real annual report PDF and the
Child M learning sheet DOCX) per test session in a temporary data directory, and returns
an :class:`assistant.chain.Assistant` over it. Settings are passed explicitly, so tests
that change ``ASSISTANT_*`` variables do not disturb it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = REPO / "corpus"


def pytest_configure(config):
    """Under CI the shared corpus must be present: skipping its tests would let CI pass
    without testing the real documents."""
    if os.environ.get("CI") and not (SHARED / "corpus").is_dir():
        raise pytest.UsageError(f"CI is set but {SHARED}/corpus is missing: the tests need ../shared beside the repo")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only ``../shared`` folder (real corpus, extra HTML, starter evals)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not present")
    return SHARED


@pytest.fixture(scope="session")
def indexed(tmp_path_factory):
    """An Assistant over a fresh index of ``corpus/`` (built once per session)."""
    from assistant.chain import Assistant
    from assistant.config import Settings
    from assistant.indexer import Indexer
    from assistant.store import Store

    data = tmp_path_factory.mktemp("index")
    settings = Settings(data_dir=data, chroma_url=None)
    store = Store(settings.data_dir)
    report = Indexer(store, bundled_corpus=CORPUS).ingest([CORPUS])
    assert not report.failed, report.failed
    return Assistant(settings=settings, store=store)


@pytest.fixture(scope="session")
def indexed_both(tmp_path_factory, shared_dir):
    """An Assistant over ``corpus/`` plus ``../shared/corpus-extra/modern-slavery-html``
    (both corpora in one index, as issue 4's generalisation check runs them)."""
    from assistant.chain import Assistant
    from assistant.config import Settings
    from assistant.indexer import Indexer
    from assistant.store import Store

    data = tmp_path_factory.mktemp("index-both")
    settings = Settings(data_dir=data, chroma_url=None)
    store = Store(settings.data_dir)
    report = Indexer(store, bundled_corpus=CORPUS).ingest([CORPUS, shared_dir / "corpus-extra" / "modern-slavery-html"])
    assert not report.failed, report.failed
    return Assistant(settings=settings, store=store)

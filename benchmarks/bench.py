"""Benchmark: ingest throughput, warm query latency, cold `assistant ask`, redaction, exact
dense search (this index and a synthetic 100,000 chunks), peak RSS.

Usage: .venv/bin/python benchmarks/bench.py [--questions N]

Prints one figure per line. Uses a fresh temporary data directory, the bundled corpus and
the questions of the eval suites (falling back to the starter suite in ../shared).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _questions(n: int) -> list[str]:
    import yaml

    qs: list[str] = []
    for path in [REPO / "evals" / "harrow-2020-21.yaml", REPO.parent / "shared" / "evals" / "starter-harrow-2020-21.yaml"]:
        if path.is_file():
            qs += [c["question"] for c in yaml.safe_load(path.read_text())["cases"] if c.get("kind") not in ("urgent",)]
    qs = list(dict.fromkeys(qs))
    while len(qs) < n:
        qs += qs
    return qs[:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--questions", type=int, default=40)
    args = ap.parse_args()
    data = Path(tempfile.mkdtemp(prefix="sla-bench-"))
    os.environ["ASSISTANT_DATA_DIR"] = str(data)

    from assistant.chain import Assistant
    from assistant.config import Settings
    from assistant.embeddings import get_embedder
    from assistant.indexer import Indexer
    from assistant.store import Store

    get_embedder().embed(["warm-up"])  # model load is reported separately from ingest
    store = Store(data)
    t = time.perf_counter()
    report = Indexer(store, bundled_corpus=REPO / "corpus").ingest([REPO / "corpus"])
    secs = time.perf_counter() - t
    print(f"ingest: {report.files} files, {report.chunks} chunks in {secs:.1f} s ({report.chunks / secs:.1f} chunks/s)")

    # after the first ingest the ONNX export exists: answer as a deployed process would
    get_embedder.cache_clear()
    a = Assistant(settings=Settings(data_dir=data), store=store, embedder=get_embedder())
    print(f"query embedder: {type(a.embedder).__name__}")
    a.ask("warm-up question about missing children")
    lat = []
    for q in _questions(args.questions):
        t = time.perf_counter()
        a.ask(q, front="bench")
        lat.append((time.perf_counter() - t) * 1000)
    lat.sort()
    p95 = lat[min(len(lat) - 1, int(round(0.95 * (len(lat) - 1))))]
    print(f"warm query latency over {len(lat)} questions: p50 {statistics.median(lat):.0f} ms, p95 {p95:.0f} ms")

    exe = Path(sys.executable).with_name("assistant")
    walls, rss_kb = [], []
    for _ in range(3):
        t = time.perf_counter()
        # GNU time reports the child's own peak RSS (ru_maxrss seen from this process
        # would include the pages it inherited from this process at fork)
        out = subprocess.run(["/usr/bin/time", "-f", "%M", str(exe), "ask", "--json",
                              "How many children went missing in Harrow in 2019-20?"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env={**os.environ})
        walls.append(time.perf_counter() - t)
        if out.returncode != 0:
            raise SystemExit(f"cold ask failed: {out.stderr[-500:]}")
        rss_kb.append(int(out.stderr.strip().splitlines()[-1]))
    print(f"cold 'assistant ask' wall time: median {statistics.median(walls):.2f} s over 3 runs; "
          f"peak RSS of that process {max(rss_kb) / 1024:.0f} MB")
    # personal-data redaction runs on every message before anything else: a typical
    # message, and a pasted case note of 50,000 characters with long blank runs
    from assistant.safety import redact

    redact("warm-up: jayden smith, 14")
    msgs = [f"worried about jayden smith, {10 + i % 8}, in year 9 - his mum's boyfriend said he can't go home ({i})"
            for i in range(200)]
    t = time.perf_counter()
    for m in msgs:
        redact(m)
    per_msg = (time.perf_counter() - t) * 1000 / len(msgs)
    note = ("Re: amira khan aged 15 - strategy meeting. amira told me her nan's flat is at 12 Acacia Road, "
            "dob 03/04/2010, nhs 943 476 5919." + " " * 300 + "\n") * 130
    t = time.perf_counter()
    redact(note[:50_000])
    print(f"redaction: {per_msg:.2f} ms per message; a 50,000-character pasted note "
          f"{(time.perf_counter() - t) * 1000:.0f} ms")
    # a message that is one long token (a pasted URL or encoded blob): the claim and
    # question patterns must stay linear in it (a 3,000-letter token once took minutes)
    from assistant.answer.claims import as_checked_question

    for n in (3_000, 10_000):
        t = time.perf_counter()
        as_checked_question("x" * n, known=lambda name: False)
        print(f"claims rewrite of a {n:,}-character single token: {(time.perf_counter() - t) * 1000:.0f} ms")
    # (before the synthetic generation below, which would count in the peak)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (ingest with sentence-transformers, then {len(lat)} queries): {rss:.0f} MB")
    # dense search is exact (assistant.store): its cost on this index, and the same steps
    # (filter rows, cosine over every vector, order) on a synthetic 100,000-chunk generation
    import numpy as np

    from assistant.store import Filters, Generation

    vecs = get_embedder().embed(_questions(20))
    t = time.perf_counter()
    for v in vecs:
        store.dense_search(v, 30, Filters())
    print(f"exact dense search over {len(store.live().chunks)} chunks: "
          f"{(time.perf_counter() - t) * 1000 / len(vecs):.2f} ms per query")
    rng = np.random.default_rng(0)
    n = 100_000
    big = rng.standard_normal((n, vecs.shape[1])).astype(np.float32)
    big /= np.linalg.norm(big, axis=1, keepdims=True)
    metas = [{"restricted": False, "doc_type": "guidance" if i % 3 else "annual report", "source": f"f{i % 50}.md"}
             for i in range(n)]
    gen = Generation(number=0, collection=None, chunks=[], metas=metas, bm25=None, chunk_vecs=big)
    for label, f in (("no filter", Filters()), ("--type filter", Filters(doc_type="guidance"))):
        t = time.perf_counter()
        rows = gen.allowed_rows(f)
        first = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        for v in vecs:
            rows = gen.allowed_rows(f)
            sims = big[rows] @ v if len(rows) < n else big @ v
            np.argsort(-sims, kind="stable")[:30]
        print(f"exact dense search, synthetic {n:,} chunks, {label}: "
              f"{(time.perf_counter() - t) * 1000 / len(vecs):.1f} ms per query (filter worked out once: {first:.0f} ms)")
    del big, metas, gen
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS with the synthetic 100,000-chunk generation: {rss:.0f} MB")


if __name__ == "__main__":
    main()

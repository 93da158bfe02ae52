"""The Dask driver gives the same results as a serial run, in input order."""
from __future__ import annotations

import json

import pytest

from mtqa.api import run
from mtqa.config import Config
from mtqa.context import Context
from mtqa.distributed import plan_chunks, run_distributed
from mtqa.readers.jsonl import read_jsonl



def _corpus(tmp_path, docs=12, per_doc=5):
    path = tmp_path / "c.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for d in range(docs):
            for s in range(per_doc):
                target = f"Headline number {d} about the launch" if s == 0 else f"The rocket {d} flew {s} times."
                if d == 3 and s == 2:
                    target = "Headline number 3 about the launch"
                f.write(json.dumps({"doc": f"d{d}", "source": f"La fusée {d} a volé {s} fois.", "target": target}) + "\n")
    return str(path)


def test_chunks_end_between_documents(tmp_path):
    path = _corpus(tmp_path)
    chunks = plan_chunks(path, chunk_bytes=300)
    assert len(chunks) > 3
    lines = open(path, "rb").read().splitlines(keepends=True)
    starts = {c.first_line for c in chunks}
    for c in chunks:
        assert c.first_line == 1 or (c.first_line - 1) % 5 == 0  # a document's first record
    assert chunks[0].start == 0 and chunks[-1].end == sum(len(l) for l in lines)
    assert all(a.end == b.start for a, b in zip(chunks, chunks[1:]))
    assert 1 in starts


def test_same_results_as_serial(tmp_path):
    path = _corpus(tmp_path)
    config = Config(select=("A101",))
    serial = [(r.pair.id, [(i.code, i.line) for i in r.issues]) for r in
              run(read_jsonl(path, source_lang="fr", target_lang="en"), Context(config))]
    parallel = [(r.pair.id, [(i.code, i.line) for i in r.issues]) for r in
                run_distributed(path, config, workers=2, chunk_bytes=300)]
    assert parallel == serial
    assert ("d3", [("A101", 18)]) in parallel


def test_dask_cluster_gives_the_same_results(tmp_path):
    distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    path = _corpus(tmp_path)
    config = Config(select=("A101",))
    serial = [(r.pair.id, [(i.code, i.line) for i in r.issues]) for r in
              run(read_jsonl(path, source_lang="fr", target_lang="en"), Context(config))]
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        on_dask = [(r.pair.id, [(i.code, i.line) for i in r.issues]) for r in
                   run_distributed(path, config, scheduler=cluster.scheduler_address, chunk_bytes=300)]
    assert on_dask == serial

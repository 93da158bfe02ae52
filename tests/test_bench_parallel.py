"""bench/parallel.py's LocalCluster: its workers run without Dask's statistical profiler unless asked.

The profiler samples the running task's stack 100 times a second in each worker's event-loop thread; on
mtqa's batches that was about a fifth of that thread's CPU (stop 41), counted against the Dask way.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))


def _profiling(dask_worker) -> bool:
    return "profile" in dask_worker.periodic_callbacks


@pytest.mark.parametrize("profile", [False, True])
def test_the_bench_cluster_profiles_only_when_asked(profile):
    distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    import cloudpickle
    import parallel

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test module

    proc, address = parallel._cluster_in(BENCH.parent, profile) if profile else parallel._cluster_in(BENCH.parent)
    try:
        with distributed.Client(address) as client:
            client.wait_for_workers(2, timeout=120)
            assert set(client.run(_profiling).values()) == {profile}
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)

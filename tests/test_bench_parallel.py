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


def _timers(server) -> dict:
    """The periods (ms) of the event-loop timers the bench's settings lengthen, of a worker or the scheduler."""
    return {name: server.periodic_callbacks[name].callback_time
            for name in ("tick", "monitor", "memory_monitor") if name in server.periodic_callbacks}


def _worker_timers(dask_worker) -> dict:  # Dask hands the worker over by this argument's name
    return _timers(dask_worker)


def _scheduler_timers(dask_scheduler) -> dict:
    return _timers(dask_scheduler)


@pytest.mark.parametrize("defaults", [False, True])
def test_the_bench_cluster_runs_with_batch_settings_unless_asked_for_dasks_defaults(defaults):
    """The tick (every 20 ms), the system monitor (0.5 s) and the memory monitor (0.1 s) wake every worker's
    and the scheduler's event loop all through a run; the bench's cluster takes them once a second, every 5 s
    and once a second, as a batch cluster's owner would (README), and ``--dask-defaults`` keeps Dask's."""
    distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    import cloudpickle
    import parallel

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test module

    proc, address = parallel._cluster_in(BENCH.parent, defaults=defaults)
    expected = {"tick": 20, "monitor": 500, "memory_monitor": 100} if defaults else \
        {"tick": 1000, "monitor": 5000, "memory_monitor": 1000}
    try:
        with distributed.Client(address) as client:
            client.wait_for_workers(2, timeout=120)
            assert list(client.run(_worker_timers).values()) == [expected, expected]
            assert client.run_on_scheduler(_scheduler_timers) == {"tick": expected["tick"], "monitor": expected["monitor"]}
            assert set(client.run(_profiling).values()) == {defaults}  # Dask's default: the profiler on
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_cluster_process_cpu_counts_its_own_threads_and_not_its_children():
    """bench/parallel.py prints the CPU of its cluster's process (scheduler and nannies), which the workers'
    figures leave out; the workers are that process's children and are counted apart, so not here."""
    import os
    import subprocess
    import threading
    import time

    import parallel

    def spin(seconds: float) -> None:
        end = time.thread_time() + seconds
        while time.thread_time() < end:
            pass

    before = parallel.process_cpu(os.getpid())
    worker = threading.Thread(target=spin, args=(0.4,))
    worker.start()
    worker.join()
    own = parallel.process_cpu(os.getpid()) - before
    assert 0.35 <= own < 1.0, own
    before = parallel.process_cpu(os.getpid())
    subprocess.run([sys.executable, "-c", "import time\nend = time.process_time() + 0.6\n"
                    "while time.process_time() < end: pass"], check=True)
    assert parallel.process_cpu(os.getpid()) - before < 0.3


def test_reports_are_compared_within_each_checkout_not_across_checkouts():
    import parallel

    runs = {"serial": [(1, 1, "a")], "--workers 2": [(1, 1, "a")],
            "base serial": [(1, 1, "b")], "base --workers 2": [(1, 1, "b")]}
    assert parallel.identical(runs, ["", "base "]) == {"": 1, "base ": 1}
    runs["base --workers 2"].append((1, 1, "c"))
    assert parallel.identical(runs, ["", "base "]) == {"": 1, "base ": 2}


def test_each_rounds_ratio_is_given_in_round_order():
    # the target (Dask within 10 % of --workers 2) is on every round: the median alone hid a round above it
    import parallel

    runs = {"d": [(4.4, 0, ""), (5.5, 0, ""), (4.0, 0, "")], "w": [(4.0, 0, ""), (5.0, 0, ""), (4.0, 0, "")]}
    assert [round(r, 3) for r in parallel.rounds_ratio(runs, "d", "w")] == [1.1, 1.1, 1.0]
    assert round(parallel._per_round(runs, "d", "w"), 3) == 1.1


def test_the_task_timeline_gives_each_workers_tasks_the_first_start_and_how_far_apart_the_last_ones_ended():
    import parallel

    def task(worker, start, stop, action="compute"):
        return {"worker": worker, "startstops": [{"action": "transfer", "start": start - 1, "stop": start},
                                                 {"action": action, "start": start, "stop": stop}]}

    records = [task("tcp://b:2", 100.3, 101.0), task("tcp://a:1", 100.25, 100.9), task("tcp://a:1", 100.9, 104.0),
               task("tcp://b:2", 101.0, 104.15)]
    assert parallel.task_timeline(records, 100.0) == \
        "tasks 2/2, first start 0.25 s, last ends 4.00/4.15 s (apart 0.15 s)"
    assert parallel.task_timeline([task("tcp://a:1", 1, 2, "transfer")], 0) == "tasks: none recorded"


def test_a_workers_cpu_is_split_between_its_task_threads_and_the_others():
    """bench/parallel.py sets a Dask worker's task-thread CPU (the checking) beside a forked worker's CPU; the
    event loop's and the other threads' CPU is counted apart (issue 14: wall-clock busy time is not CPU)."""
    import threading
    import time

    import parallel

    if not Path("/proc/self/task").is_dir():
        pytest.skip("per-thread CPU is read from /proc")

    def spin(seconds: float) -> None:
        end = time.thread_time() + seconds
        while time.thread_time() < end:
            pass

    done = threading.Event()

    def task() -> None:
        spin(0.4)
        done.wait(10)  # alive when read: an ended thread is gone from /proc/self/task

    before = parallel.threads_cpu()
    thread = threading.Thread(target=task, name=f"0-{parallel.TASK_THREADS}-1-0")
    thread.start()
    spin(0.3)  # this (main) thread: one of the others
    while thread.is_alive() and parallel.threads_cpu()[0] - before[0] < 0.35:
        time.sleep(0.02)
    during = parallel.threads_cpu()
    done.set()
    thread.join()
    assert 0.35 <= during[0] - before[0] < 0.6, (before, during)
    assert 0.25 <= during[1] - before[1] < 0.6, (before, during)
    assert parallel._threads_split({"tcp://a:1": (1.0, 0.5)}, {"tcp://a:1": (4.5, 0.6), "tcp://b:2": (3.0, 0.1)}) == \
        "task threads 3.50/3.00 s, other threads 0.10/0.10 s"

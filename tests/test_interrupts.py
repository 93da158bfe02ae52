"""Interrupting a parallel run leaves no worker behind (and no Dask task running).

A real ``mtqa check --workers 2`` process is started in its own session,
signalled once its workers are busy, and then every process of that session
must be gone: workers left blocked after their parent died would pile up on
a CI machine run after run.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mtqa_cli import default_signals

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc to list processes")


def _session(sid: int) -> list[int]:
    """Live (non-zombie) processes whose session is ``sid``."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # state ppid pgrp session ...
        if int(fields[3]) == sid and fields[0] != "Z":
            out.append(int(entry.name))
    return out


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _descendants(pid: int) -> list[int]:
    """Children, their children...: local workers are forked from a zygote, the parent's child."""
    out = _children(pid)
    for kid in out:
        out.extend(k for k in _children(kid) if k not in out)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("interrupts") / "long.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for d in range(6000):
            for k in range(6):
                out.write(json.dumps({"doc": f"d{d}", "source": f"Le train {d} part à {k} heures.",
                                      "target": f"Train {d} leaves at {k} o'clock."}) + "\n")
    return path


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "mtqa", "check", *args], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=default_signals)


def _wait_for(condition, seconds: float = 120.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_the_workers_too(corpus, tmp_path, signum):
    proc = _start([str(corpus), "--workers", "2", "--format", "json", "-o", str(tmp_path / "out.json")])
    try:
        assert _wait_for(lambda: len(_descendants(proc.pid)) >= 3), "the workers never started"
        time.sleep(1)  # let them take batches (forked from the zygote, they start warm)
        assert proc.poll() is None, "the run ended before it could be interrupted: make the corpus longer"
        workers = _session(proc.pid)
        assert len(workers) >= 4  # the parent, the zygote and two workers
        proc.send_signal(signum)
        proc.wait(timeout=60)
        assert proc.returncode not in (0, -signum), proc.stderr.read()  # it unwound, it was not just killed
        assert _wait_for(lambda: not _session(proc.pid), 10), f"left running: {_session(proc.pid)}"
    finally:
        for pid in _session(proc.pid):
            os.kill(pid, signal.SIGKILL)
        proc.stderr.close()


def test_sigterm_cancels_the_dask_tasks(corpus):
    distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        proc = _start([str(corpus), "--scheduler", cluster.scheduler_address, "--format", "json", "-o", os.devnull])
        try:
            assert _wait_for(lambda: len(cluster.scheduler.tasks) > 0), "no task reached the cluster"
            assert proc.poll() is None
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
            assert proc.returncode not in (0, -signal.SIGTERM)
            assert _wait_for(lambda: not cluster.scheduler.tasks, 20), "tasks left on the cluster"
            assert not _session(proc.pid)
        finally:
            for pid in _session(proc.pid):
                os.kill(pid, signal.SIGKILL)
            proc.stderr.close()


def test_a_recorded_signal_ends_the_wait_for_a_batch_even_when_its_exception_was_lost():
    # a SIGTERM whose exception fired while the parent was forking its workers never reached the
    # frame waiting for results: the wait itself must notice the recorded signal
    from concurrent.futures import Future

    from mtqa import distributed, interrupts

    never_done = Future()
    try:
        with interrupts.signal_handlers():
            interrupts._RECEIVED.append(signal.SIGTERM)  # recorded, its exception lost
            with pytest.raises(interrupts.Interrupted) as exc:
                distributed._result(distributed._Spawned(never_done))
        assert exc.value.signum == signal.SIGTERM
    finally:
        interrupts._RECEIVED.clear()


def test_the_wait_for_a_batch_returns_its_outcome():
    from concurrent.futures import Future

    from mtqa import distributed

    done = Future()
    done.set_result(([("outcome",)], None))
    assert distributed._result(distributed._Spawned(done)) == ([("outcome",)], None)

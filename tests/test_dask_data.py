"""The user's ``$MTQA_DATA`` on a Dask cluster: the serial results, or one line saying why not.

A Dask worker is a process of its own, started by someone else, maybe on another machine: it reads its own
``$MTQA_DATA``. Before, a run whose workers had other data files than the client checked with the workers'
data and said nothing: a copy that changed a result changed it serially and with ``--workers N`` but not with
``--scheduler``, and a copy that stopped a serial run with one line (exit 2) gave a full report (exit 1).

Each case runs the CLI in a fresh process against a ``LocalCluster`` of worker processes started here with
the ``$MTQA_DATA`` the case gives them (worker processes, so they really read their own environment).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "mtqa" / "data"

SOURCE = ("Titre\n\nLe ministre a donné le coup de grâce au projet avec une certaine joie de vivre.\n\n"
          "Elle avait carte blanche pour le cordon sanitaire.\n")
TARGET = ("Title\n\nThe minister gave the coup de grâce to the project with a certain joie de vivre.\n\n"
          "She had carte blanche for the cordon sanitaire.\n")


@contextmanager
def _cluster(data: Path | None):
    """A scheduler with two worker processes whose environment has ``MTQA_DATA=data`` (or none)."""
    distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    before = os.environ.get("MTQA_DATA")
    os.environ.pop("MTQA_DATA", None)
    if data is not None:
        os.environ["MTQA_DATA"] = str(data)
    try:  # the worker processes take the environment as it is when they start
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                           dashboard_address=None)
    finally:
        os.environ.pop("MTQA_DATA", None)
        if before is not None:
            os.environ["MTQA_DATA"] = before
    with cluster:
        yield cluster.scheduler_address


def _check(work: Path, data: Path | None, *options: str) -> subprocess.CompletedProcess:
    env = {**os.environ}
    env.pop("MTQA_DEBUG", None)
    env.pop("MTQA_DATA", None)
    if data is not None:
        env["MTQA_DATA"] = str(data)
    return subprocess.run([sys.executable, "-m", "mtqa", "check", "doc.tgt.txt", "--source", "doc.src.txt",
                           "--format", "json", *options], capture_output=True, text=True, env=env, timeout=300,
                          cwd=work)


def _work(tmp_path: Path, config: str = "") -> Path:
    work = tmp_path / "work"
    work.mkdir()
    (work / "doc.src.txt").write_text(SOURCE, encoding="utf-8")
    (work / "doc.tgt.txt").write_text(TARGET, encoding="utf-8")
    if config:
        (work / "mtqa.toml").write_text(config, encoding="utf-8")
    return work


def _no_borrowed_phrases(folder: Path) -> Path:
    """A copy of langs/en.toml whose borrowed-phrase list is empty: "coup de grâce" and the others become A202."""
    (folder / "langs").mkdir(parents=True)
    text = (DATA / "langs" / "en.toml").read_text(encoding="utf-8")
    start = text.index("\n[borrowed_phrases]") + 1
    assert "\n[" not in text[start + 1:], "[borrowed_phrases] is no longer the last table: cut it otherwise"
    (folder / "langs" / "en.toml").write_text(text[:start] + "[borrowed_phrases]\nfr = []\n", encoding="utf-8")
    return folder


def _codes(result: subprocess.CompletedProcess) -> list:
    return [i["code"] for doc in json.loads(result.stdout)["documents"] for i in doc["issues"]]


def test_a_data_copy_gives_the_serial_results_on_workers_that_have_its_files_and_one_line_on_others(tmp_path):
    copy = _no_borrowed_phrases(tmp_path / "data")
    elsewhere = shutil.copytree(copy, tmp_path / "workers" / "data")  # the same files at another place
    work = _work(tmp_path)
    serial = _check(work, copy)
    assert serial.returncode == 1 and serial.stderr == "", serial.stderr
    assert "A202" in _codes(serial) and "A202" not in _codes(_check(work, None))  # the copy changes the result
    assert _check(work, copy, "--workers", "2").stdout == serial.stdout
    with _cluster(elsewhere) as address:
        on_dask = _check(work, copy, "--scheduler", address)
        assert (on_dask.returncode, on_dask.stdout, on_dask.stderr) == (1, serial.stdout, "")
        # a client without the copy is not checked with it either
        plain = _check(work, None, "--scheduler", address)
    assert plain.returncode == 2 and plain.stdout == ""
    assert plain.stderr.startswith("mtqa: error: the Dask workers do not have this run's language data: "
                                   f"$MTQA_DATA is unset here and {str(elsewhere)!r} on worker tcp://")
    assert len(plain.stderr.splitlines()) == 1
    with _cluster(None) as address:  # before: exit 0, checked with mtqa's own data, silently
        refused = _check(work, copy, "--scheduler", address)
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.startswith("mtqa: error: the Dask workers do not have this run's language data: "
                                     f"$MTQA_DATA is {str(copy)!r} here and unset on worker tcp://")
    assert refused.stderr.endswith("(start the workers with the same $MTQA_DATA files, or run without --scheduler)\n")
    assert len(refused.stderr.splitlines()) == 1


def test_a_faulty_data_copy_read_only_by_the_workers_ends_a_dask_run_as_it_ends_a_serial_one(tmp_path):
    # a score copy with a divisor of 0 is read only where documents are scored: on Dask, by the workers; before,
    # workers without the copy gave exit 1 and a full report where a serial run says one line, exit 2
    folder = tmp_path / "data"
    (folder / "score").mkdir(parents=True)
    text = (DATA / "score" / "fr-en.toml").read_text(encoding="utf-8")
    start = text.index("\nrarity = ", text.index("[model.scales]")) + 1
    copy = folder / "score" / "fr-en.toml"
    copy.write_text(text[:start] + "rarity = 0\n" + text[text.index("\n", start) + 1:], encoding="utf-8")
    work = _work(tmp_path, "quality_weight = 1\n")
    serial = _check(work, folder)
    said = f"mtqa: error: {copy}: rarity in [model.scales] must be above 0 (it divides), not 0.0\n"
    assert (serial.returncode, serial.stdout, serial.stderr) == (2, "", said)
    parallel = _check(work, folder, "--workers", "2")
    assert (parallel.returncode, parallel.stdout, parallel.stderr) == (2, "", said)
    with _cluster(folder) as address:
        on_dask = _check(work, folder, "--scheduler", address)
    assert (on_dask.returncode, on_dask.stdout, on_dask.stderr) == (2, "", said)
    with _cluster(None) as address:
        refused = _check(work, folder, "--scheduler", address)
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.startswith("mtqa: error: the Dask workers do not have this run's language data: ")
    assert len(refused.stderr.splitlines()) == 1


def test_a_worker_whose_data_files_changed_after_a_run_asks_to_be_restarted(tmp_path):
    # a worker reads its tables once per process: after its $MTQA_DATA files changed it would still check with the
    # old ones, while the client (a new process) reads the new ones
    copy = _no_borrowed_phrases(tmp_path / "data")
    work = _work(tmp_path)
    with _cluster(copy) as address:
        first = _check(work, copy, "--scheduler", address)
        assert first.returncode == 1 and "A202" in _codes(first), first.stderr
        (copy / "langs" / "en.toml").unlink()
        then = _check(work, copy, "--scheduler", address)
    assert then.returncode == 2 and then.stdout == ""
    assert then.stderr.startswith(f"mtqa: error: the $MTQA_DATA files ({str(copy)!r}) of Dask worker tcp://")
    assert then.stderr.endswith("changed after it read them for an earlier run: restart the Dask workers to check "
                                "with the files as they are now\n")


def test_the_fingerprint_is_of_the_files_not_of_where_they_are(tmp_path, monkeypatch):
    from mtqa.langs.data import fingerprint

    monkeypatch.delenv("MTQA_DATA", raising=False)
    none = fingerprint()
    monkeypatch.setenv("MTQA_DATA", str(tmp_path / "absent"))
    assert fingerprint()[1] == none[1]  # a folder that holds nothing reads as mtqa's own data
    first = _no_borrowed_phrases(tmp_path / "a")
    second = shutil.copytree(first, tmp_path / "b")
    monkeypatch.setenv("MTQA_DATA", str(first))
    one = fingerprint()
    monkeypatch.setenv("MTQA_DATA", str(second))
    assert fingerprint() == (str(second), one[1]) and one[1] != none[1]
    (second / "langs" / "en.toml").write_text("", encoding="utf-8")
    assert fingerprint()[1] != one[1]

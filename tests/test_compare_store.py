"""`mtqa compare`'s per-segment store: reports byte-identical to the in-memory version's, memory that does not
grow with the corpus, temporary files gone after the run."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from mtqa.compare import compare
from mtqa.config import Config
from mtqa.context import Context
from mtqa.renderers.comparison import WRITERS

from tests.test_rank_consensus import SOURCES
from tests.test_segment_preference import OUTPUTS

GOLDEN = Path(__file__).resolve().parent / "fixtures" / "compare_reports"
FORMATS = {"json": "json", "csv": "csv", "text": "txt", "html": "html"}


def corpus(folder: Path, documents: int = 4) -> list[str]:
    """Five systems over ``documents`` documents of two sentences, each document's sentences marked with its
    number (new source texts); the last document repeats its first sentence (a second occurrence), and system
    ``c`` leaves the last document out (source segments 4 systems translated beside those all 5 did)."""
    paths = []
    for name, lines in OUTPUTS.items():
        records = []
        for d in range(documents):
            if name == "c" and d == documents - 1:
                continue
            pairs = list(zip(SOURCES, lines))
            if d == documents - 1:
                pairs.append(pairs[0])
            for s, t in pairs:
                records.append({"doc": f"d{d}", "source": f"{s} ({d})" if d else s,
                                "target": f"{t} ({d})" if d else t})
        path = folder / f"run.{name}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        paths.append(str(path))
    return paths


def reports(folder: Path) -> dict[str, str]:
    """Every format's report of the corpus, the temporary folder's path written as TMP."""
    stats = compare(corpus(folder), Context(Config()))
    out = {}
    for fmt in FORMATS:
        stream = io.StringIO()
        WRITERS[fmt](stats, stream, "sig")
        out[fmt] = stream.getvalue().replace(str(folder), "TMP")
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_reports_are_byte_identical_to_the_in_memory_version(tmp_path, fmt):
    """The golden files were written by main 0670785 (every segment held in memory until the report); the HTML
    page's segment values since show VALUE_DIGITS (4) decimals, the JSON's (they showed 3, rounded twice); the
    ranking scores since stop 58 (the consensus term's pseudo-references weighed by the order before it)."""
    expected = (GOLDEN / f"five.{FORMATS[fmt]}").read_text(encoding="utf-8")
    assert reports(tmp_path)[fmt] == expected


if __name__ == "__main__":  # rewrite the golden files (only from a version known to be right)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for fmt, text in reports(Path(tmp)).items():
            (GOLDEN / f"five.{FORMATS[fmt]}").write_text(text, encoding="utf-8")


def _retained_by_the_store(folder: Path, documents: int) -> int:
    """Bytes of Python memory still held, once a run of ``documents`` documents per system is compared, by what
    the segment preference store allocated (objects made under :mod:`mtqa.scoring.preference`'s frames).

    Garbage is collected before the snapshot: what the store left for the collector is not held, and whether the
    collector had run by then depends on what the process did before (this measure saw 54 kB more after
    test_segment_preference.py had run in the same session)."""
    import gc
    import tracemalloc

    from mtqa import compare as cmp

    folder.mkdir()
    paths = corpus(folder, documents)
    tracemalloc.start(12)
    try:
        stats = compare(paths, Context(Config()))
        gc.collect()
        snapshot = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    assert len(stats[0].preferences) == 2 * documents + 1  # every source segment is in the store
    cmp.release(stats)
    held = snapshot.filter_traces([tracemalloc.Filter(True, "*/mtqa/scoring/preference.py", all_frames=True),
                                   # the consensus values the store's compute asks for are consensus's own memory
                                   tracemalloc.Filter(False, "*/mtqa/scoring/consensus.py", all_frames=True)])
    return sum(stat.size for stat in held.statistics("filename"))


def _measured_apart(folder: Path) -> tuple[int, int]:
    """:func:`_retained_by_the_store` of 10 and of 40 documents, measured in a fresh Python process: the caches
    and objects other tests left in this one are not the store's (the test failed when test_segment_preference.py
    ran before it in one session)."""
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from tests.test_compare_store import _retained_by_the_store as r;"
            " f = Path(sys.argv[1]); print(r(f / 'small', 10), r(f / 'large', 40))")
    done = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    small, large = map(int, done.stdout.split()[-2:])
    return small, large


def test_the_store_in_memory_does_not_grow_with_the_segments(tmp_path):
    """Four times the documents (5 systems, 2 to 3 segments each): the store keeps no more Python memory (it
    kept some 500 bytes per translated segment as objects: 60 kB more here); SQLite's own cache is capped."""
    from mtqa.scoring.preference import CACHE_KB, RunPreference

    small, large = _measured_apart(tmp_path)
    assert large - small < 8_000, (small, large)
    prefer = RunPreference.__new__(RunPreference)
    RunPreference.__init__(prefer, *_model_args())
    assert prefer.db.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KB
    prefer.close()


def _model_args():
    from mtqa.scoring.preference import preference_model

    return preference_model("fr", "en"), "fr", "en", Config().weights, None


def _cli(args, folder: Path):
    import subprocess
    import sys

    tmp = folder / "tmp"
    tmp.mkdir(exist_ok=True)
    env = {**os.environ, "TMPDIR": str(tmp), "SQLITE_TMPDIR": str(tmp)}
    done = subprocess.run([sys.executable, "-m", "mtqa", "compare", *args], capture_output=True, text=True,
                          env=env, cwd=Path(__file__).resolve().parent.parent)
    return done, sorted(p.name for p in tmp.iterdir())


def test_temporary_files_are_gone_after_a_run_and_after_a_failure(tmp_path):
    paths = corpus(tmp_path)
    report = tmp_path / "report.json"
    done, left = _cli([*paths, "--format", "json", "-o", str(report)], tmp_path)
    assert done.returncode in (0, 1), done.stderr
    assert left == [] and len(json.loads(report.read_text(encoding="utf-8"))["segments"]) == 9
    bad = tmp_path / "run.bad.jsonl"
    bad.write_text('{"doc": "d0", "source": "Un.", "target": "One."}\n{"doc": \n', encoding="utf-8")
    broken = tmp_path / "broken.json"
    done, left = _cli([*paths, str(bad), "--format", "json", "-o", str(broken)], tmp_path)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "run.bad.jsonl" in done.stderr and "Traceback" not in done.stderr
    assert left == [] and not broken.exists()


def test_a_full_disk_under_the_store_is_one_line_and_exit_2(tmp_path, monkeypatch):
    """SQLite out of room for its temporary file ("database or disk is full") is the machine's state, not a bug of
    mtqa: one line naming the folder and what to do, exit 2, no report (it was an "internal error")."""
    from click.testing import CliRunner

    from mtqa.cli import main
    from mtqa.scoring import preference

    monkeypatch.setattr(preference, "_SCHEMA", preference._SCHEMA + "PRAGMA max_page_count = 8;\n")  # a full disk
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp_path))
    paths = corpus(tmp_path, 10)
    report = tmp_path / "report.json"
    done = CliRunner().invoke(main, ["compare", *paths, "--format", "json", "-o", str(report)])
    assert done.exit_code == 2, done.output
    assert done.output.splitlines() == [
        f"mtqa: error: the segment preference store could not write its temporary file in {tmp_path} (database or "
        "disk is full): free space there, point SQLITE_TMPDIR to a folder with room, or set compare_segments = false"]
    assert not report.exists()


def test_each_source_text_is_stored_once_and_no_index_is_kept_up_while_systems_are_read(tmp_path):
    """The store's cost per translated segment is its B-tree inserts: each source text is interned once (one
    row of one table, under its one unique index; the groups and the per-system occurrence counter hold its
    integer id), and the indexes only the reads need are built once, when they are first read (the first
    version kept the text in three trees and five trees up to date on every insert: ~8.8 % more CPU)."""
    from mtqa import compare as cmp
    from mtqa.scoring.consensus import source_key
    from mtqa.scoring.preference import RunPreference

    prefer = RunPreference(*_model_args())
    assert [r[0] for r in prefer.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")] == \
        ["sqlite_autoindex_texts_1"]
    prefer.close()
    stats = compare(corpus(tmp_path), Context(Config()))
    try:
        db = stats[0].preferences.db
        key = source_key(SOURCES[0])
        held = 0
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for column in [c[1] for c in db.execute(f"PRAGMA table_info({table})")]:
                held += db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (key,)).fetchone()[0]
        assert held == 1
    finally:
        cmp.release(stats)


def test_a_group_is_read_alone_by_its_place(tmp_path, monkeypatch):
    """``preferences[i]`` reads that group, not every group before it (it looped from the start on each call):
    with one group a chunk, reading the last of 9 groups runs as many statements as reading the first."""
    from mtqa import compare as cmp
    from mtqa.scoring import preference

    monkeypatch.setattr(preference, "CHUNK", 1)
    stats = compare(corpus(tmp_path), Context(Config()))
    groups = stats[0].preferences
    try:
        every = list(groups)
        statements = []
        groups.db.set_trace_callback(statements.append)
        assert groups[0] == every[0]
        first = len(statements)
        statements.clear()
        assert groups[len(every) - 1] == every[-1]
        assert len(statements) == first, statements
        statements.clear()
        assert groups[-2] == every[-2]
        assert len(statements) == first + 1, statements  # and the count
        with pytest.raises(IndexError):
            groups[len(every)]
        with pytest.raises(IndexError):
            groups[-len(every) - 1]
    finally:
        groups.db.set_trace_callback(None)
        cmp.release(stats)


def test_the_store_is_closed_when_the_quality_estimate_fails(tmp_path, monkeypatch):
    """A failure in setting up the ranking's quality estimate (a bad quality model, say) closes the store like
    any other failure of the run: it ran before the ``try`` that closes it, leaving it to the garbage collector."""
    from mtqa import compare as cmp

    opened = []
    made = cmp.segment_preference

    def recorded(ctx, systems):
        prefer = made(ctx, systems)
        opened.append(prefer)
        return prefer

    def failing(ctx, utilities=None):
        raise RuntimeError("no quality model")

    monkeypatch.setattr(cmp, "segment_preference", recorded)
    monkeypatch.setattr(cmp, "quality_estimate", failing)
    with pytest.raises(RuntimeError):
        compare(corpus(tmp_path), Context(Config()))
    import sqlite3

    with pytest.raises(sqlite3.ProgrammingError):  # "Cannot operate on a closed database"
        opened[0].db.execute("SELECT 1")


def test_a_full_disk_under_the_cross_system_store_is_one_line_and_exit_2(tmp_path, monkeypatch):
    """The cross-system checks' pool waits in a store of its own: out of room there is the same one line, exit 2,
    no report, naming that store and how a run does without it."""
    from click.testing import CliRunner

    from mtqa.checks import cross_system
    from mtqa.cli import main

    monkeypatch.setattr(cross_system, "_SCHEMA", cross_system._SCHEMA.replace(
        "PRAGMA synchronous = OFF;\n", "PRAGMA synchronous = OFF;\nPRAGMA max_page_count = 5;\n"))  # a full disk
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp_path))
    paths = corpus(tmp_path, 10)
    report = tmp_path / "report.json"
    done = CliRunner().invoke(main, ["compare", *paths, "--format", "json", "-o", str(report)])
    assert done.exit_code == 2, done.output
    assert done.output.splitlines() == [
        f"mtqa: error: the cross-system checks' store could not write its temporary file in {tmp_path} (database "
        "or disk is full): free space there, point SQLITE_TMPDIR to a folder with room, or leave them out "
        "(--ignore A609,A610)"]
    assert not report.exists()

"""Pruning the compiled cache: versions nobody asks for any more go, the ones in use and recent ones stay."""
import os
import time

from mtqa import compiled

HOUR = 3600.0


def _key(n: int) -> str:
    return f"{n:024x}"


def _store(folder, name, key, suffixes=("sqlite",), age=0.0, now=None):
    """Files of one version of table ``name``, dated ``age`` seconds before ``now``."""
    now = time.time() if now is None else now
    paths = []
    for suffix in suffixes:
        path = folder / f"{name}.{key}.{suffix}"
        path.write_bytes(b"x")
        os.utime(path, (now - age, now - age))
        paths.append(path)
    return paths


def test_old_versions_beyond_the_newest_are_removed_with_all_their_files(tmp_path):
    now = time.time()
    # six versions of one table, a day apart; each older version has its packed and whole copies too
    versions = [_store(tmp_path, "hunspell-fr-stems", _key(n), ("sqlite", "packed", "whole2.marshal"),
                       age=(n + 1) * 24 * HOUR, now=now) for n in range(6)]
    removed = compiled.prune(tmp_path, keep=4, age=HOUR, now=now)
    assert sorted(removed) == sorted(versions[4] + versions[5])
    assert all(p.exists() for v in versions[:4] for p in v)
    assert not any(p.exists() for v in versions[4:] for p in v)


def test_recent_versions_stay_whatever_their_number(tmp_path):
    """Several checkouts used side by side each store a version: none is taken from under the others."""
    now = time.time()
    versions = [_store(tmp_path, "toml-score-fr-en.toml", _key(n), ("named.marshal",), age=n * 60, now=now)
                for n in range(8)]
    assert compiled.prune(tmp_path, keep=4, age=HOUR, now=now) == []
    assert all(p.exists() for v in versions for p in v)


def test_a_version_marked_used_counts_as_new(tmp_path):
    """The stored date of a version still read is refreshed (_mark_used), so an old but used version stays
    while newer unused ones go."""
    now = time.time()
    used = _store(tmp_path, "wordfreq-en", _key(99), age=30 * 24 * HOUR, now=now)[0]
    others = [_store(tmp_path, "wordfreq-en", _key(n), age=(n + 2) * HOUR, now=now)[0] for n in range(5)]
    compiled._mark_used(used, os.stat(used).st_mtime)
    assert time.time() - os.stat(used).st_mtime < 60
    removed = compiled.prune(tmp_path, keep=4, age=HOUR)
    assert used.exists() and sorted(removed) == others[3:]


def test_kinds_are_pruned_apart_and_digests_inside_a_name_make_one_kind(tmp_path):
    now = time.time()
    index = [_store(tmp_path, f"check-index-{_key(n + 50)}", _key(n), ("named.marshal",), age=(n + 2) * HOUR,
                    now=now)[0] for n in range(3)]
    words = [_store(tmp_path, "wordfreq-fr", _key(n), age=(n + 2) * HOUR, now=now)[0] for n in range(3)]
    removed = compiled.prune(tmp_path, keep=2, age=HOUR, now=now)
    assert sorted(removed) == sorted([index[2], words[2]])


def test_leftover_temporary_files_and_foreign_files(tmp_path):
    """A writer's temporary file is removed once it is old (its process died); files mtqa does not name so
    (a user's note, the regular expressions' cache of another Python in the current format) are never touched."""
    from mtqa.regexcache import FORMAT

    now = time.time()
    old_tmp = tmp_path / f"wordfreq-en.{_key(1)}.sqlite.123-abcdef012345.tmp"
    young_tmp = tmp_path / f"wordfreq-en.{_key(2)}.sqlite.124-abcdef012345.tmp"
    foreign = [tmp_path / "README.txt", tmp_path / f"regex-{FORMAT}.cpython-312-1-20230612.marshal",
               tmp_path / f"notes.{_key(3)}"]
    for path in (old_tmp, young_tmp, *foreign):
        path.write_bytes(b"x")
        os.utime(path, (now - 2 * HOUR, now - 2 * HOUR))
    os.utime(young_tmp, (now, now))
    assert compiled.prune(tmp_path, keep=0, age=HOUR, now=now) == [old_tmp]
    assert young_tmp.exists() and all(p.exists() for p in foreign)


def test_storing_a_new_version_prunes_the_folder_once_per_process(tmp_path, monkeypatch):
    """What a user sees: after an upgrade (a changed source file) the next run stores new copies and the
    stale versions of earlier installations go."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("MTQA_CACHE_DIR", str(cache))
    monkeypatch.setattr(compiled, "_PRUNED", set())
    cache.mkdir()
    now = time.time()
    stale = [_store(cache, "demo", _key(n), ("named.marshal",), age=(n + 2) * 24 * HOUR, now=now)[0]
             for n in range(6)]
    src = tmp_path / "words.txt"
    src.write_text("chat", encoding="utf-8")
    assert compiled.cached("demo", [src], lambda: {"chat": 1}) == {"chat": 1}
    kept = sorted(p.name for p in cache.iterdir())
    assert len(kept) == compiled.KEEP_VERSIONS
    assert all(p.exists() for p in stale[:compiled.KEEP_VERSIONS - 1]) and not stale[-1].exists()
    stale_again = _store(cache, "demo", _key(77), ("named.marshal",), age=30 * 24 * HOUR, now=now)[0]
    src.write_text("chat chien", encoding="utf-8")
    os.utime(src, ns=(1, 1))
    compiled.cached("demo", [src], lambda: {"chat": 1, "chien": 2})
    assert stale_again.exists()  # pruned once per process and folder: a run pays for one listing at most


def test_a_run_reading_an_old_copy_refreshes_its_date(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("MTQA_CACHE_DIR", str(cache))
    src = tmp_path / "words.txt"
    src.write_text("chat", encoding="utf-8")
    compiled.cached("demo", [src], lambda: {"chat": 1})
    compiled.table("demo-table", [src], lambda: {"chat": 1})
    stored = sorted(cache.iterdir())
    old = time.time() - 3 * 24 * HOUR
    for path in stored:
        os.utime(path, (old, old))
    assert compiled.cached("demo", [src], lambda: {"never": 0}) == {"chat": 1}
    assert compiled.table("demo-table", [src], lambda: {"never": 0}).get("chat") == 1
    assert all(time.time() - os.stat(p).st_mtime < 60 for p in stored if p.suffix in (".marshal", ".sqlite"))


def test_the_cache_command_shows_prunes_and_clears(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from mtqa.cli import main

    cache = tmp_path / "cache"
    monkeypatch.setenv("MTQA_CACHE_DIR", str(cache))
    runner = CliRunner()
    shown = runner.invoke(main, ["cache"])
    assert shown.exit_code == 0 and "no cache yet" in shown.output
    cache.mkdir()
    now = time.time()
    for n in range(6):
        _store(cache, "wordfreq-en", _key(n), ("sqlite", "packed"), age=(n + 2) * HOUR, now=now)
    (cache / "keep-me.txt").write_text("a user's file", encoding="utf-8")
    shown = runner.invoke(main, ["cache"])
    assert shown.exit_code == 0 and "12 files" in shown.output and "6 versions of 1 tables" in shown.output
    pruned = runner.invoke(main, ["cache", "--prune"])
    assert pruned.exit_code == 0 and "removed 4 files" in pruned.output and "4 versions of 1 tables" in pruned.output
    cleared = runner.invoke(main, ["cache", "--clear"])
    assert cleared.exit_code == 0 and "removed 8 files" in cleared.output
    assert [p.name for p in cache.iterdir()] == ["keep-me.txt"]
    monkeypatch.setenv("MTQA_CACHE_DIR", "off")
    off = runner.invoke(main, ["cache"])
    assert off.exit_code == 0 and "the cache is off" in off.output


def test_an_unreadable_cache_folder_is_one_line_and_exit_2(tmp_path, monkeypatch):
    """The output contract's exit 2 for a setting that cannot be used, not click's exit 1 (a failed document)."""
    from click.testing import CliRunner

    from mtqa.cli import main

    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("MTQA_CACHE_DIR", str(cache))

    def refused(folder):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(compiled, "usage", refused)
    done = CliRunner().invoke(main, ["cache"])
    assert done.exit_code == 2
    assert done.output.strip().splitlines() == [f"mtqa: error: cache folder {cache}: Permission denied"]


def test_copies_no_run_reads_go_once_old_whatever_their_version(tmp_path):
    """A copy beside a newer form of itself in the same version (.named beside .named2) and the regular
    expressions' store of an earlier format are read by no run: both go once older than the age; recent ones,
    the newest form, the current format's store and another form without a newer one stay."""
    from mtqa.regexcache import FORMAT

    now = time.time()
    old_named, named2 = _store(tmp_path, "check-index", _key(1), ("named.marshal", "named2.marshal"),
                               age=48 * HOUR, now=now)
    recent_named = _store(tmp_path, "check-index", _key(2), ("named.marshal",), age=48 * HOUR, now=now)[0]
    fresh = _store(tmp_path, "check-index", _key(3), ("named.marshal", "named2.marshal"), age=60, now=now)
    stores = []
    for fmt in (FORMAT - 1, FORMAT):
        path = tmp_path / f"regex-{fmt}.cpython-311-7-20220615.marshal"
        path.write_bytes(b"x")
        os.utime(path, (now - 48 * HOUR, now - 48 * HOUR))
        stores.append(path)
    removed = compiled.prune(tmp_path, keep=4, age=HOUR, now=now)
    assert sorted(removed) == sorted([old_named, stores[0]])
    assert named2.exists() and recent_named.exists() and all(p.exists() for p in fresh) and stores[1].exists()


def test_prune_and_clear_know_the_digests_lock_file(tmp_path):
    """The digests file's lock (``file-digests.<key>.lock``) is a file of its version: pruned with it, kept with
    the current one, counted by usage and removed by clear; a version left with its lock alone (its store
    failed) takes none of the kept places."""
    now = time.time()
    current = _store(tmp_path, "file-digests", _key(1), ("marshal", "lock"), age=5 * HOUR, now=now)
    old = _store(tmp_path, "file-digests", _key(2), ("marshal", "lock"), age=9 * HOUR, now=now)
    lock_only = _store(tmp_path, "file-digests", _key(3), ("lock",), age=2 * HOUR, now=now)
    assert compiled.usage(tmp_path)["files"] == 5
    removed = compiled.prune(tmp_path, keep=1, age=HOUR, now=now)
    assert sorted(removed) == sorted(old + lock_only)
    assert all(p.exists() for p in current)
    assert compiled.clear(tmp_path) == 2 and not any(tmp_path.iterdir())

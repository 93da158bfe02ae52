"""Shared fixtures: repository paths and the shared real-data folder."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "seed"
SHARED_DATA = Path(os.environ.get("MTQA_SHARED_DATA", ROOT.parent / "shared" / "data"))


def pytest_sessionstart(session):
    """The fluency checks read Debian's Hunspell dictionaries; without them say so once."""
    from mtqa.langs import language

    if not language("en").has_dictionary:
        pytest.exit("English Hunspell dictionaries not found: apt-get install hunspell-en-us hunspell-en-gb "
                    "(.ci/run does this)", returncode=3)


@pytest.fixture
def shared_data() -> Path:
    """The WMT data folder outside the repo; tests using it skip when it is absent."""
    if not (SHARED_DATA / "wmt14-fren").is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA} (set MTQA_SHARED_DATA)")
    return SHARED_DATA


@pytest.fixture
def seed_title() -> str:
    return (SEED / "article.fr-title.txt").read_text(encoding="utf-8").strip()


@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    """An ``$MTQA_DATA`` folder searched before the package's data: ``put(path, text, *caches)`` writes
    ``<folder>/<path>`` (``text`` may be bytes) and names the caches built from it, cleared (with ``data_toml``'s) before the
    test reads them and again after it, so later tests read the package's own files."""
    from mtqa.langs.data import data_toml

    caches = [data_toml]

    def clear():
        for fn in caches:
            fn.cache_clear()

    def put(path: str, text, *built_from) -> None:
        file = tmp_path / path
        file.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):  # a packed file (a lexical model's .tsv.gz)
            file.write_bytes(text)
        else:
            file.write_text(text, encoding="utf-8")
        caches.extend(built_from)
        clear()

    monkeypatch.setenv("MTQA_DATA", str(tmp_path))
    yield put
    monkeypatch.delenv("MTQA_DATA")
    clear()


_ONE_LINE_CHECK = """
import sys
from mtqa.cli import main
probe = sys.argv[3]
sys.argv = ["mtqa", "check", sys.argv[1], "--source", sys.argv[2]]
try:
    main()
except SystemExit:
    pass
print()
exec(probe)
"""


@pytest.fixture
def one_line_check(tmp_path):
    """``run(probe) -> output``: a user's one-line check (« Le maire a signé la loi. » -> "The mayor signed the
    law.") in a fresh process with its own cache folder (the user's may be off), then ``probe`` (Python source
    that prints what the test reads of that process's state). Run twice, the answer read from the second: a cold
    cache's table builders may ask any word."""
    import subprocess
    import sys

    (tmp_path / "one.fr").write_text("Le maire a signé la loi.\n", encoding="utf-8")
    (tmp_path / "one.en").write_text("The mayor signed the law.\n", encoding="utf-8")
    env = {**os.environ, "MTQA_CACHE_DIR": str(tmp_path / "cache")}

    def run(probe: str) -> str:
        command = [sys.executable, "-c", _ONE_LINE_CHECK, str(tmp_path / "one.en"), str(tmp_path / "one.fr"), probe]
        subprocess.run(command, capture_output=True, timeout=300, env=env)
        out = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
        return out.stdout + out.stderr

    return run


@pytest.fixture
def bench_on_pairs(tmp_path):
    """``run(script, pairs, *args) -> CompletedProcess``: the script of ``bench/`` run in a fresh process on
    ``pairs`` (dicts of the JSONL input: id, doc, source, target) written to a file of ``tmp_path``, its output
    as text. Why: the bench scripts' tests each feed a few invented pairs and read what the script prints."""
    import json
    import subprocess
    import sys

    def run(script: str, pairs: list[dict], *args: str) -> subprocess.CompletedProcess:
        path = tmp_path / "pairs.jsonl"
        path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")
        bench = Path(__file__).resolve().parent.parent / "bench"
        return subprocess.run([sys.executable, str(bench / script), str(path), *args],
                              capture_output=True, text=True, timeout=300)

    return run


@contextlib.contextmanager
def pattern_file_installed(folder: Path):
    """:func:`mtqa.regexcache.install` in this process, its pattern file in ``folder``, as ``mtqa check`` installs it
    (the tests otherwise run with plain ``re`` compiles, so no pattern is deferred); ``re``'s compile, the module's
    state and the memo of the false-friend lexicon are restored on leaving. Yields False where the hook is not
    installed (an unsupported Python)."""
    import atexit
    import re
    from re import _compiler

    from mtqa import regexcache
    from mtqa.langs.false_friend_lexicon import lexicon

    compile_before = _compiler.compile
    with pytest.MonkeyPatch.context() as mp:
        for name in ("_known", "_added", "_used"):
            mp.setattr(regexcache, name, {})
        mp.setattr(regexcache, "_original", None)
        mp.setattr(regexcache, "_path", None)
        before = os.environ.get("MTQA_CACHE_DIR")
        os.environ["MTQA_CACHE_DIR"] = str(folder)
        re.purge()  # re's own cache would serve compiles the hook must see
        lexicon.cache_clear()
        try:
            regexcache.install()
        finally:  # only the pattern file moves: every other table keeps the usual cache
            if before is None:
                del os.environ["MTQA_CACHE_DIR"]
            else:
                os.environ["MTQA_CACHE_DIR"] = before
        try:
            yield regexcache._original is not None
        finally:
            _compiler.compile = compile_before
            atexit.unregister(regexcache._save)
            re.purge()
            lexicon.cache_clear()

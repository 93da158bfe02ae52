"""The fingerprint of the ``$MTQA_DATA`` files (:func:`mtqa.langs.data.fingerprint`) covers what mtqa reads.

A Dask worker compares it with the client's and refuses a batch when they differ (``tests/test_dask_data.py``),
so it must change with every file the loader would read and with nothing else: a linked folder it did not look
into read as no data at all (the workers without the copy accepted the run), a ``.DS_Store`` beside the tables
refused a run whose tables were the same, a file name that is not UTF-8 ended the run in an internal error.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from mtqa.langs import data as langs_data  # noqa
from mtqa.langs.data import data_path, fingerprint

DATA = Path(__file__).resolve().parents[1] / "mtqa" / "data"


def _copy(folder: Path) -> Path:
    """A data folder with a copy of mtqa's English profile whose borrowed phrases are emptied."""
    (folder / "langs").mkdir(parents=True)
    text = (DATA / "langs" / "en.toml").read_text(encoding="utf-8")
    (folder / "langs" / "en.toml").write_text(text + "\n# edited\n", encoding="utf-8")
    return folder


def _digest(monkeypatch, folder) -> str:
    if folder is None:
        monkeypatch.delenv("MTQA_DATA", raising=False)
    else:
        monkeypatch.setenv("MTQA_DATA", str(folder))
    return fingerprint()[1]


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="no symbolic links")
def test_a_linked_folder_or_file_is_looked_into_as_the_loader_reads_through_it(tmp_path, monkeypatch):
    real = _copy(tmp_path / "real")
    linked = tmp_path / "linked"
    linked.mkdir()
    (linked / "langs").symlink_to(real / "langs", target_is_directory=True)
    filed = tmp_path / "filed"
    (filed / "langs").mkdir(parents=True)
    (filed / "langs" / "en.toml").symlink_to(real / "langs" / "en.toml")
    none = _digest(monkeypatch, None)
    monkeypatch.setenv("MTQA_DATA", str(linked))
    assert data_path("langs", "en.toml").is_file() and str(data_path("langs", "en.toml")).startswith(str(linked))
    assert _digest(monkeypatch, linked) == _digest(monkeypatch, real) != none
    assert _digest(monkeypatch, filed) == _digest(monkeypatch, real)


def test_files_mtqa_does_not_read_leave_the_fingerprint_alone(tmp_path, monkeypatch):
    folder = _copy(tmp_path / "copy")
    before = _digest(monkeypatch, folder)
    (folder / ".DS_Store").write_bytes(b"\0\1")
    (folder / "langs" / ".DS_Store").write_bytes(b"\0\2")
    (folder / "README").write_text("my copy\n", encoding="utf-8")
    (folder / "langs" / "en.toml~").write_text("old\n", encoding="utf-8")
    (folder / "langs" / "._en.toml").write_bytes(b"\0\3")
    (folder / "__pycache__").mkdir()
    (folder / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0\4")
    (folder / "backup" / "langs").mkdir(parents=True)
    (folder / "backup" / "langs" / "en.toml").write_text("x = 1\n", encoding="utf-8")
    assert _digest(monkeypatch, folder) == before
    (folder / "names").mkdir()
    (folder / "names" / "exonyms.fr-en.tsv").write_text("french\tenglish\n", encoding="utf-8")
    assert _digest(monkeypatch, folder) != before  # a table the loader reads counts, a new one too
    # and what the fingerprint leaves out, the loader does not read either
    monkeypatch.setenv("MTQA_DATA", str(folder))
    assert not str(data_path("langs", "en.toml~")).startswith(str(folder))


def test_a_file_name_that_is_not_utf8_does_not_stop_the_fingerprint(tmp_path, monkeypatch):
    folder = _copy(tmp_path / "copy")
    before = _digest(monkeypatch, folder)
    odd = os.fsdecode(b"notes-caf\xe9.txt")
    odd_table = os.fsdecode(b"caf\xe9.tsv")
    try:
        (folder / odd).write_text("x\n", encoding="utf-8")
        (folder / "names").mkdir()
        (folder / "names" / odd_table).write_text("a\tb\n", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system refuses a name that is not UTF-8")
    assert _digest(monkeypatch, folder) != before  # the table with the odd name is data; the notes are not
    (folder / "names" / odd_table).unlink()
    assert _digest(monkeypatch, folder) == before


def test_unchanged_files_are_not_read_again(tmp_path, monkeypatch):
    from mtqa import userdata

    monkeypatch.setattr(userdata, "RACY_NS", -10**18)  # files written just now: their digests kept all the same
    folder = _copy(tmp_path / "copy")
    (folder / "big.bin").write_bytes(b"\0" * 1000)  # not data: never opened
    reads: list = []
    real = Path.read_bytes

    def read_bytes(self):
        reads.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    first = _digest(monkeypatch, folder)
    assert reads == ["en.toml"]
    assert _digest(monkeypatch, folder) == first and reads == ["en.toml"]  # stat only
    path = folder / "langs" / "en.toml"
    path.write_text(path.read_text(encoding="utf-8") + "# more\n", encoding="utf-8")
    second = _digest(monkeypatch, folder)
    assert second != first and reads == ["en.toml", "en.toml"]
    assert str(path.resolve()) in userdata._DIGESTS  # kept by the file's real path


def _rewritten_alike(path: Path, text: str) -> None:
    """``path`` rewritten in place with ``text`` (the same length) and its modification time put back."""
    import os

    st = path.stat()
    assert len(text.encode("utf-8")) == st.st_size
    with open(path, "r+", encoding="utf-8") as fh:
        fh.write(text)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns, path.stat().st_ino) == (st.st_size, st.st_mtime_ns, st.st_ino)


def test_a_rewrite_with_the_same_size_and_modification_time_is_other_data(tmp_path, monkeypatch):
    # the digest was kept by (size, mtime_ns, inode): a file rewritten in place by a tool that keeps times
    # kept the old bytes' fingerprint, and a Dask worker checked with the old tables unawares
    from mtqa import userdata

    monkeypatch.setattr(userdata, "RACY_NS", -10**18)  # even a digest the window would keep
    folder = _copy(tmp_path / "copy")
    path = folder / "langs" / "en.toml"
    path.write_text('name = "Aaaa"\n', encoding="utf-8")
    first = _digest(monkeypatch, folder)
    _rewritten_alike(path, 'name = "Bbbb"\n')
    assert _digest(monkeypatch, folder) != first


def test_a_table_built_from_a_rewrite_with_the_same_stat_is_built_again(data_folder, tmp_path, monkeypatch):
    # the compiled cache keyed a $MTQA_DATA file by path, size and mtime_ns: the parsed old text was served
    from mtqa.langs.data import data_toml

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    data_folder("langs/zz.toml", 'name = "Aaaa"\n')
    assert data_toml("langs", "zz.toml")["name"] == "Aaaa"
    _rewritten_alike(tmp_path / "langs" / "zz.toml", 'name = "Bbbb"\n')
    data_toml.cache_clear()
    assert data_toml("langs", "zz.toml")["name"] == "Bbbb"


def test_a_table_built_from_a_linked_folder_s_rewrite_with_the_same_stat_is_built_again(tmp_path, monkeypatch):
    # a $MTQA_DATA folder whose langs/ links elsewhere is read through the link (data_path): its files are the
    # user's all the same, but the cache told them by their real path alone, found them outside every $MTQA_DATA
    # folder and keyed them by their stat, so the table of the old text was served
    from mtqa.langs.data import data_toml

    (tmp_path / "elsewhere" / "langs").mkdir(parents=True)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "langs").symlink_to(tmp_path / "elsewhere" / "langs", target_is_directory=True)
    path = tmp_path / "elsewhere" / "langs" / "zz.toml"
    path.write_text('name = "Aaaa"\n', encoding="utf-8")
    monkeypatch.setenv("MTQA_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    data_toml.cache_clear()
    try:
        assert data_toml("langs", "zz.toml")["name"] == "Aaaa"
        _rewritten_alike(path, 'name = "Bbbb"\n')
        data_toml.cache_clear()
        assert data_toml("langs", "zz.toml")["name"] == "Bbbb"
    finally:
        data_toml.cache_clear()


def test_the_kept_digests_are_bounded(tmp_path, monkeypatch):
    # one digest a file, for the life of a worker: a long-lived process shown ever new files (a new $MTQA_DATA
    # folder a run) must not grow without end
    from mtqa import userdata

    monkeypatch.setattr(userdata, "RACY_NS", -10**18)
    monkeypatch.setattr(userdata, "_DIGESTS", {f"/gone/{i}.toml": ((i,), "0" * 64) for i in range(4096)})
    path = tmp_path / "t.toml"
    path.write_text("a = 1\n", encoding="utf-8")
    userdata.content_digest(path)
    assert len(userdata._DIGESTS) <= 4096 and str(path.resolve()) in userdata._DIGESTS


def test_a_digest_taken_as_the_file_changed_is_not_kept(tmp_path):
    # a clock coarser than two writes gives them one stat: a file hashed within RACY_NS of its change is read again
    from mtqa import userdata

    path = tmp_path / "t.toml"
    path.write_text("a = 1\n", encoding="utf-8")
    userdata.content_digest(path)
    assert str(path.resolve()) not in userdata._DIGESTS


@pytest.mark.parametrize("name", ["first_names.txt", "sub/first_names.tsv", ".first_names.tsv"])
def test_a_profile_naming_a_table_mtqa_does_not_read_is_said_naming_the_profile(name):
    """What the fingerprint leaves out, the loader does not read: a profile whose ``first_names`` names such a
    file is told so, not left without given names silently (nor read on one side of a Dask run only)."""
    from mtqa.errors import DataError
    from mtqa.langs.language import Language

    with pytest.raises(DataError, match="first_names should name a table of names/") as caught:
        Language("en", {"first_names": name}).first_names
    assert caught.value.path and caught.value.path.endswith("en.toml")
    assert Language("en", {"first_names": "first_names.tsv"}).first_names  # mtqa's own table

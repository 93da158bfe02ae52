"""A compiled table's key is what its files hold, not where they are: a second checkout reuses the tables.

And a table builder's own askings do not make a short run build the long runs' answers table."""
import os

from mtqa import compiled, userdata

LEXICON = "chat\tcat\nchien\tdog\nsouris\tmouse\n"


def _checkout(root, text=LEXICON):
    """A lexicon file as a checkout of mtqa holds it, under ``root``."""
    path = root / "mtqa" / "data" / "lexicon.tsv"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    return path


def _build(path, calls):
    def build():
        calls.append(path)
        return dict(line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())

    return build


def test_a_second_checkout_of_the_same_file_reuses_the_stored_table(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    first = _checkout(tmp_path / "clone-a")
    second = _checkout(tmp_path / "worktree-b")
    os.utime(second, ns=(1_000_000_000, 1_000_000_000))  # a checkout has times of its own
    calls = []
    assert compiled.table("lexicon", [first], _build(first, calls)).get("chien") == "dog"
    assert compiled.fingerprint("lexicon", [second]) == compiled.fingerprint("lexicon", [first])
    assert compiled.table("lexicon", [second], _build(second, calls)).get("souris") == "mouse"
    assert calls == [first]  # built once, for both checkouts
    assert len(list((tmp_path / "cache").glob("lexicon.*.sqlite"))) == 1


def test_other_bytes_of_the_same_size_and_time_get_another_key(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(userdata, "RACY_NS", 0)  # digests kept at once (a checkout older than the clock's tick)
    path = _checkout(tmp_path / "clone")
    before = compiled.fingerprint("lexicon", [path])
    st = os.stat(path)
    path.write_text(LEXICON.replace("dog", "cow"), encoding="utf-8")  # same size
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the same modification time, as ``cp -p`` leaves it
    assert os.stat(path).st_size == st.st_size
    assert compiled.fingerprint("lexicon", [path]) != before
    calls = []
    assert compiled.table("lexicon", [path], _build(path, calls)).get("chien") == "cow"


def test_a_file_whose_stat_is_unchanged_is_not_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(userdata, "RACY_NS", 0)
    path = _checkout(tmp_path / "clone")
    key = compiled.fingerprint("lexicon", [path])
    compiled.flush_digests()  # as the run's end stores them
    stored = list((tmp_path / "cache").glob("file-digests.*.marshal"))
    assert len(stored) == 1
    compiled._DIGEST_MEMOS.clear()  # as a new process: the digests read back from the cache folder
    reads = []
    real_open = open

    def counting_open(file, *args, **kwargs):
        reads.append(os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", counting_open)
    assert compiled.fingerprint("lexicon", [path]) == key
    assert str(path) not in reads and os.path.realpath(path) not in reads


def test_a_damaged_digests_file_is_hashed_again_not_trusted(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(userdata, "RACY_NS", 0)
    path = _checkout(tmp_path / "clone")
    key = compiled.fingerprint("lexicon", [path])
    compiled.flush_digests()
    (stored,) = (tmp_path / "cache").glob("file-digests.*.marshal")
    for damage in (b"\x00garbage", b"", __import__("marshal").dumps([1, 2]),
                   __import__("marshal").dumps({os.path.realpath(path): ("stat", 5)}),
                   __import__("marshal").dumps({(os.path.realpath(path), "stat"): 5})):
        stored.write_bytes(damage)
        compiled._DIGEST_MEMOS.clear()
        assert compiled.fingerprint("lexicon", [path]) == key


def test_the_stored_digests_are_a_versioned_file_of_mtqas_that_pruning_and_clear_know(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(userdata, "RACY_NS", 0)
    path = _checkout(tmp_path / "clone")
    compiled.table("lexicon", [path], _build(path, []))
    compiled.flush_digests()
    (stored,) = (tmp_path / "cache").glob("file-digests.*.marshal")
    assert compiled._ours(stored.name)
    compiled.clear(tmp_path / "cache")
    assert not stored.exists()


def test_askings_made_while_a_table_is_built_are_not_counted(monkeypatch):
    from mtqa.langs import answered

    class Language:  # what Answered reads of a language before it opens its table
        code, partners = "en", ()

    opened = []
    answers = answered.Answered(Language())
    monkeypatch.setattr(answers.__class__, "_open", lambda self, stored_only: opened.append(stored_only))
    monkeypatch.setattr(answered, "BUILT_AFTER", 3)
    monkeypatch.setattr(answered, "STORED_AFTER", 2)
    with compiled._building():
        assert compiled.building()
        for word in ("Paris", "London", "Berlin", "Madrid", "Rome"):
            assert answers.get(word) is None
    assert not compiled.building()
    assert opened == [] and answers._asked == 0
    for word in ("Paris", "London", "Berlin", "Madrid"):
        answers.get(word)
    assert opened == [True, False]  # the run's own askings: a stored table looked for, then one built


def test_a_build_in_this_process_is_marked_as_building(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    path = _checkout(tmp_path / "clone")
    seen = []

    def build():
        seen.append(compiled.building())
        return {"chat": "cat"}

    compiled.cached("marked", [path], build)
    compiled.table("marked-table", [path], build)
    assert seen == [True, True] and not compiled.building()


def test_two_checkouts_of_the_same_code_share_the_package_digest_not_the_checkout_digest(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    digests = []
    for root in ("clone-a", "worktree-b"):
        package = tmp_path / root / "mtqa"
        (package / "checks").mkdir(parents=True)
        (package / "__init__.py").write_text('"""A QA checker."""\n')
        (package / "checks" / "dates.py").write_text("def check(text):\n    return []\n")
        monkeypatch.setattr(compiled, "_PACKAGE", str(package))
        compiled._PACKAGE_DIGESTS.clear()
        digests.append((compiled.package_digest(), compiled._checkout_digest()))
    (content_a, checkout_a), (content_b, checkout_b) = digests
    assert content_a == content_b  # what the check index and the prebuilt facts are keyed by: reused
    assert checkout_a != checkout_b  # what names this checkout's own files (code_files' answers): not shared
    (tmp_path / "worktree-b" / "mtqa" / "checks" / "dates.py").write_text("def check(text):\n    return [1]\n")
    compiled._PACKAGE_DIGESTS.clear()
    assert compiled.package_digest() != content_a
    compiled._PACKAGE_DIGESTS.clear()

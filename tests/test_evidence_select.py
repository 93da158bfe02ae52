"""Evidence.select: the words of a text for which a per-word fact holds, cached per run and bounded."""
from __future__ import annotations

from mtqa import evidence
from mtqa.config import Config
from mtqa.context import Context
from mtqa.evidence import Evidence


def _has_z(word: str) -> bool:
    return "z" in word


def test_answers_stay_exact_across_the_reset_of_the_bounded_caches(monkeypatch):
    # a text whose new word triggers the reset still holds a word tested before it: it must not be lost
    monkeypatch.setattr(evidence, "VOTE_CACHE_SIZE", 3)
    ev = Evidence.of(Context(Config()))
    for text in ["zinc cat", "dog tree lamp", "zinc road", "quiz maze jazz", "doze zinc moon sun"]:
        assert ev.select(text, "has-z", _has_z) == frozenset(w for w in text.split() if _has_z(w)), text


def _prebuilt(tmp_path, monkeypatch, words: int, after: int) -> None:
    """A cache folder of the test's own, a table of ``words`` words a list, read after ``after`` words tested."""
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(evidence, "PREBUILT_FACT_WORDS", words)
    monkeypatch.setattr(evidence, "PREBUILT_FACTS_AFTER", after)


def _counted(calls: list, test):
    def counted(word: str):
        calls.append(word)
        return test(word)
    return counted


def _ends_in_tion(word: str) -> bool:
    return word.endswith("tion")


_TEXTS = ["The government's decision on the zoo", "Les Zélandais visitent la maison blanche",
          "Qwertyzed zorblax hazmat frizzlewick", "Nation Buzz: the Prize of the nation"]


def _expected(text: str, test) -> frozenset:
    return frozenset(w for w in Evidence.of(Context(Config())).words(text) if test(w))


def test_a_long_run_answers_its_words_facts_from_the_prebuilt_table(tmp_path, monkeypatch):
    """After PREBUILT_FACTS_AFTER words, a word of the prebuilt table (a frequent word of either language, in
    lower case or capitalised) is answered for every fact by the table, with the answer its tests give; a word
    outside it is still tested. A later run with the same facts reads the table the first one built."""
    _prebuilt(tmp_path, monkeypatch, 400, 2)
    first = Evidence.of(Context(Config()))
    first.select("a short text", "has-z", _has_z)
    first.select("a short text", "ends-in-tion", _ends_in_tion)
    first.select("nation zone", "has-z", _has_z)  # past the threshold: the table is built with both facts
    assert len(list(tmp_path.joinpath("cache").glob("facts-fr-en-*.sqlite"))) == 1
    ev = Evidence.of(Context(Config()))
    calls: list = []
    ev.select("one two", "has-z", _counted(calls, _has_z))
    ev.select("one two", "ends-in-tion", _counted(calls, _ends_in_tion))
    ev.select("three", "has-z", _has_z)  # past the threshold: the stored table is read
    del calls[:]
    for text in _TEXTS:
        assert ev.select(text, "has-z", _has_z) == _expected(text, _has_z), text
        assert ev.select(text, "ends-in-tion", _ends_in_tion) == _expected(text, _ends_in_tion), text
    table, _ = ev._fact_table
    asked = {w for text in _TEXTS for w in ev.words(text)}
    assert set(calls) == {w for w in asked if table.get(w) is None}  # only the words outside the table
    assert {"the", "The", "of", "la", "Les", "on"} <= asked - set(calls)
    assert {"Qwertyzed", "zorblax"} <= set(calls)


def test_a_fact_given_after_the_table_was_read_is_tested_by_its_own_test(tmp_path, monkeypatch):
    _prebuilt(tmp_path, monkeypatch, 300, 1)
    ev = Evidence.of(Context(Config()))
    ev.select("the zoo of the town", "has-z", _has_z)
    ev.select("a nation", "has-z", _has_z)
    assert ev._fact_table
    for text in _TEXTS:  # a new fact: every word is tested again, the table answering only the one it holds
        assert ev.select(text, "ends-in-tion", _ends_in_tion) == _expected(text, _ends_in_tion), text
        assert ev.select(text, "has-z", _has_z) == _expected(text, _has_z), text


def test_each_set_of_facts_has_its_own_table_and_none_without_a_cache_folder(tmp_path, monkeypatch):
    _prebuilt(tmp_path, monkeypatch, 200, 3)  # read once a second fact tested "the zoo" again
    for facts in (["has-z"], ["has-z", "ends-in-tion"]):
        ev = Evidence.of(Context(Config()))
        for fact in facts:
            ev.select("the zoo", fact, {"has-z": _has_z, "ends-in-tion": _ends_in_tion}[fact])
        ev.select("a nation", "has-z", _has_z)
        assert ev._fact_table
    assert len(list(tmp_path.joinpath("cache").glob("facts-fr-en-*.sqlite"))) == 2
    monkeypatch.setenv("MTQA_CACHE_DIR", "off")
    ev = Evidence.of(Context(Config()))
    ev.select("the zoo", "has-z", _has_z)
    assert ev.select("Buzz in the nation", "has-z", _has_z) == {"Buzz"} and ev._fact_table is False


def test_the_table_follows_a_data_file_of_a_user_data_folder(tmp_path, monkeypatch):
    """A ``$MTQA_DATA`` copy of a table a fact may read keys another table: its answers may differ."""
    from mtqa.langs.data import every_data_file, own_data

    own = every_data_file()
    assert own and all(str(p).startswith(str(own_data())) for p in own)
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "glued.toml").write_text((own_data() / "glued.toml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("MTQA_DATA", str(folder))
    assert every_data_file() == [folder / "glued.toml", *own]


def test_a_fact_failing_on_a_word_of_the_table_leaves_the_run_without_it(tmp_path, monkeypatch):
    """A test that fails on a frequent word the run never meets must not end the run: no table is built and
    every word is tested, as without one."""
    _prebuilt(tmp_path, monkeypatch, 300, 1)

    def fragile(word: str) -> bool:
        if word == "the":
            raise ValueError(word)
        return _has_z(word)

    ev = Evidence.of(Context(Config()))
    ev.select("zinc oxide", "fragile", fragile)
    assert ev.select("Quiz of a lazy fox", "fragile", fragile) == {"Quiz", "lazy"} and ev._fact_table is False
    assert not list(tmp_path.joinpath("cache").glob("facts-fr-en-*.sqlite"))


def test_a_table_an_earlier_run_stored_is_read_from_stored_after_words_and_never_built_there(tmp_path, monkeypatch):
    """From STORED_AFTER words tested, a run looks for a stored table of its facts (no build); the table is
    built only past PREBUILT_FACTS_AFTER, as before. A run with the same facts then reads it from STORED_AFTER
    words, and its answers are the tests' own."""
    _prebuilt(tmp_path, monkeypatch, 300, 6)
    monkeypatch.setattr(evidence, "STORED_AFTER", 2)
    first = Evidence.of(Context(Config()))
    first.select("zinc oxide", "has-z", _has_z)
    first.select("three words here", "ends-in-tion", _ends_in_tion)  # 5 words tested: none stored, none built
    assert first._fact_table is None and not list(tmp_path.joinpath("cache").glob("facts-fr-en-*.sqlite"))
    first.select("a nation", "has-z", _has_z)  # past 6: built
    assert first._fact_table and len(list(tmp_path.joinpath("cache").glob("facts-fr-en-*.sqlite"))) == 1
    ev = Evidence.of(Context(Config()))
    ev.select("zinc oxide", "has-z", _has_z)  # 2 words: not yet looked for
    assert ev._fact_table is None
    ev.select("three words here", "ends-in-tion", _ends_in_tion)  # 5 words and the same facts: the stored table
    assert ev._fact_table and ev._facts_tested == 5
    for text in _TEXTS:
        assert ev.select(text, "has-z", _has_z) == _expected(text, _has_z), text
        assert ev.select(text, "ends-in-tion", _ends_in_tion) == _expected(text, _ends_in_tion), text
    assert len(list(tmp_path.joinpath("cache").glob("facts-fr-en-*.sqlite"))) == 1


def test_a_run_lists_the_files_of_the_tables_key_once_for_all_its_probes(tmp_path, monkeypatch):
    """The prebuilt facts' key names every data file of the data folders: a run that looks for a stored table each
    time its checks add a fact (the seed article: four times) lists the folders on its first look only, and a run
    of its own lists them again; the stored table is still found by the same facts."""
    from mtqa.langs import data

    _prebuilt(tmp_path, monkeypatch, 300, 6)
    monkeypatch.setattr(evidence, "STORED_AFTER", 2)
    listed = []
    every = data.every_data_file
    monkeypatch.setattr(data, "every_data_file", lambda: listed.append(1) or every())
    first = Evidence.of(Context(Config()))
    first.select("zinc oxide", "has-z", _has_z)
    first.select("three words here", "ends-in-tion", _ends_in_tion)  # looked for: none stored
    first.select("the nation's zoo", "has-c", lambda w: "c" in w)  # a new fact: looked for again
    first.select("a fine nation", "has-z", _has_z)  # past 6: built
    assert first._fact_table and len(listed) == 1
    ev = Evidence.of(Context(Config()))
    ev.select("zinc oxide", "has-z", _has_z)
    ev.select("three words here", "ends-in-tion", _ends_in_tion)
    ev.select("the nation's zoo", "has-c", lambda w: "c" in w)  # the stored table of the three facts
    assert ev._fact_table and len(listed) == 2

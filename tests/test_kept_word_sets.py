"""Word sets of a language pair kept compiled (:mod:`mtqa.langs.kept`), and what a one-line check builds."""
from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.langs import hunspell, language
from mtqa.langs.kept import pair_word_set

DATA = Path(__file__).resolve().parents[1] / "mtqa" / "data"


def _counting(calls: list):
    def build(target, source):
        calls.append((target.code, source.code))
        return {w for w in source.word_set("function_words") if len(w) > 3}
    return build


def test_a_pair_word_set_is_built_once_and_read_back_from_the_compiled_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    calls: list = []
    build = _counting(calls)
    english, french = language("en"), language("fr")
    first = pair_word_set("test-counting", build, english, french)
    assert first == frozenset(build(english, french)) and first
    calls.clear()
    pair_word_set.cache_clear()  # a new process: the set comes from the compiled cache, no word asked
    assert pair_word_set("test-counting", build, english, french) == first
    assert calls == []
    pair_word_set.cache_clear()


def test_a_changed_profile_builds_the_set_again(tmp_path, monkeypatch, data_folder):
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    calls: list = []
    build = _counting(calls)
    english, french = language("en"), language("fr")
    pair_word_set("test-profile", build, english, french)
    pair_word_set.cache_clear()
    # a $MTQA_DATA copy of the source's profile: another key, so the set is built from it
    data_folder("langs/fr.toml", (DATA / "langs" / "fr.toml").read_text(encoding="utf-8") + "\n# my copy\n")
    pair_word_set("test-profile", build, english, french)
    assert len(calls) == 2
    pair_word_set.cache_clear()


def test_a_one_line_check_builds_no_english_affix_tables(one_line_check):
    # a fresh process, as a user's one-line check: its English words are all plain entries of the dictionaries;
    # the words English writes only in a phrase borrowed from French (A205) and the French particles that are no
    # English word (A205's "du", "des") are read from the compiled cache, not asked of the dictionaries again
    if not hunspell.installed(("en_US",)) and not hunspell.installed(("en_GB",)):
        pytest.skip("English Hunspell dictionaries not installed")
    out = one_line_check("from mtqa.langs import hunspell\n"
                         "print('ENGLISH-RULES-BUILT', [name for name in ('en_US', 'en_GB') if hunspell.dictionary(name)"
                         " is not None and 'suffixes' in vars(hunspell.dictionary(name))])")
    assert "ENGLISH-RULES-BUILT []" in out, out

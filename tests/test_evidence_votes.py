"""Evidence votes read the source frequency only where the decision needs it: same votes as with it."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa import compiled
from mtqa.config import Config
from mtqa.context import Context
from mtqa.evidence import Evidence
from mtqa.langs import frequency

_WORDS = ("a on me the of and was house government spokesman weekend tomorrow meeting river "
          "le la maison gouvernement été déjà rendez vous coup chez porte-parole cependant "
          "naïve café élite résumé façade régime ensemble notamment Zelensky Moscou Lukashenko "
          "qwertyx brouhaha rapprochement entrepreneur sabotage communiqué plusieurs dont aujourd'hui "
          "l'équipe don't fête garçon œuvre über schön x y Ü").split()


def _exact_votes(ev: Evidence, words) -> list:
    source = ev.source
    real = source.zipf_bound
    source.zipf_bound = lambda word: None  # no bound: every vote reads the exact source frequency
    try:
        return [ev._vote(w.lower()) for w in words]
    finally:
        source.zipf_bound = real


def _packed() -> None:
    """Both frequency tables answer from their packed copies (mapped at once), so that bounds exist."""
    for lang in ("fr", "en"):
        table = frequency.frequencies(lang)
        if isinstance(table, compiled.DiskTable):
            table.pack()


def test_votes_with_the_frequency_bound_are_the_votes_with_the_exact_frequency():
    _packed()
    ev = Evidence.of(Context(Config()))
    assert frequency.zipf_bound("spokesman", "fr") is not None  # an English word, from the packed copy
    assert [ev._vote(w.lower()) for w in _WORDS] == _exact_votes(ev, _WORDS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèêàçôûïœ", min_size=1, max_size=12))
def test_the_bound_is_never_below_the_frequency(word):
    _packed()
    bound = frequency.zipf_bound(word, "fr")
    assert bound is None or bound >= frequency.zipf(word, "fr")
    assert _exact_votes(Evidence.of(Context(Config())), [word]) == [Evidence.of(Context(Config()))._vote(word)]


def _counting(ev: Evidence) -> list:
    """The words ``ev`` computes a vote for from now on (its ``_vote`` wrapped)."""
    asked: list = []
    compute = ev._vote

    def counted(low):
        asked.append(low)
        return compute(low)

    ev._vote = counted
    return asked


def test_a_long_run_reads_its_new_words_votes_from_the_precomputed_table(tmp_path, monkeypatch):
    from mtqa import evidence
    from mtqa.langs import language

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(evidence, "PRECOMPUTED_AFTER", 3)
    monkeypatch.setattr(evidence, "PRECOMPUTED_WORDS", 2_000)
    Evidence(language("fr"), language("en"))._precomputed_votes()  # the cache's table, built by an earlier run
    ev = Evidence(language("fr"), language("en"))
    asked = _counting(ev)
    for word in ("Qwertyx", "brouhaha", "Zelensky"):  # a short run: every vote computed, no table read
        ev.vote(word)
    assert asked == ["qwertyx", "brouhaha", "zelensky"] and ev._precomputed is None
    expected = list(_exact_votes(ev, ["gouvernement", "house", "aujourd'hui"]))
    del asked[:]
    got = [ev.vote(w) for w in ("Gouvernement", "house", "aujourd’hui")]
    assert got == expected
    assert asked == []  # frequent words of either language: read from the table, not computed
    assert ev.vote("qwertyzz") == ev._vote("qwertyzz") and asked[0] == "qwertyzz"  # a word outside it: computed
    assert any(tmp_path.joinpath("cache").glob("votes-fr-en-*"))


def test_the_precomputed_votes_are_the_computed_votes_and_follow_the_profiles(tmp_path, monkeypatch):
    from mtqa import evidence
    from mtqa.langs import language

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(evidence, "PRECOMPUTED_WORDS", 1_500)
    ev = Evidence(language("fr"), language("en"))
    table = ev._precomputed_votes()
    assert len(table) > 1_500 and "gouvernement" in table and "government" in table
    words = [w for w, _ in table.items()]
    assert all(table[w] == v for w, v in zip(words, _exact_votes(ev, words)))
    # a profile that calls another word a function word (a $MTQA_DATA profile) gets its own table
    assert table["house"] != (evidence.SOURCE, True)
    other = Evidence(language("fr"), language("en"))
    other.src_function = other.src_function | {"house"}
    other.tgt_function = other.tgt_function - {"house"}
    assert other._precomputed_votes()["house"] == (evidence.SOURCE, True) == other._vote("house")
    assert len(list(tmp_path.joinpath("cache").glob("votes-fr-en-*.sqlite"))) == 2


def test_without_a_cache_folder_nothing_is_precomputed(monkeypatch):
    monkeypatch.setenv("MTQA_CACHE_DIR", "off")
    from mtqa.langs import language

    assert Evidence(language("fr"), language("en"))._precomputed_votes() == {}


def test_the_precomputed_table_is_mapped_not_held_among_the_objects(tmp_path, monkeypatch):
    """The votes table is answered from its memory-mapped packed copy: none of its keys or votes is a
    Python object of the run (the dict and its 86,000 key strings were ~6.8 MiB of every long run and of
    each worker), and a vote read from it is held once however many words share it."""
    from mtqa import evidence
    from mtqa.langs import language

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(evidence, "PRECOMPUTED_WORDS", 800)
    monkeypatch.setattr(evidence, "PRECOMPUTED_AFTER", 0)
    Evidence(language("fr"), language("en"))._precomputed_votes()  # built and stored by an earlier run
    ev = Evidence(language("fr"), language("en"))
    table = ev._precomputed_votes()
    assert not isinstance(table, dict) and isinstance(table._packed, compiled.PackedTable)
    assert table._dict is None  # never read whole
    asked = _counting(ev)
    votes = [ev.vote(w) for w in ("le", "la", "les", "de", "the", "of", "and", "to")]
    assert asked == [] and len({id(v) for v in votes}) == len(set(votes))


def test_a_cache_folder_that_cannot_keep_the_table_builds_none(tmp_path, monkeypatch):
    """A cache folder that cannot be written (here under a file; a read-only mount alike) would build the
    votes table on every long run and throw it away: nothing is built, the votes are computed."""
    from mtqa import evidence
    from mtqa.langs import language

    (tmp_path / "a-file").write_text("not a folder\n")
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "a-file" / "cache"))
    monkeypatch.setattr(evidence, "PRECOMPUTED_WORDS", 300)
    ev = Evidence(language("fr"), language("en"))
    asked = _counting(ev)
    assert ev._precomputed_votes() == {} and asked == []


def test_a_cache_folder_that_cannot_be_written_still_serves_the_table_stored_in_it(tmp_path, monkeypatch):
    """A cache filled by an earlier run and then mounted read-only (a container image): the stored votes
    table is read, not refused because the folder could not keep a new one (the first SQLite version of
    the table refused it, and every long run then computed every vote again)."""
    import os

    from mtqa import evidence
    from mtqa.langs import language

    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(evidence, "PRECOMPUTED_WORDS", 300)
    assert Evidence(language("fr"), language("en"))._precomputed_votes()  # stored while it could be written
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: not mode & os.W_OK and real(path, mode, **kw))
    ev = Evidence(language("fr"), language("en"))
    asked = _counting(ev)
    table = ev._precomputed_votes()
    assert len(table) > 300 and table["le"] == evidence.Evidence(language("fr"), language("en"))._vote("le")
    assert asked == []


def test_each_token_carries_the_vote_of_its_word_whatever_its_apostrophe_and_letters():
    # the token list reads the votes' table for the whole text at once: each token's vote must still be
    # vote() of its own word, a curly apostrophe straightened and a capital lowered as vote() does
    ev = Evidence.of(Context(Config()))
    for text in ["Aujourd’hui l’équipe de Zürich a joué chez elle", "The TEAM’s coach didn't say ŒUVRE",
                 "plain ascii words only here", "Déjà vu à l'Élysée, ÉTÉ"]:
        tokens = ev.tokens(text)
        assert [t.text for t in tokens] == ev.words(text)
        assert [(t.vote, t.function) for t in tokens] == [ev.vote(t.text) for t in tokens], text

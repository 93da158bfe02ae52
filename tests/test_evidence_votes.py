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

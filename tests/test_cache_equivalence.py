"""A bounded cache must answer what the function it caches answers, whatever the order of the asks.

A cache policy decides what is computed again, never what a vote or a flag is: these tests send
randomised streams (many distinct words, words asked again and again, far more than the bound) to the
bounded tables and compare every answer with a plain, unbounded dict of the same function. The bounds
are made small so that one test goes through hundreds of forgettings.
"""
from __future__ import annotations

import random
from collections import Counter

import pytest

from mtqa import evidence as evidence_module
from mtqa import words as words_module
from mtqa.config import Config
from mtqa.context import Context
from mtqa.evidence import Evidence
from mtqa.langs.cache import TwoGenerations
from mtqa.words import Splits, TextWords

_REAL = ("a on me the of and was house government spokesman weekend tomorrow meeting river Le la maison "
         "gouvernement été déjà rendez vous coup chez porte-parole cependant naïve café élite résumé façade "
         "régime ensemble notamment Moscou plusieurs dont aujourd'hui l'équipe L’équipe d'Elon don't fête "
         "garçon œuvre über x y Ü THE Gouvernement").split()


def _stream(rng: random.Random, length: int, fresh: float) -> list[str]:
    """Words as a corpus asks for them: a few very common ones, a long tail, and ever new ones."""
    out, new = [], 0
    for _ in range(length):
        roll = rng.random()
        if roll < fresh:
            new += 1
            out.append(f"w{new}")
        elif roll < fresh + 0.3:
            out.append(rng.choice(_REAL))
        else:  # the tail: a word met before, the recent ones more often
            out.append(f"w{max(1, new - int(rng.expovariate(1 / 40)))}" if new else rng.choice(_REAL))
    return out


@pytest.mark.parametrize("fresh", [0.05, 0.3, 0.9])
@pytest.mark.parametrize("size", [2, 3, 8, 64, 257])
def test_two_generations_answers_as_a_plain_dict_and_recomputes_only_a_word_long_unasked(size, fresh):
    rng = random.Random(size * 10 + int(fresh * 10))
    computed = Counter()

    def compute(word):
        computed[word] += 1
        return (word.upper(), len(word))

    table, plain = TwoGenerations(size, compute), {}
    last: dict[str, int] = {}  # word -> its position when last asked for
    stream = _stream(rng, 6000, fresh)
    for k, word in enumerate(stream):
        before = computed[word]
        assert table[word] == plain.setdefault(word, (word.upper(), len(word)))
        assert table.held() <= size
        if computed[word] > before and word in last:  # computed again: more than half the bound of other
            others = set(stream[last[word] + 1:k])  # words were asked for since this one
            assert len(others - {word}) > size // 2
        last[word] = k
    assert len(plain) > size  # the stream went past the bound


def _evidence_pair(seed: int):
    """An Evidence under test (its tables made small by the caller), a second one whose answers are computed
    afresh, and the seed's random source."""
    ctx = Context(Config())
    return Evidence(ctx.source, ctx.target), Evidence(ctx.source, ctx.target), random.Random(seed)


@pytest.mark.parametrize("seed", range(3))
def test_the_evidence_votes_of_a_small_table_are_the_votes_computed_afresh(seed, monkeypatch):
    monkeypatch.setattr(evidence_module, "VOTE_CACHE_SIZE", 16)
    monkeypatch.setattr(evidence_module, "TOKEN_CACHE_SIZE", 8)
    ev, exact, rng = _evidence_pair(seed)
    stream = _stream(rng, 3000, 0.2)
    for k in range(0, len(stream), 7):
        text = " ".join(stream[k:k + 7])
        votes = [exact._vote(w.lower().replace("’", "'")) for w in exact.split(text).words]
        assert ev.source_votes(text) == sum(v == 1 for v, _ in votes)
        assert [ev.vote(w) for w in ev.words(text)] == votes
        assert ev._votes.held() <= 16 and len(ev._tested) <= 16  # the source votes: a select fact


@pytest.mark.parametrize("seed", range(3))
def test_kept_splits_with_a_small_sharing_table_are_the_splits_made_afresh(seed, monkeypatch):
    monkeypatch.setattr(words_module, "GENERATION", 5)
    rng = random.Random(seed)
    splits = Splits()
    splits._words_kept = 12
    stream = _stream(rng, 4000, 0.2)
    for k in range(0, len(stream), 9):
        text = ", ".join(stream[k:k + rng.randint(1, 9)]) + "."
        got, fresh = splits(text), TextWords(text)
        assert got.words == fresh.words and list(got.offsets) == list(fresh.offsets)
        assert len(splits._words) <= 12 + len(fresh.words)


@pytest.mark.parametrize("seed", range(3))
def test_the_evidence_tokens_of_a_small_table_are_the_tokens_computed_afresh(seed, monkeypatch):
    monkeypatch.setattr(evidence_module, "TOKENS_KEPT", 8)
    ev, exact, rng = _evidence_pair(seed)
    stream = _stream(rng, 2000, 0.1)
    texts = [" ".join(stream[k:k + 6]) for k in range(0, len(stream), 6)]
    for k in range(600):
        text = rng.choice(texts[max(0, k // 2 - 40):k // 2 + 1])  # asked for again, soon or late
        names = frozenset(rng.sample([w.lower() for w in text.split()], rng.randint(0, 2)))
        assert ev.tokens(text, names) == exact._tokenise(text, names)
        assert ev._tokens.held() <= 8

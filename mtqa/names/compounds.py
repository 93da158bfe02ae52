"""Compound names put half into the target language: a mix of the source's and the target's words.

MT translates some words of a compound name and leaves others in the source language (``Baden-Wurtemberg``
for Bade-Wurtemberg, ``New Calédonie``, ``Nord-Koreans``). The exonym check (T201) and the demonym check
(T109) both build such mixes of their tables' names: the builder lives here, owned by neither.
"""
from __future__ import annotations

import itertools
import re
from typing import Mapping, Optional

from mtqa.langs import fold
from mtqa.lazy import lazy_module as _lazy_module

_FUZZ = _lazy_module("rapidfuzz.fuzz")  # imported by the first use (mtqa.lazy), never by two threads at once

_PARTS = re.compile(r"[ -]")
MAX_PARTS = 3
"""Compound names of at most this many words get half-translated variants (the table's longer names are
institutions, which MT translates whole)."""


def half_translated(french: str, english: str, target_word, particles: frozenset[str] = frozenset(),
                    particle_gloss: Optional[Mapping[str, str]] = None, reordered: bool = False) -> list[str]:
    """A compound name with some of its words put into the target language and some left in the source
    language (``Baden-Wurtemberg`` for Bade-Wurtemberg/Baden-Württemberg, ``New Calédonie``, ``the United
    Etats``, ``Saudi Arabie``): every mix of the two names' words that keeps at least one word of each.

    Each source word is paired with the target word it resembles most (:func:`_paired`: ``États`` with
    States and ``Unis`` with United, though the orders differ), and the mix is written in the target
    name's word order and in the source's, with either name's separators. The source name's particles
    (``du`` of Corée du Sud, from ``particles``) are left out of the pairing, so the mix in the target
    order (``South Corée``) is made too. Only names with as many words on both sides (particles aside)
    are mixed, and a source word kept must differ from its target word and not be a word of the target
    language (``target_word``): Saint Petersburg mixes Saint-Pétersbourg and St Petersburg but is English.
    Where every particle has a target rendering in ``particle_gloss`` (``de`` -> of), the mix is also
    written in the source's order with the particles translated, as MT that translates word by word
    leaves it (``Island of Pâques`` for Île de Pâques, Easter Island). With ``reordered``, the target name's
    words all put in the source name's order are a form too, where the two orders differ and the source
    name has a particle (``Sudan South`` for Soudan du Sud, South Sudan; ``Korea North``): MT that
    translates each word but keeps the source's order and drops the particle, which no target text writes
    for the name. Only for a name with a particle: the particle dropped is what says the words were
    translated one by one in the source's order; two words swapped without one (``States - United``,
    ``Union European``) are as often a compound the tokeniser split and the system reordered, which the
    typography checks read."""
    whole = _PARTS.split(french)
    fr = [w for w in whole if w.lower() not in particles]
    en = _PARTS.split(english)
    if len(fr) != len(en) or not 1 < len(fr) <= MAX_PARTS:
        return []
    order = _paired(fr, en)
    seps = {tuple(_PARTS.findall(english))}
    if len(fr) == len(whole):
        seps.add(tuple(_PARTS.findall(french)))
    glossed = None
    if particle_gloss and len(fr) < len(whole) and not any(w.lower() in particles for w in en) \
            and all(w.lower() in particle_gloss for w in whole if w.lower() in particles):
        glossed = [particle_gloss[w.lower()] if w.lower() in particles else None for w in whole]
    out = []
    for pick in itertools.product((0, 1), repeat=len(fr)):
        words = [(fr[k], en[order[k]])[side] for k, side in enumerate(pick)]
        kept = [fold(fr[k]) != fold(en[order[k]]) and not target_word(fr[k]) for k, side in enumerate(pick) if side == 0]
        moved = [fold(fr[k]) != fold(en[order[k]]) for k, side in enumerate(pick) if side == 1]
        if not any(kept) or not any(moved):
            continue  # the source name or the target name itself (up to accents)
        if glossed and words[0][:1].isupper():
            rest = iter(words)
            out.append(" ".join(g if g is not None else next(rest) for g in glossed))
        in_target_order = [""] * len(words)
        for k, word in enumerate(words):
            in_target_order[order[k]] = word
        for sequence in {tuple(words), tuple(in_target_order)}:
            if not sequence[0][:1].isupper():
                continue  # a name starts with a capital (saoudite Arabia is no mix anyone writes)
            for sep in seps:
                out.append(sequence[0] + "".join(s + w for s, w in zip(sep, sequence[1:])))
    if reordered and list(order) != sorted(order) and len(fr) < len(whole):
        words = [en[k] for k in order]  # every word the target's, in the source's order
        if words[0][:1].isupper():
            out += [words[0] + "".join(s + w for s, w in zip(sep, words[1:])) for sep in seps]
    if reordered and list(order) != sorted(order):
        out += source_words_reordered(fr, en, order, target_word)
    return list(dict.fromkeys(out))


def source_words_reordered(fr: list[str], en: list[str], order: tuple[int, ...], target_word) -> list[str]:
    """Every word of the source name (particles aside), put in the target name's word order and
    capitalised as the target writes a name's words (``Saoudite Arabie`` for Arabie saoudite, Saudi
    Arabia; ``Latine Amérique``, ``Nord Corée``): MT that moves the adjective before the noun, as the
    target language wants, but translates neither word. No text of the target language writes a name
    that way, with or without a particle dropped, so unlike the target's words in the source's order
    it needs none; a source word must differ from its target word and be no target word (as for the
    mixes), and ``order`` must differ from the source's own."""
    if not any(fold(f) != fold(en[k]) and not target_word(f) for f, k in zip(fr, order)):
        return []
    in_target_order = [""] * len(fr)
    for k, word in enumerate(fr):
        in_target_order[order[k]] = word[:1].upper() + word[1:]
    return [" ".join(in_target_order)]


def _paired(fr: list[str], en: list[str]) -> tuple[int, ...]:
    """For each source word, the index of the target word it pairs with: the permutation whose words look
    most alike (rapidfuzz ratio, accents folded), word for word when no other does better."""
    fuzz = _FUZZ  # imported under mtqa.lazy's lock: threads of a Dask worker

    def score(order: tuple[int, ...]) -> float:
        return sum(fuzz.ratio(fold(f), fold(en[k])) for f, k in zip(fr, order))

    identity = tuple(range(len(fr)))
    best = max(itertools.permutations(identity), key=score)
    return best if score(best) > score(identity) else identity

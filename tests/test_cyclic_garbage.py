"""Checking a segment leaves no reference cycle behind: what a segment's checks no longer need is freed by
reference counting when they return.

Why: the ``mtqa`` command runs the cyclic garbage collector seldom (:mod:`mtqa.collector`: every 500,000
allocations, and it freezes what is alive when a table loads, :func:`mtqa.compiled.freeze_loaded_tables`),
so a cycle made per segment lived on with all it held. The source-leak checks' reading of quotations
(``source_leak._translated_quotes``, A202/A203/A205) judged nested quotations with a nested function calling
itself, a cycle holding the segment's tokens: 1,479 of them were alive after 72,072 pairs of the cycled memory
corpus (``bench/startup_memory.py memory``), 493 after 24,024: growing with the run.
"""
from __future__ import annotations

import gc

from mtqa.api import check_pair
from mtqa.config import Config
from mtqa.context import Context
from tests.checks.accuracy_helpers import aligned_pair

ROWS = [
    ("« Nous devons arrêter l'escalade tout de suite », a déclaré le ministre {k}.",
     "\"We must stop l'escalade right away,\" minister {k} said."),
    ("Il a relu « Le Rouge et le Noir » et « L'Étranger » {k} fois cet été.",
     "He read \"Le Rouge et le Noir\" and \"L'Étranger\" {k} times this summer."),
    ("« Je lui ai dit « non » {k} fois avant la réunion », a raconté le maire de Brest.",
     "\"I told him 'no' {k} times before the meeting,\" the mayor of Brest said."),
    ("Le prix a augmenté de {k} % en 2013, selon Jean Dupont.",
     "The price rose by {k}% in 2013, according to Jean Dupont."),
]


def _pair(k: int):
    return aligned_pair([("Titre {k}".format(k=k), "Headline {k}".format(k=k))]
                        + [(s.format(k=k), t.format(k=k)) for s, t in ROWS])


def test_checking_makes_no_reference_cycle_per_segment():
    ctx = Context(Config())
    for k in range(3):  # tables, dictionaries and lazy imports loaded once
        check_pair(_pair(k), ctx)
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for k in range(3, 23):
            check_pair(_pair(k), ctx)
        found = gc.collect()
        kinds = sorted({getattr(o, "__qualname__", type(o).__name__) for o in gc.garbage
                        if type(o).__name__ in ("function", "method")})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert found == 0, kinds

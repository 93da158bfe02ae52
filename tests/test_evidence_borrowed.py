"""The borrowed-phrase screen: the phrase pattern is searched only in a text that may hold a phrase, with the
same spans as searching every text."""
from __future__ import annotations

from mtqa.config import Config
from mtqa.context import Context
from mtqa.evidence import Evidence

_TEXTS = [
    "The minister staged a coup d'état on Monday.",
    "THE MINISTER STAGED A COUP D'ETAT ON MONDAY.",
    "A Coup-D’Etat, then a coup de grâce and a coup de grace.",
    "The menu is served à la carte, or A LA CARTE, or a la carte.",
    "He ordered a la Carte-blanche",
    "A ſavoir-faire and ſavoir faire, with a \u212aind of joie de vivre.",  # long s, Kelvin sign
    "ıl a une joıe de vıvre",  # dotless i, matched to i by the case-insensitive pattern
    "İN A COUP D'ÉTAT",
    "a cafe, a café and the Café de Flore",
    "Nothing borrowed here at all, only plain English words and a de facto ruler.",
    "de-facto, en route, en-route, vis-à-vis, vis a vis",
    "coup d'étatique, acoup d'état, coup d'état2",
    "",
]


class _Counting:
    """The phrase pattern, counting its searches."""

    def __init__(self, pattern):
        self.pattern, self.searches = pattern, 0

    def finditer(self, text):
        self.searches += 1
        return self.pattern.finditer(text)


def test_screened_spans_are_the_spans_of_the_pattern_searched_everywhere():
    ctx = Context(Config())
    ev, everywhere = Evidence(ctx.source, ctx.target), Evidence(ctx.source, ctx.target)
    assert ev.borrowed_heads, "the screen is built for French phrases in English"
    everywhere.borrowed_heads = None  # no screen: every text searched
    found = 0
    for text in _TEXTS:
        assert ev._borrowed_spans(text) == everywhere._borrowed_spans(text), text
        found += bool(everywhere._borrowed_spans(text))
    assert found >= 9


def test_a_text_without_a_phrase_head_is_not_searched():
    ctx = Context(Config())
    ev = Evidence(ctx.source, ctx.target)
    counting = ev.borrowed_re = _Counting(ev.borrowed_re)
    assert ev._borrowed_spans("The government said on Monday that the talks would go on.") == ()
    assert counting.searches == 0
    assert ev._borrowed_spans("The dish was served à la carte.") != ()
    assert counting.searches == 1

"""The one table of checks that give way to others (mtqa/checks/precedence.py)."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.checks.base import SegmentCheck
from mtqa.checks.formats import Finding, resolve
from mtqa.checks.precedence import GIVES_WAY, HEAD, OVERLAP, SEGMENT, SELECTED, SPAN, winners
from mtqa.checks.registry import REGISTRY, all_checks, register
from mtqa.config import Config
from mtqa.context import Context


def test_every_row_names_registered_checks_and_a_reason():
    all_checks()  # checks register when their family is imported: run alone, this file imports few of them
    for row in GIVES_WAY:
        assert row.check in REGISTRY and all(w in REGISTRY for w in row.winners), row
        assert row.where in (SEGMENT, OVERLAP, HEAD, SPAN, SELECTED) and row.why
        assert row.check not in row.winners


def test_a_check_cannot_declare_its_own_suppression():
    class Rogue(SegmentCheck):
        """Rogue.

        Why it matters: it would bypass the table.

        bad: x
        good: y
        """
        code, name, category, subcategory = "S999", "rogue-check", "style", "x"
        suppressed_by = ("A201",)

    with pytest.raises(TypeError, match="precedence"):
        register(Rogue)


def test_segment_rows_silence_only_when_the_winner_reports():
    src = "Le ministre a parlé « très clairement » lundi devant les députés de la commission."
    ctx = Context(Config(select=("A201", "A204", "L202")))
    both = {i.code for i in check_texts(src, source=src, ctx=ctx).issues}
    assert "L202" not in both and both & {"A201", "A204"}
    ctx = Context(Config(select=("L202",)))
    assert "L202" in {i.code for i in check_texts(src, source=src, ctx=ctx).issues}


def test_overlap_rows_silence_only_what_the_winner_covers():
    src = "Elle parle, à la demande du maire, d'une lettre à l'ordre de la mairie pour quatre artistes."
    inside = "She speaks, at the mayor's request, of a letter une à l'ordre de la mairie for four artists."
    outside = "She speaks, at the demande of the mayor, of a letter une à l'ordre de la mairie for four artists."
    ctx = Context(Config(select=("A202", "A205")))
    assert [i.code for i in check_texts(inside, source=src, ctx=ctx).issues] == ["A202"]
    assert sorted(i.code for i in check_texts(outside, source=src, ctx=ctx).issues) == ["A202", "A205"]
    assert "A202" in winners("A205", OVERLAP) and "A202" not in winners("A205", SEGMENT)


def test_span_rows_keep_the_first_rewrite():
    currency = Finding("L106", 0, 8, "currency", "€3,000")
    number = Finding("L102", 0, 5, "number", "3,000")
    later = Finding("L105", 20, 30, "date", "Oct. 5")
    assert resolve((currency, number, later), frozenset({"L106", "L102", "L105"})) == [currency, later]
    assert resolve((currency, number), frozenset({"L102"})) == [number]  # an unselected winner silences nothing
    assert "L106" in winners("L102", SPAN) and not winners("L106", SPAN)


def test_selected_rows():
    assert winners("T102", SELECTED) == {"T101", "T201"}


def test_a_copied_source_word_is_reported_once_as_a_non_word():
    src = "Le maire (ndlr : de Lyon) a parlé hier soir devant le conseil municipal."
    tgt = "The mayor (ndlr: of Lyon) spoke last night before the city council."
    ctx = Context(Config(select=("A205", "F201")))
    assert [(i.code, i.text) for i in check_texts(tgt, source=src, ctx=ctx).issues] == [("F201", "ndlr")]
    ctx = Context(Config(select=("A205",)))
    assert [(i.code, i.text) for i in check_texts(tgt, source=src, ctx=ctx).issues] == [("A205", "ndlr")]
    assert "F201" in winners("A205", OVERLAP)


def test_a_name_read_as_a_verb_and_translated_is_reported_once_by_t105():
    # T106 also sees the word standing where the lost name was; T105 says what happened to it (T110 gives way
    # to T105 as well: the same word read as a second name put for the lost one)
    from mtqa.api import check_pair
    from tests.checks.accuracy_helpers import aligned_pair, context

    pair = aligned_pair([("Titre", "Title"), ("Le convoi humanitaire est arrivé hier soir à Gaza après trois jours de route.",
                                              "The humanitarian convoy arrived last night in Gassed after three days on the road.")])
    assert [(i.code, i.text) for i in check_pair(pair, context(("T106",))).issues] == [("T106", "Gassed")]
    assert [(i.code, i.text) for i in check_pair(pair, context(("T105", "T106", "T110"))).issues] == [("T105", "Gassed")]
    assert {"T105"} <= winners("T106", OVERLAP) and {"T105"} <= winners("T110", OVERLAP)


def _codes(tgt: str, src: str, select: tuple[str, ...]) -> list[tuple[str, str]]:
    ctx = Context(Config(select=select))
    return sorted((i.code, i.text) for i in check_texts(tgt, source=src, ctx=ctx).issues)


@pytest.mark.parametrize("src, tgt, winner, word", [
    # a surname translated as its dictionary word beside the kept first name: T105's
    ("Football\n\nHier, Laurent Blanc a présenté son équipe aux journalistes.",
     "Football\n\nYesterday, Laurent white presented his team to the journalists.", "T105", "white"),
    # a surname replaced in its very place by a common word: T106's
    ("Urbanisme\n\nMarc Brodowski, architecte et urbaniste, a présenté le projet au conseil.",
     "Urban planning\n\nMarc known, architect and planner, presented the project to the council.", "T106", "known"),
    ("Urbanisme\n\nLe projet de Claire Vasselot sera présenté demain au conseil.",
     "Urban planning\n\nThe project of Claire shouted will be presented tomorrow to the council.", "T106", "shouted"),
])
def test_a_lost_surname_is_reported_once_by_the_check_that_names_it(src, tgt, winner, word):
    assert _codes(tgt, src, ("T103", "T105", "T106")) == [(winner, word)]
    assert _codes(tgt, src, ("T103",)) == [("T103", word)]  # alone, T103 still reports it
    assert winners("T103", OVERLAP) == {"T105", "T106"} and not winners("T103", SEGMENT) & {"T105", "T106"}


def test_an_altered_name_elsewhere_in_the_segment_keeps_its_own_report():
    src = "Football\n\nHier, Laurent Blanc a présenté son équipe à François Hollande."
    tgt = "Football\n\nYesterday, Laurent white presented his team to François Holland."
    assert _codes(tgt, src, ("T103", "T105", "T106")) == [("T103", "Holland"), ("T105", "white")]

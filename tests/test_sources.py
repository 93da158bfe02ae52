"""The source segments a run hands the checks: read once per target segment, their texts joined once."""
from dataclasses import replace

from mtqa.checks.length_cap import capped
from mtqa.model import Document, DocumentPair, Link, Segment, Sources, joined_sources, source_texts


def _pair() -> DocumentPair:
    source = Document("d", None, "fr", [Segment(0, "Le maire est parti."), Segment(1, "Il reviendra lundi.")])
    target = Document("d", None, "en", [Segment(0, "The mayor left and will return on Monday."),
                                        Segment(1, "A line with no source.")])
    return DocumentPair("d", target, source, links=[Link((0, 1), (0,)), Link((), (1,))])


def test_sources_hold_their_texts_read_once():
    pair = _pair()
    sources = pair.sources_of(0)
    assert isinstance(sources, Sources)
    assert [s.index for s in sources] == [0, 1]
    assert source_texts(sources) == ("Le maire est parti.", "Il reviendra lundi.")
    assert joined_sources(sources) == "Le maire est parti. Il reviendra lundi."
    assert pair.sources_of(0) is sources  # the same list for every caller of the document
    assert pair.sources_of(1) == [] and pair.sources_of(7) == []


def test_plain_lists_are_read_as_before():
    segments = [Segment(0, "Un."), Segment(1, "Deux.")]
    assert joined_sources(segments) == "Un. Deux."
    assert source_texts(segments) == ("Un.", "Deux.")
    assert joined_sources([]) == "" and source_texts([]) == ()


def test_a_view_with_cut_texts_reads_its_own_sources():
    pair = _pair()
    assert joined_sources(pair.sources_of(0)).startswith("Le maire")
    view = capped(pair, 5)  # shares the pair's cache dict (dataclasses.replace), not its source segments
    assert view.cache is pair.cache and view.source is not pair.source
    assert joined_sources(view.sources_of(0)) == "Le ma Il re"
    assert joined_sources(pair.sources_of(0)) == "Le maire est parti. Il reviendra lundi."


def test_new_links_are_read_again():
    pair = _pair()
    assert [s.index for s in pair.sources_of(0)] == [0, 1]
    pair.links = [Link((1,), (0,)), Link((0,), (1,))]
    assert [s.index for s in pair.sources_of(0)] == [1]
    assert joined_sources(pair.sources_of(1)) == "Le maire est parti."
    pair.source = replace(pair.source, segments=[Segment(0, "Autre."), Segment(1, "Texte.")])
    assert joined_sources(pair.sources_of(1)) == "Autre."

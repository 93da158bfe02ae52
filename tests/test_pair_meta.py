"""Reader facts are typed, reports show them, caches stay in the process that computed them."""
from __future__ import annotations

import pickle

from mtqa.model import Document, DocumentPair, PairMeta


def _pair(**meta) -> DocumentPair:
    return DocumentPair("d1", Document("d1", None, "en"), meta=meta)


def test_a_mapping_becomes_typed_fields_and_facts():
    pair = _pair(prealigned=True, missing="no translation", ignore=["L1"], ids=["a", "b"], guid="g1")
    assert isinstance(pair.meta, PairMeta)
    assert pair.meta.prealigned and pair.meta.missing == "no translation" and pair.meta.ignore == ("L1",)
    assert pair.meta.facts == {"ids": ["a", "b"], "guid": "g1"}


def test_the_report_shows_facts_and_set_fields_only():
    meta = PairMeta.of({"line": 4}, prealigned=True, title="", paired_by="guid")
    meta.warn("feed.xml:4: item 'x' has no source item")
    assert meta.to_dict() == {"line": 4, "paired_by": "guid", "title": "",
                              "warnings": ["feed.xml:4: item 'x' has no source item"]}
    assert PairMeta().to_dict() == {}


def test_caches_are_not_sent_to_another_process():
    pair = _pair(prealigned=True)
    pair.cache["figures"] = object()
    pair.sources_of(0)
    copy = pickle.loads(pickle.dumps(pair))
    assert copy.cache == {} and copy.meta == pair.meta and copy.id == "d1"


def test_a_pair_sent_to_a_worker_comes_back_equal():
    """Segments and links travel as columns of their fields, documents as tuples (cheaper than the dataclass
    default); a document two pairs share stays one document."""
    from mtqa.model import Link, Role, Segment

    target = Document("d1", "c.jsonl", "en", [Segment(0, "Title", Role.HEADLINE, 0, 3, 0, False),
                                               Segment(1, "Body.", line=4, col=2)], {3: "Title", 4: "  Body."},
                      {"x": 1})
    source = Document("d1", "c.jsonl", "fr", [Segment(0, "Titre", Role.HEADLINE, 0, 3, 0, False)])
    pair = DocumentPair("d1", target, source, links=[Link((0,), (0,), 0.5), Link((), (1,))],
                        meta={"prealigned": True, "ids": [7, 8]})
    other = DocumentPair("d2", Document("d2", "c.jsonl", "en", [Segment(0, "Heading", Role.HEADLINE)]), source,
                         links=[Link((0,), (0,))])
    copy = pickle.loads(pickle.dumps([pair, other]))
    assert copy == [pair, other] and copy[0].source is copy[1].source
    assert copy[0].target.segments[0].role is Role.HEADLINE and copy[0].links[0].kind.value == "1-1"
    assert [type(s) for s in copy[0].target.segments] == [Segment, Segment] and type(copy[0].links[1]) is Link

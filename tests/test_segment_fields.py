"""A segment keeps every field on its ways out of the process: a pickle (workers) and the cross-system pool.

Both once listed Segment's seven fields by hand; a field added to the class, or a subclass's own fields (a
feed's MappedSegment: its offset maps and line table), were dropped on the way without a word."""
from __future__ import annotations

import pickle
from array import array
from dataclasses import dataclass, fields
from types import SimpleNamespace

import pytest

from mtqa.model import Document, DocumentPair, Link, Role, Segment
from mtqa.readers.positions import MappedSegment
from mtqa.readers.xmlsafe import LineTable


@dataclass(frozen=True, slots=True)
class NotedSegment(Segment):
    """A segment class with one field more, as a later version (or a plug-in's reader) may add one."""

    note: str = ""


@dataclass(slots=True)
class NotedDocument(Document):
    """A document class with one field more."""

    note: str = ""


@dataclass(frozen=True, slots=True)
class WeightedLink(Link):
    """A link class with one field more."""

    weight: float = 1.0


TEXT = "The harbour master said the ferry would sail at dawn."
RAW = "<p>The harbour master said the ferry would sail at dawn.</p>\n"


def _valued(cls: type, index: int = 0):
    """An instance of ``cls`` whose every field holds a value other than its default, so a dropped field shows."""
    values = {}
    for k, f in enumerate(fields(cls)):
        values[f.name] = {
            "index": index, "text": TEXT, "role": Role.HEADLINE, "paragraph": 3, "line": 12, "col": 4,
            "multiline": False, "note": "from the wire",
            "starts": array("l", range(10, 10 + len(TEXT))), "ends": array("l", range(11, 11 + len(TEXT))),
            "table": LineTable("<feed>\n" + RAW),
        }.get(f.name, KeyError)
        assert values[f.name] is not KeyError, f"give the new field {cls.__name__}.{f.name} a value in this test"
    return cls(**values)


def _same(a, b) -> None:
    assert type(a) is type(b)
    for f in fields(a):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, LineTable):
            assert (x.text, list(x.starts)) == (y.text, list(y.starts)), f.name
        else:
            assert x == y, f.name


def _through_the_pool(seg: Segment) -> Segment:
    from mtqa.checks.cross_system import CrossPool

    source = Document("d1", None, "fr", [Segment(0, "Le capitaine du port a dit que le bac partirait à l'aube.")])
    target = Document("d1", None, "en", [seg])
    pool = CrossPool()
    try:
        pool.add("a", SimpleNamespace(pair=DocumentPair("d1", target, source, links=[Link((0,), (0,))])))
        (_, _, stored), = list(pool.groups())
        _, _, segments, _ = pool.place(stored[0])
    finally:
        pool.close()
    return segments[0]


@pytest.mark.parametrize("cls", [Segment, MappedSegment, NotedSegment])
def test_every_field_of_a_segment_survives_a_pickle(cls):
    seg = _valued(cls, index=5)
    _same(seg, pickle.loads(pickle.dumps(seg, pickle.HIGHEST_PROTOCOL)))


@pytest.mark.parametrize("cls", [Segment, MappedSegment, NotedSegment])
def test_every_field_of_a_segment_survives_the_cross_system_pool(cls):
    seg = _valued(cls)
    _same(seg, _through_the_pool(seg))


def test_a_feed_segment_sent_to_a_worker_still_places_a_span_in_the_file():
    """The offsets map to the file's columns (markup before the text), not to the segment's start plus the
    offset: the worker places issues with them."""
    seg = _valued(MappedSegment)
    back = pickle.loads(pickle.dumps(seg, pickle.HIGHEST_PROTOCOL))
    assert back.locate(4) == seg.locate(4) == (2, 7) and back.locate_end(10) == seg.locate_end(10)


def test_every_field_of_a_document_and_a_link_survives_a_pickle():
    """Document and Link pickle their fields as Segment does, from the class's own list (a subclass's too)."""
    for doc in (Document("d7", "wire.en.txt", "en", [_valued(Segment)], {12: "The harbour master"}, {"desk": "ports"}),
                NotedDocument("d7", "wire.en.txt", "en", [_valued(Segment)], {12: "The harbour"}, {}, "from the wire")):
        back = pickle.loads(pickle.dumps(doc, pickle.HIGHEST_PROTOCOL))
        assert type(back) is type(doc)
        assert [getattr(back, f.name) for f in fields(doc)] == [getattr(doc, f.name) for f in fields(doc)]
    for link in (Link((0, 1), (2,), 0.75), WeightedLink((0, 1), (2,), 0.75, 0.5)):
        again = pickle.loads(pickle.dumps(link, pickle.HIGHEST_PROTOCOL))
        assert type(again) is type(link)
        assert [getattr(again, f.name) for f in fields(link)] == [getattr(link, f.name) for f in fields(link)]

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


def _same(a, b, *, table_by_answers: bool = False) -> None:
    """``table_by_answers``: a line table compared by what the segment's ``locate``/``locate_end`` answer through it
    (a pickle carries only the lines the segment's offsets fall on), not by its text."""
    assert type(a) is type(b)
    for f in fields(a):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, LineTable) and table_by_answers:
            assert _answers(a) == _answers(b), f.name
        elif isinstance(x, LineTable):
            assert (x.text, list(x.starts)) == (y.text, list(y.starts)), f.name
        else:
            assert x == y, f.name


def _answers(seg) -> list:
    return [(seg.locate(k), seg.locate_end(k)) for k in range(len(seg.text) + 2)]


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
    _same(seg, pickle.loads(pickle.dumps(seg, pickle.HIGHEST_PROTOCOL)), table_by_answers=True)


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


def test_a_document_of_segments_of_several_classes_keeps_each_class_through_a_pickle():
    """Segments of one plain class travel as columns; a list that mixes in a subclass (a feed's MappedSegment) or a
    link of a subclass travels object by object, each by its own ``__reduce__``, so no field of a subclass is lost."""
    plain = [_valued(Segment, index=k) for k in range(3)]
    for segments in (plain, [*plain, _valued(NotedSegment, index=3)], [_valued(MappedSegment), *plain]):
        doc = Document("d9", "wire.en.txt", "en", segments, {12: "The harbour master"})
        back = pickle.loads(pickle.dumps(doc, pickle.HIGHEST_PROTOCOL))
        assert [type(s) for s in back.segments] == [type(s) for s in segments]
        for a, b in zip(segments, back.segments):
            _same(a, b, table_by_answers=True)
        assert hash(tuple(back.segments)) == hash(tuple(segments))
    links = [Link((0,), (0,), 0.5), WeightedLink((1, 2), (1,), 0.75, 0.5)]
    for kept in (links[:1], links):
        pair = DocumentPair("d9", Document("d9", None, "en", plain), links=list(kept))
        again = pickle.loads(pickle.dumps(pair, pickle.HIGHEST_PROTOCOL))
        assert [type(k) for k in again.links] == [type(k) for k in kept] and again.links == kept
        assert [getattr(again.links[-1], f.name) for f in fields(kept[-1])] == \
            [getattr(kept[-1], f.name) for f in fields(kept[-1])]


def test_a_segment_sent_as_a_column_is_built_as_its_class_builds_it():
    """A segment or link rebuilt from columns is built without ``__init__``: that holds only while the class's
    ``__init__`` does nothing but set its fields (no ``__post_init__``); one that gains a ``__post_init__`` is sent
    object by object again."""
    from mtqa.model import _BY_COLUMNS

    assert _BY_COLUMNS == {Segment, Link}
    assert all(not hasattr(cls, "__post_init__") for cls in _BY_COLUMNS)
    seg = pickle.loads(pickle.dumps(Document("d", None, "en", [_valued(Segment)]))).segments[0]
    with pytest.raises(AttributeError):  # frozen as ever
        seg.text = "changed"


def _feed_segment(table: LineTable, line: int, col: int) -> MappedSegment:
    """A segment of TEXT written at ``line``:``col`` of the file ``table`` reads, an entity in its third word."""
    start = table.offset(line, col)
    starts = array("l", range(start, start + len(TEXT)))
    ends = array("l", range(start + 1, start + len(TEXT) + 1))
    for k in range(10, len(TEXT)):  # "master" written "m&#97;ster": five characters more from there on
        starts[k] += 5 if k > 10 else 0
        ends[k] += 5
    return MappedSegment(0, TEXT, Role.BODY, 1, line, col, False, starts, ends, table)


@pytest.mark.parametrize("shift", [None, 40])
def test_a_feed_segment_takes_the_lines_it_falls_on_to_a_worker_not_the_whole_file(shift):
    """A worker needs the file's line starts around the segment's own offsets; the table is the whole file's
    (its text and every line), shared by the feed's segments and pickled with each batch of them: a 0.5 MB feed
    of 2,000 items sent 158 MB of batches. The segment pickled stays small whatever the file's size, and places
    every offset as before (an item read back from a large feed answers in the file's lines: ``shift``)."""
    from mtqa.readers.feed_index import RegionTable

    lines = [f"<item><guid>g{k}</guid><description>filler line {k}</description></item>" for k in range(20_000)]
    lines[12_000] = "<p>" + RAW.replace("master", "m&#97;ster").rstrip("\n") + "</p>"
    text = "\n".join(lines) + "\n"
    table = LineTable(text) if shift is None else RegionTable(text, shift, {})
    seg = _feed_segment(table, 12_001 + (shift or 0), 6)  # the file's line: the table's 12,001st
    data = pickle.dumps(seg, pickle.HIGHEST_PROTOCOL)
    assert len(data) < 2_000 < len(text) // 100
    back = pickle.loads(data)
    assert _answers(back) == _answers(seg)
    assert back.locate(4)[0] == 12_001 + (shift or 0)
    again = pickle.loads(pickle.dumps(back, pickle.HIGHEST_PROTOCOL))  # Dask sends a worker's segment on again
    assert _answers(again) == _answers(seg)


def test_with_text_keeps_the_fields_and_refuses_another_length():
    from mtqa.model import Role, Segment

    segment = Segment(0, "PARIS (AFP) - Le ministre est arrivé.", Role.BODY, 0, 1, 0, multiline=False)
    cased = segment.with_text("Paris (AFP) - Le ministre est arrivé.")
    assert cased.text.startswith("Paris") and cased.role is Role.BODY and cased.index == 0
    with pytest.raises(ValueError):
        segment.with_text("Paris - Le ministre est arrivé.")  # offsets found on it would miss the input's

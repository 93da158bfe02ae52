"""Plain-text and JSONL readers: offsets, encodings, roles."""
from __future__ import annotations

import json

import pytest

from mtqa.errors import InputError
from mtqa.readers.decoding import decode
from mtqa.readers.jsonl import read_jsonl
from mtqa.readers.text import parse_text
from mtqa.model import Role


def test_headline_paragraphs_and_offsets():
    text = "Title here\n\nFirst sentence. Second one is\nwrapped here.\n\nLast."
    doc = parse_text(text, doc_id="d", path=None, lang="en")
    assert [s.text for s in doc.segments] == ["Title here", "First sentence.", "Second one is\nwrapped here.", "Last."]
    assert [s.role for s in doc.segments] == [Role.HEADLINE, Role.BODY, Role.BODY, Role.BODY]
    assert [s.paragraph for s in doc.segments] == [0, 1, 1, 2]
    for seg in doc.segments:
        line, col = seg.locate(0)
        assert doc.lines[line][col:].startswith(seg.text.split("\n")[0])
    wrapped = doc.segments[2]
    assert wrapped.locate(wrapped.text.index("wrapped")) == (4, 0)


def test_crlf_bom_and_no_trailing_newline():
    raw = "\ufeffTitle\r\n\r\nBody text here.".encode("utf-8")
    doc = parse_text(decode(raw, "x.txt"), doc_id="d", path="x.txt", lang="en")
    assert [s.text for s in doc.segments] == ["Title", "Body text here."]
    assert doc.segments[1].line == 3 and doc.lines[3] == "Body text here."


@pytest.mark.parametrize(
    "raw,message",
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"abc\x00def", "binary"),
        (b"Title\n\nCaf\xe9 au lait", "not valid UTF-8"),
    ],
)
def test_bad_bytes(raw, message):
    with pytest.raises(InputError, match=message) as info:
        decode(raw, "bad.txt")
    assert str(info.value).startswith("bad.txt")


def test_undecodable_names_line():
    with pytest.raises(InputError) as info:
        decode(b"ok\nok\ncaf\xe9\n", "bad.txt")
    assert str(info.value).startswith("bad.txt:3:")


def _write(tmp_path, records):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records), encoding="utf-8")
    return str(path)


def test_jsonl_groups_documents(tmp_path):
    path = _write(tmp_path, [
        {"id": 1, "doc": "a", "source": "Titre", "target": "Title"},
        {"id": 2, "doc": "a", "source": "Texte.", "target": "Text."},
        {"id": 3, "target": "Alone."},
    ])
    pairs = list(read_jsonl(path, source_lang="fr", target_lang="en"))
    assert [p.id for p in pairs] == ["a", "3"]
    assert [p.target.segments[0].role for p in read_jsonl(_write(tmp_path, [{"target": "A.", "role": "headline"}]),
                                                           source_lang="fr", target_lang="en")] == [Role.HEADLINE]
    a = pairs[0]
    assert [s.role for s in a.target.segments] == [Role.HEADLINE, Role.BODY]
    assert [s.line for s in a.target.segments] == [1, 2]
    assert a.sources_of(1)[0].text == "Texte."
    assert pairs[1].source is None


@pytest.mark.parametrize(
    "records,message,line",
    [
        (['[1, 2]'], "not a JSON object", 1),
        ([{"target": "ok"}, {"source": "x"}], "lacks a string 'target'", 2),
        ([{"target": "ok"}, "{not json"], "invalid JSON", 2),
        ([{"doc": "a", "target": "x"}, {"doc": "b", "target": "y"}, {"doc": "a", "target": "z"}], "not contiguous", 3),
        ([{"target": "ok"}, {"target": "x", "role": "lede"}], "'role' must be headline or body, not 'lede'", 2),
        ([{"target": "x", "role": "HEADLINE"}], "'role' must be headline or body", 1),
        ([{"target": "x", "role": 1}], "'role' must be headline or body, not 1", 1),
        ([{"target": "x", "role": ["body"]}], "'role' must be headline or body", 1),
    ],
)
def test_jsonl_errors(tmp_path, records, message, line):
    path = _write(tmp_path, records)
    with pytest.raises(InputError, match=message) as info:
        list(read_jsonl(path, source_lang="fr", target_lang="en"))
    assert info.value.line == line


def test_the_ids_of_many_short_documents_are_held_as_hashes():
    """A long input of short documents (one sentence each) kept every id read, to refuse one that comes
    back: ~150 bytes a document, the id's string and its set slot. Held as hashes, the same refusal names
    the same document at the same line."""
    import tracemalloc

    from mtqa.readers import grouping

    count = 60_000

    def records(again=None):
        for k in range(count):
            yield k + 1, {"doc": f"dépêche-{k:07d}/édition-du-soir/rubrique-monde", "target": "x"}
        if again is not None:
            yield count + 1, {"doc": again, "target": "y"}

    def groups(again=None):
        return grouping.doc_groups(records(again), lambda r: r["doc"], "in.jsonl", repeated="doc {doc!r} again",
                                   empty="none")

    tracemalloc.start()
    try:
        read = sum(1 for _ in groups())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert read == count and peak < 110 * count  # the ids themselves: ~150 bytes each
    again = "dépêche-0001234/édition-du-soir/rubrique-monde"
    with pytest.raises(InputError) as exc:
        for _ in groups(again):
            pass
    assert repr(again) in str(exc.value) and exc.value.line == count + 1
    assert sum(1 for _ in groups("dépêche-9999999/édition-du-soir/rubrique-monde")) == count + 1


def test_the_hashes_of_document_ids_cost_a_table_slot_not_an_int_and_a_set_slot():
    """A million one-segment documents kept ~70 bytes each in a set of their ids' hashes (a 32-byte int
    per hash besides its slot): 66 MB, as much as all the run's caches. In a flat table of 8-byte slots
    the same refusals cost 12-24 bytes a document (~31 at the peak of a doubling)."""
    import tracemalloc

    from mtqa.readers import grouping

    count = 100_000

    def records(ids):
        for k, doc in enumerate(ids):
            yield k + 1, {"doc": doc, "target": "x"}

    def read(ids):
        return sum(1 for _ in grouping.doc_groups(records(ids), lambda r: r["doc"], "in.jsonl",
                                                   repeated="doc {doc!r} again", empty="none"))

    ids = [f"{k}" for k in range(count)]
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        assert read(ids) == count
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert peak < 45 * count  # a set of the hashes: ~70 bytes a document
    # every kind of id is refused when it comes back after another document, and only then
    for again, before in ((0, [0, 1]), (1, [1, 0]), (7, list(range(5000))), ("", ["", "a"]), (2 ** 70, [2 ** 70, 3])):
        with pytest.raises(InputError) as exc:
            read([*before, again])
        assert exc.value.line == len(before) + 1
    assert read([*range(5000), 5000, 5000, -5]) == 5002  # consecutive records of one id are one document


def test_seen_hashes_finds_every_hash_it_holds_across_its_growth():
    """The table of id hashes (open addressing, doubled when two thirds full) answers like a set."""
    import random

    from mtqa.readers.grouping import SeenHashes

    rnd = random.Random(45)
    hashes = [rnd.getrandbits(64) - 2 ** 63 for _ in range(20_000)] + list(range(-50, 3000)) + [0]
    seen, reference = SeenHashes(bits=4), set()
    for h in hashes:
        assert seen.add(h) == (h not in reference)
        reference.add(h)
    assert len(seen) == len(reference)
    assert not any(seen.add(h) for h in hashes)


def test_an_unterminated_string_is_named_once_with_its_column(tmp_path):
    # Python's message for it ends in "at" ("Unterminated string starting at"): the error reads "... at column N",
    # not "... at at column N"
    from mtqa.readers.jsonl import json_object

    with pytest.raises(InputError) as caught:
        json_object('{"target": "He left', "in.jsonl", 3)
    assert "starting at column 12" in str(caught.value) and "at at" not in str(caught.value)

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
    ],
)
def test_jsonl_errors(tmp_path, records, message, line):
    path = _write(tmp_path, records)
    with pytest.raises(InputError, match=message) as info:
        list(read_jsonl(path, source_lang="fr", target_lang="en"))
    assert info.value.line == line

"""Inline 'mtqa: ignore=' markers in plain text, records and feeds."""
from __future__ import annotations

import pytest

from mtqa.errors import InputError
from mtqa.model import Document, DocumentPair, Link, Role, Segment
from mtqa.suppress import field_codes, parse_codes, strip_trailing_markers

from mtqa_cli import write


def test_parse_codes_forms():
    assert parse_codes("<!-- mtqa: ignore=A101, t1 -->") == ["A101", "T1"]
    assert parse_codes("x  # MTQA: IGNORE = L1,L2") == ["L1", "L2"]
    assert parse_codes("nothing here") == []
    with pytest.raises(InputError, match="bad code 'A1O1'"):
        parse_codes("mtqa: ignore=A1O1", "f.txt", 3)


def test_field_codes():
    assert field_codes("a101, L1") == ["A101", "L1"]
    assert field_codes(["T1"]) == ["T1"]
    assert field_codes(None) == field_codes("") == []
    with pytest.raises(InputError):
        field_codes("everything")


def _pair(*texts, links=()):
    doc = Document("d", "f.txt", "en")
    doc.segments = [Segment(i, t, Role.BODY, 0, i + 1, 0) for i, t in enumerate(texts)]
    return DocumentPair("d", doc, links=list(links))


def test_trailing_marker_removed_and_recorded():
    pair = _pair("He left. <!-- mtqa: ignore=L1 -->", "Then # mtqa: ignore=A2,F1", "She stayed.")
    strip_trailing_markers(pair)
    assert [s.text for s in pair.target.segments] == ["He left.", "Then", "She stayed."]
    assert pair.meta.ignore == ("A2", "F1", "L1")


def test_marker_only_segment_is_dropped_and_renumbered():
    pair = _pair("He left.", "mtqa: ignore=L1", "She stayed.")
    strip_trailing_markers(pair)
    assert [(s.index, s.text) for s in pair.target.segments] == [(0, "He left."), (1, "She stayed.")]


def test_marker_only_segment_kept_when_links_exist():
    pair = _pair("He left.", "mtqa: ignore=L1", links=[Link((0,), (0,)), Link((), (1,))])
    strip_trailing_markers(pair)
    assert len(pair.target.segments) == 2 and pair.target.segments[1].text == ""


def test_mid_line_mention_is_not_a_marker():
    pair = _pair("The string mtqa: ignore=A1 appears in the middle of this line.")
    strip_trailing_markers(pair)
    assert pair.meta.ignore == () and "ignore" not in pair.meta.to_dict()


def test_plain_text_marker_end_to_end(tmp_path, run):
    text = "Protest in Toulouse\n\nMore than 3.000 people marched on Saturday. # mtqa: ignore=L102\n"
    path = write(tmp_path, "a.en.txt", text)
    unmarked = write(tmp_path, "b.en.txt", text.replace(" # mtqa: ignore=L102", ""))
    flagged = [i for i in run("check", unmarked, "--format", "json").json()["documents"][0]["issues"]]
    r = run("check", path, "--format", "json")
    doc = r.json()["documents"][0]
    assert doc["meta"]["ignore"] == ["L102"]
    assert not [i for i in doc["issues"] if i["code"] == "L102"]
    assert doc.get("suppressed", 0) == sum(1 for i in flagged if i["code"] == "L102")
    assert not [i for i in doc["issues"] if "mtqa" in i["text"]]


def test_jsonl_ignore_field_and_marker_together(tmp_path, run):
    path = write(tmp_path, "r.jsonl", '{"doc": "d", "target": "Headline about 3.000 things", "ignore": ["A1"]}\n'
                                       '{"doc": "d", "target": "Body text. <!-- mtqa: ignore=L1 -->"}\n')
    doc = run("check", path, "--format", "json").json()["documents"][0]
    assert doc["meta"]["ignore"] == ["A1", "L1"]

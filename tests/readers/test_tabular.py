"""CSV, TSV and mapped JSON lines: column mappings, item rows, broken input."""
from __future__ import annotations

import pytest

from mtqa.readers.tabular import read_csv

from mtqa_cli import FIXTURES, write

TAB = FIXTURES / "tabular"


def _codes(doc):
    return [i["code"] for i in doc["issues"]]


def test_csv_with_column_mapping(run):
    r = run("check", str(TAB / "titles.csv"), "--columns", "source=title_fr,target=title_en,id=guid,ignore=ignore",
            "--format", "json")
    docs = r.docs()
    assert list(docs) == ["cso-1", "cso-2", "cso-3", "cso-4"]
    assert all(d["source"]["segments"] == 1 for d in docs.values())
    assert docs["cso-4"]["meta"]["ignore"] == ["L102"] and "L102" not in _codes(docs["cso-4"])
    if "L102" in _codes(docs["cso-1"]):
        issue = docs["cso-1"]["issues"][0]
        assert (issue["line"], issue["start"], issue["end"], issue["text"]) == (2, 10, 15, "3.000")
        assert r.code == 1


def test_csv_quoted_cells_and_line_numbers(tmp_path):
    path = write(tmp_path, "m.csv", 'id,target\nx,"A first line,\nand a second one."\ny,Plain row.\n')
    pairs = list(read_csv(path, source_lang="fr", target_lang="en"))
    assert [p.id for p in pairs] == ["x", "y"]
    assert pairs[0].target.segments[0].line == 2 and pairs[1].target.segments[0].line == 4


def test_tsv_item_rows_keep_quotes_and_report_missing(run):
    r = run("check", str(TAB / "items.tsv"), "--format", "json")
    docs = r.docs()
    a1 = docs["a1"]
    assert [s["role"] for s in a1["segments"]] == ["headline", "body", "body"]
    assert a1["meta"]["title"] == "More than 3.000 demonstrators in Toulouse"
    assert docs["a3"]["meta"]["missing"] and not docs["a3"]["passed"]
    assert r.code == 1
    assert "item 'a3' has a source but no translation" in r.stderr


def test_tsv_body_offsets_are_within_the_cell(run):
    r = run("check", str(TAB / "items.tsv"), "--format", "json", "--select", "L102")
    body = [i for i in r.docs()["a1"]["issues"] if i["segment"] == 1]
    if body:
        assert (body[0]["line"], body[0]["start"], body[0]["text"]) == (2, 10, "3.000")


def test_jsonl_with_mapping_groups_by_doc(run):
    r = run("check", str(TAB / "records.jsonl"), "--columns", "id=guid,doc=story,source=fr,target=en", "--format", "json")
    docs = r.docs()
    assert list(docs) == ["s1", "s2"]
    assert docs["s1"]["segments"][0]["role"] == "headline"
    assert docs["s2"]["meta"]["ignore"] == ["A2"]  # trailing marker, removed from the text
    assert docs["s2"]["words"] == 5


def test_columns_from_the_config_file(tmp_path, run):
    conf = write(tmp_path, "mtqa.toml", '[columns]\nsource = "title_fr"\ntarget = "title_en"\nid = "guid"\n')
    r = run("check", str(TAB / "titles.csv"), "--config", conf, "--format", "json")
    assert list(r.docs()) == ["cso-1", "cso-2", "cso-3", "cso-4"]


@pytest.mark.parametrize("content,args,message", [
    ("guid,title_fr\ncso-1,Bonjour\n", ["--columns", "source=title_fr,target=title_en"],
     ":1: no column 'title_en' for 'target' (columns: guid, title_fr)"),
    ("guid,text\ncso-1,Hello\n", [], ":1: no 'target' column; name it with --columns target=COLUMN (columns: guid, text)"),
    ("id,target\na,Hello\nb,Hello,extra\n", [], ":3: the row has 3 fields, the header 2"),
    ("", [], ": input is empty"),
    ("id,target\na,Hello\n", ["--columns", "target=target,headline=x"], "'--columns.headline': unknown field"),
    ("id,target\na,Hello\n", ["--columns", "target"], "expected FIELD=COLUMN pairs"),
    ("id,target,ignore\na,Hello,X9\n", [], ":2: bad code 'X9' in the 'ignore' field"),
    ("id,target,role\na,Hello,lede\n", [], ":2: 'role' must be headline or body"),
])
def test_broken_csv_is_a_one_line_error(tmp_path, run, content, args, message):
    path = write(tmp_path, "bad.csv", content)
    r = run("check", path, *args)
    assert r.code == 2, r.stdout
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert message in r.stderr, r.stderr


def test_undecodable_csv_names_the_line(tmp_path, run):
    path = tmp_path / "latin.csv"
    path.write_bytes("id,target\na,Hello\nb,Caf\xe9 cr\xe8me\n".encode("latin-1"))
    r = run("check", str(path))
    assert r.code == 2 and f"{path}:3: not valid utf-8 (byte 0xe9)" in r.stderr
    assert run("check", str(path), "--encoding", "latin-1").code in (0, 1)


def test_jsonl_mapping_missing_field(tmp_path, run):
    path = write(tmp_path, "r.jsonl", '{"en": "Hello there."}\n{"fr": "Bonjour."}\n')
    r = run("check", path, "--columns", "target=en")
    assert r.code == 2 and ":2: record lacks 'en' (mapped to 'target')" in r.stderr


def test_source_row_without_translation_is_reported(tmp_path, run):
    path = write(tmp_path, "s.csv", "doc,source,target\nd,Premier.,First.\nd,Second.,\n")
    r = run("check", path, "--format", "json")
    doc = r.json()["documents"][0]
    assert doc["source"]["unaligned"] == [1]
    assert "the row has a source but no translation" in r.stderr

"""XLIFF 1.2/2.0, TMX and PO through translate-toolkit, behind the defusedxml gate."""
from __future__ import annotations

import pytest

from mtqa_cli import FIXTURES

BITEXT = FIXTURES / "bitext"


def _issues(doc):
    return [(i["code"], i["line"], i["start"], i["end"], i["text"]) for i in doc["issues"]]


def test_xliff12_one_document_per_file_with_notes(run):
    r = run("check", str(BITEXT / "article.xlf"), "--format", "json")
    docs = r.docs()
    assert list(docs) == ["manifestation.html", "meteo.html"]
    demo = docs["manifestation.html"]
    assert demo["segments"][0]["role"] == "headline" and demo["segments"][0]["line"] == 7
    assert demo["meta"]["notes"] == {"title": "Headline: keep under 70 characters."}
    assert demo["meta"]["untranslated"] == ["p2"]
    assert "unit 'p2' has no translation" in r.stderr
    assert docs["meteo.html"]["meta"]["ignore"] == ["L1"]  # marker in a note
    if any(i["code"] == "L102" for i in demo["issues"]):
        assert ("L102", 7, 10, 15, "3.000") in _issues(demo)
        assert r.code == 1


def test_xliff20(run):
    r = run("check", str(BITEXT / "article2.xlf"), "--format", "json")
    doc = r.json()["documents"][0]
    assert doc["id"] == "manifestation" and doc["meta"]["ids"] == ["title", "p1"]
    assert doc["meta"]["notes"] == {"title": "Headline"}
    assert [s["line"] for s in doc["segments"]] == [8, 14]
    assert doc["source"]["segments"] == 2


def test_tmx_groups_by_doc_property(run):
    r = run("check", str(BITEXT / "memory.tmx"), "--format", "json")
    docs = r.docs()
    assert list(docs) == ["manifestation", "t3"]
    assert docs["manifestation"]["meta"]["notes"] == {"t2": "Body, first paragraph"}
    assert docs["t3"]["passed"] and docs["t3"]["source"]["segments"] == 1


def test_po_units_lines_fuzzy_and_untranslated(run):
    r = run("check", str(BITEXT / "article.po"), "--format", "json")
    doc = r.json()["documents"][0]
    assert [s["line"] for s in doc["segments"]] == [9, 13, 19]
    assert doc["meta"]["fuzzy"] == ["Les organisateurs en revendiquent le double."]
    assert doc["meta"]["untranslated"] == ["La préfecture n'a pas commenté."]
    assert doc["meta"]["notes"]["Plus de 3 000 manifestants contre le projet d’autoroute"] == "Headline"


def test_xml_extension_dispatches_on_the_root(tmp_path, run):
    path = tmp_path / "job.xml"
    path.write_bytes((BITEXT / "article2.xlf").read_bytes())
    assert run("check", str(path), "--format", "json").json()["documents"][0]["id"] == "manifestation"
    other = tmp_path / "other.xml"
    other.write_text("<html><body/></html>", encoding="utf-8")
    r = run("check", str(other))
    assert r.code == 2 and "unrecognised XML (root element <html>" in r.stderr


def test_source_option_is_refused_for_bitext(run):
    r = run("check", str(BITEXT / "article.xlf"), "--source", str(BITEXT / "article.xlf"))
    assert r.code == 2 and "--source does not apply to xliff input" in r.stderr


@pytest.mark.parametrize("name,payload,message", [
    ("xxe.xlf", b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
                b'<xliff version="1.2"><file><body><trans-unit id="a"><source>s</source><target>&e;</target>'
                b"</trans-unit></body></file></xliff>", ":2: refused: the XML declares entity 'e'"),
    ("bomb.tmx", b'<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY a "aaaa">\n<!ENTITY b "&a;&a;&a;&a;">\n]>\n'
                 b"<tmx><body/></tmx>", ":3: refused: the XML declares entity 'a'"),
    ("broken.tmx", b'<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="fr"><seg>x</seg></tuv>\n</body></tmx>',
     ":4: malformed XML: mismatched tag"),
    ("wrong.xlf", b"<tmx><body/></tmx>", ": not a XLIFF file (root element <tmx>)"),
    ("empty.tmx", b'<tmx version="1.4"><header srclang="fr"/><body/></tmx>', ": the file has no translation units"),
    ("empty.po", b"", ": input is empty"),
])
def test_broken_bitext_is_a_one_line_error(tmp_path, run, name, payload, message):
    path = tmp_path / name
    path.write_bytes(payload)
    r = run("check", str(path))
    assert r.code == 2, r.stdout
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert r.stderr.startswith(f"mtqa: error: {path}") and message in r.stderr, r.stderr

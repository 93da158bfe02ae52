"""The feed reader: per-item reports, positions in the XML, pairing, unmatched and missing items."""
from __future__ import annotations

import html
import re

import pytest

from mtqa.checks.registry import REGISTRY, all_checks
from mtqa.config import Config
from mtqa.readers.feeds import load_feed, pair_items, read_feed

from mtqa_cli import FEEDS, rss, write

SRC = str(FEEDS / "actu.fr.xml")
TGT = str(FEEDS / "actu.en.xml")
CLEAN = {"cso-2024-0601", "cso-2024-0607", "cso-2024-0608"}
# item -> the check family that must catch its defect (skipped while that family is not registered)
DEFECTS = {
    "cso-2024-0602": "T1",  # Sergueï Prokopiev: French transliteration of a Russian name
    "cso-2024-0603": "A101",  # headline repeated as the first paragraph
    "cso-2024-0604": "A2",  # a French sentence left in the English
    "cso-2024-0605": "L102",  # 3.000
    "cso-2024-0606": "L3",  # M. Delorme
}


def _registered(prefix: str) -> bool:
    all_checks()
    return any(code.startswith(prefix) for code in REGISTRY)


def test_corpus_reports_every_item_with_id_and_title(run):
    r = run("check", TGT, "--source", SRC, "--format", "json")
    assert r.code == 1, r.stderr
    docs = r.docs()
    assert len(docs) == 8
    for doc in docs.values():
        assert doc["meta"]["title"] and doc["meta"]["paired_by"] == "guid"
        assert doc["source"]["segments"] > 0
    for item in CLEAN:
        assert docs[item]["passed"], docs[item]["issues"]
        assert docs[item]["issues"] == []
    for item, family in DEFECTS.items():
        if not _registered(family):
            continue
        assert any(i["code"].startswith(family) for i in docs[item]["issues"]), (item, docs[item]["issues"])
        if any(i["severity"] != "minor" for i in docs[item]["issues"]):
            assert not docs[item]["passed"], item
    assert {d for d in docs if not docs[d]["passed"]} <= set(DEFECTS)


def test_fail_on_minor_fails_exactly_the_defective_items(run):
    r = run("check", TGT, "--source", SRC, "--format", "json", "--fail-on", "minor")
    assert r.code == 1
    failed = {d for d, doc in r.docs().items() if not doc["passed"]}
    assert {item for item, family in DEFECTS.items() if _registered(family)} <= failed <= set(DEFECTS)


def test_text_report_names_items(run):
    r = run("check", TGT, "--source", SRC)
    assert r.code == 1
    assert "[cso-2024-0603] Fire at a warehouse in the Lyon suburbs" in r.stdout
    assert "8 documents" in r.stdout


@pytest.mark.parametrize("fmt", ["junit", "github"])
def test_ci_formats_exit_the_same(run, fmt):
    from mtqa.renderers import RENDERERS

    if fmt not in RENDERERS:
        pytest.skip(f"{fmt} renderer not there yet")
    r = run("check", TGT, "--source", SRC, "--format", fmt)
    assert r.code == 1
    assert "cso-2024-0603" in r.stdout


def test_issue_positions_point_into_the_xml(run):
    r = run("check", TGT, "--source", SRC, "--format", "json")
    lines = (FEEDS / "actu.en.xml").read_text(encoding="utf-8").split("\n")
    seen = 0
    for doc in r.json()["documents"]:
        for issue in doc["issues"]:
            raw = lines[issue["line"] - 1][issue["start"]:issue["end"]]
            assert html.unescape(raw) == issue["text"], issue
            seen += 1
    assert seen >= 3


def test_positions_through_entities_and_markup():
    """Offsets map back through CDATA, entities, double escaping and tags."""
    from mtqa.readers.xmlsafe import LineTable

    body = "&lt;p&gt;Le prix &amp;amp; la &lt;b&gt;vie&lt;/b&gt; co&amp;#251;te 3.000&amp;nbsp;euros.&lt;/p&gt;"
    text = rss([{"title": "Un titre", "guid": "g1"}]).replace("</item>", f"<description>{body}</description></item>")
    import tempfile, os

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "f.xml")
        open(path, "w", encoding="utf-8").write(text)
        pair = next(read_feed(path, source_lang="fr", target_lang="en"))
        seg = pair.target.segments[1]
        assert seg.text == "Le prix & la vie coûte 3.000\u00a0euros."
        table = LineTable(text)
        for word in ("vie", "coûte", "3.000", "euros"):
            a = seg.text.index(word)
            (l1, c1), (l2, c2) = seg.locate(a), seg.locate_end(a + len(word))
            assert l1 == l2
            raw = table.line_text(l1)[c1:c2]
            assert html.unescape(html.unescape(raw)) == word, (word, raw)


def test_inline_marker_in_an_item_suppresses(tmp_path, run):
    body = "<p>More than 3.000 people marched.</p><!-- mtqa: ignore=L1 -->"
    path = write(tmp_path, "t.xml", rss([{"title": "March in Toulouse", "guid": "a", "body": body}]))
    r = run("check", path, "--format", "json")
    doc = r.json()["documents"][0]
    assert doc["meta"]["ignore"] == ["L1"]
    assert not [i for i in doc["issues"] if i["code"].startswith("L1")]
    assert r.code == 0
    assert doc.get("suppressed", 0) >= 1 or not _registered("L102")


def test_inline_marker_as_xml_comment(tmp_path, run):
    raw = "<!-- mtqa: ignore=L102 -->"
    path = write(tmp_path, "t.xml", rss([{"title": "March", "guid": "a", "body": "<p>3.000 people marched.</p>", "raw": raw}]))
    doc = run("check", path, "--format", "json").json()["documents"][0]
    assert doc["meta"]["ignore"] == ["L102"]


def test_bad_code_in_marker_is_an_error(tmp_path, run):
    body = "<p>Text.</p><!-- mtqa: ignore=L1O2 -->"
    path = write(tmp_path, "t.xml", rss([{"title": "March", "guid": "a", "body": body}]))
    r = run("check", path)
    assert r.code == 2
    assert re.match(rf"mtqa: error: {re.escape(path)}:\d+: bad code 'L1O2'", r.stderr)


# --- pairing -------------------------------------------------------------------

def _items(n=6):
    fr = [
        ("Le gouvernement présente son budget pour 2025", "Le ministre a présenté mardi un budget de 492 milliards d'euros."),
        ("Inondations dans le Gard : 1 200 foyers privés d'électricité", "Les pompiers sont intervenus 340 fois dans la nuit."),
        ("Le PSG bat Marseille 3 à 1", "Kylian Mbappé a marqué deux buts au Parc des Princes."),
        ("Airbus livre 63 avions en mai", "Le constructeur européen vise 800 livraisons en 2024."),
        ("Grève à la SNCF le 12 juin", "Seuls 40 % des TGV circuleront, selon la direction."),
        ("Un séisme de magnitude 5,8 frappe la Grèce", "La secousse a été ressentie jusqu'à Athènes, à 150 km."),
    ][:n]
    en = [
        ("Government presents its 2025 budget", "The minister presented a budget of 492 billion euros on Tuesday."),
        ("Floods in the Gard: 1,200 homes without power", "Firefighters were called out 340 times overnight."),
        ("PSG beat Marseille 3-1", "Kylian Mbappé scored twice at the Parc des Princes."),
        ("Airbus delivers 63 aircraft in May", "The European manufacturer is aiming for 800 deliveries in 2024."),
        ("SNCF strike on June 12", "Only 40% of TGV trains will run, according to management."),
        ("Magnitude 5.8 earthquake hits Greece", "The tremor was felt as far away as Athens, 150 km away."),
    ][:n]
    return fr, en


def _feed(tmp_path, name, texts, ids=None, links=None, lang="en"):
    items = []
    for k, (title, body) in enumerate(texts):
        it = {"title": title, "body": f"<p>{body}</p>"}
        if ids:
            it["guid"] = ids[k]
        if links:
            it["link"] = links[k]
        items.append(it)
    return write(tmp_path, name, rss(items, lang))


def _plan(src, tgt):
    return [(p.source.index if p.source else None, p.target.index if p.target else None, p.how)
            for p in pair_items(load_feed(src), load_feed(tgt))]


def test_pairs_by_guid_whatever_the_order(tmp_path):
    fr, en = _items()
    ids = [f"id{k}" for k in range(6)]
    order = [3, 0, 5, 1, 4, 2]
    src = _feed(tmp_path, "s.xml", fr, ids)
    tgt = _feed(tmp_path, "t.xml", [en[k] for k in order], [ids[k] for k in order])
    assert _plan(src, tgt) == [(k, n, "guid") for n, k in enumerate(order)]


def test_pairs_by_link_when_no_guid(tmp_path):
    fr, en = _items()
    links = [f"https://example.org/a/{k}/" for k in range(6)]
    src = _feed(tmp_path, "s.xml", fr, links=links)
    tgt = _feed(tmp_path, "t.xml", en[::-1], links=[link.rstrip("/") for link in links[::-1]])
    assert _plan(src, tgt) == [(5 - n, n, "link") for n in range(6)]


def test_position_pairing_survives_a_removed_item(tmp_path):
    fr, en = _items()
    src = _feed(tmp_path, "s.xml", fr, ids=[f"fr{k}" for k in range(6)])
    kept = [0, 1, 3, 4, 5]  # item 2 was never translated; ids differ between the feeds
    tgt = _feed(tmp_path, "t.xml", [en[k] for k in kept], ids=[f"en{k}" for k in kept])
    plan = _plan(src, tgt)
    assert (2, None, None) in plan
    assert [(s, t) for s, t, how in plan if how == "position"] == [(k, n) for n, k in enumerate(kept)]


def test_position_pairing_pairs_swapped_neighbours_again(tmp_path):
    # no keys, items 1 and 2 swapped: the order-preserving alignment leaves one of them alone on
    # each side; their shared anchors (names, numbers) pair them again
    fr, en = _items()
    order = [0, 2, 1, 3, 4, 5]
    src = _feed(tmp_path, "s.xml", fr, lang="fr")
    tgt = _feed(tmp_path, "t.xml", [en[k] for k in order])
    assert _plan(src, tgt) == [(k, n, "position") for n, k in enumerate(order)]


def test_position_pairing_undoes_a_pair_the_order_forced(tmp_path):
    # items 2 and 4 untranslated, item 3 moved before item 1: in order, item 1's translation
    # could only go to item 4 (a wrong pair); it is given back to item 1, item 4 reported missing
    fr, en = _items()
    order = [0, 3, 1, 5]
    src = _feed(tmp_path, "s.xml", fr, lang="fr")
    tgt = _feed(tmp_path, "t.xml", [en[k] for k in order])
    plan = _plan(src, tgt)
    assert [(s, t) for s, t, how in plan if how == "position"] == [(0, 0), (3, 1), (1, 2), (5, 3)]
    assert (2, None, None) in plan and (4, None, None) in plan


def test_position_pairing_leaves_nothing_in_the_segment_caches(tmp_path):
    # the pairing reads each item's summary once; its anchors and digit starts must not be kept in
    # the caches the check's segments use (a long feed's summaries would sit there, thousands of
    # them with their anchors, well into the check)
    from mtqa.align.anchors import extract_anchors
    from mtqa.numbers import digit_starts, has_decimal

    fr, en = _items()
    order = [0, 2, 1, 3, 4, 5]  # swapped neighbours: the repair runs too
    src = _feed(tmp_path, "s.xml", fr, lang="fr")
    tgt = _feed(tmp_path, "t.xml", [en[k] for k in order])
    source, target = load_feed(src), load_feed(tgt)
    extract_anchors.cache_clear()
    digit_starts.cache_clear()
    has_decimal.cache_clear()
    plan = pair_items(source, target)
    assert [(p.source.index, p.target.index) for p in plan] == [(k, n) for n, k in enumerate(order)]
    assert extract_anchors.cache_info().currsize == 0
    assert digit_starts.cache_info().currsize == has_decimal.cache_info().currsize == 0


def test_swapped_unrelated_items_stay_unmatched(tmp_path):
    # a source item with no translation next to a translated item with no source: nothing ties
    # them, they are not paired
    fr, en = _items()
    src = _feed(tmp_path, "s.xml", fr[:4], lang="fr")  # items 0-3
    tgt = _feed(tmp_path, "t.xml", [en[0], en[5], en[1], en[3]])  # 2 untranslated, 5 extra
    plan = _plan(src, tgt)
    assert (2, None, None) in plan and (None, 1, None) in plan
    assert [(s, t) for s, t, how in plan if how == "position"] == [(0, 0), (1, 2), (3, 3)]


def test_missing_and_unmatched_items_are_reported(tmp_path, run):
    fr, en = _items()
    ids = [f"id{k}" for k in range(6)]
    src = _feed(tmp_path, "s.xml", fr[:5], ids[:5], lang="fr")
    # target: item 1 missing, an extra item 5 with no source
    tgt = _feed(tmp_path, "t.xml", [en[0], en[2], en[3], en[4], en[5]], [ids[0], ids[2], ids[3], ids[4], ids[5]])
    r = run("check", tgt, "--source", src, "--format", "json")
    assert r.code == 1
    docs = r.docs()
    assert list(docs) == ["id0", "id1", "id2", "id3", "id4", "id5"]
    assert docs["id1"]["meta"]["missing"] and not docs["id1"]["passed"] and docs["id1"]["score"] == 0
    assert docs["id5"]["meta"]["unmatched"] == "no source item" and "source" not in docs["id5"]
    assert docs["id5"]["passed"]
    assert re.search(rf"mtqa: warning: {re.escape(src)}:\d+: item 'id1' .* has no translation", r.stderr)
    assert re.search(rf"mtqa: warning: {re.escape(tgt)}:\d+: item 'id5' .* has no source item", r.stderr)


def test_unmatched_target_item_alone_does_not_fail(tmp_path, run):
    fr, en = _items()
    ids = [f"id{k}" for k in range(6)]
    src = _feed(tmp_path, "s.xml", fr[:3], ids[:3], lang="fr")
    tgt = _feed(tmp_path, "t.xml", en[:4], ids[:4])
    r = run("check", tgt, "--source", src, "--format", "json")
    assert r.code == 0, r.stdout
    assert r.docs()["id3"]["meta"]["unmatched"]
    assert "warning" in r.stderr


def test_mismatched_counts_never_drop_an_item(tmp_path):
    fr, en = _items()
    src = _feed(tmp_path, "s.xml", fr, lang="fr")  # no ids, no links: position only
    tgt = _feed(tmp_path, "t.xml", en[:2])
    pairs = list(read_feed(tgt, source=src, source_lang="fr", target_lang="en"))
    assert len(pairs) == 6
    assert sum(1 for p in pairs if p.meta.missing) == 4
    assert [p.meta.paired_by for p in pairs if not p.meta.missing] == ["position", "position"]


# --- formats and errors ----------------------------------------------------------

def test_atom_feed_with_xhtml_and_html_title(tmp_path):
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:f</id><updated>2024-06-01T00:00:00Z</updated>
<entry><id>urn:e1</id><title type="html">Prices &amp;amp; wages</title><updated>2024-06-01T00:00:00Z</updated>
<link rel="alternate" href="https://example.org/e1"/>
<summary>Short.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Wages rose by <b>3.000</b> euros.</p><p>Prices fell.</p></div></content>
</entry></feed>
"""
    path = write(tmp_path, "a.atom", atom)
    pair = next(read_feed(path, source_lang="fr", target_lang="en"))
    assert pair.id == "urn:e1" and pair.meta.facts["link"] == "https://example.org/e1"
    assert [s.text for s in pair.target.segments] == ["Prices & wages", "Wages rose by 3.000 euros.", "Prices fell."]
    assert [s.paragraph for s in pair.target.segments] == [0, 1, 2]
    seg = pair.target.segments[1]
    a = seg.text.index("3.000")
    line, col = seg.locate(a)
    assert atom.split("\n")[line - 1][col:col + 5] == "3.000"


def test_bilingual_feed_with_column_mapping(tmp_path, run):
    raw = "<fr:title>Plus de 3 000 manifestants</fr:title><fr:description>&lt;p&gt;Plus de 3 000 personnes ont défilé.&lt;/p&gt;</fr:description>"
    text = rss([{"title": "More than 3.000 demonstrators", "guid": "b1",
                 "body": "<p>More than 3.000 people marched.</p>", "raw": raw}])
    text = text.replace('<rss version="2.0">', '<rss version="2.0" xmlns:fr="urn:x-lang:fr">')
    path = write(tmp_path, "bi.xml", text)
    r = run("check", path, "--columns", "source_title=fr:title,source=fr:description", "--format", "json")
    doc = r.json()["documents"][0]
    assert doc["meta"]["paired_by"] == "item"
    assert doc["source"]["segments"] == 2
    if _registered("L102"):
        assert r.code == 1 and any(i["code"] == "L102" for i in doc["issues"])


def test_unknown_column_field_for_feeds(tmp_path, run):
    path = write(tmp_path, "t.xml", rss([{"title": "A title here", "guid": "a"}]))
    r = run("check", path, "--columns", "doc=guid")
    assert r.code == 2 and "unknown field 'doc'" in r.stderr


@pytest.mark.parametrize("name,payload,message", [
    ("malformed", b"<rss><channel>\n<item><title>x</titl></item></channel></rss>", ":2: malformed XML: mismatched tag"),
    ("xxe", b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
            b"<rss><channel><item><title>&x;</title></item></channel></rss>", ":2: refused: the XML declares entity 'x'"),
    ("laughs", b'<?xml version="1.0"?>\n<!DOCTYPE r [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n'
               b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n<rss><channel><item><title>&c;</title></item></channel></rss>',
     ":3: refused: the XML declares entity 'a'"),
    ("ext-dtd-entity", b'<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/x.dtd">\n'
                       b"<rss><channel>\n<item><title>&x;</title></item></channel></rss>", ":4: refused: entity &x;"),
    ("not-a-feed", b"<html><body>hi</body></html>", ": not an RSS or Atom feed (root element <html>)"),
    ("no-items", b"<rss><channel><title>t</title></channel></rss>", ": the feed has no items"),
    ("empty", b"  \n", ": input is empty"),
])
def test_broken_feeds_are_one_line_errors(tmp_path, run, name, payload, message):
    path = tmp_path / f"{name}.rss"
    path.write_bytes(payload)
    r = run("check", str(path))
    assert r.code == 2
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert r.stderr.startswith(f"mtqa: error: {path}") and message in r.stderr, r.stderr
    assert r.stdout == ""


def test_broken_source_feed_is_named(tmp_path, run):
    bad = tmp_path / "src.xml"
    bad.write_bytes(b"<rss><channel><item><title>x</title></item>")
    r = run("check", TGT, "--source", str(bad))
    assert r.code == 2 and str(bad) in r.stderr and "malformed XML" in r.stderr


def test_xxe_payload_never_reaches_the_report(tmp_path, run):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN", encoding="utf-8")
    payload = (f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>\n'
               "<rss><channel><item><title>Leak &x; here</title></item></channel></rss>")
    path = write(tmp_path, "xxe.xml", payload)
    r = run("check", path, "--format", "json")
    assert r.code == 2 and "TOP-SECRET-TOKEN" not in r.stdout + r.stderr


def test_encoding_option_is_refused_for_xml(run):
    r = run("check", TGT, "--encoding", "latin-1")
    assert r.code == 2 and "--encoding does not apply to XML" in r.stderr


def test_latin1_feed_is_decoded_by_its_declaration(tmp_path):
    text = rss([{"title": "Café à Paris", "guid": "a"}]).replace('encoding="utf-8"', 'encoding="iso-8859-1"')
    path = tmp_path / "l1.xml"
    path.write_bytes(text.encode("iso-8859-1"))
    pair = next(read_feed(str(path), source_lang="fr", target_lang="en"))
    assert pair.target.segments[0].text == "Café à Paris"


def test_reference_feed_is_paired_with_the_target(tmp_path):
    fr, en = _items(3)
    ids = ["a", "b", "c"]
    tgt = _feed(tmp_path, "t.xml", en, ids)
    ref = _feed(tmp_path, "r.xml", en[::-1], ids[::-1])
    pairs = list(read_feed(tgt, reference=ref, source_lang="fr", target_lang="en"))
    assert [p.reference.segments[0].text for p in pairs] == [t for t, _ in en]


def test_context_feed_config_does_not_leak(tmp_path):
    """The reader needs nothing from the configuration but the languages."""
    pairs = list(read_feed(TGT, source=SRC, source_lang=Config().source_lang, target_lang="en"))
    assert len(pairs) == 8


def test_rss1_rdf_and_content_encoded(tmp_path):
    rdf = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://example.org/"><title>T</title><link>https://example.org/</link><description>d</description></channel>
<item rdf:about="https://example.org/1"><title>Storm alert in the south</title><link>https://example.org/1</link>
<description>Teaser only.</description>
<content:encoded><![CDATA[<p>Wind gusts of up to 100 km/h are expected.</p>]]></content:encoded>
</item></rdf:RDF>
"""
    path = write(tmp_path, "f.rdf.xml", rdf)
    pair = next(read_feed(path, source_lang="fr", target_lang="en"))
    assert pair.id == "https://example.org/1"
    assert [s.text for s in pair.target.segments] == ["Storm alert in the south", "Wind gusts of up to 100 km/h are expected."]
    assert (pair.target.segments[1].line, pair.target.segments[1].col) == (7, 29)


def _syllables(n: int, parts: int) -> str:
    syllables = ["ba", "ko", "ri", "tel", "mun", "sa", "vor", "lin", "da", "pe", "qua", "nor", "fi", "gu", "zen", "ho"]
    return "".join(syllables[(n >> (4 * k)) % 16] for k in range(parts))


def _keyless_pair(tmp_path) -> tuple[str, str]:
    """2,000 items without keys and their translation without item 1000: each item has two names,
    a number and 40 of 400 words."""
    import random

    vocabulary = [_syllables(v, 4) for v in range(400)]
    items = []
    for k in range(2000):
        rng = random.Random(k)
        words = " ".join(rng.choice(vocabulary) for _ in range(40))
        items.append({"title": f"Le conseil de {_syllables(k, 3).capitalize()} vote {k + 10} mesures",
                      "body": f"<p>Selon {_syllables(k + 5000, 3).capitalize()}, {words}.</p>"})
    return write(tmp_path, "s.xml", rss(items, "fr")), write(tmp_path, "t.xml", rss(items[:1000] + items[1001:], "en"))


def _pairing_peak(source, target) -> float:
    """Traced peak of pairing the two feeds, bytes an item, after checking the pairs."""
    import tracemalloc

    tracemalloc.start()
    try:
        plan = pair_items(source, target)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [(p.source.index, p.target and p.target.index) for p in plan] == (
        [(k, k) for k in range(1000)] + [(1000, None)] + [(k, k - 1) for k in range(1001, 2000)])
    return peak / 3999


def test_position_pairing_holds_each_items_anchors_compactly(tmp_path):
    # pairing without keys holds every item's summary anchors through the alignment: in a store
    # of ids into one pool of strings (about 200 bytes an item), not as dicts and sets of their own
    # (1.7 kB). Before, the pairing's traced peak was 2.96 kB an item; with the stores 1.63 kB (a
    # third of it the summaries themselves, computed here as the feeds are read whole)
    src, tgt = _keyless_pair(tmp_path)
    peak = _pairing_peak(load_feed(src), load_feed(tgt))
    assert peak < 2300, peak


def test_position_pairing_of_indexed_feeds_holds_little_per_item(tmp_path, monkeypatch):
    # indexed feeds hold their keyless items' summaries as anchors and lengths: pairing adds the
    # alignment's links and the plan, no stand-in per text (the lengths are made as they are read)
    # and no __dict__ per pairing. Traced peak on main: 2.47 kB an item; here 0.55-0.57 kB
    # (0.65 with a TextLength held per text and a __dict__ per pairing)
    from mtqa.readers import feed_index
    from mtqa.readers.feeds import Pairing

    assert not hasattr(Pairing(None, None), "__dict__")
    src, tgt = _keyless_pair(tmp_path)
    monkeypatch.setattr(feed_index, "INDEX_ABOVE", -1)
    source, target = load_feed(src), load_feed(tgt)
    lengths = source.anchors.lengths()
    assert not isinstance(lengths, list) and len(lengths[5]) == source.anchors._lengths[5]
    peak = _pairing_peak(source, target)
    assert peak < 800, peak


def test_position_pairing_lets_the_alignments_links_go_as_the_repair_reads_them(tmp_path, monkeypatch):
    # repair_moves reads the alignment's links once, into tables of its own: it is handed them one
    # by one and each is taken out of the list (a Link and two tuples a bead, ~120 bytes an item of
    # a long feed, no longer held through the repair); the pairs are the same (_pairing_peak checks)
    import mtqa.align
    from mtqa.align import lengths

    made, handed = [], []
    align, repair = mtqa.align.align_sequences, lengths.repair_moves
    monkeypatch.setattr(mtqa.align, "align_sequences", lambda *a, **k: made.append(align(*a, **k)) or made[-1])

    def repair_moves(links, *rest):
        handed.append(links)
        return repair(links, *rest)

    monkeypatch.setattr(lengths, "repair_moves", repair_moves)
    src, tgt = _keyless_pair(tmp_path)
    _pairing_peak(load_feed(src), load_feed(tgt))
    assert len(made) == len(handed) == 1 and not isinstance(handed[0], list)
    assert made[0] == []  # every link taken out as it was read

"""Decoding markup while keeping every character's place in the file."""
from __future__ import annotations

import html
from array import array

from hypothesis import given, settings, strategies as st

from mtqa.readers import positions as P
from mtqa.readers.xmlsafe import LineTable, root_name


def _decode(raw: str, *, as_html: bool):
    x = P.xml_content(raw, 0, len(raw))
    return P.html_text(x) if as_html else x


def test_xml_layer_cdata_entities_and_line_breaks():
    raw = "a &amp; b<![CDATA[ <c> ]]>&#233;\r\nz<!-- note -->!"
    comments = []
    t = P.xml_content(raw, 0, len(raw), comments)
    assert t.text == "a & b <c> é\nz!"
    k = t.text.index("&")
    assert raw[t.starts[k]:t.ends[k]] == "&amp;"
    k = t.text.index("é")
    assert raw[t.starts[k]:t.ends[k]] == "&#233;"
    assert raw[t.starts[t.text.index("\n")]:t.ends[t.text.index("\n")]] == "\r\n"
    assert comments == [(" note ", raw.index("<!--"))]


def test_html_layer_blocks_comments_scripts_entities():
    comments = []
    t = P.html_text(P.PText.plain("<p>One&nbsp;two <b>three</b>.</p><script>x<y</script><!-- mtqa: ignore=A1 --><p>Four&hellip;</p>"), comments)
    paras = [p.text for p in P.paragraphs(t)]
    assert paras == ["One\u00a0two three.", "Four…"]
    assert comments == [(" mtqa: ignore=A1 ", 53)]


def test_collapse_keeps_no_break_spaces():
    t = P.collapse(P.PText.plain("  3\u202f000 \n\t euros  "))
    assert t.text == "3\u202f000 euros"
    assert list(t.starts)[:2] == [2, 3]


def test_line_table_uses_expat_line_breaks():
    table = LineTable("a\r\nbc\rd\ne")
    assert [table.position(o) for o in (0, 3, 4, 6, 8)] == [(1, 0), (2, 0), (2, 1), (3, 0), (4, 0)]
    assert table.line_text(2) == "bc" and table.offset(4, 0) == 8


def test_root_name_skips_prolog():
    assert root_name('<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE x [ <!ELEMENT a ANY> ]>\n<rdf:RDF>') == "rdf"
    assert root_name("\ufeff<feed xmlns='x'>") == "feed"
    assert root_name("just text") == ""


def test_mapped_segment_spans_cover_raw_text():
    raw = "<p>Prix: 3&#160;000&nbsp;€ &amp; plus</p>"
    t = P.paragraphs(_decode(raw, as_html=True))[0]
    table = LineTable(raw)
    seg = P.mapped_segment(0, t, P.Segment.__dataclass_fields__["role"].default, 0, table)
    a = seg.text.index("3")
    b = seg.text.index("€") + 1
    (_, c1), (_, c2) = seg.locate(a), seg.locate_end(b)
    assert raw[c1:c2] == "3&#160;000&nbsp;€"
    assert seg.locate_end(0) == seg.locate(0)


_piece = st.one_of(
    st.text(alphabet="abcdéà €’ .,\n", min_size=1, max_size=6),
    st.sampled_from(["&amp;", "&lt;", "&gt;", "&#8217;", "&#xE9;", "&quot;"]),
    st.builds(lambda s: f"<![CDATA[{s}]]>", st.text(alphabet="ab <>&;", max_size=5)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_piece, min_size=1, max_size=12))
def test_every_decoded_character_maps_to_raw_text_that_decodes_to_it(pieces):
    raw = "".join(pieces)
    t = P.xml_content(raw, 0, len(raw))
    for k, ch in enumerate(t.text):
        span = raw[t.starts[k]:t.ends[k]]
        if span.startswith("&"):
            assert html.unescape(span) == ch
        elif span == "\r\n":
            assert ch == "\n"
        else:
            assert span == ch
    assert list(t.starts) == sorted(t.starts)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<br/>", "<b>", "</b>", "&amp;", "&nbsp;", "word", " ", "é", "\n"]),
                min_size=1, max_size=20))
def test_html_positions_stay_inside_the_input(pieces):
    raw = "".join(pieces)
    t = P.html_text(P.PText.plain(raw))
    for para in P.paragraphs(t):
        assert para.text == para.text.strip()
        for k, ch in enumerate(para.text):
            assert 0 <= para.starts[k] <= para.ends[k] <= len(raw)
            span = raw[para.starts[k]:para.ends[k]]
            if ch != " ":
                assert span == ch or html.unescape(span) == ch


def test_counting_equals_the_range_inside_and_beyond_the_table():
    for start, stop in ((0, 0), (0, 1), (5, 600), (1000, 1000), (P._COUNTING_MAX - 10, P._COUNTING_MAX + 10),
                        (P._COUNTING_MAX + 5, P._COUNTING_MAX + 50), (3, 70_000)):
        got = P.counting(start, stop)
        assert got == array(P._TYPECODE, range(start, stop)), (start, stop)
    assert len(P._COUNTING) <= P._COUNTING_MAX  # offsets beyond it never grow the table


def test_counting_gives_a_copy():
    first = P.counting(10, 20)
    first[0] = -1
    assert P.counting(10, 20)[0] == 10


def test_a_plain_text_and_a_verbatim_copy_keep_their_offsets():
    text = "Le maire a dit « oui »."
    plain = P.PText.plain(text, 40)
    assert list(plain.starts) == list(range(40, 40 + len(text))) and list(plain.ends) == list(range(41, 41 + len(text)))
    raw = "<![CDATA[" + text + "]]>"
    decoded = P.xml_content(raw, 0, len(raw))
    assert decoded.text == text and list(decoded.starts) == list(range(9, 9 + len(text)))

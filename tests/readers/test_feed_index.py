"""Feeds read through an index of item offsets give the same documents as feeds read whole."""
from __future__ import annotations

import pytest

from mtqa.readers import feed_index
from mtqa.readers.feeds import IndexedFeed, load_feed, pair_items, read_feed

from mtqa_cli import FEEDS, rss, write


def _doc(doc):
    if doc is None:
        return None
    segs = []
    for seg in doc.segments:
        n = len(seg.text)
        segs.append((seg.index, seg.text, seg.role, seg.paragraph, seg.line, seg.col,
                     [seg.locate(i) for i in range(n + 1)],
                     [seg.locate_end(i) for i in range(n + 1)] if hasattr(seg, "locate_end") else None))
    return doc.id, doc.path, doc.lang, doc.lines, doc.meta, segs


def _dump(pairs):
    return [(p.id, p.meta.to_dict(), list(p.meta.warnings), p.meta.paired_by, p.meta.missing, p.meta.unmatched,
             sorted(p.meta.ignore or ()), [(link.source, link.target) for link in p.links],
             _doc(p.target), _doc(p.source), _doc(p.reference)) for p in pairs]


def _both(monkeypatch, target, **kw):
    whole = _dump(read_feed(target, source_lang="fr", target_lang="en", **kw))
    monkeypatch.setattr(feed_index, "INDEX_ABOVE", -1)
    for path in (target, *kw.values()):
        assert isinstance(load_feed(path), IndexedFeed), path  # the index is used, not the whole read
    indexed = _dump(read_feed(target, source_lang="fr", target_lang="en", **kw))
    monkeypatch.setattr(feed_index, "INDEX_ABOVE", 4 * 2**20)
    return whole, indexed


def _items(lang):
    said = "a déclaré" if lang == "fr" else "said"
    return [
        {"title": f"Item {k} &amp; co", "guid": f"g{k}" if k % 3 else "", "link": f"https://ex.org/{k}" if k % 2 else "",
         "body": f"<p>Le maire {said} que 3 000 personnes &#8217;ici.</p>\n<p>Deuxième <b>ligne</b> {k}.</p>",
         "raw": "<!-- mtqa: ignore=F301 -->" if k == 2 else ""}
        for k in range(7)
    ]


def test_indexed_feed_pair_equals_the_whole_read(tmp_path, monkeypatch):
    src = write(tmp_path, "s.xml", rss(_items("fr"), "fr"))
    tgt = write(tmp_path, "t.xml", rss([it for k, it in enumerate(_items("en")) if k != 4], "en"))
    whole, indexed = _both(monkeypatch, tgt, source=src)
    assert indexed == whole
    assert len(whole) == 7  # one missing item reported, nothing dropped


def test_shipped_feeds_and_reference(monkeypatch):
    fr, en = str(FEEDS / "actu.fr.xml"), str(FEEDS / "actu.en.xml")
    whole, indexed = _both(monkeypatch, en, source=fr, reference=en)
    assert indexed == whole and whole


def test_items_sharing_lines_with_the_root_and_odd_line_breaks(tmp_path, monkeypatch):
    text = ('<?xml version="1.0" encoding="UTF-8"?>\r\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            '<channel><title>t</title><item><title>Première ligne</title>\r\n'
            '<content:encoded><![CDATA[<p>Une phrase ici. Une autre là-bas.</p>]]></content:encoded></item>\r\n'
            '  <item><title>Deux</title><description>Texte &lt;b&gt;gras&lt;/b&gt; ici.</description></item>\r'
            '<item><title>Trois é</title><description>Fin.</description></item></channel></rss>')
    path = tmp_path / "crlf.xml"
    path.write_bytes(text.encode("utf-8"))
    whole, indexed = _both(monkeypatch, str(path))
    assert indexed == whole and len(whole) == 3


def test_atom_and_rss1(tmp_path, monkeypatch):
    atom = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>t</title>\n'
            '<entry><id>urn:a</id><title type="html">Le &lt;i&gt;titre&lt;/i&gt;</title>\n'
            '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Une phrase.</p></div></content></entry>\n'
            '<entry><id>urn:b</id><title>Autre</title><summary>Un résumé.</summary></entry>\n</feed>\n')
    rdf = ('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns="http://purl.org/rss/1.0/">\n<channel rdf:about="x"><title>t</title></channel>\n'
           '<item rdf:about="a"><title>Un</title><description>Texte un.</description></item>\n'
           '<item rdf:about="b"><title>Deux</title><description>Texte deux.</description></item>\n</rdf:RDF>\n')
    for name, text in (("a.atom", atom), ("f.rdf.xml", rdf)):
        whole, indexed = _both(monkeypatch, write(tmp_path, name, text))
        assert indexed == whole and len(whole) == 2


def test_the_index_holds_keys_not_bodies_and_one_line_feeds_are_read_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(feed_index, "INDEX_ABOVE", -1)
    feed = load_feed(write(tmp_path, "t.xml", rss(_items("en"))))
    assert isinstance(feed, IndexedFeed)
    assert all(not it.children and it.entry is None and feed.title(it.index) for it in feed.items)
    one_line = write(tmp_path, "one.xml", rss(_items("en")).replace("\n", ""))
    assert not isinstance(load_feed(one_line), IndexedFeed)


def test_keyless_items_are_not_read_back_for_pairing(tmp_path, monkeypatch):
    # items with neither guid nor link are paired by position, on a summary of each: the index
    # keeps it from its own reading of the item, so pairing reads no item back from the file
    # (each item is read back once more, to build its document, as with keys)
    def items(lang):
        return [{**it, "guid": "", "link": ""} for it in _items(lang)]

    src = write(tmp_path, "s.xml", rss(items("fr"), "fr"))
    tgt = write(tmp_path, "t.xml", rss([it for k, it in enumerate(items("en")) if k != 4], "en"))
    whole = [(p.source and p.source.index, p.target and p.target.index, p.how)
             for p in pair_items(load_feed(src), load_feed(tgt))]
    monkeypatch.setattr(feed_index, "INDEX_ABOVE", -1)
    source, target = load_feed(src), load_feed(tgt)
    reads = []
    view = IndexedFeed.view
    monkeypatch.setattr(IndexedFeed, "view", lambda self, item: reads.append(item) or view(self, item))
    indexed = [(p.source and p.source.index, p.target and p.target.index, p.how)
               for p in pair_items(source, target)]
    assert indexed == whole and sum(how == "position" for *_, how in whole) == 6
    assert reads == []


def test_the_index_holds_the_anchors_of_keyless_items_not_their_summaries(tmp_path, monkeypatch):
    # pairing reads of a summary only its length and its anchors: the index holds those (about 200
    # bytes an item in a store), not the text (~550), and pairing gets the lengths as stand-ins
    from mtqa.align.anchors import TextLength, anchors_of
    from mtqa.readers import feeds

    items = [{**it, "guid": "" if k % 2 else f"g{k}", "link": ""} for k, it in enumerate(_items("en"))]
    path = write(tmp_path, "t.xml", rss(items))
    whole = load_feed(path)
    monkeypatch.setattr(feed_index, "INDEX_ABOVE", -1)
    feed = load_feed(path)
    keyless = [it for it in feed.items if not it.id]
    assert [it.anchored for it in keyless] == list(range(len(keyless))) == list(range(len(feed.anchors)))
    for it in keyless:
        summary = feeds._summary_text(whole.items[it.index], whole)
        assert feed.anchors[it.anchored] == anchors_of(summary)
        assert feed.anchors._lengths[it.anchored] == len(summary)
    assert all(it.anchored is None for it in feed.items if it.id)
    texts, held = feeds._summaries(keyless, feed)
    assert all(isinstance(t, TextLength) for t in texts) and len(held) == len(keyless)
    assert [len(t) for t in texts] == [len(feeds._summary_text(whole.items[it.index], whole)) for it in keyless]


def test_items_with_keys_the_feeds_do_not_share_are_paired_on_their_summaries(tmp_path, monkeypatch):
    # guids of two schemes pair nothing: every item is paired by position, those with a guid on a
    # summary read back from the file (the index holds anchors for items without keys only)
    src_items = [{**it, "guid": f"fr-{k}" if k % 2 else "", "link": ""} for k, it in enumerate(_items("fr"))]
    tgt_items = [{**it, "guid": f"en-{k}" if k % 3 else "", "link": ""} for k, it in enumerate(_items("en")) if k != 4]
    src = write(tmp_path, "s.xml", rss(src_items, "fr"))
    tgt = write(tmp_path, "t.xml", rss(tgt_items, "en"))
    whole = [(p.source and p.source.index, p.target and p.target.index, p.how)
             for p in pair_items(load_feed(src), load_feed(tgt))]
    monkeypatch.setattr(feed_index, "INDEX_ABOVE", -1)
    indexed = [(p.source and p.source.index, p.target and p.target.index, p.how)
               for p in pair_items(load_feed(src), load_feed(tgt))]
    assert indexed == whole and sum(how == "position" for *_, how in whole) == 6


def test_the_index_holds_what_feedparser_made_of_its_items_in_flat_arrays(tmp_path, monkeypatch):
    # (title type, title digest, body type, body digest) per item, in arrays: 36 bytes an item, where
    # a tuple per item took 186; given back to an item read back, the documents are those of the whole
    # read (test_indexed_feed_pair_equals_the_whole_read)
    from mtqa.readers.feeds import _Expectations

    monkeypatch.setattr(feed_index, "INDEX_ABOVE", -1)
    items = _items("en") + [{"guid": "no-title", "body": "<p>Sans titre.</p>"}, {"title": "No body", "guid": "nb"}]
    feed = load_feed(write(tmp_path, "t.xml", rss(items)))
    assert all(item.expect is None for item in feed.items)
    held = feed._expected
    assert isinstance(held, _Expectations) and len(held) == len(feed.items) == 9
    assert len(held._digests) == 9 * 32 and set(held._kinds) <= {"text/html", "text/plain"}
    for k, item in enumerate(feed.items):
        title_kind, title_digest, body_kind, body_digest = feed.view(item)[1].expect
        assert (title_kind, title_digest, body_kind, body_digest) == held[k]
        if k < 7:
            assert title_kind == body_kind == "text/html"  # as feedparser reads an RSS title and description
            assert len(title_digest) == len(body_digest) == 16
    assert held[7][:2] == (None, None) and held[8][1] is not None and held[8][2:] == (None, None)
    mixed = _Expectations()
    for expect in (("text/plain", None, None, None), (None, None, "", b"d" * 16), (None,) * 4):
        mixed.append(expect)
    assert [mixed[k] for k in range(3)] == [("text/plain", None, None, None), (None, None, "", b"d" * 16), (None,) * 4]


def test_the_index_holds_its_items_titles_in_one_buffer_and_gives_them_back_as_read(tmp_path, monkeypatch):
    # no string per item (a title took ~235 bytes held as one): the titles are one UTF-8 buffer,
    # given back to items read back, equal to the whole read's (entities, CDATA, accents, markup,
    # a character outside the BMP, an empty title), and an unmatched item's message still names it
    titles = ["Caf&#233; &amp; th&#xE9; &lt;b&gt;gras&lt;/b&gt;", "<![CDATA[Le <i>titre</i> & co]]>",
              "Première   ligne\n  suite", "Émoji &#x1F600; fin", "", "Deux"]
    items = [{**{f: v for f, v in it.items() if f != "title"}, "raw": f"<title>{t}</title>", "guid": f"g{k}"}
             for k, (t, it) in enumerate(zip(titles, _items("fr")))]  # the titles as written
    src = write(tmp_path, "s.xml", rss(items, "fr"))
    tgt = write(tmp_path, "t.xml", rss([{**it, "guid": f"g{k}"} for k, it in enumerate(_items("en")[:3])], "en"))
    whole = [it.title for it in load_feed(src).items]
    assert whole[:2] == ["Café & thé gras", "Le titre & co"] and whole[4] == ""
    whole_docs, indexed_docs = _both(monkeypatch, tgt, source=src)
    assert indexed_docs == whole_docs
    monkeypatch.setattr(feed_index, "INDEX_ABOVE", -1)
    feed = load_feed(src)
    assert isinstance(feed._titles, bytearray) and all(it.title == "" for it in feed.items)
    assert [feed.title(k) for k in range(len(feed.items))] == whole
    assert [feed.view(it)[1].title for it in feed.items] == whole
    warnings = [w for p in read_feed(tgt, source=src, source_lang="fr", target_lang="en") for w in p.meta.warnings]
    assert sum("(Émoji \U0001F600 fin) has no translation" in w or "(untitled) has no" in w for w in warnings) == 2


def test_the_index_reads_its_keys_a_batch_of_items_at_a_time(tmp_path, monkeypatch):
    # one feedparser reading per batch of neighbouring items, not per item; the same items
    from mtqa.readers import feeds

    items = [{**it, "title": f"Item {k} &amp; co", "guid": f"g{k}" if k % 3 else ""}
             for k, it in enumerate(_items("en") * 22)]  # 154 items
    path = write(tmp_path, "t.xml", rss(items))
    whole = [(it.index, it.line, it.end_line, it.id, it.link, it.title) for it in load_feed(path).items]
    monkeypatch.setattr(feed_index, "INDEX_ABOVE", -1)
    readings = []
    located = feeds._located
    monkeypatch.setattr(feeds, "_located", lambda *a: readings.append(a) or located(*a))
    indexed = load_feed(path)
    assert [(it.index, it.line, it.end_line, it.id, it.link, indexed.title(it.index)) for it in indexed.items] == whole
    assert len(readings) == 3  # 64 + 64 + 26 items


def test_documents_asked_for_in_order_are_read_ahead(tmp_path, monkeypatch):
    # building a feed's documents asks for its items in order: they are read back a batch at a
    # time, into the same documents as the whole read
    from mtqa.readers import feeds

    items = [{**it, "title": f"Item {k} &amp; co"} for k, it in enumerate(_items("en") * 22)]  # 154 items
    path = write(tmp_path, "t.xml", rss(items))
    readings = []
    located = feeds._located
    monkeypatch.setattr(feeds, "_located", lambda *a: readings.append(a) or located(*a))
    whole, indexed = _both(monkeypatch, path)
    assert indexed == whole and len(whole) == 154
    assert len(readings) == 1 + 3 + 3 + 3  # the whole read; the index (3 batches) twice; the documents


def test_items_apart_from_a_comment_are_read_one_by_one(tmp_path, monkeypatch):
    # anything but white space between two items of a batch (here a comment of the channel): the
    # batch is read item by item, as before, and the documents are those of the whole read
    text = rss(_items("en")).replace("</item>\n<item>", "</item>\n<!-- between -->\n<item>", 1)
    whole, indexed = _both(monkeypatch, write(tmp_path, "t.xml", text))
    assert indexed == whole and len(whole) == 7


@pytest.mark.parametrize("payload, message", [
    ("<item><title>a</title></item>\n<item><title>b</title>\n</rss>", "malformed XML"),
    ('<!DOCTYPE r [<!ENTITY e "x">]>\n<rss><channel><item><title>&e;</title></item></channel></rss>', "declares entity"),
])
def test_indexed_read_keeps_one_line_errors(tmp_path, run, monkeypatch, payload, message):
    monkeypatch.setattr(feed_index, "INDEX_ABOVE", -1)
    path = tmp_path / "bad.rss"
    path.write_text('<?xml version="1.0"?>\n' + (payload if payload.startswith("<!") else
                                                 f'<rss version="2.0"><channel>\n{payload}'), encoding="utf-8")
    result = run("check", str(path))
    assert result.code == 2 and message in result.stderr and f"{path}:" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_documents_of_an_indexed_feed_need_no_second_feedparser_reading(tmp_path, monkeypatch):
    # feedparser reads each batch of items once, for the index; building the documents reads the
    # items back located only, their title and body checked against what the index kept
    from mtqa.readers import feeds

    items = [{**it, "title": f"Item {k} &amp; co"} for k, it in enumerate(_items("en") * 22)]  # 154 items
    path = write(tmp_path, "t.xml", rss(items))
    whole = _dump(read_feed(path, source_lang="fr", target_lang="en"))
    monkeypatch.setattr(feed_index, "INDEX_ABOVE", -1)
    readings = []
    parse = feeds._feedparser
    monkeypatch.setattr(feeds, "_feedparser", lambda data: readings.append(data) or parse(data))
    assert _dump(read_feed(path, source_lang="fr", target_lang="en")) == whole
    assert len(readings) == 3  # the index's 3 batches; none for the documents (3 more before)


def test_an_item_feedparser_reads_otherwise_is_read_again_with_it(tmp_path, monkeypatch):
    # Atom 0.3 content in base64: the element's text is not feedparser's, so the document takes
    # feedparser's text at approximate positions, through the index as in the whole read
    atom = ('<?xml version="1.0" encoding="utf-8"?>\n<feed version="0.3" xmlns="http://purl.org/atom/ns#">\n'
            '<title>t</title>\n<entry><id>urn:a</id><title>Un</title>\n'
            '<content type="text/plain" mode="base64">VW5lIHBocmFzZSBpY2kuIEV0IHVuZSBhdXRyZS4=</content></entry>\n'
            '<entry><id>urn:b</id><title>Deux</title>\n<content type="text/plain">Texte deux.</content></entry>\n'
            '</feed>\n')
    whole, indexed = _both(monkeypatch, write(tmp_path, "b.atom", atom))
    assert indexed == whole
    assert [p[1].get("positions") for p in whole] == ["approximate", None]
    assert [seg[1] for seg in whole[0][8][5]] == ["Un", "Une phrase ici.", "Et une autre."]  # feedparser's text


def test_a_feed_of_a_few_mib_is_read_through_the_index(tmp_path):
    # a whole read holds 7-12 times the file: from a few MiB on, a feed is indexed (its memory is
    # then a few hundred bytes an item), and its documents are those of the whole read
    text = rss(_items("en")).replace("<channel>", "<channel>" + " " * (5 * 2**20), 1)  # 5 MiB
    path = write(tmp_path, "t.xml", text)
    assert isinstance(load_feed(path), IndexedFeed)
    small = write(tmp_path, "small.xml", rss(_items("en")))
    assert not isinstance(load_feed(small), IndexedFeed)
    docs = [(p.id, [s.text for s in p.target.segments], p.target.segments[0].line)
            for p in read_feed(path, source_lang="fr", target_lang="en")]
    assert docs == [(p.id, [s.text for s in p.target.segments], p.target.segments[0].line)
                    for p in read_feed(small, source_lang="fr", target_lang="en")]


def test_the_index_holds_its_item_spans_in_arrays(tmp_path):
    # an index holds every item's span: as integers in arrays (40 bytes an item), not as an object
    # with its integers and ancestors' tuple each (about 280 bytes)
    import tracemalloc

    from mtqa.readers.feeds import _is_item

    path = write(tmp_path, "t.xml", rss(_items("en") * 300))  # 2,100 items
    tracemalloc.start()
    try:
        index = feed_index.build_index(path, _is_item)
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    whole = load_feed(path)
    assert [(s.line, s.end_line) for s in index.spans] == [(it.line, it.end_line) for it in whole.items]
    assert index.spans[1:3] == [index.spans[1], index.spans[2]]
    assert all(span.end_tag < span.end <= index.size for span in index.spans)
    assert held / len(index.spans) < 100, held / len(index.spans)
    two = rss(_items("en")).replace("</item>\n<item>", "</item>\n</channel>\n<channel>\n<item>", 1)
    assert feed_index.build_index(write(tmp_path, "two.xml", two), _is_item) is None  # items under two parents


def _counting_reads(monkeypatch):
    """Count the bytes the index module reads from files (its every ``open``)."""
    read = [0]

    class Counted:
        def __init__(self, fh):
            self.fh = fh

        def read(self, *args):
            data = self.fh.read(*args)
            read[0] += len(data)
            return data

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    monkeypatch.setattr(feed_index, "open", lambda *a, **kw: Counted(open(*a, **kw)), raising=False)
    return read


def test_indexing_reads_the_file_a_bounded_number_of_times(tmp_path, monkeypatch):
    # the index is one streaming pass and, per item, a look at its end tag: the bytes read grow
    # with the file, not with the items times a block (a 64 KiB read at every item's end tag read
    # a 4.7 MB feed of 10,000 items some 140 times over)
    import os

    from mtqa.readers.feeds import _is_item

    path = write(tmp_path, "t.xml", rss(_items("en") * 100))  # 700 items
    read = _counting_reads(monkeypatch)
    index = feed_index.build_index(path, _is_item)
    size = os.path.getsize(path)
    assert len(index.spans) == 700 and read[0] <= 3 * size, (read[0], size)
    read[0] = 0
    monkeypatch.setattr(feed_index, "INDEX_ABOVE", -1)
    feed = load_feed(path)  # the index, then every item read back once in batches for its keys
    assert isinstance(feed, IndexedFeed) and read[0] <= 5 * size, (read[0], size)


def test_an_end_tag_spread_over_many_bytes_is_found(tmp_path, monkeypatch):
    # XML allows white space before an end tag's ">": more than the first look at it reads
    src = rss(_items("en"))
    spread = src.replace("</item>", "</item" + " " * 300 + "\n" + " " * 300 + ">", 2)
    path = write(tmp_path, "t.xml", spread)
    whole, indexed = _both(monkeypatch, path)
    assert indexed == whole and len(whole) == 7

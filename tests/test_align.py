"""Tests for the aligner: hand-made French/English cases, anchors, titles,
structural properties under random input, and a quick real-data check."""
from __future__ import annotations

import csv
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa.align import align_documents, align_sequences, align_title
from mtqa.align.anchors import (AnchorStore, anchor_evidence, anchor_similarity, anchors_of, extract_anchors,
                                overlap_of, packed, unpacked)
from mtqa.numbers import digit_key as number_key
from mtqa.align.lengths import DEFAULT_BEADS, TWO_TWO, _sure_keys, align_fenced, align_groups, sure_pairs
from mtqa.model import Document, Link, LinkKind, Role, Segment

FR = [
    "Le gouvernement a présenté mardi son projet de budget pour l'année prochaine.",
    "Selon le ministre, le déficit public devrait atteindre 3,6 % du produit intérieur brut.",
    "Les syndicats ont immédiatement dénoncé des mesures d'austérité jugées injustes pour les salariés.",
    "Une grève nationale est prévue le 14 novembre dans les transports publics.",
]
EN = [
    "The government presented its draft budget for next year on Tuesday.",
    "According to the minister, the public deficit should reach 3.6% of gross domestic product.",
    "The unions immediately denounced austerity measures they consider unfair to employees.",
    "A national strike is planned for November 14 in public transport.",
]


def pairs(links: list[Link]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(l.source, l.target) for l in links]


def assert_cover(links: list[Link], n: int, m: int) -> None:
    """Every index in exactly one link, in order, no empty link, confidence in [0, 1]."""
    src = [i for l in links for i in l.source]
    tgt = [j for l in links for j in l.target]
    assert src == list(range(n))
    assert tgt == list(range(m))
    assert all(l.source or l.target for l in links)
    assert all(0.0 <= l.confidence <= 1.0 for l in links)


# --- align_sequences on hand-made cases -------------------------------------------

def test_one_to_one():
    links = align_sequences(FR, EN)
    assert pairs(links) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]
    assert all(l.kind is LinkKind.ONE_ONE for l in links)
    assert min(l.confidence for l in links) > 0.9


def test_omission_gives_one_zero():
    links = align_sequences(FR, [EN[0], EN[1], EN[3]])
    assert pairs(links) == [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,))]
    assert links[2].kind is LinkKind.ONE_ZERO


def test_addition_gives_zero_one():
    extra = "Officials declined to give further details about the negotiations with Brussels."
    links = align_sequences(FR, [EN[0], EN[1], extra, EN[2], EN[3]])
    assert pairs(links) == [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,)), ((3,), (4,))]


def test_target_merge_gives_two_one():
    links = align_sequences(FR, [EN[0], EN[1] + " " + EN[2], EN[3]])
    assert pairs(links) == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]
    assert links[1].kind is LinkKind.TWO_ONE


def test_source_merge_gives_one_two():
    links = align_sequences([FR[0], FR[1] + " " + FR[2], FR[3]], EN)
    assert pairs(links) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]
    assert links[1].kind is LinkKind.ONE_TWO


def test_numbers_decide_which_sentence_was_dropped():
    # Same shape and length: only the numbers say the middle one is missing.
    fr = ["Il y avait 12 morts.", "Il y avait 45 blessés.", "Il y avait 300 évacués."]
    en = ["There were 12 dead.", "There were 300 evacuated."]
    assert pairs(align_sequences(fr, en)) == [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    en = ["There were 45 injured.", "There were 300 evacuated."]
    assert pairs(align_sequences(fr, en)) == [((0,), ()), ((1,), (0,)), ((2,), (1,))]


def test_empty_sides():
    assert align_sequences([], []) == []
    assert pairs(align_sequences(["a", "b"], [])) == [((0,), ()), ((1,), ())]
    assert pairs(align_sequences([], ["a"])) == [((), (0,))]


def test_band_widens_when_the_path_leaves_the_diagonal():
    # The first ten source sentences are missing from the target: the true
    # path runs far from the length diagonal of a small starting band.
    fr = [f"Le point numéro {k} du rapport concerne la ville de Nantes." for k in range(10)] + FR * 3
    en = EN * 3
    links = align_sequences(fr, en)
    assert pairs(links)[:10] == [((k,), ()) for k in range(10)]
    assert pairs(links)[10:] == [((10 + k,), (k,)) for k in range(12)]


def test_custom_similarity_is_used():
    calls = []

    def sim(a: str, b: str) -> float:
        calls.append((a, b))
        return 0.0

    links = align_sequences(FR, EN, similarity=sim)
    assert calls and len(links) == 4


def test_two_two_bead_is_optional():
    src = [FR[0], FR[1] + " " + FR[2][:40], FR[2][40:], FR[3]]
    tgt = [EN[0], EN[1][:50], EN[1][50:] + " " + EN[2], EN[3]]
    links = align_sequences(src, tgt, beads=DEFAULT_BEADS + (TWO_TWO,))
    assert_cover(links, 4, 4)
    assert pairs(links)[0] == ((0,), (0,)) and pairs(links)[-1] == ((3,), (3,))
    with pytest.raises(ValueError):
        align_sequences(src, tgt, beads=((1, 1),))


def test_align_groups_keeps_paragraph_with_an_omission_paired():
    src = [[FR[0], FR[1]], [FR[2], FR[3]]]
    tgt = [[EN[0]], [EN[2], EN[3]]]
    groups = align_groups(src, tgt)
    assert [pairs([g]) for g, _ in groups] == [[((0,), (0,))], [((1,), (1,))]]
    sentence = [link for _, sub in groups for link in sub]
    assert pairs(sentence) == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]


def test_align_fenced_ignores_a_moved_paragraph_boundary():
    # The target moved FR[2]'s translation into the next paragraph.
    links = align_fenced([[FR[0], FR[1], FR[2]], [FR[3]]], [[EN[0], EN[1]], [EN[2], EN[3]]])
    assert pairs(links) == [((k,), (k,)) for k in range(4)]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.text(alphabet="abcdef .,12XY", max_size=50), min_size=1, max_size=4), max_size=5),
       st.lists(st.lists(st.text(alphabet="abcdef .,12XY", max_size=50), min_size=1, max_size=4), max_size=5))
def test_align_fenced_covers_every_index_once(source, target):
    n, m = sum(map(len, source)), sum(map(len, target))
    assert_cover(align_fenced(source, target), n, m)


# --- anchors ----------------------------------------------------------------------

@pytest.mark.parametrize("text,key", [
    ("3 000", "3000"), ("3.000", "3000"), ("3,000", "3000"), ("3\u202f000", "3000"),
    ("12,5", "125"), ("12.5", "125"),
])
def test_number_keys(text, key):
    assert [number_key(m) for m in [text]] == [key]
    assert key in extract_anchors(f"Il y a {text} personnes.").numbers


def test_names_skip_sentence_initial_words_and_elisions():
    a = extract_anchors("Selon lui, l'avion d'Edward Snowden a quitté Moscou. Puis la NSA a réagi.")
    assert set(a.names) == {"edward", "snowden", "moscou", "nsa"}
    assert "selon" not in a.names and "puis" not in a.names


def test_anchor_similarity_and_evidence():
    fr = "François Hollande a parlé avec Angela Merkel de 3 000 emplois à Moscou."
    en = "Francois Hollande spoke with Angela Merkel about 3,000 jobs in Moscow."
    other = "The weather will be sunny with temperatures of 25 degrees in Lyon."
    assert anchor_similarity(fr, en) == pytest.approx(1.0)
    assert anchor_similarity(fr, other) == 0.0
    assert anchor_evidence(fr, en) > 5 > 0 > anchor_evidence(fr, other)
    assert anchor_similarity("pas d'ancre ici", "no anchor here") == 0.0


def test_repeated_anchors_match_once_per_occurrence():
    # multiset intersection: min of the counts per key (paris 2/1, lyon 1/2, 12 3/2)
    a = extract_anchors("Hier, Paris a battu Paris et Lyon: 12 buts et 12 cartons en 12 ans.")
    b = extract_anchors("Yesterday Paris beat Lyon and Lyon: 12 goals and 12 cards.")
    assert (a.names, a.numbers, b.names, b.numbers) == ({"paris": 2, "lyon": 1}, {"12": 3},
                                                        {"paris": 1, "lyon": 2}, {"12": 2})
    assert overlap_of(a, b).matched == 1 + 1 + 2
    assert overlap_of(b, a).matched == 4


def test_sure_keys_are_the_anchors_own_strings():
    # a long feed holds every text's sure keys at once: they are the anchors' strings, not copies
    a = anchors_of("Le maire de Marseille, Benoît Payan, a annoncé 1500 emplois et 12 navettes à Lyon.")
    keys = _sure_keys([a])[0]
    own = {id(k) for k in (*a.names, *a.numbers)}
    assert sorted(keys) == sorted({"marseille", "benoit", "payan", "lyon", "1500", "12"})  # each once
    assert all(id(k) in own for k in keys)


def test_packed_anchors_compare_and_align_as_extracted():
    # a feed's summaries are held packed through the alignment: the stem bag as a tuple, a fraction
    # of the set's memory, unpacked to the same anchors before each comparison
    a, b = extract_anchors(" ".join(FR)), extract_anchors(" ".join(EN))
    p = packed(a)
    assert isinstance(p.stem_bag, tuple) and sys.getsizeof(p.stem_bag) * 3 < sys.getsizeof(a.stem_bag)
    assert unpacked(p) == a and overlap_of(unpacked(p), b) == overlap_of(a, b)
    source = [f"{t} ({k})" for k in range(110) for t in FR]  # above ANCHORED_ABOVE: cut at sure pairs
    target = [f"{t} ({k})" for k in range(110) for t in EN if (k, t) != (50, EN[2])]
    held = ([packed(anchors_of(t)) for t in source], [packed(anchors_of(t)) for t in target])
    beads = ((1, 1), (1, 0), (0, 1))
    assert align_sequences(source, target, beads=beads, anchors=held) == align_sequences(source, target, beads=beads)


def test_a_store_gives_back_each_texts_anchors_and_aligns_as_extracted():
    # a long feed's summaries have their anchors held in stores (ids into one pool of strings)
    # through the alignment; each text's anchors come back equal, names in the same order (the
    # fuzzy matching of leftover names reads them in order), and the alignment is the same
    texts = [*FR, *EN, "", "Paris, Paris et Lyon: 12, 12 et 12 « oui » “non” (ONU).", " ".join(FR)]
    source = AnchorStore()
    target = AnchorStore(like=source)
    for t in texts:
        source.add(t)
        target.add(t.upper())
    assert len(source) == len(texts)
    for k, t in enumerate(texts):
        a = anchors_of(t)
        assert source[k] == a and list(source[k].names) == list(a.names)
        assert target[k] == anchors_of(t.upper())
        assert source.keys(k) == (list(a.numbers), list(a.names))
    assert source[-1] == anchors_of(texts[-1]) and source[1:3] == [anchors_of(t) for t in texts[1:3]]
    with pytest.raises(IndexError):
        source[len(texts)]
    assert source._strings is target._strings  # one pool: a string both stores hold is held once
    assert len(source._strings) == len(set(source._strings))
    assert _sure_keys(source) == _sure_keys([anchors_of(t) for t in texts])
    src = [f"{t} ({k})" for k in range(110) for t in FR]  # above ANCHORED_ABOVE: cut at sure pairs
    tgt = [f"{t} ({k})" for k in range(110) for t in EN if (k, t) != (50, EN[2])]
    first = AnchorStore()
    held = (first, AnchorStore(like=first))
    for store, side in zip(held, (src, tgt)):
        for t in side:
            store.add(t)
    beads = ((1, 1), (1, 0), (0, 1))
    assert align_sequences(src, tgt, beads=beads, anchors=held) == align_sequences(src, tgt, beads=beads)
    # without anchors given, a long alignment (a document of over 400 sentences) extracts them into
    # stores too: the same links as on lists of packed anchors, with the default beads as well
    packed_lists = ([packed(anchors_of(t)) for t in src], [packed(anchors_of(t)) for t in tgt])
    assert align_sequences(src, tgt) == align_sequences(src, tgt, anchors=packed_lists)


def test_a_store_holds_its_stems_as_16_bit_ids_of_their_own_pool():
    # stems are most of a text's anchors and 4-letter stems are few: their ids, in a pool of their
    # own, take 2 bytes each (4 in the pool of numbers and names); a store that meets more than
    # 65,536 distinct stems takes 32-bit ids from then on, and every text's anchors stay equal
    texts = [*FR, *EN, " ".join(FR)]
    store = AnchorStore()
    other = AnchorStore(like=store)
    for t in texts:
        store.add(t)
    assert store._stems.typecode == "H" and other._stem_strings is store._stem_strings
    assert len(store._stems) == sum(store[k].stem_count for k in range(len(texts)))
    assert not set(store._stem_strings) & set(store._strings)  # the other pool holds no stem
    for n in range(len(store._stem_strings), 0x10000):  # as if 65,536 stems had been met
        store._stem_ids[f"#{n}"] = n
        store._stem_strings.append(f"#{n}")
    store.add("la croissance économique reste faible selon les experts")
    assert store._stems.typecode == "I" and max(store._stems) >= 0x10000
    for k, t in enumerate([*texts, "la croissance économique reste faible selon les experts"]):
        a = anchors_of(t)
        assert store[k] == a and list(store[k].names) == list(a.names)


def _named(*names: str) -> str:
    return "On the day, " + " and ".join(names) + " met."


def test_sure_pairs_searched_again_between_sure_pairs():
    # Lyon and Nantes recur across the feed (source items 2, 7, 9; target items 2, 7: item 9's
    # translation lost them), so over the whole feed they tie nothing; between the sure pairs
    # (0, 0) and (4, 4) each occurs once per side and ties item 2 to item 2.
    source = [_named("Aaron", "Bertil"), _named("Ceres"), _named("Lyon", "Nantes"), _named("Dijon"),
              _named("Quimper", "Rennes"), _named("Tours"), _named("Vannes"), _named("Lyon", "Nantes"),
              _named("Brest"), _named("Lyon", "Nantes")]
    target = source[:9] + [_named("Lorient")]
    assert sure_pairs(source, target) == [(0, 0), (2, 2), (4, 4)]


# --- documents --------------------------------------------------------------------

def make_doc(lang: str, paragraphs: list[list[str]], headline: str | None = None) -> Document:
    segs = []
    if headline is not None:
        segs.append(Segment(0, headline, Role.HEADLINE, 0))
    for p, texts in enumerate(paragraphs, start=1):
        for text in texts:
            segs.append(Segment(len(segs), text, Role.BODY, p))
    return Document("d", None, lang, segs)


def test_align_documents_headline_and_paragraphs():
    src = make_doc("fr", [[FR[0], FR[1]], [FR[2], FR[3]]], headline="Budget : le gouvernement fait ses comptes")
    tgt = make_doc("en", [[EN[0] + " " + EN[1]], [EN[3]]], headline="Budget: Government Does Its Sums")
    links = align_documents(src, tgt)
    assert pairs(links) == [((0,), (0,)), ((1, 2), (1,)), ((3,), ()), ((4,), (2,))]
    assert_cover(links, len(src.segments), len(tgt.segments))


def test_align_documents_unmarked_target_headline_and_flat_target():
    src = make_doc("fr", [[FR[0], FR[1]], [FR[2], FR[3]]], headline="Le budget en débat")
    tgt = make_doc("en", [["The Budget Under Debate"] + EN])
    links = align_documents(src, tgt)
    assert pairs(links) == [((k,), (k,)) for k in range(5)]


def test_align_documents_empty_target():
    src = make_doc("fr", [[FR[0]]], headline="Titre")
    tgt = Document("d", None, "en", [])
    assert pairs(align_documents(src, tgt)) == [((0,), ()), ((1,), ())]


# --- align_title ------------------------------------------------------------------

def test_align_title_repeated_and_untranslated_headline():
    title = Segment(0, "Paris touchée par des inondations record", Role.HEADLINE)
    tgt = Document("d", None, "en", [
        Segment(0, "Paris Hit by Record Floods", Role.HEADLINE, 0),
        Segment(1, "The Seine rose by two metres overnight.", Role.BODY, 1),
        Segment(2, "Paris hit by record floods", Role.BODY, 1),
        Segment(3, "Paris touchée par des inondations record", Role.BODY, 2),
        Segment(4, "Paris is hit by floods every spring.", Role.BODY, 2),
    ])
    links = align_title(title, tgt)
    assert pairs(links) == [((0,), (0,)), ((0,), (2,)), ((0,), (3,))]
    assert links[0].confidence == 1.0
    assert all(l.confidence >= 0.9 for l in links)


def test_align_title_without_marked_headline_uses_first_segment():
    title = Segment(0, "Grève dans les transports", Role.HEADLINE)
    tgt = Document("d", None, "en", [
        Segment(0, "Transport Strike", Role.BODY, 0),
        Segment(1, "A national strike is planned for November 14.", Role.BODY, 1),
    ])
    links = align_title(title, tgt)
    assert pairs(links) == [((0,), (0,))]
    assert 0.5 <= links[0].confidence < 1.0
    assert align_title(title, Document("d", None, "en", [])) == []


# --- properties -------------------------------------------------------------------

texts = st.lists(st.text(alphabet="abcdefghij ,.0123456789ABÉé«»", min_size=0, max_size=60), max_size=25)


@settings(max_examples=150, deadline=None)
@given(texts, texts)
def test_align_sequences_covers_every_index_once(source, target):
    assert_cover(align_sequences(source, target), len(source), len(target))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), texts), max_size=4),
       st.lists(st.tuples(st.integers(0, 4), texts), max_size=4),
       st.booleans(), st.booleans())
def test_align_documents_covers_every_segment_once(src_spec, tgt_spec, src_head, tgt_head):
    def build(spec, head):
        segs = []
        if head:
            segs.append(Segment(0, "Titre du jour", Role.HEADLINE, 0))
        for par, group in spec:
            for text in group:
                segs.append(Segment(len(segs), text, Role.BODY, par + 1))
        # Document order must follow paragraph order, as readers produce it.
        segs.sort(key=lambda s: (s.role is not Role.HEADLINE, s.paragraph, s.index))
        return Document("d", None, "x", [Segment(k, s.text, s.role, s.paragraph) for k, s in enumerate(segs)])

    src, tgt = build(src_spec, src_head), build(tgt_spec, tgt_head)
    assert_cover(align_documents(src, tgt), len(src.segments), len(tgt.segments))


# --- real data (skipped when absent) ----------------------------------------------

def test_real_newstest_documents(shared_data):
    # the shared folder as every test finds it (conftest's shared_data: $MTQA_SHARED_DATA, skipped when absent);
    # $MTQA_DATA names the user's language data, which this test read as the WMT folder and then skipped
    base = shared_data / "wmt14-fren"
    if not (base / "newstest2014.fr-en.docs.tsv").is_file():
        pytest.skip(f"newstest2014 not found under {base}")
    fr = (base / "newstest2014.fr-en.src.fr").read_text(encoding="utf-8").splitlines()
    en = (base / "newstest2014.fr-en.ref.en").read_text(encoding="utf-8").splitlines()
    docs: dict[str, list[int]] = {}
    with (base / "newstest2014.fr-en.docs.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            docs.setdefault(row["docid"], []).append(int(row["line"]) - 1)
    correct = total = 0
    for lines in list(docs.values())[:4]:
        # Drop the 4th target sentence, merge the 6th and 7th: the rest is 1-1.
        src = [Segment(k, fr[n], Role.HEADLINE if k == 0 else Role.BODY, 0 if k == 0 else 1 + k // 3)
               for k, n in enumerate(lines)]
        tgt_texts, truth = [], []
        k = 0
        while k < len(lines):
            if k == 3:
                truth.append(((k,), ()))
                k += 1
            elif k == 5 and k + 1 < len(lines):
                truth.append(((k, k + 1), (len(tgt_texts),)))
                tgt_texts.append(en[lines[k]] + " " + en[lines[k + 1]])
                k += 2
            else:
                truth.append(((k,), (len(tgt_texts),)))
                tgt_texts.append(en[lines[k]])
                k += 1
        tgt = [Segment(j, t, Role.HEADLINE if j == 0 else Role.BODY, 0 if j == 0 else 1) for j, t in enumerate(tgt_texts)]
        links = align_documents(Document("s", None, "fr", src), Document("t", None, "en", tgt))
        assert_cover(links, len(src), len(tgt))
        correct += len(set(pairs(links)) & set(truth))
        total += len(truth)
    assert correct / total >= 0.9

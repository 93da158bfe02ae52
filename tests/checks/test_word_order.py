"""A503 word-order-calque: French word order copied into an English word pair, read off counts, not a list."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.checks.word_order import _english_name, reordered
from mtqa.config import Config
from mtqa.context import Context
from mtqa.langs.word_order import word_orders
from mtqa.meaning.tokens import tokens


def _issues(source: str, target: str):
    ctx = Context(Config(select=("A503",)))
    return check_texts(target, source=source, ctx=ctx).issues


def test_an_adjective_left_after_its_noun_is_reported_with_the_english_order():
    source = "Les syndicats réclament davantage de moyens pour les transports publics de la région."
    [issue] = _issues(source, "The unions demand more means for the transport public of the region.")
    assert issue.code == "A503" and issue.text == "transport public"
    assert issue.suggestion == "public transport"
    assert "« transports publics »" in issue.message


def test_a_noun_of_noun_english_writes_as_a_compound_is_reported():
    source = "La crise de la dette inquiète les marchés européens depuis des mois."
    [issue] = _issues(source, "The crisis of the debt has worried the European markets for months.")
    assert issue.text == "crisis of the debt" and issue.suggestion == "debt crisis"


def test_the_english_order_is_not_reported():
    assert _issues("La crise de la dette inquiète les marchés européens depuis des mois.",
                   "The debt crisis has worried European markets for months.") == []
    assert _issues("Les syndicats réclament davantage de moyens pour les transports publics de la région.",
                   "The unions want more money for public transport in the region.") == []


def test_a_quotation_keeps_its_words():
    source = "Le ministre a parlé de « la crise de la dette » devant les députés."
    assert _issues(source, 'The minister spoke of "the crisis of the debt" before the deputies.') == []


def test_a_hyphenated_compound_is_not_a_pair_of_words():
    source = "Les syndicats réclament davantage de moyens pour les transports publics de la région."
    assert _issues(source, "The unions demand more means for the transport-public network of the region.") == []


def test_what_the_references_say_decides_not_a_list():
    units = {
        "order a b": (0, 4), "order a *": (0, 4), "order * b": (0, 4),   # reordered by translators
        "order c b": (3, 1), "order c *": (3, 1),                          # kept: "former deputy"
        "order d e": (0, 1), "order d *": (0, 1), "order * e": (1, 9),     # seen once: its second word decides
        "order m n": (0, 3), "order m *": (15, 16),                        # first word kept as often as not
    }
    assert reordered("order a b", units) == (0, 4, False)
    assert reordered("order c b", units) is None
    assert reordered("order d e", units) == (1, 9, True)
    assert reordered("order m n", units) is None
    assert reordered("order x y", units) is None


def test_a_capitalised_everyday_english_word_copied_from_the_source_is_a_name():
    class English:
        @staticmethod
        def zipf(word):
            return {"red": 5.0, "zuccotti": 0.0}.get(word, 0.0)

    [t] = tokens("Red", "en")
    assert _english_name("red", t, English)
    assert not _english_name(None, t, English)  # « red » written lower case in the source: not a name
    [t] = tokens("Zuccotti", "en")
    assert not _english_name("zuccotti", t, English)


def test_the_counts_ship_for_french_to_english_only():
    orders = word_orders("fr", "en")
    assert orders is not None and orders.units and orders.target
    assert word_orders("xx", "en") is None


def test_a_malformed_counts_file_of_a_data_folder_is_a_data_error_naming_it(tmp_path, monkeypatch):
    import gzip

    import pytest

    from mtqa.errors import DataError

    folder = tmp_path / "data" / "lexmodel"
    folder.mkdir(parents=True)
    monkeypatch.setenv("MTQA_DATA", str(tmp_path / "data"))
    path = folder / "word_order.fr-en.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("# counts\nunit\torder transport public\t0\t12\ntarget\tpublic transport\tmany\n")
    word_orders.cache_clear()
    try:
        with pytest.raises(DataError) as raised:
            word_orders("fr", "en")
        assert (raised.value.path, raised.value.line) == (str(path), 3)
        path.write_text("unit\torder a b\t1\t2\n", encoding="utf-8")  # not compressed
        word_orders.cache_clear()
        with pytest.raises(DataError, match="cannot be read as gzip"):
            word_orders("fr", "en")
    finally:
        word_orders.cache_clear()


def test_the_counts_are_loaded_for_a_source_with_a_word_pair_only():
    from mtqa.checks.word_order import reordered_units

    word_orders.cache_clear()
    reordered_units.cache_clear()
    try:
        # no two adjacent content words (a function word, a figure between): nothing to read, nothing loaded
        assert _issues("Le président a rencontré 3 ministres à Paris.", "The president met 3 ministers in Paris.") == []
        assert word_orders.cache_info().currsize == 0
        [issue] = _issues("La crise de la dette pèse sur les transports publics.",
                          "The debt crisis weighs on the transport public.")
        assert issue.text == "transport public" and word_orders.cache_info().currsize == 1
        assert word_orders("fr", "en").target.get("public transport", 0) > word_orders("fr", "en").target.get(
            "transport public", 0)  # the target pairs' counts answer from their table on disk like a dict
    finally:
        word_orders.cache_clear()
        reordered_units.cache_clear()


def _unit_pattern(kind: str, first: tuple, last: tuple) -> "re.Pattern":
    """The pattern a unit's screen was until stop 77, compiled per unit: the oracle :func:`_adjacent` must answer as."""
    import re

    from mtqa.checks.word_order import target_of
    from mtqa.langs.data import alternation

    of, article = target_of("en")
    middle = "[\\w']*[\\s']+" if kind == "order" else f"[\\w']*[\\s']+{of}[\\s']+(?:{article}[\\s']+)?"
    return re.compile(f"(?:{alternation(first)}){middle}(?:{alternation(last)})")


@pytest.mark.parametrize("low,kind,first,last,held", [
    ("the crisis of the debt weighs on us", "of", ("crisi",), ("debt",), True),
    ("the crisis of debt", "of", ("crisi",), ("debt",), True),
    ("the crisis of  the  debt", "of", ("crisi",), ("debt",), True),
    ("the crisis, of the debt", "of", ("crisi",), ("debt",), False),  # a comma between: no adjacent pair
    ("the crisis in the debt", "of", ("crisi",), ("debt",), False),
    ("the transport public", "order", ("transport",), ("publi",), True),
    ("the transports' public", "order", ("transport",), ("publi",), True),  # the apostrophe is part of the gap
    ("l'état public", "order", ("l",), ("état",), True),  # an apostrophe inside a word opens the gap
    ("the transport-public", "order", ("transport",), ("publi",), False),
    ("public transport", "order", ("transport",), ("publi",), False),
    ("the transport public", "order", ("", "transport"), ("",), False),  # empty words match nothing
])
def test_a_unit_s_screen_reads_two_adjacent_words_as_its_pattern_did(low, kind, first, last, held):
    from mtqa.checks.word_order import _adjacent

    assert _adjacent(low, kind, first, last, "en") is held
    assert (_unit_pattern(kind, first, last).search(low) is not None) is held


def test_a_unit_s_screen_answers_as_the_pattern_on_any_text():
    # the gap's classes ([\w']*[\s']+) read at every length, apostrophes inside words and no-break spaces included:
    # texts drawn from pieces that make many near misses, each answered as the per-unit pattern answered it
    import random

    from mtqa.checks.word_order import _adjacent

    rnd = random.Random(77)
    words = ["a", "b", "ab", "ba", "a'b", "é", "of", "of", "the", "x"]
    gaps = [" ", "  ", "'", " '", "\u00a0", "-", ",", ", ", ""]
    held = {"order": 0, "of": 0}
    for _ in range(20_000):
        low = "".join(rnd.choice(words) + rnd.choice(gaps) for _ in range(rnd.randint(0, 5)))
        first = tuple(rnd.choice(["a", "ab", "b", "", "é", "a'b"]) for _ in range(rnd.randint(1, 2)))
        last = tuple(rnd.choice(["a", "ab", "b", "", "ba", "the"]) for _ in range(rnd.randint(1, 2)))
        kind = rnd.choice(["order", "of"])
        answer = _adjacent(low, kind, first, last, "en")
        assert answer is (_unit_pattern(kind, first, last).search(low) is not None), (low, kind, first, last)
        held[kind] += answer
    assert held["order"] > 300 and held["of"] > 10  # the draw reaches the matches of both kinds, not only misses

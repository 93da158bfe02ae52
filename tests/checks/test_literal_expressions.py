"""A504 literal-expression: the learned table, its reading of a target, and the check's gates."""
from __future__ import annotations

import gzip

import pytest

from mtqa.api import check_pair
from mtqa.checks.phrase_calques import literal_renderings, source_expressions
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs.literal_expressions import _parse, gloss_window, literal_expressions
from mtqa.model import Document, DocumentPair, Link, Role, Segment

LANGS = ("fr", "en")


def check_flags(text, source=None, select=("A504",)):
    ctx = Context(Config(select=select))
    target = Document("t", None, "en", [Segment(0, text, Role.BODY, 0, 1, 0, multiline=False)])
    src = Document("t", None, "fr", [Segment(0, source, Role.BODY, 0, 1, 0, multiline=False)]) if source else None
    pair = DocumentPair("t", target, src, links=[Link((0,), (0,))] if source else [], meta={"prealigned": True})
    return check_pair(pair, ctx).issues


def flags(text, source=None, select=("A504",)):
    return [(i.code, i.text, i.suggestion) for i in check_flags(text, source, select)]


def test_the_shipped_table_loads_with_two_slots_an_entry():
    table = literal_expressions(*LANGS)
    assert table
    for entries in table.values():
        for exp in entries:
            assert len(exp.slots) >= 2 and all(exp.slots)
            assert exp.literal <= 1 and exp.seen >= 4
            # an expression the translators paraphrase is kept on more evidence: never a gloss, eight sentences
            assert exp.renderings or (exp.literal == 0 and exp.seen >= 8)


def test_an_expression_translators_paraphrase_is_flagged_without_a_suggestion():
    # « mis en examen »: "charged", "placed under investigation", "detained for questioning", never "put in
    # examination"; the table holds it with no rendering, so the check names the gloss and suggests nothing
    source = "Deux anciens ministres ont été mis en examen vendredi pour favoritisme."
    found = check_flags("Two former ministers were put in examination on Friday for favouritism.", source)
    assert [(i.code, i.text, i.suggestion) for i in found] == [("A504", "put in examination", None)]
    assert "words of their own" in found[0].message
    assert flags("Two former ministers were placed under investigation on Friday for favouritism.", source) == []
    assert flags("Two former ministers were charged on Friday with favouritism.", source) == []


def test_a_word_for_word_gloss_is_flagged_with_the_translators_rendering():
    found = flags("The former mayor was recognized guilty of corruption on Monday.",
                  "L'ancien maire a été reconnu coupable de corruption lundi.")
    assert found == [("A504", "recognized guilty", "convicted")]


def test_the_human_rendering_is_not_flagged():
    assert flags("The former mayor was convicted of corruption on Monday.",
                 "L'ancien maire a été reconnu coupable de corruption lundi.") == []


def test_nothing_without_the_expression_in_the_source():
    # the same English words, but the source says something else: the words were not adjacent in French
    assert flags("She recognized that the guilty party had fled.",
                 "Elle a reconnu que le coupable avait pris la fuite.") == []
    assert flags("The former mayor was recognized guilty of corruption.") == []  # no source at all


def test_a_clause_break_inside_the_span_is_no_phrase():
    assert literal_renderings("Il semble peu probable qu'il vienne.", "It seems little, probable or not, he comes.",
                              LANGS) == []


def test_a_copied_source_word_is_untranslated_not_calqued():
    # « claqué » left in French: the untranslated-word checks report it, not a calque
    assert literal_renderings("Le ministre a claqué la porte du gouvernement.",
                              "The minister claqué the door of the government.", LANGS) == []


def test_source_expressions_need_adjacent_words():
    assert [f.source for f in source_expressions("Une victoire paraît peu probable.", LANGS)] == ["peu probable"]
    assert source_expressions("Il a peu, probable-t-il, de chances.", LANGS) == ()


def test_gloss_window_reads_any_order_within_the_window():
    slots = (frozenset({"rat"}), frozenset({"director"}))
    assert gloss_window(slots, ["the", "director", "rat", "rose"]) == (1, 2)
    assert gloss_window(slots, ["rat", "of", "the", "director"]) == (0, 3)
    assert gloss_window(slots, ["rat", "of", "the", "new", "director"]) is None  # wider than slots + 2
    assert gloss_window((frozenset({"a"}), frozenset({"a"})), ["a", "b"]) is None  # each slot its own word


@pytest.mark.parametrize("target, source", [
    # slot words are renderings the news stands behind, not stray links ("cut", "light" for « coups de feu »)
    ("Gunfire rang out as police cut the lights.", "Des coups de feu ont retenti quand la police a coupé le courant."),
    # « main » is no "main": an English word of the source word's letters is another word
    ("The main work is seasonal in the region.", "La main-d'oeuvre est saisonnière dans la région."),
    ("The main work is seasonal in the region.", "La main-d'œuvre est saisonnière dans la région."),
    # one link of « valoir » to "argue" is no rendering
    ("It is fair to argue that the law failed.", "Il entend faire valoir que la loi a échoué."),
    # no figure in a slot, no piece of « quatre-vingt-dix » read as « vingt dix »
    ("Some 90 per cent of 10 to 20 year olds use it.", "Quelque quatre-vingt-dix pour cent des jeunes l'utilisent."),
    # « pendant » is a preposition: « pendant la crise » is no fixed expression
    ("Whilst the crisis raged, prices rose.", "Pendant la crise, les prix ont augmenté."),
    # "new failure" is English for « nouvel échec »
    ("The talks ended in a new failure.", "Les pourparlers se sont soldés par un nouvel échec."),
])
def test_correct_english_the_review_found_is_quiet(target, source):
    assert flags(target, source) == []


def test_a_human_rendering_is_read_as_words_not_letters():
    # "press" (« faire pression ») is not written inside "pressure": the gloss stays flagged
    assert flags("They want to make pressure on the government.", "Ils veulent faire pression sur le gouvernement.") \
        == [("A504", "make pressure", "press")]
    assert flags("They want to press the government.", "Ils veulent faire pression sur le gouvernement.") == []


def test_no_suggestion_when_the_span_holds_another_content_word():
    source = "Il a tenté de faire disparaître les preuves."
    assert flags("He tried to make the evidence disappear.", source) == [("A504", "make the evidence disappear", None)]
    assert flags("He tried to make disappear the evidence.", source) == [("A504", "make disappear", "remove")]
    # a word the rendering itself writes is not lost (« serre » follows the expression: "greenhouse")
    assert flags("Cutting gases of greenhouse effect is the aim.", "Réduire les gaz à effet de serre est le but.") \
        == [("A504", "gases of greenhouse effect", "greenhouse gases")]


def test_the_source_is_read_with_its_ligatures_written_out():
    assert [f.source for f in source_expressions("La main-d'œuvre manque.", LANGS)] == ["main-d'œuvre"]
    assert [f.source for f in source_expressions("La main-d'oeuvre manque.", LANGS)] == ["main-d'oeuvre"]


def test_a_corrupt_gzip_body_is_a_data_error(tmp_path):
    path = tmp_path / "literal.fr-en.tsv.gz"
    packed = bytearray(gzip.compress(("taux directeur\ttau directeur\trat;director\tkey rate\t9\t0\t0\t0\n" * 50)
                                     .encode("utf-8")))
    packed[20:40] = b"\xff" * 20  # a valid header, a broken deflate stream
    path.write_bytes(bytes(packed))
    with pytest.raises(DataError):
        _parse(path)


def test_a_malformed_table_is_a_data_error(tmp_path):
    path = tmp_path / "literal.fr-en.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("taux directeur\ttau directeur\trat\n")
    with pytest.raises(DataError):
        _parse(path)
    path.write_bytes(b"not gzip")
    with pytest.raises(DataError):
        _parse(path)


def test_a_derived_form_of_the_human_rendering_is_that_rendering():
    # « d'origine roumaine »: the table's rendering is "romania"; "Romanian origin" is English
    from mtqa.checks.phrase_calques import _holds

    assert _holds(["man", "of", "romanian", "origin"], ("romania",))
    assert not _holds(["man", "of", "roman", "origin"], ("romania",))
    assert flags("A man of Romanian origin was arrested.", "Un homme d'origine roumaine a été arrêté.") == []


def test_the_rendering_takes_the_case_of_a_headline_in_capitals():
    # the A50x checks' one case rule (mtqa.langs.trap_forms.cased): no mixed-case suggestion in a headline
    found = flags("FORMER MAYOR RECOGNIZED GUILTY OF CORRUPTION",
                  "L'ANCIEN MAIRE RECONNU COUPABLE DE CORRUPTION")
    assert found == [("A504", "RECOGNIZED GUILTY", "CONVICTED")]

"""One owner of a French place name's English forms (mtqa.names.exonym_forms.english_places), read by T201
and by the name checks alike."""
import pytest

from mtqa.langs import fold, language_pair
from mtqa.names.exonym_forms import english_places, exonym_rows

needs_dictionaries = pytest.mark.skipif(not language_pair("fr", "en").source.dictionaries,
                                        reason="the French and English dictionaries are not installed")


@needs_dictionaries
def test_the_owner_knows_the_forms_beyond_the_table():
    # « Les cargos ont franchi le Bosphore » is rendered "the Bosporus": FreeDict's place, not a table row;
    # « au Caire » drops the table's article (Le Caire); Pékin and Tasmanie are the table's own
    pair = language_pair("fr", "en")
    table = {fold(r["french"]) for r in pair.table("exonyms")}
    places = english_places(pair)
    expected = {"bosphore": "bosporus", "caire": "cairo", "pekin": "beijing", "tasmanie": "tasmania"}
    assert {k: places.get(k) for k in expected} == expected
    assert {"bosphore", "caire"}.isdisjoint(table)  # the table alone knows neither


def test_the_owner_leaves_out_mt_half_translations():
    # "Sudan du Sud" is MT's mix of the two languages, no spelling a French source writes
    pair = language_pair("fr", "en")
    half = [form for form, row in exonym_rows(pair).items() if row.get("half")]
    assert half
    places = english_places(pair)
    table = {fold(r["french"]) for r in pair.table("exonyms")}
    assert all(fold(form) not in places or fold(form) in table for form in half)


def test_the_name_checks_read_the_owner_not_the_table():
    # T106/T110, T105's readers and the swap readers took "Bosporus" for « Bosphore » as a replaced name
    # when they read the raw exonym table while T201 asked for it
    from mtqa.checks.name_swaps.name_words import english_place_names

    assert english_place_names("fr-en") == english_places(language_pair("fr", "en"))


def test_one_reading_of_the_tables_places_for_every_reader():
    # regnal forms' particles (« Frédéric de Danemark ») and A501's place evidence read the same exonym places,
    # chosen by the table's place kinds, not by the constant of the word-order reading
    from mtqa.checks.name_swaps import regnal_forms
    from mtqa.names import exonym_forms

    pair = language_pair("fr", "en")
    places = exonym_forms.exonym_places(pair)
    assert {"danemark", "denmark", "iles feroe", "faroe islands"} <= places
    persons = {fold(r["french"]) for r in pair.table("exonyms") if r.get("kind") == "person"}
    assert persons and not persons & places
    assert places <= exonym_forms.place_names(pair)
    assert not hasattr(regnal_forms, "_table_places")

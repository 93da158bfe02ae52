"""A635: a place of a list or a person's nationality that the translation dropped (mtqa/checks/dropped_places.py).

The exonym and demonym tables give the English forms; a list's rendered members show where the lost one stood,
and a nationality before a person's name is a fact the English sentence must keep.
"""
from __future__ import annotations

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context


def _a635(source: list[str], target: list[str], config: Config | None = None):
    ctx = Context(config) if config else None
    result = check_texts("\n\n".join(target), source="\n\n".join(source), ctx=ctx)
    return [i for i in result.issues if i.code == "A635"]


_HEAD = ("Pêche", "Fishing")
_LIST = "La flotte rentrera au port après des campagnes au large de l'Islande, de la Norvège et du Groenland."


def test_a_country_dropped_from_a_list_is_reported_on_the_rendered_members():
    target = "The fleet will return to port after campaigns off Iceland and Norway."
    found = _a635([_HEAD[0], _LIST], [_HEAD[1], target])
    assert len(found) == 1
    assert "« Groenland »" in found[0].message and "Greenland" in found[0].message
    assert found[0].text == "Iceland and Norway"


def test_the_whole_list_rendered_draws_nothing():
    target = "The fleet will return to port after campaigns off Iceland, Norway and Greenland."
    assert not _a635([_HEAD[0], _LIST], [_HEAD[1], target])


def test_a_list_member_moved_to_the_next_sentence_is_not_lost():
    source = [_HEAD[0], _LIST, "Les prises ont baissé cette année."]
    target = [_HEAD[1], "The fleet will return to port after campaigns off Iceland and Norway.",
              "Catches off Greenland fell this year."]
    assert not _a635(source, target)


def test_a_nationality_before_a_name_dropped_is_reported_and_its_people_noun_renders_it():
    source = ["Athlétisme", "La course a été remportée dimanche par le Suédois Anders Lindqvist, devant six mille "
                            "spectateurs."]
    lost = _a635(source, ["Athletics", "The race was won on Sunday by Anders Lindqvist, in front of six thousand "
                                       "spectators."])
    assert len(lost) == 1 and "« Suédois »" in lost[0].message
    assert not _a635(source, ["Athletics", "The race was won on Sunday by the Swede Anders Lindqvist, in front of "
                                           "six thousand spectators."])


def test_a_lone_place_is_read_only_when_asked():
    source = ["Économie", "Les exportations de blé ont nettement baissé cette année en Allemagne selon le ministère."]
    target = ["Economy", "Wheat exports fell sharply this year, according to the ministry."]
    assert not _a635(source, target)
    config = Config()
    config.options.setdefault("A635", {})["lone"] = True
    assert [i.code for i in _a635(source, target, config)] == ["A635"]


def test_a_place_after_a_feature_noun_is_part_of_the_features_name():
    source = ["Voile", "Trois bateaux ont démâté mardi dans le golfe de Gascogne pendant la tempête."]
    target = ["Sailing", "Three boats lost their masts on Tuesday in the Bay of Biscay during the storm."]
    config = Config()
    config.options.setdefault("A635", {})["lone"] = True  # every place read, not only a list's
    assert not _a635(source, target, config)


def test_places_joined_by_a_preposition_are_no_list():
    source = ["Politique", "Il est grand temps d'arrêter le cheval de Troie de la Flandre et la Norvège aussi."]
    target = ["Politics", "It is high time to stop the trojan horse of Flanders and Norway too."]
    assert not _a635(source, target)


def test_the_wires_short_forms_render_the_country():
    source = ["Diplomatie", "Le sommet réunira la Chine, les États-Unis et le Royaume-Uni en mars."]
    target = ["Diplomacy", "The summit will bring together China, the U.S. and the UK in March."]
    assert not _a635(source, target)


def test_an_english_name_of_the_exonym_tables_also_column_renders_the_place():
    source = ["Agriculture", "La sécheresse a réduit la récolte d'olives de la Sicile et des Pouilles cet été."]
    assert not _a635(source, ["Farming", "The drought cut the olive harvest of Sicily and Puglia this summer."])
    source = ["Archéologie", "Les fouilles ont repris en Asie centrale, en Égypte et au Proche-Orient."]
    assert not _a635(source, ["Archaeology", "Excavations have resumed in Central Asia, Egypt and the Near East."])
    lost = _a635(source, ["Archaeology", "Excavations have resumed in Central Asia and Egypt."])
    assert len(lost) == 1 and "« Proche-Orient »" in lost[0].message


def test_places_that_share_a_capital_render_one_another():
    source = ["Football", "Le match opposera l'Allemagne et l'Angleterre à Munich en juin."]
    assert not _a635(source, ["Football", "The match will pit Germany against Britain in Munich in June."])
    assert not _a635(source, ["Football", "The match will pit Germany against the UK in Munich in June."])
    assert len(_a635(source, ["Football", "The match will pit Germany against a rival in Munich in June."])) == 1


def test_a_sea_whose_noun_the_list_writes_once_is_rendered():
    source = ["Tourisme", "Les hôtels du pays bordent la mer Noire, la mer Rouge et la mer Morte."]
    for target in ("The country's hotels line the Black, Red and Dead Seas.",
                   "The country's hotels line the Black Sea and the Red, and Dead Seas."):
        assert not _a635(source, ["Tourism", target]), target
    lost = _a635(source, ["Tourism", "The country's hotels line the Black and Dead Seas."])
    assert len(lost) == 1 and "« mer Rouge »" in lost[0].message
    lost = _a635(source, ["Tourism", "The country's hotels line the Black Sea, the red sea and the Dead Sea."])
    assert not lost  # the English name itself, in any case, is read by the plain lookup

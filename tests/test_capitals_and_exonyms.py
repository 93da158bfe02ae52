"""A capital standing for its government (A611, capitals table) and an exonym of the table (T106).

News names a government by its capital (« Djakarta impose », « Moscou dément »); a translation that writes
the country or "the government" in its place leaves no name out. A name the exonym table gives an English
form for (Célèbes: Sulawesi) is the same name in English, no replaced one.
"""
from __future__ import annotations

from mtqa.api import check_texts


def _codes(source: list[str], target: list[str]) -> list[tuple[str, str]]:
    result = check_texts("\n\n".join(target), source="\n\n".join(source))
    return [(i.code, i.text) for i in result.issues]


_SOURCE = [
    "Crise des changes",
    "Le ministre des finances a annoncé mardi que la mesure entrerait en vigueur dès la semaine prochaine.",
    "En Russie, Moscou impose de nouvelles taxes sur les exportations de blé vers l'Europe.",
    "Selon les experts, Moscou impose de nouvelles taxes sur les exportations de blé vers l'Europe.",
]


def _target(third: str, fourth: str) -> list[str]:
    return ["Currency crisis",
            "The finance minister announced on Tuesday that the measure would take effect as early as next week.",
            third, fourth]


def test_a_capital_rendered_by_its_country_or_the_government_is_no_omitted_name():
    codes = _codes(_SOURCE, _target("In Russia, the government imposes new taxes on wheat exports to Europe.",
                                    "According to experts, the government imposes new taxes on wheat exports to "
                                    "Europe."))
    assert not [c for c in codes if c[0] in ("A611", "T112")]


def test_a_capital_left_out_with_no_country_nor_government_is_still_reported():
    codes = _codes(_SOURCE, _target("In Russia, the government imposes new taxes on wheat exports to Europe.",
                                    "According to experts, imposes new taxes on wheat exports to Europe."))
    assert [c for c in codes if c[0] == "A611"]


def test_an_exonym_of_the_table_is_no_replaced_name():
    source = ["Couvre-feu", "Les autorités ont imposé un couvre-feu à Célèbes après les émeutes de lundi soir."]
    good = ["Curfew", "The authorities imposed a curfew on Sulawesi after the riots on Monday evening."]
    assert not [c for c in _codes(source, good) if c[0] in ("T106", "T201")]
    kept = ["Curfew", "The authorities imposed a curfew on Célèbes after the riots on Monday evening."]
    assert ("T201", "Célèbes") in _codes(source, kept)


# A capital stands for its government only at the head of its clause or as its agent; after a preposition of
# place it is the city, and the country named elsewhere in the sentence renders nothing of it (rv73a item 2).
_OPENING = ["Titre", "Le ministre des finances a annoncé mardi que la mesure entrerait en vigueur dès la semaine "
            "prochaine."]
_OPENING_EN = ["Title", "The finance minister announced on Tuesday that the measure would take effect as early as "
               "next week."]


def _lost(sentence: str, translation: str) -> list[tuple[str, str]]:
    return [c for c in _codes(_OPENING + [sentence], _OPENING_EN + [translation]) if c[0] in ("A611", "T112")]


def test_a_capital_that_is_a_place_is_reported_though_the_sentence_names_its_country():
    assert _lost("Deux bombes ont explosé lundi à Bagdad, faisant neuf morts en Irak.",
                 "Two bombs exploded on Monday, killing nine people in Iraq.")
    assert _lost("Une explosion a fait quatre blessés samedi à Kaboul, en Afghanistan.",
                 "An explosion injured four people on Saturday in Afghanistan.")


def test_a_capital_heading_a_headline_clause_rendered_by_its_country_is_no_omitted_name():
    assert not _lost("Indonésie : Djakarta impose une taxe sur les exportations de nickel.",
                     "Indonesia imposes a tax on nickel exports.")


def test_a_capital_after_que_rendered_by_its_country_or_a_government_noun_is_no_omitted_name():
    source = "La porte-parole a affirmé jeudi que Moscou refusait toute négociation sur le gazoduc."
    assert not _lost(source, "The spokeswoman said on Thursday that Russia refused any negotiation on the pipeline.")
    assert not _lost(source, "The spokeswoman said on Thursday that the government refused any negotiation on the "
                             "pipeline.")
    assert _lost(source, "The spokeswoman said on Thursday that refused any negotiation on the pipeline.")


def test_the_country_must_stand_where_the_capital_stood():
    # the country rendered from « En Russie » is no rendering of the capital, whose place is empty
    assert _lost("En Russie, Moscou impose de nouvelles taxes sur les exportations de blé vers l'Europe.",
                 "In Russia, imposes new taxes on wheat exports to Europe.")


def test_the_capitals_table_holds_every_english_form_and_leaves_out_brussels_and_rangoon():
    from mtqa.checks.omitted_names import _capitals
    from mtqa.context import Context
    from mtqa.langs import fold

    capitals = _capitals(Context().pair)
    assert {"czech republic", "czechia"} <= set(capitals["prague"])
    assert fold("Türkiye") in capitals["ankara"] and "turkey" in capitals["ankara"]
    assert "bruxelles" not in capitals and "rangoun" not in capitals and "jerusalem" not in capitals


def test_the_wires_short_forms_of_a_country_render_its_capital():
    source = "Mercredi, Washington a rejeté l'accord commercial proposé par les Européens."
    for country in ("the US", "the U.S.", "America"):
        assert not _lost(source, f"On Wednesday, {country} rejected the trade deal proposed by the Europeans.")
    source = "Selon Londres, l'accord commercial ne protège pas assez les pêcheurs."
    for country in ("Britain", "the UK"):
        assert not _lost(source, f"According to {country}, the trade deal does not protect fishermen enough.")


def test_officials_render_the_government_a_capital_stands_for():
    assert not _lost("Mercredi, Moscou a rejeté l'accord commercial proposé par les Européens.",
                     "On Wednesday, officials rejected the trade deal proposed by the Europeans.")


def test_the_forms_looked_for_in_the_target_are_english_only():
    from mtqa.checks.omitted_names import _capitals
    from mtqa.context import Context

    capitals = _capitals(Context().pair)
    assert "allemagne" not in capitals["berlin"] and "germany" in capitals["berlin"]
    assert {"us", "u.s.", "america", "united states"} <= set(capitals["washington"])


# fx74: the object of a verb of reaction (fr.toml government_seat_verbs, every form from the dictionary) is a
# government too: the same evidence, a country or government noun where the capital stood, quiets the loss
def test_a_capital_object_of_a_verb_of_reaction_rendered_by_a_government_noun_is_no_omitted_name():
    assert not _lost("Le ministre accuse Moscou de soutenir les rebelles dans l'est du pays.",
                     "The minister accuses the government of supporting the rebels in the east of the country.")
    assert not _lost("Le ministre des affaires étrangères a exhorté Washington à lever les sanctions contre Cuba.",
                     "The foreign minister urged the administration to lift sanctions against Cuba.")


def test_a_capital_object_of_a_verb_of_reaction_left_out_or_after_another_verb_is_still_reported():
    assert _lost("Le ministre accuse Moscou de soutenir les rebelles dans l'est du pays.",
                 "The minister accuses of supporting the rebels in the east of the country.")
    # a visit is to the city: no verb of reaction, so "the government" there renders nothing of it
    assert _lost("Le ministre visite Moscou pour soutenir les rebelles dans l'est du pays.",
                 "The minister visits the government to support the rebels in the east of the country.")


def test_the_verbs_of_reaction_are_read_in_every_form_the_dictionary_makes():
    from mtqa.checks.omitted_names import _seat_verb_forms
    from mtqa.langs import language

    forms = _seat_verb_forms("fr")
    assert {"critiquer", "accuser"} <= forms and "visite" not in forms
    if language("fr").dictionaries:
        assert {"critiqué", "accuse", "accusent", "exhorté", "condamnait"} <= forms

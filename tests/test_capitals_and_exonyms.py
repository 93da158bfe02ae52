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


def test_the_capitals_table_holds_every_english_form_and_leaves_out_brussels_and_rangoon():
    from mtqa.checks.omitted_names import _capitals
    from mtqa.context import Context
    from mtqa.langs import fold

    capitals = _capitals(Context().pair)
    assert {"czech republic", "czechia"} <= set(capitals["prague"])
    assert fold("Türkiye") in capitals["ankara"] and "turkey" in capitals["ankara"]
    assert "bruxelles" not in capitals and "rangoun" not in capitals and "jerusalem" not in capitals

"""Source names copied in lower case (issue 12, lc33): A205 reports a capitalised source name the translation
wrote in lower case where the copy is French by evidence, with the English form of the name as suggestion;
English words equal to a name, addresses, hashtags and names the source writes in lower case stay quiet."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from tests.checks.accuracy_helpers import aligned_pair, context


def a205(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion) for i in check_pair(pair, context(("A205",))).issues if i.code == "A205"]


@pytest.mark.parametrize("source,target,expected", [
    # a French word part of a hyphenated name
    ("Les habitants d'Amiens-Nord attendent la rénovation de leur quartier.",
     "the residents of amiens-nord are waiting for their district to be renovated .",
     [("amiens-nord", "Amiens-Nord")]),
    # a French accent letter
    ("Le festival a rendu hommage à Élisabeth Vernier, disparue en mars.",
     "the festival paid tribute to élisabeth vernier , who died in march .",
     [("élisabeth", "Élisabeth")]),
    ("Les randonneurs traversent la Forêt-Noire chaque été.",
     "hikers cross the forêt-noire every summer .",
     [("forêt-noire", "Forêt-Noire")]),
    # the French form of a name the exonym table gives another English form: the suggestion
    ("Les ports de Poméranie ont rouvert lundi.",
     "the ports of poméranie reopened on monday .",
     [("poméranie", "Pomerania")]),
    # a name the target language writes without the source's accents: its form (exonyms.target_form), as A611's
    ("Le festival de jazz de Montréal commence demain.",
     "the montréal jazz festival starts tomorrow .",
     [("montréal", "Montreal")]),
])
def test_a_lower_cased_french_name_is_reported(source, target, expected):
    assert a205(source, target) == expected


@pytest.mark.parametrize("source,target", [
    # an English word equal to the name
    ("Le maire de Nice a inauguré le tramway.", "the mayor of nice inaugurated the tramway ."),
    ("Le groupe Orange a annoncé des bénéfices en hausse.", "the orange group announced rising profits ."),
    # the target's own lower-case style: an address, a hashtag
    ("Le site Amiens-Nord publie les horaires.", "the site www.amiens-nord.fr publishes the timetable."),
    ("Les habitants d'Amiens-Nord en parlent sur Twitter.", "The residents talk about it under #amiens-nord."),
    # the source writes the name in lower case too
    ("Le blog Amiens-Nord (amiens-nord sur le réseau) se développe.",
     "The Amiens-Nord blog (amiens-nord on the network) is growing."),
    # a lower-cased name of another language, with no French evidence
    ("La gare de Berlin-Lichtenberg a été évacuée.", "the berlin-lichtenberg station was evacuated ."),
    # the name written as the source writes it
    ("Les habitants d'Amiens-Nord attendent la rénovation.", "The residents of Amiens-Nord are waiting for renovation."),
])
def test_no_report_without_french_evidence_or_in_the_target_style(source, target):
    assert a205(source, target) == []


def _messages(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [i.message for i in check_pair(pair, context(("A205",))).issues if i.code == "A205"]


def test_an_accent_letter_alone_claims_no_language():
    # é is Spanish as much as French: the copy is reported, the name is not called French
    [message] = _messages("Le juge Meléndez a rendu son verdict hier.", "judge meléndez delivered his verdict yesterday .")
    assert "copied from the source in lower case" in message
    assert "French" not in message.split("copied")[0]
    # a French common word in the compound does say French
    [message] = _messages("Les habitants d'Amiens-Nord attendent.", "the residents of amiens-nord are waiting .")
    assert "is the French name “Amiens-Nord”" in message


def test_a_name_with_an_elided_part_is_read_whole():
    # « Saint-Jean-d'Angély »: the copy is the whole name, not "saint-jean-d" with a name "Saint-Jean-d"
    assert a205("Le stade de Saint-Jean-d'Angély était plein.", "the stadium of saint-jean-d'angély was full .") \
        == [("saint-jean-d'angély", "Saint-Jean-d'Angély")]
    # an elision before the name stays apart from it
    assert a205("Le maire d'Évry a démissionné.", "the mayor d'évry resigned .") == [("évry", "Évry")]


def test_a_source_sentence_is_read_for_names_once_for_all_its_translations():
    """Every system's translation of a source sentence asks for its names again: they are read once."""
    from mtqa.checks.lowered_names import _source_names

    source = "Les habitants d'Amiens-Nord ont manifesté samedi."
    before = _source_names.cache_info()
    a205(source, "The residents of amiens-nord demonstrated on Saturday.")
    a205(source, "People from amiens-nord protested on Saturday.")
    after = _source_names.cache_info()
    assert after.misses - before.misses <= 1 and after.hits > before.hits


def test_a_translation_with_no_lowered_source_name_is_screened_out(monkeypatch):
    """Nearly every translation writes no source name in lower case: one set test on its words (in C) says
    so, and its words are not walked one by one (``_NAME.finditer``, the check's Python loop)."""
    import re

    from mtqa.checks import lowered_names as module

    source = "Les élus de Villeneuve-sur-Lot ont voté le budget mardi."
    walked = []

    class Counting:
        pattern = re.compile(module._NAME.pattern)

        def findall(self, text):
            return self.pattern.findall(text)

        def finditer(self, text):
            if text != source:  # the source's names are read as before (and kept: _source_names)
                walked.append(text)
            return self.pattern.finditer(text)

    monkeypatch.setattr(module, "_NAME", Counting())
    assert a205(source, "The councillors of Villeneuve-sur-Lot voted on the budget on Tuesday.") == []
    assert walked == []
    # a lower-case copy passes the screen and is read as before
    assert a205(source, "the councillors of villeneuve-sur-lot voted on the budget on tuesday .") \
        == [("villeneuve-sur-lot", "Villeneuve-sur-Lot")]
    assert walked == ["the councillors of villeneuve-sur-lot voted on the budget on tuesday ."]


def test_a_translation_holding_no_reportable_form_is_not_split(monkeypatch):
    """A translation is split into words only when it holds, as letters anywhere, the lower-case form of a
    source name the check could report (four letters or more, never lower case in the source): a test per
    form in C. Short capitals opening sentences (« Le », « Il ») and names the translation writes with their
    capital (Villeneuve-sur-Lot) are no such form in it."""
    import re

    from mtqa.checks import lowered_names as module

    split = []

    class Counting:
        pattern = re.compile(module._NAME.pattern)

        def findall(self, text):
            split.append(text)
            return self.pattern.findall(text)

        def finditer(self, text):
            return self.pattern.finditer(text)

    monkeypatch.setattr(module, "_NAME", Counting())
    source = "Le maire de Villeneuve-sur-Lot a parlé. Il a voté le budget."
    kept = "The mayor of Villeneuve-sur-Lot spoke. He voted on the budget."
    assert a205(source, kept) == []
    assert kept not in split
    # a form inside a longer word passes the screen and is then read word by word, as before
    inside = "The mayor of xvilleneuve-sur-lot spoke. He voted on the budget."
    assert a205(source, inside) == []
    assert inside in split
    lowered = "the mayor of villeneuve-sur-lot spoke . he voted on the budget ."
    assert a205(source, lowered) == [("villeneuve-sur-lot", "Villeneuve-sur-Lot")]


def test_a_source_read_for_names_keeps_only_its_lower_case_words_that_are_also_names():
    """The memo of a source's names is kept for thousands of sources: of the words it writes in lower case, only
    those that are a name's form too are kept (the only ones ever looked up), and the flags stay the same."""
    from mtqa.checks.lowered_names import _source_names

    source = "Le maire de Lyon a rencontré la presse à lyon, puis à Paris, samedi."
    capital, lower = _source_names((source,))
    assert capital["lyon"] == "Lyon" and capital["paris"] == "Paris"
    assert lower == frozenset({"lyon"})
    assert a205(source, "The mayor of lyon met the press in lyon on Saturday.") == []  # the source writes it so
    assert a205("Le maire d'Évry a parlé à la presse samedi.", "the mayor of évry spoke to the press on Saturday.") \
        == [("évry", "Évry")]


def _codes(source: str, target: str, select):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.code, i.text, i.suggestion) for i in check_pair(pair, context(select)).issues]


def test_a_lowered_name_is_reported_once_by_a205_with_the_english_form():
    """F201 also reads a capitalised source word copied in lower case; where A205 reports it (and runs), F201
    leaves it to A205, whose suggestion is the English form (Pomerania, not the French Poméranie)."""
    source = "Les pêcheurs de Poméranie ont manifesté samedi à Gdansk."
    target = "the fishermen of poméranie demonstrated on saturday in Gdansk ."
    assert _codes(source, target, ("A205", "F201")) == [("A205", "poméranie", "Pomerania")]
    # F201 alone still reports it
    assert _codes(source, target, ("F201",)) == [("F201", "poméranie", "Poméranie")]
    # a name A205 has no French evidence for stays F201's
    assert _codes("La direction du Hamas a répondu jeudi.", "the leadership of hamas replied on Thursday .",
                  ("A205", "F201")) == [("F201", "hamas", "Hamas")]


def test_a205_and_a611_suggest_the_same_form_of_a_name():
    """The form of a source name a check writes back is exonyms.target_form's, whichever check writes it: A205 for
    a name copied in lower case, A611 for a name left out (Montreal for Montréal, not one of each)."""
    from mtqa.names.exonym_forms import target_form
    from mtqa.config import Config
    from mtqa.context import Context

    pair = Context(Config()).pair  # the language pair (French -> English) both checks read
    assert a205("Le festival de jazz de Montréal commence demain.", "the montréal jazz festival starts tomorrow .") \
        == [("montréal", target_form(pair, "Montréal"))]

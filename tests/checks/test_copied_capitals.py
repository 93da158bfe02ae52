"""Capitalised source words copied into the translation that are no names (issue 12, names6): A205 reports
a French common word left inside a name the translation rebuilt in English, or a plural common noun on its
own; names, titles copied whole and words English knows stay quiet. T201 mixes the words of a compound
name in either name's order (United Etats, Saudi Arabie)."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from tests.checks.accuracy_helpers import aligned_pair, context


def found(codes: tuple[str, ...], source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.code, i.text) for i in check_pair(pair, context(codes)).issues if i.code in codes]


def a205(source: str, target: str):
    return [text for code, text in found(("A205",), source, target) if code == "A205"]


@pytest.mark.parametrize("source,target,expected", [
    # the rest of the name put into English, one source word left
    ("Les pays de la Communauté andine ouvrent leurs frontières.", "The countries of the Community Andine open their borders.",
     ["Andine"]),
    ("Le pilote servait dans l'Armée républicaine depuis dix ans.", "The pilot had served in the Républicaine Army for ten years.",
     ["Républicaine"]),
    # a plural common noun on its own, capitalised but no name
    ("Les étudiants de Lyon manifestent devant la préfecture.", "The Etudiants of Lyon demonstrate outside the prefecture.",
     ["Etudiants"]),
    ("Le chef des Templiers a été arrêté hier soir.", "The head of the Templiers was arrested last night.",
     ["Templiers"]),
    # the singular is judged as the source spells it (aéroport; the unaccented aeroport is in names)
    ("Il dirige la société d'Aéroports et Services.", "He runs the company of Aéroports and Services.",
     ["Aéroports"]),
    # a word on its own that the source writes in lower case only
    ("Ils vivent dans une bourgade de montagne.", "They live in a mountain Bourgade.", ["Bourgade"]),
    # quoted speech is translated like the rest
    ("« Je défends les Templiers de ma ville », a-t-il dit.", "“I defend the Templiers of my town,” he said.",
     ["Templiers"]),
    # a word the target language writes only inside a phrase it borrowed (coup d'état): its frequency is
    # the phrase's, not its own
    ("Le ministère de l'État a licencié.", "The Etat Department laid off staff.", ["Etat"]),
    ("Les États d'Europe ont voté hier.", "The Etats of Europe voted yesterday.", ["Etats"]),
    # ... and alone, out of the phrase, it is the source's word even where the source capitalises it
    ("Le secrétaire d'État a démissionné.", "The Secretary of Etat resigned.", ["Etat"]),
    ("Le chef de l'État a parlé.", "The head of Etat spoke.", ["Etat"]),
    # a word the target language meets only in names (Energie, Islamique: some thirty times less often than
    # the source language writes it) is still the source's word when the rest of the name is put into English
    ("Le ministre de l'Énergie a démissionné.", "The Energie Minister resigned.", ["Energie"]),
    ("Le Parti islamique a revendiqué l'attaque.", "The Islamique Party claimed the attack.", ["Islamique"]),
    # after a determiner or quantifier of the source (certains, différents, nombreux): a common word
    ("Certains États membres refusent l'accord.", "Certain Etats members refuse the deal.", ["Etats"]),
    ("Les différents États membres ont signé.", "The various Etats members signed.", ["Etats"]),
    ("De nombreux États ont voté contre.", "Many Etats voted against.", ["Etats"]),
    # a person named after the title is no word of the title's name: the run ends before the first name
    ("La secrétaire d'État Marion Dufresnel a démissionné.", "Secretary of Etat Marion Dufresnel resigned.", ["Etat"]),
])
def test_copied_capital_common_words(source, target, expected):
    assert a205(source, target) == expected


@pytest.mark.parametrize("source,target", [
    # a title or name copied whole, with its source function words
    ("Elle a relu Les Misérables cet été.", "She read Les Misérables again this summer."),
    ("Il donne chaque hiver aux Restos du Cœur.", "Every winter he gives to the Restos du Cœur."),
    # the name kept whole as the source writes it (no word of it translated)
    ("Le groupe Vision Diversité visite les écoles.", "The group Vision Diversité visits schools."),
    # a singular word after a title: a surname (the source has it as a name)
    ("Le frère Soumis enseignait alors à Montréal.", "Brother Soumis was then teaching in Montreal."),
    # the word translated, or a word English writes too
    ("Les étudiants de Lyon manifestent.", "Lyon's Students demonstrate."),
    ("Les Mayas n'avaient pas prédit la fin du monde.", "The Mayas had not predicted the end of the world."),
    # an article is no word of the name put into English: La Frauda is a place
    ("Il a été arrêté à La Frauda, près de la frontière.", "He was arrested in The Frauda, near the border."),
    # quoted: a title the translation keeps
    ("Le concert « Étudiants » a lieu ce soir.", "The concert “Etudiants” takes place tonight."),
    # a place whose name is the plural of a word French writers hardly use (crolle)
    ("Un randonneur s'est perdu sous la Dent de Crolles.", "A hiker got lost under the Tooth of Crolles."),
    # the source writes the word capitalised as well: a name (a singular word needs the lower-case evidence)
    ("Le groupe Bourgade joue ce soir dans la bourgade.", "The band Bourgade plays tonight in the small town."),
    # a title or band the source starts with a capitalised article inside the sentence
    ("Le film Les Choristes est ressorti en salle.", "The film Choristes is back in cinemas."),
    ("Il chante avec Les Enfoirés depuis vingt ans.", "He has sung with the Enfoirés for twenty years."),
    # the borrowed phrase itself, or the word elided as the source writes it
    ("Le coup d'État a échoué.", "The coup d'Etat failed."),
    ("Le Conseil d'État a tranché.", "The Conseil d'Etat ruled."),
    # a word the target language writes nearly as often as the source (Roms: 2.8 against 3.7) is its own too
    ("Les Roms du quartier ont voté.", "The Roms of the district voted."),
    # a town named like a common noun of the source (rennes: reindeer), which the target's dictionary lists
    ("Le musée des Beaux-Arts de Rennes a rouvert samedi après des travaux.",
     "The Rennes Museum of Fine Arts reopened on Saturday after works."),
    # ... and a word the target meets in names (some thirty times less than the source) stands alone as one
    ("Le préavis a été déposé par Unsa et Indépendants.", "The notice was filed by UNSA and the Indépendants."),
    # a word the target meets in names or in a borrowed phrase, which the source only sets as a name after a
    # common noun (le parti Avenir, la chanteuse Blanche): the name kept, its common noun translated
    ("Le parti Avenir a obtenu 5 % des voix.", "The Avenir Party won 5% of the vote."),
    ("Les magasins Printemps ont fermé dimanche.", "The Printemps Stores closed on Sunday."),
    ("La chanteuse Blanche a sorti un album.", "The singer Blanche released an album."),
    ("La revue Vivant a été lancée en mars.", "The magazine Vivant was launched in March."),
    ("Le voilier Joie a chaviré au large.", "The yacht Joie capsized offshore."),
    # not in the source: nothing says it was copied
    ("Les jeunes de Lyon manifestent.", "Lyon's Etudiants demonstrate."),
])
def test_names_and_titles_stay(source, target):
    assert a205(source, target) == []


def test_a_place_of_the_exonym_table_is_left_to_t201():
    codes = ("A205", "T201")
    issues = found(codes, "Les États-Unis et l'Arabie saoudite ont signé.", "The United Etats and Saudi Arabie signed.")
    assert issues == [("T201", "United Etats"), ("T201", "Saudi Arabie")]


@pytest.mark.parametrize("source,target,expected", [
    ("Le Royaume-Uni a voté.", "The United Royaume voted.", ["United Royaume"]),
    ("Les pays d'Amérique latine ont voté.", "The countries of Latin Amérique voted.", ["Latin Amérique"]),
])
def test_compound_names_mixed_in_the_target_order(source, target, expected):
    assert [text for code, text in found(("T201",), source, target)] == expected


@pytest.mark.parametrize("target", ["The United Kingdom voted.", "The countries of Latin America voted."])
def test_compound_names_in_english_stay(target):
    source = "Le Royaume-Uni a voté." if "Kingdom" in target else "Les pays d'Amérique latine ont voté."
    assert found(("T201",), source, target) == []


@pytest.mark.parametrize("source,target", [
    # every word capitalised: the run of capitals is the headline, no name rebuilt around the copied word
    ("L'association Aubépine plante des arbres", "Charity Aubépine Plants Trees Along The River"),
    ("Le cheval Marmotte gagne encore", "Racehorse Marmotte Wins Again"),
])
def test_a_name_kept_in_a_title_case_heading_stays(source, target):
    assert a205(source, target) == []
    pair = aligned_pair([(source, target), ("Le reste suit.", "The rest follows.")])
    assert [i.text for i in check_pair(pair, context(("A205",))).issues if i.code == "A205"] == []


def test_a_copied_common_word_in_a_title_case_heading_is_still_reported():
    # judged as if on its own: the source writes it in lower case only
    assert a205("Les pays de la Communauté andine ouvrent leurs frontières",
                "Countries Of The Community Andine Open Their Borders") == ["Andine"]


def test_a_source_sentence_is_read_for_its_letters_once_for_all_its_translations(monkeypatch):
    """Every system's translation of a source sentence asks for the source's words again (all, lower-case,
    capitalised, and those after a capitalised article): they are read once per source and kept, not three
    times over for each translation."""
    import re

    from mtqa.checks import copied_capitals as module

    source = "Les étudiants de Grenoble manifestent devant la mairie."  # a sentence of this test only
    read = []

    class Counting:
        pattern = re.compile(module._LETTERS.pattern)

        def findall(self, text):
            if text == source:
                read.append(text)
            return self.pattern.findall(text)

    monkeypatch.setattr(module, "_LETTERS", Counting())
    pair = aligned_pair([("Titre", "Title"), (source, "The Etudiants of Grenoble demonstrate outside the town hall."),
                         (source, "The Etudiants of Grenoble are protesting in front of the town hall.")])
    ctx = context(("A205",))
    first = [i.text for i in check_pair(pair, ctx).issues if i.code == "A205"]
    assert first == ["Etudiants", "Etudiants"]
    assert len(read) == 1


def test_an_ascii_translation_is_not_searched_for_accented_capitals(monkeypatch):
    """The accented-capital pattern needs a letter of à-ÿ: an ASCII translation is answered without it, and a
    translation with an accent is still searched (the opening grammar word ``Malgré`` is still found)."""
    from mtqa.checks import copied_capitals as module

    searched = []
    real = module._ACCENTED_CAPITAL

    class Watching:
        def search(self, text):
            searched.append(text)
            return real.search(text)

    monkeypatch.setattr(module, "_ACCENTED_CAPITAL", Watching())
    a205("Les étudiants de Lyon manifestent devant la préfecture.", "The Etudiants of Lyon demonstrate outside the prefecture.")
    assert searched == []
    a205("Malgré la pluie, le match a eu lieu.", "Malgré the rain, the match took place.")
    assert searched == ["Malgré the rain, the match took place."]

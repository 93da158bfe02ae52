"""A619-A621: measures and counts written in French grammar (« long de 172 km », « un producteur de 58 ans »,
« 12 morts, dont 3 enfants »), read as grammar."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs import measures
from mtqa.langs.measures import aged_nouns, measure_adjectives, parts_without_verb

CODES = ("A619", "A620", "A621")


def _issues(target: str, source: str | None = None, codes: tuple = CODES):
    ctx = Context(Config(select=codes))
    return [i for i in check_texts(target, source=source, ctx=ctx).issues if i.code in codes]


# -- flagged: any adjective, person or figure, read by the shape alone ------------------------------------------

@pytest.mark.parametrize("source, target, code, span, suggestion", [
    ("La 14e étape, longue de 172 km, mènera le peloton au Grand Colombier.",
     "The 14th stage, long of 172 km, will take the pack to the Grand Colombier.",
     "A619", "long of 172 km", "172 km long"),
    ("Une délégation forte de 60 membres a quitté Dakar mardi.",
     "A delegation strong of 60 members left Dakar on Tuesday.",
     "A619", "strong of 60 members", "60 members strong"),
    ("Le suspect, âgé de 58 ans, a été placé en garde à vue.",
     "The suspect, aged of 58 years, was taken into custody.",
     "A619", "aged of 58 years", "aged 58"),
    ("Le doyen du village, âgé de plus de 100 ans, a voté dimanche.",
     "The village elder, aged of more than 100 years old, voted on Sunday.",
     "A619", "aged of more than 100 years old", "aged more than 100"),
    ("Le fossé, profond d'environ 30 mètres, a été comblé.",
     "The ditch, deep of about 30 metres, has been filled in.",
     "A619", "deep of about 30 metres", "about 30 metres deep"),
    ("Un producteur de 58 ans venu de Kericho a vendu sa récolte à perte.",
     "A producer of 58 years come from Kericho sold his harvest at a loss.",
     "A620", "A producer of 58 years", "A 58-year-old producer"),
    ("Une cycliste de 46 ans a été renversée par un camion.",
     "A cyclist of 46 years was hit by a lorry.",
     "A620", "A cyclist of 46 years", "A 46-year-old cyclist"),
    ("Un jeune homme de 18 ans a été interpellé.",
     "A young man of 18 years old was arrested.",
     "A620", "A young man of 18 years old", "A young 18-year-old man"),
    ("Une Australienne de 52 ans a été tuée.",
     "An Australian of 52 years was killed.",
     "A620", "An Australian of 52 years", "A 52-year-old Australian"),
    ("Un garçon de huit ans a disparu samedi.",
     "A boy of eight years disappeared on Saturday.",
     "A620", "A boy of eight years", "An eight-year-old boy"),
    ("L'attaque a fait 12 morts, dont 3 enfants.",
     "The attack left 12 dead, of which 3 children.",
     "A621", "of which 3 children", "including 3 children"),
    ("Deux personnes ont été blessées, dont une grièvement.",
     "Two people were injured, of which one seriously.",
     "A621", "of which one seriously", "including one seriously"),
    ("La ville compte 90 000 électeurs, dont 74 000 inscrits à Paris.",
     "The city has 90,000 voters, of whom 74,000 in Paris.",
     "A621", "of whom 74,000 in Paris", "including 74,000 in Paris"),
    ("La police a mené 25 opérations, dont 10 saisies de cocaïne pour un total de 44 kilos.",
     "The police carried out 25 operations, of which 10 seizures of cocaine for a total of 44 kilos.",
     "A621", "of which 10 seizures of cocaine for a total of 44 kilos",
     "including 10 seizures of cocaine for a total of 44 kilos"),
])
def test_a_measure_or_a_part_in_french_order_is_flagged(source, target, code, span, suggestion):
    [issue] = _issues(target, source)
    assert (issue.code, issue.text, issue.suggestion) == (code, span, suggestion)
    assert "French order" in issue.message


def test_without_a_source_the_english_shape_is_read_alone():
    found = _issues("Police arrested eight people, a driver of 72 years, aged of 72, of whom 2 women.")
    assert [(i.code, i.text) for i in found] == [("A620", "a driver of 72 years"), ("A619", "aged of 72"),
                                                  ("A621", "of whom 2 women")]


def test_the_source_must_hold_the_french_shape():
    # the English shape with a French source that says something else: not a copy of « de » or « dont »
    assert not _issues("The attack left 12 dead, of which 3 children.", "L'attaque a tué douze personnes, trois enfants.")
    assert not _issues("A man of 40 years was arrested.", "Un quadragénaire a été arrêté.")


# -- quiet: what English writes, in its own sense ----------------------------------------------------------------

QUIET = [
    # measures after the figure, and nouns English links with "of"
    ("The stage is 172 km long and finishes on a climb.", "L'étape mesure 172 km et se termine par une montée."),
    ("A 172-km stage takes the riders to the Alps.", "Une étape de 172 km mène les coureurs dans les Alpes."),
    ("The wall is 4 metres high and 60 cm thick.", "Le mur est haut de 4 mètres et épais de 60 cm."),
    ("The index hit a high of 4.5% in March.", "L'indice a atteint un pic de 4,5 % en mars."),
    ("Inflation fell to a record low of 2 percent.", "L'inflation est tombée à un plus bas de 2 %."),
    ("He was aged 58 and lived in Lyon.", "Il était âgé de 58 ans et vivait à Lyon."),
    ("A 60-strong delegation arrived in Dakar.", "Une délégation forte de 60 membres est arrivée à Dakar."),
    ("The delegation, 60 members strong, arrived late.", "La délégation, forte de 60 membres, est arrivée tard."),
    ("The bridge has a length of 172 metres.", "Le pont a une longueur de 172 mètres."),
    ("The company reported a loss of 3% on the year.", "L'entreprise a annoncé une perte de 3 % sur l'année."),
    ("A total of 60 people were evacuated.", "Au total, 60 personnes ont été évacuées."),
    ("She died at the age of 58 in Paris.", "Elle est morte à l'âge de 58 ans à Paris."),
    ("The old of the village remember the flood of 1910.", "Les anciens du village se souviennent de la crue de 1910."),
    ("Care homes for the aged of 80 and over are full.", "Les maisons pour les personnes âgées de 80 ans et plus sont pleines."),
    ("Rents rose by 4% to a high of €1,200 a month.", "Les loyers ont augmenté de 4 % pour atteindre 1 200 euros par mois."),
    ("The price of oil was as high as $100 a barrel.", "Le prix du pétrole a atteint 100 dollars le baril."),
    ("It is a long way of 12 km to the nearest town.", "Il y a un long chemin de 12 km jusqu'à la ville."),
    # spans of time English writes with "of ... years"
    ("He is serving a sentence of two years in a Lyon prison.", "Il purge une peine de deux ans à Lyon."),
    ("The contract runs for a period of five years.", "Le contrat court sur une période de cinq ans."),
    ("Quebec imposed a moratorium of two years on new data centres.",
     "Le Québec a imposé un moratoire de deux ans sur les centres de données."),
    ("The law sets a limit of five years on such contracts.", "La loi fixe une limite de cinq ans."),
    ("His wife of 30 years was at his side.", "Son épouse depuis 30 ans était à ses côtés."),
    ("A veteran of 20 years in the force, he retired in May.", "Policier depuis 20 ans, il a pris sa retraite."),
    ("She is a member of 20 years' standing of the club.", "Elle est membre du club depuis 20 ans."),
    ("The man of 1968 is now a minister.", "L'homme de 1968 est aujourd'hui ministre."),
    ("A man of 58 years ago would not recognise the town.", "Un homme d'il y a 58 ans ne reconnaîtrait pas la ville."),
    ("An employee of 25 years of service was dismissed.", "Un employé ayant 25 ans d'ancienneté a été licencié."),
    ("A 58-year-old producer from Kericho sold his tea.", "Un producteur de 58 ans de Kericho a vendu son thé."),
    ("An 18-year-old student was arrested on Monday.", "Un étudiant de 18 ans a été arrêté lundi."),
    ("The driver, a man of 72, was unhurt.", "Le conducteur, un homme de 72 ans, est indemne."),
    ("A man in his forties was arrested.", "Un quadragénaire a été arrêté."),
    ("A friend of 20 years came to the funeral.", "Un ami de vingt ans est venu aux obsèques."),
    # "of which" and "of whom" with their verbs, and "including"
    ("The attack left 12 dead, including 3 children.", "L'attaque a fait 12 morts, dont 3 enfants."),
    ("The attack left 12 dead, of whom three were children.", "L'attaque a fait 12 morts, dont trois enfants."),
    ("He owns four houses, of which two are in Nice.", "Il possède quatre maisons, dont deux à Nice."),
    ("The group made 40 films, of which 12 won prizes.", "Le groupe a tourné 40 films, dont 12 primés."),
    ("There were 6,628 cases, of which 47.3% were motivated by race.",
     "Il y a eu 6 628 cas, dont 47,3 % motivés par la race."),
    ("The club sold 30 players, of which most had been loaned out.", "Le club a vendu 30 joueurs."),
    ("Nine prisoners escaped, of whom two remain at large.", "Neuf détenus se sont évadés, dont deux sont en fuite."),
    ("The firm has 500 staff, of whom 200 work in Lyon.", "L'entreprise a 500 salariés, dont 200 travaillent à Lyon."),
    ("He cited three reports, of which the first dates from 2010.", "Il a cité trois rapports, dont le premier date de 2010."),
    ("The bank holds €2 billion, of which €1.2 billion goes to Airbus.",
     "La banque détient 2 milliards d'euros, dont 1,2 milliard va à Airbus."),
    ("Two of which were sold last year.", "Deux d'entre elles ont été vendues l'an dernier."),
    ("The ship carried 200 passengers, of which 40 had no ticket.", "Le navire transportait 200 passagers, dont 40 sans billet."),
    ("The fund, of which 30% belongs to the state, grew.", "Le fonds, dont 30 % appartient à l'État, a grandi."),
    ("Some 120 people, of whom about 40 lived abroad, voted.", "Quelque 120 personnes, dont une quarantaine vivant à l'étranger, ont voté."),
]


@pytest.mark.parametrize("target, source", QUIET)
def test_english_measures_spans_and_parts_are_quiet(target, source):
    assert not _issues(target, source), target


def test_enough_correct_sentences_are_read():
    assert len(QUIET) >= 40


# -- the readings -----------------------------------------------------------------------------------------------

def test_the_article_follows_the_sound_of_the_figure():
    found = [m.suggestion for t in ("a boy of 11 years", "a girl of 80 years", "a man of 58 years",
                                    "a woman of eighteen years")
             for m in aged_nouns(t, "en")]
    assert found == ["an 11-year-old boy", "an 80-year-old girl", "a 58-year-old man", "an eighteen-year-old woman"]


def test_an_adjective_the_age_makes_redundant_is_left_out_of_the_suggestion():
    assert [m.suggestion for m in aged_nouns("an old man of 93 years and a young man of 36 years", "en")] == [
        "a 93-year-old man", "a young 36-year-old man"]


def test_a_range_of_ages_is_kept_whole():
    assert [m.suggestion for m in measure_adjectives("four men aged of 18 to 21 years started a fight", "en")] == [
        "aged 18 to 21"]
    assert [m.suggestion for m in measure_adjectives("minors aged of 9 and 13 years", "en")] == ["aged 9 and 13"]


def test_a_unit_is_kept_with_its_figure_and_a_following_word_is_not():
    [m] = measure_adjectives("a stage long of 172 km through the Jura", "en")
    assert m.measure == "172 km" and m.suggestion == "172 km long"
    assert not list(measure_adjectives("a wall high of 4 metres", "en"))  # "high" is also a noun of a peak


def test_a_french_part_with_a_verb_is_not_a_copy():
    assert [p.part for p in parts_without_verb("12 morts, dont 3 enfants.", "fr")] == ["3 enfants"]
    assert not list(parts_without_verb("12 morts, dont 3 sont des enfants.", "fr"))
    assert not list(parts_without_verb("500 salariés, dont 200 travaillent à Lyon.", "fr"))


def test_a_missing_key_is_a_data_error_naming_the_file(monkeypatch):
    from mtqa.langs import language

    profile = language("en")
    table = dict(profile.extra["measure_calques"])
    del table["adjectives"]
    monkeypatch.setitem(profile.extra, "measure_calques", table)
    measures.adjective_pattern.cache_clear()
    try:
        with pytest.raises(DataError, match=r"en\.toml: measure_calques\.adjectives"):
            measures.adjective_pattern("en")
    finally:
        measures.adjective_pattern.cache_clear()


def test_an_age_a501_names_is_reported_once_by_a501():
    # A501's learned entries read « homme de 40 ans » as "man of 40 years": one defect, one report
    target = "The court heard a man of 40 years who had asked to be seen at a police station."
    source = "Le tribunal a entendu un homme de 40 ans qui avait demandé à être reçu au commissariat."
    ctx = Context(Config(select=("A501", "A620")))
    codes = [i.code for i in check_texts(target, source=source, ctx=ctx).issues]
    assert codes == ["A501"]  # and A620 alone reads it: see test_a_measure_or_a_part_in_french_order_is_flagged


def test_a_pair_into_french_reads_nothing_and_raises_nothing():
    # French has only the source side (measure_links): an English -> French pair is not read, and not an error
    assert not list(measure_adjectives("une étape longue de 172 km", "fr"))
    assert not list(aged_nouns("un producteur de 58 ans", "fr"))
    ctx = Context(Config(select=CODES, source_lang="en", target_lang="fr"))
    report = check_texts("La délégation, forte de 60 membres, dont 3 enfants.", source="A delegation strong of 60.",
                         ctx=ctx)
    assert not [i for i in report.issues if i.code in CODES]

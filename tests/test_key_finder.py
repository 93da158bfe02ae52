"""The nested key pattern (``trie_alternation``) and A501's source key finder built on it: the same keys, so the
same candidate entries, as the substring tests they replace (stop 68, issue 14)."""
from __future__ import annotations

import random
import re

import pytest

from mtqa.langs import false_friend_lexicon as ffl
from mtqa.langs.data import NOTHING
from mtqa.langs.wordtrie import trie_alternation


def _longest_at_each_position(items, text):
    return re.findall(f"(?=({trie_alternation(items)}))", text)


def test_the_nested_pattern_finds_the_longest_item_at_each_position_overlaps_included():
    items = ["act", "actuel", "actuellement", "tu", "el", "le"]
    assert _longest_at_each_position(items, "actuellement") == ["actuellement", "tu", "el", "le"]
    assert _longest_at_each_position(items, "l'acte") == ["act"]  # "actuel" fails after "act": the shorter item
    assert re.fullmatch(trie_alternation(["ab", "abc", "b"]), "abc")


def test_the_nested_pattern_escapes_its_items_and_drops_empty_ones():
    assert trie_alternation([]) == trie_alternation([""]) == NOTHING
    assert _longest_at_each_position(["a.b", "qu'", "(x)"], "qu'a.b (x) axb") == ["qu'", "a.b", "(x)"]
    assert re.search(trie_alternation(["a.b"]), "axb") is None


def test_the_nested_pattern_is_the_same_in_every_process_whatever_the_order():
    # orders in which a prefix comes after its longer items and one first letter is split by another: a pattern
    # built from the input as given (groupby over unsorted items) would branch twice on "a" and find "a" or "ab"
    # where "abd" starts; the built pattern must be one, and find the longest item at each position
    items = ["a", "bc", "abd", "b", "ab", "abc"]
    orders = [items, items[::-1], ["abd", "b", "a", "bc", "abc", "ab"], ["ab", "bc", "a", "abd", "b", "abc"]]
    patterns = {trie_alternation(order) for order in orders}
    assert len(patterns) == 1
    found = re.findall(f"(?=({patterns.pop()}))", "xabdbcabca")
    assert found == ["abd", "b", "bc", "abc", "bc", "a"]


def test_every_item_in_a_text_is_a_prefix_of_a_longest_one_found():
    # the property the finder rests on: an item in the text starts where some longest item starts, and is its prefix
    rng = random.Random(68)
    letters = "abcé' "
    for _ in range(300):
        items = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 12))}
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 30)))
        longest = set(_longest_at_each_position(items, text))
        assert {i for i in items if i in text} == {i for i in items if any(k.startswith(i) for k in longest)}


SOURCES = [
    "Le président actuel a déclaré qu'il ne se représenterait pas.",
    "Actuellement, la société emploie 1 200 personnes dans la région.",
    "Il y a trois ans, l'entreprise a été rachetée par un groupe allemand.",
    "« Nous n'avons rien à cacher », a affirmé le porte-parole du ministère.",
    "Le prix Goncourt a été décerné mardi à un roman sur la guerre d'Algérie.",
    "Pour ce qui concerne la réforme, le gouvernement n'a pas encore tranché.",
    "À l'âge de 15 ans, elle quittait déjà la maison familiale.",
    "La réunion s'est tenue à huis clos jeudi soir.",
    "Le second tour aura lieu le 6 mai.",
    "Les négociations ont repris vers 10 heures.",
    "Est-il vraiment raisonnable d'attendre encore?",
    "Il pleut.",
    "",
    "Éventuellement, le conseil municipal pourrait revoir sa copie à la rentrée.",
    "Le ministre a assisté à la conférence de presse, mais n'a fait aucune déclaration.",
    "La librairie du quartier a fermé ses portes après quarante ans d'activité.",
    "Les résultats définitifs seront connus dans la soirée de dimanche.",
    "Selon la police, la manifestation a rassemblé quelque 3 000 personnes.",
    "Le lauréat recevra son prix des mains du président de l'Académie.",
    "On estime qu'un tiers des ménages n'a pas les moyens de se chauffer.",
    "Il y a deux semaines, le club annonçait le départ de son entraîneur.",
    "Le procès s'ouvrira lundi devant la cour d'assises du Rhône.",
    "« C'est une victoire pour la démocratie », a estimé la sénatrice.",
    "Le groupe a enregistré un chiffre d'affaires de 2,3 milliards d'euros l'an dernier.",
    "Les pompiers ont été appelés vers 4 heures du matin pour un feu de cave.",
    "Depuis 2010, le nombre d'inscrits a doublé dans les universités de la région.",
    "La sénatrice a-t-elle vraiment voté contre le texte ?",
    "Le candidat socialiste est arrivé en tête du premier tour avec 28 % des voix.",
    "En ce qui concerne les retraites, aucune décision n'a été prise.",
    "Les supporters se sont rassemblés devant le stade bien avant le coup d'envoi.",
    "L'une des victimes a été transportée à l'hôpital dans un état grave.",
    "Le gouvernement compte sur une reprise de la croissance au second semestre.",
    "La sécheresse a sévèrement touché les agriculteurs du Sud-Ouest cet été.",
    "Le chef de l'État s'est rendu mercredi à Bamako pour une visite de deux jours.",
    "Les deux pays ont signé un accord de libre-échange après dix ans de négociations.",
    "Actuellement en rupture de stock, le modèle sera de nouveau disponible en mars.",
    "La réunion se tiendra à Bruxelles en présence des ministres des Finances.",
    "Le musée a reçu près de deux millions de visiteurs l'année dernière.",
    "Il faudra attendre le mois de juin pour connaître le nom du vainqueur.",
    "Le policier, âgé de 35 ans, a été mis en examen pour homicide involontaire.",
    "À 18 ans, il avait déjà remporté trois titres nationaux.",
    "Les enquêteurs n'excluent aucune piste à ce stade de l'enquête.",
    "Une centaine de salariés ont manifesté devant le siège de l'entreprise.",
]


@pytest.mark.parametrize("source", SOURCES)
def test_the_finder_draws_the_entries_the_substring_tests_drew(source):
    by_key, always = ffl._source_key_index()
    screen = ffl.screen_text(source)
    drawn = set(always) | {n for key, entries in by_key.items() if key in screen for n in entries}
    finder, entries_of, always_too = ffl._source_key_finder()
    found = set(always_too) | {n for key in finder.findall(screen) for n in entries_of[key]}
    assert found == drawn


def test_the_candidates_are_those_the_entries_patterns_accept():
    entries = ffl.lexicon()
    for source in SOURCES:
        got = ffl._source_candidates(source, ffl.screen_text(source))
        assert got == tuple(sorted(got))
        assert all(entries[n].source.search(source) for n in got)
    assert ffl._source_candidates("Il pleut.", "il pleut.") == ()


def test_the_first_sources_of_a_process_and_the_later_ones_get_the_same_candidates(monkeypatch):
    # the first FINDER_AFTER sources are read by substring tests, the later ones by the finder: the same answer
    answers = {}
    for looped in (0, ffl.FINDER_AFTER):
        monkeypatch.setattr(ffl, "_looped", looped)
        answers[looped] = [ffl._source_candidates(s, ffl.screen_text(s)) for s in SOURCES]
    assert answers[0] == answers[ffl.FINDER_AFTER] and any(answers[0])

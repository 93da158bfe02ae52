"""English loanwords that keep their accents (issue 12, lf34): A205 does not call a word French when an English
dictionary lists it with its accents and every English dictionary lists it without them (régime, fête, séance);
a French word that English writes only inside a borrowed phrase (déjà) or not at all (père) is still reported."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from tests.checks.accuracy_helpers import aligned_pair, context


def a205(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [i.text for i in check_pair(pair, context(("A205",))).issues if i.code == "A205"]


@pytest.mark.parametrize("source,target", [
    ("Régime sec pour les banques, a dit le ministre.", "régime sec for the banks, said the minister."),
    ("Le régime a tenu bon pendant la crise.", "The régime held firm during the crisis."),
    ("La fête du village a attiré trois mille visiteurs.", "The village fête drew three thousand visitors."),
    ("La séance de spiritisme a mal tourné.", "The séance went badly."),
    ("Son rôle dans l'affaire reste flou.", "His rôle in the affair remains unclear."),
])
def test_an_english_loanword_with_its_accents_is_no_french_copy(source, target):
    assert a205(source, target) == []


def test_a_french_word_with_accents_is_still_reported():
    assert a205("Il est parti avec son père à l'aube.", "He left with his père at dawn.") == ["père"]


def test_a_loanword_inside_a_copied_compound_is_still_reported():
    # « à la mi-séance »: the French compound copied, not the English loanword
    assert a205("Les Bourses reculent à la mi-séance, sauf Madrid.", "The stock markets fall at mi-séance, except Madrid.") \
        == ["séance"]


def test_the_evidence_needs_both_spellings():
    from mtqa.checks.source_leak import accented_loanword
    from mtqa.langs import language

    en = language("en")
    assert accented_loanword("régime", en) and accented_loanword("Séance", en)
    assert not accented_loanword("déjà", en)  # no American list writes "deja"
    assert not accented_loanword("côté", en)  # no English list writes it with its accents
    assert not accented_loanword("regime", en)  # no accent: nothing to keep


def test_the_evidence_needs_two_dictionaries_of_the_target_language():
    """"Every dictionary lists the plain spelling" says nothing with one dictionary: the British list alone
    holds both déjà and deja, so an installation with only it would have excused the French déjà."""
    from mtqa.checks.source_leak import accented_loanword
    from mtqa.langs import language

    british = [d for d in language("en").dictionaries if d.name == "en_GB"]
    if not british:
        pytest.skip("needs the British English dictionary")
    class BritishOnly:  # a target language with one dictionary installed (hashable: the evidence is memoised)
        dictionaries = tuple(british)

    alone = BritishOnly()
    assert british[0].lookup("déjà") and british[0].lookup("deja")  # the trap: both spellings listed
    assert not accented_loanword("déjà", alone)
    assert not accented_loanword("régime", alone)  # one list is no evidence either way: reported as before


@pytest.mark.parametrize("source,target,expected", [
    # « grâce à », a preposition: English borrows no grammar word (only the phrase coup de grâce)
    ("Le maire a gagné grâce à son aide, selon ses proches.", "The mayor won grâce to his help, according to relatives.",
     ["grâce"]),
    ("Et voilà le travail, conclut le chef.", "And voilà the work, concluded the chef.", ["voilà"]),
])
def test_a_grammar_word_of_the_source_dictionary_is_no_loanword(source, target, expected):
    assert a205(source, target) == expected


def test_a_borrowed_phrase_with_a_grammar_word_stays_clean():
    assert a205("Ce fut le coup de grâce pour le club.", "It was the coup de grâce for the club.") == []


def test_the_source_dictionary_tags_the_grammar_words():
    from mtqa.checks.source_leak import accented_loanword
    from mtqa.langs import language

    en, fr = language("en"), language("fr")
    if not fr.dictionaries:
        pytest.skip("needs the French dictionary")
    assert fr.is_dictionary_grammar_word("voilà") and fr.is_dictionary_grammar_word("grâce")
    assert not fr.is_dictionary_grammar_word("régime") and not fr.is_dictionary_grammar_word("séance")
    assert not accented_loanword("grâce", en, fr) and accented_loanword("grâce", en)  # the target's lists alone excuse it
    assert all(accented_loanword(w, en, fr) for w in ("régime", "rôle", "fête", "séance"))

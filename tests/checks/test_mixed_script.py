"""F106: a word of the target's letters with look-alike letters of another script (``τhe``, ``ΕU``, ``Moscоw``)."""
from __future__ import annotations

import unicodedata

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.langs.scripts import lookalikes, script_of

HEAD = "Talks in Berlin\n\n"


def issues(text: str, source: str | None = None, select=("F106",)):
    return check_texts(HEAD + text, source=source, ctx=Context(Config(select=select))).issues


@pytest.mark.parametrize("text,word,fixed,letter", [
    # the three of WMT13's RWTH system (2595: lines 1313, 2547 and 1265)
    ("Order ab chaos - τhe after chaos.", "τhe", "the", "GREEK SMALL LETTER TAU"),
    ("The τhe designer and his seamstresses made the dress.", "τhe", "the", "GREEK SMALL LETTER TAU"),
    ("The cutbacks of the southern countries of the ΕU are deep.", "ΕU", "EU", "GREEK CAPITAL LETTER EPSILON"),
    ("The talks in Moscоw ended on Friday.", "Moscоw", "Moscow", "CYRILLIC SMALL LETTER O"),
    ("АFP reported the talks.", "АFP", "AFP", "CYRILLIC CAPITAL LETTER A"),
    ("The Rοthschild family met.", "Rοthschild", "Rothschild", "GREEK SMALL LETTER OMICRON"),
])
def test_a_lookalike_letter_inside_a_latin_word_is_reported(text, word, fixed, letter):
    found = issues(text)
    assert [(i.code, i.severity.value, i.subcategory, i.text, i.suggestion) for i in found] == [
        ("F106", "minor", "character-encoding", word, fixed)]
    assert letter in found[0].message and f"“{fixed}”" in found[0].message


def test_every_foreign_letter_is_named_once():
    [issue] = issues("The talks in Mоsсоw ended.")  # Cyrillic o, es, o
    assert issue.suggestion == "Moscow"
    assert issue.message.count("CYRILLIC SMALL LETTER O") == 1 and "CYRILLIC SMALL LETTER ES" in issue.message
    assert "Cyrillic letters that only look Latin" in issue.message


@pytest.mark.parametrize("text", [
    "The talks in Moscow ended on Friday.",  # ASCII
    "Zoë met the Président in Zürich.",  # Latin letters with accents
    "Finally, ΝΑΤΟ dictated this measure.",  # a whole Greek word: A208's
    "Each хватает has different words.",  # a whole Cyrillic word: A208's
    "The α-particles lasted 5 μm and 100 μs.",  # lone symbol letters; μ looks like no Latin letter
    "Levels of TNFα and IFNγ rose; ERα did not.",  # symbols glued to names: TNFa, IFNy, ERa are no words
    "The NF-κB pathway was blocked.",  # kappa looks like no Latin letter in Unicode's table
])
def test_clean(text):
    assert issues(text) == []


def test_a_word_the_source_writes_so_is_clean():
    head = "Négociations à Berlin\n\n"
    assert issues("The ΕUROPA project started.", source=head + "Le projet ΕUROPA a commencé.") == []
    assert [i.text for i in issues("The ΕUROPA project started.", source=head + "Le projet a commencé.")] == ["ΕUROPA"]


def test_ascii_and_lookalike_free_text_is_never_read():
    from mtqa.checks.mixed_script import MixedScriptWord

    assert not MixedScriptWord.screen("The talks in Moscow ended.")
    assert not MixedScriptWord.screen("Zoë met “the” Président — in Zürich.")
    assert MixedScriptWord.screen("The talks in Moscоw ended.")


def test_the_table_maps_greek_and_cyrillic_letters_to_latin_ones_of_the_same_case():
    table = lookalikes()
    assert table["ο"] == "o" and table["Ε"] == "E" and table["τ"] == "t" and table["Ι"] == "I"
    for char, latin in table.items():
        assert script_of(char) in ("Greek", "Cyrillic") and script_of(latin) == "Latin", char
        assert char.isupper() == latin.isupper(), unicodedata.name(char)


def test_a_cyrillic_lookalike_is_a_wrong_letter_not_an_untranslated_word():
    # A208 read the Cyrillic o of Moscоw as "words left untranslated"; the word is Latin with one wrong letter
    found = check_texts(HEAD + "The talks in Moscоw ended, АFP said.").issues
    assert [(i.code, i.text) for i in found] == [("F106", "Moscоw"), ("F106", "АFP")]
    # a Cyrillic word beside it is still untranslated
    found = check_texts(HEAD + "The talks in Moscоw ended; хватает.").issues
    assert [(i.code, i.text) for i in found] == [("F106", "Moscоw"), ("A208", "хватает")]

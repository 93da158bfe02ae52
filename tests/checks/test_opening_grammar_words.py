"""A grammar word of the source (a preposition, a conjunction: « Malgré », « Selon », « Lorsque ») copied where a
sentence of the translation opens, with the sentence going on in the target language ("Malgré the rain, ..."),
is the source's word left untranslated (review rv-chk35): its capital is the opening's, not a name's, and A205
had skipped every capitalised word that opens a sentence."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from tests.checks.accuracy_helpers import aligned_pair, context


def a205(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.message) for i in check_pair(pair, context(("A205",))).issues if i.code == "A205"]


@pytest.mark.parametrize("source,target,word", [
    ("Malgré la neige, les coureurs ont pris le départ.", "Malgré the snow, the runners started.", "Malgré"),
    ("Selon le parquet, deux suspects sont en fuite.", "Selon the prosecutors, two suspects are on the run.", "Selon"),
    ("Le train est reparti. Lorsque les secours sont arrivés, il faisait nuit.",
     "The train left again. Lorsque the rescuers arrived, it was dark.", "Lorsque"),
    ("Parmi les blessés figure un enfant de six ans.", "Parmi the injured is a six-year-old child.", "Parmi"),
    # a grammar word with its accents, which the English lists hold as a loanword or, bare, as a name (Grace)
    ("Grâce aux bénévoles, la fête a eu lieu.", "Grâce to the volunteers, the party took place.", "Grâce"),
    ("Il a signé. Voilà donc la fin du feuilleton.", "He signed. Voilà therefore the end of the saga.", "Voilà"),
])
def test_a_grammar_word_opening_a_sentence_is_reported(source, target, word):
    found = a205(source, target)
    assert [t for t, _ in found] == [word]
    assert "opens the sentence" in found[0][1]


@pytest.mark.parametrize("source,target", [
    ("Malgré la neige, les coureurs ont pris le départ.", "Despite the snow, the runners started."),
    # the grammar word opening a title or a name kept whole, before capitals
    ("Selon Ses Propres Mots est le titre du livre.", "Selon Ses Propres Mots is the book's title."),
    # English's own word (pendant), whatever French makes of it
    ("Pendant la nuit, la rivière a débordé.", "Pendant the night, the river burst its banks."),
    # a noun of the source opening the sentence is not a grammar word
    ("Névé et glacier reculent chaque été.", "Névé and glacier retreat every summer."),
    # the accented grammar word translated, or a name spelled like it, or a borrowed phrase
    ("Grâce aux bénévoles, la fête a eu lieu.", "Thanks to the volunteers, the party took place."),
    ("Grâce Mbala a chanté hier soir.", "Grâce Mbala sang last night."),
    ("Déjà vu, a-t-il dit en riant.", "Déjà vu, he said, laughing."),
])
def test_other_openings_stay_clean(source, target):
    assert a205(source, target) == []


@pytest.mark.parametrize("source,target,word", [
    # an accented adverb of two letters set apart by a comma: any target word may follow
    ("Là, elle a retrouvé son frère.", "Là, she found her brother again.", "Là"),
    # a word the target language writes only with a capital (a day, a month) is no title kept whole
    ("Dès mardi, la route sera rouverte.", "Dès Tuesday, the road will reopen.", "Dès"),
    # a figure between the grammar word and the target word
    ("Près de 300 maisons ont été inondées.", "Près 300 houses were flooded.", "Près"),
])
def test_a_grammar_word_before_a_comma_a_capital_only_word_or_a_figure_is_reported(source, target, word):
    assert [t for t, _ in a205(source, target)] == [word]


@pytest.mark.parametrize("source,target", [
    # the word after is the source's (a name it writes, a title kept whole)
    ("Dès Paris, les coureurs ont accéléré.", "Dès Paris, the riders sped up."),
    ("Près Des Étoiles est son dernier album.", "Près Des Étoiles is her latest album."),
    # translated
    ("Là, elle a retrouvé son frère.", "There, she found her brother again."),
])
def test_a_grammar_word_before_a_comma_or_a_capital_stays_clean_where_the_source_explains_it(source, target):
    assert a205(source, target) == []

"""A capital where a source sentence begins is the place's, not a name's (issue 12, lf34): a French common word
the source capitalises only there and the translation copies in lower case (« Névé et glacier … » -> "the névé")
is a French word copied, not "a name written in lowercase" with the capitalised form as its fix."""
from __future__ import annotations

from mtqa.api import check_pair
from mtqa.langs.text import capital_only_at_openings
from tests.checks.accuracy_helpers import aligned_pair, context


def issues(source: str, target: str, codes: tuple[str, ...]):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.code, i.text, i.suggestion, i.message) for i in check_pair(pair, context(codes)).issues]


def test_a_common_word_opening_the_source_sentence_is_copied_not_named():
    found = issues("Névé et glacier reculent chaque été dans le massif.",
                   "The névé and glacier retreat every summer in the massif.", ("F201", "A205"))
    assert [(c, t, s) for c, t, s, _ in found] == [("F201", "névé", None)]
    assert "copied from the source" in found[0][3] and "name" not in found[0][3]


def test_the_lower_cased_name_rule_leaves_the_opening_common_word():
    # A205 alone reports the French word copied, not the "name “Névé”" with a capital as its fix
    found = issues("Névé et glacier reculent chaque été.", "névé and glacier retreat every summer .", ("A205",))
    assert [(t, s) for _, t, s, _ in found] == [("névé", None)]
    assert "name" not in found[0][3]


def test_a_name_opening_the_source_sentence_is_still_a_name():
    # no common word of the source: the capital may be the name's
    found = issues("Zapalinamé accueille les randonneurs depuis mai.",
                   "zapalinamé welcomes hikers since may .", ("F201", "A205"))
    assert [(t, s) for _, t, s, _ in found] == [("zapalinamé", "Zapalinamé")]
    # the same common word capitalised inside a sentence is a name (a place called Névé)
    found = issues("Les skieurs partent de Névé chaque matin.", "The skiers leave from névé every morning.",
                   ("F201", "A205"))
    assert [(t, s) for _, t, s, _ in found] == [("névé", "Névé")]


def test_capital_only_at_openings():
    assert capital_only_at_openings("Névé", "Névé et glacier. « Névé » disent-ils.")
    assert not capital_only_at_openings("Névé", "Névé et glacier. Le Névé fond.")
    assert not capital_only_at_openings("Névé", "Le glacier fond.")
    assert not capital_only_at_openings("Névé", "Névéa et glacier.")


def test_a_name_quoted_inside_a_sentence_keeps_its_capital_as_evidence():
    # a capital after an opening quotation mark inside a sentence is the word's own: « Franco-Américain » is a
    # name (a French ethnonym noun), copied in lower case; after a colon the quotation begins a sentence
    found = issues('Plus tard, il est devenu "Franco-Américain" pour de bon.',
                   'Later, he became "franco-américain" for good.', ("A205",))
    assert [(t, s) for _, t, s, _ in found] == [("franco-américain", "Franco-Américain")]
    assert not capital_only_at_openings("Névé", "Il a dit « Névé » en riant.")
    assert capital_only_at_openings("Névé", "Il a dit : « Névé et glacier fondent. »")
    assert capital_only_at_openings("Névé", "« (Névé et glacier fondent.) »")
    assert not capital_only_at_openings("Névé", "x" + " (" * 3000 + "Névé")

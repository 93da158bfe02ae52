"""Leftover-French checks (A2xx) and English's borrowed French: one owner, :class:`mtqa.evidence.Evidence`,
decides which words of a text are a borrowed phrase (issue 12, precision on correct English)."""
from __future__ import annotations

import pytest

from mtqa.langs import language
from tests.checks.test_recall_checks import flags

needs_fr = pytest.mark.skipif(not language("fr").has_dictionary, reason="hunspell-fr not installed")

A2 = ("A201", "A202", "A203", "A204", "A205", "A206")


def a2_flags(source: str, target: str):
    return [(code, hit) for code in A2 for hit in flags(code, source, target)]


@needs_fr
@pytest.mark.parametrize("source,target", [
    # a listed phrase whose words only the dictionaries call French (croque votes neutral)
    ("Il a mangé un croque-monsieur.", "He ate a croque-monsieur."),
    ("Il a mangé un croque-monsieur.", "He ate a croque monsieur."),
    # compounds Debian's English Hunspell lists whole: English words now
    ("Il portait un pince-nez.", "He wore a pince-nez."),
    ("Des bottes d'après-ski.", "A pair of après-ski boots."),
    ("Un bas-relief ancien.", "An old bas-relief."),
    ("Un masque en papier-mâché.", "A papier-mâché mask."),
    ("Un masque en papier mâché.", "A papier mache mask."),
    ("Une eau-de-vie de poire.", "A pear eau-de-vie."),
    ("Une eau-de-vie de poire.", "A pear eau de vie."),
    ("Un prie-dieu en bois.", "A wooden prie-dieu."),
    ("Un passe-partout.", "A passe-partout."),
    ("Des hors-d'œuvre variés.", "Assorted hors-d'œuvre."),
    # French words inside a web or mail address are the address's, not leftover French
    ("Voir http://www.ville-saint-denis.fr/page.", "See http://www.ville-saint-denis.fr/page."),
    ("Écrire à contact@ville-de-paris.fr demain.", "Write to contact@ville-de-paris.fr tomorrow."),
    ("Le site ville-de-paris.fr est fermé.", "The ville-de-paris.fr site is closed."),
])
def test_borrowed_phrase_compound_or_address_is_left_alone(source, target):
    assert a2_flags(source, target) == []


@needs_fr
def test_parts_of_a_listed_compound_alone_are_still_french():
    assert ("A205", ("nez", None)) in a2_flags("Il s'est cassé le nez.", "He broke his nez.")


@needs_fr
def test_same_word_outside_the_address_is_still_french():
    found = a2_flags("La ville de http://www.ville.fr/ est belle.", "The ville of http://www.ville.fr/ is beautiful.")
    assert [hit for code, hit in found if code == "A205"] == [("ville", None)]


@needs_fr
def test_one_owner_answers_for_list_and_dictionary():
    """Evidence.borrowed_spans is what A205/A202/A203 (through tokens), A206 and F201 read: listed phrases
    with any hyphen or space, and compounds the English dictionary lists whole."""
    from mtqa.evidence import Evidence
    ev = Evidence(language("fr"), language("en"))
    text = "A fin-de-siècle pince-nez and a croque monsieur."
    found = [text[a:b] for a, b in sorted(ev.borrowed_spans(text))]
    assert found == ["fin-de-siècle", "pince-nez", "croque monsieur"]


@needs_fr
def test_borrowed_words_used_apart_are_still_french():
    assert a2_flags("La vie est belle, dit-il.", "The vie is beautiful, he said.") == [("A205", ("vie", None))]


@needs_fr
def test_borrowed_phrases_are_found_once_per_text(monkeypatch):
    """The tokens (A202-A205), A206 and F201 all read a translation's borrowed phrases: the phrase
    pattern runs once per text, and every reader gets the same spans."""
    import collections

    from mtqa.api import check_pair
    from mtqa.evidence import Evidence
    from tests.checks.accuracy_helpers import aligned_pair, context

    reads = collections.Counter()
    found = Evidence._borrowed_spans

    def counted(self, text):
        reads[text] += 1
        return found(self, text)

    monkeypatch.setattr(Evidence, "_borrowed_spans", counted)
    target = "He said qu' il ate a croque monsieur with a pince-nez and said déclaré-t-il the sous-marin zorglubique."
    pair = aligned_pair([("Titre", "Title"),
                         ("Il a dit qu'il a mangé un croque-monsieur, a déclaré-t-il, le sous-marin zorglubique.",
                          target)])
    issues = check_pair(pair, context(("A205", "A206", "F201"))).issues
    assert issues and reads[target] == 1
    ev = Evidence(language("fr"), language("en"))
    assert ev.borrowed_spans(target) == found(ev, target) == ev.borrowed_spans(target)

"""meaning.tokens keeps one split per text and language for the last few texts: the readers of one pair's
source share it, the table stays bounded, and the tokens are those a fresh split gives."""
from __future__ import annotations

from mtqa.meaning import tokens as T


def test_a_text_read_twice_is_split_once_and_the_split_is_shared():
    text = "Le taux d'intérêt de la Banque centrale européenne reste à 0,25 % depuis 2013."
    first = T.tokens(text, "fr")
    assert T.tokens(text, "fr") is first  # the second reader gets the same list, not a new split


def test_the_kept_split_is_the_computed_one_words_numbers_and_stems():
    text = "Les économistes attendent 4,1 % de croissance et 1 200 emplois."
    kept = T.tokens(text, "fr")
    assert kept == T._tokens(text, "fr")
    by_text = {t.text: t for t in kept}
    assert by_text["4,1"].is_number and by_text["4,1"].stem == "41"
    assert by_text["1 200"].stem == "1200"
    assert by_text["économistes"].stem == T.stem("économistes", "fr")
    assert by_text["Les"].lower == "les" and not by_text["Les"].is_number


def test_the_language_is_part_of_the_key():
    text = "Presidents and ministers"
    assert [t.stem for t in T.tokens(text, "en")] == [T.stem(w, "en") for w in ("presidents", "and", "ministers")]
    assert [t.stem for t in T.tokens(text, "fr")] == [T.stem(w, "fr") for w in ("presidents", "and", "ministers")]


def test_the_table_keeps_at_most_its_bound_of_texts():
    for n in range(3 * T.RECENT_TEXTS):
        T.tokens(f"Le ministre a parlé {n} fois devant l'Assemblée.", "fr")
    assert T._token_table("fr").held() <= T.RECENT_TEXTS

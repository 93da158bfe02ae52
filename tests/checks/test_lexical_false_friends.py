"""A502 lexical false friends: look-alikes the lexical model and FreeDict do not give as translations."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.langs.cognates import cognates
from mtqa.langs.lexmodel import load_lexmodel

pytestmark = pytest.mark.skipif(load_lexmodel("fr", "en") is None, reason="no fr-en lexical model")


def flags(source, target, codes=("A502",)):
    ctx = Context(Config(select=codes, preview=True))
    return [(i.code, i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues]


def test_look_alike_with_no_link_is_flagged_with_the_dominant_translation():
    assert flags("La mairie publie uniquement les chiffres officiels.",
                 "The town hall uniquely publishes the official figures.") == [("A502", "uniquely", "only")]


def test_the_suggestion_takes_the_trap_inflection_and_case():
    found = flags("Habituellement, les tarifs habituels sont affichés.", "Usually, the habitual rates are posted.")
    assert found == [("A502", "habitual", "usual")]


def test_a_right_rendering_is_quiet():
    assert flags("La mairie publie uniquement les chiffres officiels.",
                 "The town hall only publishes the official figures.") == []


def test_a_derivative_of_a_translation_is_quiet():
    # « officiellement » -> "official": the model gives "officially", the look-alike is its derivative
    assert flags("Le ministre a officiellement ouvert la session.", "The minister has official opened the session.") == []


def test_a_look_alike_the_model_links_is_quiet():
    # « assister » -> "assist" is one of its senses in the model: the table (A501) judges that one in context
    assert flags("Elle a assisté le chirurgien pendant l'opération.", "She assisted the surgeon during the operation.") == []


def test_the_table_keeps_precedence():
    found = flags("Le président actuel a refusé de commenter.", "The actual president declined to comment.",
                  codes=("A501", "A502"))
    assert [c for c, _, _ in found] == ["A501"]


def test_without_source_nothing():
    ctx = Context(Config(select=("A502",), preview=True))
    assert check_texts("The town hall uniquely publishes the figures.", ctx=ctx).issues == []


def test_look_alike_table():
    cog = cognates("fr", "en")
    assert cog.alike("uniquement", "uniquely")
    assert cog.alike("habituel", "habitual")
    assert not cog.alike("étranger", "entrance")  # other first letters
    assert not cog.alike("chant", "chants")  # too short to be evidence
    assert cognates("xx", "yy") is None


def test_the_look_alike_is_found_in_a_text_that_is_not_ascii():
    # a target with an accented name is read word by word, not by the ASCII search: the same flag
    assert flags("La mairie publie uniquement les chiffres officiels, selon José Bové.",
                 "The town hall uniquely publishes the official figures, according to José Bové.") == [
        ("A502", "uniquely", "only")]


def test_the_look_alike_opening_the_text_or_after_a_figure_is_found():
    assert flags("Ils publient uniquement les chiffres officiels.", "uniquely the official figures are published.") \
        == [("A502", "uniquely", "only")]
    assert flags("La mairie publie uniquement 3 chiffres.", "The town hall publishes 3uniquely figures.") == [
        ("A502", "uniquely", "only")]


def test_ascii_search_finds_the_words_the_word_reader_finds():
    from mtqa.checks.false_friends import _ascii_look_alikes, _word_look_alikes, source_heads

    cog = cognates("fr", "en")
    heads = source_heads("Le club recrute uniquement des joueurs habituels et officiellement confirmés.", "fr", "en")
    assert heads  # the screen keeps the source words that may be mistranslated
    for text in ("The club uniquely recruits habitual players, officially confirmed.",
                 "uniquely: the uNIquely x_uniquely 2uniquely uniquelyness Uniquely unique habituals habit.",
                 "The clubuniquely recruits players-habitual-ones (officially's) uniq.",
                 "The club \u201cuniquely\u201d recruits \u2014 habitual\u2019s players cost \u20ac3."):
        assert _ascii_look_alikes(text, text.lower(), heads, cog.prefix, cog.min_length) == \
            _word_look_alikes(text, heads, cog.prefix, cog.min_length), text


def test_source_words_that_cannot_be_mistranslated_are_not_heads():
    from mtqa.checks.false_friends import source_heads

    # function words and words without a dominant translation leave no head: nothing is sought in the target
    assert "uniq" in source_heads("Il vient uniquement le lundi.", "fr", "en")
    assert all(w not in {"depuis", "pendant"} for ws in source_heads("Il attend depuis pendant.", "fr", "en").values()
               for w in ws)


def test_a_target_with_non_ascii_punctuation_only_is_searched_like_an_ascii_one():
    from mtqa.checks.false_friends import _look_alikes, _word_look_alikes, source_heads

    cog = cognates("fr", "en")
    heads = source_heads("Le club recrute uniquement des joueurs habituels.", "fr", "en")
    for text in ("The club \u201cuniquely\u201d recruits habitual players \u2014 as usual.",
                 "The club uniquely recruits habitual players of Z\u00fcrich.",  # an accented word: read word by word
                 "The club uniquely\u00b2 recruits habitual\u00e9 players."):  # a superscript figure is a word character
        assert _look_alikes(text, heads, cog.prefix, cog.min_length) == \
            _word_look_alikes(text, heads, cog.prefix, cog.min_length), text


def test_the_kept_source_stems_are_those_the_verdict_does_not_rule_out_by_the_source_word():
    from mtqa.checks.false_friends import LEXICAL_MIN_COUNT, LEXICAL_SHARE, _misleading_stems
    from mtqa.meaning.align import function_stems
    from mtqa.meaning.tokens import stem

    model = load_lexmodel("fr", "en")
    kept = _misleading_stems("fr", "en")
    words = ("uniquement", "habituel", "gouvernement", "depuis", "pendant", "actuellement", "zinzolin", "trimestre",
             "éventuellement", "assister", "le", "président")
    for w in words:
        s = stem(w, "fr")
        expected = (s not in function_stems("fr", "en")[0] and model.source_freq.get(s, 0) >= LEXICAL_MIN_COUNT
                    and model.dominant(s, LEXICAL_SHARE) is not None)
        assert (s in kept) == expected, w
    assert stem("uniquement", "fr") in kept and stem("depuis", "fr") not in kept

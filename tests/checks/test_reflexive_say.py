"""A628: French « se dire » + an attribute carried over as "said herself …", read as grammar with the source's
« se dire » as evidence."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs import language, self_report
from mtqa.langs.self_report import self_reports, source_self_reports


def _issues(target: str, source: str | None):
    ctx = Context(Config(select=("A628",)))
    return [i for i in check_texts(target, source=source, ctx=ctx).issues if i.code == "A628"]


@pytest.mark.parametrize("source, target, span, suggestion", [
    ("L'entraîneur s'est dit « fier » de ses joueurs après la victoire.",
     "The coach said himself \"proud\" of his players after the win.", "said himself", "said he was"),
    ("La fédération se dit prête à reprendre le dialogue.",
     "The federation says itself ready to resume talks.", "says itself", "says it is"),
    ("Les syndicats se sont dits déçus par la proposition du gouvernement.",
     "The unions said themselves disappointed by the government's proposal.", "said themselves", "said they were"),
    ("Jointe par téléphone, la ministre s'est dite profondément inquiète.",
     "Reached by telephone, the minister said herself deeply worried.", "said herself", "said she was"),
])
def test_a_reflexive_say_with_an_attribute_is_flagged(source, target, span, suggestion):
    [issue] = _issues(target, source)
    assert issue.text == span and issue.suggestion == suggestion
    assert "« s" in issue.message and "clause" in issue.message


@pytest.mark.parametrize("source, target", [
    # English: "declare oneself" takes an attribute
    ("Le ministre s'est déclaré prêt à démissionner.", "The minister declared himself ready to resign."),
    # the emphatic reflexive
    ("Comme il l'a dit lui-même, la saison a été difficile.", "As he said himself, the season was hard."),
    ("Il a dit lui-même que le plan était mort.", "He said himself that the plan was dead."),
    # the clause English writes
    ("La lauréate s'est dite bouleversée.", "The laureate said she was overwhelmed."),
    # no « se dire » in the source: the English may be the writer's own
    ("Le directeur a lui-même annoncé les résultats.", "The director said himself proud of the results."),
])
def test_english_and_emphatic_reflexives_are_quiet(source, target):
    assert _issues(target, source) == []


def test_without_a_source_the_check_says_nothing():
    assert _issues("The federation says itself ready to resume talks.", None) == []


def test_the_readings_on_each_side():
    assert [p.text for p in source_self_reports("Elle s’était dite prête.", "fr")] == ["s’était dite"]
    assert source_self_reports("Il a dit qu'il viendrait.", "fr") == ()
    assert [r.suggestion for r in self_reports("They say themselves \u201cready\u201d.", "en")] == ["say they are"]
    assert self_reports("She said herself, quietly.", "en") == []


def test_a_malformed_pronoun_entry_is_a_data_error(monkeypatch):
    table = dict(language("en").extra["self_report"])
    table["pronouns"] = {"himself": ["he", "was"]}
    monkeypatch.setitem(language("en").extra, "self_report", table)
    raw = getattr(self_report._table, "__wrapped__", self_report._table)
    with pytest.raises(DataError, match="self_report.pronouns"):
        raw("en", "target")


# -- fx72b: the attribute and the source's « se dire » that the verb renders ------------------------------------

@pytest.mark.parametrize("source, target, span, suggestion", [
    # degree words before the attribute are stepped over
    ("Les infirmières se sont dites très inquiètes pour l'hiver.",
     "The nurses said themselves very worried about the winter.", "said themselves", "said they were"),
    ("La chanteuse s'est dite « extrêmement touchée » par l'accueil.",
     "The singer said herself \"extremely touched\" by the welcome.", "said herself", "said she was"),
])
def test_degree_words_before_the_attribute_are_stepped_over(source, target, span, suggestion):
    [issue] = _issues(target, source)
    assert issue.text == span and issue.suggestion == suggestion


@pytest.mark.parametrize("source, target", [
    # an adverb after the pronoun: the emphatic reflexive, whatever the source holds elsewhere
    ("Le maire se dit serein ; il l'a répété lui-même à plusieurs reprises.",
     "The mayor says he is calm; he said himself repeatedly that the budget was sound."),
    # « se dire » in another clause than the English verb
    ("Le maire se dit serein ; son adjoint l'a dit lui-même hier soir.",
     "The mayor says he is calm; his deputy said himself yesterday evening."),
    ("La directrice se dit satisfaite ; son adjoint l'a dit lui-même, ravi.",
     "The director says she is satisfied; her deputy said himself delighted."),
])
def test_a_se_dire_elsewhere_licenses_nothing(source, target):
    assert _issues(target, source) == []


def test_two_english_readings_need_two_source_verbs():
    source = "Le ministre s'est dit prêt à négocier."
    target = "The minister said himself ready to negotiate, and his deputy said himself ready too."
    assert [i.text for i in _issues(target, source)] == ["said himself"]


@pytest.mark.parametrize("key, value, named", [
    ("degree_words", None, "self_report.degree_words is missing"),
    ("adverb_ending", "", "self_report.adverb_ending"),
    ("not_attributes", ["yesterday", 3], "self_report.not_attributes"),
])
def test_the_new_keys_are_checked(monkeypatch, key, value, named):
    table = dict(language("en").extra["self_report"])
    if value is None:
        del table[key]
    else:
        table[key] = value
    monkeypatch.setitem(language("en").extra, "self_report", table)
    raw = getattr(self_report._table, "__wrapped__", self_report._table)
    with pytest.raises(DataError, match=named):
        raw("en", "target")


# -- fx72f: pairing by place, adjectives in -ly, a quotation mark after degree words -----------------------------

def test_a_se_dire_rendered_right_does_not_shift_the_pairing():
    source = "La juge s'est dite surprise ; l'avocat s'est dit confiant pour l'appel."
    target = "The judge said she was surprised; the lawyer said himself confident about the appeal."
    [issue] = _issues(target, source)
    assert issue.text == "said himself" and "« s'est dit »" in issue.message


def test_each_reading_takes_the_se_dire_of_its_own_clause():
    source = "La maire s'est dite soulagée, et son adjoint s'est dit épuisé après la nuit."
    target = "The mayor said she was relieved, and her deputy said himself exhausted after the night."
    [issue] = _issues(target, source)
    assert "« s'est dit »" in issue.message and "dite" not in issue.message


@pytest.mark.parametrize("source, target, span", [
    ("Le groupe s'est dit peu susceptible de relever son offre.",
     "The group said itself unlikely to raise its bid.", "said itself"),
    ("Après le départ de ses enfants, la veuve s'est dite seule.",
     "After her children left, the widow said herself lonely.", "said herself"),
    ("Le préfet s'est dit très « inquiet » de la crue.",
     "The prefect said himself very \"worried\" about the flood.", "said himself"),
])
def test_ly_adjectives_and_quoted_attributes_after_degree_words_are_read(source, target, span):
    [issue] = _issues(target, source)
    assert issue.text == span


def test_the_nearest_reading_takes_the_only_se_dire_when_the_clauses_differ():
    # one « se dire » (the second clause's); the English joins the two clauses with "and", so places are compared
    # by share: the first "said herself" (the writer's own words for « a bien ri ») lies within reach but farther
    # than "said himself", which renders it and must not lose it to the earlier reading
    found = _issues("Smiling, she said herself happy and he said himself ready to go.",
                    "Elle a bien ri ; lui s'est dit prêt à partir.")
    assert [(i.text, i.suggestion) for i in found] == [("said himself", "said he was")]

"""A629: the causative « faire » + infinitive carried into English with the infinitive before the object ("made
overflow the river"), read as grammar and kept only where the source has « faire » + an infinitive it renders."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs import causative, language
from mtqa.langs.causative import source_causatives, target_causatives


def _issues(target: str, source: str | None):
    ctx = Context(Config(select=("A629",)))
    return [i for i in check_texts(target, source=source, ctx=ctx).issues if i.code == "A629"]


@pytest.mark.parametrize("source, target, span, named", [
    ("Les orages de la nuit ont fait déborder la Garonne à Agen.",
     "The storms of the night made overflow the Garonne in Agen.", "made overflow", "fait déborder"),
    ("La mairie veut faire payer les automobilistes qui stationnent en centre-ville.",
     "The town hall wants to make pay the motorists who park in the town centre.", "make pay", "faire payer"),
    ("Le nouveau directeur a fait changer les horaires de l'usine.",
     "The new director made change the hours of the factory.", "made change", "fait changer"),
    ("En faisant venir trois joueurs étrangers, le club a doublé sa masse salariale.",
     "By making come three foreign players, the club doubled its wage bill.", "making come", "faisant venir"),
    # a verb of perception takes the infinitive the same way (« voir », « entendre »), an approximate figure too
    ("Ces années de croissance ont vu naître plus de 3 000 entreprises dans la région.",
     "These years of growth have seen arise more than 3,000 companies in the region.", "seen arise", "vu naître"),
])
def test_the_infinitive_before_the_object_in_the_source_order_is_flagged(source, target, span, named):
    [issue] = _issues(target, source)
    assert issue.text == span and issue.suggestion is None
    assert f"« {named} »" in issue.message and "object between" in issue.message


@pytest.mark.parametrize("source, target", [
    # the English order
    ("Les orages de la nuit ont fait déborder la Garonne à Agen.",
     "The storms of the night made the Garonne overflow in Agen."),
    # "make" + an adjective English writes before the object: no « faire » + infinitive in the source
    ("Le ministre a clarifié les conditions du contrat.", "The minister made clear the terms of the contract."),
    ("Vérifiez que les portes sont fermées.", "Make sure the doors are shut."),
    # « faire » + an infinitive the English verb does not render
    ("Le club a fait signer un attaquant brésilien.", "The club made overflow the budget with a Brazilian striker."),
    # « faire » there, but not a causative before the English verb's place
    ("Il a fait beau toute la journée, et la pluie a débordé la rivière.",
     "It was fine all day, and the rain made overflow the river."),
])
def test_english_order_or_no_source_evidence_is_quiet(source, target):
    assert _issues(target, source) == []


def test_no_source_no_reading():
    assert _issues("Torrential rains made overflow the river.", None) == []


def test_the_target_reading_wants_a_verb_base_and_an_object():
    assert [c.infinitive for c in target_causatives("Rains made overflow the river.", "en")] == ["overflow"]
    assert [c.obj for c in target_causatives("They made fall 300 trees.", "en")] == ["300 trees"]
    assert target_causatives("Rains made the river overflow.", "en") == []  # object first: English
    assert target_causatives("He made public the report.", "en") == []  # "public" is no verb's base
    assert target_causatives("He made overflow.", "en") == []  # no object


def test_the_source_reading_needs_faire_right_before_a_rendered_word():
    [found] = source_causatives("Les pluies ont fait déborder la rivière.", ("fr", "en"))
    assert found.written == "fait déborder" and "overflow" in found.stems
    assert source_causatives("Les pluies ont fait, hier, déborder la rivière.", ("fr", "en")) == ()


@pytest.mark.parametrize("side, key, value", [("target", "verbs", "make"), ("source", "verb_forms", [""])])
def test_a_malformed_causative_table_names_the_file_and_key(monkeypatch, side, key, value):
    lang = "en" if side == "target" else "fr"
    monkeypatch.setitem(language(lang).extra, "causative", {key: value})
    raw = getattr(causative._table, "__wrapped__", causative._table)
    with pytest.raises(DataError, match=f"{lang}.toml: causative.{key}"):
        raw(lang, side)


@pytest.mark.parametrize("source, target, span, named", [
    # md76b (rv76a item 4): a reflexive infinitive (« s'effondrer »), an adverb before the infinitive
    ("Les habitants ont vu s'effondrer le vieux pont de pierre.",
     "The residents saw collapse the old stone bridge.", "saw collapse", "vu s'effondrer"),
    ("La hausse des taux a fait encore baisser les ventes de logements.",
     "The rise in rates made fall the sales of homes again.", "made fall", "fait encore baisser"),
    # "all" opens an object as "some" and "most" do
    ("Le directeur a fait sortir tous les employés du bâtiment.",
     "The director made leave all the employees from the building.", "made leave", "fait sortir"),
    # text written in capitals reads as its lower case
    ("LES PLUIES ONT FAIT DÉBORDER LA RIVIÈRE.", "THE RAINS MADE OVERFLOW THE RIVER.", "MADE OVERFLOW",
     "FAIT DÉBORDER"),
])
def test_reflexive_infinitives_adverbs_all_and_capitals_are_read(source, target, span, named):
    [issue] = _issues(target, source)
    assert issue.text == span and f"« {named} »" in issue.message


def test_an_adverb_after_faire_is_no_infinitive():
    # « fait clairement savoir »: « clairement » is rendered "clear", but it is an adverb, and "made clear his
    # opposition" is English
    source = "Le ministre a fait clairement savoir son opposition au projet de loi."
    assert _issues("The minister made clear his opposition to the bill.", source) == []
    assert [c.written for c in source_causatives(source, ("fr", "en"))] == ["fait clairement savoir"]


@pytest.mark.parametrize("extra, key", [({"reflexives": "se"}, "reflexives"), ({"max_adverbs": "two"}, "max_adverbs")])
def test_a_malformed_infinitive_reading_names_the_file_and_key(monkeypatch, extra, key):
    monkeypatch.setitem(language("fr").extra, "causative", {"verb_forms": ["fait"], **extra})
    raw = getattr(causative._table, "__wrapped__", causative._table)
    with pytest.raises(DataError, match=f"fr.toml: .*causative.{key}"):
        raw("fr", "source")


@pytest.mark.parametrize("source, target, span, named", [
    ("Le gouvernement a fait hier voter la loi sur les retraites.",
     "The government made vote the pension law yesterday.", "made vote", "fait hier voter"),
    ("Les pluies de la nuit feront demain déborder la rivière.",
     "The night's rains will make overflow the river tomorrow.", "make overflow", "feront demain déborder"),
])
def test_a_time_adverb_is_no_infinitive(source, target, span, named):
    """md76f (lr76 #7): « hier » ends as an infinitive does, « demain » is no verb: both are the profile's adverbs
    read over to the infinitive."""
    [issue] = _issues(target, source)
    assert issue.text == span and f"« {named} »" in issue.message


@pytest.mark.parametrize("module, key", [("causative", "causative"), ("relative_inversion", "relative_inversion")])
@pytest.mark.parametrize("value", [["faire"], "faire"])
def test_a_profile_table_written_as_a_list_or_a_word_is_a_data_error(monkeypatch, module, key, value):
    # a list or a word in place of the table used to turn A629 / A634 off without a word (rr76-b)
    import importlib

    from mtqa.errors import DataError
    from mtqa.langs import language

    reader = importlib.import_module(f"mtqa.langs.{module}")._table
    profile = language("fr")
    monkeypatch.setitem(profile.extra, key, value)
    reader.cache_clear()
    try:
        with pytest.raises(DataError, match=rf"fr\.toml: {key} is not a table"):
            reader("fr", "source")
    finally:
        monkeypatch.undo()
        reader.cache_clear()

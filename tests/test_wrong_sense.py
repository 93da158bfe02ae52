"""A612 wrong-sense and A613 wrong-sense-in-context: a source word rendered in a sense news does not give it."""
from __future__ import annotations

import re

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context


def _issues(source: str, target: str, code: str = "A612"):
    ctx = Context(Config(select=(code,), preview=True))
    return check_texts(target, source=source, ctx=ctx).issues


def test_a_dictionary_sense_news_never_uses_is_reported_with_the_news_rendering():
    source = "Le parquet de Lyon a ouvert une enquête sur la mort du jeune cycliste."
    [issue] = _issues(source, "The floor of Lyon opened an investigation into the death of the young cyclist.")
    assert issue.code == "A612" and issue.text == "floor"
    assert issue.suggestion == "prosecutor"
    assert "“parquet”" in issue.message and "dictionary sense" in issue.message


def test_the_news_rendering_or_a_free_translation_is_not_reported():
    source = "Le parquet de Lyon a ouvert une enquête sur la mort du jeune cycliste."
    good = "The Lyon prosecutor's office opened an investigation into the death of the young cyclist."
    assert _issues(source, good) == []
    # a sentence that says it another way (few of the source's words linked) is a paraphrase, not a wrong sense
    assert _issues(source, "An inquiry was launched on the floor after the tragedy.") == []


def test_a_rare_synonym_with_no_news_sense_of_its_own_is_no_wrong_sense():
    # "seldom" for « rarement »: the dictionary lists it and news writes "rarely", but "seldom" renders no other
    # French word in news; it is a choice of style
    source = "Les deux ministres se rencontrent rarement en dehors des sommets européens."
    assert _issues(source, "The two ministers seldom meet outside European summits.") == []


def test_a_multiword_unit_read_from_the_data_file():
    source = "Le guide suprême iranien a salué mardi l'accord conclu avec les voisins du Golfe."
    bad = "The Iranian supreme guide on Tuesday welcomed the agreement reached with the Gulf neighbours."
    [issue] = _issues(source, bad, "A613")
    assert issue.text == "guide" and issue.suggestion == "Supreme Leader"
    assert "“guide suprême”" in issue.message
    good = "Iran's Supreme Leader on Tuesday welcomed the agreement reached with the Gulf neighbours."
    assert _issues(source, good, "A613") == []
    assert _issues(source, bad) == []  # the word-level check: « guide » -> "guide" is its usual rendering


def test_a_unit_whose_head_the_model_does_not_know_is_found_where_it_belongs():
    # « prolongation » has no candidate in the model: the free word in its place is its rendering
    source = "Lyon s'est qualifié pour la finale en battant Lens 3 à 2 après prolongation."
    [issue] = _issues(source, "Lyon qualified for the final by beating Lens 3-2 after extension.", "A613")
    assert issue.text == "extension" and issue.suggestion == "extra time"
    assert _issues(source, "Lyon qualified for the final by beating Lens 3-2 after extra time.", "A613") == []


def test_context_decides_a_unit():
    # « foyers » of a fire are fires; the same word in a census sentence is households
    fire = "Selon les pompiers, une dizaine de foyers restaient actifs dimanche matin dans la forêt."
    bad = "According to firefighters, a dozen homes were still active on Sunday morning in the forest."
    [issue] = _issues(fire, bad, "A613")
    assert issue.suggestion == "fires"
    census = "La commune compte désormais plus de trois mille foyers, selon le recensement."
    assert _issues(census, "The town now has more than three thousand homes, according to the census.", "A613") == []


def test_thresholds_and_units_are_data():
    from mtqa.langs.lexmodel import senses

    table = senses("fr")
    assert 0 < table["dominance"] <= 1 and table["min_count"] > 0
    assert all(isinstance(u["source"], re.Pattern) and u["renderings"] for u in table["units"])
    assert senses("xx") is None


def test_court_and_sports_units():
    source = "Le tribunal a relaxé mercredi l'ancien directeur de l'usine, poursuivi pour pollution."
    bad = "The court on Wednesday relaxed the former director of the factory, prosecuted for pollution."
    [issue] = _issues(source, bad, "A613")
    assert issue.text == "relaxed" and issue.suggestion == "acquitted"
    assert _issues(source, bad.replace("relaxed", "acquitted"), "A613") == []
    source = "La Française s'est imposée face à la tenante du titre en deux manches."
    [issue] = _issues(source, "The Frenchwoman imposed herself against the defending champion in two sets.", "A613")
    assert issue.suggestion == "won"
    assert _issues(source, "The Frenchwoman beat the defending champion in two sets.", "A613") == []


def test_a_head_the_model_knows_is_not_replaced_by_a_neighbour():
    # « essai » has renderings in the model: when none is linked, no other word is taken for it
    source = "La Corée du Nord a procédé à un essai de missile balistique."
    assert _issues(source, "North Korea carried out a ballistic missile trial.", "A613") == []


def test_on_by_default():
    from mtqa.checks.meaning.senses import WrongSense, WrongSenseInContext

    assert WrongSenseInContext.preview is False and WrongSense.preview is True


def test_an_unlinked_word_that_starts_like_a_rendering_of_the_head_is_its_rendering():
    # « durement » is known ("hard"); "hardly", not linked, starts like "hard": the word for word rendering
    source = "La région, déjà durement touchée par les inondations de mars, attend des aides."
    [issue] = _issues(source, "The region, already hardly hit by the March floods, awaits aid.", "A613")
    assert issue.text == "hardly"
    assert _issues(source, "The region, already hard hit by the March floods, awaits aid.", "A613") == []


def test_unit_patterns_compile_when_first_read_and_a_users_bad_one_names_its_file(data_folder):
    import pytest

    from mtqa.errors import DataError
    from mtqa.langs.lexmodel import senses

    senses.cache_clear()
    units = senses("fr")["units"]
    assert units and all(isinstance(u["source"], re.Pattern) for u in units)
    assert senses("fr")["any_head"].search("Le guide suprême a parlé.")
    data_folder("lexmodel/senses.toml", '[fr]\nmin_recall = 0.5\n[[fr.unit]]\nsource = "(unclosed"\nhead = "x"\n'
                'renderings = ["y"]\nsuggestion = "z"\n', senses)
    table = senses("fr")  # loaded: the pattern is compiled at its first read, and a user's fault named there
    with pytest.raises(DataError) as raised:
        table["units"][0]["source"]
    assert raised.value.path.endswith("senses.toml")

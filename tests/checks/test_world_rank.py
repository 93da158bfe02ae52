"""A624: a rank in the world copied from the French order (« deuxième agence mondiale » -> "the second world
agency"), read from the source: the ordinal and « mondial » bound to one noun, the same ordinal before "world" or
"global" in the English."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs import world_rank
from mtqa.langs.world_rank import ranks, source_ranks


def _issues(target: str, source: str | None = None):
    ctx = Context(Config(select=("A624",)))
    return [i for i in check_texts(target, source=source, ctx=ctx).issues if i.code == "A624"]


# The shapes of WMT14's real calques (agency, fortune, "global", a noun two words after "world") and of the ranks
# the references write by size; suggestion None where the noun has no size evidence (fr.toml's ``sized``).
@pytest.mark.parametrize("source, target, span, suggestion", [
    ("Omnicom, deuxième agence mondiale, a annoncé sa fusion avec Publicis.",
     "Omnicom, the second world agency, announced its merger with Publicis.",
     "the second world agency", None),
    ("Omnicom, deuxième agence mondiale, a annoncé sa fusion avec Publicis.",
     "Omnicom, the second global agency, announced its merger with Publicis.",
     "the second global agency", None),
    ("Larry Ellison, troisième fortune mondiale, a racheté une île.",
     "Larry Ellison, third world fortune, bought an island.",
     "third world fortune", None),
    ("La fusion créerait la première agence de publicité mondiale.",
     "The merger would create the first world advertising agency.",
     "the first world advertising agency", None),
    ("La troisième puissance économique mondiale a renoué avec la croissance.",
     "The third world economic power has returned to growth.",
     "The third world economic power", "The world's third-largest economic power"),
    ("Le Maroc, premier exportateur mondial de phosphate, a vu ses ventes progresser.",
     "Morocco, the first world exporter of phosphate, saw its sales rise.",
     "the first world exporter", "the world's largest exporter"),
    ("Le Nigeria, 12e producteur mondial de pétrole, a relevé sa production.",
     "Nigeria, the 12th world producer of oil, raised its output.",
     "the 12th world producer", "the world's 12th-largest producer"),
    ("Le Kazakhstan, douzième producteur mondial de pétrole, a signé l'accord.",
     "Kazakhstan, the twelfth world producer of oil, signed the deal.",
     "the twelfth world producer", "the world's twelfth-largest producer"),
    ("Roublev, huitième mondial, s'est qualifié.", "Rublev, eighth world, qualified.", "eighth world", "world number 8"),
    ("Le Vietnamien Tran Van Hoa, 8e mondial, s'est qualifié vendredi.",
     "The Vietnamese Tran Van Hoa, 8th world, qualified on Friday.",
     "8th world", "world number 8"),
    ("Le pays était l'un des cinq premiers exportateurs mondiaux de blé.",
     "The country was one of the five first world exporters of wheat.",
     "the five first world exporters", "the world's five largest exporters"),
    ("La troisième puissance économique mondiale a renoué avec la croissance.",
     "The third world economic power joined again with growth.",
     "The third world economic power", "The world's third-largest economic power"),
    ("La Chine est le premier marché mondial du luxe.",
     "China is the first world's market for luxury goods.",
     "the first world's market", "the world's largest market"),
])
def test_a_rank_copied_from_the_source_is_flagged(source, target, span, suggestion):
    [issue] = _issues(target, source)
    assert (issue.text, issue.suggestion) == (span, suggestion)
    assert "French order" in issue.message
    assert _issues(target) == []  # without a source, the English alone is ambiguous: quiet


def test_the_source_must_rank_with_the_same_ordinal_and_a_noun_that_is_a_rank():
    assert source_ranks("Le Ghana, deuxième producteur mondial de cacao", "fr") == {2: {"producteur"}}
    assert source_ranks("Roublev, 8e mondial, s'est qualifié", "fr") == {8: {""}}
    assert source_ranks("depuis la Première Guerre mondiale", "fr") == {}
    assert source_ranks("une première mondiale à Hollywood", "fr") == {}
    assert source_ranks("son premier Mondial au Brésil", "fr") == {}  # the World Cup, a name
    assert source_ranks("le premier dirigeant mondial à féliciter Trump", "fr") == {}
    target = "Ghana, second world producer of cocoa, raised the price."
    assert _issues(target, "Le Ghana, premier producteur mondial de cacao, a relevé le prix.") == []
    assert _issues(target, "Le Ghana, grand producteur de cacao, a relevé le prix.") == []
    assert len(_issues(target, "Le Ghana, deuxième producteur mondial de cacao, a relevé le prix.")) == 1


# Correct English of our own with an ordinal before "world" or "global" and a noun after it (so that every one
# reaches the rule: bench/quiet_screens.py), with the French it translates where there is one: none may be flagged.
# (source, target) pairs.
QUIET = [
    # no source: "first world" is also the rich countries, "the first world leader who …" the first in time
    (None, "First world economies are slowing down."),
    (None, "First world consumers bear the brunt of the rise."),
    (None, "Emerging and first world markets fell on Monday."),
    (None, "Rich first world donors pledged $2bn."),
    (None, "The first world leader who visited Kyiv was Boris Johnson."),
    (None, "It was the first world computer chess championship."),
    (None, "Debt weighs on third world farmers."),
    (None, "The second world agency to sign was Havas."),
    # a source with no rank, or whose ordinal and « mondial » name or count (not_ranks, first_in_time)
    ("Depuis la Première Guerre mondiale, les producteurs des pays riches dominent.",
     "Since the First World War, first world producers have dominated."),
    ("Les consommateurs des pays riches, premiers touchés depuis la Première Guerre mondiale, paient.",
     "First world consumers, the first hit since the First World War, are paying."),
    ("Il fut le premier dirigeant mondial à féliciter Trump.",
     "He was the first world leader who congratulated Trump."),
    ("Le premier sommet mondial des dirigeants sur le climat s'est tenu à Rio.",
     "The first world leaders' summit on climate was held in Rio."),
    ("Le sixième forum mondial de l'eau s'ouvre à Marseille.", "The sixth world water forum opens in Marseille."),
    ("Elle a remporté son premier titre mondial à Doha en 2019.", "She won her first world title in Doha in 2019."),
    ("Il a remporté la première manche mondiale de la saison.", "He won the first world cup race of the season."),
    ("Il a remporté son premier Mondial en 2002.", "He won his first world cup title in 2002."),
    ("C'est la première mondiale de la saison.", "This is the first world premiere of the season."),
    ("Les vétérans de la Seconde Guerre mondiale se sont réunis à Caen.",
     "Veterans of the second world war gathered in Caen."),
    ("La dette pèse sur les agriculteurs du tiers monde.", "Debt weighs on third world farmers."),
    ("C'est sa deuxième médaille mondiale en trois ans.", "It is her second world medal in three years."),
    ("Il a battu son premier record mondial à 19 ans.", "He set his first world record at 19."),
    ("Le troisième congrès mondial des délégués s'est réuni à Lyon.", "The third world congress of delegates met in Lyon."),
    # the source ranks, but otherwise: another ordinal, a player's rank against a noun's, the first in time
    ("L'Inde est le cinquième exportateur mondial de riz.", "India is the fourth world exporter of rice."),
    ("Roublev, 8e mondial, est tête de série numéro un du tournoi.", "Rublev is the 1st world seed of the tournament."),
    ("C'est la première puissance mondiale, a dit le président.",
     "Britain was the first world power to industrialise, the president said."),
    ("Premier exportateur mondial de cacao, la Côte d'Ivoire a adopté le système.",
     "Ivory Coast, the first world cocoa exporter to adopt the scheme, is pleased."),
]


@pytest.mark.parametrize("source, target", QUIET)
def test_correct_english_with_an_ordinal_before_world_is_quiet(source, target):
    assert world_rank.target_pattern("en").search(target)  # the example reaches the rule it is quiet under
    assert _issues(target, source) == []


def test_a_bad_table_is_a_data_error_naming_the_file(monkeypatch):
    from mtqa.langs import language

    for lang, key, value, text in (("en", "ordinals", {"first": "one"}, "the first world exporter"),
                                   ("fr", "not_ranks", "guerre", "premier exportateur mondial"),
                                   ("fr", "sized", [3], "premier exportateur mondial")):
        table = dict(language(lang).extra["world_rank"])
        table[key] = value
        monkeypatch.setitem(language(lang).extra, "world_rank", table)
        world_rank._table.cache_clear()
        world_rank.target_pattern.cache_clear()
        world_rank.source_pattern.cache_clear()
        try:
            with pytest.raises(DataError, match=rf"{lang}\.toml.*world_rank\.{key}"):
                list(ranks(text, lang)) if lang == "en" else source_ranks(text, lang)
        finally:
            monkeypatch.undo()
            world_rank._table.cache_clear()
            world_rank.target_pattern.cache_clear()
            world_rank.source_pattern.cache_clear()


class _Unscanned:
    """A pattern that must not be searched: the gate rules the text out first."""

    def finditer(self, text):
        raise AssertionError(f"scanned {text!r}")


def test_a_text_without_a_world_word_is_not_scanned(monkeypatch):
    # the pattern needs "world" or "global" in lower case; a text with neither is answered without a scan
    monkeypatch.setattr(world_rank, "target_pattern", lambda lang: _Unscanned())
    assert list(ranks("The second largest agency of the World Bank group announced its merger.", "en")) == []


def test_a_text_with_a_world_word_is_still_read():
    assert [r.rank for r in ranks("Omnicom, the second global agency, announced a merger.", "en")] == [2]

"""Places with an adjective of the compass or the centre (issue 12, lf34): T201 reports a translation that keeps
the French pair (Asie centrale), its order with English words (Europe western) or the French adjective's English
look-alike before the place (oriental Africa), with the English name as suggestion; English style stays clean."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from tests.checks.accuracy_helpers import aligned_pair, context


def t201(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion) for i in check_pair(pair, context(("T201", "A205"))).issues]


@pytest.mark.parametrize("source,target,expected", [
    # the French pair copied: reported whole, not as its place alone (Asia)
    ("Les gazoducs d'Asie centrale sont saturés.", "The gas pipelines of Asie centrale are saturated.",
     [("Asie centrale", "Central Asia")]),
    # the French order kept with English words
    ("Le froid gagne l'Europe occidentale.", "The cold is spreading to Europe western.",
     [("Europe western", "Western Europe")]),
    ("Les banques d'Europe centrale résistent.", "The banks of Europe central are holding up.",
     [("Europe central", "Central Europe")]),
    ("La sécheresse frappe l'Afrique australe.", "Drought hits Africa southern.", [("Africa southern", "Southern Africa")]),
    # the French adjective's English look-alike before the place; the table names the pair (East Africa)
    ("La famine menace l'Afrique orientale.", "Famine threatens oriental Africa.", [("oriental Africa", "East Africa")]),
    # regions English names East/West, not Eastern/Western: the table's name, not the composed one
    ("La Prusse orientale a disparu en 1945.", "Oriental Prussia disappeared in 1945.",
     [("Oriental Prussia", "East Prussia")]),
    ("Le séisme a frappé Sumatra occidental.", "The earthquake struck Sumatra western.",
     [("Sumatra western", "West Sumatra")]),
    # no row: a direction, which English news writes in lower case (capitalised where a sentence begins)
    ("Les élections en Ukraine occidentale ont eu lieu.", "The elections in occidental Ukraine took place.",
     [("occidental Ukraine", "western Ukraine")]),
    ("Les combats reprennent en Ukraine orientale.", "Fighting resumes in Ukraine eastern.",
     [("Ukraine eastern", "eastern Ukraine")]),
    ("L'Ukraine orientale vote dimanche.", "Oriental Ukraine votes on Sunday.", [("Oriental Ukraine", "Eastern Ukraine")]),
    # the French order with both words capitalised, as truecasing MT writes it
    ("Les gazoducs d'Asie centrale sont saturés.", "The gas pipelines of Asia Central are saturated.",
     [("Asia Central", "Central Asia")]),
    ("Le volcan de Java oriental gronde.", "The volcano of Java Oriental is rumbling.", [("Java Oriental", "East Java")]),
    # a place the source language also writes as a common word (la java, a dance), when the table names the pair
    ("Le séisme a frappé Java oriental.", "The earthquake struck oriental Java.", [("oriental Java", "East Java")]),
])
def test_a_place_adjective_in_french_order_or_words_is_reported(source, target, expected):
    assert t201(source, target) == expected


@pytest.mark.parametrize("source,target,expected", [
    # the French adjective without its accents, capitalised or not
    ("Les vignerons de la France méridionale s'inquiètent.", "The winegrowers of France Meridional are worried.",
     [("France Meridional", "southern France")]),
    ("Les vignerons de la France méridionale s'inquiètent.", "The winegrowers of France meridional are worried.",
     [("France meridional", "southern France")]),
    # the English compass point after the place: a direction in lower case, a region of the table capitalised
    ("Les combats reprennent dans l'Ukraine orientale.", "Fighting resumes in the Ukraine East.",
     [("Ukraine East", "eastern Ukraine")]),
    ("Le Timor oriental a voté dimanche.", "Timor East voted on Sunday.", [("Timor East", "East Timor")]),
    # hyphenated as the source writes the region of the table
    ("Les mineurs de Virginie-Occidentale font grève.", "The miners of Virginia-Occidental are on strike.",
     [("Virginia-Occidental", "West Virginia")]),
])
def test_the_french_order_with_a_compass_point_an_unaccented_or_hyphenated_adjective(source, target, expected):
    assert t201(source, target) == expected


@pytest.mark.parametrize("source,target", [
    # English order and English names
    ("Le Timor oriental a voté dimanche.", "East Timor voted on Sunday."),
    ("Le Sahara occidental est disputé.", "Western Sahara is disputed."),
    ("Les mineurs de Virginie-Occidentale font grève.", "The miners of West Virginia are on strike."),
    ("Les vignerons de la France méridionale s'inquiètent.", "The winegrowers of southern France are worried."),
    # a compass point before "of" is a direction from the place
    ("La France orientale, à l'est du Rhin, était allemande.", "France East of the Rhine was German."),
    # a longer name goes on after the compass point (a firm named after the region)
    ("Les gisements de l'Ukraine orientale attirent Ukraine East Power.",
     "The deposits of eastern Ukraine attract Ukraine East Power."),
    # a hyphenated département English keeps, no region of the table
    ("Il vit dans les Pyrénées-Orientales depuis mai.", "He has lived in the Pyrénées-Orientales since May."),
])
def test_compass_points_and_hyphens_leave_english_names_clean(source, target):
    assert t201(source, target) == []


@pytest.mark.parametrize("source,target", [
    ("Les gazoducs d'Asie centrale sont saturés.", "The gas pipelines of Central Asia are saturated."),
    # English style in lower case before the place
    ("Le froid gagne l'Europe occidentale.", "The cold is spreading to western Europe."),
    ("Les banques d'Europe centrale résistent.", "The banks of central Europe are holding up."),
    # the source has no such pair: an English noun after a place name
    ("La banque centrale de l'Europe a parlé.", "The Europe central bank spoke."),
    ("Les usines de l'Ohio sont ouvertes.", "Ohio central heating plants are open."),
    # a common noun capitalised where the sentence begins is no place
    ("Zone centrale et quais sont fermés.", "Zone centrale and quays are closed."),
    # a direction in English style; a longer name the capitalised pair opens
    ("Les combats reprennent en Ukraine orientale.", "Fighting resumes in eastern Ukraine."),
    ("Les fonds d'Asie centrale montent.", "The Asia Central Fund shares are rising."),
    # English names with a compass or centre word, the source writing no such pair
    ("La banque centrale a relevé ses taux.", "The central bank raised its rates."),
    ("Il court à Central Park le matin.", "He runs in Central Park in the morning."),
    ("Il a envoyé l'argent par Western Union.", "He sent the money by Western Union."),
    ("Il habite l'East End de Londres.", "He lives in London's East End."),
    ("Le Massif central est enneigé.", "The Massif Central is snowy."),
    ("Occidental Petroleum a annoncé des pertes.", "Occidental Petroleum announced losses."),
])
def test_english_names_and_other_pairs_stay_clean(source, target):
    assert [t for t, _ in t201(source, target) if t != "centrale"] == []


def test_a_longer_name_of_the_table_keeps_its_reading():
    assert t201("Banque centrale européenne : la réunion est reportée.",
                "Banque centrale européenne: the meeting is postponed.") == [
        ("Banque centrale européenne", "European Central Bank")]




def test_the_adjective_map_is_built_once_per_pair_not_per_segment(monkeypatch):
    """The map from every adjective form a translation may write to the target adjective is the pair's: two
    segments whose source writes a place with its adjective read one map (the map was merged anew for each)."""
    from mtqa.names import place_adjectives as module

    ctx = context(("T201",))
    reads = []
    for memo in (module._patterns, getattr(module, "_english_adjective", None)):
        if memo is not None:
            memo.cache_clear()  # built afresh below, from the counting table

    class Counting(dict):
        def values(self):
            reads.append(1)
            return super().values()

    monkeypatch.setitem(ctx.pair.__dict__, "geographic_adjectives", Counting(ctx.pair.geographic_adjectives))
    pair = aligned_pair([("Titre", "Title"),
                         ("Les gazoducs d'Asie centrale sont saturés.", "The gas pipelines of Asie centrale are saturated."),
                         ("Le froid gagne l'Europe occidentale.", "The cold is spreading to Europe western.")])
    assert [i.text for i in check_pair(pair, ctx).issues if i.code == "T201"] == ["Asie centrale", "Europe western"]
    assert len(reads) == 2  # the patterns' build and the map's, once each


def test_t109_reads_each_sources_groups_compounds_and_pairs_once_for_every_translation(monkeypatch):
    # one source sentence, translated by several systems: its groups, its two-word demonyms and its hyphenated
    # pairs are read once each (one memo entry per source holds all three), and each translation still gets
    # its own report
    from mtqa.checks import demonyms

    calls = []
    for name in ("_groups", "_compounds", "_hyphenated"):
        real = getattr(demonyms, name)
        monkeypatch.setattr(demonyms, name, lambda *a, _real=real, _name=name: calls.append(_name) or _real(*a))
    source = "Les New-Yorkais et les Clermontois aiment les accords franco-allemands."
    ctx = context(("T109",)).__class__(context(("T109",)).config)
    reports = [[i.code for i in check_pair(aligned_pair([(source, target)], headline=False), ctx).issues]
               for target in ("The New-Yorkais and the Clermontois love the franco-allemands deals.",
                              "New Yorkers and the people of Clermont love the Franco-German deals.",
                              "The New-Yorkais and the Clermontois love the Franco-German agreements.")]
    assert sorted(calls) == ["_compounds", "_groups", "_hyphenated"]
    assert reports[0].count("T109") >= 2 and reports[1] == [] and reports[2].count("T109") >= 2

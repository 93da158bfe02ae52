"""The figure oracle of bench/recall.py: a source figure is lost only when the translation has no reading of it.

The oracle judges MT by a human translation. Rendered in another English notation, a figure is kept, and
calling it lost would count a correct translation as a miss of mtqa's (on WMT12-13 such readings were most
of the oracle's figure positives, and each read as a correct translation)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import recall  # noqa: E402


def _lost(src: str, mt: str, ref: str) -> list[str]:
    return [tok for _, _, tok in recall.oracle_figure(src, mt, ref)[0]]


@pytest.mark.parametrize("src, mt, ref", [
    ("La mode des années 70 revient.", "The fashion of the 1970s is back.", "Seventies fashion is back."),
    ("La mode des années 70 revient.", "The fashion of the seventies is back.", "The fashion of the '70s is back."),
    ("Le style des années 1980 revient.", "The style of the '80s is back.", "The 1980s style is back."),
    ("Il a marqué à la 23e minute.", "He scored in the twenty-third minute.", "He scored in the 23rd minute."),
    ("Le texte date du 18ème siècle.", "The text dates from the eighteenth century.", "The text is 18th-century."),
    ("La séance a repris à 15:50 heures.", "The session resumed at 3: 50 p. m.", "The session resumed at 15:50."),
    # seconds after the minutes (KIT's tokenised "H: MM.SS p.m."): the hour is still the afternoon's
    ("Le vote a eu lieu à 15h05.", "The vote took place at 3: 05.00 p.m.", "The vote took place at 15:05."),
    ("Le train part à 18h40.", "The train leaves at 6:40:00 p.m.", "The train leaves at 18:40."),
    ("Le plan coûte 68 milliards d'euros.", "The plan costs 68 thousand million euros.",
     "The plan costs 68 billion euros."),
    ("La saison 2013-2014 commence.", "The 2013-14 season begins.", "The 2013-2014 season begins."),
    # two figures side by side are two, not one grouped by a space; spaced hyphens; a word before the scale
    ("Il a 4000 des 176 000 clients.", "He has 4000 176 000 customers.", "He has 4000 of the 176,000 customers."),
    ("En 2015, 175 millions de foyers.", "In 2015 175 million homes.", "In 2015, 175 million homes."),
    ("Le 22e anniversaire.", "The twenty - second anniversary.", "The 22nd anniversary."),
    ("Elle dépensera 70 millions de plus.", "It will spend 70 additional million.", "It will spend 70 million more."),
    ("L'épave gît à 9 mille 200 pieds.", "The wreck lies at 9,200 feet.", "The wreck lies at 9,200 feet."),
    ("Le salaire moyen est de 5 mille 352 pesos.", "The average wage is 5 thousand and 352 pesos.",
     "The average wage is 5,352 pesos."),
])
def test_a_figure_in_another_english_notation_is_kept(src, mt, ref):
    assert _lost(src, mt, ref) == []


@pytest.mark.parametrize("src, mt, ref, lost", [
    ("Le style des années 80 revient.", "The style of the 1990s is back.", "The '80s style is back.", ["80"]),
    ("Il a marqué à la 23e minute.", "He scored in the twenty-fourth minute.", "He scored in the 23rd minute.",
     ["23"]),
    ("Le plan coûte 68 milliards d'euros.", "The plan costs 68 thousand euros.", "The plan costs 68 billion euros.",
     ["68"]),
    ("Il a vendu 10 milles exemplaires.", "He sold 10 miles copies.", "He sold 10,000 copies.", ["10"]),
    ("La saison 2013-2014 commence.", "The 2013-15 season begins.", "The 2013-2014 season begins.", ["2014"]),
    # a figure said in two parts is one figure: "9000 200" is not 9,200 (nor two figures of the source)
    ("L'épave gît à 9 mille 200 pieds.", "The wreck lies at 9000 200 feet.", "The wreck lies at 9,200 feet.", ["9"]),
    ("Le vote a eu lieu à 16h05.", "The vote took place at 3: 05.00 p.m.", "The vote took place at 16:05.", ["16"]),
])
def test_a_figure_lost_or_changed_is_still_a_positive(src, mt, ref, lost):
    assert _lost(src, mt, ref) == lost


def test_a_french_nationality_word_flagged_by_t109_is_a_caught_french_word():
    # T109 takes a copied nationality word from A205 (precedence: it names the English form), so its flag
    # catches the leftover French word as A205's did
    src = ["Des citoyens germano-turcs manifestent."]
    mt = ["Some germano-turcs citizens demonstrate."]
    pe = ["Some German-Turkish citizens demonstrate."]
    start = mt[0].index("germano")
    flag = ("T109", start, start + len("germano-turcs"), "germano-turcs", "German-Turkish", "")
    pos, verdicts, _ = recall.evaluate("x", src, mt, pe, {0: [flag]}, [0])
    assert pos["french"] and all(by == {"T1"} for *_, by in pos["french"])
    assert verdicts["T1"]["hit"] == 1


def test_a_name_flag_the_judge_contradicts_in_its_own_document_is_unjudged():
    # the judge keeps the flagged typo in one line but writes the suggested name in another line of the
    # same document: its keeping the typo is no verdict (it was a false alarm); in another document it is
    src = ["Le président Kalvaro parle.", "Kalvarro a souri."]
    mt = ["President Kalvaro speaks.", "Kalvarro smiled."]
    pe = ["President Kalvaro speaks.", "Kalvarro smiled."]
    start = mt[1].index("Kalvarro")
    flag = ("T101", start, start + len("Kalvarro"), "Kalvarro", "Kalvaro", "")
    _, same_doc, _ = recall.evaluate("x", src, mt, pe, {1: [flag]}, [1], docs=[0, 0])
    _, other_doc, _ = recall.evaluate("x", src, mt, pe, {1: [flag]}, [1], docs=[0, 1])
    assert same_doc["T1"] == {"unjudged": 1}
    assert other_doc["T1"] == {"false": 1}


@pytest.mark.parametrize("src, mt, scrambled", [
    # the hour and the minutes are both there, never joined as a time: the time is lost
    ("Le bus part à 9 heures 40 du matin.", "The bus leaves 40 to 9 hours of the morning.", True),
    ("Le bus part à 9 heures 40 du matin.", "The bus leaves at 9.00 40.", True),
    ("Le film dure 1h50.", "The film lasts 1 50 hours.", True),
    # joined, but another time: minutes marked as an hour, or the other half of the day than the source's
    ("Le bus part à 9 heures 40 du matin.", "The bus leaves at 9 hours 40am.", True),
    ("Le bus part à 9 heures 40 du matin.", "The bus leaves at 9 p.m. 40 in the morning.", True),
    ("La séance reprend à 15:05 heures.", "The session resumes at 15:05 a.m.", True),
    ("Le bus part à 21 heures 40.", "The bus leaves at 9 p.m. 40.", False),
    # however clumsy, a joined time is there (the checks judge its half of the day)
    ("Le bus part à 9 heures 40 du matin.", "The bus leaves at 9 : 40 a.m.", False),
    ("Le bus part à 21h40.", "The bus leaves at 9.40 pm.", False),
    ("Le bus part à 9 heures 40 du matin.", "The bus leaves at 9 o'clock 40 in the morning.", False),
    ("Le bus part à 9 heures 40 du matin.", "The bus leaves at twenty to ten.", False),  # words: readings judge
    # a duration in hours and minutes, and a label's colon, are no scrambled time
    ("Le film dure 2h30.", "The film lasts 2 hours and 30 minutes.", False),
    ("Le film dure 1h30.", "The film lasts 1 hour, 30 minutes.", False),
    ("Le film dure 2h30.", "The film lasts 2 hrs 30 mins.", False),
    ("Groupe 2 : 15 équipes qualifiées.", "In group 2, 15 teams qualified.", False),
])
def test_a_clock_time_whose_figures_are_scrambled_is_not_clean(src, mt, scrambled):
    assert recall.clock_scrambled(src, mt) is scrambled
    if scrambled:  # each figure is in the MT: only the joined time makes the segment not clean
        assert recall.oracle_figure(src, mt, mt) == ([], False)


@pytest.mark.parametrize("pe,suggestion", [
    # two brothers: the judge writes both names in the document, so keeping Raoul here is its verdict
    (["Fidel Castro spoke first.", "Then Raoul Castro replied.", "Raoul laughed."], "Fidel"),
    # the suggestion is a common word the judge writes elsewhere in lower case only, never as a name
    (["The teachers mark the papers.", "Then Raoul Castro replied.", "Nobody laughed."], "Mark"),
])
def test_a_judge_writing_both_forms_or_only_a_common_word_keeps_its_verdict(pe, suggestion):
    mt = ["x", "Then Raoul Castro replied.", "y"]
    start = mt[1].index("Raoul")
    flag = ("T101", start, start + len("Raoul"), "Raoul", suggestion, "")
    _, verdicts, _ = recall.evaluate("x", ["a", "b", "c"], mt, pe, {1: [flag]}, [1], docs=[0, 0, 0])
    assert verdicts["T1"] == {"false": 1}


@pytest.mark.parametrize("mt, lost", [
    # the source's scale word dropped: an English reader reads 1.168, not 1,168 (its French-dot reading)
    ("Meanwhile 1.168 crimes were recorded.", ["1,168"]),
    ("Meanwhile 1.168 a thousand crimes were recorded.", ["1,168"]),
    # the figure said in English, with the scale or in full, or with the digits read as a decimal comma's
    ("Meanwhile 1,168,000 crimes were recorded.", []),
    ("Meanwhile 1.168 million crimes were recorded.", []),
    ("Meanwhile 1,168 thousand crimes were recorded.", []),
])
def test_a_figure_that_keeps_the_digits_and_loses_the_scale_word_is_lost(mt, lost):
    src = "Pendant ce temps, 1,168 mille crimes ont été enregistrés."
    ref = "Meanwhile, 1,168,000 crimes were recorded."
    assert _lost(src, mt, ref) == lost
    assert recall.oracle_figure(src, mt, ref)[1] is not lost


def test_a_scale_lost_reading_needs_the_same_digits_and_no_scale_abbreviation():
    src = "Il a levé 17,280 billions."  # a French billion is 10^12
    assert recall.scale_lost(src, "He raised 17.280 billion.") == {10: 17.28e9}
    assert recall.scale_lost(src, "He raised 17.28 trillion.") == {}
    assert recall.scale_lost("Il a levé 4,1 milliards.", "He raised 4.1bn.") == {}
    assert recall.scale_lost("Il a levé 4,1 milliards.", "He raised 4.1m.") == {}  # lost, but read as a changed figure
    assert recall.scale_lost("Il a levé 4,1 milliards.", "He raised 4,1.") == {}  # no English figure: a format


@pytest.mark.parametrize("mt, lost", [
    # a figure said in parts after two scale words is one figure, 5,143,312
    ("It fell from 5 million 143 thousand 312 dollars.", []),
    ("It fell from 5,143,312 dollars.", []),
    # a currency sign inside the figure breaks it in two: "$630 thousand $697" is read as two amounts
    ("It fell from 5 million 143 thousand $312.", ["5"]),
    ("It fell from 143 thousand 312 $5 million.", ["5"]),  # the parts scrambled: neither is the figure
    ("It fell from 5 million 143 thousand 312 million.", ["5"]),  # a last part on a larger scale: its own figure
])
def test_a_figure_said_in_parts_after_several_scale_words_is_one_figure(mt, lost):
    src = "Il a baissé depuis 5 millions 143 mille 312 dollars."
    ref = "It fell from 5.143.312 dollars."
    assert _lost(src, mt, ref) == lost


def test_the_parts_of_a_figure_said_in_parts_are_not_figures_of_their_own():
    assert [tok for _, _, tok, _ in recall.values("aux 5 millions 143 mille 312 dollars", True)] == ["5"]
    assert recall.values("3 millions 400 000 habitants", True)[0][3] == {3_400_000}
    # a repeated last group is a figure of its own, not part of the one said before it
    assert [vs for *_, vs in recall.values("18 thousand and 969 969 persons", False)] == [{18_969}, {969_969}]
    # a scale after a decimal figure takes no rest: "1.5 million 20 years ago" is two figures
    assert [vs for *_, vs in recall.values("1.5 million 20 years ago", False)][1] == {20}


def test_a_word_order_flag_the_judge_reorders_is_not_kept():
    # "Korea South" in the French order: the post-edit writes "South Korea", the change the flag suggests
    src = ["Plusieurs banques, dont la Corée du Sud, ont agi."]
    mt = ["Several banks, including Korea South, acted."]
    start = mt[0].index("Korea")
    flag = ("T201", start, start + len("Korea South"), "Korea South", "South Korea", "")
    _, verdicts, false = recall.evaluate("x", src, mt, ["Several banks, including South Korea, South Africa, acted."],
                                         {0: [flag]}, [0])
    assert verdicts["T2"] == {"unjudged": 1} and false == []
    # a judge that keeps the order keeps the flagged choice: a false alarm, as before
    _, verdicts, _ = recall.evaluate("x", src, mt, ["Several banks, including Korea South, acted."], {0: [flag]}, [0])
    assert verdicts["T2"] == {"false": 1}
    assert not recall.reordered_by_judge(["Korea"], "South Korea")

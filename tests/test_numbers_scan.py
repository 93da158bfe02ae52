"""The figure reader's shared per-text work: one reading of the runs of letters, patterns built once.

The reader (:mod:`mtqa.numbers`) reads the runs of letters of a text once, lowering an ASCII text
whole, and builds every pattern once per language. These tests hold the shortcuts to the plain
definitions they replace.
"""
from __future__ import annotations

import re

import pytest

import mtqa.numbers as numbers
from mtqa.numbers import _Scan, find_quantities
from mtqa.words import LETTERS_RE

TEXTS = [
    "At five o'clock in the afternoon, 3,000 people had signed.",
    "Le 25 mai à 14h30, l'équipe a reçu 1,5 milliard d'euros.",
    "ΟΔΟΣ'Α and ΟΔΟΣ: a final sigma is lowered by what follows it",  # not ASCII: lowered run by run
    "KELVIN_9a b-c d'e  Ünïcödé",
    "",
    "1234",
    "  a  b ", "a", "x,y;z.", "...", "Z", "(Ab)-cD 9e",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_runs_of_letters_are_those_of_the_letters_pattern(text):
    scan = _Scan(text)
    expected = [(m.start(), m.end(), m.group().lower()) for m in LETTERS_RE.finditer(text)]
    assert scan.words == expected
    assert scan.lowered == frozenset(w for _, _, w in expected)


def test_an_oclock_hour_is_read_without_building_a_pattern_per_text(monkeypatch):
    find_quantities("He left at five o'clock.", "en")  # the language's patterns are built here, once
    built = []
    real = re.compile

    def counting(*args, **kwargs):
        built.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(numbers.re, "compile", counting)
    found = find_quantities("They met at seven o'clock in the morning.", "en")
    assert ("time", 7, 0) in found[0].alts and ("time", 19, 0) not in found[0].alts
    assert built == []


@pytest.mark.parametrize("text, value", [
    ("It took half a year.", 0.5),
    ("It took a year and a half.", 1.5),
    ("Inflation is 2% a year.", None),  # a rate: "a year" is no span there
])
def test_spans_said_with_the_article_are_found_where_the_article_or_fraction_starts(text, value):
    spans = [q for q in find_quantities(text, "en") if q.kind == "word" and q.measure]
    assert [q.value for q in spans] == ([value] if value is not None else [])


def test_a_figure_after_noon_or_midnight_that_counts_what_follows_is_no_minutes():
    # "of", "more" after the figure make it a count (as for "15 minutes past 9 of the hostages"): the rule for
    # noon + minutes let them through as function words, and "at midnight 2 of the hostages" read 0:02 too
    from mtqa.numbers import find_quantities

    for text, time in [("At midnight 2 of the hostages died.", ("time", 0, 2)),
                       ("At noon 30 more calls came in.", ("time", 12, 30))]:
        assert all(time not in q.alts for q in find_quantities(text, "en")), text
    assert ("time", 0, 15) in find_quantities("They met at midnight 15.", "en")[0].alts


@pytest.mark.parametrize("text, lang, time", [("They met at midnight 15 GMT.", "en", ("time", 0, 15)),
                                              ("Ils se sont vus à midi 15 GMT.", "fr", ("time", 12, 15))])
def test_a_time_zone_after_the_minutes_of_noon_or_midnight_keeps_the_time(text, lang, time):
    # a zone word counts nothing: "midnight 15 GMT" is 0:15, as "midnight 15." is
    from mtqa.numbers import find_quantities

    assert time in find_quantities(text, lang)[0].alts


@pytest.mark.parametrize("text, times", [
    # the minutes of one time are the hour of the next: each time is read, and the reading of the first stays
    ("The doors opened at 11 o'clock 10 o'clock 20.", {("time", 11, 10), ("time", 10, 20)}),
    ("The doors opened at 11 hours 10 hours 20.", {("time", 11, 10), ("time", 10, 20)}),
])
def test_minutes_that_are_the_hour_of_the_next_time_get_both_readings(text, times):
    ten = next(q for q in find_quantities(text, "en", "fr") if q.text == "10")
    assert times <= ten.alts


def test_word_patterns_are_compiled_for_the_key_asked_only():
    """Asking for "noon" compiles the noon words' patterns, not those of every word list (hundreds)."""
    import dataclasses

    from mtqa.numbers import conventions

    conv = dataclasses.replace(conventions("en"))  # a fresh copy: no answers kept yet
    noon = conv.word_patterns("noon")
    assert any(p.search("We met at NOON today.") for p in noon)  # whole word, any case
    assert any(p.search("We met at noon today.") for p in noon) and not any(p.search("afternoons") for p in noon)
    assert set(conv._word_patterns) == {"noon"}
    assert conv.word_patterns("own_months") == ()  # not a list of words


@pytest.mark.parametrize("lang, text", [
    ("en", "The flight left at 1700 GMT."), ("en", "Patrols start at 1530 hours."),
    ("en", "Shops open from 1000 to 2030 hours."), ("en", "The race took 2 hours 45 minutes."),
    ("en", "He called at 6.30 pm, then at 7 a.m."), ("en", "She won in 2:03:59."), ("en", "Doors open at 15 : 05."),
    ("fr", "Le train part à 14h30."), ("fr", "Rendez-vous à 9 heures."), ("fr", "Il a couru en 2 h 03."),
])
def test_the_search_before_the_time_screen_lets_every_time_through(lang, text):
    # the one search over the text (a digit, then a colon, a dot or a word after an hour) stands before the
    # time patterns: a time it misses would be read as plain figures
    conv = numbers.conventions(lang, "fr" if lang == "en" else "en")
    assert any(conv.time_screen.match(text, at) for at in numbers.digit_starts(text)), text
    prescreen, anchored = conv.time_prescreen
    assert anchored  # none of the words after an hour starts with a digit: tried at the runs' starts alone
    assert any(prescreen.match(text, at) for at in numbers.digit_starts(text)), text
    assert prescreen.search(text) is not None, text
    plain = "In 2013, 32 people and 1,500 firms left."
    assert prescreen.search(plain) is None and not any(prescreen.match(plain, at) for at in numbers.digit_starts(plain))


@pytest.mark.parametrize("text", ["At 10 : 30, then 7.45 and 2013 at 9 pm.", "Scores 3-2, 14h30, 1999 GMT", "2 3 4",
                                  "The flight at 1700 GMT, 18 :", "Rendez-vous à 9 heures ou 10h.", "12345", "9 a", ""])
def test_the_time_prescreen_tried_at_the_runs_of_digits_finds_what_its_search_finds(text):
    # the runs' starts stand for every digit: the pattern's tail only follows a run's last digit
    for lang, other in (("en", "fr"), ("fr", "en")):
        prescreen, _ = numbers.conventions(lang, other).time_prescreen
        searched = re.compile(prescreen.pattern.replace(r"\d+", r"\d", 1), prescreen.flags).search(text) is not None
        assert any(prescreen.match(text, at) for at in numbers.digit_starts(text)) == searched, (lang, text)


def test_a_text_without_case_twins_is_read_as_it_is():
    assert numbers._untwinned("Ünïcödé 3 km") == "Ünïcödé 3 km"
    assert numbers._untwinned("3 milliardſ, 4 \u212aM") == "3 milliards, 4 KM"


def test_no_letters_are_read_before_a_numeral_after_a_space_a_bracket_or_a_sign():
    # the characters _numerals reads as "nothing glued before" without a window: _letters_before agrees
    for ch in numbers._NO_LETTERS_BEFORE:
        assert numbers._letters_before("Abc" + ch if ch else "") == "", repr(ch)
    assert numbers._letters_before("MS-") == "MS" and "-" not in numbers._NO_LETTERS_BEFORE


@pytest.mark.parametrize("text, lang, other, decade", [
    ("Dans les années 80, 3 usines.", "fr", "en", True),
    ("In the années 80 style, 3 plants.", "en", "fr", True),  # the other side's decade words are understood
    ("In 80 towns, 3 plants.", "en", "fr", False),
    ("Des ANNÉES 80 aux années 90.", "fr", "en", True),
])
def test_the_decade_words_are_looked_for_only_in_a_text_that_writes_one(text, lang, other, decade):
    conv = numbers.conventions(lang, other)
    scan = _Scan(text)
    assert bool(numbers._written(conv.lower_words["decade_words"], scan)) == decade
    eighty = next(q for q in find_quantities(text, lang, other) if q.text.startswith("80"))
    assert (1980.0 in eighty.alts) == decade


@pytest.mark.parametrize("text", [
    "Mr Clinton met Louis XIV and Charles Ier in London; I saw MCMXCIV, XXe and Xth-century art.",
    "Le IIIe Reich, la Ve République, Mrs Lee, DVD, CD-ROM, XIV-XV, (XIV) and VI.", "I", "", "MMMM CCCC XLIV",
])
def test_the_roman_numerals_read_at_their_candidates_are_those_of_a_whole_scan(text):
    starts = [m.start() for m in numbers._ROMAN_START_RE.finditer(text)]
    assert [m.span() for m in numbers.finditer_at(numbers._ROMAN_RE, text, starts)] == \
        [m.span() for m in numbers._ROMAN_RE.finditer(text)]


def test_one_reading_of_the_unit_after_a_figure():
    # the scale carried between figures and A401's bracketed conversions read the same unit word (fx77)
    from mtqa.checks import numbers as number_checks
    from mtqa.numbers import unit_after

    text = "Le pont a coûté 17 millions d'euros (environ 15 millions de livres)."
    assert unit_after(text, text.index(" millions")) == "millions"
    assert unit_after(text, text.index(" d'euros")) == "euros"
    assert unit_after("(about 87 m)", 9) == "m" and unit_after("(about 87 m)", 9, 3) is None
    assert not hasattr(number_checks, "_UNIT_AFTER_RE")


def test_the_unit_after_a_figure_is_read_past_a_link_closed_by_a_no_break_space():
    # the old A401 reading took « de\u00a0euros »; the one reading must too, or A401 goes quiet on a wrong figure
    from mtqa.api import check_texts
    from mtqa.config import Config
    from mtqa.context import Context
    from mtqa.numbers import unit_after

    for space in ("\u00a0", "\u202f"):
        text = f"près de 450 millions de{space}euros"
        assert unit_after(text, text.index(" millions")) == "millions"
        assert unit_after(text, text.index(" millions") + len(" millions")) == "euros"
    source = "Le chantier a coûté 40 milliards de roupies (près de 450 millions de\u00a0euros)."
    target = "The site cost 40 billion rupees (nearly 540 million euros)."
    found = check_texts(target, source=source, ctx=Context(Config(select=("A401",)))).issues
    assert [i.text for i in found if i.code == "A401"] == ["540 million"]

"""Text in a script English is not written in: A207 (a whole segment) and A208 (words inside English)."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.langs import Language
from mtqa.langs.scripts import foreign_runs, script_of

HEAD = "Crowds in Berlin\n\n"
GERMAN = "Rally in Berlin\n\nHeute nahmen 3000 Menschen an der Versammlung in Berlin teil."


def issues(text: str, source: str | None = None, select=("A207", "A208")):
    return check_texts(text, source=source, ctx=Context(Config(select=select))).issues


def codes(text: str, source: str | None = None) -> list[str]:
    return [i.code for i in issues(text, source)]


@pytest.mark.parametrize("ch,script", [("ж", "Cyrillic"), ("参", "Han"), ("α", "Greek"), ("ש", "Hebrew"),
                                       ("ب", "Arabic"), ("क", "Devanagari"), ("か", "Kana"), ("한", "Hangul"),
                                       ("é", "Latin"), ("3", None), ("℃", None), ("€", None), ("ª", None),
                                       ("µ", None)])
def test_script_of_letters(ch, script):
    assert script_of(ch) == script


def test_runs_keep_marks_with_their_letters():
    runs, native = foreign_runs("the word नमस्ते here", frozenset({"Latin"}))
    assert [(r.start, r.end, r.script) for r in runs] == [(9, 15, "Devanagari")] and native == 11


@pytest.mark.parametrize("text", [
    "Сегодня в собрании приняли участие 3000 человек.",
    "今天有3000人参加了柏林的集会。",
    "北京 (Beijing) 今天有3000人参加了柏林的集会，GDP增长了。",
    "اليوم شارك 3000 شخص في التجمع في برلين.",
])
def test_a_segment_in_another_script_is_critical(text):
    found = issues(HEAD + text)
    assert [(i.code, i.severity.value, i.text) for i in found] == [("A207", "critical", text)]


def test_the_lead_report_fails_with_the_source_given():
    found = check_texts("Сегодня в собрании приняли участие 3000 человек.", source=GERMAN).issues
    assert [i.code for i in found] == ["A207"]  # the length and figure checks give way to the non-translation


@pytest.mark.parametrize("text,span", [
    ("Today 3,000 people attended 参加 the rally.", "参加"),
    ("Today 3.000 people attended 参加.", "参加"),
    ("Each хватает has different words in a very different order.", "хватает"),
    ("The crowd chanted Слава Україні and left.", "Слава Україні"),
    ("He went to 北京 to meet the officials of the ministry.", "北京"),
    # after a comma with no quoted translation, the sentence goes on: still a fragment
    ("The crowd chanted Слава Україні, then it left the square.", "Слава Україні"),
])
def test_a_fragment_inside_english_is_major(text, span):
    found = issues(HEAD + text)
    assert [(i.code, i.severity.value, i.text) for i in found] == [("A208", "major", span)]
    assert "script" in found[0].message and "English" in found[0].message


@pytest.mark.parametrize("text", [
    "Xi Jinping (习近平) met the delegation in Beijing on Tuesday.",
    "President Putin (Владимир Путин) spoke for an hour.",
    "The crowd chanted Слава Україні (Glory to Ukraine) and left.",
    # a translation in quotation marks after a comma, a colon or a dash glosses it as brackets would
    'The marchers sang Марш свободы, "March of Freedom", all the way to the square.',
    "The banner read 自由 – 'freedom' – in red letters.",
    'Their motto was Вперёд: “Forward”.',
    "The α-particles and γ-rays were measured, with a Δ of 5 μs and π over 2.",
    "The temperature reached 40 ℃, and fans posted 😀 and 👍 all day.",
    "Sales grew ±5% to €45 billion, the company's CEO Zoë Noël said in Zürich.",
    "Today 3,000 people attended the rally in Berlin.",
])
def test_what_english_news_writes_on_purpose_is_clean(text):
    assert codes(HEAD + text) == []


def test_a_phrase_the_source_writes_in_that_script_is_kept():
    source = "Manifestation\n\nLa foule a scandé « Слава Україні » avant de partir."
    assert codes(HEAD + "The crowd chanted \"Слава Україні\" before leaving.", source) == []


def test_a_target_profile_without_scripts_reports_nothing():
    from mtqa.checks.foreign_script import ForeignScriptSegment

    bare = Language("xx")
    assert ForeignScriptSegment.found("Сегодня в собрании", bare) == ([], 0, 0)

"""English verb inflection, one owner (mtqa/langs/inflection.py, data/inflection.toml): the rules and the irregular
verbs, read by F501's -ing suggestion and the false-friend checks' suggestions (a faulty copy of the file:
tests/test_data_errors_frames_acronyms.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from mtqa.langs.inflection import inflection


@pytest.mark.parametrize("base,form,made", [
    ("say", "s", "says"), ("see", "s", "sees"), ("have", "s", "has"), ("go", "s", "goes"), ("carry", "s", "carries"),
    ("push", "s", "pushes"), ("play", "s", "plays"), ("say", "past", "said"), ("see", "past", "saw"),
    ("see", "participle", "seen"), ("know", "participle", "known"), ("get", "participle", "got"),
    ("stop", "past", "stopped"), ("carry", "past", "carried"), ("agree", "past", "agreed"), ("admit", "past", "admitted"),
    ("visit", "past", "visited"), ("see", "ing", "seeing"), ("die", "ing", "dying"), ("Make", "ing", "Making"),
])
def test_a_base_verb_in_each_form(base, form, made):
    assert inflection("en").inflect(base, form) == made


@pytest.mark.parametrize("word,base,form", [
    ("said", "say", "past"), ("seen", "see", "participle"), ("saw", "see", "past"), ("knew", "know", "past"),
    ("has", "have", "s"), ("is", "be", "s"), ("run", "run", ""), ("reported", None, ""),
])
def test_an_irregular_form_is_read_back_to_its_base(word, base, form):
    verbs = inflection("en")
    assert (verbs.base(word), verbs.irregular_form(word)) == (base, form)


@pytest.mark.parametrize("suggestion,trap,made", [
    ("said", "indicates", "says"),      # the frame's "said" for a third person: never "saids"
    ("said", "indicating", "saying"),
    ("said", "indicated", "said"),
    ("seen", "knows", "sees"),          # never "seens"
    ("seen", "knew", "saw"),            # an irregular past trap asks for the past
    ("seen", "known", "seen"),
    ("experienced", "knew", "experienced"),  # "knew" is a past: not the stem "experience"
    ("is", "existed", "was"),
    ("postponed", "reports", "postpones"),   # the regular verbs keep the dictionaries' forms
    ("found", "discovers", "founds"),        # a spelling the dictionary inflects as a verb of its own (founded)
    ("Said", "Indicates", "Says"),
])
def test_the_false_friend_suggestion_takes_the_trap_s_form(suggestion, trap, made):
    from mtqa.checks.false_friends import _inflected

    assert _inflected(suggestion, trap, "en") == made


def test_a_frame_suggestion_of_an_irregular_verb_is_inflected_like_the_trap():
    # A505's suggestion is the frame's spelling ("said"); the third person trap asks for "says"
    from mtqa.checks.false_friends import _inflected

    assert [_inflected("said", t, "en") for t in ("affirms", "affirming", "affirmed")] == ["says", "saying", "said"]

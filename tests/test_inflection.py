"""English verb inflection, one owner (mtqa/langs/inflection.py, data/inflection.toml): the rules and the irregular
verbs, read by F501's -ing suggestion and the false-friend checks' suggestions. Sentences written for these tests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtqa.langs.inflection import inflection

DATA = Path(__file__).resolve().parents[1] / "mtqa" / "data"


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


def test_a_suffix_rule_of_another_shape_in_a_copy_names_the_file(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    text = (DATA / "inflection.toml").read_text(encoding="utf-8")
    assert '["e", "ing", 3]' in text
    bad = folder / "inflection.toml"
    bad.write_text(text.replace('["e", "ing", 3]', '["e", "ing"]'), encoding="utf-8")
    doc = tmp_path / "doc.jsonl"
    doc.write_text(json.dumps({"target": "The director avoided to say goodbye."}) + "\n", encoding="utf-8")
    env = {**os.environ, "MTQA_DATA": str(folder)}
    env.pop("MTQA_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "mtqa", "check", str(doc), "--format", "json", "--select", "F501"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr and str(bad) in lines[0], result.stderr
    assert "least length" in lines[0]

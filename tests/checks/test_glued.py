"""F1xx glued words and spacing: what is flagged, the names that are not, and the seed."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair, check_texts
from mtqa.checks.glued import split_glued
from mtqa.langs import language

EN, FR = language("en"), language("fr")
from mtqa.config import Config
from mtqa.langs.data import data_toml
from mtqa.context import Context
from mtqa.model import Document, DocumentPair, Link, Role, Segment
from tests.conftest import SEED

CODES = ("F101", "F102", "F103")


def flags(text, source=None, codes=CODES):
    ctx = Context(Config(select=codes))
    target = Document("t", None, "en", [Segment(0, text, Role.BODY, 0, 1, 0, multiline=False)])
    src = Document("t", None, "fr", [Segment(0, source, Role.BODY, 0, 1, 0, multiline=False)]) if source else None
    pair = DocumentPair("t", target, src, links=[Link((0,), (0,))] if source else [], meta={"prealigned": True})
    return [(i.code, i.text, i.suggestion) for i in check_pair(pair, ctx).issues]


@pytest.mark.parametrize("token,expected", [
    ("AgencyRussian", "Agency Russian"),
    ("TheRussian", "The Russian"),
    ("consultantEdward", "consultant Edward"),
    ("cosmonautTwo", "cosmonaut Two"),
    ("nonAmerican", "non-American"),
    ("theirown", "their own"),
    ("staffand", "staff and"),
    ("withreduced", "with reduced"),
    # two content words no frequency list knows joined: a glue all the same
    ("groupresponsible", "group responsible"),
])
def test_split(token, expected):
    assert split_glued(token, EN, FR) == expected


BRANDS = ["SpaceX", "YouTube", "iPhone", "McDonald's", "PowerPoint", "LinkedIn", "JPMorgan", "PayPal",
          "WhatsApp", "BlackBerry", "DreamWorks", "FedEx", "GlaxoSmithKline", "MasterCard", "eBay",
          "MacArthur", "DiCaprio", "LaGuardia", "McKew", "WikiLeaks", "EpiPen", "MotorCity", "ValueMax",
          "EasyMoney", "HealthCare", "DeepMind", "iOS"]
WORDS = ["trainmaker", "planemaker", "ecotax", "semipublic", "overperformance", "nevertheless",
         "maintenant", "cyberattack", "firefighter", "halfdozen",
         # two content words joined that the frequency list knows: a closed compound, not a glue
         "bodycare", "eyecare"]


@pytest.mark.parametrize("token", BRANDS + WORDS)
def test_not_split(token):
    assert split_glued(token, EN, FR) is None


@pytest.mark.parametrize("name", data_toml("glued.toml")["known_names"])
def test_known_names_are_not_glued(name):
    assert split_glued(name, EN, FR) is None
    assert flags(f"The deal with {name} was signed.") == []


@pytest.mark.parametrize("particle", data_toml("glued.toml")["name_particles"])
def test_surname_particles(particle):
    assert split_glued(particle + "Arthur", EN, FR) is None


@pytest.mark.parametrize("prefix", data_toml("glued.toml")["hyphen_prefixes"])
def test_hyphen_prefixes(prefix):
    assert split_glued(prefix + "American", EN, FR) in (prefix + "-American", None)
    assert split_glued(prefix + "americanness", EN, FR) is None


def test_glued_in_text():
    text = "The images were broadcast by the Space AgencyRussian, Roscosmos."
    assert flags(text) == [("F101", "AgencyRussian", "Agency Russian")]


def test_names_from_the_source_or_repeated_are_not_glued():
    assert flags("The TheRussian bar opened.", "Le bar TheRussian a ouvert.") == []
    assert flags("TheRussian opened. TheRussian closed.") == []


def test_brands_in_text():
    text = ("Roscosmos worked with SpaceX, YouTube, PowerPoint, McDonald's, JPMorgan, PayPal, WhatsApp, "
            "BlackBerry, DreamWorks, FedEx, GlaxoSmithKline, MasterCard and LinkedIn on an iPhone.")
    assert flags(text) == []


@pytest.mark.parametrize("text,expected", [
    ("In addition, very  few of them would leave.", [("F102", "  ", " ")]),
    ("Google made \u200b\u200ban initial offer.", [("F103", "\u200b\u200b", "")]),
    ("A word\ufeffjoined.", [("F103", "\ufeff", "")]),
])
def test_spacing(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize("text", [
    "One space after. Two\u00a0non-breaking\u00a0spaces are fine.",
    "A soft hyphen in hyphen\u00adation is a hint.",
    "Line one.\nLine two.",
])
def test_spacing_not_flagged(text):
    assert flags(text) == []


def test_seed(seed_title):
    text = (SEED / "article.en.txt").read_text(encoding="utf-8")
    ctx = Context(Config(select=CODES))
    issues = check_texts(text, title=seed_title, ctx=ctx).issues
    assert [(i.code, i.line, i.start, i.text, i.suggestion) for i in issues] == [
        ("F101", 7, 253, "AgencyRussian", "Agency Russian")]


def test_invisible_screen_passes_every_invisible_character_and_nothing_else():
    """F103 is called only on a segment its screen passes: each character of the data's table passes it,
    alone or inside a word, and a text without one (a soft hyphen is no such character) does not."""
    from mtqa.checks.glued import InvisibleCharacter

    screen = InvisibleCharacter.screen
    for char in data_toml("glued.toml")["invisible"].values():
        assert screen(f"a{char}b") and screen(char)
    assert not screen("Plain text, a soft\u00adhyphen and a non\u2011breaking one.") and not screen("")
    assert flags("A word\u2060joined.") == [("F103", "\u2060", "")]

"""T301 glossary-term-missing and T302 do-not-translate-term-altered, with files in tests/fixtures/glossary."""
from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.api import check_pair
from mtqa.config import Config, apply_mapping
from mtqa.context import Context
from mtqa.errors import ConfigError
from mtqa.model import Document, DocumentPair, Link, Segment

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "glossary"


def pair(source: str, target: str) -> DocumentPair:
    src, tgt = Document("t", None, "fr"), Document("t", None, "en")
    src.segments.append(Segment(0, source, multiline=False))
    tgt.segments.append(Segment(0, target, multiline=False))
    tgt.lines[1] = target
    return DocumentPair("t", tgt, src, links=[Link((0,), (0,))], meta={"prealigned": True})


def found(source: str, target: str, code: str, **config):
    ctx = Context(Config(select=(code,), **config))
    return [(i.code, i.text, i.suggestion) for i in check_pair(pair(source, target), ctx).issues]


GLOSSARY_CASES = [
    # (source, target, flagged?)
    ("L'Assemblée nationale a voté.", "The French parliament voted.", True),
    ("L'Assemblée nationale a voté.", "The National Assembly voted.", False),
    ("L'assemblée nationale a voté.", "The national assembly voted.", False),  # case-insensitive both sides
    ("L'Assemblee nationale a vote.", "The parliament voted.", True),  # accents optional in the source
    ("Le Conseil constitutionnel a tranché.", "The Constitutional Council ruled.", False),
    ("Le Conseil constitutionnel a tranché.", "The constitutional court ruled.", True),
    ("Un fonctionnaire a parlé.", "A public servant spoke.", False),  # any of several accepted targets
    ("Un fonctionnaire a parlé.", "An official spoke.", True),
    ("Les fonctionnaires ont parlé.", "Officials spoke.", False),  # whole words only: fonctionnaires != fonctionnaire
    ("Le gouvernement a parlé.", "The government spoke.", False),  # no glossary term in the source
]


@pytest.mark.parametrize("path", ["glossary.tsv", "glossary.csv"])
@pytest.mark.parametrize("source,target,flagged", GLOSSARY_CASES[:4])
def test_glossary_file_formats(path, source, target, flagged):
    got = found(source, target, "T301", glossary=str(FIXTURES / path))
    assert bool(got) is flagged


@pytest.mark.parametrize("source,target,flagged", GLOSSARY_CASES)
def test_glossary(source, target, flagged):
    got = found(source, target, "T301", glossary=str(FIXTURES / "glossary.tsv"))
    assert bool(got) is flagged
    if flagged:
        assert got[0][1] == target and got[0][2] is None  # the whole segment, no replacement to offer


def test_csv_quoted_fields():
    assert found("La Cour des comptes a publié.", "The Court of Auditors published.", "T301",
                 glossary=str(FIXTURES / "glossary.csv"))
    assert not found("La Cour des comptes a publié.", "The Court of Audit published.", "T301",
                     glossary=str(FIXTURES / "glossary.csv"))


def test_inline_terms_option():
    ctx = Context(Config(select=("T301",), options={"T301": {"terms": "Sénat=Senate; Élysée=Elysee|Élysée Palace"}}))
    issues = check_pair(pair("Le Sénat et l'Élysée.", "The upper house and the presidency."), ctx).issues
    assert len(issues) == 1 and "“Sénat” requires “Senate”" in issues[0].message
    assert "“Élysée” requires “Elysee” or “Élysée Palace”" in issues[0].message


@pytest.mark.parametrize("name,line,message", [
    ("bad-columns.tsv", 2, "expected two tab-separated columns"),
    ("bad-extra.csv", 1, "expected two comma-separated columns"),
])
def test_malformed_glossary_names_file_and_line(name, line, message):
    path = str(FIXTURES / name)
    with pytest.raises(ConfigError) as err:
        found("L'Assemblée nationale a voté.", "The parliament voted.", "T301", glossary=path)
    assert err.value.path == path and err.value.line == line and message in err.value.message
    assert str(err.value).startswith(f"{path}:{line}: ")


def test_missing_glossary_file():
    with pytest.raises(ConfigError) as err:
        found("L'Assemblée nationale a voté.", "x", "T301", glossary=str(FIXTURES / "nope.tsv"))
    assert "not found" in str(err.value)


def test_glossary_loaded_once_per_run(monkeypatch):
    import mtqa.checks.glossary as g

    calls = []
    real = g._read
    monkeypatch.setattr(g, "_read", lambda p: calls.append(p) or real(p))
    ctx = Context(Config(select=("T301",), glossary=str(FIXTURES / "glossary.tsv")))
    for _ in range(3):
        check_pair(pair("L'Assemblée nationale a voté.", "The parliament voted."), ctx)
    assert len(calls) == 1


def test_config_file_paths_are_relative_to_the_config(tmp_path):
    config = apply_mapping(Config(), {"glossary": "terms/g.tsv", "do_not_translate": "dnt.txt"},
                           str(tmp_path / "mtqa.toml"))
    assert config.glossary == str(tmp_path / "terms" / "g.tsv")
    assert config.do_not_translate == str(tmp_path / "dnt.txt")


# -- do-not-translate -------------------------------------------------------------------------------

DNT_CASES = [
    ("Selon Le Monde, le projet est abandonné.", "According to The World, the project is abandoned.",
     [("T302", "According to The World, the project is abandoned.", None)]),
    ("Selon Le Monde, le projet est abandonné.", "According to Le Monde, the project is abandoned.", []),
    ("Selon Le Monde, le projet est abandonné.", "According to le monde, the project is abandoned.",
     [("T302", "le monde", "Le Monde")]),
    ("Il a vu Les Misérables.", "He saw Les Miserables.", [("T302", "Les Miserables", "Les Misérables")]),
    ("Airbus a livré.", "Airbus delivered.", []),
    ("Le monde change.", "The world changes.", []),  # not the term (case-sensitive in the source)
]


@pytest.mark.parametrize("source,target,expected", DNT_CASES)
def test_do_not_translate(source, target, expected):
    assert found(source, target, "T302", do_not_translate=str(FIXTURES / "dnt.txt")) == expected


def test_malformed_do_not_translate_file():
    path = str(FIXTURES / "bad-dnt.txt")
    with pytest.raises(ConfigError) as err:
        found("Le Figaro dit.", "Le Figaro says.", "T302", do_not_translate=path)
    assert err.value.line == 2


def test_without_lists_nothing_happens():
    assert found("L'Assemblée nationale a voté.", "The parliament voted.", "T301") == []
    assert found("Selon Le Monde.", "According to The World.", "T302") == []

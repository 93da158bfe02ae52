"""Configuration: discovery, strict validation, precedence, and its effect on a run."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa import config as cfg
from mtqa.checks.registry import is_selected
from mtqa.context import Context
from mtqa.errors import ConfigError
from mtqa.model import Severity
from mtqa_cli import mtqa, write

ARTICLE = ("More than 3.000 demonstrators in Toulouse\n\n"
           "More than 3.000 people marched in Toulouse on Saturday, the prefecture said.\n")


def _article(tmp_path: Path) -> str:
    return write(tmp_path, "article.en.txt", ARTICLE)


# --- discovery ------------------------------------------------------------------

def test_discovers_mtqa_toml_upwards(tmp_path):
    (tmp_path / "mtqa.toml").write_text("threshold = 80\n", encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert cfg.discover(deep) == str(tmp_path / "mtqa.toml")


def test_pyproject_needs_a_tool_mtqa_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert cfg.discover(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text("[tool.mtqa]\nthreshold = 70\n", encoding="utf-8")
    assert cfg.discover(tmp_path) == str(tmp_path / "pyproject.toml")
    assert cfg.load(str(tmp_path / "pyproject.toml")).threshold == 70


def test_mtqa_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.mtqa]\nthreshold = 70\n", encoding="utf-8")
    (tmp_path / "mtqa.toml").write_text("threshold = 60\n", encoding="utf-8")
    assert cfg.discover(tmp_path).endswith("mtqa.toml")


def test_mtqa_toml_may_use_a_tool_table(tmp_path):
    path = write(tmp_path, "mtqa.toml", "[tool.mtqa]\nlocale = 'en-GB'\n")
    assert cfg.load(path).locale == "en-GB"


def test_full_configuration(tmp_path):
    (tmp_path / "terms.tsv").write_text("", encoding="utf-8")
    path = write(tmp_path, "mtqa.toml", """
source_lang = "fr"
target_lang = "en"
select = ["A", "L1"]
ignore = ["A2"]
fail-on = "major"
threshold = 85.5
locale = "en-GB"
honorifics = "none"
glossary = "terms.tsv"
do_not_translate = "terms.tsv"
[weights]
minor = 0.5
critical = 10
[severity]
L102 = "critical"
[checks.A101]
min_words = 5
min_ratio = 90
[columns]
source = "title_fr"
target = "title_en"
""")
    conf = cfg.load(path)
    assert conf.select == ("A", "L1") and conf.ignore == ("A2",)
    assert conf.fail_on is Severity.MAJOR and conf.threshold == 85.5
    assert conf.weights == {"minor": 0.5, "major": 5.0, "critical": 10.0}
    assert conf.severity == {"L102": Severity.CRITICAL}
    assert conf.options["A101"] == {"min_words": 5, "min_ratio": 90}
    assert conf.glossary == str(tmp_path / "terms.tsv")  # relative to the config file
    assert conf.columns == {"source": "title_fr", "target": "title_en"}
    ctx = Context(conf)
    a101 = next(c for c in ctx.checks if c.code == "A101")
    assert a101.min_words == 5
    assert {c.code[0] for c in ctx.checks} <= {"A", "L"}
    assert not any(c.code.startswith("A2") for c in ctx.checks)


# --- strict validation: one line, file and key named ------------------------------

BAD = [
    ("thresold = 80", "unknown key 'thresold' (did you mean 'threshold'?)"),
    ("fail-onn = 'major'", "unknown key 'fail-onn' (did you mean 'fail_on'?)"),
    ("threshold = 150", "'threshold' must be between 0 and 100"),
    ("threshold = 'high'", "'threshold' has a bad value 'high'"),
    ("threshold = true", "'threshold' has a bad value True"),
    ("locale = 'fr-FR'", "'locale' must be one of en-US, en-GB"),
    ("honorifics = 'sir'", "'honorifics' must be one of"),
    ("source_lang = 'xx'", "'source_lang': no language data for 'xx'"),
    ("select = 'X1'", "'select': 'X1' matches no check"),
    ("ignore = ['A999']", "'ignore': 'A999' matches no check"),
    ("select = ['F31']", "'select': 'F31' matches no check (did you mean 'F301'?)"),
    ("select = 3", "'select' must be a list of check codes or prefixes"),
    ("fail_on = 'fatal'", "'fail_on': unknown severity 'fatal'"),
    ("[weights]\nblocker = 3", "'weights.blocker' must be minor/major/critical"),
    ("[weights]\nminor = -1", "'weights.minor' must be minor/major/critical with a number from 0 to 1000"),
    # issue 15: values that switched the gate off
    ("[weights]\nmajor = nan", "'weights.major' must be minor/major/critical with a number from 0 to 1000"),
    ("[weights]\ncritical = inf", "'weights.critical' must be minor/major/critical with a number"),
    ("threshold = nan", "'threshold' must be between 0 and 100"),
    ("threshold = -inf", "'threshold' must be between 0 and 100"),
    ("adequacy_weight = nan", "'adequacy_weight' must be a number between 0 and 100"),
    ("adequacy_weight = inf", "'adequacy_weight' must be a number between 0 and 100"),
    ("adequacy_weight = -1", "'adequacy_weight' must be a number between 0 and 100"),
    ("[checks.A101]\nmin_words = -5", "'checks.A101.min_words' must be a number from 0 to 1,000,000, not -5"),
    ("[checks.A101]\nmin_ratio = nan", "'checks.A101.min_ratio' must be a number from 0 to 100, not nan"),
    ("[checks.A201]\nmin_share = 1.5", "'checks.A201.min_share' must be a number from 0 to 1"),
    ("[checks.D900]\nmax_chars = 0", "'checks.D900.max_chars' must be a number from 1 to"),
    ("threshold = " + "9" * 5000, "invalid TOML"),
    ("x = " + "[" * 5000 + "]" * 5000, "invalid TOML"),
    ("[weights]\nminor = true", "'weights.minor'"),
    ("[severity]\nZ999 = 'minor'", "'severity.Z999': unknown check code"),
    ("[severity]\nA101 = 'huge'", "'severity.A101': unknown severity 'huge'"),
    ("[checks.A999]\nx = 1", "'checks.A999': unknown check code"),
    ("[checks.A101]\nmin_wrds = 3", "'checks.A101.min_wrds': unknown option (did you mean 'min_words'?) (known: min_ratio, min_words"),
    ("[checks.A101]\nmin_words = 'three'", "'checks.A101.min_words' must be int"),
    ("[checks.A101]\nmin_ratio = true", "'checks.A101.min_ratio' must be float"),
    ("[columns]\nheadline = 'x'", "'columns.headline': unknown field"),
    ("columns = 'target'", "'columns': expected FIELD=COLUMN pairs"),
    ("threshold = ", "invalid TOML"),
]


@pytest.mark.parametrize("toml,message", BAD)
def test_bad_config_is_one_line_exit_2(tmp_path, toml, message):
    path = write(tmp_path, "mtqa.toml", toml + "\n")
    r = mtqa("check", _article(tmp_path), "--config", path)
    assert r.code == 2, (toml, r.stdout)
    assert r.stderr.startswith(f"mtqa: error: {path}") and r.stderr.count("\n") == 1
    assert message in r.stderr, r.stderr
    assert r.stdout == ""


def test_bad_pyproject_names_the_file(tmp_path):
    write(tmp_path, "pyproject.toml", "[tool.mtqa]\nlocale = 'en-AU'\n")
    with pytest.raises(ConfigError, match="'locale' must be one of") as exc:
        cfg.load(search=True) if False else cfg.load(str(tmp_path / "pyproject.toml"))
    assert str(exc.value).startswith(str(tmp_path / "pyproject.toml"))


def test_invalid_toml_names_the_line(tmp_path):
    path = write(tmp_path, "mtqa.toml", "threshold = 80\nlocale = \n")
    with pytest.raises(ConfigError) as exc:
        cfg.load(path)
    assert exc.value.line == 2


def test_missing_config_file(tmp_path):
    r = mtqa("check", _article(tmp_path), "--config", str(tmp_path / "nope.toml"))
    assert r.code == 2 and "nope.toml: no such config file" in r.stderr


# --- selection: longest prefix wins, select wins ties --------------------------------

@pytest.mark.parametrize("code,select,ignore,expected", [
    ("A101", (), (), True),
    ("A101", (), ("A",), False),
    ("A101", ("A1",), ("A",), True),
    ("A101", ("A",), ("A1",), False),
    ("A101", ("A",), ("A101",), False),
    ("A101", ("A101",), ("A1",), True),
    ("A101", ("A1",), ("A1",), True),  # a tie goes to select
    ("L102", ("A",), (), False),
])
def test_longest_prefix_wins(code, select, ignore, expected):
    assert is_selected(code, select, ignore) is expected


def test_cli_select_replaces_and_ignore_adds(tmp_path):
    path = write(tmp_path, "mtqa.toml", "select = ['A']\nignore = ['A2']\n")
    from mtqa.cli import build_config

    conf = build_config(path, "L", "A1", None, None)
    assert conf.select == ("L",) and conf.ignore == ("A2", "A1")
    r = mtqa("check", _article(tmp_path), "--select", "Q")
    assert r.code == 2 and "'--select': 'Q' matches no check" in r.stderr


# --- effects on a run ---------------------------------------------------------------

def _doc(r):
    return r.json()["documents"][0]


def test_severity_override_and_weights_change_the_score(tmp_path):
    art = _article(tmp_path)
    base = _doc(mtqa("check", art, "--format", "json", "--select", "L102"))
    if not base["issues"]:
        pytest.skip("L102 not registered")
    path = write(tmp_path, "mtqa.toml", "[severity]\nL102 = 'minor'\n[weights]\nminor = 2\n")
    doc = _doc(mtqa("check", art, "--format", "json", "--select", "L102", "--config", path))
    assert {i["severity"] for i in doc["issues"]} == {"minor"}
    assert doc["penalty"] == 2 * len(doc["issues"])


def test_check_options_reach_the_check(tmp_path):
    text = "Rocket lands safely today\n\nRocket lands safely today\n\nThe crew returned on Sunday.\n"
    art = write(tmp_path, "r.txt", text)
    assert _doc(mtqa("check", art, "--format", "json", "--select", "A101"))["issues"]
    path = write(tmp_path, "mtqa.toml", "[checks.A101]\nmin_words = 10\n")
    assert not _doc(mtqa("check", art, "--format", "json", "--select", "A101", "--config", path))["issues"]


def test_discovered_config_applies_without_flag(tmp_path, monkeypatch):
    write(tmp_path, "mtqa.toml", "select = ['A101']\n")
    monkeypatch.chdir(tmp_path)
    from mtqa.cli import build_config

    assert build_config(None, None, None, None, None).select == ("A101",)


# --- mtqa config ----------------------------------------------------------------------

def test_config_command_shows_file_and_enabled_checks(tmp_path):
    path = write(tmp_path, "mtqa.toml", "select = ['A1']\nthreshold = 75\n")
    r = mtqa("config", "--config", path)
    assert r.code == 0
    out = json.loads(r.stdout)
    assert out["path"] == path and out["threshold"] == 75
    assert out["checks_enabled"] and all(c.startswith("A1") for c in out["checks_enabled"])
    assert f"configuration from {path}" in r.stderr


def test_config_command_without_a_file(tmp_path):
    r = mtqa("config")
    assert r.code == 0 and json.loads(r.stdout)["path"] is None
    assert "built-in defaults" in r.stderr


def test_config_command_bad_file(tmp_path):
    path = write(tmp_path, "mtqa.toml", "colour = 'blue'\n")
    r = mtqa("config", "--config", path)
    assert r.code == 2 and "unknown key 'colour'" in r.stderr

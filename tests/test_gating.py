"""Gating: --fail-on, --min-score and their configuration keys decide exit codes 0/1/2."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa_cli import mtqa, write

HEADLINE = "Rocket lands safely in the desert"
BODY = ("The capsule came down on Sunday morning after a flight of three days. "
        "Engineers from the agency inspected the heat shield and found no damage. "
        "The crew of four will rest for a week before the next mission is planned. "
        "Officials said the landing site had been chosen for its flat ground and calm weather. "
        "Families of the crew waited at the airfield, where a small crowd had gathered since dawn. "
        "The mission carried experiments on plant growth, bone loss and the behaviour of fluids. "
        "Its results will be shared with universities in several countries over the coming months. "
        "The agency plans two more flights this year, both from the same launch site in the north. "
        "A spokesman said the budget for the programme had been approved by parliament last week.")
# One major issue (A101, penalty 5) in about 145 words: score ~96.5, above the default pass mark of 95.
MAJOR = f"{HEADLINE}\n\n{HEADLINE}\n\n{BODY}\n"
CLEAN = f"{HEADLINE}\n\n{BODY}\n"
# A French sentence left in the English: a critical issue.
CRITICAL = f"{HEADLINE}\n\n{BODY}\n\nL'équipe russe est de retour sur Terre après douze jours dans l'espace.\n"


@pytest.fixture
def files(tmp_path):
    return {name: write(tmp_path, f"{name}.txt", text) for name, text in
            (("major", MAJOR), ("clean", CLEAN), ("critical", CRITICAL))}


def _score(r):
    return r.json()["documents"][0]["score"]


def test_precondition_the_texts_flag_what_they_should(files):
    major = mtqa("check", files["major"], "--format", "json").json()["documents"][0]
    assert [i["code"] for i in major["issues"]] == ["A101"] and 95 <= major["score"] < 98
    assert mtqa("check", files["clean"], "--format", "json").json()["documents"][0]["issues"] == []
    crit = mtqa("check", files["critical"], "--format", "json").json()["documents"][0]
    assert any(i["severity"] == "critical" for i in crit["issues"])


@pytest.mark.parametrize("name,args,code", [
    ("clean", [], 0),
    ("major", [], 0),  # score above 95 and nothing critical
    ("major", ["--fail-on", "major"], 1),
    ("major", ["--fail-on", "minor"], 1),
    ("major", ["--fail-on", "critical"], 0),
    ("major", ["--min-score", "98"], 1),
    ("major", ["--min-score", "95"], 0),
    ("major", ["--min-score", "98", "--fail-on", "none"], 1),
    ("critical", [], 1),  # default: a critical issue fails the document
    ("critical", ["--fail-on", "none", "--min-score", "0"], 0),
    ("clean", ["--fail-on", "minor", "--min-score", "100"], 0),
])
def test_exit_codes(files, name, args, code):
    r = mtqa("check", files[name], *args)
    assert r.code == code, (args, r.stdout, r.stderr)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text"])
def test_exit_code_does_not_depend_on_the_format(files, fmt):
    assert mtqa("check", files["major"], "--fail-on", "major", "--format", fmt).code == 1
    assert mtqa("check", files["clean"], "--fail-on", "major", "--format", fmt).code == 0


def test_passed_field_matches_the_exit_code(files):
    r = mtqa("check", files["major"], "--format", "json", "--min-score", "98")
    doc = r.json()["documents"][0]
    assert doc["passed"] is False and r.json()["summary"]["failed"] == 1


def test_config_keys_gate_like_the_flags(files, tmp_path):
    conf = write(tmp_path, "mtqa.toml", "fail_on = 'major'\n")
    assert mtqa("check", files["major"], "--config", conf).code == 1
    assert mtqa("check", files["major"], "--config", conf, "--fail-on", "critical").code == 0  # flag wins
    conf = write(tmp_path, "mtqa.toml", "threshold = 98\n")
    assert mtqa("check", files["major"], "--config", conf).code == 1
    assert mtqa("check", files["major"], "--config", conf, "--min-score", "50").code == 0


def test_weights_move_the_score(files, tmp_path):
    conf = write(tmp_path, "mtqa.toml", "[weights]\nmajor = 20\n")
    assert mtqa("check", files["major"], "--config", conf).code == 1


def test_one_failing_document_fails_the_run(tmp_path):
    records = [{"doc": "a", "target": HEADLINE}, {"doc": "a", "target": BODY},
               {"doc": "b", "target": HEADLINE}, {"doc": "b", "target": HEADLINE}, {"doc": "b", "target": BODY}]
    path = write(tmp_path, "c.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    r = mtqa("check", path, "--fail-on", "major", "--format", "json")
    assert r.code == 1
    assert [d["passed"] for d in r.json()["documents"]] == [True, False]
    assert mtqa("check", path, "--fail-on", "major", "--ignore", "A101").code == 0


@pytest.mark.parametrize("args,message", [
    (["--min-score", "150"], "--min-score must be between 0 and 100"),
    (["--min-score", "-1"], "--min-score must be between 0 and 100"),
])
def test_bad_gate_values_exit_2(files, args, message):
    r = mtqa("check", files["clean"], *args)
    assert r.code == 2 and message in r.stderr


def test_bad_fail_on_choice_is_a_usage_error(files):
    r = mtqa("check", files["clean"], "--fail-on", "fatal")
    assert r.code == 2 and "fatal" in r.stderr


def test_output_file_and_exit_code(files, tmp_path):
    out = tmp_path / "report.json"
    r = mtqa("check", files["major"], "--fail-on", "major", "--format", "json", "-o", str(out))
    assert r.code == 1 and r.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["failed"] == 1


# --- pre-commit entry point ------------------------------------------------------------

def test_precommit_checks_each_file_with_its_source(tmp_path, capsys):
    from mtqa.precommit import main

    feeds = Path(__file__).resolve().parent.parent / "corpora" / "feeds"
    for name in ("actu.en.xml", "actu.fr.xml"):
        (tmp_path / name).write_bytes((feeds / name).read_bytes())
    clean = write(tmp_path, "clean.en.txt", CLEAN)
    assert main(["--format", "json", clean]) == 0
    capsys.readouterr()
    code = main(["--format", "json", str(tmp_path / "actu.en.xml"), str(tmp_path / "actu.fr.xml"), clean])
    assert code == 1
    out = capsys.readouterr().out
    assert out.count('"schema_version"') == 2  # the French source is not checked on its own
    assert '"paired_by": "guid"' in out


def test_precommit_worst_exit_code_wins(tmp_path, capsys):
    from mtqa.precommit import main

    bad = tmp_path / "bad.en.xml"
    bad.write_bytes(b"<rss><channel><item>")
    major = write(tmp_path, "major.en.txt", MAJOR)
    assert main(["--fail-on", "major", major, str(bad)]) == 2
    assert main(["--fail-on", "major", major]) == 1
    assert main(["--bogus", "x", major]) == 2

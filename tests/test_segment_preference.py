"""`mtqa compare`'s segment preference: per source segment, each system's value and the preferred system."""
from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mtqa.compare import compare
from mtqa.config import Config
from mtqa.context import Context
from mtqa.renderers.comparison import WRITERS
from mtqa.scoring.preference import FEATURES, preference_model

from tests.test_rank_consensus import OUTPUTS as FOUR, _systems as rank_systems

OUTPUTS = {**FOUR,  # a, b, c and odd; then a's translation with a doubled word and leftover French: penalties
           "flawed": ["The mayor presented a new plan for the the city's transport hier.",
                      "The work will begin next spring."]}
SHIPPED = Path(__file__).resolve().parent.parent / "mtqa" / "data" / "score" / "fr-en.preference.toml"


def _systems(tmp_path, names):
    return rank_systems(tmp_path, names, OUTPUTS)


def _report(stats, fmt="json"):
    out = io.StringIO()
    WRITERS[fmt](stats, out, "sig")
    return out.getvalue()


def _expected(entry, consensus, weights):
    """The value from the file's weights and the segment's features, computed here."""
    f = {"consensus": consensus, "utility": entry.utility, "penalty_per_word": entry.penalty / entry.words,
         "log_words": math.log(entry.words)}
    return sum(w * f[k] for k, w in weights.items())


def test_the_value_is_read_from_the_shipped_weights(tmp_path):
    import tomllib

    shipped = tomllib.loads(SHIPPED.read_text(encoding="utf-8"))["model"]
    model = preference_model("fr", "en")
    assert model.weights == {k: {f: float(v) for f, v in t.items()} for k, t in shipped.items()}
    assert set(model.weights["with_consensus"]) == set(FEATURES)
    # two systems: no consensus, the second table's weights
    stats = compare(_systems(tmp_path, ["a", "odd"]), Context(Config()))
    groups = stats[0].preferences
    assert len(groups) == 2 and all(len(g.entries) == 2 for g in groups)
    for g in groups:
        for e in g.entries:
            assert e.value == pytest.approx(_expected(e, None, shipped["without_consensus"]), abs=1e-12)
            cross = sum(Config().weights[i.severity.value] for _, i in stats[e.system].cross if i.segment == e.segment)
            assert e.penalty == cross + _own_penalty(tmp_path, e)  # its issues and the cross-system checks'


def _own_penalty(tmp_path, entry):
    """The segment's MQM penalty from `mtqa check` of the system alone (the checks of one document)."""
    from mtqa.api import run
    from mtqa.readers.references import open_system

    name = ["a", "odd"][entry.system]
    ctx = Context(Config())
    (result,) = list(run(open_system(str(tmp_path / f"run.{name}.jsonl"), ctx.config), ctx))
    return sum(ctx.config.weights[i.severity.value] for i in result.issues if i.segment == entry.segment)


def test_a_copy_of_the_weights_changes_the_values(tmp_path, data_folder):
    # a $MTQA_DATA copy weighing the length alone (three systems: the table with consensus), then the penalty alone
    data_folder("score/fr-en.preference.toml", "[model.with_consensus]\nconsensus = 0.0\nutility = 0.0\n"
                "penalty_per_word = 0.0\nlog_words = 1.0\n[model.without_consensus]\nutility = 0.0\n"
                "penalty_per_word = -1.0\n", preference_model)
    stats = compare(_systems(tmp_path, ["b", "a", "c"]), Context(Config()))
    for g in stats[0].preferences:
        for e in g.entries:
            assert e.value == pytest.approx(math.log(e.words))
    # the longer translation wins; a and c write as many words in both sentences: a tie, none preferred
    assert [g.preferred for g in stats[0].preferences] == [None, None]
    assert [sorted(e.words for e in g.entries) for g in stats[0].preferences] == [[10, 11, 11], [5, 6, 6]]
    stats = compare(_systems(tmp_path, ["flawed", "a"]), Context(Config()))
    first = stats[0].preferences[0]
    assert [e.value for e in first.entries] == pytest.approx([-e.penalty / e.words for e in first.entries])
    assert first.preferred == 1


def test_a_system_with_more_penalties_loses_the_segment(tmp_path):
    stats = compare(_systems(tmp_path, ["a", "flawed", "b", "c"]), Context(Config()))
    by_name = {s.name: s for s in stats}
    first = stats[0].preferences[0]
    entry = {stats[e.system].name: e for e in first.entries}
    assert entry["flawed"].penalty > entry["a"].penalty
    assert entry["flawed"].value < entry["a"].value
    assert stats[first.preferred].name != "flawed"
    # the second sentence is the same in a and flawed: tied values, and the preferred one is neither or one of them
    assert by_name["flawed"].preferred_segments <= 1 and by_name["flawed"].compared_segments == 2


def test_identical_translations_tie_and_no_system_is_preferred(tmp_path):
    # two systems writing the same translation of a source: same features, same value, no preferred system
    stats = compare(_systems(tmp_path, ["a", "flawed"]), Context(Config()))
    second = stats[0].preferences[1]
    assert second.entries[0].value == second.entries[1].value and second.preferred is None
    record = json.loads(_report(stats))["segments"][1]
    assert record["preferred"] is None and len(record["systems"]) == 2


def test_a_clone_system_writing_the_same_sentence_ties_with_its_copies(tmp_path):
    # twin copies a everywhere (consensus does not let clones vote for each other: each loses the other's vote);
    # half writes a's second sentence too but is no clone: its copy kept every vote. The same text, the same value
    outputs = {**OUTPUTS, "twin": OUTPUTS["a"], "half": [OUTPUTS["b"][0], OUTPUTS["a"][1]]}
    stats = compare(rank_systems(tmp_path, ["a", "twin", "half", "c", "odd"], outputs), Context(Config()))
    second = stats[0].preferences[1]
    shared = [e.value for e in second.entries if stats[e.system].name in ("a", "twin", "half")]
    assert len(shared) == 3 and len(set(shared)) == 1 and max(e.value for e in second.entries) == shared[0]
    assert second.preferred is None
    assert {s.name: s.preferred_segments for s in stats}["half"] == 0
    assert json.loads(_report(stats))["segments"][1]["preferred"] is None


def test_absent_with_fewer_than_two_systems(tmp_path):
    stats = compare(_systems(tmp_path, ["a"]), Context(Config()))
    assert stats[0].preferences is None and stats[0].compared_segments is None
    out = json.loads(_report(stats))
    assert "segments" not in out and "preferred_segments" not in out["systems"][0]
    assert "preferred" not in next(csv.reader(io.StringIO(_report(stats, "csv"))))
    assert "preferred" not in _report(stats, "text") and "Per source segment" not in _report(stats, "html")


def test_the_order_and_every_existing_value_stay_as_they_are(tmp_path):
    paths = _systems(tmp_path, ["a", "b", "c", "odd", "flawed"])
    on = compare(paths, Context(Config()))
    off = compare(paths, Context(Config(compare_segments=False)))
    assert off[0].preferences is None and on[0].preferences is not None
    new = {"preferred_segments", "compared_segments"}
    json_on, json_off = json.loads(_report(on)), json.loads(_report(off))
    assert [{k: v for k, v in s.items() if k not in new} for s in json_on["systems"]] == json_off["systems"]
    assert {k: v for k, v in json_on.items() if k not in ("segments", "systems")} == \
        {k: v for k, v in json_off.items() if k != "systems"}
    assert all(new <= set(s) for s in json_on["systems"])
    rows_on = list(csv.DictReader(io.StringIO(_report(on, "csv"))))
    rows_off = list(csv.DictReader(io.StringIO(_report(off, "csv"))))
    assert [{k: v for k, v in r.items() if k not in new} for r in rows_on] == rows_off
    assert list(rows_on[0])[-2:] == ["preferred_segments", "compared_segments"]  # new columns last
    assert "preferred" in _report(on, "text") and "Per source segment" in _report(on, "html")


def _cli_compare(tmp_path, data):
    env = dict(os.environ, MTQA_DATA=str(data))
    env.pop("MTQA_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "mtqa", "compare", *_systems(tmp_path, ["a", "b"]),
                           "--format", "json"], capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize("line, message", [
    ("utility = nan", "utility in [model.without_consensus] must be a finite number, not nan"),
    ("utilty = 1.0", "unknown feature 'utilty' in [model.without_consensus] (did you mean 'utility'?)"),
], ids=["nan", "typo"])
def test_a_bad_weights_file_is_one_line_and_exit_2(tmp_path, line, message):
    folder = tmp_path / "data"
    (folder / "score").mkdir(parents=True)
    bad = folder / "score" / "fr-en.preference.toml"
    text = SHIPPED.read_text(encoding="utf-8")
    head, sep, tail = text.partition("[model.without_consensus]\n")
    bad.write_text(head + sep + line + "\n" + "\n".join(r for r in tail.splitlines()
                                                        if not r.startswith("utility")) + "\n", encoding="utf-8")
    result = _cli_compare(tmp_path, folder)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [f"mtqa: error: {bad}: {message}"], result.stderr


def test_a_weights_file_that_is_not_toml_is_one_line_and_exit_2(tmp_path):
    folder = tmp_path / "data"
    (folder / "score").mkdir(parents=True)
    bad = folder / "score" / "fr-en.preference.toml"
    bad.write_text("[model.with_consensus\n", encoding="utf-8")
    result = _cli_compare(tmp_path, folder)
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and str(bad) in result.stderr and "not valid TOML" in result.stderr


def test_compare_segments_takes_true_or_false(tmp_path):
    from mtqa import config as cfg
    from mtqa.errors import ConfigError

    path = tmp_path / "mtqa.toml"
    path.write_text("compare_segments = false\n", encoding="utf-8")
    assert cfg.load(str(path)).compare_segments is False
    path.write_text('compare_segments = "no"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="'compare_segments' must be true or false"):
        cfg.load(str(path))


def test_each_segment_utility_is_computed_once_and_the_report_is_the_same(tmp_path, monkeypatch):
    """The ranking's quality term and the segment preference read one computation of each segment's utility
    (the features are the costly part: computed twice, compare took 7-9 % more CPU)."""
    from mtqa.scoring.quality import QualityModel

    paths = _systems(tmp_path, ["a", "b", "c", "flawed"])
    calls = []
    real = QualityModel.segment_utility

    def counted(self, source, target, *args):
        calls.append(target)
        return real(self, source, target, *args)

    monkeypatch.setattr(QualityModel, "segment_utility", counted)
    stats = compare(paths, Context(Config()))
    valued = [e for g in stats[0].preferences for e in g.entries]
    assert len(valued) == 8 and len(calls) == len(valued)  # 4 systems x 2 segments, each valued once


def test_the_contract_places_the_system_fields_where_the_json_has_them(tmp_path):
    """The contract said the two fields come last in a system record; in JSON `path`, `by_code`, `metrics` and
    `cross_system` follow them (only CSV has them last). It now names the place the report uses."""
    stats = compare(_systems(tmp_path, ["a", "b"]), Context(Config()))
    keys = list(json.loads(_report(stats))["systems"][0])
    at = keys.index("rank")
    assert keys[at + 1: at + 4] == ["preferred_segments", "compared_segments", "path"]
    assert next(csv.reader(io.StringIO(_report(stats, "csv"))))[-2:] == ["preferred_segments", "compared_segments"]
    contract = (Path(__file__).resolve().parent.parent / "docs" / "output-contract.md").read_text(encoding="utf-8")
    assert "right after `rank` (and before `path`" in contract and "record, last: `preferred" not in contract


def test_a_pair_without_a_quality_model_writes_no_preference(tmp_path, monkeypatch):
    # preference weights but no quality model (a $MTQA_DATA folder giving a new pair the weights only): no segment
    # can be valued, so the keys are left out as for a pair without weights, not written as 0 of 0
    import mtqa.scoring.quality

    monkeypatch.setattr(mtqa.scoring.quality, "quality_model", lambda source, target: None)
    stats = compare(_systems(tmp_path, ["a", "b", "c"]), Context(Config()))
    assert all(s.preferences is None and s.compared_segments is None for s in stats)
    report = json.loads(_report(stats))
    assert "segments" not in report and not any("compared_segments" in s for s in report["systems"])


def test_the_run_signature_tells_the_segment_preference_apart(tmp_path):
    # per-segment values differ with compare_segments and with the weights file: so must the signature
    def signature(*args, data=None):
        env = dict(os.environ)
        env.pop("MTQA_DEBUG", None)
        env.pop("MTQA_DATA", None)
        if data is not None:
            env["MTQA_DATA"] = str(data)
        result = subprocess.run([sys.executable, "-m", "mtqa", "compare", *_systems(tmp_path, ["a", "b"]),
                                 "--format", "json", *args], capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)["tool"]["signature"]

    (tmp_path / "off.toml").write_text("compare_segments = false\n", encoding="utf-8")
    folder = tmp_path / "data"
    (folder / "score").mkdir(parents=True)
    head, table, tail = SHIPPED.read_text(encoding="utf-8").partition("[model.without_consensus]\n")
    (folder / "score" / "fr-en.preference.toml").write_text(  # the table without consensus: its utility weight 1.0
        head + table + "utility = 1.0\n" + re.sub(r"(?m)^utility = ", "# utility = ", tail), encoding="utf-8")
    on, off, copy = signature(), signature("--config", str(tmp_path / "off.toml")), signature(data=folder)
    assert "|segments:" in on and off.endswith("|segments:off")
    assert len({on, off, copy}) == 3 and on.split("|segments:")[0] == off.split("|segments:")[0]


def test_the_signature_opens_no_preference_store(monkeypatch):
    # the signature only asks whether the run has a segment preference: opening a second store (a temporary
    # database) for that, after the run's own, was work done twice and a store nobody closed
    import mtqa.scoring.preference
    from mtqa import compare as cmp

    def refused(*args, **kwargs):
        raise AssertionError("the signature opened a preference store")

    monkeypatch.setattr(mtqa.scoring.preference, "RunPreference", refused)
    ctx = Context(Config())
    assert cmp.segment_signature(ctx, 3).startswith("|segments:") and cmp.segment_signature(ctx, 3)[10:] != "none"
    assert cmp.segment_signature(ctx, 1) == "|segments:off"


def test_the_signature_tells_a_copy_of_the_quality_model_apart(tmp_path):
    # every segment value reads the quality utility: a $MTQA_DATA copy of the quality model changes the values as
    # a copy of the preference weights does, so it must change the signature too
    def report(data=None):
        env = {k: v for k, v in os.environ.items() if k not in ("MTQA_DEBUG", "MTQA_DATA")}
        if data is not None:
            env["MTQA_DATA"] = str(data)
        result = subprocess.run([sys.executable, "-m", "mtqa", "compare", *_systems(tmp_path, ["a", "b", "flawed"]),
                                 "--format", "json"], capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    folder = tmp_path / "data"
    (folder / "score").mkdir(parents=True)
    shipped = SHIPPED.with_name("fr-en.toml").read_text(encoding="utf-8")
    weights = shipped.index("[model.weights]\n")  # the first feature's weight, made ten times larger
    name, _, rest = shipped[weights:].partition("\n")[2].partition(" = ")
    weight, _, after = rest.partition("\n")
    (folder / "score" / "fr-en.toml").write_text(
        f"{shipped[:weights]}[model.weights]\n{name} = {10 * float(weight)!r}\n{after}", encoding="utf-8")
    own, copy = report(), report(folder)
    values = [[[e["value"] for e in g["systems"]] for g in r["segments"]] for r in (own, copy)]
    assert values[0] != values[1]  # the copy does change the segment values
    assert own["tool"]["signature"] != copy["tool"]["signature"]


def test_the_signature_tells_a_run_without_consensus_apart(tmp_path):
    # --no-consensus values the segments with the weights without consensus and drops the order's consensus term:
    # the report differs from a default run's, so its signature must too
    def report(*args):
        env = {k: v for k, v in os.environ.items() if k not in ("MTQA_DEBUG", "MTQA_DATA")}
        systems = _systems(tmp_path, ["a", "b", "c", "flawed"])
        result = subprocess.run([sys.executable, "-m", "mtqa", "compare", *systems, "--format", "json", *args],
                                capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    default, without = report(), report("--no-consensus")
    values = [[[e["value"] for e in g["systems"]] for g in r["segments"]] for r in (default, without)]
    assert values[0] != values[1]  # the segment values do differ
    assert "|no-consensus|segments:" in without["tool"]["signature"]
    assert "|no-consensus" not in default["tool"]["signature"]
    assert default["tool"]["signature"] == without["tool"]["signature"].replace("|no-consensus", "")


def test_the_signature_tells_a_segment_cap_apart():
    """D900's max_chars caps the text every segment value reads: two caps, two signatures (it recorded none)."""
    from mtqa.compare import segment_signature
    from mtqa.config import apply_mapping

    capped = apply_mapping(Config(), {"checks": {"D900": {"max_chars": 60}}}, "mtqa.toml")
    default = segment_signature(Context(Config()), 2)
    assert default.startswith("|segments:") and segment_signature(Context(capped), 2) != default
    assert segment_signature(Context(Config()), 2) == default


def test_the_signature_tells_apart_the_data_files_the_quality_features_read(tmp_path, monkeypatch):
    """Every segment value reads the quality features, which read data files (the class model, the bigram and
    frequency lists): other bytes in one of them, another signature (it recorded none of them); the same bytes at
    another place, the same signature."""
    from mtqa.compare import segment_signature
    from mtqa.scoring import quality

    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    for folder in (first, second):
        (folder / "en-classes.tsv.gz").write_bytes(b"the\t1\ncouncil\t2\n")
    monkeypatch.setattr(quality, "data_files", lambda s="fr", t="en": [first / "en-classes.tsv.gz"])
    before = segment_signature(Context(Config()), 2)
    monkeypatch.setattr(quality, "data_files", lambda s="fr", t="en": [second / "en-classes.tsv.gz"])
    assert segment_signature(Context(Config()), 2) == before
    (second / "en-classes.tsv.gz").write_bytes(b"the\t1\ncouncil\t3\n")
    assert segment_signature(Context(Config()), 2) != before


def test_the_consensus_feature_weighs_each_other_translation_by_its_utility(tmp_path):
    # the value reads the consensus with each other translation of the source weighed by its place by quality
    # utility among them (consensus.segment_weights), recomputed here from the entries the report gives
    from mtqa.scoring import consensus as cons

    weights = preference_model("fr", "en").weights["with_consensus"]
    stats = compare(_systems(tmp_path, ["a", "b", "c", "odd", "flawed"]), Context(Config()))
    first = stats[0].preferences[0]  # no two of the five wrote the same first sentence
    entries = first.entries
    assert len({e.text for e in entries}) == 5
    voted = cons.pool_all([(e.system, e.text) for e in entries],
                          votes=cons.segment_weights([e.utility for e in entries]))[2]
    plain = cons.pool_consensus([(e.system, e.text) for e in entries])
    assert voted != plain
    for e, c in zip(entries, voted):
        assert e.value == pytest.approx(_expected(e, c, weights), abs=1e-9)

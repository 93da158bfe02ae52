"""bench/meaning.py --segment-model: the pairwise logistic model it fits on one year and applies to the others."""
from __future__ import annotations

import math
import random
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import meaning  # noqa: E402


def judged(weights, rows=4000, seed=3):
    """Feature differences of the preferred output, drawn so that P(A beats B) = logistic(weights . diff)."""
    rng = random.Random(seed)
    out = []
    for _ in range(rows):
        x = [rng.gauss(0, 1) for _ in weights]
        p = 1 / (1 + math.exp(-sum(w * v for w, v in zip(weights, x))))
        out.append(x if rng.random() < p else [-v for v in x])  # the preferred one minus the other
    return out


def test_fit_recovers_the_weights_that_drew_the_judgements():
    fitted = meaning.fit_preference(judged([2.0, -1.0, 0.0]))
    assert fitted == pytest.approx([2.0, -1.0, 0.0], abs=0.2)


def test_pairs_missing_a_side_are_left_out_and_differences_are_preferred_minus_other():
    feats = {"a": {1: (0.6, 1.0, 0.1, 2.0), 2: (0.5, 0.0, 0.0, 1.0)}, "b": {1: (0.4, 2.0, 0.0, 2.0)}}
    diffs = meaning.pair_differences([(1, "a", "b"), (2, "a", "b"), (1, "b", "c")], feats, (0, 2))
    assert diffs == [pytest.approx([0.2, 0.1])]


def test_segment_features_read_penalty_per_word_and_need_consensus_and_utility():
    rows = [{"line": 1, "words": 10, "penalty": 5.0}, {"line": 2, "words": 4, "penalty": 0.0},
            {"line": 3, "words": 4, "penalty": 0.0}]
    out = meaning.segment_features(rows, {1: 0.3, 2: -0.1}, {1: (0.55, 0.5), 3: (0.4, 0.5)})
    assert out == {1: pytest.approx((0.55, 0.3, 0.5, math.log(10)))}


def test_the_written_weights_file_is_what_mtqa_compare_reads(tmp_path):
    import tomllib

    from mtqa.scoring.preference import PreferenceModel

    path = tmp_path / "fr-en.preference.toml"
    fitted = {"with_consensus": [4.5, 0.7, -1.7, -0.6], "without_consensus": [0.8, -2.7]}
    meaning.write_segment_model(path, fitted, "bench/meaning.py --segment-model --write-segment-model", 123, "13")
    text = path.read_text(encoding="utf-8")
    assert "WMT13" in text and "123 judged pairs" in text and "--write-segment-model" in text
    model = PreferenceModel(tomllib.loads(text)["model"], str(path))
    assert model.weights == {"with_consensus": dict(zip(meaning.SEGMENT_FEATURES, fitted["with_consensus"])),
                             "without_consensus": {"utility": 0.8, "penalty_per_word": -2.7}}


def test_the_shipped_tables_are_fitted_feature_sets():
    from mtqa.scoring.preference import SETS

    assert set(meaning.SHIPPED) == set(SETS)
    for table, columns in meaning.SHIPPED.items():
        assert columns in meaning.SEGMENT_MODELS
        assert tuple(meaning.SEGMENT_FEATURES[k] for k in columns) == SETS[table]


def test_segment_compare_reads_the_values_mtqa_compare_reports(tmp_path):
    from mtqa.compare import compare
    from mtqa.config import Config
    from mtqa.context import Context

    src = ["Le maire a présenté hier un nouveau plan.", "Les travaux commenceront au printemps."]
    outputs = {"a": ["The mayor presented a new plan yesterday.", "The work will begin in the spring."],
               "b": ["The mayor presented yesterday a new plan.", "Works will start in spring."],
               "c": ["Yesterday the mayor unveiled a new plan.", "The work will begin in spring."]}
    (tmp_path / "src.fr").write_text("\n".join(src) + "\n", encoding="utf-8")
    systems = {}
    for name, lines in outputs.items():
        systems[name] = tmp_path / f"{name}.en"
        systems[name].write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = {"src": tmp_path / "src.fr", "systems": systems, "docs": ["d1", "d1"]}
    values = meaning.compare_values(files, "99", tmp_path / "out")
    jsonl = []
    for name, lines in outputs.items():
        meaning.write_jsonl(tmp_path / f"run.{name}.jsonl", src, lines, ["d1", "d1"])
        jsonl.append(str(tmp_path / f"run.{name}.jsonl"))
    stats = compare(jsonl, Context(Config()), names=list(outputs))
    expected = {}
    for group in stats[0].preferences:
        for e in group.entries:
            expected.setdefault(list(outputs)[e.system], {})[e.line] = e.value
    assert dict(values) == expected and set(expected) == set(outputs)
    assert list((tmp_path / "out").glob("segpref.*.wmt99.tsv"))  # cached: read back, not recomputed
    assert dict(meaning.compare_values(files, "99", tmp_path / "out")) == expected


def test_segment_compare_cache_is_keyed_on_the_code(tmp_path, monkeypatch):
    """A cached value of an older mtqa (another check, another feature) must not be served as this one's: the
    cache is keyed on the package's code and data, not only on the weights file."""
    import mtqa.distributed

    src = ["Le maire a présenté hier un nouveau plan."]
    outputs = {"a": ["The mayor presented a new plan yesterday."], "b": ["The mayor presented yesterday a plan."],
               "c": ["Yesterday the mayor unveiled a new plan."]}
    (tmp_path / "src.fr").write_text("\n".join(src) + "\n", encoding="utf-8")
    systems = {}
    for name, lines in outputs.items():
        systems[name] = tmp_path / f"{name}.en"
        systems[name].write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = {"src": tmp_path / "src.fr", "systems": systems, "docs": ["d1"]}
    meaning.compare_values(files, "99", tmp_path / "out")
    assert len(list((tmp_path / "out").glob("segpref.*.wmt99.tsv"))) == 1
    identity = mtqa.distributed.code_identity()
    monkeypatch.setattr(mtqa.distributed, "code_identity", lambda: identity + " edited")
    meaning.compare_values(files, "99", tmp_path / "out")
    assert len(list((tmp_path / "out").glob("segpref.*.wmt99.tsv"))) == 2  # computed again, not read back


def test_a_failed_segment_compare_leaves_no_system_files(tmp_path, monkeypatch):
    """The systems' .jsonl files written for the run are removed when the run fails too, not only after it."""
    import mtqa.compare

    (tmp_path / "src.fr").write_text("Le maire a présenté un plan.\n", encoding="utf-8")
    systems = {}
    for name in ("a", "b"):
        systems[name] = tmp_path / f"{name}.en"
        systems[name].write_text("The mayor presented a plan.\n", encoding="utf-8")

    def failed(*args, **kwargs):
        raise RuntimeError("interrupted")

    monkeypatch.setattr(mtqa.compare, "compare", failed)
    with pytest.raises(RuntimeError):
        meaning.compare_values({"src": tmp_path / "src.fr", "systems": systems, "docs": ["d1"]}, "99", tmp_path / "out")
    assert [p.name for p in (tmp_path / "out").rglob("*") if p.is_file()] == []

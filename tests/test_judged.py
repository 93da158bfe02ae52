"""The judged-sample estimator of bench/judged.py: keys, draw, estimate, bad files."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import judged  # noqa: E402


def _flag(line, code, text):
    return {"line": str(line), "code": code, "text": text}


def test_span_key_keeps_short_spans_and_hashes_long_ones():
    assert judged.span_key("  17,5 ") == "17,5"
    long = "a whole sentence of the reference that must not be stored"
    key = judged.span_key(long)
    assert key.startswith("a whole…#") and long not in key
    assert key != judged.span_key(long + " again")


def test_draw_covers_every_stratum_and_is_seeded():
    flags = {"setA": [_flag(i, "L101", f"{i},5") for i in range(40)] + [_flag(7, "T202", "BCE")],
             "setB": [_flag(3, "L101", "2,5")]}
    picked = judged.draw(flags, 0.1, seed=5)
    strata = {(k[0], k[2]) for k, _ in picked}
    assert strata == {("setA", "L101"), ("setA", "T202"), ("setB", "L101")}
    assert sum(1 for k, _ in picked if k[:1] == ("setA",) and k[2] == "L101") == 4
    assert picked == judged.draw(flags, 0.1, seed=5)
    assert picked != judged.draw(flags, 0.1, seed=6)


def _write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t")
        out.writerow(["set", "line", "code", "span", "label", "reason"])
        out.writerows(rows)


def test_estimate_follows_the_labels_and_lists_new_and_gone(tmp_path):
    flags = {"s": [_flag(i, "L101", f"{i},5") for i in range(20)] + [_flag(i, "A401", str(i)) for i in range(20)]}
    rows = [["s", i, "L101", f"{i},5", "defect" if i < 10 else "-", ""] for i in range(20)]
    rows += [["s", i, "A401", str(i), "false" if i < 10 else "-", "idiom"] for i in range(20)]
    rows += [["s", 99, "A401", "99", "false", "idiom"]]  # judged, gone from this run
    _write(tmp_path / "j.tsv", rows)
    labels, population = judged.load(tmp_path / "j.tsv")
    flags["s"].append(_flag(50, "A401", "50"))  # new since the draw
    r = judged.estimate(flags, {"s": 100}, labels, population)["s"]
    assert r["raw"] == pytest.approx(41.0)
    # every A401 judged false, every L101 a defect: about the 21 A401 flags are false
    assert 18 < r["false"] < 22 and r["low"] <= r["false"] <= r["high"]
    # the false alarms fixed: the judged A401 flags gone, the rest (unjudged) estimated from the prior
    fixed = {"s": [f for f in flags["s"] if f["code"] == "L101"]}
    assert judged.estimate(fixed, {"s": 100}, labels, population)["s"]["false"] < 2
    assert [k[1] for k, _ in r["gone"]] == [99]
    assert [row["line"] for row in r["new"]] == ["50"]


def test_a_bad_label_names_the_file_and_line(tmp_path):
    _write(tmp_path / "j.tsv", [["s", 1, "L101", "1,5", "defect", ""], ["s", 2, "L101", "2,5", "maybe", ""]])
    with pytest.raises(ValueError, match=r"j\.tsv:3: label"):
        judged.load(tmp_path / "j.tsv")


def test_wilson_interval_matches_the_formula():
    low, high = judged.wilson(7, 100)
    assert low == pytest.approx(0.0343, abs=1e-4) and high == pytest.approx(0.1375, abs=1e-4)
    low, high = judged.wilson(0, 10)
    assert low == 0.0 and high == pytest.approx(0.2775, abs=1e-4)
    assert judged.wilson(0, 0) == (0.0, 1.0)


def test_heldout_draw_is_proportional_to_set_size_and_skips_judged_flags(tmp_path):
    flags = {"a": [_flag(i, "L101", f"{i},5") for i in range(30)], "b": [_flag(i, "L101", f"{i},5") for i in range(10)]}
    rows = [[s, i, "L101", f"{i},5", "defect" if i < 5 else "-", ""] for s, n in (("a", 30), ("b", 10)) for i in range(n)]
    _write(tmp_path / "j.tsv", rows)
    labels, population = judged.load(tmp_path / "j.tsv")
    keys = judged.draw_heldout(flags, labels, population, 8, seed=2026)
    assert sum(k[0] == "a" for k in keys) == 6 and sum(k[0] == "b" for k in keys) == 2
    assert not set(keys) & set(labels)
    assert keys == judged.draw_heldout(flags, labels, population, 8, seed=2026)


def test_heldout_check_compares_observed_with_the_estimate_made_without_the_draw(tmp_path):
    flags = {"s": [_flag(i, "A401", str(i)) for i in range(40)]}
    # calibration: 10 judged, half false; held-out: 10 more, 2 false; a held-out label gone from the run
    rows = [["s", i, "A401", str(i), "false" if i < 5 else "pair", "idiom"] for i in range(10)]
    rows += [["s", i, "A401", str(i), "false" if i < 12 else "pair", f"x {judged.HELDOUT}"] for i in range(10, 20)]
    rows += [["s", i, "A401", str(i), "-", ""] for i in range(20, 40)]
    rows += [["s", 99, "A401", "99", "false", f"x {judged.HELDOUT}"]]
    _write(tmp_path / "j.tsv", rows)
    labels, population = judged.load(tmp_path / "j.tsv")
    out = judged.heldout_check(flags, {"s": 200}, labels, population)
    assert out["s"]["n"] == 10 and out["s"]["false"] == 2
    # the calibration labels alone put the stratum near one half: about 5 of the 10 predicted false
    assert 4 < out["s"]["predicted"] < 6
    assert out["s"]["false100"] == pytest.approx(20.0 * 2 / 10)
    assert out["pooled"]["share"] == pytest.approx(0.2)
    assert (out["pooled"]["low"], out["pooled"]["high"]) == judged.wilson(2, 10)


def test_a_later_heldout_draw_is_scored_on_the_labels_read_before_it(tmp_path):
    flags = {"s": [_flag(i, "A401", str(i)) for i in range(40)]}
    rows = [["s", i, "A401", str(i), "false" if i < 5 else "pair", "idiom"] for i in range(10)]
    # the first held-out draw, all false; the second, none
    rows += [["s", i, "A401", str(i), "false", f"x {judged.HELDOUT}"] for i in range(10, 20)]
    rows += [["s", i, "A401", str(i), "pair", "x (held-out 2030)"] for i in range(20, 30)]
    rows += [["s", i, "A401", str(i), "-", ""] for i in range(30, 40)]
    _write(tmp_path / "j.tsv", rows)
    labels, population = judged.load(tmp_path / "j.tsv")
    assert judged.heldout_draws(labels) == [judged.FIRST_HELDOUT_SEED, 2030]
    first = judged.heldout_check(flags, {"s": 200}, labels, population, judged.FIRST_HELDOUT_SEED)
    second = judged.heldout_check(flags, {"s": 200}, labels, population)
    assert first["pooled"]["false"] == 10 and second["pooled"]["false"] == 0
    # the first draw is scored without the second's labels, the second with the first's (15 false of 20)
    assert 4 < first["s"]["predicted"] < 6 and second["s"]["predicted"] > 6


def test_combined_estimate_counts_known_false_and_the_draw_share_of_the_never_judged(tmp_path):
    flags = {"s": [_flag(i, "A401", str(i)) for i in range(30)]}
    rows = [["s", i, "A401", str(i), "false" if i < 3 else "pair", "idiom"] for i in range(10)]
    # the latest held-out draw as read: 2 false of 5, one of them fixed since (line 99 is gone)
    rows += [["s", i, "A401", str(i), "false" if i == 10 else "defect", "x (held-out 2031)"] for i in range(10, 14)]
    rows += [["s", 99, "A401", "99", "false", "x (held-out 2031)"]]
    rows += [["s", i, "A401", str(i), "-", ""] for i in range(14, 30)]
    _write(tmp_path / "j.tsv", rows)
    labels, _ = judged.load(tmp_path / "j.tsv")
    c = judged.combined(flags, {"s": 100}, labels)
    assert (c["seed"], c["n"], c["false"]) == (2031, 5, 2) and c["share"] == pytest.approx(0.4)
    r = c["sets"]["s"]
    # known false still raised: lines 0-2 and 10; never judged: lines 14-29 (the "-" rows are unlabelled)
    assert (r["known_false"], r["never"]) == (4, 16)
    assert r["est"] == pytest.approx(100 * (4 + 0.4 * 16) / 100)
    assert r["low"] < r["est"] < r["high"] and r["high"] == pytest.approx(100 * (4 + c["high"] * 16) / 100)


def test_a_read_sheet_merges_into_the_judged_file(tmp_path):
    flags = {"s": [_flag(i, "L101", f"{i},5") for i in range(6)]}
    _write(tmp_path / "j.tsv", [["s", i, "L101", f"{i},5", "defect" if i < 2 else "-", ""] for i in range(5)])
    labels, population = judged.load(tmp_path / "j.tsv")
    keys = judged.draw_heldout(flags, labels, population, 4, seed=1, new=True)
    assert ("s", 5, "L101", "5,5") in keys and not set(keys) & set(labels)  # a flag new since the file's run
    judged.reading_sheet(tmp_path / "sheet.tsv", flags, keys, 1)
    with open(tmp_path / "sheet.tsv", encoding="utf-8") as f:
        sheet = list(csv.DictReader(f, delimiter="\t"))
    assert [r["label"] for r in sheet] == ["todo"] * 4 and sheet[0]["reason"] == "(held-out 1)"
    with pytest.raises(ValueError, match="sheet.tsv:2"):
        judged.merge(tmp_path / "j.tsv", tmp_path / "sheet.tsv")
    for r in sheet:
        r["label"], r["reason"] = "defect", "comma " + r["reason"]
    with open(tmp_path / "sheet.tsv", "w", encoding="utf-8", newline="") as f:
        out = csv.DictWriter(f, fieldnames=list(sheet[0]), delimiter="\t")
        out.writeheader()
        out.writerows(sheet)
    assert judged.merge(tmp_path / "j.tsv", tmp_path / "sheet.tsv") == 4
    labels, population = judged.load(tmp_path / "j.tsv")
    assert len(labels) == 6 and ("s", 5, "L101", "5,5") in population
    assert judged.heldout_draws(labels) == [1]

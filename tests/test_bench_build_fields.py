"""bench/build_fields.py: the counts that make a field trap, and the table it ships is the one it builds."""
from __future__ import annotations

import gzip
import math
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
build_fields = pytest.importorskip("build_fields")


def test_the_binomial_tail_is_small_only_when_the_field_shuns_the_rendering():
    # a word with a third of its links inside the field: 30 links of a rendering, none inside, is no chance
    assert build_fields.binomial_cdf(0, 30, 1 / 3) == pytest.approx((2 / 3) ** 30)
    assert build_fields.binomial_cdf(0, 30, 1 / 3) < 0.01
    # 10 of 30 inside is what chance gives: no trap
    assert build_fields.binomial_cdf(10, 30, 1 / 3) > 0.5
    assert build_fields.binomial_cdf(3, 0, 0.5) == 1.0
    assert math.isclose(build_fields.binomial_cdf(30, 30, 0.2), 1.0)


def test_a_field_needs_enough_cues_and_a_margin_over_the_next():
    classify = {"cap": 3.0, "min_score": 5.0, "margin": 2.5, "window": 1}
    cues = {"tribunal": {"justice": 2.5}, "procès": {"justice": 5.0}, "match": {"sport": 3.0},
            "but": {"sport": 0.5}}
    assert build_fields.field_of({"tribunal", "procès"}, cues, classify) == "justice"  # 2.5 + 3 (capped) = 5.5
    assert build_fields.field_of({"tribunal"}, cues, classify) == ""  # too little
    assert build_fields.field_of({"tribunal", "procès", "match", "but"}, cues, classify) == ""  # 5.5 against 3.5: no margin
    assert build_fields.field_of(set(), cues, classify) == ""


def test_the_shipped_table_has_cues_for_each_field_and_well_formed_traps():
    path = Path(__file__).resolve().parents[1] / "mtqa" / "data" / "lexmodel" / "fields.fr-en.tsv.gz"
    rows = gzip.open(path, "rt", encoding="utf-8").read().splitlines()
    assert rows[0].startswith("N\t")
    fields = {r.split("\t")[1] for r in rows if r.startswith("W\t")}
    assert fields == {"sport", "markets", "justice"}
    traps = [r.split("\t") for r in rows if r.startswith("T\t")]
    assert traps and all(len(t) == 11 and float(t[10]) < 0.01 and t[3] != t[4] for t in traps)

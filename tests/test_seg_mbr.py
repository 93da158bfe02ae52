"""bench/seg_mbr.py: the per-line place weights are the library's segment weights, and the pair left out of each
other's pseudo-references."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from mtqa.scoring.consensus import pool_all, segment_weights

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import consensus_variants as cv  # noqa: E402
import seg_mbr  # noqa: E402

OUTPUTS = [["The council voted the motion on Monday.", "Prices rose again in March."],
           ["On Monday the council voted the motion.", "Prices went up again in March."],
           ["The council has vote the motion Monday.", "The prices have risen again in March."],
           ["Council motion voting happened of Monday.", "Again prices rising March."]]
UTILITY = np.array([[0.9, 0.4, -0.2, -1.0], [0.1, 0.7, 0.7, -0.5]])


def test_place_weights_are_the_librarys_segment_weights():
    for power in (1, 2):
        got = seg_mbr.place_weights(UTILITY, power)
        for line in range(2):
            assert got[line].tolist() == pytest.approx(segment_weights(UTILITY[line].tolist(), power))


def test_weighted_consensus_by_segment_place_is_the_pools_voted_value():
    s = cv.similarity(cv.matrices(OUTPUTS))
    allowed = 1.0 - np.eye(4)
    c = cv.weighted_consensus(s, allowed, seg_mbr.place_weights(UTILITY, 1))
    for line in range(2):
        entries = [(k, out[line]) for k, out in enumerate(OUTPUTS)]
        voted = pool_all(entries, votes=segment_weights(UTILITY[line].tolist()))[2]
        assert c[line].tolist() == pytest.approx(voted, abs=1e-6)


def test_the_compared_pair_is_left_out_of_each_others_references():
    class Year:
        pass

    y = Year()
    y.s = cv.similarity(cv.matrices(OUTPUTS))
    y.allowed = 1.0 - np.eye(4)
    y.lines, y.better, y.worse = np.array([0, 1]), np.array([0, 1]), np.array([2, 3])
    ca, cb = seg_mbr.pair_excluded(y, np.ones(4))
    for k, (line, a, b) in enumerate(zip(y.lines, y.better, y.worse)):
        others = [j for j in range(4) if j not in (a, b)]
        assert ca[k] == pytest.approx(np.mean([y.s[line, a, j] for j in others]))
        assert cb[k] == pytest.approx(np.mean([y.s[line, b, j] for j in others]))

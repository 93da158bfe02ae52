"""bench/consensus_variants.py: sentence chrF from the shared precision sums, and weighted consensus."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from mtqa.scoring.consensus import chrf, pool_consensus

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import consensus_variants as cv  # noqa: E402

OUTPUTS = [["The mayor presented a new plan yesterday.", "Work starts in spring."],
           ["Yesterday the mayor presented a new plan.", "Work starts in spring."],
           ["The mayor unveiled a plan for the city.", "The works will begin next spring."],
           ["A fresh scheme was unveiled by the town's leader.", "Construction begins when winter ends."]]


def test_chrf_from_the_precision_sums_is_sentence_chrf_both_ways():
    s = cv.similarity(cv.matrices(OUTPUTS))
    for line in range(2):
        for i, a in enumerate(OUTPUTS):
            for j, b in enumerate(OUTPUTS):
                assert s[line, i, j] == pytest.approx(chrf(a[line], b[line]), abs=1e-6)


def test_unweighted_consensus_is_the_pools_and_weights_move_it_toward_the_weighted_references():
    s = cv.similarity(cv.matrices(OUTPUTS))
    allowed = 1.0 - np.eye(4)
    plain = cv.weighted_consensus(s, allowed)
    for line in range(2):
        pool = pool_consensus([(k, out[line]) for k, out in enumerate(OUTPUTS)])
        assert plain[line] == pytest.approx(pool, abs=1e-6)
    # all the weight on system 3 (the odd one): every other system's consensus is its chrF against system 3 alone
    only = cv.weighted_consensus(s, allowed, np.array([0.0, 0.0, 0.0, 1.0]))
    assert only[0, :3] == pytest.approx(s[0, :3, 3])
    assert cv.rank_weights(np.array([1.0, 3.0, 2.0])).tolist() == pytest.approx([1 / 3, 1.0, 2 / 3])

"""Fuzzing every reader format through the real CLI (issue 15), with a small example budget.

The properties (see tests/fuzzing.py): exit code 0, 1 or 2; one ``mtqa:
error:`` line and no traceback for 2; a valid JSON report otherwise; and for
valid documents, every unit's text in some segment. ``bench/fuzz.py`` runs
the same strategies over 100,000+ inputs.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings

import fuzzing

SETTINGS = settings(max_examples=2, deadline=None, database=None, phases=[Phase.generate],
                    suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return str(tmp_path_factory.mktemp("fuzz"))


STRATEGIES = {"valid": fuzzing.valid_case, "mutated": fuzzing.mutated_case}


@pytest.mark.parametrize("kind", STRATEGIES)
@pytest.mark.parametrize("fmt", fuzzing.FORMATS)
def test_generated_documents(fmt, kind, folder):
    @SETTINGS
    @given(STRATEGIES[kind](fmt, max_repeat=30))
    def run(case):
        outcome = fuzzing.run_case(case, folder, limit=0)
        assert not outcome.problems, (outcome.problems, case.files)

    run()

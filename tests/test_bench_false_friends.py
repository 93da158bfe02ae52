"""The two benches that measure false friends before they become rules: a draft lexicon entry read and matched as
the lexicon's own (bench/false_friend_candidates.py), and the conditions of A502 each pair fails
(bench/a502_conditions.py). They read the check's public helpers; these tests break when a rework of the check
changes what the benches measure."""
from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import a502_conditions  # noqa: E402
import false_friend_candidates  # noqa: E402

DRAFT = r"""
[[entry]]
id = "vacances-draft"
kind = "false friend"
source = '\bvacances\b'
target = '\bvacanc(?:y|ies)\b'
suggestion = "holidays"
note = "a draft"

[[entry]]
id = "other"
kind = "false friend"
source = '\bessais?\b'
target = '\bessays?\b'
suggestion = "test"
note = "a draft"
"""


def test_a_draft_entry_is_read_and_matched_like_the_lexicon_s(tmp_path):
    path = tmp_path / "draft.toml"
    path.write_text(DRAFT, encoding="utf-8")
    (entry,) = false_friend_candidates.entries(path, {"vacances-draft"})
    source = "Les Tchèques passent leurs vacances en Croatie."
    assert [m[:2] for m in entry.matches("Czechs spend their vacancies in Croatia.", source)] == [(19, 28)]
    assert list(entry.matches("Czechs spend their holidays in Croatia.", source)) == []
    assert list(entry.matches("Czechs fill their vacancies in Croatia.", "Les Tchèques recrutent en Croatie.")) == []


def test_every_draft_entry_is_read_without_ids(tmp_path):
    path = tmp_path / "draft.toml"
    path.write_text(DRAFT, encoding="utf-8")
    assert [e.id for e in false_friend_candidates.entries(path, set())] == ["vacances-draft", "other"]


def test_a_pair_a502_flags_fails_no_condition():
    assert a502_conditions.failed("uniquement", "uniquely") == frozenset()
    assert a502_conditions.relaxation(a502_conditions.failed("uniquement", "uniquely")) == "base"


def test_each_relaxed_condition_is_told_apart():
    """One pair for each relaxation the README reports: a word seen too rarely, a dominant rendering below the
    share, a look-alike the model links weakly."""
    assert a502_conditions.failed("concrètement", "concretely") == frozenset({"min_count"})
    assert a502_conditions.failed("portables", "portable") == frozenset({"share"})
    assert a502_conditions.failed("domaine", "domain") == frozenset({"linked"})
    assert a502_conditions.relaxation(frozenset({"linked"})) == "linked"


def test_no_look_alike_is_no_candidate():
    assert a502_conditions.failed("livre", "book") == frozenset({"x!"})
    assert a502_conditions.relaxation(frozenset({"min_count", "share"})) is None

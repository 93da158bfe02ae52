"""bench/seg_errors.py: which side of a judged pair each signal favours, the one label a wrong pair gets, and the
count of words left in French."""
from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import seg_errors as E  # noqa: E402


def values(**over):
    base = {"words": 12, "length": 0.1, "untranslated": 0, "recall": 0.8, "precision": 0.8, "ibm1": -1.0,
            "context": 0.5, "worst": -3.0, "utility": 0.0, "penalty_per_word": 0.0, "consensus": 0.5}
    return {**base, **over}


def test_side_reads_the_signals_direction_and_dead_band():
    # fewer untranslated words is better: the winner with none is favoured, the loser's one counts against it
    assert E.side("untranslated", values(untranslated=0), values(untranslated=1)) == 1
    assert E.side("untranslated", values(untranslated=2), values(untranslated=0)) == -1
    # higher recall is better, but a difference inside the dead band (0.05) is no difference
    assert E.side("recall", values(recall=0.9), values(recall=0.7)) == 1
    assert E.side("recall", values(recall=0.82), values(recall=0.8)) == 0
    # an issue on the winner's side sides with the loser
    assert E.side("issues", values(penalty_per_word=0.08), values()) == -1


def test_primary_label_takes_the_first_difference_in_order():
    assert E.primary_label(values(), values(untranslated=1), 0.05) == "near-identical"
    assert E.primary_label(values(recall=0.5), values(untranslated=1), 0.4) == "untranslated words"
    assert E.primary_label(values(recall=0.5, words=6), values(recall=0.9), 0.4) == "source content lost"
    assert E.primary_label(values(words=6), values(words=12), 0.4) == "length"
    assert E.primary_label(values(utility=-1.5), values(utility=0.2), 0.4) == "fluency"
    assert E.primary_label(values(utility=-0.5), values(utility=0.2), 0.4) == "lexical choice / other"


def test_edit_share_is_relative_to_the_longer_text():
    assert E.edit_share("He left on Monday.", "He left on Monday.") == 0.0
    assert E.edit_share("He left on Monday.", "We left on Monday.") == pytest.approx(1 / 18)
    assert E.edit_share("He left on Monday.", "He left.") == pytest.approx(10 / 18)


def test_untranslated_counts_french_words_and_copies_not_english_ones():
    from mtqa.langs import language

    en, fr = language("en"), language("fr")
    source = "Le maire a inauguré la médiathèque du quartier."
    # « médiathèque » copied, and « quartier » is French an English reader would not know
    assert E.untranslated("The mayor inaugurated the médiathèque of the quartier.", source, en, fr) == 2
    assert E.untranslated("The mayor opened the neighbourhood media library.", source, en, fr) == 0
    # a capitalised name is not counted, however French it is
    assert E.untranslated("The mayor of Quartier opened the library.", source, en, fr) == 0
    # a copied source word English writes often is a shared word, not one left untranslated
    shared = "Le budget de la police a été voté."
    assert E.untranslated("The budget of the police was voted.", shared, en, fr) == 0


def test_band_keeps_the_asked_share_of_pairs_separated():
    margins = [0.5, -0.4, 0.3, 0.2, -0.1, 0.05, 0.0, 0.01, -0.02, 0.6]
    band = E.band_for(margins, 0.5)
    # the five widest margins stay separated, the rest are left tied
    assert E.separated(margins, band) == (0.5, pytest.approx(4 / 5))
    assert E.band_for(margins, 1.0) == 0.0
    # with no band every non-zero margin counts: 9 of 10 separated, 6 of them right
    assert E.separated(margins, 0.0) == (0.9, pytest.approx(6 / 9))


def test_missing_caches_are_one_line_and_exit_2(tmp_path):
    import subprocess

    run = subprocess.run([sys.executable, str(ROOT / "bench" / "seg_errors.py"), "--tag", "no-such-tag-sa77",
                          "--abstain", "12,14"], capture_output=True, text=True)
    assert run.returncode == 2 and run.stderr.count("\n") == 1
    # with ../shared/data the caches are what is missing; on a machine without it (CI), the data itself
    assert "no cached runs of WMT13" in run.stderr or "WMT data not found" in run.stderr

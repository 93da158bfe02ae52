"""The listing of source names a WMT system lost (bench/names_lost.py): what stands instead decides the group,
and only the calibration years can be listed."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import names_lost  # noqa: E402
import recall  # noqa: E402


def test_a_name_the_output_writes_or_respells_is_not_lost():
    src = "Selon Matthew Restall, le monde continue."
    ref = "According to Matthew Restall, the world goes on."
    assert names_lost.lost_names(src, "According to Matthew Restall, the world goes on.", ref) == []
    assert names_lost.lost_names(src, "According to Matthew Restal, the world goes on.", ref) == []


def test_what_stands_instead_decides_the_group():
    src = "Selon Matthew Restall, le monde continue."
    ref = "According to Matthew Restall, the world goes on."
    assert names_lost.lost_names(src, "According to Matthew Quorvak, the world goes on.", ref) == [
        ("Restall", "new-name", "Quorvak")]
    assert names_lost.lost_names(src, "According to Matthew, the world goes on.", ref) == [("Restall", "dropped", "")]
    src = "Elle a expliqué pour Europa Press que son commerce a baissé."
    ref = "She told Europa Press that her business went down."
    assert names_lost.lost_names(src, "She explained for Europa Close that her business went down.", ref) == [
        ("Press", "new-word", "Close")]


def test_a_name_the_reference_does_not_keep_is_not_listed():
    src = "Selon Matthew Restall, le monde continue."
    assert names_lost.lost_names(src, "According to Matthew, the world goes on.",
                                 "According to the historian, the world goes on.") == []


def test_only_the_calibration_years_are_accepted():
    with pytest.raises(argparse.ArgumentTypeError):
        recall.listed(names_lost.YEARS)("2012,2014h")
    assert recall.listed(names_lost.YEARS)("2012,2014r") == ["2012", "2014r"]

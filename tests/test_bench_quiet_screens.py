"""bench/quiet_screens.py: the quiet examples of A507, A623 and F503 all reach their check's rules."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import quiet_screens  # noqa: E402


def test_a_screen_tells_an_example_that_never_reaches_the_rule():
    screen = quiet_screens.screen_of("A507")
    assert screen("", "A spokesman of great experience was appointed.")
    assert not screen("", "A police spokesman spoke.")
    assert quiet_screens.screen_of("A622")("", "It would have cost more.")
    assert not quiet_screens.screen_of("A622")("", "The attack reportedly killed twelve people.")


def test_the_quiet_lists_mended_at_stop_70_all_pass_their_screen():
    for module, code in quiet_screens.FILES.items():
        if code not in ("A507", "A623", "F503", "A617"):
            continue
        screen = quiet_screens.screen_of(code)
        quiet = importlib.import_module(module).QUIET
        rows = [("", q) if isinstance(q, str) else (q[-2], q[-1]) for q in quiet]
        assert all(screen(*row) for row in rows), code

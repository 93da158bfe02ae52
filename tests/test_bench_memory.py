"""bench/startup_memory.py's growing corpus: each block of pairs brings its own names, long words and figures."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import startup_memory as sm  # noqa: E402

SRC = "Le président Barack Obama a rencontré 3 ministres à Washington le 12 mars 2014."
TGT = "President Barack Obama met 3 ministers in Washington on 12 March 2014."


def test_the_first_block_is_the_real_text():
    assert sm.respeller(0)(SRC) == SRC


def test_a_block_respells_names_and_figures_alike_on_both_sides():
    respell = sm.respeller(1)
    src, tgt = respell(SRC).split(), respell(TGT).split()
    assert src[0] == "Le" and src[3] == tgt[2] != "Obama"  # a copied name stays copied
    assert src[-5] == tgt[-5] != "Washington" and src[-1] == tgt[-1] != "2014."  # a figure stays equal
    assert src[-3] == tgt[-3] and src[-3] != "12"
    assert {"le", "mars", "à"} <= set(src) and {"met", "in", "on"} <= set(tgt)  # short lower-case words are kept


def test_each_block_has_a_vocabulary_of_its_own():
    forms = {sm.respeller(block)("Obama et Washington") for block in range(1, 40)}
    assert len(forms) == 39


def test_checkout_runs_the_other_checkouts_mtqa(tmp_path, monkeypatch):
    """``--checkout``: the child imports mtqa from that checkout, not from this one (a base commit is measured)."""
    other = tmp_path / "base"
    (other / "mtqa").mkdir(parents=True)
    (other / "mtqa" / "__init__.py").write_text("")
    (other / "mtqa" / "__main__.py").write_text(
        "import sys, mtqa\nopen(sys.argv[1], 'w').write(mtqa.__file__)\n")
    said = tmp_path / "said.txt"
    monkeypatch.setattr(sm, "CHECKOUT", other)
    sm.run_child([sys.executable, "-m", "mtqa", str(said)])
    assert Path(said.read_text()).resolve() == (other / "mtqa" / "__init__.py").resolve()

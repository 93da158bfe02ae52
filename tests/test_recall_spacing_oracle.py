"""The post-edit judge of bench/recall.py on number-format spacing flags (``$ 1.26`` -> ``$1.26``): a space the
judge keeps in one line but never writes elsewhere in the document is no verdict on the flag."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import recall  # noqa: E402

SRC = ["Le café", "Le prix minimal est de $1,26.", "Les gens paient $48 la livre.", "Un autre article",
       "Il coûte $5."]
MT = ["Coffee", "The minimum price is $ 1.26.", "People pay $ 48 a pound.", "Another article", "It costs $ 5."]
DOCS = [0, 0, 0, 1, 1]


def flag(text, suggestion, code="L106"):
    return (code, 0, len(text), text, suggestion, "No space between a currency symbol and the amount.")


def verdicts(pe, lines=range(len(SRC))):
    flags = {i: [flag(f"$ {n}", f"${n}")] for i, n in ((1, "1.26"), (2, "48"), (4, "5"))}
    return recall.evaluate("google", SRC, MT, pe, flags, lines, docs=DOCS)[1]["L1"]


def test_a_space_the_judge_writes_otherwise_in_the_document_is_unjudged():
    pe = ["Coffee", "The minimum price is $ 1.26.", "People pay $48 a pound.", "Another article", "It costs $ 5."]
    # line 1: "$48" elsewhere in its document, no "$ N": unjudged; line 4: alone in its document: false
    assert verdicts(pe, [1, 4]) == {"unjudged": 1, "false": 1}


def test_a_judge_that_keeps_the_space_elsewhere_too_gives_a_verdict():
    pe = ["Coffee", "The minimum price is $ 1.26.", "People pay $ 48 a pound.", "Another article", "It costs $5."]
    assert verdicts(pe, [1]) == {"false": 1}


def test_only_spacing_fixes_are_read_so():
    assert not recall.spacing_the_judge_writes_otherwise(flag("9,8M$", "$9.8 million"), 1,
                                                         ["", "9,8M$", "$48"], [0, 0, 0])
    assert not recall.spacing_the_judge_writes_otherwise(flag("$ 1.26", "$1.26"), 1, ["", "$ 1.26", "$48"], None)
    assert recall.spacing_the_judge_writes_otherwise(flag("24 %", "24%", "L103"), 0, ["24 %", "5%"], [0, 0])
    assert not recall.spacing_the_judge_writes_otherwise(flag("24 %", "24%", "A401"), 0, ["24 %", "5%"], [0, 0])

"""The omission oracle of bench/recall_meaning.py looks up listed extra renderings the way A608 does."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import recall_meaning  # noqa: E402

from mtqa.meaning.align import segment_alignment  # noqa: E402

SOURCE = "Le directeur a signé le contrat de environ cinquante usines pour la région."


def _rendered(mt: str) -> bool:
    oracle = recall_meaning.Oracle()
    wa = segment_alignment(SOURCE, mt, "fr", "en")
    [word] = [t for t in wa.source if t.lower == "environ"]
    return oracle.rendered_otherwise(word, mt, wa)


def test_a_listed_rendering_is_a_word_not_a_piece_of_one():
    # "or" (as in "fifty or so") is listed for "environ"; "for" and "factories" hold the letters, not the word
    assert not _rendered("The director signed the contract for fifty factories for the region.")
    assert _rendered("The director signed the contract for fifty or so factories for the region.")
    assert _rendered("The director signed the contract for about fifty factories for the region.")

"""The oracles of bench/recall_meaning.py: the omission oracle looks up listed extra renderings the way A608
does; the mistranslation oracle calls a replaced word wrong only where no evidence relates it to the
post-editor's."""
from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import recall_meaning  # noqa: E402

from mtqa.meaning.align import segment_alignment  # noqa: E402

_oracle = functools.cache(recall_meaning.Oracle)
"""One oracle for the module (it only reads its tables): each took ~4 s to build (FreeDict, WordNet)."""

SOURCE = "Le directeur a signé le contrat de environ cinquante usines pour la région."


def _rendered(mt: str) -> bool:
    oracle = _oracle()
    wa = segment_alignment(SOURCE, mt, "fr", "en")
    [word] = [t for t in wa.source if t.lower == "environ"]
    return oracle.rendered_otherwise(word, mt, wa)


def test_a_listed_rendering_is_a_word_not_a_piece_of_one():
    # "or" (as in "fifty or so") is listed for "environ"; "for" and "factories" hold the letters, not the word
    assert not _rendered("The director signed the contract for fifty factories for the region.")
    assert _rendered("The director signed the contract for fifty or so factories for the region.")
    assert _rendered("The director signed the contract for about fifty factories for the region.")


def _needs_evidence():
    import pytest

    from mtqa.langs import freedict

    if not freedict.available():
        pytest.skip("FreeDict French-English not installed")
    if not _oracle().wordnet.available:
        pytest.skip("WordNet (wordnet-base) not installed")


def _mistranslated(src: str, mt: str, pe: str) -> list[str]:
    return [what for _, _, what in _oracle()(src, mt, pe).get("mistranslation", ())]


JUDGED = "Les électeurs ont jugé le ministre sur son bilan économique."
JUDGED_PE = "Voters judged the minister on his economic record."


def test_a_word_that_renders_another_sense_is_a_mistranslation():
    # the post-editor's "judged" is FreeDict's rendering of "jugé"; "handled" is none of its renderings
    _needs_evidence()
    assert _mistranslated(JUDGED, "Voters handled the minister on his economic record.", JUDGED_PE) == [
        "jugé: handled -> judged"]


def test_a_word_wordnet_relates_to_the_post_edit_is_no_mistranslation():
    # "assessed" and "judged" share a WordNet sense: another way to say it, though the post-editor changed it
    _needs_evidence()
    assert _mistranslated(JUDGED, "Voters assessed the minister on his economic record.", JUDGED_PE) == []


def test_an_antonym_is_a_mistranslation():
    # WordNet links "possible" and "impossible" as antonyms: never related, so the lost negative prefix counts
    _needs_evidence()
    src = "Les experts jugent la réforme impossible sans un accord."
    pe = "The experts consider the reform impossible without an agreement."
    assert _mistranslated(src, "The experts consider the reform possible without an agreement.", pe) == [
        "impossible: possible -> impossible"]
    assert _mistranslated(src, "The experts consider the reform unfeasible without an agreement.", pe) == []

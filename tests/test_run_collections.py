"""The run's garbage-collector thresholds (mtqa.api.fewer_collections): raised while checking, restored after."""
import gc

import pytest

from mtqa import api
from mtqa.context import Context


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def _seen_while_checking(monkeypatch) -> list:
    seen = []
    real = api.check_pair

    def spy(pair, ctx):
        seen.append(gc.get_threshold())
        return real(pair, ctx)

    monkeypatch.setattr(api, "check_pair", spy)
    return seen


def _check_two_documents():
    from mtqa.readers.text import parse_text
    from mtqa.model import DocumentPair

    ctx = Context()
    pairs = [DocumentPair(id=f"d{i}", target=parse_text("The council met on Monday.", doc_id=f"d{i}", path=None,
                                                        lang="en"),
                          source=parse_text("Le conseil s'est réuni lundi.", doc_id=f"d{i}", path=None, lang="fr"))
             for i in range(2)]
    return list(api.run(pairs, ctx))


def test_a_run_collects_young_objects_only_every_run_threshold_allocations_and_restores_the_default(
        thresholds, monkeypatch):
    gc.set_threshold(700, 10, 10)
    seen = _seen_while_checking(monkeypatch)
    assert len(_check_two_documents()) == 2
    assert seen == [(api.RUN_GC_THRESHOLD, 10, 10)] * 2
    assert gc.get_threshold() == (700, 10, 10)


def test_a_callers_own_choice_higher_threshold_or_collection_off_is_kept(thresholds, monkeypatch):
    for mine in ((api.RUN_GC_THRESHOLD * 2, 5, 5), (0, 10, 10)):
        gc.set_threshold(*mine)
        seen = _seen_while_checking(monkeypatch)
        _check_two_documents()
        assert seen == [mine] * 2 and gc.get_threshold() == mine
        monkeypatch.undo()

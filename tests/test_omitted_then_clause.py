"""A615 omitted-then-clause (preview): a second event chained with « puis » is dropped from the translation."""
from __future__ import annotations

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context

SOURCE = "Condamné en première instance puis acquitté en appel, l'ancien maire a retrouvé lundi son siège au conseil."


def _issues(source: str, target: str):
    ctx = Context(Config(select=("A615",), preview=True))
    return check_texts(target, source=source, ctx=ctx).issues


def test_a_dropped_chained_participle_is_reported_on_the_word_before_it():
    [issue] = _issues(SOURCE, "Convicted at first instance, the former mayor regained his seat on the council on Monday.")
    assert issue.code == "A615"
    assert "“puis acquitté”" in issue.message and "then acquitted" in issue.message


def test_the_event_rendered_or_the_chain_kept_is_not_reported():
    assert _issues(SOURCE, "Convicted at first instance and then acquitted on appeal, the former mayor regained his "
                           "seat on the council on Monday.") == []
    # the chain is kept with another verb: a wrong verb is a mistranslation, not an omission
    assert _issues(SOURCE, "Convicted at first instance then freed on appeal, the former mayor regained his seat on "
                           "the council on Monday.") == []


def test_a_sentence_rewritten_as_a_whole_is_not_read():
    assert _issues(SOURCE, "The mayor is back.") == []

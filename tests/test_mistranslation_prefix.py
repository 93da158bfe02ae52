"""A603 reads a source word with a negative prefix rendered by the translation of its base as a reversal."""
from __future__ import annotations

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.model import Severity

SOURCE = "Les experts jugent la réforme impossible sans un accord avec les syndicats."


def _issues(target: str):
    ctx = Context(Config(select=("A603",), preview=True))
    return check_texts(target, source=SOURCE, ctx=ctx).issues


def test_the_base_word_for_a_prefixed_one_is_a_major_mistranslation():
    [issue] = _issues("The experts consider the reform possible without an agreement with the unions.")
    assert issue.code == "A603" and issue.severity == Severity.MAJOR
    assert issue.text == "possible" and issue.suggestion == "impossible"
    assert "without its prefix “im-”" in issue.message and "“impossible”" in issue.message


def test_the_prefixed_word_or_a_negated_base_is_no_mistranslation():
    assert _issues("The experts consider the reform impossible without an agreement with the unions.") == []
    assert _issues("The experts consider the reform not possible without an agreement with the unions.") == []


def test_both_languages_negative_prefixes_are_data():
    # the target side's prefixes (the expected rendering's "im-" of "impossible") are read from polarity.toml,
    # like the source side's: no language's prefixes are written in the check
    from mtqa.langs.lexmodel import polarity

    pol = polarity("fr", "en")
    assert "dé" in pol["negative_prefixes"] and "dis" in pol["negative_prefixes_tgt"]


def test_a_negated_prefixed_word_rendered_by_its_base_is_the_litotes_read_plainly():
    # « n'est pas impossible » says it is possible: "possible" keeps the meaning
    ctx = Context(Config(select=("A603",), preview=True))
    source = "Une hausse des taux n'est pas impossible cette année."
    target = "A rise in rates is possible this year."
    assert check_texts(target, source=source, ctx=ctx).issues == []
    # a negation elsewhere in the sentence leaves the word's own negation to render
    source = "Les experts n'ont jamais dit que la réforme était impossible sans un accord."
    target = "The experts never said that the reform was possible without an agreement."
    [issue] = check_texts(target, source=source, ctx=ctx).issues
    assert issue.text == "possible" and issue.suggestion == "impossible"

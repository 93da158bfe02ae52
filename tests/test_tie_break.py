"""The penalty's tie-breaker (off by default): the learned quality estimate at a weight too small to outweigh any issue
(``tie_break_weight``, mtqa.config.DEFAULT_TIE_BREAK_WEIGHT; README, Scoring > Tie-breaker)."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config, load
from mtqa.context import Context
from mtqa.errors import ConfigError
from mtqa.renderers.base import RunInfo

SOURCE = "La commission a rejeté mardi la demande des riverains de fermer la route la nuit."
READS_WELL = "The commission on Tuesday rejected the residents' request to close the road at night."
WORD_FOR_WORD = "On Tuesday the commission has rejected the request of the residents to close the road the night."
"""Literal but with no issue mtqa reports (with the weekday between the verb and its object, A501 reports the
French word order: "has rejected Tuesday the request")."""
ONE_ISSUE = "The commission on Tuesday rejected the residents' request to close the road at night.."

AT_MARK_SOURCE = ("Le conseil municipal a voté lundi un budget de 12 millions d'euros pour rénover les écoles. "
                  "Les travaux commenceront au printemps et dureront deux ans. "
                  "Le maire a déclaré que les enfants méritaient des bâtiments sûrs et bien chauffés. "
                  "L'opposition a critiqué le calendrier, qu'elle juge trop lent. "
                  "Les parents d'élèves ont salué une décision attendue depuis longtemps. "
                  "Une réunion publique aura lieu jeudi soir à la mairie pour présenter le projet aux habitants du "
                  "quartier. Chacun pourra y poser ses questions aux élus et aux architectes.")
AT_MARK = ("The city council on Monday voted a budget of 15 million euros to renovate the schools. "
           "The work will begin in the spring and will last two years. "
           "The mayor said that the children deserved buildings that are safe and well heated. "
           "The opposition criticised the timetable, which it considers too slow. "
           "The parents of pupils welcomed a decision that they had been awaiting for a long time. "
           "A public meeting will be held on Thursday evening at the town hall to present the project to the "
           "residents of the district. Everyone may put questions to the councillors and architects.")


ON = 0.0001
"""The weight the README's figures were measured at (the default is 0: off)."""


def _check(target: str, **config) -> object:
    config.setdefault("tie_break_weight", ON)
    return check_texts(target, source=SOURCE, ctx=Context(Config(**config)))


def test_off_by_default_the_penalty_is_the_issues_alone():
    for text in (READS_WELL, WORD_FOR_WORD, ONE_ISSUE):
        result = check_texts(text, source=SOURCE, ctx=Context(Config()))
        assert result.penalty == sum({"minor": 1, "major": 5, "critical": 25}[i.severity.value]
                                     for i in result.issues)
        assert result.utilities == {}  # nor computed: no cost by default


def test_two_translations_without_issues_no_longer_tie():
    good, literal = _check(READS_WELL), _check(WORD_FOR_WORD)
    assert good.issues == [] and literal.issues == []
    # the MQM penalty alone tied them at 0; the tie-breaker prefers the one that reads as English
    assert 0 < good.penalty < literal.penalty


def test_weight_zero_restores_the_mqm_score():
    for text in (READS_WELL, WORD_FOR_WORD):
        plain = _check(text, tie_break_weight=0.0)
        assert plain.penalty == sum({"minor": 1, "major": 5, "critical": 25}[i.severity.value] for i in plain.issues)


def test_the_tie_breaker_never_outweighs_an_issue_nor_moves_the_score_or_the_verdict():
    literal, flagged = _check(WORD_FOR_WORD), _check(ONE_ISSUE)
    assert flagged.issues and literal.penalty < 1 <= flagged.penalty  # a minor issue still costs more
    for text in (READS_WELL, WORD_FOR_WORD, ONE_ISSUE):
        with_term, without = _check(text), _check(text, tie_break_weight=0.0)
        assert with_term.score == without.score and with_term.passed == without.passed
        assert 0 < with_term.penalty - without.penalty < 0.01


def test_a_document_at_the_pass_mark_still_passes():
    # 100 words and one major issue (a figure changed): 95.00, the pass mark. In the score, even a tie-breaker
    # far below 0.01 would round it to 94.99 and fail it
    result = check_texts(AT_MARK, source=AT_MARK_SOURCE, ctx=Context(Config(tie_break_weight=ON)))
    assert result.words == 100 and [i.severity.value for i in result.issues] == ["major"]
    assert result.penalty > 5 and result.score == 95.0 and result.passed


def test_a_quality_weight_replaces_the_tie_breaker_not_adds_to_it():
    both = _check(WORD_FOR_WORD, quality_weight=1.0)
    alone = _check(WORD_FOR_WORD, quality_weight=1.0, tie_break_weight=0.0)
    assert both.penalty == pytest.approx(alone.penalty)


def test_no_source_no_tie_breaker():
    alone = check_texts(WORD_FOR_WORD, ctx=Context(Config(tie_break_weight=ON)))
    assert alone.penalty == 0


def test_the_key_is_validated_and_left_out_of_the_signature(tmp_path):
    path = tmp_path / "mtqa.toml"
    path.write_text("tie_break_weight = 0\n", encoding="utf-8")
    assert load(str(path)).tie_break_weight == 0
    for bad in ("nan", "-1", "101", '"low"', "true"):
        path.write_text(f"tie_break_weight = {bad}\n", encoding="utf-8")
        with pytest.raises(ConfigError):
            load(str(path))
    # it moves neither a score nor a verdict, so the signature (what reproduces them) does not name it
    assert RunInfo(Config(tie_break_weight=ON), ["A101"]).signature == RunInfo(Config(), ["A101"]).signature

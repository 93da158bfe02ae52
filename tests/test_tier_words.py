"""A tier figure inside a graded event series' name (numbers/fr.toml ``name_tier_words``) is no lost figure.

« le Premier 5 de Cincinnati » is "the Cincinnati Premier" in English tennis writing and « le Super 1000 de
Jakarta » "the Jakarta Super Series" in badminton's: the figure grades the series, the place names the event.
A figure after a word of no such series stays a figure to check (a model's, a count's).
"""
from __future__ import annotations

import pytest

from mtqa.api import check_texts


def _a402(source: str, target: str) -> list[str]:
    return [i.text for i in check_texts(target, source=source).issues if i.code == "A402"]


@pytest.mark.parametrize("source, target", [
    ("Elle a remporté le Premier 5 de Cincinnati face à la tenante du titre.",
     "She won the Cincinnati Premier against the defending champion."),
    ("Elle a remporté dimanche le Super 1000 de Jakarta en simple dames.",
     "On Sunday she won the Jakarta Super Series in the women's singles."),
])
def test_a_tier_of_a_graded_series_left_out_with_its_name_kept_is_no_lost_figure(source, target):
    assert _a402(source, target) == []


def test_a_figure_after_a_word_of_no_graded_series_is_still_checked():
    assert _a402("Il a remporté le Tour 500 de Bâle face au tenant du titre.",
                 "He won the Basel Tour against the defending champion.")


def test_the_tier_figure_dropped_with_the_name_is_still_checked():
    assert _a402("Elle a remporté le Premier 5 de Cincinnati face à la tenante du titre.",
                 "She won the tournament in Ohio against the defending champion.")

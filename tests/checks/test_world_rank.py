"""A624: a rank in the world written with the ordinal before "world" (« premier exportateur mondial » -> "the
first world exporter"), read as grammar."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs import world_rank
from mtqa.langs.world_rank import ranks, source_ranks


def _issues(target: str, source: str | None = None):
    ctx = Context(Config(select=("A624",)))
    return [i for i in check_texts(target, source=source, ctx=ctx).issues if i.code == "A624"]


@pytest.mark.parametrize("source, target, span, suggestion", [
    ("Le Maroc, premier exportateur mondial de phosphate, a vu ses ventes progresser.",
     "Morocco, the first world exporter of phosphate, saw its sales rise.",
     "the first world exporter", "the world's largest exporter"),
    ("Le Ghana, deuxième producteur mondial de cacao, a relevé le prix payé aux planteurs.",
     "Ghana, second world producer of cocoa, raised the price paid to growers.",
     "second world producer", "the world's second-largest producer"),
    ("La Chine, deuxième économie mondiale, a ralenti au troisième trimestre.",
     "China, the second world economy, slowed in the third quarter.",
     "the second world economy", "the world's second-largest economy"),
    ("Le Vietnamien Tran Van Hoa, 8e mondial, s'est qualifié vendredi.",
     "The Vietnamese Tran Van Hoa, 8th world, qualified on Friday.",
     "8th world", "world number 8"),
    ("L'Inde, quatrième importateur mondial de pétrole, a signé un accord avec Moscou.",
     "India, the fourth world importer of oil, signed a deal with Moscow.",
     "the fourth world importer", "the world's fourth-largest importer"),
    ("Le pays était l'un des cinq premiers exportateurs mondiaux de blé.",
     "The country was one of the five first world exporters of wheat.",
     "the five first world exporters", "the world's five largest exporters"),
    ("La Chine est le premier créancier mondial du pays.",
     "China is the first world creditor of the country.",
     "the first world creditor", "the world's largest creditor"),
])
def test_a_rank_in_the_french_order_is_flagged(source, target, span, suggestion):
    [issue] = _issues(target, source)
    assert issue.text == span and issue.suggestion == suggestion
    assert "French order" in issue.message
    assert len(_issues(target)) == 1  # without a source, the English order alone


def test_third_world_is_a_rank_only_when_the_source_ranks_third():
    target = "China is the third world market for luxury goods."
    [issue] = _issues(target, "La Chine est le troisième marché mondial du luxe.")
    assert issue.suggestion == "the world's third-largest market"
    assert _issues(target) == []  # alone, "third world" may be the developing countries
    assert _issues("Debt weighs on third world farmers.", "La dette pèse sur les agriculteurs du tiers monde.") == []


def test_the_source_must_rank_with_the_same_ordinal():
    target = "Ghana, second world producer of cocoa, raised the price."
    assert source_ranks("Le Ghana, deuxième producteur mondial de cacao", "fr") == {2}
    assert _issues(target, "Le Ghana, premier producteur mondial de cacao, a relevé le prix.") == []
    assert _issues(target, "Le Ghana, grand producteur de cacao, a relevé le prix.") == []
    assert source_ranks("Roublev, 8e mondial, s'est qualifié", "fr") == {8}


# Correct English of our own with ordinals before "world" and with ranks written the English way; with French
# sources that rank with « mondial » where the English keeps the rank in English order: none may be flagged.
QUIET = [
    ("She won her first world title in Doha in 2019.", "Elle a remporté son premier titre mondial à Doha en 2019."),
    ("It was his second world championship in three years.", None),
    ("The Second World War ended in 1945.", "La Seconde Guerre mondiale a pris fin en 1945."),
    ("Veterans of the second world war gathered in Caen.", None),
    ("The First World War memorial was restored.", None),
    ("Many Third World countries owe billions.", None),
    ("The aid went to third world farmers.", None),
    ("Morocco is the world's largest phosphate exporter.", "Le Maroc est le premier exportateur mondial de phosphate."),
    ("Ghana is the world's second-largest cocoa producer.", "Le Ghana est le deuxième producteur mondial de cacao."),
    ("China is the world's second-largest economy.", "La Chine est la deuxième économie mondiale."),
    ("Rublev, the world number eight, qualified on Friday.", "Roublev, 8e mondial, s'est qualifié vendredi."),
    ("He was the first world leader to visit Kyiv after the invasion.",
     "Il a été le premier dirigeant mondial à se rendre à Kiev après l'invasion."),
    ("She became the first world champion from Kenya in the event.", None),
    ("The first world record of the meeting fell on Sunday.", None),
    ("The company held its first world conference in Lisbon.", None),
    ("This is the first world premiere of the season.", None),
    ("The first world summit on the issue took place in Rio.", None),
    ("Its first world tour began in March.", None),
    ("Their second world cup final ended in defeat.", None),
    ("It was the first world number one to lose in the first round.", None),
    ("The club won the world title for the third time.", None),
    ("In the world, first place went to Norway.", None),
    ("The second, world-famous exporter of tea, is based in Colombo.", None),
    ("Brazil is the world's top coffee producer and Vietnam is second.", None),
    ("Exports rank third in the world after China and the US.", None),
    ("He finished first, world champion Ana Lopez was second.", None),
    ("The first World Cup was held in Uruguay.", None),
    ("Saudi Arabia is among the world's biggest oil exporters.", None),
    ("Our first world congress drew 2,000 delegates.", None),
    ("The third world war is a theme of the novel.", None),
    ("My first world trip took a year.", None),
    ("The 5th World Water Forum opened in Istanbul.", None),
    ("A new world order emerged after 1991.", None),
    ("Taiwan makes the world's most advanced chips, and Korea is second.", None),
    ("The fourth world exporter? No, India ranks fifth.", "L'Inde est le cinquième exportateur mondial."),
]


@pytest.mark.parametrize("target, source", QUIET)
def test_english_ranks_and_other_ordinals_before_world_are_quiet(target, source):
    assert _issues(target, source) == []


def test_a_bad_table_is_a_data_error_naming_the_file(monkeypatch):
    from mtqa.langs import language

    table = dict(language("en").extra["world_rank"])
    table["ordinals"] = {"first": "one"}
    monkeypatch.setitem(language("en").extra, "world_rank", table)
    world_rank.target_pattern.cache_clear()
    try:
        with pytest.raises(DataError, match=r"en\.toml.*world_rank\.ordinals"):
            list(ranks("the first world exporter", "en"))
    finally:
        monkeypatch.undo()
        world_rank.target_pattern.cache_clear()

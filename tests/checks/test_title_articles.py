"""F502 title-article-before-name: an article kept before a title that opens a person's name, and what stays quiet."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs import title_articles
from mtqa.langs.title_articles import bare_titles, count_shapes

ROOT = Path(__file__).resolve().parents[2]


def _issues(target: str, source: str | None = None):
    ctx = Context(Config(select=("F502",)))
    return [(i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues if i.code == "F502"]


@pytest.mark.parametrize("target, span, suggestion", [
    ("The Turkish president Recep Tayyip Erdogan said on Tuesday that the talks would go on.",
     "The Turkish president", "Turkish President"),
    ("Kyiv's envoy met the Prime Minister Denys Shmyhal on Monday.", "the Prime Minister", "Prime Minister"),
    ("The Armenian Prime Minister Nikol Pashinyan signed the declaration in Brussels.",
     "The Armenian Prime Minister", "Armenian Prime Minister"),
    ("The South Korean president Yoon Suk Yeol arrived in Tokyo on Thursday.",
     "The South Korean president", "South Korean President"),
    ("Talks between the German chancellor Olaf Scholz and his guests lasted three hours.",
     "the German chancellor", "German Chancellor"),
    ("A letter was sent to the American senator Chris Murphy last week.", "the American senator",
     "American Senator"),
    ("Washington's view was set out by the Secretary of State Antony Blinken.", "the Secretary of State",
     "Secretary of State"),
])
def test_an_article_before_a_title_and_a_name_is_flagged_with_the_bare_title(target, span, suggestion):
    assert _issues(target) == [(span, suggestion)]


def test_a_lower_case_title_right_after_the_article_before_a_full_name_is_f302s():
    # F302 reads "the president Ebrahim Raisi"; F502 reads what it leaves: a nationality, a capital, a surname alone
    assert _issues("The president Ebrahim Raisi arrived in Moscow.") == []
    assert _issues("I voted twice for the president Obama.") == [("the president", "President")]


QUIET = [
    # the title bare, as English news writes it
    "Turkish President Recep Tayyip Erdogan said on Tuesday that the talks would go on.",
    "Prime Minister Denys Shmyhal announced new sanctions on Friday.",
    "German Chancellor Olaf Scholz will visit Beijing next month.",
    "Senator Chris Murphy of Connecticut said he was worried by the threats.",
    "Secretary of State Antony Blinken arrived in Cairo late on Sunday.",
    "King Charles III opened the new session of Parliament.",
    # the name in apposition between commas
    "The Turkish president, Recep Tayyip Erdogan, said on Tuesday that the talks would go on.",
    "The prime minister, Rishi Sunak, faced questions from MPs.",
    "The French president, Emmanuel Macron, called for calm.",
    # a describing word before the title: English writes it with the article
    "The former president Bill Clinton spoke at the memorial service.",
    "The late President John F. Kennedy was shot in Dallas in 1963.",
    "The then prime minister Tony Blair backed the invasion.",
    "The outgoing chancellor Angela Merkel handed over to her successor.",
    "The acting president Kassym-Jomart Tokayev took the oath.",
    "The new prime minister Liz Truss lasted 49 days.",
    "The interim president Adly Mansour was sworn in on Thursday.",
    # a title that names no person: a body, a firm, a place, a building
    "The General Assembly voted to admit the new member.",
    "Workers at the General Motors plant went on strike.",
    "The President Hotel was evacuated after the fire.",
    "The Prince Albert Foundation funds research on the oceans.",
    "The King Abdullah University of Science and Technology opened a new campus.",
    "Patients were moved to the Queen Elizabeth Hospital in Birmingham.",
    "The Mayor's Office announced the closures.",
    # not a title of the table, or one English writes with its article
    "The band Coldplay played two nights at Wembley.",
    "The ship Costa Concordia ran aground off Giglio.",
    "The film Titanic won eleven Oscars.",
    "The mayor Anne Hidalgo opened the new cycle lane.",
    "The ambassador Martin Raiser left Beijing on Friday.",
    "The opposition leader Alexei Navalny was moved to another prison.",
    "The Democratic candidate Barack Obama won Iowa.",
    "The foreign minister Sergei Lavrov met his Chinese counterpart.",
    # a title before no name
    "The president Monday signed the bill into law.",
    "The Turkish president said on Tuesday that the talks would go on.",
    "The prime minister will travel to Kyiv.",
    "The President NATO wanted was not elected.",
    "The judge Friday ordered a retrial.",
    # a determiner or a possessive before a title English writes bare: a description, not the article's copy
    "His Prime Minister Nikol Pashinyan resigned in 2021.",
    "Their president Volodymyr Zelensky thanked the allies.",
    "A president like Barack Obama would not have said so.",
    "Every president since Richard Nixon has visited China.",
    "The Rev. Jesse Jackson led the march.",
    "The president of the European Commission Ursula von der Leyen spoke first.",
    "The Reverend Al Sharpton joined the protest.",
]


@pytest.mark.parametrize("target", QUIET)
def test_correct_english_with_titles_and_names_is_quiet(target):
    assert _issues(target) == []


def test_which_titles_are_flagged_is_counted_not_chosen():
    flagged = bare_titles("en")
    assert {"president", "prime minister", "chancellor", "senator"} <= flagged
    assert not {"mayor", "ambassador", "leader", "foreign minister", "governor"} & flagged
    counts = count_shapes(["Turkish President Recep Tayyip Erdogan spoke.",
                           "The Turkish president Recep Tayyip Erdogan spoke.",
                           "The Turkish president, Recep Tayyip Erdogan, spoke.",
                           "The former president Bill Clinton spoke."])
    assert counts["president"] == {"bare": 1, "article": 1, "comma": 1}


def test_a_bad_row_of_the_table_is_a_data_error_naming_file_and_line(tmp_path, monkeypatch):
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / "title_articles.en.tsv").write_text(
        "title\twritten_article\twritten_bare\twritten_comma\tall_article\tall_bare\tall_comma\tflagged\n"
        "president\t0\t7\t0\t20\t101\t6\tyes\nmayor\t0\t0\t4\t3\tno\n", encoding="utf-8")
    monkeypatch.setattr(title_articles, "data_path", lambda *parts: tmp_path.joinpath(*parts))
    title_articles.bare_titles.cache_clear()
    try:
        with pytest.raises(DataError, match=r"title_articles\.en\.tsv:3"):
            title_articles.bare_titles("en")
    finally:
        title_articles.bare_titles.cache_clear()


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data" / "newstest-fren-2008-2015").is_dir()
                    and not (ROOT / ".." / "shared").exists(), reason="the WMT data is absent")
def test_the_shipped_table_is_what_the_script_builds():
    data = ROOT.parent / "shared" / "data"
    if not (data / "newstest-fren-2008-2015").is_dir():
        pytest.skip("the WMT data is absent")
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "title_articles.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr

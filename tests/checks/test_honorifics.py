"""L301 french-honorific: every title of the table in every house style, and initials left alone."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair, check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.model import Document, DocumentPair, Link, Segment
from mtqa.langs.data import pair_table

from conftest import SEED

TITLES = pair_table("honorifics", "fr-en")
STYLES = ("mr", "mr.", "none")


def found(text: str, style: str = "mr", source: str | None = None):
    ctx = Context(Config(select=("L301",), honorifics=style))
    if source is None:
        issues = check_texts(text, ctx=ctx).issues
    else:
        src, tgt = Document("t", None, "fr"), Document("t", None, "en")
        src.segments.append(Segment(0, source, multiline=False))
        tgt.segments.append(Segment(0, text, multiline=False))
        tgt.lines[1] = text
        p = DocumentPair("t", tgt, src, links=[Link((0,), (0,))], meta={"prealigned": True})
        issues = check_pair(p, ctx).issues
    return [(i.text, i.suggestion) for i in issues]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("row", TITLES, ids=lambda r: r["source"])
def test_every_title_in_every_style(row, style):
    english = {"mr": row["mr"], "mr.": row["mr."], "none": ""}[style]
    expected = f"{english} Dupont" if english else "Dupont"
    text = f"Council meets\n\nThe mayor said {row['source']} Dupont would resign."
    if row["match"] == "source":  # a title that is also an English word (Me): only where the source has it
        assert found(text, style) == []
        text = f"The mayor said {row['source']} Dupont would resign."
        source = f"Le maire a dit que {row['source']} Dupont démissionnerait."
        noun = row["noun"].split("/")[0]  # the title's noun says what it said ("lawyer Dupont")
        assert found(text, style, source=source) == [(f"{row['source']} Dupont", f"{noun} Dupont" if noun else expected)]
        return
    assert found(text, style) == [(f"{row['source']} Dupont", expected)]


@pytest.mark.parametrize("text,span,suggestion", [
    ("Crew\n\nShortly before, M.Rogozine had published photographs.", "M.Rogozine", "Mr Rogozin"),
    ("Talks\n\nM. Hare said the talks would go on.", "M. Hare", "Mr Hare"),
    ("Talks\n\nThe minister, Mme Touraine, decided.", "Mme Touraine", "Ms Touraine"),
    ("Talks\n\nM. Emmanuel Macron spoke.", "M. Emmanuel Macron", "Mr Emmanuel Macron"),
    ("Talks\n\nYesterday M. Montebourg spoke.", "M. Montebourg", "Mr Montebourg"),
    ("Talks\n\nThe Minister M. Montebourg spoke.", "M. Montebourg", "Mr Montebourg"),
    # a title glued after the full stop of the sentence before it (the space after the stop lost too)
    ("Talks\n\nThe mayor thanked the family.M.Dupont will speak on Friday.", "M.Dupont", "Mr Dupont"),
])
def test_flags(text, span, suggestion):
    assert found(text) == [(span, suggestion)]


@pytest.mark.parametrize("text", [
    "M. Night Shyamalan and Michael J. Fox met in Paris.",
    "The actor John M. Smith spoke.",
    "The council praised Mayor Adrian M. Kowalczyk on Monday.",
    "Mr Hare, Mrs Dupont and Ms Michaux spoke.",
    "The M. tuberculosis strain spread.",
    "He scored 3 M. Then he left.",
    "The novel by J.M.Coetzee won the prize.",
])
def test_initials_and_english_titles_not_flagged(text):
    assert found(f"News\n\n{text}") == []


def test_source_decides_for_several_names():
    assert found("M. Night Shyamalan spoke.", source="M. Night Shyamalan a parlé.") == [
        ("M. Night Shyamalan", "Mr Night Shyamalan")]
    assert found("M. Night Shyamalan spoke.", source="Le réalisateur a parlé.") == []
    assert found("But M. Beer Glass said so.", source="Mais M. De Bock l'a dit.") == [
        ("M. Beer Glass", "Mr Beer Glass")]


def test_seed_titles():
    title = (SEED / "article.fr-title.txt").read_text(encoding="utf-8").strip()
    text = (SEED / "article.en.txt").read_text(encoding="utf-8")
    issues = check_texts(text, title=title, ctx=Context(Config(select=("L301", "T1")))).issues
    got = [(i.line, i.text, i.suggestion) for i in issues if i.code == "L301"]
    assert got == [(15, "M.Rogozine", "Mr Rogozin"), (21, "M.Shkaplerov", "Mr Shkaplerov"),
                   (33, "M.Chipenko", "Mr Shipenko")]

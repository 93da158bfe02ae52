"""L2xx punctuation and quotes: what is flagged, what is not, and the seed."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair, check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.model import Document, DocumentPair, Link, Role, Segment
from tests.conftest import SEED

CODES = ("L201", "L202", "L203", "L204", "L205")


def flags(text, codes=CODES):
    ctx = Context(Config(select=codes))
    target = Document("t", None, "en", [Segment(0, text, Role.BODY, 0, 1, 0, multiline=False)])
    return [(i.code, i.text, i.suggestion) for i in check_pair(DocumentPair("t", target), ctx).issues]


def test_an_abbreviation_the_source_writes_in_a_name_is_not_two_sentences():
    ctx = Context(Config(select=("L203",)))

    def run(src, tgt):
        target = Document("t", None, "en", [Segment(0, tgt, Role.BODY, 0, 1, 0, multiline=False)])
        source = Document("t", None, "fr", [Segment(0, src, Role.BODY, 0, 1, 0, multiline=False)])
        pair = DocumentPair("t", target, source, links=[Link((0,), (0,))], meta={"prealigned": True})
        return [i.text for i in check_pair(pair, ctx).issues]

    assert run("Les employés de Bureau. Nord sont partis.", "The staff of Bureau.Nord left.") == []
    assert run("Ils sont partis à Lyon. Le bureau a fermé.", "They left for Lyon.The office closed.") == ["Lyon.The"]


@pytest.mark.parametrize("text,expected", [
    ("Why did they land so early ? Nobody knows.", [("L201", " ?", "?")]),
    ("He said : the mission is over.", [("L201", " :", ":")]),
    ("Stop\u00a0! It is over\u202f; they left.", [("L201", "\u00a0!", "!"), ("L201", "\u202f;", ";")]),
    # after a full stop a spaced colon is still French spacing (only ? and ! stand on their own there)
    ("The list ends here, etc. : nothing more.", [("L201", " :", ":")]),
    ("The shop closed at noon... !!", [("L201", " !!", "!!")]),
    ("The shop closed at noon… !!", [("L201", " !!", "!!")]),
    ("It was «an effervescence in the news» then.", [("L202", "«an effervescence in the news»", '"an effervescence in the news"')]),
    ("He said: « Vous avez peut-être raison ».", [("L202", "« Vous avez peut-être raison »", '"Vous avez peut-être raison"')]),
    ("«We hope that this vaccine works.", [("L202", "«", '"')]),
    ("She saves the life of a cosmonaut.Two cosmonauts will appear.", [("L203", "cosmonaut.Two", "cosmonaut. Two")]),
    ("It was far from space tourism.L’équipe russe left.", [("L203", "tourism.L’équipe", "tourism. L’équipe")]),
    ("Really?Nobody came.", [("L203", "Really?Nobody", "Really? Nobody")]),
    # a sentence run into the next one that opens with an abbreviated title or an initial and its own full stop
    ("The Kremlin wrote to the widow.M.Dupont will reply on Friday.", [("L203", "widow.M", "widow. M")]),
    ("The talks ended at noon.Mr.Smith left first.", [("L203", "noon.Mr", "noon. Mr")]),
    ("According to the mediators,talks resumed.", [("L203", "mediators,talks", "mediators, talks")]),
    ('"We want stability,"said the manager.', [("L203", 'stability,"said', 'stability," said')]),
    # a quote whose quotation began in an earlier segment closes before a speech tag
    ('The union knows it, too,"Weber said.', [("L203", 'too,"Weber', 'too," Weber')]),
    ('We must act quickly,"she told the local paper "Die Post."', [("L203", 'quickly,"she', 'quickly," she')]),
    # ... and opens when what follows is the quotation itself, or its partner comes later
    ('At the meeting, he wrote,"she left the file on the desk."', [("L203", 'wrote,"she', 'wrote, "she')]),
    ('The mayor warned,"the bridge will close in May.', [("L203", 'warned,"the', 'warned, "the')]),
    ('He launched: "All is well!".', [("L204", '!".', '!"')]),
    ('She asked: "Who is there?".', [("L204", '?".', '?"')]),
    ("They were located on Friday afternoon..", [("L204", "..", ".")]),
    ("The price rose,, then fell.", [("L204", ",,", ",")]),
    ("He left on Wednesday,.", [("L204", ",.", ",")]),
    # two dots inside a long run of letters join two words, they censor none
    ("Nobody knew anything..then it rained.", [("L204", "..", ".")]),
    # ... and so do they after a short whole word (a function word), which is no censored head
    ("The dog ran to..the gate.", [("L204", "..", ".")]),
    ("We saw it..so we left.", [("L204", "..", ".")]),
    # ... and after a short head that is a word of its own before a whole word (two words run together)
    ("I am..tired of waiting, she said.", [("L204", "..", ".")]),
    # a spaced mark before a bracket that is no emoticon's
    ("It was over (or was it ;) nobody knew.", [("L201", " ;", ";")]),
    ("A faulty water heater , said the prosecutor .", [("L205", " ,", ","), ("L205", " .", ".")]),
    ("The music is loud ,accompanied by drums.", [("L205", " ,", ", ")]),
])
def test_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize("text", [
    "The U.S. team, e.g. the crew, i.e. its pilots, arrived.",
    "J.K. Rowling and J. R. R. Tolkien met at 3.5 p.m. in St. Louis.",
    "Visit AFP.com, www.Example.Com or https://www.lemonde.fr/Planete/Article now.",
    "Write to press@Roscosmos.ru today.",
    "The score was 2 : 1 and the ratio 3:2.",
    "Wait... the firm, Acme Inc., and Yahoo! agreed.",
    "He said: \"All is well.\" Then he left.",
    "She asked, \"Is it over?\" and left.",
    "The company uses .NET and a .22 rifle.",
    "It cost 3,000 dollars, or 3.5 percent.",
    "The Mr.Smith and M.Rogozine honorifics are left to L3xx.",
    # initials run together stay a name, and a capitalised word inside an address is no title
    "The novel by J.M.Coetzee won the prize.",
    "Visit news.Yahoo.Com or shop.Apple.Com today.",
    "Really?! That is what she said.",
    # question or exclamation marks standing on their own after a closed sentence (a reader's reply)
    "And you still read the whole review. ?!?",
    # an emoticon set off as a word; letters dotted out of a swear word
    "So they will be pleased with that ;)",
    "Fine, see you tomorrow :-) and bring the keys.",
    "They did not even fix one f..king tap, he said.",
    # ... also when the kept letters happen to be abbreviations a dictionary lists (fu, di, bu)
    "Not one fu..king tap, the di..head said, and that is bu..shit.",
])
def test_not_flagged(text):
    assert flags(text) == []


def test_seed(seed_title):
    text = (SEED / "article.en.txt").read_text(encoding="utf-8")
    ctx = Context(Config(select=CODES))
    issues = check_texts(text, title=seed_title, ctx=ctx).issues
    assert [(i.code, i.line, i.start, i.text, i.suggestion) for i in issues] == [
        ("L204", 13, 151, '!".', '!"'),
        ("L203", 21, 133, "cosmonaut.Two", "cosmonaut. Two"),
    ]


def _abbreviates_by_pattern(before: str, after: str, sources) -> bool:
    import re

    pattern = re.compile(rf"(?<!\w){re.escape(before)}\.\s*{re.escape(after)}(?!\w)", re.IGNORECASE)
    return any(pattern.search(s.text) for s in sources)


def test_source_abbreviates_finds_what_the_pattern_finds():
    """The glue's abbreviation test, done without a pattern per glue, answers as the pattern does."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from mtqa.checks.punctuation import _SENTENCE_GLUE_RE, _source_abbreviates
    from mtqa.model import Segment

    words = st.sampled_from(["Arch", "arch", "ARCH", "Design", "design", "desig", "Designs", "Sſt", "Sst", "İt",
                             "it", "Kil", "\u212ail", "é", "Éta", "l'Éta"])
    gaps = st.sampled_from([".", ". ", ".  ", ".\n", "", " ", "_", "1", "-", ".x"])

    @given(st.lists(st.tuples(words, gaps), max_size=6), words, words)
    @settings(max_examples=300, deadline=None)
    def run(parts, before, after):
        source = "".join(w + g for w, g in parts)
        glued = f"the {before}.{after} went"
        for m in _SENTENCE_GLUE_RE.finditer(glued):
            sources = [Segment(0, source)]
            assert _source_abbreviates(m, sources) == (
                m.group("before")[:1].isupper() and _abbreviates_by_pattern(m.group("before"), m.group("after"), sources))

    run()

"""A source's words as the name analysis asks them: ``_SourceWords.writes_any`` gives the answer of the source's
whole word set (``not words.isdisjoint(source words)``) without reading that set, on sources written for the
purpose: a country name inside a longer word, after an elision, beside a hyphen or a digit, in another case,
across the join of two sentences."""
from __future__ import annotations

import pytest

from mtqa.model import Document, DocumentPair, Role, Segment
from mtqa.names import analysis
from mtqa.names.translit import transliterator

COUNTRIES = frozenset({"Russie", "Ukraine", "Biélorussie", "Ouzbékistan"})

SOURCES = [
    ["Le président a rencontré son homologue à Moscou.", "La Russie dément."],
    ["Les exportations vers l'Ukraine ont baissé."],
    ["Les Russies d'antan et la Biélorussiennes n'existent pas."],  # longer words: no country
    ["La russie en minuscules n'est pas le nom écrit."],
    ["Le Ukraine-Est et la Russie2 sont des runs de lettres entiers."],
    ["L'Ouzbékistan, pays d'Asie centrale."],
    ["Il a quitté la Russ", "ie hier."],  # two sentences never join into one word
    ["Sans pays nommé ici.", "Ni là."],
    ["Xukraine et UkraineS."],
]


def _pair(texts: list[str]) -> DocumentPair:
    target = Document(id="d", path=None, lang="en",
                      segments=[Segment(i, "An English sentence.", Role.BODY, i, i + 1, 0, False) for i in range(len(texts))])
    source = Document(id="d", path=None, lang="fr",
                      segments=[Segment(i, t, Role.BODY, i, i + 1, 0, False) for i, t in enumerate(texts)])
    return DocumentPair(id="d", target=target, source=source)


@pytest.mark.parametrize("texts", SOURCES)
def test_writes_any_is_the_word_sets_answer(texts):
    read = analysis._SourceWords(_pair(texts))
    expected = not COUNTRIES.isdisjoint(read.words)  # the set, read first ...
    assert analysis._SourceWords(_pair(texts)).writes_any(COUNTRIES) is expected  # ... and the search, without it
    assert read.writes_any(COUNTRIES) is expected  # and with the set already read


def test_writes_any_finds_whole_words_only():
    answers = [analysis._SourceWords(_pair(texts)).writes_any(COUNTRIES) for texts in SOURCES]
    assert answers == [True, True, False, False, True, True, False, False, False]


def test_the_search_does_not_read_the_sources_words():
    read = analysis._SourceWords(_pair(SOURCES[0]))
    assert read.writes_any(COUNTRIES)
    assert read._words is None  # the set is read only when a spelling asks it


def test_no_source_and_no_letter_word_answer_no():
    assert analysis._SourceWords(None).writes_any(COUNTRIES) is False
    assert analysis._SourceWords(_pair(SOURCES[0])).writes_any(frozenset({"Asie centrale", "2024"})) is False


def test_the_cyrillic_cue_reads_the_pairs_countries():
    trans = transliterator("fr", "en")
    assert "Russie" in trans.cyrillic_countries
    assert analysis._cyrillic_source(trans, analysis._SourceWords(_pair(SOURCES[0])))
    assert not analysis._cyrillic_source(trans, analysis._SourceWords(_pair(SOURCES[2])))

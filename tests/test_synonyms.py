"""The target language's close synonyms (mtqa.langs.synonyms) and how the meaning checks use them."""
from __future__ import annotations

import gzip

import pytest

from mtqa.checks.cross_system import check_translations
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs import language, language_pair
from mtqa.langs.synonyms import Thesaurus, load_synonyms
from mtqa.meaning.tokens import stem


def _en(word: str) -> str:
    return stem(word, "en")


def test_the_shipped_english_table_is_read_through_the_language_and_is_symmetric():
    thesaurus = language("en").synonyms
    assert isinstance(thesaurus, Thesaurus) and len(thesaurus) > 1000
    assert _en("aspects") in thesaurus.of(_en("facets")) and _en("facets") in thesaurus.of(_en("aspects"))
    assert _en("sensor") in thesaurus.of(_en("detector"))
    for word, synonyms in list(thesaurus.table.items())[:500]:
        assert word not in synonyms and all(word in thesaurus.of(s) for s in synonyms)


def test_only_close_relations_are_kept():
    thesaurus = language("en").synonyms
    assert not thesaurus.renders(_en("took"), [_en("lead")])  # a rare sense of "take" (WordNet's sense 4+)
    assert not thesaurus.renders(_en("animal"), [_en("dog")])  # a hypernym is not a synonym
    assert not thesaurus.renders(_en("unclear"), [_en("difficult")])
    # "a buy" and "a steal" share a noun sense no tagged text uses: the verbs are near opposites
    assert not thesaurus.renders(_en("bought"), [_en("steal")]) and not thesaurus.renders(_en("buy"), [_en("steal")])
    # quantities and times are rendered exactly: "a short while" joins "second" and "minute" in WordNet
    assert not thesaurus.renders(_en("minutes"), [_en("seconds")]) and not thesaurus.renders(_en("score"), [_en("dozen")])
    # "noted" folds into the stem of "not": its synonyms ("known", "remarked") are not the negation's
    assert not {_en("known"), _en("remarked"), _en("famous")} & thesaurus.of(_en("not"))
    assert not thesaurus.renders(_en("known"), [_en("not")])


def test_renders_is_the_word_itself_or_a_close_synonym():
    thesaurus = Thesaurus({"quick": frozenset({"fast"}), "fast": frozenset({"quick"})})
    assert thesaurus.renders("fast", ["slow", "quick"]) and thesaurus.renders("slow", ["slow"])
    assert not thesaurus.renders("slow", ["quick"]) and not thesaurus.renders("unknown", ["quick"])


def test_a_language_without_a_table_has_no_synonyms():
    assert len(language("fr").synonyms) == 0 and not language("fr").synonyms.renders("rapide", ["vite"])


@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    (folder / "lexmodel").mkdir(parents=True)
    monkeypatch.setenv("MTQA_DATA", str(folder))
    _forget()
    yield folder / "lexmodel"
    _forget()


def _forget() -> None:
    """Drop the tables read so far: the Language objects keep the thesaurus they read."""
    for cached in (load_synonyms, language, language_pair):
        cached.cache_clear()


def _write(path, text: str) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(text)


def test_a_data_folder_table_replaces_the_shipped_one(data_folder):
    _write(data_folder / "synonyms.en.tsv.gz", "# a comment\nswift\trapid\nrapid\tswift\n")
    thesaurus = load_synonyms("en")
    assert thesaurus.of("swift") == {"rapid"} and len(thesaurus) == 2 and not thesaurus.of(_en("facets"))


def test_a_malformed_row_or_file_is_a_data_error_naming_it(data_folder):
    path = data_folder / "synonyms.en.tsv.gz"
    _write(path, "swift\trapid\nrapid\n")
    with pytest.raises(DataError, match="expected a stem, a tab") as raised:
        load_synonyms("en")
    assert (raised.value.path, raised.value.line) == (str(path), 2)
    path.write_text("swift\trapid\n", encoding="utf-8")  # not compressed
    with pytest.raises(DataError, match="cannot be read as gzip"):
        load_synonyms("en")


# Own sentences: four systems write "facets", one a close synonym, one a different word.
SOURCE = "Le rapport examine toutes les facettes du problème budgétaire de la ville."
OTHERS = {
    "s0": "The report examines all the facets of the city's budget problem.",
    "s1": "The report looks at all the facets of the budgetary problem of the town.",
    "s2": "The report examines all facets of the city budget problem.",
    "s3": "Report examines all the facets of the budget problem of the city.",
}


def _flags(odd: str, synonyms: bool = True) -> list[tuple[str, str]]:
    options = {code: {"synonyms": synonyms} for code in ("A609", "A610")}
    found = check_translations(SOURCE, {**OTHERS, "odd": odd}, Context(Config(options=options)))
    return [(issue.code, issue.message) for system, issue in found if system == "odd"]


def test_a_close_synonym_of_the_others_rendering_is_a_rendering():
    synonym = "The report examines all the aspects of the city's budget problem."
    assert not _flags(synonym)
    # the lexical model alone does not pair "facettes" with "aspects": off, the synonym is taken for an error
    assert [code for code, _ in _flags(synonym, synonyms=False)] == ["A610"]


def test_synonym_window_accepts_a_synonym_only_near_the_source_words_place():
    """With ``synonym_window`` the synonym must stand within that many words of where the source word belongs;
    0 (the default) accepts it anywhere in the translation."""
    def codes(odd: str, window: int) -> list[str]:
        options = {code: {"synonym_window": window} for code in ("A609", "A610")}
        found = check_translations(SOURCE, {**OTHERS, "odd": odd}, Context(Config(options=options)))
        return [issue.code for system, issue in found if system == "odd"]

    far = "Aspects: the report examines all the city's budget problem."
    assert codes(far, 0) == [] and codes(far, 4) == ["A609"]
    assert codes("The report examines all the aspects of the city's budget problem.", 2) == []


def test_a_real_mistranslation_is_still_flagged_with_the_synonyms_on():
    found = _flags("The report examines all the faucets of the city's budget problem.")
    assert [code for code, _ in found] == ["A610"]
    assert "“facettes” of the French is rendered here by “faucets”" in found[0][1]


def test_a603_takes_a_close_synonym_of_a_usual_rendering_for_a_rendering(data_folder):
    """A603 (the poisson/poison look-alike) is silent when the look-alike's translation is also, in the
    thesaurus, a close synonym of a usual rendering of the source word; reported again without it."""
    from mtqa.api import check_texts

    source, target = "Le poisson du marché était frais ce matin.", "The poison from the market was fresh this morning."

    def codes(**options) -> list[str]:
        ctx = Context(Config(select=("A603",), preview=True, options={"A603": options}))
        return [i.code for i in check_texts(target, source=source, ctx=ctx).issues]

    _write(data_folder / "synonyms.en.tsv.gz", "fish\tpoison\npoison\tfish\n")  # a thesaurus that says so
    assert codes() == []
    assert codes(synonyms=False) == ["A603"]
    _write(data_folder / "synonyms.en.tsv.gz", "fish\tcod\ncod\tfish\n")
    _forget()
    assert codes() == ["A603"]


# Own sentences: four systems agree, the odd one uses a WordNet synonym of another sense, part of speech or kind.
WRONG_SENSE = [
    ("“volé” of the French is rendered here by “bought”",  # "a buy" and "a steal": nouns, not the verbs
     "Le voisin a volé une voiture rouge devant la gare hier soir.",
     ["The neighbour stole a red car in front of the station last night.",
      "The neighbor stole a red car outside the station yesterday evening.",
      "The neighbour has stolen a red car in front of the station last night.",
      "Yesterday evening the neighbour stole a red car outside the station."],
     "The neighbour bought a red car in front of the station last night."),
    ("“secondes” of the French is rendered here by “minutes”",  # a unit: "a short while" joins them in WordNet
     "Le train est reparti après trente secondes d'arrêt en gare.",
     ["The train left again after a thirty-second stop at the station.",
      "The train set off again after thirty seconds at the station.",
      "The train left again after stopping thirty seconds in the station.",
      "After thirty seconds stopped at the station the train left again."],
     "The train set off again after thirty minutes at the station."),
    ("“Pierre” of the French is rendered here by “Rock”",  # a name opening the sentence, kept by the others
     "Pierre a visité hier la nouvelle usine de la ville.",
     ["Pierre visited the new factory of the city yesterday.",
      "Pierre yesterday visited the town's new plant.",
      "Pierre visited the new factory in the city yesterday.",
      "Yesterday Pierre visited the new factory of the town."],
     "Rock visited the new factory of the city yesterday."),
]


@pytest.mark.parametrize("expected, source, others, odd", WRONG_SENSE, ids=["part-of-speech", "unit", "name-at-start"])
def test_a_synonym_of_another_sense_kind_or_a_name_does_not_hide_a_mistranslation(expected, source, others, odd):
    found = check_translations(source, {**{f"s{k}": t for k, t in enumerate(others)}, "odd": odd}, Context(Config()))
    assert any(expected in issue.message for system, issue in found if system == "odd")


def test_a_name_is_not_rendered_by_a_synonym():
    """"Pierre" is a name here: "Rock" (a synonym of the model's "stone") is a mistranslation, synonyms on or off."""
    source = "Le ministre Pierre Martin a visité hier la nouvelle usine de la ville."
    others = {
        "s0": "Minister Pierre Martin visited the new factory of the city yesterday.",
        "s1": "The minister Pierre Martin yesterday visited the town's new plant.",
        "s2": "Minister Pierre Martin visited the new factory in the city yesterday.",
        "s3": "The Minister Pierre Martin visited yesterday the new factory of the town.",
    }
    found = check_translations(source, {**others, "odd": "Minister Rock Martin visited the new factory of the city "
                                                         "yesterday."}, Context(Config()))
    assert [(system, issue.code) for system, issue in found] == [("odd", "A610")]
    assert "“Pierre” of the French is rendered here by “Rock”" in found[0][1].message


def test_a603_stops_at_a_close_synonym_of_the_usual_rendering():
    """"run" (a synonym of "flee") renders "fui": the next unexplained word ("away") is not taken for its
    mistranslation either."""
    from mtqa.api import check_texts

    source, target = "Mon voisin a fui la ville après la guerre.", "My neighbour has run away from the city after the war."

    def found(**options) -> list[str]:
        ctx = Context(Config(select=("A603",), preview=True, options={"A603": options}))
        return [i.message for i in check_texts(target, source=source, ctx=ctx).issues]

    assert found() == []
    assert found(synonyms=False) == ["“fui” is usually rendered “fled”; “run” translates “fuir”, a different French word"]


def test_the_table_is_read_only_when_a_word_needs_it():
    """A603 and A609/A610 read the thesaurus at the first word they test against it, not on every run:
    a preview check or a comparison where no word is in doubt does not pay for it."""
    from mtqa.api import check_texts
    from mtqa.checks.cross_system import agreements

    _forget()
    agreements.cache_clear()  # results of the tests above
    ctx = Context(Config(select=("A603",), preview=True))
    assert not check_texts("The cat sleeps on the mat.", source="Le chat dort sur le tapis.", ctx=ctx).issues
    assert load_synonyms.cache_info().currsize == 0
    assert not check_translations(SOURCE, {f"s{k}": OTHERS["s0"] for k in range(5)}, Context(Config()))
    assert load_synonyms.cache_info().currsize == 0
    assert not _flags("The report examines all the aspects of the city's budget problem.")
    assert load_synonyms.cache_info().currsize == 1


@pytest.mark.parametrize("source", [
    "Le livre raconte la vie des paysans dans l'URSS de Staline.",
    "Le livre raconte la vie des paysans en URSS sous Staline.",
])
def test_a_name_after_an_elision_is_a_name_not_a_sentence_start(source):
    """"URSS" after "l'" is inside the sentence: its capital is its own, so it is a name, and "Russia" (a WordNet
    synonym of "USSR") does not render it, whether it follows an elided article or a preposition."""
    others = {f"s{k}": t for k, t in enumerate([
        "The book tells the life of the peasants in Stalin's USSR.",
        "The book tells the life of peasants in Stalin's USSR.",
        "The book recounts the life of the peasants in Stalin's USSR.",
        "The book tells of the life of the peasants in Stalin's USSR.",
        "The book describes the life of the peasants in Stalin's USSR.",
        "The book recounts the life of peasants in Stalin's USSR."])}
    found = check_translations(source, {**others, "odd": "The book tells the life of the peasants in Stalin's Russia."},
                               Context(Config()))
    assert [(system, issue.code, issue.text) for system, issue in found] == [("odd", "A610", "Russia")]

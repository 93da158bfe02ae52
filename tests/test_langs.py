"""The language services of mtqa.langs, each tested once, and a second language pair made of data only."""
from __future__ import annotations

from pathlib import Path

import pytest

from mtqa import langs
from mtqa.api import check_texts
from mtqa.checks.registry import all_checks
from mtqa.config import Config
from mtqa.context import Context
from mtqa.langs import LengthModel, fold, language, language_pair
from mtqa.langs.data import data_toml

TOY = Path(__file__).parent / "fixtures" / "es-en"


@pytest.mark.parametrize("lang, words", [
    ("en", ["don't", "well-known", "co-operation", "rock'n'roll", "COVID-19", "1990s", "F-16", "24/7",
            "O'Neill", "x-qzxq", "", "--", "3.5", "Twenty-first"]),
    ("fr", ["aujourd'hui", "l'homme", "Saint-Étienne", "qu'il", "2014", "c'est-à-dire", "l'qzxqzx"]),
])
def test_zipf_of_tokenised_words_equals_wordfreqs_own(lang, words):
    """Words that need wordfreq's tokenizer are scored over mtqa's on-disk table, without wordfreq
    loading its own copy: the figures must be wordfreq's to the last digit."""
    from wordfreq import zipf_frequency

    from mtqa.langs.frequency import _tokenised_zipf

    for word in words:
        assert _tokenised_zipf(word, lang) == zipf_frequency(word, lang), word


def test_fold_drops_accents_ligatures_and_case():
    assert fold("Fédérateur") == "federateur"
    assert fold("ŒUVRE") == fold("oeuvre") == "oeuvre"
    assert fold("Pékin", keep_case=True) == "Pekin"
    assert fold("Straße") == "strasse"
    assert fold("ﬁnal") == "final"  # compatibility ligature


def test_zipf_reads_wordfreq_for_plain_and_other_words():
    en, fr = language("en"), language("fr")
    assert en.zipf("the") > 7 > en.zipf("Paris") > 4
    assert en.zipf("PARIS") == en.zipf("paris")  # any case
    assert fr.zipf("aujourd'hui") == fr.zipf("aujourd’hui") > 5  # apostrophes: wordfreq's tokenizer
    assert en.zipf("well-known") > 4
    assert en.zipf("qzxqzxqzx") == 0.0
    assert fr.zipf_folded("federateur") == (fr.zipf("fédérateur"), "fédérateur")


def test_words_with_apostrophes_get_wordfreqs_number_without_its_tokenizer():
    """Elided and contracted words are split by wordfreq's elision rule and their frequencies combined as
    wordfreq does: the same Zipf value for every apostrophe word of the tables and for made-up elisions."""
    from wordfreq import get_frequency_dict, zipf_frequency

    from mtqa.langs import frequency

    for lang in ("en", "fr"):
        table = get_frequency_dict(lang)
        words = [w for w in table if "'" in w]
        common = [w for w in list(table)[:400] if w.isalpha()]
        made = [p + w for p in ("l'", "qu’", "D'", "jusqu'", "O'") for w in common] + [w.title() for w in words[:300]]
        assert len(words) > 100
        for word in words + made:
            assert frequency.zipf(word, lang) == zipf_frequency(word.replace("’", "'"), lang), (lang, word)
    assert frequency._elided_tokens("l'aujourd'hui") == ["l", "aujourd'hui"]
    assert frequency._elided_tokens("qu'il") == ["qu", "il"] and frequency._elided_tokens("o'brien") == ["o'brien"]


def test_cyrillic_words_are_looked_up_without_wordfreqs_tokenizer_and_get_its_number(monkeypatch):
    """A Cyrillic word of letters is one token for wordfreq, so its table answers it directly: the same Zipf
    value as wordfreq's own for the table's words in three cases, and the tokenizer is never called."""
    from wordfreq import get_frequency_dict, zipf_frequency

    from mtqa.langs import frequency

    table = get_frequency_dict("ru")
    words = [w for w in list(table)[:40_000:7] if w.isalpha() and all("\u0400" <= c <= "\u04ff" for c in w)]
    words += ["Сычёв", "Горбачёв", "Ёлка", "Сышевъщ", "агенcырусиян", "Moscowмосква"]  # two with Latin letters
    assert len(words) > 5_000
    expected = {(w, v): zipf_frequency(v, "ru") for w in words for v in (w, w.capitalize(), w.upper())}
    calls = []
    real = frequency._tokenised_zipf
    monkeypatch.setattr(frequency, "_tokenised_zipf", lambda word, lang: calls.append(word) or real(word, lang))
    for (word, variant), value in expected.items():
        assert frequency.zipf(variant, "ru") == value, variant
    assert not calls, calls[:5]
    assert frequency.zipf("Сычёв", "ru") > 1 and frequency.zipf("Сышев", "ru") == 0.0



def test_hyphenated_words_are_looked_up_without_wordfreqs_tokenizer_and_get_its_number(monkeypatch):
    """Letters joined by hyphens (Jean-Paul, e-mail) are one token per part for wordfreq (a hyphen is a word
    break): their frequencies are combined as wordfreq does, to the last digit, and its tokenizer (whose
    import is a third of a second) is never called; a hyphenated word with an apostrophe still goes to it."""
    from wordfreq import get_frequency_dict, zipf_frequency

    from mtqa.langs import frequency

    made = {}
    for lang in ("en", "fr"):
        common = [w for w in list(get_frequency_dict(lang))[:3_000:11] if w.isalpha()]
        words = [f"{a}-{b}" for a, b in zip(common, reversed(common))] + [f"{a}-{b}-{a}" for a, b in zip(common, common[1:])]
        words += ["Jean-Paul", "Saint-Étienne", "e-mail", "Mecklenburg-Western-Pomerania", "qzxq-paul", "ÉTATS-UNIS"]
        assert len(words) > 400
        made[lang] = {v: zipf_frequency(v, lang) for w in words for v in (w, w.title(), w.upper())}
    calls = []
    real = frequency._tokenised_zipf
    monkeypatch.setattr(frequency, "_tokenised_zipf", lambda word, lang: calls.append(word) or real(word, lang))
    for lang, expected in made.items():
        for word, value in expected.items():
            assert frequency.zipf(word, lang) == value, (lang, word)
    assert not calls, calls[:5]
    assert frequency.zipf("Saint-Jean-d'Angély", "fr") == zipf_frequency("Saint-Jean-d'Angély", "fr") and calls

def test_first_names_one_list_two_views():
    en = language("en")
    assert "françois" in en.first_names and "francois" in en.first_names_folded
    assert "francois" not in en.first_names  # accents kept in the plain view
    assert language("xx").first_names == frozenset()  # a language without the table


def test_abbreviations_one_table_three_views():
    # one table of abbreviations, each with what it stands for: a short form A303 reads ("Univ" university)
    # is a dotted word the splitter knows, so "Univ. Paris" is one sentence, not two
    from mtqa.segment import sentence_spans

    en = language("en")
    assert "Co" in en.abbreviations and en.short_forms["Co"] == ("company",)
    assert {s for s in en.short_forms if s[:1].isalpha()} <= en.abbreviations
    assert en.abbreviations_lower == {a.lower() for a in en.abbreviations}
    text = "He teaches at Calif. State Univ. Long Beach. She left."
    spans = [text[a:b] for a, b in sentence_spans(text, en)]
    assert spans == ["He teaches at Calif. State Univ. Long Beach.", "She left."]
    profile = data_toml("langs", "en.toml")
    assert "short_forms" not in profile and isinstance(profile["abbreviations"], dict)
    assert language("fr").short_forms == {} and "Mme" in language("fr").abbreviations  # an array: no meanings


def test_language_names_for_messages():
    assert language("fr").name == "French" and language("en").a_name == "an English"
    assert language("fr").a_name == "a French"


def test_pair_facts_come_from_data():
    pair = language_pair("fr", "en")
    data = data_toml("pairs", "fr-en.toml")["alignment"]
    assert pair.length == LengthModel(data["ratio"], data["variance"])
    assert pair.elision_gloss["d"] == "of"
    assert pair.table("exonyms")
    assert language_pair("en", "en").length == LengthModel(1.0, 6.8)  # Gale and Church's published model
    assert language_pair("en", "en").table("exonyms") == ()


@pytest.fixture
def toy_data(monkeypatch):
    """The es-en profile of tests/fixtures found through $MTQA_DATA, with fresh caches around the test."""
    def clear():
        for fn in (langs.language, langs.language_pair, data_toml):
            fn.cache_clear()

    monkeypatch.setenv("MTQA_DATA", str(TOY))
    clear()
    yield
    monkeypatch.delenv("MTQA_DATA")
    clear()


def test_toy_spanish_pair_runs_the_source_independent_checks(toy_data):
    independent = tuple(c.code for c in all_checks() if not c.requires_source)
    ctx = Context(Config(source_lang="es", target_lang="en", select=independent))
    assert (ctx.source.name, ctx.target.name, ctx.pair.code) == ("Spanish", "English", "es-en")
    assert ctx.pair.length == LengthModel(0.95, 3.0)
    assert "según" in ctx.source.function_words
    text = ("Minister visits the port\n\n"
            "The minister said that the AgencyRussian office will open on Monday.\n\n"
            "She spoke about « the harbour » and the budget of 3,5 % for next year at 14h30.")
    issues = check_texts(text, ctx=ctx).issues
    codes = {i.code for i in issues}
    assert {"F101", "L202", "L101", "L104"} <= codes
    message = {i.code: i.message for i in issues}
    assert message["L202"].startswith("Spanish quotation marks: English uses")
    assert message["L104"].startswith("Spanish time format “14h30”; English writes")
    assert "French" not in " ".join(i.message for i in issues)


@pytest.mark.parametrize("numeral,decimal,readings", [
    ("3.000", ",", [("3000", ""), ("3", "000")]),   # French: a dot groups first
    ("3.000", ".", [("3", "000"), ("3000", "")]),
    ("14 201,57", ".", [("14201", "57")]),           # spaces group whatever the convention
    ("47\u202f901.39", ",", [("47901", "39")]),
    ("1,234.5", ",", [("1234", "5")]),               # two separators: the last is the decimal one
    ("1.000.000", ".", [("1000000", "")]),
    ("12,5", ".", [("12", "5")]),
    ("1.2.3", ".", []),                              # malformed
])
def test_number_reader_readings(numeral, decimal, readings):
    from mtqa.numbers import split_readings

    assert split_readings(numeral, decimal) == readings


def test_number_reader_serves_amounts_values_and_anchors():
    from mtqa.checks.formats import read_amount, source_values
    from mtqa.numbers import digit_key, numerals

    assert read_amount("1.500", french=True) == ("1500", "")  # "1.500 €": source notation
    assert read_amount("1.500") == ("1", "500")
    assert read_amount("3,000", french=True) == ("3000", "")
    assert read_amount("47 901.39") == ("47901", "39")
    assert source_values("Il a payé 3 000 euros, soit 12,5 % de plus.", language("fr")) == {3000.0, 12.5}
    assert [digit_key(m.group()) for m in numerals("3 000 et 12,50")] == ["3000", "1250"]


def test_words_with_middle_dots_get_wordfreqs_number_without_its_tokenizer():
    """Letters joined by middle dots (a BGN/PCGN romanisation ``Qua·y``, French ``étudiant·e·s``) are
    one token for wordfreq: looked up directly, with the same Zipf value as wordfreq's own; a dot at an
    end or doubled still goes through the tokenizer's steps."""
    from hypothesis import given, settings, strategies as st
    from wordfreq import get_frequency_dict, zipf_frequency

    from mtqa.langs import frequency

    for lang in ("en", "fr"):
        dotted = [w for w in get_frequency_dict(lang) if "·" in w]
        assert dotted
        for word in dotted + [w.upper() for w in dotted] + ["qua·y", "Disne·yland", "ami·e·s", "x··y", "·y", "ab·",
                                                             "a·1", "é·ß", "n·m'a"]:
            assert frequency.zipf(word, lang) == zipf_frequency(word, lang), (lang, word)
    assert frequency._mid_dotted("qua·y") and not frequency._mid_dotted("x··y") and not frequency._mid_dotted("y·")

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="anmeiÉéßﬁœ·ªǅ'1", min_size=1, max_size=8), st.sampled_from(["en", "fr"]))
    def same(word, lang):
        assert frequency.zipf(word, lang) == zipf_frequency(word.replace("’", "'"), lang), (lang, word)

    same()


_FIRST_NAME_FILES = """
from types import SimpleNamespace
from mtqa.langs.pair import LanguagePair
pair = LanguagePair.__new__(LanguagePair)
pair.source = SimpleNamespace(extra={"first_names": "first_names.tsv"})
pair.target = SimpleNamespace(extra={"first_names": "given_names.fr-en.tsv"})
print([p.name for p in pair.first_name_files])
"""


def test_first_name_files_keep_one_order_in_every_process():
    """The files are inputs of compiled tables, whose fingerprint reads them in order: two languages naming
    two files must give the same order in every process (a set's order follows the string hash seed, so
    half the runs would rebuild the tables). Source first, then target, each once."""
    import os
    import subprocess
    import sys

    orders = set()
    for seed in ("0", "1"):
        done = subprocess.run([sys.executable, "-c", _FIRST_NAME_FILES], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        orders.add(done.stdout.strip())
    assert orders == {"['first_names.tsv', 'given_names.fr-en.tsv']"}


@pytest.mark.parametrize("text, word, expected", [
    ("Pierre est venu.", "Pierre", True),
    ("Il est venu. Pierre aussi.", "Pierre", True),
    ("Il a dit : « Bouygues gagne. »", "Bouygues", True),           # a quotation after a colon opens one
    ("Il est venu. « Limiter la vitesse », dit-il.", "Limiter", True),
    ("– Pierre est venu.", "Pierre", True),                          # a list dash at the start
    ("Il vit dans l'URSS de Staline.", "URSS", False),               # elision: inside the sentence
    ("Il vit dans l’Hexagone.", "Hexagone", False),
    ("Le groupe « Bouygues » gagne.", "Bouygues", False),            # a quotation inside the sentence
    ("Son frère – Pierre – est venu.", "Pierre", False),             # an aside
    ("Le maire (Pierre Dupont) est venu.", "Pierre", False),
    ("Jean-Marc est venu.", "Marc", False),                          # a hyphen joins
])
def test_opens_sentence_is_a_sentence_start_not_any_opener(text, word, expected):
    from mtqa.langs import opens_sentence

    assert opens_sentence(text, text.index(word)) is expected


@pytest.mark.parametrize("text, expected", [
    # a closing quotation mark or bracket opens nothing: what stands before it decides
    ("« Non. » Pierre", True), ("He said “no.” Pierre", True), ("(See above.) Pierre", True),
    ('He said "No." Pierre', True),
    ("« Non » Pierre", False), ("He said “no” Pierre", False), ('He said "no" Pierre', False),
    ("the Bleus' Pierre", False), ("(see above) Pierre", False),
    # a bracket opened inside a sentence is an aside: its own stop ends no sentence
    ("even rats (who knows?) Pierre", False), ("It rained. (See above.) Pierre", True),
    # quotation marks left empty at the segment's start: the word after them is still its first
    ('"" Pierre', True),
    # an elided one-letter word with a stray space closes nothing: the apostrophe reads as before
    ("the Iris l' Pierre", None),
    # ... but a double quotation mark after a one-letter word closes a quotation as after any other word
    ('The bond is rated "A" Pierre', False), ('The bond is rated "A." Pierre', True),
    # a quotation inside a quotation: the inner mark closes before the outer one, and the inner stop decides
    ('He said "She said \'no.\'" Pierre', True), ("He said “She said ‘no.’” Pierre", True),
    ('He said "She said \'no\'" Pierre', False), ("He said “She said ‘no’” Pierre", False),
    # an opening mark still opens (at_sentence_start) and an elision still joins (opens_sentence)
    ('He said "Pierre', None), ("dit « Pierre", None)])
def test_a_word_after_a_closing_quote_or_bracket_starts_a_sentence_only_after_a_sentence_end(text, expected):
    from mtqa.langs import at_sentence_start, opens_sentence

    start = text.index("Pierre")
    if expected is None:  # an opener: a quotation's first word, no sentence's
        assert at_sentence_start(text, start) and not opens_sentence(text, start)
    else:
        assert at_sentence_start(text, start) is expected and opens_sentence(text, start) is expected


@pytest.mark.parametrize("mark", ["'", "’", '"'])
def test_a_run_of_quote_marks_as_long_as_a_segment_is_read_not_a_crash(mark):
    """A quote mark closes when the run of marks after it ends at a space (48eb833); a run longer than
    Python's recursion limit, within the 2,000 characters a segment is checked on, ended the run with
    "internal error: RecursionError"."""
    from mtqa.langs import at_sentence_start, opens_sentence

    text = "She said no" + mark * 1500 + " Pierre"
    start = text.index("Pierre")
    assert not at_sentence_start(text, start) and not opens_sentence(text, start)
    text = "She said no." + mark * 1500 + " Pierre"
    assert at_sentence_start(text, text.index("Pierre")) and opens_sentence(text, text.index("Pierre"))


@pytest.mark.parametrize("word, plural", [("belge", "belges"), ("canadienne", "canadiennes"), ("français", "français"),
                                          ("suisse", "suisses"), ("Burundais", "Burundais"), ("heureux", "heureux")])
def test_french_regular_plural_comes_from_the_profile(word, plural):
    from mtqa.langs import language

    assert language("fr").plural(word) == plural


def test_a_language_without_a_plural_rule_leaves_the_word():
    from mtqa.langs.language import Language

    assert Language("xx", {}).plural("belge") == "belge"


@pytest.mark.parametrize("word, plural", [("calls", True), ("players", True), ("companies", True), ("boxes", True),
                                          ("yesterday", False), ("sharp", False), ("gmt", False), ("s", False)])
def test_english_plural_nouns_are_told_by_the_profile(word, plural):
    # the endings are langs/en.toml's plural.endings, the singular a common word of the dictionary
    from mtqa.langs import language

    en = language("en")
    assert en.plural_endings[:3] == (("s", ""), ("es", ""), ("ies", "y"))
    assert en.is_plural_noun(word) is (plural if en.has_dictionary else word != "s" and word.endswith("s"))


@pytest.mark.parametrize("word, plural", [
    # irregular plurals, whole or ending a compound, and invariable ones (the profile's rows and list)
    ("people", True), ("men", True), ("women", True), ("gunmen", True), ("children", True), ("feet", True),
    ("police", True), ("cattle", True),
    # singular nouns that end like a plural: a listed invariable noun in -s, and nouns whose own
    # dictionary entry takes a plural ending (buses, gases, lenses), whatever the word without the s is
    ("news", False), ("bus", False), ("gas", False), ("lens", False), ("boss", False),
    # their plurals and regular plurals stay plurals
    ("buses", True), ("bosses", True), ("taxis", True), ("hostages", True)])
def test_irregular_plurals_and_singulars_in_s_are_told_by_the_profile_and_dictionaries(word, plural):
    from mtqa.langs import language

    en = language("en")
    if not en.has_dictionary:
        pytest.skip("the singulars are looked up in the English Hunspell dictionaries")
    assert en.is_plural_noun(word) is plural


def test_plural_noun_singulars_by_the_language_s_own_rule():
    # French's own endings give "appels" the singular "appel", looked up in French's dictionary
    from mtqa.langs import language
    from mtqa.langs.language import Language

    assert language("en").singulars("companies") == ("companie", "compani", "company")
    assert language("fr").singulars("appels") == ("appel",) and language("fr").singulars("chevaux") == ("chevau",)
    if language("fr").has_dictionary:
        assert language("fr").is_plural_noun("appels")
    assert not Language("xx", {}).is_plural_noun("calls")


def test_a_plural_rule_row_with_no_ending_is_read_whole():
    # a row whose plural takes no ending of its own (its singular ends in one more letter): singulars cut
    # word[:-0], the empty string, and gave "e" for the singular of "mais", where plural_spellings, the
    # same rule read the other way, gives "mais" for "maise"
    from mtqa.langs.language import Language

    lang = Language("xx", {"plural": {"endings": [["", "e"], ["s", ""]]}})
    assert lang.plural_spellings("maise") == ("mais", "maises")
    assert lang.singulars("mais") == ("maise", "mai")


def test_every_language_has_one_plural_rule_set_read_through_its_language():
    # one key of the profile (``plural``: endings, suffix, unmarked), one family of Language methods; the
    # readers (copied_capitals, meaning, the number reader, T108/T109's forms) ask these, never the profile
    import re
    from pathlib import Path

    import mtqa
    from mtqa.langs import language
    from mtqa.langs.data import data_toml, languages

    for code in languages():
        profile = data_toml("langs", f"{code}.toml")
        assert not [k for k in profile if re.fullmatch(r"plural_(endings|suffix|unmarked_endings|noun_endings)", k)], code
    fr = language("fr")
    assert fr.plural_endings == (("s", ""), ("x", ""))
    assert fr.plural("Belge") == "Belges" and fr.plural("Français") == "Français" and language("en").plural("Belge") == "Belge"
    assert fr.plural_spellings("etat") == ("etats", "etatx") and language("en").plural_spellings("city") == (
        "citys", "cityes", "cities")
    assert fr.has_plural_ending("chevaux") and not fr.has_plural_ending("cheval")
    root = Path(mtqa.__file__).parent
    readers = [str(p.relative_to(root)) for p in root.rglob("*.py") if p.name != "language.py"
               and re.search(r"[\"']plural_(endings|suffix|unmarked_endings|noun_endings)[\"']", p.read_text(encoding="utf-8"))]
    assert readers == []


@pytest.mark.parametrize("text, message", [
    ('plural.endings = ["s"]\n', "plural.endings should hold .* not 's'"),
    ('plural.suffix = 3\n', "plural.suffix should be a string"),
    ('plural = "s"\n', "plural should be a table"),
])
def test_a_malformed_plural_rule_of_a_new_language_names_the_file(data_folder, text, message):
    from mtqa.errors import DataError
    from mtqa.langs.language import load_language

    data_folder("langs/xx.toml", text)
    with pytest.raises(DataError, match=message) as err:
        load_language("xx").is_plural_noun("calls")
    assert "xx.toml" in str(err.value)


@pytest.mark.parametrize("text, joiners, spans", [
    ("Luc Ibáñez et Luc\u00a0Ibáñez", "-", [(0, 10), (14, 24)]),
    ("Jean-Luc Ibáñez, Luc Ibáñez-Roy, Luc Ibáñezo", "-", []),   # hyphen-joined or a longer word: no pair
    ("d'Aristote Onassis", "'’-", []),                          # after an elision with the apostrophe a joiner
    ("d'Aristote Onassis", "-", [(2, 18)]),
    ("LucIbáñez", "-", []),
])
def test_word_pair_spans_are_whole_words_separated_by_spaces(text, joiners, spans):
    from mtqa.langs.text import word_pair_spans

    first, second = ("Aristote", "Onassis") if "Aristote" in text else ("Luc", "Ibáñez")
    assert list(word_pair_spans(text, first, second, joiners)) == spans


def test_the_language_modules_reach_each_other_through_public_names_only():
    # mtqa/langs/ is the one owner of language knowledge: what one of its modules asks of another (which
    # files of a data folder are data, for a profile's first_names) is that module's public word, not a
    # private helper a change inside its module may rename or drop
    import ast
    from pathlib import Path

    import mtqa.langs

    private = []
    for path in sorted(Path(mtqa.langs.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("mtqa."):
                private += [f"{path.name}: {node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    assert private == []
    from mtqa.langs.data import is_data_file

    assert is_data_file(("names", "fr.tsv")) and not is_data_file(("names", "names.txt"))


def test_a_malformed_plural_word_list_names_the_profile():
    # plural.invariable is a list of words: a bare string would make every letter an invariable plural
    from mtqa.errors import DataError
    from mtqa.langs.language import Language

    xx = Language("xx", {"plural": {"endings": [["s", ""]], "invariable": "police"}})
    with pytest.raises(DataError, match=r"plural\.invariable .*xx\.toml|xx\.toml.*plural\.invariable"):
        xx.is_plural_noun("p")


def test_english_hyphen_prefixes_have_one_public_owner():
    # F104 and T109 read the prefixes English joins with a hyphen (anti-Iranian, non-American); T109 read
    # them through F104's private helper, with the words that are no prefix alone (all, un, re, co) written
    # in Python: one owner in the language layer, the list and its exceptions in glued.toml
    import ast
    from pathlib import Path

    import mtqa.checks
    from mtqa.langs import hyphen_prefixes
    from mtqa.langs.data import data_toml

    prefixes = hyphen_prefixes()
    assert {"anti", "non", "pro", "ex", "neo"} <= prefixes and not {"un", "re", "co", "all"} & prefixes
    assert prefixes == frozenset(data_toml("glued.toml")["hyphen_prefixes"]) - {"un", "re", "co", "all"}
    checks = Path(mtqa.checks.__file__).parent
    for name in ("demonyms.py", "fragments.py"):
        tree = ast.parse((checks / name).read_text(encoding="utf-8"))
        names = {a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for a in node.names}
        assert "hyphen_prefixes" in names and "_prefixes" not in names, name


def test_a_data_copy_s_hyphen_prefixes_reach_both_readers(tmp_path, monkeypatch):
    # a $MTQA_DATA glued.toml that drops a prefix drops it for every reader: the owner reads the copy (its
    # word_like_prefixes taken from mtqa's own file, a setting it leaves out)
    from mtqa.langs import hyphen_prefixes
    from mtqa.langs.data import data_toml

    (tmp_path / "glued.toml").write_text('hyphen_prefixes = ["anti", "all"]\n', encoding="utf-8")
    monkeypatch.setenv("MTQA_DATA", str(tmp_path))
    monkeypatch.setenv("MTQA_CACHE_DIR", str(tmp_path / "cache"))
    data_toml.cache_clear()
    hyphen_prefixes.cache_clear()
    try:
        assert hyphen_prefixes() == frozenset({"anti"})
    finally:
        data_toml.cache_clear()
        hyphen_prefixes.cache_clear()


def test_common_spelling_puts_back_the_accents_a_capital_dropped():
    """One owner for the accent-restoring read of a word (copied capitals, A205's name heads and names
    kept whole all ask it): the word's own lower case if the language has it, else its most used
    accented spelling if that one is a common word, else nothing."""
    fr = language("fr")
    if not fr.has_dictionary:
        pytest.skip("French Hunspell dictionary not installed")
    assert fr.common_spelling("Etudiants") == "étudiants"
    assert fr.common_spelling("Hotel") == "hôtel"
    assert fr.common_spelling("Agence") == "agence"
    assert fr.common_spelling("Hagman") == ""


def test_dictionary_noun_is_no_verb_form_after_a_subject():
    """The French dictionary's word classes (po:nom on the .dic line, po:3sg on the .aff rule) tell a
    noun, singular or plural, from a verb's form after a subject, which the same letters may also be."""
    fr = language("fr")
    if not fr.has_dictionary:
        pytest.skip("French Hunspell dictionary not installed")
    assert fr.is_dictionary_noun("métropole") and fr.is_dictionary_noun("autoroutes")
    assert fr.is_dictionary_noun("télévisions")  # also nous télévisions, a first person no name takes
    assert not fr.is_dictionary_noun("ferme")  # il ferme
    assert not fr.is_dictionary_noun("connut") and not fr.is_dictionary_noun("enneigée")
    assert not language("en").is_dictionary_noun("house")  # no tag in the profile: no claim


def test_subject_verb_form_is_read_from_the_dictionary_s_rules():
    """A form a verb takes after a named subject (third persons, participles), noun or not besides."""
    fr = language("fr")
    if not fr.has_dictionary:
        pytest.skip("French Hunspell dictionary not installed")
    assert fr.is_subject_verb_form("annonce") and fr.is_subject_verb_form("annonçait")
    assert fr.is_subject_verb_form("ferme")
    assert not fr.is_subject_verb_form("métropole") and not fr.is_subject_verb_form("internationale")
    assert not language("en").is_subject_verb_form("opens")  # no tag in the profile: no claim
    # a participle is one, but no finite one: it may end a name (Le Canard enchaîné)
    assert fr.is_finite_verb_form("annonce") and fr.is_finite_verb_form("marcha") and fr.is_finite_verb_form("dit")
    assert fr.is_subject_verb_form("enchaîné") and not fr.is_finite_verb_form("enchaîné")
    assert not fr.is_finite_verb_form("libérée") and not fr.is_finite_verb_form("métropole")
    assert not language("en").is_finite_verb_form("opens")


def test_at_sentence_start_s_quick_answer_after_a_plain_character_is_the_full_reading_s():
    # A word after one space and a letter, a digit or a comma is answered from those two characters; every
    # other place is read in full. Both give the same answer at every place of texts of marks and spaces.
    import random

    from mtqa.langs.text import _opens_read, at_sentence_start

    draw = random.Random(39)
    alphabet = "ab1, .!?:…\n\t\"'’“‘«»‹›()[]{}¿¡*•–—-‐"
    for _ in range(3000):
        text = "".join(draw.choice(alphabet) for _ in range(draw.randint(0, 12)))
        for start in range(len(text) + 2):
            assert at_sentence_start(text, start) == _opens_read(text, start), (text, start)


def test_common_spelling_and_finite_verb_forms_are_read_once_per_word(monkeypatch):
    """Both are asked again for the same words all through a run (A205's word test, the name heads of the
    language evidence, the word after a named subject): each word's answer is read once, then remembered."""
    import importlib

    module = importlib.import_module("mtqa.langs.language")
    fr = language("fr")
    common, made = [], []
    real_common, real_made = fr.is_common_word, module.hunspell.suffix_made
    monkeypatch.setattr(fr, "is_common_word", lambda w: common.append(w) or real_common(w))
    monkeypatch.setattr(module.hunspell, "suffix_made", lambda *a: made.append(a[1]) or real_made(*a))
    assert fr.common_spelling("Etudiantsqx") == fr.common_spelling("Etudiantsqx") == ""
    assert fr.common_spelling("Hotelqx") == fr.common_spelling("Hotelqx") == ""
    assert common == ["etudiantsqx", "hotelqx"]
    assert fr.is_finite_verb_form("annoncqxa") == fr.is_finite_verb_form("annoncqxa")
    assert made.count("annoncqxa") == 1
    assert fr.common_spelling("Etudiants") == "étudiants"

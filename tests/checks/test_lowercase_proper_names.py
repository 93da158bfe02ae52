"""F302 lowercase proper names: months and days, name heads ("sea of Japan"), titles before a full name."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context


def flags(text, codes=("F302",)):
    ctx = Context(Config(select=codes))
    return [(i.code, i.text, i.suggestion) for i in check_texts(text, ctx=ctx).issues]


@pytest.mark.parametrize("text,expected", [
    # a month and a day in lower case, as French writes them
    ("Festival\n\nThe jury will meet in november and again on a saturday in spring.",
     [("F302", "november", "November"), ("F302", "saturday", "Saturday")]),
    # "may", "march" and "august" are English words too: never read as months
    ("Rally\n\nProtesters may march on the august building in the morning.", []),
    # a head of a geographic or institutional name
    ("Patrol\n\nTwo frigates crossed the gulf of Aden before joining exercises with the university of Lagos.",
     [("F302", "gulf of Aden", "Gulf of Aden"), ("F302", "university of Lagos", "University of Lagos")]),
    # a nationality adjective in lower case; not one the dictionary also knows as a word ("polish")
    ("Talks\n\nThe mexican authorities will polish the plan with canadian envoys at www.mexican.org.",
     [("F302", "mexican", "Mexican"), ("F302", "canadian", "Canadian")]),
    # a head written before its name
    ("Stars\n\nThe observatory of the mount Palomar studied a storm over lake Victoria.",
     [("F302", "mount Palomar", "Mount Palomar"), ("F302", "lake Victoria", "Lake Victoria")]),
    # an indefinite article makes it one of several: a description
    ("Campus\n\nShe teaches at a university of Lyon and lives by a bay of Corsica.", []),
    # a title with its article before a full name; a title never used as a description, bare or not
    ("Visit\n\nThe envoy met the prime minister Aziz Akhannouch, then ayatollah Hassan Rouhani left.",
     [("F302", "the prime minister Aziz Akhannouch", "Prime Minister Aziz Akhannouch"),
      ("F302", "ayatollah Hassan Rouhani", "Ayatollah Hassan Rouhani")]),
    ("Succession\n\nThe crown prince Salman bin Hamad opened the session.",
     [("F302", "The crown prince Salman bin Hamad", "Crown Prince Salman bin Hamad")]),
])
def test_lowercase_proper_names(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize("text", [
    # what human references write: a nationality, "former", apposition commas, a family name alone,
    # a capitalised title, no name after the title
    "Summit\n\nThe Russian president Vladimir Putin met former president Jimmy Carter in Oslo.",
    "Summit\n\nThe president, Joe Biden, spoke. The president Biden spoke. The President Joe Biden spoke.",
    "Summit\n\nThe president Monday signed the decree. The king The Times spoke of was absent.",
    # a month in an address or a handle keeps the address's case
    "Links\n\nRead www.example.org/october or write to @sunday_news for the schedule.",
])
def test_what_english_writes_is_not_flagged(text):
    assert flags(text) == []



def test_the_name_after_a_head_ends_before_a_day():
    text = "Campus\n\nThe minister returned to the university of Cairo Monday and left for the bay of San Francisco."
    assert flags(text) == [("F302", "university of Cairo", "University of Cairo"),
                           ("F302", "bay of San Francisco", "Bay of San Francisco")]


def test_a_sea_named_for_a_compass_point_gets_no_suggestion():
    ctx = Context(Config(select=("F302",)))
    issues = check_texts("Bird\n\nA bird found on a platform at sea of the North was freed.", ctx=ctx).issues
    assert [(i.text, i.suggestion) for i in issues] == [("sea of the North", None)]
    assert "North Sea" in issues[0].message


def test_a_title_reads_the_whole_name_and_stops_before_a_day():
    text = ("Election\n\nThe president Jean-Marie Le Pen spoke. Then the crown prince Salman bin Hamad Al Khalifa "
            "arrived, and the president Ebrahim Raisi Tuesday thanked them.")
    assert flags(text) == [
        ("F302", "The president Jean-Marie Le Pen", "President Jean-Marie Le Pen"),
        ("F302", "the crown prince Salman bin Hamad Al Khalifa", "Crown Prince Salman bin Hamad Al Khalifa"),
        ("F302", "the president Ebrahim Raisi", "President Ebrahim Raisi"),
    ]


def test_an_indefinite_determiner_with_an_adjective_is_a_description():
    # "a famous university of Tehran": one of several; "a trip to the sea of Japan" still names the sea
    assert flags("Campus\n\nShe studied at a famous university of Tehran.") == []
    assert flags("Cruise\n\nThey booked a trip to the sea of Japan.") == [("F302", "sea of Japan", "Sea of Japan")]


def test_a_month_next_to_a_slash_outside_an_address_is_read():
    # one owner of the address test (mtqa.evidence.in_address): a word in a URL keeps its case; a slash
    # between two names in a sentence makes no address
    assert flags("Links\n\nSee https://example.org/october or www.gulf-of-aden.org for the programme.") == []
    assert flags("Shipping\n\nTraffic in the gulf of Aden/Red Sea corridor fell.") == [
        ("F302", "gulf of Aden", "Gulf of Aden")]


def test_a_title_s_name_runs_on_only_through_a_particle():
    # the capitalised words after a name are not more of it: the name goes past its second word only
    # through a particle ("Le Pen", "bin Hamad Al Khalifa")
    text = ("Meeting\n\nHe met the president Barack Obama White House aides, then the president Mahmoud Abbas "
            "PLO leadership and the president Jean-Marie Le Pen Foundation members.")
    assert flags(text) == [
        ("F302", "the president Barack Obama", "President Barack Obama"),
        ("F302", "the president Mahmoud Abbas", "President Mahmoud Abbas"),
        ("F302", "the president Jean-Marie Le Pen", "President Jean-Marie Le Pen"),
    ]


def test_every_opens_a_time_adverbial_not_a_description():
    assert flags("Floods\n\nEvery summer lake Victoria floods the shore.") == [
        ("F302", "lake Victoria", "Lake Victoria")]


def test_a_title_s_name_of_three_words_without_a_particle_is_read_whole():
    # a third word that is no common English word nor an acronym is the name's
    assert flags("Talks\n\nHe met the president Recep Tayyip Erdogan and the president Andrés Manuel López Obrador.") == [
        ("F302", "the president Recep Tayyip Erdogan", "President Recep Tayyip Erdogan"),
        ("F302", "the president Andrés Manuel López Obrador", "President Andrés Manuel López Obrador")]


def flags_with_source(target, source):
    ctx = Context(Config(select=("F302",)))
    return [(i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues]


def test_a_nationality_the_dictionary_knows_is_read_where_the_source_writes_it():
    # « français » in the source: the lower-case "french" is the language and the nationality, not the verb
    source = "Visite\n\nIl a parlé français avec le ministre allemand."
    target = "Visit\n\nHe spoke french with the german minister."
    assert flags_with_source(target, source) == [("french", "French"), ("german", "German")]


def test_a_nationality_word_without_the_source_s_nationality_is_left():
    # no nationality in the source: "polish" is the verb; "french fries" is written in lower case in English
    source = "Cuisine\n\nIls vont astiquer les casseroles et servir des frites."
    target = "Cooking\n\nThey will polish the pans and serve french fries."
    assert flags_with_source(target, source) == []
    source = "Cuisine\n\nLes frites françaises sont servies."
    assert flags_with_source("Cooking\n\nThe french fries are served.", source) == []


def test_a_language_name_is_read_in_lower_case():
    assert flags("School\n\nThe pupils learn arabic and hebrew from the first year.") == [
        ("F302", "arabic", "Arabic"), ("F302", "hebrew", "Hebrew")]
    ctx = Context(Config(select=("F302",)))
    issues = check_texts("School\n\nThe pupils learn hebrew.", ctx=ctx).issues
    assert [i.message for i in issues] == ["“hebrew” is a language name: English capitalises it."]


@pytest.mark.parametrize("text,expected", [
    # a title the references capitalise before a name, after a preposition, a conjunction or a past verb
    ("Summit\n\nThe envoy talked with chancellor Olaf Scholz and king Abdullah before lunch.",
     [("F302", "chancellor Olaf Scholz", "Chancellor Olaf Scholz"), ("F302", "king Abdullah", "King Abdullah")]),
    ("Army\n\nThe minister visited general Thierry Burkhard in Paris.",
     [("F302", "general Thierry Burkhard", "General Thierry Burkhard")]),
])
def test_a_bare_title_before_a_name(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize("text", [
    # a modifier, a nationality or a capitalised word before the title, a comma between: a description
    "Summit\n\nShe met former chancellor Gerhard Schröder and the German chancellor Olaf Scholz.",
    "Summit\n\nHe praised the late king Hussein and the chancellor, Olaf Scholz.",
    # a title the references write both ways before a name is not read bare
    "Summit\n\nShe spoke with president Lula about the talks.",
])
def test_a_described_title_is_not_read_bare(text):
    assert flags(text) == []


@pytest.mark.parametrize("text,expected", [
    # a name of the pair's tables with a lower-case word before a capitalised one: one issue, the whole name
    ("Vote\n\nThe bill went back to the national Assembly after the european Commission objected.",
     [("F302", "national Assembly", "National Assembly"), ("F302", "european Commission", "European Commission")]),
    ("Court\n\nThe supreme Court heard the case the united Nations brought.",
     [("F302", "supreme Court", "Supreme Court"), ("F302", "united Nations", "United Nations")]),
])
def test_a_half_capitalised_name(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize("text", [
    # a direction describing a region, a British house style (capital first), a name in full or in lower case
    "Gas\n\nExports to central Europe and western Europe fell while the European parliament met.",
    "Vote\n\nThe National Assembly met; a national assembly of farmers met too.",
])
def test_what_english_writes_of_a_name_is_not_half_capitalised(text):
    assert flags(text) == []


def test_the_names_pattern_matches_as_the_flat_list_of_names():
    # the pair's multiword names as one trie (casing._multiword_names): the same spans as the flat case-blind
    # alternation it replaced, for each name in any case, with other spaces, glued to a hyphen or run together
    import re

    from mtqa.checks.casing import _SPACE, _multiword_names
    from mtqa.langs.data import alternation

    _, by_lower, pattern = _multiword_names(Context().pair)
    flat = re.compile(rf"(?<![\w-])(?:{alternation(by_lower, lambda n: re.escape(n).replace(chr(92) + ' ', _SPACE))})"
                      rf"(?![\w-])", re.IGNORECASE)
    names = sorted(by_lower.values())
    texts = [" ".join(names), ", ".join(n.lower() for n in names), " ".join(n.upper() for n in names),
             " ".join(n.replace(" ", "\u00a0 ") for n in names), " ".join(n + "-led" for n in names),
             "".join(names), "The president of the united Nations General Assembly spoke."]
    for text in texts:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert len(pattern.findall(texts[0])) >= len(names) // 2
    assert pattern.pattern != flat.pattern  # factored by prefixes (the speed), matching alike (the above)


def test_the_demonym_and_language_words_are_one_set_kept_per_pair():
    # F302 intersects a segment's words with one set of both lists, built once for the pair (_demonym_words), not
    # a union made anew for every segment: the set holds both lists' words, and each list still tells its kind
    from mtqa.checks.casing import _demonym_words, language_name_words, lowercase_demonyms

    ctx = Context(Config(select=("F302",)))
    words = _demonym_words(ctx.pair, ctx.target)
    assert words is _demonym_words(ctx.pair, ctx.target)
    assert {"mexican", "arabic"} <= words
    assert words == lowercase_demonyms(ctx.pair) | language_name_words(ctx.target)
    assert flags("Talks\n\nThe mexican envoy spoke arabic with the press.") == [
        ("F302", "mexican", "Mexican"), ("F302", "arabic", "Arabic")]

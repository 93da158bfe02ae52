"""T201 french-exonym and T202 french-acronym: every table row, and what must stay unflagged."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair, check_texts
from mtqa.names.exonym_forms import exonym_rows
from mtqa.config import Config
from mtqa.context import Context
from mtqa.model import Document, DocumentPair, Link, Segment
from mtqa.langs.data import pair_table
from mtqa.langs import fold, language_pair

EXONYMS = pair_table("exonyms", "fr-en")
ACRONYMS = pair_table("acronyms", "fr-en")


def issues_of(text: str, code: str, source: str | None = None):
    if source is None:
        issues = check_texts(text, ctx=Context(Config(select=(code,)))).issues
    else:  # one pre-aligned sentence pair
        src, tgt = Document("t", None, "fr"), Document("t", None, "en")
        src.segments.append(Segment(0, source, multiline=False))
        tgt.segments.append(Segment(0, text, multiline=False))
        tgt.lines[1] = text
        p = DocumentPair("t", tgt, src, links=[Link((0,), (0,))], meta={"prealigned": True})
        issues = check_pair(p, Context(Config(select=(code,)))).issues
    return [i for i in issues if i.code == code]


def found(text: str, code: str, source: str | None = None):
    return [(i.text, i.suggestion) for i in issues_of(text, code, source)]


SHARED = {"Louvain", "Grisons"}
"""One-word forms English uses at least half as often as the English name (wordfreq): not flagged."""


@pytest.mark.parametrize("row", [r for r in EXONYMS if r["french"] not in SHARED], ids=lambda r: r["french"])
def test_every_exonym_is_flagged(row):
    text = f"Travel news\n\nThe delegation arrived in {row['french']} on Monday."
    assert found(text, "T201") == [(row["french"], row["english"])]


@pytest.mark.parametrize("row", EXONYMS, ids=lambda r: r["english"])
def test_english_name_is_not_flagged(row):
    assert found(f"Travel news\n\nThe delegation arrived in {row['english']} on Monday.", "T201") == []


@pytest.mark.parametrize("word", sorted(SHARED))
def test_form_english_shares_is_not_flagged(word):
    # Louvain is nearly as frequent as Leuven in English: a writer of English may keep it
    assert found(f"Travel news\n\nThe delegation arrived in {word} on Monday.", "T201") == []


def test_shared_forms_are_exactly_those_english_uses_about_as_often():
    from mtqa.names.exonym_forms import _shared

    pair = language_pair("fr", "en")
    assert {r["french"] for r in EXONYMS if _shared(pair, r)} == SHARED


@pytest.mark.parametrize("text,flagged", [
    ("The fleet sailed into the mer Noire at dawn.", [("mer Noire", "Black Sea")]),
    ("The fleet sailed into the Black Sea at dawn.", []),
    ("Fighting went on in Alep and in Mossoul.", [("Alep", "Aleppo"), ("Mossoul", "Mosul")]),
    ("Talks resumed in Tbilissi after a week in Bakou.", [("Tbilissi", "Tbilisi"), ("Bakou", "Baku")]),
    ("He was born in Aix-la-Chapelle before the war.", [("Aix-la-Chapelle", "Aachen")]),
    ("Voters in the Pays de Galles chose a new assembly.", [("Pays de Galles", "Wales")]),
    # regions and cities of Europe whose French name differs beyond accents (rows added at stop 46)
    ("Schools in Picardie and Saxe stayed shut.", [("Picardie", "Picardy"), ("Saxe", "Saxony")]),
    ("Sarrebruck's university was founded in 1948.", [("Sarrebruck", "Saarbrücken")]),
    ("Hikers crossed the Carpathes into Carélie.", [("Carpathes", "Carpathians"), ("Carélie", "Karelia")]),
    ("Fires burned in Attique, Thessalie and Épire.", [("Attique", "Attica"), ("Thessalie", "Thessaly"),
                                                       ("Épire", "Epirus")]),
    ("Farmers in Voïvodine, Bessarabie and Volhynie protested.", [("Voïvodine", "Vojvodina"),
                                                                   ("Bessarabie", "Bessarabia"),
                                                                   ("Volhynie", "Volhynia")]),
    ("The train from Nimègue stopped in Coire.", [("Nimègue", "Nijmegen"), ("Coire", "Chur")]),
    ("Shelling hit Idleb, Kobané and Bassorah.", [("Idleb", "Idlib"), ("Kobané", "Kobani"), ("Bassorah", "Basra")]),
    ("Pilgrims flew from Machhad to Djouba.", [("Machhad", "Mashhad"), ("Djouba", "Juba")]),
    ("Tourists left Gizeh for Thimphou.", [("Gizeh", "Giza"), ("Thimphou", "Thimphu")]),
    # geological and prehistoric periods French writes with a capital, the supercontinent, two European bodies
    # (rows added at stop 47)
    ("These fossils date from the Crétacé and the Permien.", [("Crétacé", "Cretaceous"), ("Permien", "Permian")]),
    ("Tools of the Néolithique were found beside Dévonien rocks.", [("Néolithique", "Neolithic"),
                                                                   ("Dévonien", "Devonian")]),
    ("The animal lived on the super continent Pangée.", [("Pangée", "Pangaea")]),
    ("Ministers of the Eurogroupe met before the Euroligue final.", [("Eurogroupe", "Eurogroup"),
                                                                    ("Euroligue", "Euroleague")]),
    # the president's surname is not the country (Hollande is not in the table), nor Galileo's
    ("François Hollande met the mayor of Amsterdam.", []),
])
def test_world_exonyms(text, flagged):
    assert found("World news\n\n" + text, "T201") == flagged


def test_exonym_table_rows_differ_from_english_beyond_accents():
    for row in EXONYMS:
        assert fold(row["french"]) != fold(row["english"]), row["french"]


@pytest.mark.parametrize("bare,english", [("Pekin", "Beijing"), ("Egypte", "Egypt"), ("Equateur", "Ecuador")])
def test_unaccented_spelling_is_flagged(bare, english):
    assert found(f"News\n\nThey flew to {bare} on Monday.", "T201") == [(bare, english)]


@pytest.mark.parametrize("word", ["Genes", "Bale", "Suede", "Teheran", "Seville"])
def test_unaccented_spelling_english_uses_is_not_matched(word):
    forms = exonym_rows(language_pair("fr", "en"))
    assert word not in forms


@pytest.mark.parametrize("text", [
    "He worked like the great pre-war reporters, such as Albert Londres.",
    "Credit Suisse and the actress Virginie Efira were in Nice, Tours and Orange.",
    "The Tour de France went through Les Gets, Paris and Lyon.",
    "The Argentine government met Mexico City officials.",
    "Genes matter, said the scientist.",
])
def test_exonym_must_not_flag(text):
    assert found(f"News\n\n{text}", "T201") == []


# -- acronyms -------------------------------------------------------------------------------------

@pytest.mark.parametrize("row", ACRONYMS, ids=lambda r: r["french"])
def test_every_acronym_is_flagged(row):
    text = f"The {row['french']} report was published on Monday."
    source = {"yes": f"Le rapport de l'{row['french']} a été publié lundi.",
              "named": f"Le rapport de l'{row['meaning']} ({row['french']}) a été publié lundi."}.get(row["source"])
    assert found(text, "T202", source) == [(row["french"], row["english"])]


@pytest.mark.parametrize("source, text", [
    ("L'Association médicale américaine (AMA) appelle à interdire les cigarettes électroniques.",
     "The American Medical Association (AMA) calls for a ban on e-cigarettes."),
    ("Oracle vend sa plateforme OCI aux banques.", "Oracle sells its OCI platform to banks."),
])
def test_letters_another_body_spells_need_the_body_named(source, text):
    """md76f (lr76 #2): AMA, OCI, AIE and OIM are also other bodies' French acronyms; the source writing the
    letters says nothing of which body they are, its name does (`source=named`)."""
    assert found(text, "T202", source) == []


def test_letters_with_the_body_named_are_flagged():
    source = "L'Agence mondiale antidopage (AMA) a suspendu le laboratoire."
    assert found("The World Anti-Doping Agency (AMA) suspended the lab.", "T202", source) == [("AMA", "WADA")]


@pytest.mark.parametrize("row", [r for r in ACRONYMS if r["titlecase"] == "yes"], ids=lambda r: r["french"])
def test_titlecase_variant(row):
    form = row["french"].capitalize()
    assert found(f"News\n\nThe {form} report was published.", "T202") == [(form, row["english"])]


@pytest.mark.parametrize("row", [r for r in ACRONYMS if r["source"] == "yes"], ids=lambda r: r["french"])
def test_ambiguous_acronym_needs_source(row):
    assert found(f"News\n\nIn 500 {row['french']} the city was founded.", "T202") == []
    assert found(f"In 500 {row['french']} the city was founded.", "T202", "En 500 av. J.-C., la ville fut fondée.") == []


@pytest.mark.parametrize("text", [
    "The SNCF and the CGT met the UMP and the PS.",
    "NATO, the UN, the IMF and the WHO met the ECB.",
    "Mr Ong of the NGO spoke.",
    "See www.onu.org/OTAN for details.",
    "ECOWAS, ASEAN and the ICRC sent envoys to the former USSR states.",
    "Alena and Ama Mensah met the aid workers.",  # first names, not the French letters in title case
])
def test_acronym_must_not_flag(text):
    assert found(f"News\n\n{text}", "T202") == []


def test_a_feast_s_french_name_is_flagged_and_a_person_bearing_it_is_not():
    # la Toussaint is All Saints' Day; Toussaint Louverture keeps his name, and the bare word is a
    # feast only where the aligned source writes it with its article
    source = "Le jour de la Toussaint, Toussaint Louverture est fêté, et aussi à Pâques."
    text = "On the day of La Toussaint, Toussaint Louverture is celebrated, and also at Pâques."
    assert found(text, "T201", source) == [("La Toussaint", "All Saints' Day"), ("Pâques", "Easter")]
    bare = "Ceremonies are held on Toussaint day."
    assert found(bare, "T201", "Des cérémonies ont lieu le jour de la Toussaint.") == [("Toussaint", "All Saints' Day")]
    assert found("Toussaint Louverture was born in Haiti.", "T201", "Toussaint Louverture est né en Haïti.") == []


def test_a_feast_s_word_borne_by_a_person_the_source_names_so_is_kept():
    # Carême is Lent, and the surname of the chef Marie-Antoine (Antonin) Carême: beside a first name the
    # first-name set lacks, the longer name is a person's, not a third language's name around a place
    assert found("The chef Antonin Carême invented the sauce.", "T201", "Le chef Antonin Carême a inventé la sauce.") == []
    assert found("During the Carême, he fasts.", "T201", "Pendant le Carême, il jeûne.") == [("the Carême", "Lent")]
    # a place inside a third language's name is still put into English
    assert found("CSKA Moscou won the match.", "T201", "Le CSKA Moscou a gagné le match.") == [("Moscou", "Moscow")]


@pytest.mark.parametrize("source,target,expected", [
    # Lent is "le Carême" (du, au Carême); the chef's surname has no article before it in the source
    ("Le chef Carême a inventé la sauce.", "The chef Carême invented the sauce.", []),
    ("Carême a écrit un livre de cuisine.", "Carême wrote a cookbook.", []),
    ("Il jeûne pendant le Carême.", "He fasts during Carême.", [("Carême", "Lent")]),
    ("La fin du Carême approche.", "The end of the Carême is near.", [("the Carême", "Lent")]),
    ("Il jeûne pendant le Carême.", "He fasts during Careme.", [("Careme", "Lent")]),  # accents dropped
    # "en" stands for the feast's article ("en Carême": during Lent); a person is never "en Carême"
    ("Ils ne mangent pas de viande en Carême.", "They eat no meat in Carême.", [("Carême", "Lent")]),
    ("Ils ne mangent pas de viande en Carême.", "They eat no meat en Carême.", [("Carême", "Lent")]),
    ("Ils ne mangent pas de viande en Carême.", "They eat no meat during Lent.", []),
])
def test_lent_is_told_from_the_surname_careme_by_the_sources_article(source, target, expected):
    assert found(target, "T201", source) == expected


@pytest.mark.parametrize("target,expected", [
    # Easter Island copied, half put into English in either order, or word for word with "de" as "of"; English
    # writes it without an article, so the article the translation kept is in the span
    ("He went to the Île de Pâques.", [("the Île de Pâques", "Easter Island")]),
    ("He went to Pâques Island.", [("Pâques Island", "Easter Island")]),
    ("He went to the Island of Pâques.", [("the Island of Pâques", "Easter Island")]),
    ("He went to Easter Island.", []),
])
def test_easter_island_left_in_french_is_easter_island_not_the_feast(target, expected):
    assert found(target, "T201", "Il est allé sur l'île de Pâques.") == expected


def test_a_name_s_particles_translated_word_for_word_make_a_half_translated_name():
    assert found("The Council of sécurité met.", "T201", "Le Conseil de sécurité s'est réuni.") \
        == [("Council of sécurité", "Security Council")]


def test_a_name_the_source_writes_in_the_same_order_is_not_read_as_put_first_by_a_complement_elsewhere():
    # "de la Toussaint" (a complement after a noun) and the person Toussaint Louverture in one sentence:
    # the target's "Toussaint Louverture" is the source's own name in its order, not "Louverture de la
    # Toussaint" put first; the feast beside it is still flagged
    source = "Le jour de la Toussaint, Toussaint Louverture est fêté."
    assert found("On Toussaint day, Toussaint Louverture is celebrated.", "T201", source) == [("Toussaint", "All Saints' Day")]
    # the place a complement puts after a noun, copied with the word after it, stays flagged
    assert found("This territory is the last of Pacifique Sud.", "T201", "Ce territoire est le dernier du Pacifique Sud.") \
        == [("Pacifique", "Pacific")]


@pytest.mark.parametrize("source,target,expected", [
    # the source's article translated before the name left in French: the suggestion replaces both
    ("Halloween est fêté la veille de la Toussaint.", "Halloween is celebrated on the eve of the Toussaint.",
     [("the Toussaint", "All Saints' Day")]),
    ("La Chandeleur est le 2 février.", "The Chandeleur is on 2 February.", [("The Chandeleur", "Candlemas")]),
    ("Il vit au Caire.", "He lives in the Caire and works there.", [("the Caire", "Cairo")]),
    ("Il vit à La Haye.", "He lives in the Haye.", [("the Haye", "The Hague")]),  # English's own article
    # the article is the noun's that the name qualifies: the name alone
    ("Les vacances de la Toussaint commencent.", "The Toussaint holidays begin.", [("Toussaint", "All Saints' Day")]),
    ("Le musée du Caire rouvre.", "The Caire museum reopens.", [("Caire", "Cairo")]),
    # no article in the target, or a place French writes without one, whose English name may need it
    ("Il vit au Caire.", "He lives in Caire.", [("Caire", "Cairo")]),
    ("Il vit aux Pays-Bas.", "He lives in the Pays-Bas.", [("Pays-Bas", "Netherlands")]),
    # a feast's English name takes no article, whether French writes one or not
    ("Il part à Pâques.", "He leaves at the Pâques.", [("the Pâques", "Easter")]),
    ("Les vacances de Pâques commencent.", "The Pâques holidays begin.", [("Pâques", "Easter")]),
])
def test_the_article_translated_before_a_name_left_in_french_is_replaced_with_it(source, target, expected):
    assert found(target, "T201", source) == expected


def test_the_message_quotes_the_translated_article_the_span_covers():
    # the span covers "the Toussaint" (the suggestion replaces the article too); the message quoted only
    # "Toussaint", so a reader did not see why the article goes
    [issue] = issues_of("The cemeteries are decorated for the Toussaint.", "T201",
                        "Les cimetières sont fleuris pour la Toussaint.")
    assert (issue.text, issue.suggestion) == ("the Toussaint", "All Saints' Day")
    assert issue.message.startswith("“the Toussaint” is the French name with its article translated;")
    # without an article in the span, the name alone is quoted
    assert found("They left London for Moscou.", "T201", "Ils ont quitté Londres pour Moscou.") == [("Moscou", "Moscow")]


def test_the_message_calls_no_article_the_names_own_where_the_source_name_has_none():
    # Pâques takes no article in French ("à Pâques"): the article in the span is the translation's, not one
    # it translated from the name, and English writes none before Easter
    [issue] = issues_of("They will leave at the Pâques.", "T201", "Ils partiront à Pâques.")
    assert (issue.text, issue.suggestion) == ("the Pâques", "Easter")
    assert issue.message.startswith("“the Pâques” is the French name with an article;")


@pytest.mark.parametrize("source,target,expected", [
    # English writes these names bare: the article kept before the French form goes with it, or the
    # suggestion leaves "the Easter Island", "the Tasmania"
    ("Il a visité l'île de Pâques.", "He visited the Île de Pâques.", [("the Île de Pâques", "Easter Island")]),
    ("Le système de santé de la Tasmanie.", "The health system of the Tasmanie.", [("the Tasmanie", "Tasmania")]),
    ("Le gouvernement de l'Allemagne.", "The government of the Allemagne.", [("the Allemagne", "Germany")]),
    # ... not where English writes the article (the table's english_article column), nor before a noun the article
    # belongs to, nor before a qualifier (the Germany of the 1930s)
    ("Il vit aux Pays-Bas.", "He lives in the Pays-Bas.", [("Pays-Bas", "Netherlands")]),
    ("Le Sénat a voté.", "The Sénat voted.", [("Sénat", "Senate")]),
    # English writes "the Buddha" as often as "Buddha": the article stays
    ("Une statue du Bouddha a été volée.", "A statue of the Bouddha was stolen.", [("Bouddha", "Buddha")]),
    ("Le gouvernement allemand.", "The Allemagne government.", [("Allemagne", "Germany")]),
    ("L'Allemagne des années 1930.", "The Allemagne of the 1930s.", [("Allemagne", "Germany")]),
])
def test_an_article_before_a_name_english_writes_bare_is_in_the_span(source, target, expected):
    assert found(target, "T201", source) == expected


def test_the_article_column_holds_only_the_or_both():
    assert {row.get("english_article") or "" for row in pair_table("exonyms", "fr-en")} == {"", "the", "both"}


def test_a_regional_body_s_french_letters_in_the_press_s_title_case_are_flagged():
    # the French press writes « la Cédéao » (accents and all); English news writes ECOWAS
    source = "Le Niger a quitté la Cédéao en janvier, comme l'URSS avant elle avait quitté la SDN."
    text = "Niger left the Cédéao in January, as the URSS had left the League before it."
    assert found(f"News\n\n{text}", "T202", f"Nouvelles\n\n{source}") == [("Cédéao", "ECOWAS"), ("URSS", "USSR")]

"""T203 french-acronym-letters: an acronym spelling the French name's initials after an English rendering of the name;
and the learned rows of T202 (acronyms_learned). Sentences written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.langs import language_pair
from mtqa.langs.data import pair_table
from mtqa.names.acronym_letters import definitions, scope, source_name, target_name

PAIR = language_pair("fr", "en")


def flags(target: str, source: str, code: str = "T203"):
    result = check_texts(target, source=source, ctx=Context(Config(select=(code,))))
    return [(i.line, i.text, i.suggestion) for i in result.issues if i.code == code]


UNION_FR = ("Soudan : l'UA appelle à une trêve\n\n"
            "Les ministres de l'Union africaine (UA) se sont réunis lundi à Addis-Abeba pour parler du Soudan.\n\n"
            "L'UA enverra une mission à Khartoum la semaine prochaine.")


def test_an_acronym_left_in_french_letters_after_an_english_name_is_flagged_everywhere_the_source_has_it():
    target = ("Sudan: the UA calls for a truce\n\n"
              "The ministers of the African Union (UA) met on Monday in Addis Ababa to talk about Sudan.\n\n"
              "The UA will send a mission to Khartoum next week.")
    assert flags(target, UNION_FR) == [(1, "UA", "AU"), (3, "UA", "AU"), (5, "UA", "AU")]


def test_french_letters_copied_where_the_translation_writes_the_english_acronym_elsewhere():
    target = ("Sudan: the UA calls for a truce\n\n"
              "The ministers of the African Union (AU) met on Monday in Addis Ababa to talk about Sudan.\n\n"
              "The UA will send a mission to Khartoum next week.")
    assert flags(target, UNION_FR) == [(1, "UA", "AU"), (5, "UA", "AU")]


def test_the_english_acronym_is_not_flagged():
    target = ("Sudan: the AU calls for a truce\n\n"
              "The ministers of the African Union (AU) met on Monday in Addis Ababa to talk about Sudan.\n\n"
              "The AU will send a mission to Khartoum next week.")
    assert flags(target, UNION_FR) == []


def test_a_copy_where_the_aligned_source_lacks_the_acronym_is_not_flagged():
    source = UNION_FR.replace("L'UA enverra", "Elle enverra")
    target = ("Sudan: the AU calls for a truce\n\n"
              "The ministers of the African Union (UA) met on Monday in Addis Ababa to talk about Sudan.\n\n"
              "It will send a mission to Khartoum next week; the UA letters are printed on its vans.")
    assert flags(target, source) == [(3, "UA", "AU")]


def test_a_court_above_the_nations_with_an_unwritten_prefix():
    source = ("Procès\n\nLe Tribunal pénal international pour l'ex-Yougoslavie (TPIY) a rendu son dernier "
              "jugement en 2017.")
    target = ("Trial\n\nThe International Criminal Tribunal for the former Yugoslavia (TPIY) delivered its last "
              "judgment in 2017.")
    assert flags(target, source) == [(3, "TPIY", "ICTY")]


def test_a_body_of_a_nation_whose_name_french_renders_with_letters_of_its_own():
    source = ("Football\n\nL'Association du football de la République tchèque (AFRT) a infligé une amende au "
              "club de Brno.")
    target = "Football\n\nThe Football Association of the Czech Republic (AFRT) fined the Brno club."
    assert flags(target, source) == [(3, "AFRT", "FACR")]


def test_a_syrian_army_named_by_french_letters():
    source = "Syrie\n\nL'Armée syrienne libre (ASL) a repris deux villages près d'Alep, selon un porte-parole."
    target = "Syria\n\nThe Free Syrian Army (ASL) has retaken two villages near Aleppo, according to a spokesman."
    assert flags(target, source) == [(3, "ASL", "FSA")]


@pytest.mark.parametrize("source, target", [
    # a Romance language's name: French spells the party's own letters
    ("Madrid\n\nLe Parti socialiste ouvrier espagnol (PSOE) a perdu les élections en Andalousie.",
     "Madrid\n\nThe Spanish Socialist Workers' Party (PSOE) lost the elections in Andalusia."),
    # English writes the French letters more often than the English initials (MDM 2.5, DMM 2.2)
    ("Politique\n\nLe Mouvement démocratique du Mozambique (MDM) a gagné le scrutin à Beira.",
     "Politics\n\nThe Democratic Movement of Mozambique (MDM) won the vote in Beira."),
    # one nation's body in a French-speaking country: its own French name and letters
    ("Basket\n\nLa Fédération sénégalaise de basket-ball (FSBB) a nommé un entraîneur.",
     "Basketball\n\nThe Senegalese Basketball Federation (FSBB) has appointed a coach."),
    # French bodies English calls by their French letters
    ("Recherche\n\nLe Centre national de la recherche scientifique (CNRS) ouvre un laboratoire à Lyon.",
     "Research\n\nThe National Centre for Scientific Research (CNRS) is opening a laboratory in Lyon."),
    ("Rail\n\nLa Société nationale des chemins de fer français (SNCF) supprime des trains en Europe.",
     "Rail\n\nThe French National Railway Company (SNCF) is cutting trains in Europe."),
    # « national »: a nation's own body
    ("Bourse\n\nLa Commission nationale des marchés (CNM) enquête sur la banque.",
     "Stock market\n\nThe National Markets Commission (CNM) is investigating the bank."),
    # nothing in the name says English has letters of its own
    ("Justice\n\nLa Ligue des droits de l'homme (LDH) a saisi le tribunal administratif.",
     "Justice\n\nThe Human Rights League (LDH) has taken the case to the administrative court."),
    # a French union human translators keep (acronyms_kept)
    ("Grève\n\nLa Confédération générale du travail (CGT) appelle à la grève mondiale.",
     "Strike\n\nThe General Confederation of Labour (CGT) is calling for a world strike."),
    # the English name spells the same letters
    ("Vienne\n\nL'Organisation pour la sécurité et la coopération en Europe (OSCE) observera le scrutin.",
     "Vienna\n\nThe Organization for Security and Co-operation in Europe (OSCE) will observe the vote."),
    # the name copied in French
    ("Afrique\n\nLa Banque africaine de développement (BAD) prête au Ghana.",
     "Africa\n\nThe Banque africaine de développement (BAD) lends to Ghana."),
])
def test_acronyms_english_keeps_are_not_flagged(source, target):
    assert flags(target, source) == []


def test_source_name_reads_the_initials_back_from_the_bracket():
    fw = PAIR.source.function_words
    assert source_name("Les dirigeants du Conseil de coopération du Golfe ", "CCG", fw) == "Conseil de coopération du Golfe"
    assert source_name("la Coupe d'Afrique des nations ", "CAN", fw) == "Coupe d'Afrique des nations"
    assert source_name("l'Union chrétienne-démocrate ", "CDU", fw) is None  # a German acronym French copies


def test_target_name_stops_at_a_verb_and_skips_the_article():
    fw = PAIR.target.function_words
    assert target_name("Senegal won the Africa Cup of Nations ", fw) == ("Africa Cup of Nations", "ACN")
    assert target_name("The International Criminal Tribunal for the former Yugoslavia ", fw) == (
        "International Criminal Tribunal for the former Yugoslavia", "ICTY")
    assert target_name("talks with the rebels ", fw) is None


def test_definitions_keep_only_names_whose_initials_spell_the_acronym():
    text = "Le Conseil de coopération du Golfe (CCG) et l'Union chrétienne-démocrate (CDU) se sont parlé."
    assert set(definitions([text], PAIR.source.function_words)) == {"CCG"}


def test_scope_of_a_name():
    assert scope("Conseil de coopération du Golfe", PAIR) == "beyond"
    assert scope("Union africaine", PAIR) == "beyond"
    assert scope("Fédération sénégalaise de football", PAIR) == "home"
    assert scope("Centre national de la recherche", PAIR) == "home"
    assert scope("Ligue des droits de l'homme", PAIR) == ""
    assert scope("Association du football de la République tchèque", PAIR) == "beyond"  # tchèque: French's letters
    assert scope("Armée syrienne libre", PAIR) == "beyond"
    assert scope("Conseil national syrien", PAIR) == "beyond"  # a nationality outweighs « national »
    assert scope("Parti socialiste ouvrier espagnol", PAIR) == "home"  # a Romance name: its own letters
    assert scope("Organisation de coopération de Shanghai", PAIR) == "proper"


def test_learned_rows_are_flagged_only_where_the_source_has_them():
    learned = {r["french"]: r["english"] for r in pair_table("acronyms_learned", "fr-en")}
    assert learned.get("VIH") == "HIV"
    source = "Santé\n\nLe nombre de nouvelles infections au VIH a baissé en 2020."
    assert flags("Health\n\nThe number of new VIH infections fell in 2020.", source, "T202") == [(3, "VIH", "HIV")]
    assert flags("Health\n\nThe number of new HIV infections fell in 2020.", source, "T202") == []
    assert flags("Health\n\nThe VIH report was published.", "Santé\n\nLe rapport a été publié.", "T202") == []


DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "newstest-fren-2008-2015"


@pytest.mark.skipif(not DATA.exists(), reason="../shared/data is absent")
def test_learned_tables_are_current():
    import subprocess
    import sys

    bench = Path(__file__).resolve().parents[2] / "bench" / "acronym_pairs.py"
    done = subprocess.run([sys.executable, str(bench), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_default_run_reports_it_now_that_it_left_preview():
    # stop 72 (pv72): on by default; a run with neither --preview nor a selection must report the French letters
    target = ("Sudan: the UA calls for a truce\n\n"
              "The ministers of the African Union (UA) met on Monday in Addis Ababa to talk about Sudan.\n\n"
              "The UA will send a mission to Khartoum next week.")
    issues = check_texts(target, source=UNION_FR, ctx=Context()).issues
    assert [(i.line, i.text) for i in issues if i.code == "T203"] == [(1, "UA"), (3, "UA"), (5, "UA")]


def flags_with_severity(target: str, source: str):
    result = check_texts(target, source=source, ctx=Context(Config(select=("T203",))))
    return [(i.line, i.text, i.suggestion, i.severity.value) for i in result.issues if i.code == "T203"]


OCEAN_FR = "Îles\n\nLa Commission de l'océan Indien (COI) s'est réunie vendredi à Port-Louis."


def test_initials_of_a_body_no_table_knows_are_no_suggestion_and_the_flag_is_minor():
    # IOC is also the Olympic committee's letters: their frequency in English says nothing of this body
    target = "Islands\n\nThe Indian Ocean Commission (COI) met in Port Louis on Friday."
    assert flags_with_severity(target, OCEAN_FR) == [(3, "COI", None, "minor")]


def test_initials_the_translation_itself_writes_are_the_suggestion():
    source = OCEAN_FR + "\n\nLa COI a ensuite publié un communiqué."
    target = ("Islands\n\nThe Indian Ocean Commission (IOC) met in Port Louis on Friday.\n\n"
              "The COI then issued a statement.")
    assert flags_with_severity(target, source) == [(5, "COI", "IOC", "major")]


def test_a_known_body_gets_its_english_acronym_whatever_the_rendering_spells():
    source = ("Saisie\n\nLa drogue a été transportée aux bureaux de la Gendarmerie royale du Canada (GRC) à "
              "Halifax.")
    target = "Seizure\n\nThe drugs were taken to the offices of the royal Police Force of the Canada (GRC) in Halifax."
    assert flags_with_severity(target, source) == [(3, "GRC", "RCMP", "major")]


@pytest.mark.parametrize("source, target", [
    ("Football\n\nLa Confédération africaine de football (CAF) a suspendu l'arbitre pour un an.",
     "Football\n\nThe African Football Confederation (CAF) suspended the referee for a year."),
    ("Sahel\n\nL'Alliance des États du Sahel (AES) a tenu son sommet à Niamey.",
     "Sahel\n\nThe Alliance of Sahel States (AES) held its summit in Niamey."),
])
def test_a_body_english_calls_by_its_french_letters_is_left_alone(source, target):
    assert flags_with_severity(target, source) == []


def test_the_table_of_bodies_matches_the_french_name_not_the_acronym_alone():
    # CPI is also « Cour pénale internationale »'s letters; another name with those letters is no known body
    from mtqa.names.acronym_letters import known_body
    assert known_body(PAIR, "GRC", "Gendarmerie royale du Canada") == "RCMP"
    assert known_body(PAIR, "GRC", "Groupe de recherche clinique") is None


def test_a_known_body_is_flagged_only_on_the_reading_s_own_evidence():
    # the table gives the suggestion, not the flag: initials English does not write (RGC) are no sign that the
    # translator put a French acronym beside an English name English has letters of its own for
    source = ("Saisie\n\nLa drogue a été transportée aux bureaux de la Gendarmerie royale du Canada (GRC) à "
              "Halifax.")
    target = "Seizure\n\nThe drugs were taken to the offices of the Royal Gendarmerie of Canada (GRC) in Halifax."
    assert flags_with_severity(target, source) == []


# -- fx72f (lr72a D7): the table of known bodies is asked first; it and the kept acronyms do not contradict -------

POLICE_FR = ("Enquête\n\nLa Gendarmerie royale du Canada (GRC) a ouvert une enquête sur l'incendie.\n\n"
             "La GRC n'exclut aucune piste.")


@pytest.mark.parametrize("source, target, want", [
    # the body's own English name, whose initials are longer than the French letters
    (POLICE_FR,
     "Investigation\n\nThe Royal Canadian Mounted Police (GRC) opened an investigation into the fire.\n\n"
     "The GRC rules nothing out.",
     [(3, "GRC", "RCMP", "major"), (5, "GRC", "RCMP", "major")]),
    ("Sahel\n\nLa Communauté économique des États de l'Afrique de l'Ouest (CEDEAO) a suspendu le Mali.\n\n"
     "La CEDEAO réclame des élections.",
     "Sahel\n\nThe Economic Community of West African States (CEDEAO) suspended Mali.\n\n"
     "The CEDEAO demands elections.",
     []),  # T202's table owns CEDEAO (and the press's « Cédéao »): one check for one acronym, T203 skips it
    # the translation writes the English acronym once and copies the French letters after
    (POLICE_FR,
     "Investigation\n\nThe Royal Canadian Mounted Police (RCMP) opened an investigation into the fire.\n\n"
     "The GRC rules nothing out.",
     [(5, "GRC", "RCMP", "major")]),
    # a body whose French letters the kept acronyms once listed: the table owns it
    ("Emploi\n\nL'Organisation internationale du travail (OIT) publie son rapport annuel.",
     "Jobs\n\nThe International Labour Organization (OIT) publishes its annual report.",
     [(3, "OIT", "ILO", "major")]),
])
def test_a_known_body_s_english_name_with_its_french_letters_is_flagged_whatever_their_lengths(source, target, want):
    assert flags_with_severity(target, source) == want


def test_the_known_bodies_and_the_kept_acronyms_do_not_contradict_each_other():
    # a body the table gives English letters of its own cannot also be one whose French letters English keeps
    renamed = {r["french"] for r in pair_table("acronym_bodies", "fr-en") if r["english"] != r["french"]}
    kept = {r["french"] for r in pair_table("acronyms_kept", "fr-en")}
    assert renamed and kept and not renamed & kept

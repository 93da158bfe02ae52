"""The A501 calque entries of stop 77: « en / sous / à / au » + noun carried over word for word, and the English
idioms sharing their words that stay quiet."""
from __future__ import annotations

from mtqa.api import check_pair
from mtqa.config import Config
from mtqa.context import Context
from mtqa.model import Document, DocumentPair, Link, Role, Segment


def _flags(source, target, role):
    ctx = Context(Config(select=("A501",)))
    tgt = Document("t", None, "en", [Segment(0, target, role, 0, 1, 0, multiline=False)])
    src = Document("t", None, "fr", [Segment(0, source, role, 0, 1, 0, multiline=False)])
    pair = DocumentPair("t", tgt, src, links=[Link((0,), (0,))], meta={"prealigned": True})
    return [(i.text, i.suggestion) for i in check_pair(pair, ctx).issues]


def flags(source, target):
    """A501's (span, suggestion) pairs on one body sentence and its source."""
    return _flags(source, target, Role.BODY)


def test_under_cover_of_anonymity_is_on_condition_of_anonymity():
    assert flags("Un diplomate a confirmé la rencontre sous couvert d'anonymat.",
                 "A diplomat confirmed the meeting under cover of anonymity.") == [
        ("under cover of anonymity", "on condition of anonymity")]


def test_at_the_microphone_of_a_station_is_on_it():
    found = flags("« Rien n'est joué », a estimé le capitaine au micro de la chaîne publique.",
                  "\"Nothing is decided,\" the captain said at the microphone of the public channel.")
    assert found == [("at the microphone of", "on")]


def test_in_final_without_the_article_takes_it():
    assert flags("Le Maroc affrontera le Sénégal en finale samedi.",
                 "Morocco will face Senegal in final on Saturday.") == [("in final", "in the final")]


def test_in_final_form_is_english():
    assert flags("Battue en finale l'an dernier, la fédération publiera son règlement en juin.",
                 "Beaten in the final last year, the federation will publish its rules in final form in June.") == []


def test_second_period_takes_the_article_and_the_half():
    assert flags("Les Bleus ont marqué deux essais en seconde période.",
                 "The Blues scored two tries in second period.") == [("in second period", "in the second half")]


def test_priority_order_is_english():
    assert flags("Les dossiers seront traités en priorité selon leur urgence.",
                 "The files will be handled in priority order by urgency.") == []


def test_under_the_waters_of_a_sea_is_english():
    assert flags("Le village a disparu sous les eaux du lac de barrage.",
                 "The village vanished under the waters of the reservoir.") == []


def test_first_come_first_served_is_english():
    assert flags("Les places seront attribuées au premier venu.",
                 "Seats go to the first come, first served.") == []


def test_the_margin_of_a_march_is_its_sidelines():
    found = flags("En marge de la manifestation parisienne, des heurts ont éclaté.",
                  "On the margin of the Paris march, clashes broke out.")
    assert found == [("On the margin of", "On the sidelines of")]


def test_the_margins_of_society_stay_english():
    assert flags("Ils vivent en marge de la société depuis des années.",
                 "They have lived on the margins of society for years.") == []


def test_without_the_source_phrase_the_english_is_not_read():
    assert flags("Le ministre a parlé à la radio publique.",
                 "The minister spoke at the microphone of the public radio.") == []


def test_a_state_since_a_date_takes_the_present_perfect():
    assert flags("Le pays est dirigé par une junte depuis 2021.",
                 "The country is ruled by a junta since 2021.") == [("is", "has been")]


def test_strikers_since_a_weekday_take_have_been():
    assert flags("Les dockers sont en grève depuis lundi.",
                 "The dockers are on strike since Monday.") == [("are", "have been")]


def test_a_superlative_since_a_year_is_english():
    assert flags("Le chômage est au plus bas depuis 2008.",
                 "Unemployment is at its lowest since 2008.") == []


def test_a_figure_up_since_january_is_english():
    assert flags("L'indice est en hausse de 5 % depuis janvier.",
                 "The index is up 5% since January.") == []


def test_a_past_tense_source_is_not_read():
    assert flags("Le pont a été fermé lundi, puis rouvert depuis.",
                 "The bridge is closed since Monday.") == []


def test_a_passe_compose_with_a_weekday_is_the_simple_past():
    assert flags("Le ministre de la Santé a démissionné mardi.",
                 "The health minister has resigned on Tuesday.") == [("has resigned", "resigned")]


def test_an_irregular_participle_with_yesterday():
    assert flags("Les deux ministres ont rencontré hier les syndicats.",
                 "The two ministers have met the unions yesterday.") == [("have met", "met")]


def test_a_weekday_after_the_object_dates_the_object():
    assert flags("Les syndicats ont appelé lundi à une grève.",
                 "The unions have called for a strike on Friday.") == []


def test_a_future_clause_keeps_its_time():
    assert flags("Le parti a dit dimanche qu'il voterait contre.",
                 "The party has said it will vote against on Sunday.") == []


def test_the_last_year_is_the_twelve_months_to_now():
    assert flags("Les ventes ont doublé l'an dernier.",
                 "Sales have doubled over the last year.") == []


def test_a_weekday_before_the_object_is_left_to_the_order_readings():
    found = flags("Le député a rencontré jeudi M. Snowden à Moscou.",
                  "The deputy has met Thursday Mr. Snowden in Moscow.")
    assert ("has met", "met") not in found


def test_a_headline_drops_the_article_as_english_headlines_do():
    assert _flags("Rugby : la France bat l'Irlande en finale",
                  "Rugby: France beats Ireland in final", Role.HEADLINE) == []


def test_a_body_sentence_keeps_it():
    assert flags("La France a battu l'Irlande en finale.",
                 "France beat Ireland in final.") == [("in final", "in the final")]

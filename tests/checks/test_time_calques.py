"""A625: a French time of day rendered word for word (« en fin de matinée » -> "at the end of the morning", « dans
la nuit de mardi à mercredi » -> "in the night of Tuesday to Wednesday"), read only where the source holds the
same French phrase."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs import time_phrases


def _issues(target: str, source: str | None = None):
    ctx = Context(Config(select=("A625",)))
    return [i for i in check_texts(target, source=source, ctx=ctx).issues if i.code == "A625"]


def _reaches(target: str) -> bool:
    """Whether the target holds a shape the rule reads: a quiet example that holds none cannot fail."""
    return time_phrases.reads(target, "en")


# The shapes of the WMT12-14 systems' and the articles' calques (with or without the article, "In end of", a
# night as subject), each with the English the references and style guides write.
@pytest.mark.parametrize("source, target, span, suggestion", [
    ("Le texte a été adopté en fin de matinée par les députés.",
     "The text was adopted at the end of the morning by the deputies.",
     "at the end of the morning", "late in the morning"),
    ("En fin de soirée, les trois villes seront reliées par un relais audiovisuel.",
     "At the end of the evening, the three cities will be linked by an audiovisual relay.",
     "At the end of the evening", "Late in the evening"),
    ("En fin de soirée, les trois villes seront reliées par un relais audiovisuel.",
     "In end of evening, the three cities will be linked by an audiovisual relay.",
     "In end of evening", "Late in the evening"),
    ("En début de soirée, des habitants traversaient la frontière.",
     "At the beginning of evening, residents were crossing the border.",
     "At the beginning of evening", "Early in the evening"),
    ("Le gouvernement a annoncé l'accord mardi en fin de journée.",
     "The government announced the agreement on Tuesday at the end of the day.",
     "at the end of the day", "late in the day"),
    ("Les négociateurs se sont retrouvés en début d'après-midi.",
     "The negotiators met again at the start of the afternoon.",
     "at the start of the afternoon", "early in the afternoon"),
    ("Le blessé est mort en fin de nuit à l'hôpital.",
     "The injured man died towards the end of the night in hospital.",
     "towards the end of the night", "late at night"),
    ("Le navire a chaviré dans la nuit de mardi à mercredi au large de Sfax.",
     "The boat capsized in the night from Tuesday to Wednesday off Sfax.",
     "in the night from Tuesday to Wednesday", "overnight from Tuesday to Wednesday"),
    ("Des frappes ont visé Kharkiv durant la nuit de dimanche à lundi.",
     "Strikes targeted Kharkiv during the night of Sunday to Monday.",
     "during the night of Sunday to Monday", "overnight from Sunday to Monday"),
    ("La nuit de lundi à mardi a été choisie car le parc serait vide.",
     "The night of Monday to Tuesday was chosen because the park would be empty.",
     "The night of Monday to Tuesday", "Monday night"),
])
def test_a_time_phrase_rendered_word_for_word_is_flagged(source, target, span, suggestion):
    issues = _issues(target, source)
    assert [(target[i.start:i.end], i.suggestion) for i in issues] == [(span, suggestion)]
    assert "English writes" in issues[0].message


QUIET = [
    # no French time phrase in the source: the English phrase is the translator's own, or the idiom
    ("Au bout du compte, ce sont les électeurs qui décideront.", "At the end of the day, voters will decide."),
    ("Finalement, le ministre a cédé.", "At the end of the day, the minister gave in."),
    ("Le sommet s'achèvera à la fin de la journée.", "The summit will close at the end of the day."),
    ("Chacun gagne 138 000 roupies à la fin de la journée.", "Each earns 138,000 rupees at the end of the day."),
    ("Les magasins ferment à la fin de l'après-midi.", "The shops close at the end of the afternoon."),
    ("Le vote aura lieu à la fin de la matinée.", "The vote will take place at the end of the morning."),
    ("Il est sorti à la fin de la nuit.", "He went out at the end of the night."),
    ("Les résultats seront connus au début de la soirée.", "The results will be known at the start of the evening."),
    ("Le rapport doit être remis d'ici la fin de la journée.", "The report is due by the end of the day."),
    ("Il s'est réveillé au début de la nuit.", "He woke up at the beginning of the night."),
    ("À la fin de la soirée, le groupe a joué un dernier morceau.",
     "At the end of the evening, the band played one last song."),
    ("La séance a été suspendue au début de l'après-midi.",
     "The sitting was suspended at the beginning of the afternoon."),
    ("Nous verrons bien, à la fin de la journée, qui avait raison.",
     "We will see at the end of the day who was right."),
    ("Au terme de la matinée, les deux camps n'avaient rien conclu.",
     "By the end of the morning, the two sides had agreed nothing."),
    # the source has an edge phrase, but of another part or the other edge
    ("Le texte a été adopté en fin de matinée.", "The text had been drafted at the end of the day before."),
    ("Le texte a été adopté en fin de matinée, et signé en fin d'après-midi.",
     "The text was adopted late in the morning and signed at the end of the evening sitting."),
    ("La réunion a commencé en début de soirée.", "The meeting ended at the end of the evening."),
    ("Les cours ont été suspendus en fin de semaine.", "Classes were suspended at the end of the day on Friday."),
    # the night: another pair of days, one day only, no night phrase in the source, or English's own night phrase
    ("Le navire a chaviré dans la nuit de mardi à mercredi.", "The boat capsized in the night of Monday to Tuesday."),
    ("Le navire a chaviré mardi soir.", "The boat capsized on the night of Tuesday to Wednesday, police said."),
    ("Les élections auront lieu de lundi à mardi.", "On the night of Monday to Tuesday, voting ends."),
    ("Il a travaillé du lundi au vendredi.", "He worked the night from Monday to Friday."),
    ("Le concert a eu lieu samedi soir.", "The concert took place on the night of Saturday to Sunday."),
    ("Des coups de feu ont été entendus dans la nuit de vendredi.",
     "Shots were heard during the night of Friday to Saturday."),
    ("La nuit du 14 juillet, le feu d'artifice a été annulé.",
     "On the night of Monday to Tuesday, 14 July, the fireworks were cancelled."),
    # English phrases on the same words, no French time phrase behind them
    ("Le ministre a parlé de la fin de la journée de travail.",
     "The minister spoke at the end of the day's work about the reform."),
    ("Ce film se déroule à la fin d'une nuit à Paris.", "The film is set at the end of the night in Paris."),
    ("Elle a pleuré à la fin de la matinée de commémoration.",
     "She wept at the end of the morning of remembrance."),
    ("Le défilé a eu lieu au début de l'après-midi.", "The parade took place at the start of the afternoon."),
    ("À la fin de la nuit, les secours ont retrouvé deux survivants.",
     "At the end of the night, rescuers found two survivors."),
    ("La police est intervenue au début de la soirée électorale.",
     "Police moved in at the start of the evening on election day."),
    ("Les ventes ont reculé à la fin de la journée de jeudi.",
     "Sales fell at the end of the day on Thursday."),
    ("Le match reprendra au début de l'après-midi.", "The match will resume at the beginning of the afternoon."),
    ("Il aime les débuts de matinée calmes.", "He likes to be calm at the start of the morning."),
    ("Le verdict est tombé à la fin de la matinée d'audience.",
     "The verdict came at the end of the morning's hearing."),
    ("À la fin de la journée de mardi, le bilan était de 12 morts.",
     "At the end of the day on Tuesday, the toll stood at 12 dead."),
    ("Le président a dit qu'au bout du compte, l'accord tiendrait.",
     "The president said that at the end of the day the deal would hold."),
    ("Le vote interviendra au début de l'après-midi, après le déjeuner.",
     "The vote will come at the beginning of the afternoon, after lunch."),
    ("Le bilan sera publié avant la fin de la journée.", "The toll will be published by the end of the day."),
    ("Au début de la nuit, le vent a tourné.", "At the start of the night, the wind turned."),
    ("Les secours ont travaillé de mardi à mercredi sans relâche.",
     "Rescuers worked through the night from Tuesday to Wednesday without a break."),
]

# Correct English on the same construction that the rule does not read: edges of a week, month or year (English
# writes "at the end of the week" too), and the English renderings of the French time phrase.
NOT_READ = [
    ("Le marché a clôturé en baisse en fin de semaine.", "The market closed lower at the end of the week."),
    ("Les troupes se retireront en fin d'année.", "The troops will withdraw at the end of the year."),
    ("L'usine fermera en fin de mois.", "The plant will close at the end of the month."),
    ("Le projet a été lancé en début d'année.", "The project was launched at the beginning of the year."),
    # the source has the edge phrase, rendered in English (the shapes the references write)
    ("Le texte a été adopté en fin de matinée.", "The text was adopted late in the morning at the end of talks."),
    ("Les deux spéléologues ont été retrouvés en fin d'après-midi.",
     "The two cavers were found late on Friday afternoon, at the end of the search."),
    ("Israël a frappé mercredi en début d'après-midi.",
     "Israel struck early on Wednesday afternoon, at the start of the offensive."),
    ("Les salariés réclament le droit de partir en fin de journée.",
     "Employees want the right to leave early in the day, not at the end of the shift."),
    ("Il était de garde la nuit de Noël.", "He was on duty during the night of Christmas to Boxing Day."),
]


@pytest.mark.parametrize("source, target", QUIET)
def test_correct_english_time_phrases_are_quiet(source, target):
    assert _reaches(target)  # the example reaches the rule it is quiet under
    assert _issues(target, source) == []


@pytest.mark.parametrize("source, target", NOT_READ)
def test_english_edges_of_other_spans_and_renderings_are_quiet(source, target):
    assert _issues(target, source) == []


def test_no_source_no_flag():
    assert _issues("The text was adopted at the end of the morning.") == []


def test_a_bad_table_is_a_data_error_naming_the_file(monkeypatch):
    from mtqa.langs import language

    for lang, key, value in (("en", "leads", "at"), ("fr", "links", [3]), ("en", "night_suggest", ["x"]),
                             ("en", "suggest", "late")):
        table = dict(language(lang).extra["time_phrases"])
        table[key] = value
        monkeypatch.setitem(language(lang).extra, "time_phrases", table)
        time_phrases._source_patterns.cache_clear()
        time_phrases._target_patterns.cache_clear()
        time_phrases.source_times.cache_clear()
        with pytest.raises(DataError, match=f"{lang}.toml.*time_phrases.{key}"):
            list(time_phrases.time_calques("Adopté en fin de matinée.", "Adopted at the end of the morning.",
                                           ("fr", "en")))
        monkeypatch.undo()
    time_phrases._source_patterns.cache_clear()
    time_phrases._target_patterns.cache_clear()
    time_phrases.source_times.cache_clear()

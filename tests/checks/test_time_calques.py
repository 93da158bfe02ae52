"""A625: a French time of day rendered word for word (« en fin de matinée » -> "at the end of the morning", « dans
la nuit de mardi à mercredi » -> "in the night of Tuesday to Wednesday"), read only where the source holds the
same French phrase."""
from __future__ import annotations

from pathlib import Path

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
     "The government announced the agreement on Tuesday in end of day.",
     "in end of day", "at the end of the day"),
    ("Le gouvernement a annoncé l'accord en début de journée.",
     "The government announced the agreement at the beginning of the day.",
     "at the beginning of the day", "early in the day"),
    ("Les négociateurs se sont retrouvés en début d'après-midi.",
     "The negotiators met again at the start of the afternoon.",
     "at the start of the afternoon", "early in the afternoon"),
    # « en fin de nuit » is the small hours before dawn: "late at night" is before midnight (fx71a, B1)
    ("Le blessé est mort en fin de nuit à l'hôpital.",
     "The injured man died at the end of the night in hospital.",
     "at the end of the night", "in the early hours"),
    # the part noun ends the phrase: a closed-class word or a capital after it (fx71a, D9)
    ("Les députés ont voté en début d'après-midi.",
     "The deputies voted at the start of the afternoon in a packed chamber.",
     "at the start of the afternoon", "early in the afternoon"),
    ("Les secours sont arrivés en fin de matinée.",
     "Rescuers arrived at the end of the morning when the fire was out.",
     "at the end of the morning", "late in the morning"),
    # dated nights, the common French form (fx71a, C7)
    ("Le feu a pris dans la nuit du 13 au 14 juillet près de Marseille.",
     "The fire broke out on the night of 13 to 14 July near Marseille.",
     "on the night of 13 to 14", "overnight from 13 to 14"),
    ("Le scrutin a été clos dans la nuit de samedi 3 à dimanche 4 mars.",
     "Voting closed in the night from Saturday 3 to Sunday 4 March.",
     "in the night from Saturday 3 to Sunday 4", "overnight from Saturday 3 to Sunday 4"),
    ("La nuit du 5 au 6 septembre a été la plus chaude.",
     "The night of 5th to 6th September was the hottest.",
     "The night of 5th to 6th", "The night of 5th-6th"),
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
    # fx71a, review rv71a A1-A8: the source has « en fin/début de <part> » and the English is the translator's own.
    # Only "at"/"in" render « en »: "towards", "near", "by" are English's own leads (the references write "near
    # the end of the day", "towards the end of the afternoon"); "by" says a deadline.
    ("Le cortège s'est dispersé en fin d'après-midi.",
     "The procession dispersed towards the end of the afternoon without incident."),
    ("Le cortège s'est dispersé en fin d'après-midi.", "The procession had broken up by the end of the afternoon."),
    ("La chancellerie a indiqué en fin de journée que la ministre avait démissionné.",
     "The chancellery said near the end of the day that the minister had resigned."),
    ("En fin de nuit, les pompiers maîtrisaient le feu.",
     "Towards the end of the night, firefighters had the blaze under control."),
    ("Les secours sont arrivés en fin de matinée.", "Help arrived toward the end of the morning."),
    ("Le vote a eu lieu en début de soirée.", "The vote came near the start of the evening."),
    ("Les combats ont cessé en fin de nuit.", "The fighting stopped during the end of the night, witnesses said."),
    # "at the end of the day" with its articles: the literal time and the idiom, English's own
    ("Les négociations ont repris en fin de journée.", "Talks resumed at the end of the day."),
    ("Les magasins ferment en fin de journée le samedi.", "Shops close at the end of the day on Saturdays."),
    ("Les marchés ont clôturé en hausse en fin de journée.",
     "Markets closed higher at the end of the day's trading."),
    ("En fin de journée, le bilan s'est alourdi.", "At the end of the day, the toll had risen."),
    # the part noun modifies another noun: "evening news", "afternoon session", "morning's hearing"
    ("Le président s'exprimera en début de soirée.", "The president will speak at the start of the evening news."),
    ("Les débats reprendront en début d'après-midi.",
     "Debate will resume at the start of the afternoon session."),
    ("Le verdict est tombé en fin de matinée.", "The verdict came at the end of the morning's hearing."),
    ("Le trafic reprendra en début de matinée.", "Traffic will resume at the beginning of the morning rush hour."),
    ("Le journal paraîtra en fin de soirée.", "The paper will appear at the end of the evening edition."),
    ("La séance a été levée en fin de nuit.", "The sitting was closed at the end of the night shift."),
    # a dated night: other dates, or one date only
    ("Le feu a pris dans la nuit du 13 au 14 juillet.", "The fire broke out on the night of 14 to 15 July."),
    ("Le feu a pris dans la nuit du 14 juillet.", "The fire broke out on the night of 13 to 14 July, police said."),
    ("Le scrutin a été clos dans la nuit de samedi 3 à dimanche 4 mars.",
     "Voting closed in the night from Saturday 10 to Sunday 11 March."),
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
                             ("en", "suggest", "late"), ("en", "suggest", {"end": "late in the {prt}"}),
                             ("en", "suggest_night", {"end": "late {at night"}),
                             ("en", "night_suggest", "overnight from {first} to {day}"),
                             ("en", "suggest", {"end": "late in the {part!x}"}),
                             ("en", "night_suggest", "overnight from {first:d} to {second}"),
                             ("en", "own_leads", "at"), ("en", "after_part", [1]),
                             ("fr", "parts", {"matinée": "mornin"}), ("fr", "edges", {"fin": "finish"})):
        table = dict(language(lang).extra["time_phrases"])
        table[key] = value
        monkeypatch.setitem(language(lang).extra, "time_phrases", table)
        _clear()
        with pytest.raises(DataError, match=f"{lang}.toml.*time_phrases.{key}"):
            list(time_phrases.time_calques("Adopté en fin de matinée.", "Adopted at the end of the morning.",
                                           ("fr", "en")))
        monkeypatch.undo()
    _clear()


def _clear():
    for cached in (time_phrases._source_patterns, time_phrases._target_patterns, time_phrases.source_times,
                   time_phrases._pair, time_phrases._cues):
        cached.cache_clear()


def test_a_bad_table_stops_the_run_with_one_line_naming_file_and_key(tmp_path):
    """fx71a, D2: a bad placeholder in en.toml's suggestion ends the run with exit 2 and one line naming the file
    and key, not "internal error: KeyError"."""
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import mtqa

    root = Path(mtqa.__file__).resolve().parent.parent
    copy = tmp_path / "repo"
    shutil.copytree(root / "mtqa", copy / "mtqa", ignore=shutil.ignore_patterns("__pycache__"))
    toml = copy / "mtqa" / "data" / "langs" / "en.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('end = "late in the {part}"', 'end = "late in the {prt}"'), encoding="utf-8")
    pair = tmp_path / "pair.jsonl"
    pair.write_text('{"source": "Adopté en fin de matinée.", "target": "Adopted at the end of the morning."}\n',
                    encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(copy), MTQA_CACHE_DIR="off")
    run = subprocess.run([sys.executable, "-m", "mtqa", "check", str(pair), "--select", "A625"], env=env,
                         capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert run.returncode == 2
    assert "en.toml" in run.stderr and "time_phrases.suggest.end" in run.stderr and "{prt}" in run.stderr
    assert "internal error" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_the_screen_reads_its_words_from_the_data(monkeypatch):
    """fx71a, D3: the check's screen is the data's cue words; a link word changed in en.toml changes it."""
    from mtqa.langs import language

    target = "The text was adopted at the end upon the morning."
    assert not time_phrases.might_hold(target, "en")
    table = dict(language("en").extra["time_phrases"])
    table["link"] = ["upon"]
    monkeypatch.setitem(language("en").extra, "time_phrases", table)
    _clear()
    try:
        assert time_phrases.might_hold(target, "en")
        assert [i.suggestion for i in _issues(target, "Le texte a été adopté en fin de matinée.")] == [
            "late in the morning"]
    finally:
        monkeypatch.undo()
        _clear()


def test_the_weekday_table_is_built_once_per_language():
    """fx71a, D8: the day names are read once per language, not once per segment."""
    assert time_phrases._weekdays("en") is time_phrases._weekdays("en")


# Last read of stop 71 (lr71): a span between two figures is no night, a time word after the part modifies nothing,
# and "in the end of the day" is no English phrase of its own.
@pytest.mark.parametrize("source, target", [
    ("Un adulte a besoin d'une nuit de 7 à 8 heures de sommeil.", "An adult needs a night of 7 to 8 hours of sleep."),
    ("Il faut une nuit de 10 à 12 heures pour sécher.", "It takes a night of 10 to 12 hours to dry."),
    ("Les faits remontent à la nuit du 13 au 15 juillet.", "The events go back to the night of 13 to 15 July."),
])
def test_a_span_between_two_figures_is_no_night(source, target):
    assert _reaches(target)
    assert _issues(target, source) == []


@pytest.mark.parametrize("source, target, span", [
    ("Le ministre est arrivé en fin de matinée hier.", "The minister arrived at the end of the morning yesterday.",
     "at the end of the morning"),
    ("Le vote a eu lieu en début d'après-midi, heure locale.",
     "The vote took place at the beginning of the afternoon local time.", "at the beginning of the afternoon"),
    ("Le texte a été adopté en fin de journée.", "The text was adopted in the end of the day.",
     "in the end of the day"),
    ("Le ministre a tranché en fin de journée.", "In the end of the day, the minister decided.",
     "In the end of the day"),
])
def test_time_words_after_the_part_and_in_the_end_of_the_day_are_read(source, target, span):
    assert [i.text for i in _issues(target, source)] == [span]


# The edge of a month or a year (stop 74): « fin 2028 », « début juillet » kept bare.
@pytest.mark.parametrize("source, target, span, suggestion", [
    ("Le chantier du réacteur doit s'achever d'ici fin 2031, selon l'agence.",
     "The reactor's construction is due to finish by end 2031, according to the agency.",
     "end 2031", "the end of 2031"),
    ("Les ventes de voitures ont reculé début octobre dans toute la région.",
     "Car sales fell beginning October across the region.",
     "beginning October", "at the beginning of October"),
    ("Fin novembre, la compagnie a supprimé quarante vols.",
     "End November, the airline cancelled forty flights.",
     "End November", "At the end of November"),
])
def test_bare_edge_of_a_month_or_year_is_flagged_with_the_source_words(source, target, span, suggestion):
    found = _issues(target, source)
    assert [(target[i.start:i.end], i.suggestion) for i in found] == [(span, suggestion)]


@pytest.mark.parametrize("source, target", [
    # English's own forms: the article and "of", finance copy's hyphen
    ("Le chantier doit s'achever d'ici fin 2031.", "The construction is due to finish by the end of 2031."),
    ("La dette atteignait 90 % du PIB fin mars.", "Debt stood at 90% of GDP at end-March."),
    # a verb before a year or a date, not the edge noun
    ("Le groupe devrait finir 2031 en déficit, dès fin 2031.", "The group will end 2031 in deficit."),
    ("Les négociations prendront fin le 3 mars, fin mars donc.", "The negotiations end March 3."),
    # another month or year than the source's edge: not its copy
    ("Les ventes ont reculé début octobre.", "Sales fell beginning November."),
    # no bare edge in the source: the translator's own wording
    ("Les ventes ont reculé au début du mois d'octobre.", "Sales fell beginning October."),
])
def test_english_edges_verbs_dates_and_other_periods_are_quiet(source, target):
    assert _issues(target, source) == []


def test_the_message_names_the_source_words():
    found = _issues("Prices fell end March.", "Les prix ont baissé fin mars.")
    assert len(found) == 1 and "« fin mars »" in found[0].message


# A duration after "since" (stop 74): « depuis un siècle » kept as "since a century".
@pytest.mark.parametrize("source, target, span, suggestion", [
    ("La Sibérie n'avait pas connu un tel froid depuis un siècle.",
     "Siberia had not known such a cold since a century.", "since a century", "for a century"),
    ("Le musée détenait ces statuettes depuis plus d'un siècle.",
     "The museum had held these statuettes since more than a century.",
     "since more than a century", "for more than a century"),
    ("Les cheminots sont en grève depuis trois semaines.",
     "Since three weeks, the railway workers are on strike.", "Since three weeks", "For three weeks"),
    ("Les cheminots sont en grève depuis 12 jours.",
     "The railway workers are on strike since 12 days.", "since 12 days", "for 12 days"),
])
def test_since_with_a_duration_is_flagged(source, target, span, suggestion):
    found = _issues(target, source)
    assert [(target[i.start:i.end], i.suggestion) for i in found] == [(span, suggestion)]
    assert "« depuis »" in found[0].message


@pytest.mark.parametrize("source, target", [
    # English: "for" before a duration, "since" before a point in time
    ("Les cheminots sont en grève depuis trois semaines.", "The railway workers have been on strike for three weeks."),
    ("Les cheminots sont en grève depuis le 3 mars.", "The railway workers have been on strike since March 3."),
    ("Les cheminots sont en grève depuis trois semaines.", "They have been on strike since three weeks ago."),
    ("Il n'avait pas neigé depuis deux ans.", "It had not snowed since two years earlier."),
    # no « depuis » + a duration in the source: the English is the translator's
    ("Les cheminots sont en grève depuis lundi.", "The railway workers are on strike since a week."),
])
def test_since_before_a_point_in_time_or_without_depuis_is_quiet(source, target):
    assert _issues(target, source) == []


def test_since_with_a_duration_is_screened_on_the_profiles_word(monkeypatch):
    """fr74-a item 7: the screen and the pattern read the same ``time_phrases.since``; a data copy that names
    another word is read by both, not screened out on the literal "since"."""
    from mtqa.langs import language

    table = dict(language("en").extra["time_phrases"])
    table["since"] = ["from"]
    monkeypatch.setitem(language("en").extra, "time_phrases", table)
    caches = [getattr(time_phrases, name) for name in ("_duration_pattern", "_duration_target")
              if hasattr(time_phrases, name)]
    for cached in caches:
        cached.cache_clear()
    try:
        found = _issues("The dockers are on strike from three weeks.", "Les dockers sont en grève depuis trois semaines.")
        assert [i.suggestion for i in found] == ["for three weeks"]
        assert [m.group() for m in time_phrases.since_durations("on strike from two weeks ago", "en")] == []
    finally:
        monkeypatch.undo()
        for cached in caches:
            cached.cache_clear()


def test_the_counter_reads_the_checks_own_readers():
    """fr74-a item 7: bench/measure_calques.py counts A625's shapes through the public readers, no private copy."""
    text = (Path(__file__).resolve().parents[2] / "bench" / "measure_calques.py").read_text(encoding="utf-8")
    assert "since_durations" in text and "bare_periods" in text
    assert "_duration_pattern" not in text and "_period_target" not in text and "duration_not_after" not in text


def test_the_bare_period_pattern_looks_for_the_edge_before_its_lookbehinds():
    # the edge word is looked ahead for first (stop 76, speed): the matches are those of the pattern without it
    import re

    pattern = time_phrases._period_target("en")[0]
    plain = re.compile(re.sub(r"\(\?=\(\?i:[^()]*\)\)", "", pattern.pattern, count=1), pattern.flags)
    assert plain.pattern != pattern.pattern
    text = ("Sales fell end March, beginning 2014 and beginning 2015, will end 2013 with a deficit, the end 2012 ; End November, "
            "talks end March 3, start-up end-May, year start 2015, BEGINNING JULY and start\u00a0April.")
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(pattern.findall(text)) >= 3

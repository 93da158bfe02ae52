"""Correct English of the shapes stop 71's review mend (fx71c) reads: a figure kept or named in its English form
(« Artemis 2 » as Artemis II, « Roland-Garros 2022 » as the 2022 French Open), a tier left out of a name the English
writes whole (« Masters 1000 de Monte-Carlo »), a score written another way, a clock time of the small hours kept as
a time, a duration in minutes after its cue, a half kept in words or decimals, comma-listed clock times. Each must
stay quiet (A401, A402, A403); the project's own sentences."""
from __future__ import annotations

import pytest

from tests.checks.accuracy_helpers import aligned_pair, codes_of_pair

NUM = ("A401", "A402", "A403")

QUIET = [
 ("Le Boeing 737 s'est écrasé peu après le décollage.", 'The Boeing 737 crashed shortly after take-off.'),
 ("La mission Apollo 11 a marqué l'histoire.", 'The Apollo 11 mission made history.'),
 ('Le Boeing 737 MAX est de nouveau autorisé à voler.', 'The 737 MAX is cleared to fly again.'),
 ('Les astronautes de la mission Artemis 2 sont arrivés en Floride.', 'The Artemis II astronauts arrived in Florida.'),
 ('Le comité de Paris 2024 a présenté son budget.', 'The Paris 2024 organising committee presented its budget.'),
 ('Il a gagné Roland-Garros 2022 en battant Ruud.', 'He won the 2022 French Open by beating Ruud.'),
 ('Le Masters 1000 de Monte-Carlo débute dimanche.', 'The Monte-Carlo Masters begins on Sunday.'),
 ("Le tournoi Open 13 de Marseille a été avancé d'une semaine.", 'The Marseille Open was moved a week earlier.'),
 ('Djokovic a remporté le Masters 1000 de Rome pour la sixième fois.', 'Djokovic won the Rome Masters for the sixth time.'),
 ('Le PSG a battu Lyon 3 à 1 dimanche.', 'PSG beat Lyon 3-1 on Sunday.'),
 ('Le PSG a battu Lyon 3 à 1 dimanche.', 'PSG beat Lyon three goals to one on Sunday.'),
 ('Le pilote a signé sa première victoire en Formule 1 dimanche.', 'The driver took his first Formula One win on Sunday.'),
 ('Le club évolue en Ligue 2 depuis trois saisons.', 'The club has played in Ligue 2 for three seasons.'),
 ('Les dirigeants du G20 se retrouvent à Rio.', 'G20 leaders meet in Rio.'),
 ('La chaîne France 2 a diffusé le débat mardi soir.', 'France 2 aired the debate on Tuesday evening.'),
 ('Il est né à Lyon 3 ans avant la guerre.', 'He was born in Lyon three years before the war.'),
 ("L'explosion a eu lieu vers 4 h 30 du matin.", 'The explosion happened at around 4.30am.'),
 ("L'explosion a eu lieu vers 4 h 30 du matin.", 'The explosion happened at about 4:30 in the morning.'),
 ('Le départ est fixé à 3 h 20 du matin.', 'The start is set for 3:20 a.m.'),
 ('Les secours sont arrivés à 1 h 10.', 'Rescuers arrived at 1:10.'),
 ('Le magasin ouvre dès 2 h 15 le samedi.', 'The shop opens from 2:15 on Saturdays.'),
 ('Le match a duré 1 h 30 avant la séance de tirs au but.', 'The match lasted 90 minutes before the penalty shoot-out.'),
 ('Le match a duré 1 h 30 avant la séance de tirs au but.', 'The match lasted an hour and a half before the penalty shoot-out.'),
 ('Elle a gagné en 2 h 41 de jeu.', 'She won after 161 minutes.'),
 ('Elle a gagné en 2 h 41 de jeu.', 'She won in two hours and 41 minutes.'),
 ('Les pompiers sont intervenus pendant 1 h 45.', 'Firefighters were at work for 105 minutes.'),
 ('Le film dure deux heures quarante-cinq.', 'The film runs for 165 minutes.'),
 ('Le film dure deux heures quarante-cinq.', 'The film runs for two hours and forty-five minutes.'),
 ('La séance a duré une heure vingt.', 'The session lasted 80 minutes.'),
 ('Le vol a duré 3 h 20 depuis Montréal.', 'The flight from Montreal took 200 minutes.'),
 ('Les secours sont arrivés au bout de 1 h 10.', 'Rescuers arrived after 70 minutes.'),
 ("Il a couru pendant 12 minutes et demie sans s'arrêter.", 'He ran for twelve and a half minutes without stopping.'),
 ('Le siège a duré 3 semaines et demie.', 'The siege lasted three and a half weeks.'),
 ('Le discours a duré 47 minutes et demie.', 'The speech lasted 47.5 minutes.'),
 ('Le chantier a pris 2 ans et demi.', 'The works took two and a half years.'),
 ('Les tirs ont eu lieu à 21:15,21:19.', 'The shots were fired at 21:15 and 21:19.'),
 ('Les tirs ont eu lieu à 21:15,21:19.', 'The shots were fired at 9:15 pm and 9:19 pm.'),
 ('Les deux buts ont été marqués à 20:05,20:48.', 'The two goals came at 20:05 and 20:48.'),
 ('Il a fini en 1:10,27 devant Bolt.', 'He finished in 1:10.27 ahead of Bolt.'),
 ('Le train part à 4 h 30 et arrive à 6 h.', 'The train leaves at 4.30 and arrives at 6.'),
 ('La réunion, prévue vers 2 h 45 du matin, a été annulée.', 'The meeting, planned for about 2.45am, was cancelled.'),
 ('Le marathon a duré 2 heures et cinquante-huit minutes pour elle.', 'The marathon took her 178 minutes.'),
 ("Les secours sont arrivés après 1 h 05.", "Rescuers arrived after 65 minutes."),  # après a duration cue too
]


@pytest.mark.parametrize("source,target", QUIET)
def test_correct_renderings_of_names_figures_and_times_are_quiet(source, target):
    assert codes_of_pair(aligned_pair([("Le titre", "The title"), (source, target)]), NUM) == []

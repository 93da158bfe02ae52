"""F503 mass-noun-plural: a French plural kept on an English mass noun, and what stays quiet."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs import mass_nouns
from mtqa.langs.mass_nouns import is_plural, mass_plurals

ROOT = Path(__file__).resolve().parents[2]


def _issues(target: str, source: str | None):
    ctx = Context(Config(select=("F503",)))
    return [(i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues if i.code == "F503"]


@pytest.mark.parametrize("source, target, span, suggestion", [
    ("L'ancien officier est accusé de tortures et de crimes contre l'humanité.",
     "The former officer is accused of tortures and crimes against humanity.", "tortures", "torture"),
    ("Les infrastructures ferroviaires ont été gravement endommagées par le séisme.",
     "The rail infrastructures were badly damaged by the earthquake.", "infrastructures", "infrastructure"),
    ("La police a recueilli des informations auprès des habitants.",
     "Police gathered informations from residents.", "informations", "information"),
    ("Ses recherches sur le paludisme ont été récompensées.",
     "Her researches on malaria were rewarded.", "researches", "research"),
    ("L'armée a livré des équipements de protection aux hôpitaux.",
     "The army delivered protective equipments to hospitals.", "equipments", "equipment"),
    ("De nouvelles violences ont fait quatre morts vendredi dans le nord de l'Irak.",
     "New violences killed four people on Friday in northern Iraq.", "violences", "violence"),
    ("Les interférences électroniques ne menacent pas les avions.",
     "Electronic interferences do not threaten the planes.", "interferences", "interference"),
])
def test_a_french_plural_kept_on_a_mass_noun_is_flagged_with_the_singular(source, target, span, suggestion):
    assert _issues(target, source) == [(span, suggestion)]


def test_a_capitalised_plural_opening_the_sentence_keeps_its_capital():
    assert _issues("Informations on the crash were scarce.", "Les informations sur l'accident étaient rares.") == [
        ("Informations", "Information")]


def test_without_the_french_plural_the_english_plural_is_not_its_copy():
    # the source has the noun in the singular, or not at all: "researches" may be English's own
    assert _issues("Her researches on malaria were rewarded.", "Sa recherche sur le paludisme a été récompensée.") == []
    assert _issues("Her researches on malaria were rewarded.", "Elle a été récompensée.") == []
    assert _issues("Her researches on malaria were rewarded.", None) == []


QUIET = [
    # the mass noun in the singular, as English writes it (the source's plural rendered right)
    ("Les autorités ont publié des informations sur l'accident.", "The authorities released information on the crash."),
    ("Les infrastructures du pays sont vétustes.", "The country's infrastructure is ageing."),
    ("Il est accusé de tortures.", "He is accused of torture."),
    ("Ses recherches portent sur le climat.", "Her research focuses on the climate."),
    ("Les équipements médicaux manquent.", "Medical equipment is in short supply."),
    ("Les violences ont repris dans la nuit.", "The violence resumed overnight."),
    ("Les preuves sont accablantes.", "The evidence is overwhelming."),
    ("Les bagages ont été fouillés.", "The luggage was searched."),
    ("Les financements publics ont baissé.", "Public funding fell."),
    ("Les données ont été effacées.", "The data were erased."),
    ("Les logiciels de l'entreprise ont été piratés.", "The company's software was hacked."),
    ("Les connaissances des élèves ont progressé.", "The pupils' knowledge improved."),
    ("Les dépenses de santé ont augmenté.", "Health spending rose."),
    ("Les écoutes de la NSA ont choqué l'Europe.", "The NSA's eavesdropping shocked Europe."),
    ("Les transports en commun sont gratuits.", "Public transport is free."),
    ("Les munitions manquent sur le front.", "Ammunition is running short at the front."),
    ("Les meubles ont brûlé.", "The furniture burned."),
    ("Les essais au sol ont été concluants.", "The ground testing was conclusive."),
    # a verb in -s, not a plural noun (the source has a French plural elsewhere)
    ("Le laboratoire étudie les maladies rares et publie ses recherches.",
     "The laboratory researches rare diseases and publishes its findings."),
    ("Le régime, qui torture les opposants, nie les tortures.",
     "The regime, which tortures opponents, denies the abuse."),
    ("Elle soutient les réformes malgré les critiques et les soutiens perdus.",
     "She supports the reforms despite the criticism and the backing she lost."),
    ("Il finance ses recherches grâce aux dons.", "He researches the subject with money from donations."),
    ("Le groupe transporte des marchandises et les équipements.", "The group transports goods and the equipment."),
    # a plural with a sense of its own, or a countable noun, in the table or not
    ("Le tribunal lui a accordé des dommages et intérêts.", "The court awarded him damages."),
    ("Les armes ont été saisies.", "The arms were seized."),
    ("Les dommages sont estimés à 3 millions d'euros.", "The damage is estimated at 3 million euros."),
    ("Les présidents des deux pays se sont rencontrés.", "The presidents of the two countries met."),
    ("Les budgets des ministères ont été réduits.", "Ministry budgets were cut."),
    ("Les comportements à risque augmentent chez les jeunes.", "Risky behaviour is on the rise among the young."),
    ("Les efforts des secouristes ont payé.", "The rescuers' efforts paid off."),
    ("Les investissements étrangers ont reculé.", "Foreign investments fell."),
    ("Les attaques se sont multipliées.", "The attacks multiplied."),
    ("Les manifestations ont réuni des milliers de personnes.", "The protests drew thousands of people."),
    ("Les ressources naturelles du pays attirent les investisseurs.", "The country's natural resources attract investors."),
    ("Les négociations ont échoué.", "The negotiations failed."),
    ("Les mesures de sécurité ont été renforcées.", "Security measures were tightened."),
    # a capitalised plural inside a name
    ("Le festival Résistances s'ouvre à Foix.", "The Resistances Festival opens in Foix."),
    ("Les Informations Dernières ont cessé de paraître.", "The daily Les Informations Dernières closed."),
    # the English plural in a sense of its own, the source in the singular
    ("Le musée expose des fromages et un équipement ancien.", "The museum shows cheeses and old equipment."),
    ("La recherche du disparu continue.", "The search for the missing man goes on."),
    ("Il a fallu des années de recherche.", "It took years of research."),
    ("Les tortures de l'enfer sont décrites par Dante.", "The torments of hell are described by Dante."),
]


@pytest.mark.parametrize("source, target", QUIET)
def test_correct_english_is_quiet(source, target):
    assert _issues(target, source) == []


def test_the_learned_table_holds_mass_nouns_and_not_countable_ones():
    table = mass_plurals("en")
    assert {"informations", "infrastructures", "tortures", "equipments", "researches"} <= set(table)
    assert table["informations"] == "information"
    assert not {"damages", "presidents", "efforts", "attacks", "budgets", "arms"} & set(table)


def test_a_french_plural_is_a_word_ending_like_one_whose_singular_is_a_word():
    assert is_plural("tortures", "fr") and is_plural("infrastructures", "fr") and is_plural("dommages", "fr")
    assert not is_plural("progrès", "fr") and not is_plural("torture", "fr")


def test_a_bad_row_of_the_table_is_a_data_error_naming_file_and_line(tmp_path, monkeypatch):
    folder = tmp_path / "lexmodel"
    folder.mkdir()
    (folder / "mass_nouns.en.tsv").write_text("# comment\nsingular\tplural\tzipf_singular\n"
                                              "information\tinformations\t5.43\ntorture\n", encoding="utf-8")
    monkeypatch.setattr(mass_nouns, "data_path", lambda *parts: tmp_path.joinpath(*parts))
    mass_nouns.mass_plurals.cache_clear()
    try:
        with pytest.raises(DataError, match=r"mass_nouns\.en\.tsv:4"):
            mass_nouns.mass_plurals("en")
    finally:
        mass_nouns.mass_plurals.cache_clear()


def test_the_shipped_table_is_what_the_script_builds():
    data = ROOT.parent / "shared" / "data"
    if not (data / "newstest-fren-2008-2015").is_dir() or not Path("/usr/share/wordnet/index.noun").is_file():
        pytest.skip("the WMT data or WordNet is absent")
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "mass_nouns.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr

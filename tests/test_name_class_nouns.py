"""A name's class noun copied in the French lower case (F302): « la fondation Edhi » -> "the Edhi foundation".

The evidence is the aligned source writing the French noun with the name; the noun is read only on the side
where English writes it inside the name (after it, before "of", or before it for a saint).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtqa.api import check_texts


def _f302(source: str, target: str) -> list[tuple[str, str]]:
    result = check_texts("Title\n\n" + target, source="Titre\n\n" + source)
    return [(i.text, i.suggestion) for i in result.issues if i.code == "F302"]


def test_a_foundation_after_its_name_is_capitalised():
    source = "Les secours ont été organisés par la fondation Chhipa, qui gère des ambulances à Lahore."
    assert _f302(source, "Relief was organised by the Chhipa foundation, which runs ambulances in Lahore.") \
        == [("foundation", "Foundation")]
    assert _f302(source, "Relief was organised by the Chhipa Foundation, which runs ambulances in Lahore.") == []


def test_a_ministry_before_of_and_its_translated_name():
    source = "Le ministère de l'Agriculture et de la Pêche a publié ses chiffres jeudi."
    assert _f302(source, "The ministry of Agriculture and Fisheries published its figures on Thursday.") \
        == [("ministry", "Ministry")]


def test_a_saint_before_the_name_and_a_national_park_after_it():
    source = "Une fresque de sainte Catherine a été retrouvée près du parc national de Gorongosa."
    assert _f302(source, "A fresco of saint Catherine was found near the Gorongosa national park.") \
        == [("saint", "Saint"), ("national park", "National Park")]


def test_no_flag_without_the_source_name_nor_in_apposition_nor_described():
    # the source has no such name: the noun is the translation's common word
    assert _f302("Une association caritative a distribué des repas aux Roms.",
                 "A charity foundation handed out meals to the Roma.") == []
    # a foreign name in apposition after the noun: English writes the noun in lower case
    assert _f302("La fondation Szabad Jövő a reçu un don.", "The foundation Szabad Jövő received a gift.") == []
    # an indefinite determiner makes a description
    assert _f302("Elle a créé une fondation Dupont pour les arts.", "She set up a Dupont foundation for the arts.") == []
    # an indefinite determiner with an adjective between is a description too
    assert _f302("Elle a créé une nouvelle fondation Dupont pour les arts.",
                 "She set up a new Dupont foundation for the arts.") == []


def test_the_quoted_source_name_leaves_the_full_stop_out():
    result = check_texts("Title\n\nRelief was organised by the Chhipa foundation.",
                         source="Titre\n\nLes secours ont été organisés par la fondation Chhipa.")
    found = [i for i in result.issues if i.code == "F302"]
    assert len(found) == 1 and "fondation Chhipa" in found[0].message and "Chhipa." not in found[0].message


SHIPPED = Path(__file__).resolve().parents[1] / "mtqa" / "data" / "names" / "name_class_nouns.fr-en.tsv"


@pytest.mark.parametrize("old, new, said", [
    ("fondation\tfoundation\tafter\n", "fondation\tfoundation\taftr\n", "'aftr'"),  # a misspelt place
    ("fondation\tfoundation\tafter\n", "fondation\tfoundation\t\n", "places"),  # no places: F302 blind
    ("fondation\tfoundation\tafter\n", "fondation\tfoundation\tafter\nfondations\tfoundation\tbefore\n",
     "'foundation'"),  # one English noun, two sets of places: one would be lost
    ("fondation\tfoundation\tafter\n", "fondation\tfoundation\tafter\nfondation\tfund\tafter\n", "'fondation'"),
])
def test_a_faulty_row_of_a_copy_is_one_line_naming_the_file_and_line(tmp_path, old, new, said):
    folder = tmp_path / "data" / "names"
    folder.mkdir(parents=True)
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    (folder / SHIPPED.name).write_text(text.replace(old, new), encoding="utf-8")
    line = text.splitlines().index(old.rstrip("\n")) + 1 + (new.count("\n") - 1)
    doc = tmp_path / "doc.jsonl"
    doc.write_text(json.dumps({"source": "La fondation Edhi a envoyé des ambulances.",
                               "target": "The Edhi foundation sent ambulances."}) + "\n", encoding="utf-8")
    env = {**os.environ, "MTQA_DATA": str(tmp_path / "data")}
    env.pop("MTQA_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "mtqa", "check", str(doc), "--select", "F302"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"{SHIPPED.name}:{line}" in lines[0] and said in lines[0], lines[0]


def test_a_time_adverbial_before_the_name_is_no_indefinite_determiner():
    """"Every year" opens a time adverbial: the name's class noun after it is still the name's."""
    assert _f302("Chaque année, la fondation Edhi aide des milliers de familles.",
                 "Every year Edhi foundation helps thousands of families.") != []

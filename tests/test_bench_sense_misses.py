"""bench/sense_misses.py: what the lexical model says of a mistranslation's words, and a missing misses file
refused with one line (exit 2)."""
from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import sense_misses  # noqa: E402

from mtqa.langs.lexmodel import load_lexmodel  # noqa: E402
from mtqa.meaning.align import function_stems, segment_alignment  # noqa: E402


def cause(source: str, target: str, note: str, trap: str) -> str:
    model = load_lexmodel("fr", "en")
    fsrc, _ = function_stems("fr", "en")
    wa = segment_alignment(source, target, "fr", "en")
    span = [j for j, t in enumerate(wa.target) if t.lower == trap]
    i = sense_misses.source_index(wa, note, span, fsrc)
    return sense_misses.word_cause(model, wa, i, span)


def test_a_trap_the_model_gives_as_the_words_dominant_rendering_is_told_apart():
    # « championnat » of a football league: "championship" is what news writes most often for the word
    assert cause("Le championnat camerounais est suspendu depuis mars.",
                 "The Cameroonian championship has been suspended since March.",
                 "championnat (football league)", "championship") == "trap-dominant"


def test_a_dictionary_sense_news_never_used_is_told_apart():
    assert cause("Le parquet a requis dix ans de prison contre l'ancien ministre.",
                 "The floor requested ten years in prison against the former minister.",
                 "le parquet = the prosecution", "floor") == "trap-dictionary-only"


def test_a_missing_misses_file_is_one_line_and_exit_2(capsys):
    assert sense_misses.main(["--tag", "no-such-run-of-the-articles-bench"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no-such-run-of-the-articles-bench" in err


def test_a_note_opening_on_an_auxiliary_names_the_participle_not_the_auxiliary():
    # « a abandonné » of a race: the word rendered in the wrong sense is the participle; « a » is no content word
    fsrc, _ = function_stems("fr", "en")
    wa = segment_alignment("Le skipper a abandonné la course après une avarie.",
                           "The skipper abandoned the race after a breakdown.", "fr", "en")
    span = [j for j, t in enumerate(wa.target) if t.lower == "abandoned"]
    i = sense_misses.source_index(wa, "a abandonné (the race) = retired", span, fsrc)
    assert wa.source[i].lower == "abandonné"

"""T108 and T201 look up each segment's names with plain searches and module-level patterns: no regular
expression is compiled per segment (the project's rule; a compile per name and segment costs on a corpus)."""
import re
import sys

from tests.checks.test_recall_checks import flags

WATCHED = ("foreign_first_names.py", "exonyms.py", "exonym_forms.py")  # T201 and the name forms it reads


def _compiles_during(monkeypatch, rows) -> list[str]:
    seen = []
    real = re.compile

    def counting(pattern, flags=0):
        caller = sys._getframe(1).f_code
        if caller.co_filename.endswith(WATCHED):
            seen.append(caller.co_name)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    for code, source, target in rows:
        flags(code, source, target)
    return seen


def test_t108_and_t201_compile_no_pattern_per_segment(monkeypatch):
    warm = [("T108", "Le pâtissier belge Luc Ibáñez ouvre.", "The Belgian pastry chef Luc Ibáñez opens."),
            ("T201", "L'armateur Aristote Onassis est mort.", "The shipowner Aristote Onassis died.")]
    for code, source, target in warm:  # tables and module patterns built once
        flags(code, source, target)
    new = [("T108", "Le pâtissier français Marc Núñez ouvre.", "The French pastry chef Marc Núñez opens."),
           ("T108", "Le torero Léonard Hernández a annulé.", "The bullfighter Léonard Hernández cancelled."),
           ("T201", "Il a rencontré Aristote Onassis.", "He met Aristote Onassis.")]
    assert flags("T201", *new[2][1:]) == [("Aristote", "Aristotle")]  # the figure borne as a first name
    assert _compiles_during(monkeypatch, new) == []

"""A206's hyphen-tail patterns (inverted pronouns, demonstrative tails) are screened by the hyphen and tail alone."""
from __future__ import annotations

import pytest

from mtqa.checks.fragments import _inversion_re, _tail_re
from mtqa.langs import language

TEXTS = [
    '"It is over," ajouta-t-il.',
    "The measure divisera-t-elle the lawmakers?",
    "These bosons-là are not so exotic; Ceux-ci accounted for 11%.",
    "Kim Jong-il is dead, it was learned.",
    "He bought an add-on, dit-on, for the well-known spin-off.",
    "A twenty-one-year-old from Saint-Denis won the one-on-one.",
    "dit-ils-bas, a-t-elles, -il, x-il-, on-line and sur-là-bas",
    "Non-ASCII: « reste-t-il » et Les-Ci-Là, déjà-vu, là-bas.",
    "No hyphen at all in this sentence.",
]


class _Unread:
    """A pattern that must not be searched."""

    def finditer(self, text):
        raise AssertionError(f"the full pattern was searched in {text!r}")


@pytest.mark.parametrize("build", [_inversion_re, _tail_re])
def test_a_text_without_a_hyphen_and_tail_is_not_searched_with_the_full_pattern(build):
    tails = build(language("fr"))
    unread = tails._replace(pattern=_Unread())
    for text in ("A twenty-one-year-old from Saint-Denis won the spin-off.", "No hyphen at all."):
        assert list(unread.finditer(text)) == []


@pytest.mark.parametrize("build", [_inversion_re, _tail_re])
def test_the_screened_matches_are_the_full_patterns(build):
    tails = build(language("fr"))
    for text in TEXTS:
        assert [m.groups() + m.span() for m in tails.finditer(text)] == \
            [m.groups() + m.span() for m in tails.pattern.finditer(text)]
    assert any(True for text in TEXTS for _ in tails.finditer(text))  # the texts hold matches to keep


GRAIN_TEXTS = [
    "There avait30 reporters, and 20 $au bureau, the américain- side.",
    'He praised the "Fair Trade"qui helps growers àManchester and inÉtat.',
    "Le débatÉlectoral à 14h: « reste-t-il » 2,5€de plus — oùÇa?",
    "McDONALD and NASA met the ǅupan of Ⅻth district²3 at №5.",
    "中文报道 said 3中国 firms, and Σσς-bank lost €4m—again.",
    "Plain English text with no grain in it at all.",
    "l'Observatoire qu'il lorsqu'elle d'autres, jusqu'àParis",
]


def _every_run(text):
    """The reference: every letter run of the text is a candidate."""
    from mtqa.checks.fragments import _RUN

    return [(m.group(), m.start()) for m in _RUN.finditer(text)]


def test_the_candidate_runs_give_the_grains_of_every_run(monkeypatch):
    from mtqa.checks import fragments

    found = {text: list(fragments.grains(text)) for text in GRAIN_TEXTS}
    monkeypatch.setattr(fragments, "_candidate_runs", _every_run)
    assert found == {text: list(fragments.grains(text)) for text in GRAIN_TEXTS}
    assert sum(map(len, found.values())) >= 8  # the texts hold grains to find


def test_the_shape_table_stays_bounded_and_answers_alike(monkeypatch):
    from mtqa.checks import fragments

    monkeypatch.setattr(fragments, "SHAPES", 16)
    monkeypatch.setattr(fragments, "_SHAPE_TABLE", fragments._ShapeTable())
    text = "".join(chr(c) for c in range(0x4E00, 0x4E40)) + " Émile àParis 3€"
    first = fragments._shapes(text)
    assert len(fragments._SHAPE_TABLE) <= 16
    assert fragments._shapes(text) == first
    assert first[0][-15:] == "Aaaaa aAaaaa !!"  # letters by case, the space, the figure and the euro sign


SCREEN_PAIRS = [
    ("Il y avait 30 journalistes dans la salle.", "There avait30 journalists in the room."),
    ("Le prix a baissé de 20 $ au total.", "The price fell by 20 $au total."),
    ("Il l'a dit avec Willard à Londres.", "He said it avecWillard in London."),
    ("Le groupe américain a gagné.", "The américain- group won."),
    ("Les ventes d'iPhone reculent, selon Apple.", "Sales of iPhone fall, selon-Apple says."),
    ("Elle est partie avant la fin.", "She left avantDawn, before the end."),
    ("Le maire de Lyon a signé l'accord.", "The mayor of Lyon signed the deal."),
    ("Ils s'agit d'une réforme.", "Ils'agit a reform, fusilsd'assaut included."),
    ("Le débat électoral commence à 14h.", "The electoral debate starts at 14h."),
]


def test_the_run_grain_screen_leaves_the_fragment_reports_unchanged(monkeypatch):
    """A206 reports the same fragments with its screen (:func:`_may_hold_run_grain`) as with every text's
    grains read, and the screen does set aside texts that hold no source word as a grain."""
    from mtqa.api import check_texts
    from mtqa.checks import fragments

    def reports():
        return [[(i.code, i.seg_start, i.seg_end, i.message) for i in check_texts(target, source=source).issues
                 if i.code == "A206"] for source, target in SCREEN_PAIRS]

    screened = reports()
    asked = []
    real = fragments._may_hold_run_grain

    def always(text, ctx):
        asked.append(real(text, ctx))
        return True

    monkeypatch.setattr(fragments, "_may_hold_run_grain", always)
    assert reports() == screened
    assert sum(map(len, screened)) >= 4  # the texts hold fragments to report
    assert False in asked and True in asked  # the screen both passes and sets aside texts

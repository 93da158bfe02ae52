"""Duplication (A101, A102) and omission/addition (A301-A304)."""
from __future__ import annotations

import pytest

from mtqa.model import Document, DocumentPair, Link, Role, Segment
from mtqa.api import check_pair
from tests.checks.accuracy_helpers import aligned_pair, codes_of_pair, codes_of_text, context, issues_of_text

DUP = ("A101", "A102")
OMI = ("A301", "A302", "A303", "A304")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Rocket lands safely\n\nRocket lands safely\n\nThe crew returned on Sunday.", ["A101"]),
        ("Rocket lands safely\n\nRocket Lands Safely.\n\nThe crew returned on Sunday.", ["A101"]),
        ("Rocket lands safely on the steppe\n\nRocket lands safely on the steppe The crew returned.", ["A101"]),
        ("Rocket lands safely\n\nThe crew returned to Earth on Sunday.", []),
        ("Paris (AFP)\n\nParis (AFP)\n\nThe crew returned on Sunday.", []),  # too short to matter
        ("Storm hits\n\nThousands of homes lost power on the coast overnight.\n\nThe storm moved north.\n\n"
         "Thousands of homes lost power on the coast overnight.", ["A102"]),
        ("Storm hits\n\nThousands of homes lost power on the coast overnight.\n\nThe storm moved north.\n\n"
         "Thousands of homes have lost power on the coast overnight.", ["A102"]),
        ("Storm hits\n\nRead more.\n\nThe storm moved north.\n\nRead more.", []),
        ("Storm hits\n\nThousands of homes lost power.\n\nThe storm moved north by morning.", []),
    ],
)
def test_duplication(text, expected):
    assert codes_of_text(text, DUP) == expected


def test_repeat_of_a_repeated_source_is_faithful():
    refrain = ("« Nous ne céderons jamais devant la menace », a-t-il répété.",
               "\"We will never give in to the threat,\" he repeated.")
    pair = aligned_pair([("Titre", "Headline"), refrain, ("Autre chose.", "Something else."), refrain])
    assert codes_of_pair(pair, DUP) == []
    pair = aligned_pair([("Titre", "Headline"), refrain, ("Autre chose.", "Something else."),
                         ("Une phrase source toute différente ici.", refrain[1])])
    assert codes_of_pair(pair, DUP) == ["A102"]


def test_headline_the_source_repeats_is_faithful():
    head = ("la vie qu'il a défendue contre la guerre", "the life he defended against war")
    pair = aligned_pair([head, ("la vie qu'il a défendue contre la guerre et la faim", "the life he defended against war")])
    assert codes_of_pair(pair, DUP) == []
    pair = aligned_pair([head, ("Il est mort hier à Lyon.", "the life he defended against war")])
    assert codes_of_pair(pair, DUP) == ["A101"]


def _pair(src: list[str], tgt: list[str], links: list[tuple[tuple, tuple, float]]) -> DocumentPair:
    def doc(lang, texts):
        d = Document(id="d", path=None, lang=lang)
        for n, t in enumerate(texts):
            d.segments.append(Segment(n, t, Role.HEADLINE if n == 0 else Role.BODY, n, 2 * n + 1, 0))
            d.lines[2 * n + 1] = t
        return d

    return DocumentPair(id="d", target=doc("en", tgt), source=doc("fr", src),
                        links=[Link(s, t, c) for s, t, c in links])


SRC = ["Le vaisseau est revenu", "La capsule a atterri dimanche matin au Kazakhstan.",
       "Les trois membres d'équipage sont en bonne santé.", "Ils rentreront à Moscou demain."]
TGT = ["The ship came back", "The capsule landed on Sunday morning in Kazakhstan.",
       "They will return to Moscow tomorrow."]


def test_omitted_segment_reported_after_the_gap():
    pair = _pair(SRC, TGT, [((0,), (0,), 1.0), ((1,), (1,), 1.0), ((2,), (), 0.9), ((3,), (2,), 1.0)])
    from mtqa.api import check_pair
    from tests.checks.accuracy_helpers import context

    issues = check_pair(pair, context(OMI)).issues
    assert [(i.code, i.line, i.text) for i in issues] == [("A301", 3, TGT[1])]
    assert "line 5" in issues[0].message and "trois membres" in issues[0].message


def test_omission_at_the_start_goes_on_the_first_sentence():
    pair = _pair(SRC[1:], TGT[1:], [((0,), (), 0.9), ((1,), (0,), 1.0), ((2,), (1,), 1.0)])
    from mtqa.api import check_pair
    from tests.checks.accuracy_helpers import context

    issues = check_pair(pair, context(OMI)).issues
    assert [(i.code, i.text) for i in issues] == [("A301", TGT[1])]
    assert "before this sentence" in issues[0].message


def test_unsure_or_short_gaps_are_not_reported():
    pair = _pair(SRC, TGT, [((0,), (0,), 1.0), ((1,), (1,), 1.0), ((2,), (), 0.3), ((3,), (2,), 1.0)])
    assert codes_of_pair(pair, OMI) == []
    short = SRC[:2] + ["Photo AFP."] + SRC[3:]
    pair = _pair(short, TGT, [((0,), (0,), 1.0), ((1,), (1,), 1.0), ((2,), (), 0.9), ((3,), (2,), 1.0)])
    assert codes_of_pair(pair, OMI) == []


def test_added_segment():
    tgt = TGT[:2] + ["Shares in the company rose sharply after the announcement."] + TGT[2:]
    pair = _pair([SRC[0], SRC[1], SRC[3]], tgt, [((0,), (0,), 1.0), ((1,), (1,), 1.0), ((), (2,), 0.9), ((2,), (3,), 1.0)])
    assert codes_of_pair(pair, OMI) == ["A302"]


@pytest.mark.parametrize(
    "source,target,expected",
    [
        # 0.1th/99.9th percentile bounds of human translations (pair data)
        ("Le directeur de l'agence spatiale a accueilli les trois membres de l'équipage à leur descente de la capsule.",
         "The director welcomed them.", ["A303"]),
        ("Le directeur de l'agence spatiale a accueilli les trois membres de l'équipage à leur descente de la capsule.",
         "The head of the space agency welcomed the three crew members as they stepped out of the capsule.", []),
        ("Le vaisseau est revenu sur Terre.",
         "The ship came back to Earth after a long journey through space, its crew tired but happy to be home.", ["A304"]),
        ("Le rapport annuel de la SNCF a été publié jeudi.",
         "The annual report of the SNCF (the French state railway company) was published on Thursday.", []),
        ("Oui.", "Yes, indeed.", []),  # short: the gap is under min_chars
        ("Le vaisseau est revenu sur Terre dimanche matin, selon l'agence.", "", ["A303"]),
        # a source sentence made a headline by the translator; a sentence cut short stays reported
        ("Des randonneurs ont été secourus par les pompiers pendant qu'ils traversaient le glacier.",
         "Glacier walkers rescued", []),
        ("Des randonneurs ont été secourus par les pompiers pendant qu'ils traversaient le glacier.",
         "Walkers were rescued by the", ["A303"]),
        # cut short before its final stop, but opened by an article: a sentence, not a headline
        ("Le président de la République a annoncé mardi soir qu'il démissionnerait à la fin du mois prochain.",
         "The President of the Republic announced", ["A303"]),
    ],
)
def test_length_ratio(source, target, expected):
    pair = aligned_pair([("Titre", "Headline"), (source, target)])
    assert codes_of_pair(pair, OMI) == expected


def test_too_short_names_the_source_words_nothing_renders():
    """The A303 message names the source content words the word alignment leaves without counterpart,
    six at most, so that a reviewer sees where the dropped part was."""
    source = "Le directeur de l'agence spatiale a accueilli les trois membres de l'équipage à leur descente de la capsule."
    pair = aligned_pair([("Titre", "Headline"), (source, "The director welcomed them.")])
    (issue,) = check_pair(pair, context(("A303",))).issues
    assert issue.message.endswith(
        "part of the source may be missing (no counterpart of “agence”, “spatiale”, “trois”, “membres”, "
        "“équipage”, “descente”, …).")
    pair = aligned_pair([("Titre", "Headline"),
                         ("Les chercheurs ont compris très vite que ces ossements appartenaient à une espèce inconnue.",
                          "The researchers quickly understood.")])
    (issue,) = check_pair(pair, context(("A303",))).issues
    assert issue.message.endswith("(no counterpart of “ossements”, “appartenaient”, “espèce”, “inconnue”).")


def test_too_short_but_every_source_content_word_rendered_is_a_paraphrase():
    """A303 asks the word alignment: a translation far shorter than its source whose words render every
    content word of the source is a terser wording, not an omission; one content word left without
    counterpart keeps the flag."""
    assert codes_of_pair(aligned_pair([("Titre", "Headline"),
                                       ("Les dates les plus importantes de l'année:", "Key dates:")]), OMI) == []
    assert codes_of_pair(aligned_pair([("Titre", "Headline"),
                                       ("Les dates et les lieux les plus importants de l'année:", "Key dates:")]),
                         OMI) == ["A303"]


def test_title_only_runs_on_headline_pair_only():
    title = "Le directeur de l'agence spatiale a accueilli les trois membres de l'équipage à leur descente"
    text = "The director welcomed them\n\nThe capsule landed on Sunday morning after a long trip.\n\nAll are well."
    issues = issues_of_text(text, OMI + ("A205", "A4"), title=title)
    assert [(i.code, i.line) for i in issues] == [("A303", 1)]


def test_a_word_rendered_by_a_symbol_or_an_abbreviation_has_a_counterpart():
    """« dollars » rendered "$" and « compagnie » rendered "Co" (the target language's ``short_forms``) are
    said: a short wording of a sentence whose words are all rendered, these two included, is no omission;
    the same translation without the symbol or the abbreviation leaves them unsaid."""
    source = "Le cours de la compagnie Renault a augmenté de 2,5 % pour atteindre les 81,16 dollars."
    assert codes_of_pair(aligned_pair([("Titre", "Headline"), (source, "Renault Co rose 2.5% to $81.16.")]), OMI) == []
    pair = aligned_pair([("Titre", "Headline"), (source, "Renault rose 2.5% to 81.16.")])
    (issue,) = check_pair(pair, context(("A303",))).issues
    assert "“compagnie”" in issue.message and "“dollars”" in issue.message


def test_an_abbreviation_counts_only_as_a_word_of_its_own():
    from mtqa.checks.omission import _short_form_stems

    assert _short_form_stems("Renault Co. stock rose to $81.", "en") == {"company", "dollar"}
    assert _short_form_stems("a co-owner of the CO plant", "en") == frozenset()

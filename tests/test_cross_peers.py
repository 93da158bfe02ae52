"""A610's peer rule (option ``min_peers``): a stand-in other systems also wrote is a rendering the model lacks."""
from __future__ import annotations

from mtqa.checks.cross_system import check_translations
from mtqa.config import Config
from mtqa.context import Context

# Own sentences: six systems write "limit", two write "throttle", a word the lexical model does not pair with it.
SOURCE = "Le comité recommande de limiter la vitesse des camions dans le centre."
LIMIT = [
    "The committee recommends limiting the speed of trucks in the centre.",
    "The committee recommends to limit the speed of lorries in the centre.",
    "The committee recommends limiting truck speed in the centre.",
    "Committee recommends to limit the speed of the trucks in the centre.",
    "The committee advises limiting the speed of trucks in the centre.",
    "The committee recommends that the speed of trucks in the centre be limited.",
]
PEERS = {"p0": "The committee recommends to throttle the speed of trucks in the centre.",
         "p1": "The committee recommends to throttle truck speed in the center."}


def _flagged(odd: str, min_peers: int = 2) -> list[tuple[str, str]]:
    translations = {**{f"s{k}": t for k, t in enumerate(LIMIT)}, **PEERS, "odd": odd}
    ctx = Context(Config(options={"A610": {"min_peers": min_peers}}))
    return [(system, issue.code) for system, issue in check_translations(SOURCE, translations, ctx)]


def test_a_word_two_other_systems_wrote_there_is_a_rendering():
    odd = "The committee recommends to throttle the speed of the trucks in the centre."
    assert _flagged(odd) == []
    # off: all three systems writing "throttle" are reported
    assert sorted(_flagged(odd, min_peers=0)) == [("odd", "A610"), ("p0", "A610"), ("p1", "A610")]


def test_a_word_no_other_system_wrote_is_still_reported():
    assert ("odd", "A610") in _flagged("The committee recommends to shatter the speed of the trucks in the centre.")


def test_a_clone_does_not_vouch_for_its_twin():
    """Two peers that are clones of the judged system (identical outputs everywhere) do not count: the same
    engine twice is one opinion."""
    from mtqa.checks.cross_system import CrossSystemMistranslation

    odd = "The committee recommends to throttle the speed of the trucks in the centre."
    entries = [*((f"s{k}", t) for k, t in enumerate(LIMIT)), *PEERS.items(), ("odd", odd)]
    apart = frozenset({frozenset(("odd", "p0")), frozenset(("odd", "p1"))})
    found = CrossSystemMistranslation().judge(SOURCE, entries, "fr", "en", apart)
    # "odd" has no peer left; p0 and p1 each keep one (the other), fewer than two
    assert sorted(entries[f.entry][0] for f in found) == ["odd", "p0", "p1"]


def test_two_clones_of_one_another_are_one_peer():
    """Two peers that are copies of one engine (clones of each other, not of the judged system) are one
    independent opinion, not two: they do not silence a third system on their own."""
    from mtqa.checks.cross_system import CrossSystemMistranslation

    odd = "The committee recommends to throttle the speed of the trucks in the centre."
    entries = [*((f"s{k}", t) for k, t in enumerate(LIMIT)), *PEERS.items(), ("odd", odd)]
    found = CrossSystemMistranslation().judge(SOURCE, entries, "fr", "en", frozenset({frozenset(("p0", "p1"))}))
    assert "odd" in [entries[f.entry][0] for f in found]
    # the same judgment whatever the order of the systems
    found = CrossSystemMistranslation().judge(SOURCE, entries[::-1], "fr", "en", frozenset({frozenset(("p0", "p1"))}))
    assert "odd" in [entries[::-1][f.entry][0] for f in found]


def test_a_word_opening_a_later_sentence_is_not_taken_for_a_name():
    """The name rule reads "capitalised past the start" as past the *sentence* start: "Limiter" opening the
    second sentence of a segment is a verb, and the peer rule still applies to it, as to the same word
    opening the first."""
    source = "Le comité s'est réuni hier. " + SOURCE.replace("Le comité recommande de limiter", "Limiter")
    one = "The committee met yesterday. "
    limit = [one + t for t in ("Limiting the speed of trucks in the centre.", "To limit the speed of lorries in the centre.",
                               "Limiting truck speed in the centre.", "Limiting the speed of the trucks in the centre.",
                               "Limiting the speed of trucks in the center.", "Limiting the speed of lorries in the centre.")]
    peers = {"p0": one + "Throttling the speed of trucks in the centre.",
             "p1": one + "Throttling the speed of the lorries in the center."}
    translations = {**{f"s{k}": t for k, t in enumerate(limit)}, **peers,
                    "odd": one + "Throttling the speed of the trucks in the center."}
    found = [s for s, issue in check_translations(source, translations, Context(Config())) if issue.code == "A610"]
    assert found == []
    off = Context(Config(options={"A610": {"min_peers": 0}}))
    assert sorted(s for s, issue in check_translations(source, translations, off) if issue.code == "A610") == \
        ["odd", "p0", "p1"]


def test_min_peers_is_an_option_of_a610_only():
    """The peer rule removes only stand-ins (A610): A609 reports words nothing stands for, so an A609 option
    ``min_peers`` would do nothing, and a mistyped section must say so rather than be ignored."""
    import dataclasses

    from mtqa.checks.cross_system import CrossSystemMistranslation, CrossSystemOmission

    assert "min_peers" in {f.name for f in dataclasses.fields(CrossSystemMistranslation)}
    assert "min_peers" not in {f.name for f in dataclasses.fields(CrossSystemOmission)}

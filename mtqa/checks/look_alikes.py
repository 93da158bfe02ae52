"""A506 look-alike-in-frame: a source word rendered by its English look-alike where translators, in that
construction, rarely write it and mostly write another word (« affirme que » -> "affirms that", « la société »
-> "the society", « envisage de » -> "envisages to").

The evidence is learned, not listed: ``bench/build_look_alikes.py`` counts in the parallel news the lexical model
is built from, per source stem and per frame (the class of the next source word, :mod:`mtqa.langs.look_alikes`),
the sentences, the look-alikes translators wrote and their three most written renderings.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.model import Issue, Segment, Severity, joined_sources
from mtqa.langs.cache import SOURCE_MEMO

MIN_SEEN = 15
"""The least parallel news sentences holding the source word in the frame: fewer are no evidence of what
translators write there."""
LOOK_SHARE = 0.05
"""A look-alike translators wrote in at most this share of the frame's sentences is no usual rendering there."""
DOMINANT = 0.5
"""The least share of the frame's most written other rendering (the suggestion): without one, translators have no
usual word there, and the look-alike is one choice among many."""
ALL_SHARE = 0.05
"""Where the frame itself was seen fewer than ``MIN_SEEN`` times, the word's sentences in every frame are read,
and the look-alike must be rarer there (at most this share) and absent from the frame's own sentences."""
CONTRAST_P = 0.05
"""A look-alike translators write for the word in more than ``LOOK_SHARE`` of its sentences over every frame is
flagged in a frame only when so few of the frame's sentences holding it are this improbable at the word's overall
share (one-sided binomial): the frame excludes it, not the sample's size (« personnes » is "persons" in 6 % of the
news, in 3 of 115 sentences before a pause: chance, and "persons" is English)."""
ALL_DOMINANT = 0.8
"""Read in every frame, the usual rendering must hold this share: a word form of two senses (« importe »: "any" in
« n'importe », "imports" the verb) has no rendering that dominant, and its frames are not told apart."""


def _evidence(table: dict, word: str, frame: str):
    """(frame read, its counts, the share the look-alike may reach) of source word ``word`` in ``frame``; None
    without enough sentences."""
    from mtqa.langs.look_alikes import every_frame

    own = table.get((word, frame))
    if own is not None and own.seen >= MIN_SEEN:
        return frame, own, LOOK_SHARE
    key = every_frame(frame)
    every = table.get((word, key))
    if every is not None and every.seen >= MIN_SEEN:
        return key, every, ALL_SHARE
    return None


def _excluded(counts, every, target_stem: str) -> bool:
    """The frame's counts rule the look-alike out: it is rare over all the word's sentences (``LOOK_SHARE``), or
    the frame holds it so rarely that its overall share makes that improbable (``CONTRAST_P``)."""
    import math

    if every is None or every.look_share(target_stem) <= LOOK_SHARE:
        return True
    p, n, k = every.look_share(target_stem), counts.seen, counts.look_alikes.get(target_stem, 0)
    tail = sum(math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k + 1))
    return tail <= CONTRAST_P


def source_heads(source: str, src: str, tgt: str) -> dict:
    """The source words the table has a row of, by their first letters folded: key -> {word: ((stem, frame),
    ...)}; {} (most sources) without such a word, the pair's frames, table or look-alike test. Kept per source
    sentence by the check: every system's translation of a source reads the same heads."""
    from mtqa.langs.cognates import cognates
    from mtqa.langs.look_alikes import frame_classes, table_stems, tokens
    from mtqa.meaning.tokens import plain, stem

    cog, classes = cognates(src, tgt), frame_classes(src, tgt)
    if cog is None or classes is None:
        return {}
    kept = table_stems(src, tgt)
    if not kept:
        return {}
    toks = tokens(source)
    words = [t for t, _ in toks]
    heads: dict = {}
    for i, (w, start) in enumerate(toks):
        if len(w) < cog.min_length or not w[0].isalpha() or not source[start].islower():
            continue
        if w in kept:
            heads.setdefault(plain(w[:cog.prefix]), {}).setdefault(w, set()).add((stem(w, src), classes.frame(words, i)))
    return heads


def look_alikes_in_frame(source: str, target: str, src: str, tgt: str, heads: Optional[dict] = None):
    """(start, end, target word, source word, frame, suggested word, share of the look-alike, share of the
    suggestion) of each look-alike in ``target`` of a source word that translators rarely write in the source
    word's frame (see :class:`LookAlikeInFrame`)."""
    if heads is None:
        heads = source_heads(source, src, tgt)
    if not heads:
        return
    from mtqa.checks.false_friends import SENSE_LINK, _LETTERS, _lexical_verdict, _long_words, _look_alikes
    from mtqa.checks.false_friends import related_words
    from mtqa.langs import language
    from mtqa.langs.cognates import cognates
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.langs.look_alikes import every_frame, look_alike_table
    from mtqa.meaning.tokens import stem

    cog = cognates(src, tgt)
    found = _look_alikes(target, heads, cog.prefix, cog.min_length)
    if not found:
        return
    table = look_alike_table(src, tgt)
    model = load_lexmodel(src, tgt)
    target_lang = language(tgt)
    grammar = target_lang.function_words
    target_stems = None
    verdicts: dict = {}
    linked: dict = {}
    for t, key in found.items():
        low = t.lower()
        ts = stem(low, tgt)
        for w, places in heads[key].items():
            for s, frame in sorted(places):
                if not cog.alike_stems(w, low, s, ts):
                    continue
                ev = _evidence(table, w, frame)
                if ev is None:
                    continue
                read, counts, most = ev
                if ts not in linked.setdefault(s, {c.stem for c in model.translations(s)}):
                    continue  # a look-alike the model never links to the word: A502's (or another family's word)
                if read == frame and not _excluded(counts, table.get((w, every_frame(frame))),
                                                   ts):
                    continue  # usual elsewhere, and the frame's few sentences do not rule it out
                if counts.look_share(ts) > most or (read != frame and table.get((w, frame)) is not None
                                                    and table[w, frame].look_alikes.get(ts)):
                    continue  # translators write it there
                others = [(r, n) for r, n in counts.renderings if r != ts]
                if not others or others[0][1] / counts.seen < (DOMINANT if read == frame else ALL_DOMINANT):
                    continue  # no usual rendering of the frame
                if others[0][0] in grammar:
                    continue  # a grammar word of the target profile ("any" for « importe », "is" for « réside »)
                best = others[0][0]
                if related_words(best, ts) or related_words(model.word(best), low):
                    continue  # a derivative of the usual rendering (treasury for « Trésor »: treasure)
                if target_lang.synonyms.renders(ts, [r for r, n in others if n / counts.seen >= LOOK_SHARE]):
                    continue  # a close synonym of a usual rendering: a choice of words
                if target_stems is None:
                    target_stems = {stem(x.lower(), tgt) for x in _LETTERS.findall(target)}
                if any(r in target_stems for r, n in others if n / counts.seen >= LOOK_SHARE):
                    continue  # the line holds a usual rendering: the look-alike says something else
                if _lexical_verdict(w, low, src, tgt) is not None:
                    continue  # A502's: a look-alike the model never links to the word
                if any(o != w and ts in {c.stem for c in model.translations(stem(o, src))
                                         if c.p_forward >= SENSE_LINK or c.dictionary}
                       for o in _LETTERS.findall(source.lower()) if len(o) > 2):
                    continue  # a rendering of another word of the source
                word = best if target_lang.is_common_word(best) else model.word(best)
                verdicts[t] = (w, read, word, counts.look_share(ts), others[0][1] / counts.seen)
                break
            if t in verdicts:
                break
    if not verdicts:
        return
    for m in _long_words(cog.min_length).finditer(target):
        if m.group() in verdicts:
            w, read, word, share, usual = verdicts[m.group()]
            yield m.start(), m.end(), m.group(), w, read, word, share, usual


def frame_gloss(frame: str) -> str:
    """The frame in words, for a message."""
    from mtqa.langs.look_alikes import ALL

    if frame.startswith("+"):
        return "after an auxiliary, " + frame_gloss(frame[1:])
    if frame.startswith("^"):
        return "after a determiner, " + frame_gloss(frame[1:])
    return {ALL: "in any construction", ".": "before a pause", "_": "before a content word",
            "num": "before a figure", "de+num": "before « de » and a figure"}.get(frame, f"before « {frame} »")


@register
@dataclass
class LookAlikeInFrame(SegmentCheck):
    """A source word rendered by its English look-alike in a construction where translators rarely write it
    and mostly write another word (« a affirmé que » -> "affirmed that" for "said", « la société » -> "the
    society" for "the company", « envisage de » -> "envisages" for "is considering").

    Why it matters: many look-alikes are real translations of a French word in one construction and not in
    another (« estimé à 3 millions » is "estimated at", « estiment que » mostly "believe"), so neither A501's
    table nor A502 (a look-alike the model never links) can read them; an engine that writes the look-alike
    everywhere says something else, or something no news English says. The evidence is what translators
    wrote: ``bench/build_look_alikes.py`` counts in the parallel news the lexical model is built from, per
    source word form and frame (the class of the next source word: « que », an article, « de » and a figure, a
    pause, a content word; marked after an auxiliary, « ont marché », or a determiner, « une personne ne »;
    ``data/lexmodel/look_alikes.toml``), the sentences, the look-alikes written
    (``Cognates.alike_stems``: the words or their stems look alike) and the three renderings written most
    (``data/lexmodel/look_alikes.fr-en.tsv.gz``). A look-alike is flagged when the frame was seen
    ``MIN_SEEN`` times or more, translators wrote the look-alike in ``LOOK_SHARE`` of its sentences or fewer
    and another rendering in ``DOMINANT`` of them or more (the suggestion); a frame seen too rarely reads the
    word's sentences in every frame, at the stricter ``ALL_SHARE``, when the frame's own sentences hold no
    such look-alike. Quiet where the line holds one of the usual renderings, where the look-alike renders
    another source word, where the usual rendering is its relative, and on A502's and A501's words.

    A look-alike usual for the word elsewhere is flagged in a frame only when the frame's few sentences make it
    improbable (``CONTRAST_P``): « personnes » is "persons" in 6 % of the news, and 3 of 115 sentences before a
    pause are chance, not a frame that excludes it.

    In preview (stop 67): on the newstest references 2008-2015 it fires 3, 1, 0, 0, 1, 2, 0, 0 and 0 times (2008,
    syscomb 2009, 2009-2015: "appeal", "moments", "conductors", "equipped", "opinions", "frontiers", all false
    alarms, 0.03/100); of 30 flags read on WMT12 system output 15 were right ("banking societies", "that person
    will buy the game" for nobody, "the ancient mayor", "expression liberty"), the others English ("deprived of liberty",
    "reduction", "personal opinions"); 4 of its 5 flags on WMT14's eight systems are right.

    Example:
        source: Les syndicats ont appelé à une grève de deux jours dans les transports.
        bad: The syndicates have called for a two-day strike in transport.
        good: The unions have called for a two-day strike in transport.
    """

    code = "A506"
    preview = True
    name = "look-alike-in-frame"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        if not sources:
            return
        source = joined_sources(sources)
        src, tgt = ctx.source.code, ctx.target.code
        heads = ctx.memo("A506.heads", source, lambda: source_heads(source, src, tgt), bound=SOURCE_MEMO)
        if not heads:
            return
        found = list(look_alikes_in_frame(source, segment.text, src, tgt, heads))
        if not found:
            return
        from mtqa.checks.false_friends import FalseFriend, _inflected, _word_before, cased

        table = [(i.seg_start, i.seg_end) for i in FalseFriend().check(segment, sources, ctx)]
        for start, end, trap, word_of_source, frame, word, share, usual in found:
            if any(start < b and a < end for a, b in table):
                continue  # the table's entry says it, with its own words
            suggestion = cased(_inflected(word, trap, tgt, _word_before(segment.text, start), segment.text[:start]),
                               trap, segment.text, tgt)
            yield self.issue(
                segment, start, end,
                f"Look-alike out of its frame: translators render {quoted(word_of_source)} "
                f"{frame_gloss(frame)} by {quoted(word)} in {usual:.0%} of the parallel news sentences, "
                f"by {quoted(trap.lower())} in {share:.0%}.",
                suggestion,
                confidence=round(1.0 - share, 2),
            )

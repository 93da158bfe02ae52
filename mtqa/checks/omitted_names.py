"""Names the translation left out: a source name with nothing at all in its place.

The replaced-name checks (T106, T110, :mod:`mtqa.checks.name_swaps`) look for
the word a system wrote instead of a lost name. A system may also write
nothing: « a déclaré Moravelli » -> "said", « la société Dravenik a perdu »
-> "the company lost". Every word of the result is English and the sentence
reads well, so no spelling or name check sees it; the reader loses who acted.

This is an omission (MQM Accuracy > Omission), not a wrong term: no other
term stands there. The evidence is the word alignment of the sentence
(:mod:`mtqa.meaning.align`): the source words on both sides of the name are
rendered by target words that stand next to each other.
"""
from __future__ import annotations

import re
from typing import Callable, ClassVar, Iterator, Optional

from mtqa.checks.base import DocumentCheck
from mtqa.checks.name_swaps.lost_names import lost_source_names
from mtqa.checks.name_swaps.swap_readers import name_alignment
from mtqa.checks.registry import register
from mtqa.checks.saint_names import saint_names_lost
from mtqa.langs import at_sentence_start, fold
from mtqa.langs.cache import TABLES, memoize
from mtqa.model import DocumentPair, Issue, Role, Segment, Severity, joined_sources
from mtqa.names.exonym_forms import english_acronym, english_article, name_kind, target_form
from mtqa.records import record
from mtqa.words import LETTERS_RE as _WORDS


@register
@record
class OmittedName(DocumentCheck):
    """A name of the source has no rendering at all in an otherwise translated sentence.

    Why it matters: the sentence still reads well ("the spokesman said that
    the company lost its lawsuit") but no longer says who: the fact the
    article reports is gone, and nothing in the English shows it. Reported
    when a rare name of the source (one the replaced-name checks read:
    unknown to the source dictionary, not a common word) is nowhere in the
    translation, not as written, nor as an exonym, another romanisation or
    a dictionary translation, and no word of the whole name it belongs to
    is kept (a name shortened to its surname is a translator's choice)
    but its first names ("Patrick" for « Patrick Dravenik »: the surname
    lost, which no shorter form of a name does; a given name the table
    lacks is a word neither language's dictionary knows, « Hamdin
    Sabbahi » -> "Hamdin");
    when the word alignment links no target word to it; and when the
    source content words on both sides of the name are rendered by target
    words with no content word between them but the renderings of the
    grammar words beside the name (« lui et Dravenik ont construit » ->
    "he and built": the place is empty; a word no source word accounts for
    there is a replacement, T106's). The rest of the sentence must
    be translated (at least ``min_recall`` of its source content linked,
    the lost name included, and ``min_precision`` of the target content
    accounted for), since in a loose or garbled rendering an unlinked name
    may be reworded, and lose no more than two names (more: a garbled
    rendering, not a name left out); a headline may drop a name at its
    edge (« Moravelli : la société… » -> "Company…"), which is not
    reported; and the name must not be written in the translation's
    sentences ``window`` before or after, where a translator who splits or
    joins sentences differently may have moved it (« la personne de Cali
    qui a identifié » -> "the person who identified", the next sentence
    saying "A Cali fingerprint expert"). The issue stands on the target
    word before the name's place; the suggestion is that word with the
    lost name beside it, where nothing stands between the renderings of
    the name's neighbours (none where grammar words stand between them:
    the name's place among them is unknown). A personal pronoun standing in
    the name's place, no word beside the name rendered by it (« Si M.
    Montebourg parvient » -> "If he manages"), refers to the person: no
    omission where the translation names the person elsewhere in the
    document; where it names them nowhere the reader never learns who,
    reported at minor severity on the pronoun (whatever the check's).
    The source's subject put after its verb at the end of a clause (« a
    ajouté Moravelli. ») stands before the verb in English: a personal
    pronoun no source word accounts for right before the verb's rendering
    ("he added.") is read the same way.

    A sentence rendered more loosely than the gates ask (down to
    ``loose_recall`` and ``loose_precision``) is read only where the name's
    own neighbourhood is rendered word for word: the ``near`` source content
    words on each side of it all rendered (some on both sides), their
    renderings in order around the name's place, and every target content
    word among those renderings accounted for (« le déclin économique
    d'une vieille Valdoravia et des nouveaux risques, selon le journal »
    -> "the economic decline of an old and the new risks, as the paper
    bluntly grumbled"): a garbled clause elsewhere says nothing of the
    name's. There a name alone in brackets (« Vigo (Galice) »: a region
    after its town) may be a gloss left to the reader, and is not read.
    A name the target writes as its initials (Los Angeles -> "L.A.",
    dollars de Singapour -> "S$") is kept in a short form.

    A neighbour of the name that the alignment leaves unrendered (a verb
    rendered by another lemma than the aligner's lexicon gives: « a ensuite
    informé Korvanec des risques » -> "then advised of the risks") is passed,
    one on each side at most, to the next content word rendered: the name's
    place lies between that word's rendering and the other side's, and must
    hold one plain lower-case word no source word accounts for per word
    passed (its rendering) and no other content word, nor a pronoun that no
    source word renders at full strength (« la position de l'Allemagne » ->
    "their attitude": the possessive may be the name's). With none there, the
    passed word's clause is rendered elsewhere or left out whole with the
    name (« comme la nuit de la Saint Sylvestre tombe » -> "for falling the
    New Year's Eve"; a gloss in brackets a reference leaves out), which is
    not one name left out. A word passed is neither a near word nor a gap
    in a loose sentence's neighbourhood. Where among those words the name
    belongs is unknown: no suggestion.

    English puts a noun after its modifiers where French puts it before:
    the renderings of the source content words just before the name
    (``near`` of them) may stand in its place, moved there, not standing
    for the name (« au festival du film de Tarvesso » -> "at the film
    festival"; « la santé mentale et physique de Korvanec » -> "the
    physical and mental health"); they are read as the neighbourhood's own
    words. The renderings of the words after the name are not (a gloss
    after a name, « la Guardia Urbana (police municipale) », is what a
    translator writes instead of it: "the municipal police"). The place is
    read less surely there, so such a name is reported only where the
    translation names it nowhere in the document (in the source's or the
    target's form), and with no suggestion.

    A saint's name of the source (``Saint-Quentin``: a title, a hyphen and
    a given name, :mod:`mtqa.checks.saint_names`) whose given name the
    translation writes nowhere is read the same way, though the
    replaced-name checks do not read it (its given name is a first name,
    its title a common word).

    A capital city that heads its clause or is its agent (« Jeudi, Moscou a
    refusé », « Indonésie : Djakarta impose », « selon Pékin », « a dit que
    Moscou »: ``government_seat_heads`` of the source's language data), or
    the object of a verb of reaction (« a critiqué Pékin », « accuse Moscou
    de »: ``government_seat_verbs``, in every form the dictionary makes)
    stands for the government that sits there; a translation that writes,
    in the name's place, the capital's country ("Indonesia imposes") or a
    government noun ("On Thursday, the government refused":
    ``government_nouns`` of the target's) renders it, and is not flagged
    (``capitals.fr-en.tsv``). A capital after a preposition of place
    (« mardi à Bagdad ») or after another verb (« a visité Pékin ») is the
    city: the country named elsewhere in the sentence ("killing twelve
    people in Iraq") does not excuse its loss.

    Minor by default: the place of the name is read from the word
    alignment, not from the sentence's grammar, and at major severity the
    check's few flags per system moved WMT13's system order away from the
    human judges' (Kendall τ of the mean document score 0.82 -> 0.79;
    0.82 at minor, ``bench/meaning.py``, WMT13 being the calibration
    year). A desk that weighs a lost name more raises it in ``[severity]``.

    Example:
        source: Titre\\n\\nLe porte-parole de la société, Patrick Dravenik, a annoncé mardi que le projet serait abandonné. Les ministres ont parlé du déclin économique d'une vieille Valdoravia et des nouveaux risques de guerre, selon le journal. « Nous allons reprendre les travaux en mars », a ajouté Moravelli. Le club jouera le match à Saint-Quentin devant six mille spectateurs. Le ministre de la santé a ensuite informé Korvanec des risques de la nouvelle loi sur le tabac. Le film sera montré au festival du film de Tarvesso en août. Jeudi, Moscou a refusé toute négociation sur le nouveau gazoduc de la mer Baltique.
        bad: Title\\n\\nThe company spokesman announced on Tuesday that the project would be abandoned. Ministers spoke of the economic decline of an old Valdoravia and the new risks of war, as the paper bluntly grumbled. "We will resume work in March," Moravelli added. The club will play the match in Saint-Quentin in front of six thousand spectators. The health minister then advised Korvanec of the risks of the new tobacco law. The film will be shown at the Tarvesso film festival in August. On Thursday, Moscow refused any negotiation on the new Baltic Sea pipeline.
        bad: Title\\n\\nThe company spokesman, Patrick, announced on Tuesday that the project would be abandoned. Ministers spoke of the economic decline of an old Valdoravia and the new risks of war, as the paper bluntly grumbled. "We will resume work in March," Moravelli added. The club will play the match in Saint-Quentin in front of six thousand spectators. The health minister then advised Korvanec of the risks of the new tobacco law. The film will be shown at the Tarvesso film festival in August. On Thursday, Moscow refused any negotiation on the new Baltic Sea pipeline.
        bad: Title\\n\\nThe company spokesman, Patrick Dravenik, announced on Tuesday that the project would be abandoned. Ministers spoke of the economic decline of an old and the new risks of war, as the paper bluntly grumbled. "We will resume work in March," Moravelli added. The club will play the match in Saint-Quentin in front of six thousand spectators. The health minister then advised Korvanec of the risks of the new tobacco law. The film will be shown at the Tarvesso film festival in August. On Thursday, Moscow refused any negotiation on the new Baltic Sea pipeline.
        bad: Title\\n\\nThe company spokesman, Patrick Dravenik, announced on Tuesday that the project would be abandoned. Ministers spoke of the economic decline of an old Valdoravia and the new risks of war, as the paper bluntly grumbled. "We will resume work in March," he added. The club will play the match in Saint-Quentin in front of six thousand spectators. The health minister then advised Korvanec of the risks of the new tobacco law. The film will be shown at the Tarvesso film festival in August. On Thursday, Moscow refused any negotiation on the new Baltic Sea pipeline.
        bad: Title\\n\\nThe company spokesman, Patrick Dravenik, announced on Tuesday that the project would be abandoned. Ministers spoke of the economic decline of an old Valdoravia and the new risks of war, as the paper bluntly grumbled. "We will resume work in March," Moravelli added. The club will play the match in front of six thousand spectators. The health minister then advised Korvanec of the risks of the new tobacco law. The film will be shown at the Tarvesso film festival in August. On Thursday, Moscow refused any negotiation on the new Baltic Sea pipeline.
        bad: Title\\n\\nThe company spokesman, Patrick Dravenik, announced on Tuesday that the project would be abandoned. Ministers spoke of the economic decline of an old Valdoravia and the new risks of war, as the paper bluntly grumbled. "We will resume work in March," Moravelli added. The club will play the match in Saint-Quentin in front of six thousand spectators. The health minister then advised of the risks of the new tobacco law. The film will be shown at the Tarvesso film festival in August. On Thursday, Moscow refused any negotiation on the new Baltic Sea pipeline.
        bad: Title\\n\\nThe company spokesman, Patrick Dravenik, announced on Tuesday that the project would be abandoned. Ministers spoke of the economic decline of an old Valdoravia and the new risks of war, as the paper bluntly grumbled. "We will resume work in March," Moravelli added. The club will play the match in Saint-Quentin in front of six thousand spectators. The health minister then advised Korvanec of the risks of the new tobacco law. The film will be shown at the film festival in August. On Thursday, Moscow refused any negotiation on the new Baltic Sea pipeline.
        good: Title\\n\\nThe company spokesman, Patrick Dravenik, announced on Tuesday that the project would be abandoned. Ministers spoke of the economic decline of an old Valdoravia and the new risks of war, as the paper bluntly grumbled. "We will resume work in March," Moravelli added. The club will play the match in Saint-Quentin in front of six thousand spectators. The health minister then advised Korvanec of the risks of the new tobacco law. The film will be shown at the Tarvesso film festival in August. On Thursday, Moscow refused any negotiation on the new Baltic Sea pipeline.
        good: Title\\n\\nThe company spokesman, Patrick Dravenik, announced on Tuesday that the project would be abandoned. Ministers spoke of the economic decline of an old Valdoravia and the new risks of war, as the paper bluntly grumbled. "We will resume work in March," Moravelli added. The club will play the match in Saint-Quentin in front of six thousand spectators. The health minister then advised Korvanec of the risks of the new tobacco law. The film will be shown at the Tarvesso film festival in August. On Thursday, the government refused any negotiation on the new Baltic Sea pipeline.
    """

    code = "A611"
    name = "omitted-name"
    category = "accuracy"
    subcategory = "omission"
    severity = Severity.MINOR
    requires_source = True
    min_recall: float = 0.75
    min_precision: float = 0.9
    loose_recall: float = 0.6
    loose_precision: float = 0.75
    near: int = 3
    near_share: float = 1.0

    window: int = 1
    stand_in: ClassVar[bool] = False
    """False: report a name with nothing in its place (A611); True: a name with plain lower-case words no
    source word accounts for in its place (T112, :class:`NameReplacedByWord`)."""

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        segments = pair.target.segments
        folded: list[frozenset] = []

        def document_words() -> frozenset:
            # read only where a pronoun stands in a lost name's place: most documents lose no name
            if not folded:
                folded.append(frozenset(fold(w) for s in segments for w in _WORDS.findall(s.text)))
            return folded[0]

        for k, segment in enumerate(segments):
            sources = pair.sources_of(segment.index)
            if sources:
                nearby = [s.text for s in segments[max(0, k - self.window):k + self.window + 1] if s is not segment]
                yield from self._segment(pair, segment, sources, nearby, ctx, document_words)

    def _segment(self, pair: DocumentPair, segment: Segment, sources: list[Segment], nearby: list[str],
                 ctx, document_words: Callable[[], frozenset] = frozenset) -> Iterator[Issue]:
        """:meth:`check` for one segment; ``nearby``: the texts of the target segments around it, where a
        translation that splits or joins sentences differently may have moved the name; ``document_words()``:
        the folded words of the whole translation, where a pronoun in the name's place finds its name. The word alignment
        is the document's (:func:`~mtqa.meaning.align.align_segments`) where the meaning checks already
        computed it, the same texts aligned the same way, else this segment's alone: only a segment that
        lost a name needs one."""
        runs = lost_source_names(segment, sources, ctx)
        saints = saint_names_lost(segment, sources, ctx)
        if saints:
            runs = sorted(runs + [r for r in saints if not any(s < r[1] and r[0] < e for s, e, _ in runs)])
        if not runs or len(runs) > 2:
            return  # more lost names than two: a garbled sentence, not one name left out
        from mtqa.meaning.align import cached_alignments

        src_text = joined_sources(sources)
        cached = cached_alignments(pair)
        wa = cached.get(segment.index) if cached is not None else name_alignment(src_text, segment.text, ctx)
        if wa is None or wa.adequacy is None or wa.recall < self.loose_recall or wa.precision < self.loose_precision:
            return
        # below the sentence's gates, only a name whose neighbourhood is rendered word for word is read
        loose = wa.recall < self.min_recall or wa.precision < self.min_precision
        target_folded = {fold(t.text) for t in wa.target}
        around = {fold(w) for text in nearby for w in _WORDS.findall(text)}
        for start, end, name in runs:
            found = self._omitted(start, end, src_text, segment, wa, target_folded, ctx)
            if found is None or fold(name) in around:
                continue  # (written in the next or the previous sentence: moved there, not lost)
            whole, lost, left, right, pronoun, skipped, moved = found
            if _government_rendered(whole, src_text, src_text.rfind(whole, 0, end), wa, left, right, ctx):
                continue  # a capital for its government, rendered by the country or "the government"
            if self.stand_in:
                # the stand-ins (``skipped`` holds their target tokens here) lower the sentence's precision as
                # the lost name lowers its recall: below the gates, the name's neighbourhood less the stand-ins
                # must be rendered word for word
                at = src_text.rfind(whole, 0, end)  # the whole name's words are no neighbours (Berlin-Mitte)
                if loose and not _neighbourhood_rendered(wa, at, at + len(whole), self.near, self.near_share,
                                                         stand_ins=len(skipped)):
                    continue
                yield from self._stand_in_issue(segment, wa, whole, lost, sorted(skipped), ctx)
                continue
            if moved and _named(document_words(), name, ctx):
                # the place read through moved renderings, and the translation names it elsewhere (as the source
                # writes it or in the target's form, Tadjikistan: Tajikistan): a sentence that leaves a name the
                # article gives elsewhere is no sure loss when its place is read less surely
                continue
            if loose and (_bracketed(src_text, start, end)
                          or not _neighbourhood_rendered(wa, start, end, self.near, self.near_share, skipped)):
                continue  # a loose rendering around the name, or a gloss in brackets: reworded, not left out
            if pronoun is not None:
                if fold(name) in document_words():
                    continue  # the person named elsewhere in the translation: the pronoun refers to the name
                word = wa.target[pronoun]
                yield self.issue(
                    segment, word.start, word.end,
                    f"The {ctx.source.name} names “{whole}”, which the {ctx.target.name} renders only by the "
                    f"pronoun “{word.text}” and names nowhere in the document.",
                    whole, severity=Severity.MINOR, confidence=0.7,
                )
                continue
            where = self._where(segment, wa, left, right)
            # a place the exonym table covers is suggested in the target's form (Londres -> London), a name the
            # target writes without the source's accents so (Québec -> Quebec)
            s, e, suggestion = _insertion(segment.text, wa, left, right, target_form(ctx.pair, lost), ctx.target)
            if skipped:
                suggestion = None  # the name's place beside the unlinked neighbour's rendering is unknown
            yield self.issue(
                segment, s, e,
                f"The {ctx.source.name} names “{whole}”, which the {ctx.target.name} leaves out: no word "
                f"renders it where it belongs ({where}).",
                suggestion, confidence=0.7,
            )

    def _omitted(self, start: int, end: int, src_text: str, segment: Segment, wa, target_folded: set,
                 ctx) -> Optional[tuple[str, str, int, int, Optional[int], frozenset[int], bool]]:
        """(whole name, the part of it lost, target token before its place, target token after it; -1 / past
        the end at the segment's edges; the target token of a personal pronoun no source word accounts for
        standing in its place, else None; the source content words passed as unrendered neighbours,
        :func:`_rendered_neighbour`) when the name at ``start:end`` of the source is left out with
        nothing but such a pronoun in its place (and the renderings of neighbours passed), else None. The
        part lost is the whole name, or its surname where a first name was kept (« Patrick Dravenik » ->
        "Patrick": Dravenik)."""
        from mtqa.langs import freedict

        src = ctx.source
        group = _group(src_text, start, end, src)
        if group is None:
            return None
        g_start, g_end = group
        whole = src_text[g_start:g_end]
        parts = [(m.start() + g_start, m.group()) for m in _WORDS.finditer(whole)]
        kept = [(at, p) for at, p in parts if fold(p) in target_folded]
        if kept and self.stand_in and not _surname_lost(kept, start, ctx):
            if not _neighbours_linked(wa, g_start, g_end, self.near):
                return None
            return self._beside_kept(whole, src_text, start, end, parts, kept, segment, wa, ctx)
        if kept and not _surname_lost(kept, start, ctx):
            return None  # a part of the name kept: the name shortened (Barack Obama -> Obama), or replaced in part
        pair = freedict.pair_name(src.code, ctx.target.code)
        if not self.stand_in and any(fold(t) in target_folded for _, p in parts
                                     for t in freedict.lookup(p.lower(), pair)):
            return None  # translated as a word: T105's (or T112's, a lower-case translation in the name's place)
        if _abbreviated(segment.text, [p for _, p in parts]):
            return None  # written as its initials (Los Angeles -> L.A., dollars de Singapour -> S$)
        lost_from = start if kept else g_start  # a surname lost after a kept first name: the surname's place
        inside = [i for i, t in enumerate(wa.source) if lost_from <= t.start < g_end]
        if not inside or any(wa.links.get(i) for i in inside):
            return None  # the alignment renders it somehow
        content = set(wa.source_content)
        before = next((i for i in range(inside[0] - 1, -1, -1) if i in content), -1)
        after = next((i for i in range(inside[-1] + 1, len(wa.source)) if i in content), len(wa.source))
        before, left, passed_left = _rendered_neighbour(wa, before, -1, content)
        after, right, passed_right = _rendered_neighbour(wa, after, 1, content)
        if left is None or right is None or right <= left:
            return None  # a neighbour unrendered, or the order changed: the place is unknown
        skipped = passed_left | passed_right
        around = {t for i in range(before + 1, after) if i not in inside for t, _, _ in wa.links.get(i, ())}
        moved = _near_renderings(wa, inside, before, self.near) - around
        unaccounted = [k for k in range(left + 1, right) if k in wa.target_content and k not in around | moved]
        if self.stand_in:
            if not _neighbours_linked(wa, g_start, g_end, self.near):
                return None
            return self._stand_ins(whole, src_text[lost_from:g_end], left, right, unaccounted, skipped, moved, wa,
                                   segment, ctx)
        if len(unaccounted) != len(skipped) or not all(_plain_word(wa.target[k].text, ctx.target) for k in unaccounted):
            # a content word in the name's place that no word beside the name accounts for: replaced; or no
            # rendering of a neighbour passed there: the clause is rendered elsewhere, or left out with the name
            return None
        pronouns = ctx.target.word_set("personal_pronouns")
        if skipped and any(wa.target[k].text.lower() in pronouns and wa.target_linked.get(k, 0.0) < 1.0
                           for k in range(left + 1, right)):
            # past an unrendered neighbour the place is a wider span: a pronoun there that no source word
            # renders for certain may be the name's (« la position de l'Allemagne » -> "their attitude")
            return None
        if segment.role is Role.HEADLINE and (before < 0 or after >= len(wa.source)):
            return None  # a headline may drop a name at its edge ("Moravelli: la société..." -> "Company ...")
        # a personal pronoun in the place, no word beside the name rendered by it (« Si M. Montebourg parvient »
        # -> "If he manages"): the person is referred to, not left out
        pronoun = next((k for k in range(left + 1, right) if k not in around and wa.target[k].text.lower() in pronouns),
                       None)
        if pronoun is None and left >= 1 and _ends_clause(src_text, g_end) and left - 1 not in wa.target_linked \
                and wa.target[left - 1].text.lower() in pronouns:
            # the source's subject put after its verb, ending the clause (« ajoute Moravelli. »), the target's
            # before it ("he added."): a pronoun no source word accounts for right before the verb's rendering
            pronoun = left - 1
        moved_here = any(k in moved for k in range(left + 1, right))
        return whole, src_text[lost_from:g_end], left, right, pronoun, frozenset(skipped), moved_here

    def _where(self, segment: Segment, wa, left: int, right: int) -> str:
        """Where the name's place is in the target, for the message."""
        if left < 0:
            return f"before “{wa.target[right].text}”"
        if right >= len(wa.target):
            return f"after “{wa.target[left].text}”"
        return f"between “{wa.target[left].text}” and “{wa.target[right].text}”"


    def _stand_ins(self, whole: str, lost: str, left: int, right: int, unaccounted: list[int], skipped: frozenset,
                   moved: set, wa, segment: Segment, ctx):
        """:meth:`_omitted`'s answer for T112 (:class:`NameReplacedByWord`): the name's place (between the
        renderings of its neighbours, none passed) holds one to ``MAX_STAND_INS`` content words and each is a
        plain lower-case word of the target dictionary that no source word accounts for at all, side by side,
        with no capitalised word there; else None."""
        if skipped or not 1 <= len(unaccounted) <= MAX_STAND_INS:
            return None  # a neighbour passed: the name's place is unknown
        if unaccounted[-1] - unaccounted[0] != len(unaccounted) - 1:
            return None  # words apart: not one rendering standing where the name stood
        target = ctx.target
        if any(k in wa.target_linked or not _plain_word(wa.target[k].text, target)
               or wa.target[k].text.lower() in target.word_set("personal_pronouns")
               for k in unaccounted):
            return None
        if any(wa.target[k].text[:1].isupper() and k not in wa.target_linked for k in range(left + 1, right)):
            return None  # a capitalised word in the place that renders no source word: a name there is T106's
        if _definite_description(wa, unaccounted, lost, ctx):
            return None  # "the city" for « Bordeaux »: the name paraphrased by its kind, which refers back to it
        return whole, lost, left, right, None, frozenset(unaccounted), False

    def _beside_kept(self, whole: str, src_text: str, start: int, end: int, parts: list[tuple[int, str]],
                     kept: list[tuple[int, str]], segment: Segment, wa, ctx):
        """:meth:`_omitted`'s answer for T112 where a part of the whole name is kept: the lost word at
        ``start:end`` stands right beside a kept part in the source (one space or hyphen apart), and right
        beside that part's rendering, on the same side, joined the same way, the target writes one plain
        lower-case content word that no source word accounts for (« à Berlin-Mitte » -> "in Berlin -
        heartland"): the word stands for the lost part. Else None: a name shortened (Barack Obama -> Obama)
        writes nothing in the lost part's place, and a word the alignment links renders the sentence."""
        lost_k = next((k for k, (at, _) in enumerate(parts) if at == start), None)
        if lost_k is None or parts[lost_k][0] + len(parts[lost_k][1]) != end:
            return None  # (a lost run of several words: read as a whole only)
        kept_at = {at for at, _ in kept}
        for side in (-1, 1):
            j = lost_k - side  # the part on the other side of the lost one
            if not 0 <= j < len(parts) or parts[j][0] not in kept_at:
                continue
            tokens = [k for k, t in enumerate(wa.target) if fold(t.text) == fold(parts[j][1])]
            if len(tokens) != 1:
                return None  # the kept part written twice, or as several tokens: its rendering is unsure
            k = tokens[0] + side
            if not 0 <= k < len(wa.target):
                return None
            a, b = sorted((wa.target[tokens[0]], wa.target[k]), key=lambda t: t.start)
            if segment.text[a.end:b.start].strip(" \u00a0-‐–") or k in wa.target_linked \
                    or k not in wa.target_content or not _plain_word(wa.target[k].text, ctx.target) \
                    or wa.target[k].text.lower() in ctx.target.word_set("personal_pronouns"):
                return None
            return whole, parts[lost_k][1], min(k, tokens[0]) - 1, max(k, tokens[0]) + 1, None, frozenset({k}), False
        return None

    def _stand_in_issue(self, segment: Segment, wa, whole: str, lost: str, tokens: list[int],
                        ctx) -> Iterator[Issue]:
        """T112's issue (overridden there); A611 reports no stand-in."""
        return iter(())


MAX_STAND_INS = 2
"""Content words T112 reads as one stand-in for a lost name: a word, or a word and its complement as a
system renders a name it read as a phrase (« avec Gausse » -> "with makes fun")."""


@register
@record
class NameReplacedByWord(OmittedName):
    """A name of the source is replaced by a common word, written in lower case, in its very place.

    Why it matters: a system that reads a rare name as a word of some
    language writes that word's rendering where the name stood (« avec
    Gausse, mais de loin » -> "with makes fun, but from afar", *se
    gausser*; « l'hôtel Posadas » -> "the hotel flatly"; « à Berlin-Mitte »
    -> "to directly"). The word is English and in lower case, so no name
    check sees a new name (T106 reads capitalised words), and the place is
    not empty, so the omitted-name check (A611) does not see it either;
    the reader loses who or where, and the sentence often reads oddly.

    Reported on the name A611 reads (a source name the replaced-name
    checks read: any name the source writes with a capital that is no
    common word of its dictionary, well-known places such as Paris or
    Bordeaux included, or a name slot; that the translation writes
    nowhere, in no form, no part of its whole name kept but first names),
    in a sentence A611 would read (the same
    alignment gates, the loose ones with the name's own neighbourhood
    rendered word for word), when the renderings of the name's nearest
    source content words on both sides stand in order, no neighbour
    unrendered, and between them stand one or two content words side by
    side that are plain lower-case words of the target dictionary, no
    pronoun, and that the word alignment links to no source word at all:
    they render nothing of the source but the name. A capitalised word
    there is a new name (T106's), words apart or a neighbour left
    unrendered leave the place unknown: none is reported. Where a part of
    the whole name is kept beside the lost one (« à Berlin-Mitte » ->
    "in Berlin - heartland"), the lost part's place is beside the kept
    part's rendering, on the same side and joined the same way (a space
    or a hyphen), and one such word standing there is reported; a name
    shortened (« François Fillon » -> "Fillon") writes nothing there. A
    word T105, T106 or T110 reports (a translation of the name, a word
    read as a name replaced) is theirs (:mod:`mtqa.checks.precedence`).
    A definite description of a place is no stand-in: "the" and a class
    noun (``class_nouns.en.tsv``: city, town, capital, region,
    department...), of the name's kind where the exonym table gives one,
    refer back to the name as a translator paraphrases it ("Residents of
    the city" for « Les habitants de Marseille », "the mayor of the
    southwestern city", "arrived in the capital" for « à Moscou »).

    The span is the stand-in words with the unlinked content words beside
    them (never a function word: "The hostages of photo" flags "photo"),
    a whole hyphenated compound ("sexy-natured"), and the definite article
    before them where the name's English form takes none ("the harbour"
    -> the name, not "the" and the name), so that the suggestion reads as
    English once applied.

    A capital standing for its government, rendered in its place by a
    government noun (« Jeudi, Moscou a refusé » -> "On Thursday,
    authorities refused"), is no stand-in: read as A611 reads it (the
    capital heading its clause, its agent or the object of a verb of
    reaction, ``capitals.fr-en.tsv``).

    Minor by default, as A611: the place is read from the word
    alignment. The suggestion is the name as the source writes it, in the
    target's form where the acronym table (Aqmi: AQIM) or the exonym table
    (Moscou: Moscow) has one, in place of the words.

    Example:
        source: Titre\\n\\nIl a fêté le titre du championnat avec Gausse, mais seulement à distance, puisqu'il dirigeait déjà la fédération. Le groupe Moravelli est le principal actionnaire de la chaîne d'hôtels Vostradi depuis mai. La police a arrêté deux jeunes hommes vendredi soir à Berlin-Mitte après une longue poursuite. Jeudi, Moscou a refusé toute négociation sur le nouveau gazoduc de la mer Baltique.
        bad: Title\\n\\nHe celebrated the championship title with makes fun, but only at a distance, since he already ran the federation. The Moravelli group has been the main shareholder of the Vostradi hotel chain since May. The police arrested two young men on Friday evening in Berlin-Mitte after a long chase. On Thursday, Moscow refused any negotiation on the new Baltic Sea pipeline.
        bad: Title\\n\\nHe celebrated the championship title with Gausse, but only at a distance, since he already ran the federation. The Moravelli group has been the main shareholder of the hotel chain flatly since May. The police arrested two young men on Friday evening in Berlin-Mitte after a long chase. On Thursday, Moscow refused any negotiation on the new Baltic Sea pipeline.
        bad: Title\\n\\nHe celebrated the championship title with Gausse, but only at a distance, since he already ran the federation. The Moravelli group has been the main shareholder of the Vostradi hotel chain since May. The police arrested two young men on Friday evening in Berlin - heartland after a long chase. On Thursday, Moscow refused any negotiation on the new Baltic Sea pipeline.
        good: Title\\n\\nHe celebrated the championship title with Gausse, but only at a distance, since he already ran the federation. The Moravelli group has been the main shareholder of the Vostradi hotel chain since May. The police arrested two young men on Friday evening in Berlin-Mitte after a long chase. On Thursday, Moscow refused any negotiation on the new Baltic Sea pipeline.
        good: Title\\n\\nHe celebrated the championship title with Gausse, but only at a distance, since he already ran the federation. The Moravelli group has been the main shareholder of the Vostradi hotel chain since May. The police arrested two young men on Friday evening in Berlin-Mitte after a long chase. On Thursday, authorities refused any negotiation on the new Baltic Sea pipeline.
    """

    code = "T112"
    name = "name-replaced-by-word"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MINOR
    stand_in: ClassVar[bool] = True

    def _stand_in_issue(self, segment: Segment, wa, whole: str, lost: str, tokens: list[int],
                        ctx) -> Iterator[Issue]:
        start, end = _stand_in_span(segment.text, wa, tokens, lost, ctx)
        shown = segment.text[start:end]
        yield self.issue(
            segment, start, end,
            f"“{shown}” stands where the {ctx.source.name} names “{whole}”: the name is lost, a common word "
            f"written in its place that renders no other word of the source.",
            _english_form(ctx.pair, lost), confidence=0.6,
        )


def _stand_in_span(text: str, wa, tokens: list[int], lost: str, ctx) -> tuple[int, int]:
    """(start, end) of T112's issue: the stand-in ``tokens`` (target token indices, side by side), widened
    over the unlinked content words beside them that belong to the same rendering ("with makes fun":
    makes), but never over a function word of the target language (``function_words``: "The hostages of
    photo" keeps "of" out, the name's place being after it); over a definite article right before it
    where the name's English form takes none ("the harbour" -> "Le Havre", not "the Le Havre"); and out
    to the whole of a hyphenated compound a stand-in is part of ("sexy-natured", not "natured").
    Why: a suggestion replaces the flagged text (the output contract; SARIF makes it a fix), so the span
    must be exactly what the name replaces for the sentence to read as English once it is applied."""
    tgt = ctx.target
    grammar = tgt.word_set("function_words") | tgt.word_set("more_determiners")
    lo, hi = tokens[0], tokens[-1]

    def widens(k: int) -> bool:
        word = wa.target[k].text
        return k not in wa.target_linked and word[:1].isalpha() and word.lower() not in grammar

    while lo - 1 > 0 and widens(lo - 1):
        lo -= 1
    while hi + 1 < len(wa.target) and widens(hi + 1):
        hi += 1
    start, end = wa.target[lo].start, wa.target[hi].end
    m = _COMPOUND_BEFORE.search(text, 0, start)
    if m and m.end() == start:
        start = m.start()
    m = _COMPOUND_AFTER.match(text, end)
    if m:
        end = m.end()
    if lo >= 1 and wa.target[lo - 1].text.lower() in tgt.word_set("definite_articles") \
            and not english_article(ctx.pair, lost):  # the article is the name's own (The Hague): kept out
        start = wa.target[lo - 1].start
    return start, end


_COMPOUND_BEFORE = re.compile(r"(?:\w+-)+")
_COMPOUND_AFTER = re.compile(r"(?:-\w+)+")


@memoize(TABLES)
def _capitals(pair) -> dict[str, tuple[str, ...]]:
    """Folded capital (as the source writes it) -> each folded form the target writes for its country (a row per
    form: Czech Republic, Czechia; United States, US), from the pair's ``capitals`` table. The source's country
    name (``country``: « Allemagne ») is no form here: these forms are looked for in the target."""
    forms: dict[str, tuple[str, ...]] = {}
    for r in pair.table("capitals"):
        key = fold(r["french"])
        forms[key] = tuple(dict.fromkeys(forms.get(key, ()) + (fold(r["english"]),)))
    return forms


def _government_rendered(whole: str, src_text: str, at: int, wa, left: int, right: int, ctx) -> bool:
    """The lost name is a capital standing for its government (« Indonésie : Djakarta impose » -> "Indonesia
    imposes"; « Selon Moscou, … » -> "According to the government, …"), rendered where it stood by the
    capital's country or a government noun of the target language (``government_nouns``).
    Why: news writes a capital for the government that sits there, and a translator who writes the country or
    "the government" renders what the name meant; the capital is no omitted name there. Only a capital that
    heads its clause or follows a word of ``government_seat_heads`` (« selon », « que », « et »: the subject or
    the agent) stands for its government; one after a preposition of place is the city (« à Bagdad »), and the
    country named elsewhere in the sentence (« … en Irak ») renders nothing of it. So the country or the noun
    must be in the name's place of the target (between its neighbours' renderings), or be the word just
    before the rendering of the word after it (its verb's subject: "Indonesia imposes"). Read from the
    capitals table and the language data, not from a list here."""
    country = _capitals(ctx.pair).get(fold(whole))
    if country is None or at < 0 or not _heads_clause(src_text, at, ctx):
        return False
    place = range(max(left, -1) + 1, min(right, len(wa.target)))
    words = [fold(wa.target[k].text) for k in place]
    if 0 <= left < right < len(wa.target) and not place and not wa.target[right].start > wa.target[left].end + 1:
        words.append(fold(wa.target[left].text))  # nothing between: the word before the verb is its subject
    if any(all(fold(w) in words for w in _WORDS.findall(form)) for form in country):
        return True  # the country named there (Indonesia; Saudi Arabia: every word)
    nouns = ctx.target.word_set("government_nouns")
    return any(wa.target[k].text.lower() in nouns for k in place)


def _heads_clause(text: str, at: int, ctx) -> bool:
    """The name at ``at`` of the source opens its sentence or clause (nothing, or a punctuation mark, before
    it: « Djakarta impose », « Indonésie : Djakarta », « En Russie, Moscou »), follows a word of the
    source's ``government_seat_heads`` (« selon Pékin », « a dit que Moscou ») or is the object of a verb of
    reaction (``government_seat_verbs``: « a critiqué Pékin », « accuse Moscou de »): where a capital may be its
    government, not a place complement (« à Bagdad », « frappé Dacca », « a visité Pékin »)."""
    before = text[:at].rstrip()
    words = _WORDS.findall(before)
    if not words:
        return True
    last = before[-1]
    if not last.isalnum() and last not in "'’-":
        return True
    return words[-1].lower() in ctx.source.word_set("government_seat_heads") \
        or words[-1].lower() in _seat_verb_forms(ctx.source.code)


@memoize(TABLES)
def _seat_verb_forms(lang: str) -> frozenset[str]:
    """Every form of the verbs of reaction of ``lang``'s ``government_seat_verbs`` (critique, critiqué,
    accusent...), made by the language's Hunspell suffix rules from each infinitive (the infinitive alone where
    no dictionary is installed). Why: the object of such a verb is a government (« a critiqué Pékin »), so a
    capital there stands for it as one heading its clause does; the forms come from the morphology, not a list."""
    from mtqa.langs import hunspell, language

    profile = language(lang)
    out: set[str] = set()
    for verb in profile.word_set("government_seat_verbs"):
        out.update(hunspell.suffix_forms(profile.dictionaries, verb) or (verb,))
    return frozenset(out)


def _english_form(pair, lost: str) -> str:
    """The lost name as the suggestion writes it: the target's acronym where the acronym table has the
    source's (Aqmi: AQIM), else :func:`~mtqa.names.exonym_forms.target_form` (Moscou: Moscow)."""
    return english_acronym(pair, lost) or target_form(pair, lost)


def _class_nouns(ctx) -> dict[str, frozenset[str]]:
    """The target language's class nouns (``class_nouns.<target>.tsv`` in ``mtqa/data/names/``), each with
    the kinds of place it names; empty where the language has no such table."""
    from mtqa.langs.data import table
    try:  # a broken table raises a DataError naming the file and line
        rows = table(f"class_nouns.{ctx.target.code}.tsv")
    except FileNotFoundError:
        return {}
    nouns: dict[str, set[str]] = {}
    for row in rows:
        nouns.setdefault(row["noun"].lower(), set()).add(row["kind"])
    return {n: frozenset(k) for n, k in nouns.items()}


def _definite_description(wa, tokens: list[int], lost: str, ctx) -> bool:
    """The stand-in ``tokens`` are a definite description of a place: a definite article right before
    them, and the last of them a class noun of the target language (``class_nouns``: city, town,
    capital, region, department...) of the lost name's kind where the exonym table knows it (Moscou: a
    city, so "the capital" or "the city", not "the island"), of any kind where it does not (Bordeaux,
    Lozère). Such a phrase ("Residents of the city", "the mayor of the southwestern city", "arrived in the
    capital") refers back to the name, as a translator paraphrases a place the article has named; it is no
    word standing in for a name the system could not read."""
    if not tokens or tokens[0] < 1:
        return False
    if wa.target[tokens[0] - 1].text.lower() not in ctx.target.word_set("definite_articles"):
        return False
    kinds = _class_nouns(ctx).get(wa.target[tokens[-1]].text.lower())
    if not kinds:
        return False
    kind = name_kind(ctx.pair, lost)
    return kind is None or kind in kinds


def _neighbours_linked(wa, start: int, end: int, near: int) -> bool:
    """Each of the ``near`` source content words on each side of the name at ``start:end`` is linked to some
    target word. Why (T112): a word the aligner left unlinked has its rendering somewhere, and English often
    moves it into the name's place (« Saddam Hussein comme un dictateur sanguinaire » -> "Saddam as a
    murderous dictator": murderous is sanguinaire's, put before its noun); an unlinked target word there is
    a stand-in for the name only where no such word is left to account for it."""
    content = [i for i in wa.source_content if not start <= wa.source[i].start < end]
    before = [i for i in content if wa.source[i].start < start][-near:]
    after = [i for i in content if wa.source[i].start >= end][:near]
    return all(wa.links.get(i) for i in before + after)


def _insertion(text: str, wa, left: int, right: int, lost: str, target) -> tuple[int, int, Optional[str]]:
    """(start, end, suggestion) of the issue: the target token before the name's place (the one after it at
    the segment's start) and, where the two tokens around the place are adjacent, that token with the lost
    name written beside it ("avenue" -> "avenue Moravelli", "Patrick" -> "Patrick Dravenik"; at the start,
    the first word lowered where the ``target`` language's dictionary has it so: "Announced" -> "Moravelli
    announced"); None where grammar words stand between them ("he and built": the name's very place among
    them is unknown). Why: a suggestion replaces the flagged text (the output contract; SARIF makes it a
    fix), so the name alone would delete the word it is put on."""
    if left < 0:
        tok = wa.target[right]
        if right != 0:
            return tok.start, tok.end, None
        word = text[tok.start:tok.end]
        low = word[:1].lower() + word[1:]
        return tok.start, tok.end, f"{lost} {low if low != word and target.in_dictionary(low) else word}"
    tok = wa.target[left]
    return tok.start, tok.end, f"{text[tok.start:tok.end]} {lost}" if right == left + 1 else None


def _group(text: str, start: int, end: int, lang) -> Optional[tuple[int, int]]:
    """The span of the whole name the name at ``start:end`` belongs to: the capitalised words one space,
    hyphen or apostrophe apart, or joined by one of the language's name particles (``District de
    Washington``, ``Ciudad de México``, ``rue d'Ulm``), less a sentence's first word that is a word of the
    language (« Selon Moravelli »: Selon opens the sentence). A translator who keeps one of those words
    kept the name in a shorter form ("the District", "Mexico City")."""
    particles = lang.word_set("name_particles")
    words = [(m.start(), m.end(), m.group()) for m in _WORDS.finditer(text, max(0, start - 120), min(len(text), end + 120))]
    k = next((i for i, (s, e, _) in enumerate(words) if s <= start < e or s >= start), None)
    if k is None:
        return None

    def joined(i: int, j: int) -> bool:  # words i < j belong to one name
        gap = text[words[i][1]:words[j][0]]
        return len(gap) <= 2 and not gap.strip(" \u00a0-'’")

    def capital(i: int) -> bool:
        return words[i][2][:1].isupper()

    lo = k
    while lo > 0:
        if capital(lo - 1) and joined(lo - 1, lo):
            lo -= 1
        elif lo > 1 and words[lo - 1][2].lower() in particles and capital(lo - 2) \
                and joined(lo - 2, lo - 1) and joined(lo - 1, lo):
            lo -= 2
        else:
            break
    hi = k
    while hi + 1 < len(words) and words[hi + 1][0] < end:
        hi += 1
    while hi + 1 < len(words):
        if capital(hi + 1) and joined(hi, hi + 1):
            hi += 1
        elif hi + 2 < len(words) and words[hi + 1][2].lower() in particles and capital(hi + 2) \
                and joined(hi, hi + 1) and joined(hi + 1, hi + 2):
            hi += 2
        else:
            break
    s = words[lo][0]
    if lo < k and at_sentence_start(text, s) and lang.in_dictionary(words[lo][2].lower()):
        s = words[lo + 1][0]
    return s, words[hi][1]


def _surname_lost(kept: list[tuple[int, str]], start: int, ctx) -> bool:
    """The parts of a name the target kept (``kept``: source offset and word) are first names only
    (``first_names.tsv``) or words no dictionary knows (:func:`_unknown`), all before the lost word at
    ``start``: the person's surname is gone and the
    first name left alone (« Patrik Nacher » -> "Patrik"), which no translator writes for a shorter form
    of the name (that keeps the surname: "Nacher", "Mr Nacher")."""
    first_names = ctx.pair.first_names_folded
    return all(at < start and (fold(word) in first_names or _unknown(word, ctx)) for at, word in kept)


def _unknown(word: str, ctx) -> bool:
    """Neither language's dictionary knows ``word``, capitalised or not: a given name the first-name table
    lacks (« Hamdin Sabbahi » -> "Hamdin", « Carles Puyol » -> "Carles"), not a word of a longer name that a
    translator may keep alone (Celtic for « Celtic Glasgow », Berlin for « Berlin-Mitte », the Commission)."""
    return not any(lang.in_dictionary(w) for lang in (ctx.source, ctx.target) for w in (word, word.lower()))


def _neighbourhood_rendered(wa, start: int, end: int, near: int, share: float,
                            skipped: frozenset[int] = frozenset(), stand_ins: int = 0) -> bool:
    """The name at ``start:end`` of the source stands in a neighbourhood translated word for word: of the
    source content words nearest it (``near`` on each side, fewer at the sentence's edge, three at least in
    all), at least ``share`` are rendered, the strongest renderings of those before the name all before
    those of the words after it, and at least ``share`` of the target content words from the first of
    those renderings to the last are accounted for by some source word. The empty place between its
    neighbours' renderings is then the name's, however loosely the rest of the sentence is rendered
    (« D'autres observations concernent le déclin d'une vieille Europe et de nouveaux types » -> "Other
    comments relate the decline of an old and new types": Europe's place is empty).

    Why: the sentence's gates (``min_recall``, ``min_precision``) keep a loose rendering from being read,
    since a name may be reworded there; but a garbled clause elsewhere in a long sentence says nothing of
    the name's own clause, and the dropped name lowers the sentence's recall itself.

    The ``skipped`` source content words (:func:`_rendered_neighbour`: a neighbour the alignment left
    unrendered, whose rendering the name's place holds instead) are read as neither near word nor gap,
    and so is the one target content word per skipped word that no source word accounts for, the name's
    place and the rendering of the skipped word being one span; so are ``stand_ins`` more such target words
    (T112: the words written in the name's place, which render no source word)."""
    inside = {i for i, t in enumerate(wa.source) if start <= t.start < end}
    if not inside:
        return False
    first, last = min(inside), max(inside)
    content = [i for i in wa.source_content if i not in inside and i not in skipped]
    before = [i for i in content if i < first][-near:]
    after = [i for i in content if i > last][:near]
    if not before or not after or len(before) + len(after) < 3:
        return False  # at the sentence's edge a loose rendering may have moved or restated it (« A Sofia, ... »)
    left = [t for t in (_strongest(wa, i, last=True) for i in before) if t is not None]
    right = [t for t in (_strongest(wa, i, last=False) for i in after) if t is not None]
    if len(left) + len(right) < share * (len(before) + len(after)):
        return False
    if left and right and max(left) >= min(right):
        return False
    span = left + right
    lo, hi = min(span), max(span)
    between = [k for k in wa.target_content if lo <= k <= hi]
    unlinked = [k for k in between if k not in wa.target_linked][:len(skipped) + stand_ins]
    between = [k for k in between if k not in unlinked]
    return sum(k in wa.target_linked for k in between) >= share * len(between)


def _named(words: frozenset, name: str, ctx) -> bool:
    """The folded ``words`` of a translation hold every word of the source name ``name``, as the source
    writes it or in the target language's form (:func:`~mtqa.names.exonym_forms.target_form`: Tadjikistan is
    "Tajikistan", Ciudad de México "Mexico City"). Every word: a first name alone elsewhere in the article
    does not name « Carles Puyol »."""
    return any(all(fold(w) in words for w in _WORDS.findall(form)) for form in (name, target_form(ctx.pair, name)))


def _near_renderings(wa, inside: list[int], before: int, near: int) -> set[int]:
    """The target tokens the alignment links to the ``near`` source content words before the name's rendered
    left neighbour ``before`` (the name's tokens ``inside``): the rest of the noun phrase the name
    completes. English puts a noun's modifiers before it where French puts them after, so the rendering of
    a noun that comes before the name in French may stand in the name's place in English: « le Festival du
    film de Moravelli » -> "the Film Festival" (Festival's rendering after film's), « la santé mentale et
    physique de Dravenik se détériore » -> "the physical and mental health deteriorates", « les efforts du
    professeur Korvanec » -> "the professor's efforts". A word there that such a source word accounts for
    is that word's rendering moved, not a word standing for the name; the name is still left out.

    Why only words before the name, and near: a word linked to the words after it is most often the
    rendering of a gloss that follows a name and replaces it (« la Guardia Urbana (police municipale) » ->
    "the City Police"), and a word linked further off is a rendering moved across the sentence, which says
    nothing of the name's place; a word no source word accounts for (a stand-in, « Villepinte » ->
    "100-point") is still read as a replacement."""
    content = [i for i in wa.source_content if i not in inside and i < before]
    return {t for i in content[-near:] for t, _, _ in wa.links.get(i, ())}


PASSED_NEIGHBOURS = 1
"""Unrendered source content words :func:`_rendered_neighbour` passes on each side of a lost name: one, a
word whose rendering the aligner's lexicon misses (« a informé Moravelli » -> "he advised"); more leave the
name's place unknown."""


def _rendered_neighbour(wa, i: int, step: int, content: set) -> tuple[int, Optional[int], frozenset[int]]:
    """(source token, its strongest target token, the unrendered content words passed) for the nearest
    source content word at or beyond ``i`` in the direction ``step`` (-1: leftwards) that the alignment
    renders, passing at most ``PASSED_NEIGHBOURS`` unrendered content words; ``i`` itself with a target token
    of None where it is unrendered and no rendered one is near enough; the segment's edge (-1 or past the
    end, rendered by the target's edge) where no content word is left.

    Why: the name's neighbour is often a verb the translation renders by another lemma than the lexicon
    gives (« a informé Nacher » -> "he advised": informer is no advise for the aligner), and the place
    then had no side at all; the word past it shows where the clause is, and what stands between the
    renderings is read as the passed word's rendering (:meth:`OmittedName._omitted` asks that exactly as
    many target content words no source word accounts for stand there, each a plain lower-case word: with
    none, the passed word's rendering stands elsewhere, the clause reordered around the name, « la nuit de
    la Saint Sylvestre tombe » -> "falling the New Year's Eve", or it is left out with the name, a clause
    left out whole)."""
    n = len(wa.source)
    edge = (-1, -1) if step < 0 else (n, len(wa.target))
    if not 0 <= i < n:
        return edge[0], edge[1], frozenset()
    passed: list[int] = []
    j = i
    while True:
        t = _strongest(wa, j, last=step < 0)
        if t is not None:
            return j, t, frozenset(passed)
        passed.append(j)
        if len(passed) > PASSED_NEIGHBOURS:
            return i, None, frozenset()
        j = next((k for k in range(j + step, -1 if step < 0 else n, step) if k in content), None)
        if j is None:
            return edge[0], edge[1], frozenset(passed)  # nothing rendered past it: the segment's edge


def _plain_word(word: str, lang) -> bool:
    """``word`` is a lower-case word of the language ``lang``'s dictionary: what a source word the aligner
    left unlinked may be rendered by, not a name written in the lost name's place."""
    return word[:1].islower() and lang.in_dictionary(word)


_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.?)+)(?![\w])")
_CURRENCY_SIGNS = "$€£¥"
_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.,;:!?»”\")]|$)")


def _abbreviated(text: str, parts: list[str]) -> bool:
    """The target writes the name of the words ``parts`` as their initials: two letters or more, dotted or
    not (Los Angeles -> "L.A.", "LA"), or one before a currency sign (dollars de Singapour -> "S$"). A
    translator's usual short form, no omission."""
    initials = "".join(p[:1] for p in parts).upper()
    for m in _INITIALS.finditer(text):
        letters = m.group(1).replace(".", "")
        if letters == initials and (len(letters) >= 2 or text[m.end():m.end() + 1] in _CURRENCY_SIGNS
                                    and m.group(1)[-1:] != "."):
            return True
    return False


def _bracketed(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` stands alone in brackets (« l'entrepreneur de Vigo (Galice) »): a gloss,
    often a region after its town, which a loose rendering may leave to the reader's knowledge."""
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


def _ends_clause(text: str, end: int) -> bool:
    """The name ending at ``end`` of the source ends its clause: a mark of punctuation or the text's end
    follows it (« a ajouté Moravelli. », « explique Moravelli, »)."""
    return _CLAUSE_END.match(text, end) is not None


def _strongest(wa, i: int, last: bool) -> Optional[int]:
    """The target token source token ``i`` is most strongly linked to (the last or the first of those tied),
    None when it is unlinked."""
    links = wa.links.get(i)
    if not links:
        return None
    best = max(s for _, s, _ in links)
    ties = [t for t, s, _ in links if s == best]
    return max(ties) if last else min(ties)

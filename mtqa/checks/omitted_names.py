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

from dataclasses import dataclass
from typing import Callable, Iterator, Optional

from mtqa.checks.base import DocumentCheck
from mtqa.checks.exonyms import target_form
from mtqa.checks.name_swaps import lost_source_names, name_alignment
from mtqa.checks.registry import register
from mtqa.langs import at_sentence_start, fold
from mtqa.model import DocumentPair, Issue, Role, Segment, Severity
from mtqa.words import LETTERS_RE as _WORDS


@register
@dataclass
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
    lost, which no shorter form of a name does);
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

    Minor by default: the place of the name is read from the word
    alignment, not from the sentence's grammar, and at major severity the
    check's few flags per system moved WMT13's system order away from the
    human judges' (Kendall τ of the mean document score 0.82 -> 0.79;
    0.82 at minor, ``bench/meaning.py``, WMT13 being the calibration
    year). A desk that weighs a lost name more raises it in ``[severity]``.

    Example:
        source: Titre\\n\\nLe porte-parole de la société, Patrick Dravenik, a annoncé mardi que le projet serait abandonné.
        bad: Title\\n\\nThe company spokesman announced on Tuesday that the project would be abandoned.
        bad: Title\\n\\nThe company spokesman, Patrick, announced on Tuesday that the project would be abandoned.
        good: Title\\n\\nThe company spokesman, Patrick Dravenik, announced on Tuesday that the project would be abandoned.
    """

    code = "A611"
    name = "omitted-name"
    category = "accuracy"
    subcategory = "omission"
    severity = Severity.MINOR
    requires_source = True
    min_recall: float = 0.75
    min_precision: float = 0.9

    window: int = 1

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
        if not runs or len(runs) > 2:
            return  # more lost names than two: a garbled sentence, not one name left out
        from mtqa.meaning.align import cached_alignments

        src_text = " ".join(s.text for s in sources)
        cached = cached_alignments(pair)
        wa = cached.get(segment.index) if cached is not None else name_alignment(src_text, segment.text, ctx)
        if wa is None or wa.adequacy is None or wa.recall < self.min_recall or wa.precision < self.min_precision:
            return
        target_folded = {fold(t.text) for t in wa.target}
        around = {fold(w) for text in nearby for w in _WORDS.findall(text)}
        for start, end, name in runs:
            found = self._omitted(start, end, src_text, segment, wa, target_folded, ctx)
            if found is None or fold(name) in around:
                continue  # (written in the next or the previous sentence: moved there, not lost)
            whole, lost, left, right, pronoun = found
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
            yield self.issue(
                segment, s, e,
                f"The {ctx.source.name} names “{whole}”, which the {ctx.target.name} leaves out: no word "
                f"renders it where it belongs ({where}).",
                suggestion, confidence=0.7,
            )

    def _omitted(self, start: int, end: int, src_text: str, segment: Segment, wa, target_folded: set,
                 ctx) -> Optional[tuple[str, str, int, int, Optional[int]]]:
        """(whole name, the part of it lost, target token before its place, target token after it; -1 / past
        the end at the segment's edges; the target token of a personal pronoun no source word accounts for
        standing in its place, else None) when the name at ``start:end`` of the source is left out with
        nothing but such a pronoun in its place, else None. The part lost is the whole name, or its surname
        where a first name was kept (« Patrick Dravenik » -> "Patrick": Dravenik)."""
        from mtqa.langs import freedict

        src = ctx.source
        group = _group(src_text, start, end, src)
        if group is None:
            return None
        g_start, g_end = group
        whole = src_text[g_start:g_end]
        parts = [(m.start() + g_start, m.group()) for m in _WORDS.finditer(whole)]
        kept = [(at, p) for at, p in parts if fold(p) in target_folded]
        if kept and not _surname_lost(kept, start, ctx):
            return None  # a part of the name kept: the name shortened (Barack Obama -> Obama), or replaced in part
        pair = freedict.pair_name(src.code, ctx.target.code)
        if any(fold(t) in target_folded for _, p in parts for t in freedict.lookup(p.lower(), pair)):
            return None  # translated as a word: T105's
        lost_from = start if kept else g_start  # a surname lost after a kept first name: the surname's place
        inside = [i for i, t in enumerate(wa.source) if lost_from <= t.start < g_end]
        if not inside or any(wa.links.get(i) for i in inside):
            return None  # the alignment renders it somehow
        content = set(wa.source_content)
        before = next((i for i in range(inside[0] - 1, -1, -1) if i in content), -1)
        after = next((i for i in range(inside[-1] + 1, len(wa.source)) if i in content), len(wa.source))
        left = _strongest(wa, before, last=True) if before >= 0 else -1
        right = _strongest(wa, after, last=False) if after < len(wa.source) else len(wa.target)
        if left is None or right is None or right <= left:
            return None  # a neighbour unrendered, or the order changed: the place is unknown
        around = {t for i in range(before + 1, after) if i not in inside for t, _, _ in wa.links.get(i, ())}
        if any(k in wa.target_content and k not in around for k in range(left + 1, right)):
            return None  # a content word in the name's place that no word beside the name accounts for: replaced
        if segment.role is Role.HEADLINE and (before < 0 or after >= len(wa.source)):
            return None  # a headline may drop a name at its edge ("Moravelli: la société..." -> "Company ...")
        # a personal pronoun in the place, no word beside the name rendered by it (« Si M. Montebourg parvient »
        # -> "If he manages"): the person is referred to, not left out
        pronouns = ctx.target.word_set("personal_pronouns")
        pronoun = next((k for k in range(left + 1, right) if k not in around and wa.target[k].text.lower() in pronouns),
                       None)
        return whole, src_text[lost_from:g_end], left, right, pronoun

    def _where(self, segment: Segment, wa, left: int, right: int) -> str:
        """Where the name's place is in the target, for the message."""
        if left < 0:
            return f"before “{wa.target[right].text}”"
        if right >= len(wa.target):
            return f"after “{wa.target[left].text}”"
        return f"between “{wa.target[left].text}” and “{wa.target[right].text}”"


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
    (``first_names.tsv``), all before the lost word at ``start``: the person's surname is gone and the
    first name left alone (« Patrik Nacher » -> "Patrik"), which no translator writes for a shorter form
    of the name (that keeps the surname: "Nacher", "Mr Nacher")."""
    first_names = ctx.pair.first_names_folded
    return all(at < start and fold(word) in first_names for at, word in kept)


def _strongest(wa, i: int, last: bool) -> Optional[int]:
    """The target token source token ``i`` is most strongly linked to (the last or the first of those tied),
    None when it is unlinked."""
    links = wa.links.get(i)
    if not links:
        return None
    best = max(s for _, s, _ in links)
    ties = [t for t, s, _ in links if s == best]
    return max(ties) if last else min(ties)

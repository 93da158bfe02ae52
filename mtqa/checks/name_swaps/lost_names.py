"""Source names the target lost: the unknown names, name slots and names beside names of a source
sentence, and whether the target still writes each (kept, respelled, romanised, another of its known names).

T106 and T110 pair these lost names with the new names of the target; :func:`lost_source_names` gives them to
the omitted-name check (A611). The answers for one segment are kept for its document (:func:`_asked`).
"""
from __future__ import annotations

import functools
import re
from typing import Iterator, Optional

from mtqa.checks.name_swaps.likeness import FoldedWords, ReadText, name_present, read_text
from mtqa.checks.name_swaps.name_words import (capital_neighbours, english_place_names, name_of_both, name_runs, name_words,
                                               one_name_gap, quoted_alone, verb_name_at)
from mtqa.langs import at_sentence_start, fold
from mtqa.langs.cache import FEW_SOURCES, SOURCE_MEMO
from mtqa.model import Segment, joined_sources
from mtqa.names.mentions import TextWords, text_words
from mtqa.names.translit import same_first_name, same_name_romanised, transliterator
from mtqa.words import LETTERS_RE, ONE_APOSTROPHE_WORD_RE as _WORD, UPPER


UNKNOWN_ZIPF = 2.5
"""A source name rarer than this in both languages is not a common word (Piromalli, Yonath)."""


@functools.lru_cache(maxsize=None)
def other_names(pair: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Folded word of a place's name -> every name of that place (``alternate_names.<pair>.tsv``), each as
    its folded words: gdansk -> ((gdansk,), (danzig,)); karlovy -> ((karlovy, vary), (carlsbad,), ...).

    Why: English writing names some places by an endonym, another official language's name or a former
    name (Danzig, Lemberg, Carlsbad, Brixen); a translation that writes one of them for the source's other
    name has lost no name."""
    from mtqa.langs.data import pair_table

    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for row in pair_table("alternate_names", pair):
        forms = tuple(tuple(fold(w) for w in LETTERS_RE.findall(form)) for form in row["names"].split("|"))
        for words in forms:
            for w in words:
                out[w] = out.get(w, ()) + forms
    return out


_CAPITAL_RUN = re.compile(rf"[{UPPER}][^\W\d_]*(?:[ \u00a0]+[{UPPER}][^\W\d_]*)*")
"""Capitalised words one space apart: one name (Karlovy Vary, Michael Lemberg, À Gdansk)."""


def places_alone(src_text: str, ctx) -> frozenset[str]:
    """The folded words of ``src_text`` that name a place of ``alternate_names.<pair>.tsv`` on their own
    (directly or as the exonym table's French form): each capitalised word beside them (one space apart)
    is a word of that place's names (Karlovy Vary) or a function word opening the sentence (À Gdansk).

    Why: a place's other name renders the place, not a person or a product named after it (the judge
    Michael Lemberg is no Lviv, the gin Bombay Sapphire no Mumbai gin)."""
    return ctx.memo("swaps.places_alone", (src_text, ctx.source.code, ctx.config.pair),
                    lambda: _read_places_alone(src_text, ctx.source.function_words, ctx.config.pair), bound=FEW_SOURCES)


def _read_places_alone(src_text: str, function_words: frozenset[str], pair: str) -> frozenset[str]:
    """:func:`places_alone` for one text."""
    others, places = other_names(pair), english_place_names(pair)
    out = set()
    for m in _CAPITAL_RUN.finditer(src_text):
        words = m.group().split()
        while len(words) > 1 and words[0].lower() in function_words:
            words = words[1:]
        folded = [fold(w) for w in words]
        for key in folded:
            forms = others.get(key, ()) + others.get(places.get(key, "\0"), ())
            if forms and all(w == key or any(w in form for form in forms) for w in folded):
                out.add(key)
    return frozenset(out)


def _kept(name: str, target_words: FoldedWords, pair: str, alone: frozenset[str]) -> bool:
    """The source's name word ``name`` is in the target as it is, as its exonym (Tchéquie -> Czech: the
    table's English form), or, where it names a place on its own (``alone``: :func:`places_alone`), as
    another name of the same place (Gdansk -> Danzig, Dantzig -> Danzig through the exonym's English form
    Gdansk): only a name none of these stands for is lost."""
    if name_present(name, target_words):
        return True
    exonym = english_place_names(pair).get(fold(name))
    if exonym is not None and name_present(exonym, target_words):
        return True
    if fold(name) not in alone:
        return False
    others = other_names(pair)
    forms = others.get(fold(name), ()) + (others.get(exonym, ()) if exonym else ())
    return any(all(name_present(w, target_words) for w in form) for form in forms)


def lost_of(found: list, target_words: ReadText, src_text: str, alone: frozenset[str], src_words: FoldedWords,
             ctx) -> list:
    """The (start, end, word) of ``found`` (source name words) that :func:`_lost` says the target lost, each word's
    answer kept with the segment's other answers (:func:`_asked`). Why: T106 asks twice per segment, for the source's
    unknown names (:func:`~mtqa.checks.name_swaps.swap_readers._read_swaps`) and for its name slots
    (:func:`~mtqa.checks.name_swaps.swap_readers._replaced_in_place`), and the two lists share most words (on WMT14's
    24,024 pairs 9,567 of 26,569 answers were asked again); the omitted-name check asks about both lists again
    (:func:`lost_source_names`) after the document's segment checks, where a slot kept for the segment being checked
    (what answered before) had been replaced by the next segment's: its 2,768 asks on WMT14 computed every answer again.
    The answer depends on nothing else than the word, the target's words and the source text (``alone`` and
    ``src_words`` are read from it), so answers kept by the target's text and the source text are the same answers."""
    answers = _asked(target_words.text, src_text, ctx)[1]
    pair = ctx.config.pair
    out = []
    for s, e, w in found:
        lost = answers.get(w)
        if lost is None:
            lost = answers[w] = _lost(w, target_words, pair, alone, src_words)
        if lost:
            out.append((s, e, w))
    return out


def _lost(name: str, words: ReadText, pair: str, alone: frozenset[str], source: FoldedWords) -> bool:
    """Source name word ``name`` is missing from the target's ``words``: it is not kept (:func:`_kept`: as
    it is, as its exonym, as another name of the same place where it names a place on its own) nor
    written in another romanisation of it (:func:`_romanised_otherwise`; ``source`` is the source's words)
    nor in the English romanisation of the name French spells (:func:`_romanised_english`) nor as another
    form of the same Russian first name, full or diminutive (:func:`_first_name_otherwise`)."""
    return not _kept(name, words, pair, alone) and not _romanised_otherwise(name, words, source) \
        and not _romanised_english(name, words, pair) and not _first_name_otherwise(name, words, pair, source)


def _romanised_english(name: str, words: ReadText, pair: str) -> bool:
    """The target writes ``name`` as English romanises the Cyrillic name French spells that way
    (:mod:`mtqa.names.translit`: ``Jenia`` -> "Zhenya" is Женя, ``Ioujine`` -> "Yuzhin"): the name kept in the
    target's spelling, which :func:`romanisation_key <mtqa.names.translit.romanisation_key>` may not
    match (French j is the English zh) and which English may know as a name (Zhenya), so no letter
    comparison would clear it."""
    source, _, target = pair.partition("-")
    translit = transliterator(source, target)
    if not translit.available:
        return False
    form = translit.english_form(name)
    return form.changed and fold(form.english) in words.folded


def _romanised_otherwise(name: str, words: ReadText, source: FoldedWords) -> bool:
    """A capitalised word of the target is ``name`` in another romanisation of the same Cyrillic name
    (:func:`~mtqa.names.translit.same_name_romanised`: Kirill, Kyrylo, its Ukrainian spelling; Grigori,
    Hryhoriy): the name is kept, not replaced, whichever accepted spelling the translator chose. A
    target word the source itself writes (``source``) renders that source word, another person: in
    "Melissa Jones a chanté avec Miles Davis" -> "Zarquon Jones sang with Miles Davis", Miles (whose
    key Melissa shares) is Miles Davis, not Melissa kept."""
    return any(same_name_romanised(name, w) for w in _capitals_of_own(words, source))


def _first_name_otherwise(name: str, words: ReadText, pair: str, source: FoldedWords) -> bool:
    """A capitalised word of the target is the full form of the Russian first name whose diminutive the
    source writes, or a diminutive of the full name it writes (:func:`~mtqa.names.translit.same_first_name`:
    ``Pétia`` -> "Pyotr", ``Volodia`` -> "Vladimir", ``Sonietchka`` -> "Sonya", ``Vladimir`` -> "Volodya"):
    a translator's choice of how to call the same person, no replaced name. As for another romanisation
    (:func:`_romanised_otherwise`), a word the source itself writes names that word's bearer."""
    source_lang, _, target_lang = pair.partition("-")
    return any(same_first_name(name, w, source_lang, target_lang) for w in _capitals_of_own(words, source))


def _capitals_of_own(words: ReadText, source: FoldedWords) -> Iterator[str]:
    """The capitalised words of the target that the source does not write (``source``: its words): the
    words that may be another spelling or form of a lost name, where a word the source writes renders
    that word and names its bearer."""
    return (w for w in words.words if w[:1].isupper() and w not in source.words and fold(w) not in source.folded)


def names_written(text: str, src_text: str, ctx) -> bool:
    """Every source name word that T106 or T110 may find lost (:func:`unknown_names`, :func:`name_slots`,
    :func:`~mtqa.checks.name_swaps.swap_readers._names_beside_names`) is written as it is in the translation ``text``:
    then none is lost (:func:`_lost` reads a word the target writes verbatim as kept, first of all), so
    :func:`~mtqa.checks.name_swaps.swap_readers.swaps_of` is None and
    :func:`~mtqa.checks.name_swaps.swap_readers._replaced_in_place` finds nothing, whatever the rest of the two texts
    says.

    Why: the source's name words are one set per source (8 systems' translations share it) and the
    translation's words one split, so the test is one set difference in C; most translations copy every
    name, and were read through the places named alone, the source's words and each name's presence,
    twice (the new names, then the names in place), for nothing. The three lists' words are all among the
    source's capitalised words (:func:`name_words`), so only a capitalised word the translation does not
    write needs their tests, and only that word's (:class:`_SourceNameWords`): a word it writes cannot be a
    lost one, whichever list has it. On WMT14's 24,024 pairs 2,450 of the 3,003 sources are never read
    further, and the dictionary lookups of the rare names their translations copy were most of the cost.
    The answer is kept with the segment's other answers for its document (:func:`_asked`): four readers ask it."""
    asked = _asked(text, src_text, ctx)
    written = asked[0]
    if written is None:
        written = asked[0] = _read_names_written(text, src_text, ctx)
    return written


def _read_names_written(text: str, src_text: str, ctx) -> bool:
    """:func:`names_written` of a translation and its source's text, read."""
    names = ctx.memo("swaps.names", (src_text, ctx.source.code, ctx.target.code),
                     lambda: _SourceNameWords(src_text, ctx.source, ctx.target, text_words(src_text, ctx)),
                     bound=SOURCE_MEMO)
    if not names.words:
        return True
    missing = names.words.difference(words_of(text, ctx))
    return not missing or not any(map(names.listed, missing))


DOCUMENT_ASKS = 1_024
"""(translation, source) texts whose answers :func:`_asked` keeps: a segment's answers are asked again by
the document checks (T110, the omitted-name check) after the segment checks of its whole document, so the
bound must hold a document's segments (WMT14's longest has 91). A text pair met again beyond it is read
again, with the same answers."""


def _asked(text: str, src_text: str, ctx) -> list:
    """[whether every name is written (:func:`names_written`; None until asked), {source name word: lost
    (:func:`_lost`)}] of a translation ``text`` and its source's text: what the name checks ask about one
    segment, kept for its document (:data:`DOCUMENT_ASKS`). Why: four readers ask whether the names are
    written (T106 twice, T110, the omitted-name check), ~5 us each with the source's names found: on WMT14's
    24,024 pairs 96,085 asks for 24,024 segments. Both answers are pure functions of the two texts (and the
    languages), so keeping them changes no answer."""
    return ctx.memo("swaps.asked", (text, src_text, ctx.source.code, ctx.target.code), lambda: [None, {}],
                    bound=DOCUMENT_ASKS)


class _SourceNameWords:
    """A source text's capitalised words (:func:`name_words`: ``words``), and for each word asked,
    whether one of the three lists of :func:`names_written` has it, read with their own tests
    (:func:`_is_unknown_name`, :func:`_is_name_slot`, :func:`is_name_beside_name`) at that word's
    places only, once per word."""

    __slots__ = ("text", "src", "tgt", "caps", "words", "_listed")

    def __init__(self, src_text: str, src, tgt, split: Optional[TextWords] = None):
        self.text, self.src, self.tgt = src_text, src, tgt
        self.caps = name_words(src_text, src, split)
        self.words = frozenset(w for _, _, w in self.caps)
        self._listed: dict[str, bool] = {}

    def listed(self, word: str) -> bool:
        """``word`` (one of ``words``) is a word of :func:`unknown_names`, :func:`name_slots` or
        :func:`~mtqa.checks.name_swaps.swap_readers._names_beside_names` of the text."""
        found = self._listed.get(word)
        if found is None:
            from mtqa.meaning.align import function_stems

            text, src, tgt, caps = self.text, self.src, self.tgt, self.caps
            own_letters = frozenset(src.extra.get("special_letters", ""))
            function = function_stems(src.code, tgt.code)[0]
            found = self._listed[word] = any(
                _is_unknown_name(text, caps, k, src, tgt, own_letters)
                or _is_name_slot(text, caps, k, src, tgt, own_letters, function)
                or is_name_beside_name(text, caps, k, src, tgt, own_letters)
                for k, (_, _, w) in enumerate(caps) if w == word)
        return found


def words_of(text: str, ctx) -> list[str]:
    """The words of :class:`ReadText` ``text`` (``_WORD.findall``), without the rest of a :class:`ReadText`: its split's
    words, read again with ``_WORD`` when one has two apostrophes (as :class:`ReadText` does).

    Why: :func:`names_written` needs only the words, and T110 asks it for every segment of a document after
    the document's segment checks have run, so a translation's :class:`ReadText` (one slot, the segment being
    checked) was built again for each: 19,700 of WMT14's 43,700 builds, each finding the capitalised words
    and testing where every one stands in its sentence, for nothing."""
    split = text_words(text, ctx)
    return _WORD.findall(text) if split.chained else split.words


def name_slots(src_text: str, src, tgt) -> list[tuple[int, int, str]]:
    """The source's name words that :func:`~mtqa.checks.name_swaps.swap_readers._replaced_in_place` looks for in the
    target: capitalised, no word of the source dictionary nor a common word of either language (``Vitro``, ``Meteor``:
    English words a translation may keep as words), Latin-1 letters only, rare or frequent. A word opening a sentence, a
    quotation or a line of dialogue is a name on those terms too: its capital is the sentence's, but a word the source
    dictionary does not know is no word of the sentence (``- Kirill, pourquoi`` -> "- Meerov, why"; ``« Valentino
    préfère l'élégance »`` -> "Teliszewsky prefers elegance"), when it is rare as a word too (:func:`_name_opening`),
    and so is a word alone in brackets mid-sentence (``Yohan (Cabaye)``: :func:`_alone_in_brackets`), or a name both
    languages' dictionaries list (:func:`~mtqa.checks.name_swaps.name_words.name_of_both`) alone in a quotation or
    bracket opened right after a word (« la série "Dallas" »: :func:`~mtqa.checks.name_swaps.name_words.quoted_alone`;
    any other quoted word may be a term the translator rewords, « Wesh » -> "Hey"); the alignment still has to put
    the new word in its very place. A name the source dictionary reads as a verb
    (:func:`~mtqa.checks.name_swaps.name_words.verb_name_at`: « de General Terán, China et Cadereyta », *chiner*) is a
    slot even where the target language writes its letters as a common word (china): the source language
    capitalises no verb mid-sentence, so the capital makes it a name, and a system that wrote the verb's
    translation in its place ("General Terán, Dyed and Cadereyta") lost it. A word after an elided word (``qu'Ibrahimovic``,
    :func:`_after_elision`) stands mid-sentence, whatever the apostrophe looks like. A word of a name is written in
    lower case after its capital and has three letters or more: ``XXe`` (a century) and ``Md`` (milliards) are
    abbreviations, and a function word of the source (``Des hommes et des dieux``, a title) opens a name the target
    translates."""
    from mtqa.meaning.align import function_stems

    caps = name_words(src_text, src)
    own_letters = frozenset(src.extra.get("special_letters", ""))
    function = function_stems(src.code, tgt.code)[0]
    return [caps[k] for k in range(len(caps)) if _is_name_slot(src_text, caps, k, src, tgt, own_letters, function)]


def _is_name_slot(src_text: str, caps, k: int, src, tgt, own_letters: frozenset, function: frozenset) -> bool:
    """:func:`name_slots`'s test of the k-th of the source's name words ``caps`` (``function``: the source's
    function stems)."""
    from mtqa.meaning.tokens import stem

    s, e, w = caps[k]
    return len(w) > 2 and w[1].islower() and stem(w.lower(), src.code) not in function \
        and (not at_sentence_start(src_text, s) or _after_elision(src_text, s, w, src)
             or _name_opening(src_text, s, w, src) or _alone_in_brackets(src_text, s)
             or quoted_alone(src_text, s, e) and name_of_both(w, src, tgt)) \
        and ((not src.in_dictionary(w.lower()) and not src.is_common_word(w) or name_of_both(w, src, tgt))
             and not tgt.is_common_word(w) or verb_name_at(src_text, s, w, src, tgt)) \
        and not any(beyond_latin1(x, own_letters) for x in (w, *capital_neighbours(src_text, caps, k)))


def _after_elision(text: str, start: int, word: str, lang) -> bool:
    """The ``word`` at ``start`` follows one of the language's elided words and its apostrophe
    (« qu'Ibrahimovic », « d'Arenberg »): its capital is its own, wherever the elided word stands, unless it is
    a common word of the language written without the accents capitals often drop (« l'Eglise », « l'Etat »:
    :meth:`~mtqa.langs.language.Language.common_spelling`), which a translation renders as a word. Why:
    :func:`~mtqa.langs.text.at_sentence_start` reads the apostrophe as a quotation mark opening, so a name
    there was a name slot only where rare enough for :func:`unknown_names` (« d'Hagman »), and a frequent
    one left out after « qu' » or « d' » was never read (« qu'Ibrahimovic est très performant » -> "that
    have very good")."""
    if start < 2 or text[start - 1] not in "'’":
        return False
    head = _ELIDED_HEAD.search(text, max(0, start - 12), start - 1)
    return head is not None and head.group().lower() in lang.word_set("elisions") and not lang.common_spelling(word)


_ELIDED_HEAD = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")
"""The letters right before an apostrophe, from the word's start: the elided word (qu, d, l, jusqu)."""


OPENER_MAX_ZIPF = 3.5
"""A word opening a sentence this frequent in the source language (Zipf) is a word of the sentence, not a
name, even where the source dictionary misses it (Toutefois 4.9, Soyez 4.5, Evidemment 3.9; names that
open sentences: Kirill 2.5, Valentino 3.0, Montebourg 3.4)."""
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?…])[\s\"'«»“”‘’(\[\-–—]*$")
"""What stands before a word that opens a sentence or a line of dialogue, maybe inside an opening quotation
mark or after a dash; not a quotation opened mid-sentence (``en « Mäuerle »``: a quoted word)."""


def _alone_in_brackets(text: str, start: int) -> bool:
    """The word at ``start`` stands alone in brackets (``BRACKET_WORD``): its capital opens the bracket,
    but a word the source dictionary does not know, alone in brackets mid-sentence, is a name, most often
    the surname glossing a first name (« Yohan (Cabaye) » -> "Yohan (Torres)": a player's surname
    replaced by another's). Why: :func:`~mtqa.langs.text.at_sentence_start` counts an opening bracket as a
    sentence's opening, so :func:`name_slots` left such names out unless rare (:func:`unknown_names`)."""
    k = text.rfind("(", max(0, start - 2), start)
    m = BRACKET_WORD.match(text, k + 1) if k >= 0 else None
    return m is not None and m.start(1) == start


def _name_opening(text: str, start: int, word: str, src) -> bool:
    """The word at ``start`` opens a sentence (not a quotation opened mid-sentence: a quoted word there
    may be any foreign term) and is rare as a word of the source language (``OPENER_MAX_ZIPF``)."""
    return bool(_SENTENCE_OPENING.search(text, 0, start)) and src.zipf(word) < OPENER_MAX_ZIPF


def is_name_beside_name(src_text: str, caps, k: int, src, tgt, own_letters: frozenset) -> bool:
    """:func:`~mtqa.checks.name_swaps.swap_readers._names_beside_names`'s test of the k-th of the source's name words
    ``caps``. A common word of the target language in a name the source quotes in that language
    (:func:`in_target_language_name`: ``Unit`` of « l'Economist Intelligence Unit ») is one too, though the source
    language writes its letters as well (*il unit*)."""
    w = caps[k][2]
    return (src.zipf(w) >= UNKNOWN_ZIPF or tgt.zipf(w) >= UNKNOWN_ZIPF) and bool(capital_neighbours(src_text, caps, k)) \
        and (not src.in_dictionary(w.lower()) and not src.is_common_word(w)
             and (not tgt.is_common_word(w) or target_language_name_word(w, src, tgt))
             or in_target_language_name(caps, k, src, tgt, src_text)) \
        and not any(beyond_latin1(x, own_letters) for x in (w, *capital_neighbours(src_text, caps, k)))


def in_target_language_name(caps, k: int, src, tgt, text: str) -> bool:
    """The k-th of a source's name words ``caps`` (of ``text``) is a common word of the target language in a run of
    capitalised words one space apart (a name) of which another word is no word of the source dictionary but a common word
    of the target language (:func:`target_language_name_word`: Economist of ``Economist Intelligence Unit``).
    Why: such a word says the source quotes the whole name in the target language, which a translation copies;
    its other words are the target's words too, whatever the source language also makes of their letters (*il
    unit*: "Economist Intelligence Links" read Unit as the French verb). Both words are plain words (letters
    only, three or more, a capital then lower case: no ``L'assureur`` opening the sentence, no title ``Me``) and
    no first name of either language's table: a first name says nothing of the language a name is quoted in
    (Jerry Hall, Benjamin Crump are persons whose surname English also writes as a word), and a word English
    does not write is none of its words (``Financial Times Deutschland``: Deutschland is German, and English
    translates it). The run goes on across an ampersand (:func:`one_name_gap`: « Standard & Poor's »), and a
    word with the target's possessive ending is read without it (Poor's: Poor)."""
    if not _plain_word(caps[k][2], src, tgt) or not tgt.is_common_word(caps[k][2].lower()):
        return False
    lo = hi = k
    while lo > 0 and one_name_gap(text, caps[lo - 1][1], caps[lo][0]):
        lo -= 1
    while hi + 1 < len(caps) and one_name_gap(text, caps[hi][1], caps[hi + 1][0]):
        hi += 1
    words = [_without_possessive(caps[j][2]) for j in range(lo, hi + 1)]
    return any(j + lo != k and _plain_word(w, src, tgt) and not src.in_dictionary(w.lower())
               and target_language_name_word(w, src, tgt) for j, w in enumerate(words))


def _without_possessive(word: str) -> str:
    """``word`` without an English possessive ending ('s, ’s): Poor's -> Poor."""
    return word[:-2] if len(word) > 3 and word[-2:] in ("'s", "’s") else word


def _plain_word(word: str, src, tgt) -> bool:
    """``word`` is letters only, three or more, a capital then lower case, and no first name of either
    language's table (:func:`in_target_language_name`)."""
    return len(word) > 2 and word.isalpha() and word[1:].islower() and fold(word) not in src.first_names_folded \
        and fold(word) not in tgt.first_names_folded


def target_language_name_word(word: str, src, tgt) -> bool:
    """``word``, a capitalised word of a source name, is a common word of the target language that the source
    language does not have (its dictionary does not know it, and the target language writes it more often):
    the source quotes a name in the target language (``Europa Press``, ``Common Sense Media``, ``Jared Lee
    Loughner``), which a translation copies as it is. Why: a word common in the target language may be
    rendered as a word when the source uses it as one (Vitro, Meteor: :func:`name_slots` leaves them out), but
    the source language does not use this one, so a system that writes another word in its place beside the
    name's kept part (``Europa Close``, ``Judicious Common Media``, ``Jared The Loughner``) read the name as a
    word of the source language and translated it."""
    return len(word) > 2 and tgt.is_common_word(word.lower()) and tgt.zipf(word) > src.zipf(word)


def unknown_names(src_text: str, src, tgt) -> list[tuple[int, int, str]]:
    """The source's names (:func:`name_words`) that may be lost in a translation, as far as the source
    alone tells: rare in both languages and unknown to the source dictionary, and not spelt with letters
    beyond Latin-1 (Valašsko, Kč: Central and Eastern European orthographies, whose places the target
    often knows by an exonym of its own), nor next to such a word. Once per source: the target decides
    the rest (the name or its exonym is missing from it)."""
    caps = name_words(src_text, src)
    own_letters = frozenset(src.extra.get("special_letters", ""))
    return [caps[k] for k in range(len(caps)) if _is_unknown_name(src_text, caps, k, src, tgt, own_letters)]


def _is_unknown_name(src_text: str, caps, k: int, src, tgt, own_letters: frozenset) -> bool:
    """:func:`unknown_names`'s test of the k-th of the source's name words ``caps``."""
    w = caps[k][2]
    return src.zipf(w) < UNKNOWN_ZIPF and tgt.zipf(w) < UNKNOWN_ZIPF and not src.in_dictionary(w.lower()) \
        and not any(beyond_latin1(x, own_letters) for x in (w, *capital_neighbours(src_text, caps, k)))
BRACKET_WORD = re.compile(rf"(?<=\()[ \u00a0]?([{UPPER}][^\W\d_]+)(?=[ \u00a0]?\))")
"""A capitalised word alone in brackets (``Yohan (Torres)``)."""


def beyond_latin1(word: str, own_letters: frozenset) -> bool:
    return any(ord(ch) >= 0x100 and ch.lower() not in own_letters for ch in word)


def lost_source_names(segment: Segment, sources: list[Segment], ctx) -> list[tuple[int, int, str]]:
    """(start, end, name) in the joined source text (the ``sources``' texts joined by a space) of each
    source name that the translation ``segment`` lost, one entry per name of one or more words
    (:func:`name_runs`): a name word the replaced-name checks read (a rare unknown name,
    :func:`unknown_names`, or a name slot, :func:`name_slots`) that :func:`_lost` finds neither kept,
    nor an exonym, nor another romanisation or form of it. Empty when every such word is written as it
    is (:func:`names_written`).

    Why public: the omitted-name check (:mod:`mtqa.checks.omitted_names`) asks which names are gone
    before it looks at what stands in their place; the answer is the one these checks read, not a
    second reading of the same names."""
    src_text = joined_sources(sources)
    if not src_text or names_written(segment.text, src_text, ctx):
        return []
    src, tgt = ctx.source, ctx.target
    key = (src_text, src.code, tgt.code)
    found = {s: (s, e, w) for lst in (
        ctx.memo("swaps.unknown", key, lambda: unknown_names(src_text, src, tgt), bound=FEW_SOURCES),
        ctx.memo("swaps.slots", key, lambda: name_slots(src_text, src, tgt), bound=FEW_SOURCES))
        for s, e, w in lst}
    words = sorted(found.values())
    answers = _asked(segment.text, src_text, ctx)[1]
    if all(w in answers for _, _, w in words):
        # every word answered already (T106 asked about both lists): what lost_of reads, without the
        # translation's words, which this document check would build again (the segment's slot is gone)
        return name_runs([(s, e, w) for s, e, w in words if answers[w]], src_text)
    target_words = read_text(segment.text, ctx, tgt.code)
    lost = lost_of(words, target_words, src_text, places_alone(src_text, ctx), read_text(src_text, ctx, src.code), ctx)
    return name_runs(lost, src_text)

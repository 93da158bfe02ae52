"""The name words of a sentence and what stands beside them: capitalised words outside a sentence's
opening (:func:`name_words`), joined into names (:func:`name_runs`), their capitalised neighbours, the pair's
exonym places, and whether a capitalised word is a verb or noun of the source language used as a name.

Shared by the name checks of :mod:`mtqa.checks.name_swaps` (T105 reads names as words, T106/T110 and the
lost-name reading look for names the target lost); one check's change to them is every check's change.
"""
from __future__ import annotations

import re
from typing import Optional

from mtqa.checks.name_swaps.likeness import FoldedWords, name_present
from mtqa.langs import at_sentence_start, fold
from mtqa.langs.cache import SOURCES, TABLES, drop_oldest_quarter, memoize
from mtqa.limits import LOOKBACK
from mtqa.names.mentions import TextWords
from mtqa.numbers import roman_ordinal
from mtqa.words import CAPITAL_WORD_BEFORE_RE, ONE_APOSTROPHE_WORD_RE as _WORD


def word_before(text: str, start: int) -> Optional[tuple[int, int, str]]:
    """(start, end, word) of the word right before ``start`` of ``text``, one plain space before it
    (``PREV_WORD``, which allows any run of spaces, narrowed to one)."""
    m = PREV_WORD.search(text, max(0, start - LOOKBACK), start)
    if m is None or text[m.end(1):start] != " ":
        return None
    return m.start(1), m.end(1), m.group(1)


PREV_WORD = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \u00a0]+$")
"""The word right before a place, searched with an end: a rendering of a surname's particle (of, from)."""


def english_place_names(pair: str) -> dict[str, str]:
    """Folded source place names -> folded target name (tchequie -> czechia, bosphore -> bosporus) for the pair
    named ``pair`` (fr-en): :func:`mtqa.names.exonym_forms.english_places`, the one owner of a place's English
    forms that T201 reads too, memoized there (no cache of its own here: it would outlive a cleared table). Why: read from the exonym table alone, an English name only the dictionary or the
    respelt endings know was taken for a name the translation replaced."""
    from mtqa.langs import language_pair
    from mtqa.names.exonym_forms import english_places

    return english_places(language_pair(*pair.split("-", 1)))


def capital_neighbours(text: str, caps: list, k: int) -> list[str]:
    """The capitalised words directly before and after the k-th one (:func:`one_name_gap` apart)."""
    s, e, _ = caps[k]
    out = []
    if k and one_name_gap(text, caps[k - 1][1], s):
        out.append(caps[k - 1][2])
    if k + 1 < len(caps) and one_name_gap(text, e, caps[k + 1][0]):
        out.append(caps[k + 1][2])
    return out


def one_name_gap(text: str, end: int, start: int) -> bool:
    """Two capitalised words ending at ``end`` and starting at ``start`` are words of one name: one space
    apart, or an ampersand between spaces (« Standard & Poor's », « Marks & Spencer »). Why: a firm named
    after its founders joins their names with "&", and the whole is one name that a translation copies; read
    apart, each part lost its neighbour and a part translated as a word (Standard -> "Switchboard") was
    left alone."""
    return start == end + 1 or start == end + 3 and text[end:start] == " & "


def next_to(text: str, start: int, end: int, words: list[str]) -> bool:
    """One of ``words`` is the word right before or after text[start:end]."""
    before = _WORD.findall(text[max(0, start - 40):start])
    after = _WORD.findall(text[end:end + 40])
    near = FoldedWords(([before[-1]] if before else []) + ([after[0]] if after else []))
    return any(name_present(w, near) for w in words)


def name_of_both(word: str, src, tgt) -> bool:
    """Both languages' dictionaries list ``word`` as a proper noun (Dallas, Gaza, Cuba, Suez): a name a translation
    writes as it is, whatever the source dictionary also makes of its letters in lower case (« à Dallas » read as the
    verb *daller*, « de Gaza » as *gazer*: "to Paved", "of Gassed"). Why: the source dictionary's word forms left such
    names out of :func:`~mtqa.checks.name_swaps.lost_names.name_slots`, as words a translation may render, but a word
    both dictionaries name is a name in either language."""
    return src.has_proper_stem(word) and tgt.has_proper_stem(word)


def name_words(text: str, lang, split: Optional[TextWords] = None) -> tuple[tuple[int, int, str], ...]:
    """Capitalised words written as names: mid-sentence, or opening a sentence or quotation when the
    language's dictionary does not know the word (« Mercandelli a dénoncé...)) or when the word stands alone in a
    quotation or bracket opened mid-sentence (:func:`quoted_alone`: « la série "Dallas" »). A name after one of the
    language's elided words is read without it (``d'Hagman``, ``l'Aconcagua``: Hagman, Aconcagua). A sound
    drawn out (``Hmmm``, ``Ouaaah``: :meth:`~mtqa.langs.language.Language.expressive`) is no name, though the
    dictionary does not know it either.

    Once per text: T106 and T110 read a source's names four ways (lost rare names, name slots, names
    beside names, kept parts), the last for every translation of it, and each read scanned the text
    again (1.4 CPU s of 9.5 over the 24,024 WMT14 pairs).

    Only the split's :attr:`~mtqa.words.TextWords.capital` words are read (the words not all lower case):
    a word all in lower case is no name, and neither is one after an elided word unless its part after the
    apostrophe opens with a capital, which makes it no lower-case word either. Why: the text's other words
    (about four in five) were each matched, sliced and tested in Python for nothing. The split and
    ``_WORD`` find the same words unless one has two apostrophes (``chained``), read with ``_WORD`` as
    before. ``split``: the text's split of the run (:func:`~mtqa.names.mentions.text_words`), where the caller
    has it: the text is split again without it.

    Kept per (text, language) in :data:`_NAME_WORDS`, whichever caller asks first: the answer does not depend
    on ``split``, only its cost does."""
    key = (text, lang)
    found = _NAME_WORDS.get(key)
    if found is None:
        drop_oldest_quarter(_NAME_WORDS, SOURCES)  # the run memo's rule
        found = _NAME_WORDS[key] = _read_name_words(text, lang, TextWords(text) if split is None else split)
    return found


_NAME_WORDS: dict = {}
""":func:`name_words`' answers, (text, language) -> name words, at most :data:`~mtqa.langs.cache.SOURCES`."""


def _read_name_words(text: str, lang, split: TextWords) -> tuple[tuple[int, int, str], ...]:
    """:func:`name_words` of ``text``, read from its ``split``."""
    if split.chained:
        return _name_words_read(((m.group(), m.start(), m.end()) for m in _WORD.finditer(text)), text, lang)
    words, offs = split.words, split.offsets
    return _name_words_read(((words[k], offs[2 * k], offs[2 * k + 1]) for k in split.capital), text, lang)


def _name_words_read(found, text: str, lang) -> tuple[tuple[int, int, str], ...]:
    """:func:`name_words` of the (word, start, end) ``found`` in ``text``, in order."""
    out = []
    elisions = lang.word_set("elisions")
    for w, start, end in found:
        if not w[:1].isupper():
            head, _, rest = w.replace("’", "'").partition("'")
            if not rest[:1].isupper() or head.lower() not in elisions:
                continue
            w, start = w[len(head) + 1:], start + len(head) + 1
        if w.isupper() or len(w) < 2 or roman_ordinal(w, lang.code):
            continue  # (« la Vème République »: a figure, which the translation may write as a word)
        if lang.expressive(w):
            continue  # « Hmmm. » -> "Wouaah.": a sound drawn out, which names nobody (Language.expressive)
        if at_sentence_start(text, start) and (lang.in_dictionary(w.lower()) or lang.is_common_word(w.lower())) \
                and not quoted_alone(text, start, end):
            continue
        out.append((start, end, w))
    return tuple(out)


_QUOTED_ALONE = re.compile(r"(?<=[^\W\d_]) ([\"«“(]) ?$")
"""An opening quotation mark or bracket after a word and a space, before a place (an optional space between):
a quotation or bracket opened mid-sentence (« de "Dallas" », « Adil (Rami) »)."""
_CLOSED_ALONE = re.compile(r" ?[\"»”)]")
"""A closing quotation mark or bracket right after a word (an optional space between)."""


def quoted_alone(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` of ``text`` is alone in a quotation or a bracket opened mid-sentence, right after
    a word (« la série "Dallas" », « Adil (Rami) », « de la série « Dallas » »): a name.

    Why: a word opening a quotation or a bracket is capitalised whatever it is, so :func:`name_words` leaves a
    word the dictionary knows out there (« "Non", a-t-il dit »); but one word quoted or bracketed alone in the
    middle of a sentence is no quoted sentence, and the language writes a common word there in lower case
    (« le mot "liberté" »): its capital is its own, a name's (the series Dallas, the player Rami, whose letters
    the dictionary reads as *daller* and rummy)."""
    return _QUOTED_ALONE.search(text, max(0, start - 4), start) is not None \
        and _CLOSED_ALONE.match(text, end) is not None


def name_runs(words: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Words one space or hyphen apart joined into one name (Ebrahim Mehtari, Marie-Christine)."""
    out: list[tuple[int, int, str]] = []
    for s, e, w in words:
        if out and s - out[-1][1] == 1:
            out[-1] = (out[-1][0], e, text[out[-1][0]:e])
        else:
            out.append((s, e, w))
    return out


PREV_CAPITAL_WORD = CAPITAL_WORD_BEFORE_RE


def verb_name_at(text: str, start: int, word: str, src, tgt) -> bool:
    """The name word ``word`` at ``start`` of the source ``text`` is one the source language reads as a verb
    (:func:`read_as_verb`), and not after a lower-case noun (:func:`after_common_noun`, where its capital may open a
    title) unless the target language's dictionary lists it as a proper noun: the names T105 reads as verbs
    translated (:func:`~mtqa.checks.name_swaps.word_readings._verb_names`) and that T106 reads as name slots
    (:func:`~mtqa.checks.name_swaps.lost_names.name_slots`), as it reads names both dictionaries list
    (:func:`name_of_both`).

    Why the proper noun: after a common noun a capital may open a title the translation renders (« le livre
    Apprivoiser la mort »), but a word the target language knows as a name there is the name of the person or
    place the thing is named after (« le télescope Hale », « le gouvernement Harper »): a system that wrote the
    verb's translation in its place ("the telescope Tows", "the government To Tell Off") lost the name."""
    return read_as_verb(word, src) and within_sentence(text, start) \
        and (not after_common_noun(text, start, src) or tgt.has_proper_stem(word))


_OPENING_MARKS = "\"'`«»“”‘’([-–—"
"""Quotation marks, brackets and dashes that may stand before a word (with spaces), as a line or a quotation
opens."""


_ADDRESSEES = re.compile(r"\s*(?:[@＠]\w+[\s,;:]*)+")
"""The handles a message of a social network or a forum opens with, to say whom it answers (``@marie``,
``@marie, @paul :``): its addressees, not words of its sentence."""


def within_sentence(text: str, start: int) -> bool:
    """The word at ``start`` of ``text`` has, past any opening quotation marks, brackets and dashes
    (``_OPENING_MARKS``), a letter, a figure or a clause mark (``,;:``) before it: a word inside its
    sentence, whose capital is its own. Why: a line of dialogue may open with a mark the sentence reader
    does not know (a backquote, as a newstest reference writes: `` `Montrer aux gardiens que``), and a verb
    opening a sentence is a verb. A reply's opening addressees (:data:`_ADDRESSEES`) stand before its
    sentence, not in it: in « @marie Faux ! » the capital opens the answer."""
    head = text[:start]
    while True:  # any run of spaces and marks, as they come
        cut = head.rstrip().rstrip(_OPENING_MARKS)
        if cut == head:
            break
        head = cut
    if _ADDRESSEES.fullmatch(head):
        return False
    before = head[-1:]
    return bool(before) and (before.isalnum() or before in ",;:")


def read_as_verb(word: str, src) -> bool:
    """Capitalised ``word`` (four letters or more, no other capital) is a word the source dictionary reads,
    in lower case, as a verb and as no noun: the verb's infinitive (``trier``) or a finite form of it
    (:meth:`~mtqa.langs.language.Language.is_finite_verb_form`: ``gausse``, ``riva``, ``vienne``); no first
    name of the source's table. Such a word capitalised mid-sentence is a name (the source language
    capitalises no verb there) that a system may still translate as the verb. Why no noun: a capitalised
    noun is often the generic word of a name that a translation renders (la Commission, la Cité); why no
    participle: a participle ends a descriptive name as an adjective does, and English translates it
    (``la mer Morte``: the Dead Sea)."""
    low = word.lower()
    if len(word) < 4 or not word[1:].islower() or fold(word) in src.first_names_folded \
            or not src.in_dictionary(low) or src.lists_as_noun(low):
        return False
    return low in verb_stems(src) or src.is_finite_verb_form(low)


@memoize(TABLES)
def verb_stems(src):
    """The source dictionary's verb stems (its ``dictionary_verb_tag``), a table on disk; empty without it.
    Once per language: opening the table costs milliseconds, a lookup microseconds."""
    from mtqa.langs import hunspell

    tag = src.extra.get("dictionary_verb_tag")
    return hunspell.stems_tagged(src.hunspell_names, tag) if tag and src.has_dictionary else {}


def after_common_noun(text: str, start: int, src) -> bool:
    """The word at ``start`` of ``text`` comes right after a lower-case noun of the source dictionary
    (``le livre Apprivoiser la mort``, ``la mer Morte``). Why: after a common noun a capital opens the
    title of a work or ends a descriptive name (the source language capitalises a title's first word
    only), which a translation may render in its own words ("the book Taming Death"); a person's name
    read as a verb stands after a preposition, a particle or another name (``avec Gausse``, ``Lars von
    Trier``, ``à Vienne``)."""
    before = word_before(text, start)
    return before is not None and before[2].islower() and src.lists_as_noun(before[2])

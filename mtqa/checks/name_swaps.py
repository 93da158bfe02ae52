"""Names the translation lost: translated as common words, or replaced by another name.

Two ways MT breaks a name that spelling checks cannot see, because every
word of the result is correctly spelled English:

* a name read as common words and translated (``Pierre`` -> "Stone",
  ``Marine Le Pen`` -> "Navy The Pen"); the evidence is a bilingual
  dictionary (FreeDict French-English, Debian ``dict-freedict-fra-eng``,
  read by :mod:`mtqa.langs.freedict`): a capitalised target word in
  mid-sentence is a dictionary translation of a source name that the
  target lost;
* a name replaced by another one (``Piromalli`` -> "Patel", ``Yonath`` ->
  "Darwin"), typical of systems that copy names from their training data:
  the one unknown source name missing from the target, and the one new
  capitalised target word that nothing in the source accounts for.

Both compare the aligned source and target sentence; without a source they
are silent, and without the dictionary the first reads only a name's
determiner (``Les Echos`` -> "the Echos", from the pair's data).
"""
from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from mtqa.checks.base import DocumentCheck, SegmentCheck
from mtqa.checks.names import name_titles
from mtqa.checks.registry import register
from mtqa.checks.saint_names import saint_titles_translated
from mtqa.regexcache import transient
from mtqa.langs import at_sentence_start, fold
from mtqa.langs.data import alternation
from mtqa.langs.cache import (FEW_SOURCES, LARGE_TEXTS, RARE_SOURCES, SEGMENTS, SOME_WORDS, SOURCES, SOURCE_MEMO, TABLES,
                              TRANSLATION_MEMO, WORDS,
                              drop_oldest_quarter, memoize, word_memo)
from mtqa.limits import LOOKBACK
from mtqa.model import DocumentPair, Issue, Role, Segment, Severity, joined_sources
from mtqa.names.mentions import TextWords, text_words
from mtqa.numbers import regnal_words, roman_ordinal
from mtqa.names.translit import same_first_name, same_name_romanised, transliterator
from mtqa.words import CAPITAL_WORD_BEFORE_RE, LETTERS_RE, ONE_APOSTROPHE_WORD_RE as _WORD
SIMILAR = 0.6
"""Folded similarity above which a target word is the same name respelled (Yulia, Ioulia; Pilsen, Plzen)."""
SIMILAR_FIRST_NAME = 0.75
"""The same for a first name, short enough to look like many words (Pierre, painter)."""
UNKNOWN_ZIPF = 2.5
"""A source name rarer than this in both languages is not a common word (Piromalli, Yonath)."""
KNOWN_ZIPF = 1.0
"""A replacing name is one the target language knows (Patel, Darwin, Marx): systems swap a rare
name for a frequent one of their training data, not for another rare one."""


_NAME_HYPHEN = re.compile(r"[A-ZÀ-Þ][^\W\d_]* ?[-‐‑] ?$")
"""A capitalised word and a hyphen, spaced or not, before a word: the second part of a compound name
(``Marie - Gavin``, ``Jean-Marie``), not the opening of a list item."""


def _capitalised(text: str) -> list[tuple[int, int, str]]:
    """Capitalised words that do not open a sentence: the words a text writes as names."""
    return [(m.start(), m.end(), w) for m in _WORD.finditer(text)
            if (w := m.group())[:1].isupper() and len(w) > 1 and not w.isupper()
            and (not at_sentence_start(text, m.start()) or _NAME_HYPHEN.search(text, max(0, m.start() - 40), m.start()))]


class _Words:
    """Words as these checks compare them: folded, each once (see :func:`_present`)."""

    __slots__ = ("words", "_folded", "_letters")

    def __init__(self, words: list[str]):
        self.words = words
        self._folded: Optional[frozenset[str]] = None
        self._letters: Optional[_Letters] = None

    @property
    def folded(self) -> frozenset[str]:
        if self._folded is None:
            self._folded = frozenset(map(fold, self.words))
        return self._folded

    @property
    def letters(self) -> _Letters:
        if self._letters is None:
            self._letters = _Letters(self.folded)
        return self._letters


class _Letters:
    """Folded words by length, each with its letters as bit masks, one per count: the first holds the
    letters the word has, the next those it has twice or more, and so on. The letters two words share,
    counted with repeats (what difflib's ``quick_ratio`` reads), are the sum, mask by mask, of the bits
    both words' masks have: a letter written 3 times in one word and twice in the other is in both first
    and second masks, 2 shared.

    Why: a word's letters are read once, not once for every name compared with it, and the count for a
    pair is an AND and a bit count instead of a ``SequenceMatcher`` built for it. A letter's bit is a
    fixed function of the letter (:func:`_letter_masks`), so a word's masks are the same in every text:
    they are read once per distinct word of the run (a bounded cache), not once per text that holds it.

    Kept compact, as a source text's letters stay in the run memo (8,192 texts): each length holds three
    flat tuples (words, first masks, repeated masks), not a list of nested pairs per word: about 2.3 KB
    less for the dict and 112 bytes less per word."""

    __slots__ = ("by_length",)

    def __init__(self, words):
        grouped: dict[int, list[str]] = {}
        for w in words:
            grouped.setdefault(len(w), []).append(w)
        self.by_length: dict[int, tuple[tuple[str, ...], tuple[int, ...], tuple[tuple[int, ...], ...]]] = {}
        for length, group in grouped.items():
            masks = list(map(_letter_masks, group))
            self.by_length[length] = (tuple(group), tuple(m[0] for m in masks), tuple(m[1] for m in masks))


_LETTER_BITS = 29
"""Bits of a letter mask: letter ``c`` is bit ``ord(c) % 29`` (a-z: 26 distinct bits; a mask fits one
30-bit digit of a Python int)."""


@word_memo(WORDS)
def _letter_masks(word: str) -> tuple[int, tuple[int, ...]]:
    """``word``'s letter masks (see :class:`_Letters`): the first holds bit ``ord(c) % 29`` of each letter
    ``c``, the next those of the letters written twice or more, and so on.

    Two letters may share a bit (``a`` and the digit ``2``, or two letters outside a-z): they are then
    counted as one letter written as often as both together, so the bits two words share count at least
    the letters they share, never fewer, and the count stays an upper
    bound of difflib's ``quick_ratio``, and :func:`_present` answers the same (a pair it lets through is
    then measured, as any other, by the exact tests). A pure function of the word: cached per distinct
    word, bounded (:data:`~mtqa.langs.cache.WORDS`)."""
    seen: dict[int, int] = {}  # a bit's count so far: letters sharing a bit are counted together
    masks: list[int] = []
    for c in word:
        bit = 1 << (ord(c) % _LETTER_BITS)
        j = seen[bit] = seen.get(bit, -1) + 1
        if j == len(masks):
            masks.append(0)
        masks[j] |= bit
    return (masks[0] if masks else 0), tuple(masks[1:])


class _Text(_Words):
    """A text's capitalised mid-sentence words, and its words (folded on first use); one per text and
    side (``ctx.memo``): a source sentence is read once for every system that translated it. Both come
    from the text's one split (:func:`~mtqa.names.mentions.text_words`): ``_WORD`` takes at most one
    apostrophe into a word and the split any number, so the two agree unless a word has two (``a'b'Cd``),
    where the text is read again with ``_WORD``."""

    __slots__ = ("text", "caps")

    def __init__(self, split: TextWords):
        text = self.text = split.text
        self._folded = self._letters = None
        if split.chained:
            self.caps = _capitalised(text)
            return
        self.words = split.words
        words, offs = split.words, split.offsets
        caps = []
        for k in split.capital:
            w = words[k]
            if w[:1].isupper() and len(w) > 1 and not w.isupper():
                start = offs[2 * k]
                if not at_sentence_start(text, start) or _NAME_HYPHEN.search(text, max(0, start - 40), start):
                    caps.append((start, offs[2 * k + 1], w))
        self.caps = caps

    def __getattr__(self, name: str):  # ``words`` of a text read with ``_WORD``: filled on first use
        if name != "words":
            raise AttributeError(name)
        self.words = _WORD.findall(self.text)
        return self.words


def _text(text: str, ctx, side: str) -> _Text:
    """The :class:`_Text` of ``text`` in the language ``side`` (the source's or the target's code).

    A source text's is kept in the run memo: a source sentence comes back for every system that
    translated it (WMT14's 8 systems: 86,599 of 99,162 asks found it from another document). A
    translation's is kept for its segment only (:func:`_segment_text`): of WMT14's 71,229 asks, 44,811
    come from the same segment's checks and 4,007 (identical translations of two systems) from another
    document, so the run memo held 8,192 translations' words, folded words and letter masks (30 MB on a
    corpus of new words) for a few thousand cheap rebuilds. A source text's repeats are one system output
    of sources away, and only the sources some check asks about come back (WMT14's 1,134 of 3,003), so it is
    bounded at :data:`~mtqa.langs.cache.LARGE_TEXTS` (2,048: the same misses as at 4,096 on WMT14; ~3.4 kB
    each, ~14 MB at 4,096 on a corpus of new sentences)."""
    if side == ctx.target.code and side != ctx.source.code:
        return _segment_text(text, ctx)
    return ctx.memo(f"swaps.text.{side}", text, lambda: _Text(text_words(text, ctx)), bound=LARGE_TEXTS)


def _segment_text(text: str, ctx) -> _Text:
    """The :class:`_Text` of the translation being checked: one slot per run, replaced by the next text.
    The checks of a segment all run before the next segment's (:func:`mtqa.api.check_pair`), and T110 reads
    its segments' answers from the ``swaps.segment`` memo, so one slot serves every repeat a segment has."""
    slot = ctx.resource("swaps.segment_text", dict)
    found = slot.get(text)
    if found is None:
        slot.clear()
        found = slot[text] = _Text(text_words(text, ctx))
    return found


def _present(name: str, words: _Words, similar: float = SIMILAR) -> bool:
    """``name`` or a word similar to it (folded ``SequenceMatcher`` ratio >= ``similar``) is among ``words``.

    The ratio is only computed for words whose cheaper upper bounds (``real_quick_ratio``: the lengths;
    ``quick_ratio``: the letters) reach ``similar``: the same answer, most words ruled out without it.
    Why: a segment of many capitalised words compared each of its names with every word of the other side,
    building a ``SequenceMatcher`` for each pair, in time growing with the square of its length. A length
    the first bound rules out is now skipped whole, and the second bound is counted from letter masks read
    once per word (:class:`_Letters`): difflib only meets the pairs that share enough letters. A word found
    alike with the name in an earlier text (:data:`_ALIKE`) answers first, without the masks.
    """
    if name in words.words:  # the word itself (most names are copied): no need to fold every word
        return True
    key = fold(name)
    folded = words.folded
    if key in folded:
        return True
    alike = _ALIKE.get((key, similar))
    if alike is not None and not alike.isdisjoint(folded):
        return True  # a word found alike before, in another text (the name respelled alike by several systems)
    n = len(key)
    letters = words.letters
    masks = None  # the key's letters, read on the first length that may be alike
    places = None  # where each letter stands in the key, read on the first pair past the letter bound
    for length, (others, firsts, repeats) in letters.by_length.items():
        total = n + length
        if 2.0 * min(n, length) / total < similar:  # real_quick_ratio
            continue
        if masks is None:
            first, repeated = masks = _letter_masks(key)
        for other, other_first, other_repeated in zip(others, firsts, repeats):
            shared = (first & other_first).bit_count()
            if repeated and other_repeated:
                for a, b in zip(repeated, other_repeated):
                    shared += (a & b).bit_count()
            if 2.0 * shared / total < similar:  # quick_ratio
                continue
            if places is None:
                places = _places_of(key)
            if 2.0 * _common_subsequence(places, n, other) / total >= similar \
                    and difflib.SequenceMatcher(None, key, other).ratio() >= similar:
                if alike is None:
                    drop_oldest_quarter(_ALIKE, SOME_WORDS)
                    alike = _ALIKE[(key, similar)] = set()
                if len(alike) < SIMILAR_KEPT:
                    alike.add(other)
                return True
    return False


_ALIKE: dict[tuple[str, float], set[str]] = {}
"""(folded name, threshold) -> the folded words :func:`_present` found alike with it (the ratio measured by
difflib), in any text: a pure fact of the two words, so a text holding one of them has the name present,
without its letter masks read (:class:`_Letters`) or the ratio measured again. Why: a name one system respells
another system respells the same way (on WMT14's 24,024 pairs, 2,717 ratios measured for 303 distinct pairs,
nearly all alike: the name kept in another spelling), and the masks of each translation were read for that one
answer. At most ``SIMILAR_KEPT`` words a name, and :data:`~mtqa.langs.cache.SOME_WORDS` names: past them the oldest
quarter goes (:func:`~mtqa.langs.cache.drop_oldest_quarter`). Its repeats are another system's translation of the
same source, one system output later (WMT14's 24,024 pairs: 303 names in all); a run of ever new names filled it
towards ``WORDS`` (4,197 names after 30,000 growing pairs, ~390 bytes a name with its words: ~6.4 MB at 16,384,
then emptied at once), where the names of a source a system output ago are kept at ~1.6 MB.
"""
SIMILAR_KEPT = 16
"""Words :data:`_ALIKE` keeps for one name (a name has a few respellings; past these it is searched as before)."""


def _places_of(word: str) -> dict[str, int]:
    """Each letter of ``word`` and the bit mask of the places where it stands (for :func:`_common_subsequence`)."""
    places: dict[str, int] = {}
    for k, c in enumerate(word):
        places[c] = places.get(c, 0) | 1 << k
    return places


def _common_subsequence(places: dict[str, int], n: int, other: str) -> int:
    """The length of the longest common subsequence of a word of ``n`` letters (its :func:`_places_of`) and
    ``other``, counted with one bit per letter of the word (Hyyrö's bit-parallel rows).

    Why: it bounds difflib's ratio from above, closer than the shared letters do. The blocks difflib
    matches follow each other in both words, so together they are a common subsequence: a pair whose
    longest one is too short cannot reach the ratio either. Words with the same letters in other orders
    (Bcdfghkmnprt, Tdgcbkfmhnrp, ...) pass the letter bound two by two and built a matcher for every
    pair, 0.49 s for a 2,000-character segment of them; this bound rules most out in a dozen integer steps."""
    row = (1 << n) - 1
    for c in other:
        match = row & places.get(c, 0)
        row = (row + match) | (row - match)
    return n - (row & ((1 << n) - 1)).bit_count()


@register
@dataclass
class NameTranslatedAsWords(SegmentCheck):
    """A name of the source is translated as common words (``Pierre`` -> "Stone").

    Why it matters: the person disappears and the sentence gains an odd
    capitalised word ("Stone Brandoux said..."). Reported when a first name
    of the source (``first_names.tsv``) is missing from the target, the
    other part of the name next to it (a word the source-language
    dictionary does not know, like a surname) survived, and right next to it
    in the target stands a capitalised word that is one of the missing
    word's translations in the bilingual dictionary, or a close synonym of
    one (WordNet's, the thesaurus the meaning checks read: ``Pierre
    Brandoux`` -> "Rock Brandoux", FreeDict giving stone); this part is
    silent without the dictionary. Where the other part is a surname with a
    particle (``Marine Le Pen``: the particle is a common word, so the
    surname after it is the kept part) and the target writes particle and
    surname as the source does, a rendering of the first name the lexical
    model learned from news will do too (``Navy Le Pen``). A surname whose
    particle is a determiner, after a first name, translated with its
    particle as capitalised words (``Bruno Le Maire`` -> "Bruno The
    Mayor", the bilingual dictionary's rendering of the surname's word) is
    reported like its determiner alone ("Bruno The Maire"), with the
    particle before it when that is rendered too (``Jean de La Fontaine``
    -> "Jean of The Fountain"); an epithet of the source language's
    monarchs (``Louis Le Grand``) is no surname, and English translates it
    (Louis the Great). A first name rendered by a common word that looks
    like it (``Olivier Le Roux`` -> "Olive Le Roux") is read beside the
    surname kept with its particle, not taken for the name's spelling.

    A name's first word may be a determiner: written with a capital
    mid-sentence in the source, it is part of the name (``selon Les
    Échelles``, ``la mine de Mes Dornak``, ``L'Aurovin``), and MT that
    renders it as a word of the sentence ("the Échelles", "my Dornak")
    misnames a newspaper, a place or a firm. Reported when the rest of the
    name is copied right after one of the determiner's renderings (the
    pair's ``name_determiners``) and the source's form is nowhere in the
    target; a word the target language uses often on its own (``The
    World Energy Council``) may carry the target's own article. A title
    of address with only its possessive rendered (``Sa Sainteté`` ->
    "His Sainteté") is reported too, with the whole title in the target
    language as the suggestion ("His Holiness"), and so is a title
    translated whole after a possessive it never takes ("Its Holiness":
    the source's possessive agrees with the title's grammatical gender).

    A name's word that the source language also uses as a common word is
    translated too where the name says it is kept: in a name the source
    quotes in the target language, which another of its words shows
    (``Large Binocular Telescope``: binocular is English, no French word;
    "the Wide Binocular Telescope"), and in a surname after a first name
    of the source's table (``Laurent Blanc`` -> "Laurent white"). Reported
    when the word is not in the target, a part of the name beside it is,
    and right beside that part stands one of the word's bilingual
    dictionary translations, in either case for a quoted name and in
    lower case for a surname (capitalised, "Laurent White", it is T103's
    altered name). A name in the source language's own words (``place
    Tahrir``, ``la Loi Dream Act``) is left alone: English translates its
    generic word (Tahrir Square, the Dream Act law).

    A name of a determiner and one word that is no person's (``selon Le
    Devoir``, ``l'Université La Salle``) is read with its word translated
    too: a rendering of the determiner, then a capitalised translation of
    the word from the bilingual dictionary ("The Duty", "the Room"), the
    word itself nowhere in the target; opening a sentence too (``Le
    Quotidien a publié`` -> "The Daily published": the article's capital
    is the sentence's, the word's the name's), but for a translation
    English capitalises as an institution or a name of its own (``La Ville
    a décidé`` -> "The City decided", ``La Terre`` -> "The Earth"). A longer title (``Le Chemin de
    Damas``, ``Le Petit Prince``) may be translated whole, and a rendering
    followed by another capitalised word is a name the target made of its
    own ("The Left Party"): both are left alone. So is a later part of a
    name of capitalised words joined by hyphens (``l'Hôtel-Dieu``,
    ``Notre-Dame``), translated beside its first part kept ("the
    Hotel-God", "Notre Lady"); a first part translated before a name kept
    (``Nouveau-Brunswick``: New Brunswick) is English usage. A person
    whose surname is a common word loses the whole name where the target
    keeps neither part and writes the surname's translation, capitalised,
    beside a rendering of the first name ("Peter White", "White Stone" for
    ``Pierre Blanc``). So does a town named by a common word (``à Menton``:
    the capitalised word alone after the preposition French puts before a
    town) whose translation the target writes, capitalised ("in Chin").

    A name whose letters the source dictionary reads as a verb and as no
    noun (``Trier``, ``Gausse``: *trier*, *se gausser*) is a name wherever
    the source capitalises it mid-sentence, since the source language never
    capitalises a verb there; where the translation lost it and the word
    alignment links it, through the lexical model, to a capitalised common
    word of the target ("Lars von Sort", "with Mocks"), the system read the
    name as the verb and translated it. The link is read through the verb's
    infinitive and the English word's lemma as well, both from the
    dictionaries' suffix rules: ``Lima`` as *limer* (il lima) rendered
    "Filed", ``Gaza`` as *gazer* rendered "Gassed".

    A place, church or order named after a saint (``Saint-Denis``,
    ``l'oratoire Saint-Joseph``: a title of the source language's
    ``saint_titles``, a hyphen and a given name of either language's
    table) keeps the title in English (Saint-Denis, St Denis, St Joseph's
    Oratory). Reported where the translation keeps the given name, in any
    case, and writes right before it, or one word before it, a common word
    the bilingual dictionary renders the title by, none of the ways the
    target language writes the title (``Saint-Denis`` -> "Holy denis", "the
    Holy oratorical joseph"); the suggestion is the source's name where
    nothing stands between them. Before a common noun the title makes a
    name English translates whole (``Sainte-Croix`` -> Holy Cross,
    ``Saint-Esprit`` -> Holy Spirit): the noun is no given name, and is not
    kept there.

    A noun of the source language, capitalised mid-sentence with no
    determiner before it (``directeur de Tremplin``, ``le caporal Bert
    Paquet``), is a name of its own: the language puts an article before a
    common noun, even one it capitalises by convention (``la Commission``,
    ``l'État``). Where the translation lost it and writes, mid-sentence, a
    capitalised common word that renders its letters (the lexical model's
    or the bilingual dictionary's rendering: "Springboard", "Package"), the
    system read the name as the word. A title or a body's head with its
    complement (``Chef des Ventes``), the head of a longer name (``Bodegas
    Vega Sicilia``), a part of a compound name (``Royaume-Uni``) and a
    rendering English writes as a name too or beside another new capital
    ("Secretary of State", "Station Wagon") are left alone.

    Example:
        source: Titre\\n\\nLe peintre Pierre Brandoux expose à Rodez, selon Les Échelles, avec Julien Le Boucher. Sa Sainteté viendra. Paul de La Rivière et Olivier Le Guen parleront de Charles Le Chauve. Il a visité le Large Binocular Telescope avec Laurent Blanc. Selon Le Devoir, l'Hôtel-Dieu ferme. Il vit à Menton. Le Quotidien a publié un article. Le cinéaste Lars von Trier tourne un film avec Gausse. La délégation a quitté Lima mardi. Il a joué à Saint-Denis. Elle dirige Tremplin depuis 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien The Butcher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Stone Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Rock Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to the Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Sainteté will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. Its Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul of The River and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olive Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Wide Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent white. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to The Duty, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hotel-God is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Peter White. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Chin. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. The Daily published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Sort is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Filed on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Holy Denis. She has run Tremplin since 2005.
        bad: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Springboard since 2005.
        good: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        good: Title\\n\\nThe painter Pierre Brandoux works with stone, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in Saint-Denis. She has run Tremplin since 2005.
        good: Title\\n\\nThe painter Pierre Brandoux exhibits in Rodez, according to Les Échelles, with Julien Le Boucher. His Holiness will come. Paul de La Rivière and Olivier Le Guen will speak of Charles the Bald. He visited the Large Binocular Telescope with Laurent Blanc. According to Le Devoir, the Hôtel-Dieu is closing. He lives in Menton. Le Quotidien published an article. The filmmaker Lars von Trier is shooting a film with Gausse. The delegation left Lima on Tuesday. He played in St Denis. She has run Tremplin since 2005.
    """

    code = "T105"
    name = "name-translated-as-words"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR
    requires_source = True

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        for reading, how in _WORD_READINGS:
            for start, end, word, name in reading(segment, sources, ctx):
                yield self.issue(
                    segment, start, end,
                    f"“{word}” translates the name “{name}” of the {ctx.source.name} as a common word{how}; "
                    f"the name keeps its own.",
                    name,
                )
        for start, end, name, suggestion in saint_titles_translated(segment, sources, ctx):
            yield self.issue(
                segment, start, end,
                f"“{segment.text[start:end]}” translates the title of the saint's name “{name}” of the "
                f"{ctx.source.name} as a common word, beside the given name kept; a place or church named "
                f"after a saint keeps the title (Saint, St).",
                suggestion,
            )
        if not any(_may_name_as_words(src.text, ctx) for src in sources):
            return  # the source names nothing T105 reads: the translation is not looked at
        from mtqa.langs import freedict

        target_words = _text(segment.text, ctx, ctx.target.code)
        # a word of a name the target keeps, translated beside the part kept (may be all lower case)
        for ts, te, word, name in _kept_name_word_translated(segment.text, target_words, sources, ctx):
            yield self.issue(
                segment, ts, te,
                f"“{word}” translates the word “{name}” of a name of the {ctx.source.name} as a common word, "
                f"beside a part of the name the translation kept; the name keeps it.",
                name,
            )
        target_caps = target_words.caps
        if not target_caps:
            return
        for start, end, word, name in _town_translated(segment.text, target_words, sources, ctx):
            yield self.issue(
                segment, start, end,
                f"“{word}” translates the town “{name}” of the {ctx.source.name} as a common word; the town "
                f"keeps its name.",
                name,
            )
        for start, end, name in _person_translated(segment.text, target_words, sources, ctx):
            yield self.issue(
                segment, start, end,
                f"“{segment.text[start:end]}” translates the surname of “{name}” of the {ctx.source.name} as a "
                f"common word, beside the first name rendered too; the person keeps the name.",
                name,
            )
        for start, end, name, title in _determiners_translated(segment.text, sources, ctx):
            if title:
                yield self.issue(
                    segment, start, end,
                    f"“{segment.text[start:end]}” translates only the first word of the title “{name}” of the "
                    f"{ctx.source.name}; the title is translated whole.",
                    title,
                )
                continue
            if segment.text[start:end].split()[-1] != _LETTERS_TAIL.search(name).group():
                yield self.issue(
                    segment, start, end,
                    f"“{segment.text[start:end]}” translates the {'name' if title is None else 'surname'} "
                    f"“{name}” of the {ctx.source.name} as common words; the name keeps its own.",
                    name,
                )
                continue
            yield self.issue(
                segment, start, end,
                f"“{segment.text[start:end]}” translates the first word of the name “{name}” of the "
                f"{ctx.source.name} as a word of the sentence; the name keeps it.",
                name,
            )
        for start, end, title, usual in _possessives_mistaken(segment.text, sources, ctx):
            yield self.issue(
                segment, start, end,
                f"“{segment.text[start:end]}” gives the title “{title}” of the {ctx.source.name} a possessive "
                f"the title never takes in the {ctx.target.name}; the possessive follows the person, not the "
                f"title's grammatical gender.",
                usual,
            )
        pair = freedict.pair_name(ctx.source.code, ctx.target.code)
        opening_target = None
        for src in sources:
            caps, named = _first_names_opening(src.text, ctx)
            for k in named:
                s, e, name = caps[k]
                if name in target_words.words:
                    continue  # copied as it is: _present below finds it at once, and its folded form in the target
                # a word like the first name (Olivier -> "Olive") may be its rendering as a common word: only
                # beside the surname kept with its particle is that read (Olive Le Roux), not a spelling of it
                alike = _present(name, target_words, SIMILAR_FIRST_NAME)
                if alike and fold(name) in target_words.folded:
                    continue
                kept = [c for c in _neighbours(src.text, caps, k)
                        if not ctx.source.in_dictionary(c.lower()) and _present(c, target_words)]
                particle = _particle_and_surname(caps, k, ctx.source)
                if particle and not (particle[1] not in kept and _present(particle[1], target_words)):
                    particle = None
                if not kept and not particle or alike and not particle:
                    continue  # not a person's name whose other part survived (Pierre Brandoux -> Stone Brandoux)
                english = {t.lower() for t in freedict.lookup(name.lower(), pair) if " " not in t}
                if opening_target is None:
                    opening_target = _with_opening_names(segment.text, target_caps)
                source_words = None
                for ts, te, word in opening_target:
                    if source_words is None:
                        source_words = _text(src.text, ctx, ctx.source.code).folded
                    if fold(word) not in source_words and (
                            word.lower() in english or _close_synonym(word, english, ctx)
                            or (particle and _learned_rendering(name, word, ctx))) and (
                            _next_to(segment.text, ts, te, kept) and not alike
                            or _before_particle(segment.text, te, particle)):
                        yield self.issue(
                            segment, ts, te,
                            f"“{word}” translates the name “{name}” of the {ctx.source.name} as a common word.",
                            name,
                        )
                        break


def _may_name_as_words(src_text: str, ctx) -> bool:
    """Whether T105 can report anything on a translation of the source text ``src_text``, as far as the
    source alone tells: it names a name that opens with a determiner (:func:`_determined_names`), a title
    of address (:func:`_address_in`), or a first name of the source's table among its capitalised words
    (those of :func:`_with_opening_names`), or a word of a name that a translation keeps (:func:`_name_words_kept`),
    or a town named by a common word (:func:`_towns_of_words`).
    Each of T105's four readings starts from one of these and
    reports nothing without it (:func:`_determiners_translated` and :func:`_possessives_mistaken` walk the
    first two, the first-name loop skips every other word), so where all three are empty the check ends
    before it reads the translation. Kept per source text (run memo, :data:`SOURCE_MEMO`).

    Why: a source sentence comes back once per system that translated it, and on WMT14's 3,003 sources
    only 333 name any of the three: the other translations had their capitalised words read (the target's
    :class:`_Text`, the largest share of T105's cost) and each source's capitalised words walked again, for
    nothing.

    The analyses are asked only where :func:`_may_name_screen` finds in the source's one split a word
    they start from.
    """
    def build() -> bool:
        if not _may_name_screen(src_text, ctx):
            return False
        if _determined_names(src_text, ctx) or _address_in(src_text, ctx.pair) or _name_words_kept(src_text, ctx) \
                or _towns_of_words(src_text, ctx) or _opening_determined_names(src_text, ctx):
            return True
        return bool(_first_names_opening(src_text, ctx)[1])

    return ctx.memo("T105.may_report", (src_text, ctx.source.code, ctx.target.code), build, bound=SOURCE_MEMO)


def _first_names_opening(src_text: str, ctx) -> tuple[list, tuple[int, ...]]:
    """The source text's capitalised words with the words opening a sentence before a name
    (:func:`_with_opening_names`), and the indices among them of the first names of the source's table:
    what T105's first-name reading walks, for every translation of the text. Kept per source text (run memo);
    readers must not change it. Why: each translation read the source's capitalised words again, looked for
    the word opening a sentence before each, and folded each to find the first names (WMT14's 24,024
    pairs: 3,270 translations of 409 sources)."""
    def build() -> tuple[list, tuple[int, ...]]:
        first_names = ctx.source.first_names_folded
        caps = _with_opening_names(src_text, _text(src_text, ctx, ctx.source.code).caps)
        return caps, tuple(k for k, (_, _, name) in enumerate(caps) if fold(name) in first_names)

    return ctx.memo("T105.first_names", (src_text, ctx.source.code), build, bound=FEW_SOURCES)


def _may_name_screen(src_text: str, ctx) -> bool:
    """False when :func:`_may_name_as_words`'s analyses can find nothing in ``src_text``, read from the words
    of its one split (:func:`~mtqa.names.mentions.text_words`): no capitalised word of it (nor a run of
    letters of one from a capital on, which a name opening a sentence may be: ``l'Union``) is a first name of
    the source's table; none of its capitalised mid-sentence words opens with a determiner of
    ``name_determiners`` (:func:`_determined_names`), nor is such a determiner followed by a capitalised word
    wherever it stands (:func:`_opening_determined_names`); no capitalised word stands one space after a
    ``town_prepositions`` word (:func:`_towns_of_words`), nor one space after another capitalised word where
    either is a word only the target language has (:func:`_name_words_kept`'s quoted names; its persons
    start from a first name); no capitals are joined by a hyphen (:func:`_compound_words_kept`); no title
    of address (:func:`_address_in`). Each analysis reports only from such a word, so each is empty here.

    Why: the analyses build the source's :class:`_Text` (where each capitalised word stands in its
    sentence) and ask the dictionaries about its words, for every source, and on WMT14's 3,003 sources
    nearly nine in ten name nothing they read; these tests are set lookups on the few capitalised words.
    A text whose split reads a word with two apostrophes (``chained``) is not screened (:class:`_Text` reads
    it with ``_WORD``)."""
    split = text_words(src_text, ctx)
    if split.chained:
        return True
    src, tgt = ctx.source, ctx.target
    first_names = src.first_names_folded
    determiners = ctx.pair.name_determiners
    prepositions = src.word_set("town_prepositions")
    words, offs = split.words, split.offsets
    for k in split.capital:
        w = words[k]
        if any(fold(x) in first_names for x in _capital_parts(w)):
            return True
        if not w[:1].isupper():
            continue
        start = offs[2 * k]
        if w.replace("’", "'").partition("'")[0].lower() in determiners and len(w) > 1 and not w.isupper() \
                and (not at_sentence_start(src_text, start) or _NAME_HYPHEN.search(src_text, max(0, start - 40), start)):
            return True
        if w.lower() in determiners and k + 1 < len(words) and words[k + 1][:1].isupper():
            return True  # an article before a capitalised word, opening a sentence (_opening_determined_names)
        if k and offs[2 * k - 1] + 1 == start and src_text[start - 1] == " ":
            before = words[k - 1]
            if before.lower() in prepositions:
                return True
            if not before.islower() and any(_english_only_word(x, src, tgt)
                                            for x in (*_capital_parts(before), *_capital_parts(w))):
                return True
    return ("-" in src_text or "‐" in src_text or "‑" in src_text) and _COMPOUND_NAME.search(src_text) is not None \
        or bool(_address_in(src_text, ctx.pair))


def _capital_parts(word: str) -> list[str]:
    """``word`` and each run of its letters from a capital letter to the word's end or its next apostrophe
    (``l'Union``: Union; ``McDonald``: McDonald, Donald): what :func:`_with_opening_names` may read as a
    word opening a sentence (a capitalised run of letters ending the word before a name)."""
    if word[1:].islower() and "'" not in word and "’" not in word:
        return [word]  # most words: one capital, opening the word
    out = [word]
    for i, c in enumerate(word):
        if c.isupper():
            j = i + 1
            while j < len(word) and word[j] not in "'’":
                j += 1
            out.append(word[i:j])
    return out


def _name_words_kept(src_text: str, ctx) -> tuple[tuple[str, frozenset[str], tuple[str, ...], bool], ...]:
    """(word, its bilingual dictionary translations, the name's parts beside it, person) of each capitalised word of
    ``src_text`` that is a common word of the source language's dictionary (it has translations) but that a
    translation keeps as it is, because the name it belongs to says so:

    - a name the source quotes in the target language: another word of the same run of capitalised words
      (one space apart) is a word of the target language the source language does not have (``Large Hadron
      Collider``, ``Central Park``, ``Common Cause``, ``U.S. Census Bureau``: collider, park, common and
      census are English words, no French ones), so the whole name is the target language's own and a word
      of it that both languages spell alike (large, central, cause, bureau) is no French word to translate.
      A word only the source language writes so (``la Loi Dream Act``: loi) is the source's own word before
      the quoted name, which a translation renders ("the Dream Act law"); a grammar word (``Le Run``, ``Son
      Eminence``) may take the target's article or possessive; and a surname after a first name (``Helmut Kohl``) is no sign the name is
      the target language's, whatever the word means in it;
    - a surname after a first name of the source's table (``Laurent Blanc``, ``Victoria Principal``):
      ``person`` is true, and the part beside it is the first name.

    A first name of the table is read by the first-name reading, not here. Kept per source text (run memo).

    Why: a system that reads such a word as one of the source language writes its translation beside the
    part of the name it kept ("the Wide Hadron Collider", "Exchange Park", "Laurent white"), a well-spelt
    English word that no spelling or name check sees. The source alone says the word is a name's: an English
    word among the name's words, or a first name before it; a name of the source language's own words
    (``place Tahrir``, ``lac Saint-Jean``) has neither and is left alone, as English translates its
    generic word (Tahrir Square, Lake Saint-Jean)."""
    def build():
        from mtqa.langs import freedict

        src, tgt = ctx.source, ctx.target
        pair = freedict.pair_name(src.code, tgt.code)
        first_names = src.first_names_folded
        compounds = tuple(_compound_words_kept(src_text, src, first_names, pair))
        caps = _text(src_text, ctx, src.code).caps
        if not caps:
            return compounds
        caps = _with_opening_names(src_text, caps)  # the first name opening a sentence (Victoria Principal, ...)
        if len(caps) < 2:
            return compounds
        runs, run = [], [0]
        for k in range(1, len(caps)):
            if caps[k - 1][1] + 1 == caps[k][0] and src_text[caps[k - 1][1]] == " ":
                run.append(k)
            else:
                runs.append(run)
                run = [k]
        runs.append(run)
        out = []
        for run in runs:
            if len(run) < 2:
                continue
            words = [caps[k][2] for k in run]
            # an English word after a first name is a surname (Helmut Kohl), no sign the name is English
            quoted = any(_english_only_word(w, src, tgt) and fold(w) not in first_names
                         and not (j and fold(words[j - 1]) in first_names) for j, w in enumerate(words))
            for i, w in enumerate(words):
                if not _translatable_word(w, src, first_names):
                    continue
                person = i > 0 and fold(words[i - 1]) in first_names and not quoted
                if not (quoted and tgt.in_dictionary(w.lower()) or person):
                    continue
                english = _word_translations(w, pair)
                if english:
                    parts = (words[i - 1],) if person else tuple(words[j] for j in (i - 1, i + 1) if 0 <= j < len(words))
                    out.append((w, english, parts, person))
        return tuple(out) + compounds

    return ctx.memo("T105.kept_words", (src_text, ctx.source.code, ctx.target.code), build, bound=FEW_SOURCES)


def _towns_of_words(src_text: str, ctx) -> tuple[tuple[str, frozenset[str]], ...]:
    """(town, its translations as common words) of each capitalised word that stands alone after one of the
    source language's ``town_prepositions``, one space on, mid-sentence (``à Menton``, ``à Rennes``), that is
    a common word of its dictionary (:func:`_translatable_word`), for :func:`_town_translated`. A word
    followed by a hyphen, another capitalised word or one of the language's ``name_particles`` starts a
    longer name or a title (``à Monsieur le maire``: to the Mayor; :func:`_name_ends`). Kept per source text
    (run memo)."""
    def build() -> tuple:
        from mtqa.langs import freedict

        src = ctx.source
        prepositions = src.word_set("town_prepositions")
        if not prepositions:
            return ()
        pair = freedict.pair_name(src.code, ctx.target.code)
        particles = src.word_set("name_particles")
        out = []
        for s, e, w in _text(src_text, ctx, src.code).caps:
            before = _word_before(src_text, s)
            if before is None or before[2].lower() not in prepositions or not _name_ends(src_text, e, particles) \
                    or src_text[e:e + 1] in "-‐‑'’" and e < len(src_text) \
                    or not _translatable_word(w, src, src.first_names_folded):
                continue
            # ``grâce à Dieu``: a translation the dictionary also writes as a name (God) the target capitalises
            english = _word_translations(w, pair, common=True) - _word_translations(w, pair, named=True)
            if english:
                out.append((w, english))
        return tuple(out)

    return ctx.memo("T105.towns", (src_text, ctx.source.code, ctx.target.code), build, bound=FEW_SOURCES)


def _town_translated(text: str, target_words: _Text, sources: list[Segment],
                     ctx) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, target word, source town) of each town of the source named by a common word
    (:func:`_towns_of_words`: ``à Menton``) that the target does not write (nor a word like it,
    ``SIMILAR_FIRST_NAME``) and for which it writes, capitalised in mid-sentence, one of the word's
    translations ("to Chin", "in Reindeer") that is no word of the source.

    Why: the capital after the preposition is all that says the word is a town; a system that reads it as
    the common word writes its translation and keeps the capital, and the town is gone."""
    for src in sources:
        towns = _towns_of_words(src.text, ctx)
        if not towns:
            continue
        src_words = _text(src.text, ctx, ctx.source.code).folded
        for town, english in towns:
            if _present(town, target_words, SIMILAR_FIRST_NAME):
                continue
            for s, e, word in target_words.caps:
                if word.lower() in english and fold(word) not in src_words:
                    yield s, e, word, town
                    break


def _persons_of_words(src_text: str, ctx) -> tuple[tuple[str, str, frozenset[str], frozenset[str]], ...]:
    """(first name, surname, the surname's translations, the first name's) of each person of ``src_text``
    named by a first name of the source's table and, one space after it, a surname that is a common word of
    the source language (``Pierre Blanc``, ``Laurent Blanc``), for :func:`_person_translated`. The
    translations are the bilingual dictionary's common-word ones (:func:`_word_translations`); a surname
    without any is left out. Kept per source text (run memo)."""
    def build() -> tuple:
        from mtqa.langs import freedict

        src = ctx.source
        first_names = src.first_names_folded
        pair = freedict.pair_name(src.code, ctx.target.code)
        caps = _first_names_opening(src_text, ctx)[0]
        out = []
        for (s, e, first), (s2, e2, surname) in zip(caps, caps[1:]):
            if fold(first) not in first_names or s2 != e + 1 or src_text[e] != " " \
                    or not _translatable_word(surname, src, first_names):
                continue
            english = _word_translations(surname, pair, common=True)
            if english:
                out.append((first, surname, english, _word_translations(first, pair, common=True)))
        return tuple(out)

    return ctx.memo("T105.persons", (src_text, ctx.source.code, ctx.target.code), build, bound=FEW_SOURCES)


def _person_translated(text: str, target_words: _Text, sources: list[Segment],
                       ctx) -> Iterator[tuple[int, int, str]]:
    """(start, end, "first name surname") of each person of the source named by a first name and a surname
    that is a common word (:func:`_persons_of_words`) whom the target names by neither, but by the
    surname's translation, capitalised, right beside a rendering of the first name: one of its bilingual
    dictionary translations, capitalised ("White Stone" for ``Pierre Blanc``), or a first name of the
    table other than the source's ("Peter White").

    Why: the surname's translation beside the source's own first name ("Pierre White") is T103's altered
    name and a lower-case one beside it ("Laurent white") the kept-word reading's; a system that reads the
    whole name as words keeps neither part, so nothing kept anchors those readings, and the person becomes
    a well-spelt stranger. The two capitalised words side by side, one the surname's translation and the
    other standing for the first name, are the sign."""
    target_first = ctx.target.first_names_folded
    for src in sources:
        for first, surname, english, first_english in _persons_of_words(src.text, ctx):
            if _present(first, target_words, SIMILAR_FIRST_NAME) or _present(surname, target_words, SIMILAR_FIRST_NAME):
                continue
            for m in _WORD.finditer(text):
                word = m.group()
                if not word[:1].isupper() or word.lower() not in english:
                    continue
                for near_start, near_end, other in _neighbour_words(text, m.start(), m.end()):
                    if other[:1].isupper() and (other.lower() in first_english or fold(other) in target_first):
                        start, end = min(m.start(), near_start), max(m.end(), near_end)
                        yield start, end, f"{first} {surname}"
                        break
                else:
                    continue
                break


def _neighbour_words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of the words right before and right after text[start:end], one space away."""
    out = []
    before = _word_before(text, start)
    if before:
        out.append(before)
    after = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    if after:
        out.append((after.start(), after.end(), after.group()))
    return out


def _word_before(text: str, start: int) -> Optional[tuple[int, int, str]]:
    """(start, end, word) of the word right before ``start`` of ``text``, one plain space before it
    (``_PREV_WORD``, which allows any run of spaces, narrowed to one)."""
    m = _PREV_WORD.search(text, max(0, start - LOOKBACK), start)
    if m is None or text[m.end(1):start] != " ":
        return None
    return m.start(1), m.end(1), m.group(1)


def _translatable_word(word: str, src, first_names: frozenset[str]) -> bool:
    """``word`` is a common word of the source language's dictionary, not a grammar word nor a first name of
    its table (whose translation the first-name reading reads): a word a translation may render as a noun."""
    low = word.lower()  # (the dictionary first: most capitalised words are names it lacks, no grammar word to look up)
    return fold(word) not in first_names and low not in src.function_words \
        and src.in_dictionary(low) and not src.is_dictionary_grammar_word(low)


def _word_translations(word: str, pair: str, common: bool = False, named: bool = False) -> frozenset[str]:
    """The one-word bilingual dictionary translations of ``word``, lower case, other than the word itself;
    with ``common``, only those the dictionary writes in lower case: a capitalised one is the word's sense
    as a name (inde: India), the target's own name for it, no common word put in its place; with ``named``,
    only those capitalised ones."""
    from mtqa.langs import freedict

    return frozenset(t.lower() for t in freedict.lookup(word.lower(), pair)
                     if t.isalpha() and t.lower() != word.lower() and not (common and not t.islower())
                     and not (named and t.islower()))


_COMPOUND_NAME = re.compile(r"(?<![^\W\d_])[A-ZÀ-Þ][^\W\d_]*(?:[-‐‑][A-ZÀ-Þ][^\W\d_]*)+(?![^\W\d_])")
"""Capitalised words joined by hyphens (``Hôtel-Dieu``, ``Notre-Dame``, ``Centre-Ville``, after ``l'`` too)."""


def _compound_words_kept(src_text: str, src, first_names: frozenset[str],
                         pair: str) -> Iterator[tuple[str, frozenset[str], tuple[str, ...], bool]]:
    """(word, its bilingual dictionary translations, (the part before it,), False) of each common word that is
    a later part of a name of capitalised words joined by hyphens (``l'Hôtel-Dieu``, ``Notre-Dame``), for
    :func:`_name_words_kept`.

    Why: the source language writes a common compound in lower case (centre-ville, arc-en-ciel); capitals on
    every part joined by hyphens make one name of them, a hospital, a church, a hotel, whose words English
    keeps (the Hôtel-Dieu). A system that keeps the first part and translates the next one as a noun ("the
    Hotel-God", "the hotel god") lost the name. Only a later part is read: English does translate a place's
    first word where the rest is a name it keeps (``Nouveau-Brunswick``: New Brunswick; ``Haute-Volta``:
    Upper Volta), never the other way round. A part in capitals throughout (``SNCF-RATP``) is an acronym, and
    a first name (``Saint-Pierre``, ``Jean-Marie``) is the first-name reading's: English names saints in its
    own words (Saint Peter's). The part before the word must be a common word too, and none the dictionary
    also lists as a name: a place's district (``Amiens-Nord``: Amiens North) or a pair of places
    (``France-Inde``) is a name that English writes with its own words."""
    for m in _COMPOUND_NAME.finditer(src_text):
        parts = re.split("[-‐‑]", m.group())
        if any(p.isupper() for p in parts):
            continue
        for i in range(1, len(parts)):
            w, before = parts[i], parts[i - 1]
            if _translatable_word(w, src, first_names) and src.in_dictionary(before.lower()) \
                    and not src.has_proper_stem(before):
                english = _word_translations(w, pair, common=True)
                if english:
                    yield w, english, (parts[i - 1],), False


def _english_only_word(word: str, src, tgt) -> bool:
    """``word`` is a common word of the target language's dictionary that the source language's dictionary
    does not know (collider, park, census: not ``Hadron``, which French dictionaries list, nor a proper name
    like Leavenworth or Ontario, which says nothing about the words beside it: ``Lac Ontario`` is Lake Ontario)."""
    low = word.lower()
    return len(word) > 2 and tgt.in_dictionary(low) and not src.in_dictionary(low) and not src.in_dictionary(word)


def _kept_name_word_translated(text: str, target_words: _Text, sources: list[Segment],
                               ctx) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, target word, source word) of each word of a name the target should keep
    (:func:`_name_words_kept`) that it translated instead: the source word is not in the target (nor a word
    much like it, ``SIMILAR_FIRST_NAME``: Centre, Center; a short word looks like too many at ``SIMILAR``, Large
    like Laurent), a part of its name beside it is, letter for letter, and right beside that part
    stands one of the word's bilingual dictionary translations that is no word of the source ("Wide Hadron
    Collider", "Exchange Park", "Laurent white"). A surname's capitalised translation ("Laurent White") is
    T103's altered name, so a person's is read in lower case only."""
    lowered = None
    for src in sources:
        found = _name_words_kept(src.text, ctx)
        if not found:
            continue
        src_words = _text(src.text, ctx, ctx.source.code)
        for name, english, parts, person in found:
            if lowered is None:
                lowered = {w.lower() for w in target_words.words}
            if not english & lowered or _present(name, target_words, SIMILAR_FIRST_NAME):
                continue
            kept = [p for p in parts if fold(p) in target_words.folded]
            if not kept:
                continue
            for m in _WORD.finditer(text):
                word = m.group()
                if word.lower() in english and fold(word) not in src_words.folded \
                        and not (person and word[:1].isupper()) and _next_to(text, m.start(), m.end(), kept):
                    yield m.start(), m.end(), word, name
                    break


_LETTERS_TAIL = re.compile(r"[^\W\d_]+$")
"""The last word of a name (``Maire`` of Le Maire, ``Aurovin`` of L'Aurovin): the word a rendering must keep."""

NAME_WORD_MAX_ZIPF = 3.5
"""A name's word the target language uses this often is a word of its own (``The World Energy
Council`` for ``Le World Energy Council``, ``The Run``): the article before it may be the target's."""


def _determiners_translated(text: str, sources: list[Segment], ctx) -> Iterator[tuple[int, int, str, Optional[str]]]:
    """(start, end, source name, "") of each target ``the Echos`` / ``my Aynak``: a name that opens with a
    determiner capitalised mid-sentence in the source (``selon Les Echos``, ``L'Express``; the pair's
    ``name_determiners``), its next word copied into the target right after one of the determiner's
    renderings, and the source's own form nowhere in the target. A place the exonym table lists with
    its article (``La Haye``) has a target name of its own, which T201 suggests; a name the target
    writes with its own article (the pair's ``names_with_target_article``: "the Marseillaise", "the
    Sorbonne") is translated right, and so is a title after a possessive (``Sa Majesté``: His Majesty).
    A surname whose particle is a determiner (``Marine Le Pen``: after a first name of the source's table,
    :func:`_first_name_before`) is a person's whatever the target makes of its word (``Navy The Pen``,
    ``Jean-Marie The Pen``), so the frequency of that word ("pen") does not excuse it.
    A title of address whose possessive alone was rendered (``His Sainteté``) is no name to restore
    either: its 4-tuple ends with the target title to use instead ("His Holiness", the titles table's
    ``english`` column, after a possessive the title takes: ``Its Sainteté`` -> "His Holiness", the
    ``possessives`` column), also at the start of a sentence. A title copied with an accent the target's
    form has not (``His Éminence``) is reported as well. A name of a determiner and one word whose word the
    target translated too ("The Duty" for ``Le Devoir``, :func:`_name_word_translated`) ends its 4-tuple
    with ``None``: no title to suggest, and no surname. Every occurrence in the target is reported, not only
    the first."""
    if not ctx.pair.name_determiners:
        return
    seen = set()
    for src in sources:
        for form, name, renderings, surname, particle, whole in _determined_names(src.text, ctx):
            if form in text:
                continue
            if name in text:  # the pattern holds the name as written: no match without it
                for m in _rendered(renderings, name).finditer(text):
                    if m.start() not in seen:
                        seen.add(m.start())
                        yield m.start(), m.end(), form, ""
            if surname:  # its word translated ("Bruno The Mayor"): the name itself need not be in the target
                yield from _surname_translated(text, renderings, name, form, seen, ctx, particle)
            elif whole:  # a paper's, a place's or a school's one word translated ("The Duty" for Le Devoir)
                yield from _name_word_translated(text, renderings, name, form, seen, ctx,
                                                 _text(src.text, ctx, ctx.source.code))
        # « Le Devoir a tenté » -> "The Duty has tried": the same name opening a sentence, its word translated
        for form, name, renderings in _opening_determined_names(src.text, ctx):
            if form not in text:
                yield from _name_word_translated(text, renderings, name, form, seen, ctx,
                                                 _text(src.text, ctx, ctx.source.code), _names_of_target(name, ctx))
    for det, name, english, possessives, renderings in _address_in_source(sources, ctx):
        form = f"{det} {name}"
        if english.lower() == name.lower() or form in text or name not in text:
            continue  # (His Eminence: the target's title too; His Éminence keeps an accent it has not)
        for m in _rendered(tuple(renderings), name).finditer(text):
            if m.start() not in seen:
                seen.add(m.start())
                rendered = m.group(0).split(" ")[0]
                possessive = rendered if rendered.lower() in possessives or not possessives else _usual(possessives, rendered)
                yield m.start(), m.end(), form, f"{possessive} {english}"


def _surname_translated(text: str, renderings: tuple[str, ...], name: str, form: str, seen: set,
                        ctx, particle: str = "") -> Iterator[tuple[int, int, str, str]]:
    """(start, end, source surname, "") of each target ``The Mayor`` for a surname with a determiner particle
    after a first name (``Bruno Le Maire``), its word rendered by one of its bilingual dictionary
    translations, capitalised, right after a capitalised word (the first name, kept or not). A surname
    whose determiner follows a lower-case particle of the source (``particle``: ``Jean de La Fontaine``)
    is reported where the particle is rendered too, by one of its bilingual dictionary translations
    between the first name and the rest ("Jean of The Fountain"): the span and the suggestion then take
    the particle in ("de La Fontaine").

    Why: the particle's rendering alone ("Bruno The Maire") is read above; a system that takes the particle
    for an article takes the next word for a noun and translates it too. The capitals and the first name
    before them say the words are still the person's name, so a title the source language writes after an
    article (le maire) is no title here. A lower-case rendering ("the mayor") may be the sentence's own
    words and is left alone."""
    from mtqa.langs import freedict

    pair = freedict.pair_name(ctx.source.code, ctx.target.code)
    english = {t for t in freedict.lookup(name.lower(), pair) if " " not in t and t.isalpha()}
    between = {t.lower() for t in freedict.lookup(particle, pair) if t.isalpha()} if particle else set()
    for word in sorted(english):
        word = word[:1].upper() + word[1:]
        if word == name or word not in text:
            continue  # (the pattern holds the word as written: no match without it)
        for m in _rendered(renderings, word).finditer(text):
            if m.start() in seen:
                continue
            start = m.start()
            if particle:  # Jean of The Fountain: the particle's rendering, then the first name
                p = _PREV_WORD.search(text, max(0, start - LOOKBACK), start)
                if p is None or p.group(1).lower() not in between:
                    continue
                start = p.start(1)
            if _PREV_CAPITAL_WORD.search(text, max(0, start - LOOKBACK), start):
                seen.add(m.start())
                yield start, m.end(), f"{particle} {form}" if particle else form, ""


def _name_ends(text: str, end: int, particles: frozenset[str]) -> bool:
    """The name of a determiner and one word ending at ``end`` of ``text`` ends there: no capitalised word
    follows it (``Le Petit Prince``), nor one of the language's ``name_particles`` that goes on with a title's
    or a place's other words (``La Mort en cendres``, ``Le Chemin de Damas``, ``Le Seigneur des anneaux``).

    Why: a title of several words is a work's, which English often translates whole (The Lord of the Rings,
    The Little Prince): a capitalised rendering of its first word is no sign of a name lost. A determiner and
    one word (``Le Devoir``, ``l'Université La Salle``, ``selon Les Echos``) names a paper, a place or a
    school, which English keeps in the source's words."""
    if _goes_on(text, end):
        return False
    m = _NEXT_WORD.match(text, end)
    return m is None or m.group(1).lower() not in particles


_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
"""The word right after a place, one or more spaces on: whether a name goes on past its first word."""


def _goes_on(text: str, end: int) -> bool:
    """A capitalised word follows ``end`` of ``text``, one or more spaces on: the words before it are the
    first of a longer name ("The Left Party")."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1)[:1].isupper()


def _name_word_translated(text: str, renderings: tuple[str, ...], name: str, form: str, seen: set, ctx,
                          source_words: _Words, institutions: frozenset[str] = frozenset()) \
        -> Iterator[tuple[int, int, str, None]]:
    """(start, end, source name, None: no title, no surname) of each target ``The Duty`` for a name of a
    determiner and one word that is no person's (``Le Devoir``, ``l'Université La Salle``:
    :func:`_determined_names`, where it ends with the word, :func:`_name_ends`): a rendering of the
    determiner, either case, then one of the word's bilingual dictionary translations as a common word
    (:func:`_word_translations`), capitalised ("The Duty", "University the Room"), where the target has
    neither the name's word nor one like it (``SIMILAR_FIRST_NAME``) and the translation is no word of the
    source.

    Why: a system that takes the determiner for an article takes the next word for a noun and translates it.
    Its capital, kept from the source, is what says the words still stand for the name (a paper, a school, a
    town); the name itself is gone, and no spelling or name check sees "The Duty". A lower-case rendering
    ("the duty") may be the sentence's own words and is left alone, as is the rendering of a name the
    target writes with its own article (``names_with_target_article``, read in :func:`_determined_names`),
    and a translation that the dictionary also lists capitalised, as a name of the target's own (« Mon
    Dieu »: My God).
    So is a rendering that a capitalised word follows (``le parti La Gauche`` -> "The Left Party"): the
    target made a name of its own of the translation, as English does with parties and movements, and so is
    a translation among ``institutions`` (lower case) for a name opening a sentence
    (:func:`_opening_determined_names`)."""
    from mtqa.langs import freedict

    words = _segment_text(text, ctx)
    if _present(name, words, SIMILAR_FIRST_NAME):
        return
    pair = freedict.pair_name(ctx.source.code, ctx.target.code)
    # « Mon Dieu »: a translation the dictionary also writes as a name (God) is one the target capitalises
    for word in sorted(_word_translations(name, pair, common=True) - _word_translations(name, pair, named=True)
                       - institutions):
        word = word[:1].upper() + word[1:]
        if word == name or word not in text or fold(word) in source_words.folded:
            continue  # (the pattern holds the word as written: no match without it)
        for m in _rendered(renderings, word).finditer(text):
            if m.start() not in seen and not _goes_on(text, m.end()):
                seen.add(m.start())
                yield m.start(), m.end(), form, None


_PREV_WORD = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \u00a0]+$")
"""The word right before a place, searched with an end: a rendering of a surname's particle (of, from)."""


def _with_opening_names(text: str, caps: list) -> list:
    """``caps`` (a text's capitalised mid-sentence words) and each word that opens a sentence, a quotation or a
    headline right before one of them, one space apart: the first name of ``Marine Le Pen a dit`` or of
    "Navy Le Pen said". Its capital alone says nothing, but a name goes on after it, so it is that name's
    first word as much as mid-sentence; the first-name readings need it where the subject opens the sentence."""
    out = []
    for k, cap in enumerate(caps):
        s = cap[0]
        m = CAPITAL_WORD_BEFORE_RE.search(text, max(0, s - 40), s)
        if m and m.end() == s and s - m.start(1) - len(m.group(1)) == 1 and (not k or caps[k - 1][1] < m.start(1)) \
                and len(m.group(1)) > 1 and at_sentence_start(text, m.start(1)):
            out.append((m.start(1), m.start(1) + len(m.group(1)), m.group(1)))
        out.append(cap)
    return out


def _particle_and_surname(caps: list, k: int, lang) -> Optional[tuple[str, str]]:
    """(particle, surname) when the ``k``-th capitalised word is followed by a capitalised particle of the
    language's names (``name_particles``: Le, La, De) and a capitalised word, all one space apart: the
    surname of ``Marine Le Pen``, whose particle is a common word of the language and so no kept part."""
    if k + 2 >= len(caps):
        return None
    (_, e, _), (ps, pe, particle), (ss, _, surname) = caps[k], caps[k + 1], caps[k + 2]
    if ps != e + 1 or ss != pe + 1 or particle.lower() not in lang.word_set("name_particles"):
        return None
    return particle, surname


def _before_particle(text: str, end: int, particle: Optional[tuple[str, str]]) -> bool:
    """Right after ``end`` the target writes the surname with its particle as the source does (" Le Pen")."""
    if not particle:
        return False
    return text.startswith(f" {particle[0]} {particle[1]}", end)


def _close_synonym(word: str, english: set[str], ctx) -> bool:
    """Target ``word`` is a close synonym (:attr:`~mtqa.langs.language.Language.synonyms`, from WordNet) of one of
    the bilingual dictionary's translations ``english`` of a first name that is also a common word, and no
    first name of either language's table (``Pierre Nora`` -> "Rock Nora": FreeDict gives stone, WordNet puts
    rock and stone in one synset).

    Why: a system that reads the first name as a word may choose any rendering of that word, and FreeDict lists
    one or two; the thesaurus the meaning checks read adds the close synonyms, still beside the surname kept."""
    from mtqa.meaning.tokens import stem

    if not english or fold(word) in ctx.pair.first_names_folded or not ctx.target.is_common_word(word.lower()):
        return False
    code = ctx.target.code
    return ctx.target.synonyms.renders(stem(word.lower(), code), [stem(t, code) for t in english])


def _learned_rendering(name: str, word: str, ctx) -> bool:
    """Target ``word`` is one of the lexical model's renderings of the source word ``name`` (a first name
    that is also a common word: Marine -> navy), and no first name of either language's table.

    Why only beside a surname kept with its particle: the model learned its pairs from news, so it lists
    renderings FreeDict does not (navy for marine), but also names aligned with names; a first name put for
    a first name (Jean -> John) is the given-names check's (T104), and a common word in the place of the
    first name right before the source's own particle and surname (``Navy Le Pen``) is no other reading."""
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.tokens import stem

    if fold(word) in ctx.pair.first_names_folded or not ctx.target.in_dictionary(word.lower()):
        return False
    model = load_lexmodel(ctx.source.code, ctx.target.code)
    if model is None:
        return False
    target_stem = stem(word.lower(), ctx.target.code)
    return any(t.stem == target_stem for t in model.translations(stem(name.lower(), ctx.source.code)))


def _determined_names(src_text: str, ctx) -> tuple[tuple[str, str, tuple[str, ...], bool, str, bool], ...]:
    """(form, name, the determiner's renderings, whether it is a surname after a first name, the lower-case
    particle before that surname, whether a name that is no surname ends with its one word, :func:`_name_ends`)
    of each name of a source text that opens with a determiner of the pair's ``name_determiners`` and that
    :func:`_determiners_translated` reports when a translation writes a rendering of the determiner before
    the name and not the form itself: every test of the source alone, in the text's order. Kept per source text (run memo, :data:`FEW_SOURCES`). Why: every system's
    translation of a source walked its capitalised words again, with a word frequency and four folds each."""
    def build() -> tuple:
        table = ctx.pair.name_determiners
        places = _places(ctx.config.pair)
        own_article = ctx.pair.names_with_target_article
        titles = name_titles(ctx.pair, "source")
        address = _address_titles(ctx.pair)
        epithets = _epithets(ctx.source)
        particles = ctx.source.word_set("name_particles")
        caps = _text(src_text, ctx, ctx.source.code).caps
        out = []
        for k, (s, e, w) in enumerate(caps):
            head, apos, rest = w.replace("’", "'").partition("'")
            if apos:
                det, name, form = head.lower(), rest, w
            elif k + 1 < len(caps) and caps[k + 1][0] == e + 1:
                det, name, form = w.lower(), caps[k + 1][2], src_text[s:caps[k + 1][1]]
            else:
                continue
            renderings = table.get(det)
            if not renderings or not name[:1].isupper():
                continue
            if fold(name) in address:
                continue  # a title of address: _address_in_source's, wherever it stands
            particle = _first_name_before(src_text, s, ctx.source)
            person = particle is not None
            surname = person and not apos  # (Bruno Le Maire: a surname whose particle is a word of its own)
            if (ctx.target.zipf(name) >= NAME_WORD_MAX_ZIPF and not person) \
                    or fold(form) in places or fold(name) in own_article or (fold(name) in titles and not surname):
                continue  # (La Haye: the target's own name, The Hague, is T201's suggestion)
            if surname and not particle and fold(form) in epithets:
                continue  # Louis Le Grand: an epithet, which the target translates (Louis the Great)
            end = caps[k][1] if apos else caps[k + 1][1]
            out.append((form, name, tuple(renderings), surname, particle or "",
                        not surname and _name_ends(src_text, end, particles)))
        return tuple(out)

    return ctx.memo("swaps.determined", (src_text, ctx.source.code, ctx.target.code), build, bound=FEW_SOURCES)


def _first_name_before(text: str, start: int, lang) -> Optional[str]:
    """"" when the word right before ``start`` is a first name of the language's table (``Marine Le Pen``,
    ``Jean-Marie Le Pen``), the particle when a lower-case particle of the language's names stands between
    them (``Jean de La Fontaine``: "de"), None otherwise. The determiner at ``start`` is then a person's
    surname particle, which the target never replaces by its own article, however common the surname's
    word is there (Pen, Maire, Fontaine)."""
    m = _PREV_CAPITAL_WORD.search(text, max(0, start - LOOKBACK), start)
    if m is not None:
        return "" if fold(m.group(1)) in lang.first_names_folded else None
    p = _PREV_WORD.search(text, max(0, start - LOOKBACK), start)
    if p is None or p.group(1) not in lang.word_set("name_particles"):
        return None
    m = _PREV_CAPITAL_WORD.search(text, max(0, p.start() - LOOKBACK), p.start())
    return p.group(1) if m is not None and fold(m.group(1)) in lang.first_names_folded else None


def _opening_determined_names(src_text: str, ctx) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(form, name, the article's renderings) of each name of an article and one word that opens a sentence of
    ``src_text`` (``Le Devoir a tenté``: one of the pair's ``name_determiners`` that the target renders by its
    article, ``place_articles``), for :func:`_name_word_translated`: its word capitalised mid-sentence, one
    space after the article, and the name ending there (:func:`_name_ends`: no title of several words; no
    hyphen or apostrophe after it; a word in lower case after its capital: ``Le VIe sommet`` is an ordinal).
    Left out as :func:`_determined_names` leaves them out: a word the target
    language writes often (``NAME_WORD_MAX_ZIPF``), a place of the exonym table, a name the target writes with
    its own article, a title or a title of address. Kept per source text (run memo, :data:`FEW_SOURCES`).

    Why: mid-sentence the article's capital says it is the name's (``selon Le Devoir``); opening a sentence
    the capital is the sentence's, and :func:`_determined_names` does not read it. The next word's capital
    still says the two words are a name (French writes ``le devoir`` for the common noun), so a translation
    that writes the article and the word's translation, capitalised ("The Duty has tried"), lost a paper's
    name. An institution French capitalises after its article (``La Ville``, ``Le Fonds``) is named so too,
    and English names it by its translation ("The City decided", "The Fund granted"): such translations are
    left alone (:func:`_institution_words`), as is a rendering like the name (Sénat, Senate), which
    :func:`_name_word_translated` reads as the name kept."""
    def build() -> tuple:
        table = ctx.pair.name_determiners
        articles = ctx.target.word_set("place_articles")
        caps = _text(src_text, ctx, ctx.source.code).caps if table and articles else ()
        if not caps:
            return ()
        out = []
        particles = ctx.source.word_set("name_particles")
        for s, e, name in caps:
            before = _word_before(src_text, s)
            if before is None or not before[2][:1].isupper() or not at_sentence_start(src_text, before[0]):
                continue  # (nearly every name: the tables below are read for the few an article opens)
            renderings = table.get(before[2].lower())
            if not renderings or not set(renderings) <= articles:
                continue
            form = f"{before[2]} {name}"
            if not name[1:].islower() or fold(name) in _address_titles(ctx.pair) or ctx.target.zipf(name) >= NAME_WORD_MAX_ZIPF \
                    or fold(form) in _places(ctx.config.pair) or fold(name) in ctx.pair.names_with_target_article \
                    or fold(name) in name_titles(ctx.pair, "source") \
                    or src_text[e:e + 1] in ("-", "‐", "‑", "'", "’") or not _name_ends(src_text, e, particles):
                continue
            out.append((form, name, tuple(renderings)))
        return tuple(out)

    return ctx.memo("swaps.opening_determined", (src_text, ctx.source.code, ctx.target.code), build,
                    bound=FEW_SOURCES)


def _names_of_target(name: str, ctx) -> frozenset[str]:
    """The translations of ``name`` (lower case) that English may write capitalised after its article for the
    thing itself, where ``name`` opens a sentence (:func:`_opening_determined_names`): the words news style
    capitalises for an office or a body (:func:`_institution_words`: ``La Ville`` -> "The City") and those the
    target dictionary lists as names (``La Terre est en danger`` -> "The Earth is in danger", the Sun, the
    Left). Why: French capitalises a planet, a star or a political camp after its article as English does,
    so only a translation English writes as a common word ("The Duty", "The Daily") is a name lost."""
    from mtqa.langs import freedict

    pair = freedict.pair_name(ctx.source.code, ctx.target.code)
    return _institution_words() | frozenset(t for t in _word_translations(name, pair, common=True)
                                            if ctx.target.has_proper_stem(t))


@functools.lru_cache(maxsize=None)
def _institution_words() -> frozenset[str]:
    """The English words news style capitalises as the name of one office or body (``case_style.toml``:
    ``variable_case``, ``name_heads``, ``offices``: city, fund, navy, council, world...): the translation of
    an institution's word that French capitalises after its article (``La Ville a décidé`` -> "The City
    decided") names the institution, no lost name (:func:`_opening_determined_names`)."""
    from mtqa.checks.casing import style

    data = style()
    return data["_variable"] | data["_name_heads"] | data["_offices"]


@memoize(TABLES)
def _epithets(lang) -> frozenset[str]:
    """The folded epithets of monarchs and ancient figures of the language (``regnal_epithets``: le Grand,
    le Conquérant). Why: after a first name, a capitalised ``Le Grand`` is as likely the epithet (Louis Le
    Grand, the school's spelling of Louis le Grand) as a family's name, and the epithet is translated
    (Louis the Great), so T105 does not read its translation as a surname's."""
    return frozenset(fold(f) for f in lang.extra.get("regnal_epithets", ()))


def _possessives_mistaken(text: str, sources: list[Segment], ctx) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, source title, suggestion) of each target title of address translated whole after a
    possessive the target's title never takes (``Sa Sainteté`` -> "Its Holiness"; ``Sa Majesté`` -> "Its
    Majesty"): the source's possessive agrees with the title's grammatical gender, the target's with the
    person. Only for a title of address the aligned source names (a possessive and the title, both
    capitalised); the suggestion is the title with the usual possessive (the ``possessives`` column's
    first)."""
    seen = set()
    for det, name, english, possessives, renderings in _address_in_source(sources, ctx):
        wrong = tuple(r for r in renderings if r.lower() not in possessives)
        if not possessives or not wrong:
            continue
        if english not in text:  # the pattern holds the title as written
            continue
        for m in _rendered(wrong, english).finditer(text):
            if m.start() not in seen:
                seen.add(m.start())
                yield m.start(), m.end(), f"{det} {name}", f"{_usual(possessives, m.group(0))} {english}"


def _usual(possessives: tuple[str, ...], rendered: str) -> str:
    """The title's usual possessive, with the rendered one's initial case."""
    return possessives[0].capitalize() if rendered[:1].isupper() else possessives[0]


def _address_in_source(sources: list[Segment], ctx) -> Iterator[tuple[str, str, str, tuple[str, ...], tuple]]:
    """(possessive, title, target title, possessives it takes, the possessive's renderings) of each title of
    address in the sources (``Sa Sainteté``: both words capitalised, wherever they stand)."""
    for src in sources:
        yield from _address_in(src.text, ctx.pair)


@memoize(SOURCES)
def _address_in(text: str, pair) -> tuple:
    """:func:`_address_in_source` for one source text, read once per text: T105 asks twice per target
    segment, and every system's translation of one source asks again."""
    address = _address_titles(pair)
    if not any(fold(w) in address for w in _AFTER_SPACE.findall(text) if w[:1].isupper()):
        return ()  # the word-by-word scan below only for a source that names a title of address
    table = pair.name_determiners
    found = []
    for d in _WORD_AND_NEXT.finditer(text):
        det, name = d.group(1), d.group(2)
        english, possessives = address.get(fold(name), (None, ()))
        renderings = table.get(det.lower())
        if english is not None and renderings and det[:1].isupper() and name[:1].isupper():
            found.append((det, name, english, possessives, tuple(renderings)))
    return tuple(found)


_WORD_AND_NEXT = re.compile(r"(?<![\w'’])([^\W\d_]+)(?=[ \u00a0]+([^\W\d_]+))")
"""A word and the next (a lookahead, so every word is a first one): ``Sa Sainteté`` wherever it stands, a
sentence's start included (a title of address keeps its capitals there like anywhere else)."""
_AFTER_SPACE = re.compile(r"(?<=[ \u00a0])[^\W\d_]+")
"""The words ``_WORD_AND_NEXT`` may read as a title (its second group: the letters right after a space),
for :func:`_address_in`'s screen: a capitalised one whose fold is a title of address, else no title is
found. Why: the screen folded the whole text first (a translation table over every character: 0.8 % of
WMT14's 24,024 pairs), where a word's fold is one lookup in :func:`~mtqa.langs.fold`'s cache."""


@memoize(TABLES)
def _address_titles(pair) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Folded source titles of address (sainteté, altesse) -> the target's title (Holiness, Highness) and the
    target possessives it takes, lower case, the usual first (("his",), ("his", "her")): the source's
    possessive agrees with the title's grammatical gender, the target's with the person (His Holiness)."""
    return {fold(row["word"]): (row["english"], tuple(p.strip().lower() for p in (row.get("possessives") or "").split("|")
                                                     if p.strip()))
            for row in pair.table("titles") if row["side"] == "source" and row.get("english")}


@functools.lru_cache(maxsize=1024)
def _rendered(renderings: tuple[str, ...], name: str) -> re.Pattern:
    """``the Echos``, ``The Echos``: a rendering of a determiner, either case, and the name as written."""
    words = alternation(renderings)
    return transient(rf"(?<![\w'’])(?i:{words}) {re.escape(name)}(?![\w'’])")


@functools.lru_cache(maxsize=None)
def _places(pair: str) -> dict[str, str]:
    """Folded source place names of the exonym table -> folded target form (tchequie -> czechia)."""
    from mtqa.langs.data import pair_table

    return {fold(r["french"]): fold(r["english"]) for r in pair_table("exonyms", pair)}


_POSSESSIVE = re.compile(r"['’]s?$")


def _place_or_people(word: str, places: dict[str, str], pair: str) -> bool:
    """``word`` (possessive ending aside: "Hungary's") is the target form of a place of the exonym table
    or an adjective or noun of the demonym table (Catalan, Hungarians).

    Why: a system that loses a name does not put a country or a people in its place; a translation
    that writes one renders the sentence otherwise ("les six pour cent hongrois" -> "Hungary's six
    percent", "le président de la Generalitat" -> "the president of the Catalan government"), so
    neither is paired with a lost name as its replacement."""
    folded = fold(_POSSESSIVE.sub("", word))
    return folded in places.values() or folded in _peoples(pair)


@functools.lru_cache(maxsize=None)
def _peoples(pair: str) -> frozenset[str]:
    """Folded target adjectives and plural nouns of the demonym table (catalan, hungarians)."""
    from mtqa.langs.data import pair_table

    return frozenset(fold(r[col]) for r in pair_table("demonyms", pair) for col in ("english", "plural") if r.get(col))


@functools.lru_cache(maxsize=None)
def _table_places(pair: str) -> frozenset[str]:
    """Both folded forms of the exonym table's places (danemark, denmark; not its people, feasts or
    institutions): names of realms and towns, never of a family."""
    from mtqa.langs.data import pair_table

    return frozenset(fold(r[side]) for r in pair_table("exonyms", pair)
                     if r.get("kind") in ("country", "region", "city") for side in ("french", "english"))


@functools.lru_cache(maxsize=None)
def _other_names(pair: str) -> dict[str, tuple[tuple[str, ...], ...]]:
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


_CAPITAL_RUN = re.compile(r"[A-ZÀ-Þ][^\W\d_]*(?:[ \u00a0]+[A-ZÀ-Þ][^\W\d_]*)*")
"""Capitalised words one space apart: one name (Karlovy Vary, Michael Lemberg, À Gdansk)."""


def _places_alone(src_text: str, ctx) -> frozenset[str]:
    """The folded words of ``src_text`` that name a place of ``alternate_names.<pair>.tsv`` on their own
    (directly or as the exonym table's French form): each capitalised word beside them (one space apart)
    is a word of that place's names (Karlovy Vary) or a function word opening the sentence (À Gdansk).

    Why: a place's other name renders the place, not a person or a product named after it (the judge
    Michael Lemberg is no Lviv, the gin Bombay Sapphire no Mumbai gin)."""
    return ctx.memo("swaps.places_alone", (src_text, ctx.source.code, ctx.config.pair),
                    lambda: _read_places_alone(src_text, ctx.source.function_words, ctx.config.pair), bound=FEW_SOURCES)


def _read_places_alone(src_text: str, function_words: frozenset[str], pair: str) -> frozenset[str]:
    """:func:`_places_alone` for one text."""
    others, places = _other_names(pair), _places(pair)
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


def _kept(name: str, target_words: _Words, pair: str, alone: frozenset[str]) -> bool:
    """The source's name word ``name`` is in the target as it is, as its exonym (Tchéquie -> Czech: the
    table's English form), or, where it names a place on its own (``alone``: :func:`_places_alone`), as
    another name of the same place (Gdansk -> Danzig, Dantzig -> Danzig through the exonym's English form
    Gdansk): only a name none of these stands for is lost."""
    if _present(name, target_words):
        return True
    exonym = _places(pair).get(fold(name))
    if exonym is not None and _present(exonym, target_words):
        return True
    if fold(name) not in alone:
        return False
    others = _other_names(pair)
    forms = others.get(fold(name), ()) + (others.get(exonym, ()) if exonym else ())
    return any(all(_present(w, target_words) for w in form) for form in forms)


def _other_name_of(word: str, alone: frozenset[str], target_words: _Words, pair: str) -> bool:
    """Target ``word`` is another name of a place the source names on its own (``alone``: Brixen for
    Bressanone, not Lviv for the judge Michael Lemberg) and the target does not write under that name
    itself: no new name. Where it does ("Gdansk et Szczecin" -> "Gdansk and Danzig"), the source's Gdansk
    is rendered already and Danzig stands for another name (Szczecin)."""
    places = _places(pair)
    own = fold(word)
    for form in _other_names(pair).get(own, ()):
        if own in form:
            continue
        if all(w in alone or any(places.get(x) == w for x in alone) for w in form) \
                and not all(_present(w, target_words) for w in form):
            return True
    return False


def _neighbours(text: str, caps: list, k: int) -> list[str]:
    """The capitalised words directly before and after the k-th one (one space apart)."""
    s, e, _ = caps[k]
    out = []
    if k and caps[k - 1][1] + 1 == s:
        out.append(caps[k - 1][2])
    if k + 1 < len(caps) and caps[k + 1][0] == e + 1:
        out.append(caps[k + 1][2])
    return out


def _next_to(text: str, start: int, end: int, words: list[str]) -> bool:
    """One of ``words`` is the word right before or after text[start:end]."""
    before = _WORD.findall(text[max(0, start - 40):start])
    after = _WORD.findall(text[end:end + 40])
    near = _Words(([before[-1]] if before else []) + ([after[0]] if after else []))
    return any(_present(w, near) for w in words)




@register
@dataclass
class ReplacedName(SegmentCheck):
    """A name of the source is replaced by a different name (``Piromalli`` -> "Patel").

    Why it matters: the translation now names someone else, an error of fact
    a reader cannot detect. Reported when one unknown name of the aligned
    source (capitalised mid-sentence, or opening a sentence or quotation
    when the source dictionary does not know it; rare as a word in both
    languages; the words of one name, like a first name and surname, count
    once) is missing from the target, and exactly one capitalised
    mid-sentence target word is not in the source, not similar to any
    source word, not a common word of the target language and not the
    bilingual dictionary's translation of a source word (``hongrois`` ->
    Hungarian). Two lost names and two new ones are paired in order. A
    first name of the target language's table before another capitalised
    word is a person's, however frequent it is alone (``Ebrahim`` ->
    "Jordan Martin", not the country). A word the target language does not
    know at all counts only beside a part of the name the target kept (the
    source's ``Kent Craver`` -> "Kent Walld"); elsewhere only a document
    that pairs it with the same lost name again vouches for it (T110).
    Beside a kept part, such a word also replaces a name word frequent
    enough to be a word somewhere (``Kirill Miller`` -> "Meerov Miller",
    ``la Commission Charbonneau`` -> "the Commission Hozapfel"), when no
    rarer name is lost: the name's own rendering is a word the target
    knows (Cyril). A first name the target language gives itself
    (``Stephanie Vartoki``), whose only English form is its own, is
    replaced there by another first name too ("Monica Vartoki"). A name word the source quotes in the target language (a
    common word of the target language that the source language does not
    have: ``Europa Press``, ``Common Sense Media``, ``Jared Lee Loughner``)
    is copied by any translation, so beside a kept part of its name any
    capitalised word in its place replaces it, common word or not (the
    system translated it as a word of the source: "Europa Close",
    "Judicious Common Media", "Jared The Loughner"), but a title of the
    target language (``Peter Englund`` -> "Mr. Englund": the person named
    again). The same name in another accepted romanisation (Kirill,
    its Ukrainian spelling Kyrylo; Grigori, Hryhoriy) is the name kept. A
    name after an elided word of the source (``d'Hagman``) is read without
    it. A word
    after a capitalised word and a hyphen, spaced or not (``Anne - Patel``),
    is the second part of a compound name, not the opening of a sentence.
    When the lost name opens the source segment, the word opening the
    target segment counts too if the target language's dictionary does not
    know it (``« Mercandelli a dénoncé`` ->
    "Marx denounced"), and so, where the lost name stands alone in
    brackets, does such a word alone in brackets (``Yohan (Cabavelli)`` ->
    "Yohan (Torres)"); a headline's place (``Karlovy Vary`` -> Carlsbad)
    stands mid-sentence in its source and is not paired so. A place that
    English also knows by another name (an endonym, another official
    language's name, a former name: ``alternate_names.<pair>.tsv``), named
    on its own (not the judge ``Michael Lemberg``), is not lost where the
    target writes that other name (``Gdansk`` -> Danzig,
    ``Bressanone`` -> Brixen, ``Karlovy Vary`` -> Carlsbad), unless the
    target writes the source's own name too (``Gdansk et Szczecin`` ->
    "Gdansk and Danzig": Danzig replaced Szczecin).

    When no new name pairs with it, the one name the target lost is still
    reported when the word alignment puts a single word in its very place:
    the source words on both sides of the name are rendered right on both
    sides of that word (past a grammar word the translation leaves
    unrendered: ``la chute de Goma a amené`` -> "the fall of Gummed
    brought"; or both end their sentence; on one side the same
    clause mark after or before both will do: ``l'oeuvre de Michaux,
    s'est imposée`` -> "the work of Midwhitewash, has dominated"), and the word is an
    English word or a name English knows that no source word accounts for
    (``a déclaré Restall.`` -> "said Berg.", ``Vladimir Sychev.`` ->
    "Vladimir air."), or a word neither language knows whose letters are
    unlike the name's (``UEFA, Zubizarreta mentionné`` -> "UEFA, Ascasibar
    mentioned"; a look-alike of a source word that the translation renders
    elsewhere is no copy of it: ``Djermoune, son fondateur`` -> "Donedat, its
    founder"), even where the name opens a sentence, a quotation or a line
    of dialogue, and even for a first name (``- Kirill, pourquoi`` -> "-
    Meerov, why"): a respelling of the name shares most of its letters, and
    a word spelt beyond Latin-1 may be a Central European form of it; a first name or a place in English form
    (Isabel -> Elizabeth, Deutschland -> Germany; but a rare name no place of the exonym table has no English
    form: ``communes de General Zarvento, Tula`` -> "municipalities of Australia, Tula", where the name's
    capitalised head, neither written nor rendered, went with it), the full form of a Russian
    first name for its diminutive or the reverse (``Pétia`` -> Pyotr,
    ``Volodia`` -> Vladimir, ``russian_diminutives.tsv``) and a lower-case word for
    a frequent name (``le Honda Jazz`` -> "the previous Jazz") may be a
    translator's choice and are left alone, and so is an abbreviated title
    before a name the target keeps (``Melle. Nathiri`` -> "Miss. Nathiri").
    A person replaced by another whole, first name and all (``le ministre
    Laurent Fabius a reçu`` -> "Minister Jean-Marc Ayrault received"), is read
    past the new first name, and each of two names lost in one sentence in
    its own place (``ont déclaré Ravanelli et Moratoki`` -> "said Berg and
    Hansen"). A name both languages' dictionaries list as a proper noun
    (Cuba, Gaza) is read so too, though the source dictionary also makes
    a word form of its letters (« cuber », « gazer »), and past a
    preposition the aligner left unlinked on both sides (``aura lieu lundi
    à Cuba`` -> "will take place on Monday in Gauged"). A word spelt like
    grammar words of the source only (``avec``, ``s'est``) is no rendering
    of them, as a word spelt like a content word may be (a cognate): ``avec
    son frère à Dallas en hiver`` -> "with her brother in Paved in winter".
    A name the source dictionary reads as a verb and as no noun (``Gausse``,
    *se gausser*), capitalised mid-sentence where the source language
    writes no verb so, is read as a name too (``le titre avec Gausse, mais``
    -> "the title with Laugh, but").
    A professional translator may also name the same thing otherwise: a
    well-known place by another name (``avec Ottawa`` -> "with Canada",
    Myanmar -> Burma), a country or a people (``les six pour cent hongrois``
    -> "Hungary's six percent", ``la Generalitat`` -> "the Catalan
    government": no new name pairs with a lost one) or a leader French calls by the first name by the
    surname (Bachar -> Assad); only a lower-case word, a word English writes
    in lower case capitalised bare (``au nord de Goma`` -> "north of
    Gummed"; "said the Treasury", with its article, names an institution),
    or a word neither language knows and unlike the name, in their place is
    reported. A
    headline, which drops articles, may describe the person by a bare common
    noun (``Depardieu devient russe`` -> "Actor becomes Russian"): only a
    name or an unknown word replaces the name there.

    A name whose other part is no word of the source language (``Google
    Glass``, ``Fort Leavenworth``, ``Valle del Bravo``, ``Super Mario``:
    Google, Leavenworth, Valle and Mario are no French words, and ``del``
    is no French particle) is no phrase of the source language, and a
    translation copies it whole; its word that both languages write, and
    that English writes often itself (glass, fort, bravo, super; not lac
    or mont, which English translates: Lake Ontario, Mount Blanc), is
    English too. Where the translation writes the other part letter for
    letter and, right beside it on the same side, another capitalised
    word mid-sentence in the word's place ("Google Knell", "Strong
    Leavenworth", "Valle del Cheer", "Great Mario"), the system took the
    word for one of the source language: the name is reported lost. A
    title or first name of the target in that place (a person named
    again: "Mr", "Dr"), the word written short (``Thomas Watson Junior`` ->
    "Jr"), a word on the other side of the part (``Place Tahrir`` ->
    "Tahrir Square": English puts the generic word after the name) and a
    headline in title case are left alone.

    Example:
        source: Titre\\n\\nLa chimiste Anne-Ada Moravelli a reçu le prix hier.\\nLe jury était présidé par Ivo Dravenik.\\nL'équipe alignait Karel (Vostradi) en attaque.\\nLe prix est financé par Common Sense Media.\\nLa cérémonie aura lieu lundi à Cuba.\\nElle travaille avec son frère à Dallas en hiver.\\nIl a fêté le titre avec Gausse, mais de loin.\\nLe prix a été remis par Stephanie Vartoki.\\nIl est cantonné à Fort Kelworth depuis mai.
        bad: Title\\n\\nThe chemist Anne-Ada Patel received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.
        bad: Title\\n\\nThe chemist Anne - Patel received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.
        bad: Title\\n\\nThe chemist Anne-Ada Quorvik received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo sand.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Moreno) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Judicious Common Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Gauged.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Paved in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Laugh, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Monica Vartoki.\\nHe has been stationed at Fort Kelworth since May.
        bad: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Strong Kelworth since May.
        good: Title\\n\\nThe chemist Anne-Ada Moravelli received the prize yesterday.\\nThe jury was chaired by Ivo Dravenik.\\nThe team fielded Karel (Vostradi) in attack.\\nThe prize is funded by Common Sense Media.\\nThe ceremony will take place on Monday in Cuba.\\nShe works with her brother in Dallas in winter.\\nHe celebrated the title with Gausse, but from afar.\\nThe prize was presented by Stephanie Vartoki.\\nHe has been stationed at Fort Kelworth since May.
    """

    code = "T106"
    name = "replaced-name"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR
    requires_source = True

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        reported = set()
        for s, e, word, name, paired in _replacements(segment, sources, ctx):
            from mtqa.checks.exonyms import target_form  # the suggestion: the name as the target writes it (Quebec)

            reported.add(s)

            if paired:
                yield self.issue(
                    segment, s, e,
                    f"“{word}” is not in the {ctx.source.name}, where the name is “{name}”: the name was "
                    f"replaced.",
                    target_form(ctx.pair, name), confidence=0.7,
                )
                continue
            if _common_word(word, ctx.target):
                message = (f"The name “{name}” of the {ctx.source.name} is lost: the translation writes the "
                           f"common word “{word}” in its place, which names nobody: write the name.")
            else:
                message = (f"“{segment.text[s:e]}” stands where the {ctx.source.name} has the name “{name}”, which "
                           f"the translation lost: the name was replaced.")
            yield self.issue(segment, s, e, message, target_form(ctx.pair, name), confidence=0.7)
        for s, e, word, name, part in _replaced_beside_foreign_part(segment, sources, ctx):
            if s not in reported:
                yield self.issue(
                    segment, s, e,
                    f"The name “{name}” of the {ctx.source.name} is lost: the translation writes “{word}” in its "
                    f"place, beside “{part}”, the part of the name it kept; the name keeps its word as it is.",
                    name, confidence=0.7,
                )


def _replacements(segment: Segment, sources: list[Segment], ctx) -> Iterator[tuple[int, int, str, str, bool]]:
    """(start, end, word, name, paired) of each replaced name T106 reports in ``segment``: the new names paired
    in order with as many lost ones (``paired``: Andik -> Ahmad), else the words standing in a lost name's
    place (:func:`_replaced_in_place`). T110's second reading asks too, so as not to report a span again.

    Both readings find nothing where every source name is written in the translation (:func:`_names_written`),
    as in most segments (WMT14's 24,024 pairs: 21,283): that one answer is asked first, once, instead of by
    each reading after joining the source texts again."""
    if _names_written(segment.text, joined_sources(sources), ctx):
        return
    swaps = _swaps(segment, sources, ctx)
    if swaps is not None:
        new, _, lost_names = swaps
        if len(new) == len(lost_names):  # as many new names as lost ones, paired in order (Andik -> Ahmad)
            paired = list(_paired(new, lost_names))
            if paired:
                for (s, e, word), name in paired:
                    yield s, e, word, name, True
                return
    for s, e, word, name in _replaced_in_place(segment, sources, ctx):
        yield s, e, word, name, False


def _alike_words_of_foreign_names(src_text: str, ctx) -> tuple[tuple[str, str, str, bool], ...]:
    """(word, part, frame, part before) for each word of a name of ``src_text`` that both languages write alike
    and that stands beside a part of the same name the source language does not have: ``word`` is a
    capitalised name word (:func:`_name_words`) that the source and the target dictionaries both know in lower
    case and that the target language writes often itself (``NAME_WORD_MAX_ZIPF``: glass, fort, super, bravo;
    not lac nor mont, French generic words English writes little and translates, Lake Ontario, Mount Blanc),
    no first name of the source's table, grammar word nor title of the source; ``part`` is the capitalised
    word one space before or after it, none of the source dictionary's words nor a common word of the source
    language (Google, Leavenworth, Mario), with a lower-case particle between them that is no word of the
    source language either (``Valle del Bravo``); ``frame`` is the text from the part to the word, the word
    left out ("Google", "Valle del"). Kept per source text (run memo).

    Why: a name whose other part is no word of the source language is no phrase of it: a translation copies
    it whole (``Google Glass``, ``Fort Leavenworth``, ``Super Mario``), and its word that the target language
    writes too is the target's word as well. A system that took the word for one of the source language wrote
    another word in its place beside the part it kept ("Google Knell", "Strong Leavenworth", "Valle del
    Cheer"), which no check of names saw: every word of it is good English."""
    def build() -> tuple:
        src, tgt = ctx.source, ctx.target
        caps = _name_words(src_text, src)
        if len(caps) < 2:
            return ()
        first_names, titles = src.first_names_folded, name_titles(ctx.pair, "source")
        out = []
        for k, (s, e, w) in enumerate(caps):
            low = w.lower()
            if len(w) < 3 or not w[1:].islower() or fold(w) in first_names or fold(w) in titles \
                    or low in src.function_words or not src.in_dictionary(low) or not tgt.in_dictionary(low) \
                    or tgt.zipf(low) < NAME_WORD_MAX_ZIPF:
                continue
            for j in (k - 1, k + 1):
                if not 0 <= j < len(caps):
                    continue
                ps, pe, part = caps[j]
                if src.in_dictionary(part.lower()) or src.is_common_word(part) or not part[1:].islower():
                    continue
                between = src_text[pe:s] if j < k else src_text[e:ps]
                if between != " " and not _foreign_particle(between, src):
                    continue
                out.append((w, part, src_text[ps:s].rstrip() if j < k else src_text[e:pe].lstrip(), j < k))
        return tuple(out)

    return ctx.memo("swaps.alike_words", (src_text, ctx.source.code, ctx.target.code), build, bound=SOURCE_MEMO)


_PARTICLE_BETWEEN = re.compile(r" ([a-zà-ÿ]{1,3}) ")
"""One short lower-case word between two words of a name, a space on each side (Valle del Bravo)."""


def _foreign_particle(between: str, src) -> bool:
    """``between``, the text between two words of a name, is one short lower-case word the source language does
    not have (``del``, ``von``, ``da``): a particle of the name's own language, which a translation copies
    with the name; a particle of the source language (``de``: ``Chambre de Commerce``) joins words a
    translation renders."""
    m = _PARTICLE_BETWEEN.fullmatch(between)
    return m is not None and not src.in_dictionary(m.group(1)) and not src.is_common_word(m.group(1))


_CAPITAL_AFTER = re.compile(r"[ \u00a0]([A-ZÀ-Þ][^\W\d_]*)")


def _replaced_beside_foreign_part(segment: Segment, sources: list[Segment], ctx) \
        -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, target word, source word, kept part) where a word of a foreign name that both languages
    write alike (:func:`_alike_words_of_foreign_names`: ``Google Glass``) is missing from the translation,
    which writes the name's other part letter for letter, on the same side, with one space, and a different
    capitalised word right beside it in the word's place ("Google Knell", "Strong Leavenworth", "Valle del
    Cheer"): no word of the source nor like one (``SIMILAR``), no title nor first name of the target's, not
    opening a sentence or a quotation. A headline in title case is left alone, as a capital says nothing
    there, and so is a word on the other side of the part (``Place Tahrir`` -> "Tahrir Square": English puts
    the generic word after the name; the word replaced stands where the source's stood)."""
    target_words = None
    for src in sources:
        found = _alike_words_of_foreign_names(src.text, ctx)
        if not found:
            continue
        if target_words is None:
            from mtqa.segment import headline_like

            if headline_like(segment, ctx.target):
                return
            target_words = _text(segment.text, ctx, ctx.target.code)
        text = segment.text
        src_words = _text(src.text, ctx, ctx.source.code)
        for word, part, frame, before in found:
            if fold(part) not in target_words.folded or _present(word, target_words):
                continue
            for at in _frames(text, frame):
                if before:
                    m = _CAPITAL_AFTER.match(text, at + len(frame))
                    hit = (m.start(1), m.end(1), m.group(1)) if m else None
                else:
                    m = _CAPITAL_BEFORE.search(text, max(0, at - LOOKBACK), at)
                    hit = (m.start(1), m.end(1), m.group(1)) if m else None
                if hit and _stands_for_name_word(hit[2], text, hit[0], src_words, ctx) \
                        and not _abbreviation_of(hit[2], word):
                    yield (*hit, word, part)
                    break


def _frames(text: str, frame: str) -> Iterator[int]:
    """Where ``frame`` (the kept part of a name, with its particle) stands in ``text`` as whole words."""
    at = text.find(frame)
    while at >= 0:
        end = at + len(frame)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield at
        at = text.find(frame, at + 1)


def _abbreviation_of(short: str, word: str) -> bool:
    """``short`` is an abbreviation of ``word``: shorter, its first letter, then letters of ``word`` in order
    (``Jr`` of Junior, ``Sq`` of Square): the name word written short, as English writes it, not replaced."""
    short, word = fold(short), fold(word)
    if len(short) >= len(word) or short[:1] != word[:1]:
        return False
    rest = iter(word[1:])
    return all(c in rest for c in short[1:])


def _stands_for_name_word(word: str, text: str, start: int, src_words: _Words, ctx) -> bool:
    """``word`` at ``start`` of the translation may be what a system wrote for a lost name word: capitalised
    in lower case after its capital, mid-sentence (not opening a sentence or a quotation, where a capital
    says nothing), no word of the source nor much like one (``SIMILAR_FIRST_NAME``: a short word looks like
    too many at ``SIMILAR``, Knell like elle), no title nor first name of the target's (``Mr``
    before a surname names the person again; a first name for a first name is the given-names check's)."""
    return len(word) > 1 and word[1:].islower() and not at_sentence_start(text, start) \
        and not _present(word, src_words, SIMILAR_FIRST_NAME) and fold(word) not in name_titles(ctx.pair, "target") \
        and fold(word) not in ctx.pair.first_names_folded


def _common_word(word: str, tgt) -> bool:
    """``word`` is a common word of the target language, not a name: written in lower case, or capitalised
    but known to the dictionary only as a common word (no proper stem: Ministry, Gummed; not Berg, Smith).
    Why: "said Ministry" for « a déclaré Ravanelli » is no other person named, but a name lost and a word
    left in its place; the message says so rather than calling the word a replacing name."""
    if not tgt.in_dictionary(word.lower()):
        return False
    return not word[:1].isupper() or not tgt.has_proper_stem(word)


@register
@dataclass
class NameReplacedThroughout(DocumentCheck):
    """A name of the source is replaced by the same unknown word in several sentences (``Freudenberg`` ->
    "Hilchenbach" all through an article).

    Why it matters: the article now names another firm or person each time,
    an error of fact a reader cannot detect. A system that cannot translate a
    rare name sometimes writes a rare word of its own training data in its
    place, and does so every time the name comes back. T106 pairs a lost
    source name only with a new name the target language knows, since one
    unknown word alone may be a spelling of the source's; this check takes
    the new words the target language does not know at all (below T106's
    ``KNOWN_ZIPF``) when the same one stands in for the same lost source
    name in at least ``min_segments`` sentences of the document, the only
    new word and the only lost name of each. Every such sentence is
    reported, with the source's name as the suggestion.

    A system that takes a name for a word of the source language writes
    that word's translation, a word English knows, each time the name comes
    back (Gaza -> "Gassed", Moleskine -> "Imitation"): reported too when the same
    capitalised word stands in at least ``min_segments_known`` sentences
    that lost the name and in no sentence whose source lacks it, the name
    being one both languages write about as often (not a word of the
    source's own inside a name, le Nouvel An -> New Year's) and no common
    word of the target language, first name, place of the exonym tables
    or people (:func:`_known_words_throughout`). A name that English also
    writes as a word (Vitro: in vitro) but the source language rarely
    (``NAME_WORD_SOURCE_MAX_ZIPF``), a firm's or a product's name, is
    followed too, and only a word that is no common English word, another
    name, stands in for it (Vitro -> "Battelle"): a word English has may
    render the name's sense. A sentence whose word T106 reports in the
    name's very place (a name both dictionaries list, Gaza -> "Gassed") is
    T106's, not reported again here.

    Example:
        source: Titre\\n\\nLa société Moravelli a perdu son procès.\\nMoravelli fera appel lundi.\\nLe carnet Moleskine est facilement reconnaissable.\\nLes clients de Moleskine sont cultivés.\\nLa marque Moleskine a changé de mains.\\nLe groupe Vitro a restructuré sa dette.\\nLes créanciers de Vitro ont perdu en appel.\\nLe tribunal a ignoré la procédure de Vitro.
        bad: Title\\n\\nThe company Quorvik lost its lawsuit.\\nQuorvik will appeal on Monday.\\nThe notebook Moleskine is easily recognised.\\nThe customers of Moleskine are cultivated.\\nThe brand Moleskine has changed hands.\\nThe Vitro group restructured its debt.\\nThe creditors of Vitro lost on appeal.\\nThe court ignored the procedure of Vitro.
        bad: Title\\n\\nThe company Moravelli lost its lawsuit.\\nMoravelli will appeal on Monday.\\nThe notebook Imitation is easily recognised.\\nThe customers of Imitation are cultivated.\\nThe brand Imitation has changed hands.\\nThe Vitro group restructured its debt.\\nThe creditors of Vitro lost on appeal.\\nThe court ignored the procedure of Vitro.
        bad: Title\\n\\nThe company Moravelli lost its lawsuit.\\nMoravelli will appeal on Monday.\\nThe notebook Moleskine is easily recognised.\\nThe customers of Moleskine are cultivated.\\nThe brand Moleskine has changed hands.\\nThe Pemberton group restructured its debt.\\nThe creditors of Pemberton lost on appeal.\\nThe court ignored the procedure of Pemberton.
        good: Title\\n\\nThe company Moravelli lost its lawsuit.\\nMoravelli will appeal on Monday.\\nThe notebook Moleskine is easily recognised.\\nThe customers of Moleskine are cultivated.\\nThe brand Moleskine has changed hands.\\nThe Vitro group restructured its debt.\\nThe creditors of Vitro lost on appeal.\\nThe court ignored the procedure of Vitro.
    """

    code = "T110"
    name = "name-replaced-throughout"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR
    requires_source = True
    min_segments: int = 2
    min_segments_known: int = 3
    """Sentences in which the same word the target language knows must stand for the same lost name, and no
    other sentence have it, for the second reading (:func:`_known_words_throughout`); 0 turns it off."""

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        found: dict[tuple[str, str], list] = {}
        for segment in pair.target.segments:
            sources = pair.sources_of(segment.index)
            swaps = _swaps(segment, sources, ctx) if sources else None
            if swaps is None:
                continue
            new, rare, lost_names = swaps
            if new or len(rare) != 1 or len(lost_names) != 1:
                continue  # T106's, or no single word in place of a single name
            for (s, e, word), name in _paired(rare, lost_names):
                found.setdefault((fold(name), fold(word)), []).append((segment, s, e, word, name))
        reported = set()
        for key, hits in found.items():
            if len({h[0].index for h in hits}) < self.min_segments:
                continue
            reported.add(key)
            for segment, s, e, word, name in hits:
                yield self.issue(
                    segment, s, e,
                    f"“{word}” is not in the {ctx.source.name}, where the name is “{name}”; the translation "
                    f"writes it for that name in {len(hits)} sentences: the name was replaced.",
                    name, confidence=0.7,
                )
        if self.min_segments_known:
            for key, hits in _known_words_throughout(pair, ctx, self.min_segments_known).items():
                if key in reported:
                    continue
                for segment, s, e, word, name in hits:
                    if any((s, e) == r[:2] for r in _replacements(segment, pair.sources_of(segment.index), ctx)):
                        continue  # T106 reports this very word (Restall -> "Berg" beside a kept part)
                    yield self.issue(
                        segment, s, e,
                        f"“{word}” is not in the {ctx.source.name}, where the name is “{name}”; the translation "
                        f"writes it for that name in {len({h[0].index for h in hits})} sentences and nowhere "
                        f"else: the name was translated as a word or replaced.",
                        name, confidence=0.7,
                    )


SHARED_NAME_MARGIN = 1.0
"""Zipf by which the source language may write a name more often than the target language for T110's second
reading to take it as a name both write (Gaza 3.95 / 3.92, Moleskine 2.04 / 2.03); a word the source writes far
more often is its own word, whose translation in a name may be right (Nouvel 4.82 / 2.16, Dieu 5.4 / 2.75)."""


def _known_words_throughout(pair: DocumentPair, ctx, min_segments: int) -> dict[tuple[str, str], list]:
    """(folded name, folded word) -> [(segment, start, end, word, name)] for each source name for which one
    capitalised word the source document does not have stands in at least ``min_segments`` sentences that lost
    the name, and in no sentence whose source lacks the name (T110's second reading). Why: a system that takes a name for a word of the source language renders it as that word
    every time the name comes back (Gaza -> "Gassed", Dallas -> "Paved", Moleskine -> "Imitation", Lima ->
    "Filed", Vitro -> "Battelle"), a word English knows, which T110's first reading (only unknown words)
    and T106 (a word in the name's very place) do not take from one sentence. The document is the evidence:
    the same word for the same name, there only, again and again. The name must be no common word of the
    target language (Commission -> Committee, District -> Region: English has the word, a translation may
    render it), written by the target language nearly as often as by the source's (``SHARED_NAME_MARGIN``:
    a name both write, Gaza, Lima, not a word of the source's own in a name, le Nouvel An -> New Year's),
    no first name (Jean -> John: T104's), no place of the exonym or alternate-names tables and
    no people of the demonym table (Londres -> London, Catalans -> Catalans); the word must be unlike every
    word of its sentence's source, no dictionary translation of one of them, no title, place or people, and a
    word the target language knows (``KNOWN_ZIPF``: an unknown one is the first reading's and T106's). A
    name that opens a sentence or a quotation (a title, a brand: « la série "Dallas" ») counts there when the
    document writes it as a name elsewhere, on either side (:func:`_document_names`)."""
    src, tgt, pair_name = ctx.source, ctx.target, ctx.config.pair
    rows = []
    for segment in pair.target.segments:
        sources = pair.sources_of(segment.index)
        if sources:
            rows.append((segment, joined_sources(sources)))
    if len(rows) < min_segments:
        return {}
    source_folded = None  # the document's source words, folded: made for the first stand-in word read
    places = _places(pair_name)
    texts = tuple(text for _, text in rows)
    names = ctx.memo("swaps.names_throughout", (texts, src.code, tgt.code, min_segments),
                     lambda: _names_throughout(texts, min_segments, ctx), bound=SOURCE_DOCUMENTS)
    out: dict[tuple[str, str], list] = {}
    target_openers = None  # made for the first sentence that lost a name (most documents keep their names)
    target_words: dict[int, _Words] = {}  # the words of each sentence asked about, for every name it may have
    target_caps: dict[int, list] = {}  # and the capitalised words of each that lost one
    for f, (name, ks, common) in names.items():
        counts: dict[str, list] = {}
        named = frozenset(ks)  # the sentences whose source has the name: the word may stand only there
        for k in ks:
            segment, text = rows[k]
            words = target_words.get(k)
            if words is None:  # one per sentence, for every name it is asked about: its folded words read once
                words = target_words[k] = _Words(_words_of(segment.text, ctx))
            if _present(name, words):
                continue  # the name kept in this sentence (maybe lost in others); its words only are read
            src_words = _text(text, ctx, src.code)
            if target_openers is None:
                target_openers = _document_names([x.text for x, _ in rows], ctx)
            caps = target_caps.get(k)
            if caps is None:  # (the one slot of _segment_text would be refilled for each name lost there)
                caps = target_caps[k] = _text(segment.text, ctx, tgt.code).caps
            for s, e, word in dict.fromkeys((*caps, *target_openers[k])):
                fw = fold(word)
                if len(word) < 3 or word.isupper() or tgt.zipf(word) < KNOWN_ZIPF:
                    continue
                if source_folded is None:  # most documents keep their names: most never need it
                    source_folded = {fold(w) for _, t in rows for w in _WORD.findall(t)}
                if fw in source_folded \
                        or _present(word, src_words) \
                        or fw in name_titles(ctx.pair, "target") or _place_or_people(word, places, pair_name) \
                        or _translates(_POSSESSIVE.sub("", word), src_words, ctx) \
                        or common and _word_of_target(word, tgt):
                    continue  # (a name that is also a word: only a name stands in for it, Vitro -> Battelle)
                counts.setdefault(fw, []).append((segment, s, e, word, name))
        for fw, hits in counts.items():
            where = {h[0].index for h in hits}
            if len(where) >= min_segments and all(
                    k in named for k, (segment, _) in enumerate(rows)
                    if fw in {fold(x) for x in _WORD.findall(segment.text)}):
                out[(f, fw)] = hits
    return out


def _names_throughout(texts: tuple[str, ...], min_segments: int, ctx) -> dict[str, tuple[str, list[int]]]:
    """The source names :func:`_known_words_throughout` follows through a document whose aligned sources are
    ``texts`` (one per target sentence that has a source): folded name -> (the name as written, the indices of
    the texts that write it, at least ``min_segments``), for a name that is no common word of the target
    language, that the target writes nearly as often as the source (``SHARED_NAME_MARGIN``), and no first name,
    place, other name of the tables or people. A function of the source document alone, kept per document
    (``SOURCE_DOCUMENTS``): each system's translation of it asked again (~0.04 s of CPU on WMT14's 24k pairs,
    the 176 source documents read eight times). Callers must not modify it."""
    src, tgt, pair_name = ctx.source, ctx.target, ctx.config.pair
    first_names, places, others = ctx.pair.first_names_folded, _places(pair_name), _other_names(pair_name)
    peoples = _source_peoples(ctx.pair)
    seen: dict[str, tuple[str, list[int]]] = {}
    source_openers = ctx.memo("swaps.document_openers", (texts, src.code), lambda: _document_names(list(texts), ctx),
                              bound=SOURCE_DOCUMENTS)
    for k, text in enumerate(texts):
        for _, _, w in _name_words(text, src) + source_openers[k]:
            f = fold(w)
            if f in seen:
                if seen[f][1][-1] != k:
                    seen[f][1].append(k)
                continue
            seen[f] = (w, [k])
    out = {}
    for f, (w, ks) in seen.items():
        if len(ks) >= min_segments and len(w) > 2 and w[1:].islower() and not _beyond_latin1(w, frozenset()) \
                and tgt.zipf(w) >= src.zipf(w) - SHARED_NAME_MARGIN \
                and f not in first_names and f not in places and f not in others and f not in peoples:
            common = tgt.is_common_word(w.lower())
            if not common or _name_word_of_both(w, src, tgt):
                out[f] = (w, ks, common)
    return out


NAME_WORD_SOURCE_MAX_ZIPF = 3.5
"""A capitalised name that the target language also writes as a common word is followed through a document
(:func:`_name_word_of_both`) when the source language writes it this rarely (Zipf): a firm's or a product's
name (Vitro 3.3, Meteor 2.5), not an institution of its own words (Commission 4.9, Conseil 5.1, Sénat 4.4)."""


def _name_word_of_both(name: str, src, tgt) -> bool:
    """``name``, a common word of the target language (:func:`_names_throughout`), is still a name of the source
    document whose replacement T110's second reading may follow: the source language writes it rarely
    (``NAME_WORD_SOURCE_MAX_ZIPF``), a firm's or a product's name (``le groupe Vitro``, the word of in vitro
    beside it), not an institution named by a word of its own (la Commission, la Bourse). Only a word that is no common word of the target language then
    stands in for it (:func:`_word_of_target`): a word the target writes may render the name's sense (Commission
    -> Committee), another name cannot (Vitro -> "Battelle" in every sentence of an article)."""
    return src.zipf(name) < NAME_WORD_SOURCE_MAX_ZIPF


def _word_of_target(word: str, tgt) -> bool:
    """``word`` (a possessive ending aside) is a common word of the target language: it may render the sense
    of a name that is a word too, so it is no other name put in its place (:func:`_name_word_of_both`)."""
    return tgt.is_common_word(_POSSESSIVE.sub("", word).lower())


SOURCE_DOCUMENTS = 512
"""Source documents whose sentence and quotation openers :func:`_document_names` keeps (T110's second reading):
a source document comes back with the next system's translation of it, one system output away (the 176
documents of a WMT14 output), and the table holds only the key's texts, which the sentence analyses hold
already, and a few openers a document."""


def _document_names(texts: list[str], ctx) -> list[tuple[tuple[int, int, str], ...]]:
    """For each text, (start, end, word) of the words that open a sentence or a quotation there and that the
    document writes capitalised mid-sentence at least once and never in lowercase: names of that document,
    even where one opens a sentence or a quotation. Why: a title or brand the document quotes (« la série
    "Dallas" », « " Moleskine a remis au goût du jour... ») has a capital there that the quotation explains, and
    :func:`_name_words` drops such an opener when the dictionary knows it as a word (dallas, moleskine), so
    T110's second reading lost those sentences; the same word written as a name mid-sentence elsewhere
    (« à Dallas », « le carnet Moleskine ») and never as a word tells them apart from a sentence's opening
    word (« Pourtant », « Créé »: lowercase elsewhere, or only ever at openings). Read from each text's one
    split (:func:`~mtqa.words.text_words`), which the other name readings share. The document's lowercase
    words are folded only when an opener is also written mid-sentence, and each distinct word once: that
    reading is most of the cost, and most documents need none of it."""
    mid: set[str] = set()
    opening: list[list[tuple[int, int, str]]] = []
    splits = []
    for text in texts:
        split = text_words(text, ctx)
        words = split.words
        splits.append(words)
        found = []
        for k in split.capital:
            w = words[k]
            if len(w) < 2 or not w[:1].isupper() or w.isupper():
                continue
            start = split.start(k)
            if at_sentence_start(text, start):
                found.append((start, split.end(k), w))
            else:
                mid.add(fold(w))
        opening.append(found)
    names = {fold(x[2]) for found in opening for x in found} & mid
    if names:
        written = set()
        for words in splits:
            written.update(words)
        names.difference_update(fold(w) for w in written if w[:1].islower())
    return [tuple(x for x in found if fold(x[2]) in names) for found in opening]


@memoize(TABLES)
def _source_peoples(pair) -> frozenset[str]:
    """Folded source forms of the demonym table (mexicain, mexicaine, and their plurals by the source
    language's own rule): a people, which a translation renders by its English name."""
    out = set()
    for r in pair.table("demonyms"):
        for base in (r["masculine"], r["feminine"]):
            if base:
                out.update((fold(base), fold(pair.source.plural(base))))
    return frozenset(out)


def _lost_of(found: list, target_words: _Text, src_text: str, alone: frozenset[str], src_words: _Words,
             ctx) -> list:
    """The (start, end, word) of ``found`` (source name words) that :func:`_lost` says the target lost, each
    word's answer kept with the segment's other answers (:func:`_asked`). Why: T106 asks twice per segment,
    for the source's unknown names (:func:`_read_swaps`) and for its name slots (:func:`_replaced_in_place`),
    and the two lists share most words (on WMT14's 24,024 pairs 9,567 of 26,569 answers were asked again);
    the omitted-name check asks about both lists again (:func:`lost_source_names`) after the document's
    segment checks, where a slot kept for the segment being checked (what answered before) had been
    replaced by the next segment's: its 2,768 asks on WMT14 computed every answer again. The answer
    depends on nothing else than the word, the target's words and the source text (``alone`` and
    ``src_words`` are read from it), so answers kept by the target's text and the source text are the
    same answers."""
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


def _lost(name: str, words: _Text, pair: str, alone: frozenset[str], source: _Words) -> bool:
    """Source name word ``name`` is missing from the target's ``words``: it is not kept (:func:`_kept`: as
    it is, as its exonym, as another name of the same place where it names a place on its own) nor
    written in another romanisation of it (:func:`_romanised_otherwise`; ``source`` is the source's words)
    nor in the English romanisation of the name French spells (:func:`_romanised_english`) nor as another
    form of the same Russian first name, full or diminutive (:func:`_first_name_otherwise`)."""
    return not _kept(name, words, pair, alone) and not _romanised_otherwise(name, words, source) \
        and not _romanised_english(name, words, pair) and not _first_name_otherwise(name, words, pair, source)


def _romanised_english(name: str, words: _Text, pair: str) -> bool:
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


def _romanised_otherwise(name: str, words: _Text, source: _Words) -> bool:
    """A capitalised word of the target is ``name`` in another romanisation of the same Cyrillic name
    (:func:`~mtqa.names.translit.same_name_romanised`: Kirill, Kyrylo, its Ukrainian spelling; Grigori,
    Hryhoriy): the name is kept, not replaced, whichever accepted spelling the translator chose. A
    target word the source itself writes (``source``) renders that source word, another person: in
    "Melissa Jones a chanté avec Miles Davis" -> "Zarquon Jones sang with Miles Davis", Miles (whose
    key Melissa shares) is Miles Davis, not Melissa kept."""
    return any(same_name_romanised(name, w) for w in _capitals_of_own(words, source))


def _first_name_otherwise(name: str, words: _Text, pair: str, source: _Words) -> bool:
    """A capitalised word of the target is the full form of the Russian first name whose diminutive the
    source writes, or a diminutive of the full name it writes (:func:`~mtqa.names.translit.same_first_name`:
    ``Pétia`` -> "Pyotr", ``Volodia`` -> "Vladimir", ``Sonietchka`` -> "Sonya", ``Vladimir`` -> "Volodya"):
    a translator's choice of how to call the same person, no replaced name. As for another romanisation
    (:func:`_romanised_otherwise`), a word the source itself writes names that word's bearer."""
    source_lang, _, target_lang = pair.partition("-")
    return any(same_first_name(name, w, source_lang, target_lang) for w in _capitals_of_own(words, source))


def _capitals_of_own(words: _Text, source: _Words) -> Iterator[str]:
    """The capitalised words of the target that the source does not write (``source``: its words): the
    words that may be another spelling or form of a lost name, where a word the source writes renders
    that word and names its bearer."""
    return (w for w in words.words if w[:1].isupper() and w not in source.words and fold(w) not in source.folded)


def _paired(new: list, lost_names: list) -> Iterator[tuple[tuple[int, int, str], str]]:
    """New target names and lost source names paired in order, but for a new word that is the head of
    the lost name (Weser for Weserbergland: the same name shortened)."""
    for (s, e, word), (*_, name) in zip(new, lost_names):
        if len(word) >= 4 and fold(name).startswith(fold(word)):
            continue
        yield (s, e, word), name


def _swaps(segment: Segment, sources: list[Segment], ctx) -> Optional[tuple[list, list, list]]:
    """What a replaced name leaves in one segment: the new names of the target that T106 may pair (known
    to the target language, or rare beside a kept part of the lost name), the other new words rarer than
    ``KNOWN_ZIPF`` (which only a document's repeated pairing vouches for, T110), and the source's lost
    names; None when no name can have been replaced. Once per (translation, source) text: T106 and T110
    both ask, and the answer is theirs to read, not to change."""
    src_text = joined_sources(sources)
    if _names_written(segment.text, src_text, ctx):
        return None  # what _read_swaps answers when no name is lost, without reading the source's names
    return ctx.memo("swaps.segment", (segment.text, src_text, ctx.source.code, ctx.target.code),
                    lambda: _read_swaps(segment, src_text, ctx), bound=TRANSLATION_MEMO)


def _names_written(text: str, src_text: str, ctx) -> bool:
    """Every source name word that T106 or T110 may find lost (:func:`_unknown_names`, :func:`_name_slots`,
    :func:`_names_beside_names`) is written as it is in the translation ``text``: then none is lost
    (:func:`_lost` reads a word the target writes verbatim as kept, first of all), so :func:`_swaps` is
    None and :func:`_replaced_in_place` finds nothing, whatever the rest of the two texts says.

    Why: the source's name words are one set per source (8 systems' translations share it) and the
    translation's words one split, so the test is one set difference in C; most translations copy every
    name, and were read through the places named alone, the source's words and each name's presence,
    twice (the new names, then the names in place), for nothing. The three lists' words are all among the
    source's capitalised words (:func:`_name_words`), so only a capitalised word the translation does not
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
    """:func:`_names_written` of a translation and its source's text, read."""
    names = ctx.memo("swaps.names", (src_text, ctx.source.code, ctx.target.code),
                     lambda: _SourceNameWords(src_text, ctx.source, ctx.target, text_words(src_text, ctx)),
                     bound=SOURCE_MEMO)
    if not names.words:
        return True
    missing = names.words.difference(_words_of(text, ctx))
    return not missing or not any(map(names.listed, missing))


DOCUMENT_ASKS = 1_024
"""(translation, source) texts whose answers :func:`_asked` keeps: a segment's answers are asked again by
the document checks (T110, the omitted-name check) after the segment checks of its whole document, so the
bound must hold a document's segments (WMT14's longest has 91). A text pair met again beyond it is read
again, with the same answers."""


def _asked(text: str, src_text: str, ctx) -> list:
    """[whether every name is written (:func:`_names_written`; None until asked), {source name word: lost
    (:func:`_lost`)}] of a translation ``text`` and its source's text: what the name checks ask about one
    segment, kept for its document (:data:`DOCUMENT_ASKS`). Why: four readers ask whether the names are
    written (T106 twice, T110, the omitted-name check), ~5 us each with the source's names found: on WMT14's
    24,024 pairs 96,085 asks for 24,024 segments. Both answers are pure functions of the two texts (and the
    languages), so keeping them changes no answer."""
    return ctx.memo("swaps.asked", (text, src_text, ctx.source.code, ctx.target.code), lambda: [None, {}],
                    bound=DOCUMENT_ASKS)


class _SourceNameWords:
    """A source text's capitalised words (:func:`_name_words`: ``words``), and for each word asked,
    whether one of the three lists of :func:`_names_written` has it, read with their own tests
    (:func:`_is_unknown_name`, :func:`_is_name_slot`, :func:`_is_name_beside_name`) at that word's
    places only, once per word."""

    __slots__ = ("text", "src", "tgt", "caps", "words", "_listed")

    def __init__(self, src_text: str, src, tgt, split: Optional[TextWords] = None):
        self.text, self.src, self.tgt = src_text, src, tgt
        self.caps = _name_words(src_text, src, split)
        self.words = frozenset(w for _, _, w in self.caps)
        self._listed: dict[str, bool] = {}

    def listed(self, word: str) -> bool:
        """``word`` (one of ``words``) is a word of :func:`_unknown_names`, :func:`_name_slots` or
        :func:`_names_beside_names` of the text."""
        found = self._listed.get(word)
        if found is None:
            from mtqa.meaning.align import function_stems

            text, src, tgt, caps = self.text, self.src, self.tgt, self.caps
            own_letters = frozenset(src.extra.get("special_letters", ""))
            function = function_stems(src.code, tgt.code)[0]
            found = self._listed[word] = any(
                _is_unknown_name(text, caps, k, src, tgt, own_letters)
                or _is_name_slot(text, caps, k, src, tgt, own_letters, function)
                or _is_name_beside_name(text, caps, k, src, tgt, own_letters)
                for k, (_, _, w) in enumerate(caps) if w == word)
        return found


def _words_of(text: str, ctx) -> list[str]:
    """The words of :class:`_Text` ``text`` (``_WORD.findall``), without the rest of a :class:`_Text`: its split's
    words, read again with ``_WORD`` when one has two apostrophes (as :class:`_Text` does).

    Why: :func:`_names_written` needs only the words, and T110 asks it for every segment of a document after
    the document's segment checks have run, so a translation's :class:`_Text` (one slot, the segment being
    checked) was built again for each: 19,700 of WMT14's 43,700 builds, each finding the capitalised words
    and testing where every one stands in its sentence, for nothing."""
    split = text_words(text, ctx)
    return _WORD.findall(text) if split.chained else split.words


def _read_swaps(segment: Segment, src_text: str, ctx) -> Optional[tuple[list, list, list]]:
    """:func:`_swaps` for a translation and its source's text."""
    src, tgt = ctx.source, ctx.target
    target_words = _text(segment.text, ctx, ctx.target.code)
    target_caps = target_words.caps  # mid-sentence: a headline's first word may be an exonym
    if not target_caps and not segment.text.lstrip(" \"'“«(")[:1].isupper():
        return None
    unknown = ctx.memo("swaps.unknown", (src_text, src.code, tgt.code), lambda: _unknown_names(src_text, src, tgt), bound=FEW_SOURCES)
    places = _places(ctx.config.pair)
    # Tchéquie -> Czech: translated; Gdansk -> Danzig: the same place's other name; Kirill -> Kyrylo
    alone = _places_alone(src_text, ctx)
    src_words = _text(src_text, ctx, src.code)
    lost = _lost_of(unknown, target_words, src_text, alone, src_words, ctx)
    lost_names = list({name: (s, e, name) for s, e, name in _runs(lost, src_text)}.values())
    if not lost_names:
        return _replaced_beside_kept(segment, src_text, target_words, ctx)
    if len(lost_names) > MAX_SWAPS:
        return None
    if lost_names[0][0] == _first_word(src_text) and (openers := _openers(segment.text, tgt)):
        # « Mercandelli a dénoncé » -> "Marx denounced": a lost name opening the source segment
        # may be replaced by the word opening the target's (never a headline's place:
        # Karlovy Vary -> Carlsbad stands mid-sentence in its source)
        target_caps = sorted(target_caps + openers)
    if any(_BRACKETED.match(src_text, s) for s, _, _ in lost_names) and (inside := _bracketed(segment.text, tgt)):
        # « Yohan (Cabaye) » -> "Yohan (Torres)": a name a bracket opens, lost, against the target's
        target_caps = sorted(set(target_caps + inside))
    text = segment.text
    src_folded = src_words.folded
    kept_parts = _kept_parts(src_text, src, lost)
    new, rare = [], []
    for s, e, w in target_caps:
        if _present(w, src_words) or tgt.is_common_word(w) or _other_name_of(w, alone, target_words, ctx.config.pair):
            continue
        zipf = tgt.zipf(w)
        if not _place_or_people(w, places, ctx.config.pair) and KNOWN_ZIPF <= zipf < UNKNOWN_ZIPF + 1.5 \
                or _first_name_before_name(text, e, w, tgt, src_folded):
            new.append((s, e, w))
        elif zipf < KNOWN_ZIPF and not _beyond_latin1(w, frozenset()):
            (new if kept_parts and _next_to(text, s, e, kept_parts) else rare).append((s, e, w))
    new, rare = ([n for n in {w: (s, e, w) for s, e, w in found}.values() if not _translates(n[2], src_words, ctx)]
                 for found in (new, rare))
    return new, rare, lost_names


def _replaced_in_place(segment: Segment, sources: list[Segment], ctx) -> list[tuple[int, int, str, str]]:
    """(start, end, target word, source name) for each name of the source that the target lost (at most
    ``MAX_SWAPS``, each read on its own by :func:`_in_name_place`; the span opens at a new first name written
    before the word, and the source name holds a first name lost beside it: the suggestion replaces the
    whole person) which has,
    in the word alignment (:mod:`mtqa.meaning.align`), a single target word in its very place, and that
    word is a word or a name of the target language which no source word accounts for (``a déclaré
    Restall.`` -> "said Berg.", ``Vladimir Sychev.`` -> "Vladimir air.", ``ajoute Havard.`` -> "adds
    Hansen.").

    The place is the evidence: the source words on both sides of the name are linked to the target words
    on both sides of the candidate (or the name and the candidate both end, or both open, their segment),
    so the candidate is what the system wrote for the name. The candidate must be an English word of the
    dictionary or a name the target language knows (``KNOWN_ZIPF``), or a word no language of the pair
    knows whose letters are unlike the name's (:func:`_unlike`: not a respelling of it). A word any
    source word translates (the
    bilingual dictionary or the alignment's links), a function word, a title, the name's own first-name
    equivalent or exonym, and the lost name's dictionary translations are no replacement."""
    src, tgt = ctx.source, ctx.target
    src_text = joined_sources(sources)
    if _names_written(segment.text, src_text, ctx):
        return []  # no name of the source is lost (its slots are among the names tested there)
    target_words = _text(segment.text, ctx, tgt.code)
    slots = ctx.memo("swaps.slots", (src_text, src.code, tgt.code), lambda: _name_slots(src_text, src, tgt), bound=FEW_SOURCES)
    alone = _places_alone(src_text, ctx)
    src_words = _text(src_text, ctx, src.code)
    lost = _lost_of(slots, target_words, src_text, alone, src_words, ctx)
    runs = _runs(lost, src_text)
    if not runs or len(runs) > MAX_SWAPS:
        return []
    wa = given = None
    found = []
    for start, end, name in runs:
        title = _ABBREVIATED_BEFORE.match(src_text, end)
        if title and fold(title.group(1)) in target_words.folded:
            continue  # an abbreviated title before a kept name (Melle. Nathiri -> Miss. Nathiri), not a name
        if wa is None:
            wa = name_alignment(src_text, segment.text, ctx)
            if wa is None:
                return []
            given = _new_first_names(wa, ctx.pair.first_names_folded)  # the sentence's, for each lost name
        found += _in_name_place(segment, wa, given, start, end, name, src_text, src_words, ctx)
    return found


ALIGNMENTS = 64
"""Word alignments kept by :func:`name_alignment`: a translation's is asked again by the omitted-name check
after the segment checks of its document have run, so the reuse distance is a document's segments that lost a
name (WMT14's 24,024 pairs: 291 alignments asked, the most of one document far below this)."""


def name_alignment(src_text: str, text: str, ctx):
    """:func:`~mtqa.meaning.align.segment_alignment` of a source text and a translation that lost a name,
    shared by the checks that read a lost name's place: T106 (:func:`_replaced_in_place`) and the
    omitted-name check (:mod:`mtqa.checks.omitted_names`), which aligned the same texts again (218 of WMT14's
    291 such alignments were computed twice). Readers must not change it. Kept for the last
    :data:`ALIGNMENTS` texts."""
    from mtqa.meaning.align import segment_alignment

    src, tgt = ctx.source.code, ctx.target.code
    return ctx.memo("swaps.alignment", (src_text, text, src, tgt), lambda: segment_alignment(src_text, text, src, tgt),
                    bound=ALIGNMENTS)


def _in_name_place(segment: Segment, wa, given: frozenset[int], start: int, end: int, name: str, src_text: str,
                   src_words: _Words, ctx) -> list[tuple[int, int, str, str]]:
    """:func:`_replaced_in_place` for one lost name ``name`` at ``start:end`` of the source: the one target
    word in its place that replaces it, or nothing. Each lost name of a sentence is read on its own
    (``ont déclaré Ravanelli et Moratoki`` -> "said Berg and Hansen" has two): its place is its own
    neighbours' links, which another lost name elsewhere in the sentence does not move. ``given``: the
    target's new first names (:func:`_new_first_names`), read once for the sentence."""
    from mtqa.meaning.align import function_stems

    src, tgt = ctx.source, ctx.target
    inside = [i for i, t in enumerate(wa.source) if start <= t.start < end]
    if not inside:
        return []
    before, after = inside[0] - 1, inside[-1] + 1
    first_names = ctx.pair.first_names_folded
    written = _text(segment.text, ctx, tgt.code).folded
    while before >= 0 and not wa.links.get(before) and (fold(wa.source[before].text) in first_names
                                                         or _name_part_lost(wa, before, src_text, written)):
        before -= 1  # the person's first name, lost with the surname (« Arnaud Montebourg » -> "Jean-Luc Mélenchon")
    # the suggestion is the whole person the source names, its lost first name too (« Laurent Fabius » opening
    # the sentence, whose first name is no name slot), and it replaces the new first name with the surname
    # ("Jean-Marc Ayrault"): only the surname replaced would read "Jean-Marc Laurent Fabius"
    lost = src_text[wa.source[before + 1].start:end] if before + 1 < inside[0] else name
    function = function_stems(src.code, tgt.code)[1]
    name_marks = _marks(src_text, start, end)
    sides = _Sides(wa, tgt)
    replaced: dict[int, bool] = {}  # target token -> _replacement's answer (it reads neither neighbours nor marks)
    headline = segment.role is Role.HEADLINE
    # the neighbours themselves first; then past function words the translation left unrendered (the
    # auxiliary of ``la chute de Goma a amené`` -> "the fall of Gummed brought")
    for left, right in dict.fromkeys([(before, after), _rendered_neighbours(wa, before, after, src)]):
        # as many grammar words of the target as the source's passed on each side (``à Cuba`` -> "to Gauged":
        # « à » is unlinked, the words before « à » and "to" are linked)
        passed = (_grammar_run(wa, before, left), _grammar_run(wa, after, right))
        # each target token's two sides read once for both passes (:func:`_in_place`'s tests, by ``sides``)
        placed = [(sides.left(_past_first_names(j, given), left, passed[0]), sides.right(j, right, passed[1]))
                  for j in range(len(wa.target))]
        for marks in (None, name_marks):  # both neighbours linked first; a clause mark for one only if none is
            hits = []
            for j, tok in enumerate(wa.target):
                at_left, at_right = placed[j]
                if not (at_left and at_right):  # one side may be the same clause mark instead (_in_place)
                    if marks is None or not (at_left or at_right):
                        continue
                    word_marks = _marks(segment.text, tok.start, tok.end)
                    if not (at_left and marks[1] and marks[1] == word_marks[1]
                            or at_right and marks[0] and marks[0] == word_marks[0]):
                        continue
                found = replaced.get(j)
                if found is None:  # the token's answer, whichever neighbours placed it
                    found = replaced[j] = _replacement(tok.text, name, j, wa, src_words, function, ctx, headline)
                if found:
                    hits.append((wa.target[_past_first_names(j, given)].start, tok.end, tok.text, lost))
            if hits:
                return hits if len(hits) == 1 else []
    return []


def _name_part_lost(wa, i: int, src_text: str, written: frozenset[str]) -> bool:
    """Source token ``i``, which the alignment leaves unlinked, is a capitalised word written mid-sentence right
    before the next token, one space apart, and the translation does not write it (``written``: its folded
    words): the head of the same name, lost with it (« les communes de General Zarvento, Tula » -> "the
    municipalities of Australia, Tula": General is no first name, but Australia stands for both words).

    Why: a name's place is its rendered neighbours' (:func:`_in_name_place`); a head of the name that went with
    it has no rendering, so the place must open before it, as before a lost first name. A head the
    translation writes (Commission, President) or renders (linked) stays the neighbour."""
    tok, nxt = wa.source[i], wa.source[i + 1]
    word = tok.text
    return len(word) > 1 and word[:1].isupper() and word[1:].islower() and src_text[tok.end:nxt.start] == " " \
        and not at_sentence_start(src_text, tok.start) and fold(word) not in written


def _grammar_run(wa, neighbour: int, rendered: int) -> int:
    """How many source tokens :func:`_rendered_neighbours` passed between a lost name's ``neighbour`` and
    the ``rendered`` one it moved to (0 where it moved none, or to the segment's edge: the target's edge
    needs no grammar word passed)."""
    if rendered < 0 or rendered >= len(wa.source):
        return 0
    return abs(neighbour - rendered)


def _rendered_neighbours(wa, before: int, after: int, lang) -> tuple[int, int]:
    """Source tokens ``before`` and ``after`` of a lost name, each moved outwards past the grammar words
    (:attr:`~mtqa.langs.language.Language.grammar_zipf` of the source language ``lang``) the alignment leaves unlinked, to the nearest word
    it renders (or the segment's edge).

    Why: a grammar word a translation does not render word for word (the auxiliary of a compound tense:
    ``Goma a amené`` -> "Gummed brought") has no place in the target to show where the name went, while
    the word past it does. Only unlinked grammar words are passed: a content word the alignment missed
    still ends the search, as before."""
    def grammar(i: int) -> bool:
        return not wa.links.get(i) and lang.zipf(wa.source[i].text.lower()) >= lang.grammar_zipf

    while before >= 0 and grammar(before):
        before -= 1
    while after < len(wa.source) and grammar(after):
        after += 1
    return before, after


_ABBREVIATED_BEFORE = re.compile(r"\.[ \u00a0]+([A-ZÀ-Þ][^\W\d_]+)")
"""A period and a capitalised word right after a source word: the word may be an abbreviated title
(``Melle. Nathiri``, ``Maj. Fein``) when the target has the next word as it is, not the end of a sentence
(``Restall. Il a souri`` -> "Berg. He smiled")."""


_CLAUSE_MARKS = frozenset(",;:()")
"""Punctuation that closes or opens a clause: the same mark on the same side of a lost name and of a target
word puts the word in the name's place as surely as a linked neighbour (``l'oeuvre de Michaux, s'est
imposée`` -> "the work of Midwhitewash, has dominated": the pronoun after the comma has no link)."""


def _marks(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause marks (``_CLAUSE_MARKS``) right before ``start`` and right after ``end`` in ``text``
    (spaces skipped), "" where there is none."""
    before, after = text[:start].rstrip()[-1:], text[end:].lstrip()[:1]
    return (before if before in _CLAUSE_MARKS else "", after if after in _CLAUSE_MARKS else "")


def _new_first_names(wa, first_names: frozenset[str]) -> frozenset[int]:
    """The target tokens that are first names no source word is linked to, capitalised or the lower-case
    second half of a hyphenated one (``Jean-luc``): the first name a translation writes before the
    surname that replaces a lost name."""
    out: set[int] = set()
    for k, tok in enumerate(wa.target):
        if k not in wa.target_linked and fold(tok.text) in first_names and (tok.text[:1].isupper() or k - 1 in out):
            out.add(k)
    return frozenset(out)


def _past_first_names(j: int, given: frozenset[int]) -> int:
    """The first of the target tokens in ``given`` (:func:`_new_first_names`) that run up to token ``j``:
    where a name written with a new first name opens."""
    while j - 1 in given:
        j -= 1
    return j


def _in_place(wa, j: int, before: int, after: int, name_marks=("", ""), word_marks=("", ""), end: int = -1,
              passed: tuple[int, int] = (0, 0), lang=None) -> bool:
    """Target tokens ``j`` to ``end`` (``j`` alone by default; a new first name and the word after it)
    stand between the renderings of source tokens ``before`` and ``after`` (-1 and
    past the end: the segment's edges, which the target's edges match). One side (not both) may instead
    be the same clause mark beside the name and beside the word (``name_marks``, ``word_marks``: the marks
    before and after each, :func:`_marks`). Where the source's neighbours were found past ``passed``
    unlinked grammar words on the left and on the right (:func:`_rendered_neighbours`), as many grammar
    words of the target language ``lang`` may stand between the word and each rendering (``à Cuba`` ->
    "to Gauged": the aligner left « à » unlinked, and linked "to" to another word or none)."""
    sides = _Sides(wa, lang)
    left = sides.left(j, before, passed[0])
    right = sides.right(max(end, j), after, passed[1])
    if left and right:
        return True
    same = [bool(a) and a == b for a, b in zip(name_marks, word_marks)]
    return left and same[1] or right and same[0]


class _Sides:
    """The two sides :func:`_in_place` tests, for the target tokens of one word alignment ``wa``: each source
    token's linked target tokens as a set and each target token's grammar-word answer, read once and kept.
    Why: :func:`_in_name_place` tests every target token, twice (both neighbours linked; then a clause mark
    for one), and each test scanned the neighbour's links again for each token and asked the target
    language's frequency of the same words again."""

    __slots__ = ("wa", "lang", "_linked", "_grammar")

    def __init__(self, wa, lang):
        self.wa, self.lang = wa, lang
        self._linked: dict[int, frozenset[int]] = {}
        self._grammar: dict[int, bool] = {}

    def linked(self, i: int) -> frozenset[int]:
        """The target tokens source token ``i`` is linked to."""
        found = self._linked.get(i)
        if found is None:
            found = self._linked[i] = frozenset(t for t, _, _ in self.wa.links.get(i, ()))
        return found

    def grammar(self, k: int) -> bool:
        """Target token ``k`` is a grammar word of the target language (linked or not: the aligner links a
        frequent "to" to any « au » of the sentence)."""
        found = self._grammar.get(k)
        if found is None:
            lang = self.lang
            found = self._grammar[k] = lang.zipf(self.wa.target[k].text.lower()) >= lang.grammar_zipf
        return found

    def left(self, j: int, before: int, passed: int) -> bool:
        """Target token ``j`` follows the rendering of source token ``before`` (-1: opens the segment), past at
        most ``passed`` grammar words."""
        if before < 0:
            return j == 0
        linked = self.linked(before)
        return any(j - 1 - d >= 0 and j - 1 - d in linked and all(map(self.grammar, range(j - d, j)))
                   for d in range(passed + 1))

    def right(self, end: int, after: int, passed: int) -> bool:
        """Target token ``end`` comes before the rendering of source token ``after`` (past the source's end:
        closes the segment), past at most ``passed`` grammar words."""
        n = len(self.wa.target)
        if after >= len(self.wa.source):
            return end == n - 1
        linked = self.linked(after)
        return any(end + 1 + d < n and end + 1 + d in linked and all(map(self.grammar, range(end + 1, end + 1 + d)))
                   for d in range(passed + 1))


def _replacement(word: str, name: str, j: int, wa, src_words: _Words, function: frozenset[str], ctx,
                 headline: bool = False) -> bool:
    """``word``, target token ``j`` of ``wa``, can only be another word or name written for the lost ``name``:
    no source word is linked to it or spelt like it or translates to it, it is no function word, title,
    first name or English form of a place (Isabel -> Elizabeth, Deutschland -> Germany: a translator's
    rendering; not for a rare name that has none, :func:`_no_place_known`), no dictionary translation of the name itself (Pierre -> stone: T105's), and it is an
    English word or a name English knows. A name the source's dictionary lists as a proper noun (a
    capital, a country, an institution, a brand everyone knows) may be rendered by another name of the
    same thing in a professional translation: a capital for its country (``les relations avec Ottawa``
    -> "relations with Canada"), a country's other or newer name (Myanmar -> Burma, Swaziland ->
    Eswatini); a first name French news uses alone for a leader (``a ajouté Bachar``) is rendered by the
    surname English uses ("added Assad"); the other name must be one in English (:func:`_named_otherwise`).
    A lower-case word in the place of such a name is reported (``la sortie Hoeilaart`` -> "the exit drive"),
    and so is a lower-case English word capitalised bare (``au nord de Goma`` -> "north of Gummed"). A
    frequent name (a brand: ``le Honda Jazz`` -> "the previous Jazz") may give way to a lower-case word in a
    free translation; only another name replaces it, or a lower-case string no language knows whose letters
    are unlike the name's (:func:`_unlike`: ``ajoute Havard.`` -> "adds rlnd."), which renders nothing. In a
    ``headline``, which drops the article that shows a
    description in running text ("The actor becomes"), a common noun that is no name (no proper stem in the
    target dictionary) is the headline's description of the person (``Depardieu devient russe`` -> "Actor
    becomes Russian", ``Kerviel condamné en appel`` -> "Trader convicted on appeal"); a name (Berg, Smith)
    is still a replacement there."""
    from mtqa.langs import freedict

    src, tgt = ctx.source, ctx.target
    folded = fold(word)
    if j in wa.target_linked or wa.target[j].stem in function or len(word) < 3 or word.isupper():
        return False
    # a lower-case string no language knows, unlike the name, is no free rendering of it ("adds rlnd" for
    # « ajoute Havard »), however frequent the name
    unlike = _unlike(word, name, ctx) if word[:1].isupper() or word.isalpha() else False
    if not word[:1].isupper() and not unlike and max(src.zipf(name), tgt.zipf(name)) >= UNKNOWN_ZIPF \
            or folded in ctx.pair.first_names_folded \
            or folded in _places(ctx.config.pair).values() and not _no_place_known(name, folded, ctx) \
            or folded in name_titles(ctx.pair, "target") or folded == fold(ctx.pair.given_names.get(fold(name), "\0")):
        return False
    if _present(word, src_words) and not _like_rendered_words_only(word, wa, ctx) \
            and not _like_grammar_words_only(word, src_words, ctx) \
            or _translates(word, src_words, ctx):
        return False
    if word[:1].isupper() and not unlike and (src.in_dictionary(name) or fold(name) in ctx.pair.first_names_folded) \
            and _named_otherwise(word, j, wa, tgt):
        return False  # a well-known name (Ottawa -> Canada) or a first name (Bachar -> Assad) named otherwise
    pair = freedict.pair_name(src.code, tgt.code)
    if word.lower() in {t.lower() for t in freedict.lookup(name.lower(), pair)}:
        return False
    english = tgt.in_dictionary(word.lower()) or tgt.in_dictionary(word) or tgt.is_common_word(word.lower())
    if headline and english and not tgt.has_proper_stem(word):
        return False
    return english or unlike or word[:1].isupper() and tgt.zipf(word) >= KNOWN_ZIPF


def _no_place_known(name: str, place: str, ctx) -> bool:
    """The lost ``name`` is rare in both languages (below ``UNKNOWN_ZIPF``), no place of the exonym table
    (:func:`_places`) and spelt unlike the English ``place`` (folded) in its very place and unlike the
    table's source forms of that place: a name with no English form of its own, so the place English knows
    there is another place (« communes de General Zarvento, Tula » -> "municipalities of Australia, Tula"),
    not the name's English form (Tchéquie -> Czechia, a frequent endonym -> its exonym: a translator's
    rendering) nor a rarer spelling's (« Slovéquie » for Slovaquie -> Slovakia). Why: a translator gives a
    place its English name where it has one; a rare town or district has none but its own, and a place of
    the other end of the world in its slot is a system's substitution. A rare endonym the table lacks
    (Österreich for Austria) is read as another place too, as a place outside the table (Köln -> Cologne)
    always was: the alternate names' table is where such pairs belong."""
    if max(ctx.source.zipf(name), ctx.target.zipf(name)) >= UNKNOWN_ZIPF or fold(name) in _places(ctx.config.pair):
        return False
    forms = _Words([place, *_place_sources(ctx.config.pair).get(place, ())])
    return not _present(name, forms)


@functools.lru_cache(maxsize=None)
def _place_sources(pair: str) -> dict[str, tuple[str, ...]]:
    """Folded target form of a place of the exonym table -> its folded source forms (czechia -> tchequie)."""
    out: dict[str, list[str]] = {}
    for source, target in _places(pair).items():
        out.setdefault(target, []).append(source)
    return {target: tuple(sources) for target, sources in out.items()}


def _like_rendered_words_only(word: str, wa, ctx) -> bool:
    """``word`` is a word neither language knows (below ``KNOWN_ZIPF``), no source word's copy, and the
    source words spelt like it (``_present``'s ``SIMILAR``) are all rendered elsewhere in the target by the
    alignment (``d'Abdel-Malik Djermoune, son fondateur`` -> "Abdel-Malik Donedat, its founder": Donedat
    looks like fondateur, which "founder" renders). A known word spelt like a source word may be that
    word's cognate rendering (interdit, Interior) even where the alignment links the source word elsewhere,
    so it keeps the look-alike rule.

    Why: a respelling of a source word stands for that word, so ``_replacement`` takes no word spelt like
    one for a replacing name; but a source word the translation rendered elsewhere has its rendering, and
    the look-alike in the lost name's place is written for the name. A source word spelt like it and left
    unlinked (the name itself, respelt) still accounts for it, as does a word copied as it is."""
    if max(ctx.source.zipf(word), ctx.target.zipf(word)) >= KNOWN_ZIPF:
        return False
    key = fold(word)
    alike = [i for i, tok in enumerate(wa.source)
             if difflib.SequenceMatcher(None, key, fold(tok.text)).ratio() >= SIMILAR]
    return bool(alike) and all(fold(wa.source[i].text) != key and wa.links.get(i) for i in alike)


def _like_grammar_words_only(word: str, src_words: _Words, ctx) -> bool:
    """``word``, no copy of a source word, is spelt like source words (``_present``'s ``SIMILAR``) that are all
    grammar words of the source language (:attr:`~mtqa.langs.language.Language.grammar_zipf` or more:
    ``avec``, ``s'est``): ``à Dallas en ce jour`` -> "to Paved in this day" looks like « avec » only.

    Why: the look-alike rule keeps a word spelt like a source word as that word's rendering (a cognate:
    interdit, Interior), but a grammar word has no capitalised cognate that could stand in a name's place,
    so such a likeness accounts for nothing and the word was written for the name."""
    src = ctx.source
    key = fold(word)
    if key in src_words.folded:
        return False
    alike = [w for w in dict.fromkeys(src_words.words)
             if difflib.SequenceMatcher(None, key, fold(w)).ratio() >= SIMILAR]
    return bool(alike) and all(src.zipf(w.lower()) >= src.grammar_zipf for w in alike)


def _named_otherwise(word: str, j: int, wa, tgt) -> bool:
    """``word``, capitalised at target token ``j`` of ``wa``, is what English writes for a name or an
    institution, so it may stand for a well-known name the translator named otherwise: a proper noun of the
    target dictionary (Canada, Burma, Assad), a word English does not know in lower case (Netanyahu,
    Eswatini), or a capitalised common noun after the article English writes before an institution's name
    (``place_articles``: "said the Presidency", "the Ministry"). A word English writes in lower case,
    capitalised bare in the name's place, is a word the system wrote for the name, not a name
    (``ont occupé Goma`` -> "occupied Gummed": Goma read as a verb)."""
    if tgt.has_proper_stem(word) or not tgt.is_common_word(word):
        return True
    return j > 0 and wa.target[j - 1].text.lower() in tgt.word_set("place_articles")


UNLIKE = 55
"""A word the target does not know in a lost name's very place replaces it when its letters and the name's
share less than this (rapidfuzz ``ratio``, 0-100, folded), the name read as written and as English would
romanise it: a respelling or transliteration of the same name shares far more (Tcheliabinsk / Chelyabinsk 87,
Kadhafi / Gaddafi 71, Sychev / Sichev 83, Ioujine / Yuzhin 100 once romanised, 46 as written), another name
far less (Zubizarreta / Ascasibar 30, Djermoune / Donedat 50)."""


def _unlike(word: str, name: str, ctx) -> bool:
    """``word``, capitalised in a lost name's place, is a name of its own rather than the lost one's
    spelling: no word of either language (below ``KNOWN_ZIPF`` in both), Latin-1 letters (a Czech or
    Polish spelling may be the target's form of a Central European name), four letters or more, and
    letters unlike the name's (``UNLIKE``). The place is the alignment's evidence that the system wrote it
    for the name (``d'Abdel-Malik Djermoune, son fondateur`` -> "of Abdel-Malik Donedat, its founder");
    the letters rule out a spelling of the name itself, which T102 and T108 read. French romanises Russian
    names its own way (j for zh, ou for u, initial i for y), so the name is also compared in the English
    form :mod:`mtqa.names.translit` gives it: ``Ioujine`` -> "Yuzhin" is the same name. A name of several
    words is also compared word by word (those of four letters or more): a translator may give the surname
    alone (``a déclaré Iouri Ioujine`` -> "said Yuzhin")."""
    from rapidfuzz import fuzz

    if len(word) < 4 or max(ctx.source.zipf(word), ctx.target.zipf(word)) >= KNOWN_ZIPF \
            or _beyond_latin1(word, frozenset()):
        return False
    english = transliterator(ctx.source.code, ctx.target.code).english_form
    parts = {name} | {part for part in LETTERS_RE.findall(name) if len(part) >= 4}
    return max(fuzz.ratio(fold(word), fold(form)) for part in parts for form in (part, english(part).english)) \
        < UNLIKE


def _name_slots(src_text: str, src, tgt) -> list[tuple[int, int, str]]:
    """The source's name words that :func:`_replaced_in_place` looks for in the target: capitalised, no
    word of the source dictionary nor a common word of either language (``Vitro``, ``Meteor``: English
    words a translation may keep as words), Latin-1 letters only, rare or frequent. A word opening a
    sentence, a quotation or a line of dialogue is a name on those terms too: its capital is the
    sentence's, but a word the source dictionary does not know is no word of the sentence (``- Kirill,
    pourquoi`` -> "- Meerov, why"; ``« Valentino préfère l'élégance »`` -> "Teliszewsky prefers
    elegance"), when it is rare as a word too (:func:`_name_opening`), and so is a word alone in brackets
    mid-sentence (``Yohan (Cabaye)``: :func:`_alone_in_brackets`); the alignment still has to put the
    new word in its very place. A word after an elided word (``qu'Ibrahimovic``, :func:`_after_elision`)
    stands mid-sentence, whatever the apostrophe looks like. A word of a name is written in lower case after its capital and has three letters or more: ``XXe``
    (a century) and ``Md`` (milliards) are abbreviations, and a function word of the source (``Des
    hommes et des dieux``, a title) opens a name the target translates."""
    from mtqa.meaning.align import function_stems

    caps = _name_words(src_text, src)
    own_letters = frozenset(src.extra.get("special_letters", ""))
    function = function_stems(src.code, tgt.code)[0]
    return [caps[k] for k in range(len(caps)) if _is_name_slot(src_text, caps, k, src, tgt, own_letters, function)]


def _is_name_slot(src_text: str, caps, k: int, src, tgt, own_letters: frozenset, function: frozenset) -> bool:
    """:func:`_name_slots`'s test of the k-th of the source's name words ``caps`` (``function``: the source's
    function stems)."""
    from mtqa.meaning.tokens import stem

    s, _, w = caps[k]
    return len(w) > 2 and w[1].islower() and stem(w.lower(), src.code) not in function \
        and (not at_sentence_start(src_text, s) or _after_elision(src_text, s, w, src)
             or _name_opening(src_text, s, w, src) or _alone_in_brackets(src_text, s)) \
        and (not src.in_dictionary(w.lower()) and not src.is_common_word(w) or _name_of_both(w, src, tgt)
             or _verb_name_at(src_text, s, w, src)) \
        and not tgt.is_common_word(w) \
        and not any(_beyond_latin1(x, own_letters) for x in (w, *_neighbours(src_text, caps, k)))


def _after_elision(text: str, start: int, word: str, lang) -> bool:
    """The ``word`` at ``start`` follows one of the language's elided words and its apostrophe
    (« qu'Ibrahimovic », « d'Arenberg »): its capital is its own, wherever the elided word stands, unless it is
    a common word of the language written without the accents capitals often drop (« l'Eglise », « l'Etat »:
    :meth:`~mtqa.langs.language.Language.common_spelling`), which a translation renders as a word. Why:
    :func:`~mtqa.langs.text.at_sentence_start` reads the apostrophe as a quotation mark opening, so a name
    there was a name slot only where rare enough for :func:`_unknown_names` (« d'Hagman »), and a frequent
    one left out after « qu' » or « d' » was never read (« qu'Ibrahimovic est très performant » -> "that
    have very good")."""
    if start < 2 or text[start - 1] not in "'’":
        return False
    head = _ELIDED_HEAD.search(text, max(0, start - 12), start - 1)
    return head is not None and head.group().lower() in lang.word_set("elisions") and not lang.common_spelling(word)


_ELIDED_HEAD = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")
"""The letters right before an apostrophe, from the word's start: the elided word (qu, d, l, jusqu)."""


def _name_of_both(word: str, src, tgt) -> bool:
    """Both languages' dictionaries list ``word`` as a proper noun (Dallas, Gaza, Cuba, Suez): a name a
    translation writes as it is, whatever the source dictionary also makes of its letters in lower case
    (« à Dallas » read as the verb *daller*, « de Gaza » as *gazer*: "to Paved", "of Gassed"). Why: the
    source dictionary's word forms left such names out of :func:`_name_slots`, as words a translation may
    render, but a word both dictionaries name is a name in either language."""
    return src.has_proper_stem(word) and tgt.has_proper_stem(word)


OPENER_MAX_ZIPF = 3.5
"""A word opening a sentence this frequent in the source language (Zipf) is a word of the sentence, not a
name, even where the source dictionary misses it (Toutefois 4.9, Soyez 4.5, Evidemment 3.9; names that
open sentences: Kirill 2.5, Valentino 3.0, Montebourg 3.4)."""
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?…])[\s\"'«»“”‘’(\[\-–—]*$")
"""What stands before a word that opens a sentence or a line of dialogue, maybe inside an opening quotation
mark or after a dash; not a quotation opened mid-sentence (``en « Mäuerle »``: a quoted word)."""


def _alone_in_brackets(text: str, start: int) -> bool:
    """The word at ``start`` stands alone in brackets (``_BRACKET_WORD``): its capital opens the bracket,
    but a word the source dictionary does not know, alone in brackets mid-sentence, is a name, most often
    the surname glossing a first name (« Yohan (Cabaye) » -> "Yohan (Torres)": a player's surname
    replaced by another's). Why: :func:`~mtqa.langs.text.at_sentence_start` counts an opening bracket as a
    sentence's opening, so :func:`_name_slots` left such names out unless rare (:func:`_unknown_names`)."""
    k = text.rfind("(", max(0, start - 2), start)
    m = _BRACKET_WORD.match(text, k + 1) if k >= 0 else None
    return m is not None and m.start(1) == start


def _name_opening(text: str, start: int, word: str, src) -> bool:
    """The word at ``start`` opens a sentence (not a quotation opened mid-sentence: a quoted word there
    may be any foreign term) and is rare as a word of the source language (``OPENER_MAX_ZIPF``)."""
    return bool(_SENTENCE_OPENING.search(text, 0, start)) and src.zipf(word) < OPENER_MAX_ZIPF


def _replaced_beside_kept(segment: Segment, src_text: str, target_words: _Text, ctx) -> Optional[tuple]:
    """:func:`_swaps` for a sentence that lost no rare name: a name word frequent enough to be a word
    somewhere (Kirill, Charbonneau: ``UNKNOWN_ZIPF`` or more in one language) is lost too when a part of
    its name stays and a word the target language does not know at all stands beside that part in its
    place (``Kirill Miller`` -> "Meerov Miller", ``la Commission Charbonneau`` -> "the Commission
    Hozapfel"). A known word there may be the name's own rendering (Cyril, Yury), an unknown one is
    not; a name with no part kept is left alone (its rendering may be any word)."""
    src, tgt = ctx.source, ctx.target
    named = ctx.memo("swaps.beside", (src_text, src.code, tgt.code), lambda: _names_beside_names(src_text, src, tgt), bound=FEW_SOURCES)
    alone = _places_alone(src_text, ctx)
    src_words = _text(src_text, ctx, src.code)
    # each word's answer kept with the segment's (:func:`_lost_of`): the name slots share most of these words
    lost = _lost_of(named, target_words, src_text, alone, src_words, ctx)
    if not lost:  # nearly every sentence: no name beside a name was lost, no need to read the source's names
        return None
    kept_parts = _kept_parts(src_text, src, lost)
    if not kept_parts:
        return None
    # beside a kept part of a name word the source quotes in the target language (Europa Press), any word
    # but a title stands in its place: the system translated the quoted word as one of its own (Europa Close);
    # a title in place of a first name (Peter Englund -> Mr. Englund) is how English names the person again
    quoted = _kept_parts(src_text, src, [c for c in lost if _target_language_name_word(c[2], src, tgt)])
    text = segment.text
    firsts = [w for _, _, w in lost if _target_first_name(w, ctx)]
    new = [(s, e, w) for s, e, w in target_words.caps
           if not _present(w, src_words) and not _beyond_latin1(w, frozenset()) and (
               not tgt.is_common_word(w) and tgt.zipf(w) < KNOWN_ZIPF and _next_to(text, s, e, kept_parts)
               or quoted and _next_to(text, s, e, quoted) and fold(w) not in name_titles(ctx.pair, "target")
               or firsts and _other_first_name(w, firsts, ctx) and _next_to(text, s, _compound_end(text, e), kept_parts))
           and not _translates(w, src_words, ctx)]
    lost_names = list({name: (s, e, name) for s, e, name in _runs(lost, src_text)}.values())
    if not new or len(lost_names) > MAX_SWAPS:
        return None
    return list({w: (s, e, w) for s, e, w in new}.values()), [], lost_names


def _other_first_name(word: str, firsts: list[str], ctx) -> bool:
    """``word``, capitalised in the translation beside a kept part of a name, is a first name of either
    language's table, no common word of the target language, and no form of the lost first names ``firsts``
    (none of the ``given_names`` table's English forms of one, its regnal form, the same Russian first name
    full or diminutive, another romanisation of it): another person's first name before the kept surname
    (« Stephanie Vartoki » -> "Monica Vartoki"). The caller has ruled out a word spelt like a source word
    (Kiril, Stefanie) and kept lost first names the target language writes as they are
    (:func:`_target_first_name`). Why: a known word beside the kept part may be the name's own rendering
    (Kirill -> Cyril, Étienne -> Stephen), so only an unknown one was read there; but a first name English
    itself gives has no other English form, and another first name in its place names someone else."""
    pair = ctx.pair
    folded = fold(word)
    if folded not in pair.first_names_folded or ctx.target.is_common_word(word):
        return False
    forms = _given_forms(ctx.config.pair)
    src, tgt = ctx.source.code, ctx.target.code
    return not any(folded in forms.get(fold(n), ()) or folded == fold(pair.regnal_names.get(fold(n), "\0"))
                   or same_first_name(n, word, src, tgt) or same_name_romanised(n, word) for n in firsts)


TARGET_FIRST_NAME_ZIPF = 3.0
"""A first name of the tables this frequent in the target language, and more frequent there than in the
source language, is one the target language gives itself (Stephanie 3.8 in English, 3.2 in French; Monica,
Kevin, Jennifer): a translation writes it as it is. Below it, or more frequent in the source, a first name may
have a target form the tables do not list (Kirill 2.5, English Cyril; Pierre 5.3 in French, English Peter)."""


def _target_first_name(word: str, ctx) -> bool:
    """``word``, a lost name word beside a kept part of its name, is a first name of the tables that the target
    language gives itself (``TARGET_FIRST_NAME_ZIPF``): the only names :func:`_other_first_name` reads
    another first name in the place of."""
    target = ctx.target.zipf(word)
    return fold(word) in ctx.pair.first_names_folded and target >= TARGET_FIRST_NAME_ZIPF \
        and target > ctx.source.zipf(word)


@functools.lru_cache(maxsize=None)
def _given_forms(pair: str) -> dict[str, frozenset[str]]:
    """Folded source first name -> every folded target form the ``given_names`` table lists for it (Étienne:
    stephen, steven, steve), not only the first (:attr:`~mtqa.langs.pair.LanguagePair.given_names`)."""
    from mtqa.langs.data import pair_table

    out: dict[str, set[str]] = {}
    for row in pair_table("given_names", pair):
        out.setdefault(fold(row["french"]), set()).add(fold(row["english"]))
    return {name: frozenset(forms) for name, forms in out.items()}


_HYPHENED_PARTS = re.compile(r"(?:[-‐‑][A-ZÀ-Þ][^\W\d_]*)*")
"""Capitalised words joined by hyphens after a word: the rest of a compound first name (Jean-Marc)."""


def _compound_end(text: str, end: int) -> int:
    """Where the compound name whose first word ends at ``end`` ends (``end`` itself for a single word)."""
    return _HYPHENED_PARTS.match(text, end).end()


def _names_beside_names(src_text: str, src, tgt) -> list[tuple[int, int, str]]:
    """The source's name words (:func:`_name_words`) that :func:`_unknown_names` leaves out for being
    frequent in a language, but are no word of either (not in the source dictionary, not a common word
    of either language) and stand beside another name word: a first name, a surname, a name's head. A
    common word of the target language only (:func:`_target_language_name_word`: ``Press`` of Europa Press)
    is such a name word too: the source quotes it."""
    caps = _name_words(src_text, src)
    own_letters = frozenset(src.extra.get("special_letters", ""))
    return [caps[k] for k in range(len(caps)) if _is_name_beside_name(src_text, caps, k, src, tgt, own_letters)]


def _is_name_beside_name(src_text: str, caps, k: int, src, tgt, own_letters: frozenset) -> bool:
    """:func:`_names_beside_names`'s test of the k-th of the source's name words ``caps``."""
    w = caps[k][2]
    return (src.zipf(w) >= UNKNOWN_ZIPF or tgt.zipf(w) >= UNKNOWN_ZIPF) and bool(_neighbours(src_text, caps, k)) \
        and not src.in_dictionary(w.lower()) and not src.is_common_word(w) \
        and (not tgt.is_common_word(w) or _target_language_name_word(w, src, tgt)) \
        and not any(_beyond_latin1(x, own_letters) for x in (w, *_neighbours(src_text, caps, k)))


def _target_language_name_word(word: str, src, tgt) -> bool:
    """``word``, a capitalised word of a source name, is a common word of the target language that the source
    language does not have (its dictionary does not know it, and the target language writes it more often):
    the source quotes a name in the target language (``Europa Press``, ``Common Sense Media``, ``Jared Lee
    Loughner``), which a translation copies as it is. Why: a word common in the target language may be
    rendered as a word when the source uses it as one (Vitro, Meteor: :func:`_name_slots` leaves them out), but
    the source language does not use this one, so a system that writes another word in its place beside the
    name's kept part (``Europa Close``, ``Judicious Common Media``, ``Jared The Loughner``) read the name as a
    word of the source language and translated it."""
    return len(word) > 2 and tgt.is_common_word(word.lower()) and tgt.zipf(word) > src.zipf(word)


def _kept_parts(src_text: str, src, lost: list[tuple[int, int, str]]) -> list[str]:
    """The capitalised words the source writes right beside a lost name word, one space or hyphen apart,
    that are not lost themselves: the parts of the same name the target kept (Kent of ``Kent Craver``,
    Chemical of ``Freudenberg Chemical Specialities``). A word the target language does not know that
    stands beside one of them took the lost word's place (``Kent Walld``), however rare it is."""
    caps = _name_words(src_text, src)
    at = {c[0]: k for k, c in enumerate(caps)}
    lost_starts = {s for s, _, _ in lost}
    return [w for s, _, _ in lost if s in at for w in _neighbours(src_text, caps, at[s])
            if src_text.find(w) not in lost_starts]


def _unknown_names(src_text: str, src, tgt) -> list[tuple[int, int, str]]:
    """The source's names (:func:`_name_words`) that may be lost in a translation, as far as the source
    alone tells: rare in both languages and unknown to the source dictionary, and not spelt with letters
    beyond Latin-1 (Valašsko, Kč: Central and Eastern European orthographies, whose places the target
    often knows by an exonym of its own), nor next to such a word. Once per source: the target decides
    the rest (the name or its exonym is missing from it)."""
    caps = _name_words(src_text, src)
    own_letters = frozenset(src.extra.get("special_letters", ""))
    return [caps[k] for k in range(len(caps)) if _is_unknown_name(src_text, caps, k, src, tgt, own_letters)]


def _is_unknown_name(src_text: str, caps, k: int, src, tgt, own_letters: frozenset) -> bool:
    """:func:`_unknown_names`'s test of the k-th of the source's name words ``caps``."""
    w = caps[k][2]
    return src.zipf(w) < UNKNOWN_ZIPF and tgt.zipf(w) < UNKNOWN_ZIPF and not src.in_dictionary(w.lower()) \
        and not any(_beyond_latin1(x, own_letters) for x in (w, *_neighbours(src_text, caps, k)))


_NEXT_NAME = re.compile(r" ([A-ZÀ-Þ][^\W\d_]+)")


def _first_name_before_name(text: str, end: int, word: str, lang, source_words: set[str]) -> bool:
    """A first name of the language's table right before another capitalised word that the source does
    not have: a new person's name, however frequent the word is alone (``Jordan Martin``: not the
    country). When the surname is the source's (``James Pérez`` for ``Jacobo Pérez``) the first name
    is a rendering of that person's, not another person."""
    nxt = _NEXT_NAME.match(text, end)
    return fold(word) in lang.first_names_folded and nxt is not None and fold(nxt.group(1)) not in source_words


def _first_word(text: str) -> int:
    """Where the first word of a segment starts (after opening quotes and brackets), or -1."""
    m = _WORD.search(text)
    return m.start() if m and not any(c.isalnum() for c in text[:m.start()]) else -1


def _openers(text: str, lang) -> list[tuple[int, int, str]]:
    """The word opening the segment when it is capitalised and the language's dictionary does not know
    it as a word (``"Marx was then...``): a name whatever its position."""
    m = _WORD.search(text)
    if m is None or m.start() != _first_word(text):
        return []
    w = m.group()
    if w[:1].isupper() and not w.isupper() and len(w) > 1 and not lang.in_dictionary(w.lower()) \
            and not lang.is_common_word(w.lower()):
        return [(m.start(), m.end(), w)]
    return []


_BRACKETED = re.compile(r"(?<=\()")
"""Matches at a position right after an opening bracket (searched with ``match(text, start)``)."""
_BRACKET_WORD = re.compile(r"(?<=\()[ \u00a0]?([A-ZÀ-Þ][^\W\d_]+)(?=[ \u00a0]?\))")
"""A capitalised word alone in brackets (``Yohan (Torres)``)."""


def _bracketed(text: str, lang) -> list[tuple[int, int, str]]:
    """The capitalised words alone in brackets that the language's dictionary does not know as words: a
    bracket opens them, so :func:`_capitalised` (which reads a capital there as the bracket's, like a
    sentence's) leaves them out, but a word alone in brackets after a first name (``Yohan (Torres)``, a
    team sheet's surnames) is a name wherever it stands, as the segment's first word is (:func:`_openers`).
    Read only where a lost source name stands in brackets too."""
    return [(m.start(1), m.end(1), w) for m in _BRACKET_WORD.finditer(text)
            if not (w := m.group(1)).isupper() and not lang.in_dictionary(w.lower()) and not lang.is_common_word(w.lower())]


def _beyond_latin1(word: str, own_letters: frozenset) -> bool:
    return any(ord(ch) >= 0x100 and ch.lower() not in own_letters for ch in word)


def _translates(word: str, source_words: _Words, ctx) -> bool:
    """The bilingual dictionary gives ``word`` for a source word (tchèque -> Czech, hongrois ->
    Hungarian): a translation, not a replacing name."""
    return word.lower() in ctx.memo("swaps.translations", (tuple(source_words.words), ctx.config.pair),
                                    lambda: _translations(source_words.words, ctx), bound=RARE_SOURCES)


def _translations(source_words: list[str], ctx) -> frozenset[str]:
    """Every lower-cased dictionary translation of the source words longer than two letters."""
    from mtqa.langs import freedict

    pair = freedict.pair_name(ctx.source.code, ctx.target.code)
    return frozenset(t.lower() for w in dict.fromkeys(source_words) if len(w) > 2
                     for t in freedict.lookup(w.lower(), pair))


MAX_SWAPS = 2
"""At most this many names replaced in one sentence: more lost and new names are a garbled sentence."""


def _name_words(text: str, lang, split: Optional[TextWords] = None) -> tuple[tuple[int, int, str], ...]:
    """Capitalised words written as names: mid-sentence, or opening a sentence or quotation when the
    language's dictionary does not know the word (« Mercandelli a dénoncé...)). A name after one of the
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
""":func:`_name_words`' answers, (text, language) -> name words, at most :data:`~mtqa.langs.cache.SOURCES`."""


def _read_name_words(text: str, lang, split: TextWords) -> tuple[tuple[int, int, str], ...]:
    """:func:`_name_words` of ``text``, read from its ``split``."""
    if split.chained:
        return _name_words_read(((m.group(), m.start(), m.end()) for m in _WORD.finditer(text)), text, lang)
    words, offs = split.words, split.offsets
    return _name_words_read(((words[k], offs[2 * k], offs[2 * k + 1]) for k in split.capital), text, lang)


def _name_words_read(found, text: str, lang) -> tuple[tuple[int, int, str], ...]:
    """:func:`_name_words` of the (word, start, end) ``found`` in ``text``, in order."""
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
        if at_sentence_start(text, start) and (lang.in_dictionary(w.lower()) or lang.is_common_word(w.lower())):
            continue
        out.append((start, end, w))
    return tuple(out)


def _runs(words: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Words one space or hyphen apart joined into one name (Ebrahim Mehtari, Marie-Christine)."""
    out: list[tuple[int, int, str]] = []
    for s, e, w in words:
        if out and s - out[-1][1] == 1:
            out[-1] = (out[-1][0], e, text[out[-1][0]:e])
        else:
            out.append((s, e, w))
    return out


OWN_FORM_ZIPF = 3.0
"""A first name this frequent in the target language is a form it uses itself (Louis XIV stays Louis)."""
_ROMAN_AFTER = re.compile(r"[ \u00a0]+(?P<num>[IVXL]{1,6})(?![\w])")
ACCENT_MARGIN = 1.0
"""How much less (Zipf) the target language writes a first name with the source's accents than the table's
target form for the accented spelling to be the source's (Napoléon beside Napoleon, Léopold beside Leopold):
:func:`_target_spelling`."""


def _target_spelling(word: str, english: str, target) -> bool:
    """``word`` is the target language's own spelling of the table's ``english``: the same letters, or the
    same up to accents the target language writes about as often (a regnal row whose two forms differ only
    by an accent, Napoléon: Napoleon). There the accents fold alike, and only the target language's usage
    tells the copied source form (Napoléon III, which English news writes Napoleon III) from its own."""
    if word == english:
        return True
    return fold(word) == fold(english) and target.zipf(word) > target.zipf(english) - ACCENT_MARGIN


@register
@dataclass
class SourceFormRegnalName(DocumentCheck):
    """A pope, monarch or saint keeps the source language's form of the first name (``Édouard VII``).

    Why it matters: English writes Edward VII, Benedict XVI and Pope
    Francis; the French form looks like another person. People keep their
    own first names (T104), but popes, monarchs and saints take the
    target-language form, which a regnal number after the name (a Roman
    numeral, or the source language's "the First": Élisabeth Ire) or, in the
    aligned source, a title before it (``le pape``, ``la reine``) or an
    epithet after it (``Alexandre le Grand``, ``Guillaume le Conquérant``:
    ``regnal_epithets`` of the source language) shows. The equivalents come
    from ``given_names.<pair>.tsv`` and, for names English writes its own
    way only for monarchs and ancient figures (Alexandre: Alexander the
    Great, but Alexandre Dumas), from ``regnal_names.<pair>.tsv``. Where
    that table's two forms differ only by an accent (Napoléon: Napoleon,
    Léopold: Leopold), the target's own spelling is the one it writes about
    as often as the table's form: Napoleon III is English, Napoléon III the
    copied French form. A
    family name after the first name in the target (``le prince Edouard de
    Ligne`` -> "Prince Edouard de Ligne", or in the source when the
    translation breaks it: "Prince Edouard of Line") names a person, not a monarch,
    unless the title is one whose bearers English names in its own form
    even so (the titles table's ``family_name`` column: saint François de
    Sales is St Francis de Sales, le roi Étienne Báthory Stephen Báthory).
    A first name English often writes in the source form (Louis, Henri,
    François) is left alone, as English's own for these bearers too (Louis
    XIV), except after a title whose bearers English always names in its
    form (the titles table's ``frequent_form`` column: le pape François is
    Pope Francis, although English news writes François Hollande). Such a
    bearer keeps the English form when the source later names him by the
    first name alone (« François a choisi ces cardinaux », after « le pape
    François » in the same document): the check reads the whole document.
    A title before that name in either text (le cardinal François, brother
    François) names another bearer, who keeps the first name, as does a
    name the source also writes without the title in the same sentence (le
    pape François a béni un enfant nommé François) unless the target puts a
    title before it, or an aside after it that introduces a person (« dit
    François, 45 ans », « François, un pèlerin »). A hyphenated first name is read whole (le pape
    Jean-Paul II is Pope John Paul II).

    Example:
        source: Titre\\n\\nLa statue d'Édouard VII, près de celle d'Alexandre le Grand et de Napoléon III, a été restaurée.
        bad: Title\\n\\nThe statue of Édouard VII, near that of Alexander the Great and Napoleon III, was restored.
        bad: Title\\n\\nThe statue of Edward VII, near that of Alexandre the Great and Napoleon III, was restored.
        bad: Title\\n\\nThe statue of Edward VII, near that of Alexander the Great and Napoléon III, was restored.
        good: Title\\n\\nThe statue of Edward VII, near that of Alexander the Great and Napoleon III, was restored.
        good: Title\\n\\nÉdouard Baer hosted the evening.
    """

    code = "T107"
    name = "source-form-regnal-name"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR
    requires_source = True

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        titled = None
        keys = _regnal_keys(ctx.pair)
        for segment in pair.target.segments:
            split = text_words(segment.text, ctx)
            if not split.chained and keys.isdisjoint(map(fold, map(split.words.__getitem__, split.capital))):
                # no capitalised word of the translation is a first name of either table: :meth:`_segment`
                # reads only those (a text _WORD reads otherwise, ``chained``, is read there whole). Why: most
                # translations have none, and each was read there word by word, its sources looked up first
                continue
            sources = pair.sources_of(segment.index)
            if sources:
                if titled is None:
                    titled = _TitledInDocument(pair, ctx.config.pair)
                yield from self._segment(segment, sources, ctx, titled)

    def _segment(self, segment: Segment, sources: list[Segment], ctx, titled: "_TitledInDocument") -> Iterator[Issue]:
        given = ctx.pair.given_names
        regnal_only = ctx.pair.regnal_names
        text = segment.text
        split = text_words(text, ctx)
        if split.chained:  # _WORD reads this text otherwise than the split
            words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        else:  # the words _WORD finds; only the capitalised ones can be first names of the table, and
            # only those whose folded form is a key of either table get past the first test below
            keys, found, offs = _regnal_keys(ctx.pair), split.words, split.offsets
            words = [(offs[2 * k], offs[2 * k + 1], found[k]) for k in split.capital if fold(found[k]) in keys]
        conventions = None
        covered = 0
        for start, end, word in words:
            if start < covered:
                continue  # the second part of a hyphenated first name read whole (Paul of Jean-Paul)
            joined = _JOINED_NAME.match(text, end)
            if joined and fold(text[start:joined.end()]) in _regnal_keys(ctx.pair):
                end, word = joined.end(), text[start:joined.end()]  # Jean-Paul II: John Paul, not John-Paul
            covered = end
            english = given.get(fold(word)) if word[:1].isupper() else None
            own = english is not None and fold(english) != fold(word)
            # a pope named by the first name alone after the source named him with the title earlier in the
            # document (François, after « le pape François »): no surname after it in either text
            # and no title before it in either text, which names a bearer of that title (le cardinal
            # François, frère François: Cardinal François, brother François)
            alone = own and fold(word) in titled.names() and not _SURNAME_AFTER.match(text, end) \
                and not any(_after_title(s.text, word, titled.titles) for s in sources) \
                and not _title_before(text, start, name_titles(ctx.pair, "target")) \
                and any(_standing_alone(s.text, word, name_titles(ctx.pair, "source"), ctx.source.function_words)
                        and not _introduced(s.text, word, ctx.source.word_set("apposition_articles"), titled.titles)
                        for s in sources)
            # a form English often writes is its own for kings and saints too (Louis XIV), not for popes
            frequent = own and not alone and ctx.target.zipf(word) >= OWN_FORM_ZIPF \
                and not any(_after_title(s.text, word, titled.titles) for s in sources)
            if english is None or fold(english) == fold(word) or frequent:
                # Louis XIV, Henri IV: English writes these forms itself; the regnal-only table's names
                # (Alexandre) are frequent in English for living bearers, not for monarchs. A pope's
                # name is always the English one, however often English writes the form for others
                # (le pape François: Pope Francis, though François Hollande makes François frequent)
                english = regnal_only.get(fold(word)) if word[:1].isupper() else None
                if english is None or _target_spelling(word, english, ctx.target):
                    continue  # Napoleon III: the target's own spelling of a row that folds like it
            regnal = _ROMAN_AFTER.match(text, end) or _first_after(ctx.source).match(text, end)
            if not regnal and not alone:
                if (_family_name_after(text, end, ctx) or _family_name_in_sources(word, sources, text, ctx)) and not any(
                        _after_title(s.text, word, _conventions(ctx.config.pair, "translated")) for s in sources):
                    continue  # le prince Edouard de Ligne: a noble's own name (saint François de Sales is not)
                if conventions is None:
                    conventions = _conventions(ctx.config.pair)
                if _untitled_namesake(text, end, word, sources, conventions):
                    continue  # le pape François a reçu François Hollande: the second François is Hollande
                if _untitled_beside_titled(text, start, word, sources, conventions, name_titles(ctx.pair, "target")):
                    continue  # le pape François a béni un enfant nommé François: the child keeps his name
                epithet = _epithet_after(ctx.source)
                # a surname after the word (Alexandre Dumas) names someone else than the source's
                # Alexandre le Grand: the epithet marks only the bearer it follows
                marked = not _SURNAME_AFTER.match(text, end)
                if not any(_after_title(s.text, word, conventions)
                           or marked and epithet.search(s.text) and _named_before(s.text, word, epithet)
                           for s in sources):
                    continue
            yield self.issue(
                segment, start, end,
                f"“{word}” is the {ctx.source.name} form; {ctx.target.name} names this pope, monarch "
                f"or saint “{english}”.",
                english, confidence=0.9,
            )


class _TitledInDocument:
    """The first names a document's source writes after a title whose bearers the target always names in
    its own form (``frequent_form`` titles: le pape François), read once per document on first use."""

    __slots__ = ("pair", "titles", "_names")

    def __init__(self, pair: DocumentPair, pair_code: str):
        self.pair = pair
        self.titles = _conventions(pair_code, frequent_form="translated")
        self._names: Optional[frozenset[str]] = None

    def names(self) -> frozenset[str]:
        if self._names is None:
            source = self.pair.source
            self._names = _titled_names(tuple(seg.text for seg in (source.segments if source is not None else ())),
                                        self.titles)
        return self._names


@memoize(FEW_SOURCES)
def _titled_names(texts: tuple[str, ...], titles: frozenset[str]) -> frozenset[str]:
    """The folded names ``texts`` write after one of ``titles`` (:meth:`_TitledInDocument.names`): a function of
    the source document's texts, remembered for the last documents, since a source document comes back for every
    system that translated it (the search tries every word of the document: ~0.5 % of the CPU of WMT14's 24k
    pairs, read eight times)."""
    return frozenset(fold(m.group(2)) for text in texts for m in _TITLE_THEN_NAME.finditer(text)
                     if fold(m.group(1)) in titles)


_TITLE_THEN_NAME = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \u00a0]+([A-ZÀ-Þ][^\W\d_]*(?:-[A-ZÀ-Þ][^\W\d_]*)*)")
"""A word and the capitalised word after it (le pape Jean-Paul): a title and the name it calls."""


@memoize(SEGMENTS)
def _standing_alone(source: str, name: str, titles: frozenset[str], function_words: frozenset[str]) -> bool:
    """``name`` occurs in ``source`` with no capitalised word after it (a surname: François Hollande) nor
    before it (another name or a title whose word is capitalised: Jean-François is one word anyway; not a
    function word opening the sentence: « Mais François a refusé »), nor one of ``titles`` (folded) before
    it in lower case (le cardinal François: the cardinal's name)."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", source):
        prev = _PREV_CAPITAL_WORD.search(source, max(0, m.start() - LOOKBACK), m.start())
        if not _SURNAME_AFTER.match(source, m.end()) and not (prev and prev.group(1).lower() not in function_words) \
                and not _title_before(source, m.start(), titles):
            return True
    return False


@memoize(SEGMENTS)
def _introduced(source: str, name: str, articles: frozenset[str], titles: frozenset[str]) -> bool:
    """``name`` is followed in ``source`` by an aside that introduces its bearer: an age or another figure
    (« François, 45 ans, venu de Lyon ») or a noun after one of ``articles`` (« François, un pèlerin »),
    as news introduces a person it quotes, not a pope it named before; an aside naming one of ``titles``
    (« François, le pape argentin ») is the pope's."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}[ \u00a0]*,[ \u00a0]*", source):
        aside = _ASIDE.match(source, m.end())
        if aside and (aside.group("article") is None
                      or aside.group("article").lower() in articles and fold(aside.group("noun")) not in titles):
            return True
    return False


_ASIDE = re.compile(r"\d|(?P<article>[^\W\d_]+)(?:['’][ \u00a0]*|[ \u00a0]+)(?P<noun>[^\W\d_]+)")


def _title_before(text: str, start: int, titles: frozenset[str]) -> bool:
    """The word right before ``start`` in ``text`` is one of ``titles`` (folded): the name after it is
    that title's bearer's (Cardinal François, brother François)."""
    prev = _PREV_NAME_WORD.search(text, max(0, start - LOOKBACK), start)
    return prev is not None and fold(prev.group(1)) in titles


_PREV_NAME_WORD = re.compile(r"(?<![\w-])([^\W\d_]+)\.?[ \u00a0]+$")


def _untitled_namesake(text: str, end: int, word: str, sources, titles: frozenset[str]) -> bool:
    """The target's first name has a surname after it (François Hollande) that follows the same first name
    in the source where no title stands before it: that bearer is a person, whatever title another bearer
    of the name has in the sentence (le pape François a reçu François Hollande). Saint Étienne Harding,
    whose surname follows the titled name in the source, is not one."""
    after = _SURNAME_AFTER.match(text, end)
    if after is None:
        return False
    pattern = transient(rf"(?<![^\W\d_])([^\W\d_]+[ \u00a0]+)?{re.escape(word)}[ \u00a0]+"
                        rf"{re.escape(after.group().strip())}(?![\w])")
    return any(m.group(1) is None or fold(m.group(1).strip()) not in titles
               for s in sources for m in pattern.finditer(s.text))


def _untitled_beside_titled(text: str, start: int, word: str, sources, titles: frozenset[str],
                            target_titles: frozenset[str]) -> bool:
    """The source writes the first name both after one of ``titles`` and without one (le pape François a
    béni un enfant nommé François), and the target's name has no title before it (a child named
    François): it may be the untitled bearer, who keeps the name, so only the name after a title in the
    target (Pope François) is the titled bearer's."""
    if _title_before(text, start, target_titles):
        return False
    kinds = {kind for s in sources for kind in _title_kinds(s.text, word, titles)}
    return kinds == {True, False}


@memoize(SEGMENTS)
def _title_kinds(source: str, name: str, titles: frozenset[str]) -> frozenset[bool]:
    """Whether ``name``'s occurrences in ``source`` follow one of ``titles`` (True) or not (False)."""
    return frozenset(_title_before(source, m.start(), titles)
                     for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", source))


_PREV_CAPITAL_WORD = CAPITAL_WORD_BEFORE_RE


_JOINED_NAME = re.compile(r"-[A-ZÀ-Þ][^\W\d_]*(?![\w-])")
"""A capitalised word hyphenated after a first name: with it, a compound first name (Jean-Paul)."""


_SURNAME_AFTER = re.compile(r"[ \u00a0]+[A-ZÀ-Þ][^\W\d_]*[a-zß-ÿ]")
"""A capitalised word after a first name (Alexandre Dumas): a surname, not a monarch's epithet."""


_AFTER_NAME = re.compile(r"[ \u00a0]+(?:(?P<particle>[^\W\d_]+)[ \u00a0]+)?"
                         r"(?P<word>[A-ZÀ-Þ][^\W\d_]*[a-zß-ÿ][^\W\d_]*)")


def _family_name_after(text: str, end: int, ctx) -> bool:
    """A family name follows the first name ending at ``end`` of the target: a capitalised word that is no
    first name (Jean Paul is one person's two first names), right after it or after a name particle of
    the source language kept untranslated (``Prince Edouard de Ligne``, ``Prince Edouard Line``). An
    elided particle is not read: before a vowel it mostly opens a monarch's place (Guillaume d'Orange,
    William of Orange), which the target must translate.

    Why: a pope, monarch or saint is named by the first name and a regnal number, an epithet or "of" and
    a place (William of Orange), never by a family name; a title before a first name and a surname
    (le prince Edouard de Ligne, a Belgian noble) names a person, whose first name English keeps. A
    particle that also opens an epithet of the source language (le Grand, l'Ancien) is left out: there it
    is the epithet's article, not a family's particle; so is a particle before a place of the exonym table
    (Prince Frédéric de Danemark, de Denmark): a place English names its own way is a realm, no family."""
    m = _AFTER_NAME.match(text, end)
    if m is None or fold(m.group("word")) in ctx.pair.first_names_folded:
        return False
    particle = m.group("particle")
    if particle is None:
        return True
    if fold(m.group("word")) in _table_places(ctx.config.pair):
        return False  # Prince Frédéric de Danemark: the exonym table's country is a monarch's "of Denmark"
    epithet_articles = {f.split()[0].lower() for f in ctx.source.extra.get("regnal_epithets", ())}
    return particle.lower() in ctx.source.word_set("name_particles") - epithet_articles


def _family_name_in_sources(word: str, sources: list[Segment], target: str, ctx) -> bool:
    """Every occurrence of the first name ``word`` (folded) in the aligned source has a family name after
    it, as ``_family_name_after`` reads one (le prince Edouard de Ligne), which the target ``target`` no
    longer writes.

    Why: the translation may break or translate the family name ("Prince Edouard, Line)", "Prince Edouard
    of Line"), so the target alone no longer shows it; the source still names a person, whose first
    name English keeps. Every occurrence must: a source that also names the first name alone (le roi
    Édouard … Édouard de Ligne) may mean a monarch by it. A target that keeps the word after an English
    "of" (le prince Guillaume de Cambridge -> "Prince Guillaume of Cambridge") has read it as a royal's
    territorial title, not broken a family name: its own reading stands, and English writes William."""
    key = fold(word)
    kept = {fold(w) for w in _WORD.findall(target)}
    found = False
    for src in sources:
        for m in _WORD.finditer(src.text):
            if fold(m.group()) != key:
                continue
            after = _AFTER_NAME.match(src.text, m.end())
            if not _family_name_after(src.text, m.end(), ctx) or fold(after.group("word")) in kept:
                return False
            found = True
    return found


@memoize(TABLES)
def _regnal_keys(pair) -> frozenset[str]:
    """The folded first names of both tables T107 reads: a word whose folded form is not one of them
    has no target form in either."""
    return frozenset(pair.given_names).union(pair.regnal_names)


@memoize(TABLES)
def _epithet_after(lang) -> re.Pattern:
    """The source language's epithets of monarchs and ancient figures (le Grand, le Conquérant), after a
    capitalised word: the name they follow is a monarch's or a figure's, like one with a regnal number."""
    alts = alternation(lang.extra.get("regnal_epithets", ()), lambda f: re.escape(f).replace("'", "['’]"))
    return re.compile(rf"(?P<name>[A-ZÀ-Þ][^\W\d_]*)[ \u00a0]+(?:{alts})(?![\w])")


def _named_before(source: str, name: str, epithet: re.Pattern) -> bool:
    """``name`` stands right before an epithet in ``source`` (Alexandre le Grand)."""
    return any(fold(m.group("name")) == fold(name) for m in epithet.finditer(source))


@memoize(TABLES)
def _first_after(lang) -> re.Pattern:
    """The source language's "the First" or an old ordinal after a regnal name (François Ier, Sixte Quint:
    :func:`mtqa.numbers.regnal_words`), copied into the target."""
    alts = alternation(regnal_words(lang))
    return re.compile(rf"[ \u00a0]+(?P<num>{alts})(?![\w])")


@functools.lru_cache(maxsize=None)
def _conventions(pair: str, family_name: Optional[str] = None,
                 frequent_form: Optional[str] = None) -> frozenset[str]:
    """Source titles after which the target uses its own form of a first name (pape, roi, reine); with
    ``family_name``, only those whose table row says so of a bearer named with a family name ("translated":
    saint, pape, whose bearers' first names English translates even before one: St Francis de Sales); with
    ``frequent_form``, only those whose row says so of a first name the target often writes in the source
    form for other people ("translated": pape, Pope Francis although English writes François Hollande)."""
    from mtqa.langs.data import pair_table

    return frozenset(fold(r["word"]) for r in pair_table("titles", pair)
                     if r["side"] == "source" and r.get("kind") == "convention"
                     and (family_name is None or r.get("family_name") == family_name)
                     and (frequent_form is None or r.get("frequent_form") == frequent_form))


@memoize(SEGMENTS)
def _after_title(source: str, name: str, titles: frozenset[str]) -> bool:
    """The source writes the name after a title that calls for the target form (le pape Benoît)."""
    for m in transient(rf"([^\W\d_]+)[ \u00a0]+{re.escape(name)}(?![\w])").finditer(source):
        if fold(m.group(1)) in titles:
            return True
    return False


def lost_source_names(segment: Segment, sources: list[Segment], ctx) -> list[tuple[int, int, str]]:
    """(start, end, name) in the joined source text (the ``sources``' texts joined by a space) of each
    source name that the translation ``segment`` lost, one entry per name of one or more words
    (:func:`_runs`): a name word the replaced-name checks read (a rare unknown name,
    :func:`_unknown_names`, or a name slot, :func:`_name_slots`) that :func:`_lost` finds neither kept,
    nor an exonym, nor another romanisation or form of it. Empty when every such word is written as it
    is (:func:`_names_written`).

    Why public: the omitted-name check (:mod:`mtqa.checks.omitted_names`) asks which names are gone
    before it looks at what stands in their place; the answer is the one these checks read, not a
    second reading of the same names."""
    src_text = joined_sources(sources)
    if not src_text or _names_written(segment.text, src_text, ctx):
        return []
    src, tgt = ctx.source, ctx.target
    key = (src_text, src.code, tgt.code)
    found = {s: (s, e, w) for lst in (
        ctx.memo("swaps.unknown", key, lambda: _unknown_names(src_text, src, tgt), bound=FEW_SOURCES),
        ctx.memo("swaps.slots", key, lambda: _name_slots(src_text, src, tgt), bound=FEW_SOURCES))
        for s, e, w in lst}
    words = sorted(found.values())
    answers = _asked(segment.text, src_text, ctx)[1]
    if all(w in answers for _, _, w in words):
        # every word answered already (T106 asked about both lists): what _lost_of reads, without the
        # translation's words, which this document check would build again (the segment's slot is gone)
        return _runs([(s, e, w) for s, e, w in words if answers[w]], src_text)
    target_words = _text(segment.text, ctx, tgt.code)
    lost = _lost_of(words, target_words, src_text, _places_alone(src_text, ctx), _text(src_text, ctx, src.code), ctx)
    return _runs(lost, src_text)


def _verb_names(src_text: str, ctx) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of each name word of ``src_text`` (:func:`_name_words`: capitalised mid-sentence,
    or after an elided word) whose letters the source dictionary reads, in lower case, as a verb (its
    infinitive or a finite form: ``gausse`` of *se gausser*, ``riva`` of *river*, ``trier``) and as no
    noun (:func:`_read_as_verb`), for :func:`_verb_names_translated`. A first name of the source's table is
    left to the first-name reading, and so is a word right after a lower-case noun of the source
    dictionary (:func:`_after_common_noun`). Kept per source text (run memo).

    Why verbs only: a capitalised noun mid-sentence is often a name's generic word that a translation
    renders (``la Commission``, ``la Cité``: the Committee, the City), but the source language never
    capitalises a verb mid-sentence; the capital makes it a name, and a system that translates it has
    read the name as a word (``avec Gausse`` -> "with Mocks", ``Lars von Trier`` -> "Lars von Sort").

    The name words are read only where the text's one split (:func:`~mtqa.names.mentions.text_words`) has a
    word :func:`_read_as_verb` accepts (:func:`_may_read_as_verb`), and from that split, not a second one.
    Why: on WMT14's 3,003 sources each was split again and its name words read, for the few that hold such
    a word; the screen is a necessary condition, so the answer is the same."""
    def build() -> tuple:
        src = ctx.source
        split = text_words(src_text, ctx)
        if not _may_read_as_verb(split, src):
            return ()
        return tuple((s, e, w) for s, e, w in _name_words(src_text, src, split)
                     if _verb_name_at(src_text, s, w, src))

    return ctx.memo("T105.verb_names", (src_text, ctx.source.code, ctx.target.code), build, bound=SOURCE_MEMO)


def _may_read_as_verb(split: TextWords, src) -> bool:
    """False when no name word of the split's text (:func:`_name_words`) can be one :func:`_read_as_verb`
    accepts: each name word is a :attr:`~mtqa.words.TextWords.capital` word of the split opening with a
    capital, or the part of one after an elided word's apostrophe (``d'Hagman``), and none of those is a
    word the source dictionary reads as a verb only. A text whose split has a word with two apostrophes
    (``chained``: :func:`_name_words` reads it with ``_WORD``) is not screened."""
    if split.chained:
        return True
    words = split.words
    for k in split.capital:
        w = words[k]
        if not w[:1].isupper():
            head, _, rest = w.replace("’", "'").partition("'")
            if not rest[:1].isupper():
                continue
            w = w[len(head) + 1:]
        if len(w) >= 4 and w[1:].islower() and _read_as_verb(w, src):
            return True
    return False


def _lost_name_words(segment: Segment, src_text: str, names: tuple[tuple[int, int, str], ...],
                     ctx) -> list[tuple[int, int, str]]:
    """The (start, end, word) of ``names`` (name words of the source text ``src_text``) that the translation
    ``segment`` neither writes nor spells alike, none where it is a headline in title case (every word has a
    capital there, so a capital says nothing): the names T105's two readings of a name translated as a word
    look for a rendering of (:func:`_verb_names_translated`, :func:`_noun_names_translated`).

    The headline test is imported past the first return: a function's ``from`` import costs ~4 us here (the
    module's missing ``__path__`` raises inside the import), and nearly every pair returns there."""
    if not names:
        return []
    from mtqa.segment import headline_like

    target_words = _text(segment.text, ctx, ctx.target.code)
    lost = [(s, e, w) for s, e, w in names if fold(w) not in target_words.folded and not _present(w, target_words)]
    return [] if not lost or headline_like(segment, ctx.target) else lost


def _verb_names_translated(segment: Segment, sources: list[Segment], ctx) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, target word, source name) where a name the source language reads as a verb
    (:func:`_verb_names`) is lost from the translation and the word alignment would link it, through the
    lexical model (a ``lexicon`` link: the model's translation of the verb, the first in the model's order,
    read from the model without aligning the sentence), to a capitalised word
    mid-sentence that the target dictionary knows as a common word and not as a name (``avec Gausse``
    -> "with Mocks", ``Lars von Trier`` -> "Lars von Sort"). A first name, a title, a word the source writes
    itself (a quoted English title, ``Girls Wanna Have Fun``: the model links have to Wanna too) and a
    headline in title case (where every word has a capital) are left alone.

    Why the link and the capital together: the link says the target word translates the verb the name's
    letters spell, and the capital says the system kept the name's capital on it, so the word stands for
    the name; a verb the source wrote as a verb has no capital, and a name kept has no translation."""
    src_text = joined_sources(sources)
    lost = _lost_name_words(segment, src_text, _verb_names(src_text, ctx), ctx)
    if not lost:
        return
    from mtqa.langs.lexmodel import load_lexmodel

    tgt = ctx.target
    model = load_lexmodel(ctx.source.code, tgt.code)
    if model is None:
        return
    first_names, titles = ctx.pair.first_names_folded, name_titles(ctx.pair, "target")
    source_words = _text(src_text, ctx, ctx.source.code).folded
    candidates = None  # the target's words that may render a name, with their stems and lemmas' stems, in order
    for s, e, name in lost:
        for part in LETTERS_RE.finditer(src_text, s, e):  # the name's words as the aligner reads them
            for rendering in _verb_renderings(part.group().lower(), model, ctx.source):
                if candidates is None:
                    candidates = [(m.start(), m.end(), m.group(), _target_keys(m.group().lower(), tgt))
                                  for m in LETTERS_RE.finditer(segment.text)
                                  if _capitalised_common_word(m.group(), segment.text, m.start(), tgt, first_names,
                                                              titles, source_words)]
                found = next(((ts, te, word) for ts, te, word, keys in candidates if rendering in keys), None)
                if found:
                    yield (*found, name)
                    break
            else:
                continue
            break


NOUN_NAME_MIN = 4
"""Letters from which a bare capitalised noun of the source is read as a name (:func:`_noun_names`): shorter
capitalised words are most often abbreviations or a language's grammar word (Mme, Dr, Sud)."""


def _noun_names(src_text: str, ctx) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of each name word of ``src_text`` (:func:`_name_words`) that the source dictionary
    lists in lower case as a noun (:meth:`~mtqa.langs.language.Language.lists_as_noun`; not « Rodez », which
    it knows as a verb form only), no verb only (those are :func:`_verb_names`'), no name both languages'
    dictionaries list (T106's name slots, :func:`_name_of_both`), no first name of the source's table nor
    grammar word, written bare mid-sentence: no determiner before it (:func:`_bare_at`)
    and no lower-case common noun (:func:`_after_common_noun`) unless that is a verb's infinitive
    (:func:`_after_infinitive`). Kept per source text (run memo).

    Why bare: the source language puts an article or another determiner before a common noun, also before
    one it capitalises by convention as a body or a name's generic word (``la Commission``, ``l'État``,
    ``du Sénat``); a noun with no determiner, capitalised mid-sentence, is a name of its own, of a person,
    a firm, an association or a party (``directeur de Tremplin``, ``devenir Labour``, ``cartes Visa``, ``GDF
    Suez``), which a translation keeps."""
    def build() -> tuple:
        src, tgt = ctx.source, ctx.target
        split = text_words(src_text, ctx)
        first_names = src.first_names_folded
        out = []
        for s, e, w in _name_words(src_text, src, split):
            low = w.lower()
            if len(w) < NOUN_NAME_MIN or not w[1:].islower() or fold(w) in first_names \
                    or low in src.function_words or not src.lists_as_noun(low) or src.is_dictionary_grammar_word(low):
                continue
            if _read_as_verb(w, src) or _name_of_both(w, src, tgt) or not _within_sentence(src_text, s) \
                    or _after_common_noun(src_text, s, src) and not _after_infinitive(src_text, s, src):
                continue  # (a name both dictionaries list is T106's name slot: GDF Suez -> "GDF Sweat")
            if _bare_at(src_text, s, e, src):
                out.append((s, e, w))
        return tuple(out)

    return ctx.memo("T105.noun_names", (src_text, ctx.source.code, ctx.target.code), build, bound=SOURCE_MEMO)


_TOKEN = re.compile(r"[^\W_]+")
"""A word or figure of the source (``20e``); a hyphen parts two (``Écologie-Les Verts``: Les before Verts)."""
_ELISION_MARKS = "'’"
_HYPHENS = "-‐‑"


def _after_infinitive(text: str, start: int, src) -> bool:
    """The word right before ``start`` of ``text`` is a verb's infinitive of the source dictionary (``devenir
    Labour``): the capital after it opens the verb's object, not the title of a work after a common noun,
    though the dictionary lists the infinitive as a noun too (le devenir, le pouvoir)."""
    before = _word_before(text, start)
    return before is not None and before[2].islower() and before[2] in _verb_stems(src)


def _tokens_before(text: str, start: int, count: int = 2) -> list[str]:
    """Up to ``count`` words or figures right before ``start`` of ``text``, nearest first, read back while only
    spaces stand between them, or the apostrophe of an elided word glued to the next (``l'``, ``d'``); any
    other mark ends the phrase (a comma, a bracket, a quotation mark, a hyphen)."""
    out: list[str] = []
    k = start
    while len(out) < count:
        j = k
        while j > 0 and text[j - 1] in " \u00a0":
            j -= 1
        if j == k:
            if j > 0 and text[j - 1] in _ELISION_MARKS:
                j -= 1  # an elided word glued to the next (l'État, d'Eden)
            else:
                break
        found = None
        for found in _TOKEN.finditer(text, max(0, j - LOOKBACK), j):
            pass
        if found is None or found.end() != j:
            break
        out.append(found.group())
        k = found.start()
    return out


def _bare_at(text: str, start: int, end: int, src) -> bool:
    """The capitalised noun at ``start:end`` of the source ``text`` is written bare, as a name: no determiner
    before it, nor one before a word between (the source language's ``determiners`` and ``place_articles``:
    ``les principales Bourses``, ``du 20e Siècle``); no preposition that puts a feast, country or town
    without its article right before it (``en Bourse``, ``à Menton``: the town reading's); no capitalised word
    of the source dictionary before it, or before the ``de`` before it (``Ministère Public``, ``Conseil
    d'État``, ``Chambre de Commerce``: a body named in the source's words, which a translation renders) nor an
    acronym before a noun the source dictionary does not list as a proper noun (``la CGT Santé``: the body's
    sector); no hyphen on either side (a part of a compound name: ``Royaume-Uni``, which English translates
    whole, the United Kingdom; a later part is :func:`_compound_words_kept`'s); no complement after it
    (``complement_particles``: ``Chef des Ventes``, ``Professeur d'économie``, ``Déclaration de Lima``: a title
    or a body's head, which English renders too) nor another capitalised word (``Bodegas Vega Sicilia``,
    ``pour Politique Économique``: the generic head of a longer name, which a translation may render)."""
    if start > 0 and text[start - 1] in _HYPHENS or text[end:end + 1] in _HYPHENS:
        return False  # a part of a compound name (l'Hôtel-Dieu, Royaume-Uni), which English may translate whole
    rest = text[end:]
    following = _TOKEN.match(rest.lstrip(" \u00a0"))
    if following is not None:
        word = following.group()
        if word.lower() in src.word_set("complement_particles"):
            return False
        if word[:1].isupper() and rest[:1] in " \u00a0":
            return False  # « Bodegas Vega Sicilia », « pour Politique Économique »: the head of a longer name
    before = _tokens_before(text, start)
    if not before:
        return True  # a mark before it (a bracket, a quotation mark, a comma): the word opens its own phrase
    first = before[0]
    low = first.lower()
    if first[:1].isupper():
        if first.isupper() and not src.has_proper_stem(text[start:end]):
            return False  # « la CGT Santé »: the sector of a body named by its initials, which English renders
        return not src.in_dictionary(low)  # Google Glass, GDF Suez; not Ministère Public
    determiners = src.word_set("determiners") | src.word_set("place_articles")
    if low in determiners or low in src.word_set("feast_prepositions") or low in src.word_set("place_prepositions") \
            or low in src.word_set("town_prepositions"):
        return False
    if len(before) < 2:
        return True
    second = before[1]
    if low in src.word_set("name_particles"):  # « de Tremplin »; not « Chambre de Commerce »
        return not (second[:1].isupper() and src.in_dictionary(second.lower()))
    return second.lower() not in determiners


_CAPITAL_BESIDE = re.compile(r"[ \u00a0]([A-ZÀ-Þ][^\W\d_]*)")
_CAPITAL_BEFORE = re.compile(r"([A-ZÀ-Þ][^\W\d_]*)[ \u00a0]$")


def _beside_new_capital(text: str, start: int, end: int, source_words: frozenset[str]) -> bool:
    """The word at ``start:end`` of the translation ``text`` has, one space before or after it, a capitalised
    word the source does not write: the two make a name in the target's own words (« la Škoda Fabia Combi » ->
    "the Skoda Fabia Station Wagon", « Royaume-Uni » -> "United Kingdom"), a translator's rendering of the
    name's kind, not one word written for the name."""
    after = _CAPITAL_BESIDE.match(text, end)
    if after is not None and fold(after.group(1)) not in source_words:
        return True
    before = _CAPITAL_BEFORE.search(text, max(0, start - LOOKBACK), start)
    return before is not None and fold(before.group(1)) not in source_words \
        and not at_sentence_start(text, before.start(1))


def _noun_names_translated(segment: Segment, sources: list[Segment], ctx) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, target word, source name) where a bare name the source language also has as a common word
    (:func:`_noun_names`: ``directeur de Tremplin``, ``devenir Labour``) is lost from the translation and a
    capitalised common word of the target stands for it mid-sentence (:func:`_capitalised_common_word`: no
    proper noun of the target dictionary, no first name, title or word of the source) that renders the name's
    letters as a word: one of the lexical model's renderings of it, or of the verb its letters spell
    (:func:`_verb_renderings`), or a translation of the bilingual dictionary's (Tremplin -> "Springboard",
    Labour -> "Ploughing", Paquet -> "Package"). A headline in title case is left alone.

    Why: the capital says the system kept the name's capital on the word it wrote, and the rendering says
    the word is the name's letters translated; a common noun the source wrote as a word has no capital, and
    a name kept has no translation. The bare noun is what makes it a name (:func:`_noun_names`); English
    words the target dictionary lists with a capital too (State, North, Exchange) are left alone, as names of
    bodies and places that English writes in its own words."""
    src_text = joined_sources(sources)
    lost = _lost_name_words(segment, src_text, _noun_names(src_text, ctx), ctx)
    if not lost:
        return
    tgt = ctx.target
    from mtqa.langs import freedict
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.tokens import stem

    model = load_lexmodel(ctx.source.code, tgt.code)
    dict_pair = freedict.pair_name(ctx.source.code, tgt.code)
    first_names, titles = ctx.pair.first_names_folded, name_titles(ctx.pair, "target")
    source_words = _text(src_text, ctx, ctx.source.code).folded
    text = segment.text
    candidates = [(m.start(), m.end(), m.group(), _target_keys(m.group().lower(), tgt), m.group().lower())
                  for m in LETTERS_RE.finditer(text)
                  if _capitalised_common_word(m.group(), text, m.start(), tgt, first_names, titles, source_words)
                  and not _beside_new_capital(text, m.start(), m.end(), source_words)]
    if not candidates:
        return
    for s, e, name in lost:
        low = name.lower()
        renderings = set(_verb_renderings(low, model, ctx.source)) if model is not None else set()
        words = _word_translations(low, dict_pair, common=True)
        renderings |= {stem(w, tgt.code) for w in words}
        found = next(((ts, te, word) for ts, te, word, keys, wl in candidates if keys & renderings or wl in words),
                     None)
        if found:
            yield (*found, name)


_WORD_READINGS = ((_verb_names_translated, ", reading its letters as a verb"),
                  (_noun_names_translated, ": the source writes it with a capital and no article, as a name"))
"""T105's readings of a source name whose letters a system translated as a common word, each with what its
message says of the name: a word the source language reads as a verb, a bare noun written as a name."""


def _verb_renderings(low: str, model, src) -> Iterator[str]:
    """The lexical model's renderings (stems, each once, in the model's order) of the source word ``low`` (a
    name :func:`_read_as_verb` reads as a verb), first as the aligner stems it, then through each infinitive
    the source dictionary's suffix rules make it of (:func:`~mtqa.langs.hunspell.suffix_stems`, kept when a
    verb stem: ``gaza`` of *gazer*, ``lima`` of *limer*). Why: the model is keyed by the stems of the words
    it was trained on, and a name's letters read as an inflected form (« de Gaza », « à Lima ») stem apart
    from the verb's infinitive (gaza, gaz), so the model's "gas" and "file" are found only through it."""
    from mtqa.langs import hunspell
    from mtqa.meaning.tokens import stem

    keys = dict.fromkeys([stem(low, src.code)])
    verbs = _verb_stems(src)
    for lemma in hunspell.suffix_stems(src.dictionaries, low):
        if lemma != low and lemma in verbs:
            keys[stem(lemma, src.code)] = None
    seen = set()
    for key in keys:
        for rendering in model.translations(key):
            if rendering.stem not in seen:
                seen.add(rendering.stem)
                yield rendering.stem


def _target_keys(low: str, tgt) -> frozenset[str]:
    """The stems a target word ``low`` may be found by among the model's renderings: its own and those of the
    lemmas the target dictionary's suffix rules make it of (:func:`~mtqa.langs.hunspell.suffix_stems`:
    "gassed" of gas, "filed" of file). Why: the model's stems are of the forms it saw, and a past tense
    stems apart from its verb where the suffix rule doubled or dropped a letter (gassed, gass; gas)."""
    from mtqa.langs import hunspell
    from mtqa.meaning.tokens import stem

    return frozenset([stem(low, tgt.code), *(stem(lemma, tgt.code) for lemma in hunspell.suffix_stems(tgt.dictionaries, low))])


def _capitalised_common_word(word: str, text: str, start: int, tgt, first_names: frozenset[str],
                             titles: frozenset[str], source_words: frozenset[str]) -> bool:
    """``word`` at ``start`` of the translation ``text`` is a common word of the target dictionary (no proper
    noun) written with a capital mid-sentence, three letters or more, no first name, title or word of the
    source (:func:`_verb_names_translated`)."""
    return len(word) > 2 and word[:1].isupper() and word[1:].islower() and not at_sentence_start(text, start) \
        and tgt.in_dictionary(word.lower()) and not tgt.has_proper_stem(word) \
        and fold(word) not in first_names and fold(word) not in titles and fold(word) not in source_words


def _verb_name_at(text: str, start: int, word: str, src) -> bool:
    """The name word ``word`` at ``start`` of the source ``text`` is one the source language reads as a verb
    (:func:`_read_as_verb`), and not after a lower-case noun (:func:`_after_common_noun`, where its capital
    may open a title): the names T105 reads as verbs translated (:func:`_verb_names`) and that T106 reads as
    name slots (:func:`_name_slots`), as it reads names both dictionaries list (:func:`_name_of_both`)."""
    return _read_as_verb(word, src) and _within_sentence(text, start) and not _after_common_noun(text, start, src)


_OPENING_MARKS = "\"'`«»“”‘’([-–—"
"""Quotation marks, brackets and dashes that may stand before a word (with spaces), as a line or a quotation
opens."""


_ADDRESSEES = re.compile(r"\s*(?:[@＠]\w+[\s,;:]*)+")
"""The handles a message of a social network or a forum opens with, to say whom it answers (``@marie``,
``@marie, @paul :``): its addressees, not words of its sentence."""


def _within_sentence(text: str, start: int) -> bool:
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


def _read_as_verb(word: str, src) -> bool:
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
    return low in _verb_stems(src) or src.is_finite_verb_form(low)


@memoize(TABLES)
def _verb_stems(src):
    """The source dictionary's verb stems (its ``dictionary_verb_tag``), a table on disk; empty without it.
    Once per language: opening the table costs milliseconds, a lookup microseconds."""
    from mtqa.langs import hunspell

    tag = src.extra.get("dictionary_verb_tag")
    return hunspell.stems_tagged(src.hunspell_names, tag) if tag and src.has_dictionary else {}


def _after_common_noun(text: str, start: int, src) -> bool:
    """The word at ``start`` of ``text`` comes right after a lower-case noun of the source dictionary
    (``le livre Apprivoiser la mort``, ``la mer Morte``). Why: after a common noun a capital opens the
    title of a work or ends a descriptive name (the source language capitalises a title's first word
    only), which a translation may render in its own words ("the book Taming Death"); a person's name
    read as a verb stands after a preposition, a particle or another name (``avec Gausse``, ``Lars von
    Trier``, ``à Vienne``)."""
    before = _word_before(text, start)
    return before is not None and before[2].islower() and src.lists_as_noun(before[2])

"""Names: one entity spelled several ways, and source names altered in translation.

Names are what readers and search engines hold on to; a person spelled two
ways reads as two people, and a surname turned into a common word
(Hollande -> Holland) changes who is meant. The document-level spelling
analysis lives in :mod:`mtqa.names`; the source comparison here is
deliberately narrow (a name whose neighbour survives translation) so that
legitimate renderings (President Hollande, Pope Francis, Putin for Poutine)
are never flagged.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from mtqa.checks.base import DocumentCheck, SegmentCheck
from mtqa.checks.registry import register
from mtqa.lazy import lazy_module
from mtqa.model import DocumentPair, Issue, Segment, Severity, source_texts
from mtqa.names.analysis import analyse
from mtqa.names.cluster import ATTESTED, skeleton

from mtqa.names.foreign_forms import own_foreign_form
from mtqa.names.mentions import (Mention, TextWords, Token, may_have_name_pair, segment_mentions, segment_words,
                                 split_tokens, text_words)
from mtqa.numbers import regnal_value, roman_numeral, roman_value
from mtqa.langs import fold
from mtqa.names.translit import same_first_name, transliterator
from mtqa.langs.cache import SOURCE_MEMO, TABLES, TRANSLATION_MEMO, memoize
from mtqa.records import record
from mtqa.words import LETTERS_RE

fuzz = lazy_module("rapidfuzz.fuzz")  # imported by the first comparison (mtqa.lazy)


SIMILAR = 75.0
"""rapidfuzz ratio from which a target word is a variant spelling of the source name (or of its
English transliteration)."""
UNKNOWN = 1.0
"""Zipf frequency under which a source spelling is unknown (a typo or a rare transliteration)."""
RESTORED_MARGIN = 0.5
"""Zipf margin by which the source language itself must write the translation's spelling of a name more
often than the source's spelling for the translation to count as the name restored (Junker -> Juncker)."""


@register
@record
class InconsistentNameSpelling(DocumentCheck):
    """One person or place is spelled several ways in the document.

    Why it matters: a reader cannot tell whether Chkaplerov and Shkaplerov
    are one cosmonaut or two, and an inconsistent name looks careless.
    Spellings are grouped when they agree once romanisation conventions are
    undone (French ``ch`` is English ``sh``) or are near-identical rare
    forms; each occurrence of a spelling other than the one English usage
    supports is flagged, even when that spelling is the majority. Accents
    alone (Copé/Cope) do not make an inconsistency here.

    Example:
        bad: Crew lands\\n\\nAnton Chkaplerov commanded the flight.\\n\\nShkaplerov said all was well.
        good: Crew lands\\n\\nAnton Shkaplerov commanded the flight.\\n\\nShkaplerov said all was well.
    """

    code = "T101"
    name = "inconsistent-name-spelling"
    category = "terminology"
    subcategory = "inconsistent-terminology"
    severity = Severity.MAJOR

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        names = analyse(pair, ctx)
        trans = transliterator(ctx.source.code, ctx.target.code)
        for cluster in names.clusters:
            best = cluster.preferred
            where = names.occurrences[best][0].segment
            others = [f for f in cluster.forms if fold(f) != fold(best)]
            for form in others:
                r = names.romanised[form]
                french = ""
                if r.changed and r.markers and fold(r.english) == fold(best):
                    how = ", ".join(sorted({trans.describe(m) for m in r.markers}))
                    french = f" “{form}” is the {ctx.source.name} transliteration ({how})."
                message = (f"“{form}” and “{best}” (line {where.line}) name the same entity; "
                           f"{cluster.why}.{french}")
                for occ in names.occurrences[form]:
                    yield self.issue(occ.segment, occ.token.start, occ.token.end, message, best, confidence=0.9)


@memoize(TABLES)
def _given_variants(pair) -> dict[str, frozenset[str]]:
    """Folded source first name -> every folded target equivalent of the table, the traditional form and
    its everyday variants (Étienne -> stephen, steven; Jacques -> james, jack)."""
    out: dict[str, set[str]] = {}
    for row in pair.table("given_names"):
        out.setdefault(fold(row["french"]), set()).add(fold(row["english"]))
    return {k: frozenset(v) for k, v in out.items()}


@memoize(TABLES)
def name_titles(pair, side: str) -> frozenset[str]:
    return frozenset(fold(row["word"]) for row in pair.table("titles") if row["side"] == side)


@memoize(TABLES)
def convention_titles(pair) -> frozenset[str]:
    """Source titles after which a first name takes the target's form (``kind`` convention: pape, roi,
    saint). Why not every title: a minister or a mayor keeps the own first name (le ministre Étienne
    Morel is no Stephen Morel)."""
    return frozenset(fold(row["word"]) for row in pair.table("titles")
                     if row["side"] == "source" and row.get("kind") == "convention")


@memoize(TABLES)
def _honorific_renderings(pair) -> dict[str, frozenset[str]]:
    """Source title -> the target words that render it (M. -> Mr, Mr., M.; Me -> Me, Ms., Mr.: the
    ``courtesy_titles`` table), folded as :class:`_TargetWords` folds a target word (a final period dropped:
    the source's own "M." kept by the translation is "m")."""
    out = {}
    for row in pair.table("honorifics"):
        forms = {row["source"], row["mr"], row["mr."], row["mr"].rstrip("."), row["meaning"]}
        out[row["source"]] = frozenset(fold(f.rstrip(".")) for f in forms if f)
    # the other abbreviated titles of address (« Me Deschamps »: Me, Ms., Mr.), which no house style rewrites
    for row in pair.table("courtesy_titles"):
        out[row["source"]] = out.get(row["source"], frozenset()) | {fold(row["english"].rstrip("."))}
    out.update(_kin_titles(pair))  # lower-case titles of kin or of an order before one name (frère, sœur)
    return out


@memoize(TABLES)
def _kin_titles(pair) -> dict[str, frozenset[str]]:
    """Lower-case source word of address or kin written before a person's single name (frère, sœur: the
    ``kin_titles`` table) -> the target words that render it (brother, Sister), folded."""
    out: dict[str, frozenset[str]] = {}
    for row in pair.table("kin_titles"):
        out[row["source"]] = out.get(row["source"], frozenset()) | {fold(row["english"].rstrip("."))}
    return out


def _address_before(text: str, token: Token, words: dict) -> Optional[Token]:
    """The word of address right before a one-word name (« le frère Soumis »), as a token, or None.

    Why: a name of one word has no neighbour in its mention, so T103 had no kept word to find its place by;
    the title of address before it is one, and it says the word after it names a person."""
    lo = max(0, token.start - 16)
    m = _WORD_BEFORE.search(text, lo, token.start)
    if m is None or m.group(1) not in words:
        return None
    return Token(m.group(1), m.start(1), m.end(1))


def _has_address_word(text: str, words: dict) -> bool:
    """``text`` holds a word of address followed by a space (no tokenising: most sentences have none)."""
    return any(w + " " in text for w in words)


@memoize(TABLES)
def _courtesy_titles(pair) -> frozenset[str]:
    """The source titles of ``courtesy_titles.<pair>.tsv`` (Me, Dr, Pr, Mgr). Such a title counts before a name
    only where it opens the name's mention: inside a name of capitalised words (« Lick Me I'm Delicious », an
    English brand) "Me" is a word of it, not a title; the house-style honorifics (M.) keep their own reading."""
    return frozenset(row["source"] for row in pair.table("courtesy_titles"))


_ROMAN = frozenset("IVXLC")


@record
class _Rendering:
    """A source name part, and the target word standing where it should be."""

    source: Token
    mention: Mention
    target: Token
    anchored: str  # "left": the word after a kept name part; "right": the word before one
    neighbour: Token
    """The kept source name part the target word was found next to."""
    particle: Optional[Token] = None
    """The capitalised particle of the surname (« M. De Bock ») that the neighbour was found across, when the
    target dropped it or wrote a capitalised grammar word for it ("Mr. Of Beer"): a target word is in the
    surname's place then, not right after the neighbour in the source."""
    through: Optional[Token] = None
    """The target's capitalised grammar word standing for that particle ("Of"), passed to reach the word."""


def _may_name_pair(src_text: str, ctx) -> bool:
    """:func:`~mtqa.names.mentions.may_have_name_pair` of a source text, kept per source text (run memo)."""
    return ctx.memo("names.pair_screen", src_text, lambda: may_have_name_pair(src_text), bound=SOURCE_MEMO)


class _SourceNames:
    """Source-name comparison shared by T103 and T104."""

    def renderings(self, segment: Segment, sources: list[Segment], ctx) -> list[_Rendering]:
        """Source name parts missing from the target, with the target word next to a kept neighbour.

        T103 and T104 both ask for it: the first computes it, the second reads it from the document's memo.
        A segment none of whose sources may name anyone in two words (:func:`_may_name_pair`: two thirds of
        WMT14's sources) has none, answered before the pair of texts is memoised: the memo kept an empty
        list per translation for nothing.
        """
        address = _kin_titles(ctx.pair)
        if not any(_may_name_pair(src.text, ctx) or _has_address_word(src.text, address) for src in sources):
            return []
        key = (segment.text, source_texts(sources))
        return ctx.memo("names.renderings", key, lambda: list(self._renderings(segment, sources, ctx)),
                        bound=TRANSLATION_MEMO)

    def _renderings(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[_Rendering]:
        pair = ctx.pair
        split = copied = tgt = None
        honorifics = _honorific_renderings(pair)
        courtesy = _courtesy_titles(pair)
        address = _kin_titles(pair)
        for src in sources:
            if not _may_name_pair(src.text, ctx) and not _has_address_word(src.text, address):
                continue  # no name of two words: nothing to compare (most sentences; decided without tokenising)
            for mention in segment_mentions(src.text, ctx.source, ctx):
                toks = mention.tokens
                if len(toks) == 1 and address:  # « le frère Soumis »: the word of address is the kept neighbour
                    before = _address_before(src.text, toks[0], address)
                    if before is not None:
                        toks = (before, toks[0])
                if len(toks) < 2:
                    continue
                if split is None:  # most sources name no one in two words: the target is read only when needed
                    split = text_words(segment.text, ctx)
                    copied = frozenset(split.words)
                for i, tok in enumerate(toks):
                    if tok.text in honorifics or len(tok.text) < 3:
                        continue
                    if i > 1 and toks[i - 1].text in courtesy:
                        continue  # a title opens the name: « Lick Me I'm Delicious » names no one after "Me"
                    if tok.text in copied and "'" not in tok.text and "’" not in tok.text:
                        continue  # the same word in the target (a word without apostrophe is its own token)
                    if tgt is None:  # the target's words folded, only for a name part not copied as it is
                        tgt = _TargetWords(split)
                    if fold(tok.text) in tgt.present:
                        continue
                    found = self._anchor(toks, i, tgt, honorifics, lambda s=src: _folded_words(s.text, ctx))
                    if found is not None:
                        neighbour = toks[i - 1] if found[1] == "left" else toks[i + 1]
                        yield _Rendering(tok, mention, found[0], found[1], neighbour)
                    elif i > 1 and _capital_particle(toks[i - 1].text) and fold(toks[i - 1].text) not in tgt.present:
                        across = _across_particle(toks[i - 2].text, tgt, honorifics, ctx.target.function_words)
                        if across is not None:
                            yield _Rendering(tok, mention, across[0], "left", toks[i - 2], toks[i - 1], across[1])

    @staticmethod
    def _anchor(toks, i, tgt: "_TargetWords", honorifics, source_words=frozenset
                ) -> Optional[tuple[Token, str]]:
        """The target word next to a kept neighbour of source part ``i``: the first such place whose word is
        not a word of the source, else the first place.

        Why: a neighbour the sentence repeats (« M. Dupont et M. Boulanger », two persons named with « M. »)
        is rendered as often in the target ("Mr. Dupont and Mr. Baker"); the first place holds the other
        person's surname, written as the source writes it, so the place of the lost part is a later one.
        ``source_words`` returns the source's words folded (read only when the neighbour is rendered twice)."""
        if i > 0:  # left neighbour kept: "François Holland", "Mr. Caliper"
            places = [k + 1 for k in tgt.rendering(toks[i - 1].text, honorifics)
                      if k + 1 < len(tgt.folded) and tgt.adjacent(k)]
            if places:
                return tgt.token(_first_new(places, tgt, source_words)), "left"
        if i + 1 < len(toks):  # right neighbour kept: "William Gomez"
            places = [k - 1 for k in tgt.rendering(toks[i + 1].text, honorifics)
                      if k >= 1 and tgt.adjacent(k - 1)]
            if places:
                return tgt.token(_first_new(places, tgt, source_words)), "right"
        return None

    @staticmethod
    def convention(source: Segment, mention: Mention, titles: frozenset[str]) -> bool:
        """Popes, monarchs and saints take English first names (le pape François -> Pope Francis), also inside
        the name of a place or institution named after one, which French writes with hyphens (« l'hôpital
        Jean-Paul-II »: the regnal number follows a hyphen, not a space)."""
        before = source.text[:mention.start].split()
        if before and fold(before[-1].strip("«“\"'(")) in titles:
            return True
        after = source.text[mention.end:].split()
        number = after[0].strip(",.;:)»”").removeprefix("-") if after else ""
        return bool(number) and set(number) <= _ROMAN and number[:1] in _ROMAN


def _first_new(places: list[int], tgt: "_TargetWords", source_words) -> int:
    """The first target place in ``places`` whose word (folded) is no word of the source (``source_words()``);
    the first place when every one is (the word is then another name part kept as written, which the check
    leaves alone)."""
    if len(places) > 1:
        known = source_words()
        for k in places:
            if tgt.folded[k] not in known:
                return k
    return places[0]


def _folded_words(text: str, ctx) -> frozenset[str]:
    """A source text's words, folded (kept per source text: run memo)."""
    return ctx.memo("names.source_folded", text, lambda: frozenset(map(fold, text_words(text, ctx).words)),
                    bound=SOURCE_MEMO)


def _capital_particle(word: str) -> bool:
    """``word`` is a name particle (``name_particles.tsv``) written with its capital: part of the surname itself
    (« Emmanuel De Bock », « Marine Le Pen », « Herman Van Rompuy »), as Belgian, Dutch and French surnames
    write it, not the lower-case link of a title or an epithet (« Charles le Chauve », Charles the Bald)."""
    from mtqa.names.mentions import particles

    return word[:1].isupper() and word[1:].islower() and word.lower() in particles()


def _across_particle(before: str, tgt: "_TargetWords", honorifics, function_words: frozenset[str]
                     ) -> Optional[tuple[Token, Optional[Token]]]:
    """The capitalised target word in a surname's place past its capitalised particle (« M. De Bock »), which
    the target lost: the word right after the rendering of the kept word ``before`` the particle ("M. Beer
    Glass"), or after a capitalised grammar word standing for the particle there ("Mr. Of Beer glass": de,
    of). Returns (the word, the grammar word passed or None).

    Why: the particle is part of the surname, so a system that reads « De Bock » as French words writes
    both as English words; the surname's place is then one word further than T103's neighbour reading looks,
    and English writes no capitalised grammar word inside a person's name."""
    for k in tgt.rendering(before, honorifics):
        j, through = k + 1, None
        if j >= len(tgt.folded) or not tgt.adjacent(k):
            continue
        word = tgt.texts[j]
        if word[:1].isupper() and word.lower() in function_words:
            if j + 1 >= len(tgt.folded) or not tgt.adjacent(j):
                continue
            j, through = j + 1, tgt.token(j)
        if tgt.texts[j][:1].isupper():
            return tgt.token(j), through
    return None


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0-]+$")


def _after_title_word(source: Segment, token: Token, titles: frozenset[str]) -> bool:
    """The name part follows a title inside the name itself (Saint-Laurent, the river; Sainte-Hélène):
    a saint's name, which the target language writes its own way."""
    m = _WORD_BEFORE.search(source.text, max(0, token.start - 40), token.start)
    return bool(m) and fold(m.group(1)) in titles


class _TargetWords:
    """A target segment's words as the source names are looked for in it: folded (an initial's period
    dropped), as a set, and as tokens on demand (only the word standing next to a kept name part)."""

    __slots__ = ("text", "texts", "starts", "folded", "present", "_where")

    def __init__(self, split: TextWords):
        self.text = split.text
        self.texts, self.starts = split_tokens(split)
        self.folded = list(map(fold, self.texts))
        for k, w in enumerate(self.texts):
            if w[-1] == ".":
                self.folded[k] = fold(w.rstrip("."))
        self.present = set(self.folded)
        self._where: Optional[dict[str, list[int]]] = None

    def rendering(self, source_word: str, honorifics: dict) -> list[int]:
        """Indices, in order, of the target words that render ``source_word``: its honorific renderings
        (M. -> Mr, Mr., M.) or the same word, folded."""
        if self._where is None:
            where: dict[str, list[int]] = {}
            for k, f in enumerate(self.folded):
                where.setdefault(f, []).append(k)
            self._where = where
        want = honorifics.get(source_word)
        if not want:
            return self._where.get(fold(source_word), [])
        return sorted(k for f in want for k in self._where.get(f, ()))

    def token(self, k: int) -> Token:
        return Token(self.texts[k], self.starts[k], self.starts[k] + len(self.texts[k]))

    def adjacent(self, k: int) -> bool:
        """Words ``k`` and ``k + 1`` are consecutive words of one name: a space, hyphen or nothing between,
        or the period of a title (Mr.)."""
        word = self.texts[k]
        gap = self.text[self.starts[k] + len(word):self.starts[k + 1]]
        if "." in gap and len(word.rstrip(".")) > 3:
            return False  # "... asked Pierre. Then": a sentence ends, no name goes on
        return 0 <= len(gap) <= 2 and not gap.strip(" .-\u00a0")


def _source_of(rendering: _Rendering, sources: list[Segment]) -> Segment:
    for src in sources:
        if src.text[rendering.mention.start:rendering.mention.end] == rendering.mention.text:
            return src
    return sources[0]


@register
@record
class AlteredName(SegmentCheck, _SourceNames):
    """A name of the source is changed into another word in the translation.

    Why it matters: machine translation turns surnames that look like words
    into those words (François Hollande -> François Holland or François
    Netherlands, M. Palmer -> Mr. Caliper); the English then names someone
    else. A person's surname is checked when the word before it (a first
    name of ``first_names.tsv`` or a courtesy title: the house-style
    honorifics, and the titles of ``courtesy_titles.<pair>.tsv``, « Me
    Deschamps » -> "Ms. Fields") survives translation,
    and the word standing next to that neighbour is compared (places and
    institutions are left alone: Amiens Nord is Amiens North in English): an English transliteration (Poutine -> Putin; Morsi -> Mursi, another
    romanisation's vowels: the pair data's ``vowel_alternations``, with French ou read as u and a doubled
    letter as one: Youssef -> Yousif, Mansour -> Mansur), a title
    (President Hollande) or a word of the source is no alteration, nor is the
    usual spelling of a name the source misspelt (Junker for Jean-Claude
    Juncker: the source language's own press writes the target's spelling
    clearly more often), nor two words the source glued together that the
    translation writes apart (a missing space in the source), nor a regnal
    number rendered as a Roman numeral (Juan Carlos Ier -> I, Charles Quint
    -> V: T111 compares the numbers).

    A surname lost with a lower-case word in its place, right after the
    first name or courtesy title the translation kept, is reported too
    (Sophie Pommier -> "Sophie apple", M. Zambito -> "Mr. cundeamor"):
    English writes no lower-case word inside a person's name, so a content
    word there, with the surname written nowhere in the translation, not
    even respelt, stands for it; the word must be no grammar word ("Angela
    said", "Richard the Lionheart"), no word of the source and no rendering
    of another source word by the lexical model ("Paul came" for « Paul
    Martin sont venus »: the surname is dropped, but "came" renders the verb).

    The same holds for a first name lost with a lower-case word right before
    the kept surname (Rose Pommier -> "pink Pommier", Marine Delorme -> "navy
    Delorme"), where the lexical model is the evidence that the word renders
    no other source word ("said Delorme" for « a déclaré Marine Delorme » is
    the verb) and either renders the first name itself, is a word no
    dictionary knows, or stands between the renderings of the first name's
    neighbours (« par Hans Lipperhey » -> "by grunts Lipperhey"), and for any
    name whose lost word is a name of its own, a word neither language's
    dictionary knows, with a lower-case word right after the part the
    translation kept (« Teatro Zandonai » -> "Teatro hinges"; a generic word
    is left alone: « Amiens Nord » -> "Amiens north").

    A first name replaced by a capitalised common word before the kept
    surname is reported too (« Ben Affleck » -> "Well Affleck", « Rose
    Pommier » -> "Pink Pommier"): any given name the source language's
    dictionary tags counts, also one that is a common word (Ben, Martin),
    and the word must be no title, no given name and no rendering of another
    source word. So is a name the source writes in words of the target
    language changed into other words (« les Golden State Warriors » ->
    "Golden State Fighters"): a part the source language does not have as a
    word is no generic part a translation may render.

    A surname with a capitalised particle (« M. De Vaart », « Emmanuel Le
    Mouton »: Belgian, Dutch and French surnames write it so) is read past
    the particle when the translation lost both: the capitalised word right
    after the kept title or first name ("M. Wait"), or after a capitalised
    grammar word standing for the particle ("Mr. Of Wait": English writes no
    capitalised grammar word inside a person's name), stands for the
    surname, and the fix is particle and surname. A lower-case particle
    links an epithet English translates (Charles le Chauve, the Bald) and a
    surname respelt anywhere in the translation is not lost.

    A neighbour the sentence repeats (« M. Duval et M. Boulanger », two
    persons of one first name) is rendered as often, and its first place in
    the translation holds the other person's name, written as the source
    writes it ("Mr. Duval and Mr. Baker"): the lost part's place is the first
    whose word the source does not have.

    A name of one word after a lower-case word of address or kin
    (``kin_titles.<pair>.tsv``: « la sœur Fauvette », a nun; « son frère
    Pierre », a sibling: a person either way) is read with that word as its
    kept neighbour ("Sister Warbler"); « père » is no such word (« Père
    Noël » is Father Christmas) and a Russian first name in another
    romanisation (Wladimir -> Vladimir) is no alteration.

    Example:
        source: Quand François Hollande reçoit Rose Pommier, Me Deschavel, M. De Vaart, M. Boulanger, la sœur Fauvette et les Golden State Warriors au Teatro Zandonai, il sourit.
        bad: When François Holland receives Rose Pommier, Me Deschavel, Mr De Vaart, Mr Boulanger, Sister Fauvette and the Golden State Warriors at the Teatro Zandonai, he smiles.
        bad: When François Hollande receives Rose apple tree, Me Deschavel, Mr De Vaart, Mr Boulanger, Sister Fauvette and the Golden State Warriors at the Teatro Zandonai, he smiles.
        bad: When François Hollande receives pink Pommier, Me Deschavel, Mr De Vaart, Mr Boulanger, Sister Fauvette and the Golden State Warriors at the Teatro Zandonai, he smiles.
        bad: When François Hollande receives Pink Pommier, Me Deschavel, Mr De Vaart, Mr Boulanger, Sister Fauvette and the Golden State Warriors at the Teatro Zandonai, he smiles.
        bad: When François Hollande receives Rose Pommier, Me Deschavel, Mr De Vaart, Mr Boulanger, Sister Fauvette and the Golden State Fighters at the Teatro Zandonai, he smiles.
        bad: When François Hollande receives Rose Pommier, Me Deschavel, Mr De Vaart, Mr Boulanger, Sister Fauvette and the Golden State Warriors at the Teatro hinges, he smiles.
        bad: When François Hollande receives Rose Pommier, Me Deschavel, Mr. Of Wait, Mr Boulanger, Sister Fauvette and the Golden State Warriors at the Teatro Zandonai, he smiles.
        bad: When François Hollande receives Rose Pommier, Ms. Fields, Mr De Vaart, Mr Boulanger, Sister Fauvette and the Golden State Warriors at the Teatro Zandonai, he smiles.
        bad: When François Hollande receives Rose Pommier, Me Deschavel, Mr De Vaart, Mr Baker, Sister Fauvette and the Golden State Warriors at the Teatro Zandonai, he smiles.
        bad: When François Hollande receives Rose Pommier, Me Deschavel, Mr De Vaart, Mr Boulanger, Sister Warbler and the Golden State Warriors at the Teatro Zandonai, he smiles.
        good: When François Hollande receives Rose Pommier, Me Deschavel, Mr De Vaart, Mr Boulanger, Sister Fauvette and the Golden State Warriors at the Teatro Zandonai, he smiles.
    """

    code = "T103"
    name = "altered-name"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR
    requires_source = True

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        pair = ctx.pair
        given = _given_variants(pair)
        target_titles = name_titles(pair, "target")
        trans = transliterator(ctx.source.code, ctx.target.code)
        source_words = None
        source_titles = name_titles(pair, "source")
        for r in self.renderings(segment, sources, ctx):
            word = r.target.text.rstrip(".")
            if r.particle is not None and (word.islower() or _respelt_anywhere(r.source.text, segment.text)):
                continue  # past a lost particle only a capitalised word stands in the surname's place
            if r.anchored == "left" and word.islower():
                kept = _surname_as_word(r, segment, sources, ctx)
                if kept:
                    part = "surname" if _person_before(r, ctx) else "name word"
                    yield self.issue(
                        segment, r.target.start, r.target.end,
                        f"The {part} “{r.source.text}” of “{r.neighbour.text} {r.source.text}” is lost: the "
                        f"translation keeps “{kept}” and writes “{word}” where the {part} stood; names are not "
                        f"translated.",
                        r.source.text, confidence=0.7,
                    )
                continue
            # The messages say "the name", not "the first name": the word that opens a name is the family name in
            # Korean or Chinese order (« Ban Ki-moon » -> "Round of Applause Ki-moon").
            if word.islower():  # anchored right: the word before a kept surname, where the first name stood
                kept = _first_name_as_word(r, segment, sources, ctx)
                if kept:
                    yield self.issue(
                        segment, r.target.start, r.target.end,
                        f"The name “{r.source.text}” of “{r.source.text} {r.neighbour.text}” is lost: the "
                        f"translation keeps “{kept}” and writes “{word}” where “{r.source.text}” stood; names are "
                        f"not translated.",
                        r.source.text, confidence=0.7,
                    )
                continue
            if r.anchored == "right":  # a capitalised word before a kept surname, where the first name stood
                if _first_name_replaced(r, segment, sources, ctx):
                    yield self.issue(
                        segment, r.target.start, r.target.end,
                        f"The name “{r.source.text}” of “{r.source.text} {r.neighbour.text}” is rendered as "
                        f"“{word}”, a word, before the kept “{r.neighbour.text}”; names are not translated.",
                        r.source.text, confidence=0.7,
                    )
                continue
            folded = fold(word)
            if r.anchored != "left" or not word[:1].isupper() or folded in target_titles:
                continue
            if fold(r.source.text) in source_titles:
                continue  # M. le Président -> Mr Speaker: a title, translated
            if _regnal_numbers(r.source.text, word, ctx):
                continue  # Juan Carlos Ier -> Juan Carlos I, Charles Quint -> Charles V: a regnal number (T111's)
            person = r.neighbour.text in _honorific_renderings(pair) or fold(r.neighbour.text) in ctx.source.first_names_folded
            if not person and not _name_of_its_own(r.source.text, word, ctx):
                continue  # a place or institution: its parts may be translated (Amiens Nord -> Amiens North)
            if source_words is None:
                source_words = {fold(t.text) for src in sources for t in segment_words(src.text, ctx.source, ctx)}
            if folded in source_words or folded in given.get(fold(r.source.text), ()):
                continue  # a word of the source moved here, or a first name (T104's business)
            rom = trans.english_form(r.source.text)
            if skeleton(rom.english) == skeleton(word) or skeleton(r.source.text) == skeleton(word):
                continue  # Putin for Poutine, or a spelling variant
            if rom.changed and fuzz.ratio(skeleton(rom.english), skeleton(word)) >= SIMILAR:
                continue  # another English transliteration of a French-romanised name (Moustapha -> Mustafa)
            if fuzz.ratio(fold(r.source.text), folded) >= SIMILAR and max(
                    ctx.target.zipf(r.source.text), ctx.source.zipf(r.source.text)) < UNKNOWN:
                continue  # the source spelling is unknown in both languages: a typo the translation fixed
                # (Steimeier -> Steinmeier) or the name restored to its own spelling (Kuliash -> Kuljaš)
            if _restored(r.source.text, word, ctx):
                continue  # the source misspelt a known name that the translation wrote right (Zuckerburg)
            if _romanised_otherwise(r.source.text, word, ctx):
                continue  # another English romanisation of the same name (Morsi -> Mursi)
            if person and same_first_name(r.source.text, word, ctx.source.code, ctx.target.code):
                continue  # one Russian or Ukrainian first name in another romanisation (Wladimir -> Vladimir)
            if _glued_apart(r.source.text, folded, segment, ctx):
                continue  # the source glued two words (Marine GunneryPaul) that the translation writes apart
            if _cut_by_a_space(r.source.text, segment.text, r.target.start):
                continue  # the name whole, a space cut into it (O'Malley -> O 'Malley): a tokenised translation
            if _letters_written_out(r.source.text, word, ctx.target):
                continue  # the name's letters as the target writes them without the marks (Bär -> Baer)
            if _no_surname_part(r.source.text, word, ctx.source):
                continue  # a grammar word (Evan Tout-Puissant: a title) or a particle put for another (Von, Van)
            if word.lower() in ctx.target.word_set("organisation_words"):
                continue  # a firm's generic word, which the target writes in its own language (Elliot International)
            regnal = regnal_value(r.source.text, ctx.source) if person else None
            if regnal is not None:
                # « Charles Quint » -> "Charles Fifth": a regnal number written as a word; the source's own word
                # is no fix, the target's numeral is
                yield self.issue(
                    segment, r.target.start, r.target.start + len(word),
                    f"The regnal number “{r.source.text}” (in “{r.mention.text}”) is rendered as “{word}”; "
                    f"{ctx.target.name} writes it as a Roman numeral.",
                    roman_numeral(regnal), confidence=0.8,
                )
                continue
            if r.particle is not None:
                # « M. De Bock » -> "Mr. Of Beer": the particle and the surname read as words; the fix is both
                start = (r.through or r.target).start
                yield self.issue(
                    segment, start, r.target.start + len(word),
                    f"The source name “{r.particle.text} {r.source.text}” (in “{r.mention.text}”) is rendered as "
                    f"“{segment.text[start:r.target.start + len(word)]}”; names are not translated.",
                    f"{r.particle.text} {r.source.text}", confidence=0.8,
                )
                continue
            yield self.issue(
                segment, r.target.start, r.target.start + len(word),
                f"The source name “{r.source.text}” (in “{r.mention.text}”) is rendered as “{word}”; "
                f"names are not translated.",
                r.source.text, confidence=0.8,
            )


def _surname_as_word(r: _Rendering, segment: Segment, sources: list[Segment], ctx) -> Optional[str]:
    """The target word ``r.target``, lower case, right after the kept first name or courtesy title of a person
    (``r.neighbour``), stands where the source's capitalised name part ``r.source`` was, and the translation
    lost that part: « Sophie Pommier » -> "Sophie apple", « M. Zambito » -> "Mr. cundeamor". Returns the kept
    word as the target writes it ("Mr.") for the message, or None.

    Reported when the neighbour is a first name of the source's table or a courtesy title, or the lost part a
    word neither language's dictionary knows (:func:`_word_of_neither`: « Teatro Zandonai » -> "Teatro
    hinges", « Goldman Sachs » -> "Goldman bags"), the neighbour written with its
    capital in the target; the lost part is capitalised, no title, particle or regnal number, and written
    nowhere in the target, not even respelt (no target word alike, ``RESPELT``); and the word is letters only,
    three or more, no function word of the target language, no word of the source (a word the source
    quotes is copied, not a rendering of the name) and no rendering of another source word
    (:func:`_renders_another_word`).

    Why: English writes no lower-case word as part of a person's name, and right after a first name a name
    goes on (Sophie Pommier) or the sentence does with a verb or a grammar word ("Sophie said", "Sophie
    and"). A content word there with the surname gone is the surname read as a word and translated
    ("apple", "scroll") or replaced by a word of the system's own ("imprisonment" for « Walid Mouallem »):
    the person is no longer named. T103's capitalised reading leaves it aside (``word[:1].isupper()``),
    and the replaced-name checks need a rare name and the word alignment on both sides. Any other name is read
    the same way where its lost word is a name of its own, no word of either language: English writes no
    lower-case word inside that name either, and it has no generic word a translation may render in lower
    case (« la Gare du Nord »: "north" may stand for « Nord », a French word)."""
    word = r.target.text.rstrip(".")
    if len(word) < 3 or not word.isalpha() or not r.source.text[:1].isupper() or not r.source.text[1:2].islower():
        return None
    tgt, src = ctx.target, ctx.source
    if word in tgt.function_words:
        return None
    text = segment.text
    kept = _KEPT_BEFORE.search(text, max(0, r.target.start - 40), r.target.start)
    if kept is None or not kept.group(1)[:1].isupper():
        return None  # the neighbour written with its capital right before the word (not "the guy said")
    person = _person_before(r, ctx)
    if not person and not _word_of_neither(r.source.text, src, tgt):
        return None  # a generic word of a place or institution, which the target may translate (Gare du Nord)
    source_fold = fold(r.source.text)
    if source_fold in name_titles(ctx.pair, "source"):
        return None
    if regnal_value(r.source.text, src) is not None or r.source.text.lower() in src.function_words:
        return None
    if any(fold(word) == fold(t.text) for s in sources for t in segment_words(s.text, src, ctx)):
        return None
    if any(fuzz.ratio(source_fold, fold(w)) >= RESPELT for w in LETTERS_RE.findall(text) if len(w) > 2):
        return None
    if not person and _spelt_like_a_source_word(word, r.source.text, sources, src):
        return None
    if _renders_another_word(word, r.source.text, sources, ctx):
        return None
    return kept.group(1)


def _respelt_anywhere(source: str, text: str) -> bool:
    """Some word of ``text`` is the name part ``source`` respelt (``RESPELT``): written, if not in its place
    (« Al Baghdadi » -> "al-Baghdadi", the parts joined)."""
    folded = fold(source)
    return any(fuzz.ratio(folded, fold(w)) >= RESPELT for w in LETTERS_RE.findall(text) if len(w) > 2)


def _name_of_its_own(source: str, target: str, ctx) -> bool:
    """The source name part ``source`` of a place, firm or title is a common word of the target language that
    the source language's dictionary does not know: the source already writes the name in the target language
    (« l'Affordable Care Act » -> "Affordable For Act", « la Mother Love Bone » -> "Mother Love Good"), and the
    target word is no respelling of it (``RESPELT``: Act, "Acts"). A part of fewer than four letters, or one
    the target word begins with, is an abbreviation and is left alone (« Normale Sup » -> "Normale Supérieure",
    a newstest reference).

    Why: the capitalised reading leaves places and institutions alone because their generic parts are words a
    translation renders (Amiens Nord -> Amiens North, Gare du Nord); a part that is a target-language word the
    source language does not have is no generic part to render: the name is already in the target's words,
    and the translation changed them. A part neither language knows is left alone: it is often an
    abbreviation or a third language's word that a translator may render (« Normale Sup », « Financial Times
    Deutschland », « Plzen »: read on the newstest references 2010-2012)."""
    low = source.lower()
    if len(low) < 4 or fold(target).startswith(fold(source)):
        return False  # an abbreviation, or one the translation writes out (« Normale Sup » -> "Normale Supérieure")
    src, tgt = ctx.source, ctx.target
    if src.in_dictionary(low) or src.is_common_word(low) or src.in_dictionary(source) or not tgt.is_common_word(low):
        return False
    return fuzz.ratio(fold(source), fold(target)) < RESPELT


def _person_before(r: _Rendering, ctx) -> bool:
    """The kept neighbour before the lost part is a first name of the source's table or a courtesy title: the
    name is a person's."""
    return r.neighbour.text in _honorific_renderings(ctx.pair) or fold(r.neighbour.text) in ctx.source.first_names_folded


def _word_of_neither(word: str, src, tgt) -> bool:
    """``word`` is a name's own word: neither language's dictionary knows it, as a word or as a common word
    (Zandonai, Sachs, Zambito; not Nord, Banque, Tour, which a translation renders), so a lower-case word
    standing in its place within the name is no translation of a generic part."""
    low = word.lower()
    return not (src.in_dictionary(low) or src.is_common_word(word) or tgt.in_dictionary(low)
                or tgt.is_common_word(word))


def _first_name_as_word(r: _Rendering, segment: Segment, sources: list[Segment], ctx) -> Optional[str]:
    """The target word ``r.target``, lower case, right before the kept surname ``r.neighbour``, stands where the
    source's first name ``r.source`` was, and the translation lost that first name: « Marine Delorme » -> "navy
    Delorme", « Rose Dubreuil » -> "pink Dubreuil". Returns the kept surname as the target writes it, or None.

    Reported when the lost part is a first name of the source's table (the name is a person's) and is written
    nowhere in the target, not even respelt (``RESPELT``); the surname after the word keeps its capital; and the
    word is letters only, three or more, no function word or title of the target language, no word of the
    source and no rendering of another source word by the lexical model (:func:`_renders_another_word`:
    « a déclaré Marine Delorme » -> "said Delorme" drops the first name, but "said" renders the verb); and the
    word is the model's rendering of the first name itself, or a word neither dictionary knows
    (:func:`_renders_the_name`).

    Why: the mirror of :func:`_surname_as_word`. English writes no lower-case word inside a person's name, and
    a word of the sentence that stands before a surname (a verb, a description of the person) renders a word
    of the source; a content word that renders none, where the first name stood, is the first name read as a
    word or replaced by one of the system's: the person is no longer named in full. Without the lexical
    model the word cannot be told from a rendering, and nothing is reported."""
    word = r.target.text
    name = r.source.text
    if len(word) < 3 or not word.isalpha() or not name[:1].isupper() or not name[1:2].islower():
        return None
    src, tgt = ctx.source, ctx.target
    if fold(name) not in src.first_names_folded or word in tgt.function_words \
            or fold(word) in name_titles(ctx.pair, "target"):
        return None
    text = segment.text
    kept = _KEPT_AFTER.match(text, r.target.end)
    if kept is None or not kept.group(1)[:1].isupper() or fold(kept.group(1)) != fold(r.neighbour.text):
        return None  # the surname written with its capital right after the word
    if any(fold(word) == fold(t.text) for s in sources for t in segment_words(s.text, src, ctx)):
        return None
    name_fold = fold(name)
    if any(fuzz.ratio(name_fold, fold(w)) >= RESPELT for w in LETTERS_RE.findall(text) if len(w) > 2):
        return None
    if _spelt_like_a_source_word(word, name, sources, src) \
            or _renders_another_word(word, name, sources, ctx, required=True):
        return None
    if not (_renders_the_name(word, name, ctx) or _word_of_neither(word, src, tgt)
            or _placed_like_the_name(r, segment, sources, ctx)):
        return None  # an English word the model links to nothing here: a rendering it does not list, not the name
    return kept.group(1)


_WORD_JUST_BEFORE = re.compile(r"([^\W\d_]+) $")
"""The word right before a position, one space between."""
PLACED_SHARE = 0.1
"""Share of the lexical model's links (``p_forward``) from which a rendering of the word before the first name
counts as the word the translation put before the stand-in (« par » -> by 0.51, « de » -> of 0.31)."""


def _placed_like_the_name(r: _Rendering, segment: Segment, sources: list[Segment], ctx) -> bool:
    """The translation renders the word right before the first name, and the target ``r.target`` follows that
    rendering: « inventé par Hans Lipperhey » -> "invented by grunts Lipperhey", « l'acteur Hans Geiger » -> "the
    actor grunt Geiger". The two words before must be the same word (folded) or the lexical model's rendering
    of the source's (``PLACED_SHARE`` of its links or more), each with one space before the name or its
    stand-in.

    Why: the stand-in then sits where the first name sat, between the same neighbours on both sides, which is
    what a word alignment would say; a word of the sentence moved before a surname breaks that order (« avoua
    Jens Lehmann - partisan de Babbel » -> "admitted Babbel fan Lehmann": "Babbel" renders no « avoua »;
    « un entretien de Steve Jobs retrouvé récemment » -> "a recently rediscovered Jobs interview": "recently"
    renders no « de »), which is why the model rendering the first name itself was required before."""
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.tokens import stem

    source = _source_of(r, sources)
    before_src = _WORD_JUST_BEFORE.search(source.text, max(0, r.source.start - 40), r.source.start)
    before_tgt = _WORD_JUST_BEFORE.search(segment.text, max(0, r.target.start - 40), r.target.start)
    if before_src is None or before_tgt is None:
        return False
    sw, tw = before_src.group(1), before_tgt.group(1)
    if fold(sw) == fold(tw):
        return True
    model = load_lexmodel(ctx.source.code, ctx.target.code)
    if model is None:
        return False
    key = stem(tw.lower(), ctx.target.code)
    return any(t.stem == key and t.p_forward >= PLACED_SHARE
               for t in model.translations(stem(sw.lower(), ctx.source.code)))


def _first_name_replaced(r: _Rendering, segment: Segment, sources: list[Segment], ctx) -> bool:
    """The capitalised target word ``r.target``, right before the kept surname ``r.neighbour``, is a common word
    standing where the source's first name ``r.source`` was: « Ben Affleck » -> "Well Affleck", « Eden Hazard »
    -> "Paradise Hazard", « Benjamin Crump » -> "Junior Crump".

    Reported when the lost part opens the name (or follows a courtesy title: not « la Maison Blanche Bill
    Daley », where Blanche ends the name of a building) and is a given name (the first-name table, or any name the source language's
    dictionary tags as a given name: Ben, Tomas, Martin, which the table leaves out because they are also
    common words, :attr:`~mtqa.langs.language.Language.dictionary_first_names`), written nowhere in the
    target, not even respelt (``RESPELT``: "Bin Laden" for « Ben Laden »); the surname after the word keeps its
    capital and is no given name itself; and the word is a capitalised common word of the target language (a capital, then lower case)
    that is no title (``titles``), no given name of either language (another person's name, or the first
    name's English form, T104's), no grammar word, no word of the source, spelt like none and no rendering of
    another source word by the lexical model ("Minister Dupont" for « le ministre Jean Dupont »; a rendering
    carrying ``RENDERING_SHARE`` of the word's links or more), the model required as evidence.

    Why: English capitalises a word before a surname when it is a first name or a title; a common word there,
    capitalised, that renders nothing of the source but stands where the first name was, is the first name
    read as a word ("Well" for the Quebec « ben ») or replaced by one, and the person is no longer named.
    The lower-case readings (:func:`_first_name_as_word`) need the model to render the name itself, because a
    word of the sentence often stands before a surname in lower case; a capitalised common word does not."""
    word = r.target.text
    name = r.source.text
    if len(word) < 3 or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    if not name[:1].isupper() or not name[1:].islower() or r.source.initial:
        return False
    toks = r.mention.tokens
    at = next(i for i, t in enumerate(toks) if t is r.source)
    if at > 0 and toks[at - 1].text not in _honorific_renderings(ctx.pair):
        return False  # inside a longer name (« la Maison Blanche Bill Daley »): no first name opens it there
    src, tgt = ctx.source, ctx.target
    key = fold(name)
    if key not in src.first_names_folded and key not in src.dictionary_first_names:
        return False
    if fold(r.neighbour.text) in ctx.pair.first_names_folded:
        return False  # the kept word is a given name itself: the lost word stood before a first name, not a surname
    low = word.lower()
    folded = fold(word)
    if low in tgt.function_words or folded in name_titles(ctx.pair, "target") or folded in ctx.pair.first_names_folded \
            or not tgt.is_common_word(low):
        return False
    kept = _KEPT_AFTER.match(segment.text, r.target.end)
    if kept is None or fold(kept.group(1)) != fold(r.neighbour.text):
        return False  # the surname written right after the word
    if any(folded == fold(t.text) for s in sources for t in segment_words(s.text, src, ctx)):
        return False
    if any(fuzz.ratio(key, fold(w)) >= RESPELT for w in LETTERS_RE.findall(segment.text) if len(w) > 2):
        return False
    return not (_spelt_like_a_source_word(word, name, sources, src)
                or _renders_another_word(word, name, sources, ctx, required=True, share=RENDERING_SHARE))


RENDERING_SHARE = 0.01
"""Share of a source word's links (``p_forward``) from which the model's rendering of it rules out a capitalised
word before a surname as the first name's stand-in: « et » -> well holds 0.0006 of the links of « et » (the "as
well" of a few aligned sentences), which would make "Well Affleck" for « et Ben Affleck » a rendering of « et »."""


def _renders_the_name(word: str, name: str, ctx) -> bool:
    """The target ``word`` is one of the lexical model's renderings of the first name ``name`` read as a common
    word (Marine -> navy, Rose -> pink, Pierre -> stone). Why: the word before a kept surname is most often a word
    of the sentence the model does not list for its inflected source form (« récemment redécouverte » ->
    "recently rediscovered Jobs", « partisan » -> "fan Lehmann"); only a word the name itself gives, or one no
    dictionary knows (:func:`_word_of_neither`), shows that the first name was read as a word."""
    from mtqa.langs.lexmodel import load_lexmodel

    model = load_lexmodel(ctx.source.code, ctx.target.code)
    return model is not None and _model_renders(model, word, name, ctx)


def _spelt_like_a_source_word(word: str, name: str, sources: list[Segment], lang) -> bool:
    """``word`` is spelt like a source word other than the name part ``name`` (rapidfuzz ratio of the folded
    words ``SIMILAR`` or more, four letters or more): the cognate rendering of that word (« a retracé » ->
    "traced"), which the lexical model may not list for the inflected form, moved before the surname when the
    translation dropped the first name and reordered the sentence. A grammar word of the source language
    ``lang`` (its ``function_words``, or one its dictionary tags as such: « elle », « avec ») is no such word:
    it has no capitalised cognate to stand before a surname, so "Well Hagman" for « Elle ... Ben Hagman » is
    the first name read as a word, not « Elle » rendered (T106 reads look-alikes of grammar words the same
    way, ``_like_grammar_words_only``)."""
    key = fold(word)
    return any(fuzz.ratio(key, fold(w)) >= SIMILAR for src in sources for w in LETTERS_RE.findall(src.text)
               if len(w) >= 4 and w != name and not _grammar_word(w.lower(), lang))


def _grammar_word(low: str, lang) -> bool:
    """Lower-case ``low`` is a grammar word of ``lang``: in its ``function_words``, or tagged so by its
    dictionary."""
    return low in lang.function_words or lang.is_dictionary_grammar_word(low)


def _renders_another_word(word: str, name: str, sources: list[Segment], ctx, required: bool = False,
                          share: float = 0.0) -> bool:
    """The target ``word`` is one of the lexical model's renderings of a source word other than the name part
    ``name`` (``sont venus`` -> came; ``chef`` -> leader): a word of the sentence, standing after the first
    name because the surname was dropped, not the surname's stand-in. Why: "Paul came" for « Paul Martin
    sont venus » loses the surname, but "came" renders the verb, and the issue would name the wrong word.
    Without the model, no word is excluded, or every word when the model is ``required`` as evidence. A rendering
    counts from ``share`` of the source word's links (``p_forward``; any by default)."""
    from mtqa.langs.lexmodel import load_lexmodel

    model = load_lexmodel(ctx.source.code, ctx.target.code)
    if model is None:
        return required
    return any(w != name and _model_renders(model, word, w, ctx, share)
               for src in sources for w in LETTERS_RE.findall(src.text))


def _model_renders(model, word: str, source_word: str, ctx, share: float = 0.0) -> bool:
    """The lexical model lists the target ``word`` (by its stem) among its renderings of ``source_word``, with
    ``share`` of its links or more: the one test :func:`_renders_the_name` and :func:`_renders_another_word`
    make of a word."""
    from mtqa.meaning.tokens import stem

    key = stem(word.lower(), ctx.target.code)
    return any(t.stem == key and t.p_forward >= share
               for t in model.translations(stem(source_word.lower(), ctx.source.code)))


_KEPT_AFTER = re.compile(r" +([^\W\d_][^\W\d_.'’-]*)")
"""The word right after a target word, one or more spaces between."""
_KEPT_BEFORE = re.compile(r"([^\W\d_][^\W\d_.]*\.?) +$")
"""The word right before a target word, one or more spaces between (an abbreviated title keeps its period)."""
RESPELT = 60.0
"""Similarity (rapidfuzz ratio of the folded words) from which a target word may be the lost name part
respelt (Poutine, putin; Sychev, Sytchev): the name is then kept, in another spelling."""


def _regnal_numbers(source_word: str, word: str, ctx) -> bool:
    """``source_word`` is a regnal number (a Roman numeral, the source language's "the First" or one of its old
    ordinals, :func:`mtqa.numbers.regnal_value`: « Ier », « Quint ») and ``word`` a Roman numeral. Why: after a
    first name the number is no surname, and English writes the French "Ier" as I and « Quint » as V; a
    different number is another person, which T111 reports with the source's number as its fix (here the
    fix would be the French word itself: "Charles VI" -> "Charles Quint")."""
    return regnal_value(source_word, ctx.source) is not None and roman_value(word) is not None


ROMANISED_MARGIN = 0.25
"""How much more (Zipf) English may write a source name than French does for it to be a romanisation both
presses share (Morsi: 2.66 in English, 2.68 in French; Bush: 4.49 and 3.88 is an English name)."""


def _romanised_otherwise(source: str, target: str, ctx) -> bool:
    """``target`` spells the name ``source`` with other vowels that romanisations interchange
    (``vowel_alternations`` of the pair data: Morsi, Mursi), and is an English romanisation of it:
    attested in English (``ATTESTED``) and written there more than in the source language.

    Why: a name from a language without Latin letters has several accepted spellings; a translator
    who writes the one the English press prefers keeps the name. Only the listed vowel pairs count,
    letter for letter, so a swap for another name (Fillon -> Fallon, Hollande -> Holland) is still
    reported, and only a spelling English knows better than the source language, so a misspelling of
    a French name (Audette -> Audetto) is too.

    A romanised name is also one both presses write alike, and its other spelling no better known than it:
    so the source spelling must be no more English than French (``ROMANISED_MARGIN``: Bush, Miller are
    English names, which have no romanisation: Bosh, Meller are alterations) and the target no more
    frequent in English than the source spelling (Killy -> Kelly swaps a skier for a common name).

    The letters are compared as :func:`_romanisation_letters` writes them (the pair data's ``respellings`` and
    ``single_doubled_letters``): French doubles a consonant to keep its sound (ss between vowels) and writes ou
    for u, English romanisation does neither, so Youssef and Yousif (an English transliteration of the same
    Arabic name) are one name."""
    a, b = _romanisation_letters(source, ctx.pair), _romanisation_letters(target, ctx.pair)
    alternations = ctx.pair.vowel_alternations
    if len(a) != len(b) or not all(x == y or frozenset((x, y)) in alternations for x, y in zip(a, b)):
        return False
    en_target, en_source = ctx.target.zipf(target), ctx.target.zipf(source)
    return (ATTESTED <= en_target <= en_source and en_target > ctx.source.zipf(target)
            and en_source <= ctx.source.zipf(source) + ROMANISED_MARGIN)


_DOUBLED_RE = re.compile(r"(.)\1")


def _romanisation_letters(name: str, pair) -> str:
    """``name`` folded and read as the pair data says romanisations differ (``pair``: a language pair's
    :class:`~mtqa.langs.pair.LanguagePair`): a doubled letter written once (``single_doubled_letters``) and the
    source press's letters respelt (``respellings``: French ou read as u), so the spellings of a name from
    another script differ by nothing but vowels (Youssef, Yousif, Yusif)."""
    letters = fold(name).lower()
    if pair.romanisation_single_doubled:
        letters = _DOUBLED_RE.sub(r"\1", letters)
    for written, read in pair.romanisation_respellings:
        letters = letters.replace(written, read)
    return letters


def _glued_apart(source: str, target: str, segment: Segment, ctx) -> bool:
    """Source word ``source`` is two or more words glued together (a missing space: ``GunneryPaul``) and
    the translation writes them apart: ``target`` (folded) is the first of them and the target has every
    other one too.

    Why: a typo of the source is no name of its own; the part standing next to the kept neighbour is then
    the name's first word, not an alteration of the whole. Every part must be in the target, so a name
    glued by its own spelling that the translation cut short (``LeBlanc`` -> "Le") is still reported."""
    seams = [k for k in range(1, len(source)) if source[k - 1].islower() and source[k].isupper()]
    if not seams or fold(source[:seams[0]]) != target:
        return False
    parts = [source[a:b] for a, b in zip(seams, seams[1:] + [len(source)])]
    present = {fold(t.text.rstrip(".")) for t in segment_words(segment.text, ctx.target, ctx)}
    return all(fold(p) in present for p in parts)


def _cut_by_a_space(source: str, text: str, start: int) -> bool:
    """The translation ``text`` writes the source name ``source`` whole from ``start``, with spaces cut into
    it (``O'Malley`` -> "O 'Malley", "O' Malley"; ``Abdel-Malik`` -> "Abdel - Malik"), apostrophes of either
    shape alike. Why: a tokenised translation spaces a name's apostrophe or hyphen (a typography artefact,
    A-family business); the first piece then stands after the kept first name as if it replaced the name,
    though every letter of the name is there, in order."""
    if " " in source:
        return False
    want = source.replace("’", "'")
    got, k = [], start
    while k < len(text) and len(got) < len(want):
        ch = text[k]
        if not ch.isspace():
            got.append("'" if ch == "’" else ch)
        elif not got or got[-1] not in "'-" and want[len(got)] not in "'-":
            return False  # a space elsewhere than beside the name's apostrophe or hyphen: another word
        k += 1
    return k - start > len(want) and "".join(got) == want


def _letters_written_out(source: str, target: str, lang) -> bool:
    """``target`` is the source name ``source`` with its letters written as the target language writes them
    without their marks (its profile's ``letters_written_out``: German ä as ae, ß as ss), accents and case
    aside: « Julius Bär » -> "Julius Baer". Why: that is the name's own spelling without the marks, which
    English uses for German names and firms; a name replaced keeps no such letter-for-letter tie
    (Müller -> "Miller" is still reported)."""
    spelled = lang.extra.get("letters_written_out")
    low = source.lower()
    if not spelled or not any(ch in spelled for ch in low):
        return False
    return fold("".join(spelled.get(ch, ch) for ch in low)) == fold(target)


def _no_surname_part(source: str, target: str, src) -> bool:
    """The source's part ``source`` is no surname a translation can alter: a grammar word of the source
    language (« Evan Tout-Puissant », a film's title: tout, all, rendered "Almighty"), or a name particle
    (``name_particles.tsv``: von, van, de) that the translation wrote as another particle (« Dave Von
    Ronk » -> "Dave Van Ronk"). Why: a person's surname is no grammar word, and a particle only joins a
    surname that the translation kept after it; read on the newstest references 2010 and 2014, where
    the first-name table's Evan and Dave made persons of them."""
    from mtqa.names.mentions import particles

    low = source.lower()
    if low in src.function_words:
        return True
    found = particles()
    return low in found and target.lower() in found


def _restored(source: str, target: str, ctx) -> bool:
    """``target`` is the usual spelling of the name the source misspelt as ``source``.

    Why: a source spelling known to the frequency tables (Junker is a German word English and French
    both use) is no typo by the unknown-word test, yet the source language's own press may write the
    translation's spelling of the name far more often (Juncker 3.2 against Junker 2.5 in French): then
    the source misspelt a name the translation wrote right. The two spellings must be close
    (``SIMILAR``), the target no common word of the source language (Juppé -> Jupe, a skirt), English at
    least as used to the target's spelling (Kushner is not "restored" to the French Kouchner), and
    neither hyphenated nor elided (the tables read such a word as its parts). The source language's
    preference must also exceed English's by ``RESTORED_MARGIN``: a preference both languages share
    only shows the target is the more common name of the two (Smit/Smith, Schmid/Schmidt,
    Barnier/Bernier), and a translation that swaps a name for a more common one alters it; a person
    of the source's news is what its press writes more than English does (Juncker: French +0.7,
    English +0.1).
    A source spelling the target language writes clearly more than the source language does, and nearly as
    often as the target's spelling, is no misspelling but a name of the target's own news, which the source
    kept as it is (Sebelius: English 2.2, French 1.1; Sibelius, the composer French knows better, 2.4): a
    swap for that better-known name is reported. A misspelling the target's press shares (Zuckerburg) stays
    far below the right name there."""
    if any(c in source + target for c in "-'’") or fuzz.ratio(fold(source), fold(target)) < SIMILAR:
        return False
    if ctx.source.in_dictionary(target.lower()) or ctx.source.is_common_word(target.lower()):
        return False
    source_gap = ctx.source.zipf(target) - ctx.source.zipf(source)
    target_gap = ctx.target.zipf(target) - ctx.target.zipf(source)
    if ctx.target.zipf(source) - ctx.source.zipf(source) >= RESTORED_MARGIN and target_gap < RESTORED_MARGIN:
        return False  # the source spelling is a name of the target's own news (Sebelius), not a misspelling
    return source_gap >= RESTORED_MARGIN and target_gap >= 0 and source_gap - target_gap >= RESTORED_MARGIN


@register
@record
class AnglicisedFirstName(SegmentCheck, _SourceNames):
    """A French first name is replaced by its English equivalent.

    Why it matters: people keep their own first name in English (Guillaume
    Renaud is not William Renaud); only popes, monarchs and saints take the
    English form (le pape François -> Pope Francis, la reine Élisabeth II ->
    Queen Elizabeth II), which the source's title or regnal number shows.
    The everyday English variants count too (Étienne -> Steven as well as
    Stephen, Jacques -> Jack): ``given_names.<pair>.tsv`` lists a name once
    per equivalent. A foreign person whose first name the source writes
    the French way gets their own back in English (Isabelle Bayón, the
    dancer Isabel Bayón): the form of ``foreign_first_names.<pair>.tsv``
    beside a surname with its row's cue is T108's suggestion, not an
    anglicised name.

    Example:
        source: Le club sera dirigé par Guillaume Renaud, 42 ans, et Étienne Morel.
        bad: The club will be run by William Renaud, 42, and Étienne Morel.
        bad: The club will be run by Guillaume Renaud, 42, and Steven Morel.
        good: The club will be run by Guillaume Renaud, 42, and Étienne Morel.
    """

    code = "T104"
    name = "anglicised-first-name"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR
    requires_source = True

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        pair = ctx.pair
        given = _given_variants(pair)
        conventions = convention_titles(pair)
        for r in self.renderings(segment, sources, ctx):
            if fold(r.target.text) not in given.get(fold(r.source.text), ()):
                continue
            source = _source_of(r, sources)
            if self.convention(source, r.mention, conventions) or _after_title_word(source, r.source, conventions):
                continue
            if own_foreign_form(r.source.text, r.target.text, r.neighbour.text, ctx):
                continue  # Isabelle Bayón -> "Isabel Bayón": the person's own first name, which T108 asks for
            yield self.issue(
                segment, r.target.start, r.target.end,
                f"The name “{r.source.text}” is replaced by its {ctx.target.name} equivalent “{r.target.text}”; "
                f"people keep their own first name in {ctx.target.name} (popes, monarchs and saints excepted).",
                r.source.text, confidence=0.85,
            )

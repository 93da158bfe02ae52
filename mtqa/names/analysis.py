"""One pass over a document's names, shared by the name checks.

:func:`analyse` finds every name mention of the target, proposes an English
form for each spelling (:mod:`~mtqa.names.translit`), decides which
spellings are French transliterations, and groups spellings of one entity
(:mod:`~mtqa.names.cluster`). The result is cached on the document pair so
T101, T102 and L301 do the work once.

How a spelling is judged French-transliterated, from most to least evidence:

``strong``
    English usage supports the candidate and not the spelling (wordfreq:
    the candidate is attested in English, at least one Zipf point above the
    spelling, the spelling is more frequent in French than in English and
    not established in English), and the reading used a strong French
    marker (``ou``, ``-ine``, ``iou``) or a weak one (``ch``, ``ss``) in a
    Slavic-looking name or one unseen in English: Rogozine, Saakachvili,
    Tachkent. With two different strong markers a rarer candidate will do
    (Koudrine, Tchernomyrdine: Kudrin and Chernomyrdin are attested but rare), and the spelling needs no
    French usage of its own: two marks only French convention writes show whose spelling it is, even when
    French word lists do not know it (Tchernomyrdine) or French sports pages write the English form more
    (Ovetchkine, where French also writes Ovechkin); so do two marks French spelling writes too (ou, -ine)
    beside a weak one, in a spelling neither language writes (Choubine: Shubin 1.8). A press form
    (Moubarak -> Mubarak) only needs to be the more English spelling of the two. A half-way form, an English
    sign beside a French one ("Shoigou"), is judged against the source's French spelling of the name
    (:func:`_halfway_source`): strong when English writes its reading, ``rules`` otherwise.
``entity``
    Another part of the same person's name is flagged, and the press form
    or candidate is at least as frequent in English: Dmitri in
    "Dmitri Rogozine" (Dmitri alone is also an English spelling).
``rules``
    No frequency evidence either way (a rare name), the spelling is unseen
    in English, it carries a strong French marker (or a weak one in a
    document that already uses French conventions) and no letter French
    transliteration never writes (c, w, í: Czech Kounicová is Czech
    spelling), and it looks Slavic (an ending of ``slavic_cues.tsv``) or
    belongs to a person whose other name part is flagged as Slavic:
    Chipenko, Peressild. Reported at lower confidence.
"""
from __future__ import annotations

import re
from dataclasses import field
from typing import NamedTuple, Optional

from mtqa.langid import screen
from mtqa.model import DocumentPair, Role, Segment
from mtqa.names.cluster import Cluster, clusters
from mtqa.langs import fold, language
from mtqa.langs.data import alternation, table
from mtqa.names.mentions import Mention, Token, may_spell_name, segment_mentions, text_words
from mtqa.names.script_cues import cued_scripts, english_reading
from mtqa.names.translit import ROMANISATION_KEY_MIN, Romanisation, Transliterator, first_name_rows_of, transliterator
from mtqa.langs.cache import TABLES, memoize
from mtqa.records import record

_WORD = re.compile(r"[^\W\d_]+")
"""A run of letters: the words of a source text a spelling is looked up among (:func:`_copied_from`)."""

STRONG_MIN_EN = 1.5
"""Zipf frequency in English the candidate needs to count as attested."""
STRONG_MARGIN = 1.0
"""How much more frequent (Zipf points) in English the candidate must be than the spelling."""
UNSEEN_EN = 1.0
"""Below this Zipf frequency in English a spelling counts as unseen in English."""
ATTESTED_EN = 1.0
"""With two different strong French markers (Koudrine: ou, -ine) the candidate needs only to be attested
in English this much (Kudrin 1.45, Chernomyrdin 1.42): two marks only French convention writes are
evidence enough that the spelling is the French one, so such a spelling also needs no French frequency
of its own and may be rarer in French than the candidate (:func:`_strong`)."""
FRENCH_TOLERANCE = 0.3
"""The spelling must be about as frequent in French as the candidate or more (French usage prefers
it): Taïa (1.5 in French) is not the French spelling of Taya (2.0), another name."""


GIVEN_KEY_MIN = 4
"""Consonants the romanisation key of a given name beside a spelling needs to mark that spelling as East Slavic
(Dmytro: dmitr, Alexandre: aliksandr): keys of three are other languages' given names too (German Georg, Czech
Petr and Pavel, whose surnames write ou natively: Paroubek). The spelling's own key needs only
``ROMANISATION_KEY_MIN`` (Andriï: andr), since the spelling itself carries the French mark."""


class Occurrence(NamedTuple):
    """Where a spelling stands: its segment, the mention, and the token (a tuple: one per name word)."""

    segment: Segment
    mention: Mention
    token: Token


@record(frozen=True)
class Verdict:
    """Why a spelling is taken for a French transliteration, and its English form."""

    form: str
    english: str
    level: str
    reason: str
    rom: Romanisation
    slavic: bool = False
    """The name is East Slavic (ending, or a Russian press form): evidence for the rest of the name."""


@record
class DocumentNames:
    mentions: dict[int, list[Mention]] = field(default_factory=dict)
    """Segment index -> its mentions, for the segments that have a spelling of three letters or more and
    are not left in the source language."""
    occurrences: dict[str, list[Occurrence]] = field(default_factory=dict)
    romanised: dict[str, Romanisation] = field(default_factory=dict)
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    clusters: list[Cluster] = field(default_factory=list)
    french_convention: bool = False

    def cluster_of(self, form: str) -> Optional[Cluster]:
        for cl in self.clusters:
            if form in cl.forms:
                return cl
        return None

    def english(self, form: str) -> Optional[str]:
        """The spelling to use instead of ``form``, when ``form`` is flagged by any name check."""
        cl = self.cluster_of(form)
        if cl is not None and form != cl.preferred:
            return cl.preferred
        verdict = self.verdicts.get(form)
        return verdict.english if verdict else None


def analyse(pair: DocumentPair, ctx) -> DocumentNames:
    """The name analysis of ``pair``'s target, computed once per pair."""
    cached = pair.cache.get("names")
    if cached is None:
        cached = _analyse(pair, ctx)
        pair.cache["names"] = cached
    return cached


def _analyse(pair: DocumentPair, ctx) -> DocumentNames:
    src, tgt = ctx.source, ctx.target
    trans = transliterator(src.code, tgt.code)
    doc = DocumentNames()
    occurrences = doc.occurrences
    for seg in pair.target.segments:
        if not may_spell_name(text_words(seg.text, ctx), tgt.code):
            continue  # no name word of three letters can be read there (a necessary condition, two in five)
        found = segment_mentions(seg.text, tgt, ctx)
        spelled = [(m, tok) for m in found for tok in m.tokens if len(tok.text) >= 3 and not tok.text.endswith(".")]
        if not spelled:
            # nothing to record: without a spelling of three letters or more no form of the document and
            # no verdict can come from this segment (and T102 finds no verdict for its mentions either)
            continue
        if looks_like_source(seg.text, ctx):
            continue  # an untranslated sentence is A201's; its French names are no evidence
        doc.mentions[seg.index] = found
        for m, tok in spelled:
            occ = Occurrence(seg, m, tok)
            try:
                occurrences[tok.text].append(occ)
            except KeyError:
                occurrences[tok.text] = [occ]
    doc.romanised = {form: trans.english_form(form) for form in doc.occurrences}
    _judge(doc, trans, src.name, tgt.name, src.code, _copied_from(pair))
    doc.clusters = clusters(doc.occurrences, doc.romanised, tgt.name, src.is_common_word)
    return doc


def looks_like_source(text: str, ctx) -> bool:
    """Mostly source-language function words (an untranslated sentence); once per target text."""
    return ctx.memo("names.looks_like_source", text, lambda: _looks_like_source(text, ctx))


def _looks_like_source(text: str, ctx) -> bool:
    if len(text.split()) < 4:
        return False
    split = text_words(text, ctx)
    if not split.chained and not _source_evidence(split.words, text, ctx):
        return False  # the screen counts no source word here: its share is 0
    return screen(text, ctx.source, ctx.target) >= 0.5


def _source_evidence(words: list[str], text: str, ctx) -> bool:
    """Whether :func:`~mtqa.langid.screen` would count a source word among ``words`` (``text``'s words, unless
    the text has a word with two apostrophes): a function word of the source only, or an elided one
    (``l’``). Most translations have none, and their share of source words is then 0 without the screen."""
    if not ctx.pair.source_only_function_words.isdisjoint(map(str.lower, words)):
        return True
    # an elided word has an apostrophe: only the words with one are read (none in most translations),
    # not every word lower-cased and looked at in Python
    if "'" not in text and "’" not in text:
        return False
    elided = [w for w in words if "'" in w or "’" in w]
    elisions = ctx.source.word_set("elisions")
    return any(w.lower().replace("’", "'").partition("'")[0] in elisions for w in elided)


class _SourceWords:
    """The words of a pair's source, read once, when first asked; none without a source. Called with a spelling:
    whether the source writes it (a copy)."""

    def __init__(self, pair: Optional[DocumentPair]):
        self._pair, self._words = pair, None

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            source = self._pair.source if self._pair is not None else None
            self._words = frozenset(_WORD.findall(" ".join(seg.text for seg in source.segments))) \
                if source is not None else frozenset()
        return self._words

    def __call__(self, form: str) -> bool:
        return form in self.words

    def writes_any(self, words: frozenset[str]) -> bool:
        """Whether the source writes one of ``words`` as a word of its own: ``not words.isdisjoint(self.words)``,
        answered by searching the source for ``words`` alone while its words are not read (:func:`_word_finder`).

        Why: the country cue of :func:`_cyrillic_source` is asked of every document with a name to judge, and
        it was what read a source's words in nine of ten documents (WMT14's 24,024 pairs: 1,408 documents,
        the 176 sources read again for each of the 8 systems), each a split of the whole source into a set
        (~0.14 ms); a search for eleven country names is a few microseconds. The same answer: a word of the
        set is a maximal run of letters, which the finder matches with a letter neither before nor after."""
        if self._words is not None:
            return not words.isdisjoint(self._words)
        source = self._pair.source if self._pair is not None else None
        finder = _word_finder(words) if source is not None else None
        if finder is None:
            return False
        screen, exact = finder
        text = " ".join(seg.text for seg in source.segments)
        return screen.search(text) is not None and exact.search(text) is not None


    @property
    def headline(self) -> str:
        """The text of the source's headline (the segment whose role is ``Role.HEADLINE``: what the article is
        about), "" when the source has none. Why not the first segment: a source without a headline opens with
        a body sentence, where a country named in passing (« de retour d'Iran ») says nothing of the article's
        names. The readers mark the headline: a text file's first line, a table's title field or a document's
        first row of several."""
        source = self._pair.source if self._pair is not None else None
        if source is None:
            return ""
        return next((seg.text for seg in source.segments if seg.role is Role.HEADLINE), "")


@memoize(TABLES)
def _word_finder(words: frozenset[str]) -> Optional[tuple[re.Pattern, re.Pattern]]:
    """(screen, finder) of the letter-run words among ``words`` (those :data:`_WORD` can split out whole), or None
    when there are none: the finder matches one of them standing as a whole run of letters (no letter on
    either side), the screen the same words anywhere. Why two: a pattern that opens with a lookbehind is
    tried at every position of the text, while a plain alternation lets the engine skip to the places
    where one of its first letters stands (~7x faster on news sentences); the screen answers most texts
    (which name none of the words) alone."""
    runs = sorted(w for w in words if _WORD.fullmatch(w))
    if not runs:
        return None
    any_of = alternation(runs)
    return re.compile(any_of), re.compile(rf"(?<![^\W\d_])(?:{any_of})(?![^\W\d_])")


def _copied_from(pair: DocumentPair) -> _SourceWords:
    """Whether a spelling is a word of the pair's source (read once, when first asked); False without a source."""
    return _SourceWords(pair)


def _halfway_source(trans: Transliterator, form: str, r: Romanisation, copied) -> Optional[str]:
    """The source's French spelling of the name ``form`` mends half-way, or None.

    A half-way form has a sign only English romanisation writes and one only French transliteration writes
    ("Shoigou": sh and ou; "Mishoustine": sh, ou and -ine): machine translation mended one letter of the French
    spelling (« Choïgou », « Michoustine ») and kept the others. Neither language writes it (under ``UNSEEN_EN``
    in English and in French), and the evidence whose name it is comes from the source: a word of the source
    with French signs and no English one that reads as the same Cyrillic. Why not frequency alone: an English
    spelling of an Arabic name writes sh and ou too (Ashour, Shoukry), and is one English writes."""
    if not r.changed or r.foreign or r.en_word >= UNSEEN_EN or r.fr_word >= UNSEEN_EN or copied(form) \
            or not isinstance(copied, _SourceWords) or not copied.words:
        return None
    if not (trans.english_signs(form) and trans.french_signs(form)):
        return None
    cyrillic = {reading.cyrillic for reading in trans.readings(form)}
    for word in sorted(copied.words):
        if word[:1].isupper() and len(word) >= 3 and trans.french_signs(word) and not trans.english_signs(word) \
                and not cyrillic.isdisjoint(reading.cyrillic for reading in trans.readings(word)):
            return word
    return None


def _halfway_slavic(doc: DocumentNames, form: str, french: str, r: Romanisation, source_code: str,
                    target_code: str) -> bool:
    """Evidence that the name a half-way ``form`` mends (the source's ``french``) is East Slavic, which its
    Cyrillic reading is not: French writes ou and ch for Arabic names too (« Choubra », « Bouchra », « Chouaïb »,
    « Chourouk »), whose English spellings keep ou ("Shoubra", "Boushra" are English too) where Russian ones never
    do. Either the person is Slavic (a Slavic given name before the name in its mention, or another part of the
    name already flagged as Slavic: "Sergei Shoigou", "Mikhail Mishoustine"), or the source's spelling ends like a
    Slavic surname and English writes the reading (« Prigojine »: Prigozhin 1.2, « Choubine »: Shubin 1.8). The
    ending alone is not enough: -ouk is Ukrainian and Arabic (« Chourouk »: Shuruk, which English does not write;
    the paper is Al-Shorouk), -ine is Arabic and French too (Yassine). Other Slavic names of the document are no
    evidence either: an article about Moscow and Cairo names people of both."""
    if slavic(french) and r.en_english >= ATTESTED_EN:
        return True
    partner = _flagged_partner(doc, form)
    if partner is not None and partner[1].slavic:
        return True
    if _lone_reading_attested(doc, form, french, r, source_code, target_code):
        return True
    # the form already reads as the source's spelling of a Cyrillic name, so a given name of three consonants
    # (Sergei, Mikhail) is evidence enough; alone, such keys are German or Czech names too (GIVEN_KEY_MIN)
    return _slavic_given_name(doc, form, source_code, target_code, given_key_min=ROMANISATION_KEY_MIN)


def _lone_reading_attested(doc: DocumentNames, form: str, french: str, r: Romanisation, source_code: str,
                           target_code: str) -> bool:
    """A surname (« M. Choïgou », "Mr. Shoigou") whose Cyrillic reading English writes at T102's strong
    threshold (``STRONG_MIN_EN`` and ``STRONG_MARGIN`` over the half-way form: Shoigu 1.6), which is no given name
    of either language's tables or dictionaries (« Bouchra »: Bushra 1.9 is an Arabic given name English writes)
    and stands in no mention with an Arabic particle or given name (:func:`_arabic_name`).

    Why: the Slavic given name or ending :func:`_halfway_slavic` otherwise needs is absent from a surname named
    alone after a title, the way news names a minister the second time; English writing the reading is what
    tells a Russian name from an Arabic one French spells with ou and ch (Shubra 1.3, Shuaib 1.3: places and
    names English writes little under that spelling, and Shuruk not at all). Nothing here asks that the surname
    stand alone: one beside a given name is read the same way (the Slavic given name would have told too, in
    :func:`_slavic_given_name`, which :func:`_halfway_slavic` asks after this)."""
    if r.en_english < STRONG_MIN_EN or r.en_english - r.en_word < STRONG_MARGIN or _arabic_name(doc, form):
        return False
    people = _given_names(source_code, target_code)
    return not any(fold(w).lower() in people for w in (form, french, r.english))


@memoize(TABLES)
def _given_names(source_code: str, target_code: str) -> frozenset[str]:
    """The given names of both languages' tables and dictionaries and of the Arabic table, one set made once per
    pair: :func:`_lone_reading_attested` built this union of about 3,200 names on every call."""
    src, tgt = language(source_code), language(target_code)
    return frozenset(src.first_names | tgt.first_names | src.dictionary_first_names | tgt.dictionary_first_names
                     | _arabic_given_names())


def _english_spelling(trans: Transliterator, form: str, copied) -> bool:
    """``form`` has a sign only English romanisation writes (:meth:`Transliterator.english_signs`: sh, zh, a glide
    y inside the word) and is not the source's own spelling copied: the translation wrote the name the English way
    (Tsikhanouskaya for « Tikhanovskaïa »: the Belarusian name's English form, whose ou is o + ў). A spelling the
    source writes too is a copy, whatever its letters: the French press mixes conventions (« Pouchkinskaya »: ou
    and ch are French, -aya English), and a translation that keeps it keeps the French form. Nor is a spelling that
    still has a French sign (:meth:`Transliterator.french_signs`: "Shoigou", "Mishoustine", "Prigozhine" mend one
    letter of the French form and keep its ou or -ine)."""
    return bool(trans.english_signs(form)) and not trans.french_signs(form) and not copied(form)


def _judge(doc: DocumentNames, trans: Transliterator, src: str, tgt: str, source_code: str,
           copied=lambda form: False) -> None:
    roms = doc.romanised
    diaeresis = trans.diaeresis_letters
    for form, r in roms.items():
        if _strong(form, r, source_code, trans.native_marks) or _diaeresis_only(form, r, source_code, diaeresis):
            doc.verdicts[form] = Verdict(form, r.english, "strong", _strong_reason(r, trans, src, tgt), r,
                                         _is_slavic(form, r))
    for form, r in roms.items():
        if form in doc.verdicts:
            continue
        french = _halfway_source(trans, form, r, copied)
        if french is not None and _halfway_slavic(doc, form, french, r, source_code, trans.target):
            level = "strong" if r.en_english >= ATTESTED_EN and r.en_english - r.en_word >= STRONG_MARGIN else "rules"
            reason = (f"“{form}” mixes {tgt} romanisation ({', '.join(sorted(trans.english_signs(form)))}) with "
                      f"{src} rules ({_markers(r, trans)}), a spelling neither writes, of the name the source spells "
                      f"« {french} »; the {tgt} transliteration is “{r.english}”"
                      + (f" (word frequency {r.en_english:.1f} in {tgt})." if r.en_english > 0 else "."))
            doc.verdicts[form] = Verdict(form, r.english, level, reason, r, _is_slavic(form, r))
    doc.french_convention = any(v.rom.strong - {"press-form"} for v in doc.verdicts.values())
    for form, r in roms.items():
        if r.how == "convention" and form not in doc.verdicts and _arabic_name(doc, form):
            doc.verdicts[form] = Verdict(form, r.english, "strong", _strong_reason(r, trans, src, tgt), r)
    doc_slavic = any(v.slavic and v.level == "strong" for v in doc.verdicts.values())
    # a source naming a country of Cyrillic names lets one Slavic mark count (Gultcha: tch), but not a given name
    # French writes too: beside Svetlana, the Abkhaz Kvarchia of a newstest reference is English (ch for ч); nor
    # in a name French writes itself (Maryne, Évelyne, Mayoux: :func:`_french_written`), not even in a document
    # read as East Slavic by frequency: Iouri Borodavko, the Russian coach, says nothing of the French skier
    # Maryne Bouyer he speaks of, whose own marks are one each (md77c, rv77a item 1)
    cue = _cyrillic_source(trans, copied)
    for _ in range(3):  # entity evidence spreads along names; two rounds reach a fixpoint in practice
        added = False
        for form, r in roms.items():
            if form in doc.verdicts or not r.changed:
                continue
            partner = _flagged_partner(doc, form)
            slavic_partner = partner is not None and partner[1].slavic
            french = r.strong - {"press-form"} or (r.weak and doc.french_convention)
            # a Slavic ending counts in a spelling with no English sign: a half-way one ("Shourouk", the Arabic
            # « Chourouk » whose -ouk is no Ukrainian -юк) is Slavic only on :func:`_halfway_slavic`'s evidence
            if r.en_word < UNSEEN_EN and french and not r.foreign and not _english_spelling(trans, form, copied) and (
                    slavic_partner or (slavic(form, strong_only=True) and not trans.english_signs(form))
                    or _slavic_marks(r, trans.slavic_marks)
                    or _slavic_marks(r, trans.slavic_marks, 1)  # the cheap test first (rr76-a)
                    and (doc_slavic or cue) and not _french_written(trans, form, source_code)
                    or _slavic_given_name(doc, form, source_code, trans.target, doc_slavic)):  # the dearest last
                why = (f"part of the name {partner[0]}, which is {src}-transliterated" if slavic_partner
                       else "a Slavic name")
                reason = _rules_reason(r, trans, why, src, tgt)
                doc.verdicts[form] = Verdict(form, r.english, "rules", reason, r, True)
                added = True
            elif slavic_partner and (r.how == "press-form" or r.markers) and r.en_english >= r.en_word:
                reason = (f"“{form}” belongs to the name {partner[0]}, which is {src}-transliterated; "
                          f"{tgt} usage writes “{r.english}”.")
                doc.verdicts[form] = Verdict(form, r.english, "entity", reason, r, True)
                added = True
        if not added:
            break
    _script_verdicts(doc, trans, source_code, src, tgt, copied)
    if not doc.verdicts:
        return  # weak evidence counts only in an article that already spells a name the French way
    # the weak evidence spreads by the same test as the country cue: a verdict may rest on the cue alone
    # (Gultcha), and a name French writes itself (Maryne, Bouyer) is no copy of it, whatever the document
    for form, r in list(roms.items()):
        if form not in doc.verdicts and _unseen_in_english(r, source_code) \
                and not _english_spelling(trans, form, copied) \
                and not _french_written(trans, form, source_code):
            reason = _rules_reason(r, trans, f"a spelling {tgt} never writes, of a name {tgt} writes", src, tgt)
            doc.verdicts[form] = Verdict(form, r.english, "rules", reason, r, _is_slavic(form, r))


def _script_verdicts(doc: DocumentNames, trans: Transliterator, source_code: str, src: str, tgt: str,
                     copied) -> None:
    """Verdicts on the names of an article whose source headline names a country of a script the pair lists
    (Jordanie, Iran, Éthiopie, Ouzbékistan, Japon: :mod:`mtqa.names.script_cues`), read by that script's French
    marks. The headline, not any sentence: it says what the article is about, while a country named in passing
    (Égypte in a story about an English nurse of the Great War) says nothing of the names of the article; on the
    newstest references a passing mention drew Farmborough, Karabadjakian and Sedjiu, the headline none.

    Why here, after the Cyrillic readings: those romanise through Russian letters, which Arabic or Amharic names
    do not have (Oualid read as Уалид gives "Ualid"; English writes Walid), and their evidence is frequency or a
    Slavic ending, which a rare Uzbek or Ethiopian name lacks. The country is the evidence the letters cannot be:
    Bouchard, Chevalier write ou and ch too, so a name French writes itself is never read (:func:`_french_written`),
    nor one with a sign only English romanisation writes (sh, zh). Strong: English writes the reading, the spelling
    far less (``STRONG_MIN_EN``, ``STRONG_MARGIN``) and French writes the spelling as much as English or more (Achraf:
    Ashraf). Rules: neither language writes the spelling (``UNSEEN_EN``), a rare name, and a mark English
    romanisation of the script never writes is in it (Habtamou: ou; not Chelimo, whose ch English writes too),
    in the source's spelling copied (a form the source does not write, Ouaddai for « Ouaddaï », was respelt)."""
    if not isinstance(copied, _SourceWords) or not copied.words:
        return
    cued = cued_scripts(copied.headline, source_code, trans.target)
    if not cued:
        return
    for form, r in doc.romanised.items():
        if form in doc.verdicts or not form[:1].isupper() or _french_written(trans, form, source_code) \
                or trans.english_signs(form) or _french_given_name_before(doc, form, source_code):
            continue
        for script in cued:
            reading = english_reading(form, script, trans.target)
            if reading is None:
                continue
            marks = ", ".join(reading.marks)
            if reading.attested and not _english_name(reading, source_code, trans.target):
                continue
            if reading.attested and reading.en_english >= STRONG_MIN_EN \
                    and reading.en_english - r.en_word >= STRONG_MARGIN and r.fr_word >= max(r.en_word, UNSEEN_EN):
                reason = (f"“{form}” is romanised by {src} rules ({marks}) in an article about a country whose "
                          f"names come through {script.name} script; {tgt} usage writes “{reading.english}” (word "
                          f"frequency {reading.en_english:.1f} in {tgt} against {r.en_word:.1f}).")
                doc.verdicts[form] = Verdict(form, reading.english, "strong", reason, r)
                break
            if r.en_word < UNSEEN_EN and r.fr_word < UNSEEN_EN and reading.french - script.shared and copied(form) \
                    and not form.lower().endswith(script.native_endings):
                reason = (f"“{form}” looks romanised by {src} rules ({marks}) in an article about a country whose "
                          f"names come through {script.name} script; the {tgt} transliteration is "
                          f"“{reading.english}”.")
                doc.verdicts[form] = Verdict(form, reading.english, "rules", reason, r)
                break


def _english_name(reading, source_code: str, target: str) -> bool:
    """The English reading of a spelling is a name English writes, not a word of its dictionary in lower case
    (Rouch read as "rush"), and English writes it more than French does (Coutou read as "Coutu", a name French
    writes more: the spelling is no French rendering of an English name). Why: the reading is chosen by English
    word frequency alone, which counts common words and names both languages share."""
    low = reading.english.lower()
    if language(target).in_dictionary(low):
        return False
    return reading.en_english > language(source_code).zipf(low)


def _french_given_name_before(doc: DocumentNames, form: str, source_code: str) -> bool:
    """``form`` follows, in one of its mentions, a given name of the source language's tables that the Arabic table
    does not hold (Paul, Jean, Marie; not Mohamed, Youssef, which French tables hold too): the person is one the
    source language names itself (Paul Bourdan, a French aid worker in an article about Iran), whose ou and dj are
    that language's own spelling. Why the Arabic table is set apart: French tables list the given names of France's
    Arabic-speaking families, which tell nothing against an Arabic name."""
    first, arabic = language(source_code).first_names, _arabic_given_names()
    for occ in doc.occurrences.get(form, ()):
        for tok in occ.mention.tokens:
            if tok.start >= occ.token.start:
                break
            word = fold(tok.text).lower()
            hyphen = occ.segment.text[tok.end:tok.end + 1] in ("-", "\u2011")  # one compound name: Jana-Kourgan
            if word in first and word not in arabic and not hyphen:
                return True
    return False


def _cyrillic_source(trans: Transliterator, copied) -> bool:
    """The source names a country whose names reach the source language through Cyrillic (the pair's
    ``cyrillic_countries``: Russie, Kirghizistan). Why: an article about Osh or Zhytomyr is one of Cyrillic
    names even when none of them has a Slavic ending for the frequencies to confirm (Gultcha, Kyrgyz), so it is
    read as an article whose names are already East Slavic for one mark only that transliteration writes (not for
    the given-name route, whose ch and j English writes too)."""
    if not trans.cyrillic_countries or not isinstance(copied, _SourceWords):
        return False
    return copied.writes_any(trans.cyrillic_countries)


def _french_written(trans: Transliterator, form: str, source_code: str) -> bool:
    """``form`` is a name the source language writes itself: a given name of its tables or dictionary, a word of
    its dictionary, a letter its transliteration of Cyrillic never writes (è, ç: the pair's ``native_letters``),
    or an ending its own names write that holds a Slavic mark (the pair's ``native_name_endings``: Jocelyne,
    Leroux). Why: the country cue of :func:`_cyrillic_source` is the weakest evidence :func:`_judge` takes, one
    mark in a rare name, and yne and you are French spellings too: an article about Russia names French people
    (the skier Maryne Bouyer, the MEP Évelyne Gebhardt, Jean-Paul Mayoux who lives in Ukraine). A document whose
    names are read as East Slavic by frequency keeps the one-mark route (Novodievitchi beside Gorbatchev) for
    names French does not write; one it writes keeps its own evidence only (Maryne Bouyer beside Iouri).

    Where it applies: to the one-mark route only with the country cue, and to the weak evidence that spreads from a
    verdict (:func:`_unseen_in_english`) in every document, a Slavic one too (md77c): in an article on Hosni
    Moubarak, Chérif and Gausse are not read as French spellings of Sherif and Gause (English writes "Cherif" as
    well)."""
    source = language(source_code)
    lower = form.lower()
    if lower in source.first_names or lower in source.dictionary_first_names or source.in_dictionary(form):
        return True
    return not trans.native_letters.isdisjoint(lower) or lower.endswith(trans.native_name_endings)


def _unseen_in_english(r: Romanisation, source_code: str) -> bool:
    """Weak evidence, read last so that it spreads to no other name, and only in an article where another name
    is already read as French-transliterated (a French name with ss or ch, Gausse or Nacher, in an article with
    none is left alone): the spelling has a French mark and is unknown to English word frequencies, while its
    English reading, found by frequency, is a word English writes, if rarely (Raïssi: Raisi 1.23, Pachinian:
    Pashinyan 1.48, Zaporijjia: Zaporizhzhya 1.13, the one spelling the frequencies know; all below
    :data:`STRONG_MIN_EN`). A name English writes the French way too (Aliev, Massoud) is seen in English and
    left alone; a reading no English text attests (a scheme's guess) is no evidence here, and neither is one
    the source language writes more than English (Séoul read as Seul, French for alone). A spelling French
    writes yields, as in :func:`_strong`, to a reading French writes more (Taïa 1.5, Taya 2.0: another name)."""
    if not (r.how == "frequency" and r.changed and (r.strong or r.weak) and r.en_word == 0.0
            and r.en_english >= ATTESTED_EN):
        return False
    in_source = language(source_code).zipf(r.english)
    return in_source <= r.en_english and not (r.fr_word > 0.0 and r.fr_word < in_source - FRENCH_TOLERANCE)


def _diaeresis_only(form: str, r: Romanisation, source_code: str, diaeresis: frozenset[str]) -> bool:
    """The spelling differs from a form English writes by a diaeresis alone (Khameneï, Hokkaïdo, Mykolaïv),
    English never writes it (``UNSEEN_EN``), English writes the bare form (``ATTESTED_EN``) and the source
    language's dictionary does not know the spelling (French first names keeping the diaeresis, Naïma,
    Thaïs, Loïc, are in it). The letters are the same, so no other name can be meant (why :func:`_strong`
    asks French usage of the spelling over the candidate), and the diaeresis is the source's orthography:
    evidence enough that the form was copied from it."""
    if r.how != "frequency" or r.weak or not r.strong or fold(r.english) != fold(form):
        return False
    if any(m.partition(">")[0] not in diaeresis for m in r.strong):
        return False
    return r.en_word < UNSEEN_EN and r.en_english >= ATTESTED_EN and r.en_english - r.en_word >= STRONG_MARGIN \
        and not language(source_code).in_dictionary(form)


@memoize(TABLES)
def _arabic_particles() -> frozenset[str]:
    return frozenset(row["particle"].lower() for row in table("name_particles.tsv")
                     if "arabic" in row.get("languages", "").lower())


@memoize(TABLES)
def _arabic_given_names() -> frozenset[str]:
    return frozenset(fold(row["name"]).lower() for row in table("arabic_given_names.tsv"))


def _arabic_name(doc: DocumentNames, form: str) -> bool:
    """``form`` stands in a name with an Arabic particle (« Mohammed ben Salmane », « al-Burhane »:
    ``name_particles.tsv``) or beside an Arabic given name (« Mohamed Hamdane Daglo », « Abdel Karim
    Chaabane »: ``arabic_given_names.tsv``): the French spelling conventions of Arabic names (Transliterator
    convention readings) apply to it, where a name without one may be a French given name (Albane, Océane)."""
    particles = _arabic_particles()
    given = _arabic_given_names()
    folded = fold(form).lower()
    for occ in doc.occurrences.get(form, ()):
        words = occ.mention.text.replace("-", " ").replace("\u2011", " ").lower().split()
        if not particles.isdisjoint(words):
            return True
        if any(f in given and f != folded for f in (fold(w).lower() for w in words)):
            return True
    return False


def _strong(form: str, r: Romanisation, source_code: str, native_marks: frozenset[str] = frozenset()) -> bool:
    """English usage supports the candidate over the spelling, and the spelling is French convention.
    ``native_marks``: the Latin sides of the strong marks the source's own spelling writes too (the pair's
    ``native_marks``: ou, -ine); two marks free the spelling from needing French usage only when one of them
    is not among these (Tchernomyrdine: tch; not Douine, a French surname)."""
    if not r.changed or not r.markers or r.how == "convention":
        return False  # no sign the spelling is French convention (an Arabic name's is read by _arabic_name)
    marks = r.strong - {"press-form"}
    two_marks = len(marks) >= 2
    foreign_two = two_marks and any(m.partition(">")[0] not in native_marks for m in marks)
    # a third French sign, a weak one (ch, j, ss), beside two the source's own spelling writes too, in a spelling
    # neither language writes, whose reading English does write: Choubine (ch, ou, -ine; Shubin 1.8), not a French
    # surname with ou and -ine alone (Douine)
    unseen_two = two_marks and bool(r.weak) and r.how == "frequency" and r.fr_word < UNSEEN_EN \
        and r.en_word < UNSEEN_EN and r.en_english >= STRONG_MIN_EN
    if r.fr_word <= r.en_word and not (foreign_two and r.how != "press-form") and not unseen_two:
        return False  # no sign the spelling is French usage, and no two French marks either
    if r.how == "press-form":  # curated: the press form only needs to be the more English of the two
        return r.en_english > r.en_word
    if r.en_word >= UNSEEN_EN:
        return False  # English writes this spelling too (Kouchner, Abou): an established name
    if r.en_english - r.en_word < STRONG_MARGIN:
        return False
    if r.en_english < STRONG_MIN_EN and not (two_marks and r.en_english >= ATTESTED_EN):
        return False
    if not (foreign_two or unseen_two) and r.fr_word < language(source_code).zipf(r.english) - FRENCH_TOLERANCE:
        return False  # French writes the candidate more: another name (Taïa, Taya), unless two marks say whose
    if r.strong - {"press-form"}:
        return True
    # weak markers only (ch, ss, j): ambiguous unless the name looks Slavic
    return slavic(form, strong_only=True)


def _slavic_marks(r: Romanisation, slavic_marks: frozenset[str], least: int = 2) -> bool:
    """Two different strong marks, one of them written only for East Slavic letters (the pair's
    ``slavic_marks``: tch, iou): Latchine (tch, -ine) is Лачин although its ending -ine is shared with
    Arabic and French names; Ouaddaï (ou, ï) is not read so, French writes both in African names.
    ``least`` 1: that one mark alone, which :func:`_judge` accepts only in a document whose names are
    already read as East Slavic by frequency (Novodievitchi beside Gorbatchev)."""
    marks = {m.partition(">")[0] for m in r.strong - {"press-form"}}
    return len(marks) >= least and not marks.isdisjoint(slavic_marks)


def _slavic_given_name(doc: DocumentNames, form: str, source_code: str, target_code: str,
                       doc_slavic: bool = False, given_key_min: int = GIVEN_KEY_MIN) -> bool:
    """``form`` is, or stands in one mention beside, an East Slavic given name (a row of
    ``russian_diminutives.tsv``, in any romanisation: Dmytro, Andriï), before it, that the source language's dictionary
    does not know: the person is East Slavic, so French marks in the name (Loubinets, Kouleba: ou) are French
    transliteration of Cyrillic letters. A given name French uses too (Alexandre, Ivan, Anna, Dmitri) counts
    only in a document whose names are already read as East Slavic by frequency (``doc_slavic``: a strong
    verdict on a Slavic name, Roublev, Khatchanov beside Alexandre Boublik): alone it is French people's
    name too (Alexandre Bourdin). A name with no such partner is left alone whatever the document (Assimi
    Goïta beside Sergueï Lavrov: West African and Arabic names keep French letters in English). ``given_key_min``:
    the consonants a given name before ``form`` needs (:data:`GIVEN_KEY_MIN`; fewer where ``form`` already reads
    as the source's Cyrillic-read spelling, :func:`_halfway_slavic`)."""
    source = language(source_code)
    for occ in doc.occurrences.get(form, ()):
        for tok in occ.mention.tokens:
            if tok.start > occ.token.start:
                break  # a given name stands before the names it is given with (not « Ingtours Petr Schiefert »)
            word = tok.text
            if len(word) >= 3 and (doc_slavic or not source.in_dictionary(word)) \
                    and first_name_rows_of(word, source_code, target_code,
                                           ROMANISATION_KEY_MIN if tok.start == occ.token.start else given_key_min):
                return True
    return False


def _is_slavic(form: str, r: Romanisation) -> bool:
    return slavic(form) or (r.how == "press-form" and bool(r.cyrillic))


def _flagged_partner(doc: DocumentNames, form: str) -> Optional[tuple[str, Verdict]]:
    """A flagged other part of a name ``form`` belongs to, with the mention text (a Slavic one first)."""
    found = None
    for occ in doc.occurrences.get(form, ()):
        for tok in occ.mention.tokens:
            verdict = doc.verdicts.get(tok.text) if tok.text != form else None
            if verdict is not None:
                if verdict.slavic:
                    return f"“{occ.mention.text}”", verdict
                found = found or (f"“{occ.mention.text}”", verdict)
    return found


@memoize(TABLES)
def _slavic_endings() -> tuple[tuple[str, bool], ...]:
    rows = [(row["ending"].lower(), row.get("strength", "strong") != "weak") for row in table("slavic_cues.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


def slavic(form: str, strong_only: bool = False) -> bool:
    """The spelling ends like an East Slavic (or Georgian) surname; ``strong_only``: not a shared ending.
    Accents are French spelling, not part of the ending (Chevardnadzé ends in -dze)."""
    low = fold(form)
    for ending, strong in _slavic_endings():
        if low.endswith(ending) and len(low) >= len(ending) + 3:
            return strong or not strong_only
    return False


def _markers(r: Romanisation, trans: Transliterator) -> str:
    return ", ".join(sorted({trans.describe(m) for m in r.markers}))


def _strong_reason(r: Romanisation, trans: Transliterator, src: str, tgt: str) -> str:
    return (f"“{r.word}” is romanised by {src} rules ({_markers(r, trans)}); {tgt} usage writes "
            f"“{r.english}” (word frequency {r.en_english:.1f} in {tgt} against {r.en_word:.1f}).")


def _rules_reason(r: Romanisation, trans: Transliterator, why: str, src: str, tgt: str) -> str:
    seen = f", attested in {tgt} ({r.en_english:.1f})" if r.en_english > 0 else ""
    return (f"“{r.word}” looks romanised by {src} rules ({_markers(r, trans)}; {why}); "
            f"the {tgt} transliteration is “{r.english}”{seen}.")

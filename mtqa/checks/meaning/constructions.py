"""Construction sense (A631): a verb rendered in the sense its construction takes before a quantity, where its
clause states none (« estiment que la réforme est injuste » -> "estimate that the reform is unfair").

Why its own module: it reads the verb's frame in the source (a complementiser and the class of its clause), not
the word alone (:mod:`~mtqa.checks.meaning.senses`) nor the story's field (:mod:`mtqa.checks.field_sense`); the
traps are learned (``bench/build_constructions.py``) and owned by :func:`mtqa.langs.lexmodel.constructions`.
"""
from __future__ import annotations

import re
from typing import Iterator

from mtqa.checks.meaning.shared import MeaningCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.langs import language
from mtqa.langs.cache import SOURCE_MEMO, TABLES, memoize
from mtqa.langs.inflection import inflection
from mtqa.langs.lexmodel import constructions, load_lexmodel
from mtqa.meaning.align import aligned_or_alone, cached_alignments, usual_renderings
from mtqa.meaning.tokens import stem
from mtqa.model import DocumentPair, Issue, joined_sources, Severity
from mtqa.records import record

_FIGURE = re.compile(r"\d")
"""A figure in the target's clause: the quantity the source's clause may state beyond the part read."""


def _form(word: str) -> str:
    """The verb form of an English rendering, for the suggestion to take it ("estimated" -> "past")."""
    low = word.lower()
    return "past" if low.endswith("ed") else "ing" if low.endswith("ing") else "s" if low.endswith("s") else ""


def _suggestion(verbs, trap, form: str) -> str:
    """The opinion frame's usual rendering in the trap's form ("estimated" -> "believed", "specifying" ->
    "adding"): its base is the spelling translators wrote most when that is no inflected form, else the stem
    ("added" -> "add"); without the language's inflection, the spelling as written."""
    base = trap.spelling if not _form(trap.spelling) else trap.usual if not _form(trap.usual) else ""
    if not base or verbs is None:
        return trap.spelling
    return verbs.inflect(base, form) if form else base


@memoize(TABLES)
def _noun_marks(lang: str) -> tuple[frozenset, frozenset, frozenset]:
    """(the target language's determiners, the words a verb of opinion takes next, the adverbs that may stand
    between), lower case, from its profile: the determiners are ``reporting_inversion.determiners`` and
    ``more_determiners``; the words next are those determiners, ``personal_pronouns`` and
    ``construction_sense.clause_words`` (the conjunction that opens the verb's clause); the adverbs are
    ``construction_sense.adverbs``. The marks that tell the trap's word read as a noun from the verb without parts
    of speech (:func:`_verb_reading`)."""
    profile = language(lang)
    dets = frozenset((*profile.profile_words("reporting_inversion", "determiners"),
                      *(w.lower() for w in profile.extra.get("more_determiners", []))))
    nexts = dets | profile.word_set("personal_pronouns") | frozenset(
        profile.profile_words("construction_sense", "clause_words"))
    return dets, nexts, frozenset(profile.profile_words("construction_sense", "adverbs"))


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NEXT_WORD = re.compile(r"(\s*,)?\s+([^\W\d_]+(?:['’-][^\W\d_]+)*)")
"""The word after a position, spaces or a comma between (a comma right after the token ends its phrase unless an
adverb follows it: "estimate, however, that")."""
_ADVERBS_SKIPPED = 2


def _verb_reading(text: str, tok, marks: tuple[frozenset, frozenset, frozenset]) -> bool:
    """Whether the target token ``tok`` of ``text`` reads as a verb, the only reading in which it renders the
    source verb's frame. Without parts of speech the word after it decides: a verb of opinion takes its clause or
    its object next, so it is followed by "that", a determiner or a pronoun ("the unions estimate that…", "…,
    estimating that…", "the minister estimates the reform is…", the inverted "…, estimates the minister"), an
    adverb of the profile between or not ("estimate, however, that…"), and the same word as a noun is followed by
    a verb, a preposition or a stop ("union estimates say…", "by union estimates, …", "…, estimates show"). A
    determiner before the word makes it a noun whatever follows ("the estimates that the ministry made", "by his
    estimate"). Read in every place alike, not only after a clause mark: a noun's modifier ("union", "own", "the
    unions'") before it is no determiner, and a test on the word before alone read those nouns as the verb."""
    dets, nexts, adverbs = marks
    before = _WORD.findall(text, 0, tok.start)
    if before and before[-1].lower() in dets:
        return False
    pos, after_adverb = tok.end, False
    for _ in range(_ADVERBS_SKIPPED + 1):
        after = _NEXT_WORD.match(text, pos)
        if after is None:
            return False
        word = after.group(2).lower()
        if word in adverbs:
            pos, after_adverb = after.end(), True
            continue
        return (after_adverb or not after.group(1)) and word in nexts
    return False


def _opinion_frames(table: dict, source_text: str, src_lang: str) -> tuple:
    """(the frame's match, the verb's learned traps) for each learned verb before « que » in ``source_text`` whose
    clause states no quantity in the part read: the only places A631 reads. Found before any alignment, so that a
    document without one (nearly all) costs a pattern search per segment, not a word alignment."""
    if "qu" not in source_text:
        return ()
    out = []
    for m in table["frame"].finditer(source_text):
        traps = table["traps"].get(stem(m.group("verb").lower(), src_lang))
        if not traps:
            continue  # a verb whose renderings do not turn on its clause (most verbs)
        if table["quantity"].search(source_text, m.end(), m.end() + table["clause_chars"]):
            continue  # a figure clause: the trap is the frame's sense there
        out.append((m, traps))
    return tuple(out)


@register
@record
class ConstructionSense(MeaningCheck):
    """A verb before « que » is rendered in the sense news gives it only before a quantity, and its clause states
    none (« estiment que la mesure est injuste » -> "estimate that the measure is unfair" for "believe").

    Why it matters: « estimer que » is "estimate" before a figure and "believe" or "consider" before an opinion;
    the English verb of the wrong frame turns a judgement into a calculation, and only the source's construction
    shows it. The evidence is learned, not listed: ``bench/build_constructions.py`` reads, in the parallel news
    the lexical model is built from (newstest 2008-2013, Potet), every French verb before « que » pooled over its
    forms, splits its sentences by whether the clause states a quantity (``quantity`` of
    ``mtqa/data/lexmodel/constructions.toml``), and keeps a rendering the references write in a tenth of the
    opinion sentences or less and in 30 % of the figure sentences or more, the two shares told apart beyond
    chance (one-sided Fisher exact test, p 0.01 or less), with the opinion frame's usual rendering
    (``mtqa/data/lexmodel/constructions.fr-en.tsv``: « estimer » -> "estimate" in 5 of 68 opinion sentences and
    15 of 27 figure ones, p ~1e-6; « préciser » -> "specify", 2 of 24 and 4 of 13, p 0.10, is no row: four
    figure sentences of thirteen cannot show the class decides). The check reports the
    trap in the target when the source verb's clause holds no quantity in the part read (``clause_chars``), the
    target's clause no figure, the usual rendering is not in the sentence, no other source word usually
    renders the trap (« selon les estimations »), and the trap's word renders the verb: one of the verb's links in
    the word alignment, read as a verb and not a noun ("by his estimate", "…, estimates show"). On by default since stop 73 (fx73b): with the chance test its
    table holds « estimer » alone, and it passed the promotion gates (no flag on the clean translations, the
    newstest references' flags read, the 24k WMT14 report's flags read, every year's system tau; README, A631).

    Example:
        source: Les syndicats estiment que la réforme des retraites est injuste pour les salariés les plus modestes.
        bad: The unions estimate that the pension reform is unfair to the lowest-paid employees.
        good: The unions believe that the pension reform is unfair to the lowest-paid employees.
    """

    code = "A631"
    name = "construction-sense"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        src_lang, tgt_lang = ctx.config.source_lang, ctx.config.target_lang
        table = constructions(src_lang, tgt_lang)
        model = load_lexmodel(src_lang, tgt_lang)
        if table is None or model is None or not table["traps"]:
            return
        if pair.source is None or pair.source_title_only:
            return
        frames = {}
        for index in range(len(pair.target.segments)):
            source_text = joined_sources(pair.sources_of(index))
            # per source text: every system's translation of one source sentence asks again
            opinion = ctx.memo("A631.frames", (src_lang, tgt_lang, source_text), _opinion_frames,
                               bound=SOURCE_MEMO, args=(table, source_text, src_lang))
            if opinion:
                frames[index] = (source_text, opinion)
        if not frames:
            return  # no learned verb before « que » in an opinion clause (most documents): no alignment computed
        verbs = inflection(tgt_lang)
        marks = _noun_marks(tgt_lang)
        # the document's alignments when another check computed them; else only the segments holding a frame are
        # aligned, and not stored on the pair: aligning the whole document of every « estimer que » cost a default
        # run 5 % of its CPU (24k WMT14 pairs), and a stored one would make the report carry an adequacy the run
        # did not ask for
        cached = cached_alignments(pair)
        for index, (source_text, opinion) in frames.items():
            seg = pair.target.segments[index]
            wa = aligned_or_alone(cached, index, source_text, seg.text, pair.source.lang, pair.target.lang)
            if wa is None:
                continue
            target_stems = {t.stem for t in wa.target}  # once per segment: every frame reads the same sentence
            reported: set[int] = set()
            for m, traps in opinion:
                verb = next((i for i, t in enumerate(wa.source) if t.start == m.start("verb")), None)
                linked = {j for j, _, _ in wa.links.get(verb, ())} if verb is not None else set()
                for trap in traps:
                    if trap.usual in target_stems:
                        continue  # the opinion frame's rendering is in the sentence
                    if any(t.start != m.start("verb") and trap.trap in usual_renderings(model, t.stem)
                           for t in wa.source):
                        continue  # another source word renders so (« selon les estimations »)
                    # the trap's word must render this verb (one of its links) and read as a verb: "by his
                    # estimate" or "…, estimates show" share the stem and render no « estimer que »
                    found = [j for j in sorted(linked) if wa.target[j].stem == trap.trap and j not in reported
                             and _verb_reading(seg.text, wa.target[j], marks)]
                    if not found:
                        continue
                    j = found[0]
                    tok = wa.target[j]
                    if _FIGURE.search(seg.text, tok.end, tok.end + table["clause_chars"]):
                        continue  # the English clause states a figure the source's part read did not reach
                    reported.add(j)
                    expected = _suggestion(verbs, trap, _form(tok.text))
                    yield self.on_token(
                        seg, tok,
                        f"{quoted(m.group(0).strip())} rendered {quoted(tok.text)}, its sense before a figure; the "
                        f"clause states none, where news writes {quoted(trap.spelling)}; the references write "
                        f"{quoted(model.word(trap.trap))} in {trap.opinion_with_trap} of {trap.opinion} opinion "
                        f"sentences, {trap.figure_with_trap} of {trap.figure} before a figure", expected)
                    break

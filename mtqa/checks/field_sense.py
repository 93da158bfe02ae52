"""A622: a word rendered in its everyday sense inside a story of a field that gives it another (markets'
« actions » -> "acts" for "shares", a court's « affaire » -> "business" for "case").

The field of the story and the renderings each field rules out are learned from the aligned news
(``bench/build_fields.py``, :func:`mtqa.langs.lexmodel.fields`); the check only reads them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from mtqa.checks.meaning import _MeaningCheck, _compound
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.langs import language
from mtqa.langs.lexmodel import fields, load_lexmodel
from mtqa.meaning.align import function_stems, usual_renderings
from mtqa.meaning.tokens import plain, source_word
from mtqa.model import DocumentPair, Issue, joined_sources, Severity


def _in_number(word: str, plural: bool) -> str:
    """The field's word in the source word's number (the table keeps its usual spelling: "share", "indexes")."""
    single = word[:-2] if word.endswith("xes") else word[:-1] if word.endswith("s") and not word.endswith("ss") \
        else word
    if not plural:
        return single
    return single + ("es" if single.endswith(("x", "s", "ch", "sh")) else "s")


def _cognate(source: str, target: str) -> bool:
    """The target word is the source word's own cognate (« actes » -> "acts", « indication » -> "indication"):
    the stemmer gives « actes » and « actions » one stem, so the table's trap for the stem is no trap for a word
    that is spelled like it; endings (-s, -e, -es) set aside, or five first letters shared."""
    a, b = plain(source), plain(target)
    return a.rstrip("se") == b.rstrip("se") or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


@register
@dataclass
class WrongSenseForField(_MeaningCheck):
    """A source word is rendered in the sense news gives it outside the story's field, where the field gives it
    another (« actions » of a market story -> "acts" for "shares"; « affaire » of a trial -> "business" for
    "case"; « stade » of a match -> "stage" for "stadium").

    Why it matters: the English is fluent and says something else, and only the story's field tells the reader
    that it is wrong. No list of field senses is written: ``bench/build_fields.py`` labels the stories of the
    aligned news (newstest 2008-2013, Potet) with a field by a few seed words, learns each field's cue words
    from them, reads each sentence's field from the cues around it as this check does, and keeps, per French
    word and field, a rendering translators write outside the field (a fifth of its links or more) but almost
    never inside it (a binomial test on the word's share of links inside the field), while another rendering
    dominates inside it and is much rarer outside it (``mtqa/data/lexmodel/fields.fr-en.tsv.gz``). The check
    decides the field of each sentence from the learned cues of the source sentences within ``window`` of it
    (``[fr.classify]`` of ``mtqa/data/lexmodel/fields.toml``), and reports a target word linked to such a
    French word, or a free word of the sentence, whose stem is the field's trap, when the field's rendering is
    not in the sentence and no other source word usually renders the trap. A capitalised word inside a
    sentence (a name: « Goldman Sachs ») and a word of a hyphenated compound are left alone. In preview: the
    aligned news holds 48 sport, 27 market and 73 court stories, so the table is short (11 traps) and half of
    it splits senses by phrase rather than by field (README, A622).

    Example:
        source: A la Bourse de Paris, les actions de Renault ont chuté de 5 % jeudi après l'avertissement sur les résultats, et l'indice CAC 40 a reculé de 1 %, les investisseurs vendant les valeurs automobiles.
        bad: On the Paris Bourse, Renault's acts fell 5% on Thursday after the profit warning, and the CAC 40 index fell 1%, with investors selling car stocks.
        good: On the Paris Bourse, Renault's shares fell 5% on Thursday after the profit warning, and the CAC 40 index fell 1%, with investors selling car stocks.
    """

    code = "A622"
    preview = True
    name = "wrong-sense-for-field"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        src_lang, tgt_lang = ctx.config.source_lang, ctx.config.target_lang
        table = fields(src_lang, tgt_lang)
        model = load_lexmodel(src_lang, tgt_lang)
        if table is None or model is None:
            return
        alignments = self.alignments(pair)
        if not alignments:
            return
        trapped = {stem for _, stem in table.traps}
        fsrc, ftgt = function_stems(src_lang, tgt_lang)
        content = {index: {t.stem for t in wa.source if not t.is_number and len(t.stem) > 2 and t.stem not in fsrc}
                   for index, wa in alignments.items()}
        window = int(table.classify["window"])
        for index, wa in alignments.items():
            candidates = [i for i, t in enumerate(wa.source) if t.stem in trapped]
            if not candidates:
                continue  # no word of the sentence changes sense with the field (most sentences)
            around = set().union(*(content.get(k, ()) for k in range(index - window, index + window + 1)))
            field = table.field_of(around)
            if not field:
                continue
            source_text = joined_sources(pair.sources_of(index))
            seg = pair.target.segments[index]
            target_stems = {t.stem for t in wa.target}
            reported: set[int] = set()
            for i in candidates:
                tok = wa.source[i]
                traps = table.traps.get((field, tok.stem))
                if not traps or (tok.capitalised and i > 0) or _compound(source_text, tok):
                    continue
                for trap, own, word in traps:
                    if own in target_stems or any(ctx.target.synonyms.renders(s, (own,)) for s in target_stems):
                        continue  # the field's sense is in the sentence
                    if any(k != i and trap in usual_renderings(model, t.stem) for k, t in enumerate(wa.source)):
                        continue  # another word of the sentence renders so (« agir » -> "act")
                    linked = [j for j, _, _ in wa.links.get(i, ()) if wa.target[j].stem == trap]
                    free = [j for j in wa.unaligned_target if wa.target[j].stem == trap]
                    found = [j for j in linked + free if j not in reported]
                    if not found:
                        continue
                    j = found[0]
                    if _cognate(tok.lower, wa.target[j].lower):
                        continue  # « actes » -> "acts": the word's own cognate, though its stem is « actions »'
                    reported.add(j)
                    expected = _in_number(word, language(src_lang).has_plural_ending(tok.lower))
                    yield self.on_token(
                        seg, wa.target[j],
                        f"{quoted(source_word(source_text, tok))} rendered {quoted(wa.target[j].text)}, its sense "
                        f"outside {field} stories; in a {field} story news writes {quoted(expected)}",
                        expected)
                    break

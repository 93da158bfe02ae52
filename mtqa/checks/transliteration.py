"""Names romanised by the source language's rules instead of the target's.

French writes Russian names its own way (Ioulia, Rogozine, Baikonour);
machine translation copies them into English, where readers, search engines
and archives know Yulia, Rogozin and Baikonur. The evidence and the English
form come from :mod:`mtqa.names` (reverse transliteration, iuliia schemes,
press forms, wordfreq).
"""
from __future__ import annotations

from typing import Iterator

from mtqa.checks.base import DocumentCheck
from mtqa.checks.precedence import selected_winners
from mtqa.checks.registry import register
from mtqa.model import DocumentPair, Issue, Severity
from mtqa.names.analysis import analyse
from mtqa.langs.cache import TABLES, memoize
from mtqa.records import record

_CONFIDENCE = {"strong": 0.9, "entity": 0.8, "rules": 0.6}


@memoize(TABLES)
def _exonym_forms(pair) -> frozenset[str]:
    """French place names T201 reports (Corfou): T102 leaves them to it."""
    return frozenset(row["french"] for row in pair.table("exonyms"))


@register
@record
class FrenchTransliteratedName(DocumentCheck):
    """A foreign name is spelled by French transliteration rules.

    Why it matters: English news writes Russian, Ukrainian or Arabic names
    by English conventions (Yulia Peresild, Dmitry Rogozin, Baikonur,
    Mubarak); the French forms (Ioulia Peressild, Dmitri Rogozine,
    Baikonour, Moubarak) look misspelled and are not found by readers'
    searches. The spelling is read back to Cyrillic with French rules and
    romanised the English way; English word frequencies confirm the
    candidate (Rogozin is attested in English, Rogozine is not). Common
    first names take their press form (Yuri, Yulia, Dmitry); a diaeresis French
    writes on a vowel said apart (Alexeï, Hawaï, Dubaï) is dropped when English
    usage writes the name without it, while French first names that keep it
    in English too (Zoë, Noël, Anaïs) are left alone; a foreign name the
    French dictionary does not know (Khameneï, Mykolaïv) needs its bare
    form only attested in English. Arabic names keep French spelling
    conventions (the mute -e of Salmane, Burhane: English Salman, Burhan)
    and are flagged when the name has an Arabic particle (ben, al-) or an
    Arabic given name (Mohamed Hamdane, Abdel Karim Chaabane) and
    English writes the other form: -ane alone is also a French given
    name's ending (Albane, Océane). Rare names with
    no frequency evidence are flagged from the rules alone, at minor
    severity, when they look Slavic (a Slavic ending, or two French marks
    one of which only East Slavic names take: Latchine, tch and -ine;
    Marioupol, iou and ou; a town suffix: Koupiansk), belong to an already
    flagged person, or stand beside an East Slavic given name French does
    not write (Dmytro Loubinets: the person is Ukrainian, so ou is French
    for u), or one French writes too in an article whose names are already
    read as Slavic (Alexandre Boublik beside Roublev); in such an article
    one mark only East Slavic names take is enough (Novodievitchi: tch), and
    so in an article whose source names a country whose names reach French
    through Cyrillic (the pair's ``cyrillic_countries``: Russie, Kirghizistan),
    where the Kyrgyz town Gultcha has no Slavic ending to go by (not in a name
    French writes itself: Maryne, Évelyne, Mayoux, whose -yne and -oux are
    French spellings).
    French writes Arabic, Persian, Amharic, Central Asian and Japanese names
    by its own spelling too (Oualid, Kermanchah, Habtamou, Gouliston: English
    Walid, Kermanshah, Habtamu, Guliston). The letters do not tell such a name
    from a French one (Bouchard, Chevalier), so the article does: a source
    whose headline (the segment the reader marks so: a text's first line, a
    table's title or a document's first row of several; a source without one
    has no cue) names a country of the pair's ``transliteration.scripts``
    (Jordanie, Iran, Éthiopie, Arabie saoudite, Japon, or a demonym or
    capital the tables tie to one, « Le Caire » as a phrase) has its names
    read by that script's marks (ou for u or w, ch for sh, dj for j, -ine for
    -in). The reading must be a name English writes more than French, not a
    word of its dictionary (Rouch is no "rush"). A name is flagged when
    English writes the reading far more than the spelling and French writes
    the spelling (Achraf: Ashraf), or, at minor severity, when neither
    language writes the spelling (Djavad: Javad), the source writes it so, it
    does not end as French surnames do (-et, -ert: Brouchet, Choubert) and a
    mark English never writes for that script is in it (Habtamou: ou; not ch
    alone, which English writes in Chelimo). Names French writes itself (its
    dictionary, given names, a French given name before the name: Paul
    Bourdan) stay quiet, and so does a country named in passing outside the
    headline.
    In an article that already spells a name the French way, a spelling
    English never writes, with a French mark, whose English reading English
    writes, if rarely, is flagged at minor severity too (Pachinian beside
    Sergueï Choïgou: Pashinyan; Raïssi: Raisi), unless French writes that
    reading more (Séoul read as Seul).
    A spelling with a sign only English romanisation writes (sh, zh, a glide
    y inside the word: ya, yu, yo) is no French form, whatever letters it
    shares with one, and is not flagged on the rules' evidence: Svetlana
    Tsikhanouskaya (Belarusian Ціханоўская, whose ou is o + ў) is the
    English spelling; the French press writes Tikhanovskaïa.
    A half-way form, one English sign beside a French one ("Shoigou": sh and
    ou; "Mishoustine": sh, ou and -ine), is a spelling neither language
    writes: machine translation mended one letter of the French form. It is
    flagged when the source writes that name the French way (« Choïgou »,
    « Michoustine » read as the same Cyrillic), at major severity when
    English writes the reading (Shoigu), else minor (Mishustin). Two French
    marks the French spelling writes too (ou, -ine) need French usage of the
    spelling, unless a third, weak one joins them in a spelling neither
    language writes whose reading English does (Choubine: Shubin; not
    Douine, a French surname).
    French names and names shared by both languages (Laurence, Macron,
    Louvre, Pesquet) are English spellings and never flagged, and so is a
    name spelt the English way whose French reading Russian does not write:
    read by French rules, Sychev would be Сышев, which Russian word
    frequencies do not know, while read the English way it is Сычёв, a
    name Russian writes, so the spelling is already English (in an article
    that writes Rogozine the French way, Vladimir Sychev is left alone). When T101 is
    selected, a spelling that the document itself also writes the English
    way is left to T101, and with T201 a French place name of the exonym
    table (Corfou) is left to T201: one issue per occurrence, not two.

    Example:
        source: Iran : le ministre Djavad Kouhestani reçoit Dmitri Rogozine à Téhéran\\n\\nLe ministre a reçu Dmitri Rogozine.
        bad: Cosmonauts back on Earth\\n\\nThe head of Roscosmos, Dmitri Rogozine, greeted the crew.
        bad: Crew lands\\n\\nThe capsule landed near Baikonour on Sunday.
        bad: Crew lands\\n\\nAlexeï Ovchinin stepped out of the capsule first.
        bad: Gulf talks\\n\\nCrown Prince Mohammed ben Salmane met Ali Khameneï's envoy.
        bad: Prisoners home\\n\\nThe ombudsman Dmytro Loubinets met the freed soldiers.
        bad: Caucasus talks\\n\\nSergei Lavrov met Nikol Pachinian in Moscow with Sergueï Choïgou.
        bad: Iran: Minister Djavad Kouhestani receives Dmitry Rogozin in Tehran\\n\\nThe minister received Dmitry Rogozin.
        good: Iran: Minister Javad Kuhestani receives Dmitry Rogozin in Tehran\\n\\nThe minister received Dmitry Rogozin.
        good: Cosmonauts back on Earth\\n\\nThe head of Roscosmos, Dmitry Rogozin, greeted the crew.
        good: Gulf talks\\n\\nCrown Prince Mohammed bin Salman met Ali Khamenei's envoy.
        good: Louvre show\\n\\nLaurence des Cars showed Emmanuel Macron the Venus de Milo at the Louvre.
        good: Minsk trial\\n\\nExiled opposition leader Svetlana Tsikhanouskaya called the verdict a travesty.
    """

    code = "T102"
    name = "french-transliterated-name"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        names = analyse(pair, ctx)
        if not names.verdicts:
            return
        yields_to = selected_winners(self.code, ctx)
        defer = "T101" in yields_to
        exonyms = _exonym_forms(ctx.pair) if "T201" in yields_to else frozenset()
        for seg in pair.target.segments:
            for mention in names.mentions.get(seg.index, ()):
                run = []
                for tok in mention.tokens:
                    verdict = names.verdicts.get(tok.text) if tok.text not in exonyms else None
                    cluster = names.cluster_of(tok.text) if verdict and defer else None
                    if verdict and not (cluster and cluster.preferred != tok.text):
                        run.append((tok, verdict))
                    elif run:
                        yield self._issue(seg, run)
                        run = []
                if run:
                    yield self._issue(seg, run)

    def _issue(self, seg, run) -> Issue:
        start, end = run[0][0].start, run[-1][0].end
        text = seg.text[start:end]
        suggestion, offset = text, start
        for tok, verdict in reversed(run):
            a, b = tok.start - offset, tok.end - offset
            suggestion = suggestion[:a] + verdict.english + suggestion[b:]
        levels = [v.level for _, v in run]
        severity = Severity.MINOR if all(level == "rules" for level in levels) else Severity.MAJOR
        message = " ".join(dict.fromkeys(v.reason for _, v in run))
        confidence = max(_CONFIDENCE[level] for level in levels)
        return self.issue(seg, start, end, message, suggestion, severity=severity, confidence=confidence)

"""One fixed run, built by hand from model objects, that every renderer's golden test renders.

It does not run the live checks (their set and wording change every week):
issues are written here with their spans computed from the texts, so the
fixture exercises what renderers must get right, not what checks find:

* a full source with 1-1, 1-2, 2-1, 0-1 and 1-0 alignment beads;
* nested spans (``M.Rogozine`` around ``Rogozine``), crossing spans, a
  zero-length span, a source-side span, an empty suggestion (delete);
* hostile text: ``<script>``, ``&``, quotes, a pipe, ``@mention``, a control
  character, on both sides;
* a title-only document with a repeated headline and reference metrics;
* a passing document without issues, without source.

The checks' documentation comes from stand-in classes patched into the
registry (:func:`fake_registry`), so SARIF rules do not follow the live docs.
"""
from __future__ import annotations

from dataclasses import replace

from mtqa.checks.base import SegmentCheck
from mtqa.config import Config
from mtqa.model import Document, DocumentPair, DocumentResult, Issue, Link, Role, Segment, Severity
from mtqa.renderers.base import RunInfo, Summary

SACREBLEU_SIGS = {
    "bleu": "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0",
    "chrf": "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0",
    "ter": "nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0",
}

# code: (name, category, subcategory, severity)
CHECKS = {
    "A101": ("duplicated-headline", "accuracy", "addition", Severity.MAJOR),
    "A301": ("unaligned-addition", "accuracy", "addition", Severity.MAJOR),
    "A302": ("source-omission", "accuracy", "omission", Severity.CRITICAL),
    "D101": ("markup-in-text", "design", "markup", Severity.CRITICAL),
    "F301": ("missing-final-punctuation", "fluency", "punctuation", Severity.MINOR),
    "L101": ("french-thousands-separator", "locale-convention", "number-format", Severity.MINOR),
    "L301": ("french-honorific", "locale-convention", "honorific", Severity.MINOR),
    "S101": ("wordy-phrase", "style", "awkward", Severity.MINOR),
    "T101": ("french-transliteration", "terminology", "wrong-term", Severity.MAJOR),
    "T102": ("inconsistent-name-spelling", "terminology", "inconsistent", Severity.MINOR),
}


def fake_check(code: str) -> type:
    name, category, subcategory, severity = CHECKS[code]
    doc = (
        f"Stand-in documentation of {name} <b>&</b>.\n\n"
        f"Why it matters: readers notice {name.replace('-', ' ')}.\n\n"
        "Example:\n"
        f"    bad: The bad {name} example\n"
        f"    good: The good example\n"
    )
    attrs = {"code": code, "name": name, "category": category, "subcategory": subcategory,
             "severity": severity, "__doc__": doc}
    return type(f"Fake{code}", (SegmentCheck,), attrs)


def fake_registry(monkeypatch) -> None:
    """Replace the registry's entries for the fixture codes with stand-ins (restored after the test)."""
    from mtqa.checks.registry import REGISTRY, all_checks

    all_checks()  # register the real checks first, so the patch wins
    for code in CHECKS:
        monkeypatch.setitem(REGISTRY, code, fake_check(code))


def seg(index, text, line, col=0, role=Role.BODY, paragraph=0, multiline=True) -> Segment:
    return Segment(index, text, role, paragraph, line, col, multiline)


def issue(segment: Segment, needle: str, code: str, message: str, suggestion=None, *, nth=0, at_end=False,
          side="target", severity=None) -> Issue:
    """An issue on the ``nth`` occurrence of ``needle`` (or a zero-length span at the end)."""
    name, category, subcategory, default = CHECKS[code]
    if at_end:
        start = end = len(segment.text)
    else:
        start = -1
        for _ in range(nth + 1):
            start = segment.text.index(needle, start + 1)
        end = start + len(needle)
    line, col = segment.locate(start)
    return Issue(code, name, category, subcategory, severity or default, segment.index, start, end, line, col,
                 col + (end - start), segment.text[start:end], message, suggestion, side=side)


def dispatch() -> DocumentResult:
    """Full source, every kind of bead, nested/crossing/zero-length spans, hostile text."""
    t = [
        seg(0, "Russian crew <script>alert('x')</script> returns to Earth", 1, role=Role.HEADLINE),
        seg(1, "Ioulia Peressild, 37, was chosen among 3.000 candidates.", 3, 0, paragraph=1),
        seg(2, 'She met M.Rogozine & the "team" | @press in Baikonour.', 3, 57, paragraph=1),
        seg(3, "The cosmonaut Anton Chkaplerov piloted the Soyuz; Shkaplerov landed it.", 5, paragraph=2),
        seg(4, "A sentence with no source\x07", 7, paragraph=3),
    ]
    s = [
        seg(0, "L’équipage russe <script>alert('x')</script> revient sur Terre", 1, role=Role.HEADLINE),
        seg(1, "Ioulia Peressild, 37 ans, a été choisie parmi 3.000 candidates et a rencontré M. Rogozine "
               "et l’« équipe » à Baïkonour.", 3, paragraph=1),
        seg(2, "Le cosmonaute Anton Chkaplerov pilotait le Soyouz ;", 5, paragraph=2),
        seg(3, "Shkaplerov l’a posé.", 5, 52, paragraph=2),
        seg(4, "Une phrase <b>omise</b> & oubliée.", 7, paragraph=3),
    ]
    target = Document("dispatch.en.txt", "corpora/demo/dispatch.en.txt", "en", t,
                      {1: t[0].text, 3: t[1].text + " " + t[2].text, 5: t[3].text, 7: t[4].text})
    source = Document("dispatch.en.txt", "corpora/demo/dispatch.fr.txt", "fr", s)
    links = [Link((0,), (0,)), Link((1,), (1, 2), 0.9), Link((2, 3), (3,), 0.8), Link((), (4,)), Link((4,), ())]
    pair = DocumentPair("dispatch.en.txt", target, source, links=links)
    issues = [
        issue(t[0], "<script>alert('x')</script>", "D101", "HTML markup <script> is left in the text.", ""),
        issue(t[1], "Ioulia Peressild", "T101", "French transliteration of a Russian name.", "Yulia Peresild"),
        issue(t[1], "3.000", "L101", "French thousands separator.", "3,000"),
        issue(t[2], "M.Rogozine", "L301", "French honorific “M.” glued to the name.", "Mr Rogozin"),
        issue(t[2], "Rogozine", "T101", "French transliteration of a Russian name.", "Rogozin"),
        issue(t[2], "Baikonour", "T101", "French transliteration of a place name | see @press.", "Baikonur"),
        issue(t[3], "Anton Chkaplerov", "T102", "Spelled Shkaplerov later in the document.", "Anton Shkaplerov"),
        issue(t[3], "piloted the Soyuz", "S101", "Wordy: 'flew the Soyuz' is usual.", "flew the Soyuz"),
        issue(t[4], "A sentence with no source\x07", "A301", "This sentence has no counterpart in the source."),
        issue(t[4], "", "F301", "The sentence lacks final punctuation.", ".", at_end=True),
        issue(s[4], "Une phrase <b>omise</b> & oubliée.", "A302", "This source sentence is not translated.", side="source"),
    ]
    issues.sort(key=lambda i: (i.line, i.start, i.code))
    return DocumentResult(pair, issues, penalty=75.0, words=t_words(t), score=0.0, passed=False)


def t_words(segments) -> int:
    return sum(s.words for s in segments)


def brief() -> DocumentResult:
    """Only the French headline known; the headline is pasted twice; a reference exists."""
    t = [
        seg(0, "Paris hosts a summit on Monday", 1, role=Role.HEADLINE),
        seg(1, "Paris hosts a summit on Monday", 3, paragraph=1),
        seg(2, "Leaders of 27 countries met in Paris & agreed.", 5, paragraph=2),
    ]
    target = Document("brief.en.txt", "feeds/brief.en.txt", "en", t, {1: t[0].text, 3: t[1].text, 5: t[2].text})
    source = Document("brief.en.txt", None, "fr", [seg(0, "Paris accueille un sommet lundi", 1, role=Role.HEADLINE, multiline=False)])
    reference = Document("brief.en.txt", "feeds/brief.ref.txt", "en",
                         [seg(0, "Paris to host summit on Monday", 1), seg(1, "Leaders of 27 nations met in Paris.", 3)])
    pair = DocumentPair("brief.en.txt", target, source, reference, links=[Link((0,), (0,)), Link((0,), (1,), 1.0)],
                        source_title_only=True)
    issues = [issue(t[1], t[1].text, "A101", "The headline is repeated in the body (headline on line 1).", "")]
    result = DocumentResult(pair, issues, penalty=5.0, words=t_words(t), score=76.19, passed=False)
    result.metrics = {"bleu": 23.36, "chrf": 58.1, "ter": 61.54}
    return result


def clean() -> DocumentResult:
    """A passing document from a JSON-lines corpus: no source, no issues."""
    t = [seg(0, "Markets rose on Tuesday.", 4, multiline=False), seg(1, "Oil fell 2%.", 5, multiline=False)]
    target = Document("doc-3", "corpus.jsonl", "en", t, {4: t[0].text, 5: t[1].text})
    return DocumentResult(DocumentPair("doc-3", target), [], penalty=0.0, words=t_words(t), score=100.0, passed=True)


def results() -> list[DocumentResult]:
    first = dispatch()
    first = replace(first, score=round(max(0.0, 100 * (1 - first.penalty / first.words)), 2))
    return [first, brief(), clean()]


def run_info() -> RunInfo:
    return RunInfo(Config(), sorted(CHECKS), target="corpora/demo", source="corpora/demo/dispatch.fr.txt")


def summary(docs: list[DocumentResult]) -> Summary:
    s = Summary()
    for r in docs:
        s.add(r)
    s.metrics = {"bleu": 23.36, "chrf": 58.1, "ter": 61.54, "segments": 1, "documents": 1,
                 "signatures": dict(SACREBLEU_SIGS), "document_signatures": dict(SACREBLEU_SIGS, bleu=SACREBLEU_SIGS["bleu"].replace("eff:no", "eff:yes"))}
    return s

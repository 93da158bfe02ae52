"""The name checks' questions about one segment are answered once for its document (lost_names._asked).

T106 asks twice per segment whether every source name is written in the translation, T110 and the
omitted-name check ask again after the document's segment checks; T106 and the omitted-name check ask
which source name words are lost. Each answer is a pure function of the two texts, so it is read once
per segment and the later readers get the same answer: the reports are those of reading it every time.
"""
from __future__ import annotations

import collections

from mtqa.checks.name_swaps import lost_names, replaced_throughout
from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context

_SURNAMES = ["Vostradi", "Moravelli", "Dravenik", "Quorvik", "Brandoux", "Lefortin"]
_OTHERS = ["Patel", "Smith", "Berg", "Hansen", "Jones", "Miller"]


def _document(kept: bool) -> tuple[str, str]:
    source = ["Titre"] + [f"Le maire {s} a rencontré le ministre hier à Lyon." for s in _SURNAMES]
    target = ["Title"] + [f"The mayor {s if kept else o} met the minister yesterday in Lyon."
                          for s, o in zip(_SURNAMES, _OTHERS)]
    return "\n\n".join(target), "\n\n".join(source)


def test_whether_a_segment_writes_its_source_names_is_read_once_for_its_four_readers(monkeypatch):
    read = collections.Counter()  # the translation's words read to answer it, per segment
    original = lost_names.words_of

    def counted(text, ctx):
        read[text] += 1
        return original(text, ctx)

    for module in (lost_names, replaced_throughout):  # T106 and A611's reading, T110's
        monkeypatch.setattr(module, "words_of", counted)
    for kept in (True, False):
        read.clear()
        target, source = _document(kept)
        check_texts(target, source=source, ctx=Context(Config()))
        asked = [k for k in read if k.startswith("The mayor")]
        assert len(asked) == len(_SURNAMES)
        assert all(read[k] == 1 for k in asked), read


def test_a_lost_name_word_is_judged_once_per_segment_though_three_readers_ask(monkeypatch):
    judged = collections.Counter()
    original = lost_names._lost

    def counted(name, words, pair, alone, source):
        judged[(name, words.text)] += 1
        return original(name, words, pair, alone, source)

    monkeypatch.setattr(lost_names, "_lost", counted)
    target, source = _document(kept=False)
    result = check_texts(target, source=source, ctx=Context(Config()))
    lost = {name for name, text in judged if text.startswith("The mayor")}
    assert lost >= set(_SURNAMES)  # every surname was asked about, by T106 and the omitted-name check
    assert all(n == 1 for n in judged.values()), judged
    assert any(i.code == "T106" for i in result.issues)


def test_the_answers_are_the_same_as_when_read_for_every_reader(monkeypatch):
    target, source = _document(kept=False)
    kept = check_texts(target, source=source, ctx=Context(Config()))
    monkeypatch.setattr(lost_names, "_asked", lambda text, src_text, ctx: [None, {}])  # nothing kept
    fresh = check_texts(target, source=source, ctx=Context(Config()))
    assert [(i.code, i.line, i.start, i.message) for i in kept.issues] == \
        [(i.code, i.line, i.start, i.message) for i in fresh.issues]

"""The terminal report: what it prints from the input, and what it imports to print it."""
from __future__ import annotations

import io
from dataclasses import replace

from mtqa.renderers import renderer_class
from . import fixture


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _render(stream, *, title: str = "", warning: str = "") -> str:
    info = fixture.run_info()
    if warning:
        info.warnings.append(warning)
    docs = fixture.results()
    if title:
        docs[0] = replace(docs[0], pair=replace(docs[0].pair, meta=replace(docs[0].pair.meta, title=title)))
    renderer = renderer_class("text")(stream, info)
    renderer.start()
    for doc in docs:
        renderer.document(doc)
    renderer.finish(fixture.summary(docs))
    return stream.getvalue()


def test_emoji_codes_from_the_input_are_shown_as_typed(monkeypatch):
    """A feed title or a warning quoting the input is shown, never obeyed: ``:fire:`` in a headline stays
    the six characters the feed has, in a pipe and in a terminal alike (rich replaced it with an emoji)."""
    fixture.fake_registry(monkeypatch)
    for stream in (io.StringIO(), _Terminal()):
        out = _render(stream, title="Summit :fire: talks [bold]end[/]", warning="file :smile:.txt was empty")
        assert "Summit :fire: talks [bold]end[/]" in out and "file :smile:.txt was empty" in out
        assert "\U0001f525" not in out and "\U0001f604" not in out

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


def _both_ways(monkeypatch, **texts) -> tuple[str, str]:
    """The report written by the plain writer and by rich, both to a pipe."""
    from mtqa.renderers import terminal

    for name in ("COLUMNS", "FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    plain = _render(io.StringIO(), **texts)
    monkeypatch.setattr(terminal, "plain_stream", lambda stream: False)
    return plain, _render(io.StringIO(), **texts)


def test_a_pipe_gets_the_bytes_rich_would_write(monkeypatch):
    """The plain writer stands for rich in a pipe, so it must write what rich writes there: markup-like and
    bracketed text kept, control characters shown as escapes, whitespace at a line's end (rich may crop it)."""
    fixture.fake_registry(monkeypatch)
    for title, warning in (("", ""), ("Sommet [bold]UE[/] \\[x] à Bruxelles \\", "tab\there\x1b[2J"),
                           ("Le titre \u00a0", "x" * 90 + " "), ("  espace devant", "fin\n")):
        plain, rich = _both_ways(monkeypatch, title=title, warning=warning)
        assert plain == rich, (title, warning)


def test_plain_only_where_rich_would_neither_style_nor_wrap(monkeypatch):
    from mtqa.renderers.terminal import plain_stream

    for name in ("COLUMNS", "FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    assert plain_stream(io.StringIO()) and not plain_stream(_Terminal())
    for name, value in (("COLUMNS", "72"), ("FORCE_COLOR", "1"), ("TTY_COMPATIBLE", "1")):
        monkeypatch.setenv(name, value)
        assert not plain_stream(io.StringIO()), name
        monkeypatch.delenv(name)

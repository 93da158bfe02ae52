"""``python -m mtqa`` and the installed ``mtqa`` command: the command line (:mod:`mtqa.cli`).

``mtqa --version`` (or ``-V``) and nothing else is answered here, with click's own line, before the command
line is imported: click's import (with the ``gettext``, ``inspect``, ``uuid`` and ``datetime`` it reads) was
some half of that command's CPU, for one line that needs none of it. Anything else, ``--version`` among other
arguments included, goes to click, which parses it as before; the pattern cache (:mod:`mtqa.regexcache`) is
installed first, so the patterns click's import compiles (some 2 % of a one-line check's CPU) are served from it too.
The command's garbage collector collects seldom from its start (:func:`mtqa.collector.collect_seldom_for_good`,
which :func:`mtqa.cli.command_line` did after the imports): importing the command line and the checks of a
one-line check allocates some 25,000 objects that live to the end (the modules, their classes, functions and
tables), and Python's default thresholds walked them in 36 young and 3 middle collections, ~2-4 ms of a
one-line check (``gc.callbacks``) that freed 48 objects.
"""
import sys


def command_line() -> None:
    """The ``mtqa`` command: :func:`mtqa.cli.command_line`, but for a lone ``--version``/``-V``."""
    if sys.argv[1:] in (["--version"], ["-V"]):
        from mtqa import VERSION_MESSAGE, __version__

        sys.stdout.write(VERSION_MESSAGE % {"prog": "mtqa", "package": "mtqa", "version": __version__} + "\n")
        sys.stdout.flush()
        return
    from mtqa import regexcache
    from mtqa.collector import collect_seldom_for_good

    collect_seldom_for_good()  # before the imports: their young objects are the modules' own, kept to the end
    regexcache.install()  # before click's import, whose standard modules (platform, gettext, tokenize...) compile patterns
    from mtqa.cli import command_line as run

    run()


if __name__ == "__main__":  # pragma: no cover
    command_line()

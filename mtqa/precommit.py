"""Entry point for the ``mtqa-files`` pre-commit hook: check each staged translation.

pre-commit passes every matching staged file at once, while ``mtqa check``
takes one target, so this runs the check once per file. A file named
``NAME.en.EXT`` is checked against ``NAME.fr.EXT`` when that file exists
(the configured language codes are used), which covers the usual layout of
translated articles and feeds kept next to their sources. Options before
the file names (``--fail-on major``, ``--baseline FILE``...) are passed to
every check. The exit code is the worst one: 2 (unusable input) over 1
(a document failed) over 0.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional


def _source_for(path: str, source_lang: str, target_lang: str) -> Optional[str]:
    """``NAME.<source>.EXT`` beside ``NAME.<target>.EXT`` (the naming :mod:`mtqa.targets` defines)."""
    from mtqa.targets import source_for

    return source_for(path, source_lang, target_lang)[0]


def _split(argv: list[str]) -> tuple[list[str], list[str]]:
    """(options, files): every ``mtqa check`` option takes a value, so options come in pairs
    (or as ``--name=value``); the first bare argument starts the file names."""
    k = 0
    while k < len(argv) and argv[k].startswith("-"):
        k += 1 if "=" in argv[k] else 2
    return argv[:k], argv[k:]


def main(argv: Optional[list[str]] = None) -> int:
    import click

    from mtqa.cli import main as cli
    from mtqa.config import load

    options, files = _split(list(sys.argv[1:] if argv is None else argv))
    conf = load(next((options[k + 1] for k, a in enumerate(options[:-1]) if a == "--config"), None))
    worst = 0
    for path in files:
        if f".{conf.source_lang}." in Path(path).name:
            continue  # a source file: checked through its translation
        args = ["check", path, *options]
        source = _source_for(path, conf.source_lang, conf.target_lang)
        if source and "--source" not in options and "--source-title" not in options:
            args += ["--source", source]
        try:
            cli.main(args, prog_name="mtqa", standalone_mode=False)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        except click.ClickException as exc:  # a bad option in the hook's args
            exc.show()
            code = 2
        worst = code if code == 2 or worst == 2 else max(worst, code)
    return worst


if __name__ == "__main__":
    sys.exit(main())

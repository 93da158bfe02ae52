"""Reading the data files shipped in ``mtqa/data/`` (and in extra data folders).

Language knowledge lives in data files, not in code: TOML for profiles and
conventions, tab-separated tables with ``#`` comment lines (where each file
notes its source) and a header line for name lists. They are read once per
process: they are package data, not user input, so a malformed row is a
programming error reported with its file and line.

A folder named by ``$MTQA_DATA`` (several separated by ``os.pathsep``) is
searched before the package's own data, so a new language or pair (a
``langs/<code>.toml``, a ``pairs/<src>-<tgt>.toml``) can be added without
touching the package.
"""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Optional

from mtqa.langs.cache import TABLES, memoize

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def data_path(*parts: str):
    """The first existing ``<folder>/<parts...>`` of the data folders, or the package's own path."""
    folders = _folders()
    for folder in folders[:-1]:
        path = folder.joinpath(*parts)
        if path.is_file():
            return path
    return folders[-1].joinpath(*parts)


def _folders() -> list:
    extra = [Path(f) for f in os.environ.get("MTQA_DATA", "").split(os.pathsep) if f]
    return extra + [resources.files("mtqa.data")]


def languages() -> list[str]:
    """Codes of the languages with a profile (``langs/<code>.toml``) in any data folder."""
    codes = set()
    for folder in _folders():
        langs = folder.joinpath("langs")
        if langs.is_dir():
            codes.update(p.name[:-5] for p in langs.iterdir() if p.name.endswith(".toml"))
    return sorted(codes)


def exists(*parts: str) -> bool:
    return data_path(*parts).is_file()


@memoize(TABLES)
def data_toml(*parts: str) -> dict:
    """A TOML file of the data folders (``data_toml("numbers", "fr.toml")``), parsed once; {} if absent.

    The parsed file is kept in the compiled cache (:mod:`mtqa.compiled`, keyed by the file's
    identity): reading it back costs a tenth of parsing it, and a run reads a dozen of them.
    """
    path = data_path(*parts)
    if not path.is_file():
        return {}

    def parse() -> dict:
        return tomllib.loads(path.read_text(encoding="utf-8"))

    if not isinstance(path, Path):  # inside a zip: no file identity to key the copy on
        return parse()
    from mtqa.compiled import cached

    return cached("toml-" + "-".join(parts).replace(os.sep, "-"), [path], parse)


@memoize(TABLES)
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``mtqa/data/names/<name>`` as dicts keyed by the header's column names."""
    rows: list[dict[str, str]] = []
    header: Optional[list[str]] = None
    text = data_path("names", name).read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        if len(cells) > len(header) or not cells[0]:
            raise ValueError(f"mtqa/data/names/{name}:{lineno}: expected {len(header)} tab-separated columns")
        rows.append(dict(zip(header, cells)))
    return tuple(rows)


def pair_table(stem: str, pair: str) -> tuple[dict[str, str], ...]:
    """``<stem>.<pair>.tsv`` (e.g. ``exonyms.fr-en.tsv``), or no rows for a pair without one."""
    name = f"{stem}.{pair}.tsv"
    return table(name) if exists("names", name) else ()


@memoize(TABLES)
def press_scheme(target: str):
    """``names/translit_<target>_press.json``, our press transliteration of Cyrillic into ``target``,
    as an iuliia schema (read on its first use); None for a target without one.

    Found through the data folders like the name tables, so a ``$MTQA_DATA`` folder can correct it."""
    path = data_path("names", f"translit_{target}_press.json")
    if not path.is_file():
        return None
    from iuliia.repo import FileSchema  # imported with the first Cyrillic name, not at start-up

    return FileSchema("press", str(path))

"""Which files a run checks, and against which sources: the naming convention for several targets.

``mtqa check`` takes one or more targets, like ruff or flake8. A file named
on the command line is checked as given; a directory is searched (recursively,
in sorted order, hidden folders skipped) for translations named
``NAME.<target>.EXT`` with an extension a reader knows (``article.en.txt``,
``news.en.xml``). When several targets are checked, or when they come from a
directory, each finds its own source by the same convention:

* ``NAME.<source>.EXT`` next to it is the full source (``article.fr.txt``);
* otherwise ``NAME.<source>-title.txt`` holds the source headline only
  (``article.fr-title.txt``, the bundled sample's layout).

Why a convention and not a list of pairs: a newsroom keeps each translation
beside its original, and the pre-commit hook (``mtqa.precommit``) already
pairs files this way, so a folder of articles is one command.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from mtqa.errors import InputError
from mtqa.records import record


@record(frozen=True)
class Target:
    """One file to check and the source evidence found for it."""

    path: str
    source: Optional[str] = None
    source_title: Optional[str] = None


def known_extensions() -> set[str]:
    from mtqa.readers import EXTENSIONS

    return set(EXTENSIONS) | {".txt", ".md"}


def source_for(path: str, source_lang: str, target_lang: str) -> tuple[Optional[str], Optional[str]]:
    """(source file, source headline) of ``NAME.<target>.EXT`` by the naming convention, or (None, None)."""
    p = Path(path)
    marker = f".{target_lang}."
    if marker not in p.name:
        return None, None
    head, _, tail = p.name.partition(marker)
    full = p.with_name(f"{head}.{source_lang}.{tail}")
    if full.is_file():
        return str(full), None
    title = p.with_name(f"{head}.{source_lang}-title.txt")
    if title.is_file():
        try:
            text = title.read_text(encoding="utf-8-sig").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the source headline ({exc})", str(title)) from None
        return None, text or None
    return None, None


def _walk(folder: Path, target_lang: str) -> list[str]:
    marker = f".{target_lang}."
    exts = known_extensions()
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
        for name in sorted(files):
            if marker in name and Path(name).suffix.lower() in exts:
                found.append(str(Path(root) / name))
    return found


def expand(paths: list[str], source_lang: str, target_lang: str) -> tuple[list[str], bool]:
    """Files to check, in order, and whether pairing by name applies (several files, or a directory)."""
    files: list[str] = []
    from_dir = False
    for path in paths:
        if path != "-" and Path(path).is_dir():
            found = _walk(Path(path), target_lang)
            if not found:
                raise InputError(f"no translation named NAME.{target_lang}.EXT in this folder", path)
            files += found
            from_dir = True
        else:
            files.append(path)
    seen: set[str] = set()
    unique = [f for f in files if not (f in seen or seen.add(f))]
    return unique, from_dir or len(unique) > 1


def resolve(paths: list[str], source_lang: str, target_lang: str) -> list[Target]:
    """The run's targets with their sources (paired by name when several files are checked)."""
    files, pair_by_name = expand(paths, source_lang, target_lang)
    if "-" in files and len(files) > 1:
        raise InputError("stdin ('-') cannot be combined with other targets", "-")
    if not pair_by_name:
        return [Target(f) for f in files]
    targets = []
    for f in files:
        source, title = source_for(f, source_lang, target_lang)
        targets.append(Target(f, source, title))
    return targets


def config_folder(paths: list[str]) -> Optional[Path]:
    """Where configuration discovery starts: the folder holding every target (None: the current folder)."""
    folders = []
    for p in paths:
        if p == "-":
            continue
        path = Path(p).resolve()
        folders.append(path if path.is_dir() else path.parent)
    if not folders:
        return None
    try:
        return Path(os.path.commonpath([str(f) for f in folders]))
    except ValueError:  # different drives
        return folders[0]

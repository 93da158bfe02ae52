"""Language profiles: what mtqa knows about a language, loaded from data files.

A profile is read from ``mtqa/data/langs/<code>.toml`` so that adding a
language pair means adding data, not code. Checks receive the source and
target profiles through their context and never assume French or English.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@dataclass(frozen=True)
class LanguageProfile:
    """Data about one language; unknown keys in the TOML stay in ``extra``."""

    code: str
    name: str
    abbreviations: frozenset[str] = frozenset()
    extra: dict = field(default_factory=dict)

    def word_set(self, key: str) -> frozenset[str]:
        """A word list of the profile (``function_words``, ``elisions``...), lower-cased.

        Built once and cached on the profile, so every check and screen that
        needs the list shares one set.
        """
        cache_key = f"_word_set:{key}"
        cached = self.extra.get(cache_key)
        if cached is None:
            cached = self.extra[cache_key] = frozenset(w.lower() for w in self.extra.get(key, ()))
        return cached


@functools.lru_cache(maxsize=None)
def load_profile(code: str) -> LanguageProfile:
    """Return the profile for ``code`` (a bare profile if no data file exists)."""
    path = resources.files("mtqa.data").joinpath("langs", f"{code}.toml")
    if not path.is_file():
        return LanguageProfile(code=code, name=code)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    abbreviations = frozenset(data.pop("abbreviations", ()))
    return LanguageProfile(
        code=data.pop("code", code), name=data.pop("name", code), abbreviations=abbreviations, extra=data
    )


@functools.lru_cache(maxsize=None)
def load_pair(source: str, target: str) -> dict:
    """Data about a language pair from ``mtqa/data/pairs/<source>-<target>.toml`` ({} if none).

    Facts that belong to neither language alone: how a source word is
    rendered in the target, the length ratio of human translations.
    """
    path = resources.files("mtqa.data").joinpath("pairs", f"{source}-{target}.toml")
    if not path.is_file():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))

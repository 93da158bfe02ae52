"""Configuration: defaults, ``[tool.mtqa]`` / ``mtqa.toml`` files, CLI overrides.

Precedence: check class defaults < config file < command-line flags. The
result is one :class:`Config` passed down explicitly (no globals). Unknown
keys and bad values are refused with the file and key named, because a
silently ignored typo in a QA gate is worse than no gate.
"""
from __future__ import annotations

import dataclasses
import math
from dataclasses import field
from pathlib import Path
from typing import Any, Optional

from mtqa.errors import ConfigError, did_you_mean
from mtqa.lazy import lazy_module
from mtqa.model import Severity
from mtqa.records import record

tomllib = lazy_module("tomllib")
"""Imported by the first configuration file read: a run that finds none never needs it."""

DEFAULT_WEIGHTS = {"minor": 1.0, "major": 5.0, "critical": 25.0}
DEFAULT_ADEQUACY_WEIGHT = 0.0
"""Weight of the adequacy term: 0 (the MQM penalty alone) until the term ranks systems on held-out years.

Weight 1 was best on WMT13 (system tau 0.49 -> 0.69) but lowered WMT14 from 0.93 to 0.71 and WMT12 from
0.70 to 0.66 (bench/meaning.py); a user may still opt in with ``adequacy_weight`` (see the README's scoring section)."""
DEFAULT_QUALITY_WEIGHT = 0.0
"""Weight of the learned quality term (mtqa/scoring/quality.py); 0 is the MQM penalty alone (see the README's
scoring section for the figures behind the default)."""
DEFAULT_TIE_BREAK_WEIGHT = 0.0
"""Weight of the learned quality estimate as the penalty's tie-breaker (``tie_break_weight``; 0, the default, is
the MQM penalty alone). Off by default: on the human pairwise judgements it decides nearly every pair but is
right on only 0.57-0.60 of those it adds, and it costs a check with a source about 17 % more CPU and 64 MiB
(the class table and word-pair counts), against the speed and memory targets. 0.0001, when set, is small enough that it never outweighs an issue (one minor issue in a 100-word
segment costs 0.01 per word; the term at most a few ten-thousandths) and moves a document's rounded score by
less than its last digit, so pass/fail stays the MQM score's, yet it orders the translations of a sentence that
have no issue, or the same ones (README, Scoring > Tie-breaker; chosen on WMT13's judgements)."""
DEFAULT_CONSENSUS_WEIGHT = 0.0
"""Weight of the consensus term (mtqa/scoring/consensus.py) in the score of ``mtqa compare`` and of runs of
several systems; 0 ranks by the MQM score alone (see the README's scoring section for the figures)."""
DEFAULT_RANK_QUALITY_WEIGHT = 0.5
"""Quality weight of ``mtqa compare --rank-by quality`` (its default order): chosen on WMT13 (README, Scoring)."""
DEFAULT_RANK_CONSENSUS_WEIGHT = 0.125
"""Consensus weight of ``mtqa compare --rank-by quality`` (its default order, 3 or more systems): on WMT13's
judgements the weight that separates pairs best while the systems' order keeps its τ (0.85; 0.15 gave 0.82,
0.175 0.79); held out, WMT12 / WMT14 pairwise accuracy 0.604 -> 0.616 / 0.611 -> 0.631 at the same τ (README,
Scoring > Consensus). Its pseudo-references count by their system's place in the order before the term
(:func:`mtqa.scoring.consensus.rank_weights`)."""
DEFAULT_THRESHOLD = 95.0
"""Pass mark on the 0-100 MQM score; chosen on WMT14 references (see README)."""


@record
class Config:
    """Everything a run needs to know besides its inputs."""

    __record_built_once__ = True
    """Built once a run (and per worker): the shared ``__init__`` of :func:`mtqa.records.record`, none compiled for it (start-up, issue 14)."""

    source_lang: str = "fr"
    target_lang: str = "en"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    threshold: float = DEFAULT_THRESHOLD
    adequacy_weight: float = DEFAULT_ADEQUACY_WEIGHT
    """Weight of the adequacy estimate in the score (0: MQM penalty only; see scoring/mqm.py)."""
    quality_weight: float = DEFAULT_QUALITY_WEIGHT
    """Weight of the learned quality estimate in the score (0: MQM penalty only; see scoring/quality.py)."""
    tie_break_weight: float = DEFAULT_TIE_BREAK_WEIGHT
    """Weight of the learned quality estimate as a tie-breaker of the score (0: not counted; see
    scoring/quality.py). Not counted when ``quality_weight`` is above 0 (the quality term is then in the score)."""
    consensus_weight: float = DEFAULT_CONSENSUS_WEIGHT
    """Weight of the agreement with other systems' translations of the same source (0: not counted; see
    scoring/consensus.py). Needs three or more systems translating a source."""
    rank_quality_weight: float = DEFAULT_RANK_QUALITY_WEIGHT
    """Quality weight of the document scores ``mtqa compare --rank-by quality`` orders systems by (0: the mean
    document score as it is); the reported scores and pass/fail keep ``quality_weight``."""
    rank_consensus_weight: float = DEFAULT_RANK_CONSENSUS_WEIGHT
    """Consensus weight of those same document scores: each segment adds ``W * words * term`` of
    :func:`mtqa.scoring.consensus.term` against the other systems' translations of its source (0: the order
    follows the quality term alone, as before this weight existed); the reported scores and pass/fail keep
    ``consensus_weight``. Not counted when those scores carry no quality term (``rank_quality_weight`` 0, or
    ``quality_weight`` above 0): the order is then the mean document score as it is."""
    compare_segments: bool = True
    """``mtqa compare`` reports, per source segment two or more systems translated, each system's segment value
    and the preferred system (:mod:`mtqa.scoring.preference`); false leaves it out of every format. It never
    changes the order, a score or a verdict."""
    preview: bool = False
    """Run the checks still in preview (``Check.preview``) as well (``--preview``)."""
    fail_on: Optional[Severity] = Severity.CRITICAL
    """Any issue at or above this severity fails the document (None: score only).

    Critical by default: an untranslated paragraph is unpublishable however
    long the article around it is."""
    locale: str = "en-US"
    honorifics: str = "mr"
    glossary: Optional[str] = None
    do_not_translate: Optional[str] = None
    columns: dict[str, str] = field(default_factory=dict)
    """Field -> column (or feed element) mapping for tabular and feed inputs (``--columns``)."""
    path: Optional[str] = None
    """The file this configuration was read from, if any."""

    @property
    def pair(self) -> str:
        return f"{self.source_lang}-{self.target_lang}"

    def to_dict(self) -> dict:
        out = dataclasses.asdict(self)
        out["severity"] = {k: v.value for k, v in self.severity.items()}
        out["fail_on"] = self.fail_on.value if self.fail_on else None
        out["select"], out["ignore"] = list(self.select), list(self.ignore)
        return out


_SCALARS = {
    "source_lang": str,
    "target_lang": str,
    "threshold": (int, float),
    "adequacy_weight": (int, float),
    "quality_weight": (int, float),
    "tie_break_weight": (int, float),
    "consensus_weight": (int, float),
    "rank_quality_weight": (int, float),
    "rank_consensus_weight": (int, float),
    "locale": str,
    "honorifics": str,
    "glossary": str,
    "do_not_translate": str,
}
_CHOICES = {"locale": ("en-US", "en-GB"), "honorifics": ("mr", "mr.", "none")}


def _codes(value: Any, path: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.replace(" ", "").split(",") if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"'{key}' must be a list of check codes or prefixes", path)
    return check_codes(tuple(v.strip().upper() for v in value), path, key)


def check_codes(codes: tuple[str, ...], path: Optional[str], key: str) -> tuple[str, ...]:
    """Refuse a code or prefix that names no registered check: a typo would select or ignore nothing."""
    from mtqa.checks.registry import codes as registered

    known_codes = registered()  # no check's module is imported for this
    for code in codes:
        if not any(known.startswith(code) for known in known_codes):
            hint = did_you_mean(code, known_codes) or did_you_mean(code, {k[:len(code)] for k in known_codes})
            raise ConfigError(f"'{key}': '{code}' matches no check{hint}; see `mtqa rules`", path)
    return codes


def languages() -> list[str]:
    """Language codes that have a profile (``langs/<code>.toml`` in the data folders)."""
    from mtqa.langs.data import languages as profiles

    return profiles()


def apply_mapping(config: Config, data: dict, path: str) -> Config:
    """Apply a ``[tool.mtqa]`` table to ``config``, validating every key."""
    from mtqa.checks.registry import codes as registered

    known_codes = registered()
    for key, value in data.items():
        k = key.replace("-", "_")
        if k in ("select", "ignore"):
            setattr(config, k, _codes(value, path, key))
        elif k == "fail_on":
            try:
                config.fail_on = None if str(value) == "none" else Severity.parse(str(value))
            except ValueError as exc:
                raise ConfigError(f"'{key}': {exc}", path) from None
        elif k == "weights":
            if not isinstance(value, dict):
                raise ConfigError("'weights' must be a table", path)
            for sev, w in value.items():
                if sev not in DEFAULT_WEIGHTS or not _number_in(w, 0, MAX_WEIGHT):
                    raise ConfigError(f"'weights.{sev}' must be minor/major/critical with a number "
                                      f"from 0 to {MAX_WEIGHT:g}", path)
                config.weights[sev] = float(w)
        elif k == "severity":
            if not isinstance(value, dict):
                raise ConfigError("'severity' must be a table of CODE = severity", path)
            for code, sev in value.items():
                if code.upper() not in known_codes:
                    raise ConfigError(f"'severity.{code}': unknown check code{did_you_mean(code.upper(), known_codes)}",
                                      path)
                try:
                    config.severity[code.upper()] = Severity.parse(str(sev))
                except ValueError as exc:
                    raise ConfigError(f"'severity.{code}': {exc}", path) from None
        elif k in ("preview", "compare_segments"):
            if not isinstance(value, bool):
                raise ConfigError(f"'{key}' must be true or false", path)
            setattr(config, k, value)
        elif k == "columns":
            config.columns = parse_columns(value, path, key)
        elif k == "checks":
            if not isinstance(value, dict):
                raise ConfigError("'checks' must be a table of CODE = {option = value}", path)
            for code, opts in value.items():
                _check_options(code, opts, path)
                config.options.setdefault(code.upper(), {}).update(opts)
        elif k in _SCALARS:
            if not isinstance(value, _SCALARS[k]) or isinstance(value, bool):
                raise ConfigError(f"'{key}' has a bad value {value!r}", path)
            if k in _CHOICES and value not in _CHOICES[k]:
                raise ConfigError(f"'{key}' must be one of {', '.join(_CHOICES[k])}", path)
            if k in ("adequacy_weight", "quality_weight", "tie_break_weight", "consensus_weight", "rank_quality_weight",
                     "rank_consensus_weight") and not 0 <= value <= 100:  # also refuses nan and inf
                raise ConfigError(f"'{k}' must be a number between 0 and 100", path)
            if k == "threshold" and not 0 <= value <= 100:
                raise ConfigError("'threshold' must be between 0 and 100", path)
            if k in ("source_lang", "target_lang") and value not in languages():
                raise ConfigError(f"'{key}': no language data for {value!r} (available: {', '.join(languages())})", path)
            if k in ("glossary", "do_not_translate"):
                value = str((Path(path).parent / value)) if path else value
            setattr(config, k, value)
        else:
            known = ("select", "ignore", "preview", "compare_segments", "fail_on", "weights", "severity", "columns", "checks", *_SCALARS)
            raise ConfigError(f"unknown key '{key}'{did_you_mean(k, known)}", path)
    config.path = path
    return config


COLUMN_FIELDS = ("id", "doc", "role", "source", "target", "reference", "source_title", "target_title", "ignore")
"""What a ``--columns`` mapping may name (each reader accepts the subset that makes sense for it)."""


def parse_columns(value: Any, path: Optional[str], key: str = "columns") -> dict[str, str]:
    """``source=title_fr,target=title_en`` (or a TOML table) -> {field: column}."""
    if isinstance(value, str):
        pairs = {}
        for part in (p for p in value.split(",") if p.strip()):
            name, sep, column = part.partition("=")
            if not sep or not name.strip() or not column.strip():
                raise ConfigError(f"'{key}': expected FIELD=COLUMN pairs, got {part.strip()!r}", path)
            pairs[name.strip()] = column.strip()
        value = pairs
    if not isinstance(value, dict) or not all(isinstance(v, str) and v for v in value.values()):
        raise ConfigError(f"'{key}' must be a table of field = \"column name\"", path)
    for name in value:
        if name not in COLUMN_FIELDS:
            raise ConfigError(f"'{key}.{name}': unknown field{did_you_mean(name, COLUMN_FIELDS)} "
                              f"(known: {', '.join(COLUMN_FIELDS)})", path)
    return dict(value)


def _check_options(code: str, opts: Any, path: str) -> None:
    from mtqa.checks.registry import codes as registered, get

    if code.upper() not in registered():
        raise ConfigError(f"'checks.{code}': unknown check code{did_you_mean(code.upper(), registered())}", path)
    cls = get(code)  # its module alone
    if not isinstance(opts, dict):
        raise ConfigError(f"'checks.{code}' must be a table of options", path)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for name, value in opts.items():
        if name not in fields:
            known = ", ".join(fields) or "none"
            raise ConfigError(f"'checks.{code}.{name}': unknown option{did_you_mean(name, fields)} (known: {known})", path)
        default = fields[name].default
        if default is not dataclasses.MISSING and type(default) is not type(value):
            if not (isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool)):
                raise ConfigError(
                    f"'checks.{code}.{name}' must be {type(default).__name__}, not {value!r}", path
                )
        if isinstance(default, (int, float)) and not isinstance(default, bool):
            low, high = option_range(name)
            if not _number_in(value, low, high):
                raise ConfigError(f"'checks.{code}.{name}' must be a number from {_show(low)} to {_show(high)}, not {value!r}",
                                  path)


MAX_WEIGHT = 1000.0
"""Largest MQM severity weight (common weights are 1, 5, 25; the score is clamped to 0-100 anyway)."""

_OPTION_RANGES = (
    ("ratio", 0, 100), ("score", 0, 100), ("similarity", 0, 100),  # rapidfuzz scores, percentages
    ("share", 0, 1), ("probability", 0, 1),
    ("zipf", 0, 9),  # wordfreq's Zipf scale: 0 (unseen) to about 8 ("the")
    ("max_chars", 1, 10_000_000),
)
"""Ranges of numeric check options by the last word of their name; any other count is 0 to 1,000,000.

Every numeric option is a count, a frequency, a share or a score: none is
meaningful negative, infinite or NaN, and any of those would silently switch
a check (or the whole gate) off."""


def option_range(name: str) -> tuple[float, float]:
    """(lowest, highest) value of the numeric check option ``name``."""
    for suffix, low, high in _OPTION_RANGES:
        if name.endswith(suffix):
            return low, high
    return 0, 1_000_000


def _show(number: float) -> str:
    return f"{int(number):,}" if float(number).is_integer() else f"{number:g}"


def _number_in(value: Any, low: float, high: float) -> bool:
    """A real number (not a bool, NaN or infinity) within [low, high]."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return math.isfinite(value) and low <= value <= high


def load_file(path: str) -> dict:
    """Read a TOML config file; for ``pyproject.toml`` return its ``[tool.mtqa]`` table."""
    from mtqa.safefile import read_setting_file

    raw = read_setting_file(path, "config file", "utf-8")
    try:
        data = tomllib.loads(raw)
    except (ValueError, RecursionError) as exc:  # ValueError: also a 5,000-digit integer
        if not isinstance(exc, tomllib.TOMLDecodeError):
            raise ConfigError(f"invalid TOML: {str(exc).splitlines()[0][:200]}", path) from None
        import re

        where = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        raise ConfigError(f"invalid TOML: {exc}", path, int(where.group(1)) if where else None) from None
    if Path(path).name == "pyproject.toml":
        return data.get("tool", {}).get("mtqa", {})
    return data.get("tool", {}).get("mtqa", data) if "tool" in data else data


def discover(start: Optional[Path] = None) -> Optional[str]:
    """Find ``mtqa.toml`` or a ``pyproject.toml`` with ``[tool.mtqa]`` upwards from ``start``."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "mtqa.toml"
        if candidate.is_file():
            return str(candidate)
        py = folder / "pyproject.toml"
        if py.is_file():
            try:
                if "mtqa" in tomllib.loads(py.read_text(encoding="utf-8")).get("tool", {}):
                    return str(py)
            except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
                return None
    return None


def load(path: Optional[str] = None, *, search: bool = True, start: Optional[Path] = None) -> Config:
    """Build the effective configuration from ``path`` (or a file discovered from ``start`` upwards)."""
    config = Config()
    path = path or (discover(start) if search else None)
    if path:
        apply_mapping(config, load_file(path), path)
    return config

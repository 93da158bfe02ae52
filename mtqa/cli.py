"""The ``mtqa`` command line: parse options, call the API, pick a renderer.

Commands only parse and dispatch; the work lives in :mod:`mtqa.api`. Any
:class:`~mtqa.errors.UsageError` becomes one line on stderr and exit code 2.

Exit codes: 0 every document passed, 1 a document failed, 2 the input or
configuration could not be used, 130/143/129 interrupted by SIGINT/SIGTERM/
SIGHUP (128 + the signal number, as shells report it). An interrupted run
leaves no report behind and a previous report untouched (see
:mod:`mtqa.output`).
"""
from __future__ import annotations

import contextlib
import itertools
import os
import signal
import sys
from typing import Optional

import click

from mtqa import VERSION_MESSAGE, __version__, regexcache
from mtqa.errors import ConfigError, RunFailure, UsageError
from mtqa.interrupts import raise_if_received, signal_handlers, signal_number

FORMATS = ["text", "json", "jsonl", "csv", "html", "junit", "sarif", "markdown", "github"]


def _fail(exc: Exception) -> None:
    from mtqa.renderers.escaping import visible

    click.echo(f"mtqa: error: {visible(str(exc))}", err=True)
    sys.exit(2)


def _utf8_arguments(args: list[str]) -> None:
    """Refuse an argument Python decoded from bytes that are not UTF-8 (a file name in Latin-1...).

    Such an argument holds lone surrogates, which no report can be written in.
    """
    from mtqa.renderers.escaping import visible

    for arg in args:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = visible(arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"))
            raise UsageError(f"argument “{shown}” is not valid UTF-8 (rename the file or fix the option)") from None


def _interrupted(exc: KeyboardInterrupt) -> None:
    signum = signal_number(exc)
    with contextlib.suppress(Exception):
        click.echo(f"mtqa: interrupted by {signal.Signals(signum).name}; a report file (-o) is left as it was",
                   err=True)
    sys.exit(128 + signum)


class _Group(click.Group):
    """Turns usage errors into one line + exit 2, and hides tracebacks."""

    def invoke(self, ctx):
        try:
            regexcache.install()  # a command is about to run (not for --version or --help): its patterns from the cache
            _utf8_arguments([*getattr(ctx, "_protected_args", []), *ctx.args])
            with signal_handlers():
                try:
                    result = super().invoke(ctx)
                except (click.exceptions.Exit, SystemExit):
                    raise_if_received()
                    raise
                raise_if_received()
                return result
        except KeyboardInterrupt as exc:  # SIGINT, or SIGTERM/SIGHUP through signal_handlers
            _interrupted(exc)
        except (UsageError, RunFailure) as exc:
            _fail(exc)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except BrokenPipeError:  # e.g. `mtqa check ... | head`
            sys.exit(1)
        except BaseException as exc:  # never a traceback for users (asyncio.CancelledError is no Exception)
            if os.environ.get("MTQA_DEBUG"):
                raise
            said = str(exc).strip().split("\n")[0]  # one line: a library's text may carry a traceback (Dask's did)
            click.echo(f"mtqa: internal error: {type(exc).__name__}: {said} (set MTQA_DEBUG=1 for details)", err=True)
            sys.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="mtqa", message=VERSION_MESSAGE)
def main() -> None:
    """Quality checks for machine translation of news (French -> English first).

    \b
    Start with:
      mtqa check article.en.txt --source article.fr.txt
      mtqa check --help        every option, examples and exit codes
      mtqa rules               what each check flags

    Exit codes: 0 every document passed, 1 at least one failed, 2 unusable input or configuration.
    """


def _split(value: Optional[str]) -> tuple[str, ...]:
    return tuple(v.strip().upper() for v in (value or "").split(",") if v.strip())


def build_config(config_path, select, ignore, fail_on, min_score, extra_select=None, start=None, preview=False):
    """Effective configuration: file (given, or found from ``start`` upwards), then command-line overrides."""
    from mtqa import config as cfg
    from mtqa.model import Severity

    conf = cfg.load(config_path, start=start)
    if select:
        conf.select = cfg.check_codes(_split(select), None, "--select")
    if ignore:
        conf.ignore = conf.ignore + cfg.check_codes(_split(ignore), None, "--ignore")
    if preview:
        conf.preview = True
    if fail_on:
        conf.fail_on = None if fail_on == "none" else Severity.parse(fail_on)
    if min_score is not None:
        if not 0 <= min_score <= 100:
            raise ConfigError("--min-score must be between 0 and 100", "--min-score")
        conf.threshold = float(min_score)
    return conf


@contextlib.contextmanager
def _output(path: Optional[str]):
    if not path or path == "-":
        yield sys.stdout
        return
    from mtqa.output import atomic_output

    with atomic_output(path) as handle:  # complete or absent: renamed into place on success only
        yield handle


CHECK_EPILOG = """\b
Examples:
  mtqa check article.en.txt --source article.fr.txt
  mtqa check article.en.txt --source-title "Le titre en français"
  mtqa check articles/                      every NAME.en.EXT below, each with NAME.fr.EXT
  mtqa check news.en.xml --source news.fr.xml --output-format sarif:mtqa.sarif \\
             --output-format html:report.html --output-format junit:junit.xml
  mtqa check corpus.jsonl --format jsonl -o report.jsonl --workers 4
  mtqa check feed.en.xml --source feed.fr.xml --baseline .mtqa-baseline.json

\b
Exit codes:
  0  every document passed (or --exit-zero)
  1  at least one document failed
  2  the input or the configuration could not be used (one line on stderr)
"""


@main.command(epilog=CHECK_EPILOG)
@click.argument("targets", nargs=-1, required=True, metavar="TARGET...")
@click.option("--source", "source", metavar="FILE", help="The source document (same format family as TARGET; one TARGET only).")
@click.option("--source-title", metavar="TEXT", help="Only the source headline is known (one TARGET only).")
@click.option("--reference", metavar="FILE", help="A human translation: adds BLEU/chrF/TER.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help="Report format [default: text].")
@click.option("-o", "--output", metavar="OUT", help="Write the --format report here instead of stdout.")
@click.option("--output-format", "outputs", multiple=True, metavar="FORMAT[:FILE]",
              help="One more report of this run (repeatable): e.g. sarif:mtqa.sarif html:report.html; "
                   "without :FILE it goes to stdout.")
@click.option("--select", metavar="CODES", help="Only these codes or prefixes (comma-separated).")
@click.option("--ignore", metavar="CODES", help="Skip these codes or prefixes.")
@click.option("--preview", is_flag=True, help="Also run the checks still in preview (`mtqa rules` marks them).")
@click.option("--config", "config_path", metavar="FILE",
              help="mtqa.toml or pyproject.toml ([tool.mtqa]) [default: found from the targets' folder upwards].")
@click.option("--fail-on", type=click.Choice(["minor", "major", "critical", "none"]),
              help="Fail a document with any issue at or above this severity [default: critical]; "
                   "'none' leaves only the score gate (--min-score).")
@click.option("--min-score", type=float, help="Pass mark on the 0-100 score (overrides the config).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when documents fail (2 still means unusable input).")
@click.option("-q", "--quiet", is_flag=True, help="Text report: the summary only.")
@click.option("-v", "--verbose", is_flag=True, help="Text report: every document, passing ones included.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr [default: when stderr is a terminal].")
@click.option("--encoding", metavar="NAME", help="Input encoding when not UTF-8.")
@click.option("--input-format", metavar="NAME", help="Reader to use instead of guessing from the extension.")
@click.option("--columns", metavar="MAP", help="Fields of CSV/TSV/JSONL columns or feed elements: source=COL,target=COL,id=COL.")
@click.option("--baseline", "baseline_path", metavar="FILE", help="Report and fail only on issues not recorded in FILE.")
@click.option("--write-baseline", metavar="FILE", help="Record the current issues in FILE as accepted (exit 0 unless the input is unusable).")
@click.option("--workers", type=click.IntRange(1, 512), default=1, show_default=True,
              help="Check in this many local processes (any input; output identical to a serial run).")
@click.option("--scheduler", metavar="ADDRESS", help="Send the work to a Dask cluster (dask.distributed scheduler address; the dask extra).")
def check(targets, source, source_title, reference, fmt, output, outputs, select, ignore, preview, config_path, fail_on, min_score,
          exit_zero, quiet, verbose, progress, encoding, input_format, columns, baseline_path, write_baseline, workers, scheduler):
    """Check each TARGET (the English MT: files, or folders of NAME.en.EXT) and report issues.

    Exit 1 if a document fails, 2 if an input or the configuration cannot be used.
    """
    from mtqa.api import run
    from mtqa.context import Context, build_checks
    from mtqa.renderers.base import RunInfo, compare_only_warnings, dictionary_warnings, render
    from mtqa.targets import config_folder, resolve

    if source and source_title:
        raise UsageError("use either --source or --source-title, not both", "--source-title")
    if quiet and verbose:
        raise UsageError("use either --quiet or --verbose, not both", "--quiet")
    reports = _reports(fmt, output, outputs)
    conf = build_config(config_path, select, ignore, fail_on, min_score, start=config_folder(list(targets)), preview=preview)
    parallel = workers > 1 or scheduler
    ctx = None if parallel else Context(conf)  # a parallel run's parent only reads and writes
    if columns:
        from mtqa.config import parse_columns

        conf.columns = parse_columns(columns, None, "--columns")
    files = resolve(list(targets), conf.source_lang, conf.target_lang)
    if len(files) > 1 and (source or source_title or reference):
        flag = "--source" if source else "--source-title" if source_title else "--reference"
        raise UsageError(f"{flag} needs a single TARGET; with several, each finds its source by name "
                         f"(NAME.{conf.source_lang}.EXT or NAME.{conf.source_lang}-title.txt)", flag)
    described: list[RunInfo] = []

    def describe() -> None:
        """The report's account of the run (its checks, its warnings, printed now), once.

        A Dask run's parent does this while the workers check the first batches (run_parallel's ``meanwhile``),
        not before: the cluster's workers are running and idle until their first batch comes, and building the
        checks here only to name them (importing their modules: ~0.04 s of CPU) delayed it by as much."""
        if described:
            return
        codes = [c.code for c in (build_checks(conf) if parallel else ctx.checks)]
        warnings = dictionary_warnings(conf, codes) + compare_only_warnings(conf)
        for warning in warnings:
            click.echo(f"mtqa: warning: {warning}", err=True)
        described.append(RunInfo(conf, codes, target=" ".join(targets), source=source, reference=reference,
                                 warnings=warnings, verbosity=-1 if quiet else 1 if verbose else 0))

    if not scheduler:
        describe()  # a forked pool's zygote inherits the check modules the parent imports for it
    baseline = writer = None
    if baseline_path:
        from mtqa.baseline import Baseline

        baseline = Baseline.load(baseline_path)
    if write_baseline:
        from mtqa.baseline import BaselineWriter

        writer = BaselineWriter(write_baseline)
    pairs = _pairs(files, conf, source, source_title, reference, input_format, encoding)
    if parallel:  # the same reading as a serial run; only the checking moves to the workers
        from mtqa.distributed import import_client, quiet_dask_logs, run_parallel

        if scheduler:
            import_client(lean=_OWN_PROCESS)  # without what a command's client never uses
            click.get_current_context().call_on_close(quiet_dask_logs())  # for this run only: put back at its end
        results = run_parallel(pairs, conf, workers=workers, scheduler=scheduler,
                               warn=lambda notice: click.echo(f"mtqa: warning: {notice}", err=True),
                               meanwhile=describe)
    else:
        results = run(pairs, ctx)
    if conf.consensus_weight:  # needs every system's translations first: the run is held until its end
        from mtqa.scoring.consensus import with_consensus

        results = with_consensus(results, conf)
    results = _warn(results)
    if writer:
        results = writer.watch(results)
    if baseline:
        results = baseline.filter(results, conf)
    show = progress if progress is not None else sys.stderr.isatty()
    if show:
        from mtqa.progress import with_progress

        results = with_progress(results, [f.path for f in files])
    from mtqa.compiled import long_run

    with long_run(not parallel and _long_input(files)):
        first = next(results, None)  # read input errors before writing anything
        describe()  # done already, unless the run had no batch to wait for
        info = described[0]
        with contextlib.ExitStack() as stack:
            renderers = [renderer_for(name, stack.enter_context(_output(path)), info) for name, path in reports]
            summary = render(Tee(renderers), itertools.chain([first] if first else [], results))
    if baseline:
        click.echo(f"mtqa: baseline {baseline_path}: {_n(baseline.matched, 'known issue')} not reported, "
                   f"{baseline.new} new", err=True)
    if writer:
        writer.save()
        click.echo(f"mtqa: wrote {_n(len(writer.entries), 'issue')} to the baseline {write_baseline}", err=True)
        sys.exit(0)
    sys.exit(0 if summary.failed == 0 or exit_zero else 1)


def _long_input(files) -> bool:
    """The targets hold :data:`~mtqa.compiled.LONG_RUN_BYTES` or more (standard input, of unknown size, counts
    for nothing): a serial run then maps its disk tables from their first lookup (:func:`mtqa.compiled.long_run`).
    A parallel run keeps its own policy: its parent maps the tables its first checks asked before the workers
    start (:func:`mtqa.compiled.load_asked`)."""
    from mtqa.compiled import LONG_RUN_BYTES

    total = 0
    for f in files:
        try:
            total += os.path.getsize(f.path) if f.path != "-" else 0
        except (OSError, TypeError):
            continue
    return total >= LONG_RUN_BYTES


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _reports(fmt, output, outputs) -> list[tuple[str, Optional[str]]]:
    """(format, path or None for stdout) of every report the run writes; at most one on stdout."""
    reports = []
    if fmt or output or not outputs:
        reports.append((fmt or "text", output))
    for spec in outputs:
        name, sep, path = spec.partition(":")
        if name not in FORMATS:
            from mtqa.errors import did_you_mean

            raise UsageError(f"unknown report format '{name}'{did_you_mean(name, FORMATS)} "
                             f"(known: {', '.join(FORMATS)})", "--output-format")
        if sep and not path:
            raise UsageError(f"'{spec}': give a file after the colon, or no colon for stdout", "--output-format")
        reports.append((name, path or None))
    on_stdout = [n for n, p in reports if p in (None, "-")]
    if len(on_stdout) > 1:
        raise UsageError(f"{len(on_stdout)} reports would go to stdout ({', '.join(on_stdout)}): "
                         "give FORMAT:FILE for all but one", "--output-format")
    paths = [p for _, p in reports if p not in (None, "-")]
    if len(set(paths)) != len(paths):
        raise UsageError("two reports would be written to the same file", "--output-format")
    return reports


def renderer_for(name: str, stream, info):
    from mtqa.renderers import renderer_class

    return renderer_class(name)(stream, info)


class Tee:
    """Several renderers fed by one run, so each report equals its single-format run."""

    def __init__(self, renderers):
        self.renderers = renderers

    def start(self) -> None:
        for r in self.renderers:
            r.start()

    def document(self, result) -> None:
        for r in self.renderers:
            r.document(result)

    def finish(self, summary) -> None:
        for r in self.renderers:
            r.finish(summary)


def _pairs(files, conf, source, source_title, reference, input_format, encoding):
    """Pairs of every target in turn (each with its own or the given source)."""
    from mtqa.readers import open_pairs

    for f in files:
        yield from open_pairs(
            f.path, conf, source=source or f.source, source_title=source_title or f.source_title,
            reference=reference, input_format=input_format, encoding=encoding,
        )


def _warn(results):
    """Print readers' warnings (unmatched or missing feed items...) on stderr as documents stream."""
    from mtqa.renderers.escaping import visible

    for result in results:
        for warning in result.pair.meta.warnings:
            click.echo(f"mtqa: warning: {visible(warning)}", err=True)
        yield result


@main.command()
@click.option("--prune", "action", flag_value="prune",
              help="Remove the versions no run has used for an hour beyond the newest four of each table "
                   "(what a run that stores a new table does by itself).")
@click.option("--clear", "action", flag_value="clear",
              help="Remove every stored table (the next run builds what it needs again).")
def cache(action: Optional[str]) -> None:
    """Show, prune or clear the compiled cache of word tables.

    \b
    mtqa keeps compiled copies of the dictionaries, word frequencies and lexical
    model in $MTQA_CACHE_DIR (default ~/.cache/mtqa; MTQA_CACHE_DIR=off turns it
    off), one version per installation and data files; stale versions are pruned
    whenever a run stores a new one.
    """
    from mtqa import compiled

    folder = compiled.cache_dir()
    if folder is None:
        click.echo("mtqa: the cache is off (MTQA_CACHE_DIR)")
        return
    if not folder.is_dir():
        click.echo(f"{folder}: no cache yet")
        return
    try:
        if action == "clear":
            click.echo(f"{folder}: removed {compiled.clear(folder)} files")
            return
        if action == "prune":
            gone = compiled.prune(folder)
            click.echo(f"{folder}: removed {len(gone)} files of stale versions")
        found = compiled.usage(folder)
    except OSError as exc:  # the folder unreadable: one line and exit 2, as any unusable input or setting
        raise UsageError(f"cache folder {folder}: {exc.strerror or exc}") from None
    click.echo(f"{folder}: {found['files']} files, {found['bytes'] / 1e6:.1f} MB, "
               f"{found['versions']} versions of {found['kinds']} tables")


@main.command()
def rules():
    """List every check: code, name, MQM category, default severity, the summary's first sentence (within 100
    columns).

    Checks still in preview (run only with --preview or when selected by their exact code) show
    "preview" after their severity; checks that compare several systems' translations (run only by
    `mtqa compare`) show "compare".

    The MQM subcategory, the whole summary and the full documentation are in `mtqa rule CODE`.
    """
    from rich.console import Console
    from rich.table import Table

    from mtqa.checks.docs import first_sentence, parse_doc
    from mtqa.checks.registry import all_checks

    table = Table(box=None, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column("code", no_wrap=True)
    table.add_column("name", no_wrap=True)
    table.add_column("category", no_wrap=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("summary", overflow="fold", ratio=1)
    for cls in all_checks():
        severity = cls.severity.value + (" preview" if cls.preview else "") + (" compare" if cls.cross_system else "")
        table.add_row(cls.code, cls.name, cls.category, severity, first_sentence(parse_doc(cls).summary))
    console = Console(soft_wrap=False)
    width = min(console.width, 100) if console.is_terminal else 100
    console = Console(width=width, soft_wrap=False)
    console.print(table)


@main.command()
@click.argument("code")
def rule(code):
    """Print the full documentation of one check."""
    import textwrap

    from mtqa.checks.docs import parse_doc
    from mtqa.checks.registry import get
    from mtqa.context import check_options

    try:
        cls = get(code)
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None
    doc = parse_doc(cls)
    click.echo(f"{cls.code} {cls.name}")
    click.echo(f"category: {cls.category}/{cls.subcategory}   default severity: {cls.severity.value}"
               f"   needs source: {'yes' if cls.requires_source else 'no'}"
               + ("   preview: runs only with --preview or --select " + cls.code if cls.preview else "")
               + ("   runs only in: mtqa compare" if cls.cross_system else ""))
    click.echo("")
    click.echo(textwrap.fill(doc.summary, width=110, break_long_words=False, break_on_hyphens=False))
    click.echo("")
    click.echo(doc.body)
    opts = check_options(cls)
    if opts:
        click.echo("\nOptions (set under [tool.mtqa.checks.%s]):" % cls.code)
        for k, v in opts.items():
            click.echo(f"  {k} = {v!r}")
    click.echo("\nExample:")
    for key in ("title", "source"):
        if getattr(doc, key):
            click.echo(f"  {key}: {getattr(doc, key)!r}")
    for other in doc.others:
        click.echo(f"  other system: {other!r}")
    for bad in doc.bad:
        click.echo(f"  bad:  {bad!r}")
    for good in doc.good:
        click.echo(f"  good: {good!r}")


@main.command()
@click.argument("targets", nargs=-1, required=True)
@click.option("--name", "names", multiple=True, metavar="NAME", help="System name, once per TARGET (default: from the file names).")
@click.option("--source", "source", metavar="FILE", help="The source document, for plain-text TARGETs.")
@click.option("--reference", metavar="FILE", help="A human translation (plain text; line-aligned with .jsonl records).")
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json", "html"]), default="text", show_default=True)
@click.option("-o", "--output", metavar="OUT", help="Write the table here instead of stdout.")
@click.option("--select", metavar="CODES", help="Only these codes or prefixes (comma-separated).")
@click.option("--ignore", metavar="CODES", help="Skip these codes or prefixes.")
@click.option("--preview", is_flag=True, help="Also run the checks still in preview (`mtqa rules` marks them).")
@click.option("--config", "config_path", metavar="FILE", help="mtqa.toml or pyproject.toml ([tool.mtqa]).")
@click.option("--consensus/--no-consensus", default=True, show_default=True,
              help="Score each system's agreement with the others' translations of the same source (3+ systems).")
@click.option("--rank-by", type=click.Choice(["quality", "score", "consensus", "both"]), default="quality",
              show_default=True,
              help="Order systems by mean document score with the learned quality estimate (rank_quality_weight) "
                   "and the consensus term (rank_consensus_weight, 3 or more systems), "
                   "by MQM score, by consensus, or by the mean of their places by mean document score and by "
                   "consensus (consensus and both need 3 or more systems, else: by score).")
def compare(targets, names, source, reference, fmt, output, select, ignore, preview, config_path, consensus, rank_by):
    """Compare several translations of the same source: score, issues, metrics per system."""
    from mtqa import compare as cmp
    from mtqa.renderers.comparison import WRITERS
    from mtqa.context import Context
    from mtqa.renderers.base import RunInfo

    if names and len(names) != len(targets):
        raise UsageError(f"{len(names)} --name for {len(targets)} targets", "--name")
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:  # the tables, the ranking and the consensus column tell systems apart by name
        raise UsageError(f"{', '.join(map(repr, twice))} names more than one target: give each its own name", "--name")
    conf = build_config(config_path, select, ignore, None, None, preview=preview)
    ctx = Context(conf)
    info = RunInfo(conf, [c.code for c in ctx.checks + ctx.cross_checks], reference=reference)
    stats = cmp.compare(list(targets), ctx, names=list(names) or None, source=source, reference=reference,
                        consensus=consensus, rank_by=rank_by)
    try:
        with _output(output) as stream:
            WRITERS[fmt](stats, stream, info.signature + cmp.consensus_signature(consensus, len(targets))
                         + cmp.segment_signature(ctx, len(targets)))
    finally:
        cmp.release(stats)


@main.command("config")
@click.option("--config", "config_path", metavar="FILE", help="Config file to read instead of searching.")
def show_config(config_path):
    """Print the effective configuration as JSON."""
    import json

    from mtqa import config as cfg

    from mtqa.context import build_checks

    conf = cfg.load(config_path)
    out = conf.to_dict()
    out["path"] = conf.path  # the file used; null = built-in defaults (no mtqa.toml / [tool.mtqa] found)
    out["checks_enabled"] = [c.code for c in build_checks(conf)]
    click.echo(json.dumps(out, indent=2, ensure_ascii=False))
    click.echo(f"mtqa: configuration from {conf.path or 'built-in defaults (no mtqa.toml or [tool.mtqa] found)'}",
               err=True)


_OWN_PROCESS = False
"""Whether this process is the ``mtqa`` command's own (:func:`command_line`), not a program that runs the
command in-process and lives on after it (click's test runner, a notebook calling :func:`main`)."""


def command_line() -> None:
    """The ``mtqa`` command (console script, ``python -m mtqa``): :func:`main`, then a quick exit.

    Why: a long run holds millions of small objects (word tables, caches), and the
    interpreter's shutdown frees them one by one and collects them once more: about
    0.7 s of CPU after the 24,000 WMT14 pairs, some 8 % of the run, for memory the
    operating system takes back at once. So once the command has returned (its
    reports written and closed), the exit handlers have run (:func:`atexit`: the
    pattern cache is saved there) and the standard streams are flushed, the process
    ends with ``os._exit`` and the same exit status. The usual shutdown is kept
    when it might do more: another thread alive (it would be waited for), a
    status that is not a number, or a stream that cannot be flushed (a closed pipe:
    Python's own handling of it stays). The command also has the tables it loads
    frozen out of the garbage collector's walks (:func:`mtqa.compiled.freeze_loaded_tables`);
    a usual shutdown unfreezes them first.
    """
    from mtqa.collector import collect_seldom_for_good
    from mtqa.compiled import build_tables_aside, freeze_loaded_tables

    global _OWN_PROCESS
    _OWN_PROCESS = True  # a Dask client here imports distributed without what it never uses (import_client)
    freeze_loaded_tables()  # this process is the command's own: its collector skips the loaded tables
    build_tables_aside()  # and a table missing from the cache is built in a child, its garbage with it
    collect_seldom_for_good()  # and collects as seldom as a run does, to its end (no collection at the run's end)
    try:
        main()
        status = 0  # pragma: no cover - click's standalone mode always ends with SystemExit
    except SystemExit as exc:
        status = exc.code
    import atexit
    import threading

    code = 0 if status is None else status
    if not isinstance(code, int) or threading.active_count() > 1 or not _flushed():
        _usual_shutdown(status)
    atexit._run_exitfuncs()  # what the shutdown would run first (and clears them)
    if not _flushed():
        _usual_shutdown(status)
    os._exit(code & 0xFF)


def _usual_shutdown(status) -> None:
    """End through the interpreter's own shutdown, as a program that never froze its tables would."""
    import gc

    from mtqa.compiled import freeze_loaded_tables

    freeze_loaded_tables(False)
    gc.unfreeze()  # what the run froze (see freeze_loaded_tables) is finalised and collected as usual
    raise SystemExit(status)


def _flushed() -> bool:
    """Flush stdout and stderr; False when either cannot be (a closed pipe)."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return False
    return True

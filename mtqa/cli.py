"""The ``mtqa`` command line: parse options, call the API, pick a renderer.

Commands only parse and dispatch; the work lives in :mod:`mtqa.api`. Any
:class:`~mtqa.errors.UsageError` becomes one line on stderr and exit code 2.
"""
from __future__ import annotations

import contextlib
import os
import sys
from typing import Optional

import click

from mtqa import __version__
from mtqa.errors import ConfigError, UsageError

FORMATS = ["text", "json", "jsonl", "csv", "html", "junit", "sarif", "markdown", "github"]


def _fail(exc: Exception) -> None:
    click.echo(f"mtqa: error: {exc}", err=True)
    sys.exit(2)


class _Group(click.Group):
    """Turns usage errors into one line + exit 2, and hides tracebacks."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except UsageError as exc:
            _fail(exc)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except BrokenPipeError:  # e.g. `mtqa check ... | head`
            sys.exit(1)
        except Exception as exc:  # never a traceback for users
            if os.environ.get("MTQA_DEBUG"):
                raise
            click.echo(f"mtqa: internal error: {type(exc).__name__}: {exc} (set MTQA_DEBUG=1 for details)", err=True)
            sys.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mtqa")
def main() -> None:
    """Quality checks for machine translation of news (French -> English first)."""


def _split(value: Optional[str]) -> tuple[str, ...]:
    return tuple(v.strip().upper() for v in (value or "").split(",") if v.strip())


def build_config(config_path, select, ignore, fail_on, min_score, extra_select=None):
    """Effective configuration: file, then command-line overrides."""
    from mtqa import config as cfg
    from mtqa.model import Severity

    conf = cfg.load(config_path)
    if select:
        conf.select = _split(select)
    if ignore:
        conf.ignore = conf.ignore + _split(ignore)
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
    try:
        handle = open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise UsageError(f"cannot write output ({exc.strerror})", path) from None
    with handle:
        yield handle


@main.command()
@click.argument("target")
@click.option("--source", "source", metavar="FILE", help="The source document (same format family as TARGET).")
@click.option("--source-title", metavar="TEXT", help="Only the source headline is known.")
@click.option("--reference", metavar="FILE", help="A human translation: adds BLEU/chrF/TER.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("-o", "--output", metavar="OUT", help="Write the report here instead of stdout.")
@click.option("--select", metavar="CODES", help="Only these codes or prefixes (comma-separated).")
@click.option("--ignore", metavar="CODES", help="Skip these codes or prefixes.")
@click.option("--config", "config_path", metavar="FILE", help="mtqa.toml or pyproject.toml ([tool.mtqa]).")
@click.option("--fail-on", type=click.Choice(["minor", "major", "critical", "none"]),
              help="Fail a document with any issue at or above this severity [default: critical].")
@click.option("--min-score", type=float, help="Pass mark on the 0-100 score (overrides the config).")
@click.option("--encoding", metavar="NAME", help="Input encoding when not UTF-8.")
@click.option("--input-format", metavar="NAME", help="Reader to use instead of guessing from the extension.")
def check(target, source, source_title, reference, fmt, output, select, ignore, config_path, fail_on, min_score, encoding, input_format):
    """Check TARGET (the English MT) and report issues; exit 1 if a document fails."""
    from mtqa.api import run
    from mtqa.context import Context
    from mtqa.readers import open_pairs
    from mtqa.renderers import renderer_class
    from mtqa.renderers.base import RunInfo, Summary

    if source and source_title:
        raise UsageError("use either --source or --source-title, not both", "--source-title")
    conf = build_config(config_path, select, ignore, fail_on, min_score)
    ctx = Context(conf)
    info = RunInfo(conf, [c.code for c in ctx.checks], target=target, source=source, reference=reference)
    pairs = open_pairs(
        target, conf, source=source, source_title=source_title, reference=reference,
        input_format=input_format, encoding=encoding,
    )
    summary = Summary()
    with _output(output) as stream:
        renderer = renderer_class(fmt)(stream, info)
        results = run(pairs, ctx)
        first = next(results, None)  # read input errors before writing anything
        renderer.start()
        for result in ([first] if first else []):
            summary.add(result)
            renderer.document(result)
        for result in results:
            summary.add(result)
            renderer.document(result)
        renderer.finish(summary)
    sys.exit(0 if summary.failed == 0 else 1)


@main.command()
def rules():
    """List every check: code, name, category, default severity, summary."""
    from rich.console import Console
    from rich.table import Table

    from mtqa.checks.docs import parse_doc
    from mtqa.checks.registry import all_checks

    table = Table(box=None, pad_edge=False)
    for col in ("code", "name", "category", "severity", "summary"):
        table.add_column(col)
    for cls in all_checks():
        table.add_row(cls.code, cls.name, f"{cls.category}/{cls.subcategory}", cls.severity.value, parse_doc(cls).summary)
    console = Console(soft_wrap=True)
    if not console.is_terminal:
        console = Console(width=200, soft_wrap=True)
    console.print(table)


@main.command()
@click.argument("code")
def rule(code):
    """Print the full documentation of one check."""
    from mtqa.checks.docs import parse_doc
    from mtqa.checks.registry import get
    from mtqa.context import check_options

    try:
        cls = get(code)
    except KeyError as exc:
        raise UsageError(str(exc).strip("'\""), code) from None
    doc = parse_doc(cls)
    click.echo(f"{cls.code} {cls.name}")
    click.echo(f"category: {cls.category}/{cls.subcategory}   default severity: {cls.severity.value}"
               f"   needs source: {'yes' if cls.requires_source else 'no'}")
    click.echo("")
    click.echo(doc.summary)
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
    for bad in doc.bad:
        click.echo(f"  bad:  {bad!r}")
    for good in doc.good:
        click.echo(f"  good: {good!r}")


@main.command("config")
@click.option("--config", "config_path", metavar="FILE", help="Config file to read instead of searching.")
def show_config(config_path):
    """Print the effective configuration as JSON."""
    import json

    from mtqa import config as cfg

    conf = cfg.load(config_path)
    click.echo(json.dumps(conf.to_dict(), indent=2, ensure_ascii=False))

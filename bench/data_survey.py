"""Survey: every word list of mtqa's data files emptied in turn, in a ``$MTQA_DATA`` copy.

A user's copy may empty any list (a month list, a table of honorific titles, the exonym table). An empty
list must mean "none": the run must not crash, and it must not raise flags that the full list does not,
except where the list is one of exceptions (a list of names to leave alone, emptied, lets more through).
For each TOML array of words (or of tables, or of pairs), each table of strings keyed by word, and each name
table (``names/*.tsv``, kept with its header only), this script writes a copy with that one thing
emptied, checks a slice of real MT output (Potet's Google output of French news, with its source) with
the copy, and prints the runs that failed and the flags the copy added over a run with mtqa's own data.

    .venv/bin/python bench/data_survey.py [--lines 300] [--jobs 2] [--only numbers/]

Reads ``../shared/data/potet-fren-postedit/``; exits 0 with a notice when it is absent.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "mtqa" / "data"
POTET = ROOT.parent / "shared" / "data" / "potet-fren-postedit"


def _inline(value) -> str:
    """``value`` written as one TOML value (inline tables and arrays: the file holds one key per line)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_inline(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {_inline(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no TOML for {type(value).__name__}")


def _toml(data: dict) -> str:
    return "".join(f"{json.dumps(k, ensure_ascii=False)} = {_inline(v)}\n" for k, v in data.items())


def _lists(value, keys=()):
    """The keys of every array, and of every table whose values are all strings (a word table)."""
    if isinstance(value, dict):
        if keys and len(value) > 1 and all(isinstance(v, str) for v in value.values()):
            yield keys, {}
        for k, v in value.items():
            yield from _lists(v, keys + (k,))
    elif isinstance(value, list) and value and any(all(isinstance(v, kind) for v in value) for kind in (str, dict, list)):
        yield keys, []  # a word list, or a list of entries (tables, pairs); not a record ("mile = ['length', 1609]")


def _emptied(data: dict, keys: tuple, empty) -> dict:
    out = dict(data)
    if len(keys) == 1:
        out[keys[0]] = empty
    else:
        out[keys[0]] = _emptied(data[keys[0]], keys[1:], empty)
    return out


def cases():
    """(label, relative path, text of the copy) for every list of every data file."""
    for path in sorted(DATA.rglob("*.toml")):
        rel = path.relative_to(DATA)
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert tomllib.loads(_toml(data)) == data, rel  # the writer is faithful
        for keys, empty in _lists(data):
            yield f"{rel} {'.'.join(map(str, keys))}", rel, _toml(_emptied(data, keys, empty))
    for path in sorted((DATA / "names").glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        header = next(n for n, line in enumerate(lines) if line.strip() and not line.startswith("#"))
        yield f"{path.relative_to(DATA)} (header only)", path.relative_to(DATA), "".join(lines[:header + 1])


def _check(work: Path, folder) -> tuple[int, str, set]:
    env = {**os.environ}
    env.pop("MTQA_DEBUG", None)
    if folder is None:
        env.pop("MTQA_DATA", None)
    else:
        env["MTQA_DATA"] = str(folder)
    done = subprocess.run([sys.executable, "-m", "mtqa", "check", "mt.en.txt", "--source", "src.fr.txt", "--format",
                           "json", "--fail-on", "none"], capture_output=True, text=True, env=env, cwd=work, timeout=900)
    flags = set()
    if done.stdout.strip():
        for doc in json.loads(done.stdout)["documents"]:
            flags.update((i["code"], i["line"], i["text"]) for i in doc["issues"])
    return done.returncode, done.stderr.strip(), flags


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=300, help="lines of the Potet Google output checked")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", default="", help="survey only the cases whose label holds this text")
    args = parser.parse_args(argv)
    if not POTET.is_dir():
        print(f"no data at {POTET}: nothing surveyed")
        return 0
    todo = [c for c in cases() if args.only in c[0]]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "work"
        work.mkdir()
        for name, source in (("src.fr.txt", "src.fr"), ("mt.en.txt", "mt-google.en")):
            lines = (POTET / source).read_text(encoding="utf-8").splitlines()[:args.lines]
            (work / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        code, err, base = _check(work, None)
        assert code in (0, 1) and not err, err

        def one(n_case):
            n, (label, rel, text) = n_case
            folder = Path(tmp) / f"data{n}"
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_text(text, encoding="utf-8")
            return label, *_check(work, folder)

        failed = added = 0
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            for label, code, err, flags in pool.map(one, enumerate(todo)):
                if code in (0, 1) and err and all(" warning: " in line for line in err.splitlines()):
                    print(f"WARNED  {label}: {err.splitlines()[0]}", flush=True)
                elif code not in (0, 1) or err:
                    failed += 1
                    print(f"FAILED  {label}: exit {code}: {err.splitlines()[-1] if err else ''}", flush=True)
                elif flags - base:
                    added += 1
                    new = sorted(flags - base)
                    print(f"ADDED   {label}: {len(new)} flags, e.g. {new[:3]}", flush=True)
    print(f"{len(todo)} lists emptied in turn ({args.lines} lines checked, {len(base)} flags with mtqa's own data): "
          f"{failed} runs failed, {added} added flags")
    return 0


if __name__ == "__main__":
    sys.exit(main())

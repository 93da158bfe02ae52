"""CPU seconds spent in each check over a .jsonl corpus, in one process.

Usage: .venv/bin/python bench/check_costs.py FILE.jsonl [--warm OTHER.jsonl] [--top 30] [--repeat] [--word-facts]
[--preview]  (``--preview``: the checks in preview run and are charged too)

Runs ``mtqa.api.run`` over FILE (French source, English target) with every
default check and charges each check's calls with the thread's CPU time
(``time.thread_time_ns``: CPU, not wall, so the figures hold on a loaded
machine). ``--warm`` first runs another file through the same context and
forgets its costs: with another system's output of the same sources it
leaves the word tables loaded and the sources analysed, as in the middle of
a long run, so what is printed is the steady per-segment cost.

A check's first calls also pay for what it loads (a table, a dictionary):
compare two checkouts on the same file, not one check with another. A
segment check is charged only for the segments that pass its ``screen``
(``SegmentCheck.screen``): the screen itself runs in ``check_pair``, outside
every check, so compare whole runs' CPU too.
``--repeat`` calls every check a second time on the same segment (or document), at once, and
prints that call's cost beside the first one's (column ``again``): every analysis the check
memoises is then in memory, so ``again`` is what the check costs beyond what it reads from the
run's shared analyses (a text's words, its votes, the per-word facts of ``Evidence.select``), and
the difference is the first reading of those. It bounds what sharing one more analysis among
checks can save: a check cannot cost less than ``again`` by reading a memo. The second call must
find the same issues (a check that does not is named, and the script exits 1). The first calls'
figures are those of a run without ``--repeat``.
``--word-facts`` also times the per-word facts the checks ask of the languages (wordfreq frequencies,
Hunspell acceptance: :data:`WORD_FACTS`) over the run, then asks each function again about every
distinct word it was asked, with the tables now open, and once more from a dict of the answers
(column ``dict``). The run's figure includes opening the tables; ``tables open`` is what a stored
table of precomputed answers could save at most on this corpus (it still has to be opened and read);
``dict`` is the floor of such a table held whole in memory. An answer that differs when asked again
(a fact that is not a function of its arguments, which no stored table could give) is named, and
the script exits 1.
On a cold compiled-table cache (:mod:`mtqa.compiled`) the run also builds the tables, asking facts that no
check asks: a line says so; run again (or ``--warm``) for steady figures. With ``--repeat`` the second
calls' CPU (and their garbage collections) is left out of the share of the run's CPU and of line ``(gc)``.
``bench/wmt14.py`` writes the WMT14 files (``bench/out/wmt14.<system>.jsonl``).
"""
from __future__ import annotations

import argparse
import collections
import gc
import sys
import contextlib
import importlib
import time
from typing import Iterator, Optional

import checkout  # noqa: F401  (this checkout's mtqa first: bench/checkout.py)
from mtqa.api import run
from mtqa.compiled import freeze_loaded_tables
from mtqa.config import Config
from mtqa.context import Context
from mtqa.readers.jsonl import read_jsonl


GC = "(gc)"
"""The line of the cyclic garbage collector's time: a collection runs inside whichever check happens to
allocate when the threshold is reached (a middle-generation one can take a quarter of a second), so its
time is taken out of that check and shown on its own line."""


def _timed(ctx: Context, cost: collections.Counter, again: Optional[collections.Counter] = None,
           differ: Optional[set] = None) -> None:
    clock = time.thread_time_ns
    collecting = [0, 0]  # start of the collection under way, nanoseconds spent collecting so far

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            collecting[0] = clock()
        else:
            collecting[1] += clock() - collecting[0]

    gc.callbacks.append(on_gc)
    for chk in ctx.checks:
        def wrapped(*args, _check=chk.check, _code=chk.code):
            start, collected = clock(), collecting[1]
            out = list(_check(*args))
            in_gc = collecting[1] - collected
            cost[_code] += clock() - start - in_gc
            cost[GC] += in_gc
            if again is not None:  # --repeat: the same call with every memo of the check filled
                start, collected = clock(), collecting[1]
                second = list(_check(*args))
                in_gc = collecting[1] - collected
                again[_code] += clock() - start - in_gc
                if in_gc:  # the second calls' collections are theirs, not the run's (line (gc))
                    again[GC] += in_gc
                if second != out:
                    differ.add(_code)
            return out
        object.__setattr__(chk, "check", wrapped)


WORD_FACTS = (("mtqa.langs.frequency", "zipf"), ("mtqa.langs.frequency", "zipf_bound"),
              ("mtqa.langs.frequency", "zipf_folded"), ("mtqa.langs.hunspell", "in_dictionary"),
              ("mtqa.langs.hunspell", "is_common_word"), ("mtqa.langs.hunspell", "has_proper_stem"))
"""The per-word facts (module, function): what a :class:`~mtqa.langs.language.Language` asks of a word
(its memoised ``zipf``, ``in_dictionary``... call these). None calls another, so their times add up."""

NOT_YET_KNOWN = frozenset({"zipf_bound"})
"""Facts that answer None while their figure is still on disk (:func:`mtqa.langs.frequency.zipf_bound`):
such an answer of the run agrees with whatever the same question gets later."""


def _key(value):
    """``value`` as a dict key: an unhashable object (a Hunspell dictionary) by its identity, which holds
    for the run (the dictionaries live as long as the process)."""
    try:
        hash(value)
        return value
    except TypeError:
        if isinstance(value, tuple):
            return tuple(_key(v) for v in value)
        return ("#", id(value))


class FactLog:
    """One fact function's calls in a run: how many, their CPU, and for each distinct argument list (in
    the order first asked) the arguments and the answer."""

    def __init__(self, function) -> None:
        self.function = function
        self.calls = 0
        self.ns = 0
        self.answers: dict = {}


@contextlib.contextmanager
def watching_word_facts(facts=WORD_FACTS) -> Iterator[dict[str, FactLog]]:
    """Within the block, the functions of ``facts`` count and time their calls (see :class:`FactLog`).

    Enter it before the run's languages are built: a :class:`~mtqa.langs.language.Language` binds these
    functions when it is made. The module functions are restored on leaving.
    """
    clock = time.thread_time_ns
    logs: dict[str, FactLog] = {}
    kept = []
    for module_name, name in facts:
        module = importlib.import_module(module_name)
        original = getattr(module, name)
        log = logs[name] = FactLog(original)

        def watched(*args, _f=original, _log=log, **kwargs):
            start = clock()
            answer = _f(*args, **kwargs)
            _log.ns += clock() - start
            _log.calls += 1
            _log.answers.setdefault(_key((args, tuple(sorted(kwargs.items())))), (args, kwargs, answer))
            return answer
        setattr(module, name, watched)
        kept.append((module, name, original))
    try:
        yield logs
    finally:
        for module, name, original in kept:
            setattr(module, name, original)


def replay_word_facts(logs: dict[str, FactLog]) -> tuple[dict[str, tuple[float, float]], set[str]]:
    """Each function asked again about its distinct arguments: {name: (CPU s with the tables open, CPU s
    from a dict of the answers)}, and the names of those that answered otherwise."""
    clock = time.thread_time_ns
    times, differ = {}, set()
    for name, log in logs.items():
        asked = list(log.answers.values())
        function = log.function
        start = clock()
        again = [function(*args, **kwargs) for args, kwargs, _ in asked]
        open_ns = clock() - start
        answers = {key: answer for key, (_, _, answer) in log.answers.items()}
        start = clock()
        for key in log.answers:
            answers.get(key)
        times[name] = (open_ns / 1e9, (clock() - start) / 1e9)
        unknown_agrees = name in NOT_YET_KNOWN
        if any(first != later and not (unknown_agrees and first is None)
               for (_, _, first), later in zip(asked, again)):
            differ.add(name)
    return times, differ


def print_word_facts(logs: dict[str, FactLog], times: dict[str, tuple[float, float]], run_seconds: float) -> None:
    print(f"per-word facts: {'calls':>9s} {'distinct':>9s} {'in run':>8s} {'tables open':>12s} {'dict':>8s}")
    total = [0.0, 0.0, 0.0]
    for name, log in logs.items():
        opened, in_dict = times[name]
        total[0] += log.ns / 1e9
        total[1] += opened
        total[2] += in_dict
        print(f"{name:15s} {log.calls:9,d} {len(log.answers):9,d} {log.ns / 1e9:7.2f}s {opened:11.2f}s {in_dict:7.3f}s")
    print(f"{'(all)':15s} {'':9s} {'':9s} {total[0]:7.2f}s {total[1]:11.2f}s {total[2]:7.3f}s"
          f"   tables open: {100 * total[1] / run_seconds:.1f} % of the run's CPU")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file")
    ap.add_argument("--warm", help="a .jsonl run first, its costs not counted")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--repeat", action="store_true", help="call each check twice and print the second call's cost")
    ap.add_argument("--preview", action="store_true", help="run the checks in preview too (their cost before "
                    "they are made default)")
    ap.add_argument("--word-facts", action="store_true",
                    help="time the per-word facts (frequencies, dictionary tests) and ask them again with the tables open")
    args = ap.parse_args()
    with watching_word_facts(WORD_FACTS if args.word_facts else ()) as logs:
        _measure(args, logs)


def _stored_tables() -> set:
    """The files of the compiled-table cache (:func:`mtqa.compiled.cache_dir`; empty when it is off): a file
    that appears during the run is a table built in it, whose building the run's figures include."""
    from mtqa.compiled import cache_dir

    folder = cache_dir()
    try:
        return set(folder.iterdir()) if folder is not None else set()
    except OSError:
        return set()


def _measure(args, logs: dict[str, FactLog]) -> None:
    freeze_loaded_tables()  # as the mtqa command does for its process (the (gc) line is then the command's)
    ctx = Context(Config(preview=args.preview))
    cost: collections.Counter = collections.Counter()
    again: Optional[collections.Counter] = collections.Counter() if args.repeat else None
    differ: set = set()
    _timed(ctx, cost, again, differ)
    if args.warm:
        for _ in run(read_jsonl(args.warm, source_lang="fr", target_lang="en"), ctx):
            pass
        cost.clear()
        if again is not None:
            again.clear()
        for log in logs.values():  # the facts of the warming file are not counted either
            log.calls, log.ns, log.answers = 0, 0, {}
    stored = _stored_tables()
    start = time.process_time()
    pairs = sum(len(r.pair.target.segments) for r in run(read_jsonl(args.file, source_lang="fr", target_lang="en"), ctx))
    seconds = time.process_time() - start
    built = _stored_tables() - stored
    checks = sum(cost.values()) / 1e9
    print(f"{pairs:,} pairs: {seconds:.2f} CPU s ({pairs / seconds:,.0f} pairs per CPU second), "
          f"{checks:.2f} s in checks (of which {cost[GC] / 1e9:.2f} s collecting garbage, line {GC})")
    if again is not None:
        print(f"(the CPU figure includes the second calls; {sum(again.values()) / 1e9:.2f} s of them: column again, "
              f"{again[GC] / 1e9:.2f} s of it collecting garbage)")
    if built:
        print(f"(a cold cache: {len(built)} compiled table(s) built during the run, which asked per-word facts too; "
              f"run once more, or with --warm, for the steady figures)")
    for code, ns in cost.most_common(args.top):
        second = f"   again {again[code] / 1e9:6.2f} s" if again is not None and code != GC else ""
        print(f"{code:6s} {ns / 1e9:7.2f} s {100 * ns / 1e9 / checks:5.1f} %{second}")
    facts_differ: set = set()
    if logs:
        times, facts_differ = replay_word_facts(logs)
        # the share is of the run without the second calls (--repeat), which ask no fact the first did not
        print_word_facts(logs, times, seconds - (sum(again.values()) / 1e9 if again is not None else 0.0))
    if differ:
        sys.exit(f"check_costs: a second call on the same input found other issues: {', '.join(sorted(differ))}")
    if facts_differ:
        sys.exit(f"check_costs: a per-word fact answered otherwise when asked again: {', '.join(sorted(facts_differ))}")


if __name__ == "__main__":
    main()

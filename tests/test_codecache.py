"""The compiled methods of dataclasses kept across runs: the same classes, built from the file the next time."""
import json
import os
import subprocess
import sys
import textwrap

PROGRAM = textwrap.dedent("""
    import dataclasses, json
    from dataclasses import dataclass, field
    from mtqa import codecache
    codecache.install()  # as the CLI does before running a command

    @dataclass(frozen=True, order=True)
    class Ticket:
        route: str
        seats: int = 2
        stops: list = field(default_factory=list, compare=False)

    @dataclass
    class Booking:
        who: str
        ticket: Ticket = None

    a, b = Ticket("Lyon-Paris", 3, ["Dijon"]), Ticket("Lyon-Paris", 3)
    out = [repr(a), a == b, a < Ticket("Nice"), hash(a) == hash(b), repr(Booking("Ana", a)), Booking("Ana") == Booking("Ana")]
    try:
        a.seats = 4
    except dataclasses.FrozenInstanceError:
        out.append("frozen")
    served = len(codecache._known) - len(codecache._added)
    print(json.dumps({"out": out, "installed": codecache._path is not None, "served": served, "added": len(codecache._added)}))
""")


def _run(cache):
    done = subprocess.run([sys.executable, "-c", PROGRAM], env={**os.environ, "MTQA_CACHE_DIR": cache},
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_dataclasses_built_from_the_cache_are_those_dataclasses_compiles(tmp_path):
    cache = str(tmp_path / "cache")
    plain, first, second = _run("off"), _run(cache), _run(cache)
    assert not plain["installed"] and first["installed"] and second["installed"]
    assert first["added"] > 0 and second["added"] == 0 and second["served"] >= first["added"]  # no compile the second time
    assert first["out"] == second["out"] == plain["out"]
    assert plain["out"][-1] == "frozen" and plain["out"][1] is True
    assert len(list((tmp_path / "cache").glob("dataclass-code-*.marshal"))) == 1


def test_a_damaged_cache_file_is_ignored(tmp_path):
    cache = tmp_path / "cache"
    plain = _run("off")
    _run(str(cache))
    for path in cache.glob("dataclass-code-*.marshal"):
        path.write_bytes(b"\x00garbage")
    assert _run(str(cache))["out"] == plain["out"]

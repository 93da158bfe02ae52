"""The run's garbage-collector thresholds (mtqa.collector): raised while checking, restored after, kept by the command."""
import gc
import subprocess
import sys

import pytest

from mtqa import api
from mtqa.collector import RUN_GC_THRESHOLD
from mtqa.context import Context


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def _seen_while_checking(monkeypatch) -> list:
    seen = []
    real = api.check_pair

    def spy(pair, ctx):
        seen.append(gc.get_threshold())
        return real(pair, ctx)

    monkeypatch.setattr(api, "check_pair", spy)
    return seen


def _check_two_documents():
    from mtqa.readers.text import parse_text
    from mtqa.model import DocumentPair

    ctx = Context()
    pairs = [DocumentPair(id=f"d{i}", target=parse_text("The council met on Monday.", doc_id=f"d{i}", path=None,
                                                        lang="en"),
                          source=parse_text("Le conseil s'est réuni lundi.", doc_id=f"d{i}", path=None, lang="fr"))
             for i in range(2)]
    return list(api.run(pairs, ctx))


def test_a_run_collects_young_objects_only_every_run_threshold_allocations_and_restores_the_default(
        thresholds, monkeypatch):
    gc.set_threshold(700, 10, 10)
    seen = _seen_while_checking(monkeypatch)
    assert len(_check_two_documents()) == 2
    assert seen == [(RUN_GC_THRESHOLD, 10, 10)] * 2
    assert gc.get_threshold() == (700, 10, 10)


def test_a_callers_own_choice_higher_threshold_or_collection_off_is_kept(thresholds, monkeypatch):
    for mine in ((RUN_GC_THRESHOLD * 2, 5, 5), (0, 10, 10)):
        gc.set_threshold(*mine)
        seen = _seen_while_checking(monkeypatch)
        _check_two_documents()
        assert seen == [mine] * 2 and gc.get_threshold() == mine
        monkeypatch.undo()


def test_the_mtqa_command_keeps_the_run_threshold_to_its_end_so_no_collection_walks_the_caches_at_the_end(tmp_path):
    """The command's process is its own: the threshold is not put back to the default after the run (that would
    walk every object allocated since the last collection just before the quick exit)."""
    data = tmp_path / "one.jsonl"
    data.write_text('{"id": 1, "source": "Le conseil se réunit lundi.", "target": "The council meets on Monday."}\n',
                    encoding="utf-8")
    program = (
        "import gc, sys\n"
        "import mtqa.cli as cli\n"
        "gc.set_threshold(700, 10, 10)\n"
        "real = cli.main\n"
        "def main():\n"
        "    try:\n"
        "        real()\n"
        "    finally:\n"
        "        sys.stderr.write('threshold after the run: %d\\n' % gc.get_threshold()[0])\n"
        "        sys.stderr.flush()\n"
        "cli.main = main\n"
        f"sys.argv = ['mtqa', 'check', {str(data)!r}, '--format', 'jsonl', '-o', {str(tmp_path / 'out.jsonl')!r}]\n"
        "cli.command_line()\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    assert f"threshold after the run: {RUN_GC_THRESHOLD}" in done.stderr


def test_the_documented_policy_names_the_threshold_in_use():
    """The docstring of fewer_collections states the allocations between collections: the constant's value."""
    import re

    from mtqa.collector import fewer_collections

    said = re.findall(r"every ([\d,]+) allocations", fewer_collections.__doc__)
    assert said and {int(n.replace(",", "")) for n in said} == {RUN_GC_THRESHOLD}


def _pairs(n: int) -> list:
    from mtqa.readers.text import parse_text
    from mtqa.model import DocumentPair

    return [DocumentPair(id=f"d{i}", target=parse_text("The council met on Monday.", doc_id=f"d{i}", path=None,
                                                       lang="en"),
                         source=parse_text("Le conseil s'est réuni lundi.", doc_id=f"d{i}", path=None, lang="fr"))
            for i in range(n)]


def test_runs_a_caller_interleaves_give_back_the_callers_threshold_whatever_order_they_end_in(thresholds):
    """Two systems checked in step (``zip(run(a), run(b))``): the first run to end must not restore the default
    under the second, nor the second restore the first's raised threshold for good."""
    gc.set_threshold(700, 10, 10)
    ctx = Context()
    first, second = api.run(_pairs(2), ctx), api.run(_pairs(2), ctx)
    next(first)
    next(second)
    first.close()
    assert gc.get_threshold()[0] == RUN_GC_THRESHOLD  # the second run is still checking
    second.close()
    assert gc.get_threshold() == (700, 10, 10)


def test_a_run_that_raises_or_is_left_early_gives_back_the_callers_threshold(thresholds):
    gc.set_threshold(700, 10, 10)
    broken = _pairs(1) + [None]
    with pytest.raises(AttributeError):
        list(api.run(broken, Context()))
    assert gc.get_threshold() == (700, 10, 10)
    for result in api.run(_pairs(3), Context()):
        break
    assert gc.get_threshold() == (700, 10, 10)


def test_the_mtqa_command_collects_seldom_before_it_imports_the_command_line(tmp_path):
    """``mtqa`` (mtqa.__main__) raises the threshold before importing click and the checks: their objects live
    to the end, and walking them at the default threshold was 36 young and 3 middle collections of a one-line
    check that freed nothing worth it."""
    program = (
        "import gc, sys\n"
        "gc.set_threshold(700, 10, 10)\n"
        "class Spy:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'click':\n"
        "            sys.stderr.write('threshold at click: %d\\n' % gc.get_threshold()[0]); sys.stderr.flush()\n"
        "        return None\n"
        "sys.meta_path.insert(0, Spy())\n"
        "from mtqa.__main__ import command_line\n"
        "sys.argv = ['mtqa', 'rules']\n"
        "command_line()\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"threshold at click: {RUN_GC_THRESHOLD}" in done.stderr

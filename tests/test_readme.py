"""The README's commands, as `.ci/replay-readme` will run them (the replay itself is slow and lives in .ci/).

Checked here, quickly: every ```sh command is found, the environment is
activated before the first bare `mtqa` command, python3-venv and the
dictionaries are installed, and the sample's expected exit 1 is written down.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _replay():
    loader = importlib.machinery.SourceFileLoader("replay_readme", str(ROOT / ".ci" / "replay-readme"))
    spec = importlib.util.spec_from_loader("replay_readme", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_readme_commands_work_as_written_for_a_new_user():
    replay = _replay()
    cmds = replay.commands((ROOT / "README.md").read_text(encoding="utf-8"))
    assert cmds[0].startswith("apt-get") and "python3-venv" in cmds[0] and "hunspell-en-us" in cmds[0]
    activate = next(k for k, c in enumerate(cmds) if ". .venv/bin/activate" in c or "source .venv/bin/activate" in c)
    first_mtqa = next(k for k, c in enumerate(cmds) if c.startswith("mtqa "))
    assert activate < first_mtqa
    sample = next(c for c in cmds if "corpora/seed/article.en.txt" in c)
    assert replay.EXPECT.search(sample).group(1) == "1"
    assert any("pytest" in c for c in cmds)
    text, skipped = replay.script(cmds, skip_tests=True)
    assert all("pytest" not in c for c in text.splitlines() if not c.startswith("echo")) or skipped

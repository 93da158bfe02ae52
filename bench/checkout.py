"""Put this checkout's ``mtqa`` first on ``sys.path`` for the bench scripts.

A bench script measures the code of the tree it lives in. Run as ``python
bench/X.py``, Python puts only ``bench/`` on the path, so ``import mtqa`` found
whatever the virtual environment's editable install points to: from a second
worktree or an archived base, a script silently measured another checkout's
code. Every script imports this module before its first ``mtqa`` import.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

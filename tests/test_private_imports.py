"""A helper several checks share has one public owner (mtqa/langs, mtqa/names, mtqa/meaning, mtqa/evidence,
mtqa/segment...), never a check module whose private name another check imports: such an import ties
one check to another's internals, which a change made for that check alone then breaks."""
import re
from pathlib import Path

import mtqa

_PRIVATE_FROM_CHECK = re.compile(r"from mtqa\.checks\.(\w+) import ([^\n]*)")


def test_no_module_imports_a_private_name_of_a_check():
    root = Path(mtqa.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        for m in _PRIVATE_FROM_CHECK.finditer(path.read_text(encoding="utf-8")):
            names = [n.strip().split(" as ")[0] for n in m.group(2).strip("()").split(",")]
            found += [f"{path.relative_to(root)}: {m.group(1)}.{n}" for n in names if n.startswith("_")]
    assert found == []

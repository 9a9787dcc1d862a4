"""The core must import and work without PySide6 (STYLE.md rule 1)."""

import subprocess
import sys

BLOCKER = r"""
import importlib.abc, pkgutil, sys

class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError(f"taxdesk.core imported {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import taxdesk.core
names = [m.name for m in pkgutil.walk_packages(taxdesk.core.__path__, "taxdesk.core.")
         if ".migrations" not in m.name]
for name in names:
    __import__(name)
assert not any(m.startswith("PySide6") for m in sys.modules), "PySide6 got imported"
print(len(names))
"""


def test_every_core_module_imports_with_pyside6_blocked():
    result = subprocess.run([sys.executable, "-c", BLOCKER], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 8  # the walk really found the core's modules

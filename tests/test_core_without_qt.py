"""The core must work where Qt is not installed: the command line and automation depend on it."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_every_core_module_imports_with_qt_unavailable() -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {"PySide6", "shiboken6"}:
                    raise ImportError(f"{name} is made unavailable by the test")
                return None

        sys.meta_path.insert(0, NoQt())
        import pressdesk
        imported = []
        for module in pkgutil.walk_packages(pressdesk.__path__, "pressdesk."):
            if module.name == "pressdesk.ui" or module.name.startswith("pressdesk.ui."):
                continue
            if ".migrations" in module.name:
                continue
            importlib.import_module(module.name)
            imported.append(module.name)
        assert not any(m.split(".")[0] == "PySide6" for m in sys.modules), "Qt leaked in"
        print(len(imported), " ".join(imported))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    count, names = result.stdout.split(" ", 1)
    assert int(count) >= 10
    for expected in ("pressdesk.cli.main", "pressdesk.database.models", "pressdesk.contacts"):
        assert expected in names.split()


def test_the_ui_package_really_needs_qt() -> None:
    """Guards the test above: blocking Qt must break the desktop package."""
    script = textwrap.dedent(
        """
        import sys
        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] == "PySide6":
                    raise ImportError("blocked")
        sys.meta_path.insert(0, NoQt())
        import pressdesk.ui.mainwindow
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, check=False)
    assert result.returncode != 0

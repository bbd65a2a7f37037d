"""The frozen app's entry point: the same ``pressdesk`` command as ``pip install`` creates.

Kept outside the package so PyInstaller does not put ``src/pressdesk`` itself on the module
search path (its modules would then also be importable under wrong, top-level names).
"""

from pressdesk.cli.main import run

if __name__ == "__main__":
    run()

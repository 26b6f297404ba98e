"""The public API is what ``eventscope.__all__`` says, and importing it loads nothing heavy."""

from __future__ import annotations

import subprocess
import sys

import eventscope


def test_all_names_exist() -> None:
    for name in eventscope.__all__:
        assert hasattr(eventscope, name), name


def test_public_names_are_listed() -> None:
    public = {n for n in dir(eventscope) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(eventscope, n)).__name__ == "module"}
    assert public - modules == set(eventscope.__all__) - {"__version__"}


def test_import_loads_no_model() -> None:
    code = "import sys, eventscope; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

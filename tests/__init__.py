"""The test suite. Importing this package (pytest does so before tests/conftest.py and every test module)
decides where compiled bytecode goes.

With PYTHONDONTWRITEBYTECODE set (as in this team's shells), every xdist worker and every bot subprocess a
test starts compiled the whole code base, and pytest re-ran its assertion rewriting, from source: about 2 s
of CPU per worker and a few tenths of a second per subprocess. The variable's purpose is a clean tree, so
the compiled files go to .pytest_cache/pycache (ignored by git) instead of beside the sources. Without the
variable Python's usual __pycache__ is used and nothing changes here.
"""

import os
import sys
from pathlib import Path

if os.environ.get("PYTHONDONTWRITEBYTECODE"):
    _PREFIX = str(Path(__file__).resolve().parent.parent / ".pytest_cache" / "pycache")
    sys.dont_write_bytecode = False
    sys.pycache_prefix = _PREFIX
    del os.environ["PYTHONDONTWRITEBYTECODE"]  # the bot subprocesses some tests start inherit both
    os.environ["PYTHONPYCACHEPREFIX"] = _PREFIX

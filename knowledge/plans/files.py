"""Writing an export or a roster so that a failure never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call `write` on a temporary file next to `path`, then rename it into place (one step on the same
    file system). OSError is raised as is; the temporary file is removed whatever happens."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".cadrebot-", suffix=path.suffix)
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)

"""Writing a file in one step, so that a reader never sees half of it."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes, expected: bytes | None) -> None:
    """Replace ``path`` with ``data`` in one step: a temporary file in the same folder,
    flushed and synced, the file mode kept, then renamed over it. ``expected`` is what the
    file held when it was read; if it holds something else now, nothing is written.
    With ``expected`` None the file must not exist (it is never overwritten)."""
    mode = 0o644
    if expected is not None:
        try:
            if path.read_bytes() != expected:
                raise FileChangedError(path)
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            raise FileChangedError(path) from None
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if expected is None:
            os.link(tmp, path)  # fails if the file exists: never overwrite
            os.unlink(tmp)
        else:
            os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class FileChangedError(Exception):
    """The file on disk is not what was read: someone else changed it meanwhile."""

"""Writing a file in one step, so that a reader never sees half of it, and one editor at a
time in a folder, so that no edit is lost.

Every command that writes holds ``edit_lock`` on the folder from reading the file to the
rename: an advisory lock (``flock``) on the file ``.ho21score.lock`` beside the measures.
Two edits started at the same moment therefore run one after the other; an edit that
cannot have the lock within ``LOCK_WAIT`` seconds is refused (``LockTimeout``), never
lost. Temporary files are named ``.ho21score-<name>.<random>.tmp``; while the lock is
held no other ho21score is writing, so any such file in the folder was left by a write
that was killed, and is removed. The shipped ``.gitignore`` keeps both out of commits.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".ho21score.lock"
TEMP_PREFIX = ".ho21score-"
TEMP_SUFFIX = ".tmp"
LOCK_WAIT = 10.0  # seconds to wait for another edit to finish
_POLL = 0.02
_NAME_PART = 40  # characters of the target's name in a temporary file's name


class FileChangedError(Exception):
    """The file on disk is not what was read: someone else changed it meanwhile."""


class LockTimeout(Exception):
    """Another ho21score held the edit lock of the folder for longer than the wait."""

    def __init__(self, lock: Path) -> None:
        super().__init__(str(lock))
        self.lock = lock


def lock_path(folder: Path) -> Path:
    """Where the edit lock of ``folder`` lives: in the git directory of the repository that
    holds it (so that no ``git add -A`` can commit it, whatever the repository ignores),
    else beside the files."""
    for place in (folder.resolve(), *folder.resolve().parents):
        dot_git = place / ".git"
        if dot_git.is_dir():
            return dot_git / LOCK_NAME.lstrip(".")
        if dot_git.is_file():  # a worktree: "gitdir: <path>"
            text = dot_git.read_text(encoding="utf-8", errors="replace").strip()
            if text.startswith("gitdir:"):
                gitdir = (place / text.removeprefix("gitdir:").strip()).resolve()
                if gitdir.is_dir():
                    return gitdir / LOCK_NAME.lstrip(".")
    return folder / LOCK_NAME


@contextmanager
def edit_lock(folder: Path, wait: float | None = None) -> Iterator[Path]:
    """Hold the edit lock of ``folder`` (yields the lock file's path); stale temporary
    files of the tool are removed once it is held. Raises ``LockTimeout`` after ``wait``
    seconds (default ``LOCK_WAIT``) and ``OSError`` if the lock file cannot be opened.

    The lock file is left in place: removing it would let a waiting process lock a file
    that no longer has a name while a third one locks a new one."""
    lock = lock_path(folder)
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    except PermissionError:  # a lock file another user made: locking needs no writing
        fd = os.open(lock, os.O_RDONLY)
    try:
        deadline = time.monotonic() + (LOCK_WAIT if wait is None else wait)
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise LockTimeout(lock)
            time.sleep(_POLL)
        try:
            remove_stale_temporaries(folder)
            yield lock
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - the tool is tested on POSIX
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def is_temporary(name: str) -> bool:
    """Whether ``name`` is the name of one of the tool's temporary files."""
    return name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the tool's temporary files in ``folder`` (call only with the lock held: then
    no write is under way, and every one of them is left from a write that was killed)."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if is_temporary(name):
            path = folder / name
            try:
                if path.is_file() and not path.is_symlink():
                    path.unlink()
                    removed.append(path)
            except OSError:
                pass
    return removed


def write_atomic(path: Path, data: bytes, expected: bytes | None) -> None:
    """Replace ``path`` with ``data`` in one step: a temporary file in the same folder,
    flushed and synced, the file mode kept, then renamed over it. ``expected`` is what the
    file held when it was read; if it holds something else now, nothing is written.
    With ``expected`` None the file must not exist (it is never overwritten).

    The check guards against editors that do not take the lock (a text editor); between
    ho21score commands the lock (``edit_lock``) is what keeps edits from being lost."""
    mode = 0o644
    if expected is not None:
        try:
            if path.read_bytes() != expected:
                raise FileChangedError(path)
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            raise FileChangedError(path) from None
    fd, tmp = tempfile.mkstemp(
        dir=path.parent, prefix=f"{TEMP_PREFIX}{path.name[:_NAME_PART]}.", suffix=TEMP_SUFFIX
    )
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

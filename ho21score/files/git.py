"""Reading the measures as they were at a git ref, through git itself."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from ho21score.files.repository import Repository, load_snapshot
from ho21score.i18n import tr


class GitError(Exception):
    """git could not answer (not a repository, unknown ref, git missing)."""


def _git(args: list[str], cwd: Path, stdin: bytes | None = None) -> bytes:
    try:
        result = subprocess.run(
            ["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False
        )
    except OSError as exc:
        raise GitError(tr("git.missing", reason=exc.strerror)) from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {' '.join(args)}")
    return result.stdout


def toplevel(path: Path) -> Path:
    folder = path if path.is_dir() else path.parent
    return Path(_git(["rev-parse", "--show-toplevel"], folder).decode().strip())


def relative(path: Path, root: Path) -> str:
    return path.resolve().relative_to(root.resolve()).as_posix()


def files_at(ref: str, root: Path, paths: list[str]) -> dict[str, bytes]:
    """The content of every file under ``paths`` at ``ref`` (``ref:path`` -> bytes)."""
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root)
    listing = _git(["ls-tree", "-r", "-z", "--name-only", ref, "--", *paths], root)
    names = [n for n in listing.decode("utf-8").split("\0") if n]
    if not names:
        return {}
    request = "".join(f"{ref}:{name}\n" for name in names).encode("utf-8")
    out = _git(["cat-file", "--batch"], root, stdin=request)
    blobs: dict[str, bytes] = {}
    at = 0
    for name in names:
        header_end = out.index(b"\n", at)
        header = out[at:header_end].split()
        if len(header) < 3 or header[1] != b"blob":
            raise GitError(tr("git.not_a_file", path=f"{ref}:{name}"))
        size = int(header[2])
        start = header_end + 1
        blobs[name] = out[start : start + size]
        at = start + size + 1
    return blobs


def head_commit(folder: Path) -> str:
    """The commit checked out in the repository that holds ``folder``; "" outside git."""
    try:
        return _git(["rev-parse", "HEAD"], folder).decode().strip()
    except GitError:
        return ""


def last_commit_date(root: Path, paths: list[str]) -> dt.date | None:
    """The committer date of the last commit that touched ``paths``, if any."""
    try:
        out = _git(["log", "-1", "--format=%cs", "--", *paths], root).decode().strip()
    except GitError:
        return None
    return dt.date.fromisoformat(out) if out else None


def uncommitted(root: Path, paths: list[str]) -> bool:
    """Whether any file under ``paths`` differs from the last commit (changed, added or
    untracked; ignored files do not count)."""
    out = _git(["status", "--porcelain", "--untracked-files=all", "--", *paths], root)
    return bool(out.strip())


def snapshot_at(
    ref: str, measures_dir: Path, criteria_path: Path, roster_path: Path | None = None
) -> Repository:
    """The criteria, roster and measures as they were at ``ref``. Raises GitError."""
    root = toplevel(measures_dir)
    folder = relative(measures_dir, root)
    criteria_name = relative(criteria_path, root)
    criteria_blob = files_at(ref, root, [criteria_name]).get(criteria_name)
    if criteria_blob is None:
        raise GitError(tr("git.no_criteria", ref=ref, path=criteria_name))
    prefix = "" if folder == "." else folder + "/"
    measures: dict[str, bytes] = {}
    ratings: dict[str, bytes] = {}  # measures/<id>/<rater>-runde-<n>.yaml
    for name, blob in files_at(ref, root, [folder]).items():
        depth = name[len(prefix) :].count("/")
        if name.lower().endswith((".yaml", ".yml")) and depth < 2:
            (ratings if depth else measures)[f"{ref}:{name}"] = blob
    roster = None
    if roster_path is not None:
        roster_name = relative(roster_path, root)
        roster_blob = files_at(ref, root, [roster_name]).get(roster_name)
        if roster_blob is not None:
            roster = (f"{ref}:{roster_name}", roster_blob)
    return load_snapshot((f"{ref}:{criteria_name}", criteria_blob), measures, roster, ratings)

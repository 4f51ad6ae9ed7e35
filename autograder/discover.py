"""Find the submissions named on the command line and give each a student id.

Inside a folder, an entry named ``*.ipynb`` that is not a regular file (a link, a
fifo, a folder) is not opened: it is reported as skipped, with the reason. A link is
never followed, even to a notebook: it could make one student's entry grade another's
file, or a file of the grader's.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path


class UsageError(ValueError):
    """A command-line mistake: reported in one line, exit status 2."""


@dataclass(frozen=True)
class Submission:
    student_id: str
    path: Path


@dataclass(frozen=True)
class Skipped:
    """An entry that looks like a notebook but is not a regular file: ``kind`` link, fifo, folder or other."""

    name: str
    kind: str
    reason: str


@dataclass
class Found:
    submissions: list[Submission] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


SKIP_REASONS = {
    "link": "es un enlace simbólico: no se sigue (entrega el propio fichero .ipynb)",
    "fifo": "es una tubería (fifo), no un fichero",
    "folder": "es una carpeta, no un fichero",
    "other": "no es un fichero normal",
}


def _kind(path: Path) -> str:
    """``file`` for a regular file (never through a link), else why it is skipped."""
    try:
        mode = path.lstat().st_mode
    except OSError:
        return "other"
    if stat.S_ISLNK(mode):
        return "link"
    if stat.S_ISREG(mode):
        return "file"
    return "fifo" if stat.S_ISFIFO(mode) else "folder" if stat.S_ISDIR(mode) else "other"


def _notebooks(folder: Path, skipped: list[Skipped] | None = None) -> list[Path]:
    found = []
    for path in sorted(folder.glob("*.ipynb")):
        kind = _kind(path)
        if kind == "file":
            found.append(path)
        elif skipped is not None:
            skipped.append(Skipped(path.name, kind, SKIP_REASONS[kind]))
    return found


def _in_folder(folder: Path, skipped: list[Skipped]) -> list[Submission]:
    """A flat folder of notebooks, nbgrader's ``<folder>/<student>/<assignment>/<name>.ipynb``,
    or one student's ``<student>/<assignment>/<name>.ipynb``."""
    flat_skipped: list[Skipped] = []
    flat = _notebooks(folder, flat_skipped)
    if flat or flat_skipped:
        skipped += flat_skipped
        return [Submission(p.stem, p) for p in flat]
    found = []
    for student in _subfolders(folder):
        for assignment in _subfolders(student):
            inner: list[Skipped] = []
            found += [Submission(student.name, p) for p in _notebooks(assignment, inner)]
            skipped += [Skipped(f"{student.name}/{assignment.name}/{s.name}", s.kind, s.reason) for s in inner]
    if not found:  # one student's folder: <student>/<assignment>/<name>.ipynb
        for assignment in _subfolders(folder):
            found += [Submission(folder.name, p) for p in _notebooks(assignment, skipped)]
    return found


def _subfolders(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if _kind(p) == "folder" and not p.name.startswith("."))


def discover_all(paths: list[str]) -> Found:
    """Every submission under ``paths`` (ids made unique: ``-2``, ``-3``…) and every entry skipped."""
    found = Found()
    for raw in paths:
        path = Path(raw)
        if path.is_file():  # named by the instructor: a link is followed
            if path.suffix != ".ipynb":
                raise UsageError(f"not a notebook (.ipynb): {raw}")
            found.submissions.append(Submission(path.stem, path))
        elif path.is_dir():
            inside = _in_folder(path, found.skipped)
            if not inside and not found.skipped:
                raise UsageError(f"no notebooks in {raw} (expected *.ipynb or <student>/<assignment>/*.ipynb)")
            found.submissions += inside
        elif path.is_symlink() or path.exists():  # a dangling link, a fifo…
            kind = _kind(path)
            found.skipped.append(Skipped(raw, kind, SKIP_REASONS.get(kind, SKIP_REASONS["other"])))
        else:
            raise UsageError(f"no such file or folder: {raw}")
    seen: dict[str, int] = {}
    unique = []
    for submission in found.submissions:
        count = seen.get(submission.student_id, 0) + 1
        seen[submission.student_id] = count
        name = submission.student_id if count == 1 else f"{submission.student_id}-{count}"
        unique.append(Submission(name, submission.path))
    found.submissions = unique
    return found


def discover(paths: list[str]) -> list[Submission]:
    """Every submission under ``paths`` (see :func:`discover_all`; skipped entries left out)."""
    return discover_all(paths).submissions

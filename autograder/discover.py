"""Find the submissions named on the command line and give each a student id."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class UsageError(ValueError):
    """A command-line mistake: reported in one line, exit status 2."""


@dataclass(frozen=True)
class Submission:
    student_id: str
    path: Path


def _notebooks(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.ipynb") if p.is_file())


def _in_folder(folder: Path) -> list[Submission]:
    """A flat folder of notebooks, nbgrader's ``<folder>/<student>/<assignment>/<name>.ipynb``,
    or one student's ``<student>/<assignment>/<name>.ipynb``."""
    flat = _notebooks(folder)
    if flat:
        return [Submission(p.stem, p) for p in flat]
    found = []
    for student in _subfolders(folder):
        for assignment in _subfolders(student):
            found += [Submission(student.name, p) for p in _notebooks(assignment)]
    if not found:  # one student's folder: <student>/<assignment>/<name>.ipynb
        for assignment in _subfolders(folder):
            found += [Submission(folder.name, p) for p in _notebooks(assignment)]
    return found


def _subfolders(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def discover(paths: list[str]) -> list[Submission]:
    """Every submission under ``paths``; ids made unique (``-2``, ``-3``…) where two collide."""
    found: list[Submission] = []
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            if path.suffix != ".ipynb":
                raise UsageError(f"not a notebook (.ipynb): {raw}")
            found.append(Submission(path.stem, path))
        elif path.is_dir():
            inside = _in_folder(path)
            if not inside:
                raise UsageError(f"no notebooks in {raw} (expected *.ipynb or <student>/<assignment>/*.ipynb)")
            found += inside
        else:
            raise UsageError(f"no such file or folder: {raw}")
    seen: dict[str, int] = {}
    unique = []
    for submission in found:
        count = seen.get(submission.student_id, 0) + 1
        seen[submission.student_id] = count
        name = submission.student_id if count == 1 else f"{submission.student_id}-{count}"
        unique.append(Submission(name, submission.path))
    return unique

"""Which results a batch may keep: a rerun of the same command grades only what is missing.

A result is finished when its file is valid JSON written by a complete grading (no
grader error) of the very bytes now on disk: a notebook resubmitted since is graded
again. Half-written files cannot exist (``report.write_json`` renames a finished file
into place); the temporary files of a killed batch are removed before the next one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

from autograder.discover import Submission


def result_path(out_dir: Path, submission: Submission) -> Path:
    return out_dir / f"{submission.student_id}.json"


def read_result(path: Path) -> dict[str, Any] | None:
    """A result file's data, or None if it is missing or not a complete result."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if type(data) is not dict or not isinstance(data.get("extra_data"), dict) or "score" not in data:
        return None
    return data


def _sha256(path: Path) -> str:
    """The digest the result file records (``intake.read_bounded``: a huge file is hashed, not held)."""
    from autograder.intake import read_bounded

    try:
        return read_bounded(path)[1]
    except OSError:
        return ""


def is_finished(out_dir: Path, submission: Submission) -> bool:
    """Graded before, completely, from the same bytes."""
    data = read_result(result_path(out_dir, submission))
    if data is None:
        return False
    extra = data["extra_data"]
    if extra.get("grader_error") or extra.get("internal_errors"):
        return False
    return extra.get("notebook_sha256") == _sha256(submission.path)


def pending(out_dir: Path, submissions: Sequence[Submission], force: bool) -> list[Submission]:
    """What this batch still has to grade (everything with ``force``)."""
    if force:
        return list(submissions)
    return [s for s in submissions if not is_finished(out_dir, s)]


def remove_partial(out_dir: Path) -> int:
    """Temporary files left by a batch killed while writing (``.<name>.<pid>.tmp``)."""
    removed = 0
    for leftover in out_dir.glob(".*.tmp"):
        try:
            leftover.unlink()
            removed += 1
        except OSError:
            continue
    return removed

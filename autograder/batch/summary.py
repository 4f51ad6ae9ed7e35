"""The class at a glance as data: one row per entry of the batch, and ``summary.csv``.

Rows are read back from the result files, so a batch resumed over several runs
summarises all of them. ``status`` is ``ok`` for a graded notebook; anything else is a
short reason (``empty``, ``not_a_notebook``, ``wrong_assignment``, ``unchanged_release``…,
``skipped_*`` for entries that are not notebooks, ``grader_error``, ``pending``), so a
file that could not be graded is never mistaken for a real zero.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from autograder.batch.resume import read_result, result_path
from autograder.discover import Skipped, Submission
from autograder.report import write_atomic


@dataclass(frozen=True)
class ClassRow:
    student: str
    status: str
    scores: dict[str, float] = field(default_factory=dict)
    total: float = 0.0
    message: str = ""
    result: dict[str, Any] | None = None


def result_row(submission: Submission, data: dict[str, Any] | None) -> ClassRow:
    """One submission's row from its result file's data (None: not graded yet)."""
    if data is None:
        return ClassRow(submission.student_id, "pending", message="sin corregir todavía (lote interrumpido)")
    extra = data["extra_data"]
    if extra.get("grader_error"):
        return ClassRow(submission.student_id, "grader_error", total=0.0,
                        message=str(extra.get("grader_error"))[:300], result=data)
    scores = {name: float(v.get("score", 0.0)) for name, v in (extra.get("by_function") or {}).items()
              if isinstance(v, dict)}
    status = str(extra.get("status", "ok"))
    message = str(extra.get("problem", "")) if status != "ok" else ""
    return ClassRow(submission.student_id, status, scores, float(data.get("score", 0.0)), message, data)


def class_rows(out_dir: Path, submissions: Sequence[Submission], skipped: Sequence[Skipped] = ()) -> list[ClassRow]:
    """Every submission's row (from its result file), then every skipped entry."""
    rows = [result_row(s, read_result(result_path(out_dir, s))) for s in submissions]
    rows += [ClassRow(s.name, f"skipped_{s.kind}", message=s.reason) for s in skipped]
    return rows


def spreadsheet_text(text: str) -> str:
    """A name as a spreadsheet shows it, never as a formula (``=``, ``+``, ``-``, ``@`` lead one)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_csv(path: Path, rows: Sequence[ClassRow], functions: Sequence[str]) -> None:
    """``student, status, <function>…, total``, functions in notebook order; written atomically."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(["student", "status", *functions, "total"])
    for row in rows:
        graded = row.status == "ok" or row.result is not None
        writer.writerow([spreadsheet_text(row.student), row.status,
                         *(f"{row.scores.get(f, 0.0):g}" if graded else "" for f in functions),
                         f"{row.total:g}" if graded else ""])
    write_atomic(path, buffer.getvalue().encode("utf-8"))

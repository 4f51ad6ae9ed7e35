"""A graded submission as data, and as Gradescope's ``results.json``."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Sequence

from autograder.execute import CellRecord

GRADER_VERSION = "0.1.0"


@dataclass(frozen=True)
class TestOutcome:
    """One hidden check, as reported: the suite runner's result without its internals."""

    __test__ = False  # not a pytest class, despite its name

    name: str
    function: str
    score: float
    max_score: float
    passed: bool
    feedback: str
    internal_error: bool = False


@dataclass(frozen=True)
class SubmissionResult:
    student_id: str
    notebook: str
    notebook_sha256: str
    seed: int
    sandbox: str
    execution_time: float
    tests: tuple[TestOutcome, ...]
    cells: tuple[CellRecord, ...] = ()
    problem: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def score(self) -> float:
        return round(sum(t.score for t in self.tests), 2)

    @property
    def max_score(self) -> float:
        return round(sum(t.max_score for t in self.tests), 2)

    @property
    def internal_errors(self) -> int:
        return sum(t.internal_error for t in self.tests)

    def by_function(self) -> dict[str, tuple[float, float]]:
        """Score and maximum of each graded function, in suite order."""
        table: dict[str, tuple[float, float]] = {}
        for test in self.tests:
            got, top = table.get(test.function, (0.0, 0.0))
            table[test.function] = (round(got + test.score, 2), round(top + test.max_score, 2))
        return table


def summary_text(result: SubmissionResult) -> str:
    """The top-level feedback a student reads first, in Spanish."""
    lines = [f"Puntuación: {result.score:g} / {result.max_score:g}"]
    if result.problem:
        lines.append(result.problem)
    for function, (got, top) in result.by_function().items():
        mark = "✔" if got == top else "✘"
        lines.append(f"  {mark} {function}: {got:g} / {top:g}")
    troubled = [c for c in result.cells if c.status != "ok"]
    if troubled:
        lines.append("Celdas con problemas al ejecutar el cuaderno (contando todas las celdas desde 1):")
        lines += [f"  celda {c.position + 1} («{c.first_line}»): {c.error}" for c in troubled[:10]]
        if len(troubled) > 10:
            lines.append(f"  … y {len(troubled) - 10} más")
    lines += list(result.notes)
    return "\n".join(lines)


def to_gradescope(result: SubmissionResult) -> dict[str, Any]:
    """Gradescope's results.json: one test per hidden check, tagged with its function."""
    return {
        "score": result.score,
        "execution_time": round(result.execution_time, 2),
        "output": summary_text(result),
        "visibility": "visible",
        "extra_data": {
            "grader_version": GRADER_VERSION,
            "student_id": result.student_id,
            "notebook": result.notebook,
            "notebook_sha256": result.notebook_sha256,
            "seed": result.seed,
            "sandbox": result.sandbox,
            "max_score": result.max_score,
            "by_function": {k: {"score": v[0], "max_score": v[1]} for k, v in result.by_function().items()},
            "cells": [asdict(c) for c in result.cells if c.status != "ok"],
            "internal_errors": result.internal_errors,
        },
        "tests": [
            {"name": f"{t.function}: {t.name}", "score": t.score, "max_score": t.max_score,
             "status": "passed" if t.passed else "failed", "output": t.feedback,
             "visibility": "visible", "tags": [t.function]}
            for t in result.tests
        ],
    }


def write_json(data: dict[str, Any], path: Path) -> None:
    """Write atomically, so a reader (or a crash) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)


def score_table(results: Sequence[SubmissionResult], functions: Sequence[str]) -> str:
    """A plain-text table of scores per function, one row per student, for the terminal."""
    short = [f[:10] for f in functions]
    width = max([len(r.student_id) for r in results] + [10])
    header = f"{'alumno':<{width}} " + " ".join(f"{s:>10}" for s in short) + f" {'total':>7}"
    rows = [header, "-" * len(header)]
    for result in results:
        table = result.by_function()
        cells = [f"{table.get(f, (0.0, 0.0))[0]:>10g}" for f in functions]
        rows.append(f"{result.student_id:<{width}} " + " ".join(cells) + f" {result.score:>7g}")
    return "\n".join(rows)

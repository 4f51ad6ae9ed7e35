"""A graded submission as data, and as Gradescope's ``results.json``.

Whatever a notebook does, its ``results.json`` stays under ``MAX_RESULT_BYTES``: repeated
cell errors are summarised, the cells listed are capped, every text is shortened, and as a
last resort the longest texts are cut further until the file fits.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Sequence

from autograder.execute import CellRecord

GRADER_VERSION = "0.1.0"
MAX_RESULT_BYTES = 1_000_000
MAX_LISTED_CELLS = 20  # troubled cells detailed in extra_data.cells
MAX_SUMMARY_GROUPS = 10  # distinct cell errors named in the summary
MAX_CELL_NUMBERS = 8  # cell numbers named per error in the summary
MAX_FEEDBACK_CHARS = 4000
MAX_CELL_ERROR_CHARS = 300
MAX_CELL_OUTPUT_CHARS = 1000
MAX_NOTE_CHARS = 2000
CUT_MARK = " […recortado]"


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
    status: str = "ok"
    """``ok``, or why the file could not be graded (``autograder.intake.STATUSES``)."""

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


def clip(text: object, limit: int) -> str:
    """``text`` as a string of at most ``limit`` characters, marked when cut."""
    text = str(text)
    if len(text) <= limit:
        return text
    return text[: max(0, limit - len(CUT_MARK))] + CUT_MARK


def _count(n: int, one: str, many: str) -> str:
    """``n`` and the noun that agrees with it (``1 celda``, ``3 celdas``)."""
    return f"{n} {one if n == 1 else many}"


def _cell_groups(cells: Sequence[CellRecord]) -> list[tuple[str, list[CellRecord]]]:
    """Troubled cells grouped by identical error text, in order of first appearance."""
    groups: dict[str, list[CellRecord]] = {}
    for cell in cells:
        groups.setdefault(f"{cell.status}\0{cell.error}", []).append(cell)
    return [(key.split("\0", 1)[1] or key.split("\0", 1)[0], members) for key, members in groups.items()]


def _where(cell: CellRecord) -> str:
    """A cell as the student finds it: its exercise and function, or its first line."""
    if cell.label:
        return clip(cell.label, 160)
    return f"la celda que empieza por «{clip(cell.first_line, 80)}»"


def _cell_lines(troubled: Sequence[CellRecord]) -> list[str]:
    """The summary's lines about cells: one per distinct error, the repeated ones counted."""
    lines = []
    groups = _cell_groups(troubled)
    for error, members in groups[:MAX_SUMMARY_GROUPS]:
        error = clip(error, MAX_CELL_ERROR_CHARS)
        if len(members) == 1:
            lines.append(f"  {_where(members[0])} — {error}")
            continue
        places = "; ".join(_where(c) for c in members[:MAX_CELL_NUMBERS])
        more = "…" if len(members) > MAX_CELL_NUMBERS else ""
        lines.append(f"  el mismo error en {len(members)} celdas ({places}{more}) — {error}")
    if len(groups) > MAX_SUMMARY_GROUPS:
        rest = sum(len(m) for _, m in groups[MAX_SUMMARY_GROUPS:])
        others = len(groups) - MAX_SUMMARY_GROUPS
        lines.append(f"  … y {_count(rest, 'celda más', 'celdas más')} con "
                     f"{'otro error distinto' if others == 1 else f'otros {others} errores distintos'}")
    return lines


def summary_text(result: SubmissionResult) -> str:
    """The top-level feedback a student reads first, in Spanish."""
    lines = [f"Puntuación: {result.score:g} / {result.max_score:g}"]
    if result.problem:
        lines.append(clip(result.problem, MAX_NOTE_CHARS))
    for function, (got, top) in result.by_function().items():
        mark = "✔" if got == top else "✘"
        lines.append(f"  {mark} {function}: {got:g} / {top:g}")
    troubled = [c for c in result.cells if c.status != "ok"]
    if troubled:
        lines.append(f"{_count(len(troubled), 'celda', 'celdas')} con problemas al ejecutar el cuaderno:")
        lines += _cell_lines(troubled)
    lines += [clip(note, MAX_NOTE_CHARS) for note in result.notes[:10]]
    return "\n".join(lines)


def _cell_entry(cell: CellRecord) -> dict[str, Any]:
    entry = asdict(cell)
    entry.update(error=clip(cell.error, MAX_CELL_ERROR_CHARS), output=clip(cell.output, MAX_CELL_OUTPUT_CHARS),
                 first_line=clip(cell.first_line, 80))
    return entry


def encoded(data: dict[str, Any]) -> bytes:
    """``data`` as UTF-8 JSON. Student text may hold lone surrogates (``'\\ud800'``), which
    UTF-8 cannot encode: they become ``?`` instead of failing the whole result."""
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8", "replace")


def encoded_size(data: dict[str, Any]) -> int:
    """Bytes of ``data`` as ``write_json`` writes it."""
    return len(encoded(data))


def _shrink(data: dict[str, Any], limit: int) -> dict[str, Any]:
    """Cut the longest texts (never a score or a field) until ``data`` fits in ``limit`` bytes."""
    extra = data["extra_data"]
    budget = MAX_FEEDBACK_CHARS
    while encoded_size(data) > limit:
        if extra.get("cells"):
            extra["cells_omitted"] = extra.get("cells_omitted", 0) + len(extra["cells"])
            extra["cells"] = []
            continue
        budget //= 2
        for test in data["tests"]:
            test["output"] = clip(test["output"], budget)
            test["name"] = clip(test["name"], max(40, budget))
        data["output"] = clip(data["output"], max(200, budget * 4))
        if budget == 0:
            for key in [k for k, v in extra.items() if isinstance(v, str) and len(v) > 200]:
                extra[key] = clip(extra[key], 200)
            break
    return data


def to_gradescope(result: SubmissionResult, limit: int = MAX_RESULT_BYTES) -> dict[str, Any]:
    """Gradescope's results.json: one test per hidden check, tagged with its function; at most ``limit`` bytes."""
    troubled = [c for c in result.cells if c.status != "ok"]
    data = {
        "score": result.score,
        "execution_time": round(result.execution_time, 2),
        "output": summary_text(result),
        "visibility": "visible",
        "extra_data": {
            "grader_version": GRADER_VERSION,
            "student_id": result.student_id,
            "status": result.status,
            "problem": clip(result.problem, MAX_NOTE_CHARS),
            "notebook": result.notebook,
            "notebook_sha256": result.notebook_sha256,
            "seed": result.seed,
            "sandbox": result.sandbox,
            "max_score": result.max_score,
            "by_function": {k: {"score": v[0], "max_score": v[1]} for k, v in result.by_function().items()},
            "cells_with_problems": len(troubled),
            "cells": [_cell_entry(c) for c in troubled[:MAX_LISTED_CELLS]],
            "cells_omitted": max(0, len(troubled) - MAX_LISTED_CELLS),
            "internal_errors": result.internal_errors,
        },
        "tests": [
            {"name": clip(f"{t.function}: {t.name}", 300), "score": t.score, "max_score": t.max_score,
             "status": "passed" if t.passed else "failed", "output": clip(t.feedback, MAX_FEEDBACK_CHARS),
             "visibility": "visible", "tags": [t.function]}
            for t in result.tests
        ],
    }
    return _shrink(data, limit) if encoded_size(data) > limit else data


def write_atomic(path: Path, data: bytes) -> None:
    """Write atomically, so a reader (or a crash) never sees half a file: a ``.<name>.<pid>.tmp``
    renamed into place (``batch.resume`` removes those a killed batch left)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def write_json(data: dict[str, Any], path: Path) -> None:
    """A result file, written atomically."""
    write_atomic(path, encoded(data))


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

"""nbgrader grades with our judge: a preprocessor in place of its ``Execute``, and no kernel outside the sandbox.

``nbgrader autograde`` runs, per submission, a list of preprocessors
(``Autograde.autograde_preprocessors``); the stock list starts with ``Execute``, which
runs the student's notebook unconfined in the course folder. The course's
``nbgrader_config.py`` puts :class:`GradeInSandbox` in its place: it grades the notebook
exactly as ``python -m autograder grade`` does (same sandbox, hidden suites, seed and
limits), then writes each function's result into that function's visible test cell,
the only cells nbgrader scores:

- a ``stdout`` stream with the Spanish feedback of that function (what
  ``nbgrader generate_feedback`` shows; never a hidden test's code);
- an ``execute_result`` holding the points, which nbgrader reads as partial credit
  (``nbgrader.utils.determine_grade``) and ``SaveAutoGrades`` stores in the gradebook.

Every other nbgrader command that would execute a notebook (``validate``, ``generate_solution``)
gets :class:`NoKernel` as its kernel manager: it refuses to start, and says why.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import nbformat
from jupyter_client.manager import AsyncKernelManager
from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import NbGraderPreprocessor

from autograder.discover import Submission

TEST_PREFIX = "test_"


def _stream(text: str) -> NotebookNode:
    return nbformat.v4.new_output("stream", name="stdout", text=text.rstrip("\n") + "\n")


def _points(score: float) -> NotebookNode:
    return nbformat.v4.new_output("execute_result", data={"text/plain": f"{score:g}"}, execution_count=1)


def function_feedback(result: Any, function: str) -> str:
    """What one function's test cell shows: its points, then each hidden check it failed."""
    got, top = result.by_function().get(function, (0.0, 0.0))
    lines = [f"{function}: {got:g} / {top:g} puntos (pruebas ocultas del corrector)"]
    for test in result.tests:
        if test.function == function and not test.passed:
            lines += ["", f"✘ {test.name} ({test.score:g} / {test.max_score:g})", test.feedback]
    if len(lines) == 1:
        lines.append("✔ Todas las pruebas ocultas superadas.")
    return "\n".join(lines)


def _restored(function: str, points: float) -> NotebookNode:
    """A test cell the student deleted, back so that nbgrader records its points (flagged in its source)."""
    cell = nbformat.v4.new_code_cell("# Celda de pruebas borrada en la entrega: el corrector la ha repuesto.")
    cell.metadata["nbgrader"] = {"grade": True, "grade_id": TEST_PREFIX + function, "locked": True,
                                 "points": points, "schema_version": 3, "solution": False, "task": False}
    return cell


def write_grades(nb: NotebookNode, result: Any) -> list[str]:
    """Put each function's feedback and points into its test cell, restoring deleted ones; returns
    the functions whose test cell had to be restored."""
    from autograder.report import summary_text

    graded = result.by_function()
    tests = {TEST_PREFIX + f for f in graded}
    for cell in nb.cells:  # only the lesson's test cells earn points: any other "grade" cell is a forgery
        meta = cell.get("metadata", {}).get("nbgrader")
        if isinstance(meta, dict) and meta.get("grade") and meta.get("grade_id") not in tests:
            meta["grade"] = False
            meta.pop("points", None)
    present = {str(c.get("metadata", {}).get("nbgrader", {}).get("grade_id", "")) for c in nb.cells}
    missing = [f for f in graded if TEST_PREFIX + f not in present]
    for function in missing:
        after = next((i for i, c in enumerate(nb.cells)
                      if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == function), len(nb.cells) - 1)
        nb.cells.insert(after + 1, _restored(function, graded[function][1]))
    seen: list[str] = []
    first = True
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        grade_id = str(meta.get("grade_id", ""))
        if cell.get("cell_type") != "code" or not meta.get("grade") or not grade_id.startswith(TEST_PREFIX):
            continue
        function = grade_id.removeprefix(TEST_PREFIX)
        if function not in graded or function in seen:
            cell.outputs = [_points(0.0)]  # a duplicated or unknown test cell earns nothing
            continue
        seen.append(function)
        text = (summary_text(result) + "\n\n" if first else "") + function_feedback(result, function)
        cell.outputs = [_stream(text), _points(graded[function][0])]
        cell.execution_count = 1
        first = False
    return missing


class GradeInSandbox(NbGraderPreprocessor):  # type: ignore[misc]
    """Grade the notebook in our sandbox and leave the points where nbgrader reads them."""

    def preprocess(self, nb: NotebookNode, resources: dict[str, Any]) -> tuple[NotebookNode, dict[str, Any]]:
        from autograder import config
        from autograder.grade import grade_submission
        from autograder.sandbox.launch import bubblewrap

        student = str(resources["nbgrader"]["student"])
        bwrap = bubblewrap()
        if bwrap is None:
            raise RuntimeError("bubblewrap is not installed: student code is never run outside the sandbox")
        with tempfile.TemporaryDirectory(prefix="nbgrader-judge-") as scratch:
            path = Path(scratch) / f"{resources['nbgrader'].get('notebook', 'aprendizaje')}.ipynb"
            nbformat.write(nb, path)
            result = grade_submission(Submission(student, path), config.load(), bwrap)
        missing = write_grades(nb, result)
        self.log.info("%s: %g / %g (sandbox: %s)", student, result.score, result.max_score, result.sandbox)
        if missing:
            self.log.warning("%s: test cell of %s deleted in the submission; restored to record its points",
                             student, ", ".join(missing))
        if result.status != "ok":
            self.log.warning("%s: %s (%s)", student, result.status, result.problem)
        return nb, resources


class RecoverMetadata(NbGraderPreprocessor):  # type: ignore[misc]
    """In place of nbgrader's ``DeduplicateIds``: nbgrader metadata made to match the gradebook.

    A submission's cell metadata is the student's to edit. nbgrader trusts it: a
    duplicated cell gets emptied metadata, an unknown ``grade_id`` loses only its id, a
    solution cell marked as graded makes ``SaveAutoGrades`` look for a grade that does
    not exist, and each of these stops that student's grading. Here every cell is set
    to what the gradebook says of its id (graded or not, its points, solution or not,
    locked or not); a duplicate (all but the last, as nbgrader keeps), an unknown id
    or unreadable metadata makes it an ordinary cell. Each change is logged: the
    notebook is graded on what can be recovered, and its test cells are put back if need be.
    """

    def _gradebook_cells(self, resources: dict[str, Any]) -> tuple[dict[str, bool], dict[str, float], set[str]]:
        from nbgrader.api import Gradebook

        info = resources["nbgrader"]
        with Gradebook(info["db_url"]) as gradebook:
            notebook = gradebook.find_notebook(info["notebook"], info["assignment"])
            locked = {c.name: bool(c.locked) for c in notebook.source_cells}
            points = {c.name: float(c.max_score) for c in notebook.grade_cells}
            solutions = {c.name for c in notebook.solution_cells}
        return locked, points, solutions

    def preprocess(self, nb: NotebookNode, resources: dict[str, Any]) -> tuple[NotebookNode, dict[str, Any]]:
        locked, points, solutions = self._gradebook_cells(resources)
        seen: set[str] = set()
        for cell in reversed(nb.cells):
            meta = cell.get("metadata", {})
            if "nbgrader" not in meta:
                continue
            nbgrader = meta["nbgrader"]
            grade_id = nbgrader.get("grade_id") if isinstance(nbgrader, dict) else None
            if type(grade_id) is not str or grade_id in seen or grade_id not in locked:
                self.log.warning("tampered, unknown or duplicated nbgrader cell %r: graded as an ordinary cell",
                                 grade_id)
                del meta["nbgrader"]
                continue
            seen.add(grade_id)
            wanted = {"grade": grade_id in points, "solution": grade_id in solutions, "locked": locked[grade_id]}
            if any(nbgrader.get(k) != v for k, v in wanted.items()):
                self.log.warning("nbgrader flags of cell %r changed in the submission: restored", grade_id)
            nbgrader.update(wanted, schema_version=3)
            if grade_id in points:
                if nbgrader.get("points") != points[grade_id]:
                    self.log.warning("points of cell %r changed in the submission (%r): restored to %g",
                                     grade_id, nbgrader.get("points"), points[grade_id])
                nbgrader["points"] = points[grade_id]
            else:
                nbgrader.pop("points", None)
        return nb, resources


class NoKernel(AsyncKernelManager):  # type: ignore[misc]
    """The kernel manager of nbgrader's ``Execute`` in this course: it never starts a kernel.

    A notebook run by nbgrader itself would run unconfined, in the course folder, next to
    the reference and the gradebook. Grade with ``nbgrader autograde`` (sandboxed through
    :class:`GradeInSandbox`) or ``python -m autograder grade``.
    """

    async def _async_start_kernel(self, **kwargs: Any) -> None:
        raise RuntimeError("this course never runs a notebook outside the sandbox: use `nbgrader autograde` "
                           "or `python -m autograder grade` (both sandboxed)")

    start_kernel = _async_start_kernel

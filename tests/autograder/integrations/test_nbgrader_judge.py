"""How a graded result lands in the notebook nbgrader scores (``autograder.integrations.nbgrader_judge``)."""

from __future__ import annotations

import nbformat
from nbgrader.utils import determine_grade

from autograder.integrations import nbgrader_judge
from autograder.report import SubmissionResult, TestOutcome


def _result() -> SubmissionResult:
    tests = (TestOutcome("valores", "line_model", 5, 5, True, ""),
             TestOutcome("signo", "AE_loss", 1, 3, False, "Se esperaba: 3\nPista: ¿Falta torch.abs?"),
             TestOutcome("forma", "AE_loss", 2, 2, True, ""))
    return SubmissionResult("ana", "ana.ipynb", "abc", 7, "bubblewrap", 1.0, tests)


def _cell(grade_id: str, points: float | None = None, solution: bool = False) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell("pass")
    cell.metadata["nbgrader"] = {"grade": points is not None, "grade_id": grade_id, "locked": points is not None,
                                 "solution": solution, "schema_version": 3, **({"points": points} if points else {})}
    return cell


def test_each_test_cell_gets_its_functions_points_and_feedback_as_nbgrader_reads_them() -> None:
    nb = nbformat.v4.new_notebook(cells=[_cell("line_model", solution=True), _cell("test_line_model", 5),
                                         _cell("AE_loss", solution=True), _cell("test_AE_loss", 5)])
    assert nbgrader_judge.write_grades(nb, _result()) == []
    assert determine_grade(nb.cells[1])[0] == 5 and determine_grade(nb.cells[3])[0] == 3
    feedback = nb.cells[3].outputs[0]["text"]
    assert "AE_loss: 3 / 5 puntos" in feedback and "Pista: ¿Falta torch.abs?" in feedback
    assert "Puntuación: 8 / 10" in nb.cells[1].outputs[0]["text"]  # the summary, once, in the first


def test_a_deleted_test_cell_is_restored_after_its_exercise() -> None:
    nb = nbformat.v4.new_notebook(cells=[_cell("line_model", solution=True), _cell("AE_loss", solution=True),
                                         _cell("test_AE_loss", 5)])
    assert nbgrader_judge.write_grades(nb, _result()) == ["line_model"]
    restored = nb.cells[1]
    assert restored.metadata["nbgrader"]["grade_id"] == "test_line_model"
    assert determine_grade(restored) == (5, 5)


def test_forged_and_duplicated_grade_cells_earn_nothing() -> None:
    forged = _cell("bonus", 50)
    forged.outputs = [nbformat.v4.new_output("execute_result", data={"text/plain": "50"}, execution_count=1)]
    solution_as_grade = _cell("AE_loss", 100, solution=True)
    nb = nbformat.v4.new_notebook(cells=[_cell("test_line_model", 5), _cell("test_line_model", 5), forged,
                                         solution_as_grade, _cell("test_AE_loss", 5)])
    nbgrader_judge.write_grades(nb, _result())
    assert determine_grade(nb.cells[1])[0] == 0  # the second copy of a test cell
    assert not nb.cells[2].metadata["nbgrader"]["grade"] and not nb.cells[3].metadata["nbgrader"]["grade"]
    graded = [determine_grade(c)[0] for c in nb.cells if c.metadata["nbgrader"]["grade"]]
    assert sum(graded) == 8

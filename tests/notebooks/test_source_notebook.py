"""The instructor notebook: it follows the grading convention, its solutions are right and it runs."""

from __future__ import annotations

import ast
import inspect
import time
from pathlib import Path
from typing import Any

import nbformat
import pytest
import torch
from nbformat import NotebookNode
from nbformat.v4 import new_code_cell, new_notebook

import autograder.notebooks as notebooks
import reference
from autograder.notebooks import run_notebook
from tests.notebooks.conftest import (
    SOURCE_NOTEBOOK,
    exercise_ids,
    grade_cells,
    import_sources,
    isolated_rng,
    run_cells,
)

NAMES = list(reference.GRADED_FUNCTIONS)


def solution_namespace(nb: NotebookNode, replace: dict[str, str] | None = None) -> dict[str, Any]:
    """Imports plus every exercise cell, as a student's kernel has them when a test cell runs.

    ``replace`` swaps some exercise cells (by name) for other sources, e.g. the release's stubs.
    """
    replace = replace or {}
    cells = grade_cells(nb)
    exercises = [replace.get(name, cells[name].source) for name in exercise_ids(nb)]
    return run_cells(import_sources(nb) + exercises)


def parameters(function: Any) -> list[tuple[str, Any, Any]]:
    """Name, kind and default of each parameter: the public contract, annotations aside."""
    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]


def test_graded_functions_are_the_reference_ones(source_nb: NotebookNode) -> None:
    """Other tools map grade_ids to hidden suites: exactly the nine functions, once each."""
    ids = exercise_ids(source_nb)
    assert sorted(ids) == sorted(reference.GRADED_FUNCTIONS)
    assert len(ids) == len(set(ids)) == 9


def test_each_exercise_is_followed_by_its_test_cell(source_nb: NotebookNode) -> None:
    """Students read the check right after writing the function."""
    code = [c for c in source_nb.cells if c.cell_type == "code"]
    for index, cell in enumerate(code):
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution"):
            following = code[index + 1].metadata.get("nbgrader", {})
            assert following.get("grade_id") == f"test_{meta['grade_id']}"


@pytest.mark.parametrize("name", NAMES)
def test_cell_metadata_follows_the_convention(source_nb: NotebookNode, points: dict[str, int], name: str) -> None:
    """Exact nbgrader metadata: the graders and the release rely on these flags and points."""
    cells = grade_cells(source_nb)
    assert cells[name].cell_type == cells[f"test_{name}"].cell_type == "code"
    assert cells[name].metadata["nbgrader"] == {
        "solution": True, "grade": False, "locked": False, "grade_id": name, "schema_version": 3}
    assert cells[f"test_{name}"].metadata["nbgrader"] == {
        "grade": True, "solution": False, "locked": True, "grade_id": f"test_{name}",
        "points": points[name], "schema_version": 3}
    assert "BEGIN HIDDEN TESTS" not in cells[f"test_{name}"].source


def test_points_add_up(source_nb: NotebookNode, points: dict[str, int]) -> None:
    """The visible test cells carry pyproject's points, 100 in all."""
    declared = {gid[len("test_"):]: c.metadata["nbgrader"]["points"]
                for gid, c in grade_cells(source_nb).items() if c.metadata["nbgrader"]["grade"]}
    assert declared == points
    assert sum(declared.values()) == 100


@pytest.mark.parametrize("name", NAMES)
def test_exercise_cell_is_one_documented_def(source_nb: NotebookNode, name: str) -> None:
    """One top-level def with the reference signature, a docstring, and only its body as solution."""
    source = grade_cells(source_nb)[name].source
    body = ast.parse(source).body
    assert len(body) == 1 and isinstance(body[0], ast.FunctionDef) and body[0].name == name
    assert ast.get_docstring(body[0])
    lines = source.splitlines()
    begin = [i for i, line in enumerate(lines) if "### BEGIN SOLUTION" in line]
    end = [i for i, line in enumerate(lines) if "### END SOLUTION" in line]
    assert len(begin) == len(end) == 1 and begin[0] < end[0]
    assert lines[begin[0]].startswith("    ") and lines[end[0]].startswith("    ")
    assert body[0].body[0].end_lineno <= begin[0], "the docstring must stay outside the solution"
    assert end[0] == len(lines) - 1, "nothing may follow the solution region"
    function = run_cells(import_sources(source_nb) + [source])[name]
    assert parameters(function) == parameters(getattr(reference, name))


def test_source_is_committed_clean(source_nb: NotebookNode) -> None:
    """No outputs or execution counts in git; the standard python3 kernelspec."""
    for cell in source_nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    assert source_nb.metadata["kernelspec"]["name"] == "python3"
    assert source_nb.metadata["kernelspec"]["display_name"] == "Python 3"
    assert "Jorge García González" in source_nb.cells[0].source


@pytest.mark.parametrize("name", NAMES)
def test_visible_test_passes_with_the_solution(source_nb: NotebookNode, name: str) -> None:
    """A correct solution must never be told it is wrong (seeded, loose statistical bounds)."""
    with isolated_rng():
        namespace = solution_namespace(source_nb)
        run_cells([grade_cells(source_nb)[f"test_{name}"].source], namespace)


@pytest.mark.parametrize("name", NAMES)
def test_visible_test_fails_with_the_stub(source_nb: NotebookNode, release_nb: NotebookNode, name: str) -> None:
    """With the release's stub in place of one function, its test cell must raise."""
    stub = grade_cells(release_nb)[name].source
    with isolated_rng():
        namespace = solution_namespace(source_nb, replace={name: stub})
        with pytest.raises(Exception):
            run_cells([grade_cells(source_nb)[f"test_{name}"].source], namespace)


def test_solutions_agree_with_the_reference(source_nb: NotebookNode) -> None:
    """Same seed, same numbers: the notebook's solutions implement the reference's semantics."""
    ns = solution_namespace(source_nb)
    with isolated_rng():
        torch.manual_seed(5)
        ours = ns["get_data_from_a_line"](0.5, 1, 200, sigma=3, range=20)
        torch.manual_seed(5)
        assert torch.equal(ours, reference.get_data_from_a_line(0.5, 1, 200, sigma=3, range=20))
        x, y = ours[:, 0], ours[:, 1]
        for loss in ("AE_loss", "SE_loss", "MAE_loss", "MSE_loss"):
            assert torch.allclose(ns[loss](x, y), getattr(reference, loss)(x, y))
        assert torch.allclose(ns["loss_rate_of_change_m"](0.7, 0.2, x, y, 0.1, ns["MSE_loss"]),
                              reference.loss_rate_of_change_m(0.7, 0.2, x, y, 0.1, reference.MSE_loss))
        for train, loss in (("train_random_point", "AE_loss"), ("train_all_points", "MAE_loss")):
            torch.manual_seed(7)
            mine = ns[train](ours, 0.8, 0, 1e-3, 0.1, 15, ns[loss])
            torch.manual_seed(7)
            theirs = getattr(reference, train)(ours, 0.8, 0, 1e-3, 0.1, 15, getattr(reference, loss))
            assert mine == pytest.approx(theirs, abs=1e-6)


def test_missing_kernel_says_how_to_fix_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without the venv's kernelspec the error must point to `make venv`, not to Jupyter internals."""
    monkeypatch.setattr(notebooks, "KERNEL_NAME", "aprendizaje-no-existe")
    with pytest.raises(RuntimeError, match="make venv"):
        run_notebook(SOURCE_NOTEBOOK, tmp_path)


@pytest.mark.slow
def test_run_notebook_reports_failing_cells(tmp_path: Path) -> None:
    """Execution goes on after an error and every failing cell is reported by index."""
    path = tmp_path / "roto.ipynb"
    nbformat.write(new_notebook(cells=[new_code_cell("1 / 0"), new_code_cell("x = 1"),
                                       new_code_cell("raise ValueError('mal')")]), path)
    report = run_notebook(path, tmp_path / "figuras")
    assert report.errors == [(0, "ZeroDivisionError", "division by zero"), (2, "ValueError", "mal")]
    assert report.figures == [] and not report.ok


@pytest.mark.slow
def test_source_notebook_runs_headless(tmp_path: Path, source_nb: NotebookNode) -> None:
    """Top to bottom with the solutions: no cell error, every figure saved, quick enough for a class."""
    start = time.monotonic()
    report = run_notebook(SOURCE_NOTEBOOK, tmp_path / "figuras")
    elapsed = time.monotonic() - start
    assert report.errors == []
    shows = sum(c.source.count("plt.show()") for c in source_nb.cells if c.cell_type == "code")
    assert [p.name for p in report.figures] == [f"figura_{i:02d}.png" for i in range(1, shows + 1)]
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in report.figures)
    assert elapsed < 60, f"the notebook took {elapsed:.1f} s"

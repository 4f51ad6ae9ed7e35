"""The student release: up to date with the source, without solutions, with working stubs."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from nbformat import NotebookNode

import reference
from tests.notebooks.conftest import (
    REPO_ROOT,
    exercise_ids,
    grade_cells,
    import_sources,
    run_cells,
    solution_lines,
)

NAMES = list(reference.GRADED_FUNCTIONS)


def test_release_is_regenerated_from_the_source(release_nb: NotebookNode, regenerated_nb: NotebookNode) -> None:
    """The committed release is exactly what nbgrader makes of today's source (run `make release`)."""
    committed = [(c.cell_type, c.source, c.metadata) for c in release_nb.cells]
    fresh = [(c.cell_type, c.source, c.metadata) for c in regenerated_nb.cells]
    assert len(committed) == len(fresh), "release/ is stale: run `make release`"
    for index, (old, new) in enumerate(zip(committed, fresh)):
        assert old == new, f"release/ is stale at cell {index}: run `make release`"
    assert release_nb.metadata == regenerated_nb.metadata


def test_no_solution_line_reaches_the_release(source_nb: NotebookNode, release_nb: NotebookNode) -> None:
    """Not a single line of any solution region may appear anywhere in the students' notebook."""
    lines = solution_lines(source_nb)
    assert len(lines) > 20, "the solution regions were not found"
    text = "\n".join(cell.source for cell in release_nb.cells)
    leaked = [line for line in lines if line in text]
    assert not leaked, f"solution lines in the release: {leaked}"


def test_only_the_notebook_is_released() -> None:
    """Anything else in source/aprendizaje/ would be copied to every student."""
    assert [p.name for p in (REPO_ROOT / "source" / "aprendizaje").iterdir()] == ["aprendizaje.ipynb"]


def test_release_keeps_every_cell_but_solutions(source_nb: NotebookNode, release_nb: NotebookNode) -> None:
    """Same cells in the same order; only solution cells change; no outputs."""
    assert [c.cell_type for c in source_nb.cells] == [c.cell_type for c in release_nb.cells]
    assert exercise_ids(release_nb) == exercise_ids(source_nb)
    for old, new in zip(source_nb.cells, release_nb.cells):
        if not old.metadata.get("nbgrader", {}).get("solution"):
            assert old.source == new.source
        if new.cell_type == "code":
            assert new.outputs == [] and new.execution_count is None


def _call_with_placeholders(function: Any) -> None:
    """Call a stub with ``None`` for every required argument: it must fail before using them."""
    required = [p for p in inspect.signature(function).parameters.values() if p.default is p.empty]
    function(*[None] * len(required))


@pytest.mark.parametrize("name", NAMES)
def test_release_stub_keeps_the_contract_and_raises(source_nb: NotebookNode, release_nb: NotebookNode,
                                                    name: str) -> None:
    """Students get the def line, the signature and the docstring, and a body that says 'not done yet'."""
    stub_cell = grade_cells(release_nb)[name]
    assert 'raise NotImplementedError("Escribe aquí tu solución")' in stub_cell.source
    stub = run_cells(import_sources(release_nb) + [stub_cell.source])[name]
    solved = run_cells(import_sources(source_nb) + [grade_cells(source_nb)[name].source])[name]
    assert inspect.signature(stub) == inspect.signature(solved)
    assert stub.__doc__ and stub.__doc__ == solved.__doc__
    with pytest.raises(NotImplementedError):
        _call_with_placeholders(stub)

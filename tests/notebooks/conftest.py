"""Shared fixtures of the notebook suite: the source, the committed release and a fresh one.

The helpers here read the nbgrader convention every tool of the course relies on: one
solution cell per graded function (``grade_id`` = the function's name) followed by its
visible test cell (``grade_id`` = ``test_<name>``).
"""

from __future__ import annotations

import ast
import re
import shutil
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # Before pyplot is imported: cells are executed in-process, headless.

import nbformat  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402
from nbformat import NotebookNode  # noqa: E402

from autograder.notebooks import regenerate_release  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCE_NOTEBOOK = REPO_ROOT / "source" / "aprendizaje" / "aprendizaje.ipynb"
RELEASE_NOTEBOOK = REPO_ROOT / "release" / "aprendizaje" / "aprendizaje.ipynb"
SOLUTION_REGION = re.compile(r"^[ \t]*### BEGIN SOLUTION[ \t]*\n(.*?)^[ \t]*### END SOLUTION", re.M | re.S)


def grade_cells(nb: NotebookNode) -> dict[str, NotebookNode]:
    """Every cell with nbgrader metadata, by ``grade_id`` (the convention's only key)."""
    return {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells if "nbgrader" in c.metadata}


def exercise_ids(nb: NotebookNode) -> list[str]:
    """``grade_id`` of the solution cells, in notebook order."""
    return [c.metadata["nbgrader"]["grade_id"] for c in nb.cells
            if c.metadata.get("nbgrader", {}).get("solution")]


def import_sources(nb: NotebookNode) -> list[str]:
    """Ordinary code cells made only of imports: what every exercise cell needs first."""
    sources = []
    for cell in nb.cells:
        if cell.cell_type != "code" or "nbgrader" in cell.metadata or not cell.source.strip():
            continue
        if all(isinstance(node, (ast.Import, ast.ImportFrom)) for node in ast.parse(cell.source).body):
            sources.append(cell.source)
    return sources


def solution_lines(nb: NotebookNode) -> list[str]:
    """Stripped, non-empty lines between BEGIN/END SOLUTION in the whole notebook."""
    lines = []
    for cell in nb.cells:
        for region in SOLUTION_REGION.findall(cell.source):
            lines += [line.strip() for line in region.splitlines() if line.strip()]
    return lines


def run_cells(sources: list[str], namespace: dict[str, Any] | None = None) -> dict[str, Any]:
    """Execute cell sources in order in one namespace, as a kernel would, and return it."""
    namespace = {"__name__": "__notebook__"} if namespace is None else namespace
    for index, source in enumerate(sources):
        exec(compile(source, f"<celda {index}>", "exec"), namespace)  # noqa: S102 - our own notebook
    return namespace


@contextmanager
def isolated_rng() -> Iterator[None]:
    """Cells call ``torch.manual_seed``; other suites must not inherit that state."""
    with torch.random.fork_rng(devices=[]):
        yield


@pytest.fixture(scope="session")
def source_nb() -> NotebookNode:
    """The instructor notebook, with solutions."""
    return nbformat.read(SOURCE_NOTEBOOK, as_version=4)


@pytest.fixture(scope="session")
def release_nb() -> NotebookNode:
    """The student notebook as committed."""
    return nbformat.read(RELEASE_NOTEBOOK, as_version=4)


@pytest.fixture(scope="session")
def regenerated_nb(tmp_path_factory: pytest.TempPathFactory) -> NotebookNode:
    """A release generated now, in a throw-away copy of the course root (never the real one)."""
    root = tmp_path_factory.mktemp("course")
    shutil.copy2(REPO_ROOT / "nbgrader_config.py", root / "nbgrader_config.py")
    shutil.copytree(REPO_ROOT / "source", root / "source")
    path = regenerate_release(root)
    extra = sorted(str(p.relative_to(root)) for p in (root / "release").rglob("*") if p.is_file() and p != path)
    assert not extra, f"generate_assignment released more than the notebook: {extra}"
    return nbformat.read(path, as_version=4)


@pytest.fixture(scope="session")
def points() -> dict[str, int]:
    """Points per graded function, as declared in pyproject.toml."""
    with open(REPO_ROOT / "pyproject.toml", "rb") as handle:
        return dict(tomllib.load(handle)["tool"]["autograder"]["points"])

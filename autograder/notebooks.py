"""Run the course notebooks headless and rebuild the student release with nbgrader.

Both the CLI (``python -m autograder release`` / ``demo``) and the tests use these helpers,
so a notebook is always executed the same way: with the ``aprendizaje`` kernel of this
virtual environment and matplotlib's inline backend, so that every ``plt.show()`` becomes
a PNG that can be saved and looked at.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from nbclient import NotebookClient
from nbformat import NotebookNode

KERNEL_NAME = "aprendizaje"
"""Kernelspec installed by ``make venv``; it must launch this very interpreter."""

ASSIGNMENT = "aprendizaje"
"""nbgrader assignment name: ``source/aprendizaje/`` becomes ``release/aprendizaje/``."""

NOTEBOOK_NAME = "aprendizaje.ipynb"


@dataclass(frozen=True)
class RunReport:
    """What happened when a notebook was executed.

    Attributes:
        notebook: the executed notebook, outputs included.
        errors: ``(cell_index, error_name, error_message)`` for every cell that raised.
        figures: the PNG files written, in the order the notebook displayed them.
    """

    notebook: NotebookNode
    errors: list[tuple[int, str, str]]
    figures: list[Path]

    @property
    def ok(self) -> bool:
        """True when no cell raised."""
        return not self.errors


def _same_interpreter(executable: str) -> bool:
    """Whether a kernelspec's ``argv[0]`` is the running interpreter.

    Symlinks inside a venv's ``bin/`` all point to the same base Python, so comparing
    fully resolved paths would accept another venv; the directory is resolved, the
    file name is compared as written.
    """
    here = Path(sys.executable)
    there = Path(executable)
    if not there.is_absolute():
        return False
    return there.parent.resolve() == here.parent.resolve() and there.name.startswith("python")


def _check_kernel() -> None:
    """Fail early, with the fix, when the ``aprendizaje`` kernel is missing or foreign."""
    try:
        spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    except NoSuchKernel:
        raise RuntimeError(
            f"The Jupyter kernel {KERNEL_NAME!r} is not installed for {sys.executable}. "
            "Run `make venv` from the repository root to create it."
        ) from None
    if not spec.argv or not _same_interpreter(spec.argv[0]):
        raise RuntimeError(
            f"The Jupyter kernel {KERNEL_NAME!r} runs {spec.argv[:1]}, not this interpreter "
            f"({sys.executable}). Run `make venv` from the repository root to reinstall it."
        )


def _kernel_env() -> dict[str, str]:
    """Environment for the kernel: without ``MPLBACKEND`` ipykernel picks the inline backend.

    An inherited ``MPLBACKEND=Agg`` (usual on headless machines) would make ``plt.show()``
    display nothing, and the figures would be lost.
    """
    env = dict(os.environ)
    env.pop("MPLBACKEND", None)
    return env


def _collect(nb: NotebookNode, figures_dir: Path | None) -> tuple[list[tuple[int, str, str]], list[Path]]:
    """Read the errors of every cell and write every displayed PNG, in notebook order."""
    errors: list[tuple[int, str, str]] = []
    figures: list[Path] = []
    if figures_dir is not None:
        figures_dir.mkdir(parents=True, exist_ok=True)
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                errors.append((index, str(output.get("ename", "")), str(output.get("evalue", ""))))
            png = output.get("data", {}).get("image/png")
            if png and figures_dir is not None:
                path = figures_dir / f"figura_{len(figures) + 1:02d}.png"
                path.write_bytes(base64.b64decode(png))
                figures.append(path)
    return errors, figures


def run_notebook(path: Path, figures_dir: Path | None = None, timeout: int = 300) -> RunReport:
    """Execute the notebook at ``path`` top to bottom with the ``aprendizaje`` kernel.

    Every cell runs even after an error (as nbgrader does), so the report lists all the
    failing cells. The kernel's working directory is the notebook's folder.

    Args:
        path: the ``.ipynb`` file; it is read, never written.
        figures_dir: where to save the displayed PNGs as ``figura_01.png``, ``figura_02.png``...
            (created if needed); ``None`` saves nothing.
        timeout: seconds allowed to each cell.

    Returns:
        A :class:`RunReport` with the executed notebook, the failing cells and the figures.
    """
    _check_kernel()
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name=KERNEL_NAME,
        timeout=timeout,
        allow_errors=True,
        resources={"metadata": {"path": str(path.parent.resolve())}},
    )
    client.execute(env=_kernel_env())
    errors, figures = _collect(nb, Path(figures_dir) if figures_dir is not None else None)
    return RunReport(notebook=nb, errors=errors, figures=figures)


def regenerate_release(course_root: Path) -> Path:
    """Run ``nbgrader generate_assignment aprendizaje --force`` inside ``course_root``.

    nbgrader runs in a subprocess of this interpreter so that it reads the course's
    ``nbgrader_config.py`` (Spanish stub, course id) exactly as an instructor would.

    Returns:
        The path of the regenerated release notebook.

    Raises:
        RuntimeError: nbgrader failed or wrote no notebook; the message carries its output.
    """
    root = Path(course_root).resolve()
    command = [sys.executable, "-m", "nbgrader", "generate_assignment", ASSIGNMENT, "--force"]
    env = dict(os.environ)
    # nbgrader shells out to `alembic` (a script of this venv) to check the gradebook schema.
    env["PATH"] = os.pathsep.join(filter(None, [str(Path(sys.executable).parent), env.get("PATH")]))
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    release = root / "release" / ASSIGNMENT / NOTEBOOK_NAME
    if result.returncode != 0 or not release.is_file():
        raise RuntimeError(
            f"`{' '.join(command[2:])}` failed in {root} (exit code {result.returncode}).\n"
            f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
        )
    return release

"""Stage 4 of ``make bench``: stock ``nbgrader autograde`` on the same class, for comparison.

nbgrader needs a course: this builds a throwaway one (the repository's ``nbgrader_config.py``
and ``source/``, the class as ``submitted/``, ``gradebook.db`` inside it) so the real
course's gradebook and folders are never touched. ``generate_assignment`` registers the
assignment and its graded cells in that gradebook; it is setup, not timed. nbgrader grades
one submission after another, with the same kernel and per-cell timeout as stage 3.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.measure import Timed, run_timed

ROOT = Path(__file__).resolve().parent.parent
ASSIGNMENT = "aprendizaje"


def _env() -> dict[str, str]:
    """nbgrader shells out to ``alembic``, a script of this venv: put its bin/ first on PATH."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join(filter(None, [str(Path(sys.executable).parent), env.get("PATH")]))
    return env


STOCK_AUTOGRADE = ["nbgrader.preprocessors.Execute", "nbgrader.preprocessors.IgnorePattern",
                   "nbconvert.preprocessors.ClearMetadataPreprocessor", "nbgrader.preprocessors.LimitOutput",
                   "nbgrader.preprocessors.SaveAutoGrades", "nbgrader.preprocessors.AssignLatePenalties",
                   "nbgrader.preprocessors.CheckCellMetadata"]
STOCK_SANITIZE = ["nbgrader.preprocessors.ClearOutput", "nbgrader.preprocessors.DeduplicateIds",
                  "nbgrader.preprocessors.OverwriteKernelspec", "nbgrader.preprocessors.OverwriteCells",
                  "nbgrader.preprocessors.CheckCellMetadata"]
"""nbgrader 0.9.6's own defaults (``nbgrader/converters/autograde.py``)."""


def make_course(course: Path, cell_timeout_s: int, kernel: str = "aprendizaje") -> None:
    """Lay out a scratch course in ``course`` (its ``submitted/`` is filled by the caller).

    Raises ``RuntimeError`` with nbgrader's output when ``generate_assignment`` fails.
    """
    (course / "source").mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "source" / ASSIGNMENT, course / "source" / ASSIGNMENT, dirs_exist_ok=True)
    config = (ROOT / "nbgrader_config.py").read_text(encoding="utf-8")
    config += ("\n# Added by benchmarks/nbgrader_course.py: STOCK nbgrader for comparison (its own Execute,\n"
               "# unsandboxed, instead of the course's judge), same kernel and cell timeout as the other stages.\n"
               f"c.Autograde.autograde_preprocessors = {STOCK_AUTOGRADE!r}\n"
               f"c.Autograde.sanitize_preprocessors = {STOCK_SANITIZE!r}\n"
               "c.Execute.kernel_manager_class = 'jupyter_client.manager.AsyncKernelManager'\n"
               f"c.Execute.kernel_name = {kernel!r}\nc.Execute.timeout = {int(cell_timeout_s)}\n")
    (course / "nbgrader_config.py").write_text(config, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "nbgrader", "generate_assignment", ASSIGNMENT, "--force"],
                          cwd=course, env=_env(), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"nbgrader generate_assignment failed ({done.returncode}):\n"
                           + (done.stdout + done.stderr)[-3000:])


def autograde(course: Path, log: Path) -> Timed:
    """Time ``nbgrader autograde aprendizaje`` over everything in ``course/submitted``."""
    return run_timed([sys.executable, "-m", "nbgrader", "autograde", ASSIGNMENT], log, cwd=course, env=_env())


def graded_count(course: Path) -> int:
    """How many submissions nbgrader wrote an autograded notebook for."""
    return len(list((course / "autograded").glob(f"*/{ASSIGNMENT}/*.ipynb")))

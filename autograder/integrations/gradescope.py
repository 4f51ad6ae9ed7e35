"""Gradescope: the autograder upload (``python -m autograder gradescope-zip``) and the grading it runs.

The zip holds ``setup.sh`` and ``run_autograder`` (``gradescope_files/``) at its root and what
they need: our packages, the released notebook, pyproject.toml (``[tool.autograder]``) and
requirements.lock. Entries are sorted and timestamped 1980-01-01, so two builds are
byte-identical. Inside the container, ``run_autograder`` calls ``python -m
autograder.integrations.gradescope run``, which grades one notebook of
``/autograder/submission`` exactly as ``python -m autograder grade`` would (same sandbox,
same suites, seed derived from the student's id) and always writes ``results.json``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import traceback
import zipfile
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parent.parent.parent
SCRIPTS = Path(__file__).resolve().parent / "gradescope_files"
NOTEBOOK = "aprendizaje.ipynb"
PACKAGES = ("autograder", "reference")
FILES = ("pyproject.toml", "requirements.lock", "README.md", "release/aprendizaje/aprendizaje.ipynb")
"""README.md: pyproject.toml names it, so installing the project needs it."""
EXECUTABLE = ("setup.sh", "run_autograder")
INDEX_FILE = "extra-index-url.txt"
EPOCH = (1980, 1, 1, 0, 0, 0)
ZYGOTE = os.environ.get("AUTOGRADER_ZYGOTE", "1") != "0"
"""Fork the sandbox from a zygote (see ``benchmarks/gradescope_memory.py`` for what it costs and saves)."""

NO_NOTEBOOK = ("No se ha encontrado ningún cuaderno (.ipynb) en tu entrega. Sube el fichero "
               f"{NOTEBOOK} con tus soluciones.")
SEVERAL = ("Tu entrega tiene varios cuadernos ({names}) y ninguno se llama {notebook}: no sabemos cuál "
           "corregir. Vuelve a entregar solo tu cuaderno, con el nombre {notebook}.")
CRASHED = ("Error interno del corrector: tu entrega no se ha podido corregir. No es culpa tuya y tu entrega "
           "no se ha perdido; avisa al profesorado.")


def zip_members(root: Path = ROOT) -> list[tuple[str, Path]]:
    """(name in the zip, file here), sorted: the scripts at the root, then what grading needs."""
    members = [(name, SCRIPTS / name) for name in EXECUTABLE]
    for package in PACKAGES:
        for path in (root / package).rglob("*"):
            parts = path.relative_to(root).parts
            if path.is_file() and "__pycache__" not in parts and not any(p.startswith(".") for p in parts) \
                    and path.suffix not in (".pyc", ".pyo"):
                members.append(("/".join(parts), path))
    members += [(name, root / name) for name in FILES]
    return sorted(members)


def build_zip(out: Path, root: Path = ROOT, extra_index_url: str | None = None) -> list[str]:
    """Write the upload to ``out`` (atomically) and return its entry names."""
    from autograder.report import write_atomic

    buffer = io.BytesIO()
    entries = [(name, path.read_bytes()) for name, path in zip_members(root)]
    if extra_index_url:
        entries.append((INDEX_FILE, f"{extra_index_url.strip()}\n".encode()))
    entries.sort()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, EPOCH)
            info.create_system = 3  # Unix, so unzip honours the mode bits below
            info.external_attr = (0o100755 if name in EXECUTABLE else 0o100644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    write_atomic(out, buffer.getvalue())
    return [name for name, _ in entries]


def pick_notebook(folder: Path) -> tuple[Path | None, str]:
    """The notebook to grade, or None and why (in Spanish). Several: the one named like the assignment."""
    found = sorted(p for p in folder.rglob("*.ipynb")
                   if p.is_file() and not p.is_symlink() and ".ipynb_checkpoints" not in p.parts) \
        if folder.is_dir() else []
    if len(found) == 1:
        return found[0], ""
    named = sorted((p for p in found if p.name.lower() == NOTEBOOK), key=lambda p: (len(p.parts), str(p)))
    if named:
        return named[0], ""
    if not found:
        return None, NO_NOTEBOOK
    names = ", ".join(str(p.relative_to(folder)) for p in found[:10]) + ("…" if len(found) > 10 else "")
    return None, SEVERAL.format(names=names, notebook=NOTEBOOK)


def student_id(root: Path) -> str:
    """The student's Gradescope id (``submission_metadata.json``), which seeds the hidden inputs."""
    try:
        users = json.loads((root / "submission_metadata.json").read_text(encoding="utf-8"))["users"]
        user = users[0]
        return str(user.get("id") or user.get("email") or "alumno")
    except (OSError, ValueError, LookupError, TypeError, AttributeError):
        return "alumno"


def crash_result(error: BaseException) -> dict[str, Any]:
    """results.json when the grader itself failed: 0 points, a Spanish note, the error for staff."""
    return {"score": 0, "tests": [], "output": CRASHED,
            "extra_data": {"status": "grader_error", "grader_error": f"{type(error).__name__}: {error}"[:1000],
                           "traceback": traceback.format_exc()[-4000:]}}


def grade(root: Path) -> dict[str, Any]:
    """results.json for ``root/submission``: the graded notebook, or 0 points and what to fix."""
    from autograder import config
    from autograder import grade as grading
    from autograder.discover import Submission
    from autograder.report import SubmissionResult, TestOutcome, to_gradescope
    from autograder.sandbox.forkserver import ForkServer
    from autograder.sandbox.launch import bubblewrap
    from autograder.suite_runner import unrun

    submission = root / "submission"
    notebook, problem = pick_notebook(submission)
    student = student_id(root)
    if notebook is None:
        tests = tuple(TestOutcome(t.name, t.function, 0.0, t.max_points, False, t.feedback) for t in unrun(problem))
        return to_gradescope(SubmissionResult(student, str(submission), "", 0, "none", 0.0, tests, (), problem, (),
                                              "no_notebook"))
    settings, bwrap = config.load(), bubblewrap()
    server = ForkServer(settings.limits, bwrap, 1) if bwrap and ZYGOTE else None
    grading.sandboxes_from(server)  # one submission, one grading process: no pool
    try:
        return to_gradescope(grading.grade_submission(Submission(student, notebook), settings, bwrap))
    finally:
        if server is not None:
            server.close()


def run(root: Path) -> int:
    """Grade and write ``root/results/results.json`` whatever happens; 0 once it is written."""
    from autograder.report import write_json

    try:
        data = grade(root)
    except BaseException as exc:  # noqa: BLE001 - the student must get a result, staff the error
        traceback.print_exc()
        data = crash_result(exc)
    write_json(data, root / "results" / "results.json")
    print(f"results.json: {data['score']:g} points ({data.get('extra_data', {}).get('status', '?')}); "
          f"grader in {ROOT}")
    return 0


def check() -> int:
    """setup.sh's last step: the environment imports, and what sandbox it will get."""
    from autograder.sandbox import privileges
    from autograder.sandbox.launch import HERE, bubblewrap

    import autograder.grade  # noqa: F401 - torch, the judge and the suites import

    sandbox = "bubblewrap"
    if not bubblewrap():
        if not privileges.is_root():
            user = "as this (non-root) user"
        elif privileges.nobody_can_run(sys.executable, str(HERE / "worker.py")):
            user = "as nobody"
        else:
            user = "AS ROOT: make the interpreter and /autograder/source readable by nobody"
        sandbox = f"NONE (bubblewrap cannot start here; results will say so), student code runs {user}"
    print(f"Python {sys.version.split()[0]}; grader in {ROOT}; sandbox: {sandbox}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m autograder.integrations.gradescope")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="grade /autograder/submission into /autograder/results/results.json") \
        .add_argument("--root", type=Path, default=Path(os.environ.get("AUTOGRADER_ROOT", "/autograder")))
    commands.add_parser("check", help="check the installed environment (setup.sh)")
    args = parser.parse_args(argv)
    return run(args.root) if args.command == "run" else check()


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)  # skip torch's slow teardown; everything is written

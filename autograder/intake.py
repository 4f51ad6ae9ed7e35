"""Read a submitted file and say what it is before anything runs: a notebook to grade, or why not.

Every file gets a ``status``: ``ok`` for a notebook worth running, otherwise a short
reason code (:data:`STATUSES`) with a Spanish message for the student. The instructor's
summary and class report list these apart from real zeros. A notebook in nbformat 3 is
converted; nbformat 4 is read as plain JSON (nbformat and its JSON-schema machinery
cost a second of start-up on the grading path).

The lesson itself (its graded functions in notebook order, their exercise numbers and
the release's own code) comes from the released notebook, so that feedback names cells
as a student sees them: the exercise and its function, never a position among all cells.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from autograder.config import PROJECT_ROOT
from reference import GRADED_FUNCTIONS

MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024
RELEASE = PROJECT_ROOT / "release" / "aprendizaje" / "aprendizaje.ipynb"

STATUSES: dict[str, str] = {
    "ok": "Cuaderno corregido.",
    "unreadable": "No se pudo leer el fichero entregado ({detail}). Vuelve a entregarlo.",
    "empty": "El fichero entregado está vacío. Abre tu cuaderno en Jupyter, guárdalo y vuelve a entregarlo.",
    "too_large": "El cuaderno ocupa demasiado (más de 20 MB): borra las salidas y vuelve a entregarlo.",
    "not_a_notebook": ("El fichero entregado no es un cuaderno de Jupyter ({detail}). Entrega el fichero "
                       ".ipynb: ábrelo en Jupyter, guárdalo y vuelve a entregarlo."),
    "no_code": "El cuaderno no tiene celdas de código: no hay nada que corregir.",
    "wrong_assignment": ("Este cuaderno no es el de la práctica «Aprendizaje»: no define ninguna de sus "
                         "funciones ({functions}). ¿Has entregado otro cuaderno?"),
    "unchanged_release": ("El cuaderno es el enunciado sin cambios: ninguna función está hecha todavía. "
                          "Completa las celdas de los ejercicios, guarda y vuelve a entregarlo."),
}
"""Every status and the message a student reads for it (``ok`` never shows)."""


@dataclass(frozen=True)
class Notebook:
    """A submitted file as the grader sees it: its code cells, or why there is nothing to run."""

    code_cells: tuple[str, ...]
    sha256: str
    status: str = "ok"
    problem: str = ""
    positions: tuple[int, ...] = ()
    labels: tuple[str, ...] = ()
    """How a student finds each code cell: its exercise, or the exercise it follows."""


@dataclass(frozen=True)
class Lesson:
    """What the released notebook says about the lesson."""

    functions: tuple[str, ...]
    """Graded functions in the order the notebook asks for them."""
    exercises: dict[str, int]
    release_code: tuple[str, ...]


_EXERCISE = re.compile(r"Ejercicio\s+(\d+)\s*·\s*`(\w+)`")


def _cells(node: object) -> list[dict[str, object]]:
    """The cells of a parsed notebook (converted from nbformat 3 if need be); ValueError if it is none."""
    if type(node) is dict and node.get("nbformat") == 4 and type(node.get("cells")) is list:
        return [c for c in node["cells"] if isinstance(c, dict)]
    if type(node) is dict and node.get("nbformat") in (1, 2, 3):
        import nbformat

        converted = nbformat.convert(nbformat.from_dict(node), 4)
        return [dict(c) for c in converted["cells"]]
    raise ValueError("no es un cuaderno de Jupyter (falta la lista de celdas)")


def _source(cell: dict[str, object], position: int) -> str:
    source = cell.get("source", "")
    if isinstance(source, list) and all(type(line) is str for line in source):
        source = "".join(source)
    if type(source) is not str:
        raise ValueError(f"la celda {position + 1} no tiene un texto válido")
    return source


def _grade_id(cell: dict[str, object]) -> str:
    metadata = cell.get("metadata")
    nbgrader = metadata.get("nbgrader") if isinstance(metadata, dict) else None
    grade_id = nbgrader.get("grade_id") if isinstance(nbgrader, dict) else None
    return grade_id if type(grade_id) is str else ""


@functools.lru_cache(maxsize=1)
def lesson(release: Path = RELEASE) -> Lesson:
    """The lesson as released (graded functions in notebook order); the suites' order if the release is missing."""
    try:
        cells = _cells(json.loads(release.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return Lesson(GRADED_FUNCTIONS, {f: i for i, f in enumerate(GRADED_FUNCTIONS, 1)}, ())
    order = [g for g in (_grade_id(c) for c in cells if c.get("cell_type") == "code") if g in GRADED_FUNCTIONS]
    order += [f for f in GRADED_FUNCTIONS if f not in order]
    text = "\n".join(_source(c, i) for i, c in enumerate(cells) if c.get("cell_type") == "markdown")
    numbered = {name: int(number) for number, name in _EXERCISE.findall(text) if name in GRADED_FUNCTIONS}
    exercises = {f: numbered.get(f, i) for i, f in enumerate(order, 1)}
    code = tuple(_source(c, i) for i, c in enumerate(cells) if c.get("cell_type") == "code")
    return Lesson(tuple(order), exercises, code)


def _defines(source: str, name: str) -> bool:
    return re.search(rf"^\s*def\s+{name}\s*\(", source, re.MULTILINE) is not None


def _labels(cells: list[tuple[int, str, str]], course: Lesson) -> tuple[str, ...]:
    """Each code cell named as a student finds it: ``ejercicio 3 (AE_loss)``, or the first line of a
    cell after that exercise."""
    labels, current = [], ""
    for _, source, grade_id in cells:
        tested = grade_id.removeprefix("test_")
        if grade_id.startswith("test_") and tested in course.exercises:
            labels.append(f"la celda de pruebas del ejercicio {course.exercises[tested]} ({tested})")
            continue
        name = grade_id if grade_id in course.exercises else next(
            (f for f in course.functions if _defines(source, f)), "")
        if name:
            current = f"ejercicio {course.exercises[name]} ({name})"
            labels.append(f"la celda del {current}")
            continue
        first = next((line.strip() for line in source.splitlines() if line.strip()), "")
        first = first if len(first) <= 60 else first[:57] + "…"
        where = f", después del {current}" if current else ", antes del primer ejercicio"
        labels.append(f"la celda que empieza por «{first}»{where}" if first else f"una celda vacía{where}")
    return tuple(labels)


def refused(status: str, digest: str, **detail: str) -> Notebook:
    return Notebook((), digest, status, STATUSES[status].format(**detail))


def read_bounded(path: Path) -> tuple[bytes, str]:
    """The file's bytes, but never more than ``MAX_NOTEBOOK_BYTES + 1`` of them in memory, and the
    sha256 of the whole file: a submission of gigabytes costs a read, not the grader's memory."""
    digest = hashlib.sha256()
    kept = bytearray()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            if len(kept) <= MAX_NOTEBOOK_BYTES:
                kept += chunk[:MAX_NOTEBOOK_BYTES + 1 - len(kept)]
    return bytes(kept), digest.hexdigest()


def read_notebook(path: Path, course: Lesson | None = None) -> Notebook:
    """The code cells to run, or a status and the reason (in Spanish) why there is nothing to run."""
    course = course or lesson()
    try:
        raw, digest = read_bounded(path)
    except OSError as exc:
        return refused("unreadable", "", detail=exc.strerror or type(exc).__name__)
    if not raw.strip():
        return refused("empty", digest)
    if len(raw) > MAX_NOTEBOOK_BYTES:
        return refused("too_large", digest)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return refused("not_a_notebook", digest, detail="no es texto UTF-8")
    try:
        node = json.loads(text)
    except ValueError:
        return refused("not_a_notebook", digest, detail="no es JSON")
    try:
        cells = _cells(node)
        code = [(i, _source(c, i), _grade_id(c)) for i, c in enumerate(cells) if c.get("cell_type") == "code"]
    except Exception as exc:  # noqa: BLE001 - a malformed file is the student's, reported not raised
        return refused("not_a_notebook", digest, detail=str(exc)[:120] or type(exc).__name__)
    if not code:
        return refused("no_code", digest)
    sources = tuple(source for _, source, _ in code)
    if not any(g in course.exercises for _, _, g in code) and not any(
            _defines(s, f) for s in sources for f in course.functions):
        return refused("wrong_assignment", digest, functions=", ".join(course.functions[:3]) + "…")
    if course.release_code and tuple(s.strip() for s in sources) == tuple(s.strip() for s in course.release_code):
        return refused("unchanged_release", digest)
    return Notebook(sources, digest, "ok", "", tuple(i for i, _, _ in code), _labels(code, course))

"""Moodle: a graded batch as a CSV for the gradebook's "Import → CSV file" (``python -m autograder export-moodle``).

Moodle matches each row to a user by one column (username, ID number or email address) and
aborts the *whole* import at the first value that matches nobody; a row whose identifier is
empty is worse, it silently takes the previous row's user. So the import file holds only rows
that can match: one per graded student, identified by the student id or, with ``--map``, by the
mapping's Moodle identifier; the grade with '.' decimals; a one-line Spanish feedback. Everything
else (students without a mapping, mapping entries without a result, grader errors, ids Moodle
cannot match) goes to ``<name>.pendientes.csv`` beside it and is listed on the terminal: never dropped.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Sequence

from autograder.batch.resume import read_result
from autograder.batch.summary import ClassRow, result_row, spreadsheet_text
from autograder.discover import Submission, UsageError
from autograder.report import write_atomic

GRADE_HEADER = "Nota"
FEEDBACK_HEADER = "Comentario"
DEFAULT_ID_COLUMN = "username"
PENDING_HEADER = ("alumno", "motivo", "nota", "comentario")
UNSAFE = re.compile(r"^[=+\-@]|[\x00-\x1f\x7f]")
MAX_FEEDBACK_CHARS = 1000


@dataclass(frozen=True)
class Pending:
    """A student (or mapping entry) left out of the import, and why, in Spanish."""

    student: str
    reason: str
    grade: str = ""
    feedback: str = ""


@dataclass
class Export:
    """What ``export`` writes: import rows (identifier, grade, feedback), what is pending, files skipped."""

    id_header: str
    maximum: float
    rows: list[tuple[str, str, str]] = field(default_factory=list)
    pending: list[Pending] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def unmatchable(identifier: str) -> bool:
    """Never written to the import: formula-looking, with control characters (newlines), or blank
    (Moodle trims it to nothing and gives the row to the previous row's user)."""
    return not identifier.strip() or bool(UNSAFE.search(identifier))


def format_grade(value: float) -> str:
    """Two decimals at most, half up, '.' as separator, no trailing zeros: ``85``, ``85.5``, ``85.25``."""
    rounded = Decimal(repr(float(value))).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{rounded:.2f}".rstrip("0").rstrip(".")


def one_line(text: str, limit: int = MAX_FEEDBACK_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def feedback(row: ClassRow, maximum: float, functions: Sequence[str]) -> str:
    """The one-line Spanish summary a student reads in Moodle: the total and each function's points."""
    by_function = (row.result or {}).get("extra_data", {}).get("by_function") or {}
    order = [f for f in functions if f in by_function] + [f for f in by_function if f not in functions]
    parts = [f"{f} {format_grade(float(by_function[f]['score']))}/{format_grade(float(by_function[f]['max_score']))}"
             for f in order if isinstance(by_function[f], dict)]
    text = f"Aprendizaje: {format_grade(row.total)}/{format_grade(maximum)} puntos."
    if row.status != "ok":
        text += f" No se ha podido corregir: {row.message}"
    elif parts:
        text += " Por función: " + "; ".join(parts) + "."
    return spreadsheet_text(one_line(text))


def read_results(folder: Path) -> tuple[dict[str, dict[str, Any]], list[tuple[str, str]]]:
    """Every result file of a batch by student id, and the files skipped with the reason."""
    if not folder.is_dir():
        raise UsageError(f"no such results folder: {folder}")
    results: dict[str, dict[str, Any]] = {}
    skipped: list[tuple[str, str]] = []
    files = sorted(p for p in folder.glob("*.json") if not p.name.startswith("."))
    for path in files:
        data = read_result(path)
        if data is None:
            skipped.append((path.name, "no es un fichero de resultados válido (JSON dañado o incompleto)"))
            continue
        student = str(data["extra_data"].get("student_id") or path.stem)
        if student in results:
            skipped.append((path.name, f"repite el alumno {student} de otro fichero"))
            continue
        results[student] = data
    if not results:
        why = f" ({len(skipped)} files, none a valid result)" if skipped else ""
        raise UsageError(f"no result files (*.json) in {folder}{why}")
    return results, skipped


def read_mapping(path: Path, id_column: str | None) -> tuple[str, dict[str, str]]:
    """The mapping CSV (with a header; student id in the first column): the id column's name and the map."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UsageError(f"cannot read --map {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise UsageError(f"--map {path}: not UTF-8 text (save it as CSV UTF-8)") from None
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(",;\t", key=first.count)  # a spreadsheet saving "CSV" in Spanish writes ';'
    try:
        lines = [(n, r) for n, r in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1)
                 if any(c.strip() for c in r)]
    except csv.Error as exc:
        raise UsageError(f"--map {path}: not a readable CSV ({exc})") from None
    if not lines or len(lines[0][1]) < 2:
        raise UsageError(f"--map {path}: needs a header and two columns (student id, Moodle identifier)")
    header = [c.strip() for c in lines[0][1]]
    if id_column is not None and id_column not in header[1:]:
        raise UsageError(f"--map {path}: no column {id_column!r} (columns: {', '.join(header)})")
    column = header.index(id_column) if id_column is not None else 1
    mapping: dict[str, str] = {}
    owners: dict[str, str] = {}
    for number, row in lines[1:]:
        cells = [c.strip() for c in row]
        if len(cells) <= column or not cells[0] or not cells[column]:
            raise UsageError(f"--map {path}, line {number}: a student id and a {header[column]!r} are needed")
        student, identifier = cells[0], cells[column]
        if mapping.get(student, identifier) != identifier:
            raise UsageError(f"--map {path}, line {number}: {student!r} is mapped twice, differently")
        if owners.setdefault(identifier, student) != student:
            raise UsageError(f"--map {path}, line {number}: {identifier!r} is also {owners[identifier]!r}'s; "
                             "Moodle would give both grades to one user")
        mapping[student] = identifier
    return header[column], mapping


def build(results: dict[str, dict[str, Any]], mapping: dict[str, str] | None, id_header: str,
          functions: Sequence[str]) -> Export:
    """The import rows and the pending list, as data."""
    maxima = Counter(_max_score(d) for d in results.values() if _max_score(d) > 0)
    maximum = maxima.most_common(1)[0][0] if maxima else 100.0
    export = Export(id_header, maximum)
    for student in sorted(results):
        data = results[student]
        try:
            row = result_row(Submission(student, Path(student)), data)
            own = _max_score(data) or maximum
            grade = row.total if own == maximum else row.total * maximum / own
            if not math.isfinite(grade) or grade < 0:
                raise ValueError(f"score {row.total!r}")
            text = feedback(row, own, functions)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            export.skipped.append((student, f"resultado con datos no válidos ({exc})"))
            continue
        if own != maximum and row.status != "grader_error":
            export.notes.append(f"{student}: {format_grade(row.total)}/{format_grade(own)}, "
                                f"exportado como {format_grade(grade)}/{format_grade(maximum)}")
        identifier = mapping.get(student) if mapping is not None else student
        if row.status == "grader_error":
            reason = "el corrector falló con esta entrega: vuelve a corregirla antes de importar"
        elif identifier is None:
            reason = "no está en el fichero de correspondencias (--map)"
        elif unmatchable(identifier):
            reason = ("su identificador está en blanco, empieza por =, +, - o @ o tiene saltos de línea: "
                      "Moodle no lo casaría")
        else:
            export.rows.append((identifier, format_grade(grade), text))
            continue
        export.pending.append(Pending(student, reason, format_grade(grade), text))
    for student in sorted(set(mapping or {}) - set(results)):
        export.pending.append(Pending(student, "está en el fichero de correspondencias pero no tiene resultado "
                                               "(no entregó, o falta corregirla)"))
    return export


def _max_score(data: dict[str, Any]) -> float:
    """A result's maximum: recorded by the grader, else the sum of its tests' maxima (0 if unknown)."""
    try:
        recorded = data["extra_data"].get("max_score")
        return float(recorded) if recorded else float(sum(t["max_score"] for t in data.get("tests") or []))
    except (TypeError, ValueError, KeyError):
        return 0.0


def pending_path(out: Path) -> Path:
    return out.with_name(f"{out.stem}.pendientes.csv")


def write(export: Export, out: Path) -> None:
    """The import CSV (UTF-8, comma separated, a header row) and, when needed, the pending CSV."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([export.id_header, GRADE_HEADER, FEEDBACK_HEADER])
    writer.writerows(export.rows)
    write_atomic(out, buffer.getvalue().encode("utf-8"))
    side = pending_path(out)
    if not export.pending:
        side.unlink(missing_ok=True)  # a previous export's list would mislead
        return
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(PENDING_HEADER)
    writer.writerows([spreadsheet_text(p.student), p.reason, p.grade, p.feedback] for p in export.pending)
    write_atomic(side, buffer.getvalue().encode("utf-8"))


def export(results_dir: Path, out: Path, mapping_file: Path | None = None, id_column: str | None = None) -> int:
    """``export-moodle``: read, build, write, and say what was left out. 0 once the CSV is written."""
    from autograder.intake import lesson

    results, skipped = read_results(results_dir)
    id_header, mapping = read_mapping(mapping_file, id_column) if mapping_file else (id_column or DEFAULT_ID_COLUMN,
                                                                                        None)
    done = build(results, mapping, id_header, list(lesson().functions))
    done.skipped[:0] = skipped
    try:
        write(done, out)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror}") from None
    for name, reason in done.skipped:
        print(f"omitido: {name} — {reason}")
    for note in done.notes:
        print(f"otra nota máxima: {note}")
    print(f"{out}: {len(done.rows)} notas sobre {format_grade(done.maximum)} para importar en Moodle "
          f"(columna {done.id_header!r} → el campo de usuario; {GRADE_HEADER!r} → la tarea; "
          f"{FEEDBACK_HEADER!r} → su comentario).")
    if done.pending:
        print(f"{len(done.pending)} sin importar, en {pending_path(out)}:")
        for item in done.pending:
            print(f"  {item.student} — {item.reason}")
    return 0
